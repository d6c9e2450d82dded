//===- Gradients.cpp - Linalg lowering of the backward norm ops -----------===//
//
// norm.layer_norm_grad and norm.rms_norm_grad as linalg.generic ops on
// tensors (docs/Semantics.md, "Backward"): the row statistics (saved, or
// recomputed as the forward computes them), one reduction per row for
// sum(g) and sum(g * xhat), dx element-wise, and the parameter gradients as
// reductions over the rows. Everything in the compute type (f32, f64 for
// f64 data), rounded once when stored.
//
//===----------------------------------------------------------------------===//

#include "LinalgBuilders.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "norm/Conversion/NormToLinalg/Decompositions.h"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::detail;

namespace {

/// A per-row statistic and how the input's dims index it.
struct RowStat {
  Value value;
  AffineMap map;
};

/// The statistics xhat is computed from: xhat = (x - K - mean) * rstd, with
/// K the row's first element where the mean was recomputed relative to it
/// (the forward's shifted scheme: no large rounded mean is subtracted),
/// xhat = (x - mean) * rstd from a saved mean, xhat = x * rstd for RMSNorm.
struct GradStatistics {
  /// x, read at each row's first element (null: no shift).
  RowStat shift;
  /// The mean, or the mean relative to K (null for RMSNorm).
  RowStat mean;
  RowStat rstd;
};

/// What the backward of a row-wise norm reads, in one shape for both ops.
struct RowNormGrad {
  StringRef opName;
  bool layerNorm = true;
  Value grad, input, scale;
  /// Saved statistics (null: recompute them).
  Value savedMean, savedRstd;
  Value dxInit, dscaleInit, dbiasInit;
  /// The fused residual ops: the residual stream's gradient on h (may be
  /// null), dr's destination and alpha.
  Value residualGrad, drInit;
  double alpha = 1.0;
  int64_t axis = 1;
  double epsilon = 1e-5;
  double offset = 0.0;
};

/// The builder of one backward decomposition.
class RowNormGradLowering {
public:
  RowNormGradLowering(OpBuilder &b, Location loc, const RowNormGrad &spec)
      : b(b), loc(loc), spec(spec), ctx(b.getContext()),
        rank(cast<RankedTensorType>(spec.input.getType()).getRank()),
        computeType(getComputeType(spec.input)) {}

  /// dx, then dscale and dbias where the op returns them.
  SmallVector<Value> build();

private:
  /// The map from the input's dims to the normalized dims (parameters).
  AffineMap paramMap() const {
    SmallVector<AffineExpr> exprs;
    for (int64_t dim = spec.axis; dim < rank; ++dim)
      exprs.push_back(getAffineDimExpr(dim, ctx));
    return AffineMap::get(rank, 0, exprs, ctx);
  }
  AffineMap identity() const {
    return AffineMap::getMultiDimIdentityMap(rank, ctx);
  }
  /// How the input's dims index a saved statistic: the leading dims, then
  /// 0 for each size-1 dim.
  AffineMap savedStatMap() const {
    SmallVector<AffineExpr> exprs;
    for (int64_t dim = 0; dim < rank; ++dim)
      exprs.push_back(dim < spec.axis ? getAffineDimExpr(dim, ctx)
                                      : getAffineConstantExpr(0, ctx));
    return AffineMap::get(rank, 0, exprs, ctx);
  }

  void emitShapeChecks();
  /// The statistics, saved or recomputed.
  GradStatistics statistics(const ReductionLayout &layout);
  /// The element-wise values every stage starts from, in a generic body
  /// whose first arguments are dy, x, [scale], [K], [mean], rstd: xhat and
  /// g.
  std::pair<Value, Value> xhatAndG(OpBuilder &nb, Location nl,
                                   ValueRange args) const;
  /// The inputs (and their maps) of xhatAndG.
  void appendCommonInputs(SmallVectorImpl<Value> &inputs,
                          SmallVectorImpl<AffineMap> &maps,
                          const GradStatistics &stats) const;

  OpBuilder &b;
  Location loc;
  const RowNormGrad &spec;
  MLIRContext *ctx;
  int64_t rank;
  Type computeType;
  /// Whether the common inputs include each row's first element K.
  bool hasShift = false;
};

} // namespace

