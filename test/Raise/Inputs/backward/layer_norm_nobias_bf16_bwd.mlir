// Exported by scripts/export-backward.py (AOTAutograd with core_aten_decompositions + native_layer_norm_backward's,
// min-cut partitioner; PyTorch 2.15.0, torch-mlir 20261001, transformers 5.25.0)
// as linalg-on-tensors IR by fx.stateless_fx_import, unchanged: the backward graph of
// layer_norm_nobias_bf16 (bf16): nn.LayerNorm(64, bias=False): weight only
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @main(%arg0: tensor<2x4x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<2x4x1xbf16>, %arg3: tensor<2x4x1xbf16>, %arg4: tensor<2x4x64xbf16>) -> (tensor<2x4x64xbf16>, tensor<64xbf16>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %cst_1 = arith.constant 6.400000e+01 : bf16
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4 : tensor<2x4x64xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %27 = arith.extf %in : bf16 to f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x4x64xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %27 = arith.extf %in : bf16 to f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %3 = tensor.empty() : tensor<64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%arg1 : tensor<64xbf16>) outs(%3 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %27 = arith.extf %in : bf16 to f32
      linalg.yield %27 : f32
    } -> tensor<64xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: bf16, %out: f32):
      %27 = arith.extf %in_2 : bf16 to f32
      %28 = arith.subf %in, %27 : f32
      linalg.yield %28 : f32
    } -> tensor<2x4x64xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %arg3 : tensor<2x4x64xf32>, tensor<2x4x1xbf16>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: bf16, %out: f32):
      %27 = arith.extf %in_2 : bf16 to f32
      %28 = arith.mulf %in, %27 : f32
      linalg.yield %28 : f32
    } -> tensor<2x4x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %4 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %27 = arith.mulf %in, %in_2 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = arith.mulf %in, %cst_0 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %9 = tensor.empty() : tensor<2x4x1xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<2x4x64xf32>) outs(%10 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = arith.addf %in, %out : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x1xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %6 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %27 = arith.mulf %in, %in_2 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x4x64xf32>) outs(%10 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = arith.addf %in, %out : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %13 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %27 = arith.mulf %in, %in_2 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %11 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %27 = arith.subf %in, %in_2 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %14 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %27 = arith.subf %in, %in_2 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %17 = tensor.empty() : tensor<2x4x1xbf16>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x1xbf16>) outs(%17 : tensor<2x4x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %27 = arith.divf %in, %cst_1 : bf16
      linalg.yield %27 : bf16
    } -> tensor<2x4x1xbf16>
    %19 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %16 : tensor<2x4x1xbf16>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %in_2: f32, %out: f32):
      %27 = arith.extf %in : bf16 to f32
      %28 = arith.mulf %27, %in_2 : f32
      linalg.yield %28 : f32
    } -> tensor<2x4x64xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %6 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %27 = arith.mulf %in, %in_2 : f32
      linalg.yield %27 : f32
    } -> tensor<2x4x64xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%3 : tensor<64xf32>) -> tensor<64xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%20 : tensor<2x4x64xf32>) outs(%21 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %27 = arith.addf %in, %out : f32
      linalg.yield %27 : f32
    } -> tensor<64xf32>
    %23 = tensor.empty() : tensor<2x4x64xbf16>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x4x64xf32>) outs(%23 : tensor<2x4x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %27 = arith.truncf %in : f32 to bf16
      linalg.yield %27 : bf16
    } -> tensor<2x4x64xbf16>
    %25 = tensor.empty() : tensor<64xbf16>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel"]} ins(%22 : tensor<64xf32>) outs(%25 : tensor<64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %27 = arith.truncf %in : f32 to bf16
      linalg.yield %27 : bf16
    } -> tensor<64xbf16>
    return %24, %26 : tensor<2x4x64xbf16>, tensor<64xbf16>
  }
}
