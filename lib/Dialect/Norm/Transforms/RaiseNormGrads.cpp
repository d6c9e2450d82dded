//===- RaiseNormGrads.cpp - Backward graphs to the norm gradient ops ------===//
//
// --norm-raise on backward graphs (AOTAutograd's, imported as linalg): the
// gradients of a LayerNorm or an RMSNorm, given the forward's saved
// statistics, become one norm.layer_norm_grad / norm.rms_norm_grad (or, with
// the residual stream's gradient added to dx, norm.add_layer_norm_grad /
// norm.add_rms_norm_grad).
//
// Every row sum anchors a search, as for the forward: the element-wise ops
// downstream of it are the candidates for dx, latest first. A candidate's
// RowExpr is built through every element-wise op, row sum and cast, down to
// the tensors the graph reads; Raise/RowNormGradRecognizer.cpp decides
// numerically whether it is dx and of which tensors. Then each sum over the
// rows in the block (a parameter gradient's) whose term is dy·xhat or dy of
// those tensors, checked with the same sample data, becomes dscale or dbias.
//
//===----------------------------------------------------------------------===//

#include "Raise/RaiseSupport.h"
#include "Raise/RowNormGradRecognizer.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "norm-raise"

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::raise;

namespace {

/// The most candidates one anchor looks at.
constexpr unsigned kCandidateLimit = 64;

/// A parameter gradient found: the sum over rows and the value the graph
/// returns for it (the sum, or its narrowing or reshape to the normalized
/// shape).
struct ParamGrad {
  Value result;
  /// Whether the graph rounds the summed terms or the sum to 16 bits.
  bool roundsInside = false;
};

/// A backward graph recognized.
struct RaisedGrad {
  Value inputGrad;
  RowNormGradMatch match;
  ParamGrad scaleGrad, biasGrad;
  /// Sums over rows of the same tensors that are neither: they stay.
  SmallVector<Operation *> otherSums;
};

bool expandAll(Operation *op) {
  return isElementwise(op) || isRowSum(op) || isGlue(op);
}

/// The term summed by a sum over the rows of shape `rowShape` that keeps
/// the normalized dims from `axis` on (γ's gradient: Σ over rows of a
/// tensor), starting from zero; null otherwise. `sums16` is set when it
/// accumulates in a 16-bit type.
Value getRowsSumTerm(linalg::LinalgOp op, ArrayRef<int64_t> rowShape,
                     int64_t axis, bool &sums16) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 1 ||
      op.getNumDpsInits() != 1 || op->getNumRegions() != 1)
    return Value();
  OpOperand *input = op.getDpsInputOperand(0);
  auto inputType = dyn_cast<RankedTensorType>(input->get().getType());
  if (!inputType || inputType.getShape() != rowShape ||
      !op.getMatchingIndexingMap(input).isIdentity())
    return Value();
  SmallVector<utils::IteratorType> iterators = op.getIteratorTypesArray();
  for (auto [loop, iterator] : llvm::enumerate(iterators))
    if ((static_cast<int64_t>(loop) < axis) !=
            (iterator == utils::IteratorType::reduction) &&
        rowShape[loop] != 1)
      return Value();
  // The result keeps the normalized dims in order (the rows read at 0).
  OpOperand *init = op.getDpsInitOperand(0);
  AffineMap resultMap = op.getMatchingIndexingMap(init);
  SmallVector<int64_t> kept;
  for (AffineExpr result : resultMap.getResults()) {
    if (auto dim = dyn_cast<AffineDimExpr>(result)) {
      kept.push_back(dim.getPosition());
      continue;
    }
    auto constant = dyn_cast<AffineConstantExpr>(result);
    if (!constant || constant.getValue() != 0)
      return Value();
  }
  SmallVector<int64_t> normalized =
      llvm::to_vector(llvm::seq<int64_t>(axis, rowShape.size()));
  if (kept != normalized)
    return Value();
  auto fill = init->get().getDefiningOp<linalg::FillOp>();
  if (!fill || !matchPattern(fill.getInputs()[0], m_AnyZeroFloat()))
    return Value();
  // The body: acc + in (either order), in possibly widened.
  Block *body = op.getBlock();
  auto add =
      body->getTerminator()->getOperand(0).getDefiningOp<arith::AddFOp>();
  if (!add)
    return Value();
  Value accumulator = op.getMatchingBlockArgument(init);
  Value term = add.getLhs() == accumulator ? add.getRhs() : add.getLhs();
  if (add.getLhs() != accumulator && add.getRhs() != accumulator)
    return Value();
  if (auto ext = term.getDefiningOp<arith::ExtFOp>())
    term = ext.getIn();
  if (term != op.getMatchingBlockArgument(input))
    return Value();
  sums16 =
      cast<RankedTensorType>(init->get().getType()).getElementTypeBitWidth() <=
      16;
  return input->get();
}

