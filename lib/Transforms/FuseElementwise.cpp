//===- FuseElementwise.cpp - Element-wise fusion without repeated work ----===//
//
// Upstream's element-wise linalg fusion, restricted so that a producer read
// through a broadcast is not recomputed for every element of its consumer.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Transforms/Transforms.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMFUSEELEMENTWISE
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
/// Fuses `fusedOperand`'s producer into its user only if the producer has
/// no other user and the user reads every element of the producer's result
/// once (its indexing map for the operand is a permutation).
bool fuseWithoutRepeating(OpOperand *fusedOperand) {
  Operation *producer = fusedOperand->get().getDefiningOp();
  if (!producer || !producer->hasOneUse())
    return false;
  auto consumer = dyn_cast<linalg::LinalgOp>(fusedOperand->getOwner());
  if (!consumer)
    return true;
  return consumer.getMatchingIndexingMap(fusedOperand).isPermutation();
}

/// Upstream's fusion patterns replace an init that the payload does not
/// read by a `tensor.empty`. Where the init was a block argument (a
/// function's argument, the caller's writable destination; an `scf.for`
/// iter_arg, a loop-carried destination), that turns a result written in
/// place into a new buffer: the function returns it (another C entry
/// point), the loop yields a value not equivalent to its iter_arg (one-shot
/// bufferization refuses that). This records such destinations before the
/// patterns run and puts them back afterwards (the payload does not read
/// them, so the results are the same).
class BlockArgumentDestinations {
public:
  /// Tags each linalg op under `root` with a block-argument init.
  void record(Operation *root) {
    root->walk([&](linalg::LinalgOp op) {
      SmallVector<BlockArgument> arguments;
      for (OpOperand &init : op.getDpsInitsMutable())
        arguments.push_back(dyn_cast<BlockArgument>(init.get()));
      if (llvm::none_of(arguments, [](BlockArgument a) { return bool(a); }))
        return;
      op->setAttr(kKey, Builder(op).getI64IntegerAttr(records.size()));
      records.push_back(std::move(arguments));
    });
  }

  /// Puts back the recorded destinations that became empty tensors of the
  /// same type, and drops the tags. An op that still has its tag is where it
  /// was (fusion rewrites inits in place), so the block argument, which
  /// dominated it, is still there.
  void restore(Operation *root) {
    root->walk([&](linalg::LinalgOp op) {
      auto key = op->getAttrOfType<IntegerAttr>(kKey);
      if (!key)
        return;
      op->removeAttr(kKey);
      ArrayRef<BlockArgument> arguments = records[key.getInt()];
      MutableArrayRef<OpOperand> inits = op.getDpsInitsMutable();
      if (inits.size() != arguments.size())
        return;
      for (auto [init, argument] : llvm::zip(inits, arguments))
        if (argument && argument.getType() == init.get().getType() &&
            init.get().getDefiningOp<tensor::EmptyOp>() &&
            !op.payloadUsesValueFromOperand(&init))
          init.set(argument);
    });
  }

private:
  static constexpr StringLiteral kKey = "norm.block_argument_destinations";
  SmallVector<SmallVector<BlockArgument>> records;
};

struct NormFuseElementwisePass
    : norm::impl::NormFuseElementwiseBase<NormFuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    BlockArgumentDestinations destinations;
    destinations.record(getOperation());
    RewritePatternSet patterns(context);
    linalg::populateElementwiseOpsFusionPatterns(patterns,
                                                 fuseWithoutRepeating);
    linalg::populateFoldReshapeOpsByExpansionPatterns(patterns,
                                                      fuseWithoutRepeating);
    tensor::populateBubbleUpExpandShapePatterns(patterns);
    affine::AffineApplyOp::getCanonicalizationPatterns(patterns, context);
    linalg::GenericOp::getCanonicalizationPatterns(patterns, context);
    tensor::ExpandShapeOp::getCanonicalizationPatterns(patterns, context);
    tensor::CollapseShapeOp::getCanonicalizationPatterns(patterns, context);
    context->getLoadedDialect<linalg::LinalgDialect>()
        ->getCanonicalizationPatterns(patterns);
    GreedyRewriteConfig config;
    config.setUseTopDownTraversal(true);
    LogicalResult converged =
        applyPatternsGreedily(getOperation(), std::move(patterns), config);
    destinations.restore(getOperation());
    if (failed(converged))
      signalPassFailure();
  }
};
} // namespace
