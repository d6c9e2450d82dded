// Exported by scripts/export-backward.py (AOTAutograd with core_aten_decompositions + native_layer_norm_backward's,
// min-cut partitioner; PyTorch 2.15.0, torch-mlir 20261001, transformers 5.25.0)
// as linalg-on-tensors IR by fx.stateless_fx_import, unchanged: the backward graph of
// llama_rms_norm_bf16 (bf16): transformers' LlamaRMSNorm(64), eps 1e-6: statistics in f32, cast back, then * weight
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (0, 0, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
module {
  func.func @main(%arg0: tensor<2x4x64xbf16>, %arg1: tensor<64xbf16>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x64xbf16>) -> (tensor<2x4x64xbf16>, tensor<64xbf16>) {
    %c3_i64 = arith.constant 3 : i64
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : bf16
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant -5.000000e-01 : f32
    %cst_2 = arith.constant 6.400000e+01 : f32
    %cst_3 = arith.constant 2.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x4x64xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3, %arg1 : tensor<2x4x64xbf16>, tensor<64xbf16>) outs(%0 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %in_5: bf16, %out: bf16):
      %26 = arith.mulf %in, %in_5 : bf16
      linalg.yield %26 : bf16
    } -> tensor<2x4x64xbf16>
    %2 = tensor.empty() : tensor<2x4x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x4x64xbf16>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %26 = arith.extf %in : bf16 to f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %26 = arith.mulf %in, %in_5 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %26 = arith.truncf %in : f32 to bf16
      linalg.yield %26 : bf16
    } -> tensor<2x4x64xbf16>
    %6 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3, %5 : tensor<2x4x64xbf16>, tensor<2x4x64xbf16>) outs(%0 : tensor<2x4x64xbf16>) {
    ^bb0(%in: bf16, %in_5: bf16, %out: bf16):
      %26 = arith.mulf %in, %in_5 : bf16
      linalg.yield %26 : bf16
    } -> tensor<2x4x64xbf16>
    %7 = tensor.empty() : tensor<1x1x64xbf16>
    %8 = linalg.fill ins(%cst : bf16) outs(%7 : tensor<1x1x64xbf16>) -> tensor<1x1x64xbf16>
    %9 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%6 : tensor<2x4x64xbf16>) outs(%8 : tensor<1x1x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %26 = arith.addf %in, %out : bf16
      linalg.yield %26 : bf16
    } -> tensor<1x1x64xbf16>
    %collapsed = tensor.collapse_shape %9 [[0, 1, 2]] : tensor<1x1x64xbf16> into tensor<64xbf16>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xbf16>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %26 = arith.extf %in : bf16 to f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %3 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %26 = arith.mulf %in, %in_5 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %26 = arith.mulf %in, %in_5 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %13 = tensor.empty() : tensor<2x4x1xf32>
    %14 = linalg.fill ins(%cst_0 : f32) outs(%13 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x4x64xf32>) outs(%14 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.addf %in, %out : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2 : tensor<2x4x1xf32>) outs(%13 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %26 : f32
    } -> tensor<2x4x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x4x1xf32>) outs(%13 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.mulf %in, %cst_1 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %16 : tensor<2x4x1xf32>, tensor<2x4x1xf32>) outs(%13 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %26 = arith.mulf %in, %in_5 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x1xf32>
    %collapsed_4 = tensor.collapse_shape %18 [[0], [1, 2]] : tensor<2x4x1xf32> into tensor<2x4xf32>
    %19 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_4 : tensor<2x4xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x64xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x4x64xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.divf %in, %cst_2 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x4x64xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = math.fpowi %in, %c1_i64 : f32, i64
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x4x64xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %26 = arith.mulf %in, %cst_3 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %22 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %26 = arith.mulf %in, %in_5 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %23 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%2 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %26 = arith.addf %in, %in_5 : f32
      linalg.yield %26 : f32
    } -> tensor<2x4x64xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %26 = arith.truncf %in : f32 to bf16
      linalg.yield %26 : bf16
    } -> tensor<2x4x64xbf16>
    return %25, %collapsed : tensor<2x4x64xbf16>, tensor<64xbf16>
  }
}
