// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @channel_mismatch(%x: tensor<2x16x4xf32>, %m: tensor<8xf32>, %v: tensor<16xf32>) -> tensor<2x16x4xf32> {
  // expected-error @+1 {{expects running_mean to be a 1-D tensor of the channel size [16], but got [8]}}
  %y = norm.batch_norm %x : tensor<2x16x4xf32> running(%m, %v : tensor<8xf32>, tensor<16xf32>) outs(%x : tensor<2x16x4xf32>)
  return %y : tensor<2x16x4xf32>
}

// -----

func.func @scale_channel_mismatch(%x: tensor<2x16x4xf32>, %g: tensor<4xf32>, %m: tensor<16xf32>) -> tensor<2x16x4xf32> {
  // expected-error @+1 {{expects scale to be a 1-D tensor of the channel size [16], but got [4]}}
  %y = norm.batch_norm %x : tensor<2x16x4xf32> scale(%g : tensor<4xf32>) running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x : tensor<2x16x4xf32>)
  return %y : tensor<2x16x4xf32>
}

// -----

func.func @channel_axis(%x: tensor<2x16xf32>, %m: tensor<16xf32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects channel_axis in [-2, 1] for an input of rank 2, but got 2}}
  %y = norm.batch_norm %x : tensor<2x16xf32> running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x : tensor<2x16xf32>) {channel_axis = 2 : i64}
  return %y : tensor<2x16xf32>
}

// -----

func.func @epsilon(%x: tensor<2x16xf32>, %m: tensor<16xf32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects epsilon to be positive and finite, but got 0}}
  %y = norm.batch_norm %x : tensor<2x16xf32> running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x : tensor<2x16xf32>) {epsilon = 0.0 : f64}
  return %y : tensor<2x16xf32>
}

// -----

func.func @momentum(%x: tensor<2x16xf32>, %m: tensor<16xf32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects momentum to be finite, but got inf}}
  %y = norm.batch_norm %x : tensor<2x16xf32> running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x : tensor<2x16xf32>) {momentum = 0x7FF0000000000000 : f64}
  return %y : tensor<2x16xf32>
}

// -----

func.func @training_outs(%x: tensor<2x16xf32>, %m: tensor<16xf32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects 5 outs operands (y, batch_mean, batch_var, running_mean, running_var) in training form, but got 1 outs operand}}
  %y = norm.batch_norm %x : tensor<2x16xf32> running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x : tensor<2x16xf32>) {training}
  return %y : tensor<2x16xf32>
}

// -----

func.func @inference_outs(%x: tensor<2x16xf32>, %m: tensor<16xf32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects 1 outs operand (y) in inference form, but got 2 outs operands}}
  %y:2 = norm.batch_norm %x : tensor<2x16xf32> running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x, %m : tensor<2x16xf32>, tensor<16xf32>)
  return %y#0 : tensor<2x16xf32>
}

// -----

func.func @training_stat_shape(%x: tensor<2x16xf32>, %m: tensor<16xf32>, %s: tensor<2xf32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects batch_var to be a 1-D tensor of the channel size [16], but got [2]}}
  %y:5 = norm.batch_norm %x : tensor<2x16xf32> running(%m, %m : tensor<16xf32>, tensor<16xf32>) outs(%x, %m, %s, %m, %m : tensor<2x16xf32>, tensor<16xf32>, tensor<2xf32>, tensor<16xf32>, tensor<16xf32>) {training}
  return %y#0 : tensor<2x16xf32>
}

// -----

func.func @integer_running(%x: tensor<2x16xf32>, %m: tensor<16xf32>, %v: tensor<16xi32>) -> tensor<2x16xf32> {
  // expected-error @+1 {{expects running_var to have an f16, bf16, f32 or f64 element type, but got 'i32'}}
  %y = norm.batch_norm %x : tensor<2x16xf32> running(%m, %v : tensor<16xf32>, tensor<16xi32>) outs(%x : tensor<2x16xf32>)
  return %y : tensor<2x16xf32>
}
