//===- GradientBuilder.cpp - Backward of forward norm ops -----------------===//
//
// buildNormOpGradients: each forward norm op's backward as the backward norm
// ops (norm.layer_norm_grad, ...), fed with the statistics and residual sums
// the forward op returns where it returns them.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/Transforms/GradientBuilder.h"

#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::norm;

//===----------------------------------------------------------------------===//
// Checks
//===----------------------------------------------------------------------===//

/// The results of `op` from `first` on are statistics the backward reads
/// but does not differentiate through.
static LogicalResult checkNoStatisticGrads(Operation *op,
                                           ArrayRef<Value> resultGrads,
                                           unsigned first, StringRef what) {
  for (unsigned i = first; i < resultGrads.size(); ++i)
    if (resultGrads[i])
      return op->emitOpError()
             << "has a gradient flowing into its " << what << " result #" << i
             << ": the backward differentiates the normalized output and the "
                "residual stream, not the saved statistics";
  return success();
}

LogicalResult mlir::norm::checkNormOpGradients(Operation *op,
                                               ArrayRef<Value> resultGrads) {
  if (resultGrads.size() != op->getNumResults())
    return op->emitOpError()
           << "expects one cotangent per result (" << op->getNumResults()
           << "), but got " << resultGrads.size();
  auto dps = dyn_cast<DestinationStyleOpInterface>(op);
  if (dps && !dps.hasPureTensorSemantics())
    return op->emitOpError("has memref operands: its backward is built on "
                           "tensors, before bufferization");
  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](LayerNormOp) {
        return checkNoStatisticGrads(op, resultGrads, 1, "mean/rstd");
      })
      .Case([&](RMSNormOp) {
        return checkNoStatisticGrads(op, resultGrads, 1, "rstd");
      })
      .Case<AddLayerNormOp, AddRMSNormOp>([&](auto) {
        return checkNoStatisticGrads(op, resultGrads, 2, "statistic");
      })
      .Case<DeepNormOp, SandwichNormOp>([](auto) { return success(); })
      .Case([&](BatchNormOp batchNorm) -> LogicalResult {
        if (!batchNorm.getTraining())
          return op->emitOpError(
              "is inference-form BatchNorm, an element-wise affine map of x "
              "whose gradient the backward ops do not cover; only the "
              "training form (batch statistics) is differentiated");
        return checkNoStatisticGrads(op, resultGrads, 1,
                                     "batch/running statistic");
      })
      .Default([](Operation *other) {
        return other->emitOpError(
            "is not a forward norm op with a gradient builder (layer_norm, "
            "rms_norm, add_layer_norm, add_rms_norm, deep_norm, "
            "sandwich_norm, training-form batch_norm)");
      });
}

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

namespace {

/// The gradients of one op's operands, by operand number.
class OperandGradients {
public:
  explicit OperandGradients(Operation *op) : grads(op->getNumOperands()) {}

