//===- RowExprBuilder.cpp - IR to RowExpr
//----------------------------------===//
//
// Builds the RowExpr of a tensor value by looking through linalg ops (every
// op of the structured interface: generics, named element-wise ops,
// linalg.reduce/map/broadcast/fill), their bodies' arith and math ops,
// tensor reshapes and casts, splat constants and rank-0 tensors.
//
//===----------------------------------------------------------------------===//

#include "RowExpr.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/DestinationStyleOpInterface.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "norm-raise"

using namespace mlir;
using namespace mlir::norm::raise;

RuntimeSize mlir::norm::raise::traceDim(Value tensor, int64_t dim) {
  while (auto result = dyn_cast<OpResult>(tensor)) {
    Operation *owner = result.getOwner();
    if (auto empty = dyn_cast<tensor::EmptyOp>(owner)) {
      if (!empty.getType().isDynamicDim(dim))
        break;
      Value size = empty.getDynamicSize(dim);
      if (auto dimOp = size.getDefiningOp<tensor::DimOp>())
        if (std::optional<int64_t> index = dimOp.getConstantIndex())
          return traceDim(dimOp.getSource(), *index);
      return {size, -1};
    }
    auto dps = dyn_cast<DestinationStyleOpInterface>(owner);
    if (!dps || !dps.hasPureTensorSemantics())
      break;
    tensor = dps.getTiedOpOperand(result)->get();
  }
  return {tensor, dim};
}

namespace {

/// A float constant, possibly converted (torch-mlir truncates f64 eps), or a
/// splat tensor constant.
std::optional<double> getFloatConstant(Value value) {
  if (auto cast = value.getDefiningOp<arith::TruncFOp>())
    return getFloatConstant(cast.getIn());
  if (auto cast = value.getDefiningOp<arith::ExtFOp>())
    return getFloatConstant(cast.getIn());
  FloatAttr attr;
  if (matchPattern(value, m_Constant(&attr)))
    return attr.getValueAsDouble();
  DenseFPElementsAttr dense;
  if (matchPattern(value, m_Constant(&dense)) && dense.isSplat())
    return dense.getSplatValue<APFloat>().convertToDouble();
  return std::nullopt;
}

/// Whether every result of `map` is a dim or the constant 0.
bool isBroadcastAccess(AffineMap map) {
  return llvm::all_of(map.getResults(), [](AffineExpr expr) {
    if (isa<AffineDimExpr>(expr))
      return true;
    auto constant = dyn_cast<AffineConstantExpr>(expr);
    return constant && constant.getValue() == 0;
  });
}

uint64_t dimsOf(AffineMap map) {
  uint64_t dims = 0;
  if (!map)
    return dims;
  for (AffineExpr expr : map.getResults())
    if (auto dim = dyn_cast<AffineDimExpr>(expr))
      dims |= uint64_t(1) << dim.getPosition();
  return dims;
}

unsigned floatWidth(Type type) {
  auto floatType = dyn_cast<FloatType>(getElementTypeOrSelf(type));
  return floatType ? floatType.getWidth() : 0;
}

} // namespace

/// The body being evaluated: the linalg op, the binding of its loops to
/// root dims, and the expressions of the body values seen so far.
struct RowExprBuilder::Scope {
  Scope(linalg::LinalgOp op, AffineMap loops) : op(op), loops(loops) {}
  linalg::LinalgOp op;
  AffineMap loops;
  /// The block argument a reduction accumulates into: reading it anywhere
  /// but in the accumulating add is not a sum.
  Value accumulator;
  llvm::DenseMap<Value, const RowExpr *> values;
};

RowExprBuilder::RowExprBuilder(Value root,
                               llvm::function_ref<bool(Operation *)> expand,
                               unsigned budget)
    : root(root), expand(expand), budget(budget) {
  if (auto type = dyn_cast<RankedTensorType>(root.getType()))
    rootShape.assign(type.getShape().begin(), type.getShape().end());
}

const RowExpr *RowExprBuilder::fail(const Twine &reason) {
  if (failure.empty())
    failure = reason.str();
  return nullptr;
}

RowExpr *RowExprBuilder::create(RowExprKind kind,
                                ArrayRef<const RowExpr *> operands) {
  RowExpr *expr = new (allocator.Allocate()) RowExpr();
  expr->kind = kind;
  expr->operands.assign(operands.begin(), operands.end());
  for (const RowExpr *operand : operands) {
    expr->dims |= operand->dims;
    expr->containsSum |= operand->containsSum;
    expr->containsRound |= operand->containsRound;
    expr->containsOpaque |= operand->containsOpaque;
  }
  return expr;
}

