// Exported by bench/placement/study.py --export-test (AOTAutograd, core decompositions, min-cut partitioner;
// PyTorch 2.15.0, torch-mlir 20261001) as linalg-on-tensors, unchanged: the bwd graph of
// one Post-LN block (attention + MLP, hidden 32)
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> ()>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<16x32xf32>, %arg3: tensor<2x2x8x8xf32>, %arg4: tensor<16x32xf32>, %arg5: tensor<2x8x32xf32>, %arg6: tensor<2x8x1xf32>, %arg7: tensor<2x8x1xf32>, %arg8: tensor<16x32xf32>, %arg9: tensor<16x64xf32>, %arg10: tensor<16x64xf32>, %arg11: tensor<2x8x32xf32>, %arg12: tensor<2x8x1xf32>, %arg13: tensor<2x8x1xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x32xf32>, %arg16: tensor<32x32xf32>, %arg17: tensor<4x16x8xf32>, %arg18: tensor<4x16x8xf32>, %arg19: tensor<4x8x16xf32>, %arg20: tensor<32x32xf32>, %arg21: tensor<32x32xf32>, %arg22: tensor<32x32xf32>, %arg23: tensor<2x8x32xf32>) -> (tensor<2x8x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<64x32xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.79788456080286541 : f64
    %cst_1 = arith.constant 4.471500e-02 : f64
    %cst_2 = arith.constant 3.200000e+01 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant 1.000000e+00 : f32
    %cst_5 = arith.constant 4.000000e+00 : f32
    %cst_6 = arith.constant dense<1> : tensor<i64>
    %0 = tensor.empty() : tensor<2x8x32xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %arg1 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.mulf %in, %cst_2 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %3 = tensor.empty() : tensor<2x8x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x8x32xf32>) outs(%4 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %arg12 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg13 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x8x32xf32>) outs(%4 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<2x8x1xf32>) outs(%3 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.divf %in, %cst_2 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x8x1xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %7 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %16 = tensor.empty() : tensor<32xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<32xf32>) -> tensor<32xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<2x8x32xf32>) outs(%17 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<32xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg23 : tensor<2x8x32xf32>) outs(%17 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<32xf32>
    %collapsed = tensor.collapse_shape %14 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %20 = tensor.empty() : tensor<32x16xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<16x32xf32>) outs(%20 : tensor<32x16xf32>) permutation = [1, 0] 
    %21 = tensor.empty() : tensor<32x64xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %23 = linalg.matmul ins(%transposed, %arg10 : tensor<32x16xf32>, tensor<16x64xf32>) outs(%22 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %24 = tensor.empty() : tensor<16x64xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %26 = linalg.matmul ins(%collapsed, %arg14 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%25 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded = tensor.expand_shape %26 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %expanded_7 = tensor.expand_shape %arg9 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %27 = tensor.empty() : tensor<2x8x64xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.mulf %in, %cst_3 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %28 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_1 : f64 to f32
      %109 = arith.mulf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x8x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %expanded_7 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %expanded_7 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_7, %32 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_0 : f64 to f32
      %109 = arith.mulf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x8x64xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.tanh %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %cst_4 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %36 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %35 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %39 = linalg.generic {indexing_maps = [#map3, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6, %38 : tensor<i64>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %in_35: f32, %out: f32):
      %108 = arith.sitofp %in : i64 to f32
      %109 = arith.subf %108, %in_35 : f32
      linalg.yield %109 : f32
    } -> tensor<2x8x64xf32>
    %40 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %39 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %41 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_0 : f64 to f32
      %109 = arith.mulf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x8x64xf32>
    %42 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %31 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %43 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %expanded_7 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %42 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %30 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %46 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %expanded_7 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %47 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %45 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %48 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_1 : f64 to f32
      %109 = arith.mulf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x8x64xf32>
    %49 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %48 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %50 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.mulf %in, %cst_3 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %51 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49, %50 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%27 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_8 = tensor.collapse_shape %51 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %52 = tensor.empty() : tensor<64x16xf32>
    %transposed_9 = linalg.transpose ins(%collapsed_8 : tensor<16x64xf32>) outs(%52 : tensor<64x16xf32>) permutation = [1, 0] 
    %53 = tensor.empty() : tensor<64x32xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%53 : tensor<64x32xf32>) -> tensor<64x32xf32>
    %55 = linalg.matmul ins(%transposed_9, %arg8 : tensor<64x16xf32>, tensor<16x32xf32>) outs(%54 : tensor<64x32xf32>) -> tensor<64x32xf32>
    %56 = tensor.empty() : tensor<16x32xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %58 = linalg.matmul ins(%collapsed_8, %arg15 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%57 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_10 = tensor.expand_shape %58 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %expanded_10 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %60 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %arg6 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %arg7 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %arg0 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.mulf %in, %cst_2 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%62 : tensor<2x8x32xf32>) outs(%4 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %61 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65 : tensor<2x8x32xf32>) outs(%4 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x1xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %66 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %64 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %67 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg7 : tensor<2x8x1xf32>) outs(%3 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.divf %in, %cst_2 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x1xf32>
    %71 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %69 : tensor<2x8x1xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %61 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%72 : tensor<2x8x32xf32>) outs(%17 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<32xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%59 : tensor<2x8x32xf32>) outs(%17 : tensor<32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<32xf32>
    %collapsed_11 = tensor.collapse_shape %71 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %transposed_12 = linalg.transpose ins(%collapsed_11 : tensor<16x32xf32>) outs(%20 : tensor<32x16xf32>) permutation = [1, 0] 
    %75 = tensor.empty() : tensor<32x32xf32>
    %76 = linalg.fill ins(%cst : f32) outs(%75 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %77 = linalg.matmul ins(%transposed_12, %arg4 : tensor<32x16xf32>, tensor<16x32xf32>) outs(%76 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %78 = linalg.matmul ins(%collapsed_11, %arg16 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%57 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_13 = tensor.expand_shape %78 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %79 = tensor.empty() : tensor<2x2x8x16xf32>
    %transposed_14 = linalg.transpose ins(%expanded_13 : tensor<2x8x2x16xf32>) outs(%79 : tensor<2x2x8x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_15 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
    %collapsed_16 = tensor.collapse_shape %arg3 [[0, 1], [2], [3]] : tensor<2x2x8x8xf32> into tensor<4x8x8xf32>
    %80 = tensor.empty() : tensor<4x8x8xf32>
    %transposed_17 = linalg.transpose ins(%collapsed_16 : tensor<4x8x8xf32>) outs(%80 : tensor<4x8x8xf32>) permutation = [0, 2, 1] 
    %81 = tensor.empty() : tensor<4x8x16xf32>
    %82 = linalg.fill ins(%cst : f32) outs(%81 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %83 = linalg.batch_matmul ins(%transposed_17, %collapsed_15 : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%82 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%80 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %85 = linalg.batch_matmul ins(%collapsed_15, %arg17 : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%84 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_18 = tensor.expand_shape %83 [[0, 1], [2], [3]] output_shape [2, 2, 8, 16] : tensor<4x8x16xf32> into tensor<2x2x8x16xf32>
    %expanded_19 = tensor.expand_shape %85 [[0, 1], [2], [3]] output_shape [2, 2, 8, 8] : tensor<4x8x8xf32> into tensor<2x2x8x8xf32>
    %86 = tensor.empty() : tensor<2x2x8x8xf32>
    %87 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_19, %arg3 : tensor<2x2x8x8xf32>, tensor<2x2x8x8xf32>) outs(%86 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x8x8xf32>
    %88 = tensor.empty() : tensor<2x2x8x1xf32>
    %89 = linalg.fill ins(%cst : f32) outs(%88 : tensor<2x2x8x1xf32>) -> tensor<2x2x8x1xf32>
    %90 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%87 : tensor<2x2x8x8xf32>) outs(%89 : tensor<2x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x8x1xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg3, %90 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%86 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.mulf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x8x8xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87, %91 : tensor<2x2x8x8xf32>, tensor<2x2x8x8xf32>) outs(%86 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.subf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x8x8xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%92 : tensor<2x2x8x8xf32>) outs(%86 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.divf %in, %cst_5 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x8x8xf32>
    %collapsed_20 = tensor.collapse_shape %93 [[0, 1], [2], [3]] : tensor<2x2x8x8xf32> into tensor<4x8x8xf32>
    %94 = tensor.empty() : tensor<4x16x8xf32>
    %95 = linalg.fill ins(%cst : f32) outs(%94 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %96 = linalg.batch_matmul ins(%arg18, %collapsed_20 : tensor<4x16x8xf32>, tensor<4x8x8xf32>) outs(%95 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %97 = linalg.batch_matmul ins(%collapsed_20, %arg19 : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%82 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %expanded_21 = tensor.expand_shape %96 [[0, 1], [2], [3]] output_shape [2, 2, 16, 8] : tensor<4x16x8xf32> into tensor<2x2x16x8xf32>
    %expanded_22 = tensor.expand_shape %97 [[0, 1], [2], [3]] output_shape [2, 2, 8, 16] : tensor<4x8x16xf32> into tensor<2x2x8x16xf32>
    %98 = tensor.empty() : tensor<2x8x2x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_18 : tensor<2x2x8x16xf32>) outs(%98 : tensor<2x8x2x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_24 = tensor.collapse_shape %transposed_23 [[0, 1], [2, 3]] : tensor<2x8x2x16xf32> into tensor<16x32xf32>
    %transposed_25 = linalg.transpose ins(%collapsed_24 : tensor<16x32xf32>) outs(%20 : tensor<32x16xf32>) permutation = [1, 0] 
    %99 = linalg.matmul ins(%transposed_25, %arg2 : tensor<32x16xf32>, tensor<16x32xf32>) outs(%76 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %100 = linalg.matmul ins(%collapsed_24, %arg20 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%57 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_26 = tensor.expand_shape %100 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %expanded_26 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %transposed_27 = linalg.transpose ins(%expanded_21 : tensor<2x2x16x8xf32>) outs(%98 : tensor<2x8x2x16xf32>) permutation = [0, 3, 1, 2] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2, 3]] : tensor<2x8x2x16xf32> into tensor<16x32xf32>
    %transposed_29 = linalg.transpose ins(%collapsed_28 : tensor<16x32xf32>) outs(%20 : tensor<32x16xf32>) permutation = [1, 0] 
    %102 = linalg.matmul ins(%transposed_29, %arg2 : tensor<32x16xf32>, tensor<16x32xf32>) outs(%76 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %103 = linalg.matmul ins(%collapsed_28, %arg21 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%57 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_30 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %expanded_30 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    %transposed_31 = linalg.transpose ins(%expanded_22 : tensor<2x2x8x16xf32>) outs(%98 : tensor<2x8x2x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<2x8x2x16xf32> into tensor<16x32xf32>
    %transposed_33 = linalg.transpose ins(%collapsed_32 : tensor<16x32xf32>) outs(%20 : tensor<32x16xf32>) permutation = [1, 0] 
    %105 = linalg.matmul ins(%transposed_33, %arg2 : tensor<32x16xf32>, tensor<16x32xf32>) outs(%76 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %106 = linalg.matmul ins(%collapsed_32, %arg22 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%57 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %expanded_34 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %expanded_34 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %108 = arith.addf %in, %in_35 : f32
      linalg.yield %108 : f32
    } -> tensor<2x8x32xf32>
    return %107, %105, %102, %99, %77, %55, %23, %73, %74, %18, %19 : tensor<2x8x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<32x32xf32>, tensor<64x32xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>
  }
}
