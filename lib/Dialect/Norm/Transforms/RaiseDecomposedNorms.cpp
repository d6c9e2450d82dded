//===- RaiseDecomposedNorms.cpp - linalg chains to norm ops ---------------===//
//
// --norm-raise: recognizes the decomposed LayerNorm and RMSNorm that
// torch-mlir's TorchToLinalg emits (one linalg.generic per step: sums,
// divisions by N, centering, squares, + eps, rsqrt, multiplies, then gamma
// and beta) and replaces them with norm.layer_norm / norm.rms_norm.
//
// The division by N is matched against the normalized dims of the summed
// tensor: a constant where they are static, else the product of the sizes
// torch-mlir reads with tensor.dim (index_cast, muli, sitofp), each traced
// back through tensor.empty and destination-passing ops to the dim of the
// tensor it measures.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
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

/// The input of `sum(v)` over the trailing dims from `axis` into a
/// zero-filled keep-dims tensor.
Value matchRowSum(Value value, int64_t axis) {
  auto reduce = value.getDefiningOp<linalg::GenericOp>();
  if (!reduce || reduce.getNumDpsInputs() != 1 || reduce.getNumDpsInits() != 1)
    return Value();
  auto iterators = reduce.getIteratorTypesArray();
  int64_t rank = iterators.size();
  for (int64_t dim = 0; dim < rank; ++dim)
    if ((dim < axis) != (iterators[dim] == utils::IteratorType::parallel))
      return Value();
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
  return reduce.getDpsInputs()[0];
}

/// `v^2` as an element-wise step (`math.fpowi v, 2` or `v * v`): returns v.
Value matchSquare(Value value) {
  if (std::optional<ElementwiseStep> square = elementwiseStep(value)) {
    Operation *op = square->op;
    APInt exponent;
    if (auto pow = dyn_cast<math::FPowIOp>(op);
        pow && isInputArg(op, pow.getLhs()) &&
        matchPattern(pow.getRhs(), m_ConstantInt(&exponent)) && exponent == 2)
      return square->input;
    if (auto mul = dyn_cast<arith::MulFOp>(op);
        mul && isInputArg(op, mul.getLhs()) && mul.getLhs() == mul.getRhs())
      return square->input;
    return Value();
  }
  // A binary generic d * d (torch-mlir squares a difference that way).
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  if (generic && generic.getNumDpsInputs() == 2 &&
      generic.getDpsInputs()[0] == generic.getDpsInputs()[1] &&
      isAllParallel(generic) &&
      llvm::all_of(generic.getIndexingMapsArray(),
                   [](AffineMap map) { return map.isIdentity(); })) {
    Block *body = generic.getBody();
    auto mul = dyn_cast_or_null<arith::MulFOp>(
        cast<linalg::YieldOp>(body->getTerminator())
            .getValues()[0]
            .getDefiningOp());
    if (mul && mul.getLhs() == body->getArgument(0) &&
        mul.getRhs() == body->getArgument(1))
      return generic.getDpsInputs()[0];
  }
  return Value();
}

/// Strips an element-wise f16/bf16/f32 -> wider float conversion.
Value stripExtension(Value value) {
  std::optional<ElementwiseStep> step = elementwiseStep(value);
  if (step && isa<arith::ExtFOp>(step->op))
    return step->input;
  return value;
}

/// A size known only at run time: dim `dim` of the tensor `value`, or the
/// index `value` itself (dim -1) where it cannot be traced to a tensor.
struct RuntimeSize {
  Value value;
  int64_t dim;
  bool operator==(const RuntimeSize &other) const {
    return value == other.value && dim == other.dim;
  }
};

RuntimeSize traceIndex(Value index);

/// The size of dim `dim` of `tensor`, traced through destination-passing
/// ops (a result has its init's shape) and tensor.empty (to its size
/// operand).
RuntimeSize traceDim(Value tensor, int64_t dim) {
  while (auto result = dyn_cast<OpResult>(tensor)) {
    Operation *owner = result.getOwner();
    if (auto empty = dyn_cast<tensor::EmptyOp>(owner))
      return traceIndex(empty.getDynamicSize(dim));
    auto dps = dyn_cast<DestinationStyleOpInterface>(owner);
    if (!dps || !dps.hasPureTensorSemantics())
      break;
    tensor = dps.getTiedOpOperand(result)->get();
  }
  return {tensor, dim};
}

