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

#endif // NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
