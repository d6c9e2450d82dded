//===- RowNormGradRecognizer.cpp - Does a RowExpr compute a norm's gradient?
//
// A backward graph of a norm reads four or five tensors: x, dy, the saved
// statistics (mean and rstd, or rstd: constant over a row) and γ (over the
// normalized dims), plus, in a fused residual block, the gradient dh the
// residual stream adds. The recognizer sorts the leaves of a candidate dx by
// the dims they vary over, tries each assignment of roles (which full tensor
// is x and which dy, which statistic is the mean, RMSNorm's offset 0 or 1)
// and keeps the one whose float64 value on sample rows equals the gradient
// of docs/Semantics.md ("Backward"). The saved statistics are inputs of the
// graph, so they are drawn independently of x: dx must be the formula as a
// function of all its inputs, whatever spelling (autograd's chain through
// pow and rsqrt for RMSNorm, native_layer_norm_backward's for LayerNorm).
//
//===----------------------------------------------------------------------===//

#include "RowNormGradRecognizer.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::norm::raise;

namespace {

/// Whether `leaf` reads its tensor with the tensor's dims aligned to the
/// root's trailing dims (a unit dim read at 0), as the norm ops read their
/// operands: x and dy [rows..., normalized...], the statistics
/// [rows..., 1...], γ [1..., normalized...].
bool isAligned(const RowExpr *leaf, int64_t rootRank) {
  auto type = dyn_cast<RankedTensorType>(leaf->value.getType());
  if (!type || !leaf->access)
    return false;
  int64_t leading = rootRank - type.getRank();
  if (leading < 0)
    return false;
  for (int64_t dim = 0; dim < type.getRank(); ++dim) {
    AffineExpr result = leaf->access.getResult(dim);
    if (auto rootDim = dyn_cast<AffineDimExpr>(result)) {
      if (static_cast<int64_t>(rootDim.getPosition()) != leading + dim)
        return false;
      continue;
    }
    auto constant = dyn_cast<AffineConstantExpr>(result);
    if (!constant || constant.getValue() != 0 || type.getDimSize(dim) != 1)
      return false;
  }
  return true;
}

/// Whether some sum over a row sums a product of two different tensors over
/// whole rows (`fullDims`), as Σ g·xhat does: a product whose operands read
/// disjoint sets of such tensors (the square of x + r in a forward's
/// variance reads the same ones on both sides).
bool sumsProductOfTensors(const llvm::SetVector<const RowExpr *> &nodes,
                          uint64_t fullDims) {
  // Per node, the full tensors it reads, one bit each (the first 64).
  llvm::DenseMap<const RowExpr *, uint64_t> reads;
  llvm::DenseMap<Value, unsigned> bits;
  bool product = false;
  llvm::DenseSet<const RowExpr *> products;
  for (const RowExpr *node : nodes) {
    uint64_t mask = 0;
    if (node->kind == RowExprKind::Leaf && node->access &&
        (node->dims & fullDims) == fullDims) {
      unsigned bit = bits.try_emplace(node->value, bits.size()).first->second;
      if (bit < 64)
        mask = uint64_t(1) << bit;
    }
    for (const RowExpr *operand : node->operands)
      mask |= reads.lookup(operand);
    reads[node] = mask;
    if (node->kind == RowExprKind::Mul) {
      uint64_t lhs = reads.lookup(node->operands[0]);
      uint64_t rhs = reads.lookup(node->operands[1]);
      if (lhs && rhs && !(lhs & rhs))
        products.insert(node);
    }
  }
  // A product under a sum (nodes are in post order: a sum's term before it).
  for (const RowExpr *node : nodes) {
    if (node->kind != RowExprKind::Sum)
      continue;
    llvm::SetVector<const RowExpr *> term;
    postOrder(node->operands[0], term);
    product |= llvm::any_of(
        term, [&](const RowExpr *inner) { return products.contains(inner); });
  }
  return product;
}

} // namespace

