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
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
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
  // `x + F(x)` or `F(x) + x`: the residual stream is the summand the other
  // is computed from (h is written over the other, the sublayer output,
  // which dies at the add). Where neither is (a sum of embeddings), the left
  // operand; with alpha = 1 the sum is the same either way.
  std::tie(result.residual, result.input) =
      orderResidualSummands(lhs, rhs).value_or(std::make_pair(lhs, rhs));
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
    // The norm may read the sum through reshapes of its rows (OPT's
    // [B, S, H] <-> [B*S, H] views).
    Value normInput = norm.getInput();
    SmallVector<Operation *> reshapes;
    auto [sum, sumAxis] =
        lookThroughRowReshapes(normInput, norm.getNormalizedAxis(), &reshapes);
    std::optional<ResidualSum> match = matchResidualSum(sum, sumAxis);
    if (!match)
      return rewriter.notifyMatchFailure(norm, "input is not a residual add");
    if (llvm::any_of(match->ops,
                     [&](Operation *op) {
                       return op->getBlock() != norm->getBlock();
                     }) ||
        llvm::any_of(reshapes, [&](Operation *op) {
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
    // The summands are reshaped as the sum was.
    if (!reshapes.empty() && (match->input.getType() != sumType ||
                              match->residual.getType() != sumType))
      return rewriter.notifyMatchFailure(
          norm, "a summand's shape differs from the reshaped sum's");

    // The fused op replaces the sum everywhere, so it goes before the sum's
    // first use, and everything the norm needs must be available there.
    // (So do the sum's other shapes: h takes their place, reshaped back.)
    SmallVector<Value> shapes = {sum};
    for (Operation *reshape : reshapes)
      shapes.push_back(reshape->getResult(0));
    Operation *insertionPoint = norm;
    for (Value value : shapes) {
      for (Operation *user : value.getUsers()) {
        if (llvm::is_contained(reshapes, user))
          continue;
        Operation *ancestor = norm->getBlock()->findAncestorOpInBlock(*user);
        if (ancestor && ancestor->isBeforeInBlock(insertionPoint))
          insertionPoint = ancestor;
      }
    }
    DominanceInfo dominance(norm->getParentOp());
    // The norm's statistics, if it returns them, become the fused op's:
    // the statistics of h, the sum the norm read.
    SmallVector<Value> needed = {match->input, match->residual, match->bias,
                                 norm.getScale()};
    llvm::append_range(needed, norm.getOuts());
    if constexpr (std::is_same_v<NormOpTy, LayerNormOp>)
      needed.push_back(norm.getBias());
    // A reshape's sizes (expand_shape's output shape) too.
    for (Operation *reshape : reshapes)
      llvm::append_range(needed, reshape->getOperands().drop_front());
    if (!llvm::all_of(needed, [&](Value value) {
          return isAvailableBefore(dominance, value, insertionPoint);
        }))
      return rewriter.notifyMatchFailure(
          norm, "a norm operand is defined after the sum is first used");

    rewriter.setInsertionPoint(insertionPoint);
    Location loc = rewriter.getFusedLoc({sum.getLoc(), norm.getLoc()});
    // The fused op works in the norm's shape: each summand goes through the
    // reshapes the sum went through (views once bufferized).
    // inputShapes[i] is the input in the shape of shapes[i].
    SmallVector<Value> inputShapes = {match->input};
    Value residual = match->residual;
    for (Operation *reshape : reshapes) {
      IRMapping mapping;
      mapping.map(reshape->getOperand(0), inputShapes.back());
      inputShapes.push_back(rewriter.clone(*reshape, mapping)->getResult(0));
      mapping.map(reshape->getOperand(0), residual);
      residual = rewriter.clone(*reshape, mapping)->getResult(0);
    }
    Value input = inputShapes.back();
    auto hType = cast<RankedTensorType>(normInput.getType());
    // h overwrites the sublayer output, which is usually dead after the add:
    // bufferization then reuses its buffer instead of allocating (as
    // convert-elementwise-to-linalg does with an operand of the add).
    // Where the add writes into a buffer the caller passed (a function
    // argument), h keeps that destination: the caller reads h there.
    Value hInit;
    if (auto add = dyn_cast<DestinationStyleOpInterface>(match->ops.front());
        add && add.getNumDpsInits() == 1 &&
        isa<BlockArgument>(add.getDpsInits()[0]) &&
        add.getDpsInits()[0].getType() == hType)
      hInit = add.getDpsInits()[0];
    else
      hInit =
          input.getType() == hType
              ? input
              : createEmptyLike(rewriter, loc, input, hType.getElementType());
    SmallVector<Value> outs = {norm.getOuts()[0], hInit};
    llvm::append_range(outs, norm.getOuts().drop_front());
    Operation *fused;
    if constexpr (std::is_same_v<NormOpTy, LayerNormOp>)
      fused = AddLayerNormOp::create(
          rewriter, loc, input, residual, match->bias, norm.getScale(),
          norm.getBias(), outs, norm.getAxisAttr(), norm.getEpsilonAttr(),
          rewriter.getF64FloatAttr(match->alpha));
    else
      fused = AddRMSNormOp::create(
          rewriter, loc, input, residual, match->bias, norm.getScale(), outs,
          norm.getAxisAttr(), norm.getEpsilonAttr(),
          rewriter.getF64FloatAttr(match->alpha), norm.getOffsetAttr());

    bool sumUsedElsewhere = llvm::any_of(shapes, [&](Value value) {
      return llvm::any_of(value.getUsers(), [&](Operation *user) {
        return user != norm && !llvm::is_contained(reshapes, user);
      });
    });
    SmallVector<Value> normResults = {fused->getResult(0)};
    llvm::append_range(normResults, fused->getResults().drop_front(2));
    rewriter.replaceOp(norm, normResults);
    // Every shape of the sum becomes the same shape of h: the norm's is h,
    // each earlier one that is used h reshaped back (views once bufferized).
    auto usedOutsideChain = [&](Value value) {
      return llvm::any_of(value.getUsers(), [&](Operation *user) {
        return !llvm::is_contained(reshapes, user);
      });
    };
    Value h = fused->getResult(1);
    rewriter.replaceAllUsesWith(normInput, h);
    for (int64_t i = static_cast<int64_t>(reshapes.size()) - 1;
         i >= 0 &&
         llvm::any_of(ArrayRef(shapes).take_front(i + 1), usedOutsideChain);
         --i) {
      Type type = shapes[i].getType();
      if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(reshapes[i]))
        h = tensor::ExpandShapeOp::create(
            rewriter, loc, type, h, collapse.getReassociationIndices(),
            tensor::getMixedSizes(rewriter, loc, inputShapes[i]));
      else
        h = tensor::CollapseShapeOp::create(
            rewriter, loc, type, h,
            cast<tensor::ExpandShapeOp>(reshapes[i]).getReassociationIndices());
      rewriter.replaceUsesWithIf(shapes[i], h, [&](OpOperand &use) {
        return !llvm::is_contained(reshapes, use.getOwner());
      });
    }
    for (Operation *op : llvm::reverse(reshapes))
      if (op->use_empty())
        rewriter.eraseOp(op);
    for (Operation *op : match->ops)
      if (op->use_empty())
        rewriter.eraseOp(op);

    if (counters) {
      ++counters->fused;
      if (sumUsedElsewhere)
        ++counters->preLNChains;
      if (hType.hasStaticShape())
        counters->bytesSaved +=
            hType.getNumElements() * hType.getElementTypeBitWidth() / 8;
    }
    return success();
  }

private:
  ResidualFusionCounters *counters;
};

