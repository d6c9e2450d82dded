//===- ResidualMatchers.cpp - Recognize residual sums in tensor IR --------===//
//
// The matchers that residual fusion and the placement report share: tensor
// additions and constant scalings in the forms frontends emit.
//
//===----------------------------------------------------------------------===//

#include "ResidualMatchers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;

namespace {

/// The body of an element-wise linalg.generic on tensors of one shape (all
/// loops parallel, identity maps) that computes one `BinaryOp` and yields
/// it; null otherwise.
template <typename BinaryOp> BinaryOp matchElementwiseGeneric(Operation *op) {
  auto generic = dyn_cast_or_null<linalg::GenericOp>(op);
  if (!generic || !generic.hasPureTensorSemantics() ||
      generic.getNumDpsInits() != 1 ||
      generic.getNumParallelLoops() != generic.getNumLoops() ||
      !llvm::all_of(generic.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isIdentity(); }))
    return BinaryOp();
  Block &body = generic.getRegion().front();
  if (body.getOperations().size() != 2)
    return BinaryOp();
  auto binary = dyn_cast<BinaryOp>(body.front());
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  if (!binary || yield.getValues().size() != 1 ||
      yield.getValues()[0] != binary.getResult())
    return BinaryOp();
  return binary;
}

/// The tensor operand a generic's block argument stands for (null if it is
/// not a block argument of an input).
Value genericInputOf(linalg::GenericOp generic, Value blockValue) {
  auto argument = dyn_cast<BlockArgument>(blockValue);
  if (!argument || argument.getOwner() != &generic.getRegion().front() ||
      argument.getArgNumber() >= generic.getNumDpsInputs())
    return Value();
  return generic.getDpsInputs()[argument.getArgNumber()];
}

} // namespace

std::optional<std::pair<Value, Value>> mlir::norm::matchTensorAdd(Value value) {
  if (!isa<RankedTensorType>(value.getType()))
    return std::nullopt;
  Operation *op = value.getDefiningOp();
  if (auto add = dyn_cast_or_null<arith::AddFOp>(op))
    return std::make_pair(add.getLhs(), add.getRhs());
  if (auto add = dyn_cast_or_null<linalg::AddOp>(op);
      add && add.hasPureTensorSemantics())
    return std::make_pair(add.getInputs()[0], add.getInputs()[1]);
  if (auto add = matchElementwiseGeneric<arith::AddFOp>(op)) {
    auto generic = cast<linalg::GenericOp>(op);
    Value lhs = genericInputOf(generic, add.getLhs());
    Value rhs = genericInputOf(generic, add.getRhs());
    if (lhs && rhs && generic.getNumDpsInputs() == 2 &&
        lhs.getType() == value.getType() && rhs.getType() == value.getType())
      return std::make_pair(lhs, rhs);
  }
  return std::nullopt;
}

std::optional<std::pair<Value, double>>
mlir::norm::matchScaledByConstant(Value value) {
  if (auto mul = matchElementwiseGeneric<arith::MulFOp>(value.getDefiningOp());
      mul &&
      cast<linalg::GenericOp>(value.getDefiningOp()).getNumDpsInputs() == 1) {
    auto generic = cast<linalg::GenericOp>(value.getDefiningOp());
    for (auto [scaled, factor] : {std::pair(mul.getLhs(), mul.getRhs()),
                                  std::pair(mul.getRhs(), mul.getLhs())}) {
      FloatAttr constant;
      Value input = genericInputOf(generic, scaled);
      if (input && input.getType() == value.getType() &&
          matchPattern(factor, m_Constant(&constant)))
        return std::make_pair(input, constant.getValueAsDouble());
    }
    return std::nullopt;
  }
  auto mul = value.getDefiningOp<arith::MulFOp>();
  if (!mul)
    return std::nullopt;
  for (auto [scaled, factor] : {std::pair(mul.getLhs(), mul.getRhs()),
                                std::pair(mul.getRhs(), mul.getLhs())}) {
    DenseFPElementsAttr splat;
    if (matchPattern(factor, m_Constant(&splat)) && splat.isSplat())
      return std::make_pair(scaled,
                            splat.getSplatValue<APFloat>().convertToDouble());
  }
  return std::nullopt;
}
