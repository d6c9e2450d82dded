// RUN: norm-opt %s --convert-norm-to-cpu="outline=false" | FileCheck %s

// Left for bufferization and --convert-norm-to-linalg: ops on tensors.
// (Statistics results take the kernels: statistics.mlir; BatchNorm:
// batch_norm.mlir.)
// CHECK-LABEL: func @left_alone
// CHECK-NOT: scf.forall
// CHECK: norm.layer_norm {{.*}} outs(%{{.*}}, %{{.*}}, %{{.*}} :
// CHECK-NEXT: return
func.func @left_alone(%x: tensor<4x8xf32>, %s: tensor<4x1xf32>) -> tensor<4x8xf32> {
  %y:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%x, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %y#0 : tensor<4x8xf32>
}

// A norm over every dim is one row of the kernel: x collapsed to its 32
// elements, viewed as 1 x 32.
// CHECK-LABEL: func @all_dims
// CHECK-NOT: norm.rms_norm
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %{{.*}} {{\[\[}}0, 1]] : memref<4x8xf32> into memref<32xf32>
// CHECK: memref.expand_shape %[[FLAT]] {{\[\[}}0, 1]] output_shape [1, 32] : memref<32xf32> into memref<1x32xf32>
// CHECK: scf.forall
// CHECK: return
func.func @all_dims(%x: memref<4x8xf32>) {
  norm.rms_norm %x : memref<4x8xf32> outs(%x : memref<4x8xf32>) {axis = 0 : i64}
  return
}
