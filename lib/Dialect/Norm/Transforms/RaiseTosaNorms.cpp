//===- RaiseTosaNorms.cpp - tosa chains to norm ops -----------------------===//
//
// The tosa half of --norm-raise: the decomposed LayerNorm and RMSNorm that
// TOSA frontends (torch-mlir's TorchToTosa, for one) emit:
//
//   mean = reduce_sum(x) * (1/N)                  (one reduce_sum per axis)
//   var  = reduce_sum((x - mean)^2) * (1/N)       (possibly in f64, cast back)
//   y    = (x - mean) * rsqrt(var + eps) [* gamma] [+ beta]
//   y    = x * rsqrt(reduce_sum(x^2) * (1/N) + eps) [* gamma]     (RMSNorm)
//
// with x^2 as `tosa.pow(x, 2)` or `tosa.mul(x, x)`, scalars as broadcast
// tosa.const splats, and bf16/f16 data widened by tosa.cast around the
// statistics.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"

using namespace mlir;
using namespace mlir::norm;

namespace {

/// The value of a splat float constant (any shape).
std::optional<double> splatConstant(Value value) {
  DenseFPElementsAttr attr;
  if (!matchPattern(value, m_Constant(&attr)) || !attr.isSplat())
    return std::nullopt;
  return attr.getSplatValue<APFloat>().convertToDouble();
}

/// Whether a tosa.mul's shift operand is absent or zero (floats have none).
bool hasNoShift(tosa::MulOp mul) {
  DenseIntElementsAttr shift;
  return !mul.getShift() ||
         (matchPattern(mul.getShift(), m_Constant(&shift)) &&
          llvm::all_of(shift.getValues<APInt>(),
                       [](const APInt &v) { return v.isZero(); }));
}

/// The operands of `a * b` as a tosa.mul without shift.
std::optional<std::pair<Value, Value>> matchMul(Value value) {
  auto mul = value.getDefiningOp<tosa::MulOp>();
  if (!mul || !hasNoShift(mul))
    return std::nullopt;
  return std::make_pair(mul.getInput1(), mul.getInput2());
}

/// `v * c` with c a splat constant, either order: returns v and c.
std::optional<std::pair<Value, double>> matchMulByConstant(Value value) {
  std::optional<std::pair<Value, Value>> mul = matchMul(value);
  if (!mul)
    return std::nullopt;
  for (auto [v, c] : {*mul, std::make_pair(mul->second, mul->first)})
    if (std::optional<double> constant = splatConstant(c))
      return std::make_pair(v, *constant);
  return std::nullopt;
}

/// Strips a tosa.cast between float types.
Value stripCast(Value value) {
  auto cast = value.getDefiningOp<tosa::CastOp>();
  if (cast && isa<FloatType>(getElementTypeOrSelf(cast.getInput().getType())))
    return cast.getInput();
  return value;
}

/// `sum(v)` over the dims [axis, rank) as a chain of keep-dims reduce_sums
/// (one per dim, any order): returns v and axis.
std::optional<std::pair<Value, int64_t>> matchRowSum(Value value) {
  llvm::SmallDenseSet<int64_t> reduced;
  while (auto sum = value.getDefiningOp<tosa::ReduceSumOp>()) {
    if (!reduced.insert(sum.getAxis()).second)
      return std::nullopt;
    value = sum.getInput();
  }
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (reduced.empty() || !type)
    return std::nullopt;
  int64_t axis = type.getRank() - static_cast<int64_t>(reduced.size());
  for (int64_t dim = axis; dim < type.getRank(); ++dim)
    if (!reduced.contains(dim))
      return std::nullopt;
  return std::make_pair(value, axis);
}

/// The number of elements of v's static dims [axis, rank).
std::optional<int64_t> rowLength(Value v, int64_t axis) {
  auto type = cast<RankedTensorType>(v.getType());
  int64_t length = 1;
  for (int64_t dim = axis; dim < type.getRank(); ++dim) {
    if (type.isDynamicDim(dim))
      return std::nullopt;
    length *= type.getDimSize(dim);
  }
  return length;
}

/// `mean(v)` over the row: `sum(v) * (1/N)`: returns v and axis.
std::optional<std::pair<Value, int64_t>> matchRowMean(Value value) {
  std::optional<std::pair<Value, double>> scaled = matchMulByConstant(value);
  if (!scaled)
    return std::nullopt;
  std::optional<std::pair<Value, int64_t>> sum = matchRowSum(scaled->first);
  if (!sum)
    return std::nullopt;
  std::optional<int64_t> length = rowLength(sum->first, sum->second);
  if (!length || std::abs(scaled->second * *length - 1.0) > 1e-6)
    return std::nullopt;
  return sum;
}

/// `v^2` as tosa.pow(v, 2) or tosa.mul(v, v): returns v.
Value matchSquare(Value value) {
  if (auto pow = value.getDefiningOp<tosa::PowOp>()) {
    std::optional<double> exponent = splatConstant(pow.getInput2());
    return exponent && *exponent == 2.0 ? pow.getInput1() : Value();
  }
  std::optional<std::pair<Value, Value>> mul = matchMul(value);
  return mul && mul->first == mul->second ? mul->first : Value();
}

/// `rsqrt(stat + eps)`: returns stat and eps.
std::optional<std::pair<Value, double>> matchRsqrtPlusEps(Value value) {
  auto rsqrt = value.getDefiningOp<tosa::RsqrtOp>();
  if (!rsqrt)
    return std::nullopt;
  auto add = rsqrt.getInput1().getDefiningOp<tosa::AddOp>();
  if (!add)
    return std::nullopt;
  for (auto [stat, eps] : {std::make_pair(add.getInput1(), add.getInput2()),
                           std::make_pair(add.getInput2(), add.getInput1())})
    if (std::optional<double> epsilon = splatConstant(eps))
      return std::make_pair(stat, *epsilon);
  return std::nullopt;
}

/// `u - mean(u)`: returns u and the axis.
std::optional<std::pair<Value, int64_t>> matchCentered(Value value) {
  auto sub = value.getDefiningOp<tosa::SubOp>();
  if (!sub)
    return std::nullopt;
  std::optional<std::pair<Value, int64_t>> mean = matchRowMean(sub.getInput2());
  if (!mean || mean->first != sub.getInput1())
    return std::nullopt;
  return mean;
}

/// Whether `value` is the biased variance of x's rows over [axis, rank):
/// mean((u - mean(u))^2) with u = x or x widened, possibly cast back.
bool isRowVariance(Value value, Value x, int64_t axis) {
  std::optional<std::pair<Value, int64_t>> mean =
      matchRowMean(stripCast(value));
  if (!mean || mean->second != axis)
    return false;
  Value centered = matchSquare(mean->first);
  std::optional<std::pair<Value, int64_t>> inner =
      centered ? matchCentered(centered) : std::nullopt;
  return inner && inner->second == axis && stripCast(inner->first) == x;
}

/// The element type a norm computes in: f32 (f64 for f64 data).
bool isComputeType(Type type) {
  Type element = getElementTypeOrSelf(type);
  return element.isF32() || element.isF64();
}

/// The norm a `tosa.mul` of `a` (the normalized values) and `b` (rstd)
/// computes: x * rsqrt(mean(x^2) + eps) (RMSNorm) or (x - mean(x)) *
/// rsqrt(var(x) + eps) (LayerNorm). Returns kind, x, axis and eps.
struct RaisedNorm {
  NormKind kind;
  Value input;
  int64_t axis;
  double epsilon;
};

std::optional<RaisedNorm> matchNormProduct(Value a, Value b, Type resultType) {
  std::optional<std::pair<Value, double>> rstd = matchRsqrtPlusEps(b);
  if (!rstd)
    return std::nullopt;
  if (std::optional<std::pair<Value, int64_t>> mean = matchRowMean(rstd->first);
      mean && a.getType() == resultType && matchSquare(mean->first) == a)
    return RaisedNorm{NormKind::RMSNorm, a, mean->second, rstd->second};
  if (std::optional<std::pair<Value, int64_t>> centered = matchCentered(a);
      centered && centered->first.getType() == resultType &&
      isRowVariance(rstd->first, centered->first, centered->second))
    return RaisedNorm{NormKind::LayerNorm, centered->first, centered->second,
                      rstd->second};
  return std::nullopt;
}

/// The product that ends a decomposed norm -> norm.rms_norm or
/// norm.layer_norm (no parameters yet: those fold in next).
struct RaiseTosaNorm : OpRewritePattern<tosa::MulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tosa::MulOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<std::pair<Value, Value>> mul = matchMul(op.getOutput());
    if (!mul)
      return failure();
    for (auto [a, b] : {*mul, std::make_pair(mul->second, mul->first)}) {
      std::optional<RaisedNorm> norm = matchNormProduct(a, b, op.getType());
      if (!norm)
        continue;
      rewriter.replaceOp(op, createRowNorm(rewriter, op.getLoc(), norm->kind,
                                           norm->input, Value(), Value(),
                                           norm->axis, norm->epsilon, 0.0));
      return success();
    }
    return rewriter.notifyMatchFailure(op, "not a norm's final product");
  }
};

