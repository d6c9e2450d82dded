// Exported by scripts/export-zoo.py (torch-mlir, PyTorch 2.15.0, transformers 5.25.0) as linalg-on-tensors IR, unchanged:
// gpt2: GPT2Model; input input_ids, bf16
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
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x8xi64>) -> tensor<1x8x32xbf16> {
    %c3_i64 = arith.constant 3 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_13> : tensor<32xbf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_12> : tensor<32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_2> : tensor<64x32xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_11> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16_1> : tensor<32x64xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16_1> : tensor<64xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_10> : tensor<32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_9> : tensor<32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_8> : tensor<32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_96_torch.bfloat16_1> : tensor<32x96xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16_1> : tensor<96xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_7> : tensor<32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_21 = arith.constant 0.79788456080286541 : f64
    %cst_22 = arith.constant 4.471500e-02 : f64
    %cst_23 = arith.constant dense_resource<torch_tensor_32_64_torch.bfloat16> : tensor<32x64xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_64_torch.bfloat16> : tensor<64xbf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_28 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_29 = arith.constant dense_resource<torch_tensor_32_96_torch.bfloat16> : tensor<32x96xbf16>
    %cst_30 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16> : tensor<96xbf16>
    %cst_31 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_32 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_33 = arith.constant 1.000000e-05 : f64
    %cst_34 = arith.constant dense_resource<torch_tensor_16_32_torch.bfloat16> : tensor<16x32xbf16>
    %cst_35 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %true = arith.constant true
    %cst_36 = arith.constant 3.200000e+01 : f64
    %cst_37 = arith.constant 3.200000e+01 : f32
    %cst_38 = arith.constant 2.500000e-01 : bf16
    %cst_39 = arith.constant 5.000000e-01 : bf16
    %cst_40 = arith.constant 1.000000e+00 : bf16
    %0 = tensor.empty() : tensor<1x8x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %248 = arith.index_cast %in : i64 to index
      %249 = linalg.index 2 : index
      %250 = arith.cmpi slt, %248, %c64 : index
      cf.assert %250, "index must be smaller than dim size"
      %251 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %251, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_35[%248, %249] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %2 = tensor.empty() : tensor<8xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %248 = linalg.index 0 : index
      %249 = arith.index_cast %248 : index to i64
      linalg.yield %249 : i64
    } -> tensor<8xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %248 = arith.index_cast %in : i64 to index
      %249 = linalg.index 2 : index
      %250 = arith.cmpi slt, %248, %c16 : index
      cf.assert %250, "index must be smaller than dim size"
      %251 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %251, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_34[%248, %249] : tensor<16x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %5 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %4 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %6 = tensor.empty() : tensor<1xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %expanded_41 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_42 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_43 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %8 = tensor.empty() : tensor<1x1x8x8xi1>
    %9 = linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_43, %expanded_42 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%8 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_91: i64, %out: i1):
      %248 = arith.cmpi sle, %in, %in_91 : i64
      linalg.yield %248 : i1
    } -> tensor<1x1x8x8xi1>
    %10 = linalg.generic {indexing_maps = [#map6, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%8 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_91: i1, %out: i1):
      %248 = arith.andi %in, %in_91 : i1
      linalg.yield %248 : i1
    } -> tensor<1x1x8x8xi1>
    %11 = tensor.empty() : tensor<1x1x1x8xi1>
    %12 = linalg.generic {indexing_maps = [#map7, #map8, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41, %expanded_43 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%11 : tensor<1x1x1x8xi1>) {
    ^bb0(%in: i64, %in_91: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<1x1x1x8xi1>
    %13 = linalg.generic {indexing_maps = [#map5, #map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x8x8xi1>, tensor<1x1x1x8xi1>) outs(%8 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_91: i1, %out: i1):
      %248 = arith.andi %in, %in_91 : i1
      linalg.yield %248 : i1
    } -> tensor<1x1x8x8xi1>
    %14 = tensor.empty() : tensor<1x1x8x8xbf16>
    %15 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %cst_3, %cst_2 : tensor<1x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%14 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_91: bf16, %in_92: bf16, %out: bf16):
      %248 = arith.select %in, %in_91, %in_92 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x1x8x8xbf16>
    %16 = tensor.empty() : tensor<1x8x32xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<1x8x32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %18 = tensor.empty() : tensor<1x8x32xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<1x8x32xf32>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %248 = arith.extf %in : f32 to f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %20 = tensor.empty() : tensor<1x8x1xf64>
    %21 = linalg.fill ins(%cst : f64) outs(%20 : tensor<1x8x1xf64>) -> tensor<1x8x1xf64>
    %22 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %24 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %23 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.subf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %24 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.mulf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %28 = tensor.empty() : tensor<1x8x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<1x8x1xf64>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %248 = arith.truncf %in : f64 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %30 = linalg.fill ins(%cst_0 : f32) outs(%28 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<1x8x32xf32>) outs(%30 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.divf %in, %cst_37 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.truncf %cst_33 : f64 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.rsqrt %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %32 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %34 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.mulf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %cst_32 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.mulf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %cst_31 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed = tensor.collapse_shape %39 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %40 = tensor.empty() : tensor<96xf32>
    %41 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_30 : tensor<96xbf16>) outs(%40 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<96xf32>
    %42 = tensor.empty() : tensor<8x32xf32>
    %43 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<8x32xbf16>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %44 = tensor.empty() : tensor<32x96xf32>
    %45 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_29 : tensor<32x96xbf16>) outs(%44 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32x96xf32>
    %46 = tensor.empty() : tensor<8x96xf32>
    %47 = linalg.fill ins(%cst_0 : f32) outs(%46 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %48 = linalg.matmul ins(%43, %45 : tensor<8x32xf32>, tensor<32x96xf32>) outs(%47 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %49 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%41 : tensor<96xf32>) outs(%46 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x96xf32>
    %50 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%48, %49 : tensor<8x96xf32>, tensor<8x96xf32>) outs(%46 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x96xf32>
    %51 = tensor.empty() : tensor<8x96xbf16>
    %52 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%50 : tensor<8x96xf32>) outs(%51 : tensor<8x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x96xbf16>
    %expanded_44 = tensor.expand_shape %52 [[0, 1], [2]] output_shape [1, 8, 96] : tensor<8x96xbf16> into tensor<1x8x96xbf16>
    %extracted_slice = tensor.extract_slice %expanded_44[0, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<1x8x96xbf16> to tensor<1x8x32xbf16>
    %extracted_slice_45 = tensor.extract_slice %expanded_44[0, 0, 32] [1, 8, 32] [1, 1, 1] : tensor<1x8x96xbf16> to tensor<1x8x32xbf16>
    %extracted_slice_46 = tensor.extract_slice %expanded_44[0, 0, 64] [1, 8, 32] [1, 1, 1] : tensor<1x8x96xbf16> to tensor<1x8x32xbf16>
    %expanded_47 = tensor.expand_shape %extracted_slice_45 [[0], [1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<1x8x32xbf16> into tensor<1x8x2x16xbf16>
    %expanded_48 = tensor.expand_shape %extracted_slice_46 [[0], [1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<1x8x32xbf16> into tensor<1x8x2x16xbf16>
    %53 = tensor.empty() : tensor<1x2x8x16xbf16>
    %transposed = linalg.transpose ins(%expanded_48 : tensor<1x8x2x16xbf16>) outs(%53 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_49 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<1x8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<1x8x2x16xbf16>) outs(%53 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %54 = tensor.empty() : tensor<1x2x16x8xbf16>
    %transposed_51 = linalg.transpose ins(%expanded_47 : tensor<1x8x2x16xbf16>) outs(%54 : tensor<1x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_52 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_53 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %55 = tensor.empty() : tensor<2x8x8xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%55 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %57 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%56 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %58 = tensor.empty() : tensor<2x8x8xbf16>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57 : tensor<2x8x8xf32>) outs(%58 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_54 = tensor.expand_shape %59 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %60 = tensor.empty() : tensor<1x2x8x8xbf16>
    %61 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<1x2x8x8xbf16>) outs(%60 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.mulf %in, %cst_38 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x2x8x8xbf16>
    %62 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %15 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%60 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x2x8x8xbf16>
    %63 = tensor.empty() : tensor<1x2x8x8xf32>
    %64 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<1x2x8x8xbf16>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %65 = tensor.empty() : tensor<1x2x8xi64>
    %66 = linalg.fill ins(%c0_i64 : i64) outs(%65 : tensor<1x2x8xi64>) -> tensor<1x2x8xi64>
    %67 = tensor.empty() : tensor<1x2x8xf32>
    %68 = linalg.fill ins(%cst_1 : f32) outs(%67 : tensor<1x2x8xf32>) -> tensor<1x2x8xf32>
    %69:2 = linalg.generic {indexing_maps = [#map5, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<1x2x8x8xf32>) outs(%68, %66 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_91: i64):
      %248 = linalg.index 3 : index
      %249 = arith.index_cast %248 : index to i64
      %250 = arith.maximumf %in, %out : f32
      %251 = arith.cmpf ogt, %in, %out : f32
      %252 = arith.select %251, %249, %out_91 : i64
      linalg.yield %250, %252 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_55 = tensor.expand_shape %69#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %70 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_55 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %71 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<1x2x8x8xf32>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.exp %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %72 = tensor.empty() : tensor<1x2x8x1xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<1x2x8x1xf32>) -> tensor<1x2x8x1xf32>
    %74 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<1x2x8x8xf32>) outs(%73 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x1xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.divf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %76 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<1x2x8x8xf32>) outs(%60 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_56 = tensor.collapse_shape %76 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_57 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %77 = tensor.empty() : tensor<2x8x16xf32>
    %78 = linalg.fill ins(%cst_0 : f32) outs(%77 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %79 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%78 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %80 = tensor.empty() : tensor<2x8x16xbf16>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x8x16xf32>) outs(%80 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_58 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %82 = tensor.empty() : tensor<1x8x2x16xbf16>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<1x2x8x16xbf16>) outs(%82 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %83 = tensor.empty() : tensor<32xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_28 : tensor<32xbf16>) outs(%83 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32xf32>
    %85 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_60 : tensor<8x32xbf16>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %86 = tensor.empty() : tensor<32x32xf32>
    %87 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_27 : tensor<32x32xbf16>) outs(%86 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32x32xf32>
    %88 = linalg.fill ins(%cst_0 : f32) outs(%42 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %89 = linalg.matmul ins(%85, %87 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%88 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %90 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%84 : tensor<32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %91 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%89, %90 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %92 = tensor.empty() : tensor<8x32xbf16>
    %93 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%91 : tensor<8x32xf32>) outs(%92 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x32xbf16>
    %expanded_61 = tensor.expand_shape %93 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_61, %5 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<1x8x32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<1x8x32xf32>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %248 = arith.extf %in : f32 to f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %97 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %99 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %98 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.subf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %99 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.mulf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %101 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<1x8x1xf64>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %248 = arith.truncf %in : f64 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%95 : tensor<1x8x32xf32>) outs(%30 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.divf %in, %cst_37 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.truncf %cst_33 : f64 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.rsqrt %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %105 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %107 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.mulf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %cst_26 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.mulf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %cst_25 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_62 = tensor.collapse_shape %112 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %113 = tensor.empty() : tensor<64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_24 : tensor<64xbf16>) outs(%113 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<64xf32>
    %115 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_62 : tensor<8x32xbf16>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %116 = tensor.empty() : tensor<32x64xf32>
    %117 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_23 : tensor<32x64xbf16>) outs(%116 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32x64xf32>
    %118 = tensor.empty() : tensor<8x64xf32>
    %119 = linalg.fill ins(%cst_0 : f32) outs(%118 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %120 = linalg.matmul ins(%115, %117 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%119 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %121 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%114 : tensor<64xf32>) outs(%118 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x64xf32>
    %122 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%120, %121 : tensor<8x64xf32>, tensor<8x64xf32>) outs(%118 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x64xf32>
    %123 = tensor.empty() : tensor<8x64xbf16>
    %124 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%122 : tensor<8x64xf32>) outs(%123 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x64xbf16>
    %expanded_63 = tensor.expand_shape %124 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %125 = tensor.empty() : tensor<1x8x64xbf16>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.mulf %in, %cst_39 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = math.fpowi %in, %c3_i64 : bf16, i64
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.truncf %cst_22 : f64 to bf16
      %249 = arith.mulf %in, %248 : bf16
      linalg.yield %249 : bf16
    } -> tensor<1x8x64xbf16>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63, %128 : tensor<1x8x64xbf16>, tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.truncf %cst_21 : f64 to bf16
      %249 = arith.mulf %in, %248 : bf16
      linalg.yield %249 : bf16
    } -> tensor<1x8x64xbf16>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = math.tanh %in : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.addf %in, %cst_40 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %132 : tensor<1x8x64xbf16>, tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.mulf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %collapsed_64 = tensor.collapse_shape %133 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %134 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_20 : tensor<32xbf16>) outs(%83 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32xf32>
    %135 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_64 : tensor<8x64xbf16>) outs(%118 : tensor<8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x64xf32>
    %136 = tensor.empty() : tensor<64x32xf32>
    %137 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_19 : tensor<64x32xbf16>) outs(%136 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<64x32xf32>
    %138 = linalg.matmul ins(%135, %137 : tensor<8x64xf32>, tensor<64x32xf32>) outs(%88 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %139 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%134 : tensor<32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %140 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%138, %139 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %141 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%140 : tensor<8x32xf32>) outs(%92 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x32xbf16>
    %expanded_65 = tensor.expand_shape %141 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %142 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %expanded_65 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<1x8x32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x8x32xf32>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %248 = arith.extf %in : f32 to f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %145 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%144 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %147 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %146 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.subf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %148 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %147 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.mulf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %149 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<1x8x1xf64>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %248 = arith.truncf %in : f64 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<1x8x32xf32>) outs(%30 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.divf %in, %cst_37 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.truncf %cst_33 : f64 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.rsqrt %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %153 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %155 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.mulf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %cst_18 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.mulf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %cst_17 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_66 = tensor.collapse_shape %160 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %161 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_16 : tensor<96xbf16>) outs(%40 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<96xf32>
    %162 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_66 : tensor<8x32xbf16>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %163 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_15 : tensor<32x96xbf16>) outs(%44 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32x96xf32>
    %164 = linalg.matmul ins(%162, %163 : tensor<8x32xf32>, tensor<32x96xf32>) outs(%47 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %165 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%161 : tensor<96xf32>) outs(%46 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x96xf32>
    %166 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%164, %165 : tensor<8x96xf32>, tensor<8x96xf32>) outs(%46 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x96xf32>
    %167 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%166 : tensor<8x96xf32>) outs(%51 : tensor<8x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x96xbf16>
    %expanded_67 = tensor.expand_shape %167 [[0, 1], [2]] output_shape [1, 8, 96] : tensor<8x96xbf16> into tensor<1x8x96xbf16>
    %extracted_slice_68 = tensor.extract_slice %expanded_67[0, 0, 0] [1, 8, 32] [1, 1, 1] : tensor<1x8x96xbf16> to tensor<1x8x32xbf16>
    %extracted_slice_69 = tensor.extract_slice %expanded_67[0, 0, 32] [1, 8, 32] [1, 1, 1] : tensor<1x8x96xbf16> to tensor<1x8x32xbf16>
    %extracted_slice_70 = tensor.extract_slice %expanded_67[0, 0, 64] [1, 8, 32] [1, 1, 1] : tensor<1x8x96xbf16> to tensor<1x8x32xbf16>
    %expanded_71 = tensor.expand_shape %extracted_slice_69 [[0], [1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<1x8x32xbf16> into tensor<1x8x2x16xbf16>
    %expanded_72 = tensor.expand_shape %extracted_slice_70 [[0], [1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<1x8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_73 = linalg.transpose ins(%expanded_72 : tensor<1x8x2x16xbf16>) outs(%53 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_74 = tensor.expand_shape %extracted_slice_68 [[0], [1], [2, 3]] output_shape [1, 8, 2, 16] : tensor<1x8x32xbf16> into tensor<1x8x2x16xbf16>
    %transposed_75 = linalg.transpose ins(%expanded_74 : tensor<1x8x2x16xbf16>) outs(%53 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_76 = linalg.transpose ins(%expanded_71 : tensor<1x8x2x16xbf16>) outs(%54 : tensor<1x2x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_77 = tensor.collapse_shape %transposed_75 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_78 = tensor.collapse_shape %transposed_76 [[0, 1], [2], [3]] : tensor<1x2x16x8xbf16> into tensor<2x16x8xbf16>
    %168 = linalg.batch_matmul ins(%collapsed_77, %collapsed_78 : tensor<2x8x16xbf16>, tensor<2x16x8xbf16>) outs(%56 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x8x8xf32>) outs(%58 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_79 = tensor.expand_shape %169 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %170 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_79 : tensor<1x2x8x8xbf16>) outs(%60 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.mulf %in, %cst_38 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x2x8x8xbf16>
    %171 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%170, %15 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%60 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x2x8x8xbf16>
    %172 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%171 : tensor<1x2x8x8xbf16>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %173:2 = linalg.generic {indexing_maps = [#map5, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%172 : tensor<1x2x8x8xf32>) outs(%68, %66 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_91: i64):
      %248 = linalg.index 3 : index
      %249 = arith.index_cast %248 : index to i64
      %250 = arith.maximumf %in, %out : f32
      %251 = arith.cmpf ogt, %in, %out : f32
      %252 = arith.select %251, %249, %out_91 : i64
      linalg.yield %250, %252 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_80 = tensor.expand_shape %173#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %174 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%172, %expanded_80 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %175 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%174 : tensor<1x2x8x8xf32>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.exp %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %176 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%175 : tensor<1x2x8x8xf32>) outs(%73 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%175, %176 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%63 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.divf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x2x8x8xf32>
    %178 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%177 : tensor<1x2x8x8xf32>) outs(%60 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_81 = tensor.collapse_shape %178 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %collapsed_82 = tensor.collapse_shape %transposed_73 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %179 = linalg.batch_matmul ins(%collapsed_81, %collapsed_82 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%78 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<2x8x16xf32>) outs(%80 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_83 = tensor.expand_shape %180 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %transposed_84 = linalg.transpose ins(%expanded_83 : tensor<1x2x8x16xbf16>) outs(%82 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_85 = tensor.collapse_shape %transposed_84 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %181 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_14 : tensor<32xbf16>) outs(%83 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32xf32>
    %182 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_85 : tensor<8x32xbf16>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %183 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<32x32xbf16>) outs(%86 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32x32xf32>
    %184 = linalg.matmul ins(%182, %183 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%88 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %185 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%181 : tensor<32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %186 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%184, %185 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %187 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%186 : tensor<8x32xf32>) outs(%92 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x32xbf16>
    %expanded_86 = tensor.expand_shape %187 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %188 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_86, %142 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %189 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188 : tensor<1x8x32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189 : tensor<1x8x32xf32>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %248 = arith.extf %in : f32 to f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %191 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%190 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %192 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %193 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %192 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.subf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %194 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %193 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.mulf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %195 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%194 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<1x8x1xf64>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %248 = arith.truncf %in : f64 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%189 : tensor<1x8x32xf32>) outs(%30 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.divf %in, %cst_37 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.truncf %cst_33 : f64 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x1xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.rsqrt %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189, %199 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202, %201 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.mulf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203, %cst_12 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.mulf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204, %cst_11 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %206 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_87 = tensor.collapse_shape %206 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %207 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_10 : tensor<64xbf16>) outs(%113 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<64xf32>
    %208 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_87 : tensor<8x32xbf16>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %209 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<32x64xbf16>) outs(%116 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32x64xf32>
    %210 = linalg.matmul ins(%208, %209 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%119 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %211 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%207 : tensor<64xf32>) outs(%118 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x64xf32>
    %212 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%210, %211 : tensor<8x64xf32>, tensor<8x64xf32>) outs(%118 : tensor<8x64xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x64xf32>
    %213 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%212 : tensor<8x64xf32>) outs(%123 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x64xbf16>
    %expanded_88 = tensor.expand_shape %213 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %214 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.mulf %in, %cst_39 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %215 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = math.fpowi %in, %c3_i64 : bf16, i64
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %216 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.truncf %cst_22 : f64 to bf16
      %249 = arith.mulf %in, %248 : bf16
      linalg.yield %249 : bf16
    } -> tensor<1x8x64xbf16>
    %217 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88, %216 : tensor<1x8x64xbf16>, tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %218 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.truncf %cst_21 : f64 to bf16
      %249 = arith.mulf %in, %248 : bf16
      linalg.yield %249 : bf16
    } -> tensor<1x8x64xbf16>
    %219 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = math.tanh %in : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %248 = arith.addf %in, %cst_40 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %221 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214, %220 : tensor<1x8x64xbf16>, tensor<1x8x64xbf16>) outs(%125 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.mulf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x64xbf16>
    %collapsed_89 = tensor.collapse_shape %221 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %222 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_8 : tensor<32xbf16>) outs(%83 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<32xf32>
    %223 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%collapsed_89 : tensor<8x64xbf16>) outs(%118 : tensor<8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<8x64xf32>
    %224 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%cst_7 : tensor<64x32xbf16>) outs(%136 : tensor<64x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<64x32xf32>
    %225 = linalg.matmul ins(%223, %224 : tensor<8x64xf32>, tensor<64x32xf32>) outs(%88 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %226 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%222 : tensor<32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %227 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%225, %226 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%42 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.addf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<8x32xf32>
    %228 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%227 : tensor<8x32xf32>) outs(%92 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<8x32xbf16>
    %expanded_90 = tensor.expand_shape %228 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %229 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %expanded_90 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_91: bf16, %out: bf16):
      %248 = arith.addf %in, %in_91 : bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    %230 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<1x8x32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %248 = arith.extf %in : bf16 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %231 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<1x8x32xf32>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %248 = arith.extf %in : f32 to f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %232 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%231 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %233 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %234 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231, %233 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.subf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %235 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234, %234 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%18 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_91: f64, %out: f64):
      %248 = arith.mulf %in, %in_91 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x32xf64>
    %236 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%235 : tensor<1x8x32xf64>) outs(%21 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.addf %in, %out : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<1x8x1xf64>) outs(%20 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %248 = arith.divf %in, %cst_36 : f64
      linalg.yield %248 : f64
    } -> tensor<1x8x1xf64>
    %238 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237 : tensor<1x8x1xf64>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %248 = arith.truncf %in : f64 to f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%230 : tensor<1x8x32xf32>) outs(%30 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.addf %in, %out : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.divf %in, %cst_37 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = arith.truncf %cst_33 : f64 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x1xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<1x8x1xf32>) outs(%28 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %248 = math.rsqrt %in : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x1xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230, %240 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.subf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243, %242 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: f32, %out: f32):
      %248 = arith.mulf %in, %in_91 : f32
      linalg.yield %248 : f32
    } -> tensor<1x8x32xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %cst_6 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.mulf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %cst_5 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%16 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_91: bf16, %out: f32):
      %248 = arith.extf %in_91 : bf16 to f32
      %249 = arith.addf %in, %248 : f32
      linalg.yield %249 : f32
    } -> tensor<1x8x32xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %248 = arith.truncf %in : f32 to bf16
      linalg.yield %248 : bf16
    } -> tensor<1x8x32xbf16>
    return %247 : tensor<1x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_13: "0x02000000E23C2BBB3DBD67BDD5BD6E3D3F3ED8BC55BE81BD283DEBBD783D6C3DACBEE83C8D3D9CBD203E093D923D403D7DBD063CA33D96BE783E25BD843D2C3E30BE5ABD",
      torch_tensor_32_torch.bfloat16_12: "0x02000000903F603F973F923F753F803F6F3F5E3F823F5C3F943F8E3F693F6B3F603F543F773F683F7B3F853F813F883F713F5A3F6A3F893F843F863F613F8A3F6A3F8C3F",
      torch_tensor_64_32_torch.bfloat16_2: "0x020000005ABB503C20BC6F3BACBA223C1ABBAE3B873B41BCD2BADFBB67BCAE3B3D3A9E3B883C1239883B603AB4BA39BC1ABC9B3B1CBC14BC1DBB3B3C83BC7A3C40BAD5BB07BC1EBBCEBBBD3BCBBBB43BACBC8CBC003C12BC563C263B793C90BB0CBC37BCC9BBE2BA6DBB5EBB203C15BC0A3C8A3B82BC98BC5BBBD1BAE13B283BCFBBD5BB9A3A743B6FBB743BFCBBA33C403B0F3C70BC373C923C4ABC4ABC953BB33C053B2C3B353CD63B87BBD8BB7A3CB33B51BB63BCD6BAE2BBFDBB913B56BC5B3CC53C753BA2B956BCBC3B2BB9163C89BB203CEA3A20BC703C033C8A3BF6BB153C5ABCE03A04BC9D3BF13983BCD53B883BFF3B4A3C81BBBCBC5A3CA4B94E3BEB3B98BB4ABCEBBB7BBC073A25BCB5BBB8BA8DBC2F3C07386B3BDF3B97BB30BBBC3BE1BB853A1C3C3EBC53BC1BB927BB1CBCF7B9B73B1D3CA3BC293A9B3A91BB2BBCDBBC073B97BB23BCBD3BE43B33BBAABBBA3BEEB984BCE13B77BCBCBA09BC14BA853A893C0BBC7B3C2B3C2FBC783C453C113BD9BB8F3C3CBCAA3B133BE73CA5BBB9BB10B94E3BC839203B34BB5DBB063CD53B853CC8BC1CBB173CB43CF83BC9B9943CACBB23BB06BC40BB0CBC85BCC2BB92394A3B4C3B6D3C243C41BC3DBB973CDF3BF0BB303C0D3C8BBC6C3BE1BB1FBC2F3C243B33B98D3B5DBA5438693A2B3BBC3B003C26BBE3BBE1BBA43A8F3BA13B023C86BCD8BB193B76BB9DBBF5BB76BA163C84BB98BC293A73BCB93A1BBB9B3BA4BC8C3B60BC34BC3ABC4A3B8E3C49BBB33B0DBC713BE53A12BCB83CB1BB743C4EBCACBB963C63B80339383C163C2A3CAE3B803CB23B553CD2BB313C0C3C7FBC353C26BCAC3B9ABA193862BC28BC7ABCCFBCAD3C5FBCF03B803C3139DC3BC13B9CBBF8BB303C873C303CAE3C593BECBBF6BB52BC393C263CDC3B6F3BCEBB203C173C58BCA93BFF3B313C21BC27BC403CF4BBB03B70BC05BB09BC14BB0C3C5D3BA13B25BC123C763B833C253CF4BBCDBB043C303C53BC513B65BC5BBC32BC71BC97BC703B13BCEEBAA33C323C8B3B2D3C3E37B63B933B573C37BAB63B0CBBBDBA2A3C24BC17BB323CE93B733B7CBC08BB9FBBFE3B893B9F3B293C8E3C5D3C333C25BCE23BF23BA8BC14B9E5BC463C93BA123C9A3B5CBBFCBAE13B69BB683A1A3AD5BBBFBC43BC6BBC15BC07BC6FBB15BBDFBB743CACBBEBBBBC3B61BC9DBB3A3CBFBBDF3B74BB4CBC653B6B3B73BC743A8B3B12BCE8B98CBB5FBC853B17BC31BC86BB33BC8D39993CE73B933A2F3B9F3B34BC263B243CA63B8FBC13BC213B263C33BB8E3B2E3C693C363C73BB52BC093C53BC73BBA43B703C63BB39BC7F3B10BC693C42BB2BBCB0BB133D95BA41BCF0BB60BCC63B3C3B8ABCDB3B833BC93A3B3C7E3C043CC03B94383F3C473B0B3B67BBB9BA6EBC2A3A603B42BC8DBA11BB5C3B903AF83BD93CDCBB9EBC453B0B3C95BB47BB953AA4BC513A89BAA93B383B9EBC7FBB6BBBEE3CC93B863C883B4FBC56BCD73BBDB9FCBBAEBAB8BBC73A893B1E3AA5BAEB3B9EBAB13B47BBBB3C65BCE03B093C78BCAE3B7BBCA6BB3CBB9339043C8A3CF03B03BCE73903BB963C1A3C44BCB43A4B3C453C74BBB83B72BBE3BBC13C89BC6BBB763B063B5BBC9BBCDC3C26BC753A163CD73C923C40BB1DBC4DBB56BC06BB9FBB59BB3B3C303BD9BB193CF93B37BB283CE7BB9B3BD43B87BC9DBC57BCD03B38BCE4BBCDBBF3B98FBCC93B173C25BCCE3BBD3A93BB813B22BC1ABC423C053CD4BC243C99BC8FBB333B8EBCEEB9BABC0B3B86BC24BC9FBAD7384A3B3B3C703BB7BC85381FBC633A98BB75BB533C97B9843C8FBA0F3CF93A16BC1DBB833CA43B2F3BB33BEA3AFFBCDC3AC1BB69BB4EBC0A3C8F3AA639B6BB013B9E3A93BBE83B2E3C16BC79BCB23ACABB803C56BCEB3AE9BB08BAC93C603C44BCDA3BEA3A043CE83B883872BCEF3C8F3BC5BBF2BB373C813C283BFC3B9A3A713CCE3C4ABBCFBA0A3C01BA06BCEDBB653C923C503B64BBE53B4EBC033A273B663C38BB4EBCCBBA09BBB0BBB03B833CBEBB1D3CAF3B9039093C2DBB46BC82BBC4BC2E3CC9BC213C01BC833CB5BC0EBCA2BB6C3CDCBB80BB8ABA39BCC03BBCBB4EBC6FBCBFB96E3AA8BB17BC41BC8F3B21BC21BB643B153B2C3B67BB8ABC183B53BC98BCF23B9C3A04BC16BC213C5F3A60BC60BCF43BC73BA33C3FBCDFBBA8BBAABB12BCD33BE6BB7CBB043BC53B14B9E7B7C53927BC72BC15BC1CBC0B3BB3BB34BB7A3CA7BB19BB863C66BA80B9F738E4BBC6BB86BC2A3B983C4ABAA43A8C3BB2BB2CBCB039CFB98CBB37BA02BCF9BBC1B9823B6F3CEBBB71BC50BC13BCAF3AD83BFD39013C6D3C7FBC17BC8CBA533BC93BB6BC203B343CB439FF3B54BC5ABC1E3C383B10BD20BC58BA7D3B5A3C82BC09BC933BF8BB573C093C0FBBBEBA40BC17BC953CABBB4A3CE33A32BC25BAA33C65BC9C3BD23AF3BA473C623CD0BC143CAABB2A3C653C61BA0C3C2BBC89BB57BC1CBBBDBB8DBB513B483C29BC413CABBB76BC48BCED3BD43B3C3C2C3C1D3C72BC7C3BB4391A3CB43A753C48BC38BC9A3CC5BB073B27BBE63BBFBB193B96BA44BC743C3D3B2A3C34BCC4BB463B45BC8B3BC2BBCE3BA33B0D3CFEBAA13B8ABBD5BB98BAEEBB463C713CC239203C9E3B863CCB3B953CE83B8D3B44B8D1BB40BC4FBC5E3BCC3BDB3A93BA543C2C3B52BC09BAA2BA77BB2ABC443B16BC333C46BBF5BB6D3C2ABB763CCC3B94BB0A3C573A433C933CC0BA81BBFB3A0ABC7A3B33BBF13CB0BBE23C6938213CC63BBB3B4ABB33BBFCBB4A3A863C2EBCB23B09BCD3BB2CBCADBC47BC81BB13BB82BA853A773AE6BB373B2ABC873BE0BB4BBC0CBC7E3C4D3C0ABC1ABC283C0E3B0B3CAA3AD8BAD2396CBC883AAE3B8B3B8F3CA3BB3ABC9B3BA2BCF13B0EBC923A79B8843B1CBA98BB4CBB983BF63B963C5E3B653B0D3C713A083C25BADABB813C02BC2A3C873C23BC93BCA33A4F3CA33BA1BB513CBCBB403C453CBEBB1BBB853C5B39973C26BA413C95BB35BCB0398D3CC7BA143B9CBB01BC58BC573CCDBABCB9C13B17BC7FBBFCBB12BBC33A03BAD23916B8603C03BCA8BBA5BB8CBB573A61BC40BB663CF8B9E73A093C863CF83B073CB8BC4FBC633CDBBB07BCF6BB96BB2B3B453C063B9F3AB8BC09BCBE3B163C4E3CBE3BD1BBA4B9B33B52BA643AE73A463BBFBA573BCD3B50BB463BD7BB433CCEBCE73C43BC9F3B73BCAFB74C3C013C563C99BC86BB8BBCB63B2ABB3B3C8A3CA03AAA3C01BC60B9263CFE3A103CC3BCA33CBEBBE83B923B1339C8BC42BB30BB3C3CF73B40BC0EBC05BC2D3C09BBB4BBB43B93BB383A363B53BC3DBC87BB09BA4DBB073C803BD13B063C9C390ABCE9BA7CBB45BB92BC2CBCAFBCCA3C043CDB3B02BC6A3C7DBC4D3BD03B1FBB91BC2FBC60BAA83B203BA9383DBC4539C23A6BBC92BB453C123C75BB16BB173A2FBC883B52BC1BBCAFB98BBC1ABCCD3B5DBAA13B9E3AD43BA13BCDBCC4BB213B9ABC9DBC82BCA2BB573B57BAFE3B89396FBB3B3A1DBB703B7ABC11BC1ABC323CF1BB03BC8A3C393AA1BB3C3C2C3C753C03BBB2BBAE3BF3BB86BC243CB2BA2ABC38BC91BC1FBCA7BB983CDFBA233B03BA963BF5BA793A03BC40BC753B92B92BBC5D3B743C4C3C743C89BB153AFBBB883A053B0DBC4ABC8C3B91BCCEBBEAB906B90ABB01BB09BBB93BD6B9DBBB873B103BE23B35BCBDBB29BCFBBA063BC53A903AED3BAC3BE5BB3C3C64BC38BB6ABCDCBAF73BCB3B0D3C83BC22BC5A3C383C433B373CF33BD93B74BC15BC193CACBB0BBB94BB2A3CCBBB82BC743CD634B7BB39BBB8BB303CB33B06BB12BC083B703CCC3C963C623CAABCCD3C0DBC2EBCCD3A8C3B613C963B69BC88BB42BAA63B40BBE0BB903CFCBBF4BB3A3C233CDFBB0C3BD8BAC5BCA33B23BC823B773B7EBBC23B7138EA3B0B3CB8BBA9BB963C2E3C86BC543B33BC39BC193B303C7C3B1F3A2B3CAE3C783B9E3C013C0E3CA5BBE9BB37BB8EBAAC3C5DBC3EBB113CC1BBDA3AEF39873BD83B183CE8BBA0BB7CBBD33B02BC8F3C25BC433BEFBB2DBC64BC26BC4F3C0ABB33BCABBB5F3B573C61BC81BB203C3C3CA5BCFBBB8DBA103CA53BE7BBDD39C33B09BC36BBB83A953B583CC43A4DBA27BCA23BAEBC94BB1CBCE2BB583CBC3BABBCAE3A8F3B0DBC92BA5CBB873BFC3A0C3C793C1F3C86BB753CAA3A3BBCC93B96BC303C00BC51BB4CBCBF3BC3BA7E3C4ABB2C3CE93BC03B063C3FBA793A093C9D3AF639723C96BC8B3C3E3C6ABC6ABA6D3AA93B183BEEBC4F3BC7BB4DBCF0BB4F3B48BB823CDABB15BCE13B703CE5BBC3BB5839943C0F3CB13B4EBCC3BB543B9CBB9C3C3BBC0C3C023C52BC373B1A3C0BBCA63C07BC8A3C14BCA63B3F3BB73C40BCEE3BEC3AED3AC9BB32BBBC3B86BBF63A29BCB0B9A83BC83B0FBBA73B073CABBB9BBA06BC0C3C9BBCAC3CC03A6C3BA7BA933A02BC963B923B5C3C023C3D3C34BCA93BDDBB4F3B5CBB1BBB18BC80BC5B3A813BAC3C983B3BBC7A3C183C0A3CDABB92BC0F3C3EBCFC3B2C3C353C48BC923BE5BBE33B2B3B1CBA89BB8FBCAD3CB33B65BB81BC05BC2F3C9A3B16B94BBA16BB703C3CBCF3BB783CF33936BB18BBC6BBDE3B8CBC25BCB2BB993C213C4A3CFF3AD6BC5ABC313CB5BB573C393C67BB0B3BD63C303C7A3C6D3B9BBA903CFFBBA93B4D3B493CCCBA41BB063B173BAD3A14BB2ABB603AD2BCBC3CBFBB043CB73B08BC83BCCBBB27BB36BC68BCBFBB9DBA8ABB263C02BC9B3C9CBC8D3AF2BB35BCE73B143BC1BBF339A9BC483B8D3C0D3C01BC603B3F3C8CBC4CBC613CB03C97BAC7BAE5BB353B223C52BC9ABC7B3B05BC533CB2BB353C26BC683BFEBB123CB3BB303CDA3BB03BFC3B1B3C9ABC1EBCC2B987BB1ABC963B7C3C51BC053AE2BB28BC4E3BB23B8BBADE3B223C85BB1A3BE03A8CBCEFBB75B8E53A253CF63A713B303B9B3C373C34BCA1B8403CA9BC2EBC753BB7BA723B33BC70BBBD3B29BC603C39BC11BC733CD7BBB33B343B3DBCF5BA27BC863CEABB933C94BBAFBC343C96BB29BC0CBCD63AC7BB3C3BB4BA99392638533C0FBCB4BA9DBB863A8E3BE1BBD4BAD53B163C97BB613BD03B073CF83A1CBB583C173BD6B82DBC24BC103CDEBB893ABDBCA7BA20BC423C9F3B49BC653C253B09BC153C52BCE93AD2BB84B90DBB0BBA01BA0A3CA83CB33B4B3B9BBBA8BBD9BBCABA15BC03BCFD3B66BC0D3C14BBE23B093C393B653C51BB683C17BC70BC393CB43BB4BB8F3C173B53BB313BCF3B153C0F3C3CBBA03B743C0C3C293BE7BB663C6FBC3F3C40BC96BCE03B52BCCC3B48BBB9BB53BBFEBB35BBD53B0ABC0DBC70BC05BBE43A3E3C833B29BC7A3AC73A30BC32BC1DBC62BB2DBC0C3BC03AF3BBC63C323C27B911BC19BBDC3A60BCEFBB32BCF03B2BBBE5BB05BC053C1E3C973B82BB7F3C74BA6ABCD6BBF63B5ABC51BC013C10BC6FBC513C1CBC6FBC0EBC8DBCEEBB153B29BC0DBCD1BC69BB7F3A643B0A3B023C40BC14BC9CBC0E3C94BCB13B4ABC06BC59BB68BBC3BBABBB10BB813C3DBCC93B503C8BBCD6BB033C403B01BB8EBBF43A1C3C78BB4EBBE93BA6BB2BBBD5BBB0B912BC69BB143C8BBA6B3C6A3C08BC8EBB4FBC21BC18B82D3C40BBD9BBE3387C3BB0BB4CBC3EBC0A3B4FBC2C3C8ABB9CBCB2BAABBBF2BADCB8C73C23BCAA3B4CBAA93CA73C82BC07BC37BC7BBC823BE2397C3B763C8B39543B0D3AB53B88BA88BA493B363BA3BB53BC943B12BCD9BB61BC4FBA3B3C30BBE9BB13BB30BC3C3CD73B56BC863CB13C5E3C3C3C3B3C383B41BC5D3C853C1D3B5C3B24BA46B71A3B1FBCBD3B163C47BC533C",
      torch_tensor_32_torch.bfloat16_11: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_64_torch.bfloat16_1: "0x0200000001BC323C623CF53BCE3C0A3D94BC663C303C33BC55BC60BC013C24BCBE3B113D10BD92BBA33CB63BADBC003D4EBC393C16BC8DBB8F3CBCBC903C283DC03B043CCD3CFA3BDE3C52BCFC3CBFBBB2BC02BDACBC60BA44BCE93B2F3C21BDBA3A5D3CD23B0B3DE0BAC5BB25BC45BD2C3BAFBBF6BC653C03BCACBCD7BB1ABC233ACDBC953AB639D53B82BC933CD8BA61BC553D443DF63C5A3CAE3C13BBAFBBAABC8BBC053DF8BA883B1A3D51BB0E3CAABC843CA2BBA3BCEDBB663C8F3C4DBDA8BC99BBE83CA4BC23BD08BDFA3CEA3C7EBBC63C883CACBC87BB85BBE03B613DF9BCF6BC863BF63C473C793B81BA81BC3F3CAA3C95BCDB3CEB3C1E3DB43A8FBBC63C0CBD22BDF03C773A4ABB8CBBC03C7CBC563C9CBA863B6F3CCF3C04BD9E3B9CBC0BBB08BA773C7ABCA4BC92BCA83B19BCD0BC813CB9BC2BBA863CBA3CF0BC493C293BBDBC6C3A153DCCBADB3CC0BB15BC9E3C17BC623CD43CDA3BB8BCD13BA33C0BBC03BD793C82BC9FB71D3D5BBCD73BDD3C813C813D5CBC55BC4B3A76BCF63C303D253D833A1FBBC1BC3DBC81BCF8BC8E3CF83B8A3CD6BC59BA973BD2BCF23C973C623C753BE0B84CBC05BD2F3CDA3C62BC28BCCFBBB7BC5BBC443C7E3C563C0B3DC3BC253D61BBE8BC783CE7BB32BB0E3DD7BCCEBC1CBCFFBC9B3C9A3C9ABCAFBC963C58BB97BCBD3B50BB903C583C74BB103D663C083CCB3CA5BABABC90BCA83C113C04BDE43C51BB7BBCD2BBC8BC92BC823BCDBBAC3BC7BB173B0D3A423C8EBCB9BB8EBB193CE6BCBABBFBB9D73C0BBCEA3A803CC63CA9BBBCBC71BC913B693CA4BBCD3C79BC113CD93B6BBB5FBC99BACE3BD43CF7BCCA3B283BB9BC133DC2BCA3BBA1BCAEBCB9BCAC3CF8B9CBBCA13C5C3BEE3CDF3CD33C57BB3EBCA8BA253B323CD4BB3B3C973B9ABC73BB47BCE73C693CE33CC13CB63C5ABD0E3DE93CAE3CDDBA70BC953B5DBCB6BB0ABD5A3CC53AD2BB0BBD45BB83BB85BB7D3BBFBC203C20BC5B3B493C753BECBCB93A853C2CBC84B9F63B93BB8F3C2A3C323C083C4CBB653A1F3C60BC033CC0BA433B783CAB3CE8BC3A3CB8BB75BCFDBBBABCB43CC0BC093D6CBC3C3C9A3C893C56BBBB3C0ABDA4BAF9BB28BC453C0DBC9FBC8ABB8DBC9EBCBABC843C0FBD043D17BC5FBABEBB993CBB3B363DE4BC713C8D3C13BCD8BCBD3CE7BC1E3C533C2EBB5FBB88BC1F3CD33CA7BCC7BB663C8A3CE43B87BCB43A063BF03BC5BB16BD96B70DBD723CDA3C33BD05BCAD3C59BBB3BCDFBCDF3B013D173DF43B8A3C843922BD5ABD093C90BC9939ADBA19BCE03C1C3CDA3B1E3D99BCA1BCC43BB2BB383C2ABC993C483C423C31BC78BC49BCA53CC83B7ABC203B02BC973B19BD393C5DBDC3BBBEBCBF3CD03BBCBB8DBC8C3CA7BBF6BC7E3C26BBE93BF0BC323CF0BBC5BC8B3C7D3C673C4ABC9E3C413C99BB743B113C433C8A3C3D3CE6BC283C0A3BB0BB9E3CA83C1C3C03BB093DBC3C09BDC63C4EBC83BC40BC81BD91BCB43B11BCFC3BF53BD9BC833C0EBD923C61BCECBCA03C953C1A3DD23C24BDB9BB1EBD0A3DD33AF8BCF2BB633C373CC7B91D3B67BA913C5FBC573C0BBCF23CA93C8ABC23BD28BD15BC9DBA8C3C67BBBDBC6ABC78BC9C3C493C1BBC56BBA83CAA3C443B37BD5EBCB63BB73919BD1F3C2B3CACBB9EBB913C673D653CADBC88BBA1BB4F3B5BBC7F3C123D243C943C5E3B883CBF3C05BD1C3CB83CE6BBDEBB003D473CA23CCF3CEB3CCCBA71BB8C3C35BC883BD0BB86BB16BD1FBC3CBC9A3C34BCBA3C9ABA82BA48BC52BCF4BB5DBC5E3A08BD0DBD143AF6BC553D1C3DAABCB53C81BC1CBD023C583B883974BB9C3CB03C2E3C9F3CC63C5ABDD13CCE3B6C3CAA3BFDBC293C9EBC3F3CF4BCD93BDA3BADBC36BD0E3B97BC693D2DBC0BBD6EBC853CF2BCBF3CCA3CDF3BC1BB8F3B243CE33CE5BA7FBCAF3C8D3CECBC21BC5B3CBD3B60BC723B023CDCBBA03CFB3B643C2B3CC23CBCBC9BBC13BBB3BB163BCCBA7C3CA9BCAEBC00BD0FBDC73CD9BBB53B253CA1BB90BC95BB103B23BCC73CA0BB7A3B763A4B3AC43CB43C14BCA33BAC3BDBBC183D553CD6BABC3C03BD8E3CCA3A7C3D4BBC97BBE93C5CBCCABAA1BC05BDBABC9E3CDE3C843C0BBD7ABC9B3CD93C15BDC53C2D3A3A3C98BB8B3B173C04BD1F3DB5BC97BBCC3CE3BB4EBB0C3C8C3CF53CA1BC0BBD3DBB6FBC05BD1F3BBFBCD33B42BC813C333B363C193CA13CEE3CEFBC1F3DC3BCA73CA6BBD43C30BD4B3C89BB6BBB48BC87BCBE3B083C44BC2F3C9B3CEEBC3BB9A73C473D11BDD8BBF03AB33BEFBBB63BE2BC64BC1FBD5B3B053A83BC783C503BBA3CD53CA9BB93BCD8BC7D3B71BC1D3DA93C9A3B173C063DB3BB2CBDAF3C3FBCB5BB1EBD9A3CEB3C353C4B3CD2BB24BBCF3B973CE73B50BC4C3C43BC223C48BCCFBCD93B11BD08BD37BB87BC09BD8D3CC1BBEBBB65BC8A3C8CBCB43C433C233C733CA5BC8EBB0BBC133DBFBC07BC383CA73B1A3D07BDAA3C92BCBA3C333DE7BCD1BC83BCA33C753B11BC933CA1BB91BCA13CE13C1DBC303CE1BCAEBC9A3CF43CB7BCAD3915BD2E3B8DBBBCBC303C24B9653CEC3CAA3C923BD13CE73C5A3C91BAD1BC813BC3BC11BBED3C86BCB7BCA6BCFC3BEDBB9ABAA83C843C4B3C97BC06BD17BD263C09BC6BBB8F3C29BDF13A2C3BAD3CB6BA133D94BB673C52BCDA3CCA3B8FBBA6BC58BA093DF4BB8EBCA53C7FBC1A3D2B3DAB3BF13CB1BB3D3C823C543BF2BCAD3C0D3C0B3D853B943CF1BBD0BB95BCDA3C24BCF03B413928BDC43AAFBCDB3B693C643BA73C0ABD6B3C70BCBE3C8FBB4A3C343B913BE1BB973BA93CD8BA4E396C3B1F3DEA3C543C5D3D22BD853CC03CACBC03BC5A3C543CC4BB85BCBE3C78BC6D3CB23B98BC86BA47BC4CBD82BC7BBCE8BCD83BF03CF5BCF9BABC3BEA3C90BBBD3CBABBA7BC513C443B0FBCF4392B3BA33AD13BC9BC88BCA63C1BBCD03B4139003C0FBC11BD6D3B163CA3BCDABCD0BCF93B8DBA6C3CC43B603A183CEFBA9B3B2DBC58BCE5BC5BBC5BBC5B3C253CF13B1BBA013C0BBDC0BA1D3CDD3CB3BBB43CCBBCE33BFEBBF53B20BD4FBB393D9CBCAD3BF0BCE7BB38BB943C8FBCAF3C323C1C3CDC3C12BD1EBBDA3BB2BC68BC8FBCB039D2BC20BCA3BCC7BB9ABB89BC7EBC7ABC1D3D0FBBF53C82BCD7BC423C783B4BBCEB3CDC3CE8BB65BB67BC7ABBDF3B433C6FBBEC3CAD3CC33B3A3DC6BBF1BB64BC8CBCFC3CFC3C1CBCC6BC9C3CF0BBA53C2E3C1B3D1238E0BC80BD02BDA63CA43CAABAF73C3A3CD3BBDEBBFDBC1E3AFB3B413B85B8D7BAAFBC023CCA3B753CEE3A12BC92BC24BB4A3CB5BC42BCAE3C073C04BD683C21BDAFBC303D853CA73B853C42BBF0BC6FBCEE3BF6BC9FBC50BCA53C0F3CEFBC013D0F3D263BF2BBA63B90BB40BCC13BA43C8F3BCEBCC9BBDABB833C43BCC53B9ABC193CD2BC333D0D3C5EBC1ABDF9BB03BD89BCBBBC58BC1B3CD63CBBBBC2BBC43C31BC353C75BC2CBC02BD163B92BC04BDFC3B653C143D3CBD2E3C24BD73BC233DD6BC2FBBAC3CB6BCC23CBA3C3EBCB4BCA0BA97BC27BDF6BCCF3CAABCDF3A77BC4EBB9C3C2DBC193D123D33BD05BC0F3D01BDEBBC723B01BDB0BCFA3C103B7F3C07BDB63AF1BB4BBC10BC12BCA43B34BDECBA3CBDCB3C8B3B2F3C283C9EBBD83B9FBB22BD70BC43BCB6BCD03CDB3CDB3CF939B73BE0BC523CDFBB2BBC0E3CA1BC6ABC4FBB023B033B8EBC28BCAA3CA0BCC6BC14BB673C68BBB63BA73B8BBC7C3C983BCABB61BB2DBB92BC1EBDC13CB03CBABB7ABCF83B07BC743C65BCB1BBCC3B94BB713725BCAB3B2DBCCE3BED3C883C8CBD0BBC17BD32BCFABB2E3C013D3A3BD33B00BD033D0DBC73BC863BBDBCF73C063B843C363C983B493CC7BCB8BC71BC01BC72BC6F3CB3BC17BBE5BB123C2EBCAABB043D723BC6BCF2BC13BD043DB63A073D273DC83C9B3C1EBBC7BA2FBC643C7D3C61B9243DED3A99BC9EBCD23BA43C04BCA5BC6EBCDEBCB83C96BB84BCC6BC9C3CFA3C2EBB623C1C3CB13A03BD4EBBA4BC203D66BC9B3C7ABC1DBC82BC99BBA73CA5BC10BD863BEEBC6A3CAABCCABC1E3D49BC443CD7BCE53C56BC443D813C4ABC83BA9BBC3BBC1E3B023DC23B6F3C14BC873B7C3B05BA96BCA73B14BC88BC04BCCF3B59BC1EBD51BC5ABC3DBCEA3CD2BBA538913C39BC19BCF33B0DBCE53B173C9F3B6D3DC63A1F3DF03BD0BBFCBCE73BC83C48BB593A24BBC43BCE3B9C3B4F3CE6BC21BD033CE1BC0F3D203BF7BCACBCCC3CF43C823C9B3C0F3C3B3BD33A34BC103D1B3C313CA53C00BC15BD83BC34BDD63CEEBB73BB203D603C133D83BC6A3C8FBB7FBCC83BDABC0D3A873C5ABBCDBC71BCABBCC13C413D823B033C08BC7F3C47BCC33C5A3CA23C853C653CE03B89BC62BDA93CE2BA5A39E1B7073C033D053D92BCD63CE4BC013B83BB7F3B86BC3C3C06BBEE3CFEBCE2BCB7BB17BD75BCD9BACE3CEA3C1FBC603C71BC11BB5E3D763CBD3BAF3ACA3B34BDD9BCD33C883CA63CB63CA03CB73BBF3CA1BCCFBAD5BCCD3A24BCA13C5EBB963CAB3C3C3C1E3DB1B9E8392EBAADBC7F3B283B7ABB8CB99CBC843C703AF83C2F3D843C3BBCB0BCBABC663C41BCB6BC86BCC33C063C173A63BBB7BB6DBCA13C19BBAD3BCEBCDABB873CCC3B5A3CB2BCC53CEC3B8CB8D03C58BD85BCA53B853AAEBCFCBC2ABD2DBB553AD03CE4B9C8BCF5BC55BC093A523AFE3BAABC0FBD663CC23CC43CB4BB4B3DCABC4CBC1ABC6BBC323C89BC9B3A64BB063AB1BCD4BC5EBDABBCBA3C033C34BCBA3C023CEEBCA8BC103C4F3C103DC1BCA03B1CBD05BA813B86BC133C9ABC0C3B8E3C44BC3CBC6ABC8C3C233DC7BB693CB73CC7BAACBB35BC3839823CB7BC2FBBAABB423CA13C17BA893C493BAD3C7ABCDBBC8E3CA23BA1BB12BD163D043C88BC643CA0BC623C19BD50BC45BBDB3BBEBC08BC77BB13BB6E3BF6BC3BBC953C163C88BC25BD2C3CB939593C293BC5BB4ABC053C70BC3FBB5CBCA5BC743C99BC0DBDA3BC4F3D133D843B82BA2C3CE43CE93C8D3C233DF83CEA3B243B45BD4E3CF2B914BC013BCC3C08BD543CE23B093C1FBCD6BC50BD36BC5DBCD2BCA93C933C08BCF4BC143D6C3B43BC313D923C67BA97BB473C10BC8F3C4CBC183C33BC2EBB11BBAFBC843C9F3CDBB81EBD66BC1DBC39BB4C3C59BD4FBC5EBBF5BCB6BC123C203D44BBAC3B103B5C3A01BB103D6A3C02BD4CBCB9BCB1BC973CCE3C053CA0BC963B18BCE13BFBBB73BCE7BC8FBBD3BB203AB0BC643CB23CA6BADABBCC3B5DBC043CF7BC4F3D12BC80BB5D3A9ABC633C80BC473C10BBBABC4DBB41BD4FBD243D4BBC9ABC213DA33CC6BCAC3B84BC703B20BC763D7E3A3B3B22BDB8BCBC3CCEBC483C23BD85BC2C3D2FBBA8BB083DE23C95BC293D843A6A3C93BBB93CA93C77BAF53B0E3D8F3C103D5CBC6E3B9BBC1DBB613C66BD133D9DBA04BCEEBC743CCEBC46BBAC3C7A3B2CBDACBB1FBD7C3C603CD83AC2BCC93B3F3C66BBC73B2ABC913C20BD8DBC843C83BC2A3ADE3AE83B0C3B9ABCE0BBEDBB18BD7EBDC7B9B9BC9A3CD43C873C90BCC9BC093D6DBC5EBCDF3C353A653B3DBCD13CF0BCEDBAFBBB7C3C23BC5BBC35BCA73CBC3C06BC20BCCC3BA3BB55BC03BDF039AA3C31B9A2BBE83B60BCD5BC85BCD83CABBB51BA043D27BD3F3C723C57BB6B3CCEBC1EBC33B927BCF5BCD93B0DB9AD3C67BA50BCA1BCC13C383D743C9D3CDD3A05BB023C1A3CA53B3E3B8FBB783CE93C923C913D013CA0398CBBFABB3E3C023DE1BBB23C27BC153C3ABCA9BCCEBC503B2BBDED3BF8BB4D3C1B3D023DC13BC93B363B48BD76BAA3BC433CB73C",
      torch_tensor_64_torch.bfloat16_1: "0x020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_10: "0x0200000098BDA1BDC73B6FBEE0BD17BDD5BAD3BBA6BD683CA93DB93C043E853DF83D0B3EEABC783DB13CB3BC27BE173E043E003D953D123E0A3D903B25BEF43CEC3D20BE",
      torch_tensor_32_torch.bfloat16_9: "0x020000008B3F873F7A3F893F5E3F833F713F643F953F923F8B3F843F863F6F3F5B3F963F673F743F783F8C3F613F853F863F8C3F743F893F773F7A3F7B3F883F7D3F643F",
      torch_tensor_32_32_torch.bfloat16_1: "0x02000000513B1C3C153C54BB02BBB0BBE0BB87BB873AE33A2CBCF1BC293C233C18BC853C9D3CF7BB68BC9A3C2CBC3B3DF0BAEEBA9DBB2E3CD33BB4BB503B453C243C69BBB0BA41BC1A3B0ABB1EBBA13B323B103C06BC16BCFB3BA5BBED3BA23BFA3B7C3B893B943BE4BB45BBDFBAB03B743A10BC7F3C06BB103B68BCED3BAE3B86BB523CE73C93BC283C26BCCBBB4CBC5E3C953BE6BBAE3B1EBCAB38863B933B91BC0DBB9BBBD9395D3B4D3C41BB4BBCD1BB5B3B00BD96BB303BD0BA98BB143C65BCB4BC8CBBFD3A93BAA3BB66BC633C543CFABBBBBB753C0FBCDDBB5BBC85BCA33B383C9DBBC93BF23B69BB38BBA73C72BB8FBA803C7FBB4D3B2B3A8ABCA7BA82BC97BC193B9D3A983B96BC2FBCC33B78BCC03C8CBC913B88BB08BBE73CDC3B99BC23BCEB3BBABBE93B113B02BCA9BB37BA243CE4BAA0BB8EBCAEBCAC383ABC0BBBA73A72BC003CD5BB463CBE3B613B01BB9DBB82BB9CBCEFBB273C1C3A64BC4EBB5DBA50BA27BC8C3C653C2CBB113B99BC733C0F3B19BCB23B3BBC59BC8B3B3E3B5DBC2A3CD8BA663C4FBC973B4E3C4D3A143C1D3C6A3C62BB1EBC41BB1BBB8CBB97BB8A3B9BBBB63BBFBBBF36093B153C903B1FBC553B43BCA63B72BC70BC113A573CB2BA10BC4EBB113CAB3ADD3C18BC3CB784BB52BCB3BC683B6EBBB03A85BB39BCA43A21BCBABB59BC44BC36BA89BBAA3C203C713C10BCE93BA4BAC43C9EB9453B573C6B3A073B813C1ABB53BCB23CCABCA0BA923B0DBC863CB7BB8B3CA83CCEBCC53B3D3C9FBB82BB1DBA5ABC173CF0BB693B90B90D3CD1BB653BA5BBC53BE1BB833B4DBCBCBA21BCE5BA76BA2EBCEDBBBCBB723C89BC9EBBD73B36BB3CBC033BA3BB0C3C5ABC823BAFBB3C3C41BBCD3B613CF63A5DBB903B1C3CD33BAC3B373C64BC6BBBD13CD8399FBBCA3ABE3B44BCC63BC2BB7A3B883BACBC463C54BCC43C7E3B4ABB9EBBC5BB713C9D3CBB3BDABA79BB0A3C223CD0BB473A253C7A3C1C3BD33AF9390E3BD93A1F3B4FBC6C3C1FBB28BCCF3BDCBB68BC19BB643B69BCCEBA7CBC57BC533B88BCA5BBA2BBB93BCF3B8CB9BEBB4DBC4DBA8C3BDE3C84BCDE3BFCBAEDBBB6BB883C29BB853B8B3C99BCC2BC873B953A993C5B3B513BC2BA69BA3DBC6ABCD8BB143C093C3A3A8EBBA73B1A3B6F3A3ABC563AFF3AEF3AFEBB09BC31BBE23B7B3BB1BB8D3B033CD5BB79BB483B85BB1ABCE83B383C82BB6FBB4C3C643B7B3B9A3ACDBBB73C47BCA1BBD43B74BC363C8F3C3D3C41BC19BCE5BB063C9F39BCBA103BFABBF0BBA73CB6BB01BC243BE8BBED3B96BC36BC113C813BF3BBDCBC4EBA42BB093C89BB203C403CACBB7BBCD7BAB23BC43C51389F3A78BC89BC2C3C033BD83B2E3CFA3A19BC0DBC073AAC3C07BC6E3BEC3B613B8EBC1F3C81BC40BC9E3B68BC053CF63B90BCA6BC34BC9E3B143C053B7A3ADABB2D3C81BC383CCF3B843CECBBC33B2D3A873C31BC8ABC52BC023CCC3B97BC90BB073B813CAABA423C9A3B86BB593CCA3C46BCD8BBA0BBA1380B3C433AB53B6BBBAFBB7FBC153BC4BBB63BF93B7DBB433C043CF03AEA3BFD3CA9BB2B3B7BBC30BB21BB833A8B3C843C0E3C45BC10BC083C58BB553B723C2B3CC6BB253B033C2BBB65BC11BC2DBC5C3C56BC4E3BE8BAEEBB28BC8E3CBAB94B3C003C1FBC36BCA3BBD2B80E3C423AA73CF4BB363BFD3BECBB1C3C243C923C093C49BC25BC1DBCB23C6C3B30BBE2BA063BB53C053B5DBC0B3B023A5C3C363C673B983CC8BB3EBC393C1FBC573CD2BA86BA8EBC06BCC5BB3DB977BCE5B930BB5FBC1BBC4A3BA03C82BC62BCD8BB41B9F33AB53A913AF93A7E3B07BC0CBC463C86BCA33C1FBB3C3CB8BA8F3C933BE7BBD33BFDBB35BC1ABB78BB76BC123C7BBB973B9F3B45BCEB3BAA3C5C3B263C47BC7F3B893B2D3C23BCB4BA6F3C83381D3CE5BA88BBEBBB843BD0BBBB3B72BB813CEE3B89BBCBBBB2BCE3BBCE3B27BC48BCA3BA213925BC0DBC123C443C0EBB9DBBC53BBEBB0ABC513B0E3CAA3BB0BB8ABBBABB673AE53B573C16BB723B89BB063AFCBA93BC3DBC743A66BC38BC403B40BC48BA5A3B21BA05BCA9B99FB9A7BB3B3BE6BC1F3C3CBBB0B98BBC4DBBBA3C313CE5BB7A3A8DBC88BC88BC4FBCE83BA3BB873A06BC503B303C883C8BBCBB398C3C803CE6BAD6BC643C1FBB34BB99BBC73B46BC0CBCACBC8B3B8DBC05BAACBB83BB693B13BC2DBAF7BBA93B8F3CC3B9D7BC0C3C06BB913C65BC98BB09BC55BC07BCD3BB13BCDEBB143C273B533C0BBC00BC9FBB23BCE53BB53B193CE9BAF739E4B9133C4F3CD3BC64BCEDBB533A8B3BBA3BB5BB563C473A57BB9FBBEF3BADBC52BC51BBB03B673C8DBC3A3C15BCA93AE9BB34BB27BB62BC643C0C3B573C913B5DBBA7BCAC3B1C3C31BBD6BB883C34BC6FBA073C013CE938EFBB6B3BFE3ABF39B4BC7CB9A4BB24BC99BC75BC9DBCB1BA793BDABBE73B5A3C05BBB93A7A3C423C75BC06BC273C38BC17BC273BF7BBA93C9A3CDCBBCA3B643CA83B99BCB63CF13B58BC503CBEBBBF3B69B95C3CA03C92BB8FBC863CEAB989BB033C4D3AD4BB85BC713C213CF23BE0BB9ABB2CBC47BC02BC863BAABB033CBDBB3E3CDD3728BB10BBFFBBE3BB963C3B3C40BBD7BB6A3C1CBC513C063AD238BABB973B343C193C1C3B39BC24BC983B133C063C7A3CCD3B15BBEEBB08BCCF3AFBBB3ABC1FBB91BC523BA73CFF3B92BC27BC1FBC0B3BE93BC8BA193CF13B4EBCD4BB403C0F3C013C963CF5BBE7BB933B5DBB3E3C503BE93B453B95BC083B7EBA573C65BB49BC443CCABB213C233C1E3B693A2CB7193BA63B5ABC0BBCD33CD1BC2CBC323BB4BB11BCEDBB4D3C943B93BC8A3BA73B183B333C6EBB103A113CB13C94BB97BB09BC083A5B3A86BBFBBB2D3BF93BE13BCEBB3BBCA63BEABA",
      torch_tensor_32_torch.bfloat16_8: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_96_torch.bfloat16_1: "0x02000000A0BC463C0DBD0FBA52BD5A3D05BC02BDB73C0D3CA43C41BDF8BC4D3CB23CEABC12BB9B3BE1BB953CE43C81BC8B3A64BA1DBD7D3B6A3C95BBCCBC1F3B78BC28BB2C3B9DBC983C253D81BBBA3B133B703CEB3C5CBBD2BCE1BC9BBB24BBD6BB8A3BFA3C1D3DD33C87BB67BCC73CE13CCABCAF3B843CA9BA9D3B923B4F3BCEBC82BCE6BC8ABB8D3C21BC353D24BB20BCC6BC5A3C28BDC23C2FBC86BC6FBB3CBB01BD533CE43B62BB9F3C1B3C913C8FBC28BD10BC40BDCF3B0CBD18BC65BC99BC643BD1BCF13C5ABC21BC703CABBC913CF53B7ABC033DFF3B5E3C32BC27BD0D3D163DDDBC913B3F3DEDBCD53AD73B7C3CF4BB51BC1F3CB03CDEBB6CBC1A3D54BDBC3A05BD893CCABB48BBC43A4B3DD6BA3DBDE5BBB63B6F3B25BC9FBC2A3B1A3C94BCFD3CBBBC393CD1BA853CAF3B443CF6BB023CCEBBF5BAA03CF2B992BC92BC61BCCBBB8F3CB53CDD3B7D3C73BCC8BC0ABC9D3C4B3C4DBC193CCDBC00BD2639DABBDF3B573B123BDFBCE9BC923CE5BCAD3CF03C17BD9BBA333D033DB0BB193C9B3CEC3BAABC33BDE1BA2C3CB1BC02BC60BD1D3C1E3DA73BAFBC923CC23C32BAB73B093DDDBC933A63BC25BD9B3C153C563C8EBBCD3C053DF23B22BD5ABCA7BC27BD35BC003D62BCCD3B21BBD1BC5E3C253DFFBBC83B533C87BCDF3CB83B14BD76BA80BC513C903C5E3CB0BCB5BC2B3CD03C3F3CB73C8DBC07BDB83C0ABD303C01BD20BC01BC8D3C43BCEABC4C3A843AF53C97BC3D3B02BD29BCFB3A79BCC5BC8EBC2FBB02BDB1BC6EBC973C4F3C13BCE539B2BB933C01BC36BC6839AABCA43CFC3AEF3B963B163DA1BC35BCDCBC3ABBE7BC96BC6B3CCA3C58BB143DBF3CE4BB823BEABB62BCB73C22BDAEBCAB3C7ABC8F3C2F3BB53C3C3BA9BC533C15BCA9BB75BCD03C66BC50BBC23CD5BC13BD49BD90BBA4BCA2BBBEBC8CBCEEBC5BBCABBC3A3CA43C043D1BBAACBC72BCAD3B333C61BC22BB843C42BC9E3CA33C343CA93C28BCE4BB4EBCA63CB2BCF03C1CBCDE3B253C903C1ABC8DBC533C323D603C893BBEBCB13BC13BC2BC19BC133D223C313B4B3C9ABA5EBCE0BB84BC1638DABB963C863AE1BCA9BCCC3B41BCABBC933CE3BB563C84BB64BC06BD0DBD813AC13C9A3C173BDCBC87BBCCBABC3CF33C88BA84BCA9BCF7BBCBBBBF3C153D973C323C913C0CBCDCBBE9BBFBBAAC3BD73CA7BCAABC5C3C08BD9A3C6BBB313CD5BC0B3CFFBBD33CC73C1D3C0BBD20BC20BCC73BF73C4A3C07BD91BA78BC71BC7CBC9EBC403B7D3C373C80BA4E3C373C9CBC1EBC7FBC4E3C703C4CBCFDBB543DD83BCBBB0ABBB83C41BB28BC0D3DDA3B9DBC8E3CB13CE43C10BB1E3CF43BBF3B9A3C28BBE53CB7BBA2BB483B70BCF8BB913C1DBCAABC68BC233C2FBD1B3C46BDEF3B2E3BB13B1E3BB2BBABBC91BCD93C3EBC8FBCD53CE5BC863C45BC89BC713C67BBD23B7D3C6E3CDFBBC4BB143D213C86BBD03C94BCD73A94BCA3BB79396BBC94BC973CDC3CABBC77BCE7BCF8BC3BBCE73CED3C583C8A3C10BD57BC873C3DBB25BD11BD9F3B93BB2BBC56BB063783BB3FBD02BCF6BA8A3C9BBC9A3C973C3F3CDB3C303B05BD953C713C363B313D3CBBB4BB89BB36BCA4BC13BC04BB743CF8BCA9BC70BC253C2B3D79BAD6BB32BDA3BC0B3DFC3C6BBC473C7ABC9BB9043C8BBCC63CB7BC86BD70BC9A3C0F3D47BBAA396D3D07BD593CB4BBD73CEABC6BBC85BCA63CAA3C3B3C72BB9C3BCFBCAF3C353B34BC4C3C3EBBF5B9A4BC23BC22BCAF3C423C88BB97BAE9BC223CD8BC51BB91BC44BB5FBBBF3A543C973C7BBCAC3C18BCECBB2ABDBEBB273B3E3C01BB133C113D27BD8DBC0D3CC33C6A3C023B9EBC443CF13C923CCA3C1A3D5EBBFB3C48BD18BC2B3C193A353BD4BC0ABD683CD2BB293CFEBC11BDA03C6E3C00BDDD3C313CCA3A90BCCABCCFBCACBCA63CE83C15BCBFBC453C44BBD8BB413BB23C643CA1BBFEBC4CBAD13C673CF3BC01BBBCBCBDBB2C3C3BBDB2BB08BCCDBCA6BC233D02BACA3BB33C333C283B4BBC6F3B8FBCA2BC603C93BCC63CD9BA913C8E3C843C02BD8EBC323BF53C2A3BA9BC0C3C33BCA23BF73C81BC873B3ABC9D3A8B3BEE39993C48BCA83CD9BC2BBC25BC4BBBE3BCE63A3F3C9E3C063BCFBB6DBC9FBCF5BB1EBD373D18BB57BC80BC6BBCBABB733CD83C04BD17BCFB3B35BCCC3B98BC433C7FBBA9BC8B3B1FBB5F3C843C93BC213CF53BAFBC113C23BC1F3BC13C793C16BCEE3A78BB883C073D0F3C653CB83C923C03BC55BB90BC91BBC3BBC2BC593C423B563B043DA1BC593CFB3C273C0C3D343C1CBDB3BCD9BB2DBC0B3AA73C023DEBBC423C5EBC5339853DFA3B4DBD17BD3B3BE5BCA13CA03BB037533CA33B813A23BBAA3C95BB0FBBE23C6BBB613B34BC8F3CBFBC6A3AEA3CA13C3CBC5CBCA2BC00BDDB3B343D6BBB7B3BD3BCC23C01BD0A3BD5BCD1BC96BC153D22BD863ABBBCE63CA5BCA13B363C3F3C8CBB29BD4BBB0A3B8D3C213BC03C1D3C7BBBBE39D63BEEBCF53A793CF43C1DBCA6BC25BB943C283B6ABC1F3CEE3B573C42BC29BCE13C493C9ABB86BCAEBCBA3CCDBCDD39453C94BC8F3BA83C2CBB453CE23AAABB0DBCB63B543C1DBCC0BC8ABC673C3ABCE7BC01BCD73C11BDF1BC63BB3BBCA93B9F3C403C16BC4B3C373D423CECBAD33C173BA53A2F3D013D01BC0CBCAE3C133CA93B1C3B03BCE73BC6BC45BC6EBCAABCC3BAB7BC8ABB49BC913C473CB83B043B72BC103C013DBF3CB13ADCBB423CB03C21BC17BD383C713D81BB573B1C3C293C2F3DBA3C15BD333BB9BCA2BC983A463CFF3C0E3B39BBDEBB92B9A63C1BBCCBBCA4BC713C55BCE6BBB93BD63AD6BCD83B323CF23CD23B94BBC8BC6A3CB53C9D3C8BBC9CBC00BD973CE1BC0D3D2BBBA3BC633C083BE3BA83BC983C7B3BD8BAA43C5E3C2B3C01BAAABC5ABD033AF6BCE03CAC3C50BA7F3C6D3C2DBD55BBA53C3DBC63BC1E3C383BD4BC31BCAFBC99BB963C4D3CCFBB44BC8AB78ABAF03C0E3C9EBCF93B3FBDC63B963C48BC30BD2DBB82BC69BCFD3C213BB1BC31BCFF3BBA3CA3BCEA3CC93B92BC3A3C6EBBBA3CB33C1C3CA3BC3E3CB7BBE43C4DBC1DBD363D8B3C6EBC0A3D6DBBA93B20BCC33C85BA08BDFC3C3DBC2A3CB73CE13B60BC4EBC133C473C9ABC2ABD283CEFBCF9BC993C243C92BBCCBB08BDD13CF8BCA73C863C65BB9E3C0A3C083C44BD43BDBFBCC53AD8BB273B30BCC63B2C3D393B4A3D653D463C1A3DA6BC073C1C3C3E3C57BCA33B423BACBB673DE63CF93A213C8EBCEC3C2E3C173C40BDBE3C0ABB863CFA3BDDBB8B3CCE3C08B9B3BC363DB0BC3DBCE53CE1BCCBBCCF3B4C3C493C023D003CBC3AA13B23BDE2BC5FBC04BC333B73BADBBC143CEFBC15BBE13BCB3AE3BB90BBBDBB8CB954BD283C1F3D07BDF33BD3BC603CB63BED3CC0BCF73B5C3CDCBC963C113B1ABD91BCC6BC0BBCBC3C893C60BA783CB53CC73B193CF43C76BA5DBDAEBC4CBA233C413CF4BB1ABBAEBB183CDBB8043CF1BB05BDEE3C213C0BBD3E3C7ABC123C2A3C32BCBFBB06BD2B3D583A3ABC4BBC44BC2539493C57B9B7BCA73B5BBCB73BEDBB423C0FBD0E3CFCBB833A29BC70BCA8BB8FBC96BCEB3C3DBB843B39BC81BC6DBBF7BCFFBB1DBC9BBC1BBD31BCCEBCAF3C073DD0BC303CAEB9C3BC3CBDD63CD5BAFBBB1A3C82BCCB3C1F3C943CC4BC5E3CFA3B07BC1F3C32BDB13CFB3C9D3C6F3C543BADBA3EBDD7BBB6BB113CAB3B29BBD3BC883CE7BB273DCCBC2B3C063D123DA73B9A3C0C3BE0BC1D3DA43C133C72BCF93C483B763C0FBC1ABCAA3C593C243CCF3C263D583C17BD18BB0FBDB63C2F3C3A3C2E3D943C5CBD0EBD43BBEF3C4B3A94BC3B3C343B11BDE2BC083D17BDF0BB41BC35BD063DCFBA95BA3CBC02BD3DBC2D3CE7BCDC3CCD3B94BC563B8CBCCFBC07BD863C05BB2D3CEEB7973B823C8CBB183C803C2ABD9BBC38BCEDBC2FBCE6BB073D2C3D073C203C7DBBC5BC1D3D16BDBA3AF13B68BC3F3CEFBCB6BC89BBF93C22BD5C3C633C043BE33BB13C913AA63B4D3CD9BCE23B713C103C763C203C72BC7DBC9B3C0D3C17BCF23B153C2C3B4CBC5CBC533BACBC4C3C513D833C20BC833C873CE03C90BCDD3C073D65BB973C9D3CD6BBAEBB3D3DAE3CD6BC073CF33BFFBAD0BC8C3B05BCB0BB31BBA73C963C9EBC04BDD0BC8D3C0EBD653B8E3CBA3BC43BB7BB013D8E3C48BA843C50BB9D3C11BC1FBB6B3CA1BC6E3C013CE239E9BC0D3D2EBC03BDD93C9B3CD9BCB93C613C28BDBE3C6FBC43BC98BCC13BAD3CE73CEEBA843CDB3CDD3CADBA873A7DBCD9BB80BC12BCF3BC703C3ABBE33CA7BC8EBB88BC2EBB0A3D07BDD13C51BC22BC5FBB40BC453DB7BCF6BC98BC50BC323D28BAF63C6DBCFB3C023AC23C25BC013BEBBB38BBD23CE7BCA2BCF83C283C033D4F3ABA3C36BC6FBBC9BC613CE4BC523C69BD1E3C623C04BC50BBA3BBAC3B053DF23C96BAC23CF53BBA3AC93CB9BCB03C3ABB3FBBED3C563C27BCB4BC7D3CE33CAA3A1CBC35BC003C2B3C57BC113DF0BB4EBC40BCA83B4EBCC03C273C43BC24BDB8BC133B8ABB03BC1BBD1C3D34BBBCBC40BD613A90BC863C14BB02BB0F3D99BCB4BB1FBC433C0E3CE73BF9BB473CFFBB4FBC863CB03CFD3B013D11BB8C3C873C553CC03CD1BB0B3C173C53BCC43C57BCD53CFA3CAABA0E3DBCBB10BD203D87BA54BCEC3B3ABD143C253CEC3C8CBC8C3C7C3C39BCBC3BE93C8DB9FE390C3CEF3C623C443CB0BCCDBC4936A83A493B01BDD83CE03CCE3C963C753C3A3B803C663CB23CE43CB2BC28BC95BCE43B30BA353CA4B986BC5CBC15BCFF3BC63BD83CF93CD43CCABA9FBC6A3B563C673C2E3CBABC66BA3B3C41BDF7BC98BCAF3C7C3C013DD4BCFD3C06BA3C3C033DCB3CEBBB0DBBB53C3CBC40BBAA3BEF3BE73CA1BC80BCEABC283CB33C863CD33C6BBD22BD2ABD8DBCC1BC3D3DC73CFC3B013D0EBCB83CF8BCE93B033DA8BC8C3CB13CB73C603CEF3907BCBFBB31BC91BB013C683C5D3CF83CAF3AD2381F3D2DBB4B3D87BCADBB2A3C48BB813C343BB03C41BC973BFAB9013B30BCCEBB65BA553C88BB63BC243CC4BC223C0E3C9FBC88BC363C3A3C3E3C533C3C3C8A3A4BBB63BC22BA33BC823C6ABC00BC0E3C12BB333BE23C0A3B5E3CAB3CD8BB28BDA2BC06BCC23BFBBCDA3AA53C323D0B3CD93CC3BB0D3D7ABC853C023D023CA13C0DBC55BC62BCF63C30BDD03A703CB4BCB7BB173C50BDD43C723BE03A563BB33B5DBCE9BAB2BB363C66B92ABB0B3BD8BC6EBBD63BBE3CF0BCCF3C6D3CFABA213D58BB3DBC27BCB23C613C0A3C2ABCB23B08BD0D3D62BC983C12BC84BC3F3AD8BB2EBC38BC60BBF83AD43C863BD43CD4BC0EBDC13C393CED3C9F3C093D1BBCBABB89BC813C04BCDBBC273BA1BC913B8EBB353D03BC1DBD45BC0E3CAB3B2E3BF53B883B13BDDBBB1B39CC3A813B093C07BD663CBF3C74BC9EBC1E3D2ABCD03C31BB83BCBC3CB83C10399D3C4E3C0ABCAFBCCA3C213C75BCA43CE1BBBFBCE9BCDABBC439ADBBA73A68BCF2BC203C623C913CA73CC03C6EBC5E3A9B3C833C06BCB8BC52BC973CE2BC7DBAA53C99BC213CBD3BC33BF6BB86BB153CCBBB7BBCE43CE4BB0EBCEF3C9B3C91BC50BB093DC63AE83CBD3A923C1B3BAD3C91BC833C3CBCAC3C46BD0EBC413B0DBD10BAD43B81BCFB3B9B3B9EBC1D3C81BC1EBC41BC3F3CA63C783B7DBCE73B88BBDC3C613C9D3C4DBD043D713CB13C0B3C67BB333BAEBC59BC12BD85BCCDBB02BD703C64BC88BC09BA6C3CBE3BF9BC13BCF13CDF3C0A3D4E3B3BBCBD3B4DBCC8BC533A313CEEBB59BBA2BC8B3CCEBAD1BC59BDB93C27BCBB3C253CBBBC2C3A833CFBB92EBC1F3C01BD14BC5A3C243C02BC4E3CF13CE03C81BA8ABC8BBC94BC1FBC10BD303B04BBCC3C05BBEFBBBF3C57BB85BC173B123DCE3CC43B443CCDBA213CE03C6A3C883CCF3C7F3C453CFD3C393CFCBCC63B393C16BD54BC113DC13C8F3C82BBDBBCDB3B99BC443C3C3C01BA0F3DA4B9193CACBB80BC65BC47BC00BD853C8CBB993BA13C91BA8EBD843BC03CF2BCCE3B273CCCBB373CBABC38BDF5BB0C3DEE3C4EBCAC3C71BC913C82BCF83B47BC163D62BB96BBC23B1E3D11BC5FBCBE3B3E3C1E3D2B3D3B3A093A383DD83CC3BBEA3C39BBBC3ABEBBE7BB19BD433C0ABC283C07BD83BCA5BBA93C22BCCB3C71BB27BDD73BAC3BA53CE8BB26BDF73C66BCD13CAE3CAB3CF03B7C3B10BA29BC6D3C853C7A3D173DA63CCA3CBA3CA03CE33B673CD43C313CF3BA5E3CC63C2E3CBBBCBD3CBB3C053D3FBC5A3B48BC493C233C95BC99BC303CC8BB44BD733C52BC103D833C4FBB823B8C3CD6BBB73B97BCEEBBA6BAB3BC82BCA63C17BC2DBCEB3CA1BCED3CB6BC14BDF5BA31BB5ABD70BB0EBDE63B00BC623C1CBBD83CA8BC9539C13C9F3CC13CA8BAF63C353C02BD8DBC0BBC78BC933AB53C093D053D80BA523C4FBD3F3D043CB23CBFBB09BC613C433BB0BA1CBD23BDB6BA29BDF9BB7C3B093C953CA9BCE93C9C3CA0BBE53C39BC05BC8B3CED3BB83B0E3D2E3D34BCC23C9BBBB83C1BBD7ABC42BCFCBBD93C9B3BC43C92BC3B3D51BBB3BCFB3CD33BD83B3C3CF73BE1BBD8BB263CEB3B323CCF3B6DBB993CEB3A503CB93C213CDC3B893C973CA0BBC73CA4BCC0BAA4BC8D3BFC3A763CDABB903BE1BCA4BBD93CF2BB01BBBD3CE0BBD13CDE3BBCBC5ABB32BB38BCC9BC923CF53CACBC73BBA8BC023DBA3A1EBC21BCF43CDF3A9ABC1A3DF53C1EBC55BCE4BCAA3BAD3C68BCB83C2FBDE9BC52BC9EBC5A3C3BBCC23ADF3C0B3DA6BC17BD0EBD3BBD6DBCA3BCA7BC4D3B803B95BCB63C2ABDDA3BCE3C253CD2BBC4BCFB3BB2BCA63A0E3C05BDD5BB763B33BB18BD1CBCA13C9A3C47BC3FBC79BCB03C783B263DD03B323C513C2B3DED3C8FBC203D9B3B8BBC0FBDB23B1EBCC93C74BC893CF23B483C8F3B233C22BCD93C913C39BCA5BC2D3B8FBC01BD08BC293D3DBB423CF53B07BCF13AB03C913C873CC7B96EBC37BC9CBB153C28BCDCBC0B3C9D3AB5BBD33C253C5F3CFBBC503C833B98BC66BCBABCA03C313C81BC563CDDBB67BC053D8BBC8FBC69BC733CB13C393C9DBCAEBB293C313A0B3C12BC2A3C97BC323BC83CD139A73CA13C01BC10BD1ABCB83C47BC58BD26BB51BC9B3A2E3C2DBD56BCC73B06BCDABC0A3C903CA4BC99BB93BAA1BC863CAABC6B3C5D3CA6BC02BB083B4BBCBA3CB53CB0BC24BB8ABB8FBCEF3A1CBC823CF63CEA3CCD3A5F3B38BC2A3B893B46BB513B97BCCCBCE23C9BBCC53C763BE0BBE4BCA7BC6FBCE6BAB43C28BC523CD03C643CC839E63B10BB933C21BA18BCF6B95E3C123C833B053DC13CFC3B243DA83B32BD273BEABB92BBEA3BF9BCF83C403D7D3B4EBC5CBC06BD163C043C243D393B95BC733CE1BC343DA4BC18BC17BDBE3CDA3C6DBCAB3C4A3C86BCB5BBB6BC1EBC8F3B663CC63BDD3C58BBCF3A65BC313D86BB72BB9F3B193DC63B87BCAEBC9ABC27BC17BD473B823C03BD31BC643DDA3CA33AD0BCC83C303CCDBCB33A5E3C833B463CE2BBEABCA1BB6ABBAEBCE5BCF53B9FBCC43B3B3CFD3A23BB213DBCBCD1BCC9BCB1BC7CBC4BBD9BBC46BCBABC3FBD24BC52BD95BC82BC56BDBE3B613C0EBDF53B6E3CAF3B1B3C11BCF73A54BC8FBC943C6F3C5BBCAEBCB0BCBDBC993A993C093C6A3CBF3C173CB03C1C3C3ABCB13C7B3B373C58BCA73CDE3A08BDD13BB3BC21BCCBBB0F3D083CEBBBC4BA96BC16BC923C5B3B0ABD5DBC21BC79BABFBC173C773C6FBA4BBC93BC0DBDA13C84BB5FBCF53CB8BCDF3C763C973C083D8D3C7DB99EBC363C87B962BB1BBC933CD23B6EBCD43CBF3BFBBC2F3D88BB15BD753D0E3A093CE4BCB9BAFD3B183CA4BCD1BCDD3C85BC5A3BC5BBF738D33B2A3AB83B32B8C5BC053D5C3C8A3CF53B8D3C923C2CBD77BC0E3BE53CE73B1F3DAABC1BBC8B3C073DF3BC143D00BCE03C873C1CBD003D40BCDB3CC83C4E3D223CF5BC033D253CDDBB9ABCC93C20BC453C753C563CABBC93B9A93CA13CC43C183C6FB939BDA33AD13B453DC5BC9C3C0EBD803C3A3CD7BC1F3C93BCB4BA5EBC0ABBA33B03BCB53C14BB153C62BBC53A14BB243CEFBC043DA6BCFD3CB4BCD6BCA2BCD83C093CFF3CD9BAB5BCAD3CDF3C03BD2A3C52BCE13C923BF3BC1F3C673CA9BB1E3DB23CA33AC33C4CBD293DC83B1EBD993CD33C9DBCBF3BB23B83BB5ABDE6BC63BCC8BB0C3B8BBCD6BBC7BB9D3C0D3DABBC84BC723C443C803C85BCAF3A023B00BD38BC8B3BBA396E3CC0BC313C87BCEEBB483BA9BB4BBC4DBB5D3C683C73BC363C213CEEBC21BCA23CC2BC3FBCF0BC1D3B993C1FBB913C453C31BCA5BC3FBC0B3C81BC50BA0ABC2B3D6ABD59BC6B3CAE3BFC3C8CBC0BBCBA3C693C9239C0BCF03C10BD89BC79BBD0BAA9BB4F3CBD3BA2BC133D55BC1C3D7D3CC8BA6B3C09BCFDBCD8BB43BC86BC593C183C103D79BC22BDCC3CA0BC8FBCA4BCD8BC593BE83C82BB94BC033C5DBCA9BC893C213DA6BCB93AC53C26BD123D55BCA03B5ABC173C4F3A433CD2BC85BBC2BB20BCFF3B24BB98BC0BBD5D3CF03B3CBCA0BBE4BC9B3AD8BC8CBB0EBC943B043B2E3D9C3C393BD9BCAD382D3D813BD13B97BB853CCA3C3C3C8ABCA8BC3B3CA8BCC33BB13B5D3C823909BB0D3D3BBC15BDC0BCA5BC2DBC0EBD55BCA83CB4BBB53C253CE5392DBA14BBEE3B473CA4BB573B713CDB3CADBC1A3CADBA15BCCEBCA33CE73B1E3B293D2E39AD3CAC3C203B4DBCDA3B",
      torch_tensor_96_torch.bfloat16_1: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_7: "0x02000000B2B91C3ED93C6CBC5D3D1EBE843DE9BD783DF43DFA3D9ABBE0BDD13DAD3C493B143D023DB8BD83BD7E3D8ABC6EBD013EE43BF33D3A3E14BEB1BCC9BD13BE853D",
      torch_tensor_32_torch.bfloat16_6: "0x020000007E3F843F883F5C3F8B3F783F893F7B3F7C3F823F7F3F843F823F823F5D3F563F8D3F4E3F7C3F963F9C3F6F3F913F743F873F813F833F8B3FA03F7F3F783F683F",
      torch_tensor_64_32_torch.bfloat16_1: "0x020000007FBBA53B34BAB93B083C76BC113C7FBA86BB743C75BBA63B213C91BA8D3B5DBB0539C7BBC53BCF3BB03B0C3CE53ABBBB7439EEBA7DBC78BA873CCF3B923C23BC003B3EBB39BC4D3C01BC4C3B50BCEDBB92BCB9BB4BB8173BF53B45BC6FBA27BC34BB693C923B49BC063CE4BB353A353C113C27BC833B9ABB673C063CE4BA043C06BCA73ADE3B05BB4C3B863C2ABB433BBD3B10BA043CEA3A8C3BD9BB22BB99BB563BF63A153CD7BB3EBBEDBB50BCD138403C993B15BB91BBC1BCB7BC01BCB8BCB13C3D3BFB384EBA693CEABBDDBA01BB17BB0EBCF7BAE6BADDBB343C8EBA81BB8E3C1B39763C7E3B3BBC7E3C1A3CB43AAC3C2F3BE2BBB53CC1BB53BB6EBC60BC823C7F3B323C533C3ABB6B3A4ABC313CDB3B423B8EBC9D3B92BCEB3B4E3BFBBBF0BAD9BB873B673C9EBA0ABC22BCBDBC1BBCEFBB8D3BA8BC55BB6D3CABBCC9BB21BCEE3B82BCF8BA963C213C813AFF3BE63A28BCD33A9D3C993B283B2B3C19BB5ABCFC398FBA01BC2E3CD83A133C943C813B573C703A063C0CBC22BB1EBC8B3CA7BB9EBB99BB7DBAC0BBAB3C34BBFF3A293CDFBAC2BC64BB283CDCBBDCBB58BC9B3CFDBB723C343C30BB213B7DBC9E3B41BA5ABCEA3BA4BB2C3CBFBB89BB183C1DBC3B3C803B63BC61BB0E3A96BB453C07BCCDBCE6BB5D3CD43B453C97BB22BCFC3AA3BCD13B8DBC55BB043C86BB08BC85BC0CBC8BBB473CB9B9853BAB3C113CA4BB83BAEA3B0A3CA8BBC0BC353B0F3C3FB99CBA303C4FBC0BBC6BBCEDBBFC3A05BA2DBBAB3B00BB003B963B7F3BF6BB73BBC0BBF63BC23B643B8FBBE5BB683C0A3CABB950BC1D3C8B3B4E3C11BC9BBB423C86BAA03784BC063BC43B383BFDBBC33B88BB44BB42BA143CA23B7BBB153C80BC953B94BA21BC13BC313C223C2ABC6C3C86BBFABA5ABC5B3A97BBD6BB41BB843AD5BB23BCE73B9D3C5DB9F1395EBB4CBC9B39B7390C3C39BCEA3B50BC253CFE3C3BBA373BB93C90BB33BC1E3C9A3CB53C293C873C503C53BCFA3B843CC3BC223B163BED3B523A43BCF6BB47BCAF3C8B3CF73B7BBB43BBC0BACA3C24BA06BC7A3B913B4538B13B58BC1DBCA23CC03BC3BB993B40BC93B9C03B6BBC19BCA73A963C5F3C5F3C333BD5BB6A3B2FBB9DBBBABB0B3C0ABC04BCF3BB0C3B623C6B3B8FBC4A3C803B933B21BC8D3B9ABA6C3B40B9983BAE3BA93B8A3C03BB643B0F3BB638A0BC84BBC43C0B3CF43BF0B9A53A23BB863A04BCCBBA293AF7BB5FBB2B3CA1BB8D3C7CBBE33B903AA23B53BC383B7BBC1ABC31BCB13B61BC92BC7ABC533CA63B183C123BB03B22B72FBB893B9BBB84BC673C043C9C3B49BBA7BBF9BBFBBB0EBC2BBB41BB95BC923C25BC01BC82BC5E3C6B3B0A3C89BB10BC66BCCB3AB8BCF03C05BAB8BB593BE93B2E3CE23BEC3B34382B3B073C8CBC9C3A66BC0F3B163CB9BBC53B823BB8BBFABA50BC083CBDBBCD3C02BB8539ADBAAE3CE13BB43CC9BAB53B323CE13AF5BC323C80BCE73BBC3B263C93BBC3BC753B24BB9E3B1BBC36BC1DBB083B80BC57BA093C003CDEBBE9BAF03B15BC3B3C59BA8BBBA9BC0F3CB23C1FBC283C113A073CC9BB803CDFBB0C3C3CB993BBC4BB6B3B593C803BC23BA8BAFBBAED3A913CBF3B7E3B7FBCEF3BEA3A5F3CC23B8A3A30BB9C3CF33A41BCE63B12BC873C9ABA6ABBF13B1C3C44BC98BBD3BB1E3C713C3DBB53BC523C273AF73BAFBAFFBA963C353C71BC403C2F3C283C223C6DBB173C39BBDD3B16BB49BC2BBAAEBB98BC40BC82BC12BB75BC0E3CAABB1D3B7ABB6AB941BCC3BC823C203C3C3CA2BB8E3B0FBCA93A403B81BCCA3A91BA923CAC3B17BC4ABC8EBB573BFE3B16BAF73B61BB33BBBC3B4B3C773B1B3C293C4CBA8D3A1D3C4B3C7D3C95BA8EBC583C2A3C0DBC63BA81BCB1BBEE3B743AB6BB5E3CECBA2FBC44BC683C13BCCBBA17BC18BCF7BB853B79B9543C7BBCABB991BBA53BDABA30BC79BC533A44BC583B48BCE93BA7BB12BB10BC07BAB4B9853B663B4BBC28BC43BB69BB44BCF9BC1FBB43BA49BA00BCB63A5E3C6BBB153C863BB4BB6B3BDB3A0B3B0D3C4AB8983B13BC9E3CE2BB8DBA573B493CB3BBCABA8E3A463B093CE6BB89BC76BC203CD93B79BCF7BB0D3D9B3C403C503B43BC14BC103C553C193C063DE1BC2D3CD13B07BBAABB053CBCBBC2B990BBE53B1DBC91BCB8BA8EBA58BB6A3B6ABB03BC8A3B98BABFBA53BC7CBB2F3C913C56BBE4BA3BBCA1BC47BB5FBCA3BC98BAA33B2D3CC23B70BB5D3B80BCC839C83C40BC1BBB453B4F3A0DBC7DBB943B1B3C8DBC35BB0DBBFDBB393A23BCC3BA46BC0AB9BA3B5ABB843C123BBC3ADBBB67BC9D3C3CBCD8BA20BC34BCFCBBA83BA53B2A3CB8BBB1BB24BC8CBC46BC1EBB0A3C4D3B10BCEC3A663BF8BAEE3B383C653BEB3BA83B8D3CB1BB923ABF3B123CD1B9643CFB3BC13CA6BB8ABB033C853C503B8DBBE8BB77BB403CF3BB0DBB01BCC13C9C3B1A393B3C553C86BCB1BBAABBF9B846BB933A483B883B5ABC123CD5BB6FBBCEBB2DBC2D3C773C01BB363CE63BA0BC44BCF93B9ABA20BC703C5E3B0C3C22BCA8BB2BBAAD3B4F3C1BBCAABC96BC88BCF7BB863C983B3F3CE13BE13A173B04BCCF3AB63C4A3CC3BB4ABA88BB153C02BCD2BA72BC043B8C3C813B4A3CB73A9F3C61BBB7BB37BC95BA103B183CE83B743A8CBB293CBF3BC4BB35BC70BBAF3B9F3B1BBCBABCE9BBC6BA263C823C4E3CD33C813BC0BB673ABF3AD8BB8ABCA13B013B06BCCD3B013B933C37BB9BBBB73BB0BB18BC6FBCAC3C673BA0BC133CBD3BDFBCE63B15BC073CD63A373C62BB853BF7BB60BCA3BCA73C9C3BB33C2A3C9A3AF2BBA8BBEF3B3EBC433A093A52BCA03B353CAD3BF4BAA9BCA1BB483C10BA943C90BC9EBC133C563C6CBCEDBB1D3A93B91DBB04BB543C01BC4E3B6FBB26BB9F3CBA3C99BCC8BBB13BB6BB153C3CBC0B3B6E3C9C3CFB3A02BCC7BB58BC95BB57BC22BC783CD83B48BB04BCE9BB003B97BCADBC0CBC2DBCE1BC05BC04BC57BC12BCD33B313BF43B71BCABBA05BC75BC423A90BCE73B6A3B82BBD2BBF3BA86BB163B66BC18BC5A3C413B24BC973B87BBBD3BC03B183C3D3CE1BB90BC2B3CF0BB94BB763A56BCEE3B5B3C1CBCB43B473C0DBC923A70BBF33B483CC63B8CBB003CE13B273B8EBBF73B1E3AA33BF63AB53AD43A033C81BBFEBB773B71BC8F3AA9BB503CAFBBC73B2ABC0FBC86BC343C613A013C163C9F3BEA3B053C533C293C6BBC56BC29BCC0BB063CF83B5D3B4F3CBFBB05BC58BBCF3B393C85BC73BC113B46BCB93B58BC6F3BAFBBBFBB153CAFBB913BE6BAAE3C2F3CA2BB83BB6E3C03BC98BBCDBBA83B043C023C00BC823A0ABC88BBC5BA9C399C3B10BC3ABBD7BB333A943A08BB073CDBBBD13AF8B95EBC263CBA3A92BA843CF03B073C5E3A313C033CBFBB25BB573B6A3BA1BC993C1B3B1F3C72BA403A94BCBCBB8A3B12BBD63B83BC8C3C673C2BBCB43CB6BB743AADBBBEBA16BA923C83BB653CACBCC33BDF3C933B87BB1FBCBABBA0BB3A3AF03B8A3C3FBC563A27BBECBB1ABAF53BA13BD23C27BC7DBBD03B83BC563C50BC6BBCCD3A66BB2BBCA4BAF7BB5B3CA23B823CCF3BD13B133C55BC8CBB713C983A56BC033C2FBC523BC43A1FBCB13CE4BBEF39A03C8FBBFC3ADC3C753BA4BA44BC4B3C1C3CDB3AF53BCBBC07BAC13B2ABA703B87BB143CE93B843A443C70BC853BB33B643C4DBB2A3BF3BBF4BB3B3B7CB903BC213C4F3C903C103C78BC43BB59BC663C643BC0388F3C3EBB92BC94BB983C163B18BB2D3B173CD0B9AC3C643C35BCB0BC293C22BBAEBB353C063CD8BBEC3AFF3BA33C2F3C84BA583B3D3B3EBB17BB84B9A0BB503BF13B3BBC38BB85BC5D3C313C6ABBFD3885BC953C633C2CBC5ABB3EBB573C883BF73B17BCE33BC6BC41BB0FBCA03B0FBCCA3B6EBB193BEF3B533C5DBC38BC06BCABBC2FBBC13B5C3C143C2FBCD6BB703B0A3C6FBC533C8D3B493B593C25BC80BC73BCBC3BF93B3BB9643C2BB9DB3BA33C413C093CEEBA9ABC733CA8BC283C193CAA3B3A3CBE3B24BC92B912BB54BBF43B333C423A7D3B27BCF6B9A5BA113C85BB863B5DBCC2BB3E3C4FBC223C373A8CBC5B3B22BCAEBB34BC1B3C29BB33BC08BBC73B933C89BC10BA96BAED3B47BB543CE8BBA6BA03BA5DBC4CBCEBBB26BC623CB23A443A0A3C143C5E3CECBB3A3C983B0C3C8FBBFFBB06BC52BC073A493C36BA873CCF3CB0BC1CBC24BC89BB93BCA33AE13AA13CA03A6E3BA63BA5BBC2BA87BC263A5BBC073B4F3CABBA3F3B5F3B7E3C94BB583C0CBC8DBC2B3CEEBB9BBBD03B4A3A763B50BB88BA8D3C9C3BB63C2B3C0ABCB3BB72BB183BCABB833B643CD53B9EBA263C9C3ABFBB8A3B89B85C3B993B283CD0BAACBB75BA26BC97BC0B3CB5BBD9BB283C85BA2D3B703B483C253C6F3B8ABCA1BB0C3C2F3B593BB3BBD1BBC53B153BAFBB153CC2BCAF3B90BBB83A5C3C923C0A3BD6BB14BB7EB9573C5BBBBE3CCEBB763CC73C5CBAA0BCB2BBE0BB8CBB273B003C943B53BB323CE13B48BB3E3C39BCA4BCA93B2E3C703C643C7C3B8F3A0D3C473BBFBB423A493C1B3C67BC7ABC1ABCE0BC113C3BBCF9BBB6BB633B40BC3B3C053C08BC9C3B04BC513B1DBCA0BA853B51BB753BA2BC903C253BAE3CB53B1CBC10BC8F3B59BB55BC583BBDBBA5BA023CA53BF3BC023ADEBB83BB0CBC02BB36BC60BA6E3C063B03BBC8BB3D3A9DBC543BDFBB153CE33B013CA63C9E3B5CBC26BB6EB9423C38BCD03B923B60BB94BBED3B393CB43B2FBB3F3C333C40BA08BC903AA23BF8BA18BC393B053BEB3BCA3988BC9ABCB1B92DB9C43C94BA683CFBBACE3BECBAD13A443C303BA7BC64BC903C4F3BF33BD03B09BD14394ABC99BB3DBC7DBB3ABCBC3B1B3C9FBB1C3D4C3C25BCEC3B903C17BCF4BB26BBDFBBE13B953C27BC6ABC80BB463AC03C38BC11BBCC3A153C8FB8643C24BC58BC1FBC3B3C8BBB2A3BB53C8DBB323B42BCCABB94BC7BBCBB3A86BC08BCA338E53A6A3B8EBB243C313BA53B343B0A3A0C3D8BBA193C4CB68D3B86BCEF3CC0BAAC390DBB123B58BC9A3C6B3C753B4ABC10BC36BB59BB753CDFBB92BC463B183CFD3B6CBB583C023CDEBBAA3C213B69BCDCBCBDBBA2B8493B57BBE93AD0BB743C2DBC113C8A3B5E3B183C483C693C9DBBFA3B8BBC5EBBAABB8EBC343B153C7B3B263A843B03BC123CF3BB4D3BA93B80BC94BBC6BB9FBC06BC803CBCBB75BC3E3C78BA033BE93A633C293C8ABBDBBBED3B1E3B233CBA3A05BA2BBC053CF33910BC3CBC53BA00BC013B2CBA2CBBBF3B193C24BC393BCA3B033C41BA58BC02BC313C4E3C3F3BCFBB00BB5A3BA43C8A3C2F3CEEBBAC3C33BC96BCF4BBB4BC3DBCFE3B5C3B13BAB13C8BBC813C793C043CE3BBDDBA2CBCCABAF33B92BC913B81BAAFBBC23A713C5B3BBBBA71BA4CBB63BB593C463CA8BB853B96BC053CEABACD3A813C3E3C423A78BCE0BB303C19BBB5BAE53BBF3B723CA6BBC13BC8BC2C3BDFBAF0B94F3B6C3B013B2BBC0CBC39BC323C2D3C2C3A98BB67BC6D3C6B3C42BC2DBB99BC45BC08BB24BC9DBB87BB923CD5BB8B3B75BC93BC9E3BE33BE3BC06BB6C3C31BC193CC237B2BB12BCA3BA7CBC0C3C013CAF3C8DBC11BC36BCDBBB3BBC91BC7BBB88BBCDBB853C813B0F3C5E3C5CBC203B65BA20BB063CB23B493B40BC06BC853B523B3BBC70BC1C3C43BB8C3B00BD203C4E3C083C5EBCA2BB8EBB48BC8EBCE53A0D3C4B3B0EBB46BC54BCBABB02BD273C8ABB1C3C2ABB54BB3A3B253CCB3BDD3B353C473CC8BB61BCA3BB0B3CD33C7DBBB8BBDEBB0DB93F39973BEABB6EBA333C12BC5ABC413B383C",
      torch_tensor_32_torch.bfloat16_5: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_64_torch.bfloat16: "0x02000000A33C033D0F39E33CE63C57BC273C9A3CC9BBADBC503B983CB4BA0ABD84BC843BC63C47BA67BB7FBC45BC0F3C3D3CB73CB03CA63BA53C423CDDBB0D3C06BB393A033D99BBA4BC3BBC23BD92BB7CBB183C843B2ABB62BB99BCDB3CC4BB51BCA9BC0A3B2DBDCC3CFCBBE4BCF2BB02BDBF3B04BD90BBE73CA43CDD3CDA3CE43A0F3C133D093C923C9D3C23BC9338893CEE3B093C8FBC7CBCCA3CEF3C51BB6ABB6EBBD1BC8CBB603C033DBD3B6A3C43BACABAD5BCCE3B613BE13C50BB0CBC17BC16BCA9BB8B3CB9BCED3C1F3CB3BC4CBCE1BB4BBC893B64BB25BCAE3C903C033C833CD93B5C3CE5BC7BBCF43C443C22BC563910BDC43C463D3E3CAA3BD5BC273C123B2D3B85BC7A3C95BCF4BBF3BCEA3BC5BCBCBBA3BC903C283C813C04BC99BCF03B633C833B03BD31BC84BC8CBC29BC003C29BC653C63BC7DBC983C2F3C233AF1BC93BA41BA603CDCB8113A6DBC543B67BCBA3C8D394A3C853CB8BC87BAD6BC7EBC143DF93C23BDA0BCD73A2E3D7C3B3D3C18BC29BD84BC033B893C62BB073D39BD50BC633C1E3CD63B963BBABC5D3C92BC91BC46BB983BE03C8F3CDDBC05BC27BC393C4EBBCF3B2E3D343D23BBB838EFBCBC3C1B3D05BC22BD2F3D3ABCBB3C4D3C403A043C89BC82BB5CBC06BDD1BCF4BB81BA0ABA683C31BCBC3BC23BC93CFABB07BD88BC89BC903C26BDEC3B23BDB23B21BDF6BBD73B563D8DBB1D3CEC3CA1BCCCBC46BB543CA5BC0F3D8E3B51BC26BC03BD43BCEF3C32BCA43C1FBD5C3C06BD013D333C0FBC2A3CD5BC92BAB23BBFBACE3CC0BC7FBB4FBB06BB47BB0CBD9DBCDA3BAEBAA73C4B3DA93C833C893C033B6EBC0DBC1A3C4E3CF9BC06BCBABB1FBD20BB98BCC7BBD8BA60BCE83C2ABC64BC8C3C3F3C48BDBC3C68396D3CBABBCC3CBE3C103D473BB13C7CBC473DCCBC5BBCA43CBCBC4C3C4A3DDF3CBC38C5378AB88F3CB83C283B0BBD3A3C323B273CDDBBA43CA03B5EBCF9BC37BCE2BB213DC5BBB7BCE93C10BC293D34BC623CAEBCA9BC32BCABBC5BBC8ABC88BCBB38953BD23C0D3D5EBCC6BC683CF9BB453C223B55BCECBC36BD77BCD4BB833C6ABBE03BF2BB4CBBDC3CEB3C253C613C0AB992BC3CBC99BC8E3C893B00BDBFBC133CF63CD0BCAABCECBBEA3BD7BC42BD44BD3EBC32BDB13904BC8F3B513C073C9DBC15BC38BBAE3C933C4D3B783CB73BD43CD23BE53C15BC9A3C65BC16BD46BC0FBC033C06BB6FBB18BCAEBC733A17BC3FBD083C63BC823C97BCB03C563C9BBC26BDBEBCC93A69BC883C0C3D93BCA83C30BCB6BB95BCFABC10BC3A3C4FBC35BD8A3C973B87BCF13C2C3D1ABDA4BCC6BC88BB4CBC6B3CC33CBDBAC6BC6DBCD03C7E3CD33B1FBD26BC76BBFEBB3239E5BCB63C193DB93C9B3B663C423BE6BC83BC2E3BE73C92BC973C17BC953CB7BCDF3BB2BC22BBC43B63BB013B4A3CCABC1B3B11BC193BD2BCEF3C413C283DDDBBE73C853B9B3CF4BC9F3C5D3C1DBCD2BCEA3C4EBCDD3C5ABC41BB813C743B173CCBBCC1BC543CC63C3ABBC43ADBBC8E3C9C3C4A3CB83C843C8C3C90BA9DBB9BBCF0BB96BBF1BB8A3C393D96BCF3BC5F3B5BBB503C073D6D3C223C2ABDD63C0EBD163BB63CC33C103C6DBBECBB19BCF53CA3BCB1BBA6BBFCBA003DB7BC613C413CC33C55BC03BD023C5D3C84BB913C0ABBD2BC573CD8BCB5BBB2BB393B443BE3BB613C59B9F03B17BD7FBB29BD05BD173D873CBF3BDF3B10BD923CAB3A06BD063CFC3BDE3B0BBD4FBDC7BC043B9E3B253C633C0FBD243C5EBD193C4B3C913C7F3CE53C3A3B623C533C84BB04BC513C513C6F3C493B1ABDB5BC723B173D76BC423C823CB7BA45BAB8BCAD396CBCC73CBB3B12BD293D82BCB03C063D1D3C5DBC87BC333C05BDB13C9ABCA0BC313D0FBDE5BCFFBC80BB153DEEBB5BBC1A3D543C0EBDA2BCDABC34BCB4BCF5BC08BD8D3BCBBB96BC6DBD90BCEF3C45BC1A3B1F3DB6BBAF3BEABC13BCEEBB4BBB6EBB803CC3BCE93B88BC3F3C5E3B033D9CBC133C1F3C233B7CBC0ABD1A3C913C583C26BC15BD2B3C873C033D63BDBFBC61BC06BDD53AA9BCE73C1ABD75BB6DBC02BDCC3C733CA83C1D3CB73A9B3B3BBCC5BCC83A753CAABC503BC6BB733C1DBB583C843BDFBC86BC1BBD1E3C943CE03C50BCB1BAC73B223DE7BC2BBD2F3C933B923CCC3A20BB003AA43C02BD8ABCA33A793C0D3CB4BC11BC063D19BC1F3D78BCC03C64BCB13C3FBBAF3A1B3D2EBCA5BCBA3B8A3C803CBFBC943C333C043D463B813CC13A2F3BC83C3DBC6A3CFB3CAEBC0CBD513CBBBCCFBCE43C73BC96BC95BBCBBC1ABC413C43B8CBBC313CF5BB38BBA3BC51BB3ABB6A3C003ADC3CC93C5F3C3B3C1A3DB43C863B31BD173C113C25BBBE3C87BC50BC76BD0E3B49BC8C3C533B113D7C3C523CA53B5F3C153DD9BB2E3D90B999BC1BBD17BC18B7BBBC0CBD79BC043AD8BC133CE83CD2BC47BC98BB12BC02BD333D233C1F3C043CBC3C16BC9BBB85BB3E3D4B3C0FBBD83CDF3B4F3C26BD2EBC92BCBA3C203CDFBC8139503C303C193BE13CACBCC1BCC0BCC13C93BC5BBC0E3CABBCF4BBB13AF9B960BA21BC59BCC8BA673CA93CC23CCB3C543C153DB03BC2BC3B3CBF3C443D8ABB20BCA7BA253C723C60BCF43BE9BB47BB4A3C263DB73B80BB933C913C9E3CCC3C533BB83BB7BB79BCA0BC84BB2EBCADBCF53B58BD32BC97BAFE3B3CBCBBBC01BC1EBCF8BB1BBAD1BC3D3CA3BC89BA963C05BD95BC8FBCB9BBA73CA0BBBA3A8FBC9B3C43BCF03CB7BCF3BCF9BC52BC80BCC8BC543BFABC5F3BB1BC67BB5CBD773C143C24BA19BB46BC50BCF53C18BC0FBCCABCE73B94BC3C3AC23B893C5D3BE73BA5BBAD3C953B423C603D943C85BC373C64BBFDB9E2BCDFBB78BC03BD0C3CDB3C363A073CC8BCB0BC2D3DF8B9E83988BCA3BC1ABDE7BABBBC823C0538EE3CAABB15BD903A1C3D243D123C8EBA66BCE63B8B3C29BC193D7CBC9F3C77BBB33CE9BB443CBF39463BE2BC0E3C683C99BB863C933CDE3C643C083D96BCEB3CA0BB74396C3C88BC81BCD9BBDEBADEBB18BB423BBD3C38BC47BC0E3C633CFFBC56BC40BBAE3C16BBF8B797BCB4BBF13C7D3C11BD4DBBED3B243C91BC77BCC7BAD539CB3BD8BCBC3C123D86391FBD533B95BC193DD0BB3F3CBBBC1E3C1F3D233D0DBCC4BC553BE03C0ABA05BD9CBC82BCC6BCB9BCAB3C053B9BBC2BBC813BA4BC3F3CA03BC63CB1BC1ABD9C3CCE3B3ABD76BC45BBED3B91BB89BCA63CAEBC00BDF9BC983B69BA263C1ABB9B3C0C3CDEBAEF3B343C27BD69BDD63CC43B823C383D9F3B953C773C823CE5BC0A3DEDBCE13C90BC5ABCF13B0ABB18BC393CDABA643BBA3C1C3D83BB07BCD9BB513C0EBDA0BB473B8EBCC23C9A39F93C923CB0BCCCBA613C81BD0EBC21BD29BDCB3BAEBC1FBDD0BBEDBC673B663CD4BAABBC4D3CB1390BBB673CC5BC02BC3CBCA4397ABC49BB373D6ABC3ABCF8BBEFBCA33BBBBBA3BB19BCA43BC73C6FBDAB3BCDBCC63C0CBD4CBC8FBB4A3CB03C9EBC3A3D643C093C0E3D913BFE3B06BC13BB02BC993C83BC643C06BB303CB0BC58BCB53CD43C4CBB963B87BC3FBC62BC193C85BB023D54BCC43CE4BCD43BFB3B4B3B31BDC8BC46BDD63C5F3C4CBD8F3C2ABCB3BC2C3D8ABC06BB91BC01BB9D3C153CC5BC47BC4B3C24BCB5BB1D3C553CC73BD03CA03C343D433B483C92BB1FBCC339163AF33BE6BC19BC903B143D773CD4BB93BB5BBC38BC2A3B42BD0FBC97BB3D3C40BD71BC983C01BCA0BBCDBA81BC3B3B963CD53AAB3925BD693B9F3C3B3D08BC853C813C123C0F3CD2BB2CBAF53BE1BC8D3AE33C96BC03B9B5BCF13BE43CC03A02BDF1BC073D033DDFBCBF3CA8BC11BD92BCEDBCB2BCC4BA5BBA58BC19BC043CA63CEABCAABB243C133D123A893CC7BC97BCABBC4ABCBEBC41BC883BFD3CFD3BBE3B263D243C15BD11BD583CCCBB093A7C3D05BD643B0B3DC4BBC33C80BCD4BCCB3C913C53BC333B93BBB33CAFBB39BB22BBE2B88D3B583C603D2EBCC63BB43CCCBC70BB033C2ABD15BD2C3CCB3C95BB033B2C3CDABAB4B9313C9CBBC83CF53CB2BB1A3DA9BC69BC82BC223C4ABCECBB083C88BC2DBB46BB7D3C0ABCEFBC97BC0ABDF13B42BC083CC53CC9BCB33CA83C163D0CBC8E3B44BD0CBD933CE1BCF2BCC73CD6BCA93B7BBC573C72BBC1BC2CBD60BA233CB43B7A3BFE3B9C3C0BBCB4BCD73A803C313CFABCB33BCA3C2E3D0C3A54BC88BC09BD6DBCDABC38BC88BC8FBCC13CBCBC97BC78BACCBB753C7EBC423D4DBC243C44BC4C3C8E3C94BC5FBC89BCBCBC7D3CD8BBEDBB1B3C733B593BA13CB63B24BBB3BC853CF43C83BC52BC28BC38BB493C223C6DBCB83AAC3CCCBBEC3CD1BC59BC233C71BC0FBC4EBCC7BC993B7C3CD2BA2F3C0C3D4DBBBD3AFABC47BDE83C913B7D3C793CA0B96ABBE1BB90BC363C8CBA86BB9B3B983C96BC7DBCF53C5CBB883CFD3B19BC46BD533C4E3C03BC3FBDFAB9D1B931BCC33B2C3CF0BCF7BC1CBBFBBC0E3C3A3D053D573C003D8BBC293A1A3BAC3CB4BC8A3B093C79BC25BC86BCDDBBEEBCE8BC99BB403C773BA1BCAF39D6BB0ABC1FBC9C3B7B3CA43BE83CE53C0E3C5EBC88BCFABC4E3C013C03BC7839EABB943C0B3D0FBD953BB0BC1BBD453CE83B0FBB793BE13CC33C1FBBB53C73BCC1BC09BD0CBDB8BC19BD18BC043CAEBC453C003CE23C9E3A9E3C433CE63C53B914BC8DBCA7BCB23BCABC85BB54BDE73C3F3C0CBDA23BDC3BABBBD8BB0CBDCFBB89BC48BC993A2B3B8ABCA93C953CBABC023DDBBB483C1ABCBE3B1B3AC5BCF3BBA33BDBBB1A3C4E3CECB9FABB363C3C3B87BB88BC23BD0D3DBB3C65BCA5BC4D3C6DBC1CBD223CC9BB8ABC023D203D473C9A3B143D1B3C63BCFD3B11BC523A8D3C4E3D8D3AF13B6F3CE4BC183C163AD1BBC9BC1B3DE8BBF03AB9BC6BBC05BD82BAD7BC9B3CDBBC3EBD52BBA83B9F3AF73C973C873C03BD35BBE1B77DB9EDB91A3D6B3CE63B9B3BA93BC23B053D5B3DC33CB63C37BCECBC3D3C973A2ABD84BBF5BCB6BB8BBC9ABBCFBC70BB3CBDBABCC0BC08BC2D3CCEBC933CCBBC8CBCDBBC1CBDC8BC87BCC1BCD83B833C4EBC5CBC963CBDBBB7BBE33C133C15BA46BB9B3B193D8CBC3B3CA7BC2FBB0CBD293C33BCF7BCF3BB30BC3BBCE7BC56BC993BCE3BAC3C8D3B3FBC16BBDE3A88BC17BACD3C5EBC92BC84BCBFBB96BC22BBF93C663CA73C5CBC09BDF73B45BC04BD04BDA73B28BCB43AB03C763CA53C133D6C3C893CE33B8A3BAFBCAEBBB13CB03B5E3C213DD8BBAABB233CB13B80BC533DF1BAF33C4ABD3ABC453CDC3BF2BBB83B97BC26BBE83CBD3C74BC9DBC123CC2BB3D3DAF3C13BD01BC1EBC1ABD56BC9ABBD43AFB3B8A3BCC3BF33C303BBDBCCC3BED3C26BB1F3B6A3C7CBCF13C0B3C50BBE03C35BC17BDB03B1ABCA73A93BBC7BB84BC513C15BC923CB0BC39BCDD3C85BAE93CF1BAF53C6CBC60BB09BD713B273D35BD35BB973B12BBC63A8638513BBD3CDFBC94BCABBCFFBCA3BBD13CFA3AC0BB45BCFDBA8B3C4E3C453C56BC07BCE73BF3BCE1BC9ABB7FBC603CF9B8873BFB3C443C073BF7BB8B3B7EBAF1BCC7BBF93AB73BEF3B0EBBC0BB03BD5D3C1CBB59BCD5BA873DBB3B073CE03CCABB34BB6E3C47BC55BCBDBCAF3C973AF1B9B9BCB1BC383D9ABBC1BCB13C753CA03CAEBA323BCBBB8F3CBB3B5BBCA0BCE0BCA8BCD13C183C2DBB86BCCF3CE2BC943C0B3C34BC1EBC83BC633C383CDDBCB3BC863C8A3A263B13BC063CB63CAB3BA4BB733B803CD4BCFDBC1B3D963BCE3C98BC9DBC8C3BB3BB8FB9043C0ABCB23C91BB3C3C06BCEABC38BC303C793C28BA20BD9EBC07BC1BBD",
      torch_tensor_64_torch.bfloat16: "0x020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_4: "0x020000002A3C10BDC63C843DB33DBEBD913CD13D46BD5EBD5BBD83BD673B43BD86BBF63D5C3D9EBC733D943D4F3D1C3E49BDBD3D76BDE5BDD33C94BDBDBD403ECF3D14BE",
      torch_tensor_32_torch.bfloat16_3: "0x020000008F3F703F5A3F7B3F6A3F953F7A3F8C3F9B3F673F823F7D3F793F843F823F9B3F8B3F813F7E3F8B3F873F6C3F843F823F9B3F8E3F803F8E3F5A3F7B3F653F583F",
      torch_tensor_32_32_torch.bfloat16: "0x02000000353C173CFB3B28BB033ACF3B80BB933CF03B2CBB333CFEBB49BB013C0EBA0FBB3A3C4FBA553C80BCFEBB7F3BBEBB83BCF2BC513B64BB35BC4D3B82BCC6BB583CD3BB6F3C42B98B3B11BCE83B543B0F3CC4BB823CF1BB3ABB6B3BA8BA67BC0E3C2EBC53BB563C4BBC6EBBDA3CBB3B0239E03A01BC15BB54BC22BB633C7D3B72BB873B4DBB583C20BB843B4E3C61BC863C883BF0BBC3BB6EBB77BCDF3B64BC3ABBB6BA823BC339E2BA18BC6BBCD2BA513B193C7FBC7B3C573C71BC14BBFC3A283CC03A83BC0CBC20BA673BF2BB8F3BAFBC443CC73B063C083CABBAB23AD93B4E3C5F3CC0BBD2BA513B30BC053C27BC71BC893C07BC21BBBF3B29BB55BCF6BBAE3BBC3BDA3B1ABCAA3CEE3B973C1C3B18BB873CB7BCBBBBCABBA7BB2EBC6A3B403BC6BBA03CF2BB03BA46BCF33B023BB9BB0ABCA13AD3BB303B39BC653CC73CD73B1DBCDABA95BC713C2E3A5B3CD3BCF63BEB3B21BC65BBB63B1D3C94BBBC3B0CBA733C553B33BB413CA93AD1BA40BC33BC183C033C59BC783CA73B6C3C6BBB39BBF1BB453CD6BC00BCF8BBB83B083C693CA3BB013BB3BAAD3B333CE7BA0ABC7E3CF33B62BC5F3B33BCF43AE33B473C3ABC8F3CE73A85B953BCB6BBC43B9FBB403B67BCADB9823C98BB173CCE3C07BC70BB82BB64BA4E3C453C673B55BB91BC473CAFBC24BC23BBD7BBBCBC473B52BCBA3A063C55BC25BB99BB103BE43BD03B473C6EBC943B2DBB93BCF7BB3CBC65BA7FBB4ABC1F3C6DBBA2BB933A50BCA63A813C2E3BD0BCD93BF8B8BABB71BC573C833CEF3B483AAABBF1BB393C403C8CBCBCBB2E3CEB3B9E3B7C3C843C113C72BC93B993BC3FBC8ABCFB3BD5BA1E3997BB303C9A39E3BBA33B06BC743C8D3C43BCDD3B2BBCCEBC903B0DBC3E3C4DBCF4BB903C1C3C3F3CA93B56BBBFBC053B9F3B953B503C15BCDC3B28BC093CC93B02BC0D3C0CBC74BC99BCAEBC39BC41BC63BB05BCAC3B543C15BB78BC323C43BC46BBB23B0C3C68BBB93B203C293C8ABB393C37BC50BCA2BBE43B4DBB613BB2BB4BBA593C93BBA2BB1F3BC4BB6DBC71BC11BC8EBB2A3C0DBCE53AD33CD4BB2ABB63BBAFBC9BB9063C2C3C31BC5CBC253C993C3C3CFB3A49BC2B3C41BC42BC95BCE3B946BC0ABC4C3B373B033CC1BA70BB0B3C04BCA13BA83B0DBAC6BC5CBBC93A003C123CA8BC543CB43C6F3C9B3C83BC3EBCC23B3ABC953B07BC013C883C44BC4EBC2DBCC3BC5ABACAB701BB8B3CB5BBF7BB72BB833B8EBAA33B4EBB4FBC993BAE3909BC183CD53B783A353C913B903B893A3DBB01B9CF3B11BBA23BF33A233C3C3AAD3B283C2ABB843BE7BB4C3B3EBB193C393C413BF0BB3F390BBC1F3C2CB9E53B6DBC9EBBF7BA4CBBB83ADC3ADD3B5C3C6FBB46BC413C40BC1F3AB43CCC3C183C42BBE63B4BBB00BC35BB9FBA863C493B843C443C6ABC30BC36BC933C6D3CA53C643C05BBB83BEEBB953B61BB93BB843C2EBCDE3B15BC9A3C33BB56BA6B3C383CDC3B3E3B6EBC683A233A913B6FBBDE3B1A3C5C3A553BAFBC19BB53BC1EBC3D3A79BB9D3AE8BBAFBBD4BB8F3B2FBB8BBC3F3B1EBB3C3C75BC543C0DBCEEBAA13BA93B6739A33CAF3A1CBCEA3B0C3C35BC393C1CBCF8BB3DBCD239123C523BF5BB99BCC9BCC5BC17BC663B88BB8FBB19BC4ABC193C5D3C3E3C9DBB643B463C72BB5BBAB6BB81BCF4BB9A3BF0BA5E3C59BC4ABBE6399CBA27BBAFBBEE388ABB6EBCC9BB49BCCCBB96BCCCBA17BB17BBC93B33BC14BB68BCB9BBA8BB7CBC053AA7B9953B3B3C07BC3ABB203B4FBCFFBA2E3C833B743933BC4CBBDFBB343C5E3C8C3BBD3BAEB9733C243C383B86BCDB3B0DBC6DBBAEBB32BBA3BB06BB4C3AF23B0ABC223B343BF6BBC03B7A3B42BBA83B1DBB8EBC503C56BC453C24BCAD3B25BB4C3B153C06BC5C3B063C263CA63A67BC1E3921BB743C1A3C9F3B963BA8BB51BA323C37BBE03B1D3C653C723A073A5C3CDFBB603CC8BB5DBC26BCE7BC38BCFD3B8BBB3CBC43BCBABBAA3BA03CF4BC453C03BCA0BBE8BB973BDD3A313C803B0DBCFABAA13A0FB85CBC8BBCB73B173CAFBBF83CB8BB643CB83C75BC8FBB6CBC463C05BCA3BCE33B97BBDBBB1EBCBFBCD33B0EBB8E3B973C8DBC2A3CC1BA9CB9ACBAB43BC03CAC3BD5BB1B3B0ABC10BC013C273AAFBB673CDABB673B6A3B7DBC9F3B15BCFBBA123CCC3B12BB61BC303CD4BB00BCD4BBCF3A66B9B7BC833CFCBB7AB95DBC91B9A33C513C413C50BC663CCE3B9B3B9E3B1FBC88BC6F3A3BBC86BB74BC22BCDABB56BBAC3B32BC4B3C88BB54BCB3BB3CBC3C3B93BBA8BC553BFDBBC63C02BC51BC07BC9D3B8FBC35BC18BBADBCAA3BCFBC6F3CAD3B29BB65BC11BBD43B3E3CB83B9E3CA33B953C94BB1C3B04BC643AF73A233C033B333C31BC103C64BBBCBCEA3A37BB09BCE9BA57BCCCBCFD3B263B8DBC8A3CA6BB2EBAF9BB14BBD13B3E3CCE3B753AF4BBE43BF83A1CBCD1BB70BC52BAABBB8BBB44BC3FBC21BC803B863B36BBB53C443C15BC943B643B51BC15BB133C2BBC3DBC093C99BB80BC493C8CBCFCBBDF3BDFBB24BC3C3C023C98BB123C71BC53BC713BBABA4EBAD23B733B193B903BB5BA8A3B6CBC0D3B8BBC013CFBBB50BCCFBB68BB913BDF3BEA3A873C59BC3D3BEC39E6BA8ABB6C3AF93988BC6B3CCD3B39BBA3BA8A3B8CBCE9BB89BB393C373CA5BC313C103C823B9DBB3BBCC5394F3ADE3B433B55BB1E3B73BC6C3CD53B733C53BC663B533CDC3BB83B073CCC3AB0BC5DBB193C19BB01BC9C3B023C97BB953BCE3BFF39613C023C29BCF9BB60BC84BB1FBBC6BC453BB8BC393C6E3AFE3B32BB263C0CBCA63B9C3B0CBBBA3C3B3C18BCFBBBE3B935BB873C263A583CA7BCDDBB693C9BBC613C423C06BCDA3BDABCC53C82BC4C3C25BC673BA6BB46BC253BC6BC",
      torch_tensor_32_torch.bfloat16_2: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_96_torch.bfloat16: "0x0200000091BBF23B86BC293CD1BCD23B893C093D45BCE0BC1FBC833BE0BC1B3B61393CBB5E3C00BB44BD9D3B49BBC43CBBBC5B3BABBC4D3C1C3D82BC0EBCB3BC1D3D7ABC14BD0F3CB33BBA3C2ABC03BC963ACABC87BB693C83B82BBCE83CB4BA013C0FBD273C1EBD3D3D55BCB1BB883B95BCE93C073D07BCA23CBABC16BC9E39A43C793C34BC58BCBC3C803CFBBB4539BBBBFABC633B8FBAF6BC3E3BAEBC57BD643B5DBC203D15BCDFBC9A3B973CBBBCBE3CD6BB84BAFEBB123D2EBCE8BC17BD943C88BB473CF23A503CA0BB14BB553B81BD773C243C633C4B3D5ABC34BC93BCD8BB213C34BCB83C2F3BD5BC32BB76BC9ABB003D99BBC73CA53BDC3B40BC7F3C903C813CBB3C753A8BBC423CB73A2C3C3ABB283B8C3C1E3D87BCAE3C34BC11BCF7BBB8BCAD3B9EBCA6BCA6BCB03CFC3BBF3CA93B3C3CCEBC85BC9F3B213B453C1D3C88BADBBB0F3D3FBBBCBB403C21BB8D3BF53B073CBD3CE4BCCB3CD83C32BC87BC08BD093DF33C2DBC36BC223CC33CB4BC553CCE3C123CC1BBF7BC4DBCB8BBF5BC88BB2B3C1B3CB8B801BCDB3CFDBC9CBC663C92BC0DBD35BC22BC6D3C93BC93BCCBBC99BC0BBCF63C70BC633C4E3D22BC453DA43C5F3CCDBB09BCD1BBF0BBBFBBC93C123CA33CE53ABF3CACBC943C33BC1CBD943B013C843C29BC2F3D3EBBD83ACF3BA43C48BCE83BB2BCBDBCF2BC4C3CB2BC5EBC74BC1F3C063B8C3CBCBBA23C8A3CF43CD83CAD3CA03CA53CC63C013DEC3C76BB9BBA993DF13CCFBB493CEABCF13B853C09BC97BBF13AF6392B3B86BBBA3C723CEE3C0B3C0ABDF83C193CD5BB323C16BDFCBAD23C83BC963B2C3BD83C273DBB3AB9BCD43ACCBC88BCD83C8DBC8ABBB9B999BC7D3C943A79BAD63BCFBBD5BAC13B0A3D13BDE7BBB03C3F3CCABA733C173CDC3C3DBCEBBCED3C9A3BA73CD73C74BC5FBAFEBB15BB47BB393CA739F7BC51BCD7BB963C4FBCB8BC943C84B93E3C6A3BC33C0ABD243C663C65BBECBC0EBD37BC213C90BB28BC22BD943AAFBBDCBBBD3CD33978BCC9BC253D0A3C35BCB13C733C7A3D70BC4C3B00BC103C50BC9F3B0CBDC73B87BB88BCCCBB663C9ABCDF3B473CFA3C74BC9D3C07BD0F3DFABC5B3C12BC99BC893C07BCA6BC84393EBC0D3B43BCB1BCE5BBC63C3ABDB03A443B373DE3BC27BDF83BC7BCE6BC083C903C0C3C97BBA63CB03CC3BAAD3A66BCAC3BBB3C303C86BCA2BC9BBC613B5B3C14BDFDBB093D16BCD93992BC97BCADBB5A3DD7BC553C523B753BB6BC093CB3BCD73CF13805BD36BD25BBBA3BA23CB1BBD23BE53BCFB9503CC83B843C5C3B2D3BBF3BADBB42BC8FBA283C6D3AAFBCFBBBA8BC50BCBF3B62BC883B013C663DEA3CCDBCBD3CB6BCACBC863A213CD03C993B203CEA3C05BD4CBC8C3B893C573CDF3C33BC18BB723C9ABBCA3B8A3BC2BC0D3D573CBF3B613C2F3CDBBC1C3B3FBCCABC913BA33B1A3D54BC903C19BD513C7BBB69BC38BDD3BC08BC9BB976BC7C3CDD3C4EBC12BC0D3D00BDAC3B53BBCE385D3C823C27BCC1BC36BCEBBC083D563CB9BA8E3C08BC11BD0DBDDF3CCCBC8D3A2A3DAC3C9F3C993CBFBB54BB29BDC03C003CDF3C513CC53C363B0E3DAD3CCF3B8F3B003DA3BCD3BC98BC55BB723CCABB8D3C21BB203A083C22BCB2BC81BB563C783C26BD0BBD35BD5BBCAEBB5D3C93BBF53CBF3BB43C51BB263C83BBA83CD6BCED3C15BD2D3CB7BCA73BC23C5A3C4CBC61BCFA3C92BCDD3B1EBB8D3B793B0E3A3BBC9D3C4A3C893CFB3B17BC28BD1A3D013CAD3CB13C5C3CD4BC4D3CC43B2C3D09BD42BC9FBB6EBC433CDD3C63BCBF3CC33CB5BCE23B7B3C90BCBFBB6C3CB03A16BDE3BB20BCE73BE5BC813B4ABCC13CE8BC9CBCD23BCDBC6CBC123B953CB8BC4F3CD9BB593BACBC213CC53C0ABB13BDA2BB11BDD0BCED39033CE0BC34BC75BC74BBD9BC11BCB6BC83BBC43ACE3CC83A34BDE33B2F3CAF3CABBB9D3B7DBBF23C2E3C3E3D45BC2FBC253CF13B54BC38BDDDBB9EBB9E3C9D3C0CBD9DBC293BD0BC9EBC4B3B5E3A97BC133C82BBC5BCAABCEB3CE5BB0BBCECBC66BD853C473D2D3D043C263C4DBBCC3BEB3AB93C92BC06BDAF3B05BC78BC333CF4BB7B3C66BB62BA23BB6A3CBF3C723C703CD33C61BB313B0DBD9F3CDDBC23BC893CC43CAA3C953BF3BC923C313C5BBCE23BBF3CA63CB63C063D8ABC8DBCCBBB13BBB4BCB83CC3BB243CC63C5DBDCB3A9FBB22BDA03B823B363BACBB02BD803C403C9B3C033C053D213D9BBBFF3A9EBC31BCF03C743C11BDD63C46BB98BC403C51BC6BBC8ABC2D3C293CBC3CDCBC123DD33CBC3C0EBDD43BA3BB0C3BA0BB92BA043D623C873CB0BC2BBDE1BC92BC10BA983BBF3CC43C3D3C173D96BC053DE4BCAE3B923C033C33BCCDBC823C0FBC28BC4C3DA13C603BE8BCC2BBFABB903A5EBC953C993B543C923C873C783C2FBDB53C6D3C5B3CA93BD2B9CABC06BDDEB9ECBCFE3BB83CAEBC6DBC8D3C1DBB0BBD01BDCF3C253CCDBC563CECBB29BCED3CF73C8E3C43BC2ABC8CBC043C38BC793CD4BCB7BB6FBCD539BBBC8D3C973CA73B753CF73BAE3C79BCC13C683CABBB4FBB973CF53B81BBD73C163D81BCAFBCF8BC5CBC953C9FBC7FBACBBB513CF03B79BCDABC23BD19BD6B3C6EBDB23C09BD13BCEC3A4FBC0CBCB5BBD4BBFFBC443ADEBCA2BB903C563C07BCF4BC4E3C383C3FBB913CFD3B383CC43A60BCB0BB64BCFF3B7CBBB6BB3BBB27BCDE394C3C743B333C90BCEBBB7ABA9ABC58BB413CF8BCEEBB90BCD23CEFBB763C50BC82BC3F3B003D2F3C193C0A3A70BC033D16BDB13986BCF43C8EBC44BC88BCABBC20BC373B2C3C323CE5BC10BCAC3C233C96BC2F3D20BD523C82BC21B979BB43BC003BBDBCCBBCD53B8BBB753C753DB2BC89BB8BBC7BBC1EBDD53C7A3C5B3AD03CC4BBE4BC433CFCBC18BC1E3D7A3C883BFCBB58BC7D3B59BDD23C99BC643AF83CDBBBA63BF2BB973C1D3D4DBCDDBC983AE43CFCBB293C7CBC853C973CF3BCB33B21BD89BCE1BCBA3C773BCBBBB83C623C093C9239C73C873CE2B958BCAB3B9E3AE13B30BCBE3C96BC473CA43C41BC3C3D2D3C063D80BC05BD29BCD9BA9CBC4C3D403CBCBC2D3B2ABB1CBCBB3B2D3CB8BA3EBDD63C7DBC65BCF23B8FBA963C21BC4B3BB8BB2F3CDCBBE6BC703C8CBBE1BBAABC7DBC563CA7BC05BCB7BC063BC5BCB9BCCABBCA3C1F3C67BC17BB22BCABBB54BC08BC46BB023C22BD11BCDDBC923CE43C9F3BA03A0BBCC53CC83A653C98BCC03B783B4EBC3FBCF4BB4E3B0A3D053DB43C943CCB3C58BDDA3CCA3B4DBC8DBC8ABB6F3C853BB5BCE8BB1A3C82BB33BC0B3C15BCF1BCCB3C50BC0FBD47BBA03CB1BAC7BC6BBB4D3C03BDB93C013CA7B985BC823BA43C9D3B77BCE03C5CBCB6BC993B8CBC12BC66BC893CAB3C023D8F3C0A3B8ABABBBC4C3C0E3D483D9B3BB63C83BCC6BC883C6EBCC1BC88BAB8BCC73A15BCD1BC2EBD713CE0BBC0BC35BDB53CF2B9403C3BBC3C3C81BB32BD063D22BDA5BBC33B023DD8BC963B46BB15BC95BB873C55BC133D15BD3ABB88BC7D3CB3BC403B693AB4BC2EBCEA3AD8BB293D1E3B9EBB4E3B60BC8F3CACBC253D18BD1A3CD7BA073BAB3C503DBB3C8BBA0C3CD03AB6BCE93B76BCC33CC03CA7BB2BBC203DE6BBD23C013D04BD2C3CC3BCC63CDCBBCA3B1CBC083BECBC3D3C4EB9A5BC6DBCC3BC8EBC19BD953C91BBE3BB803C05BC61BCE93BF73B1EBDA6BCE2BCAA3C42BD593BE33BE73C02BDC03BF53B0B3D20BC07BD8C3CB9BAFCBB33BC923CB43CE23C353CFCBBB2BA7A3BB5BC713C783DCCBC133CA8BCACBC163DB9BB4F3AFF3C333C31B8EA3CACBCAB3AE73CECBAFFBC60BDA2BB663C263C9F3BBB3C9B3C1FBB543CBCBCB23C97BB59BB863C14BCA33CEFBB76BC73BBC3BB993BDB3C903C6FBC9ABBA7BC16BCACBB9C3B9EBC84BC023D2BBB9DBBE73AC1BAFF3C11BDA1BC8C3C033DA9BC893C893D0DBD3A3CA2BA10BCDFBC43BC82BC62BC23BCEB3A683C0BBDBE3CE13C363BDABC93BC18BC8DBB8ABC36BB7A3CF13AF4BCB13C5FBC153BC9BBD2BB123B26BD493C183D6EBC853B68BCA9BB3BBC8DBC6BBCD7BC2A3B3FBCA73BD13C093D043D4BBA503C3CBDD33BB83C98BC293C96BC0A3CF83A9A3BBDBBC9BC283B25BC81BC97BC163DA9BCD9BBE43BC83C01BCBD3C673C67BAE23C0EBD5CBB5E3C9C3C873CC2BB893AC83C04BC56BAF1BBE13A2A3C983B5A3C04BD933C893B49BCAD3C403DD1BA7F3C5B3CDCBB193B8E3CB33CD23C1D3D32BC783C353BD8BC2BBCD9BC46BB963B193C9C3CEE3C3CBDE43A603CC83B40BC743C1D3CF6BCB03B2CBB6F3C59BCE23A1EBDE03CA6BC943C833B573C5C3CBE3C483C8CBC10BCF93C91BCBB3CB7BCB7BB3CBC8E3C91BC84BC6ABA25BD93BBD8BC593CAA3CD8BCC53C0EBCD3BC523C5ABC173DA33C93BBFFBA12BD2EBC6F3C703CE9BC9DBCC6BB38BC613AC1BAC9BCD93CBD3B3FBA06BC8E3CDABC5CBC08BC48BC68BCD93CF03BFA3CE9BC333B4ABCBC3B833C9F3B023DB83B0FBBB9BCB7BAC0BBDD3CA73CFB3C93BC31BD963BD0BC7DBCCF3C11BD4E3D4FBC773C063B93BC383C1BBD02BDAE3C33BC333D53BAC93CF43B82BC3C3DDDBC113C283D273C773C71BC52BAA3BCBA3BDC3C883A7D3C113DEFBCF83C373CECBAED3BC9BBCE3CD93CCE3C04BC803CCC3C3F3DB53CC63C653C3BBDC5BC4CBC69BC85BC41BBC7BCE83BE03CAF3C20BD743CEC3C753A573CA73C8BBB5D3B18BD83BC1EBD313B0E3D1F3C43BB213D21BB02399F3B35BCA03C9F3CA93C373B033CF53C9ABCCABB75BB07BD173BE7BB45BCBE3CABBC323CAA3B92BC2F3A0D3C3CBC9E3C093CB83CB43C7C3C09BDDA3BE33C20BBB03BA6BB163CD9BC4BBC173C79BAC0BCA9BC02BDE2BC23BC96BA683CA03C98BC1A3C61BB3A3D3F3BA3BCD6BC03BC603CB2BB473CD7BBC6BB043C0A3C00BD8AB9E53C9C3AD43C8CBC79BC1ABD9ABC463C34BC48BC3ABC5DBC813CA83B29BCBCBC343DC53BDB3CD73B6EBC843D4E3CF83A063D37BC8CBBD6BC68BBEB39CA3C943CF2BAE9BB463CD5BC9CBCBD3CE0BB4F3CEC3C463D18BCAC3C253C523CCC3C643C29BDDDBA0B3CB63C2ABDA3BC92BC3D3C4A3B043DFCBA643B923C62BC893C27BC8DBCC13CF7BCA0BC833C633B943C473CB6BC753C78BBBCBBB73CC0BCAD3C92BC583CC5BCCE3B0EBCAEBCFBBC893B4FBBF2BBC2BCFFBBEC3C8ABC673CD5BA9EBC4D3B5E3CB83C49BCA13BBE3C223C853C8B3CF2BCCC3B56BC3A3C183C1EBA24BD76BBC0BCA33A88BBCC3C0E3DBEBBA33C283C6CBCC83B09BC9CBC683CE63B913B20BB4C3ADEBC253C1A3DF7BCEF3CCB3CE3BB993C66BCB63CFEBC8CBC883B3ABB28BB5C3CCB3B1FBD21BC23BB713C24BD863C6B3BC9BBD5BCEE3C5BBCBABB45BD42BCD33CE03A483BD03C503CA83A9F3CE33B84BB103CB13C08BC63BC43BC8E3C433CCCBC203C0FBD0FBD22BCAC3CC7BBF93AE2BBFEBA90BC8DBC72BBA63C04BD16BD1CBB9E3C58BC233B0DBCF53C533BE53C333C393D38BDE53CDE3B3FBD63BBEA3C7D3C95BCF93C4E3B543C14BB203B72BC993A383C853CDE3C2ABB9C3C96BB183CF1BC96BB4E3CCFBB1A3CAABBFCB78DBC6CBC4C3CF03A8E3C213C8D3B88BC0CBCB13C4F3CE1B7B23C8F3C143D413C3D3CDF3CF63B8C3CE1BB923C25BC823C41BC593D05BB1B3CF13B84BBC8BAACBC863CB33C92BC4E3ABF3C2FBDDA3B27BCD33CC1BC4DBC6C3C33BAF1BC233C35BB4DBC03BD2F3B183D063D8E3C5ABAF03C173B0FBD2DBC06BDE43B3D3CC93C923CD0BCA23CC93B953C5F3ACD3CFBBC12BB403C53BCB03C4EBCB1BB2BBBB93C47BC9DBB6D3C8EBB153DD53BED3CEBBA95BC04BD78BC413C4ABB313CB3BC0DBCFFBBA1BCC2BC0C3D1C3CAEBC3A3CDDBBAA3B86BC72B9723C6B3BAE3CD1BA9EBCF23B1E3DC2BCD23CD0B8863CADB78E3B06BD44BC1F3C0FBC0EBD6ABCDEBC65BCB83CD33CC23C19BD853BF53CF83B8A3C103D4CBC953A27BD91BC203B76BD28BC02BD3DBC48BCAFBBAFBC8BBC3F3C83BB11BCF4BCA9BCE7BCC73C0EBD1D3C67BDB3B8ABBC8FBCF7BC92BB283B92BC3F3C973A1DB73CBC003C513D55BC4FBC313CDB3BE43C52BC703B3EBA243DEB3CEC3CB43CB6BA483C403C423C5CBC993AE239A5BB033D193D06BCB0BCA939BCBC0E3D093D163B513C03BBE1BC26BD5FBA1D3CABBC963C4D3DD5BCC83C783CC8BC34BC1CBC923C0EBC7D3C0D3C7D3CC6B95F3C5EBCBB3BA8BBA83C9D3C073CE8BBDBBC233D253C813C4ABC32BD86BCEDBB9D3CA8BCC33CEFBB85BCDC3CC13CC13CDA3CAD3AE93C2EBB7BBD3DBC593C593CF53C423DE53CBEBA4ABC7B3B103DB83B883CB5BC753C643C533C4CBC73BBA13BC43BD4BC633CA1BC87BC0D3CDA3C4D3C0ABC20BCCEBCF33CFE3C1B3CB43BAC3CE03CEE3C01BC05BD98B9E1BCC7BBF93CD63CE23CCAB9E3BB8FBA6B3C3EBD4CBC4FBCB3BCB0BC8DBCF13B09B6993C263C6EBAC6BB3D3DE3BCA8BAB5BC733C9D3C5EBCA4BCDC3CC1BC8E3B623CD23C193C373C1CBCBA3CA03CCCBCC83C3BBC71BC143C79BD163B1B3DA1BC5F3CC3BBE4BC93BB653D95BC1ABCC93C9DBA3D3CEFBB1C3DF13BCD3C2DBC8C3C0F3B11BCB93C52BC553CD3BCA8BCB8BC373C993CB73BD7BC4EBC9D3B23BC12BDC7BCE2BC58BB0B3D81BC163D62BCF3BC43BC643B823C943B433C3D3C7EBC28BBBBBB263CEDBC8D3CFBBB7D3CE33CE23B79BC1ABBF33C89BC353C10BCDE3CF7BB5FBB503CD8BB95BCE93CDA3A4D3B16BC53BC9ABB413C963AB3BB29BD3B3C223D5ABC0B3DE8BCFB3B9FBCF1BC473C06BAD3BC5B3C783BACBBDA3B3CBCBE3CDD3BAB3C51BD713CCEBC793B153A1DBCEF3BDF3BCE3C87BC06BDB4BC02BCE1BB023C153C1D3D85BC58BB1D3C51BD153D6FBC17BC01BA033BE43C1B3CE7BAFDBBBBBBC1BC1FBD073D363B3ABCA63C413C86BCC7BC44BC51BDF4BBC23B4FBC5ABCD23CC73CD9BC2E3D96BB843C98BC773C5D3D99BB0FBC9A3CB13B42BB0CBC823B5E3C9E3CA9BCBF3C93BCCBBC60BBD1BC883CFABBAB3CD83BBE3CB43C493B83BC103A043C8E3B473CA33B26BCE03C683CE7BCD73CAA3C233C9F3C5D3DA43A9DBC03BC36BD99B8C2BC683CB6BBD43A503C053C953B7DBCBF3BBABBF03CE7BB233C88BC9BBBFF3BF03BE5BC95BC063D5BBC923C513A2A3B6ABC993B843C033D023D4ABC03BBBE3C233C9EBC5A3C283DAC3CE33CD53C903B18BD113D733CC2BBA7BB12BDD7BC3B3C943CACBC1CBBA43BA43C063DDB3BA4BB9F3B7A3BF7BB9F3B173DFF3B4B3B203B1B3C04BCAF3C413B553D8E3CC9BCDFBB9BBC0E3D17BD8FBCEBBB9E3C3D3DF63C8C3C90BB673CC0BCBC3CB0BCBABC6BBC633C7C3BFABB303C56BC903B0D3CA03C1B3B16BCA5B9DCBC5A3D733C8B3CC13A8F391A3D2ABC1FBCB43C913C74BC18BC8EBB5DBC60BC0A3DFBBC8FBBEC3914BCA6BC953CB8BC3F3DB63C65BC5B3B6ABC37BC173C3B3CC1BBE33CAC3C983CB73BACBC62BC28BCC63CC8BC163C563C7C3CED3B15BCAABB363D56BCDFBB7DBCB83C86BC97BB233C98BC843CC33BF73B22BA75B9953CE0BCC9BB8DB9863CD03CAE3C9ABC9ABC60BC41BDB03C8D3ABFBCF4BB81BD79BB253C2DBCB63CF63C053D2EBC87BB203B9BBC4F3C053D02BD4ABC81BC873C31BCD13CC8BB01BC0CBD82BCB03C0D3D743BA73C163DBB3C1D3C5CBC633BE0BBAE3B8ABCAA3C253D43BC1FBC813C863C52BA53BCD83C293CE23C423B793C313C1D3BBFBCB63A0A3CA03C95BC18BDD93BBA3CD43C803C6ABC16BC24BC9D3BE13CC73C1DBCEABCE8BCECBA24BC153DEFBC013CAC3C7D3C163A4FBCB43B9ABC763CE13CDBBB49BCC0BC96BC3F3C1ABD283DFDBC2B3C8A3BBE39C1BB0FBD953C2EBB013C6EBCC0BCB93B0A39CE3BA33BC4BC63BAAA3C093D0D3C18BD573CC43B673B2FBB6FBCAE3C89BC09BD583CFBBC983CB8BBAD3C3ABC56B8FDBB32BD8FBCE33CDCBC3DBC14BCC838613B04BCE2BCAF3B823B95BB4F3CE13C203AD33C223DDB3B4FBBDB3C06BC723C05BD48BCBCBCADBC0C3DB13CEDBB8A3C863D8E3C0E3CBCBBD63CE23ADABC22BBACBB3DBB84391EBD83BCBCBCC43CA23CB5BBEC3C4BBDDABC303C6EBC5DBD383CF63C2DBC51BCFD3C843C1BBC3A3DFA3A9B3B8ABC08BC94BCC13B3ABC0EBD8B3B933C2FBC393BDE3CC73B2BBBDFBC623B91BB1BBB123D0CBCE03BD33B21BD66BCF93AE1BBD73C88BB27BD343BA7BCF6BC1B3D8FBC43BC593C173BE3BC8C391ABD89BCF0BC25BB063D06BCA2BCADBC2CBA9ABCFA3B87BCB9BCD5B9673B063D23BC4A3C5E3C20BC31BBC53B8FBCDD3CE13B4CBC0BBD763BE03C0BBD66BCD9BB273D4C3CD23C37BC91BC31BD88BC4BBB1CBC2E3D293C9B3CA1BBD13C063C07BD923C2BBA0DBDBCBC09BDF53B9FBC3B3CFABB7F3CA73C82BCEBBB0C3CF0BC5DBD933C97BC783CA03B24BDBA3C3DBB4E3B9E3CEBBB35BCE83CFFBCFF3C9BBCF33C80BA093D183D7ABCFBBB7ABCE23B703B3E3C7ABC153DC5BB69BCAEBC22BCFDBBB83C32BC953A69BC68BC00BCEB3C133D54BC8E3C95BBB13CF6BCC83CBF3C273DC2BA41BCFBBB4F3BCFBCA5BC4BBB4DBC673CA0BBC73B763C5EBCBFBCFF39D0BC0D3D2B3C003B6CB9FB3ABA3C423D883CC43B45BCB23BA4BC893CB63BB43CFC3BE8BC0CBCC5BC4C3C07BB11BD22BCFC3A0BBDD5BB49BC6B3C93BC7A3B93B96B3C0BBD43BC94BCA63C",
      torch_tensor_96_torch.bfloat16: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_1: "0x020000009DBD3B3EE4BCDFBC05BE1FBBC1BC91BDED3D303DF3BD99BDBFBDB0BDC6BD22BCD1BD013D24BE3D3E933B223E72BDE83D9B3DF6BD6FBD35BD4BBE9F3D9FBD65BC",
      torch_tensor_32_torch.bfloat16: "0x02000000653F8C3F5F3F643F613F8F3F653F7D3F693F843F713F7A3F8D3F6D3F7A3F753F593F743F6A3F873F803F7F3F8E3F8B3F863F733F823FA33F823F8E3F843F963F",
      torch_tensor_16_32_torch.bfloat16: "0x02000000D43BD93C1BBB06BCB43C983BF8BC58BB063C96BB71BCEA3BA2BB033D8D3B35BCB13B24BDF9BC243B863CA9BCC53C8DBC773B3DBCFEBC893C8FBC193C83BCBB3B19BB55BCB73C0CBC25BD1A3D113C02BD893C9BBC083DD7BCAA3CE7BBC2B99ABC2C3B4ABC123C27BCA93C0B3B84BB2D3C1A3C88BCB9BC83BC893C11B81BBDE4BB24BC4D3C2C3C2B3D03BC2E3D83BA0DBC033AB63BBABB243CF13B71BCC23CE23C26BC093D73BCAFBB1CBD813AA0BCF9BC673CAABC1CBCA2BC0E3CF3BB013C593C433C9DBCAD3CC8BC253D7CBCAEBCCDBC143CA03C0DBD0BBD0EBDBEBCA2BCC63B48BCA53C8FBC0DBCD5BBE23CD83B9C3C9D3AA73C28BC383C843CF33C7FBC53BB20BD393D16BC2F3C9F3CF6BC47BC4FBA133D12BCA0BC58BC2EBCD4BA1BBC133B6D3C9CBC08BC80BC1A3C923C193C713B35BCAA3A163C1BBC86BCC5BB6CBB9F3CF1BC16BC6DBC533C77BC623C43BB52BC323B8ABC7E3C91BCF83B8CBBA7BC42BC14BCA13CED3A0EBB123DB53CC93A963CAC3CFE3BBC3C6E3C0CBC06BC77BCB6BB81BA643BDFBBF0BBCDBBF93C94BA55BCADBA373C043D16BDB83C4C3C3B3C02BDC9BC953C173B20BD3C3D463C053CBD3CA83CA0BCCF3A6F3C0EBD25BB66BC5DBA523C973C4BBC85BC283B8339C23B1EBDB0B8A9BC9EBC1F3B1C3C563C983C9C3C073A8A3A1E3C91BB993C5FBCDABC903B40BA0CBC67BC09BBE83C253CEFBC663C97BC633CD53B803DBA3B9CBC2E3DC23B1E3D63BC1FBA97BC043A47BD7CBCC53C35BC5CBC113C42BBDABA8A3C783C8F3C1BBCAD3A493B13BC1BBC31BC033C00BDF63CC93BBB3C84BC073DA33C8C3C853C773A9EBC8DBC95BB5E3CDEBC173C3FBC54BDA33B023D713A81BC35BCA3BC1D3CCB390EBB3EBD82BB06BC7D3CBA3C1D3D2E3DA3BBA6BC913BDC3CD5BC123DD33B6B3C9BBCA7BABABCB2BC873C6B3B2D3CC3BB263CD8BC07BB823C4DBCCF3B223BADBB52BC193D2CBC263BBF3B9B3B373C02BD593CB3BC84BC78BB463DEFBA4CBC69BC93BCBCBA75BC363CCC3B5DBB82BBD4BB08BDCDBCC7BCFA3C0F3BD43C22BD82BCFCBBAEBC103C423C8F3C4CBC5D3CA93B5ABC443B083C13BC0D3D8C3CAABC77BD27BC3E3D003D213D233D0C3CE43B123CB3BC413C3FBC97BC66BC333C3B3A97BCD33CE2391A3C26BC09BD233C573CB1BCA53C0D3CCFBCECBCD1BBF937C8BC01BC44BC6B3C5ABB2F3B86BB013921BC823C04BB333B443A053C973B15BDABBCD3BC1EBBCC3C0A3BFC3BA2BCC33C223D0DBD23BC633CD7BCF33C0BBBBC3C953C853B0DBC0E3C10BC843CA9BA9F3C5D3BF93C6B3A1BBD723C9EBBB33C243CBE3CD7BBEB3B23BC9C3C4FBD13BBEF3C1E3C35BC6CBCB23CE33BDEBCA1BCB9BC053ADCBC8CBC7EBCA4BC8CBCBC3BCE3B8F3C02BD413A5BBD863C1DBC183C533C22BAE33C43BC84BBA6BA2EBCB43C6B3C363C",
      torch_tensor_64_32_torch.bfloat16: "0x0200000096BB013D233CB73C8E39913B963C863C473898BC063D5EBBC9BC413CFD3C093C9E3B463CA63C023D9F3CFB3CAEBA89BC133DAB3CBC3BD6BCBDBBBCBADABC6D3C003CFABA8CBC243C483B21BBB73B97BC313C34BAE73AC3BB99BC35BC1C3C65BCF2BB073D923C08BCC4BA2D3C83BC9FBB43BC5E3C433D95BB3D3DFABB973B57BCDF3C483C37BDF2BBAD3C4F3B66BD1DBC83BC43BB0F3B16BDB13CA4BB5DBCF4BB4EBC33B8FBB9CABC0DBB133D2ABC4DBC8BBC1F3D183C21BC003D1BB924BCB23CD63C3F3C86BCE73CAC3CB13C8DBC87BC1D3C3DBC773C4B3BBBBC79BC833C52BA41BC6FBCBDBBFDBCF43C04BD853BCDBA8B390BBDCCBBDABCECB904BD693CB73C35BC813CC0BB9EBBB73B2A3D79BBBA3C083D4BBD403AF33BF0BB7DBB4E3CD9BC84BB253C903C1D3D94BC13BD05BD133D00BC8E3A843CC33C86BC9EBC79BCDD3BE63C5CBC503BCE3CCCBB83BBFE3ABF3C713BBE3A12BB3FBCB33C1C3CC33CB03CBF3B03BD013D94BC2EBA21BCA53C17BD6ABC9F3CBE3C023BD33C14BCB8BB38BBA63CAABCB9BC45BA90BBC5BBA4BC033CBCBA8E3B8A3BE3BCBB3C3AB93D3D363CD3BC24BDB73C3D3D08BDD7BBA13C1BBDD6BC0339BEBC1F3D743B373D55BA763CAF3CF8BC9D3C88BCACBC043D87BC12BCAC3CCCBCE4BC6FBB3BBC8EBCE9BABF3C20BDB83B31BCEBBCBA3C34B9E7BCD73C623C19BCFCBCC4BCB2BB303B7DBCD43C223DCDBC1C3D183C38BD0CBD38BD80BCCD3C7C3CF0BC10BA5C3C52BC583C833B3DBC3FBB81BAB43BAF3CD1BBC9BB863CC4BC05BDA1BC06BC0EBC0B3DDABB4DBDED3ACFBA813B83BB5FBCBEBB0E3AF8BC593A103D533A403C273928BC343C9ABCEFBC09BD733C9F3B05BC6E3CDCBA42BC7D3CE3BC64BC31BC113D22BC7BBB4CBC27BCA6BCF0BC94BCF2BC84BC28BCEEBC61BB8D3BE83B933B343CE73CA7BB043DAEB9853AA5BB32BD26BCB3BB9F3BB23B323D923C3DBB4CBD0C3D1F3C2D3DA1BB413CC3BC63BCB53C53BC82BCB1BB81BCFC3CFD3BA5BC323C75BC1C3B473DD7BB8BBBD7BA8DBCF7BC0B3B18BB25BC94BBCC3C61BBE3BCB43B603CEFBC2FBC253DA53CEE3CBB39863CD33CB339C2BB1DBCDE3B40BC04BCA6BC17BC383BD03C7136DB3B683C93BC2B3DB23BBF3C43BC6ABCF9BCACBC523C8A3D6CBCB7BCEDBCC0BB023BAA3C383C8D3B19BCDA3C87BC403C073DA73C6FBC1F3C5BBC63BC49BBE8BC043C74BB4C3C83BCB5BB4B3C8DBA723C8EBCD7BB193C163C4DBCA2BB033D4ABDCC3C9DBC923A04BDD13C913A3E3CA7BBCC3CB0BBBCBB72BBB33C183C25BDB4BC4CBCB63C4DBC853CE7BCA73C60BC3FBD0F3DAABC103D3EBC843CA4BCBB3C49BC363DEE3B963CB83A73BC823C5D3C93BC80BCABBC4CBC873C163DF63C6F3CD53BA1BC86BA913CBCBC783C143CBFBB213C40BC77BC9B3B223C5D3C7DBB333D77BC1FBC873CC6BC703A073C8EBC413D433BB9BC15BAA03C163C7D3C523C02BDD93B513D99BBF33CBD3C733CC3BB353B44BCA63C073C06BD0B3C3FBCD5BB75BC923BCD3A8F3B113DCDBC86BB9CBDC33CDD3A7EBC023D99BC64BC06BD23BD47BC78BCEB3C9EBB753C0A3D20BDC8BB623B783BD2BC733CB53C9ABCD93A8C3C28BD9BBBD2BC2D3C0CBC5EBC6BBB0A3B36BC413B503A52BB5FBC95BBF5BC943B193C1FBBF6BBDC3A1239C8BB983CCE3C363C1F3C5FBB253B943C1ABBFCBBE73CA8BCD93CB0BB94BCF1BCD3BC0D3D893CAA3C74BCAABBA23CD7BCA5BB343C97BC903BC1BC1A3CA53BFD3AD3BC13BD42BC1ABC9C3C133BA13C04BD82BCA73C513CE2BCD3BCABBC0EBD983C14BC49BA823CA8BC3B3C0EBD4D3BB3BC54BB10BD613BEABC1D3ABC3BD63A9C3A8BBBE5BC18BCF1BBEDBCB33A04BA323C843C47BBC63C8CBC193C483B6BBC8D3C993CE23C993C43BC1B3C063D7C3C8339933C5A3CEB3CA7BC103D9A3A5B3B9CBAEABCDCBB70BCFFBC98BC483B84BB0BBCDC39853C9DBC1EBB21BD043C8ABC94BC4EBBBEBBE93C903AD03C07BBA03A403C923A1C3C6FBBBD3BC63C87BCA8BC153CFBBB053C34BD44BC36BC0A3BDF3B273C92BC87BC443B333CB8BCA1BC1ABCEABCB5BC04BD523C943C19BC67BC9E3CEF3ACEBC823BEA3BB03C603C54BC95BB22BC99B974BB073DA63B6E3B313BB33AB9B987BC483C80BAFEBC9639D73C183CB63CAB3AA7BCA3BC9B3B283C93BB00BD683BECBC0EBCDD3C29BCC1BCDDBC233B593B2FBC2B3D0F3C2FBCB83CAC3C443C2ABCC3BC8D3C44BC173D013CBF3C633C38BDC83A653CF53C753CF9BB103C243D983C683CC9BCB73BF8BC0C3C99BC33BAA93CF93B45BBF8BC0BBC8FBC153D913BF73B17BC26B9033C3DBDB93A81BC093C6BBC7BBB8BBBCD3C18BCB53A213C523B1EBC0BBDFEBCAE3C02BC6CBB95BC92BC03BD0C3CD0BC0A3B1EBC5ABCD9BB4DBD613C033C34BC39BD7A3CDBBC9A3A73BC4CBCF7BB143D49BB493CD23CC43C29BA6B3A52BC2C3CCB3CEFBC1C3C873CF43C0539FFBCDFBC7FBCD53C07BDAC3C91BC013D63B9463C7E3A87B9E8B94439163CA3BC33BB603C19BD113CF6BC303DBDBBD43B1F3B42BBAB3C31BC9CBC16BDF2BB8ABC82BC0B3CE23BAEBC423D95BC86BC6E3CC63B36BC2C3B103B1F3D453C09BDF2BC5ABCAFBBA43C1FBC8B3BF73BB53C84BC563BFC3CF63C1D3C033D6B3BE93C8DBC51BB2EBCDB3B86BCBB3C3A3C20BBC1BC0EBC54BC473C923A283C4CBC0BBC40BBC6BAB9BCD1BB953C543CEFBBFABC183C413DB43CC33C803C493C65BC04BAEDBC6D3CE6BC3C3C8D3CF5BC38BC1B3DC8BC013C3CBD223C8DBC303DB43C9EBB5EBB393DB1BC21BD39BD56BDC9BBA3BC9ABB223CE2BC96BBA23CB2BC91BC533D2FBC233B9ABCD0BC5C3BAA3CC13B383C9BBC933BA53C313D51BCBD3BDCBC443C0CBC5EBCC03CEA3C9E3CE5BCA0BB0D3DFCBCE7BB61BC14BC2ABD48BCCDBB2E3DA63B2CBB653C93BCE5BBE53B3DBC06BDFE3BB43C103C053D333D20BCD03C9F3B273C353CD93C4F3C073B3FBC393B753C413BC8BC6DBBEEBBE53C173A53BC783CE3BC243D903CCBBC0C3C2CBCBA3B143CE7BBA8BCC6BCDB3B963CF33CB3BC403C833B09BDC63BB1BC283DAD3CE73B45BC7F3C34BC8DB9DABA1C3CAE3CE6BA543C6BBB363C033CDC3A90BCCC3AE2BBE7BBEFBC383CBCBC0B3B263CFCBC2A3D90BC87BC0C3CC43C1CBD7EBC9B3C553C9D3CD8BC0ABD6EBD6CBC023CB6BC103D63BC5ABCFABB053D30BA53BCC7BBAEBC2ABCB7BC9EBCADBB4A3C1B3B9FBCBD3C2ABDD93BA43CD4BB9DBC553CC4BB21BC6FBCEE3A1A3B2DBCA3BCEC3C4CBC0EBDC2BC873C86BC3C3C67BC81BB9C3C61BC07BD5CBC013CE53C41BA9ABB8DBB09BCB23ABF3C033D80BC05BDFC3B583C183DC2BB61BC4FBC10BC473BACBC27BCB43CB73B3FBCB4BCD2BB883BE4BBDD3C763B933CB63BBD3C6D3BF43C813B3C3D7A3B7F3B9E3CC6BB0BBD353C0ABBE33B253A92BA1CBDDF3C14BDBEBC933CA43C463C193BC83CA5BBAFBCCC3C143C3D3C9C3AFEBA623DBFBC1A39433BAFBB22BDAE3CB53C153BDD3CC7BCF5BCD739A6BC98BCC23C9F3BFCBB9BBCBB3C223B3BBCBCBCBC3C0CBCAABCE5BCECBC223C72BB473C193D953CC23C993CEB3BF1BBF7BCCF3C78BC0FBDB1BA283CFABB4B3CD13C7BBCEEBCFD3C3C3C903CECBB0F3C96BC3D3CC73C71BC6A3CCC3BB03BCC3C17BBA13CEBBB36BB093CEDBCD83CB5BC193D5B3B2C3C04BD113C9D3BAD3BD33C8EBC83BCF23C37BDC9BBFFBCFEBB12BD783C07BC903C13BC213BCFBCB73CDDBCF5B902BB99BC82BBF93A993C073DADBBF83B7A3B3BBA8B3CB3BB433D9C3C1EBBB7BC16BBE73C0F3C073B82BB3DBAECBBA43CF8BCC7BCA6BCCC3C78BC503B54BC453CA0BC82BB82BC2FBC86BB84BCD73B613CD6BC64BDA9BB153C0A3CBD3B2A3D143AA3BC763C11BDBC3C99BC823BFABA223D22BCCFBC6DBC2D3B563B883BEFBA093C383C1F3A43BCE7BC4FBC92BCC53C853C23BCB6BBC5BBA83C76BB8E3BBF3AE3BB6DBC853BE93BD6BC513CB8BC0FBD2C3DCC3B90BB9A3B09BD04BDEEBB363D2FBDBABCF5BC08BCBFBB02BCF738A13CDC3C2D3B3CBCC63978BB923C00BCEDBC913C12BDA3BC173BEF3CBBBCF1BC273CDDBC8B3CCF3BEEBB4F3C1D3CBF3CB83B81BC123C86BC8ABC28BDF3BB9C3CB8BC29BC11BC8DBBE9BC743C8E3C9BBCABBC423C893CE43BE33CA93C04BD48BB28BC23BD03BC8C3B38BBE1BC82BC10BD1ABD3A3C53BBE03BECBB0FBC27BC95BC44BAC03BB4BCCEBC51BC663D163C9ABC943C723C85BBA43CD23B8DBCBDBCDB3A613CAD3B36BB9ABC8BBA023DD93BB2BC753C133D01BC07BC5FBB8FBCB13A69BC2D3D80BC05BD3FBC843C063CC2BA69BB293C6C3A0B3C57BB303BD33CA0BCDCBB463C0A3D6A3C653AE23B7C3C0E3C103D97BBC83B963B3ABDC239C03CC73C4A3CFABC7DBB38BC30BC623CAC3C113CD6BCDD3BEC3CA13B9DBC223C193CC73C8EBB84BA20BBB63BA73C1C3C773C2EBC52BC433B4DBD8A3CDD399FBBC2BBD4BCBF3B493CB8BCD13B7BBCF2BC71BC25BBB73C22BCEEBCBDBC25BA1E3DB6BB7B3B72BCABBCEFBCA4B91BBD613CF03CB33CF9BA903C833C213C3EBD023CD4BCC2BB5D3D18BC90BCA1BC1CBB8ABB8BBADDBC563CE53BCE3C34BDEFB708BCBD3A03BC343CD23CDEBC45BC033D383CE2BC213CBD3CB6BBA33BA3BBFF3C083D233BDCBC213D443C563C163DF5BB8D3C0A3D08BC763B953B59BBB0BC683B7FBCCDBC3DBDA83C2A3CA03CDE3BAABA493C16BCA73CC6BB75BC753B363BCD3BE43CD2BBAC3BDFBC00BD333D143D3B3B513D573DF4394A3D9C3B00BCC53C943C8DBC92BC3ABCA4BC223D0CBC03BC74BC6BBB6D3B173CCEBB6D3AAD3B4D3CFEBBECBC463C023DBA3C13BC8DBC193B413C07BD9FBABE3C553B063C373BF6BAF4BC54BA03BD363DA1BC193DA83C8A3C203D39BCD23BCABC343C583BB0BC8F3B2ABC0BBB22BDBFBC3D3D963C3D3C343CE3BB8C3CAA3C20BC8B3CC33C653C583CD1BC5A3CB8BCA2BC1B3C48BC2BBDCFBCB7BC153CDA3C043DF1BC17BD7A3B1F3D3D3C3138E7BB27BB15BCFABB8F3C3A3C45BC07BDC33C4C3B2B3C5B3A5ABB483B123DD9BB80BAED3C973C0A3D54B9733C9A3A5C3CA7BC153C393CDA3A8E3B97BC41BC72BCB6BB623859BC1BBBC03A19BC42BC5E3C43BC8EBCA83C4D3B1CBB6E3C66BC6BBCF53C833B2B3A12BD03BD25BB4E3C2DBC62BA1C3D21BC313C94BB32BD58BD053D7F3D26BC8ABA833C76BB3D391ABB35377C3A5E3CA93B133C743C8C3B88BB61BCF8BBD33B06BD0E3D1DBC0DBC7E3BA4BC1BBC27BC0C3CBBBB2E3BA3BCFBBC2C3CFA3C483C5BBC253D593C173B823CBDBBDC3ABBBC8EBC42BCDEBC1CBC7ABBBCBAD73CD03C1A3CD73C7EBB5F3C0FBB78BBBD3CA1BB093CE7BC963AC2BB06BD0BBC193DA6BC853BBEBA4CBB4D3CCB3B1A3CE43A93BC503BB8BC043DB33CED3B99BCD1BB503CECBB9F3C1EBDE43B84BC003D86BC97BC8D3C0BBC943C293C60BCA73B2CBC5CBD13BD063C073DF03B09BDBBBBAF3CDDBC213B243D6C3C78BCB33CAC3C19BDC939713A09BCBFBA16BBF1BC97BCB23B0FBB6BBBA3BBDDBC813B663B23BC6ABC613C063B143CEFBC1A3C7ABDBDBC103BA73B0FBD043CBEBCB6BC19BC983A27BC0ABD86BABDBC18BB4CBC3EBCEA3C06BDF93B063C183B68BC2FBC1A3DC83C663AACBCD53C1EBCC93C383CF83C5B3CA2BCF13CE23B1FBC97BC5FBC1A3D28BB25BDC83CCDBC5FBC243CECBB51BD0DBC0ABCB73C9E3CC9BB103D043C05BDEC3B283CFC3B2ABC3DBC2FBC"
    }
  }
#-}