void RowNormGradLowering::emitShapeChecks() {
  Twine name = spec.opName;
  assertFullShape(b, loc, spec.input, spec.grad,
                  (name + ": grad does not match the input").str());
  assertFullShape(b, loc, spec.input, spec.dxInit,
                  (name + ": dx does not match the input").str());
  if (spec.drInit)
    assertFullShape(b, loc, spec.input, spec.drInit,
                    (name + ": dr does not match the input").str());
  if (spec.residualGrad)
    assertFullShape(b, loc, spec.input, spec.residualGrad,
                    (name + ": residual_grad does not match the input").str());
  for (auto [param, what] : {std::pair<Value, StringRef>{spec.scale, "scale"},
                             {spec.dscaleInit, "dscale"},
                             {spec.dbiasInit, "dbias"}})
    assertParamShape(
        b, loc, spec.input, param, spec.axis,
        (name + ": " + what + " does not match the normalized shape").str());
}

GradStatistics RowNormGradLowering::statistics(const ReductionLayout &layout) {
  if (spec.savedRstd)
    return {
        {}, {spec.savedMean, savedStatMap()}, {spec.savedRstd, savedStatMap()}};
  if (spec.layerNorm) {
    // Rows are whole here: the layout's shift stays the input's.
    ReductionLayout rowLayout = layout;
    Moments moments = computeMoments(b, loc, spec.input, rowLayout);
    Value rstd = computeRstd(b, loc, moments.variance, spec.epsilon);
    return {{layout.shiftSource, layout.shiftMap},
            {moments.meanOffset, layout.statMap},
            {rstd, layout.statMap}};
  }
  // RMSNorm: rstd = rsqrt(sum(x^2) / N + epsilon).
  Value sumInit = createFilled(b, loc, layout.statSizes, computeType, 0.0);
  Value sumSquares =
      buildGeneric(b, loc, {spec.input}, {sumInit},
                   {identity(), layout.statMap}, layout.iterators,
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     Value x = convertFloat(nb, nl, args[0], computeType);
                     return SmallVector<Value>{arith::AddFOp::create(
                         nb, nl, args[1], arith::MulFOp::create(nb, nl, x, x))};
                   })
          .front();
  auto statType = cast<RankedTensorType>(sumSquares.getType());
  AffineMap statIdentity =
      AffineMap::getMultiDimIdentityMap(statType.getRank(), ctx);
  Value meanSquare =
      buildGeneric(b, loc, {sumSquares}, {createEmptyLike(b, loc, sumSquares)},
                   {statIdentity, statIdentity},
                   SmallVector<utils::IteratorType>(
                       statType.getRank(), utils::IteratorType::parallel),
                   [&](OpBuilder &nb, Location nl, ValueRange args) {
                     return SmallVector<Value>{
                         arith::DivFOp::create(nb, nl, args[0], layout.count)};
                   })
          .front();
  return {
      {}, {}, {computeRstd(b, loc, meanSquare, spec.epsilon), layout.statMap}};
}

void RowNormGradLowering::appendCommonInputs(
    SmallVectorImpl<Value> &inputs, SmallVectorImpl<AffineMap> &maps,
    const GradStatistics &stats) const {
  inputs.append({spec.grad, spec.input});
  maps.append({identity(), identity()});
  if (spec.scale) {
    inputs.push_back(spec.scale);
    maps.push_back(paramMap());
  }
  for (const RowStat &stat : {stats.shift, stats.mean, stats.rstd}) {
    if (!stat.value)
      continue;
    inputs.push_back(stat.value);
    maps.push_back(stat.map);
  }
}

std::pair<Value, Value> RowNormGradLowering::xhatAndG(OpBuilder &nb,
                                                      Location nl,
                                                      ValueRange args) const {
  unsigned next = 2;
  Value dy = convertFloat(nb, nl, args[0], computeType);
  Value x = convertFloat(nb, nl, args[1], computeType);
  Value scale =
      spec.scale ? convertFloat(nb, nl, args[next++], computeType) : Value();
  Value shift =
      hasShift ? convertFloat(nb, nl, args[next++], computeType) : Value();
  Value mean = spec.layerNorm ? args[next++] : Value();
  Value rstd = args[next++];
  Value centered = x;
  if (shift)
    centered = arith::SubFOp::create(nb, nl, centered, shift);
  if (mean)
    centered = arith::SubFOp::create(nb, nl, centered, mean);
  Value xhat = arith::MulFOp::create(nb, nl, centered, rstd);
  Value g = dy;
  if (scale) {
    if (spec.offset != 0.0)
      scale = arith::AddFOp::create(
          nb, nl, scale, floatConstant(nb, nl, computeType, spec.offset));
    g = arith::MulFOp::create(nb, nl, dy, scale);
  }
  return {xhat, g};
}

