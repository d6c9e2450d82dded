//===- NormGradOps.cpp - Backward norm ops --------------------------------===//
//
// Verifiers, type inference and accessors of the backward ops:
// norm.layer_norm_grad, norm.rms_norm_grad, the fused residual ops'
// norm.add_layer_norm_grad and norm.add_rms_norm_grad, and training-form
// BatchNorm's norm.batch_norm_grad (docs/Semantics.md, "Backward").
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/IR/NormOps.h"

#include "OpVerification.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

/// The checks both backward ops share: the forward's rules for x, axis,
/// epsilon and scale; dy and dx of x's shape; the parameter gradients of
/// the normalized shape. Returns the resolved axis.
static FailureOr<int64_t>
verifyRowNormGrad(Operation *op, Value grad, Value input, Value scale,
                  int64_t axis, double epsilon, ValueRange outs,
                  ArrayRef<StringRef> paramGrads,
                  ArrayRef<StringRef> fullGrads = {"dx"}) {
  FailureOr<int64_t> resolved =
      verifyRowNorm(op, input, axis, epsilon, {{scale, "scale"}});
  if (failed(resolved))
    return failure();
  auto inputType = cast<ShapedType>(input.getType());
  if (failed(verifyFullInit(op, grad, "grad", inputType)))
    return failure();
  for (auto [init, name] : llvm::zip(outs, fullGrads))
    if (failed(verifyFullInit(op, init, name, inputType)))
      return failure();
  for (auto [init, name] :
       llvm::zip(outs.drop_front(fullGrads.size()), paramGrads))
    if (failed(verifyNormalizedParam(op, init, name, inputType, *resolved)))
      return failure();
  return resolved;
}

