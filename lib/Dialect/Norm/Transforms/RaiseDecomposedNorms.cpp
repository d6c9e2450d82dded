//===- RaiseDecomposedNorms.cpp - Decomposed norms to norm ops
//-------------===//
//
// --norm-raise: recognizes a decomposed LayerNorm or RMSNorm by the function
// it computes, whatever ops spell it.
//
// Every row reduction (a sum over some dims, in any linalg op) anchors a
// search. The ops downstream of it that combine element-wise (and the
// element-wise producers only they use) form its region; each value of the
// region is a candidate output, latest first, so that the largest one wins
// (γ, β and a final narrowing included). A candidate's RowExpr is built
// through the region and through casts, broadcasts and reshapes; the
// recognizer decides from it whether it is a norm, of which tensor, with
// which parameters (Raise/RowNormRecognizer.cpp). Several outputs of one
// shared normalization (two γ/β chains of one `(x - mean) * rstd`) each
// become their own norm op.
//
//===----------------------------------------------------------------------===//

#include "Raise/RaiseSupport.h"
#include "Raise/RowNormRecognizer.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Dialect/Norm/IR/NormOps.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/Dialect/Norm/Transforms/Transforms.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/Support/Debug.h"

#define DEBUG_TYPE "norm-raise"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMRAISE
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;
using namespace mlir::norm;
using namespace mlir::norm::raise;

