// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s
// RUN: norm-opt %s --norm-cpu-pipeline="lowering=linalg" | FileCheck %s --check-prefix=LINALG

// Through the CPU pipeline, a BatchNorm on tensors becomes a call of a
// vector kernel (kept by convert-norm-to-linalg, lowered after
// bufferization); the training form is a kernel of its own (other
// attributes and results). The linalg lowering has no kernel functions.
// CHECK-LABEL: llvm.func @inference(
// CHECK: llvm.call @norm_cpu_batch_norm(
// CHECK-LABEL: llvm.func @training(
// CHECK: llvm.call @norm_cpu_batch_norm_0(
// CHECK: llvm.return
// CHECK-LABEL: llvm.func @norm_cpu_batch_norm(
// CHECK-SAME: attributes {sym_visibility = "private"
// CHECK: llvm.intr.sqrt
// CHECK: llvm.intr.fmuladd
// LINALG-NOT: norm_cpu_
func.func @inference(%x: tensor<?x16x7x7xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>) -> tensor<?x16x7x7xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x16x7x7xf32>
  %e = tensor.empty(%n) : tensor<?x16x7x7xf32>
  %y = norm.batch_norm %x : tensor<?x16x7x7xf32> bias(%m : tensor<16xf32>) running(%m, %v : tensor<16xf32>, tensor<16xf32>) outs(%e : tensor<?x16x7x7xf32>)
  return %y : tensor<?x16x7x7xf32>
}
func.func @training(%x: tensor<4x16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>) -> (tensor<4x16xf32>, tensor<16xf32>) {
  %e = tensor.empty() : tensor<4x16xf32>
  %s = tensor.empty() : tensor<16xf32>
  %y:5 = norm.batch_norm %x : tensor<4x16xf32> running(%m, %v : tensor<16xf32>, tensor<16xf32>) outs(%e, %s, %s, %s, %s : tensor<4x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) {training}
  return %y#0, %y#3 : tensor<4x16xf32>, tensor<16xf32>
}
