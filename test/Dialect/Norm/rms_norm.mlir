// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// CHECK-LABEL: func @llama
// CHECK: norm.rms_norm %{{.*}} : tensor<?x4096xbf16> scale(%{{.*}} : tensor<4096xbf16>) outs(%{{.*}} : tensor<?x4096xbf16>) {epsilon = 9.9999999999999995E-7 : f64}
func.func @llama(%x: tensor<?x4096xbf16>, %g: tensor<4096xbf16>, %e: tensor<?x4096xbf16>) -> tensor<?x4096xbf16> {
  %y = norm.rms_norm %x : tensor<?x4096xbf16> scale(%g : tensor<4096xbf16>) outs(%e : tensor<?x4096xbf16>) {epsilon = 1.0e-6 : f64}
  return %y : tensor<?x4096xbf16>
}

// Gemma-style (1 + gamma) weights and the rstd statistic.
// CHECK-LABEL: func @gemma_rstd
// CHECK: %{{.*}}:2 = norm.rms_norm %{{.*}} : tensor<3x7xf16> scale(%{{.*}} : tensor<7xf32>) outs(%{{.*}}, %{{.*}} : tensor<3x7xf16>, tensor<3x1xf32>) {offset = 1.000000e+00 : f64}
func.func @gemma_rstd(%x: tensor<3x7xf16>, %g: tensor<7xf32>, %e: tensor<3x7xf16>, %r: tensor<3x1xf32>) -> (tensor<3x7xf16>, tensor<3x1xf32>) {
  %y:2 = norm.rms_norm %x : tensor<3x7xf16> scale(%g : tensor<7xf32>) outs(%e, %r : tensor<3x7xf16>, tensor<3x1xf32>) {offset = 1.0 : f64}
  return %y#0, %y#1 : tensor<3x7xf16>, tensor<3x1xf32>
}

// A rank-1 input is a single row; no scale.
// CHECK-LABEL: func @single_row
// CHECK: norm.rms_norm %{{.*}} : tensor<?xf32> outs(%{{.*}} : tensor<?xf32>) {axis = 0 : i64}
func.func @single_row(%x: tensor<?xf32>) -> tensor<?xf32> {
  %y = norm.rms_norm %x : tensor<?xf32> outs(%x : tensor<?xf32>) {axis = 0 : i64}
  return %y : tensor<?xf32>
}
