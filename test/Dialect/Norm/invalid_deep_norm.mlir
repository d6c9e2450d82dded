// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @no_alpha(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects exactly one of 'alpha' or 'arch' to define the residual scale}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>)
  return %y : tensor<2x8xf32>
}

// -----

func.func @both(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects exactly one of 'alpha' or 'arch' to define the residual scale}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {alpha = 2.0 : f64, arch = #norm.arch<decoder>, decoder_layers = 4}
  return %y : tensor<2x8xf32>
}

// -----

func.func @alpha_inf(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects alpha to be finite, but got inf}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {alpha = 0x7FF0000000000000 : f64}
  return %y : tensor<2x8xf32>
}

// -----

func.func @missing_layers(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects 'encoder_layers' for arch 'encdec_encoder'}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {arch = #norm.arch<encdec_encoder>, decoder_layers = 6}
  return %y : tensor<2x8xf32>
}

// -----

func.func @zero_layers(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects 'decoder_layers' to be at least 1, but got 0}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {arch = #norm.arch<decoder>, decoder_layers = 0}
  return %y : tensor<2x8xf32>
}

// -----

func.func @layers_with_alpha(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects layer counts only together with 'arch'}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {alpha = 2.0 : f64, encoder_layers = 6}
  return %y : tensor<2x8xf32>
}

// -----

func.func @residual_shape(%f: tensor<2x8xf32>, %x: tensor<2x4xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects residual to have the input shape [2x8], but got [2x4]}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x4xf32> outs(%f : tensor<2x8xf32>) {alpha = 2.0 : f64}
  return %y : tensor<2x8xf32>
}

// -----

func.func @unknown_arch(%f: tensor<2x8xf32>, %x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+2 {{expected ::mlir::norm::DeepNormArch to be one of: encoder, decoder, encdec_encoder, encdec_decoder}}
  // expected-error @+1 {{failed to parse Norm_DeepNormArchAttr parameter 'value'}}
  %y = norm.deep_norm %f, %x : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {arch = #norm.arch<transformer>}
  return %y : tensor<2x8xf32>
}
