// RUN: norm-opt %s --norm-fuse-residual --split-input-file | FileCheck %s
// RUN: norm-opt %s --norm-fuse-residual=report --split-input-file 2>&1 >/dev/null | FileCheck %s --check-prefix=REPORT

// Sandwich-LN: x + Norm_out(F), normalized by the next Norm_in, becomes one
// norm.sandwich_norm; h overwrites F's buffer, Norm_out's result is gone.
// CHECK-LABEL: func.func @sandwich
// CHECK-NOT:     norm.layer_norm
// CHECK:         %[[S:.*]]:2 = norm.sandwich_norm layer_norm %arg0, %arg1 : tensor<4x64xf32>, tensor<4x64xf32> inner_scale(%arg2 : tensor<64xf32>) inner_bias(%arg3 : tensor<64xf32>) scale(%arg3 : tensor<64xf32>) bias(%arg2 : tensor<64xf32>) outs(%{{.*}}, %arg0 : tensor<4x64xf32>, tensor<4x64xf32>) {inner_epsilon = 9.9999999999999995E-7 : f64}
// CHECK-NOT:     norm.
// CHECK:         return %[[S]]#0, %[[S]]#1
// REPORT: remark: fused 1 residual add(s) into norms (1 Pre-LN chain(s), 1 Sandwich-LN step(s)), removing 3072 bytes of memory traffic
func.func @sandwich(%f: tensor<4x64xf32>, %x: tensor<4x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %e = tensor.empty() : tensor<4x64xf32>
  %n = norm.layer_norm %f : tensor<4x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%e : tensor<4x64xf32>) {epsilon = 1.0e-6 : f64}
  %h = arith.addf %x, %n : tensor<4x64xf32>
  %y = norm.layer_norm %h : tensor<4x64xf32> scale(%b : tensor<64xf32>) bias(%g : tensor<64xf32>) outs(%e : tensor<4x64xf32>)
  return %y, %h : tensor<4x64xf32>, tensor<4x64xf32>
}

// -----

// RMSNorm with Gemma's offset, the norm on either side of the add.
// CHECK-LABEL: func.func @sandwich_rms
// CHECK-NOT:     norm.rms_norm
// CHECK:         norm.sandwich_norm rms_norm %arg0, %arg1 {{.*}} {offset = 1.000000e+00 : f64}
// CHECK-NOT:     norm.rms_norm
func.func @sandwich_rms(%f: tensor<4x64xbf16>, %x: tensor<4x64xbf16>) -> tensor<4x64xbf16> {
  %e = tensor.empty() : tensor<4x64xbf16>
  %n = norm.rms_norm %f : tensor<4x64xbf16> outs(%e : tensor<4x64xbf16>) {offset = 1.0 : f64}
  %h = arith.addf %n, %x : tensor<4x64xbf16>
  %y = norm.rms_norm %h : tensor<4x64xbf16> outs(%e : tensor<4x64xbf16>) {offset = 1.0 : f64}
  return %y : tensor<4x64xbf16>
}

// -----

// Left alone: the output norm's result has another use (it must be
// stored), the kinds differ, the offsets differ, the skip branch is scaled
// (DeepNorm), and the normalized dims differ.
// CHECK-LABEL: func.func @not_sandwich
// CHECK-NOT:     norm.sandwich_norm
// CHECK:         norm.add_layer_norm
// CHECK-NOT:     norm.sandwich_norm
// CHECK:         norm.add_layer_norm
// CHECK-NOT:     norm.sandwich_norm
// CHECK:         norm.add_rms_norm
// CHECK-NOT:     norm.sandwich_norm
// CHECK:         norm.add_layer_norm
// CHECK-NOT:     norm.sandwich_norm
// CHECK:         norm.add_layer_norm
// CHECK-NOT:     norm.sandwich_norm
func.func @not_sandwich(%f: tensor<2x4x64xf32>, %x: tensor<2x4x64xf32>) -> (tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>) {
  %e = tensor.empty() : tensor<2x4x64xf32>
  %n0 = norm.layer_norm %f : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %h0 = arith.addf %x, %n0 : tensor<2x4x64xf32>
  %y0 = norm.layer_norm %h0 : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %n1 = norm.rms_norm %f : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %h1 = arith.addf %x, %n1 : tensor<2x4x64xf32>
  %y1 = norm.layer_norm %h1 : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %n2 = norm.rms_norm %f : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>) {offset = 1.0 : f64}
  %h2 = arith.addf %x, %n2 : tensor<2x4x64xf32>
  %y2 = norm.rms_norm %h2 : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %n3 = norm.layer_norm %f : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %c = arith.constant dense<2.0> : tensor<2x4x64xf32>
  %s3 = arith.mulf %x, %c : tensor<2x4x64xf32>
  %h3 = arith.addf %s3, %n3 : tensor<2x4x64xf32>
  %y3 = norm.layer_norm %h3 : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  %n4 = norm.layer_norm %f : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>) {axis = 1 : i64}
  %h4 = arith.addf %x, %n4 : tensor<2x4x64xf32>
  %y4 = norm.layer_norm %h4 : tensor<2x4x64xf32> outs(%e : tensor<2x4x64xf32>)
  return %y0, %n0, %y1, %y2, %y3, %y4 : tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<2x4x64xf32>
}

// -----

// A fused op that returns statistics (a training forward) stays: the
// sandwich op returns none. (Found by the reliability matrix: the rewrite
// left the statistics' uses without an operand.)
// CHECK-LABEL: func @statistics_stay
// CHECK: norm.layer_norm
// CHECK: norm.add_layer_norm {{.*}} outs(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} :
// CHECK-NOT: norm.sandwich_norm
func.func @statistics_stay(%x: tensor<4x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>, %res: tensor<4x64xf32>) -> (tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x64xf32>) {
  %e1 = tensor.empty() : tensor<4x64xf32>
  %n2 = norm.layer_norm %x : tensor<4x64xf32> outs(%e1 : tensor<4x64xf32>)
  %s0 = arith.addf %res, %n2 : tensor<4x64xf32>
  %e3 = tensor.empty() : tensor<4x64xf32>
  %e4 = tensor.empty() : tensor<4x1xf32>
  %e5 = tensor.empty() : tensor<4x1xf32>
  %r6:3 = norm.layer_norm %s0 : tensor<4x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%e3, %e4, %e5 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %r6#0, %r6#1, %r6#2, %s0 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>, tensor<4x64xf32>
}
