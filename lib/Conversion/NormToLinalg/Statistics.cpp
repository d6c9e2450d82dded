//===- Statistics.cpp - Reductions of the linalg lowering
//------------------===//
//
// The building blocks of the linalg reference lowering: float conversions,
// linalg.generic construction, the reduction layouts of row-wise and
// per-channel norms, and the moments computed over them.
//
// Statistics use a shifted, corrected two-pass scheme. The first pass sums
// x - K, where K is the first element of the reduced group, giving an
// approximate mean; the second pass sums d = x - mean and d^2, and the mean
// and variance are corrected with sum(d) (Chan, Golub and LeVeque). Inputs
// with a large common offset (1e4 + N(0, 1)) therefore keep their precision,
// where E[x^2] - E[x]^2 in f32 would cancel catastrophically.
//
//===----------------------------------------------------------------------===//

#include "LinalgBuilders.h"

#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

//===----------------------------------------------------------------------===//

/// Converts a float scalar to another float type (extf, truncf, or both
/// through f32 between the two 16-bit types).
Value mlir::norm::detail::convertFloat(OpBuilder &b, Location loc, Value value,
                                       Type to) {
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

Value mlir::norm::detail::floatConstant(OpBuilder &b, Location loc, Type type,
                                        double value) {
  return arith::ConstantOp::create(b, loc, b.getFloatAttr(type, value));
}

/// Creates a linalg.generic whose body is produced by `body`; returns its
/// results.
SmallVector<Value>
mlir::norm::detail::buildGeneric(OpBuilder &b, Location loc, ValueRange inputs,
                                 ValueRange inits, ArrayRef<AffineMap> maps,
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
Value mlir::norm::detail::createFilled(OpBuilder &b, Location loc,
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

SmallVector<int64_t> mlir::norm::detail::dimRange(int64_t begin, int64_t end) {
  return llvm::to_vector(llvm::seq<int64_t>(begin, end));
}

/// The statistics type: f64 for f64 data, f32 otherwise.
Type mlir::norm::detail::getComputeType(Value input) {
  Type elementType = cast<RankedTensorType>(input.getType()).getElementType();
  if (elementType.isF64())
    return elementType;
  return Float32Type::get(input.getContext());
}

Type mlir::norm::detail::getElementType(Value value) {
  return cast<ShapedType>(value.getType()).getElementType();
}

/// The layout of a row-wise norm over dims [axis, rank).
ReductionLayout mlir::norm::detail::getRowLayout(OpBuilder &b, Location loc,
                                                 Value input, int64_t axis,
                                                 StringRef opName,
                                                 const RowSplit &split) {
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
  layout.shiftSource = input;
  Value count = countElements(b, loc, input, dimRange(axis, rank), opName);
  if (split.isSplit()) {
    // Every part of a row must subtract the same K, and the parts' first
    // elements differ: the shift starts at zero, and computeMoments makes
    // the first pass's mean (common to all parts) the shift.
    count = arith::MulIOp::create(
        b, loc, count, arith::ConstantIndexOp::create(b, loc, split.parts));
    layout.split = split;
    layout.shiftSource =
        createFilled(b, loc, layout.statSizes, getComputeType(input), 0.0);
    layout.shiftMap = layout.statMap;
    layout.statShiftMap = AffineMap::getMultiDimIdentityMap(axis, ctx);
  }
  layout.count = indexToFloat(b, loc, count, getComputeType(input));
  return layout;
}

/// `split.combine` of a statistic tensor through its 1-D form: MLIR 22's
/// shard-to-mpi conversion sizes the buffer of a collective on a tensor of
/// rank > 1 with dynamic dims wrongly (memref.dim of kDynamic).
static Value combineFlat(OpBuilder &b, Location loc, const RowSplit &split,
                         Value sums) {
  auto type = cast<RankedTensorType>(sums.getType());
  if (type.getRank() == 1)
    return split.combine(b, loc, sums);
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, sums);
  SmallVector<ReassociationIndices> all = {
      llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()))};
  Value flat = tensor::CollapseShapeOp::create(b, loc, sums, all);
  flat = split.combine(b, loc, flat);
  return tensor::ExpandShapeOp::create(b, loc, type, flat, all, sizes);
}

SmallVector<Value>
mlir::norm::detail::combinePartialSums(OpBuilder &b, Location loc,
                                       const ReductionLayout &layout,
                                       ValueRange partialSums) {
  if (!layout.split.isSplit())
    return llvm::to_vector(partialSums);
  if (partialSums.size() == 1)
    return {combineFlat(b, loc, layout.split, partialSums.front())};
  // One collective for all of them: stacked along a new leading dim.
  auto type = cast<RankedTensorType>(partialSums.front().getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(partialSums.size())};
  llvm::append_range(sizes, layout.statSizes);
  Value stacked = tensor::EmptyOp::create(b, loc, sizes, type.getElementType());
  SmallVector<OpFoldResult> offsets(rank + 1, b.getIndexAttr(0));
  SmallVector<OpFoldResult> strides(rank + 1, b.getIndexAttr(1));
  SmallVector<OpFoldResult> partSizes = sizes;
  partSizes[0] = b.getIndexAttr(1);
  for (auto [index, sum] : llvm::enumerate(partialSums)) {
    offsets[0] = b.getIndexAttr(index);
    stacked = tensor::InsertSliceOp::create(b, loc, sum, stacked, offsets,
                                            partSizes, strides);
  }
  stacked = combineFlat(b, loc, layout.split, stacked);
  SmallVector<Value> sums;
  for (unsigned index = 0; index < partialSums.size(); ++index) {
    offsets[0] = b.getIndexAttr(index);
    sums.push_back(tensor::ExtractSliceOp::create(b, loc, type, stacked,
                                                  offsets, partSizes, strides));
  }
  return sums;
}