const RowExpr *RowExprBuilder::constant(double number) {
  const RowExpr *&expr = constants[number];
  if (!expr) {
    RowExpr *created = create(RowExprKind::Constant);
    created->number = number;
    expr = created;
  }
  return expr;
}

const RowExpr *RowExprBuilder::add(const RowExpr *lhs, const RowExpr *rhs) {
  if (!lhs || !rhs)
    return nullptr;
  if (lhs->kind == RowExprKind::Constant && rhs->kind == RowExprKind::Constant)
    return constant(lhs->number + rhs->number);
  if (lhs->kind == RowExprKind::Constant && lhs->number == 0.0)
    return rhs;
  if (rhs->kind == RowExprKind::Constant && rhs->number == 0.0)
    return lhs;
  return create(RowExprKind::Add, {lhs, rhs});
}

const RowExpr *RowExprBuilder::mul(const RowExpr *lhs, const RowExpr *rhs) {
  if (!lhs || !rhs)
    return nullptr;
  if (lhs->kind == RowExprKind::Constant && rhs->kind == RowExprKind::Constant)
    return constant(lhs->number * rhs->number);
  if (lhs->kind == RowExprKind::Constant && lhs->number == 1.0)
    return rhs;
  if (rhs->kind == RowExprKind::Constant && rhs->number == 1.0)
    return lhs;
  return create(RowExprKind::Mul, {lhs, rhs});
}

const RowExpr *RowExprBuilder::pow(const RowExpr *base, double exponent) {
  if (!base)
    return nullptr;
  if (exponent == 1.0)
    return base;
  if (base->kind == RowExprKind::Constant)
    return constant(std::pow(base->number, exponent));
  RowExpr *expr = create(RowExprKind::Pow, {base});
  expr->number = exponent;
  return expr;
}

const RowExpr *RowExprBuilder::round(const RowExpr *operand, unsigned bits) {
  if (!operand || bits >= 32 || operand->kind == RowExprKind::Constant)
    return operand;
  RowExpr *expr = create(RowExprKind::Round, {operand});
  expr->bits = bits;
  expr->containsRound = true;
  return expr;
}

const RowExpr *RowExprBuilder::sum(const RowExpr *operand,
                                   uint64_t summedDims) {
  if (!operand)
    return nullptr;
  // A sum of sums (one reduction per dim) sums over all their dims.
  if (operand->kind == RowExprKind::Sum)
    return sum(operand->operands[0], summedDims | operand->summedDims);
  RowExpr *expr = create(RowExprKind::Sum, {operand});
  expr->summedDims = summedDims;
  expr->dims &= ~summedDims;
  expr->containsSum = true;
  return expr;
}

const RowExpr *RowExprBuilder::leaf(Value value, AffineMap access) {
  RowExpr *expr = create(RowExprKind::Leaf);
  expr->value = value;
  expr->access = access;
  expr->dims = dimsOf(access);
  return expr;
}

const RowExpr *RowExprBuilder::opaque(Value value, uint64_t dims) {
  RowExpr *expr = create(RowExprKind::Opaque);
  expr->value = value;
  expr->dims = dims;
  expr->containsOpaque = true;
  return expr;
}

const RowExpr *RowExprBuilder::build() {
  if (rootShape.empty() || rootShape.size() > 63)
    return fail("the value is not a ranked tensor of rank 1 to 63");
  MLIRContext *context = root.getContext();
  return buildTensor(
      root, AffineMap::getMultiDimIdentityMap(rootShape.size(), context));
}

AffineMap RowExprBuilder::canonicalize(AffineMap access) const {
  // Index 0 of a unit dim of the root, whichever way it is spelled.
  SmallVector<AffineExpr> results;
  MLIRContext *context = access.getContext();
  for (AffineExpr result : access.getResults()) {
    auto dim = dyn_cast<AffineDimExpr>(result);
    if (dim && rootShape[dim.getPosition()] == 1)
      result = getAffineConstantExpr(0, context);
    results.push_back(result);
  }
  return AffineMap::get(access.getNumDims(), 0, results, context);
}

