// RUN: norm-opt %s --convert-norm-to-linalg --split-input-file | FileCheck %s --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"
// No norm op is left anywhere in the output (--implicit-check-not).

// h = alpha * r + x + bias is computed in f32, rounded to h's type and
// returned; the norm reads the stored h.
// CHECK-LABEL: func @add_rms
// CHECK: %[[H:.*]] = linalg.generic
// CHECK: ^bb0(%[[X:.*]]: bf16, %[[R:.*]]: bf16, %[[B:.*]]: f32, %{{.*}}: bf16):
// CHECK:   %[[XF:.*]] = arith.extf %[[X]] : bf16 to f32
// CHECK:   %[[RF:.*]] = arith.extf %[[R]] : bf16 to f32
// CHECK:   %[[A:.*]] = arith.constant 2.000000e+00 : f32
// CHECK:   %[[AR:.*]] = arith.mulf %[[RF]], %[[A]] : f32
// CHECK:   %[[S:.*]] = arith.addf %[[AR]], %[[XF]] : f32
// CHECK:   %[[SB:.*]] = arith.addf %[[S]], %[[B]] : f32
// CHECK:   %[[T:.*]] = arith.truncf %[[SB]] : f32 to bf16
// CHECK:   linalg.yield %[[T]] : bf16
// CHECK: linalg.generic {{.*}} ins(%[[H]] : tensor<4x64xbf16>)
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[H]], %{{.*}} : tensor<4x64xbf16>, tensor<4xf32>) outs(%{{.*}} : tensor<4x64xbf16>)
// CHECK: return %[[Y]], %[[H]]
func.func @add_rms(%x: tensor<4x64xbf16>, %r: tensor<4x64xbf16>, %b: tensor<64xf32>) -> (tensor<4x64xbf16>, tensor<4x64xbf16>) {
  %e = tensor.empty() : tensor<4x64xbf16>
  %y:2 = norm.add_rms_norm %x, %r : tensor<4x64xbf16>, tensor<4x64xbf16> add_bias(%b : tensor<64xf32>) outs(%e, %e : tensor<4x64xbf16>, tensor<4x64xbf16>) {alpha = 2.0 : f64}
  return %y#0, %y#1 : tensor<4x64xbf16>, tensor<4x64xbf16>
}

// -----

// DeepNorm lowers with the alpha its architecture implies:
// decoder-only, M = 8: alpha = (2 * 8)^(1/4) = 2.
// CHECK-LABEL: func @deep_norm
// CHECK: %[[A:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: arith.mulf %{{.*}}, %[[A]] : f32
// CHECK: math.rsqrt
func.func @deep_norm(%f: tensor<4x64xf32>, %x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<4x64xf32>, tensor<4x64xf32> outs(%f : tensor<4x64xf32>) {arch = #norm.arch<decoder>, decoder_layers = 8}
  return %y : tensor<4x64xf32>
}
