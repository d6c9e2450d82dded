//===- Passes.td - Norm dialect transformation passes ------*- tablegen -*-===//
//
// Passes that transform IR containing norm ops.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
#define NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def NormEmitCInterface : Pass<"norm-emit-c-interface", "::mlir::ModuleOp"> {
  let summary = "Give every public function a C-callable entry point";
  let description = [{
    Marks each public `func.func` with `llvm.emit_c_interface`, so that
    `convert-func-to-llvm` also emits `_mlir_ciface_<name>`, which takes
    memref descriptors by pointer. Ahead-of-time users (embedders, the test
    harness and the benchmarks) call these entry points from C.
  }];
}

def NormReadOnlyArguments
    : Pass<"norm-read-only-arguments", "::mlir::ModuleOp"> {
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
  let summary = "Keep compiled entry points from writing their tensor inputs";
  let description = [{
    Marks every tensor argument of each public `func.func` with
    `bufferization.writable = false`. One-shot bufferization otherwise may
    reuse an input buffer for a result, and a C caller would see its input
    overwritten. Private functions are left to bufferization's analysis.
  }];
}

def NormFlushBeforeAbort
    : Pass<"norm-flush-before-abort", "::mlir::ModuleOp"> {
  let summary = "Flush C streams before a failed run-time check aborts";
  let description = [{
    `cf.assert` lowers to `puts(message)` followed by `abort()`. When stdout
    is a pipe or a file, the message sits in the stdio buffer and abort()
    discards it. This pass inserts `fflush(NULL)` before every call to
    `abort` in the LLVM dialect, so the run-time shape checks of norm's
    lowering always reach the user.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