SmallVector<Value> RowNormGradLowering::build() {
  emitShapeChecks();
  ReductionLayout layout =
      getRowLayout(b, loc, spec.input, spec.axis, spec.opName);
  GradStatistics stats = statistics(layout);
  hasShift = static_cast<bool>(stats.shift.value);
  unsigned commonInputs = 3 + (spec.scale ? 1 : 0) + (hasShift ? 1 : 0) +
                          (stats.mean.value ? 1 : 0);

  // Per row: sum(g) (LayerNorm) and sum(g * xhat).
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  appendCommonInputs(inputs, maps, stats);
  SmallVector<Value> sumInits;
  if (spec.layerNorm)
    sumInits.push_back(
        createFilled(b, loc, layout.statSizes, computeType, 0.0));
  sumInits.push_back(createFilled(b, loc, layout.statSizes, computeType, 0.0));
  maps.append(sumInits.size(), layout.statMap);
  SmallVector<Value> sums = buildGeneric(
      b, loc, inputs, sumInits, maps, layout.iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        auto [xhat, g] = xhatAndG(nb, nl, args);
        ValueRange acc = args.drop_front(commonInputs);
        SmallVector<Value> updated;
        if (spec.layerNorm)
          updated.push_back(arith::AddFOp::create(nb, nl, acc[0], g));
        updated.push_back(arith::AddFOp::create(
            nb, nl, acc.back(), arith::MulFOp::create(nb, nl, g, xhat)));
        return updated;
      });

  // dx = rstd * (g - sum(g) / N - xhat * sum(g * xhat) / N); the fused
  // ops add the residual stream's gradient and also write dr = alpha * dx.
  inputs.clear();
  maps.clear();
  appendCommonInputs(inputs, maps, stats);
  for (Value sum : sums) {
    inputs.push_back(sum);
    maps.push_back(layout.statMap);
  }
  unsigned sumsEnd = commonInputs + sums.size();
  if (spec.residualGrad) {
    inputs.push_back(spec.residualGrad);
    maps.push_back(identity());
  }
  SmallVector<Value> dxInits = {spec.dxInit};
  if (spec.drInit)
    dxInits.push_back(spec.drInit);
  maps.append(dxInits.size(), identity());
  Type dxType = getElementType(spec.dxInit);
  Type drType = spec.drInit ? getElementType(spec.drInit) : Type();
  Value count = layout.count;
  SmallVector<Value> dxs = buildGeneric(
      b, loc, inputs, dxInits, maps,
      SmallVector<utils::IteratorType>(rank, utils::IteratorType::parallel),
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        auto [xhat, g] = xhatAndG(nb, nl, args);
        ValueRange rowSums = args.slice(commonInputs, sums.size());
        Value projection = arith::MulFOp::create(
            nb, nl, xhat, arith::DivFOp::create(nb, nl, rowSums.back(), count));
        Value inner = arith::SubFOp::create(nb, nl, g, projection);
        if (spec.layerNorm)
          inner = arith::SubFOp::create(
              nb, nl, inner, arith::DivFOp::create(nb, nl, rowSums[0], count));
        Value rstdValue = args[commonInputs - 1];
        Value dxValue = arith::MulFOp::create(nb, nl, rstdValue, inner);
        if (spec.residualGrad)
          dxValue = arith::AddFOp::create(
              nb, nl, dxValue,
              convertFloat(nb, nl, args[sumsEnd], computeType));
        SmallVector<Value> stored = {convertFloat(nb, nl, dxValue, dxType)};
        if (spec.drInit) {
          Value dr = dxValue;
          if (spec.alpha != 1.0)
            dr = arith::MulFOp::create(
                nb, nl, dr, floatConstant(nb, nl, computeType, spec.alpha));
          stored.push_back(convertFloat(nb, nl, dr, drType));
        }
        return stored;
      });
  SmallVector<Value> results = dxs;
  if (!spec.dscaleInit)
    return results;

  // dscale = sum over rows of dy * xhat; dbias = sum over rows of dy.
  SmallVector<OpFoldResult> paramSizes =
      llvm::to_vector(ArrayRef(tensor::getMixedSizes(b, loc, spec.input))
                          .drop_front(spec.axis));
  SmallVector<utils::IteratorType> overRows(rank,
                                            utils::IteratorType::parallel);
  for (int64_t dim = 0; dim < spec.axis; ++dim)
    overRows[dim] = utils::IteratorType::reduction;
  inputs.clear();
  maps.clear();
  appendCommonInputs(inputs, maps, stats);
  SmallVector<Value> paramInits = {
      createFilled(b, loc, paramSizes, computeType, 0.0)};
  if (spec.dbiasInit)
    paramInits.push_back(createFilled(b, loc, paramSizes, computeType, 0.0));
  maps.append(paramInits.size(), paramMap());
  SmallVector<Value> paramSums = buildGeneric(
      b, loc, inputs, paramInits, maps, overRows,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value dy = convertFloat(nb, nl, args[0], computeType);
        Value xhat = xhatAndG(nb, nl, args).first;
        ValueRange acc = args.drop_front(commonInputs);
        SmallVector<Value> updated = {arith::AddFOp::create(
            nb, nl, acc[0], arith::MulFOp::create(nb, nl, dy, xhat))};
        if (spec.dbiasInit)
          updated.push_back(arith::AddFOp::create(nb, nl, acc[1], dy));
        return updated;
      });
  // Rounded once, into the destinations.
  unsigned paramRank = rank - spec.axis;
  AffineMap paramIdentity = AffineMap::getMultiDimIdentityMap(paramRank, ctx);
  SmallVector<Value> paramInitsOut = {spec.dscaleInit};
  if (spec.dbiasInit)
    paramInitsOut.push_back(spec.dbiasInit);
  for (auto [sum, init] : llvm::zip(paramSums, paramInitsOut)) {
    Type type = getElementType(init);
    results.push_back(
        buildGeneric(b, loc, {sum}, {init}, {paramIdentity, paramIdentity},
                     SmallVector<utils::IteratorType>(
                         paramRank, utils::IteratorType::parallel),
                     [&](OpBuilder &nb, Location nl, ValueRange args) {
                       return SmallVector<Value>{
                           convertFloat(nb, nl, args[0], type)};
                     })
            .front());
  }
  return results;
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeLayerNormGrad(OpBuilder &b, LayerNormGradOp op) {
  if (!op.hasPureTensorSemantics())
    return failure();
  RowNormGrad spec;
  spec.opName = op->getName().getStringRef();
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.savedMean = op.getMean();
  spec.savedRstd = op.getRstd();
  spec.dxInit = op.getOuts()[0];
  if (op.hasParameterGrads()) {
    spec.dscaleInit = op.getOuts()[1];
    spec.dbiasInit = op.getOuts()[2];
  }
  spec.axis = op.getNormalizedAxis();
  spec.epsilon = op.getEpsilon().convertToDouble();
  return RowNormGradLowering(b, op.getLoc(), spec).build();
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeRMSNormGrad(OpBuilder &b, RMSNormGradOp op) {
  if (!op.hasPureTensorSemantics())
    return failure();
  RowNormGrad spec;
  spec.opName = op->getName().getStringRef();
  spec.layerNorm = false;
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.savedRstd = op.getRstd();
  spec.dxInit = op.getOuts()[0];
  if (op.hasParameterGrads())
    spec.dscaleInit = op.getOuts()[1];
  spec.axis = op.getNormalizedAxis();
  spec.epsilon = op.getEpsilon().convertToDouble();
  spec.offset = op.getOffset().convertToDouble();
  return RowNormGradLowering(b, op.getLoc(), spec).build();
}

/// The fused residual ops' backward: the norm's, plus the residual stream.
template <typename OpTy>
static RowNormGrad getAddNormGrad(OpTy op, bool layerNorm) {
  RowNormGrad spec;
  spec.opName = op->getName().getStringRef();
  spec.layerNorm = layerNorm;
  spec.grad = op.getGrad();
  spec.input = op.getInput();
  spec.scale = op.getScale();
  spec.savedRstd = op.getRstd();
  spec.residualGrad = op.getResidualGrad();
  spec.dxInit = op.getOuts()[0];
  spec.drInit = op.getOuts()[1];
  spec.alpha = op.getAlpha().convertToDouble();
  spec.axis = op.getNormalizedAxis();
  spec.epsilon = op.getEpsilon().convertToDouble();
  if (op.hasParameterGrads())
    spec.dscaleInit = op.getOuts()[2];
  return spec;
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeAddLayerNormGrad(OpBuilder &b, AddLayerNormGradOp op) {
  if (!op.hasPureTensorSemantics())
    return failure();
  RowNormGrad spec = getAddNormGrad(op, /*layerNorm=*/true);
  spec.savedMean = op.getMean();
  if (op.hasParameterGrads())
    spec.dbiasInit = op.getOuts()[3];
  return RowNormGradLowering(b, op.getLoc(), spec).build();
}

FailureOr<SmallVector<Value>>
mlir::norm::decomposeAddRMSNormGrad(OpBuilder &b, AddRMSNormGradOp op) {
  if (!op.hasPureTensorSemantics())
    return failure();
  RowNormGrad spec = getAddNormGrad(op, /*layerNorm=*/false);
  spec.offset = op.getOffset().convertToDouble();
  return RowNormGradLowering(b, op.getLoc(), spec).build();
}
