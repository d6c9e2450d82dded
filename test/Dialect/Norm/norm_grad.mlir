// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// The backward ops print and parse back, on tensors and on memrefs.

// CHECK-LABEL: func.func @layer_norm_grad
// CHECK: norm.layer_norm_grad %{{.*}}, %{{.*}} : tensor<?x768xbf16>, tensor<?x768xbf16> scale(%{{.*}} : tensor<768xbf16>) mean(%{{.*}} : tensor<?x1xf32>) rstd(%{{.*}} : tensor<?x1xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x768xbf16>, tensor<768xf32>, tensor<768xf32>) {epsilon = 9.9999999999999995E-7 : f64}
// CHECK: norm.layer_norm_grad %{{.*}}, %{{.*}} : tensor<?x768xbf16>, tensor<?x768xbf16> outs(%{{.*}} : tensor<?x768xbf16>)
func.func @layer_norm_grad(%dy: tensor<?x768xbf16>, %x: tensor<?x768xbf16>,
                           %g: tensor<768xbf16>, %mean: tensor<?x1xf32>,
                           %rstd: tensor<?x1xf32>, %dx0: tensor<?x768xbf16>,
                           %dg0: tensor<768xf32>, %db0: tensor<768xf32>)
    -> (tensor<?x768xbf16>, tensor<768xf32>, tensor<768xf32>, tensor<?x768xbf16>) {
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x
      : tensor<?x768xbf16>, tensor<?x768xbf16> scale(%g : tensor<768xbf16>)
      mean(%mean : tensor<?x1xf32>) rstd(%rstd : tensor<?x1xf32>)
      outs(%dx0, %dg0, %db0 : tensor<?x768xbf16>, tensor<768xf32>, tensor<768xf32>)
      {epsilon = 1.0e-6 : f64}
  %dx1 = norm.layer_norm_grad %dy, %x : tensor<?x768xbf16>, tensor<?x768xbf16>
      outs(%dx0 : tensor<?x768xbf16>)
  return %dx, %dg, %db, %dx1 : tensor<?x768xbf16>, tensor<768xf32>, tensor<768xf32>, tensor<?x768xbf16>
}

// CHECK-LABEL: func.func @rms_norm_grad
// CHECK: norm.rms_norm_grad %{{.*}}, %{{.*}} : memref<4x8x64xf32>, memref<4x8x64xf32> scale(%{{.*}} : memref<64xf32>) rstd(%{{.*}} : memref<4x8x1xf32>) outs(%{{.*}}, %{{.*}} : memref<4x8x64xf32>, memref<64xf32>) {offset = 1.000000e+00 : f64}
func.func @rms_norm_grad(%dy: memref<4x8x64xf32>, %x: memref<4x8x64xf32>,
                         %g: memref<64xf32>, %rstd: memref<4x8x1xf32>,
                         %dx: memref<4x8x64xf32>, %dg: memref<64xf32>) {
  norm.rms_norm_grad %dy, %x : memref<4x8x64xf32>, memref<4x8x64xf32>
      scale(%g : memref<64xf32>) rstd(%rstd : memref<4x8x1xf32>)
      outs(%dx, %dg : memref<4x8x64xf32>, memref<64xf32>) {offset = 1.0 : f64}
  return
}

// CHECK-LABEL: func.func @add_norm_grads
// CHECK: norm.add_layer_norm_grad %{{.*}}, %{{.*}} : tensor<8x64xf32>, tensor<8x64xf32> residual_grad(%{{.*}} : tensor<8x64xf32>) scale(%{{.*}} : tensor<64xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<8x64xf32>, tensor<8x64xf32>, tensor<64xf32>, tensor<64xf32>) {alpha = 5.000000e-01 : f64}
// CHECK: norm.add_rms_norm_grad %{{.*}}, %{{.*}} : tensor<8x64xf32>, tensor<8x64xf32> outs(%{{.*}}, %{{.*}} : tensor<8x64xf32>, tensor<8x64xf32>)
func.func @add_norm_grads(%dy: tensor<8x64xf32>, %h: tensor<8x64xf32>,
                          %dh: tensor<8x64xf32>, %g: tensor<64xf32>,
                          %e: tensor<8x64xf32>, %ep: tensor<64xf32>)
    -> (tensor<8x64xf32>, tensor<8x64xf32>) {
  %dx, %dr, %dg, %db = norm.add_layer_norm_grad %dy, %h
      : tensor<8x64xf32>, tensor<8x64xf32> residual_grad(%dh : tensor<8x64xf32>)
      scale(%g : tensor<64xf32>)
      outs(%e, %e, %ep, %ep : tensor<8x64xf32>, tensor<8x64xf32>, tensor<64xf32>, tensor<64xf32>)
      {alpha = 0.5 : f64}
  %dx2, %dr2 = norm.add_rms_norm_grad %dy, %h : tensor<8x64xf32>, tensor<8x64xf32>
      outs(%e, %e : tensor<8x64xf32>, tensor<8x64xf32>)
  return %dx, %dr2 : tensor<8x64xf32>, tensor<8x64xf32>
}
