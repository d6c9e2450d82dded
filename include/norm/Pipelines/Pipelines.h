//===- Pipelines.h - Named end-to-end norm pipelines ------------*- C++ -*-===//
//
// The named pipelines that take tensor-level IR with norm ops to LLVM.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_PIPELINES_PIPELINES_H
#define NORM_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
namespace norm {

/// Options of --norm-cpu-pipeline.
struct NormCPUPipelineOptions
    : public PassPipelineOptions<NormCPUPipelineOptions> {
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Emit a C-callable _mlir_ciface_ entry point for every "
                     "public function"),
      llvm::cl::init(true)};
};

/// Norm ops and upstream tensor IR -> LLVM dialect for the host CPU.
void buildNormCPUPipeline(OpPassManager &pm,
                          const NormCPUPipelineOptions &options);

/// Registers every named norm pipeline.
void registerNormPipelines();

} // namespace norm
} // namespace mlir

#endif // NORM_PIPELINES_PIPELINES_H
