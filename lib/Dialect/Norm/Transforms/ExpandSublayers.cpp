//===- ExpandSublayers.cpp - norm.sublayer to explicit ops ----------------===//
//
// --norm-expand-sublayers: every sublayer becomes explicit norm ops and adds.
//
//===----------------------------------------------------------------------===//

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMEXPANDSUBLAYERS
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

namespace {
struct ExpandSublayerPattern : OpRewritePattern<SublayerOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(SublayerOp op,
                                PatternRewriter &rewriter) const override {
    expandSublayer(rewriter, op);
    return success();
  }
};

struct NormExpandSublayersPass
    : norm::impl::NormExpandSublayersBase<NormExpandSublayersPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateExpandSublayerPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace

void mlir::norm::populateExpandSublayerPatterns(RewritePatternSet &patterns) {
  patterns.add<ExpandSublayerPattern>(patterns.getContext());
}