namespace {

/// The most ops a region may hold: a norm is a few dozen at most.
constexpr unsigned kRegionLimit = 64;

bool hasBroadcastMaps(linalg::LinalgOp op) {
  return llvm::all_of(op.getIndexingMapsArray(), [](AffineMap map) {
    return map.isProjectedPermutation(/*allowZeroInResults=*/true);
  });
}

/// The ops of the norm a row sum may belong to: the element-wise ops and
/// sums downstream of it, and the producers of their operands that nothing
/// outside uses (the square summed, a sibling statistic, the residual add
/// of a Post-LN block).
llvm::SetVector<Operation *> collectRegion(Operation *anchor,
                                           SmallVectorImpl<Value> &outputs) {
  llvm::SetVector<Operation *> region;
  region.insert(anchor);
  // An element-wise anchor (a square root) may compute the norm itself.
  if (isElementwise(anchor))
    llvm::append_range(outputs, anchor->getResults());
  Block *block = anchor->getBlock();
  for (unsigned i = 0; i < region.size() && region.size() < kRegionLimit; ++i) {
    for (Value result : region[i]->getResults())
      for (Operation *user : result.getUsers())
        if (user->getBlock() == block && !region.contains(user) &&
            (isElementwise(user) || isRowSum(user))) {
          region.insert(user);
          for (Value output : user->getResults())
            outputs.push_back(output);
        }
  }
  bool grew = true;
  while (grew && region.size() < kRegionLimit) {
    grew = false;
    for (unsigned i = 0; i < region.size(); ++i) {
      for (Value operand : region[i]->getOperands()) {
        Operation *producer = operand.getDefiningOp();
        if (!producer || producer->getBlock() != block ||
            region.contains(producer) ||
            !(isElementwise(producer) || isRowSum(producer)))
          continue;
        bool isPrivate = llvm::all_of(producer->getUsers(), [&](Operation *u) {
          return region.contains(u);
        });
        if (isPrivate) {
          region.insert(producer);
          grew = true;
        }
      }
    }
  }
  llvm::sort(outputs, [](Value a, Value b) {
    return b.getDefiningOp()->isBeforeInBlock(a.getDefiningOp());
  });
  return region;
}

/// A norm recognized at a candidate output.
struct RaisedCandidate {
  Value root;
  RowNormMatch match;
  /// Why the op that reads the norm directly did not raise with it, if one
  /// tried (a scale over rows, a rounding before the scale, ...).
  std::string notFolded;
};

/// Looks at every candidate output of `anchor`'s region, latest first.
/// Returns the first norm; otherwise fills `nearMiss` with the reason of the
/// candidate that looked most like a norm.
std::optional<RaisedCandidate>
findNorm(Operation *anchor, std::pair<Value, std::string> *nearMiss) {
  SmallVector<Value> outputs;
  llvm::SetVector<Operation *> region = collectRegion(anchor, outputs);
  auto expand = [&](Operation *op) {
    return region.contains(op) || isGlue(op);
  };
  bool checkedNumerically = false;
  Value reader;
  std::string readerReason;
  for (Value output : outputs) {
    // A value nothing reads (an output already raised) is not an output.
    auto type = dyn_cast<RankedTensorType>(output.getType());
    if (!type || !isa<FloatType>(type.getElementType()) || output.use_empty())
      continue;
    RowExprBuilder builder(output, expand);
    const RowExpr *expr = builder.build();
    RowNormAnalysis analysis = analyzeRowNorm(builder, expr);
    LLVM_DEBUG(llvm::dbgs()
               << "candidate at " << output.getLoc() << ": "
               << (analysis.match ? "a norm" : analysis.reason) << "\n");
    if (analysis.match) {
      RaisedCandidate raised{output, *analysis.match, ""};
      if (reader &&
          llvm::is_contained(reader.getDefiningOp()->getOperands(), output))
        raised.notFolded = readerReason;
      return raised;
    }
    if (analysis.normLike) {
      reader = output;
      readerReason = analysis.reason;
    }
    // Prefer the reason of a candidate that got as far as the numeric
    // check: it says what the computation does instead.
    if (nearMiss && analysis.normLike &&
        (nearMiss->second.empty() ||
         (analysis.checkedNumerically && !checkedNumerically))) {
      *nearMiss = {output, analysis.reason};
      checkedNumerically = analysis.checkedNumerically;
    }
  }
  return std::nullopt;
}

/// Replaces the candidate output with the norm op.
void raise(RewriterBase &rewriter, const RaisedCandidate &candidate) {
  Value root = candidate.root;
  const RowNormMatch &match = candidate.match;
  Operation *rootOp = root.getDefiningOp();
  Location loc = rootOp->getLoc();
  rewriter.setInsertionPoint(rootOp);
  auto rootType = cast<RankedTensorType>(root.getType());

  Value init;
  if (auto dps = dyn_cast<DestinationStyleOpInterface>(rootOp)) {
    Value tied = dps.getTiedOpOperand(cast<OpResult>(root))->get();
    if (tied.getType() == rootType)
      init = tied;
  }
  if (!init) {
    SmallVector<Value> dynamicSizes;
    for (int64_t dim = 0; dim < rootType.getRank(); ++dim)
      if (rootType.isDynamicDim(dim))
        dynamicSizes.push_back(
            tensor::DimOp::create(rewriter, loc, match.input, dim));
    init = tensor::EmptyOp::create(rewriter, loc, rootType, dynamicSizes);
  }
  // Parameters of the normalized shape (BatchNorm: of the channels).
  int64_t normalizedRank = match.kind == RowNormMatch::Kind::BatchNorm
                               ? 1
                               : rootType.getRank() - match.axis;
  Value scale = toNormalizedShape(rewriter, loc, match.scale, normalizedRank);
  Value bias = toNormalizedShape(rewriter, loc, match.bias, normalizedRank);
  Operation *norm;
  if (match.kind == RowNormMatch::Kind::BatchNorm)
    norm = BatchNormOp::create(
        rewriter, loc, match.input, scale, bias,
        toNormalizedShape(rewriter, loc, match.mean, 1),
        toNormalizedShape(rewriter, loc, match.variance, 1), ValueRange{init},
        rewriter.getI64IntegerAttr(match.axis),
        rewriter.getF64FloatAttr(match.epsilon), rewriter.getF64FloatAttr(0.9),
        /*training=*/nullptr);
  else if (match.kind == RowNormMatch::Kind::LayerNorm)
    norm = LayerNormOp::create(rewriter, loc, match.input, scale, bias,
                               ValueRange{init},
                               rewriter.getI64IntegerAttr(match.axis),
                               rewriter.getF64FloatAttr(match.epsilon));
  else
    norm =
        RMSNormOp::create(rewriter, loc, match.input, scale, ValueRange{init},
                          rewriter.getI64IntegerAttr(match.axis),
                          rewriter.getF64FloatAttr(match.epsilon),
                          rewriter.getF64FloatAttr(match.offset));
  rewriter.replaceAllUsesWith(root, norm->getResult(0));

  // Erase the steps nothing reads any more now, so that they are not
  // candidates again.
  eraseDeadFrom(rewriter, rootOp);
}

/// Raises the norm the row sum `op` belongs to.
LogicalResult raiseFrom(Operation *op, PatternRewriter &rewriter, bool report) {
  if (!(isRowSum(op) || isSquareRoot(op)) || op->use_empty())
    return rewriter.notifyMatchFailure(op, "not a statistic");
  std::optional<RaisedCandidate> candidate = findNorm(op, nullptr);
  if (!candidate)
    return rewriter.notifyMatchFailure(op, "no norm computed from it");
  if (report) {
    const RowNormMatch &match = candidate->match;
    InFlightDiagnostic remark = emitRemark(candidate->root.getLoc());
    remark << "raised into norm."
           << (match.kind == RowNormMatch::Kind::LayerNorm ? "layer_norm"
               : match.kind == RowNormMatch::Kind::RMSNorm ? "rms_norm"
                                                           : "batch_norm")
           << " ("
           << (match.kind == RowNormMatch::Kind::BatchNorm ? "channel axis "
                                                           : "axis ")
           << match.axis << ", epsilon " << match.epsilon;
    if (match.offset != 0.0)
      remark << ", offset " << match.offset;
    if (match.scale)
      remark << ", scale";
    if (match.bias)
      remark << ", bias";
    remark << ")";
    if (!candidate->notFolded.empty())
      remark << "; the op that reads it stays outside: "
             << candidate->notFolded;
  }
  raise(rewriter, *candidate);
  return success();
}

/// A norm whose statistics are linalg sums (generics, linalg.reduce, ...).
struct RaiseLinalgRowNorm : OpInterfaceRewritePattern<linalg::LinalgOp> {
  RaiseLinalgRowNorm(MLIRContext *context, bool report)
      : OpInterfaceRewritePattern(context), report(report) {}
  LogicalResult matchAndRewrite(linalg::LinalgOp op,
                                PatternRewriter &rewriter) const override {
    return raiseFrom(op, rewriter, report);
  }
  bool report;
};

/// A norm whose statistics are tosa.reduce_sum.
struct RaiseTosaRowNorm : OpRewritePattern<tosa::ReduceSumOp> {
  RaiseTosaRowNorm(MLIRContext *context, bool report)
      : OpRewritePattern(context), report(report) {}
  LogicalResult matchAndRewrite(tosa::ReduceSumOp op,
                                PatternRewriter &rewriter) const override {
    return raiseFrom(op, rewriter, report);
  }
  bool report;
};

struct NormRaisePass : norm::impl::NormRaiseBase<NormRaisePass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<RaiseLinalgRowNorm, RaiseTosaRowNorm>(&getContext(), report);
    addRaiseNormGradPatterns(patterns, report);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    if (!report)
      return;
    // Near misses: row statistics left that feed a division by the square
    // root of a statistic, each explained once.
    llvm::DenseSet<Value> explained;
    getOperation()->walk([&](Operation *op) {
      if (!isRowSum(op) && !isSquareRoot(op))
        return;
      std::pair<Value, std::string> nearMiss;
      if (findNorm(op, &nearMiss) || nearMiss.second.empty() ||
          !explained.insert(nearMiss.first).second)
        return;
      emitRemark(op->getLoc()) << "not raised: " << nearMiss.second;
    });
    reportNormGradNearMisses(getOperation());
  }
};

} // namespace

