//===- NormCanonicalization.cpp - Canonicalization of norm ops ------------===//
//
// Canonicalization patterns: parameters that cannot change the result
// (a constant gamma that multiplies by one, a beta or add bias of zeros) are
// dropped, statistics nobody reads are not computed, DeepNorm becomes the
// fused add + LayerNorm it denotes, and a sublayer with an identity body is
// expanded.
//
//===----------------------------------------------------------------------===//

#include "norm/Dialect/Norm/IR/NormOps.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::norm;

/// The value of a constant splat float tensor, if `value` is one.
static std::optional<double> getSplatConstant(Value value) {
  DenseFPElementsAttr attr;
  if (!value || !matchPattern(value, m_Constant(&attr)) || !attr.isSplat())
    return std::nullopt;
  return attr.getSplatValue<APFloat>().convertToDouble();
}

static bool isSplatOf(Value value, double expected) {
  std::optional<double> splat = getSplatConstant(value);
  return splat && *splat == expected;
}

static Operation *rebuildWithoutStatistics(PatternRewriter &rewriter,
                                           LayerNormOp op) {
  return LayerNormOp::create(
      rewriter, op.getLoc(), op.getInput(), op.getScale(), op.getBias(),
      op.getOuts().take_front(), op.getAxisAttr(), op.getEpsilonAttr());
}

static Operation *rebuildWithoutStatistics(PatternRewriter &rewriter,
                                           RMSNormOp op) {
  return RMSNormOp::create(rewriter, op.getLoc(), op.getInput(), op.getScale(),
                           op.getOuts().take_front(), op.getAxisAttr(),
                           op.getEpsilonAttr(), op.getOffsetAttr());
}

static Operation *rebuildWithoutStatistics(PatternRewriter &rewriter,
                                           AddLayerNormOp op) {
  return AddLayerNormOp::create(
      rewriter, op.getLoc(), op.getInput(), op.getResidual(), op.getAddBias(),
      op.getScale(), op.getBias(), op.getOuts().take_front(2), op.getAxisAttr(),
      op.getEpsilonAttr(), op.getAlphaAttr());
}

static Operation *rebuildWithoutStatistics(PatternRewriter &rewriter,
                                           AddRMSNormOp op) {
  return AddRMSNormOp::create(
      rewriter, op.getLoc(), op.getInput(), op.getResidual(), op.getAddBias(),
      op.getScale(), op.getOuts().take_front(2), op.getAxisAttr(),
      op.getEpsilonAttr(), op.getAlphaAttr(), op.getOffsetAttr());
}

AddLayerNormOp mlir::norm::rewriteDeepNormAsAddLayerNorm(RewriterBase &rewriter,
                                                         DeepNormOp op) {
  rewriter.setInsertionPoint(op);
  Value hInit = createEmptyLike(rewriter, op.getLoc(), op.getInput());
  auto fused = AddLayerNormOp::create(
      rewriter, op.getLoc(), op.getInput(), op.getResidual(),
      /*add_bias=*/Value(), op.getScale(), op.getBias(),
      ValueRange{op.getOuts()[0], hInit}, op.getAxisAttr(), op.getEpsilonAttr(),
      rewriter.getF64FloatAttr(op.getEffectiveAlpha()));
  rewriter.replaceOp(op, fused.getResult(0));
  return fused;
}

namespace {

/// Drops a gamma that multiplies by one: a splat of `1 - offset` (offset is
/// 0 for every op except the RMS norms). The RMS norms' offset resets to 0.
template <typename OpTy> struct DropIdentityScale : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    double offset = 0.0;
    if constexpr (std::is_same_v<OpTy, RMSNormOp> ||
                  std::is_same_v<OpTy, AddRMSNormOp>)
      offset = op.getOffset().convertToDouble();
    if (!isSplatOf(op.getScale(), 1.0 - offset))
      return rewriter.notifyMatchFailure(op, "scale is not the identity");
    rewriter.modifyOpInPlace(op, [&] {
      op.getScaleMutable().clear();
      if constexpr (std::is_same_v<OpTy, RMSNormOp> ||
                    std::is_same_v<OpTy, AddRMSNormOp>)
        op.setOffsetAttr(rewriter.getF64FloatAttr(0.0));
    });
    return success();
  }
};

