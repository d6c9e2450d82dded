// RUN: norm-opt %s --norm-placement-report -o /dev/null 2>&1 | FileCheck %s

// What the placement study teaches (docs/PlacementStudy.md,
// bench/placement): a Post-LN stack of 12 blocks (24 norms) or more
// without DeepNorm's alpha is the placement that trains worst; the summary
// says so. A shallower Post-LN stack and a DeepNorm stack do not get the
// note.

// CHECK-LABEL: remark: norm placements: 24 post-ln; residual depth 24; a Post-LN stack of 24 norms without DeepNorm's alpha: the placement that trains worst, it needs learning-rate warm-up and a small learning rate, or DeepNorm (docs/PlacementStudy.md)
func.func @post_ln_12_blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
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
  %f12 = arith.mulf %h11, %w : tensor<4x64xf32>
  %s12 = arith.addf %h11, %f12 : tensor<4x64xf32>
  %h12 = norm.layer_norm %s12 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f13 = arith.mulf %h12, %w : tensor<4x64xf32>
  %s13 = arith.addf %h12, %f13 : tensor<4x64xf32>
  %h13 = norm.layer_norm %s13 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f14 = arith.mulf %h13, %w : tensor<4x64xf32>
  %s14 = arith.addf %h13, %f14 : tensor<4x64xf32>
  %h14 = norm.layer_norm %s14 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f15 = arith.mulf %h14, %w : tensor<4x64xf32>
  %s15 = arith.addf %h14, %f15 : tensor<4x64xf32>
  %h15 = norm.layer_norm %s15 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f16 = arith.mulf %h15, %w : tensor<4x64xf32>
  %s16 = arith.addf %h15, %f16 : tensor<4x64xf32>
  %h16 = norm.layer_norm %s16 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f17 = arith.mulf %h16, %w : tensor<4x64xf32>
  %s17 = arith.addf %h16, %f17 : tensor<4x64xf32>
  %h17 = norm.layer_norm %s17 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f18 = arith.mulf %h17, %w : tensor<4x64xf32>
  %s18 = arith.addf %h17, %f18 : tensor<4x64xf32>
  %h18 = norm.layer_norm %s18 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f19 = arith.mulf %h18, %w : tensor<4x64xf32>
  %s19 = arith.addf %h18, %f19 : tensor<4x64xf32>
  %h19 = norm.layer_norm %s19 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f20 = arith.mulf %h19, %w : tensor<4x64xf32>
  %s20 = arith.addf %h19, %f20 : tensor<4x64xf32>
  %h20 = norm.layer_norm %s20 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f21 = arith.mulf %h20, %w : tensor<4x64xf32>
  %s21 = arith.addf %h20, %f21 : tensor<4x64xf32>
  %h21 = norm.layer_norm %s21 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f22 = arith.mulf %h21, %w : tensor<4x64xf32>
  %s22 = arith.addf %h21, %f22 : tensor<4x64xf32>
  %h22 = norm.layer_norm %s22 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f23 = arith.mulf %h22, %w : tensor<4x64xf32>
  %s23 = arith.addf %h22, %f23 : tensor<4x64xf32>
  %h23 = norm.layer_norm %s23 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %h23 : tensor<4x64xf32>
}

// CHECK: remark: norm placements: 22 post-ln; residual depth 22{{$}}
func.func @post_ln_11_blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
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
  %f12 = arith.mulf %h11, %w : tensor<4x64xf32>
  %s12 = arith.addf %h11, %f12 : tensor<4x64xf32>
  %h12 = norm.layer_norm %s12 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f13 = arith.mulf %h12, %w : tensor<4x64xf32>
  %s13 = arith.addf %h12, %f13 : tensor<4x64xf32>
  %h13 = norm.layer_norm %s13 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f14 = arith.mulf %h13, %w : tensor<4x64xf32>
  %s14 = arith.addf %h13, %f14 : tensor<4x64xf32>
  %h14 = norm.layer_norm %s14 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f15 = arith.mulf %h14, %w : tensor<4x64xf32>
  %s15 = arith.addf %h14, %f15 : tensor<4x64xf32>
  %h15 = norm.layer_norm %s15 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f16 = arith.mulf %h15, %w : tensor<4x64xf32>
  %s16 = arith.addf %h15, %f16 : tensor<4x64xf32>
  %h16 = norm.layer_norm %s16 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f17 = arith.mulf %h16, %w : tensor<4x64xf32>
  %s17 = arith.addf %h16, %f17 : tensor<4x64xf32>
  %h17 = norm.layer_norm %s17 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f18 = arith.mulf %h17, %w : tensor<4x64xf32>
  %s18 = arith.addf %h17, %f18 : tensor<4x64xf32>
  %h18 = norm.layer_norm %s18 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f19 = arith.mulf %h18, %w : tensor<4x64xf32>
  %s19 = arith.addf %h18, %f19 : tensor<4x64xf32>
  %h19 = norm.layer_norm %s19 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f20 = arith.mulf %h19, %w : tensor<4x64xf32>
  %s20 = arith.addf %h19, %f20 : tensor<4x64xf32>
  %h20 = norm.layer_norm %s20 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f21 = arith.mulf %h20, %w : tensor<4x64xf32>
  %s21 = arith.addf %h20, %f21 : tensor<4x64xf32>
  %h21 = norm.layer_norm %s21 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %h21 : tensor<4x64xf32>
}

// CHECK: remark: norm placements: 24 deepnorm; residual depth 24; as a decoder-only DeepNet
// CHECK-NOT: warm-up
func.func @deepnorm_12_blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
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
  %f12 = arith.mulf %h11, %w : tensor<4x64xf32>
  %h12 = norm.deep_norm %f12, %h11 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f13 = arith.mulf %h12, %w : tensor<4x64xf32>
  %h13 = norm.deep_norm %f13, %h12 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f14 = arith.mulf %h13, %w : tensor<4x64xf32>
  %h14 = norm.deep_norm %f14, %h13 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f15 = arith.mulf %h14, %w : tensor<4x64xf32>
  %h15 = norm.deep_norm %f15, %h14 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f16 = arith.mulf %h15, %w : tensor<4x64xf32>
  %h16 = norm.deep_norm %f16, %h15 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f17 = arith.mulf %h16, %w : tensor<4x64xf32>
  %h17 = norm.deep_norm %f17, %h16 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f18 = arith.mulf %h17, %w : tensor<4x64xf32>
  %h18 = norm.deep_norm %f18, %h17 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f19 = arith.mulf %h18, %w : tensor<4x64xf32>
  %h19 = norm.deep_norm %f19, %h18 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f20 = arith.mulf %h19, %w : tensor<4x64xf32>
  %h20 = norm.deep_norm %f20, %h19 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f21 = arith.mulf %h20, %w : tensor<4x64xf32>
  %h21 = norm.deep_norm %f21, %h20 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f22 = arith.mulf %h21, %w : tensor<4x64xf32>
  %h22 = norm.deep_norm %f22, %h21 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  %f23 = arith.mulf %h22, %w : tensor<4x64xf32>
  %h23 = norm.deep_norm %f23, %h22 : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>) {alpha = 2.0 : f64}
  return %h23 : tensor<4x64xf32>
}
