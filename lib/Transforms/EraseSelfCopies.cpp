//===- EraseSelfCopies.cpp - Drop memref.copy %a, %a ----------------------===//
//
// Removes the no-op copies that in-place row updates leave after
// bufferization.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMERASESELFCOPIES
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
struct NormEraseSelfCopiesPass
    : norm::impl::NormEraseSelfCopiesBase<NormEraseSelfCopiesPass> {
  void runOnOperation() override {
    getOperation()->walk([](memref::CopyOp copy) {
      if (copy.getSource() == copy.getTarget())
        copy.erase();
    });
  }
};
} // namespace
