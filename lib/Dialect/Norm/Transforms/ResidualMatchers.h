//===- ResidualMatchers.h - Recognize residual sums in tensor IR -*- C++
//-*-===//
//
// Private to the norm transforms: the matchers residual fusion and the
// placement report share.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_TRANSFORMS_RESIDUALMATCHERS_H
#define NORM_LIB_DIALECT_NORM_TRANSFORMS_RESIDUALMATCHERS_H

#include "mlir/IR/Value.h"

#include <optional>
#include <utility>

namespace mlir::norm {

/// The operands of a tensor addition: `arith.addf` on tensors, `linalg.add`,
/// or an element-wise `linalg.generic` adding its two inputs of the result's
/// type (what torch-mlir emits).
std::optional<std::pair<Value, Value>> matchTensorAdd(Value value);

/// `value = alpha * x` with alpha a constant: `arith.mulf` by a splat, or an
/// element-wise `linalg.generic` multiplying its one input by a scalar
/// constant. Returns x and alpha.
std::optional<std::pair<Value, double>> matchScaledByConstant(Value value);

} // namespace mlir::norm

#endif // NORM_LIB_DIALECT_NORM_TRANSFORMS_RESIDUALMATCHERS_H
