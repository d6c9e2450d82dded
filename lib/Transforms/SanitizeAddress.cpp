//===- SanitizeAddress.cpp - AddressSanitizer for generated code ----------===//
//
// Marks LLVM function definitions so that clang -fsanitize=address
// instruments the translated module.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMSANITIZEADDRESS
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
struct NormSanitizeAddressPass
    : norm::impl::NormSanitizeAddressBase<NormSanitizeAddressPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    StringAttr sanitize = StringAttr::get(ctx, "sanitize_address");
    getOperation().walk([&](LLVM::LLVMFuncOp func) {
      if (func.isExternal())
        return;
      SmallVector<Attribute> passthrough;
      if (ArrayAttr existing = func.getPassthroughAttr())
        passthrough.append(existing.begin(), existing.end());
      if (!llvm::is_contained(passthrough, sanitize))
        passthrough.push_back(sanitize);
      func.setPassthroughAttr(ArrayAttr::get(ctx, passthrough));
    });
  }
};
} // namespace
