// RUN: norm-opt %s --norm-generate-backward --split-input-file | FileCheck %s
// RUN: norm-opt %s --norm-generate-backward=functions=rms_gemma | FileCheck %s --check-prefix=NAMED

// LayerNorm returning its statistics: the backward reads them (the forward
// is recomputed for them), and returns dx, dscale, dbias.
// CHECK-LABEL: func.func @ln_stats_backward
// CHECK-SAME: (%[[X:.*]]: tensor<?x64xf32>, %[[G:.*]]: tensor<64xf32>, %[[B:.*]]: tensor<64xf32>, %[[DY:.*]]: tensor<?x64xf32>)
// CHECK-SAME: -> (tensor<?x64xf32>, tensor<64xf32>, tensor<64xf32>)
// CHECK: %[[F:.*]]:3 = norm.layer_norm %[[X]]
// CHECK: %[[GRAD:.*]]:3 = norm.layer_norm_grad %[[DY]], %[[X]] : tensor<?x64xf32>, tensor<?x64xf32> scale(%[[G]] : tensor<64xf32>) mean(%[[F]]#1 : tensor<?x1xf32>) rstd(%[[F]]#2 : tensor<?x1xf32>) outs({{.*}}) {epsilon = 9.9999999999999995E-7 : f64}
// CHECK: return %[[GRAD]]#0, %[[GRAD]]#1, %[[GRAD]]#2
func.func @ln_stats(%x: tensor<?x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<?x64xf32> {
  %c0 = arith.constant 0 : index
  %d = tensor.dim %x, %c0 : tensor<?x64xf32>
  %e = tensor.empty(%d) : tensor<?x64xf32>
  %s = tensor.empty(%d) : tensor<?x1xf32>
  %y, %mean, %rstd = norm.layer_norm %x : tensor<?x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>)
      outs(%e, %s, %s : tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x1xf32>) {epsilon = 1.0e-6 : f64}
  return %y : tensor<?x64xf32>
}

// -----

// Without statistics the backward op recomputes them, and the forward,
// whose results nothing reads, is not recomputed. A bias without a scale
// still gets its gradient (dscale is computed in a bias-typed destination
// and dropped).
// CHECK-LABEL: func.func @ln_bias_only_backward
// CHECK-NOT: norm.layer_norm %
// CHECK: %[[GRAD:.*]]:3 = norm.layer_norm_grad %arg2, %arg0 : tensor<8x32xbf16>, tensor<8x32xbf16> outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<8x32xbf16>, tensor<32xbf16>, tensor<32xbf16>)
// CHECK: return %[[GRAD]]#0, %[[GRAD]]#2 : tensor<8x32xbf16>, tensor<32xbf16>
func.func @ln_bias_only(%x: tensor<8x32xbf16>, %b: tensor<32xbf16>) -> tensor<8x32xbf16> {
  %e = tensor.empty() : tensor<8x32xbf16>
  %y = norm.layer_norm %x : tensor<8x32xbf16> bias(%b : tensor<32xbf16>) outs(%e : tensor<8x32xbf16>)
  return %y : tensor<8x32xbf16>
}

// -----

// Gemma's RMSNorm: the offset carries over; the rstd it returns is reused.
// CHECK-LABEL: func.func @rms_gemma_backward
// CHECK: %[[F:.*]]:2 = norm.rms_norm %arg0
// CHECK: norm.rms_norm_grad %arg2, %arg0 : {{.*}} scale(%arg1 : tensor<64xf32>) rstd(%[[F]]#1 : tensor<4x1xf32>) outs({{.*}}) {offset = 1.000000e+00 : f64}
// NAMED-NOT: _backward
// NAMED: func.func @rms_gemma_backward
// NAMED-NOT: func.func @{{.*}}_backward
func.func @rms_gemma(%x: tensor<4x64xf32>, %g: tensor<64xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %s = tensor.empty() : tensor<4x1xf32>
  %y, %rstd = norm.rms_norm %x : tensor<4x64xf32> scale(%g : tensor<64xf32>) outs(%e, %s : tensor<4x64xf32>, tensor<4x1xf32>) {offset = 1.0 : f64}
  return %y : tensor<4x64xf32>
}

