//===- RowNormSpec.h - The operands of a GPU row-norm kernel ----*- C++ -*-===//
//
// What a row-wise norm op asks of a GPU kernel (its operands viewed as 2-D
// row matrices and 1-D parameter vectors), whether the GPU lowering can
// take them, and the collapse of an op's memrefs to that view. Private to
// lib/Conversion/NormToGPU.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMSPEC_H
#define NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMSPEC_H

#include "mlir/IR/Builders.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

#include <string>

namespace mlir::norm::gpu_lowering {

/// What a row-wise norm op asks of the kernel; memrefs are collapsed to 2-D
/// (rows, N) and the parameters to 1-D.
struct RowNormSpec : RowNormOperands {
  RowNormSpec() = default;
  explicit RowNormSpec(const RowNormOperands &operands)
      : RowNormOperands(operands) {}

  /// The row operands present: input, residual, y and h.
  SmallVector<Value> matrices() const;
  /// The parameters present: add_bias, scale and bias.
  SmallVector<Value> vectors() const;
};

/// Why the GPU lowering cannot take an op on memrefs normalized from dim
/// `axis`; empty if it can.
std::string whyUnsupported(const RowNormSpec &spec, int64_t axis);

/// `spec` with its matrices collapsed to (rows, N) and its vectors to 1-D
/// views. A norm over every dim of its input (`axis` 0) is one row.
RowNormSpec collapseSpec(OpBuilder &b, Location loc, RowNormSpec spec,
                         int64_t axis);

} // namespace mlir::norm::gpu_lowering

#endif // NORM_LIB_CONVERSION_NORMTOGPU_ROWNORMSPEC_H
