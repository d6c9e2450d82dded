//===- RowNormRecognizer.cpp - Does a RowExpr compute a norm?
//--------------===//
//
// Reads from a RowExpr's structure what a row norm of it would be (the
// normalized dims, the tensor x normalized, the parameters γ/β, the
// candidate epsilons) and then checks each candidate numerically: the
// expression and the definition from docs/Semantics.md are evaluated in
// float64 on rows chosen to tell the candidates apart (ordinary data, a
// large mean with a small spread, a variance of the order of epsilon). Any
// spelling of the same function passes (mean as sum × 1/N or sum(x / N),
// rsqrt, 1 / sqrt or pow(v, -0.5), the one-pass variance E[x²] − E[x]²);
// anything else fails with the reason.
//
//===----------------------------------------------------------------------===//

#include "RowNormRecognizer.h"
#include "RowEvaluator.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace mlir::norm::raise;

namespace {

/// One way of computing a row norm, to compare with the expression.
struct Hypothesis {
  RowNormMatch::Kind kind;
  double epsilon;
  double offset = 0.0;
  const RowExpr *scale = nullptr;
  const RowExpr *bias = nullptr;
  /// Diagnostic variants: epsilon outside the square root, N - 1.
  bool epsilonOutsideRoot = false;
  bool unbiased = false;
};

Row reference(const Hypothesis &h, const Row &x,
              const llvm::DenseMap<const RowExpr *, Row> &parameters) {
  double n = static_cast<double>(x.size());
  double mean = 0.0;
  if (h.kind == RowNormMatch::Kind::LayerNorm) {
    for (double v : x)
      mean += v;
    mean /= n;
  }
  double squares = 0.0;
  for (double v : x)
    squares += (v - mean) * (v - mean);
  double statistic = squares / (h.unbiased ? n - 1.0 : n);
  double inverse = h.epsilonOutsideRoot
                       ? 1.0 / (std::sqrt(statistic) + h.epsilon)
                       : 1.0 / std::sqrt(statistic + h.epsilon);
  Row y(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    double scale = h.offset;
    if (h.scale)
      scale += parameters.lookup(h.scale)[i];
    else
      scale = 1.0;
    y[i] = (x[i] - mean) * inverse * scale;
    if (h.bias)
      y[i] += parameters.lookup(h.bias)[i];
  }
  return y;
}

std::string describe(Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value))
    return llvm::formatv("argument #{0}", arg.getArgNumber()).str();
  return llvm::formatv("the result of {0}",
                       value.getDefiningOp()->getName().getStringRef())
      .str();
}

/// The stages of recognizing a norm in one candidate's expression, each
/// failing with the reason it gives.
class RowNormRecognizer {
public:
  RowNormRecognizer(const RowExprBuilder &builder) : builder(builder) {}

  RowNormAnalysis analyze(const RowExpr *expr);

private:
  /// A failure with `reason`.
  LogicalResult reject(const Twine &reason) {
    analysis.reason = reason.str();
    return failure();
  }

  /// The expression without its final rounding to the result's type (the
  /// op rounds its result once), and its nodes; whether it divides by the
  /// square root of a row statistic (looks like a norm).
  void collectNodes(const RowExpr *expr);
  /// The normalized dims: what every sum sums over, trailing dims.
  LogicalResult findNormalizedDims();
  /// x: the largest value over every dim, summed by the statistics and free
  /// of them, under which every other value over every dim is read (x may
  /// be computed from several tensors, as a Post-LN block's residual add).
  LogicalResult findInput();
  /// The other leaves: parameters over exactly the normalized dims; no
  /// opaque op, 16-bit rounding or run-time scalar outside x.
  LogicalResult classifyLeaves();
  /// Run-time sizes must be sizes of dims of x or of the parameters; the
  /// sizes of the rows to check with.
  LogicalResult bindSizes();
  /// The data (γ/β-like parameters and three rows) and the expression's
  /// value on each row.
  LogicalResult evaluateRows();
  /// The first hypothesis (kind, epsilon, scale, bias, offset) the values
  /// match.
  std::optional<Hypothesis> search(bool epsilonOutsideRoot, bool unbiased);
  bool matches(const Hypothesis &h);

