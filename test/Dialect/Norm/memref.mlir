// RUN: norm-opt %s -split-input-file | norm-opt -split-input-file | FileCheck %s
// RUN: norm-opt %s -split-input-file --mlir-print-op-generic | norm-opt -split-input-file | FileCheck %s

// After bufferization the destination-style ops work on memrefs, strided
// ones included (a slice of a fused QKV buffer), and have no results.
// CHECK-LABEL: func @buffers
// CHECK: norm.layer_norm %{{.*}} : memref<?x64xf32, strided<[192, 1], offset: 64>> scale(%{{.*}} : memref<64xf32>) outs(%{{.*}} : memref<?x64xf32>)
// CHECK: norm.add_rms_norm %{{.*}}, %{{.*}} : memref<4x64xbf16>, memref<4x64xbf16> outs(%{{.*}}, %{{.*}} : memref<4x64xbf16>, memref<4x64xbf16>) {alpha = 2.000000e+00 : f64}
// CHECK: norm.rms_norm %{{.*}} : memref<4x64xbf16> outs(%{{.*}}, %{{.*}} : memref<4x64xbf16>, memref<4x1xf32>)
// CHECK: norm.batch_norm %{{.*}} : memref<2x3x4xf32> running(%{{.*}}, %{{.*}} : memref<3xf32>, memref<3xf32>) outs(%{{.*}} : memref<2x3x4xf32>)
func.func @buffers(%k: memref<?x64xf32, strided<[192, 1], offset: 64>>, %g: memref<64xf32>, %y: memref<?x64xf32>,
                   %a: memref<4x64xbf16>, %b: memref<4x64xbf16>, %s: memref<4x1xf32>,
                   %c: memref<2x3x4xf32>, %m: memref<3xf32>) {
  norm.layer_norm %k : memref<?x64xf32, strided<[192, 1], offset: 64>> scale(%g : memref<64xf32>) outs(%y : memref<?x64xf32>)
  norm.add_rms_norm %a, %b : memref<4x64xbf16>, memref<4x64xbf16> outs(%a, %b : memref<4x64xbf16>, memref<4x64xbf16>) {alpha = 2.0 : f64}
  norm.rms_norm %a : memref<4x64xbf16> outs(%b, %s : memref<4x64xbf16>, memref<4x1xf32>)
  norm.batch_norm %c : memref<2x3x4xf32> running(%m, %m : memref<3xf32>, memref<3xf32>) outs(%c : memref<2x3x4xf32>)
  return
}
