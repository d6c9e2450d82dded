// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @rms_bias(%f: tensor<2x8xf32>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects no inner_bias or bias with kind rms_norm}}
  %y:2 = norm.sandwich_norm rms_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> bias(%b : tensor<8xf32>) outs(%f, %f : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @layer_offset(%f: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects offset only with kind rms_norm}}
  %y:2 = norm.sandwich_norm layer_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> outs(%f, %f : tensor<2x8xf32>, tensor<2x8xf32>) {offset = 1.0 : f64}
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @inner_epsilon(%f: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects inner_epsilon to be positive and finite, but got 0}}
  %y:2 = norm.sandwich_norm layer_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> outs(%f, %f : tensor<2x8xf32>, tensor<2x8xf32>) {inner_epsilon = 0.0 : f64}
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @inner_scale_shape(%f: tensor<2x8xf32>, %g: tensor<4xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{inner_scale}}
  %y:2 = norm.sandwich_norm layer_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> inner_scale(%g : tensor<4xf32>) outs(%f, %f : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @residual_shape(%f: tensor<2x8xf32>, %x: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects residual to have the input shape [2x8], but got [8]}}
  %y:2 = norm.sandwich_norm layer_norm %f, %x : tensor<2x8xf32>, tensor<8xf32> outs(%f, %f : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}

// -----

func.func @one_out(%f: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects 2 outs operands (y, h)}}
  %y = norm.sandwich_norm layer_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>)
  return %y : tensor<2x8xf32>
}

// -----

func.func @bad_kind(%f: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+2 {{expected valid keyword or string}}
  // expected-error @+1 {{failed to parse Norm_NormKindAttr parameter}}
  %y:2 = norm.sandwich_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> outs(%f, %f : tensor<2x8xf32>, tensor<2x8xf32>)
  return %y#0 : tensor<2x8xf32>
}
