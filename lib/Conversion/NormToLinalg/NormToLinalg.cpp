//===- NormToLinalg.cpp - Decompose norm ops into linalg ------------------===//
//
// The portable reference lowering of the norm dialect: reductions and
// element-wise maps as linalg.generic on tensors.
//
// Statistics use a shifted, corrected two-pass scheme. The first pass sums
// x - K, where K is the first element of the reduced group, giving an
// approximate mean; the second pass sums d = x - mean and d^2, and the mean
// and variance are corrected with sum(d) (Chan, Golub and LeVeque). Inputs
// with a large common offset (1e4 + N(0, 1)) therefore keep their precision,
// where E[x^2] - E[x]^2 in f32 would cancel catastrophically.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToLinalg/NormToLinalg.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/DialectConversion.h"
#include "norm/Conversion/Passes.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"

namespace mlir::norm {
#define GEN_PASS_DEF_CONVERTNORMTOLINALG
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

/// Converts a float scalar to another float type (extf, truncf, or both
/// through f32 between the two 16-bit types).
static Value convertFloat(OpBuilder &b, Location loc, Value value, Type to) {
  Type from = value.getType();
  if (from == to)
    return value;
  unsigned fromWidth = from.getIntOrFloatBitWidth();
  unsigned toWidth = to.getIntOrFloatBitWidth();
  if (fromWidth == toWidth) {
    value = arith::ExtFOp::create(b, loc, b.getF32Type(), value);
    return arith::TruncFOp::create(b, loc, to, value);
  }
  if (fromWidth < toWidth)
    return arith::ExtFOp::create(b, loc, to, value);
  return arith::TruncFOp::create(b, loc, to, value);
}

static Value floatConstant(OpBuilder &b, Location loc, Type type,
                           double value) {
  return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
}

using GenericBody =
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)>;

/// Creates a linalg.generic whose body is produced by `body`; returns its
/// results.
static SmallVector<Value> buildGeneric(OpBuilder &b, Location loc,
                                       ValueRange inputs, ValueRange inits,
                                       ArrayRef<AffineMap> maps,
                                       ArrayRef<utils::IteratorType> iterators,
                                       GenericBody body) {
  SmallVector<Type> resultTypes = llvm::to_vector(inits.getTypes());
  auto generic = linalg::GenericOp::create(
      b, loc, resultTypes, inputs, inits, maps, iterators,
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        linalg::YieldOp::create(nested, nestedLoc,
                                body(nested, nestedLoc, args));
      });
  return SmallVector<Value>(generic.getResults());
}

/// A tensor of `sizes` in `type` filled with `value`.
static Value createFilled(OpBuilder &b, Location loc,
                          ArrayRef<OpFoldResult> sizes, Type type,
                          double value) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, type);
  Value fill = floatConstant(b, loc, type, value);
  return linalg::FillOp::create(b, loc, ValueRange{fill}, ValueRange{empty})
      .getResult(0);
}

/// Product of `value`'s sizes at `dims`, as an index. Emits a run-time check
/// that it is not zero when it is not static.
static Value countElements(OpBuilder &b, Location loc, Value value,
                           ArrayRef<int64_t> dims, StringRef opName) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t staticCount = 1;
  Value count;
  for (int64_t dim : dims) {
    if (!type.isDynamicDim(dim)) {
      staticCount *= type.getDimSize(dim);
      continue;
    }
    Value size = tensor::DimOp::create(b, loc, value, dim);
    count = count ? arith::MulIOp::create(b, loc, count, size) : size;
  }
  Value staticValue = arith::ConstantIndexOp::create(b, loc, staticCount);
  if (!count)
    return staticValue;
  count = arith::MulIOp::create(b, loc, count, staticValue);
  Value zero = arith::ConstantIndexOp::create(b, loc, 0);
  Value nonEmpty =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, count, zero);
  cf::AssertOp::create(
      b, loc, nonEmpty,
      (opName + ": the reduced size N is 0 at run time").str());
  return count;
}