const RowExpr *RowExprBuilder::buildTensor(Value tensor, AffineMap access) {
  access = canonicalize(access);
  auto key = std::make_pair(tensor, access);
  if (const RowExpr *known = tensorExprs.lookup(key))
    return known;
  if (budget == 0)
    return fail("the computation is larger than a norm");
  --budget;

  const RowExpr *expr = nullptr;
  Operation *op = tensor.getDefiningOp();
  if (std::optional<double> splat = getFloatConstant(tensor)) {
    expr = constant(*splat);
  } else if (op && expand(op)) {
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
      expr = buildLinalgResult(op, cast<OpResult>(tensor).getResultNumber(),
                               access);
    else if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(op))
      expr = buildReshape(op, access);
    else if (auto castOp = dyn_cast<tensor::CastOp>(op))
      expr = buildTensor(castOp.getSource(), access);
    else if (isTosaOp(op))
      expr = buildTosaResult(op, access);
    if (!expr && failure.empty())
      expr = leaf(tensor, access);
  } else {
    expr = leaf(tensor, access);
  }
  if (!expr)
    return nullptr;
  tensorExprs[key] = expr;
  if (access == canonicalize(AffineMap::getMultiDimIdentityMap(
                    rootShape.size(), tensor.getContext())) &&
      !tensorOf.count(expr))
    tensorOf[expr] = tensor;
  return expr;
}

const RowExpr *RowExprBuilder::buildReshape(Operation *op, AffineMap access) {
  MLIRContext *context = op->getContext();
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  Value source = op->getOperand(0);
  auto sourceType = cast<RankedTensorType>(source.getType());
  SmallVector<AffineExpr> sourceAccess(sourceType.getRank(),
                                       getAffineConstantExpr(0, context));
  auto isUnit = [](RankedTensorType type, int64_t dim) {
    return type.getDimSize(dim) == 1;
  };
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op)) {
    // Each source dim spreads over a group of result dims: fine when at most
    // one of them is not a unit dim.
    for (auto [sourceDim, group] :
         llvm::enumerate(expand.getReassociationIndices())) {
      int64_t nonUnit = -1;
      for (int64_t dim : group) {
        if (isUnit(resultType, dim))
          continue;
        if (nonUnit >= 0)
          return nullptr; // A linearized index: not looked through.
        nonUnit = dim;
      }
      if (nonUnit >= 0)
        sourceAccess[sourceDim] = access.getResult(nonUnit);
    }
  } else {
    auto collapse = cast<tensor::CollapseShapeOp>(op);
    for (auto [resultDim, group] :
         llvm::enumerate(collapse.getReassociationIndices())) {
      int64_t nonUnit = -1;
      for (int64_t dim : group) {
        if (isUnit(sourceType, dim))
          continue;
        if (nonUnit >= 0)
          return nullptr;
        nonUnit = dim;
      }
      if (nonUnit >= 0)
        sourceAccess[nonUnit] = access.getResult(resultDim);
    }
  }
  return buildTensor(
      source, AffineMap::get(access.getNumDims(), 0, sourceAccess, context));
}

