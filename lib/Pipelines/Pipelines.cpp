//===- Pipelines.cpp - Named end-to-end norm pipelines --------------------===//
//
// --norm-cpu-pipeline: norm ops mixed with func/arith/math/tensor/linalg IR
// on tensors, to LLVM dialect that mlir-runner runs or that mlir-translate
// and a C compiler turn into an object with C entry points.
//
//===----------------------------------------------------------------------===//

#include "norm/Pipelines/Pipelines.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/ShardToMPI/ShardToMPI.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "norm/Conversion/Passes.h"
#include "norm/Dialect/Norm/Transforms/Passes.h"
#include "norm/Transforms/Passes.h"

using namespace mlir;

/// Tensors to buffers, functions included, and buffer deallocation, with the
/// entry-point contract of both pipelines: inputs are never written, and a
/// result written in place into a writable argument is that argument (it is
/// not returned; returning it would make deallocation clone it). With
/// `loopsYieldNewBuffers`, a loop whose body yields a new tensor (a stack of
/// blocks, x_{k+1} = Block(x_k)) yields a new buffer each iteration and
/// deallocation frees the previous one at run time (on the host: the GPU
/// pipeline, whose buffers live in device memory, refuses such loops).
static void addBufferizationPasses(OpPassManager &pm,
                                   bool loopsYieldNewBuffers) {
  pm.addPass(norm::createNormReadOnlyArguments());
  pm.addPass(norm::createNormSplitEmptyTensors());
  bufferization::OneShotBufferizePassOptions bufferizeOptions;
  bufferizeOptions.bufferizeFunctionBoundaries = true;
  bufferizeOptions.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  bufferizeOptions.allowReturnAllocsFromLoops = loopsYieldNewBuffers;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferizeOptions));
  pm.addPass(norm::createNormDropArgumentResults());
  // Upstream's buffer deallocation pipeline, with the buffers of a
  // straight-line body freed after their last use.
  memref::ExpandReallocPassOptions reallocOptions;
  reallocOptions.emitDeallocs = false;
  pm.addPass(memref::createExpandReallocPass(reallocOptions));
  pm.addPass(createCanonicalizerPass());
  bufferization::OwnershipBasedBufferDeallocationPassOptions deallocOptions;
  deallocOptions.privateFuncDynamicOwnership = false;
  pm.addPass(bufferization::createOwnershipBasedBufferDeallocationPass(
      deallocOptions));
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(norm::createNormDeallocateAfterLastUse());
  pm.addPass(bufferization::createBufferDeallocationSimplificationPass());
  pm.addPass(bufferization::createLowerDeallocationsPass());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createConvertBufferizationToMemRefPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(norm::createNormEraseSelfCopies());
}

/// TOSA input (what a TOSA frontend leaves after --norm-raise) to linalg,
/// arith and tensor ops; nothing happens to modules without tosa ops.
static void addTosaLoweringPasses(OpPassManager &pm) {
  pm.addNestedPass<func::FuncOp>(tosa::createTosaToLinalgNamed());
  pm.addNestedPass<func::FuncOp>(tosa::createTosaToLinalg());
  pm.addNestedPass<func::FuncOp>(createTosaToArithPass());
  pm.addNestedPass<func::FuncOp>(createTosaToTensorPass());
}

