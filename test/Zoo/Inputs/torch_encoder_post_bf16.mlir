// Exported by scripts/export-zoo.py (torch-mlir, PyTorch 2.15.0, transformers 5.25.0) as linalg-on-tensors IR, unchanged:
// torch_encoder_post: TorchEncoder; input hidden_states, bf16
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d1)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map8 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @main(%arg0: tensor<1x8x32xbf16>) -> tensor<1x8x32xbf16> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.000000e+00 : bf16
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 0.000000e+00 : f64
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<1x2x8x8xf32>
    %cst_4 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_11> : tensor<32xbf16>
    %cst_5 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_10> : tensor<32xbf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_9> : tensor<32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16_1> : tensor<64xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_8> : tensor<32xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_7> : tensor<32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16_1> : tensor<96xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_96_32_torch.bfloat16_1> : tensor<96x32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16> : tensor<64xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %cst_22 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_23 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_24 = arith.constant 1.000000e-05 : f64
    %cst_25 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_27 = arith.constant 0xFFF0000000000000 : f64
    %cst_28 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16> : tensor<96xbf16>
    %cst_29 = arith.constant dense_resource<torch_tensor_96_32_torch.bfloat16> : tensor<96x32xbf16>
    %cst_30 = arith.constant 5.000000e-01 : f32
    %cst_31 = arith.constant 3.200000e+01 : f64
    %cst_32 = arith.constant 3.200000e+01 : f32
    %0 = tensor.empty() : tensor<8x1x32xbf16>
    %transposed = linalg.transpose ins(%arg0 : tensor<1x8x32xbf16>) outs(%0 : tensor<8x1x32xbf16>) permutation = [1, 0, 2] 
    %collapsed = tensor.collapse_shape %transposed [[0], [1, 2]] : tensor<8x1x32xbf16> into tensor<8x32xbf16>
    %1 = tensor.empty() : tensor<32x96xbf16>
    %transposed_33 = linalg.transpose ins(%cst_29 : tensor<96x32xbf16>) outs(%1 : tensor<32x96xbf16>) permutation = [1, 0] 
    %2 = tensor.empty() : tensor<96xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_28 : tensor<96xbf16>) outs(%2 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<96xf32>
    %4 = tensor.empty() : tensor<8x32xf32>
    %5 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<8x32xbf16>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %6 = tensor.empty() : tensor<32x96xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_33 : tensor<32x96xbf16>) outs(%6 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32x96xf32>
    %8 = tensor.empty() : tensor<8x96xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %10 = linalg.matmul ins(%5, %7 : tensor<8x32xf32>, tensor<32x96xf32>) outs(%9 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %11 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<96xf32>) outs(%8 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x96xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%10, %11 : tensor<8x96xf32>, tensor<8x96xf32>) outs(%8 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x96xf32>
    %13 = tensor.empty() : tensor<8x96xbf16>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%12 : tensor<8x96xf32>) outs(%13 : tensor<8x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x96xbf16>
    %expanded = tensor.expand_shape %14 [[0, 1], [2, 3, 4]] output_shape [1, 8, 1, 3, 32] : tensor<8x96xbf16> into tensor<1x8x1x3x32xbf16>
    %15 = tensor.empty() : tensor<3x8x1x1x32xbf16>
    %transposed_34 = linalg.transpose ins(%expanded : tensor<1x8x1x3x32xbf16>) outs(%15 : tensor<3x8x1x1x32xbf16>) permutation = [3, 1, 2, 0, 4] 
    %collapsed_35 = tensor.collapse_shape %transposed_34 [[0], [1], [2, 3], [4]] : tensor<3x8x1x1x32xbf16> into tensor<3x8x1x32xbf16>
    %extracted_slice = tensor.extract_slice %collapsed_35[0, 0, 0, 0] [1, 8, 1, 32] [1, 1, 1, 1] : tensor<3x8x1x32xbf16> to tensor<1x8x1x32xbf16>
    %extracted_slice_36 = tensor.extract_slice %collapsed_35[1, 0, 0, 0] [1, 8, 1, 32] [1, 1, 1, 1] : tensor<3x8x1x32xbf16> to tensor<1x8x1x32xbf16>
    %extracted_slice_37 = tensor.extract_slice %collapsed_35[2, 0, 0, 0] [1, 8, 1, 32] [1, 1, 1, 1] : tensor<3x8x1x32xbf16> to tensor<1x8x1x32xbf16>
    %collapsed_38 = tensor.collapse_shape %extracted_slice [[0, 1], [2, 3]] : tensor<1x8x1x32xbf16> into tensor<8x32xbf16>
    %expanded_39 = tensor.expand_shape %collapsed_38 [[0], [1, 2]] output_shape [8, 2, 16] : tensor<8x32xbf16> into tensor<8x2x16xbf16>
    %16 = tensor.empty() : tensor<2x8x16xbf16>
    %transposed_40 = linalg.transpose ins(%expanded_39 : tensor<8x2x16xbf16>) outs(%16 : tensor<2x8x16xbf16>) permutation = [1, 0, 2] 
    %collapsed_41 = tensor.collapse_shape %extracted_slice_36 [[0, 1], [2, 3]] : tensor<1x8x1x32xbf16> into tensor<8x32xbf16>
    %expanded_42 = tensor.expand_shape %collapsed_41 [[0], [1, 2]] output_shape [8, 2, 16] : tensor<8x32xbf16> into tensor<8x2x16xbf16>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<8x2x16xbf16>) outs(%16 : tensor<2x8x16xbf16>) permutation = [1, 0, 2] 
    %collapsed_44 = tensor.collapse_shape %extracted_slice_37 [[0, 1], [2, 3]] : tensor<1x8x1x32xbf16> into tensor<8x32xbf16>
    %expanded_45 = tensor.expand_shape %collapsed_44 [[0], [1, 2]] output_shape [8, 2, 16] : tensor<8x32xbf16> into tensor<8x2x16xbf16>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<8x2x16xbf16>) outs(%16 : tensor<2x8x16xbf16>) permutation = [1, 0, 2] 
    %expanded_47 = tensor.expand_shape %transposed_40 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %expanded_48 = tensor.expand_shape %transposed_43 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %expanded_49 = tensor.expand_shape %transposed_46 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %17 = tensor.empty() : tensor<1x2x8x16xf32>
    %18 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<1x2x8x16xbf16>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<1x2x8x16xbf16>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %20 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<1x2x8x16xbf16>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18 : tensor<1x2x8x16xf32>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.mulf %in, %cst_30 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %22 = tensor.empty() : tensor<1x2x16x8xf32>
    %transposed_50 = linalg.transpose ins(%19 : tensor<1x2x8x16xf32>) outs(%22 : tensor<1x2x16x8xf32>) permutation = [0, 1, 3, 2] 
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<1x2x16x8xf32>) outs(%22 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.mulf %in, %cst_30 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x16x8xf32>
    %collapsed_51 = tensor.collapse_shape %21 [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
    %collapsed_52 = tensor.collapse_shape %23 [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
    %24 = tensor.empty() : tensor<2x8x8xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %26 = linalg.batch_matmul ins(%collapsed_51, %collapsed_52 : tensor<2x8x16xf32>, tensor<2x16x8xf32>) outs(%25 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %expanded_53 = tensor.expand_shape %26 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xf32> into tensor<1x2x8x8xf32>
    %27 = tensor.empty() : tensor<1x2x8xi64>
    %28 = linalg.fill ins(%c0_i64 : i64) outs(%27 : tensor<1x2x8xi64>) -> tensor<1x2x8xi64>
    %29 = tensor.empty() : tensor<1x2x8xf32>
    %30 = linalg.fill ins(%cst_1 : f32) outs(%29 : tensor<1x2x8xf32>) -> tensor<1x2x8xf32>
    %31:2 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_53 : tensor<1x2x8x8xf32>) outs(%30, %28 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_109: i64):
      %215 = linalg.index 3 : index
      %216 = arith.index_cast %215 : index to i64
      %217 = arith.maximumf %in, %out : f32
      %218 = arith.cmpf ogt, %in, %out : f32
      %219 = arith.select %218, %216, %out_109 : i64
      linalg.yield %217, %219 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_54 = tensor.expand_shape %31#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %32 = tensor.empty() : tensor<1x2x8x8xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_53, %expanded_54 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.subf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33 : tensor<1x2x8x8xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.exp %in : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %35 = tensor.empty() : tensor<1x2x8x1xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%35 : tensor<1x2x8x1xf32>) -> tensor<1x2x8x1xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%34 : tensor<1x2x8x8xf32>) outs(%36 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x1xf32>
    %38 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %37 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.divf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %39 = tensor.empty() : tensor<1x2x8x8xi1>
    %40 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_53 : tensor<1x2x8x8xf32>) outs(%39 : tensor<1x2x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %215 = arith.extf %in : f32 to f64
      %216 = arith.cmpf oeq, %215, %cst_27 : f64
      linalg.yield %216 : i1
    } -> tensor<1x2x8x8xi1>
    %41 = tensor.empty() : tensor<1x2x8x1xi1>
    %42 = linalg.fill ins(%true : i1) outs(%41 : tensor<1x2x8x1xi1>) -> tensor<1x2x8x1xi1>
    %43 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<1x2x8x8xi1>) outs(%42 : tensor<1x2x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %215 = arith.andi %in, %out : i1
      linalg.yield %215 : i1
    } -> tensor<1x2x8x1xi1>
    %44 = linalg.generic {indexing_maps = [#map5, #map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %cst_3, %38 : tensor<1x2x8x1xi1>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: i1, %in_109: f32, %in_110: f32, %out: f32):
      %215 = arith.select %in, %in_109, %in_110 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %collapsed_55 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<1x2x8x8xf32> into tensor<2x8x8xf32>
    %collapsed_56 = tensor.collapse_shape %20 [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
    %45 = tensor.empty() : tensor<2x8x16xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %47 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<2x8x8xf32>, tensor<2x8x16xf32>) outs(%46 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %expanded_57 = tensor.expand_shape %47 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xf32> into tensor<1x2x8x16xf32>
    %48 = tensor.empty() : tensor<1x2x8x16xbf16>
    %49 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_57 : tensor<1x2x8x16xf32>) outs(%48 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<1x2x8x16xbf16>
    %50 = tensor.empty() : tensor<8x1x2x16xbf16>
    %transposed_58 = linalg.transpose ins(%49 : tensor<1x2x8x16xbf16>) outs(%50 : tensor<8x1x2x16xbf16>) permutation = [2, 0, 1, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_58 [[0], [1, 2, 3]] : tensor<8x1x2x16xbf16> into tensor<8x32xbf16>
    %51 = tensor.empty() : tensor<32x32xbf16>
    %transposed_60 = linalg.transpose ins(%cst_26 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xbf16>) permutation = [1, 0] 
    %52 = tensor.empty() : tensor<32xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_25 : tensor<32xbf16>) outs(%52 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_59 : tensor<8x32xbf16>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %55 = tensor.empty() : tensor<32x32xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_60 : tensor<32x32xbf16>) outs(%55 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32x32xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%4 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %58 = linalg.matmul ins(%54, %56 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%57 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %59 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%53 : tensor<32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%58, %59 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %61 = tensor.empty() : tensor<8x32xbf16>
    %62 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%60 : tensor<8x32xf32>) outs(%61 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x32xbf16>
    %expanded_61 = tensor.expand_shape %62 [[0], [1, 2]] output_shape [8, 1, 32] : tensor<8x32xbf16> into tensor<8x1x32xbf16>
    %63 = tensor.empty() : tensor<1x8x32xbf16>
    %transposed_62 = linalg.transpose ins(%expanded_61 : tensor<8x1x32xbf16>) outs(%63 : tensor<1x8x32xbf16>) permutation = [1, 0, 2] 
    %64 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %transposed_62 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_109: bf16, %out: bf16):
      %215 = arith.addf %in, %in_109 : bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %65 = tensor.empty() : tensor<1x8x32xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<1x8x32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %67 = tensor.empty() : tensor<1x8x32xf64>
    %68 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<1x8x32xf32>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %215 = arith.extf %in : f32 to f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %69 = tensor.empty() : tensor<1x8x1xf64>
    %70 = linalg.fill ins(%cst_2 : f64) outs(%69 : tensor<1x8x1xf64>) -> tensor<1x8x1xf64>
    %71 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%68 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %72 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %73 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %72 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.subf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %74 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %73 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.mulf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %75 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %76 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %77 = tensor.empty() : tensor<1x8x1xf32>
    %78 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<1x8x1xf64>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %215 = arith.truncf %in : f64 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%77 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %80 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%66 : tensor<1x8x32xf32>) outs(%79 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %81 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_32 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %82 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_24 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x1xf32>
    %83 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %84 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %81 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.subf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %85 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %83 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.mulf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %86 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %cst_23 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.mulf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %87 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %cst_22 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %88 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<1x8x32xf32>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_63 = tensor.collapse_shape %88 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %89 = tensor.empty() : tensor<32x64xbf16>
    %transposed_64 = linalg.transpose ins(%cst_21 : tensor<64x32xbf16>) outs(%89 : tensor<32x64xbf16>) permutation = [1, 0] 
    %90 = tensor.empty() : tensor<64xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_20 : tensor<64xbf16>) outs(%90 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_63 : tensor<8x32xbf16>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %93 = tensor.empty() : tensor<32x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_64 : tensor<32x64xbf16>) outs(%93 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32x64xf32>
    %95 = tensor.empty() : tensor<8x64xf32>
    %96 = linalg.fill ins(%cst : f32) outs(%95 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %97 = linalg.matmul ins(%92, %94 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%96 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%91 : tensor<64xf32>) outs(%95 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%97, %98 : tensor<8x64xf32>, tensor<8x64xf32>) outs(%95 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x64xf32>
    %100 = tensor.empty() : tensor<8x64xbf16>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%99 : tensor<8x64xf32>) outs(%100 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x64xbf16>
    %expanded_65 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %102 = tensor.empty() : tensor<1x8x64xbf16>
    %103 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_65 : tensor<1x8x64xbf16>) outs(%102 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %215 = arith.cmpf ugt, %in, %cst_0 : bf16
      %216 = arith.select %215, %in, %cst_0 : bf16
      linalg.yield %216 : bf16
    } -> tensor<1x8x64xbf16>
    %collapsed_66 = tensor.collapse_shape %103 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %104 = tensor.empty() : tensor<64x32xbf16>
    %transposed_67 = linalg.transpose ins(%cst_19 : tensor<32x64xbf16>) outs(%104 : tensor<64x32xbf16>) permutation = [1, 0] 
    %105 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_18 : tensor<32xbf16>) outs(%52 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_66 : tensor<8x64xbf16>) outs(%95 : tensor<8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x64xf32>
    %107 = tensor.empty() : tensor<64x32xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_67 : tensor<64x32xbf16>) outs(%107 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<64x32xf32>
    %109 = linalg.matmul ins(%106, %108 : tensor<8x64xf32>, tensor<64x32xf32>) outs(%57 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%105 : tensor<32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%109, %110 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%111 : tensor<8x32xf32>) outs(%61 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x32xbf16>
    %expanded_68 = tensor.expand_shape %112 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %113 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %expanded_68 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_109: bf16, %out: bf16):
      %215 = arith.addf %in, %in_109 : bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %114 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<1x8x32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %115 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x8x32xf32>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %215 = arith.extf %in : f32 to f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %116 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %117 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %118 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %117 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.subf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %119 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %118 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.mulf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %120 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%119 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %121 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %122 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<1x8x1xf64>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %215 = arith.truncf %in : f64 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %123 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<1x8x32xf32>) outs(%79 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %124 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_32 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %125 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_24 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x1xf32>
    %126 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %127 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %124 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.subf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %128 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %126 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.mulf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %129 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %cst_17 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.mulf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %130 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %cst_16 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %131 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x8x32xf32>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %transposed_69 = linalg.transpose ins(%131 : tensor<1x8x32xbf16>) outs(%0 : tensor<8x1x32xbf16>) permutation = [1, 0, 2] 
    %collapsed_70 = tensor.collapse_shape %transposed_69 [[0], [1, 2]] : tensor<8x1x32xbf16> into tensor<8x32xbf16>
    %transposed_71 = linalg.transpose ins(%cst_15 : tensor<96x32xbf16>) outs(%1 : tensor<32x96xbf16>) permutation = [1, 0] 
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_14 : tensor<96xbf16>) outs(%2 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<96xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_70 : tensor<8x32xbf16>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_71 : tensor<32x96xbf16>) outs(%6 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32x96xf32>
    %135 = linalg.matmul ins(%133, %134 : tensor<8x32xf32>, tensor<32x96xf32>) outs(%9 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%132 : tensor<96xf32>) outs(%8 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x96xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%135, %136 : tensor<8x96xf32>, tensor<8x96xf32>) outs(%8 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x96xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%137 : tensor<8x96xf32>) outs(%13 : tensor<8x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x96xbf16>
    %expanded_72 = tensor.expand_shape %138 [[0, 1], [2, 3, 4]] output_shape [1, 8, 1, 3, 32] : tensor<8x96xbf16> into tensor<1x8x1x3x32xbf16>
    %transposed_73 = linalg.transpose ins(%expanded_72 : tensor<1x8x1x3x32xbf16>) outs(%15 : tensor<3x8x1x1x32xbf16>) permutation = [3, 1, 2, 0, 4] 
    %collapsed_74 = tensor.collapse_shape %transposed_73 [[0], [1], [2, 3], [4]] : tensor<3x8x1x1x32xbf16> into tensor<3x8x1x32xbf16>
    %extracted_slice_75 = tensor.extract_slice %collapsed_74[0, 0, 0, 0] [1, 8, 1, 32] [1, 1, 1, 1] : tensor<3x8x1x32xbf16> to tensor<1x8x1x32xbf16>
    %extracted_slice_76 = tensor.extract_slice %collapsed_74[1, 0, 0, 0] [1, 8, 1, 32] [1, 1, 1, 1] : tensor<3x8x1x32xbf16> to tensor<1x8x1x32xbf16>
    %extracted_slice_77 = tensor.extract_slice %collapsed_74[2, 0, 0, 0] [1, 8, 1, 32] [1, 1, 1, 1] : tensor<3x8x1x32xbf16> to tensor<1x8x1x32xbf16>
    %collapsed_78 = tensor.collapse_shape %extracted_slice_75 [[0, 1], [2, 3]] : tensor<1x8x1x32xbf16> into tensor<8x32xbf16>
    %expanded_79 = tensor.expand_shape %collapsed_78 [[0], [1, 2]] output_shape [8, 2, 16] : tensor<8x32xbf16> into tensor<8x2x16xbf16>
    %transposed_80 = linalg.transpose ins(%expanded_79 : tensor<8x2x16xbf16>) outs(%16 : tensor<2x8x16xbf16>) permutation = [1, 0, 2] 
    %collapsed_81 = tensor.collapse_shape %extracted_slice_76 [[0, 1], [2, 3]] : tensor<1x8x1x32xbf16> into tensor<8x32xbf16>
    %expanded_82 = tensor.expand_shape %collapsed_81 [[0], [1, 2]] output_shape [8, 2, 16] : tensor<8x32xbf16> into tensor<8x2x16xbf16>
    %transposed_83 = linalg.transpose ins(%expanded_82 : tensor<8x2x16xbf16>) outs(%16 : tensor<2x8x16xbf16>) permutation = [1, 0, 2] 
    %collapsed_84 = tensor.collapse_shape %extracted_slice_77 [[0, 1], [2, 3]] : tensor<1x8x1x32xbf16> into tensor<8x32xbf16>
    %expanded_85 = tensor.expand_shape %collapsed_84 [[0], [1, 2]] output_shape [8, 2, 16] : tensor<8x32xbf16> into tensor<8x2x16xbf16>
    %transposed_86 = linalg.transpose ins(%expanded_85 : tensor<8x2x16xbf16>) outs(%16 : tensor<2x8x16xbf16>) permutation = [1, 0, 2] 
    %expanded_87 = tensor.expand_shape %transposed_80 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %expanded_88 = tensor.expand_shape %transposed_83 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %expanded_89 = tensor.expand_shape %transposed_86 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %139 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_87 : tensor<1x2x8x16xbf16>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %140 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<1x2x8x16xbf16>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %141 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_89 : tensor<1x2x8x16xbf16>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %142 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139 : tensor<1x2x8x16xf32>) outs(%17 : tensor<1x2x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.mulf %in, %cst_30 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x16xf32>
    %transposed_90 = linalg.transpose ins(%140 : tensor<1x2x8x16xf32>) outs(%22 : tensor<1x2x16x8xf32>) permutation = [0, 1, 3, 2] 
    %143 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_90 : tensor<1x2x16x8xf32>) outs(%22 : tensor<1x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.mulf %in, %cst_30 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x16x8xf32>
    %collapsed_91 = tensor.collapse_shape %142 [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
    %collapsed_92 = tensor.collapse_shape %143 [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
    %144 = linalg.batch_matmul ins(%collapsed_91, %collapsed_92 : tensor<2x8x16xf32>, tensor<2x16x8xf32>) outs(%25 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %expanded_93 = tensor.expand_shape %144 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xf32> into tensor<1x2x8x8xf32>
    %145:2 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_93 : tensor<1x2x8x8xf32>) outs(%30, %28 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_109: i64):
      %215 = linalg.index 3 : index
      %216 = arith.index_cast %215 : index to i64
      %217 = arith.maximumf %in, %out : f32
      %218 = arith.cmpf ogt, %in, %out : f32
      %219 = arith.select %218, %216, %out_109 : i64
      linalg.yield %217, %219 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_94 = tensor.expand_shape %145#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_93, %expanded_94 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.subf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%146 : tensor<1x2x8x8xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.exp %in : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%147 : tensor<1x2x8x8xf32>) outs(%36 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x1xf32>
    %149 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147, %148 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.divf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_93 : tensor<1x2x8x8xf32>) outs(%39 : tensor<1x2x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %215 = arith.extf %in : f32 to f64
      %216 = arith.cmpf oeq, %215, %cst_27 : f64
      linalg.yield %216 : i1
    } -> tensor<1x2x8x8xi1>
    %151 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%150 : tensor<1x2x8x8xi1>) outs(%42 : tensor<1x2x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %215 = arith.andi %in, %out : i1
      linalg.yield %215 : i1
    } -> tensor<1x2x8x1xi1>
    %152 = linalg.generic {indexing_maps = [#map5, #map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%151, %cst_3, %149 : tensor<1x2x8x1xi1>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>) outs(%32 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: i1, %in_109: f32, %in_110: f32, %out: f32):
      %215 = arith.select %in, %in_109, %in_110 : f32
      linalg.yield %215 : f32
    } -> tensor<1x2x8x8xf32>
    %collapsed_95 = tensor.collapse_shape %152 [[0, 1], [2], [3]] : tensor<1x2x8x8xf32> into tensor<2x8x8xf32>
    %collapsed_96 = tensor.collapse_shape %141 [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
    %153 = linalg.batch_matmul ins(%collapsed_95, %collapsed_96 : tensor<2x8x8xf32>, tensor<2x8x16xf32>) outs(%46 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %expanded_97 = tensor.expand_shape %153 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xf32> into tensor<1x2x8x16xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_97 : tensor<1x2x8x16xf32>) outs(%48 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<1x2x8x16xbf16>
    %transposed_98 = linalg.transpose ins(%154 : tensor<1x2x8x16xbf16>) outs(%50 : tensor<8x1x2x16xbf16>) permutation = [2, 0, 1, 3] 
    %collapsed_99 = tensor.collapse_shape %transposed_98 [[0], [1, 2, 3]] : tensor<8x1x2x16xbf16> into tensor<8x32xbf16>
    %transposed_100 = linalg.transpose ins(%cst_13 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xbf16>) permutation = [1, 0] 
    %155 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_12 : tensor<32xbf16>) outs(%52 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_99 : tensor<8x32xbf16>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_100 : tensor<32x32xbf16>) outs(%55 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32x32xf32>
    %158 = linalg.matmul ins(%156, %157 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%57 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%155 : tensor<32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%158, %159 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%160 : tensor<8x32xf32>) outs(%61 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x32xbf16>
    %expanded_101 = tensor.expand_shape %161 [[0], [1, 2]] output_shape [8, 1, 32] : tensor<8x32xbf16> into tensor<8x1x32xbf16>
    %transposed_102 = linalg.transpose ins(%expanded_101 : tensor<8x1x32xbf16>) outs(%63 : tensor<1x8x32xbf16>) permutation = [1, 0, 2] 
    %162 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %transposed_102 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_109: bf16, %out: bf16):
      %215 = arith.addf %in, %in_109 : bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %163 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<1x8x32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %164 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x8x32xf32>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %215 = arith.extf %in : f32 to f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %165 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%164 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %166 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %167 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %166 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.subf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %168 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %167 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.mulf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %169 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%168 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %170 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %171 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<1x8x1xf64>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %215 = arith.truncf %in : f64 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %172 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%163 : tensor<1x8x32xf32>) outs(%79 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %173 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_32 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %174 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_24 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x1xf32>
    %175 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %176 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %173 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.subf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %177 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %175 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.mulf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %178 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177, %cst_11 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.mulf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %179 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %cst_10 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %180 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<1x8x32xf32>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_103 = tensor.collapse_shape %180 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %transposed_104 = linalg.transpose ins(%cst_9 : tensor<64x32xbf16>) outs(%89 : tensor<32x64xbf16>) permutation = [1, 0] 
    %181 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_8 : tensor<64xbf16>) outs(%90 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<64xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_103 : tensor<8x32xbf16>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_104 : tensor<32x64xbf16>) outs(%93 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32x64xf32>
    %184 = linalg.matmul ins(%182, %183 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%96 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %185 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%181 : tensor<64xf32>) outs(%95 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x64xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%184, %185 : tensor<8x64xf32>, tensor<8x64xf32>) outs(%95 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x64xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%186 : tensor<8x64xf32>) outs(%100 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x64xbf16>
    %expanded_105 = tensor.expand_shape %187 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %188 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_105 : tensor<1x8x64xbf16>) outs(%102 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %215 = arith.cmpf ugt, %in, %cst_0 : bf16
      %216 = arith.select %215, %in, %cst_0 : bf16
      linalg.yield %216 : bf16
    } -> tensor<1x8x64xbf16>
    %collapsed_106 = tensor.collapse_shape %188 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %transposed_107 = linalg.transpose ins(%cst_7 : tensor<32x64xbf16>) outs(%104 : tensor<64x32xbf16>) permutation = [1, 0] 
    %189 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel"]} ins(%cst_6 : tensor<32xbf16>) outs(%52 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<32xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_106 : tensor<8x64xbf16>) outs(%95 : tensor<8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<8x64xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%transposed_107 : tensor<64x32xbf16>) outs(%107 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<64x32xf32>
    %192 = linalg.matmul ins(%190, %191 : tensor<8x64xf32>, tensor<64x32xf32>) outs(%57 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %193 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%189 : tensor<32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%192, %193 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%4 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.addf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<8x32xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%194 : tensor<8x32xf32>) outs(%61 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<8x32xbf16>
    %expanded_108 = tensor.expand_shape %195 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %196 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %expanded_108 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_109: bf16, %out: bf16):
      %215 = arith.addf %in, %in_109 : bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    %197 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<1x8x32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %215 = arith.extf %in : bf16 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %198 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<1x8x32xf32>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %215 = arith.extf %in : f32 to f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %199 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%198 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %200 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %201 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198, %200 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.subf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %202 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %201 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%67 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_109: f64, %out: f64):
      %215 = arith.mulf %in, %in_109 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x32xf64>
    %203 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%202 : tensor<1x8x32xf64>) outs(%70 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.addf %in, %out : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %204 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203 : tensor<1x8x1xf64>) outs(%69 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %215 = arith.divf %in, %cst_31 : f64
      linalg.yield %215 : f64
    } -> tensor<1x8x1xf64>
    %205 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204 : tensor<1x8x1xf64>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %215 = arith.truncf %in : f64 to f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %206 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%197 : tensor<1x8x32xf32>) outs(%79 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %207 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_32 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %208 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_24 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x1xf32>
    %209 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<1x8x1xf32>) outs(%77 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x1xf32>
    %210 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %207 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.subf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %211 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210, %209 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: f32, %out: f32):
      %215 = arith.mulf %in, %in_109 : f32
      linalg.yield %215 : f32
    } -> tensor<1x8x32xf32>
    %212 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %cst_5 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.mulf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %213 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212, %cst_4 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%65 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_109: bf16, %out: f32):
      %215 = arith.extf %in_109 : bf16 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<1x8x32xf32>
    %214 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel"]} ins(%213 : tensor<1x8x32xf32>) outs(%63 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %215 = arith.truncf %in : f32 to bf16
      linalg.yield %215 : bf16
    } -> tensor<1x8x32xbf16>
    return %214 : tensor<1x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_11: "0x0200000098BDA1BDC73B6FBEE0BD17BDD5BAD3BBA6BD683CA93DB93C043E853DF83D0B3EEABC783DB13CB3BC27BE173E043E003D953D123E0A3D903B25BEF43CEC3D20BE",
      torch_tensor_32_torch.bfloat16_10: "0x020000008B3F873F7A3F893F5E3F833F713F643F953F923F8B3F843F863F6F3F5B3F963F673F743F783F8C3F613F853F863F8C3F743F893F773F7A3F7B3F883F7D3F643F",
      torch_tensor_32_torch.bfloat16_9: "0x020000001FBC2CBDFA3D99BD943D473DEB3DF6BDBB3D23BD34BD893BAE3D833D94BDF53CA7BB293DC0B8FEBC6D3DDB3D883D29BDE03AC33C95BDD93D873D5E3DED3D87BC",
      torch_tensor_32_64_torch.bfloat16_1: "0x02000000C83DADBDF63D633D463D7EBCC13C033D71BDBC3D9D3DF13B133D79BC39BDC5BD45BDF5BD21BD863DF83DEABDD5BDD33D35BD3139A13DE33D423DFE3C46BB4E3B4F3DF1BDF8BDAD3DFBBD873DB93DAA3D1C3D643C6C3D993D813BB8BD9F3D643C9A3DACBD00BDA4BDEB3BDA3DC33CDA3DBC3DB0BDF63DE43BD63DC63CAFBCD93DBDBD383B8FBCB93B13BDCB3DD6BB543D5C3DE93D383DFFBDD4BDF2BDFBBDD5BDEFBAF23DA6BD573D6ABDC63DA63D6E3DE23DC1BDD9BD83BDD03CE23DA93D203DB6BC91BDFF3DE0BDB1BD973DC83D073D0FBB73BC853C81BDFD3D003E46BDB23DF3BCBABDB03CC4BCD53D0E3CE1BCCBBDA73DAB3D903C33BC2CBDED3CF63DA9BC3B3CF4BD033D5BBDF3BC88BDED3DAE3D5CBDFBBC1C3D413D71BD503DA33C933D8ABDA5BD6E3DA0BB5FBDC93D64BCABBD92BC6DBD31BDD3BDCC3DE13DD8BDA03D163D50BD16BDAF3CD93CD93DF53DEC3BF13D97BD8B3AD3BD753DCC3C9BBDC3BDCBBC41BD51BDDFBDA3BDD43D7CBD503D0B3C8CBC273DC13D203D5E3CD03D293CE13CFA3DB9BDBA3D76BDD2BB94BDA93DCEBD63BDB13C44BD5C3CEB3DE2BDA6BDC7BDF53DF93CB9BDDFBDBE3DEB3D9BBD033DFEBC983D8FBDAF3D003E9B3DAFBC863C5D3D94BD6FBDFABDB53D6EBDDC3DC9BC3DBD823D47BCAEBD5C3C6EBDB9BDA2BD323D2C3C50BD373D20BDC6BD303D2EBD18BDB83DBF3DFBBDDC3DE53DB9BDFFBDC8BD08BDB8BB0D3DF43CC63CC8BDF63DDD3D793DE03C8FBD163CB7BDEB3DE3BDDA3DF13D78BDE4BD353DC4BDECBD9ABDB53DA0BD4DBD50BDB63D463D933DBFBC97BD393D4F3DD43DF0BDBCBDA83D043DAA3D01BDFF3D483D46BD77BD073D4ABB78BD89BD2D3D7D3DF43D58BD97BDA1BDADBDFD3D7ABD71BDBC3DCC3DEABD62BC1A3D9D3C92BDCEBDB9BD2B3D6EBDE9BDFC3D6B3D19BDA33C36BDA9BDEDBDA73DECBDC1BDD63DA1BD2CBD173AFDBDE8BDD0BD9ABC39BDBE3DA53DF93DDEBD74BDAE3D313DA7BDC03D83BDF33DCCBD853DE9BBDEBD843D3CBD0F3B1CBDE5BC03BD663D25BCAF3D4F3D42BA4D3D2CBDC5BDA9BDAFBDCFBDA43C36BCE6BD853D9F3DD93DA83B16BC973DDEBDFD3BA83DB13D713C2ABC373DDA3C8ABBCB3DDB3D91BDE63D06BDDC3CE43D72BD6F3D8CBC91BDF9BBDB3D8F3D84BDE83DD03CDB3DF33D15BDCC3D98BCA23C853BE23A1FBCEBBD323CEB3D283DEDBDBF3CA6BC173DEBBDAB3CB7BD923C9A3DB33DA9BCE33DF1BB93BD6F3DB13BCABDA33DF73D8C3DA3BCD7BDDB3D88BD9A3CE8BD9E3DCE3CF43D783DF4BDCA3DCFBD75BD843D8BBD063D533C113C8BBDB33D933C3E3D6E3C7FBD40BDAA3DE0BD31BDEABD99BD8A3CE9BC2B3DC33DD73CF33DADB9F73DA53C52BB0F3DCABDD13DEA3DE1BD98BDCA3D013D39BD7FBDEBBCC1BCEC3D9CBD903C113D7EBDFFBBB9BCC33DB73DC6BB83BD93BD5ABDDE3DD03DCC3CEFBD243DBEBC8F3D853DD73D153C1D3C6D3AB13DC13D713DCDBC15BDED3D84BDB03C213D853D9BBDC6BC6FBB3BBCDCBD5D3DC4BD01BD1D3DC93DB2BC8EBD64BD97BA8CBDFD3C673DF23DD73DD1BC5A3D863C733D69BDF03D5A3AA23DBE3DD9BCC43D05BD7F3D9FBCCABD03BD423DCC3DD1BD95BD853D83BDD53BB3BD013C78BDE53C4A3DC43CC9BDC03DD73DE6BDD23DDDBD713DF2BB24BC79BDCA3DA53C0EBC91BBBA3DFE3D92BDE3BDADBD8BBDD1BD39BD46BD6ABA123DA43DA9BDB7BD5FBDBDBDDD3BC2BDBDBB8CBCC6BD67BD603D13BDE2BDD03D20BD773CCE3D7F3DCFBDE23D0FBD033D643D333DAF3D67BDBE3DA33DE1BD3FBDDD3DBEBDE8BD9E3D343D613CCC3DCA3BFA3DAABDDCBDDFBCF93DDBBD533D033D59BDD2BD563D403D56BB4A3D8C3DB4BDDDBDAABC93BC45BD073DC4BDF93DCEBC8FBDA4BCCBBDDEBD143D0DBD8BBD6C3DC83D663C7FBD8B3D30BD6DBDC8BCF9BCF73DB8BCE6BD23BD3C3D5D3DACBDB4BD12BD033CD3BD6C3DC0BC953D193DA3BC39BC1D3D85BD05BD6A3DE4BDCCBCD53C84BD723D7E3D94BC25BD783DE73BC6BD943DFC3DDB3D8DBDEE3D55BDC2BDB73DB5BDEB3DFB3DACBDAA3DC3BC05BD9B3C413DAEBDFB3DB33D94BD723DB63C8D3D3FBB2D3D0F3DEF3D903CD13DA93C253D64BC5EBCC0BDF63D8BBD863DEC3CA63DF2BD3FBCF5BDCABD353DF2BCAB3DBF3DA13918BDB23DF43D783CD6BD563DABBCBDBDDC3C403BF33AFF3D823DA23D883ACABC403DC0BDF23D7F3CEEBD94BD773DEC3C7D3DFCBD22BA993D8D3DDE3BFDBDE03D453D483D9A3D973D67BCAA3DAE3DFE3CC5BDB33D7BBDDA3D9FBD0DBC46BD8CBD29BDA53D293D3DBCCEBD8EBD913D6FBDC5BD8CBD2BBD64BD873DC4BAF23DECBD81BD2A3D9D3D52BD4D3D8DBD9BBD8C3DF9BBBBBD9EBBE13DEA3CCDBCBABC99BD923D073B84BDED3B1E3DAD3B27BCF1BD77BB24BDD2BA9DBD413D9FBD25BD6BBD81BDE93A64BD5EBD583C573D74BD883D183DC63D463CD23DE7BD153DDCBD583D44BDD2BCD93DF03D00BD93BD8C3D63BD71BDC1BDFE3DF33BC83C95BD6F3DF3BD15BD9CBC973D3FBC933CC43D343DD03D2EBD9E3D9FBC14BCDB3CF73D053A5BBC48BDA2BD933DD4BC2CBDDE3CAF3CA6BCD63D9D3DF93C73BD54BDDF3DD33CE8BD8ABCE63C0A3DD93D833B77BCB53D97BC253DC0BD35BDC1BD4C3CC9BDC33D63BDAFBDF63B71BD99BDBB3D253DA83C7C3D2BBD553CF73D5DBD4E3DD73D8FBCD33D07BDCCBC033D9EBC06BDC8BCD23C8DBDC4BDC9BDFC3D5C3B653DF5BD96BCC8BD31BCE43DBA3D39BD8BBDD1BD7CBD2F3D98BD8D3D38BDED3DF8BCB6BC973DB33DB93DB93DF2BD8D3D86BDB63DC73D2BBC313DD93C613DAC3D143D2CBDA13B6D3CD4BD283DA7BDA23DE53D8B3CD63D313BA13D7F3DD5BDCDBDF6BC4C3DBFBCD0BC9B3DE53D593D183D823D8B3CE7BDFEBDEEBDE1BDC23D11BCB1BDDF3C2C3A9ABDF5BDED3CFB3A36BD8FBD07BDDF3DCDBD4BBD23BDEB3DFA3BAF3D4BBCA0BC913D45BD983DE03D503D9E3DC6BDEC3D9ABD903D203D163C053DFBBDF43D04BCE53D493B51BDA03D1CBBA3BD813CFFBD9EBDD0BDD23B8DBD33BBC3BDDDBD6DBC713CB83D2FBDF43DB7BD313DE6BDE73D41BD8E3DC53B4EBDF4BC3FBD9D3DBB3DF43DF4BC1ABD81BD0CBCF83C29BCA5BD173C73BBCDBD0BBDA8BBF9BD8E3C0D3D40BC8DBC443B033D75BD3FBC933D16BD38B9EDBDC3BD45BC31BDF93DDBBCD6BDDA3DA5BDD43D50BCC93CFBBDE83DB8BA80BDB7BDBA3CF2BDBE3D8C3DDE3DE43D97BD0BBD9D3DA43DFB3D54BD933C8BBB933D7BBDE83D18BD7E3DC13D00BEBF3CB0BD763DDB3D23BDADBD82BDC73DA6BCBFBDD23DA83D5EBC6C3C7B3CF73D943DB93C373B253DBDBD8B3D573D6D3C953DC5BCEABDD5BDF13D29BDBBBDFB3DB5BDD03DE43D82BC953DC43DF1BD89BD853C213DAFBDD3BDF53D71BDFABD613D84BD33BD34BDEC3D433DFB3D35BDBA3DD0BD9B3DA83B993BDA3D1D3C5ABD8DBDA63C2BBD813DD6BDACBDDF3D46BDFCBDB73D0BBD423A9F3D2B3DF6BDB83CF83DEDBBBA3DE03D3D3DEDBDDC3DCA3D193D29BCB0BDE23C32BDE53DFFBDDD3C2DBBAC397FBC593DDCBDDC3CAABD233D2EBC823C903D4CBDCEBD6FBDD13DD0BDA23D35BDD73B523D35BDB0BD2D3D9B3D3F3D8FBB5A3C573D233D7EBDB93D89BC4ABD1ABD883C84BDBBBD8F3DD13DFEBDCC3D96BDF23CED3DA0BD53BD143DA0BD47BDD7BD6F3CA03D093DB6BCF33DC83D8BBD923DEBBC253D5F3C603D82BD77BD92BDA6BD5DBDF63C123DC23CBF3DC33DCF3D9F3D80BA023D81BD093B1B3CD1BDD23DE3BCC43D733D8BBD163D62BD7CBD233D7A3D92BD81BDC13D3CBDACBDD9BD943DB83DFE3DC0BD763CC73C4B3CCF3CECBDF6BD54BD3C3C1B3C92BC00BEA03DACBDF33CBBBDB93DCE3D86BDDC3D1ABDF9BDA6BCC1BDD63CC63C62BD14BD173D8CBD533DBEBD963D74BDD6BDC43C583CBDBDE13D39BDA93D04BDAB3D77BDB2BDD1BD83BD8CBD6A3DA9BDAEBC3ABD41BD7BBC8D3D53BDD7BDAE3D95BDB13D50BC72BCF03DB83CE8BDF5BDEFBDBDBD393D553D853DECBD9A3DE33D493D4ABDDEBDFD3D493CDD3C9B3BAC3DFCBD813DAEBDED3DC8BDE2BC293D2A3D2B3DA53B0D3DACBDF2BB0F3DCD3DD0BD4ABDACBD84BD96BD9CBC393DC7BCCD3CF2BCF6BD823CB33BAEBDF7BDFD3C0DBDCD3CE0BCFCBC4DBDF63DE4BDFEBC0CBD34BD823DE43DD33D79BD5FBD4B3D893DD7BD68BD71BD47BC34BDC6BDACBCEDBC1D3C43BD6FBDE53D14BD983DA7BD5EBD503DCA3CC1BDC63D0BBD14B88BBCC43DF83C6F3DDFBCFF3D473D7D3DC7BCD4BDB93DE4BDFDBD433CC6BCB8BDC53D4F3C6DBDA53D353DC8BDA9BCDDBD8FBDB93C0E3D46BD34BDDBBD9EBD02BC933B903DAA3DDF3DC73CBDBD11BDE1BD1DBC863D6A3C6A3DD83D853DD5BCE93D8E3DBEBD933C773D243DF63DA8BD903CF83DA1BD8ABDAD3D813DC93DB2BC983DDCBD94BDA43CB6BD0DBB3FBDFD3D19BD323DC53CF73DAB3A913DAEBDB9BD853D9F3D82BDCD3D293D91BD773DFF3D03BDC73D1EBDF0BDCABD2CBDF23D573DDD3D823DE9BAA9BDE9BD2BBD62BDE63DF7BC78BCBA3CD23D53BC863DB1BDF4BD9DBC6B3DA03D3B3DC23D97BDE63CD53D9EBDB13DCFBDA73D853DE03D5DBCE1BB9ABDEB3D8EBB05BD063C853D82BDCCBDF9BC1B3D4E3C08BD853C26BCC63D96BDF73D9C3AB43D4E3DC1BDB83D33BDACBD603DC23C81BD71BDE03D00BE923C263BCCBD5F3DE6BD74BBD8BC903DDDBCEDBD1CBCCA3D93BDD83D8E3D6ABC7EBBD43D043B8B3C283C1A3CDEBD94BDEC3D993DD53BF23D48BD5B3D86BDC63D8D3D303DF5BBAE3D8B3D843D3FBD653BF4BC95BDF93CDC3D973D0FBD923D18BCF23DFDBD0A3DE2BD743DB83DC43D28BD343C063D30BDF03DAF3D7D3D51BDB33D82BDD0BD20BD3DBCA23D533D393D1BBDC73DF43DDDBDE63DC93C333D483D953DFC3A04BD30BDA4BD9EBB90BD993DB7BDDF3DE2BDD53D683CF1BD1A3DA5BDCBBDD83B12BDFD3CCA3DEBBDFF3D8EBDCABCA63D56BD81BDF0BC483DB1BBE93D5D3DEABDB8BD213C9DBB1CBD283D573D95BDCCBC373D3A3D38BC813D373DF0BDF5BD893B2F3DB6BD84BDF5BDC23CBA3DE33DD0BDC63D4DBDE1BDA43DD73DD2BB13BD803C703D6D3D81BD883B0D3D943CD53CE93C083D8B3D82BDD43D04BDD1BDAA3DA3BDFDBD2EBCF73DC2BDDE3CC7BD513DAD3DA7BCE4BDBFBD9DBD3FBD75BD613DE73CCDBD823CEDBDB73D0EBCEF3DC83D93BDC63DDBBDEDBDAB3D83BDBCBDA6BD94BDE2BD833CDCBD0FBDA13DC5BDAE3DFD3D9CBC77BCF3BDEE3DCD3D5CBC983DE1BDADBDF13DFEBD58BC89BDF2BDA83C5FBDCA3C3FBD2A3D873CFEBDA33D9E3DC4BD193D72BDB03D76BDA13DA2BD8ABD503D0C3D6ABDBC3DC33C753D98BDF83CF73C953DEC3DA23DFC3D60BDD3BDB53C13BB98BCCEBD8FBB713B9D3D763DAD3CB43D5CBCCE3DE9BD71BB65BDA43D0FBDADBDADBC9738AC3D8D3DE8BD58BD78BDD8BB633D95BCE93D623C8E3DF6BC943D493D983B89BB633D913CA1BD1FBDA8BDF53CC03D93BD2C3DC6BD533DF0BD49BDBCBAAEBC903D4CBD2A3D613D0C3DF8BD8EBDFBBC09BB453DB43DD33CAFBDFEBDE53DE139E4BD0DBD443D81BBA93DAFBC813CF03DE3BD4C3CD0BDACBDF0BD7B3DC9BC3A3D683C273DD7BD36BD0CBDBABD5A3D913D39BDAFBD85BDEFBDA7BD0DBDA93C76BDD2BD813DCD3DC23B92BC62BD273D243C6ABDB03D973DBD3DB13D98BDEA3D22BBECBDA23DA5BD70BDC73CB63DA43CDBBDAEBD3E3D0CBD0C3DDF3DA7BDDDBD2CBD",
      torch_tensor_64_torch.bfloat16_1: "0x0200000035BD053DD0BD373D15BE2A3ED9BD9A3DF8BDF7BDD5BCCEBD4BBD9DBD4BBD0CBE313ECC3D81BD033EA1BD14BE683D79BD083E43BD13BE193E233D5C3D8CBC10BE693DFA39F0BDCE3D2ABEE1BD29BD2ABE23BE5ABD08BD053EA93D283E613DC23C0CBD99BD22BE25BE9A3DE5BD95BDA93DE0BD863D20BC153DA5BD043E14BE29BE",
      torch_tensor_64_32_torch.bfloat16_1: "0x02000000B3BDE3BD97BD58BA4EBDE8BD023E573D28BE183D323DD53B303D72BC9E3DFFBD9ABD083EE0BDB23D273E26BE9FBD1A3E2FBC0F3DCE3C953D95BDBC3CF73D74BC26BE7A3D39BD19BDBD3DFE3CDBBDA7BDDCBC33BD19BDF7BD033EBC3D0F3D243DAA3C073E243DDD3CC7BD723D29BE643D1DBE96BDBF3DD8BD103EC8BD2B3E5F3D9DBDDD3D20BEE5BDE3BDBF3C8E3C1CBE2F3E31B9C1BD8A3B9BBD483D833D4DBD293CD73DEBBD21BDD6BCF0BD6C3CD53B12BE153D2D3EC13DC4BD263EF9BDB8BDA03D103E2D3E1C3EC7BD263DE3BD803B163EB23D27BE9CBD19BEAB3DB8BC04BE67BD6E3D863C2A3E1ABB643D5BBDAD3CD03B1B3E983DCEBD21BE2CBE83BDBB3C2A3E8EBC8E3DB83D0BBE16BE893DA93DA9BDE33C31BE123B313DDB3AE6BC973D47BD073E1CBECFBD17BE24BE063E33BD0EBE163D09BE163CAC3D19BDBA3D153D11BE0F3DE93D28BD893CB93C793C3C3D2DBE093E9E3DB33C043D12BE4FBDFCBB2C3DC7BD9A3C61BD043E1BBE973CF53D0DBEA6BBA73D923DAA3C923DFCBD173E813BEA3D203DA1BC9B3D2C3E333E18BE303C02BED33D023EFEBD27BCFB3DEF3D08BEF33D00BD1ABE103DA93DD93DF6BD03BEF3BDCD3D1EBEC3BA55BD9E3D0E3DB7BDFD3C273EEE3CB3BDC23B26BEE8BD06BDE2BD193E0D3D0C3E25BDC9BC373D57BD77BD32BE083E243E33BE70BD09BE93BD0A3EC23D61BC9B3D583DC63D11BE603D2BBEEEBD87BD8DBC2BBE903BE73C90BD6B3D1E3EF7BCC1BD20BE04BEC8BD06BE8EBDC73D633D233E343E82BD8EBDC63C10BEC53D02BD18BE09BEF9BD473D0B3E0F3E47BDD2BDA1BDF7BD3BBD23BEC23D2ABEE1BDF33D07BE2D3D083E323EB73D42BDCF3DBFBB5FBD173A223DF33D983DAD3DD93C12BC983D2E3D2DBEEA3CA1BDC0BD8C3D143DF53CACBDA73D2A3EB13C953D1FBED73D7C3DA33D973D3EBD2EBC2F3E043E02BE103E343EBE3C0DBE0C3D12BD023E2EBE393D08BB643CF93D513B12BED3BD91BD9A3C8C3D07BD8FBD9F3D30BEFD3DA8BCFC3D093E9B3C653DCDBD023ED43DE3BC8D3D22BC0D3E953D043E25BE303E873DB03D213DEE3D2A3E77BC15BE263E19BDAFBDDF3DCA3DC23C36BC0BBD263EDD3DD83DE73DBDBD173D1DBED23D33BE35BE33BEDF3D973CD339E63C89BD5CBDF4BD31BDDFBD983B0E3E16BEB23D07BE96BD0E3DF93C143E8BB88ABD96BDAA3B08BE0EBE9BBD953BF4BDCFBD013E273E63BD1BBE8BBD923D6B3D60BD1FBE5ABD22BDD03DB4BDD93DC93CF3BC21BE333E01BDE43DBBBD30BE10BEBABD67BDCCBC173E27BEB53D183E953AE2BDB93B2C3DA03D5CBD78BDABBD2FBE7E3D09BEAEBDEEBA0C3E213E04BE1D3E223E123E7C3C113EB03D02BEBFBD5A3B00BE6EBD123EA93D1E3EB23AB9BDF03D563CF43C99BD953D06BE103E1E3E833D0D3EDC3D8ABD1DBEBF3CE33D94BC743C063E953D073ED53CA23C2DBDF4BCC0BDF23D253E863DA53B6FBD33BE06BD01BE06BE0FBD0EBD123D03BE023E25BEABBD89BD333C963D3FBDE23C2BBD8EBDCBBC123D30BEFCBD0D3EA43D9BBBB73BC83C283DF7BD45BD26BE0EBE08BDBFBC0E3EF93CEBBCA0BBCA3D5BBD07BD11BD12BECABC27BEC3BDE6BD073E27BE2E3E883DF5BD163E20BD19BEC9BCB33D30BE59BC933D8DBD843C8EBDF3BD0E3E01BE08BB713DCABDAF3D16BE2D3EA13DCDBC17BEB33B803DC5BDB6BC34BE35BE9DBC173E08BC633D91BD6CBD9FBCB7BDDE3DE23D0DBE5E3D96BDD0BDB1BC61BDCEBDD53CCF3DDFBC4BBC5A3C9CBDC03D273E84BC453C123E143E07BEA8BD32BEDE3D0D3E84BD683D2F3D1CBE913DB23D7F3B953C283D023E203ED03C9A3D3DBDD83D8EBD15BEAA3D863D1F3D9A3DAC3C763D943DC3BD1BBCDA3CDCBC18BE893CDD3DC2BD323E253D9A3D8CBD14BE87BDB13BA5BD213EE8BDF4BD80BD223EA6BD273EAE3DDCBCBB3DAC3DB8BD15BD2F3ED03DB1BD43BDCB3DB83D663CE9BD06BE19BD853D9ABC17BE31BD353E16BE0CBEE43D343E2EBE24BE62BD343ECDBD783C143E80BD5EBDF3BDDE3B293E943DFE3D40BCE6BC01BDCE3DBEBC1BBE7EBD8E3D303E04BD1EBE05BE0EBE923D053E563D7A3DEC3DF83DD83DCA3D443DBB3DF8BDEABD433DE13C1FBE04BE10BE103EED3DBFBDDA3C27BD1D3E24BE04BE17BED33DB5BDD83D753DB1BD43BD93BDA03D91BD763D4F3C11BEE4BDFBBDBE3D1D3D92BBD8BD33BE80BD0BBE34BE2DBEECBD30BE623D873D923D34BEE03D0D3DB93D32BDAE3D2CBE773D103E983D2BBE4BBDB4BCBE3D89BDD03C7EBDE6BC67BBD0BDFBBD153E183EAFBB1D3E0B3EE4BD90BDF9BD6A3D923BC7BC063E8EBDC6BD01BEB8BD2E3EB0BD47BDA33D0BBEDCBD053E8BBDBCBDBBBCCEBC043D853D0CBE253E2CBE753D4CBD99BD293E2EBE463CE83D223E19BEAE3C333E31BE313DE3BDEB3C24BEB23D21BDD83D2EBBCEBC30BD26BE9ABDC03B0CBE1F3EEBBD8DBDC2BC13BEB7BAAEBD18BE8E3B203E323D153EE3BA7DBD123EC1BD27BE1E3DB43DD8BD7F3D80BDB0BC20BD1BBD13BE313D3EBD0A3EF23C14BE0ABEBDBDAD3DEABDA6BD033DFBBDB2BD243EBFBD71BD013E223D0E3E1FBEB53DDEBCE8BD9BBD2FBEFA3D0BBD31BE1B3EEA3D963D313E233E293E223E133E3E3D73BCDC3B96BDAA3DA83B2B3DE9BD88BD083E8D3C7A3D1EBE9BBD93BB98BCE73D5BBD173E0CBD8D3DFFBDF63C30BE1BBEE8BD4B3D603C8C3C9EBC183E313E9A3D103E0FBC85BD0D3DEE3DE0BC0BBE6F3D39BDAEBDE53DC5BBCFBDD9BD2A3EEB3D02BEB1387BBBAD3D1BBE2C3B713DB83D973CB3BD2EBEC43D253E5BBD22BE543DFEBDEDBD453D8ABC45BC223EFEBCDC3D61BD073E5D3D213E7D3D80BD9E3D1A3E093DA73DFFBDC43D2BBE203E963D3F3C29BE253EE73D273E8E3D743D3CBD94BD903D7B3DBCBBE63C793D2FBE20BE41BDF73DB13D2DBE59BD99BC6E3D143E7D3B0DBE323C8CBDDDBDC93DC3BCAB3D0D3E8E3CCC3DABBDCA3DE73BF13D2D3E09BE2C3E0A3E12BE543D13BE6B3DE03C2DBE833D47BD343E313E7A3D0F3E833D2B3E86BC333DEFBC4BBB5ABD8FBDD13D9B3DA0BD20BEB13D27BE00BC1CBE183E133E15BE28BED6BD483DB5BD2CBD38BD053DABBDA53D02BE81BC183EC8BD0B3EBC3D6ABD7B3DF5BD693C4D3D1D3ECBBDCEBDB5BD30BE123D16BE42BDA2BD223C5C3D04BE56BD8BBCD1BD273D863D01BE0E3E013E5ABDD73CB03CC8BCF3BD153EB23D17BE0CBE2C3EE73C26BDF53D503D823D103E62BC2C3EFEBDDCBDF53CB0BCCF3D45BDE43C16BD083E3EBC323B053E303E2D3E31BECDBD1DBD15BDD13DA43D6EBC893B1B3D1C3EBC3DB7BDB9BD653D92BCE8BD2FBECF3C53BDD3BD083D303E163ECE3D09BECF3DBB3D723D34BD4ABBC4BD23BDEEBCCDBC34BE7F3D14BE07BE933D14BE2D3E2D3E66BDFABC0ABE333C043DC7BD633DDFBB55BD20BA2FBEFFBDC03C2F3ED7BDE83D853C9CBD4B39AE3DAC3C203E09BDF2BD243E4FBDE63DEF3D003D15BE32BEAC3D313DD33D20BEC8BC1C3EBE3D163E0E3E32BDF7BDD8BD763D90BD383AE73CE13DCA3DCF3DEB3BCC3DA9BD91BDE5BCD2BD213EDEBC533DB4BB1EBBC1BD55BC22BEADBD0B3E2ABEEE3CE73C2DBE0D3DA83D033E083D0D3EDA3B8A3D563D05BE1FBDFFBD0D3EAD3D9ABD05BD413D1EBEA43BAD3DB53C85BCE93D9D3D21BED53D0FBECB3D183E853C75BDBBBDA1BD05BD96BD343E9CBD963D28BEB73D1A3E02BE39BD2D3D2DBEE5BD7C3D2A3E58BDD3BA2FBE2EBE1D3E1A3E5DBD8FBD3BBCA83D2FBEC9BD6FBD9EBD99BB043E1E3D24BE273E123E643DB13D873D143E2EBEE1BDB8BC0ABDF0BD2EBE0ABEE1BC1A3EF03D513DDEBD92BD8C3C28BE04BC133D243E3EBD323E5B3CFBBD2B3E1D3E0FBED2BDAD3DDFBDF63DADBD61BD50BD2D3E75BD0DBDDB3DF8BD5FBA0CBE27BE25BDA03C1A3E2EBE50BD3F3D893DD43D12BE31BD273D11BEB63D2DBEE23D6B3D4EBD6B3D193E053EDC3DD3BD503D083EFF3CF03DE1BDFE3DC0BB22BE3CBD203E7DBDFBBC91BDC5BDFB3CDC3DAB3C33BC283C08BEBFBD113C11BEB33DDD3CF43A3ABC193E253EB13DB43DB0BD943DF5BD9C3D01BE7DBA033EF03D203E773D8D3D423D043EBE3D563D7DBDAFBD33BDAD3DC5BD463D1E3E193E05BE4E3DED3D24BEE73DE2BD03BE99BD88BD96BD503D8C3D8D3DFA3DE5BD2CBE11BEC7BDA6BD9F3D03BE04BEC23DE6BD083D0ABE8A3DE23D18BE763DBEBDE63D233E19BE873DF53D253E093E0E3D293C153DD8BD0EBD33BBE5BD00BCC0BC7DBD5EBD34BE2D3EB23D033E1ABE31BE073EFEBCE23CB63D393CC0BBD73D113E4ABD1BBEC7BD013E7C3C1B3E7DBD2CBE613D9ABDD8BDE23D493C77BC303E1E3E14BE26BEB3BD0DBEBEBDF43DF1BD263E623DFC3BF83C193D693D13BE49BBF03D343E19BC01BEA63D26BE213EDF3DA33DC63C043E92BD17BEC8BD073EB5BD10BE1F3DE1BDF5BBE6BD193DECBCBF3CA73DE9BD77BDF1BD173E82BD883D273D33BE01BE3ABD0BBEC03DE43DAAB9B13C3F3D713D0CBD8EBDE0BDE73B0F3EB4BC1C3E7D3DBABD8D3D913DA1BDFEBC96BC803D0D3E1FBDEB3DC33D1DBE043EEBBB0C3E0D3E2FBE17BEA5BC693DE6BC2EBEC53DCFBDA43D003E74BDDA3DC13C63BD3C3C823DB93DD0BD073EABBD1CBE9DBD20BE4B3D433C0DBCF5BDBF3DED3C36BD003D7F3DDABD51BDA4BD203E333D09BE003EE6BC473CBB3CA9BC2B3E9D3D1C3D84BD273D04BE7ABDB83D32BE92BB85BDB93DE2BDFB3C51BD183ED8BC04BE61BDFF3D8B3D1B3DE23D8C3DBABCC0BD2DBEAE3D0D3E8ABDA3BDFA3C86BC0B3E49BBAEBB28BE5D3D213A2B3DDD3D9A3DB1395FBCB7BD233E173E3CBA353E1F3ED03DBA3D8F3DFEBC903C133EF4BC623D6ABDEE3CD23DE13DB13DAC3D2EBD253EFE3D2B3E12BEA4BD16BE803C0A3EF7BD3E3D68BB29BEE3BBAABCB0BDE2BDD63D95BC10BD49BDB9BC48BDD9BD9A3D2BBB22BEB6BD14BD8ABD2B3D293E03BE2ABB1D3ED3BD0DBE413D07BB18BBE33D1BBED9BDFB3DFEBDC2BCA83DC6BD0CBED8BD07BE1BBEEDBC28BEDCBD563C293E323E173EA03CE13D62BDE9BDB63D8F3D7F3DA83D36BD053EC53D9EBD053E823DC53B2E3B1C3EBC3B7F3D043E1D3C243ED6BD8DBC6A3C1D3C04BE2D3ECBBD033E90BD903DC7BD9EBD3F3DF93D69BC883DC8BD653DA3BC25BDB23D70BDDDBD4DBDB53D2D3E243EFD3DDFBD223E933D013DD2BDC0BD3B3D80BC4DBD0ABE1A3E603DBE3C883CC33DDABDE7BB203EE1BC1BBED8BDE03DBF3DFA3D80BDA8BD20BE483C1DBD2C3EA3BDE6BD933D84BD86BC353EE23D34BE0C3CB63B313E1DBEDF3D32BE32BEBABD2DBE32BC123E49BD09BE79BC13BEF63DD13C213E9A3D813D743D283EE2BDDDBD0B3E833D263E293D833DDF3DEC3DC73D0EBE523DF8BDBB3CC63D72BD1D3E213E503D03BE723B0D3E023D1E3E523CA8BDEC3D703DC83DD8BD09BEF23D7D3D043E17BEA7BDB8BBBCBDE23D103E1D3ECB3C24BE82BD283D43BD9B3D42BD163E1D3E333E703DF5BD3BBDC1BDA33D7EBC913D523D5EBDC93CDEBCFB3CF0BD563B0A3EBB3DE1BD173E8ABD223E14BD2F3ED53D6FBCF43D1A3E0EBE023DF83D96BCE53D0D3E10BEC53D26BEE33DC8BD61BD313D1CBEC8BB7DBD653D2CBC25BE33BDE23CC63DCFBDDCBDA33DD9BD8FBD35BE2EBD10BEE33C133EA13D17BE223E22BE8BBDCB3DAC3DC83D2CBD1FBE31BE6D3C2FBEEFBDED3DDFBC7D3D0EBEE63C233E043DFF3CDFBD03BED33D22BE31BC11BE4C3C31BE703D9E39EEBD87BD91BDA3BD",
      torch_tensor_32_torch.bfloat16_8: "0x02000000B2B91C3ED93C6CBC5D3D1EBE843DE9BD783DF43DFA3D9ABBE0BDD13DAD3C493B143D023DB8BD83BD7E3D8ABC6EBD013EE43BF33D3A3E14BEB1BCC9BD13BE853D",
      torch_tensor_32_torch.bfloat16_7: "0x020000007E3F843F883F5C3F8B3F783F893F7B3F7C3F823F7F3F843F823F823F5D3F563F8D3F4E3F7C3F963F9C3F6F3F913F743F873F813F833F8B3FA03F7F3F783F683F",
      torch_tensor_32_torch.bfloat16_6: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_1: "0x02000000ADBAC23D15BE05BE8BBD423D66BB103E81BC403D5BBD0EBD2DBEF0BD95BDD73B8F3DD93DF5BD9EBD833D163E15BD073EE9BC993C243E28BEE4BD37BD8DBD1C3EEBBDA7BDFDBD2ABED3BD1C3EA23DAF3D183CBABDF53C29BE03BEBBBDE43DD43DA1BDD1BBE83D343E903DC43CF33DD5BD073D0CBEFBBDBBBDA43D923DD6BD5B3DC73DB7BCDD3B283DE13D2E3E0BBE85BD8E3D163E1E3E203E103D1DBE853CE2BD29BE213E0A3E35BE083DF4BCEEBCA6BD8B3DD6BD853DB73D023E873D33BEEBBDB53D183D0DBED0BD2A3EF43D9EBD36BD2CBE50BB08BE0CBE20BCD93C94BDD73DDCBD243EF83D19BE34BD033CD33C2C3D8E3D2D3CB1BDAB3D2EBED7BD35BDB0BD7DBD14BE1ABD1B3DECBD15BC023E95BCA13B7ABC133DE63D2B3EE63D2C3E51BC23BEACBDF73D96BAB4BD0BBE29BE19BE13BDC73DC43D2FBEE23D0EBE19BD93BD0BBD0EBD22BE1CBEE3BC163BA4BD883D23BE43BC1F3E94BD233E833D23BEE53DA7BCA2BD113E12BE9B3C18BD013E4A3DAE3D803D2EBD18BD15BEC43D103EF83DFFBD013CFFBDC7BDD3BD773DD8BD7DBBF43BE93D09BEF9BDD2BDFD3D82BD193E833DB73CACBA0FBDB63C25BDA3BAB93C0EBEBEBD123E13BE50BC333E833DA43B1DBEB33D01BE4EBD73BDD6BCFD3A153EB53C223EDD3DE5BDA23D00BE99BD553D6F3D083E69BD9439BA3D2FBE033E16BE203BF6BCBFBDBF3C163E54BDD7BD86BD33BEA33DAEBDF2BDD1BDD03DC03D0B3E833D72BD4ABD563D153E453DABBDAABD2BBE1C3DCBBD21BE1F3EEBBDA5BC4F3DB93BF4BD12BE103EEC3C163E73BD553D26BD01BCDCBD753D653D6FBB23BDDFBDFA3D07BE943D73BDAFBD023DBCBD273D0E3D06BEF13C9A3D8F3DB6BC14BEDFBC7B3D84BD893DF13DBDBDE53A963D633C723CB53C0EBE643CFB3D233ED53DC23CA93DB0BD16BE1CBE353EE63DFABD8E3D093E353E1E3E0C3E26BD7EBD153ECB3DDABD233EAF3DC53DE3BD503D7EBD0D3E02BD8D3D013D9A3D76BDB13DFDBD243DF5BD33BE11BE0F3EC43D2A3E113E22BEF7BDEABCEBBDFB3D09BEB1BD2FBECEBD153E143E023E0C3E213E39BD9F3D213E703D353EBC3DE13D7DBDAE3DA63C2DBDCCBDCBBD0BBEF33D013EA5BCD2BD0C3EE83D573CABBD263E943D09BE2D3E093E84BDCC3DCEBDE3BC1A3EEF3B00BE72BD45BD0CBD8B3C273E1B3CE0BD143CAE3DB43D25BE02BD07BE9ABD823D01BE873D1A3E3E3CF1BD82BD1E3D0ABEB43D24BE2EBE30BE13BDF33D2BBE163E91BD543D043C23BE163EC33D343EB73DEFBD173E1C3CAC3D11BE50BD32BE8DBD1C3D0EBE673DC23DCA3CF2BD0CBE5FBD9F3D333ED03DA3BC7E3D32BE1BBEA93DCDBDAE3D00BEB3BD15BEBD3D94BC0B3EE03DC83DBA3B60BD1DBDC03CB33DFEBD183E9DBC18BEC4BD203E263E28BEFF3DB53DD63D193EC3BD653D943D56BD723D50BDE03D49BD87BD363D803DB1BD803CD23D90BC5C3D2FBD7E3D03BED5BDB8BD263E43BDFDB9AFBD353E313E09BE13BE09BE5FBA39BDEDBD82BD093DBDBD203D26BDAFBDC73C153EF5BD063C86BD323E2CBE2EBE323EE5BD0B3D7ABC19BD22BDE63D0A3C30BED6BD77BDB63DEABD2B3E21BD02BD0E3EB63D1A3ED13D5CBDF0BD57BC163E73BD28BE943D303E4EBD16BE24BE353D5BBCB7BD123D893D103E0D3ED9BC20BE24BE293EA03D9E3D1DBE283E2B3E233E19BE89BDF9BD2B3E9CBDA5BDBE3DA7BDB2BD7DBC8BBC0DBE173EA0BD803D1D3EB73DCD3C1A3EC33CA7BD2B3E2B3D31BE4EBDF7BD1F3EEFBC25BE36BCE33D3C3D653D863C873D30BD90BD29BE08BE9D3DD6BDD03C673D4D3CEBBD2D3ED3BD153E10BE2EBDC53D94BD183EF9BD18BEA3BDEA3C273EADBD813D36BD1DBD053E0CBE9A3C2A3EC7BC0D3E5FBD123E2FBED1BCFEBC6B3D8E3D0B3ED8BCE6BBF83D44BD1F3EF1BD9DBC1CBCA23DF83DE6BC16BEB33D593D913DDFBDE93D2B3E7B3C29BEFE3D06BE263DD23CA9BD7C3D22BE253DE6BD9DBCBA3C1A3EADBDE83DB8BCACBD1EBE26BE313E35BD113C443DF63D1A3E133E06BEE8BCD6BDCFBD2C3D2A3E11BEDB3DBCBD0DBD103E24BD843CFDBD1A3EBBBC04BE543D01BE10BE303C103E4DBDAA3D1C3EF03DBEBD9FBC64BD12BE9938083E193E873C243D9DBD093E97BDFBBDDF3CD93D23BE243E823DFEBD1CBD1D3E0BBE54BD6D3D1FBEC63DBC3DE13DE7BD343ED7BD353E2EBE21BEDE3D973C273CC8BD98BD54BD30BE173C003D1DB96A3D2C3E413D85BD95BDE8BDFBBDE9BC00BDA13D9BBD103EFEBD043A233E343ED2BD013DAB3CAABD7ABD443DFCBDEF3C9D3D8FBD163E3FBCA43D333E5DBDC53D4FBDD4BCF5BC90BA89BD2A3DDA3BE53D13BD913C87BD18BE933DB93C91BD75BD3D3D03BDED3D243C893D9E3D32BD9D3D063E053C0E3DD23BFB3D99BDC0BD9E3D1EBE3A3BA6BDEF3D29BEDC3D333E133D41BC323E9BBD68BC9FBDC8BC1D3DC13C09BD35BE143CACBBDA3C0B3E303ED7BD35BC91BD27BE04BE2A3ED33DC23DC93D10BE983C283ECABD213E3E3DFF3D9BBDA73D20BE38BC723D593D173E323E253EF33DFF3DBBBC0CBE86BDA3BCC4BDB93D7E3DEA3C2F3D1F3E843D1FBE03BEA03DC53CB13D35BE27BEDE3DE83D24BE893D0DBE093E633D333E32BE2EBEF53D213EDE3DF13D18BE033E2BBE223DEDBD90BD003D8EBDE5BC2CBE2BBE8C3D99BDDCBD8FBD14BE11BED93DB83DC13CC6BD713D023C01BE1C3D253E32BE34BEBA3C083EDCBD1F3DFF3D5F3D1D3D353EEC3DCCBD7A3CB93D203E34BEC43D52BD31BE213DC5BDCD3CEBBD08BE76BC73BDD43D7A3C0D3E083D69BDF53D1E3C083D69BD263A0BBD76BC0DBE8EBA16BE1CBDD23DFCBDF4BD31BD46BDF53CF03CB83DF9BD4CBCCA3D1D3E53BCD1BD503DCE3DE2BDD2BDA03D",
      torch_tensor_96_torch.bfloat16_1: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_96_32_torch.bfloat16_1: "0x02000000363EAC3D3B3E98BDF5BD3F3EB93D553EB9BD0EBED0BC51BEAE3D243E553DAFBCDC3D0DBE593E5CBE54BE52BD353EB23CAA3D23BEA23DC6BCB23D1D3EC13D97BC5BBC0BBEA0BD103EB2BD0A3EB0BD4FBD973B4BBE0EBBB3BC9FBC31BD2F3E243E16BECE3D2EBE3DBE883D513BCFBD56BEACBD943D4DBE57BEE13C20BE42BEABBD0FBD49BE14BE693C51BEF9BC0FBE1ABEAE3D2BBE28BEFD3D263D4A3E6DBDD6BDA4BC903A293E5DBE7DBCC43DF4BDE1BDD63D54BE523D2CBEDC3D3EBE083E52BE3ABE513B2F3E3EBEC6BD433E15BDB83D55BE8BBDE1BD3B3EB83D22BE0F3D23BBB6BDFDBD93BD2F3E1FBE1EBE89BD773B713DD53B55BD06BE1FBDB2BD333E58BE0DBE34BE22BD2D3E423E41BE1ABC023EC33D363EC5BB15BE133E98BDE63D5BBDBC3D473E4E3E4ABE13BEB7BD0DBE553E9DBC13BEC5BDF5BDB53D41BE4FBE5BBEBF3DDB3D0ABE5C3D243E013D3CBD833CBEBCDF3D17BEE13DFA3D06BE353E5A3EAFBD78BDDD3D2EBEAF3D4F3D0C3E41BE38BEC73DA03D4EBEF7BD4BBE1FBEC8BD373E31BDFF3D533ECA3D46BEDF3DA93D2C3E5BBE083E353E4EBEBA3C3D3E21BE913DC43D683D5C3E363E3E3EDDBC3A3E4FBEEFBD3EBD84BD4D3ED13D0F3E173E26BECDBC013D673DE43DB0BD86BD3A3E6EBD1ABE163E163E8BBD31BD24BE39BEA73DBDBD303E32BEF5BC993BE43D333E163EC33DCCBD1EBE46BE303C573E28BD15BC21BE883D0D3E5BBE1CBE243E523D5DBC1F3D07BD1BBE4FBE123ED3BCA5BD65BDF2BD83BD3EBE263EB53DE0BD97BDC73DA4BD6A3D743D0CBE5E3D593C423EA0BD64BD3F3E35BE803C563EC7BD553E453E4E3EA9BC493EC1BD98BDA83D3B3DF43D533E0BBEEB3D943DEA3DD23DA6BD2FBE313EFDBD0E3E53BE19BD163B193D8F3C8C3DC5BC593D5B3E0FBE42BCA9BD433E3E3EC1BB9ABD09BE1F3E74BC513EFD3D423E2F3E10BE823DB8BDDE3D9FBC9A3C19BE46BEA73D4E3D9A3C173EB9BD9D3DF4BD383D4ABD1B3E423E413E203C033E5EBE02BE1E3D9E3A2EBEC4BDCFBD5CBEA93C173EB43DD3BD4CBE33BE843B193EB4BDF1BDEDBD9ABC53BE44BE5A3ED3BD20BD6DBD43BE1CBD883DB4BD17BC88BA5DBE213E333E173E92BDE83D50BE5BBD34BD9DBDBA3DCABDCEBC80BD50BE12BD3CBE013EED3D503E95BD343C2E3D5D3E4B3EE5BD3DBE48BED6BD3A3E953D563E243E4E3B09BE583E323EC03DF2BD2F3EA13C133EB93DEB3D43BEF6BD053E39BD41BE4A3E99BB333E2DBE993DA7BDBBBD39BDA4BDF33D28BD283E4A3D09BD00BE4BBE81BD4DBE24BD683B65BCDABD1A3EFA3D5ABDAFBD0B3E413E4BBE40BDA5BCA1BD3D3E03BD3C3E8C3AC0BC01BE93BD8F3DC43DFCBB533E19BEAA3D483E1ABD303E6A3B26BEF3BDA53DC0BD553D5A3E973DA6BC5E3DFFBD3ABE27BE3ABE363D2D3DBCBD59BEF03DFCBD14BD3ABEFABDB93D4FBEFDBD263EE3BDB9BD79BDBE3D11BEB23CB53D81BC203D29BEC83DA63DDEBC37BEB13D113E1BBDD13DA43DB1BD76BC5D3E863A31BE81BCDD3D91BDE8BD373EEB3D17BD353CBCBC4E3DFC3B06BE243DBA3B653CA9BD633D33BE853DF03DC3BC2CBE4EBAA13940BE1DBE4D3E263EF63D1A3EAB3DFA3D133E4FBDE1BC1E3EA4B810BE2CBEF83D383E2C3E143D193E4CBE20BE55BE333E00BBCCBD963DA6BD0EBEAB3D223D1FBE12BED03D293E903CDFBDD63D1B3D42BE10BE423D093E8EBDD63D09BE543E1E3E263DC53D9A3D03BEF7BA6C3D48BD553EABBD46BED3BD4EBE373EC7BD1CBEC0BC15BEE8BDE23D26BED13D223EFFB9C53DF8BD2D3E573E533D4A3E5CBEC3BC303D41BED83DA9BDA0BD30BEB53D21BE3CBDC53D273E493DA5BDC1BDF93D253D3B3EA73D333E33BE323ECCBD6DBDAA3A26BD2F3D463E04BE893D32BE0B3D373E153E3E3EF03D93BC683DB9BD3C3EDE3D22BE403E53BB1EBC73BD6ABD323CD8BD4EBEE4BD30BD273E233E05BE08BC80BDEDBD1CBD9ABDF83DDCBD083DFABD8ABD2F3EDABD55BC543E983DE2BD05BE9BBD8BBDC13D45BD3B3EF3BD8BBDA13D313E543E0E3D163CC7BDFB3D01BE69BD39BE55BEF83D713C313E303EE93DB13D66BDEB3DD53D993DCDBB043D7C3A21BE4E3D23BED73D04BE91BDD2BD2F3E1CBEE23DDE3D1D3E5E3DF23D2F3E2F3D973D2DBE6EBDA13CD73C9DBD5CBE67BDAA3D3F3E48BED43D52BE54BE0BBEEABC783D29BE2B3E483E5A3C343EC9BDAFBDE5BCC23C1BBE32BEAF3D803D593EB5BD9D3DB3BDDB3D44BC243EF63D393EE43D053C3F3E02BE513E593E543ECFBDEBBD603C8A3DDE3DB43D3D3E5EBD91BD953D773D01BEAC3C28BE82BDAEBD423E48BE03BE59BE603D2BBE8F3D1ABE0EBEE3BD053D4C3E503E86BC59BE92BDA9BD3DBDA93DDF3DC53D7D3DB4BD17BBE23CE2BD9FBCDDBC51BE163EB3BC40BE2F3EEFBD9D3D5C3E243C7F3DB03D283E88BDFABD8BBC2D3E983C1A3ED3BA883DF73BC13B53BE42BE933CDB3D153E1A3CBB3DB93D3FBE43BE2CBE743B0CBE8EBD05BDAD3D4E3D4E3E483E0DBE33BA123D423E89BDAEBD0CBE233E7BBDA6BD163E4C3E15BC1CBE353E98BDCCBD1CBED5BD2EBE00BE4ABE33BDB23D28BE9FB9A4BDD63D403EEBBCDFBD2ABE02BE803D4B3DEF3D04BDE43D46BE6E3D573E5BBEE6BD0E3E0BBDECBD073E6E3C0B3C87BD273EF63D1F3D073DE53D0A3EB6BDC2BCC33DD7BD4F3E18BECD3D1FBE8E3D1B3ED63CB2BC0D3E1FBE16BE3DBE08BEB83BC9BD463DEF3B393EC0BD73BD133E60BD543EB0BD1BBB52BDCF3DAA3DECBD123E61BC60BD8FBB1A3E593ED83D1B3D113EB9BDE8BD80BD0FBEBF3DA83C98BDB4BC8DBB3E3E463E2BBEA33DAB3DAA3DF2BC5E3D5F3D583E54BEA8BD15BED7BD2E3D073E28BE103E393EDBBD1B3DE4BD3E3DCEBDADBD14BE39BE313EE0BCC5BBDDBD1B3EFEBDB3BD2DBE3ABE453E2BBEF5BC80BDA23D6D3D2ABE473E5DBEAF3C94BC4EBD173E3B3EE73C9DBD253E0B3E1F3D73BD163C463EC03C2FBD3CBEEEBD203EFABB6CBCAD3D12BE70BC79BDE83D343E0B3E253E46BE9DBDD23C3CBE713D11BEBE3D333E3EBE3A3ECF3D12BE543E40BE15BEDDBD34BC1F3D82BD52BECDBC283E2B3EDE3D013D5C3D2BBEB43D5DBEB7BD69BD233ECFBBCABD1B3D38BE6BBD763D6BBCBABC073E28BEE0BD573E303D10BDE63D053E14BDB9BD11BDA13DE2BC013E35BEDABD293EE93C333D923D52BDB1BD7E3D6BBDB7BDEA3C573DA0BC16BE06BDFBBDE93D13BE313EB13D3EBE253E5BBE4EBC0ABE3FBEB03CD7BD203E2EBE383E063E423E82BD08BE13BE383EDDBDDABC09BD193D36BE333E24BE5A3EADBDC6BDF4BC833D24BD5DBE1C3E5C3EE03D593E723D8BBC31BE42BE19BE61BD013EB7BD0ABC48BB11BEC0BB563E313E293EAFBC7C3BF23D93BDB4BD3E3E4B3C16BE3B3E133DED3D41BE253D083E00BDFCBD313ECE3D7D3D523D9D3BFE3D42BD03BEA93D6D3DA93DC5BCEBBC8DBC6A3D2ABE4FBEA63DF3BD95BC763DF93C0F3EE83C5C3D9FBC033DA33D173E52BEB9BD47BEB1BD073E52BE47BE003E03BE223E8A3D5F3D303E4DBE223E903D15BE583D77BDB2BDC0BCD1BD423E3F3EBDBC45BE59BC6A3C143EE43B813D6B3DFCBD0ABE46BEDFBA893D7CBC573E29BD11BE143D7ABDF3BC573ECCBB423EED3CA5BD233EFDBDEB3B473DC73D4DBE2E3C66BD103E953DB23D053E47BD63BC323E33BE19BE823CB0BD4B3C443ECEBC3DBECABD4C3E43BDC2BDC83DDC3C43BE393EFA3D413EC23D95BD91BDD73D2CBD2E3D57BEDBBDA53D2FBCD5BD41BE0D3E32BD5ABE563ED83D05BE22BE563E6D3A05BEFF3D39BD733CE7BD3CBE13BEC3BC21BE5B3E1A3BAABDAF3D45BEE3BDA73D3CBEDD3D953C39BE5CBE8C3DD23D31BD44BE00BEBD3C013C633D1D3D3ABCEA3D573E393E493E96BD97BDC4BC833DB33D9EBC0FBE27BE553E6EBDF0BC08BEDCBD433DBB3DAFBDA3BD303EE4BD25BE0ABD533E413DF53CDDBC0B3EDCBD163E523DC53CF43C09BE253EE93D2DBE4EBE64BD133EDABD4D3EDFBD48BEC33D06BE0CBD8ABD8DBC41BE4BBEBF3DC9BC06BEB5BB4ABE6B3DD33D573E35BED7BCF13D4B3E1EBEBC3DB73D063E19BE1E3EC1BD08BE303D3C3E13BEED3DCBBC8E3D2D3E713D38BE85BD303D3BBE133DEEBD30BD9F3D32BE0EBECA3D5BBE193E2BBE64BB363DAF3D0ABEEF3CBF3D3E3E27BEDCBD813DE4BB16BE3BBE45BE1BBEBDBD1ABE42BE8A3C023ED1BDB13C2FBBCF3D1ABE283C4F3E1E3E5CBE05BD043B92BD12BE1ABE133E90BD64BC823D08BE9E3C043E02BE813DF2BBF43D133E6B3DD63B3FBEB13D073EA1BD5CBE343E50BD313D79BD0D3E583E0B3E8DBD1B3ED83DAD3C33BEBEBD5BBE143E5B3E013E8E3D523D553EE1BD95BD47BEB0BC733C733D1ABECDBC37BE34BEE73C58BE6C3D4CBE1ABE38BD54BE333E363EE8BD3A3DE33D8D3DEEBC51BE213E42BE24BD5C3C92BDA2BD40BE433CC9BC413E92BD2B3E283CC7BD53BDC9BC133B12BD843D373E0B3DA13D093E3F3DCC3DE93D503E4ABE983D21BC1FBDABBD053E4B3E35BEF03D193E1B3D273B2B3ED23B5DBD83BC8E3D5E3D3FBC8C3D6F3D34BE5D3D083ECB3CA2BC2A3E42BECABDC8BD403E56BEB03C57BEE9BBA53D4FBD573E353AE2BD653DE73DE2B93E3E0CBEBD3DFC3DDC3DA7B87D3D2EBE2EBE5CBCDEBC253E213E163ECBBD2EBE50BEA03D48BE5DBEE0BD3BBEAFBD0CBEE3BD533E27BD383E9D3BE4BC82BD1EBE32BE1A3E89BD58BE4B3E843B14BE2EBE3ABE42BE493E193E913C3DBE68BD50BE993D6BBD3EBD8ABDD03DF03D423DDEBCAFBC78BB25BE583EBFBD013EF9BDBF3A983D4CBECB3D2ABEF83C30BDFE3D573E483DCBBBDCBDA53DD5BDB73DC0BD163E2A3E083E0E3BCE3D4ABE343E66BDA23D16BD95BDD0BD0F3EF1BD1CBDE03DB33C3BBE5CBED8BD4C3E1EBEF43D1F3EB8BDC4BD20BE0A3DF8BC2C3CC03DBA3D8CBD743C533D973B313DB4BD363EB6BCE3BC47BE21BEDD3B09BDDFBDE83D9FBC9C3D3B3ECCBDDABD32BD96BCDEBD55BDCCBBC73D4D3E243EBC3C60BC633D11BCE9BC983D34BE3DBE663A86BDDBBD4EBE153E0DBCEEBDB5BD693D21BE643C2FBB973DB03D11BEBF3D273E643CE23DA8BD303D823DCDBD093E52BEA7BD02BE04BE06BE51BE183D2FBD3BBEBBB814BDB73D2EBE79BD373DBC3D863C703D5E3E9ABD173E3F3E44BE573DFB3D0ABDF53DF13B293E993B0EBE283E843D3D3E5C3DEB3D0A3E153D4EBD373D1BBEF23B8FBD603C30BE073E4DBEBE3D123E4BBE483E25BE2EBDE63D8DBD463EC4BDEDBC11BECEBD583E273E833C923C3CBE273E05BDB9BD30BE363ED23D063EB83C16BEB63DCD3C953D5DBDD1BD363E953DB4BD9E3C41BD98BCF93D30BE493E153E4339B5BD353D13BE103EEABD293D5ABED43D163E263E913C033E973D153EFA3D42BEBB3C97BDD4BD1B3EFEBC0A3D0C3E153EED3D1BBD46BE55BE8B3D28BB0CBEC23D493E003EFABCF03C0DBED13D2CBE193ECBBDB0BD3ABE56BDACBCCCBD1E3EFE3D44BEB1BC953D563E54BD083E47BCAABD083E46BE3A3E5D3E72BDAF3D5D3E863DAD3DA33DB5BD583DECBD3D3EBEBD4B3D80BDDE3D6A3BF43D70BD02BEAA3DFABD36BEAB3D05BEA7BD5DBD7C3C9ABDA0BD5FBD1B3E853DD5BD19BEA43B8E3D94BB023E3A3E823D923D013E98BD1D3D333ED4BD8A3CADBD2ABEEB3D313EF0BDA63D883DAD3DF43D4F3E283E42BEAEBDEB3DFDBD2E3DBEBD303DD83D8B3D213ED5BCF13D8F3D8CBD1DBE4B3E84BD273E0C3E0FBC37BE8F3CD6BD673DB0BD2B3E48BE6FBD0C3DA93C363E8CBD31BE133E783D123E03BE02BEB3BD7C3C963DFFBDA7BC19BD4A3EA0BD573E08BEB7BD27BE233E18BEB83DA3BD5D3EFA3C41BE193DD83C56BE323D543E7F3D97BA38BD6C3DC6BD5A3E403ECF3DA5BD50BEFFBD583E4BBE54BE80BC8D3D5DBE4EBE9A3A95BD1A3E7F3D40BE48BE183E1DBDC2BD8C3D2EBDD43D613DC0BD32BEF03D05BEC4BCF33C01BEF23D1CBE5A3DBE3CA33D5ABE4D3CD83D0EBE5B3D5E3A3C3E3CBDC23AC1BD5BBD7E3D56BE283E1F3EBC3D263E8ABD4A3D343C19BEAABD9DBD5BBD45BE1CBEA8BC07BD49BE3D3DF13D393E3B3E1BBE8EBDD2BD233D6E3D453D023EEA3DEEBD183E163EEB3C41BE08BE773D993D4F3EE23DA13DF2BB173EA1BDB53DD3BD04BB033ECB3D47BD34BBF6BDCD3D153E993D57BE1FBE143EFEBC083E233E82BD02BE51BEAA3DE33D1ABD57BE0FBE3FBCCA3D95BD0FBE1ABE463EA13D34BE09BE3CBE003DB4BD40BA0CBD42BE46BE2CBEBABD0A3DD1BDFDBBD4BC4B3ECABD503E2ABE39BE903D01BEE33DF5BD2F3E573E633C3E3D4F3E033E42BEE3BB48BE293E22BDC6BA08BEF1BDE63C373EDFBDA83C493E473E2DBD503EA13D4A3ED23B3CBE71BD853DEC3D5DBE2C3E47BE023E5B3E5B3D27BDF43D84BD24BE1DBED03D293E103C57BE5ABE48BDEF3D14BE6F3DF2BD343E68BD39BD42BE47BE703C0F3DF03D42BE1B3D00BD023ECABD843DB33DDF3D98BD8F3D2EBD6F3D08BE30BE35BE0BBEBCBD043D42BDFCBDEE3A8CBD093E37BEA4BD0EBEDB3C423C4CBC5C3EA9BDFFBC653D393E283ECB3CA8BD923D0B3E97BBF33D353EEEBD44BD48BE4C3D1E3E2CBD0E3D8E3D97BB2C3E013D5ABE37BE5CBE123CF03DEABC473E20BD353D483EE03DE2BB563E04BEA53D0C3E09BE50BE8E3DA8BDE0BD303D21BE473E9FBC8EBD393E773D293DD4BD533E87BD383E82BCDE3D1C3E25BE14BE5BBE203E3F3EA2BDD9BD143DEF3D5B3D39BD0DBE3E3E10BE56BEB1BD313DA53DAB3D00BEAABDC5BDD7BD3BBE363D81BD55BE01BE05BEBFBD09BE1ABD9F3D33BE98BC7FBDE3BD45BDBCBDE43B20BE283D4C3E383EC7BD893D52BE3B3E5DBE46BE47BE4EBEF03C6BBD543D5BBC98BBA0BD04BE3ABEE03DE5BD34BDD73D5CBD60BD14BE3EBED53D48BD0B3E693C90B948BE9D3B48BDFDBD4DBD393C27BE133D1A3E2F3D543ECF3D2FBEAFBD55BD853DCABB323ECE3C0CBEA3BD38BE75BDDA3D093B53BE40BEA13D43BE31BE04BE533E7CBDB7BD16BE0E3E0FBD2B3D543D7A3D0E3E383CB73C66BC2CBE4BBD533E1DBE0CBE5CBE573C4FBEE3BD4C3EB83DEC3D183D3CBECEBD33BE09BE973D76BD593E22BE3DBE5B3E40BE3D3E6F3D4ABE413E71BDB7BD2DBE3CBE453D5ABEB63D5BBD9C3D59BD993DC2BB823DB4BD18BEE23C0EBE09BE55BE8DBD14BE2D3E203E523D343ED63D51BEB1BC10BD07BE7D3D8ABDD4BD25BB13BE373E0C3E523E1DBD913D0FBC37BEC93D1BBEA0BDC7BD58BEFE3B113D84BC233E2A3C22BDF2BD04BEFCBC02BE12BEEBBC1DBD07BE023E3C3E17BEC23DCEBDB8BC4F3EE33C53BE4C3E16BCDEBDEABD3E3E6F3BF53D123EACBD973C0FBE393EEABD133E613D093E1CBEDDBBE63D0EBC4CBBD83D26BE32BDCA3DD93D4E3E2FBD523DDABD15BDDFBD243EAD3AB43DF43D253DBD3C82BC3CBE0F3D44BD3ABE4F3EBDBCDDBD58BE4CBEA93DCABDC0BD00BE333E55BD103E303E2CBE253E29BD543EE23D57BE253D9C3DA1BD283E38BE8DBD533E593EDD3D04BE3FBE34BE5EBDFB3D8C3DD7BC473E2E3ECFBDC0BD26BB383DCBBAAB3D193E20BDDA3DF13CAA3DB73D6DBDC6BDBE3D0EBEE93D0EBE183EB23D59BDFD3D92BD3D3D833DB53C323D8DBB80BDF73DAF3DA53D163EE8BD4EBDCABB333E31BEFEBD53BD3DBE2FBE183E253C32BE12BDE9BB9EBD39BEF13DDBBC583E2ABEF3BD38BC1ABE223E2B3E493E0CBE1E3E1A3EB0BDC33CD33D1F3E4FBE5D3E5FBDB53D0ABE2BBE16BE033EDBBD013E863DB03D45BD8CBDCFBDF8BD4C3E41BCBEBD4EBE1A3C5CBE27BB0C3EFFBDF43D8DBD2BBE5CBEDC3D2ABED93DFE3CF13D27BE423E5DBE28BE053EF13BF9BD3ABD45BE41BE3EBD293E843D273D6BBD4A3E083B963D623B0A3D943D2A3EFF3DE33CB13D85BD183E793D273E0ABD35BE2F3DB43D333EAC3DA43D303E98BD443EE33D143E1E3E35BEE73D4E3E1CBE98BC07BE56BD043DED3D81BD52BEEF3DF93D21BD3E3E2B3E43BD093C1C3D2EBD5ABDC8BDFCBDDD3D84BDD5BD433E0E3D203E4A3EFABC043D4E3E19BE85BDFC3C71BC6C3DE93DB6BD8A3C493EFBBD16BE2ABE053E4BBED8BD163E05BE343ECFBD0C3DE83CAEBB0A3E3C3E0ABEF93D6D3D84BB1BBE843D213E3EBE4DBE5ABE4D3D7FBD8ABD4E3E62BD0DBEA03CF3BD82BDEA3D4D3D18BE533E163E17BEC13DB63D1FBE1CBE38BEC63D1B3DBB3DC3BD273EE23C31BE5FBDE23D433D08BD1BBE0ABE3F3EFEBD1D3E94BD0E3B58BE90BD3B3E47BEDF3D3BBE013D49BE30BE33BE9ABDF13C23BE613D063E353E443E123E83BDA3BC443EDD3D6BBD273E42BE3E3EF83D23BE35BE2D3E5B3E9B3CADBDFC3DC83DDDBC313E103E5D3DE63D50BED0BDC23C713DF2BCA73D873D4DBE8C3D90BC19BEEF3B5ABDEBBD4ABE393E07BEEE3C323EDFBC11BE56BE133DDEBD813C8E3D7BBD163EE7BCB1BD13BE873D09BE3A3DE0BC183ED9BDDABDE5BC07BEA93DA2BDB63D013E013E23BDF23DEBBD5DBEA9BC21BE2CBE613D3D3EAEBD49BC21BE1B3D7D3D08BD293E32BEEEBCF6BD433E3C3E5A3E4C3EB03D2ABE16BE553D46BE0C3EC13D543D42BE213EBCBCBABDE83D963CC5BD503D14BE4E3E423ECC3DEB3D5CBEF6BD55BEE7BD38BE233EEF3D033EC5BD293E00BD66BDEF3D133E1FBE533EB3BC6C3D5DBEC53C",
      torch_tensor_32_torch.bfloat16_5: "0x020000002A3C10BDC63C843DB33DBEBD913CD13D46BD5EBD5BBD83BD673B43BD86BBF63D5C3D9EBC733D943D4F3D1C3E49BDBD3D76BDE5BDD33C94BDBDBD403ECF3D14BE",
      torch_tensor_32_torch.bfloat16_4: "0x020000008F3F703F5A3F7B3F6A3F953F7A3F8C3F9B3F673F823F7D3F793F843F823F9B3F8B3F813F7E3F8B3F873F6C3F843F823F9B3F8E3F803F8E3F5A3F7B3F653F583F",
      torch_tensor_32_torch.bfloat16_3: "0x020000001FBC2CBDFA3D99BD943D473DEB3DF6BDBB3D23BD34BD893BAE3D833D94BDF53CA7BB293DC0B8FEBC6D3DDB3D883D29BDE03AC33C95BDD93D873D5E3DED3D87BC",
      torch_tensor_32_64_torch.bfloat16: "0x02000000C83DADBDF63D633D463D7EBCC13C033D71BDBC3D9D3DF13B133D79BC39BDC5BD45BDF5BD21BD863DF83DEABDD5BDD33D35BD3139A13DE33D423DFE3C46BB4E3B4F3DF1BDF8BDAD3DFBBD873DB93DAA3D1C3D643C6C3D993D813BB8BD9F3D643C9A3DACBD00BDA4BDEB3BDA3DC33CDA3DBC3DB0BDF63DE43BD63DC63CAFBCD93DBDBD383B8FBCB93B13BDCB3DD6BB543D5C3DE93D383DFFBDD4BDF2BDFBBDD5BDEFBAF23DA6BD573D6ABDC63DA63D6E3DE23DC1BDD9BD83BDD03CE23DA93D203DB6BC91BDFF3DE0BDB1BD973DC83D073D0FBB73BC853C81BDFD3D003E46BDB23DF3BCBABDB03CC4BCD53D0E3CE1BCCBBDA73DAB3D903C33BC2CBDED3CF63DA9BC3B3CF4BD033D5BBDF3BC88BDED3DAE3D5CBDFBBC1C3D413D71BD503DA33C933D8ABDA5BD6E3DA0BB5FBDC93D64BCABBD92BC6DBD31BDD3BDCC3DE13DD8BDA03D163D50BD16BDAF3CD93CD93DF53DEC3BF13D97BD8B3AD3BD753DCC3C9BBDC3BDCBBC41BD51BDDFBDA3BDD43D7CBD503D0B3C8CBC273DC13D203D5E3CD03D293CE13CFA3DB9BDBA3D76BDD2BB94BDA93DCEBD63BDB13C44BD5C3CEB3DE2BDA6BDC7BDF53DF93CB9BDDFBDBE3DEB3D9BBD033DFEBC983D8FBDAF3D003E9B3DAFBC863C5D3D94BD6FBDFABDB53D6EBDDC3DC9BC3DBD823D47BCAEBD5C3C6EBDB9BDA2BD323D2C3C50BD373D20BDC6BD303D2EBD18BDB83DBF3DFBBDDC3DE53DB9BDFFBDC8BD08BDB8BB0D3DF43CC63CC8BDF63DDD3D793DE03C8FBD163CB7BDEB3DE3BDDA3DF13D78BDE4BD353DC4BDECBD9ABDB53DA0BD4DBD50BDB63D463D933DBFBC97BD393D4F3DD43DF0BDBCBDA83D043DAA3D01BDFF3D483D46BD77BD073D4ABB78BD89BD2D3D7D3DF43D58BD97BDA1BDADBDFD3D7ABD71BDBC3DCC3DEABD62BC1A3D9D3C92BDCEBDB9BD2B3D6EBDE9BDFC3D6B3D19BDA33C36BDA9BDEDBDA73DECBDC1BDD63DA1BD2CBD173AFDBDE8BDD0BD9ABC39BDBE3DA53DF93DDEBD74BDAE3D313DA7BDC03D83BDF33DCCBD853DE9BBDEBD843D3CBD0F3B1CBDE5BC03BD663D25BCAF3D4F3D42BA4D3D2CBDC5BDA9BDAFBDCFBDA43C36BCE6BD853D9F3DD93DA83B16BC973DDEBDFD3BA83DB13D713C2ABC373DDA3C8ABBCB3DDB3D91BDE63D06BDDC3CE43D72BD6F3D8CBC91BDF9BBDB3D8F3D84BDE83DD03CDB3DF33D15BDCC3D98BCA23C853BE23A1FBCEBBD323CEB3D283DEDBDBF3CA6BC173DEBBDAB3CB7BD923C9A3DB33DA9BCE33DF1BB93BD6F3DB13BCABDA33DF73D8C3DA3BCD7BDDB3D88BD9A3CE8BD9E3DCE3CF43D783DF4BDCA3DCFBD75BD843D8BBD063D533C113C8BBDB33D933C3E3D6E3C7FBD40BDAA3DE0BD31BDEABD99BD8A3CE9BC2B3DC33DD73CF33DADB9F73DA53C52BB0F3DCABDD13DEA3DE1BD98BDCA3D013D39BD7FBDEBBCC1BCEC3D9CBD903C113D7EBDFFBBB9BCC33DB73DC6BB83BD93BD5ABDDE3DD03DCC3CEFBD243DBEBC8F3D853DD73D153C1D3C6D3AB13DC13D713DCDBC15BDED3D84BDB03C213D853D9BBDC6BC6FBB3BBCDCBD5D3DC4BD01BD1D3DC93DB2BC8EBD64BD97BA8CBDFD3C673DF23DD73DD1BC5A3D863C733D69BDF03D5A3AA23DBE3DD9BCC43D05BD7F3D9FBCCABD03BD423DCC3DD1BD95BD853D83BDD53BB3BD013C78BDE53C4A3DC43CC9BDC03DD73DE6BDD23DDDBD713DF2BB24BC79BDCA3DA53C0EBC91BBBA3DFE3D92BDE3BDADBD8BBDD1BD39BD46BD6ABA123DA43DA9BDB7BD5FBDBDBDDD3BC2BDBDBB8CBCC6BD67BD603D13BDE2BDD03D20BD773CCE3D7F3DCFBDE23D0FBD033D643D333DAF3D67BDBE3DA33DE1BD3FBDDD3DBEBDE8BD9E3D343D613CCC3DCA3BFA3DAABDDCBDDFBCF93DDBBD533D033D59BDD2BD563D403D56BB4A3D8C3DB4BDDDBDAABC93BC45BD073DC4BDF93DCEBC8FBDA4BCCBBDDEBD143D0DBD8BBD6C3DC83D663C7FBD8B3D30BD6DBDC8BCF9BCF73DB8BCE6BD23BD3C3D5D3DACBDB4BD12BD033CD3BD6C3DC0BC953D193DA3BC39BC1D3D85BD05BD6A3DE4BDCCBCD53C84BD723D7E3D94BC25BD783DE73BC6BD943DFC3DDB3D8DBDEE3D55BDC2BDB73DB5BDEB3DFB3DACBDAA3DC3BC05BD9B3C413DAEBDFB3DB33D94BD723DB63C8D3D3FBB2D3D0F3DEF3D903CD13DA93C253D64BC5EBCC0BDF63D8BBD863DEC3CA63DF2BD3FBCF5BDCABD353DF2BCAB3DBF3DA13918BDB23DF43D783CD6BD563DABBCBDBDDC3C403BF33AFF3D823DA23D883ACABC403DC0BDF23D7F3CEEBD94BD773DEC3C7D3DFCBD22BA993D8D3DDE3BFDBDE03D453D483D9A3D973D67BCAA3DAE3DFE3CC5BDB33D7BBDDA3D9FBD0DBC46BD8CBD29BDA53D293D3DBCCEBD8EBD913D6FBDC5BD8CBD2BBD64BD873DC4BAF23DECBD81BD2A3D9D3D52BD4D3D8DBD9BBD8C3DF9BBBBBD9EBBE13DEA3CCDBCBABC99BD923D073B84BDED3B1E3DAD3B27BCF1BD77BB24BDD2BA9DBD413D9FBD25BD6BBD81BDE93A64BD5EBD583C573D74BD883D183DC63D463CD23DE7BD153DDCBD583D44BDD2BCD93DF03D00BD93BD8C3D63BD71BDC1BDFE3DF33BC83C95BD6F3DF3BD15BD9CBC973D3FBC933CC43D343DD03D2EBD9E3D9FBC14BCDB3CF73D053A5BBC48BDA2BD933DD4BC2CBDDE3CAF3CA6BCD63D9D3DF93C73BD54BDDF3DD33CE8BD8ABCE63C0A3DD93D833B77BCB53D97BC253DC0BD35BDC1BD4C3CC9BDC33D63BDAFBDF63B71BD99BDBB3D253DA83C7C3D2BBD553CF73D5DBD4E3DD73D8FBCD33D07BDCCBC033D9EBC06BDC8BCD23C8DBDC4BDC9BDFC3D5C3B653DF5BD96BCC8BD31BCE43DBA3D39BD8BBDD1BD7CBD2F3D98BD8D3D38BDED3DF8BCB6BC973DB33DB93DB93DF2BD8D3D86BDB63DC73D2BBC313DD93C613DAC3D143D2CBDA13B6D3CD4BD283DA7BDA23DE53D8B3CD63D313BA13D7F3DD5BDCDBDF6BC4C3DBFBCD0BC9B3DE53D593D183D823D8B3CE7BDFEBDEEBDE1BDC23D11BCB1BDDF3C2C3A9ABDF5BDED3CFB3A36BD8FBD07BDDF3DCDBD4BBD23BDEB3DFA3BAF3D4BBCA0BC913D45BD983DE03D503D9E3DC6BDEC3D9ABD903D203D163C053DFBBDF43D04BCE53D493B51BDA03D1CBBA3BD813CFFBD9EBDD0BDD23B8DBD33BBC3BDDDBD6DBC713CB83D2FBDF43DB7BD313DE6BDE73D41BD8E3DC53B4EBDF4BC3FBD9D3DBB3DF43DF4BC1ABD81BD0CBCF83C29BCA5BD173C73BBCDBD0BBDA8BBF9BD8E3C0D3D40BC8DBC443B033D75BD3FBC933D16BD38B9EDBDC3BD45BC31BDF93DDBBCD6BDDA3DA5BDD43D50BCC93CFBBDE83DB8BA80BDB7BDBA3CF2BDBE3D8C3DDE3DE43D97BD0BBD9D3DA43DFB3D54BD933C8BBB933D7BBDE83D18BD7E3DC13D00BEBF3CB0BD763DDB3D23BDADBD82BDC73DA6BCBFBDD23DA83D5EBC6C3C7B3CF73D943DB93C373B253DBDBD8B3D573D6D3C953DC5BCEABDD5BDF13D29BDBBBDFB3DB5BDD03DE43D82BC953DC43DF1BD89BD853C213DAFBDD3BDF53D71BDFABD613D84BD33BD34BDEC3D433DFB3D35BDBA3DD0BD9B3DA83B993BDA3D1D3C5ABD8DBDA63C2BBD813DD6BDACBDDF3D46BDFCBDB73D0BBD423A9F3D2B3DF6BDB83CF83DEDBBBA3DE03D3D3DEDBDDC3DCA3D193D29BCB0BDE23C32BDE53DFFBDDD3C2DBBAC397FBC593DDCBDDC3CAABD233D2EBC823C903D4CBDCEBD6FBDD13DD0BDA23D35BDD73B523D35BDB0BD2D3D9B3D3F3D8FBB5A3C573D233D7EBDB93D89BC4ABD1ABD883C84BDBBBD8F3DD13DFEBDCC3D96BDF23CED3DA0BD53BD143DA0BD47BDD7BD6F3CA03D093DB6BCF33DC83D8BBD923DEBBC253D5F3C603D82BD77BD92BDA6BD5DBDF63C123DC23CBF3DC33DCF3D9F3D80BA023D81BD093B1B3CD1BDD23DE3BCC43D733D8BBD163D62BD7CBD233D7A3D92BD81BDC13D3CBDACBDD9BD943DB83DFE3DC0BD763CC73C4B3CCF3CECBDF6BD54BD3C3C1B3C92BC00BEA03DACBDF33CBBBDB93DCE3D86BDDC3D1ABDF9BDA6BCC1BDD63CC63C62BD14BD173D8CBD533DBEBD963D74BDD6BDC43C583CBDBDE13D39BDA93D04BDAB3D77BDB2BDD1BD83BD8CBD6A3DA9BDAEBC3ABD41BD7BBC8D3D53BDD7BDAE3D95BDB13D50BC72BCF03DB83CE8BDF5BDEFBDBDBD393D553D853DECBD9A3DE33D493D4ABDDEBDFD3D493CDD3C9B3BAC3DFCBD813DAEBDED3DC8BDE2BC293D2A3D2B3DA53B0D3DACBDF2BB0F3DCD3DD0BD4ABDACBD84BD96BD9CBC393DC7BCCD3CF2BCF6BD823CB33BAEBDF7BDFD3C0DBDCD3CE0BCFCBC4DBDF63DE4BDFEBC0CBD34BD823DE43DD33D79BD5FBD4B3D893DD7BD68BD71BD47BC34BDC6BDACBCEDBC1D3C43BD6FBDE53D14BD983DA7BD5EBD503DCA3CC1BDC63D0BBD14B88BBCC43DF83C6F3DDFBCFF3D473D7D3DC7BCD4BDB93DE4BDFDBD433CC6BCB8BDC53D4F3C6DBDA53D353DC8BDA9BCDDBD8FBDB93C0E3D46BD34BDDBBD9EBD02BC933B903DAA3DDF3DC73CBDBD11BDE1BD1DBC863D6A3C6A3DD83D853DD5BCE93D8E3DBEBD933C773D243DF63DA8BD903CF83DA1BD8ABDAD3D813DC93DB2BC983DDCBD94BDA43CB6BD0DBB3FBDFD3D19BD323DC53CF73DAB3A913DAEBDB9BD853D9F3D82BDCD3D293D91BD773DFF3D03BDC73D1EBDF0BDCABD2CBDF23D573DDD3D823DE9BAA9BDE9BD2BBD62BDE63DF7BC78BCBA3CD23D53BC863DB1BDF4BD9DBC6B3DA03D3B3DC23D97BDE63CD53D9EBDB13DCFBDA73D853DE03D5DBCE1BB9ABDEB3D8EBB05BD063C853D82BDCCBDF9BC1B3D4E3C08BD853C26BCC63D96BDF73D9C3AB43D4E3DC1BDB83D33BDACBD603DC23C81BD71BDE03D00BE923C263BCCBD5F3DE6BD74BBD8BC903DDDBCEDBD1CBCCA3D93BDD83D8E3D6ABC7EBBD43D043B8B3C283C1A3CDEBD94BDEC3D993DD53BF23D48BD5B3D86BDC63D8D3D303DF5BBAE3D8B3D843D3FBD653BF4BC95BDF93CDC3D973D0FBD923D18BCF23DFDBD0A3DE2BD743DB83DC43D28BD343C063D30BDF03DAF3D7D3D51BDB33D82BDD0BD20BD3DBCA23D533D393D1BBDC73DF43DDDBDE63DC93C333D483D953DFC3A04BD30BDA4BD9EBB90BD993DB7BDDF3DE2BDD53D683CF1BD1A3DA5BDCBBDD83B12BDFD3CCA3DEBBDFF3D8EBDCABCA63D56BD81BDF0BC483DB1BBE93D5D3DEABDB8BD213C9DBB1CBD283D573D95BDCCBC373D3A3D38BC813D373DF0BDF5BD893B2F3DB6BD84BDF5BDC23CBA3DE33DD0BDC63D4DBDE1BDA43DD73DD2BB13BD803C703D6D3D81BD883B0D3D943CD53CE93C083D8B3D82BDD43D04BDD1BDAA3DA3BDFDBD2EBCF73DC2BDDE3CC7BD513DAD3DA7BCE4BDBFBD9DBD3FBD75BD613DE73CCDBD823CEDBDB73D0EBCEF3DC83D93BDC63DDBBDEDBDAB3D83BDBCBDA6BD94BDE2BD833CDCBD0FBDA13DC5BDAE3DFD3D9CBC77BCF3BDEE3DCD3D5CBC983DE1BDADBDF13DFEBD58BC89BDF2BDA83C5FBDCA3C3FBD2A3D873CFEBDA33D9E3DC4BD193D72BDB03D76BDA13DA2BD8ABD503D0C3D6ABDBC3DC33C753D98BDF83CF73C953DEC3DA23DFC3D60BDD3BDB53C13BB98BCCEBD8FBB713B9D3D763DAD3CB43D5CBCCE3DE9BD71BB65BDA43D0FBDADBDADBC9738AC3D8D3DE8BD58BD78BDD8BB633D95BCE93D623C8E3DF6BC943D493D983B89BB633D913CA1BD1FBDA8BDF53CC03D93BD2C3DC6BD533DF0BD49BDBCBAAEBC903D4CBD2A3D613D0C3DF8BD8EBDFBBC09BB453DB43DD33CAFBDFEBDE53DE139E4BD0DBD443D81BBA93DAFBC813CF03DE3BD4C3CD0BDACBDF0BD7B3DC9BC3A3D683C273DD7BD36BD0CBDBABD5A3D913D39BDAFBD85BDEFBDA7BD0DBDA93C76BDD2BD813DCD3DC23B92BC62BD273D243C6ABDB03D973DBD3DB13D98BDEA3D22BBECBDA23DA5BD70BDC73CB63DA43CDBBDAEBD3E3D0CBD0C3DDF3DA7BDDDBD2CBD",
      torch_tensor_64_torch.bfloat16: "0x0200000035BD053DD0BD373D15BE2A3ED9BD9A3DF8BDF7BDD5BCCEBD4BBD9DBD4BBD0CBE313ECC3D81BD033EA1BD14BE683D79BD083E43BD13BE193E233D5C3D8CBC10BE693DFA39F0BDCE3D2ABEE1BD29BD2ABE23BE5ABD08BD053EA93D283E613DC23C0CBD99BD22BE25BE9A3DE5BD95BDA93DE0BD863D20BC153DA5BD043E14BE29BE",
      torch_tensor_64_32_torch.bfloat16: "0x02000000B3BDE3BD97BD58BA4EBDE8BD023E573D28BE183D323DD53B303D72BC9E3DFFBD9ABD083EE0BDB23D273E26BE9FBD1A3E2FBC0F3DCE3C953D95BDBC3CF73D74BC26BE7A3D39BD19BDBD3DFE3CDBBDA7BDDCBC33BD19BDF7BD033EBC3D0F3D243DAA3C073E243DDD3CC7BD723D29BE643D1DBE96BDBF3DD8BD103EC8BD2B3E5F3D9DBDDD3D20BEE5BDE3BDBF3C8E3C1CBE2F3E31B9C1BD8A3B9BBD483D833D4DBD293CD73DEBBD21BDD6BCF0BD6C3CD53B12BE153D2D3EC13DC4BD263EF9BDB8BDA03D103E2D3E1C3EC7BD263DE3BD803B163EB23D27BE9CBD19BEAB3DB8BC04BE67BD6E3D863C2A3E1ABB643D5BBDAD3CD03B1B3E983DCEBD21BE2CBE83BDBB3C2A3E8EBC8E3DB83D0BBE16BE893DA93DA9BDE33C31BE123B313DDB3AE6BC973D47BD073E1CBECFBD17BE24BE063E33BD0EBE163D09BE163CAC3D19BDBA3D153D11BE0F3DE93D28BD893CB93C793C3C3D2DBE093E9E3DB33C043D12BE4FBDFCBB2C3DC7BD9A3C61BD043E1BBE973CF53D0DBEA6BBA73D923DAA3C923DFCBD173E813BEA3D203DA1BC9B3D2C3E333E18BE303C02BED33D023EFEBD27BCFB3DEF3D08BEF33D00BD1ABE103DA93DD93DF6BD03BEF3BDCD3D1EBEC3BA55BD9E3D0E3DB7BDFD3C273EEE3CB3BDC23B26BEE8BD06BDE2BD193E0D3D0C3E25BDC9BC373D57BD77BD32BE083E243E33BE70BD09BE93BD0A3EC23D61BC9B3D583DC63D11BE603D2BBEEEBD87BD8DBC2BBE903BE73C90BD6B3D1E3EF7BCC1BD20BE04BEC8BD06BE8EBDC73D633D233E343E82BD8EBDC63C10BEC53D02BD18BE09BEF9BD473D0B3E0F3E47BDD2BDA1BDF7BD3BBD23BEC23D2ABEE1BDF33D07BE2D3D083E323EB73D42BDCF3DBFBB5FBD173A223DF33D983DAD3DD93C12BC983D2E3D2DBEEA3CA1BDC0BD8C3D143DF53CACBDA73D2A3EB13C953D1FBED73D7C3DA33D973D3EBD2EBC2F3E043E02BE103E343EBE3C0DBE0C3D12BD023E2EBE393D08BB643CF93D513B12BED3BD91BD9A3C8C3D07BD8FBD9F3D30BEFD3DA8BCFC3D093E9B3C653DCDBD023ED43DE3BC8D3D22BC0D3E953D043E25BE303E873DB03D213DEE3D2A3E77BC15BE263E19BDAFBDDF3DCA3DC23C36BC0BBD263EDD3DD83DE73DBDBD173D1DBED23D33BE35BE33BEDF3D973CD339E63C89BD5CBDF4BD31BDDFBD983B0E3E16BEB23D07BE96BD0E3DF93C143E8BB88ABD96BDAA3B08BE0EBE9BBD953BF4BDCFBD013E273E63BD1BBE8BBD923D6B3D60BD1FBE5ABD22BDD03DB4BDD93DC93CF3BC21BE333E01BDE43DBBBD30BE10BEBABD67BDCCBC173E27BEB53D183E953AE2BDB93B2C3DA03D5CBD78BDABBD2FBE7E3D09BEAEBDEEBA0C3E213E04BE1D3E223E123E7C3C113EB03D02BEBFBD5A3B00BE6EBD123EA93D1E3EB23AB9BDF03D563CF43C99BD953D06BE103E1E3E833D0D3EDC3D8ABD1DBEBF3CE33D94BC743C063E953D073ED53CA23C2DBDF4BCC0BDF23D253E863DA53B6FBD33BE06BD01BE06BE0FBD0EBD123D03BE023E25BEABBD89BD333C963D3FBDE23C2BBD8EBDCBBC123D30BEFCBD0D3EA43D9BBBB73BC83C283DF7BD45BD26BE0EBE08BDBFBC0E3EF93CEBBCA0BBCA3D5BBD07BD11BD12BECABC27BEC3BDE6BD073E27BE2E3E883DF5BD163E20BD19BEC9BCB33D30BE59BC933D8DBD843C8EBDF3BD0E3E01BE08BB713DCABDAF3D16BE2D3EA13DCDBC17BEB33B803DC5BDB6BC34BE35BE9DBC173E08BC633D91BD6CBD9FBCB7BDDE3DE23D0DBE5E3D96BDD0BDB1BC61BDCEBDD53CCF3DDFBC4BBC5A3C9CBDC03D273E84BC453C123E143E07BEA8BD32BEDE3D0D3E84BD683D2F3D1CBE913DB23D7F3B953C283D023E203ED03C9A3D3DBDD83D8EBD15BEAA3D863D1F3D9A3DAC3C763D943DC3BD1BBCDA3CDCBC18BE893CDD3DC2BD323E253D9A3D8CBD14BE87BDB13BA5BD213EE8BDF4BD80BD223EA6BD273EAE3DDCBCBB3DAC3DB8BD15BD2F3ED03DB1BD43BDCB3DB83D663CE9BD06BE19BD853D9ABC17BE31BD353E16BE0CBEE43D343E2EBE24BE62BD343ECDBD783C143E80BD5EBDF3BDDE3B293E943DFE3D40BCE6BC01BDCE3DBEBC1BBE7EBD8E3D303E04BD1EBE05BE0EBE923D053E563D7A3DEC3DF83DD83DCA3D443DBB3DF8BDEABD433DE13C1FBE04BE10BE103EED3DBFBDDA3C27BD1D3E24BE04BE17BED33DB5BDD83D753DB1BD43BD93BDA03D91BD763D4F3C11BEE4BDFBBDBE3D1D3D92BBD8BD33BE80BD0BBE34BE2DBEECBD30BE623D873D923D34BEE03D0D3DB93D32BDAE3D2CBE773D103E983D2BBE4BBDB4BCBE3D89BDD03C7EBDE6BC67BBD0BDFBBD153E183EAFBB1D3E0B3EE4BD90BDF9BD6A3D923BC7BC063E8EBDC6BD01BEB8BD2E3EB0BD47BDA33D0BBEDCBD053E8BBDBCBDBBBCCEBC043D853D0CBE253E2CBE753D4CBD99BD293E2EBE463CE83D223E19BEAE3C333E31BE313DE3BDEB3C24BEB23D21BDD83D2EBBCEBC30BD26BE9ABDC03B0CBE1F3EEBBD8DBDC2BC13BEB7BAAEBD18BE8E3B203E323D153EE3BA7DBD123EC1BD27BE1E3DB43DD8BD7F3D80BDB0BC20BD1BBD13BE313D3EBD0A3EF23C14BE0ABEBDBDAD3DEABDA6BD033DFBBDB2BD243EBFBD71BD013E223D0E3E1FBEB53DDEBCE8BD9BBD2FBEFA3D0BBD31BE1B3EEA3D963D313E233E293E223E133E3E3D73BCDC3B96BDAA3DA83B2B3DE9BD88BD083E8D3C7A3D1EBE9BBD93BB98BCE73D5BBD173E0CBD8D3DFFBDF63C30BE1BBEE8BD4B3D603C8C3C9EBC183E313E9A3D103E0FBC85BD0D3DEE3DE0BC0BBE6F3D39BDAEBDE53DC5BBCFBDD9BD2A3EEB3D02BEB1387BBBAD3D1BBE2C3B713DB83D973CB3BD2EBEC43D253E5BBD22BE543DFEBDEDBD453D8ABC45BC223EFEBCDC3D61BD073E5D3D213E7D3D80BD9E3D1A3E093DA73DFFBDC43D2BBE203E963D3F3C29BE253EE73D273E8E3D743D3CBD94BD903D7B3DBCBBE63C793D2FBE20BE41BDF73DB13D2DBE59BD99BC6E3D143E7D3B0DBE323C8CBDDDBDC93DC3BCAB3D0D3E8E3CCC3DABBDCA3DE73BF13D2D3E09BE2C3E0A3E12BE543D13BE6B3DE03C2DBE833D47BD343E313E7A3D0F3E833D2B3E86BC333DEFBC4BBB5ABD8FBDD13D9B3DA0BD20BEB13D27BE00BC1CBE183E133E15BE28BED6BD483DB5BD2CBD38BD053DABBDA53D02BE81BC183EC8BD0B3EBC3D6ABD7B3DF5BD693C4D3D1D3ECBBDCEBDB5BD30BE123D16BE42BDA2BD223C5C3D04BE56BD8BBCD1BD273D863D01BE0E3E013E5ABDD73CB03CC8BCF3BD153EB23D17BE0CBE2C3EE73C26BDF53D503D823D103E62BC2C3EFEBDDCBDF53CB0BCCF3D45BDE43C16BD083E3EBC323B053E303E2D3E31BECDBD1DBD15BDD13DA43D6EBC893B1B3D1C3EBC3DB7BDB9BD653D92BCE8BD2FBECF3C53BDD3BD083D303E163ECE3D09BECF3DBB3D723D34BD4ABBC4BD23BDEEBCCDBC34BE7F3D14BE07BE933D14BE2D3E2D3E66BDFABC0ABE333C043DC7BD633DDFBB55BD20BA2FBEFFBDC03C2F3ED7BDE83D853C9CBD4B39AE3DAC3C203E09BDF2BD243E4FBDE63DEF3D003D15BE32BEAC3D313DD33D20BEC8BC1C3EBE3D163E0E3E32BDF7BDD8BD763D90BD383AE73CE13DCA3DCF3DEB3BCC3DA9BD91BDE5BCD2BD213EDEBC533DB4BB1EBBC1BD55BC22BEADBD0B3E2ABEEE3CE73C2DBE0D3DA83D033E083D0D3EDA3B8A3D563D05BE1FBDFFBD0D3EAD3D9ABD05BD413D1EBEA43BAD3DB53C85BCE93D9D3D21BED53D0FBECB3D183E853C75BDBBBDA1BD05BD96BD343E9CBD963D28BEB73D1A3E02BE39BD2D3D2DBEE5BD7C3D2A3E58BDD3BA2FBE2EBE1D3E1A3E5DBD8FBD3BBCA83D2FBEC9BD6FBD9EBD99BB043E1E3D24BE273E123E643DB13D873D143E2EBEE1BDB8BC0ABDF0BD2EBE0ABEE1BC1A3EF03D513DDEBD92BD8C3C28BE04BC133D243E3EBD323E5B3CFBBD2B3E1D3E0FBED2BDAD3DDFBDF63DADBD61BD50BD2D3E75BD0DBDDB3DF8BD5FBA0CBE27BE25BDA03C1A3E2EBE50BD3F3D893DD43D12BE31BD273D11BEB63D2DBEE23D6B3D4EBD6B3D193E053EDC3DD3BD503D083EFF3CF03DE1BDFE3DC0BB22BE3CBD203E7DBDFBBC91BDC5BDFB3CDC3DAB3C33BC283C08BEBFBD113C11BEB33DDD3CF43A3ABC193E253EB13DB43DB0BD943DF5BD9C3D01BE7DBA033EF03D203E773D8D3D423D043EBE3D563D7DBDAFBD33BDAD3DC5BD463D1E3E193E05BE4E3DED3D24BEE73DE2BD03BE99BD88BD96BD503D8C3D8D3DFA3DE5BD2CBE11BEC7BDA6BD9F3D03BE04BEC23DE6BD083D0ABE8A3DE23D18BE763DBEBDE63D233E19BE873DF53D253E093E0E3D293C153DD8BD0EBD33BBE5BD00BCC0BC7DBD5EBD34BE2D3EB23D033E1ABE31BE073EFEBCE23CB63D393CC0BBD73D113E4ABD1BBEC7BD013E7C3C1B3E7DBD2CBE613D9ABDD8BDE23D493C77BC303E1E3E14BE26BEB3BD0DBEBEBDF43DF1BD263E623DFC3BF83C193D693D13BE49BBF03D343E19BC01BEA63D26BE213EDF3DA33DC63C043E92BD17BEC8BD073EB5BD10BE1F3DE1BDF5BBE6BD193DECBCBF3CA73DE9BD77BDF1BD173E82BD883D273D33BE01BE3ABD0BBEC03DE43DAAB9B13C3F3D713D0CBD8EBDE0BDE73B0F3EB4BC1C3E7D3DBABD8D3D913DA1BDFEBC96BC803D0D3E1FBDEB3DC33D1DBE043EEBBB0C3E0D3E2FBE17BEA5BC693DE6BC2EBEC53DCFBDA43D003E74BDDA3DC13C63BD3C3C823DB93DD0BD073EABBD1CBE9DBD20BE4B3D433C0DBCF5BDBF3DED3C36BD003D7F3DDABD51BDA4BD203E333D09BE003EE6BC473CBB3CA9BC2B3E9D3D1C3D84BD273D04BE7ABDB83D32BE92BB85BDB93DE2BDFB3C51BD183ED8BC04BE61BDFF3D8B3D1B3DE23D8C3DBABCC0BD2DBEAE3D0D3E8ABDA3BDFA3C86BC0B3E49BBAEBB28BE5D3D213A2B3DDD3D9A3DB1395FBCB7BD233E173E3CBA353E1F3ED03DBA3D8F3DFEBC903C133EF4BC623D6ABDEE3CD23DE13DB13DAC3D2EBD253EFE3D2B3E12BEA4BD16BE803C0A3EF7BD3E3D68BB29BEE3BBAABCB0BDE2BDD63D95BC10BD49BDB9BC48BDD9BD9A3D2BBB22BEB6BD14BD8ABD2B3D293E03BE2ABB1D3ED3BD0DBE413D07BB18BBE33D1BBED9BDFB3DFEBDC2BCA83DC6BD0CBED8BD07BE1BBEEDBC28BEDCBD563C293E323E173EA03CE13D62BDE9BDB63D8F3D7F3DA83D36BD053EC53D9EBD053E823DC53B2E3B1C3EBC3B7F3D043E1D3C243ED6BD8DBC6A3C1D3C04BE2D3ECBBD033E90BD903DC7BD9EBD3F3DF93D69BC883DC8BD653DA3BC25BDB23D70BDDDBD4DBDB53D2D3E243EFD3DDFBD223E933D013DD2BDC0BD3B3D80BC4DBD0ABE1A3E603DBE3C883CC33DDABDE7BB203EE1BC1BBED8BDE03DBF3DFA3D80BDA8BD20BE483C1DBD2C3EA3BDE6BD933D84BD86BC353EE23D34BE0C3CB63B313E1DBEDF3D32BE32BEBABD2DBE32BC123E49BD09BE79BC13BEF63DD13C213E9A3D813D743D283EE2BDDDBD0B3E833D263E293D833DDF3DEC3DC73D0EBE523DF8BDBB3CC63D72BD1D3E213E503D03BE723B0D3E023D1E3E523CA8BDEC3D703DC83DD8BD09BEF23D7D3D043E17BEA7BDB8BBBCBDE23D103E1D3ECB3C24BE82BD283D43BD9B3D42BD163E1D3E333E703DF5BD3BBDC1BDA33D7EBC913D523D5EBDC93CDEBCFB3CF0BD563B0A3EBB3DE1BD173E8ABD223E14BD2F3ED53D6FBCF43D1A3E0EBE023DF83D96BCE53D0D3E10BEC53D26BEE33DC8BD61BD313D1CBEC8BB7DBD653D2CBC25BE33BDE23CC63DCFBDDCBDA33DD9BD8FBD35BE2EBD10BEE33C133EA13D17BE223E22BE8BBDCB3DAC3DC83D2CBD1FBE31BE6D3C2FBEEFBDED3DDFBC7D3D0EBEE63C233E043DFF3CDFBD03BED33D22BE31BC11BE4C3C31BE703D9E39EEBD87BD91BDA3BD",
      torch_tensor_32_torch.bfloat16_2: "0x020000009DBD3B3EE4BCDFBC05BE1FBBC1BC91BDED3D303DF3BD99BDBFBDB0BDC6BD22BCD1BD013D24BE3D3E933B223E72BDE83D9B3DF6BD6FBD35BD4BBE9F3D9FBD65BC",
      torch_tensor_32_torch.bfloat16_1: "0x02000000653F8C3F5F3F643F613F8F3F653F7D3F693F843F713F7A3F8D3F6D3F7A3F753F593F743F6A3F873F803F7F3F8E3F8B3F863F733F823FA33F823F8E3F843F963F",
      torch_tensor_32_torch.bfloat16: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16: "0x02000000ADBAC23D15BE05BE8BBD423D66BB103E81BC403D5BBD0EBD2DBEF0BD95BDD73B8F3DD93DF5BD9EBD833D163E15BD073EE9BC993C243E28BEE4BD37BD8DBD1C3EEBBDA7BDFDBD2ABED3BD1C3EA23DAF3D183CBABDF53C29BE03BEBBBDE43DD43DA1BDD1BBE83D343E903DC43CF33DD5BD073D0CBEFBBDBBBDA43D923DD6BD5B3DC73DB7BCDD3B283DE13D2E3E0BBE85BD8E3D163E1E3E203E103D1DBE853CE2BD29BE213E0A3E35BE083DF4BCEEBCA6BD8B3DD6BD853DB73D023E873D33BEEBBDB53D183D0DBED0BD2A3EF43D9EBD36BD2CBE50BB08BE0CBE20BCD93C94BDD73DDCBD243EF83D19BE34BD033CD33C2C3D8E3D2D3CB1BDAB3D2EBED7BD35BDB0BD7DBD14BE1ABD1B3DECBD15BC023E95BCA13B7ABC133DE63D2B3EE63D2C3E51BC23BEACBDF73D96BAB4BD0BBE29BE19BE13BDC73DC43D2FBEE23D0EBE19BD93BD0BBD0EBD22BE1CBEE3BC163BA4BD883D23BE43BC1F3E94BD233E833D23BEE53DA7BCA2BD113E12BE9B3C18BD013E4A3DAE3D803D2EBD18BD15BEC43D103EF83DFFBD013CFFBDC7BDD3BD773DD8BD7DBBF43BE93D09BEF9BDD2BDFD3D82BD193E833DB73CACBA0FBDB63C25BDA3BAB93C0EBEBEBD123E13BE50BC333E833DA43B1DBEB33D01BE4EBD73BDD6BCFD3A153EB53C223EDD3DE5BDA23D00BE99BD553D6F3D083E69BD9439BA3D2FBE033E16BE203BF6BCBFBDBF3C163E54BDD7BD86BD33BEA33DAEBDF2BDD1BDD03DC03D0B3E833D72BD4ABD563D153E453DABBDAABD2BBE1C3DCBBD21BE1F3EEBBDA5BC4F3DB93BF4BD12BE103EEC3C163E73BD553D26BD01BCDCBD753D653D6FBB23BDDFBDFA3D07BE943D73BDAFBD023DBCBD273D0E3D06BEF13C9A3D8F3DB6BC14BEDFBC7B3D84BD893DF13DBDBDE53A963D633C723CB53C0EBE643CFB3D233ED53DC23CA93DB0BD16BE1CBE353EE63DFABD8E3D093E353E1E3E0C3E26BD7EBD153ECB3DDABD233EAF3DC53DE3BD503D7EBD0D3E02BD8D3D013D9A3D76BDB13DFDBD243DF5BD33BE11BE0F3EC43D2A3E113E22BEF7BDEABCEBBDFB3D09BEB1BD2FBECEBD153E143E023E0C3E213E39BD9F3D213E703D353EBC3DE13D7DBDAE3DA63C2DBDCCBDCBBD0BBEF33D013EA5BCD2BD0C3EE83D573CABBD263E943D09BE2D3E093E84BDCC3DCEBDE3BC1A3EEF3B00BE72BD45BD0CBD8B3C273E1B3CE0BD143CAE3DB43D25BE02BD07BE9ABD823D01BE873D1A3E3E3CF1BD82BD1E3D0ABEB43D24BE2EBE30BE13BDF33D2BBE163E91BD543D043C23BE163EC33D343EB73DEFBD173E1C3CAC3D11BE50BD32BE8DBD1C3D0EBE673DC23DCA3CF2BD0CBE5FBD9F3D333ED03DA3BC7E3D32BE1BBEA93DCDBDAE3D00BEB3BD15BEBD3D94BC0B3EE03DC83DBA3B60BD1DBDC03CB33DFEBD183E9DBC18BEC4BD203E263E28BEFF3DB53DD63D193EC3BD653D943D56BD723D50BDE03D49BD87BD363D803DB1BD803CD23D90BC5C3D2FBD7E3D03BED5BDB8BD263E43BDFDB9AFBD353E313E09BE13BE09BE5FBA39BDEDBD82BD093DBDBD203D26BDAFBDC73C153EF5BD063C86BD323E2CBE2EBE323EE5BD0B3D7ABC19BD22BDE63D0A3C30BED6BD77BDB63DEABD2B3E21BD02BD0E3EB63D1A3ED13D5CBDF0BD57BC163E73BD28BE943D303E4EBD16BE24BE353D5BBCB7BD123D893D103E0D3ED9BC20BE24BE293EA03D9E3D1DBE283E2B3E233E19BE89BDF9BD2B3E9CBDA5BDBE3DA7BDB2BD7DBC8BBC0DBE173EA0BD803D1D3EB73DCD3C1A3EC33CA7BD2B3E2B3D31BE4EBDF7BD1F3EEFBC25BE36BCE33D3C3D653D863C873D30BD90BD29BE08BE9D3DD6BDD03C673D4D3CEBBD2D3ED3BD153E10BE2EBDC53D94BD183EF9BD18BEA3BDEA3C273EADBD813D36BD1DBD053E0CBE9A3C2A3EC7BC0D3E5FBD123E2FBED1BCFEBC6B3D8E3D0B3ED8BCE6BBF83D44BD1F3EF1BD9DBC1CBCA23DF83DE6BC16BEB33D593D913DDFBDE93D2B3E7B3C29BEFE3D06BE263DD23CA9BD7C3D22BE253DE6BD9DBCBA3C1A3EADBDE83DB8BCACBD1EBE26BE313E35BD113C443DF63D1A3E133E06BEE8BCD6BDCFBD2C3D2A3E11BEDB3DBCBD0DBD103E24BD843CFDBD1A3EBBBC04BE543D01BE10BE303C103E4DBDAA3D1C3EF03DBEBD9FBC64BD12BE9938083E193E873C243D9DBD093E97BDFBBDDF3CD93D23BE243E823DFEBD1CBD1D3E0BBE54BD6D3D1FBEC63DBC3DE13DE7BD343ED7BD353E2EBE21BEDE3D973C273CC8BD98BD54BD30BE173C003D1DB96A3D2C3E413D85BD95BDE8BDFBBDE9BC00BDA13D9BBD103EFEBD043A233E343ED2BD013DAB3CAABD7ABD443DFCBDEF3C9D3D8FBD163E3FBCA43D333E5DBDC53D4FBDD4BCF5BC90BA89BD2A3DDA3BE53D13BD913C87BD18BE933DB93C91BD75BD3D3D03BDED3D243C893D9E3D32BD9D3D063E053C0E3DD23BFB3D99BDC0BD9E3D1EBE3A3BA6BDEF3D29BEDC3D333E133D41BC323E9BBD68BC9FBDC8BC1D3DC13C09BD35BE143CACBBDA3C0B3E303ED7BD35BC91BD27BE04BE2A3ED33DC23DC93D10BE983C283ECABD213E3E3DFF3D9BBDA73D20BE38BC723D593D173E323E253EF33DFF3DBBBC0CBE86BDA3BCC4BDB93D7E3DEA3C2F3D1F3E843D1FBE03BEA03DC53CB13D35BE27BEDE3DE83D24BE893D0DBE093E633D333E32BE2EBEF53D213EDE3DF13D18BE033E2BBE223DEDBD90BD003D8EBDE5BC2CBE2BBE8C3D99BDDCBD8FBD14BE11BED93DB83DC13CC6BD713D023C01BE1C3D253E32BE34BEBA3C083EDCBD1F3DFF3D5F3D1D3D353EEC3DCCBD7A3CB93D203E34BEC43D52BD31BE213DC5BDCD3CEBBD08BE76BC73BDD43D7A3C0D3E083D69BDF53D1E3C083D69BD263A0BBD76BC0DBE8EBA16BE1CBDD23DFCBDF4BD31BD46BDF53CF03CB83DF9BD4CBCCA3D1D3E53BCD1BD503DCE3DE2BDD2BDA03D",
      torch_tensor_96_torch.bfloat16: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_96_32_torch.bfloat16: "0x02000000363EAC3D3B3E98BDF5BD3F3EB93D553EB9BD0EBED0BC51BEAE3D243E553DAFBCDC3D0DBE593E5CBE54BE52BD353EB23CAA3D23BEA23DC6BCB23D1D3EC13D97BC5BBC0BBEA0BD103EB2BD0A3EB0BD4FBD973B4BBE0EBBB3BC9FBC31BD2F3E243E16BECE3D2EBE3DBE883D513BCFBD56BEACBD943D4DBE57BEE13C20BE42BEABBD0FBD49BE14BE693C51BEF9BC0FBE1ABEAE3D2BBE28BEFD3D263D4A3E6DBDD6BDA4BC903A293E5DBE7DBCC43DF4BDE1BDD63D54BE523D2CBEDC3D3EBE083E52BE3ABE513B2F3E3EBEC6BD433E15BDB83D55BE8BBDE1BD3B3EB83D22BE0F3D23BBB6BDFDBD93BD2F3E1FBE1EBE89BD773B713DD53B55BD06BE1FBDB2BD333E58BE0DBE34BE22BD2D3E423E41BE1ABC023EC33D363EC5BB15BE133E98BDE63D5BBDBC3D473E4E3E4ABE13BEB7BD0DBE553E9DBC13BEC5BDF5BDB53D41BE4FBE5BBEBF3DDB3D0ABE5C3D243E013D3CBD833CBEBCDF3D17BEE13DFA3D06BE353E5A3EAFBD78BDDD3D2EBEAF3D4F3D0C3E41BE38BEC73DA03D4EBEF7BD4BBE1FBEC8BD373E31BDFF3D533ECA3D46BEDF3DA93D2C3E5BBE083E353E4EBEBA3C3D3E21BE913DC43D683D5C3E363E3E3EDDBC3A3E4FBEEFBD3EBD84BD4D3ED13D0F3E173E26BECDBC013D673DE43DB0BD86BD3A3E6EBD1ABE163E163E8BBD31BD24BE39BEA73DBDBD303E32BEF5BC993BE43D333E163EC33DCCBD1EBE46BE303C573E28BD15BC21BE883D0D3E5BBE1CBE243E523D5DBC1F3D07BD1BBE4FBE123ED3BCA5BD65BDF2BD83BD3EBE263EB53DE0BD97BDC73DA4BD6A3D743D0CBE5E3D593C423EA0BD64BD3F3E35BE803C563EC7BD553E453E4E3EA9BC493EC1BD98BDA83D3B3DF43D533E0BBEEB3D943DEA3DD23DA6BD2FBE313EFDBD0E3E53BE19BD163B193D8F3C8C3DC5BC593D5B3E0FBE42BCA9BD433E3E3EC1BB9ABD09BE1F3E74BC513EFD3D423E2F3E10BE823DB8BDDE3D9FBC9A3C19BE46BEA73D4E3D9A3C173EB9BD9D3DF4BD383D4ABD1B3E423E413E203C033E5EBE02BE1E3D9E3A2EBEC4BDCFBD5CBEA93C173EB43DD3BD4CBE33BE843B193EB4BDF1BDEDBD9ABC53BE44BE5A3ED3BD20BD6DBD43BE1CBD883DB4BD17BC88BA5DBE213E333E173E92BDE83D50BE5BBD34BD9DBDBA3DCABDCEBC80BD50BE12BD3CBE013EED3D503E95BD343C2E3D5D3E4B3EE5BD3DBE48BED6BD3A3E953D563E243E4E3B09BE583E323EC03DF2BD2F3EA13C133EB93DEB3D43BEF6BD053E39BD41BE4A3E99BB333E2DBE993DA7BDBBBD39BDA4BDF33D28BD283E4A3D09BD00BE4BBE81BD4DBE24BD683B65BCDABD1A3EFA3D5ABDAFBD0B3E413E4BBE40BDA5BCA1BD3D3E03BD3C3E8C3AC0BC01BE93BD8F3DC43DFCBB533E19BEAA3D483E1ABD303E6A3B26BEF3BDA53DC0BD553D5A3E973DA6BC5E3DFFBD3ABE27BE3ABE363D2D3DBCBD59BEF03DFCBD14BD3ABEFABDB93D4FBEFDBD263EE3BDB9BD79BDBE3D11BEB23CB53D81BC203D29BEC83DA63DDEBC37BEB13D113E1BBDD13DA43DB1BD76BC5D3E863A31BE81BCDD3D91BDE8BD373EEB3D17BD353CBCBC4E3DFC3B06BE243DBA3B653CA9BD633D33BE853DF03DC3BC2CBE4EBAA13940BE1DBE4D3E263EF63D1A3EAB3DFA3D133E4FBDE1BC1E3EA4B810BE2CBEF83D383E2C3E143D193E4CBE20BE55BE333E00BBCCBD963DA6BD0EBEAB3D223D1FBE12BED03D293E903CDFBDD63D1B3D42BE10BE423D093E8EBDD63D09BE543E1E3E263DC53D9A3D03BEF7BA6C3D48BD553EABBD46BED3BD4EBE373EC7BD1CBEC0BC15BEE8BDE23D26BED13D223EFFB9C53DF8BD2D3E573E533D4A3E5CBEC3BC303D41BED83DA9BDA0BD30BEB53D21BE3CBDC53D273E493DA5BDC1BDF93D253D3B3EA73D333E33BE323ECCBD6DBDAA3A26BD2F3D463E04BE893D32BE0B3D373E153E3E3EF03D93BC683DB9BD3C3EDE3D22BE403E53BB1EBC73BD6ABD323CD8BD4EBEE4BD30BD273E233E05BE08BC80BDEDBD1CBD9ABDF83DDCBD083DFABD8ABD2F3EDABD55BC543E983DE2BD05BE9BBD8BBDC13D45BD3B3EF3BD8BBDA13D313E543E0E3D163CC7BDFB3D01BE69BD39BE55BEF83D713C313E303EE93DB13D66BDEB3DD53D993DCDBB043D7C3A21BE4E3D23BED73D04BE91BDD2BD2F3E1CBEE23DDE3D1D3E5E3DF23D2F3E2F3D973D2DBE6EBDA13CD73C9DBD5CBE67BDAA3D3F3E48BED43D52BE54BE0BBEEABC783D29BE2B3E483E5A3C343EC9BDAFBDE5BCC23C1BBE32BEAF3D803D593EB5BD9D3DB3BDDB3D44BC243EF63D393EE43D053C3F3E02BE513E593E543ECFBDEBBD603C8A3DDE3DB43D3D3E5EBD91BD953D773D01BEAC3C28BE82BDAEBD423E48BE03BE59BE603D2BBE8F3D1ABE0EBEE3BD053D4C3E503E86BC59BE92BDA9BD3DBDA93DDF3DC53D7D3DB4BD17BBE23CE2BD9FBCDDBC51BE163EB3BC40BE2F3EEFBD9D3D5C3E243C7F3DB03D283E88BDFABD8BBC2D3E983C1A3ED3BA883DF73BC13B53BE42BE933CDB3D153E1A3CBB3DB93D3FBE43BE2CBE743B0CBE8EBD05BDAD3D4E3D4E3E483E0DBE33BA123D423E89BDAEBD0CBE233E7BBDA6BD163E4C3E15BC1CBE353E98BDCCBD1CBED5BD2EBE00BE4ABE33BDB23D28BE9FB9A4BDD63D403EEBBCDFBD2ABE02BE803D4B3DEF3D04BDE43D46BE6E3D573E5BBEE6BD0E3E0BBDECBD073E6E3C0B3C87BD273EF63D1F3D073DE53D0A3EB6BDC2BCC33DD7BD4F3E18BECD3D1FBE8E3D1B3ED63CB2BC0D3E1FBE16BE3DBE08BEB83BC9BD463DEF3B393EC0BD73BD133E60BD543EB0BD1BBB52BDCF3DAA3DECBD123E61BC60BD8FBB1A3E593ED83D1B3D113EB9BDE8BD80BD0FBEBF3DA83C98BDB4BC8DBB3E3E463E2BBEA33DAB3DAA3DF2BC5E3D5F3D583E54BEA8BD15BED7BD2E3D073E28BE103E393EDBBD1B3DE4BD3E3DCEBDADBD14BE39BE313EE0BCC5BBDDBD1B3EFEBDB3BD2DBE3ABE453E2BBEF5BC80BDA23D6D3D2ABE473E5DBEAF3C94BC4EBD173E3B3EE73C9DBD253E0B3E1F3D73BD163C463EC03C2FBD3CBEEEBD203EFABB6CBCAD3D12BE70BC79BDE83D343E0B3E253E46BE9DBDD23C3CBE713D11BEBE3D333E3EBE3A3ECF3D12BE543E40BE15BEDDBD34BC1F3D82BD52BECDBC283E2B3EDE3D013D5C3D2BBEB43D5DBEB7BD69BD233ECFBBCABD1B3D38BE6BBD763D6BBCBABC073E28BEE0BD573E303D10BDE63D053E14BDB9BD11BDA13DE2BC013E35BEDABD293EE93C333D923D52BDB1BD7E3D6BBDB7BDEA3C573DA0BC16BE06BDFBBDE93D13BE313EB13D3EBE253E5BBE4EBC0ABE3FBEB03CD7BD203E2EBE383E063E423E82BD08BE13BE383EDDBDDABC09BD193D36BE333E24BE5A3EADBDC6BDF4BC833D24BD5DBE1C3E5C3EE03D593E723D8BBC31BE42BE19BE61BD013EB7BD0ABC48BB11BEC0BB563E313E293EAFBC7C3BF23D93BDB4BD3E3E4B3C16BE3B3E133DED3D41BE253D083E00BDFCBD313ECE3D7D3D523D9D3BFE3D42BD03BEA93D6D3DA93DC5BCEBBC8DBC6A3D2ABE4FBEA63DF3BD95BC763DF93C0F3EE83C5C3D9FBC033DA33D173E52BEB9BD47BEB1BD073E52BE47BE003E03BE223E8A3D5F3D303E4DBE223E903D15BE583D77BDB2BDC0BCD1BD423E3F3EBDBC45BE59BC6A3C143EE43B813D6B3DFCBD0ABE46BEDFBA893D7CBC573E29BD11BE143D7ABDF3BC573ECCBB423EED3CA5BD233EFDBDEB3B473DC73D4DBE2E3C66BD103E953DB23D053E47BD63BC323E33BE19BE823CB0BD4B3C443ECEBC3DBECABD4C3E43BDC2BDC83DDC3C43BE393EFA3D413EC23D95BD91BDD73D2CBD2E3D57BEDBBDA53D2FBCD5BD41BE0D3E32BD5ABE563ED83D05BE22BE563E6D3A05BEFF3D39BD733CE7BD3CBE13BEC3BC21BE5B3E1A3BAABDAF3D45BEE3BDA73D3CBEDD3D953C39BE5CBE8C3DD23D31BD44BE00BEBD3C013C633D1D3D3ABCEA3D573E393E493E96BD97BDC4BC833DB33D9EBC0FBE27BE553E6EBDF0BC08BEDCBD433DBB3DAFBDA3BD303EE4BD25BE0ABD533E413DF53CDDBC0B3EDCBD163E523DC53CF43C09BE253EE93D2DBE4EBE64BD133EDABD4D3EDFBD48BEC33D06BE0CBD8ABD8DBC41BE4BBEBF3DC9BC06BEB5BB4ABE6B3DD33D573E35BED7BCF13D4B3E1EBEBC3DB73D063E19BE1E3EC1BD08BE303D3C3E13BEED3DCBBC8E3D2D3E713D38BE85BD303D3BBE133DEEBD30BD9F3D32BE0EBECA3D5BBE193E2BBE64BB363DAF3D0ABEEF3CBF3D3E3E27BEDCBD813DE4BB16BE3BBE45BE1BBEBDBD1ABE42BE8A3C023ED1BDB13C2FBBCF3D1ABE283C4F3E1E3E5CBE05BD043B92BD12BE1ABE133E90BD64BC823D08BE9E3C043E02BE813DF2BBF43D133E6B3DD63B3FBEB13D073EA1BD5CBE343E50BD313D79BD0D3E583E0B3E8DBD1B3ED83DAD3C33BEBEBD5BBE143E5B3E013E8E3D523D553EE1BD95BD47BEB0BC733C733D1ABECDBC37BE34BEE73C58BE6C3D4CBE1ABE38BD54BE333E363EE8BD3A3DE33D8D3DEEBC51BE213E42BE24BD5C3C92BDA2BD40BE433CC9BC413E92BD2B3E283CC7BD53BDC9BC133B12BD843D373E0B3DA13D093E3F3DCC3DE93D503E4ABE983D21BC1FBDABBD053E4B3E35BEF03D193E1B3D273B2B3ED23B5DBD83BC8E3D5E3D3FBC8C3D6F3D34BE5D3D083ECB3CA2BC2A3E42BECABDC8BD403E56BEB03C57BEE9BBA53D4FBD573E353AE2BD653DE73DE2B93E3E0CBEBD3DFC3DDC3DA7B87D3D2EBE2EBE5CBCDEBC253E213E163ECBBD2EBE50BEA03D48BE5DBEE0BD3BBEAFBD0CBEE3BD533E27BD383E9D3BE4BC82BD1EBE32BE1A3E89BD58BE4B3E843B14BE2EBE3ABE42BE493E193E913C3DBE68BD50BE993D6BBD3EBD8ABDD03DF03D423DDEBCAFBC78BB25BE583EBFBD013EF9BDBF3A983D4CBECB3D2ABEF83C30BDFE3D573E483DCBBBDCBDA53DD5BDB73DC0BD163E2A3E083E0E3BCE3D4ABE343E66BDA23D16BD95BDD0BD0F3EF1BD1CBDE03DB33C3BBE5CBED8BD4C3E1EBEF43D1F3EB8BDC4BD20BE0A3DF8BC2C3CC03DBA3D8CBD743C533D973B313DB4BD363EB6BCE3BC47BE21BEDD3B09BDDFBDE83D9FBC9C3D3B3ECCBDDABD32BD96BCDEBD55BDCCBBC73D4D3E243EBC3C60BC633D11BCE9BC983D34BE3DBE663A86BDDBBD4EBE153E0DBCEEBDB5BD693D21BE643C2FBB973DB03D11BEBF3D273E643CE23DA8BD303D823DCDBD093E52BEA7BD02BE04BE06BE51BE183D2FBD3BBEBBB814BDB73D2EBE79BD373DBC3D863C703D5E3E9ABD173E3F3E44BE573DFB3D0ABDF53DF13B293E993B0EBE283E843D3D3E5C3DEB3D0A3E153D4EBD373D1BBEF23B8FBD603C30BE073E4DBEBE3D123E4BBE483E25BE2EBDE63D8DBD463EC4BDEDBC11BECEBD583E273E833C923C3CBE273E05BDB9BD30BE363ED23D063EB83C16BEB63DCD3C953D5DBDD1BD363E953DB4BD9E3C41BD98BCF93D30BE493E153E4339B5BD353D13BE103EEABD293D5ABED43D163E263E913C033E973D153EFA3D42BEBB3C97BDD4BD1B3EFEBC0A3D0C3E153EED3D1BBD46BE55BE8B3D28BB0CBEC23D493E003EFABCF03C0DBED13D2CBE193ECBBDB0BD3ABE56BDACBCCCBD1E3EFE3D44BEB1BC953D563E54BD083E47BCAABD083E46BE3A3E5D3E72BDAF3D5D3E863DAD3DA33DB5BD583DECBD3D3EBEBD4B3D80BDDE3D6A3BF43D70BD02BEAA3DFABD36BEAB3D05BEA7BD5DBD7C3C9ABDA0BD5FBD1B3E853DD5BD19BEA43B8E3D94BB023E3A3E823D923D013E98BD1D3D333ED4BD8A3CADBD2ABEEB3D313EF0BDA63D883DAD3DF43D4F3E283E42BEAEBDEB3DFDBD2E3DBEBD303DD83D8B3D213ED5BCF13D8F3D8CBD1DBE4B3E84BD273E0C3E0FBC37BE8F3CD6BD673DB0BD2B3E48BE6FBD0C3DA93C363E8CBD31BE133E783D123E03BE02BEB3BD7C3C963DFFBDA7BC19BD4A3EA0BD573E08BEB7BD27BE233E18BEB83DA3BD5D3EFA3C41BE193DD83C56BE323D543E7F3D97BA38BD6C3DC6BD5A3E403ECF3DA5BD50BEFFBD583E4BBE54BE80BC8D3D5DBE4EBE9A3A95BD1A3E7F3D40BE48BE183E1DBDC2BD8C3D2EBDD43D613DC0BD32BEF03D05BEC4BCF33C01BEF23D1CBE5A3DBE3CA33D5ABE4D3CD83D0EBE5B3D5E3A3C3E3CBDC23AC1BD5BBD7E3D56BE283E1F3EBC3D263E8ABD4A3D343C19BEAABD9DBD5BBD45BE1CBEA8BC07BD49BE3D3DF13D393E3B3E1BBE8EBDD2BD233D6E3D453D023EEA3DEEBD183E163EEB3C41BE08BE773D993D4F3EE23DA13DF2BB173EA1BDB53DD3BD04BB033ECB3D47BD34BBF6BDCD3D153E993D57BE1FBE143EFEBC083E233E82BD02BE51BEAA3DE33D1ABD57BE0FBE3FBCCA3D95BD0FBE1ABE463EA13D34BE09BE3CBE003DB4BD40BA0CBD42BE46BE2CBEBABD0A3DD1BDFDBBD4BC4B3ECABD503E2ABE39BE903D01BEE33DF5BD2F3E573E633C3E3D4F3E033E42BEE3BB48BE293E22BDC6BA08BEF1BDE63C373EDFBDA83C493E473E2DBD503EA13D4A3ED23B3CBE71BD853DEC3D5DBE2C3E47BE023E5B3E5B3D27BDF43D84BD24BE1DBED03D293E103C57BE5ABE48BDEF3D14BE6F3DF2BD343E68BD39BD42BE47BE703C0F3DF03D42BE1B3D00BD023ECABD843DB33DDF3D98BD8F3D2EBD6F3D08BE30BE35BE0BBEBCBD043D42BDFCBDEE3A8CBD093E37BEA4BD0EBEDB3C423C4CBC5C3EA9BDFFBC653D393E283ECB3CA8BD923D0B3E97BBF33D353EEEBD44BD48BE4C3D1E3E2CBD0E3D8E3D97BB2C3E013D5ABE37BE5CBE123CF03DEABC473E20BD353D483EE03DE2BB563E04BEA53D0C3E09BE50BE8E3DA8BDE0BD303D21BE473E9FBC8EBD393E773D293DD4BD533E87BD383E82BCDE3D1C3E25BE14BE5BBE203E3F3EA2BDD9BD143DEF3D5B3D39BD0DBE3E3E10BE56BEB1BD313DA53DAB3D00BEAABDC5BDD7BD3BBE363D81BD55BE01BE05BEBFBD09BE1ABD9F3D33BE98BC7FBDE3BD45BDBCBDE43B20BE283D4C3E383EC7BD893D52BE3B3E5DBE46BE47BE4EBEF03C6BBD543D5BBC98BBA0BD04BE3ABEE03DE5BD34BDD73D5CBD60BD14BE3EBED53D48BD0B3E693C90B948BE9D3B48BDFDBD4DBD393C27BE133D1A3E2F3D543ECF3D2FBEAFBD55BD853DCABB323ECE3C0CBEA3BD38BE75BDDA3D093B53BE40BEA13D43BE31BE04BE533E7CBDB7BD16BE0E3E0FBD2B3D543D7A3D0E3E383CB73C66BC2CBE4BBD533E1DBE0CBE5CBE573C4FBEE3BD4C3EB83DEC3D183D3CBECEBD33BE09BE973D76BD593E22BE3DBE5B3E40BE3D3E6F3D4ABE413E71BDB7BD2DBE3CBE453D5ABEB63D5BBD9C3D59BD993DC2BB823DB4BD18BEE23C0EBE09BE55BE8DBD14BE2D3E203E523D343ED63D51BEB1BC10BD07BE7D3D8ABDD4BD25BB13BE373E0C3E523E1DBD913D0FBC37BEC93D1BBEA0BDC7BD58BEFE3B113D84BC233E2A3C22BDF2BD04BEFCBC02BE12BEEBBC1DBD07BE023E3C3E17BEC23DCEBDB8BC4F3EE33C53BE4C3E16BCDEBDEABD3E3E6F3BF53D123EACBD973C0FBE393EEABD133E613D093E1CBEDDBBE63D0EBC4CBBD83D26BE32BDCA3DD93D4E3E2FBD523DDABD15BDDFBD243EAD3AB43DF43D253DBD3C82BC3CBE0F3D44BD3ABE4F3EBDBCDDBD58BE4CBEA93DCABDC0BD00BE333E55BD103E303E2CBE253E29BD543EE23D57BE253D9C3DA1BD283E38BE8DBD533E593EDD3D04BE3FBE34BE5EBDFB3D8C3DD7BC473E2E3ECFBDC0BD26BB383DCBBAAB3D193E20BDDA3DF13CAA3DB73D6DBDC6BDBE3D0EBEE93D0EBE183EB23D59BDFD3D92BD3D3D833DB53C323D8DBB80BDF73DAF3DA53D163EE8BD4EBDCABB333E31BEFEBD53BD3DBE2FBE183E253C32BE12BDE9BB9EBD39BEF13DDBBC583E2ABEF3BD38BC1ABE223E2B3E493E0CBE1E3E1A3EB0BDC33CD33D1F3E4FBE5D3E5FBDB53D0ABE2BBE16BE033EDBBD013E863DB03D45BD8CBDCFBDF8BD4C3E41BCBEBD4EBE1A3C5CBE27BB0C3EFFBDF43D8DBD2BBE5CBEDC3D2ABED93DFE3CF13D27BE423E5DBE28BE053EF13BF9BD3ABD45BE41BE3EBD293E843D273D6BBD4A3E083B963D623B0A3D943D2A3EFF3DE33CB13D85BD183E793D273E0ABD35BE2F3DB43D333EAC3DA43D303E98BD443EE33D143E1E3E35BEE73D4E3E1CBE98BC07BE56BD043DED3D81BD52BEEF3DF93D21BD3E3E2B3E43BD093C1C3D2EBD5ABDC8BDFCBDDD3D84BDD5BD433E0E3D203E4A3EFABC043D4E3E19BE85BDFC3C71BC6C3DE93DB6BD8A3C493EFBBD16BE2ABE053E4BBED8BD163E05BE343ECFBD0C3DE83CAEBB0A3E3C3E0ABEF93D6D3D84BB1BBE843D213E3EBE4DBE5ABE4D3D7FBD8ABD4E3E62BD0DBEA03CF3BD82BDEA3D4D3D18BE533E163E17BEC13DB63D1FBE1CBE38BEC63D1B3DBB3DC3BD273EE23C31BE5FBDE23D433D08BD1BBE0ABE3F3EFEBD1D3E94BD0E3B58BE90BD3B3E47BEDF3D3BBE013D49BE30BE33BE9ABDF13C23BE613D063E353E443E123E83BDA3BC443EDD3D6BBD273E42BE3E3EF83D23BE35BE2D3E5B3E9B3CADBDFC3DC83DDDBC313E103E5D3DE63D50BED0BDC23C713DF2BCA73D873D4DBE8C3D90BC19BEEF3B5ABDEBBD4ABE393E07BEEE3C323EDFBC11BE56BE133DDEBD813C8E3D7BBD163EE7BCB1BD13BE873D09BE3A3DE0BC183ED9BDDABDE5BC07BEA93DA2BDB63D013E013E23BDF23DEBBD5DBEA9BC21BE2CBE613D3D3EAEBD49BC21BE1B3D7D3D08BD293E32BEEEBCF6BD433E3C3E5A3E4C3EB03D2ABE16BE553D46BE0C3EC13D543D42BE213EBCBCBABDE83D963CC5BD503D14BE4E3E423ECC3DEB3D5CBEF6BD55BEE7BD38BE233EEF3D033EC5BD293E00BD66BDEF3D133E1FBE533EB3BC6C3D5DBEC53C"
    }
  }
#-}
