//===- ExpandMath.cpp - Math ops without an LLVM lowering -----------------===//
//
// Rewrites the math ops that neither convert-math-to-llvm nor the NVVM
// lowering take (math.isinf, math.isnormal) into comparisons, and the ops
// the pipeline names (exact GELU's math.erf on the CPU) into upstream's
// polynomial approximations.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Transforms/Passes.h"
#include "llvm/ADT/StringSet.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMEXPANDMATH
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

/// The float format of a scalar or of a vector's elements.
static const llvm::fltSemantics &semanticsOf(Value x) {
  return cast<FloatType>(getElementTypeOrSelf(x.getType())).getFloatSemantics();
}

namespace {
/// isinf(x) = |x| == inf (false for NaN: the comparison is ordered).
struct ExpandIsInf : OpRewritePattern<math::IsInfOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::IsInfOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op.getOperand();
    Value inf = createScalarOrSplatConstant(rewriter, loc, x.getType(),
                                            APFloat::getInf(semanticsOf(x)));
    rewriter.replaceOpWithNewOp<arith::CmpFOp>(
        op, arith::CmpFPredicate::OEQ, math::AbsFOp::create(rewriter, loc, x),
        inf);
    return success();
  }
};

/// isnormal(x) = smallest normal <= |x| < inf (false for zero, subnormals,
/// infinities and NaN).
struct ExpandIsNormal : OpRewritePattern<math::IsNormalOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::IsNormalOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = op.getOperand();
    const llvm::fltSemantics &semantics = semanticsOf(x);
    Value magnitude = math::AbsFOp::create(rewriter, loc, x);
    Value smallest = createScalarOrSplatConstant(
        rewriter, loc, x.getType(), APFloat::getSmallestNormalized(semantics));
    Value inf = createScalarOrSplatConstant(rewriter, loc, x.getType(),
                                            APFloat::getInf(semantics));
    Value notSmall = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OGE, magnitude, smallest);
    Value finite = arith::CmpFOp::create(
        rewriter, loc, arith::CmpFPredicate::OLT, magnitude, inf);
    rewriter.replaceOpWithNewOp<arith::AndIOp>(op, notSmall, finite);
    return success();
  }
};
} // namespace

void norm::populateExpandMathPatterns(
    RewritePatternSet &patterns,
    ArrayRef<std::string> polynomialApproximations) {
  patterns.add<ExpandIsInf, ExpandIsNormal>(patterns.getContext());
  if (polynomialApproximations.empty())
    return;
  llvm::StringSet<> approximated;
  for (StringRef name : polynomialApproximations) {
    name.consume_front("math.");
    approximated.insert(name);
  }
  // The predicate is asked with operation names ("math.erf").
  populateMathPolynomialApproximationPatterns(
      patterns, [approximated = std::move(approximated)](StringRef name) {
        name.consume_front("math.");
        return approximated.contains(name);
      });
}

namespace {
struct NormExpandMathPass : norm::impl::NormExpandMathBase<NormExpandMathPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    norm::populateExpandMathPatterns(patterns, polynomialApproximations);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};
} // namespace