void mlir::norm::buildNormCPUPipeline(OpPassManager &pm,
                                      const NormCPUPipelineOptions &options) {
  addTosaLoweringPasses(pm);
  // Partitioned modules: shard collectives become mpi ops on buffers (which
  // bufferization keeps), and the grids, then unused, go.
  pm.addPass(createConvertShardToMPIPass());
  pm.addPass(createNormEraseShardGrids());
  // Norm ops to linalg, except, for the vector lowering, the row-wise norms
  // (DeepNorm and sublayers become such ops) and inference BatchNorm;
  // element-wise tensor arithmetic to linalg.
  bool vectorize = options.lowering == CPULowering::Vector;
  // What the code may use follows from the target. An unknown target is
  // reported by convert-norm-to-cpu when the pipeline runs; it is built as
  // for the host.
  std::string targetError;
  FailureOr<CPUTarget> resolved =
      CPUTarget::resolve(options.targetTriple, options.targetCpu,
                         options.targetFeatures, targetError);
  CPUTarget target = succeeded(resolved) ? *resolved : CPUTarget::getHost();
  // The features with which the target converts f32 to bf16 in one
  // instruction ("" if it has none: rounding is then integer arithmetic,
  // or compiler-rt's __truncsfbf2 for `native`).
  std::string targetBF16Features = target.getBF16ConversionFeatures();
  bool softwareBF16Rounding = options.bf16Rounding == BF16Rounding::Software ||
                              targetBF16Features.empty();
  ConvertNormToLinalgOptions linalgOptions;
  linalgOptions.keepRowNorms = vectorize;
  linalgOptions.keepBatchNorms = vectorize;
  linalgOptions.keepRowNormGrads = vectorize;
  linalgOptions.keepRowNormStatistics = vectorize;
  pm.addPass(createConvertNormToLinalg(linalgOptions));
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());
  // Chains of element-wise ops (a decomposed GELU, a scaled residual) into
  // one loop nest each: one pass over memory and one buffer, not one per op.
  // The first round gives each op its own empty destination; with dynamic
  // shapes its sizes read the producer (a second use, which blocks fusion)
  // until canonicalization takes them from the inputs; the second round
  // fuses. (The linalg reference lowering stays the plain decomposition.)
  if (vectorize) {
    pm.addPass(createNormFuseElementwise());
    pm.addPass(createCanonicalizerPass());
    pm.addPass(createNormFuseElementwise());
  }
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  addBufferizationPasses(pm, /*loopsYieldNewBuffers=*/true);

  // The row-wise norms and inference BatchNorm, now on buffers, to vector
  // kernels. (With the linalg lowering there are none left; the pass then
  // only reports a target it cannot resolve.)
  if (vectorize || failed(resolved)) {
    ConvertNormToCPUOptions cpuOptions;
    cpuOptions.targetTriple = options.targetTriple;
    cpuOptions.targetCpu = options.targetCpu;
    cpuOptions.targetFeatures = options.targetFeatures;
    cpuOptions.vectorWidth = options.vectorWidth;
    cpuOptions.unroll = options.unroll;
    cpuOptions.streamingThreshold = options.streamingThreshold;
    cpuOptions.prefetch = options.prefetch;
    cpuOptions.bf16RowBuffer = softwareBF16Rounding;
    pm.addPass(createConvertNormToCPU(cpuOptions));
    pm.addPass(createCanonicalizerPass());
  }

  // Rows across threads, then loops, then LLVM.
  if (options.numThreads == 1) {
    pm.addPass(createForallToForLoopPass());
  } else {
    pm.addPass(createForallToParallelLoopPass());
    // Other linalg ops (a model's element-wise sublayers) run on the
    // threads too, each loop nest inside its own OpenMP region.
    pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
    ConvertSCFToOpenMPPassOptions ompOptions;
    ompOptions.numThreads = options.numThreads;
    pm.addPass(createConvertSCFToOpenMPPass(ompOptions));
  }
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  if (options.emitCInterface)
    pm.addPass(createNormEmitCInterface());
  // Arithmetic on bf16 runs in f32. Rounding to bf16 is LLVM's fptrunc
  // where the CPU has an instruction for it, and integer arithmetic
  // otherwise: the output needs no compiler-rt helpers. (f16 is left to
  // LLVM; emulating it here leaves arith fastmath attributes on llvm.fpext,
  // which LLVM 22's ArithToLLVM does not translate.)
  // Math functions of bf16/f16 (a GELU's tanh in a bf16 model) compute in
  // f32 too.
  pm.addPass(math::createMathExtendToSupportedTypes());
  // Exact GELU's erf (and erfc) on f32 as upstream's polynomial
  // approximations, inline and without libm; isinf/isnormal as comparisons.
  NormExpandMathOptions mathOptions;
  mathOptions.polynomialApproximations = {"erf", "erfc"};
  pm.addPass(createNormExpandMath(mathOptions));
  arith::ArithEmulateUnsupportedFloatsOptions emulateOptions;
  emulateOptions.sourceTypeStrs = {"bf16"};
  emulateOptions.targetTypeStr = "f32";
  pm.addPass(arith::createArithEmulateUnsupportedFloats(emulateOptions));
  arith::ArithExpandOpsPassOptions expandOptions;
  // The target's conversion instruction, where `auto` picks it, comes with
  // the target features that select it, on every function.
  std::string bf16Features;
  if (options.bf16Rounding == BF16Rounding::Auto)
    bf16Features = targetBF16Features;
  expandOptions.includeBf16 =
      options.bf16Rounding == BF16Rounding::Software ||
      (options.bf16Rounding == BF16Rounding::Auto && bf16Features.empty());
  pm.addPass(arith::createArithExpandOpsPass(expandOptions));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createConvertVectorToLLVMPass());
  // memref.alloca_scope (around each OpenMP loop body) must become LLVM
  // before its region's loops become several blocks.
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  ConvertMPIToLLVMCallsOptions mpiOptions;
  mpiOptions.implementation = options.mpiImplementation;
  pm.addPass(createConvertMPIToLLVMCalls(mpiOptions));
  // Without rollback, the conversion does not record every op that a block
  // split moves: with rollback it grew quadratically in time and memory
  // with the length of a function (a 1000-block model took 56 s and 20 GB).
  SCFToControlFlowPassOptions scfOptions;
  scfOptions.allowPatternRollback = false;
  pm.addPass(createSCFToControlFlowPass(scfOptions));
  pm.addPass(createConvertMathToLLVMPass());
  // The math functions LLVM has no intrinsic for (f64 erf, cbrt, asinh,
  // acosh, atanh) as libm calls, integer powers as outlined loops.
  pm.addPass(createConvertMathToFuncs());
  pm.addPass(createConvertMathToLibmPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createNormBF16MemoryAsI16());
  // Every function is compiled for the target, whoever compiles it.
  NormLLVMTargetFeaturesOptions targetOptions;
  targetOptions.triple = target.getTriple().str();
  targetOptions.cpu = target.getCPU().str();
  targetOptions.features = target.getFeatureString().str();
  if (!bf16Features.empty())
    targetOptions.features += "," + bf16Features;
  pm.addPass(createNormLLVMTargetFeatures(targetOptions));
  pm.addPass(createNormFlushBeforeAbort());
  pm.addPass(createCanonicalizerPass());
}