/// The value the graph returns for a sum over rows: through the narrowing
/// (the op's own rounding of its result) and reshapes that only it reads.
Value followToResult(Value sum) {
  Value value = sum;
  while (value.hasOneUse()) {
    Operation *user = *value.getUsers().begin();
    if (!isa<tensor::CollapseShapeOp, tensor::ExpandShapeOp>(user) &&
        !(isGlue(user) && isa<linalg::LinalgOp>(user)))
      break;
    value = user->getResult(0);
  }
  return value;
}

/// Finds dscale and dbias of `raised` among the sums over rows of the block.
void findParamGrads(Block *block, RowNormGradRecognizer &recognizer,
                    RaisedGrad &raised) {
  auto rootType = cast<RankedTensorType>(raised.inputGrad.getType());
  int64_t axis = raised.match.axis;
  SmallVector<int64_t> normalizedShape(rootType.getShape().drop_front(axis));
  for (Operation &op : *block) {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(&op);
    if (!linalgOp || op.use_empty())
      continue;
    bool sums16 = false;
    Value term = getRowsSumTerm(linalgOp, rootType.getShape(), axis, sums16);
    if (!term)
      continue;
    RowExprBuilder builder(term, expandAll);
    bool roundsInside = false;
    ParamGradKind kind = recognizer.classifyParamGradTerm(
        builder, builder.build(), roundsInside);
    if (kind == ParamGradKind::Other)
      raised.otherSums.push_back(&op);
    ParamGrad *found = kind == ParamGradKind::Scale  ? &raised.scaleGrad
                       : kind == ParamGradKind::Bias ? &raised.biasGrad
                                                     : nullptr;
    if (!found || found->result)
      continue;
    Value result = followToResult(op.getResult(0));
    auto type = cast<RankedTensorType>(result.getType());
    if (type.getShape() != ArrayRef<int64_t>(normalizedShape))
      continue;
    *found = {result, sums16 || roundsInside};
  }
  // The op returns dscale with dbias (LayerNorm) only when γ is read.
  if (!raised.match.scale)
    raised.scaleGrad = raised.biasGrad = {};
}

/// Looks at every candidate dx downstream of `anchor`, latest first.
/// The op that computes `raised` goes before its first gradient, after every
/// tensor it reads: whether there is such a place. A candidate can match
/// numerically and have none: in a Post-LN or DeepNorm block, the sum of
/// dx and the gradient that came back through the sublayer from dx (the
/// next norm's dy) looks like a fused block's dx + the residual stream's
/// gradient, but that "residual gradient" is computed from dx.
bool isPlaceable(const RaisedGrad &raised) {
  const RowNormGradMatch &match = raised.match;
  Operation *first = raised.inputGrad.getDefiningOp();
  for (const ParamGrad *grad : {&raised.scaleGrad, &raised.biasGrad})
    if (grad->result && grad->result.getDefiningOp()->isBeforeInBlock(first))
      first = grad->result.getDefiningOp();
  DominanceInfo dominance(first->getParentOp());
  for (Value operand : {match.grad, match.input, match.scale, match.mean,
                        match.rstd, match.residualGrad})
    if (operand && !dominance.properlyDominates(operand, first))
      return false;
  return true;
}

/// Returns the first backward graph that can be raised (the latest
/// candidate first); otherwise fills `nearMiss` with the reason of the
/// candidate that looked most like one.
std::optional<RaisedGrad>
findNormGrad(Operation *anchor, std::pair<Value, std::string> *nearMiss) {
  Block *block = anchor->getBlock();
  llvm::SetVector<Operation *> downstream;
  downstream.insert(anchor);
  SmallVector<Value> outputs;
  for (unsigned i = 0;
       i < downstream.size() && downstream.size() < kCandidateLimit; ++i)
    for (Value result : downstream[i]->getResults())
      for (Operation *user : result.getUsers())
        if (user->getBlock() == block && isElementwise(user) &&
            downstream.insert(user))
          llvm::append_range(outputs, user->getResults());
  llvm::sort(outputs, [](Value a, Value b) {
    return b.getDefiningOp()->isBeforeInBlock(a.getDefiningOp());
  });
  bool checkedNumerically = false;
  for (Value output : outputs) {
    auto type = dyn_cast<RankedTensorType>(output.getType());
    if (!type || !isa<FloatType>(type.getElementType()) || output.use_empty())
      continue;
    RowExprBuilder builder(output, expandAll);
    RowNormGradRecognizer recognizer;
    std::optional<RowNormGradMatch> match =
        recognizer.analyzeInputGrad(builder, builder.build());
    LLVM_DEBUG(llvm::dbgs()
               << "gradient candidate at " << output.getLoc() << ": "
               << (match ? "dx" : recognizer.getReason()) << "\n");
    if (match) {
      RaisedGrad raised{output, *match, {}, {}, {}};
      findParamGrads(block, recognizer, raised);
      if (isPlaceable(raised))
        return raised;
      LLVM_DEBUG(llvm::dbgs() << "  reads a tensor computed after its "
                                 "gradients: next candidate\n");
      continue;
    }
    if (nearMiss && recognizer.isGradLike() &&
        (nearMiss->second.empty() ||
         (recognizer.checkedNumerically() && !checkedNumerically))) {
      *nearMiss = {output, recognizer.getReason().str()};
      checkedNumerically = recognizer.checkedNumerically();
    }
  }
  return std::nullopt;
}