/// A parameter broadcast over the rows: shape [1, ..., 1, normalized dims]
/// of the norm's rank. Returns it collapsed to the normalized shape.
Value collapseParameter(PatternRewriter &rewriter, Location loc, Value param,
                        Value normalized, int64_t axis) {
  auto type = dyn_cast<RankedTensorType>(param.getType());
  auto normType = cast<RankedTensorType>(normalized.getType());
  if (!type || type.getRank() != normType.getRank() ||
      type.getElementType() != normType.getElementType())
    return Value();
  for (int64_t dim = 0; dim < type.getRank(); ++dim) {
    int64_t want = dim < axis ? 1 : normType.getDimSize(dim);
    if (type.getDimSize(dim) != want || ShapedType::isDynamic(want))
      return Value();
  }
  if (axis == 0)
    return param;
  ReassociationIndices first;
  for (int64_t dim = 0; dim <= axis; ++dim)
    first.push_back(dim);
  SmallVector<ReassociationIndices> groups = {first};
  for (int64_t dim = axis + 1; dim < type.getRank(); ++dim)
    groups.push_back({dim});
  return tensor::CollapseShapeOp::create(rewriter, loc, param, groups);
}

/// norm(x) * gamma -> scale; (norm(x) [* gamma]) + beta -> bias, where the
/// norm's result is in its compute type (folding after a rounding to
/// bf16/f16 would merge two roundings).
template <typename TosaOpTy>
struct FoldTosaParameter : OpRewritePattern<TosaOpTy> {
  using OpRewritePattern<TosaOpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(TosaOpTy op,
                                PatternRewriter &rewriter) const override {
    constexpr bool isScale = std::is_same_v<TosaOpTy, tosa::MulOp>;
    if constexpr (isScale) {
      if (!hasNoShift(op))
        return failure();
    }
    for (auto [normValue, param] :
         {std::make_pair(op.getInput1(), op.getInput2()),
          std::make_pair(op.getInput2(), op.getInput1())}) {
      Operation *norm = normValue.getDefiningOp();
      if (!isa_and_nonnull<LayerNormOp, RMSNormOp>(norm) ||
          !normValue.hasOneUse() || !isComputeType(normValue.getType()) ||
          normValue.getType() != op.getType() || norm->getNumResults() != 1)
        continue;
      auto layer = dyn_cast<LayerNormOp>(norm);
      auto rms = dyn_cast<RMSNormOp>(norm);
      if (isScale && (layer ? (layer.getScale() || layer.getBias())
                            : static_cast<bool>(rms.getScale())))
        continue;
      if (!isScale && (!layer || layer.getBias()))
        continue;
      int64_t axis =
          layer ? layer.getNormalizedAxis() : rms.getNormalizedAxis();
      // The parameter becomes an operand of the norm, so it must be
      // available there.
      Operation *definition = param.getDefiningOp();
      if (definition && (definition->getBlock() != norm->getBlock() ||
                         !definition->isBeforeInBlock(norm)))
        continue;
      rewriter.setInsertionPoint(norm);
      Value collapsed =
          collapseParameter(rewriter, op.getLoc(), param, normValue, axis);
      if (!collapsed)
        continue;
      rewriter.modifyOpInPlace(norm, [&] {
        if (!isScale)
          layer.getBiasMutable().assign(collapsed);
        else if (layer)
          layer.getScaleMutable().assign(collapsed);
        else
          rms.getScaleMutable().assign(collapsed);
      });
      rewriter.replaceOp(op, normValue);
      return success();
    }
    return failure();
  }
};