RuntimeSize traceIndex(Value index) {
  if (auto dimOp = index.getDefiningOp<tensor::DimOp>())
    if (std::optional<int64_t> dim = dimOp.getConstantIndex();
        dim && cast<ShapedType>(dimOp.getSource().getType()).isDynamicDim(*dim))
      return traceDim(dimOp.getSource(), *dim);
  return {index, -1};
}

/// A row length: a constant times sizes known only at run time.
struct RowCount {
  double factor = 1.0;
  SmallVector<RuntimeSize> sizes;
};

/// Accumulates into `count` the integer `value`: constants, index_cast,
/// muli and tensor.dim.
bool accumulateCount(Value value, RowCount &count) {
  APInt constant;
  if (matchPattern(value, m_ConstantInt(&constant))) {
    count.factor *= static_cast<double>(constant.getSExtValue());
    return true;
  }
  Operation *op = value.getDefiningOp();
  if (isa_and_nonnull<arith::IndexCastOp, arith::IndexCastUIOp>(op))
    return accumulateCount(op->getOperand(0), count);
  if (isa_and_nonnull<arith::MulIOp>(op))
    return accumulateCount(op->getOperand(0), count) &&
           accumulateCount(op->getOperand(1), count);
  if (auto dimOp = dyn_cast_or_null<tensor::DimOp>(op)) {
    std::optional<int64_t> dim = dimOp.getConstantIndex();
    auto type = cast<ShapedType>(dimOp.getSource().getType());
    if (!dim || *dim < 0 || *dim >= type.getRank())
      return false;
    if (!type.isDynamicDim(*dim)) {
      count.factor *= static_cast<double>(type.getDimSize(*dim));
      return true;
    }
    count.sizes.push_back(traceDim(dimOp.getSource(), *dim));
    return true;
  }
  return false;
}

/// The float divisor `value` as a row count: a constant, or an integer
/// count converted with sitofp / uitofp.
std::optional<RowCount> countOf(Value value) {
  RowCount count;
  if (std::optional<double> constant = getFloatConstant(value)) {
    count.factor = *constant;
    return count;
  }
  Operation *op = value.getDefiningOp();
  if (isa_and_nonnull<arith::SIToFPOp, arith::UIToFPOp>(op) &&
      accumulateCount(op->getOperand(0), count))
    return count;
  return std::nullopt;
}

/// Whether `count` is the number of elements of `x`'s trailing dims from
/// `axis` (the leading, row dims may have any size).
bool isRowLength(const RowCount &count, Value x, int64_t axis) {
  auto type = cast<RankedTensorType>(x.getType());
  double n = 1.0;
  SmallVector<RuntimeSize> unmatched(count.sizes);
  for (int64_t dim = axis; dim < type.getRank(); ++dim) {
    if (!type.isDynamicDim(dim)) {
      n *= static_cast<double>(type.getDimSize(dim));
      continue;
    }
    auto *it = llvm::find(unmatched, traceDim(x, dim));
    if (it == unmatched.end())
      return false;
    unmatched.erase(it);
  }
  return unmatched.empty() && std::abs(count.factor - n) <= 1e-6 * n;
}

/// `v / N` (or `v * (1 / N)` with a constant N) as an element-wise step:
/// returns v and N.
std::optional<std::pair<Value, RowCount>> matchDivideByCount(Value value) {
  std::optional<ElementwiseStep> step = elementwiseStep(value);
  if (!step)
    return std::nullopt;
  if (auto div = dyn_cast<arith::DivFOp>(step->op);
      div && isInputArg(div, div.getLhs()))
    if (std::optional<RowCount> count = countOf(div.getRhs()))
      return std::make_pair(step->input, *count);
  if (auto mul = dyn_cast<arith::MulFOp>(step->op))
    for (Value operand : mul->getOperands())
      if (!isInputArg(mul, operand))
        if (std::optional<double> inverse = getFloatConstant(operand)) {
          RowCount count;
          count.factor = 1.0 / *inverse;
          return std::make_pair(step->input, count);
        }
  return std::nullopt;
}

