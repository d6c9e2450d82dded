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

bool isTensorAdd(Operation *op) {
  return op && op->getNumResults() == 1 &&
         matchTensorAdd(op->getResult(0)).has_value();
}

SmallVector<Value> addOperands(Operation *add) {
  auto [lhs, rhs] = *matchTensorAdd(add->getResult(0));
  return {lhs, rhs};
}

/// Whether `value` is a norm's normalized result y (not a fused op's h).
bool isNormResult(Value value) {
  auto result = dyn_cast<OpResult>(value);
  return result && isNorm(result.getOwner()) && result.getResultNumber() == 0;
}

/// Whether `value` is multiplied by a constant (DeepNorm's alpha).
std::optional<double> scaledByConstant(Value value) {
  if (std::optional<std::pair<Value, double>> scaled =
          matchScaledByConstant(value))
    return scaled->second;
  return std::nullopt;
}

/// The summand operands of a residual sum: an add on tensors, or the input
/// and residual of a fused op.
SmallVector<Value> summands(Operation *op) {
  if (auto add = dyn_cast<AddLayerNormOp>(op))
    return {add.getInput(), add.getResidual()};
  if (auto add = dyn_cast<AddRMSNormOp>(op))
    return {add.getInput(), add.getResidual()};
  if (auto deep = dyn_cast<DeepNormOp>(op))
    return {deep.getInput(), deep.getResidual()};
  if (auto sandwich = dyn_cast<SandwichNormOp>(op))
    return {sandwich.getInput(), sandwich.getResidual()};
  if (isTensorAdd(op))
    return addOperands(op);
  return {};
}

/// Whether `value` is summed into a residual connection (by an add or a
/// fused op).
bool usedByAdd(Value value) {
  return llvm::any_of(value.getUsers(), [&](Operation *user) {
    return llvm::is_contained(summands(user), value);
  });
}

/// Whether a norm normalizes `value` itself (not as a summand of a fused
/// op's residual sum).
bool usedByNorm(Value value) {
  return llvm::any_of(value.getUsers(), [&](Operation *user) {
    return isa<LayerNormOp, RMSNormOp>(user) && user->getOperand(0) == value;
  });
}

/// The residual sums that use `value`, with the other summand of each.
SmallVector<std::pair<Operation *, Value>> addsUsing(Value value) {
  SmallVector<std::pair<Operation *, Value>> result;
  for (Operation *user : value.getUsers())
    for (Value operand : summands(user))
      if (operand != value)
        result.push_back({user, operand});
  return result;
}

