//===- Passes.td - Norm dialect transformation passes ------*- tablegen -*-===//
//
// Passes that transform IR containing norm ops.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
#define NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

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

def NormExpandSublayers : Pass<"norm-expand-sublayers"> {
  let summary = "Expand norm.sublayer into explicit norm ops and adds";
  let description = [{
    Every `norm.sublayer` becomes the norm ops and residual adds its
    placement stands for, with the body inlined:

    - post: `Norm(x + F(x))`
    - pre: `x + F(Norm(x))`
    - sandwich: `x + Norm_out(F(Norm(x)))`
    - deepnorm: `norm.deep_norm(F(x), x)` with the sublayer's alpha
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect"];
}

def NormFuseResidual : Pass<"norm-fuse-residual"> {
  let summary = "Fuse residual adds into the norms that consume them";
  let description = [{
    Rewrites residual adds on tensors (`arith.addf`, `linalg.add`, or an
    element-wise `linalg.generic` adding its two inputs, as torch-mlir emits)
    feeding a `norm.layer_norm` or `norm.rms_norm` into
    `norm.add_layer_norm` / `norm.add_rms_norm`:

    - Post-LN (`Norm(x + F(x))`) and DeepNorm (`LN(alpha * x + F(x))`, alpha
      a constant splat multiplying one operand of the add), with an optional
      bias added through `linalg.broadcast`;
    - the Pre-LN chain, where the sum is also the next block's residual: the
      fused op's `h` result replaces every other use of the sum, so the sum
      is written once and never re-read to be normalized;
    - Sandwich-LN's `norm -> add -> norm`: a norm whose result only feeds a
      fused op of the same kind (alpha 1, no add_bias) joins it as one
      `norm.sandwich_norm`, so the output norm's result is neither written
      nor re-read (h is written over the sublayer output instead).

    The residual stream is told from the sublayer output by the data flow,
    not by operand order: in `x + F(x)` and `F(x) + x` alike the summand
    the other is computed from is the fused op's residual, and h is written
    over the other (the sublayer output, dead after the add). A sum may
    reach the norm through `tensor.collapse_shape` / `tensor.expand_shape`
    ops that only regroup its rows (each normalized dim a reassociation
    group of its own: OPT views its [B, S, H] stream as [B*S, H] and back);
    the fused op then works in the norm's shape on the summands reshaped
    the same way, and the sum's other shapes become h reshaped back. A
    reshape that merges or splits normalized dims changes the rows: such a
    sum is not fused.

    It leaves alone sums that reach the norm through a conversion (the norm
    needs another element type), norms that return statistics, adds in
    another block or region than the norm (fusing would move the add into a
    loop and repeat it), and norm operands that are only defined after the
    sum is first used.

    With `report`, each function that changed gets a remark with the number
    of fusions, of Pre-LN chain fusions, of Sandwich-LN steps, and the bytes
    of memory traffic removed for statically shaped sums: the norm no longer
    re-reads the sum, elements * element size per fusion (20 -> 16 bytes per
    f32 element: x and r read, h and y written, h not read again), and twice
    that per Sandwich-LN step (the output norm's result is not written and
    re-read). (MLIR pass statistics are compiled out of release LLVM builds
    such as Debian's, hence a remark.)
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect"];
  let options = [
    Option<"report", "report", "bool", /*default=*/"false",
           "Emit a remark per function with what was fused and saved">,
  ];
}

def NormPlacementReport : Pass<"norm-placement-report"> {
  let summary = "Report the residual placement of every norm";
  let description = [{
    Classifies each norm in a function from the data flow between norms and
    residual connections and emits a remark at the norm. A residual
    connection is a sum `x + F(x)` (an add on tensors: `arith.addf`,
    `linalg.add` or torch-mlir's element-wise `linalg.generic`, possibly
    with a bias added; or a fused op) where one summand, the residual
    stream x, is one the other is computed from, in either operand order;
    a sum of independent values computed in the function (embeddings; the
    attention and MLP outputs of a parallel block, GPT-NeoX's, Phi's and
    Falcon's `x + attn(ln1(x)) + mlp(ln2(x))`) is not one. Where a summand
    is a function argument (one block compiled alone, F(x) passed in), the
    data flow is the caller's: the sum is a residual connection, its left
    operand x. The residual stream is
    followed through reshapes of its rows (OPT's [B, S, H] and [B*S, H]
    views). A fused op's h is the sum of its summands, so the report is the
    same before and after `--norm-fuse-residual`:

    - `post-ln`: `Norm(x + F(x))`, whose output is the next residual;
    - `pre-ln`: the norm of the residual stream, `x + F(Norm(x))` (both
      norms of a parallel block, or its shared norm);
    - `pre-ln-final`: the final norm of a Pre-LN stack;
    - `sandwich`: either norm of `x + Norm_out(F(Norm_in(x)))`;
    - `sandwich-final`: the norm of the last such sum;
    - `deepnorm`: `LN(alpha * x + F(x))`, alpha a constant on the skip
      branch (with DeepNet's beta when the op knows its architecture);
    - `embedding-norm`: the norm of the embeddings, not of a residual
      connection, whose output is the residual stream of the first block:
      BLOOM's `Norm(Embed(t))` before a Pre-LN stack, BERT's norm of the
      word + position + token type embeddings before a Post-LN stack;
    - `standalone`: no residual connection around it;
    - `unclassified`: a norm on memrefs (after bufferization), where the
      residual stream flows through memory rather than SSA values: run the
      report on tensors.

    Each function with norms gets a summary remark: counts per placement,
    the residual depth (number of residual connections: sums x + F(x) that a
    norm normalizes, or whose F reads x through a norm of x, or whose x is a
    norm's output or comes from the caller; not an element-wise
    u + c * u^3 inside a sublayer, nor a bias one layer computed and a later
    one adds), and for DeepNorm stacks the alpha and beta the depth implies
    for a decoder-only DeepNet.
  }];
}

def NormRaise : Pass<"norm-raise"> {
  let summary = "Raise decomposed norms into norm ops, by what they compute";
  let description = [{
    Recognizes a LayerNorm or an RMSNorm by the function it computes, not by
    one frontend's op sequence, and replaces it with `norm.layer_norm` or
    `norm.rms_norm` (scale, bias, offset 1 for `x * (1 + w)`, the input's
    and the result's element types included).

    Every row reduction (a sum over some loops of any linalg op: generics,
    `linalg.reduce`, ...) anchors a search. The element-wise ops downstream
    of it (generics, named element-wise ops, `linalg.map`,
    `linalg.broadcast`, reshapes that keep the row structure) and the
    producers only they use form its region; each value there is a
    candidate output, the latest first, so that the largest norm wins. For a
    candidate the pass derives what one element computes, as an expression
    over the element's index: through the ops' bodies and indexing maps,
    broadcasts, rank-reduced or keep-dims statistics, `tensor.expand_shape`
    / `collapse_shape` of unit dims, splat and rank-0 constants, and casts
    (widening is exact; a rounding to f32 or wider is what the op does
    anyway). From the expression's structure it reads the normalized dims
    (what every sum sums over: trailing dims), the tensor x normalized, the
    γ/β candidates (tensors over exactly the normalized dims) and the
    candidate epsilons (constants added to a statistic), and checks each
    combination numerically, in float64, against the definition in
    docs/Semantics.md on rows chosen to tell them apart. So any spelling of
    the same function is raised: mean as `sum / N`, `sum * (1/N)` or
    `sum(x / N)`, the variance two-pass or one-pass (`E[x^2] - E[x]^2`,
    which the op then computes the stable way), `rsqrt(v + eps)`,
    `1 / sqrt(v + eps)`, `pow(v + eps, -0.5)` or a division by
    `sqrt(v + eps)`, steps fused in one body or one op per step, operands in
    any order. A run-time N (`tensor.dim`, `index_cast`, `muli`, `sitofp`)
    must be sizes of the normalized dims of x or of a parameter, traced
    through `tensor.empty` and destination operands.

    Inference BatchNorm is found the same way from its square root: an
    element-wise op taking `rsqrt`, `sqrt` or a power anchors the search,
    and a candidate that reads one tensor x over every dim and two to four
    tensors over one dim c (`[C]`, or `[C, 1, 1]` as torch-mlir expands
    them) is checked numerically against
    `(x - mean[c]) * rsqrt(var[c] + eps) * scale[c] + bias[c]` for every
    assignment of the per-channel tensors to the four roles; it becomes
    `norm.batch_norm` (inference form) with `channel_axis = c`.

    Roundings: an f16/bf16 input widened to f32 and a result narrowed back
    fold into the op, which computes in f32 and rounds once; a rounding to a
    16-bit type before the last step (LLaMA's `weight * x.to(bf16)`) is kept
    outside the op, since raising across it would merge two roundings. Two
    γ/β chains of one shared normalization (GPT-NeoX after CSE) become two
    norm ops.

    With `report`, each raised norm gets a remark saying what it became,
    and each row statistic that feeds a division by the square root of a
    statistic but was not raised gets a `not raised:` remark with the
    reason (epsilon outside the square root, an unbiased variance, a scale
    that varies over rows, a run-time epsilon, ...).

    The same computations in tosa ops (what TOSA frontends such as
    torch-mlir's TorchToTosa emit) are raised too: `tosa.reduce_sum` per
    normalized dim, `tosa.mul` by a 1/N splat, `tosa.pow(x, 2)` or
    `tosa.mul(x, x)`, `tosa.add` of eps, `tosa.rsqrt`, the variance possibly
    through `tosa.cast` to f64 and back; gamma and beta broadcast as
    `[1, ..., 1, normalized dims]` become the scale and bias (collapsed with
    `tensor.collapse_shape`), and `tosa.cast` widening/narrowing of 16-bit
    data folds into the op. The tosa forms need static normalized dims
    (their 1/N is a constant).
  }];
  let options = [
    Option<"report", "report", "bool", /*default=*/"false",
           "Remark on every norm raised and every near miss, with why it "
           "was not raised">,
  ];
  let dependentDialects = ["::mlir::norm::NormDialect",
                           "::mlir::tensor::TensorDialect"];
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

def NormDropArgumentResults
    : Pass<"norm-drop-argument-results", "::mlir::ModuleOp"> {
  let summary = "Stop returning buffers that are the function's own arguments";
  let description = [{
    After bufferization, a public function whose result was written in place
    into a writable argument (`bufferization.writable = true`) returns that
    argument's buffer. Buffer deallocation would then return a clone, a full
    copy per call. This pass removes such results from public functions
    (their callers are outside the module): the caller already holds the
    buffer. Upstream's `drop-equivalent-buffer-results` does this for
    private functions only.
  }];
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

def NormLLVMTargetFeatures
    : Pass<"norm-llvm-target-features", "::mlir::ModuleOp"> {
  let summary = "Add target features to every LLVM function definition";
  let description = [{
    Merges `features` (LLVM's syntax: `+avx512bf16,+avx512vl`) into the
    `target_features` of every `llvm.func` definition, so that the
    translated module is compiled with them whatever target the compiler
    that builds it was given. The CPU pipeline uses it when it leaves bf16
    rounding to an instruction the host has (`bf16-rounding=auto`): without
    the feature, LLVM would call compiler-rt's `__truncsfbf2` instead.
  }];
  let options = [
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "Comma-separated LLVM target features, each +name or -name">,
  ];
}

def NormEraseSelfCopies : Pass<"norm-erase-self-copies"> {
  let summary = "Erase memref.copy ops whose source and target are the same";
  let description = [{
    Bufferizing `tensor.parallel_insert_slice` of a row that was updated in
    place leaves `memref.copy %row, %row`: a no-op that still moves the row
    through the cache once more. This pass erases such copies.
  }];
}

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

#endif // NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
