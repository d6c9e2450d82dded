//===- LLVMTargetFeatures.cpp - Target features on LLVM functions ---------===//
//
// Puts a target CPU and features on every LLVM function definition of a
// module, and a target triple on the module.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "norm/Transforms/Passes.h"
#include "llvm/ADT/StringExtras.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMLLVMTARGETFEATURES
#include "norm/Transforms/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {
struct NormLLVMTargetFeaturesPass
    : norm::impl::NormLLVMTargetFeaturesBase<NormLLVMTargetFeaturesPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    SmallVector<StringRef> added;
    for (StringRef feature : llvm::split(features, ',')) {
      feature = feature.trim();
      if (feature.empty())
        continue;
      if (!feature.starts_with("+") && !feature.starts_with("-")) {
        getOperation().emitError()
            << "target feature '" << feature << "' must start with + or -";
        return signalPassFailure();
      }
      added.push_back(feature);
    }
    ModuleOp module = getOperation();
    if (!triple.empty() &&
        !module->hasAttr(LLVM::LLVMDialect::getTargetTripleAttrName()))
      module->setAttr(LLVM::LLVMDialect::getTargetTripleAttrName(),
                      StringAttr::get(ctx, triple));
    for (auto func : module.getOps<LLVM::LLVMFuncOp>()) {
      if (func.isExternal())
        continue;
      if (!cpu.empty() && !func.getTargetCpuAttr())
        func.setTargetCpuAttr(StringAttr::get(ctx, cpu));
      if (added.empty())
        continue;
      SmallVector<StringAttr> merged;
      if (LLVM::TargetFeaturesAttr existing = func.getTargetFeaturesAttr())
        merged.append(existing.getFeatures().begin(),
                      existing.getFeatures().end());
      for (StringRef feature : added) {
        // A feature the function already names, either way, is left as is.
        StringRef name = feature.drop_front();
        if (llvm::none_of(merged, [&](StringAttr present) {
              return present.getValue().drop_front() == name;
            }))
          merged.push_back(StringAttr::get(ctx, feature));
      }
      func.setTargetFeaturesAttr(LLVM::TargetFeaturesAttr::get(ctx, merged));
    }
  }
};
} // namespace
