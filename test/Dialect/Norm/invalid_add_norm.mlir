// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @residual_shape(%x: tensor<2x8xf32>, %r: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects residual to have the input shape [2x8], but got [8]}}
  %y:2 = norm.add_layer_norm %x, %r : tensor<2x8xf32>, tensor<8xf32> outs(%x, %x : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @add_bias_shape(%x: tensor<2x8xf32>, %b: tensor<2xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects add_bias to have the normalized shape [8], but got [2]}}
  %y:2 = norm.add_rms_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> add_bias(%b : tensor<2xf32>) outs(%x, %x : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @alpha_nan(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects alpha to be finite, but got nan}}
  %y:2 = norm.add_layer_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x, %x : tensor<2x8xf32>, tensor<2x8xf32>) {alpha = 0x7FF8000000000000 : f64}
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @one_out(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects 2 outs operands (y, h) or 3 (y, h, rstd), but got 1 outs operand}}
  %y = norm.add_rms_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x : tensor<2x8xf32>)
  return %y : tensor<2x8xf32>
}

// -----

func.func @h_shape(%x: tensor<2x8xf32>, %h: tensor<4x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects h to have the input shape [2x8], but got [4x8]}}
  %y:2 = norm.add_layer_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x, %h : tensor<2x8xf32>, tensor<4x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @integer_residual(%x: tensor<2x8xf32>, %r: tensor<2x8xi16>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects residual to have an f16, bf16, f32 or f64 element type, but got 'i16'}}
  %y:2 = norm.add_layer_norm %x, %r : tensor<2x8xf32>, tensor<2x8xi16> outs(%x, %x : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @layer_norm_bias_shape(%x: tensor<2x8xf32>, %b: tensor<9xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects bias to have the normalized shape [8], but got [9]}}
  %y:2 = norm.add_layer_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> bias(%b : tensor<9xf32>) outs(%x, %x : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @epsilon(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got 0}}
  %y:2 = norm.add_rms_norm %x, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%x, %x : tensor<2x8xf32>, tensor<2x8xf32>) {epsilon = 0.0 : f64}
  return %y#0 : tensor<2x8xf32>
}
