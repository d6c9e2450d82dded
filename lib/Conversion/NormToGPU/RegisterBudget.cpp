//===- RegisterBudget.cpp - The --norm-gpu-register-budget pass -----------===//
//
// Sets nvvm.minctasm on every outlined kernel with a known block size, so
// that ptxas budgets `registers` registers per thread (`grad-registers` for
// the backward kernels).
// `--debug-only=norm-gpu-register-budget` (in builds with assertions)
// prints the budget of each kernel.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "norm/Conversion/Passes.h"
#include "llvm/Support/Debug.h"
#include "llvm/Support/raw_ostream.h"

#define DEBUG_TYPE "norm-gpu-register-budget"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMGPUREGISTERBUDGET
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {

/// The kernels --convert-norm-to-gpu builds for the backward ops
/// (RowNormGradEmitter, ParamGradReduction) are named norm_*_grad_*.
bool isBackwardKernel(gpu::GPUFuncOp func) {
  return func.getName().starts_with("norm_") &&
         func.getName().contains("_grad_");
}

struct NormGPURegisterBudgetPass
    : norm::impl::NormGPURegisterBudgetBase<NormGPURegisterBudgetPass> {
  using Base::Base;
  void runOnOperation() override {
    constexpr int64_t kRegistersPerSM = 65536;
    Builder b(&getContext());
    getOperation().walk([&](gpu::GPUFuncOp func) {
      std::optional<ArrayRef<int32_t>> block = func.getKnownBlockSize();
      int64_t budget = isBackwardKernel(func) ? gradRegisters : registers;
      if (!func.isKernel() || !block || budget <= 0)
        return;
      int64_t threads = 1;
      for (int32_t size : *block)
        threads *= size;
      int64_t blocks =
          std::max<int64_t>(1, kRegistersPerSM / (budget * threads));
      LLVM_DEBUG(llvm::dbgs()
                 << DEBUG_TYPE ": " << func.getName() << ": " << threads
                 << " threads x " << budget << " registers -> "
                 << "nvvm.minctasm = " << blocks << "\n");
      func->setAttr("nvvm.minctasm", b.getI32IntegerAttr(blocks));
    });
  }
};

} // namespace
