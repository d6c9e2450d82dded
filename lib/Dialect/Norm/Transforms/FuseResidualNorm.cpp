//===- FuseResidualNorm.cpp - Fuse residual adds into norms ---------------===//
//
// --norm-fuse-residual: `add -> norm` becomes norm.add_layer_norm or
// norm.add_rms_norm, for every residual placement that leaves such a pair
// (Post-LN, DeepNorm, the Pre-LN chain whose sum is also the next residual).
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"

#include "ResidualMatchers.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMFUSERESIDUAL
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

namespace {

/// A residual sum `alpha * residual + input (+ bias)` recognized in the IR.
struct ResidualSum {
  Value input;
  Value residual;
  Value bias;
  double alpha = 1.0;
  /// The ops that compute the sum, outermost (the one producing the sum)
  /// first.
  SmallVector<Operation *> ops;
};

/// `value = linalg.broadcast(bias)` over the leading dims, with bias of the
/// normalized shape [axis, rank).
Value matchBiasBroadcast(Value value, int64_t axis) {
  auto broadcast = value.getDefiningOp<linalg::BroadcastOp>();
  if (!broadcast || !broadcast.hasPureTensorSemantics())
    return Value();
  ArrayRef<int64_t> dims = broadcast.getDimensions();
  if (static_cast<int64_t>(dims.size()) != axis)
    return Value();
  for (auto [index, dim] : llvm::enumerate(dims))
    if (dim != static_cast<int64_t>(index))
      return Value();
  return broadcast.getInput();
}

/// Recognizes the residual sum feeding a norm over [axis, rank).
std::optional<ResidualSum> matchResidualSum(Value sum, int64_t axis) {
  std::optional<std::pair<Value, Value>> operands = matchTensorAdd(sum);
  if (!operands)
    return std::nullopt;
  ResidualSum result;
  result.ops.push_back(sum.getDefiningOp());
  auto [lhs, rhs] = *operands;

  // (a + b) + broadcast(bias), either order.
  for (auto [inner, maybeBias] : {std::pair(lhs, rhs), std::pair(rhs, lhs)}) {
    Value bias = matchBiasBroadcast(maybeBias, axis);
    std::optional<std::pair<Value, Value>> innerOperands =
        matchTensorAdd(inner);
    if (!bias || !innerOperands || !inner.hasOneUse())
      continue;
    result.bias = bias;
    result.ops.push_back(inner.getDefiningOp());
    std::tie(lhs, rhs) = *innerOperands;
    break;
  }

  // DeepNorm: the skip branch is scaled by a constant alpha.
  for (auto [maybeScaled, other] : {std::pair(lhs, rhs), std::pair(rhs, lhs)}) {
    std::optional<std::pair<Value, double>> scaled =
        matchScaledByConstant(maybeScaled);
    if (!scaled || !maybeScaled.hasOneUse())
      continue;
    result.residual = scaled->first;
    result.alpha = scaled->second;
    result.input = other;
    result.ops.push_back(maybeScaled.getDefiningOp());
    return result;
  }
  // `residual + F(x)`: by convention the left operand is the residual
  // stream; with alpha = 1 the sum is the same either way.
  result.residual = lhs;
  result.input = rhs;
  return result;
}

/// Whether `value` is available right before `point`.
bool isAvailableBefore(DominanceInfo &dominance, Value value,
                       Operation *point) {
  return !value || dominance.properlyDominates(value, point);
}

/// Fuses the sum feeding a LayerNorm/RMSNorm into the fused residual op.
template <typename NormOpTy>
struct FuseResidualIntoNorm : OpRewritePattern<NormOpTy> {
  FuseResidualIntoNorm(MLIRContext *context, ResidualFusionCounters *counters)
      : OpRewritePattern<NormOpTy>(context), counters(counters) {}

