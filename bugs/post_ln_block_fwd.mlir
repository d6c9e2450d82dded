#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @main(%arg0: tensor<4x16x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<256x64xf32>, %arg6: tensor<64x256xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>) -> (tensor<4x16x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<4x4x16x16xf32>, tensor<64x64xf32>, tensor<4x16x64xf32>, tensor<4x16x1xf32>, tensor<4x16x1xf32>, tensor<64x64xf32>, tensor<64x256xf32>, tensor<64x256xf32>, tensor<4x16x64xf32>, tensor<4x16x1xf32>, tensor<4x16x1xf32>, tensor<64x256xf32>, tensor<256x64xf32>, tensor<64x64xf32>, tensor<16x16x16xf32>, tensor<16x16x16xf32>, tensor<16x16x16xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 0.79788456080286541 : f64
    %cst_2 = arith.constant 4.471500e-02 : f64
    %cst_3 = arith.constant 1.000000e-05 : f64
    %cst_4 = arith.constant 4.000000e+00 : f32
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 5.000000e-01 : f32
    %cst_7 = arith.constant 1.000000e+00 : f32
    %0 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<4x16x64xf32> into tensor<64x64xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %2 = linalg.matmul ins(%collapsed, %transposed : tensor<64x64xf32>, tensor<64x64xf32>) outs(%1 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded = tensor.expand_shape %2 [[0, 1], [2, 3]] output_shape [4, 16, 4, 16] : tensor<64x64xf32> into tensor<4x16x4x16xf32>
    %3 = tensor.empty() : tensor<4x4x16x16xf32>
    %transposed_8 = linalg.transpose ins(%expanded : tensor<4x16x4x16xf32>) outs(%3 : tensor<4x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_9 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %4 = linalg.matmul ins(%collapsed, %transposed_9 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%1 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_10 = tensor.expand_shape %4 [[0, 1], [2, 3]] output_shape [4, 16, 4, 16] : tensor<64x64xf32> into tensor<4x16x4x16xf32>
    %transposed_11 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %5 = linalg.matmul ins(%collapsed, %transposed_11 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%1 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_12 = tensor.expand_shape %5 [[0, 1], [2, 3]] output_shape [4, 16, 4, 16] : tensor<64x64xf32> into tensor<4x16x4x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<4x16x4x16xf32>) outs(%3 : tensor<4x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%expanded_10 : tensor<4x16x4x16xf32>) outs(%3 : tensor<4x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_15 = tensor.collapse_shape %transposed_8 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %collapsed_16 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %6 = tensor.empty() : tensor<16x16x16xf32>
    %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %8 = linalg.batch_matmul ins(%collapsed_15, %collapsed_16 : tensor<16x16x16xf32>, tensor<16x16x16xf32>) outs(%7 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %expanded_17 = tensor.expand_shape %8 [[0, 1], [2], [3]] output_shape [4, 4, 16, 16] : tensor<16x16x16xf32> into tensor<4x4x16x16xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<4x4x16x16xf32>) outs(%3 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.divf %in, %cst_4 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16x16xf32>
    %10 = tensor.empty() : tensor<4x4x16xi64>
    %11 = linalg.fill ins(%c0_i64 : i64) outs(%10 : tensor<4x4x16xi64>) -> tensor<4x4x16xi64>
    %12 = tensor.empty() : tensor<4x4x16xf32>
    %13 = linalg.fill ins(%cst_0 : f32) outs(%12 : tensor<4x4x16xf32>) -> tensor<4x4x16xf32>
    %14:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%9 : tensor<4x4x16x16xf32>) outs(%13, %11 : tensor<4x4x16xf32>, tensor<4x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_39: i64):
      %70 = linalg.index 3 : index
      %71 = arith.index_cast %70 : index to i64
      %72 = arith.maximumf %in, %out : f32
      %73 = arith.cmpf ogt, %in, %out : f32
      %74 = arith.select %73, %71, %out_39 : i64
      linalg.yield %72, %74 : f32, i64
    } -> (tensor<4x4x16xf32>, tensor<4x4x16xi64>)
    %expanded_18 = tensor.expand_shape %14#0 [[0], [1], [2, 3]] output_shape [4, 4, 16, 1] : tensor<4x4x16xf32> into tensor<4x4x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%9, %expanded_18 : tensor<4x4x16x16xf32>, tensor<4x4x16x1xf32>) outs(%3 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.subf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15 : tensor<4x4x16x16xf32>) outs(%3 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.exp %in : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16x16xf32>
    %17 = tensor.empty() : tensor<4x4x16x1xf32>
    %18 = linalg.fill ins(%cst : f32) outs(%17 : tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%16 : tensor<4x4x16x16xf32>) outs(%18 : tensor<4x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %19 : tensor<4x4x16x16xf32>, tensor<4x4x16x1xf32>) outs(%3 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.divf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x4x16x16xf32>
    %collapsed_19 = tensor.collapse_shape %20 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %21 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<16x16x16xf32>, tensor<16x16x16xf32>) outs(%7 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %expanded_21 = tensor.expand_shape %21 [[0, 1], [2], [3]] output_shape [4, 4, 16, 16] : tensor<16x16x16xf32> into tensor<4x4x16x16xf32>
    %22 = tensor.empty() : tensor<4x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<4x4x16x16xf32>) outs(%22 : tensor<4x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2, 3]] : tensor<4x16x4x16xf32> into tensor<64x64xf32>
    %23 = linalg.matmul ins(%collapsed_24, %transposed_23 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%1 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_25 = tensor.expand_shape %23 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %24 = tensor.empty() : tensor<4x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_25 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.addf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %26 = tensor.empty() : tensor<4x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<4x16x1xf32>) -> tensor<4x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<4x16x64xf32>) outs(%27 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.divf %in, %cst_5 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %collapsed_26 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<4x16x1xf32> into tensor<4x16xf32>
    %30 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_26 : tensor<4x16xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %30 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.subf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %31 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%32 : tensor<4x16x64xf32>) outs(%27 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.divf %in, %cst_5 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_3 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<4x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.rsqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %collapsed_27 = tensor.collapse_shape %36 [[0], [1, 2]] : tensor<4x16x1xf32> into tensor<4x16xf32>
    %37 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_27 : tensor<4x16xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %37 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg7 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg8 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.addf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %41 = tensor.empty() : tensor<64x256xf32>
    %transposed_28 = linalg.transpose ins(%arg5 : tensor<256x64xf32>) outs(%41 : tensor<64x256xf32>) permutation = [1, 0] 
    %collapsed_29 = tensor.collapse_shape %40 [[0, 1], [2]] : tensor<4x16x64xf32> into tensor<64x64xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%41 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %43 = linalg.matmul ins(%collapsed_29, %transposed_28 : tensor<64x64xf32>, tensor<64x256xf32>) outs(%42 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %expanded_30 = tensor.expand_shape %43 [[0, 1], [2]] output_shape [4, 16, 256] : tensor<64x256xf32> into tensor<4x16x256xf32>
    %44 = tensor.empty() : tensor<4x16x256xf32>
    %45 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.mulf %in, %cst_6 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %46 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_2 : f64 to f32
      %71 = arith.mulf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<4x16x256xf32>
    %47 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %expanded_30 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %48 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %expanded_30 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %49 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30, %48 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.addf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %50 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49 : tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_1 : f64 to f32
      %71 = arith.mulf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<4x16x256xf32>
    %51 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%50 : tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.tanh %in : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %52 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %cst_7 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %53 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %52 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%44 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x256xf32>
    %54 = tensor.empty() : tensor<256x64xf32>
    %transposed_31 = linalg.transpose ins(%arg6 : tensor<64x256xf32>) outs(%54 : tensor<256x64xf32>) permutation = [1, 0] 
    %collapsed_32 = tensor.collapse_shape %53 [[0, 1], [2]] : tensor<4x16x256xf32> into tensor<64x256xf32>
    %55 = linalg.matmul ins(%collapsed_32, %transposed_31 : tensor<64x256xf32>, tensor<256x64xf32>) outs(%1 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_33 = tensor.expand_shape %55 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %expanded_33 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.addf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%56 : tensor<4x16x64xf32>) outs(%27 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %58 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.divf %in, %cst_5 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %58 [[0], [1, 2]] : tensor<4x16x1xf32> into tensor<4x16xf32>
    %59 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<4x16xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x16x64xf32>
    %60 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.subf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %60 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%61 : tensor<4x16x64xf32>) outs(%27 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.addf %in, %out : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.divf %in, %cst_5 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = arith.truncf %cst_3 : f64 to f32
      %71 = arith.addf %in, %70 : f32
      linalg.yield %71 : f32
    } -> tensor<4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<4x16x1xf32>) outs(%26 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %70 = math.rsqrt %in : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %65 [[0], [1, 2]] : tensor<4x16x1xf32> into tensor<4x16xf32>
    %66 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<4x16xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %66 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %arg9 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.mulf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %arg10 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %70 = arith.addf %in, %in_39 : f32
      linalg.yield %70 : f32
    } -> tensor<4x16x64xf32>
    %transposed_36 = linalg.transpose ins(%collapsed_20 : tensor<16x16x16xf32>) outs(%6 : tensor<16x16x16xf32>) permutation = [0, 2, 1] 
    %transposed_37 = linalg.transpose ins(%collapsed_15 : tensor<16x16x16xf32>) outs(%6 : tensor<16x16x16xf32>) permutation = [0, 2, 1] 
    %transposed_38 = linalg.transpose ins(%collapsed_16 : tensor<16x16x16xf32>) outs(%6 : tensor<16x16x16xf32>) permutation = [0, 2, 1] 
    return %69, %arg7, %arg9, %collapsed, %20, %collapsed_24, %25, %29, %36, %collapsed_29, %43, %collapsed_32, %56, %58, %65, %arg6, %arg5, %arg4, %transposed_36, %transposed_37, %transposed_38, %arg3, %arg2, %arg1 : tensor<4x16x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<4x4x16x16xf32>, tensor<64x64xf32>, tensor<4x16x64xf32>, tensor<4x16x1xf32>, tensor<4x16x1xf32>, tensor<64x64xf32>, tensor<64x256xf32>, tensor<64x256xf32>, tensor<4x16x64xf32>, tensor<4x16x1xf32>, tensor<4x16x1xf32>, tensor<64x256xf32>, tensor<256x64xf32>, tensor<64x64xf32>, tensor<16x16x16xf32>, tensor<16x16x16xf32>, tensor<16x16x16xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>
  }
}
