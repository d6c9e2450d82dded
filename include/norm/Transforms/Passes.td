//===- Passes.td - norm's passes over upstream dialects ----*- tablegen -*-===//
//
// Passes of norm's pipelines that do not touch the norm dialect: they shape
// the entry points of compiled modules, help bufferization, fuse and expand
// upstream ops, and patch the LLVM dialect for translation. Their names keep
// the norm- prefix.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_TRANSFORMS_PASSES_TD
#define NORM_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// Entry points of compiled modules
//===----------------------------------------------------------------------===//

def NormEmitCInterface : Pass<"norm-emit-c-interface", "::mlir::ModuleOp"> {
  let summary = "Give every public function a C-callable entry point";
  let description = [{
    Marks each public `func.func` with `llvm.emit_c_interface`, so that
    `convert-func-to-llvm` also emits `_mlir_ciface_<name>`, which takes
    memref descriptors by pointer. Ahead-of-time users (embedders, the test
    harness and the benchmarks) call these entry points from C.
  }];
}

def NormReadOnlyArguments
    : Pass<"norm-read-only-arguments", "::mlir::ModuleOp"> {
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
  let summary = "Keep compiled entry points from writing their tensor inputs";
  let description = [{
    Marks the tensor arguments of each public `func.func` with
    `bufferization.writable = false`. One-shot bufferization otherwise may
    reuse an input buffer for a result, and a C caller would see its input
    overwritten. An argument that already says `bufferization.writable =
    true` is kept: that is how an entry point takes an output buffer that
    results are written into in place, with no allocation. Private functions
    are left to bufferization's analysis.
  }];
}

def NormDropArgumentResults
    : Pass<"norm-drop-argument-results", "::mlir::ModuleOp"> {
  let summary = "Stop returning buffers that are the function's own arguments";
  let description = [{
    After bufferization, a public function whose result was written in place
    into a writable argument (`bufferization.writable = true`), or that
    returns an argument unchanged, returns that argument's buffer. Buffer
    deallocation would then return a clone, a full copy per call. This pass
    removes every result that is one of the function's own argument buffers,
    writable or not, from public functions (their callers are outside the
    module): the caller already holds the buffer, and the C entry point has
    one result fewer for each (`@f(%x, %y) -> (%x, %x + %y)` returns only
    the sum). Upstream's `drop-equivalent-buffer-results` does this for
    private functions only.
  }];
}

//===----------------------------------------------------------------------===//
// Bufferization
//===----------------------------------------------------------------------===//

