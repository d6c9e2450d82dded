//===- NormOps.td - Norm dialect operations ----------------*- tablegen -*-===//
//
// Operations of the norm dialect. Tensor ops follow destination-passing style:
// each result ties to one `outs` operand, so upstream bufferization and tiling
// infrastructure treats them like linalg ops.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMOPS_TD
#define NORM_DIALECT_NORM_IR_NORMOPS_TD

include "norm/Dialect/Norm/IR/NormBase.td"
include "norm/Dialect/Norm/IR/NormAttrs.td"
include "norm/Dialect/Norm/IR/NormInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/DestinationStyleOpInterface.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Shared pieces
//===----------------------------------------------------------------------===//

// Operands of the destination-style ops: tensors, or (after bufferization)
// strided memrefs, never a mix.
def Norm_ShapedOperand : AnyTypeOf<[AnyRankedTensor, AnyStridedMemRef],
                                   "ranked tensor or strided memref">;

// Verifies that the op still has each of its default-valued attributes,
// which the generated verifier treats as optional although their getters
// dereference them (mlir::norm::DefaultValuedAttrsPresent in NormOps.h).
def Norm_DefaultValuedAttrsPresent
    : NativeOpTrait<"DefaultValuedAttrsPresent"> {
  let cppNamespace = "::mlir::norm";
}

// A destination-style norm op. On tensors it is pure and its result types,
// the types of the `outs` operands, are inferred (never spelled in the
// assembly); on memrefs it reads its inputs, writes its `outs` and has no
// results.
class Norm_DestinationStyleOp<string mnemonic, list<Trait> traits = []>
    : Norm_Op<mnemonic, !listconcat(traits, [
        Norm_DefaultValuedAttrsPresent, AttrSizedOperandSegments,
        InferTypeOpAdaptor, DestinationStyleOpInterface,
        DeclareOpInterfaceMethods<Norm_NormOpInterface>,
        DeclareOpInterfaceMethods<MemoryEffectsOpInterface>])> {
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let hasVerifier = 1;
  // With memref operands (after bufferization) the op has no results.
  code dpsDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getOutsMutable();
    }
  }];
}

//===----------------------------------------------------------------------===//
// LayerNormOp
//===----------------------------------------------------------------------===//

