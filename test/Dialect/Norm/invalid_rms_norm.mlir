// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @scale_shape(%x: tensor<?x64xbf16>, %g: tensor<32xbf16>) -> tensor<?x64xbf16> {
  // expected-error @+1 {{expects scale to have the normalized shape [64], but got [32]}}
  %y = norm.rms_norm %x : tensor<?x64xbf16> scale(%g : tensor<32xbf16>) outs(%x : tensor<?x64xbf16>)
  return %y : tensor<?x64xbf16>
}

// -----

func.func @scale_rank(%x: tensor<2x64xf32>, %g: tensor<2x64xf32>) -> tensor<2x64xf32> {
  // expected-error @+1 {{expects scale to have the normalized shape [64], but got [2x64]}}
  %y = norm.rms_norm %x : tensor<2x64xf32> scale(%g : tensor<2x64xf32>) outs(%x : tensor<2x64xf32>)
  return %y : tensor<2x64xf32>
}

// -----

func.func @axis(%x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  // expected-error @+1 {{expects axis in [-2, 1] for an input of rank 2, but got 5}}
  %y = norm.rms_norm %x : tensor<2x64xf32> outs(%x : tensor<2x64xf32>) {axis = 5 : i64}
  return %y : tensor<2x64xf32>
}

// -----

func.func @epsilon(%x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got -1}}
  %y = norm.rms_norm %x : tensor<2x64xf32> outs(%x : tensor<2x64xf32>) {epsilon = -1.0 : f64}
  return %y : tensor<2x64xf32>
}

// -----

func.func @offset_nan(%x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  // expected-error @+1 {{expects offset to be finite, but got nan}}
  %y = norm.rms_norm %x : tensor<2x64xf32> outs(%x : tensor<2x64xf32>) {offset = 0x7FF8000000000000 : f64}
  return %y : tensor<2x64xf32>
}

// -----

func.func @complex_input(%x: tensor<2x4xcomplex<f32>>) -> tensor<2x4xcomplex<f32>> {
  // expected-error @+1 {{expects input to have an f16, bf16, f32 or f64 element type, but got 'complex<f32>'}}
  %y = norm.rms_norm %x : tensor<2x4xcomplex<f32>> outs(%x : tensor<2x4xcomplex<f32>>)
  return %y : tensor<2x4xcomplex<f32>>
}

// -----

func.func @f8_input(%x: tensor<2x4xf8E4M3FN>) -> tensor<2x4xf8E4M3FN> {
  // expected-error @+1 {{expects input to have an f16, bf16, f32 or f64 element type, but got 'f8E4M3FN'}}
  %y = norm.rms_norm %x : tensor<2x4xf8E4M3FN> outs(%x : tensor<2x4xf8E4M3FN>)
  return %y : tensor<2x4xf8E4M3FN>
}

// -----

func.func @integer_y(%x: tensor<2x4xf32>, %e: tensor<2x4xi32>) -> tensor<2x4xi32> {
  // expected-error @+1 {{expects y to have an f16, bf16, f32 or f64 element type, but got 'i32'}}
  %y = norm.rms_norm %x : tensor<2x4xf32> outs(%e : tensor<2x4xi32>)
  return %y : tensor<2x4xi32>
}

// -----

func.func @three_outs(%x: tensor<2x4xf32>, %r: tensor<2x1xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{expects 1 outs operand (y) or 2 (y, rstd), but got 3 outs operands}}
  %y:3 = norm.rms_norm %x : tensor<2x4xf32> outs(%x, %r, %r : tensor<2x4xf32>, tensor<2x1xf32>, tensor<2x1xf32>)
  return %y#0 : tensor<2x4xf32>
}

// -----

func.func @rstd_f64_input(%x: tensor<2x4xf64>, %r: tensor<2x1xf32>) -> tensor<2x4xf64> {
  // expected-error @+1 {{expects rstd to have element type 'f64', but got 'f32'}}
  %y:2 = norm.rms_norm %x : tensor<2x4xf64> outs(%x, %r : tensor<2x4xf64>, tensor<2x1xf32>)
  return %y#0 : tensor<2x4xf64>
}

// -----

func.func @dynamic_zero_row(%x: tensor<?x0xf32>) -> tensor<?x0xf32> {
  // expected-error @+1 {{expects a non-empty normalized shape, but dimension 1 of the input is 0}}
  %y = norm.rms_norm %x : tensor<?x0xf32> outs(%x : tensor<?x0xf32>)
  return %y : tensor<?x0xf32>
}
