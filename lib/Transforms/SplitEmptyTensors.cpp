//===- SplitEmptyTensors.cpp - One tensor.empty per use -------------------===//
//
// Replaces each multi-use tensor.empty by one clone per use, so that
// one-shot bufferization's conflict analysis does not compare hundreds of
// uses of one value pairwise.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMSPLITEMPTYTENSORS
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
struct NormSplitEmptyTensorsPass
    : norm::impl::NormSplitEmptyTensorsBase<NormSplitEmptyTensorsPass> {
  void runOnOperation() override {
    SmallVector<tensor::EmptyOp> empties;
    getOperation()->walk([&](tensor::EmptyOp empty) {
      if (!empty->hasOneUse() && !empty->use_empty())
        empties.push_back(empty);
    });
    OpBuilder builder(&getContext());
    for (tensor::EmptyOp empty : empties) {
      SmallVector<OpOperand *> uses;
      for (OpOperand &use : empty->getUses())
        uses.push_back(&use);
      for (OpOperand *use : uses) {
        builder.setInsertionPoint(use->getOwner());
        use->set(builder.clone(*empty)->getResult(0));
      }
      empty.erase();
    }
  }
};
} // namespace
