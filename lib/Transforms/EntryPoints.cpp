//===- EntryPoints.cpp - Prepare public functions for C callers -----------===//
//
// Passes that shape how public functions appear to ahead-of-time callers:
// C-callable wrappers, and inputs that compiled code never writes.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMEMITCINTERFACE
#define GEN_PASS_DEF_NORMREADONLYARGUMENTS
#define GEN_PASS_DEF_NORMDROPARGUMENTRESULTS
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
struct NormEmitCInterfacePass
    : norm::impl::NormEmitCInterfaceBase<NormEmitCInterfacePass> {
  void runOnOperation() override {
    UnitAttr unit = UnitAttr::get(&getContext());
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (func.isPublic() && !func.isExternal())
        func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(), unit);
  }
};

struct NormReadOnlyArgumentsPass
    : norm::impl::NormReadOnlyArgumentsBase<NormReadOnlyArgumentsPass> {
  void runOnOperation() override {
    BoolAttr readOnly = BoolAttr::get(&getContext(), false);
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      for (BlockArgument arg : func.getArguments())
        if (isa<TensorType>(arg.getType()) &&
            !func.getArgAttr(
                arg.getArgNumber(),
                bufferization::BufferizationDialect::kWritableAttrName))
          func.setArgAttr(
              arg.getArgNumber(),
              bufferization::BufferizationDialect::kWritableAttrName, readOnly);
    }
  }
};
} // namespace

namespace {
struct NormDropArgumentResultsPass
    : norm::impl::NormDropArgumentResultsBase<NormDropArgumentResultsPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      auto returns = llvm::to_vector(func.getOps<func::ReturnOp>());
      if (returns.size() != 1)
        continue;
      func::ReturnOp ret = returns.front();
      llvm::BitVector drop(ret.getNumOperands());
      for (auto [index, value] : llvm::enumerate(ret.getOperands())) {
        auto arg = dyn_cast<BlockArgument>(value);
        drop[index] = arg && arg.getOwner() == &func.getBody().front() &&
                      isa<BaseMemRefType>(arg.getType());
      }
      if (drop.none())
        continue;
      ret->eraseOperands(drop);
      if (failed(func.eraseResults(drop)))
        return signalPassFailure();
    }
  }
};
} // namespace