  void set(OpOperand &operand, Value grad) {
    grads[operand.getOperandNumber()] = grad;
  }
  /// For an optional operand (empty range: nothing to set).
  void set(MutableOperandRange operand, Value grad) {
    if (!operand.empty())
      set(operand[0], grad);
  }
  SmallVector<Value> take() { return std::move(grads); }

private:
  SmallVector<Value> grads;
};

/// The destinations of a scale/bias pair's gradients: the parameter's own
/// type, or the other parameter's where the op has only one. Empty without
/// either.
SmallVector<Value> createParamGradInits(OpBuilder &b, Location loc, Value scale,
                                        Value bias) {
  if (!scale && !bias)
    return {};
  return {createEmptyLike(b, loc, scale ? scale : bias),
          createEmptyLike(b, loc, bias ? bias : scale)};
}

/// `like`'s shape and element type filled with zeros.
Value createZerosLike(OpBuilder &b, Location loc, Value like) {
  Type elementType = getElementTypeOrSelf(like.getType());
  Value zero = arith::ConstantOp::create(b, loc, elementType,
                                         b.getFloatAttr(elementType, 0.0));
  return linalg::FillOp::create(b, loc, ValueRange{zero},
                                ValueRange{createEmptyLike(b, loc, like)})
      .getResult(0);
}

/// The gradient of a parameter broadcast over the rows (a fused op's
/// add_bias): the sum of `grad` over its dims before `axis`, accumulated in
/// f32 (f64 for f64 data) and rounded once to `param`'s type.
Value createSumOverRows(OpBuilder &b, Location loc, Value grad, Value param,
                        int64_t axis) {
  MLIRContext *ctx = b.getContext();
  auto gradType = cast<RankedTensorType>(grad.getType());
  int64_t rank = gradType.getRank();
  Type accType = gradType.getElementType().isF64() ? gradType.getElementType()
                                                   : Float32Type::get(ctx);
  Value zero =
      arith::ConstantOp::create(b, loc, accType, b.getFloatAttr(accType, 0.0));
  Value init = linalg::FillOp::create(
                   b, loc, ValueRange{zero},
                   ValueRange{createEmptyLike(b, loc, param, accType)})
                   .getResult(0);
  SmallVector<AffineExpr> paramExprs;
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  for (int64_t dim = 0; dim < rank; ++dim) {
    if (dim < axis)
      iterators[dim] = utils::IteratorType::reduction;
    else
      paramExprs.push_back(getAffineDimExpr(dim, ctx));
  }
  SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(rank, ctx),
                                 AffineMap::get(rank, 0, paramExprs, ctx)};
  Value sum =
      linalg::GenericOp::create(
          b, loc, TypeRange{init.getType()}, ValueRange{grad}, ValueRange{init},
          maps, iterators,
          [&](OpBuilder &nb, Location nl, ValueRange args) {
            Value element = args[0];
            if (element.getType() != accType)
              element = arith::ExtFOp::create(nb, nl, accType, element);
            linalg::YieldOp::create(
                nb, nl,
                ValueRange{arith::AddFOp::create(nb, nl, args[1], element)});
          })
          .getResult(0);
  auto paramElementType = cast<FloatType>(getElementTypeOrSelf(param));
  if (paramElementType == accType)
    return sum;
  if (paramElementType.getWidth() < cast<FloatType>(accType).getWidth())
    return arith::TruncFOp::create(b, loc, param.getType(), sum);
  return arith::ExtFOp::create(b, loc, param.getType(), sum);
}

/// The type gradients are carried in between two backward ops: the
/// compute type (f32 for 16-bit data), so that they are rounded once.
Type getIntermediateGradType(Value like) {
  Type elementType = getElementTypeOrSelf(like.getType());
  if (elementType.isF32() || elementType.isF64())
    return elementType;
  return Float32Type::get(like.getContext());
}

//===----------------------------------------------------------------------===//
// Per-op builders
//===----------------------------------------------------------------------===//

SmallVector<Value> buildGradients(OpBuilder &b, LayerNormOp op, Value dy) {
  Location loc = op.getLoc();
  SmallVector<Value> outs = {createEmptyLike(b, loc, op.getInput())};
  llvm::append_range(outs,
                     createParamGradInits(b, loc, op.getScale(), op.getBias()));
  Value mean = op.hasStatistics() ? op.getResult(1) : Value();
  Value rstd = op.hasStatistics() ? op.getResult(2) : Value();
  auto grad = LayerNormGradOp::create(b, loc, dy, op.getInput(), op.getScale(),
                                      mean, rstd, outs, op.getAxisAttr(),
                                      op.getEpsilonAttr());
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), grad.getResult(0));
  if (grad.hasParameterGrads()) {
    grads.set(op.getScaleMutable(), grad.getResult(1));
    grads.set(op.getBiasMutable(), grad.getResult(2));
  }
  return grads.take();
}

SmallVector<Value> buildGradients(OpBuilder &b, RMSNormOp op, Value dy) {
  Location loc = op.getLoc();
  SmallVector<Value> outs = {createEmptyLike(b, loc, op.getInput())};
  if (op.getScale())
    outs.push_back(createEmptyLike(b, loc, op.getScale()));
  Value rstd = op.hasStatistics() ? op.getResult(1) : Value();
  auto grad = RMSNormGradOp::create(b, loc, dy, op.getInput(), op.getScale(),
                                    rstd, outs, op.getAxisAttr(),
                                    op.getEpsilonAttr(), op.getOffsetAttr());
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), grad.getResult(0));
  if (grad.hasParameterGrads())
    grads.set(op.getScaleMutable(), grad.getResult(1));
  return grads.take();
}

