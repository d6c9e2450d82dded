//===- ResidualMatchers.cpp - Recognize residual sums in tensor IR --------===//
//
// The matchers that residual fusion and the placement report share: tensor
// additions and constant scalings in the forms frontends emit.
//
//===----------------------------------------------------------------------===//

#include "ResidualMatchers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace mlir;
using namespace mlir::norm;

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

/// One step of lookThroughRowReshapes: the source of `value`'s reshape and
/// the axis of the same normalized dims there, if the reshape keeps rows.
static std::optional<std::pair<Value, int64_t>> rowReshapeSource(Value value,
                                                                 int64_t axis) {
  if (auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>()) {
    // Groups by result dim: each normalized result dim is one source dim.
    SmallVector<ReassociationIndices> groups =
        collapse.getReassociationIndices();
    int64_t rank = groups.size();
    if (axis >= rank || llvm::any_of(ArrayRef(groups).drop_front(axis),
                                     [](const ReassociationIndices &group) {
                                       return group.size() != 1;
                                     }))
      return std::nullopt;
    return std::make_pair(collapse.getSrc(), groups[axis].front());
  }
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>()) {
    // Groups by source dim: the normalized result dims are whole groups of
    // one dim each, from the group that starts at `axis` on.
    SmallVector<ReassociationIndices> groups = expand.getReassociationIndices();
    auto first = llvm::find_if(groups, [&](const ReassociationIndices &group) {
      return group.front() == axis;
    });
    if (first == groups.end() ||
        llvm::any_of(llvm::make_range(first, groups.end()),
                     [](const ReassociationIndices &group) {
                       return group.size() != 1;
                     }))
      return std::nullopt;
    return std::make_pair(expand.getSrc(),
                          static_cast<int64_t>(first - groups.begin()));
  }
  return std::nullopt;
}

std::pair<Value, int64_t>
mlir::norm::lookThroughRowReshapes(Value value, int64_t axis,
                                   SmallVectorImpl<Operation *> *reshapes) {
  SmallVector<Operation *> chain;
  while (std::optional<std::pair<Value, int64_t>> source =
             rowReshapeSource(value, axis)) {
    chain.push_back(value.getDefiningOp());
    std::tie(value, axis) = *source;
  }
  if (reshapes)
    reshapes->append(chain.rbegin(), chain.rend());
  return {value, axis};
}

Value mlir::norm::stripReshapes(Value value) {
  while (Operation *op = value.getDefiningOp()) {
    if (!isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(op))
      break;
    value = op->getOperand(0);
  }
  return value;
}

bool mlir::norm::isComputedFrom(Value value, Value ancestor) {
  ancestor = stripReshapes(ancestor);
  // Ops of the ancestor's block that come before it cannot lead to it.
  Operation *ancestorOp = ancestor.getDefiningOp();
  SmallVector<Value> worklist = {value};
  llvm::SmallPtrSet<Operation *, 32> visited;
  while (!worklist.empty()) {
    Value current = worklist.pop_back_val();
    if (current == ancestor)
      return true;
    Operation *op = current.getDefiningOp();
    if (!op || !visited.insert(op).second)
      continue;
    // A fused residual op's y is the norm of its h.
    if (op == ancestorOp &&
        isa<AddLayerNormOp, AddRMSNormOp, SandwichNormOp>(op) &&
        cast<OpResult>(ancestor).getResultNumber() == 1)
      return true;
    if (ancestorOp && op->getBlock() == ancestorOp->getBlock() &&
        op->isBeforeInBlock(ancestorOp))
      continue;
    llvm::append_range(worklist, op->getOperands());
    // Values that a region (a linalg.generic body) reads from above.
    op->walk([&](Operation *nested) {
      if (nested == op)
        return;
      for (Value operand : nested->getOperands())
        if (!op->isAncestor(operand.getParentRegion()->getParentOp()))
          worklist.push_back(operand);
    });
  }
  return false;
}

std::optional<std::pair<Value, Value>>
mlir::norm::orderResidualSummands(Value lhs, Value rhs) {
  if (lhs == rhs)
    return std::nullopt;
  if (isComputedFrom(rhs, lhs))
    return std::make_pair(lhs, rhs);
  if (isComputedFrom(lhs, rhs))
    return std::make_pair(rhs, lhs);
  return std::nullopt;
}
