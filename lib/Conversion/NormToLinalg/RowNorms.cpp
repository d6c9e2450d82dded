//===- RowNorms.cpp - Row-wise norms as linalg
//-----------------------------===//
//
// The linalg decompositions of the row-wise norms (layer_norm, rms_norm and
// the fused residual ops add_layer_norm, add_rms_norm, deep_norm and
// sandwich_norm): each row's statistics are reductions over the dims
// [axis, rank), and the norm is one element-wise map over the input.
//
//===----------------------------------------------------------------------===//

#include "LinalgBuilders.h"

#include "norm/Conversion/NormToLinalg/Decompositions.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

/// y = (x - mean) * rstd * (scale + offset) + bias over the full input. The
/// centering is optional (RMSNorm has none); when present, x - mean is
/// computed as (x - K) - meanOffset with K read through `layout.shiftMap`.
static Value applyRowNorm(OpBuilder &b, Location loc, Value input, Value init,
                          int64_t axis, const ReductionLayout &layout,
                          Value meanOffset, Value rstd,
                          const RowNormParams &params) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  MLIRContext *ctx = b.getContext();
  Type computeType = getComputeType(input);
  Type outType = getElementType(init);
  SmallVector<AffineExpr> paramExprs;
  for (int64_t dim = axis; dim < rank; ++dim)
    paramExprs.push_back(getAffineDimExpr(dim, ctx));
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  AffineMap paramMap = AffineMap::get(rank, 0, paramExprs, ctx);

  SmallVector<Value> inputs = {input, rstd};
  SmallVector<AffineMap> maps = {identity, layout.statMap};
  auto addInput = [&](Value value, AffineMap map) -> int {
    if (!value)
      return -1;
    inputs.push_back(value);
    maps.push_back(map);
    return inputs.size() - 1;
  };
  int shiftIdx =
      meanOffset ? addInput(layout.shiftSource, layout.shiftMap) : -1;
  int offsetIdx = addInput(meanOffset, layout.statMap);
  int scaleIdx = addInput(params.scale, paramMap);
  int biasIdx = addInput(params.bias, paramMap);
  maps.push_back(identity);
  SmallVector<utils::IteratorType> parallel(rank,
                                            utils::IteratorType::parallel);
  double offset = params.offset;
  return buildGeneric(
             b, loc, inputs, {init}, maps, parallel,
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               Value v = convertFloat(nb, nl, args[0], computeType);
               if (shiftIdx >= 0) {
                 Value k = convertFloat(nb, nl, args[shiftIdx], computeType);
                 v = arith::SubFOp::create(nb, nl, v, k);
                 v = arith::SubFOp::create(nb, nl, v, args[offsetIdx]);
               }
               v = arith::MulFOp::create(nb, nl, v, args[1]);
               if (scaleIdx >= 0) {
                 Value g = convertFloat(nb, nl, args[scaleIdx], computeType);
                 if (offset != 0.0)
                   g = arith::AddFOp::create(
                       nb, nl, g, floatConstant(nb, nl, computeType, offset));
                 v = arith::MulFOp::create(nb, nl, v, g);
               }
               if (biasIdx >= 0)
                 v = arith::AddFOp::create(
                     nb, nl, v,
                     convertFloat(nb, nl, args[biasIdx], computeType));
               return SmallVector<Value>{convertFloat(nb, nl, v, outType)};
             })
      .front();
}

std::tuple<Value, Value, Value>
mlir::norm::detail::lowerLayerNorm(OpBuilder &b, Location loc, StringRef opName,
                                   Value input, Value init, int64_t axis,
                                   double epsilon, const RowNormParams &params,
                                   bool wantMean, const RowSplit &split) {
  assertFullShape(b, loc, input, init,
                  (opName + ": y does not match the input").str());
  assertParamShape(
      b, loc, input, params.scale, axis,
      (opName + ": scale does not match the normalized shape").str());
  assertParamShape(
      b, loc, input, params.bias, axis,
      (opName + ": bias does not match the normalized shape").str());
  ReductionLayout layout = getRowLayout(b, loc, input, axis, opName, split);
  Moments moments = computeMoments(b, loc, input, layout);
  Value rstd = computeRstd(b, loc, moments.variance, epsilon);
  Value y = applyRowNorm(b, loc, input, init, axis, layout, moments.meanOffset,
                         rstd, params);
  Value mean = wantMean
                   ? materializeMean(b, loc, input, layout, moments.meanOffset)
                   : Value();
  return {y, mean, rstd};
}

