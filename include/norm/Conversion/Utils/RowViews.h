//===- RowViews.h - Memref views the row kernels work on --------*- C++ -*-===//
//
// The kernel lowerings see every row-wise norm as rows: a 2-D memref of
// (leading dims, normalized dims). A norm over every dim of its input is
// one row.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_UTILS_ROWVIEWS_H
#define NORM_CONVERSION_UTILS_ROWVIEWS_H

#include "mlir/IR/Builders.h"

namespace mlir::norm {

/// Collapses a memref operand of a row-wise norm normalized from `axis` to
/// 2-D (leading dims, normalized dims), or to 1-D when `axis` is 0 (a
/// parameter). Returns a null value when its layout does not guarantee
/// that (memref.collapse_shape's rule).
Value collapseToRows(OpBuilder &builder, Location loc, Value memref,
                     int64_t axis);
/// Whether collapseToRows succeeds on `memref`.
bool isCollapsibleToRows(Value memref, int64_t axis);

/// The 1-D memref `vector` of N elements as a 1 x N memref (one row).
Value viewAsSingleRow(OpBuilder &b, Location loc, Value vector);

} // namespace mlir::norm

#endif // NORM_CONVERSION_UTILS_ROWVIEWS_H
