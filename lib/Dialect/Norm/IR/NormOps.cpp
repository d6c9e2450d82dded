//===- NormOps.cpp - Norm dialect operations ------------------------------===//
//
// Verifiers, type inference and accessors of the norm operations. The
// verifiers check the rules of docs/Semantics.md ("Shapes and types") with a
// message that names the operand and the expectation.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/IR/NormOps.h"

#include "OpVerification.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"

#include <cmath>

using namespace mlir;
using namespace mlir::norm;

using namespace mlir::norm::detail;

#define NORM_DEFINE_EFFECTS(OpTy)                                              \
  void OpTy::getEffects(                                                       \
      SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>      \
          &effects) {                                                          \
    detail::getDestinationStyleEffects(*this, effects);                        \
  }
NORM_DEFINE_EFFECTS(LayerNormOp)
NORM_DEFINE_EFFECTS(RMSNormOp)
NORM_DEFINE_EFFECTS(BatchNormOp)
NORM_DEFINE_EFFECTS(DeepNormOp)
NORM_DEFINE_EFFECTS(AddLayerNormOp)
NORM_DEFINE_EFFECTS(AddRMSNormOp)
NORM_DEFINE_EFFECTS(SandwichNormOp)
#undef NORM_DEFINE_EFFECTS

//===----------------------------------------------------------------------===//
// LayerNormOp
//===----------------------------------------------------------------------===//

int64_t LayerNormOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

LogicalResult
LayerNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                              Adaptor adaptor,
                              SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