std::pair<Value, Value>
mlir::norm::detail::lowerRMSNorm(OpBuilder &b, Location loc, StringRef opName,
                                 Value input, Value init, int64_t axis,
                                 double epsilon, const RowNormParams &params,
                                 const RowSplit &split) {
  assertFullShape(b, loc, input, init,
                  (opName + ": y does not match the input").str());
  assertParamShape(
      b, loc, input, params.scale, axis,
      (opName + ": scale does not match the normalized shape").str());
  ReductionLayout layout = getRowLayout(b, loc, input, axis, opName, split);
  Type computeType = getComputeType(input);
  auto type = cast<RankedTensorType>(input.getType());
  AffineMap identity =
      AffineMap::getMultiDimIdentityMap(type.getRank(), b.getContext());
  Value zeros = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  Value sumSquares =
      buildGeneric(b, loc, {input}, {zeros}, {identity, layout.statMap},
                   layout.iterators,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     Value x = convertFloat(nb, nl, args[0], computeType);
                     Value xx = arith::MulFOp::create(nb, nl, x, x);
                     return SmallVector<Value>{
                         arith::AddFOp::create(nb, nl, args[1], xx)};
                   })
          .front();
  sumSquares = combinePartialSums(b, loc, layout, sumSquares).front();
  // mean(x^2) then rsqrt(mean + eps).
  unsigned statRank = layout.statSizes.size();
  AffineMap statIdentity =
      AffineMap::getMultiDimIdentityMap(statRank, b.getContext());
  SmallVector<utils::IteratorType> statParallel(statRank,
                                                utils::IteratorType::parallel);
  Value count = layout.count;
  Value meanInit =
      tensor::EmptyOp::create(b, loc, layout.statSizes, computeType);
  Value meanSquare =
      buildGeneric(b, loc, {sumSquares}, {meanInit},
                   {statIdentity, statIdentity}, statParallel,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     return SmallVector<Value>{
                         arith::DivFOp::create(nb, nl, args[0], count)};
                   })
          .front();
  Value rstd = computeRstd(b, loc, meanSquare, epsilon);
  Value y = applyRowNorm(b, loc, input, init, axis, layout,
                         /*meanOffset=*/Value(), rstd, params);
  return {y, rstd};
}

Value mlir::norm::detail::computeResidualSum(OpBuilder &b, Location loc,
                                             StringRef opName, Value input,
                                             Value residual, Value addBias,
                                             Value hInit, int64_t axis,
                                             double alpha) {
  assertFullShape(b, loc, input, residual,
                  (opName + ": residual does not match the input").str());
  assertFullShape(b, loc, input, hInit,
                  (opName + ": h does not match the input").str());
  assertParamShape(
      b, loc, input, addBias, axis,
      (opName + ": add_bias does not match the normalized shape").str());
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  MLIRContext *ctx = b.getContext();
  Type computeType = getComputeType(input);
  Type hType = getElementType(hInit);
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  SmallVector<AffineExpr> paramExprs;
  for (int64_t dim = axis; dim < rank; ++dim)
    paramExprs.push_back(getAffineDimExpr(dim, ctx));
  SmallVector<Value> inputs = {input, residual};
  SmallVector<AffineMap> maps = {identity, identity};
  if (addBias) {
    inputs.push_back(addBias);
    maps.push_back(AffineMap::get(rank, 0, paramExprs, ctx));
  }
  maps.push_back(identity);
  SmallVector<utils::IteratorType> parallel(rank,
                                            utils::IteratorType::parallel);
  return buildGeneric(
             b, loc, inputs, {hInit}, maps, parallel,
             [&](OpBuilder &nb, Location nl, ValueRange args) {
               Value x = convertFloat(nb, nl, args[0], computeType);
               Value r = convertFloat(nb, nl, args[1], computeType);
               if (alpha != 1.0)
                 r = arith::MulFOp::create(
                     nb, nl, r, floatConstant(nb, nl, computeType, alpha));
               Value h = arith::AddFOp::create(nb, nl, r, x);
               if (addBias)
                 h = arith::AddFOp::create(
                     nb, nl, h, convertFloat(nb, nl, args[2], computeType));
               return SmallVector<Value>{convertFloat(nb, nl, h, hType)};
             })
      .front();
}

