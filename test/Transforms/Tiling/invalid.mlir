// RUN: norm-opt %s --transform-interpreter --split-input-file --verify-diagnostics

// A tile of a row norm covers whole rows: tiling a normalized dim is an
// error naming the loops that may be tiled, not a crash. (The two errors
// after it are tile_using_for's.)
func.func @tile_normalized_dim(%x: tensor<8x32xf32>) -> tensor<8x32xf32> {
  // expected-error @below {{'norm.rms_norm' op cannot tile loop 1: loops [1, 2) are the normalized dims, which a tile must cover whole (the statistics of a row need all of it); tile only loops [0, 1)}}
  // expected-error @below {{faild to tile operation}}
  // expected-error @below {{failed to generate tiling loops}}
  %y = norm.rms_norm %x : tensor<8x32xf32> outs(%x : tensor<8x32xf32>)
  return %y : tensor<8x32xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %l0, %l1 = transform.structured.tile_using_for %op tile_sizes [4, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// The same for a normalized dim that is not the last.
func.func @tile_inner_normalized_dim(%x: tensor<4x8x32xf32>) -> tensor<4x8x32xf32> {
  // expected-error @below {{'norm.layer_norm' op cannot tile loop 1: loops [1, 3) are the normalized dims}}
  // expected-error @below {{faild to tile operation}}
  // expected-error @below {{failed to generate tiling loops}}
  %y = norm.layer_norm %x : tensor<4x8x32xf32> outs(%x : tensor<4x8x32xf32>) {axis = 1}
  return %y : tensor<4x8x32xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.layer_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %l0, %l1 = transform.structured.tile_using_for %op tile_sizes [2, 4] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Training BatchNorm: only the channel dim is parallel.
func.func @tile_batch_dim_in_training(%x: tensor<4x6x5xf32>, %m: tensor<6xf32>, %v: tensor<6xf32>)
    -> (tensor<4x6x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
  %c = tensor.empty() : tensor<6xf32>
  // expected-error @below {{'norm.batch_norm' op cannot tile loop 0: in training form only the channel loop is parallel}}
  // expected-error @below {{faild to tile operation}}
  // expected-error @below {{failed to generate tiling loops}}
  %y:5 = norm.batch_norm %x : tensor<4x6x5xf32> running(%m, %v : tensor<6xf32>, tensor<6xf32>)
           outs(%x, %c, %c, %c, %c : tensor<4x6x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {training}
  return %y#0, %y#1, %y#2, %y#3, %y#4 : tensor<4x6x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.batch_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %l0, %l1 = transform.structured.tile_using_for %op tile_sizes [2, 2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Ops on memrefs do not decompose (decompose before bufferizing).
func.func @decompose_memref(%x: memref<8x32xf32>, %y: memref<8x32xf32>) {
  // expected-note @below {{when applied to this op}}
  norm.rms_norm %x : memref<8x32xf32> outs(%y : memref<8x32xf32>)
  return
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["norm.rms_norm"]} in %root : (!transform.any_op) -> !transform.any_op
    // expected-error @below {{transform.structured.decompose_interface failed to apply}}
    %decomposed = transform.structured.decompose_interface %op : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
