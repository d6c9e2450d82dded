//===- NormGradOps.td - Backward norm ops ------------------*- tablegen -*-===//
//
// The gradients of the row-wise norms, for training: what PyTorch's
// native_layer_norm_backward and the RMSNorm backward of LLaMA/Gemma
// compute. Formulas in docs/Semantics.md ("Backward").
//
//===----------------------------------------------------------------------===//

#ifndef NORM_DIALECT_NORM_IR_NORMGRADOPS_TD
#define NORM_DIALECT_NORM_IR_NORMGRADOPS_TD

//===----------------------------------------------------------------------===//
// LayerNormGradOp
//===----------------------------------------------------------------------===//

def Norm_LayerNormGradOp : Norm_DestinationStyleOp<"layer_norm_grad"> {
  let summary = "gradients of layer_norm with respect to x, scale and bias";
  let description = [{
    Given `grad` (dy, the gradient of `norm.layer_norm`'s y) and its input
    `input` (x), over the dims `[axis, rank)` with N elements per row:

    ```
    xhat   = (x - mean) * rstd
    g      = dy * scale                       (dy without scale)
    dx     = rstd * (g - sum(g) / N - xhat * sum(g * xhat) / N)
    dscale = sum over rows of dy * xhat
    dbias  = sum over rows of dy
    ```

    `mean` and `rstd` are the forward's saved statistics (the `mean` and
    `rstd` results of `norm.layer_norm`: leading dims then size-1 dims, f32,
    f64 for f64 data), both or neither; without them they are recomputed
    from x with `epsilon`, as the forward does. `outs` holds `dx` (the
    input's shape), or `dx`, `dscale` and `dbias` (the normalized shape).
    Sums and statistics are computed in f32 (f64 for f64 data) whatever the
    element types, and rounded once when stored.

    ```mlir
    %dx, %dg, %db = norm.layer_norm_grad %dy, %x
        : tensor<?x768xbf16>, tensor<?x768xbf16>
        scale(%g : tensor<768xbf16>)
        mean(%mean : tensor<?x1xf32>) rstd(%rstd : tensor<?x1xf32>)
        outs(%dx0, %dg0, %db0 : tensor<?x768xbf16>, tensor<768xf32>,
                                tensor<768xf32>)
    ```
  }];
  let arguments = (ins Norm_ShapedOperand:$grad,
                       Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$mean,
                       Optional<Norm_ShapedOperand>:$rstd,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon);
  let assemblyFormat = [{
    $grad `,` $input `:` type($grad) `,` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`mean` `(` $mean^ `:` type($mean) `)`)?
    (`rstd` `(` $rstd^ `:` type($rstd) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    /// The first normalized dimension, in [0, rank).
    int64_t getNormalizedAxis();
    /// Whether the op also returns dscale and dbias.
    bool hasParameterGrads() { return getOuts().size() == 3; }
  }];
}

//===----------------------------------------------------------------------===//
// RMSNormGradOp
//===----------------------------------------------------------------------===//

def Norm_RMSNormGradOp : Norm_DestinationStyleOp<"rms_norm_grad"> {
  let summary = "gradients of rms_norm with respect to x and scale";
  let description = [{
    Given `grad` (dy, the gradient of `norm.rms_norm`'s y) and its input x,
    over the dims `[axis, rank)` with N elements per row:

    ```
    xhat   = x * rstd
    g      = dy * (scale + offset)            (dy without scale)
    dx     = rstd * (g - xhat * sum(g * xhat) / N)
    dscale = sum over rows of dy * xhat
    ```

    `rstd` is the forward's saved statistic (`norm.rms_norm`'s second
    result), or, without it, recomputed from x with `epsilon`. `offset` is
    the forward's (1 for Gemma's `1 + weight`); dscale does not depend on
    it. `outs` holds `dx`, or `dx` and `dscale`. Sums are f32 (f64 for f64
    data).
  }];
  let arguments = (ins Norm_ShapedOperand:$grad,
                       Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$rstd,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "0.0">:$offset);
  let assemblyFormat = [{
    $grad `,` $input `:` type($grad) `,` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`rstd` `(` $rstd^ `:` type($rstd) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
    /// Whether the op also returns dscale.
    bool hasParameterGrads() { return getOuts().size() == 2; }
  }];
}

//===----------------------------------------------------------------------===//
// AddLayerNormGradOp, AddRMSNormGradOp
//===----------------------------------------------------------------------===//

def Norm_AddLayerNormGradOp : Norm_DestinationStyleOp<"add_layer_norm_grad"> {
  let summary = "gradients of add_layer_norm with respect to x, residual, scale and bias";
  let description = [{
    The backward of `norm.add_layer_norm` (`h = alpha * residual + x`,
    `y = LayerNorm(h)`). `input` is the forward's h (its `h` result, the
    value normalized), `grad` is dy, and `residual_grad` the gradient that
    reaches h from its other uses (the residual stream: the next block's
    dh), if any:

    ```
    dh     = layer_norm_grad(dy, h) + residual_grad
    dx     = dh
    dr     = alpha * dh
    dscale = sum over rows of dy * hhat,    dbias = sum over rows of dy
    ```

    `outs` holds `dx` and `dr` (h's shape), or those and `dscale`, `dbias`.
    Statistics as for `norm.layer_norm_grad` (saved `mean` and `rstd` of h,
    or recomputed).
  }];
  let arguments = (ins Norm_ShapedOperand:$grad,
                       Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$residual_grad,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$mean,
                       Optional<Norm_ShapedOperand>:$rstd,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha);
  let assemblyFormat = [{
    $grad `,` $input `:` type($grad) `,` type($input)
    (`residual_grad` `(` $residual_grad^ `:` type($residual_grad) `)`)?
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`mean` `(` $mean^ `:` type($mean) `)`)?
    (`rstd` `(` $rstd^ `:` type($rstd) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
    /// Whether the op also returns dscale and dbias.
    bool hasParameterGrads() { return getOuts().size() == 4; }
  }];
}

