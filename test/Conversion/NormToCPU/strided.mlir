// RUN: norm-opt %s --convert-norm-to-cpu --canonicalize | FileCheck %s

// A slice with stride 2 along the row is copied to a contiguous tensor
// before the vector kernel; the contiguous K slice of a QKV buffer is not.
// CHECK-LABEL: func @strided
// CHECK: %[[S:.*]] = tensor.extract_slice %{{.*}}[0, 1] [4, 64] [1, 2]
// CHECK: %[[C:.*]] = linalg.copy ins(%[[S]] : tensor<4x64xf32>) outs(%{{.*}} : tensor<4x64xf32>)
// CHECK: scf.forall
// CHECK: tensor.extract_slice %[[C]]
func.func @strided(%x: tensor<4x128xf32>, %y: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %s = tensor.extract_slice %x[0, 1] [4, 64] [1, 2] : tensor<4x128xf32> to tensor<4x64xf32>
  %r = norm.rms_norm %s : tensor<4x64xf32> outs(%y : tensor<4x64xf32>)
  return %r : tensor<4x64xf32>
}

// CHECK-LABEL: func @k_slice
// CHECK-NOT: linalg.copy
// CHECK: scf.forall
func.func @k_slice(%qkv: tensor<4x192xf32>, %y: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %k = tensor.extract_slice %qkv[0, 64] [4, 64] [1, 1] : tensor<4x192xf32> to tensor<4x64xf32>
  %r = norm.rms_norm %k : tensor<4x64xf32> outs(%y : tensor<4x64xf32>)
  return %r : tensor<4x64xf32>
}