/// A sum over some loops of values read at every loop (the statistics of a
/// norm), not a contraction: some input is read at every loop (a matmul
/// has none), and the body adds into its accumulator.
bool mlir::norm::raise::isRowSum(Operation *op) {
  if (auto reduce = dyn_cast<tosa::ReduceSumOp>(op))
    return isa<FloatType>(getElementTypeOrSelf(reduce.getType()));
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp || !linalgOp.hasPureTensorSemantics() ||
      linalgOp.getNumReductionLoops() == 0 || linalgOp.getNumDpsInits() != 1 ||
      !hasBroadcastMaps(linalgOp))
    return false;
  unsigned numLoops = linalgOp.getNumLoops();
  bool readsEveryLoop =
      llvm::any_of(linalgOp.getDpsInputOperands(), [&](OpOperand *input) {
        if (!isa<ShapedType>(input->get().getType()))
          return false;
        AffineMap map = linalgOp.getMatchingIndexingMap(input);
        return llvm::all_of(llvm::seq(numLoops), [&](unsigned loop) {
          return map.isFunctionOfDim(loop);
        });
      });
  if (!readsEveryLoop)
    return false;
  Operation *yielded =
      linalgOp.getBlock()->getTerminator()->getOperand(0).getDefiningOp();
  return isa_and_nonnull<arith::AddFOp>(yielded);
}

