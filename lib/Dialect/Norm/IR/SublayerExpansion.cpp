//===- SublayerExpansion.cpp - norm.sublayer to explicit ops --------------===//
//
// Turns a `norm.sublayer` into the norm ops and residual adds its placement
// stands for. Shared by the canonicalizer and --norm-expand-sublayers.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::norm;

Value mlir::norm::createEmptyLike(OpBuilder &builder, Location loc, Value like,
                                  Type elementType) {
  auto type = cast<RankedTensorType>(like.getType());
  if (!elementType)
    elementType = type.getElementType();
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(builder, loc, like);
  return tensor::EmptyOp::create(builder, loc, sizes, elementType);
}

Value mlir::norm::createRowNorm(OpBuilder &builder, Location loc, NormKind kind,
                                Value input, Value scale, Value bias,
                                int64_t axis, double epsilon, double offset) {
  Value init = createEmptyLike(builder, loc, input);
  if (kind == NormKind::LayerNorm)
    return LayerNormOp::create(builder, loc, input, scale, bias,
                               ValueRange{init},
                               builder.getI64IntegerAttr(axis),
                               builder.getF64FloatAttr(epsilon))
        .getResult(0);
  return RMSNormOp::create(builder, loc, input, scale, ValueRange{init},
                           builder.getI64IntegerAttr(axis),
                           builder.getF64FloatAttr(epsilon),
                           builder.getF64FloatAttr(offset))
      .getResult(0);
}

Operation *mlir::norm::expandSandwichNorm(RewriterBase &rewriter,
                                          SandwichNormOp op) {
  rewriter.setInsertionPoint(op);
  Location loc = op.getLoc();
  int64_t axis = op.getNormalizedAxis();
  double offset = op.getOffset().convertToDouble();
  Value n = createRowNorm(rewriter, loc, op.getKind(), op.getInput(),
                          op.getInnerScale(), op.getInnerBias(), axis,
                          op.getInnerEpsilon().convertToDouble(), offset);
  Operation *fused;
  if (op.getKind() == NormKind::LayerNorm)
    fused = AddLayerNormOp::create(
        rewriter, loc, n, op.getResidual(), /*add_bias=*/Value(), op.getScale(),
        op.getBias(), op.getOuts(), op.getAxisAttr(), op.getEpsilonAttr(),
        rewriter.getF64FloatAttr(1.0));
  else
    fused = AddRMSNormOp::create(
        rewriter, loc, n, op.getResidual(), /*add_bias=*/Value(), op.getScale(),
        op.getOuts(), op.getAxisAttr(), op.getEpsilonAttr(),
        rewriter.getF64FloatAttr(1.0), op.getOffsetAttr());
  rewriter.replaceOp(op, fused->getResults());
  return fused;
}

/// Moves the body of `op` in front of it with its argument bound to
/// `argument`, and returns the value it yielded.
static Value inlineBody(RewriterBase &rewriter, SublayerOp op, Value argument) {
  Block &body = op.getBody().front();
  auto yield = cast<YieldOp>(body.getTerminator());
  rewriter.inlineBlockBefore(&body, op, ValueRange{argument});
  // Read the operand only now: inlining replaced uses of the block argument.
  Value yielded = yield.getValue();
  rewriter.eraseOp(yield);
  return yielded;
}

Value mlir::norm::expandSublayer(RewriterBase &rewriter, SublayerOp op) {
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  Value x = op.getInput();
  int64_t axis = op.getAxis();
  double epsilon = op.getEpsilon().convertToDouble();
  double offset = op.getOffset().convertToDouble();
  auto norm = [&](Value input, Value scale, Value bias) {
    return createRowNorm(rewriter, loc, op.getKind(), input, scale, bias, axis,
                         epsilon, offset);
  };

  Value result;
  switch (op.getPlacement()) {
  case Placement::Post: {
    Value f = inlineBody(rewriter, op, x);
    Value sum = arith::AddFOp::create(rewriter, loc, x, f);
    result = norm(sum, op.getScale(), op.getBias());
    break;
  }
  case Placement::Pre: {
    Value normed = norm(x, op.getScale(), op.getBias());
    Value f = inlineBody(rewriter, op, normed);
    result = arith::AddFOp::create(rewriter, loc, x, f);
    break;
  }
  case Placement::Sandwich: {
    Value normed = norm(x, op.getScale(), op.getBias());
    Value f = inlineBody(rewriter, op, normed);
    Value outNormed = norm(f, op.getOutScale(), op.getOutBias());
    result = arith::AddFOp::create(rewriter, loc, x, outNormed);
    break;
  }
  case Placement::DeepNorm: {
    Value f = inlineBody(rewriter, op, x);
    Value init = createEmptyLike(rewriter, loc, x);
    result = DeepNormOp::create(
                 rewriter, loc, f, x, op.getScale(), op.getBias(),
                 ValueRange{init}, op.getAlphaAttr(), /*arch=*/nullptr,
                 /*encoder_layers=*/nullptr, /*decoder_layers=*/nullptr,
                 op.getAxisAttr(), op.getEpsilonAttr())
                 .getResult(0);
    break;
  }
  }
  rewriter.replaceOp(op, result);
  return result;
}
