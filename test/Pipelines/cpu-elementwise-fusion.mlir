// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=1" | FileCheck %s
// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=1 lowering=linalg" | FileCheck %s --check-prefix=LINALG

// A chain of element-wise ops on a run-time number of rows (a GELU-like
// sublayer) becomes one loop nest writing one buffer: the whole chain in the
// innermost loop, one load of x per element. The linalg reference lowering
// keeps one loop nest per op (a store after each op).
// CHECK-LABEL: llvm.func @gelu_like(
// CHECK-COUNT-1: llvm.call @malloc
// CHECK-NOT:   llvm.call @malloc
// CHECK:       %[[X:.*]] = llvm.load
// CHECK-NEXT:  %[[X2:.*]] = llvm.fmul %[[X]], %[[X]] : f32
// CHECK-NEXT:  %[[X3:.*]] = llvm.fmul %[[X2]], %[[X]] : f32
// CHECK-NEXT:  %[[S:.*]] = llvm.fadd %[[X3]], %[[X]] : f32
// CHECK-NEXT:  %[[T:.*]] = llvm.intr.tanh(%[[S]]) : (f32) -> f32
// CHECK-NEXT:  llvm.fmul %[[T]], %[[X]] : f32
// CHECK-NOT:   llvm.fmul
// CHECK-NOT:   llvm.call @malloc
// CHECK:       llvm.return
// LINALG-LABEL: llvm.func @gelu_like(
// LINALG-COUNT-5: llvm.store %{{.*}} : f32, !llvm.ptr
func.func @gelu_like(%x: tensor<?x768xf32>) -> tensor<?x768xf32> {
  %x2 = arith.mulf %x, %x : tensor<?x768xf32>
  %x3 = arith.mulf %x2, %x : tensor<?x768xf32>
  %s = arith.addf %x3, %x : tensor<?x768xf32>
  %t = math.tanh %s : tensor<?x768xf32>
  %y = arith.mulf %t, %x : tensor<?x768xf32>
  return %y : tensor<?x768xf32>
}
