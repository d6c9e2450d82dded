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
