//===- RaiseDecomposedNorms.cpp - linalg chains to norm ops ---------------===//
//
// --norm-raise: recognizes the decomposed RMSNorm that torch-mlir's
// TorchToLinalg emits (square, sum-reduce, divide by N, add eps, rsqrt,
// multiply, optionally multiply by gamma), one linalg.generic per step, and
// replaces it with norm.rms_norm.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMRAISE
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;

namespace {

/// A float constant, possibly converted (torch-mlir truncates f64 eps).
std::optional<double> getFloatConstant(Value value) {
  if (auto cast = value.getDefiningOp<arith::TruncFOp>())
    return getFloatConstant(cast.getIn());
  if (auto cast = value.getDefiningOp<arith::ExtFOp>())
    return getFloatConstant(cast.getIn());
  FloatAttr attr;
  if (matchPattern(value, m_Constant(&attr)))
    return attr.getValueAsDouble();
  return std::nullopt;
}

bool isAllParallel(linalg::GenericOp op) {
  return llvm::all_of(op.getIteratorTypesArray(), [](utils::IteratorType t) {
    return t == utils::IteratorType::parallel;
  });
}

/// The scalar op that computes the yielded value of a one-input
/// element-wise generic, with the generic's input.
struct ElementwiseStep {
  Operation *op;
  Value input;
};

std::optional<ElementwiseStep> elementwiseStep(Value value) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumDpsInits() != 1 || !isAllParallel(generic) ||
      !llvm::all_of(generic.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isIdentity(); }))
    return std::nullopt;
  auto yield = cast<linalg::YieldOp>(generic.getBody()->getTerminator());
  Operation *op = yield.getValues()[0].getDefiningOp();
  if (!op || op->getBlock() != generic.getBody())
    return std::nullopt;
  return ElementwiseStep{op, generic.getDpsInputs()[0]};
}

/// Whether `value` is the block argument of the generic's only input.
bool isInputArg(Operation *op, Value value) {
  auto arg = dyn_cast<BlockArgument>(value);
  return arg && arg.getOwner() == op->getBlock() && arg.getArgNumber() == 0;
}

/// `sum(square(x))` over the trailing dims from `axis`, keeping them as 1s:
/// returns x.
Value matchSumOfSquares(Value value, int64_t axis) {
  auto reduce = value.getDefiningOp<linalg::GenericOp>();
  if (!reduce || reduce.getNumDpsInputs() != 1 || reduce.getNumDpsInits() != 1)
    return Value();
  auto iterators = reduce.getIteratorTypesArray();
  int64_t rank = iterators.size();
  for (int64_t dim = 0; dim < rank; ++dim)
    if ((dim < axis) != (iterators[dim] == utils::IteratorType::parallel))
      return Value();
  // Accumulates into a zero-filled init.
  auto fill = reduce.getDpsInits()[0].getDefiningOp<linalg::FillOp>();
  std::optional<double> zero =
      fill ? getFloatConstant(fill.getInputs()[0]) : std::nullopt;
  if (!zero || *zero != 0.0)
    return Value();
  Block *body = reduce.getBody();
  auto add = dyn_cast_or_null<arith::AddFOp>(
      cast<linalg::YieldOp>(body->getTerminator())
          .getValues()[0]
          .getDefiningOp());
  if (!add || !llvm::is_contained(add->getOperands(), body->getArgument(0)) ||
      !llvm::is_contained(add->getOperands(), body->getArgument(1)))
    return Value();
  std::optional<ElementwiseStep> square =
      elementwiseStep(reduce.getDpsInputs()[0]);
  if (!square)
    return Value();
  Operation *op = square->op;
  bool isSquare = false;
  if (auto pow = dyn_cast<math::FPowIOp>(op)) {
    APInt exponent;
    isSquare = isInputArg(op, pow.getLhs()) &&
               matchPattern(pow.getRhs(), m_ConstantInt(&exponent)) &&
               exponent == 2;
  } else if (auto mul = dyn_cast<arith::MulFOp>(op)) {
    isSquare = isInputArg(op, mul.getLhs()) && mul.getLhs() == mul.getRhs();
  }
  return isSquare ? square->input : Value();
}

/// `rsqrt(sum(x^2) / N + eps)` as per-row statistics; returns x and eps.
std::optional<std::pair<Value, double>> matchRMSStatistic(Value rstd,
                                                          int64_t axis) {
  std::optional<ElementwiseStep> rsqrt = elementwiseStep(rstd);
  if (!rsqrt || !isa<math::RsqrtOp>(rsqrt->op))
    return std::nullopt;
  std::optional<ElementwiseStep> addEps = elementwiseStep(rsqrt->input);
  if (!addEps || !isa<arith::AddFOp>(addEps->op))
    return std::nullopt;
  std::optional<double> eps;
  for (Value operand : addEps->op->getOperands())
    if (!isInputArg(addEps->op, operand))
      eps = getFloatConstant(operand);
  std::optional<ElementwiseStep> mean = elementwiseStep(addEps->input);
  if (!eps || !mean)
    return std::nullopt;
  std::optional<double> count;
  if (auto div = dyn_cast<arith::DivFOp>(mean->op);
      div && isInputArg(div, div.getLhs()))
    count = getFloatConstant(div.getRhs());
  else if (auto mul = dyn_cast<arith::MulFOp>(mean->op)) {
    for (Value operand : mul->getOperands())
      if (!isInputArg(mul, operand))
        if (std::optional<double> inverse = getFloatConstant(operand))
          count = 1.0 / *inverse;
  }
  Value x = matchSumOfSquares(mean->input, axis);
  if (!count || !x)
    return std::nullopt;
  auto type = cast<RankedTensorType>(x.getType());
  if (!type.hasStaticShape())
    return std::nullopt;
  int64_t n = 1;
  for (int64_t dim = axis; dim < type.getRank(); ++dim)
    n *= type.getDimSize(dim);
  if (std::abs(*count - static_cast<double>(n)) > 1e-6 * n)
    return std::nullopt;
  return std::make_pair(x, *eps);
}

