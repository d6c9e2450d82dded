// RUN: norm-opt %s --split-input-file --verify-diagnostics

func.func @outs_count(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>, %g: tensor<8xf32>) {
  // expected-error @+1 {{expects 1 outs operand (dx) or 3 (dx, dscale, dbias), but got 2 outs operands}}
  %0:2 = norm.layer_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %g : tensor<4x8xf32>, tensor<8xf32>)
  return
}

// -----

func.func @mean_without_rstd(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %m: tensor<4x1xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects the saved mean and rstd together, or neither (to recompute them from the input)}}
  %0 = norm.layer_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> mean(%m : tensor<4x1xf32>) outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @grad_shape(%dy: tensor<4x9xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects grad to have the input shape [4x8], but got [4x9]}}
  %0 = norm.layer_norm_grad %dy, %x : tensor<4x9xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @dscale_shape(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>, %g: tensor<4xf32>) {
  // expected-error @+1 {{expects dscale to have the normalized shape [8], but got [4]}}
  %0:2 = norm.rms_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %g : tensor<4x8xf32>, tensor<4xf32>)
  return
}

// -----

func.func @rstd_type(%dy: tensor<4x8xbf16>, %x: tensor<4x8xbf16>, %r: tensor<4x1xbf16>, %e: tensor<4x8xbf16>) {
  // expected-error @+1 {{expects rstd to have element type 'f32', but got 'bf16'}}
  %0 = norm.rms_norm_grad %dy, %x : tensor<4x8xbf16>, tensor<4x8xbf16> rstd(%r : tensor<4x1xbf16>) outs(%e : tensor<4x8xbf16>)
  return
}

// -----

func.func @rstd_shape(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %m: tensor<4x1xf32>, %r: tensor<4xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects rstd to have shape [4x1], but got [4]}}
  %0 = norm.layer_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> mean(%m : tensor<4x1xf32>) rstd(%r : tensor<4xf32>) outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @empty_rows(%dy: tensor<4x0xf32>, %x: tensor<4x0xf32>, %e: tensor<4x0xf32>) {
  // expected-error @+1 {{expects a non-empty normalized shape, but dimension 1 of the input is 0}}
  %0 = norm.rms_norm_grad %dy, %x : tensor<4x0xf32>, tensor<4x0xf32> outs(%e : tensor<4x0xf32>)
  return
}

// -----

func.func @offset(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects offset to be finite, but got inf}}
  %0 = norm.rms_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>) {offset = 0x7FF0000000000000 : f64}
  return
}

// -----

func.func @add_outs_count(%dy: tensor<4x8xf32>, %h: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects 2 outs operands (dx, dr) or 3 (dx, dr, dscale), but got 1 outs operand}}
  %0 = norm.add_rms_norm_grad %dy, %h : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @dr_shape(%dy: tensor<4x8xf32>, %h: tensor<4x8xf32>, %e: tensor<4x8xf32>, %r: tensor<4x7xf32>) {
  // expected-error @+1 {{expects dr to have the input shape [4x8], but got [4x7]}}
  %0:2 = norm.add_layer_norm_grad %dy, %h : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %r : tensor<4x8xf32>, tensor<4x7xf32>)
  return
}

// -----

func.func @residual_grad_shape(%dy: tensor<4x8xf32>, %h: tensor<4x8xf32>, %dh: tensor<8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects residual_grad to have the input shape [4x8], but got [8]}}
  %0:2 = norm.add_layer_norm_grad %dy, %h : tensor<4x8xf32>, tensor<4x8xf32> residual_grad(%dh : tensor<8xf32>) outs(%e, %e : tensor<4x8xf32>, tensor<4x8xf32>)
  return
}

// -----

func.func @alpha(%dy: tensor<4x8xf32>, %h: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects alpha to be finite, but got nan}}
  %0:2 = norm.add_rms_norm_grad %dy, %h : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %e : tensor<4x8xf32>, tensor<4x8xf32>) {alpha = 0x7FF8000000000000 : f64}
  return
}
