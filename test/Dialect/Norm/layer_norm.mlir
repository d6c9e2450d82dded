// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// CHECK-LABEL: func @static_f32
// CHECK: norm.layer_norm %{{.*}} : tensor<4x768xf32> scale(%{{.*}} : tensor<768xf32>) bias(%{{.*}} : tensor<768xf32>) outs(%{{.*}} : tensor<4x768xf32>) {epsilon = 9.9999999999999995E-7 : f64}
func.func @static_f32(%x: tensor<4x768xf32>, %g: tensor<768xf32>, %b: tensor<768xf32>) -> tensor<4x768xf32> {
  %e = tensor.empty() : tensor<4x768xf32>
  %y = norm.layer_norm %x : tensor<4x768xf32> scale(%g : tensor<768xf32>) bias(%b : tensor<768xf32>) outs(%e : tensor<4x768xf32>) {epsilon = 1.0e-6 : f64}
  return %y : tensor<4x768xf32>
}

// The default axis (-1) and epsilon (1e-5) are elided.
// CHECK-LABEL: func @dynamic_bf16_no_params
// CHECK: norm.layer_norm %{{.*}} : tensor<?x?xbf16> outs(%{{.*}} : tensor<?x?xbf16>){{$}}
func.func @dynamic_bf16_no_params(%x: tensor<?x?xbf16>, %e: tensor<?x?xbf16>) -> tensor<?x?xbf16> {
  %y = norm.layer_norm %x : tensor<?x?xbf16> outs(%e : tensor<?x?xbf16>) {axis = -1 : i64, epsilon = 1.0e-5 : f64}
  return %y : tensor<?x?xbf16>
}

// Normalized over two trailing axes, f16 input with f32 gamma, and the mean
// and rstd statistics (f32, size-1 trailing dims).
// CHECK-LABEL: func @two_axes_f16_statistics
// CHECK: %{{.*}}:3 = norm.layer_norm %{{.*}} : tensor<2x?x4x8xf16> scale(%{{.*}} : tensor<4x8xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<2x?x4x8xf16>, tensor<2x?x1x1xf32>, tensor<2x?x1x1xf32>) {axis = 2 : i64}
func.func @two_axes_f16_statistics(%x: tensor<2x?x4x8xf16>, %g: tensor<4x8xf32>, %e: tensor<2x?x4x8xf16>, %s: tensor<2x?x1x1xf32>) -> (tensor<2x?x4x8xf16>, tensor<2x?x1x1xf32>, tensor<2x?x1x1xf32>) {
  %y:3 = norm.layer_norm %x : tensor<2x?x4x8xf16> scale(%g : tensor<4x8xf32>) outs(%e, %s, %s : tensor<2x?x4x8xf16>, tensor<2x?x1x1xf32>, tensor<2x?x1x1xf32>) {axis = 2 : i64}
  return %y#0, %y#1, %y#2 : tensor<2x?x4x8xf16>, tensor<2x?x1x1xf32>, tensor<2x?x1x1xf32>
}

// f64 statistics for f64 inputs; zero rows are legal.
// CHECK-LABEL: func @f64_zero_rows
// CHECK: norm.layer_norm %{{.*}} : tensor<0x16xf64> outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<0x16xf64>, tensor<0x1xf64>, tensor<0x1xf64>)
func.func @f64_zero_rows(%x: tensor<0x16xf64>, %s: tensor<0x1xf64>) -> tensor<0x16xf64> {
  %y:3 = norm.layer_norm %x : tensor<0x16xf64> outs(%x, %s, %s : tensor<0x16xf64>, tensor<0x1xf64>, tensor<0x1xf64>)
  return %y#0 : tensor<0x16xf64>
}