  /// Inference BatchNorm: no sums; x over every dim and per-channel
  /// tensors (mean, variance, scale, bias) over one dim, checked on one
  /// value of x per channel.
  RowNormAnalysis analyzeBatchNorm();

  const RowExprBuilder &builder;
  RowNormAnalysis analysis;
  ArrayRef<int64_t> shape;
  int64_t rank = 0;
  const RowExpr *body = nullptr;
  llvm::SetVector<const RowExpr *> nodes;
  int64_t axis = 0;
  uint64_t rowDims = 0, normalizedDims = 0;
  const RowExpr *input = nullptr;
  Value x;
  SmallVector<const RowExpr *> parameters;
  SmallVector<const RowExpr *> sizes;
  llvm::DenseMap<const RowExpr *, double> sizeValues;
  int64_t length = 1;
  SmallVector<double> epsilons;
  llvm::DenseMap<const RowExpr *, Row> parameterRows;
  SmallVector<Row> rows, values;
};

void RowNormRecognizer::collectNodes(const RowExpr *expr) {
  // (Only when the result has the rounded type: a value rounded to bf16 and
  // widened back is rounded inside.)
  body = expr;
  auto rootType = cast<FloatType>(
      cast<RankedTensorType>(builder.getRoot().getType()).getElementType());
  if (body->kind == RowExprKind::Round && body->bits == rootType.getWidth())
    body = body->operands[0];
  postOrder(body, nodes);
  for (const RowExpr *node : nodes)
    if (node->kind == RowExprKind::Pow &&
        std::abs(std::abs(node->number) - 0.5) < 1e-12 &&
        node->operands[0]->containsSum)
      analysis.normLike = true;
}

LogicalResult RowNormRecognizer::findNormalizedDims() {
  uint64_t summed = 0;
  for (const RowExpr *node : nodes) {
    if (node->kind != RowExprKind::Sum)
      continue;
    if (summed && summed != node->summedDims)
      return reject("its statistics reduce different dims");
    summed = node->summedDims;
  }
  axis = llvm::countr_zero(summed);
  uint64_t unitDims = 0, allDims = 0;
  for (int64_t dim = 0; dim < rank; ++dim) {
    allDims |= uint64_t(1) << dim;
    if (shape[dim] == 1)
      unitDims |= uint64_t(1) << dim;
  }
  uint64_t trailing = allDims & ~((uint64_t(1) << axis) - 1);
  if ((summed | (unitDims & trailing)) != trailing)
    return reject("its statistics do not reduce trailing dims");
  rowDims = allDims & ~trailing & ~unitDims;
  normalizedDims = trailing & ~unitDims;
  return success();
}

LogicalResult RowNormRecognizer::findInput() {
  uint64_t fullDims = rowDims | normalizedDims;
  auto isFull = [&](const RowExpr *node) {
    return (node->dims & fullDims) == fullDims;
  };
  llvm::SetVector<const RowExpr *> summedNodes;
  for (const RowExpr *node : nodes)
    if (node->kind == RowExprKind::Sum)
      postOrder(node->operands[0], summedNodes);
  std::function<bool(const RowExpr *, const RowExpr *)> covers =
      [&](const RowExpr *node, const RowExpr *candidate) {
        if (node == candidate)
          return true;
        // Values over every dim that no statistic reads are parameters
        // (with one row, γ varies like x) or fail below.
        if (node->kind == RowExprKind::Leaf ||
            node->kind == RowExprKind::Opaque)
          return !isFull(node) || !summedNodes.contains(node);
        return llvm::all_of(node->operands, [&](const RowExpr *operand) {
          return covers(operand, candidate);
        });
      };
  for (const RowExpr *candidate : llvm::reverse(summedNodes)) {
    if (candidate->containsSum || !isFull(candidate) ||
        candidate->kind == RowExprKind::Constant)
      continue;
    if (covers(body, candidate)) {
      input = candidate;
      break;
    }
  }
  if (!input)
    return reject("it combines different tensors over the whole row");
  x = builder.getTensorOf(input);
  if (!x)
    return reject("the normalized value is computed inside the norm's own "
                  "ops, not a tensor");
  return success();
}