/// The fused residual ops (and DeepNorm through the add_layer_norm it
/// denotes): the backward op on h, the cotangent of h added in.
SmallVector<Value> buildGradients(OpBuilder &b, AddLayerNormOp op, Value dy,
                                  Value dh) {
  Location loc = op.getLoc();
  SmallVector<Value> outs = {createEmptyLike(b, loc, op.getInput()),
                             createEmptyLike(b, loc, op.getResidual())};
  llvm::append_range(outs,
                     createParamGradInits(b, loc, op.getScale(), op.getBias()));
  Value mean = op.hasStatistics() ? op.getResult(2) : Value();
  Value rstd = op.hasStatistics() ? op.getResult(3) : Value();
  auto grad = AddLayerNormGradOp::create(
      b, loc, dy, op.getResult(1), dh, op.getScale(), mean, rstd, outs,
      op.getAxisAttr(), op.getEpsilonAttr(), op.getAlphaAttr());
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), grad.getResult(0));
  if (Value addBias = op.getAddBias())
    grads.set(op.getAddBiasMutable(),
              createSumOverRows(b, loc, grad.getResult(0), addBias,
                                op.getNormalizedAxis()));
  grads.set(op.getResidualMutable(), grad.getResult(1));
  if (grad.hasParameterGrads()) {
    grads.set(op.getScaleMutable(), grad.getResult(2));
    grads.set(op.getBiasMutable(), grad.getResult(3));
  }
  return grads.take();
}

SmallVector<Value> buildGradients(OpBuilder &b, AddRMSNormOp op, Value dy,
                                  Value dh) {
  Location loc = op.getLoc();
  SmallVector<Value> outs = {createEmptyLike(b, loc, op.getInput()),
                             createEmptyLike(b, loc, op.getResidual())};
  if (op.getScale())
    outs.push_back(createEmptyLike(b, loc, op.getScale()));
  Value rstd = op.hasStatistics() ? op.getResult(2) : Value();
  auto grad = AddRMSNormGradOp::create(b, loc, dy, op.getResult(1), dh,
                                       op.getScale(), rstd, outs,
                                       op.getAxisAttr(), op.getEpsilonAttr(),
                                       op.getOffsetAttr(), op.getAlphaAttr());
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), grad.getResult(0));
  if (Value addBias = op.getAddBias())
    grads.set(op.getAddBiasMutable(),
              createSumOverRows(b, loc, grad.getResult(0), addBias,
                                op.getNormalizedAxis()));
  grads.set(op.getResidualMutable(), grad.getResult(1));
  if (grad.hasParameterGrads())
    grads.set(op.getScaleMutable(), grad.getResult(2));
  return grads.take();
}

SmallVector<Value> buildGradients(OpBuilder &b, DeepNormOp op, Value dy) {
  // h = alpha * residual + input, in the input's type, as the fused op
  // DeepNorm denotes computes it.
  Location loc = op.getLoc();
  auto fused = AddLayerNormOp::create(
      b, loc, op.getInput(), op.getResidual(), /*add_bias=*/Value(),
      op.getScale(), op.getBias(),
      ValueRange{createEmptyLike(b, loc, op.getResult(0)),
                 createEmptyLike(b, loc, op.getInput())},
      op.getAxisAttr(), op.getEpsilonAttr(),
      b.getF64FloatAttr(op.getEffectiveAlpha()));
  SmallVector<Value> fusedGrads = buildGradients(b, fused, dy, Value());
  auto gradOf = [&](MutableOperandRange operand) {
    return operand.empty() ? Value()
                           : fusedGrads[operand[0].getOperandNumber()];
  };
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), gradOf(fused.getInputMutable()));
  grads.set(op.getResidualMutable(), gradOf(fused.getResidualMutable()));
  grads.set(op.getScaleMutable(), gradOf(fused.getScaleMutable()));
  grads.set(op.getBiasMutable(), gradOf(fused.getBiasMutable()));
  return grads.take();
}

