// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// CHECK-LABEL: func @add_layer_norm_full
// CHECK: %{{.*}}:2 = norm.add_layer_norm %{{.*}}, %{{.*}} : tensor<?x768xf32>, tensor<?x768xf32> add_bias(%{{.*}} : tensor<768xf32>) scale(%{{.*}} : tensor<768xf32>) bias(%{{.*}} : tensor<768xf32>) outs(%{{.*}}, %{{.*}} : tensor<?x768xf32>, tensor<?x768xf32>) {alpha = 2.000000e+00 : f64, epsilon = 9.9999999999999998E-13 : f64}
func.func @add_layer_norm_full(%x: tensor<?x768xf32>, %r: tensor<?x768xf32>, %ab: tensor<768xf32>, %g: tensor<768xf32>, %b: tensor<768xf32>, %e: tensor<?x768xf32>) -> (tensor<?x768xf32>, tensor<?x768xf32>) {
  %y:2 = norm.add_layer_norm %x, %r : tensor<?x768xf32>, tensor<?x768xf32> add_bias(%ab : tensor<768xf32>) scale(%g : tensor<768xf32>) bias(%b : tensor<768xf32>) outs(%e, %e : tensor<?x768xf32>, tensor<?x768xf32>) {alpha = 2.0 : f64, epsilon = 1.0e-12 : f64}
  return %y#0, %y#1 : tensor<?x768xf32>, tensor<?x768xf32>
}

// CHECK-LABEL: func @add_rms_norm_bf16
// CHECK: %{{.*}}:2 = norm.add_rms_norm %{{.*}}, %{{.*}} : tensor<2x3584xbf16>, tensor<2x3584xbf16> scale(%{{.*}} : tensor<3584xf32>) outs(%{{.*}}, %{{.*}} : tensor<2x3584xbf16>, tensor<2x3584xbf16>){{$}}
func.func @add_rms_norm_bf16(%x: tensor<2x3584xbf16>, %r: tensor<2x3584xbf16>, %g: tensor<3584xf32>) -> (tensor<2x3584xbf16>, tensor<2x3584xbf16>) {
  %e = tensor.empty() : tensor<2x3584xbf16>
  %y:2 = norm.add_rms_norm %x, %r : tensor<2x3584xbf16>, tensor<2x3584xbf16> scale(%g : tensor<3584xf32>) outs(%e, %e : tensor<2x3584xbf16>, tensor<2x3584xbf16>)
  return %y#0, %y#1 : tensor<2x3584xbf16>, tensor<2x3584xbf16>
}

// CHECK-LABEL: func @add_rms_norm_gemma_f16
// CHECK: norm.add_rms_norm {{.*}} {offset = 1.000000e+00 : f64}
func.func @add_rms_norm_gemma_f16(%x: tensor<?x?xf16>, %r: tensor<?x?xf16>, %g: tensor<?xf16>) -> tensor<?x?xf16> {
  %y:2 = norm.add_rms_norm %x, %r : tensor<?x?xf16>, tensor<?x?xf16> scale(%g : tensor<?xf16>) outs(%x, %r : tensor<?x?xf16>, tensor<?x?xf16>) {offset = 1.0 : f64}
  return %y#0 : tensor<?x?xf16>
}