LogicalResult RowNormGradRecognizer::collectLeaves(
    const llvm::SetVector<const RowExpr *> &nodes, Leaves &leaves) {
  llvm::DenseSet<Value> tensors;
  for (const RowExpr *node : nodes) {
    switch (node->kind) {
    case RowExprKind::Opaque:
      return reject(llvm::formatv("it computes {0}, which is not part of a "
                                  "norm gradient",
                                  node->value.getDefiningOp()->getName()));
    case RowExprKind::Size:
      return reject("it reads a run-time size; backward graphs of dynamic "
                    "shapes are not raised yet");
    case RowExprKind::Round:
      leaves.roundsInside = true;
      continue;
    case RowExprKind::Leaf:
      break;
    default:
      continue;
    }
    if (!node->access)
      return reject("it depends on a run-time scalar");
    if (!tensors.insert(node->value).second)
      return reject("it reads one tensor at different indices");
    if (!isAligned(node, rank))
      return reject("a tensor it reads is not laid out as the rows and the "
                    "normalized dims");
    if (node->dims == (rowDims | normalizedDims))
      leaves.full.push_back(node);
    else if (node->dims == rowDims)
      leaves.rows.push_back(node);
    else if (node->dims == normalizedDims)
      leaves.params.push_back(node);
    else
      return reject("a tensor it reads varies over only some rows or "
                    "normalized dims");
  }
  return success();
}

std::optional<Row>
RowNormGradRecognizer::evaluate(const llvm::SetVector<const RowExpr *> &nodes,
                                const RowExpr *body, unsigned draw) const {
  llvm::DenseMap<const RowExpr *, Row> bound;
  for (const RowExpr *node : nodes)
    if (node->kind == RowExprKind::Leaf) {
      auto it = draws[draw].find(node->value);
      if (it == draws[draw].end())
        return std::nullopt;
      bound[node] = it->second;
    }
  Row none;
  llvm::DenseMap<const RowExpr *, double> sizes;
  RowEvaluator evaluator(length, /*input=*/nullptr, none, bound, sizes);
  return evaluator.evaluate(body);
}

Row RowNormGradRecognizer::referenceInputGrad(const RowNormGradMatch &h,
                                              unsigned draw) const {
  const llvm::DenseMap<Value, Row> &data = draws[draw];
  const Row &x = data.lookup(h.input), &dy = data.lookup(h.grad);
  double rstd = data.lookup(h.rstd)[0];
  double mean = h.mean ? data.lookup(h.mean)[0] : 0.0;
  double n = static_cast<double>(length);
  Row xhat(length), g(length);
  double sumG = 0.0, sumGXhat = 0.0;
  for (int64_t i = 0; i < length; ++i) {
    xhat[i] = (x[i] - mean) * rstd;
    double scale = h.scale ? data.lookup(h.scale)[i] + h.offset : 1.0;
    g[i] = dy[i] * scale;
    sumG += g[i];
    sumGXhat += g[i] * xhat[i];
  }
  if (h.kind == RowNormGradMatch::Kind::RMSNorm)
    sumG = 0.0;
  Row dx(length);
  for (int64_t i = 0; i < length; ++i) {
    dx[i] = rstd * (g[i] - sumG / n - xhat[i] * sumGXhat / n);
    if (h.residualGrad)
      dx[i] += data.lookup(h.residualGrad)[i];
  }
  return dx;
}

Row RowNormGradRecognizer::referenceScaleTerm(unsigned draw) const {
  const llvm::DenseMap<Value, Row> &data = draws[draw];
  const Row &x = data.lookup(match->input), &dy = data.lookup(match->grad);
  double rstd = data.lookup(match->rstd)[0];
  double mean = match->mean ? data.lookup(match->mean)[0] : 0.0;
  Row term(length);
  for (int64_t i = 0; i < length; ++i)
    term[i] = dy[i] * (x[i] - mean) * rstd;
  return term;
}

