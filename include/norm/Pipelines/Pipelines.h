//===- Pipelines.h - Named end-to-end norm pipelines ------------*- C++ -*-===//
//
// The named pipelines that take tensor-level IR with norm ops to LLVM.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_PIPELINES_PIPELINES_H
#define NORM_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"
#include "norm/Conversion/Passes.h"

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

/// How --norm-cpu-pipeline rounds f32 results to bf16 (both round to
/// nearest, ties to even; NaN stays NaN).
enum class BF16Rounding {
  /// Native where the target CPU has the instruction (every function then
  /// carries the target features that select it), Software otherwise.
  Auto,
  /// Integer arithmetic in the generated code: portable, keeps subnormals.
  Software,
  /// LLVM's fptrunc: the target's conversion instruction (AVX512-BF16's
  /// vcvtneps2bf16 flushes subnormal results to zero), or a call to
  /// __truncsfbf2 (compiler-rt, libgcc 13) on a target without one.
  Native,
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
  PassOptions::Option<std::string> targetTriple{
      *this, "target-triple",
      llvm::cl::desc("LLVM target triple of the code (host: the compiling "
                     "process's)"),
      llvm::cl::init(ConvertNormToCPUOptions().targetTriple)};
  PassOptions::Option<std::string> targetCpu{
      *this, "target-cpu",
      llvm::cl::desc("LLVM CPU name, as -mcpu takes it (znver3, "
                     "sapphirerapids, x86-64, ...; host: the compiling "
                     "machine's CPU); vector width, bf16 rounding, streaming "
                     "stores and function attributes follow from it"),
      llvm::cl::init(ConvertNormToCPUOptions().targetCpu)};
  PassOptions::Option<std::string> targetFeatures{
      *this, "target-features",
      llvm::cl::desc("+name/-name LLVM features on top of the CPU's, "
                     "comma-separated (host: the compiling machine's)"),
      llvm::cl::init(ConvertNormToCPUOptions().targetFeatures)};
  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("f32 elements per hardware vector for the vector "
                     "lowering (0: from the target)"),
      llvm::cl::init(ConvertNormToCPUOptions().vectorWidth)};
  PassOptions::Option<int64_t> unroll{
      *this, "unroll",
      llvm::cl::desc("Hardware vectors per chunk in the vector lowering"),
      llvm::cl::init(ConvertNormToCPUOptions().unroll)};
  PassOptions::Option<int64_t> streamingThreshold{
      *this, "streaming-threshold",
      llvm::cl::desc("Bytes of a norm's output y from which the vector "
                     "lowering writes y with non-temporal stores (0: always, "
                     "negative: never; x86 only)"),
      llvm::cl::init(ConvertNormToCPUOptions().streamingThreshold)};
  PassOptions::Option<bool> prefetch{
      *this, "prefetch",
      llvm::cl::desc("Where a norm's output streams, prefetch the next "
                     "row's inputs during the current row's passes (vector "
                     "lowering)"),
      llvm::cl::init(ConvertNormToCPUOptions().prefetch)};
  PassOptions::Option<BF16Rounding> bf16Rounding{
      *this, "bf16-rounding",
      llvm::cl::desc("How f32 results are rounded to bf16"),
      llvm::cl::init(BF16Rounding::Auto),
      llvm::cl::values(
          clEnumValN(BF16Rounding::Auto, "auto",
                     "native if the target CPU converts in one instruction "
                     "(AVX512-BF16, AVX-NE-CONVERT), else software (the "
                     "default)"),
          clEnumValN(BF16Rounding::Software, "software",
                     "integer arithmetic: portable, keeps subnormals"),
          clEnumValN(BF16Rounding::Native, "native",
                     "LLVM's fptrunc: the target's instruction (x86 flushes "
                     "subnormal results to zero) or __truncsfbf2"))};
  PassOptions::Option<int64_t> numThreads{
      *this, "num-threads",
      llvm::cl::desc("Threads for the rows: 0 lets OpenMP decide "
                     "(OMP_NUM_THREADS), 1 emits sequential code with no "
                     "OpenMP runtime dependency"),
      llvm::cl::init(0)};
  PassOptions::Option<std::string> mpiImplementation{
      *this, "mpi-implementation",
      llvm::cl::desc("MPI ABI of partitioned (shard) modules' collectives "
                     "where the module has no DLTI MPI:Implementation entry: "
                     "OpenMPI or MPICH"),
      llvm::cl::init(norm::ConvertMPIToLLVMCallsOptions().implementation)};
};

