//===- OpVerification.cpp - Checks shared by the norm ops' verifiers -----===//
//
// The shape, type and attribute rules of docs/Semantics.md ("Shapes and
// types") that several ops share, each with a message that names the
// operand and the expectation.
//
//===----------------------------------------------------------------------===//

#include "OpVerification.h"

#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"

#include <cmath>

using namespace mlir;

namespace mlir::norm::detail {

bool isSupportedFloat(Type type) {
  return isa<Float16Type, BFloat16Type, Float32Type, Float64Type>(type);
}

/// Formats a float attribute value for diagnostics as printf's %g does:
/// 1e-05, 0, -1, inf, nan.
std::string formatNumber(double value) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << llvm::format("%g", value);
  return result;
}

/// Formats a shape as `4x?x8` for diagnostics.
std::string formatShape(ArrayRef<int64_t> shape) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << "[";
  llvm::interleave(
      shape, os,
      [&](int64_t dim) {
        if (ShapedType::isDynamic(dim))
          os << "?";
        else
          os << dim;
      },
      "x");
  os << "]";
  return result;
}

LogicalResult verifyFloatTensor(Operation *op, Value value, StringRef name) {
  Type elementType = getElementTypeOrSelf(value.getType());
  if (isSupportedFloat(elementType))
    return success();
  return op->emitOpError() << "expects " << name
                           << " to have an f16, bf16, f32 or f64 element "
                              "type, but got "
                           << elementType;
}

/// Resolves a possibly negative `axis` against `rank`, diagnosing values
/// outside [-rank, rank).
FailureOr<int64_t> verifyAxis(Operation *op, StringRef name, int64_t axis,
                              int64_t rank) {
  if (rank == 0)
    return op->emitOpError("expects an input of rank >= 1");
  if (axis < -rank || axis >= rank)
    return op->emitOpError()
           << "expects " << name << " in [" << -rank << ", " << rank - 1
           << "] for an input of rank " << rank << ", but got " << axis;
  return axis < 0 ? axis + rank : axis;
}

LogicalResult verifyFiniteAttr(Operation *op, StringRef name, double value) {
  if (std::isfinite(value))
    return success();
  return op->emitOpError() << "expects " << name << " to be finite, but got "
                           << formatNumber(value);
}

LogicalResult verifyEpsilon(Operation *op, double epsilon) {
  if (std::isfinite(epsilon) && epsilon > 0.0)
    return success();
  return op->emitOpError()
         << "expects epsilon to be positive and finite, but got "
         << formatNumber(epsilon);
}

/// The normalized size N must not be statically zero.
LogicalResult verifyNonEmptyRows(Operation *op, ShapedType type, int64_t axis) {
  for (int64_t dim = axis; dim < type.getRank(); ++dim)
    if (type.getDimSize(dim) == 0)
      return op->emitOpError()
             << "expects a non-empty normalized shape, but dimension " << dim
             << " of the input is 0";
  return success();
}

/// Checks that an optional γ/β-like operand has the normalized shape.
LogicalResult verifyNormalizedParam(Operation *op, Value param, StringRef name,
                                    ShapedType inputType, int64_t axis) {
  if (!param)
    return success();
  if (failed(verifyFloatTensor(op, param, name)))
    return failure();
  auto type = cast<ShapedType>(param.getType());
  ArrayRef<int64_t> expected = inputType.getShape().drop_front(axis);
  if (succeeded(verifyCompatibleShape(type.getShape(), expected)))
    return success();
  return op->emitOpError() << "expects " << name
                           << " to have the normalized shape "
                           << formatShape(expected) << ", but got "
                           << formatShape(type.getShape());
}

/// Checks an `outs` operand that receives a tensor of the input's shape.
LogicalResult verifyFullInit(Operation *op, Value init, StringRef name,
                             ShapedType inputType) {
  if (failed(verifyFloatTensor(op, init, name)))
    return failure();
  auto type = cast<ShapedType>(init.getType());
  if (succeeded(verifyCompatibleShape(type.getShape(), inputType.getShape())))
    return success();
  return op->emitOpError() << "expects " << name << " to have the input shape "
                           << formatShape(inputType.getShape()) << ", but got "
                           << formatShape(type.getShape());
}