/// An element-wise op that takes a square root (rsqrt, sqrt, a power):
/// where an inference BatchNorm's per-channel statistics are read.
bool mlir::norm::raise::isSquareRoot(Operation *op) {
  if (isa<tosa::RsqrtOp, tosa::PowOp>(op))
    return true;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp || !linalgOp.hasPureTensorSemantics() ||
      linalgOp.getNumLoops() != linalgOp.getNumParallelLoops())
    return false;
  return llvm::any_of(
      linalgOp.getBlock()->without_terminator(), [](Operation &inner) {
        return isa<math::RsqrtOp, math::SqrtOp, math::PowFOp>(inner);
      });
}

/// Ops a norm is made of besides its sums: element-wise linalg ops on
/// tensors and reshapes.
bool mlir::norm::raise::isElementwise(Operation *op) {
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp, tensor::CastOp>(op))
    return true;
  if (RowExprBuilder::isTosaOp(op))
    return !isa<tosa::ReduceSumOp>(op);
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  return linalgOp && linalgOp.hasPureTensorSemantics() &&
         linalgOp.getNumLoops() == linalgOp.getNumParallelLoops() &&
         hasBroadcastMaps(linalgOp);
}

/// Ops looked through wherever they are: they only move, convert or
/// broadcast values.
bool mlir::norm::raise::isGlue(Operation *op) {
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp, tensor::CastOp,
          arith::ConstantOp, linalg::FillOp, linalg::BroadcastOp, tosa::CastOp,
          tosa::ReshapeOp, tosa::ConstOp>(op))
    return true;
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp || !isElementwise(op) || linalgOp.getNumDpsInputs() != 1)
    return false;
  return llvm::all_of(linalgOp.getBlock()->without_terminator(),
                      [](Operation &inner) {
                        return isa<arith::ExtFOp, arith::TruncFOp>(inner);
                      });
}

/// `param` as an operand of the normalized shape: leading unit dims
/// collapsed away.
Value mlir::norm::raise::toNormalizedShape(OpBuilder &builder, Location loc,
                                           Value param,
                                           int64_t normalizedRank) {
  if (!param)
    return param;
  auto type = cast<RankedTensorType>(param.getType());
  int64_t leading = type.getRank() - normalizedRank;
  if (leading == 0)
    return param;
  SmallVector<ReassociationIndices> groups(normalizedRank);
  for (int64_t dim = 0; dim < type.getRank(); ++dim)
    groups[std::max<int64_t>(dim - leading, 0)].push_back(dim);
  return tensor::CollapseShapeOp::create(builder, loc, param, groups);
}

/// Erases `op` if nothing reads it, and then its producers nothing reads.
void mlir::norm::raise::eraseDeadFrom(RewriterBase &rewriter, Operation *op) {
  SmallVector<Operation *> worklist = {op};
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (!isOpTriviallyDead(op))
      continue;
    for (Value operand : op->getOperands())
      if (Operation *producer = operand.getDefiningOp())
        if (!llvm::is_contained(worklist, producer))
          worklist.push_back(producer);
    rewriter.eraseOp(op);
  }
}

void mlir::norm::populateRaiseDecomposedNormPatterns(
    RewritePatternSet &patterns) {
  populateRaiseLinalgNormPatterns(patterns);
  populateRaiseTosaNormPatterns(patterns);
}

void mlir::norm::populateRaiseLinalgNormPatterns(RewritePatternSet &patterns) {
  patterns.add<RaiseLinalgRowNorm>(patterns.getContext(), /*report=*/false);
}

void mlir::norm::populateRaiseTosaNormPatterns(RewritePatternSet &patterns) {
  patterns.add<RaiseTosaRowNorm>(patterns.getContext(), /*report=*/false);
}