const RowExpr *RowExprBuilder::buildLinalgResult(Operation *op,
                                                 unsigned resultNumber,
                                                 AffineMap access) {
  auto linalgOp = cast<linalg::LinalgOp>(op);
  if (!linalgOp.hasPureTensorSemantics() || op->getNumRegions() != 1 ||
      op->getRegion(0).empty())
    return nullptr;
  MLIRContext *context = op->getContext();
  unsigned numLoops = linalgOp.getNumLoops();
  unsigned rank = access.getNumDims();
  AffineMap resultMap =
      linalgOp.getIndexingMapMatchingResult(op->getResult(resultNumber));
  if (!isBroadcastAccess(resultMap))
    return nullptr;

  // Bind the loops the result is indexed by to what the root reads there.
  SmallVector<AffineExpr> loops(numLoops);
  for (auto [position, expr] : llvm::enumerate(resultMap.getResults())) {
    auto dim = dyn_cast<AffineDimExpr>(expr);
    if (!dim)
      continue;
    AffineExpr bound = access.getResult(position);
    if (loops[dim.getPosition()] && loops[dim.getPosition()] != bound)
      return nullptr;
    loops[dim.getPosition()] = bound;
  }
  // The other loops are reduced: each sums over a root dim the result is
  // broadcast over (not read by `access`), in order, of a matching size.
  uint64_t used = dimsOf(AffineMap::get(rank, 0, access.getResults(), context));
  SmallVector<int64_t> ranges = linalgOp.getStaticLoopRanges();
  SmallVector<utils::IteratorType> iterators = linalgOp.getIteratorTypesArray();
  uint64_t summed = 0;
  unsigned nextFree = 0;
  for (unsigned loop = 0; loop < numLoops; ++loop) {
    if (loops[loop])
      continue;
    if (iterators[loop] != utils::IteratorType::reduction)
      return nullptr;
    if (ranges[loop] == 1) {
      loops[loop] = getAffineConstantExpr(0, context);
      continue;
    }
    while (nextFree < rank && ((used >> nextFree) & 1 ||
                               (rootShape[nextFree] != ShapedType::kDynamic &&
                                ranges[loop] != ShapedType::kDynamic &&
                                rootShape[nextFree] != ranges[loop]) ||
                               (rootShape[nextFree] == 1 && ranges[loop] != 1)))
      ++nextFree;
    if (nextFree == rank)
      return fail("a reduction is not broadcast back over the dims it "
                  "reduces");
    loops[loop] = getAffineDimExpr(nextFree, context);
    summed |= uint64_t(1) << nextFree;
    ++nextFree;
  }
  AffineMap loopMap = AffineMap::get(rank, 0, loops, context);
  for (OpOperand &operand : op->getOpOperands())
    if (isa<ShapedType>(operand.get().getType()) &&
        !isBroadcastAccess(linalgOp.getMatchingIndexingMap(&operand)))
      return nullptr;

  Block *body = linalgOp.getBlock();
  Scope scope(linalgOp, loopMap);
  Value yielded = body->getTerminator()->getOperand(resultNumber);
  if (summed == 0 && linalgOp.getNumReductionLoops() == 0)
    return buildScalar(yielded, scope);

  // A reduction: the body must accumulate `acc + e` (either order).
  BlockArgument accumulator = linalgOp.getMatchingBlockArgument(
      linalgOp.getDpsInitOperand(resultNumber));
  auto addOp = yielded.getDefiningOp<arith::AddFOp>();
  if (!addOp || addOp->getBlock() != body)
    return fail("a reduction that is not a sum");
  Value term;
  if (addOp.getLhs() == accumulator)
    term = addOp.getRhs();
  else if (addOp.getRhs() == accumulator)
    term = addOp.getLhs();
  else
    return fail("a reduction that is not a sum");
  scope.accumulator = accumulator;
  const RowExpr *summedTerm = buildScalar(term, scope);
  const RowExpr *init =
      buildTensor(linalgOp.getDpsInitOperand(resultNumber)->get(),
                  resultMap.compose(loopMap));
  const RowExpr *total =
      add(init, summed ? sum(summedTerm, summed) : summedTerm);
  return round(total, floatWidth(yielded.getType()));
}

const RowExpr *RowExprBuilder::buildScalar(Value scalar, Scope &scope) {
  if (const RowExpr *known = scope.values.lookup(scalar))
    return known;
  if (scalar == scope.accumulator)
    return fail("a reduction that is not a sum");
  const RowExpr *expr = nullptr;
  Block *body = scope.op ? scope.op.getBlock() : nullptr;
  if (auto arg = dyn_cast<BlockArgument>(scalar);
      arg && arg.getOwner() == body) {
    OpOperand *operand = scope.op.getMatchingOpOperand(arg);
    if (!isa<ShapedType>(operand->get().getType()))
      expr = buildOutsideScalar(operand->get());
    else
      expr = buildTensor(
          operand->get(),
          scope.op.getMatchingIndexingMap(operand).compose(scope.loops));
  } else if (Operation *op = scalar.getDefiningOp();
             op && body && op->getBlock() == body) {
    expr = buildScalarOp(op, scope);
  } else {
    expr = buildOutsideScalar(scalar);
  }
  if (expr)
    scope.values[scalar] = expr;
  return expr;
}

