// Exported by scripts/export-torch.py (torch-mlir, PyTorch 2.15.0) as linalg-on-tensors IR, unchanged:
// SandwichBlocks: Sandwich-LN (CogView), two blocks and the final norm:
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<2x8x32xbf16>) -> tensor<2x8x32xbf16> {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_1 = arith.constant 0xFF800000 : f32
    %c3_i64 = arith.constant 3 : i64
    %cst_2 = arith.constant 4.467770e-02 : bf16
    %cst_3 = arith.constant 7.968750e-01 : bf16
    %cst_4 = arith.constant 1.000000e+00 : bf16
    %cst_5 = arith.constant 5.000000e-01 : bf16
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_14> : tensor<32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_13> : tensor<32xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_12> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_11> : tensor<32xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_10> : tensor<32xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16> : tensor<64xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_9> : tensor<32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_8> : tensor<32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_7> : tensor<32xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_3> : tensor<32x32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_2> : tensor<32x32xbf16>
    %cst_22 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_23 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_28 = arith.constant 1.000000e-05 : f64
    %cst_29 = arith.constant 3.200000e+01 : f64
    %cst_30 = arith.constant 3.200000e+01 : f32
    %cst_31 = arith.constant 4.000000e+00 : bf16
    %0 = tensor.empty() : tensor<2x8x32xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x8x32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %2 = tensor.empty() : tensor<2x8x32xf64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x8x32xf32>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %184 = arith.extf %in : f32 to f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %4 = tensor.empty() : tensor<2x8x1xf64>
    %5 = linalg.fill ins(%cst : f64) outs(%4 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %7 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.subf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %8 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.mulf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %10 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %12 = tensor.empty() : tensor<2x8x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x8x1xf64>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %184 = arith.truncf %in : f64 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %14 = linalg.fill ins(%cst_0 : f32) outs(%12 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x8x32xf32>) outs(%14 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.addf %in, %out : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.divf %in, %cst_30 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.truncf %cst_28 : f64 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = math.rsqrt %in : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %16 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.subf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %18 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.mulf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %cst_27 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.mulf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %cst_26 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %23 = tensor.empty() : tensor<2x8x32xbf16>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x8x32xf32>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    %collapsed = tensor.collapse_shape %24 [[0, 1], [2]] : tensor<2x8x32xbf16> into tensor<16x32xbf16>
    %25 = tensor.empty() : tensor<32x32xbf16>
    %transposed = linalg.transpose ins(%cst_25 : tensor<32x32xbf16>) outs(%25 : tensor<32x32xbf16>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<32xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_24 : tensor<32xbf16>) outs(%26 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32xf32>
    %28 = tensor.empty() : tensor<16x32xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16x32xbf16>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %30 = tensor.empty() : tensor<32x32xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<32x32xbf16>) outs(%30 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32x32xf32>
    %32 = linalg.fill ins(%cst_0 : f32) outs(%28 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %33 = linalg.matmul ins(%29, %31 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%32 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %34 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%27 : tensor<32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%33, %34 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.addf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %36 = tensor.empty() : tensor<16x32xbf16>
    %37 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%35 : tensor<16x32xf32>) outs(%36 : tensor<16x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<16x32xbf16>
    %expanded = tensor.expand_shape %37 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xbf16> into tensor<2x8x2x16xbf16>
    %38 = tensor.empty() : tensor<2x2x8x16xbf16>
    %transposed_32 = linalg.transpose ins(%expanded : tensor<2x8x2x16xbf16>) outs(%38 : tensor<2x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_33 = linalg.transpose ins(%cst_23 : tensor<32x32xbf16>) outs(%25 : tensor<32x32xbf16>) permutation = [1, 0] 
    %39 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_22 : tensor<32xbf16>) outs(%26 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32xf32>
    %40 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_33 : tensor<32x32xbf16>) outs(%30 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32x32xf32>
    %41 = linalg.matmul ins(%29, %40 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%32 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %42 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %43 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%41, %42 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.addf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %44 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<16x32xf32>) outs(%36 : tensor<16x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<16x32xbf16>
    %expanded_34 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xbf16> into tensor<2x8x2x16xbf16>
    %transposed_35 = linalg.transpose ins(%cst_21 : tensor<32x32xbf16>) outs(%25 : tensor<32x32xbf16>) permutation = [1, 0] 
    %45 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_20 : tensor<32xbf16>) outs(%26 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32xf32>
    %46 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_35 : tensor<32x32xbf16>) outs(%30 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32x32xf32>
    %47 = linalg.matmul ins(%29, %46 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%32 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %48 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %49 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%47, %48 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.addf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%49 : tensor<16x32xf32>) outs(%36 : tensor<16x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<16x32xbf16>
    %expanded_36 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 8, 2, 16] : tensor<16x32xbf16> into tensor<2x8x2x16xbf16>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x8x2x16xbf16>) outs(%38 : tensor<2x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %51 = tensor.empty() : tensor<2x2x16x8xbf16>
    %transposed_38 = linalg.transpose ins(%expanded_34 : tensor<2x8x2x16xbf16>) outs(%51 : tensor<2x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_39 = tensor.collapse_shape %transposed_32 [[0, 1], [2], [3]] : tensor<2x2x8x16xbf16> into tensor<4x8x16xbf16>
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0, 1], [2], [3]] : tensor<2x2x16x8xbf16> into tensor<4x16x8xbf16>
    %52 = tensor.empty() : tensor<4x8x8xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %54 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<4x8x16xbf16>, tensor<4x16x8xbf16>) outs(%53 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %55 = tensor.empty() : tensor<4x8x8xbf16>
    %56 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54 : tensor<4x8x8xf32>) outs(%55 : tensor<4x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<4x8x8xbf16>
    %expanded_41 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 2, 8, 8] : tensor<4x8x8xbf16> into tensor<2x2x8x8xbf16>
    %57 = tensor.empty() : tensor<2x2x8x8xbf16>
    %58 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x2x8x8xbf16>) outs(%57 : tensor<2x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %184 = arith.divf %in, %cst_31 : bf16
      linalg.yield %184 : bf16
    } -> tensor<2x2x8x8xbf16>
    %59 = tensor.empty() : tensor<2x2x8x8xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x2x8x8xbf16>) outs(%59 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<2x2x8x8xf32>
    %61 = tensor.empty() : tensor<2x2x8xi64>
    %62 = linalg.fill ins(%c0_i64 : i64) outs(%61 : tensor<2x2x8xi64>) -> tensor<2x2x8xi64>
    %63 = tensor.empty() : tensor<2x2x8xf32>
    %64 = linalg.fill ins(%cst_1 : f32) outs(%63 : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
    %65:2 = linalg.generic {indexing_maps = [#map6, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%60 : tensor<2x2x8x8xf32>) outs(%64, %62 : tensor<2x2x8xf32>, tensor<2x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_56: i64):
      %184 = linalg.index 3 : index
      %185 = arith.index_cast %184 : index to i64
      %186 = arith.maximumf %in, %out : f32
      %187 = arith.cmpf ogt, %in, %out : f32
      %188 = arith.select %187, %185, %out_56 : i64
      linalg.yield %186, %188 : f32, i64
    } -> (tensor<2x2x8xf32>, tensor<2x2x8xi64>)
    %expanded_42 = tensor.expand_shape %65#0 [[0], [1], [2, 3]] output_shape [2, 2, 8, 1] : tensor<2x2x8xf32> into tensor<2x2x8x1xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_42 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%59 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.subf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x2x8x8xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<2x2x8x8xf32>) outs(%59 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = math.exp %in : f32
      linalg.yield %184 : f32
    } -> tensor<2x2x8x8xf32>
    %68 = tensor.empty() : tensor<2x2x8x1xf32>
    %69 = linalg.fill ins(%cst_0 : f32) outs(%68 : tensor<2x2x8x1xf32>) -> tensor<2x2x8x1xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x2x8x8xf32>) outs(%69 : tensor<2x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.addf %in, %out : f32
      linalg.yield %184 : f32
    } -> tensor<2x2x8x1xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %70 : tensor<2x2x8x8xf32>, tensor<2x2x8x1xf32>) outs(%59 : tensor<2x2x8x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.divf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x2x8x8xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x2x8x8xf32>) outs(%57 : tensor<2x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<2x2x8x8xbf16>
    %collapsed_43 = tensor.collapse_shape %72 [[0, 1], [2], [3]] : tensor<2x2x8x8xbf16> into tensor<4x8x8xbf16>
    %collapsed_44 = tensor.collapse_shape %transposed_37 [[0, 1], [2], [3]] : tensor<2x2x8x16xbf16> into tensor<4x8x16xbf16>
    %73 = tensor.empty() : tensor<4x8x16xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %75 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<4x8x8xbf16>, tensor<4x8x16xbf16>) outs(%74 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %76 = tensor.empty() : tensor<4x8x16xbf16>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<4x8x16xf32>) outs(%76 : tensor<4x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<4x8x16xbf16>
    %expanded_45 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 2, 8, 16] : tensor<4x8x16xbf16> into tensor<2x2x8x16xbf16>
    %78 = tensor.empty() : tensor<2x8x2x16xbf16>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x2x8x16xbf16>) outs(%78 : tensor<2x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0, 1], [2, 3]] : tensor<2x8x2x16xbf16> into tensor<16x32xbf16>
    %transposed_48 = linalg.transpose ins(%cst_19 : tensor<32x32xbf16>) outs(%25 : tensor<32x32xbf16>) permutation = [1, 0] 
    %79 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_18 : tensor<32xbf16>) outs(%26 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_47 : tensor<16x32xbf16>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_48 : tensor<32x32xbf16>) outs(%30 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32x32xf32>
    %82 = linalg.matmul ins(%80, %81 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%32 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %83 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%79 : tensor<32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %84 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%82, %83 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.addf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %85 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%84 : tensor<16x32xf32>) outs(%36 : tensor<16x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<16x32xbf16>
    %expanded_49 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xbf16> into tensor<2x8x32xbf16>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x8x32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x8x32xf32>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %184 = arith.extf %in : f32 to f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %88 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %90 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %89 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.subf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %91 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %90 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.mulf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %92 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %93 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %94 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x8x1xf64>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %184 = arith.truncf %in : f64 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<2x8x32xf32>) outs(%14 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.addf %in, %out : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.divf %in, %cst_30 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.truncf %cst_28 : f64 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x1xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = math.rsqrt %in : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %96 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.subf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %98 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.mulf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %cst_17 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.mulf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %cst_16 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x8x32xf32>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    %104 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %103 : tensor<2x8x32xbf16>, tensor<2x8x32xbf16>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: bf16, %in_56: bf16, %out: bf16):
      %184 = arith.addf %in, %in_56 : bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    %105 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x8x32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x8x32xf32>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %184 = arith.extf %in : f32 to f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %107 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %108 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %109 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %108 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.subf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %110 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.mulf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %111 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %112 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %113 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x8x1xf64>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %184 = arith.truncf %in : f64 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x8x32xf32>) outs(%14 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.addf %in, %out : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.divf %in, %cst_30 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %116 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.truncf %cst_28 : f64 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x1xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = math.rsqrt %in : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %118 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %115 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.subf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %117 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.mulf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %cst_15 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.mulf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %cst_14 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x8x32xf32>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    %collapsed_50 = tensor.collapse_shape %122 [[0, 1], [2]] : tensor<2x8x32xbf16> into tensor<16x32xbf16>
    %123 = tensor.empty() : tensor<32x64xbf16>
    %transposed_51 = linalg.transpose ins(%cst_13 : tensor<64x32xbf16>) outs(%123 : tensor<32x64xbf16>) permutation = [1, 0] 
    %124 = tensor.empty() : tensor<64xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_12 : tensor<64xbf16>) outs(%124 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<64xf32>
    %126 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_50 : tensor<16x32xbf16>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %127 = tensor.empty() : tensor<32x64xf32>
    %128 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_51 : tensor<32x64xbf16>) outs(%127 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32x64xf32>
    %129 = tensor.empty() : tensor<16x64xf32>
    %130 = linalg.fill ins(%cst_0 : f32) outs(%129 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %131 = linalg.matmul ins(%126, %128 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%130 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%125 : tensor<64xf32>) outs(%129 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%131, %132 : tensor<16x64xf32>, tensor<16x64xf32>) outs(%129 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.addf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<16x64xf32>
    %134 = tensor.empty() : tensor<16x64xbf16>
    %135 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%133 : tensor<16x64xf32>) outs(%134 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<16x64xbf16>
    %expanded_52 = tensor.expand_shape %135 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %136 = tensor.empty() : tensor<2x8x64xbf16>
    %137 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x8x64xbf16>) outs(%136 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %184 = math.fpowi %in, %c3_i64 : bf16, i64
      %185 = arith.mulf %184, %cst_2 : bf16
      %186 = arith.addf %in, %185 : bf16
      %187 = arith.mulf %186, %cst_3 : bf16
      %188 = math.tanh %187 : bf16
      %189 = arith.addf %188, %cst_4 : bf16
      %190 = arith.mulf %189, %cst_5 : bf16
      %191 = arith.mulf %in, %190 : bf16
      linalg.yield %191 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_53 = tensor.collapse_shape %137 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %138 = tensor.empty() : tensor<64x32xbf16>
    %transposed_54 = linalg.transpose ins(%cst_11 : tensor<32x64xbf16>) outs(%138 : tensor<64x32xbf16>) permutation = [1, 0] 
    %139 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_10 : tensor<32xbf16>) outs(%26 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<32xf32>
    %140 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_53 : tensor<16x64xbf16>) outs(%129 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<16x64xf32>
    %141 = tensor.empty() : tensor<64x32xf32>
    %142 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_54 : tensor<64x32xbf16>) outs(%141 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<64x32xf32>
    %143 = linalg.matmul ins(%140, %142 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%32 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %144 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%139 : tensor<32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %145 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%143, %144 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%28 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.addf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<16x32xf32>
    %146 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%145 : tensor<16x32xf32>) outs(%36 : tensor<16x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<16x32xbf16>
    %expanded_55 = tensor.expand_shape %146 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xbf16> into tensor<2x8x32xbf16>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<2x8x32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x8x32xf32>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %184 = arith.extf %in : f32 to f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %149 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %151 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %150 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.subf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %152 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %151 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.mulf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %153 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %154 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %155 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x8x1xf64>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %184 = arith.truncf %in : f64 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %156 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%147 : tensor<2x8x32xf32>) outs(%14 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.addf %in, %out : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.divf %in, %cst_30 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %158 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.truncf %cst_28 : f64 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x1xf32>
    %159 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = math.rsqrt %in : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %160 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %157 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.subf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %161 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %159 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.mulf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %162 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %cst_9 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.mulf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %163 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %cst_8 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %164 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x8x32xf32>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    %165 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %164 : tensor<2x8x32xbf16>, tensor<2x8x32xbf16>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: bf16, %in_56: bf16, %out: bf16):
      %184 = arith.addf %in, %in_56 : bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    %166 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x8x32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %184 = arith.extf %in : bf16 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %167 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x8x32xf32>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %184 = arith.extf %in : f32 to f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %168 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%167 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %169 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %170 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %169 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.subf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %171 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170, %170 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%2 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %184 = arith.mulf %in, %in_56 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x32xf64>
    %172 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%171 : tensor<2x8x32xf64>) outs(%5 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.addf %in, %out : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %173 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x8x1xf64>) outs(%4 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %184 = arith.divf %in, %cst_29 : f64
      linalg.yield %184 : f64
    } -> tensor<2x8x1xf64>
    %174 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<2x8x1xf64>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %184 = arith.truncf %in : f64 to f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %175 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%166 : tensor<2x8x32xf32>) outs(%14 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.addf %in, %out : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %176 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.divf %in, %cst_30 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = arith.truncf %cst_28 : f64 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x1xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<2x8x1xf32>) outs(%12 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %184 = math.rsqrt %in : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x1xf32>
    %179 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %176 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.subf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %180 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179, %178 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %184 = arith.mulf %in, %in_56 : f32
      linalg.yield %184 : f32
    } -> tensor<2x8x32xf32>
    %181 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %cst_7 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.mulf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %182 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %cst_6 : tensor<2x8x32xf32>, tensor<32xbf16>) outs(%0 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_56: bf16, %out: f32):
      %184 = arith.extf %in_56 : bf16 to f32
      %185 = arith.addf %in, %184 : f32
      linalg.yield %185 : f32
    } -> tensor<2x8x32xf32>
    %183 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x8x32xf32>) outs(%23 : tensor<2x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %184 = arith.truncf %in : f32 to bf16
      linalg.yield %184 : bf16
    } -> tensor<2x8x32xbf16>
    return %183 : tensor<2x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_14: "0x02000000173EBF3D163EFABDD2BC813B723D7D3D1F3C5D3E953C90BD24BD01BE19BED73D123E223EA5BDB439A4BD8BBD15BD3A3EF8BC7BBE81BC8B3B4CBD3B3D4D3EC73D",
      torch_tensor_32_torch.bfloat16_13: "0x020000008A3F4D3F603F7A3F7D3F653F8E3F863F833F733F733F7A3F4C3F4F3F7A3FA03F7F3F653F7E3F853F743F863F773F8A3F913F623F863F6C3F803F893F883F983F",
      torch_tensor_32_torch.bfloat16_12: "0x020000003BBCC8BDACBD61BD36BC0B3D1EBE00BC80BDDABD1C3E9DBC26BE95BD03BEC7BD133EC23D5F3D11BDE3BD293E963B04BEA2BC44BEABBC973D1EBD9BBD4F3CC23D",
      torch_tensor_32_torch.bfloat16_11: "0x02000000733F843FA23F583F8B3F823F613F8A3F7F3F883F7C3F6E3F8A3F723F8A3F8E3F873F8B3F893F823F5F3F8E3F873F8C3F813F6F3F833F873F8C3F823F833F8A3F",
      torch_tensor_32_torch.bfloat16_10: "0x020000002A3D023D8E3DF93DD53D833D27BCC53DCB3D42BED23C00BE503D07BEAA3C3C3DF8BD743A153E86BC6BBD8ABD8BBDAD3DC0BC20BDAE3C873EC0BD38BC453EC23D",
      torch_tensor_32_64_torch.bfloat16: "0x020000000CBEA13D863E44BE92BE81BE213D913D64BE7D3E303D7F3D3E3C3BBE5DBED23E94BE39BDCB3DE5BD3BBFF53CE93EA6BE92BC4D3E8BBE74BDF83EB7BBA63D3D3E8D3DABBE0D3E0C3CBCBDFEBE823EAE3EC6B9ECBE1EBEC3BE853C143E213E7D3EC4BE7CBEA43EC7BD33BBD7BDF8BE5CBD9CBEAEBE4E3E28BF9F3B163FD73D06BEAA3DA63CABBE983D853E7EBE9EBEB53D01BF583D133EEB3CA7BE36BEBFBDB9BDC1BE163F5CBDDB3D923D85BD7BBD4A3EA0BD16BC153E9D3E533EE23EEB3C4FBEB03D25BE6DBE48BDA73E2E3E023F2B3FAA3E22BE883EB03D01BE88BDF2BEBC3DC5BE30BCB4BDCFBD8CBEB1BD08BE95BC14BE023FF6BE143EC93E83BEB4BE95BE483E6C3E78BE9A3D483C32BE463ED2BECBBE3DBD3D3EFD3ED13CF9BE093FE5BD90BE28BEA4BEDA3DC83EED3E8F3E2E3D173E0D3D8DBE45BE963D37BE9BBA913EDB3E863D2D3EA23E8BBE81BE55BE9BBD91BED43E373D3ABEE0BD1BBF09BE973ED53ED6BE7ABDFCBE883DD8BEC23EDE3DB8BD5F3EB63E8BBD11BE3ABD103FA2BEDDBE14BE95BDBCBED03EA7BE1FBFFABDB73DBEBDC53EAF3D3B3DC0B9AABD983D3CBD93BD1BBE4FBF003F25BF23BF0EBFAABAF2BE4D3E2F3D233F873E10BE9B3EA1BD27BEA7BEF53D813E203EBDBDC33EF53CBC3E11BC623EDFBA483E08BF2B3E433DD13C473EBB3D383EF8BD923EC0BD23BE063DD93D8B3DE13D8CBEACBE67BECDBD733EA0BE923E5CBDC43E243E6CBEBA3E21BFA03DE03E693EDF3D90BE20BF1B3ED7BDCEBDAFBDCBBE2C3AF1BDAF3DF33C3B3E04BF17BFC53E0D3F81BE41BF9FBE883D233E0BBE743D4ABDF43ED6BCBBBEB9BEC73EAFBC0DBDF1BDAABEA4BE44BDAF3D923E77BCE9BE9A3E8F3E563F213E90BD083EFF3D9FBD03BFF93E0C3EC53D91BEA23EF5BE083F47BF03BFCEBCAB3994BED23E15BF8EBEDABED03E723DF1BD07BF8A3E9A3ED03EA6BE2BBD403E3EBEC2BE643D0E3F0EBEF73D193F5D3E1E3CB4BD293EE0BE41BF263F64BEDEBCB4BE003E593EDFBEF13E05BE3EBEC4BDCEBE5ABEB7BCDA3D5ABDEFBC1C3EB2BE1ABEC7BE633DA2BEE0BE41BE283F203E9B3E9CBEEFBD85BE34BE45BE253FE43EA5BE25BE68BE323ED63EF13D813FD63D9C3ECC3E61BE5ABF88BE1D3ECB3E913EF5BDC73ED23E923E393EB9BEA83CDF3EF83DC9BE82BC6D3E79BEDD3B543ED13D10BE89BE1DBE9C3E563ED23E903EB33E6FBE84BE8A3EDEBDD03D8DBDAB3E9C3D30BEB7BEB8BDCD3D13BECF3E1DBE483DE63DC7BD3C3E33BDB8BE0D3FF4BE80BE8B3E8ABD173EE43EA53EBA3DF53EE6BD3B3CC33D773E623E53BE27BE41BE1DBE8E3E553E8B3E233DF2BDE13D35BEAD3ECF3EF9BEEFBD3C3E4BBD76BE13BDACBEF33DAD3EBDBE1EBF2EBF8ABE183F57BD723EA0BE063E823ECCBEDBBC75BD8A3E92BE903E093F36BE833E41BD1FBE67BD8FBE9E3E013F5DBEA9BE2A3D7A3EAA3D963EE0BD343E77BE01BF62BF3D3E47BE583E2DBEA8BD2D3D2D3FF43E9CBE2EBFB9BE1EBE983DC1BEA6BC063FAB3E873E343E963EAE3EA53E0EBD663F493EBE3D0E3D053FB53E20BE67BE6B3ECCBD163B7EBE49BEA03E373E04BE063E913D903EA0BE06BEEB3E033E983EE3BE83BE4CBB453D9BBD6EBD85BE4A3EF03D833D3F3E91BE67BE3ABED33D913E8CBDFC3EC0BD483E11BEDEBD4B3D543DA4BE173E4EBD82BE11BF97BE3B3C4D3F393CE43E233E8FBE253D0ABF5A3EAF3D863E9C3E8ABE4A3EB83EF53DA1BD453D44BFCD3EA4BEB63EBA3E0F3CE03E7A3E993E253FB83EE03E013CB3BE663D12BE873EB63D44BE2E3E263D01BF1A3C8FBE873EA93EAFBE52BE173ECFBE4EBEACBE8D3DFBBDE1BEFDBD0ABFA7BEC0BDCEBD533D64BD563EF93DDABCB43D9BBDC6BEF2BD433E84BB7BBE83BD22BEA53E3DBD3F3FECBE0CBF07BE6CBDE03DE83DB4BEAF3E4ABEFEBC30BFBABD8A3D1A3FF8BCDE3C243D64BEB43ECDBB823ED5BED4BDD13EB73D133E51BD89BD5E3E06BE9A3D0ABFAFBD053F02BF19BE213E543D10BD71BE863E60BECBBEADBCFE3D713EE43C043C85BEADBEEDBC35BEB13E07BDD2BEE33E2A3F43BE2CBE823E6F3E8A3EB33E5DBE493D933EB53E2C3E49BDFABEC83E1C3FE3BD40BD32BEF73D89BE95BE1BBE3A3EB2BE8A3EF7BE8CBE43BE71BD373D0BBF2E3EDF3D56BEB33E9CBEC83EE8BE02BE713D43BF25BF03BE2EBE7CBED3BED33E63BE1BBDF1BD41BF21BE2F3E5BBFAABE9D3D6F3DC13E373E2A3E1EBE15BF3F3E273FEEBE72BEAD3E323FCB3E2F3E663E2B3F38BE12BE3D3E31BE363E8BBE203FEFBC7F3E4ABDD4BD1ABD28BEEE3D883E8D3EE5BE3A3E553EF1BC20BE1D3ED43DF1BD643E36BD5F3B463E0CBDA83E89BEF23E643EE73EFABD2FBE0A3E963ED03E3BBEBFBEA1BD8DBEF03E823E4A3E913EB8BE0C3D79BE24BE493CA33D6B3EFA3EAB3DA0BEDE3E85BEB93E523E223C52BE3ABFAB3D7F3EF03E97BE81BE823E93BEFC3D45BE853EBC3D7ABD4E3E873DAFBE8FBE703E43BE31BE3E3FD0BCECBE693EEB3DF13C2B3EFBBD79BDE93CFC3E463E10BF09BEA03DB83EA83C503CE1BD083EAD3E17BEB73E0EBE18BD73BDD73E05BE03BE60BE7BBD5CBDA83E17BD643D263D753EB53D443EF4BED1BD523E213EF9BE943D8B3D9A3C42BDABBEFCBE033F01BEC0BD46BEB8BE3A3D833DB23EC2BE07BE4FBC433EBB3EA4BE87BD233E183EE7BE79BE74BD0C3D30BEC23EB8BEDC3E9E3D9A3EC33B09BF3ABE00BF103ED8BEFABD15BDB83DD2BE133E15BECE3E5C3D2FBFC93EDC3D4A3DD13E13BF3FBD90BD013D273D5B3EAABD8B3D093F2EBED7BE043E5CBEBDBB22BE21BEDE3E053E683E7FBE87BE083DC6BEC33E73BE29BE01BFA7BE03BFF7BEEBBEFB3D95BD023EF73CEDBEEE3ECB3B3F3E86BD56BE923E5F3E9ABEEFBDA4BE1A3FD5BEFF3EF8BE693E54BEB6BDD9BDA7BDD8BD2B3F433D313DA33E0FBF193E003E12BE743ED5BE673EAC3E073ED23E72BE543E143D443E303CD13D23BF023E873DDABDCEBE6D3E25BF35BE1FBBB4BE913EED3ED43C473D5FBE0BBD73BDD53DB1BEC83E31BE86BD8D3EB83EB23DB7BDBE3EC4BDCB3D933E173E5E3ECCBB66BEC33E4C3DA5BDC4BE4A3C443E9ABE233F133F953EBF3E343EC43EBF3DB83D40BE07BEA3BEEEBE2BBE8F3D07BE92BD453EF1BD7E3D23BF523E313E52BEB7BD5B3E28BD8EBE41BDC53D2DBE34BC573E413E10BEA7BEE6BDCABDA0BE91BE42BEC4BDBD3E9BBE6CBDDBBDD2BEAFBE77BE9F3E6A3F83BE8C3E88BE573C103D87BEF3BE97BACA3E08BE78BE893D853E8A3D72BD8D3E213E30BDBC3EF6BDBE3E013E1C3F5BBDF23E5B3F6CBE16BFC1BD6CBEC5BD903EB53E22BEC03EBDBE5D3CACBEAA3A40BED43D833D03BECE3E9E3E473E493E453AFC3E8E3E14BDD03D723E5C3ED6BD5B3EC4BEB33EF93E2D3DC0BEFFBD32BECA3D1ABEC53B44BF87BEAE3EF6BD243F28BFB03EA83E18BE223F123F20BF97BD903D07BE073F973DB3BDDA3E30BD89BE9F3D90BDC43D9CBBD73C17BEE43BC2BE513C513E17BEA13E2C3FA9BE763FE53EF5BE303D5F3E213EEF3D2E3DD7BD19BFBB3E2DBECBBD743EE93E9C3E15BEAF3E383EA6BDFF3D73BCD93D27BEC63DB73EA9BB773E5BBEDB3E1E3FA4BE0BBF183D913E4F3E88BEB9BD973E7A3E313E123EDDBD87BE133E48BE85BDF73D2B3F823ED43DF6BE71BE923DA0BEDF3CD2BEA6BE2ABEED3E9A3E74BE6A3F60BC8BBC9F3E533E953DA4BE35BE303FDEBE263E82BE84BE873E90BD4DBD8D3EF6BE12BEA2BE503E413E0ABE633E07BF093E49BE583E4ABB223F16BB4B3F173EAD3D58BD3B3EC03E33BDE03DBCBECFBE0B3E993DA4BE52BE033D133E313D32BD8BBECFBEBD3E443D42BE1DBE9E3E02BF3E3E5E3D773E943EED3EC3BEA93D5C3EE23EA0BE953C1FBF8EBE9DBE55BEA8BECA3E823E04BD773E84BB5B3CC53D2E3E503EE1BD80BE303E41BDF63C053FAB3EEB3E1B3D7FBE84BE6FBF793E373A2ABE803D92BE223E06BFA53C143ED33E3BBE41BC3C3D1B3FCEBEAE3ED53E5B3E04BFEABEDDBDB73E88BE2CBE813E78BEEEBD64BE14BE533E38BE51BDEC3E85BEDCBCF73D10BFF93C23BD2FBDCB3E1D3F65BEE7BE833D31BD03BEF33D44BE53BEE03DDF3ECABE473EFCBE6C3EC5BD0ABFAD3E94BEA53D683ED03E0CBE46BEB43E8BBEB53EB6BE1FBF1BBE1E3E163D113DCE3E44BFBC3D823E33BD483E153F163BFABE923DB93E913D8C3EEFBE903E47BE993D553ED43EB13E513DD8BE823EBABD0ABD2DBE10BF993EB33E5D3E703E8CBE8E3EC0BEEA3D4EBEAE3DF63D0C3DC43EBDBDE73DA23D05BE64BE09BEBDBE67BEDEBD303E1A3F2BBFA03E5C3E6F3FB9BE1EBE8BBE0C3F7B3E18BE35BF0D3E01BFEFBD713DCCBE9D3E2BBFFFBEABBE463ECABE65BE83BB403FD43ECBBE863E28BF9ABDC73D383E6BBE60BE823E25BEE6BEF53EDF3D103EAE3D583FE33E9A3EB73E013F83BE6FBD0FBDE8BE61BEFF3DB53E2DBFAABEEABE333F34BED03EBABCC33D3B3D7BBE31BED83E53BE21BFC13DD23DEB3EE53E1A3E08BE043EB43EA53ED8BEA7BC01BE073FDBBE34BEFBBB8EBCEBBEDABD86BD2FBE9B3EDDBD51BD2DBF2EBE70BDCF3E3DBF293ED8BEA13C423ED8BED1BD56BE7ABE6EBE623ED43D713E923E493E3FBEEBBD4EBD8C3E96BEF3BE8BBEB63D1ABEB7BEF83C81BE793E16BE8B3EE6BECDBE3CBED23EA2BD983D37BE50BEF33E173EF4BEC33E1FBECBBE22BF91BDA7BD943E00BE093ED73A68BD973E233E57BED5BD503E24BD1C3EF03B39BECCBE87BE6A3E1A3DB63E87BC523E06BE8CBD3A3F713EAA3E15BEA2BE833D613E6C3E223E783E0E3FB63D88BEA8BDC7BE14BE10BEE6BE483D99BE603D9D3C923DE83EBF3ED9BEA83E11BF233DA33E71BE70BE17BFFF3CF7BE8FBD07BE62BD593E623D5F3D05BEBEBD8B3D33BF13BE303E063EF6BD9FBD0B3E073C15BE1B3F94BE3BBE043F6B3E23BE473E09BF8EBEFB3EFDBEC13D29BE3D3E5A3E0FBE45BEAD3EAF3D0DBEA7BCE23EB9BD2C3FC9BE4BBE6FBDAA3DE2BD0FBE6B3EF4BD0EBE143CF2BED83E2E3EADBDC8BDA33EAFBEA8BD98BD48BDB0BE0A3FC7BED7BD6E3EC33DA73CD03E92BDA93E14BE983E433D5C3F643EA03EEA3C96BD11BE213EDFBE0BBEC9BE7BBE3B3E843E5A3E08BE803D9D3B1DBD023E1EBEBCBE2FBD4D3E02BE043EAEBE223E973B50BF823D2BBE9D3D9B3E90BD4BBD1CBFFA3D533EC6BACCBE9ABD33BF9F3E09BE5CBE1CBE173F033EA2BE043FE23EEDBB70BEA6BEA5BDDBBE823D823E723DE63D60BFA5BD67BE073EE93E4F3EFD3E9B3DB53E53BE9CBE103B7DBE573EFF3DDF3D713DEABEDEBE093F113E39BECFBE3B3EDC3C5D3CDEBEBBBEDBBE633E6E3DCCBE03BCB43E7DBF3A3E7ABB64BDD1BE9CBCB4BE1FBE9F3D81BE773EB23EF8BE55BEB13D0C3E323E18BDA8BE5FBE313C933DB13D93BE943EDE3E25BFDCBECB3EE03EDABE3C3EB13ED9BE563D05BE04BEA0BD053D033ED53EE039CD3E983E553ED4BE43BE54BE6A3EEC3E3D3D033E8B3E0ABDB5BE103F6DBE2CBF64BEBB3EA7BEA83DD6BE283E203E1F3E52BEE13C80BE873D31BE8BBC92BE39BEDB3D1EBE5EBE3C3EB13DA4BDAFBEC23D1D3E10BF25BEF73D1CBE123DBD3DA73E8D3E2B3E18BDB5BEE53D083F4B3DAF3E30BD58BD9B3EA9BD36BF1CBEAD3C08BC2B3F7BBDF43B20BF823CD33D3EBE813E633EE73DCDBCA53DAABEC03D08BECFBEFD3D5BBE42BE27BF103E993E8EBE14BF363E5FBD3DBE34BE0F3E86BE44BE243FC53DE93D663EDEBE723A52BE",
      torch_tensor_64_torch.bfloat16: "0x0200000037BBCD3DA43BB4BDA8BDA73C63BE09BE053D48BC3DBBC2BCF93C94BC89BD3ABD163D523D2F3EE5BD7ABDF5BD023EDF3DD2BD0CBE913C54BEFDBA2FBC643DDDBD13BE1C3DA53D52BE043DEE3C873CE4BD223D7F3B553E463D3CBAB5BD39BBBFBCB1BC12BEAEBDDB3D9E3E6E3DEABDB93C1A3DB53D53BD9CBD05BD12BD10BD9DBC",
      torch_tensor_64_32_torch.bfloat16: "0x02000000293F38BD86BE883E2D3E823E54BD3DBE3EBE98BDE63DABBEECBD0EBEE73DBEBE343EC8BE133F513E1DBD7ABD863D69BEC3BE0A3E3EBE153E2C3EEEBED13E9B3C4F3E293D403D9A3DF0BDC73E3BBE66BE603E14BFA43D1C3E6B3D3E3C943EB7BD883EAEBE203A1EBEC23EADBBA13E19BFE4BEE23D503F883E873E41BE87BD7E3E4E3EAE3ED8BD9B3E10BE0BBD0BBE833A1CBD74BF71BE2DBCE2BD273FBF3EB5BC073ED6BE47BE5E3E02BD5CBE393EA73D2BBEC0BEAC3D1F3F9B3E14BFE0BDDA3E1E3B363EACBE343E7CBE543E383E32BF6D3EA63D1FBE2F3EC03E213E653E4EBEC6BE893E2EBCEBBDC53CF5BE813E43BE94BEE1BD6CBD82BDAC3E143E16BEDFBE3ABE473E03BF90BC833E923E03BE9B3E903C1CBFB5BC5A3E8ABEB0BEE83EBF3D53BEBCBD4D3ECABD1EBEDB3EA53E2E3EDCBD0BBE77BE2E3DE03CBF3D193D8B3EDEBE443E773EC13E9ABC263E823E40BE893EEC3EC2BEB3BEA13E9BBD09BF6ABE6F3E0E3E713EEABE24BE883E6FBD9F3E0B3AEA3D9FBE12BEBA3D0E3F0B3F35BE613EA6BEFB3E143EE6BDCBBE063E0EBFE1BE3FBEC23E15BE7A3E5D3E9BBDE93E403F32BE2E3D893E9FBC28BE4ABDBDBE9E3E8EBE49BE03BE9D3D04BFFABE1F3EC43D0D3F82BE5A3EEA3ECE3DECBB943EBABEA1BC8D3E39BE4EBDB7BE8ABE1E3E9C3DD23C1C3FE1BDEB3D9DBDC13D88BD663E7F3E23BFC23EF2BC893D853D193E76BE083E28BDAD3E113E8CBE5BBE473EEC3CE93D893D03BE0CBD90BD45BE91BD373F21BE433E94BD71BCA0BE743BAD3EE1BE33BEB1BE97BE33BE26BF24BF0BBEC7BEB93CE8BE3F3F253FD4BE393E1FBF81BE413E5C3D5DBF2D3EBA3E3EBE3B3FCEBB90BEAD3E933D5F3EB1BEA63EA9BE81BE583D93BE04BEA33E793E8CBEDD3D563E1E3E3B3E74BE7ABE21BF1EBD953E3ABE9A3E6F3EF43DAABE813EC73EDE3EAEBE1C3FB83EC8BE6ABE01BF14BE6ABCF8BD28BC62BD393F5B3D143FF9BD243F643E0B3EEC3E7FBD903EB9BC9E3DB9BD473E143E933E22BF853EB1BE0ABE973A2CBEF8BEA53D0DBFC4BE0DBFA7BCE93EC33E84BE3BBDDABE5BBF1D3F833E98BE04BDC43EEFBD8F3ECD3C483E43BEB5BEB7BDE73D9D3E293D1DBD513DAE3D2E3E25BE13BFE8BE023F0EBF59BEA53EDD3E113E1B3E0EBEEB3C453EAB3DBF3EF8BE52BD063E4E3E54BEE13E8E3E84BD923DBD3D5E3EFD3EAB3E20BE72BE41BD193E42BEACBC883E2D3E563E5E3EE4BE9ABE843D683F8F3EB03E273C71BD62BE11BEE23EC0BE69BEDB3EB73E403DA73E5A3DDA3EAA3E61BEAEBE393C1D3C103F493EDFBE7E3E90BEC43ED2BE153ED93EBBBE52BF7C3E073F48BEAD3E2D3E623E8A3E55BE463ECFBEF3BCE1BDA33E3F3FECBCE13E4F3EDCBEF2BEAA3D223EA3BD0CBF34BCDDBD98BE383FF03DBD3E8DBEDDBC87BCB2BEA3BC93BEFEBE563E453D213E9F3C22BEAF3EF53EDA3EE53D43BD333EAFBEAFBE36BE843EC93EB33E83BE16BE6B3B903D81BDE9BD04BFA93DC53E9ABEAABED03DC8BE23BC55BE063E8ABD443E44BE75BE89BE3E3FB7BEB0BE8DBE703D98BD1CBEA23D363FF8BEAF3D4EBFB2BE1ABDD83DAF3EE8BD2E3F813D4A3EA8BE19BFD3BE053E5FBECB3EA8BDCE3D51BE633E923EE43E14BF66BEF9BD9EBE33BFA83EBEBD3EBEC4BBC7BEC83E5B3FCCBE95BD14BDB3BE82BE2ABE23BE5DBEA93E6C3ED83EA33EEFBEB0BC243E63BEA83E6EBD053F36BF5EBE01BF153FB9BE9E3E903C893D1E3E893E423DA3BD163F563E433EB7BE023DBB3E1A3E04BD40BF3C3E393F983D3CBE95BBA13EE33E233EE63DA8BE193F38BFD53E953D6BBE233F90BE15BD17BE3B3EDCBE9C3E2DBC68BC8FBADD3DF03D673EE03EF93EF1BDD73E183F1BBEC9BE453D8E3EB4BE92BEAD3E92BEB4BEA23D173EF03D4ABE553C8DBED9BDEA3D57BD53BEFF3C36BEA93E3E3E9A3E10BE87BDFF3C8DBC573E643DD6BEB9BD363E54BE70BB84BE623E86BD0D3E4DBE33BE3ABF42BEF6BE213F9E3D1F3F62BEB73D9CBE4DBC893E723EBEBEB23DFABE653EBB3E69BE4DBE3C3DA3BD42BEE1BE0CBE6D3D4B3E6DBD833E57BD8C3D81BE77BD983D94BED53EB9BE1A3F17BE1D3F513EB0BD1DBECB3E1A3F5DBEAC3EB73C533FA33E82BE67BDE93EBB3ECD3BA5BE63BE9A3EA6BE723E16BF0DBF09BEB53EE6BE1C3D0A3FF3BEC1BD0D3E45BEF0BDF13E95BE2CBEF73DB53D093E8BBE67BDA43E653D423ECDBDEB3DFABE3E3D0CBEB3BEDA3DA0BE623E343ECE3DFA3D17BE8B3E193D073EE83DB83E04BF143F5B3E06BF17BEF53D94BE27BDF03E87BE0EBD453E9EBEB83DBE3E513F203EDD3EF03EC03E3BBE293FE43E39BDD83DF13D8BBE033F35BE0FBF343ECBBC8F3EC43E82BD1D3EBF3E55BEA1BE8C3E193E023E5B3B963D97BE4DBD76BE4D3D0E3EBEBE9DBE37BE4EBD39BED6BE883ECFBD72BE1E3EA6BE073F8D3DB2BD41BE1DBDB33D843E5F3E05BF1A3F2D3FBBBD943ECE3E403E07BF05BE143E0F3F01BDB3BEB03CD7BD60BE40BE93BE5CBB56BDA43C723E033E94BDD73A84BDEF3EC13E1D3F663ECDBE61BDB4BD0BBEB43E933EE2BE09BFD83E13BEF73DE9BD89BE0FBC2BBECDBD82BE1BBEF7BDC5BD643DC0BEA4BEE4BE943E853CFDBD053F52BEC13D483E283E03BB223B713ECABE31BE54BE1A3E05BF443FF63C7ABE21BEB03E6EBE8CBD4EBE0ABD44BE8B3D0BBD883E05BF31BECF3E1E3E60BD13BFC43DEA3D17BE653D97BEADBD213F0D3E513EE0BE4B3E3C3D31BEA9BD93BEF4BD3B3E893E75BE16BF2D3EA43E1BBCC53DE33EE0BC9BBD90BE003ED5BE933B77BEDB3DC53E99BC65BEE7BE923BB4BED53E10BF26BE083F9D3D0F3EF0BE4B3E723E553EB3BE2F3DDCBD21BFA9BD823EAE3E1C3E883E08BFC83E1B3F373FD3BD5FBE03BE3A3EDDBBDE3E8C3D8ABDD6BEB1BE153D0B3EA13E21BF74BC38BD93BF223F4E3BD1BD363E60BE703D32BFDFBDAC3DAC3E293EF83D333EF23D393F1EBEB1BE66BDD73EAFBEA6BE0ABFA8BEE03CACBC2ABE4D3E74BEADBD293DBD3ED9BC93BEA0BC9ABEC7BDB23EC0BE5E3E693EAB3E323EB33EAF3D7ABE2EBDB1BD58BE0A3EB53DFCBEE83D183F933EECBE603E593D913E17BE0D3E7ABE27BEDC3ED6BEC2BEEF3DBCBB883DEDBDA9BE37BEE1BE593E9FBE06BDCB3DC7BD91BD18BF9D3E85BE983DCBBEA73E4DBD1E3FF03E673ED1BD69BEFA3E97BE0E3F063EB7BBB8BE1E3F04BF43BDDFBE283FCE3BAF3EDBBE693E2EBEDEBD093DC83E56BE503ED2BEB93EC9BD1C3E2BBE883E723E763E21BE39BDB43E8B3D48BEB7BD4A3CC5BDB53E95BE803E353EABBD4A3E2CBEA8BDF63EA6BEF2BE95BD0FBD38BFF0BE29BE233E1A3E593F53BC8FBC223E8CBD94BE263E81BD583ED1BEC33D543EBFBE8B3EB63D99BE87BEA43E19BD163E473E7C3E743E07BE89BC36BF80BD65BE843E11BE713D2F3EF4BD24BE083DF43EA33E3DBE77BE9CBEE1BE83BE92BEA3BD01BF98BC183E1D3E37BEF53EC3BD80BE25BEB63EC13D9F3ED9BD073F86BE8DBEE43E8C3EC73E2EBE543E0A3FEABEA23EEABE223D71BD023E50BF11BEA2BEBE3E8D3D193E033D113F673E04BFFFBC0B3EBB3CA6BE04BE313E03BEC73E50BEE63EAC3EC23C82BE63BEAEBC8E3EC93D8BBE363FB63D163EF33D04BF2FBE6C3E373E213EC33DE3BE7CBE8CBEF8BD003ECE3DC1BEF93EEEBD5BBE0B3F9DBE513E81BE523D89BE36BE54BE8B3EA2BD893E3C3EE53EF53E0D3E633FF7BEE03DA5BD2EBFCDBBEEBE8DBED53E12BE673F1F3E75BEA93D21BC28BD09BF053D493DA2BEDEBBD9BE033FE0BED83E54BDD43BAFBECE3E873DC23BB43E373E4C3EA43D51BD22BC41BE93BEFABEB1BEFA3D50BEFD3EDEBEEC3D23BE00BF10BEC7BE7F3D2ABE873ECEBEECBDFE3DEB3EFBBCA73C4C3E8FBC3B3E23BD9DBD99BCBF3DEE3D163F473ED93C923EA03E0A3E0FBD9ABE2BBE49BE403ED7BD8C3E7A3E3B3DEA3D3C3FB9BECFBED93D4ABD213EB03D023E863E3D3ECD3DA33E8F3D49BE31BF183DFBBCE03E8EBE3C3FB7BDE63E9EBE243E183EB23E1ABE2ABF7BBE03BE91B9A43D10BF843EA6BEFB3C3F3E41BE0BBED2BD903E9F3E893DDD3E91BE1BBE1BBE363D9CBE0C3D423E11BF0EBFDE3D73BEDBBEC2BE2F3E3DBEEB3E4FBEA63E17BE6E3EE4BE4A3EEEBE3BBE433E663DE9BE0F3C473EA8BE1FBE093E053E193F18BEA2BE413DC4BE123C023F1DBE6ABE1E3E6ABEC63E8CBCB7BE333E79BE18BF7EBD8DBDE4BD063E09BEC63EDDBBB63E883E3B3E733EA1BD5E3D2F3C3A3D1EBE533EFA3D24BC05BECE3E173FBE3C453D1CBDCB3D313F9FBEFDBD3AB9B1BE043E083F84BE8E3E043F1CBFBB3D8BBED63E1FBE8B3E573D00BE8FBE90BE2B3FC8BE90BD973E933B043FA53DA13E9DBEFABD003ECBBE88BDD4BCADBD92BC583D3F3EA6BE8DBE6ABE993EA13E1ABFF7BEE13ED0BE033EFF3DB3BE3C3E06BF5DBE40BC1B3EAABE413D373EBF3E01BB2BBD6D3ED93EEB3E363E87BE523E58BEBBBD243DF43EC13D17BFC8BE013F50BD1FBF0EBE18BD153EE1BDA3BE45BE9C3EAC3E223E2F3EEABC993E273FB73E01BE653D63BE2D3E773EF73E9A3E3C3E02BF423E653FA0BE7ABD843E193F533E103EA13E0E3F2B3D1B3E6FBD423EBEBEB03EB23DE3BAD6BE7D3BA93E97BDA0BD8C3E43BE403DB93EF3BC53BEA6BE02BE8DBE083EA73D783E663E47BF90BE3A3E073F6D3E17BD093EC93D3FBE7C3E533E653E343E333E423FE6BC883E9A3E943E853E043E39BE24BDF9BDFA3E123DB03D053F8FBE2EBE22BE743ED63EC23DA53E17BFB6BE183DA6BD2CBE063F6B3E42BEB0BC6A3C03BE08BE953EA0BA9EBEB5BE97BE923E0B3EB9BE023E98BBB6BE093D2B3FFC3E923E2D3E7ABE8D3E9D3D35BE8D3E0F3E01BF8E3EAEBE243E73BE97BE0C3F433FDCBDB3BEC7BD023F1EBE6E3E873EE83D783EB43E883E50BD2E3F123E173EAEBE8BBEDFBE5CBE203E2EBEC5BE773E3C3D57BE55BD98BD46BD183DCDBE39BEFBBE1A3CF4BE463EFDBE7EBEBFBD793EBB3E9E39ABBEC2BEF8BE80BE1A3E04BD16BEA9BDA4BC0BBF01BE743E2A3ED13ED0BDF83DDCBEEDBD86BC8D3E5EBE05BD66BE293E3CBFA43CBB3E7A3E8C3DA43E5DBED33C7C3D343EE0BD023E5BBD9BBEC9BE78BC1D3F58BFB73EFD3D69BCC73E3BBE513E413DCCBC123D0D3F483E583DE5BEA83D0E3F253ED73E13BE4C3E45BDADBBA6BE063E9D3E25BE343EE5BDA13D3EBE0FBF733E6BBD533DAEBE6A3E133BCC3DF4BD37BE25BF9D3EFCBC6BBDE23E58BEB0BD38BF053E57BCA63C0BBF223DA2BE66BE0BBFA7BD3BBEBABE2A3EBBBEB73C9DBEBCBE023F5BBF03BE5C3E07BD043E023EDA3EE23BA8BDDBBD8DBE6BBCDFBDA63E813CE93A14BF5C3E0EBE97BE0CBE843FF1BD54BD04BE0BBDEFBD91BEA93E383EE7BE10BD6B3DBABD083E99BD4DBED2BE1ABFAB3E8B3E35BEC93D943E14BE9CBE55BE65BE173FD13E883E093FD63E703EC93E71BE02BE58BE173F843E92BE76BD0B3D22BFFBBE9FBE92BE85BD8A3E3D3E0C3EFFBD163E663D5A3EEF3ED83DB43E723E853B9DBEDCBE23BE00BE5D3DA13E82BDF33D09BFEFBC953D07BEFFBD9C3E4DBED43D11BFFBBD9E3D4F3D1DBE1D3F183EB2BDEF3CDCBE123C4B3DAEBDC13E84BE0ABE9BBE1D3E203E1B3F7D3DF9BE62BE9D3DAD3EC83E05BE57BDE6BEAF3EC43E5B3E68BFB0BC123E04BF853EE53E96BDE53E3B3E293D2B3E15BEF0BE213D9FBDAE3E79BE783D3B3E893E6ABD6BBE9D3CCFBD973EF83E423E01BF863E313EFDBD473E6E3DFB3DBA3EB1BE",
      torch_tensor_32_torch.bfloat16_9: "0x0200000021BD1F3D7E3E46B95D3E263DFDBC403DD13DB1BBA1BD41BD42BDF7BD22BD84BCDF3D023EC2BD8ABD2BBD8C3CCF3D5F3D10BE1EBDF1BDD53D90BD25BE043E303E",
      torch_tensor_32_torch.bfloat16_8: "0x02000000653F873F6B3F923F503F4A3F873F8E3F5D3F833F9F3F873F583F6D3F6E3F833F583F653F663F813F733F7B3F863F6A3F913F913F813F813F663F8B3F873F813F",
      torch_tensor_32_torch.bfloat16_7: "0x020000002FBD8CBE0BBC703D15BDCBBD8DBD23BE883C2C3DC1BD15BC583E3EBCAE3DF4BCF23DDB3DD8BC5DBDC63B31BDFFBB673D0C3E2B3EC8BD3FBD27BE15BDCABB79BD",
      torch_tensor_32_torch.bfloat16_6: "0x02000000823F903F823F6C3F793F8B3F653F8C3F813F963F3F3F5D3F853F863F853F463F483F8C3F813F923F4C3F863F5E3F903F8D3F883F893F813F823F733F843F623F",
      torch_tensor_32_torch.bfloat16_5: "0x0200000043BECE3C0ABD283EF3BDD6BD8BBD893EE73DE2BDDE3D813D20BD5DBC07BEAC3D7F3CE53D0C3E983B213C783D513D473E45BD43BD38BDEEBC4C3D3A3C703D9D3D",
      torch_tensor_32_32_torch.bfloat16_3: "0x02000000283E85BE743E87BE9C3EE83DE53DABBE10BEB93D2EBEC9BE2A3DF23EABBD463E083F00BC0CBB1ABF97BEB13DD73E28BC203F49BD5F3E153E343FE43C0C3E14BD0ABF8F3B1E3F143E47BDBBBD3FBF83BE5CBD9E3E543E69BD92BE713D0ABEA0BE3A3E0BBF02BEB53E02BFCC3DBD3E8A3A183E353FBE3EC8BD58BE183EC33E7E3EA03B9DBE9BBE9EBD91BECABB90BEA4BDF4BC1B3E41BE8EBC93BE9ABE0C3EB93D64BEBB3DABBE4ABCC23E33BF60BD263E843EB4BD753E81BEFC3EE33ED5BE5CBE933E39BEE5BD203ECDBC50BE94BD073F39BEAD3E853E363E52BF103E833E953E76BEDE3DEFBDA8BB06BE67BE953C343F113EDBBEE83CFB3E9E3D4FBF32BE7EBE9ABDD0BEB7BE763EBBBDF73E933EC0BEB5BE593EE03E8DBD83BE363D5F3D593E3B3EA5BEB03C89BB0BBE093F29BF843DA8BD0EBF1BBF0F3F25BF983E1ABDB73E3E3EED3D893EDB3E8E3DC93C253E31BEA83EB93E40BE703F323DF8BCAB3E823D933DA03E23BF453EDEBDD03DE4BD703D3FBE99BE8CBE4EBDF83DECBE283EEA3EB6BE413ED2BEFE3E22BDEDBDEC3E75BD7F3EF6BE883E87BEB3BEE63EBEBE2A3E3CBE0FBF173ED1BDBE3E5EBC203F84BC073F973E073F1FBF363DF1BDCD3DC13E50BE46BEFA3E963DEF3D8E3E18BE8DBE0ABF7F3EA3BE23BF7FBE67BE01BD0A3D6F3E19BFA23E0E3ED63E2A3E16BF43BE473E00BFF83E72BDBFBD6D3EB03EA53DA2BD8DBDC03D0C3F68BEEB3E533DABBE8A3C0CBE463F81BE0D3EABBC973E573E183FC83C533EACBEAE3E19BD2CBE22BE4C3DA93DB8BEB33EF93C153E91BDEF3EA4BD553E113F6E3D253E513E533F763E60BE7B3BC1BE2A3F933D063F873DB2BD6DBCF43AD83EF63E62BEC43E733E1ABEBDBDF4BDDF3D5A3EAC3D9F3E643EA5BD863E19BE4E3D573E5EBD27BEE2BDA73E88BEDBBE48BEEABDC6BAFA3E60BB723E023ED3BECC3DAE3D833DEEBC113E663E143E96BE10BFF0BEC2BD323E25BF953E01BF013E833D3A3FA0BE193D813EB8BC8FBCA6BDB3BEF7BC033FF7BE8BBE05BFFCBD823EC9BDA7BD1A3D8B3DBEBE853E2F3EC23E543E8EBD323FCCBC1BBF17BED23C443E353E843E173E3FBED7BC2EBE07BED93D9A3EC7BDBCBD26BECD3D34BFACBD6ABC1CBEF23E993E8FBDD03E573EDBBE853EC63EDCBE13BFD1BD54BE873E333F5E3D47BE96BE0D3F073FB53E213F4A3EA9BCE93ED5BE693EB53DE9BE073EC43E153F00BD4CBDC03E16BFCDBCA4BE5B3E333E143F523EF5BACCBC763D8CBC67BE42BE463E2ABEB13E6A3C073C17BDDB3E423FA63E1ABF11BE0EBFCABD223F4DBDB4BE46BE003F4D3D0E3D06BE26BE113E92BD4A3E1EBEDABEA93EC2BDED3E8F3E29BCA93DB13E12BFD23EDCBE0D3EF2BD0CBFA73E053EB03E073E6FBE2CBEF13DB83DF1BD3F3E713E313DF13E9C3E06BE663B093FF4BC9ABE8E3E4B3E11BFC1BD983EBD3DEB3EFEBEE1BD8F3E5D3F90BEFC3E5ABE153FB83C8A3E1B3D0EBF00BF77BE89BE18BE6CBEF73E0A3FEF3DD13EF2BE143E59BE11BE8B3ED9BE263F123E4BBE5C3E11BF83BE05BFC03DEFBD983E3C3D24BE83BE0CBFE6BE6E3D273F8C3EA1BEB13E16BE0B3F9FBE8ABDF0BD1B3D16BE843DF5BD21BE55BEEBBED3BE093E8C3EABBD9B3ED7BE1B3F17BE54BE8F3E71BEBB3E05BF7E3EB33E1E3ED33AC63E16BDF23DFF3E293E843D3B3D0CBE82BE443DD3BCFD3D8C3E9ABE1B3E03BF37BEF7BDECBCF6BE27BD9C3E2ABE403F06BEC0BCCA3E343E50BEF9BDC23E12BF1FBE3ABE0B3D583F13BF9ABDE23D0BBEB33DD3BE78BDF0BEEEBD0ABF833EDFBE373DFE3D213EACBE67BDD23D3FBF3BBFB3BEA63EB8BCDB3E123D47BE7B3E533E1BBE793E05BF23BE6D3E77BEC73EAEBEC4BE463F9C3E8CBD943E55BE103E3E3E94BEC43D083E823EAE3E0EBE193E6DBC82BD003F18BE6CBDE4BEFBBE443FA03E953E843D9F3E9F3EA33E8CBED23D3FBDC7BD043FF3BDC03D8D3EBC3E94BE4FBEA7BE92BE4F3D8F3B8D3EC63E693E4ABF473E853EB03E18BEF4BC17BE8C3D643E933E94BEDA3B92BFC6BE293EC83E8D3EA6BDDD3CC3BD683E063F223DC73E47BDCEBEEFBE03BFBFBD89BDC4BE87BD993E29BF333F9EBEAABC353E1BBE52BD2D3EEABE17BFD33C79BE2ABEA4BE38BE39BD1DBF51BF02BE29BE9BBE133E473EBCBE14BFB33E32BDE03E51BCD4BEE73EC23C893E90BD0FBE7BBD123E1C3E303F353ECD3EF63EF63E53BE233F453C9CBD85BDB3BDE0BE0C3F223E77BE2ABEA6BBC43E02BF85BE57BE9D3E0D3D41BD3B3FB1BE5ABE20BF043FB83E73BE9A3CCB3D6D3E543E91BD103E41BE7E3D363E463D713E743E153E663B693EE13DF1BEE23C3DBDCABEE5BD82BE4B3EEFBDD33D803EF2BE313FD13E59BE263D593E153E9B3E293FB3BCB9BE08BE283FF8BE0F3D25BE67BE21BF9DBED0BE0A3E613EB2BEC6BE66BE6CBEE1BE8C3E5DBE1FBE2B3EFABD0DBFD1BDB13EFEBD423C78BDA1BE93BD0CBCCA3E703AF33EA73E98BED83BFA3D2F3E243F193E19BE89BED43DE3BEB5BEBDBD5BBE963E6DBED03E3EBDF13D86BE053EBCBE0CBF2DBE613D45BE29BD13BE233D8D3E9F3E523EADBDF83E88BC803E2CBF013E51BF173DF83DB9BE203F823ED3BE47BF483EABBDE2BE20BF043EE93CEFBE2ABF323E703D92BE52BE0DBE65BE23BE13BF923D533EA6BE13BE683D30BD703D0DBE45BAAE3EFA3D003E9C3E8CBE013CD6BE00BEE03B193E3E3E1DBF8C3E983E4F3F0EBCA73EA2BD303CC33D0ABEC13EA03E8E3E353FA63E08BEE03CB93E1BBF1C3D943EF63E193E0CBD2DBE283EA43E74BECFBECA3E963E39BE75BC39BBA0BDB2BE15BE88BE1FBD5FBE493EAABDAFBE9ABEFA3DB8BD943EE63D12BF783D763EAD3D04BD59BD173F03BEFABEDF3D95BB",
      torch_tensor_32_torch.bfloat16_4: "0x020000003E3B16BEF0BD033D6BBDD53C23BEC3BC153EDCBCC23CF63D3FBD18BE39BD2E3E5CBE763D773DE8BDBEBD1CBE7F3C5DBDF6392E3D11BE0CBDF13DAF3CA9BC043E",
      torch_tensor_32_32_torch.bfloat16_2: "0x02000000EBBD22BF1DBF40BF1C3EFCBEB4BC84BE313E3B3E24BE34BF043F8D3E3A3E8A3EF53D053E2BBE1CBE833EBB3D8CBB963E143E38BE18BD9B3D61BE9A3D85BD02BF9F3D61BC0EBE97BE133D07BE803EC73E233F9D3DADBE01BE1DBE10BF3ABED73E97BEE1BE643E893D14BF75BD263EED3D94BED7BEB83D3ABE3BBFDDBD313C033DF4BD453D7BBDE33EE33D823EA53E713D51BD7C3EA63D723E993EABBB1F3FC4BE423DDABE14BF06BF683EADBE3A3E383D13BFBC3E9FBEE63EECBE0BBD66BE3BBDA0BE9E3EB8BE863BEBBE203FC6BEA13E9DBEFABDA8BE503EBB3E0B3D053DB83DE4BDC0BD3BBFCABD8DBE923E77BE25BECC3EC03E8DBE86BE4CBE55BECF3D57BEBC3D77BDF53E4F3E29BE24BD1FBC9C3DB5BD0CBFECBED3BEB83DAFBEFF3D4F3D16BDA5BD56BEBEBD39BFFD3DCBBEC13EA03E3F3E41BFC23D9BBE92BE77BD18BF3F3D873DB6BE193D6E3EB3BE31BED8BE753EEDBE07BE133E68BE9B3EBC3D093FC73C07BF83BDC73E2FBE03BFDD3EDB3E553CC03D6D3EBFBEECBE25BD073EE33DEDBD563E483DD1BDF4BCA8BE8DBE913D343D0CBF0CBF503CE13D153FC13E373E3ABE96BDCA3ECEBDD1BDCCBEE9BE03BFCD3C153F3CBDDD3E023E77BD103F833D493EC03D44BE16BE0BBD59BDB3BE28BD61BE38BE99BEE43E01BDE5BE343E3C3E1D3EA5BDE5BC5BBEEF3C6C3E573E0F3EA63EBABD16BFA03E78BE99BE8B3D903E9C3ED2BDB33E223F4B3ED43DBD3E513E623E46BEE43EA13E95BDBEBE663C24BF60BBC63EC6BE363E4B3D94BEADBE2C3E29BE0F3FAEBD553EC03EDFBDC9BD4E3DD9BE893E3A3EACBE523E6BBD863E823E48BDB33E1CBE3B3EA43DC7BD2B3E01BF823ED53E42BD9EBD4A3D54BE0FBEC3BDA23EF43DC23DD6BEA7BE5DBED03E41BCDDBD673EAA3B823E3DBEAD3EE2BE51BDE7BEB03D873D283E333EE53E763DC63E823EF4BD43BE0CBFDABE383DD23DD7BDB6BEEFBBE73D433ED33EC2BE5C3EAD3C69BD853E0F3ED43EED3D90BE38BE55BC0F3F17BEFCBEA3BDB7BC85BE8F3E3FBE553E203F643D29BFBBBE35BE613E86BE903DE7BD3A3FBA3CDF3E3FBEFF3DDFBCDD3E8C3D57BEB73E22BF6BBD6CBE243E043F843EB0BE9EBE07BE80BCA23D8D3C573FBDBE9DBD43BE043F8CBE7A3E343F0EBF913EB2BDBDBE863EF1BE303F88BD453DC53E61BE3E3F6ABACEBDCD3D083F133F1FBF25BF1DBD283D87BD7E3DB73EB03C063F8D3E95BEF43EB9BEAFBE593E96BDC1BD8B3D703EDF3EB93E8DBE213D22BEE8BD503E07BECBBE12BED0BDDABE8B3DE4BE1E3F5EBEA93E203C6FBEE1BE18BDF2BC323EE3BC8ABDF6BD68BCD3BE14BFAD3E5CBE1CBFB0BEA4BC39BEB73EE2BD93BE82BE563EA83E1CBE11BE0B3F0C3D1D3DA33EB5BDAA3E3DBFE3BE0DBE063D74BE5FBF293EB13E51BD18BF003FA43E5E3DD93C113DB6BD42BE743988BEA43EECBEA83E6ABEA63D8BBEAB3E96BEC53E10BEABBE0DBEDF3DBCBE30BCD03E083EC43ECA3D15BE45BEE23E3ABFC53D90BEBDBE0DBFDCBEB7BED6BE9CBEF8BC643E28BE353EB13E1DBF0EBFB7BE8F3D653EF8BE1DBFEE3D0B3DDCB9913E80BE2D3F7E3ECC3E8B3EA53ED8BE2B3FAB3E153EC33D7BBE0B3FA7BD96BE103FDABCF7BEC7BD5DBE2ABEC43D69BD5FBEB13DC83E87BE60BE07BE4C3ED63E85BE21BE1B3E68BD7DBE453EAEBBF6BED9BE08BDBEBE0F3EC2BE6C3CA03DAF3EA6BE9FBECA3E1D3E2DBE283D45BEA4BE16BF10BD563C2DBE1CBF08BFB1BD2F3E003F88BE0F3E3ABE693DFABD2ABDCFBCD43E053E81BE1DBEADBED5BE0FBBBBBE823E1EBE82BEB63EF73C31BE8D3C073D09BD1DBE413E343C7C3EE43C4C3EFD3E92BE32BFAFBE5B3D8F3C9F3E30BDDEBD9D3EB7BEBB3D0EBE063E113E723DCEBE313E31BED1BED6BE7DBE45BEBDBE3C3EACBEF1BEF3BEB8BED4BE40BE423E963EFFBE47BE073F913ED2BDAF3B06BE28BFBABD2DBE67BEE5BEAC3DA4BEC43B1D3EBDBE3E3D50BBDDBE89BEBFBE1F3F52BEDA3EC0BE81BE0FBDFDBCC2BEBF3ED3BD923C143EF4BE3F3E08BE283FA03D97BEACBEA0BC6EBE09BE95BE0ABDE4BE4C3E303E71BEB9BED63E9D3DB63EE43DA6BD88BE903EE83CD13D04BD4E3EBEBE2BBC983EB83E33BF223F3A3E82BE28BED8BCA7BE3CBFE23D16BDC13B433EA0BD623E02BD6D3C0ABF67BE793EF8BE5EBE813E19BFCC3D62BE6A3E4BBE523E173E00BFA3BE36BE823EDABD743C04BF043FCD3D103D0DBE54BDA53CCB3EDABEABBE65BE383F0CBEB0BEC0BD8A3E33BFAEBC3FBEEDBB213E9DBE8E3E8B3ECC3E933E19BFF1BD553EC63EE93E0E3F3CBEFCBD97BE9E3EF53EB03E92BE64BD3D3D89BD38BEA73E963D0C3F0D3F85BEE13D99BE3CBE7E3E49BEFABAAEBE6ABECBBB553E9D3CBF3E3ABFECBEE13E0FBE783E91BDF23CC63C6C3E3A3D233E14BF273F873B90BE0BBE13BF7DBEA33E8C3E0DBDFF3C1EBFCEBDA83D7CBEAABD523E383C873EE53CFD3E0ABDF0BE7A3EAFBD553E90BEBE3EACBD49BE433E3B3E93BD8D3D2A3E553E743EDCBB14BE33BE6BBE3E3E593E97BE9DBEDABD393E6C3D9DBE043E9ABE91BEEBBDA2BC14BEDDBE6F3E3ABEDCBEEDBEED3E7EBE8EBE0CBE09BF783E4EBE86BE923D82BED7BDF63D933E8CBE113EF6BE0EBF5CBE0DBEF83EC6BDA7BED53CF83C4CBDCCBE16BEB73D2D3E08BEAEBE01BF363D1A3FC03E20BF8F3E913E21BD463EC73D433E363DD03EFF3E8B3E01BF79BE483D10BDF13D30BF77BA013C55BE54BEAC3E483EB1BDC73E54BF8BBE99BED53E773D9D3D06BE32BE9E3DB83EBEBD483B34BE573E6E3E003ECC3EB7BC613E11BEC03EBEBD0C3EBB3C30BE79BE9A3E0E3EADBE09BE4ABE82BEA83ED23E88BEBFBD923EAF3D37BF413EAE3CE7BE5D3E943DACBD1ABF",
      torch_tensor_32_torch.bfloat16_3: "0x0200000026BD533E743D76BD41BE883CF73DA23DB53C113D253D1A3CD33DC3BCB4BD503EC43D18BD0A3E3C3E5EBDA7BD69BDD4BCF9BBF5BCDABCA43D913DB63DC4BDD93C",
      torch_tensor_32_32_torch.bfloat16_1: "0x02000000CB3EE93E7A3E223E6A3ED93EFA3DABBC5C3E763E89BE5BBEB63E373DA83D86BE45BE89BE53BCEA3D8BBE4B3ED33E80BE243F2CBE89BE96BD59BEF6BE8ABE913C0ABEE9BE7FBD09BFADBED1BE813D0BBE883E933EBFBE23BFC73E953D6D3D073F3A3EB5BE883EF33EAE3E3ABEA03E8BBE69BE023DF3BD58BE72BC82BD96BE273CC53E323EDEBDC23D743D19BEE3BDFF3E603E23BEB4BDEC3DF3BC83BEEA3CC4BE1DBDFFBC983E233EC3BE6C3E1DBEBFBEEEBD18BF16BEA63E7D3EC9BDA13EEEBE81BE3E3D983E1F3E4C3EBF3C873D3FBEC83EA53D4BBE403F753E18BD7FBDB1BE8CBFA3BEE1BE4ABE023EBFBDBEBCA23EB73E2BBEDA3E383D1B3DBE3E38BE0DBEDCBEC53E95BE1E3FA6BEB2BE24BE973D113FFB3DB53D8A3D2CBEF63AA6BE393EB33E8F3EC1BD8E3EEABCC83E843E373E033D3B3D363E11BFA8BCE23E0DBEE9BDCDBE383F9C3E01BEA8BE4F3E20BE60BE7D3E0D3FF5BEBD3EF5BE5CBD8FBE16BD2F3D1C3C323F133D283FBE3E3B3E88BD813FF1BCA9BED8BD3DBF2CBD933D85BE723E0ABFB73E2CBE10BF953D0F3E2A3D95BE12BD743EA3BE6D3D773E6BBD24BED73E90BE10BEE1BD9CBE743BA9BEAFBD093F0DBE0BBE463D6F3E2F3ED93E17BD80BD45BEA13D5F3E3BBEFBBDCEBEE93E99BD793E9BBE923E143F2A3C4D3E803C9D3ED53CBFBDB03E84BD943EBEBE08BFD3BE09BF28BDAE3DD43DD3BDC9BDE93E153E51BEB8BEA93EB5BEB7BEDEBEA1BE66BEE6BED6BE883C803EF93EBDBECB3E39BD72BE753E8B3D53BE19BEFFBD27BC9FBD21BF58BD223B0F3EC33E743E36BACABE9BBE193F263E19BEC83DFEBE433D2D3FFB3DAD3EB53E283EA1BEC7BD08BF95BD0BBE063E2A3D27BFA5BEF03D163DD03DC53EF63C8EBE29BD2D3ED1BDC83B01BE153FE1BCD6BE2F3C70BDABBE24BCD83E34BED23E993E873E33BD363FC3BC42BF4B3D043F68BE8E3C983D86BDF33EED3E163E633E3ABE023BF1BE2CBE7A3EFBBE0ABE153E83BE10BF3B3B4FBE363E0B3E36BDB33EEFBDA5BDF63D3FBE49BE7FBDE23E0A3E243E4E3E073E49BDC4BE003F223C4F3E053DFFBEBEBEBD3EA73E7BBE80BEBEBD573E7C3E70BCCE3E80BE33BEF43C18BEC6BECA3D3E3ECABC10BD8EBEC5BE303FB03E07BEC23D2DBD8A3C12BE023F1C3E94BE58BD513FABBD9EBC9F3E183F663ECBBE07BD073E99BE59BDCD3DF63DFF3EC4BC5E3E943D393E903E84BE71BEDA3E373D383FB6BE57BE3CBE10BEF93EA1BE0FBF573FDFBD83BD8BBE2F3ED5BE78BE85BE103DB3BE9ABD11BE713D55BFE4BDC1BE683E8EBE833E2DBEEF3ECC3C833EE73D823D6F3E22BE3ABB21BFF7BDC43E193EDDBE3F3EE2BE203E3BBD8ABE5ABE073EAA3E9E3EA1BDA4BEB2BDB13E023E03BE8F3EC1BE25BF57BFE0BEE83DB23EA83E053E3BBD08BF9F3E37BC653D9FBEA63DAABE6EBE8DBEFF3C1FBD8E3C1FBE3A3E8C3E82BBF1BE3F3F703EACBEFEBC50BEEE3D8D3EAF3EBFBD19BF4B3E92BD333DAFBED1BE3B3DDB3E683E53BE3B3E653E37BE89BD63BE03BD303EC7BEB53E0FBF96BE9ABE9BBE553E3D3E2C3FADBECABEA6BEC2BD7ABE963E33BE86BE5D3E243E0F3DBA3C813E94BE813E133E223ED7BDA63EB1BECD3D2B3D0C3A4CBDB93E203EE3BEE0BE8F3EAE3EA93EDCBD833DFCBAA33DABBE15BE513E59BE8B3E653CCF3E14BE673D03BED03C88BD97BE0BBBAC3D99BE4C3D86BE23BE813D223E8A3CA9BEB33EF63DA73E10BE9BBC2E3DC53D1F3C953ED9BDAE3D683E7F3E20BE6C3E07BF21BD31BD873D763DD03BA1BE2EBD8C3EDB3D5DBE6BBEA53C6F3E263E893E9F3DB3BE153EE5BDDBBDB4BB293FCDBEBE3C9D3D39BDC33D4F3E78BEDFBDA53E1D3E393EBEBC1ABF0ABE84BCFB3D9ABE513D743D33BFBABD343E193EF03E303EFABEFB3E05BAB13DCBBEF6BE203C293D483E4D3EA33E92BD83BE03BFCE3E893E803E913E153E56BE2E3F22BEE0BD5C3FCB3EA7BE193F14BEE8BD84BE353D43BEC63D26BE38BE9DBEA9BE9EBE26BE5EBD43BE953DF6BE79BE13BC013E16BF80BEE23D59BD0BBE68BDC0BE163F1F3F193F89BE893E263F6EBE873D973E693C4C3DBD3E90BC543D2B3E583E723E1F3E743EAD3EF83E90BD303DC1BE10BD903E7C3EBEBE603C33BE953C883ED9BD45BDE1BDD23E083E16BE04BDB8BDC4BE17BD953D193E79BDB7BDDFBD873DDD3EB2BED7BD06BE0ABF9EBDF23D363E11BE5C3E2FBF45BE78BEA3BE943C0CBE33BE8A3E073E3A3E4FBE0B3E763E433E843EF13E54BECA3D7F3E5EBEA7BE083E093E593DB83E84BE15BF9DBECDBE633ED63D473E223D8DBD5E3DC4BE953E403E85BEAA3ED03D763D12BE59BE0A3E7BBE523E2ABE9B3EB33EFBBEE9BE05BDDE3E9FBC1C3FAEBE74BEE63E03BB653C29BEFB3CCBBEBCBD2F3E13BEB8BE233E03BEF1BEDE3E12BD3E3E5E3D4DBE4DBED3BE953E003FEEBCAF3E00BFD6BD63BE81BC9EBE953D22BF253E2F3F2C3EC63EB53E05BEBB3D9A3EA63D4A3EEA3DA73DF6BDB73C6ABDB73C27BF55BE0CBE8A3E3DBD1CBEE0BD96BE48BDD73D91BE84BE543E003F163D0DBFAABEF33B6D3D81BE13BEF83E653E6E3E103ED33D473EDC3D953DFDBD083FBCBE98BE3FBE20BEDB3E95BEEEBC21BE4DBEADBE93BEBEBD7A3B6B3EE3BB1ABE773E16BFC9BDCE3DCCBD8D3E1DBE2F3E03BE47BD5EBE2BBB733E2E3F26BEC43E813EB03E1A3E073F43BFE23D543E193F083E9DBEE8BE003C33BEBC3E9A3E83BB37BD32BD81BE883E20BEB63E8D3E733EB83E193F9A3E4C3F3CBEE0BDAD3D19BF76BEEDBCF43E63BEC23EF0BD14BFD2BD63BD04BFA23DBBBE123ED33E34BDDA3DC5BC753E6C3CABBE033FE0BE6E3E8EBE113E31BF5D3E66BE34BE48BE25BD003E15BDA6BEF8BE2C3F00BF733B",
      torch_tensor_32_torch.bfloat16_2: "0x02000000C3BD67BD56BCCABD3A3D6ABD073CEBBD013EAFBDDC3D6CBE1F3CDFBBB1BD8FBD213D693C113D443DA63CECBD1C3DC7BD913DAFBD08BE07BD353D8CBC0FBCC73D",
      torch_tensor_32_32_torch.bfloat16: "0x0200000001BF623E0BBED53D8C3D0EBE2ABE1ABC203F07BFFE3C9D3D023EA9BE7FBE373DDE3DE43E35BE43BD413FD43E9D3EF2BD95BD263E033EC53D8B3D5BBE5A3DBF3E01BF1D3F86BD16BF423E74BD86BC6ABE1E3CD4BE8F3E9F3E95BE6F3D9EBD7F3D57BE3CBDDBBE08BE17BEAE3C36BEFBBC163E393E50BF313EB3BEE6BEB9BEAA3E1C3D0FBE9B3E833E14BFF83EDABCBF3E2F3E7F3EA4BE903E303F9C3E70BEECBE2DBF79BE20BEEBBE14BD8A3EFD3D14BF623EDDBDEDBC63BE3C3E8CBC193D813E00BE2DBD9DBE713E7C3EDEBE113FA63E273E303ED3BE0EBFD9BEBBBB1ABACB3E1A3D873BE63D94BEFA3D103E0F3F443DF0BE30BFB4BEE9BE33BF2D3DD83BF8BE653FF43C1FBE693EE9BEC3BDFB3E783E0F3F8EBE1A3F6FBE53BEA33E70BD0CBD4D3E403BAF3E25BEB7BD713B8EBD8B3CC8BDF6BE86BEE6BDC03EDCBDBCBEE1BD903E0A3F423EDFBC963D1B3E3C3E733B103E68BF213CC53DD6BE393FB23E903EEFBE96BC433E5DBE3F3EC8BEBBBE9D3E1F3E7CBE69BE4BBEF6BE183F693D363EF1BE613EA1BEE73CC03EC93EA1BD013E94BD2BBD4DBC0CBDC5BC4BBE09BF8ABE3EBFA3BE23BF6ABE18BEF53ECBBD263D01BEACBDD1BDD23D6CBE51BD323E82BE99BE143EC5BEEFBC7D3D7BBE90BEB1BD963E08BF08BFA83E97BE91BD10BD6DBE39BE543D553CDCBD47BD263EB43E0F3FE1BDA5BE1FBF0CBF05BF8C3E103E833C203F593E043EA3BD60BE3ABE82BE813ED23D1F3C77BDC23E59BECDBE0CBE133F9C3D9E3DF93E9DBEE73E13BF5FBD9D3EBFBE2C3EF2BE7C3EC8BEFB3DF1BEA9BE9ABE9B3ECA3E723BA73E87BDBB3DEE3D8ABEDB3C81BE8FBC62BC973EF33DA4BE373E163E0B3E703E87BE9BBE33BD283D463F13BE1C3E75BE21BFB23D343D7CBE56BE5B3C163F133EBEBE1EBF5D3D4EBE96BC833ED0BE5ABE9F3D5E3E08BEAF3E663D5C3D9D3D9ABDE7BE073E813E5A3E05BF31BED7BD103FB7BE80BD233ED9BECC3E7C3E653E06BA873EA43D9B3ECCBD0DBE8A3E75BF7F3ED9BD0B3E1B3F023E0D3DBEBC8ABE0D3EBF3D563EC73E4CBE07BE513FBCBE2ABEF83D303E5B3D09BE1EBF333EA3BE41BE1CBFD23EE23E5DBE14BE97BD12BD04BF123EA1BE4B3CAC3E0B3DAF3E833E033E17BEDB3ECA3E243F52BD723E19BE9BBCBABC5D3DF03E773E79BE8ABE75BE55BE723EB53E453E303EA0BE1A3F01BFCD3D78BD633ED2BD90BE833DBA3EF73DEE3EEB3CF63D423E193E99BD503E983E19BE19BF3ABEB4BD823D893EFFBDD4BE8F3E54BD033E93BE04BEEF3D9E3E26BF2FBDAABE02BFD6BE083E66BD653E02B9AD3EDA3E5C3DC23E67BE9D3E233FD23E66BEA3BE183F50BE743E853ECF3E073EFFBCA23E6E3E4E3E903E053E323E6BBC4DBE963B173EEB3EB0BD85BE403EDCBEFFBCC7BEC53D22BFB33CE4BECDBE9B3ECB3EE43EC53D5EBCF8BE01BD603E94BEA2BD1F3EBB3D833FA8BDCDBE88BEB73E2F3DC8BD723D083C273DA1BEFEBD4BBE61BEDA3EA33E41BD703E89BD5FBEA2BEEC3E92BE953E163FF73C22BEFDBD0F3E34BE993E2C3F083FE33EB3BE9EBD13BF203D9A3E84BE063F1DBDB33ECA3EB1BEBA3E113F34BD21BE863EE83D913ECDBD9CBEC63D68BD00BF873D86BE60BEC53EA4BC26BFB1BD1A3C6E3DA3BE92BDAD3D843EB1BD09BC023F81BE403E45BEE03E89BD973ED73EA43D91BE0EBED7BD45BEA3BEA6BEB3BE78BEA6BE88BEC6BEBDBEC5BE4EBEB0BEBCBE963ED93EC3BE1A3DD6BD253E303CB13E24BE7EBCD3BD27BE043ECBBE883EA6BE4A3D353EE2BD843EB33ECDBEACBE07BE4CBD1C3F99BEA7BFC3BEB13ED6BECBBC2EBEABBE4CBE7FBE683E8E3E34BEA1BDDFBE15BF2CBE363F20BE463C21BC343E4F3EED3EE1BD743D823E8FBE673E2FBDB73E9DBCE4BE4FBE8B3EF3BEEABDCD3E8A3E533EB4BE2ABFCA3E453EFDBD25BD423E2D3F92BE6D3ECB3DA23C513EA93E003E6EBE273EAFBE613DD5BDBE3D5A3DC4BE223E423E11BE8CBEDABAD2BDE0BD8D3EC43DC83D163E9B3DFEBEFABEDFBD82BE823EC33D593FA1BE08BF663E8EBED4BD4EBEA23EFD3D49BE653E1CBDF73E073F18BEA4BD85BDC7BE673ECA3EBCBCEF3EBB3EE7BDE6BDCCBEB23EBF3DA13E6D3E0C3C863E20BD7C3E64BE8A3D27BEFA3EE4BD6CBDA6BE9CBE3ABC343E72BE58BE88BE453DCE3D213EEFBD753EA4BEEB3D64BBAF3E20BC1B3F84BD093D1DBE50BE273EB33D613E84BEB2BE263F00BEDABED23D953E873E6ABE54BE3DBD80BE013E59BEC1BE713E41BE983E403EA93ED83E0E3EB2BCCC3BB13E8F3B83BB28BE403E113E62BD073FC93EA5BD38BE14BF743E363DD9BD1EBCE5BDBABC573E4ABE84BEE13EA8BD273EE7BE4C3CB8BDB7BE073E3C3EC6BDF7BEABBEF2BD14BEE8BEFDBE0DBEB53E94BE05BEDB3ECE3D12BD1B3F6CBEB6BC2E3D8F3E2EBE723EADBEA3BE0F3D8EBE1DBFA5BED4BD39BE23BD90BE54BEFD3DD13EADBDDB3CE73D7B3DECBDAEBDA4BD95BE313E81BE883EA1BE163FA7BE9DBEB73BC63E5DBD583EB1BC0DBDEEBC523F223ECCBD4DBE31BEFB3CF2BDA2BEB6BDE53D203FD3BE303E7B3C573EF4BC44BDC5BDF93EF63EE4BD18BE5DBEE1BE5A3C783E5EBECB3D61BE433FAA3EDC3E903DA3BEA8BD1A3F0D3E9BBE7A3EE4BE67BDAABC83BEE8BA863D93BC8DBD8A3E2ABDEABE4F3F00BF8D3EA6BE05BED23D1CBE0E3F67BD3CBE0CBF89BDEA3D84BEA6BD133D31BE443DE4BBFB3E37BE6FBAAD3D103D7D3ECC3D91BBC2BD293EB5BE7B3ED63DA33E6BBE9CBE49BEF53E2CBEEEBEEFBE4ABE0DBE87BC813E83BF133FF13D6C3D97BE1BBD4A3D903DAC3C4CBE1EBFAC3D663E46BE35BEAABD843E6ABE45BEB73E87BD0DBE3DBD073F6BBEDB3DF5BE513E5B3E87BDAC3EDDBEE03D",
      torch_tensor_32_torch.bfloat16_1: "0x020000000F3E7C3D52BE553E6ABE3DBE893D303D06BEB33A05BE16BCF4BD4CBD133EB23CD43C5B3D423DDC3D103D263DA03D2CBD02BE123E56BD8ABDF4BD633DE2BD03BB",
      torch_tensor_32_torch.bfloat16: "0x020000005C3F893F973F8C3F763F653F823F643F573F813F833F7A3F723F8A3F683F853F8F3F843F813F763F673F743F683F593F6B3F743F893F923F8A3F8C3F863F853F"
    }
  }
#-}
