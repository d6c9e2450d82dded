//===- Passes.td - Norm conversion passes ------------------*- tablegen -*-===//
//
// Passes that lower norm ops to other dialects.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_PASSES_TD
#define NORM_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertNormToLinalg : Pass<"convert-norm-to-linalg"> {
  let summary = "Decompose norm ops into linalg on tensors";
  let description = [{
    The portable reference lowering: every norm op (LayerNorm, RMSNorm,
    BatchNorm in both forms, DeepNorm, the fused residual ops) becomes
    `linalg.generic` reductions and element-wise maps on tensors, and
    `norm.sublayer` is expanded first. Statistics are computed in f32 (f64
    for f64 inputs) with a shifted, corrected two-pass variance, so inputs
    with a large common offset keep full precision. Dynamic sizes that must
    agree at run time are checked with `cf.assert`. Ops on memrefs (after
    bufferization) are rewritten to the tensor form between
    `bufferization.to_tensor` and `bufferization.materialize_in_destination`
    first, so a later bufferization maps the result back onto the memrefs.

    With `keep-row-norms`, the row-wise norms that `--convert-norm-to-cpu`
    lowers after bufferization (LayerNorm and RMSNorm without statistics,
    the fused residual ops, Sandwich-LN; normalized over trailing dims, or
    over every dim, which the kernels take as one row) are left as they are; DeepNorm becomes the add_layer_norm it
    denotes and sublayers are expanded into such ops. With
    `keep-batch-norms`, BatchNorms (either form) on values of rank 2 or
    more, and their backward `norm.batch_norm_grad` with saved statistics,
    which `--convert-norm-to-cpu` also lowers, are left as well.
    With `keep-row-norm-grads`, the backward ops (`norm.layer_norm_grad`,
    `norm.rms_norm_grad`, `norm.add_layer_norm_grad`,
    `norm.add_rms_norm_grad` on float data), which `--convert-norm-to-cpu`
    and `--convert-norm-to-gpu` lower to their backward row kernels, are
    left too. With `keep-row-norm-statistics`, LayerNorm, RMSNorm and the
    fused residual ops that also return statistics (mean, rstd), which
    `--convert-norm-to-cpu` lowers to its row kernels (the GPU kernels do
    not write statistics), are left as well.
  }];
  let options = [
    Option<"keepRowNorms", "keep-row-norms", "bool", /*default=*/"false",
           "leave the row-wise norms for a kernel lowering">,
    Option<"keepBatchNorms", "keep-batch-norms", "bool", /*default=*/"false",
           "leave BatchNorms (rank >= 2) for the CPU kernel lowering">,
    Option<"keepRowNormGrads", "keep-row-norm-grads", "bool",
           /*default=*/"false",
           "leave the backward row-wise norms for a kernel lowering">,
    Option<"keepRowNormStatistics", "keep-row-norm-statistics", "bool",
           /*default=*/"false",
           "leave the row-wise norms that return statistics for the CPU "
           "kernel lowering">,
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def ConvertNormToCPU : Pass<"convert-norm-to-cpu", "::mlir::ModuleOp"> {
  let summary = "Lower row-wise norms, their backward and BatchNorm on memrefs to vectorized, row-parallel code";
  let description = [{
    LayerNorm, RMSNorm, the fused residual ops and Sandwich-LN on memrefs
    (after bufferization) become an `scf.forall` over blocks of rows
    (threads, once lowered to OpenMP) whose body processes each row in
    chunks of `vector-width * unroll` elements with vector loads and stores,
    then the rest in single-vector chunks and one masked vector (a norm over
    every dim of its input is one row). Statistics are
    f32 (f64 for f64 data). LayerNorm takes sum(d) and sum(d^2) with
    d = x - K (K the row's first element) in one pass; only when K lies far
    from the mean ((mean - K)^2 > 16 var) does a second, corrected pass over
    the cached row run. The fused ops write h and sum its statistics in the
    first pass and normalize it from cache, so memory sees x and r read once
    and h and y written once.

    Outputs y of at least `streaming-threshold` bytes (decided at run time
    for dynamic shapes) are written with non-temporal stores, aligned to 64
    bytes after a few ordinary stores at the start of each row, and a store
    fence ends each block of rows: the output does not displace the cache
    and memory does not read it before overwriting it. x86 targets only. The
    fused ops stream h as well when h's storage is disjoint from x's and
    r's (a run-time test of their address ranges): the output pass then
    computes h again from the cached x and r instead of reading it back.
    With `bf16-row-buffer` (the default), where a streamed h is bf16, the
    first pass also keeps h's row in an f32 buffer (one per block of rows,
    in cache) that the output pass reads instead of computing h again:
    where rounding to bf16 takes integer arithmetic, a second rounding per
    element costs more than the buffer (`--norm-cpu-pipeline` turns it off
    where the target rounds with one instruction).
    With `prefetch` (the default), a norm whose output streams prefetches
    the next row's inputs while it works on the current row, one cache line
    per prefetch, spread over its passes so that memory reads all along: a
    plain norm fetches the first half of the next row of x in its
    statistics pass and the second half in its output pass (where half a
    chunk is under a cache line, as for 16-bit data with 8-lane vectors,
    the whole row in the output pass); a fused op, whose first pass reads
    x and r and writes h, fetches the first halves of the next rows of x
    and r in its output pass; a training-form BatchNorm on NCHW planes
    fetches the next plane over each plane's two moment passes, as a plain
    norm does over its two.

    The backward ops (`norm.layer_norm_grad`, `norm.rms_norm_grad`,
    `norm.add_layer_norm_grad`, `norm.add_rms_norm_grad`) become row
    kernels too: per row the statistics (saved, or recomputed as above),
    one pass over dy and x summing g and g * xhat in vector accumulators,
    and the dx pass (dr = alpha * dx, the residual stream's gradient added)
    from the cached row, dx streamed as y is. dscale and dbias: the rows go
    to P = ceil(rows / ceil(rows / min(rows, 64))) blocks (fixed by the row
    count, not by the threads), each adding its rows into its own row of
    a [P, N] f32 scratch buffer, and the P partial rows are added in block
    order after the loop and rounded once: bit-identical results for any
    number of threads.

    BatchNorm in inference form (rank 2 or more) becomes one pass over x:
    per channel c, `a[c] = rsqrt(running_var[c] + epsilon) * scale[c]`
    is computed once into a small f32 buffer (with `running_mean` and
    `bias` in f32), then `y = (x - mean[c]) * a[c] + bias[c]` element-wise,
    streamed like the row norms' outputs. When every dim after the channel
    dim is 1 (channels-last, NHWC), rows are positions and the per-channel
    vectors are read along the row (rows under 4 KiB are grouped, several
    positions per kernel row, decided at run time for a dynamic C);
    otherwise each row is one
    plane (one channel of one batch entry, NCHW) with the channel's three
    values broadcast. Where y streams, static NCHW planes under 2 KiB (with
    a static C) run several planes per kernel row, a divisor of C of them,
    each vector chunk selecting its lanes' values among the broadcasts of
    the (at most three) planes it touches.

    Training-form BatchNorm first takes each channel's batch mean and
    (biased) variance: moments of x - K (K the channel's first element) over
    parts of the channel, each part's mean and sum of squared deviations
    from two passes over it in cache (NCHW: a plane; channels-last: a block
    of positions of about 256 KiB), in parallel over parts, then combined
    per channel (Chan, Golub and LeVeque); it writes the statistics results
    and `running' = momentum * running + (1 - momentum) * batch`, and y as
    the inference form does with the batch statistics (the mean's rounding
    error folded into the bias).

    The backward of training-form BatchNorm, `norm.batch_norm_grad` with
    saved statistics (rank 2 or more), is two passes over dy and x,
    collapsed as the forward's x: per channel, sum(dy) and
    sum(dy * (x - mean)) into partial sums grouped by the shape alone
    (NCHW: one per plane, added per channel in batch order; channels-last:
    P = ceil(M / ceil(M / min(M, 64))) blocks of positions, each with its
    own row of C partial sums, added in block order), dscale and dbias
    rounded once, then dx element-wise, streamed as y is. The results are
    bit-identical for any number of threads. Recomputed statistics keep
    the linalg lowering.

    With `outline` (the default), each distinct kernel (op, operand types
    and attributes) is emitted once, as a private function
    `norm_cpu_<op>` called at every op it serves: the hundreds of identical
    norms of a deep model are compiled once. Aliasing between operands is
    then a run-time question, which the kernel answers where it matters
    (in-place updates read each element before writing it; h streams only
    when disjoint from x and r).

    Operands whose rows are not unit-stride runs (a slice with a stride
    along the row, or leading dims that do not collapse) go through
    contiguous copies (correct, if slower). Ops on tensors, ops normalized
    over all dims (`axis` resolving to 0), DeepNorm, ops returning
    statistics and BatchNorm on 1-D values are left for
    `--convert-norm-to-linalg`; `--norm-cpu-pipeline`
    turns DeepNorm into the add_layer_norm it denotes before bufferization.

    The code is built for `target-triple`, `target-cpu` and
    `target-features` (clang's and IREE's names; by default the compiling
    machine): the vector width (16 f32 lanes with AVX-512, 8 with AVX/AVX2,
    4 otherwise), streaming stores and store fences (x86), and, in
    `--norm-cpu-pipeline`, bf16 rounding and the `target_cpu` /
    `target_features` of every function follow from them, so a module can
    be compiled for another CPU than the one compiling it.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::func::FuncDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::LLVM::LLVMDialect",
    "::mlir::math::MathDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect",
  ];
  let options = [
    Option<"targetTriple", "target-triple", "std::string",
           /*default=*/"\"host\"",
           "LLVM target triple of the code (host: the compiling process's)">,
    Option<"targetCpu", "target-cpu", "std::string", /*default=*/"\"host\"",
           "LLVM CPU name, as -mcpu takes it (znver3, sapphirerapids, "
           "x86-64, ...; host: the compiling machine's CPU)">,
    Option<"targetFeatures", "target-features", "std::string",
           /*default=*/"\"\"",
           "+name/-name LLVM features on top of the CPU's, comma-separated "
           "(host: the compiling machine's)">,
    Option<"vectorWidth", "vector-width", "int64_t", /*default=*/"0",
           "f32 elements per hardware vector (0: from the target)">,
    Option<"unroll", "unroll", "int64_t", /*default=*/"4",
           "hardware vectors per chunk, i.e. independent accumulators">,
    Option<"streamingThreshold", "streaming-threshold", "int64_t",
           /*default=*/"8388608",
           "bytes of y from which y is written with non-temporal stores "
           "(0: always, negative: never)">,
    Option<"prefetch", "prefetch", "bool", /*default=*/"true",
           "where a norm's output streams, prefetch the next row's inputs "
           "during the current row's passes">,
    Option<"bf16RowBuffer", "bf16-row-buffer", "bool", /*default=*/"true",
           "where a fused op streams a bf16 h, keep its row in an f32 "
           "buffer for the output pass instead of computing it again (for "
           "targets that round to bf16 in software)">,
    Option<"outline", "outline", "bool", /*default=*/"true",
           "emit each distinct kernel once, as a private function called "
           "at each op">,
  ];
}

def ConvertNormToGPU : Pass<"convert-norm-to-gpu"> {
  let summary = "Lower row-wise norms on memrefs to GPU kernels";
  let description = [{
    LayerNorm, RMSNorm and the fused residual ops on memrefs (after
    bufferization; `norm.sandwich_norm` as two kernels, the second working
    in place on h) become `gpu.launch` kernels that normalize one row per
    warp (short rows, several rows per block) or per thread block (long
    rows). Each thread moves `vector-bytes` per load and store (4 x f32 or
    8 x bf16/f16 for 16 bytes), keeps its part of the row in registers when
    the row fits in `max-register-values` f32 values per thread (streaming it
    from L2 otherwise), and computes f32 statistics: warp shuffles, then one
    shared-memory exchange between warps. LayerNorm uses the exact two-pass
    mean and variance over the registers. Indices are 64-bit.

    The vector kernel needs rows whose size is a multiple of the vector and
    16-byte aligned data; the host checks this at run time (pointers,
    offsets, row strides) and otherwise launches the element-wise kernel,
    so any hidden size, offset and row stride works. Sizes of zero launch
    nothing.

    The backward ops (`norm.layer_norm_grad`, `norm.rms_norm_grad`,
    `norm.add_layer_norm_grad`, `norm.add_rms_norm_grad`) become a dx
    kernel with the same layouts (a thread holds dy, x and its columns'
    partial sums in `max-register-values`) and, with parameter gradients,
    a second kernel. The dx kernel runs min(rows, `grad-partial-units`)
    blocks, or that times `warp-rows-per-block` warps for short rows; each
    takes every so many rows and adds its rows' dscale/dbias terms into its
    own f32 row of partial sums (no atomics); the second kernel adds these
    rows in order, so the results are the same from run to run and depend
    on the row count only.

    A norm over every dim of its input is one row. Norm ops this lowering
    cannot take (f64 data, statistics results, BatchNorm, a layout that
    does not collapse to rows) are reported as errors. `--norm-gpu-pipeline` first gives all but the
    row-wise ones and their backward (so not f64 data or such layouts) to
    the linalg reference lowering.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::gpu::GPUDialect",
    "::mlir::LLVM::LLVMDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::scf::SCFDialect",
    "::mlir::vector::VectorDialect",
  ];
  let options = [
    Option<"vectorBytes", "vector-bytes", "int64_t", /*default=*/"16",
           "bytes per vector load/store (0: element-wise kernels only)">,
    Option<"warpRowsPerBlock", "warp-rows-per-block", "int64_t",
           /*default=*/"4", "rows per block when a warp takes a row">,
    Option<"maxRegisterValues", "max-register-values", "int64_t",
           /*default=*/"32",
           "most values of a row one thread keeps in registers">,
    Option<"chunksPerThread", "chunks-per-thread", "int64_t",
           /*default=*/"4",
           "vector chunks per thread a block-per-row kernel aims at">,
    Option<"maxBlockThreads", "max-block-threads", "int64_t",
           /*default=*/"512",
           "most threads of a block-per-row kernel (power of two, 64-1024)">,
    Option<"gradPartialUnits", "grad-partial-units", "int64_t",
           /*default=*/"512",
           "most blocks of a backward kernel, each with one row of partial "
           "sums of dscale and dbias">,
  ];
}

def NormGPUDeviceMemory : Pass<"norm-gpu-device-memory", "::mlir::ModuleOp"> {
  let summary = "Put the host's buffers in GPU memory";
  let description = [{
    On the GPU path every buffer a host function touches lives in device
    memory: `memref.alloc` becomes `gpu.alloc`, `memref.dealloc` becomes
    `gpu.dealloc` and `memref.copy` becomes `gpu.memcpy`. Host code that
    would read or write buffer contents itself (anything outside
    `gpu.launch` with memory effects on a memref, other than these and view
    ops) is an error, since those addresses are not host memory.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

def NormGPUTileParallelLoops
    : Pass<"norm-gpu-tile-parallel-loops", "::mlir::func::FuncOp"> {
  let summary = "Shape host parallel loops as blocks of threads";
  let description = [{
    The GPU pipeline lowers what is left of linalg (an unfused residual add,
    the reference lowering of BatchNorm) to `scf.parallel` loops that
    `gpu-map-parallel-loops` maps onto the grid: a loop nest of one level
    would become one thread per block. This pass collapses every outermost
    `scf.parallel` outside kernels (without reductions) to one dimension,
    its last dimension varying fastest, and tiles it by `block-size`: the
    tiles map to blocks and the iterations of a tile to the threads of a
    block (the last partial tile guarded), so a warp touches consecutive
    elements.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"256",
           "iterations per tile (threads per block)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::scf::SCFDialect"];
}

def NormGPURegisterBudget
    : Pass<"norm-gpu-register-budget", "::mlir::gpu::GPUModuleOp"> {
  let summary = "Give outlined kernels a register budget";
  let description = [{
    ptxas sizes a kernel's registers for occupancy from its maximum block
    size (`.maxntid`), and may then spill a row held in registers to local
    memory. This pass sets `nvvm.minctasm` on every kernel with a known
    block size so that enough blocks fit per SM with `registers` registers
    per thread (65536 / (registers * threads)), which ptxas then uses as its
    budget: 64 registers is half occupancy, plenty for memory-bound kernels.
    The backward kernels (`norm_*_grad_*`, named by `--convert-norm-to-gpu`)
    get `grad-registers` instead: a thread carries its columns' dscale and
    dbias sums across rows besides dy and x, and the loop over rows keeps an
    address per operand (at 64 registers, some spilled up to 56 bytes).
  }];
  let options = [
    Option<"registers", "registers", "int64_t", /*default=*/"64",
           "registers per thread the kernels may use">,
    Option<"gradRegisters", "grad-registers", "int64_t", /*default=*/"80",
           "registers per thread the backward kernels may use">,
  ];
}

def ConvertMPIToLLVMCalls
    : Pass<"norm-convert-mpi-to-llvm", "::mlir::ModuleOp"> {
  let summary = "Lower the mpi dialect to calls into an MPI library's ABI";
  let description = [{
    Lowers `mpi` ops to LLVM calls for the MPI implementation named by the
    module's DLTI entry `"MPI:Implementation"` ("OpenMPI" or "MPICH"), or
    by `implementation` where the module has none (the entry is then added,
    so that later conversions agree). Upstream's patterns
    (`mpi::populateMPIToLLVMConversionPatterns`) lower most ops; norm's take
    precedence where MLIR 22's are wrong:

    - `mpi.comm_split` for OpenMPI, whose communicators are pointers
      (upstream loads the new communicator as a 32-bit integer);
    - `mpi.allreduce`: the OpenMPI reduction symbols are `ompi_mpi_op_<op>`
      (upstream names `ompi_mpi_<op>`, which OpenMPI does not export), the
      element count covers every dim of the buffer (upstream passes the
      size of dim 0), and the same buffer as source and destination is
      `MPI_IN_PLACE` of that ABI.
  }];
  let options = [
    Option<"implementation", "implementation", "std::string",
           /*default=*/"\"OpenMPI\"",
           "MPI ABI where the module has no MPI:Implementation entry: "
           "OpenMPI or MPICH">,
  ];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect",
                           "::mlir::DLTIDialect"];
}

#endif // NORM_CONVERSION_PASSES_TD
