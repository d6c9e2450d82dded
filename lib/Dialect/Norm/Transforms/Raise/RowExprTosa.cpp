//===- RowExprTosa.cpp - tosa ops to RowExpr
//-------------------------------===//
//
// The tosa half of RowExprBuilder: element-wise tosa ops with their
// broadcasting (operands of the result's rank, size-1 dims read at index 0),
// tosa.reduce_sum (keep-dims, one axis), tosa.reshape of unit dims and
// tosa.cast.
//
//===----------------------------------------------------------------------===//

#include "RowExpr.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace mlir::norm::raise;

namespace {

unsigned floatWidth(Type type) {
  auto floatType = dyn_cast<FloatType>(getElementTypeOrSelf(type));
  return floatType ? floatType.getWidth() : 0;
}

/// How a broadcast operand of `resultType` is indexed: its size-1 dims at 0.
AffineMap broadcastAccess(Value operand, RankedTensorType resultType,
                          AffineMap access) {
  auto type = dyn_cast<RankedTensorType>(operand.getType());
  if (!type || type.getRank() != resultType.getRank())
    return AffineMap();
  SmallVector<AffineExpr> results;
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    results.push_back(type.getDimSize(dim) == 1 &&
                              resultType.getDimSize(dim) != 1
                          ? getAffineConstantExpr(0, operand.getContext())
                          : access.getResult(dim));
  return AffineMap::get(access.getNumDims(), 0, results, operand.getContext());
}

/// Whether a tosa.mul's shift operand is absent or zero.
bool hasNoShift(tosa::MulOp mul) {
  DenseIntElementsAttr shift;
  return !mul.getShift() ||
         (matchPattern(mul.getShift(), m_Constant(&shift)) &&
          llvm::all_of(shift.getValues<APInt>(),
                       [](const APInt &v) { return v.isZero(); }));
}

} // namespace

bool RowExprBuilder::isTosaOp(Operation *op) {
  return isa<tosa::AddOp, tosa::SubOp, tosa::MulOp, tosa::PowOp, tosa::RsqrtOp,
             tosa::ReciprocalOp, tosa::NegateOp, tosa::CastOp,
             tosa::ReduceSumOp, tosa::ReshapeOp>(op);
}

const RowExpr *RowExprBuilder::buildTosaResult(Operation *op,
                                               AffineMap access) {
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  unsigned width = floatWidth(resultType);
  auto operand = [&](unsigned index) -> const RowExpr * {
    AffineMap operandAccess =
        broadcastAccess(op->getOperand(index), resultType, access);
    if (!operandAccess)
      return nullptr;
    return buildTensor(op->getOperand(index), operandAccess);
  };
  const RowExpr *expr = nullptr;
  if (isa<tosa::AddOp>(op)) {
    expr = add(operand(0), operand(1));
  } else if (isa<tosa::SubOp>(op)) {
    expr = add(operand(0), mul(constant(-1.0), operand(1)));
  } else if (auto mulOp = dyn_cast<tosa::MulOp>(op)) {
    if (!hasNoShift(mulOp))
      return nullptr;
    expr = mul(operand(0), operand(1));
  } else if (isa<tosa::PowOp>(op)) {
    const RowExpr *exponent = operand(1);
    if (!exponent || exponent->kind != RowExprKind::Constant)
      return nullptr;
    expr = pow(operand(0), exponent->number);
  } else if (isa<tosa::RsqrtOp>(op)) {
    expr = pow(operand(0), -0.5);
  } else if (isa<tosa::ReciprocalOp>(op)) {
    expr = pow(operand(0), -1.0);
  } else if (isa<tosa::NegateOp>(op)) {
    expr = mul(constant(-1.0), operand(0));
  } else if (isa<tosa::CastOp>(op)) {
    if (!floatWidth(op->getOperand(0).getType()) || !width)
      return nullptr;
    expr = operand(0);
  } else if (auto reduce = dyn_cast<tosa::ReduceSumOp>(op)) {
    // Sums over the root dim the result is broadcast over: the first one
    // not read elsewhere whose size matches.
    auto inputType = cast<RankedTensorType>(reduce.getInput().getType());
    int64_t axis = reduce.getAxis();
    uint64_t used = 0;
    for (AffineExpr result : access.getResults())
      if (auto dim = dyn_cast<AffineDimExpr>(result))
        used |= uint64_t(1) << dim.getPosition();
    int64_t size = inputType.getDimSize(axis);
    int64_t bound = -1;
    for (int64_t dim = 0, e = rootShape.size(); dim < e && bound < 0; ++dim)
      if (!((used >> dim) & 1) && rootShape[dim] != 1 &&
          (rootShape[dim] == size || ShapedType::isDynamic(size) ||
           ShapedType::isDynamic(rootShape[dim])))
        bound = dim;
    if (bound < 0)
      return fail("a reduction is not broadcast back over the dims it "
                  "reduces");
    SmallVector<AffineExpr> results(access.getResults());
    results[axis] = getAffineDimExpr(bound, op->getContext());
    const RowExpr *term = buildTensor(
        reduce.getInput(),
        AffineMap::get(access.getNumDims(), 0, results, op->getContext()));
    expr = sum(term, uint64_t(1) << bound);
  } else if (auto reshape = dyn_cast<tosa::ReshapeOp>(op)) {
    // Only unit dims may come or go: the other dims keep their order.
    auto sourceType = cast<RankedTensorType>(reshape.getInput1().getType());
    SmallVector<int64_t> sourceDims, resultDims;
    for (int64_t dim = 0; dim < sourceType.getRank(); ++dim)
      if (sourceType.getDimSize(dim) != 1)
        sourceDims.push_back(dim);
    for (int64_t dim = 0; dim < resultType.getRank(); ++dim)
      if (resultType.getDimSize(dim) != 1)
        resultDims.push_back(dim);
    if (sourceDims.size() != resultDims.size())
      return nullptr;
    SmallVector<AffineExpr> results(sourceType.getRank(),
                                    getAffineConstantExpr(0, op->getContext()));
    for (auto [source, result] : llvm::zip(sourceDims, resultDims)) {
      if (sourceType.getDimSize(source) != resultType.getDimSize(result) ||
          ShapedType::isDynamic(sourceType.getDimSize(source)))
        return nullptr;
      results[source] = access.getResult(result);
    }
    return buildTensor(
        reshape.getInput1(),
        AffineMap::get(access.getNumDims(), 0, results, op->getContext()));
  }
  if (!expr)
    return nullptr;
  return round(expr, width);
}
