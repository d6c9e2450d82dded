// RUN: norm-opt %s --convert-norm-to-linalg | FileCheck %s --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}" --implicit-check-not=arith.subf
// No norm op is left anywhere in the output, and RMSNorm subtracts nothing
// (no mean) anywhere (--implicit-check-not).

// RMSNorm: one reduction of x^2, no centering, and the Gemma offset added to
// gamma.
// CHECK-LABEL: func @gemma
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT:   %[[SQ:.*]] = arith.mulf %[[X]], %[[X]] : f32
// CHECK-NEXT:   %[[SUM:.*]] = arith.addf %[[ACC]], %[[SQ]] : f32
// CHECK-NEXT:   linalg.yield %[[SUM]] : f32
// CHECK: %[[EPS:.*]] = arith.constant 9.99999997E-7 : f32
// CHECK: math.rsqrt
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: arith.addf %{{.*}}, %[[ONE]] : f32
func.func @gemma(%x: tensor<8x32xf32>, %g: tensor<32xf32>) -> tensor<8x32xf32> {
  %e = tensor.empty() : tensor<8x32xf32>
  %y = norm.rms_norm %x : tensor<8x32xf32> scale(%g : tensor<32xf32>) outs(%e : tensor<8x32xf32>) {epsilon = 1.0e-6 : f64, offset = 1.0 : f64}
  return %y : tensor<8x32xf32>
}
