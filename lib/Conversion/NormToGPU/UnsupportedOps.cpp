//===- UnsupportedOps.cpp - Why the GPU lowering left an op ---------------===//
//
// The reason --convert-norm-to-gpu gives in its error for a norm op that no
// pattern took: a wrong stage of the pipeline (tensors, sublayers, DeepNorm),
// an op with no GPU kernel (BatchNorm, statistics results), or operands the
// kernels (forward or backward) cannot read.
//
//===----------------------------------------------------------------------===//

#include "PopulatePatterns.h"
#include "RowNormGradSpec.h"
#include "RowNormSpec.h"

#include "mlir/Interfaces/DestinationStyleOpInterface.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

std::string mlir::norm::gpu_lowering::describeUnsupportedOp(Operation *op) {
  if (isa<BatchNormOp>(op))
    return "BatchNorm has no GPU lowering";
  if (isa<DeepNormOp>(op))
    return "DeepNorm must be canonicalized to norm.add_layer_norm first";
  if (isa<SublayerOp>(op))
    return "sublayers must be expanded first (--norm-expand-sublayers)";
  if (auto sandwich = dyn_cast<SandwichNormOp>(op)) {
    if (!sandwich.hasPureBufferSemantics())
      return "expects memref operands (bufferize first)";
    std::string reason = whySandwichUnsupported(sandwich);
    return reason.empty() ? "has no GPU lowering" : reason;
  }
  auto dps = dyn_cast<DestinationStyleOpInterface>(op);
  if (dps && !dps.hasPureBufferSemantics())
    return "expects memref operands (bufferize first)";
  if (std::optional<RowNormGradSpec> grad = getRowNormGradSpec(op)) {
    std::string reason = whyGradUnsupported(*grad);
    return reason.empty() ? "has no GPU lowering" : reason;
  }
  std::optional<RowNormOperands> operands = getRowNormOperands(op);
  if (!operands)
    return "has no GPU lowering";
  if (operands->mean || operands->rstd)
    return "statistics results have no GPU lowering";
  RowNormSpec spec(*operands);
  int64_t axis = operands->axis;
  std::string reason = whyUnsupported(spec, axis);
  return reason.empty() ? "has no GPU lowering" : reason;
}
