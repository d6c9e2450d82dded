//===- NormInterfaces.cpp - Interfaces of norm ops ------------------------===//
//
// NormOpInterface: the generated interface code, and each op's answer to
// which kernel family takes it and what its kernels read.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/IR/NormInterfaces.h"

#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::norm;

#include "norm/Dialect/Norm/IR/NormInterfaces.cpp.inc"

KernelFamily mlir::norm::getKernelFamily(Operation *op) {
  if (auto norm = dyn_cast<NormOpInterface>(op))
    return norm.getKernelFamily();
  return KernelFamily::None;
}

bool mlir::norm::returnsRowStatistics(Operation *op) {
  std::optional<RowNormOperands> operands = getRowNormOperands(op);
  return operands && (operands->mean || operands->rstd);
}

std::optional<RowNormOperands> mlir::norm::getRowNormOperands(Operation *op) {
  if (auto norm = dyn_cast<NormOpInterface>(op))
    return norm.getRowNormOperands();
  return std::nullopt;
}

/// The operands every row-wise norm has.
template <typename OpTy>
static RowNormOperands getCommonRowNormOperands(OpTy op) {
  RowNormOperands norm;
  norm.input = op.getInput();
  norm.scale = op.getScale();
  norm.y = op.getOuts()[0];
  norm.axis = op.getNormalizedAxis();
  norm.epsilon = op.getEpsilon().convertToDouble();
  return norm;
}

//===----------------------------------------------------------------------===//
// LayerNormOp, RMSNormOp
//===----------------------------------------------------------------------===//

// The forms that return statistics are not of the RowNorm family (the GPU
// kernels do not write statistics, so the GPU pipeline lowers them through
// linalg); their operands name the statistics' destinations, which the CPU
// kernels write (the CPU pipeline keeps them with the linalg lowering's
// keep-row-norm-statistics).

KernelFamily LayerNormOp::getKernelFamily() {
  return hasStatistics() ? KernelFamily::None : KernelFamily::RowNorm;
}

std::optional<RowNormOperands> LayerNormOp::getRowNormOperands() {
  RowNormOperands norm = getCommonRowNormOperands(*this);
  norm.bias = getBias();
  if (hasStatistics()) {
    norm.mean = getOuts()[1];
    norm.rstd = getOuts()[2];
  }
  return norm;
}

KernelFamily RMSNormOp::getKernelFamily() {
  return hasStatistics() ? KernelFamily::None : KernelFamily::RowNorm;
}

std::optional<RowNormOperands> RMSNormOp::getRowNormOperands() {
  RowNormOperands norm = getCommonRowNormOperands(*this);
  if (hasStatistics())
    norm.rstd = getOuts()[1];
  norm.layerNorm = false;
  norm.offset = getOffset().convertToDouble();
  return norm;
}

//===----------------------------------------------------------------------===//
// BatchNormOp
//===----------------------------------------------------------------------===//

// BatchNorm of 1-D values (one channel per element) has no rows to run
// kernels over.
KernelFamily BatchNormOp::getKernelFamily() {
  return cast<ShapedType>(getInput().getType()).getRank() >= 2
             ? KernelFamily::BatchNorm
             : KernelFamily::None;
}

std::optional<RowNormOperands> BatchNormOp::getRowNormOperands() {
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// DeepNormOp
//===----------------------------------------------------------------------===//

// DeepNorm denotes an add_layer_norm (rewriteDeepNormAsAddLayerNorm), which
// the pipelines turn it into before the kernels run.
KernelFamily DeepNormOp::getKernelFamily() { return KernelFamily::None; }

std::optional<RowNormOperands> DeepNormOp::getRowNormOperands() {
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// AddLayerNormOp, AddRMSNormOp, SandwichNormOp
//===----------------------------------------------------------------------===//

// As for LayerNormOp, the statistics-returning form (of h) is not of the
// RowNorm family.

KernelFamily AddLayerNormOp::getKernelFamily() {
  return hasStatistics() ? KernelFamily::None : KernelFamily::RowNorm;
}

std::optional<RowNormOperands> AddLayerNormOp::getRowNormOperands() {
  RowNormOperands norm = getCommonRowNormOperands(*this);
  if (hasStatistics()) {
    norm.mean = getOuts()[2];
    norm.rstd = getOuts()[3];
  }
  norm.residual = getResidual();
  norm.addBias = getAddBias();
  norm.bias = getBias();
  norm.h = getOuts()[1];
  norm.alpha = getAlpha().convertToDouble();
  return norm;
}

KernelFamily AddRMSNormOp::getKernelFamily() {
  return hasStatistics() ? KernelFamily::None : KernelFamily::RowNorm;
}

std::optional<RowNormOperands> AddRMSNormOp::getRowNormOperands() {
  RowNormOperands norm = getCommonRowNormOperands(*this);
  if (hasStatistics())
    norm.rstd = getOuts()[2];
  norm.layerNorm = false;
  norm.residual = getResidual();
  norm.addBias = getAddBias();
  norm.h = getOuts()[1];
  norm.alpha = getAlpha().convertToDouble();
  norm.offset = getOffset().convertToDouble();
  return norm;
}

KernelFamily SandwichNormOp::getKernelFamily() { return KernelFamily::RowNorm; }

std::optional<RowNormOperands> SandwichNormOp::getRowNormOperands() {
  RowNormOperands norm = getCommonRowNormOperands(*this);
  norm.layerNorm = getKind() == NormKind::LayerNorm;
  norm.residual = getResidual();
  norm.bias = getBias();
  norm.innerNorm = true;
  norm.innerScale = getInnerScale();
  norm.innerBias = getInnerBias();
  norm.innerEpsilon = getInnerEpsilon().convertToDouble();
  norm.h = getOuts()[1];
  norm.offset = getOffset().convertToDouble();
  return norm;
}