def Norm_LayerNormOp : Norm_DestinationStyleOp<"layer_norm"> {
  let summary = "layer normalization over the trailing dimensions";
  let description = [{
    Normalizes `input` over the dimensions `[axis, rank)`:

    ```
    mean = sum(x) / N
    var  = sum((x - mean)^2) / N
    y    = (x - mean) * rsqrt(var + epsilon) * scale + bias
    ```

    `scale` (gamma) and `bias` (beta) are optional and have the normalized
    shape. `outs` holds one init tensor for `y`, or three: `y`, the per-row
    `mean` and the per-row `rstd`. Statistic results are f32 (f64 for f64
    inputs) and have the leading dimensions followed by size-1 dimensions, as
    ONNX's `Mean` and `InvStdDev`.

    Example:

    ```mlir
    %y = norm.layer_norm %x : tensor<?x768xbf16>
           scale(%g : tensor<768xf32>) bias(%b : tensor<768xf32>)
           outs(%init : tensor<?x768xbf16>) {epsilon = 1.0e-06 : f64}
    ```
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$bias,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon);
  let assemblyFormat = [{
    $input `:` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    /// The first normalized dimension, in [0, rank).
    int64_t getNormalizedAxis();
    /// Whether the op also returns the per-row mean and rstd.
    bool hasStatistics() { return getOuts().size() == 3; }
  }];
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// RMSNormOp
//===----------------------------------------------------------------------===//

def Norm_RMSNormOp : Norm_DestinationStyleOp<"rms_norm"> {
  let summary = "root-mean-square normalization over the trailing dimensions";
  let description = [{
    ```
    rstd = rsqrt(sum(x^2) / N + epsilon)
    y    = x * rstd * (scale + offset)
    ```

    `offset` is 0 for LLaMA/T5 and 1 for Gemma-style `1 + gamma` weights.
    Without `scale` the factor is 1. `outs` holds `y`, or `y` and the per-row
    `rstd`.
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$scale,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "0.0">:$offset);
  let assemblyFormat = [{
    $input `:` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
    bool hasStatistics() { return getOuts().size() == 2; }
  }];
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// BatchNormOp
//===----------------------------------------------------------------------===//

def Norm_BatchNormOp : Norm_DestinationStyleOp<"batch_norm"> {
  let summary = "batch normalization along a channel axis";
  let description = [{
    Statistics are taken over every axis except `channel_axis` (default 1,
    NCHW). Inference form (no `training`): one result,

    ```
    y = (x - running_mean[c]) * rsqrt(running_var[c] + epsilon) * scale[c] + bias[c]
    ```

    Training form (`training`, ONNX convention): five results `y`,
    `batch_mean`, `batch_var` (biased), `running_mean'` and `running_var'`,
    where `running' = momentum * running + (1 - momentum) * batch`.
    PyTorch's `momentum_torch` is `1 - momentum`, and PyTorch keeps an
    unbiased running variance: scale the batch variance by `M / (M - 1)`
    (M = elements per channel) before the update to match it.
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$bias,
                       Norm_ShapedOperand:$running_mean,
                       Norm_ShapedOperand:$running_var,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "1">:$channel_axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "0.9">:$momentum,
                       UnitAttr:$training);
  let assemblyFormat = [{
    $input `:` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `running` `(` $running_mean `,` $running_var `:` type($running_mean) `,`
                  type($running_var) `)`
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    /// The channel dimension, in [0, rank).
    int64_t getNormalizedChannelAxis();
  }];
}

//===----------------------------------------------------------------------===//
// DeepNormOp
//===----------------------------------------------------------------------===//

def Norm_DeepNormOp : Norm_DestinationStyleOp<"deep_norm"> {
  let summary = "DeepNet's LN(alpha * x + F(x))";
  let description = [{
    `y = LayerNorm(alpha * residual + input)`, where `residual` is the block
    input `x_l` (the skip branch) and `input` is the sublayer output
    `F(x_l)`. `alpha` is either given, or derived from `arch` and the layer
    counts (DeepNet, Wang et al. 2022):

    | arch             | alpha                   | beta                     |
    |------------------|-------------------------|--------------------------|
    | `encoder`        | (2N)^(1/4)              | (8N)^(-1/4)              |
    | `decoder`        | (2M)^(1/4)              | (8M)^(-1/4)              |
    | `encdec_encoder` | 0.81 (N^4 M)^(1/16)     | 0.87 (N^4 M)^(-1/16)     |
    | `encdec_decoder` | (3M)^(1/4)              | (12M)^(-1/4)             |

    N is `encoder_layers`, M is `decoder_layers`. beta is the init gain of
    the FFN, value- and output-projection weights: it does not enter the
    forward computation; `getDeepNormBeta()` and the placement report expose
    it. Canonicalization turns the op into `norm.add_layer_norm`.
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Norm_ShapedOperand:$residual,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$bias,
                       Variadic<Norm_ShapedOperand>:$outs,
                       OptionalAttr<F64Attr>:$alpha,
                       OptionalAttr<Norm_DeepNormArchAttr>:$arch,
                       OptionalAttr<I64Attr>:$encoder_layers,
                       OptionalAttr<I64Attr>:$decoder_layers,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon);
  let assemblyFormat = [{
    $input `,` $residual `:` type($input) `,` type($residual)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
    /// alpha, given or derived from the architecture.
    double getEffectiveAlpha();
    /// The DeepNet init gain beta; std::nullopt when alpha is given directly.
    std::optional<double> getDeepNormBeta();
  }];
  let hasCanonicalizer = 1;
}

//===----------------------------------------------------------------------===//
// Fused residual add + norm
//===----------------------------------------------------------------------===//

class Norm_AddNormOp<string mnemonic> : Norm_DestinationStyleOp<mnemonic> {
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
    /// Whether the op also returns the per-row statistics of h.
    bool hasStatistics() { return getOuts().size() > 2; }
  }];
  let hasCanonicalizer = 1;
}

def Norm_AddLayerNormOp : Norm_AddNormOp<"add_layer_norm"> {
  let summary = "fused residual add + layer normalization";
  let description = [{
    ```
    h = alpha * residual + input (+ add_bias)    rounded to h's element type
    y = LayerNorm(h) * scale + bias
    ```

    `input` is the sublayer output and `residual` the residual stream.
    Results are `y` and `h`: `h` is the new residual stream that a Pre-LN
    model adds the next block to, so returning it saves writing and
    re-reading the sum. `add_bias` broadcasts like `scale`. With four
    `outs`, the op also returns the `mean` and `rstd` of the stored h (as
    `norm.layer_norm`'s statistics: leading dims then size-1 dims, f32, f64
    for f64 data), which `norm.add_layer_norm_grad` reads back; the CPU row
    kernels write them, the GPU pipeline takes the linalg lowering for that
    form.
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Norm_ShapedOperand:$residual,
                       Optional<Norm_ShapedOperand>:$add_bias,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$bias,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha);
  let assemblyFormat = [{
    $input `,` $residual `:` type($input) `,` type($residual)
    (`add_bias` `(` $add_bias^ `:` type($add_bias) `)`)?
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
}

def Norm_AddRMSNormOp : Norm_AddNormOp<"add_rms_norm"> {
  let summary = "fused residual add + RMS normalization";
  let description = [{
    ```
    h = alpha * residual + input (+ add_bias)    rounded to h's element type
    y = h * rsqrt(mean(h^2) + epsilon) * (scale + offset)
    ```

    Results are `y` and `h`, as for `norm.add_layer_norm`, and with three
    `outs` also the `rstd` of the stored h (for `norm.add_rms_norm_grad`).
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Norm_ShapedOperand:$residual,
                       Optional<Norm_ShapedOperand>:$add_bias,
                       Optional<Norm_ShapedOperand>:$scale,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha,
                       DefaultValuedAttr<F64Attr, "0.0">:$offset);
  let assemblyFormat = [{
    $input `,` $residual `:` type($input) `,` type($residual)
    (`add_bias` `(` $add_bias^ `:` type($add_bias) `)`)?
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
}

def Norm_SandwichNormOp : Norm_DestinationStyleOp<"sandwich_norm"> {
  let summary = "fused Sandwich-LN step: output norm, residual add, next norm";
  let description = [{
    One row-wise computation for Sandwich-LN's `norm -> add -> norm`
    (CogView; Gemma 2's post- and pre-norms with `kind` rms_norm): the
    sublayer output `input` is normalized, added to the residual stream, and
    the sum is normalized again for the next block:

    ```
    n = Norm(input) * inner_scale + inner_bias   rounded to input's type
    h = residual + n                             rounded to h's type
    y = Norm(h) * scale + bias
    ```

    Both norms are of `kind` over the dims `[axis, rank)`; `inner_epsilon`
    and `epsilon` are theirs, and for rms_norm `offset` applies to both
    scales (Gemma's `1 + gamma`); rms_norm takes no biases. Results are `y`
    and `h`, as for `norm.add_layer_norm`. A row is read once (input and
    residual) and written once (h and y), where the unfused form also writes
    and re-reads `n`. `--norm-fuse-residual` forms the op from a norm whose
    only use is the input of a fused residual op of the same kind.

    ```mlir
    %y, %h = norm.sandwich_norm layer_norm %f, %x : tensor<?x1024xf32>, tensor<?x1024xf32>
               inner_scale(%g1 : tensor<1024xf32>) inner_bias(%b1 : tensor<1024xf32>)
               scale(%g2 : tensor<1024xf32>) bias(%b2 : tensor<1024xf32>)
               outs(%y0, %h0 : tensor<?x1024xf32>, tensor<?x1024xf32>)
    ```
  }];
  let arguments = (ins Norm_ShapedOperand:$input,
                       Norm_ShapedOperand:$residual,
                       Optional<Norm_ShapedOperand>:$inner_scale,
                       Optional<Norm_ShapedOperand>:$inner_bias,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$bias,
                       Variadic<Norm_ShapedOperand>:$outs,
                       Norm_NormKindAttr:$kind,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "1e-5">:$inner_epsilon,
                       DefaultValuedAttr<F64Attr, "0.0">:$offset);
  let assemblyFormat = [{
    `` $kind $input `,` $residual `:` type($input) `,` type($residual)
    (`inner_scale` `(` $inner_scale^ `:` type($inner_scale) `)`)?
    (`inner_bias` `(` $inner_bias^ `:` type($inner_bias) `)`)?
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
  }];
}

include "norm/Dialect/Norm/IR/NormGradOps.td"

//===----------------------------------------------------------------------===//
// SublayerOp
//===----------------------------------------------------------------------===//

def Norm_SublayerOp : Norm_Op<"sublayer", [
    Norm_DefaultValuedAttrsPresent, AttrSizedOperandSegments,
    RecursiveMemoryEffects, SingleBlock,
    AllTypesMatch<["input", "result"]>]> {
  let summary = "a sublayer F with its norm and residual placement made explicit";
  let description = [{
    The region computes the sublayer `F` (attention, MLP, ...). Its single
    block argument receives the sublayer input and it yields `F`'s output,
    both of the type of `input`. `placement` says how the norm and the
    residual connection wrap `F`:

    | placement  | result                                   | block argument |
    |------------|------------------------------------------|----------------|
    | `post`     | `Norm(x + F(x))`                         | `x`            |
    | `pre`      | `x + F(Norm(x))`                         | `Norm(x)`      |
    | `sandwich` | `x + Norm_out(F(Norm(x)))`               | `Norm(x)`      |
    | `deepnorm` | `LayerNorm(alpha * x + F(x))`            | `x`            |

    `scale`/`bias` parameterize `Norm`; `out_scale`/`out_bias` parameterize
    the sandwich placement's second norm. `--norm-expand-sublayers` turns the
    op into explicit norm ops and adds.
  }];
  let arguments = (ins AnyRankedTensor:$input,
                       Optional<AnyRankedTensor>:$scale,
                       Optional<AnyRankedTensor>:$bias,
                       Optional<AnyRankedTensor>:$out_scale,
                       Optional<AnyRankedTensor>:$out_bias,
                       Norm_PlacementAttr:$placement,
                       Norm_NormKindAttr:$kind,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "0.0">:$offset,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha);
  let results = (outs AnyRankedTensor:$result);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    `` $placement `` $kind $input `:` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    (`out_scale` `(` $out_scale^ `:` type($out_scale) `)`)?
    (`out_bias` `(` $out_bias^ `:` type($out_bias) `)`)?
    attr-dict-with-keyword $body
  }];
  let extraClassDeclaration = [{
    int64_t getNormalizedAxis();
    /// The value the region yields.
    ::mlir::Value getYieldedValue();
  }];
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let hasCanonicalizer = 1;
}

def Norm_YieldOp : Norm_Op<"yield", [
    Pure, ReturnLike, Terminator, HasParent<"SublayerOp">]> {
  let summary = "yields the sublayer output F(x)";
  let arguments = (ins AnyRankedTensor:$value);
  let assemblyFormat = "$value `:` type($value) attr-dict";
}

#endif // NORM_DIALECT_NORM_IR_NORMOPS_TD
