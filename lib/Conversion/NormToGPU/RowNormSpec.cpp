//===- RowNormSpec.cpp - The operands of a GPU row-norm kernel ------------===//
//
// Checks that an op's memrefs suit the GPU row kernels (element types,
// layouts that collapse to rows) and collapses them to (rows, N) matrices
// and 1-D parameter vectors.
//
//===----------------------------------------------------------------------===//

#include "RowNormSpec.h"

#include "norm/Conversion/Utils/RowViews.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::gpu_lowering;

SmallVector<Value> RowNormSpec::matrices() const {
  SmallVector<Value> all;
  for (Value v : {input, residual, y, h})
    if (v)
      all.push_back(v);
  return all;
}

SmallVector<Value> RowNormSpec::vectors() const {
  SmallVector<Value> all;
  for (Value v : {addBias, scale, bias})
    if (v)
      all.push_back(v);
  return all;
}

std::string mlir::norm::gpu_lowering::whyUnsupported(const RowNormSpec &spec,
                                                     int64_t axis) {
  for (Value memref :
       llvm::concat<const Value>(spec.matrices(), spec.vectors())) {
    Type element = cast<MemRefType>(memref.getType()).getElementType();
    if (!element.isF32() && !element.isBF16() && !element.isF16())
      return "supports f32, bf16 and f16 data";
  }
  for (Value memref : spec.matrices())
    if (!isCollapsibleToRows(memref, axis))
      return "has an operand whose layout does not collapse to rows";
  for (Value memref : spec.vectors())
    if (!isCollapsibleToRows(memref, 0))
      return "has a parameter whose layout is not contiguous";
  return "";
}

RowNormSpec mlir::norm::gpu_lowering::collapseSpec(OpBuilder &b, Location loc,
                                                   RowNormSpec spec,
                                                   int64_t axis) {
  // A norm over every dim of its input is one row.
  for (Value *matrix : {&spec.input, &spec.residual, &spec.y, &spec.h})
    if (*matrix) {
      *matrix = collapseToRows(b, loc, *matrix, axis);
      if (axis == 0)
        *matrix = viewAsSingleRow(b, loc, *matrix);
    }
  for (Value *vector : {&spec.addBias, &spec.scale, &spec.bias})
    if (*vector)
      *vector = collapseToRows(b, loc, *vector, 0);
  return spec;
}
