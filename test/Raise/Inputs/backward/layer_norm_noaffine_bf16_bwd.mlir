// Exported by scripts/export-backward.py (AOTAutograd with core_aten_decompositions + native_layer_norm_backward's,
// min-cut partitioner; PyTorch 2.15.0, torch-mlir 20261001, transformers 5.25.0)
// as linalg-on-tensors IR by fx.stateless_fx_import, unchanged: the backward graph of
// layer_norm_noaffine_bf16 (bf16): nn.LayerNorm(64, elementwise_affine=False): no weight, no bias
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @main(%arg0: tensor<2x4x64xbf16>, %arg1: tensor<2x4x1xbf16>, %arg2: tensor<2x4x1xbf16>, %arg3: tensor<2x4x64xbf16>) -> tensor<2x4x64xbf16> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 6.400000e+01 : bf16
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x64xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %19 = arith.extf %in : bf16 to f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x4x64xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %19 = arith.extf %in : bf16 to f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %arg1 : tensor<2x4x64xf32>, tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: bf16, %out: f32):
      %19 = arith.extf %in_2 : bf16 to f32
      %20 = arith.subf %in, %19 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: bf16, %out: f32):
      %19 = arith.extf %in_2 : bf16 to f32
      %20 = arith.mulf %in, %19 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.mulf %in, %cst_0 : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %6 = tensor.empty() : tensor<2x4x1xf32>
    %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x4x64xf32>) outs(%7 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.addf %in, %out : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x1xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %4 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %19 = arith.mulf %in, %in_2 : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<2x4x64xf32>) outs(%7 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %19 = arith.addf %in, %out : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %10 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %19 = arith.mulf %in, %in_2 : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %8 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %19 = arith.subf %in, %in_2 : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %11 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %19 = arith.subf %in, %in_2 : f32
      linalg.yield %19 : f32
    } -> tensor<2x4x64xf32>
    %14 = tensor.empty() : tensor<2x4x1xbf16>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2 : tensor<2x4x1xbf16>) outs(%14 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %19 = arith.divf %in, %cst_1 : bf16
      linalg.yield %19 : bf16
    } -> tensor<2x4x1xbf16>
    %16 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %13 : tensor<2x4x1xbf16>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %in_2: f32, %out: f32):
      %19 = arith.extf %in : bf16 to f32
      %20 = arith.mulf %19, %in_2 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %17 = tensor.empty() : tensor<2x4x64xbf16>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x4x64xf32>) outs(%17 : tensor<2x4x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %19 = arith.truncf %in : f32 to bf16
      linalg.yield %19 : bf16
    } -> tensor<2x4x64xbf16>
    return %18 : tensor<2x4x64xbf16>
  }
}