def NormSplitEmptyTensors : Pass<"norm-split-empty-tensors"> {
  let summary = "Give each use of a tensor.empty its own tensor.empty";
  let description = [{
    CSE merges identical `tensor.empty` ops, so in a model every norm's
    destination can be the same empty tensor with hundreds of uses.
    One-shot bufferization allocates a buffer per use anyway, but its
    conflict analysis compares the uses of an alias set pairwise: on a
    600-norm DeepNet stack it took 4.1 s, against 0.5 s with one empty
    tensor per use. This pass, run right before bufferization, replaces
    each multi-use `tensor.empty` by one clone per use, created just before
    the user.
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect"];
}

def NormDeallocateAfterLastUse
    : Pass<"norm-deallocate-after-last-use", "::mlir::func::FuncOp"> {
  let summary = "Free a function's buffers after their last use";
  let description = [{
    Runs between `ownership-based-buffer-deallocation` and
    `buffer-deallocation-simplification`. In a function body of one block,
    the ownership-based pass frees every buffer the body allocates in one
    `bufferization.dealloc` before the terminator: a model's intermediate
    buffers all stay alive until it returns, and the simplification then
    compares each buffer with every other (quadratic in the length of the
    function). This pass takes out of that `bufferization.dealloc` each
    buffer that the body allocated (`memref.alloc`, ownership `true`), that
    is not retained, and whose aliases are only views (subviews, casts,
    reshapes), and frees it with a `memref.dealloc` right after the last op
    of the body that uses it or one of its views. A buffer that an op
    returns, yields, stores, passes to a call or aliases otherwise stays in
    the `bufferization.dealloc`, as does one it lists more than once
    (through several views). An allocation of the body that comes after
    such a free of an interchangeable buffer (same type, run-time sizes and
    alignment) takes that buffer instead: a model's layers then cycle
    through a few buffers rather than mapping (and page-faulting) fresh
    memory for every intermediate.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def NormEraseSelfCopies : Pass<"norm-erase-self-copies"> {
  let summary = "Erase memref.copy ops whose source and target are the same";
  let description = [{
    Bufferizing `tensor.parallel_insert_slice` of a row that was updated in
    place leaves `memref.copy %row, %row`: a no-op that still moves the row
    through the cache once more. This pass erases such copies.
  }];
}

//===----------------------------------------------------------------------===//
// Linalg and math
//===----------------------------------------------------------------------===//

def NormFuseElementwise : Pass<"norm-fuse-elementwise"> {
  let summary = "Fuse element-wise linalg ops, but never repeat a broadcast producer";
  let description = [{
    Upstream's `--linalg-fuse-elementwise-ops`, with one more condition: a
    producer is not fused into a consumer that reads its result through a
    broadcasting (not permutation) indexing map. Fusing it would compute
    the producer again for every element of the consumer's larger
    iteration space: BatchNorm's per-channel `rsqrt(var + eps)` once per
    element of x instead of once per channel. As upstream,
    a producer is fused only where the consumer is its only user, and
    reshapes are folded by expansion.
  }];
  let dependentDialects = [
    "::mlir::affine::AffineDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def NormExpandMath : Pass<"norm-expand-math"> {
  let summary = "Rewrite the math ops that LLVM has no lowering for";
  let description = [{
    `convert-math-to-llvm` lowers most `math` ops to LLVM intrinsics (which
    the backend compiles to instructions or libm calls), and the GPU
    lowering maps them to libdevice; some ops have neither. This pass
    rewrites them into ops that do:

    - `math.isinf` into `|x| == inf`, `math.isnormal` into
      `smallest normal <= |x| < inf` (both false for NaN);
    - the ops named in `polynomial-approximations` (the CPU pipeline names
      `erf` and `erfc`: exact GELU) on f32 scalars and vectors into
      upstream's polynomial approximations
      (`populateMathPolynomialApproximationPatterns`): arithmetic only, no
      libm, vectorizable. Other element types are left alone (run
      `math-extend-to-supported-types` first for f16/bf16; f64 stays for
      `convert-math-to-libm`).

    The CPU pipeline runs it after widening 16-bit math to f32 and sends
    what LLVM still has no intrinsic for (f64 `erf`, `cbrt`, `asinh`, ...)
    to libm; the GPU pipeline runs it with no approximations (libdevice has
    `erf`).
  }];
  let options = [
    ListOption<"polynomialApproximations", "polynomial-approximations",
               "std::string",
               "math ops (erf, erfc, tanh, exp, log, ...) to replace with "
               "upstream's polynomial approximations on f32">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::vector::VectorDialect"];
}

//===----------------------------------------------------------------------===//
// LLVM dialect
//===----------------------------------------------------------------------===//

def NormBF16MemoryAsI16 : Pass<"norm-bf16-memory-as-i16", "::mlir::ModuleOp"> {
  let summary = "Load and store bf16 data as i16 in the LLVM dialect";
  let description = [{
    After bf16 arithmetic has been expanded into integer operations, bf16
    values only travel between memory and bitcasts. LLVM's x86 backend
    without native bf16 may still legalize a `load`/`store` of bf16 vectors
    through f32 and call compiler-rt's `__truncsfbf2`, which neither a JIT
    nor a plain link provides. This pass rewrites `llvm.load` and
    `llvm.store` of bf16 (scalars and vectors) into i16 accesses plus
    bitcasts, which are free. It also drops the arith `fastmath` attribute
    that the arith-to-LLVM conversion copies onto `llvm.fpext` and
    `llvm.fptrunc` (an extf/truncf made by `arith-emulate-unsupported-floats`
    carries the flags of the op it came from), which translation to LLVM IR
    cannot read.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def NormEraseShardGrids : Pass<"norm-erase-shard-grids", "::mlir::ModuleOp"> {
  let summary = "Erase the shard.grid symbols nothing refers to";
  let description = [{
    After `--convert-shard-to-mpi`, a partitioned module's `shard.grid`
    declarations have no users left and no lowering; this pass erases them
    (they are public symbols, which `--symbol-dce` keeps). Grids still
    referred to are kept.
  }];
}

def NormLLVMTargetFeatures
    : Pass<"norm-llvm-target-features", "::mlir::ModuleOp"> {
  let summary = "Put a target CPU and features on every LLVM function definition";
  let description = [{
    Merges `features` (LLVM's syntax: `+avx512bf16,+avx512vl`) into the
    `target_features` of every `llvm.func` definition, sets its
    `target_cpu` to `cpu` where it has none, and sets the module's
    `llvm.target_triple` to `triple` where it has none, so that the
    translated module is compiled for that target whatever target the
    compiler that builds it (clang, llc, mlir-runner's JIT) was given.
    `--norm-cpu-pipeline` runs it with the target it resolved from its
    `target-*` options: the CPU's name, the explicit features (for the
    host, every detected one, as `-march=native` does) and those of the
    bf16 rounding instruction it chose (without them LLVM would call
    compiler-rt's `__truncsfbf2`).
  }];
  let options = [
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "Comma-separated LLVM target features, each +name or -name">,
    Option<"cpu", "cpu", "std::string", /*default=*/"\"\"",
           "LLVM CPU name for target_cpu (empty: leave it)">,
    Option<"triple", "triple", "std::string", /*default=*/"\"\"",
           "LLVM target triple for the module (empty: leave it)">,
  ];
}

def NormFlushBeforeAbort
    : Pass<"norm-flush-before-abort", "::mlir::ModuleOp"> {
  let summary = "Flush C streams before a failed run-time check aborts";
  let description = [{
    `cf.assert` lowers to `puts(message)` followed by `abort()`. When stdout
    is a pipe or a file, the message sits in the stdio buffer and abort()
    discards it. This pass inserts `fflush(NULL)` before every call to
    `abort` in the LLVM dialect, so the run-time shape checks of norm's
    lowering always reach the user.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def NormSanitizeAddress
    : Pass<"norm-sanitize-address", "::mlir::ModuleOp"> {
  let summary = "Mark LLVM functions for AddressSanitizer instrumentation";
  let description = [{
    Adds `sanitize_address` to the `passthrough` attributes of every
    `llvm.func` definition, so that `clang -fsanitize=address` instruments
    the translated module: out-of-bounds accesses of generated kernels are
    then caught at run time. Run it after the CPU pipeline.
  }];
}

#endif // NORM_TRANSFORMS_PASSES_TD
