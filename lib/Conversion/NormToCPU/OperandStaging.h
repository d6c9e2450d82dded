//===- OperandStaging.h - Operands as the CPU kernels address them --*- C++
//-*-===//
//
// Private to the NormToCPU library: the kernels read and write rows of
// unit stride; operands laid out otherwise go through contiguous copies.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_LIB_CONVERSION_NORMTOCPU_OPERANDSTAGING_H
#define NORM_LIB_CONVERSION_NORMTOCPU_OPERANDSTAGING_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::norm::cpu {

/// An operand of a kernel: rows collapsed at `axis` (0: a 1-D parameter),
/// read by the kernel or written (`output`).
struct KernelOperand {
  Value *operand;
  int64_t axis;
  bool output;
};

/// Operands the kernel cannot address directly (a row stride other than 1,
/// or leading dims that do not collapse) go through contiguous copies:
/// inputs are copied in before the kernel, outputs copied out after it.
/// Returns the buffers to free and the copies to run after the kernel.
/// Outputs come after inputs in `operands`, so that an output over an
/// input reuses its copy (which was copied in).
struct StagedOperands {
  SmallVector<Value> temporaries;
  SmallVector<std::pair<Value, Value>> copiesOut;
};

/// Replaces each operand the kernel cannot address directly by a
/// contiguous copy (copied in for inputs), then collapses every operand to
/// rows at its axis.
StagedOperands stageOperands(OpBuilder &b, Location loc,
                             ArrayRef<KernelOperand> operands);

/// Copies staged outputs back and frees the copies.
void unstageOperands(OpBuilder &b, Location loc, const StagedOperands &staged);

/// A run-time check that `lhs` and `rhs` have the same size in dim 0.
void checkSameSize(OpBuilder &b, Location loc, Value lhs, Value rhs,
                   StringRef what);

/// Only ops on memrefs with float data take the kernel lowerings.
LogicalResult checkSupported(PatternRewriter &rewriter, Operation *op);

} // namespace mlir::norm::cpu

#endif // NORM_LIB_CONVERSION_NORMTOCPU_OPERANDSTAGING_H