LogicalResult RowNormRecognizer::classifyLeaves() {
  llvm::SetVector<const RowExpr *> inside;
  postOrder(input, inside);
  for (const RowExpr *node : nodes) {
    if (inside.contains(node))
      continue;
    if (node->kind == RowExprKind::Opaque)
      return reject(llvm::formatv("it computes {0}, which is not part of a "
                                  "norm",
                                  node->value.getDefiningOp()->getName()));
    if (node->kind == RowExprKind::Round)
      return reject("it rounds to a 16-bit type before its last step; raising "
                    "would merge two roundings");
    if (node->kind == RowExprKind::Size) {
      sizes.push_back(node);
      continue;
    }
    if (node->kind != RowExprKind::Leaf)
      continue;
    if (!node->access)
      return reject(llvm::formatv("it depends on a run-time scalar ({0}); "
                                  "epsilon must be a constant",
                                  describe(node->value)));
    if (node->dims & rowDims)
      return reject("a scale or shift is not constant over rows");
    if (node->dims != normalizedDims) {
      if (node->dims == 0)
        return reject(llvm::formatv("it depends on a run-time scalar ({0}); "
                                    "epsilon must be a constant",
                                    describe(node->value)));
      return reject("a scale or shift varies over only some normalized dims");
    }
    // Indexed [0, ..., 0, i_axis, ..., i_rank-1] (unit dims read at 0).
    auto type = cast<RankedTensorType>(node->value.getType());
    int64_t leading = type.getRank() - (rank - axis);
    bool layout = leading >= 0;
    for (int64_t dim = 0; layout && dim < type.getRank(); ++dim) {
      AffineExpr result = node->access.getResult(dim);
      if (dim < leading) {
        layout = type.getDimSize(dim) == 1;
        continue;
      }
      auto rootDim = dyn_cast<AffineDimExpr>(result);
      int64_t expected = axis + dim - leading;
      layout = rootDim ? static_cast<int64_t>(rootDim.getPosition()) == expected
                       : shape[expected] == 1 || type.getDimSize(dim) == 1;
    }
    if (!layout)
      return reject("a scale or shift is laid out unlike the normalized dims");
    parameters.push_back(node);
  }
  if (parameters.size() > 4)
    return reject("it reads more than four parameter tensors");
  return success();
}

LogicalResult RowNormRecognizer::bindSizes() {
  SmallVector<int64_t> testShape(shape);
  int64_t nextDynamic = 3;
  for (int64_t dim = 0; dim < rank; ++dim)
    if (ShapedType::isDynamic(testShape[dim])) {
      testShape[dim] = dim < axis ? 11 : nextDynamic;
      nextDynamic += 2;
    }
  for (const RowExpr *size : sizes) {
    std::optional<int64_t> boundDim;
    auto bind = [&](Value tensor, AffineMap access) {
      for (int64_t dim = 0, e = access.getNumResults(); dim < e; ++dim)
        if (auto rootDim = dyn_cast<AffineDimExpr>(access.getResult(dim)))
          if (traceDim(tensor, dim) == size->size)
            boundDim = rootDim.getPosition();
    };
    bind(x, AffineMap::getMultiDimIdentityMap(rank, x.getContext()));
    for (const RowExpr *parameter : parameters)
      bind(parameter->value, parameter->access);
    if (!boundDim)
      return reject("it divides by a run-time value that is not a size of "
                    "the normalized tensor");
    sizeValues[size] = static_cast<double>(testShape[*boundDim]);
  }
  for (int64_t dim = axis; dim < rank; ++dim)
    length *= testShape[dim];
  if (length == 0)
    return reject("its rows are empty; norm ops need a non-empty normalized "
                  "shape");
  if (length > (int64_t(1) << 22))
    return reject("its rows are too long to check");
  return success();
}