void mlir::norm::buildNormGPUPipeline(OpPassManager &pm,
                                      const NormGPUPipelineOptions &options) {
  // Plain norm ops on tensors: sublayers expanded, DeepNorm as the
  // add_layer_norm it denotes (canonicalization), what the kernels do not
  // take (BatchNorm, statistics results, normalization over every dim) as
  // the linalg reference lowering, element-wise tensor arithmetic as linalg.
  addTosaLoweringPasses(pm);
  pm.addPass(createNormExpandSublayers());
  pm.addPass(createCanonicalizerPass());
  ConvertNormToLinalgOptions linalgOptions;
  linalgOptions.keepRowNorms = true;
  linalgOptions.keepRowNormGrads = true;
  pm.addPass(createConvertNormToLinalg(linalgOptions));
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());
  pm.addPass(createCSEPass());

  // Buffers, as on the CPU path; the norm ops bufferize in place.
  addBufferizationPasses(pm, /*loopsYieldNewBuffers=*/false);

  // Norm kernels; any other linalg op (an unfused residual add) as a
  // parallel loop nest mapped onto blocks and threads.
  ConvertNormToGPUOptions gpuOptions;
  gpuOptions.vectorBytes = options.vectorBytes;
  gpuOptions.warpRowsPerBlock = options.warpRowsPerBlock;
  gpuOptions.maxRegisterValues = options.maxRegisterValues;
  gpuOptions.chunksPerThread = options.chunksPerThread;
  gpuOptions.maxBlockThreads = options.maxBlockThreads;
  gpuOptions.gradPartialUnits = options.gradPartialUnits;
  pm.addPass(createConvertNormToGPU(gpuOptions));
  // Math ops NVVM has no lowering for (isinf, isnormal) as comparisons; the
  // others become libdevice calls (erf: __nv_erff).
  pm.addPass(createNormExpandMath());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
  pm.addNestedPass<func::FuncOp>(createNormGPUTileParallelLoops());
  pm.addNestedPass<func::FuncOp>(createGpuMapParallelLoopsPass());
  pm.addNestedPass<func::FuncOp>(createConvertParallelLoopToGpuPass());
  // The launch sizes of the mapped loops ((ub - lb) / step of a 256-thread
  // tile) as constants, so that outlining records the block size
  // (.maxntid, the register budget); constants hoisted out of the kernels
  // are sunk back below.
  pm.addNestedPass<func::FuncOp>(createCanonicalizerPass());
  pm.addPass(createNormGPUDeviceMemory());
  // Constants and index arithmetic back into the kernels (pattern drivers
  // hoist them to the host function), then one gpu.func per kernel.
  pm.addNestedPass<func::FuncOp>(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());
  NormGPURegisterBudgetOptions budgetOptions;
  budgetOptions.registers = options.registers;
  budgetOptions.gradRegisters = options.gradRegisters;
  pm.addNestedPass<gpu::GPUModuleOp>(
      createNormGPURegisterBudget(budgetOptions));
  // Launches, allocations and copies on one stream per function, waited for
  // before it returns (asynchronous device allocation is what the runtime
  // calls implement).
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  pm.addPass(createCanonicalizerPass());
  if (options.emitCInterface)
    pm.addPass(createNormEmitCInterface());

  // Kernels to NVVM and a binary, host code to LLVM.
  gpu::GPUToNVVMPipelineOptions nvvmOptions;
  nvvmOptions.cubinChip = options.chip;
  nvvmOptions.cubinFeatures = options.features;
  switch (options.format) {
  case GPUBinaryFormat::Isa:
    nvvmOptions.cubinFormat = "isa";
    break;
  case GPUBinaryFormat::Bin:
    nvvmOptions.cubinFormat = "bin";
    break;
  case GPUBinaryFormat::Fatbin:
    nvvmOptions.cubinFormat = "fatbin";
    break;
  }
  nvvmOptions.optLevel = options.optLevel;
  gpu::buildLowerToNVVMPassPipeline(pm, nvvmOptions);
}

void mlir::norm::registerNormPipelines() {
  PassPipelineRegistration<NormGPUPipelineOptions>(
      "norm-gpu-pipeline",
      "Lower norm ops on tensors to NVIDIA GPU kernels (NVVM) and host LLVM "
      "code that launches them through the mgpu* runtime functions",
      buildNormGPUPipeline);
  PassPipelineRegistration<NormCPUPipelineOptions>(
      "norm-cpu-pipeline",
      "Lower norm ops and tensor-level upstream IR to LLVM for the host CPU",
      buildNormCPUPipeline);
}
