//===- BatchNorm.cpp - BatchNorm as linalg
//---------------------------------===//
//
// The linalg decomposition of norm.batch_norm. Inference form: one
// element-wise map with the running statistics broadcast along the channel
// dim. Training form: the per-channel moments over every other dim (the
// shifted two-pass scheme of Statistics.cpp), the same map with the batch
// statistics, and the ONNX running-statistic updates.
//
//===----------------------------------------------------------------------===//

#include "LinalgBuilders.h"

#include "norm/Conversion/NormToLinalg/Decompositions.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

FailureOr<SmallVector<Value>> mlir::norm::decomposeBatchNorm(OpBuilder &b,
                                                             BatchNormOp op) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  Value input = op.getInput();
  int64_t channelAxis = op.getNormalizedChannelAxis();
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  MLIRContext *ctx = b.getContext();
  Type computeType = getComputeType(input);
  double epsilon = op.getEpsilon().convertToDouble();

  assertFullShape(b, loc, input, op.getOuts()[0],
                  (name + ": y does not match the input").str());
  for (auto [param, what] :
       {std::pair<Value, StringRef>{op.getScale(), "scale"},
        {op.getBias(), "bias"},
        {op.getRunningMean(), "running_mean"},
        {op.getRunningVar(), "running_var"}}) {
    if (param)
      emitSameSizesCheck(
          b, loc, input, {channelAxis}, param, {0},
          (name + ": " + what + " does not match the channel size").str());
  }

  // In training form, mean is relative to the channel's shift K.
  Value mean = op.getRunningMean();
  Value var = op.getRunningVar();
  ReductionLayout layout;
  if (op.getTraining()) {
    layout = getChannelLayout(b, loc, input, channelAxis, name);
    Moments moments = computeMoments(b, loc, input, layout);
    mean = moments.meanOffset;
    var = moments.variance;
  }
  // Running statistics may be stored in any float type: bring them to the
  // compute type first.
  auto toCompute = [&](Value stat) {
    Value init = createEmptyLike(b, loc, stat, computeType);
    AffineMap id = AffineMap::getMultiDimIdentityMap(1, ctx);
    return buildGeneric(b, loc, {stat}, {init}, {id, id},
                        {utils::IteratorType::parallel},
                        [&](OpBuilder &nb, Location nl, ValueRange args) {
                          return SmallVector<Value>{
                              convertFloat(nb, nl, args[0], computeType)};
                        })
        .front();
  };
  if (!op.getTraining()) {
    mean = toCompute(mean);
    var = toCompute(var);
  }
  Value rstd = computeRstd(b, loc, var, epsilon);

  // y = (x - mean[c]) * rstd[c] * scale[c] + bias[c].
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  AffineMap channelMap =
      AffineMap::get(rank, 0, getAffineDimExpr(channelAxis, ctx), ctx);
  bool shifted = op.getTraining();
  SmallVector<Value> inputs = {input, mean, rstd};
  SmallVector<AffineMap> maps = {identity, channelMap, channelMap};
  if (shifted) {
    inputs.push_back(layout.shiftSource);
    maps.push_back(layout.shiftMap);
  }
  for (Value param : {op.getScale(), op.getBias()})
    if (param) {
      inputs.push_back(param);
      maps.push_back(channelMap);
    }
  maps.push_back(identity);
  Type outType = getElementType(op.getOuts()[0]);
  bool hasScale = static_cast<bool>(op.getScale());
  bool hasBias = static_cast<bool>(op.getBias());
  Value y =
      buildGeneric(
          b, loc, inputs, {op.getOuts()[0]}, maps,
          SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
          [&](OpBuilder &nb, Location nl, ValueRange args) {
            Value v = convertFloat(nb, nl, args[0], computeType);
            unsigned next = 3;
            if (shifted)
              v = arith::SubFOp::create(
                  nb, nl, v, convertFloat(nb, nl, args[next++], computeType));
            v = arith::SubFOp::create(nb, nl, v, args[1]);
            v = arith::MulFOp::create(nb, nl, v, args[2]);
            if (hasScale)
              v = arith::MulFOp::create(
                  nb, nl, v, convertFloat(nb, nl, args[next++], computeType));
            if (hasBias)
              v = arith::AddFOp::create(
                  nb, nl, v, convertFloat(nb, nl, args[next], computeType));
            return SmallVector<Value>{convertFloat(nb, nl, v, outType)};
          })
          .front();
  if (!op.getTraining())
    return SmallVector<Value>{y};

  // Batch statistics and the running-statistic updates (ONNX convention).
  double momentum = op.getMomentum().convertToDouble();
  AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, ctx);
  SmallVector<utils::IteratorType> parallel1 = {utils::IteratorType::parallel};
  auto store = [&](Value stat, Value init) -> Value {
    Type elementType = getElementType(init);
    // A copy of the same type would fold away (an identity generic), and
    // the result would be a new tensor instead of the destination the op
    // writes: a caller's writable statistics output would not be written
    // in place.
    if (getElementType(stat) == elementType)
      return bufferization::MaterializeInDestinationOp::create(b, loc, stat,
                                                               init)
          .getResult();
    return buildGeneric(b, loc, {stat}, {init}, {id1, id1}, parallel1,
                        [&](OpBuilder &nb, Location nl, ValueRange args) {
                          return SmallVector<Value>{
                              convertFloat(nb, nl, args[0], elementType)};
                        })
        .front();
  };
  auto update = [&](Value running, Value batch, Value init) {
    Type elementType = getElementType(init);
    return buildGeneric(
               b, loc, {running, batch}, {init}, {id1, id1, id1}, parallel1,
               [&](OpBuilder &nb, Location nl, ValueRange args) {
                 Value r = convertFloat(nb, nl, args[0], computeType);
                 Value m = floatConstant(nb, nl, computeType, momentum);
                 Value oneMinus =
                     floatConstant(nb, nl, computeType, 1.0 - momentum);
                 Value kept = arith::MulFOp::create(nb, nl, r, m);
                 Value fresh = arith::MulFOp::create(nb, nl, args[1], oneMinus);
                 Value sum = arith::AddFOp::create(nb, nl, kept, fresh);
                 return SmallVector<Value>{
                     convertFloat(nb, nl, sum, elementType)};
               })
        .front();
  };
  ValueRange outs = op.getOuts();
  for (auto [stat, what] : {std::pair<Value, StringRef>{outs[1], "batch_mean"},
                            {outs[2], "batch_var"},
                            {outs[3], "new running_mean"},
                            {outs[4], "new running_var"}})
    emitSameSizesCheck(
        b, loc, input, {channelAxis}, stat, {0},
        (name + ": " + what + " does not match the channel size").str());
  mean = materializeMean(b, loc, input, layout, mean);
  return SmallVector<Value>{y, store(mean, outs[1]), store(var, outs[2]),
                            update(op.getRunningMean(), mean, outs[3]),
                            update(op.getRunningVar(), var, outs[4])};
}