/// `value` converted to f32 element by element (the ops take saved
/// statistics in f32).
Value widenToF32(OpBuilder &builder, Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getElementType().isF32() || type.getElementType().isF64())
    return value;
  auto f32Type = type.clone(builder.getF32Type());
  Value init = tensor::EmptyOp::create(builder, loc, f32Type.getShape(),
                                       builder.getF32Type());
  AffineMap identity = builder.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> parallel(type.getRank(),
                                            utils::IteratorType::parallel);
  return linalg::GenericOp::create(
             builder, loc, f32Type, value, init,
             ArrayRef<AffineMap>{identity, identity}, parallel,
             [](OpBuilder &nested, Location loc, ValueRange args) {
               Value wide = arith::ExtFOp::create(nested, loc,
                                                  nested.getF32Type(), args[0]);
               linalg::YieldOp::create(nested, loc, wide);
             })
      .getResult(0);
}

/// Replaces the graph's gradients with the gradient op.
LogicalResult raiseGrad(PatternRewriter &rewriter, const RaisedGrad &raised,
                        bool report) {
  const RowNormGradMatch &match = raised.match;
  SmallVector<Value> roots = {raised.inputGrad};
  for (const ParamGrad *grad : {&raised.scaleGrad, &raised.biasGrad})
    if (grad->result)
      roots.push_back(grad->result);
  // Before the first gradient, after every tensor the op reads.
  Operation *first = nullptr;
  for (Value root : roots)
    if (!first || root.getDefiningOp()->isBeforeInBlock(first))
      first = root.getDefiningOp();
  DominanceInfo dominance(first->getParentOp());
  for (Value operand : {match.grad, match.input, match.scale, match.mean,
                        match.rstd, match.residualGrad})
    if (operand && !dominance.properlyDominates(operand, first))
      return rewriter.notifyMatchFailure(first, "an operand is defined after "
                                                "a gradient");

  Location loc = raised.inputGrad.getLoc();
  rewriter.setInsertionPoint(first);
  auto dxType = cast<RankedTensorType>(raised.inputGrad.getType());
  int64_t normalizedRank = dxType.getRank() - match.axis;
  auto empty = [&](Value like, ArrayRef<int64_t> shape) -> Value {
    Type elementType = like ? cast<ShapedType>(like.getType()).getElementType()
                            : dxType.getElementType();
    return tensor::EmptyOp::create(rewriter, loc, shape, elementType);
  };
  bool isLayerNorm = match.kind == RowNormGradMatch::Kind::LayerNorm;
  bool fused = static_cast<bool>(match.residualGrad);
  bool paramGrads =
      raised.scaleGrad.result || (isLayerNorm && raised.biasGrad.result);
  SmallVector<Value> outs = {empty(raised.inputGrad, dxType.getShape())};
  if (fused)
    outs.push_back(empty(raised.inputGrad, dxType.getShape()));
  ArrayRef<int64_t> normalizedShape = dxType.getShape().drop_front(match.axis);
  if (paramGrads) {
    outs.push_back(empty(raised.scaleGrad.result, normalizedShape));
    if (isLayerNorm)
      outs.push_back(empty(raised.biasGrad.result, normalizedShape));
  }
  Value scale = toNormalizedShape(rewriter, loc, match.scale, normalizedRank);
  Value rstd = widenToF32(rewriter, loc, match.rstd);
  Value mean = match.mean ? widenToF32(rewriter, loc, match.mean) : Value();
  auto axis = rewriter.getI64IntegerAttr(match.axis);
  // Epsilon is unused with saved statistics: the default.
  auto epsilon = rewriter.getF64FloatAttr(1e-5);
  auto offset = rewriter.getF64FloatAttr(match.offset);
  auto alpha = rewriter.getF64FloatAttr(1.0);
  Operation *grad;
  StringRef name;
  if (isLayerNorm && fused) {
    grad = AddLayerNormGradOp::create(rewriter, loc, match.grad, match.input,
                                      match.residualGrad, scale, mean, rstd,
                                      outs, axis, epsilon, alpha);
    name = "add_layer_norm_grad";
  } else if (isLayerNorm) {
    grad = LayerNormGradOp::create(rewriter, loc, match.grad, match.input,
                                   scale, mean, rstd, outs, axis, epsilon);
    name = "layer_norm_grad";
  } else if (fused) {
    grad = AddRMSNormGradOp::create(rewriter, loc, match.grad, match.input,
                                    match.residualGrad, scale, rstd, outs, axis,
                                    epsilon, offset, alpha);
    name = "add_rms_norm_grad";
  } else {
    grad = RMSNormGradOp::create(rewriter, loc, match.grad, match.input, scale,
                                 rstd, outs, axis, epsilon, offset);
    name = "rms_norm_grad";
  }

  if (report) {
    InFlightDiagnostic remark = emitRemark(loc);
    remark << "raised into norm." << name << " (axis " << match.axis
           << (isLayerNorm ? ", saved mean and rstd" : ", saved rstd");
    if (match.offset != 0.0)
      remark << ", offset " << match.offset;
    if (match.scale)
      remark << ", scale";
    if (fused)
      remark << ", residual_grad";
    remark << "; dx";
    if (fused)
      remark << ", dr";
    if (raised.scaleGrad.result)
      remark << ", dscale";
    if (raised.biasGrad.result)
      remark << ", dbias";
    remark << ")";
    if (match.roundsInside || raised.scaleGrad.roundsInside ||
        raised.biasGrad.roundsInside)
      remark << "; the graph rounds to 16 bits before its last step or sums "
                "in 16 bits, the op computes and sums in f32 and rounds each "
                "result once";
  }
  if (report)
    for (Operation *sum : raised.otherSums)
      emitRemark(sum->getLoc())
          << "not raised: this sum over rows reads the raised gradient's "
             "tensors but is neither dscale (dy * xhat) nor dbias (dy) "
             "(checked numerically)";

  unsigned next = fused ? 2 : 1;
  rewriter.replaceAllUsesWith(raised.inputGrad, grad->getResult(0));
  if (paramGrads) {
    if (raised.scaleGrad.result)
      rewriter.replaceAllUsesWith(raised.scaleGrad.result,
                                  grad->getResult(next));
    if (isLayerNorm && raised.biasGrad.result)
      rewriter.replaceAllUsesWith(raised.biasGrad.result,
                                  grad->getResult(next + 1));
  }
  for (Value root : roots)
    eraseDeadFrom(rewriter, root.getDefiningOp());
  return success();
}

