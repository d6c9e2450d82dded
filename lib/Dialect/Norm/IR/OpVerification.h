//===- OpVerification.h - Checks shared by the norm ops' verifiers -*- C++ -*-//
//
// Private to the NormDialect library: the rules of docs/Semantics.md
// ("Shapes and types") that several ops share, type inference from `outs`,
// and the memory effects of destination-style ops.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_DIALECT_NORM_IR_OPVERIFICATION_H
#define NORM_LIB_DIALECT_NORM_IR_OPVERIFICATION_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <string>

namespace mlir::norm::detail {

/// f16, bf16, f32 or f64.
bool isSupportedFloat(Type type);

/// A float attribute value for diagnostics, as printf's %g writes it.
std::string formatNumber(double value);

/// A shape for diagnostics: `[4x?x8]`.
std::string formatShape(ArrayRef<int64_t> shape);

/// `value` has a supported float element type.
LogicalResult verifyFloatTensor(Operation *op, Value value, StringRef name);

/// Resolves a possibly negative `axis` against `rank`, diagnosing values
/// outside [-rank, rank).
FailureOr<int64_t> verifyAxis(Operation *op, StringRef name, int64_t axis,
                              int64_t rank);

/// A float attribute is finite.
LogicalResult verifyFiniteAttr(Operation *op, StringRef name, double value);

/// epsilon is positive and finite.
LogicalResult verifyEpsilon(Operation *op, double epsilon);

/// The normalized size N is not statically zero.
LogicalResult verifyNonEmptyRows(Operation *op, ShapedType type, int64_t axis);

/// An optional γ/β-like operand has the normalized shape.
LogicalResult verifyNormalizedParam(Operation *op, Value param, StringRef name,
                                    ShapedType inputType, int64_t axis);

/// An operand (an `outs` or another input) has the input's shape.
LogicalResult verifyFullInit(Operation *op, Value init, StringRef name,
                             ShapedType inputType);

/// An optional per-channel operand of a batch norm is a 1-D float tensor
/// of the channel size.
LogicalResult verifyChannelParam(Operation *op, Value param, StringRef name,
                                 int64_t channels);

/// The element type statistics are kept in: f64 for f64 inputs, else f32.
Type getStatisticsElementType(ShapedType inputType);

/// A per-row statistic (an `outs`, or a saved statistic read back): the
/// leading dims followed by size-1 dims, in the statistics element type.
LogicalResult verifyRowStatisticInit(Operation *op, Value init, StringRef name,
                                     ShapedType inputType, int64_t axis);

/// The number of `outs` operands is one of `allowed`.
LogicalResult verifyOutsCount(Operation *op, size_t actual,
                              ArrayRef<size_t> allowed, StringRef meaning);

/// Memory effects of a destination-style norm op: none on tensors; on
/// memrefs, reads of the inputs and writes of the destinations.
void getDestinationStyleEffects(
    DestinationStyleOpInterface op,
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects);

/// `axis` resolved against `input`'s rank.
int64_t resolveAxis(int64_t axis, Value input);

/// Operands are all tensors or, after bufferization, all memrefs.
LogicalResult verifyUniformSemantics(Operation *op);

/// Shared checks of the row-wise norms: uniform semantics, input type,
/// axis, epsilon, N > 0 and the normalized shape of each parameter.
/// Returns the resolved axis.
FailureOr<int64_t> verifyRowNorm(Operation *op, Value input, int64_t axis,
                                 double epsilon,
                                 ArrayRef<std::pair<Value, StringRef>> params);

/// Every destination-style norm op returns the types of its `outs`.
template <typename AdaptorT>
LogicalResult inferFromOuts(AdaptorT adaptor, SmallVectorImpl<Type> &inferred) {
  // Results tie to the tensor destinations; with memref operands (after
  // bufferization) there are none.
  for (Value init : adaptor.getOuts())
    if (isa<RankedTensorType>(init.getType()))
      inferred.push_back(init.getType());
  return success();
}

} // namespace mlir::norm::detail

#endif // NORM_LIB_DIALECT_NORM_IR_OPVERIFICATION_H
