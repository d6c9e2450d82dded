//===- OperandStaging.cpp - Operands as the CPU kernels address them ------===//
//
// Contiguous copies of operands whose rows the kernels cannot address, and
// the checks that every kernel pattern makes first.
//
//===----------------------------------------------------------------------===//

#include "OperandStaging.h"

#include "KernelBuilder.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "norm/Conversion/Utils/RowViews.h"
#include "norm/Conversion/Utils/RuntimeChecks.h"
#include "norm/Dialect/Norm/IR/NormOps.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::cpu;

/// Whether the vector kernel reads and writes `memref` directly: its rows
/// (axis >= 1) or its elements (axis 0) collapse to unit-stride 1-D runs.
static bool isKernelLayout(Value memref, int64_t axis) {
  auto type = cast<MemRefType>(memref.getType());
  if (!isCollapsibleToRows(memref, axis))
    return false;
  // The stride of the collapsed rows, not of x's last dim: a collapsed group
  // takes the stride of its innermost dim of size other than 1 (x of shape
  // [N, C, 1] with a channel stride of 4 has rows of stride 4).
  ReassociationIndices rowDims, columnDims;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    (dim < axis ? rowDims : columnDims).push_back(dim);
  SmallVector<ReassociationIndices> groups;
  if (!rowDims.empty())
    groups.push_back(rowDims);
  groups.push_back(columnDims);
  MemRefType rows =
      type.getRank() == (axis ? 2 : 1)
          ? type
          : memref::CollapseShapeOp::computeCollapsedType(type, groups);
  SmallVector<int64_t> strides;
  int64_t offset;
  return succeeded(rows.getStridesAndOffset(strides, offset)) &&
         (strides.empty() || strides.back() == 1);
}

/// A contiguous buffer shaped like `memref` (dynamic sizes read with
/// memref.dim).
static Value allocLike(OpBuilder &b, Location loc, Value memref) {
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<Value> sizes;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    if (type.isDynamicDim(dim))
      sizes.push_back(memref::DimOp::create(b, loc, memref, dim));
  auto contiguous = MemRefType::get(type.getShape(), type.getElementType());
  return memref::AllocOp::create(b, loc, contiguous, sizes,
                                 b.getI64IntegerAttr(kStreamAlignment));
}

StagedOperands cpu::stageOperands(OpBuilder &b, Location loc,
                                  ArrayRef<KernelOperand> operands) {
  StagedOperands staged;
  DenseMap<Value, Value> copies;
  for (auto [operand, axis, output] : operands) {
    if (!*operand || isKernelLayout(*operand, axis))
      continue;
    Value &copy = copies[*operand];
    if (!copy) {
      copy = allocLike(b, loc, *operand);
      staged.temporaries.push_back(copy);
      if (!output)
        linalg::CopyOp::create(b, loc, *operand, copy);
    }
    if (output)
      staged.copiesOut.push_back({copy, *operand});
    *operand = copy;
  }
  for (auto [operand, axis, output] : operands)
    if (*operand)
      *operand = collapseToRows(b, loc, *operand, axis);
  return staged;
}

/// Copies staged outputs back and frees the copies.
void cpu::unstageOperands(OpBuilder &b, Location loc,
                          const StagedOperands &staged) {
  for (auto [from, to] : staged.copiesOut)
    linalg::CopyOp::create(b, loc, from, to);
  for (Value temporary : staged.temporaries)
    memref::DeallocOp::create(b, loc, temporary);
}

/// A run-time check that `lhs` and `rhs` have the same size in dim 0.
void cpu::checkSameSize(OpBuilder &b, Location loc, Value lhs, Value rhs,
                        StringRef what) {
  emitSameSizesCheck(b, loc, lhs, 0, rhs, what);
}

/// Only ops on memrefs normalized over at least one trailing dim with
/// leading dims, with f32, f64, bf16 or f16 data, take this path.
LogicalResult cpu::checkSupported(PatternRewriter &rewriter, Operation *op) {
  if (!cast<DestinationStyleOpInterface>(op).hasPureBufferSemantics())
    return rewriter.notifyMatchFailure(op, "tensor operands");
  for (Value operand : op->getOperands())
    if (!isa<FloatType>(cast<MemRefType>(operand.getType()).getElementType()))
      return rewriter.notifyMatchFailure(op, "non-float data");
  return success();
}
