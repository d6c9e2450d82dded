#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> ()>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<4x4x16x16xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<4x16x64xf32>, %arg6: tensor<4x16x1xf32>, %arg7: tensor<4x16x1xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x256xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<4x16x64xf32>, %arg12: tensor<4x16x1xf32>, %arg13: tensor<4x16x1xf32>, %arg14: tensor<64x256xf32>, %arg15: tensor<256x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<16x16x16xf32>, %arg18: tensor<16x16x16xf32>, %arg19: tensor<16x16x16xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<4x16x64xf32>) -> (tensor<4x16x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<4x16x64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.79788456080286541 : f64
    %cst_1 = arith.constant 4.471500e-02 : f64
    %cst_2 = arith.constant 6.400000e+01 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant 1.000000e+00 : f32
    %cst_5 = arith.constant 4.000000e+00 : f32
    %cst_6 = arith.constant dense<1> : tensor<i64>
    %0 = tensor.empty() : tensor<4x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %arg1 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<4x16x64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_2 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %3 = tensor.empty() : tensor<4x16x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<4x16x1xf32>) -> tensor<4x16x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<4x16x64xf32>) outs(%4 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %arg12 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg13 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<4x16x64xf32>) outs(%4 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<4x16x1xf32>) outs(%3 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.divf %in, %cst_2 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<4x16x1xf32>, tensor<4x16x64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %7 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %16 = tensor.empty() : tensor<64xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<64xf32>) -> tensor<64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<4x16x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg23 : tensor<4x16x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<64xf32>
    %collapsed = tensor.collapse_shape %14 [[0, 1], [2]] : tensor<4x16x64xf32> into tensor<64x64xf32>
    %20 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<64x64xf32>) outs(%20 : tensor<64x64xf32>) permutation = [1, 0] 
    %21 = tensor.empty() : tensor<64x256xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %23 = linalg.matmul ins(%transposed, %arg10 : tensor<64x64xf32>, tensor<64x256xf32>) outs(%22 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %24 = linalg.matmul ins(%collapsed, %arg14 : tensor<64x64xf32>, tensor<64x256xf32>) outs(%22 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %expanded = tensor.expand_shape %24 [[0, 1], [2]] output_shape [4, 16, 256] : tensor<64x256xf32> into tensor<4x16x256xf32>
    %expanded_7 = tensor.expand_shape %arg9 [[0, 1], [2]] output_shape [4, 16, 256] : tensor<64x256xf32> into tensor<4x16x256xf32>
    %25 = tensor.empty() : tensor<4x16x256xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_3 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %26 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_1 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7, %30 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_0 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = math.tanh %in : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %cst_4 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %34 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %33 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6, %36 : tensor<i64>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: i64, %in_35: f32, %out: f32):
      %97 = arith.sitofp %in : i64 to f32
      %98 = arith.subf %97, %in_35 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %37 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %39 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_0 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %29 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %41 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %42 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %40 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %43 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %28 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %43 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %46 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_1 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %47 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %46 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %48 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_3 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %49 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %48 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%25 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %collapsed_8 = tensor.collapse_shape %49 [[0, 1], [2]] : tensor<4x16x256xf32> into tensor<64x256xf32>
    %50 = tensor.empty() : tensor<256x64xf32>
    %transposed_9 = linalg.transpose ins(%collapsed_8 : tensor<64x256xf32>) outs(%50 : tensor<256x64xf32>) permutation = [1, 0] 
    %51 = linalg.fill ins(%cst : f32) outs(%50 : tensor<256x64xf32>) -> tensor<256x64xf32>
    %52 = linalg.matmul ins(%transposed_9, %arg8 : tensor<256x64xf32>, tensor<64x64xf32>) outs(%51 : tensor<256x64xf32>) -> tensor<256x64xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%20 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %54 = linalg.matmul ins(%collapsed_8, %arg15 : tensor<64x256xf32>, tensor<256x64xf32>) outs(%53 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_10 = tensor.expand_shape %54 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %expanded_10 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %arg6 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %arg7 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%0 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    return %14, %18, %19, %57 : tensor<4x16x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<4x16x64xf32>
  }
}