/// LayerNorm's saved statistics: both or neither, each of the forward's
/// statistics shape and type.
static LogicalResult verifySavedLayerNormStatistics(Operation *op, Value input,
                                                    Value mean, Value rstd,
                                                    int64_t axis) {
  if (static_cast<bool>(mean) != static_cast<bool>(rstd))
    return op->emitOpError("expects the saved mean and rstd together, or "
                           "neither (to recompute them from the input)");
  auto inputType = cast<ShapedType>(input.getType());
  if (mean &&
      (failed(verifyRowStatisticInit(op, mean, "mean", inputType, axis)) ||
       failed(verifyRowStatisticInit(op, rstd, "rstd", inputType, axis))))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// LayerNormGradOp
//===----------------------------------------------------------------------===//

LogicalResult LayerNormGradOp::verify() {
  if (failed(verifyOutsCount(*this, getOuts().size(), {1, 3},
                             "1 outs operand (dx) or 3 (dx, dscale, dbias)")))
    return failure();
  FailureOr<int64_t> axis = verifyRowNormGrad(
      *this, getGrad(), getInput(), getScale(), getAxis(),
      getEpsilon().convertToDouble(), getOuts(), {"dscale", "dbias"});
  if (failed(axis))
    return failure();
  return verifySavedLayerNormStatistics(*this, getInput(), getMean(), getRstd(),
                                        *axis);
}

/// The backward row kernels take every form of the backward ops on float
/// data (saved or recomputed statistics, with or without scale and
/// parameter gradients).
static KernelFamily rowNormGradFamily(Value input) {
  return isa<FloatType>(getElementTypeOrSelf(input.getType()))
             ? KernelFamily::RowNormGrad
             : KernelFamily::None;
}

//===----------------------------------------------------------------------===//
// RMSNormGradOp
//===----------------------------------------------------------------------===//

LogicalResult RMSNormGradOp::verify() {
  if (failed(verifyOutsCount(*this, getOuts().size(), {1, 2},
                             "1 outs operand (dx) or 2 (dx, dscale)")))
    return failure();
  FailureOr<int64_t> axis =
      verifyRowNormGrad(*this, getGrad(), getInput(), getScale(), getAxis(),
                        getEpsilon().convertToDouble(), getOuts(), {"dscale"});
  if (failed(axis) ||
      failed(verifyFiniteAttr(*this, "offset", getOffset().convertToDouble())))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  if (getRstd() && failed(verifyRowStatisticInit(*this, getRstd(), "rstd",
                                                 inputType, *axis)))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// AddLayerNormGradOp, AddRMSNormGradOp
//===----------------------------------------------------------------------===//

/// The residual-stream gradient has h's shape; alpha is finite.
static LogicalResult verifyResidualGrad(Operation *op, Value input,
                                        Value residualGrad, double alpha) {
  if (residualGrad && failed(verifyFullInit(op, residualGrad, "residual_grad",
                                            cast<ShapedType>(input.getType()))))
    return failure();
  return verifyFiniteAttr(op, "alpha", alpha);
}

LogicalResult AddLayerNormGradOp::verify() {
  if (failed(verifyOutsCount(
          *this, getOuts().size(), {2, 4},
          "2 outs operands (dx, dr) or 4 (dx, dr, dscale, dbias)")))
    return failure();
  FailureOr<int64_t> axis =
      verifyRowNormGrad(*this, getGrad(), getInput(), getScale(), getAxis(),
                        getEpsilon().convertToDouble(), getOuts(),
                        {"dscale", "dbias"}, {"dx", "dr"});
  if (failed(axis) ||
      failed(verifyResidualGrad(*this, getInput(), getResidualGrad(),
                                getAlpha().convertToDouble())))
    return failure();
  return verifySavedLayerNormStatistics(*this, getInput(), getMean(), getRstd(),
                                        *axis);
}

LogicalResult AddRMSNormGradOp::verify() {
  if (failed(verifyOutsCount(*this, getOuts().size(), {2, 3},
                             "2 outs operands (dx, dr) or 3 (dx, dr, dscale)")))
    return failure();
  FailureOr<int64_t> axis = verifyRowNormGrad(
      *this, getGrad(), getInput(), getScale(), getAxis(),
      getEpsilon().convertToDouble(), getOuts(), {"dscale"}, {"dx", "dr"});
  if (failed(axis) ||
      failed(verifyResidualGrad(*this, getInput(), getResidualGrad(),
                                getAlpha().convertToDouble())) ||
      failed(verifyFiniteAttr(*this, "offset", getOffset().convertToDouble())))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  if (getRstd() && failed(verifyRowStatisticInit(*this, getRstd(), "rstd",
                                                 inputType, *axis)))
    return failure();
  return success();
}

/// What the four backward ops define alike: the resolved axis, result
/// types from the `outs`, destination-style memory effects, and their
/// kernel family (no row-norm operands: they are not forward norms).
#define NORM_DEFINE_GRAD_OP_COMMON(OpTy)                                       \
  int64_t OpTy::getNormalizedAxis() {                                          \
    return resolveAxis(getAxis(), getInput());                                 \
  }                                                                            \
  LogicalResult OpTy::inferReturnTypes(                                        \
      MLIRContext *, std::optional<Location>, Adaptor adaptor,                 \
      SmallVectorImpl<Type> &inferredReturnTypes) {                            \
    return inferFromOuts(adaptor, inferredReturnTypes);                        \
  }                                                                            \
  void OpTy::getEffects(                                                       \
      SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>      \
          &effects) {                                                          \
    getDestinationStyleEffects(*this, effects);                                \
  }                                                                            \
  KernelFamily OpTy::getKernelFamily() {                                       \
    return rowNormGradFamily(getInput());                                      \
  }                                                                            \
  std::optional<RowNormOperands> OpTy::getRowNormOperands() {                  \
    return std::nullopt;                                                       \
  }
NORM_DEFINE_GRAD_OP_COMMON(LayerNormGradOp)
NORM_DEFINE_GRAD_OP_COMMON(RMSNormGradOp)
NORM_DEFINE_GRAD_OP_COMMON(AddLayerNormGradOp)
NORM_DEFINE_GRAD_OP_COMMON(AddRMSNormGradOp)
#undef NORM_DEFINE_GRAD_OP_COMMON

//===----------------------------------------------------------------------===//
// BatchNormGradOp
//===----------------------------------------------------------------------===//

int64_t BatchNormGradOp::getNormalizedChannelAxis() {
  return resolveAxis(getChannelAxis(), getInput());
}

LogicalResult BatchNormGradOp::verify() {
  if (failed(verifyOutsCount(*this, getOuts().size(), {1, 3},
                             "1 outs operand (dx) or 3 (dx, dscale, dbias)")) ||
      failed(verifyUniformSemantics(*this)) ||
      failed(verifyFloatTensor(*this, getInput(), "input")))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  FailureOr<int64_t> channelAxis =
      verifyAxis(*this, "channel_axis", getChannelAxis(), inputType.getRank());
  if (failed(channelAxis) ||
      failed(verifyEpsilon(*this, getEpsilon().convertToDouble())) ||
      failed(verifyFullInit(*this, getGrad(), "grad", inputType)) ||
      failed(verifyFullInit(*this, getOuts()[0], "dx", inputType)))
    return failure();
  if (static_cast<bool>(getMean()) != static_cast<bool>(getVar()))
    return emitOpError("expects the saved mean and var together, or neither "
                       "(to recompute them from the input)");
  int64_t channels = inputType.getDimSize(*channelAxis);
  SmallVector<std::pair<Value, StringRef>> perChannel = {
      {getScale(), "scale"}, {getMean(), "mean"}, {getVar(), "var"}};
  if (hasParameterGrads())
    perChannel.append({{getOuts()[1], "dscale"}, {getOuts()[2], "dbias"}});
  for (auto [value, name] : perChannel)
    if (failed(verifyChannelParam(*this, value, name, channels)))
      return failure();
  return success();
}

LogicalResult
BatchNormGradOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                  Adaptor adaptor,
                                  SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

void BatchNormGradOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  getDestinationStyleEffects(*this, effects);
}

// With saved statistics on values of rank 2 or more, the CPU BatchNorm
// kernels take the op (NormToCPU/BatchNormGrad.cpp); recomputed statistics,
// 1-D values and the GPU pipeline take the linalg reference lowering.
KernelFamily BatchNormGradOp::getKernelFamily() {
  auto type = cast<ShapedType>(getInput().getType());
  return getMean() && type.getRank() >= 2 &&
                 isa<FloatType>(type.getElementType())
             ? KernelFamily::BatchNorm
             : KernelFamily::None;
}

std::optional<RowNormOperands> BatchNormGradOp::getRowNormOperands() {
  return std::nullopt;
}