def Norm_AddRMSNormGradOp : Norm_DestinationStyleOp<"add_rms_norm_grad"> {
  let summary = "gradients of add_rms_norm with respect to x, residual and scale";
  let description = [{
    The backward of `norm.add_rms_norm`, as `norm.add_layer_norm_grad` is
    of `norm.add_layer_norm`: `dh = rms_norm_grad(dy, h) + residual_grad`,
    `dx = dh`, `dr = alpha * dh`, `dscale = sum over rows of dy * hhat`.
    `outs` holds `dx` and `dr`, or those and `dscale`.
  }];
  let arguments = (ins Norm_ShapedOperand:$grad,
                       Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$residual_grad,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$rstd,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "-1">:$axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon,
                       DefaultValuedAttr<F64Attr, "0.0">:$offset,
                       DefaultValuedAttr<F64Attr, "1.0">:$alpha);
  let assemblyFormat = [{
    $grad `,` $input `:` type($grad) `,` type($input)
    (`residual_grad` `(` $residual_grad^ `:` type($residual_grad) `)`)?
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`rstd` `(` $rstd^ `:` type($rstd) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    int64_t getNormalizedAxis();
    /// Whether the op also returns dscale.
    bool hasParameterGrads() { return getOuts().size() == 3; }
  }];
}

//===----------------------------------------------------------------------===//
// BatchNormGradOp
//===----------------------------------------------------------------------===//

def Norm_BatchNormGradOp : Norm_DestinationStyleOp<"batch_norm_grad"> {
  let summary = "gradients of training-form batch_norm with respect to x, "
                "scale and bias";
  let description = [{
    The backward of `norm.batch_norm` in training form, whose statistics
    are the batch's own. Given `grad` (dy, the gradient of its `y`) and its
    input `input` (x), per channel c of `channel_axis`, over the M elements
    of every other dim:

    ```
    rstd   = rsqrt(var[c] + epsilon)
    xhat   = (x - mean[c]) * rstd
    dscale = sum over the channel of dy * xhat
    dbias  = sum over the channel of dy
    dx     = rstd * scale[c] * (dy - dbias[c] / M - xhat * dscale[c] / M)
    ```

    `mean` and `var` are the forward's saved statistics as it returns them
    (its `batch_mean` and biased `batch_var` results: 1-D of the channel
    size, any float type), both or neither; without them they are
    recomputed from x as the forward computes them, which needs M > 0.
    Without `scale` the factor is 1. `outs` holds `dx` (the input's shape),
    or `dx`, `dscale` and `dbias` (the channel size). The gradients of the
    running statistics are zero: the forward only writes them. Sums are f32
    (f64 for f64 data) whatever the element types, rounded once when
    stored.

    ```mlir
    %dx, %dg, %db = norm.batch_norm_grad %dy, %x
        : tensor<?x64x?x?xbf16>, tensor<?x64x?x?xbf16>
        scale(%g : tensor<64xf32>)
        mean(%mean : tensor<64xf32>) var(%var : tensor<64xf32>)
        outs(%dx0, %dg0, %db0 : tensor<?x64x?x?xbf16>, tensor<64xf32>,
                                tensor<64xf32>)
    ```
  }];
  let arguments = (ins Norm_ShapedOperand:$grad,
                       Norm_ShapedOperand:$input,
                       Optional<Norm_ShapedOperand>:$scale,
                       Optional<Norm_ShapedOperand>:$mean,
                       Optional<Norm_ShapedOperand>:$var,
                       Variadic<Norm_ShapedOperand>:$outs,
                       DefaultValuedAttr<I64Attr, "1">:$channel_axis,
                       DefaultValuedAttr<F64Attr, "1e-5">:$epsilon);
  let assemblyFormat = [{
    $grad `,` $input `:` type($grad) `,` type($input)
    (`scale` `(` $scale^ `:` type($scale) `)`)?
    (`mean` `(` $mean^ `:` type($mean) `)`)?
    (`var` `(` $var^ `:` type($var) `)`)?
    `outs` `(` $outs `:` type($outs) `)` attr-dict
  }];
  let extraClassDeclaration = dpsDeclaration # [{
    /// The channel dimension, in [0, rank).
    int64_t getNormalizedChannelAxis();
    /// Whether the op also returns dscale and dbias.
    bool hasParameterGrads() { return getOuts().size() == 3; }
  }];
}

#endif // NORM_DIALECT_NORM_IR_NORMGRADOPS_TD
