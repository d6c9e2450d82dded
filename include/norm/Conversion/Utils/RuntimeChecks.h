//===- RuntimeChecks.h - Run-time size checks of norm kernels ---*- C++ -*-===//
//
// The checks a lowering emits for what the verifier
// cannot see: dynamic sizes that must agree. Each failed check stops the
// program with `cf.assert`'s message, "<op>: <operand> does not match ... at
// run time (dimension d)", before any memory is touched.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_UTILS_RUNTIMECHECKS_H
#define NORM_CONVERSION_UTILS_RUNTIMECHECKS_H

#include "mlir/IR/Builders.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

namespace mlir::norm {

/// Checks at run time that dim `lhsDims[i]` of `lhs` has the size of dim
/// `rhsDims[i]` of `rhs`, where either is dynamic (the verifier compares
/// static sizes). Tensors or memrefs.
void emitSameSizesCheck(OpBuilder &b, Location loc, Value lhs,
                        ArrayRef<int64_t> lhsDims, Value rhs,
                        ArrayRef<int64_t> rhsDims, StringRef what);

/// The same for each dim `d` of `rhs` against dim `lhsFirst + d` of `lhs`.
/// Does nothing when either value is null or both are the same value.
void emitSameSizesCheck(OpBuilder &b, Location loc, Value lhs, int64_t lhsFirst,
                        Value rhs, StringRef what);

/// Checks a row norm's operands on memrefs against its input dim by dim:
/// y, the residual and h against every dim of the input, each parameter
/// against the normalized dims. To be emitted before operands are collapsed
/// to rows: collapsed, a γ of shape 8x4 for a normalized shape 4x8 has the
/// right length.
void emitRowNormSizeChecks(OpBuilder &b, Location loc,
                           const RowNormOperands &operands, StringRef opName);

} // namespace mlir::norm

#endif // NORM_CONVERSION_UTILS_RUNTIMECHECKS_H