/// Converts an index count to the float type statistics are computed in.
static Value indexToFloat(OpBuilder &b, Location loc, Value count, Type type) {
  Value asInt = arith::IndexCastOp::create(b, loc, b.getI64Type(), count);
  return arith::UIToFPOp::create(b, loc, type, asInt);
}

static SmallVector<int64_t> dimRange(int64_t begin, int64_t end) {
  return llvm::to_vector(llvm::seq<int64_t>(begin, end));
}

/// The statistics type: f64 for f64 data, f32 otherwise.
static Type getComputeType(Value input) {
  Type elementType = cast<RankedTensorType>(input.getType()).getElementType();
  if (elementType.isF64())
    return elementType;
  return Float32Type::get(input.getContext());
}

static Type getElementType(Value value) {
  return cast<ShapedType>(value.getType()).getElementType();
}

namespace {

/// How one statistic is reduced: the iteration space is the input's dims,
/// and each statistic element gathers the input elements that `statMap`
/// sends to it.
struct ReductionLayout {
  SmallVector<utils::IteratorType> iterators;
  /// Input dims -> statistic dims.
  AffineMap statMap;
  /// Input dims -> the input element used as the shift K of its group.
  AffineMap shiftMap;
  /// Statistic dims -> the same element K.
  AffineMap statShiftMap;
  /// Sizes of the statistic tensor.
  SmallVector<OpFoldResult> statSizes;
  /// Elements per group, in the compute type.
  Value count;
};

/// The layout of a row-wise norm over dims [axis, rank).
ReductionLayout getRowLayout(OpBuilder &b, Location loc, Value input,
                             int64_t axis, StringRef opName) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  MLIRContext *ctx = b.getContext();
  ReductionLayout layout;
  layout.iterators.assign(axis, utils::IteratorType::parallel);
  layout.iterators.append(rank - axis, utils::IteratorType::reduction);
  SmallVector<AffineExpr> rowExprs, shiftExprs, statShiftExprs;
  for (int64_t dim = 0; dim < axis; ++dim) {
    rowExprs.push_back(getAffineDimExpr(dim, ctx));
    statShiftExprs.push_back(getAffineDimExpr(dim, ctx));
  }
  shiftExprs = rowExprs;
  shiftExprs.append(rank - axis, getAffineConstantExpr(0, ctx));
  statShiftExprs.append(rank - axis, getAffineConstantExpr(0, ctx));
  layout.statMap = AffineMap::get(rank, 0, rowExprs, ctx);
  layout.shiftMap = AffineMap::get(rank, 0, shiftExprs, ctx);
  layout.statShiftMap = AffineMap::get(axis, 0, statShiftExprs, ctx);
  layout.statSizes = llvm::to_vector(
      ArrayRef(tensor::getMixedSizes(b, loc, input)).take_front(axis));
  Value count = countElements(b, loc, input, dimRange(axis, rank), opName);
  layout.count = indexToFloat(b, loc, count, getComputeType(input));
  return layout;
}

/// The layout of a batch norm over every dim except `channelAxis`.
ReductionLayout getChannelLayout(OpBuilder &b, Location loc, Value input,
                                 int64_t channelAxis, StringRef opName) {
  auto type = cast<RankedTensorType>(input.getType());
  int64_t rank = type.getRank();
  MLIRContext *ctx = b.getContext();
  ReductionLayout layout;
  layout.iterators.assign(rank, utils::IteratorType::reduction);
  layout.iterators[channelAxis] = utils::IteratorType::parallel;
  AffineExpr zero = getAffineConstantExpr(0, ctx);
  SmallVector<AffineExpr> shiftExprs(rank, zero), statShiftExprs(rank, zero);
  shiftExprs[channelAxis] = getAffineDimExpr(channelAxis, ctx);
  statShiftExprs[channelAxis] = getAffineDimExpr(0, ctx);
  layout.statMap =
      AffineMap::get(rank, 0, getAffineDimExpr(channelAxis, ctx), ctx);
  layout.shiftMap = AffineMap::get(rank, 0, shiftExprs, ctx);
  layout.statShiftMap = AffineMap::get(1, 0, statShiftExprs, ctx);
  layout.statSizes = {tensor::getMixedSizes(b, loc, input)[channelAxis]};
  SmallVector<int64_t> reduced = dimRange(0, rank);
  reduced.erase(reduced.begin() + channelAxis);
  Value count = countElements(b, loc, input, reduced, opName);
  layout.count = indexToFloat(b, loc, count, getComputeType(input));
  return layout;
}

