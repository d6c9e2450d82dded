// RUN: norm-opt %s --norm-raise --split-input-file | FileCheck %s

// tosa chains that look like a norm but are not one stay as they are.

// The "mean" divides by 1/32 over a row of 64: not a mean.
// CHECK-LABEL: func.func @wrong_count
// CHECK-NOT:     norm.
// CHECK:         tosa.rsqrt
func.func @wrong_count(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %two = "tosa.const"() <{values = dense<2.0> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %inv = "tosa.const"() <{values = dense<3.125e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %eps = "tosa.const"() <{values = dense<1.0e-6> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %sq = tosa.pow %x, %two : (tensor<4x64xf32>, tensor<1x1xf32>) -> tensor<4x64xf32>
  %sum = tosa.reduce_sum %sq {axis = 1 : i32} : (tensor<4x64xf32>) -> tensor<4x1xf32>
  %mean = tosa.mul %sum, %inv, %shift : (tensor<4x1xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<4x1xf32>
  %v = tosa.add %mean, %eps : (tensor<4x1xf32>, tensor<1x1xf32>) -> tensor<4x1xf32>
  %r = tosa.rsqrt %v : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %y = tosa.mul %x, %r, %shift : (tensor<4x64xf32>, tensor<4x1xf32>, tensor<1xi8>) -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}

// -----

// The statistic is of another tensor: x * rsqrt(mean(z^2) + eps).
// CHECK-LABEL: func.func @other_tensor
// CHECK-NOT:     norm.
func.func @other_tensor(%x: tensor<4x64xf32>, %z: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %inv = "tosa.const"() <{values = dense<1.5625e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %eps = "tosa.const"() <{values = dense<1.0e-6> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %sq = tosa.mul %z, %z, %shift : (tensor<4x64xf32>, tensor<4x64xf32>, tensor<1xi8>) -> tensor<4x64xf32>
  %sum = tosa.reduce_sum %sq {axis = 1 : i32} : (tensor<4x64xf32>) -> tensor<4x1xf32>
  %mean = tosa.mul %sum, %inv, %shift : (tensor<4x1xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<4x1xf32>
  %v = tosa.add %mean, %eps : (tensor<4x1xf32>, tensor<1x1xf32>) -> tensor<4x1xf32>
  %r = tosa.rsqrt %v : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %y = tosa.mul %x, %r, %shift : (tensor<4x64xf32>, tensor<4x1xf32>, tensor<1xi8>) -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}

// -----

// Reduced over a leading dim: not a row statistic.
// CHECK-LABEL: func.func @leading_axis
// CHECK-NOT:     norm.
func.func @leading_axis(%x: tensor<64x4xf32>) -> tensor<64x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %inv = "tosa.const"() <{values = dense<1.5625e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %eps = "tosa.const"() <{values = dense<1.0e-6> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %sq = tosa.mul %x, %x, %shift : (tensor<64x4xf32>, tensor<64x4xf32>, tensor<1xi8>) -> tensor<64x4xf32>
  %sum = tosa.reduce_sum %sq {axis = 0 : i32} : (tensor<64x4xf32>) -> tensor<1x4xf32>
  %mean = tosa.mul %sum, %inv, %shift : (tensor<1x4xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<1x4xf32>
  %v = tosa.add %mean, %eps : (tensor<1x4xf32>, tensor<1x1xf32>) -> tensor<1x4xf32>
  %r = tosa.rsqrt %v : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %y = tosa.mul %x, %r, %shift : (tensor<64x4xf32>, tensor<1x4xf32>, tensor<1xi8>) -> tensor<64x4xf32>
  return %y : tensor<64x4xf32>
}

// -----

// A gamma that varies per row ([4, 64], not [1, 64]) is not a scale.
// CHECK-LABEL: func.func @per_row_gamma
// CHECK:         %[[N:.*]] = norm.rms_norm %arg0 : tensor<4x64xf32> outs
// CHECK:         tosa.mul %[[N]], %arg1
func.func @per_row_gamma(%x: tensor<4x64xf32>, %g: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %inv = "tosa.const"() <{values = dense<1.5625e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %eps = "tosa.const"() <{values = dense<1.0e-6> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
  %sq = tosa.mul %x, %x, %shift : (tensor<4x64xf32>, tensor<4x64xf32>, tensor<1xi8>) -> tensor<4x64xf32>
  %sum = tosa.reduce_sum %sq {axis = 1 : i32} : (tensor<4x64xf32>) -> tensor<4x1xf32>
  %mean = tosa.mul %sum, %inv, %shift : (tensor<4x1xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<4x1xf32>
  %v = tosa.add %mean, %eps : (tensor<4x1xf32>, tensor<1x1xf32>) -> tensor<4x1xf32>
  %r = tosa.rsqrt %v : (tensor<4x1xf32>) -> tensor<4x1xf32>
  %n = tosa.mul %x, %r, %shift : (tensor<4x64xf32>, tensor<4x1xf32>, tensor<1xi8>) -> tensor<4x64xf32>
  %y = tosa.mul %n, %g, %shift : (tensor<4x64xf32>, tensor<4x64xf32>, tensor<1xi8>) -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}
