//===- KernelBuilder.cpp - Building blocks of the CPU kernels -------------===//
//
// The free functions of KernelBuilder.h.
//
//===----------------------------------------------------------------------===//

#include "KernelBuilder.h"

using namespace mlir;
using namespace mlir::norm;

Value cpu::indexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

int64_t cpu::elementBytes(Value memref) {
  return cast<MemRefType>(memref.getType()).getElementTypeBitWidth() / 8;
}

/// Float conversion between scalar or vector float types.
Value cpu::convertFloat(OpBuilder &b, Location loc, Value value, Type to) {
  Type from = value.getType();
  if (from == to)
    return value;
  Type fromElement = getElementTypeOrSelf(from);
  Type toElement = getElementTypeOrSelf(to);
  unsigned fromWidth = fromElement.getIntOrFloatBitWidth();
  unsigned toWidth = toElement.getIntOrFloatBitWidth();
  if (fromWidth == toWidth) {
    Type f32 = b.getF32Type();
    if (auto vec = dyn_cast<VectorType>(to))
      f32 = vec.clone(f32);
    value = arith::ExtFOp::create(b, loc, f32, value);
    return arith::TruncFOp::create(b, loc, to, value);
  }
  if (fromWidth < toWidth)
    return arith::ExtFOp::create(b, loc, to, value);
  return arith::TruncFOp::create(b, loc, to, value);
}

/// Row `row` of a 2-D memref as a 1-D view.
Value cpu::rowView(OpBuilder &b, Location loc, Value matrix, Value row,
                   Value length) {
  auto type = cast<MemRefType>(matrix.getType());
  SmallVector<OpFoldResult> offsets = {row, b.getIndexAttr(0)};
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1), length};
  if (!type.isDynamicDim(1))
    sizes[1] = b.getIndexAttr(type.getDimSize(1));
  SmallVector<OpFoldResult> strides = {b.getIndexAttr(1), b.getIndexAttr(1)};
  // The row keeps the column stride. Inferring the rank-reduced type is
  // ambiguous when both sizes are 1 (rows of one element) and may keep the
  // row stride instead; build it explicitly.
  auto [matrixStrides, matrixOffset] = type.getStridesAndOffset();
  (void)matrixOffset;
  auto rowType = MemRefType::get({type.getDimSize(1)}, type.getElementType(),
                                 StridedLayoutAttr::get(b.getContext(),
                                                        ShapedType::kDynamic,
                                                        {matrixStrides[1]}),
                                 type.getMemorySpace());
  return memref::SubViewOp::create(b, loc, rowType, matrix, offsets, sizes,
                                   strides);
}

/// The type the kernels compute in for data of `memref`'s element type:
/// f64 for f64, f32 otherwise.
Type cpu::computeTypeOf(Value memref) {
  Type element = cast<MemRefType>(memref.getType()).getElementType();
  return element.isF64() ? element : Float32Type::get(memref.getContext());
}

/// The index `index` as a float of `type` (an element count).
Value cpu::indexToFloat(OpBuilder &b, Location loc, Value index, Type type) {
  return arith::UIToFPOp::create(
      b, loc, type, arith::IndexCastOp::create(b, loc, b.getI64Type(), index));
}

/// How many rows of `length` elements of `matrix` fit in `bytes`, at least
/// one (also for rows of no elements).
Value cpu::rowsFitting(OpBuilder &b, Location loc, int64_t bytes, Value matrix,
                       Value length) {
  Value one = indexConstant(b, loc, 1);
  return arith::MaxUIOp::create(
      b, loc, one,
      arith::DivUIOp::create(
          b, loc, indexConstant(b, loc, bytes / elementBytes(matrix)),
          arith::MaxUIOp::create(b, loc, one, length)));
}
