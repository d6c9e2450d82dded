// RUN: norm-opt %S/Inputs/torch_rms_norm_bf16.mlir --norm-raise --canonicalize | FileCheck %s --implicit-check-not=arith.extf --implicit-check-not=arith.truncf --implicit-check-not=math.

// The f32 upcast of bf16 data and the downcast of the result fold into the
// op (it computes in f32 and rounds once either way): norm.rms_norm on bf16.
// The bf16 weight multiply after the downcast stays separate, since folding
// it would merge two roundings into one. No cast or math op is left
// anywhere (--implicit-check-not).
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xbf16>)
// CHECK: %[[Y:.*]] = norm.rms_norm %[[X]] : tensor<4x64xbf16> outs(%{{.*}} : tensor<4x64xbf16>) {axis = 1 : i64, epsilon = 9.9999999999999995E-7 : f64}
// CHECK: %[[W:.*]] = linalg.generic {{.*}} ins(%[[Y]], %{{.*}} : tensor<4x64xbf16>, tensor<64xbf16>)
// CHECK: arith.mulf %{{.*}}, %{{.*}} : bf16
// CHECK: return %[[W]]
