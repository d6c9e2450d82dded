// RUN: norm-opt %s --norm-fuse-residual=report --verify-diagnostics

// Two Pre-LN blocks and a final norm over a 16 x 512 f32 residual stream:
// three add -> norm pairs, two of whose sums are also the next residual.
// Each fusion saves one read of the sum: 3 * 16 * 512 * 4 = 98304 bytes.
// expected-remark @below {{fused 3 residual add(s) into norms (2 Pre-LN chain(s)), removing 98304 bytes of memory traffic (static shapes)}}
func.func @stack(%h0: tensor<16x512xf32>, %g: tensor<512xf32>, %w: tensor<16x512xf32>) -> tensor<16x512xf32> {
  %e = tensor.empty() : tensor<16x512xf32>
  %n0 = norm.rms_norm %h0 : tensor<16x512xf32> scale(%g : tensor<512xf32>) outs(%e : tensor<16x512xf32>)
  %f0 = arith.mulf %n0, %w : tensor<16x512xf32>
  %h1 = arith.addf %h0, %f0 : tensor<16x512xf32>
  %n1 = norm.rms_norm %h1 : tensor<16x512xf32> scale(%g : tensor<512xf32>) outs(%e : tensor<16x512xf32>)
  %f1 = arith.mulf %n1, %w : tensor<16x512xf32>
  %h2 = arith.addf %h1, %f1 : tensor<16x512xf32>
  %n2 = norm.rms_norm %h2 : tensor<16x512xf32> scale(%g : tensor<512xf32>) outs(%e : tensor<16x512xf32>)
  %f2 = arith.mulf %n2, %w : tensor<16x512xf32>
  %h3 = arith.addf %h2, %f2 : tensor<16x512xf32>
  %y = norm.rms_norm %h3 : tensor<16x512xf32> scale(%g : tensor<512xf32>) outs(%e : tensor<16x512xf32>)
  return %y : tensor<16x512xf32>
}

// Nothing to fuse: no remark.
func.func @nothing(%x: tensor<16x512xf32>) -> tensor<16x512xf32> {
  %y = norm.rms_norm %x : tensor<16x512xf32> outs(%x : tensor<16x512xf32>)
  return %y : tensor<16x512xf32>
}