/// Sandwich-LN: a norm whose only use is the input of a fused residual op of
/// the same kind (x + Norm_out(F), normalized by the next Norm_in) becomes one
/// norm.sandwich_norm, which does not write and re-read Norm_out(F).
template <typename FusedOpTy, typename InnerOpTy>
struct FuseSandwichNorm : OpRewritePattern<FusedOpTy> {
  FuseSandwichNorm(MLIRContext *context, ResidualFusionCounters *counters)
      : OpRewritePattern<FusedOpTy>(context), counters(counters) {}

  LogicalResult matchAndRewrite(FusedOpTy op,
                                PatternRewriter &rewriter) const override {
    constexpr bool isLayer = std::is_same_v<FusedOpTy, AddLayerNormOp>;
    // norm.sandwich_norm returns no statistics.
    if (!op.hasPureTensorSemantics() || op.getAddBias() || op.hasStatistics() ||
        op.getAlpha().convertToDouble() != 1.0)
      return rewriter.notifyMatchFailure(op, "not a plain residual add");
    // With alpha = 1 the sum is symmetric: the norm may be either summand.
    Value normalized, residual;
    InnerOpTy inner;
    for (auto [candidate, other] :
         {std::pair(op.getInput(), op.getResidual()),
          std::pair(op.getResidual(), op.getInput())}) {
      auto norm = candidate.template getDefiningOp<InnerOpTy>();
      // Only this op may use it (as the summand and, usually, the h
      // destination). A norm added to itself is not a sandwich: the
      // residual would be the inner norm's result, which goes away.
      if (!norm || candidate == other || norm.hasStatistics() ||
          !llvm::all_of(candidate.getUsers(),
                        [&](Operation *user) { return user == op; }) ||
          norm->getBlock() != op->getBlock() ||
          norm.getNormalizedAxis() != op.getNormalizedAxis())
        continue;
      inner = norm;
      normalized = candidate;
      residual = other;
      break;
    }
    if (!inner)
      return rewriter.notifyMatchFailure(op, "no summand is a norm of its own");
    if constexpr (!isLayer) {
      if (inner.getOffset() != op.getOffset())
        return rewriter.notifyMatchFailure(op, "the norms' offsets differ");
    }
    // h overwrites the sublayer output, as in the add + norm fusion; the
    // inner norm's result, the old h destination, goes away.
    Value f = inner.getInput();
    Value hInit = op.getOuts()[1];
    if (hInit == normalized)
      hInit = f.getType() == hInit.getType()
                  ? f
                  : createEmptyLike(rewriter, op.getLoc(), hInit);
    Value innerBias;
    Value bias;
    NormKind kind = NormKind::RMSNorm;
    if constexpr (isLayer) {
      innerBias = inner.getBias();
      bias = op.getBias();
      kind = NormKind::LayerNorm;
    }
    rewriter.setInsertionPoint(op);
    auto sandwich = SandwichNormOp::create(
        rewriter, rewriter.getFusedLoc({inner.getLoc(), op.getLoc()}), f,
        residual, inner.getScale(), innerBias, op.getScale(), bias,
        ValueRange{op.getOuts()[0], hInit},
        NormKindAttr::get(rewriter.getContext(), kind), op.getAxisAttr(),
        op.getEpsilonAttr(), inner.getEpsilonAttr(),
        rewriter.getF64FloatAttr(
            isLayer ? 0.0
                    : inner->template getAttrOfType<FloatAttr>("offset")
                          .getValueAsDouble()));
    auto type = cast<RankedTensorType>(normalized.getType());
    rewriter.replaceOp(op, sandwich.getResults());
    rewriter.eraseOp(inner);
    if (counters) {
      ++counters->sandwiches;
      if (type.hasStaticShape())
        counters->bytesSaved +=
            2 * type.getNumElements() * type.getElementTypeBitWidth() / 8;
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
      if (!report || !counters.fused)
        continue;
      InFlightDiagnostic remark = function.emitRemark();
      remark << "fused " << counters.fused << " residual add(s) into norms ("
             << counters.preLNChains << " Pre-LN chain(s)";
      if (counters.sandwiches)
        remark << ", " << counters.sandwiches << " Sandwich-LN step(s)";
      remark << "), removing " << counters.bytesSaved
             << " bytes of memory traffic (static shapes)";
    }
  }
};

} // namespace

void mlir::norm::populateFuseResidualNormPatterns(
    RewritePatternSet &patterns, ResidualFusionCounters *counters) {
  patterns
      .add<FuseResidualIntoNorm<LayerNormOp>, FuseResidualIntoNorm<RMSNormOp>,
           FuseSandwichNorm<AddLayerNormOp, LayerNormOp>,
           FuseSandwichNorm<AddRMSNormOp, RMSNormOp>>(patterns.getContext(),
                                                      counters);
}
