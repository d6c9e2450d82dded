//===- TileParallelLoops.cpp - Host parallel loops as blocks of threads ---===//
//
// --norm-gpu-tile-parallel-loops: collapses each outermost scf.parallel of
// a host function to one dimension and tiles it, so that
// gpu-map-parallel-loops gives the tiles to blocks and a tile's iterations
// to threads.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "norm/Conversion/Passes.h"

#include <numeric>

namespace mlir::norm {
#define GEN_PASS_DEF_NORMGPUTILEPARALLELLOOPS
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {

/// The scf.parallel loops of `func` that this pass shapes: outermost (not
/// inside another scf.parallel or a kernel) and without reductions.
SmallVector<scf::ParallelOp> hostParallelLoops(func::FuncOp func) {
  SmallVector<scf::ParallelOp> loops;
  func.walk([&](scf::ParallelOp loop) {
    if (loop.getNumResults() == 0 &&
        !loop->getParentOfType<scf::ParallelOp>() &&
        !loop->getParentOfType<gpu::LaunchOp>())
      loops.push_back(loop);
  });
  return loops;
}

struct NormGPUTileParallelLoopsPass
    : norm::impl::NormGPUTileParallelLoopsBase<NormGPUTileParallelLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    if (blockSize < 1 || blockSize > 1024) {
      emitError(getOperation().getLoc())
          << "norm-gpu-tile-parallel-loops: block-size must be 1 to 1024, "
             "got "
          << static_cast<int64_t>(blockSize);
      return signalPassFailure();
    }
    // One dimension, the last varying fastest (it is contiguous in memory
    // for the loops linalg emits).
    IRRewriter rewriter(&getContext());
    for (scf::ParallelOp loop : hostParallelLoops(getOperation())) {
      unsigned rank = loop.getNumLoops();
      if (rank < 2)
        continue;
      std::vector<unsigned> dims(rank);
      std::iota(dims.begin(), dims.end(), 0);
      rewriter.setInsertionPoint(loop);
      collapseParallelLoops(rewriter, loop, {dims});
    }
    // Tiles of blockSize iterations; the inner loop has a constant bound
    // (the block size) and guards the last partial tile.
    for (scf::ParallelOp loop : hostParallelLoops(getOperation()))
      if (loop.getNumLoops() == 1)
        scf::tileParallelLoop(loop, {blockSize}, /*noMinMaxBounds=*/true);
    // Fold the index arithmetic of the bounds (1 * 256) so that the launch
    // gets a constant block size (outlining then records it, and the
    // register budget applies), without canonicalizing the loops: that
    // would merge the two levels back into one.
    SmallVector<Operation *> arithmetic;
    getOperation().walk([&](Operation *op) {
      if (isa<arith::MulIOp, arith::AddIOp>(op))
        arithmetic.push_back(op);
    });
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingOps);
    (void)applyOpPatternsGreedily(arithmetic, FrozenRewritePatternSet(),
                                  config);
  }
};

} // namespace
