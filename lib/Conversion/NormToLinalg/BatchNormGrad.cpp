//===- BatchNormGrad.cpp - Linalg lowering of norm.batch_norm_grad --------===//
//
// The backward of training-form BatchNorm as linalg.generic ops on tensors
// (docs/Semantics.md, "Backward"): the per-channel statistics (saved, or
// recomputed as the forward computes them), one reduction over every dim
// but the channel for sum(dy) and sum(dy * xhat), dx element-wise, and
// dscale/dbias rounded from those two sums. Everything in the compute type
// (f32, f64 for f64 data), rounded once when stored.
//
//===----------------------------------------------------------------------===//

#include "LinalgBuilders.h"

#include "norm/Conversion/NormToLinalg/Decompositions.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

/// M, the number of elements per channel, in `type`. Unlike the forward's
/// layout this has no run-time check that M > 0: with saved statistics an
/// empty batch has an empty dx and zero parameter gradients.
static Value countPerChannel(OpBuilder &b, Location loc, Value input,
                             int64_t channelAxis, Type type) {
  auto inputType = cast<RankedTensorType>(input.getType());
  Value count = arith::ConstantIndexOp::create(b, loc, 1);
  for (int64_t dim = 0; dim < inputType.getRank(); ++dim)
    if (dim != channelAxis)
      count = arith::MulIOp::create(b, loc, count,
                                    tensor::DimOp::create(b, loc, input, dim));
  Value asInt = arith::IndexCastOp::create(b, loc, b.getI64Type(), count);
  return arith::UIToFPOp::create(b, loc, type, asInt);
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeBatchNormGrad(OpBuilder &b, BatchNormGradOp op) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  MLIRContext *ctx = b.getContext();
  Value input = op.getInput();
  Value grad = op.getGrad();
  Value scale = op.getScale();
  int64_t channelAxis = op.getNormalizedChannelAxis();
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  Type computeType = getComputeType(input);
  double epsilon = op.getEpsilon().convertToDouble();
  ValueRange outs = op.getOuts();

  assertFullShape(b, loc, input, grad,
                  (name + ": grad does not match the input").str());
  assertFullShape(b, loc, input, outs[0],
                  (name + ": dx does not match the input").str());
  SmallVector<std::pair<Value, StringRef>> perChannel = {
      {scale, "scale"}, {op.getMean(), "mean"}, {op.getVar(), "var"}};
  if (op.hasParameterGrads())
    perChannel.append({{outs[1], "dscale"}, {outs[2], "dbias"}});
  for (auto [value, what] : perChannel)
    if (value)
      emitSameSizesCheck(
          b, loc, input, {channelAxis}, value, {0},
          (name + ": " + what + " does not match the channel size").str());

  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  AffineMap channelMap =
      AffineMap::get(rank, 0, getAffineDimExpr(channelAxis, ctx), ctx);
  AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, ctx);
  SmallVector<utils::IteratorType> parallel1 = {utils::IteratorType::parallel};
  auto toCompute = [&](Value stat) {
    return buildGeneric(b, loc, {stat},
                        {createEmptyLike(b, loc, stat, computeType)},
                        {id1, id1}, parallel1,
                        [&](OpBuilder &nb, Location nl, ValueRange args) {
                          return SmallVector<Value>{
                              convertFloat(nb, nl, args[0], computeType)};
                        })
        .front();
  };

  // xhat = (x - mean) * rstd from the saved statistics, or
  // ((x - K) - meanOffset) * rstd from recomputed ones (the forward's
  // shifted scheme, with K the channel's first element).
  Value mean, variance;
  AffineMap shiftMap;
  if (op.getMean()) {
    mean = toCompute(op.getMean());
    variance = toCompute(op.getVar());
  } else {
    ReductionLayout layout = getChannelLayout(b, loc, input, channelAxis, name);
    Moments moments = computeMoments(b, loc, input, layout);
    mean = moments.meanOffset;
    variance = moments.variance;
    shiftMap = layout.shiftMap;
  }
  Value rstd = computeRstd(b, loc, variance, epsilon);
  Value count = countPerChannel(b, loc, input, channelAxis, computeType);

  // The inputs every stage reads: dy, x, mean, rstd[, K][, scale].
  SmallVector<Value> common = {grad, input, mean, rstd};
  SmallVector<AffineMap> commonMaps = {identity, identity, channelMap,
                                       channelMap};
  if (shiftMap) {
    common.push_back(input);
    commonMaps.push_back(shiftMap);
  }
  unsigned scaleIndex = common.size();
  if (scale) {
    common.push_back(scale);
    commonMaps.push_back(channelMap);
  }
  unsigned numCommon = common.size();
  auto dyAndXhat = [&](OpBuilder &nb, Location nl, ValueRange args) {
    Value dy = convertFloat(nb, nl, args[0], computeType);
    Value centered = convertFloat(nb, nl, args[1], computeType);
    if (shiftMap)
      centered = arith::SubFOp::create(
          nb, nl, centered, convertFloat(nb, nl, args[4], computeType));
    centered = arith::SubFOp::create(nb, nl, centered, args[2]);
    return std::make_pair(
        dy, arith::MulFOp::create(nb, nl, centered, args[3]).getResult());
  };

  // Per channel: sum(dy) and sum(dy * xhat) (dbias and dscale).
  SmallVector<utils::IteratorType> overChannel(rank,
                                               utils::IteratorType::reduction);
  overChannel[channelAxis] = utils::IteratorType::parallel;
  SmallVector<OpFoldResult> channelSize = {
      tensor::getMixedSizes(b, loc, input)[channelAxis]};
  SmallVector<AffineMap> maps = commonMaps;
  maps.append({channelMap, channelMap});
  SmallVector<Value> sums = buildGeneric(
      b, loc, common,
      {createFilled(b, loc, channelSize, computeType, 0.0),
       createFilled(b, loc, channelSize, computeType, 0.0)},
      maps, overChannel, [&](OpBuilder &nb, Location nl, ValueRange args) {
        auto [dy, xhat] = dyAndXhat(nb, nl, args);
        Value sumDy = args[numCommon];
        Value sumDyXhat = args[numCommon + 1];
        return SmallVector<Value>{
            arith::AddFOp::create(nb, nl, sumDy, dy),
            arith::AddFOp::create(nb, nl, sumDyXhat,
                                  arith::MulFOp::create(nb, nl, dy, xhat))};
      });

  // dx = rstd * scale * (dy - sum(dy) / M - xhat * sum(dy * xhat) / M).
  SmallVector<Value> inputs = common;
  inputs.append(sums.begin(), sums.end());
  maps = commonMaps;
  maps.append({channelMap, channelMap, identity});
  Type dxType = getElementType(outs[0]);
  Value dx =
      buildGeneric(
          b, loc, inputs, {outs[0]}, maps,
          SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
          [&](OpBuilder &nb, Location nl, ValueRange args) {
            auto [dy, xhat] = dyAndXhat(nb, nl, args);
            Value meanDy =
                arith::DivFOp::create(nb, nl, args[numCommon], count);
            Value meanDyXhat =
                arith::DivFOp::create(nb, nl, args[numCommon + 1], count);
            Value inner = arith::SubFOp::create(nb, nl, dy, meanDy);
            inner = arith::SubFOp::create(
                nb, nl, inner, arith::MulFOp::create(nb, nl, xhat, meanDyXhat));
            Value factor = args[3];
            if (scale)
              factor = arith::MulFOp::create(
                  nb, nl, factor,
                  convertFloat(nb, nl, args[scaleIndex], computeType));
            Value value = arith::MulFOp::create(nb, nl, factor, inner);
            return SmallVector<Value>{convertFloat(nb, nl, value, dxType)};
          })
          .front();
  if (!op.hasParameterGrads())
    return SmallVector<Value>{dx};

  // dscale and dbias: the sums, rounded once into the destinations.
  auto store = [&](Value sum, Value init) {
    Type type = getElementType(init);
    return buildGeneric(b, loc, {sum}, {init}, {id1, id1}, parallel1,
                        [&](OpBuilder &nb, Location nl, ValueRange args) {
                          return SmallVector<Value>{
                              convertFloat(nb, nl, args[0], type)};
                        })
        .front();
  };
  return SmallVector<Value>{dx, store(sums[1], outs[1]),
                            store(sums[0], outs[2])};
}