LogicalResult RowNormRecognizer::evaluateRows() {
  // Candidate epsilons: positive constants added to something.
  for (const RowExpr *node : nodes)
    if (node->kind == RowExprKind::Add)
      for (const RowExpr *operand : node->operands)
        if (operand->kind == RowExprKind::Constant && operand->number > 0.0 &&
            !llvm::is_contained(epsilons, operand->number))
          epsilons.push_back(operand->number);

  Normal normal;
  for (const RowExpr *parameter : parameters) {
    Row row(length);
    for (double &v : row)
      v = 0.75 + 0.5 * normal.next();
    parameterRows[parameter] = row;
  }
  // Ordinary data, a large mean with a small spread, a variance of the
  // order of epsilon.
  double smallest = 1.0;
  for (double epsilon : epsilons)
    smallest = std::min(smallest, epsilon);
  for (auto [center, spread] :
       {std::make_pair(0.5, 2.0), std::make_pair(100.0, 0.1),
        std::make_pair(0.0, std::sqrt(smallest))}) {
    Row row(length);
    for (double &v : row)
      v = center + spread * normal.next();
    rows.push_back(row);
  }
  for (const Row &row : rows) {
    RowEvaluator evaluator(length, input, row, parameterRows, sizeValues);
    std::optional<Row> value = evaluator.evaluate(body);
    if (!value)
      return reject("it cannot be evaluated");
    values.push_back(*value);
  }
  return success();
}

bool RowNormRecognizer::matches(const Hypothesis &h) {
  for (auto [row, value] : llvm::zip(rows, values))
    if (!isClose(value, reference(h, row, parameterRows)))
      return false;
  return true;
}

std::optional<Hypothesis> RowNormRecognizer::search(bool epsilonOutsideRoot,
                                                    bool unbiased) {
  SmallVector<const RowExpr *> optional = {nullptr};
  optional.append(parameters.begin(), parameters.end());
  for (double epsilon : epsilons)
    for (const RowExpr *scale : optional)
      for (const RowExpr *bias : optional) {
        if (bias && bias == scale)
          continue;
        Hypothesis layerNorm{RowNormMatch::Kind::LayerNorm,
                             epsilon,
                             0.0,
                             scale,
                             bias,
                             epsilonOutsideRoot,
                             unbiased};
        if (matches(layerNorm))
          return layerNorm;
        if (bias)
          continue;
        for (double offset : {0.0, 1.0}) {
          if (offset != 0.0 && !scale)
            continue;
          Hypothesis rmsNorm{
              RowNormMatch::Kind::RMSNorm, epsilon, offset, scale, nullptr,
              epsilonOutsideRoot,          unbiased};
          if (matches(rmsNorm))
            return rmsNorm;
        }
      }
  return std::nullopt;
}

RowNormAnalysis RowNormRecognizer::analyze(const RowExpr *expr) {
  if (!expr) {
    (void)reject(builder.getFailure());
    return analysis;
  }
  shape = builder.getRootShape();
  rank = shape.size();
  collectNodes(expr);
  if (!expr->containsSum)
    return analyzeBatchNorm();
  if (failed(findNormalizedDims()) || failed(findInput()) ||
      failed(classifyLeaves()) || failed(bindSizes()) || failed(evaluateRows()))
    return analysis;

  analysis.checkedNumerically = true;
  std::optional<Hypothesis> found;
  if (epsilons.empty()) {
    epsilons.push_back(0.0);
    (void)reject(search(false, false)
                     ? "it adds no epsilon; norm ops need epsilon > 0"
                     : "it computes neither a LayerNorm nor an RMSNorm of "
                       "its input (checked numerically)");
    return analysis;
  }
  found = search(false, false);
  if (!found) {
    if (search(true, false))
      (void)reject("eps is added outside the square root, "
                   "(x - mean) / (std + eps); norm ops add it inside "
                   "(docs/Rationale.md)");
    else if (search(false, true))
      (void)reject("its variance is unbiased (divides by N - 1); norm ops "
                   "use the biased variance");
    else
      (void)reject("it computes neither a LayerNorm nor an RMSNorm of its "
                   "input (checked numerically)");
    return analysis;
  }
  RowNormMatch match;
  match.kind = found->kind;
  match.input = x;
  match.scale = found->scale ? found->scale->value : Value();
  match.bias = found->bias ? found->bias->value : Value();
  match.axis = axis;
  match.epsilon = found->epsilon;
  match.offset = found->offset;
  analysis.match = match;
  return analysis;
}

