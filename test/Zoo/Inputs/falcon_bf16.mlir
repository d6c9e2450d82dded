// Exported by scripts/export-zoo.py (torch-mlir, PyTorch 2.15.0, transformers 5.25.0) as linalg-on-tensors IR, unchanged:
// falcon: FalconModel; input input_ids, bf16
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> ()>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d2)>
#map11 = affine_map<(d0, d1) -> (d0, d1)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x8xi64>) -> tensor<1x8x32xbf16> {
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : bf16
    %cst_3 = arith.constant 2.000000e+00 : bf16
    %cst_4 = arith.constant 5.000000e-01 : bf16
    %cst_5 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_4> : tensor<64x32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_3> : tensor<64x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_2> : tensor<64x32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_22 = arith.constant 1.000000e-05 : f64
    %cst_23 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16> : tensor<8xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %true = arith.constant true
    %cst_25 = arith.constant 3.200000e+01 : f64
    %cst_26 = arith.constant 3.200000e+01 : f32
    %cst_27 = arith.constant 2.500000e-01 : bf16
    %0 = tensor.empty() : tensor<1x8x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %182 = arith.index_cast %in : i64 to index
      %183 = linalg.index 2 : index
      %184 = arith.cmpi slt, %182, %c64 : index
      cf.assert %184, "index must be smaller than dim size"
      %185 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %185, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_24[%182, %183] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %2 = tensor.empty() : tensor<8xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %182 = linalg.index 0 : index
      %183 = arith.index_cast %182 : index to i64
      linalg.yield %183 : i64
    } -> tensor<8xi64>
    %4 = tensor.empty() : tensor<1xi64>
    %5 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%4 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %expanded = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_28 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_29 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %6 = tensor.empty() : tensor<1x1x8x8xi1>
    %7 = linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29, %expanded_28 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%6 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_96: i64, %out: i1):
      %182 = arith.cmpi sle, %in, %in_96 : i64
      linalg.yield %182 : i1
    } -> tensor<1x1x8x8xi1>
    %8 = linalg.generic {indexing_maps = [#map6, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %7 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%6 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_96: i1, %out: i1):
      %182 = arith.andi %in, %in_96 : i1
      linalg.yield %182 : i1
    } -> tensor<1x1x8x8xi1>
    %9 = tensor.empty() : tensor<1x1x1x8xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map8, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_29 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%9 : tensor<1x1x1x8xi1>) {
    ^bb0(%in: i64, %in_96: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<1x1x1x8xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<1x1x8x8xi1>, tensor<1x1x1x8xi1>) outs(%6 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_96: i1, %out: i1):
      %182 = arith.andi %in, %in_96 : i1
      linalg.yield %182 : i1
    } -> tensor<1x1x8x8xi1>
    %12 = tensor.empty() : tensor<1x1x8x8xbf16>
    %13 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %cst_6, %cst_5 : tensor<1x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%12 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_96: bf16, %in_97: bf16, %out: bf16):
      %182 = arith.select %in, %in_96, %in_97 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x8xbf16>
    %expanded_30 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 8, 1] : tensor<8xi64> into tensor<1x8x1xi64>
    %14 = tensor.empty() : tensor<1x8x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<1x8x1xi64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %182 = arith.sitofp %in : i64 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %16 = tensor.empty() : tensor<8xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_23 : tensor<8xbf16>) outs(%16 : tensor<8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %182 = arith.extf %in : bf16 to f32
      linalg.yield %182 : f32
    } -> tensor<8xf32>
    %18 = tensor.empty() : tensor<1x8x8xf32>
    %19 = linalg.generic {indexing_maps = [#map9, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %17 : tensor<1x8x1xf32>, tensor<8xf32>) outs(%18 : tensor<1x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.mulf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x8xf32>
    %concat = tensor.concat dim(2) %19, %19 : (tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x8x16xf32>
    %20 = tensor.empty() : tensor<1x8x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x8x16xf32>) outs(%20 : tensor<1x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.cos %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x16xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x8x16xf32>) outs(%20 : tensor<1x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.sin %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x16xf32>
    %23 = tensor.empty() : tensor<1x8x16xbf16>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<1x8x16xf32>) outs(%23 : tensor<1x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x16xbf16>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x8x16xf32>) outs(%23 : tensor<1x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x16xbf16>
    %26 = tensor.empty() : tensor<1x8x32xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x8x32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %182 = arith.extf %in : bf16 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %28 = tensor.empty() : tensor<1x8x32xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<1x8x32xf32>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %182 = arith.extf %in : f32 to f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %30 = tensor.empty() : tensor<1x8x1xf64>
    %31 = linalg.fill ins(%cst : f64) outs(%30 : tensor<1x8x1xf64>) -> tensor<1x8x1xf64>
    %32 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<1x8x32xf64>) outs(%31 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.addf %in, %out : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<1x8x1xf64>) outs(%30 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.divf %in, %cst_25 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %34 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %33 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %182 = arith.subf %in, %in_96 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %35 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %34 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %182 = arith.mulf %in, %in_96 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %36 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%35 : tensor<1x8x32xf64>) outs(%31 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.addf %in, %out : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<1x8x1xf64>) outs(%30 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.divf %in, %cst_25 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %182 = arith.truncf %in : f64 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %39 = linalg.fill ins(%cst_0 : f32) outs(%14 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.addf %in, %out : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.divf %in, %cst_26 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.truncf %cst_22 : f64 to f32
      %183 = arith.addf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.rsqrt %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %41 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.subf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %43 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.mulf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %cst_21 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %182 = arith.extf %in_96 : bf16 to f32
      %183 = arith.mulf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x32xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %cst_20 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %182 = arith.extf %in_96 : bf16 to f32
      %183 = arith.addf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x32xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    %49 = tensor.empty() : tensor<32x64xbf16>
    %transposed = linalg.transpose ins(%cst_19 : tensor<64x32xbf16>) outs(%49 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %48 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %50 = tensor.empty() : tensor<8x64xf32>
    %51 = linalg.fill ins(%cst_0 : f32) outs(%50 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %52 = linalg.matmul ins(%collapsed, %transposed : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%51 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %53 = tensor.empty() : tensor<8x64xbf16>
    %54 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%52 : tensor<8x64xf32>) outs(%53 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x64xbf16>
    %expanded_31 = tensor.expand_shape %54 [[0, 1], [2, 3]] output_shape [1, 8, 4, 16] : tensor<8x64xbf16> into tensor<1x8x4x16xbf16>
    %extracted_slice = tensor.extract_slice %expanded_31[0, 0, 0, 0] [1, 8, 2, 16] [1, 1, 1, 1] : tensor<1x8x4x16xbf16> to tensor<1x8x2x16xbf16>
    %extracted_slice_32 = tensor.extract_slice %expanded_31[0, 0, 2, 0] [1, 8, 1, 16] [1, 1, 1, 1] : tensor<1x8x4x16xbf16> to tensor<1x8x1x16xbf16>
    %extracted_slice_33 = tensor.extract_slice %expanded_31[0, 0, 3, 0] [1, 8, 1, 16] [1, 1, 1, 1] : tensor<1x8x4x16xbf16> to tensor<1x8x1x16xbf16>
    %55 = tensor.empty() : tensor<1x2x8x16xbf16>
    %transposed_34 = linalg.transpose ins(%extracted_slice : tensor<1x8x2x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %56 = tensor.empty() : tensor<1x1x8x16xbf16>
    %transposed_35 = linalg.transpose ins(%extracted_slice_32 : tensor<1x8x1x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_36 = linalg.transpose ins(%extracted_slice_33 : tensor<1x8x1x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_37 = tensor.expand_shape %24 [[0], [1, 2], [3]] output_shape [1, 1, 8, 16] : tensor<1x8x16xbf16> into tensor<1x1x8x16xbf16>
    %expanded_38 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 8, 16] : tensor<1x8x16xbf16> into tensor<1x1x8x16xbf16>
    %57 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_34, %expanded_37 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x16xbf16>
    %extracted_slice_39 = tensor.extract_slice %transposed_34[0, 0, 0, 0] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %extracted_slice_40 = tensor.extract_slice %transposed_34[0, 0, 0, 8] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %58 = tensor.empty() : tensor<1x2x8x8xbf16>
    %59 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_40 : tensor<1x2x8x8xbf16>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = arith.negf %in : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %concat_41 = tensor.concat dim(3) %59, %extracted_slice_39 : (tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) -> tensor<1x2x8x16xbf16>
    %60 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_41, %expanded_38 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x16xbf16>
    %61 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x16xbf16>
    %62 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_35, %expanded_37 : tensor<1x1x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x16xbf16>
    %extracted_slice_42 = tensor.extract_slice %transposed_35[0, 0, 0, 0] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x1x8x16xbf16> to tensor<1x1x8x8xbf16>
    %extracted_slice_43 = tensor.extract_slice %transposed_35[0, 0, 0, 8] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x1x8x16xbf16> to tensor<1x1x8x8xbf16>
    %63 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_43 : tensor<1x1x8x8xbf16>) outs(%12 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = arith.negf %in : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x8xbf16>
    %concat_44 = tensor.concat dim(3) %63, %extracted_slice_42 : (tensor<1x1x8x8xbf16>, tensor<1x1x8x8xbf16>) -> tensor<1x1x8x16xbf16>
    %64 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_44, %expanded_38 : tensor<1x1x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x16xbf16>
    %65 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %64 : tensor<1x1x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x16xbf16>
    %66 = tensor.empty() : tensor<1x1x2x8x16xbf16>
    %67 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<1x1x8x16xbf16>) outs(%66 : tensor<1x1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x1x2x8x16xbf16>
    %collapsed_45 = tensor.collapse_shape %67 [[0], [1, 2], [3], [4]] : tensor<1x1x2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %68 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<1x1x8x16xbf16>) outs(%66 : tensor<1x1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x1x2x8x16xbf16>
    %69 = tensor.empty() : tensor<1x2x16x8xbf16>
    %transposed_46 = linalg.transpose ins(%collapsed_45 : tensor<1x2x8x16xbf16>) outs(%69 : tensor<1x2x16x8xbf16>) permutation = [0, 1, 3, 2] 
    %collapsed_47 = tensor.collapse_shape %61 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_48 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %70 = tensor.empty() : tensor<2x8x8xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %72 = linalg.batch_matmul ins(%collapsed_47, %collapsed_48 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%71 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %73 = tensor.empty() : tensor<2x8x8xbf16>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x8x8xf32>) outs(%73 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_49 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %75 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<1x2x8x8xbf16>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = arith.mulf %in, %cst_27 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %76 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %13 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %77 = tensor.empty() : tensor<1x2x8x8xf32>
    %78 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<1x2x8x8xbf16>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %182 = arith.extf %in : bf16 to f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %79 = tensor.empty() : tensor<1x2x8xi64>
    %80 = linalg.fill ins(%c0_i64 : i64) outs(%79 : tensor<1x2x8xi64>) -> tensor<1x2x8xi64>
    %81 = tensor.empty() : tensor<1x2x8xf32>
    %82 = linalg.fill ins(%cst_1 : f32) outs(%81 : tensor<1x2x8xf32>) -> tensor<1x2x8xf32>
    %83:2 = linalg.generic {indexing_maps = [#map5, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<1x2x8x8xf32>) outs(%82, %80 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_96: i64):
      %182 = linalg.index 3 : index
      %183 = arith.index_cast %182 : index to i64
      %184 = arith.maximumf %in, %out : f32
      %185 = arith.cmpf ogt, %in, %out : f32
      %186 = arith.select %185, %183, %out_96 : i64
      linalg.yield %184, %186 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_50 = tensor.expand_shape %83#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %84 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %expanded_50 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.subf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %85 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84 : tensor<1x2x8x8xf32>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.exp %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %86 = tensor.empty() : tensor<1x2x8x1xf32>
    %87 = linalg.fill ins(%cst_0 : f32) outs(%86 : tensor<1x2x8x1xf32>) -> tensor<1x2x8x1xf32>
    %88 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%85 : tensor<1x2x8x8xf32>) outs(%87 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.addf %in, %out : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x1xf32>
    %89 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %88 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.divf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %90 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<1x2x8x8xf32>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_51 = tensor.collapse_shape %90 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_52 = tensor.collapse_shape %68 [[0, 1, 2], [3], [4]] : tensor<1x1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %91 = tensor.empty() : tensor<2x8x16xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %93 = linalg.batch_matmul ins(%collapsed_51, %collapsed_52 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%92 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %94 = tensor.empty() : tensor<2x8x16xbf16>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x8x16xf32>) outs(%94 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_53 = tensor.expand_shape %95 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %96 = tensor.empty() : tensor<1x8x2x16xbf16>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<1x2x8x16xbf16>) outs(%96 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %97 = tensor.empty() : tensor<32x32xbf16>
    %transposed_55 = linalg.transpose ins(%cst_18 : tensor<32x32xbf16>) outs(%97 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_56 = tensor.collapse_shape %transposed_54 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %98 = tensor.empty() : tensor<8x32xf32>
    %99 = linalg.fill ins(%cst_0 : f32) outs(%98 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %100 = linalg.matmul ins(%collapsed_56, %transposed_55 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%99 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %101 = tensor.empty() : tensor<8x32xbf16>
    %102 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%100 : tensor<8x32xf32>) outs(%101 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x32xbf16>
    %expanded_57 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %transposed_58 = linalg.transpose ins(%cst_17 : tensor<64x32xbf16>) outs(%49 : tensor<32x64xbf16>) permutation = [1, 0] 
    %103 = linalg.matmul ins(%collapsed, %transposed_58 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%51 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %104 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%103 : tensor<8x64xf32>) outs(%53 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x64xbf16>
    %expanded_59 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %105 = tensor.empty() : tensor<1x8x64xbf16>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_59 : tensor<1x8x64xbf16>) outs(%105 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = math.sqrt %cst_3 : bf16
      %183 = arith.divf %in, %182 : bf16
      %184 = math.erf %183 : bf16
      %185 = arith.addf %184, %cst_2 : bf16
      %186 = arith.mulf %185, %cst_4 : bf16
      %187 = arith.mulf %in, %186 : bf16
      linalg.yield %187 : bf16
    } -> tensor<1x8x64xbf16>
    %107 = tensor.empty() : tensor<64x32xbf16>
    %transposed_60 = linalg.transpose ins(%cst_16 : tensor<32x64xbf16>) outs(%107 : tensor<64x32xbf16>) permutation = [1, 0] 
    %collapsed_61 = tensor.collapse_shape %106 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %108 = linalg.matmul ins(%collapsed_61, %transposed_60 : tensor<8x64xbf16>, tensor<64x32xbf16>) outs(%99 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %109 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%108 : tensor<8x32xf32>) outs(%101 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x32xbf16>
    %expanded_62 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_62, %expanded_57 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %110 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x8x32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %182 = arith.extf %in : bf16 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<1x8x32xf32>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %182 = arith.extf %in : f32 to f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<1x8x32xf64>) outs(%31 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.addf %in, %out : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x8x1xf64>) outs(%30 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.divf %in, %cst_25 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %116 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %115 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %182 = arith.subf %in, %in_96 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %117 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %116 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %182 = arith.mulf %in, %in_96 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %118 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%117 : tensor<1x8x32xf64>) outs(%31 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.addf %in, %out : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x8x1xf64>) outs(%30 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.divf %in, %cst_25 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %182 = arith.truncf %in : f64 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.addf %in, %out : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.divf %in, %cst_26 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.truncf %cst_22 : f64 to f32
      %183 = arith.addf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x1xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.rsqrt %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %122 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.subf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %124 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.mulf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %cst_15 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %182 = arith.extf %in_96 : bf16 to f32
      %183 = arith.mulf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x32xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %cst_14 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %182 = arith.extf %in_96 : bf16 to f32
      %183 = arith.addf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x32xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    %transposed_63 = linalg.transpose ins(%cst_13 : tensor<64x32xbf16>) outs(%49 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_64 = tensor.collapse_shape %129 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %130 = linalg.matmul ins(%collapsed_64, %transposed_63 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%51 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %131 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%130 : tensor<8x64xf32>) outs(%53 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x64xbf16>
    %expanded_65 = tensor.expand_shape %131 [[0, 1], [2, 3]] output_shape [1, 8, 4, 16] : tensor<8x64xbf16> into tensor<1x8x4x16xbf16>
    %extracted_slice_66 = tensor.extract_slice %expanded_65[0, 0, 0, 0] [1, 8, 2, 16] [1, 1, 1, 1] : tensor<1x8x4x16xbf16> to tensor<1x8x2x16xbf16>
    %extracted_slice_67 = tensor.extract_slice %expanded_65[0, 0, 2, 0] [1, 8, 1, 16] [1, 1, 1, 1] : tensor<1x8x4x16xbf16> to tensor<1x8x1x16xbf16>
    %extracted_slice_68 = tensor.extract_slice %expanded_65[0, 0, 3, 0] [1, 8, 1, 16] [1, 1, 1, 1] : tensor<1x8x4x16xbf16> to tensor<1x8x1x16xbf16>
    %transposed_69 = linalg.transpose ins(%extracted_slice_66 : tensor<1x8x2x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_70 = linalg.transpose ins(%extracted_slice_67 : tensor<1x8x1x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_71 = linalg.transpose ins(%extracted_slice_68 : tensor<1x8x1x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %132 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_69, %expanded_37 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x16xbf16>
    %extracted_slice_72 = tensor.extract_slice %transposed_69[0, 0, 0, 0] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %extracted_slice_73 = tensor.extract_slice %transposed_69[0, 0, 0, 8] [1, 2, 8, 8] [1, 1, 1, 1] : tensor<1x2x8x16xbf16> to tensor<1x2x8x8xbf16>
    %133 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_73 : tensor<1x2x8x8xbf16>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = arith.negf %in : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %concat_74 = tensor.concat dim(3) %133, %extracted_slice_72 : (tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) -> tensor<1x2x8x16xbf16>
    %134 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_74, %expanded_38 : tensor<1x2x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x16xbf16>
    %135 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132, %134 : tensor<1x2x8x16xbf16>, tensor<1x2x8x16xbf16>) outs(%55 : tensor<1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x16xbf16>
    %136 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_70, %expanded_37 : tensor<1x1x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x16xbf16>
    %extracted_slice_75 = tensor.extract_slice %transposed_70[0, 0, 0, 0] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x1x8x16xbf16> to tensor<1x1x8x8xbf16>
    %extracted_slice_76 = tensor.extract_slice %transposed_70[0, 0, 0, 8] [1, 1, 8, 8] [1, 1, 1, 1] : tensor<1x1x8x16xbf16> to tensor<1x1x8x8xbf16>
    %137 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_76 : tensor<1x1x8x8xbf16>) outs(%12 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = arith.negf %in : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x8xbf16>
    %concat_77 = tensor.concat dim(3) %137, %extracted_slice_75 : (tensor<1x1x8x8xbf16>, tensor<1x1x8x8xbf16>) -> tensor<1x1x8x16xbf16>
    %138 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_77, %expanded_38 : tensor<1x1x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.mulf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x16xbf16>
    %139 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%136, %138 : tensor<1x1x8x16xbf16>, tensor<1x1x8x16xbf16>) outs(%56 : tensor<1x1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x1x8x16xbf16>
    %140 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%139 : tensor<1x1x8x16xbf16>) outs(%66 : tensor<1x1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x1x2x8x16xbf16>
    %collapsed_78 = tensor.collapse_shape %140 [[0], [1, 2], [3], [4]] : tensor<1x1x2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %141 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_71 : tensor<1x1x8x16xbf16>) outs(%66 : tensor<1x1x2x8x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x1x2x8x16xbf16>
    %transposed_79 = linalg.transpose ins(%collapsed_78 : tensor<1x2x8x16xbf16>) outs(%69 : tensor<1x2x16x8xbf16>) permutation = [0, 1, 3, 2] 
    %collapsed_80 = tensor.collapse_shape %135 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_81 = tensor.collapse_shape %transposed_79 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %142 = linalg.batch_matmul ins(%collapsed_80, %collapsed_81 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%71 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x8x8xf32>) outs(%73 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_82 = tensor.expand_shape %143 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %144 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_82 : tensor<1x2x8x8xbf16>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = arith.mulf %in, %cst_27 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %145 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%144, %13 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %146 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%145 : tensor<1x2x8x8xbf16>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %182 = arith.extf %in : bf16 to f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %147:2 = linalg.generic {indexing_maps = [#map5, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%146 : tensor<1x2x8x8xf32>) outs(%82, %80 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_96: i64):
      %182 = linalg.index 3 : index
      %183 = arith.index_cast %182 : index to i64
      %184 = arith.maximumf %in, %out : f32
      %185 = arith.cmpf ogt, %in, %out : f32
      %186 = arith.select %185, %183, %out_96 : i64
      linalg.yield %184, %186 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_83 = tensor.expand_shape %147#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %148 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%146, %expanded_83 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.subf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %149 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%148 : tensor<1x2x8x8xf32>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.exp %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %150 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%149 : tensor<1x2x8x8xf32>) outs(%87 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.addf %in, %out : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x1xf32>
    %151 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%149, %150 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%77 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.divf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x2x8x8xf32>
    %152 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%151 : tensor<1x2x8x8xf32>) outs(%58 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_84 = tensor.collapse_shape %152 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_85 = tensor.collapse_shape %141 [[0, 1, 2], [3], [4]] : tensor<1x1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %153 = linalg.batch_matmul ins(%collapsed_84, %collapsed_85 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%92 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x8x16xf32>) outs(%94 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_86 = tensor.expand_shape %154 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %transposed_87 = linalg.transpose ins(%expanded_86 : tensor<1x2x8x16xbf16>) outs(%96 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_88 = linalg.transpose ins(%cst_12 : tensor<32x32xbf16>) outs(%97 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_89 = tensor.collapse_shape %transposed_87 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %155 = linalg.matmul ins(%collapsed_89, %transposed_88 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%99 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %156 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%155 : tensor<8x32xf32>) outs(%101 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x32xbf16>
    %expanded_90 = tensor.expand_shape %156 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %transposed_91 = linalg.transpose ins(%cst_11 : tensor<64x32xbf16>) outs(%49 : tensor<32x64xbf16>) permutation = [1, 0] 
    %157 = linalg.matmul ins(%collapsed_64, %transposed_91 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%51 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %158 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%157 : tensor<8x64xf32>) outs(%53 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x64xbf16>
    %expanded_92 = tensor.expand_shape %158 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_92 : tensor<1x8x64xbf16>) outs(%105 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %182 = math.sqrt %cst_3 : bf16
      %183 = arith.divf %in, %182 : bf16
      %184 = math.erf %183 : bf16
      %185 = arith.addf %184, %cst_2 : bf16
      %186 = arith.mulf %185, %cst_4 : bf16
      %187 = arith.mulf %in, %186 : bf16
      linalg.yield %187 : bf16
    } -> tensor<1x8x64xbf16>
    %transposed_93 = linalg.transpose ins(%cst_10 : tensor<32x64xbf16>) outs(%107 : tensor<64x32xbf16>) permutation = [1, 0] 
    %collapsed_94 = tensor.collapse_shape %159 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %160 = linalg.matmul ins(%collapsed_94, %transposed_93 : tensor<8x64xbf16>, tensor<64x32xbf16>) outs(%99 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %161 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%160 : tensor<8x32xf32>) outs(%101 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<8x32xbf16>
    %expanded_95 = tensor.expand_shape %161 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %162 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_95, %expanded_90 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    %163 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %162 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %182 = arith.addf %in, %in_96 : bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x8x32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %182 = arith.extf %in : bf16 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<1x8x32xf32>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %182 = arith.extf %in : f32 to f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %166 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%165 : tensor<1x8x32xf64>) outs(%31 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.addf %in, %out : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<1x8x1xf64>) outs(%30 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.divf %in, %cst_25 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %168 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %167 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %182 = arith.subf %in, %in_96 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %169 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %168 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%28 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %182 = arith.mulf %in, %in_96 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x32xf64>
    %170 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<1x8x32xf64>) outs(%31 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.addf %in, %out : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %171 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<1x8x1xf64>) outs(%30 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %182 = arith.divf %in, %cst_25 : f64
      linalg.yield %182 : f64
    } -> tensor<1x8x1xf64>
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %182 = arith.truncf %in : f64 to f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%164 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.addf %in, %out : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.divf %in, %cst_26 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = arith.truncf %cst_22 : f64 to f32
      %183 = arith.addf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x1xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %182 = math.rsqrt %in : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %174 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.subf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177, %176 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %182 = arith.mulf %in, %in_96 : f32
      linalg.yield %182 : f32
    } -> tensor<1x8x32xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %cst_9 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %182 = arith.extf %in_96 : bf16 to f32
      %183 = arith.mulf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x32xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179, %cst_8 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%26 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %182 = arith.extf %in_96 : bf16 to f32
      %183 = arith.addf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<1x8x32xf32>
    %181 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %182 = arith.truncf %in : f32 to bf16
      linalg.yield %182 : bf16
    } -> tensor<1x8x32xbf16>
    return %181 : tensor<1x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_5: "0x02000000B2B91C3ED93C6CBC5D3D1EBE843DE9BD783DF43DFA3D9ABBE0BDD13DAD3C493B143D023DB8BD83BD7E3D8ABC6EBD013EE43BF33D3A3E14BEB1BCC9BD13BE853D",
      torch_tensor_32_torch.bfloat16_4: "0x020000007E3F843F883F5C3F8B3F783F893F7B3F7C3F823F7F3F843F823F823F5D3F563F8D3F4E3F7C3F963F9C3F6F3F913F743F873F813F833F8B3FA03F7F3F783F683F",
      torch_tensor_32_64_torch.bfloat16_1: "0x02000000AABB1D3B3E3D4FBDA2BC9F3B0DBCA4BCEF3B90BCDC3BD33C54BCB0BC87BC463C773AF33B983AC9BC99BCE53BBABBCE3CE3BC68BCE3BB083D903D76BDC9BBD9BABFBCC53AC8BC12BD14BD86BB7BBC25BC3C3B9F3C2EBC81BA73BCFFBC5DBDF2BA1CBC4B3CD4BCE9BC91BC3ABC7DBB2CBC93BCE73C203B833C323C8EBC713C063CB8BC593BC7BBBBBC60BC32BCBF3A55BC193C233B01BD993B24BB8A3C263C753C88BC87BA8B3C56BCC63C9C3CE2BC45BC25BCCBBC4D3CADBCE0BCA5BC5CBBDC3BC03CD73A3FBD3BBC1B3C413C5C3C1DBD58BBCDBB11BCE0BA9A3C84BCB13CFA3C3EBC0EBD1B3CB9BCFA3CAD3CEC3A8EBCD73CD5BBE53B77BC113DA7BAAFBC403C4DBC613C02BC09BD4CBC9FBC09BC7B3C103C08BC953BA2BAD73B9B3BE9BBD0BB653CE7BBEBBC28BC53BCABBC993CE83C8DBBEC3A3CBC2E3CF1BBC1BBA53C93BA10BD043C8C39E33933BDE43BB3BAACBBCF3BFCBAC4BB69BB173D323BFABA50BB8FBCDE3CA23BBD3C1CBD31BCBC3C533CB13C0FBCB5BCD4BC03BC903A82BCF83C87BA37BCE03B3CBB2C3D6ABB443CF4BB643C16BD783C5A3C4A3C2BBDD3BAA43C2D3D8D3CED3BF1BC453CECBCB5BBDD3C5EBBBB3B933C823CFEBB23BB32BCB9BC24BC353C02BDF2BC0CBD9EBCB0BAC5BCC4BB313CD53C05BDE4BC40BC333D283C70BCBEBB81BD983B223CE43A5FBB9DBB9FBCDE3B8BBBD73C9AB942BC1D3BF73AFABC9DBC19BCF13CD63B8FBB4DB9B53C943BBBBCC03C81BCAD3BBFBC0DBC6E3CBBBCB2BC0F3C843CF4BC5C3CA43C12BD05BB16BC1DBD8B3C4B3BC73CF73CD63B5EBC913CA83C9F3B37BAB43C9439353D0F3C11BDD9B9253AA3BB7A3CF03AA13C78BBEC3A25BCD63C0A3C813C29BCA6BC833C79BC3FBDC2BC94BC94BABCBB7BB83FBB03BD99BB1EBC033D2ABD9F3CD33C1EBC033C9B3CAF3C8BBC613CF93CFCBB6A3B87BCC43BBC3B17BC96BC99BCE5BCADBA28BDA53BD5BB1F3C1BBB61BBE9BC21BBB8BB403DEBBC71BC69BCECBA823C5B3BBE3B16BC4FBCC3BB773D80BC603CBC3A8DBCDEBCD5BC6FBB01BD9FBBA7BCF03BD73B593CF63C67BC4ABC1CBD96BCD83C4A3C313C033DBE3BE53C1CBC20BD083DE93B593C0F3C4EBD743B683DB63C3C3CE8BC313CC13C693C7EBC533BA9BC403DE53B013CAB3A15BC693CC53C15BC39BA59BC0E3BE3BAF43CA93B4A3A8C3C69BCEC3AEEBB973A033C763B1E3BA1BC4A3C853B033D09BDAEBCC33CCE3CC0BC603C8D3BCDBC96BBC53B1ABC363BEDBCBC3CDA3CE73BFF3BA53CCB3B623CE6BC9FBC1ABC66BC07BD4E3C66BB1F3D0CBC3E3BA5BC1EBC783C3FBBE0BC093C193D853B09BAD43AE53CA5BC00BCC1BC45BCAD3C2DBD04BC66BB2EBC1A3A913C933CACBB46BC853CD2BB12BBBF3CA83C36BC0F3C673C47BD6C3CF9BAA339643C73BCBC3B06BDF53C983B41BD9037B73B1B3DA6BC093C3C3CBFBB973CCB3B16BCC5BCEDBC443DF63B973C093BACBB483CDABC8BBCCDBCB3BCFFBC533DADBC923BF33BAF3C87BAB1BC05BD853C453ADFBAF03C533C213CAC3ADCBCA0BC0FBD6CBC593CACBB1FBCAFBBFB3BAA3B043CB0BBCBBC14BC043DDA3C17BDB73CE03B3C3C0B3C563B343C05BC5ABBE43C3DBC39BD1BBC1ABC663AF03B0ABBB93BE3BC5E3C9A3C09BD633C503C91BC443CEEBCB5BC7F3CB03C70BC63BC96BCB53B3ABC833B24BCB2BBB63A5A3C1D3DCA3B86BC0BBD32BCDABC933C683CEB3CEEBC45BDB1BC4ABCF7BB19BD383BA83BC3BC493AFC3CAC3C1EBCFCBC183CF8BC1E3D2D3BFE39FFBA843CACBC223C3CBC593C7A3B743C763C33BD8A3B30BC683BAE3C863C8B3C623C68BC84BB073C8CBB333C6E3CB83C973CE3BBFFBC2BBCEF3B5F3B993B03BC3A3DCDBCB7BCC43C5C3CA33C483B2D3C9A3C03BD243C15BDC5BC30BDD23CB33C423C3EBD88BB76BB8A3A483C9F3AB1BC31BA16BD1DBC4FBC96BC5B3C833B943C153C063C4C3CAFBC373CA03A383C3A3C1DBCEDBC9E3CC33B873CCCBCB3BC813B5E3C6C3C653C0B3C93BC7B3A743B1B3C9F3C8C3C69BB633CBFBB443C80BB1D3D2DBA6C3CEB3B523C7FBA58BC1E3D513C08BB2DBC893C9C3C74BB08BD0D3C61BADA3C59BCA9BCF3BCE93BB73CA2BB983C20BD193C5DBBC1BB013D613CD9BC97BC143DEE3B79BC8BBC0A3B963B9D3BAC3C83BCDC3C843C9BBCECBC8C3CA8BCCBB844BDC5BA293BB3BB28BD833CF93CA03CEEBC613B0F3C60BBA73B9EBB02BC57BCA7BC5BBD8739CB3C0F3D9BBCBFBCB139B1BC913C1BBDF4BC3BBCED3C873B253D95BB8C3C85BC89BC94BBEC3CA13C9C3BA73B4D3C83BB8D3B9FBCD9BAF4BCDABC763C5CBC4E3CE1BC87BBDCBCB53CA2BCB6BB89BB58BC15BB85BB21BC94BCC2BAAD3ACCBB2A3C6CBB4E3C39BBA6BC08BCAEBCB03A0B3D93BC5A3CB23CF13CA8BC9BBB01BB193D16BC0DBD1F3CC53AE53C16BDB6BC59BD1D3C05BCEB3B9FBCB7BB16BC3CBC9B3B723C7F3C0B3C5ABD57BC00BCE63C723C1E3A75BA04BD903B91BBD0BC97BBAF3BACBC313CA5BCC53BA83C103DA9BC223C86BC463A913C89BCE3BC92BB84BBA6BA193C22BC54BC5B3C3CBA08BDC2BC4FBBBFBBC63A3C3C873BBD3C20BC80BCBBBC3CBCA73C713C41BD50BC8FBBA2BC12BB06BD663BFFB7133CC9BC0B3C6E3D9DBCB53B043D523C0BBCA2BB213CB33CDD3CE9BCB03C88BCCA3C14BC55BCBE3CFA3CCA3B9EBC0FBBEE3A7DBC6BBCB63CAC3C84BCBFBBD5BCF4BC74BB123DDD3B9AB9383CBABC6C3C74BC063DD5BCB33B82BC903C823B7D3CF0BC42BB773C8EBC39BBE23AD1BC92B8223CBA3C98BC94BC42BBEEBBD63B903C05BB13BCFBBB573C75BC453B58BC74BB083C7CB91FBCACBCB5BC0DBB91BC7A3C983A183CAF3A0CBD223C883CBDBC263C553DE3BB66BC1A3D3ABC78BCAA3C51BC89BCBCBA513C6EBC053D1E3C943BE7BC2CBC1ABD37BC8A3C163D103CCA3C5BBC913CB7BCE9BC2B3C7DBBF6BB39BC0ABDC03B473D0EBD4D3DA4BC87BA173D163BAFBA443D993C13BC713B30BDDD3CC73C723B3ABCE53C03BCCE3C083C0B3C21BCEDBBBDBCE53B1CBD35BB1EBC893C97BB093CE03BC33B80BC523CB5BB003D75BC293C2DBB9EBCE13C463C9C3C31BB813D1B3D11BC8ABC00BB0E3D9CBB0E3A23BC823BE3BCD9BC5A3C81BB7FBBA3BCCC3C343CB2BC87BC893C473C993CA53C24BCC9BAE1BBA53C8ABCE0BB8FBC9B3CB539393C2BBB4ABC8E3CC33CC53A223C773A5F3C253C9FBC56BB25BD3BBC8F3AEABB39BCAE3C07BD2DBCBC3B6D3C493B8FBCCB3CB63B60BC8D3B3C3A793CAB3C053C1EBD9FBC313C5C3CA13C12BCEEBBD13C2EBC133DF43A40BD04BD9C3C9A3C1DBCE4BC073D15BCADBB9F3B863B9DBCFDBB063D1E3B053CE43A83BCB3BC9CBC663B6E3C4F3CAEBB09BD13BC963B1D3DE8BC84BCA33CC7BA883C06BCD73B8CBD9BBCE93B2F3B36BC9C3CC53BC4BCAE3C6A3C9E3C5A3C83BB323CA3BC0ABB3C3DFE3BF0BC16BC9B3C11BDDFB91D3DFBBBB3BCB83CF03BABBC54BAFCBC173C693B69BAE93BD3BCA73BD03C2EBC443C92B903BC8DBC583CE9BB3DBCC7BC9EBC773C01BC0BBDAE3B77BD0F3C6D3C03BD46BC79BCC83C603CD4B902BC7EBCAB3C42BC8CBC1C390C3DA6BCAFBCBE3C763B1ABC9FBC633C0C3DCE3C12BD1F3C4E3C843C3ABD393B3EBBC83C23BBF3BC03BC733CDCBCD63B14BD6E3CD0BCAEBC8B3AC93BB4BCC8BCABBB803C8ABBA1BC613DB0BC81BC49BCC53C48BDCCBC1C3C0BBC113DC1BC0EBCDBBC543C903C433C273B5A3CAEBC89BBE43CB83BFABCCDBC383D8FBC4039A5BC2A3A02BDEFBB09BD723C70BB843D0F3DBC3CBCBB303B26BD143C483DD8BC80BC9D3AEF3C8D3A61BC563B13BC4EBB923B7BBBA1BC81BB9FBC473C983CDFBBA23CB7B94FBCD3BC0A3C7DBAEBBC38BCC6BB25BD503CAABBB2BCBEB8433B81BC113CC13B3CBC2FBD893C20BC65BC39BDF33BADBB023DA83B823B193DC9BBF03CC1BB97BA2F3CB3BBC23CBFBC1DBC143DD03B863BA23CE43B3C3BDCBC16BCC43A753C6FBCAEBB823CFABC8CBC32BD493C133CFC3C5FBD123C51BC7F3C933C263D0CBCD4BB693CD3BA99BCD5BB523CB3BC423CCEBCBA3CF1BC76BB2ABC573C4DBC213B96BC2D3B393CCFBCAE3C453BC93C1CBD12BC88BC4ABC973CCE3CA03B0DBCA73AA83C973AADBC8CBB10BD623BE83CA0BB80BB02BC523CECBCA9BCEB3BDFBC8C3C9C3C36BD40BC95BC3BBA713C90BC193D57BB5B3CF03BB33CD7BB01BCB13BE7BC47BC00BCA53C493D9D3C0F3C243D9A3CA3BB8CBC0B3A41BD5E3CF53BCD3A283AEA3BD9BAA73C7D3C2DBCF63CB4BC243C3B3AD3BC31BC9E3C06BC863C0ABC983C49BC9ABBCE3C9BBCCDBC39BC83BB773D22BB743C05BAA73B18BD973C8A3CACBB5ABBF4BB543C1EBCD9BBCD3C5ABC00BC6FBA1FBAB2BC033C31BC90BB7ABB35BCB53C8CBC36BBA03C8A3C87BC793CD13CD83A89B9FFBA743B9A3CC1BCCEBB3EBDCFBC6ABC90BAE43C0E3C2A3D79BC4DBA353BF23B88BB09BCA63CD83C8D3C37BC61BCA03CBE3C75BCA63C473DDE3A8C3C493C823C9E3999BC69BB03BCFDBB2B3C0D3D953AA73C0D3DC43CE33CF1BC1BBD38BC0DBD243C9C3B863C6EBDA5BC4C3C9BBCB63CB9BC493A5D3B843CB73C21BD973C0E3C22BC9E3C063CE5BC923C55BC5F3BE13C26BC083DE9BC43BC613CE5BB093C8D3CE33B413C6D3BB9BB223B143B463C96B987BCF63BBA3B93BBCB3A4BBDC0BC183CA53C2ABC48BC0E3C08BCB0BCFC3C10BC203CC2BCC63CDABCD73AB33C6EBCF63BAD3BB3BAB63C1E3A973CA5384EBBDFBCB4BB0B3B973B553B01BC7D3C5ABC0BBD603A51BBCEBCB8BCADBC8CBCEE3CED3CDDBA4F3D343B433CDABC043BD1BB703CB53C05BBABBB0B3DE6BCA13C053C113D6CBCF63A50BCC53BB8BB2FBD923CCBBBA8BCFE3C3F3C59BC313DECBBD13CB3BC903A703C163C813B283C16BDAFBC543CFF3B403CAE3BC43CD0BCBF3C363CB1BB56BADE3C583C72BD8A3CF63B1A3C18BCFEBB20BDF8BCCA3CFDBCBABC093C883CF8BC01BBA43C423DC73C09BBFE3B84BC9CBCBCBB493C133C6B3A273CA5BC8CBC09BCD3BA873CE0BB0C3B8FBB92BB0F3C023C9F3C063C6E3CC7BC9E3B76BB4EBC2C3C38BC57BB5F3C66BC093D5D3DE9BC7D3C9C3C0A3D45BBE43CD2BC27BCB13CA03A65BC35BC82BC1B39813B1B3DCEBA39BCBFBB5F3C073D03BCEDBC38BCD2BB65BCF3BA86BCBDBC08BBD13B9FBC303C19BDEDBABABCAA3B633C133DAF3CC93B50BD3F3D23BC453C39BC4BBCFABC8C3C23BB673C3ABB60BC913BE4BC4E3C7FBB62BC633CD4BA173C0BBBF0BB00BDB7BC113D4FBCE73B2BBAB1BA5F3B383CE9BCDCBCF5BBA3BC753C49BDEB3CD2BA16BA4339F83C10BDD8BCDC3B77BC473C353B953B52BD66BCC5BC603BE23CA93CDCBB83BCF53C923CDD3C543D66BCB13C0D3DB3BB993BE2BC293DF83C673C7EBB9C3C13BC913A96BC993C9CBC143C113CDEBB0F3B11BD4EBCCFBBA73CB1BCB1BC103CB6BB363CF3BB41BD223D043DA43C253D6FBA8FBB3CBC25BD1C3B0E3DAC3C4FBCEE3A7EBCB6BCE8BB513C673C59BA8BBB4E3CA3BC36BA263C853C35BCA43CA63C20BDEFBC07BB2F3C93BCCA3B2BBBF3BCFDBBE63C0D3DE4BB123C4C3C1B3DAA3BF43BB33C8A3B2CBCFF3B3E3C99BC543B863C6B3C1FBB6FBC383CDEBB533C58BC9BBB2FBC7A3BFC3B46BC823CC33C4B3B97BC133D1CBC4C3C003DE4BC77BCF3BBA3BCA03B1ABDB7BC273D1EBC32BCE5BB0E3D25BC683C7D3BBEBC293BBBBC84BCBEBC2EBC2BBD8A3C3BBCD6BCE13BD9BC",
      torch_tensor_64_32_torch.bfloat16_4: "0x020000006EBC203C5ABBA2BB7E3CB03C4ABCDABC423B473C2D3C8F3AC5BB053DC33BB2BCC43C4BBC1EBD06BD8DBC72BCFEBCA7BC41BDB23CAEBCE4BBEDBC81BC1D3DB23CEFBC12BD2ABA113C69BCCB3BC43C7B3C943CFABCCFBC31BB93BC38BCECBCB2BCA0BB1F3BABBCBD3BB53C633C003DC0B824BD16BDDBBC81BC0D3CFC3C6CBCD13BC6BB27BCC03CEBBB0DBBBC3B9CBCAD3C48BBB9BC0BBC333CCE3CE8B869BC133CECBC8B3B383D2ABC2B3C17BD74BC93BC4E3A853B533C24BC3F3BCB3B973C8E3CD6BC4E3C773C893C67BC073D6FBC203D683C753C36BC74BBA8BC243C09BC38BD023DAEBB7B3C773C5DBC5A3CB23B213C093C253CB4BBDBBBDEBBBF3C72BB96BCB5BC7C3C87BCB53CBEBB0F3C94BC09BC8FBC123C463A3A3C803CFABBCCBB95BC773C1C3C46BCF9BB2EBC8CBA793BAABC9E3C593C6CBA653AF9BB68BA123CB8BC7DBC8BBB0DB9533D7ABBA0BBBBBCA73B11BC313D403CCD3AB03C8E3CD23BDDBC7EBC89BCF9BC01BDEF3B39BC943C163A013C4BBBB1BB2D3DB73B0DBD0B3B2A3C153D87BC13BCC43C013DE93B83BCC03B9F3C0A3D3A3BB73AD73AE9BC903CDC3C093D62BB9B3CB03CA03CBA3C45BB01BDF3BC0B3D513C0B3CDF3CD8BC183D7B3C58BC7F3C7CBC00BC153C293CEEBB0D3C883C24BC363CE83CC9BC96BC31BC633C99BC1FBC153C4FBC8CBC08BCBBBC2D3D16BD6B3B7DBB56BC9ABCBABAB2BA103C36BD1EBCEDBC6CBB9DBBDBBBC2BB9FBCAC3CC23B0ABC02BB463C823C393D7DBCCABC0ABB9D3C833C0EBC6F3C4FBCF63CAF3C69BCA3BB033C81BCF33C61BC3BBD623C03BDE33C7138E03C893BABBCC8BBE5BCEF3B0BBD1DBC13BDB03B1FBD1BBB8CBCEEBBC3BB0BBD22BAFB3A9B3C1CBA033D69BCF13C873C04BD92BD46BCA43A203B8CBCE639FBBCF8BB4DBC803C7F3C0C3C94BC11BA62BAA3BACA3B583B8C3CE8BCADBB81BC5FBC83BBB93C98BA4D3C233B36BBF13BA4BCD43C00BC293C19BC053A82BC80BC6FBCE5BB8B3C38BDBBBC893AA53CBE3C933C90BB16BCDC3C98BC78BC3CBB2ABA093D783C223CAB3CB0BCFCBC9B3CCEBCBABCA2398C3CB63C223CF5BC243D993A9A3A913C1C3C203C92BC7E3AD53C693BC1BC57BC123D2D3C0BBD81BDB63C4CBCB93BD0BB2DBBE0BB63BB8BBCA73938BDA33CEDBB8A3999BB433B25BB673C22BC4ABC223B06BC30BDB4BA78BCC5BB66BD143D163CC13CA93BC8BC243B6DBC35BBAD3C223C8ABCF53C253D65BC38BC643BA73CE33C0FBB84BCC03BC8BC603C8ABCE33A9B3C55BC293D2DBCFBBC05BC1D3D97BB8D3C403D403CB1BB90BC1B3D84BC193B0F3D68BC443CEFB9B33C84BC00BDEF3C0CBC72BCC93C0CBD7ABB833CA93C503C433A413C363BEC3CD43CD43B6E3C2839183C1EBC25BD933BD03B343C12BD71BB063D13BC5ABCBE3C813C223AB2BB90BC55BB353C9FBC573DF9BC6EBC3B3BE83BC13B20BD91BC363C32BBF63B57BC783CD43B4BBC413C7ABC6D3CF9BB853C443B84BC8FBC633BFFBB863C1E3DB83B7DBC863C9F3B063BA23C123C32BC03BC31BC09BC153CA0BCC63A23BB383C68BAAE3C963C59BCA4BB3E3C2DBCABBCC33BACBC5BBC05BC75BC123D9ABCC8BCA4BC75BA403C7CBC38BBCBBBD4BBFDBAA7BCBA3ACA3CCD3CE4BB133DB7BB313D1D3CBBBCC13B1FBCBABCB4BB2A3BBEBC2A3D36BB2EBB8ABB2A3C10BD11BC4CBC47BCE4BC7FBCC2BBE93C9CBC3E3C0CBDAB3C7D3CF53A123D42BC3B3C36BC1DBC343CD6BA2CBC713CD53C683C2C3D9CBB97BCA03C123DE73CCBBCA9BC973C94BC363D34BC2F3D883C543D083DAC3CC2BBC13C6D3DF63A32BD723BDD3BB93C8EBC81BCAA37E13CB93C50BCE83C023C78BBB93C72BCD53CD33C573CFFBB533C6C3C083C9E3C21BC42BC013C8ABC84BB42BD0F3D603C40BC8BBCBC3BD13C11BB0EBD3D3C7A3C463CC1BC34BC1DBDE9BBC0BCBFBCF03BDEBC02BC4BBC00BC3E3D2EBCA2BC0A3D463CD2BBE5BCD9BC583C54BD173CAF3BD63C6DBC8C3ADE3CFBBA943B9EBC4E3C0EB710BDC5B9E6B9B63A89BB0D3C3CBB72BC08BD6D3C6FBCA23C153CCBBCDD3B32BC1EBC113C103C3EBDA8BCA0BC58BCC93CA43C713C093C1E3DF9BC313C05BD283D36BC503CF8BC053C3F3D09BB94BC763C8A3C4A3C06BCBD3C81BC0FBC293DB73BDB3B613B8EBB813C143DC43C633CCD3BEE3B953C31BC45BC18BDA4BCC8BC803C243DA2BC96BCA4BBABBC94B96ABC1FBCA2BCDCBC4E3C943BF1BC68BCE13C16BC2ABB933CB93C57BC2B3DF53CDABC0E3C7BBC963C803C32BB073AAA3B54BCBBBA4B3B2CBCAFBCB5BC71BCC6BC2CBDA53C29BCE93B0E3BCC3B82BCF23B1BBCC63C56BC10BD05BBD63BAD3C1F3D4B3C47BCD43C6CBB90BC32BD013DFA3C1FBDB7BC35BCA0B924BC44BBF6BCC1BA923C01BCE6BB053BD73CFCBCA3BCC6BB9FBB14BDFB3BC7BB8C3C223D93BCA2BC133B63BCC8BA49BC9B3AC1BCA53CC83CD3BB43BA7BBC783CE13C91BDA3BB8A3C96BA85BC70BBFB3BBF3C513CA0BA273A39BBDA3C703B083C8C3CEFBBE8BCB73B1B3CD4BCB3BC3C3DB83C80BD98BA2CBD053CF9BB71BBC63C0ABC113BB2BBFE3BB8BCD63C3B3D8E3BD6BC20BCB4BC56BB19BB193B6CBCABBC9BBA26BD0E3CAA3C56BA19BA2EBB76BCE03C6CBC8EBC863C373AACBCCABC8B3C973C2E3C983CD5BBB03C35BDF63C0CBDE3BBCEB97CBB773C8B3C85BCEFBB1C3C5C3D273CF2BCFBBAD43C9F3A86BC1E3C243D27BCA5BC1E3C5F3C6F3B1E3DDFBB303C49BC9C3CEDBBA5BCA83A99BC73BCAC3CDB3AE0BC813DE73BDBBC8C3A3ABB73BCA9BB643B26BC48BCBF3AA2BB6FBC07BD3FBC19BCAF3CDDBA673C5E3CACBBB5BA4A3C49BB1A3D2DBAA2BC03BC2E3C193B5D3C0A3DA63BAE3C8E3C143C9C3C82BCDABBD03CA0BCEF3B2CBBA23C9ABB2E3C073CC1BC52BB5FBCE7BC2E3CBD3A1E3C083D9239083CE03A34BBB9BC9ABC1B3C9CBC94BC9DBBBB3C03BDFA3CC0BA55BC87BC9EBB4EBC3D3C4BBC343C2CBD0CBD803C92BCD63CA63BF93C10BC8CBCB7BC49BC62BBEDBBDEBBA03C95BC8A3C0A3C02BD18BDDBBB51BB613CA83B4FBC55BC1A3BF43BEFBBF43B7CBC233DC03B8F3CF0BCB73C123DCABCCABC153C333D853BAC3BB53C563C07BC58BCFA3C333CD1BBE3BC56BB62BC7DBC113CD6BCDB3C453DF53B22BAD6BC3C3CABB9963C09BCA03C6A3BA0BCF03C833C0A3C76BC953CDABC603B84BC1D3C713A03BD553C083C7F3CCA3C01BC3CBDDA3C24BACE3B6B3C18BCCABC6BBCFBBC873AA5BC35BC38BB0DBDAF3C8738EB3B5F3C17BCB0BB3C3C61BC053B9C3CBEBCD3BC9BB9A7BB9CBC77BA373C9D3C23BDA93A1B3B11BCABBC5BBD873B17BCA3BC3D3C643CB3BB2ABC3A3C6EBA04BD613CF7BC3CBB89BC94BA053B093D8BBCFB3CAB3CAFBCF83CC53C913B59BC0F3DBCBC2A3C933B673D25BC39BC90B9CE3B483AA03BB4BBDDBB863C553C053D48BD9CBB973C343D783C49BA143D2CBCA3BB86BCC0BB8CBC05BD42BC123ACA3BCC3BED3CA43CC1BCBDBB173D5F3C70BCB03C8D3C0BBDEC3B61BC9FBCAF3CA43BB3B90D3CDDBAD438E93AAB3B3C3C803CA6BB63BC61BC243B0F3C213C823C06BD58BC993BF6BB1DBC75BCF6BA963C04BC18BDA93AF3BC393B9BBB1B3C24BD0C3CE0BCB4BCBABCCA3B0E3DC9BB333C8DBCF13B653B92BC383D31BCF43CCEBC2CBC163DE3B88339B83C963CAA3C2E3C003D323CD53C52BCB13C8C3CFFBCB53CA6BC2C3C1ABB9938E2BCA8BCFABC4FBD2D3DDFBC703C003DB1395C3C413C1CBC78BCB03C073DB03C2E3DD93B6CBC76BCD2BCB93CA63C5C3CEF3B4EBCA03C973CD8BC293C7F3CB13CA1BCA7BCC03C74BC303CF0BC85BB89BC94BB8C3CDD3B213CA5BC923CF63B033DA53C74BC4DBC843CB03CD3BCD13BE5BCDBBCB2BCF1BC17BDF03B93BC6EBB233DB23C0B3CAD3CBE37363C133CD73CB7BA363C8CBB3DBBAA3CA4BC97BBB23C693CF33BFCBC88BB1FBC7E3C093C1F3CA93C0E3DDD3CB33CA5BC623C723C28BD94B965BDC63C13BB923C1A3CDCBB7CBB613CE9BBE83A9A3A55BC3FBDC3BCEBBC95BC87BCEFBB95BB5FBCF43C2CBC6BBC3C3CE1BC1DBCBA3C3FBC5F3CF4BBCCBCE53BEB3BF3BCF43A0B3C92BC68BA0CBCDFBC053C97BCB1BC06BCB3BC0D3A193D673C133BAF3B1F3CB4BCA63BA43C263C0FBD93BCA13BA63CB3BB0E3CAE3CE93CB63CF3BBD2BC893CD3BCF3BB243CF03CE3BBB9BCFF3B90BCE93CC2BBABBC30BC933D15BBC1BC70BCE0BC463CBC3B0ABD5B3C033C493BBB3CFE3C843C403C1439BF3CC73B8B3BE7BB39BBEEBCAA3AE03BC2BC0DBB91BBDC3B103B783C593D5CBC1EBDC53B8B3C15BCC7BB153B24BDD13A09BB293CB83B1EBDFFBBEBBB6E3D493C063D083CCFBCD6BC573C3DBA7CBC2EBB38BC473B093C9E3A25BB6B3C1EBB313CC7BB3B3DE5BC603C893CF8BC2E3CFBBC26BCBCBB133A843C0A3D703C83BC673A83BB163D9A3CC4BC343BCB3CC53CF4BB383CF2BB63BC413D09BDEBBBF63B863BDBBC1BBD5C3DA6BCF53A963C573D123DC0BB9DBCCDBBD6BC86BB1FBCD9BBBB3CB03B59BC993C793CB7BBA83C67BC1B3C543C07BD1DBDD7BC503CB8BC64BC4DBC73BA0FBD493C973CA5BC4E3C3D3B13BC013CA2BC9ABCC23C853C54BDA43C19BD0FBCB33B0EBD6EBA3ABD8B3B06BDA4BC1FBB5739CA3BBB3CF03B37BD05399FBCE33A18BCF5BBD33C17BA043D0FBB8F3C793B96BC9DBB033D243CAF3B333C6A3B7FBD5C3B41BCE9BBCEBC8A3C0F3B263A36BC813B1E3B13BC683CAE3C96BCF9BC323B4ABC003DD6BC6B3B69BC88BA493DE03CC4BC5A3C6A3B843C683C0839F2BC6F3D0F3C45BC72BCB73C013DA83B7C3C1A3BF13C4E3DCABB4FBB8A3C81BA86BC6DBCE53C123DD03BE4BB653CCEBC833AA73BE63CB8BBCEBC4BBB89BB30BC303C033D3EBC9D3C2F3C103A893CADBBC6BC02BC44BDAE3C49BDA13C81BC033D35BD8EBC22BCEC3C5CBC00BC0ABBB9BC403C3CBCCEBCEFBC3FBAEE3A28BC97BCC1BC0F3CA1BCA1BBE43B953BAC3BE7BB0ABD983BD3BC18BD723C1C3B84BC96BCA13CDF3AE0BCE0BC743C473C233DBFBC5FBC28BC2ABC92BC533C66BCFCBB843B453C94B967B8453AA7BCF2BC95BC9CBC8B3B33BCB4BBFA3C27BC99BB063DE6BA00BA773964BC46BC06BDAA3B183DCABA243B0C3C32BCACBC303A4FBA0CBCB7BA82BC79BC41BA023CEF3C6BBCF1BCD0BC93BC2F3B583C7D3A813CED3CFFBC97BC0CBBD33B493C36BDA03BB43C343A7F3CD4BCDABC9E3CB83B90BDA0BCD8BAFD3BDA3C02BD89BC133C78BCD73C893C8FBB3EBBC0BC97BC153D2BBCCA3C633BB2BCA5BA233DE5BC1C3C523B73BBC73CE23C50BD943C2ABCAA3CE53CE1BA8C3CABBC09BCD7BC9CBB3DBC0DBCD13BC83CA9BCC13C2BBCF6BCC8BC6D3C543CBC3CAC3C9D3CF2BCFC3B343A9A3C343BF53CC8BCB8BC1A3D45BC873BA7BB663C3FBC993B16BBC4BCF43CBD3BAA3CB4BC44BCC63BC5BC0B3C42BC4E3C233C8D3C7EBB213C0ABC55BC18BB6EBCC63CF13C423AA03C1E3C063D4B3C153D683C0D3CC4B851BCC0BCCFBCDE3B4C3C5B3B13BBD43CAC3BD2BC89BA22BBF7BBAABCC43B96BCB33CC6BB75BCED3CAABBF63C4C3C14BC8A3CD73AC33C133D40BB01BC7B3B8ABCFA3BB3BB713D30BC623DE938A13C463C3B3CCABBB3BB7CBCCA3A063DAEBC323C89BC53BCACBC2DBDC7BC01BC93BB02BB053BF73A66BCB73BAABC073C60BCCBBC8CBCFE3CCD3C8ABC9ABCA83C8E3B8B3C2A3B58BB523AECBC083B2E3C0B3C0F3D23BCBABC1B3C22BD713C8EBC123B",
      torch_tensor_32_32_torch.bfloat16_1: "0x0200000001BC323C623CF53BCE3C0A3D94BC663C303C33BC55BC60BC013C24BCBE3B113D10BD92BBA33CB63BADBC003D4EBC393C16BC8DBB8F3CBCBC903C283DC03B043CCD3CFA3BDE3C52BCFC3CBFBBB2BC02BDACBC60BA44BCE93B2F3C21BDBA3A5D3CD23B0B3DE0BAC5BB25BC45BD2C3BAFBBF6BC653C03BCACBCD7BB1ABC233ACDBC953AB639D53B82BC933CD8BA61BC553D443DF63C5A3CAE3C13BBAFBBAABC8BBC053DF8BA883B1A3D51BB0E3CAABC843CA2BBA3BCEDBB663C8F3C4DBDA8BC99BBE83CA4BC23BD08BDFA3CEA3C7EBBC63C883CACBC87BB85BBE03B613DF9BCF6BC863BF63C473C793B81BA81BC3F3CAA3C95BCDB3CEB3C1E3DB43A8FBBC63C0CBD22BDF03C773A4ABB8CBBC03C7CBC563C9CBA863B6F3CCF3C04BD9E3B9CBC0BBB08BA773C7ABCA4BC92BCA83B19BCD0BC813CB9BC2BBA863CBA3CF0BC493C293BBDBC6C3A153DCCBADB3CC0BB15BC9E3C17BC623CD43CDA3BB8BCD13BA33C0BBC03BD793C82BC9FB71D3D5BBCD73BDD3C813C813D5CBC55BC4B3A76BCF63C303D253D833A1FBBC1BC3DBC81BCF8BC8E3CF83B8A3CD6BC59BA973BD2BCF23C973C623C753BE0B84CBC05BD2F3CDA3C62BC28BCCFBBB7BC5BBC443C7E3C563C0B3DC3BC253D61BBE8BC783CE7BB32BB0E3DD7BCCEBC1CBCFFBC9B3C9A3C9ABCAFBC963C58BB97BCBD3B50BB903C583C74BB103D663C083CCB3CA5BABABC90BCA83C113C04BDE43C51BB7BBCD2BBC8BC92BC823BCDBBAC3BC7BB173B0D3A423C8EBCB9BB8EBB193CE6BCBABBFBB9D73C0BBCEA3A803CC63CA9BBBCBC71BC913B693CA4BBCD3C79BC113CD93B6BBB5FBC99BACE3BD43CF7BCCA3B283BB9BC133DC2BCA3BBA1BCAEBCB9BCAC3CF8B9CBBCA13C5C3BEE3CDF3CD33C57BB3EBCA8BA253B323CD4BB3B3C973B9ABC73BB47BCE73C693CE33CC13CB63C5ABD0E3DE93CAE3CDDBA70BC953B5DBCB6BB0ABD5A3CC53AD2BB0BBD45BB83BB85BB7D3BBFBC203C20BC5B3B493C753BECBCB93A853C2CBC84B9F63B93BB8F3C2A3C323C083C4CBB653A1F3C60BC033CC0BA433B783CAB3CE8BC3A3CB8BB75BCFDBBBABCB43CC0BC093D6CBC3C3C9A3C893C56BBBB3C0ABDA4BAF9BB28BC453C0DBC9FBC8ABB8DBC9EBCBABC843C0FBD043D17BC5FBABEBB993CBB3B363DE4BC713C8D3C13BCD8BCBD3CE7BC1E3C533C2EBB5FBB88BC1F3CD33CA7BCC7BB663C8A3CE43B87BCB43A063BF03BC5BB16BD96B70DBD723CDA3C33BD05BCAD3C59BBB3BCDFBCDF3B013D173DF43B8A3C843922BD5ABD093C90BC9939ADBA19BCE03C1C3CDA3B1E3D99BCA1BCC43BB2BB383C2ABC993C483C423C31BC78BC49BCA53CC83B7ABC203B02BC973B19BD393C5DBDC3BBBEBCBF3CD03BBCBB8DBC8C3CA7BBF6BC7E3C26BBE93BF0BC323CF0BBC5BC8B3C7D3C673C4ABC9E3C413C99BB743B113C433C8A3C3D3CE6BC283C0A3BB0BB9E3CA83C1C3C03BB093DBC3C09BDC63C4EBC83BC40BC81BD91BCB43B11BCFC3BF53BD9BC833C0EBD923C61BCECBCA03C953C1A3DD23C24BDB9BB1EBD0A3DD33AF8BCF2BB633C373CC7B91D3B67BA913C5FBC573C0BBCF23CA93C8ABC23BD28BD15BC9DBA8C3C67BBBDBC6ABC78BC9C3C493C1BBC56BBA83CAA3C443B37BD5EBCB63BB73919BD1F3C2B3CACBB9EBB913C673D653CADBC88BBA1BB4F3B5BBC7F3C123D243C943C5E3B883CBF3C05BD1C3CB83CE6BBDEBB003D473CA23CCF3CEB3CCCBA71BB8C3C35BC883BD0BB86BB16BD1FBC3CBC9A3C34BCBA3C9ABA82BA48BC52BCF4BB5DBC5E3A08BD0DBD143AF6BC553D1C3DAABCB53C81BC1CBD023C583B883974BB9C3CB03C2E3C9F3CC63C5ABDD13CCE3B6C3CAA3BFDBC293C9EBC3F3CF4BCD93BDA3BADBC36BD0E3B97BC693D2DBC0BBD6EBC853CF2BCBF3CCA3CDF3BC1BB8F3B243CE33CE5BA7FBCAF3C8D3CECBC21BC5B3CBD3B60BC723B023CDCBBA03CFB3B643C2B3CC23CBCBC9BBC13BBB3BB163BCCBA7C3CA9BCAEBC00BD0FBDC73CD9BBB53B253CA1BB90BC95BB103B23BCC73CA0BB7A3B763A4B3AC43CB43C14BCA33BAC3BDBBC183D553CD6BABC3C03BD8E3CCA3A7C3D4BBC97BBE93C5CBCCABAA1BC05BDBABC9E3CDE3C843C0BBD7ABC9B3CD93C15BDC53C2D3A3A3C98BB8B3B173C04BD1F3DB5BC97BBCC3CE3BB4EBB0C3C8C3CF53CA1BC0BBD3DBB6FBC05BD1F3BBFBCD33B42BC813C333B363C193CA13CEE3CEFBC1F3DC3BCA73CA6BBD43C30BD4B3C89BB6BBB48BC87BCBE3B083C44BC2F3C9B3CEEBC3BB9A73C473D11BDD8BBF03AB33BEFBBB63BE2BC64BC1FBD5B3B053A83BC783C503BBA3CD53CA9BB93BCD8BC7D3B71BC1D3DA93C9A3B173C063DB3BB2CBDAF3C3FBCB5BB1EBD9A3CEB3C353C4B3CD2BB24BBCF3B973CE73B50BC4C3C43BC223C48BCCFBCD93B11BD08BD37BB87BC09BD8D3CC1BBEBBB65BC8A3C8CBCB43C433C233C733CA5BC8EBB0BBC133DBFBC07BC383CA73B1A3D07BDAA3C92BCBA3C333DE7BCD1BC83BCA33C753B11BC933CA1BB91BCA13CE13C1DBC303CE1BCAEBC9A3CF43CB7BCAD3915BD2E3B8DBBBCBC303C24B9653CEC3CAA3C923BD13CE73C5A3C91BAD1BC813BC3BC11BBED3C86BCB7BCA6BCFC3BEDBB9ABAA83C843C4B3C97BC06BD17BD263C09BC6BBB8F3C29BDF13A2C3BAD3CB6BA133D94BB673C52BCDA3CCA3B8FBBA6BC58BA093DF4BB8EBCA53C7FBC1A3D2B3DAB3BF13CB1BB3D3C823C543BF2BCAD3C0D3C0B3D853B943CF1BBD0BB95BCDA3C24BCF03B413928BDC43AAFBCDB3B693C643BA73C0ABD6B3C70BCBE3C8FBB4A3C343B913BE1BB973BA93CD8BA4E396C3B1F3DEA3C543C5D3D22BD853CC03CACBC03BC5A3C543CC4BB85BCBE3C78BC6D3CB23B98BC86BA47BC4CBD82BC7BBCE8BCD83BF03CF5BCF9BA",
      torch_tensor_64_32_torch.bfloat16_3: "0x02000000BB3C253CBBBC2C3A833CFBB92EBC1F3C01BD14BC5A3C243C02BC4E3CF13CE03C81BA8ABC8BBC94BC1FBC10BD303B04BBCC3C05BBEFBBBF3C57BB85BC173B123DCE3CC43B443CCDBA213CE03C6A3C883CCF3C7F3C453CFD3C393CFCBCC63B393C16BD54BC113DC13C8F3C82BBDBBCDB3B99BC443C3C3C01BA0F3DA4B9193CACBB80BC65BC47BC00BD853C8CBB993BA13C91BA8EBD843BC03CF2BCCE3B273CCCBB373CBABC38BDF5BB0C3DEE3C4EBCAC3C71BC913C82BCF83B47BC163D62BB96BBC23B1E3D11BC5FBCBE3B3E3C1E3D2B3D3B3A093A383DD83CC3BBEA3C39BBBC3ABEBBE7BB19BD433C0ABC283C07BD83BCA5BBA93C22BCCB3C71BB27BDD73BAC3BA53CE8BB26BDF73C66BCD13CAE3CAB3CF03B7C3B10BA29BC6D3C853C7A3D173DA63CCA3CBA3CA03CE33B673CD43C313CF3BA5E3CC63C2E3CBBBCBD3CBB3C053D3FBC5A3B48BC493C233C95BC99BC303CC8BB44BD733C52BC103D833C4FBB823B8C3CD6BBB73B97BCEEBBA6BAB3BC82BCA63C17BC2DBCEB3CA1BCED3CB6BC14BDF5BA31BB5ABD70BB0EBDE63B00BC623C1CBBD83CA8BC9539C13C9F3CC13CA8BAF63C353C02BD8DBC0BBC78BC933AB53C093D053D80BA523C4FBD3F3D043CB23CBFBB09BC613C433BB0BA1CBD23BDB6BA29BDF9BB7C3B093C953CA9BCE93C9C3CA0BBE53C39BC05BC8B3CED3BB83B0E3D2E3D34BCC23C9BBBB83C1BBD7ABC42BCFCBBD93C9B3BC43C92BC3B3D51BBB3BCFB3CD33BD83B3C3CF73BE1BBD8BB263CEB3B323CCF3B6DBB993CEB3A503CB93C213CDC3B893C973CA0BBC73CA4BCC0BAA4BC8D3BFC3A763CDABB903BE1BCA4BBD93CF2BB01BBBD3CE0BBD13CDE3BBCBC5ABB32BB38BCC9BC923CF53CACBC73BBA8BC023DBA3A1EBC21BCF43CDF3A9ABC1A3DF53C1EBC55BCE4BCAA3BAD3C68BCB83C2FBDE9BC52BC9EBC5A3C3BBCC23ADF3C0B3DA6BC17BD0EBD3BBD6DBCA3BCA7BC4D3B803B95BCB63C2ABDDA3BCE3C253CD2BBC4BCFB3BB2BCA63A0E3C05BDD5BB763B33BB18BD1CBCA13C9A3C47BC3FBC79BCB03C783B263DD03B323C513C2B3DED3C8FBC203D9B3B8BBC0FBDB23B1EBCC93C74BC893CF23B483C8F3B233C22BCD93C913C39BCA5BC2D3B8FBC01BD08BC293D3DBB423CF53B07BCF13AB03C913C873CC7B96EBC37BC9CBB153C28BCDCBC0B3C9D3AB5BBD33C253C5F3CFBBC503C833B98BC66BCBABCA03C313C81BC563CDDBB67BC053D8BBC8FBC69BC733CB13C393C9DBCAEBB293C313A0B3C12BC2A3C97BC323BC83CD139A73CA13C01BC10BD1ABCB83C47BC58BD26BB51BC9B3A2E3C2DBD56BCC73B06BCDABC0A3C903CA4BC99BB93BAA1BC863CAABC6B3C5D3CA6BC02BB083B4BBCBA3CB53CB0BC24BB8ABB8FBCEF3A1CBC823CF63CEA3CCD3A5F3B38BC2A3B893B46BB513B97BCCCBCE23C9BBCC53C763BE0BBE4BCA7BC6FBCE6BAB43C28BC523CD03C643CC839E63B10BB933C21BA18BCF6B95E3C123C833B053DC13CFC3B243DA83B32BD273BEABB92BBEA3BF9BCF83C403D7D3B4EBC5CBC06BD163C043C243D393B95BC733CE1BC343DA4BC18BC17BDBE3CDA3C6DBCAB3C4A3C86BCB5BBB6BC1EBC8F3B663CC63BDD3C58BBCF3A65BC313D86BB72BB9F3B193DC63B87BCAEBC9ABC27BC17BD473B823C03BD31BC643DDA3CA33AD0BCC83C303CCDBCB33A5E3C833B463CE2BBEABCA1BB6ABBAEBCE5BCF53B9FBCC43B3B3CFD3A23BB213DBCBCD1BCC9BCB1BC7CBC4BBD9BBC46BCBABC3FBD24BC52BD95BC82BC56BDBE3B613C0EBDF53B6E3CAF3B1B3C11BCF73A54BC8FBC943C6F3C5BBCAEBCB0BCBDBC993A993C093C6A3CBF3C173CB03C1C3C3ABCB13C7B3B373C58BCA73CDE3A08BDD13BB3BC21BCCBBB0F3D083CEBBBC4BA96BC16BC923C5B3B0ABD5DBC21BC79BABFBC173C773C6FBA4BBC93BC0DBDA13C84BB5FBCF53CB8BCDF3C763C973C083D8D3C7DB99EBC363C87B962BB1BBC933CD23B6EBCD43CBF3BFBBC2F3D88BB15BD753D0E3A093CE4BCB9BAFD3B183CA4BCD1BCDD3C85BC5A3BC5BBF738D33B2A3AB83B32B8C5BC053D5C3C8A3CF53B8D3C923C2CBD77BC0E3BE53CE73B1F3DAABC1BBC8B3C073DF3BC143D00BCE03C873C1CBD003D40BCDB3CC83C4E3D223CF5BC033D253CDDBB9ABCC93C20BC453C753C563CABBC93B9A93CA13CC43C183C6FB939BDA33AD13B453DC5BC9C3C0EBD803C3A3CD7BC1F3C93BCB4BA5EBC0ABBA33B03BCB53C14BB153C62BBC53A14BB243CEFBC043DA6BCFD3CB4BCD6BCA2BCD83C093CFF3CD9BAB5BCAD3CDF3C03BD2A3C52BCE13C923BF3BC1F3C673CA9BB1E3DB23CA33AC33C4CBD293DC83B1EBD993CD33C9DBCBF3BB23B83BB5ABDE6BC63BCC8BB0C3B8BBCD6BBC7BB9D3C0D3DABBC84BC723C443C803C85BCAF3A023B00BD38BC8B3BBA396E3CC0BC313C87BCEEBB483BA9BB4BBC4DBB5D3C683C73BC363C213CEEBC21BCA23CC2BC3FBCF0BC1D3B993C1FBB913C453C31BCA5BC3FBC0B3C81BC50BA0ABC2B3D6ABD59BC6B3CAE3BFC3C8CBC0BBCBA3C693C9239C0BCF03C10BD89BC79BBD0BAA9BB4F3CBD3BA2BC133D55BC1C3D7D3CC8BA6B3C09BCFDBCD8BB43BC86BC593C183C103D79BC22BDCC3CA0BC8FBCA4BCD8BC593BE83C82BB94BC033C5DBCA9BC893C213DA6BCB93AC53C26BD123D55BCA03B5ABC173C4F3A433CD2BC85BBC2BB20BCFF3B24BB98BC0BBD5D3CF03B3CBCA0BBE4BC9B3AD8BC8CBB0EBC943B043B2E3D9C3C393BD9BCAD382D3D813BD13B97BB853CCA3C3C3C8ABCA8BC3B3CA8BCC33BB13B5D3C823909BB0D3D3BBC15BDC0BCA5BC2DBC0EBD55BCA83CB4BBB53C253CE5392DBA14BBEE3B473CA4BB573B713CDB3CADBC1A3CADBA15BCCEBCA33CE73B1E3B293D2E39AD3CAC3C203B4DBCDA3B873C613B20BC9ABB9BBC303C7B3C1CBCB83B9ABCD6BBC63B473CF4BB3D3C4D3CA53C8BBC473C73BC5DBBB4BBDB3AC13C0F3C87BC2EBA183B343D193CA0BCD6BC953C433C773C7D3C54BC803B85BC1CBD383CC63910BD08BC9C3C12BD613C083DE6BBA23CC33CE73C6B3C943C30BDD2BC1F3C443CEFBC323C203D1ABD8ABC0ABCC8BCB6BCC4BCDB3CBDBC2ABCC9BB25BD8D3C053D8C3C19BCACBC3ABC903CECBCF83CE4BB1FBC423DD8BC943C0A3C3B3CCFBCACBC5FBC3FBC16BC4EBC49BCB4BB9E3B2BBD2CBCA13C2CBC29BD473B9BBC683C9A3B253D2DBA9EBCAD3CBF3CFDBCCEBC1DBC683BE3BCD5BB2EBBE73CBD399D3C11BCECBC21BDCDBC6C3C303C9D3C143D3E3D893B6ABCD33B37BCFCBB6A3C363CFBBBD43848BC69BA12BA41BBDD3B83BC893C743C873CB03BA13C03BD2FBD0CBD61BD5B3CBDBC17BD093D4FBCE5BCA13C98BC25BC593C61BCB2BCB63B173C493B53BC3F3D05BD5E3C883CF5BCBBBB5F3C84BC203C423B913B50BC44BC4C3C77BC84BCBABB083CD1BB8FBC983C453D4ABCE4BB87BC053C2BBDEEBBE3BCBF3C5D3D89BCF3BC8CBC74BB4BBBDA3C0CBC153B23BC903B5C3C91BB913BE9BC653D0F3C12BC113C0A3D2E3C9A3C7F38FE3A013DB33B98BCEF3C0FBCACBCA93B55BC99BC1C3B82BBC73A8DBADC3C37BD03BCD73B8DBC9ABC98BCC13A013DC7BCED3CA73C933ACA3CE2BB32BB2DBCB1BB03B81F3D43BC2D3C823C96BCBABB44BC513CF93CF63C043DD0BA9C3C0A3DA63C00BDE4BC8BBCC1BB35BBB7BB803CBC3A9D3C873C97BA15BC623C8B3C12BC463B8DBC63BCDD3C58BBAC3BC3BC103DB9BC18BD4ABB28BC91BC813C34BC43BDE23BE4BBEABBE6BB953C39BD4EBC82BC403A46BDEF3C8F3C083CFD3B113CBABC42BC203D893BDA3BC1BCBEBCA23B70BB0CBD833CDC3C433C0ABCB43B7F3CDFB9F13C17BDED3CF2BC8ABC98BCB53B0A3C8B3CE93BEABBB1BCDEBC033CF33C613C133DB63CD63C3EBC24BCA0BC7DBC89BC4F3C94BA1B3DC4BB8FBB29BAE23C17BB683C81BB6C3C093C1F3CFF3C71BC9D3BC1BCE4BB0D3C10BC873C753C9D3BDD3BA6BCD83C3ABD20BC843D0C3B2E3C903BE83CD6BC29BDC3BBF5BCCB3BE63C1B3D0C3C523A333C0BBC0ABCC8BB65BCC5BC163CC63C913C16BC243C74BCF4BCE7BA403C6ABCEBBCD43C15BD143C44BC733D2B3CE1BC503B39BACFB9C33CB4BCFC3B873B833C55BCB7BC263CA3B9423D8E3C6E3CF6BB243C76BC81BC1EBB8CBC87BCFE3C3ABA18BB5C3C233D2BBC45BCDB3CC23CBEBB6D3CB43CEB3C023B7B3CC53C9A3A1FBB873CDB3BF93C91BC583CE93BA5BCC23C8CBC30BC06BDDCBC65BCF7BCF9BC243D51BD023C083C053CE8B984BBB5BC02BCD33C8EBB383C96BCCFBCA03C723C903CC23C51BB24BC303C11BBBD3CF53CA4BC543930BC853C063D523C31BD3CBB6EBA203D79BC783A5D3C643B25BBB83C16BC543C61BC0CBC63BC733DF93B473CD8BA3BBC96BBA63CE9BC3A3C883C91BC7D3C033DC93C04BD183D8A3C75B920BDAC3C813AB6BA043D5B3C663C37BA0C3CAF3CC03C8CBC1F3CE53ADEBC903BAABC373C033D98BCBB3C4ABCD6BB82BC2FBCECBC223B92BCA73CD7BB3F3D3ABD033D2EBC6CBC14BB88BCBF3B14BC203C4EBB0A3C5FBD04BDD33CE0BC113B933CCABCA03CB7BBE9BB05BD10BCF13C33BB2DBCE93BDE3CCE3C683B8DBC04BC5F3B9F3ADFBB193D00BC90BCF03B85BC373B5FBC383C87BCBCBC293C0DBD19BCBB3A4CBBD53C9DBB153D743CD83CD13A9ABC95BCB7BC27BD6CBC823B49BCEB3CB63B4C3CBA3B603CA63CC9BC053CE9BC89BC603C8E3BA93CCDBBC73B74BB263D903CF63B40BDF93B153D843B693C283C9A3B5B3C023D81BC7D3C6B3CC03BC0BCCCBC60BCF43C84BCB73B6ABD08BD1C3BD83BAEBC473BFF3CD83B81BB2EBD2E3C99BC393A063D2A3D17BBE53C913C70BDAF3B563B5A3D37BCFC3BE0BC183CC93C15BC98BC93BC8FBCB83C383C5D3CFBBCBF3C1BBB423B9FBAAA3B733C87BBB03B023DF83CBB3C49BC523C0EBDBB3A583CCDBBA3BB5C3C78BCA93BA4BC7A39F3BCA5BCE83A0BBD773CD03C6D3CED3C3AB923BC023B24BC0ABD233B073CED3C85BAA8BB7E3C573CD93BD6BAF73B67BC833A2BBD23BCDE39403CDEBB3D3CF63B34BC193C243C813C8ABC5CBC71BC0B3D233C1B3C5E3DE0BC9ABB20BD333C9EBB143B33BD143C77BC0EBC73BCF5391ABC5B3CF53B59BB1C3C2CBC86BC53BCE8BB8739A33A7B3B083B67BC9E3B48BCBBBB00BBFFBCB93CEC3C383CAB3BBABBAC3C1E3CA3BC393D07BC1A3D673CF23B54BDAA3CFD3B5D3B063D293D4A3D79BC8FBB1D3D343DCEBC413C16BD093C753C87BC993C85BCB9BC213A1C3C1CBD18BD4BBC773C5F3CF2B919BDBABC763BEF3C2A3BB9BB4BBC8C3C983CAC3C473C9E3C053BC1BCDB3CD93B67BCE03CAB3B64BC10BD1E3DFE3C0DBC1D3C173CD53C5C3C2D3C2BBDA73C053DE83ADD3B1C3D35BC1FBC263C853A983CC43CA5BA503CC23B45BA903C70BAA73B40BB5D3C0F3C14BCBEBB203CDEBB9D3CE63BD8BCC13AF3BC14BA193D5FBCCEBCCBBB82BC84BC213D9D3B55BA7BBCF4BC613C3F3C24B955BB3C3B823C9BBB443C963C2ABC0F3DB23AE0BC663ACF3AB13C9D3AFEBC393C8A3C11BD563BBFBC453B94BCE33CA33C5F3C1CBA0EBD123A983CB83B513CECBC7C3A9DBB943CFCBB033B843CFBBB773B763C2C3BEC3CC2BC2E3C9D380CBC8E3CD0BB2FBD9ABCBFBCCEBCBDBCA8BCCDBA19BC67BCA03C4E3D02BD223CB63B47BB8DBC053CB93A1B3C79BC1E3C43BB5FBBC3BC603CBF3CFA3B2CBDEA3B22BC02BB84BC22396AB937BABB3A16BB90BC98BC613CCB3C4BBD6F3B1C3CEB3C81BC923B43BC943B813A673C04BDEC3C",
      torch_tensor_32_torch.bfloat16_3: "0x020000002A3C10BDC63C843DB33DBEBD913CD13D46BD5EBD5BBD83BD673B43BD86BBF63D5C3D9EBC733D943D4F3D1C3E49BDBD3D76BDE5BDD33C94BDBDBD403ECF3D14BE",
      torch_tensor_32_torch.bfloat16_2: "0x020000008F3F703F5A3F7B3F6A3F953F7A3F8C3F9B3F673F823F7D3F793F843F823F9B3F8B3F813F7E3F8B3F873F6C3F843F823F9B3F8E3F803F8E3F5A3F7B3F653F583F",
      torch_tensor_32_64_torch.bfloat16: "0x02000000FFBB253CB4BA393C883CF6BC913CFFBA06BCF43CF5BB263CA13C11BB0D3CDDBB853947BC453C4F3C303C8C3C653B3BBCF4396EBBFDBCF8BA073D4F3C123DA3BC803BBEBBB9BCCD3C81BCCC3BD0BC6DBC12BD39BCCBB8973B753CC5BCEFBAA7BCB4BBE93C123CC9BC863C64BCB53AB53C913CA7BC033C1ABCE73C863C64BB843C86BC273B5E3C85BBCC3B063DAABBC33B3D3C90BA843C6A3B0C3C59BCA2BB19BCD63B763B953C57BCBEBB6DBCD0BC5139C03C193C95BB11BC41BD37BD81BC38BD313DBD3B7B39CEBAE93C6ABC5DBB81BB97BB8EBC77BB66BB5DBCB43C0EBB01BC0E3D9B39F63CFE3BBBBCFE3C9A3C343B2C3DAF3B62BC353D41BCD3BBEEBCE0BC023DFF3BB23CD33CBABBEB3ACABCB13C5B3CC23B0EBD1D3C12BD6B3CCE3B7BBC70BB59BC073CE73C1EBB8ABCA2BC3DBD9BBC6FBC0D3C28BDD5BBED3C2BBD49BCA1BC6E3C02BD78BB163DA13C013B7F3C663BA8BC533B1D3D193CA83BAB3C99BBDABC7C3A0FBB81BCAE3C583B933C143D013CD73CF03A863C8CBCA2BB9EBC0B3D27BC1EBC19BCFDBA40BC2B3DB4BB7F3BA93C5FBB42BDE4BBA83C5CBC5CBCD8BC1B3D7DBCF23CB43CB0BBA13BFDBC1E3CC1BADABC6A3C24BCAC3C3FBC09BC983C9DBCBB3C003CE3BCE1BB8E3A16BCC53C87BC4DBD66BCDD3C543CC53C17BCA2BC7C3B23BD513C0DBDD5BB843C06BC88BC05BD8CBC0BBCC73C39BA053C2B3D913C24BC03BB6A3C8A3C28BC40BDB53B8F3CBFB91CBBB03CCFBC8BBCEBBC6DBC7C3B85BAADBB2B3C80BB803B163CFF3B76BCF3BB40BC763C423CE43B0FBC65BCE83C8A3C2BBAD0BC9D3C0B3CCE3C91BC1BBCC23C06BB203804BD863B443CB83B7DBC433C08BCC4BBC2BA943C223CFBBB953C00BD153C14BBA1BC93BCB13CA23CAABCEC3C06BC7ABBDABCDB3A17BC56BCC1BB043B55BCA3BC673C1D3DDDB9713ADEBBCCBC1B3A373A8C3CB9BC6A3CD0BCA53C7E3DBBBAB73B393D10BCB3BC9E3C1A3D353DA93C073DD03CD3BC7A3C043D43BDA23B963B6D3CD23AC3BC76BCC7BC2F3D0B3D773CFBBBC3BB40BB4A3DA4BA86BCFA3B113CC538313CD8BC9DBC223D403C43BC193CC0BC13BA403CEBBC99BC273B163DDF3CDF3CB33B55BCEA3BAFBB1DBC3ABC8B3C8ABC84BC73BC8C3BE23CEB3B0FBDCA3C003C133CA1BC0D3C1ABBEC3BC0B9183C2E3C293C0A3D83BBE43B8F3B363920BD04BC443D8B3C743C70BA253BA3BB063B84BC4BBBA93A77BCDFBBAB3C21BC0D3DFCBB633C103B223CD3BCB83BFBBC9ABCB1BC313CE1BC12BDFABCD33C263C983C923B303CA2B7AFBB093C1BBC04BDE73C843C1C3CC9BB27BC79BC7BBC8EBCABBBC1BB15BD123DA5BC81BC02BDDE3CEB3B8A3C09BC90BCE6BC4B3B38BD703D85BA38BCD93B693CAE3C623C6C3CB438AB3B873C0CBD1C3BE6BC8F3B963C39BC453C023C38BC7ABBD0BC883C3DBC4D3D82BB053A2DBB2E3D613C343D49BB353CB23C613B75BDB23C00BD673C3C3CA63C13BC43BDF53BA4BB1E3C9BBCB6BC9DBB883B00BDD7BA893C803C5EBC69BB703C95BCBB3CD9BA0BBC29BD8F3C323D9FBCA83C913A873C49BC003D5FBC8C3CBCB913BC44BCEB3BD93C003C423C28BB7BBB6D3B113D3F3CFE3BFFBC6F3C6A3BDF3C423C0A3BB0BB1C3D733BC1BC663C92BC073D1ABBEABB713C9C3CC4BC18BC53BC9E3CF13CBDBBD3BCD23CA73A773C2FBB7FBB163DB53CF1BCC03CAF3CA83CA23CEDBB973CB9BB5D3C96BBC9BCABBA2EBC18BDC0BC02BD92BBF5BC8E3C2ABC9D3BFABBEAB9C1BC43BD023DA03CBC3C22BC0E3C8FBC293BC03B01BD4A3B11BB123D2C3C97BCCABC0EBCD73B7E3C96BA773CE1BBB3BB3C3CCB3CF73B9B3CA93CCCBA0D3B9D3CCB3CFD3C15BB0EBDD83CAA3C8DBCE3BA01BD31BC6E3CF43A36BCDE3C6CBBAFBCC4BCE83C93BC4BBB97BC98BC77BC053CF9B9D43CFBBC2BBA11BC253C5ABBB0BCF9BCD33AC4BCD83BC8BC693C27BC92BB90BC87BA34BA053CE63BCBBCA8BCC3BBE9BBC4BC79BD9FBBC3BAC9BA80BC363BDE3CEBBB953C063C34BCEB3B5B3B8B3B8D3CCAB8183C93BC1E3D62BC0DBBD73BC93C33BC4ABB0E3BC63B893C66BC09BDF6BCA03C593CF9BC77BC8D3D1B3DC03CD03BC3BC94BC903CD53C993C863D61BDAD3C513C87BB2ABC853C3CBC42BA10BC653C9DBC11BD38BB0EBBD8BBEA3BEABB83BC0A3C18BB3FBBD3BCFCBBAF3C113DD6BB64BBBBBC21BDC7BBDFBC23BD18BB233CAD3C423CF0BBDD3B00BD483A483DC0BC9BBBC53BCF3A8DBCFDBB143C9B3C0DBDB5BB8DBB7DBCB93AA3BC43BBC6BC8AB93A3CDABB043D923B3C3B5BBCE7BC1D3DBCBC58BBA0BCB4BC7CBC283C253CAA3C38BC31BCA4BC0CBDC6BC9EBB8A3CCD3B90BC6C3BE63B78BB6E3CB83CE53B6B3C283C0D3D31BC123B3F3C923C51BAE43C7B3C413D26BC0ABC833C053DD03B0DBC68BCF7BBC03C73BC8DBB81BC413D1C3C9A39BB3CD53C06BD31BC2ABC79B9C6BB133BC83B083CDABC923C55BCEFBB4EBCADBCAD3CF73C81BBB63C663C20BDC4BC793C1ABBA0BCF03CDE3B8C3CA2BC28BCABBA2D3CCF3C9BBC2ABD16BD08BD77BC063D183CBF3C613C613B973B84BC4F3B363DCA3C43BCCABA08BC953C82BC52BBF2BC843B0C3D013CCA3C373B1F3DE1BB37BCB7BC15BB903B983C683CF43A0CBCA93C3F3C44BCB5BCF0BB2F3C1F3C9BBC3ABD69BC46BBA63C023DCE3C533D013C40BCE73A3F3B58BC0ABD213C813B86BC4D3C813B133DB7BB1BBC373C30BC98BCEFBC2C3DE73B20BD933C3D3C5FBD663C95BC873C563BB73CE2BB053C77BCE0BC23BD273D1C3C333DAA3C1A3B72BC28BC6F3CBEBCC33A893AD2BC203CB53C2D3C74BB29BD21BCC83C90BA143D10BD1EBD933CD63CECBC6DBC9D3A13BA9DBB84BBD43C81BCCE3BEFBBA6BB1F3D3A3D19BD48BC313C36BC953CBCBC8B3BEE3C1C3D7B3B82BC47BCD8BC15BCD7BCA2BCF83C583CC8BB84BC69BC803B17BD2DBD8CBCADBC61BD85BC84BCD7BC92BC533CB13B743CF1BC2BBB85BCF5BCC23A10BD673CEA3B02BC52BC73BB06BC963BE6BC98BCDA3CC13BA4BC173C07BC3D3C403C983CBD3C61BC10BDAB3C70BC14BCF63AD6BC6E3CDB3C9CBC343CC73C8DBC123BF0BB733CC83C463C0CBC803C613CA73B0EBC773C9E3A233C763B353B543B833C01BC7EBCF73BF1BC0F3B29BCD03C2FBC473CAABC8FBC06BDB43CE13A813C963C1F3C6A3C853CD33CA93CEBBCD6BCA9BC40BC863C783CDD3BCF3C3FBC85BCD8BB4F3CB93C05BDF3BC913BC6BC393CD8BCEF3B2FBC3FBC953C2FBC113C66BB2E3DAF3C22BC03BCEE3C83BC18BC4DBC283C843C823C80BC023B8ABC08BC45BB1C3A1C3C90BCBABB57BCB33A143B88BB873C5BBC513B78BADEBCA63C3A3B12BB043D703C873CDE3AB13C833C3FBCA5BBD73BEA3B21BD193D9B3B9F3CF2BAC03A14BD3CBC0A3C92BB563C03BD0C3DE73CABBC343D36BCF43A2DBC3EBB96BA123D03BCE53C2CBD433C5F3D133C07BC9FBC3ABC20BCBA3A703C0A3DBFBCD63AA7BB6CBC9ABA753C213C523DA7BCFDBB503C03BDD63CD0BCEBBC4D3BE6BBABBC24BB77BCDB3C223C023D4F3C513C933CD5BC0CBCF13C183BD6BC833CAFBCD23B443B9FBC313D64BC6F3A203D0FBC7C3B5C3DF53B24BBC4BCCB3C9C3C5B3B753C4BBD87BA413CAABAF03B07BC943C693C043BC43CF0BC053C333CE43CCDBBAA3B73BC74BCBB3BFCB983BCA13CCF3C103D903CF8BCC3BBD9BCE63CE43B40390F3DBEBB12BD14BC183D963B98BBAD3B973C50BA2C3DE43CB5BC30BDA93CA2BB2EBCB53C863C58BC6C3B7F3C233DAF3C04BBD83BBD3BBEBB97BB04BA20BCD03B713CBBBCB8BB05BDDD3CB13CEABB7D3905BD153DE33CACBCDABBBEBBD73C083C773C97BC633C46BDC1BB8FBC203C8FBC4A3CEEBB993B6F3CD33CDDBCB8BC86BC2BBDAFBB413CDC3C943CAFBC56BCF03B8A3CEFBCD33C0D3CC93BD93CA5BC00BDF3BC3C3C793CBBB9E43CABB95B3C233DC13C893C6EBB1ABDF33C28BDA83C993C2A3CBA3C3E3CA4BC12BA92BBD4BB743CB33CC23AFD3BA7BC76BA25BB913C05BC063CDDBC42BCBE3CCFBCA23CB73A0CBDDB3BA2BC2EBCB4BC9B3CA9BBB3BC88BB473C133D09BD90BA16BB6D3CC7BBD43C68BC26BB83BADDBCCCBC6BBCA6BCE23C323BC43A8A3C943CDE3C6CBCBA3C183C8C3C0FBC7FBC86BCD2BC873AC93CB6BA073D4F3D30BD9CBCA4BC09BC13BD233B613B213D203BEE3B263C25BC42BB07BDA63ADBBC873BCF3C2BBBBF3BDF3BFE3C14BCD83C8CBC0DBDAB3C6EBC1BBC503CCA3AF63BD0BB08BB0D3D1C3C363DAB3C8ABC33BCF2BB983B4ABC033CE43C553C1EBBA63C1C3B3FBC0A3C09B9DC3B193CA83C50BB2CBCF5BAA6BC17BD8B3C35BC59BCA83C05BBAD3BF03BC83CA53CEF3B0ABD21BC8C3CAF3BD93B33BC51BC453C953B2FBC953C42BD2F3C10BC383BDC3C123D8A3B56BC94BBFEB9D73CDBBB3E3D4EBCF63C473DDCBA20BD32BC60BC0CBCA73B803C143CD3BBB23C613CC8BBBE3CB9BC24BD293CAE3CF03CE43CFC3B0F3B8D3CC73B3FBCC23AC93C9B3CE7BCFABC9ABC60BD913CBBBC79BC36BCE33BC0BCBB3C853C88BC1C3C84BCD13B9DBC20BB053CD1BBF53B22BD103DA53B2E3D353C9CBC90BC0F3CD9BBD5BCD83B3DBC25BB823C253C73BD823A5EBC03BC8CBC82BBB6BCE0BAEE3C863B83BB48BCBD3A1DBDD43B5FBC953C633C813C263D1E3CDCBCA6BBEEB9C23CB8BC503C123CE0BB14BC6D3CB93C343CAFBBBF3CB33CC0BA88BC103B223C78BB98BCB93B853B6B3C4A3A08BD1ABD31BAADB9443D14BBE83C7BBB4E3C6CBB513BC43CB03B27BDE4BC103DCF3B733C503C89BD9439CABC19BCBDBCFDBBBABC3C3C9B3C1FBC9C3DCC3CA5BC6C3C103D97BC74BCA6BB5FBC613C153DA7BCEABC00BCC63A403DB8BC91BB4C3B953C0FB9E43CA4BCD8BC9FBCBB3C0BBCAA3B353D0DBCB23BC2BC4ABC14BDFBBC3B3B06BD88BC2339653BEA3B0EBCA43CB13B253CB43B8A3A8C3D0BBB993CCCB60D3C06BD6F3D40BB2C3A8DBB923BD8BC1A3DEB3CF53BCABC90BCB6BBD9BBF53C5FBC12BDC63B983C7D3CECBBD83C823C5EBC2A3DA13BE9BC5CBD3DBC22B9C93BD7BB693B50BCF43CADBC913C0A3CDE3B983CC83CE93C1DBC7A3C0BBDDEBB2ABC0EBDB43B953CFB3BA63A043C83BC923C73BCCD3B293C00BD14BC46BC1FBD86BC003D3CBCF5BCBE3CF8BA833B693BE33CA93C0ABC5BBC6D3C9E3BA33C3A3B85BAABBC853C733A90BCBCBCD3BA80BC813BACBAACBB3F3C993CA4BCB93B4A3C833CC1BAD8BC82BCB13CCE3CBF3B4FBC80BBDA3B243D0A3DAF3C6EBC2C3DB3BC16BD74BC34BDBDBC7E3CDC3B93BA313D0BBD013DF93C843C63BC5DBBACBC4ABB733C12BD113C01BB2FBC423BF13CDB3B3BBBF1BACCBBE3BBD93CC63C28BC053C16BD853C6ABB4D3B013DBE3CC23AF8BC60BCB03C99BB35BB653C3F3CF23C26BC413C48BDAC3B5FBB70BACF3BEC3B813BABBC8CBCB9BCB23CAD3CAC3A18BCE7BCED3CEB3CC2BCADBB19BDC5BC88BBA4BC1DBC07BC123D55BC0B3CF5BC13BD1E3C633C63BD86BBEC3CB1BC993C423832BC92BC23BBFCBC8C3C813C2F3D0DBD91BCB6BC5BBCBBBC11BDFBBB08BC4DBC053D013C8F3CDE3CDCBCA03BE5BAA0BB863C323CC93BC0BC86BC053CD23BBBBCF0BC9C3CC3BB0C3C80BDA03CCE3C883CDEBC22BC0EBCC8BC0EBD653B8D3CCB3B8EBBC6BCD4BC3ABC82BDA73C0ABC9C3CAABBD4BBBA3BA53C4B3C5D3CB53CC73C48BCE1BC23BC8B3C533DFDBB38BC5EBC8DB9BF39173C6ABCEEBAB33C92BCDABCC13BB83C",
      torch_tensor_64_32_torch.bfloat16_2: "0x02000000A33C033D0F39E33CE63C57BC273C9A3CC9BBADBC503B983CB4BA0ABD84BC843BC63C47BA67BB7FBC45BC0F3C3D3CB73CB03CA63BA53C423CDDBB0D3C06BB393A033D99BBA4BC3BBC23BD92BB7CBB183C843B2ABB62BB99BCDB3CC4BB51BCA9BC0A3B2DBDCC3CFCBBE4BCF2BB02BDBF3B04BD90BBE73CA43CDD3CDA3CE43A0F3C133D093C923C9D3C23BC9338893CEE3B093C8FBC7CBCCA3CEF3C51BB6ABB6EBBD1BC8CBB603C033DBD3B6A3C43BACABAD5BCCE3B613BE13C50BB0CBC17BC16BCA9BB8B3CB9BCED3C1F3CB3BC4CBCE1BB4BBC893B64BB25BCAE3C903C033C833CD93B5C3CE5BC7BBCF43C443C22BC563910BDC43C463D3E3CAA3BD5BC273C123B2D3B85BC7A3C95BCF4BBF3BCEA3BC5BCBCBBA3BC903C283C813C04BC99BCF03B633C833B03BD31BC84BC8CBC29BC003C29BC653C63BC7DBC983C2F3C233AF1BC93BA41BA603CDCB8113A6DBC543B67BCBA3C8D394A3C853CB8BC87BAD6BC7EBC143DF93C23BDA0BCD73A2E3D7C3B3D3C18BC29BD84BC033B893C62BB073D39BD50BC633C1E3CD63B963BBABC5D3C92BC91BC46BB983BE03C8F3CDDBC05BC27BC393C4EBBCF3B2E3D343D23BBB838EFBCBC3C1B3D05BC22BD2F3D3ABCBB3C4D3C403A043C89BC82BB5CBC06BDD1BCF4BB81BA0ABA683C31BCBC3BC23BC93CFABB07BD88BC89BC903C26BDEC3B23BDB23B21BDF6BBD73B563D8DBB1D3CEC3CA1BCCCBC46BB543CA5BC0F3D8E3B51BC26BC03BD43BCEF3C32BCA43C1FBD5C3C06BD013D333C0FBC2A3CD5BC92BAB23BBFBACE3CC0BC7FBB4FBB06BB47BB0CBD9DBCDA3BAEBAA73C4B3DA93C833C893C033B6EBC0DBC1A3C4E3CF9BC06BCBABB1FBD20BB98BCC7BBD8BA60BCE83C2ABC64BC8C3C3F3C48BDBC3C68396D3CBABBCC3CBE3C103D473BB13C7CBC473DCCBC5BBCA43CBCBC4C3C4A3DDF3CBC38C5378AB88F3CB83C283B0BBD3A3C323B273CDDBBA43CA03B5EBCF9BC37BCE2BB213DC5BBB7BCE93C10BC293D34BC623CAEBCA9BC32BCABBC5BBC8ABC88BCBB38953BD23C0D3D5EBCC6BC683CF9BB453C223B55BCECBC36BD77BCD4BB833C6ABBE03BF2BB4CBBDC3CEB3C253C613C0AB992BC3CBC99BC8E3C893B00BDBFBC133CF63CD0BCAABCECBBEA3BD7BC42BD44BD3EBC32BDB13904BC8F3B513C073C9DBC15BC38BBAE3C933C4D3B783CB73BD43CD23BE53C15BC9A3C65BC16BD46BC0FBC033C06BB6FBB18BCAEBC733A17BC3FBD083C63BC823C97BCB03C563C9BBC26BDBEBCC93A69BC883C0C3D93BCA83C30BCB6BB95BCFABC10BC3A3C4FBC35BD8A3C973B87BCF13C2C3D1ABDA4BCC6BC88BB4CBC6B3CC33CBDBAC6BC6DBCD03C7E3CD33B1FBD26BC76BBFEBB3239E5BCB63C193DB93C9B3B663C423BE6BC83BC2E3BE73C92BC973C17BC953CB7BCDF3BB2BC22BBC43B63BB013B4A3CCABC1B3B11BC193BD2BCEF3C413C283DDDBBE73C853B9B3CF4BC9F3C5D3C1DBCD2BCEA3C4EBCDD3C5ABC41BB813C743B173CCBBCC1BC543CC63C3ABBC43ADBBC8E3C9C3C4A3CB83C843C8C3C90BA9DBB9BBCF0BB96BBF1BB8A3C393D96BCF3BC5F3B5BBB503C073D6D3C223C2ABDD63C0EBD163BB63CC33C103C6DBBECBB19BCF53CA3BCB1BBA6BBFCBA003DB7BC613C413CC33C55BC03BD023C5D3C84BB913C0ABBD2BC573CD8BCB5BBB2BB393B443BE3BB613C59B9F03B17BD7FBB29BD05BD173D873CBF3BDF3B10BD923CAB3A06BD063CFC3BDE3B0BBD4FBDC7BC043B9E3B253C633C0FBD243C5EBD193C4B3C913C7F3CE53C3A3B623C533C84BB04BC513C513C6F3C493B1ABDB5BC723B173D76BC423C823CB7BA45BAB8BCAD396CBCC73CBB3B12BD293D82BCB03C063D1D3C5DBC87BC333C05BDB13C9ABCA0BC313D0FBDE5BCFFBC80BB153DEEBB5BBC1A3D543C0EBDA2BCDABC34BCB4BCF5BC08BD8D3BCBBB96BC6DBD90BCEF3C45BC1A3B1F3DB6BBAF3BEABC13BCEEBB4BBB6EBB803CC3BCE93B88BC3F3C5E3B033D9CBC133C1F3C233B7CBC0ABD1A3C913C583C26BC15BD2B3C873C033D63BDBFBC61BC06BDD53AA9BCE73C1ABD75BB6DBC02BDCC3C733CA83C1D3CB73A9B3B3BBCC5BCC83A753CAABC503BC6BB733C1DBB583C843BDFBC86BC1BBD1E3C943CE03C50BCB1BAC73B223DE7BC2BBD2F3C933B923CCC3A20BB003AA43C02BD8ABCA33A793C0D3CB4BC11BC063D19BC1F3D78BCC03C64BCB13C3FBBAF3A1B3D2EBCA5BCBA3B8A3C803CBFBC943C333C043D463B813CC13A2F3BC83C3DBC6A3CFB3CAEBC0CBD513CBBBCCFBCE43C73BC96BC95BBCBBC1ABC413C43B8CBBC313CF5BB38BBA3BC51BB3ABB6A3C003ADC3CC93C5F3C3B3C1A3DB43C863B31BD173C113C25BBBE3C87BC50BC76BD0E3B49BC8C3C533B113D7C3C523CA53B5F3C153DD9BB2E3D90B999BC1BBD17BC18B7BBBC0CBD79BC043AD8BC133CE83CD2BC47BC98BB12BC02BD333D233C1F3C043CBC3C16BC9BBB85BB3E3D4B3C0FBBD83CDF3B4F3C26BD2EBC92BCBA3C203CDFBC8139503C303C193BE13CACBCC1BCC0BCC13C93BC5BBC0E3CABBCF4BBB13AF9B960BA21BC59BCC8BA673CA93CC23CCB3C543C153DB03BC2BC3B3CBF3C443D8ABB20BCA7BA253C723C60BCF43BE9BB47BB4A3C263DB73B80BB933C913C9E3CCC3C533BB83BB7BB79BCA0BC84BB2EBCADBCF53B58BD32BC97BAFE3B3CBCBBBC01BC1EBCF8BB1BBAD1BC3D3CA3BC89BA963C05BD95BC8FBCB9BBA73CA0BBBA3A8FBC9B3C43BCF03CB7BCF3BCF9BC52BC80BCC8BC543BFABC5F3BB1BC67BB5CBD773C143C24BA19BB46BC50BCF53C18BC0FBCCABCE73B94BC3C3AC23B893C5D3BE73BA5BBAD3C953B423C603D943C85BC373C64BBFDB9E2BCDFBB78BC03BD0C3CDB3C363A073CC8BCB0BC2D3DF8B9E83988BCA3BC1ABDE7BABBBC823C0538EE3CAABB15BD903A1C3D243D123C8EBA66BCE63B8B3C29BC193D7CBC9F3C77BBB33CE9BB443CBF39463BE2BC0E3C683C99BB863C933CDE3C643C083D96BCEB3CA0BB74396C3C88BC81BCD9BBDEBADEBB18BB423BBD3C38BC47BC0E3C633CFFBC56BC40BBAE3C16BBF8B797BCB4BBF13C7D3C11BD4DBBED3B243C91BC77BCC7BAD539CB3BD8BCBC3C123D86391FBD533B95BC193DD0BB3F3CBBBC1E3C1F3D233D0DBCC4BC553BE03C0ABA05BD9CBC82BCC6BCB9BCAB3C053B9BBC2BBC813BA4BC3F3CA03BC63CB1BC1ABD9C3CCE3B3ABD76BC45BBED3B91BB89BCA63CAEBC00BDF9BC983B69BA263C1ABB9B3C0C3CDEBAEF3B343C27BD69BDD63CC43B823C383D9F3B953C773C823CE5BC0A3DEDBCE13C90BC5ABCF13B0ABB18BC393CDABA643BBA3C1C3D83BB07BCD9BB513C0EBDA0BB473B8EBCC23C9A39F93C923CB0BCCCBA613C81BD0EBC21BD29BDCB3BAEBC1FBDD0BBEDBC673B663CD4BAABBC4D3CB1390BBB673CC5BC02BC3CBCA4397ABC49BB373D6ABC3ABCF8BBEFBCA33BBBBBA3BB19BCA43BC73C6FBDAB3BCDBCC63C0CBD4CBC8FBB4A3CB03C9EBC3A3D643C093C0E3D913BFE3B06BC13BB02BC993C83BC643C06BB303CB0BC58BCB53CD43C4CBB963B87BC3FBC62BC193C85BB023D54BCC43CE4BCD43BFB3B4B3B31BDC8BC46BDD63C5F3C4CBD8F3C2ABCB3BC2C3D8ABC06BB91BC01BB9D3C153CC5BC47BC4B3C24BCB5BB1D3C553CC73BD03CA03C343D433B483C92BB1FBCC339163AF33BE6BC19BC903B143D773CD4BB93BB5BBC38BC2A3B42BD0FBC97BB3D3C40BD71BC983C01BCA0BBCDBA81BC3B3B963CD53AAB3925BD693B9F3C3B3D08BC853C813C123C0F3CD2BB2CBAF53BE1BC8D3AE33C96BC03B9B5BCF13BE43CC03A02BDF1BC073D033DDFBCBF3CA8BC11BD92BCEDBCB2BCC4BA5BBA58BC19BC043CA63CEABCAABB243C133D123A893CC7BC97BCABBC4ABCBEBC41BC883BFD3CFD3BBE3B263D243C15BD11BD583CCCBB093A7C3D05BD643B0B3DC4BBC33C80BCD4BCCB3C913C53BC333B93BBB33CAFBB39BB22BBE2B88D3B583C603D2EBCC63BB43CCCBC70BB033C2ABD15BD2C3CCB3C95BB033B2C3CDABAB4B9313C9CBBC83CF53CB2BB1A3DA9BC69BC82BC223C4ABCECBB083C88BC2DBB46BB7D3C0ABCEFBC97BC0ABDF13B42BC083CC53CC9BCB33CA83C163D0CBC8E3B44BD0CBD933CE1BCF2BCC73CD6BCA93B7BBC573C72BBC1BC2CBD60BA233CB43B7A3BFE3B9C3C0BBCB4BCD73A803C313CFABCB33BCA3C2E3D0C3A54BC88BC09BD6DBCDABC38BC88BC8FBCC13CBCBC97BC78BACCBB753C7EBC423D4DBC243C44BC4C3C8E3C94BC5FBC89BCBCBC7D3CD8BBEDBB1B3C733B593BA13CB63B24BBB3BC853CF43C83BC52BC28BC38BB493C223C6DBCB83AAC3CCCBBEC3CD1BC59BC233C71BC0FBC4EBCC7BC993B7C3CD2BA2F3C0C3D4DBBBD3AFABC47BDE83C913B7D3C793CA0B96ABBE1BB90BC363C8CBA86BB9B3B983C96BC7DBCF53C5CBB883CFD3B19BC46BD533C4E3C03BC3FBDFAB9D1B931BCC33B2C3CF0BCF7BC1CBBFBBC0E3C3A3D053D573C003D8BBC293A1A3BAC3CB4BC8A3B093C79BC25BC86BCDDBBEEBCE8BC99BB403C773BA1BCAF39D6BB0ABC1FBC9C3B7B3CA43BE83CE53C0E3C5EBC88BCFABC4E3C013C03BC7839EABB943C0B3D0FBD953BB0BC1BBD453CE83B0FBB793BE13CC33C1FBBB53C73BCC1BC09BD0CBDB8BC19BD18BC043CAEBC453C003CE23C9E3A9E3C433CE63C53B914BC8DBCA7BCB23BCABC85BB54BDE73C3F3C0CBDA23BDC3BABBBD8BB0CBDCFBB89BC48BC993A2B3B8ABCA93C953CBABC023DDBBB483C1ABCBE3B1B3AC5BCF3BBA33BDBBB1A3C4E3CECB9FABB363C3C3B87BB88BC23BD0D3DBB3C65BCA5BC4D3C6DBC1CBD223CC9BB8ABC023D203D473C9A3B143D1B3C63BCFD3B11BC523A8D3C4E3D8D3AF13B6F3CE4BC183C163AD1BBC9BC1B3DE8BBF03AB9BC6BBC05BD82BAD7BC9B3CDBBC3EBD52BBA83B9F3AF73C973C873C03BD35BBE1B77DB9EDB91A3D6B3CE63B9B3BA93BC23B053D5B3DC33CB63C37BCECBC3D3C973A2ABD84BBF5BCB6BB8BBC9ABBCFBC70BB3CBDBABCC0BC08BC2D3CCEBC933CCBBC8CBCDBBC1CBDC8BC87BCC1BCD83B833C4EBC5CBC963CBDBBB7BBE33C133C15BA46BB9B3B193D8CBC3B3CA7BC2FBB0CBD293C33BCF7BCF3BB30BC3BBCE7BC56BC993BCE3BAC3C8D3B3FBC16BBDE3A88BC17BACD3C5EBC92BC84BCBFBB96BC22BBF93C663CA73C5CBC09BDF73B45BC04BD04BDA73B28BCB43AB03C763CA53C133D6C3C893CE33B8A3BAFBCAEBBB13CB03B5E3C213DD8BBAABB233CB13B80BC533DF1BAF33C4ABD3ABC453CDC3BF2BBB83B97BC26BBE83CBD3C74BC9DBC123CC2BB3D3DAF3C13BD01BC1EBC1ABD56BC9ABBD43AFB3B8A3BCC3BF33C303BBDBCCC3BED3C26BB1F3B6A3C7CBCF13C0B3C50BBE03C35BC17BDB03B1ABCA73A93BBC7BB84BC513C15BC923CB0BC39BCDD3C85BAE93CF1BAF53C6CBC60BB09BD713B273D35BD35BB973B12BBC63A8638513BBD3CDFBC94BCABBCFFBCA3BBD13CFA3AC0BB45BCFDBA8B3C4E3C453C56BC07BCE73BF3BCE1BC9ABB7FBC603CF9B8873BFB3C443C073BF7BB8B3B7EBAF1BCC7BBF93AB73BEF3B0EBBC0BB03BD5D3C1CBB59BCD5BA873DBB3B073CE03CCABB34BB6E3C47BC55BCBDBCAF3C973AF1B9B9BCB1BC383D9ABBC1BCB13C753CA03CAEBA323BCBBB8F3CBB3B5BBCA0BCE0BCA8BCD13C183C2DBB86BCCF3CE2BC943C0B3C34BC1EBC83BC633C383CDDBCB3BC863C8A3A263B13BC063CB63CAB3BA4BB733B803CD4BCFDBC1B3D963BCE3C98BC9DBC8C3BB3BB8FB9043C0ABCB23C91BB3C3C06BCEABC38BC303C793C28BA20BD9EBC07BC1BBD",
      torch_tensor_32_32_torch.bfloat16: "0x020000002BBBB93C47BC9DBB6D3C8EBB153DD53BED3CEBBA95BC04BD78BC413C4ABB313CB3BC0DBCFFBBA1BCC2BC0C3D1C3CAEBC3A3CDDBBAA3B86BC72B9723C6B3BAE3CD1BA9EBCF23B1E3DC2BCD23CD0B8863CADB78E3B06BD44BC1F3C0FBC0EBD6ABCDEBC65BCB83CD33CC23C19BD853BF53CF83B8A3C103D4CBC953A27BD91BC203B76BD28BC02BD3DBC48BCAFBBAFBC8BBC3F3C83BB11BCF4BCA9BCE7BCC73C0EBD1D3C67BDB3B8ABBC8FBCF7BC92BB283B92BC3F3C973A1DB73CBC003C513D55BC4FBC313CDB3BE43C52BC703B3EBA243DEB3CEC3CB43CB6BA483C403C423C5CBC993AE239A5BB033D193D06BCB0BCA939BCBC0E3D093D163B513C03BBE1BC26BD5FBA1D3CABBC963C4D3DD5BCC83C783CC8BC34BC1CBC923C0EBC7D3C0D3C7D3CC6B95F3C5EBCBB3BA8BBA83C9D3C073CE8BBDBBC233D253C813C4ABC32BD86BCEDBB9D3CA8BCC33CEFBB85BCDC3CC13CC13CDA3CAD3AE93C2EBB7BBD3DBC593C593CF53C423DE53CBEBA4ABC7B3B103DB83B883CB5BC753C643C533C4CBC73BBA13BC43BD4BC633CA1BC87BC0D3CDA3C4D3C0ABC20BCCEBCF33CFE3C1B3CB43BAC3CE03CEE3C01BC05BD98B9E1BCC7BBF93CD63CE23CCAB9E3BB8FBA6B3C3EBD4CBC4FBCB3BCB0BC8DBCF13B09B6993C263C6EBAC6BB3D3DE3BCA8BAB5BC733C9D3C5EBCA4BCDC3CC1BC8E3B623CD23C193C373C1CBCBA3CA03CCCBCC83C3BBC71BC143C79BD163B1B3DA1BC5F3CC3BBE4BC93BB653D95BC1ABCC93C9DBA3D3CEFBB1C3DF13BCD3C2DBC8C3C0F3B11BCB93C52BC553CD3BCA8BCB8BC373C993CB73BD7BC4EBC9D3B23BC12BDC7BCE2BC58BB0B3D81BC163D62BCF3BC43BC643B823C943B433C3D3C7EBC28BBBBBB263CEDBC8D3CFBBB7D3CE33CE23B79BC1ABBF33C89BC353C10BCDE3CF7BB5FBB503CD8BB95BCE93CDA3A4D3B16BC53BC9ABB413C963AB3BB29BD3B3C223D5ABC0B3DE8BCFB3B9FBCF1BC473C06BAD3BC5B3C783BACBBDA3B3CBCBE3CDD3BAB3C51BD713CCEBC793B153A1DBCEF3BDF3BCE3C87BC06BDB4BC02BCE1BB023C153C1D3D85BC58BB1D3C51BD153D6FBC17BC01BA033BE43C1B3CE7BAFDBBBBBBC1BC1FBD073D363B3ABCA63C413C86BCC7BC44BC51BDF4BBC23B4FBC5ABCD23CC73CD9BC2E3D96BB843C98BC773C5D3D99BB0FBC9A3CB13B42BB0CBC823B5E3C9E3CA9BCBF3C93BCCBBC60BBD1BC883CFABBAB3CD83BBE3CB43C493B83BC103A043C8E3B473CA33B26BCE03C683CE7BCD73CAA3C233C9F3C5D3DA43A9DBC03BC36BD99B8C2BC683CB6BBD43A503C053C953B7DBCBF3BBABBF03CE7BB233C88BC9BBBFF3BF03BE5BC95BC063D5BBC923C513A2A3B6ABC993B843C033D023D4ABC03BBBE3C233C9EBC5A3C283DAC3CE33CD53C903B18BD113D733CC2BBA7BB12BDD7BC3B3C943CACBC1CBBA43BA43C063DDB3BA4BB9F3B7A3BF7BB9F3B173DFF3B4B3B203B1B3C04BCAF3C413B553D8E3CC9BCDFBB9BBC0E3D17BD8FBCEBBB9E3C3D3DF63C8C3C90BB673CC0BCBC3CB0BCBABC6BBC633C7C3BFABB303C56BC903B0D3CA03C1B3B16BCA5B9DCBC5A3D733C8B3CC13A8F391A3D2ABC1FBCB43C913C74BC18BC8EBB5DBC60BC0A3DFBBC8FBBEC3914BCA6BC953CB8BC3F3DB63C65BC5B3B6ABC37BC173C3B3CC1BBE33CAC3C983CB73BACBC62BC28BCC63CC8BC163C563C7C3CED3B15BCAABB363D56BCDFBB7DBCB83C86BC97BB233C98BC843CC33BF73B22BA75B9953CE0BCC9BB8DB9863CD03CAE3C9ABC9ABC60BC41BDB03C8D3ABFBCF4BB81BD79BB253C2DBCB63CF63C053D2EBC87BB203B9BBC4F3C053D02BD4ABC81BC873C31BCD13CC8BB01BC0CBD82BCB03C0D3D743BA73C163DBB3C1D3C5CBC633BE0BBAE3B8ABCAA3C253D43BC1FBC813C863C52BA53BCD83C293CE23C423B793C313C1D3BBFBCB63A0A3CA03C95BC18BDD93BBA3CD43C803C6ABC16BC24BC9D3BE13CC73C1DBCEABCE8BCECBA24BC153DEFBC013CAC3C7D3C163A4FBCB43B9ABC763CE13CDBBB49BCC0BC96BC3F3C1ABD283DFDBC2B3C8A3BBE39C1BB0FBD953C2EBB013C6EBCC0BCB93B0A39CE3BA33BC4BC63BAAA3C093D0D3C18BD573CC43B673B2FBB6FBCAE3C89BC09BD583CFBBC983CB8BBAD3C3ABC56B8FDBB32BD8FBCE33CDCBC3DBC14BCC838613B04BCE2BCAF3B823B95BB4F3CE13C203AD33C223DDB3B4FBBDB3C06BC723C05BD48BCBCBCADBC0C3DB13CEDBB8A3C863D8E3C0E3CBCBBD63CE23ADABC22BBACBB3DBB84391EBD83BCBCBCC43CA23CB5BBEC3C4BBDDABC303C6EBC5DBD383CF63C2DBC51BCFD3C843C1BBC3A3DFA3A9B3B8ABC08BC94BCC13B3ABC0EBD8B3B933C2FBC393BDE3CC73B2BBBDFBC623B91BB1BBB123D0CBCE03BD33B21BD66BCF93AE1BBD73C88BB27BD343BA7BCF6BC1B3D8FBC43BC593C173BE3BC8C391ABD89BCF0BC25BB063D06BCA2BCADBC2CBA9ABCFA3B87BCB9BCD5B9673B063D23BC4A3C5E3C20BC31BBC53B8FBCDD3CE13B4CBC0BBD763BE03C0BBD66BCD9BB273D4C3CD23C37BC91BC31BD88BC4BBB1CBC2E3D293C9B3CA1BBD13C063C07BD923C2BBA0DBDBCBC09BDF53B9FBC3B3CFABB7F3CA73C82BCEBBB0C3CF0BC5DBD933C97BC783CA03B24BDBA3C3DBB4E3B9E3CEBBB35BCE83CFFBCFF3C9BBCF33C80BA093D183D7ABCFBBB7ABCE23B703B3E3C7ABC153DC5BB69BCAEBC22BCFDBBB83C32BC953A69BC68BC00BCEB3C133D54BC8E3C95BBB13CF6BCC83CBF3C273DC2BA41BCFBBB4F3BCFBCA5BC4BBB4DBC673CA0BBC73B763C5EBCBFBCFF39D0BC0D3D2B3C003B6CB9FB3ABA3C423D883CC43B45BCB23BA4BC893CB63BB43CFC3BE8BC0CBCC5BC4C3C07BB11BD22BCFC3A0BBDD5BB49BC6B3C93BC7A3B93B96B3C0BBD43BC94BCA63C",
      torch_tensor_64_32_torch.bfloat16_1: "0x0200000005BD3FBC843C063CC2BA69BB293C6C3A0B3C57BB303BD33CA0BCDCBB463C0A3D6A3C653AE23B7C3C0E3C103D97BBC83B963B3ABDC239C03CC73C4A3CFABC7DBB38BC30BC623CAC3C113CD6BCDD3BEC3CA13B9DBC223C193CC73C8EBB84BA20BBB63BA73C1C3C773C2EBC52BC433B4DBD8A3CDD399FBBC2BBD4BCBF3B493CB8BCD13B7BBCF2BC71BC25BBB73C22BCEEBCBDBC25BA1E3DB6BB7B3B72BCABBCEFBCA4B91BBD613CF03CB33CF9BA903C833C213C3EBD023CD4BCC2BB5D3D18BC90BCA1BC1CBB8ABB8BBADDBC563CE53BCE3C34BDEFB708BCBD3A03BC343CD23CDEBC45BC033D383CE2BC213CBD3CB6BBA33BA3BBFF3C083D233BDCBC213D443C563C163DF5BB8D3C0A3D08BC763B953B59BBB0BC683B7FBCCDBC3DBDA83C2A3CA03CDE3BAABA493C16BCA73CC6BB75BC753B363BCD3BE43CD2BBAC3BDFBC00BD333D143D3B3B513D573DF4394A3D9C3B00BCC53C943C8DBC92BC3ABCA4BC223D0CBC03BC74BC6BBB6D3B173CCEBB6D3AAD3B4D3CFEBBECBC463C023DBA3C13BC8DBC193B413C07BD9FBABE3C553B063C373BF6BAF4BC54BA03BD363DA1BC193DA83C8A3C203D39BCD23BCABC343C583BB0BC8F3B2ABC0BBB22BDBFBC3D3D963C3D3C343CE3BB8C3CAA3C20BC8B3CC33C653C583CD1BC5A3CB8BCA2BC1B3C48BC2BBDCFBCB7BC153CDA3C043DF1BC17BD7A3B1F3D3D3C3138E7BB27BB15BCFABB8F3C3A3C45BC07BDC33C4C3B2B3C5B3A5ABB483B123DD9BB80BAED3C973C0A3D54B9733C9A3A5C3CA7BC153C393CDA3A8E3B97BC41BC72BCB6BB623859BC1BBBC03A19BC42BC5E3C43BC8EBCA83C4D3B1CBB6E3C66BC6BBCF53C833B2B3A12BD03BD25BB4E3C2DBC62BA1C3D21BC313C94BB32BD58BD053D7F3D26BC8ABA833C76BB3D391ABB35377C3A5E3CA93B133C743C8C3B88BB61BCF8BBD33B06BD0E3D1DBC0DBC7E3BA4BC1BBC27BC0C3CBBBB2E3BA3BCFBBC2C3CFA3C483C5BBC253D593C173B823CBDBBDC3ABBBC8EBC42BCDEBC1CBC7ABBBCBAD73CD03C1A3CD73C7EBB5F3C0FBB78BBBD3CA1BB093CE7BC963AC2BB06BD0BBC193DA6BC853BBEBA4CBB4D3CCB3B1A3CE43A93BC503BB8BC043DB33CED3B99BCD1BB503CECBB9F3C1EBDE43B84BC003D86BC97BC8D3C0BBC943C293C60BCA73B2CBC5CBD13BD063C073DF03B09BDBBBBAF3CDDBC213B243D6C3C78BCB33CAC3C19BDC939713A09BCBFBA16BBF1BC97BCB23B0FBB6BBBA3BBDDBC813B663B23BC6ABC613C063B143CEFBC1A3C7ABDBDBC103BA73B0FBD043CBEBCB6BC19BC983A27BC0ABD86BABDBC18BB4CBC3EBCEA3C06BDF93B063C183B68BC2FBC1A3DC83C663AACBCD53C1EBCC93C383CF83C5B3CA2BCF13CE23B1FBC97BC5FBC1A3D28BB25BDC83CCDBC5FBC243CECBB51BD0DBC0ABCB73C9E3CC9BB103D043C05BDEC3B283CFC3B2ABC3DBC2FBCD43BD93C1BBB06BCB43C983BF8BC58BB063C96BB71BCEA3BA2BB033D8D3B35BCB13B24BDF9BC243B863CA9BCC53C8DBC773B3DBCFEBC893C8FBC193C83BCBB3B19BB55BCB73C0CBC25BD1A3D113C02BD893C9BBC083DD7BCAA3CE7BBC2B99ABC2C3B4ABC123C27BCA93C0B3B84BB2D3C1A3C88BCB9BC83BC893C11B81BBDE4BB24BC4D3C2C3C2B3D03BC2E3D83BA0DBC033AB63BBABB243CF13B71BCC23CE23C26BC093D73BCAFBB1CBD813AA0BCF9BC673CAABC1CBCA2BC0E3CF3BB013C593C433C9DBCAD3CC8BC253D7CBCAEBCCDBC143CA03C0DBD0BBD0EBDBEBCA2BCC63B48BCA53C8FBC0DBCD5BBE23CD83B9C3C9D3AA73C28BC383C843CF33C7FBC53BB20BD393D16BC2F3C9F3CF6BC47BC4FBA133D12BCA0BC58BC2EBCD4BA1BBC133B6D3C9CBC08BC80BC1A3C923C193C713B35BCAA3A163C1BBC86BCC5BB6CBB9F3CF1BC16BC6DBC533C77BC623C43BB52BC323B8ABC7E3C91BCF83B8CBBA7BC42BC14BCA13CED3A0EBB123DB53CC93A963CAC3CFE3BBC3C6E3C0CBC06BC77BCB6BB81BA643BDFBBF0BBCDBBF93C94BA55BCADBA373C043D16BDB83C4C3C3B3C02BDC9BC953C173B20BD3C3D463C053CBD3CA83CA0BCCF3A6F3C0EBD25BB66BC5DBA523C973C4BBC85BC283B8339C23B1EBDB0B8A9BC9EBC1F3B1C3C563C983C9C3C073A8A3A1E3C91BB993C5FBCDABC903B40BA0CBC67BC09BBE83C253CEFBC663C97BC633CD53B803DBA3B9CBC2E3DC23B1E3D63BC1FBA97BC043A47BD7CBCC53C35BC5CBC113C42BBDABA8A3C783C8F3C1BBCAD3A493B13BC1BBC31BC033C00BDF63CC93BBB3C84BC073DA33C8C3C853C773A9EBC8DBC95BB5E3CDEBC173C3FBC54BDA33B023D713A81BC35BCA3BC1D3CCB390EBB3EBD82BB06BC7D3CBA3C1D3D2E3DA3BBA6BC913BDC3CD5BC123DD33B6B3C9BBCA7BABABCB2BC873C6B3B2D3CC3BB263CD8BC07BB823C4DBCCF3B223BADBB52BC193D2CBC263BBF3B9B3B373C02BD593CB3BC84BC78BB463DEFBA4CBC69BC93BCBCBA75BC363CCC3B5DBB82BBD4BB08BDCDBCC7BCFA3C0F3BD43C22BD82BCFCBBAEBC103C423C8F3C4CBC5D3CA93B5ABC443B083C13BC0D3D8C3CAABC77BD27BC3E3D003D213D233D0C3CE43B123CB3BC413C3FBC97BC66BC333C3B3A97BCD33CE2391A3C26BC09BD233C573CB1BCA53C0D3CCFBCECBCD1BBF937C8BC01BC44BC6B3C5ABB2F3B86BB013921BC823C04BB333B443A053C973B15BDABBCD3BC1EBBCC3C0A3BFC3BA2BCC33C223D0DBD23BC633CD7BCF33C0BBBBC3C953C853B0DBC0E3C10BC843CA9BA9F3C5D3BF93C6B3A1BBD723C9EBBB33C243CBE3CD7BBEB3B23BC9C3C4FBD13BBEF3C1E3C35BC6CBCB23CE33BDEBCA1BCB9BC053ADCBC8CBC7EBCA4BC8CBCBC3BCE3B8F3C02BD413A5BBD863C1DBC183C533C22BAE33C43BC84BBA6BA2EBCB43C6B3C363C91BBF23B86BC293CD1BCD23B893C093D45BCE0BC1FBC833BE0BC1B3B61393CBB5E3C00BB44BD9D3B49BBC43CBBBC5B3BABBC4D3C1C3D82BC0EBCB3BC1D3D7ABC14BD0F3CB33BBA3C2ABC03BC963ACABC87BB693C83B82BBCE83CB4BA013C0FBD273C1EBD3D3D55BCB1BB883B95BCE93C073D07BCA23CBABC16BC9E39A43C793C34BC58BCBC3C803CFBBB4539BBBBFABC633B8FBAF6BC3E3BAEBC57BD643B5DBC203D15BCDFBC9A3B973CBBBCBE3CD6BB84BAFEBB123D2EBCE8BC17BD943C88BB473CF23A503CA0BB14BB553B81BD773C243C633C4B3D5ABC34BC93BCD8BB213C34BCB83C2F3BD5BC32BB76BC9ABB003D99BBC73CA53BDC3B40BC7F3C903C813CBB3C753A8BBC423CB73A2C3C3ABB283B8C3C1E3D87BCAE3C34BC11BCF7BBB8BCAD3B9EBCA6BCA6BCB03CFC3BBF3CA93B3C3CCEBC85BC9F3B213B453C1D3C88BADBBB0F3D3FBBBCBB403C21BB8D3BF53B073CBD3CE4BCCB3CD83C32BC87BC08BD093DF33C2DBC36BC223CC33CB4BC553CCE3C123CC1BBF7BC4DBCB8BBF5BC88BB2B3C1B3CB8B801BCDB3CFDBC9CBC663C92BC0DBD35BC22BC6D3C93BC93BCCBBC99BC0BBCF63C70BC633C4E3D22BC453DA43C5F3CCDBB09BCD1BBF0BBBFBBC93C123CA33CE53ABF3CACBC943C33BC1CBD943B013C843C29BC2F3D3EBBD83ACF3BA43C48BCE83BB2BCBDBCF2BC4C3CB2BC5EBC74BC1F3C063B8C3CBCBBA23C8A3CF43CD83CAD3CA03CA53CC63C013DEC3C76BB9BBA993DF13CCFBB493CEABCF13B853C09BC97BBF13AF6392B3B86BBBA3C723CEE3C0B3C0ABDF83C193CD5BB323C16BDFCBAD23C83BC963B2C3BD83C273DBB3AB9BCD43ACCBC88BCD83C8DBC8ABBB9B999BC7D3C943A79BAD63BCFBBD5BAC13B0A3D13BDE7BBB03C3F3CCABA733C173CDC3C3DBCEBBCED3C9A3BA73CD73C74BC5FBAFEBB15BB47BB393CA739F7BC51BCD7BB963C4FBCB8BC943C84B93E3C6A3BC33C0ABD243C663C65BBECBC0EBD37BC213C90BB28BC22BD943AAFBBDCBBBD3CD33978BCC9BC253D0A3C35BCB13C733C7A3D70BC4C3B00BC103C50BC9F3B0CBDC73B87BB88BCCCBB663C9ABCDF3B473CFA3C74BC9D3C07BD0F3DFABC5B3C12BC99BC893C07BCA6BC84393EBC0D3B43BCB1BCE5BBC63C3ABDB03A443B373DE3BC27BDF83BC7BCE6BC083C903C0C3C97BBA63CB03CC3BAAD3A66BCAC3BBB3C303C86BCA2BC9BBC613B5B3C14BDFDBB093D16BCD93992BC97BCADBB5A3DD7BC553C523B753BB6BC093CB3BCD73CF13805BD36BD25BBBA3BA23CB1BBD23BE53BCFB9503CC83B843C5C3B2D3BBF3BADBB42BC8FBA283C6D3AAFBCFBBBA8BC50BCBF3B62BC883B013C663DEA3CCDBCBD3CB6BCACBC863A213CD03C993B203CEA3C05BD4CBC8C3B893C573CDF3C33BC18BB723C9ABBCA3B8A3BC2BC0D3D573CBF3B613C2F3CDBBC1C3B3FBCCABC913BA33B1A3D54BC903C19BD513C7BBB69BC38BDD3BC08BC9BB976BC7C3CDD3C4EBC12BC0D3D00BDAC3B53BBCE385D3C823C27BCC1BC36BCEBBC083D563CB9BA8E3C08BC11BD0DBDDF3CCCBC8D3A2A3DAC3C9F3C993CBFBB54BB29BDC03C003CDF3C513CC53C363B0E3DAD3CCF3B8F3B003DA3BCD3BC98BC55BB723CCABB8D3C21BB203A083C22BCB2BC81BB563C783C26BD0BBD35BD5BBCAEBB5D3C93BBF53CBF3BB43C51BB263C83BBA83CD6BCED3C15BD2D3CB7BCA73BC23C5A3C4CBC61BCFA3C92BCDD3B1EBB8D3B793B0E3A3BBC9D3C4A3C893CFB3B17BC28BD1A3D013CAD3CB13C5C3CD4BC4D3CC43B2C3D09BD42BC9FBB6EBC433CDD3C63BCBF3CC33CB5BCE23B7B3C90BCBFBB6C3CB03A16BDE3BB20BCE73BE5BC813B4ABCC13CE8BC9CBCD23BCDBC6CBC123B953CB8BC4F3CD9BB593BACBC213CC53C0ABB13BDA2BB11BDD0BCED39033CE0BC34BC75BC74BBD9BC11BCB6BC83BBC43ACE3CC83A34BDE33B2F3CAF3CABBB9D3B7DBBF23C2E3C3E3D45BC2FBC253CF13B54BC38BDDDBB9EBB9E3C9D3C0CBD9DBC293BD0BC9EBC4B3B5E3A97BC133C82BBC5BCAABCEB3CE5BB0BBCECBC66BD853C473D2D3D043C263C4DBBCC3BEB3AB93C92BC06BDAF3B05BC78BC333CF4BB7B3C66BB62BA23BB6A3CBF3C723C703CD33C61BB313B0DBD9F3CDDBC23BC893CC43CAA3C953BF3BC923C313C5BBCE23BBF3CA63CB63C063D8ABC8DBCCBBB13BBB4BCB83CC3BB243CC63C5DBDCB3A9FBB22BDA03B823B363BACBB02BD803C403C9B3C033C053D213D9BBBFF3A9EBC31BCF03C743C11BDD63C46BB98BC403C51BC6BBC8ABC2D3C293CBC3CDCBC123DD33CBC3C0EBDD43BA3BB0C3BA0BB92BA043D623C873CB0BC2BBDE1BC92BC10BA983BBF3CC43C3D3C173D96BC053DE4BCAE3B923C033C33BCCDBC823C0FBC28BC4C3DA13C603BE8BCC2BBFABB903A5EBC953C993B543C923C873C783C2FBDB53C6D3C5B3CA93BD2B9CABC06BDDEB9ECBCFE3BB83CAEBC6DBC8D3C1DBB0BBD01BDCF3C253CCDBC563CECBB29BCED3CF73C8E3C43BC2ABC8CBC043C38BC793CD4BCB7BB6FBCD539BBBC8D3C973CA73B753CF73BAE3C79BCC13C683CABBB4FBB973CF53B81BBD73C163D81BCAFBCF8BC5CBC953C9FBC7FBACBBB513CF03B79BCDABC23BD19BD6B3C6EBDB23C09BD13BCEC3A4FBC0CBCB5BBD4BBFFBC443ADEBCA2BB903C563C07BCF4BC4E3C383C3FBB913CFD3B383CC43A60BCB0BB64BCFF3B7CBBB6BB3BBB27BCDE394C3C743B333C90BCEBBB7ABA9ABC58BB413CF8BCEEBB90BCD23CEFBB763C50BC82BC3F3B003D2F3C193C0A3A70BC033D16BDB13986BCF43C8EBC44BC88BCABBC20BC373B2C3C323CE5BC10BCAC3C233C96BC2F3D20BD523C82BC21B979BB43BC003BBDBCCBBCD53B8BBB753C753DB2BC89BB8BBC7BBC1EBDD53C7A3C5B3AD03CC4BBE4BC433C",
      torch_tensor_32_torch.bfloat16_1: "0x020000009DBD3B3EE4BCDFBC05BE1FBBC1BC91BDED3D303DF3BD99BDBFBDB0BDC6BD22BCD1BD013D24BE3D3E933B223E72BDE83D9B3DF6BD6FBD35BD4BBE9F3D9FBD65BC",
      torch_tensor_32_torch.bfloat16: "0x02000000653F8C3F5F3F643F613F8F3F653F7D3F693F843F713F7A3F8D3F6D3F7A3F753F593F743F6A3F873F803F7F3F8E3F8B3F863F733F823FA33F823F8E3F843F963F",
      torch_tensor_8_torch.bfloat16: "0x02000000803FA23ECD3D023D243C4F3B833AA639",
      torch_tensor_64_32_torch.bfloat16: "0x0200000035BCFC3CA43C82BC793D6FBA94BAA93C613C9F3BAFBC41BC3B3DECBC313C8BBC8CBC903C99BB5BBB973C03BD1BBCACBC5E3C4D3C13BC723C10BD123C57BC663C58B92D3D20B9583D213CB93B66BB483CCD3C3FBBEF3BC8BCDDBC153CA43BAFBC60BC0B3B1D3C3D3B3EBB94BCDDBCC93C513B4FBC27BCA93C0ABD4A3C6C3B843C9D3CFD3CD0BCB43B6A3CF13CABBC9F3A2ABD98BCA8BC63BCB3BCD83C8B3C0DBB843C8CB96A3AD23B3A3C5E3CF0BB89BC3C3C4EBB033B0E3DB73CFA3C263B88BC8DBC7FBD853C433836BC893B9CBC2D3C0EBDB03A1E3CE13C47BC4DBA483B253DDCBCBA3CE33C6A3C0DBDFABCEBBBC33C91BC38BC8A3C84BCFDBB74BC1EBC613C45BC5FBBFB3C8EBCEBBA043C1ABD053B2EBB3BBBD93C283D74BCF6BC8C3B3DBB0CBC023C52BC61BCEF3BEE3CD8BC543C06BD7C3CD2BB13BDB93C9EBCB03B783CDD3C15BC53BCC03C95BCC13CC2BC2ABD25BC283C203B1B3BDC3C51BDC83B8B3C3FBB553C1F3D203905BD9C3BC53C9A3B953CFFBC9A3C55BCA33B633CE23CBD3C5F3BE7BC8A3CC6BB14BB39BC19BDA33CBF3C6C3C803C95BC973CCDBCFA3B5CBCB93B033C153BD13CCABBF63BAD3B0EBC73BC12BCC9BC76BCEDBB3C3C243D36BDAA3C6A3C7F3DC5BC28BC94BC153D863C22BC41BD173C09BDFFBB813BDABCA83C37BD08BDB7BC543CD8BC75BC8CB94D3DE23CD8BC8E3C33BDA4BBD53B443C7BBC6FBC8B3C31BCF5BC033DEE3B1A3CB93B663DF23CA43CC33C093D8CBC7FBB19BBF8BC70BC083CC13C38BDB5BCFABC3F3D40BCDE3CC6BAD03B483B86BC3DBCE63C62BC2CBDCE3BE03BFA3CF43C243C11BC0C3CC03CB03CE7BCB2BA0ABC103DE9BC40BC06BA97BAFBBCE9BB8FBB3BBCA53CECBB5FBB38BD3ABC80BBDD3C4ABD343CE6BCAC3A4F3CE6BCDFBB65BC86BC7EBC713CE23B813C9C3C563C4BBCFBBB5CBB963CA0BC02BD94BCC23B24BCC3BC043B8ABC853C20BC953CF5BCDABC49BCE03CACBBA23B43BC5EBC023D213C02BDD03C2ABCD8BC2CBD9ABBB2BB9E3C08BC123CE53877BBA13C2E3C65BCE3BB5E3C2FBB263C003A45BCDABC90BC7A3C243BC23C90BA603C0FBC95BB473D813CB53C1FBCADBC8C3B703C7C3C2D3C843C173DC23B91BCB3BBD5BC1EBC1ABCF5BC553BA3BC6F3BA83A9C3BF83CCC3CE8BCB33C1BBD2E3BAE3C80BC80BC21BD083B04BD98BB10BC71BB683C713B6D3B0EBCCBBB943B3FBD1DBC3C3C0F3C03BCAABB153C113A1FBC253D9EBC47BC0C3D7B3C2EBC543C12BD98BC063D07BDCE3B34BC4A3C683C19BC52BCB83CBB3B17BCB3BAF13CC5BB383DD7BC59BC7FBBB53BF2BB19BC7B3C02BC18BC1E3A01BDE63C393CB8BBD6BBAE3CBABCB3BBA2BB55BBBCBC143DD4BCE5BB7E3CD03BB23ADE3C9CBBB43C1EBCA23C503B6A3D733CAA3CFA3AA0BB1ABC2C3CEEBC14BCD7BC86BC483C8C3C683C11BC893BA83927BB0B3C28BCC8BC3BBB5B3C0BBC0D3CB9BC2C3CA1395EBD8B3B37BCA83BA53C99BB59BB27BD053C613CD3B8D9BCA4BB3FBDAA3C12BC6BBC26BC213D0C3CADBC0D3DF13CFCB980BCB1BCB0BBE9BC8B3B8B3C813BF53B6FBDAFBB77BC103CF93C5D3C073DA53BC13C61BCA6BC1A3987BC653C083CEE3B803BFABCEDBC123D1B3C46BCDDBC473CEB3A6C3AEDBCC7BCE9BC723C7E3BD9BC0BBAC03C87BD463C85B973BBDEBCA7BAC0BC2ABCAA3B8ABC843CBE3C04BD63BCBD3B163C3E3C22BBB3BC6EBC3C3A9D3BBC3B9DBC9E3CED3C30BDEBBCD83CEF3CE9BC493CBD3CE8BC643B0EBC0DBCABBB0E3B0B3CE43CEF37DB3CA23C633CE2BC50BC62BC7A3CFC3C493B0C3C943C13BBC2BC1A3D7DBC37BD73BCC83CB3BCB43BE4BC333C2A3C293C60BCF03A89BC903B3DBC94BA9BBC45BCE93B29BC6DBC483CBC3BAFBBBBBCCF3B283C1ABD30BC043C27BC1B3BC93BB23C973C373C22BBC1BCF53B113D583BBB3C3CBB67BBA53CB4BB42BD26BCB93A11BA373D86BB023A2BBD8A3AE13B4BBC893C723CF73BDBBAB03BB5BCCD3B11BCDDBC073C6ABC4FBC32BD1A3CA33C97BC1DBD423C6DBB4ABC40BC183C8FBC51BC2F3DD23BF83B753CEDBC813860BC083CD03B633CC73CAB3C523C06BB9D3CA33C1BBDA83BCDBC263CD7BC883B163CC6BC4339EE3C56BB3CBC5DBC5FBC8A3C99BB00BC8B3B573D99BC13BB1E3D9B3CFCBC1E3C5F3A0F3D55BBEDB9B53BDFBBCCBC82BCB7BCABBABDBC17BC1CBBC63C40BC02BCA1BC03BD80BB99BCDBBC753C003D8C3C8BBC4A3C73BBFA3C86BA3BBC4D3AA13CFC3B8A3CEA3CBEBC803B19BC023917BC0ABDDDBCBABBFA3C4ABA27BBC2BC9A3C82BC2BBCE2BC0EBD8D3B113C663C7E3B0E3C16BCE93B02BC4EBC533C8ABCB33BD03C2C3BC6BB55BBC5BB09BCD6BB9E3C9ABCEC3C903BB3BCFCBB9CBB433CDEBA81BC7D3C823C7BBC073D643CA13CA53C6639673D1B3D7C3A693CD53C9CBCAD3CE03C993CEEBC67BBB53C3D3B95BCB93B94BC0FBDBC3C813C53BC92BC613D5CBC1EBC89BBDFBB973C2F3D733C983CEABAC4BBA0BBA33C733C173CA2B9DEBA52BB09BD6DBC023B843A7B3CB6BC9DBCA53C00BC07BBB5BB483B88BC9C3CB93C553B89BC1CBC48BBF9BA98BC4EBCB6BC013CB23B2D3C783C1D3CA8BC6F3DE83BC1BC1CBDA53C45BD4FBC21BD2F3C12BC2FBC1FBD353CFE3CF939B23CA8BC82BCE23B32BCED3C253D363C1D3C75BCE7BB7CBC0038CBBB95BCC73C12BCDB3C48BB96BCFEBAC5BB383D593C1FBCB13C94B848BD6B3CD23CC13C05BC1D3D8FBCD3BCB8BC283DE5BC8DBC363CF8BCC1BAFF3A8039C33C953CF5BC94BC0DBC733B233CCB3BDD3B513C133CDC3CC7B9AA3C46BC313C83BC0F3C993B4EBB4D3C29BC35BDACB9C2BB6DBCC03CD7BCDBBB3DBCA8BCEABC653CC63C64BCE93BCBBC783DD43C1BBCCE3B553C8D3CFFBC0ABD0CBDEF3B1B3BCEBCBBBC643CE437B43BA13CEBBCCF3CAC3BB0BB6C3C33BC83BC09BA5C3C99BC4D3BD3BCA0BA033D89BCDA3C0FBB69BC553C4D39223C213C103C7DBC7BBC053BFA3C18BD9B3C9DBCD73BFBBC23BC973C253DF93C103CA0BCBABC4ABCD53B92BC273DC93CB63B933A5E3C57BC0D3C7D3B483C2CBCDD3BEEBB053D963B3C3C6B3C29BCEC3C68BDF1BA3D3C19BDD0BCC73B52BC153C56BC853C0A3CE139DB3A403CBFBC70BCA13B0D3C183BAFBB68BCF13B813CE7BC7BBC01BD35BC88BCA53C6F398BBBFF3BA13C173C553DB8BB253DBA3C9CBC7B3C0EBD51BD14BA603C6CBBA1BCA8BC8ABB133B40BDFFBB3DBB9E3B70BA9C3B863CC5BBFB3C5B3C78BC15BC03BDFC3C48BB7BBCEB3AC23AFCBCD1BCD2BB08BDFCBC98BC8F3C29BB93BCA3BC3DBDCEBCA1BC4DB8673C4E3C843C743B1BBCD8BB10BC853C32BD91BCEB3BE63CB7BC4B3C573C2F3C6C3C09BD2DBB96BC12BCD53C4FBCCB3CC3BA553BB73CA63B6C3CD63BB03CD63BABBB2C3DDC3B2ABC10BC3ABCCC3B523C263D0D3DDA3C323CF23C0BBCF9BB373C0BBD853B073C783BEEBCC2BCA5BCA3BB203C65BA5CBC093BA8BBA53B9F3C1BBC143C01BD183DD03C963CFCBC413C143BBE3C1FBC523BE9BCD2BBC4BC253BBB3B6BBD76BCC0BC703CB13B553CA9BC1FBD0A3CD7BB363D18BC06BA86BCBEBC97390F3C633C383BD6BCBF3CF8BC94BCFA3B97BC5EBC963CDC3CE43C33BC203C1EBB31BDC5BCA6BC6BBC9FBCA7BC843B633A103C14BDF73C5D3B063D44BC86BB16BD05BC583BEE3C743C943C28BC32BD97BCDBBC45BC4C3CE8BC8BBCD43CE8BCE5BB2CBDCB3B833A903C153B15BBF0BBC83CB03C3C3C253DC43C29BB3BBCC53B9ABCC0BCF4BBDD3C8EBC303CBFBB863C5BBC303C073DCBBCEBB9553B2E3DB6BCE3BB97BCA6BC3C3DE23C9BBC1ABCDF3989BAD73CAC3C053DB53C2B3C573C3EBCDDBC01BCFFBC53BD133C973B213B1A3C5ABC9D3C313CF83C9DBB38BC10BC46BCF7BB0B3D34BC0EBDE7BB11BC6F3C273CBF3AB6BC8EBBF1BC1ABDED3B81BC133DBCBC413B643C7FBCC7BB07BD9F3CE43ACF3CF7BC253DB8BC823BEABCA7BB73BC97B995BCA43BF8BCA3BA8FBCD5BC0B3D733C2A3C4EBD9DBC9EBCA5BC873C0D3CA2BBE2BA573BA83C02BD35BBE3BC3BBD9BBC8F3B043DADBC073B8DBBE13B2A3A6E3BB6BC01BCC8BBBABC2C3C02BD8039C73B0DBDB73C1F3C543C773B6BBC0FBD123C083C91BC10BC15BDE2BBA8BC5BBC433D67BC0D3BC1BBD2BB4ABC2F3C01BC103CA23C53BCA7BC25BA903C2ABC803A3C3DF0BC90BC0FBC763D203D04BD7C3C90BCCDBC73BA58BC37BC9C3C0EBC3F3B2FBCBCBCABBA41BD07BD083C963B703A50BD41BD8DBCC43B7BB8813ADDBB8E3CACBC99BCD23A9D3BD63C5A3CA83B6EBBB33C073CA43C5E3C903A1B3C81BCA1BC1C3C5F3A68BBEC3B2FBB093C26BC1EBADB3BB63C383DDC3B4FBBA93BE63AB53C693A703C7C3C883CCABCFDBB553D2DBC243C0A3C36BD803C29BC21BC4B3CD53B91BC64BCC0BB8A3CBE3B103BDF3CB2BC2FBD083CC23CF0BCD2BBE6BC61BC933CFBBC7EBC79BC133B4E3B683C15BD093A9E3BC2BCACBC853C90BC103D05BC35BD843C0DBD91BCB03CA23ABB3BD9BC55BDE33B753B41BC78BC713DA43C193C89BCF0BB053D643D163DCE3CA03B963C2E3CFD3BCC3BC23CE63C903CAFBC76BC843BDCBC563C6D3C27BAD93B2F3C5DBD2A3BC73C2C3C81BD073C7DBCDE3B6BBC483DD4BCEABBB0BC7E3C7E395ABBCF3C573C35BCF6BC14BD85BC293DC0BC0ABD02BCD0BC353C093D36BB8CBC23BB37BCC3BA9FBA0A3D69BC89BBBABA23BC04BD28BD9C3C9FBBEC3A83BC39BC7B3955BC2ABC99BC40BDB5BCC1BBA53B813BAB3C6A3BF03B9F3CDB3CD53A93BC313C9D3BBF3B443CFBBAFABC87B96C3C153B2A3C3E3C863BD53BBB3B3F3CBDBA5E3B88BC27BD093DDB3B933CACBC57BBBABB063D91BB9ABC97BCF33AD6BCC7381B3D1EBD18BB1B3C09BD9E3C923CABBAA13B5C3C04BC1B3CAFBC4A3CA4BC5B3C543C57BBABBCA7BB7A3B5CBC82BA71BC0739CCBCFF3C9FBCA9BBD83BA33C9B3CB2BB87BC75BC0A3B93BB193C083D9CBC14BCAABB48BB17BC9DBC10BD123D13BD0C3CC0BC51BB6FBC1ABCF03BE9BB0D3DA8BC4EB812BB80BCC7BB753BD03C95BC14BC273BE43CB1BC03BD553B15BC463CDA3BEDBCFEBBD2BC9E3C8C3C3E3C0BBCD9BCBE3CF2BBF0BC613CD3BBA63B62BCF5BC923C683CF7BB113DA03CB33BDE3C2EBC75BC9B3B4ABB573C3A3C7C3CFD3CA63C723BBBBCBE3BBABC30BCAD3CD4BCE03AD0BCA93CCFBCA93C29BC9C3C9B3C23BC973BCE3C3BBD283C15BDE93B1A3B493C10BC563CCB3C03BB573DC9BCD33BA73C66BB893CD7BB253C2A3A53BC9D3CC3BB5DBC18BD1BBBE2BBD73BB83C393DC43B50BC9C3CFDBCCE3CA13C833C543BFABC3BBB553CB73B073C84BD9DBBA3BC753D30BC063CCABC1EBCE8BC293DA33C873C08BC9BBC1EBCA93C07BD0B3C333DC0BC233D32BD3ABC2D3B74BCB73C0ABC343C31BD6D3C08BD8E3CBFBA2ABC08BC143C903B853BC5BBB5BCA23C103C3E3B4BBCA5BC5BBB963B13BC093C15BDDA3C1A3C9B3C093D0BBBF93CE0BBD93C8ABCD13CD0BB16BD073C75BC3F3D663CC83CEABCE8BBD23C1D3C9DBBD23C193C3FBDC8BB0BBD343CC73CF03C873CFCBB893C273C05BC303C16BD7D3C9EBC8EBCA63C5B3B27BC88BCD83CCE3B39BDF43C64BCCB3CCE3CCFBB98BC93BC3E3CDABCEA3B5FBB033DA0BAA73C64BCAC3A14BD4F3CF23C09BC543C52BB173B003D01BDEFBB973C673CA0BC18BC4ABC1CBC163D6EBCCCBCBC3B6F3C5B3D28BA713C8E3B2D3CA939153B5FBCC13BB53C193C873C"
    }
  }
#-}