/// The row axis of a statistic broadcast map `(d0, ..., dR-1) -> (d0, ...,
/// da-1, 0, ..., 0)`, or -1.
int64_t statisticAxis(AffineMap map) {
  int64_t axis = 0;
  for (AffineExpr expr : map.getResults()) {
    if (auto dim = dyn_cast<AffineDimExpr>(expr)) {
      if (static_cast<int64_t>(dim.getPosition()) != axis)
        return -1;
      ++axis;
      continue;
    }
    auto constant = dyn_cast<AffineConstantExpr>(expr);
    if (!constant || constant.getValue() != 0)
      return -1;
  }
  return axis < map.getNumResults() ? axis : -1;
}

/// y = x * rstd (then optionally * gamma) -> norm.rms_norm.
struct RaiseRMSNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
        !isAllParallel(op) || !op.hasPureTensorSemantics())
      return rewriter.notifyMatchFailure(op, "not a binary element-wise map");
    auto yield = cast<linalg::YieldOp>(op.getBody()->getTerminator());
    auto mul =
        dyn_cast_or_null<arith::MulFOp>(yield.getValues()[0].getDefiningOp());
    Block *body = op.getBody();
    if (!mul || !llvm::is_contained(mul->getOperands(), body->getArgument(0)) ||
        !llvm::is_contained(mul->getOperands(), body->getArgument(1)))
      return rewriter.notifyMatchFailure(op, "not x * rstd");
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    if (!maps[2].isIdentity())
      return failure();
    for (int i = 0; i < 2; ++i) {
      Value x = op.getDpsInputs()[i];
      Value rstd = op.getDpsInputs()[1 - i];
      int64_t axis = statisticAxis(maps[1 - i]);
      if (!maps[i].isIdentity() || axis < 0)
        continue;
      std::optional<std::pair<Value, double>> stat =
          matchRMSStatistic(rstd, axis);
      if (!stat || stat->first != x)
        continue;
      auto norm = RMSNormOp::create(rewriter, op.getLoc(), x, /*scale=*/Value(),
                                    ValueRange{op.getDpsInits()[0]},
                                    rewriter.getI64IntegerAttr(axis),
                                    rewriter.getF64FloatAttr(stat->second),
                                    rewriter.getF64FloatAttr(0.0));
      rewriter.replaceOp(op, norm.getResult(0));
      return success();
    }
    return rewriter.notifyMatchFailure(op, "no RMS statistic of the input");
  }
};

/// norm.rms_norm(x) * gamma (gamma over the normalized dims) -> scale.
struct FoldScaleIntoRMSNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
        !isAllParallel(op) || !op.hasPureTensorSemantics())
      return failure();
    auto yield = cast<linalg::YieldOp>(op.getBody()->getTerminator());
    auto mul =
        dyn_cast_or_null<arith::MulFOp>(yield.getValues()[0].getDefiningOp());
    Block *body = op.getBody();
    if (!mul || !llvm::is_contained(mul->getOperands(), body->getArgument(0)) ||
        !llvm::is_contained(mul->getOperands(), body->getArgument(1)))
      return failure();
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    for (int i = 0; i < 2; ++i) {
      auto norm = op.getDpsInputs()[i].getDefiningOp<RMSNormOp>();
      Value gamma = op.getDpsInputs()[1 - i];
      if (!norm || norm.getScale() || norm.hasStatistics() ||
          !norm->getResult(0).hasOneUse() || !maps[i].isIdentity())
        continue;
      int64_t axis = norm.getNormalizedAxis();
      AffineMap expected = AffineMap::getMinorIdentityMap(
          maps[1 - i].getNumDims(), maps[1 - i].getNumDims() - axis,
          rewriter.getContext());
      if (maps[1 - i] != expected ||
          norm.getOuts()[0].getType() != op.getDpsInits()[0].getType())
        continue;
      auto scaled =
          RMSNormOp::create(rewriter, op.getLoc(), norm.getInput(), gamma,
                            ValueRange{op.getDpsInits()[0]}, norm.getAxisAttr(),
                            norm.getEpsilonAttr(), norm.getOffsetAttr());
      rewriter.replaceOp(op, scaled.getResult(0));
      rewriter.eraseOp(norm);
      return success();
    }
    return failure();
  }
};

struct NormRaisePass : norm::impl::NormRaiseBase<NormRaisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateRaiseDecomposedNormPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::norm::populateRaiseDecomposedNormPatterns(
    RewritePatternSet &patterns) {
  patterns.add<RaiseRMSNorm, FoldScaleIntoRMSNorm>(patterns.getContext());
}
