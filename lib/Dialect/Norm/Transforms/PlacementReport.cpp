//===- PlacementReport.cpp - Where each norm sits in its block ------------===//
//
// --norm-placement-report: classifies every norm of a function of plain ops
// by its residual placement (Post-LN, Pre-LN, Sandwich-LN, DeepNorm, the
// final norm of a Pre-LN stack, BLOOM's embedding norm) from the data flow
// between norms and residual adds, and reports it as a remark at the norm,
// with a per-function summary.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"

#include "ResidualMatchers.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/Support/Format.h"

#include <sstream>

namespace mlir::norm {
#define GEN_PASS_DEF_NORMPLACEMENTREPORT
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

namespace {

bool isNorm(Operation *op) {
  return isa_and_nonnull<LayerNormOp, RMSNormOp, AddLayerNormOp, AddRMSNormOp,
                         DeepNormOp, SandwichNormOp>(op);
}

/// Whether `value` is a norm's normalized result y (not a fused op's h).
bool isNormResult(Value value) {
  auto result = dyn_cast<OpResult>(value);
  return result && isNorm(result.getOwner()) && result.getResultNumber() == 0;
}

/// A norm's output used only by a residual sum: Sandwich-LN's Norm_out (a
/// residual stream that is a norm's output has other uses).
bool isNormOutput(Value value) {
  return isNormResult(value) && value.hasOneUse();
}

/// Whether `value` is the h result (the residual sum) of a fused op.
bool isFusedSum(Value value) {
  auto result = dyn_cast<OpResult>(value);
  return result && result.getResultNumber() == 1 &&
         isa<AddLayerNormOp, AddRMSNormOp, SandwichNormOp>(result.getOwner());
}

/// The operands of an add on tensors, seen through an added bias broadcast
/// (`(x + F(x)) + broadcast(b)` sums x and F(x)).
std::optional<std::pair<Value, Value>> addedValues(Value value) {
  std::optional<std::pair<Value, Value>> operands = matchTensorAdd(value);
  if (!operands)
    return std::nullopt;
  for (auto [inner, other] :
       {*operands, std::pair(operands->second, operands->first)})
    if (other.getDefiningOp<linalg::BroadcastOp>())
      if (std::optional<std::pair<Value, Value>> innerOperands =
              matchTensorAdd(inner))
        return innerOperands;
  return operands;
}

/// The two summands of the sum a residual op computes: an add on tensors
/// or a fused op.
std::optional<std::pair<Value, Value>> summandsOf(Operation *op) {
  if (auto add = dyn_cast<AddLayerNormOp>(op))
    return std::make_pair(add.getInput(), add.getResidual());
  if (auto add = dyn_cast<AddRMSNormOp>(op))
    return std::make_pair(add.getInput(), add.getResidual());
  if (auto deep = dyn_cast<DeepNormOp>(op))
    return std::make_pair(deep.getInput(), deep.getResidual());
  if (auto sandwich = dyn_cast<SandwichNormOp>(op))
    return std::make_pair(sandwich.getInput(), sandwich.getResidual());
  if (op->getNumResults() == 1)
    return addedValues(op->getResult(0));
  return std::nullopt;
}

/// The summands of the sum `value` holds, seen through reshapes of its rows:
/// an add's operands, or, for a fused op's h, its input and residual. So a
/// norm of the sum reads the same summands before and after fusion.
std::optional<std::pair<Value, Value>> summandsOfValue(Value value,
                                                       int64_t axis) {
  value = lookThroughRowReshapes(value, axis).first;
  if (isFusedSum(value))
    return summandsOf(value.getDefiningOp());
  return addedValues(value);
}

/// `value` without a constant scaling (DeepNorm's alpha * x).
Value unscaled(Value value) {
  if (std::optional<std::pair<Value, double>> scaled =
          matchScaledByConstant(value))
    return scaled->first;
  return value;
}

/// Whether `value` comes from the caller: an argument of the function (a
/// block compiled alone, its sublayer output passed in).
bool isFunctionArgument(Value value) {
  auto argument = dyn_cast<BlockArgument>(stripReshapes(value));
  return argument &&
         isa<FunctionOpInterface>(argument.getOwner()->getParentOp());
}

/// The summands of a residual connection as (x, F(x)): one is computed from
/// the other (through a constant scaling of x). Where a summand is a
/// function argument the data flow is outside the function: by convention
/// the left operand is x. None for a sum of other independent values:
/// embeddings, the two sublayer outputs of a parallel block.
std::optional<std::pair<Value, Value>> residualPair(Value lhs, Value rhs) {
  if (std::optional<std::pair<Value, Value>> pair =
          orderResidualSummands(lhs, rhs))
    return pair;
  if (isComputedFrom(rhs, unscaled(lhs)))
    return std::make_pair(lhs, rhs);
  if (isComputedFrom(lhs, unscaled(rhs)))
    return std::make_pair(rhs, lhs);
  if (lhs != rhs && (isFunctionArgument(lhs) || isFunctionArgument(rhs)))
    return std::make_pair(lhs, rhs);
  return std::nullopt;
}

/// The residual pair an op sums, if it is a residual connection.
std::optional<std::pair<Value, Value>> residualPairOf(Operation *op) {
  std::optional<std::pair<Value, Value>> summands = summandsOf(op);
  if (!summands)
    return std::nullopt;
  if (isa<DeepNormOp>(op))
    return std::make_pair(summands->second, summands->first);
  return residualPair(summands->first, summands->second);
}

/// `value` and its other shapes: what reshapes of the value it is a reshape
/// of (the same residual stream viewed as [B, S, H] or [B*S, H]).
SmallVector<Value> shapesOf(Value value) {
  SmallVector<Value> shapes = {stripReshapes(value)};
  for (size_t i = 0; i < shapes.size(); ++i)
    for (Operation *user : shapes[i].getUsers())
      if (isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(user))
        shapes.push_back(user->getResult(0));
  return shapes;
}

/// Whether the residual stream `value` (in any shape) is the x of a residual
/// connection x + F(x) (`asResidual`), or either summand.
bool isSummed(Value value, bool asResidual) {
  for (Value shape : shapesOf(value))
    for (Operation *user : shape.getUsers()) {
      std::optional<std::pair<Value, Value>> pair = residualPairOf(user);
      if (!pair)
        continue;
      if (stripReshapes(pair->first) == stripReshapes(shape) ||
          (!asResidual && stripReshapes(pair->second) == stripReshapes(shape)))
        return true;
    }
  return false;
}

/// The residual connections that take `value` (in any shape) as x, with
/// their F(x).
SmallVector<std::pair<Operation *, Value>> connectionsFrom(Value value) {
  SmallVector<std::pair<Operation *, Value>> result;
  for (Value shape : shapesOf(value))
    for (Operation *user : shape.getUsers())
      if (std::optional<std::pair<Value, Value>> pair = residualPairOf(user);
          pair && stripReshapes(pair->first) == stripReshapes(shape))
        result.push_back({user, pair->second});
  return result;
}

/// Whether a norm normalizes the residual stream `value` (in any shape): a
/// norm reads it, or it is the h that a fused op normalizes.
bool isNormalized(Value value) {
  for (Value shape : shapesOf(value)) {
    if (isFusedSum(shape))
      return true;
    if (llvm::any_of(shape.getUsers(), [&](Operation *user) {
          return isa<LayerNormOp, RMSNormOp>(user) &&
                 user->getOperand(0) == shape;
        }))
      return true;
  }
  return false;
}

/// Six significant digits, as printf's %g.
std::string shortNumber(double value) {
  std::ostringstream os;
  os << value;
  return os.str();
}

struct Classification {
  StringRef placement;
  std::string detail;
};

/// Classifies a norm that normalizes `x` (a plain norm's input, a fused
/// op's h) into `y`, from the data flow around it: the same before and
/// after fusion, since a fused op's h holds the same sum of the same
/// summands as the add it replaced.
Classification classifyNorm(Value x, int64_t axis, Value y, double alpha) {
  if (alpha != 1.0)
    return {"deepnorm",
            "LN(alpha * x + F(x)) with alpha = " + std::to_string(alpha)};
  std::optional<std::pair<Value, Value>> summands = summandsOfValue(x, axis);
  if (summands)
    for (Value summand : {summands->first, summands->second})
      if (std::optional<std::pair<Value, double>> scaled =
              matchScaledByConstant(summand))
        return {"deepnorm", "LN(alpha * x + F(x)) with alpha = " +
                                std::to_string(scaled->second)};
  std::optional<std::pair<Value, Value>> pair =
      summands ? residualPair(summands->first, summands->second) : std::nullopt;
  if (pair) {
    auto [residual, branch] = *pair;
    bool sumIsNextResidual = isSummed(x, /*asResidual=*/true);
    if (isNormOutput(branch))
      return sumIsNextResidual
                 ? Classification{"sandwich",
                                  "Norm_in of the next block: the sum "
                                  "x + Norm_out(F(x)) is normalized"}
                 : Classification{"sandwich-final",
                                  "final norm after a Sandwich-LN stack"};
    if (sumIsNextResidual)
      return {"pre-ln", "normalizes the residual stream, which is also the "
                        "next block's residual"};
    if (isSummed(y, /*asResidual=*/false))
      return {"post-ln", "Norm(x + F(x)); its output is the next residual"};
    // Last norm of a stack: Pre-LN if the summed residual stream was also
    // normalized for the sublayer, Post-LN if it is a norm's output.
    if (isNormalized(residual))
      return {"pre-ln-final", "final norm of a Pre-LN stack"};
    return {"post-ln", "Norm(x + F(x)) of the last block"};
  }
  // Not the norm of a residual sum. Its output is the residual stream the
  // first block adds to: the norm of the embeddings (BLOOM's Norm(Embed(t)),
  // BERT's norm of the word + position + token type embeddings).
  if (isSummed(y, /*asResidual=*/true))
    return {"embedding-norm",
            "Norm of the embeddings: the residual stream of the first block"};
  // x + Norm_out(F(...)): the second norm of a Sandwich-LN block.
  if (isSummed(y, /*asResidual=*/false))
    return {"sandwich", "Norm_out: x + Norm_out(F(Norm(x)))"};
  // The input is the residual stream: the block's input norm.
  for (auto [connection, branch] : connectionsFrom(x)) {
    if (isa<SandwichNormOp>(connection) || isNormOutput(branch))
      return {"sandwich", "Norm_in: x + Norm_out(F(Norm_in(x)))"};
    return {"pre-ln", "x + F(Norm(x))"};
  }
  return {"standalone", "no residual connection around it"};
}

/// The placement of a fused Sandwich-LN step's second norm (its first is
/// always a sandwich output norm).
Classification classifySandwichStep(SandwichNormOp op) {
  if (isSummed(op.getResult(1), /*asResidual=*/true))
    return {"sandwich", "fused Norm_out, x + Norm_out(F) and the next Norm_in"};
  return {"sandwich-final",
          "fused Norm_out, x + Norm_out(F) and the final norm of the stack"};
}

Classification classify(Operation *op) {
  if (auto sandwich = dyn_cast<SandwichNormOp>(op))
    return classifySandwichStep(sandwich);
  if (auto deep = dyn_cast<DeepNormOp>(op)) {
    std::string detail = "alpha = " + std::to_string(deep.getEffectiveAlpha());
    if (std::optional<double> beta = deep.getDeepNormBeta())
      detail += ", init gain beta = " + std::to_string(*beta);
    return {"deepnorm", detail};
  }
  if (auto add = dyn_cast<AddLayerNormOp>(op))
    return classifyNorm(add.getResult(1), add.getNormalizedAxis(),
                        add.getResult(0), add.getAlpha().convertToDouble());
  if (auto add = dyn_cast<AddRMSNormOp>(op))
    return classifyNorm(add.getResult(1), add.getNormalizedAxis(),
                        add.getResult(0), add.getAlpha().convertToDouble());
  if (auto norm = dyn_cast<LayerNormOp>(op))
    return classifyNorm(norm.getInput(), norm.getNormalizedAxis(),
                        norm.getResult(0), 1.0);
  auto norm = cast<RMSNormOp>(op);
  return classifyNorm(norm.getInput(), norm.getNormalizedAxis(),
                      norm.getResult(0), 1.0);
}

/// Whether the norm `op` normalizes x itself (a fused op: x is its sum h).
bool normalizes(Operation *op, Value x) {
  x = stripReshapes(x);
  if (isFusedSum(x))
    return x.getDefiningOp() == op;
  return !isa<AddLayerNormOp, AddRMSNormOp, SandwichNormOp, DeepNormOp>(op) &&
         stripReshapes(op->getOperand(0)) == x;
}

/// Whether a sum x + F(x) that no norm normalizes is on the residual stream
/// (Pre-LN's connections; also a Post-LN block's when its output is not
/// normalized, as the last one of a stack): x comes from a norm or
/// from the caller (Post-LN, DeepNorm, a block compiled alone), or F reads
/// x through a norm of x (Pre-LN). An element-wise x + c * x^3 inside a
/// sublayer (tanh GELU) is neither, nor is a sum with a value some earlier
/// layer computed (T5's position bias added to each layer's scores).
bool isOnResidualStream(Value x, Value f) {
  x = unscaled(x);
  if (isFunctionArgument(x) || isNormResult(stripReshapes(x)))
    return true;
  SmallVector<Value> worklist = {f};
  llvm::SmallPtrSet<Operation *, 32> visited;
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val().getDefiningOp();
    if (!op || !visited.insert(op).second)
      continue;
    if (isNorm(op) && normalizes(op, x))
      return true;
    llvm::append_range(worklist, op->getOperands());
  }
  return false;
}

/// Whether `op` makes a residual connection: an add or fused op whose
/// summands are x and F(x) on the residual stream, DeepNorm, a Sandwich-LN
/// step.
bool isResidualConnection(Operation *op) {
  // On buffers the summands' data flow is not there: a fused op counts.
  if (isa<DeepNormOp, SandwichNormOp>(op) ||
      (isa<AddLayerNormOp, AddRMSNormOp>(op) && op->getNumResults() == 0))
    return true;
  if (!isa<AddLayerNormOp, AddRMSNormOp>(op) &&
      !(op->getNumResults() == 1 &&
        isa<RankedTensorType>(op->getResult(0).getType()) &&
        matchTensorAdd(op->getResult(0))))
    return false;
  // An add of a bias to a residual sum is part of that connection.
  if (op->getNumResults() == 1) {
    std::optional<std::pair<Value, Value>> operands =
        matchTensorAdd(op->getResult(0));
    if (operands->first.getDefiningOp<linalg::BroadcastOp>() ||
        operands->second.getDefiningOp<linalg::BroadcastOp>())
      return false;
  }
  std::optional<std::pair<Value, Value>> pair = residualPairOf(op);
  if (!pair)
    return false;
  // A sum a norm normalizes (Post-LN's Norm(x + F(x)), a fused op) is one.
  Value sum = op->getNumResults() == 1 ? op->getResult(0) : op->getResult(1);
  return isNormalized(sum) || isOnResidualStream(pair->first, pair->second);
}

/// Post-LN norms from which the report calls a stack deep: 12 blocks of
/// two sublayers, from where the placement study found Post-LN's update
/// large (docs/PlacementStudy.md).
constexpr int64_t kStudyPostLNNorms = 24;

struct NormPlacementReportPass
    : norm::impl::NormPlacementReportBase<NormPlacementReportPass> {
  void runOnOperation() override {
    getOperation()->walk([&](FunctionOpInterface function) {
      llvm::MapVector<StringRef, int64_t> counts;
      int64_t residualAdds = 0;
      function.walk([&](Operation *op) {
        if (isResidualConnection(op))
          ++residualAdds;
        if (!isNorm(op))
          return;
        // On buffers the residual stream flows through memory, not SSA
        // values: the data flow the classification reads is not there.
        Classification c =
            op->getNumResults() == 0
                ? Classification{"unclassified",
                                 "a norm on buffers; the report follows "
                                 "tensor data flow, run it before "
                                 "bufferization"}
                : classify(op);
        ++counts[c.placement];
        // A Sandwich-LN step holds two norms; the first is a Norm_out.
        if (isa<SandwichNormOp>(op) && op->getNumResults() != 0)
          ++counts["sandwich"];
        op->emitRemark() << "placement: " << c.placement << " (" << c.detail
                         << ")";
      });
      if (counts.empty())
        return;
      InFlightDiagnostic summary = function.emitRemark();
      summary << "norm placements:";
      for (auto [placement, count] : counts)
        summary << " " << count << " " << placement << ";";
      summary << " residual depth " << residualAdds;
      // What the placement study measured (docs/PlacementStudy.md): from
      // 12 blocks on, a Post-LN stack's first Adam step moves its output
      // 2-4x as much as Pre-LN's and 20-40x as much as DeepNorm's, and at 24
      // blocks it did not train, with or without warm-up, where the other
      // placements did.
      if (counts.lookup("post-ln") >= kStudyPostLNNorms &&
          !counts.lookup("deepnorm"))
        summary << "; a Post-LN stack of " << counts.lookup("post-ln")
                << " norms without DeepNorm's alpha: the placement that "
                   "trains worst, it needs learning-rate warm-up and a small "
                   "learning rate, or DeepNorm (docs/PlacementStudy.md)";
      if (counts.lookup("deepnorm")) {
        int64_t m = counts.lookup("deepnorm");
        summary << "; as a decoder-only DeepNet with M = " << m
                << " sublayers: alpha = "
                << shortNumber(
                       computeDeepNormAlpha(DeepNormArch::DecoderOnly, 0, m))
                << ", beta = "
                << shortNumber(
                       computeDeepNormBeta(DeepNormArch::DecoderOnly, 0, m));
      }
    });
  }
};

} // namespace
