//===- Passes.td - Norm conversion passes ------------------*- tablegen -*-===//
//
// Passes that lower norm ops to other dialects.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_PASSES_TD
#define NORM_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertNormToLinalg : Pass<"convert-norm-to-linalg"> {
  let summary = "Decompose norm ops into linalg on tensors";
  let description = [{
    The portable reference lowering: every norm op (LayerNorm, RMSNorm,
    BatchNorm in both forms, DeepNorm, the fused residual ops) becomes
    `linalg.generic` reductions and element-wise maps on tensors, and
    `norm.sublayer` is expanded first. Statistics are computed in f32 (f64
    for f64 inputs) with a shifted, corrected two-pass variance, so inputs
    with a large common offset keep full precision. Dynamic sizes that must
    agree at run time are checked with `cf.assert`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

#endif // NORM_CONVERSION_PASSES_TD