SmallVector<Value> buildGradients(OpBuilder &b, SandwichNormOp op, Value dy,
                                  Value dh) {
  Location loc = op.getLoc();
  bool layerNorm = op.getKind() == NormKind::LayerNorm;
  Value h = op.getResult(1);
  // The outer norm, on h = residual + n: dn = dr = dh.
  SmallVector<Value> outs = {
      createEmptyLike(b, loc, op.getInput(),
                      getIntermediateGradType(op.getInput())),
      createEmptyLike(b, loc, op.getResidual())};
  Value dn, dr, dscale, dbias;
  auto one = b.getF64FloatAttr(1.0);
  if (layerNorm) {
    llvm::append_range(
        outs, createParamGradInits(b, loc, op.getScale(), op.getBias()));
    auto outer = AddLayerNormGradOp::create(
        b, loc, dy, h, dh, op.getScale(), Value(), Value(), outs,
        op.getAxisAttr(), op.getEpsilonAttr(), one);
    dn = outer.getResult(0);
    dr = outer.getResult(1);
    if (outer.hasParameterGrads()) {
      dscale = outer.getResult(2);
      dbias = outer.getResult(3);
    }
  } else {
    if (op.getScale())
      outs.push_back(createEmptyLike(b, loc, op.getScale()));
    auto outer = AddRMSNormGradOp::create(
        b, loc, dy, h, dh, op.getScale(), Value(), outs, op.getAxisAttr(),
        op.getEpsilonAttr(), op.getOffsetAttr(), one);
    dn = outer.getResult(0);
    dr = outer.getResult(1);
    if (outer.hasParameterGrads())
      dscale = outer.getResult(2);
  }
  // The inner norm, n = Norm(input).
  outs = {createEmptyLike(b, loc, op.getInput())};
  Value dinput, dinnerScale, dinnerBias;
  if (layerNorm) {
    llvm::append_range(outs, createParamGradInits(b, loc, op.getInnerScale(),
                                                  op.getInnerBias()));
    auto inner = LayerNormGradOp::create(
        b, loc, dn, op.getInput(), op.getInnerScale(), Value(), Value(), outs,
        op.getAxisAttr(), op.getInnerEpsilonAttr());
    dinput = inner.getResult(0);
    if (inner.hasParameterGrads()) {
      dinnerScale = inner.getResult(1);
      dinnerBias = inner.getResult(2);
    }
  } else {
    if (op.getInnerScale())
      outs.push_back(createEmptyLike(b, loc, op.getInnerScale()));
    auto inner = RMSNormGradOp::create(
        b, loc, dn, op.getInput(), op.getInnerScale(), Value(), outs,
        op.getAxisAttr(), op.getInnerEpsilonAttr(), op.getOffsetAttr());
    dinput = inner.getResult(0);
    if (inner.hasParameterGrads())
      dinnerScale = inner.getResult(1);
  }
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), dinput);
  grads.set(op.getResidualMutable(), dr);
  grads.set(op.getInnerScaleMutable(), dinnerScale);
  grads.set(op.getInnerBiasMutable(), dinnerBias);
  grads.set(op.getScaleMutable(), dscale);
  grads.set(op.getBiasMutable(), dbias);
  return grads.take();
}

SmallVector<Value> buildGradients(OpBuilder &b, BatchNormOp op, Value dy) {
  Location loc = op.getLoc();
  SmallVector<Value> outs = {createEmptyLike(b, loc, op.getInput())};
  llvm::append_range(outs,
                     createParamGradInits(b, loc, op.getScale(), op.getBias()));
  // The batch statistics the forward returns: results 1 and 2.
  auto grad = BatchNormGradOp::create(
      b, loc, dy, op.getInput(), op.getScale(), op.getResult(1),
      op.getResult(2), outs, op.getChannelAxisAttr(), op.getEpsilonAttr());
  OperandGradients grads(op);
  grads.set(op.getInputMutable(), grad.getResult(0));
  if (grad.hasParameterGrads()) {
    grads.set(op.getScaleMutable(), grad.getResult(1));
    grads.set(op.getBiasMutable(), grad.getResult(2));
  }
  return grads.take();
}

} // namespace

FailureOr<SmallVector<Value>>
mlir::norm::buildNormOpGradients(OpBuilder &b, Operation *op,
                                 ArrayRef<Value> resultGrads) {
  if (failed(checkNormOpGradients(op, resultGrads)))
    return failure();
  if (llvm::all_of(resultGrads, [](Value grad) { return !grad; }))
    return SmallVector<Value>(op->getNumOperands());
  // The normalized output's cotangent, zeros where only h has one.
  Value dy = resultGrads[0];
  if (!dy)
    dy = createZerosLike(b, op->getLoc(), op->getResult(0));
  Value dh = resultGrads.size() > 1 ? resultGrads[1] : Value();
  return TypeSwitch<Operation *, SmallVector<Value>>(op)
      .Case([&](LayerNormOp op) { return buildGradients(b, op, dy); })
      .Case([&](RMSNormOp op) { return buildGradients(b, op, dy); })
      .Case([&](AddLayerNormOp op) { return buildGradients(b, op, dy, dh); })
      .Case([&](AddRMSNormOp op) { return buildGradients(b, op, dy, dh); })
      .Case([&](DeepNormOp op) { return buildGradients(b, op, dy); })
      .Case([&](SandwichNormOp op) { return buildGradients(b, op, dy, dh); })
      .Case([&](BatchNormOp op) { return buildGradients(b, op, dy); })
      .DefaultUnreachable("checked by checkNormOpGradients");
}
