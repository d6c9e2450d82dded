// RUN: norm-opt %S/Inputs/torch_rms_norm.mlir --norm-raise --canonicalize | FileCheck %s --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %S/Inputs/torch_rms_norm.mlir --norm-raise --norm-placement-report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT

// torch-mlir's decomposed RMSNorm (seven linalg.generic steps and a
// multiply by the weight) becomes one norm.rms_norm with the weight as
// scale and torch's eps.
// The function is exactly the weight, the destination, the norm and the
// return (CHECK-NEXT), and no linalg or math op is left anywhere
// (--implicit-check-not; a CHECK-NOT after the return would look only
// below it).
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>)
// CHECK-NEXT: %[[W:.*]] = arith.constant dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<4x64xf32>
// CHECK-NEXT: %[[Y:.*]] = norm.rms_norm %[[X]] : tensor<4x64xf32> scale(%[[W]] : tensor<64xf32>) outs(%[[E]] : tensor<4x64xf32>) {axis = 1 : i64, epsilon = 9.9999999999999995E-7 : f64}
// CHECK-NEXT: return %[[Y]]
// CHECK-NEXT: }

// REPORT: remark: placement: standalone