//===----------------------------------------------------------------------===//
// Per-op decompositions
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<Value>>
mlir::norm::decomposeLayerNorm(OpBuilder &b, LayerNormOp op,
                               const RowSplit &split) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  int64_t axis = op.getNormalizedAxis();
  auto [y, mean, rstd] =
      lowerLayerNorm(b, loc, name, op.getInput(), op.getOuts()[0], axis,
                     op.getEpsilon().convertToDouble(),
                     {op.getScale(), op.getBias()}, op.hasStatistics(), split);
  SmallVector<Value> results = {y};
  if (op.hasStatistics()) {
    results.push_back(
        storeRowStatistic(b, loc, mean, op.getOuts()[1], axis,
                          (name + ": mean does not match the input").str()));
    results.push_back(
        storeRowStatistic(b, loc, rstd, op.getOuts()[2], axis,
                          (name + ": rstd does not match the input").str()));
  }
  return results;
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeRMSNorm(OpBuilder &b, RMSNormOp op,
                             const RowSplit &split) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  int64_t axis = op.getNormalizedAxis();
  RowNormParams params{op.getScale(), Value(),
                       op.getOffset().convertToDouble()};
  auto [y, rstd] =
      lowerRMSNorm(b, loc, name, op.getInput(), op.getOuts()[0], axis,
                   op.getEpsilon().convertToDouble(), params, split);
  SmallVector<Value> results = {y};
  if (op.hasStatistics())
    results.push_back(
        storeRowStatistic(b, loc, rstd, op.getOuts()[1], axis,
                          (name + ": rstd does not match the input").str()));
  return results;
}

/// The fused residual ops: h = alpha * r + x (+ bias) into the h
/// destination, then the norm of the stored h into the y destination.
template <typename OpTy>
static FailureOr<SmallVector<Value>> decomposeAddNorm(OpBuilder &b, OpTy op,
                                                      const RowSplit &split) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  int64_t axis = op.getNormalizedAxis();
  double epsilon = op.getEpsilon().convertToDouble();
  Value h = computeResidualSum(b, loc, name, op.getInput(), op.getResidual(),
                               op.getAddBias(), op.getOuts()[1], axis,
                               op.getAlpha().convertToDouble());
  // The statistics, where the op returns them, are those of the stored h.
  SmallVector<std::pair<Value, StringRef>> statistics;
  Value y;
  if constexpr (std::is_same_v<OpTy, AddLayerNormOp>) {
    auto [normalized, mean, rstd] = lowerLayerNorm(
        b, loc, name, h, op.getOuts()[0], axis, epsilon,
        {op.getScale(), op.getBias()}, op.hasStatistics(), split);
    y = normalized;
    statistics = {{mean, "mean"}, {rstd, "rstd"}};
  } else {
    auto [normalized, rstd] = lowerRMSNorm(
        b, loc, name, h, op.getOuts()[0], axis, epsilon,
        {op.getScale(), Value(), op.getOffset().convertToDouble()}, split);
    y = normalized;
    statistics = {{rstd, "rstd"}};
  }
  SmallVector<Value> results = {y, h};
  if (op.hasStatistics())
    for (auto [init, statistic] :
         llvm::zip(op.getOuts().drop_front(2), statistics))
      results.push_back(storeRowStatistic(
          b, loc, statistic.first, init, axis,
          (name + ": " + statistic.second + " does not match the input")
              .str()));
  return results;
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeAddLayerNorm(OpBuilder &b, AddLayerNormOp op,
                                  const RowSplit &split) {
  return decomposeAddNorm(b, op, split);
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeAddRMSNorm(OpBuilder &b, AddRMSNormOp op,
                                const RowSplit &split) {
  return decomposeAddNorm(b, op, split);
}

/// The add_layer_norm that DeepNorm denotes, with h in a fresh tensor of the
/// input's type (as its canonicalization builds it).
FailureOr<SmallVector<Value>>
mlir::norm::decomposeDeepNorm(OpBuilder &b, DeepNormOp op,
                              const RowSplit &split) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  int64_t axis = op.getNormalizedAxis();
  Value hInit = createEmptyLike(b, loc, op.getInput());
  Value h = computeResidualSum(b, loc, name, op.getInput(), op.getResidual(),
                               /*addBias=*/Value(), hInit, axis,
                               op.getEffectiveAlpha());
  Value y = std::get<0>(lowerLayerNorm(
      b, loc, name, h, op.getOuts()[0], axis, op.getEpsilon().convertToDouble(),
      {op.getScale(), op.getBias()}, /*wantMean=*/false, split));
  return SmallVector<Value>{y};
}