/// Drops a beta of zeros.
template <typename OpTy> struct DropZeroBias : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!isSplatOf(op.getBias(), 0.0))
      return rewriter.notifyMatchFailure(op, "bias is not zero");
    rewriter.modifyOpInPlace(op, [&] { op.getBiasMutable().clear(); });
    return success();
  }
};

/// Drops an add bias of zeros from the fused residual ops.
template <typename OpTy> struct DropZeroAddBias : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    if (!isSplatOf(op.getAddBias(), 0.0))
      return rewriter.notifyMatchFailure(op, "add_bias is not zero");
    rewriter.modifyOpInPlace(op, [&] { op.getAddBiasMutable().clear(); });
    return success();
  }
};

/// Stops computing mean/rstd results that have no uses.
template <typename OpTy> struct DropUnusedStatistics : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    // The results before the statistics: y, and h for the fused ops.
    constexpr unsigned numKept =
        std::is_same_v<OpTy, LayerNormOp> || std::is_same_v<OpTy, RMSNormOp>
            ? 1
            : 2;
    if (!op.hasPureTensorSemantics() || !op.hasStatistics() ||
        llvm::any_of(op.getResults().drop_front(numKept),
                     [](Value stat) { return !stat.use_empty(); }))
      return rewriter.notifyMatchFailure(op, "statistics are used");
    Operation *rebuilt = rebuildWithoutStatistics(rewriter, op);
    SmallVector<Value> replacements(op->getNumResults(), Value());
    for (unsigned i = 0; i < numKept; ++i)
      replacements[i] = rebuilt->getResult(i);
    rewriter.replaceOp(op, replacements);
    return success();
  }
};

/// norm.deep_norm is norm.add_layer_norm with alpha on the skip branch.
struct DeepNormToAddLayerNorm : OpRewritePattern<DeepNormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(DeepNormOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "memref operands");
    rewriteDeepNormAsAddLayerNorm(rewriter, op);
    return success();
  }
};

/// A sublayer whose body is the identity wraps nothing: expand it.
struct ExpandIdentitySublayer : OpRewritePattern<SublayerOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(SublayerOp op,
                                PatternRewriter &rewriter) const override {
    Block &body = op.getBody().front();
    if (op.getYieldedValue() != body.getArgument(0) ||
        body.getOperations().size() != 1)
      return rewriter.notifyMatchFailure(op, "body is not the identity");
    expandSublayer(rewriter, op);
    return success();
  }
};

} // namespace

void LayerNormOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                              MLIRContext *context) {
  results.add<DropIdentityScale<LayerNormOp>, DropZeroBias<LayerNormOp>,
              DropUnusedStatistics<LayerNormOp>>(context);
}

void RMSNormOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                            MLIRContext *context) {
  results.add<DropIdentityScale<RMSNormOp>, DropUnusedStatistics<RMSNormOp>>(
      context);
}

void DeepNormOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                             MLIRContext *context) {
  results.add<DeepNormToAddLayerNorm>(context);
}

void AddLayerNormOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                                 MLIRContext *context) {
  results.add<DropIdentityScale<AddLayerNormOp>, DropZeroBias<AddLayerNormOp>,
              DropZeroAddBias<AddLayerNormOp>,
              DropUnusedStatistics<AddLayerNormOp>>(context);
}

void AddRMSNormOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                               MLIRContext *context) {
  results.add<DropIdentityScale<AddRMSNormOp>, DropZeroAddBias<AddRMSNormOp>,
              DropUnusedStatistics<AddRMSNormOp>>(context);
}

void SublayerOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                             MLIRContext *context) {
  results.add<ExpandIdentitySublayer>(context);
}
