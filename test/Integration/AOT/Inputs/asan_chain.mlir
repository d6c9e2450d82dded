// A straight-line chain of element-wise ops and norms whose intermediate
// buffers --norm-deallocate-after-last-use frees as soon as their last
// reader is done (driven by asan_chain.c).
func.func @chain(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<4x64xf32> {
  %e0 = tensor.empty() : tensor<4x64xf32>
  %e1 = tensor.empty() : tensor<4x64xf32>
  %a = arith.mulf %x, %w : tensor<4x64xf32>
  %s = arith.addf %a, %x : tensor<4x64xf32>
  %n1 = norm.layer_norm %s : tensor<4x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%e0 : tensor<4x64xf32>)
  %m0 = arith.mulf %n1, %w : tensor<4x64xf32>
  %m = arith.mulf %m0, %n1 : tensor<4x64xf32>
  %s2 = arith.addf %m, %s : tensor<4x64xf32>
  %n2 = norm.rms_norm %s2 : tensor<4x64xf32> scale(%g : tensor<64xf32>) outs(%e1 : tensor<4x64xf32>)
  %out = arith.addf %n2, %n1 : tensor<4x64xf32>
  return %out : tensor<4x64xf32>
}
