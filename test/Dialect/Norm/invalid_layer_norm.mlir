// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @scale_shape(%x: tensor<4x8xf32>, %g: tensor<7xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects scale to have the normalized shape [8], but got [7]}}
  %y = norm.layer_norm %x : tensor<4x8xf32> scale(%g : tensor<7xf32>) outs(%x : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

func.func @bias_shape_two_axes(%x: tensor<2x4x8xf32>, %b: tensor<8xf32>) -> tensor<2x4x8xf32> {
  // expected-error @+1 {{expects bias to have the normalized shape [4x8], but got [8]}}
  %y = norm.layer_norm %x : tensor<2x4x8xf32> bias(%b : tensor<8xf32>) outs(%x : tensor<2x4x8xf32>) {axis = 1 : i64}
  return %y : tensor<2x4x8xf32>
}

// -----

func.func @axis_too_large(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects axis in [-2, 1] for an input of rank 2, but got 2}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {axis = 2 : i64}
  return %y : tensor<4x8xf32>
}

// -----

func.func @axis_too_negative(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects axis in [-2, 1] for an input of rank 2, but got -3}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {axis = -3 : i64}
  return %y : tensor<4x8xf32>
}

// -----

func.func @rank_zero(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{expects an input of rank >= 1}}
  %y = norm.layer_norm %x : tensor<f32> outs(%x : tensor<f32>)
  return %y : tensor<f32>
}

// -----

func.func @epsilon_zero(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got 0}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {epsilon = 0.0 : f64}
  return %y : tensor<4x8xf32>
}

// -----

func.func @epsilon_negative(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got -1e-05}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {epsilon = -1.0e-5 : f64}
  return %y : tensor<4x8xf32>
}

// -----

func.func @epsilon_inf(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got inf}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {epsilon = 0x7FF0000000000000 : f64}
  return %y : tensor<4x8xf32>
}

// -----

func.func @epsilon_nan(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got nan}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {epsilon = 0x7FF8000000000000 : f64}
  return %y : tensor<4x8xf32>
}

// -----

func.func @integer_input(%x: tensor<4x8xi32>) -> tensor<4x8xi32> {
  // expected-error @+1 {{expects input to have an f16, bf16, f32 or f64 element type, but got 'i32'}}
  %y = norm.layer_norm %x : tensor<4x8xi32> outs(%x : tensor<4x8xi32>)
  return %y : tensor<4x8xi32>
}

// -----

func.func @integer_scale(%x: tensor<4x8xf32>, %g: tensor<8xi8>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects scale to have an f16, bf16, f32 or f64 element type, but got 'i8'}}
  %y = norm.layer_norm %x : tensor<4x8xf32> scale(%g : tensor<8xi8>) outs(%x : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

func.func @empty_row(%x: tensor<4x0xf32>) -> tensor<4x0xf32> {
  // expected-error @+1 {{expects a non-empty normalized shape, but dimension 1 of the input is 0}}
  %y = norm.layer_norm %x : tensor<4x0xf32> outs(%x : tensor<4x0xf32>)
  return %y : tensor<4x0xf32>
}

// -----

func.func @y_shape(%x: tensor<4x8xf32>, %e: tensor<4x9xf32>) -> tensor<4x9xf32> {
  // expected-error @+1 {{expects y to have the input shape [4x8], but got [4x9]}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%e : tensor<4x9xf32>)
  return %y : tensor<4x9xf32>
}

// -----

func.func @two_outs(%x: tensor<4x8xf32>, %s: tensor<4x1xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects 1 outs operand (y) or 3 (y, mean, rstd), but got 2 outs operands}}
  %y:2 = norm.layer_norm %x : tensor<4x8xf32> outs(%x, %s : tensor<4x8xf32>, tensor<4x1xf32>)
  return %y#0 : tensor<4x8xf32>
}

// -----

func.func @mean_shape(%x: tensor<4x8xf32>, %s: tensor<4xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expects mean to have shape [4x1], but got [4]}}
  %y:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%x, %s, %s : tensor<4x8xf32>, tensor<4xf32>, tensor<4xf32>)
  return %y#0 : tensor<4x8xf32>
}

// -----

func.func @rstd_type(%x: tensor<4x8xbf16>, %m: tensor<4x1xf32>, %s: tensor<4x1xbf16>) -> tensor<4x8xbf16> {
  // expected-error @+1 {{expects rstd to have element type 'f32', but got 'bf16'}}
  %y:3 = norm.layer_norm %x : tensor<4x8xbf16> outs(%x, %m, %s : tensor<4x8xbf16>, tensor<4x1xf32>, tensor<4x1xbf16>)
  return %y#0 : tensor<4x8xbf16>
}

// -----

func.func @result_type_mismatch(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf16> {
  // expected-error @+2 {{'norm.layer_norm' op inferred type(s) 'tensor<4x8xf32>' are incompatible with return type(s) of operation 'tensor<4x8xf16>'}}
  // expected-error @+1 {{'norm.layer_norm' op failed to infer returned types}}
  %y = "norm.layer_norm"(%x, %x) <{axis = -1 : i64, epsilon = 1.0e-5 : f64, operandSegmentSizes = array<i32: 1, 0, 0, 1>}> : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf16>
  return %y : tensor<4x8xf16>
}

// -----

func.func @mixed_semantics(%x: tensor<4x8xf32>, %y: memref<4x8xf32>) {
  // expected-error @+1 {{expects all operands to be tensors or all to be memrefs}}
  norm.layer_norm %x : tensor<4x8xf32> outs(%y : memref<4x8xf32>)
  return
}

// -----

func.func @memref_statistics_shape(%x: memref<4x8xf32>, %s: memref<4xf32>) {
  // expected-error @+1 {{expects mean to have shape [4x1], but got [4]}}
  norm.layer_norm %x : memref<4x8xf32> outs(%x, %s, %s : memref<4x8xf32>, memref<4xf32>, memref<4xf32>)
  return
}
