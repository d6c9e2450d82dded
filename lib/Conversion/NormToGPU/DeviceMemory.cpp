//===- DeviceMemory.cpp - The --norm-gpu-device-memory pass ---------------===//
//
// Puts the host functions' buffers in device memory: memref.alloc,
// memref.dealloc and memref.copy outside kernels become gpu.alloc,
// gpu.dealloc and gpu.memcpy; any other host access to a buffer's contents
// is an error.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "norm/Conversion/Passes.h"

namespace mlir::norm {
#define GEN_PASS_DEF_NORMGPUDEVICEMEMORY
#include "norm/Conversion/Passes.h.inc"
} // namespace mlir::norm

using namespace mlir;

namespace {

/// Whether `op` runs on the device: inside a gpu.launch or a gpu.module.
bool isInsideKernel(Operation *op) {
  return op->getParentOfType<gpu::LaunchOp>() ||
         op->getParentOfType<gpu::GPUModuleOp>();
}

struct NormGPUDeviceMemoryPass
    : norm::impl::NormGPUDeviceMemoryBase<NormGPUDeviceMemoryPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<Operation *> hostOps;
    getOperation()->walk([&](Operation *op) {
      if (!isInsideKernel(op))
        hostOps.push_back(op);
    });
    bool failedAny = false;
    for (Operation *op : hostOps) {
      rewriter.setInsertionPoint(op);
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::AllocOp>(
            alloc, alloc.getType(), /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange(), alloc.getDynamicSizes(),
            alloc.getSymbolOperands(), /*hostShared=*/false);
        continue;
      }
      if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::DeallocOp>(
            dealloc, /*asyncToken=*/Type(), ValueRange(), dealloc.getMemref());
        continue;
      }
      if (auto copy = dyn_cast<memref::CopyOp>(op)) {
        rewriter.replaceOpWithNewOp<gpu::MemcpyOp>(
            copy, /*asyncToken=*/Type(), ValueRange(), copy.getTarget(),
            copy.getSource());
        continue;
      }
      if (isa<gpu::LaunchOp, gpu::LaunchFuncOp, gpu::AllocOp, gpu::DeallocOp,
              gpu::MemcpyOp>(op))
        continue;
      auto effects = dyn_cast<MemoryEffectOpInterface>(op);
      if (!effects)
        continue;
      SmallVector<MemoryEffects::EffectInstance> instances;
      effects.getEffects(instances);
      for (const MemoryEffects::EffectInstance &effect : instances) {
        if (!isa<MemoryEffects::Read, MemoryEffects::Write>(effect.getEffect()))
          continue;
        Value value = effect.getValue();
        if (value && isa<BaseMemRefType>(value.getType())) {
          op->emitError("accesses a buffer on the host; on the GPU path "
                        "buffers live in device memory");
          failedAny = true;
          break;
        }
      }
    }
    if (failedAny)
      signalPassFailure();
  }
};

} // namespace
