//===- EntryPoints.cpp - Prepare public functions for C callers -----------===//
//
// Passes that shape how public functions appear to ahead-of-time callers:
// C-callable wrappers, and inputs that compiled code never writes.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMEMITCINTERFACE
#define GEN_PASS_DEF_NORMREADONLYARGUMENTS
#include "norm/Dialect/Norm/Transforms/Passes.h.inc"
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
              bufferization::BufferizationDialect::kWritableAttrName,
              readOnly);
    }
  }
};
} // namespace