/// cast(norm(cast(x))) with x bf16/f16 widened to f32 and the result cast
/// back to x's type is norm(x): the op computes in f32 and rounds once.
struct FoldTosaCastsIntoNorm : OpRewritePattern<tosa::CastOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tosa::CastOp op,
                                PatternRewriter &rewriter) const override {
    Value normValue = op.getInput();
    Operation *norm = normValue.getDefiningOp();
    if (!isa_and_nonnull<LayerNormOp, RMSNormOp>(norm) ||
        !normValue.hasOneUse() || norm->getNumResults() != 1 ||
        !getElementTypeOrSelf(normValue.getType()).isF32())
      return failure();
    Value input = norm->getOperand(0);
    auto widen = input.getDefiningOp<tosa::CastOp>();
    if (!widen || widen.getInput().getType() != op.getType() ||
        getElementTypeOrSelf(op.getType()).getIntOrFloatBitWidth() != 16)
      return rewriter.notifyMatchFailure(op, "not a widened 16-bit input");
    Operation *narrowed = rewriter.clone(*norm);
    narrowed->setOperand(0, widen.getInput());
    auto dps = cast<DestinationStyleOpInterface>(narrowed);
    rewriter.setInsertionPoint(narrowed);
    Value init = createEmptyLike(rewriter, op.getLoc(), widen.getInput());
    rewriter.modifyOpInPlace(narrowed, [&] {
      dps.getDpsInitsMutable()[0].assign(init);
      narrowed->getResult(0).setType(op.getType());
    });
    rewriter.replaceOp(op, narrowed->getResult(0));
    rewriter.eraseOp(norm);
    return success();
  }
};

} // namespace

void mlir::norm::populateRaiseTosaNormPatterns(RewritePatternSet &patterns) {
  patterns.add<RaiseTosaNorm, FoldTosaParameter<tosa::MulOp>,
               FoldTosaParameter<tosa::AddOp>, FoldTosaCastsIntoNorm>(
      patterns.getContext());
}