/// The moments of each group of `layout`. The mean is kept relative to the
/// group's shift K: `x - mean` is then computed as `(x - K) - meanOffset`
/// from small, exactly representable differences, instead of subtracting a
/// rounded large mean.
struct Moments {
  Value meanOffset;
  Value variance;
};

/// Mean (relative to K) and biased variance of each group of `layout`, in
/// the compute type.
Moments computeMoments(OpBuilder &b, Location loc, Value input,
                       const ReductionLayout &layout) {
  Type computeType = getComputeType(input);
  auto inputType = cast<RankedTensorType>(input.getType());
  unsigned statRank = layout.statMap.getNumResults();
  MLIRContext *ctx = b.getContext();
  AffineMap identity =
      AffineMap::getMultiDimIdentityMap(inputType.getRank(), ctx);
  AffineMap statIdentity = AffineMap::getMultiDimIdentityMap(statRank, ctx);
  SmallVector<utils::IteratorType> statParallel(statRank,
                                                utils::IteratorType::parallel);
  Value count = layout.count;
  auto shifted = [&](OpBuilder &nb, Location nl, Value x, Value k) {
    return arith::SubFOp::create(nb, nl, convertFloat(nb, nl, x, computeType),
                                 convertFloat(nb, nl, k, computeType));
  };

  // Pass 1: offset0 = sum(x - K) / N.
  Value zeros = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  Value shiftedSum =
      buildGeneric(b, loc, {input, input}, {zeros},
                   {identity, layout.shiftMap, layout.statMap},
                   layout.iterators,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     Value d = shifted(nb, nl, args[0], args[1]);
                     return SmallVector<Value>{
                         arith::AddFOp::create(nb, nl, args[2], d)};
                   })
          .front();
  Value empty = tensor::EmptyOp::create(b, loc, layout.statSizes, computeType);
  Value offset0 =
      buildGeneric(b, loc, {shiftedSum}, {empty}, {statIdentity, statIdentity},
                   statParallel,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     return SmallVector<Value>{
                         arith::DivFOp::create(nb, nl, args[0], count)};
                   })
          .front();

  // Pass 2: sum(d) and sum(d^2) with d = (x - K) - offset0.
  Value zeros1 = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  Value zeros2 = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  SmallVector<Value> sums = buildGeneric(
      b, loc, {input, input, offset0}, {zeros1, zeros2},
      {identity, layout.shiftMap, layout.statMap, layout.statMap,
       layout.statMap},
      layout.iterators, [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value d = arith::SubFOp::create(
            nb, nl, shifted(nb, nl, args[0], args[1]), args[2]);
        Value dd = arith::MulFOp::create(nb, nl, d, d);
        return SmallVector<Value>{arith::AddFOp::create(nb, nl, args[3], d),
                                  arith::AddFOp::create(nb, nl, args[4], dd)};
      });

  // offset = offset0 + sum(d) / N; var = sum(d^2) / N - (sum(d) / N)^2.
  Value offsetInit =
      tensor::EmptyOp::create(b, loc, layout.statSizes, computeType);
  Value varInit =
      tensor::EmptyOp::create(b, loc, layout.statSizes, computeType);
  SmallVector<Value> moments = buildGeneric(
      b, loc, {offset0, sums[0], sums[1]}, {offsetInit, varInit},
      SmallVector<AffineMap>(5, statIdentity), statParallel,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value correction = arith::DivFOp::create(nb, nl, args[1], count);
        Value offset = arith::AddFOp::create(nb, nl, args[0], correction);
        Value meanSquare = arith::DivFOp::create(nb, nl, args[2], count);
        Value square = arith::MulFOp::create(nb, nl, correction, correction);
        Value var = arith::SubFOp::create(nb, nl, meanSquare, square);
        Value zero = floatConstant(nb, nl, computeType, 0.0);
        // Rounding can leave a tiny negative value; NaN must survive.
        Value clamped = arith::MaximumFOp::create(nb, nl, var, zero);
        return SmallVector<Value>{offset, clamped};
      });
  return {moments[0], moments[1]};
}