/// A backward graph whose row sums are linalg ops.
struct RaiseLinalgNormGrad : OpInterfaceRewritePattern<linalg::LinalgOp> {
  RaiseLinalgNormGrad(MLIRContext *context, bool report)
      : OpInterfaceRewritePattern(context, /*benefit=*/0), report(report) {}
  LogicalResult matchAndRewrite(linalg::LinalgOp op,
                                PatternRewriter &rewriter) const override {
    if (!isRowSum(op) || op->use_empty())
      return rewriter.notifyMatchFailure(op, "not a row sum");
    std::optional<RaisedGrad> raised = findNormGrad(op, nullptr);
    if (!raised)
      return rewriter.notifyMatchFailure(op, "no norm gradient computed "
                                             "from it");
    return raiseGrad(rewriter, *raised, report);
  }
  bool report;
};

} // namespace

void mlir::norm::raise::addRaiseNormGradPatterns(RewritePatternSet &patterns,
                                                 bool report) {
  patterns.add<RaiseLinalgNormGrad>(patterns.getContext(), report);
}

void mlir::norm::raise::reportNormGradNearMisses(Operation *root) {
  llvm::DenseSet<Value> explained;
  root->walk([&](linalg::LinalgOp op) {
    if (!isRowSum(op))
      return;
    std::pair<Value, std::string> nearMiss;
    if (findNormGrad(op, &nearMiss) || nearMiss.second.empty() ||
        !explained.insert(nearMiss.first).second)
      return;
    emitRemark(op->getLoc()) << "not raised: " << nearMiss.second;
  });
}
