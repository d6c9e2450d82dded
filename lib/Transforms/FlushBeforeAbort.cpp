//===- FlushBeforeAbort.cpp - Keep run-time check messages ----------------===//
//
// Inserts fflush(NULL) before abort() so that the message a failed cf.assert
// printed with puts() is not lost in a stdio buffer.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/LLVMIR/FunctionCallUtils.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMFLUSHBEFOREABORT
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
struct NormFlushBeforeAbortPass
    : norm::impl::NormFlushBeforeAbortBase<NormFlushBeforeAbortPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<LLVM::CallOp> aborts;
    module.walk([&](LLVM::CallOp call) {
      if (call.getCallee() == "abort")
        aborts.push_back(call);
    });
    if (aborts.empty())
      return;
    MLIRContext *ctx = &getContext();
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    auto i32Type = IntegerType::get(ctx, 32);
    OpBuilder builder(module.getBodyRegion());
    FailureOr<LLVM::LLVMFuncOp> fflush =
        LLVM::lookupOrCreateFn(builder, module, "fflush", {ptrType}, i32Type);
    if (failed(fflush))
      return signalPassFailure();
    for (LLVM::CallOp call : aborts) {
      builder.setInsertionPoint(call);
      Value null = LLVM::ZeroOp::create(builder, call.getLoc(), ptrType);
      LLVM::CallOp::create(builder, call.getLoc(), *fflush, ValueRange{null});
    }
  }
};
} // namespace
