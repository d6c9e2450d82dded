// Exported by scripts/export-backward.py (AOTAutograd with core_aten_decompositions + native_layer_norm_backward's,
// min-cut partitioner; PyTorch 2.15.0, torch-mlir 20261001, transformers 5.25.0)
// as linalg-on-tensors IR by fx.stateless_fx_import, unchanged: the forward graph of
// layer_norm_nobias_bf16 (bf16): nn.LayerNorm(64, bias=False): weight only
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @main(%arg0: tensor<2x4x64xbf16>, %arg1: tensor<64xbf16>) -> (tensor<2x4x64xbf16>, tensor<2x4x64xbf16>, tensor<64xbf16>, tensor<2x4x1xbf16>, tensor<2x4x1xbf16>) {
    %cst = arith.constant 0.000000e+00 : bf16
    %cst_0 = arith.constant 1.000000e-05 : f64
    %cst_1 = arith.constant 6.400000e+01 : bf16
    %0 = tensor.empty() : tensor<2x4x1xbf16>
    %1 = linalg.fill ins(%cst : bf16) outs(%0 : tensor<2x4x1xbf16>) -> tensor<2x4x1xbf16>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<2x4x64xbf16>) outs(%1 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %15 = arith.addf %in, %out : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x1xbf16>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %15 = arith.divf %in, %cst_1 : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x1xbf16>
    %4 = tensor.empty() : tensor<2x4x64xbf16>
    %collapsed = tensor.collapse_shape %3 [[0], [1, 2]] : tensor<2x4x1xbf16> into tensor<2x4xbf16>
    %5 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x4xbf16>) outs(%4 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x64xbf16>
    %6 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %5 : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%4 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %in_3: bf16, %out: bf16):
      %15 = arith.subf %in, %in_3 : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x64xbf16>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %6 : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%4 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %in_3: bf16, %out: bf16):
      %15 = arith.mulf %in, %in_3 : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x64xbf16>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<2x4x64xbf16>) outs(%1 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %15 = arith.addf %in, %out : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x1xbf16>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %15 = arith.divf %in, %cst_1 : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x1xbf16>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %15 = arith.truncf %cst_0 : f64 to bf16
      %16 = arith.addf %in, %15 : bf16
      linalg.yield %16 : bf16
    } -> tensor<2x4x1xbf16>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %15 = math.rsqrt %in : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x1xbf16>
    %collapsed_2 = tensor.collapse_shape %11 [[0], [1, 2]] : tensor<2x4x1xbf16> into tensor<2x4xbf16>
    %12 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_2 : tensor<2x4xbf16>) outs(%4 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x64xbf16>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %12 : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%4 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %in_3: bf16, %out: bf16):
      %15 = arith.mulf %in, %in_3 : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x64xbf16>
    %14 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %arg1 : tensor<2x4x64xbf16>, tensor<64xbf16>) outs(%4 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %in_3: bf16, %out: bf16):
      %15 = arith.mulf %in, %in_3 : bf16
      linalg.yield %15 : bf16
    } -> tensor<2x4x64xbf16>
    return %14, %arg0, %arg1, %3, %11 : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>, tensor<64xbf16>, tensor<2x4x1xbf16>, tensor<2x4x1xbf16>
  }
}
