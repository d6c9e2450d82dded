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
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMFUSEELEMENTWISE
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
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

/// The discardable attribute that records, for each init of a linalg op,
/// the number of the function argument it writes (-1 for none) while the
/// fusion patterns run.
constexpr StringLiteral kDestinationArguments = "norm.destination_arguments";

/// Records which inits of linalg ops are arguments of their function.
/// Upstream's fusion patterns replace an init the payload does not read by a
/// `tensor.empty`; for an argument that is the caller's destination
/// (`bufferization.writable`), that turns a result written in place into a
/// new buffer the function returns, which changes its C entry point.
void recordArgumentDestinations(Operation *root) {
  root->walk([](linalg::LinalgOp op) {
    SmallVector<int64_t> arguments;
    bool any = false;
    for (OpOperand &init : op.getDpsInitsMutable()) {
      auto argument = dyn_cast<BlockArgument>(init.get());
      bool isFunctionArgument =
          argument &&
          isa<FunctionOpInterface>(argument.getOwner()->getParentOp()) &&
          argument.getOwner()->isEntryBlock();
      arguments.push_back(isFunctionArgument ? argument.getArgNumber() : -1);
      any |= isFunctionArgument;
    }
    if (any)
      op->setAttr(kDestinationArguments,
                  Builder(op).getDenseI64ArrayAttr(arguments));
  });
}

/// Puts back the argument destinations that fusion replaced by an empty
/// tensor of the same type (the payload does not read them, so the result
/// is the same) and drops the records.
void restoreArgumentDestinations(Operation *root) {
  root->walk([](linalg::LinalgOp op) {
    auto arguments =
        op->getAttrOfType<DenseI64ArrayAttr>(kDestinationArguments);
    if (!arguments)
      return;
    op->removeAttr(kDestinationArguments);
    auto function = op->getParentOfType<FunctionOpInterface>();
    MutableArrayRef<OpOperand> inits = op.getDpsInitsMutable();
    if (!function || inits.size() != arguments.asArrayRef().size())
      return;
    for (auto [init, number] : llvm::zip(inits, arguments.asArrayRef())) {
      if (number < 0 || !init.get().getDefiningOp<tensor::EmptyOp>() ||
          op.payloadUsesValueFromOperand(&init))
        continue;
      Value argument = function.getArgument(number);
      if (argument.getType() == init.get().getType())
        init.set(argument);
    }
  });
}

struct NormFuseElementwisePass
    : norm::impl::NormFuseElementwiseBase<NormFuseElementwisePass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    recordArgumentDestinations(getOperation());
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
    restoreArgumentDestinations(getOperation());
    if (failed(converged))
      signalPassFailure();
  }
};
} // namespace
