// RUN: norm-opt %S/Inputs/torch_layer_norm.mlir --norm-raise --canonicalize | FileCheck %s --implicit-check-not=linalg. --implicit-check-not=math.

// torch-mlir's decomposed nn.LayerNorm — mean in f32, variance through an
// f64 chain (widen, mean, subtract, square, mean, narrow), rsqrt(var + eps),
// (x - mean) * rstd, * weight, + bias; 20 linalg ops — becomes one
// norm.layer_norm with its weight and bias and the default eps 1e-5.
// The function is exactly the two parameters, the destination, the norm
// and the return (CHECK-NEXT), and no linalg or math op is left anywhere
// (--implicit-check-not; a CHECK-NOT after the return would look only
// below it).
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>)
// CHECK-NEXT: %[[B:.*]] = arith.constant dense_resource<torch_tensor_64_torch.float32_1> : tensor<64xf32>
// CHECK-NEXT: %[[W:.*]] = arith.constant dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<4x64xf32>
// CHECK-NEXT: %[[Y:.*]] = norm.layer_norm %[[X]] : tensor<4x64xf32> scale(%[[W]] : tensor<64xf32>) bias(%[[B]] : tensor<64xf32>) outs(%[[E]] : tensor<4x64xf32>) {axis = 1 : i64}
// CHECK-NEXT: return %[[Y]]
// CHECK-NEXT: }
