// Exported by scripts/export-zoo.py (torch-mlir, PyTorch 2.15.0, transformers 5.25.0) as linalg-on-tensors IR, unchanged:
// t5: T5EncoderModel; input input_ids, bf16
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> ()>
#map5 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d2)>
#map11 = affine_map<(d0, d1) -> (d0, d1)>
#map12 = affine_map<(d0, d1) -> (0, d1)>
#map13 = affine_map<(d0, d1) -> (d0, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x8xi64>) -> tensor<1x8x32xbf16> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c4_i64 = arith.constant 4 : i64
    %c8 = arith.constant 8 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 0.000000e+00 : bf16
    %cst_2 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_2> : tensor<64x32xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_7> : tensor<32x32xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_6> : tensor<32x32xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_5> : tensor<32x32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_4> : tensor<32x32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_3> : tensor<32x32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_8_2_torch.bfloat16> : tensor<8x2xbf16>
    %cst_19 = arith.constant 2.0794415416798357 : f64
    %cst_20 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_2> : tensor<32x32xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_22 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_23 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_24 = arith.constant 9.9999999999999995E-7 : f64
    %cst_25 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %true = arith.constant true
    %cst_26 = arith.constant 3.200000e+01 : f32
    %cst_27 = arith.constant 2.000000e+00 : f32
    %cst_28 = arith.constant dense<3> : tensor<8x8xi64>
    %0 = tensor.empty() : tensor<1x8x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %167 = arith.index_cast %in : i64 to index
      %168 = linalg.index 2 : index
      %169 = arith.cmpi slt, %167, %c64 : index
      cf.assert %169, "index must be smaller than dim size"
      %170 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %170, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_25[%167, %168] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %2 = tensor.empty() : tensor<1xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %4 = tensor.empty() : tensor<8xi64>
    %5 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%4 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %167 = linalg.index 0 : index
      %168 = arith.index_cast %167 : index to i64
      linalg.yield %168 : i64
    } -> tensor<8xi64>
    %expanded = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_29 = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_30 = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %6 = tensor.empty() : tensor<1x1x8x1xi1>
    %7 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29 : tensor<1x1x8x1xi64>) outs(%6 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %167 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %167 : i1
    } -> tensor<1x1x8x1xi1>
    %8 = linalg.generic {indexing_maps = [#map4, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %7 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%6 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_87: i1, %out: i1):
      %167 = arith.andi %in, %in_87 : i1
      linalg.yield %167 : i1
    } -> tensor<1x1x8x1xi1>
    %9 = tensor.empty() : tensor<1x1x1x8xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_30 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%9 : tensor<1x1x1x8xi1>) {
    ^bb0(%in: i64, %in_87: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<1x1x1x8xi1>
    %11 = tensor.empty() : tensor<1x1x8x8xi1>
    %12 = linalg.generic {indexing_maps = [#map7, #map8, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<1x1x8x1xi1>, tensor<1x1x1x8xi1>) outs(%11 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_87: i1, %out: i1):
      %167 = arith.andi %in, %in_87 : i1
      linalg.yield %167 : i1
    } -> tensor<1x1x8x8xi1>
    %13 = tensor.empty() : tensor<1x1x8x8xbf16>
    %14 = linalg.generic {indexing_maps = [#map3, #map4, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %cst_3, %cst_2 : tensor<1x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%13 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_87: bf16, %in_88: bf16, %out: bf16):
      %167 = arith.select %in, %in_87, %in_88 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x1x8x8xbf16>
    %15 = tensor.empty() : tensor<1x8x32xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x8x32xbf16>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<1x8x32xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %18 = tensor.empty() : tensor<1x8x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<1x8x32xf32>) outs(%19 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.divf %in, %cst_26 : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.truncf %cst_24 : f64 to f32
      %168 = arith.addf %in, %167 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.rsqrt %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %23 : tensor<1x8x32xbf16>, tensor<1x8x1xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %in_87: f32, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      %168 = arith.mulf %167, %in_87 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x32xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %26 = linalg.generic {indexing_maps = [#map10, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_23, %25 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.mulf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %27 = tensor.empty() : tensor<32x32xbf16>
    %transposed = linalg.transpose ins(%cst_22 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %28 = tensor.empty() : tensor<8x32xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %30 = linalg.matmul ins(%collapsed, %transposed : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %31 = tensor.empty() : tensor<8x32xbf16>
    %32 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%30 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_31 = tensor.expand_shape %32 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %33 = tensor.empty() : tensor<1x2x8x16xbf16>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<1x8x2x16xbf16>) outs(%33 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_33 = linalg.transpose ins(%cst_21 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %34 = linalg.matmul ins(%collapsed, %transposed_33 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %35 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_34 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_35 = linalg.transpose ins(%cst_20 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %36 = linalg.matmul ins(%collapsed, %transposed_35 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %37 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%36 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_36 = tensor.expand_shape %37 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<1x8x2x16xbf16>) outs(%33 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_38 = tensor.expand_shape %5 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %expanded_39 = tensor.expand_shape %5 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %38 = tensor.empty() : tensor<8x8xi64>
    %39 = linalg.generic {indexing_maps = [#map12, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%expanded_39, %expanded_38 : tensor<1x8xi64>, tensor<8x1xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_87: i64, %out: i64):
      %167 = arith.subi %in, %in_87 : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %40 = tensor.empty() : tensor<8x8xi1>
    %41 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<8x8xi64>) outs(%40 : tensor<8x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %167 = arith.cmpi sgt, %in, %c0_i64 : i64
      linalg.yield %167 : i1
    } -> tensor<8x8xi1>
    %42 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%41 : tensor<8x8xi1>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i1, %out: i64):
      %167 = arith.extui %in : i1 to i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %43 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%42 : tensor<8x8xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %167 = arith.muli %in, %c4_i64 : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %44 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<8x8xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %167 = math.absi %in : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %45 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%44 : tensor<8x8xi64>) outs(%40 : tensor<8x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %167 = arith.cmpi slt, %in, %c2_i64 : i64
      linalg.yield %167 : i1
    } -> tensor<8x8xi1>
    %46 = tensor.empty() : tensor<8x8xf32>
    %47 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%44 : tensor<8x8xi64>) outs(%46 : tensor<8x8xf32>) {
    ^bb0(%in: i64, %out: f32):
      %167 = arith.sitofp %in : i64 to f32
      linalg.yield %167 : f32
    } -> tensor<8x8xf32>
    %48 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%47 : tensor<8x8xf32>) outs(%46 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.divf %in, %cst_27 : f32
      linalg.yield %167 : f32
    } -> tensor<8x8xf32>
    %49 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<8x8xf32>) outs(%46 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.log %in : f32
      linalg.yield %167 : f32
    } -> tensor<8x8xf32>
    %50 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%49 : tensor<8x8xf32>) outs(%46 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.truncf %cst_19 : f64 to f32
      %168 = arith.divf %in, %167 : f32
      linalg.yield %168 : f32
    } -> tensor<8x8xf32>
    %51 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%50 : tensor<8x8xf32>) outs(%46 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.mulf %in, %cst_27 : f32
      linalg.yield %167 : f32
    } -> tensor<8x8xf32>
    %52 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%51 : tensor<8x8xf32>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: f32, %out: i64):
      %167 = arith.fptosi %in : f32 to i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %53 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%52 : tensor<8x8xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %167 = arith.addi %in, %c2_i64 : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %54 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%53, %cst_28 : tensor<8x8xi64>, tensor<8x8xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_87: i64, %out: i64):
      %167 = arith.minsi %in, %in_87 : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %55 = linalg.generic {indexing_maps = [#map11, #map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%45, %44, %54 : tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i1, %in_87: i64, %in_88: i64, %out: i64):
      %167 = arith.select %in, %in_87, %in_88 : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %56 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%43, %55 : tensor<8x8xi64>, tensor<8x8xi64>) outs(%38 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_87: i64, %out: i64):
      %167 = arith.addi %in, %in_87 : i64
      linalg.yield %167 : i64
    } -> tensor<8x8xi64>
    %57 = tensor.empty() : tensor<8x8x2xbf16>
    %58 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56 : tensor<8x8xi64>) outs(%57 : tensor<8x8x2xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %167 = arith.index_cast %in : i64 to index
      %168 = linalg.index 2 : index
      %169 = arith.cmpi slt, %167, %c8 : index
      cf.assert %169, "index must be smaller than dim size"
      %170 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %170, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_18[%167, %168] : tensor<8x2xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<8x8x2xbf16>
    %59 = tensor.empty() : tensor<2x8x8xbf16>
    %transposed_40 = linalg.transpose ins(%58 : tensor<8x8x2xbf16>) outs(%59 : tensor<2x8x8xbf16>) permutation = [2, 0, 1] 
    %expanded_41 = tensor.expand_shape %transposed_40 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %60 = tensor.empty() : tensor<1x2x16x8xbf16>
    %transposed_42 = linalg.transpose ins(%expanded_34 : tensor<1x8x2x16xbf16>) outs(%60 : tensor<1x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_43 = tensor.collapse_shape %transposed_32 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_44 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %61 = tensor.empty() : tensor<2x8x8xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%61 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %63 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%62 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x8x8xf32>) outs(%59 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_45 = tensor.expand_shape %64 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %65 = tensor.empty() : tensor<1x2x8x8xbf16>
    %66 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %expanded_41 : tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs(%65 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x2x8x8xbf16>
    %67 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %14 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%65 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x2x8x8xbf16>
    %68 = tensor.empty() : tensor<1x2x8x8xf32>
    %69 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<1x2x8x8xbf16>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %70 = tensor.empty() : tensor<1x2x8xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<1x2x8xi64>) -> tensor<1x2x8xi64>
    %72 = tensor.empty() : tensor<1x2x8xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<1x2x8xf32>) -> tensor<1x2x8xf32>
    %74:2 = linalg.generic {indexing_maps = [#map3, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<1x2x8x8xf32>) outs(%73, %71 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_87: i64):
      %167 = linalg.index 3 : index
      %168 = arith.index_cast %167 : index to i64
      %169 = arith.maximumf %in, %out : f32
      %170 = arith.cmpf ogt, %in, %out : f32
      %171 = arith.select %170, %168, %out_87 : i64
      linalg.yield %169, %171 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_46 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %75 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_46 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_87: f32, %out: f32):
      %167 = arith.subf %in, %in_87 : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %76 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<1x2x8x8xf32>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.exp %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %77 = tensor.empty() : tensor<1x2x8x1xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<1x2x8x1xf32>) -> tensor<1x2x8x1xf32>
    %79 = linalg.generic {indexing_maps = [#map3, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<1x2x8x8xf32>) outs(%78 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x1xf32>
    %80 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_87: f32, %out: f32):
      %167 = arith.divf %in, %in_87 : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %81 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<1x2x8x8xf32>) outs(%65 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_47 = tensor.collapse_shape %81 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_48 = tensor.collapse_shape %transposed_37 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %82 = tensor.empty() : tensor<2x8x16xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_47, %collapsed_48 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%83 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %85 = tensor.empty() : tensor<2x8x16xbf16>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x8x16xf32>) outs(%85 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_49 = tensor.expand_shape %86 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %87 = tensor.empty() : tensor<1x8x2x16xbf16>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<1x2x8x16xbf16>) outs(%87 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%cst_17 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_52 = tensor.collapse_shape %transposed_50 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %88 = linalg.matmul ins(%collapsed_52, %transposed_51 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %89 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%88 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_53 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %90 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_53 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<1x8x32xbf16>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<1x8x32xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<1x8x32xf32>) outs(%19 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.divf %in, %cst_26 : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.truncf %cst_24 : f64 to f32
      %168 = arith.addf %in, %167 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.rsqrt %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %96 : tensor<1x8x32xbf16>, tensor<1x8x1xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %in_87: f32, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      %168 = arith.mulf %167, %in_87 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x32xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %99 = linalg.generic {indexing_maps = [#map10, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_16, %98 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.mulf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %100 = tensor.empty() : tensor<32x64xbf16>
    %transposed_54 = linalg.transpose ins(%cst_15 : tensor<64x32xbf16>) outs(%100 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_55 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %101 = tensor.empty() : tensor<8x64xf32>
    %102 = linalg.fill ins(%cst : f32) outs(%101 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %103 = linalg.matmul ins(%collapsed_55, %transposed_54 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%102 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %104 = tensor.empty() : tensor<8x64xbf16>
    %105 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%103 : tensor<8x64xf32>) outs(%104 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x64xbf16>
    %expanded_56 = tensor.expand_shape %105 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %106 = tensor.empty() : tensor<1x8x64xbf16>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_56 : tensor<1x8x64xbf16>) outs(%106 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %167 = arith.cmpf ugt, %in, %cst_1 : bf16
      %168 = arith.select %167, %in, %cst_1 : bf16
      linalg.yield %168 : bf16
    } -> tensor<1x8x64xbf16>
    %108 = tensor.empty() : tensor<64x32xbf16>
    %transposed_57 = linalg.transpose ins(%cst_14 : tensor<32x64xbf16>) outs(%108 : tensor<64x32xbf16>) permutation = [1, 0] 
    %collapsed_58 = tensor.collapse_shape %107 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %109 = linalg.matmul ins(%collapsed_58, %transposed_57 : tensor<8x64xbf16>, tensor<64x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %110 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%109 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_59 = tensor.expand_shape %110 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %expanded_59 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x8x32xbf16>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<1x8x32xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<1x8x32xf32>) outs(%19 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.divf %in, %cst_26 : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.truncf %cst_24 : f64 to f32
      %168 = arith.addf %in, %167 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.rsqrt %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %117 : tensor<1x8x32xbf16>, tensor<1x8x1xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %in_87: f32, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      %168 = arith.mulf %167, %in_87 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x32xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %120 = linalg.generic {indexing_maps = [#map10, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_13, %119 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.mulf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %transposed_60 = linalg.transpose ins(%cst_12 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_61 = tensor.collapse_shape %120 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %121 = linalg.matmul ins(%collapsed_61, %transposed_60 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %122 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%121 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_62 = tensor.expand_shape %122 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<1x8x2x16xbf16>) outs(%33 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_64 = linalg.transpose ins(%cst_11 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %123 = linalg.matmul ins(%collapsed_61, %transposed_64 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %124 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%123 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_65 = tensor.expand_shape %124 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_66 = linalg.transpose ins(%cst_10 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %125 = linalg.matmul ins(%collapsed_61, %transposed_66 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %126 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%125 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_67 = tensor.expand_shape %126 [[0, 1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<1x8x2x16xbf16>) outs(%33 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_69 = linalg.transpose ins(%expanded_65 : tensor<1x8x2x16xbf16>) outs(%60 : tensor<1x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_70 = tensor.collapse_shape %transposed_63 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_71 = tensor.collapse_shape %transposed_69 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %127 = linalg.batch_matmul ins(%collapsed_70, %collapsed_71 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%62 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x8x8xf32>) outs(%59 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_72 = tensor.expand_shape %128 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %129 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_72, %expanded_41 : tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs(%65 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x2x8x8xbf16>
    %130 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %14 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%65 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x2x8x8xbf16>
    %131 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130 : tensor<1x2x8x8xbf16>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %132:2 = linalg.generic {indexing_maps = [#map3, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%131 : tensor<1x2x8x8xf32>) outs(%73, %71 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_87: i64):
      %167 = linalg.index 3 : index
      %168 = arith.index_cast %167 : index to i64
      %169 = arith.maximumf %in, %out : f32
      %170 = arith.cmpf ogt, %in, %out : f32
      %171 = arith.select %170, %168, %out_87 : i64
      linalg.yield %169, %171 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_73 = tensor.expand_shape %132#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %expanded_73 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_87: f32, %out: f32):
      %167 = arith.subf %in, %in_87 : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133 : tensor<1x2x8x8xf32>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.exp %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%134 : tensor<1x2x8x8xf32>) outs(%78 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x1xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%134, %135 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%68 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_87: f32, %out: f32):
      %167 = arith.divf %in, %in_87 : f32
      linalg.yield %167 : f32
    } -> tensor<1x2x8x8xf32>
    %137 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%136 : tensor<1x2x8x8xf32>) outs(%65 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_74 = tensor.collapse_shape %137 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_75 = tensor.collapse_shape %transposed_68 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %138 = linalg.batch_matmul ins(%collapsed_74, %collapsed_75 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%83 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x8x16xf32>) outs(%85 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_76 = tensor.expand_shape %139 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %transposed_77 = linalg.transpose ins(%expanded_76 : tensor<1x2x8x16xbf16>) outs(%87 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_78 = linalg.transpose ins(%cst_9 : tensor<32x32xbf16>) outs(%27 : tensor<32x32xbf16>) permutation = [1, 0] 
    %collapsed_79 = tensor.collapse_shape %transposed_77 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %140 = linalg.matmul ins(%collapsed_79, %transposed_78 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %141 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%140 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_80 = tensor.expand_shape %141 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %142 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %expanded_80 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x8x32xbf16>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x8x32xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%144 : tensor<1x8x32xf32>) outs(%19 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.divf %in, %cst_26 : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.truncf %cst_24 : f64 to f32
      %168 = arith.addf %in, %167 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x1xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.rsqrt %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %148 : tensor<1x8x32xbf16>, tensor<1x8x1xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %in_87: f32, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      %168 = arith.mulf %167, %in_87 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x32xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %151 = linalg.generic {indexing_maps = [#map10, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_8, %150 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.mulf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %transposed_81 = linalg.transpose ins(%cst_7 : tensor<64x32xbf16>) outs(%100 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_82 = tensor.collapse_shape %151 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %152 = linalg.matmul ins(%collapsed_82, %transposed_81 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%102 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %153 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%152 : tensor<8x64xf32>) outs(%104 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x64xbf16>
    %expanded_83 = tensor.expand_shape %153 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_83 : tensor<1x8x64xbf16>) outs(%106 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %167 = arith.cmpf ugt, %in, %cst_1 : bf16
      %168 = arith.select %167, %in, %cst_1 : bf16
      linalg.yield %168 : bf16
    } -> tensor<1x8x64xbf16>
    %transposed_84 = linalg.transpose ins(%cst_6 : tensor<32x64xbf16>) outs(%108 : tensor<64x32xbf16>) permutation = [1, 0] 
    %collapsed_85 = tensor.collapse_shape %154 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %155 = linalg.matmul ins(%collapsed_85, %transposed_84 : tensor<8x64xbf16>, tensor<64x32xbf16>) outs(%29 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %156 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%155 : tensor<8x32xf32>) outs(%31 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<8x32xbf16>
    %expanded_86 = tensor.expand_shape %156 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %157 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %expanded_86 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.addf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<1x8x32xbf16>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<1x8x32xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %167 : f32
    } -> tensor<1x8x32xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%159 : tensor<1x8x32xf32>) outs(%19 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.addf %in, %out : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.divf %in, %cst_26 : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = arith.truncf %cst_24 : f64 to f32
      %168 = arith.addf %in, %167 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x1xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<1x8x1xf32>) outs(%18 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %167 = math.rsqrt %in : f32
      linalg.yield %167 : f32
    } -> tensor<1x8x1xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %163 : tensor<1x8x32xbf16>, tensor<1x8x1xf32>) outs(%15 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %in_87: f32, %out: f32):
      %167 = arith.extf %in : bf16 to f32
      %168 = arith.mulf %167, %in_87 : f32
      linalg.yield %168 : f32
    } -> tensor<1x8x32xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %167 = arith.truncf %in : f32 to bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    %166 = linalg.generic {indexing_maps = [#map10, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %165 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_87: bf16, %out: bf16):
      %167 = arith.mulf %in, %in_87 : bf16
      linalg.yield %167 : bf16
    } -> tensor<1x8x32xbf16>
    return %166 : tensor<1x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_4: "0x020000007E3F843F883F5C3F8B3F783F893F7B3F7C3F823F7F3F843F823F823F5D3F563F8D3F4E3F7C3F963F9C3F6F3F913F743F873F813F833F8B3FA03F7F3F783F683F",
      torch_tensor_32_64_torch.bfloat16_1: "0x02000000AABEF03D323EC7BD47BB5E3E85BDBDBD783DC9BC01BE0ABE033C8CBD6C3D3FBDF43D36BE293D8C3EEEBC54BDE33D6EBDD33C8BBDE6BD973D1FBD04BE73BD25BE34BD80BD593D1BBBF0BD933D13BC50BE87BCF2BB9FBC4BBD243E6B3DB13D3ABD033DB33BD5BD2A3C2E3B20BBA0BD43BD703C17BD083EA7BD0E3EC13CACBACCBDB73C153E793DD83D793EE53DF5BDE4BCC5BDB83D0CBDD43B853E7D3D163DD23D843D97BD26BCB83DDB3CCA3C83BC823E2FBE493E703E303B46BE6E3E9F3DC5BC07BE59BD25BEC83D3DBDADBA03BCCEBC81BD293E00BD5EBD1EBDB43D8CBD5A3E55BD123EE43A343D08BED43D2A3EE23DBBBD083EC1BCAD3D1B3D43BD573EA5BC523CFFBC143E653D60BD933D693D7F3E51BD6F3D18BCEB3DA43DEA3D03BE763EB1BB06BD1F3E7ABE98BC9A3D25BDB13EC5BD03BE4BBD9ABD64BE56BDDC3C8FBD39BCA53C9FBD433D7CBE5DBDDFBD2FBEF3BD2BBD8E3D0C3E0F3E29BDF23D6BBE1DBDA63CC73D1ABBD53C2EBD6DBD04BE47BEAFBD7CBCD1BD91BD18BC05BC7ABEBE3D923D8C3DC6BDFD3D8B3CE73C56BC59BD2F3D283E5FBEE03C46BE583E413EC23D7A3D1F3E63BDCDBD933DE33D52BDB5BD8BBD16BE563E013DE83D81BE0FBD1F3E45BD41BD6B3EA5BD713E8DBCDD3DD8BCD3BDEF3D24BE03BE15BE0ABE1E3DBEBDDB3C2E3E003EB2BD9CBD11BE4A3EE43B8FBC5D3B24BEBCBB83BEE03C923E513DD8BD96BD51BE953D313E7F3D98B87EBD6CBE323E2CBD12BD4CBED63DA0BDD0BD363E17BD34BCBBBDFF3D8FBDAC3C223E2CBE603ED6BC32BE01BD20BE5D3EAFBDC5BD613E883C833D8B3B373C313EB4BDF43D203E093E02BE99BD783DFB3DE8BD9BBC59BDEEBDC1BC373E7EBE22BDFC3D7C3D00BE05BEB63CA93DC1BC77BCBA3DA8BD13BD8FBDAC3D16BE253CE2BDDA3DEDBD3C3E9E3D373EE3BDCF3C1C3EAABD0F3E433E02BDD73D21BEF33C2DBDE2BC1BBEDCBD2B3ED73D7B3D0ABBB63BC13C08BD54BD3FBD143E8BBD453E6EBE28BEC6BD9EBCD1BD00BE2A3ED33D1ABB27BD603EC73D8D3D043E78BB90BE64BD123E80BEC0BCE3BDDB3D3EBE963D2C3E0F3E0F3E8ABD973DFEBD1ABDB13DA23D623E78BD563D8ABD97BC273E34BCF73C453E903D23BEA43DB0BCBF3C1B3ECBBCAE3D27BEA4BDF63BA6BCD2BDE73DBE3D173E003E0B3ECB3B5FBEFCBCC83D953D293E82BD99BD2F3DA23D38BC7EBD2F3DD3BDF33D21BE263C2A3E2E3E01BD21BD02BC0E3D023E31BE073EEA3A263EA0BC903C7C3D16BE9EBD5E3EDFBB0C3D37BE2DBE16BE06BE753D443E1A3DE5BD4E3EDB3B953D133DAA3D62BD933D0CBE73BC5C3DABBC97BCF2BCD13D1B3D8CBC8BBEAEBD99BD263DB8BD9F3D443E8BBEC9BDEA3DD7BD463EB43CE13C4ABD053ED9BDD2BCAE3CFC3C763E133E28BD4A3D493DFF3D173DE43D183E22BEFEBC3C3E1FBEF5BD433E573DB0BD063ECD3D413C92BDDABD8FBD333EA5BDDDBC81BE0D3E79BDE1BD173E033D81BEB63C0EBE2E3E683E3BBEB4BD38BE413ED6BDC6BDBC3D37BD18BD83BEC63E293E9CBC2FBECBBDEBBDE6BDD13D30BEB0BDA5BEAABC3E3D1C3E25BEBABD63BDFBBB063D3CBDE23D503EDE3DA03CED3B1BBE7E3EBFBDAE3EC0BD82BD0C3EA83C14BD1E3D063EBE3E26BEE9BD85BE743D213E4FBE453BDC3D1B3E5FBDF23DB0BDB73D1D3EAC3D643EFA3D763EA93D3C3DD13D5D3ECABC0C3E48BE9EBDAD3D1BBE50BE70BE673C233DBDBDF33D86BD8C3CD53DA0BD333D95BDF0BD5C3E22BE433D713DD23DA1BDDEBDE8BDD0BB91BD8FBE1E3E233E133D653DB33DE3BDBFBD243E483D3ABE543E80BEBCBD093DF73C063E34BEBABDBC3DB7BD3DBD2C3D15BEE33C193D7DBD753D1BBEC8BD38BC08BEC33D9F3D083EE63D43BD96BDD03C093E40BE9A3DBD3CCABDA13D133E193D3F3D313D15BD3FBCA93D6F3D253EA13DE13D82BD2BBD95BE01BE563DA4BDE73EF03D14BC3E3E6A3EFDBD1CBE28BE10BE343DF73D0FBE82BC60BB07BE08BEA6BD75BCCD3D6FBE27BD1C3E8C3C9E3EDB3D633D89BD97BC9D3DD43D1C3E303DB6BD16BC7B3E473EB73DCE3DA9BD04BE6FBDB93DFF3D83BE683DE33D6EBC3BBD093EE9BDD9BB293E2E3CD93D23BE2F3E8B3D70BD2F3C0A3E97BD0CBEF93DB53DBFBC53BE23BC7A3ED1BDD3BBA63D2C3E93BDD0BD373E603D85BEE4BD5ABD02BD3D3EA6BDA23DBA3DC8BDE63C783E173D3CBE28BE5ABE81BDD53D373D7F3E05BD063E32BE3ABEB5BC223E83BD053DC03D003D1C3E5EBB8CBD6BBDBF3DC5BDED3D3A3E1A3E16BE533E3A3D983D9F3DE33CD0BC813EE23D6D3E1F3EAFBC253E6ABED3BDAD3CAC3CA53DBFBC0F3E8F3D84BE0DBE2BBE9F3EDC3D473D873E05BD8ABD5DBC173D4ABEC6BCA3BD7FBE07BD7CBE183D49BC43BDDDBC1B3CF7BD1C3E473DC33C0DBDEBBB2DBD9F3EE73A13BED33DBEBDC7BD2CBE133D103E5ABD8F3C21BEAD3DCEBD593EC6BDDE3ABD3D073E83BD303D033E5ABD9F3C1BBDB23DE2BD8F3D123E333D52BDCDBDC1BD38BE1BBE6EBEB6BD2EBE98BB2FBEC33D5ABCD13D9ABD41BE17BE473E9BBE5FBC9D3C973B1B3E5D3E573D12BDC3BDF63C573D66BD14BECFBD323EBE3D58BD0B3E123E4ABD04BE8A3D263ECABDCABC22BE383E1B3C0F3E1ABD5D3E023BD3BDB03D9DBCD83D3ABC2C3C993C99BE053DABBCEFBD893EF43D003E973D0DBDE9BCB53D493C8BBD293E36BE033DEDBD6C3ED7BD8B3E873C05BE853EB1BCBB3B9A3D77BD9EBDDCBBC7BD2F3D13BE983C26BD50BE86BE42BD383E473E073D2EBD3EBDF3BBD63C92BDE5BD5CBE3C3D703D65BE603D553CD2BDB4BE4A3E11BEC43D5D3D413C9BBE603DBF3DEFBB45BDBF3DFEBCA33C08BDBA3C813E6CBE61BEB4BD543E9B3D0D3E50BE0B3B85BE9E3D433DD23D903B26BE71BDF73C9D3D06BC553E2F3D103D623C113EF43D3B3D093D7A3D38BD6D3E0FBDC83DA53C8FBEE23D193E7EBECE3C6F3E773D3C3E7E3D7CBDB6BD573B5CBD9A3C5D3E803D27BEE8BDADBD643E7EBC9ABD983AD63D1CBEE53C09BE173EC73D063CE3BD14BE20BE013ECE3DA7BD82BBA83EBD3D6F3ED2BDEFBDAA3D6FBE3E3ECD3DB23D273E7F3E6BBDB7BD713E993E27BE1BBE913D04BE443D06BD813DBFBD16BE75BD8DBCE3BD02BEF8BD61BD33BD76BE6CBD0CBC3E3DCB3D333D10BE943D6BBEF83D23BEC3BD13BE3D3EF53D2ABE463D36BDE23D043D433C853D83BCA7BD3CBE933EC03B27BD313E26BDBABBB23D1D3ED6BD34BED63DF43D36BE8DBD25BE743DCCBA04BE143D53BE01BE5DBE31BE323E323EF63D6B3E32BE19BD0D3D72BD74BDECBC4BBD2C3EC0BD81BDEB3DCF3D5C3AB03D713D623D5A3E493CCFB9013D5BBDA13D8ABEE9BC37BE163B49BE203D44BD513EA33D2BBDD13C4F3EC1BD0ABE1D3D76BEBB3CA83D03BE11BE0B3FA4BD0B3D563E0BBE09BE7C3C43BD323BE8BDCEBD0FBE2C3DDA3C3ABD5A3D85BEB9BA353D0F3E953D8F3E523DF83C3E3D18BB45BDEDBD7A3CA1BD393E29BE1D3E523D5D3E0A3EE7BD86BE993D733E6EBD0C3C973B073C7B3B1A3EF4BD34BEE3BD86BDC23DAD3D663C25BE1FBE95BD1A3EB23CC8BDFBBDC8BDAABE09BEAC3D31BE1D3ED03D593D503EC7BD0BBEFD3DF23DF2BC37BCE63DEFBCB53B303D8FBCF2BB28BE103DBFBD643CDA3CDB3D38BBD93D35BD52BD0FBE8B3D49BCF73C533E6A3E0CBD553D95BBF23DB8BDB03D0A3E613DEF3C99BD12BE573D25BEE43DAA3E283D103E15BB823D43BEF2BD073D4F3C7B3CEBBC4EBD633DDEBC13BE0EBECBBD5D3D333E08BB0B3E2CBEA23D58BE78BC083E5A3E51BE0CBCC4BE62BDA73D5E3E773EC8BDD5BCB63C4D3E253EFF3DD13CCA3BAFBC133DBE3D0CBEA23D83BDFEBD233D333DFEBD0B3E1DBC38BE33BE823D41BE2EBDC93AA13DB2BDE6BD0E3D8A3D3F3E143D73BE563DA43B873E0C3EF03CE33DC9BDECBDB23D84BECEBD123D193EA23C583D49BD69BDCBBAA1BC043EDEBCECBDF4BD58BE6FBE883E1F3DECBB4F3C903D18BEA73CC6BCD23C53BBF53B1ABE15BEE6BD8A3E273C3ABD54BD753DBDBDDC3D6DBD0B3EEF3CFFBC2DBEE13DECBD69BD98BDDD3D21BC813DCFBDAE3CA33D913DD0BC863D6CBE25BEFC3B9D3CECBD21BD4FBC9B3CEB3BB73D1F3E263CAE3DD3BD513DADBDE23C0EBECE3C85BDBC3CA2BD52BC52BD1E3E233D2EBE0A3D18BDB7BD43BB7E3D15BEB1BB7C3EBE3B82BD1CBEBD3E333D97BBB9BD903E88BD003A42BD6F3C03BEE5BC78BD31BD623C4CBDCD3D43BDECBDBD3D603E6F3EC43D29BCE6BDA13D72BE09BD123DEDBDBBBBC3BD37BDB8BD003EF2BD823B383D0CBCFA3B243E6CBDA33CE1BD1A3DBC3DC1BD583DBF3D813EF03C64BDF1BD0FBE2EBE293D65BC7BBDD03DC33E5A3DA23B20BEE63DB5BD9D3CDEBDFC3D51BD983A91BC00BD6EBEB6BD93BEEB3B44BD95BC203D9A3DB33D843D7ABD2B3C8DBB403E1D3E103DAABD5E3EA9BD37BE403E8B3ED4BD073D2DBE11BDD1BCE53C053D2DBE753E10BD243E223D973E9CBC263C143E48BE063E423E41BE103C14BE5E3D2DBE663BD73C433D55BD773CF6BC3B3EFD3C11B8BBBAEEBD293DFA3D5E3D59BA2F3D6C3EE8BCDA3DC3BDBFBB52BDC93D143E65BE403ACF3DF83DE6BD5ABC2E3EFF3D8DBD213D91BE983D5F3DB0BB59BD75BD923D4E3EADBC07BEDEBD88BD6ABE88BD4DBE8E3D38BC903D1C3E783DDC3D5A3ECD3D893E21BEC3BAD0BDA43CD0BBFCBD5ABD8ABEFA3DC7BD44BE0BBE043E62BE2C3C3EBD27BD003E12BD933D49BECDBD003E08BEABBD02BDA5BE0DBCE0BD3ABD2F3D953D16BD83BD24BD82BCB1BC2A3E1CBDA6BD743EE3BD383E74BD603D033D90BCE93D0D3E54BD3CBE8DBDB73D9A3CD2BDD83D0A3DD1BDCC3B98BC0F3E0ABCB1BC803E513D83BD45BDB8BDFABDAF3D55BD72BD3CBC193E03BE94BEA0BC24BD223EDA3DC0BC1C3E833E7FBDE3BDA9BDAF3DFEBDC23D01BE5F3DC63DD0BD343E7CBEE93D18BE8EBD58BC6F3D36BEBF3D073EAABCB53DFE3D253EE3BC2E3E7BBD65BC8F3D6CBDFE3D0E3E663CDEBDE6BD55BE713D9CBDACBDDDBB853DA63DF6BD88BB2EBE123E4DBC15BE683EA9BD86BD973DD53D123E96BD333D33BE0DBE5A3EC13D223E83BEFF3D5CBEEDBC9DBD083EC43D29BE723D69BB92BEEABD29BE0ABEFDBC69BD313E3D3C543D92BCF93DA1BC44BB0DBEBFBB5E3E203EAEBB043E51BD3F3BCC3D20BEC83D53BDF4BCE3BCD3BDC4BD36BE173DACBEC2BD1B3EB43D0EBD56BD413DBA3D103E5A3E7FBE103DFF3C88BDA5BCCDBD173CFB3C2EBE20BE7BBE0FBDA93D153EF93DECBDE4BDCCBDFE3DB5BE9C3DBDBD4ABED83D693E093ED43CB4BC13BE0D3EBC3C85BED1BD173EC3BAC4BD0C3DA7BD79BD1B3EDEBD823C6BBE203CA23D313D39BC7A3E04BD473D883D6C3E1EBE05BE793DC5BDDBBD07BD273D0ABEA1BD2ABEAD3CADBBD2BDC23DFC3C693EEBBD813EB93D07BDB53D82BDB3BCAA3C9F3D84BCAC3D183E01BC01BE00BE16BDC8BB963C033E04BEA0BC2A3D6CBE403D013BDA3E0D3D5A3812BCC1BD8E3D5C3E24BE193D47BDB7BEC63D393E08BD3F3D07BE57BD84BED6BD383E44BD6CBE2BBE06BE7CBD3EBE963D223E1FBD0FBD02BEECBB99BD15BD12BECDBCE2BD083EA8BCCB3D5E3CB13D8D3DC23DAEBD353E0D3EF5BD063E2CBEFD3D2B3C4BBCAE3D65BD6B3E0ABEF9BD3C3EA83D94BD4F3E063D4F3EA1BDCEBC723B0ABDDE3B803CFB3C9ABD523DD2BD9C3DFA3D17BDD53C333E9C3DBC3D0CBE0C3E2B3E35BD12BE28BD5C3D5ABE033D84BDC63C433C",
      torch_tensor_64_32_torch.bfloat16_2: "0x02000000443E81BB20BDA5BD093E62BC143E7E3EFFBD793D423D15BE7B3E5E3C873ED3BA8ABEC13CA33D303E64BDE83D15BEA5BEB5BE953DAE3D37BC273E7EBEDF3C1CBD69BEADBDD4BD4CBEC73D38BD9EBD65BE1C3D313E08BE043EACBC633E47BD9D3DC33E713D2DBF333DA6BEDF3D18BEB8BCAF3D79BEB13D80BE8C3D933E67BD42BE98BDD73DA8BC62BEA13D9F3D8A3E6EBDD6BD1BBED53D3C3E053D46BD2CBD9C3D6E3EFB3D0C3EC73D04BEE0BD60BD16BCB43C04BD0E3EB03E9EBD443ECFBE103E013E6A3E05BEC43C7EBDDC3D3E3C633E993C57BEBD3D1E3BFFBD663DE63D9E3EE63CDFBC833EBF3E6B3AD63DB13E5DBED33DFA3C21BE973C053EC1BE4CBD2BBC833DD0BDC93D98BC05BD413E02BD833C7E3E3B3E50BE61BD983E16BE363E72BD52BD3BBE69BDA1BE78BD943D453D073ED6BD4FBE943E87BE89BDFFBD133E8EBE873D353C8C3E21BEA53DBBBDBB3D1B3EC0BCB8BE27BE8C3D233ED7BD16BE613E43BD863DCEBC0FBE50BD8A3E11BEA43E913E1DBD56BEC93C61BE17BE1EBEE1BD8C3D073D633E39BD07BD1FBD1F3D4A3D04BE8CBE05BE163CD23C6E3D13BE22BCF6BC8B3E43BE3BBEC43D2D3EABBD2D3EC4BDF2BC88BE1A3E0EBE563E87BA98BE9DBC193EF53D69BDAC3DA93D083E09BE833DF43DC2BE813D943D323E003B3C3E893E803CD33D823DF0BDCDBB27BD77BE28BEACBE20BDBDBD163C27BE9A3EDD3DAD3EAF3C193E833DB2BD323EACBE763DE63D903DA13D093E96BEF4BDE53DAC3E243ED73DEF3E093EB0BE57BEEF3DF7BEDCBEBE3D32BE7EBD7CBD113EC5BDC43D0DBD1C3EC43DB8BD0DBDE3BD5ABD4DBE55BD973C353DD63D62BB013C723C3F3E073ECB3D023E39BD9ABD9BBD43BE41BE0E3E4DBEE1BD8A3EFCBDB3BE2EBE50BE7EBD083E09BE2EBD0A3E4D3A26BEAA3ED5BD773DBEBEA9BE0B3EC03C3FBE423EFF3D1FBE653C2E3D8B3E503E18BD8EBDB23C9ABEE2BD0EBE9F3D71BED23E33BC2F3DCBBD853EF23DEDBD603D34BE2CBDE63C513EA23DDFBD283E03BE08BEAABD8E3D28BE463E64BD613E94BE2EBC0B3E4CBE89BD933E033F6C3C2A3D48BE313E02BD10BDBFBD0FBE9E3E843EDEBEDE3D21BDE3BB743D67BE76BEB03E6BBE5DBD32BE273DDE3DB13D693E293E3E3E4B3C91BDA03DC9BE39BE2BBEBA3C3A3E55BC50BE30BDA4BE3BBE20BEE8BB18BD50BE543E21BE8A3EBF3E8E3D97BEA3BEF13DE53D0C3EB3BD873D31BE9A3D4CBED63C9BBD22BD45BC4D3E193E323E963DB23D85BCC5BDD5BD2CBE8DBE0CBD583E2D3E8C3DFE3D1FBDBA3DF6BCC73D9BBEB8BD903DD13DB53D183CC93D78BE073CA7BE0BBE0ABE71BE2D3EA43D2EBEAF3B263DAB3D97BEF23D8ABEB63E76BEABBEE2BDD9BE80BCE6BDAABE38BD54BE383E7A3EFABDCFBE4E3EF23D833E7D3C46BD133DE2BDB63D82BE1E3B26BBE33D44BEE8BD213ED8BD6EBEA7BC50BDA0BE26BD42BBF23D843E3EBD603E45BD57BE2FBDBB3D723DEE3D8FBE193E603C0CBEBEBD9B3D6BBD2ABB36BDB8BE293E143E293E783E21BE9ABC443E6F3D87BE4F3DDD3E1A3D32BE193E2CBD02BE153E36BD643EC2BD7B3D0FBD8DBEB03E0F3E28BEF63D90BE0ABE20BE2F3E1F3E2EBE86BD8C3C543E1B3B03BE0D3E02BEEE3B2CBD983CF53D013E193E05BE893EADBC893D38BE0ABE4EBE163E32BE52BD793E303E103B813EAABD803EE4BDBDBE293E4B3D643EBDBC323EC4BD0EBEB2BDDABCC9BD0E3EFE3D723E943DD63D5CBE123E8EBD2FBE353EF1BD92BE1B3EE8BC013E97BE783DAABC13BE99BDE9BD80BDB3BD27BE9B3D2BBC823D09BC9B3DBC3E34BE86BE103D32BD1EBEB5BDEF3D01BE4CBECDBE813E473E533CFABDA9BE90BE3A3C0ABE103E80BD73BD83BD233E123E763DC53A193C883E8CBE3E3D723DACBE9DBCE5BCB8BE6DBE5BBE873E123E193E413D15BDB23D58BE093C90BCF73D993D733C9E3EFBBD203E553E0C3E823EA43E423EAC3E173E45BED93DCE3D8A3C213E8D3E7C3EC7BCD3BD693B04BE293E07BD3E3DE8BDCE3D10BE773E7A3E6D3EBB3C29BEA53D403E5E3E6CBECFBB9EBEE83D86BD3F3DC03D4A3EB4BD133EFA3D0C3EF23D063E20BE45BE0B3EA6BECB3D4A3DBE3DA8BB073C59BDA4BE2DBC8C3D22BD30BD06BEE9BCA7BED1BD083D0CBE10BE31BD01BEE63DA5BE8EBA5A3EE93A613EDC3ED13D8CBE4C3D563D393E663E8E3D273EAABD523D80BEA4BD063C523D71BEE7BC28BCB73D0D3EE7BD66BE8E3E783E2F3E6ABECB3D96BD433ED13C7DBDAB3E0BBE7C3D2DBD0FBC4F3E293E433EBDBD47BE20BCC43E5A3D2C3EC23E08BDEBBE8ABE893E4F3DD9BEB9BD1DBEEF3C263EBF3D6BBEF2BDA93D89BCD6BDA0BE6C3E9BBD503DFF3D67BD163DBB3EC83D8E3D33BEF9BDC83D4D3D87BE3EBDC8BDDFBD923E6EBE1BBC983E573E183DECBDC43D8FBE85BEA73EA7BED2BE6BBE0EBDDF3CEBBC743E6D3E973E22BE90BE85BE7CBEFABC1C3E893D2ABE3F3C93BEC4BDAABD9ABCFA3DCA3D283EDCBD343C95BE4E3D4C3E8EBED9BCD8BD83BDA5BED1BC4B3EE73D3C3E1CBE5CBDDDBC4CBE1BBE023EAB3E83BDAFBDD13CB13E56BEABBE483E44BEA13E263E63BD83BE853D983E473E033E453DD53D30BE9CBB8B3E883E7E3E8B3E1C3D833E773B7CBD0ABC4EBD163E123E85BE633E953BFB3D82BE6BBE4ABC683C1B3E2E3DEBBC53BE883DEBBEEC3D9DBE06BE79BE883E87BE7FBE2F3E7DBE103EFB3E633DD3BC72BEA63C243EFB3DCF3DF53DF63DB1BE77BE2E3DECBB13BE54BE3C3E01BF9ABEE8BD17BE393E163C56BD4A3E223E4EBEBABDC3BE99BC183DAA3D913D173C063E12BE85BE713C903EA73EB23B953D93BD20BEC53C9FBCFC3D063C1FBE093EDF3CA73D44BE973C953E133E093DEDBB66BE59BE413D16BF7ABD8ABE40BE06BE4F3DA2BDA1BD01BE9ABEA4BDE23D923D1D3E8D3E263E243DACBC7F3EDE3D263EB23C6DBC433D35BE2CBD10BD243D25BE3DBE813E82BEAC3E4B3EE9BD1E3ED13D95BD863EA1BE3F3E143ED43D963D24BE333ECABDD33D46BD1F3E15BE8DBD6E3DC03E333E143D5E3E1ABED6BDBB3CF93D9E3D7ABEDCBD91BC443E1ABE2C3E92BE963D5E3E98BEA6BD6F3EBDBEE43CE4BDCFBE8CBEE63D4F3DCBBBF13E81BEFEBB4DBDFDBD28BD9A3D65BDECBD693C2CBE8C3EB9BD99BE02BEBE3D153D8CBD583E91BA0FBD87BD683DF13DD23EC53D64BEBA3D313E503E663E9FBC24BD803E203E5BBE9CBE283EC13D5EBE7CBE40BE8EBE3A3E4ABA09BE9CBB253E9F3D9C3C113E9A3D3CBE4CBE7D3D253ECABEDBBB843E15BE773EA13C303DADBC79BE563E913D9FBE7EBD4C3E06BF68BE513E13BE2B3D7F3E5ABE363E2BBEE9BDBA3E7DBCA63CF5BDEB3D3E3E5F3E69BEE9BD163EBCBED83C8ABD32BEC5BD2DBE733E21BB2CBEF23CFABC06BE8ABC193E5CBCB7BDE13E5ABDC93DCDBD16BE2A3EC0BE83BE89BD553EC0BEF1BD8E3D86BE333E36BE0A3E80BE1FBEB5BE6C3E533E253DBEBECA3EDE3C6DBD16BEB2BDC9BD4BBCB33D5BBD33BD15BEB43D193EA43EFE3B443D97BE093F96BDEEBD96BCD33D38BEF0BD9DBCA5BEFA3C923E7BBCF8BD43BDBB3D59BE6B3DFA3C993CAF3D9CBC42BEA4BD1EBEA3BEDEBD833DD7BE443E183E1E3E553E363DFA3DA13EED3C133C5ABE9ABDF33C2FBDD2BD82BE943E8BBEB8BECBBDF23D48BEA73E19BE67BE9C3DDCBD313E83BD7D3D88BC0C3ED8BE5A3E1BBDB33CBC3D5EBECF3DD83B423E73BD7E3E273E3EBE9F3E6CBEA03CDCBB883E0CBD583CBFBCD23B25BE953DD8BD413EFBBC4EBE323E0D3C54BE8D3C2F3C843E91BD563E33BBE03D973EFDBD06BD8F3D47BED0BD55BD373E963E4B3E24BD4FBD253E82BEE63ED2BEDC3DF1BCADBD1CBEA03E91BC553E2B3E003E2FBC503E16BD9E3C89BE4BBEC03D4D3D3FBECCBD5DBD123E57BE2B3E9E3D3D3EBF3D973D243ECDBD47BE4C3D0FBEAABD62BEF9BD183DD1BDCABE893E33BE0B3E253E9A3D903ED5BD193E26BE993C4FBD7F3C343D8BBD143FB73D09BE3D3D923E803E6CBE98BE86BDA53E08BEE13D05BE203E2DBE6B3ECC3D093E883E0ABE37BEE5BDF6BDBB3EABBD633E39BEC53D163E7A3C553E253E063E5BBE693E31BC123D09BC153EA4BD07BD77BE7B3E73BE3FBD2EBD0CBE9B3D76BD813D3E3D9B3E24BD92BEDE3EAE3C5FBE66BE8B3D0BBDCBBBD5BE8B3E3D3D143CA33E0FBD0C3EBB3C123E84BE523E8C3B303EAFBDC5BDB3BECE3DE9BDCE3D07BEF6BD66BC2ABD1BBEAF3E553CB33D843E96BD483D35BE3FBE923E1EBEC03E9B3E88BD533E8A3EA83D23BE443EB7BD7EBE583D6F3D793E5FBEF8BD573EC8BD94BEA73E84BCE23DF93CABBEF73DB2BD58BD13BDEBBD59BE86BEB6BD97BEFA3D383E75BEA53ED2BCAE3ECD3D923E9ABE4B3E1A3DA6BDA2BE16BE2CBE02BEE1BD25BD9CBE1ABEC6BD8C3D7EBC463E303D4EBE793EE3BD643E5BBCF9BC5CBDAE3CAF3DC2BE343E38BD1CBE5C3E503C1F3D18BE6F3EF4BCA93D213EBDBDBF3DA4BE4A3EECBD343EF33D79BD073E573E7E3D6F3DE0BDED3EFB3D80BE24BD9ABC833DE2BC5B3D46BD9B3D253DEF3E83BE473E84BDCBBEB5BD50BC5A3EAEBD0CBEA43D4DBEA0BDBCBC18BEBD3E08BC89BD943DCB3DB5BD743D2BBE133D103E4CBD243EFABC283C11BE66BE683E6CBE783D54BEEC3D48BD713E0C3E84BC633D11BEEABDA33E303EE83DDFBD59BD343EE93DA93C14BEA4BE903EBCBD97BC733D8D3E16BEA7BE2F3D2ABEDB3E18BD2E3EF63DEA3E3D3D6E3E5EBEB93DA43E89BCF53C8B3D8A3D823E11BC6CBD833E8A3CB83D52BEEABD103EB13DDFBD80BEB13D993D95BD7EBD8D3EDB3D0A3EE33B9CBE183ECF3DA33D04BD28BDA43EA23DC43D33BE7E3EADBEB53E0ABEF3BE2CBE563EBBBB563E8C3E9CBE01BDB2BD5FBEA23D373E8B3D9D3D85BDDF3D5EBE3A3E553E5B3E10BEE7BD23BE81BDB5BE8E3D16BE41BEB6BD373D25BE8E3B943EB33D823D183D87BDE63DF0BDE63D9D3E3F3CE23D99BE7E3E4D3EE4BCB1BE513DBF3D6B3CB1BD243EDBBD813E8F3D0F3E173ED23EA2BBEFBD713E353EBABE453EC2BD82BD653D273E3DBE553E34BEB73EEE3D7FBE84BE44BE0E3D573E79BD683E963E1BBE54BDFF3D81BEE2BCD53C973D66BE8D3D00BD5A3E563E8EBE7DBDB23C163E973D983E133E083E16BC99BDADBD943E2D3ED1BD84BE1B3E123EFA3B68BDBA3D21BE5EBE8FBC833DAABCB73D4F3E1D3ECA3CA53DF5BDDBBD8FBC603ED6BD223E7ABE0CBD0BBEDD3C063E25BD0FBDEB3D2DBE59BE643E0A3DE73ED03EA3BE033E3A3ED03DCE3DD1BCE43C3B3E9EBE07BE49BEF4BB27BE65BE20BECCBC283E8DBD0F3BAC3E73BE563E193E3B3EA23E3A3EC73D613C1EBE47BE4DBE9EBD033E1D3EF8BCE63D2CBE893D36BBEBBD763EDE3D663E65BDBA3C993ED7BB76BC56BD803ECC3E73BEB3BEAF3D5BBD3CBD493EA53DE5BDF4BD433E21BE6C3D83BE46BE14BEAEBDB13E07BE09BE333E833981BE733EF9BCA63C0DBEE93EB03D963E893D0C3D3D3E62BE01BECABEFC3D9B3D333E1FBDB9BE273E8B3DA33DB13DC1BD983C76BC8C3D583EC43DF2BD383E113E7CBE94BCAB3E523EAFBD7D3EC5BD19BE013E7DBE8ABE8EBD29BD823C1B3D60BD85BD3ABEE03CDF3D85BE713D393ECCBD46BD253DB3BE6EBDBD3D09BC103E0E3E8ABEC03CADBD5C3DEEBC723C0FBD3DBC34BD5ABDA7BD64BD6BBDA6BE86BEEE3BF63B4CBEAABD053EEBBC0A3E98BE68BD72BE35BD30BE013D9C3D65BE9ABD403EB6BC813D163E693E6CBEC83E83BE6DBDE33C",
      torch_tensor_32_torch.bfloat16_3: "0x02000000813F773F833F883F8B3F683F823F8D3F743F723F723F703F803F743F7F3F8F3F873F7B3F883F893F863F933F733F8C3F713F633F833F6E3F683F983F8D3F5B3F",
      torch_tensor_32_32_torch.bfloat16_7: "0x0200000091BD633E963D993DB2BD83BD51BE7D3DADBEC8BCAFBD183E27BD983D783D583D0EBEE83D48BD8E3E07BEBA3DC0BC2FBE793EDB3D2D3EC4BC0E3FAC3EA1BD18BE8DBC9D3E2DBD9D3BB4BD103D7BBE70BEF13D0FBD0DBD34BE623EC63D44BE15BE173EDB3D293E373EB6BD5EBC79BD363E18BE78BD1EBE2B3E483BCC3DBDBCDFBD1D3E573E593CB33D083CF73DB73D30BEECBCB6BECFBD1D3C81BDCCBD413E95BEBFBD503D033EDE3C1EBE603E493DF7BD1B3DCF3B0A3E3D3E933DAFBE2FBEC33DF33D323EA1BD84BD673EC1BDA33E873CD4BE92BE2C3E2A3EAEBD7CBE953EA5BD40BD2F3D143D2EBE8CBD943EAF3C933D7C3C10BE46BE2DBEFE3C033EE53D40BD97BEA2BD253DAD3E80BE12BE343E5CBC163E94BD6D3D1BBF2BBE813DC13CCABD2D3E5A3D59BE413E013E2F3EF03D11BDC53D34BE99BCCF3E8C3D84BEA6BD2B3EA0BE77BBAE3E8BBD46BE4C3E853D3DBEEABB8BBEA73D013D01BC813D6ABE383D663EC0BDD83D21BB90BD1CBEEF3D81BDD0BD5CBE2FBE083E8FBD9ABE403D09BF9D3D033E90BEDBBD09BE5D3EF83D6BBB90BD0CBE3D3ED6BD1ABEAC3A9A3E38BE41BE513E083DABBD2FBEFA3D9A3E643EA2BEAF3DE33D123ECEBECC3CD2BC5D3EB4BC86BE90BD063E73BE6C3DA3BE043E65BE40BE193C5E3D47BE5DBE3DBD0D3E18BD32BEF83E42BE0FBEDFBD593EDDBE61BEAC3D99BDA13E55BE9DBD72BEEA3D1F3ED73DB93CF13D40BE18BD7C3E4B3D8ABE63BECB3E1EBED43A37BEBC3B90BE84BD97BE063E05BD123F9E3E503E50BDC23CB7BEA43DDD3E6EBE0DBE2D3C843E1C3CF8BDEC3CA2BDE3BC223D0BBD32BE0EBD30BEDB3D283E76BD333E4ABBE4BD6ABE983D0CBC82BECBBD5BBDB6BEE63D3BBD44BE52BAD73C0FBEA03D553DD0BDC2BE173EB1BDFDBDCCBE863D3FBD8F3E3A3D103DA93E5EBD853E55BD26BCC23D45BD573E53BEADBDA43E653D143D333E7C3DD03C73BEA6BD583C073E04BE40BD103E8ABE1BBEC5BEDE3DA23D8B3EF7BEA13DE7BD0D3E233EB73E9BBD6ABD013E69BC2ABE6BBDE73D46BED63D63BE4E3E85BE08BDBBBDEE3DE3BDB23C26BEBF3CCD3D64BE413ED93C5E3EADBEA1BD16BEDFBD273E643E313D9CBD383C3A3E273C3FBE1BBD9FBEFA3C803E31BD0EBD8FBDE83D83BE3BBE823D76BE1B3E2C3EC9BED4BD25BECEBB053E1FBEA93EEDBCF23D843D463E6EBD8FBD433D7FBEDCBD8DBD363EDE3E2D3E9E3DB53E2B3E34BD1ABE993BD5BEF63D873D633CBA3B813D70BC393E0C3EBFBD883E47BEB63DCF3B69BEC3BD2E3E94BD143E98BD283EDEBD2ABD643E2BBE63BECDBD10BD083FB3BC073E93BB393DA8BE273E183E3EBDF1BC87BDEA3DAEBD6FBD623EF1BD8EBD04BCAFBB45BE913DC4BD1FBD0ABDC8BD483E1ABECABC313E183E15BE093E673E6F3C18BB8DBC073D2A3E56BE63BDD2BE65BE01BE1FBC7C3E9D3DBB3E0ABEE2BBC83C863D16BD98BD383E6F3E1C3ECABDF8BD313E523E07BE373EDB3E753C1B3EDE3D103E2F3B29BE01BD90BD8CBDBD3D9C3E243C393E9C3E583E7B3E85BEABBECBBD9CBEB53D2C3D143E04BF36BEE23D2CBE493E4DBEDE3BF43C123E4A3EB2BE263E9D3DB3BD2F3E943D7DBE223EEBBDF73C793EB7BD963E81BED7BDF93D7DBD973D1B3E7B3DD63D033D4CBDB33CA43CDA3D26BB15BE883D4E3D23BD613CE1BE54BEA83D373EBCBDDDBD9D3D97BD42BE8B3E9FBDB13D57BE5A3E70BE6E3C463E03BE883D3F3D45BC493EAE3B273E373AE4BC77BE47BD993C263DEC3C8EBD0C3EF1BD9ABEF73BE7BC63BE4BBE3FBE1BBE833E833E74BCE53EC63CD73D71BE923C66BD053E473E93BC3DBD993E7FBE313E933DA03E02BE883CE6BD5A3D4BBDC1BE213E60BD39BE8D3ED33DF0BDC33E82BD673E46BE1F3C053EA53D0E3DB93DA5BE41BEEA3D8D3DD43D413D583E66BE533EC93D44BDECBB763EEF3D06BF193E883DAA3DA8BD8CBDB0BE89BE5F3E8CBE4DBE973D163E89BE8FBC353ED63E5C3E98BC8C3D12BE2CBE50BDDE3DA33D023CB93D37BE1BBE98BD69BC153E78BD9A3C1EBD21BD9E3D8F3D2F3E943D033E5BBE2E3D08BDE3BDBF3DCBBDEEBCF73DFEBD973EF43E81BE0C3E2C3E983EDABC7C3E68BEB8BD433E313CFDBDC8BD0FBEAB3A0E3DAB3E63BCCCBD53BDF63D953E91BD83BECBBD68BDFDBD86BC14BE51BE96BC673D30BEC23DA9BE83BC4DBE3C3DFB3DA33E423E5E3DE6BED33EB5BDDA3DCDBDE0BD8ABE1A3EB4BCFF3DCDBCF8BD203D7CBEE33D0DBDFABDFA3D6ABCA73D99BC85BD8EBE4ABEA13EE5BD7F3DBDBB44BCF73CCB3D80BE73BE87BD34BE073EDEBE823E68BCA6BBD83A893E9FBE6FBE733D08BEDC3DC83C243DE8BEFEBD59BEF73C793E3B3E73BD11BE873E213E743EEB3EFEBD443E9C3E46BD293D7ABEBB3E893EFF3D0CBD2C3EA3BD203C26BE293E2DBEA33DA03D76BD9E3CA1BEE4BD64BD393E43BE44BEA03D49BDCA3D86BDD6BEB33E923E353EB63E04BC1EBDD0BDB7BEAC3C9D3E3E3EE5BD843C0DBE49BE80BDE73DFF3DF0BB19BDE43D34BEC9BBB73D133EC8BD353E373EB0BE84BE96BCC13D22BE5F3DBDBC86BE8CBD7E3E9C3E7CBDA13DE23DAB3E3C3D873D463E193DBEBD8D3DD23D29BEEA3C143E023EAFBC04BECC3D76BDE93DEFBD2BBDC1BD0A3D8B3DDBBD0F3E573EE13C27BEA23EACBDE23D8D3E7CBE08BE86BD34BE303DAABE4ABEB93EAFBDC5BD7DBD9C3EB7BD003E0C3D52BEBB3C4FBE12BE52BEC0BDBDBE183ECFBD6CBE793D6FBE45BD0EBE2A3ECA3C603EFBBD653E143EB63D7ABE26BEED3D103EA03D09BDEB3DBABD3EBE8F3E663E343E01BE4EBE3E3EAB3E1ABE253E5FBEFDBD2D3DA5BCE53D23BDD63D413EAEBD693E3FBE12BD063D4E3D25BE653CCC3CD63DFBBC043E46BE",
      torch_tensor_32_32_torch.bfloat16_6: "0x02000000ADBDE03D6BBE81BE21BECDBD0CBDBEBD22BE7F3EB13C103EC43D1DBE053E943D4CBEF03C5CBD4FBEF7BDC5BD533CEBBDA93DB43C8EBE293DB6BC193EB73D073E16BE16BC1A3EEDBD5B3E2C3E79BEDABDB6BD60BEE23D3FBE78BE37BEF4BC733D543E6E3CD3BECFBDAB3DD53DF33DAEBEEFBC63BDA0BD77BC2A3E12BE433E8A3ED2BD9DBEAC3D4CBE8A3E3F3E823C1DBE6D3E6CBD7D3D08BEA03E38BC42BED43DE2BDF93D8FBD98BEE2BD2FBE98BD0B3E9F3D96BD243D33BC6D3D2B3D81BD65BDFD3D80BD82BEBABDE9BD3DBE293E803E1CBD833CCFBDC03D85BD55BD373E23BC9FBE923D1B3B7B3BC6BE7C3D46BC3FBD653D8BBC59BD01BDA73EC43C8ABCE6BC1EBE753E333D513EACBEC3BD503EE93D443E9EBD48BE6ABE91BD1F3C10BE893E15BCCABD773DCFBCBE3E01BDD93D87BDFC3DA5BE093EF13DDF3DBDBE6ABC353EBF3E1C3E833D85BEDA3D83BE47BD743EF6BC4F3D223E0F3E8CBDB4BCC4BD4CBEB6BDC83D90BE85BE9BBE2EBE42BC5ABE59BDC33D6B3E93BE7BBED4BDC63EB93D04BE52BD0FBF283DB33D7C3CF6BC2EBD2FBE753D1ABD6E3E2ABBD6BDAD3C883C8ABE2EBEA9BD853E6C3D1FBDE3BA483E233D4FBE543E0EBE3F3D53BE9CBD043E4EBE45BE9E3D123E87BEF33D353EA1BE93BCA6BDAEBE1A3EE03C5B3E893E6C3DF6BD203E3A3E303DCABB473E233BC83E9E3DA1BE70BBB63B34BD0A3E853C323E09BD823CB6BD6D3E983D0F3EBBBD37BE113E09BED3BE57BE23BE23BC50BD0BBAD3BC91BE29BDAFBD903EBCBE303E693EAEBD913D2C3E413E19BEF93D893E8BBD013D15BE583D4F3DA7BD26BE2ABE7DBE3FBCBABE363D6BBDB03DABBCF9BC81BEB2BC4CBDD43E82BE05BE01BE82BC0F3EF23C523DA5BDE4BD58BD083F0EBEF83D503C1CBE76BE6CBE04BD8FBE30BD39BE843D6D3DF03D883EFFBDDFBDACBE26BE6F3EDF3DC33D913E523D7D3EACBDB0BE963E813DF03D9E3DE3BE073D003F493ECF3D80BEC43D553E013E0CBEE93C3BBED53E7D3D8E3D3D3CA5BD013E593EA5BDCDBBEFBD9D3C7BBC873E3B3DDF3B1B3E01BE823C83BD273C903D083DAE3C32BEDF3D133D903E98BE41BE573E643E54BEF73D1C3D62BE26BD5A3DAABDC93C83BE4F3E713E7F3D8D3D363E603DF93D7EBE2FBEAABDFEBD95BEE43DFFBCAF3E9ABDD23C36BEAFBD093ED3BC78BE983DA93E133D98BB6B3C7D3E36BE8EBD55BED9BD3F3EBFBE92BDFFBCC0BDAA3B203E233E3EBDDBBD133E68BDA2BC543E3A3EC9BD9E3DFF3DDCBE023E89BC343BFC3D06BE4F3D94BE873E283DD5BE1F394B3DAC3E38BE983DD03D53BD273E613DA6BD59BE83BED93E883D273E973C3FBDDD3D71BE19BE62BE46BE8DBEE93E3FBE223D863D423E15BC44BE92BE133ED93B77BC843EE93DB23D3E3C73BE31BE9EBE02BEF03D3EBDB0BD42BD8A3D3C3D923D43BD61BEA4BD913E703EA7BE4B3E773DCF3D993DED3CC63D93BDF1BC7B3ED0BDCDBEACBDAABDFE3B853D99BC4D3D7BBEF53D2A3E98BEFB3DE53D20BED93D83BE48BE0D3E423E04BEFBBD26BE483DCDBD113DB5BD45BD493CF13DAE3E603D14BE9ABEC4BD71BE223E003E823E84BED9BE44BEE0BD88BDA9BECC3C393D57BEDE3B8B3E3E3EAEBD8BBEA83D89BEAF3EBF3C8C3B8DBC123E3FBEB33DD0BDF03D0A3D073E083EC5BE183DC3BD003D403E153E193EFA3D00BE12BD953D1ABDC53D033E4B3E273E7BBD8DBEBDBD843DF73C293D91BDCD3E63BE4ABE593EF33D343EDD3CBF3D2A3E91BEB53DA5BE5ABEC2BE683E463ED73DD2BE16BD08BD183CDD3D2F3C44BEC4BBA6BEAEBDE5BD26BEF23D103D233EA53D953DE13D41BECB3D313CCC3DCE3DADBD83BE2E3E583D163E62BE46BE0E3DF53D023EFD3D993D22BE0B3C073DAB3D303E1A3E01BDFB3D53BDD93D0EBDAD3EBFBB023E823DE83D0DBCEEBDAF3EE73D97BCBFBD173E2C3E07BD96BE9C3DF9BB713EF0BD3ABE86BE813D4B3E33BD283EB1BEA93DF4BC55BD8F3EF93D70BE27BEA43E833D09BE1ABE983C263D2D3D3E3E10BE733E123E2BBE82BE1B3E39BE60BAD8BE59BCBA3C46BDBABE113E893E303E83BEF83C9E3DF7BC393D2EBD90BDEEBD39BEF2BE153B603E9E3E2BBE52BE433B43BE203EABBE87BECFBD833E153DB63E25BD1A3E13BE18BE24BD823E323E2C3D383DE33D11BD1B3D30BE70BC87BE71BE083EF3BDE43D78BE16BD73BE483E33BE49BD18BDEFBDA5BC13BDB1BD23BE56BC3F3C61BDBC3D02BDE43DCCBC38BE96BD41BE423C993E23BEF13D443E853E39BE2CBD8EBCA93EA6BD9CBEB03D5A3C7E3EA5BE49BEEFBEAE3D93BD823D30BE4ABDA6BDD0BD2B3D063E0D3E9A3DF1BEEEBD8EBD7E3E063EAF3B08BC92BE1F3D20BD66BE27BD413D3EBEC33D37BE593D3A3E9F3E3BBEB33D14BEDB3B203E17BE7BBE21BD12BD38BCA93DB3BDEABDF13DCFBB97BE56BEE5BC53BD5A3CCF3D153D513EB0BD0EBE4EBECFBD393E053ED5BEE6BD1EBD32BEA1BC94BEFE3C8DB9A23D5EBE993D033F2EBE493D913EE83D99BD32BDB13D463E743E81BE423E17BE5F3EA4BDECBD523E8A3E5F3D2FBE9EBC833C0CBE02BE4A3E3E3E11BE53BD6BBE87BE07BDA23E753D2BBBCB3D4DBE033E07BE943E6CBE453D0FBE1F3E0F3D0C3E84BED7BC083E1DBECCBC7A3C67BE21BAB33D4D3E28BE24BED6BC83BD6D3D1F3E92BCA2BD8BBDED3D07BEDA3CEEBD07BD973D0BBBB0BD3EBE48BE9BBC20BE0A3E283CA83D423C9BBEB33D163E51BEB73DEB3E7BBDFEBDAA3ECDBD09BE3C3EE7BD18BE4FBCE73D03BE933EAF3D243D7FBEBEBDAABECABD193EA53E9F3D5F3EF2BD203E4ABE81BEBC3D0CBD88BDCCBD98BE543DDC3E9DBEE33E35BE15BCA63EA53C41BCD93E2A3EA2BD053DC3BE753E5C3E063DCDBD7D3E",
      torch_tensor_32_32_torch.bfloat16_5: "0x02000000933E1EBD063D8CBD2E3E5E3E71BEF33DB0BEB0BEF9BDBDBCC5BC1B3E1ABEFEBD6CBD4D3EB8BDA5BD593EB83C993D143E0B3D013EA73D5F3EAF3C583DEB3D8DBD63BEDBBDE93EBCBDBB3DA33E2B3E8CBE903D913CB6BE0F3EF9BD1FBEDE3D763D2FBD89BE9F3D1A3E663D8B3DEE3D973D63BD113D293D053E7C3DA3BE873E853E92BE2ABD0BBE593D05BD173EF13DB8BE543D8ABDAABE843DDCBDED3D163E10BE5F3E1ABEA2BE363EEB3C37BECEBBB83D84BB16BE3ABEFF3D1CBED73EA43D4ABE99BDCC3E45BE66BE06BEA33EE73DE6BDC5BE00BE1B3E7C3D38BCF43D233EC8BDD1BC55BE453E8B3E1CBE8A3D2FBECEB8D03BB0B907BE233EDFBC16BE903D1B3E093EE7BEBDBD4BBE013E44BE043D423D4FBEAF3D0F3C60BE14BD7FBC853C9BBDDB3A053D503EF33DA63E623EBEBE48BECFBDF53D763C20BD8BBE8DBEA43DE6BD023E25BD543D573E5D3EC1BCDC3E023EB9BE843D0CBE2ABEAE3EE73D79BEFFBC173E1FBD3BBE103E04BEFBBC403E55BE2A3E89BEE03D443E88BEF1BC493D64BD83BCE53ED2BD683C1BBEA8BE0A3D4D3D2A3E133D71BDAF3E77BD933EFF3DFFBC5CBE9D3E35BD823EC1BED0BE703DE63DAF3D29BE803E133E583E9E3D0F3E9E3EA0BD473ECA3C4EBEACBCB0BD19BED0BC123EAFBDCB3C2BBE5FBDFC3E593DFD3D18BEA03E063E293E023E8ABEF4BCD73D50BD15BDAA3E5B3E65BDF3BC9B3E273E50BD833D4DBC4A3D763EB3BDFC3ED43B363D99BC2FBD03BE0B3C44BD12BE863EA73E3BBE93BD743B5DBEEF3BCBBD03BE40BD3ABD51BD473E023EBA3EEDBDA4BE013E273D29BBD13B8C3DA1BD27BEF8BC153E0ABE593E943E603CA0BD2DBD1D3D5E3DEE3C173E07BE4A3D60BC3F3EB6BDB13C933D02BE86BD6A3E053EB63C0ABE943E76BCD33B08BE0E3ED4BCDFBBCA3CA5BE98BCAE3C983EB53E30BE53BD5E3D2C3ED3BDBE3EE03D82BE02BE703DAC3CA93D50BE673D593E2DBC50BEFCBCEA3E713E96BE9DBE203E2C3E8BBD413EB63DE4BD5E3E783A32BE1A3E1DBE1B3E3F3EC73D9F3E4B3EDC3E11BE46BD92BD8D3CB03D31BE003D6B3D93BE28BE5D3E3BBE66BE6E3C6D3C28BE3EBE013E313CBABD593E7F3ED13E353D40BCFB3C4ABEFD3D76BCF3BD9D3E25BDEA3B8EBDB03D90BB923CC43C07BE8DBDBA3DE73DAE3DE4BCBDBD5A3ED33D9CBEC7BE5D3B7A3EB2BD6F3E7EBE5D3E3B3B443E55BE2A3C693E8ABDBEBD63BEF53CAD3D3C3DC2BD82BDE9BE213E933E2B3E963D03BE50BE1A3E57BE6C3C3D3DF23EA6BD9EBE563E803D87BE45BE0B3E25BCEFBCD53EC33C9C3E6BBE35BE093E28BE59BE19BD96BD64BEB3BD573E5FBE453E4EBE5B3E75BEDC3E18BF563EF2BD093EEFBE9DBD883E183E7ABE02BD84BD3DBD5ABE3DBE23BD3EBD743E673E5EBE353E90BEBC3E26BEB6BC353D2B3E05BE7CBE21BEE9BDDEBD2BBE383EDC3E613E2ABEF5BD6F3D23BE67BC963D09BE0E3B7BBD17BCA5BED43E56BD80BDA93D4EBE3EBD8F3C5A3E2A3E87BE0D3F613EB43D163D6C3E083E533ECD3D3DBE23BE98BE0B3D47BE693DE6BC4F3CC7BD65BE71BE513E103EC6BCCC3DC6BEB7BD33BC7DBD363D11BE95BDB9BDA7BD003E0A3E1B3ED73DBB3D0B3ECF3D833C5CBD64BE8F3CCCBB8CBE3E3E653E373C893D3CBE42BE0ABE133DB33E6F3D5BBE9C3EF5BDB93C643CEBBDF83E9B3DB4BE4F3D083F8EBE793D23BEEC3B4DBEC4BD69BE31BC46BE463DAEBE8CBE2BBE2CBCE3BD9A3E933DE93B903E1F3E3FBC43BEBCBDC43D5FBC97BE59BD92BD563E28BE9E3EA2BEDA3C06BEC2BE153D643E99BC4F3D6C3BC4BDEDBD68BE873EA33ECEBE72BEB73D523E84BEBF3DFF3D223B00BD993C2BBDBC3E1E3EF3BCE6BC843D343E233D2ABEB83CD53D89BDFD3CE2BD9F3EE0BEE3BDB03D3CBE86BEC3BD3EBD46BED63E5CBE3E3DBFBD0F3ED7BC15BE14BE17BE18BE8A3E86BE7EBB383E80BD883EA8BEB5BD883D873BC1BDE13E24BE003D84BEB1BEF7BC01BE3E3EC73D5BBD083E69BE3E3E21BE1F3EA53DAABD09BC4ABE013C8D3E7EBEAABDAE3D573D383EE63D773DE33CBABEDA3DFEBD253D1A3E833EACBC20BEC23E96BD44BE683DF2BD0A3C243E103C423C82BE87BCBB3DB93D71BEA6BEB33EE13AD8BD49BD99BDF93DEBBDC03E3BBE06BE0F3E373CC5BDA03E6FBD513DB83CB63D243E32BD953E6B3E26BE773E083E93BE033D32BDED3DC8BD793CEC3C073E0E3E33BC40BE06BE603E81BE3F3E683E6ABE19BED83DE9BD793ED83E4FBE1C3E9ABE09BEC0BD9A3EC6BD893DA3BB243E2B3E19BE243EBFBD873D393D30BD0C3E813D0F3DEABD7E3E30BE063E3E3E623EA93E7BBE8EBA05BE08BEA23D0C3BD7BDAB3C9DBD023E983D28BEAABEF63D483EE8BDA9BD4D3EA9BD133E433EFBBD4F3E0D3CAC3DDEBD04BE51BEEABDAA3DAE3EB33E883D48BE2E3D39BE263EFDBD3B3AD43DCDBEE73E6C3D733D5C3E333E64BDE2BD453E3D3E9E3D8DBE5CBED2BAAABD203E01BEE6BD49BE173E10BD23BE4DBD603E6D3E623D59BEF93CAF3979BE0ABC2B3E63BED23E123E08BC193CE2BD933D9B3D783EAE3DC33E4A3E1C3E993D8BBC7E3E4F3D24BD2D3E05BD83BCFDBDA33E003EC8BD6F3D1E3E943D9C3D2F3ED93DBDBC33BE0BBD8EBCB13DCD3B3F3EFDBC1EBE1BBE3F3EB6BDBC3DDABD993E8BBE8C3DDF3CF43C1B3D0BBE36BE873D27BEEFBD2CBD6A3EC5BDFA3D42BC523EE73DC0BDFCBDCB3D26BDAD3C353C0CBEADBD84BD88BE523CE3BD27BE513D3CBDAE3CD23EE5BE33BE303D9CBD36BE843D1FBE733D693EEBBD42BE16BEDB3D083C863D273C5EBE29BE7D3D4EBD643E7BBE00BE7BBD963E203F08BF5EBD70BC53BE593C5DBEA2BEA3BE14BD0BBEB6BDD03C2F3EC0BD0FBC06BE8DBEF4BE86BC",
      torch_tensor_32_32_torch.bfloat16_4: "0x02000000D53C26BD8DBC0BBD22BCD83B11BBE83A26B9783D11BDB9BCB6BC9ABC6D3B78BD54BC7E3D09BBFF3B173D943D093D153DCBBD65BD7B3DF2BC16BD08BDA6BC3D3C5A3D143CB03BCBBD17BDD23C253D633DD23CE7BCB5BAC63C68BB7C3BFF3B5B3CD3BB6E3CE23C65BC5A3CEDBC573DE3BDFF3D58BDB03C86BDC1B8613D0F3D6C3DA9BD94BC9ABDCA3C3CBC4F3D983DB03BBB3D0FBD78BA383D0D3C1F3DD7BDB53DD2BC003DA23C233ADDBD56BC43BC4F3D093D54BD1DBD13BD403D18BCC7BCC63CA2BC4B3B493C6ABD51BD95BC18BB63BC153D8E3CE63C143DAC3A19BD01BC8BBC5ABCA1BD3EBDC1BDDF3D123DF23C0FBD813D8CBD623CE63C2FBCA1BD42BD78BBB93C313CBA3951BD593AD73B82BDA1BC5A3D213D87BC26BC273B41BD963C68BD2BBDC1BA9ABD2ABDE23C75BBB23CAE3BEA3CB23CE2BDD9BC323CAABDADBD90BDB3BC6E3C6EBB0D3D973A84BC4E3B2DBC853C8ABD20BD2ABD453D05BD11BD993D4C3BB2BC4F3D3E3D873D11BCC5BCC03C06BD94BD353DC5BB3BBD4BBDA0BD30BDB9BCA83DF6BB343C10BBA63C07BC8A3B10BD54BD873CA2BA3DBD743C873D613D873D98BC253B0BBD973B133C1CBD60BD9B3CA0BDE3BC01BB14BA19BC0EBC17BCCC3CECBAF2BC953C1F3CFA3C48BDD1BC3BBD0BBC143CDA3B9F3B033DBE3CFDBC4F3D7CBD4BBC81BDF3BB083DE03C1C3D90BD33BD713D4B3D573C4B3D063DF03C87BD25BD293DBEBC19BCA3BC3B3DE1BC8FBD873DED35CABC4DBCCBBC433DC63C14BC21BD163C853DE23DA63D793DBCBDE33D1CBD40BDE23B9B3C783DA63C80BD96BC57BBB73C54BCF7BC9F3D0BBD07BD4E3D343DF6BC1B3CEEBBDABDB43C34BD903C893C8DBCD73C8539013D1A3DCBBCBBBCA63D403D94BD6A3C46BD4CBD293C433D8B3C303B3D3DC03D893CAE3D0E3D1D3DB7BC01BD4ABC9DBBBE3D74BD51BC203DD5BCF03B043B963CEE3C283D00BDB1BC8BBCE93C0FBD9E3D36BD583C04BD3FBD7CBD37BD643D19BC45BDBDBC773C6D3D79BD8EBC313D4F3DB6BD0BBD9CBB1F3DB63CFFBCF43AD73C18BD49BCCB3BA53C6F3DD93B62BB38BDB33CC1BDA3BC2CBDFABC6F3DD03CBDBDC03B9E3C1BBDA1BB73BC953C0B3C1A3D893D303D95BC873DBC3B4FBDDE3CA6BD433D0EBD67BC61BDD33CD7BB8C3D5FBC3E3D013DD43C143D53BB8A3B183DAD3B083B853DA6BD993D523D81BD81BB833BBB3C283C04BE653CDBBC62BD04BD653C5DBC903DF1BC25BDF93C853DFDBCD7BC6F3AA43D1E3DC43C63BDD8BC6A3CADBCAD3D4FBD1B3D0F3D68BD4A3C2A3D1ABDB73D15BD993D24BDB73C533CCA3D54BD033D023C033CDEBC45BCD03C94BC083C3ABDC3BABA3CDD3C1FBCB93C153DBDBCABBB14BD1B3DABBDBE3DD43B833CB8BBA23B0FBDA63CA23C733D0F3D513D47BDBB3CF4BC653C73BC2BBC28BD8DBD723B8F3CBE3DA83C4FBD8A3D283D183DF1BCA1BD1E3D52BD0B3D3E3D483D5DBDA23CFDBCFA3C3D3C2CBB97BC9EBDBF3DC53C7DBC8EBD13BD413DAA3C26BA60BB26BC853D50BD06BD893D063B4ABC28BCDBBCF53C9BBD36BDC5BCA93D313D603D0D3CEDBD71BD443DC8BC6E3D4C3D7FBC1A3CEC3D433D8A3D833CABBB9F3D0DBDBB3C633C5F3DE2BB55BC143C273CBF3B24BC3CBC773BE8BDD03DD3BC123DCA3C16BD91BDE0BC39BC49BD80BDD3BCADBB98BC373D10BDAC3DACBD9C3B06BD47BDFF3C233CD5BC063BBABD5E3C9C3D1C3D0FBD773C543D9BBD61BD793DC33DA7BBDCBBFDBC483C333D68BDABBD8B3C13BD693DC4BC483D38BD803C0CBD223DC6BC433DF13CC23C0B3D2B3DAABD2FBDD6BA95BC2ABDA63C8B3D67BD133BF9BC3ABD643CC43C9ABBF53C333D93BC2A3CF73B9BBD04BD87B9FD3B363D083C853C423CAC3D4B3D47BDB2B9543DBBBD40BD883CCABB863C46BD85BCD03C3BBD783D4CBD20BD863DEEBCC63C473C51BD07BC39BD943D01BDA23DA4BCC1BD463DA5BC3BBD1BBDED3BDCBC503CC7BBAA3A3739693D1DBDC7BBADBC943B9D3CF8BCEABBEB3C253DA7BC783CE53C153D093C2CBC6F3D273CEDB93FBD35BD1F3DF5BC973BD1BDB9BB30BD573DB03C5EBD7D3D363C17BD243D68BD013CE8BC92BA1CBC19BB0EBB193DB93DC53C603CACBCBABCF0BCDFBB25BD11BD0C3D7EBD1B3D24BCFA3C173D4C3C7D3D67BC803D27BD84BD4D3DC73CC7BC9E3D273C69BC443CE53C253D1F3D4FBCB13C873D1B3D3A3C00BD7E3D84BD533D54BDA6BDF83C68BDE13C5DBCCCBC69BC0CBD47BCEC3C18BD1CBD84BD13BCFB3B523D913C3ABD8A3BDC3B42BD45BD2EBD79BC3FBD1B3CD43B06BDDA3D443D38BA20BD29BCF33B78BD04BD45BD053D3DBCFDBC13BD133D2F3DA73C8FBC8D3D87BB81BDEDBC083D71BD67BD0E3D1FBD84BD673D2CBD84BD1DBD9BBD03BD253C3BBD1CBDE7BD81BC8D3B7C3C183C103D54BD24BDACBD1D3DA3BDC33C5FBD14BD70BC80BCD8BCBDBC1FBC8F3D51BDDE3C663D99BDEDBC103D543C0EBC9CBC073C2D3D89BC64BC013DB8BC3DBCEBBCC3BA21BD81BC243D99BB823D813D16BD9DBC65BD32BD28B93F3D54BCF0BCFA398B3CC3BC61BD51BD183C65BD3E3D99BCADBDC4BBBDBC06BCF3B9DC3D34BDBC3C62BBBB3DB83D90BD16BD4BBD8BBD8F3CFA3A8B3C883D9A3A6B3C1C3BC83C96BB96BB5E3C493CB5BC69BDA43C21BDEFBC78BD64BB4E3D42BC01BD23BC42BD503DED3C6DBD943DC43D753D4F3D4F3D4C3C55BD743D933D2E3C733C36BB5BB82A3C30BDD03C253D5CBD693DD8BC34BD8C3DE43C1B3D30BD1EBC393B3DBD95BC943CD7BC0B3CE5BDDBBC8B3C7F3D2FBCFFBB19BC86BD263D093D0D3D9EBA73BDEDBA613DF7BC1EBD553D63BD753D5C3C21BDD03CD2BB1F3DA73C55BD14BD833CC8BC873BA23C95BDE03C35BD",
      torch_tensor_32_torch.bfloat16_2: "0x020000008F3F703F5A3F7B3F6A3F953F7A3F8C3F9B3F673F823F7D3F793F843F823F9B3F8B3F813F7E3F8B3F873F6C3F843F823F9B3F8E3F803F8E3F5A3F7B3F653F583F",
      torch_tensor_32_64_torch.bfloat16: "0x02000000563D673DB2BD1ABDAEBC8A3D3F3CE2BD473ED1BCE13C36BEBA3D883D51BD243EB43E65BE043E01BE9EBD1FBE2D3E693DB4BD883DF8BD863A513D663D62BEDDBC72BDAA3B2C3D203E17BD1EBEA3BD2B3DC8BE6BBD0A3DA2BC6EBDE83D33BE8CBE5ABDC63C65BC7EBD33BE313E253EC3BD92BD3F3EDFBDACBD2BBE50BE7E3D103E76BD9D3DBD3D36BD10BD833E3DBD5FBC483E47BD203D063C57BE82BC4BBE6BBEEF3C753C6E3D6ABE08BE983D42BE963E5BBE623D55BDD4BCB53EAC3D6FBEFEBDB73D92BDB63DE33CCCBD84BD0FBC003EB2BC7BBD5DBE88BE873A11BED9BC823C3DBEC83DA7BD1B3E943D303DC9BC75BD4BBD74BEBBBD033EF43B32BE21BD2CBC23BC03BE5A3E333E06BDE33C6FBE3E3EDF3CF0BD8B3D12BE29BE593D143D2CBE043EA9BC343E22BE6D3D213E203CE73DF53D373E31BDF7BD17BDF2BC5ABD6CBD583D72BD8E3D95BD9538D53CE83D603DF8BD263D18BE823D3DBE3CBEE23B283E8BBCE1BD21BDE33D853CAC3EEEBD13B94EBD24BE8CBE363D3ABD893C50BD11BE803CFCBD91BD29BE19BE0EBC55BD853EFB3D3C3EE2BDB63D80BC993E76BB1A3D283E373CD33C4A3EF1BC25BE8B3E9EBE79BC643DDCBD513E8FBD593E833EA1BE9A3D143E79BD4CBDF6BB2ABEEC3DBBBD363D60BBDD3DA4BD333D81BD9A3DB0BD4C3D20BE93BCFCBDB3BC41BC08BEB9BD93BD3D3E56BE78BDA83D0EBD13BECD3C7FBDDB3D2ABE4B3D89BD133E16BDA03D303EC03C2DBD613DF43DA53D863D0F3E32BE37BDA33EA83B79BD9E3C953D19BE9A3D98BD433D543D87BE1B3E26BE993E463D1EBD76BD9ABD3D3E763E923DAABC43BDD73DFD3DA2BD1C3C013E433EF43CA53CC33BDD3CAA3CF83C21BE383EF9BC03BEA23DACBD35BEEFBC323D36BEA1BC45BE28BE253D54BE81BD7DBD913DA23D5BBB94BD20BE20BC5B3DAD3E4FBEAD3DC5BCB9BD8EBD543E04BD503D593E6FBE97BE533D683C6F3E2B3D233D98BC36BC13BE37BEA9BDE73DD63D113C5EBD833DF03C3B3C11BE273CC73CBB3CC7BDD6BD0BBDB13D443D8ABD5C3DCD3DA6BD43BD1C3D51BDF0BDB53D103E4CBD3BBD203E323D443D713CA0BD8F3E1BBE7BBDA53D3FBE0E3E603E143E16BEEFBDB3BDD13D793B93BCE13CC3BDBBBD833E8EBDC9BD003DB5BDB93D6BBE0EBEE23D4A3DBEBDACBE21BC17BDD63D56BDFA3D163E87BD44BEA8BC8B3D993E233A783C42BE56BE073ECC3CA93D083EC33CEFBDDDBDD33B863ED4BD3A3DB83D303D5EBEF83D49BE16BE783D35BED03DC03D61BE81BE0CBE773DE83DD03C433CABBD083E49BE103EA23D4E3EB9BD983D073C533E0ABE58BE24BECC3DA03D6CBE61BDD43C493E85BC173E703D52BD2A3E9E3E1ABEA9BD7BBD7B3ADA3D183C8D3D38BD89BD47BEE93C99BD8E3DC23D46BD183ECF3DBB3CB73DC63E84BD063D44BE0ABDFCBC4D3C593E4E3EDE3D1ABEE0BDD43D29BD263D3D3E063E9ABD013DCD3D06BD33BEE3BD07BE2C3E28BE213DB5BCBABD04BE5E3E91BB1E3EC83DF9BD0EBE7FBDA4BADF3D173C833EBEBD0E3DC53DB8BDF43D003E643ED63D1DBE01BEF5BD8B3E383D0ABDB1BCD13C8D3ED13C2DBED93CCB3B2C3E0E3E353D6D3E9CBD15BE103EF8BD283EA4BC51BC5EBED1BD9ABD14BB41BEB3BB09BD2EBEF2BD1E3D7A3E4BBE30BEA9BD17BBBE3C8D3C623CC33C463DD2BDDBBD1B3E51BE7E3EF8BC133E90BC5F3E663DB5BDA53DC6BD0EBEF1BC42BD40BEE53D44BD6C3D783D1ABEB73D843E2C3D013E1CBE473D563D073EFEBD8DBC3B3E4C3AF63DB3BC55BDB8BD4E3DA3BD923D3DBD4A3EBA3D56BD9FBD8BBEB1BDA13D03BE1CBE7EBCFB3A01BEDCBDE43D193EDEBC75BD9A3D94BDD8BD243DDD3D853D8ABD57BD92BD343CB33D283EEBBC3D3D56BDD23BC5BC65BE14BE3E3C34BE10BE163D16BE1CBC2A3DFCBBD0BD84BB78BB82BD123DB4BEF93D13BD89BB59BE20BD913E0A3EB3BD433C5CBE54BE54BE22BEB63D7FBD533CD1BD223D093E543E59BE923B5B3E483EB4BCA7BE323EF8BC0DBD6EBD9B3D1BBEDABD86BE593D5CBED0BB87BD4DBD363DE5BD07BCC1BD843D5F3E98BBA8BEDB3DD1BC623E33BE6EBDD6BD26BED3BDA5BDE6BDADBDE73D023D253EDABDC8BD79BDFFBDB33D8D3DEF3DB6BCC13BB2BBE53D223EA5BE32BEB9BD253C593D913D8EBD273E1C3C28BD79BDBB3D87BE24BE23BD8A3D353E5CBE113EE9BD843CB6BD0DBD03BD31BE323EDB3C283E623D2DBD83BE863DF33D0ABDA7BD553E0DBE3BBCD23DC93DB63ABBBD383DC63C953B8CBE45BB80BD00BE6EBE3FBE76BE8ABC423DAABDB43D2A3ECFBC913C433E173E40BED1BD033E10BEECBD023DC1BD843E713EACBD9E3D323E843D6FBE8E3EBD3D29BE233E94BD953D36BB2C3E7A3E64BD5FBE523EB7BB56BDCD3D203CA6BD50BE3D3EFB3DBD3DAFBD71BD06BE1CBECBBD523D85BDCD3D93BD153EAD3903BDE1BCC7BDB1BD6A3E123E16BDA8BD363EF3BD233ED13BA43A91BD6C3D0D3EEF3DF53C10BE00BE6E3DE63DD23D433EA03DE8BCBABDD5BDA13CC4BD11BEF9BC63BE243D833EC73D65BE02BEF8BDD93CB63D9CBCEF3DBD3D21BEA6BD163EE03DC93D6B3EBFBDB5BD653D2DBD143E233DB63D1A3D69BED43C47BC283E33BD1DBE193E9EBDFB3DFE3DF73C363C06B9EF3C813D2ABEDABDA53EA3BE06BE0B3D8DBDE3BDB9BD203E673D65BE583D833DEE3C0C3E3ABDE13BE33D8A3E68BD6CBDD6BDD43B2B3C51BDC4BD073DC33DB03DA1BD12BE813DB7BC49BD8B3DB13D3F3D213E573EE7BDB43D8A3D8CBDA7BDAFBD4A3D80BD153D623E61BEE4BCFE3D0E3D07BE493EA1BD913D6BBDDDBCE03D13BEE13D843E163D4E3D203E433D2D3EA4BD453E15BD0BBE4BBE07BEAFBB99BD363D893D7CBE113CAD3D243D593E2FBC1ABD81BD9ABE873C08BD40BEB33D4CBD06BE28BD71BD7F3B20BEE93B0E3B263DCBBDE63D28BCB0BDA63E993E403EAA3D083E65BC09BD05BEDABD4F3E42BCD43C713EA4BC5D3D05BECE3DFCBCFFBD39BDB33DDF3DA0BE03BEF0BC353E00BE7FBE55BE433E373EC6BC1B3ED53D06BED4BCD0BC2F3DB03E42BE40BED13C403E9B3DC23CCABBC9BD953D053EE9BD2B3E373E773E0D3CE0BC1B3E5BBE7EBE3C3EC13B9EBCDABC163EC5BDA73DF3BBD13CBB3D223E4EBEF73CF4BD59BC55BBC13DC3BD00BEE5BD043D70BD22BECA3D11BE85BBD23D113E3CBE9D3D843C14BEB93B693E1FBC2B3E16BD68BDF63D6BBDB03D263E2A3D10BE233DFF3D59BD4DBEC23DCBBDF8B8763EABBD283D2D3EC93DC93EACBDA6BD9E3BC0BD403E893E813ECD3B79BC17BE94BDCABD42BEDE3D423DD83D27BEA9BBED3C24BE3D3EEC3DB13DC03C2FBA9FBD4FBE893D2A3EB1BD83BD22BD0FBEABBD993DC63DA73D5A3E18BE813EB0BC36BEC23D34BD8BBC5E3E28BE21BE74BD47BEF23DF13DF0BD09BEEB3DA9BCECBD133DA2BCE23DA93DBEBC613EB43D553D1F3E01BC11BEE1BD043E623D4EBE323EA3BCC4BD24BD1CBEE4BDCB3C20BD063D1BBD6D3C5C3B983DDEBD10BDDEBC6F3D33BE12BD44BB283E59BD373CC93D1B3E04BD13BEBCBDE23CB63D00BD203EC3BD623D2A3DB8BCAEBDF0BB213D253E41BE1D3D833C11BE653E17BEFEBCFBBD08BE11BE073E42BB1FBEFC3DAC3C3A3E2E3E253EA8BC94BD03BC813C8B3D26BD923DEC3CF0BDBEBC9CBD353EB63D323E173E0E3EAABE5E3E363E083E2DBCBCBDEA3CADBD0EBD58BEAA3D1A3C24BD59BE9ABCCCBCD0BCC53C15BE7A3D79BDAB3C9D3DBF3C39BE103CD03D86BDCEBA403DE5BCDF3D853D8B3D543DA0BCB33B783DAFBD4D3D16BC983CC23D063E36BE913D10BDC0BD46BD11BE0D3E16BE563EB8BD933DF13DD63DA8BC123E57BE00BC42BD83BD9A3D5CBDF9BDD7BCDDBDF7BD12BECE3D60BE4E3E6BBDAEBB14BDEF3D123D8E3E32BEBC3DDC3D65BD29BE133E35BE763DA53D88BCAEBCD5BD793D253E02BE1CBDB33DD83D323DD3BD0C3C523C3C3D1ABD6BBEEAB85CBEBD3D2B3E8CBE4FBD073EAABC0CBE2EBE2E3D493E6B3E3F3DD83DCE3A7DBEAABE573DE1BDF03A07BC6FBD2F3E743D2A3D773EEFBDFBBD193D0BBD903D85BDEF3D9C3D983D8ABDC2BD9DBD013E1D3DC3BD793C4CBDEC3C6FBE913DACBE19BD14BE153E223D13BDDCBDDB3D02BD40BEC63D82BC363D3BBE8B3D3BBD1ABED93DC53DB43D9EBDF73D963DF0BCBE3C633D983DD73D933D34BE833D573C09BDF63D033E743D4DBC563E133E57BE1A3EA1BDCDBD96BDCABEE3BD0D3D63BD453D3F3D2ABECC3D5EBEE53DB0BD38BEFA3DE83D713E243E80BE10BD77BE573E253C42BE3DBDB13D8F3D1CBB753CB5BBE33DAEBDA83D5ABD3D3E043ED8BD7EBE83BE69BDF5BBDA3DB4BC14BEB7BDC2BDF43D9D3D72BDA7BC033E053E993C8FBEADBD0F3D0F3B6FBE783D853D06BDF7BCE23DB53EB33D07BED5BCFCBCA23CABBDC73D643E803DE73DAD3CD43D153E50BE743D103E34BD2DBD483E9B3DFE3D223E383E20BCBCBCDB3D8DBDD53C22BDD2BC6ABE79BD93BDF13D8DBD113EF1BBCBBB9CBDA4BD3FBDACBDAD3B54BE5DBE673B40BEA63E733E05BE0D3EC9BD74BE4C3DA93CD53ABEBCF33D093E883DF83D1B3EAABE233E213DB83D053D46BE843DF7BD953D3FBE2A3D2A3D07BE8EBE5E3CECBDB63E87BD59BEBABDD03D3DBE153E1E3E2F3D17BDE03C803D313E33BCC7BD093EDC3D38BE7BBDAB3D143DAFBDBD3C4B3D2CBDFA3D443DB23D853D173E13BEF2BD65BC0CBD6A3C1FBCC53D04BE08BE48BE5FBE1C3E29BD0E3D813DFBBCE2BDE9BC623C7EBD1B3EFABCC43CC13B9E3B193E0D3E67BDFE3C063D2BBE6D3EA73D27BC133E4CBEDD3D1E3CC53E9EBDECBC363EACBD1EBCFCBD4FBE11BEF63D2E3ECE3D5ABEC3BDF23D293E68BE1A3E873B913DEDBCDA3C6D3D4EBE783E0DBEECBC1F3E31BDA1BC5A3DDB3D3F3EFBBD5ABE93BCBABD50BE783C15BE253D97BDC93D8C3C8E3D6F3DFB3D3A3E3BBE783E18BE023E02BD253E8ABE9E3DD7BCB8BC9DBDD4BD143D543D99BD893DF33D3ABE92BA033E9C3E63BE28BD3C3C0C3D3BBD0E3D31BEB2BD78BEAB3C503BCCBDC23DA23C113E273E04BDE5BD29BEC53CBCBD753E043EF13C6B3D513E0CBD86BE093E96BD0DBD76BEF13D383E8E3D9E3D24BD80BC223DEC3D353DA3BD9F3D98BD7C3D9CBD22BE2A3D63BE55BE8FBCD3BD57BEDC3D17BD38BDB3BDD73DDBBD0C3E983D7E3DBE3D01BEDFBC59BD653E16BE52BD903D023D713E52BE043EE4BD113E8C3E34BE23BECDBDFF3DC03C62BDE53DFBBCE3BDFB3D303E75BD8A3D30BE08BEF03D3F3E0FBE073B69BE883CDCBC13BE893D80BAB33D383E053EE43C233E353EAA3DE3BB23BECA3C18BE63BC393ED2BD0FBE02BE453D39BDF1BB043ECF3D9F3DEDBD52BE6BBE823D57BDB8BCDF3D84BE3C3C873C073E0EBC653EE7BCB43DA4BD2A3E1E3DDFBC02BEA9BB563E3FBDDDBD013EC7BD703E853E053D3C3E0ABD943DCC3DA63C3DBE073E5D3D593ED03CE83D3DBD23BDE9BD2A3E80BD3C3D973A83BE193C09BE2B3DB63DB23C023E58BEB83DBCBD153EDFBC9E3D8D3CE33C2FBDED3C043E29BCA13AB83C783E373EA63DAD3E7DBED03D163E06BE4CBDAA3DA63D19BDCFBD143EC2BDB93D0B3DEEBDD1BB9CBD9FBECCBDC4BD35BE293D3C3E40BE43BC133D373EE1BC143E11BD03BEA33D993C5FBD3F3B863CFF3B233D1DBED5BD023E72BD233D973A483D60BD63BEB93C6B3DFFBD2ABE22BE423DDCBBB83D193DAF3B6E3D3BBCF23C87BDA8BD33BEABBDABBDAB3D813D3C3D72BB4A3D5ABE16BC753D",
      torch_tensor_64_32_torch.bfloat16_1: "0x02000000A5BEEABDA03E553E1E3E10BD72BE723D29BED93DD03D8EBB9E3E35BBA93D3EBD0EBEFDBDDCBD8DBE133E1BBD293D323E20BC1DBF123D543E86BE643DB83D61BDCA3D4EBECCBE87BD9B3E833EE4BD3E3E05BE203E0FBE893DDCBDA63EFABC25BD563DAF3EA1BDF6BD513DD23DAF3EBD3ECF3B973BCB3E6E3E57BD813ECDBC503C52BD80BDA9BED83D98BDBA3D95BE10BE36BD3B3EB3BD613E05BDB9BE6E3D3E3D363E80BDB8BE883EFFBD663E403E3D3E853D0B3D9FBBBBBD033E133E0A3FA63E383E5F3E4D3E313E7B3D003E6A3EC43D86BCF53D5B3EC03D4EBE513E4F3E933ED4BDF13CDDBDDE3DB43D24BE29BEC33D5DBDD8BE063EE8BD9F3E113EE5BC103D1B3E6CBD4A3D27BE83BD37BC46BE10BE373EA7BDBFBD823E32BE833E49BEA4BE87BCC4BCF1BE05BD9DBE7E3D8DBDFA3DADBC6E3E3ABE243B553E2F3E553E3ABC883EC83D8FBE1BBE9ABD09BE233C473E983E933E0EBCE83DE4BED33E923D453E53BD97BDF83DD73C43BCACBEB4BE49BCBBBE89BD0B3D973D243E3ABE803E2C3E30BD7D3ECCBD93BD1A3E833D4B3D9D3EC03EC7BD573E2BBD4B3EABBE0ABED6BD8BBD6F3E2B3D593E21BECF3EE7BC46BE8B3E6A3D6E3DD03D893D79BD6FBDB83D823DC43D643D03BD293E823CE63D4D3EB23D733D173E273E31BD5C3E35BE54BC35BE1C3D8B3C083E71BD1F3D79BE35BD703E86BD8FBC513E77BD673E753D50BEF1BCC4BCCBBD5EBE223E873E3EBE06BD3ABE903E4E3CAEBDB1BD873E773C2ABEAA3E873EAFBDEBBD7CBE3C3D3F3E00BE4B3EC1BE80BEE8BD2EBEF13DCEBD573C763E9A3E38BEA7BE9DBECEBE03BE34BE38BEE23C0E3D25BE493EBCBE713D633EB73D69BD59BE8A3D45BE373C9D3D93BE6BBD083DC6BCA8BEACBD313E2A3EDBBDD3BD0ABE423E093DB73E663DC53DE73DBD3E833E1EBEB03E2B3D1ABE9EBE453DAEBD5E3E07BE183E863DDD3D1E3DB43DB3BD703E203ECCBD36BEBF3C1EBE8FBE96BDBB3ED0BCD63D873D95BD853C433E203E153E5CBB03BECABD2CBDA53DBABD73BE993D2E3C48BD6A3EB63DF73D8BBEE63D103D28BEFFBD4DBE313EC33D0FBEEC3D74BD00BE933E1ABE1EBE01BE063E433ECD3D2EBE40BDBA3DC33B993DA1BDBC3D26BEC53C5D3E673B393E323E8FBD9FBEAABD4B3EDCBDEFBEB7BCE7BD2B3CC03DBFBEEDBD5C3D94BD71BE983D1F3E36BE29BD22BC32BE143E3CBE023EF53D37BE8FBC963CE0BD4E3E483E43BEB5BC19BD1EBE843CACBD103E883E813E623CF73CCBBDBC3C173DDBBCE63C27BE61BE793E2BBE593E083D77BD7CBE39BE04BE7EBC473EBABDE83D653EFC3D5D3B7E3D9FBC223EB2BBA7BD88BBF63DA13D113D933E553E8B3DB53E3A3DC5BEB83C81BD21BD813D89BE893ED43E0C3DE4BDF4BD94BEA53D923DB63ECC3C25BE063E79BEC73E35BEA8BDA7BE523E713E03BE3D3EE03D14BE48BD49BEAEBD1F3DFE3D5B3D743EEEBC643CFDBDC33E14BD05BD303DA93E5B3D16BE40BE2ABEB8BDA7BEDC3C103E91BEC4BDFC3E713E343C66BE5C3EC23D63BE463CF53D103DDB3D79BD81BE32BD01BD40BE7DBE883D30BE593DCF3D8C3CB4BCB23E50BE67BE5EBE43BE0BBEE1BE2CBEDBBD4EBED4BEB6BDE8BE24BE0FBEECBE523DF83D9DBE873D043E413DAC3DA0BD883CEABD1EBE233E043EF2BD40BE43BE51BE293C293E973D013E533EA63D423EAC3DCDBD443E0A3DCA3DEFBD383E753C96BE673D45BEB2BD60BD9F3E973D82BD58BC26BEA6BD213EF23C99BEF4BDB2BD0ABC53BEA73D083E04BCE0BD22BE9BBE323E12BDF7BD873E4CBE763E083E273E963E1B3E0CBB2FBEC93D16BBFABCABBD233E683D03BE6A3E533D8BBEC13E16BDA4BE083F9D3B973D7CBE4DBC8C3DA83D35BE66BE743E13BEF13C5ABD883A6A3DBC3B4B3DC4B959BE933EF33D183E873D1C3E213EBEBE09BE9D3C7D3E7F3DB03E3CBEABBD1A3E953E87BEA43E8EBD783E153EADBE8E3ED4BD723E5D3EE43EB33D87BE913EB73D75BD2ABE5E3EB1BDD93D073EEC3D3DBE23BB3B3E323E583EA73D04BBCCBE343C673DDA3E5ABE2D3E9CBE0E3ECD3D6EBEB03D22BE47BCF6BD99BC353D91BD483EA3BCA53DFABC593CA3BCB53D84BE923E37BE8C3E47BE6DBE33BE6E3E973D8D3E70BC48BE403E773E91BEBB3DE8BD793E223D86BEB03D003E3ABDAE3E453E353C573EE2BEBB3E5C3DAEBE293E693E2DBE533D453D11BDF1BE7EBEFBBD5CBD9B3C1ABE6CBD5CBD2D3E9C3E3DBE12BE063ED93D0E3E12BE413C8F3C8EBECBBD1A3D4D3B043E54BEC43D15BE84BDDD3C3BBDE0BDE2BCF43D003E06BEC93DB23D84BEB2BD333E56BED3BD84BEAD3C293EAFBC213EDA3DC3BD36BED3BD9A3D0FBEE6BB99BDBC3E01BFF0BD023E403D8B3E1BBE9ABD4D3E013E223B54BE853E9FBE17BE09BD65BC3BBDE53D513D33BEA33EEBBDAD3E0C3E5DBC023E97BD8BBE6FBDD7BD14BEF03DA83D9F3E09BEB3BE623E31BE1EBE35BE6EBEEF3C803E10BD23BE903DF4BD3BBE173EB23E37BE4C3C5A3EB7BEA23EEBBD303DF1BDA73DE53BD73D68BE13BD56BDB1BD8D3DB5BC28BE99BEF43D853DD0BD31BD7CBE2B3C6FBE1ABD9DBD233D923CC13E2C3ECD3C70BE3F3ABF3E0F3D673D27BD133E5F3ECF3D19BE3ABECE3D39BE583D443DF43D103B98BC9C3ECEBDA4BE54BE37BEBFBD9DBEECBD3A3E47BD483EB73D7D3BBFBBA4BC833DDC3D35BDEE3C053E723E3FBEAA3D3FBCA4BD64BE353E7F3DAF3CBB3EC13A3F3E3E3EB13CE3BD703D153EF83CB1BD2BBD2BBEC23D0B3EACBD4B3D2ABE6CBD5B3DDC3D87BDD13DE23D373E19BEDC3D06BEF5BC46BD723C553E9E3D15BEC0BBA83CC73EA93D31BE6DBE253ED73D083E0C3EEABD0E3D13BEACBECB3D5A3B9FBE96BD2C3EA1BEF93D963E7EBD333E583E803E023E243EC3BE68BEB03DD93D84BEC53DB13EAABE19BE99BD5DBE49BE58BE723E50BEBCBD5EBDB7BE1B3E933E1A3EA9BD3EBECDBD1F3E82BE893E7CBDB0BDD73E6FBE233E983DCF3D64BE3EBEF6BDD3BDA6BDE4BDDEBD47BD2E3DBDBEBEBD323EBEBDBBBEDC3C2BBE003E2A3DB63EBFBB2FBE3F3E533E8CBE64BEADBD003D7ABE6BBDC0BC7F3E513B2E3EA0BD82BEB2BE62BE033EC33D2D3EA33ED23E173D01BE6A3DCABD8BBD013EC93D8BBD6A3ADDBD00BCA2BBD5BC753D10BE173E073E153E423D323E91BEC1BE9BBEF9BEF23D51BEA7BE983EE5BD7DBE323E28BEB6BDF03DF8BD45BE493DA73DDE3CEABDD33E93BEF53D163E87BE4EBDF63D11BEB13DD63C203DE6BDD9BDE13D09BE12BE4EBD963D66BD1EBE283EDA3EDFBD7CBD15BE933DBDBE84BD7ABE533EF53E17BE86BE1BBE07BDE0BC713E9BBDA53CB4BD203DF33D21BD203D81BEFD3E9E3DA2BDA03D983EC03D2B3E0D3A8C3C8E3E463D28BE843E9DBD3EBE3B3DECBD29BEAC3C10BD5B3C1BBC733ECABE91BD6D3D1CBE2ABE27BE563C8E3E5CBE833E383E233C603E7ABDC4BCBFBD44BD91B9AF3ED7BDBF3D103E26BE4DBDD8BDE73D8A3E883E913E66BC2C3E983E373E8EBE7CBE19BE55BDC8BC4ABD0E3E4F3C2D3E153E26BCA4BDF93D193EA1BDDB3C1CBEFBBD743EEEBC3E3D57BE9F3E4DBEA8BEDFBCBABD21BE0F3EC7BDD8BE793D7CBD81BD7FBD243ECDBEE3BD10BED43BDABE843E1E3E973D8C3DA03D4DBED6BDB03E173D713D55BE52BE333D04BD9ABE113E733ED83D99BD463D0D3E76BB853EA6BE833E86BE19BE28BE483D993D193E813D81BD44BE75BE913D863EF93DA23E493E6C3ED2BDB5BD31BE0CBE18BEE53D23BCAB3E59BD1EBDBABB7A3EA7BC003E0EBD023E973DB03D8D3E05BE2D3D55BE7CBD9C3D9FBD153E073E2D3D743D38BE6E3ECDBEB1BD123F9B3CC03D1F3D803E6DBEBBBE57BD87BE613D7F3EAB3E9B3DE83BC63D99BD99BD5DBDFDBD59BEA63D5B3E203EA6BDB63D07BE87BE7FBCD43D01BE82BE6A3EA5BEA43DD8BD063FBD3D79BEE63CCCBB65BB583E47BE8B3D153D113EECBD4ABEB73D34BBD73E1D3E033E88BDB53D08BE0EBEAFBC1ABE16BE8C3ECEBBA8BCF33DB43EBDBDDABD723E563E52BD033E473E823E903C0B3E5A3E2A3CB0BC153E723D8A3E20BEEE3D813D37BE573E1BBEC2BD94BE74BEFDBD88BE8ABEB63EE7BE903D963D933D80BB12BD48BE90BD693E1DBDCB3D26BE65BE313E063E1F3E563EE7BCB5BDC23DA0BC503E873E35BEEA3AC3BD133E943EE83DC3BED0BC03BCB13E0ABE093CF53DFC3CB6BC4C3EA5BDEA3DF9BD9ABDFBBD063F8A3DDC3D6FBCCEBD26BD383E81BECE3D173E21BE0C3E913E5E3E92BEA83E193E07BBB1BE3E3E0F3C49BC923EF23DFE3DCABB9B3D413E543E1ABEB03D7D3C75BE1F3D3CBECA3D913E28BE4F3EDFBD6CBD10BEC1BD82BEB33C21BE383E6EBDD33ECDBE913EC0BD03BEA3BC17BE533DA4BDB13DE4BC983DF7BE91BE693E77BEA03C233E5FBE303E4ABD81BD93BE9FBD853EC5BCC0BD813D763E633E003D1CBE92BDF73C303C76BDA93E8EBD1FBE843D13BECA3CF6BDCB3D15BE50BEBA3D9CBEA9BD4F3CE1BC6B3E2EBDA53E073E6F3E673C2ABE24BE4ABEB9BE02BE0F3DDEBD823E493DE13D4D3DF83D373E5EBE933D81BE18BEF73D1D3D3B3E63BD5C3D07BDB83E203E883DD4BE893DA53E123D013EBA3D2B3DF23D903E0FBE0C3E023E543D54BE62BEF7BD873E12BE4A3D02BF96BEAC3C6F3D40BEDB3C8D3E6F3D0FBDC0BEC03D29BECC3B943EBC3EA7BC7D3E213E05BF423DEC3CF13ECABD8B3D78BEA83D5F3EA4BD28BE22BE1EBE4C3ECB3DF43D8BBE533EABBCD63C30BC3C3D063E16BD433D903E893E4F3EDEBDE83D9DBE4F3CEE3D62BD34BDF33D09BE3B3D35BE0A3B86BE36BE803C99BE083E663E033E833ECEBAB4BD8F3CB5BD98BEB43C953D833E13BC3ABD0C3EED3D6F3D6CBC893DFFBD103CBCBEB4BD753BD43D76BDD13D883DC7BDA93DB53D0F3E19BEF3BD05BE993EB43DAB3DF63E77BE2BBDB0BEC53D2FBDA43CC6BEA33D08BE9DBD06BE873BAABDF23D873DF0BCAC3DBEBD15BEE9BD80BD153B343C0A3D963C00BE2F3DDDBD4EBD8EBC8DBE4C3E823ECB3D3D3D4DBD3E3EAF3D34BECD3E95BDAB3EFF3D863DEABE3C3E8C3DF43C943EBB3EE03E0ABE1EBDAE3EC73E63BED53DA6BE973D073E16BE293E13BE4CBEB23BAC3DACBEA8BEE0BD083EF63D86BBA9BE4EBE083D843EBC3C4CBDE0BD1A3E283E3E3EDC3D2F3E933C56BE723E6F3DFFBD773E3D3DFBBD9FBEAE3E8C3E9CBDAE3DA73D6B3EF33DBF3DBCBE383E933E803C753DAC3EC8BDB0BDB73D133C273E593E37BCE63D563DDABB203E05BC393DD4BCF43D9F3DA4BD52BDB03D76BD2D3E7E3D6EBE553C86BEA3BBA93EF7BD63BE61BD0FBE11BEB13E2D3DEBBB0BBE87BEF93DD33DB5BAEBBCD03C0F3E2BBDD83D253EBCBD9E3E453C78BEFE3B643C433E2D3C8CBECD3D183EA0BEEC3C53BEDA3C23BE7A3E343EF63DADBB9DBEA23B283E4B3DE73D82BE0B3C2DBD233E8BBD913C123E8BBD083D083EBE3C833E56BEC03D2E3A9BBD1D3E66BDC1BE2BBE53BE64BE51BE3ABE62BCA9BDFFBD313EE43E8FBEB33D493DDCBC1BBE933D4C3CAC3D0ABEAF3DD8BCF7BC57BEF83D533E8A3DBEBE813DB3BD90BC11BEB23A01BBCABB4F3CA6BC1FBE28BEF93D613EE0BE043DAC3D823E0FBE213DD8BD243D0F3CFF3D92BE833E673D2D3E243E6ABD0FBDC3BDF8BD95BD953CFA3C3EBE05BF3A3E343E28BE933EAD3E08BE80BEAA3E3FBE4E3F05BD03BDAEBD403EE93DC7BD663D593E353E80BDC3BC55BE2A3D19BD2FBDB23D453D1F3E14BE26BE0B3EB7BD033EB33D0A3E8B3D",
      torch_tensor_32_torch.bfloat16_1: "0x020000006C3F973F793F793F5F3F7F3F7A3F6E3F8F3F853F623F6D3F683F6A3F673F7D3F663F843F573F983F813F943F713F8E3F8A3F613F713F753F4D3F8A3F6C3F7C3F",
      torch_tensor_32_32_torch.bfloat16_3: "0x020000008DBDA23E823EB33C41BE8EBD21BD87BE40BE18BE60BEC63DD1BD0D3EB3BD54BE4C3EE53D82BBDE3DFEBE10BD20BD0D3EA73E09BE433E09BE933EB93D603D893D80BD3ABC833E21BC2F3E9BBDC7BCD63D953DD3BC303D823EB0BE2A3DAC3DBF3E883E173D99BEFDBC813CEABCE7BD3FBED83E8FBE6ABE30BE863E6E3D0EBE213D523E85BE20BDD33EBD3EE83D65BDF53D70BDAF3D42BE683E4DBEAEBD17BCA43D88BE293DBBBC083E65BEA6BE1BBE793E2FBAD5BCF03D83BDBE3D78BEB2BD03BEE13D4CBD72BEF93D9FBCEF3CC0BC0B3CF23D313E453B51BC76BBF1BD5DBE89BE3A3B253E823E4A3EF43D49BD37BED53D7ABE35BD3FBD823DF03D63BED83D47BE69BE26BE24BC84BDDD3D533D30BE8CBEACBE06BEC8BC97BE89BE4D3E03BD093DD9BE953D2B3E83BDEA3E163D8FBD2F3E583D293E8A3E133D743E873D4DBEC13E503E88BDA6BCC4BD7B3E74BE8EBE803E543D0A3E603D373E5EBD7B3E71BE22BEB5BD8B3E753E473ECCBEB63E88BED3BD8BBE14BE0ABE553DE13DA1BEB0BEE3BD1BBD2C3E16BE9DBE3F3D92BD163ECC3C9BBD393E58BD8B3E44BE9D3EA13DDBBD9F3D633E94BD81BE87BE3F3E9DBD8C3D3BBD823E05BD72BE4D3EBEBEF63DD2BD453EA3BE23BE7EBE1F3E283D543D583EA33D9B3D953D97BE72BE9FBD803D243E683D403DF03DB1BD2CBD2BBEAF3EC8BE63BB58BEC53DA93D3F3C9C3E273E473E3C3EEB3D97BC2DBDCF3C8FBEC5BD8B3E683D353E5E3D753B2CBEAA3D583E033E9EBE8FBD2B3E40BD753DBA3E64BE88BD1DBE373E6F3DDA3D90BE1CBE3F3D5B3E38BEA7BDA5BE2D3EB6BE86BE47BE263B793DBCBC9E3EE33A2E3E773EFB3D443EE13CC6BD4FBEB0BD6FBE4EBE193B1EBDF7BC93BD60BEDDBDA93DF13D893E48BD23BD933DB43E88BEEE3D4DBEC83C1E3E2C3E2B3C6B3D96BD653EB3BEBE3D7E3D77BE16BD1C3E56BD103E803D1A3EC1BC133E753E303E2A3D403EA83D94BE11BE19BE133D04BE83BEAB3D33BD50BE203ED6BE3BBD7B3C323EA23C8B3EAFBC4BBEDBBE3CBECEBD45BD53BEDE3C883E92BDD0BDBF3D81BD9E3C9ABDEFBD423EC6BC3B3D35BD8FBCB2BE943E44BD963E3CBE993E82BE34BE74BDB6BD6CBEED3CA93EC53D71BE3DBE89BEC2BD53BD6F3C3EBDE13CB93B85BDD93D3E3C83BE79BECFBDE3BDBC3D29BDEDBD363DADBB873E52BC5BBE303D343E193E31BEB0BD793C193E273D0B3E6B3E213E07BED83D02BF433D173ED7BCA73C46BD2E3EAABEC4BCA3BE3D3E94BE49BD85BC113E76BD11BE343E1D3C083EA4BD50BEC6BA783E86BEF33D8BBE063ED4BD7E3D803D1B3ED33D9DBEA93DCA3D923E9ABEC83CC7BDC9BB943E7A3EFC3DFD3D503E4EBE373E44BEBABDFB3D843EF43D4DBE47BE813E9DBDDDBD1ABE3E3EE9BD6A3EC03DED3D64BD30BE003ECDBD9EBE4DBEB13D793E8E3DB53E1C3EC1BDBFBC76BEB83D51BE833DA1BC11BE5E3D0BBE43BE02BE74BD88BDB43C5DBE7A3E133EB0BE9FBDF6BD3DBE983D923DEE3D783D62BC293E073EAA3DAFBB323EB2BE14BE36BEB63E8F3DA7BDDE3C3D3C2F3E693E90BEF93DA13E9FBD19BEA43E453EEB3D243D1FBE9F3EFFBD403ED43D4FBDE73D79BD2BBD4BBCA1BEE53D0F3C873E4E3EAA3EE33E553EACBEB7BD103EB7BE323D16BC29BE643D3D3D92BCB5BD9F3D9C3E7FBDB3BDBB3DA03E5A3D23BDE33DEE3D64BE693DFDBE563DC73D6D3D793E1D3E3C3E3ABD353E753E1FBE6D3E763E3E3C5D3E2FBE1D3DE5BB28BC993D2B3E5ABC7E3D6B3E3BBEC63EA43D593E86BD9F3D813E8B3D14BE85BD973D8BBEE4BE02BF753E953DB93E5DBD113DEF3C5B3D1A3E91BD9FBCEABD4F3E8BBDCC3DA5BDAD3DC03D613EBE3DEC3CADBDB9BD463E18BDDCBDF43CE9BD54BD41BD81BE06BEBABD94BD003E2FBDD3BEB8BDBABEAE3DA2BEF63DCFBD9EBD52BD953E2E3EB63E353DAFBD4B3DD83D34BED1BE8CBC403E49BE943C073EADBD623E86BCA43EEFBCFD3C2FBC07BE97BDA43C6DBE95BD273EF03B50BE14BEFBBA883D82BE8FBDDABC60BE8C3E3B3D32BD97BEC83DF53D3E3E38BE51BE613E3CBD9CBE7F3D59BE4C3EC23E213ECF3D06BE7E3D8CBEF5BDA6BE14BEA43EC13DF3BD743E4E3D1A3CF1BDAE3E3D3E973C6A3E313E8A3E03BDAB3EBCBD3ABE093CE7BDADBD09BE79BD453D2A3CD13C4FBE4C3EE43DD53D98BE5C3E393E533EAEBD29BE1F3E1FBD22BEB1BD303EBBBCBEBE743E203E983EECBD633D9F3E34BE0B3E4CBBAFBD1E3E103EA6BD323E8E3D61BEE33D72BDF73DB73D03BE8B3D07BDF3BE0BBFF03D11BE0B3EA7BD94BEF53D0FBDCFBE303E9B3DE53CE73DBEBCDA3DB03D423E8EBDAC3A86BDF7BD49BD27BEF93CC4BE1E3E71BD5DBDF1BCC4BD9CBEEE3E91BE74BD943E4E3E8E3EB8BB87BDFF3D653E6FBD773C353DA3BA433DF83D933D9E3D85BEFE3DA83E1FBE513E6FBD213D93BD16BC8E3C80BE82BD97BD3C3C2DBC963E8DBDE43B76BEA1BC9C3D443DEFBDB8BD2CBE793E2FBDAB3EB03E833D893E503E4F3E11BE3DBE11BE86BEAA3E2C3E183D193EA3BDC13D233E983C9C3DE93C49BD0ABE83BDE53C8FBEAE3EA2BDEDBD4FBDC83C043E8FBE1CBED23DB9BDFEBC063ED0BDEA3DAD3D243D343EA73DC93ED3BCC1BDCABDA7BD11BE2EBE5F3D03BEC53EFCBD6FBE84BE7DBDEABC1A3D1A3EC43EA5BEF73CC73E743E223E183E5DBC8CBD2CBE3EBDA8BCF8BD0E3E863D0DBE9B3ED63CB5BD7FBE593E28BD4C3E5FBE3BBED1BDC03D13BE52BE0ABDE0BD14BE99BD0DBE72BC3DBE923EDF3C713DC0BD693DEFBD09BE8DBDB73D47BCCC3D163E88BE203E8DBC94BD873E87BDB73D323EA1BC9B3D74BD133BDCBDDA3DE53DC23D1A3EFD3CCFBD873B04BD8CBE89BC953EE53DA23E34BE",
      torch_tensor_8_2_torch.bfloat16: "0x020000000D3D52BD4DBE633E0EBE613D66BE03BEA1BECDBD61BA273D083E5ABE84BC39BE",
      torch_tensor_32_32_torch.bfloat16_2: "0x02000000ECBC1EBE83BD05BE2EBC30BC373E2E3E2ABE94BE99BE98BC62BC823C71BDA7BD3B3E373C943D2DBE8BBEF5BD8EBEA53EFC3D2F3D643EBF3D583BC9BC3BBE803D0DBE46BE61BC343E853C05BE053DA93E0B3E09BE2ABE7ABE113E0EBE94BE28BE903EAE3C8D3E71BEB53D103ED6BC65BE83BCA93DB33E76BE37BE9EBE7BBE9F3C50BD72BC113E08BDFEBC3BBE033E90BEED3C133E6D3DC53CBB3D273E713E5C3E12BE0E3E8C3D5EBEA0BE063E1A3E19BDB0BE323EAE3D9C3D97BD483E16BEEC3D313EBBBB46BE83BE173E533E413E203E26BD2FBED8BD8BBEABBCAC3C5CBD073E9C3DCEBDF8BDBB3C933D0EBD173E37BE5F3ED43DB8BECE3D913EC0BDA7BDF03D7D3D22BC183EC93D15BC6ABE7CBD98BE60BD3E3DE63D103E933A82BDD1BEB5BD233E23BE033E05BE1FBDEABD3ABEC93DAABC87BD67BE85BD22BEA4BEB03E60BE883D493EC3BD49BE46BDC63DA33E7CBDAC3CC43D44BEF43C273E30BD073D923C883E41BE2CBCA43B973ED03D6ABDA83E50BE7DBEB23D23BEE43ED93DBA3D2F3E733E88BC8BBE08BE603E10BE9CBEB83D52BDAF3E943EA7BC683D703C933D54BE663E883E273C5ABEAC3DAABD69BEA1BC69BD5F3EE0BDEDBDB5BDF2BD423E593D13BEECBD2BBE35BDD73D08BDB2BD78BD6A3ED23DDB3A91BEF93D4F3EB53D1E3E41BE5F3EACBE63BD9B3D13BE5D3E7EBD2CBC633E0C3E243E96BEB03D2C3E15BE8A3D483E4FBE41BE133E09BD7CBDDD3D99BDB03ED13D34BE1BBB383DA8BEC4BD57BC13BD073EB6BD493E84BEB5BDFABC30BDD9BE403ED2BDA4BDEB3C8A3E443D283D92BEDEBB5A3B21BE263D8B3E9FBE853BFEBD373E983D35BDBF3D6FBD9CBE2D3D7F3DC1BE823ED9BC223E2DBDA33D4F3E42BE4D3EB1BC8F3DE53D12BE013E893E90BE8BBD1ABEDCBD3ABE1C3CC7BD83BE533E193EBB3D7CBE023DBD3D16BB7FBE823B673D46BDBC3D51BE513E0E3E773E653D83BE283ECE3C8BBB23BE123E88BE003E03BE51BED0BB043E773D09BE7EBEA03DA83ECE3CB4BE153D353EA3BEC2BD3D3E93BEF33D673D773E87BEC33D293E85BDBC3C2C3E06BE1DBED83CB93D59BE0ABDBCBE343E33BE36BE373E663E76BEC8BD053EBCBD91BD193DE2BD10BEDA3C73BE2BBE673D8BBE0FBDCDBD19BE0C3E8DBD77BE6DBEA6BE383E01BE403E8FBDB43E5EBE49BEC9BDADBE84BD88BD1F3E60BD1BBEE3BDD3BD0F3D983CB5BDAEBC113EA9BD90BD8CBDD6BD0FBE843CE83D0A3C87BE3C3EA4BC32BD983D9EBDD5BC713EA03CF03D3CBECDBD2EBD303EBBBD1EBD5CBE8F3DB43D86BEFC3E5F3E13BE67BE953D103D14BEA23AE23C903DB73EA53E69BE7CBE4D3E2ABEE53D56BCD9BD42BDF0BEADBEC93D5DBDD8BED13D643CD5BE273E49BE3B3D9ABBBC3D35BEDDBC1A3E13BE493C5DBE07BE2E3B39BE093D92BE2D3B2E3E653C493E443E663E49BE40BD52BE08BE893D083D6EBD383D493E98BDC63C8FBDE8BCB1BCC3BCB13DBB3EAE3D9F3E42BC813D943C323E833E6FBE5B3E82BEAEBDBA3D89BEB93E48BDB5BE3D3E313E10BD123ED53DB2BC03BEEB3E85BD02BF903D383E5BBE863E73BEB03CE8BB8ABC31BDC9BD44BE0A3FE3BD24BD023DE3BD683BD43E28BE5ABD133E073D7BBCA8BDD4BBE8BE0E3E123D97BE0A3EA03E1ABE0ABEE8BDE73C1CBD7B3EB03EC9BD29BC2ABEAFBDD0BC12BED03C1EBF30BD2ABD65BE693D1BBEC53D443C283E9A3D8FBD15BE003DA83D88BE4F3DC43B423E433D963B21BEBEBD48BE3A3E7EBE2ABE373D0F3E4BBD65BC9A3B3F3D70BE173E57BE49BE173C4C3E19BE31BD7A3E15BDB4BEA53DDFBD80BDDC3D093F11BD8BBC23BD363C6CBEB8BCC5BE943D063E0ABE5A3EE53ECEBD3BBEA43DB0BE31BE573E2F3EE4BC95BDE7BE8FBD28BE5CBE77BD713E263DEABB8DBDF23C88BEC13D91BD103DA7BBB5BD0EBD8BBEFF3D1B3D543C9F3D7BBE76BE5BBD923D54BE45BCBABD24BE093E2B3E993EF5BD2EBE3CBE2EBFACBC603D473DA03C08BE2DBDF7BE57BC5EBE383E153A93BE293D8E3E1D3C1FBE8BBEA8BC813C443E70BE21BE803DAD3DC13D85BE1EBE4D3E983C36BEEA3D64BE313E8EBD67BB6F3DAFBB7ABED0BD193D623E4F3E37BDB73D033D42BC47BE61BE16BD97BD9FBD203E6E3E9FBD6DBE28BEF73D683D97BD80BDB13C1BBE12BE68BE263DA1BE853DD3BDB0BEE03BD13D0EBE9CBDA5BE5E3E7E3D2EBE073E8FBD883D0A3DE8BCD5BC253E1DBE4FBEA8BD8ABD16BE33BE98BED6BDE0BC4ABEDA3C7C3E1F3E363DB9BD1E3D693C293E38BE23BE57BDAC3E923DB63EC63C29BD4DBE93BC4FBD52BE323E8A3EDFBA443E833E07BE583DB1BECABD4EBE03BE27BDD43D9BBCA43D8CBC1CBD1C3EAFBDC13DA5BDEDBDC6BDCE3C25BE043D1CBE1BBE2E3EBFBD7C3EB9BE3D3E2F3EBD3D753D873D6E3E21BE1DBE143C44BE8C3DA23D613D5D3EA13ED13CA93C8D3D04BECD3D8ABDE73C3DBE443D073D363E0BBD4C3EA13D1BBEE43B8E3E7C3C143ED43E99BD2ABD6D3E533E99BDECBC75BEBABD263EC13D813E6CBE873E0A3E0A3ED7BD1D3EAC3DEA3D81BED23E5EBD6DBEA83D63BE243D0B3EB8BC7F3D65BEE5BD823CC03D2C3D5E3E39BEFB3D8F3D0B3D18BE87BDAEBD023E843E043DC7BD893D163ED83D21BDC93D52BD183D873D62BE0D3C873E06BD263D2B3E8B3D553D1BBE6EBEA03D393EEA3A713E87BE823E783D8C3D273EEF3E1C3E9BBD6E3E7EBEA43E703DE83C8CBEB6BEA0BE883E2E3E4B3D6E3D143EC4BD3DBE9ABE4B3E063E823C96BE283B053E5DBE2B3E44BD9DBD663CF3BDA7BE46BEDE3DB03E58BDAA3E65BE763EEF3CB7BEB33C9A3E4BBEE8BD6B3E2F3DEDBEEB3DEBBDFDBB82BC4FBE83BDE2BC1CBE28BD2A3E463DEBBEFC3DB5BD403EE63D",
      torch_tensor_32_32_torch.bfloat16_1: "0x02000000FC3D973E26BE823E31BD073B023E16BE0FBE70BD76BC75BDA8BCD73C513ECBBDDBBD9D3DFB3D8DBEECBDD4BC403EA5BC89B926BE47BD853E0C3EA1BEE2BC833DB53D20BE08BE5BBC6C3B613D6EBE503EA13E143BB0BEE93C25BEA93E65BDD33D4FBEAE3DB03EB43E9BBD59BEEB3C773E98BB93BE2CBE10BE5BBE4CBE3D3E933C2BBEBDBD0E3D35BED33D313D5A3E43BEABBE2C3E633DCEBE08BED9BC833D20BD17BE383E40BE8EBE8ABE283D01BCB73DABBC2B3E9B3D75BC843DC73DB8BE01BF6C3E593D103ECC3E303D253E093E103E7DBE983E83BE793E1FBEF1BD853D99BCA8BDCC3D71BCFC3C4D3EAC3E11BD95BD70BDE73D9DBE31BDDC3C1DBE563E2B3B8A3E213E42BE62BCF93D0FBF9DBDB2BEBBBE603D41BEAFBE65BD83BEFF3CFE3D6ABC3DBEE33D433B9ABCFF3D5ABE90BDD0BD353B0ABEDEBCCA3E01BECDBD89BD84BE353D4EBD34BDA9BD363D5C3E04BF3C3D62BE5B3E9BBEE1BD1FBDDF3D433E2FBECE3EFC3D973D9C3E203D8C3D94BDA2BC8FBD293E11BEFC3D94BCC33D43BEEEBD483E6A3EE1BC263D15BED3BDF9BDA93D13BD8F3EEABD583E7CBE6A3D8B3DE13CC4BE5DBEDBBE6C3EF63DE1BE1E3EBBBD46BEBE3E18BE94BC20BE8FBC2E3EA53D5ABEDCBDE03DB5BD48BDAE3DEB3D5C3D653E313EC73ED73CDC3D22BDB0BD573BA63B863D7EBEAABD1F3DA33E083E6ABD23BDF2BDCCBDBC3CD7BE9EBD27BDD13DD5BE05BE283E8EBD31BD63BC0EBECE3C263E6B3C3D3BB7BE013D303ECF3E97BD133E0F3EA13D9E3D68BDBEBB883D79BE1B3C7A3E26BE91BA48BE853D7C3E543C90BE85BE953E913E77BE543E3ABEA0BE21BE83BE44BE58BCF2BBEFBDA9BD923D373E81BE3CBDB63DA23EA23B173E5CBE27BE3CBEE0BD51BED6BD173D8C3E8C3D523DB73EB63DA4BEA1BEEF3D61BD983B0B3F93BEFC3C9A3E58BD583E0EBE6ABE613E213EE9BDC63C23BD453E41BDCCBCB3BC79BA1B3DEE3DF73EC0BD5B3D473E62BE04BD903DBBBEA5BEBE3D603E25BD903CBE3D70BC47BBC43D2CBD5D3E873E45BDAA3E3BBE01BE0FBEB33DDFBD83BD963D16BEBFBCDBBC0C3E98BD84BE27BE98BE853DD6BD963D5A3E5EBE463E3A3EA63E9BBD1D3DD8BE9BBE223E79BE86BE5C3E6DBE3A3D0BBEED3D06BD55BEBEBEF7BBB43D473D0A3D8C3D2C3E9ABD47BE6D3C0E3EC33D8ABE463D603EC03E9B3BEABD16BE97BE03BE71BECBBD17BE1EBE553E50BE27BE09BC62BD073E0CBED63EE2BDB63DD9BDE13D1D3E24BEF6BD17BE50BE0B3E6EBD83BDAC3D063DF03C323E493DB6BC45BE133E873E10BEE8BDBABDCBBCDE3DB33D03BE4C3C3E3E61BD823E66BEF0BDB43D05BE9EBDE4BD5CBE293D0B3E68BCC13D9A3EE2BC513C8ABEDCBE803E213D0C3E0A3E31BB01BD78BD1FBEC93D1BBC14BD2C3D283E26BE0CBE883EF3BC173E8C3DA9BDDABEE93DE43D91BDD3BE8ABB67BBC3BD583DBE3D85BE88BEACBC8BBE9D3DCD3E933EED3D8E3E1ABEBA3BAA3C3E3E47BE183D973D0ABEB6BD14BE74BD84BE80BE29BDD43D093D31BE413B6DBD98BDB0BD2C3D0A3E353D803E7C3E9D3DF5BD16BE8ABEE43D8F3D90BD093B81BD243E9A3E9EBE253D43BEABBED93D803D9EBC0A3D783E573EB0BC473E06BE55BE98BE9ABE4BBEA9BEA8BD923D40BED93D8E3D7A3E2F3C2F3ED83D7F3EE9BAA4BD1CBE38BE453D5FBE13BDEABE7F3ED33D9BBE323D733D3DBD6FBD9BBE64BD17BEDEBD293CBD3C18BE3A3E253E4DBE8F3E72BDDD3DAABD523DAC3B59BE86BD343D72BDAA3DE43D82BB8ABDC93DD03C15BD17BEB4BE9C3E4F3EFDBD36BEE33D03BEACBEB33D5EBD19BE903EB13EDC3D2A3DA33EAB3DFBBD8B3DA1BDE83B1B3EE33E1C3C853D043E7CBEA83DA53B67BD5EBEAB3E80BD853C4DBE02BE93BE10BC6EBE2C3E72BED2BEE8BC3A3D303C893E263E153E91BEC8BC78B90CBB83BBAA3E023E7E3D2B3D3A3D563D933EF23E583E493ECABD82BED13D263CBCBE12BD87BE49BD1ABE2ABD65BE04BDD0BE4EBE55BE96BDBF3D63BE223E60BE1BBE72BEACBE5DBE15BE56BE6F3D113EE3BDF3BD263E51BD4ABD7B3EA23DA4BBDBBC2B3DA93E1ABECE3D38BEC2BC9BBEBA3DC6BD89BE86BDC2BDCFBD80BEECBD293D643D3E3E1C3DD3BDA6BC763C16BEA7BB633EF5BD21BE12BE53BD26BEB3BC8A3EFE3D383EF3BD98BE893DDABD92BE92BE383DBABD473C433E083E363EA33E033E173E7B3D183D41BE40BD433E423DF63DB23E6EBD3CBDB43D433D0EBEE93E85BC863EDFBECDBDD93D733D86BD4C3D27BEB7BC803E513E07BE2DBEA13D56BDD13E413EA3BE8EBDAFBDAABEEDBD2ABD6B3C8B3D183D623D863EC23C51BE623D833EB7BCAF3C013E0BBE853E9A3DE6BC783EC8BDA7BE423DAABD393C23BD5CBD12BEE73DA4BD223E43BECCBD743E13BC813E85BC873E02BEF7BC97BE053DB93EC8BEC8BC273DA2BC5A3C143AE73C513E76BE23BE3DBE8DBE34BD673E8A3C54BDDABD8CBC193EE43DD93DECBD95BD803D86BE79BE2BBD0DBEF83D8ABA153D8B3ED83D953C89BD1A3D0DBC85BE5BBD893C4A3D843D9DBC54BD91BEF43DADBCEFBD6CBC153F4F3D953D783E60BDC7BC033EDCBDEBBD50BE413E273C85BB4CBE44BECB3E2ABD56BE433E073E313E40BCC53C60BD1E3E4F3DF2BD31BE77BE3ABE673EA83DBFBC14BE653E79BE243E993DC7BDAEBD10BEFB3DCB3D74BE46BE143E193CB83CA3BD943D493E3D3D35BD063D0E3E6ABE8CBEAC3E263D633E28BE2EBE1A3D46BD1EBB913D98BD443E21BDCF3D94BD81BECBBDC23D093EBABBB0BE2FBE95BDABBE8B3D67BCC0BEC03DA9BC4DBEB73E133DA73E093E7EBE173E52BD7C3DCDBEB8BE233EB3BED53D043D07BE9ABD4ABE12BE0E3EDF3DCF3D0F3ED4BD563EC2BDAABD",
      torch_tensor_32_32_torch.bfloat16: "0x02000000913D29BC36BDCFBCB4BD21BC0BBCA83C113CBCBBF9BB29BD713D58BCE7BC3BBD993BBFBD613D8BBC7CBD86BC90BD533C92BD1FBC7F3D353D743D713D7C3B9E3CA33D973C213D2E3DB4BC2339183D843C973C1EBD0BBD5F3D843DE7BB01BC03BC67BD1ABCF73C913D513C013DD7BA5FBB6BBD643CF93B793DE5BB9BBCA7BCA6BC3BBC193D4DBD833DB03C45BDE1BC79BCE1BC183CFCBBB7BC413D1F3D903C113D703CF33C7DBD0ABD873DD83CB3BCED399FBD593DDB3DD23C3C3C6CBDB93CA13BBF3B13BD0A3D24BD87BC86BD813C5ABD50BC34BD1F3DBA3C0E3D92BC29BD853CFB3C113C91BDC3BC12BD1BBDBBBC8D3CBABCFD3CFBBC0CBD283DC13CB53A85BD22BBD6BAF73C73B9A03A03BDEA3BFFBC4E3D1C3ADF3C133D4BBD15BB6CBD0CBDA33D893DB4BD31BD6E3BC03D0B3CD13CA8BCBBBD12BD913B173DFABB963DCDBDE6BCFB3CAF3C6C3C253C4EBDF43C21BD20BDDBBB283C783D1E3D75BD93BCB9BCCD3CE3BB643CC13DC73DB4BB4C3984BD503DAB3D93BCB3BDC13DCEBC4E3DE33CD43A913C17BD0FBCF3BC94BD67BD87BC0FBB98BA003DC4BC503C563C5E3D8ABC95BD16BD18BD1F3DB8BD833CB4BD453CB2BD88BC6D3CEC3D1CBCAD3C833D32BD61BDDABBEA3C37BD9E3D1D3CE6BCB8BC91BDD8BC843DC5BC353DB0BDF33C94BD8F3DC53C9DBCBC3C6BBD22BB443C53BB643D54BD0DBCE4BB94BBDCBB9BBD2DBD703C41BB393DE03D3B3D113D173D913B04BD9CBCAA3CE33C8ABD94BC4DBCAFBDB1BB28BD5CBC6FBBF8BC803DBCBCFCBC1B3DD33CDDBD4F3D003A033D4DBC623D513D9F3DDC3B443D0BBDDB3D61BDF2BC353D50BDE13CDF3D763D50395A3818B91E3D4B3DB93B9ABDCE3CC53BB93C75BC353D313CF6BC89BDCABC7ABCB23D59BC4ABD813D9FBCBB3DC7BCFA3C40BD3BBDC5BC3DBDF2BC18BD17BD4E39253C683D9B3DF6BC5BBD003D89BCDA3CB33BEBBC82BDC9BD09BD6ABC113D01BC773C85BCE2BB733D823DB63CF93C98B921BDD0BC29BD1D3D183C8EBD53BDA33C883D66BD3BBD82BC813C6EBDD6BDD9BDD2BCC4BD433A92BC1E3CE63C953C2EBDA5BCCBBB403D223DE33B093D4A3C6A3D693C7D3DA4BC2A3DFDBCA6BDDBBC9EBC913C95BB04BCA8BC40BD063BA7BCD2BD963CFBBC0F3D27BD423DEC3C2BBDB8BD52BD5E3B01BD163D9A3D23BD393DC3BC49BC25BD8ABD9FBCCE3CE5BCC8BD183D273C15BD853DBE3DABBD36BD5BBD16BCE1BC023D573D51BB5BBD03BD653D0C3D6A3CB0BDB7BC08BC8CBCC4397DBD493DA93D4C3D2B3CFF3CD63B7EBD11BDC03B803D22BD273DA7BC253D4ABD763C45BDB3BB583CFABB8E3BDF3C5FBDAB3BA1BCA93B69BD843DD63CBA3D74BC7F3D133C2B3D87BD2F3DF43CAEBC68BD813DE4BC743DF1BCD5BB0E3D073CA73C60BD55BDEA3C5A3DCDBB593B72BD1C3D2D3DDF3C4B3D123D1B3D1FBB2DBC2BBD85BC26BC85BC193DCC3D26BD86BDF63BF2BBE63C953D033DB33CBCBD6D3D9DBDA63B493D573D9F3C03BC83BCA9BC873D34BD44BC38BC8BBB8D3D4ABDF83CD53C573DECBC90BD903CF43C12BC203D98BB68BDED3C6EBD48BC45BCCC3BD83B7BBCF93CF0B9843CA7BD0DBCBABD93BDA63D163D533C763C9FBD213D3D3B94BD943C8B3C753C9ABDE5BD5CBD923B2F3CB73CFB3C9EBDB63CF5BDAA3CE03C203D0D3D7D3DCD3BFA3CE93C12BC92BCE73CE73C043DDE3BAABD48BD063CA73D08BDD63C0F3D4ABBD9BA4CBD3F3A02BD5C3D4F3CA1BDBB3D10BD433D943DAD3CF4BC15BDC53C93BD443D2ABD30BDC43D9EBD7DBD8DBD0DBCA53D83BCF2BCAA3DEA3C9DBD33BD71BDC7BC47BD87BD96BD1C3C60BC26BD03BE1FBD843DD9BCAA3BB03D49BC423C81BDA2BC83BCE0BB04BC0E3D57BD813C16BDD33CF53B913D2CBDA23CAF3CB43B0BBD99BDAA3C203DEE3CB8BCA4BDBD3C153D913DFBBD53BDF9BC94BD6C3B3ABD803DABBD07BC03BD8FBD613D063D393DAE3C4A3B2C3CCEBC5ABD5C3B083D3BBDE63B5BBC063DAEBBEF3C113C76BD14BDACBDAF3C243D783DE6BC43BB5C3CB33D7FBDBDBDC13C223C213D613BB0BB8D3A363D8FBD18BD343B0A3D9C3C47BDA0BC943DA9BCB03D09BD543DFBBC443DD3BB413BAB3DC0BC36BD4D3C193D0E3D53BD243DC63C923DDB3B0F3D553BC23B5D3DD1BC013D8A3D40BD9BBDE73C4FBD65BD7C3D06BD26BD24BC60BDAABCD53CD8B860BDC33C87BCCBBB34BDE7BBCEBB013D8E3A733D5E3DF63CCF3CAB3D473D143CC4BDA73CA03CB7BB513D15BDE6BC08BE9D3BDEBC1B3DE93BA03D0B3DE83C363CF73CA53D70BCC13D1FBA29BDABBDA6BCA7B74FBD9BBD0ABD923A6FBDA23C803D68BDDBBC28BCA1BC8FBDC53DB53CB03C923C4F3DA5BC2BBC13BCD23DE03C9EBB6F3D773CE43CB8BDC0BC21BD4E3DB13C76BD0F3AE63CC23CA93B793D3FBD56BD55BD553D23BDF2BC9D3C3DBD87BC443B89BAF8BAB2BCF0BC5DBBFF3C3B3D563D613DEA3CA53D423C56BDCF3C533DD93D18BCB1BC39BBB63C063DF7BC873C81BCDCBBDF3CB73D4B3C0EBC233D203D2F3D613DEA3B4B3C4ABC09BD31BD12BCC1BC3FBD873CEEBDC4BC26BB8C3CCFBC4EBD8FBCAEBC89BCACBA67BDD13C34BD17BB263D93BD25BD1EBD4DBC383D31BC4D3B1EBD2C3DD7BC843D4ABD87BD89BDE8BC0EBD5DBDEA3B8ABDF63B44BDFFBBF3BD083DA43CB5BAA9BBDBBCE6BC873DA8BC9EBC5FBD7F3C23BDD03A563C183DF53B7F3C37BC403D243CD73CF73D233D13BDCA3CFCBB8CBA7ABD76BC09BD91BD9A3C723DC93A953C5DBD42BDBF3D89BA803A16BD34BDAABD80BB4FBD103D9338843D3CBCA4BD1F3BAC3DB53DA13C1DBBFEBC7E3C193DBABCA93D0BBD303D09BC463D81BCD93C533ADB3B7ABD9C3C003D29BC143D223D753D",
      torch_tensor_32_torch.bfloat16: "0x02000000653F8C3F5F3F643F613F8F3F653F7D3F693F843F713F7A3F8D3F6D3F7A3F753F593F743F6A3F873F803F7F3F8E3F8B3F863F733F823FA33F823F8E3F843F963F",
      torch_tensor_64_32_torch.bfloat16: "0x020000002B3E49BF9CBF27BFA1BE033F8DBF243DBCBF5ABF403F43BEB63B68BF613F87BF833F80BF06BFE03E81BF48BCBABF65BF7BBE333F293F61BF17BF683F5CBFF1BE7BBE10BC063FFEBE803F26BF413F7DBD923F6F3DD23E03BF0DBF80BF8ABE35BFD93D89BDE5BEC13EDFBE9B3FADBF5CBF653C44BE77BFF63E30BE753FF1BF79BF9A3FB03EBDBD1C3FABBE9EBEBDBD25BFC53E643F0EBF89BF67BE0B3FE83FEDBE9ABFF63E8C3F46BD70BFAEBD53BE03BF2A3FC43F38BF7CBD44BF1FBFC43E353FEBBEAC3E16BF88BFD1BF85BB6D3F88BF96BF3D3F86BF2240F1BE26C0B83D0ABF713F373FC93EA43FA83E943F0DBE8DBFF6BE123EB63F0B3F58BF103F7C3E0DBF49BF05C0BFBF8CBCEBBFDE3FCFBE86BF4A3FA03F553CEBBF41BFACBF4BBCD6BEB2BEAC3FC73F0D40D23D85BD333F3C3F37BF5E3FB6BE353E163FBF3F9EBFE8BE913F59BFB23E28C0833F42BF0B40683C68BFD83EC2BED2BF9DBFA3BE713E4EBF9FBC1F3EA93F173EE03F4B3FF4BFCF3F1D40BF3C003F8B3F77BF1640AB3FA93F263FD83D883FB43F04BF373F16BF39BEE5BE7E3F0EBFA13DAD3FF63E843F3BBFC4BEA8BF813F6FBF943E343E7E3F853EA53FA1BF84BE5BBF043DC73F953DC4BF08BFED3D77BFC33E943F323EFEBE56BF96BF433FAFBE7ABF0A3F32BF093FA83F30BF1C3FF53E13BF114007BF61BEED3ED0BF7E3EAABFAEBDA0BBEE3FC1BFA23FB9BEEB3E133F14BFAD3F543FE83E86BDD53C30BE8EBEF13E8CBFAEBE903FDC3E1C3E4F3F46BF94BF723F923CA33D86BE013FA03F1C3F6CBFA53F0B3F1A408DBE16BF183F403EC4BF0EBF4EBF51BF913F4DBF25BF2ABF3E3F8ABF0BBF203F64BFBBBFD93E45BFB33F28BF0C3FB63FE1BE293F3540A83D443DC73F2FBC2B3F57BF22BFBDBF3D40013FA53DA03FA33FC33FB5BC8A3EC43D073F8DBEA0BED73FB7BFBEBF0A3F213F9BBFE9BE5F3F3C3EC63FD33EC83DCF3F81BFD73F583F913F1E40FF3E5F3F92BD84BFD6BE4B3F0B40F5BE733E923F403F133E32BF2140393F91BDA6BFA83E4CBF923D3BBF3B3FD13FAA3F633EA53EC1BEB7BDF8BDD1BE27BE523FF6BF4BBD9FBF75BE4C3E763F0140D63EFF3E76BE7140A1BF20BFF8BF59BF513E453F933F58BF163F22BF7A3FB1BE063F2B3E1ABF80BFBABEE23FBD3FC8BE92BF053E66BE213F87BD31BF6CBFDD3E2BBFBC3E22BFC03E13BEEF3EC1BE20BF093FD63E5ABF98BFCB3FE6BF7DBF88BFD33F64BE18BE7DBF903EF3BE963D23BE4EBF31BF4DBF763F8ABFD63E79BEE73F013F89BFA7BD203EDE3F99BFBF3EFC3ED33EBA3FD0BFC5BDBC3DD83C83BFFFBE56BF963F0A3F473FD53F413FAF3E5CBF973F923CB4BF9A3F9D3F09BFD43E14BDEE3F833F10BF9F3D273E3A3F9E3F1FBDEC3E35BE613DB9BFDC3E9CBEC43E96BE22BE94BF18BE393FFD3EDEBE1FBEC6BF3BBF70BF4D3F393FA9BEFEBFBEBECA3EEFBBBF3F08BF943F4FBF9EBEEA3ED03E99BFE43F29BE6B3E91BEB73FE9BFE1BFBFBD8C3FC23F20BFBCBFCB3E66BF8E3FE4BDCD3D4FBFD4BE3BBF903FD6BF0CBF8C3EB33FD43ED9BD87BFA53F9E3E493E003D333F12BF7E3F24C0F63E25BEA6BE833FABBF633FC33E213F61BE0BBF5EBFFC3D90BEB0BFEEBF38BE603F043F023FDBBF96BEB83F92BE423F70BF253FEBBD13BFBF3EF2BF913E173FD9BF17BF753F6DBFC0BF983D063FBF3FED3E46BF353D423F4A3F06BF8C3EAEBE27BF0E3FB53D623F044081BF983E113FB33E3ABF843D973FD6BE433EFC3F413F2A3E843FC5BD9A3E3A3E8B3F9A3F60BFCD3CB93D3E3F2A3F1DBF3EBFD3BDF5BE37C041BE9BBF87BF55BB3940BF3EEEBF493F4CBF87BF4CBF8CBFB03E90BFED3E94BE2D3F47BF8CBF503F7D3FE4BF1BC082BFB2BC08BE7EBE023F0E3F2F3F07BEE43E6E3F09BE6EBF59BF69BFC33D71BFAB3F943E9D3FA73F173F863F0C3FB93FB3BFAFBF4DBF9B3FCABF2B3FFD3EB5BF69BE0B40FA3FFA3DA03F5ABFA6BE733C853F5ABF903E7FBFB03F05C0103F893E843E733FBABDCABBA03FAA3FB3BD0CBF47BFADBD7E3E2E3F89BFEE3EC6BDDABFB0BF2B3E5DBFA9BF31BF8B3EE0BEA5BF59BF223FEFBF7DBF03C0AE3E39C07F3FA03F02BE41BE343F8F3E7B3F773E24BF6EBF233E14C0933F9FBF67BF343F1ABFB93EAD3EE4BFEB3BB43F1F3F5D3D093F133F62BF843E773FE4BF16BFC7BF41BFC2BFB43EF53FBABF1AC01A3F89BDCB3EEB3E7F3F2FBE8C3E023F083F173F8F3F36BF4EBFA7BFED3F23BE03C0253FA7BF383F3C3F253F07BE38BFFD3E76BFE2BF33BF9B3F2DBEE43FC3BF99BFD3BFB83EB73FF4BEA0BF94BE393DBABE84BEB4BE08401F3F913DC7BC363FB73EAEBE0EBFF43E153F09BF153F0EBF36C0B3BF463EEF3F78BF9BBDA9BE5DBD453F3640E3BEB73F253FAF3FAD3F3FBE27401FBE24BF843F1B3F453E27C083BF31BEE2BF923F8FBF20BFA23F18BFB13EA3BE0BC0E73EAE3D78BF11BE083E04408BBEC6BF5DBF193B42BD593FA93EB13FF63E1B3F83BF99BF773EFCBFBE3F52BF67BF2B3F84BF993F813EFBBD95BE2A3FEABEF7BE1440053FB5BF14BF43BD0AC0E93F9DBCEABD963C94BFCCBFF13E943F8DBF0CBFAABFE53EAC3EC5BF08BF133F09BF3A3F913F993E9C3F8A3F06C059BE35BFE7BFCCBFA73FD43DBF3F6B3F29BF92BE34BD39BF85BE0ABCAA3EDBBD6E3E04BFBF3E8E3F1CBFA63FCABCC03E823EC0BF9F3EF03EAABFA33F733D9E3FC8BCAE3F01402B3EDD3FA23F643FEEBE993F3E3D943F9FBF71BE7ABF20BFBEBE0840683F9F3FD93EFBBE50BD97BF8D3FF9BF41BD563FC73EACBFBE3F1BBF403F47BFE1BFB53FBA3E173E1B3F203F59BFDEBE903FA5BF1B3F233FB0BFCBBEF33F28BFA63FBDBEA03F993ED53DD5BF75BF91BF253F4EBFD83FC13FC1BF86BF5A3FD13F843DA43E0AC006C0133E243F903F8CBFEBBD3FBFF23F5CBE17BFF2BE33BF3640D5BF67BE873F1CBE09BFE93E9C3D3FBD9A3F393F603F7CBE08BF21BEB5BEDA3F93BFD7BE42BF853FB5BC44BFDE3F2E3F2DBF223F713FB1BEA8BEF53EAA3EE03F60BF1D3F983FB93E063FA53F923FD43F473F3EBFC33E263FA33FB83EA23F903E24BF973DBEBF093FE03FCFBF87BE06BFCA3FE5BEBDBEE23E05C0B5BF16BF2BBF123FA5BD71BFA1BE91BFD63EB6BFBB3B3E3FFBBF713F1B3F14401EC060C04D3FF03E1BBFA0BEBE3DAFBEFC3F823E283FB23F933FACBBAB3F9ABF8B3FBA3E95BEAEBD25BE823F67BE0B3F76BF16BFCFBFD33D5D3FB1BFA03E71BFC23F043EF9BEE2BE8A3E933E1C3FD43E79BF8F3E253FBE3F8DBFFA3E89BF493EE2BF57BFFA3EF43E423FFE3EEBBEE2BED2BE7E3E353FAFBF08408C3DE8BEFDBFB63D1DBF9E3F453FC73F88BF743F06408CBF073F0DBF9A3E8C3E0B3F13BE603E85BF4F3E553E6DBF823F4CBF17BF113F69BE42BFB83F28BEC3BD233F85BF3F409C3F8CBCD23ED63F253F3ABF6F3FA3BF5ABEB1BF5F3FC23F30BF15C0A5BF983E963EDD3F243F843F9D3FB93D653F413F1D3F5CBFE03F31BD3EBECDBF83BC4FBF0B40A8BE153FA53F19BF673FB4BF0D3FA53FEABB803E9EBF01BEE13E0B4084BE34BF95BF2DBFF33EE73FACBE2DC032BFA53FE63F6EBF84BEC2BF673F153FCDBFA13FEB3FFDBE283FC03F8EBC4B3FCF3E8D3E573F1E3F89BF4B3E803FD73EEF3EB73EC5BE613F55BDCD3E07C0873FA8BF913E42BFB63FF2BF31BE1ABF79BF793F1E3EFABBE93C46BFA0BFE43E943E94BEF93F6ABF91BFBE3F8D3F803F2ABEF8BE2AC08B3F0F3F38BE0FC043BE5FBD1DC0114019BF44BF163F2DBE823D27BEF03EF83DD4BE253F593F0E402BBCCFBE85BF813FD03FB7BEA63F9CBF9BBF04BF053F8CBDAABFB73F98BFBABFDCBF233FF2BEA3BED73EFCBF833F793DA2BF86BEA33F493C263E9B3E9DBEAC3E88BF583E1C3F9ABFB23F9C3F163FB5BE6BBF23BFE1BF523EC23F70BF7FBE4C3F8FBFCEBC1FC0D53E25BED4BF9A3E263FC7BF20BEA33FAB3F4D3E853B52BEED3E09BEAE3FB93E25BFBABF283F703F88BF283FE0BEF73E7B3FBF3D37BF62BF813F6ABF6A3FF0BF1ABF69BEDF3E493FC43EFABDA3BE0EBF79BFDCBE0FBFDB3EA7BE12BEA2382440CD3D7BBF9C3F58C08EBFBDBEC4BFD43F29BF6D3F33BC133F313F73BE503ECBBD3BBF5F3F77BFB6BF6CBF203F0BBE66BFA8BF7CBFC4BF83BE3C3CB6BF30BEB3BF5ABE07C011C03E3EC93F42BE11BFFA3FCD3EAABEA5BEC0BFA13FBDBF64BF823EADBF863FB33F91BFE8BFAABF52BF34BD00BFD0BF5FBF38BF033E8C3D073F823FA63E233EFA3FE0BE0C3F753F83BF99BFE43CC13E843FD3BD41BFBDBE213EDABD0CBFDFBE493E883F3E3EAC3E7FBE4F3F143FAF3E8F3F783E4FBFD53EF83F85BFD83ECE3E893ECBBE333F25BF99BFA9BE253F27BF5F3FB03F063EB63F263FBFBF543F7D3C3CBFEB3E52BF0D3EAE3D683DA23E92BD7D3E083FD5BEB8BF31BF073F913F673F1340453F8E3A063F1BBFBBBFB5BE443F9B3F0ABFC6BF8ABFE6BE033F2E3DF83E353FF5BED33F86BEBABF363FAEBF9CBF923EF6BD1F3FBD3DF9BF0F3FC0BEF93F30BE123F823F2BBFB0BFA4BEC33D6DBF85BF67BE9CBEE5BEAA3F1D3F94BE3B40EDBEEC3DDE3FAABF344086BF223F3C3FA63F0C3FAFBF66BF8CBD9C3FB33F573FFABB06BF8F3F693F103ED6BE923FFD3F7CBFA7BF8ABE743F9EBF243E3C3EC63E4E3D4CBFF9BFE9BF3C4048BEB1BF5FBFD13DCABE3FBF9ABF8F3E3FBD3CBE9B3F1B3E8F3E73BEC13FA63F78BFF1BF88BE26C09F3FB33F363F87BF3A3F743F81BF553F6A3D65BF4A3F0D40783EA63D7EBF04BFAEBE34BF453F573FA83FC3BF9E3F863F8F3F51BE3CBFAE3F53BE193EA0BF1D3FAA3E53BFDEBF753F0F406EBFEDBE273F433F81BF03BF2A3EC83E0ABFDFBB68BF9CBFFCBE63BB34BF003EA9BF2B3EBDBFE1BE533E433FEA3FB7BEBFBE8ABE1B3E6CBFAE3FC43F9EBF7B3FBE3ECA3E9DBE8D3EFFBE283FAF3EC9BFFFBE99BFD63E25409DBF783E833FF73DFCBF18BF3FBEF13C673D08BF8ABF473FFB3FADBFDFBFBF3F053EA2BE2ABE673F943F3EBFD13F963F183F77BF3FBFE93DE13F9B3F18BFD33E31BFF1BE823F65BF1CBFCABE093F2B3F34BF6A3FDF3FB23FCABE33BEC4BF0BBF7C3F1340CA3EDF3F0A400BBE58BF9A3F97BF3DBE823E4E3FD03F483FDB3FFF3C193F033FE5BF4B3E45BDE93E5CBFA0BFC2BC2A3F80BFA5BEDCBC9BBFAEBF1D402C3F873E943F723FD1BE763F4F3FB0BFFCBF8BBE983F8BBF02BEF2BD413F54BF373C353F453E1A40F4BE2EBFAA3E4940E5BE5FBE35BFFC3E993D853EA1BECF3EDDBDE2BD873F30C0D2BD4F3FA43F283FADBD5DBF10BF8F3FE43E0DC00A3F823E8FBEEB3E81BFA3BFCFBD2DBFB63FDE3F323F91BF543FBC3DCF3FB83E3ABE87BF8DBE5D3FF53E3E3E55BFEF3F773F8CBF403F78BFEABFFEBF5FBFEB3F5ABE40BF56BFBD3EC2BE67BFDDBFED3E2F3F01BF863F183F913E4FBD6CBFF9BF43BFB43F91BFB4BF90BF2C3FB9BE1F3F4EBF41BFD13F3B3FE83F23BF7E3F65BF1FBFC8BE6BBFBA3E23BF063F82BD55BF77BD5EBEC23E683E0BBFB3BE63BE273ED6BECEBD8DBF103F9F3F5B3F303F2DBF333EEF3E863E303F74BF92BFEDBE33BFD8BEB53F37BFAFBE45BCEB3E7BBF07BF323EC3BF0F3FD53F053F17BC8C3FE33C1E3F2ABF114094BFC93EF73EBE3FA1BFCB3F853F423F45BF353E07BF053D3BC0E83FD0BF373E2CBF02C096BF59BE793F093F3EBE4C3F943EAFBF97BD92BF48BE5B3F36BF1240063D94BFC33F253F5FBF"
    }
  }
#-}
