// RUN: norm-opt %s --split-input-file --verify-diagnostics

// Every shape rule of norm.batch_norm_grad, each with its message.

func.func @outs_count(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>, %g: tensor<8xf32>) {
  // expected-error @+1 {{expects 1 outs operand (dx) or 3 (dx, dscale, dbias), but got 2 outs operands}}
  %0:2 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %g : tensor<4x8xf32>, tensor<8xf32>)
  return
}

// -----

func.func @mixed_semantics(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: memref<4x8xf32>) {
  // expected-error @+1 {{expects all operands to be tensors or all to be memrefs}}
  norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : memref<4x8xf32>)
  return
}

// -----

func.func @integer_input(%dy: tensor<4x8xi32>, %x: tensor<4x8xi32>, %e: tensor<4x8xi32>) {
  // expected-error @+1 {{expects input to have an f16, bf16, f32 or f64 element type, but got 'i32'}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xi32>, tensor<4x8xi32> outs(%e : tensor<4x8xi32>)
  return
}

// -----

func.func @channel_axis(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects channel_axis in [-2, 1] for an input of rank 2, but got 2}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>) {channel_axis = 2 : i64}
  return
}

// -----

func.func @epsilon(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects epsilon}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>) {epsilon = 0.0 : f64}
  return
}

// -----

func.func @grad_shape(%dy: tensor<4x9xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects grad to have the input shape [4x8], but got [4x9]}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x9xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @dx_shape(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<8x4xf32>) {
  // expected-error @+1 {{expects dx to have the input shape [4x8], but got [8x4]}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<8x4xf32>)
  return
}

// -----

func.func @mean_without_var(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %m: tensor<8xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects the saved mean and var together, or neither (to recompute them from the input)}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> mean(%m : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @scale_size(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %g: tensor<4xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects scale to be a 1-D tensor of the channel size [8], but got [4]}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> scale(%g : tensor<4xf32>) outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @mean_rank(%dy: tensor<4x8x3xf32>, %x: tensor<4x8x3xf32>, %m: tensor<8x1xf32>, %v: tensor<8xf32>, %e: tensor<4x8x3xf32>) {
  // expected-error @+1 {{expects mean to be a 1-D tensor of the channel size [8], but got [8x1]}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8x3xf32>, tensor<4x8x3xf32> mean(%m : tensor<8x1xf32>) var(%v : tensor<8xf32>) outs(%e : tensor<4x8x3xf32>)
  return
}

// -----

func.func @var_size(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %m: tensor<8xf32>, %v: tensor<9xf32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects var to be a 1-D tensor of the channel size [8], but got [9]}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> mean(%m : tensor<8xf32>) var(%v : tensor<9xf32>) outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @integer_var(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %m: tensor<8xf32>, %v: tensor<8xi32>, %e: tensor<4x8xf32>) {
  // expected-error @+1 {{expects var to have an f16, bf16, f32 or f64 element type, but got 'i32'}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> mean(%m : tensor<8xf32>) var(%v : tensor<8xi32>) outs(%e : tensor<4x8xf32>)
  return
}

// -----

func.func @dscale_size(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>, %g: tensor<4xf32>, %b: tensor<8xf32>) {
  // expected-error @+1 {{expects dscale to be a 1-D tensor of the channel size [8], but got [4]}}
  %0:3 = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %g, %b : tensor<4x8xf32>, tensor<4xf32>, tensor<8xf32>)
  return
}

// -----

func.func @dbias_size(%dy: tensor<4x?xf32>, %x: tensor<4x?xf32>, %e: tensor<4x?xf32>, %g: tensor<?xf32>, %b: tensor<2x3xf32>) {
  // expected-error @+1 {{expects dbias to be a 1-D tensor of the channel size [?], but got [2x3]}}
  %0:3 = norm.batch_norm_grad %dy, %x : tensor<4x?xf32>, tensor<4x?xf32> outs(%e, %g, %b : tensor<4x?xf32>, tensor<?xf32>, tensor<2x3xf32>)
  return
}

// -----

func.func @rank0(%dy: tensor<f32>, %x: tensor<f32>, %e: tensor<f32>) {
  // expected-error @+1 {{expects an input of rank >= 1}}
  %0 = norm.batch_norm_grad %dy, %x : tensor<f32>, tensor<f32> outs(%e : tensor<f32>)
  return
}
