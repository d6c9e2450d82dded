// RUN: norm-opt %s --split-input-file --verify-diagnostics

// The shape rules of the fused ops' statistics results.

func.func @three_outs(%x: tensor<2x8xf32>, %s: tensor<2x1xf32>) {
  // expected-error @+1 {{expects 2 outs operands (y, h) or 4 (y, h, mean, rstd), but got 3 outs operands}}
  %y:3 = norm.add_layer_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x, %x, %s : tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x1xf32>)
  return
}

// -----

func.func @mean_shape(%x: tensor<2x8xf32>, %m: tensor<2xf32>, %s: tensor<2x1xf32>) {
  // expected-error @+1 {{expects mean to have shape [2x1], but got [2]}}
  %y:4 = norm.add_layer_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x, %x, %m, %s : tensor<2x8xf32>, tensor<2x8xf32>, tensor<2xf32>, tensor<2x1xf32>)
  return
}

// -----

func.func @rstd_type(%x: tensor<2x8xbf16>, %s: tensor<2x1xbf16>) {
  // expected-error @+1 {{expects rstd to have element type 'f32', but got 'bf16'}}
  %y:3 = norm.add_rms_norm %x, %x : tensor<2x8xbf16>, tensor<2x8xbf16> outs(%x, %x, %s : tensor<2x8xbf16>, tensor<2x8xbf16>, tensor<2x1xbf16>)
  return
}

// -----

func.func @four_rms_outs(%x: tensor<2x8xf32>, %s: tensor<2x1xf32>) {
  // expected-error @+1 {{expects 2 outs operands (y, h) or 3 (y, h, rstd), but got 4 outs operands}}
  %y:4 = norm.add_rms_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x, %x, %s, %s : tensor<2x8xf32>, tensor<2x8xf32>, tensor<2x1xf32>, tensor<2x1xf32>)
  return
}
