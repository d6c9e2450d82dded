// Exported by scripts/export-backward.py (AOTAutograd with core_aten_decompositions + native_layer_norm_backward's,
// min-cut partitioner; PyTorch 2.15.0, torch-mlir 20261001, transformers 5.25.0)
// as linalg-on-tensors IR by fx.stateless_fx_import, unchanged: the backward graph of
// add_layer_norm_f32 (f32): h = x + r; y = nn.LayerNorm(64)(h); returns (y, h)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<2x4x64xf32>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x1xf32>, %arg4: tensor<2x4x64xf32>, %arg5: tensor<2x4x64xf32>) -> (tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %arg0 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.mulf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.mulf %in, %cst_0 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %3 = tensor.empty() : tensor<2x4x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.addf %in, %out : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg1, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.subf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg3 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.mulf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.mulf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.addf %in, %out : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.mulf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.subf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.subf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x1xf32>) outs(%3 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.divf %in, %cst_0 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x4x1xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.mulf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.mulf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %16 = tensor.empty() : tensor<64xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<64xf32>) -> tensor<64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.addf %in, %out : f32
      linalg.yield %21 : f32
    } -> tensor<64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg4 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.addf %in, %out : f32
      linalg.yield %21 : f32
    } -> tensor<64xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %14 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %21 = arith.addf %in, %in_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    return %20, %20, %18, %19 : tensor<2x4x64xf32>, tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}