  LogicalResult matchAndRewrite(NormOpTy norm,
                                PatternRewriter &rewriter) const override {
    if (norm.hasStatistics())
      return rewriter.notifyMatchFailure(
          norm, "the fused ops do not return statistics");
    Value sum = norm.getInput();
    std::optional<ResidualSum> match =
        matchResidualSum(sum, norm.getNormalizedAxis());
    if (!match)
      return rewriter.notifyMatchFailure(norm, "input is not a residual add");
    if (llvm::any_of(match->ops, [&](Operation *op) {
          return op->getBlock() != norm->getBlock();
        }))
      return rewriter.notifyMatchFailure(
          norm, "the add is in another block: fusing would repeat it");
    auto sumType = cast<RankedTensorType>(sum.getType());
    if (getElementTypeOrSelf(match->input.getType()) !=
            sumType.getElementType() ||
        getElementTypeOrSelf(match->residual.getType()) !=
            sumType.getElementType())
      return rewriter.notifyMatchFailure(norm, "the add converts types");

    // The fused op replaces the sum everywhere, so it goes before the sum's
    // first use, and everything the norm needs must be available there.
    Operation *insertionPoint = norm;
    for (Operation *user : sum.getUsers()) {
      Operation *ancestor = norm->getBlock()->findAncestorOpInBlock(*user);
      if (ancestor && ancestor->isBeforeInBlock(insertionPoint))
        insertionPoint = ancestor;
    }
    DominanceInfo dominance(norm->getParentOp());
    SmallVector<Value> needed = {match->input, match->residual, match->bias,
                                 norm.getScale(), norm.getOuts()[0]};
    if constexpr (std::is_same_v<NormOpTy, LayerNormOp>)
      needed.push_back(norm.getBias());
    if (!llvm::all_of(needed, [&](Value value) {
          return isAvailableBefore(dominance, value, insertionPoint);
        }))
      return rewriter.notifyMatchFailure(
          norm, "a norm operand is defined after the sum is first used");

    rewriter.setInsertionPoint(insertionPoint);
    Location loc = rewriter.getFusedLoc({sum.getLoc(), norm.getLoc()});
    // h overwrites the sublayer output, which is usually dead after the add:
    // bufferization then reuses its buffer instead of allocating (as
    // convert-elementwise-to-linalg does with an operand of the add).
    Value hInit = match->input.getType() == sumType
                      ? match->input
                      : createEmptyLike(rewriter, loc, match->input,
                                        sumType.getElementType());
    SmallVector<Value> outs = {norm.getOuts()[0], hInit};
    Operation *fused;
    if constexpr (std::is_same_v<NormOpTy, LayerNormOp>)
      fused = AddLayerNormOp::create(
          rewriter, loc, match->input, match->residual, match->bias,
          norm.getScale(), norm.getBias(), outs, norm.getAxisAttr(),
          norm.getEpsilonAttr(), rewriter.getF64FloatAttr(match->alpha));
    else
      fused = AddRMSNormOp::create(
          rewriter, loc, match->input, match->residual, match->bias,
          norm.getScale(), outs, norm.getAxisAttr(), norm.getEpsilonAttr(),
          rewriter.getF64FloatAttr(match->alpha), norm.getOffsetAttr());

    bool sumUsedElsewhere = !sum.hasOneUse();
    rewriter.replaceOp(norm, fused->getResult(0));
    rewriter.replaceAllUsesWith(sum, fused->getResult(1));
    for (Operation *op : match->ops)
      if (op->use_empty())
        rewriter.eraseOp(op);

    if (counters) {
      ++counters->fused;
      if (sumUsedElsewhere)
        ++counters->preLNChains;
      if (sumType.hasStaticShape())
        counters->bytesSaved +=
            sumType.getNumElements() * sumType.getElementTypeBitWidth() / 8;
    }
    return success();
  }

private:
  ResidualFusionCounters *counters;
};

struct NormFuseResidualPass
    : norm::impl::NormFuseResidualBase<NormFuseResidualPass> {
  using Base::Base;

  void runOnOperation() override {
    // Functions are rewritten one at a time so that the report can say what
    // happened in each.
    SmallVector<FunctionOpInterface> functions;
    getOperation()->walk(
        [&](FunctionOpInterface function) { functions.push_back(function); });
    RewritePatternSet patterns(&getContext());
    ResidualFusionCounters counters;
    populateFuseResidualNormPatterns(patterns, &counters);
    FrozenRewritePatternSet frozen(std::move(patterns));
    for (FunctionOpInterface function : functions) {
      counters = ResidualFusionCounters();
      if (failed(applyPatternsGreedily(function, frozen)))
        return signalPassFailure();
      if (report && counters.fused)
        function.emitRemark()
            << "fused " << counters.fused << " residual add(s) into norms ("
            << counters.preLNChains << " Pre-LN chain(s)), removing "
            << counters.bytesSaved
            << " bytes of memory traffic (static shapes)";
    }
  }
};

} // namespace

void mlir::norm::populateFuseResidualNormPatterns(
    RewritePatternSet &patterns, ResidualFusionCounters *counters) {
  patterns
      .add<FuseResidualIntoNorm<LayerNormOp>, FuseResidualIntoNorm<RMSNormOp>>(
          patterns.getContext(), counters);
}