func.func @not_named(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %y = norm.rms_norm %x : tensor<4x64xf32> outs(%e : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}

// -----

// A Pre-LN block with a gated sublayer and a DeepNorm after it, returning
// the residual stream too: arith rules (mulf, subf), the cotangent of h
// flowing into the fused op's residual_grad together with DeepNorm's
// dr = alpha * dh, and DeepNorm recomputed as the add_layer_norm it denotes
// (whose h its backward reads).
// CHECK-LABEL: func.func @block_backward
// CHECK-SAME: (%[[X:[^:]*]]: tensor<4x64xbf16>, %[[R:[^:]*]]: tensor<4x64xbf16>, %[[G:[^:]*]]: tensor<64xbf16>, %[[W:[^:]*]]: tensor<4x64xbf16>, %[[DS:[^:]*]]: tensor<4x64xbf16>, %[[DH:[^:]*]]: tensor<4x64xbf16>)
// CHECK: %[[F:.*]] = arith.mulf %[[X]], %[[W]]
// CHECK: %[[A:.*]]:2 = norm.add_rms_norm %[[F]], %[[R]]
// CHECK: %[[D:.*]]:2 = norm.add_layer_norm %[[A]]#0, %[[A]]#1 : {{.*}} {alpha = 2.000000e+00 : f64}
// CHECK: %[[NEG:.*]] = arith.negf %[[DS]]
// CHECK: %[[DD:.*]]:4 = norm.add_layer_norm_grad %[[DS]], %[[D]]#1 : {{.*}} scale(%[[G]] : tensor<64xbf16>) {{.*}} {alpha = 2.000000e+00 : f64}
// CHECK: %[[DHT:.*]] = arith.addf %[[DH]], %[[DD]]#1
// CHECK: %[[DA:.*]]:3 = norm.add_rms_norm_grad %[[DD]]#0, %[[A]]#1 : {{.*}} residual_grad(%[[DHT]] : tensor<4x64xbf16>) scale(%[[G]] : tensor<64xbf16>) {{.*}} {offset = 1.000000e+00 : f64}
// CHECK: %[[DG:.*]] = arith.addf %[[DD]]#2, %[[DA]]#2
// CHECK: %[[DXF:.*]] = arith.mulf %[[DA]]#0, %[[W]]
// CHECK: %[[DX:.*]] = arith.addf %[[NEG]], %[[DXF]]
// CHECK: %[[DW:.*]] = arith.mulf %[[DA]]#0, %[[X]]
// CHECK: return %[[DX]], %[[DA]]#1, %[[DG]], %[[DW]]
func.func @block(%x: tensor<4x64xbf16>, %r: tensor<4x64xbf16>, %g: tensor<64xbf16>, %w: tensor<4x64xbf16>)
    -> (tensor<4x64xbf16>, tensor<4x64xbf16>) {
  %e = tensor.empty() : tensor<4x64xbf16>
  %f = arith.mulf %x, %w : tensor<4x64xbf16>
  %y, %h = norm.add_rms_norm %f, %r : tensor<4x64xbf16>, tensor<4x64xbf16> scale(%g : tensor<64xbf16>)
      outs(%e, %e : tensor<4x64xbf16>, tensor<4x64xbf16>) {offset = 1.0 : f64}
  %y2 = norm.deep_norm %y, %h : tensor<4x64xbf16>, tensor<4x64xbf16> scale(%g : tensor<64xbf16>)
      outs(%e : tensor<4x64xbf16>) {alpha = 2.0 : f64}
  %s = arith.subf %y2, %x : tensor<4x64xbf16>
  return %s, %h : tensor<4x64xbf16>, tensor<4x64xbf16>
}

// -----

// Training BatchNorm: the backward reads the batch statistics the forward
// returns; the running statistics' gradients are zeros.
// CHECK-LABEL: func.func @bn_backward
// CHECK: %[[F:.*]]:5 = norm.batch_norm %arg0
// CHECK: %[[GRAD:.*]]:3 = norm.batch_norm_grad %arg5, %arg0 : {{.*}} scale(%arg1 : tensor<3xf32>) mean(%[[F]]#1 : tensor<3xf32>) var(%[[F]]#2 : tensor<3xf32>) outs({{.*}}) {epsilon = 1.000000e-03 : f64}
// CHECK: %[[Z1:.*]] = linalg.fill
// CHECK: %[[Z2:.*]] = linalg.fill
// CHECK: return %[[GRAD]]#0, %[[GRAD]]#1, %[[GRAD]]#2, %[[Z1]], %[[Z2]]
func.func @bn(%x: tensor<8x3x5xf32>, %g: tensor<3xf32>, %b: tensor<3xf32>, %rm: tensor<3xf32>, %rv: tensor<3xf32>) -> tensor<8x3x5xf32> {
  %e = tensor.empty() : tensor<8x3x5xf32>
  %s = tensor.empty() : tensor<3xf32>
  %y:5 = norm.batch_norm %x : tensor<8x3x5xf32> scale(%g : tensor<3xf32>) bias(%b : tensor<3xf32>)
      running(%rm, %rv : tensor<3xf32>, tensor<3xf32>)
      outs(%e, %s, %s, %s, %s : tensor<8x3x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {epsilon = 1.0e-3 : f64, training}
  return %y#0 : tensor<8x3x5xf32>
}

// -----

// Sandwich-LN: the outer norm's fused backward (alpha 1, its epsilon),
// then the inner norm's backward on dn (kept in f32 for bf16 data), with
// inner_epsilon.
// CHECK-LABEL: func.func @sandwich_backward
// CHECK: %[[F:.*]]:2 = norm.sandwich_norm layer_norm %arg0, %arg1
// CHECK: %[[OUTER:.*]]:4 = norm.add_layer_norm_grad %arg6, %[[F]]#1 : {{.*}} residual_grad(%arg7 : tensor<4x64xbf16>) scale(%arg4 : tensor<64xbf16>) outs(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x64xf32>, tensor<4x64xbf16>, tensor<64xbf16>, tensor<64xbf16>) {epsilon = 1.000000e-03 : f64}
// CHECK: %[[INNER:.*]]:3 = norm.layer_norm_grad %[[OUTER]]#0, %arg0 : tensor<4x64xf32>, tensor<4x64xbf16> scale(%arg2 : tensor<64xbf16>) {{.*}} {epsilon = 9.9999999999999995E-7 : f64}
// CHECK: return %[[INNER]]#0, %[[OUTER]]#1, %[[INNER]]#1, %[[INNER]]#2, %[[OUTER]]#2, %[[OUTER]]#3
func.func @sandwich(%f: tensor<4x64xbf16>, %r: tensor<4x64xbf16>, %g1: tensor<64xbf16>, %b1: tensor<64xbf16>,
                    %g2: tensor<64xbf16>, %b2: tensor<64xbf16>) -> (tensor<4x64xbf16>, tensor<4x64xbf16>) {
  %e = tensor.empty() : tensor<4x64xbf16>
  %y, %h = norm.sandwich_norm layer_norm %f, %r : tensor<4x64xbf16>, tensor<4x64xbf16>
      inner_scale(%g1 : tensor<64xbf16>) inner_bias(%b1 : tensor<64xbf16>)
      scale(%g2 : tensor<64xbf16>) bias(%b2 : tensor<64xbf16>)
      outs(%e, %e : tensor<4x64xbf16>, tensor<4x64xbf16>) {epsilon = 1.0e-3 : f64, inner_epsilon = 1.0e-6 : f64}
  return %y, %h : tensor<4x64xbf16>, tensor<4x64xbf16>
}

// -----

// A function without norm ops is left alone unless named; an argument no
// gradient reaches gets zeros; a returned argument passes its cotangent.
// CHECK-LABEL: func.func @plain(
// CHECK-NOT: func.func @plain_backward
// CHECK-LABEL: func.func @unused_backward
// CHECK: %[[GRAD:.*]] = norm.rms_norm_grad %arg2, %arg0
// CHECK: %[[SUM:.*]] = arith.addf %arg3, %[[GRAD]]
// CHECK: %[[Z:.*]] = linalg.fill
// CHECK: return %[[SUM]], %[[Z]]
func.func @plain(%x: tensor<4xf32>) -> tensor<4xf32> {
  %y = arith.addf %x, %x : tensor<4xf32>
  return %y : tensor<4xf32>
}
func.func @unused(%x: tensor<4x8xf32>, %unused: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.rms_norm %x : tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return %y, %x : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// The fused ops returning the statistics of h: the backward reads them.
// CHECK-LABEL: func.func @add_stats_backward
// CHECK: %[[F:.*]]:4 = norm.add_layer_norm %arg0, %arg1
// CHECK: %[[R:.*]]:3 = norm.add_rms_norm %arg0, %arg1
// CHECK: norm.add_rms_norm_grad %arg5, %[[R]]#1 : {{.*}} rstd(%[[R]]#2 : tensor<4x1xf32>)
// CHECK: norm.add_layer_norm_grad %arg3, %[[F]]#1 : {{.*}} residual_grad(%arg4 : tensor<4x64xf32>) scale(%arg2 : tensor<64xf32>) mean(%[[F]]#2 : tensor<4x1xf32>) rstd(%[[F]]#3 : tensor<4x1xf32>) {{.*}} {alpha = 5.000000e-01 : f64}
func.func @add_stats(%x: tensor<4x64xf32>, %r: tensor<4x64xf32>, %g: tensor<64xf32>)
    -> (tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x64xf32>) {
  %e = tensor.empty() : tensor<4x64xf32>
  %s = tensor.empty() : tensor<4x1xf32>
  %y, %h, %m, %rstd = norm.add_layer_norm %x, %r : tensor<4x64xf32>, tensor<4x64xf32> scale(%g : tensor<64xf32>)
      outs(%e, %e, %s, %s : tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>) {alpha = 0.5 : f64}
  %y2, %h2, %rstd2 = norm.add_rms_norm %x, %r : tensor<4x64xf32>, tensor<4x64xf32>
      outs(%e, %e, %s : tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x1xf32>)
  return %y, %h, %y2 : tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x64xf32>
}

// -----

// A fused op's add_bias gets the sum over the rows of dx, accumulated in
// f32 and rounded once to the bias's type.
// CHECK-LABEL: func.func @add_bias_backward
// CHECK: %[[GRAD:.*]]:3 = norm.add_rms_norm_grad
// CHECK: %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<64xf32>)
// CHECK: %[[SUM:.*]] = linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}], iterator_types = ["reduction", "reduction", "parallel"]} ins(%[[GRAD]]#0 : tensor<2x?x64xbf16>) outs(%[[INIT]] : tensor<64xf32>)
// CHECK: arith.extf
// CHECK: arith.addf
// CHECK: %[[DB:.*]] = arith.truncf %[[SUM]] : tensor<64xf32> to tensor<64xbf16>
// CHECK: return %[[GRAD]]#0, %[[GRAD]]#1, %[[DB]], %[[GRAD]]#2
func.func @add_bias(%x: tensor<2x?x64xbf16>, %r: tensor<2x?x64xbf16>, %c: tensor<64xbf16>, %g: tensor<64xbf16>)
    -> tensor<2x?x64xbf16> {
  %c1 = arith.constant 1 : index
  %d = tensor.dim %x, %c1 : tensor<2x?x64xbf16>
  %e = tensor.empty(%d) : tensor<2x?x64xbf16>
  %y, %h = norm.add_rms_norm %x, %r : tensor<2x?x64xbf16>, tensor<2x?x64xbf16> add_bias(%c : tensor<64xbf16>)
      scale(%g : tensor<64xbf16>) outs(%e, %e : tensor<2x?x64xbf16>, tensor<2x?x64xbf16>)
  return %y : tensor<2x?x64xbf16>
}
