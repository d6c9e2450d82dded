// RUN: norm-opt %S/Inputs/torch_layer_norm.mlir --norm-raise --canonicalize | FileCheck %s

// torch-mlir's decomposed nn.LayerNorm — mean in f32, variance through an
// f64 chain (widen, mean, subtract, square, mean, narrow), rsqrt(var + eps),
// (x - mean) * rstd, * weight, + bias; 20 linalg ops — becomes one
// norm.layer_norm with its weight and bias and the default eps 1e-5.
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>)
// CHECK-DAG: %[[B:.*]] = arith.constant dense_resource<torch_tensor_64_torch.float32_1> : tensor<64xf32>
// CHECK-DAG: %[[W:.*]] = arith.constant dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>
// CHECK: %[[Y:.*]] = norm.layer_norm %[[X]] : tensor<4x64xf32> scale(%[[W]] : tensor<64xf32>) bias(%[[B]] : tensor<64xf32>) outs(%{{.*}} : tensor<4x64xf32>) {axis = 1 : i64}
// CHECK-NEXT: return %[[Y]]
// CHECK-NOT: linalg.
