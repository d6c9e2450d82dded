func.func @block(%x: tensor<8x64xf32>, %f: tensor<8x64xf32>, %g: tensor<64xf32>) -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  %h = arith.addf %x, %f : tensor<8x64xf32>
  %e = tensor.empty() : tensor<8x64xf32>
  %y = norm.rms_norm %h : tensor<8x64xf32> scale(%g : tensor<64xf32>) outs(%e : tensor<8x64xf32>)
  %h2 = arith.addf %h, %y : tensor<8x64xf32>
  return %y, %h2 : tensor<8x64xf32>, tensor<8x64xf32>
}
