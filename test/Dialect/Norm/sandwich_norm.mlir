// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s
// RUN: norm-opt %s --emit-bytecode | norm-opt | FileCheck %s

// CHECK-LABEL: func.func @layer
// CHECK: %{{.*}}:2 = norm.sandwich_norm layer_norm %{{.*}}, %{{.*}} : tensor<?x1024xbf16>, tensor<?x1024xbf16> inner_scale(%{{.*}} : tensor<1024xf32>) inner_bias(%{{.*}} : tensor<1024xf32>) scale(%{{.*}} : tensor<1024xf32>) bias(%{{.*}} : tensor<1024xf32>) outs(%{{.*}}, %{{.*}} : tensor<?x1024xbf16>, tensor<?x1024xbf16>) {inner_epsilon = 9.9999999999999995E-7 : f64}
func.func @layer(%f: tensor<?x1024xbf16>, %x: tensor<?x1024xbf16>, %g: tensor<1024xf32>, %b: tensor<1024xf32>) -> (tensor<?x1024xbf16>, tensor<?x1024xbf16>) {
  %y, %h = norm.sandwich_norm layer_norm %f, %x : tensor<?x1024xbf16>, tensor<?x1024xbf16> inner_scale(%g : tensor<1024xf32>) inner_bias(%b : tensor<1024xf32>) scale(%g : tensor<1024xf32>) bias(%b : tensor<1024xf32>) outs(%f, %f : tensor<?x1024xbf16>, tensor<?x1024xbf16>) {inner_epsilon = 1.0e-6 : f64}
  return %y, %h : tensor<?x1024xbf16>, tensor<?x1024xbf16>
}

// Gemma 2's post- and pre-norm: RMSNorm with 1 + gamma, no scales at all
// also allowed; over two dims.
// CHECK-LABEL: func.func @rms
// CHECK: norm.sandwich_norm rms_norm %{{.*}}, %{{.*}} : tensor<2x8x64xf32>, tensor<2x8x64xf32> scale(%{{.*}} : tensor<8x64xf32>) outs(%{{.*}}, %{{.*}} : tensor<2x8x64xf32>, tensor<2x8x64xf32>) {axis = 1 : i64, offset = 1.000000e+00 : f64}
func.func @rms(%f: tensor<2x8x64xf32>, %x: tensor<2x8x64xf32>, %g: tensor<8x64xf32>) -> tensor<2x8x64xf32> {
  %y, %h = norm.sandwich_norm rms_norm %f, %x : tensor<2x8x64xf32>, tensor<2x8x64xf32> scale(%g : tensor<8x64xf32>) outs(%f, %x : tensor<2x8x64xf32>, tensor<2x8x64xf32>) {axis = 1 : i64, offset = 1.0 : f64}
  return %y : tensor<2x8x64xf32>
}

// After bufferization: memrefs, no results.
// CHECK-LABEL: func.func @buffers
// CHECK: norm.sandwich_norm layer_norm %{{.*}}, %{{.*}} : memref<4x64xf32>, memref<4x64xf32> outs(%{{.*}}, %{{.*}} : memref<4x64xf32>, memref<4x64xf32>)
func.func @buffers(%f: memref<4x64xf32>, %x: memref<4x64xf32>, %y: memref<4x64xf32>) {
  norm.sandwich_norm layer_norm %f, %x : memref<4x64xf32>, memref<4x64xf32> outs(%y, %f : memref<4x64xf32>, memref<4x64xf32>)
  return
}