std::optional<RowNormGradMatch>
RowNormGradRecognizer::analyzeInputGrad(const RowExprBuilder &builder,
                                        const RowExpr *expr) {
  reason.clear();
  gradLike = numericFailure = false;
  match.reset();
  draws.clear();
  if (!expr) {
    (void)reject(builder.getFailure());
    return std::nullopt;
  }
  ArrayRef<int64_t> shape = builder.getRootShape();
  rank = shape.size();
  auto rootType = cast<RankedTensorType>(builder.getRoot().getType());
  // The op rounds its result once: a final rounding to the result's type is
  // the op's own.
  const RowExpr *body = expr;
  if (body->kind == RowExprKind::Round &&
      body->bits == rootType.getElementTypeBitWidth())
    body = body->operands[0];
  llvm::SetVector<const RowExpr *> nodes;
  postOrder(body, nodes);

  // Normalized dims: what every sum sums over, trailing dims; two full
  // tensors multiplied under a sum (Σ g·xhat) make it look like a gradient.
  uint64_t summed = 0;
  for (const RowExpr *node : nodes) {
    if (node->kind != RowExprKind::Sum)
      continue;
    if (summed && summed != node->summedDims) {
      (void)reject("its sums reduce different dims");
      return std::nullopt;
    }
    summed = node->summedDims;
  }
  if (!summed) {
    (void)reject("no row sum");
    return std::nullopt;
  }
  if (!rootType.hasStaticShape()) {
    (void)reject("backward graphs of dynamic shapes are not raised yet");
    return std::nullopt;
  }
  axis = llvm::countr_zero(summed);
  uint64_t allDims = (uint64_t(1) << rank) - 1, unitDims = 0;
  for (int64_t dim = 0; dim < rank; ++dim)
    if (shape[dim] == 1)
      unitDims |= uint64_t(1) << dim;
  uint64_t trailing = allDims & ~((uint64_t(1) << axis) - 1);
  if ((summed | (unitDims & trailing)) != trailing) {
    (void)reject("its sums do not reduce trailing dims");
    return std::nullopt;
  }
  rowDims = allDims & ~trailing & ~unitDims;
  normalizedDims = trailing & ~unitDims;
  length = 1;
  for (int64_t dim = axis; dim < rank; ++dim)
    length *= shape[dim];
  if (length > (int64_t(1) << 22)) {
    (void)reject("its rows are too long to check");
    return std::nullopt;
  }
  gradLike = sumsProductOfTensors(nodes, rowDims | normalizedDims);

  Leaves leaves;
  if (failed(collectLeaves(nodes, leaves)))
    return std::nullopt;
  if (leaves.roundsInside && rootType.getElementTypeBitWidth() > 16) {
    (void)reject("it rounds to a 16-bit type before its f32 result; raising "
                 "would drop that rounding");
    return std::nullopt;
  }
  if (leaves.rows.empty()) {
    (void)reject("it reads no saved statistics (mean, rstd); backward graphs "
                 "that recompute them are not raised yet");
    return std::nullopt;
  }
  if (leaves.rows.size() > 2 || leaves.params.size() > 1 ||
      leaves.full.size() < 2 || leaves.full.size() > 3) {
    (void)reject(llvm::formatv(
        "it reads {0} tensors over whole rows, {1} row statistics and {2} "
        "parameters; a norm gradient reads x, dy (and dh), one or two saved "
        "statistics and at most one scale",
        leaves.full.size(), leaves.rows.size(), leaves.params.size()));
    return std::nullopt;
  }

  // Sample data: tensors over whole rows of two kinds of spread, positive
  // statistics (a mean may be anything, rstd is positive), γ around 1.
  Normal normal;
  for (auto [center, spread] :
       {std::make_pair(0.5, 2.0), std::make_pair(3.0, 0.5),
        std::make_pair(-1.0, 1.0)}) {
    llvm::DenseMap<Value, Row> data;
    for (const RowExpr *leaf : leaves.full) {
      Row row(length);
      for (double &v : row)
        v = center + spread * normal.next();
      data[leaf->value] = row;
    }
    for (const RowExpr *leaf : leaves.rows)
      data[leaf->value] = Row{std::exp(0.5 * normal.next())};
    for (const RowExpr *leaf : leaves.params) {
      Row row(length);
      for (double &v : row)
        v = 0.75 + 0.5 * normal.next();
      data[leaf->value] = row;
    }
    draws.push_back(std::move(data));
  }
  SmallVector<Row, 3> values;
  for (unsigned draw = 0; draw < draws.size(); ++draw) {
    std::optional<Row> value = evaluate(nodes, body, draw);
    if (!value) {
      (void)reject("it cannot be evaluated");
      return std::nullopt;
    }
    values.push_back(*value);
  }

  // Every tensor read has a role: x, dy, (dh), the statistics, (γ).
  auto matches = [&](const RowNormGradMatch &h) {
    for (unsigned draw = 0; draw < draws.size(); ++draw)
      if (!isClose(values[draw], referenceInputGrad(h, draw)))
        return false;
    return true;
  };
  SmallVector<unsigned> order = {0, 1, 2};
  order.resize(leaves.full.size());
  do {
    RowNormGradMatch h;
    h.input = leaves.full[order[0]]->value;
    h.grad = leaves.full[order[1]]->value;
    if (order.size() == 3)
      h.residualGrad = leaves.full[order[2]]->value;
    h.scale = leaves.params.empty() ? Value() : leaves.params[0]->value;
    h.axis = axis;
    h.roundsInside = leaves.roundsInside;
    if (leaves.rows.size() == 2) {
      h.kind = RowNormGradMatch::Kind::LayerNorm;
      for (unsigned first : {0u, 1u}) {
        h.mean = leaves.rows[first]->value;
        h.rstd = leaves.rows[1 - first]->value;
        if (matches(h))
          return match = h;
      }
      continue;
    }
    h.kind = RowNormGradMatch::Kind::RMSNorm;
    h.rstd = leaves.rows[0]->value;
    for (double offset : {0.0, 1.0}) {
      if (offset != 0.0 && !h.scale)
        continue;
      h.offset = offset;
      if (matches(h))
        return match = h;
    }
  } while (std::next_permutation(order.begin(), order.end()));
  numericFailure = true;
  (void)reject(llvm::formatv(
      "it computes no {0} gradient of the tensors it reads (checked "
      "numerically)",
      leaves.rows.size() == 2 ? "LayerNorm" : "RMSNorm"));
  return std::nullopt;
}

