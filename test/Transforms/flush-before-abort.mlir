// RUN: norm-opt %s --convert-cf-to-llvm --convert-func-to-llvm --norm-flush-before-abort | FileCheck %s

// A failed run-time check flushes stdio before aborting, so the message that
// puts() buffered is not lost when stdout is a pipe.
// CHECK: llvm.func @fflush(!llvm.ptr) -> i32
// CHECK-LABEL: llvm.func @check
// CHECK: llvm.call @puts
// CHECK-NEXT: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK-NEXT: llvm.call @fflush(%[[NULL]])
// CHECK-NEXT: llvm.call @abort()
func.func @check(%c: i1) {
  cf.assert %c, "norm: a check failed"
  return
}