/// The unfused form: n = Norm(input) into a fresh tensor of the input's
/// type, then the fused residual op's decomposition of n and the residual.
FailureOr<SmallVector<Value>>
mlir::norm::decomposeSandwichNorm(OpBuilder &b, SandwichNormOp op,
                                  const RowSplit &split) {
  if (!op.hasPureTensorSemantics())
    return failure();
  Location loc = op.getLoc();
  StringRef name = op->getName().getStringRef();
  Value input = op.getInput();
  int64_t axis = op.getNormalizedAxis();
  double offset = op.getOffset().convertToDouble();
  bool layerNorm = op.getKind() == NormKind::LayerNorm;
  auto norm = [&](Value x, Value init, double epsilon, Value scale,
                  Value bias) {
    if (layerNorm)
      return std::get<0>(lowerLayerNorm(b, loc, name, x, init, axis, epsilon,
                                        {scale, bias}, /*wantMean=*/false,
                                        split));
    return lowerRMSNorm(b, loc, name, x, init, axis, epsilon,
                        {scale, Value(), offset}, split)
        .first;
  };
  Value n = norm(input, createEmptyLike(b, loc, input),
                 op.getInnerEpsilon().convertToDouble(), op.getInnerScale(),
                 op.getInnerBias());
  Value h = computeResidualSum(b, loc, name, n, op.getResidual(),
                               /*addBias=*/Value(), op.getOuts()[1], axis,
                               /*alpha=*/1.0);
  Value y = norm(h, op.getOuts()[0], op.getEpsilon().convertToDouble(),
                 op.getScale(), op.getBias());
  return SmallVector<Value>{y, h};
}

//===----------------------------------------------------------------------===//
// Whole rows
//===----------------------------------------------------------------------===//

FailureOr<SmallVector<Value>> mlir::norm::decomposeLayerNorm(OpBuilder &b,
                                                             LayerNormOp op) {
  return decomposeLayerNorm(b, op, RowSplit());
}

FailureOr<SmallVector<Value>> mlir::norm::decomposeRMSNorm(OpBuilder &b,
                                                           RMSNormOp op) {
  return decomposeRMSNorm(b, op, RowSplit());
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeAddLayerNorm(OpBuilder &b, AddLayerNormOp op) {
  return decomposeAddLayerNorm(b, op, RowSplit());
}

FailureOr<SmallVector<Value>> mlir::norm::decomposeAddRMSNorm(OpBuilder &b,
                                                              AddRMSNormOp op) {
  return decomposeAddRMSNorm(b, op, RowSplit());
}

FailureOr<SmallVector<Value>> mlir::norm::decomposeDeepNorm(OpBuilder &b,
                                                            DeepNormOp op) {
  return decomposeDeepNorm(b, op, RowSplit());
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeSandwichNorm(OpBuilder &b, SandwichNormOp op) {
  return decomposeSandwichNorm(b, op, RowSplit());
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeNormOp(OpBuilder &b, Operation *op,
                            const RowSplit &split) {
  if (split.isSplit())
    return TypeSwitch<Operation *, FailureOr<SmallVector<Value>>>(op)
        .Case([&](LayerNormOp op) { return decomposeLayerNorm(b, op, split); })
        .Case([&](RMSNormOp op) { return decomposeRMSNorm(b, op, split); })
        .Case([&](DeepNormOp op) { return decomposeDeepNorm(b, op, split); })
        .Case([&](AddLayerNormOp op) {
          return decomposeAddLayerNorm(b, op, split);
        })
        .Case(
            [&](AddRMSNormOp op) { return decomposeAddRMSNorm(b, op, split); })
        .Case([&](SandwichNormOp op) {
          return decomposeSandwichNorm(b, op, split);
        })
        .Default([](Operation *) { return failure(); });
  return TypeSwitch<Operation *, FailureOr<SmallVector<Value>>>(op)
      .Case([&](LayerNormOp op) { return decomposeLayerNorm(b, op); })
      .Case([&](LayerNormGradOp op) { return decomposeLayerNormGrad(b, op); })
      .Case([&](RMSNormGradOp op) { return decomposeRMSNormGrad(b, op); })
      .Case([&](AddLayerNormGradOp op) {
        return decomposeAddLayerNormGrad(b, op);
      })
      .Case([&](AddRMSNormGradOp op) { return decomposeAddRMSNormGrad(b, op); })
      .Case([&](BatchNormGradOp op) { return decomposeBatchNormGrad(b, op); })
      .Case([&](RMSNormOp op) { return decomposeRMSNorm(b, op); })
      .Case([&](BatchNormOp op) { return decomposeBatchNorm(b, op); })
      .Case([&](DeepNormOp op) { return decomposeDeepNorm(b, op); })
      .Case([&](AddLayerNormOp op) { return decomposeAddLayerNorm(b, op); })
      .Case([&](AddRMSNormOp op) { return decomposeAddRMSNorm(b, op); })
      .Case([&](SandwichNormOp op) { return decomposeSandwichNorm(b, op); })
      .Default([](Operation *) { return failure(); });
}
