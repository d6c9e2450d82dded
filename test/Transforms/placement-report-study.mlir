// RUN: norm-opt %s --norm-placement-report -o /dev/null 2>&1 | FileCheck %s

// What the placement study teaches (docs/PlacementStudy.md,
// bench/placement): a Post-LN stack of 6 blocks (12 norms) or more without
// DeepNorm's alpha is the configuration that needs learning-rate warm-up;
// the summary says so. A shallower Post-LN stack and a DeepNorm stack do
// not get the note.

// CHECK-LABEL: remark: norm placements: 12 post-ln; residual depth 12; a Post-LN stack of 12 norms without DeepNorm's alpha: the configuration that needs learning-rate warm-up (or DeepNorm), see docs/PlacementStudy.md
func.func @post_ln_6_blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %f0 = arith.mulf %x, %w : tensor<4x64xf32>
  %s0 = arith.addf %x, %f0 : tensor<4x64xf32>
  %h0 = norm.layer_norm %s0 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f1 = arith.mulf %h0, %w : tensor<4x64xf32>
  %s1 = arith.addf %h0, %f1 : tensor<4x64xf32>
  %h1 = norm.layer_norm %s1 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f2 = arith.mulf %h1, %w : tensor<4x64xf32>
  %s2 = arith.addf %h1, %f2 : tensor<4x64xf32>
  %h2 = norm.layer_norm %s2 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f3 = arith.mulf %h2, %w : tensor<4x64xf32>
  %s3 = arith.addf %h2, %f3 : tensor<4x64xf32>
  %h3 = norm.layer_norm %s3 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f4 = arith.mulf %h3, %w : tensor<4x64xf32>
  %s4 = arith.addf %h3, %f4 : tensor<4x64xf32>
  %h4 = norm.layer_norm %s4 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f5 = arith.mulf %h4, %w : tensor<4x64xf32>
  %s5 = arith.addf %h4, %f5 : tensor<4x64xf32>
  %h5 = norm.layer_norm %s5 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f6 = arith.mulf %h5, %w : tensor<4x64xf32>
  %s6 = arith.addf %h5, %f6 : tensor<4x64xf32>
  %h6 = norm.layer_norm %s6 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f7 = arith.mulf %h6, %w : tensor<4x64xf32>
  %s7 = arith.addf %h6, %f7 : tensor<4x64xf32>
  %h7 = norm.layer_norm %s7 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f8 = arith.mulf %h7, %w : tensor<4x64xf32>
  %s8 = arith.addf %h7, %f8 : tensor<4x64xf32>
  %h8 = norm.layer_norm %s8 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f9 = arith.mulf %h8, %w : tensor<4x64xf32>
  %s9 = arith.addf %h8, %f9 : tensor<4x64xf32>
  %h9 = norm.layer_norm %s9 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f10 = arith.mulf %h9, %w : tensor<4x64xf32>
  %s10 = arith.addf %h9, %f10 : tensor<4x64xf32>
  %h10 = norm.layer_norm %s10 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f11 = arith.mulf %h10, %w : tensor<4x64xf32>
  %s11 = arith.addf %h10, %f11 : tensor<4x64xf32>
  %h11 = norm.layer_norm %s11 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %h11 : tensor<4x64xf32>
}

// CHECK: remark: norm placements: 10 post-ln; residual depth 10{{$}}
func.func @post_ln_5_blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %f0 = arith.mulf %x, %w : tensor<4x64xf32>
  %s0 = arith.addf %x, %f0 : tensor<4x64xf32>
  %h0 = norm.layer_norm %s0 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f1 = arith.mulf %h0, %w : tensor<4x64xf32>
  %s1 = arith.addf %h0, %f1 : tensor<4x64xf32>
  %h1 = norm.layer_norm %s1 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f2 = arith.mulf %h1, %w : tensor<4x64xf32>
  %s2 = arith.addf %h1, %f2 : tensor<4x64xf32>
  %h2 = norm.layer_norm %s2 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f3 = arith.mulf %h2, %w : tensor<4x64xf32>
  %s3 = arith.addf %h2, %f3 : tensor<4x64xf32>
  %h3 = norm.layer_norm %s3 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f4 = arith.mulf %h3, %w : tensor<4x64xf32>
  %s4 = arith.addf %h3, %f4 : tensor<4x64xf32>
  %h4 = norm.layer_norm %s4 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f5 = arith.mulf %h4, %w : tensor<4x64xf32>
  %s5 = arith.addf %h4, %f5 : tensor<4x64xf32>
  %h5 = norm.layer_norm %s5 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f6 = arith.mulf %h5, %w : tensor<4x64xf32>
  %s6 = arith.addf %h5, %f6 : tensor<4x64xf32>
  %h6 = norm.layer_norm %s6 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f7 = arith.mulf %h6, %w : tensor<4x64xf32>
  %s7 = arith.addf %h6, %f7 : tensor<4x64xf32>
  %h7 = norm.layer_norm %s7 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f8 = arith.mulf %h7, %w : tensor<4x64xf32>
  %s8 = arith.addf %h7, %f8 : tensor<4x64xf32>
  %h8 = norm.layer_norm %s8 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f9 = arith.mulf %h8, %w : tensor<4x64xf32>
  %s9 = arith.addf %h8, %f9 : tensor<4x64xf32>
  %h9 = norm.layer_norm %s9 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %h9 : tensor<4x64xf32>
}

// CHECK: remark: norm placements: 12 deepnorm; residual depth 12; as a decoder-only DeepNet
// CHECK-NOT: warm-up
func.func @deepnorm_6_blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %f0 = arith.mulf %x, %w : tensor<4x64xf32>
  %h0 = norm.deep_norm %f0, %x : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f1 = arith.mulf %h0, %w : tensor<4x64xf32>
  %h1 = norm.deep_norm %f1, %h0 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f2 = arith.mulf %h1, %w : tensor<4x64xf32>
  %h2 = norm.deep_norm %f2, %h1 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f3 = arith.mulf %h2, %w : tensor<4x64xf32>
  %h3 = norm.deep_norm %f3, %h2 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f4 = arith.mulf %h3, %w : tensor<4x64xf32>
  %h4 = norm.deep_norm %f4, %h3 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f5 = arith.mulf %h4, %w : tensor<4x64xf32>
  %h5 = norm.deep_norm %f5, %h4 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f6 = arith.mulf %h5, %w : tensor<4x64xf32>
  %h6 = norm.deep_norm %f6, %h5 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f7 = arith.mulf %h6, %w : tensor<4x64xf32>
  %h7 = norm.deep_norm %f7, %h6 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f8 = arith.mulf %h7, %w : tensor<4x64xf32>
  %h8 = norm.deep_norm %f8, %h7 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f9 = arith.mulf %h8, %w : tensor<4x64xf32>
  %h9 = norm.deep_norm %f9, %h8 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f10 = arith.mulf %h9, %w : tensor<4x64xf32>
  %h10 = norm.deep_norm %f10, %h9 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f11 = arith.mulf %h10, %w : tensor<4x64xf32>
  %h11 = norm.deep_norm %f11, %h10 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  return %h11 : tensor<4x64xf32>
}