/// The absolute mean K + meanOffset of each group.
Value materializeMean(OpBuilder &b, Location loc, Value input,
                      const ReductionLayout &layout, Value meanOffset) {
  Type computeType = getComputeType(input);
  unsigned statRank = layout.statMap.getNumResults();
  AffineMap statIdentity =
      AffineMap::getMultiDimIdentityMap(statRank, b.getContext());
  Value init = createEmptyLike(b, loc, meanOffset);
  return buildGeneric(b, loc, {input, meanOffset}, {init},
                      {layout.statShiftMap, statIdentity, statIdentity},
                      SmallVector<utils::IteratorType>(
                          statRank, utils::IteratorType::parallel),
                      [&](OpBuilder &nb, Location nl, ValueRange args) {
                        Value k = convertFloat(nb, nl, args[0], computeType);
                        return SmallVector<Value>{
                            arith::AddFOp::create(nb, nl, k, args[1])};
                      })
      .front();
}

/// rsqrt(value + epsilon), element-wise on a statistic tensor.
Value computeRstd(OpBuilder &b, Location loc, Value value, double epsilon) {
  auto type = cast<RankedTensorType>(value.getType());
  Type computeType = type.getElementType();
  AffineMap identity =
      AffineMap::getMultiDimIdentityMap(type.getRank(), b.getContext());
  SmallVector<utils::IteratorType> parallel(type.getRank(),
                                            utils::IteratorType::parallel);
  Value init = createEmptyLike(b, loc, value);
  return buildGeneric(b, loc, {value}, {init}, {identity, identity}, parallel,
                      [&](OpBuilder &nb, Location nl, ValueRange args) {
                        Value eps = floatConstant(nb, nl, computeType, epsilon);
                        Value sum = arith::AddFOp::create(nb, nl, args[0], eps);
                        return SmallVector<Value>{
                            math::RsqrtOp::create(nb, nl, sum)};
                      })
      .front();
}

/// Writes a per-row statistic (leading dims) into an init of shape
/// (leading dims, 1, ..., 1) and type `init`'s element type.
Value storeRowStatistic(OpBuilder &b, Location loc, Value stat, Value init,
                        int64_t axis, StringRef what) {
  // The rows of the statistic come from the input; the destination's must
  // be the same (fewer would be written out of bounds).
  emitSameSizesCheck(b, loc, stat, dimRange(0, axis), init, dimRange(0, axis),
                     what);
  auto initType = cast<RankedTensorType>(init.getType());
  int64_t rank = initType.getRank();
  for (int64_t dim = axis; dim < rank; ++dim) {
    if (!initType.isDynamicDim(dim))
      continue; // the verifier requires 1
    Value isOne =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                              tensor::DimOp::create(b, loc, init, dim),
                              arith::ConstantIndexOp::create(b, loc, 1));
    cf::AssertOp::create(
        b, loc, isOne,
        (what + " at run time (dimension " + Twine(dim) + " is not 1)").str());
  }
  MLIRContext *ctx = b.getContext();
  SmallVector<AffineExpr> rowExprs;
  for (int64_t dim = 0; dim < axis; ++dim)
    rowExprs.push_back(getAffineDimExpr(dim, ctx));
  AffineMap rowMap = AffineMap::get(rank, 0, rowExprs, ctx);
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
  SmallVector<utils::IteratorType> parallel(rank,
                                            utils::IteratorType::parallel);
  Type elementType = initType.getElementType();
  return buildGeneric(b, loc, {stat}, {init}, {rowMap, identity}, parallel,
                      [&](OpBuilder &nb, Location nl, ValueRange args) {
                        return SmallVector<Value>{
                            convertFloat(nb, nl, args[0], elementType)};
                      })
      .front();
}

