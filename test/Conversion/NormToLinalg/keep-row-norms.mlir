// RUN: norm-opt %s --convert-norm-to-linalg="keep-row-norms" --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-linalg --split-input-file | FileCheck %s --check-prefix=ALL
// RUN: norm-opt %s --convert-norm-to-linalg="keep-batch-norms" --split-input-file | FileCheck %s --check-prefix=BATCH
// RUN: norm-opt %s --convert-norm-to-linalg="keep-row-norms keep-row-norm-statistics" --split-input-file | FileCheck %s --check-prefix=STATS

// keep-row-norms (the CPU pipeline's vector lowering): the row-wise norms
// stay for --convert-norm-to-cpu after bufferization; DeepNorm becomes the
// add_layer_norm it denotes and stays; what has no kernel (statistics
// results, BatchNorm) is decomposed. (keep-batch-norms: see @batch_norms.)
// CHECK-LABEL: func @mixed
// CHECK: norm.rms_norm
// CHECK: norm.add_layer_norm {{.*}}alpha = 2.
// CHECK-NOT: norm.deep_norm
// CHECK: norm.sandwich_norm
// CHECK-NOT: norm.layer_norm
// CHECK: linalg.generic
// ALL-LABEL: func @mixed
// ALL-NOT: norm.
// With keep-row-norm-statistics (the CPU pipeline's vector lowering,
// whose row kernels write statistics) the LayerNorm returning mean and
// rstd stays too.
// STATS-LABEL: func @mixed
// STATS: norm.rms_norm
// STATS: norm.add_layer_norm
// STATS: norm.sandwich_norm
// STATS: norm.layer_norm {{.*}} outs(%{{.*}}, %{{.*}}, %{{.*}} :
// STATS-NEXT: return
func.func @mixed(%x: tensor<4x8xf32>, %r: tensor<4x8xf32>, %g: tensor<8xf32>, %s: tensor<4x1xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x1xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = norm.rms_norm %x : tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  %d = norm.deep_norm %x, %r : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  %y, %h = norm.sandwich_norm layer_norm %x, %r : tensor<4x8xf32>, tensor<4x8xf32> inner_scale(%g : tensor<8xf32>) scale(%g : tensor<8xf32>) outs(%e, %e : tensor<4x8xf32>, tensor<4x8xf32>)
  %l:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%e, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %a, %d, %y, %l#0, %l#1 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// Normalized over every dim: one row for the kernels, kept.
// CHECK-LABEL: func @all_dims
// CHECK-NOT: linalg.generic
// CHECK: norm.rms_norm %{{.*}} {axis = 0 : i64}
// CHECK-NEXT: return
func.func @all_dims(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = norm.rms_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {axis = 0 : i64}
  return %r : tensor<4x8xf32>
}

// -----

// BatchNorm is decomposed under keep-row-norms alone (the GPU pipeline's
// choice); keep-batch-norms (the CPU pipeline's) keeps both forms on
// values of rank 2 or more, and still decomposes a 1-D input.
// CHECK-LABEL: func @batch_norms
// CHECK-NOT: norm.batch_norm
// BATCH-LABEL: func @batch_norms
// BATCH: norm.batch_norm %{{.*}} : tensor<2x4x3xf32> running
// BATCH: norm.batch_norm %{{.*}} : tensor<2x4x3xf32> running{{.*}} {training}
// BATCH-NOT: norm.batch_norm
// BATCH: return
func.func @batch_norms(%x: tensor<2x4x3xf32>, %c: tensor<4xf32>) -> (tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<4xf32>) {
  %y = norm.batch_norm %x : tensor<2x4x3xf32> running(%c, %c : tensor<4xf32>, tensor<4xf32>) outs(%x : tensor<2x4x3xf32>)
  %t:5 = norm.batch_norm %x : tensor<2x4x3xf32> running(%c, %c : tensor<4xf32>, tensor<4xf32>) outs(%x, %c, %c, %c, %c : tensor<2x4x3xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {training}
  %o = norm.batch_norm %c : tensor<4xf32> running(%c, %c : tensor<4xf32>, tensor<4xf32>) outs(%c : tensor<4xf32>) {channel_axis = 0 : i64}
  return %y, %t#0, %o : tensor<2x4x3xf32>, tensor<2x4x3xf32>, tensor<4xf32>
}
