// RUN: norm-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(sharding-propagation))' -o /dev/null 2>&1 | FileCheck %s
//
// Shardings a norm op cannot take are errors at propagation. (MLIR 22's
// sharding-propagation reports them without failing, once per direction it
// visits the op; so the messages are checked, not -verify-diagnostics.)

shard.grid @grid(shape = 4)
func.func @uneven_hidden(%x: tensor<2x6xf32>) -> tensor<2x6xf32> {
  %s = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<2x6xf32>
  %e = tensor.empty() : tensor<2x6xf32>
  // CHECK: error: 'norm.rms_norm' op normalized dim 1 of size 6 does not split evenly over 4 processes
  %y = norm.rms_norm %xs : tensor<2x6xf32> outs(%e : tensor<2x6xf32>)
  return %y : tensor<2x6xf32>
}

// -----

shard.grid @grid(shape = 2)
func.func @dynamic_hidden(%x: tensor<2x?xf32>) -> tensor<2x?xf32> {
  %s = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<2x?xf32>
  // CHECK: error: 'norm.layer_norm' op normalized dim 1 is dynamic; only static normalized dims can be split across processes
  %y = norm.layer_norm %xs : tensor<2x?xf32> outs(%x : tensor<2x?xf32>)
  return %y : tensor<2x?xf32>
}

// -----

// scale split while the input's hidden dim is whole.
shard.grid @grid(shape = 2)
func.func @scale_unlike_input(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  %gs = shard.shard %g to %s annotate_for_users : tensor<8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  // CHECK: error: 'norm.rms_norm' op has conflicting shardings: the input, residual, y and h must be split alike, and scale and bias exactly like the input's normalized dims
  %y = norm.rms_norm %xs : tensor<4x8xf32> scale(%gs : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

shard.grid @grid(shape = 2)
func.func @grad_hidden(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  // CHECK: error: 'norm.rms_norm_grad' op cannot split its normalized dim 1 across processes yet (only rows)
  %dx = norm.rms_norm_grad %dy, %xs : tensor<4x8xf32>, tensor<4x8xf32> outs(%x : tensor<4x8xf32>)
  return %dx : tensor<4x8xf32>
}

// -----

// A norm op on memrefs in a function being propagated: sharding works on
// tensors (partition, then bufferize).
shard.grid @grid(shape = 2)
func.func @memref_operands(%x: memref<4x8xf32>, %y: memref<4x8xf32>, %t: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[0]] : !shard.sharding
  %ts = shard.shard %t to %s annotate_for_users : tensor<4x8xf32>
  // CHECK: error: 'norm.rms_norm' op can only be sharded with tensor operands (bufferize after partitioning)
  norm.rms_norm %x : memref<4x8xf32> outs(%y : memref<4x8xf32>)
  return %ts : tensor<4x8xf32>
}