/// `mean(v)` over the row: `sum(v) / N` with N the row length of `v`.
Value matchRowMean(Value value, int64_t axis) {
  std::optional<std::pair<Value, RowCount>> divided = matchDivideByCount(value);
  if (!divided)
    return Value();
  Value v = matchRowSum(divided->first, axis);
  if (!v || !isRowLength(divided->second, v, axis))
    return Value();
  return v;
}

/// `rsqrt(stat + eps)`: returns stat and eps.
std::optional<std::pair<Value, double>> matchRsqrtPlusEps(Value rstd) {
  std::optional<ElementwiseStep> rsqrt = elementwiseStep(rstd);
  if (!rsqrt || !isa<math::RsqrtOp>(rsqrt->op))
    return std::nullopt;
  std::optional<ElementwiseStep> addEps = elementwiseStep(rsqrt->input);
  if (!addEps || !isa<arith::AddFOp>(addEps->op))
    return std::nullopt;
  for (Value operand : addEps->op->getOperands())
    if (!isInputArg(addEps->op, operand))
      if (std::optional<double> eps = getFloatConstant(operand))
        return std::make_pair(addEps->input, *eps);
  return std::nullopt;
}

/// `a - mean` as a binary generic with the mean broadcast over the row:
/// returns a and the mean.
std::optional<std::pair<Value, Value>> matchCentered(Value value,
                                                     int64_t axis) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 2 || !isAllParallel(generic))
    return std::nullopt;
  Block *body = generic.getBody();
  auto sub = dyn_cast_or_null<arith::SubFOp>(
      cast<linalg::YieldOp>(body->getTerminator())
          .getValues()[0]
          .getDefiningOp());
  SmallVector<AffineMap> maps = generic.getIndexingMapsArray();
  if (!sub || sub.getLhs() != body->getArgument(0) ||
      sub.getRhs() != body->getArgument(1) || !maps[0].isIdentity() ||
      statisticAxis(maps[1]) != axis)
    return std::nullopt;
  return std::make_pair(generic.getDpsInputs()[0], generic.getDpsInputs()[1]);
}

/// `rsqrt(sum(x^2) / N + eps)` as per-row statistics; returns x and eps.
std::optional<std::pair<Value, double>> matchRMSStatistic(Value rstd,
                                                          int64_t axis) {
  std::optional<std::pair<Value, double>> stat = matchRsqrtPlusEps(rstd);
  if (!stat)
    return std::nullopt;
  Value sumInput = matchRowMean(stat->first, axis);
  Value x = sumInput ? matchSquare(sumInput) : Value();
  if (!x)
    return std::nullopt;
  return std::make_pair(x, stat->second);
}

/// The biased variance of `x`'s rows, computed as `mean((u - mean(u))^2)`
/// with u = x or a widened x, possibly narrowed back.
bool isRowVariance(Value value, Value x, int64_t axis) {
  if (std::optional<ElementwiseStep> narrow = elementwiseStep(value);
      narrow && isa<arith::TruncFOp>(narrow->op))
    value = narrow->input;
  Value squared = matchRowMean(value, axis);
  Value centered = squared ? matchSquare(squared) : Value();
  std::optional<std::pair<Value, Value>> difference =
      centered ? matchCentered(centered, axis) : std::nullopt;
  if (!difference || stripExtension(difference->first) != x)
    return false;
  return matchRowMean(difference->second, axis) == difference->first;
}

/// The scalar op of a two-input element-wise generic on tensors whose body
/// combines its two inputs with `ScalarOpTy` (in either order), or null.
template <typename ScalarOpTy> ScalarOpTy binaryBodyOp(linalg::GenericOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      !isAllParallel(op) || !op.hasPureTensorSemantics())
    return ScalarOpTy();
  Block *body = op.getBody();
  auto scalar =
      dyn_cast_or_null<ScalarOpTy>(cast<linalg::YieldOp>(body->getTerminator())
                                       .getValues()[0]
                                       .getDefiningOp());
  if (!scalar ||
      !llvm::is_contained(scalar->getOperands(), body->getArgument(0)) ||
      !llvm::is_contained(scalar->getOperands(), body->getArgument(1)))
    return ScalarOpTy();
  return scalar;
}

