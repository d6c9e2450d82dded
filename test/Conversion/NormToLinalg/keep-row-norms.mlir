// RUN: norm-opt %s --convert-norm-to-linalg="keep-row-norms" --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-linalg --split-input-file | FileCheck %s --check-prefix=ALL

// keep-row-norms (the CPU pipeline's vector lowering): the row-wise norms
// stay for --convert-norm-to-cpu after bufferization; DeepNorm becomes the
// add_layer_norm it denotes and stays; what has no kernel (statistics
// results, BatchNorm) is decomposed.
// CHECK-LABEL: func @mixed
// CHECK: norm.rms_norm
// CHECK: norm.add_layer_norm {{.*}}alpha = 2.
// CHECK-NOT: norm.deep_norm
// CHECK: norm.sandwich_norm
// CHECK-NOT: norm.layer_norm
// CHECK: linalg.generic
// ALL-LABEL: func @mixed
// ALL-NOT: norm.
func.func @mixed(%x: tensor<4x8xf32>, %r: tensor<4x8xf32>, %g: tensor<8xf32>, %s: tensor<4x1xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x1xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = norm.rms_norm %x : tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  %d = norm.deep_norm %x, %r : tensor<4x8xf32>, tensor<4x8xf32> outs(%e : tensor<4x8xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  %y, %h = norm.sandwich_norm layer_norm %x, %r : tensor<4x8xf32>, tensor<4x8xf32> inner_scale(%g : tensor<8xf32>) scale(%g : tensor<8xf32>) outs(%e, %e : tensor<4x8xf32>, tensor<4x8xf32>)
  %l:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%e, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %a, %d, %y, %l#0, %l#1 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// Normalized over every dim: no row kernel, decomposed.
// CHECK-LABEL: func @all_dims
// CHECK-NOT: norm.
// CHECK: linalg.generic
func.func @all_dims(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = norm.rms_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {axis = 0 : i64}
  return %r : tensor<4x8xf32>
}