/// Parameters of the final element-wise map of a row-wise norm.
struct RowNormParams {
  Value scale;
  Value bias;
  double offset = 0.0;
};

/// y = (x - mean) * rstd * (scale + offset) + bias over the full input. The
/// centering is optional (RMSNorm has none); when present, x - mean is
/// computed as (x - K) - meanOffset with K read through `layout.shiftMap`.
Value applyRowNorm(OpBuilder &b, Location loc, Value input, Value init,
                   int64_t axis, const ReductionLayout &layout,
                   Value meanOffset, Value rstd, const RowNormParams &params) {
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
  int shiftIdx = meanOffset ? addInput(input, layout.shiftMap) : -1;
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

/// Checks the normalized dims of `param` against the input at run time.
void assertParamShape(OpBuilder &b, Location loc, Value input, Value param,
                      int64_t axis, StringRef what) {
  if (!param)
    return;
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  emitSameSizesCheck(b, loc, input, dimRange(axis, rank), param,
                     dimRange(0, rank - axis), what);
}

void assertFullShape(OpBuilder &b, Location loc, Value input, Value other,
                     StringRef what) {
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  emitSameSizesCheck(b, loc, input, dimRange(0, rank), other, dimRange(0, rank),
                     what);
}

/// Emits LayerNorm of `input` into `init`; returns {y, mean, rstd}.
std::tuple<Value, Value, Value>
lowerLayerNorm(OpBuilder &b, Location loc, StringRef opName, Value input,
               Value init, int64_t axis, double epsilon,
               const RowNormParams &params, bool wantMean = false) {
  assertFullShape(b, loc, input, init,
                  (opName + ": y does not match the input").str());
  assertParamShape(
      b, loc, input, params.scale, axis,
      (opName + ": scale does not match the normalized shape").str());
  assertParamShape(
      b, loc, input, params.bias, axis,
      (opName + ": bias does not match the normalized shape").str());
  ReductionLayout layout = getRowLayout(b, loc, input, axis, opName);
  Moments moments = computeMoments(b, loc, input, layout);
  Value rstd = computeRstd(b, loc, moments.variance, epsilon);
  Value y = applyRowNorm(b, loc, input, init, axis, layout, moments.meanOffset,
                         rstd, params);
  Value mean = wantMean
                   ? materializeMean(b, loc, input, layout, moments.meanOffset)
                   : Value();
  return {y, mean, rstd};
}

/// Emits RMSNorm of `input` into `init`; returns {y, rstd}.
std::pair<Value, Value> lowerRMSNorm(OpBuilder &b, Location loc,
                                     StringRef opName, Value input, Value init,
                                     int64_t axis, double epsilon,
                                     const RowNormParams &params) {
  assertFullShape(b, loc, input, init,
                  (opName + ": y does not match the input").str());
  assertParamShape(
      b, loc, input, params.scale, axis,
      (opName + ": scale does not match the normalized shape").str());
  ReductionLayout layout = getRowLayout(b, loc, input, axis, opName);
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

/// h = alpha * residual + input (+ addBias), rounded to `hInit`'s type.
Value computeResidualSum(OpBuilder &b, Location loc, StringRef opName,
                         Value input, Value residual, Value addBias,
                         Value hInit, int64_t axis, double alpha) {
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
// Patterns
//===----------------------------------------------------------------------===//

struct LayerNormLowering : OpRewritePattern<LayerNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(LayerNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    Location loc = op.getLoc();
    int64_t axis = op.getNormalizedAxis();
    auto [y, mean, rstd] = lowerLayerNorm(
        rewriter, loc, op->getName().getStringRef(), op.getInput(),
        op.getOuts()[0], axis, op.getEpsilon().convertToDouble(),
        {op.getScale(), op.getBias()}, op.hasStatistics());
    SmallVector<Value> results = {y};
    if (op.hasStatistics()) {
      results.push_back(storeRowStatistic(
          rewriter, loc, mean, op.getOuts()[1], axis,
          (op->getName().getStringRef() + ": mean does not match the input")
              .str()));
      results.push_back(storeRowStatistic(
          rewriter, loc, rstd, op.getOuts()[2], axis,
          (op->getName().getStringRef() + ": rstd does not match the input")
              .str()));
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};

struct RMSNormLowering : OpRewritePattern<RMSNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(RMSNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    Location loc = op.getLoc();
    int64_t axis = op.getNormalizedAxis();
    RowNormParams params{op.getScale(), Value(),
                         op.getOffset().convertToDouble()};
    auto [y, rstd] = lowerRMSNorm(rewriter, loc, op->getName().getStringRef(),
                                  op.getInput(), op.getOuts()[0], axis,
                                  op.getEpsilon().convertToDouble(), params);
    SmallVector<Value> results = {y};
    if (op.hasStatistics())
      results.push_back(storeRowStatistic(
          rewriter, loc, rstd, op.getOuts()[1], axis,
          (op->getName().getStringRef() + ": rstd does not match the input")
              .str()));
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// The fused residual ops: h = alpha * r + x (+ bias) into the h
/// destination, then the norm of the stored h into the y destination.
template <typename OpTy> struct AddNormLowering : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    Location loc = op.getLoc();
    StringRef name = op->getName().getStringRef();
    int64_t axis = op.getNormalizedAxis();
    double epsilon = op.getEpsilon().convertToDouble();
    Value h = computeResidualSum(
        rewriter, loc, name, op.getInput(), op.getResidual(), op.getAddBias(),
        op.getOuts()[1], axis, op.getAlpha().convertToDouble());
    Value y;
    if constexpr (std::is_same_v<OpTy, AddLayerNormOp>)
      y = std::get<0>(lowerLayerNorm(rewriter, loc, name, h, op.getOuts()[0],
                                     axis, epsilon,
                                     {op.getScale(), op.getBias()}));
    else
      y = lowerRMSNorm(
              rewriter, loc, name, h, op.getOuts()[0], axis, epsilon,
              {op.getScale(), Value(), op.getOffset().convertToDouble()})
              .first;
    rewriter.replaceOp(op, {y, h});
    return success();
  }
};

/// Sandwich-LN is lowered as its unfused form: the input's norm, then the
/// fused residual op.
struct SandwichNormLowering : OpRewritePattern<SandwichNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(SandwichNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    // The checks under this op's name first (the ops it expands into repeat
    // them under theirs).
    Location loc = op.getLoc();
    Twine name = op->getName().getStringRef();
    Value input = op.getInput();
    int64_t axis = op.getNormalizedAxis();
    for (auto [value, what] :
         {std::pair<Value, StringRef>{op.getResidual(), "residual"},
          {op.getOuts()[0], "y"},
          {op.getOuts()[1], "h"}})
      assertFullShape(rewriter, loc, input, value,
                      (name + ": " + what + " does not match the input").str());
    for (auto [param, what] :
         {std::pair<Value, StringRef>{op.getInnerScale(), "inner_scale"},
          {op.getInnerBias(), "inner_bias"},
          {op.getScale(), "scale"},
          {op.getBias(), "bias"}})
      assertParamShape(
          rewriter, loc, input, param, axis,
          (name + ": " + what + " does not match the normalized shape").str());
    expandSandwichNorm(rewriter, op);
    return success();
  }
};

struct BatchNormLowering : OpRewritePattern<BatchNormOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(BatchNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    Location loc = op.getLoc();
    StringRef name = op->getName().getStringRef();
    Value input = op.getInput();
    int64_t channelAxis = op.getNormalizedChannelAxis();
    auto type = cast<RankedTensorType>(input.getType());
    int64_t rank = type.getRank();
    MLIRContext *ctx = rewriter.getContext();
    Type computeType = getComputeType(input);
    double epsilon = op.getEpsilon().convertToDouble();

    assertFullShape(rewriter, loc, input, op.getOuts()[0],
                    (name + ": y does not match the input").str());
    for (auto [param, what] :
         {std::pair<Value, StringRef>{op.getScale(), "scale"},
          {op.getBias(), "bias"},
          {op.getRunningMean(), "running_mean"},
          {op.getRunningVar(), "running_var"}}) {
      if (param)
        emitSameSizesCheck(
            rewriter, loc, input, {channelAxis}, param, {0},
            (name + ": " + what + " does not match the channel size").str());
    }

    // In training form, mean is relative to the channel's shift K.
    Value mean = op.getRunningMean();
    Value var = op.getRunningVar();
    ReductionLayout layout;
    if (op.getTraining()) {
      layout = getChannelLayout(rewriter, loc, input, channelAxis, name);
      Moments moments = computeMoments(rewriter, loc, input, layout);
      mean = moments.meanOffset;
      var = moments.variance;
    }
    // Running statistics may be stored in any float type: bring them to the
    // compute type first.
    auto toCompute = [&](Value stat) {
      Value init = createEmptyLike(rewriter, loc, stat, computeType);
      AffineMap id = AffineMap::getMultiDimIdentityMap(1, ctx);
      return buildGeneric(rewriter, loc, {stat}, {init}, {id, id},
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
    Value rstd = computeRstd(rewriter, loc, var, epsilon);

    // y = (x - mean[c]) * rstd[c] * scale[c] + bias[c].
    AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap channelMap =
        AffineMap::get(rank, 0, getAffineDimExpr(channelAxis, ctx), ctx);
    bool shifted = op.getTraining();
    SmallVector<Value> inputs = {input, mean, rstd};
    SmallVector<AffineMap> maps = {identity, channelMap, channelMap};
    if (shifted) {
      inputs.push_back(input);
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
            rewriter, loc, inputs, {op.getOuts()[0]}, maps,
            SmallVector<utils::IteratorType>(rank,
                                             utils::IteratorType::parallel),
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
    if (!op.getTraining()) {
      rewriter.replaceOp(op, y);
      return success();
    }

    // Batch statistics and the running-statistic updates (ONNX convention).
    double momentum = op.getMomentum().convertToDouble();
    AffineMap id1 = AffineMap::getMultiDimIdentityMap(1, ctx);
    SmallVector<utils::IteratorType> parallel1 = {
        utils::IteratorType::parallel};
    auto store = [&](Value stat, Value init) -> Value {
      Type elementType = getElementType(init);
      // A copy of the same type would fold away (an identity generic), and
      // the result would be a new tensor instead of the destination the op
      // writes: a caller's writable statistics output would not be written
      // in place.
      if (getElementType(stat) == elementType)
        return bufferization::MaterializeInDestinationOp::create(rewriter, loc,
                                                                 stat, init)
            .getResult();
      return buildGeneric(rewriter, loc, {stat}, {init}, {id1, id1}, parallel1,
                          [&](OpBuilder &nb, Location nl, ValueRange args) {
                            return SmallVector<Value>{
                                convertFloat(nb, nl, args[0], elementType)};
                          })
          .front();
    };
    auto update = [&](Value running, Value batch, Value init) {
      Type elementType = getElementType(init);
      return buildGeneric(
                 rewriter, loc, {running, batch}, {init}, {id1, id1, id1},
                 parallel1,
                 [&](OpBuilder &nb, Location nl, ValueRange args) {
                   Value r = convertFloat(nb, nl, args[0], computeType);
                   Value m = floatConstant(nb, nl, computeType, momentum);
                   Value oneMinus =
                       floatConstant(nb, nl, computeType, 1.0 - momentum);
                   Value kept = arith::MulFOp::create(nb, nl, r, m);
                   Value fresh =
                       arith::MulFOp::create(nb, nl, args[1], oneMinus);
                   Value sum = arith::AddFOp::create(nb, nl, kept, fresh);
                   return SmallVector<Value>{
                       convertFloat(nb, nl, sum, elementType)};
                 })
          .front();
    };
    ValueRange outs = op.getOuts();
    for (auto [stat, what] :
         {std::pair<Value, StringRef>{outs[1], "batch_mean"},
          {outs[2], "batch_var"},
          {outs[3], "new running_mean"},
          {outs[4], "new running_var"}})
      emitSameSizesCheck(
          rewriter, loc, input, {channelAxis}, stat, {0},
          (name + ": " + what + " does not match the channel size").str());
    mean = materializeMean(rewriter, loc, input, layout, mean);
    rewriter.replaceOp(op, {y, store(mean, outs[1]), store(var, outs[2]),
                            update(op.getRunningMean(), mean, outs[3]),
                            update(op.getRunningVar(), var, outs[4])});
    return success();
  }
};

/// A norm op on memrefs (after bufferization) becomes the same op on
/// tensors: its inputs read through `bufferization.to_tensor`, each result
/// stored into its destination with `bufferization.materialize_in_destination`.
/// The tensor op is then lowered like any other, and bufferization maps the
/// tensors back onto the memrefs, strided ones included.
struct BufferNormToTensorNorm
    : OpInterfaceRewritePattern<DestinationStyleOpInterface> {
  using OpInterfaceRewritePattern::OpInterfaceRewritePattern;

  LogicalResult matchAndRewrite(DestinationStyleOpInterface op,
                                PatternRewriter &rewriter) const override {
    if (!isa<NormDialect>(op->getDialect()) || !op.hasPureBufferSemantics())
      return rewriter.notifyMatchFailure(op, "not a norm op on memrefs");
    Location loc = op.getLoc();
    SmallVector<Value> operands;
    for (OpOperand &operand : op->getOpOperands()) {
      auto memref = cast<MemRefType>(operand.get().getType());
      auto tensorType =
          RankedTensorType::get(memref.getShape(), memref.getElementType());
      UnitAttr unit = rewriter.getUnitAttr();
      operands.push_back(bufferization::ToTensorOp::create(
          rewriter, loc, tensorType, operand.get(), /*restrict=*/unit,
          /*writable=*/op.isDpsInit(&operand) ? unit : UnitAttr()));
    }
    OperationState state(loc, op->getName());
    state.addOperands(operands);
    state.propertiesAttr = op->getPropertiesAsAttribute();
    state.addAttributes(llvm::to_vector(op->getDiscardableAttrs()));
    for (Value init : ValueRange(operands).take_back(op.getNumDpsInits()))
      state.addTypes(init.getType());
    Operation *tensorOp = rewriter.create(state);
    for (auto [result, init] :
         llvm::zip(tensorOp->getResults(), op.getDpsInits())) {
      auto store = bufferization::MaterializeInDestinationOp::create(
          rewriter, loc, result, init);
      store.setRestrict(true);
      store.setWritable(true);
    }
    rewriter.eraseOp(op);
    return success();
  }
};

struct ConvertNormToLinalgPass
    : norm::impl::ConvertNormToLinalgBase<ConvertNormToLinalgPass> {
  using Base::Base;
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    ConversionTarget target(*ctx);
    target.addIllegalDialect<NormDialect>();
    if (keepRowNorms || keepBatchNorms)
      target.addDynamicallyLegalDialect<NormDialect>([this](Operation *op) {
        KernelFamily family = getKernelFamily(op);
        return (keepRowNorms && family == KernelFamily::RowNorm) ||
               (keepBatchNorms && family == KernelFamily::BatchNorm);
      });
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(ctx);
    populateNormToLinalgPatterns(patterns);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::norm::populateNormToLinalgPatterns(RewritePatternSet &patterns) {
  patterns.add<LayerNormLowering, RMSNormLowering,
               AddNormLowering<AddLayerNormOp>, AddNormLowering<AddRMSNormOp>,
               SandwichNormLowering, BatchNormLowering, BufferNormToTensorNorm>(
      patterns.getContext());
  // DeepNorm is the norm.add_layer_norm it denotes (its canonicalization).
  DeepNormOp::getCanonicalizationPatterns(patterns, patterns.getContext());
  // Sublayers are expanded first; the norm ops they produce are lowered by
  // the patterns above.
  populateExpandSublayerPatterns(patterns);
}