ParamGradKind RowNormGradRecognizer::classifyParamGradTerm(
    const RowExprBuilder &builder, const RowExpr *term, bool &roundsInside) {
  if (!match || !term || term->containsSum ||
      builder.getRootShape().size() != static_cast<size_t>(rank))
    return ParamGradKind::None;
  auto rootType = cast<RankedTensorType>(builder.getRoot().getType());
  const RowExpr *body = term;
  if (body->kind == RowExprKind::Round &&
      body->bits == rootType.getElementTypeBitWidth())
    body = body->operands[0];
  llvm::SetVector<const RowExpr *> nodes;
  postOrder(body, nodes);
  Leaves leaves;
  if (failed(collectLeaves(nodes, leaves)))
    return ParamGradKind::None;
  // A rounding of the term (bf16 products) is the graph's; the op sums the
  // exact products in f32.
  roundsInside = leaves.roundsInside || body != term;
  SmallVector<Row, 3> values;
  for (unsigned draw = 0; draw < draws.size(); ++draw) {
    std::optional<Row> value = evaluate(nodes, body, draw);
    if (!value)
      return ParamGradKind::None;
    values.push_back(*value);
  }
  auto all = [&](auto reference) {
    for (unsigned draw = 0; draw < draws.size(); ++draw)
      if (!isClose(values[draw], reference(draw)))
        return false;
    return true;
  };
  if (all([&](unsigned draw) { return referenceScaleTerm(draw); }))
    return ParamGradKind::Scale;
  if (all([&](unsigned draw) { return draws[draw].lookup(match->grad); }))
    return ParamGradKind::Bias;
  return ParamGradKind::Other;
}
