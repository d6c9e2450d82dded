//===- NormBase.td - Norm dialect definition ---------------*- tablegen -*-===//
//
// The norm dialect: normalization layers and their residual placement as
// first-class compiler objects.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMBASE_TD
#define NORM_DIALECT_NORM_IR_NORMBASE_TD

include "mlir/IR/OpBase.td"

def Norm_Dialect : Dialect {
  let name = "norm";
  let cppNamespace = "::mlir::norm";
  let summary = "Normalization layers and residual placement in transformers";
  let description = [{
    The `norm` dialect represents LayerNorm, RMSNorm, BatchNorm and DeepNorm,
    the fused residual-add + norm computations that transformer blocks are
    made of, and the residual *placement* of a norm around its sublayer
    (Post-LN, Pre-LN, Sandwich-LN, DeepNorm).

    Ops on tensors are in destination-passing style: every result has a
    matching `outs` operand, as in `linalg`. Statistics are computed in f32
    for f16/bf16/f32 inputs (f64 for f64 inputs) and rounded to the result
    type once. The exact semantics are given in docs/Semantics.md.

    Besides the interfaces listed per op, `registerAllDialects` attaches
    external models of `BufferizableOpInterface`, `TilingInterface` and
    `linalg::AggregatedOpInterface` to the destination-style ops, so that
    one-shot bufferization and upstream tiling, fusion and decomposition
    (the transform dialect's `tile_using_forall`, `fuse_into_containing_op`,
    `decompose_interface`, ...) handle them like linalg ops: see
    docs/Embedding.md.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::tensor::TensorDialect"
  ];
  let useDefaultAttributePrinterParser = 1;
  let hasCanonicalizer = 0;
}

class Norm_Op<string mnemonic, list<Trait> traits = []>
    : Op<Norm_Dialect, mnemonic, traits>;

#endif // NORM_DIALECT_NORM_IR_NORMBASE_TD