/// What --norm-gpu-pipeline embeds for each kernel module.
enum class GPUBinaryFormat {
  /// PTX, compiled by the driver when the program loads.
  Isa,
  /// A cubin for the chip, through ptxas.
  Bin,
  /// A fat binary (cubin and PTX), through ptxas and fatbinary.
  Fatbin,
};

/// Options of --norm-gpu-pipeline.
struct NormGPUPipelineOptions
    : public PassPipelineOptions<NormGPUPipelineOptions> {
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("NVIDIA GPU architecture (sm_XX)"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> features{
      *this, "features",
      llvm::cl::desc("NVPTX target features (PTX ISA version)"),
      llvm::cl::init("+ptx80")};
  PassOptions::Option<GPUBinaryFormat> format{
      *this, "format",
      llvm::cl::desc("Kernel binary embedded in the host code"),
      llvm::cl::init(GPUBinaryFormat::Isa),
      llvm::cl::values(
          clEnumValN(GPUBinaryFormat::Isa, "isa",
                     "PTX, JIT-compiled by the driver at load (the default; "
                     "needs no CUDA toolkit)"),
          clEnumValN(GPUBinaryFormat::Bin, "bin",
                     "cubin through ptxas (needs the CUDA toolkit)"),
          clEnumValN(GPUBinaryFormat::Fatbin, "fatbin",
                     "fat binary through ptxas and fatbinary (needs the "
                     "CUDA toolkit)"))};
  PassOptions::Option<int> optLevel{*this, "opt-level",
                                    llvm::cl::desc("NVPTX optimization level"),
                                    llvm::cl::init(3)};
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Emit a C-callable _mlir_ciface_ entry point for every "
                     "public function"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> vectorBytes{
      *this, "vector-bytes",
      llvm::cl::desc("Bytes per vector load/store in the kernels (0: "
                     "element-wise only)"),
      llvm::cl::init(ConvertNormToGPUOptions().vectorBytes)};
  PassOptions::Option<int64_t> warpRowsPerBlock{
      *this, "warp-rows-per-block",
      llvm::cl::desc("Rows per thread block when a warp takes a row"),
      llvm::cl::init(ConvertNormToGPUOptions().warpRowsPerBlock)};
  PassOptions::Option<int64_t> maxRegisterValues{
      *this, "max-register-values",
      llvm::cl::desc("Most values of a row one thread keeps in registers"),
      llvm::cl::init(ConvertNormToGPUOptions().maxRegisterValues)};
  PassOptions::Option<int64_t> chunksPerThread{
      *this, "chunks-per-thread",
      llvm::cl::desc("Vector chunks per thread a block-per-row kernel aims "
                     "at (the block size follows)"),
      llvm::cl::init(ConvertNormToGPUOptions().chunksPerThread)};
  PassOptions::Option<int64_t> maxBlockThreads{
      *this, "max-block-threads",
      llvm::cl::desc("Most threads of a block-per-row kernel (a power of "
                     "two, 64 to 1024)"),
      llvm::cl::init(ConvertNormToGPUOptions().maxBlockThreads)};
  PassOptions::Option<int64_t> gradPartialUnits{
      *this, "grad-partial-units",
      llvm::cl::desc("Most blocks of a backward kernel, each with one row of "
                     "partial sums of dscale and dbias"),
      llvm::cl::init(ConvertNormToGPUOptions().gradPartialUnits)};
  PassOptions::Option<int64_t> registers{
      *this, "registers",
      llvm::cl::desc("Registers per thread ptxas may give a kernel"),
      llvm::cl::init(NormGPURegisterBudgetOptions().registers)};
  PassOptions::Option<int64_t> gradRegisters{
      *this, "grad-registers",
      llvm::cl::desc("Registers per thread ptxas may give a backward kernel"),
      llvm::cl::init(NormGPURegisterBudgetOptions().gradRegisters)};
};

/// Norm ops and upstream tensor IR -> LLVM dialect for a CPU target (by
/// default the compiling machine).
void buildNormCPUPipeline(OpPassManager &pm,
                          const NormCPUPipelineOptions &options);

/// Norm ops on tensors -> NVVM kernels embedded in host LLVM dialect that
/// calls the mgpu* runtime functions; buffers live in device memory.
void buildNormGPUPipeline(OpPassManager &pm,
                          const NormGPUPipelineOptions &options);

/// Registers every named norm pipeline.
void registerNormPipelines();

} // namespace norm
} // namespace mlir

#endif // NORM_PIPELINES_PIPELINES_H
