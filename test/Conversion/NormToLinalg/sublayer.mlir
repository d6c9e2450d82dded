// RUN: norm-opt %s --convert-norm-to-linalg | FileCheck %s --implicit-check-not=norm.

// A sublayer is expanded and its norm lowered; the body survives in place.
// No norm op is left anywhere (--implicit-check-not).
// CHECK-LABEL: func @pre
// CHECK: math.rsqrt
// CHECK: %[[N:.*]] = linalg.generic
// CHECK: %[[F:.*]] = arith.mulf %[[N]], %{{.*}} : tensor<4x8xf32>
// CHECK: %[[O:.*]] = arith.addf %{{.*}}, %[[F]] : tensor<4x8xf32>
// CHECK: return %[[O]]
func.func @pre(%x: tensor<4x8xf32>, %w: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer pre rms_norm %x : tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>):
    %f = arith.mulf %a, %w : tensor<4x8xf32>
    norm.yield %f : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}
