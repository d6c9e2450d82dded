#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> ()>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<4x16x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<4x16x1xf32>, %arg4: tensor<4x16x1xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<4x4x16x16xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<4x16x64xf32>, %arg9: tensor<4x16x1xf32>, %arg10: tensor<4x16x1xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64x256xf32>, %arg14: tensor<64x256xf32>, %arg15: tensor<256x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<16x16x16xf32>, %arg18: tensor<16x16x16xf32>, %arg19: tensor<16x16x16xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<4x16x64xf32>) -> (tensor<4x16x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<256x64xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.79788456080286541 : f64
    %cst_1 = arith.constant 4.471500e-02 : f64
    %cst_2 = arith.constant 5.000000e-01 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 6.400000e+01 : f32
    %cst_5 = arith.constant 4.000000e+00 : f32
    %cst_6 = arith.constant dense<1> : tensor<i64>
    %collapsed = tensor.collapse_shape %arg23 [[0, 1], [2]] : tensor<4x16x64xf32> into tensor<64x64xf32>
    %0 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<64x256xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %3 = linalg.matmul ins(%transposed, %arg13 : tensor<64x64xf32>, tensor<64x256xf32>) outs(%2 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %4 = linalg.matmul ins(%collapsed, %arg14 : tensor<64x64xf32>, tensor<64x256xf32>) outs(%2 : tensor<64x256xf32>) -> tensor<64x256xf32>
    %expanded = tensor.expand_shape %4 [[0, 1], [2]] output_shape [4, 16, 256] : tensor<64x256xf32> into tensor<4x16x256xf32>
    %expanded_7 = tensor.expand_shape %arg12 [[0, 1], [2]] output_shape [4, 16, 256] : tensor<64x256xf32> into tensor<4x16x256xf32>
    %5 = tensor.empty() : tensor<4x16x256xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_2 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %6 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_1 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7, %10 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_0 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = math.tanh %in : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %cst_3 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %14 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %13 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6, %16 : tensor<i64>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: i64, %in_35: f32, %out: f32):
      %97 = arith.sitofp %in : i64 to f32
      %98 = arith.subf %97, %in_35 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %17 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_0 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %9 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %20 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %8 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %expanded_7 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %23 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.truncf %cst_1 : f64 to f32
      %98 = arith.mulf %in, %97 : f32
      linalg.yield %98 : f32
    } -> tensor<4x16x256xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %26 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_2 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %28 : tensor<4x16x256xf32>, tensor<4x16x256xf32>) outs(%5 : tensor<4x16x256xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x256xf32>
    %collapsed_8 = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<4x16x256xf32> into tensor<64x256xf32>
    %30 = tensor.empty() : tensor<256x64xf32>
    %transposed_9 = linalg.transpose ins(%collapsed_8 : tensor<64x256xf32>) outs(%30 : tensor<256x64xf32>) permutation = [1, 0] 
    %31 = linalg.fill ins(%cst : f32) outs(%30 : tensor<256x64xf32>) -> tensor<256x64xf32>
    %32 = linalg.matmul ins(%transposed_9, %arg11 : tensor<256x64xf32>, tensor<64x64xf32>) outs(%31 : tensor<256x64xf32>) -> tensor<256x64xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%0 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %34 = linalg.matmul ins(%collapsed_8, %arg15 : tensor<64x256xf32>, tensor<256x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_10 = tensor.expand_shape %34 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %35 = tensor.empty() : tensor<4x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %arg9 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg10 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_10, %arg2 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_4 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %40 = tensor.empty() : tensor<4x16x1xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<4x16x1xf32>) -> tensor<4x16x1xf32>
    %42 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%38 : tensor<4x16x64xf32>) outs(%41 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %43 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %37 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%43 : tensor<4x16x64xf32>) outs(%41 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %44 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %46 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %42 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %47 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %45 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10 : tensor<4x16x1xf32>) outs(%40 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.divf %in, %cst_4 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %49 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %47 : tensor<4x16x1xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %50 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_10, %37 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %51 = tensor.empty() : tensor<64xf32>
    %52 = linalg.fill ins(%cst : f32) outs(%51 : tensor<64xf32>) -> tensor<64xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%50 : tensor<4x16x64xf32>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<64xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%expanded_10 : tensor<4x16x64xf32>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %49 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %collapsed_11 = tensor.collapse_shape %55 [[0, 1], [2]] : tensor<4x16x64xf32> into tensor<64x64xf32>
    %transposed_12 = linalg.transpose ins(%collapsed_11 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %56 = linalg.matmul ins(%transposed_12, %arg7 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %57 = linalg.matmul ins(%collapsed_11, %arg16 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_13 = tensor.expand_shape %57 [[0, 1], [2, 3]] output_shape [4, 16, 4, 16] : tensor<64x64xf32> into tensor<4x16x4x16xf32>
    %58 = tensor.empty() : tensor<4x4x16x16xf32>
    %transposed_14 = linalg.transpose ins(%expanded_13 : tensor<4x16x4x16xf32>) outs(%58 : tensor<4x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_15 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %collapsed_16 = tensor.collapse_shape %arg6 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %59 = tensor.empty() : tensor<16x16x16xf32>
    %transposed_17 = linalg.transpose ins(%collapsed_16 : tensor<16x16x16xf32>) outs(%59 : tensor<16x16x16xf32>) permutation = [0, 2, 1] 
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %61 = linalg.batch_matmul ins(%transposed_17, %collapsed_15 : tensor<16x16x16xf32>, tensor<16x16x16xf32>) outs(%60 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_15, %arg17 : tensor<16x16x16xf32>, tensor<16x16x16xf32>) outs(%60 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %expanded_18 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [4, 4, 16, 16] : tensor<16x16x16xf32> into tensor<4x4x16x16xf32>
    %expanded_19 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [4, 4, 16, 16] : tensor<16x16x16xf32> into tensor<4x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_19, %arg6 : tensor<4x4x16x16xf32>, tensor<4x4x16x16xf32>) outs(%58 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x4x16x16xf32>
    %64 = tensor.empty() : tensor<4x4x16x1xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<4x4x16x1xf32>) -> tensor<4x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<4x4x16x16xf32>) outs(%65 : tensor<4x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg6, %66 : tensor<4x4x16x16xf32>, tensor<4x4x16x1xf32>) outs(%58 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %67 : tensor<4x4x16x16xf32>, tensor<4x4x16x16xf32>) outs(%58 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<4x4x16x16xf32>) outs(%58 : tensor<4x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.divf %in, %cst_5 : f32
      linalg.yield %97 : f32
    } -> tensor<4x4x16x16xf32>
    %collapsed_20 = tensor.collapse_shape %69 [[0, 1], [2], [3]] : tensor<4x4x16x16xf32> into tensor<16x16x16xf32>
    %70 = linalg.batch_matmul ins(%arg18, %collapsed_20 : tensor<16x16x16xf32>, tensor<16x16x16xf32>) outs(%60 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_20, %arg19 : tensor<16x16x16xf32>, tensor<16x16x16xf32>) outs(%60 : tensor<16x16x16xf32>) -> tensor<16x16x16xf32>
    %expanded_21 = tensor.expand_shape %70 [[0, 1], [2], [3]] output_shape [4, 4, 16, 16] : tensor<16x16x16xf32> into tensor<4x4x16x16xf32>
    %expanded_22 = tensor.expand_shape %71 [[0, 1], [2], [3]] output_shape [4, 4, 16, 16] : tensor<16x16x16xf32> into tensor<4x4x16x16xf32>
    %72 = tensor.empty() : tensor<4x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_18 : tensor<4x4x16x16xf32>) outs(%72 : tensor<4x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_24 = tensor.collapse_shape %transposed_23 [[0, 1], [2, 3]] : tensor<4x16x4x16xf32> into tensor<64x64xf32>
    %transposed_25 = linalg.transpose ins(%collapsed_24 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %73 = linalg.matmul ins(%transposed_25, %arg5 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %74 = linalg.matmul ins(%collapsed_24, %arg20 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_26 = tensor.expand_shape %74 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %transposed_27 = linalg.transpose ins(%expanded_21 : tensor<4x4x16x16xf32>) outs(%72 : tensor<4x16x4x16xf32>) permutation = [0, 3, 1, 2] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2, 3]] : tensor<4x16x4x16xf32> into tensor<64x64xf32>
    %transposed_29 = linalg.transpose ins(%collapsed_28 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %75 = linalg.matmul ins(%transposed_29, %arg5 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %76 = linalg.matmul ins(%collapsed_28, %arg21 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_30 = tensor.expand_shape %76 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26, %expanded_30 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %transposed_31 = linalg.transpose ins(%expanded_22 : tensor<4x4x16x16xf32>) outs(%72 : tensor<4x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<4x16x4x16xf32> into tensor<64x64xf32>
    %transposed_33 = linalg.transpose ins(%collapsed_32 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = linalg.matmul ins(%transposed_33, %arg5 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %79 = linalg.matmul ins(%collapsed_32, %arg22 : tensor<64x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) -> tensor<64x64xf32>
    %expanded_34 = tensor.expand_shape %79 [[0, 1], [2]] output_shape [4, 16, 64] : tensor<64x64xf32> into tensor<4x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %expanded_34 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg3 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %arg4 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg1 : tensor<4x16x64xf32>, tensor<64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.mulf %in, %cst_4 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<4x16x64xf32>) outs(%41 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %82 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<4x16x64xf32>) outs(%41 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %87 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %85 : tensor<4x16x64xf32>, tensor<4x16x1xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %88 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.subf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4 : tensor<4x16x1xf32>) outs(%40 : tensor<4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.divf %in, %cst_4 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %90 : tensor<4x16x1xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %82 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.mulf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%93 : tensor<4x16x64xf32>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<64xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%80 : tensor<4x16x64xf32>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %97 = arith.addf %in, %out : f32
      linalg.yield %97 : f32
    } -> tensor<64xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %92 : tensor<4x16x64xf32>, tensor<4x16x64xf32>) outs(%35 : tensor<4x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %97 = arith.addf %in, %in_35 : f32
      linalg.yield %97 : f32
    } -> tensor<4x16x64xf32>
    return %96, %78, %75, %73, %56, %32, %3, %94, %95, %53, %54 : tensor<4x16x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xf32>, tensor<256x64xf32>, tensor<64x256xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}
