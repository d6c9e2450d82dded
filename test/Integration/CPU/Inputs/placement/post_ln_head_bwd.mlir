// Exported by bench/placement/study.py --export-test (AOTAutograd, core decompositions, min-cut partitioner;
// PyTorch 2.15.0, torch-mlir 20261001) as linalg-on-tensors, unchanged: the bwd graph of
// the head (read-out, cross-entropy)
#map = affine_map<() -> ()>
#map1 = affine_map<(d0, d1, d2) -> ()>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @main(%arg0: tensor<2x8x16xf32>, %arg1: tensor<16x32xf32>, %arg2: tensor<2x8x16xf32>, %arg3: tensor<16x32xf32>, %arg4: tensor<f32>) -> (tensor<2x8x32xf32>, tensor<2x8x16xf32>, tensor<16x32xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.600000e+01 : f32
    %0 = tensor.empty() : tensor<f32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%arg4 : tensor<f32>) outs(%0 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = arith.divf %in, %cst_0 : f32
      linalg.yield %18 : f32
    } -> tensor<f32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = []} ins(%1 : tensor<f32>) outs(%0 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = arith.negf %in : f32
      linalg.yield %18 : f32
    } -> tensor<f32>
    %3 = tensor.empty() : tensor<2x8x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<f32>) outs(%3 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x16xf32>
    %5 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %arg2 : tensor<2x8x16xf32>, tensor<2x8x16xf32>) outs(%3 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %18 = arith.mulf %in, %in_1 : f32
      linalg.yield %18 : f32
    } -> tensor<2x8x16xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %arg0 : tensor<2x8x16xf32>, tensor<2x8x16xf32>) outs(%3 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %18 = arith.mulf %in, %in_1 : f32
      linalg.yield %18 : f32
    } -> tensor<2x8x16xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2 : tensor<2x8x16xf32>) outs(%3 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = math.exp %in : f32
      linalg.yield %18 : f32
    } -> tensor<2x8x16xf32>
    %8 = tensor.empty() : tensor<2x8x1xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x8x16xf32>) outs(%9 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %18 = arith.addf %in, %out : f32
      linalg.yield %18 : f32
    } -> tensor<2x8x1xf32>
    %11 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %10 : tensor<2x8x16xf32>, tensor<2x8x1xf32>) outs(%3 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %18 = arith.mulf %in, %in_1 : f32
      linalg.yield %18 : f32
    } -> tensor<2x8x16xf32>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %11 : tensor<2x8x16xf32>, tensor<2x8x16xf32>) outs(%3 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %18 = arith.subf %in, %in_1 : f32
      linalg.yield %18 : f32
    } -> tensor<2x8x16xf32>
    %collapsed = tensor.collapse_shape %12 [[0, 1], [2]] : tensor<2x8x16xf32> into tensor<16x16xf32>
    %13 = tensor.empty() : tensor<16x16xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<16x16xf32>) outs(%13 : tensor<16x16xf32>) permutation = [1, 0] 
    %14 = tensor.empty() : tensor<16x32xf32>
    %15 = linalg.fill ins(%cst : f32) outs(%14 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %16 = linalg.matmul ins(%transposed, %arg1 : tensor<16x16xf32>, tensor<16x32xf32>) outs(%15 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %17 = linalg.matmul ins(%collapsed, %arg3 : tensor<16x16xf32>, tensor<16x32xf32>) outs(%15 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded = tensor.expand_shape %17 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    return %expanded, %5, %16 : tensor<2x8x32xf32>, tensor<2x8x16xf32>, tensor<16x32xf32>
  }
}