RowNormAnalysis RowNormRecognizer::analyzeBatchNorm() {
  // Norm-like: divides by the square root of a per-channel value.
  for (const RowExpr *node : nodes)
    if (node->kind == RowExprKind::Pow &&
        std::abs(std::abs(node->number) - 0.5) < 1e-12 &&
        llvm::popcount(node->operands[0]->dims) == 1)
      analysis.normLike = true;
  if (!analysis.normLike) {
    (void)reject("no row statistic");
    return analysis;
  }
  uint64_t fullDims = 0;
  for (int64_t dim = 0; dim < rank; ++dim)
    if (shape[dim] != 1)
      fullDims |= uint64_t(1) << dim;
  // x: the largest value over every dim built from values over every dim
  // only (a widened or rounded tensor), under which every such value is
  // read; the per-channel tensors: the other leaves, over one dim.
  auto isFull = [&](const RowExpr *node) {
    return (node->dims & fullDims) == fullDims;
  };
  llvm::DenseMap<const RowExpr *, bool> fullOnly;
  for (const RowExpr *node : nodes) {
    bool ok = isFull(node) && node->kind != RowExprKind::Size;
    for (const RowExpr *operand : node->operands)
      ok &= fullOnly.lookup(operand) || operand->kind == RowExprKind::Constant;
    fullOnly[node] = ok;
  }
  std::function<bool(const RowExpr *, const RowExpr *)> covers =
      [&](const RowExpr *node, const RowExpr *candidate) {
        if (node == candidate)
          return true;
        if (node->kind == RowExprKind::Leaf ||
            node->kind == RowExprKind::Opaque)
          return !isFull(node);
        return llvm::all_of(node->operands, [&](const RowExpr *operand) {
          return covers(operand, candidate);
        });
      };
  for (const RowExpr *candidate : llvm::reverse(nodes))
    if (fullOnly.lookup(candidate) && covers(body, candidate)) {
      input = candidate;
      break;
    }
  if (!input) {
    (void)reject("it combines different tensors over every dim");
    return analysis;
  }
  llvm::SetVector<const RowExpr *> inside;
  postOrder(input, inside);
  SmallVector<const RowExpr *> channelLeaves;
  uint64_t channelDims = 0;
  for (const RowExpr *node : nodes) {
    if (inside.contains(node))
      continue;
    if (node->kind == RowExprKind::Opaque) {
      (void)reject(llvm::formatv("it computes {0}, which is not part of a "
                                 "norm",
                                 node->value.getDefiningOp()->getName()));
      return analysis;
    }
    if (node->kind == RowExprKind::Round) {
      (void)reject("it rounds to a 16-bit type before its last step; "
                   "raising would merge two roundings");
      return analysis;
    }
    if (node->kind == RowExprKind::Size) {
      (void)reject("it reads a run-time size");
      return analysis;
    }
    if (node->kind != RowExprKind::Leaf)
      continue;
    if (!node->access || node->dims == 0) {
      (void)reject(llvm::formatv("it depends on a run-time scalar ({0}); "
                                 "epsilon must be a constant",
                                 describe(node->value)));
      return analysis;
    }
    if (llvm::popcount(node->dims) != 1 ||
        (channelDims && channelDims != node->dims)) {
      (void)reject("a statistic or parameter varies over more than one dim");
      return analysis;
    }
    channelDims = node->dims;
    channelLeaves.push_back(node);
  }
  if (channelLeaves.size() < 2 || channelLeaves.size() > 4) {
    (void)reject("it does not read two to four per-channel tensors");
    return analysis;
  }
  x = builder.getTensorOf(input);
  if (!x) {
    (void)reject("the normalized value is computed inside the norm's own "
                 "ops, not a tensor");
    return analysis;
  }
  axis = llvm::countr_zero(channelDims);
  // Per-channel tensors of shape [C], or [..., C, ...] with unit dims read at
  // 0: one dim of the channel's size.
  for (const RowExpr *leaf : channelLeaves) {
    auto type = cast<RankedTensorType>(leaf->value.getType());
    int64_t nonUnit = 0;
    for (int64_t dim = 0; dim < type.getRank(); ++dim)
      if (type.getDimSize(dim) != 1)
        ++nonUnit;
    if (nonUnit > 1 || type.getNumElements() != shape[axis] ||
        ShapedType::isDynamic(shape[axis])) {
      (void)reject("a per-channel tensor is not laid out as the channels");
      return analysis;
    }
  }
  length = shape[axis];
  for (const RowExpr *node : nodes)
    if (node->kind == RowExprKind::Add)
      for (const RowExpr *operand : node->operands)
        if (operand->kind == RowExprKind::Constant && operand->number > 0.0 &&
            !llvm::is_contained(epsilons, operand->number))
          epsilons.push_back(operand->number);
  if (epsilons.empty()) {
    (void)reject("it adds no epsilon; norm ops need epsilon > 0");
    return analysis;
  }

  // Per-channel values spanning the smallest epsilon to 2 (variances near
  // epsilon tell its place apart), positive (a variance must be); x per
  // channel, three draws.
  double smallest = *llvm::min_element(epsilons);
  Normal normal;
  for (const RowExpr *leaf : channelLeaves) {
    Row row(length);
    for (double &v : row)
      v = smallest * std::pow(2.0 / smallest, 0.5 + 0.25 * normal.next());
    parameterRows[leaf] = row;
  }
  for (int draw = 0; draw < 3; ++draw) {
    Row row(length);
    for (double &v : row)
      v = 2.0 * normal.next();
    RowEvaluator evaluator(length, input, row, parameterRows, sizeValues);
    std::optional<Row> value = evaluator.evaluate(body);
    if (!value) {
      (void)reject("it cannot be evaluated");
      return analysis;
    }
    rows.push_back(row);
    values.push_back(*value);
  }
  analysis.checkedNumerically = true;
  auto reference = [&](const Row &row, const RowExpr *mean,
                       const RowExpr *variance, const RowExpr *scale,
                       const RowExpr *bias, double epsilon, bool outside) {
    Row y(length);
    for (int64_t c = 0; c < length; ++c) {
      double v = parameterRows[variance][c];
      double inverse = outside ? 1.0 / (std::sqrt(v) + epsilon)
                               : 1.0 / std::sqrt(v + epsilon);
      y[c] = (row[c] - parameterRows[mean][c]) * inverse *
                 (scale ? parameterRows[scale][c] : 1.0) +
             (bias ? parameterRows[bias][c] : 0.0);
    }
    return y;
  };
  SmallVector<const RowExpr *> optional = {nullptr};
  optional.append(channelLeaves.begin(), channelLeaves.end());
  for (bool outside : {false, true})
    for (double epsilon : epsilons)
      for (const RowExpr *mean : channelLeaves)
        for (const RowExpr *variance : channelLeaves)
          for (const RowExpr *scale : optional)
            for (const RowExpr *bias : optional) {
              SmallVector<const RowExpr *> used = {mean, variance, scale, bias};
              llvm::erase(used, nullptr);
              llvm::SmallPtrSet<const RowExpr *, 4> distinct(used.begin(),
                                                             used.end());
              // Every per-channel tensor read has a role.
              if (distinct.size() != used.size() ||
                  used.size() != channelLeaves.size())
                continue;
              bool all = true;
              for (auto [row, value] : llvm::zip(rows, values))
                all &= isClose(value, reference(row, mean, variance, scale,
                                                bias, epsilon, outside));
              if (!all)
                continue;
              if (outside) {
                (void)reject("eps is added outside the square root, "
                             "(x - mean) / (std + eps); norm ops add it "
                             "inside (docs/Rationale.md)");
                return analysis;
              }
              RowNormMatch match;
              match.kind = RowNormMatch::Kind::BatchNorm;
              match.input = x;
              match.mean = mean->value;
              match.variance = variance->value;
              match.scale = scale ? scale->value : Value();
              match.bias = bias ? bias->value : Value();
              match.axis = axis;
              match.epsilon = epsilon;
              analysis.match = match;
              return analysis;
            }
  (void)reject("it computes no inference BatchNorm of its input (checked "
               "numerically)");
  return analysis;
}

} // namespace

RowNormAnalysis mlir::norm::raise::analyzeRowNorm(const RowExprBuilder &builder,
                                                  const RowExpr *expr) {
  return RowNormRecognizer(builder).analyze(expr);
}
