// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// Training-form BatchNorm's backward prints and parses back, on tensors
// (saved statistics or recomputed, with or without parameter gradients)
// and on memrefs.

// CHECK-LABEL: func.func @saved
// CHECK: norm.batch_norm_grad %{{.*}}, %{{.*}} : tensor<?x64x?x?xbf16>, tensor<?x64x?x?xbf16> scale(%{{.*}} : tensor<64xf32>) mean(%{{.*}} : tensor<64xf32>) var(%{{.*}} : tensor<64xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<?x64x?x?xbf16>, tensor<64xf32>, tensor<64xbf16>) {epsilon = 1.000000e-03 : f64}
// CHECK: norm.batch_norm_grad %{{.*}}, %{{.*}} : tensor<?x64x?x?xbf16>, tensor<?x64x?x?xbf16> outs(%{{.*}} : tensor<?x64x?x?xbf16>) {channel_axis = -3 : i64}
func.func @saved(%dy: tensor<?x64x?x?xbf16>, %x: tensor<?x64x?x?xbf16>,
                 %g: tensor<64xf32>, %mean: tensor<64xf32>,
                 %var: tensor<64xf32>, %dx0: tensor<?x64x?x?xbf16>,
                 %dg0: tensor<64xf32>, %db0: tensor<64xbf16>)
    -> (tensor<?x64x?x?xbf16>, tensor<64xf32>, tensor<64xbf16>, tensor<?x64x?x?xbf16>) {
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x
      : tensor<?x64x?x?xbf16>, tensor<?x64x?x?xbf16> scale(%g : tensor<64xf32>)
      mean(%mean : tensor<64xf32>) var(%var : tensor<64xf32>)
      outs(%dx0, %dg0, %db0 : tensor<?x64x?x?xbf16>, tensor<64xf32>, tensor<64xbf16>)
      {epsilon = 1.0e-3 : f64}
  %dx1 = norm.batch_norm_grad %dy, %x : tensor<?x64x?x?xbf16>, tensor<?x64x?x?xbf16>
      outs(%dx0 : tensor<?x64x?x?xbf16>) {channel_axis = -3 : i64}
  return %dx, %dg, %db, %dx1 : tensor<?x64x?x?xbf16>, tensor<64xf32>, tensor<64xbf16>, tensor<?x64x?x?xbf16>
}

// CHECK-LABEL: func.func @buffers
// CHECK: norm.batch_norm_grad %{{.*}}, %{{.*}} : memref<8x16xf32>, memref<8x16xf32> scale(%{{.*}} : memref<16xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}} : memref<8x16xf32>, memref<16xf32>, memref<16xf32>)
func.func @buffers(%dy: memref<8x16xf32>, %x: memref<8x16xf32>,
                   %g: memref<16xf32>, %dx: memref<8x16xf32>,
                   %dg: memref<16xf32>, %db: memref<16xf32>) {
  norm.batch_norm_grad %dy, %x : memref<8x16xf32>, memref<8x16xf32>
      scale(%g : memref<16xf32>)
      outs(%dx, %dg, %db : memref<8x16xf32>, memref<16xf32>, memref<16xf32>)
  return
}