const RowExpr *RowExprBuilder::buildOutsideScalar(Value scalar) {
  if (const RowExpr *known = outsideScalars.lookup(scalar))
    return known;
  const RowExpr *expr = nullptr;
  Operation *op = scalar.getDefiningOp();
  MLIRContext *context = scalar.getContext();
  if (std::optional<double> number = getFloatConstant(scalar)) {
    expr = constant(*number);
  } else if (isa_and_nonnull<arith::SIToFPOp, arith::UIToFPOp>(op)) {
    expr = buildCount(op->getOperand(0));
  } else if (auto extract = dyn_cast_or_null<tensor::ExtractOp>(op);
             extract && llvm::all_of(extract.getIndices(), [](Value index) {
               return matchPattern(index, m_Zero());
             })) {
    auto type = extract.getTensor().getType();
    SmallVector<AffineExpr> zeros(type.getRank(),
                                  getAffineConstantExpr(0, context));
    expr = buildTensor(extract.getTensor(),
                       AffineMap::get(rootShape.size(), 0, zeros, context));
  } else if (op &&
             isa<arith::ArithDialect, math::MathDialect>(op->getDialect())) {
    Scope outside{linalg::LinalgOp(), AffineMap()};
    expr = buildScalarOp(op, outside);
  } else {
    expr = leaf(scalar, AffineMap());
  }
  if (expr)
    outsideScalars[scalar] = expr;
  return expr;
}

const RowExpr *RowExprBuilder::buildCount(Value integer) {
  APInt value;
  if (matchPattern(integer, m_ConstantInt(&value)))
    return constant(static_cast<double>(value.getSExtValue()));
  Operation *op = integer.getDefiningOp();
  if (isa_and_nonnull<arith::IndexCastOp, arith::IndexCastUIOp, arith::ExtSIOp,
                      arith::ExtUIOp>(op))
    return buildCount(op->getOperand(0));
  if (isa_and_nonnull<arith::MulIOp>(op))
    return mul(buildCount(op->getOperand(0)), buildCount(op->getOperand(1)));
  RowExpr *expr = create(RowExprKind::Size);
  expr->size = {integer, -1};
  if (auto dimOp = dyn_cast_or_null<tensor::DimOp>(op)) {
    std::optional<int64_t> dim = dimOp.getConstantIndex();
    auto type = cast<ShapedType>(dimOp.getSource().getType());
    if (dim && *dim >= 0 && *dim < type.getRank()) {
      if (!type.isDynamicDim(*dim))
        return constant(static_cast<double>(type.getDimSize(*dim)));
      expr->size = traceDim(dimOp.getSource(), *dim);
    }
  }
  return expr;
}

const RowExpr *RowExprBuilder::buildScalarOp(Operation *op, Scope &scope) {
  auto operand = [&](unsigned index) {
    return buildScalar(op->getOperand(index), scope);
  };
  Value result = op->getResult(0);
  uint64_t scopeDims = dimsOf(scope.loops);
  unsigned width = floatWidth(result.getType());
  const RowExpr *expr = nullptr;
  if (std::optional<double> number = getFloatConstant(result))
    return constant(*number);
  if (isa<arith::ExtFOp>(op))
    return operand(0);
  if (isa<arith::TruncFOp>(op))
    return round(operand(0), width);
  if (isa<arith::SIToFPOp, arith::UIToFPOp>(op))
    return buildCount(op->getOperand(0));

  if (isa<arith::AddFOp>(op)) {
    expr = add(operand(0), operand(1));
  } else if (isa<arith::SubFOp>(op)) {
    expr = add(operand(0), mul(constant(-1.0), operand(1)));
  } else if (isa<arith::MulFOp>(op)) {
    expr = mul(operand(0), operand(1));
  } else if (isa<arith::DivFOp>(op)) {
    expr = mul(operand(0), pow(operand(1), -1.0));
  } else if (isa<arith::NegFOp>(op)) {
    expr = mul(constant(-1.0), operand(0));
  } else if (isa<math::RsqrtOp>(op)) {
    expr = pow(operand(0), -0.5);
  } else if (isa<math::SqrtOp>(op)) {
    expr = pow(operand(0), 0.5);
  } else if (isa<math::PowFOp, math::FPowIOp>(op)) {
    // A constant exponent, however it is spelled (a constant, a filled or
    // rank-0 tensor read in the body, an integer).
    const RowExpr *exponent = nullptr;
    APInt integer;
    if (matchPattern(op->getOperand(1), m_ConstantInt(&integer)))
      exponent = constant(static_cast<double>(integer.getSExtValue()));
    else if (isa<FloatType>(op->getOperand(1).getType()))
      exponent = operand(1);
    expr = exponent && exponent->kind == RowExprKind::Constant
               ? pow(operand(0), exponent->number)
               : opaque(result, scopeDims);
  } else {
    expr = opaque(result, scopeDims);
  }
  if (!expr)
    return nullptr;
  return width ? round(expr, width) : expr;
}
