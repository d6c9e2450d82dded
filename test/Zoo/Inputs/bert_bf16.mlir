// Exported by scripts/export-zoo.py (torch-mlir, PyTorch 2.15.0, transformers 5.25.0) as linalg-on-tensors IR, unchanged:
// bert: BertModel; input input_ids, bf16
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x8xi64>) -> tensor<1x8x32xbf16> {
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : bf16
    %cst_3 = arith.constant 2.000000e+00 : bf16
    %cst_4 = arith.constant 5.000000e-01 : bf16
    %cst_5 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_19> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_18> : tensor<32xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_17> : tensor<32xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16_1> : tensor<64xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_2> : tensor<64x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_16> : tensor<32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_15> : tensor<32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_14> : tensor<32xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_7> : tensor<32x32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_13> : tensor<32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_6> : tensor<32x32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_12> : tensor<32xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_5> : tensor<32x32xbf16>
    %cst_22 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_11> : tensor<32xbf16>
    %cst_23 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_4> : tensor<32x32xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_10> : tensor<32xbf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_9> : tensor<32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_8> : tensor<32xbf16>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_28 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16> : tensor<64xbf16>
    %cst_29 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_30 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_7> : tensor<32xbf16>
    %cst_31 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_32 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_33 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_3> : tensor<32x32xbf16>
    %cst_34 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_35 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_2> : tensor<32x32xbf16>
    %cst_36 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_37 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_38 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_39 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_40 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_41 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_42 = arith.constant 9.9999999999999998E-13 : f64
    %cst_43 = arith.constant dense_resource<torch_tensor_16_32_torch.bfloat16> : tensor<16x32xbf16>
    %cst_44 = arith.constant dense_resource<torch_tensor_2_32_torch.bfloat16> : tensor<2x32xbf16>
    %cst_45 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %c0 = arith.constant 0 : index
    %cst_46 = arith.constant 3.200000e+01 : f64
    %cst_47 = arith.constant 3.200000e+01 : f32
    %true = arith.constant true
    %cst_48 = arith.constant 2.500000e-01 : bf16
    %c0_i64 = arith.constant 0 : i64
    %cst_49 = arith.constant dense_resource<torch_tensor_1_16_torch.int64_1> : tensor<1x16xi64>
    %cst_50 = arith.constant dense_resource<torch_tensor_1_16_torch.int64> : tensor<1x16xi64>
    %extracted_slice = tensor.extract_slice %cst_50[0, 0] [1, 8] [1, 1] : tensor<1x16xi64> to tensor<1x8xi64>
    %0 = tensor.empty() : tensor<1x8xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x8xi64>) -> tensor<1x8xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x8xi64>) outs(%1 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %262 = arith.index_cast %in : i64 to index
      %263 = arith.cmpi slt, %262, %c16 : index
      cf.assert %263, "index must be smaller than dim size"
      %264 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %264, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_49[%c0, %262] : tensor<1x16xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x8xi64>
    %3 = tensor.empty() : tensor<1x8x32xbf16>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %262 = arith.index_cast %in : i64 to index
      %263 = linalg.index 2 : index
      %264 = arith.cmpi slt, %262, %c64 : index
      cf.assert %264, "index must be smaller than dim size"
      %265 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %265, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_45[%262, %263] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %5 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<1x8xi64>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %262 = arith.index_cast %in : i64 to index
      %263 = linalg.index 2 : index
      %264 = arith.cmpi slt, %262, %c2 : index
      cf.assert %264, "index must be smaller than dim size"
      %265 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %265, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_44[%262, %263] : tensor<2x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %6 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %5 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %7 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x8xi64>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %262 = arith.index_cast %in : i64 to index
      %263 = linalg.index 2 : index
      %264 = arith.cmpi slt, %262, %c16 : index
      cf.assert %264, "index must be smaller than dim size"
      %265 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %265, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_43[%262, %263] : tensor<16x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %8 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %9 = tensor.empty() : tensor<1x8x32xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<1x8x32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %11 = tensor.empty() : tensor<1x8x32xf64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<1x8x32xf32>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %13 = tensor.empty() : tensor<1x8x1xf64>
    %14 = linalg.fill ins(%cst : f64) outs(%13 : tensor<1x8x1xf64>) -> tensor<1x8x1xf64>
    %15 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %17 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %16 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.subf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %18 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.mulf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %19 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %21 = tensor.empty() : tensor<1x8x1xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<1x8x1xf64>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %23 = linalg.fill ins(%cst_0 : f32) outs(%21 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<1x8x32xf32>) outs(%23 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_47 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_42 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x1xf32>
    %27 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %25 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %27 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.mulf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %cst_41 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.mulf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %31 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %cst_40 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %32 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<1x8x32xf32>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %33 = tensor.empty() : tensor<1xi64>
    %34 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%33 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %35 = tensor.empty() : tensor<8xi64>
    %36 = linalg.generic {indexing_maps = [#map5], iterator_types = ["parallel"]} outs(%35 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %262 = linalg.index 0 : index
      %263 = arith.index_cast %262 : index to i64
      linalg.yield %263 : i64
    } -> tensor<8xi64>
    %expanded = tensor.expand_shape %34 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_51 = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_52 = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %37 = tensor.empty() : tensor<1x1x8x1xi1>
    %38 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<1x1x8x1xi64>) outs(%37 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %262 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %262 : i1
    } -> tensor<1x1x8x1xi1>
    %39 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %38 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%37 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_105: i1, %out: i1):
      %262 = arith.andi %in, %in_105 : i1
      linalg.yield %262 : i1
    } -> tensor<1x1x8x1xi1>
    %40 = tensor.empty() : tensor<1x1x1x8xi1>
    %41 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_52 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%40 : tensor<1x1x1x8xi1>) {
    ^bb0(%in: i64, %in_105: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<1x1x1x8xi1>
    %42 = tensor.empty() : tensor<1x1x8x8xi1>
    %43 = linalg.generic {indexing_maps = [#map10, #map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %41 : tensor<1x1x8x1xi1>, tensor<1x1x1x8xi1>) outs(%42 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_105: i1, %out: i1):
      %262 = arith.andi %in, %in_105 : i1
      linalg.yield %262 : i1
    } -> tensor<1x1x8x8xi1>
    %44 = tensor.empty() : tensor<1x1x8x8xbf16>
    %45 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %cst_6, %cst_5 : tensor<1x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%44 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_105: bf16, %in_106: bf16, %out: bf16):
      %262 = arith.select %in, %in_105, %in_106 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x1x8x8xbf16>
    %collapsed = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %46 = tensor.empty() : tensor<32x32xbf16>
    %transposed = linalg.transpose ins(%cst_39 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<32xf32>
    %48 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_38 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %49 = tensor.empty() : tensor<8x32xf32>
    %50 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<8x32xbf16>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %51 = tensor.empty() : tensor<32x32xf32>
    %52 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%49 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %54 = linalg.matmul ins(%50, %52 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %55 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %56 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%54, %55 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %57 = tensor.empty() : tensor<8x32xbf16>
    %58 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%56 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_53 = tensor.expand_shape %58 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %59 = tensor.empty() : tensor<1x2x8x16xbf16>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<1x8x2x16xbf16>) outs(%59 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_55 = linalg.transpose ins(%cst_37 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %60 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_36 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_55 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %62 = linalg.matmul ins(%50, %61 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %63 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%60 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%62, %63 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%64 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_56 = tensor.expand_shape %65 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_57 = linalg.transpose ins(%cst_35 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %66 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_34 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_57 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %68 = linalg.matmul ins(%50, %67 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %69 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%66 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%68, %69 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%70 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_58 = tensor.expand_shape %71 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<1x8x2x16xbf16>) outs(%59 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %72 = tensor.empty() : tensor<1x2x16x8xbf16>
    %transposed_60 = linalg.transpose ins(%expanded_56 : tensor<1x8x2x16xbf16>) outs(%72 : tensor<1x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_61 = tensor.collapse_shape %transposed_54 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_62 = tensor.collapse_shape %transposed_60 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %73 = tensor.empty() : tensor<2x8x8xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %75 = linalg.batch_matmul ins(%collapsed_61, %collapsed_62 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%74 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %76 = tensor.empty() : tensor<2x8x8xbf16>
    %77 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x8x8xf32>) outs(%76 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_63 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %78 = tensor.empty() : tensor<1x2x8x8xbf16>
    %79 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<1x2x8x8xbf16>) outs(%78 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %262 = arith.mulf %in, %cst_48 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x2x8x8xbf16>
    %80 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %45 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%78 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x2x8x8xbf16>
    %81 = tensor.empty() : tensor<1x2x8x8xf32>
    %82 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<1x2x8x8xbf16>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %83 = tensor.empty() : tensor<1x2x8xi64>
    %84 = linalg.fill ins(%c0_i64 : i64) outs(%83 : tensor<1x2x8xi64>) -> tensor<1x2x8xi64>
    %85 = tensor.empty() : tensor<1x2x8xf32>
    %86 = linalg.fill ins(%cst_1 : f32) outs(%85 : tensor<1x2x8xf32>) -> tensor<1x2x8xf32>
    %87:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%82 : tensor<1x2x8x8xf32>) outs(%86, %84 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_105: i64):
      %262 = linalg.index 3 : index
      %263 = arith.index_cast %262 : index to i64
      %264 = arith.maximumf %in, %out : f32
      %265 = arith.cmpf ogt, %in, %out : f32
      %266 = arith.select %265, %263, %out_105 : i64
      linalg.yield %264, %266 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_64 = tensor.expand_shape %87#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %88 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %expanded_64 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %89 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%88 : tensor<1x2x8x8xf32>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.exp %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %90 = tensor.empty() : tensor<1x2x8x1xf32>
    %91 = linalg.fill ins(%cst_0 : f32) outs(%90 : tensor<1x2x8x1xf32>) -> tensor<1x2x8x1xf32>
    %92 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%89 : tensor<1x2x8x8xf32>) outs(%91 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x1xf32>
    %93 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %92 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.divf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %94 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93 : tensor<1x2x8x8xf32>) outs(%78 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_65 = tensor.collapse_shape %94 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_66 = tensor.collapse_shape %transposed_59 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %95 = tensor.empty() : tensor<2x8x16xf32>
    %96 = linalg.fill ins(%cst_0 : f32) outs(%95 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %97 = linalg.batch_matmul ins(%collapsed_65, %collapsed_66 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%96 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %98 = tensor.empty() : tensor<2x8x16xbf16>
    %99 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x8x16xf32>) outs(%98 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_67 = tensor.expand_shape %99 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %100 = tensor.empty() : tensor<1x8x2x16xbf16>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<1x2x8x16xbf16>) outs(%100 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_69 = tensor.collapse_shape %transposed_68 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %transposed_70 = linalg.transpose ins(%cst_33 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %101 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_32 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_69 : tensor<8x32xbf16>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_70 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %104 = linalg.matmul ins(%102, %103 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %105 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%101 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%104, %105 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%106 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_71 = tensor.expand_shape %107 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %108 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_71, %32 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %109 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<1x8x32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<1x8x32xf32>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %111 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %113 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %112 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.subf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %114 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %113 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.mulf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %115 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %116 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %117 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x8x1xf64>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<1x8x32xf32>) outs(%23 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_47 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_42 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x1xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %119 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %123 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %121 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.mulf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %cst_31 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.mulf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %cst_30 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<1x8x32xf32>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_72 = tensor.collapse_shape %126 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %127 = tensor.empty() : tensor<32x64xbf16>
    %transposed_73 = linalg.transpose ins(%cst_29 : tensor<64x32xbf16>) outs(%127 : tensor<32x64xbf16>) permutation = [1, 0] 
    %128 = tensor.empty() : tensor<64xf32>
    %129 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_28 : tensor<64xbf16>) outs(%128 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<64xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_72 : tensor<8x32xbf16>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %131 = tensor.empty() : tensor<32x64xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_73 : tensor<32x64xbf16>) outs(%131 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x64xf32>
    %133 = tensor.empty() : tensor<8x64xf32>
    %134 = linalg.fill ins(%cst_0 : f32) outs(%133 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %135 = linalg.matmul ins(%130, %132 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%134 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %136 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%129 : tensor<64xf32>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x64xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%135, %136 : tensor<8x64xf32>, tensor<8x64xf32>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x64xf32>
    %138 = tensor.empty() : tensor<8x64xbf16>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%137 : tensor<8x64xf32>) outs(%138 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x64xbf16>
    %expanded_74 = tensor.expand_shape %139 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %140 = tensor.empty() : tensor<1x8x64xbf16>
    %141 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_74 : tensor<1x8x64xbf16>) outs(%140 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %262 = math.sqrt %cst_3 : bf16
      %263 = arith.divf %in, %262 : bf16
      %264 = math.erf %263 : bf16
      %265 = arith.addf %264, %cst_2 : bf16
      %266 = arith.mulf %265, %cst_4 : bf16
      %267 = arith.mulf %in, %266 : bf16
      linalg.yield %267 : bf16
    } -> tensor<1x8x64xbf16>
    %collapsed_75 = tensor.collapse_shape %141 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %142 = tensor.empty() : tensor<64x32xbf16>
    %transposed_76 = linalg.transpose ins(%cst_27 : tensor<32x64xbf16>) outs(%142 : tensor<64x32xbf16>) permutation = [1, 0] 
    %143 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_26 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_75 : tensor<8x64xbf16>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x64xf32>
    %145 = tensor.empty() : tensor<64x32xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_76 : tensor<64x32xbf16>) outs(%145 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<64x32xf32>
    %147 = linalg.matmul ins(%144, %146 : tensor<8x64xf32>, tensor<64x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %148 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%143 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%147, %148 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%149 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_77 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %151 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_77, %126 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %152 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<1x8x32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %153 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<1x8x32xf32>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %154 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%153 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %155 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %156 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %155 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.subf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %157 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %156 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.mulf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %158 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%157 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %159 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %160 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<1x8x1xf64>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %161 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<1x8x32xf32>) outs(%23 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_47 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_42 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x1xf32>
    %164 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %165 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %162 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %166 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %164 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.mulf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %cst_25 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.mulf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %168 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %cst_24 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %169 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x8x32xf32>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_78 = tensor.collapse_shape %169 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %transposed_79 = linalg.transpose ins(%cst_23 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %170 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_22 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %171 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_78 : tensor<8x32xbf16>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %172 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_79 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %173 = linalg.matmul ins(%171, %172 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %174 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%170 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %175 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%173, %174 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %176 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%175 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_80 = tensor.expand_shape %176 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_81 = linalg.transpose ins(%expanded_80 : tensor<1x8x2x16xbf16>) outs(%59 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_82 = linalg.transpose ins(%cst_21 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %177 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_20 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_82 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %179 = linalg.matmul ins(%171, %178 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %180 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%177 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %181 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%179, %180 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %182 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%181 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_83 = tensor.expand_shape %182 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_84 = linalg.transpose ins(%cst_19 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %183 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_18 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %184 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_84 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %185 = linalg.matmul ins(%171, %184 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %186 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%183 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %187 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%185, %186 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %188 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%187 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_85 = tensor.expand_shape %188 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_86 = linalg.transpose ins(%expanded_85 : tensor<1x8x2x16xbf16>) outs(%59 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_87 = linalg.transpose ins(%expanded_83 : tensor<1x8x2x16xbf16>) outs(%72 : tensor<1x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_88 = tensor.collapse_shape %transposed_81 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_89 = tensor.collapse_shape %transposed_87 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %189 = linalg.batch_matmul ins(%collapsed_88, %collapsed_89 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%74 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %190 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189 : tensor<2x8x8xf32>) outs(%76 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_90 = tensor.expand_shape %190 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %191 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_90 : tensor<1x2x8x8xbf16>) outs(%78 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %262 = arith.mulf %in, %cst_48 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x2x8x8xbf16>
    %192 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%191, %45 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%78 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x2x8x8xbf16>
    %193 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%192 : tensor<1x2x8x8xbf16>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %194:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%193 : tensor<1x2x8x8xf32>) outs(%86, %84 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_105: i64):
      %262 = linalg.index 3 : index
      %263 = arith.index_cast %262 : index to i64
      %264 = arith.maximumf %in, %out : f32
      %265 = arith.cmpf ogt, %in, %out : f32
      %266 = arith.select %265, %263, %out_105 : i64
      linalg.yield %264, %266 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_91 = tensor.expand_shape %194#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %195 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%193, %expanded_91 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %196 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%195 : tensor<1x2x8x8xf32>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.exp %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %197 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%196 : tensor<1x2x8x8xf32>) outs(%91 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%196, %197 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%81 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.divf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x2x8x8xf32>
    %199 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%198 : tensor<1x2x8x8xf32>) outs(%78 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_92 = tensor.collapse_shape %199 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_93 = tensor.collapse_shape %transposed_86 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %200 = linalg.batch_matmul ins(%collapsed_92, %collapsed_93 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%96 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %201 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<2x8x16xf32>) outs(%98 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_94 = tensor.expand_shape %201 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %transposed_95 = linalg.transpose ins(%expanded_94 : tensor<1x2x8x16xbf16>) outs(%100 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_96 = tensor.collapse_shape %transposed_95 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %transposed_97 = linalg.transpose ins(%cst_17 : tensor<32x32xbf16>) outs(%46 : tensor<32x32xbf16>) permutation = [1, 0] 
    %202 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_16 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %203 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_96 : tensor<8x32xbf16>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %204 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_97 : tensor<32x32xbf16>) outs(%51 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x32xf32>
    %205 = linalg.matmul ins(%203, %204 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %206 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%202 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %207 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%205, %206 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %208 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%207 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_98 = tensor.expand_shape %208 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %209 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_98, %169 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %210 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209 : tensor<1x8x32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %211 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210 : tensor<1x8x32xf32>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %212 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%211 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %213 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %214 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %213 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.subf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %215 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214, %214 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.mulf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %216 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%215 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %217 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %218 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<1x8x1xf64>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %219 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%210 : tensor<1x8x32xf32>) outs(%23 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %220 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_47 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %221 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_42 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x1xf32>
    %222 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210, %220 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %224 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %222 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.mulf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %225 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %cst_15 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.mulf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %226 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %cst_14 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %227 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226 : tensor<1x8x32xf32>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_99 = tensor.collapse_shape %227 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %transposed_100 = linalg.transpose ins(%cst_13 : tensor<64x32xbf16>) outs(%127 : tensor<32x64xbf16>) permutation = [1, 0] 
    %228 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_12 : tensor<64xbf16>) outs(%128 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<64xf32>
    %229 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_99 : tensor<8x32xbf16>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %230 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_100 : tensor<32x64xbf16>) outs(%131 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32x64xf32>
    %231 = linalg.matmul ins(%229, %230 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%134 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %232 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%228 : tensor<64xf32>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x64xf32>
    %233 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%231, %232 : tensor<8x64xf32>, tensor<8x64xf32>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x64xf32>
    %234 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%233 : tensor<8x64xf32>) outs(%138 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x64xbf16>
    %expanded_101 = tensor.expand_shape %234 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %235 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_101 : tensor<1x8x64xbf16>) outs(%140 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %262 = math.sqrt %cst_3 : bf16
      %263 = arith.divf %in, %262 : bf16
      %264 = math.erf %263 : bf16
      %265 = arith.addf %264, %cst_2 : bf16
      %266 = arith.mulf %265, %cst_4 : bf16
      %267 = arith.mulf %in, %266 : bf16
      linalg.yield %267 : bf16
    } -> tensor<1x8x64xbf16>
    %collapsed_102 = tensor.collapse_shape %235 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %transposed_103 = linalg.transpose ins(%cst_11 : tensor<32x64xbf16>) outs(%142 : tensor<64x32xbf16>) permutation = [1, 0] 
    %236 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_10 : tensor<32xbf16>) outs(%47 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<32xf32>
    %237 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_102 : tensor<8x64xbf16>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<8x64xf32>
    %238 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_103 : tensor<64x32xbf16>) outs(%145 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<64x32xf32>
    %239 = linalg.matmul ins(%237, %238 : tensor<8x64xf32>, tensor<64x32xf32>) outs(%53 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %240 = linalg.generic {indexing_maps = [#map12, #map], iterator_types = ["parallel", "parallel"]} ins(%236 : tensor<32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %241 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%239, %240 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%49 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.addf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<8x32xf32>
    %242 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%241 : tensor<8x32xf32>) outs(%57 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<8x32xbf16>
    %expanded_104 = tensor.expand_shape %242 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %243 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_104, %227 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_105: bf16, %out: bf16):
      %262 = arith.addf %in, %in_105 : bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    %244 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<1x8x32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %262 = arith.extf %in : bf16 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %245 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244 : tensor<1x8x32xf32>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %246 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%245 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %247 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %248 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %247 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.subf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %249 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %248 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%11 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_105: f64, %out: f64):
      %262 = arith.mulf %in, %in_105 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x32xf64>
    %250 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%249 : tensor<1x8x32xf64>) outs(%14 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %251 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<1x8x1xf64>) outs(%13 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_46 : f64
      linalg.yield %262 : f64
    } -> tensor<1x8x1xf64>
    %252 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<1x8x1xf64>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %253 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%244 : tensor<1x8x32xf32>) outs(%23 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %254 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_47 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %255 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_42 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x1xf32>
    %256 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255 : tensor<1x8x1xf32>) outs(%21 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x1xf32>
    %257 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %254 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.subf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %258 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257, %256 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: f32, %out: f32):
      %262 = arith.mulf %in, %in_105 : f32
      linalg.yield %262 : f32
    } -> tensor<1x8x32xf32>
    %259 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258, %cst_9 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.mulf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %260 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %cst_8 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%9 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_105: bf16, %out: f32):
      %262 = arith.extf %in_105 : bf16 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<1x8x32xf32>
    %261 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<1x8x32xf32>) outs(%3 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %262 = arith.truncf %in : f32 to bf16
      linalg.yield %262 : bf16
    } -> tensor<1x8x32xbf16>
    return %261 : tensor<1x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_19: "0x02000000E23C2BBB3DBD67BDD5BD6E3D3F3ED8BC55BE81BD283DEBBD783D6C3DACBEE83C8D3D9CBD203E093D923D403D7DBD063CA33D96BE783E25BD843D2C3E30BE5ABD",
      torch_tensor_32_torch.bfloat16_18: "0x02000000903F603F973F923F753F803F6F3F5E3F823F5C3F943F8E3F693F6B3F603F543F773F683F7B3F853F813F883F713F5A3F6A3F893F843F863F613F8A3F6A3F8C3F",
      torch_tensor_32_torch.bfloat16_17: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_64_torch.bfloat16_1: "0x02000000863B353D853BDDBC8B3B823ADC3CB63CE73B183D48BCBEBCB93C9FBCD73C52BB06BB0EBD86BC45BCBDB9F7BC65BAB0BBDFBC9BBCCA3B203D02BDE2BC58BCC1B9733B353B113B793BFE3B87BC8CBCC63C06BD233D9FBBBC3C38BB0F3D133C67BC533C7DBCB5BC9ABBF8BBF6BC923CFBBB173C1F3CC5BC6B3C2A3DDC3BA63CC7BCFF3B093CAD3CA3BC34BBEF3C03399D3C65BB08BC6BBC043C50BC3B3CF2BB013D6E3C09BC4BBC32BD63BC4E3CA7BCC8BC23BBA139A5BC8DBC923CC43C8EBB1DBC453C3EBC8ABCD13B8E3C2A3C30BC0ABC3ABCE73A653CD73C96BBF23B09BC863A7CBB13BDBDBCF43AE6BCB8BCC03BC0BCC8BADA3BA1BA85BC29BA1FBA27BCBB3B66BD9F3CBCBB30BA0BBDCDBB3A3DB13C65BCFA3A0DBD08BD08BDCFBC683C23BC073B86BCD03BB03C083D0BBD3B3A0C3D003D66BB56BDE43C9FBBB4BB19BC473CC6BC8CBC2CBD0B3C0DBD85BA2CBC03BCE93B93BCADBA77BC293C0F3D43BA57BD8C3C86BB113DE5BC18BC89BCD5BC87BC53BC93BC5EBC943CA73BD33C8BBC80BC1FBCA3BC653C353C993C69BB773A64BA933CCF3C53BDE4BC6DBCD33A0B3C3A3C35BCD63CC73AD7BB1FBC6F3C2DBDD2BCD1BB303CE73C0DBDBA3C95BC293B69BCB4BBA7BBE2BCE43C8C3BD73C113CDDBB27BD2C3C9C3CB1BB56BC083DB4BCEFBA873C813C69396FBCEB3B7E3B3F3A34BDFCB924BCA4BC19BDF5BC1DBD31BBF93B5ABC673CDA3C85BB393BFA3CC23CF5BC86BCA73CB8BC97BCA73B77BC293D1A3D5CBC4A3CE43C283C19BD363D713CD8BCD03C3EBC3F3CE9B9DC3C203D12BC0FBD063D6ABA09BC833CCD3A54BC05BDF13CA13C723C60BC1ABCACBCC7BC82BC063C2ABC833C3DBCBE3C5D38A8BB90BB7FBC63BC163DBB3CC0BB57BCEA3C9CBCD13C863A52393ABC173CB43C993C9C3BB9BCA4BC183C933C863CFA3C4D3C95BB6EBC88BC4F3B7BBCBABC9FBB11BDD23B273D7F3C12BDA7BC9FBC8B3B693C48BB993C713CCEBC54BCC03C8F3C813C163D75BC67BC133CDDBBBE3CD03B693CC53B15BD883BFEBAD73CE5BBC9BCC43C4ABCA13CA33C9E3BE93AACB7993B263CDABC8BBC533D51BDACBCB23B34BC91BC6DBCCD3C143C13BD0A3C273C983BB33CEEBB903A913C313D14BC17BC89BC883ADB3A06BC7BBCAD3B793C613C4EBCBBBC263C6ABB01BC323C623CF53BCE3C0A3D94BC663C303C33BC55BC60BC013C24BCBE3B113D10BD92BBA33CB63BADBC003D4EBC393C16BC8DBB8F3CBCBC903C283DC03B043CCD3CFA3BDE3C52BCFC3CBFBBB2BC02BDACBC60BA44BCE93B2F3C21BDBA3A5D3CD23B0B3DE0BAC5BB25BC45BD2C3BAFBBF6BC653C03BCACBCD7BB1ABC233ACDBC953AB639D53B82BC933CD8BA61BC553D443DF63C5A3CAE3C13BBAFBBAABC8BBC053DF8BA883B1A3D51BB0E3CAABC843CA2BBA3BCEDBB663C8F3C4DBDA8BC99BBE83CA4BC23BD08BDFA3CEA3C7EBBC63C883CACBC87BB85BBE03B613DF9BCF6BC863BF63C473C793B81BA81BC3F3CAA3C95BCDB3CEB3C1E3DB43A8FBBC63C0CBD22BDF03C773A4ABB8CBBC03C7CBC563C9CBA863B6F3CCF3C04BD9E3B9CBC0BBB08BA773C7ABCA4BC92BCA83B19BCD0BC813CB9BC2BBA863CBA3CF0BC493C293BBDBC6C3A153DCCBADB3CC0BB15BC9E3C17BC623CD43CDA3BB8BCD13BA33C0BBC03BD793C82BC9FB71D3D5BBCD73BDD3C813C813D5CBC55BC4B3A76BCF63C303D253D833A1FBBC1BC3DBC81BCF8BC8E3CF83B8A3CD6BC59BA973BD2BCF23C973C623C753BE0B84CBC05BD2F3CDA3C62BC28BCCFBBB7BC5BBC443C7E3C563C0B3DC3BC253D61BBE8BC783CE7BB32BB0E3DD7BCCEBC1CBCFFBC9B3C9A3C9ABCAFBC963C58BB97BCBD3B50BB903C583C74BB103D663C083CCB3CA5BABABC90BCA83C113C04BDE43C51BB7BBCD2BBC8BC92BC823BCDBBAC3BC7BB173B0D3A423C8EBCB9BB8EBB193CE6BCBABBFBB9D73C0BBCEA3A803CC63CA9BBBCBC71BC913B693CA4BBCD3C79BC113CD93B6BBB5FBC99BACE3BD43CF7BCCA3B283BB9BC133DC2BCA3BBA1BCAEBCB9BCAC3CF8B9CBBCA13C5C3BEE3CDF3CD33C57BB3EBCA8BA253B323CD4BB3B3C973B9ABC73BB47BCE73C693CE33CC13CB63C5ABD0E3DE93CAE3CDDBA70BC953B5DBCB6BB0ABD5A3CC53AD2BB0BBD45BB83BB85BB7D3BBFBC203C20BC5B3B493C753BECBCB93A853C2CBC84B9F63B93BB8F3C2A3C323C083C4CBB653A1F3C60BC033CC0BA433B783CAB3CE8BC3A3CB8BB75BCFDBBBABCB43CC0BC093D6CBC3C3C9A3C893C56BBBB3C0ABDA4BAF9BB28BC453C0DBC9FBC8ABB8DBC9EBCBABC843C0FBD043D17BC5FBABEBB993CBB3B363DE4BC713C8D3C13BCD8BCBD3CE7BC1E3C533C2EBB5FBB88BC1F3CD33CA7BCC7BB663C8A3CE43B87BCB43A063BF03BC5BB16BD96B70DBD723CDA3C33BD05BCAD3C59BBB3BCDFBCDF3B013D173DF43B8A3C843922BD5ABD093C90BC9939ADBA19BCE03C1C3CDA3B1E3D99BCA1BCC43BB2BB383C2ABC993C483C423C31BC78BC49BCA53CC83B7ABC203B02BC973B19BD393C5DBDC3BBBEBCBF3CD03BBCBB8DBC8C3CA7BBF6BC7E3C26BBE93BF0BC323CF0BBC5BC8B3C7D3C673C4ABC9E3C413C99BB743B113C433C8A3C3D3CE6BC283C0A3BB0BB9E3CA83C1C3C03BB093DBC3C09BDC63C4EBC83BC40BC81BD91BCB43B11BCFC3BF53BD9BC833C0EBD923C61BCECBCA03C953C1A3DD23C24BDB9BB1EBD0A3DD33AF8BCF2BB633C373CC7B91D3B67BA913C5FBC573C0BBCF23CA93C8ABC23BD28BD15BC9DBA8C3C67BBBDBC6ABC78BC9C3C493C1BBC56BBA83CAA3C443B37BD5EBCB63BB73919BD1F3C2B3CACBB9EBB913C673D653CADBC88BBA1BB4F3B5BBC7F3C123D243C943C5E3B883CBF3C05BD1C3CB83CE6BBDEBB003D473CA23CCF3CEB3CCCBA71BB8C3C35BC883BD0BB86BB16BD1FBC3CBC9A3C34BCBA3C9ABA82BA48BC52BCF4BB5DBC5E3A08BD0DBD143AF6BC553D1C3DAABCB53C81BC1CBD023C583B883974BB9C3CB03C2E3C9F3CC63C5ABDD13CCE3B6C3CAA3BFDBC293C9EBC3F3CF4BCD93BDA3BADBC36BD0E3B97BC693D2DBC0BBD6EBC853CF2BCBF3CCA3CDF3BC1BB8F3B243CE33CE5BA7FBCAF3C8D3CECBC21BC5B3CBD3B60BC723B023CDCBBA03CFB3B643C2B3CC23CBCBC9BBC13BBB3BB163BCCBA7C3CA9BCAEBC00BD0FBDC73CD9BBB53B253CA1BB90BC95BB103B23BCC73CA0BB7A3B763A4B3AC43CB43C14BCA33BAC3BDBBC183D553CD6BABC3C03BD8E3CCA3A7C3D4BBC97BBE93C5CBCCABAA1BC05BDBABC9E3CDE3C843C0BBD7ABC9B3CD93C15BDC53C2D3A3A3C98BB8B3B173C04BD1F3DB5BC97BBCC3CE3BB4EBB0C3C8C3CF53CA1BC0BBD3DBB6FBC05BD1F3BBFBCD33B42BC813C333B363C193CA13CEE3CEFBC1F3DC3BCA73CA6BBD43C30BD4B3C89BB6BBB48BC87BCBE3B083C44BC2F3C9B3CEEBC3BB9A73C473D11BDD8BBF03AB33BEFBBB63BE2BC64BC1FBD5B3B053A83BC783C503BBA3CD53CA9BB93BCD8BC7D3B71BC1D3DA93C9A3B173C063DB3BB2CBDAF3C3FBCB5BB1EBD9A3CEB3C353C4B3CD2BB24BBCF3B973CE73B50BC4C3C43BC223C48BCCFBCD93B11BD08BD37BB87BC09BD8D3CC1BBEBBB65BC8A3C8CBCB43C433C233C733CA5BC8EBB0BBC133DBFBC07BC383CA73B1A3D07BDAA3C92BCBA3C333DE7BCD1BC83BCA33C753B11BC933CA1BB91BCA13CE13C1DBC303CE1BCAEBC9A3CF43CB7BCAD3915BD2E3B8DBBBCBC303C24B9653CEC3CAA3C923BD13CE73C5A3C91BAD1BC813BC3BC11BBED3C86BCB7BCA6BCFC3BEDBB9ABAA83C843C4B3C97BC06BD17BD263C09BC6BBB8F3C29BDF13A2C3BAD3CB6BA133D94BB673C52BCDA3CCA3B8FBBA6BC58BA093DF4BB8EBCA53C7FBC1A3D2B3DAB3BF13CB1BB3D3C823C543BF2BCAD3C0D3C0B3D853B943CF1BBD0BB95BCDA3C24BCF03B413928BDC43AAFBCDB3B693C643BA73C0ABD6B3C70BCBE3C8FBB4A3C343B913BE1BB973BA93CD8BA4E396C3B1F3DEA3C543C5D3D22BD853CC03CACBC03BC5A3C543CC4BB85BCBE3C78BC6D3CB23B98BC86BA47BC4CBD82BC7BBCE8BCD83BF03CF5BCF9BABC3BEA3C90BBBD3CBABBA7BC513C443B0FBCF4392B3BA33AD13BC9BC88BCA63C1BBCD03B4139003C0FBC11BD6D3B163CA3BCDABCD0BCF93B8DBA6C3CC43B603A183CEFBA9B3B2DBC58BCE5BC5BBC5BBC5B3C253CF13B1BBA013C0BBDC0BA1D3CDD3CB3BBB43CCBBCE33BFEBBF53B20BD4FBB393D9CBCAD3BF0BCE7BB38BB943C8FBCAF3C323C1C3CDC3C12BD1EBBDA3BB2BC68BC8FBCB039D2BC20BCA3BCC7BB9ABB89BC7EBC7ABC1D3D0FBBF53C82BCD7BC423C783B4BBCEB3CDC3CE8BB65BB67BC7ABBDF3B433C6FBBEC3CAD3CC33B3A3DC6BBF1BB64BC8CBCFC3CFC3C1CBCC6BC9C3CF0BBA53C2E3C1B3D1238E0BC80BD02BDA63CA43CAABAF73C3A3CD3BBDEBBFDBC1E3AFB3B413B85B8D7BAAFBC023CCA3B753CEE3A12BC92BC24BB4A3CB5BC42BCAE3C073C04BD683C21BDAFBC303D853CA73B853C42BBF0BC6FBCEE3BF6BC9FBC50BCA53C0F3CEFBC013D0F3D263BF2BBA63B90BB40BCC13BA43C8F3BCEBCC9BBDABB833C43BCC53B9ABC193CD2BC333D0D3C5EBC1ABDF9BB03BD89BCBBBC58BC1B3CD63CBBBBC2BBC43C31BC353C75BC2CBC02BD163B92BC04BDFC3B653C143D3CBD2E3C24BD73BC233DD6BC2FBBAC3CB6BCC23CBA3C3EBCB4BCA0BA97BC27BDF6BCCF3CAABCDF3A77BC4EBB9C3C2DBC193D123D33BD05BC0F3D01BDEBBC723B01BDB0BCFA3C103B7F3C07BDB63AF1BB4BBC10BC12BCA43B34BDECBA3CBDCB3C8B3B2F3C283C9EBBD83B9FBB22BD70BC43BCB6BCD03CDB3CDB3CF939B73BE0BC523CDFBB2BBC0E3CA1BC6ABC4FBB023B033B8EBC28BCAA3CA0BCC6BC14BB673C68BBB63BA73B8BBC7C3C983BCABB61BB2DBB92BC1EBDC13CB03CBABB7ABCF83B07BC743C65BCB1BBCC3B94BB713725BCAB3B2DBCCE3BED3C883C8CBD0BBC17BD32BCFABB2E3C013D3A3BD33B00BD033D0DBC73BC863BBDBCF73C063B843C363C983B493CC7BCB8BC71BC01BC72BC6F3CB3BC17BBE5BB123C2EBCAABB043D723BC6BCF2BC13BD043DB63A073D273DC83C9B3C1EBBC7BA2FBC643C7D3C61B9243DED3A99BC9EBCD23BA43C04BCA5BC6EBCDEBCB83C96BB84BCC6BC9C3CFA3C2EBB623C1C3CB13A03BD4EBBA4BC203D66BC9B3C7ABC1DBC82BC99BBA73CA5BC10BD863BEEBC6A3CAABCCABC1E3D49BC443CD7BCE53C56BC443D813C4ABC83BA9BBC3BBC1E3B023DC23B6F3C14BC873B7C3B05BA96BCA73B14BC88BC04BCCF3B59BC1EBD51BC5ABC3DBCEA3CD2BBA538913C39BC19BCF33B0DBCE53B173C9F3B6D3DC63A1F3DF03BD0BBFCBCE73BC83C48BB593A24BBC43BCE3B9C3B4F3CE6BC21BD033CE1BC0F3D203BF7BCACBCCC3CF43C823C9B3C0F3C3B3BD33A34BC103D1B3C313CA53C00BC15BD83BC34BDD63CEEBB73BB203D603C133D83BC6A3C8FBB7FBCC83BDABC0D3A873C5ABBCDBC71BCABBCC13C413D823B033C08BC7F3C47BCC33C5A3CA23C853C653CE03B89BC62BDA93CE2BA5A39E1B7073C033D053D92BCD63CE4BC013B83BB7F3B86BC3C3C06BBEE3CFEBCE2BCB7BB17BD75BCD9BACE3CEA3C1FBC603C71BC11BB5E3D763CBD3BAF3ACA3B34BDD9BCD33C883CA63CB63CA03CB73BBF3CA1BCCFBAD5BCCD3A24BCA13C5EBB963CAB3C3C3C1E3DB1B9E8392EBAADBC7F3B283B7ABB8CB99CBC843C703AF83C2F3D843C3BBCB0BCBABC663C41BCB6BC86BCC33C063C173A63BBB7BB6DBCA13C19BBAD3BCEBCDABB873C",
      torch_tensor_64_torch.bfloat16_1: "0x020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_64_32_torch.bfloat16_2: "0x02000000FD3A23BB213DBCBCD1BCC9BCB1BC7CBC4BBD9BBC46BCBABC3FBD24BC52BD95BC82BC56BDBE3B613C0EBDF53B6E3CAF3B1B3C11BCF73A54BC8FBC943C6F3C5BBCAEBCB0BCBDBC993A993C093C6A3CBF3C173CB03C1C3C3ABCB13C7B3B373C58BCA73CDE3A08BDD13BB3BC21BCCBBB0F3D083CEBBBC4BA96BC16BC923C5B3B0ABD5DBC21BC79BABFBC173C773C6FBA4BBC93BC0DBDA13C84BB5FBCF53CB8BCDF3C763C973C083D8D3C7DB99EBC363C87B962BB1BBC933CD23B6EBCD43CBF3BFBBC2F3D88BB15BD753D0E3A093CE4BCB9BAFD3B183CA4BCD1BCDD3C85BC5A3BC5BBF738D33B2A3AB83B32B8C5BC053D5C3C8A3CF53B8D3C923C2CBD77BC0E3BE53CE73B1F3DAABC1BBC8B3C073DF3BC143D00BCE03C873C1CBD003D40BCDB3CC83C4E3D223CF5BC033D253CDDBB9ABCC93C20BC453C753C563CABBC93B9A93CA13CC43C183C6FB939BDA33AD13B453DC5BC9C3C0EBD803C3A3CD7BC1F3C93BCB4BA5EBC0ABBA33B03BCB53C14BB153C62BBC53A14BB243CEFBC043DA6BCFD3CB4BCD6BCA2BCD83C093CFF3CD9BAB5BCAD3CDF3C03BD2A3C52BCE13C923BF3BC1F3C673CA9BB1E3DB23CA33AC33C4CBD293DC83B1EBD993CD33C9DBCBF3BB23B83BB5ABDE6BC63BCC8BB0C3B8BBCD6BBC7BB9D3C0D3DABBC84BC723C443C803C85BCAF3A023B00BD38BC8B3BBA396E3CC0BC313C87BCEEBB483BA9BB4BBC4DBB5D3C683C73BC363C213CEEBC21BCA23CC2BC3FBCF0BC1D3B993C1FBB913C453C31BCA5BC3FBC0B3C81BC50BA0ABC2B3D6ABD59BC6B3CAE3BFC3C8CBC0BBCBA3C693C9239C0BCF03C10BD89BC79BBD0BAA9BB4F3CBD3BA2BC133D55BC1C3D7D3CC8BA6B3C09BCFDBCD8BB43BC86BC593C183C103D79BC22BDCC3CA0BC8FBCA4BCD8BC593BE83C82BB94BC033C5DBCA9BC893C213DA6BCB93AC53C26BD123D55BCA03B5ABC173C4F3A433CD2BC85BBC2BB20BCFF3B24BB98BC0BBD5D3CF03B3CBCA0BBE4BC9B3AD8BC8CBB0EBC943B043B2E3D9C3C393BD9BCAD382D3D813BD13B97BB853CCA3C3C3C8ABCA8BC3B3CA8BCC33BB13B5D3C823909BB0D3D3BBC15BDC0BCA5BC2DBC0EBD55BCA83CB4BBB53C253CE5392DBA14BBEE3B473CA4BB573B713CDB3CADBC1A3CADBA15BCCEBCA33CE73B1E3B293D2E39AD3CAC3C203B4DBCDA3B873C613B20BC9ABB9BBC303C7B3C1CBCB83B9ABCD6BBC63B473CF4BB3D3C4D3CA53C8BBC473C73BC5DBBB4BBDB3AC13C0F3C87BC2EBA183B343D193CA0BCD6BC953C433C773C7D3C54BC803B85BC1CBD383CC63910BD08BC9C3C12BD613C083DE6BBA23CC33CE73C6B3C943C30BDD2BC1F3C443CEFBC323C203D1ABD8ABC0ABCC8BCB6BCC4BCDB3CBDBC2ABCC9BB25BD8D3C053D8C3C19BCACBC3ABC903CECBCF83CE4BB1FBC423DD8BC943C0A3C3B3CCFBCACBC5FBC3FBC16BC4EBC49BCB4BB9E3B2BBD2CBCA13C2CBC29BD473B9BBC683C9A3B253D2DBA9EBCAD3CBF3CFDBCCEBC1DBC683BE3BCD5BB2EBBE73CBD399D3C11BCECBC21BDCDBC6C3C303C9D3C143D3E3D893B6ABCD33B37BCFCBB6A3C363CFBBBD43848BC69BA12BA41BBDD3B83BC893C743C873CB03BA13C03BD2FBD0CBD61BD5B3CBDBC17BD093D4FBCE5BCA13C98BC25BC593C61BCB2BCB63B173C493B53BC3F3D05BD5E3C883CF5BCBBBB5F3C84BC203C423B913B50BC44BC4C3C77BC84BCBABB083CD1BB8FBC983C453D4ABCE4BB87BC053C2BBDEEBBE3BCBF3C5D3D89BCF3BC8CBC74BB4BBBDA3C0CBC153B23BC903B5C3C91BB913BE9BC653D0F3C12BC113C0A3D2E3C9A3C7F38FE3A013DB33B98BCEF3C0FBCACBCA93B55BC99BC1C3B82BBC73A8DBADC3C37BD03BCD73B8DBC9ABC98BCC13A013DC7BCED3CA73C933ACA3CE2BB32BB2DBCB1BB03B81F3D43BC2D3C823C96BCBABB44BC513CF93CF63C043DD0BA9C3C0A3DA63C00BDE4BC8BBCC1BB35BBB7BB803CBC3A9D3C873C97BA15BC623C8B3C12BC463B8DBC63BCDD3C58BBAC3BC3BC103DB9BC18BD4ABB28BC91BC813C34BC43BDE23BE4BBEABBE6BB953C39BD4EBC82BC403A46BDEF3C8F3C083CFD3B113CBABC42BC203D893BDA3BC1BCBEBCA23B70BB0CBD833CDC3C433C0ABCB43B7F3CDFB9F13C17BDED3CF2BC8ABC98BCB53B0A3C8B3CE93BEABBB1BCDEBC033CF33C613C133DB63CD63C3EBC24BCA0BC7DBC89BC4F3C94BA1B3DC4BB8FBB29BAE23C17BB683C81BB6C3C093C1F3CFF3C71BC9D3BC1BCE4BB0D3C10BC873C753C9D3BDD3BA6BCD83C3ABD20BC843D0C3B2E3C903BE83CD6BC29BDC3BBF5BCCB3BE63C1B3D0C3C523A333C0BBC0ABCC8BB65BCC5BC163CC63C913C16BC243C74BCF4BCE7BA403C6ABCEBBCD43C15BD143C44BC733D2B3CE1BC503B39BACFB9C33CB4BCFC3B873B833C55BCB7BC263CA3B9423D8E3C6E3CF6BB243C76BC81BC1EBB8CBC87BCFE3C3ABA18BB5C3C233D2BBC45BCDB3CC23CBEBB6D3CB43CEB3C023B7B3CC53C9A3A1FBB873CDB3BF93C91BC583CE93BA5BCC23C8CBC30BC06BDDCBC65BCF7BCF9BC243D51BD023C083C053CE8B984BBB5BC02BCD33C8EBB383C96BCCFBCA03C723C903CC23C51BB24BC303C11BBBD3CF53CA4BC543930BC853C063D523C31BD3CBB6EBA203D79BC783A5D3C643B25BBB83C16BC543C61BC0CBC63BC733DF93B473CD8BA3BBC96BBA63CE9BC3A3C883C91BC7D3C033DC93C04BD183D8A3C75B920BDAC3C813AB6BA043D5B3C663C37BA0C3CAF3CC03C8CBC1F3CE53ADEBC903BAABC373C033D98BCBB3C4ABCD6BB82BC2FBCECBC223B92BCA73CD7BB3F3D3ABD033D2EBC6CBC14BB88BCBF3B14BC203C4EBB0A3C5FBD04BDD33CE0BC113B933CCABCA03CB7BBE9BB05BD10BCF13C33BB2DBCE93BDE3CCE3C683B8DBC04BC5F3B9F3ADFBB193D00BC90BCF03B85BC373B5FBC383C87BCBCBC293C0DBD19BCBB3A4CBBD53C9DBB153D743CD83CD13A9ABC95BCB7BC27BD6CBC823B49BCEB3CB63B4C3CBA3B603CA63CC9BC053CE9BC89BC603C8E3BA93CCDBBC73B74BB263D903CF63B40BDF93B153D843B693C283C9A3B5B3C023D81BC7D3C6B3CC03BC0BCCCBC60BCF43C84BCB73B6ABD08BD1C3BD83BAEBC473BFF3CD83B81BB2EBD2E3C99BC393A063D2A3D17BBE53C913C70BDAF3B563B5A3D37BCFC3BE0BC183CC93C15BC98BC93BC8FBCB83C383C5D3CFBBCBF3C1BBB423B9FBAAA3B733C87BBB03B023DF83CBB3C49BC523C0EBDBB3A583CCDBBA3BB5C3C78BCA93BA4BC7A39F3BCA5BCE83A0BBD773CD03C6D3CED3C3AB923BC023B24BC0ABD233B073CED3C85BAA8BB7E3C573CD93BD6BAF73B67BC833A2BBD23BCDE39403CDEBB3D3CF63B34BC193C243C813C8ABC5CBC71BC0B3D233C1B3C5E3DE0BC9ABB20BD333C9EBB143B33BD143C77BC0EBC73BCF5391ABC5B3CF53B59BB1C3C2CBC86BC53BCE8BB8739A33A7B3B083B67BC9E3B48BCBBBB00BBFFBCB93CEC3C383CAB3BBABBAC3C1E3CA3BC393D07BC1A3D673CF23B54BDAA3CFD3B5D3B063D293D4A3D79BC8FBB1D3D343DCEBC413C16BD093C753C87BC993C85BCB9BC213A1C3C1CBD18BD4BBC773C5F3CF2B919BDBABC763BEF3C2A3BB9BB4BBC8C3C983CAC3C473C9E3C053BC1BCDB3CD93B67BCE03CAB3B64BC10BD1E3DFE3C0DBC1D3C173CD53C5C3C2D3C2BBDA73C053DE83ADD3B1C3D35BC1FBC263C853A983CC43CA5BA503CC23B45BA903C70BAA73B40BB5D3C0F3C14BCBEBB203CDEBB9D3CE63BD8BCC13AF3BC14BA193D5FBCCEBCCBBB82BC84BC213D9D3B55BA7BBCF4BC613C3F3C24B955BB3C3B823C9BBB443C963C2ABC0F3DB23AE0BC663ACF3AB13C9D3AFEBC393C8A3C11BD563BBFBC453B94BCE33CA33C5F3C1CBA0EBD123A983CB83B513CECBC7C3A9DBB943CFCBB033B843CFBBB773B763C2C3BEC3CC2BC2E3C9D380CBC8E3CD0BB2FBD9ABCBFBCCEBCBDBCA8BCCDBA19BC67BCA03C4E3D02BD223CB63B47BB8DBC053CB93A1B3C79BC1E3C43BB5FBBC3BC603CBF3CFA3B2CBDEA3B22BC02BB84BC22396AB937BABB3A16BB90BC98BC613CCB3C4BBD6F3B1C3CEB3C81BC923B43BC943B813A673C04BDEC3CD13B9C3C953CD4BB82BB30BC60BC07BC073B633BACBC71BDA93CA33C98BC053D1D3D77BCE8BC1A3DACBCBB3D70BB6EBB1DBCAE3C533C34BCD03BC53CA43CE9BB30BBC1BC9A3B8ABB9EBB213CB23B903C86BC96BC7B3C25BC6D3C223C7A3CFC3B093C143C64BCC5BB5FBB303CF43A90BCFF3C86BB903BE8BC6D3C2E3C06BCD23C673D13BDA83CA6BC4BBCCCBCDE3C153C66BC2E3C9EBC2B39063C133C11BD8DBB1BBC593ADD3BCD3CC1BBCBBC51BCDB3B80BD16BCB03B50BB18BC943CE5BC34BD0CBC7D3B13BB23BCE6BCE33CD43C7ABC3BBCF53C8FBC5DBCDBBC05BD233CB83C1DBC493C723CE9BBB8BB273DF2BB0FBB003DFFBBCD3BAB3A0ABD27BB02BD17BD993B1D3B183C16BDAFBC433CF8BC403D0CBD113C08BC88BB673D5C3C19BDA3BC6B3C3ABC693C913B82BC29BCB7BAA43C64BB20BC0EBD2EBD2C39BABC8BBB273BF2BC803C55BCC63C3E3CE13B81BB1DBC02BC1CBD6FBCA73C9C3AE4BCCEBBDDBAD0BAA7BC0C3DE53CACBB913B19BDF33C8F3B99BC323CBBBCD9BC0B3CBE3BDDBCAA3C58BBE63CCFBC173CCE3CCD3A943C9D3CEA3CE2BB9EBCC1BB9BBB0CBC17BC0A3C1BBC363C3FBC3F37893B953C103C9FBCD53BC3BC263CF2BCF0BC913AD73C32BB90BCCEBB913C2B3B5D3D98BCBCB704BCD2BC33BDE83BEEBB303B05BCB9BC243BA1BC3ABCD9BCC4BCB6BA09BC2A3DA03CF13C90BC693C24BB443D1EBAC53BD73CEB3A873B013D9ABBD3BC323D4ABD20BB123C8DBC063D37BC0B3D283D4EBD453CBD3C1FBC02BC9DBADABC973C70BCE93B10BA8D3C51BCE53B25BC453C61BC033CCDBC3CBBA1BC65BBF6BAAEBC6DBC3CBCF23C09BD1EBC573CB6BBBCBC833B23BC8C3CDABC023C2FBCBC3CC1BB4D3CE13C763BDDBB103C9C3C533C2C3CB73CE4BCEBBB513D583A1FBC4A3B3E3CC4BC463C42BCFA3B083C2CBDC63CD4BC443DFE3BCABB1EBC45BCF13C1D3D3B3C5ABBF9BB8A3CA23C50BCC73AA53CFA3C9C3B533B793A8E3B593B9F3BCFBCEC3C9FBBA8BC4F3C5CBCE8BC99BBE43BE9BC4EBBFCBCD7BCD33B08BD25BC22BC393C4F3C0CBA3EBCCDBCCDBA0C3C5E3D04BD5E3C7CBB6DBC36BC083DA9BB053C0B3D19BD42BD073C153B193DDB3BD13B42BBE9BABDBCEABC58BC943C893CBA3A0EBC273C9A3BEF3ABABCD63A7F3B6F3B7EBC89BCB1BB623CFB3B31BC0D3C833C55BCF9BBC83B05BC9ABC683CB83C02BCEFBBCC3CE43BFB3B1A3B4DBC373DC7BC21BC543CF4BCB63C0F3DBD3CC1BC99BC65BC863C1F3A3CBB903B7ABC70BC273D36BC81BCA43B68BC6D3C16BDB6BC913C013C73BC5CBDCEBAC2BB893C09BCA03CC03C2CBCFBBC57BB323C443DD1381F3BF8BC09BDAC3C833B583CAE3C7A3B99BC8DBC873A2C3D87BCEE3B6C3CE13B0EBD9F3C01BDC0BC1E3CE8BC853C763C10BD26BDB4BC1E3C943C853BFA3A5ABCAD3C01BDB83C4F3C043D6CBC433CAD3A073DB1BC0ABDD2BC823C4C3C17BD10BC873B013D2ABBC23C1A3C06BCD93C4A3DC6BC58BC20BC21398B3CC33A353CEBBB2FBCFFBC953B44BC363C793CFDBBC33C843C703B6A3C7D3D29BCAB3BFBBCB0BBA1BB033B0B3D043D8E3CC5BC90BC883CD8BBD53BF23CAB3C46BCA53B833CABBBE5BC91BCADBCDC3CD6BCCE3B68BB6EBCA8BC0E3D3ABACB3C803C9FBCB6BC23BC52B98E3CC23A273D74BCB63B7D3C6CBC9C3CA43C123D893CC9BCA5BC9DBC323DEC3BB0BB62BB",
      torch_tensor_32_torch.bfloat16_16: "0x0200000098BDA1BDC73B6FBEE0BD17BDD5BAD3BBA6BD683CA93DB93C043E853DF83D0B3EEABC783DB13CB3BC27BE173E043E003D953D123E0A3D903B25BEF43CEC3D20BE",
      torch_tensor_32_torch.bfloat16_15: "0x020000008B3F873F7A3F893F5E3F833F713F643F953F923F8B3F843F863F6F3F5B3F963F673F743F783F8C3F613F853F863F8C3F743F893F773F7A3F7B3F883F7D3F643F",
      torch_tensor_32_torch.bfloat16_14: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_7: "0x02000000D1BB0B3C173C53BCC43C57BCD53CFA3CAABA0E3DBCBB10BD203D87BA54BCEC3B3ABD143C253CEC3C8CBC8C3C7C3C39BCBC3BE93C8DB9FE390C3CEF3C623C443CB0BCCDBC4936A83A493B01BDD83CE03CCE3C963C753C3A3B803C663CB23CE43CB2BC28BC95BCE43B30BA353CA4B986BC5CBC15BCFF3BC63BD83CF93CD43CCABA9FBC6A3B563C673C2E3CBABC66BA3B3C41BDF7BC98BCAF3C7C3C013DD4BCFD3C06BA3C3C033DCB3CEBBB0DBBB53C3CBC40BBAA3BEF3BE73CA1BC80BCEABC283CB33C863CD33C6BBD22BD2ABD8DBCC1BC3D3DC73CFC3B013D0EBCB83CF8BCE93B033DA8BC8C3CB13CB73C603CEF3907BCBFBB31BC91BB013C683C5D3CF83CAF3AD2381F3D2DBB4B3D87BCADBB2A3C48BB813C343BB03C41BC973BFAB9013B30BCCEBB65BA553C88BB63BC243CC4BC223C0E3C9FBC88BC363C3A3C3E3C533C3C3C8A3A4BBB63BC22BA33BC823C6ABC00BC0E3C12BB333BE23C0A3B5E3CAB3CD8BB28BDA2BC06BCC23BFBBCDA3AA53C323D0B3CD93CC3BB0D3D7ABC853C023D023CA13C0DBC55BC62BCF63C30BDD03A703CB4BCB7BB173C50BDD43C723BE03A563BB33B5DBCE9BAB2BB363C66B92ABB0B3BD8BC6EBBD63BBE3CF0BCCF3C6D3CFABA213D58BB3DBC27BCB23C613C0A3C2ABCB23B08BD0D3D62BC983C12BC84BC3F3AD8BB2EBC38BC60BBF83AD43C863BD43CD4BC0EBDC13C393CED3C9F3C093D1BBCBABB89BC813C04BCDBBC273BA1BC913B8EBB353D03BC1DBD45BC0E3CAB3B2E3BF53B883B13BDDBBB1B39CC3A813B093C07BD663CBF3C74BC9EBC1E3D2ABCD03C31BB83BCBC3CB83C10399D3C4E3C0ABCAFBCCA3C213C75BCA43CE1BBBFBCE9BCDABBC439ADBBA73A68BCF2BC203C623C913CA73CC03C6EBC5E3A9B3C833C06BCB8BC52BC973CE2BC7DBAA53C99BC213CBD3BC33BF6BB86BB153CCBBB7BBCE43CE4BB0EBCEF3C9B3C91BC50BB093DC63AE83CBD3A923C1B3BAD3C91BC833C3CBCAC3C46BD0EBC413B0DBD10BAD43B81BCFB3B9B3B9EBC1D3C81BC1EBC41BC3F3CA63C783B7DBCE73B88BBDC3C613C9D3C4DBD043D713CB13C0B3C67BB333BAEBC59BC12BD85BCCDBB02BD703C64BC88BC09BA6C3CBE3BF9BC13BCF13CDF3C0A3D4E3B3BBCBD3B4DBCC8BC533A313CEEBB59BBA2BC8B3CCEBAD1BC59BDB93C27BCBB3C253CBBBC2C3A833CFBB92EBC1F3C01BD14BC5A3C243C02BC4E3CF13CE03C81BA8ABC8BBC94BC1FBC10BD303B04BBCC3C05BBEFBBBF3C57BB85BC173B123DCE3CC43B443CCDBA213CE03C6A3C883CCF3C7F3C453CFD3C393CFCBCC63B393C16BD54BC113DC13C8F3C82BBDBBCDB3B99BC443C3C3C01BA0F3DA4B9193CACBB80BC65BC47BC00BD853C8CBB993BA13C91BA8EBD843BC03CF2BCCE3B273CCCBB373CBABC38BDF5BB0C3DEE3C4EBCAC3C71BC913C82BCF83B47BC163D62BB96BBC23B1E3D11BC5FBCBE3B3E3C1E3D2B3D3B3A093A383DD83CC3BBEA3C39BBBC3ABEBBE7BB19BD433C0ABC283C07BD83BCA5BBA93C22BCCB3C71BB27BDD73BAC3BA53CE8BB26BDF73C66BCD13CAE3CAB3CF03B7C3B10BA29BC6D3C853C7A3D173DA63CCA3CBA3CA03CE33B673CD43C313CF3BA5E3CC63C2E3CBBBCBD3CBB3C053D3FBC5A3B48BC493C233C95BC99BC303CC8BB44BD733C52BC103D833C4FBB823B8C3CD6BBB73B97BCEEBBA6BAB3BC82BCA63C17BC2DBCEB3CA1BCED3CB6BC14BDF5BA31BB5ABD70BB0EBDE63B00BC623C1CBBD83CA8BC9539C13C9F3CC13CA8BAF63C353C02BD8DBC0BBC78BC933AB53C093D053D80BA523C4FBD3F3D043CB23CBFBB09BC613C433BB0BA1CBD23BDB6BA29BDF9BB7C3B093C953CA9BCE93C9C3CA0BBE53C39BC05BC8B3CED3BB83B0E3D2E3D34BCC23C9BBBB83C1BBD7ABC42BCFCBBD93C9B3BC43C92BC3B3D51BBB3BCFB3CD33BD83B3C3CF73BE1BBD8BB263CEB3B323CCF3B6DBB993CEB3A503CB93C213CDC3B893C973CA0BBC73CA4BCC0BAA4BC8D3BFC3A763CDABB903BE1BCA4BBD93CF2BB01BBBD3CE0BBD13CDE3BBCBC5ABB32BB38BCC9BC923CF53CACBC73BBA8BC023DBA3A1EBC21BCF43CDF3A9ABC1A3DF53C1EBC55BCE4BCAA3BAD3C68BCB83C2FBDE9BC52BC9EBC5A3C3BBCC23ADF3C0B3DA6BC17BD0EBD3BBD6DBCA3BCA7BC4D3B803B95BCB63C2ABDDA3BCE3C253CD2BBC4BCFB3BB2BCA63A0E3C05BDD5BB763B33BB18BD1CBCA13C9A3C47BC3FBC79BCB03C783B263DD03B323C513C2B3DED3C8FBC203D9B3B8BBC0FBDB23B1EBCC93C74BC893CF23B483C8F3B233C22BCD93C913C39BCA5BC2D3B8FBC01BD08BC293D3DBB423CF53B07BCF13AB03C913C873CC7B96EBC37BC9CBB153C28BCDCBC0B3C9D3AB5BBD33C253C5F3CFBBC503C833B98BC66BCBABCA03C313C81BC563CDDBB67BC053D8BBC8FBC69BC733CB13C393C9DBCAEBB293C313A0B3C12BC2A3C97BC323BC83CD139A73CA13C01BC10BD1ABCB83C47BC58BD26BB51BC9B3A2E3C2DBD56BCC73B06BCDABC0A3C903CA4BC99BB93BAA1BC863CAABC6B3C5D3CA6BC02BB083B4BBCBA3CB53CB0BC24BB8ABB8FBCEF3A1CBC823CF63CEA3CCD3A5F3B38BC2A3B893B46BB513B97BCCCBCE23C9BBCC53C763BE0BBE4BCA7BC6FBCE6BAB43C28BC523CD03C643CC839E63B10BB933C21BA18BCF6B95E3C123C833B053DC13CFC3B243DA83B32BD273BEABB92BBEA3BF9BCF83C403D7D3B4EBC5CBC06BD163C043C243D393B95BC733CE1BC343DA4BC18BC17BDBE3CDA3C6DBCAB3C4A3C86BCB5BBB6BC1EBC8F3B663CC63BDD3C58BBCF3A65BC313D86BB72BB9F3B193DC63B87BCAEBC9ABC27BC17BD473B823C03BD31BC643DDA3CA33AD0BCC83C303CCDBCB33A5E3C833B463CE2BBEABCA1BB6ABBAEBCE5BCF53B9FBCC43B3B3C",
      torch_tensor_32_torch.bfloat16_13: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_6: "0x020000009C3BCFBCAF3C353B34BC4C3C3EBBF5B9A4BC23BC22BCAF3C423C88BB97BAE9BC223CD8BC51BB91BC44BB5FBBBF3A543C973C7BBCAC3C18BCECBB2ABDBEBB273B3E3C01BB133C113D27BD8DBC0D3CC33C6A3C023B9EBC443CF13C923CCA3C1A3D5EBBFB3C48BD18BC2B3C193A353BD4BC0ABD683CD2BB293CFEBC11BDA03C6E3C00BDDD3C313CCA3A90BCCABCCFBCACBCA63CE83C15BCBFBC453C44BBD8BB413BB23C643CA1BBFEBC4CBAD13C673CF3BC01BBBCBCBDBB2C3C3BBDB2BB08BCCDBCA6BC233D02BACA3BB33C333C283B4BBC6F3B8FBCA2BC603C93BCC63CD9BA913C8E3C843C02BD8EBC323BF53C2A3BA9BC0C3C33BCA23BF73C81BC873B3ABC9D3A8B3BEE39993C48BCA83CD9BC2BBC25BC4BBBE3BCE63A3F3C9E3C063BCFBB6DBC9FBCF5BB1EBD373D18BB57BC80BC6BBCBABB733CD83C04BD17BCFB3B35BCCC3B98BC433C7FBBA9BC8B3B1FBB5F3C843C93BC213CF53BAFBC113C23BC1F3BC13C793C16BCEE3A78BB883C073D0F3C653CB83C923C03BC55BB90BC91BBC3BBC2BC593C423B563B043DA1BC593CFB3C273C0C3D343C1CBDB3BCD9BB2DBC0B3AA73C023DEBBC423C5EBC5339853DFA3B4DBD17BD3B3BE5BCA13CA03BB037533CA33B813A23BBAA3C95BB0FBBE23C6BBB613B34BC8F3CBFBC6A3AEA3CA13C3CBC5CBCA2BC00BDDB3B343D6BBB7B3BD3BCC23C01BD0A3BD5BCD1BC96BC153D22BD863ABBBCE63CA5BCA13B363C3F3C8CBB29BD4BBB0A3B8D3C213BC03C1D3C7BBBBE39D63BEEBCF53A793CF43C1DBCA6BC25BB943C283B6ABC1F3CEE3B573C42BC29BCE13C493C9ABB86BCAEBCBA3CCDBCDD39453C94BC8F3BA83C2CBB453CE23AAABB0DBCB63B543C1DBCC0BC8ABC673C3ABCE7BC01BCD73C11BDF1BC63BB3BBCA93B9F3C403C16BC4B3C373D423CECBAD33C173BA53A2F3D013D01BC0CBCAE3C133CA93B1C3B03BCE73BC6BC45BC6EBCAABCC3BAB7BC8ABB49BC913C473CB83B043B72BC103C013DBF3CB13ADCBB423CB03C21BC17BD383C713D81BB573B1C3C293C2F3DBA3C15BD333BB9BCA2BC983A463CFF3C0E3B39BBDEBB92B9A63C1BBCCBBCA4BC713C55BCE6BBB93BD63AD6BCD83B323CF23CD23B94BBC8BC6A3CB53C9D3C8BBC9CBC00BD973CE1BC0D3D2BBBA3BC633C083BE3BA83BC983C7B3BD8BAA43C5E3C2B3C01BAAABC5ABD033AF6BCE03CAC3C50BA7F3C6D3C2DBD55BBA53C3DBC63BC1E3C383BD4BC31BCAFBC99BB963C4D3CCFBB44BC8AB78ABAF03C0E3C9EBCF93B3FBDC63B963C48BC30BD2DBB82BC69BCFD3C213BB1BC31BCFF3BBA3CA3BCEA3CC93B92BC3A3C6EBBBA3CB33C1C3CA3BC3E3CB7BBE43C4DBC1DBD363D8B3C6EBC0A3D6DBBA93B20BCC33C85BA08BDFC3C3DBC2A3CB73CE13B60BC4EBC133C473C9ABC2ABD283CEFBCF9BC993C243C92BBCCBB08BDD13CF8BCA73C863C65BB9E3C0A3C083C44BD43BDBFBCC53AD8BB273B30BCC63B2C3D393B4A3D653D463C1A3DA6BC073C1C3C3E3C57BCA33B423BACBB673DE63CF93A213C8EBCEC3C2E3C173C40BDBE3C0ABB863CFA3BDDBB8B3CCE3C08B9B3BC363DB0BC3DBCE53CE1BCCBBCCF3B4C3C493C023D003CBC3AA13B23BDE2BC5FBC04BC333B73BADBBC143CEFBC15BBE13BCB3AE3BB90BBBDBB8CB954BD283C1F3D07BDF33BD3BC603CB63BED3CC0BCF73B5C3CDCBC963C113B1ABD91BCC6BC0BBCBC3C893C60BA783CB53CC73B193CF43C76BA5DBDAEBC4CBA233C413CF4BB1ABBAEBB183CDBB8043CF1BB05BDEE3C213C0BBD3E3C7ABC123C2A3C32BCBFBB06BD2B3D583A3ABC4BBC44BC2539493C57B9B7BCA73B5BBCB73BEDBB423C0FBD0E3CFCBB833A29BC70BCA8BB8FBC96BCEB3C3DBB843B39BC81BC6DBBF7BCFFBB1DBC9BBC1BBD31BCCEBCAF3C073DD0BC303CAEB9C3BC3CBDD63CD5BAFBBB1A3C82BCCB3C1F3C943CC4BC5E3CFA3B07BC1F3C32BDB13CFB3C9D3C6F3C543BADBA3EBDD7BBB6BB113CAB3B29BBD3BC883CE7BB273DCCBC2B3C063D123DA73B9A3C0C3BE0BC1D3DA43C133C72BCF93C483B763C0FBC1ABCAA3C593C243CCF3C263D583C17BD18BB0FBDB63C2F3C3A3C2E3D943C5CBD0EBD43BBEF3C4B3A94BC3B3C343B11BDE2BC083D17BDF0BB41BC35BD063DCFBA95BA3CBC02BD3DBC2D3CE7BCDC3CCD3B94BC563B8CBCCFBC07BD863C05BB2D3CEEB7973B823C8CBB183C803C2ABD9BBC38BCEDBC2FBCE6BB073D2C3D073C203C7DBBC5BC1D3D16BDBA3AF13B68BC3F3CEFBCB6BC89BBF93C22BD5C3C633C043BE33BB13C913AA63B4D3CD9BCE23B713C103C763C203C72BC7DBC9B3C0D3C17BCF23B153C2C3B4CBC5CBC533BACBC4C3C513D833C20BC833C873CE03C90BCDD3C073D65BB973C9D3CD6BBAEBB3D3DAE3CD6BC073CF33BFFBAD0BC8C3B05BCB0BB31BBA73C963C9EBC04BDD0BC8D3C0EBD653B8E3CBA3BC43BB7BB013D8E3C48BA843C50BB9D3C11BC1FBB6B3CA1BC6E3C013CE239E9BC0D3D2EBC03BDD93C9B3CD9BCB93C613C28BDBE3C6FBC43BC98BCC13BAD3CE73CEEBA843CDB3CDD3CADBA873A7DBCD9BB80BC12BCF3BC703C3ABBE33CA7BC8EBB88BC2EBB0A3D07BDD13C51BC22BC5FBB40BC453DB7BCF6BC98BC50BC323D28BAF63C6DBCFB3C023AC23C25BC013BEBBB38BBD23CE7BCA2BCF83C283C033D4F3ABA3C36BC6FBBC9BC613CE4BC523C69BD1E3C623C04BC50BBA3BBAC3B053DF23C96BAC23CF53BBA3AC93CB9BCB03C3ABB3FBBED3C563C27BCB4BC7D3CE33CAA3A1CBC35BC003C2B3C57BC113DF0BB4EBC40BCA83B4EBCC03C273C43BC24BDB8BC133B8ABB03BC1BBD1C3D34BBBCBC40BD613A90BC863C14BB02BB0F3D99BCB4BB1FBC433C0E3CE73BF9BB473CFFBB4FBC863CB03CFD3B013D11BB8C3C873C553CC03C",
      torch_tensor_32_torch.bfloat16_12: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_5: "0x020000009CBC90BC0F3CD9BBD5BCD83B3DBC25BB823C253C73BD823A5EBC03BC8CBC82BBB6BCE0BAEE3C863B83BB48BCBD3A1DBDD43B5FBC953C633C813C263D1E3CDCBCA6BBEEB9C23CB8BC503C123CE0BB14BC6D3CB93C343CAFBBBF3CB33CC0BA88BC103B223C78BB98BCB93B853B6B3C4A3A08BD1ABD31BAADB9443D14BBE83C7BBB4E3C6CBB513BC43CB03B27BDE4BC103DCF3B733C503C89BD9439CABC19BCBDBCFDBBBABC3C3C9B3C1FBC9C3DCC3CA5BC6C3C103D97BC74BCA6BB5FBC613C153DA7BCEABC00BCC63A403DB8BC91BB4C3B953C0FB9E43CA4BCD8BC9FBCBB3C0BBCAA3B353D0DBCB23BC2BC4ABC14BDFBBC3B3B06BD88BC2339653BEA3B0EBCA43CB13B253CB43B8A3A8C3D0BBB993CCCB60D3C06BD6F3D40BB2C3A8DBB923BD8BC1A3DEB3CF53BCABC90BCB6BBD9BBF53C5FBC12BDC63B983C7D3CECBBD83C823C5EBC2A3DA13BE9BC5CBD3DBC22B9C93BD7BB693B50BCF43CADBC913C0A3CDE3B983CC83CE93C1DBC7A3C0BBDDEBB2ABC0EBDB43B953CFB3BA63A043C83BC923C73BCCD3B293C00BD14BC46BC1FBD86BC003D3CBCF5BCBE3CF8BA833B693BE33CA93C0ABC5BBC6D3C9E3BA33C3A3B85BAABBC853C733A90BCBCBCD3BA80BC813BACBAACBB3F3C993CA4BCB93B4A3C833CC1BAD8BC82BCB13CCE3CBF3B4FBC80BBDA3B243D0A3DAF3C6EBC2C3DB3BC16BD74BC34BDBDBC7E3CDC3B93BA313D0BBD013DF93C843C63BC5DBBACBC4ABB733C12BD113C01BB2FBC423BF13CDB3B3BBBF1BACCBBE3BBD93CC63C28BC053C16BD853C6ABB4D3B013DBE3CC23AF8BC60BCB03C99BB35BB653C3F3CF23C26BC413C48BDAC3B5FBB70BACF3BEC3B813BABBC8CBCB9BCB23CAD3CAC3A18BCE7BCED3CEB3CC2BCADBB19BDC5BC88BBA4BC1DBC07BC123D55BC0B3CF5BC13BD1E3C633C63BD86BBEC3CB1BC993C423832BC92BC23BBFCBC8C3C813C2F3D0DBD91BCB6BC5BBCBBBC11BDFBBB08BC4DBC053D013C8F3CDE3CDCBCA03BE5BAA0BB863C323CC93BC0BC86BC053CD23BBBBCF0BC9C3CC3BB0C3C80BDA03CCE3C883CDEBC22BC0EBCC8BC0EBD653B8D3CCB3B8EBBC6BCD4BC3ABC82BDA73C0ABC9C3CAABBD4BBBA3BA53C4B3C5D3CB53CC73C48BCE1BC23BC8B3C533DFDBB38BC5EBC8DB9BF39173C6ABCEEBAB33C92BCDABCC13BB83CA0BC463C0DBD0FBA52BD5A3D05BC02BDB73C0D3CA43C41BDF8BC4D3CB23CEABC12BB9B3BE1BB953CE43C81BC8B3A64BA1DBD7D3B6A3C95BBCCBC1F3B78BC28BB2C3B9DBC983C253D81BBBA3B133B703CEB3C5CBBD2BCE1BC9BBB24BBD6BB8A3BFA3C1D3DD33C87BB67BCC73CE13CCABCAF3B843CA9BA9D3B923B4F3BCEBC82BCE6BC8ABB8D3C21BC353D24BB20BCC6BC5A3C28BDC23C2FBC86BC6FBB3CBB01BD533CE43B62BB9F3C1B3C913C8FBC28BD10BC40BDCF3B0CBD18BC65BC99BC643BD1BCF13C5ABC21BC703CABBC913CF53B7ABC033DFF3B5E3C32BC27BD0D3D163DDDBC913B3F3DEDBCD53AD73B7C3CF4BB51BC1F3CB03CDEBB6CBC1A3D54BDBC3A05BD893CCABB48BBC43A4B3DD6BA3DBDE5BBB63B6F3B25BC9FBC2A3B1A3C94BCFD3CBBBC393CD1BA853CAF3B443CF6BB023CCEBBF5BAA03CF2B992BC92BC61BCCBBB8F3CB53CDD3B7D3C73BCC8BC0ABC9D3C4B3C4DBC193CCDBC00BD2639DABBDF3B573B123BDFBCE9BC923CE5BCAD3CF03C17BD9BBA333D033DB0BB193C9B3CEC3BAABC33BDE1BA2C3CB1BC02BC60BD1D3C1E3DA73BAFBC923CC23C32BAB73B093DDDBC933A63BC25BD9B3C153C563C8EBBCD3C053DF23B22BD5ABCA7BC27BD35BC003D62BCCD3B21BBD1BC5E3C253DFFBBC83B533C87BCDF3CB83B14BD76BA80BC513C903C5E3CB0BCB5BC2B3CD03C3F3CB73C8DBC07BDB83C0ABD303C01BD20BC01BC8D3C43BCEABC4C3A843AF53C97BC3D3B02BD29BCFB3A79BCC5BC8EBC2FBB02BDB1BC6EBC973C4F3C13BCE539B2BB933C01BC36BC6839AABCA43CFC3AEF3B963B163DA1BC35BCDCBC3ABBE7BC96BC6B3CCA3C58BB143DBF3CE4BB823BEABB62BCB73C22BDAEBCAB3C7ABC8F3C2F3BB53C3C3BA9BC533C15BCA9BB75BCD03C66BC50BBC23CD5BC13BD49BD90BBA4BCA2BBBEBC8CBCEEBC5BBCABBC3A3CA43C043D1BBAACBC72BCAD3B333C61BC22BB843C42BC9E3CA33C343CA93C28BCE4BB4EBCA63CB2BCF03C1CBCDE3B253C903C1ABC8DBC533C323D603C893BBEBCB13BC13BC2BC19BC133D223C313B4B3C9ABA5EBCE0BB84BC1638DABB963C863AE1BCA9BCCC3B41BCABBC933CE3BB563C84BB64BC06BD0DBD813AC13C9A3C173BDCBC87BBCCBABC3CF33C88BA84BCA9BCF7BBCBBBBF3C153D973C323C913C0CBCDCBBE9BBFBBAAC3BD73CA7BCAABC5C3C08BD9A3C6BBB313CD5BC0B3CFFBBD33CC73C1D3C0BBD20BC20BCC73BF73C4A3C07BD91BA78BC71BC7CBC9EBC403B7D3C373C80BA4E3C373C9CBC1EBC7FBC4E3C703C4CBCFDBB543DD83BCBBB0ABBB83C41BB28BC0D3DDA3B9DBC8E3CB13CE43C10BB1E3CF43BBF3B9A3C28BBE53CB7BBA2BB483B70BCF8BB913C1DBCAABC68BC233C2FBD1B3C46BDEF3B2E3BB13B1E3BB2BBABBC91BCD93C3EBC8FBCD53CE5BC863C45BC89BC713C67BBD23B7D3C6E3CDFBBC4BB143D213C86BBD03C94BCD73A94BCA3BB79396BBC94BC973CDC3CABBC77BCE7BCF8BC3BBCE73CED3C583C8A3C10BD57BC873C3DBB25BD11BD9F3B93BB2BBC56BB063783BB3FBD02BCF6BA8A3C9BBC9A3C973C3F3CDB3C303B05BD953C713C363B313D3CBBB4BB89BB36BCA4BC13BC04BB743CF8BCA9BC70BC253C2B3D79BAD6BB32BDA3BC0B3DFC3C6BBC473C7ABC9BB9043C8BBCC63CB7BC86BD70BC9A3C0F3D47BBAA396D3D07BD593CB4BBD73CEABC6BBC85BCA63CAA3C3B3C72BB",
      torch_tensor_32_torch.bfloat16_11: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_4: "0x02000000A23CEDBB973CB9BB5D3C96BBC9BCABBA2EBC18BDC0BC02BD92BBF5BC8E3C2ABC9D3BFABBEAB9C1BC43BD023DA03CBC3C22BC0E3C8FBC293BC03B01BD4A3B11BB123D2C3C97BCCABC0EBCD73B7E3C96BA773CE1BBB3BB3C3CCB3CF73B9B3CA93CCCBA0D3B9D3CCB3CFD3C15BB0EBDD83CAA3C8DBCE3BA01BD31BC6E3CF43A36BCDE3C6CBBAFBCC4BCE83C93BC4BBB97BC98BC77BC053CF9B9D43CFBBC2BBA11BC253C5ABBB0BCF9BCD33AC4BCD83BC8BC693C27BC92BB90BC87BA34BA053CE63BCBBCA8BCC3BBE9BBC4BC79BD9FBBC3BAC9BA80BC363BDE3CEBBB953C063C34BCEB3B5B3B8B3B8D3CCAB8183C93BC1E3D62BC0DBBD73BC93C33BC4ABB0E3BC63B893C66BC09BDF6BCA03C593CF9BC77BC8D3D1B3DC03CD03BC3BC94BC903CD53C993C863D61BDAD3C513C87BB2ABC853C3CBC42BA10BC653C9DBC11BD38BB0EBBD8BBEA3BEABB83BC0A3C18BB3FBBD3BCFCBBAF3C113DD6BB64BBBBBC21BDC7BBDFBC23BD18BB233CAD3C423CF0BBDD3B00BD483A483DC0BC9BBBC53BCF3A8DBCFDBB143C9B3C0DBDB5BB8DBB7DBCB93AA3BC43BBC6BC8AB93A3CDABB043D923B3C3B5BBCE7BC1D3DBCBC58BBA0BCB4BC7CBC283C253CAA3C38BC31BCA4BC0CBDC6BC9EBB8A3CCD3B90BC6C3BE63B78BB6E3CB83CE53B6B3C283C0D3D31BC123B3F3C923C51BAE43C7B3C413D26BC0ABC833C053DD03B0DBC68BCF7BBC03C73BC8DBB81BC413D1C3C9A39BB3CD53C06BD31BC2ABC79B9C6BB133BC83B083CDABC923C55BCEFBB4EBCADBCAD3CF73C81BBB63C663C20BDC4BC793C1ABBA0BCF03CDE3B8C3CA2BC28BCABBA2D3CCF3C9BBC2ABD16BD08BD77BC063D183CBF3C613C613B973B84BC4F3B363DCA3C43BCCABA08BC953C82BC52BBF2BC843B0C3D013CCA3C373B1F3DE1BB37BCB7BC15BB903B983C683CF43A0CBCA93C3F3C44BCB5BCF0BB2F3C1F3C9BBC3ABD69BC46BBA63C023DCE3C533D013C40BCE73A3F3B58BC0ABD213C813B86BC4D3C813B133DB7BB1BBC373C30BC98BCEFBC2C3DE73B20BD933C3D3C5FBD663C95BC873C563BB73CE2BB053C77BCE0BC23BD273D1C3C333DAA3C1A3B72BC28BC6F3CBEBCC33A893AD2BC203CB53C2D3C74BB29BD21BCC83C90BA143D10BD1EBD933CD63CECBC6DBC9D3A13BA9DBB84BBD43C81BCCE3BEFBBA6BB1F3D3A3D19BD48BC313C36BC953CBCBC8B3BEE3C1C3D7B3B82BC47BCD8BC15BCD7BCA2BCF83C583CC8BB84BC69BC803B17BD2DBD8CBCADBC61BD85BC84BCD7BC92BC533CB13B743CF1BC2BBB85BCF5BCC23A10BD673CEA3B02BC52BC73BB06BC963BE6BC98BCDA3CC13BA4BC173C07BC3D3C403C983CBD3C61BC10BDAB3C70BC14BCF63AD6BC6E3CDB3C9CBC343CC73C8DBC123BF0BB733CC83C463C0CBC803C613CA73B0EBC773C9E3A233C763B353B543B833C01BC7EBCF73BF1BC0F3B29BCD03C2FBC473CAABC8FBC06BDB43CE13A813C963C1F3C6A3C853CD33CA93CEBBCD6BCA9BC40BC863C783CDD3BCF3C3FBC85BCD8BB4F3CB93C05BDF3BC913BC6BC393CD8BCEF3B2FBC3FBC953C2FBC113C66BB2E3DAF3C22BC03BCEE3C83BC18BC4DBC283C843C823C80BC023B8ABC08BC45BB1C3A1C3C90BCBABB57BCB33A143B88BB873C5BBC513B78BADEBCA63C3A3B12BB043D703C873CDE3AB13C833C3FBCA5BBD73BEA3B21BD193D9B3B9F3CF2BAC03A14BD3CBC0A3C92BB563C03BD0C3DE73CABBC343D36BCF43A2DBC3EBB96BA123D03BCE53C2CBD433C5F3D133C07BC9FBC3ABC20BCBA3A703C0A3DBFBCD63AA7BB6CBC9ABA753C213C523DA7BCFDBB503C03BDD63CD0BCEBBC4D3BE6BBABBC24BB77BCDB3C223C023D4F3C513C933CD5BC0CBCF13C183BD6BC833CAFBCD23B443B9FBC313D64BC6F3A203D0FBC7C3B5C3DF53B24BBC4BCCB3C9C3C5B3B753C4BBD87BA413CAABAF03B07BC943C693C043BC43CF0BC053C333CE43CCDBBAA3B73BC74BCBB3BFCB983BCA13CCF3C103D903CF8BCC3BBD9BCE63CE43B40390F3DBEBB12BD14BC183D963B98BBAD3B973C50BA2C3DE43CB5BC30BDA93CA2BB2EBCB53C863C58BC6C3B7F3C233DAF3C04BBD83BBD3BBEBB97BB04BA20BCD03B713CBBBCB8BB05BDDD3CB13CEABB7D3905BD153DE33CACBCDABBBEBBD73C083C773C97BC633C46BDC1BB8FBC203C8FBC4A3CEEBB993B6F3CD33CDDBCB8BC86BC2BBDAFBB413CDC3C943CAFBC56BCF03B8A3CEFBCD33C0D3CC93BD93CA5BC00BDF3BC3C3C793CBBB9E43CABB95B3C233DC13C893C6EBB1ABDF33C28BDA83C993C2A3CBA3C3E3CA4BC12BA92BBD4BB743CB33CC23AFD3BA7BC76BA25BB913C05BC063CDDBC42BCBE3CCFBCA23CB73A0CBDDB3BA2BC2EBCB4BC9B3CA9BBB3BC88BB473C133D09BD90BA16BB6D3CC7BBD43C68BC26BB83BADDBCCCBC6BBCA6BCE23C323BC43A8A3C943CDE3C6CBCBA3C183C8C3C0FBC7FBC86BCD2BC873AC93CB6BA073D4F3D30BD9CBCA4BC09BC13BD233B613B213D203BEE3B263C25BC42BB07BDA63ADBBC873BCF3C2BBBBF3BDF3BFE3C14BCD83C8CBC0DBDAB3C6EBC1BBC503CCA3AF63BD0BB08BB0D3D1C3C363DAB3C8ABC33BCF2BB983B4ABC033CE43C553C1EBBA63C1C3B3FBC0A3C09B9DC3B193CA83C50BB2CBCF5BAA6BC17BD8B3C35BC59BCA83C05BBAD3BF03BC83CA53CEF3B0ABD21BC8C3CAF3BD93B33BC51BC453C953B2FBC953C42BD2F3C10BC383BDC3C123D8A3B56BC94BBFEB9D73CDBBB3E3D4EBCF63C473DDCBA20BD32BC60BC0CBCA73B803C143CD3BBB23C613CC8BBBE3CB9BC24BD293CAE3CF03CE43CFC3B0F3B8D3CC73B3FBCC23AC93C9B3CE7BCFABC9ABC60BD913CBBBC79BC36BCE33BC0BCBB3C853C88BC1C3C84BCD13B9DBC20BB053CD1BBF53B22BD103DA53B2E3D353C",
      torch_tensor_32_torch.bfloat16_10: "0x02000000B2B91C3ED93C6CBC5D3D1EBE843DE9BD783DF43DFA3D9ABBE0BDD13DAD3C493B143D023DB8BD83BD7E3D8ABC6EBD013EE43BF33D3A3E14BEB1BCC9BD13BE853D",
      torch_tensor_32_torch.bfloat16_9: "0x020000007E3F843F883F5C3F8B3F783F893F7B3F7C3F823F7F3F843F823F823F5D3F563F8D3F4E3F7C3F963F9C3F6F3F913F743F873F813F833F8B3FA03F7F3F783F683F",
      torch_tensor_32_torch.bfloat16_8: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_64_torch.bfloat16: "0x02000000753BE3BA18BC40BA52BD813C843B09BD793C113D8BBC7ABC52BC513B8DBBE33C1F3D36BC99BA9ABC1FBC3CBB84BC3C3B8FBD9FBB9ABBCFBCD33B8DBC323CB23A983C0B3C01BC86BC683B183CF7BCBC3B323AAF3CB13B073A91BC2CBCB5BCA93CE6BC99BCA53B823CB8BBCFBA0B3AAD3BD9BC893CC2BCB6BC893AB93C8BBCA0BBE33C87BB23BD163C49BCE8BB473C773D83BBFCBA94BBA53AD5BC27BB32BD063C723C7ABCC63C4F3D3BBCA9BC143C1FBDA0BCC33C9E3C4EBB07BC51BD01BC98BCC7BCDFBBDA3C963B53BAFFBB5B3BF5BC2F3C03BC833B18BA24BC81BBFBBC673C8C3BC03A103CE3BCDFBCC6BB043CC0BCB2BA28BC95BC783C9B3C0B3D5DBC9DBCAABC9DBD1BBBCB3BB43B113B76BC9DBB60BDC2BAC9BCA63C873805BD993B003D8E3A90BCFCBC18BBEA3AB23CD9BC91BCE83B1D3C2E3CF1BC8FBCBA3C0A3BA5BC543CCEBCA13C01BCD1B9D93B1FBAE3BC3CBC8B3BCD3CBC3CA6BB263C6E3BB0BAB4BCCBBC88BB08BC10BC913CD73C10BCD7BC98BC603CD23B08BCE8BB203B8CBC84BCD2BC963B12BDF13B3FBC1FBD4B3A3D3C81BC0DBC15BDC93CE63B9EBC753C02BCF73B793B52BB41BB953C8EBCBBBC18BCF9BB88BCA2BC09BD42BC4ABBB7BC453BE43C903CA53B27BC8F3BD33A993CA7BC93BCC3BB1C3D043C243D333B99BBB9BC05BBBBBBBEBCA13CF93C4AB9B23CEE3C75BCC43B21BD36BCBABC6EBC97BB403C0CBB143CFDBA8DBB8D3C1FBC2F3C15BC56BC33BC3A3B95BC6E3B8DBC8CBC9D3C2DBCE43C27BDAB3C9E3C2B3CDD3BF43BD73C92BC8EBC863AB1BCFD3B123CCC3BC83C123D3D3B193B003C6FBC3A3CF9BB513BABBCB23B743BA43C7CBBB93C123C8CBC4F3A003DE43A863C403D0BBC9ABBD63CBF3C0BBC55BBDEBC29BC963C2F3CEA3CD5BCF43C793C7B3C43BC8E3C1C3C533CE9BC3E3DC9BBD7BC183CCEBC953B7C3C26BBE73BCFBC4FBCEC3A2E3C9C3BC93CA7BC633C013C7C3B8ABCF4BB1DBC6B3CEF3C703B34BCF83B883C433C92BB363CBEBB8A3BF43BCCBC7F3AF43C73BB963B9B3CFC3BC13B8CBCD7BC113CA73C5439DA3CF5BCEC3CE03BFE3B973C583D8D3C0CBCD73CE6BC143DD93B523BFEBC25BD11BDF63C9D3CB73BD73B863C32BCABBC0CBDB83C733CEB3A08BD9839703CC8BC9A3CB1BB0EBCD03A5CBC17BDB3BC493C1F3DC3BB1A3DCFBCDE3C583B25BD223B0B3DB8BC52BCD43C9F3B57BD553C55BC65BAECBABBBCECBB4CBB8DBC98BB9A3CB33B54BD643C24BCAE3C503CFFBB123DEB3C223BAFBC00BC91BBF4BCAEBC8ABCCBBC333C3DBC803C22BCBFBCB93C4F3CEBB9493C66BD82BB91BB803C173D78BCB13C77BC053D273CCB3BF93BE8BBA8BAED3C92BA9E3C0CBC34BB423C073C3FBB9F3BEA3C1FBD993B1C3C2D3DF53C883B0ABD65BBE93A54BB51BCADBC443D02BDD3BC9FBCF23CD83B81BC913BBE3CF1BC90BB3F3D2B3D523CD0BB5E3CD9BB1E3CAFBCD23CB9BC1DBC88BA153CF6BC993B2ABB763CD0BC17BD8DBCE13C9EB841BB593CEDBB2C3CE1BC21BC6EBC4C3CB8BBDBBC613C10BB583B2EBB7B3A5B3CA03CB239BEBADEB95ABCC8BCF7BCA839963CEC3CB73C5D3CB6BBA5BC413CE2BCA4BBADBBEB3B593CCEBC433CB4BCD3BC97BC94BAEFBB483CBF3B9FBCFDBC1BBD73BC35BB09BDF7BCBA3C6DBB773B44BD073C9B3CECBB543D883B01BC9F3CC33B993CF93C853BDD3CF53BBABC2F3DBD3CF7BB16BB32BCE33CDDBC00BDE93CC03B7A3CCB3BA53CC9BBE43CDABC93BC24BCFB3CDD3CB53C38BD253DF6BC3FBCFCBC86BC7ABCC13B4C3C12BD1FBD4EBC8DBB9C3C88BC0EBDAD3B04BC883C393B0CBCA83CC3BBFB3CB1BC0E3D123C46BC103CCD3C06BCEABCF5BCAD3C0FBCFD3BA9BBEB3C72BBDBBCB93C2CBD5F3C3EBCB33C13BD93BCE6BC903C983BC03BC33C133C0C3C073C09BDDBBC0FBCE83B953CD23BAD3B593C20BC9CBB9BBC1E3D35BDCEB9C3BC333C193CAD3A0D3D973CB43CAA3C553C09BB9DBB3C3B01BD33BCFC3CD23BA33CC93BDE399BBC1A3CC33C6C3C0FBD02BC9B3CAEBBDE3B293DCEBCF7BB8EBCA63CD83B463C02BD8DBCAD3BC63CA6BC17BC16BD9C3C25BDF2BCB4BC9739E13B2ABB0F3D4D399E3CE03C633CB13C4C3B34BCBCBC1FBCD8BCBABC8A398FBB5FBB05BCCABC48BC193C5B3CF73CB5BB94BB053C233DF7BC573CBABC353B8F3C9B3C9B3AD43B07BCCF3C22BD2C3CE63BDFBC88BB8D3CC2BB823CE83B8B3C2FBB853CDE3CA03C9A3BAE3C183C06BD83BC8ABC853B6FBCEEBC1B3CA2BBBCBC913C41BDA9BBE33AA13C133BFC3C1EBBB8BC47BDAABC3ABCB2BBBFBC493BF73C04BC3CBC2D3CE9BB0F3B0BBC58BCAF3C33BBA93BA3BB01BB21BD063DB2BB083DABBC0A3DECBCA3BCDDBB24BCD6BC563B193D323CDABCABBCF8BC30BCBFBBD83AACBB4C3B283AF0BB443CAC3AEEBCE2BC3BBC4DBC2B3C99BB57BCA53B1DBAF43CBEBAC6BC9F3BA33C8A3CA0BC1FBCE13A8A3C973B7B3CD53C923C75BC433C6BBDB13B893C42BB173BB3BB9D3C1ABD31BB14BDAB3C06BDB6BBF1BA833CDEBB83BCA33C8E3A763C15BCBCBC34B9E13CF2BC5C3CFCBC723C40BCE63BE83B8D3C3F3C0EBD193C373C043D0BBD353B34BC36BA063DE23C643C653CBC3CBABCA63CB2BC29BC633CEE3C5D3CBABCB4BCE93C0EBC48BC8BBCAC3C53BCD33C2D3C563CCFBB9FBC683C39BC0FBDB9BC203CE23C013C243D8D3C2FBC2DBBDFBC273CBDBCED3B11BB83BCC93B7BBCB1BC6BBCDDBBF6BB233BC8BCE23C853C1FBD10BC5EBCABBC0A3C043C573CE13BCDBA993C743C1A3C1FBAA23C21BD86BCA5BC253D013C17BC493BAB3A9E3CD33C02BD623C123D10BC8BBC143DB33C553C953B90BC103D67BCAE3C403CBCBB513CE1BB9BBBB8BA12BD4F3C823AF43CBB3C1A3D4E3DC13C1CBD26BC823C26BDA13B88BA99BCCE3BAB3B04BB24BC103C0D3DE6BB22BC293C113DC53B93BB4E3C573CCEBCD33B65BDC23B343CD63BE23C8E3CAA3CA8BBA43CDD3C90BCD73CDF3CAC3AC83C9EBC8E3B4FBA98BA0B3C9B3CC6BAE63BD43CA9BC333D153CC53CF3BB0F3CEA3CFB3B86BCF0BB083CFCBC4EBD6CBDDD3C073C283DC8BB833B593BC63B8B3C03BC10BB53BCBB3CFBBB393C15BC1D3C2E3CCC3C2C3C563B1CBC27BCB33C8ABB47BC5D3B53BCBFBBAEBBEABC73BC29BC06BC683C9FBB3FBD27BC28BD1E3C13BD5F3C3CBC0FBCBEBB073D9D3C253DA43B1FBCB83B433CA3BC3EBDFEBAAD3CB6BC063B753C1DBCCD3CF2BA143D58BB653B9EBA75BC09BC153BD7BC07BC973C5A3ABCBC86BC63B9F53BEBBC01BC45BBCBBCFE3CA93BA1BB09BD353C5E3CAC3CA6BCBEBCCC3CAABB0EBDE73BC4BCB83C2F3D923C3B3C72BCE63BFEBC5EBC16BD86BC143D2E3C5CBCDD3CBB3B8C3A5ABC1E3DAB3C083BD43CA03CFA3C6DBB1B3D2ABCA9BC783A51BC1CBC78BCE1BBB33B9A3A3E3BBCBCB93C4F3C413C0ABDC83CA83CBF3C1DBC99BC8F3C90BB92BC20BC9F3C29BB2CBDDD3C913C0A3D55BCCD3B103DA3BC7B3CB8B91EBC8F3C833C16BCA23C003CCBBC4D3CDBBB5F3C263C6DBCFB3B74BB5CBD7CBD593C83BC7C3C18BC06BD5E3C81BB3CBDA03C0C3C4F3B513C2CBB453C1F3CAF3C01BC1C39F2BB60BCB6BB97BC613B31BD8F3CDABBC8BB5ABB31BC0DBD573D03BDDCBB063DBA3C013D27BAF4BB673CCF3CD8BBE03AA43B14B9B03B603C053C0F3CF1BC663C183D90BCBD3CD8BB923B05BC88BA003BE8BCEBBB09BCAA3A9CBA073D00BC4E3ADFBC11BB0D3CB13B58BC26BC9CBCE13C9EBB1B3D1F3DEE3BF73CBC3CBB3C83BCABBC83BCF3BC1A3D9C3C893B8B3C13BC2F3C933C093B0D3C533BB6BB79BCEDBB503B01BD1E3D13BC56BCBCBB353B6F3C01BD8DBC3E3C27BC66BB723C3CBC543C1C3C953BA33C173C363D3FBB2FBC37BC17BC83BC9EBCCA3B6DBC323D64BCD8BCEFBCE5BB54BB8B3B8B3C323D15BD603B343DDD3C923C8A3CC8BAFDBB9CBCACBB18BB60BC813CF23B7FBC0C3D423B24BCE7BCC43C98BBB83CCABCA9BC3DBC2E3C85BCBEBC7ABB4BBC86BC0BBC7FBCDBBAABBC043D4A3BDA3B2EBCD33B58BC78BCFFBB253CB4BA393C883CF6BC913CFFBA06BCF43CF5BB263CA13C11BB0D3CDDBB853947BC453C4F3C303C8C3C653B3BBCF4396EBBFDBCF8BA073D4F3C123DA3BC803BBEBBB9BCCD3C81BCCC3BD0BC6DBC12BD39BCCBB8973B753CC5BCEFBAA7BCB4BBE93C123CC9BC863C64BCB53AB53C913CA7BC033C1ABCE73C863C64BB843C86BC273B5E3C85BBCC3B063DAABBC33B3D3C90BA843C6A3B0C3C59BCA2BB19BCD63B763B953C57BCBEBB6DBCD0BC5139C03C193C95BB11BC41BD37BD81BC38BD313DBD3B7B39CEBAE93C6ABC5DBB81BB97BB8EBC77BB66BB5DBCB43C0EBB01BC0E3D9B39F63CFE3BBBBCFE3C9A3C343B2C3DAF3B62BC353D41BCD3BBEEBCE0BC023DFF3BB23CD33CBABBEB3ACABCB13C5B3CC23B0EBD1D3C12BD6B3CCE3B7BBC70BB59BC073CE73C1EBB8ABCA2BC3DBD9BBC6FBC0D3C28BDD5BBED3C2BBD49BCA1BC6E3C02BD78BB163DA13C013B7F3C663BA8BC533B1D3D193CA83BAB3C99BBDABC7C3A0FBB81BCAE3C583B933C143D013CD73CF03A863C8CBCA2BB9EBC0B3D27BC1EBC19BCFDBA40BC2B3DB4BB7F3BA93C5FBB42BDE4BBA83C5CBC5CBCD8BC1B3D7DBCF23CB43CB0BBA13BFDBC1E3CC1BADABC6A3C24BCAC3C3FBC09BC983C9DBCBB3C003CE3BCE1BB8E3A16BCC53C87BC4DBD66BCDD3C543CC53C17BCA2BC7C3B23BD513C0DBDD5BB843C06BC88BC05BD8CBC0BBCC73C39BA053C2B3D913C24BC03BB6A3C8A3C28BC40BDB53B8F3CBFB91CBBB03CCFBC8BBCEBBC6DBC7C3B85BAADBB2B3C80BB803B163CFF3B76BCF3BB40BC763C423CE43B0FBC65BCE83C8A3C2BBAD0BC9D3C0B3CCE3C91BC1BBCC23C06BB203804BD863B443CB83B7DBC433C08BCC4BBC2BA943C223CFBBB953C00BD153C14BBA1BC93BCB13CA23CAABCEC3C06BC7ABBDABCDB3A17BC56BCC1BB043B55BCA3BC673C1D3DDDB9713ADEBBCCBC1B3A373A8C3CB9BC6A3CD0BCA53C7E3DBBBAB73B393D10BCB3BC9E3C1A3D353DA93C073DD03CD3BC7A3C043D43BDA23B963B6D3CD23AC3BC76BCC7BC2F3D0B3D773CFBBBC3BB40BB4A3DA4BA86BCFA3B113CC538313CD8BC9DBC223D403C43BC193CC0BC13BA403CEBBC99BC273B163DDF3CDF3CB33B55BCEA3BAFBB1DBC3ABC8B3C8ABC84BC73BC8C3BE23CEB3B0FBDCA3C003C133CA1BC0D3C1ABBEC3BC0B9183C2E3C293C0A3D83BBE43B8F3B363920BD04BC443D8B3C743C70BA253BA3BB063B84BC4BBBA93A77BCDFBBAB3C21BC0D3DFCBB633C103B223CD3BCB83BFBBC9ABCB1BC313CE1BC12BDFABCD33C263C983C923B303CA2B7AFBB093C1BBC04BDE73C843C1C3CC9BB27BC79BC7BBC8EBCABBBC1BB15BD123DA5BC81BC02BDDE3CEB3B8A3C09BC90BCE6BC4B3B38BD703D85BA38BCD93B693CAE3C623C6C3CB438AB3B873C0CBD1C3BE6BC8F3B963C39BC453C023C38BC7ABBD0BC883C3DBC4D3D82BB053A2DBB2E3D613C343D49BB353CB23C613B75BDB23C00BD673C3C3CA63C13BC43BDF53BA4BB1E3C9BBCB6BC9DBB883B00BDD7BA893C803C5EBC69BB703C95BCBB3CD9BA0BBC29BD8F3C323D9FBCA83C913A873C49BC003D5FBC8C3CBCB913BC44BCEB3BD93C003C423C28BB7BBB6D3B113D3F3CFE3BFFBC6F3C6A3BDF3C423C0A3BB0BB1C3D733BC1BC663C92BC073D1ABBEABB713C9C3CC4BC18BC53BC9E3CF13CBDBBD3BCD23CA73A773C2FBB7FBB163DB53CF1BCC03CAF3CA83C",
      torch_tensor_64_torch.bfloat16: "0x020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_64_32_torch.bfloat16_1: "0x02000000923CAB3A06BD063CFC3BDE3B0BBD4FBDC7BC043B9E3B253C633C0FBD243C5EBD193C4B3C913C7F3CE53C3A3B623C533C84BB04BC513C513C6F3C493B1ABDB5BC723B173D76BC423C823CB7BA45BAB8BCAD396CBCC73CBB3B12BD293D82BCB03C063D1D3C5DBC87BC333C05BDB13C9ABCA0BC313D0FBDE5BCFFBC80BB153DEEBB5BBC1A3D543C0EBDA2BCDABC34BCB4BCF5BC08BD8D3BCBBB96BC6DBD90BCEF3C45BC1A3B1F3DB6BBAF3BEABC13BCEEBB4BBB6EBB803CC3BCE93B88BC3F3C5E3B033D9CBC133C1F3C233B7CBC0ABD1A3C913C583C26BC15BD2B3C873C033D63BDBFBC61BC06BDD53AA9BCE73C1ABD75BB6DBC02BDCC3C733CA83C1D3CB73A9B3B3BBCC5BCC83A753CAABC503BC6BB733C1DBB583C843BDFBC86BC1BBD1E3C943CE03C50BCB1BAC73B223DE7BC2BBD2F3C933B923CCC3A20BB003AA43C02BD8ABCA33A793C0D3CB4BC11BC063D19BC1F3D78BCC03C64BCB13C3FBBAF3A1B3D2EBCA5BCBA3B8A3C803CBFBC943C333C043D463B813CC13A2F3BC83C3DBC6A3CFB3CAEBC0CBD513CBBBCCFBCE43C73BC96BC95BBCBBC1ABC413C43B8CBBC313CF5BB38BBA3BC51BB3ABB6A3C003ADC3CC93C5F3C3B3C1A3DB43C863B31BD173C113C25BBBE3C87BC50BC76BD0E3B49BC8C3C533B113D7C3C523CA53B5F3C153DD9BB2E3D90B999BC1BBD17BC18B7BBBC0CBD79BC043AD8BC133CE83CD2BC47BC98BB12BC02BD333D233C1F3C043CBC3C16BC9BBB85BB3E3D4B3C0FBBD83CDF3B4F3C26BD2EBC92BCBA3C203CDFBC8139503C303C193BE13CACBCC1BCC0BCC13C93BC5BBC0E3CABBCF4BBB13AF9B960BA21BC59BCC8BA673CA93CC23CCB3C543C153DB03BC2BC3B3CBF3C443D8ABB20BCA7BA253C723C60BCF43BE9BB47BB4A3C263DB73B80BB933C913C9E3CCC3C533BB83BB7BB79BCA0BC84BB2EBCADBCF53B58BD32BC97BAFE3B3CBCBBBC01BC1EBCF8BB1BBAD1BC3D3CA3BC89BA963C05BD95BC8FBCB9BBA73CA0BBBA3A8FBC9B3C43BCF03CB7BCF3BCF9BC52BC80BCC8BC543BFABC5F3BB1BC67BB5CBD773C143C24BA19BB46BC50BCF53C18BC0FBCCABCE73B94BC3C3AC23B893C5D3BE73BA5BBAD3C953B423C603D943C85BC373C64BBFDB9E2BCDFBB78BC03BD0C3CDB3C363A073CC8BCB0BC2D3DF8B9E83988BCA3BC1ABDE7BABBBC823C0538EE3CAABB15BD903A1C3D243D123C8EBA66BCE63B8B3C29BC193D7CBC9F3C77BBB33CE9BB443CBF39463BE2BC0E3C683C99BB863C933CDE3C643C083D96BCEB3CA0BB74396C3C88BC81BCD9BBDEBADEBB18BB423BBD3C38BC47BC0E3C633CFFBC56BC40BBAE3C16BBF8B797BCB4BBF13C7D3C11BD4DBBED3B243C91BC77BCC7BAD539CB3BD8BCBC3C123D86391FBD533B95BC193DD0BB3F3CBBBC1E3C1F3D233D0DBCC4BC553BE03C0ABA05BD9CBC82BCC6BCB9BCAB3C053B9BBC2BBC813BA4BC3F3CA03BC63CB1BC1ABD9C3CCE3B3ABD76BC45BBED3B91BB89BCA63CAEBC00BDF9BC983B69BA263C1ABB9B3C0C3CDEBAEF3B343C27BD69BDD63CC43B823C383D9F3B953C773C823CE5BC0A3DEDBCE13C90BC5ABCF13B0ABB18BC393CDABA643BBA3C1C3D83BB07BCD9BB513C0EBDA0BB473B8EBCC23C9A39F93C923CB0BCCCBA613C81BD0EBC21BD29BDCB3BAEBC1FBDD0BBEDBC673B663CD4BAABBC4D3CB1390BBB673CC5BC02BC3CBCA4397ABC49BB373D6ABC3ABCF8BBEFBCA33BBBBBA3BB19BCA43BC73C6FBDAB3BCDBCC63C0CBD4CBC8FBB4A3CB03C9EBC3A3D643C093C0E3D913BFE3B06BC13BB02BC993C83BC643C06BB303CB0BC58BCB53CD43C4CBB963B87BC3FBC62BC193C85BB023D54BCC43CE4BCD43BFB3B4B3B31BDC8BC46BDD63C5F3C4CBD8F3C2ABCB3BC2C3D8ABC06BB91BC01BB9D3C153CC5BC47BC4B3C24BCB5BB1D3C553CC73BD03CA03C343D433B483C92BB1FBCC339163AF33BE6BC19BC903B143D773CD4BB93BB5BBC38BC2A3B42BD0FBC97BB3D3C40BD71BC983C01BCA0BBCDBA81BC3B3B963CD53AAB3925BD693B9F3C3B3D08BC853C813C123C0F3CD2BB2CBAF53BE1BC8D3AE33C96BC03B9B5BCF13BE43CC03A02BDF1BC073D033DDFBCBF3CA8BC11BD92BCEDBCB2BCC4BA5BBA58BC19BC043CA63CEABCAABB243C133D123A893CC7BC97BCABBC4ABCBEBC41BC883BFD3CFD3BBE3B263D243C15BD11BD583CCCBB093A7C3D05BD643B0B3DC4BBC33C80BCD4BCCB3C913C53BC333B93BBB33CAFBB39BB22BBE2B88D3B583C603D2EBCC63BB43CCCBC70BB033C2ABD15BD2C3CCB3C95BB033B2C3CDABAB4B9313C9CBBC83CF53CB2BB1A3DA9BC69BC82BC223C4ABCECBB083C88BC2DBB46BB7D3C0ABCEFBC97BC0ABDF13B42BC083CC53CC9BCB33CA83C163D0CBC8E3B44BD0CBD933CE1BCF2BCC73CD6BCA93B7BBC573C72BBC1BC2CBD60BA233CB43B7A3BFE3B9C3C0BBCB4BCD73A803C313CFABCB33BCA3C2E3D0C3A54BC88BC09BD6DBCDABC38BC88BC8FBCC13CBCBC97BC78BACCBB753C7EBC423D4DBC243C44BC4C3C8E3C94BC5FBC89BCBCBC7D3CD8BBEDBB1B3C733B593BA13CB63B24BBB3BC853CF43C83BC52BC28BC38BB493C223C6DBCB83AAC3CCCBBEC3CD1BC59BC233C71BC0FBC4EBCC7BC993B7C3CD2BA2F3C0C3D4DBBBD3AFABC47BDE83C913B7D3C793CA0B96ABBE1BB90BC363C8CBA86BB9B3B983C96BC7DBCF53C5CBB883CFD3B19BC46BD533C4E3C03BC3FBDFAB9D1B931BCC33B2C3CF0BCF7BC1CBBFBBC0E3C3A3D053D573C003D8BBC293A1A3BAC3CB4BC8A3B093C79BC25BC86BCDDBBEEBCE8BC99BB403C773BA1BCAF39D6BB0ABC1FBC9C3B7B3CA43BE83CE53C0E3C5EBC88BCFABC4E3C013C03BC7839EABB943C0B3D0FBD953BB0BC1BBD453CE83B0FBB793BE13CC33C1FBBB53C73BCC1BC09BD0CBDB8BC19BD18BC043CAEBC453C003CE23C9E3A9E3C433CE63C53B914BC8DBCA7BCB23BCABC85BB54BDE73C3F3C0CBDA23BDC3BABBBD8BB0CBDCFBB89BC48BC993A2B3B8ABCA93C953CBABC023DDBBB483C1ABCBE3B1B3AC5BCF3BBA33BDBBB1A3C4E3CECB9FABB363C3C3B87BB88BC23BD0D3DBB3C65BCA5BC4D3C6DBC1CBD223CC9BB8ABC023D203D473C9A3B143D1B3C63BCFD3B11BC523A8D3C4E3D8D3AF13B6F3CE4BC183C163AD1BBC9BC1B3DE8BBF03AB9BC6BBC05BD82BAD7BC9B3CDBBC3EBD52BBA83B9F3AF73C973C873C03BD35BBE1B77DB9EDB91A3D6B3CE63B9B3BA93BC23B053D5B3DC33CB63C37BCECBC3D3C973A2ABD84BBF5BCB6BB8BBC9ABBCFBC70BB3CBDBABCC0BC08BC2D3CCEBC933CCBBC8CBCDBBC1CBDC8BC87BCC1BCD83B833C4EBC5CBC963CBDBBB7BBE33C133C15BA46BB9B3B193D8CBC3B3CA7BC2FBB0CBD293C33BCF7BCF3BB30BC3BBCE7BC56BC993BCE3BAC3C8D3B3FBC16BBDE3A88BC17BACD3C5EBC92BC84BCBFBB96BC22BBF93C663CA73C5CBC09BDF73B45BC04BD04BDA73B28BCB43AB03C763CA53C133D6C3C893CE33B8A3BAFBCAEBBB13CB03B5E3C213DD8BBAABB233CB13B80BC533DF1BAF33C4ABD3ABC453CDC3BF2BBB83B97BC26BBE83CBD3C74BC9DBC123CC2BB3D3DAF3C13BD01BC1EBC1ABD56BC9ABBD43AFB3B8A3BCC3BF33C303BBDBCCC3BED3C26BB1F3B6A3C7CBCF13C0B3C50BBE03C35BC17BDB03B1ABCA73A93BBC7BB84BC513C15BC923CB0BC39BCDD3C85BAE93CF1BAF53C6CBC60BB09BD713B273D35BD35BB973B12BBC63A8638513BBD3CDFBC94BCABBCFFBCA3BBD13CFA3AC0BB45BCFDBA8B3C4E3C453C56BC07BCE73BF3BCE1BC9ABB7FBC603CF9B8873BFB3C443C073BF7BB8B3B7EBAF1BCC7BBF93AB73BEF3B0EBBC0BB03BD5D3C1CBB59BCD5BA873DBB3B073CE03CCABB34BB6E3C47BC55BCBDBCAF3C973AF1B9B9BCB1BC383D9ABBC1BCB13C753CA03CAEBA323BCBBB8F3CBB3B5BBCA0BCE0BCA8BCD13C183C2DBB86BCCF3CE2BC943C0B3C34BC1EBC83BC633C383CDDBCB3BC863C8A3A263B13BC063CB63CAB3BA4BB733B803CD4BCFDBC1B3D963BCE3C98BC9DBC8C3BB3BB8FB9043C0ABCB23C91BB3C3C06BCEABC38BC303C793C28BA20BD9EBC07BC1BBDFC3BD1BA2EBD2E3C19BBBABC263D853B173D783CE6BC893CBEBBE43B39BD27BD943C22BD413C6F3B75BC0BBCB7BC84BC813C4A3C3B3C823C40BCC13C2FBC1ABC56BB8FBCEEBB71BC9DBA9FBAA53C9E3C9ABC06BD0BBD09BBCDBAEB3ADABB17BCAA3CA63A063C9DBCFCBC5DBC00BD153D643C9E3BCE3C2D3CC43936BBAABCE93B80BCB3BCCBBAA33CF13A71BC703B193D7C3C78BC9ABCE2BC833C80BC06BD98BC033D1D3B003DDABC233C823C42BBCFBCEEBA193C223DDFBCA6BC0FBDE3BC103BBDBBDBBA843C77BB66BBA9BC6E3C03BD573B853CD73B323B293C973CDA3CC73C84BC813CFE3BC9BC11BD723C8C3C8ABB20BDA13C1D3C0D3C09BCB53C88BC563CA13C29BAB4BCEDBC893CBF3CAF3C913C96BB9FBC43BCFCBC1BBB1B3BC7BB753C0D3C3BBC60BC293B053C81BB883CA5BCCA3C403C26BD3A3C043D2EBC17BC593CE53B93BA893C363C87BAD4BCE4BB0ABDCBBBAC3B503C823C0539EBBB3DBD24BC943C94BC6D3C71BC90BB54BCA8BC363C1ABBF4BBD1BCF1BB92BC14BD1F3DCABCF53BB63C31BCB6BCB3BB333C143DE4BB1C3B323CB1BC5D3B973C9FBB743B043BF63CAFBC9BBA143A083D3C3CD4BB183DBCBCE5BC213C93BC4E3D453C283C9F3CDC3CF6BAFBBC76BCCB3C82BC0DBD263CBEBB1E3D063D17BBD23BD93A053CC0BCD03CF63C973AC5BC1B3C1ABCD3BC12BBD3BBCA3C4BBC57BC24BC5BBCAF3CC43B85BC55BC9BBCA4BB433C77BB21BCE0BBD43C3E3C473903BD613CBC3C243C8F3CAFBCCA3C1BBDCEBB0D3C85BCC83CE6BB9CBACE3C7E3C953C07BD1F3C9B3C87BCFA3BB53CBBBCAFBC853C77BBE4BB483C0ABC1F3D3D3CA3BC8CB9A73B18BD31BCC3BA85BB733C25BCB63CEFBC24BC63BBA0BB44BDAE3C3EBC15BC553BFA3CB13B983B04BD49BAC63991BC963BFC3C10BDF13966BCA63C0A3CA4BB2D3CD8BB0DBD9C3BE73B2FBDEC3C44BB933C9DBB143CBC3CAFBCBA3C20BB013C4F3C84BC6A3CF83C03BDFCBB8BBC47BCA8BC8D3A35BCEDBCBF3C8A3C293CE4BC6B3B2B3C88B9E7BCEB39D23BB3BB2A3CBDBCBD3C803CDF3CCF3BEDBC983C3A3BFCB994BC843CF6BC693C6DBCBEBC3CBA703CDF3B78BCE6BC113C183D3B3B23BD873BA43C14BD30BCAB3C05BD5C3CD13BE03CF4BC313C993CF0BB2A3B9C3C72BC8EBC433B273CC4BC7ABB2ABDA33CA2BCA5BCA63CD13CDEBC35BC713C2ABC04BC8B3B4DBC82BC453BDCBC9BBCD13BFCBC81BB3ABC8BBC7D3C00BCE0BCD6BC16BDA63C69BCAE3C02BC233DC9BCB6BC36BC1DBDEFBBF7BB903CCBBB8CBC4EBC3FBC823B0A3B24BC1EBB843C19BC03BCFDBB42BC82BCF03A523C7A3AF4BCAA3C14BBA1BB0A3C0FBC41BBDA3C113B5A3CABBC39BC9DBB9F3C29BC8FBBC7BC013C233CF2BC643DCA3C85BCD1BC073C833B86BC13394D3B023C263D153DD3BCE4BCB93C9ABC4F3CC2BA44BCB0BB59BD1CBD363CC8BB44BD3D3CCE3A41BD973CB6BCA93B0BBA2A3CA4BC48BB8C3C85BCB63AC8BC74BC9E39A8BC783B04BD9D399D3CCF3AB63CB23CD13CB6BCAEBBBEBC76BCF93B753BD7BBA63BB63C0ABC333B01BC52BB20BB30BB203C293D1E3C103DB0BAE93B063BA13CEE3CD8BCC63CEBBC1EBC283CF8BC283DB5BB23BDAB3CA03C83BB853C413C21BB6DBC553DF1BB6BBD033CA73CC6BCF33CDCBC1F3B52BAFBBAA1BB36BCB1BC793D4DBC95BB6C3B4DBCD239403D98BCC5BB853C",
      torch_tensor_32_torch.bfloat16_7: "0x020000002A3C10BDC63C843DB33DBEBD913CD13D46BD5EBD5BBD83BD673B43BD86BBF63D5C3D9EBC733D943D4F3D1C3E49BDBD3D76BDE5BDD33C94BDBDBD403ECF3D14BE",
      torch_tensor_32_torch.bfloat16_6: "0x020000008F3F703F5A3F7B3F6A3F953F7A3F8C3F9B3F673F823F7D3F793F843F823F9B3F8B3F813F7E3F8B3F873F6C3F843F823F9B3F8E3F803F8E3F5A3F7B3F653F583F",
      torch_tensor_32_torch.bfloat16_5: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_3: "0x02000000C9BC4CBC16BD4CBB97BB97BB493CB3BC94BBE8BC39BC28BCFCBC853A27BA153CBB3C87BCBABBA03BCFBC7FBBAE3C033CF439B3BCCCBB5FBCB43CDE3C0C3C3D3C2EBAF33CA43CB83B06BD5B3C8DBCEDBB2EBCB2BB23BC86BBCC3A723C8ABCA23BB43B76BC403CFA3BC2BB283C9DBB0EBDD03CD6BCC53CA4BC2D3CA5BBCC3B953C86BCDC3B863CA63C263BE7BC9E39A1BBF43C9A3C1F3C163C28BCD1BAB23CB7BB603C9D3CE53CF23A873ADC3C5FBCE03C48BCDDBCA6BC67BDB8BC7D3C0BBCBCBCC3BC3ABC2A3C203D74BDC53C83BC20BC68BC173C5D3BB13C003C8DBC7ABB213B8FB8DCBC0BBD373C973C2FBC783D38BCE43C383DF5BC0FBCECBCC63C85BC23BD633C17BC5BBC9EBC3FBD533C8EBB0E3C173D0DBDAA3C41BB1CBA2CBB343C403D2C3C55BC9B3B8ABC90BC813CA73A2FBCE73C5ABCE73BEA3BFDBC1F3C95BC7BBB923C4C3C92BBE1BCB03C54BC80BC54BC4F3BE6B937BD033D7CBCFAB9DDBC11BA233DD13CC13CD0BCE63C4E3C1B3C1E3C9FBC08BDEF3ABBBC06BCF4BCA2BC5ABCD6BB2C3CB2BCCB3C08BCD4BC33BCBCBCBC3B13BC28BDD53B7DBC463D82BCD1BC87BC1D3C0FBDB5BC98BB2DBD2A3C4FBDEF3C2D3CA9BBE5BC91BB543CBE3C383C1E3D233C153D14BC9C3B84BCE43A773BA33C833BB33CB1BC903CE4BB3CBD6A3BB7BB89BC69BBD7BC4CBD7D3CA63B0DBD0A3D26BCAEBA79BC94BB513CBE3C4E3CF53A74BC643C783B9CBC51BCF0BCD2BA2BBC0BBCC4BCBFBCA1BC003C063CB6BB353DC43C95BC143CE43BD1BC95BB933CABBCBDBC893C19BC00BDC93C0CBD7CBC5F3C5FBCA4BCBC3C823C18BC923CF1BCD3BCF13B3ABBCEBA523CF33B993B103C35BB0A3CECBC8D3B0BBD813C7BBCD0BC4FBCE8BB113C5F3C6A3B073DD9BCBD3B6C3A66BB0ABCEC3A793A08BDEB3C4D3CB9BB23BB0A3C0CBD69BC09BCB93CB73C25BDB13C903C023C1DBCBBBC453ACF3A5E3CC33BD5BB9E3BF3BCEC3C553CF33CD3BCE63BD33C5C3C383C873C4C3B30BDDDBB993C99BB81BC1C3C823C17BC153C4E3C7F3AE13C823CA9BC79BCE0BC04BC9FBB46BDC53B38BDB93CEE3A7E3CB2BBA63C8CBC263C1C3C8CBB3A3DBB3C98BC7BBC63BAB5BB073DA63AD83C27BD5DBCE93C1BBDE13CC23C86BC5A3C5ABD453D02BDCC3CA5BCE73B26BCC6BCA53B46BDA33C033D0F39E33CE63C57BC273C9A3CC9BBADBC503B983CB4BA0ABD84BC843BC63C47BA67BB7FBC45BC0F3C3D3CB73CB03CA63BA53C423CDDBB0D3C06BB393A033D99BBA4BC3BBC23BD92BB7CBB183C843B2ABB62BB99BCDB3CC4BB51BCA9BC0A3B2DBDCC3CFCBBE4BCF2BB02BDBF3B04BD90BBE73CA43CDD3CDA3CE43A0F3C133D093C923C9D3C23BC9338893CEE3B093C8FBC7CBCCA3CEF3C51BB6ABB6EBBD1BC8CBB603C033DBD3B6A3C43BACABAD5BCCE3B613BE13C50BB0CBC17BC16BCA9BB8B3CB9BCED3C1F3CB3BC4CBCE1BB4BBC893B64BB25BCAE3C903C033C833CD93B5C3CE5BC7BBCF43C443C22BC563910BDC43C463D3E3CAA3BD5BC273C123B2D3B85BC7A3C95BCF4BBF3BCEA3BC5BCBCBBA3BC903C283C813C04BC99BCF03B633C833B03BD31BC84BC8CBC29BC003C29BC653C63BC7DBC983C2F3C233AF1BC93BA41BA603CDCB8113A6DBC543B67BCBA3C8D394A3C853CB8BC87BAD6BC7EBC143DF93C23BDA0BCD73A2E3D7C3B3D3C18BC29BD84BC033B893C62BB073D39BD50BC633C1E3CD63B963BBABC5D3C92BC91BC46BB983BE03C8F3CDDBC05BC27BC393C4EBBCF3B2E3D343D23BBB838EFBCBC3C1B3D05BC22BD2F3D3ABCBB3C4D3C403A043C89BC82BB5CBC06BDD1BCF4BB81BA0ABA683C31BCBC3BC23BC93CFABB07BD88BC89BC903C26BDEC3B23BDB23B21BDF6BBD73B563D8DBB1D3CEC3CA1BCCCBC46BB543CA5BC0F3D8E3B51BC26BC03BD43BCEF3C32BCA43C1FBD5C3C06BD013D333C0FBC2A3CD5BC92BAB23BBFBACE3CC0BC7FBB4FBB06BB47BB0CBD9DBCDA3BAEBAA73C4B3DA93C833C893C033B6EBC0DBC1A3C4E3CF9BC06BCBABB1FBD20BB98BCC7BBD8BA60BCE83C2ABC64BC8C3C3F3C48BDBC3C68396D3CBABBCC3CBE3C103D473BB13C7CBC473DCCBC5BBCA43CBCBC4C3C4A3DDF3CBC38C5378AB88F3CB83C283B0BBD3A3C323B273CDDBBA43CA03B5EBCF9BC37BCE2BB213DC5BBB7BCE93C10BC293D34BC623CAEBCA9BC32BCABBC5BBC8ABC88BCBB38953BD23C0D3D5EBCC6BC683CF9BB453C223B55BCECBC36BD77BCD4BB833C6ABBE03BF2BB4CBBDC3CEB3C253C613C0AB992BC3CBC99BC8E3C893B00BDBFBC133CF63CD0BCAABCECBBEA3BD7BC42BD44BD3EBC32BDB13904BC8F3B513C073C9DBC15BC38BBAE3C933C4D3B783CB73BD43CD23BE53C15BC9A3C65BC16BD46BC0FBC033C06BB6FBB18BCAEBC733A17BC3FBD083C63BC823C97BCB03C563C9BBC26BDBEBCC93A69BC883C0C3D93BCA83C30BCB6BB95BCFABC10BC3A3C4FBC35BD8A3C973B87BCF13C2C3D1ABDA4BCC6BC88BB4CBC6B3CC33CBDBAC6BC6DBCD03C7E3CD33B1FBD26BC76BBFEBB3239E5BCB63C193DB93C9B3B663C423BE6BC83BC2E3BE73C92BC973C17BC953CB7BCDF3BB2BC22BBC43B63BB013B4A3CCABC1B3B11BC193BD2BCEF3C413C283DDDBBE73C853B9B3CF4BC9F3C5D3C1DBCD2BCEA3C4EBCDD3C5ABC41BB813C743B173CCBBCC1BC543CC63C3ABBC43ADBBC8E3C9C3C4A3CB83C843C8C3C90BA9DBB9BBCF0BB96BBF1BB8A3C393D96BCF3BC5F3B5BBB503C073D6D3C223C2ABDD63C0EBD163BB63CC33C103C6DBBECBB19BCF53CA3BCB1BBA6BBFCBA003DB7BC613C413CC33C55BC03BD023C5D3C84BB913C0ABBD2BC573CD8BCB5BBB2BB393B443BE3BB613C59B9F03B17BD7FBB29BD05BD173D873CBF3BDF3B10BD",
      torch_tensor_32_torch.bfloat16_4: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_2: "0x020000003F3D7ABB953C3FBC1ABD8ABC83BB5BBCC13B923C9A3C873C3239073D353CAE3CBA3C0E3CBF3C813CEF3B1F3CD1BB513C543CF03916BDE6BAB53C67BB23BB0CBB433BD03B97BC653B15BDE03A34BC9D3C0E3CD4BCB9BCCBBB86BB9FBC123D5EBB18BCC1BA36BC31BCE4BBA5BC48BD1F3C063D76BA2EBCDF3B5E3C433CADBC6C3C32BD9CBC01BDE43B6EBC4FBCE53A18BCE23C34BCD6BC8DBCA13CBB3C9BBBCDBCDF3C0E3A1E3C6A39993C41BCFF3CE23B003C4C3C40BC26BCD43C23BC9A3CEE3B81BC0BBD77BC883C613CD83CA9BCFCBC043B35BBAB3C33BCD4BCAE3BE63CA13B913C1CBC463D5EBCEFBAB1BB033DA4BCD5BC85BC0D3C94BC443D213CA53CA8BC34BC573C983BCABC6E3CC5BA62BC0DBC853C88BC13BC14BD1E3D8ABCA03C323B5BBCD63BB9BC6E3CBC3B0F3A943C54BCBCBC983A45BBC8BB693CE1BCB83BD6BC00BCC2BCD8BB68BC4E3D733CA8BC4D3BF8BB0D3DE63BA03C4B3CF23C943B02BD0F3CE83C433D61BCFDBCAEBB68BC2C3C33BBE4BC1F3C643BF13B1ABDB2BB013D3A3B0C3C8C3C3FBCD03A95BC74BC0DBBA03B8DBC78BC623BFA3CB33A303C70BC75BC6BBC08BD92BC1ABD66BB11BDB4BC563CD4BA843CADBB72BCC6BC0CBBB13B703C603B4DBDD83C42BD4E3B17BDD73BA0BCD23C4DBC2EBC6F3BFFBC373C1D3C1CBD62BC99BCA8BB42BCB43B2BBCB7BB943C4E3B67BDA73C3EBCCF3B0CBDE23B9CBBE83B2CBD933B95BACABC003B93BC0DBD43BDC63C28BCDC3B8D3C4ABC37BC3FBD6F3C24BDE1BC81BC3D3A59BCC23C49BCFD3CBF3BE7BB8CBCA3BC24BD543B10381D3DA6BAE4BCC4BCA6BC1EBBE43C0C3C8CBA753B9E3CD3BAB6BC273C23BC273B86BCEE3C52BBB23BAEBCB23C013D603C6DBC623B33BAE13BF13C6BBD28BC7BBC023CA63B9BBC87BA4EBC11BDBCBC16BC19BD4FBB8ABCFFBC9D3BA4BA10BD553DE5BB053DCC3C45BB4A3CF03B7DBC76BCACBBD23C53BC5E3CEEBCC0BC263C343C6DBC1F3D953C55BC213D14BC6E3C4ABD92BC24BBF7BC68BB65BB8C3C793C06BCE8B9B63C7FBC12BCA7BC5E3C8D3C763C5F3CB2BAEEBB4A3B573C08BC803CE8BC8C3DD6B86C3CB4BC1BBD8DBC303DE93C6A3B91BC00BBBD3CEE3C6CBC67BC33BDB63B183D453842BC673CEA3C3ABCADBC4C3C733C823C713CBF3CE73C053CB53C973C7B3CA8BB833A4F3C00BC133D703CACBBB33C7EBCC9BB813C8EBA8FBBBA3CCFBAD53C00BD7EBCFF3B3EBC03BD72BDD13BE4BBB5BCCD3B02BD46BCD83C53BCEF3CC2B90B3C91BC683CD43B8F3C44BC023D71BCBABBEB3B28BBE7BC8E3CAEBCD3BBD63CCBBCEEBB5A3D3B3C8239603B81BC95BBD4BCA2BBE33CFD3BF2BB073CCDBBD83CA0BB043CCE3CE1BC063D083C70BC43BCEEBBF7BC5F3CE4BCBABB36BB023C433A62BB98BCEBBC52BBD13B993CFFBCFB3CD73CF1BC94BB7C3BA83C403B03BD8CBCA0BAE73B72BC0F3C2FBDC43C473C863C883C2BBB323B593CCE3CDF3C40BC52BBD13BB0BC853CA7BCF1BC093D87BCA1BB3F3CA9BBD5BC76BC2E3C3C3C5A3C9ABC2A3D6E3C173D9C3B98BB073D37BD3BBC4ABC27BCAEBCEA3BC03B46BC203D72BC83BAC6BC733C823B39BC8ABC213B53BCB03BB9BCE53C473D573C9DBC5ABB15BDF13CAE3ADB3C53BD763C6B3CA1BCE5BB363C9D3C14BC3C3C8CBAF33CD53BB3BBC13C293B51BBC0BCB3BC983C833CD9BCF83C273CEC3CEBBBB9BB71BCC53C56BD80BC78BC383C883CE93C23BC813B33BB2D3CB33C67BB8ABCFE3C733CE2BCDF3BB3BC743B633CC73CBABC0F3D673B05BAD3BC36BC443C1FBCC03BE7BC2DBA023D18BC973C4E3D87BCF0BB02BCE4BACE3CC53CE73BD5BB11BDC73C2FBDA4BCA3BB57BC3CBDC73BD2BC3A3B863CD5BCA5BB19BC903B643C503CC73CEEBC143CADBB13BD77BCBCBCE5BAFFBBCABC9F3CEDBB22BC133BD0BC263B013DAE3B50BD593C78B93ABCF1BCD73C033D6F3CC83A2ABC71BCB93CC03C0CBD3CBCAE3C6B3C1E3CFC3C043D913CF2BC13BA13BDBFBC0ABD7B3C55BB9E3917BCB03C1A3A63BC233C86BCF43C0D3DC3BC5D3CABBC4EBD103C8DBCBE3CCDBC74BC103D9C3CBF3C293CD6BB3FBD853B1F3C153CD03C95BC5C3CA8BC893C493C82BC8D3C8CBCF4BC19BD2EBDB9BCC1BCE3BB85BC2C3CD43C95BBF8BCB23CC3BCC6BB323C8C3CE8BB393CA03CA93C0ABCB93CB7BCD0BC22BC643CCDBBE13B32BCCBBAD93C13BC22BC9F3B44BCEDBCF1BC91BC0EBCAA3C8DBC653B533D54BCAABBE3BB2FBD1BBA863CAC3CB1BCDCBCA53C193DBC3C7B3BC9BCAB3CC1BCC2BC15BD63BAC6BC8ABCCC3BB73B833C41BBF0BB8B3C84BC213C283C8DBA46BDDCBB493B803C923C28BDD43C343DEF3C1B3D03BDBEBC423CBABC153C87BC813C083DC4BCCEBCADBC43BDDABA4AB881BB0B3D35BC77BCF2BB033C0EBB233CCEBBCFBC193C2E3A89BC983C553CF83AB53C113C103C093BBDBB81B94F3C91BB223C733BA33CBC3A2D3CA83CAABB043C67BCCC3BBEBB993CB93CC13B70BCBF398BBC9F3CACB9653CEDBC1EBC77BBCCBB383B5C3B5D3CDC3CEFBBC6BCC13CC0BC9F3A343D4C3D983CC2BB663CCBBB80BCB5BB1FBB063DC93B043DC43CEABCB0BCB6BC133DED3C253DE43C85BB383C6EBC153CE1BB13BC043DAEBC5E3C95BC1A3DB3BBD6BAEB3CB83C5C3CBE3BEEBCE83AA33A113CEFBB5E3C9A3CDC3AD53B2FBD99BBD3BC9EBCBD3AF9BB1D3B68BC2FBC54BC0F3CAFBB0BBDBF3B9EBBBC3CF5BCD43C8DBC6EBB213C293CE739233D2F3B9CBC6A3C8C3CB5BCB93C9CBC78BCBDBC523A923CD23B75BC19BD49BD45BD97BCE63B08BC0FBC99BCCABC993CDD3CBE3C1DBCE43BC63CF2BBDBBA36BC01BD74BC1A3C70BBDE3CD9BCCABB663A1CBBA7BB2FBC6E390ABCEEBC49BC",
      torch_tensor_32_torch.bfloat16_3: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_1: "0x0200000086BC97BB233C98BC843CC33BF73B22BA75B9953CE0BCC9BB8DB9863CD03CAE3C9ABC9ABC60BC41BDB03C8D3ABFBCF4BB81BD79BB253C2DBCB63CF63C053D2EBC87BB203B9BBC4F3C053D02BD4ABC81BC873C31BCD13CC8BB01BC0CBD82BCB03C0D3D743BA73C163DBB3C1D3C5CBC633BE0BBAE3B8ABCAA3C253D43BC1FBC813C863C52BA53BCD83C293CE23C423B793C313C1D3BBFBCB63A0A3CA03C95BC18BDD93BBA3CD43C803C6ABC16BC24BC9D3BE13CC73C1DBCEABCE8BCECBA24BC153DEFBC013CAC3C7D3C163A4FBCB43B9ABC763CE13CDBBB49BCC0BC96BC3F3C1ABD283DFDBC2B3C8A3BBE39C1BB0FBD953C2EBB013C6EBCC0BCB93B0A39CE3BA33BC4BC63BAAA3C093D0D3C18BD573CC43B673B2FBB6FBCAE3C89BC09BD583CFBBC983CB8BBAD3C3ABC56B8FDBB32BD8FBCE33CDCBC3DBC14BCC838613B04BCE2BCAF3B823B95BB4F3CE13C203AD33C223DDB3B4FBBDB3C06BC723C05BD48BCBCBCADBC0C3DB13CEDBB8A3C863D8E3C0E3CBCBBD63CE23ADABC22BBACBB3DBB84391EBD83BCBCBCC43CA23CB5BBEC3C4BBDDABC303C6EBC5DBD383CF63C2DBC51BCFD3C843C1BBC3A3DFA3A9B3B8ABC08BC94BCC13B3ABC0EBD8B3B933C2FBC393BDE3CC73B2BBBDFBC623B91BB1BBB123D0CBCE03BD33B21BD66BCF93AE1BBD73C88BB27BD343BA7BCF6BC1B3D8FBC43BC593C173BE3BC8C391ABD89BCF0BC25BB063D06BCA2BCADBC2CBA9ABCFA3B87BCB9BCD5B9673B063D23BC4A3C5E3C20BC31BBC53B8FBCDD3CE13B4CBC0BBD763BE03C0BBD66BCD9BB273D4C3CD23C37BC91BC31BD88BC4BBB1CBC2E3D293C9B3CA1BBD13C063C07BD923C2BBA0DBDBCBC09BDF53B9FBC3B3CFABB7F3CA73C82BCEBBB0C3CF0BC5DBD933C97BC783CA03B24BDBA3C3DBB4E3B9E3CEBBB35BCE83CFFBCFF3C9BBCF33C80BA093D183D7ABCFBBB7ABCE23B703B3E3C7ABC153DC5BB69BCAEBC22BCFDBBB83C32BC953A69BC68BC00BCEB3C133D54BC8E3C95BBB13CF6BCC83CBF3C273DC2BA41BCFBBB4F3BCFBCA5BC4BBB4DBC673CA0BBC73B763C5EBCBFBCFF39D0BC0D3D2B3C003B6CB9FB3ABA3C423D883CC43B45BCB23BA4BC893CB63BB43CFC3BE8BC0CBCC5BC4C3C07BB11BD22BCFC3A0BBDD5BB49BC6B3C93BC7A3B93B96B3C0BBD43BC94BCA63C003C7B3CA6BBA7BC06BC2DBCA23BAC3CCABA0EBCC13C8F3BF8B79FBC18BD57BB1BBD76BCBE3B883BEDBA103DFE39E6BCE2BC37BC023D79BCFC3C87BB41BD6C3BC13BD0BACBBB73BA6B3B35BC743B0F3CC4BC683B97BBAEB9F4BC0BBC82BC87BCBCBC093DE5BC463C173B03BD32BBB2BCABBBC23C9FBCC63C7C3BD4BB5C3C8E3C6F3CB73CFFBCF5BCD7BA56BC123C143B873B2A3D0FBC29BD5B3C343C923C5BBCAF3CE83CD63CBDBB0A3C10BDA8BA47BCBDBC04B9943CFDBCA3BC0B3DD43BD93B70BB513CD8BB253C983CE93C0C3DACBC333CD53BA13B6DBB0BBDCF3B8A3C48BC1B3CA93B59BCD43C2CBBBFBBDD3BAC3C2C3C243D1DBC473CB33C4ABCE43CAFBB483CCDBC853C1B3D513AB6390EBA37BDB5BBC93BCD3AF3BAE83C033DCDBC7ABC963BF5BBE93B88BCEC3BA5BCBD3B093C48BCC5BC103DB73B233CB4BC653C2B3B053C94BCA6BC0E39DCBBAC3CA03C2EBC683CA73CCC3C0A3C74BC8C3C07BA01BD453CDEBC0EBB083B3EBB0D3D53BC96BCAE3CF4BCBF3C493B813C853B86BC023CE5BCDABBDEBA68BC323A1ABD4F3B273CCEBC6ABC12BD3F3CF3BB96BC87BCC9BA263CD53BCBBC603C7EBC19BDC23C2E3C9B3C9EBCD23C85BBD0BBCC3CE7BC563D08BDF2BC2DBBEABBA7BC91BC1ABC89BAB63C29BC8D3B023D093CEBBB583C503BA03A143DB3B99ABC89BC083A813CC6BC193C51BC743A6C3C963CCBBB003CCF3C9CBC23BC0ABA0C3C573C13BD263D41BD773CEDBC563821BCD43B0C3DAFBC5FBB9FBC943B8D3CB8BB1E3B813C98BAF93AB63CBA3B55BBBABBED3CB0BC1C3B9EBCAEBC18BC613B82BBAB3C6E3C013D45BC123C223CFCBC4ABA70BC863DF53CAD3CA13C07BDC5BC1FBC283DDC3CA4BBC63C08BD893CC9BCAE3B49BDCDBC253B9CBC2A3C34BC03BDF73CC03C97BC273D6BBCD3BC83BC60BB30BD6A3CA13C6FBB0A3C0ABBB93BDEBA8E3C113CBCBB933CF03C97BC203CA2BAD13C9ABC793CA5BCDB3CB3BC6C3B23BB13BD89399BBC563C0ABD143D4D3C33BC18BAC43B673C823C023C353CAB3BACBB9B3CD93B05BC35BC8ABC853B87BC313D67BCBB3CAFBA8BBC5CBBD2BC953C9C3CB83CD63C713C743C243C793A073CE6BCA93BADBC2A3CF23BD4BCB7BCA33C82BCADBCD2BBE3BC283C31BAC63CFABC353B43BAC5BC563CA8BC2A3BC2BC89BCD4BBB93CB2BB133CB53CA6BC243CA73C37BD5C3B4CBC953C85BB26B9AD3C30BCE3BB09BDEC3B433C48BA553C60BC21BB973C8ABC04BDC33A303D8FBC84BC2C3CA2BC18BC913C553B183A65BC9E3C303C273C07BD85BC0B3C43BB3A3DF63B31BC16BC8D3CAE3BE7BB65BC8FBCD73C9EBCB53B33BC73BB103B123C293AB9BC653C60BCE5BCD33CC1BCDDBBBEBA7CBBC8BC8D3C1BBDD93B6FBCB83B953B033CA8BC2A3C283DCABB993A8DBBE9BC5BBC14BC05BDCC3C03BCE63C33BB8ABB123D843B04BAA33C9D3C9B3B983CC03C263CC33C04BDF93CD1BB213C56BCA93CAA3C803CCABC93BCDEBCD63B193A1ABC653C8BBC98BC9ABC1CBD9BBC47BD8ABC7B3C423CE03C4BBD963B72BB71BA81BBAD3CB33CAB3CFD3B973CB2BBE3BC093D533C7F3B0BBCD23CAB3B71BA3E3C8ABCBA39583B123C083CB6BC8E3CA23C783BCABB20BD0C3D68BCEEBBEEBCA4BB89BCAC3BE73B4B3CBFBCEF3B943CFE3B223D8FBC3DBC20BDA3BC0F3D4B3B223C07BC9B3CD1BC783BD93BE7BB923AD33CBB3C",
      torch_tensor_32_torch.bfloat16_2: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16: "0x02000000F83C373CECBAED3BC9BBCE3CD93CCE3C04BC803CCC3C3F3DB53CC63C653C3BBDC5BC4CBC69BC85BC41BBC7BCE83BE03CAF3C20BD743CEC3C753A573CA73C8BBB5D3B18BD83BC1EBD313B0E3D1F3C43BB213D21BB02399F3B35BCA03C9F3CA93C373B033CF53C9ABCCABB75BB07BD173BE7BB45BCBE3CABBC323CAA3B92BC2F3A0D3C3CBC9E3C093CB83CB43C7C3C09BDDA3BE33C20BBB03BA6BB163CD9BC4BBC173C79BAC0BCA9BC02BDE2BC23BC96BA683CA03C98BC1A3C61BB3A3D3F3BA3BCD6BC03BC603CB2BB473CD7BBC6BB043C0A3C00BD8AB9E53C9C3AD43C8CBC79BC1ABD9ABC463C34BC48BC3ABC5DBC813CA83B29BCBCBC343DC53BDB3CD73B6EBC843D4E3CF83A063D37BC8CBBD6BC68BBEB39CA3C943CF2BAE9BB463CD5BC9CBCBD3CE0BB4F3CEC3C463D18BCAC3C253C523CCC3C643C29BDDDBA0B3CB63C2ABDA3BC92BC3D3C4A3B043DFCBA643B923C62BC893C27BC8DBCC13CF7BCA0BC833C633B943C473CB6BC753C78BBBCBBB73CC0BCAD3C92BC583CC5BCCE3B0EBCAEBCFBBC893B4FBBF2BBC2BCFFBBEC3C8ABC673CD5BA9EBC4D3B5E3CB83C49BCA13BBE3C223C853C8B3CF2BCCC3B56BC3A3C183C1EBA24BD76BBC0BCA33A88BBCC3C0E3DBEBBA33C283C6CBCC83B09BC9CBC683CE63B913B20BB4C3ADEBC253C1A3DF7BCEF3CCB3CE3BB993C66BCB63CFEBC8CBC883B3ABB28BB5C3CCB3B1FBD21BC23BB713C24BD863C6B3BC9BBD5BCEE3C5BBCBABB45BD42BCD33CE03A483BD03C503CA83A9F3CE33B84BB103CB13C08BC63BC43BC8E3C433CCCBC203C0FBD0FBD22BCAC3CC7BBF93AE2BBFEBA90BC8DBC72BBA63C04BD16BD1CBB9E3C58BC233B0DBCF53C533BE53C333C393D38BDE53CDE3B3FBD63BBEA3C7D3C95BCF93C4E3B543C14BB203B72BC993A383C853CDE3C2ABB9C3C96BB183CF1BC96BB4E3CCFBB1A3CAABBFCB78DBC6CBC4C3CF03A8E3C213C8D3B88BC0CBCB13C4F3CE1B7B23C8F3C143D413C3D3CDF3CF63B8C3CE1BB923C25BC823C41BC593D05BB1B3CF13B84BBC8BAACBC863CB33C92BC4E3ABF3C2FBDDA3B27BCD33CC1BC4DBC6C3C33BAF1BC233C35BB4DBC03BD2F3B183D063D8E3C5ABAF03C173B0FBD2DBC06BDE43B3D3CC93C923CD0BCA23CC93B953C5F3ACD3CFBBC12BB403C53BCB03C4EBCB1BB2BBBB93C47BC9DBB6D3C8EBB153DD53BED3CEBBA95BC04BD78BC413C4ABB313CB3BC0DBCFFBBA1BCC2BC0C3D1C3CAEBC3A3CDDBBAA3B86BC72B9723C6B3BAE3CD1BA9EBCF23B1E3DC2BCD23CD0B8863CADB78E3B06BD44BC1F3C0FBC0EBD6ABCDEBC65BCB83CD33CC23C19BD853BF53CF83B8A3C103D4CBC953A27BD91BC203B76BD28BC02BD3DBC48BCAFBBAFBC8BBC3F3C83BB11BCF4BCA9BCE7BCC73C0EBD1D3C67BDB3B8ABBC8FBCF7BC92BB283B92BC3F3C973A1DB73CBC003C513D55BC4FBC313CDB3BE43C52BC703B3EBA243DEB3CEC3CB43CB6BA483C403C423C5CBC993AE239A5BB033D193D06BCB0BCA939BCBC0E3D093D163B513C03BBE1BC26BD5FBA1D3CABBC963C4D3DD5BCC83C783CC8BC34BC1CBC923C0EBC7D3C0D3C7D3CC6B95F3C5EBCBB3BA8BBA83C9D3C073CE8BBDBBC233D253C813C4ABC32BD86BCEDBB9D3CA8BCC33CEFBB85BCDC3CC13CC13CDA3CAD3AE93C2EBB7BBD3DBC593C593CF53C423DE53CBEBA4ABC7B3B103DB83B883CB5BC753C643C533C4CBC73BBA13BC43BD4BC633CA1BC87BC0D3CDA3C4D3C0ABC20BCCEBCF33CFE3C1B3CB43BAC3CE03CEE3C01BC05BD98B9E1BCC7BBF93CD63CE23CCAB9E3BB8FBA6B3C3EBD4CBC4FBCB3BCB0BC8DBCF13B09B6993C263C6EBAC6BB3D3DE3BCA8BAB5BC733C9D3C5EBCA4BCDC3CC1BC8E3B623CD23C193C373C1CBCBA3CA03CCCBCC83C3BBC71BC143C79BD163B1B3DA1BC5F3CC3BBE4BC93BB653D95BC1ABCC93C9DBA3D3CEFBB1C3DF13BCD3C2DBC8C3C0F3B11BCB93C52BC553CD3BCA8BCB8BC373C993CB73BD7BC4EBC9D3B23BC12BDC7BCE2BC58BB0B3D81BC163D62BCF3BC43BC643B823C943B433C3D3C7EBC28BBBBBB263CEDBC8D3CFBBB7D3CE33CE23B79BC1ABBF33C89BC353C10BCDE3CF7BB5FBB503CD8BB95BCE93CDA3A4D3B16BC53BC9ABB413C963AB3BB29BD3B3C223D5ABC0B3DE8BCFB3B9FBCF1BC473C06BAD3BC5B3C783BACBBDA3B3CBCBE3CDD3BAB3C51BD713CCEBC793B153A1DBCEF3BDF3BCE3C87BC06BDB4BC02BCE1BB023C153C1D3D85BC58BB1D3C51BD153D6FBC17BC01BA033BE43C1B3CE7BAFDBBBBBBC1BC1FBD073D363B3ABCA63C413C86BCC7BC44BC51BDF4BBC23B4FBC5ABCD23CC73CD9BC2E3D96BB843C98BC773C5D3D99BB0FBC9A3CB13B42BB0CBC823B5E3C9E3CA9BCBF3C93BCCBBC60BBD1BC883CFABBAB3CD83BBE3CB43C493B83BC103A043C8E3B473CA33B26BCE03C683CE7BCD73CAA3C233C9F3C5D3DA43A9DBC03BC36BD99B8C2BC683CB6BBD43A503C053C953B7DBCBF3BBABBF03CE7BB233C88BC9BBBFF3BF03BE5BC95BC063D5BBC923C513A2A3B6ABC993B843C033D023D4ABC03BBBE3C233C9EBC5A3C283DAC3CE33CD53C903B18BD113D733CC2BBA7BB12BDD7BC3B3C943CACBC1CBBA43BA43C063DDB3BA4BB9F3B7A3BF7BB9F3B173DFF3B4B3B203B1B3C04BCAF3C413B553D8E3CC9BCDFBB9BBC0E3D17BD8FBCEBBB9E3C3D3DF63C8C3C90BB673CC0BCBC3CB0BCBABC6BBC633C7C3BFABB303C56BC903B0D3CA03C1B3B16BCA5B9DCBC5A3D733C8B3CC13A8F391A3D2ABC1FBCB43C913C74BC18BC8EBB5DBC60BC0A3DFBBC8FBBEC3914BCA6BC953CB8BC3F3DB63C65BC5B3B6ABC37BC173C3B3CC1BBE33CAC3C983CB73BACBC62BC28BCC63CC8BC163C563C7C3CED3B15BCAABB363D56BCDFBB7DBCB83C",
      torch_tensor_32_torch.bfloat16_1: "0x020000009DBD3B3EE4BCDFBC05BE1FBBC1BC91BDED3D303DF3BD99BDBFBDB0BDC6BD22BCD1BD013D24BE3D3E933B223E72BDE83D9B3DF6BD6FBD35BD4BBE9F3D9FBD65BC",
      torch_tensor_32_torch.bfloat16: "0x02000000653F8C3F5F3F643F613F8F3F653F7D3F693F843F713F7A3F8D3F6D3F7A3F753F593F743F6A3F873F803F7F3F8E3F8B3F863F733F823FA33F823F8E3F843F963F",
      torch_tensor_16_32_torch.bfloat16: "0x02000000BA3C773BCBBBB83C623C093C9239C73C873CE2B958BCAB3B9E3AE13B30BCBE3C96BC473CA43C41BC3C3D2D3C063D80BC05BD29BCD9BA9CBC4C3D403CBCBC2D3B2ABB1CBCBB3B2D3CB8BA3EBDD63C7DBC65BCF23B8FBA963C21BC4B3BB8BB2F3CDCBBE6BC703C8CBBE1BBAABC7DBC563CA7BC05BCB7BC063BC5BCB9BCCABBCA3C1F3C67BC17BB22BCABBB54BC08BC46BB023C22BD11BCDDBC923CE43C9F3BA03A0BBCC53CC83A653C98BCC03B783B4EBC3FBCF4BB4E3B0A3D053DB43C943CCB3C58BDDA3CCA3B4DBC8DBC8ABB6F3C853BB5BCE8BB1A3C82BB33BC0B3C15BCF1BCCB3C50BC0FBD47BBA03CB1BAC7BC6BBB4D3C03BDB93C013CA7B985BC823BA43C9D3B77BCE03C5CBCB6BC993B8CBC12BC66BC893CAB3C023D8F3C0A3B8ABABBBC4C3C0E3D483D9B3BB63C83BCC6BC883C6EBCC1BC88BAB8BCC73A15BCD1BC2EBD713CE0BBC0BC35BDB53CF2B9403C3BBC3C3C81BB32BD063D22BDA5BBC33B023DD8BC963B46BB15BC95BB873C55BC133D15BD3ABB88BC7D3CB3BC403B693AB4BC2EBCEA3AD8BB293D1E3B9EBB4E3B60BC8F3CACBC253D18BD1A3CD7BA073BAB3C503DBB3C8BBA0C3CD03AB6BCE93B76BCC33CC03CA7BB2BBC203DE6BBD23C013D04BD2C3CC3BCC63CDCBBCA3B1CBC083BECBC3D3C4EB9A5BC6DBCC3BC8EBC19BD953C91BBE3BB803C05BC61BCE93BF73B1EBDA6BCE2BCAA3C42BD593BE33BE73C02BDC03BF53B0B3D20BC07BD8C3CB9BAFCBB33BC923CB43CE23C353CFCBBB2BA7A3BB5BC713C783DCCBC133CA8BCACBC163DB9BB4F3AFF3C333C31B8EA3CACBCAB3AE73CECBAFFBC60BDA2BB663C263C9F3BBB3C9B3C1FBB543CBCBCB23C97BB59BB863C14BCA33CEFBB76BC73BBC3BB993BDB3C903C6FBC9ABBA7BC16BCACBB9C3B9EBC84BC023D2BBB9DBBE73AC1BAFF3C11BDA1BC8C3C033DA9BC893C893D0DBD3A3CA2BA10BCDFBC43BC82BC62BC23BCEB3A683C0BBDBE3CE13C363BDABC93BC18BC8DBB8ABC36BB7A3CF13AF4BCB13C5FBC153BC9BBD2BB123B26BD493C183D6EBC853B68BCA9BB3BBC8DBC6BBCD7BC2A3B3FBCA73BD13C093D043D4BBA503C3CBDD33BB83C98BC293C96BC0A3CF83A9A3BBDBBC9BC283B25BC81BC97BC163DA9BCD9BBE43BC83C01BCBD3C673C67BAE23C0EBD5CBB5E3C9C3C873CC2BB893AC83C04BC56BAF1BBE13A2A3C983B5A3C04BD933C893B49BCAD3C403DD1BA7F3C5B3CDCBB193B8E3CB33CD23C1D3D32BC783C353BD8BC2BBCD9BC46BB963B193C9C3CEE3C3CBDE43A603CC83B40BC743C1D3CF6BCB03B2CBB6F3C59BCE23A1EBDE03CA6BC943C833B573C5C3CBE3C483C8CBC10BCF93C91BCBB3CB7BCB7BB3CBC8E3C91BC84BC6ABA25BD93BBD8BC593CAA3CD8BCC53C0EBCD3BC523C5ABC173DA33C93BBFFBA12BD2EBC6F3C703CE9BC9DBCC6BB38BC613AC1BAC9BCD93C",
      torch_tensor_2_32_torch.bfloat16: "0x02000000BD3B3FBA06BC8E3CDABC5CBC08BC48BC68BCD93CF03BFA3CE9BC333B4ABCBC3B833C9F3B023DB83B0FBBB9BCB7BAC0BBDD3CA73CFB3C93BC31BD963BD0BC7DBCCF3C11BD4E3D4FBC773C063B93BC383C1BBD02BDAE3C33BC333D53BAC93CF43B82BC3C3DDDBC113C283D273C773C71BC52BAA3BCBA3BDC3C883A7D3C113DEFBC",
      torch_tensor_64_32_torch.bfloat16: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000D13B7BBCF2BC71BC25BBB73C22BCEEBCBDBC25BA1E3DB6BB7B3B72BCABBCEFBCA4B91BBD613CF03CB33CF9BA903C833C213C3EBD023CD4BCC2BB5D3D18BC90BCA1BC1CBB8ABB8BBADDBC563CE53BCE3C34BDEFB708BCBD3A03BC343CD23CDEBC45BC033D383CE2BC213CBD3CB6BBA33BA3BBFF3C083D233BDCBC213D443C563C163DF5BB8D3C0A3D08BC763B953B59BBB0BC683B7FBCCDBC3DBDA83C2A3CA03CDE3BAABA493C16BCA73CC6BB75BC753B363BCD3BE43CD2BBAC3BDFBC00BD333D143D3B3B513D573DF4394A3D9C3B00BCC53C943C8DBC92BC3ABCA4BC223D0CBC03BC74BC6BBB6D3B173CCEBB6D3AAD3B4D3CFEBBECBC463C023DBA3C13BC8DBC193B413C07BD9FBABE3C553B063C373BF6BAF4BC54BA03BD363DA1BC193DA83C8A3C203D39BCD23BCABC343C583BB0BC8F3B2ABC0BBB22BDBFBC3D3D963C3D3C343CE3BB8C3CAA3C20BC8B3CC33C653C583CD1BC5A3CB8BCA2BC1B3C48BC2BBDCFBCB7BC153CDA3C043DF1BC17BD7A3B1F3D3D3C3138E7BB27BB15BCFABB8F3C3A3C45BC07BDC33C4C3B2B3C5B3A5ABB483B123DD9BB80BAED3C973C0A3D54B9733C9A3A5C3CA7BC153C393CDA3A8E3B97BC41BC72BCB6BB623859BC1BBBC03A19BC42BC5E3C43BC8EBCA83C4D3B1CBB6E3C66BC6BBCF53C833B2B3A12BD03BD25BB4E3C2DBC62BA1C3D21BC313C94BB32BD58BD053D7F3D26BC8ABA833C76BB3D391ABB35377C3A5E3CA93B133C743C8C3B88BB61BCF8BBD33B06BD0E3D1DBC0DBC7E3BA4BC1BBC27BC0C3CBBBB2E3BA3BCFBBC2C3CFA3C483C5BBC253D593C173B823CBDBBDC3ABBBC8EBC42BCDEBC1CBC7ABBBCBAD73CD03C1A3CD73C7EBB5F3C0FBB78BBBD3CA1BB093CE7BC963AC2BB06BD0BBC193DA6BC853BBEBA4CBB4D3CCB3B1A3CE43A93BC503BB8BC043DB33CED3B99BCD1BB503CECBB9F3C1EBDE43B84BC003D86BC97BC8D3C0BBC943C293C60BCA73B2CBC5CBD13BD063C073DF03B09BDBBBBAF3CDDBC213B243D6C3C78BCB33CAC3C19BDC939713A09BCBFBA16BBF1BC97BCB23B0FBB6BBBA3BBDDBC813B663B23BC6ABC613C063B143CEFBC1A3C7ABDBDBC103BA73B0FBD043CBEBCB6BC19BC983A27BC0ABD86BABDBC18BB4CBC3EBCEA3C06BDF93B063C183B68BC2FBC1A3DC83C663AACBCD53C1EBCC93C383CF83C5B3CA2BCF13CE23B1FBC97BC5FBC1A3D28BB25BDC83CCDBC5FBC243CECBB51BD0DBC0ABCB73C9E3CC9BB103D043C05BDEC3B283CFC3B2ABC3DBC2FBCD43BD93C1BBB06BCB43C983BF8BC58BB063C96BB71BCEA3BA2BB033D8D3B35BCB13B24BDF9BC243B863CA9BCC53C8DBC773B3DBCFEBC893C8FBC193C83BCBB3B19BB55BCB73C0CBC25BD1A3D113C02BD893C9BBC083DD7BCAA3CE7BBC2B99ABC2C3B4ABC123C27BCA93C0B3B84BB2D3C1A3C88BCB9BC83BC893C11B81BBDE4BB24BC4D3C2C3C2B3D03BC2E3D83BA0DBC033AB63BBABB243CF13B71BCC23CE23C26BC093D73BCAFBB1CBD813AA0BCF9BC673CAABC1CBCA2BC0E3CF3BB013C593C433C9DBCAD3CC8BC253D7CBCAEBCCDBC143CA03C0DBD0BBD0EBDBEBCA2BCC63B48BCA53C8FBC0DBCD5BBE23CD83B9C3C9D3AA73C28BC383C843CF33C7FBC53BB20BD393D16BC2F3C9F3CF6BC47BC4FBA133D12BCA0BC58BC2EBCD4BA1BBC133B6D3C9CBC08BC80BC1A3C923C193C713B35BCAA3A163C1BBC86BCC5BB6CBB9F3CF1BC16BC6DBC533C77BC623C43BB52BC323B8ABC7E3C91BCF83B8CBBA7BC42BC14BCA13CED3A0EBB123DB53CC93A963CAC3CFE3BBC3C6E3C0CBC06BC77BCB6BB81BA643BDFBBF0BBCDBBF93C94BA55BCADBA373C043D16BDB83C4C3C3B3C02BDC9BC953C173B20BD3C3D463C053CBD3CA83CA0BCCF3A6F3C0EBD25BB66BC5DBA523C973C4BBC85BC283B8339C23B1EBDB0B8A9BC9EBC1F3B1C3C563C983C9C3C073A8A3A1E3C91BB993C5FBCDABC903B40BA0CBC67BC09BBE83C253CEFBC663C97BC633CD53B803DBA3B9CBC2E3DC23B1E3D63BC1FBA97BC043A47BD7CBCC53C35BC5CBC113C42BBDABA8A3C783C8F3C1BBCAD3A493B13BC1BBC31BC033C00BDF63CC93BBB3C84BC073DA33C8C3C853C773A9EBC8DBC95BB5E3CDEBC173C3FBC54BDA33B023D713A81BC35BCA3BC1D3CCB390EBB3EBD82BB06BC7D3CBA3C1D3D2E3DA3BBA6BC913BDC3CD5BC123DD33B6B3C9BBCA7BABABCB2BC873C6B3B2D3CC3BB263CD8BC07BB823C4DBCCF3B223BADBB52BC193D2CBC263BBF3B9B3B373C02BD593CB3BC84BC78BB463DEFBA4CBC69BC93BCBCBA75BC363CCC3B5DBB82BBD4BB08BDCDBCC7BCFA3C0F3BD43C22BD82BCFCBBAEBC103C423C8F3C4CBC5D3CA93B5ABC443B083C13BC0D3D8C3CAABC77BD27BC3E3D003D213D233D0C3CE43B123CB3BC413C3FBC97BC66BC333C3B3A97BCD33CE2391A3C26BC09BD233C573CB1BCA53C0D3CCFBCECBCD1BBF937C8BC01BC44BC6B3C5ABB2F3B86BB013921BC823C04BB333B443A053C973B15BDABBCD3BC1EBBCC3C0A3BFC3BA2BCC33C223D0DBD23BC633CD7BCF33C0BBBBC3C953C853B0DBC0E3C10BC843CA9BA9F3C5D3BF93C6B3A1BBD723C9EBBB33C243CBE3CD7BBEB3B23BC9C3C4FBD13BBEF3C1E3C35BC6CBCB23CE33BDEBCA1BCB9BC053ADCBC8CBC7EBCA4BC8CBCBC3BCE3B8F3C02BD413A5BBD863C1DBC183C533C22BAE33C43BC84BBA6BA2EBCB43C6B3C363C91BBF23B86BC293CD1BCD23B893C093D45BCE0BC1FBC833BE0BC1B3B61393CBB5E3C00BB44BD9D3B49BBC43CBBBC5B3BABBC4D3C1C3D82BC0EBCB3BC1D3D7ABC14BD0F3CB33BBA3C2ABC03BC963ACABC87BB693C83B82BBCE83CB4BA013C0FBD273C1EBD3D3D55BCB1BB883B95BCE93C073D07BCA23CBABC16BC9E39A43C793C34BC58BCBC3C803CFBBB4539BBBBFABC633B8FBAF6BC3E3BAEBC57BD643B5DBC203D15BCDFBC9A3B973CBBBCBE3CD6BB84BAFEBB123D2EBCE8BC17BD943C88BB473CF23A503CA0BB14BB553B81BD773C243C633C4B3D5ABC34BC93BCD8BB213C34BCB83C2F3BD5BC32BB76BC9ABB003D99BBC73CA53BDC3B40BC7F3C903C813CBB3C753A8BBC423CB73A2C3C3ABB283B8C3C1E3D87BCAE3C34BC11BCF7BBB8BCAD3B9EBCA6BCA6BCB03CFC3BBF3CA93B3C3CCEBC85BC9F3B213B453C1D3C88BADBBB0F3D3FBBBCBB403C21BB8D3BF53B073CBD3CE4BCCB3CD83C32BC87BC08BD093DF33C2DBC36BC223CC33CB4BC553CCE3C123CC1BBF7BC4DBCB8BBF5BC88BB2B3C1B3CB8B801BCDB3CFDBC9CBC663C92BC0DBD35BC22BC6D3C93BC93BCCBBC99BC0BBCF63C70BC633C4E3D22BC453DA43C5F3CCDBB09BCD1BBF0BBBFBBC93C123CA33CE53ABF3CACBC943C33BC1CBD943B013C843C29BC2F3D3EBBD83ACF3BA43C48BCE83BB2BCBDBCF2BC4C3CB2BC5EBC74BC1F3C063B8C3CBCBBA23C8A3CF43CD83CAD3CA03CA53CC63C013DEC3C76BB9BBA993DF13CCFBB493CEABCF13B853C09BC97BBF13AF6392B3B86BBBA3C723CEE3C0B3C0ABDF83C193CD5BB323C16BDFCBAD23C83BC963B2C3BD83C273DBB3AB9BCD43ACCBC88BCD83C8DBC8ABBB9B999BC7D3C943A79BAD63BCFBBD5BAC13B0A3D13BDE7BBB03C3F3CCABA733C173CDC3C3DBCEBBCED3C9A3BA73CD73C74BC5FBAFEBB15BB47BB393CA739F7BC51BCD7BB963C4FBCB8BC943C84B93E3C6A3BC33C0ABD243C663C65BBECBC0EBD37BC213C90BB28BC22BD943AAFBBDCBBBD3CD33978BCC9BC253D0A3C35BCB13C733C7A3D70BC4C3B00BC103C50BC9F3B0CBDC73B87BB88BCCCBB663C9ABCDF3B473CFA3C74BC9D3C07BD0F3DFABC5B3C12BC99BC893C07BCA6BC84393EBC0D3B43BCB1BCE5BBC63C3ABDB03A443B373DE3BC27BDF83BC7BCE6BC083C903C0C3C97BBA63CB03CC3BAAD3A66BCAC3BBB3C303C86BCA2BC9BBC613B5B3C14BDFDBB093D16BCD93992BC97BCADBB5A3DD7BC553C523B753BB6BC093CB3BCD73CF13805BD36BD25BBBA3BA23CB1BBD23BE53BCFB9503CC83B843C5C3B2D3BBF3BADBB42BC8FBA283C6D3AAFBCFBBBA8BC50BCBF3B62BC883B013C663DEA3CCDBCBD3CB6BCACBC863A213CD03C993B203CEA3C05BD4CBC8C3B893C573CDF3C33BC18BB723C9ABBCA3B8A3BC2BC0D3D573CBF3B613C2F3CDBBC1C3B3FBCCABC913BA33B1A3D54BC903C19BD513C7BBB69BC38BDD3BC08BC9BB976BC7C3CDD3C4EBC12BC0D3D00BDAC3B53BBCE385D3C823C27BCC1BC36BCEBBC083D563CB9BA8E3C08BC11BD0DBDDF3CCCBC8D3A2A3DAC3C9F3C993CBFBB54BB29BDC03C003CDF3C513CC53C363B0E3DAD3CCF3B8F3B003DA3BCD3BC98BC55BB723CCABB8D3C21BB203A083C22BCB2BC81BB563C783C26BD0BBD35BD5BBCAEBB5D3C93BBF53CBF3BB43C51BB263C83BBA83CD6BCED3C15BD2D3CB7BCA73BC23C5A3C4CBC61BCFA3C92BCDD3B1EBB8D3B793B0E3A3BBC9D3C4A3C893CFB3B17BC28BD1A3D013CAD3CB13C5C3CD4BC4D3CC43B2C3D09BD42BC9FBB6EBC433CDD3C63BCBF3CC33CB5BCE23B7B3C90BCBFBB6C3CB03A16BDE3BB20BCE73BE5BC813B4ABCC13CE8BC9CBCD23BCDBC6CBC123B953CB8BC4F3CD9BB593BACBC213CC53C0ABB13BDA2BB11BDD0BCED39033CE0BC34BC75BC74BBD9BC11BCB6BC83BBC43ACE3CC83A34BDE33B2F3CAF3CABBB9D3B7DBBF23C2E3C3E3D45BC2FBC253CF13B54BC38BDDDBB9EBB9E3C9D3C0CBD9DBC293BD0BC9EBC4B3B5E3A97BC133C82BBC5BCAABCEB3CE5BB0BBCECBC66BD853C473D2D3D043C263C4DBBCC3BEB3AB93C92BC06BDAF3B05BC78BC333CF4BB7B3C66BB62BA23BB6A3CBF3C723C703CD33C61BB313B0DBD9F3CDDBC23BC893CC43CAA3C953BF3BC923C313C5BBCE23BBF3CA63CB63C063D8ABC8DBCCBBB13BBB4BCB83CC3BB243CC63C5DBDCB3A9FBB22BDA03B823B363BACBB02BD803C403C9B3C033C053D213D9BBBFF3A9EBC31BCF03C743C11BDD63C46BB98BC403C51BC6BBC8ABC2D3C293CBC3CDCBC123DD33CBC3C0EBDD43BA3BB0C3BA0BB92BA043D623C873CB0BC2BBDE1BC92BC10BA983BBF3CC43C3D3C173D96BC053DE4BCAE3B923C033C33BCCDBC823C0FBC28BC4C3DA13C603BE8BCC2BBFABB903A5EBC953C993B543C923C873C783C2FBDB53C6D3C5B3CA93BD2B9CABC06BDDEB9ECBCFE3BB83CAEBC6DBC8D3C1DBB0BBD01BDCF3C253CCDBC563CECBB29BCED3CF73C8E3C43BC2ABC8CBC043C38BC793CD4BCB7BB6FBCD539BBBC8D3C973CA73B753CF73BAE3C79BCC13C683CABBB4FBB973CF53B81BBD73C163D81BCAFBCF8BC5CBC953C9FBC7FBACBBB513CF03B79BCDABC23BD19BD6B3C6EBDB23C09BD13BCEC3A4FBC0CBCB5BBD4BBFFBC443ADEBCA2BB903C563C07BCF4BC4E3C383C3FBB913CFD3B383CC43A60BCB0BB64BCFF3B7CBBB6BB3BBB27BCDE394C3C743B333C90BCEBBB7ABA9ABC58BB413CF8BCEEBB90BCD23CEFBB763C50BC82BC3F3B003D2F3C193C0A3A70BC033D16BDB13986BCF43C8EBC44BC88BCABBC20BC373B2C3C323CE5BC10BCAC3C233C96BC2F3D20BD523C82BC21B979BB43BC003BBDBCCBBCD53B8BBB753C753DB2BC89BB8BBC7BBC1EBDD53C7A3C5B3AD03CC4BBE4BC433CFCBC18BC1E3D7A3C883BFCBB58BC7D3B59BDD23C99BC643AF83CDBBBA63BF2BB973C1D3D4DBCDDBC983AE43CFCBB293C7CBC853C973CF3BCB33B21BD89BCE1BC",
      torch_tensor_1_16_torch.int64_1: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_16_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F00000000000000"
    }
  }
#-}