/// y = x * rstd (then optionally * gamma) -> norm.rms_norm.
struct RaiseRMSNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (!binaryBodyOp<arith::MulFOp>(op))
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

/// y = (x - mean(x)) * rsqrt(var(x) + eps) -> norm.layer_norm.
struct RaiseLayerNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    if (!binaryBodyOp<arith::MulFOp>(op))
      return rewriter.notifyMatchFailure(op, "not centered * rstd");
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    if (!maps[2].isIdentity())
      return failure();
    for (int i = 0; i < 2; ++i) {
      int64_t axis = statisticAxis(maps[1 - i]);
      if (!maps[i].isIdentity() || axis < 0)
        continue;
      std::optional<std::pair<Value, Value>> centered =
          matchCentered(op.getDpsInputs()[i], axis);
      if (!centered || matchRowMean(centered->second, axis) != centered->first)
        continue;
      Value x = centered->first;
      std::optional<std::pair<Value, double>> stat =
          matchRsqrtPlusEps(op.getDpsInputs()[1 - i]);
      if (!stat || !isRowVariance(stat->first, x, axis))
        continue;
      auto norm = LayerNormOp::create(
          rewriter, op.getLoc(), x, /*scale=*/Value(), /*bias=*/Value(),
          ValueRange{op.getDpsInits()[0]}, rewriter.getI64IntegerAttr(axis),
          rewriter.getF64FloatAttr(stat->second));
      rewriter.replaceOp(op, norm.getResult(0));
      return success();
    }
    return rewriter.notifyMatchFailure(op, "no LayerNorm statistics");
  }
};

/// The parameter of `norm_result <op> param` with param over the normalized
/// dims, where <op> is `OpTy` (mulf for gamma, addf for beta).
template <typename ScalarOpTy, typename NormOpTy>
std::optional<std::pair<NormOpTy, Value>>
matchParameterOf(linalg::GenericOp op, PatternRewriter &rewriter) {
  if (!binaryBodyOp<ScalarOpTy>(op))
    return std::nullopt;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  for (int i = 0; i < 2; ++i) {
    auto norm = op.getDpsInputs()[i].template getDefiningOp<NormOpTy>();
    // Only where the result is in the compute type: folding a multiply
    // after a rounding to f16/bf16 would merge two roundings into one.
    if (!norm || norm.hasStatistics() || !norm->getResult(0).hasOneUse() ||
        getElementTypeOrSelf(norm->getResult(0).getType())
                .getIntOrFloatBitWidth() < 32 ||
        !maps[i].isIdentity() ||
        norm.getOuts()[0].getType() != op.getDpsInits()[0].getType())
      continue;
    int64_t axis = norm.getNormalizedAxis();
    unsigned rank = maps[1 - i].getNumDims();
    if (maps[1 - i] != AffineMap::getMinorIdentityMap(rank, rank - axis,
                                                      rewriter.getContext()))
      continue;
    return std::make_pair(norm, op.getDpsInputs()[1 - i]);
  }
  return std::nullopt;
}

/// norm.layer_norm(x) * gamma -> scale; (...) + beta -> bias.
struct FoldParametersIntoLayerNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    Value scale, bias;
    LayerNormOp norm;
    if (auto scaled =
            matchParameterOf<arith::MulFOp, LayerNormOp>(op, rewriter);
        scaled && !scaled->first.getScale() && !scaled->first.getBias()) {
      norm = scaled->first;
      scale = scaled->second;
    } else if (auto shifted =
                   matchParameterOf<arith::AddFOp, LayerNormOp>(op, rewriter);
               shifted && !shifted->first.getBias()) {
      norm = shifted->first;
      scale = norm.getScale();
      bias = shifted->second;
    } else {
      return failure();
    }
    auto folded =
        LayerNormOp::create(rewriter, op.getLoc(), norm.getInput(), scale, bias,
                            ValueRange{op.getDpsInits()[0]}, norm.getAxisAttr(),
                            norm.getEpsilonAttr());
    rewriter.replaceOp(op, folded.getResult(0));
    rewriter.eraseOp(norm);
    return success();
  }
};

