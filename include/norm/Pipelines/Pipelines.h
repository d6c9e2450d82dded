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

/// How --norm-cpu-pipeline lowers norm ops.
enum class CPULowering {
  /// Row-parallel vector kernels (--convert-norm-to-cpu).
  Vector,
  /// The portable linalg decomposition (--convert-norm-to-linalg).
  Linalg,
};

/// Options of --norm-cpu-pipeline.
struct NormCPUPipelineOptions
    : public PassPipelineOptions<NormCPUPipelineOptions> {
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Emit a C-callable _mlir_ciface_ entry point for every "
                     "public function"),
      llvm::cl::init(true)};
  PassOptions::Option<CPULowering> lowering{
      *this, "lowering", llvm::cl::desc("How norm ops are lowered"),
      llvm::cl::init(CPULowering::Vector),
      llvm::cl::values(
          clEnumValN(CPULowering::Vector, "vector",
                     "row-parallel vector kernels (the default)"),
          clEnumValN(CPULowering::Linalg, "linalg",
                     "the portable linalg decomposition (the baseline)"))};
  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("f32 elements per hardware vector for the vector "
                     "lowering (0: from the host CPU)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> unroll{
      *this, "unroll",
      llvm::cl::desc("Hardware vectors per chunk in the vector lowering"),
      llvm::cl::init(4)};
  PassOptions::Option<int64_t> numThreads{
      *this, "num-threads",
      llvm::cl::desc("Threads for the rows: 0 lets OpenMP decide "
                     "(OMP_NUM_THREADS), 1 emits sequential code with no "
                     "OpenMP runtime dependency"),
      llvm::cl::init(0)};
};

/// Norm ops and upstream tensor IR -> LLVM dialect for the host CPU.
void buildNormCPUPipeline(OpPassManager &pm,
                          const NormCPUPipelineOptions &options);

/// Registers every named norm pipeline.
void registerNormPipelines();

} // namespace norm
} // namespace mlir

#endif // NORM_PIPELINES_PIPELINES_H
