//===- LinalgBuilders.h - Building blocks of the linalg lowering *- C++ -*-===//
//
// The pieces the per-op decompositions of the linalg reference lowering are
// made of: float conversions, linalg.generic construction, the reduction
// layouts of row-wise and per-channel norms, the shifted two-pass moments,
// and the element-wise maps that apply a norm. Private to the NormToLinalg
// library; its public entry points are in
// norm/Conversion/NormToLinalg/Decompositions.h.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOLINALG_LINALGBUILDERS_H
#define NORM_LIB_CONVERSION_NORMTOLINALG_LINALGBUILDERS_H

#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/Builders.h"
#include "norm/Conversion/NormToLinalg/Decompositions.h"

#include <tuple>
#include <utility>

namespace mlir::norm::detail {

//===----------------------------------------------------------------------===//
// Scalars and generic ops
//===----------------------------------------------------------------------===//

/// Converts a float scalar to another float type (extf, truncf, or both
/// through f32 between the two 16-bit types).
Value convertFloat(OpBuilder &b, Location loc, Value value, Type to);

/// An arith.constant of float type `type`.
Value floatConstant(OpBuilder &b, Location loc, Type type, double value);

/// Builds the body of a linalg.generic from its block arguments.
using GenericBody =
    function_ref<SmallVector<Value>(OpBuilder &, Location, ValueRange)>;

/// Creates a linalg.generic whose body is produced by `body`; returns its
/// results.
SmallVector<Value> buildGeneric(OpBuilder &b, Location loc, ValueRange inputs,
                                ValueRange inits, ArrayRef<AffineMap> maps,
                                ArrayRef<utils::IteratorType> iterators,
                                GenericBody body);

/// A tensor of `sizes` in `type` filled with `value`.
Value createFilled(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                   Type type, double value);

/// `[begin, end)` as a vector of dims.
SmallVector<int64_t> dimRange(int64_t begin, int64_t end);

/// The statistics type: f64 for f64 data, f32 otherwise.
Type getComputeType(Value input);

/// The element type of a shaped value.
Type getElementType(Value value);

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

/// How one statistic is reduced: the iteration space is the input's dims,
/// and each statistic element gathers the input elements that `statMap`
/// sends to it.
struct ReductionLayout {
  SmallVector<utils::IteratorType> iterators;
  /// Input dims -> statistic dims.
  AffineMap statMap;
  /// Where the shift K of each group is read: the input itself (K is the
  /// group's first element), or, for rows split across processes, a zero
  /// statistic tensor (a shift must be common to every part of the row).
  Value shiftSource;
  /// Input dims -> the element of `shiftSource` used as K.
  AffineMap shiftMap;
  /// Statistic dims -> the same element K.
  AffineMap statShiftMap;
  /// Sizes of the statistic tensor.
  SmallVector<OpFoldResult> statSizes;
  /// Elements per group, in the compute type (of the whole row when the
  /// row is split).
  Value count;
  /// How partial sums over this process's part of a row become the row's
  /// sums (unset: rows are whole).
  RowSplit split;
};

/// The row sums of `partialSums` (tensors of per-row sums over this
/// process's part of each row): themselves unless the layout's rows are
/// split, else combined by one collective for all of them.
SmallVector<Value> combinePartialSums(OpBuilder &b, Location loc,
                                      const ReductionLayout &layout,
                                      ValueRange partialSums);

/// The layout of a row-wise norm over dims [axis, rank). Emits a run-time
/// check that the number of elements per row is not zero. With a `split`,
/// `input` holds one of `split.parts` equal parts of each row.
ReductionLayout getRowLayout(OpBuilder &b, Location loc, Value input,
                             int64_t axis, StringRef opName,
                             const RowSplit &split = {});

/// The layout of a batch norm over every dim except `channelAxis`.
ReductionLayout getChannelLayout(OpBuilder &b, Location loc, Value input,
                                 int64_t channelAxis, StringRef opName);

/// The moments of each group of a layout. The mean is kept relative to the
/// group's shift K: `x - mean` is then computed as `(x - K) - meanOffset`
/// from small, exactly representable differences, instead of subtracting a
/// rounded large mean.
struct Moments {
  Value meanOffset;
  Value variance;
};

/// Mean (relative to K) and biased variance of each group of `layout`, in
/// the compute type (the shifted, corrected two-pass scheme).
/// For a split row the first pass's mean becomes the layout's shift.
Moments computeMoments(OpBuilder &b, Location loc, Value input,
                       ReductionLayout &layout);

/// The absolute mean K + meanOffset of each group.
Value materializeMean(OpBuilder &b, Location loc, Value input,
                      const ReductionLayout &layout, Value meanOffset);

/// rsqrt(value + epsilon), element-wise on a statistic tensor.
Value computeRstd(OpBuilder &b, Location loc, Value value, double epsilon);

/// Writes a per-row statistic (leading dims) into an init of shape
/// (leading dims, 1, ..., 1) and type `init`'s element type.
Value storeRowStatistic(OpBuilder &b, Location loc, Value stat, Value init,
                        int64_t axis, StringRef what);

//===----------------------------------------------------------------------===//
// Run-time shape checks
//===----------------------------------------------------------------------===//

/// Checks the normalized dims of `param` against the input at run time
/// (nothing when `param` is null).
void assertParamShape(OpBuilder &b, Location loc, Value input, Value param,
                      int64_t axis, StringRef what);

/// Checks every dim of `other` against the input at run time.
void assertFullShape(OpBuilder &b, Location loc, Value input, Value other,
                     StringRef what);

//===----------------------------------------------------------------------===//
// Row-wise norms
//===----------------------------------------------------------------------===//

/// Parameters of the final element-wise map of a row-wise norm.
struct RowNormParams {
  Value scale;
  Value bias;
  double offset = 0.0;
};

/// Emits LayerNorm of `input` into `init`; returns {y, mean, rstd} (mean
/// only with `wantMean`).
std::tuple<Value, Value, Value>
lowerLayerNorm(OpBuilder &b, Location loc, StringRef opName, Value input,
               Value init, int64_t axis, double epsilon,
               const RowNormParams &params, bool wantMean = false,
               const RowSplit &split = {});

/// Emits RMSNorm of `input` into `init`; returns {y, rstd}.
std::pair<Value, Value> lowerRMSNorm(OpBuilder &b, Location loc,
                                     StringRef opName, Value input, Value init,
                                     int64_t axis, double epsilon,
                                     const RowNormParams &params,
                                     const RowSplit &split = {});

/// h = alpha * residual + input (+ addBias), rounded to `hInit`'s type.
Value computeResidualSum(OpBuilder &b, Location loc, StringRef opName,
                         Value input, Value residual, Value addBias,
                         Value hInit, int64_t axis, double alpha);

} // namespace mlir::norm::detail

#endif // NORM_LIB_CONVERSION_NORMTOLINALG_LINALGBUILDERS_H
