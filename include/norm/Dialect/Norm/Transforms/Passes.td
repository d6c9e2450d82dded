//===- Passes.td - Norm dialect transformation passes ------*- tablegen -*-===//
//
// Passes that create, rewrite or report on norm ops. Passes of norm's
// pipelines that only touch upstream dialects are in
// norm/Transforms/Passes.td.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
#define NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

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
    sum is not fused. A norm that returns statistics (a training forward)
    becomes a fused op returning the same statistics, of h.

    It leaves alone sums that reach the norm through a conversion (the norm
    needs another element type), adds in
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
    for a decoder-only DeepNet. A Post-LN stack of 24 norms (12 blocks) or
    more without DeepNorm is called the placement that trains worst, which
    needs learning-rate warm-up and a small learning rate, or DeepNorm,
    after the placement study (docs/PlacementStudy.md,
    `scripts/placement-study.sh`): from 12 blocks on, one Adam step moves
    such a stack's output 2 to 4 times as much as Pre-LN's and 20 to 40
    times as much as DeepNorm's, and at 24 blocks it did not train where the other
    placements did.
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

    Backward graphs (AOTAutograd's, imported as linalg) are raised the same
    way: from a row sum, each element-wise value downstream is a candidate
    dx; its expression is built down to the tensors the graph reads, which
    are sorted by the dims they vary over (x, dy and a residual gradient
    over whole rows, the saved mean/rstd over rows, gamma over the
    normalized dims), and each assignment of roles is checked numerically
    against the LayerNorm / RMSNorm gradient (offset 0 or 1, plus the
    residual gradient). A match becomes `norm.layer_norm_grad`,
    `norm.rms_norm_grad` or, with the residual gradient,
    `norm.add_layer_norm_grad` / `norm.add_rms_norm_grad`; sums over the
    rows of `dy * xhat` and of `dy` in the same block become its dscale
    and dbias (docs/Raising.md, "Backward graphs").
  }];
  let options = [
    Option<"report", "report", "bool", /*default=*/"false",
           "Remark on every norm raised and every near miss, with why it "
           "was not raised">,
  ];
  let dependentDialects = ["::mlir::norm::NormDialect",
                           "::mlir::tensor::TensorDialect"];
}

def NormGenerateBackward : Pass<"norm-generate-backward", "::mlir::ModuleOp"> {
  let summary = "Generate the backward function of forward norm chains";
  let description = [{
    For compilers that differentiate a program themselves, or to get the
    gradients of a chain of norms without writing the backward ops: for
    each function `@f` (those named by `functions`, or else every function
    with a norm op), adds `@f_backward`, which takes `@f`'s arguments and
    then one cotangent per result of `@f`, and returns the gradient of each
    argument (of the argument's type; zeros where none reaches it).

    The body of `@f_backward` recomputes `@f`'s body (DeepNorm as the
    `norm.add_layer_norm` it denotes, so that its h is available), then
    walks it in reverse, accumulating cotangents (`arith.addf` where a
    value has several uses) and building each op's backward with
    `buildNormOpGradients` (norm/Dialect/Norm/Transforms/GradientBuilder.h):
    `norm.layer_norm` and `norm.rms_norm` (reusing their returned mean and
    rstd), the fused `norm.add_layer_norm` / `norm.add_rms_norm` (the
    cotangent of h as the backward's residual_grad, an add_bias the sum
    over the rows of dx; their statistics of h reused where they return
    them), `norm.deep_norm`,
    `norm.sandwich_norm` and training-form `norm.batch_norm` (batch
    statistics as saved statistics). Between the norms it differentiates
    `arith.addf`, `arith.subf`, `arith.mulf` and `arith.negf` on tensors
    (residual adds, gates); ops without float tensor results
    (`tensor.dim`, index arithmetic) and `tensor.empty` / `arith.constant`
    carry no gradient. Cotangents are added, and the arith rules
    computed, in the values' element type, as the forward's arith is.
    Forward values the gradients do not read are removed.

    The function must have one block, and its arguments and results must
    be ranked float tensors. Anything else (another op with a float tensor
    result, a region, an op on memrefs, inference BatchNorm, a cotangent on
    a returned statistic, an existing `@f_backward`) is an error naming the
    op, and no backward is added for that function.
  }];
  let options = [
    ListOption<"functions", "functions", "std::string",
               "The functions to differentiate (default: every function "
               "with a norm op)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::norm::NormDialect",
                           "::mlir::tensor::TensorDialect"];
}

#endif // NORM_DIALECT_NORM_TRANSFORMS_PASSES_TD
