// Exported by scripts/export-torch.py (torch-mlir, PyTorch 2.15.0) as linalg-on-tensors IR, unchanged:
// SandwichBlocks: Sandwich-LN (CogView), two blocks and the final norm:
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<2x8x32xf32>) -> tensor<2x8x32xf32> {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_1 = arith.constant 0xFF800000 : f32
    %c3_i64 = arith.constant 3 : i64
    %cst_2 = arith.constant 4.471500e-02 : f32
    %cst_3 = arith.constant 7.977240e-01 : f32
    %cst_4 = arith.constant 1.000000e+00 : f32
    %cst_5 = arith.constant 5.000000e-01 : f32
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.float32_14> : tensor<32xf32>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_torch.float32_13> : tensor<32xf32>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.float32_12> : tensor<32xf32>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_torch.float32_11> : tensor<32xf32>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_torch.float32_10> : tensor<32xf32>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_64_torch.float32> : tensor<32x64xf32>
    %cst_12 = arith.constant dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>
    %cst_13 = arith.constant dense_resource<torch_tensor_64_32_torch.float32> : tensor<64x32xf32>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.float32_9> : tensor<32xf32>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_torch.float32_8> : tensor<32xf32>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.float32_7> : tensor<32xf32>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_torch.float32_6> : tensor<32xf32>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.float32_5> : tensor<32xf32>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_32_torch.float32_3> : tensor<32x32xf32>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.float32_4> : tensor<32xf32>
    %cst_21 = arith.constant dense_resource<torch_tensor_32_32_torch.float32_2> : tensor<32x32xf32>
    %cst_22 = arith.constant dense_resource<torch_tensor_32_torch.float32_3> : tensor<32xf32>
    %cst_23 = arith.constant dense_resource<torch_tensor_32_32_torch.float32_1> : tensor<32x32xf32>
    %cst_24 = arith.constant dense_resource<torch_tensor_32_torch.float32_2> : tensor<32xf32>
    %cst_25 = arith.constant dense_resource<torch_tensor_32_32_torch.float32> : tensor<32x32xf32>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.float32_1> : tensor<32xf32>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_torch.float32> : tensor<32xf32>
    %cst_28 = arith.constant 1.000000e-05 : f64
    %cst_29 = arith.constant 3.200000e+01 : f64
    %cst_30 = arith.constant 3.200000e+01 : f32
    %cst_31 = arith.constant 4.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x8x32xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %137 = arith.extf %in : f32 to f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %2 = tensor.empty() : tensor<2x8x1xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%2 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.subf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %6 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.mulf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %10 = tensor.empty() : tensor<2x8x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x8x1xf64>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %137 = arith.truncf %in : f64 to f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %12 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<2x8x32xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.addf %in, %out : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.divf %in, %cst_30 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.truncf %cst_28 : f64 to f32
      %138 = arith.addf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<2x8x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.rsqrt %in : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %17 = tensor.empty() : tensor<2x8x32xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %14 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.subf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %16 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %cst_27 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %cst_26 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %collapsed = tensor.collapse_shape %21 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %22 = tensor.empty() : tensor<32x32xf32>
    %transposed = linalg.transpose ins(%cst_25 : tensor<32x32xf32>) outs(%22 : tensor<32x32xf32>) permutation = [1, 0] 
    %23 = tensor.empty() : tensor<16x32xf32>
    %24 = linalg.fill ins(%cst_0 : f32) outs(%23 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %25 = linalg.matmul ins(%collapsed, %transposed : tensor<16x32xf32>, tensor<32x32xf32>) outs(%24 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_24 : tensor<32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%25, %26 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<16x32xf32>
    %expanded = tensor.expand_shape %27 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %28 = tensor.empty() : tensor<2x2x8x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded : tensor<2x8x2x16xf32>) outs(%28 : tensor<2x2x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_33 = linalg.transpose ins(%cst_23 : tensor<32x32xf32>) outs(%22 : tensor<32x32xf32>) permutation = [1, 0] 
    %29 = linalg.matmul ins(%collapsed, %transposed_33 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%24 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_22 : tensor<32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%29, %30 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<16x32xf32>
    %expanded_34 = tensor.expand_shape %31 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %transposed_35 = linalg.transpose ins(%cst_21 : tensor<32x32xf32>) outs(%22 : tensor<32x32xf32>) permutation = [1, 0] 
    %32 = linalg.matmul ins(%collapsed, %transposed_35 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%24 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_20 : tensor<32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%32, %33 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<16x32xf32>
    %expanded_36 = tensor.expand_shape %34 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xf32> into tensor<2x8x2x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x8x2x16xf32>) outs(%28 : tensor<2x2x8x16xf32>) permutation = [0, 2, 1, 3] 
    %35 = tensor.empty() : tensor<2x2x16x8xf32>
    %transposed_38 = linalg.transpose ins(%expanded_34 : tensor<2x8x2x16xf32>) outs(%35 : tensor<2x2x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_39 = tensor.collapse_shape %transposed_32 [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0, 1], [2], [3]] : tensor<2x2x16x8xf32> into tensor<4x16x8xf32>
    %36 = tensor.empty() : tensor<4x8x8xf32>
    %37 = linalg.fill ins(%cst_0 : f32) outs(%36 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %38 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%37 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_41 = tensor.expand_shape %38 [[0, 1], [2], [3]] output_shape [2, 2, 8, 8] : tensor<4x8x8xf32> into tensor<2x2x8x8xf32>
    %39 = tensor.empty() : tensor<2x2x8x8xf32>
    %40 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x2x8x8xf32>) outs(%39 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.divf %in, %cst_31 : f32
      linalg.yield %137 : f32
    } -> tensor<2x2x8x8xf32>
    %41 = tensor.empty() : tensor<2x2x8xi64>
    %42 = linalg.fill ins(%c0_i64 : i64) outs(%41 : tensor<2x2x8xi64>) -> tensor<2x2x8xi64>
    %43 = tensor.empty() : tensor<2x2x8xf32>
    %44 = linalg.fill ins(%cst_1 : f32) outs(%43 : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
    %45:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<2x2x8x8xf32>) outs(%44, %42 : tensor<2x2x8xf32>, tensor<2x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_56: i64):
      %137 = linalg.index 3 : index
      %138 = arith.index_cast %137 : index to i64
      %139 = arith.maximumf %in, %out : f32
      %140 = arith.cmpf ogt, %in, %out : f32
      %141 = arith.select %140, %138, %out_56 : i64
      linalg.yield %139, %141 : f32, i64
    } -> (tensor<2x2x8xf32>, tensor<2x2x8xi64>)
    %expanded_42 = tensor.expand_shape %45#0 [[0], [1], [2, 3]] output_shape [2, 2, 8, 1] : tensor<2x2x8xf32> into tensor<2x2x8x1xf32>
    %46 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %expanded_42 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%39 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.subf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x2x8x8xf32>
    %47 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x2x8x8xf32>) outs(%39 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.exp %in : f32
      linalg.yield %137 : f32
    } -> tensor<2x2x8x8xf32>
    %48 = tensor.empty() : tensor<2x2x8x1xf32>
    %49 = linalg.fill ins(%cst_0 : f32) outs(%48 : tensor<2x2x8x1xf32>) -> tensor<2x2x8x1xf32>
    %50 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x2x8x8xf32>) outs(%49 : tensor<2x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.addf %in, %out : f32
      linalg.yield %137 : f32
    } -> tensor<2x2x8x1xf32>
    %51 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%39 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.divf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x2x8x8xf32>
    %collapsed_43 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x2x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_44 = tensor.collapse_shape %transposed_37 [[0, 1], [2], [3]] : tensor<2x2x8x16xf32> into tensor<4x8x16xf32>
    %52 = tensor.empty() : tensor<4x8x16xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %54 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%53 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %expanded_45 = tensor.expand_shape %54 [[0, 1], [2], [3]] output_shape [2, 2, 8, 16] : tensor<4x8x16xf32> into tensor<2x2x8x16xf32>
    %55 = tensor.empty() : tensor<2x8x2x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x2x8x16xf32>) outs(%55 : tensor<2x8x2x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0, 1], [2, 3]] : tensor<2x8x2x16xf32> into tensor<16x32xf32>
    %transposed_48 = linalg.transpose ins(%cst_19 : tensor<32x32xf32>) outs(%22 : tensor<32x32xf32>) permutation = [1, 0] 
    %56 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%24 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %57 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_18 : tensor<32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%56, %57 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<16x32xf32>
    %expanded_49 = tensor.expand_shape %58 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %137 = arith.extf %in : f32 to f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %60 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%59 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %62 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %61 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.subf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %63 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %62 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.mulf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %64 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%63 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<2x8x1xf64>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %137 = arith.truncf %in : f64 to f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_49 : tensor<2x8x32xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.addf %in, %out : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.divf %in, %cst_30 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.truncf %cst_28 : f64 to f32
      %138 = arith.addf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<2x8x1xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.rsqrt %in : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %68 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.subf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %70 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %cst_17 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %cst_16 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %74 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %137 = arith.extf %in : f32 to f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %77 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %79 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %78 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.subf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %80 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %79 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.mulf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %81 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%80 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %82 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x8x1xf64>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %137 = arith.truncf %in : f64 to f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%75 : tensor<2x8x32xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.addf %in, %out : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.divf %in, %cst_30 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.truncf %cst_28 : f64 to f32
      %138 = arith.addf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<2x8x1xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.rsqrt %in : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %85 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.subf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %87 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %cst_15 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_14 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %collapsed_50 = tensor.collapse_shape %91 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %92 = tensor.empty() : tensor<32x64xf32>
    %transposed_51 = linalg.transpose ins(%cst_13 : tensor<64x32xf32>) outs(%92 : tensor<32x64xf32>) permutation = [1, 0] 
    %93 = tensor.empty() : tensor<16x64xf32>
    %94 = linalg.fill ins(%cst_0 : f32) outs(%93 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %95 = linalg.matmul ins(%collapsed_50, %transposed_51 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%94 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<64xf32>) outs(%93 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%95, %96 : tensor<16x64xf32>, tensor<16x64xf32>) outs(%93 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<16x64xf32>
    %expanded_52 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %98 = tensor.empty() : tensor<2x8x64xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.fpowi %in, %c3_i64 : f32, i64
      %138 = arith.mulf %137, %cst_2 : f32
      %139 = arith.addf %in, %138 : f32
      %140 = arith.mulf %139, %cst_3 : f32
      %141 = math.tanh %140 : f32
      %142 = arith.addf %141, %cst_4 : f32
      %143 = arith.mulf %142, %cst_5 : f32
      %144 = arith.mulf %in, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_53 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %100 = tensor.empty() : tensor<64x32xf32>
    %transposed_54 = linalg.transpose ins(%cst_11 : tensor<32x64xf32>) outs(%100 : tensor<64x32xf32>) permutation = [1, 0] 
    %101 = linalg.matmul ins(%collapsed_53, %transposed_54 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%24 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %103 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%101, %102 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%23 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<16x32xf32>
    %expanded_55 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %137 = arith.extf %in : f32 to f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %105 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %106 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %107 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %106 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.subf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %108 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.mulf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %109 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %110 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %111 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x8x1xf64>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %137 = arith.truncf %in : f64 to f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %112 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_55 : tensor<2x8x32xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.addf %in, %out : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.divf %in, %cst_30 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.truncf %cst_28 : f64 to f32
      %138 = arith.addf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<2x8x1xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.rsqrt %in : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %116 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_55, %113 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.subf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %115 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %118 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %cst_9 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %cst_8 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %119 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x8x32xf32>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %137 = arith.extf %in : f32 to f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %122 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %124 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %123 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.subf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %125 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %124 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%0 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %137 = arith.mulf %in, %in_56 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x32xf64>
    %126 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<2x8x32xf64>) outs(%3 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.addf %in, %out : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %127 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x8x1xf64>) outs(%2 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %137 = arith.divf %in, %cst_29 : f64
      linalg.yield %137 : f64
    } -> tensor<2x8x1xf64>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x8x1xf64>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %137 = arith.truncf %in : f64 to f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x8x32xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.addf %in, %out : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.divf %in, %cst_30 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = arith.truncf %cst_28 : f64 to f32
      %138 = arith.addf %in, %137 : f32
      linalg.yield %138 : f32
    } -> tensor<2x8x1xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x8x1xf32>) outs(%10 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %137 = math.rsqrt %in : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x1xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %130 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.subf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %132 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %135 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %cst_7 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.mulf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %cst_6 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%17 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %137 = arith.addf %in, %in_56 : f32
      linalg.yield %137 : f32
    } -> tensor<2x8x32xf32>
    return %136 : tensor<2x8x32xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.float32_14: "0x0400000028EB163E65DDBE3D7E81153E33E3F9BD2811D2BC1B19813B876C723D25E47C3D0B631F3CAFFD5C3E45D0943C01A58FBD3F7424BD3F3701BE1B1A19BE2783D63D1CC8113E970D223E7357A5BD299FB339ABB8A3BD392C8BBDA59114BD82113A3EAA01F8BC328A7ABE29C680BC03C68A3BAF2A4CBD335B3B3D99C54C3EDF75C73D",
      torch_tensor_32_torch.float32_13: "0x04000000F5DC893FCF254D3FA3C35F3F07007A3F57167D3FBE84643FB3358E3FFD36863F7A17833FD2D6723F4686723F002E7A3FF27C4C3F4EA94E3F783E7A3FDCE99F3F97C47E3FFB79653F3FBB7D3F61D5843FE3FE733F60F0853F698E763F757D8A3F492D913F8FAF613F41E5853FBB456C3F3343803FFB6B893FA40C883F6844983F",
      torch_tensor_32_torch.float32_12: "0x040000003B9D3ABCAA4CC8BDDF34ACBD6A6A61BD032136BCD1540B3DD2FA1DBE3E6800BCDB3E80BD435ADABD04881B3E7D799DBC9F7C26BE8B6595BD7A4503BE82B3C6BD927C133E3C0EC23D9F455F3DE98C10BDC56FE3BDB03C293E80CD953B550D04BE6F28A2BC0E2D44BE8DF7AABCB022973D98FD1DBD5B699BBD227A4F3CA215C23D",
      torch_tensor_32_torch.float32_11: "0x04000000DB4B733FE737843F3A8AA13F847F583F34A08A3FC593813F43A4603F498B893F797D7F3F792E883FA0FF7B3F6C546E3F2A97893F8F5A723F9993893F6C2A8E3F4EFF863F69508B3FDD03893FB6DC813F10C95E3F71648E3F826A873F2DAE8B3F5A82803FE3C66E3F2193823FE770873F3E3C8C3FDE39823FE461833F744C8A3F",
      torch_tensor_32_torch.float32_10: "0x0400000046F7293D8FDB013D282B8E3D7BF9F83DA762D53D2613833D9F3427BCD3A4C43DB058CB3D67B641BE1088D13CEC1F00BE78C74F3D79A006BE876BAA3C50FC3B3DE2D6F7BD1F5B743AEFC7143E239085BCEFBE6ABD73538ABD9F1D8BBD7ED2AC3D7084BFBC002720BDC832AE3CF98D863EB5A2BFBD743638BC1FF0443E8625C23D",
      torch_tensor_32_64_torch.float32: "0x04000000247C0CBE22D7A03D6768863E8D3E44BE5A2A92BE7CA980BE9C3A213DF4A2903DB71464BE8BFF7C3EEC2A303DD30D7F3D8A9E3D3C0F7C3BBEA56B5DBEBEC5D13E3DF193BE6F7239BD3738CB3D3B6AE5BD1A9E3ABF59F8F43C8506E93EA2F7A5BEE5EB91BC3E5E4D3EB1158BBE620D74BD5FC7F73E58D4B6BB3AB8A53D98CE3C3E99808C3D1CD2AABE9F360D3E2A8C0B3CA57FBCBDAA0AFEBEBB2E823E7B20AE3EAF0EC6B92FC8EBBEA7321EBE550CC3BE19B5843C31E6133EB6E4203E6F0C7D3E99F2C3BEEDEA7BBE6C83A33EAEA7C6BD0D8D32BB5BF8D6BDE207F8BE66C15BBDB0789CBE61CCADBEAEDF4D3E8F3428BF7EF59E3B1FE8153F0C5AD73D014706BE3873AA3D75A5A53C10AAAABE61D4973D16B0843E1D4F7EBE8DA19DBE8D38B53D66DE00BF743E583DB708133EC768EB3C5343A7BE1B1036BEEDCDBEBD480EB9BD8A0CC1BE2394153FDE885BBDEB55DB3DF091913D948A84BD21737BBD4F774A3E9812A0BDCADB15BCB774153ED8579D3E85DD523EDE8EE13E4032EB3CA5C64EBEEB96AF3D49B924BE547F6DBEAB2E48BD6857A73E094D2E3EB021023F24452B3F7573AA3EA10122BE8397873E4E4DB03D863401BED0B087BDC83AF2BE6946BC3D46DBC4BEA4B32FBC7707B4BD4EFBCEBD48398CBE7241B1BD067008BE919994BC5F8E13BE544B023F77BCF5BE8C18143E6DBDC83EB48982BE53CEB3BE9F9894BE594C483EE2406C3E24DF77BE06519A3D0789473CED7F32BEEF7E463E5B05D2BE3EE3CABED8F73CBDCC123D3E8467FD3E21EED03C3960F9BE82C6083F8915E5BDBBF48FBEC2F327BEC75CA4BED449DA3D2D68C83EC4DAEC3E59768F3E02E32D3DBC03173E71A60C3D77EC8CBED78844BE1001963DC26137BEAAAE9ABA8989903EB776DB3E8A06863DB8882C3E4F02A23E81BF8ABE9EF180BE7DF254BE9A969ABDEFC390BE97FDD33E7565373DF3063ABE03ABDFBD96321BBF765E09BEB6EB963E5FE2D43E8001D6BEA6E879BD3564FCBEA1F9873D498DD7BE5AF3C13E4144DE3DE812B8BD99405F3E9CE2B53E81258BBDD53311BE6E6B3ABD28D70F3F12DBA1BE00A2DCBEB89113BEAF4795BD8763BCBE58DBCF3EDD6EA7BECFDC1EBF35F8F9BD542CB73D219CBDBD9BD4C43EAEF2AE3D017F3B3D650EC0B9C6BFA9BD9485973DF6773CBD495E93BD4CEF1ABE13CD4EBF7BB5FF3E89A624BFB2AA22BF44BD0DBF8E3EAABA2539F2BED65A4D3E818D2E3DDF18233F721D873EF3910FBE93609B3E6EDBA0BDB5F926BE7C2DA7BE2C48F53DB7A7803E33DD1F3EE4D1BCBD6F64C33E665DF53C017DBC3EAA3311BC2DCF613E4D26DFBA84D3473EF8CD07BFCA0B2B3E9D77433D8730D13C36EE463E020CBB3D5BC8373E0C96F7BD4F43923E475CC0BD1B5923BE0AB8053DDE3FD93D934B8B3D975AE13D5A578CBE5437ACBEFDD766BEE1A3CCBD24B9723E82909FBEE578923EBEA65BBDB38AC33E07CA233EB4596CBE379EB93E25C420BFEB52A03D497EE03EFF29693E3D62DF3D526C90BE894220BF95891A3E4F54D7BDFF2BCEBDCED6AEBDF807CBBE35FD2B3A2767F1BDFB88AE3DA87CF33CD6C93A3E822804BF810A17BF77CBC43E07E60C3F96F780BEAB9F40BFCA059FBE6F1C883D02EB223E4AEE0ABE0B50743D36724ABDFD25F43E2142D6BC3C57BBBE2E58B9BEF496C63EA744AFBCE0870CBD15C9F0BD6D42AABEDDFEA3BEDAEF43BD57A4AE3D2812923EED8B76BCE934E9BEA6FE993E58508F3EFA97553F0B9C203EBD7790BDA082073E5A67FF3D868E9EBDB16C03BF92F1F83E08D40B3E7727C53DF2E890BEFCB8A13EA951F5BECF70083F762747BF81B002BFD278CEBC63CCAA39300D94BE60B7D13E5DDC14BFEB648EBE1348DABEE364D03E6CC6713DFFB4F0BDC3B506BFB4128A3EF5399A3ED324D03ED934A6BEA49A2ABDE279403EBF6B3EBEA3DCC1BE7EE0633D91390E3F94E90DBEA7FEF63D97E0183F8CD95C3E49871D3CEAEFB3BD30BC283E79EADFBE495341BF5FE7253F1F6F64BEAD51DEBCC64FB4BE21D5FF3DC62B593E15F7DEBE4411F13E176C05BEB0833DBEF4D9C3BDC69FCDBE0CF459BE4A7CB7BCA4EFD93D6F735ABD9E37EFBCAF701C3E18CCB1BE7C761ABEA71AC7BE9A80623DA5B8A1BE85C5DFBE254441BE8D2D283F2AA11F3E5F899A3E326B9CBEEF0CEFBDED0785BE5A3034BE254645BE4469253F883DE43EB037A5BE9BE924BE573E68BE7C12323EF3B9D53E3097F03D490D813F1D5BD63D08059C3E8708CC3E87BA60BE9D6D5ABF42AA87BE18AD1C3E0E82CA3E5008913EC9D0F4BD9A27C73EBCB7D13E1115923E0C69393ED063B9BEE8DEA73CB950DF3ECA67F83DDBD7C8BECAA981BC23096D3E326579BE6EAFDC3B93FB533E4D6BD13DBBA20FBE128B88BEBE1D1DBE5B629C3E5953563E7F3BD23EF8CD8F3ECCD7B23EE2256FBE0E1384BEAF458A3E3095DDBDEFBACF3D719D8CBD86A1AA3E7CB49B3D83A82FBECF44B7BE0488B7BDA590CC3DDB5A13BE155ACF3ED6171DBE915E483D68F2E53D8FF4C6BDEC5A3C3E480633BDDD03B8BEC3870C3FE8C1F3BEF41D80BE419A8A3E80368ABDB9F2163EF1D2E33E9E43A53EE105BA3D4070F53EB3A8E5BD429A3A3CFE7EC33DA734773E7579623E29C352BE58CD26BEF9EC40BE7FE01CBEE6B48D3E47C1543E0B368B3E95BD223D6360F2BD8B0DE13DDE1135BE9D11AD3EC498CE3E5A04F9BEC5D2EEBDE3BF3B3E1C6D4BBD182376BE2BDB12BDA991ABBE38DBF23DB27CAD3E6224BDBED7AA1DBF61DB2DBF962F8ABEC6D6173F92F456BD97FD713E856DA0BEBC08063E0DF8813EE8C8CBBECBD6DABC1CFC74BDD0BF893EAF8591BE49BD8F3EC19E083F237D36BEB475833E31F140BDA2A81EBE2B0E67BD021C8FBEC4369E3E1716013FB94A5DBEFF59A9BEF3D3293D47A9793E0A55AA3DEF01963E759CDFBD5F09343E375377BE24DA00BFC0C261BF46F73C3E743447BE57A0573E12042DBE86D7A7BDE4E62C3D73C92C3FE307F43E43769CBEE6972DBF84E9B8BED8AD1DBED0C9973DFB7CC1BED3E6A5BC5A58063F9ED6AA3EB8E6863EF03E343E8B5F963E4873AE3E3119A53E1AD20DBD0193653FEA7A493E0B9FBD3D7A310E3DB4D0043FCD8BB43EB8C41FBE2F2767BE72CB6A3E3137CCBDE6F8153B6F087EBE965B49BE0D2DA03EC3FA363EDC0F04BE7AFB053E3E40913DE7F48F3EE530A0BEC1BF05BEB42AEB3E7EF3023E0110983EBE38E3BE35CA82BE514C4CBB497B453D26F29ABDEF8D6DBDEC6D85BED5704A3E63B5EF3DD2EC823D2EE03E3EE78690BE43A866BEFA0A3ABEA2DCD23D6D83903E7AF58BBD8F40FC3E9617C0BD501C483E237411BECCB4DDBD16954A3D9E1E543D3BBAA3BE3B5C173E16614EBD48ED81BE355F11BF3AEB96BE2A013B3C8C344D3F66E1383CD7F8E33E16E1223E12C78EBE4228253DECDC09BF31E5593E8CE8AE3D3686853E70519C3E4B648ABEB1104A3E14FBB73E892FF53DF3F5A0BD6411453D8BF943BFB214CD3E22ADA3BED199B53EB4AEB93EC7710F3CE17EE03E495B7A3EF312993EB11D253FA216B83EB7FFDF3E4DA3003C5529B3BE2CCA653D93C711BE54BC863EFC5BB63D4DC243BE57BE2D3EE530263DAD2301BF3AC7193C87A08EBEAFB1863EF7E0A83E889BAEBE122352BEA895163E2F8CCEBEDF204EBE9124ACBEB31B8D3D099CFABD50FFE0BE5205FDBD58DD09BFD810A7BE7E0DC0BD0E54CEBDAEA7523D3C4464BD8D9A553EB9C1F83DE8F8D9BC1E7FB43D688A9ABDE88EC5BEC3B3F1BDB4B0423E13CB83BB696D7BBE64E182BD414622BE06EBA43E41D73CBD61383F3FC470ECBE70F50BBF477807BEA1926BBD5FC3DF3D7E97E73DF46BB4BE6439AF3E3DA549BE131BFEBC1F4730BF4CB2B9BD475D8A3D5CA5193FD71CF8BC3815DE3CB2F4233D39B163BE9264B43E89ACCCBB9230823E4408D5BE5B6ED4BD928ED03E8018B73DEE7A133E52E150BD74D688BD10CB5D3EADD805BE39EF993D99A709BFF4A9AEBD3373053F850E02BF0C4919BE497E213EF036543D952110BDA0D870BE4C75863E37A25FBE813FCBBE0E2DADBCFB70FE3DE1D9703ED973E43C0C7B043C86E284BEEC3CADBE0F67EDBC528034BECE7DB13EE1B806BDD37ED2BE178EE23EB11C2A3FE00843BEDB5B2CBE282B823E8DB06E3EB2288A3EE551B33EE9515DBE9373493D72E7923E7420B53EFD832B3E196D49BDA090F9BE3358C83E58B91B3FE70DE3BD381E40BDA28A31BE6223F73DD43489BEE9EF94BEF89C1ABE924E3A3EF5C6B1BE27EA893EF5C3F6BEBA308CBE2DE442BEE44B71BD1238373D73D80ABF90642E3E723DDF3DA0E855BE98A8B23E6E249CBE934BC83E9A77E8BE6DA601BE78BB703D0FF842BF9B3625BFE2E802BE89E22DBE4DB27BBE5910D3BEEA61D33E1CF562BEF72C1BBDE8E7F0BD620A41BFC45521BEC88F2E3E262D5BBF11CCA9BEABA79C3D659C6E3D6B03C13E8A36373EF8BC293E6A6A1EBE52AE14BF154E3F3EC9B5263FAD10EEBEEEB771BEA917AD3E7A7D323FF606CB3E1AEB2E3E7CB0653EBA052B3F302A38BE472F12BEA7AF3C3E020731BE8867363E73348BBE1B23203F5E41EFBC54B47E3E4D664ABD120FD4BD69B719BDFFE427BE3A7BEE3DBE41883EE3D48C3EF750E5BEF21B3A3E3E82543E7C41F1BC2B7620BEAFAF1C3EEBC0D33D471DF1BDB198633EB33536BDDF305F3BE3A5453E0A1E0CBDB4BCA73EB3A988BE5A6FF23EA319643EC11EE73E208CF9BDDDFF2EBED2680A3E3319963EDC7AD03E21C03ABED320BFBEB53BA1BD5CC18CBE91BAEF3E5C5E823E2A86493E86E4903E0E88B7BE43E70B3D1CF278BED9FC23BE8CB1483C2238A33DA48F6A3EE5E0F93EDB88AA3DE2C99FBEC553DE3EB62C85BE9A9EB83E639E513E9FB2213C6F7652BE33E839BF5DBEAA3D56D37E3E0074F03E338B96BED26381BE3791813EB54A93BEABA7FB3DFDE944BEBEB6843E93ADBB3DA47F7ABDACAA4D3EDBF2863D193DAFBE41B98EBEFC56703EB14C43BED27831BECAC23D3FE54FD0BC6983EBBE564F693EF78EEA3D9924F13CEB6E2B3E6E61FBBDF0D478BD5007E93CF736FC3E481C463EA85610BFFD7909BE434CA03D6E11B83EABB8A73CFB984F3CC1BFE0BDAB8C073EECCBAC3EE64317BE9215B73E8CAC0DBE4A7E18BDBBAF72BD5682D63E5EAA04BEBC8402BE559E5FBE13A07ABD3E1D5CBDA3ABA73E3BED16BD12EC633D6285253D0BDB743EC235B53D026D443EE3EDF3BE0793D0BD5CBD513EF604213E257AF9BE96AA933D06F68A3DDF259A3C093C42BD28B4AABEA374FCBE0D49033F2E1B01BEFD6EC0BDB07D46BE4806B8BE16293A3D41DA823DEDDBB13E0851C2BEB0A406BE24674FBC84ED423EDC40BB3E7089A3BE5B4687BDB55A233E2F05183E2561E7BEC31C79BE559273BDC7610C3D0D1830BE9A56C23EC85DB8BE476FDC3EDEED9D3D52A0993EF44BC33BD5F408BFA48739BE3A2600BF1F1D103ED1F4D7BED1C7F9BD908314BDD70CB83D5053D2BE4634133E085515BEE2BCCD3E9EB45B3D8CAB2EBF8496C83EA917DC3D17184A3D8040D13E8AE112BFC4F53EBD37D58FBD147F013D6CD9263D34A95A3E99E5A9BDA1AB8A3D41BC083F021E2EBE483FD7BE6A04043E7DFF5BBEFD2BBDBBD42B22BEDF4521BE0E38DE3EEB32053ED13A683E22707FBEAC6287BED8BD073DCB48C6BEB908C33E1FD072BEE18A28BE0B8F00BFF994A6BEACBD02BFF559F7BE0FFDEABE2FB3FA3D6D4B95BDE400023E97AFF63C59F4ECBE1F1AEE3E2D97CA3B9E963E3E1E2A86BDFD8255BE4906923EAE4C5F3E45EC99BECF0DEFBD2A7FA4BE0784193F36D4D4BE31EAFE3E58A5F7BE05DA683EDD9853BECCBEB5BDA9DCD8BDC6A1A6BDD7E7D7BDE17E2B3F41E3423D0FDC303D9DEFA23EFA0F0FBFD751193EE03B003EC0F011BE8EE8733EDB67D5BEE563673E79ECAB3E9A72073EF2F3D13E56DF71BE5B23543EE193133DA7D1433E3225303C0D31D13DC22B23BFAC91013E56D3863D7DE4D9BD6035CEBEDABD6C3E101125BF727A35BE8B951EBB54DDB3BE7767913E6F87EC3EF432D43CC31A473DCE525FBEE5AF0ABD0BBD72BD86BED43D2C44B1BED5DEC73E886731BE816A86BDB9428D3E3134B83E3736B23DD000B7BDBE33BE3E295CC4BD7835CB3D0ECD923EBBB1163E1D225E3E494FCCBBE4B265BEA25FC33E03554C3D90ADA4BD99C8C3BEB5EE493C73CB433E7A669ABEA067233FA049133FE37D953ECCDBBE3EF8BB333EE27BC43E7661BF3D4C67B83D117B40BE21DC06BEEAC7A2BE7BABEDBE7AD32ABE4A4C8F3D2ECE06BED20C92BDEC00453EE47FF1BD16BF7D3D23BD22BF774F523EAF23313EAF3652BE26C3B6BD04135B3E8A1228BDDB5C8EBEAF2F41BD432CC53D891D2DBE19AA33BC89DA563E0FE1403E5F2310BE1C0AA7BE6324E6BD2B36CABD4DE19FBEEEFB90BE5FF641BE7D13C4BD0014BD3EDA8B9ABE03DD6BBDC569DBBD29A7D1BE3B33AFBE89BA76BE5C9A9E3E14F6693FABEB82BE39218C3EB1CA87BE00AC563CB94F103DD5D086BEE326F3BE659A96BAB3E1C93E189407BEEC5E78BE3C08893DD45D853E613C8A3D2A1872BD37AE8C3E4AD7203EE2DE2FBD8C9BBB3E566CF6BDD511BE3E8FCF003E94DC1B3FA7D45ABDB44AF23EF2945A3FDEAC6BBEF60E16BF791EC1BD47EA6BBEFB27C5BDCD908F3E70EBB43E769E21BEBE2EC03ED682BCBE7D8B5C3CB93FACBE4D05AA3AEF6040BE4D73D43D81B3823D6F7803BEAE51CE3E7E619E3E85F3463E797C493E37B1443AAFF3FB3E82A88D3E432A14BDD1C4CF3D97E1713EA6A65B3EF5CDD5BDF33B5B3E92DEC3BE5DDAB23E87A1F83ECE752D3D48CDBFBE2BE3FEBD486F32BEA6AFC93D77451ABEE05EC53B13EE43BFD99586BEED17AE3E37D5F5BD6202243FEA8C27BF6804B03E7754A83E700E18BEF9D9213F6777123F783B20BF4F5297BD7806903D884E07BE52EB063F2CA4963D284EB3BDB411DA3E547230BD4A3E89BE0D8A9E3D05B28FBD3835C43D10D19BBB8243D73CFBD616BE8F87E33B78ACC1BE2F46513CB5E0503E6A6117BEEEE0A03E67CA2B3F7842A9BE24AA753FBEC3E43E2C24F5BE56F92F3DAE5B5F3EDC1A213EB669EF3D1C062E3D68D0D6BD489318BFBBEBBA3EEC952CBE8E1ACBBD8138743E0A64E93EA5FD9B3E042B15BE04CBAE3E32AB373E038FA5BDC629FF3D893D73BC255ED93D6C0827BE767CC63D1ADBB63ECAA1A8BB4B52773EDE265BBEC92DDB3EED941D3F7CBCA3BEC01E0BBFE39F173D7732913EC6CF4E3EC1F187BE14A7B8BDF4CA963E08A7793EF67A313E9E6B123E5D46DDBD039486BEBC03133E6A4D48BEE53A85BD8037F73DB81E2B3FB215823E68F7D33D13A0F5BEAAAA70BECEFB913D8BDA9FBE481CDF3CC7E3D1BEDD9CA5BE288629BEB183EC3E8A259A3EC92874BE9FB5693FE42660BC43298BBC98C69E3EB30C533EED25953DAC9FA3BE380335BE10B12F3F75A4DDBE3E94253E2AE981BE7C8883BEE4A7863EE49D8FBD821D4DBD61418D3ECF14F6BEE4A511BE0BA1A1BED2E34F3EAE83403E7D020ABE008D623E1ACE06BF5B44093E982949BEEFB3573E9B0F4ABBC6C1213FFED415BB26914A3F472C173E0816AD3DA18D57BD93283B3EFA57C03EFE5033BDD85DE03DF39ABBBED735CFBE99740B3EF749993DB044A4BE1F8F51BE74B7023D4030133E365B313D95B431BD56088BBE4737CFBE80A3BC3EC2B6433D062342BE5AF51CBEF74E9E3EFFD101BF6AB03D3E9AAA5D3D8D2C773EF096933E0DECEC3E741BC3BE0BAEA83D69AD5B3E273BE23EB30CA0BEA5B9943CA3ED1EBFF2608EBE446D9DBE31D254BEA0DFA7BE873CCA3E4C1E823EE90904BDCC3A773EF1A183BBEA3E5B3C30B2C43DE41C2E3E7945503E7395E0BDF33E80BEB8FB2F3E14FC40BD6359F63C7F6F053FFF30AB3E24BBEA3EB26F1B3D3C3D7FBE12C583BEB4026FBF4AC4783EC92D373AE9792ABE2B0C803D1E5F92BE7011223ECC8305BF2391A43C7061143E4039D33ECDA93ABE3A8A40BC7AA93B3D4BEC1A3FD32DCEBEE270AE3E28D7D43EC8355B3EDE4204BF2A38EABE74A0DCBD45C0B63E132D88BE551C2CBE936C813E76E377BEAC94EDBD676464BED3B313BE49AE523EAB6E38BEBF7E51BDB484EB3E4F4285BE55E9DBBCFCADF63D064D10BF56F9F83C2A5D23BD84F72EBDAC0BCB3EB17F1D3FAA9E64BE83F5E6BE51DD823D546831BD38CF02BEBF48F33D806844BED51553BEF947E03D531BDF3E3556CABE75A5463EFA27FCBE4BF46B3E5E1CC5BD4C9B09BF6702AD3EBA5C94BE263BA53DB823683E7F99CF3E8F200CBE3BF245BE825FB43E97778BBE7497B43E20A8B5BE321E1FBF32A81ABEF4D31D3EA8D1153DB878113DCF07CE3E1B9F43BFA68BBB3DC30D823EC67733BD21C3473E26D1143F143A163BA1B5F9BE5DDC913D14CAB83E628F903D9FC68B3E95A2EEBE4874903ED06E47BEB1B1983D6D3B553E372ED43E06C0B03E1FAF503D9D6ED8BE1F85813EA0FFB9BD77490ABDDB152DBEB5A60FBF1017993E8E27B33E42E75C3E7C06703E29198CBE099A8D3EF676C0BE573AEA3DAF404EBE4C93AD3DB937F63D19B70B3D429DC33EB03BBDBD190EE73DC8DFA13D8B7405BE912764BEDEC708BE6881BCBE36B066BE040FDEBD43D52F3E68FA193F46CA2ABFD5A59F3E168E5B3E3BB96E3F9807B9BEBC961DBED6138BBE36DF0B3F01D37A3E83CE17BEBA5D35BFBA680D3E198300BF0A67EFBD61FD703DF649CCBE60289D3E0B542BBFD45DFFBE447AABBED95E463E8770CABEC67865BEB3DA82BB8B21403F3DC8D33EC5C7CABE9082853E34DC27BF66369ABD894DC73DFC1E383E04356BBE2B9A5FBE10DF813EDE7B25BE59D9E5BEEBD1F43EDFE2DE3DE515103E9886AD3DF88A573FC7F0E23E34E3993EC685B63EF2AD003FB37783BE68756FBDE4400FBD7966E8BED42761BEF19BFE3DE9F0B43E9CC62CBF1D0DAABEF22CEABEFC24333FF8DA33BE3B2ED03E25EAB9BC116EC33DE62F3B3D71A97ABE706731BE27F9D73E587253BE657021BF8D57C13D585ED23D43C0EA3E68E6E43E8EB4193E64D007BEDAB5033EC33FB43EA415A53E0B53D8BE9223A7BCB90401BE91A6063F31C2DABEFE9733BE2007FBBB7ABB8DBCF24FEBBE9C5FDABD4D7486BDF2342FBEC2D79A3EE645DDBDEBE750BDE0EF2CBFFD0E2EBE5FD46FBDD814CF3EF22E3DBFEEE0283EE2C4D7BE9D03A13C93EF413E3991D7BEFFFAD0BD076856BE5F787ABE3C4F6EBE7D9B613E1A06D43D964B713EE63D923E2E85483E7AAA3EBE057BEBBD1F724EBD274A8C3E70B395BE074AF3BE20A48ABE5F2BB63DD09919BE7C10B7BED133F83C216981BEEA38793E7FAA15BE554F8B3EEDE2E5BE9984CCBE5E383CBE4A33D23E0BB2A1BDB3C9973D2BA436BE53B14FBECB72F33ECC11173E5ED9F3BE42F0C23ECC501FBE83C0CABEA98C21BF1D8090BD4EE6A6BD8E04943E19E0FFBD4FD2083E1CCED63A61FC67BDA5A3963E0B35233E3B0157BEB0E7D4BD64DE4F3E2C3824BDBDA31B3EF142F03BCC1739BE6C53CCBE1A5D87BE57616A3E3CBA193D1D0DB63E2B4187BC0617523E69CE05BE71F98BBD536A3A3F2FF8703EA413AA3E745315BEFD46A2BEA744833DF144613E740F6C3E117C223E2F23783E3DB50D3F87C5B53D26DB87BEAEE9A7BDD245C7BED25314BE532D10BE37B2E5BEE9FD473DE93C99BE20D45F3DF45E9D3C9236923D5366E83E1AD9BE3EDB53D9BE4FCCA73E652711BF75B3223D68BAA23E38E670BE026B70BE1ADE16BF8408FF3C2022F7BEA4C38EBDDAEC06BE44C061BD1D7A593E8D53623DBBA45E3D3D7C05BE53F9BDBDEB998A3DF06A33BFC7F212BEEE56303EA972063E694BF6BDA0259FBD69590B3E167C073C272215BE05231B3F2C0394BE46CA3ABEB683033FE5EF6A3E0E5E23BE6CFD463E7BD408BF9D098EBE2349FB3E085BFDBEDDE0C03D80D728BE1E523D3E1BC9593E9F7C0FBE1A1245BED9AFAC3E730AAF3D293F0DBE5862A7BCDDEFE13E9FEFB8BD88522C3FE471C9BE82314BBE35C26EBD3DDCA93D6C7FE2BDAE0C0FBEC4396B3E0346F4BD272F0EBE947C143CF79FF1BEB3D4D73E54E12D3E63D7ACBD0B49C8BD8E33A33E4193AEBE463DA8BD3C9897BDF9E647BD7ECFAFBE9A630A3FEFB6C6BE86D9D6BD77F26D3E77BEC23D0037A73CC6C5CF3E9CF991BD8FF9A83E14CD13BEDB0F983E71D6423D029B5B3F6446643E0CBE9F3E7FF0E93CA3C895BDB1AE10BE6FD6203E9ACCDEBEB7E40ABE8F64C9BE583D7BBE56563B3EE6A6833E45C3593E2EEB07BE723F803D7B629D3B00F21CBD0BDF013E7EBB1DBEF196BBBEEA7C2FBDA2484D3E7B4902BE7350043EFE93ADBE6C84213E10AF963B65DE4FBF02EE813D072F2BBEE5679D3D5BBB9A3E27BD8FBDDD584BBD7A711CBF23B4F93DADF8523EF997C5BA829ACBBE038799BDB76933BF02229F3E08D508BE2B355CBE4F991BBEF299163F9F0F033E13C6A1BE1A63043FA7F6E13EDA85ECBB357B70BED460A6BEBEFFA4BD3FB4DABEB9DB813D935F823E5FE8713D95C7E53D2E1C60BF6683A4BDA65567BEA744073E8931E93E70364F3E3985FC3EA4DB9A3D279BB43EF45453BE218B9BBE28FC0F3BE77D7DBEA0C3563E3199FE3D0DC7DE3DA4B7703D573BEABE7465DEBE4EC8083F4A18113E6E5539BE0662CFBE07EE3A3EFB3FDC3CFCE45C3CFE2ADEBE1889BABE85CEDABE3032633EA54A6E3DCDA2CBBE8EB402BCBCE9B33E089E7CBFD189393EA5457ABBD53164BD4E93D0BEE87C9CBC0416B4BEFD0B1FBE52469F3DFE0381BE314D773E24D9B13EF5F5F7BE0D8F54BED4CEB03DCC740C3E5CC5313E001618BD8086A7BEF0B35EBE579F303CEBEF923D539EB03DDC4893BE7404943E555BDE3E9B0325BF8C67DCBEB88FCA3EA87DE03E0017DABEBC073C3E3253B13EC47ED9BEB0FC553D842D05BE49DD03BEF065A0BDE96F053D7091023E4C7FD53ED5BDDF39865FCD3E7156983EBFBC543E5DCCD3BEF48F42BE9BA053BE66326A3E3166EC3E73B43C3D02C8023E599B8A3E51420ABDE279B5BE340B103F30EC6CBE65EB2BBFC19563BE6466BB3EA16DA7BE3962A83D5823D6BE70FF273EFA951F3E28DF1E3E2D5C52BE9311E13C3B3680BE3306873D2E0931BE28FE8ABC9AAC91BEF81539BE68E4DA3D57FE1DBE8BBE5DBE5AAB3B3E98B7B03D4465A4BDE85CAFBED510C23DF75E1D3E200B10BF05A924BEA100F73DD9521CBE02BD113D2DA6BC3DF74BA73E001B8D3E9D522B3EF3E917BD2932B5BE2251E53D29E4073F21CD4A3D645EAF3E66D42FBDC52058BD9C109B3E6EFEA8BDC7E135BF959A1BBE142FAD3CD9CD07BC8E212B3F896A7BBDF59CF33B852420BF65AD813CC3DFD23DF3503EBE08C8803E0CC0623EB65FE73DC457CDBC47F7A43D66C7A9BEB710C03D8A9707BE1B7FCFBEE596FC3D95485BBED53242BE7B9D26BF1425103E3524993EB9EB8DBE449C13BF6532363EA5A15EBD75713DBE030834BEA9EB0E3EE1F485BE139543BED2BD233F4A1EC53DDBABE83DE80D663E4F08DEBE1E00723A03DA51BE",
      torch_tensor_64_torch.float32: "0x040000004B4037BB2FADCC3D4B76A43B8F78B4BDC031A8BD9C91A63C773363BEBDC608BE88F7043D8AD447BC6E023DBBD5D2C1BC52C4F83CDE8A93BCD12D89BD68F339BDEE88153D8073523D81A32E3EB0A1E4BD509579BDBF31F5BD0780013EDB07DF3D0A4BD2BD3EF10BBEDFD4903C635E54BE3287FCBAE2C32EBCA266643DAB1CDDBDAE1F13BE693E1C3DE3B7A43D2A1E52BEE16B043DA863EE3CEF3A873C9821E4BDCE73223DA0317F3BF849553EE944463D5B8E3BBA73F8B4BD645E39BB8281BEBC2F28B1BC18D411BEE709AEBD50C4DA3D87D29D3EFFB56D3D8DE3E9BDA3C8B83C77571A3D4BC6B43D05D552BD482E9CBD9F5A05BD63ED11BD770B10BD046D9DBC",
      torch_tensor_64_32_torch.float32: "0x0400000006AE283F3C4638BDAD2486BE2F69883E8D802C3EC1B9813E3AFF53BD12273DBE487E3EBE443A98BD3C20E63D5CE7AABE99C6EBBDAFB20DBEC4BEE63D768CBDBE925F343EDAD6C7BECEA5123F6BAF503E87521DBDEBCF79BD381F863D6D3569BE70B6C2BEB8BF093EE2453EBE1009153E62172C3EF01FEEBE6AEDD03EC5F89A3CEB2A4F3EC0D8283D8BAD3F3D49159A3DA545F0BD3D57C73EEA6B3BBE0FB565BE617E603EADF313BFC47EA43D51121C3EF2CB6A3D1ACE3D3CCEB6933E2925B7BDA1F0873E1A27AEBEA604203ADB7C1EBE60FDC13E5060ADBB0520A13EB8CF18BF0326E4BE828AE13D9A974F3F0BEA873E938E863E536341BE43FF86BD01D37D3EE1084E3E5F34AE3EC4DFD7BDDB789B3E805810BEB25B0BBDED710BBE33C5823A5B161CBDD44174BF554371BE6E742DBCAA65E2BDC9DD263FBEF8BE3EA43FB5BCAF95063EA414D6BE372E47BE1B2D5E3E3DD001BDA02F5CBE0677393ED845A73D896C2BBEF333C0BE5AA8AB3DF7B61E3F4ABF9A3E55DB13BFC477E0BD4480D93EA84F1E3B887E363EF662ACBE767E343E62187CBEB7E5533EB0EB373E106832BF05E46C3E2EF3A53D7F7D1FBE978B2E3EA1C5BF3EA0C5203E71D0643E65604EBE0C14C6BE31E3883EAAA02DBC126FEBBD5FA4C43CEBFFF4BE1739813E34EE42BE907B94BEB9A2E0BDA6D76BBD262082BDACEAAB3E3090133E53F315BEB59CDEBEE0023ABEDC23473EEF4B03BF924190BCBD31833EDD4B923E462203BE580D9B3EFC43903C18791CBF6198B4BC8CF8593EB3A789BEE337B0BEC988E73E312FBF3D81F552BE4018BCBDB99E4C3EDEACC9BD1ADA1DBE2F19DB3E2A42A53E3A2F2E3EEDBEDBBD5A370BBEF6A476BE24E22D3D8881DF3CBCEBBE3DDEA7183DA3AC8A3E734ADEBEC05B443E044E773EC52EC13E17AE99BCC4FD253E3120823E730340BE536A893EA149EC3E6402C2BE7AA7B2BEE037A13E06029BBD802C09BF5BA869BEAB6D6F3EC1690E3E2A60713EA55EEABE017D24BED3B6873E54176FBD17379F3EBDAB0A3ADC82E93D67389FBE148011BEE762BA3D46B80D3FFE1A0B3F1BD534BE2703613E30A4A5BE5D3AFB3EBDC0133E6648E6BD6DECCABEC240063E34D30DBF99D4E0BE8F4F3FBE0BB4C13E0B0815BE28577A3E42DC5C3EBAA59ABD8B2AE93E4648403FD28531BE36152E3DBC50893EAD979EBCE99227BEF9BB49BD9558BDBEB5719E3E6A118EBE55ED48BE799402BE0A0A9D3DC75B04BFC7DCF9BEEFEB1E3E03D2C33D453A0D3F118B81BEDE635A3E1D79EA3EEC22CE3D2C82EBBB740A943E7871BABEA8E7A0BCAC798D3E883539BE8D1C4EBD528CB6BE2E0A8ABE36F01D3E51F69B3D959CD13C51601C3F10B3E0BDCBC5EA3DB0009DBD17DFC03D74AF87BDBC4F663EFDDC7E3E24FE22BFB32BC23EE6EFF1BC0643893DFFF8843D2588183E275E76BEE420083E76DE27BD657AAD3E9C75113E34898BBEDC675BBE2CC3463E0CABEB3C30BDE83D0A0E893D38EF02BE63F20BBDD46090BDF19244BE417A91BDFF27373F46D220BED2E4423E02F993BD824271BC6F19A0BE9537743BD123AD3EDF2EE1BEED0F33BEC302B1BE720E97BE4EED32BE9CFD25BF3F9823BFCDB00ABEE4FEC6BE5F8DB83C8684E7BE8F993E3FD4C2243F0B4BD4BEB996383E8CF51EBF038080BE51CA403EE5985B3DC4075DBF20F52C3EDE1CBA3EE7F53DBE64E03A3FF183CDBBEFEC8FBE4BC2AC3E7774933DBA465F3E48B0B0BE115DA63E6D72A9BEAA3181BED8FF573D92F492BEF41704BEDD2CA33EC50C793E209F8BBE07D6DC3D3802563EBE921D3EA6A33A3EA8EF73BE8F427ABEC4BF20BF60811DBD6849953EA6293ABE80BB993E8DA26E3E6C88F33D45DAA9BEC2D8803E4545C73EAC46DE3E40EBADBE0CB41B3F1E5DB83E64E4C7BE23E269BEC90301BF20E913BEB8A169BCCC6FF8BD8F8C27BC3AEA61BD4EC9383F5BC95A3D26C7133F329AF8BD9ECB233FB9C2633EA9790B3E919DEB3E04BF7EBDD7AB8F3E8AB1B8BCC2A39D3D2647B9BD8EC7463EEF21143E30A5923E764A22BFC88B843ED684B0BEE6CA09BEA783963A5F0B2CBE45FBF7BE7A3AA53D57D50CBF036EC4BE00780DBF0884A6BC6D41E93E051AC33E61DA83BEE6BA3ABD05CAD9BE2DCD5ABF81AD1C3FB590823EE05298BE658B03BD7C17C43EEEF5EEBD965C8F3E099DCC3CFD10483ECBF342BE022AB5BE02C4B6BD99A7E63DC16C9D3E65A5283DECF61CBD51C3503DDF3DAE3D304B2E3E731025BE541213BFBE59E8BE87B6013F80EE0DBF48E358BE7668A53ECB30DD3EA326113ED1B11A3E16550EBED70AEB3C5D38453EE529AB3DC32EBF3E4E75F8BE5C1152BD3D58063E96C64D3E282654BEC970E13ECBD38D3E0EDE83BDCEA1913DDE07BD3DD3D25D3EE719FD3EE37CAB3E9D2D20BEF83A72BEC0D940BDD1DD183E0D8E41BEB891ABBCFF8E873EFEB22C3ECB6A563E252A5E3EAEAAE3BE8F9D99BEE4B9833D2F0F683F106E8F3EF4D7AF3E0447273C7B9F70BD003D62BEE49210BE6398E13E4AA7BFBEB87169BE3437DB3E3FDBB63E25B63F3DA080A63E1CCE593D25ADD93EDB09AA3E9FEF60BEDBCAADBE534C393C40B01C3CB27A103FA813493E7B3EDFBEA5897D3E4FA78FBEE3B4C33E5B6CD2BE07E2143E2F83D83EF8B2BABEF99051BF0B467C3E3D35073F285948BE30C3AC3E7CB12C3EC244623EE74E8A3EEB5755BEA086453E6F6DCFBE5166F3BCD615E1BD3E2AA33E94C23E3F01B8EBBC390DE13E5F694F3EDF7CDCBEA540F2BE51ECA93D602E223E3526A3BDE0000CBF2F6334BCE4A8DCBD9AC497BEC0CD373FED67F03D570EBD3E9B158DBE8791DCBC483587BCF24AB2BE626EA3BCC4CB92BEDB00FEBE2668563E2276453D02AD203E11EE9E3C8F0322BE48E9AE3ED53DF53EE043DA3EF59EE43D29B742BD83E4323E9A96AEBE5116AFBEA12C36BEDACE833EE597C83EB4EBB23E83A582BEDA4016BE408E6A3B1E3E903D4B7C81BDDC1CE9BDFAC003BFCB81A83D6047C53E3AC799BE886DAABE5F54D03D3598C7BEBAFC22BC83D854BE704E063E13428ABDDDD3433EB90144BE199374BE7D1189BEFDDA3D3F8E0EB7BEC90DB0BE92C28CBEA3E46F3D2BB297BD4A2B1CBE5A42A23D74EA353F61BAF7BEE94BAF3D9D844DBFE694B1BE7DBB19BD5B78D83D2B2EAF3E6BFEE7BD31402E3F1BC3803DECFB493E9B95A7BE3C9318BFDEC8D2BE9E66053ECC225FBE4F1ACB3EEF92A7BD2E44CE3D3B1C51BE5EC5623EC011923EBB63E43E353614BFB58D65BEAFE4F8BD1E2A9EBE70C032BF3656A83E43B9BDBDE3F03DBE678AC3BB3753C7BE04DBC73E22C45A3F819CCBBE4A8C94BDBD6B14BD4AA8B2BE057782BEF88E29BEBCEE22BEAD505DBE86A3A83E5D276C3E1CDDD73EF276A33E3E37EFBE75FBAFBC2207243E92E862BE387AA83E034A6EBD3614053F760736BFEFD55DBEE76301BF2ABF143F96A0B8BEB15E9E3EE914903C82B9883D54071E3E0AEA883E2427423D80B3A2BDC17F163FCDC5553E3B6C433E7B2FB7BE6338023DE39ABA3E1E061A3E797304BD482840BF7A943B3E40DD383FA5D4973DEB363CBE0D0595BB0553A13E47BBE23ED4F7223EAB92E53DB7FDA7BE6557193F8A0A38BFB81BD53E58F7943DE6956ABE8C89223F55A38FBE8FCD14BD15A416BEA9433B3E4E8FDBBE029A9B3E666D2DBC1A5C68BC48908EBA0081DC3DBC32F03D832A673EF684DF3E0D0DF93E3646F1BD61FBD63EC128183FDE281BBEDFE1C8BEB00F453DFBBA8D3E2AD3B3BE0D2292BEF84FAD3ECB8591BE1368B4BE6450A23D42CC163E161EF03D92354ABE8B43553CE9C38CBE4B92D8BDFC41EA3D8C8056BDA6A252BE8BA5FE3C243936BE278AA83E59FC3D3E4F9D993E30A30FBE1DBC86BDCFE4FE3C67AA8CBC97E8563E89B3633D31BCD5BE22FAB8BD3299353E01A553BE841170BB1BC983BE004E623E737186BDD0FB0C3E412B4DBEA8B332BE79A739BF8C9441BEE11CF6BEDF48213F94CF9D3D12FC1E3F8F5462BEE648B73D30BA9BBECFB14CBC511A893E1299713E11B4BDBEB2E9B13D3D68FABE8472653EA0DFBA3E0BE868BE520C4DBECCA03B3D8123A3BD382142BE0A2AE1BEEC0F0CBE07F06C3DE7F34A3E66506DBD7AD5823E7DF256BDF6BF8B3DB09D80BE7B5677BDB761983D41EE93BEFB16D53E9FB9B8BEAA0A1A3F323817BEFE1B1D3FBEBA503E08CFAFBDA3B51CBE8B21CB3ECEEF193F605D5DBE4AEAAB3E2FA7B63C0564533FAD1DA33EDED581BEEB0367BDD8FDE83EE2CCBA3EED5ACD3B4FD5A4BE728D62BE1AFE993E5B5EA6BE7699713EA28D15BF12E10CBF544709BE840FB53E28C8E5BE212F1C3D9F730A3F3B1DF3BEA633C1BDCF800C3EF04245BE2BADEFBD697AF13EB30B95BED2FD2BBEE9BAF63D2BCDB43DD3EE083E83FA8ABEF64767BDAF2FA43E3DE4643D3B5F423E0E8ACCBD27F7EA3D77F8F9BE878F3D3D3ADD0BBE80E7B2BEA3DFD93D3A13A0BE1F76623EB279343EEBB2CD3DB455FA3DC01C17BE53558B3E6BD7183D504F073EB7ADE73D9CFAB73E3A6104BFB588133F79EF5A3E222206BF4E5F17BE39ABF43DB7A193BE5B4E27BDF987EF3ECC3087BE82160EBD38A1443E37119EBE3456B83DF6C9BD3E1031513F5FFA1F3EA5D3DC3EA55BF03ECF8BBF3E211C3BBE6BF3283FE05FE43EE34439BDFD7FD83D97D1F03D47578BBEA621033F56BD34BE10200FBFD91A343E3F8CCABCDE858E3ED79CC33E0E9781BD90371D3EAA30BF3E894755BE8164A1BE67868B3E6273193E34F4013E35EF5A3B9543963D648F96BE3B5C4DBDE8F475BEE4244D3D98B70D3EDB8DBDBE0D219DBEFEE236BEE16C4EBD1CF838BED21FD6BE96DF873E8B17CFBDB26172BEB9BD1D3E8ED5A5BE53AB063F895D8D3DE116B2BD439E40BE7E9E1CBD4A54B33DC904843E55C15E3EF99A04BF07C4193F8F8A2C3F7CB7BABD6451943E8F5ACE3E2972403ED92007BFD5A604BEC164143ED8670F3F821A01BDC1DBB2BE98DDAF3C17A6D6BD9ECA5FBEEB2740BE2A0F93BE1E765CBBF76656BD7193A33C5F43723E8C94023E0BF693BD8F21D73AF1AA83BDB553EF3ED0DBC03EB47B1D3F374C663ED24CCDBECB0B61BD3237B4BDD78C0ABE4B88B33EF302933E74CBE1BE429708BFFB63D83E394813BEDFA3F63D3E03E9BDAF2189BEDE8A0EBC1A742BBE43A2CCBDA75982BEF5A41ABE0D45F7BD3263C5BD3BBA633D71DDBFBEA28FA3BE4683E3BEFCC8933EA7A3843C79C4FCBD338E043F5DB451BE041EC13DF1A5473E908D273E284903BB66E0213BC4BE703E71E4C9BEE8D430BEE79353BE123D1A3E51CF04BFB31E443F63BCF53C75637ABEEA7721BE8FB6AF3E22546EBE9D998BBD3B0E4EBEABB709BDBA3344BEA1098B3D7A740BBD9AFE873EE94105BF0FA530BE345ECF3E7E871D3E022560BD62FC12BFB8C9C33DD145EA3DC73917BEF55E653D882A97BE6D41ADBDF43A213F4CF30C3E62B6503E22A8DFBE6E914A3E49383C3D770431BE6636A9BD4CA592BE9AC9F3BDAD663B3EBA16893E7C9E74BECD0416BF9E382D3E5943A43E236D1BBC7F36C53DE666E33EED19E0BC4F639BBDDA4290BE4371003E6D48D5BEE2D4923B1F0B77BE4716DB3D55B9C43E93F398BC824465BECC9CE6BE39FA913BDF84B3BED5D6D43E923B10BF8AB425BE7721083FA6429D3DA23D0F3E20CCEFBE1F754B3E032E723E0319553E9640B3BE84EB2E3DB741DCBD598420BF26BBA8BDD17E823E2AD7AD3E344E1C3EEC9F873E166E08BF1665C83E46671B3FB879373F2344D3BDE9AA5EBED0E502BE33B1393E4368DDBB52C5DD3E00488C3DD6228ABD238ED5BE85BCB0BE5837153DDF780B3EAC5CA13EFF1E21BF127F74BCEA8137BDAD9E92BF9023223FE1904D3B6312D1BD6A78363E982260BE8645703D7A9E31BF9688DEBD6A18AC3D8CB9AB3ECF3B293EA8B5F73DA218333E6DC1F13DC6BD383FD58F1DBED2A7B0BEE55466BD4829D73EB0EFAEBE1405A6BE5CA309BFC851A8BE957BE03C12C7ABBCFD122ABEC7E24C3E344A74BE2893ACBDCC1E293DF0AABC3E81CDD8BC158E92BE32A89FBC0EF799BEC99DC6BD4031B23E07CBBFBE6E855D3E3DAC683ED83FAB3E8C56323EB52DB33EE19CAE3DDAEA79BE14F02DBD41D1B0BDA05558BE84CC093E9A48B53D936DFCBEEDABE73D0E45183F8334933EFFC3EBBE2FE45F3EA894583D52D0903E42E416BE5F8E0C3E5B737ABE4CB826BE2903DC3E7FC4D5BE830EC2BE0F02EF3D4202BCBBBC0B883DCC05EDBD7226A9BEA60D37BE8828E1BEF170593E11D69EBE8BEC05BDF09DCA3D8A5AC7BDD35091BDD9C017BF4AB19C3E9BF084BE7FA8973DF5A3CABEA8ABA63EBD484DBDFCAF1D3F7ABAEF3E78BD663E1C43D1BD2C1669BE32D1F93EC06A97BE0D130E3F73C8053E6CADB6BBF0E7B7BE9C1A1E3F2E6D04BF76A642BDF603DFBE7B6F283F8BA1CD3BB4F4AE3ED38ADABEAD64693E36122EBE3FDCDDBD3F67093DA5B2C73EE96E56BEBFFA4F3E86A3D1BE0248B93E9022C9BDEFA61B3E6C492BBED6DA873E2130723E2389753E224921BEDC4539BDEB13B43E226F8B3D3BAE47BE277AB7BDE8264A3C1A40C5BD9CA2B43E62EA94BEEBE87F3EE1AB343E0E4CABBD87244A3E9EDE2BBE3E86A7BD4601F63E3C7CA6BE75A1F1BE23ED94BD5CFF0EBDCA0038BFA7D0EFBE6B1A29BE0A7B233E154C1A3E9DED583F95B752BC6D7A8FBCF16A223E63EE8BBD186B94BE74CA253ECD6781BD3169583E31E8D0BE4380C23D3746543E68D4BEBE01158B3E6C9BB53D3E0A99BE80FD86BEDC6CA43EDB3719BD4F51163E597E473EEA327C3E17B9733EDE5507BE851389BC448B35BFE81580BDEE5665BE92B9833E68A610BE511B713DD6E22E3EC349F4BDBE4824BEC9D6073DBD32F43EC2B4A23E317D3DBE256F77BECB679CBEB709E1BEE7BF82BE280092BE9064A3BDECD200BF565998BCDB7E183EC8D51C3E788C36BED377F53EA1E0C2BDF61580BE621125BEAE20B63EFC70C13DAC6D9F3EEE51D9BDBE4D073F656786BEBAD28CBEE1B1E33EAA5F8C3EF71CC73E98D02DBE63DC533EED340A3FBA19EABE501AA23EA510EABE7C2B223D595F71BDC2F3013EA7F84FBF064D11BEA695A1BEA13CBE3E33A68C3D1944193EF3EF023DC9E6103F98B4663E654504BF1903FFBCA35B0B3E71C7BA3CEC11A6BE0BA003BED464313E7FE402BEC7ABC63EA01E50BEB46BE63EC0BEAB3E66E7C13C8A3282BE744563BEE1A8ADBCC6078E3EFED9C83D1AC98ABE8D45363FE072B63DEF12163E5047F33DFBAA03BFC3DE2EBEEC4B6C3E8AA7363E9251213E7EDAC23D3E8CE2BE7D987BBE1CE58BBE2E62F8BD0587FF3D8351CE3D4020C1BED169F93E6D7BEEBDDF205BBE65890A3FBBB99CBE399C503EBAD180BEE957523DC90F89BE9A4E36BE722354BEAD058B3E3E5FA2BD5CE8883E74223C3E21A4E43E13CFF43EC62A0D3EC360633F51F0F6BEFB90DF3D9BECA4BD1D2E2EBF9528CDBBEA76EEBE2A698DBE2A22D53EBB1312BE2AE9663FDEB81E3EC9BF74BEB52AA93DC4AC20BC410028BD4DB808BF10AD043DFDF7483D7E20A2BE2741DEBBD248D9BE8053033F231EE0BE81C1D73E5B1B54BDA737D43B8096AEBED0F2CD3ECEB3863D96E4C13B582AB43E170D373EA5DA4B3E61F0A33DC69150BD5C4D22BC3DE340BEF5EA92BE7985F9BEA036B1BE52F1F93D515450BE2FD3FC3ED5CFDDBE1E41EC3D4E3123BE673600BF527310BE9931C7BEC4BE7E3D66C529BE3C99863ED540CEBE7A86EBBDB17AFE3DA9CBEA3EFC8AFABC62FDA63C478F4B3E25BB8EBCCD633B3E57A122BD9E2E9DBDCF4199BC7A82BE3D7BD0ED3D7868163F7B6C473EAC2CD93C471D923EBE8A9F3E730D0A3EAF110FBDDFC599BE0A2D2BBE7AB548BE1F08403E77A4D6BD0A858B3E49A7793E9EDB3A3D72FEE93D0ECD3B3F574EB9BE0DE4CEBEEA89D83DB3ED49BD7B31213EBD63B03D3E2A023EAD25863E51053D3EE76DCD3D8C59A33E73D98E3DF02F49BE9CC830BF9A1A183D215EFBBC7FA3DF3ECE528EBE20823B3F6F02B7BDD575E63ED7DB9DBE5157243E0AE8173E89F1B13EA6791ABED88C29BF08377BBE7C1503BE3DB190B9600FA43D14890FBFAB2C843E9C28A6BEF47CFB3C3F3C3F3EC0FA40BEC4B00ABE25DED1BDA356903E92099F3E1FD2883D8C5ADD3EB59E90BE79531BBE97621BBE6430363DB6D29BBE96C70B3DB93D423E35AD10BF04A20DBFE347DE3DDD7573BEE1CADABE1882C1BED6C82E3E33FF3CBE1A87EA3E5B7B4FBE5250A63EAF9616BE698E6D3E35F8E3BE27C3493E3BBCEDBE892D3BBE9773433EC207663DBF92E8BEDCAE0E3CDB7B473E0D5BA8BE941E1FBE276A093E8355053EF414193F98F017BEFC4CA2BE632F413DE9F4C3BE655C123CB261023FEA7F1DBE3B8869BED21C1E3EECB569BE1797C53E01B48BBC3F53B7BE08AF323E921779BE588117BFB8437EBDA9A68CBD0E87E3BDFCCF053E7BCD08BE1F39C63E8797DCBB62EDB53E7B23883E32C13A3E2279733EF535A1BDD04E5E3D1F862E3C26F7393DDE311EBEC979533EA53AFA3D29F823BC66DD04BEC7E9CD3E8E22173F6296BD3C091F453DA9741CBD7628CB3DB21A313F65009FBED20FFDBD128139B980E3B0BE571E043E299F073F298383BE0A2C8E3EC694033FEC501CBFF9EFBA3DD06F8BBE49A4D53E746F1FBE62598B3E45DE563D69D6FFBD39348FBE6B958FBEA3AB2A3F36E5C7BE5D948FBDED79973E5B8B923B1227043FBF75A53DCAE1A03E90409DBEEE47FABD0B0D003E80A7CABE258987BDA563D4BC8269ADBDB77C92BCBF70583D4E6E3F3E3D09A6BE33628DBE1CBB69BE775B993E94A4A03EC8F119BFD14FF7BEDEF8E03EF380CFBEA509033E5330FF3DFA13B3BEC6AB3B3E5FC105BF2FC75CBEDBA83FBC93221B3E8798A9BE2E59413D3CCD363E1918BF3E746A01BB65AA2ABDC5346D3ED9C2D83E99EAEA3EB877363E0F9786BE8E24523EBEAC57BEBB52BBBD6858243D25D2F33E783CC13D8A4017BF3C99C7BEA680003F564F50BD1CAA1EBFDF970DBEDC7B18BDC6CD143EB15EE1BDF335A3BE7F0045BE40D99B3E56EEAB3E7731223E17FC2E3ECB1BEABC0362993ED88A263F991AB73E864E01BEE5BF643DCAE962BEBE282D3EDCDB763EF322F73E99A1993E22953B3E78B401BF8F44423E5126653FC84FA0BE226C7ABD33E9833E1AE2183F5EB5523E6662103E28D1A03E92C30D3FAECB2A3D16401B3EE7946EBD2DEF413E9B1DBEBEBD63B03EE2C5B13DDBDBE2BA6AAFD5BED1B67C3B1F03A93E604C97BDBCD19FBDD8F18B3EA70043BEF1D43F3DCE6AB93E24CFF2BCF93853BE212BA6BE978401BEA30E8DBE685C083EE1FDA63D9121783E472C663EC6F146BF23F08FBE53A4393E3963073F1DCF6C3EA1A416BDF568093EF194C83D25D53EBE82F17B3ED1FC523E731C653E0EA7333E31CA323E1BCA413F4F07E6BC71C1873EA7429A3EC59C933EE188843ED1C4033E24F338BEDEC123BD0B97F8BDB55FFA3EF75B123D362FB03D8856053FF3248FBE80DA2DBE64BE21BEE1AB733ECF03D63E6F36C23DBFFEA43EF0AF16BF2BCFB5BEE75F183DBA79A6BDCF072CBE20F0053FF7A36A3E6DED41BEAC0EB0BC0FDE693C05B002BE703D08BEEBDB943EA90DA0BA5DFB9DBE4AC7B4BEB34F97BEA27B923E4CFA0A3EEB6EB9BEE26F023E5CE397BBD0CDB5BEC544093D34852A3FDA11FC3ED200923E79CA2C3ED17E7ABE8BC88C3E08A89C3DD6F834BE41648D3EBB300F3E4CAD00BFC9A78D3E3EF7ADBE53AD233E34A172BE48CD96BE93580C3F0851433FF40FDCBD3020B3BED042C7BD3C2F023FC94E1EBE92386E3EA946873EB12EE83DD186773EC3A8B33E0AD7873E94BB4FBD78532E3FFEEA113E046C173E1A00AEBEF5908ABEAC1EDFBE03CE5BBEA027203EE1842DBE458FC4BE4376773EAE213C3DD45857BEFB2355BD123F98BD2DAA45BD9045183D3B6CCDBE7A2A39BE050AFBBE35E2193C2DD1F3BEB96F463EA9C0FCBE0CAB7DBE1484BEBD7A0E793E3EF5BA3EA4FD9D393F82AABE1E50C2BEBBAFF7BEA53A80BE26FC193E480604BD08D315BE9878A9BDD5B8A3BC57B40ABF35DF00BEBCD2733ECB1C2A3E69BDD03E9E2ED0BDAC23F83D11A7DBBEA70DEDBDBF4286BC96DE8C3E8CB85DBE31D704BD006266BE7A0B293E46773CBF8C81A33C5060BB3E5BAD793E61DE8B3D0D26A43EF4E05CBE3A94D23C8CAE7B3D0069343E59B6DFBD3DC1013EFC165BBDE4D89ABE5C2AC9BE65FE77BC0B141D3FA0DC57BF0E42B73E9995FC3DD41C69BCC15BC73E55DA3ABE5F3D513E9D00413DBD61CCBCCDB5113DD98B0C3FD759483E95AF573D6312E5BEA60DA83D8B430E3F5715253E7318D73E66E412BEEB9A4B3E6E4545BDA513ADBB42EAA5BED155063EEEE39C3E366925BE3FEB333E9BF4E4BD8016A13D401C3EBEBB3F0FBF9DBD723EFF076BBDAA52533DB958AEBE6797693EAB7E133B430BCC3D57FCF3BD0EF136BED9A424BF59819C3EF350FCBC2A766BBD3DF4E13E33D757BE676BB0BD447A38BF6FFF043E42CF56BC6AA4A53C55360BBF52B9213D75FDA1BE046B66BECD4A0BBFBFCCA6BDA22F3BBE1179BABE5A202A3E170BBBBE52E6B63CE1359DBE88CCBBBE3C08023FBFF55ABF655203BE58C95B3E986007BDB0C5033E72DF013E637BDA3ECB2EE23B0472A8BD7B81DABD5FB88CBE52146BBCBFEBDEBDA6E2A53E1172813C081CE93AE90B14BF0ACD5B3E15DE0DBEB56A97BEE9590CBEFE79843F7696F0BD708A53BD5A6404BEE0A20ABDA655EFBDD59090BE825EA93E1709383E4DE0E6BEE9C40FBDA7ED6A3D5681B9BD0B21083E1E0B99BD19FD4CBE2917D2BEB4191ABFB130AB3E850D8B3EF8C534BEE210C93D36F2933EE62014BE9B799CBEE70A55BE7D6765BEC415173FEDCFD03E33EC873EA391083FA09FD53EDF30703E2794C83ED1AD70BE424C02BED0EE57BE60BB163FDCD7833E25A191BE099175BD85760B3D148421BF9825FBBE19FB9EBE4EBD91BEB6C784BDC01D8A3E18053D3E19100C3ED3BAFEBD6397153E9854663D2D82593EE7E4EE3ED460D83D34DCB33E94F5713E12F3843B66389DBE7D41DCBE065223BE7C1900BE25BA5C3DBC3AA13EF2A581BD0205F33DA21209BFB34BEFBCB4D7943DB87D07BE9BC0FEBDBFA79B3ED7F94CBE9200D43D86EC10BFEF23FBBD166E9E3D467C4F3DE5D01CBE07E61C3F3C51183ED656B2BD6499EE3CC669DCBE880C123C68FB4A3D9AA3ADBDACABC03EB5A183BE91B009BEADEA9ABEC3AA1C3EA372203E92371B3FF1ED7C3D5139F9BE573362BE968A9C3D2C17AD3ED335C83E7DE704BE505B57BD6F57E6BE0158AF3E6D62C43EE0265B3E1C5A68BF0FCDAFBCA1CE113EDA3F04BFE327853EDFAFE43E580696BDA44AE53E208E3A3E46A0283D63622B3E7D3D15BED89FEFBE86E3203DE30C9FBD44B9AD3EAB4979BE3517783DF64F3B3E6610893EF3116ABD7F4C6BBE26539D3CEDE1CEBD7774973EDBCAF73EAA33423EABE500BF8681853EF701313E9E1AFDBD4593463ED5816D3D4790FA3DD045BA3E4CACB0BE",
      torch_tensor_32_torch.float32_9: "0x04000000CD4621BD67D01E3DF3657E3E038545B917D65C3EFF86253D8761FDBCD707403DA2FFD03D5EF5B0BB1927A1BDED3941BD38A741BDD354F7BDAB3F22BDB1C783BC4751DF3D1883013E5AB7C1BD48D889BD80362BBDAE018C3C4A83CE3DE7395F3D596D10BEC3301EBDD834F1BDE3A9D43DA21390BDB30225BEB803043E2734303E",
      torch_tensor_32_torch.float32_8: "0x04000000E61C653FC6B4863F193F6B3FE6AE913F187F503FE2644A3F84B3863FDDF48D3FF3B65C3FA28D823F6BF09E3FCF6F873F1059583F46E16C3FBC846D3F1F6A833FC15E583F242A653F4612663F8F9A803FCE42733FCE747B3F23EE853F8C496A3F8781903F38F4903FFB23813FCCBD803F7600663F3B418B3F6E48873F0AE5803F",
      torch_tensor_32_torch.float32_7: "0x040000008AE72EBDBAE28BBEAD960ABC2A2E703D920815BDCA27CBBDEAFB8CBD2F1923BE88A1873C1F982B3D39F1C0BDABBF14BC2230583E5CB73DBCFC15AE3DAD14F4BC08B1F13D235EDB3D3D1DD8BCF8CF5CBDD71EC63BBCFD30BDB7B8FEBB8DB4663DC9640C3EC1F92A3EB03BC8BDE4AD3EBDA47027BEA02315BDB9B9C9BBF05479BD",
      torch_tensor_32_torch.float32_6: "0x04000000883A823F3D7D903F48B0813FFA8C6B3F8D45793F8FBC8A3F2262653FF5478C3F2A15813FCEA4953FDEF03E3FC3845C3F58C2843F6E02863FF398843FE950463F5542483F00718C3F649E803FB45A923F5AD74B3F7287853F84B85D3F3160903F2D498D3FD300883F01AE883FE175813F7E1A823FDA0B733F0D3E843F7DE6613F",
      torch_tensor_32_torch.float32_5: "0x04000000ACA342BEEFC5CD3CD2310ABD1785273E82C7F2BD2F4AD6BD9FBF8ABD8710893E824FE73D4FFBE1BD0BCADD3D2F6F813D6F1220BD05AA5CBC59F406BEEA53AC3D6DD07E3C2F92E43DC42C0C3EA74C983BE423213C7570783D98D7503D0301473EE69C44BDBF3443BD583438BD6A93EDBCCB2F4C3D0889393C3AA06F3DD7169D3D",
      torch_tensor_32_32_torch.float32_3: "0x04000000CE8D273EA45E85BE441F743E428186BEE38E9B3E5C6EE83D8309E53D71C1AABED33810BEE0D1B83D66B22DBEE44DC9BE69552A3DF9FFF13EB333ABBDDFF8453E4259083F786700BC9B320CBBA0151ABF201E97BE1C2AB13D533BD73E1BDB27BC5BEB1F3F698648BD99315F3E69D9143E40E1333FEFB0E33C9B980B3E3A7114BD77220ABFD22C8F3B460E1E3F5D70143EACFF46BDAFE3BABD3B3B3FBFBED382BEC3735CBDCEF49D3EE31C543EA72069BD82CA91BE117A713D9F3A0ABEBF9C9FBEC4A0393E4FAE0ABF45E401BE2A80B43EB4FC01BFFE63CC3D2A7CBD3ED499893ACD78183EBC98343F2A68BE3E55DEC7BD8C3358BE41F4173E6D73C33EE3D27D3E2E20A03BB0C29CBECC439BBE60169EBD917591BE2415CABB43ED8FBE4FB7A3BDF895F3BCD5C11A3EF0AF40BE0E9B8DBCAEB292BE34A799BEF49E0B3E6130B93DDD1564BEC7DDBA3DC26BABBE8BA649BCAFB6C13E450633BFEB6560BDD145263EB3A0833E0ADBB3BDB0EF743E2E6881BEF469FC3E69ECE23EE1E4D4BED3745CBE55D4923EEE3439BE2FEEE4BD942B203E5998CCBC573D50BE1EC893BD2D9E063F976639BEE7EBAC3ED548853EFD1A363E2F7452BFCA7F103EAC02833E65B9943EB51476BED7E3DD3DD770EFBD2496A7BBF4EB05BEBB9466BEB629953CA27C343F93A0103E7C16DBBE0329E83CCC6FFB3ECC789E3DCD064FBFAC0A32BE41907DBE2BF299BD1B06D0BE1405B7BEC76A763EA5D5BABD9D38F73EB99B923EAA89BFBEEEE1B4BE2B71593ECE55E03EB6C68CBD667083BEB8D0353D17705F3D6910593E991F3B3EFE80A4BE8157B03CE77489BBAA310BBEFE58093F634F29BF32CB833D55A7A7BD3CF60DBFC0C81ABFB8670F3F805225BF99C1973EC3651ABDE898B63E23213E3E46F2EC3D26E9883E5429DB3E1A698E3D3572C93C0A92243E999630BEEF42A83E8020B93E83973FBE3244703F1A88313D84D6F7BC129EAA3EF1C0813D4D7F933DCE7AA03ED33F23BF5D70453E4675DEBD9831D03D942BE4BD1527703D42A73EBE8E5599BEEABC8BBE80224EBDDCD2F73D54DFEBBEB41C283E38CCE93ECB6AB6BE8D3E413E7167D2BE5ECEFD3E430122BD3472EDBDB9F3EB3E62FB74BD1F877E3E7A91F5BE60B4873EC75587BE940DB3BE939BE53E66C5BDBE209F293EFD8B3BBEF37F0FBF9A95163EF9D1D0BD0619BE3E9C9E5DBCAB991F3FBD7184BC3E78073F0AE0963E13C3063FF9231FBF5A9B353DD302F1BD599BCC3DC167C13ED80050BE71D045BE78A9F93E5D0E963D0FF0EE3D18BD8D3E333018BEA2F68CBEF6E309BF28A07E3EA40FA3BEC0B622BF881E7FBEAA9A66BEC6FF00BD825E0A3DB5F36E3EBADE18BF922AA23E97070E3E1050D63E865A2A3EF01916BF0D2C43BE084C473E7DACFFBE7291F73E426272BD0F01BFBD63A86C3EDC1BB03E3422A53D7B7BA2BD3CBF8CBDBDB1BF3D967F0C3F84B267BEB5EAEA3EDBC4523DA6CCAABE12228A3C7C910BBEE0CD453FB0C180BE6D950C3EDDE3AABCEDAD963EA6C0563E03BD173F3575C83C8BCD523EEA49ACBE9436AE3E389718BD9BA22BBE819C21BEEF784C3D5E8FA83D9885B7BE9E11B33E4B1CF93CC5CB143E639990BD57BCEE3EA64AA4BD183D553EB2DE103FA9016E3D98B2243E3D0D513E1108533FBDD8753E03E45FBE7B0B7B3BE5DFC0BEA8AA293F02CF923D1576063F98D3863D3CB0B1BD19386DBC7200F43A5EEFD73E1859F63E355662BE9299C33E1946733E55481ABEF89BBCBD78BCF3BDF4F9DE3DCD4C5A3EF066AC3D37529F3E674A643EEBDEA4BD6699853EF76719BEFDC04D3D0597563E05C25DBD2D7B27BE2C37E2BD64C5A63E6C3788BECA0ADBBE714448BE2C1AEABDF406C6BAD04DFA3ECF7D60BB9306723E9903023EB67FD3BE0F7DCC3D7A63AE3D9C4E833DC18CEDBC7F9C103EE67E663E6281133E559895BE6EC10FBFD963F0BE6831C2BD9DB6313EBA8C24BF257E953E0EC200BF1BED003EB638833D00F2393F01A69FBE8372193D3654813E75FFB7BC1AAA8EBC8A58A6BDDDC9B2BEF672F7BCFBE5023F83EEF6BEF8E68ABE60BC04BF5ED4FBBDF8AD813EB310C9BD60A5A6BD20181A3D511D8B3D2239BEBEE8D6843E90DB2E3E00C3C13EF1F8533E1A298EBDE4C1313FCAC4CBBC2E471BBF776E17BE4F65D23C2689433E9B4D353E6923843ECBC4163EF2013FBE0CC0D6BC1CF12DBEA8A906BEEF2AD93DFD9E993E1BA1C6BD2D4EBCBD5C5626BEEB35CD3DF9F133BFF5FAABBD59376ABCB2751CBEE54CF23EC46D993EC4088FBD959ECF3E174B573ED040DBBED078853E721CC63EDD86DBBE317E13BF1149D1BD7E9D53BE2D62873E0B47333F5B845D3D205647BEF6C495BEC46E0D3F8F72073F2B27B53EF47F213F74B9493E4238A9BC0F00E93E0D0AD5BEF54F693E9BF0B43D1D52E9BED329073E7348C43ECA6F153F1FAAFFBCEE244CBD68D3BF3E46A915BF381ACDBC446FA4BEFB135B3E10FC323EFC34143F6C07523E63F3F4BA6764CCBCE1F3753D5F3B8CBC2DCA66BEC29741BEFAE9453ED68629BE8F7BB13E0AB9693C45AD063CF7DA16BDB195DA3E07F0413F2681A53EA09B19BF8E2411BEBB710EBF1291C9BDECF2213F077D4DBD3997B3BEE69345BE6E3B003F553E4D3D9D120E3D897506BE16AD25BEE029113E606F92BD127E4A3E82591EBE0FD7D9BE5DA7A83EFF84C1BD6C61ED3E46AB8E3ECDE328BC6297A83D8791B03E5F1712BF07B0D13E4171DCBEDA730D3E11C6F1BD45B30BBFC848A73EE32B053E44CEAF3E393C073E2B3D6FBEB4732CBE2677F13DF332B83D96FAF0BD40543F3ED37D713E0570313D1707F13EF03D9C3E864606BE0F35663B0877093F1917F4BC1F8199BEA35A8E3EE3114B3E6F3111BFA42BC1BDD86A983E68E2BC3DF475EB3E80FEFDBE617EE1BD5D588F3EF38C5C3FFD4190BE1E1FFC3E2CB359BE45A2143F418AB73CA0228A3E941C1B3DAABA0DBF0E5000BFFE6477BEDB2589BE623A18BE428B6BBE7D9CF63EF8CD093F791CEF3D1827D13ECF40F2BE9393133ECFEB58BE27EE10BE7A7F8B3E9292D8BEFBA9253F6663123E9BE84ABEB1685C3EE8DE10BFC8A582BEED0E05BFB758C03D7C4CEFBD513A983E33C73B3D2E6124BEFB2683BEC9920BBF7A6AE6BEDBAE6D3D44C5263F37078C3EBD4BA1BE01DAB03EE6F115BE540A0B3F1A629FBECB4F8ABD49F5EFBDDE251B3D702416BE9082833D1F35F5BD7CAA20BEA6B854BEB370EBBE5811D3BE16C5083E1B538C3E2546ABBD4E8C9A3EC556D7BE0CA31A3F086E17BE7EDB53BEBF968E3EC8D470BEAAE2BA3E875B05BFB82B7E3EC203B33E892C1E3E4AEFD23A5C6FC63E57C715BD05D7F13D77DCFE3E082F293EC5E6833D97FA3A3DB71D0CBEB8CB81BEBBA0433DF996D2BCE900FD3D49898B3E73789ABE160D1B3E358A02BF35B936BE20FEF6BD9668ECBC330CF6BE2F4727BD308E9B3EA7462ABE1BEE3F3F19F005BEEBC6BFBC7D5CCA3EBBE4333E4D6150BEF13FF9BD731DC23ECC4B12BF8A821EBEEC113ABE5CCD0A3D697B583FF50B13BF779399BDBC81E13DE2DE0ABE84C0B23D0F77D3BE12A677BD2C4DF0BE6395EDBD9FB309BF7EBA823EFE26DFBE8D9F363D8D39FE3D36C3203EF061ACBE2D4E67BD3C70D23D349F3EBF2A7A3BBFEBABB2BE5CDEA53E3E56B8BC658ADA3EA312123DF49D46BEF6D67A3E5ED6523E74221BBE6DE2783EAEA704BF570B23BEF1AC6C3EFD7277BE012EC73E5165AEBE1D1BC4BEF5B0453F76869B3E32458CBDB18C933EF9B754BEAD3A103EBA7D3E3E48D193BEFF35C43DF4C6073EA48A813E52CBAD3E8F2F0EBE4AA3183E152D6DBC1DE481BDE9F0FF3E6C7F18BE7D206CBDEAB0E3BE0E49FBBE3D61443F80FD9F3E0F46953E903E843DAEF39E3EE9DF9E3E944AA33EC7978BBE91E8D13D08A83EBDFCCBC6BD2960043F01F6F2BD9B55C03D76538D3ECA18BC3EB58193BE82E04EBE6C45A7BE845B92BED4754F3D3B358F3BDDEB8C3EE4E4C53E3DF7683EA3654ABFCEC0463E8C96843E7847B03E2CEA17BEE767F4BC5DAA16BE3CA68B3D47A5633E7A33933ED14494BEF084D93B194E92BFF31AC6BE8F2C293EA014C83EE50E8D3EE923A6BD97F3DC3C033FC3BDF3E5673EE3F0053FA9DD213DF319C73EFDDD46BDF2CECDBE8846EFBEF32A03BF7DDBBEBD507F89BDC8D7C3BE7AC486BDE131993EC81129BFB5E1323F90129EBE644DAABCDC30353E410B1BBEF51E52BD97A62C3EF39FE9BE205317BF50B6D23C0FAD78BE6E5A2ABE720AA4BEFB5038BE584C39BD35E21CBFC7ED50BF542602BE4AAA28BEBD6F9BBE87E2123EA87B473E1C30BCBEDF8E13BFADA4B23E7FF431BD7DC4DF3E12A850BC8538D4BE2B14E73EE862C23C39EF883E95B78FBD1D200FBE7C737BBD12B2113E44621C3EE228303FB4D9343EA23CCD3EB66EF63E66D7F53EF56853BE6A14233F655A453CBE999BBD9A0385BD0025B3BDDF59E0BE64BE0B3FA764223E27F776BECA6E2ABE8E55A6BB99A5C33E417E02BF74F784BECD3257BEE0DE9C3E43460D3D74E140BDE19B3A3F26BCB0BE85575ABEA25D20BF2760043F0BEDB73E934773BED18D993C2D2DCB3DB8E66C3E29E6533EB00D91BDA208103E08C640BEFF987D3D0683353EDD54463DF0BB703EBAEE733E9FAA143EDF85653B413F693EE825E13D41B9F0BE988CE13CE4463DBDBD6ECABED5F7E4BD5AA781BE96324B3E1DEBEEBD928AD23D5D14803E9222F2BEFDCF303FFB63D13EF04B59BECACD253D1724593EB307153E5D109B3E05C7283F9CA1B2BCDBDAB8BEE05308BEE7BD273F0BDFF7BE03A40E3D914025BEB93867BE9AB020BF901C9DBE266BD0BE4CC9093E69DE603EFA6CB2BE0D46C6BE5A2466BE3D906BBEE02DE1BE1FC38B3E41075DBEC5FA1EBE4CE52A3E61CAF9BDF8920CBF5720D1BD57B1B03EEF9DFDBD9B53423C1CCC77BD9EB1A0BE3EAC92BD96310CBC9770CA3ED62B703ADBEBF23E1A8EA63E38F597BE8E66D83BC8ADF93DFD092F3E7737243F7C8D183E7D4519BEF5FD88BE5B39D43DD3A9E2BE183AB5BE6ABFBCBDE1BC5ABE9712963E10C26CBEBF85CF3EC9CF3DBD0780F03DB17186BE6208053EF1C9BBBE2EBE0BBF81252DBE01DD603D21EC44BEE4A728BDC99F12BE7BDA223D6F888C3E58DB9E3E6EAB513E9E79ADBD6D6CF83E360488BC73AF7F3E99C02BBF9356013E949250BF191F173D95FFF73DB871B9BE95D61F3FE415823E798FD2BEAF2547BF035A483E68EBAABD4193E1BE72E51FBF0C09043E784EE93C32F7EEBEA7E329BF80C6313E4D50703DD41F92BED9B651BED9340DBE776D65BEEAF022BEEDBB12BF4EAD913DF106533EE8D7A5BE1A9A12BE9781673D553330BDC167703DA2AB0CBE284745BAB97FAE3EA31CFA3DCABEFF3D38999B3ED21B8CBEF55E013C5197D5BE934B00BEAECCDF3B6AC2183EC3B63D3EF8451DBF1A238C3EAC35983E4AEA4E3F509D0DBC4C49A73E5909A2BD0638303C04E9C23D25A009BE6205C13EFD9D9F3EB2268E3E56F7343F3977A63E69FB07BE8928E03C7B46B93EE29F1ABFC8501C3DB4DE933E2C5DF63E0254193EAA7C0CBD95862CBEB65C283ED0EBA33E270B74BE7F29CFBE5AEBC93E9E3A963E858B38BE64C974BCC78E38BB2C9B9FBD40E1B1BEA60115BEEC9487BE223A1FBD47A05EBE06F6483EB4B4A9BDDB10AFBE7AC999BE0606FA3DD6DCB7BD1811943E35E4E53D64C111BF6716783DCF55763E47DEAC3DC5A903BD770D59BDD63C173FACD902BE0DCEF9BE5BBFDE3D337695BB",
      torch_tensor_32_torch.float32_4: "0x04000000F2923D3B7DCC15BE6A89EFBD1B05033D02546BBDBD06D53CC75C23BEFD24C3BC3D49153EFFF6DBBC8B37C23C6BDDF53D0EC43EBD82AF17BEC9A538BD1B0E2E3E4A2F5CBE22C9753DC3BF763DC834E8BDBFC4BDBD16E81BBE58D37E3C8D0E5DBD952AF6399E6F2E3D3B3A11BEAF590CBD3B57F13D915CAF3C721CA9BCF0B6033E",
      torch_tensor_32_32_torch.float32_2: "0x040000008FAEEABD74BD21BFF4EE1CBF090F40BFA4C61B3E4CD3FBBEF3FDB3BC92B583BE7EE0303E9A9F3A3E4B3124BE607034BFE34E043FF70C8D3E36F7393EA3EA893E8950F53DD172053E1D6F2BBEB75C1CBED597823E7238BB3D08318CBBF86E963ECC31143EFA8F37BE0B8E17BD18D29A3DB1DF60BE50109A3D280885BD828B01BF7C839E3D794161BCE11B0EBEE36E97BE160E133DB4C406BE1431803EDBBFC63E4432233F6EF59C3D800EADBE7A8E00BE68391DBEAF800FBF8EB139BE697ED73E85DA96BE770FE1BE87A5633EB9E1883D273314BFC27E75BD854B263ECB04ED3DB17194BE6BC0D6BEBB06B83D06CE39BE2A033BBF4635DDBD2303313C92A7023DB3CDF3BDB45A453DCD837ABD6DB7E23E77E9E23D5A6F823EF200A53E888A703D3D7F51BDB8FD7B3E2B2AA63D3AF2713E8E3D993EE6CDAABB32301F3F182BC4BE2067423D0DA9D9BE844E14BFAC0806BF1C65683E7B0AADBED4353A3E3E3F383D897213BF4CDBBB3E07209FBEB62AE63E3D95EBBE8DA50ABDD25F66BE15293BBDF59F9FBE9C6D9E3E3EBDB7BE90C1853B08BDEABEBF3F203FAF86C5BE587BA13E38249DBE7E3FFABD6630A8BE4A2F503ED8E4BA3E028D0A3D2836053D92EDB73D80F9E3BD78DBBFBD648A3ABF68D5C9BD7D028DBE13BD913ED51E77BE1C0B25BE30BDCB3E1600C03E79AE8CBEB38985BECD104CBE519854BE4DE5CE3D490457BE79BABB3D3D4477BDCE0DF53E6F6D4F3EB8F828BEBEA223BD72501FBCDA2F9C3DAFE9B4BD0BEC0BBF351CECBED879D3BE9C21B83D0CD4AEBE94AAFE3DB7A64E3DCA4A16BDCF82A4BDA0F755BE8858BEBDF6B038BF19FEFC3D34EACABEF34EC13EEFA09F3E0CEF3E3E748140BFE865C23D30389BBE511092BE8A5D77BDF49017BF77953E3DE028873DAA98B5BE2712193DF1556E3ECCBBB2BE734F31BE1128D8BEFEE8743E7D0AEDBEA4A906BE0141133EDB7E68BEB8629B3E471ABC3D7B05093F4594C63C14B006BFA05083BD0488C63EDA0C2FBE7C7403BFDC49DD3EBEAADA3E7B29553CFB09C03DBA9E6C3EC0EEBEBE5998EBBEC7EF24BD882A073EED0BE33D4BEAECBD681C563EE737483DC6EAD0BDEAA6F3BCA62DA8BE44378DBEA15F913D5E06343D50A20BBFC90C0CBF8305503C4D47E13DFCF7143FDDAFC03EFF81363E3E9F39BE48B895BD95C7C93E195CCEBD7B5ED1BD2E8CCBBE48E1E8BE5E6903BF815CCD3CA47C153F4A4C3CBDB8F0DC3EAC82013E81B276BD220A103FE1D6823D7ABE483E81EEBF3D0D6944BE9FA015BE54370BBD7E5859BDC2ECB2BEB59227BD170661BED89B37BE5F6299BE4664E43E351601BDAB91E4BE3AD4333ECF0D3C3EA1851C3E3088A4BD247EE5BCB4D15ABE9F80EE3CD06E6C3E0D5A573EBE3C0F3E83CFA53E6531BABD47F115BF4E0BA03E139577BE552699BE09648B3D9A47903E4D5A9C3E5A07D2BDF8BFB23EC8E0213FBED24A3E7BB6D33D8529BD3E13E6503E061E623EE09145BE920FE43E7B27A13E2AC894BD1FEFBDBED5BC653CFE6124BFAF0F60BBCE8AC53EAEF6C5BEFBC6353EFB754B3D4F9F93BE0F64ADBE91CA2B3EAF5D29BEFE3B0F3F99A2ADBD3932553E2282BF3E1F92DEBDD627C9BDDCB94D3D23E1D8BE7A34893EE1723A3EBA6FACBE5B8B513E05A36ABD5C32863E7D47823EB82548BD9854B33E0A071CBE10BF3A3EBF44A43DB581C6BDEC712B3EC42C01BFF10F823E56D0D43E945242BD1F009EBDEE514A3DC2DF53BEDB2F0FBE6F08C3BDFC7EA23EC3F8F33DBF27C23D3E96D5BE2F19A7BE2F325DBEBF20D03E65E140BC9462DDBD7EF2663EF922AA3B894A823E8AB93CBEFEF6AC3ECCE3E1BEC93451BDA0A9E6BE8EF9AF3DDF76873D41DD273EC2C4323EAC1EE53E6640763D3147C63ED83E823ED58BF3BDA5D642BEF94B0CBF0D80D9BE9C00383D8B84D13DF699D6BD8308B6BE8988EEBB36DEE63D3F54433E6581D23E56D1C1BECB015C3EECACAC3C99FC68BD2996843EC6440F3E6393D33EDC7CED3DFDC38FBE127C38BEBD1255BC99BF0E3FD00617BE93CEFBBECA97A2BDA239B7BCA27D85BEFEF38E3E04783FBE3A0C553E64C01F3F23CD633DACD128BFAEACBABE09DA34BE4E7F613E891686BE6C22903D5DD1E6BD73E6393FF285B93CD1A6DE3EE8653FBE9D6BFF3DB56ADFBCD4E3DC3ED8E38B3DA5F856BED3C8B63E86F721BFBB686BBD8E9C6BBEF2C4233E7182033F93AF833E466FB0BED4009EBE5E7607BEAD0F80BC4811A23D8C4F8D3C3D87563FE68CBCBEEE979CBD27C442BE19EA033FBCC88BBEAF5E7A3E8355343F74060EBF90D2903E2865B2BDD5F1BCBE0A41863E0A82F0BE91F12F3F36D987BDB069453D850FC53E2CD960BE80143E3FF9326ABA0BECCDBDF139CD3D840E083F43E3123FE21E1FBFB94525BF4BCB1CBDE0D0273DAD8686BD75827D3DC15EB73EB8ABAF3C3051063F512F8D3E312095BE16B1F33E54A9B8BE2CDDAEBEE64F593E8C3F96BD7FF5C0BD8ECC8A3D0DAD6F3EACDEDE3ED226B93E59A18CBEDB6D213DBA1222BE6F70E8BD30894F3E075807BE89BACABE733512BE6579D0BD8E61DABE7D928A3D0ABCE3BEA9D81D3F31FF5DBEEE0DA93EC0C91F3C0A146FBED2CEE0BE3D9117BDC5A7F1BC54FE313EAB08E3BCD8478ABD8855F6BD9AEB67BCCBCBD2BEF61714BF5990AC3ED96F5CBE97A21BBFD1B3AFBEDBCAA3BC40A638BEBD39B73EF189E1BD1C8392BE5EF781BE12BE553E631DA83E41121CBE67B910BE4C1D0B3F462C0C3D2C601D3D02ADA23EAF22B5BDBF92A93ECA563DBFC618E3BE18180DBEDAD1053DE76774BEFEF55EBFF433293E6891B03E335F51BDA4CE17BF3172003F1A75A43E30E95D3D4772D93CC1D4103D6DDBB5BDA66742BEE5847339F6D187BEAA54A43EB6D9EBBED256A83E69E269BE50FBA53D87B28ABE2CD2AA3E9F7E96BE70A4C43E90D20FBE307BABBEDEDF0CBE2307DF3D66FDBBBEDD6430BCAE51D03E3DC4073E4C60C43EAE28CA3DC55215BE894145BE29E5E13E5EE439BF3E80C43DB95E90BE0E53BDBE7DAF0CBFD86FDCBEE8C3B6BE7E76D6BEA0969BBE0FA7F7BCA385633E8E6028BEDA79353EF16BB13E04741DBF19C20DBF1527B7BE46488F3DEDCC643E3861F8BEDB8D1CBFF15AEE3D3E970A3DD546DCB9E769913E0D5480BE09A32C3FDD7E7E3E1BA6CB3E23778B3ED278A53EB63FD8BEAE8F2A3F23E5AA3E6780143E60ABC23D893A7BBE0F260B3F9115A7BD308395BE0E6B103FDEB4D9BC40BEF6BE3BF0C6BDC73E5DBE17E429BE7A8AC33DEBC668BDA97A5FBEF243B13DFCE5C73E714487BE2ABD5FBE723307BE87064C3E9B31D63E54AB84BECC6B21BEE8B61A3E3F3B68BDBED07CBE68D7443ED2A4ADBBB7F0F5BE8113D9BEE4B507BDFDE6BDBE66FF0E3E6C5AC2BE8B116C3C1A2FA03D6BF1AE3E6A40A6BECE959EBE7F60CA3E72D21C3E3AA42CBE3E82273D0BCD44BEAE3CA4BE45E815BF441A10BDFF85553CC6FB2CBE1C461CBFA1CB07BF21E5B0BD28462F3EAA27003FD66C88BE54680F3E10A039BE0F21693D78AFF9BD08452ABDA5F7CEBC8584D33E55B6043EDF4A81BE0DFB1CBE1F45ADBE0D41D5BE5D220FBB6DB8BABE872B823ECB431EBE76C281BEBEE4B53EC618F73C4C8230BE4AA18C3CEC19073D36A108BDC2761DBEFC18413E3E5D343CBB1B7C3ED05DE43C8D444C3E2607FD3E712292BE8B1B32BFA532AFBEAA6E5B3DE51C8F3CBFE29E3E70EF2FBD579ADDBD73529D3E066FB7BE02E1BA3D8C260EBE88D8053E1B07113E0BFC713D936FCEBEDAC2303E236331BED1C6D0BE5586D5BE8C497DBE7DA444BED012BDBEA2E13B3EE4A2ABBEAFF5F0BE2E15F3BEFFE4B7BED82CD4BEF6DD3FBEC789413ED8E2953EA788FEBE548546BEE15D073F1E40913EF050D2BD9837AF3B9C3606BEF37D28BF3A8CB9BD748D2CBE2F9866BECABBE4BE1670AC3DE07BA4BE8BF7C33BA1D81C3E587BBDBE48223E3D230050BBCB5DDDBE717A89BEA4BBBEBED00A1F3F48A151BE7F63DA3E19CEBFBEEED580BEC9520FBD6D3BFDBC133CC2BEEE52BF3EA237D3BDA6FA913CEDE1133E9B8DF3BE1A803E3E4DEC07BE8C51283FB41DA03DEB9D96BEEAE8ABBEE229A0BCAC386EBEB35F09BE96BC94BEA2E509BD69B3E3BE45D24B3E9EC72F3EB05371BEDE6EB9BEF733D63EFEE89C3DFCA4B53E5CC1E33D3626A6BDEFBE87BE119E8F3E8CC6E73CED4FD13D397E04BD3B3D4E3EBDA8BDBEA3DE2ABCAD44983E487CB83E3C7433BF4155223F48793A3E871682BE38F627BEB9C1D7BCE887A6BE66C63BBF958DE13DF42A16BD545AC13B4310433EE67BA0BDF1C0613E4F4E02BDD7EA6C3C225A0ABFB9DC66BEEBA8783E8367F8BEBC3C5EBE456D813E2D4919BFDB2DCC3DAA7462BE0C3B6A3E402B4BBE5090513E410D173E41A4FFBEAA9CA2BE1C3136BEA002823EB36CDABDD588733C937504BF4F0F043FD7BECC3DF6EC0F3D4E350DBE293D54BD72FDA43CF3E2CA3EFBB2D9BEFF2FABBE487865BED98F373F9C4B0CBEF271B0BE14CBBFBD796E8A3E968132BF84BCADBC298F3EBE5939EDBB0BEC203E384A9DBEF4418E3EFCA18A3E6B9DCB3E4F93923E0E4919BFB138F1BD2399543EC54BC63EC206E93E3EE90D3F4ACA3BBEBD5BFCBD7DA096BE18309E3E6AD8F43E9B3EB03EDAC591BE274F64BD535B3D3D182589BDECAC37BE9AC5A63E0D5C963DE4D30B3F92550D3FA64985BEF64FE13DD7EB98BE971A3CBE60D97D3E3F2149BE4F9AF9BACE1FAEBE5B6F6ABEDB2ACBBB459C543E6A459D3C69BCBE3EADFD39BF88ADEBBEC8D3E03E373E0FBE18CC773EFA0091BD1536F23C577EC63CFD976B3ED51E3A3D2040233EA80514BFE131273FB92E873BACE48FBE280C0BBECAC312BFCDE07CBEA0D4A23E1BE38B3EB7F80CBD1C89FE3C3B251EBF348FCDBD7197A73D3DFC7BBEA2FBA9BDC1D5513E689C373C8D8D863ED9F1E43CECC3FC3E63AD09BD864BF0BE57EF793EC110AFBD92E1543E90EA8FBEAC2FBE3EE237ACBD3D7F49BE8E22433E66E63A3EFD4393BDC5238D3D1B602A3E4CE3543EA79A733ECD4ADCBB555014BE677133BE84836ABE64AE3D3EAD8D583EE83297BE4A829CBE4DF6D9BD9E1C393EE27C6C3DE8DA9CBEF3BD033EE8BC99BE8C6B91BEE06EEBBD54DBA1BC52AC13BE0F62DDBE0E3D6F3E6AC139BE9707DCBE91B2ECBEEB3EED3EA8907DBE45AA8DBE35C60BBEA8A608BFD6A2773E24EB4DBE41C985BEA028923D5CD681BE5AC6D6BD4D75F63DF138933E5EEF8BBEF647113E026BF6BE522D0EBF73385CBE047C0DBE8989F73E666DC6BDC692A6BEE678D53C8E19F83C6EBE4BBDE384CBBE684616BEF6E1B63D0ED52C3E9A0708BE6CFAADBE6A2C01BF70C5353D82011A3FA5B5BF3E9E5620BF592E8F3EA685903E7E7621BD47A3453E57FAC63D9933433E98E8353DFD7AD03EA448FF3E867B8B3E0CE900BF0A0F79BEC85D483D91BF0FBDF8F5F03DB00830BF169976BA904E013CB3A154BE94C353BE96BBAB3E79E1473E1B5CB1BD1959C73EB9DF53BF354A8BBE78E398BE710ED53E73A5763DA9919C3DC9C905BE675D32BE2A329E3DB35DB83EE4C6BDBDE843483B944934BE5729573ED1E06D3EDB1F003E979FCB3E30B7B6BCB8C7603E55C410BEEF20C03EB030BEBD159A0B3E668ABA3CC5AA2FBE1D7379BE86C7993E6FB60D3E4D40ADBED7AD08BEEA664ABE35EB81BE4F0BA83E4B96D13E283988BEA0AABEBDF587913E7CCDAE3DED7E37BF460E413ED13DAE3CCDF2E6BE034B5D3EC1DF933DAA50ACBD53BB19BF",
      torch_tensor_32_torch.float32_3: "0x0400000016CB25BD8BE3523E2FD6733D95F975BD487141BE016B883C1A44F73DEA1EA23DA74FB53C9E9A103D6832253D63311A3C10A3D23D58D8C2BC1266B4BDA7BB4F3E9388C33DA0DA17BD801E0A3E1F683C3EC5305EBDB4EFA6BDFB0169BD6D6ED4BCFBFBF8BB6288F4BCBBACD9BC2CDCA33DF15E913DF3F4B53D59B2C3BDD0DAD83C",
      torch_tensor_32_32_torch.float32_1: "0x04000000957BCB3E234BE93E963C7A3E020A223E8BF7693E654ED93E6744FA3D4B68ABBCC0585C3EAF51763EF5C888BE55AD5ABE727CB63E0DC8363D33AEA73DCFDA85BEA5E944BEC3C488BE209552BCFB58EA3DFA9B8ABE51914A3EFF30D33E974080BEBAF1233F90362CBEF1B888BE2B0696BDF33359BED139F6BEC7798ABE34B8903C99750ABEF3D7E8BE19B87EBDD26909BF83FBACBE5283D0BEAA4C813D4AFD0ABED592873EC1A1923EE277BFBE0C9122BF17D3C63ED7E7943DD7536D3D78F9063F449D393E6FEFB4BE4AAE873E95DFF23E02F3AD3E62433ABED7A89F3E9EB58ABE139D68BE9B03023D032DF3BD137558BEE5C571BCD97382BD1E8195BE3748273C67F3C43E2828323E82B0DDBDE05BC23DFBD4733DF2B618BEC2D7E2BD287FFF3EB9F95F3E1A5D23BEB023B4BD7799EB3D855BF3BC161A83BE5E03EA3CB79DC3BEEE131DBDCDDAFEBCA417983E750A233EBA67C3BE67706C3E771A1DBE5ECFBEBE99C6EDBDBD1A18BFA2F315BEA5A5A53E6DE87C3EAD42C9BDE2FBA03E00B9EDBE680981BED8DD3D3D7ABD973EA4511F3EABD24B3EDB79BF3CC50A873D7C0E3FBEE4AEC73E7BF0A43D1B114BBECB52403F26A4743E52B317BD3DA87EBD101BB1BE9C698CBF7D0FA3BEF5C8E0BEAF064ABE7EF2013ED0EABEBD1AF7BDBCEB74A23E544BB73E3A382BBE6743DA3E4F4B383D5CA31A3D44CDBD3EEE7F38BEBB740DBE559ADBBEE5A8C43E4A5695BE5E131E3F64C5A5BE0B71B2BEDA6B24BE8579973D86B5103FA6ABFA3DAA1FB53D04528A3DB8102CBEFF7CF63A116CA6BEE49D383E403CB33E2C648F3E08EFC0BDFF208E3ECBA8E9BCB889C73E388D833EDFA8363E370C033D14CB3A3DEE17363ED3D610BF51E5A7BCA2B5E13EBCE80CBEB3FDE8BD5409CDBEDDC0373FE0929B3E266401BE7660A8BE62994E3EC74B20BE4F2160BE53157D3E5B370D3F3B7AF5BEFB0FBD3E6587F4BE4B355CBDF94C8FBE925A16BD256C2F3DA1C11B3CE442323F1349133D2B19283F9823BE3E346E3B3EB3D387BDD260813FC3A0F0BC130AA9BEC3BCD7BD2A333DBF57262CBD8E9C923D520085BE3A2E723EA1C709BF3DFCB63E6CDB2BBE647A10BF001F953DD81F0F3E50792A3D749294BE471512BD5FDF733E7045A3BE03C06C3D1950773E989B6ABDBA5724BE0DE1D63EBE988FBE71B70FBE0A40E1BD79DB9BBE8A18743B6EF7A8BE9083AEBDD5F6083F42F60CBEAF040BBE8FD7453D4DFF6E3E1FD62E3E89C3D83E25A816BD5F2180BD472445BE8E52A13D2A0F5F3E2DE63ABE0860FBBD4F80CDBE0473E93E8A8398BD3D93783E666C9BBE4CFE913E4A6E143F3F012A3C79B14C3E1363803C90999C3E457ED53C5419BFBD03CBAF3E66FA83BD127E943ED91EBEBE605F08BF7EE2D2BEBEA608BFEECD27BDCD19AE3D3BC2D33D33BFD2BD4944C9BD2879E93E1DB3143E927851BE9FC0B7BE875FA93EE2A6B4BECB09B7BE1D19DEBE8EE8A0BEBBBA65BE3AE3E5BE76DED5BE83D2873C7D28803E343DF93EDABDBCBEF745CB3EF19F38BD981672BE25DA743EC1B28A3D5F6D53BEB7C518BE8D11FFBD6DF126BC78319FBD3BEC20BF870458BDED1B223BF12B0F3E3DD9C23E4797733E439D35BA528DC9BEFD2A9BBE745E193F6C21263E376819BE70F6C73D1CA5FDBE16FD423D839B2C3F2A00FB3D477FAD3E4E37B53E09CC273EBDD9A0BE2245C7BDB85108BF499C94BDAEAD0ABE547C063E28B9293D627E27BF8F13A5BEE863F03D4ABB153DF5A6CF3DF3B9C43EE64EF63CB9F48DBE31EF28BD3ED52C3E52C0D0BD592CC83B1B9E00BE0B89143F9563E1BC1988D5BEF8382F3C72C96FBDEECFAABE29C023BC2623D83E2F4034BEB5B6D13E98DD983E3D71873ED2D632BD27A6353FC2C1C2BC964242BFBEC54A3D083D043F460C68BE239D8D3C429D973DF09D85BDA1C6F23E8EACEC3E1B05163E4967633E71123ABE6CBD013B3639F1BE28542CBE86387A3E0A8FFABE240B0ABE4455153E9A0E83BE142810BFB8853A3B70B84EBEF739363EC1140B3EDFF135BDA164B33EE906EFBD7359A5BD4F44F63DDDEA3EBE4ACC48BE09327FBD39EEE13EF1A4093EBA1E243E06604E3EB627073E899348BD7263C4BE8744003F4BBA213C205D4F3E08BA043DD1FDFEBE88DBBDBE6E73BD3E1A91A63E77A87ABE27E57FBE8510BEBD11CA563E5BDE7B3ECDB56FBC85C5CD3E884580BEC56433BE157CF43C0D5818BEDC85C5BE2187C93D948E3D3E415FCABC002710BDE1058EBE9577C5BE94882F3F2654B03E900C07BEB7C0C13DEA5D2DBD3587893C7A5F12BED1C3013F00481C3EDB6D94BEA44A58BD1F76513F6BA0AABD46EA9DBC0A1C9F3E32BF173F9AE3653E3B51CBBE52AA06BDB1A3063EB14F99BE996159BDE165CD3D9A7FF63D9C19FF3E2777C4BC4B255E3EB7D5933D80B4383E2B43903E248583BE77A270BED01ADA3E2A91363DEDA5373F2299B5BEA19A56BEE2F43BBE556110BE8F17F93EC06FA1BEFE330FBF9D99563F7BCFDEBD4D1083BD75868ABE0E642F3E776FD5BEA16578BEDE9684BE6403103D2A78B3BE0E2C9ABD7A8910BEC161713DA3F854BF155CE4BD7467C1BE91A1673E83D08DBEE80E833ECCA42CBE09D5EE3ECF76CC3C44EF823E0C5FE73DDEFD813D59A46E3EB59B21BE3AC339BB5CFE20BFD35CF7BD07EFC33E104F193ECE28DDBE19633F3EB3ACE1BE60F81F3ED09C3ABD28F289BE692F5ABEA7A7063EB009AA3EEDBC9D3E1201A1BD0D12A4BE7AB5B1BD86A4B03E4279023E469002BE0C0D8F3E769FC0BEDB1525BFA16B57BF4FECDFBE520EE83D5CBBB13EC1FFA73ED049053E78913ABD7B8C07BFE1A29E3E0EED36BC84E6643DAEC69EBEAFAAA53DDAF4A9BEC5026EBE3C908CBE6582FE3CEAEC1EBDD5D08D3C05C11EBEDFEC393E9BD78B3EB8D381BBB5F8F0BEDF483F3F102D703E140AACBE5DD4FDBC193150BE5598ED3DD1FE8C3E1675AF3E3E59BFBD13A718BF6D234B3EBE2F92BD9644333DD5AEAEBE33EAD0BE45DA3A3DE836DB3EF619683E909B52BE86AC3A3E00E6643E262437BE60A088BD06A962BEC82403BD5B45303E1F51C7BE090BB53E50F60EBF893F96BE363D9ABEC3259BBEE6F9543EA16C3D3EBD0B2C3FD1CFACBEED3ACABEF9DEA5BE2C97C1BD28CF79BE7569963E0D9032BE615C86BE4A345D3EAEC0233E9B360F3D293CBA3C9563813E471694BE5ED1803EEA29133EC97D223E3803D7BDA074A63EB65CB1BE4084CC3D4C612B3D60940B3A9B834BBDA8CAB83E34F51F3EDD45E3BEBD9CDFBE06D08E3E4E46AE3E78F0A83E50CBDBBD7427833DD41EFCBA9F93A23D098AAABE8DB014BE5DA9503E85F558BEFCE28A3E2DBC643CA076CF3ED5F213BE6F18673D1ACB02BE931DD03C39E387BD42D196BED4660BBB51BDAB3DE9EB98BEC2214C3D53F485BEE3C622BEB7D0803DFE6E223EB0B8893C58AEA8BEB620B33EC047F63D71D7A63E634C10BEA6929ABC88B12D3DF121C53DE8E61E3C14DB943E9579D9BD8E2FAE3D9392673EC1A47E3E324020BE42B56B3E2BCE06BF0BD720BDDBF630BD6239873DF07D763DAC7BD03B84CCA0BEEE3E2EBDA3788C3EC501DB3D862B5DBE46CA6ABE618AA43C93026F3EE09E253E3C8D883EF2FE9E3D1408B3BE9645153EB553E5BD195FDBBD0A82B3BB63BD283F6293CCBE202DBE3CD7399D3D810339BDCF49C33DD09A4E3EEBE777BE6201DFBDF430A53E66501D3E0BE4383E3485BDBC12001ABFDB9509BE40B983BC2EDBFA3D80DE99BE8649513DBC46743DB42233BF9ED8B9BDF94E343E69DE183E5812F03E4F56303E736BFABEEA78FB3E93E304BA7213B13DFBDBCABE5172F6BEC47B203CC8C6283D1EA8473E18C44C3EF0AEA23EDF1192BD345683BE776603BFE98ACD3E2A22893E4F7E803E6364913EB6E6143E91B455BE58042E3F0D2E22BE4DCDDFBD6AF75B3F7C79CB3E1C69A7BE0C3C193F956E14BEC16BE8BDDB1E84BECD92343D89EF42BE05B4C53DB3FC25BE48B437BE58C19CBE8A28A9BE792C9EBEA2D225BEE6C45DBD9A3A43BEA715953D640CF6BE043479BE7CE112BC1C2F013E34B215BF964580BEE6F8E13D896859BDE8AA0ABEE95268BDE727C0BEB6E8153FFD7D1F3F8AC3183F384689BE96C1883E4491253F183F6EBEA0D8863D9037973E1253693C4EEC4B3D4189BC3EB91390BC7708543D845A2B3EC041583E43DE713ECAD41E3E8EB7733EB97FAD3EFA49F83EED5D90BD8C24303D96E8C0BE67E40FBD8C54903E32667C3E89EDBDBEE92D603CD53033BE2026953CC9B9873EA889D8BD274145BDAC64E1BD8C06D23E397F083E7E0816BEEC5104BDBC4AB8BD582AC4BE833117BDB062953DF025193EAF4079BD02A6B6BDF802DFBD85EB863DE488DC3E6182B1BE6E46D7BDFF6006BE6CF109BF6E099EBDF947F23D5A7B363E91A510BEBE455C3E294D2FBF9AB044BE2DE577BEAA3AA3BEFE75943CB4AA0BBE9E7A33BEBB788A3EC8CA063EF8333A3EAB654FBE4A970A3E47A9753E1FAC423E8D7D843EED1EF13EA3E853BEE025CA3D3E207F3E08BD5DBECFC8A6BE12FC073E612D093EF2A1583DAB98B73E32E983BE92E714BF2D7C9DBE9B4ACDBE9FF4623E1E7BD63D9A59473E4416223D26928CBD33545E3DDF30C4BECF66953E6F1B403EA7CC84BEFCEBA93E4D94CF3DCEE4753DDC8B11BE939D58BE56D8093E31777BBEC5C7513E7C2F2ABE773B9B3E4C32B33E1742FBBE4C1CE9BE0E8C04BD0E6FDE3EE2A19EBCD1B31B3FF488ADBE927C74BE8491E53E796B03BBAD96643CD0E828BEDF6CFB3CC168CBBE2953BCBD66E42E3E30B812BE0803B8BE14D7223E3E3803BEABFCF0BE316FDE3E200412BDE9AB3D3EB76E5E3DA4EF4CBED1324DBEC313D3BE2CF9943EA753003FC140EEBC52EAAE3EB63000BF193DD6BD01CE62BE8F7381BC066D9EBEB79A943D909021BFDE80243E4A402F3F5ACA2B3E4F64C63E3E17B53E6C4705BE6CA6BA3D4C539A3EBC0EA63D09A2493E43EAE93DD0B7A63D3BB5F5BDD57BB73C764F6ABD6C18B73CBA9C26BF14E554BE8C6C0CBEA1458A3E0C2A3DBD92FA1BBEEE74E0BD0D2896BE1C4048BD396ED73DC81891BE2B9F83BEBF91533E1B37003F1149163D53A60CBF3686A9BEAB98F23BB72D6D3D197381BECABF12BE460BF83EE39E643E85ED6D3E4AA90F3E552ED33D4BE5463EB19FDB3D2768953D9A9FFCBD2586073FAE80BBBE582698BE29673FBE2D4A20BE665EDB3E6A7A95BE98FCEDBC360221BE5F8E4CBE33E3ACBEA9BC92BE5A7ABEBDB2A3793B491D6B3E5070E3BB90541ABE8F57773ED6F915BF0897C8BDA33ACE3DC134CCBDECA28C3E64841CBEE0472F3E686D03BE4C7B47BD491A5EBE601B2BBB0EA6723E52FC2D3F2E1326BECF06C43ED792803EAEF2AF3EB6F5193E7AAC063F2E0F43BFE576E23D9908543EDDA4183F6A19083EE7D49CBE95A2E7BE18FAFF3BAB9E32BED05FBC3E0F89993E7B7283BB099036BD56A031BD01A180BEE134883ED77D20BE8BF6B53E0A138D3EB609733EE5EEB73E79C0183FFD7F9A3E37ED4B3F630F3CBEAD75E0BD654FAD3D201919BF8B3876BE4AF0ECBC6364F43E290163BEF3FEC13E757FF0BD1D3E14BF2136D2BD971A63BD9FA803BFCD92A13D1298BABED630123EA5DAD23E801F34BD898DD93D0B3FC5BCDDBA743E835A6C3C2DC6AABE5E84023FAA48E0BE5DA96D3EC42E8EBE7A28113EC8B030BFC19F5C3E766B66BEA0C733BE767048BEBC9124BDFBA6FF3D01ED14BDD659A6BEBFF8F7BE40972B3FD76A00BFA880723B",
      torch_tensor_32_torch.float32_2: "0x04000000C130C3BDDDDF66BD726356BC760BCABD2FAA393D85A369BDE13E073C9752EBBDC1BD003E45DEAEBD07B1DB3D4A866BBEFE6B1F3CC87ADFBBB70BB1BD3C0A8FBD3EA6203DA51D693C0B41113D3C88433DFA85A53C5D52ECBD4ED01B3D8E49C7BDE83A913DC33DAFBD738707BE1B2107BD8360353D4BA18BBCDD360FBCDF40C73D",
      torch_tensor_32_32_torch.float32: "0x04000000D03101BFCBD9613EA5050BBED237D53D0B318C3D98230EBEC6CA29BEEC9C19BC6E3F203F65A106BF78F4FD3CD0EF9C3D4073023EA810A9BEFCDE7EBE22A2363D157ADE3DA3CEE33EA37035BEF79242BDF0F1403FDD02D43EE8BF9C3EC234F2BDE1EC94BD4A28263EA1E7023ED12DC53D933B8B3D554E5BBE28EC593D3821BF3E4F9100BF522A1D3F938585BD346816BF3660423EA23774BD4E7286BCBFEE69BE21D41D3C7315D4BEA14B8F3E34419F3E3C5B95BEF2F46E3D8EEB9DBDC6587F3DD14657BE4F1E3CBDD54CDBBEC8B807BEC47317BE96FFAD3CD3BA35BED105FBBC068F153ED74C393E980150BFAED1303E022CB3BE749AE5BE9FBFB8BE6BB0A93E1A6D1C3D89A10EBE4E0A9B3E2760833E58D313BF2F41F83E31C9D9BC0D5ABF3EE1B72E3EEEC17E3E6EDCA3BE9351903ED053303FBA839B3E931870BE4A69ECBEFBF02CBF4E4379BE4C971FBE0B12EBBEA8FF13BDBB0D8A3ECE6DFD3DDAED13BF4DEE613E895EDDBDE4EFECBCBBAA62BE34ED3B3E38368CBC0BCA183DFAF6803E026700BE997B2DBD60EF9CBE75E0703E61287C3EC679DEBE956D113F7202A63E4987263E70F32F3E3BCED2BE7A030EBFB4EBD8BECBA9BABBD1B519BA5572CB3EA2311A3D436B873BC198E53DCD6F94BE89FDF93D30EA0F3E10640F3F6514443DA00DF0BEF54730BF0C27B4BEF932E9BE082433BF4B342D3D0139D83B9FFAF7BEA3AD643FD6F4F33C76521FBEF5FB683E2357E9BEE3FBC2BD437AFB3E6D0E783E44FD0E3FAAF48DBEB97B1A3F63D16EBE71EB52BE7139A33EC3AD6FBDA66B0CBD15CF4C3E6EF53F3B9935AF3E7EF324BEBEE0B6BD0A5F713B7E1D8EBD45D58A3C1D71C8BD4FE5F5BED40486BEA327E6BDE26AC03EB5A3DBBDC397BBBEDE29E1BDB948903E665E0A3F2AEA413EB30EDFBC89BF953D08A41A3ED3153C3EEE43733B58B70F3EA48D67BFC14E213C8E13C53D7A74D6BE8326393F913CB23E4232903E6FCCEEBE871196BCCE90423E41DE5CBE140F3F3E5932C8BEC6CDBABE0CF49C3ED4021F3EE5E77BBEC1E068BEA4644BBE51FEF5BE9FB2173F9C3E693DEAFA353E7269F1BE7FFF603EB104A1BEFA0FE73C10C4BF3E939CC83E308DA0BDE4EB003E3E8093BD7A392BBD61B14CBCC7990BBDA988C4BC1BF94ABE2DD508BF8C708ABEA0833DBF8294A2BEFA2423BFF91A6ABE0FBE17BEFB40F53E3F93CABD6285253D384501BE2537ACBDE555D1BDF398D13D2C5A6CBE047051BD7FA6313E184482BEC90C99BE574E143E5305C5BE6EA6EEBC7B827C3D56A07ABE5A5C90BE3022B1BD5120963E1C6F08BF0EBA07BF53DAA73EF8FE96BEE81391BDE45610BDCFEC6CBE60EB38BEC215543D8925553C4F93DBBDF1DF46BD9EB7253EA257B43EE13A0F3F3939E1BD9A19A5BE048C1EBF757C0CBFEA7005BF4D298C3E283E103E9226833C51D41F3FE85F593E0969043E801AA3BDD94A60BE841D3ABEC3EF81BEED03813EB541D23DA1DF1E3C629076BD63A5C13E067059BEC81CCDBEF9A30BBE39F9123F13D89B3D74659E3D0EAFF83E7B4D9DBE5CC0E63EB12113BF35AB5EBD5D299D3EF552BFBEA8BF2B3ECCA5F1BE82FE7B3EDFCBC7BEDF49FB3D9A09F1BE9804A9BEC7CD99BE156D9B3E21F6C93E4B8D713B7C79A73EF26587BDBBFEBA3DEA82ED3D70D189BE0B09DB3CB20481BE9ABA8EBCEC9E61BC8D0D973ED7FDF23D2A50A4BEEE20373EFE67163EEFF00A3E25946F3E1F4587BE22B69ABE28DF32BDCCBB273D3924463FDAB912BE8E2D1C3E27F074BE8C4321BF3848B23DD104343D196E7CBE4FFE55BE13CF5A3CCF58163F34E6123EAF36BEBE4C9A1DBFBA065D3DCFCC4DBE598C95BC4854833E3207D0BE380D5ABE4BDE9E3D88825D3E81F807BED810AF3EAC49663D74EA5B3DCEC09C3D58559ABD1505E7BE8DD6063E84FD803EE9575A3EC87D05BF690931BED58CD6BDB838103F3AD0B6BE4DE17FBDA1F7223EC286D8BE48CBCB3EABE57B3EF670653E98A805BA8945873E4296A33DBFB99A3E8B9FCBBD9B890CBE76AB893E6EF174BF06767F3E8D98D8BD9DC30A3E37C61A3FE401023E81AB0C3D3FECBDBC6E688ABE44040D3EBA49BF3D0622563E6B15C73EAD7E4CBEFF0707BEBFD0503F46F7BBBEC0782ABE073BF83DA846303E51685B3D014509BE14EC1DBF08E5323EC582A2BE3BD440BE677C1CBFAD62D23E3E92E13E27F75CBE725914BE37CE96BDE26612BDC11D04BF4B15123EDA18A1BEAD1E4B3C90BDAB3EBA410B3D5318AF3E68CE823EFD45033E467F17BEB19CDA3EA81CCA3EC000243FB12652BDF54F723E0D4A19BED0719BBCE8E0B9BC0AA55C3D75A9EF3E48CB763E11DA78BE13F289BE0E4975BE4C6955BE246C723EA88EB43E11CC443E498A2F3EEDB99FBE2C4A1A3F478400BF5BC0CC3D193C78BDB19A623E93DDD1BDF9D98FBE9023833D6BD3B93ED4FFF63D0F40EE3ED33CEB3C2D54F63D3B2C423E3443193E76B198BD7200503E8A58983EA55E19BE048318BFA4B539BEF266B4BD0BD2813DC18E883EB3ECFEBDBED1D3BE111E8F3E50A353BD186C033ED97493BEB96604BE622BEF3DDA8F9D3E58DF25BF48682FBDC624AABECE4A02BF4FBED5BE9FEC073E4D4B66BD495E653E975D02B9F15AAD3E9776DA3EB5AA5B3D704AC23ED10C67BE80119D3E8B10233FB8C8D13E9C8B65BE8CCBA2BE42CA173FA6F34FBE4182733E6BD6843EE4E1CE3E8560073EE1F1FEBCEC0BA23E07E06D3E2D284E3E780E903E7F1E053E3E10323ED0F46ABC4F294DBE2DB5953B0089163EF70EEB3EFE13B0BDE21385BE3F47403E2384DBBEB70EFFBC3DB3C6BEF3C7C43D4E4D22BFE9D2B23CB52BE4BEFB34CDBEF6A89A3EBF00CB3E1A50E43E80A0C43DF56F5EBC76CCF7BE7C1D01BD21CF5F3E44AC93BE6D4AA2BDB3731F3E44FCBA3D4E3A833F7C04A8BDE457CDBEAF4F88BEB88FB63E6F402F3D9B50C8BDDAAA713DB7DC073C61BB263DBCC6A0BEAB59FEBDE9394BBED1C460BE31F5D93E6344A33E302541BD0719703E3CF988BD00605FBE4EE8A1BE5375EC3E331192BEDF52953E2DF0153FC237F73C0AB621BE575DFDBD433E0F3EA93B34BEF468993E721A2C3F5B75083FE1A2E23E0065B3BEB55F9EBD14D812BF6EE61F3DFEAA993E5A4F84BE9CF4053F41B11CBD59EFB23EBDB9C93EFA35B1BE5D23BA3E071C113FC4ED33BD168120BE928C853EC60CE83DC3D5903E7423CDBD03AC9BBE982DC63D17F667BD866D00BFAF87863DB6D185BE86F45FBEC71DC53ED610A4BC97BB25BFB2E9B0BD72361A3CB5846D3DC012A3BEBAC291BD86DFAC3D21E2833E5CB1B0BD88CC08BC57FC013F927581BE2BE43F3EC04445BE3AF2DF3EB7BF88BDF7A7963E9626D73E20A7A33D37E090BE5DC10DBEFD27D7BD2CE844BE5A7CA3BE1463A6BE2167B3BEA60578BE53D0A5BE793F88BEC95BC6BEC9C7BCBE5E98C4BEAF084EBE2C5AB0BE1981BBBE60DB953EBCCCD83E0C14C3BEEB3F1A3D8515D6BD09A5243ED8AC2F3C3248B13E94A323BE19947DBCBE1BD3BD95EF26BE3CC6033EC1AFCABEA241883E6D88A5BEED2A4A3D7153353E9195E1BD00BB833EEDE8B23E9F72CDBE258CABBE58B706BE14814BBD23B31B3F0B6299BE2FC8A6BF6143C3BEA779B13EF512D6BEEFDACABCC7652EBE3573ABBEAC9D4BBEE3267FBE4857683E19C38D3E5B4434BE3619A1BD6325DFBE4D7D15BF5E602CBE8CA9353FFDCB1FBE8516463C9A1C21BC0DA1333E9BCC4E3E08C3EC3ED086E0BDC3E6733DEB91813EA07F8FBEE43E673E96182FBDC2D1B63E92339DBC9C14E4BE73574FBE21288B3E928DF2BE9A5BEABD4D53CD3EEA3B8A3EDF36533E7CB8B3BE3EAC29BF2D53CA3E60C3443E71ABFCBD206425BD8FC3413E93EC2C3FF61F92BEDC9E6C3E7695CA3DF0F1A13C4839513EEA24A93E85A5FF3D8D746EBE5E44273E87E1AEBE03A7603D87A8D4BD12EFBD3D51165A3D7F67C4BEA25D223EC977423E048010BEFB578CBEB585D9BA8E5BD2BD7F97DFBD5BCF8C3E4945C43D7F9FC73DBF83153E97359B3D049FFDBE3D67FABEACCDDEBDFDC981BEFC20823E481AC33D2344593F5331A1BE9A9207BFE52B663EBCC28DBEA959D4BD20764EBE4839A23E8041FD3D29B548BEB8D8643ECB6A1CBD6D03F73E82EF063FA9E317BE68C9A3BD308184BD171BC7BEF88A663EC4F1C93EFDF7BBBC9F2EEF3E63F0BA3E33A6E6BD6E0DE6BD1C69CCBE21EDB13E8FC9BE3DB2D8A03EADDD6C3E722C0C3CD193853E091320BD67EE7B3E136164BE3F94893D402A27BE59BBF93E7895E3BD2FC96BBDAB02A6BE54209CBE13BC39BC06CF333ED32272BEFCE657BEBA1C88BE6C8D443D08BFCD3D1AAF203E698FEEBD5905753EF05AA4BE3C07EB3D557764BBF615AF3E9AC61FBC59E41A3F076084BDC2E7083DC3A41CBED83D50BE3E69273E9E7DB33DCDE0603E46CB83BEECEDB1BECCB7253F201600BE0D14DABE7E08D23D2FE2943E5E4B873E41B069BE0DE753BE1A2B3DBD1B3680BE0CEB003E747D59BE2A64C1BE717C713E022241BE1402983EC7E03F3EA885A83E0FADD73E68160E3E9448B2BCAC18CC3BFC6DB13EEFC58E3BFF1583BB189F27BE38E73F3E8D34113EF8F261BDC33E073F534BC93EEFB8A4BD20A937BE526E14BFF9F7733E69A9353D458FD8BDCA4B1EBC6CC5E4BD159DB9BC51DC563E94214ABE34BF83BE04BCE03E8E09A8BD5D37273E48DBE6BE90864B3CBAD0B7BD0FCAB6BE99A3063E71563C3E119CC5BDEC0AF7BE848CAABEEB8CF1BD64CD13BE0793E7BE6B93FCBEDCF90CBE0835B53E5F5594BE428904BEEB49DB3EC86DCE3DD0BA11BDF2071B3FF5D46BBE344BB6BC26F32D3D0E038F3E88602EBE159F713E4912ADBE8D64A3BE6CEF0E3D0A9C8DBEC8561DBFF7D4A4BEA6AED3BDBBFC38BE9EE322BD295D90BE911154BEB4B9FC3D6B09D13E4613ADBD9B52DB3C8FF8E63D161A7B3D8BD7EBBD04CAADBD2086A3BD148194BE708D303E303D81BE1B80873E65D2A0BEAEEC153F936FA7BE84349DBE1B15B73B70E0C53EEBB55CBD1360583E0FF4B0BC15260DBDA438EEBCEF70523F443F223E7153CCBD6E374DBE127331BEC34EFB3CCB45F2BD0BB3A1BEAB48B6BDDF24E53D4E4D203FB1B0D2BE1C4F303E66717B3C4294563E7E4CF4BC69E943BD6F82C4BDB54CF93E0355F63E355BE4BD9FB817BE43EA5CBEF5E2E0BE9192593C8F12783EF51C5EBEC29ACA3D8CFC60BE2973433F77A5A93E3F4DDC3EB76C903D323CA3BE6F84A7BD7C1F1A3FB9160D3E8A7C9BBEFFEC793E256FE4BE10DC66BD209CA9BC4B0183BEE3E2E7BA63DC853D74C292BC18628DBDE5D7893E4EFE29BDBD23EABED5AA4E3F636300BF6E318D3EE24EA6BE96DA04BE3BA4D13D9C501CBE309B0D3FE93167BD2EDB3BBE7C170CBF979488BD52F5E93DF6BB83BEC2C2A5BDAFB6123DA76731BEC3BA433DFF01E4BB55D8FA3EABD936BE8B106FBA2AADAC3D0003103DE35F7D3EA14DCC3DE8F890BB92AFC1BDBA23293E7F8FB4BE9F7D7B3E2DE8D53D357DA33E87D86ABE27919BBEB3A448BE571FF53E06962BBEE652EEBE7AA3EEBE61ED49BE03740DBE426887BCC3AE803E872983BFEF4D133FA1D1F03DAFED6B3D905C97BE8F401BBD5A1B4A3D4C38903DF655AC3C98F94BBE820C1EBF342EAC3D9A6B663E2B5B46BECDF534BE8BBEA9BD5CA4833E824B6ABE82BF44BEC5C2B63EBA0787BD1CFB0CBE392F3DBDD35A073FC9276BBEB49CDA3D1385F4BE3D35513ED58A5A3E5AA686BD18B3AB3E3108DDBE493AE03D",
      torch_tensor_32_torch.float32_1: "0x04000000FCD80E3EEAFE7B3D4A5052BE90CD543E20346ABE0D483DBE6AA6883DDE0F303D39DC05BEDF87B23A130E05BEAA9A15BCF73BF4BD77E24BBDCA53133ED08FB13C4D31D43C83DF5A3D62CB413DA53DDC3D224B103DEB64263D5B37A03D312F2CBDC27002BEB2C7113E18CB55BD676D8ABDB017F4BD1F4D633D47F2E1BDC29D02BB",
      torch_tensor_32_torch.float32: "0x0400000099815B3F7134893F9D54973F384F8C3F91BD753FC1D5643F5E59823F86AD633F6A9D563F50C3803F8E3D833F3EED793F6846723F02A2893FB66F683FF981843FCF278F3F4011843F3A46813F9C90753F8AEE663FFA93733F4A1B683FEEF2583F86C16A3FDF42743F79B4883FCC53923F44348A3F07E98B3F5F4F863F9B59853F"
    }
  }
#-}
