//===- BF16MemoryAsI16.cpp - bf16 loads and stores as i16 -----------------===//
//
// Rewrites LLVM-dialect loads and stores of bf16 data into i16 accesses and
// bitcasts, so that no backend legalization of bf16 memory operations (and
// no compiler-rt helper) is needed.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"
#include "norm/Transforms/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMBF16MEMORYASI16
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
/// The i16 counterpart of a bf16 scalar or vector type, or null.
Type asI16(Type type) {
  Builder b(type.getContext());
  if (type.isBF16())
    return b.getI16Type();
  if (auto vec = dyn_cast<VectorType>(type);
      vec && vec.getElementType().isBF16())
    return vec.clone(b.getI16Type());
  return Type();
}

struct NormBF16MemoryAsI16Pass
    : norm::impl::NormBF16MemoryAsI16Base<NormBF16MemoryAsI16Pass> {
  void runOnOperation() override {
    SmallVector<LLVM::LoadOp> loads;
    SmallVector<LLVM::StoreOp> stores;
    getOperation().walk([&](Operation *op) {
      // ArithToLLVM copies an arith.extf/truncf's fastmath flags onto the
      // LLVM conversion as an arith attribute, which LLVM IR translation
      // does not read back; flags mean nothing to a conversion.
      if (isa<LLVM::FPExtOp, LLVM::FPTruncOp>(op))
        op->removeDiscardableAttr("fastmath");
      if (auto load = dyn_cast<LLVM::LoadOp>(op); load && asI16(load.getType()))
        loads.push_back(load);
      if (auto store = dyn_cast<LLVM::StoreOp>(op);
          store && asI16(store.getValue().getType()))
        stores.push_back(store);
    });
    for (LLVM::LoadOp load : loads) {
      OpBuilder b(load);
      Type intType = asI16(load.getType());
      auto intLoad = LLVM::LoadOp::create(
          b, load.getLoc(), intType, load.getAddr(),
          load.getAlignment().value_or(0), load.getVolatile_(),
          load.getNontemporal(), load.getInvariant());
      Value cast = LLVM::BitcastOp::create(b, load.getLoc(), load.getType(),
                                           intLoad.getResult());
      load.replaceAllUsesWith(cast);
      load.erase();
    }
    for (LLVM::StoreOp store : stores) {
      OpBuilder b(store);
      Value value = store.getValue();
      Value cast = LLVM::BitcastOp::create(b, store.getLoc(),
                                           asI16(value.getType()), value);
      LLVM::StoreOp::create(b, store.getLoc(), cast, store.getAddr(),
                            store.getAlignment().value_or(0),
                            store.getVolatile_(), store.getNontemporal());
      store.erase();
    }
  }
};
} // namespace
