// Exported by bench/placement/study.py --export-test (AOTAutograd, core decompositions, min-cut partitioner;
// PyTorch 2.15.0, torch-mlir 20261001) as linalg-on-tensors, unchanged: the fwd graph of
// one Post-LN block (attention + MLP, hidden 32)
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @main(%arg0: tensor<2x8x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32x32xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32x32xf32>, %arg5: tensor<64x32xf32>, %arg6: tensor<32x64xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>) -> (tensor<2x8x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<2x2x8x8xf32>, tensor<16x32xf32>, tensor<2x8x32xf32>, tensor<2x8x1xf32>, tensor<2x8x1xf32>, tensor<16x32xf32>, tensor<16x64xf32>, tensor<16x64xf32>, tensor<2x8x32xf32>, tensor<2x8x1xf32>, tensor<2x8x1xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<4x16x8xf32>, tensor<4x16x8xf32>, tensor<4x8x16xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 0.79788456080286541 : f64
    %cst_2 = arith.constant 4.471500e-02 : f64
    %cst_3 = arith.constant 1.000000e-05 : f64
    %cst_4 = arith.constant 4.000000e+00 : f32
    %cst_5 = arith.constant 3.200000e+01 : f32
    %cst_6 = arith.constant 5.000000e-01 : f32
    %cst_7 = arith.constant 1.000000e+00 : f32
    %0 = tensor.empty() : tensor<32x32xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %1 = tensor.empty() : tensor<16x32xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %3 = linalg.matmul ins(%collapsed, %transposed : tensor<16x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded = tensor.expand_shape %3 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %4 = tensor.empty() : tensor<2x2x8x16xf32>
    %transposed_8 = linalg.transpose ins(%expanded : tensor<2x8x2x16xf32>) outs(%4 : tensor<2x2x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_9 = linalg.transpose ins(%arg2 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %5 = linalg.matmul ins(%collapsed, %transposed_9 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_10 = tensor.expand_shape %5 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %transposed_11 = linalg.transpose ins(%arg3 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %6 = linalg.matmul ins(%collapsed, %transposed_11 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_12 = tensor.expand_shape %6 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x8x2x16xf32>) outs(%4 : tensor<2x2x8x16xf32>) permutation = [0, 2, 1, 3] 
    %7 = tensor.empty() : tensor<2x2x16x8xf32>
    %transposed_14 = linalg.transpose ins(%expanded_10 : tensor<2x8x2x16xf32>) outs(%7 : tensor<2x2x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_15 = tensor.collapse_shape %transposed_8 [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
    %collapsed_16 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<2x2x16x8xf32> into tensor<4x16x8xf32>
    %8 = tensor.empty() : tensor<4x8x8xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %10 = linalg.batch_matmul ins(%collapsed_15, %collapsed_16 : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%9 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_17 = tensor.expand_shape %10 [[0, 1], [2], [3]] output_shape [2, 2, 8, 8] : tensor<4x8x8xf32> into tensor<2x2x8x8xf32>
    %11 = tensor.empty() : tensor<2x2x8x8xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<2x2x8x8xf32>) outs(%11 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.divf %in, %cst_4 : f32
      linalg.yield %77 : f32
    } -> tensor<2x2x8x8xf32>
    %13 = tensor.empty() : tensor<2x2x8xi64>
    %14 = linalg.fill ins(%c0_i64 : i64) outs(%13 : tensor<2x2x8xi64>) -> tensor<2x2x8xi64>
    %15 = tensor.empty() : tensor<2x2x8xf32>
    %16 = linalg.fill ins(%cst_0 : f32) outs(%15 : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
    %17:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%12 : tensor<2x2x8x8xf32>) outs(%16, %14 : tensor<2x2x8xf32>, tensor<2x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_39: i64):
      %77 = linalg.index 3 : index
      %78 = arith.index_cast %77 : index to i64
      %79 = arith.maximumf %in, %out : f32
      %80 = arith.cmpf ogt, %in, %out : f32
      %81 = arith.select %80, %78, %out_39 : i64
      linalg.yield %79, %81 : f32, i64
    } -> (tensor<2x2x8xf32>, tensor<2x2x8xi64>)
    %expanded_18 = tensor.expand_shape %17#0 [[0], [1], [2, 3]] output_shape [2, 2, 8, 1] : tensor<2x2x8xf32> into tensor<2x2x8x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %expanded_18 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%11 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.subf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x2x8x8xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18 : tensor<2x2x8x8xf32>) outs(%11 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = math.exp %in : f32
      linalg.yield %77 : f32
    } -> tensor<2x2x8x8xf32>
    %20 = tensor.empty() : tensor<2x2x8x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x2x8x1xf32>) -> tensor<2x2x8x1xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%19 : tensor<2x2x8x8xf32>) outs(%21 : tensor<2x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.addf %in, %out : f32
      linalg.yield %77 : f32
    } -> tensor<2x2x8x1xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %22 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%11 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.divf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x2x8x8xf32>
    %collapsed_19 = tensor.collapse_shape %23 [[0, 1], [2], [3]] : tensor<2x2x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
    %24 = tensor.empty() : tensor<4x8x16xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %26 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%25 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %expanded_21 = tensor.expand_shape %26 [[0, 1], [2], [3]] output_shape [2, 2, 8, 16] : tensor<4x8x16xf32> into tensor<2x2x8x16xf32>
    %27 = tensor.empty() : tensor<2x8x2x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x2x8x16xf32>) outs(%27 : tensor<2x8x2x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg4 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2, 3]] : tensor<2x8x2x16xf32> into tensor<16x32xf32>
    %28 = linalg.matmul ins(%collapsed_24, %transposed_23 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_25 = tensor.expand_shape %28 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %29 = tensor.empty() : tensor<2x8x32xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_25 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.addf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %31 = tensor.empty() : tensor<2x8x1xf32>
    %32 = linalg.fill ins(%cst : f32) outs(%31 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%30 : tensor<2x8x32xf32>) outs(%32 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.addf %in, %out : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.divf %in, %cst_5 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_26 = tensor.collapse_shape %34 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %35 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_26 : tensor<2x8xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x32xf32>
    %36 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %35 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.subf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %36 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %38 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%37 : tensor<2x8x32xf32>) outs(%32 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.addf %in, %out : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %39 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.divf %in, %cst_5 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %40 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.truncf %cst_3 : f64 to f32
      %78 = arith.addf %in, %77 : f32
      linalg.yield %78 : f32
    } -> tensor<2x8x1xf32>
    %41 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = math.rsqrt %in : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_27 = tensor.collapse_shape %41 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %42 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_27 : tensor<2x8xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x32xf32>
    %43 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %42 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %44 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %arg7 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %45 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %arg8 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.addf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %46 = tensor.empty() : tensor<32x64xf32>
    %transposed_28 = linalg.transpose ins(%arg5 : tensor<64x32xf32>) outs(%46 : tensor<32x64xf32>) permutation = [1, 0] 
    %collapsed_29 = tensor.collapse_shape %45 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %47 = tensor.empty() : tensor<16x64xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %49 = linalg.matmul ins(%collapsed_29, %transposed_28 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%48 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_30 = tensor.expand_shape %49 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %50 = tensor.empty() : tensor<2x8x64xf32>
    %51 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.mulf %in, %cst_6 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %52 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.truncf %cst_2 : f64 to f32
      %78 = arith.mulf %in, %77 : f32
      linalg.yield %78 : f32
    } -> tensor<2x8x64xf32>
    %53 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %expanded_30 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %54 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53, %expanded_30 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %55 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30, %54 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.addf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %56 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55 : tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.truncf %cst_1 : f64 to f32
      %78 = arith.mulf %in, %77 : f32
      linalg.yield %78 : f32
    } -> tensor<2x8x64xf32>
    %57 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56 : tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = math.tanh %in : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %58 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57 : tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.addf %in, %cst_7 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %59 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %58 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%50 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x64xf32>
    %60 = tensor.empty() : tensor<64x32xf32>
    %transposed_31 = linalg.transpose ins(%arg6 : tensor<32x64xf32>) outs(%60 : tensor<64x32xf32>) permutation = [1, 0] 
    %collapsed_32 = tensor.collapse_shape %59 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %61 = linalg.matmul ins(%collapsed_32, %transposed_31 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%2 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_33 = tensor.expand_shape %61 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %expanded_33 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.addf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %63 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%62 : tensor<2x8x32xf32>) outs(%32 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.addf %in, %out : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %64 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.divf %in, %cst_5 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_34 = tensor.collapse_shape %64 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %65 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x8xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x32xf32>
    %66 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %65 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.subf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %67 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %66 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %68 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%67 : tensor<2x8x32xf32>) outs(%32 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.addf %in, %out : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %69 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.divf %in, %cst_5 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %70 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = arith.truncf %cst_3 : f64 to f32
      %78 = arith.addf %in, %77 : f32
      linalg.yield %78 : f32
    } -> tensor<2x8x1xf32>
    %71 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x8x1xf32>) outs(%31 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %77 = math.rsqrt %in : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_35 = tensor.collapse_shape %71 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %72 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x8xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x32xf32>
    %73 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %72 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %arg9 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.mulf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %75 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %arg10 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%29 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %77 = arith.addf %in, %in_39 : f32
      linalg.yield %77 : f32
    } -> tensor<2x8x32xf32>
    %76 = tensor.empty() : tensor<4x16x8xf32>
    %transposed_36 = linalg.transpose ins(%collapsed_20 : tensor<4x8x16xf32>) outs(%76 : tensor<4x16x8xf32>) permutation = [0, 2, 1] 
    %transposed_37 = linalg.transpose ins(%collapsed_15 : tensor<4x8x16xf32>) outs(%76 : tensor<4x16x8xf32>) permutation = [0, 2, 1] 
    %transposed_38 = linalg.transpose ins(%collapsed_16 : tensor<4x16x8xf32>) outs(%24 : tensor<4x8x16xf32>) permutation = [0, 2, 1] 
    return %75, %arg7, %arg9, %collapsed, %23, %collapsed_24, %30, %34, %41, %collapsed_29, %49, %collapsed_32, %62, %64, %71, %arg6, %arg5, %arg4, %transposed_36, %transposed_37, %transposed_38, %arg3, %arg2, %arg1 : tensor<2x8x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<2x2x8x8xf32>, tensor<16x32xf32>, tensor<2x8x32xf32>, tensor<2x8x1xf32>, tensor<2x8x1xf32>, tensor<16x32xf32>, tensor<16x64xf32>, tensor<16x64xf32>, tensor<2x8x32xf32>, tensor<2x8x1xf32>, tensor<2x8x1xf32>, tensor<32x64xf32>, tensor<64x32xf32>, tensor<32x32xf32>, tensor<4x16x8xf32>, tensor<4x16x8xf32>, tensor<4x8x16xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>
  }
}