/// The layout of a batch norm over every dim except `channelAxis`.
ReductionLayout mlir::norm::detail::getChannelLayout(OpBuilder &b, Location loc,
                                                     Value input,
                                                     int64_t channelAxis,
                                                     StringRef opName) {
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
  layout.shiftSource = input;
  SmallVector<int64_t> reduced = dimRange(0, rank);
  reduced.erase(reduced.begin() + channelAxis);
  Value count = countElements(b, loc, input, reduced, opName);
  layout.count = indexToFloat(b, loc, count, getComputeType(input));
  return layout;
}

/// Mean (relative to K) and biased variance of each group of `layout`, in
/// the compute type.
Moments mlir::norm::detail::computeMoments(OpBuilder &b, Location loc,
                                           Value input,
                                           ReductionLayout &layout) {
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
      buildGeneric(b, loc, {input, layout.shiftSource}, {zeros},
                   {identity, layout.shiftMap, layout.statMap},
                   layout.iterators,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     Value d = shifted(nb, nl, args[0], args[1]);
                     return SmallVector<Value>{
                         arith::AddFOp::create(nb, nl, args[2], d)};
                   })
          .front();
  shiftedSum = combinePartialSums(b, loc, layout, shiftedSum).front();
  Value empty = tensor::EmptyOp::create(b, loc, layout.statSizes, computeType);
  Value offset0 =
      buildGeneric(b, loc, {shiftedSum}, {empty}, {statIdentity, statIdentity},
                   statParallel,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     return SmallVector<Value>{
                         arith::DivFOp::create(nb, nl, args[0], count)};
                   })
          .front();
  if (layout.split.isSplit()) {
    // The mean of a split row is large where the data is (1e4 + N(0, 1)):
    // rounded to the compute type it would shift every x - mean. It becomes
    // the shift K instead, and the offset from it starts at zero.
    layout.shiftSource = offset0;
    offset0 = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  }

  // Pass 2: sum(d) and sum(d^2) with d = (x - K) - offset0.
  Value zeros1 = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  Value zeros2 = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  SmallVector<Value> sums = buildGeneric(
      b, loc, {input, layout.shiftSource, offset0}, {zeros1, zeros2},
      {identity, layout.shiftMap, layout.statMap, layout.statMap,
       layout.statMap},
      layout.iterators, [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value d = arith::SubFOp::create(
            nb, nl, shifted(nb, nl, args[0], args[1]), args[2]);
        Value dd = arith::MulFOp::create(nb, nl, d, d);
        return SmallVector<Value>{arith::AddFOp::create(nb, nl, args[3], d),
                                  arith::AddFOp::create(nb, nl, args[4], dd)};
      });
  sums = combinePartialSums(b, loc, layout, sums);

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
Value mlir::norm::detail::materializeMean(OpBuilder &b, Location loc,
                                          Value input,
                                          const ReductionLayout &layout,
                                          Value meanOffset) {
  Type computeType = getComputeType(input);
  unsigned statRank = layout.statMap.getNumResults();
  AffineMap statIdentity =
      AffineMap::getMultiDimIdentityMap(statRank, b.getContext());
  Value init = createEmptyLike(b, loc, meanOffset);
  return buildGeneric(b, loc, {layout.shiftSource, meanOffset}, {init},
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
Value mlir::norm::detail::computeRstd(OpBuilder &b, Location loc, Value value,
                                      double epsilon) {
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
Value mlir::norm::detail::storeRowStatistic(OpBuilder &b, Location loc,
                                            Value stat, Value init,
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

/// Checks the normalized dims of `param` against the input at run time.
void mlir::norm::detail::assertParamShape(OpBuilder &b, Location loc,
                                          Value input, Value param,
                                          int64_t axis, StringRef what) {
  if (!param)
    return;
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  emitSameSizesCheck(b, loc, input, dimRange(axis, rank), param,
                     dimRange(0, rank - axis), what);
}

void mlir::norm::detail::assertFullShape(OpBuilder &b, Location loc,
                                         Value input, Value other,
                                         StringRef what) {
  int64_t rank = cast<RankedTensorType>(input.getType()).getRank();
  emitSameSizesCheck(b, loc, input, dimRange(0, rank), other, dimRange(0, rank),
                     what);
}
