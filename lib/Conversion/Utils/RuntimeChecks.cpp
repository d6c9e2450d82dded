//===- RuntimeChecks.cpp - Run-time size checks of norm kernels -----------===//

#include "norm/Conversion/Utils/RuntimeChecks.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace mlir::norm;

void mlir::norm::emitSameSizesCheck(OpBuilder &b, Location loc, Value lhs,
                                    int64_t lhsFirst, Value rhs,
                                    StringRef what) {
  if (!lhs || !rhs || lhs == rhs)
    return;
  auto lhsType = cast<MemRefType>(lhs.getType());
  auto rhsType = cast<MemRefType>(rhs.getType());
  for (int64_t dim = 0; dim < rhsType.getRank(); ++dim) {
    int64_t lhsDim = lhsFirst + dim;
    if (!lhsType.isDynamicDim(lhsDim) && !rhsType.isDynamicDim(dim))
      continue;
    Value lhsSize = memref::DimOp::create(b, loc, lhs, lhsDim);
    Value rhsSize = memref::DimOp::create(b, loc, rhs, dim);
    Value same = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                       lhsSize, rhsSize);
    cf::AssertOp::create(
        b, loc, same,
        (what + " at run time (dimension " + Twine(lhsDim) + ")").str());
  }
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
}
