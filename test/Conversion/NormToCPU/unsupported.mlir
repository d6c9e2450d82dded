// RUN: norm-opt %s --convert-norm-to-cpu="outline=false" | FileCheck %s

// Left for --convert-norm-to-linalg: statistics results, normalization over
// every dim (no row dim). (BatchNorm: batch_norm.mlir.)
// CHECK-LABEL: func @left_alone
// CHECK-NOT: scf.forall
// CHECK: norm.layer_norm {{.*}} outs(%{{.*}}, %{{.*}}, %{{.*}} :
// CHECK: norm.rms_norm {{.*}} {axis = 0 : i64}
func.func @left_alone(%x: memref<4x8xf32>, %s: memref<4x1xf32>) {
  norm.layer_norm %x : memref<4x8xf32> outs(%x, %s, %s : memref<4x8xf32>, memref<4x1xf32>, memref<4x1xf32>)
  norm.rms_norm %x : memref<4x8xf32> outs(%x : memref<4x8xf32>) {axis = 0 : i64}
  return
}
