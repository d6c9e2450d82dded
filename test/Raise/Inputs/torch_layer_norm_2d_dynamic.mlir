// Exported by scripts/export-torch.py (torch-mlir, PyTorch 2.15.0) as linalg-on-tensors IR, unchanged:
// LayerNormOfInputs: F.layer_norm over the last `dims` dims (sizes read off x), eps 1e-5,
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, 0, 0)>
module {
  func.func @main(%arg0: tensor<2x?x?xf32>) -> tensor<2x?x?xf32> {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 1.000000e-05 : f64
    %dim = tensor.dim %arg0, %c1 : tensor<2x?x?xf32>
    %dim_2 = tensor.dim %arg0, %c2 : tensor<2x?x?xf32>
    %0 = tensor.empty(%dim, %dim_2) : tensor<2x?x?xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x?x?xf32>) outs(%0 : tensor<2x?x?xf64>) {
    ^bb0(%in: f32, %out: f64):
      %23 = arith.extf %in : f32 to f64
      linalg.yield %23 : f64
    } -> tensor<2x?x?xf64>
    %2 = tensor.empty() : tensor<2x1x1xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%2 : tensor<2x1x1xf64>) -> tensor<2x1x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction", "reduction"]} ins(%1 : tensor<2x?x?xf64>) outs(%3 : tensor<2x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %23 = arith.addf %in, %out : f64
      linalg.yield %23 : f64
    } -> tensor<2x1x1xf64>
    %5 = arith.index_cast %dim : index to i64
    %6 = arith.index_cast %dim_2 : index to i64
    %7 = arith.muli %5, %6 : i64
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x1x1xf64>) outs(%2 : tensor<2x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %23 = arith.sitofp %7 : i64 to f64
      %24 = arith.divf %in, %23 : f64
      linalg.yield %24 : f64
    } -> tensor<2x1x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %8 : tensor<2x?x?xf64>, tensor<2x1x1xf64>) outs(%0 : tensor<2x?x?xf64>) {
    ^bb0(%in: f64, %in_3: f64, %out: f64):
      %23 = arith.subf %in, %in_3 : f64
      linalg.yield %23 : f64
    } -> tensor<2x?x?xf64>
    %10 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %9 : tensor<2x?x?xf64>, tensor<2x?x?xf64>) outs(%0 : tensor<2x?x?xf64>) {
    ^bb0(%in: f64, %in_3: f64, %out: f64):
      %23 = arith.mulf %in, %in_3 : f64
      linalg.yield %23 : f64
    } -> tensor<2x?x?xf64>
    %11 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction", "reduction"]} ins(%10 : tensor<2x?x?xf64>) outs(%3 : tensor<2x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %23 = arith.addf %in, %out : f64
      linalg.yield %23 : f64
    } -> tensor<2x1x1xf64>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x1x1xf64>) outs(%2 : tensor<2x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %23 = arith.sitofp %7 : i64 to f64
      %24 = arith.divf %in, %23 : f64
      linalg.yield %24 : f64
    } -> tensor<2x1x1xf64>
    %13 = tensor.empty() : tensor<2x1x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1xf64>) outs(%13 : tensor<2x1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %23 = arith.truncf %in : f64 to f32
      linalg.yield %23 : f32
    } -> tensor<2x1x1xf32>
    %15 = linalg.fill ins(%cst_0 : f32) outs(%13 : tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction", "reduction"]} ins(%arg0 : tensor<2x?x?xf32>) outs(%15 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %23 = arith.addf %in, %out : f32
      linalg.yield %23 : f32
    } -> tensor<2x1x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x1x1xf32>) outs(%13 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %23 = arith.sitofp %7 : i64 to f32
      %24 = arith.divf %in, %23 : f32
      linalg.yield %24 : f32
    } -> tensor<2x1x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x1x1xf32>) outs(%13 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %23 = arith.truncf %cst_1 : f64 to f32
      %24 = arith.addf %in, %23 : f32
      linalg.yield %24 : f32
    } -> tensor<2x1x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x1x1xf32>) outs(%13 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %23 = math.rsqrt %in : f32
      linalg.yield %23 : f32
    } -> tensor<2x1x1xf32>
    %20 = tensor.empty(%dim, %dim_2) : tensor<2x?x?xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %17 : tensor<2x?x?xf32>, tensor<2x1x1xf32>) outs(%20 : tensor<2x?x?xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %23 = arith.subf %in, %in_3 : f32
      linalg.yield %23 : f32
    } -> tensor<2x?x?xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %19 : tensor<2x?x?xf32>, tensor<2x1x1xf32>) outs(%20 : tensor<2x?x?xf32>) {
    ^bb0(%in: f32, %in_3: f32, %out: f32):
      %23 = arith.mulf %in, %in_3 : f32
      linalg.yield %23 : f32
    } -> tensor<2x?x?xf32>
    return %22 : tensor<2x?x?xf32>
  }
}
