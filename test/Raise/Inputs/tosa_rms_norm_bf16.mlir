// Exported by scripts/export-torch.py (torch-mlir, PyTorch 2.15.0) as tosa IR, unchanged:
// RMSNormBF16: bf16 in and out, statistics in f32 (the LLaMA reference code).
module {
  func.func @main(%arg0: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
    %0 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %2 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %3 = "tosa.const"() <{values = dense<9.99999997E-7> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %4 = "tosa.const"() <{values = dense_resource<torch_tensor_64_torch.bfloat16> : tensor<1x1x64xbf16>}> : () -> tensor<1x1x64xbf16>
    %5 = tosa.cast %arg0 : (tensor<2x4x64xbf16>) -> tensor<2x4x64xf32>
    %6 = tosa.pow %5, %1 : (tensor<2x4x64xf32>, tensor<1x1x1xf32>) -> tensor<2x4x64xf32>
    %7 = tosa.reduce_sum %6 {axis = 2 : i32} : (tensor<2x4x64xf32>) -> tensor<2x4x1xf32>
    %8 = tosa.mul %7, %2, %0 : (tensor<2x4x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x1xf32>
    %9 = tosa.add %8, %3 : (tensor<2x4x1xf32>, tensor<1x1x1xf32>) -> tensor<2x4x1xf32>
    %10 = tosa.rsqrt %9 : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %11 = tosa.mul %5, %10, %0 : (tensor<2x4x64xf32>, tensor<2x4x1xf32>, tensor<1xi8>) -> tensor<2x4x64xf32>
    %12 = tosa.cast %11 : (tensor<2x4x64xf32>) -> tensor<2x4x64xbf16>
    %13 = tosa.mul %12, %4, %0 : (tensor<2x4x64xbf16>, tensor<1x1x64xbf16>, tensor<1xi8>) -> tensor<2x4x64xbf16>
    return %13 : tensor<2x4x64xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_64_torch.bfloat16: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F"
    }
  }
#-}
