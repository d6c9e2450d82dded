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

/// The 1-D memref `vector` of N elements as a 1 x N memref (one row).
Value viewAsSingleRow(OpBuilder &b, Location loc, Value vector);

} // namespace mlir::norm

#endif // NORM_CONVERSION_UTILS_ROWVIEWS_H
