// Exported by scripts/export-torch.py (torch-mlir, PyTorch 2.15.0) as tosa IR, unchanged:
// RMSNorm: x * rsqrt(mean(x^2) + 1e-6) * w, w = ones.
module {
  func.func @main(%arg0: tensor<4x64xf32>) -> tensor<4x64xf32> {
    %0 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %2 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %3 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1xf32>}> : () -> tensor<1x1xf32>
    %4 = "tosa.const"() <{values = dense_resource<torch_tensor_64_torch.float32> : tensor<1x64xf32>}> : () -> tensor<1x64xf32>
    %5 = tosa.pow %arg0, %1 : (tensor<4x64xf32>, tensor<1x1xf32>) -> tensor<4x64xf32>
    %6 = tosa.reduce_sum %5 {axis = 1 : i32} : (tensor<4x64xf32>) -> tensor<4x1xf32>
    %7 = tosa.mul %6, %2, %0 : (tensor<4x1xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<4x1xf32>
    %8 = tosa.add %7, %3 : (tensor<4x1xf32>, tensor<1x1xf32>) -> tensor<4x1xf32>
    %9 = tosa.rsqrt %8 : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %10 = tosa.mul %arg0, %9, %0 : (tensor<4x64xf32>, tensor<4x1xf32>, tensor<1xi8>) -> tensor<4x64xf32>
    %11 = tosa.mul %10, %4, %0 : (tensor<4x64xf32>, tensor<1x64xf32>, tensor<1xi8>) -> tensor<4x64xf32>
    return %11 : tensor<4x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_64_torch.float32: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