/// An add on tensors that takes part in a residual connection: its sum is
/// normalized or added to again, or it adds a norm's output.
bool isResidualAdd(Operation *op) {
  if (!isTensorAdd(op))
    return false;
  Value sum = op->getResult(0);
  if (llvm::any_of(sum.getUsers(), isNorm) || usedByAdd(sum))
    return true;
  return llvm::any_of(addOperands(op), [](Value operand) {
    return operand.getDefiningOp() && isNorm(operand.getDefiningOp());
  });
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

/// A norm's output used only by a residual add: Sandwich-LN's Norm_out
/// (a residual stream that is a norm's output has other uses).
bool isNormOutput(Value operand) {
  return isNormResult(operand) && operand.hasOneUse();
}

Classification classifyNormOfValue(Value input, Value output) {
  Operation *producer = input.getDefiningOp();
  if (producer && isTensorAdd(producer)) {
    SmallVector<Value> operands = addOperands(producer);
    for (Value operand : operands)
      if (std::optional<double> alpha = scaledByConstant(operand))
        return {"deepnorm",
                "LN(alpha * x + F(x)) with alpha = " + std::to_string(*alpha)};
    bool sumIsNextResidual = usedByAdd(input);
    if (llvm::any_of(operands, isNormOutput))
      return sumIsNextResidual
                 ? Classification{"sandwich",
                                  "Norm_in of the next block: the sum "
                                  "x + Norm_out(F(x)) is normalized"}
                 : Classification{"sandwich-final",
                                  "final norm after a Sandwich-LN stack"};
    if (sumIsNextResidual)
      return {"pre-ln", "normalizes the residual stream, which is also the "
                        "next block's residual"};
    if (usedByAdd(output))
      return {"post-ln", "Norm(x + F(x)); its output is the next residual"};
    // Last norm of a stack: Pre-LN if the summed residual was also
    // normalized for the sublayer, Post-LN otherwise.
    if (llvm::any_of(operands, [](Value operand) {
          return usedByNorm(operand) && usedByAdd(operand);
        }))
      return {"pre-ln-final", "final norm of a Pre-LN stack"};
    return {"post-ln", "Norm(x + F(x)) of the last block"};
  }
  // The norm's output is the residual stream itself: BLOOM's embedding norm.
  if (usedByAdd(output) && usedByNorm(output))
    return {"embedding-norm", "Norm(Embed(t)) feeding a Pre-LN stack"};
  // x + Norm_out(F(...)): the second norm of a Sandwich-LN block.
  for (auto [add, other] : addsUsing(output)) {
    (void)add;
    if (!isNormResult(other))
      return {"sandwich", "Norm_out: x + Norm_out(F(Norm(x)))"};
  }
  // The input is the residual stream: the block's input norm.
  for (auto [add, other] : addsUsing(input)) {
    if (auto sandwich = dyn_cast<SandwichNormOp>(add);
        sandwich && sandwich.getResidual() == input)
      return {"sandwich", "Norm_in: x + Norm_out(F(Norm_in(x)))"};
    if (isNormResult(other) &&
        isa<LayerNormOp, RMSNormOp>(other.getDefiningOp()))
      return {"sandwich", "Norm_in: x + Norm_out(F(Norm_in(x)))"};
    return {"pre-ln", "x + F(Norm(x))"};
  }
  return {"standalone", "no residual connection around it"};
}

/// The placement of a fused Sandwich-LN step's second norm (its first is
/// always a sandwich output norm).
Classification classifySandwichStep(SandwichNormOp op) {
  if (usedByAdd(op.getResult(1)))
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
  auto fused = [&](Value input, Value residual, Value h, Value y,
                   double alpha) -> Classification {
    if (alpha != 1.0)
      return {"deepnorm",
              "fused LN(alpha * x + F(x)), alpha = " + std::to_string(alpha)};
    if (isNormResult(input))
      return usedByAdd(h)
                 ? Classification{"sandwich",
                                  "fused x + Norm_out(F) and the next Norm_in"}
                 : Classification{"sandwich-final",
                                  "fused final norm after a Sandwich-LN "
                                  "stack"};
    if (usedByAdd(h))
      return {"pre-ln", "fused; h is the next block's residual"};
    if (usedByAdd(y))
      return {"post-ln", "fused Norm(x + F(x))"};
    // The last fused op of a stack: Pre-LN if its residual is the h of a
    // fused op (the residual stream), Post-LN if it is a norm's output y.
    auto producer = residual.getDefiningOp();
    if (isa_and_nonnull<AddLayerNormOp, AddRMSNormOp>(producer) &&
        residual == producer->getResult(1))
      return {"pre-ln-final", "fused final norm of a Pre-LN stack"};
    return {"post-ln", "fused Norm(x + F(x)) of the last block"};
  };
  if (auto add = dyn_cast<AddLayerNormOp>(op))
    return fused(add.getInput(), add.getResidual(), add.getResult(1),
                 add.getResult(0), add.getAlpha().convertToDouble());
  if (auto add = dyn_cast<AddRMSNormOp>(op))
    return fused(add.getInput(), add.getResidual(), add.getResult(1),
                 add.getResult(0), add.getAlpha().convertToDouble());
  return classifyNormOfValue(op->getOperand(0), op->getResult(0));
}

struct NormPlacementReportPass
    : norm::impl::NormPlacementReportBase<NormPlacementReportPass> {
  void runOnOperation() override {
    getOperation()->walk([&](FunctionOpInterface function) {
      llvm::MapVector<StringRef, int64_t> counts;
      int64_t residualAdds = 0;
      function.walk([&](Operation *op) {
        if (isResidualAdd(op))
          ++residualAdds;
        if (isa<AddLayerNormOp, AddRMSNormOp, DeepNormOp, SandwichNormOp>(op))
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