/// norm.rms_norm(x) * gamma (gamma over the normalized dims) -> scale.
struct FoldScaleIntoRMSNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    auto scaled = matchParameterOf<arith::MulFOp, RMSNormOp>(op, rewriter);
    if (!scaled || scaled->first.getScale())
      return failure();
    RMSNormOp norm = scaled->first;
    auto folded = RMSNormOp::create(
        rewriter, op.getLoc(), norm.getInput(), scaled->second,
        ValueRange{op.getDpsInits()[0]}, norm.getAxisAttr(),
        norm.getEpsilonAttr(), norm.getOffsetAttr());
    rewriter.replaceOp(op, folded.getResult(0));
    rewriter.eraseOp(norm);
    return success();
  }
};

/// norm(extf(x)) with x f16/bf16 and f32 statistics is norm(x): the
/// widening is exact and the op computes in f32 anyway.
template <typename NormOpTy>
struct FoldWideningIntoNorm : OpRewritePattern<NormOpTy> {
  using OpRewritePattern<NormOpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(NormOpTy norm,
                                PatternRewriter &rewriter) const override {
    if (!norm.hasPureTensorSemantics() || norm.hasStatistics())
      return failure();
    std::optional<ElementwiseStep> step = elementwiseStep(norm.getInput());
    if (!step || !isa<arith::ExtFOp>(step->op))
      return failure();
    Type from = getElementTypeOrSelf(step->input.getType());
    Type to = getElementTypeOrSelf(norm.getInput().getType());
    if (!to.isF32() || from.getIntOrFloatBitWidth() != 16)
      return failure();
    rewriter.modifyOpInPlace(
        norm, [&] { norm.getInputMutable().assign(step->input); });
    return success();
  }
};

/// truncf(norm(x)) is norm(x) into a narrower destination: the op rounds
/// its f32 result once to the destination's type either way.
template <typename NormOpTy>
struct FoldNarrowingIntoNorm : OpRewritePattern<linalg::GenericOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::GenericOp op,
                                PatternRewriter &rewriter) const override {
    // A generic on buffers has no result to look through.
    if (!op.hasPureTensorSemantics() || op->getNumResults() != 1)
      return failure();
    std::optional<ElementwiseStep> step = elementwiseStep(op->getResult(0));
    if (!step || !isa<arith::TruncFOp>(step->op))
      return failure();
    auto norm = step->input.getDefiningOp<NormOpTy>();
    if (!norm || norm.hasStatistics() || !norm->getResult(0).hasOneUse() ||
        !getElementTypeOrSelf(norm->getResult(0).getType()).isF32())
      return failure();
    Operation *narrowed = rewriter.clone(*norm);
    rewriter.modifyOpInPlace(narrowed, [&] {
      cast<NormOpTy>(narrowed).getOutsMutable()[0].assign(op.getDpsInits()[0]);
      narrowed->getResult(0).setType(op.getDpsInits()[0].getType());
    });
    rewriter.replaceOp(op, narrowed->getResult(0));
    rewriter.eraseOp(norm);
    return success();
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
  populateRaiseLinalgNormPatterns(patterns);
  populateRaiseTosaNormPatterns(patterns);
}

void mlir::norm::populateRaiseLinalgNormPatterns(RewritePatternSet &patterns) {
  patterns
      .add<RaiseRMSNorm, FoldScaleIntoRMSNorm, RaiseLayerNorm,
           FoldParametersIntoLayerNorm, FoldWideningIntoNorm<RMSNormOp>,
           FoldWideningIntoNorm<LayerNormOp>, FoldNarrowingIntoNorm<RMSNormOp>,
           FoldNarrowingIntoNorm<LayerNormOp>>(patterns.getContext());
}