LogicalResult verifyChannelParam(Operation *op, Value param, StringRef name,
                                 int64_t channels) {
  if (!param)
    return success();
  if (failed(verifyFloatTensor(op, param, name)))
    return failure();
  auto type = cast<ShapedType>(param.getType());
  if (type.getRank() == 1 &&
      succeeded(verifyCompatibleShape(type.getShape(), {channels})))
    return success();
  return op->emitOpError() << "expects " << name
                           << " to be a 1-D tensor of the channel size "
                           << formatShape({channels}) << ", but got "
                           << formatShape(type.getShape());
}

/// The element type statistics are kept in: f64 for f64 inputs, else f32.
Type getStatisticsElementType(ShapedType inputType) {
  Type elementType = inputType.getElementType();
  if (elementType.isF64())
    return elementType;
  return Float32Type::get(inputType.getContext());
}

/// Checks an `outs` operand for a per-row statistic: the leading dims
/// followed by size-1 dims, in the statistics element type.
LogicalResult verifyRowStatisticInit(Operation *op, Value init, StringRef name,
                                     ShapedType inputType, int64_t axis) {
  SmallVector<int64_t> expected(inputType.getShape().take_front(axis));
  expected.append(inputType.getRank() - axis, 1);
  auto type = cast<ShapedType>(init.getType());
  Type elementType = getStatisticsElementType(inputType);
  if (type.getElementType() != elementType)
    return op->emitOpError()
           << "expects " << name << " to have element type " << elementType
           << ", but got " << type.getElementType();
  if (failed(verifyCompatibleShape(type.getShape(), expected)))
    return op->emitOpError()
           << "expects " << name << " to have shape " << formatShape(expected)
           << ", but got " << formatShape(type.getShape());
  return success();
}

LogicalResult verifyOutsCount(Operation *op, size_t actual,
                              ArrayRef<size_t> allowed, StringRef meaning) {
  if (llvm::is_contained(allowed, actual))
    return success();
  return op->emitOpError() << "expects " << meaning << ", but got " << actual
                           << " outs operand" << (actual == 1 ? "" : "s");
}

/// Memory effects of a destination-style norm op: none on tensors; on
/// memrefs, reads of the inputs and writes of the destinations.
void getDestinationStyleEffects(
    DestinationStyleOpInterface op,
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  for (OpOperand &operand : op->getOpOperands()) {
    if (!isa<MemRefType>(operand.get().getType()))
      continue;
    if (op.isDpsInit(&operand))
      effects.emplace_back(MemoryEffects::Write::get(), &operand,
                           SideEffects::DefaultResource::get());
    else
      effects.emplace_back(MemoryEffects::Read::get(), &operand,
                           SideEffects::DefaultResource::get());
  }
}

int64_t resolveAxis(int64_t axis, Value input) {
  int64_t rank = cast<ShapedType>(input.getType()).getRank();
  return axis < 0 ? axis + rank : axis;
}

/// Shared checks of the row-wise norms: input type, axis, epsilon, N > 0 and
/// the normalized shape of each parameter. Returns the resolved axis.
/// Operands are all tensors or, after bufferization, all memrefs.
LogicalResult verifyUniformSemantics(Operation *op) {
  bool anyTensor = llvm::any_of(op->getOperandTypes(), [](Type type) {
    return isa<RankedTensorType>(type);
  });
  bool anyMemRef = llvm::any_of(
      op->getOperandTypes(), [](Type type) { return isa<MemRefType>(type); });
  if (anyTensor && anyMemRef)
    return op->emitOpError(
        "expects all operands to be tensors or all to be memrefs");
  return success();
}

FailureOr<int64_t> verifyRowNorm(Operation *op, Value input, int64_t axis,
                                 double epsilon,
                                 ArrayRef<std::pair<Value, StringRef>> params) {
  if (failed(verifyUniformSemantics(op)))
    return failure();
  if (failed(verifyFloatTensor(op, input, "input")))
    return failure();
  auto inputType = cast<ShapedType>(input.getType());
  FailureOr<int64_t> resolved =
      verifyAxis(op, "axis", axis, inputType.getRank());
  if (failed(resolved) || failed(verifyEpsilon(op, epsilon)) ||
      failed(verifyNonEmptyRows(op, inputType, *resolved)))
    return failure();
  for (auto [param, name] : params)
    if (failed(verifyNormalizedParam(op, param, name, inputType, *resolved)))
      return failure();
  return *resolved;
}

} // namespace mlir::norm::detail
