//===- RowViews.cpp - Memref views the row kernels work on ----------------===//

#include "norm/Conversion/Utils/RowViews.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace mlir::norm;

Value mlir::norm::viewAsSingleRow(OpBuilder &b, Location loc, Value vector) {
  auto type = cast<MemRefType>(vector.getType());
  assert(type.getRank() == 1 && "expected a 1-D memref");
  OpFoldResult length =
      type.isDynamicDim(0)
          ? OpFoldResult(memref::DimOp::create(b, loc, vector, 0).getResult())
          : OpFoldResult(b.getIndexAttr(type.getDimSize(0)));
  return memref::ExpandShapeOp::create(
      b, loc, ArrayRef<int64_t>{1, type.getDimSize(0)}, vector,
      ArrayRef<ReassociationIndices>{{0, 1}},
      ArrayRef<OpFoldResult>{b.getIndexAttr(1), length});
}

/// The reassociation that collapses a rank-`rank` value to (leading dims,
/// normalized dims), or to one dim when `axis` is 0.
static SmallVector<ReassociationIndices> rowCollapseGroups(int64_t rank,
                                                           int64_t axis) {
  ReassociationIndices rowDims, columnDims;
  for (int64_t dim = 0; dim < rank; ++dim)
    (dim < axis ? rowDims : columnDims).push_back(dim);
  if (rowDims.empty())
    return {columnDims};
  return {rowDims, columnDims};
}

bool mlir::norm::isCollapsibleToRows(Value memref, int64_t axis) {
  auto type = cast<MemRefType>(memref.getType());
  return memref::CollapseShapeOp::isGuaranteedCollapsible(
      type, rowCollapseGroups(type.getRank(), axis));
}

Value mlir::norm::collapseToRows(OpBuilder &builder, Location loc, Value memref,
                                 int64_t axis) {
  int64_t rank = cast<MemRefType>(memref.getType()).getRank();
  if (rank == (axis ? 2 : 1))
    return memref;
  if (!isCollapsibleToRows(memref, axis))
    return Value();
  // The collapsed type, with the size of a group that has a dynamic dim
  // dynamic: LLVM 22's CollapseShapeOp builder makes [?, 0] a static 0 (0
  // times anything), which its own verifier rejects ("must be dynamic if and
  // only if reassociation group is dynamic").
  auto type = cast<MemRefType>(memref.getType());
  SmallVector<ReassociationIndices> groups = rowCollapseGroups(rank, axis);
  MemRefType collapsed =
      memref::CollapseShapeOp::computeCollapsedType(type, groups);
  SmallVector<int64_t> shape(collapsed.getShape());
  for (auto [index, group] : llvm::enumerate(groups))
    if (llvm::any_of(group,
                     [&](int64_t dim) { return type.isDynamicDim(dim); }))
      shape[index] = ShapedType::kDynamic;
  return memref::CollapseShapeOp::create(
      builder, loc, MemRefType::Builder(collapsed).setShape(shape), memref,
      groups);
}