LogicalResult LayerNormOp::verify() {
  FailureOr<int64_t> axis = verifyRowNorm(
      *this, getInput(), getAxis(), getEpsilon().convertToDouble(),
      {{getScale(), "scale"}, {getBias(), "bias"}});
  if (failed(axis) ||
      failed(verifyOutsCount(*this, getOuts().size(), {1, 3},
                             "1 outs operand (y) or 3 (y, mean, rstd)")))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  if (failed(verifyFullInit(*this, getOuts()[0], "y", inputType)))
    return failure();
  if (hasStatistics() && (failed(verifyRowStatisticInit(
                              *this, getOuts()[1], "mean", inputType, *axis)) ||
                          failed(verifyRowStatisticInit(
                              *this, getOuts()[2], "rstd", inputType, *axis))))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// RMSNormOp
//===----------------------------------------------------------------------===//

int64_t RMSNormOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

LogicalResult
RMSNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                            Adaptor adaptor,
                            SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

LogicalResult RMSNormOp::verify() {
  FailureOr<int64_t> axis =
      verifyRowNorm(*this, getInput(), getAxis(),
                    getEpsilon().convertToDouble(), {{getScale(), "scale"}});
  if (failed(axis) ||
      failed(
          verifyFiniteAttr(*this, "offset", getOffset().convertToDouble())) ||
      failed(verifyOutsCount(*this, getOuts().size(), {1, 2},
                             "1 outs operand (y) or 2 (y, rstd)")))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  if (failed(verifyFullInit(*this, getOuts()[0], "y", inputType)))
    return failure();
  if (hasStatistics() && failed(verifyRowStatisticInit(
                             *this, getOuts()[1], "rstd", inputType, *axis)))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// BatchNormOp
//===----------------------------------------------------------------------===//

int64_t BatchNormOp::getNormalizedChannelAxis() {
  return resolveAxis(getChannelAxis(), getInput());
}

LogicalResult
BatchNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                              Adaptor adaptor,
                              SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

LogicalResult BatchNormOp::verify() {
  if (failed(verifyUniformSemantics(*this)) ||
      failed(verifyFloatTensor(*this, getInput(), "input")))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  FailureOr<int64_t> channelAxis =
      verifyAxis(*this, "channel_axis", getChannelAxis(), inputType.getRank());
  if (failed(channelAxis) ||
      failed(verifyEpsilon(*this, getEpsilon().convertToDouble())) ||
      failed(
          verifyFiniteAttr(*this, "momentum", getMomentum().convertToDouble())))
    return failure();
  int64_t channels = inputType.getDimSize(*channelAxis);
  for (auto [param, name] : {std::pair<Value, StringRef>{getScale(), "scale"},
                             {getBias(), "bias"},
                             {getRunningMean(), "running_mean"},
                             {getRunningVar(), "running_var"}})
    if (failed(verifyChannelParam(*this, param, name, channels)))
      return failure();

  if (!getTraining()) {
    if (failed(verifyOutsCount(*this, getOuts().size(), {1},
                               "1 outs operand (y) in inference form")))
      return failure();
    return verifyFullInit(*this, getOuts()[0], "y", inputType);
  }
  if (failed(verifyOutsCount(*this, getOuts().size(), {5},
                             "5 outs operands (y, batch_mean, batch_var, "
                             "running_mean, running_var) in training form")))
    return failure();
  if (failed(verifyFullInit(*this, getOuts()[0], "y", inputType)))
    return failure();
  StringRef names[] = {"batch_mean", "batch_var", "new running_mean",
                       "new running_var"};
  for (auto [init, name] : llvm::zip(getOuts().drop_front(), names))
    if (failed(verifyChannelParam(*this, init, name, channels)))
      return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// DeepNormOp
//===----------------------------------------------------------------------===//

double mlir::norm::computeDeepNormAlpha(DeepNormArch arch,
                                        int64_t encoderLayers,
                                        int64_t decoderLayers) {
  double n = static_cast<double>(encoderLayers);
  double m = static_cast<double>(decoderLayers);
  switch (arch) {
  case DeepNormArch::EncoderOnly:
    return std::pow(2.0 * n, 0.25);
  case DeepNormArch::DecoderOnly:
    return std::pow(2.0 * m, 0.25);
  case DeepNormArch::EncDecEncoder:
    return 0.81 * std::pow(std::pow(n, 4.0) * m, 1.0 / 16.0);
  case DeepNormArch::EncDecDecoder:
    return std::pow(3.0 * m, 0.25);
  }
  llvm_unreachable("unknown DeepNorm architecture");
}

double mlir::norm::computeDeepNormBeta(DeepNormArch arch, int64_t encoderLayers,
                                       int64_t decoderLayers) {
  double n = static_cast<double>(encoderLayers);
  double m = static_cast<double>(decoderLayers);
  switch (arch) {
  case DeepNormArch::EncoderOnly:
    return std::pow(8.0 * n, -0.25);
  case DeepNormArch::DecoderOnly:
    return std::pow(8.0 * m, -0.25);
  case DeepNormArch::EncDecEncoder:
    return 0.87 * std::pow(std::pow(n, 4.0) * m, -1.0 / 16.0);
  case DeepNormArch::EncDecDecoder:
    return std::pow(12.0 * m, -0.25);
  }
  llvm_unreachable("unknown DeepNorm architecture");
}

int64_t DeepNormOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

double DeepNormOp::getEffectiveAlpha() {
  if (std::optional<APFloat> alpha = getAlpha())
    return alpha->convertToDouble();
  return computeDeepNormAlpha(*getArch(), getEncoderLayers().value_or(0),
                              getDecoderLayers().value_or(0));
}

std::optional<double> DeepNormOp::getDeepNormBeta() {
  if (!getArch())
    return std::nullopt;
  return computeDeepNormBeta(*getArch(), getEncoderLayers().value_or(0),
                             getDecoderLayers().value_or(0));
}

LogicalResult
DeepNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                             Adaptor adaptor,
                             SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

static LogicalResult verifyLayerCount(Operation *op, StringRef name,
                                      std::optional<uint64_t> count,
                                      DeepNormArch arch) {
  if (!count)
    return op->emitOpError() << "expects '" << name << "' for arch '"
                             << stringifyDeepNormArch(arch) << "'";
  if (static_cast<int64_t>(*count) < 1)
    return op->emitOpError()
           << "expects '" << name << "' to be at least 1, but got "
           << static_cast<int64_t>(*count);
  return success();
}

/// Checks that the residual operand matches the sublayer output.
static LogicalResult verifyResidual(Operation *op, Value input,
                                    Value residual) {
  if (failed(verifyFloatTensor(op, residual, "residual")))
    return failure();
  auto inputType = cast<ShapedType>(input.getType());
  auto residualType = cast<ShapedType>(residual.getType());
  if (succeeded(
          verifyCompatibleShape(inputType.getShape(), residualType.getShape())))
    return success();
  return op->emitOpError() << "expects residual to have the input shape "
                           << formatShape(inputType.getShape()) << ", but got "
                           << formatShape(residualType.getShape());
}

LogicalResult DeepNormOp::verify() {
  FailureOr<int64_t> axis = verifyRowNorm(
      *this, getInput(), getAxis(), getEpsilon().convertToDouble(),
      {{getScale(), "scale"}, {getBias(), "bias"}});
  if (failed(axis) || failed(verifyResidual(*this, getInput(), getResidual())))
    return failure();
  if (getAlpha().has_value() == getArch().has_value())
    return emitOpError("expects exactly one of 'alpha' or 'arch' to define "
                       "the residual scale");
  if (getAlpha()) {
    if (getEncoderLayers() || getDecoderLayers())
      return emitOpError("expects layer counts only together with 'arch'");
    if (failed(verifyFiniteAttr(*this, "alpha", getAlpha()->convertToDouble())))
      return failure();
  } else {
    DeepNormArch arch = *getArch();
    bool needsEncoder = arch == DeepNormArch::EncoderOnly ||
                        arch == DeepNormArch::EncDecEncoder;
    bool needsDecoder = arch != DeepNormArch::EncoderOnly;
    if (needsEncoder && failed(verifyLayerCount(*this, "encoder_layers",
                                                getEncoderLayers(), arch)))
      return failure();
    if (needsDecoder && failed(verifyLayerCount(*this, "decoder_layers",
                                                getDecoderLayers(), arch)))
      return failure();
  }
  if (failed(verifyOutsCount(*this, getOuts().size(), {1}, "1 outs operand")))
    return failure();
  return verifyFullInit(*this, getOuts()[0], "y",
                        cast<ShapedType>(getInput().getType()));
}

//===----------------------------------------------------------------------===//
// AddLayerNormOp / AddRMSNormOp
//===----------------------------------------------------------------------===//

/// Shared checks of the fused residual add + norm ops.
template <typename OpTy>
static LogicalResult
verifyAddNorm(OpTy op, ArrayRef<std::pair<Value, StringRef>> normParams,
              ArrayRef<size_t> outsCounts, StringRef outsMeaning,
              ArrayRef<StringRef> statistics) {
  SmallVector<std::pair<Value, StringRef>> params = {
      {op.getAddBias(), "add_bias"}};
  params.append(normParams.begin(), normParams.end());
  FailureOr<int64_t> axis =
      verifyRowNorm(op, op.getInput(), op.getAxis(),
                    op.getEpsilon().convertToDouble(), params);
  if (failed(axis) ||
      failed(verifyResidual(op, op.getInput(), op.getResidual())) ||
      failed(verifyFiniteAttr(op, "alpha", op.getAlpha().convertToDouble())) ||
      failed(verifyOutsCount(op, op.getOuts().size(), outsCounts, outsMeaning)))
    return failure();
  auto inputType = cast<ShapedType>(op.getInput().getType());
  if (failed(verifyFullInit(op, op.getOuts()[0], "y", inputType)) ||
      failed(verifyFullInit(op, op.getOuts()[1], "h", inputType)))
    return failure();
  for (auto [init, name] : llvm::zip(op.getOuts().drop_front(2), statistics))
    if (failed(verifyRowStatisticInit(op, init, name, inputType, *axis)))
      return failure();
  return success();
}

int64_t AddLayerNormOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

LogicalResult
AddLayerNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                 Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

LogicalResult AddLayerNormOp::verify() {
  return verifyAddNorm(*this, {{getScale(), "scale"}, {getBias(), "bias"}},
                       {2, 4}, "2 outs operands (y, h) or 4 (y, h, mean, rstd)",
                       {"mean", "rstd"});
}

int64_t AddRMSNormOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

LogicalResult
AddRMSNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                               Adaptor adaptor,
                               SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

LogicalResult AddRMSNormOp::verify() {
  if (failed(verifyFiniteAttr(*this, "offset", getOffset().convertToDouble())))
    return failure();
  return verifyAddNorm(*this, {{getScale(), "scale"}}, {2, 3},
                       "2 outs operands (y, h) or 3 (y, h, rstd)", {"rstd"});
}

//===----------------------------------------------------------------------===//
// SandwichNormOp
//===----------------------------------------------------------------------===//

int64_t SandwichNormOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

LogicalResult
SandwichNormOp::inferReturnTypes(MLIRContext *, std::optional<Location>,
                                 Adaptor adaptor,
                                 SmallVectorImpl<Type> &inferredReturnTypes) {
  return inferFromOuts(adaptor, inferredReturnTypes);
}

LogicalResult SandwichNormOp::verify() {
  FailureOr<int64_t> axis = verifyRowNorm(*this, getInput(), getAxis(),
                                          getEpsilon().convertToDouble(),
                                          {{getInnerScale(), "inner_scale"},
                                           {getInnerBias(), "inner_bias"},
                                           {getScale(), "scale"},
                                           {getBias(), "bias"}});
  if (failed(axis) ||
      failed(
          verifyFiniteAttr(*this, "offset", getOffset().convertToDouble())) ||
      failed(verifyResidual(*this, getInput(), getResidual())) ||
      failed(verifyOutsCount(*this, getOuts().size(), {2},
                             "2 outs operands (y, h)")))
    return failure();
  double innerEpsilon = getInnerEpsilon().convertToDouble();
  if (!std::isfinite(innerEpsilon) || innerEpsilon <= 0.0)
    return emitOpError()
           << "expects inner_epsilon to be positive and finite, but got "
           << formatNumber(innerEpsilon);
  if (getKind() == NormKind::LayerNorm) {
    if (getOffset().convertToDouble() != 0.0)
      return emitOpError("expects offset only with kind rms_norm");
  } else if (getInnerBias() || getBias()) {
    return emitOpError("expects no inner_bias or bias with kind rms_norm");
  }
  auto inputType = cast<ShapedType>(getInput().getType());
  if (failed(verifyFullInit(*this, getOuts()[0], "y", inputType)) ||
      failed(verifyFullInit(*this, getOuts()[1], "h", inputType)))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// SublayerOp
//===----------------------------------------------------------------------===//

int64_t SublayerOp::getNormalizedAxis() {
  return resolveAxis(getAxis(), getInput());
}

Value SublayerOp::getYieldedValue() {
  return cast<YieldOp>(getBody().front().getTerminator()).getValue();
}

LogicalResult SublayerOp::verify() {
  FailureOr<int64_t> axis = verifyRowNorm(*this, getInput(), getAxis(),
                                          getEpsilon().convertToDouble(),
                                          {{getScale(), "scale"},
                                           {getBias(), "bias"},
                                           {getOutScale(), "out_scale"},
                                           {getOutBias(), "out_bias"}});
  if (failed(axis) ||
      failed(verifyFiniteAttr(*this, "alpha", getAlpha().convertToDouble())) ||
      failed(verifyFiniteAttr(*this, "offset", getOffset().convertToDouble())))
    return failure();
  Placement placement = getPlacement();
  if (placement != Placement::Sandwich && (getOutScale() || getOutBias()))
    return emitOpError("expects out_scale and out_bias only with the "
                       "sandwich placement");
  if (placement != Placement::DeepNorm && getAlpha().convertToDouble() != 1.0)
    return emitOpError("expects alpha only with the deepnorm placement");
  if (placement == Placement::DeepNorm && getKind() != NormKind::LayerNorm)
    return emitOpError("expects kind layer_norm with the deepnorm placement");
  if (getKind() == NormKind::LayerNorm) {
    if (getOffset().convertToDouble() != 0.0)
      return emitOpError("expects offset only with kind rms_norm");
  } else if (getBias() || getOutBias()) {
    return emitOpError("expects no bias with kind rms_norm");
  }
  return success();
}

LogicalResult SublayerOp::verifyRegions() {
  Block &body = getBody().front();
  Type inputType = getInput().getType();
  if (body.getNumArguments() != 1 || body.getArgument(0).getType() != inputType)
    return emitOpError() << "expects the body to take one argument of type "
                         << inputType;
  auto yield = body.empty() ? YieldOp() : dyn_cast<YieldOp>(body.back());
  if (!yield)
    return emitOpError("expects the body to end with norm.yield");
  Type yieldedType = yield.getValue().getType();
  if (yieldedType != inputType)
    return emitOpError() << "expects the body to yield " << inputType
                         << ", but it yields " << yieldedType;
  return success();
}

#define GET_OP_CLASSES
#include "norm/Dialect/Norm/IR/NormOps.cpp.inc"
