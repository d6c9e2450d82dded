//===- RuntimeChecks.cpp - Run-time size checks of norm kernels -----------===//

#include "norm/Conversion/Utils/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::norm;

/// The size of dim `dim` of a tensor or memref.
static Value createDimOp(OpBuilder &b, Location loc, Value shaped,
                         int64_t dim) {
  if (isa<MemRefType>(shaped.getType()))
    return memref::DimOp::create(b, loc, shaped, dim);
  return tensor::DimOp::create(b, loc, shaped, dim);
}

void mlir::norm::emitSameSizesCheck(OpBuilder &b, Location loc, Value lhs,
                                    ArrayRef<int64_t> lhsDims, Value rhs,
                                    ArrayRef<int64_t> rhsDims, StringRef what) {
  auto lhsType = cast<ShapedType>(lhs.getType());
  auto rhsType = cast<ShapedType>(rhs.getType());
  for (auto [lhsDim, rhsDim] : llvm::zip_equal(lhsDims, rhsDims)) {
    if (!lhsType.isDynamicDim(lhsDim) && !rhsType.isDynamicDim(rhsDim))
      continue;
    Value lhsSize = createDimOp(b, loc, lhs, lhsDim);
    Value rhsSize = createDimOp(b, loc, rhs, rhsDim);
    Value same = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                       lhsSize, rhsSize);
    cf::AssertOp::create(
        b, loc, same,
        (what + " at run time (dimension " + Twine(lhsDim) + ")").str());
  }
}

void mlir::norm::emitSameSizesCheck(OpBuilder &b, Location loc, Value lhs,
                                    int64_t lhsFirst, Value rhs,
                                    StringRef what) {
  if (!lhs || !rhs || lhs == rhs)
    return;
  int64_t rank = cast<ShapedType>(rhs.getType()).getRank();
  emitSameSizesCheck(
      b, loc, lhs,
      llvm::to_vector(llvm::seq<int64_t>(lhsFirst, lhsFirst + rank)), rhs,
      llvm::to_vector(llvm::seq<int64_t>(0, rank)), what);
}

void mlir::norm::emitRowNormSizeChecks(OpBuilder &b, Location loc,
                                       const RowNormOperands &operands,
                                       StringRef opName) {
  Value input = operands.input;
  for (auto [output, what] : {std::pair<Value, StringRef>{operands.y, "y"},
                              {operands.residual, "residual"},
                              {operands.h, "h"}})
    emitSameSizesCheck(
        b, loc, input, 0, output,
        (opName + ": " + what + " does not match the input").str());
  for (auto [param, what] :
       {std::pair<Value, StringRef>{operands.scale, "scale"},
        {operands.bias, "bias"},
        {operands.addBias, "add_bias"},
        {operands.innerScale, "inner_scale"},
        {operands.innerBias, "inner_bias"}})
    emitSameSizesCheck(
        b, loc, input, operands.axis, param,
        (opName + ": " + what + " does not match the normalized shape").str());
  // The statistics: the input's leading dims (fewer rows would be written
  // out of bounds), then size 1; the messages are the linalg lowering's.
  SmallVector<int64_t> leading =
      llvm::to_vector(llvm::seq<int64_t>(0, operands.axis));
  for (auto [statistic, what] :
       {std::pair<Value, StringRef>{operands.mean, "mean"},
        {operands.rstd, "rstd"}}) {
    if (!statistic)
      continue;
    std::string message =
        (opName + ": " + what + " does not match the input").str();
    emitSameSizesCheck(b, loc, input, leading, statistic, leading, message);
    auto type = cast<ShapedType>(statistic.getType());
    for (int64_t dim = operands.axis; dim < type.getRank(); ++dim) {
      if (!type.isDynamicDim(dim))
        continue; // the verifier requires 1
      Value isOne = arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::eq, createDimOp(b, loc, statistic, dim),
          arith::ConstantIndexOp::create(b, loc, 1));
      cf::AssertOp::create(
          b, loc, isOne,
          (message + " at run time (dimension " + Twine(dim) + " is not 1)")
              .str());
    }
  }
}
