// Exported by scripts/export-zoo.py (torch-mlir, PyTorch 2.15.0, transformers 5.25.0) as linalg-on-tensors IR, unchanged:
// bloom: BloomModel; input input_ids, bf16
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
#map4 = affine_map<(d0) -> (d0)>
#map5 = affine_map<(d0) -> ()>
#map6 = affine_map<(d0, d1) -> (d1)>
#map7 = affine_map<(d0, d1) -> (d0, d1)>
#map8 = affine_map<(d0, d1, d2) -> (d1, 0)>
#map9 = affine_map<(d0, d1, d2) -> (d0, 0, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map15 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main(%arg0: tensor<1x8xi64>) -> tensor<1x8x32xbf16> {
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant dense<6.250000e-02> : tensor<f32>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_15> : tensor<32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_14> : tensor<32xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_13> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_128_torch.bfloat16_1> : tensor<32x128xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_128_torch.bfloat16_1> : tensor<128xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_128_32_torch.bfloat16_1> : tensor<128x32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_12> : tensor<32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_11> : tensor<32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_10> : tensor<32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16_1> : tensor<96xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_96_32_torch.bfloat16_1> : tensor<96x32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_9> : tensor<32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_8> : tensor<32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_7> : tensor<32xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_32_128_torch.bfloat16> : tensor<32x128xbf16>
    %cst_22 = arith.constant 4.471500e-02 : f64
    %cst_23 = arith.constant 0.79788455999999996 : f64
    %cst_24 = arith.constant dense_resource<torch_tensor_128_torch.bfloat16> : tensor<128xbf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_128_32_torch.bfloat16> : tensor<128x32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_28 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_29 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_30 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16> : tensor<96xbf16>
    %cst_31 = arith.constant dense_resource<torch_tensor_96_32_torch.bfloat16> : tensor<96x32xbf16>
    %cst_32 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_33 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_34 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_35 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_36 = arith.constant 1.000000e-05 : f64
    %cst_37 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %cst_38 = arith.constant 3.200000e+01 : f64
    %cst_39 = arith.constant 3.200000e+01 : f32
    %c1_i32 = arith.constant 1 : i32
    %true = arith.constant true
    %cst_40 = arith.constant 2.500000e-01 : f32
    %cst_41 = arith.constant 5.000000e-01 : bf16
    %cst_42 = arith.constant 1.000000e+00 : bf16
    %c0_i64 = arith.constant 0 : i64
    %cst_43 = arith.constant dense<1> : tensor<1x8xi64>
    %0 = tensor.empty() : tensor<1x8x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %288 = arith.index_cast %in : i64 to index
      %289 = linalg.index 2 : index
      %290 = arith.cmpi slt, %288, %c64 : index
      cf.assert %290, "index must be smaller than dim size"
      %291 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %291, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_37[%288, %289] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %2 = tensor.empty() : tensor<1x8x32xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x8x32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %4 = tensor.empty() : tensor<1x8x32xf64>
    %5 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<1x8x32xf32>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %288 = arith.extf %in : f32 to f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %6 = tensor.empty() : tensor<1x8x1xf64>
    %7 = linalg.fill ins(%cst : f64) outs(%6 : tensor<1x8x1xf64>) -> tensor<1x8x1xf64>
    %8 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%5 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %9 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %9 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.subf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %11 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %10 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.mulf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %14 = tensor.empty() : tensor<1x8x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %288 = arith.truncf %in : f64 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %16 = linalg.fill ins(%cst_0 : f32) outs(%14 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<1x8x32xf32>) outs(%16 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.divf %in, %cst_39 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.truncf %cst_36 : f64 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.rsqrt %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %18 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %20 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.mulf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %cst_35 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %cst_34 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %26 = tensor.empty() : tensor<2xi32>
    %27 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%26 : tensor<2xi32>) {
    ^bb0(%out: i32):
      %288 = linalg.index 0 : index
      %289 = arith.index_cast %288 : index to i64
      %290 = arith.trunci %289 : i64 to i32
      %291 = arith.addi %290, %c1_i32 : i32
      linalg.yield %291 : i32
    } -> tensor<2xi32>
    %28 = tensor.empty() : tensor<2xf32>
    %29 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel"]} ins(%cst_5, %27 : tensor<f32>, tensor<2xi32>) outs(%28 : tensor<2xf32>) {
    ^bb0(%in: f32, %in_107: i32, %out: f32):
      %288 = arith.extf %in : f32 to f64
      %289 = arith.sitofp %in_107 : i32 to f64
      %290 = math.powf %288, %289 : f64
      %291 = arith.truncf %290 : f64 to f32
      linalg.yield %291 : f32
    } -> tensor<2xf32>
    %30 = tensor.empty() : tensor<8xi64>
    %31 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%30 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %288 = linalg.index 0 : index
      %289 = arith.index_cast %288 : index to i64
      linalg.yield %289 : i64
    } -> tensor<8xi64>
    %32 = tensor.empty() : tensor<1x8xi64>
    %33 = linalg.generic {indexing_maps = [#map6, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%31, %cst_43 : tensor<8xi64>, tensor<1x8xi64>) outs(%32 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %288 = arith.muli %in, %in_107 : i64
      linalg.yield %288 : i64
    } -> tensor<1x8xi64>
    %expanded = tensor.expand_shape %33 [[0], [1, 2]] output_shape [1, 1, 8] : tensor<1x8xi64> into tensor<1x1x8xi64>
    %expanded_44 = tensor.expand_shape %29 [[0, 1]] output_shape [2, 1] : tensor<2xf32> into tensor<2x1xf32>
    %34 = tensor.empty() : tensor<1x2x8xf32>
    %35 = linalg.generic {indexing_maps = [#map8, #map9, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %expanded : tensor<2x1xf32>, tensor<1x1x8xi64>) outs(%34 : tensor<1x2x8xf32>) {
    ^bb0(%in: f32, %in_107: i64, %out: f32):
      %288 = arith.sitofp %in_107 : i64 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x2x8xf32>
    %collapsed = tensor.collapse_shape %35 [[0, 1], [2]] : tensor<1x2x8xf32> into tensor<2x8xf32>
    %expanded_45 = tensor.expand_shape %collapsed [[0], [1, 2]] output_shape [2, 1, 8] : tensor<2x8xf32> into tensor<2x1x8xf32>
    %36 = tensor.empty() : tensor<2x1x8xbf16>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x1x8xf32>) outs(%36 : tensor<2x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<2x1x8xbf16>
    %38 = tensor.empty() : tensor<1xi64>
    %39 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%38 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %expanded_46 = tensor.expand_shape %39 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_47 = tensor.expand_shape %31 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_48 = tensor.expand_shape %31 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %40 = tensor.empty() : tensor<1x1x8x8xi1>
    %41 = linalg.generic {indexing_maps = [#map10, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_48, %expanded_47 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%40 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %288 = arith.cmpi sle, %in, %in_107 : i64
      linalg.yield %288 : i1
    } -> tensor<1x1x8x8xi1>
    %42 = linalg.generic {indexing_maps = [#map13, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %41 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%40 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %288 = arith.andi %in, %in_107 : i1
      linalg.yield %288 : i1
    } -> tensor<1x1x8x8xi1>
    %43 = tensor.empty() : tensor<1x1x1x8xi1>
    %44 = linalg.generic {indexing_maps = [#map14, #map15, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46, %expanded_48 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%43 : tensor<1x1x1x8xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<1x1x1x8xi1>
    %45 = linalg.generic {indexing_maps = [#map12, #map10, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %44 : tensor<1x1x8x8xi1>, tensor<1x1x1x8xi1>) outs(%40 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %288 = arith.andi %in, %in_107 : i1
      linalg.yield %288 : i1
    } -> tensor<1x1x8x8xi1>
    %46 = tensor.empty() : tensor<1x1x8x8xbf16>
    %47 = linalg.generic {indexing_maps = [#map12, #map13, #map13, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_3, %cst_2 : tensor<1x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%46 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_107: bf16, %in_108: bf16, %out: bf16):
      %288 = arith.select %in, %in_107, %in_108 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x1x8x8xbf16>
    %48 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<1x8x32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48 : tensor<1x8x32xf32>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %288 = arith.extf %in : f32 to f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %50 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%49 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %51 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%50 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %52 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49, %51 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.subf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %53 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %52 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.mulf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %54 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%53 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %55 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %56 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %288 = arith.truncf %in : f64 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%48 : tensor<1x8x32xf32>) outs(%16 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.divf %in, %cst_39 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.truncf %cst_36 : f64 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x1xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.rsqrt %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %61 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %58 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %60 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.mulf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %cst_33 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %cst_32 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_49 = tensor.collapse_shape %65 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %66 = tensor.empty() : tensor<32x96xbf16>
    %transposed = linalg.transpose ins(%cst_31 : tensor<96x32xbf16>) outs(%66 : tensor<32x96xbf16>) permutation = [1, 0] 
    %67 = tensor.empty() : tensor<96xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_30 : tensor<96xbf16>) outs(%67 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<96xf32>
    %69 = tensor.empty() : tensor<8x32xf32>
    %70 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_49 : tensor<8x32xbf16>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %71 = tensor.empty() : tensor<32x96xf32>
    %72 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<32x96xbf16>) outs(%71 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32x96xf32>
    %73 = tensor.empty() : tensor<8x96xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %75 = linalg.matmul ins(%70, %72 : tensor<8x32xf32>, tensor<32x96xf32>) outs(%74 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%68 : tensor<96xf32>) outs(%73 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x96xf32>
    %77 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%75, %76 : tensor<8x96xf32>, tensor<8x96xf32>) outs(%73 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x96xf32>
    %78 = tensor.empty() : tensor<8x96xbf16>
    %79 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%77 : tensor<8x96xf32>) outs(%78 : tensor<8x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x96xbf16>
    %expanded_50 = tensor.expand_shape %79 [[0, 1], [2, 3, 4]] output_shape [1, 8, 2, 3, 16] : tensor<8x96xbf16> into tensor<1x8x2x3x16xbf16>
    %extracted_slice = tensor.extract_slice %expanded_50[0, 0, 0, 0, 0] [1, 8, 2, 1, 16] [1, 1, 1, 1, 1] : tensor<1x8x2x3x16xbf16> to tensor<1x8x2x1x16xbf16>
    %collapsed_51 = tensor.collapse_shape %extracted_slice [[0], [1], [2, 3], [4]] : tensor<1x8x2x1x16xbf16> into tensor<1x8x2x16xbf16>
    %80 = tensor.empty() : tensor<1x2x8x16xbf16>
    %transposed_52 = linalg.transpose ins(%collapsed_51 : tensor<1x8x2x16xbf16>) outs(%80 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %extracted_slice_53 = tensor.extract_slice %expanded_50[0, 0, 0, 1, 0] [1, 8, 2, 1, 16] [1, 1, 1, 1, 1] : tensor<1x8x2x3x16xbf16> to tensor<1x8x2x1x16xbf16>
    %collapsed_54 = tensor.collapse_shape %extracted_slice_53 [[0], [1], [2, 3], [4]] : tensor<1x8x2x1x16xbf16> into tensor<1x8x2x16xbf16>
    %transposed_55 = linalg.transpose ins(%collapsed_54 : tensor<1x8x2x16xbf16>) outs(%80 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %extracted_slice_56 = tensor.extract_slice %expanded_50[0, 0, 0, 2, 0] [1, 8, 2, 1, 16] [1, 1, 1, 1, 1] : tensor<1x8x2x3x16xbf16> to tensor<1x8x2x1x16xbf16>
    %collapsed_57 = tensor.collapse_shape %extracted_slice_56 [[0], [1], [2, 3], [4]] : tensor<1x8x2x1x16xbf16> into tensor<1x8x2x16xbf16>
    %transposed_58 = linalg.transpose ins(%collapsed_57 : tensor<1x8x2x16xbf16>) outs(%80 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_60 = tensor.collapse_shape %transposed_55 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %81 = tensor.empty() : tensor<2x16x8xbf16>
    %transposed_61 = linalg.transpose ins(%collapsed_60 : tensor<2x8x16xbf16>) outs(%81 : tensor<2x16x8xbf16>) permutation = [0, 2, 1] 
    %collapsed_62 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %82 = tensor.empty() : tensor<2x1x8xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x1x8xbf16>) outs(%82 : tensor<2x1x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<2x1x8xf32>
    %84 = tensor.empty() : tensor<2x8x16xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x8x16xbf16>) outs(%84 : tensor<2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<2x8x16xf32>
    %86 = tensor.empty() : tensor<2x16x8xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_61 : tensor<2x16x8xbf16>) outs(%86 : tensor<2x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<2x16x8xf32>
    %88 = tensor.empty() : tensor<2x8x8xf32>
    %89 = linalg.fill ins(%cst_0 : f32) outs(%88 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %90 = linalg.batch_matmul ins(%85, %87 : tensor<2x8x16xf32>, tensor<2x16x8xf32>) outs(%89 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x8x8xf32>) outs(%88 : tensor<2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.mulf %in, %cst_40 : f32
      linalg.yield %288 : f32
    } -> tensor<2x8x8xf32>
    %92 = linalg.generic {indexing_maps = [#map9, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %91 : tensor<2x1x8xf32>, tensor<2x8x8xf32>) outs(%88 : tensor<2x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<2x8x8xf32>
    %93 = tensor.empty() : tensor<2x8x8xbf16>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x8x8xf32>) outs(%93 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_63 = tensor.expand_shape %94 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %95 = tensor.empty() : tensor<1x2x8x8xbf16>
    %96 = linalg.generic {indexing_maps = [#map12, #map16, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63, %47 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%95 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.addf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x2x8x8xbf16>
    %97 = tensor.empty() : tensor<1x2x8x8xf32>
    %98 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%96 : tensor<1x2x8x8xbf16>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %99 = tensor.empty() : tensor<1x2x8xi64>
    %100 = linalg.fill ins(%c0_i64 : i64) outs(%99 : tensor<1x2x8xi64>) -> tensor<1x2x8xi64>
    %101 = linalg.fill ins(%cst_1 : f32) outs(%34 : tensor<1x2x8xf32>) -> tensor<1x2x8xf32>
    %102:2 = linalg.generic {indexing_maps = [#map12, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%98 : tensor<1x2x8x8xf32>) outs(%101, %100 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %288 = linalg.index 3 : index
      %289 = arith.index_cast %288 : index to i64
      %290 = arith.maximumf %in, %out : f32
      %291 = arith.cmpf ogt, %in, %out : f32
      %292 = arith.select %291, %289, %out_107 : i64
      linalg.yield %290, %292 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_64 = tensor.expand_shape %102#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %103 = linalg.generic {indexing_maps = [#map12, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%98, %expanded_64 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %104 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103 : tensor<1x2x8x8xf32>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.exp %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %105 = tensor.empty() : tensor<1x2x8x1xf32>
    %106 = linalg.fill ins(%cst_0 : f32) outs(%105 : tensor<1x2x8x1xf32>) -> tensor<1x2x8x1xf32>
    %107 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%104 : tensor<1x2x8x8xf32>) outs(%106 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x1xf32>
    %108 = linalg.generic {indexing_maps = [#map12, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%104, %107 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.divf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %109 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%108 : tensor<1x2x8x8xf32>) outs(%95 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_65 = tensor.collapse_shape %109 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %110 = linalg.fill ins(%cst_0 : f32) outs(%84 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %111 = linalg.batch_matmul ins(%collapsed_65, %collapsed_62 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%110 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %112 = tensor.empty() : tensor<2x8x16xbf16>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x8x16xf32>) outs(%112 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_66 = tensor.expand_shape %113 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %114 = tensor.empty() : tensor<1x8x2x16xbf16>
    %transposed_67 = linalg.transpose ins(%expanded_66 : tensor<1x2x8x16xbf16>) outs(%114 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_68 = tensor.collapse_shape %transposed_67 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %115 = tensor.empty() : tensor<32x32xbf16>
    %transposed_69 = linalg.transpose ins(%cst_29 : tensor<32x32xbf16>) outs(%115 : tensor<32x32xbf16>) permutation = [1, 0] 
    %116 = tensor.empty() : tensor<32xf32>
    %117 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_28 : tensor<32xbf16>) outs(%116 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_68 : tensor<8x32xbf16>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %119 = tensor.empty() : tensor<32x32xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_69 : tensor<32x32xbf16>) outs(%119 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32x32xf32>
    %121 = linalg.fill ins(%cst_0 : f32) outs(%69 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %122 = linalg.matmul ins(%118, %120 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%121 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %123 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%117 : tensor<32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%122, %123 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %125 = tensor.empty() : tensor<8x32xbf16>
    %126 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%124 : tensor<8x32xf32>) outs(%125 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x32xbf16>
    %expanded_70 = tensor.expand_shape %126 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %127 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %expanded_70 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.addf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<1x8x32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<1x8x32xf32>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %288 = arith.extf %in : f32 to f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %130 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %132 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %131 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.subf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %132 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.mulf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %134 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%133 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %288 = arith.truncf %in : f64 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%128 : tensor<1x8x32xf32>) outs(%16 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.divf %in, %cst_39 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.truncf %cst_36 : f64 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x1xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.rsqrt %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %138 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %140 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.mulf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %cst_27 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %cst_26 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_71 = tensor.collapse_shape %145 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %146 = tensor.empty() : tensor<32x128xbf16>
    %transposed_72 = linalg.transpose ins(%cst_25 : tensor<128x32xbf16>) outs(%146 : tensor<32x128xbf16>) permutation = [1, 0] 
    %147 = tensor.empty() : tensor<128xf32>
    %148 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_24 : tensor<128xbf16>) outs(%147 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<128xf32>
    %149 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_71 : tensor<8x32xbf16>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %150 = tensor.empty() : tensor<32x128xf32>
    %151 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_72 : tensor<32x128xbf16>) outs(%150 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32x128xf32>
    %152 = tensor.empty() : tensor<8x128xf32>
    %153 = linalg.fill ins(%cst_0 : f32) outs(%152 : tensor<8x128xf32>) -> tensor<8x128xf32>
    %154 = linalg.matmul ins(%149, %151 : tensor<8x32xf32>, tensor<32x128xf32>) outs(%153 : tensor<8x128xf32>) -> tensor<8x128xf32>
    %155 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%148 : tensor<128xf32>) outs(%152 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x128xf32>
    %156 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%154, %155 : tensor<8x128xf32>, tensor<8x128xf32>) outs(%152 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x128xf32>
    %157 = tensor.empty() : tensor<8x128xbf16>
    %158 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%156 : tensor<8x128xf32>) outs(%157 : tensor<8x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x128xbf16>
    %expanded_73 = tensor.expand_shape %158 [[0, 1], [2]] output_shape [1, 8, 128] : tensor<8x128xbf16> into tensor<1x8x128xbf16>
    %159 = tensor.empty() : tensor<1x8x128xbf16>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.mulf %in, %cst_41 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.truncf %cst_23 : f64 to bf16
      %289 = arith.mulf %in, %288 : bf16
      linalg.yield %289 : bf16
    } -> tensor<1x8x128xbf16>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.truncf %cst_22 : f64 to bf16
      %289 = arith.mulf %in, %288 : bf16
      linalg.yield %289 : bf16
    } -> tensor<1x8x128xbf16>
    %163 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %expanded_73 : tensor<1x8x128xbf16>, tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.mulf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.addf %in, %cst_42 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %164 : tensor<1x8x128xbf16>, tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.mulf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = math.tanh %in : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.addf %in, %cst_42 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %167 : tensor<1x8x128xbf16>, tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.mulf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %collapsed_74 = tensor.collapse_shape %168 [[0, 1], [2]] : tensor<1x8x128xbf16> into tensor<8x128xbf16>
    %169 = tensor.empty() : tensor<128x32xbf16>
    %transposed_75 = linalg.transpose ins(%cst_21 : tensor<32x128xbf16>) outs(%169 : tensor<128x32xbf16>) permutation = [1, 0] 
    %170 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_20 : tensor<32xbf16>) outs(%116 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32xf32>
    %171 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_74 : tensor<8x128xbf16>) outs(%152 : tensor<8x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x128xf32>
    %172 = tensor.empty() : tensor<128x32xf32>
    %173 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_75 : tensor<128x32xbf16>) outs(%172 : tensor<128x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<128x32xf32>
    %174 = linalg.matmul ins(%171, %173 : tensor<8x128xf32>, tensor<128x32xf32>) outs(%121 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %175 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%170 : tensor<32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %176 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%174, %175 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %177 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%176 : tensor<8x32xf32>) outs(%125 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x32xbf16>
    %expanded_76 = tensor.expand_shape %177 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %178 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %expanded_76 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.addf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %179 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178 : tensor<1x8x32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<1x8x32xf32>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %288 = arith.extf %in : f32 to f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %181 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%180 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %183 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %182 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.subf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %184 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183, %183 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.mulf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %185 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%184 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %187 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %288 = arith.truncf %in : f64 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%179 : tensor<1x8x32xf32>) outs(%16 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.divf %in, %cst_39 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.truncf %cst_36 : f64 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x1xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.rsqrt %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179, %189 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %191 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.mulf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %cst_19 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194, %cst_18 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_77 = tensor.collapse_shape %196 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %transposed_78 = linalg.transpose ins(%cst_17 : tensor<96x32xbf16>) outs(%66 : tensor<32x96xbf16>) permutation = [1, 0] 
    %197 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_16 : tensor<96xbf16>) outs(%67 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<96xf32>
    %198 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_77 : tensor<8x32xbf16>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %199 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_78 : tensor<32x96xbf16>) outs(%71 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32x96xf32>
    %200 = linalg.matmul ins(%198, %199 : tensor<8x32xf32>, tensor<32x96xf32>) outs(%74 : tensor<8x96xf32>) -> tensor<8x96xf32>
    %201 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%197 : tensor<96xf32>) outs(%73 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x96xf32>
    %202 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%200, %201 : tensor<8x96xf32>, tensor<8x96xf32>) outs(%73 : tensor<8x96xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x96xf32>
    %203 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%202 : tensor<8x96xf32>) outs(%78 : tensor<8x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x96xbf16>
    %expanded_79 = tensor.expand_shape %203 [[0, 1], [2, 3, 4]] output_shape [1, 8, 2, 3, 16] : tensor<8x96xbf16> into tensor<1x8x2x3x16xbf16>
    %extracted_slice_80 = tensor.extract_slice %expanded_79[0, 0, 0, 0, 0] [1, 8, 2, 1, 16] [1, 1, 1, 1, 1] : tensor<1x8x2x3x16xbf16> to tensor<1x8x2x1x16xbf16>
    %collapsed_81 = tensor.collapse_shape %extracted_slice_80 [[0], [1], [2, 3], [4]] : tensor<1x8x2x1x16xbf16> into tensor<1x8x2x16xbf16>
    %transposed_82 = linalg.transpose ins(%collapsed_81 : tensor<1x8x2x16xbf16>) outs(%80 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %extracted_slice_83 = tensor.extract_slice %expanded_79[0, 0, 0, 1, 0] [1, 8, 2, 1, 16] [1, 1, 1, 1, 1] : tensor<1x8x2x3x16xbf16> to tensor<1x8x2x1x16xbf16>
    %collapsed_84 = tensor.collapse_shape %extracted_slice_83 [[0], [1], [2, 3], [4]] : tensor<1x8x2x1x16xbf16> into tensor<1x8x2x16xbf16>
    %transposed_85 = linalg.transpose ins(%collapsed_84 : tensor<1x8x2x16xbf16>) outs(%80 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %extracted_slice_86 = tensor.extract_slice %expanded_79[0, 0, 0, 2, 0] [1, 8, 2, 1, 16] [1, 1, 1, 1, 1] : tensor<1x8x2x3x16xbf16> to tensor<1x8x2x1x16xbf16>
    %collapsed_87 = tensor.collapse_shape %extracted_slice_86 [[0], [1], [2, 3], [4]] : tensor<1x8x2x1x16xbf16> into tensor<1x8x2x16xbf16>
    %transposed_88 = linalg.transpose ins(%collapsed_87 : tensor<1x8x2x16xbf16>) outs(%80 : tensor<1x2x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_89 = tensor.collapse_shape %transposed_82 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %collapsed_90 = tensor.collapse_shape %transposed_85 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %transposed_91 = linalg.transpose ins(%collapsed_90 : tensor<2x8x16xbf16>) outs(%81 : tensor<2x16x8xbf16>) permutation = [0, 2, 1] 
    %collapsed_92 = tensor.collapse_shape %transposed_88 [[0, 1], [2], [3]] : tensor<1x2x8x16xbf16> into tensor<2x8x16xbf16>
    %204 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_89 : tensor<2x8x16xbf16>) outs(%84 : tensor<2x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<2x8x16xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_91 : tensor<2x16x8xbf16>) outs(%86 : tensor<2x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<2x16x8xf32>
    %206 = linalg.batch_matmul ins(%204, %205 : tensor<2x8x16xf32>, tensor<2x16x8xf32>) outs(%89 : tensor<2x8x8xf32>) -> tensor<2x8x8xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206 : tensor<2x8x8xf32>) outs(%88 : tensor<2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.mulf %in, %cst_40 : f32
      linalg.yield %288 : f32
    } -> tensor<2x8x8xf32>
    %208 = linalg.generic {indexing_maps = [#map9, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %207 : tensor<2x1x8xf32>, tensor<2x8x8xf32>) outs(%88 : tensor<2x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<2x8x8xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<2x8x8xf32>) outs(%93 : tensor<2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<2x8x8xbf16>
    %expanded_93 = tensor.expand_shape %209 [[0, 1], [2], [3]] output_shape [1, 2, 8, 8] : tensor<2x8x8xbf16> into tensor<1x2x8x8xbf16>
    %210 = linalg.generic {indexing_maps = [#map12, #map16, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_93, %47 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%95 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.addf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x2x8x8xbf16>
    %211 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%210 : tensor<1x2x8x8xbf16>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %212:2 = linalg.generic {indexing_maps = [#map12, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%211 : tensor<1x2x8x8xf32>) outs(%101, %100 : tensor<1x2x8xf32>, tensor<1x2x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %288 = linalg.index 3 : index
      %289 = arith.index_cast %288 : index to i64
      %290 = arith.maximumf %in, %out : f32
      %291 = arith.cmpf ogt, %in, %out : f32
      %292 = arith.select %291, %289, %out_107 : i64
      linalg.yield %290, %292 : f32, i64
    } -> (tensor<1x2x8xf32>, tensor<1x2x8xi64>)
    %expanded_94 = tensor.expand_shape %212#0 [[0], [1], [2, 3]] output_shape [1, 2, 8, 1] : tensor<1x2x8xf32> into tensor<1x2x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map12, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%211, %expanded_94 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %214 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%213 : tensor<1x2x8x8xf32>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.exp %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %215 = linalg.generic {indexing_maps = [#map12, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%214 : tensor<1x2x8x8xf32>) outs(%106 : tensor<1x2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x1xf32>
    %216 = linalg.generic {indexing_maps = [#map12, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%214, %215 : tensor<1x2x8x8xf32>, tensor<1x2x8x1xf32>) outs(%97 : tensor<1x2x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.divf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x2x8x8xf32>
    %217 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%216 : tensor<1x2x8x8xf32>) outs(%95 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x2x8x8xbf16>
    %collapsed_95 = tensor.collapse_shape %217 [[0, 1], [2], [3]] : tensor<1x2x8x8xbf16> into tensor<2x8x8xbf16>
    %218 = linalg.batch_matmul ins(%collapsed_95, %collapsed_92 : tensor<2x8x8xbf16>, tensor<2x8x16xbf16>) outs(%110 : tensor<2x8x16xf32>) -> tensor<2x8x16xf32>
    %219 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<2x8x16xf32>) outs(%112 : tensor<2x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<2x8x16xbf16>
    %expanded_96 = tensor.expand_shape %219 [[0, 1], [2], [3]] output_shape [1, 2, 8, 16] : tensor<2x8x16xbf16> into tensor<1x2x8x16xbf16>
    %transposed_97 = linalg.transpose ins(%expanded_96 : tensor<1x2x8x16xbf16>) outs(%114 : tensor<1x8x2x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_98 = tensor.collapse_shape %transposed_97 [[0, 1], [2, 3]] : tensor<1x8x2x16xbf16> into tensor<8x32xbf16>
    %transposed_99 = linalg.transpose ins(%cst_15 : tensor<32x32xbf16>) outs(%115 : tensor<32x32xbf16>) permutation = [1, 0] 
    %220 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_14 : tensor<32xbf16>) outs(%116 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32xf32>
    %221 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_98 : tensor<8x32xbf16>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %222 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_99 : tensor<32x32xbf16>) outs(%119 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32x32xf32>
    %223 = linalg.matmul ins(%221, %222 : tensor<8x32xf32>, tensor<32x32xf32>) outs(%121 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %224 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%220 : tensor<32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %225 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%223, %224 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %226 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%225 : tensor<8x32xf32>) outs(%125 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x32xbf16>
    %expanded_100 = tensor.expand_shape %226 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %227 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %expanded_100 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.addf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %228 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<1x8x32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %229 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<1x8x32xf32>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %288 = arith.extf %in : f32 to f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %230 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%229 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %231 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %232 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229, %231 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.subf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %233 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %232 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.mulf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %234 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%233 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %236 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %288 = arith.truncf %in : f64 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%228 : tensor<1x8x32xf32>) outs(%16 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.divf %in, %cst_39 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.truncf %cst_36 : f64 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x1xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.rsqrt %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228, %238 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241, %240 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.mulf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242, %cst_13 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243, %cst_12 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %collapsed_101 = tensor.collapse_shape %245 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %transposed_102 = linalg.transpose ins(%cst_11 : tensor<128x32xbf16>) outs(%146 : tensor<32x128xbf16>) permutation = [1, 0] 
    %246 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_10 : tensor<128xbf16>) outs(%147 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<128xf32>
    %247 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_101 : tensor<8x32xbf16>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %248 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_102 : tensor<32x128xbf16>) outs(%150 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32x128xf32>
    %249 = linalg.matmul ins(%247, %248 : tensor<8x32xf32>, tensor<32x128xf32>) outs(%153 : tensor<8x128xf32>) -> tensor<8x128xf32>
    %250 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%246 : tensor<128xf32>) outs(%152 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x128xf32>
    %251 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%249, %250 : tensor<8x128xf32>, tensor<8x128xf32>) outs(%152 : tensor<8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x128xf32>
    %252 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%251 : tensor<8x128xf32>) outs(%157 : tensor<8x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x128xbf16>
    %expanded_103 = tensor.expand_shape %252 [[0, 1], [2]] output_shape [1, 8, 128] : tensor<8x128xbf16> into tensor<1x8x128xbf16>
    %253 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_103 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.mulf %in, %cst_41 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %254 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_103 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.truncf %cst_23 : f64 to bf16
      %289 = arith.mulf %in, %288 : bf16
      linalg.yield %289 : bf16
    } -> tensor<1x8x128xbf16>
    %255 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_103 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.truncf %cst_22 : f64 to bf16
      %289 = arith.mulf %in, %288 : bf16
      linalg.yield %289 : bf16
    } -> tensor<1x8x128xbf16>
    %256 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %expanded_103 : tensor<1x8x128xbf16>, tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.mulf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %257 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.addf %in, %cst_42 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %258 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254, %257 : tensor<1x8x128xbf16>, tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.mulf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %259 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = math.tanh %in : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259 : tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %288 = arith.addf %in, %cst_42 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %261 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %260 : tensor<1x8x128xbf16>, tensor<1x8x128xbf16>) outs(%159 : tensor<1x8x128xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.mulf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x128xbf16>
    %collapsed_104 = tensor.collapse_shape %261 [[0, 1], [2]] : tensor<1x8x128xbf16> into tensor<8x128xbf16>
    %transposed_105 = linalg.transpose ins(%cst_9 : tensor<32x128xbf16>) outs(%169 : tensor<128x32xbf16>) permutation = [1, 0] 
    %262 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel"]} ins(%cst_8 : tensor<32xbf16>) outs(%116 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<32xf32>
    %263 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_104 : tensor<8x128xbf16>) outs(%152 : tensor<8x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<8x128xf32>
    %264 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%transposed_105 : tensor<128x32xbf16>) outs(%172 : tensor<128x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<128x32xf32>
    %265 = linalg.matmul ins(%263, %264 : tensor<8x128xf32>, tensor<128x32xf32>) outs(%121 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %266 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%262 : tensor<32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32xf32>
    %267 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%265, %266 : tensor<8x32xf32>, tensor<8x32xf32>) outs(%69 : tensor<8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.addf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<8x32xf32>
    %268 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%267 : tensor<8x32xf32>) outs(%125 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<8x32xbf16>
    %expanded_106 = tensor.expand_shape %268 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %269 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %expanded_106 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_107: bf16, %out: bf16):
      %288 = arith.addf %in, %in_107 : bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    %270 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269 : tensor<1x8x32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %288 = arith.extf %in : bf16 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %271 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270 : tensor<1x8x32xf32>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %288 = arith.extf %in : f32 to f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %272 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%271 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %273 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %274 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271, %273 : tensor<1x8x32xf64>, tensor<1x8x1xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.subf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %275 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274, %274 : tensor<1x8x32xf64>, tensor<1x8x32xf64>) outs(%4 : tensor<1x8x32xf64>) {
    ^bb0(%in: f64, %in_107: f64, %out: f64):
      %288 = arith.mulf %in, %in_107 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x32xf64>
    %276 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%275 : tensor<1x8x32xf64>) outs(%7 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.addf %in, %out : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %277 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276 : tensor<1x8x1xf64>) outs(%6 : tensor<1x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %288 = arith.divf %in, %cst_38 : f64
      linalg.yield %288 : f64
    } -> tensor<1x8x1xf64>
    %278 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277 : tensor<1x8x1xf64>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %288 = arith.truncf %in : f64 to f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %279 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%270 : tensor<1x8x32xf32>) outs(%16 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.addf %in, %out : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.divf %in, %cst_39 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %281 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = arith.truncf %cst_36 : f64 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x1xf32>
    %282 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281 : tensor<1x8x1xf32>) outs(%14 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %288 = math.rsqrt %in : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x1xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270, %280 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.subf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %284 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%283, %282 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %288 = arith.mulf %in, %in_107 : f32
      linalg.yield %288 : f32
    } -> tensor<1x8x32xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %cst_7 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.mulf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285, %cst_6 : tensor<1x8x32xf32>, tensor<32xbf16>) outs(%2 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_107: bf16, %out: f32):
      %288 = arith.extf %in_107 : bf16 to f32
      %289 = arith.addf %in, %288 : f32
      linalg.yield %289 : f32
    } -> tensor<1x8x32xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %288 = arith.truncf %in : f32 to bf16
      linalg.yield %288 : bf16
    } -> tensor<1x8x32xbf16>
    return %287 : tensor<1x8x32xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_15: "0x020000000E3DCE3DA0BBC9BD0CBE183C38BEEFBC14BC7A3D723E0E3EA2BD8ABD12BE903DC63CD13C99BD003DC83B8B3D333DA5BD223DB83DC03C70BD3BBEE33D6D3D12BE",
      torch_tensor_32_torch.bfloat16_14: "0x02000000693F883F8D3F5A3F733F813F8C3F6A3F7F3F7A3F8F3F813F5E3F793F803F7D3F923F803F943F653F7D3F823F813F503F573F883F8D3F7E3F9F3F773F913F6F3F",
      torch_tensor_32_torch.bfloat16_13: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_128_torch.bfloat16_1: "0x02000000F63C3FBD563D30BD00BDF73B9D3B8E3CBB3B2DBB65BC89BC013C653C553C0D3C77BCF33B113DB5BCCBBC3E3C8CBB813C3EBC0E3DF13C49BC0C3D033B89BB163DA53C4E3CE63B38BD4F3D1BBDC0BB7ABC7E3C86BC57BC793CF23B0E3D623C04BD103C903B70BC97BC123DED3C233B0FBCEABBE03C06BDEC3CA3BC423B25BC403C433CDC3BB43CA3BC4EBBF0BA273AEE3C93BCEABC6FBA1F3CC3BB803C1DBBF03C9D3C09BDE23B1EBC6C3B1F3C63BCC9BCEB3BC1BCF7BBCB3BC1BCED3C1E3C86BC4B3C2D3D07BABB3CEC3B593CC73CD23C2B3D86BCB23BADBCEBBCBFBBF73A20BD203D633B623CDC3B583C1D3CE43C0C3C733B983C0B3D00BC55BC8F3CB0BC09BDF93CE9BBEEBC043C513BD1BC043C0A3C9F3B20BD0ABBB6BB7D3CF63C0ABAA9BB653BA43CA9BB66BC5C3CB2BB3FBC3D3CC2BC0A3D51BBB6BC8C3A50BA8E3CDA3C55BC7ABA9B3CB43C74BCC73C473C3CBC12BA9BBB8DBB163C13BC1CBDA93CE53C33BC55BD1BBD0BBCD13C9F3A443CEA3CBDBC6EB8943C4DBC8F3BB53B6BBB3B3C4CBC79BB053DBD3B1BBD7E3C993C9A3BC33C84BC563B8CBCF73C1EBDE0BAF6BC1EB992BC603DAB3C96BCD13C45BC62BB5A3D97BC113D3E3C90BCCEBB78BB873B903B94BC033C17BD8ABC95BB343C64BC763BA63A78BC59BD153CB93C9CBCC73C893C02BD6BBBDC3C633CE03BAD3BFDBBC13C5C3D04BC863C61BC0F3B95BC21BC913C5A3B0ABDEA3C1CBB0A3D8FBA8EBC05BDAD3C18BC943BD93C2E3D343ABE3C843C1CBD7F3D92BCECBBD4BBD9BB263CAD3C283DDDBB86BC493C923AA13A9ABC65BC653C593C293CC63BD5BC253B71BC27BCDD3C0ABB133BE03C6EBDCFBCA13A5DBC963C3DBC973A73BCA73A3CBC0CBC7ABBB6BC31BCFBBC313C34BD553B893B1E3C9A3B24BC16BD44BC9E3C0D3CA3BC0C3B92BC9ABBBA3C5DBC82BCE4BCC93AB8BCE6BC2DBD133C9BBC843CB0BCBBBC3738553CB23C8CBB47BC0D3CC33B08BCF83C69BC173BAFBCBFBC353D713B97BC3BBCC8BC833CDF3B0A3B80BB263D06BCA1BC333DCA3C3ABBE63C0F3C223DECBC463C823C1DBCBCBCB83C0C3CF83B013CA73B9CBCC5BCAB3C59BBF43B77BC913CB1BCC2BCC5BBD1BC73BB0B3C153C4E3C16BBBDBCB13C543C94BBCBBCC439BEBCA8BBA8BCC4BBF3BBF93BD8BCAC3CA3BC353C6DBBDE3C09BCACBCB4BBE53B0E3D53BCCD3C3EBCD73B25BCA23C203D613CFFBAAC3C113C4BBC53BB78BC6ABCC33B9D3CCABCB1BBAABCC9BC0B3D29BC9A3CBE3CA7BC12BC7C3CE13CEE3AA8BC66BB4BBDE33C3ABC00BDFEBBB6BCB53A0D3CEF3C3E3A553B80BC9ABB793C90BBDC3C233C583CD1BA1ABCE03B7A3B2C3C093CB03C18BDCC3C87BC413CD43B023C8EBCB43A713C9FBCC6BCBFBCDBBAC03BCCBC8C3C45BCE73B41BD53B9BDBB95BC02B8593A6A3CBBBA623CB8BC1F3CD4BC12BB23BC4D3B87BC033B983C2B3C96B9533C313CA2BCC9BAF0BCA03C613C8EBCC0BC13BD93BBB8BC273CA2BB1FBC05BD71BB473ABEBC063D8FBCD5BBB2BB8FBC413CD2BC4B3B55BC87BBEF3A133D3FBB043DFD3B64BC55BC273DB7BC763CA3BC213CD7BC6BBCB73C543B9D3AC7BB603CFABBE6BBDC3A153CC4B7C5BC8E3C8DBC5F3CA73C2EBC393C043D90BCF43C7E3C0CBD123D57BCE13B803C3C3DC43CE6BC163C0FBCD93BC2BCB93968BCC2BBB13CE03CDE3CBABB8B3B713C103CA9BB483CB1BB4F3B843C0CBC30BD26BD7FBB7FBC0C3DFE3C8F3B833C133C28BDEFBB383CB63C033D40BDE0BC2E3CDEBC82BCD63C72BCB03B92BC8A3C9FBCA63C9F3CC93C253B693C2E3BEA3AA3BCCB3C87BB99BC143CF7BB80BC113CA83B1C3DCDBB073CBEBB17BC1A3C1D3C783C113D013D0C3D023B663CFB3C77B93ABCF2BAE03C9DBCB23C8D3BEE3C67BC5F3D043DBC3B25BBF1BB44BC0ABC94BB053D7DBC153D0BBD85BB093DA2BCABBCA6BA0B3CD0BC89BC61BCA2BC413C9FBBDB3B48BB40BB6EBB3BBCDEBB423CD83CA23B433CA6BAB03C843C693CB8BCC63B4C3C38BC66BA673C5ABCD23B0A3C24BCDFBB29BCF1BB85BCA4BC83BC3DBC11BDD7BC25BDC13C4F3C30BA523C3ABDD63C3C3C0FBDAABC0DBD803CA3BA2F3D07BDDEBBCFBB5A3B9D3CAF3A9CBB95BC653CA23CF4B971BBE2BCB93CD4BCA2BCF3BBABBC23BD253B093D403CADBB24BB36BDD63A23BD92BB12BDAE3C99BB1B3BAB3C28BAA8BA13BA15BDA2BC423C8B3CB53C173CD73CC73C5EBC1EBC403CE43C8CBB53BC883C87BCF53B09BAC73C0D3D94BCAD3CAF3C863B81BCBC3AD3BCDE3C7FBC6ABC70BC683A8F3CC5BBF83BE63B723C943CFF3C42BC6D3C113CC93BB7BC10BC8ABC133BCF3CD73C913C8EBBD1BC02BC6BBCEEBBD53C533C9ABC643A7B3CBCBC9CBC983B9BBCADBC93BC923C863C23BC92BC603BA73BD7BBA8BCDABCF1BB80BC8DB6003DEB3CDD3AD03B4B3C7DBD9A3C6FBB2D3CC23C90BC1A3B95BB0F3DD93C0D3D9D3A56BCFB3C03BDDEBC933CBFBC0B3C5C3C9B3CB7BC813C9BBC94BC083CAABBA83C483C61BCD1BCA1BCE9BC10BD9BBC33BC57BC91BC00BB10BDC63CE93C9FBC2CBCFE3BC43CE8BCB2BCE83C94BB0D3D19BAB1BBBB3CC0BCC3BAC23BF03B8ABC67BC26BC3EBC173C93BB693C29BC8EBC4B3C8ABDD13C12BC1CBB5FBC00BC88BC053D1BBBA73BE4BC9F3C123DD33B1A3D013C8CBCC53CFBBC8DBC0CBC7C3CA63BC83CCFBCEB3B05BBB43C9E3CD13C583D4BBC67BD263C623B05BDC33C4C3BF7BC0A3C7EBCFDBBFB3B4B3CE6BB52BC8B3BE83C333D29BBB33CB43CC5BC4B3CFFBCBF3CADBC5E3CE9BBB43AC03C9ABC8A3CC2BB96BC8EBCD93B193D823CA3BC373D55BCD03C6EBB41BD663C6B3CBC3CC33C8CBCBABCBD3A3B3D863BDA3A56BBE439E2BC90BCFABB7EBCCDBBD5BC0E3D823CD9BCDFBB9A3B183AE93C78BCADBC173CCE3C5A3C59BB01BC96BCCE3B403C3F3C9FBC3CBCE83CF3BB923BA53CCE3B81BBECBAA6BC863C06BD8DBCEB3C303CEB3C2C3D4B3C07BCE5BB95BCD83BE5BA1ABB8ABC2BBCC7BBDD3CB1BC90BC9EBC963C5F3C5DBCB6BB853CD13C1A3D7DBBB03C863AB3BB803910BCF43B9A3CEABC72BC3D3DF9BC32BA9BBC87BCEDBC0ABD353C98BC9F3CB13B09BBC93C3FBC833C9D3C6BBC653CCBBA7D3C96BCF93C4BBB2ABC95BCAD3C6BBC98BA023D953B013D793CFF3C1E39B2BA9D3CF6BC5DBCF63CD3BB193A1B3D2B3C30BD573CFC3B36BBADBCAABCDA3958BCACBA8EBB713C543C123CD2BCDCB9E5BC913C88BCF9BB96BC82BCB0BCF53BD8BB3ABD7C3B7F3C60BDEC3B523C1A3DA6BBEEBB5C3C58BCA7BCD3BCDFBC15BD8D3CDD3CF73B1ABBBEBB2F3CA03B923A10BC243C973B903C31BC02BA5E3DDC3BFC3B2D3C9BBBA63CEABA59BC923B79BCD53C0B3D8F3C06BCE83C7FBB81BAC83C963AB7BB373D9D3B33BDA83C95BC3FBDE7BC193C2B3C8D3C14BC36BC3FBBF43C13BDAB3B063C893CE83A3B3CF23B20BB813BF83CB5BCCBBC493C80BD9F3C0EBD483BFBBC973C033D85BC02BC7FBC3F3C093CB7BBEFBA4F3CFB3C2EBD033CB3BB8DBB52BCAFBB17BCD23CC93BEC3B0BBC383C95BB0A3D28BD92BBDA3C543CA4BC98BCA6BA60BC7CBCA23C673CCE3C513CD2BB773C6FBCDABCB8BC74BB9ABC66BCD1BC60BC383D423B99BCE7B906BC1DBD6DBBD3BCD43C92BBA03C1B3DC0BB913C9EBB36BCE739713BB0BAC8BCE33B8E3CE93CF5B90F3B1D3C2DBC05BDE23B8A3CF3BC283CB9BC033BB33B233C2F3C60BDA23C9FBC363C523CB1BC3F3CC73BA9BBD3BB5BBCF8BA14BB933CBBBC8D3CAC3B843C813C46BC1A3D89BB32BCE23CB1BC3EBC093BADBC1EBDA63BB23B29BDE43BE3BB3CBB1A3B863BFD3BECBC98BCFFBC96BC50BC173C1D3D07BC3E3B24BD06BD113D0FBD653D8DBCA1BBA0BC75BCDB3C733BCABB483B7CBC26BDAE3C573BBD3C3E3C573CCC3C013C9F3C86BCB73C2E3CB13CA2BC28BD43BC9A3C913C3CBC14BC88BC80BDE9BBC2BB2A3C9F3BB6BC183C7B3C9FBACD3B0C3D97BBCFBCFBBA363C503B2BBC153C0EBC9DBBC8BC6ABC3CBDAFBC443CB4BCF2BC38BC01BCCD3C843C27BD043C00BCD3BC2EBD0BBC4A3B1C3CF63CE73C47BC893CA63B683BE53B273CA03CBF3B463B3BBC073B57BC19BAB53B203C88BC27BC4DBCB6BCD83CFD3C4E3A853A34BDD8BBE03CBEBCFDBCEBBC44BDA4BC95BB153DFD3C353C11BC2E3DE9BAA4BC053DCCBBBCBB03BCC4BA9C3CC9BB193B9B3C72BCDDBB07BDD0BC983C41BC06BC85BC623CB6BB563A8D3CC1BBFE3C2BBC06BDA2BCF2BC363D53BC3DBC60BCE6BBFD3BB13CEAB991BB15BC783CCCBA863CE63C67BCE23BB03B87BCE43CC93AF43C3FB9FABC2F3B143CA03CCFBB523C87BC15BD24BD073C1D3CA6BA973CE6BC4A3B8EBBD3BC1DBC40BCB9BC343CA7BB0FBCCFBC8D3BA03C75BC6F3C1BBBCE3CB4BB0E3C303DDA3B9DBDA23B16BD4A3C8ABC27BB1F3CE1BC203CE7BCFE3B053DD1BBB0BC0ABC433C18BBCDBC123C103CF93CD8BB41BC8CBC413CAA3C713BB3BB9CBB0D3CD73C633C7D3C343C6FBC4BBCCABB88BA233B70BB803C203D0FBCB13C3BBD833C693CD43C70BC323BE6BB473CAC3ACE3C0B3BC2BC2B3C8F3967BCD13B503C0F3D503B4ABBED3C2D3DD438413C213DC8BC3F3C633B92BC083B703C2EBDB9BB9BBAEE3B3CBC363C0ABB70BBAF3C6CBBEE3AE63CAA3CBCBCCCBB093D88BCA43CDBBBBEBBA9BCD3BB12BDE1BB063CB23B753C41BCBBBC063DF5BCF8BB67BC853C01BDF43BA43AFE3C91BC163C29BC293C8C3C2EBB27BD97BCFD3B933C43BC87BCCC3CB1BBF23B3ABB82BCBCBBFA3C83BC153D033D8EBBC2BC363BCCBC89BC8FBC4BBCFD3B743BCD3CA7BB74BB90BB903BB73B6FBCFEBC71BC883A3E3BD73B85BC92BA5FBBFC3CB1BCA9BC323C9D3C1BBC9C3C31BC5BBBF6BC8B3C81BCC13CF4B80ABD0EBB8A3C5E3CD3BB1C3C193C763C77BCEE3B5D3C2FBDEA3B063CA13C6739AA3CF93CE83A3F3CEB3B59BC3ABA97BBDFBC98BC1CBD91BB2BBC883A97BC0B3D483C1C3D1F3B8A3CEE3B21BCA13C1CBDDF3B513C023C123C783C08BD5DBC4F3C1C3D953C423C583D783C20BDC2BC583C5FBD47BD2C3CA1BCE6BBE4BB833C33BC313C80BB8D3C313C27BC7EBB4DBCC6BBBABCC1BB093BA43B423CCCB9693ADB3AAD3C743C373C6B3CA8BB0BBC0CBCB0BCAEBC803CBABC4CBCFA3C64BC22BD9DBCBDBCE6BB763C79BC9DBB7A3CB93896BC1A3D40BCDF3B2CBD19BD7C3C2D3BADBCAF3C673C90BCCF3A9D3BFB3CBC3C89BB00BC213B0BBD4DBC81BC103CDABC3E3DA2BA9F3B38BCF03C5B3C57BCCB3BA3BC9BBB513BBD3C123C4ABC983C6DBC76BC1ABC013C98BCB33CCFBBCB3C06BD9DBA7C3CB9BCF8BB053D6D3DD53A9A3BB5BCA03C6BBB83BB2DBC82BC0F3DEF3C49BD493C92BB4DBADD3BD2BCDEBC203DD5BCC8BBA1BC973B493C203CD33C993CAC3CB73A03BC103C36BDA7BC9BBC293BA83CC1BABCBC9FBB14BDA9BC91BC52BA89BBBCBCC03C92BCFA3C2D3D013C09BD14BD5A3C4F3C7D3C22BCF53BA1BC0C3CB9BC413B0CBC92BBB2BABA3C8B3CA13C083C213CF0BA32BC41BC9BBCFFBC7EBBC33C9C3CFE3B663C90BB283C5FBB353C0CBD26BC023C3D3C243C8A3A363CE0BC753A17BD7BBC7ABCDABC9D3C153C9EBC1E3A963B1B3C08BD5B3CFABC253DDEBC1BBD4DBC44BDE9BA50BC1ABDA6BBC0BCA63CE23C62BC3CBDBA3C5B3CED3CE53AB3BB853B4DBC253CEBBC8F3996B94D3CB1BC52BC923C43BCD8BC17BBBCBB11BD97BBAFB95B3CEF3CACBBCB3CB2BBC3BC9EBB293CDB3B573C02BD8B3CCA3A7DBC2CBC0C3CD5BB9AB9A5BB26BD993C863C993CE03C92BC0BBBB13CD83BF5BCBB3B483D8B3BA1BC8A3C9CBB6BBC873CA5BBCF3C30BCE33B82BB00BD1F3D823C98BC5F3C02BD7ABC91BC9E3C903C9EBCF3BBFD3AC03C8C396CBC803C6CBC583A9BBB0A3B5D3C693C8A3C71BCF83C1DBBF83BA6BC79BCBBBC883CA1BCBEBBE13C9F3C8339EA3C1ABCE83C4EBC2BBD993CB73BCE3C2BBBA13C32BC81BC21BC46BB36BC813C663CDB3C063C413CC7BC843C00BC9EBCA43C5ABC04BD8D3C52BB693C09BDE03B1ABB85BC0ABC53BCE9BB22BC97BC0C3C9BBAEB3B78BA0D3C2B3DA3BCF3BC823BA1BB8FBC23BC583C69BCB9BC3ABDE93CB43CBF3A63BC19BD02BDA83A7ABC823CE8BBDCBBEEBB933C843CDF3B33398B3AF63CFEBCAC3BDB3B1CBD0EBB4FBB26BDD6BCC6BCF53C843C8B3CAF3B86BB213CC3BC783A02BB5F3C0B3CDC3A0F3D63BC913CC03C7E3CEC3C143DAF3C1C3D883CB2BC453C3B3CFA3A923CFE3CE43C34BB3FBCD33970BC993C75BBAC3B52BC3B3C83BCE03CE23CD63C293B99BC163CAE3CC93CD6BC3CBA0FBD523CF3BBAC3B2E3CB73C23BC853C623C7E3C5B3C733C90BCB2BC7B3C16BD383CB73B2C3C18BA743AC4BB15BD9DBAFD3B92BB9FBB73BC53BB17BD3DBC763B7DBC82BCA1BB6ABC503C15BD00B9C53C5339CC3C473D3D3CFDBCB93BC13BA73CD03C013C973C1ABCBE3BE7BC15BC733ABE3BDABC51BB98BA263C803C51BCD0BC013DE13C9E3CD4BC383C08BCB03C3D3BE5BB1B3D7BBCE43B9DBB81BABB3C993CB03C2BBCB4BC91BA323DC63B9C3C2F3D77BB55BDF9BCF83CBB3B45BD27BC8EBC593B963C2D3CD5BC5BBC193CF7BA42BC11BDD63C0DBCBC3B673CD1BB883B293D353C003CA2BC62BC353CB93BF4BCACBB35BC4ABC053DD7BC8CBA093DC23C893B55BC313C01BDF1BC173D17BD3EBDD5BC80BB4A3B55BBDD3CD73C093D92BC03BDF1BCE5BC62BB8E3CF93B9ABCAD3A05BD32BC1ABC0BBB623C373C983C47BCA33A07BDBA3BB93C00BD44BB43BCEEBB15BD3EBBB73C513CAA3C8DBCC7BB48BBB9BC8CBC6A3C1A3DEEBB1EBC3D3B213DC2BC1BBDB53CB2BC123D963CCEBBEDBCF13B0A3DB43C6E3CB23B413C9FBC0DBAFC3CF63CE63CFC3C8D3BED3CDF39E4BB7ABABBBB883C843CF0BCCE3C073A633CEBBCD5BCB7BAD23A8C3C9D3B55BBBFBCF73B55BD553C0EBD73BCE2BCF63CF4BCE7BC9E3CE5BC823C633DCE3B3FBBDBBC163B953C633C3C3C5E3C5F3C20BDE0BC9D3B56BA85BCC0BCAA3C69BD0BBD52BC88BCA73C883AC2BBB73C923CBABC29BC30BD0BBB8A3B1A3C033C893A733C85BCF1BCDA3A033D173D223A073C05BC91BC323B10BB643C723A90BC793C4A3B173CB1BC083B073D853C773B57BAD0BCC4BCAF3B88BDE3BBFABCAEBC73BCBC3B12BC12BC6ABC0BBD15BC4D3C043C8E3C003D973C953B1CBBE73C493C963C213BD6BAB13BA4BC9CBB82BB943B96BCABBCEA3CEBBC1C3DB83C53BC8F3C3E3C07BCF23C11BDAD3C863C403C083C94BCA23C37BC3F3CB3BB903C87BCFFBBD73B2E3DA23C863BC93C8BBC42BC293B613C0F3CE2BC47BC04BBB13C8CBC9B3C04BD083CC93C0ABD16BCD83C2BBD4F3B4FBC3BBDFEBC503CBB3B37BA5A3DEABC66BAB9BB65BC98BB0B3CCFBB56BCD33A9BBCFD3C27BC0BBD6BBC2C3C873BFEBBC33C04B981BBF5BBD23B5A3C3E3D333CCEBC293CA03CBC3CD03C10BB94BBE83C913CC6BC0EBD983C2F3CC9BCE4BCAEBC01BDA83CB7B878BC0DBA953C103C0D3B833C0B3CAABCB9BCE53B953C36BD46BAEF3C87BCDF3C123BA03B1CBBE2BCC23C033C0FBDE6BBB93C73BDD2BCBD3C85BC9B3BE73CC5BCA53C9BBC53BC283DE5BA163B5EBC553CAC3CC93CD3BC53BC883C2ABD443BFABBA1BC33BC9CBCDC3C92B99BBC5B3B62BB73BCFBBA8A3CC7BA25BC4B3DC6BB363C39BC88BC9A3C2EBDEDBCF7BBC13C2DBD5ABC013CF2BCA23CA4BC793CE8BC90BC23BDD63CBF3C963B2CBD363D493BD6BB88BC21BC36BCB8BA223CC6BBA2BB87BC233C8A3C153D663AB13B09BD783D08BC57BC08BB3F3CA7BC59BC0EBB15BD633B043DE3BA61BCB0BB293CC4BCD43B623B0B3B1E3C0DBBAFBC14BC8FBC14BD49BCED3B42BDB13C893C8F3CC13CA53B623C123D573B853AC5BC0BBC5C3B9EBB3EBCECBC063DFBBC26BD38BC5B3CB5BC173D8BBCD1BC0D3C47BCA03CEDBBE53BF7BA7E3C43BDC63C8CBB223B2A3CC9BC3B3C433AB03CDCBBE63C973CACBC103DD5BC113B47BAF73C7EBBC33A2DBB3E3A96BC073C44BCAF3C63BBBABCA13C7F3AC0BCFF3A9F3AEE3C03BCC23CA2B94B3C083D65BC73BB023CB4BC3DBCC1BBA63C083DB83C94BBBCBB963CEBBC503D3EBD473C5ABB1CBC8DBC113D03BBC03C9B3C683C9EBABC3C88BB0F3BF8BCB8BC2E3CB93BACBC39BCC8BB843CC3BC9B3C0F3CAB3C2D3C093C943C3ABCB4BCB93B81BC1ABCCDBC61BC8A3B3DBC37BDF93CA2BC7B3C953C0C3C033D41BC8B3C96BC0A3BBCBBE73AA33BFBBB863D263C77BCAB3B043DE83CD6BC09BDF2BB153D76BC4C3C70BC903C9CBCD43C393C773CF63C79BCA6BC4FBC5FBC293D1BBCCE3CA7BC323C883CE23AC13C953C723CC6BCD33CA0BA843B78BA873C14BC74BBDFBCE33CDCBCADBB9DBB7DBC0D3CDFBBEA3BAC3B0C3D95BB04BD493D1E3BCABCD0BCFB3B7CBB38BA41BDFC3CAB3B863A143D81BB7D3C293B843CEEBCBE3CFE399F3C1EBC32BC22BD3B3C53BC3A3C75BC5EBCD0BA9ABB8CBC1E3DC13A223CEF3C08BCB53BA4BCADBC043D8FBC2E3D0C3DF7BBBF3CFA3C183C94BCB13C26BCE6BCC43BD83BE23CCABC60BCC23C35BC06BD173DEFBA4D3C623B1BBD5F3C21BCC3BB85BB55BCC5BCF3BC25BC08BD623CA73CDEBC153D3EBB1D3D3A3C043D0BBDB83C8B3B16BC12BD88BC9CBC6BBC4BBC96BB0DBD8BBC33BCFD3BE6BAB43C9F3BBBBCE23C4EBCCF3CC6BA61BBC7BB1E3B1E3C30BDA33CA7BB8DBCC73CBC3A903B8ABCD83C5DBB193C923C2BBC2D3C14BDB63C55BCA33C5C3CE1BB753CC23CE63BD83B4BBC573D633CE8BC94BB0BBBED3B4CBBC63BB4BB0C3C953B593DECBCB43CEEBB37BD24BCBCBAC53C1DBC7DBC143CB9BC10BC2ABB8ABC2B3D76BAF9BB063C383C24BCDD3B9ABC853B823CB8BB943C63BB983A83BCD0BCD23CD6BCE13BBFBC563CB5BBDA3C7D3CEFBACD3B84BC53BC143DA03C523C4ABCC5BBA33C533C193B86BC15BD023D2ABC09BBDC3B003D88BC17BD9E3B9ABC463D8ABB9E3C5F3C533DAB3BD73CC9BC273C143DF8BA5E3BFC3BF93BEB3C83BAD6BBEC3CF93A273CBEBC54BC823C213C49BCE8BC213C0A3C06BCE6BB003D463C7A3C4D3A0DBD893C3C3C133C70BB98BB143D123C323CA2BCE63C1CBD233D7ABC5CBD9BBCC23C29BAC13CFE3C0DBD6ABB21BCCABC123CA53CFB3B0E3CF2BB4A3CC9BCA83CC03CC73C82BC51BC93BCEABB24BD013C88BCAFBC25BCA53B96BC003A063D223CEC3B893BF4BB503C59BC503C0E3DAD3A4C3C0BBDE63CBA3C4EBB20BDBD3B2D3CD53A20BC943C46BCEA3C023C823C893C3E3D12BA58BCDB3CA43C29BDB33C30BCEBBBCF3B973CABBCC13CA3BC253D583CE6BCF0BCB2BC813BC33CE1BBD23C083D8CBCC0BB673CEABC4DBB413B093CD0BCFF3B68BBC53CC23C00BDE5BB213B883C093C0A3D853C773C88BA0BBC1DBC063D9D3C3DBCEFBC8C3C843C623AD2BB283C91BCC9BC02BBED3B1ABB263CBB3C8E3C373B153C5EBC46BC01BBCB3C42BC923CE3BC7DBB7BBC483B723C95BB81BB543C9DBCC5BCCF3C793B513D3C3D14BD6C3CA93C3C3C3A3C3DBB4F3BA93C0FBD75BCB6BC5DBA98BCD0BC90BC39BB983CFFBB81391C3DDCBCC23C8A3CA93C133DA93C343CCC3A8FBCB4BCBABC0FBC6D3C8E3C60BB503C9CBCF83BA4B955BCDF3C493CD13CD0BB283B0B3D43BADEBAC2BBE83C383DDCBC22BD1E3CC6BBAABBB63C163C4FBC5DBCB03C92BCD53BEDBCB3BC86BC1EBC203D74BC78BCA23CED37EABCDC3C61BB163B7FBC533D203C083DF73B7D3BAB3CCCBC6ABC37BD643C0C3CA23C90BB27BD973CFC3B133C203C2FBC093BDFBAFE3BC43C313C5BBCA63C833CE4BC06BB1B3DBE3C1EBCE53C33BC8ABC693CE5BCF9BC01BC99BBEC3A8C3BCBBBF1BBA8BC4A3B4A3CF1BCDB3BA83C38BCB3BB953B22BDD7BB2B3C78BA833C813CFABC2E3B1DBCC73B57BBDB3A81BBABBAA3BBC5BB17BCCEBBD5BB16BDF2BC583A5F3AB9BC19BC713C55BB793C09BDD2BBDBBCA4BB9FBC6A3B0D3CCFBC0BBCAE3C24BBE93B883CD33CD6BC353DECBCD7BB4D3B5ABD9A3CE43C7EBCFFB90E3D2ABC72BC1F3C80BBA5BCB1BCA83A34BC173CF5BB9C3CE9BCD83B343D99BB08BC913C18BC873B32BC93BC413CCBBBA8BC1CBCD3BCE6BB24BC0B3CC7B99ABC3C3CBDBA05BD2DBB9BBA4CBB02BCD23C163C633CEEBBA83B653A89BCD93ADE39CDB94DBCF9BB193BC1BBAE3C56BCB53C773B5DB982BC6A3BBF3C1F3C8A3C1F3D933C9DBC92BB7DBC6B3CB4BB883A2A3D223CC03B863C293C42BCD5BA6B3C8C3B813B27BB273DE0BC003D193DE239FDBC183D4B3C7CBBADBC0BBCD3BC803CF2BB5EB9A8BA84BB25BCD93CA4BB0EBCCBBB663C33BC0C3D08BCBB3C9239E73BAEBC873CD93C903C6FBCAD3C77BB5D3CC73BF9BB0A3D53BB063BA3BBBE3C133C0FBC3C3C153C233D06BC193CC3BA963C513C963CA8BC1D3D63BAACBBCB3C20BD43BB453CD3BB633D7CBCA8BC02BC45BC12BD09BC8D3B37BCEDBA533B4CBCF93B22BD0DBC8FBCE0BC9CBCDABB363CB33CB73CD9BB9B3C16BDC9BB543B7E3CC5B9883BDFBB18BCA9BCFFBC60BC21BB86BC39BCC2BAAABA20BD733C3A3C333C7DBCA23C323B943B09BB0BBCE03BD73C0EBD8F3BFDBC0A3DF73C783C203CCB3C11BC83BC3C3C913C06BC68BC32BCC0BC093DA53B953C25BDB7BBCC3CFCBBF6BB163D53BC1B3D35BB8D3C8BBB87BC993CD1BCA8BCBFBCB1BCCA3B73BC8C3BDF3CA43C64BC47BCBABC013D923A37BB0E3AD2BC70BA27BD903B3B3D053C8ABC41BC05BD3F3CE33C233C43B722BC17BDE43CDCBBBBBB02BD893C4DBC85BCE93CC1BBE6BA6FBCA33C37BC5C3BD03CDDBC0F3D89BBE4BCA5BBCDBC0D3D5FBC7CBC103D2E3B283C323AEA3AE33C66BC9C3CCD3CAF3CA6BC44BC1E3CA13C94BC46BB0BBC98BC77BBEA3C22BDD0BBA13C213CA4BCAABC693B593C77BB1EBB6E3C57BCBCBB37BC5C3CC0BCD43A91BC8B3C98BCF13C4A3CEA3C91BC853BC83C5ABCB73CFA3CA7BB8A3CCEBC9C3BDDBB91BBC7BC8DBCDB3C8A3C203CB0B9693A773BAEBB08BCF5BBBD3C32BCFC3C19BDD7BC7DBC4ABB86BCA4BCD93C873CC6B9D6BB103D7E3C343CA93C1FBA38BD12BCBB3C24BD76BB91BC8C3CF3BC403CDD3CB63CB73C31BC413CA2BCC6BB623C4F3C113D1FBC093C30BC41BBD63CE7BA9E3BFC3C383CD1BC523C61BB753BC63C82BB5E3CD6BC52BC9D3A55BB87BC943C733CC13CA43CB23C823A0FBDA1BB803C3F3CD93C27BC43BCE03B503CEBBA23BCE03B87BC9C3CCDBCD43AD93CDF3CA5BBCEBBA6BAB63BA63CE2BCAD3C9639D53C4DBB393B213CC0BC4ABC0E3D8EBAB43BEABCDDBCC1BCABBC1D3CFB3CC53B93BC043D8C3A3F3CBC3B5A3C11BC3D3CB3BC1CBB0D3C5BBB41BB9BBB853CC73B34BB32BD5EBC44BCD43B6CBC4C3CFB3C32BD81BC963C8ABCFE3C663B903B02BCAA3C8BBC86BB5F3BA13B1D3DBC3CD8BB013C013CA33CC23B923CC23CD0BCA3BBF13CCCBC9DBCFA3C0A3C61BCAC3C833CF73A3BBC8CBC37BCE53C53BC8EBB25BDB43C1FBC",
      torch_tensor_128_torch.bfloat16_1: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_128_32_torch.bfloat16_1: "0x020000001ABC663AF03B0ABBB93BE3BC5E3C9A3C09BD633C503C91BC443CEEBCB5BC7F3CB03C70BC63BC96BCB53B3ABC833B24BCB2BBB63A5A3C1D3DCA3B86BC0BBD32BCDABC933C683CEB3CEEBC45BDB1BC4ABCF7BB19BD383BA83BC3BC493AFC3CAC3C1EBCFCBC183CF8BC1E3D2D3BFE39FFBA843CACBC223C3CBC593C7A3B743C763C33BD8A3B30BC683BAE3C863C8B3C623C68BC84BB073C8CBB333C6E3CB83C973CE3BBFFBC2BBCEF3B5F3B993B03BC3A3DCDBCB7BCC43C5C3CA33C483B2D3C9A3C03BD243C15BDC5BC30BDD23CB33C423C3EBD88BB76BB8A3A483C9F3AB1BC31BA16BD1DBC4FBC96BC5B3C833B943C153C063C4C3CAFBC373CA03A383C3A3C1DBCEDBC9E3CC33B873CCCBCB3BC813B5E3C6C3C653C0B3C93BC7B3A743B1B3C9F3C8C3C69BB633CBFBB443C80BB1D3D2DBA6C3CEB3B523C7FBA58BC1E3D513C08BB2DBC893C9C3C74BB08BD0D3C61BADA3C59BCA9BCF3BCE93BB73CA2BB983C20BD193C5DBBC1BB013D613CD9BC97BC143DEE3B79BC8BBC0A3B963B9D3BAC3C83BCDC3C843C9BBCECBC8C3CA8BCCBB844BDC5BA293BB3BB28BD833CF93CA03CEEBC613B0F3C60BBA73B9EBB02BC57BCA7BC5BBD8739CB3C0F3D9BBCBFBCB139B1BC913C1BBDF4BC3BBCED3C873B253D95BB8C3C85BC89BC94BBEC3CA13C9C3BA73B4D3C83BB8D3B9FBCD9BAF4BCDABC763C5CBC4E3CE1BC87BBDCBCB53CA2BCB6BB89BB58BC15BB85BB21BC94BCC2BAAD3ACCBB2A3C6CBB4E3C39BBA6BC08BCAEBCB03A0B3D93BC5A3CB23CF13CA8BC9BBB01BB193D16BC0DBD1F3CC53AE53C16BDB6BC59BD1D3C05BCEB3B9FBCB7BB16BC3CBC9B3B723C7F3C0B3C5ABD57BC00BCE63C723C1E3A75BA04BD903B91BBD0BC97BBAF3BACBC313CA5BCC53BA83C103DA9BC223C86BC463A913C89BCE3BC92BB84BBA6BA193C22BC54BC5B3C3CBA08BDC2BC4FBBBFBBC63A3C3C873BBD3C20BC80BCBBBC3CBCA73C713C41BD50BC8FBBA2BC12BB06BD663BFFB7133CC9BC0B3C6E3D9DBCB53B043D523C0BBCA2BB213CB33CDD3CE9BCB03C88BCCA3C14BC55BCBE3CFA3CCA3B9EBC0FBBEE3A7DBC6BBCB63CAC3C84BCBFBBD5BCF4BC74BB123DDD3B9AB9383CBABC6C3C74BC063DD5BCB33B82BC903C823B7D3CF0BC42BB773C8EBC39BBE23AD1BC92B8223CBA3C98BC94BC42BBEEBBD63B903C05BB13BCFBBB573C75BC453B58BC74BB083C7CB91FBCACBCB5BC0DBB91BC7A3C983A183CAF3A0CBD223C883CBDBC263C553DE3BB66BC1A3D3ABC78BCAA3C51BC89BCBCBA513C6EBC053D1E3C943BE7BC2CBC1ABD37BC8A3C163D103CCA3C5BBC913CB7BCE9BC2B3C7DBBF6BB39BC0ABDC03B473D0EBD4D3DA4BC87BA173D163BAFBA443D993C13BC713B30BDDD3CC73C723B3ABCE53C03BCCE3C083C0B3C21BCEDBBBDBCE53B1CBD35BB1EBC893C97BB093CE03BC33B80BC523CB5BB003D75BC293C2DBB9EBCE13C463C9C3C31BB813D1B3D11BC8ABC00BB0E3D9CBB0E3A23BC823BE3BCD9BC5A3C81BB7FBBA3BCCC3C343CB2BC87BC893C473C993CA53C24BCC9BAE1BBA53C8ABCE0BB8FBC9B3CB539393C2BBB4ABC8E3CC33CC53A223C773A5F3C253C9FBC56BB25BD3BBC8F3AEABB39BCAE3C07BD2DBCBC3B6D3C493B8FBCCB3CB63B60BC8D3B3C3A793CAB3C053C1EBD9FBC313C5C3CA13C12BCEEBBD13C2EBC133DF43A40BD04BD9C3C9A3C1DBCE4BC073D15BCADBB9F3B863B9DBCFDBB063D1E3B053CE43A83BCB3BC9CBC663B6E3C4F3CAEBB09BD13BC963B1D3DE8BC84BCA33CC7BA883C06BCD73B8CBD9BBCE93B2F3B36BC9C3CC53BC4BCAE3C6A3C9E3C5A3C83BB323CA3BC0ABB3C3DFE3BF0BC16BC9B3C11BDDFB91D3DFBBBB3BCB83CF03BABBC54BAFCBC173C693B69BAE93BD3BCA73BD03C2EBC443C92B903BC8DBC583CE9BB3DBCC7BC9EBC773C01BC0BBDAE3B77BD0F3C6D3C03BD46BC79BCC83C603CD4B902BC7EBCAB3C42BC8CBC1C390C3DA6BCAFBCBE3C763B1ABC9FBC633C0C3DCE3C12BD1F3C4E3C843C3ABD393B3EBBC83C23BBF3BC03BC733CDCBCD63B14BD6E3CD0BCAEBC8B3AC93BB4BCC8BCABBB803C8ABBA1BC613DB0BC81BC49BCC53C48BDCCBC1C3C0BBC113DC1BC0EBCDBBC543C903C433C273B5A3CAEBC89BBE43CB83BFABCCDBC383D8FBC4039A5BC2A3A02BDEFBB09BD723C70BB843D0F3DBC3CBCBB303B26BD143C483DD8BC80BC9D3AEF3C8D3A61BC563B13BC4EBB923B7BBBA1BC81BB9FBC473C983CDFBBA23CB7B94FBCD3BC0A3C7DBAEBBC38BCC6BB25BD503CAABBB2BCBEB8433B81BC113CC13B3CBC2FBD893C20BC65BC39BDF33BADBB023DA83B823B193DC9BBF03CC1BB97BA2F3CB3BBC23CBFBC1DBC143DD03B863BA23CE43B3C3BDCBC16BCC43A753C6FBCAEBB823CFABC8CBC32BD493C133CFC3C5FBD123C51BC7F3C933C263D0CBCD4BB693CD3BA99BCD5BB523CB3BC423CCEBCBA3CF1BC76BB2ABC573C4DBC213B96BC2D3B393CCFBCAE3C453BC93C1CBD12BC88BC4ABC973CCE3CA03B0DBCA73AA83C973AADBC8CBB10BD623BE83CA0BB80BB02BC523CECBCA9BCEB3BDFBC8C3C9C3C36BD40BC95BC3BBA713C90BC193D57BB5B3CF03BB33CD7BB01BCB13BE7BC47BC00BCA53C493D9D3C0F3C243D9A3CA3BB8CBC0B3A41BD5E3CF53BCD3A283AEA3BD9BAA73C7D3C2DBCF63CB4BC243C3B3AD3BC31BC9E3C06BC863C0ABC983C49BC9ABBCE3C9BBCCDBC39BC83BB773D22BB743C05BAA73B18BD973C8A3CACBB5ABBF4BB543C1EBCD9BBCD3C5ABC00BC6FBA1FBAB2BC033C31BC90BB7ABB35BCB53C8CBC36BBA03C8A3C87BC793CD13CD83A89B9FFBA743B9A3CC1BCCEBB3EBDCFBC6ABC90BAE43C0E3C2A3D79BC4DBA353BF23B88BB09BCA63CD83C8D3C37BC61BCA03CBE3C75BCA63C473DDE3A8C3C493C823C9E3999BC69BB03BCFDBB2B3C0D3D953AA73C0D3DC43CE33CF1BC1BBD38BC0DBD243C9C3B863C6EBDA5BC4C3C9BBCB63CB9BC493A5D3B843CB73C21BD973C0E3C22BC9E3C063CE5BC923C55BC5F3BE13C26BC083DE9BC43BC613CE5BB093C8D3CE33B413C6D3BB9BB223B143B463C96B987BCF63BBA3B93BBCB3A4BBDC0BC183CA53C2ABC48BC0E3C08BCB0BCFC3C10BC203CC2BCC63CDABCD73AB33C6EBCF63BAD3BB3BAB63C1E3A973CA5384EBBDFBCB4BB0B3B973B553B01BC7D3C5ABC0BBD603A51BBCEBCB8BCADBC8CBCEE3CED3CDDBA4F3D343B433CDABC043BD1BB703CB53C05BBABBB0B3DE6BCA13C053C113D6CBCF63A50BCC53BB8BB2FBD923CCBBBA8BCFE3C3F3C59BC313DECBBD13CB3BC903A703C163C813B283C16BDAFBC543CFF3B403CAE3BC43CD0BCBF3C363CB1BB56BADE3C583C72BD8A3CF63B1A3C18BCFEBB20BDF8BCCA3CFDBCBABC093C883CF8BC01BBA43C423DC73C09BBFE3B84BC9CBCBCBB493C133C6B3A273CA5BC8CBC09BCD3BA873CE0BB0C3B8FBB92BB0F3C023C9F3C063C6E3CC7BC9E3B76BB4EBC2C3C38BC57BB5F3C66BC093D5D3DE9BC7D3C9C3C0A3D45BBE43CD2BC27BCB13CA03A65BC35BC82BC1B39813B1B3DCEBA39BCBFBB5F3C073D03BCEDBC38BCD2BB65BCF3BA86BCBDBC08BBD13B9FBC303C19BDEDBABABCAA3B633C133DAF3CC93B50BD3F3D23BC453C39BC4BBCFABC8C3C23BB673C3ABB60BC913BE4BC4E3C7FBB62BC633CD4BA173C0BBBF0BB00BDB7BC113D4FBCE73B2BBAB1BA5F3B383CE9BCDCBCF5BBA3BC753C49BDEB3CD2BA16BA4339F83C10BDD8BCDC3B77BC473C353B953B52BD66BCC5BC603BE23CA93CDCBB83BCF53C923CDD3C543D66BCB13C0D3DB3BB993BE2BC293DF83C673C7EBB9C3C13BC913A96BC993C9CBC143C113CDEBB0F3B11BD4EBCCFBBA73CB1BCB1BC103CB6BB363CF3BB41BD223D043DA43C253D6FBA8FBB3CBC25BD1C3B0E3DAC3C4FBCEE3A7EBCB6BCE8BB513C673C59BA8BBB4E3CA3BC36BA263C853C35BCA43CA63C20BDEFBC07BB2F3C93BCCA3B2BBBF3BCFDBBE63C0D3DE4BB123C4C3C1B3DAA3BF43BB33C8A3B2CBCFF3B3E3C99BC543B863C6B3C1FBB6FBC383CDEBB533C58BC9BBB2FBC7A3BFC3B46BC823CC33C4B3B97BC133D1CBC4C3C003DE4BC77BCF3BBA3BCA03B1ABDB7BC273D1EBC32BCE5BB0E3D25BC683C7D3BBEBC293BBBBC84BCBEBC2EBC2BBD8A3C3BBCD6BCE13BD9BCB3BB80BC9A3C373BCB3C63BCCF3C863C243CE2BC96BC573C823C103C77BB553C29BCACBC023DD03CA33C69BCBBBCAC3C1B3D8BBC953CCABC65BC9D3B16BB503C94BB423CAF3C1EBCD33CADBC84BB723BBB3B95BCCF3A393B413C63BB6E3CB3BC24BB013DC43B223D3F3BB6BAAE3BB33C23BC873CD2BC1EBAF23A4E3CFF3C133DA3BB8EBC80BB33B995BC20BC263DD43C47BC90BAF3BB1BBD98BB523C353CDEBC163D8A3C483A07BC7DBC6ABC29BC0E3C27BDA2BA833C24BC603B7DBCDBBBD0BBCE3B903CD43C643C103D8EBCBBBCD73C73BB8A3C11BCCFBCA93C083C483C923C05BCA93C923C113BD5BAEC3AAEBC2D3C743CD13C8B3C0FBC51BDEBB9D33C7CBC8E3C23BD0A3B993B63BCEA3C7CBC883B7E3C703BB3B910BCEEBC913C29BC95BC8CBA87BC86BC69BC8B3B783C913C2E3CC2BCDA3C8D3C9DBC7BBDD839633BC93C9EBCDD3C643B063C0DBDEC3B44BB063C12BC27BC593B843B233C78BC093C043C033DDDBB813C6F3C39BC4F3C373B803C8A3D01BB03BD4FBCFF3C06BCA53B253AB3BBA3BB34BCB1BCDB3AB7BBADBCB6BC94BB47BC06BDB3BC0F3CADBCEBBBFBBC023D02BD7F3C763B83BC40BC303B263B703CCDBCECBCDDBBF9BB00BC1DBC153C033D21BDD03C923C55BC8D3CBBBB6C3C303DB8BCC7BCACBC323C083D833CA4BC20BCBE39343C3BBB053DFABB893A14BD1DBBC4BB90BCA7BBC9BC273B35BB153DAE3C4C3C3BBC2E3C1EBC263C833CB8BC563CADBBAFBBA9BBC2BB4BBC673CDA3CE5BBABBBCD3CC7BAE23BE73C173D033AAB3C5D3C7E39B2BC0A3AC83B85BB123D82BCA5BC92BC39BCB13C6DBC803CE2BCBBBB523B5F3B843A33BCBB3BC1BB6ABC41BCCFBC5ABC663CA5BB33BCA9BC563C3DBCC7BC1DB9A13CC23C8BBC34BA65BC60BCB4BC45BD8EBB023C2A3DDB3C0C3C82BCCB3CE3BCB23BD83B843C3C3BC7BBEC3AD6BC8CBCC23A193D423C9A3C45BC793C0BBBB8BB37BC5D3C983C27BC0CBD83BCC33CB4BC8E3C3B3CC1BCAA3B76BC053D313C97BB82BBD73B15BC453CBCBA97BBF83BFCBB8BBC993BD5BB953CA63A52BC19BB793C01BD343DC43B6BBCAA3B1B3C253B81BC6FBCAEBCB23C1FBD01BD66B87ABCB23B4C3AF83C9C3CE1BB60BB58BCAFBC1A3CA13BE03B06BD263D06BC75BCE9BB323C24BD753B26BD193DDB3B27BDE8BBEEBACBBC03BD053C38BC3F3CAF3CC23C173D92BC72BBCABC0D3C6FBC073C05BDDE3C4D3B8ABC843BB5BC5EBCAABC903C20B9C5BB13BD83BC06BD9FBCF53B5F3C20BD343CA9BCF23C353C653C8B3BAC3CFBBB54BB213D6D3C9A3C70BAE8BC983CC53B34BC073D6FBC8E3CAC3C903B0A3D2BBC983CB5BB4E3CD6BBD7BB873C55BC553D453D72BC76BC373B173DF03C8E3C5B3C94BBB4BC9239EF3C273C963C603C5EBD19BDA13C60BC8A3C88BC873B8E3A0E3CD1BAFD3CE7BAB1BC283D1EBBC6BB62BC39BC0CBCB13C593D4BBCA73CA73CC9BC08BD323B7639BE3BCABCED3BC4BB043DF3BC80BA1FBC353CA33CB9BC5C3B2EBDC039C9BC163CB1BC82BC87BAF03B03BD9E3C913B743AFFBB083C213BFB3B3ABC043C5BBC21BD8CBC9C3C62BC10BDC1BC233D1C3CC4BA5D3C613BDDBC563CA4BAE839B83C863CF6BCCCBBBFBCEA3CC13B03BC483D4F3CC53CC5BCB7BC0F3D79BC423C84BC4C3C0F3B303CD93BB83CDE3B8BBB5DBD7DBCD4BB333CA5BBE43BFB3CDEBB313C7C3CC23C893C11BD8ABC8B3C96BC6BBC673CF33C943B13BC6B3D3ABC413DC93BFABA95BBA13BB03CD33AB83CA43C013D96BC13BCCA3CFF3A1ABCBA3C133BFABC493CBFBCA13C3F3B70BCFE3B373BC8BBBD3C583C5CBA283B7E3CA0BB37BD093BC6BC243DC83C8B3B51BC0C3C34BCDE3C673CFCBB28BC553DDA3BCFBB84BBB23A313C0A3D0CBA8EBBD3BCF03CACBA97BB14BAFDBCB43C7D3CB0BB003D0D3D0FBC3E3B0B3D0EBD0ABC7B3C71BA193C16BD2B3D983C923C823DDB3C5FBB863BD5BCB4BC2BBC69BB96BCF13C973C973B70BC3C3CB2BB803C03BD973CBE3CA43B1C3D19BD3FBD42BBFE3CD9B930BAA4BB0BBD96BA5FBC22BC543BF53BBA3C64BC3E3BE0BC343D1ABD87BC06BDD9BA2CBC47BCB73CDDBB2E3C223DE5BC3BBC583B89BC2CBCA23CAF39DFB92FBC22BD69BCE9BCCABBD63CCFBC21BC983B85BB2F3C883B063C2D3D063D363DDBBC7CBA19BC0CBC11BC06BD8D3C6CBC8E3C513CEEBB8EBC9E3CFD3BD03C39BC393C11BDFCBCCC3C913C5B3CE63C31BB1BBD03BCA1BC21BCEBB9E23CB5BC9ABC41BC843C8FBAA2BC583CB6BC0D3CF1BBFEBC343B03BCC5BC9E3C83BC1CBD5E3C05BBDB3ABB3CA63B98BBA5BC21BD2F3CAC3C7CBCBDBBB2BCE5BCD3BB1FBB97BB1F3C273C343D56BB80BB95BC1FBD1DBB893CA83BAEBCB2BB853B26BCA63B0D3C2B3C233C1B3D8A3CB53C643CF0BA7FBB9BBC593B89BC803C7FBCAA3ABC3CCD3B9BBC0A3CFE3C653D96BC92BC1EBCAE3AEFBCADBB973B47BB77BB383C66BC903D93BC02BC953CD73C0E3DE7BB103D2EBCFC3BF83C953AEBBA3E3C83BCE2BB28BC3BBC033CA13CB1BC16BD0DBD8E3B1DBCFFBC98BC6E3C6F3C7F3B36BC3C3CF9BB6E3B343D29BB23BCF9BC5ABC6ABBE63C91BC88BA9A39273B43BD943CFF3CE23CC53CF13BAFBC2ABCF1BC013D64BCE93A07BCBFBCC4BC8CBBC6BC1C3A71BD44BC483CE6BCBEBC52BB313DF9BA1E3C413D333BE43C073C2A3D713C233C03BD153D7D3CB4BBB63AA13CFCBB58BC85BC0FBDBEBC32BCE13AC83CBCBC58BB5E3C25BC53BC0F3CC63C7BBB47BC9FBC41BBB2B9BE3B1CBA73BCD23C213DC33B4B3C88BC33BBE13B563C5CBC9ABC843CB8BCFE39B2BB4E3D2EBD0CBCADBC123C62BB103D803B323CC6BC0DBD97BC8CBB8D3B283D383BC9BC2C3C12BD18BCCD3CB33C82BCF4BBF0BAE6BBC13CD23CA53CE93B693CCA3A0E3CB33CC6BCA4BCFCBCE53ABFBCBE3CE43BF4BC5D3B06BC303D823C7B3C08BC2DBCE4BC88BBCABCCB3C99BCC73C023C83BB273CA6BC0DBCAC3C2B3DECBB3B3DA0BC573CF1BC24BC0B3D373CB7BC8EBB8BBD4DBC41BA603D09BC65BBAFBB86BC71BC85BC9EBBCF3C15BB2D3D1BBDCD3AB33AB63B153B0E3C9DBCC1BC8F3C62BC013DEC3C47BC473C4E3CAA3BB73C583B49BC38BD203CF13A853CBABB0EBCB43B463C1C3B53BCB8BC05BD47BC223CDFBCC03B633C073DA6BBF0BB123D1EBCDDBB23BD263A76BC35BD25BCAABBCEBCE93CC6BB75BCADBC563B133CB43B4E3C4BBC91BA4EBBF8BC9BBA843CF3BA223C543C4A3C213C14BC1A3B913C9B3B81BCE1BC723C893C88BC81BB42BC0FBC13BDBDBCED3A06BDB03C1BBD86BB003D6DBBC23C2D3D1F3BC43994BC56BCB63B083CE53B93BBC3BAB3BC1DBDA5BC99BC2C3C23BCBC3A873CA0BB8A3C703C03BB073C6ABCDABBB73A94BCA53CC9BC183D973CD9BB03BDFABC8DBCFD3C023DF1BB653B07BD94BB8B3B24BBB1BCE33C83BB643CCDBC983C4EBCF53B583B20BB193DE3BC5E3BE8BCC93C2B3C063D8D3CA43B72BCB8BB423B3CBC2E3BADBC0A3D263B0ABC003BBE3A4FBBFC3B88B919BD433CE6BA03BD88BB553C403CF43A6CBC35BC90BCD9BB7FBC7BBC353DCB3CAFBC8ABC4FBB873CA03CC6BCBBBCECBBAA3A793BDEBBD93A8DBC8CBCC93CBE3C8DBC55BCB83B443CCABCD13BCABB613AE6BB33BDA9398BBBBCBC193B0DBC4EBC773BC83BE6B91BBCB8BC813C6FBB203DEF3C9F3C98BABD3BE43C873CF73CC2BB8B3C17BB063DEE3C48BB083D10BC093C9F3C083D9DBC7139673C60BD513C023CB7BC48BC8ABC813C7EBA623DC43AA8BC6C3C6DBC0BBCA13C983B3F3CDB3B77BC543C2C3C3D3B8A3C4CB98C3BE63CF53AA3BCBD381C3C463C053D4A3CCDB97EB952BDA33C943C563C113D41BC51BB2E3CA8BC95BC0FBC22BB773C0D3CF8BB933A4ABC42BC8839DBBC41BB81BB833C3E3C033CCA3B423DC93CFF3CC7BC8D3C1A3B1EBCB7BAC1BB333BFF3B263D25BB053C35BC113D853C64BC26BC423C3E3D9A3CB63C4E3CCB3C6E3BDDBB983B4F3C1BBD45BC60BC0D3BC1BB7ABB8EBB4DBCBC3B973C8D3CE33A7F3CC2BC5BBBE63C5E3CC33A66BDBBBCE4BC733CABBC8A3C033C653AB13CA33B6C3D013B2B3D82BCF13B65BCA43C96BCC6BBA5BC8ABB8BBC40BD4BBC1A3D5E3CE03C23BBA1BC82BAE8BC153C48BC99BC08BBFA38C7BB62BB943BDEBC663C2BBCC83C71BA7FBB1DBD883C823C5A3BB7BC34BD35BCB83B043DD33B53BB413B323C3B3CB8BA01BB3EBC41BCF53A4C3CB93C47BCCBBBF73A7F3CF8B96A3A7CBC5F3C1EBC61BCD83BBF3C00BDD03AC43B8A3D1DBCD6BB783C64BCC9BCD63CC63988BC21BC093C673CC83CDE3CE93C223CAF3C78BC98BC583B4BBCAA3BC33C73BC99BA1BBCBCBCE2BC06BCD9BCC4BB1DBC343C4EBC57BCF4BCA1BC9E3C9B3C98BB0A3C63BC6CBC3E3CB3BB4C3CC83BD0BBD13CCA3C2DBB6CBB9DBC653CD5BCCBBC053D223D853C5ABD49BB77BBB13C123B96BCE5BCEEBBFD3A743C9FBCE1BBF4BBBFBC71BD48BCF53C5A3C51BC733B02BD3E3D10BB1E3CBB3C1EBD66BC20BDD53C6CBCC63C063DDD3CC6BA9ABC3B3CF33BA3BBC73BB0B9A7BCAA3C9CBCCC3A073DE13B033DF6BCC43B043CFBBB29BCA93C16BC83BBA5BC993C83BC86BCFD3B98BCC5BB0E3BC13C79B824BC4BBBB33C6DBC11BC3B3C9CBCFB3A803CABBC183C543C64BAD13B0E3DD4BC39BBED3B063C463CA33C4A3C67BC3CBB563BD73AAB3C8D3B38BC2E3D6E3C7CBC953B25BDA2B95E3C353CA03B1BBC513CF83CFC3BB73A9BBBF53CC2BC2BBD9CBCBC3AB13CAABCACBC2B3C303DC83CDBBBCBBBA3B9293D5ABC26BCAE3CA03B45BB453CB1B90FBD7E3C42BCF2BC91BCABBCDC3C22BC193C413B7ABDF83B0B3D973A02BD3A3C0FBDD0BC03BD24BC9F3C6B3B8ABC5ABC24BC793B99BA233D28BCA53CFE3CFF3A24BD793B763C783CC73CEFBBC53C623B0F3C7ABC643BD7BBAD3C453B1BBDFF3C7BBC87BC493A4EBDF83C153CCB3C6E39EAB91E3D263C72BCA03C5CBA97BCF53C173DB7BC1BBAB13C8E3C8C3CC0BA18BC98BAFDBBBA3C5CBBBB3C06BDB6BA973CC13C393C333D23BCAC3BD83A053DD5BB38BB2C3B7CBC75BB0BBC84BAEF3BB13C73BC873CDA3CBE3ABB3C15BD423B6B3C14BD99BC79BBC13C023DAB3C18BDFA3CA8BC3A3C4B3C523B01BD67BCE0BC123D02BC9CBD1ABD0A3DBDBC213CBEBC49BC403C91BC81BCB33BE2BC723C4B3C6EBBBDBA183D6F3C15BDFCBBA0BC94BC9A3B6C3BC03C3F3C593C163CDE393D3B203C3D3C82BCAABB013DB0BBB9BCABBCF03C1ABCFABC11BCCD3C233C8BBC5EBB113BA9BCC83A243BE63C0E3C6EBCA73BBF3918BDCB3BDD3C5D3C6B3CEEBCFEBC143CBFBB8B3B3E3D92BC9F3CF33B00BCB5BC063D8C3C993CBD3C1FBC2CBC3DBA6E3C9D3BE7BAF53C883B2DBB76BBA93BD03B2DBB33393EBC03BC9D3C293B06BCAA3CD83A0EBDFABC67BC7D3C073B5ABCE0BC983CF4BC643CCABC403DDFBC3A3C08BC993C933C413C10BB8EBBD93CC8BC683B533C34BC0A3D843CFDBC44BCCF3C153B79BBE8BC35BDBFBC0A3A403C073DD13A123BEB3B4F3D88BC933BC7BC3CBCDABCA4BA6EBCB1BC88BC8BBC9F3CB63CB93CABBC343CD4BC033C273B90BC53BB073D7FBCF73BF4393ABB0D3DC13C70BCAD3CE13A8F3CAEBC823C3E3D57392ABB063D0D3D98BC313CDE3CD1BC51BCB2B9C439B3BC363AEDBB073B253C25BCC73B0ABDC93C733C413C413C1ABBBE3CCC3B1E3CC4BC183C383C0A3BDD3B30BC14BC89BBA7BBB33C1C3DE7BBBFBBB33BC8BBE93B15BC14BD8F3CF9BCD9BB493C3C3CF83A523D94BC273B0EBDBFBCE1BB9ABCA9BCF53B7AB98FBC28BC5E3CD4BC8DBC8EBCD6BCC63941BC86BC33BCB8BC1ABBACBC4CBC243C0ABDFC3CFCBC66BCB7BCC63B0D3CA1BBF03A2E3D8D3C833C50BC08BC093D42BC433C2A3D8ABCEB3ABD3B9CBBA93C0F3C39BC8B3BE13B853B1A3D123D63BCA6BC1ABDD0BC763C0FBD4D3DFABB8C3C90BB653D53BCFA3AD7BBBF3B8D3BC43A7ABCDA3C963C653C303D06BC2B3C483BFBBBC33A383C4E3C8E3AA03C21BCA33C5F3BB8BC4C3C763CC03C853B8FBBD83C263A2EBC2E3C313C08BC793B6BBC2FBC76BCDC3CC63CA43CDDBBF43B533CA03C083C363CBD3AE7BB3D3DD43CB53A083BBC3B033D8CBA0F3C583CEBBC0CBDBA3AC03C93BB013CEE3C8DBB1FBD4BBDF3BAC6BC2A3B7B3CBC3C0ABB963C14BC953CC73C0EBC4FBD763B953B2C3C503CF0BC0EBCC03B7F3CC03CF5BBCA3BF7BB10BB733DCABB16BC82BC9FBBBEBC9B3B7D3D45BBBABCE8BB793CFABCC33B09BCC2BC9CBCDABB313D96BC1E3C7ABC45BCCC3C093CFFBBDEBC4D3C11BDE13C45BCA13CF5BC833C333C4F3CB6BAE7BBA03A8B3C36BC9BBB6B3B51BD083CB53B533CC13C323C263C103D0BBBCCBC3C3DCF3C88BC76BBDCBBC03C85BB503BA8BCEE3ACABB98BCEC3CF03C7A3C10BC7ABA24BAF93C003ACFBC0D3DBFBC98BB2D3C2DBB43BC26BDDEBC2FBC5D3C12BD65BC7ABC593C393CFF3B1ABD863CA73CE5BC08BCDC3A5ABC773B0ABCA13C04BCAC3B6ABA723BD0BC263C4B3CFB3CCFBA5EBB003CA7BC013D51BBB3BCF4BB023D313C813BB0BC4EBCD4B9A6BBFCBC76BCEF3C18BC043CE9BBAD3BDA3B39BBC0BAE23A04BCE0BC19BC9B3CAEBC2EBC29BC32BC19BD52BD3ABA08BD83BC15BC463C8B3C1B3C1E3CACBC293C34BD073CD73C24BC7EBB9E3C84BC8A3A4A3A86BC00BDDE3B1E3C393CA33C7B3C203C053C19BDA5BB823C1ABB243C7D3D9EBC653C6BBB12BC7F3D3BBC59BC043B7A3A98BCD53CDC3C343D02BD6EBB82BA123DC43CB43BA13C11BD6FBC0ABCF4BC8BBC163CCABB7A3C69BCE9BB663C363C4C3C303B1ABD9D3C88BB4ABC19BD573C2CBD39BDE3BCB4BB41BBBBBB24BBADBCBD3C453C94BAB53C10BB93BCB03CBF3C6D3B743B1E3C043C35BC693B123C3F3C0A3B333CD03C1C3B88BB04BCDB3C5CBCC63C003DB6BC903AC03CBC3C31BC9D3C84BB91BACE3C9EBCA1BBEE3C003DB73BECBCA33CDCBC8D3C87BCEA3AF4BC963C063D113C683A633C373CC13B653C94BC1B3A963CE2BBF0BC9F3C8FBB9C3C9A3B2CBDB23B813C333BB83C2CBD6C3CE43B613BD23CE1BB423CC9BBF4BA8CBB9ABCB8BCC3BB103C8DBA4B3CAA3BD03C9DBCC33CCD3B08BCEBBC76BC873C2BBB573CEFBB893B00BD0FBD183C8FBC20BC443B3D3C06BD193D41BD4A3C2B3CD7BCF0BC95BC79BC10BCB1BB55BC00BC8B3CBBBBF0BCFCBCB13C2ABBEE3C573C633C8CBC3D3D1F3D893CC2BCC5BC113C9EBCE9BBA1BCAFBA21BCB2BC0FBB93BC063D40BD1B3D053DDB3CD43B643C12BCD63CF93C0E3C15BDB53C853C8D3C54BCC9BCDFBC1A3BAD3CCF3B113B66BBBEBAF5BA95BCE33BFABC0DBCB43CC4B6603B743AEF3B22BA943CA93C30BC47BC7E3CB5BB",
      torch_tensor_32_torch.bfloat16_12: "0x02000000E23C2BBB3DBD67BDD5BD6E3D3F3ED8BC55BE81BD283DEBBD783D6C3DACBEE83C8D3D9CBD203E093D923D403D7DBD063CA33D96BE783E25BD843D2C3E30BE5ABD",
      torch_tensor_32_torch.bfloat16_11: "0x02000000903F603F973F923F753F803F6F3F5E3F823F5C3F943F8E3F693F6B3F603F543F773F683F7B3F853F813F883F713F5A3F6A3F893F843F863F613F8A3F6A3F8C3F",
      torch_tensor_32_torch.bfloat16_10: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16_1: "0x02000000E8BB193CBBBCACBB023BC53C9A3CF5BC803DCB3C233C883BD53C763CBF3C393CABBC94BC09BD7C3BB4BCD33B50BBBB3A34BCCFBCDABCBD3C833C33BB383C34BD26BCA2BAE5BBA43B83BC07BC27BC17BC683C7A3C8C3C433C293C7C3C3C3CEE3AC7BBCEBC023B39BAFDBCAC3CCF3CA53AF93BABBCB0BC79BC853B223DD83BC6BC0D3D5EBC273BCE3A55BC613D0D3C22BDBB3B763D00BDE13B94BC563ABABC31BCD3BCA0BAB4BCB33B1EBDFEBC9BBC9BBA4EBC0B3D053C533A033D8F3CADBAB1BC2ABC313CCABA08BDC4BB04BCC23C98BC0F3D12BD453B72BC30BD863BCE3C0BBBBB3BD53931BC57BCD2BCF53C133D3ABDDBBC263CBE3CEFBC2D3C673C933968BB0A3B9BBB2A3D8F3C5CBB50BBEF3BA33C943B9ABC273B413CF8BB653B4CBC103D4BBD4EBC203CAABCF3BC30BCACBBB3BC413DC7BCAC3B2CBC813C43BB87BC86BC89BC8ABCF93CF3BCE6B9A73CE8BBF63C18BD24BCF73BF4392FBC4C3D95BC683BF0BC20BD60BB69BCAC3C343CC6BB753CD3BCAC3C92BC903C153C1ABC79BAB7BC693AFF3CE6BC1ABC1E3CC33BA73C503CDF3B4D3B28BD463C66BC963B8B3CED3C1BBB91BC303D08BCB1BCD23B5BBC7A3A953C833AB03AECBCF4BA293C273CDABC16BD223D4C3943BCB6BB0ABC623C55BC2E3DA9BC73BC813CA53A33BC113DD8BBBD3B263B253C953CA2BB073DD53C96BCDF3C763C05BD6D3BA1BB573C35BCE13A553B753C813CA2BAAEBC72BCCB3CE9BCAD3CD23CD4BC8BBC433C53BCE23C433DBCBC8D3C0BBD78BC2DBC0B3D33BCF73B13BA953C9B3C8ABC953C2DBCF43BA83B9FBB7E3CEA3B813B54BCE63CA0BC733CAC3CCD3C193DE4BC00B970BC77BC123C7E3943BC1B3B0EBC6C3C0A3C98BC1ABD5F3CB53C52BC19BCB93C19BC853CB03C63BCBB3C803A1C3C49BC6FBCBDBC53BC1A3C1D3D223DF63BB5BC9E3BA7BC963C65BCA9383F3C3ABD513DD53BDC3BC73CA23CCEBB4CBCB23CAB3C0F3C00BDC7BC3EB91ABC913C69BC50BCB6BC893C82BB93BCBABBCA3CD73CCD3BC4BC613B1E38E1BC7BBA9B3CCEBC3E3D853C76BA8A3A4DBC053C0C3CE13C1E3C313DB73C8D3C0A3CFCBAE53CBB3B94BB9C3C72BBEEBA65BC133D683C35BCD93B8F3C063C0D3C9E3C453C2BBBA2BC7BBB01BB203C393AAD3C65BB8FBC8CBCAD3C24BC2A3C45BC0B3DFCBCFD3B4A3B5D3B8C3B7BBCA5BCF43B97BC58BC9CBBD43C32BC633CB0BABE3C513C2EBC64BC383C96BB1D3BA43A7EBC1CBCEEBBF6BCBE3A4DBC97BCBD3BAABB1D3B3E3D4FBDA2BC9F3B0DBCA4BCEF3B90BCDC3BD33C54BCB0BC87BC463C773AF33B983AC9BC99BCE53BBABBCE3CE3BC68BCE3BB083D903D76BDC9BBD9BABFBCC53AC8BC12BD14BD86BB7BBC25BC3C3B9F3C2EBC81BA73BCFFBC5DBDF2BA1CBC4B3CD4BCE9BC91BC3ABC7DBB2CBC93BCE73C203B833C323C8EBC713C063CB8BC593BC7BBBBBC60BC32BCBF3A55BC193C233B01BD993B24BB8A3C263C753C88BC87BA8B3C56BCC63C9C3CE2BC45BC25BCCBBC4D3CADBCE0BCA5BC5CBBDC3BC03CD73A3FBD3BBC1B3C413C5C3C1DBD58BBCDBB11BCE0BA9A3C84BCB13CFA3C3EBC0EBD1B3CB9BCFA3CAD3CEC3A8EBCD73CD5BBE53B77BC113DA7BAAFBC403C4DBC613C02BC09BD4CBC9FBC09BC7B3C103C08BC953BA2BAD73B9B3BE9BBD0BB653CE7BBEBBC28BC53BCABBC993CE83C8DBBEC3A3CBC2E3CF1BBC1BBA53C93BA10BD043C8C39E33933BDE43BB3BAACBBCF3BFCBAC4BB69BB173D323BFABA50BB8FBCDE3CA23BBD3C1CBD31BCBC3C533CB13C0FBCB5BCD4BC03BC903A82BCF83C87BA37BCE03B3CBB2C3D6ABB443CF4BB643C16BD783C5A3C4A3C2BBDD3BAA43C2D3D8D3CED3BF1BC453CECBCB5BBDD3C5EBBBB3B933C823CFEBB23BB32BCB9BC24BC353C02BDF2BC0CBD9EBCB0BAC5BCC4BB313CD53C05BDE4BC40BC333D283C70BCBEBB81BD983B223CE43A5FBB9DBB9FBCDE3B8BBBD73C9AB942BC1D3BF73AFABC9DBC19BCF13CD63B8FBB4DB9B53C943BBBBCC03C81BCAD3BBFBC0DBC6E3CBBBCB2BC0F3C843CF4BC5C3CA43C12BD05BB16BC1DBD8B3C4B3BC73CF73CD63B5EBC913CA83C9F3B37BAB43C9439353D0F3C11BDD9B9253AA3BB7A3CF03AA13C78BBEC3A25BCD63C0A3C813C29BCA6BC833C79BC3FBDC2BC94BC94BABCBB7BB83FBB03BD99BB1EBC033D2ABD9F3CD33C1EBC033C9B3CAF3C8BBC613CF93CFCBB6A3B87BCC43BBC3B17BC96BC99BCE5BCADBA28BDA53BD5BB1F3C1BBB61BBE9BC21BBB8BB403DEBBC71BC69BCECBA823C5B3BBE3B16BC4FBCC3BB773D80BC603CBC3A8DBCDEBCD5BC6FBB01BD9FBBA7BCF03BD73B593CF63C67BC4ABC1CBD96BCD83C4A3C313C033DBE3BE53C1CBC20BD083DE93B593C0F3C4EBD743B683DB63C3C3CE8BC313CC13C693C7EBC533BA9BC403DE53B013CAB3A15BC693CC53C15BC39BA59BC0E3BE3BAF43CA93B4A3A8C3C69BCEC3AEEBB973A033C763B1E3BA1BC4A3C853B033D09BDAEBCC33CCE3CC0BC603C8D3BCDBC96BBC53B1ABC363BEDBCBC3CDA3CE73BFF3BA53CCB3B623CE6BC9FBC1ABC66BC07BD4E3C66BB1F3D0CBC3E3BA5BC1EBC783C3FBBE0BC093C193D853B09BAD43AE53CA5BC00BCC1BC45BCAD3C2DBD04BC66BB2EBC1A3A913C933CACBB46BC853CD2BB12BBBF3CA83C36BC0F3C673C47BD6C3CF9BAA339643C73BCBC3B06BDF53C983B41BD9037B73B1B3DA6BC093C3C3CBFBB973CCB3B16BCC5BCEDBC443DF63B973C093BACBB483CDABC8BBCCDBCB3BCFFBC533DADBC923BF33BAF3C87BAB1BC05BD853C453ADFBAF03C533C213CAC3ADCBCA0BC0FBD6CBC593CACBB1FBCAFBBFB3BAA3B043CB0BBCBBC14BC043DDA3C17BDB73CE03B3C3C0B3C563B343C05BC5ABBE43C3DBC39BD1BBC",
      torch_tensor_96_torch.bfloat16_1: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_96_32_torch.bfloat16_1: "0x02000000D4BBFDBAA7BCBA3ACA3CCD3CE4BB133DB7BB313D1D3CBBBCC13B1FBCBABCB4BB2A3BBEBC2A3D36BB2EBB8ABB2A3C10BD11BC4CBC47BCE4BC7FBCC2BBE93C9CBC3E3C0CBDAB3C7D3CF53A123D42BC3B3C36BC1DBC343CD6BA2CBC713CD53C683C2C3D9CBB97BCA03C123DE73CCBBCA9BC973C94BC363D34BC2F3D883C543D083DAC3CC2BBC13C6D3DF63A32BD723BDD3BB93C8EBC81BCAA37E13CB93C50BCE83C023C78BBB93C72BCD53CD33C573CFFBB533C6C3C083C9E3C21BC42BC013C8ABC84BB42BD0F3D603C40BC8BBCBC3BD13C11BB0EBD3D3C7A3C463CC1BC34BC1DBDE9BBC0BCBFBCF03BDEBC02BC4BBC00BC3E3D2EBCA2BC0A3D463CD2BBE5BCD9BC583C54BD173CAF3BD63C6DBC8C3ADE3CFBBA943B9EBC4E3C0EB710BDC5B9E6B9B63A89BB0D3C3CBB72BC08BD6D3C6FBCA23C153CCBBCDD3B32BC1EBC113C103C3EBDA8BCA0BC58BCC93CA43C713C093C1E3DF9BC313C05BD283D36BC503CF8BC053C3F3D09BB94BC763C8A3C4A3C06BCBD3C81BC0FBC293DB73BDB3B613B8EBB813C143DC43C633CCD3BEE3B953C31BC45BC18BDA4BCC8BC803C243DA2BC96BCA4BBABBC94B96ABC1FBCA2BCDCBC4E3C943BF1BC68BCE13C16BC2ABB933CB93C57BC2B3DF53CDABC0E3C7BBC963C803C32BB073AAA3B54BCBBBA4B3B2CBCAFBCB5BC71BCC6BC2CBDA53C29BCE93B0E3BCC3B82BCF23B1BBCC63C56BC10BD05BBD63BAD3C1F3D4B3C47BCD43C6CBB90BC32BD013DFA3C1FBDB7BC35BCA0B924BC44BBF6BCC1BA923C01BCE6BB053BD73CFCBCA3BCC6BB9FBB14BDFB3BC7BB8C3C223D93BCA2BC133B63BCC8BA49BC9B3AC1BCA53CC83CD3BB43BA7BBC783CE13C91BDA3BB8A3C96BA85BC70BBFB3BBF3C513CA0BA273A39BBDA3C703B083C8C3CEFBBE8BCB73B1B3CD4BCB3BC3C3DB83C80BD98BA2CBD053CF9BB71BBC63C0ABC113BB2BBFE3BB8BCD63C3B3D8E3BD6BC20BCB4BC56BB19BB193B6CBCABBC9BBA26BD0E3CAA3C56BA19BA2EBB76BCE03C6CBC8EBC863C373AACBCCABC8B3C973C2E3C983CD5BBB03C35BDF63C0CBDE3BBCEB97CBB773C8B3C85BCEFBB1C3C5C3D273CF2BCFBBAD43C9F3A86BC1E3C243D27BCA5BC1E3C5F3C6F3B1E3DDFBB303C49BC9C3CEDBBA5BCA83A99BC73BCAC3CDB3AE0BC813DE73BDBBC8C3A3ABB73BCA9BB643B26BC48BCBF3AA2BB6FBC07BD3FBC19BCAF3CDDBA673C5E3CACBBB5BA4A3C49BB1A3D2DBAA2BC03BC2E3C193B5D3C0A3DA63BAE3C8E3C143C9C3C82BCDABBD03CA0BCEF3B2CBBA23C9ABB2E3C073CC1BC52BB5FBCE7BC2E3CBD3A1E3C083D9239083CE03A34BBB9BC9ABC1B3C9CBC94BC9DBBBB3C03BDFA3CC0BA55BC87BC9EBB4EBC3D3C4BBC343C2CBD0CBD803C92BCD63CA63BF93C10BC8CBCB7BC49BC62BBEDBBDEBBA03C95BC8A3C0A3C02BD18BDDBBB51BB613CA83B4FBC55BC1A3BF43BEFBBF43B7CBC233DC03B8F3CF0BCB73C123DCABCCABC153C333D853BAC3BB53C563C07BC58BCFA3C333CD1BBE3BC56BB62BC7DBC113CD6BCDB3C453DF53B22BAD6BC3C3CABB9963C09BCA03C6A3BA0BCF03C833C0A3C76BC953CDABC603B84BC1D3C713A03BD553C083C7F3CCA3C01BC3CBDDA3C24BACE3B6B3C18BCCABC6BBCFBBC873AA5BC35BC38BB0DBDAF3C8738EB3B5F3C17BCB0BB3C3C61BC053B9C3CBEBCD3BC9BB9A7BB9CBC77BA373C9D3C23BDA93A1B3B11BCABBC5BBD873B17BCA3BC3D3C643CB3BB2ABC3A3C6EBA04BD613CF7BC3CBB89BC94BA053B093D8BBCFB3CAB3CAFBCF83CC53C913B59BC0F3DBCBC2A3C933B673D25BC39BC90B9CE3B483AA03BB4BBDDBB863C553C053D48BD9CBB973C343D783C49BA143D2CBCA3BB86BCC0BB8CBC05BD42BC123ACA3BCC3BED3CA43CC1BCBDBB173D5F3C70BCB03C8D3C0BBDEC3B61BC9FBCAF3CA43BB3B90D3CDDBAD438E93AAB3B3C3C803CA6BB63BC61BC243B0F3C213C823C06BD58BC993BF6BB1DBC75BCF6BA963C04BC18BDA93AF3BC393B9BBB1B3C24BD0C3CE0BCB4BCBABCCA3B0E3DC9BB333C8DBCF13B653B92BC383D31BCF43CCEBC2CBC163DE3B88339B83C963CAA3C2E3C003D323CD53C52BCB13C8C3CFFBCB53CA6BC2C3C1ABB9938E2BCA8BCFABC4FBD2D3DDFBC703C003DB1395C3C413C1CBC78BCB03C073DB03C2E3DD93B6CBC76BCD2BCB93CA63C5C3CEF3B4EBCA03C973CD8BC293C7F3CB13CA1BCA7BCC03C74BC303CF0BC85BB89BC94BB8C3CDD3B213CA5BC923CF63B033DA53C74BC4DBC843CB03CD3BCD13BE5BCDBBCB2BCF1BC17BDF03B93BC6EBB233DB23C0B3CAD3CBE37363C133CD73CB7BA363C8CBB3DBBAA3CA4BC97BBB23C693CF33BFCBC88BB1FBC7E3C093C1F3CA93C0E3DDD3CB33CA5BC623C723C28BD94B965BDC63C13BB923C1A3CDCBB7CBB613CE9BBE83A9A3A55BC3FBDC3BCEBBC95BC87BCEFBB95BB5FBCF43C2CBC6BBC3C3CE1BC1DBCBA3C3FBC5F3CF4BBCCBCE53BEB3BF3BCF43A0B3C92BC68BA0CBCDFBC053C97BCB1BC06BCB3BC0D3A193D673C133BAF3B1F3CB4BCA63BA43C263C0FBD93BCA13BA63CB3BB0E3CAE3CE93CB63CF3BBD2BC893CD3BCF3BB243CF03CE3BBB9BCFF3B90BCE93CC2BBABBC30BC933D15BBC1BC70BCE0BC463CBC3B0ABD5B3C033C493BBB3CFE3C843C403C1439BF3CC73B8B3BE7BB39BBEEBCAA3AE03BC2BC0DBB91BBDC3B103B783C593D5CBC1EBDC53B8B3C15BCC7BB153B24BDD13A09BB293CB83B1EBDFFBBEBBB6E3D493C063D083CCFBCD6BC573C3DBA7CBC2EBB38BC473B093C9E3A25BB6B3C1EBB313CC7BB3B3DE5BC603C893CF8BC2E3CFBBC26BCBCBB133A843C0A3D703C83BC673A83BB163D9A3CC4BC343BCB3CC53CF4BB383CF2BB63BC413D09BDEBBBF63B863BDBBC1BBD5C3DA6BCF53A963C573D123DC0BB9DBCCDBBD6BC86BB1FBCD9BBBB3CB03B59BC993C793CB7BBA83C67BC1B3C543C07BD1DBDD7BC503CB8BC64BC4DBC73BA0FBD493C973CA5BC4E3C3D3B13BC013CA2BC9ABCC23C853C54BDA43C19BD0FBCB33B0EBD6EBA3ABD8B3B06BDA4BC1FBB5739CA3BBB3CF03B37BD05399FBCE33A18BCF5BBD33C17BA043D0FBB8F3C793B96BC9DBB033D243CAF3B333C6A3B7FBD5C3B41BCE9BBCEBC8A3C0F3B263A36BC813B1E3B13BC683CAE3C96BCF9BC323B4ABC003DD6BC6B3B69BC88BA493DE03CC4BC5A3C6A3B843C683C0839F2BC6F3D0F3C45BC72BCB73C013DA83B7C3C1A3BF13C4E3DCABB4FBB8A3C81BA86BC6DBCE53C123DD03BE4BB653CCEBC833AA73BE63CB8BBCEBC4BBB89BB30BC303C033D3EBC9D3C2F3C103A893CADBBC6BC02BC44BDAE3C49BDA13C81BC033D35BD8EBC22BCEC3C5CBC00BC0ABBB9BC403C3CBCCEBCEFBC3FBAEE3A28BC97BCC1BC0F3CA1BCA1BBE43B953BAC3BE7BB0ABD983BD3BC18BD723C1C3B84BC96BCA13CDF3AE0BCE0BC743C473C233DBFBC5FBC28BC2ABC92BC533C66BCFCBB843B453C94B967B8453AA7BCF2BC95BC9CBC8B3B33BCB4BBFA3C27BC99BB063DE6BA00BA773964BC46BC06BDAA3B183DCABA243B0C3C32BCACBC303A4FBA0CBCB7BA82BC79BC41BA023CEF3C6BBCF1BCD0BC93BC2F3B583C7D3A813CED3CFFBC97BC0CBBD33B493C36BDA03BB43C343A7F3CD4BCDABC9E3CB83B90BDA0BCD8BAFD3BDA3C02BD89BC133C78BCD73C893C8FBB3EBBC0BC97BC153D2BBCCA3C633BB2BCA5BA233DE5BC1C3C523B73BBC73CE23C50BD943C2ABCAA3CE53CE1BA8C3CABBC09BCD7BC9CBB3DBC0DBCD13BC83CA9BCC13C2BBCF6BCC8BC6D3C543CBC3CAC3C9D3CF2BCFC3B343A9A3C343BF53CC8BCB8BC1A3D45BC873BA7BB663C3FBC993B16BBC4BCF43CBD3BAA3CB4BC44BCC63BC5BC0B3C42BC4E3C233C8D3C7EBB213C0ABC55BC18BB6EBCC63CF13C423AA03C1E3C063D4B3C153D683C0D3CC4B851BCC0BCCFBCDE3B4C3C5B3B13BBD43CAC3BD2BC89BA22BBF7BBAABCC43B96BCB33CC6BB75BCED3CAABBF63C4C3C14BC8A3CD73AC33C133D40BB01BC7B3B8ABCFA3BB3BB713D30BC623DE938A13C463C3B3CCABBB3BB7CBCCA3A063DAEBC323C89BC53BCACBC2DBDC7BC01BC93BB02BB053BF73A66BCB73BAABC073C60BCCBBC8CBCFE3CCD3C8ABC9ABCA83C8E3B8B3C2A3B58BB523AECBC083B2E3C0B3C0F3D23BCBABC1B3C22BD713C8EBC123BF9B8043C9CBA18BCCCBB183C763C163DDE3BE53B8D3CF13A883CA5BA5ABC013D82BCAA3C073DA3BC13BD233BCF3C233C21BCD13C3CBCC03CC53C3EBC9BBB053DDB39173DA6BAC13C15BCB5BC303A0D3D47BB943B1CBC81BCD8BCD73C4DBB3CBA413C97BCFFBB7CBC92BB433B83BA523A96B8E03C83BC28BC25BC0CBCD73AE1BCC0BBE63C78BA673B893C063D783C873C38BDCFBCE33C5BBC87BC76BC16BCAB3BC53C863B1F3B38BD89BC3E3C963CCE3C3E3C51BC24BA333CD2BAE43A673BC63B3FBBD73B4D3CD0BBC63B57BCC33C4EBD673DC3BC1F3CF3BC2FB8CC3C813CD63C19BD06BC0BBD363CAABBBB3C0A3D203B2A3D81BCE0B9A63C7E3B903C43BD233D3EBC683C123C933948BDC2BBB0BBBC3C773CC0BC8EBC85BCAD3C89BB34BC343C13BCB83AB63BD3BCBDBC07BC89BACDBB873C003C513C863C1C3A8ABC69BBFCBBC5BB12BDACBC2FBD4A3D843C5B3C82BCEA3CFDBCCD3B503C9FBB11BDAFBCE0BA283CA03B2939BDBCC539423BEBBC12BCC53C923CF5BB96BB973AAFBC083CD2BC9BBC2FBA0BBD9ABC4D3CDDBA213C1E3B543C213C4DBD44BCA13B1ABD1DBD02BD22BCD73BD7BA7E3C093AEFBBBB3A9DBBF03BFABC91BC9ABCB23C71BC83BC0A3DB93A21BCBC3CAC3CF53C83BB32BC2E3C73BC06BDA43C32BBAABCB8BC11BD9FBC27BC183D5FBBA33B83BA163C75BBF93A83BCC0BCF53B12BAABBCDD3BF43CCC3CF43C09BC953A7BBC083B853B8DBCCABC0C3C11BD4EBC6ABA86B98ABB81BB89BB393C56BA5BBC073C903B623CB5BC3DBCA9BC7BBB863B453B103B6D3C2C3C65BCBC3CE4BCB8BBEABC5CBB773C4B3C8D3C03BDA2BCDA3CB83CC33BB73C733C593CF4BC95BC993C2CBC8BBB14BCAA3C4BBC02BDF43C563537BCB9BB38BCB03C333C86BB92BC883BF03C4C3D163DE23C2ABD4D3D8DBCAEBC4D3B0C3CE13C163CE9BC08BCC2BA263CC0BB60BC103D7CBC74BCBA3CA33C5FBC8C3B58BB45BD233CA3BC023CF73BFEBB423CF1386A3C8B3C38BC29BC163DAE3C06BDD43BB3BCB9BC993BB03CFC3B9F3AAB3C2E3DF83B1E3D813C8E3C25BC69BCB7BB0EBB2C3DDDBCBEBB913C41BC5A3B6F3A073C583C983C68BC20BCFCBB533C82BC0F3DA5BCC33B6FBCADBCE4BCA6BCCF3C8ABBB3BC2BBCDF3BD73CE1BC01BCA03CBC3C25BD7BBC0DBB903C253C67BC5D3A433C89BCB6BB383B153CD83C443BCDBAA7BC223C2EBD14BC9CBC62BCD83C3C3C2BBD2E3B0F3C8DBC12BBDCBB073C7C3B8C3CF93C9F3C06BCF53C2A3BBBBC493C16BDB03C80BCD1BBCCBC3F3C43BBFE3CCABBAC3C693C403C863CBFBAF93A893C1D3B763AF23C16BD0B3DBE3CEABCEABAED3A293C983B6EBDCF3B47BCCDBC70BCCF3BC8BB023D5ABC95BC613CF03C65BC43BCD839143D8F3C313CCEBC43BCD43B1CBC1C3DBBBC8C3C823CD2BCB73B9A3C8BBC263D87BC0A3D94BC263CBF3B373DC0BC6E3C6C3B6D3B49BCB2BB3C3C06BC763BA9BC30BA283C483C8FBB273C873C2BBC1BBB86BC8C3C1BBD2C3D403BEC3B27BB133B82BC163C123CDC3C823CBD3CB4BC293C5DBCCF3BDCBB9BBB98BC00BDDB3A013C2C3D183CBBBCFA3C983C8A3C5ABC12BD8F3CBEBC7C3CAC3CB53CC8BC123C65BC633CAB3B9CBA09BC0FBD2D3D333CE5BB01BD85BCAF3C1A3C96B9CBBA96BBF03CBCBC73BCF83C733AB6BB98BB46BC5E3C0CBDA5BC32BC193DA13CCA3C7F3B56BDDABCB13C35BCD73CB93CE7BB8B3B563DB03CFA3CED3B1BBB103D7FBC293CCD3BC93C4CBBC1BB863B973B2D3B94BBAABBE03A52BD3C3D3FBC843C373C88BC03BD4BBCA7BBB6BCE8BC3FBC1DBB0ABCA63C82BC1B3D1CBD0D3B72BCB5BC673C943B41BC733A29BDC83B0D3D8D3C81BCE03BBF3C0CBDCCBCE13C303D17BB47BB65BCB53BA23CD2BC1ABDFB3B85BCD33C32BCB53CA6BCE83B7EBC923C33BCB03C5A3C303C7C3C9B3C1ABD9EBC42BA07BC9ABC163CFC3CD1BC853A62BCA8BCCE3B323C0BBB5E3CA23C05BC9A3B603B0CBD6FBCF5B8653BA53C763BF13BB03B1B3DB73CB4BC21B9C03C29BDAEBCF53B37BBF23BB3BCF0BB3D3CA9BCE03CB9BC91BCF33C57BC333CB43BBDBC75BBA7BC063D6ABC133D14BC2FBDB43C16BCA9BC8CBC563B47BCBC3B34BB193AA638D33C8FBC34BB1DBC063B0E3C61BC54BB553C963C17BCE13B503C873C783B9CBBD83C973B56B9ADBCA4BC903C5EBC093B3DBD27BBA0BCC23C1F3CC9BCE53CA53B89BC953CD2BC693B52BC04BA8DBB8BBA81BA8A3C283D333CCB3B1BBC28BC59BC4ABB95BC83BC7D3CE6BC8D3C94BB623C893CB93BE53CD1BBE83C97BCF0BCB93C343C34BC0F3D973BD3BBB13B4F3C953C8F3CBCBB203CF43C8C3CA93B67BCE63CEFBCBF3CC0BC16BD603CD2BC4C3CC8BB39BCD3BB7EBCB5BB553C8ABC8DBCF0BC85BB643BBE3C033CA9BCFA3A473BB0BCB2BC9DBCE2BBADBC8C3B403B73BC463DB23CA7B991BC99BB5C3BE0BC6FBCB2BC703CABBB65BC85BC853C9E3C173C02BCFF3CF4BAEABC56BC763CDABCD1BC813C90BCEFBCD13C9CBCEFBC8EBC0DBD6EBC953BA9BC8DBC51BDE9BBFF3AE43B8A3B823CC0BC94BC1CBD8E3C14BD313CCABC86BCD9BBE8BB43BC2BBC90BB013DBDBC493CD03C0BBD56BC833CC03B81BB0EBC743B9C3CF8BBCEBB693C26BCABBB55BC30BA92BCE9BB943C0BBBEB3CEA3C88BC0EBCCFBCA1BC98B8AD3CC0BB59BC6339FC3B30BCCCBCBEBC8A3BCFBCAC3C0ABC1CBD32BB2BBC72BB5CB9473DA3BC2A3CCCBA293D273D02BD87BCB7BCFBBC023C623AFC3BF63C0B3AD43B8D3A353C08BB08BBC93BB63B23BCD3BC143C92BC59BCE1BCCFBABB3CB0BB69BC93BBB0BCBC3C573CD6BC063D313DDE3CBC3CBB3CB83BC1BCDD3C053D9D3BDC3BA4BAC6B79A3B9FBC3D3C963CC7BCD33C44BCA3BCFE3C4E3C8C3C9FBC8FBBA73AABBC07BC063C43BC7C3B4FBD46BCFC3BE73C9EBB67BB8ABBF2BC963C783C7F3C0FBADCBC56BACB3C60BC8FBCC13CCEBCDD3CC73B91BC3D3C3EBB903C173CC1BC86BCEC3B35BCF53A123C07BD4B3CA4BC053D8FBB723BFDBB9D3CC93CDABC5B3C1FBD1FBD61BC2BBB32BB8C3C8CBC66BCD6BBBA3C27BC16BCC53C263B0A3C863C7B3B6A3C173CCA3C1E3BC43B553CFEBBCEBC46BC533D2ABC293C143D9B3CFDBC033C033B25BD813C61BC90BC493CDE3B9EBBF7BC103C8C3CD03BFC3B583C093CCEBB833B993B703CE43B14BDF43CF03C04BD9ABB7CBCC43B70BB883C5A3C27BDC03BFABB1ABDEF3B47BC573C883C82BCCA3C8CBC12BDA53C543BA6BC3BBA263CEFB987BCA9BC663C8DBC433D153CB7BC0BBC383DB2BCD0BC73BC133D513C50BC32BD68BC8D3CE43BA6BA5D3C933C35BC3DBBC1BCB33CFB3C8DBCFA3B9EBC3AB73D3A1FB874BC943C4ABB87BC033C8D3C783C51BD2BBCB8BC693CB2BC6F3BAF3BBBBC1F3C823ACABC86BBE7BAF13A0CBC4639703BBC3C5C3C173DCC3C2CBDB5BC3BBC5E3CDF3A91BBFCBCFFBC153C50BC6B3C96BBC03BC33CC83C2FBB473D6B3C27BDEF3B7DBC9ABC1E3D513CE1BC66BB883C90BBA9BC823C70BC63BBAE3CC1BC9A3CF8BC4B3CB23CF7BC5ABBB63BCFBBEDBA4F3D3EBCD23A8DBC18BD7A3BB93B9A3C853BDABB1E3DDFBB053D673C67BBC7BC0E3DA4BBEB3C2FBD3DBDD93B503C1E3C99BCE83C853CC33C0F3C813C0F3D11BCB43C373BBABC1BBB1FBC8ABC3CBB843C1EBC383B9BBCC9BB643DC53B653C89BC113D733C993C6C3CFABC5DBB433CBCBB87BB1A3DC63CCFBB5CBB0C3D973CBDBBEE3BB9BAB73BDE3C22BC643D403AA53B0ABB9FBB6DBC7C3AB2BB84BCF23C173DA9BC05BCDD39C8BC583A38BC6DBCADBBA8BBBDBBB43C6A3C283D56BC14BD6A3C973B99B93E3AFE3B12BC97BC61BB873C79BCC53C063DCA3A11BC9DBB8E3BC93B573B883C74BCB73BCBBAAD3C25BC203B053C6CBCF3BBD43C713C253B79BC063DDFBA3F3A75BC803C40BB4ABA373B15BD09BB1D3B0A3D233D9FBCBFBBC93B9C3C3FBC2C3D4B3CEBBC6CBCD93B1C3B193CBCBCD13BC43C9CBABCBC64BB543DDB3C08BD0EBD913C9C3CFBBBAF3C253C4EBCC93CE038A1BC8B3C8EBC8C3CAD3C343C103DB73C483D83BCB3BB05BCFF3A1F3CA0BC683BD43B05BD98BCC83CA9BCD0BCD73AD73A98BCACBC6A3CA03A28BCC53CE63C3D3DA43BAEBA633BB7BC653CDEBA5BBC0E3D95BB543A01BC1F3C02BA043B313B75BCFEBB283C523C1E3C4FBB2BBCC53C3F3C0DBD34BDC839E23C21BCD83CE6BCC83CA939B13CC1BC9A3AD33CF9BB2CBCCEBC5D3B1D3CAA3B2FBCECBB53BD923C053D9B3C073C6EBCBCBC8B3CC3BCD53AAB3B5B3D16BC0FBDC23CE83BF5BCB2BC7B3C95BA59BB403D313B0D3DD5BCA3BC783C98BCC4BC8ABB08BCCFBC22BCC23CCABCB23CBABCC63CDEBC473D89BDC13C5BBC773C58BD0EBCF63C8A3CE2BC6BBBEFBBABBBC5BCABBC94BBACBBDD3CD23CC9BCA43C02BD2A3D96BC24BBA43B9B3C71BCE4BC91BC53BC49BC9BBCA63C473DCC3C9ABC5EBCD83B93BCD1BA083C77BC8139E3BB89BA15BD403DC1BB",
      torch_tensor_32_torch.bfloat16_9: "0x0200000098BDA1BDC73B6FBEE0BD17BDD5BAD3BBA6BD683CA93DB93C043E853DF83D0B3EEABC783DB13CB3BC27BE173E043E003D953D123E0A3D903B25BEF43CEC3D20BE",
      torch_tensor_32_torch.bfloat16_8: "0x020000008B3F873F7A3F893F5E3F833F713F643F953F923F8B3F843F863F6F3F5B3F963F673F743F783F8C3F613F853F863F8C3F743F893F773F7A3F7B3F883F7D3F643F",
      torch_tensor_32_torch.bfloat16_7: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_128_torch.bfloat16: "0x02000000DC3CD6BCCE3B68BB6EBCA8BC0E3D3ABACB3C803C9FBCB6BC23BC52B98E3CC23A273D74BCB63B7D3C6CBC9C3CA43C123D893CC9BCA5BC9DBC323DEC3BB0BB62BB863B353D853BDDBC8B3B823ADC3CB63CE73B183D48BCBEBCB93C9FBCD73C52BB06BB0EBD86BC45BCBDB9F7BC65BAB0BBDFBC9BBCCA3B203D02BDE2BC58BCC1B9733B353B113B793BFE3B87BC8CBCC63C06BD233D9FBBBC3C38BB0F3D133C67BC533C7DBCB5BC9ABBF8BBF6BC923CFBBB173C1F3CC5BC6B3C2A3DDC3BA63CC7BCFF3B093CAD3CA3BC34BBEF3C03399D3C65BB08BC6BBC043C50BC3B3CF2BB013D6E3C09BC4BBC32BD63BC4E3CA7BCC8BC23BBA139A5BC8DBC923CC43C8EBB1DBC453C3EBC8ABCD13B8E3C2A3C30BC0ABC3ABCE73A653CD73C96BBF23B09BC863A7CBB13BDBDBCF43AE6BCB8BCC03BC0BCC8BADA3BA1BA85BC29BA1FBA27BCBB3B66BD9F3CBCBB30BA0BBDCDBB3A3DB13C65BCFA3A0DBD08BD08BDCFBC683C23BC073B86BCD03BB03C083D0BBD3B3A0C3D003D66BB56BDE43C9FBBB4BB19BC473CC6BC8CBC2CBD0B3C0DBD85BA2CBC03BCE93B93BCADBA77BC293C0F3D43BA57BD8C3C86BB113DE5BC18BC89BCD5BC87BC53BC93BC5EBC943CA73BD33C8BBC80BC1FBCA3BC653C353C993C69BB773A64BA933CCF3C53BDE4BC6DBCD33A0B3C3A3C35BCD63CC73AD7BB1FBC6F3C2DBDD2BCD1BB303CE73C0DBDBA3C95BC293B69BCB4BBA7BBE2BCE43C8C3BD73C113CDDBB27BD2C3C9C3CB1BB56BC083DB4BCEFBA873C813C69396FBCEB3B7E3B3F3A34BDFCB924BCA4BC19BDF5BC1DBD31BBF93B5ABC673CDA3C85BB393BFA3CC23CF5BC86BCA73CB8BC97BCA73B77BC293D1A3D5CBC4A3CE43C283C19BD363D713CD8BCD03C3EBC3F3CE9B9DC3C203D12BC0FBD063D6ABA09BC833CCD3A54BC05BDF13CA13C723C60BC1ABCACBCC7BC82BC063C2ABC833C3DBCBE3C5D38A8BB90BB7FBC63BC163DBB3CC0BB57BCEA3C9CBCD13C863A52393ABC173CB43C993C9C3BB9BCA4BC183C933C863CFA3C4D3C95BB6EBC88BC4F3B7BBCBABC9FBB11BDD23B273D7F3C12BDA7BC9FBC8B3B693C48BB993C713CCEBC54BCC03C8F3C813C163D75BC67BC133CDDBBBE3CD03B693CC53B15BD883BFEBAD73CE5BBC9BCC43C4ABCA13CA33C9E3BE93AACB7993B263CDABC8BBC533D51BDACBCB23B34BC91BC6DBCCD3C143C13BD0A3C273C983BB33CEEBB903A913C313D14BC17BC89BC883ADB3A06BC7BBCAD3B793C613C4EBCBBBC263C6ABB01BC323C623CF53BCE3C0A3D94BC663C303C33BC55BC60BC013C24BCBE3B113D10BD92BBA33CB63BADBC003D4EBC393C16BC8DBB8F3CBCBC903C283DC03B043CCD3CFA3BDE3C52BCFC3CBFBBB2BC02BDACBC60BA44BCE93B2F3C21BDBA3A5D3CD23B0B3DE0BAC5BB25BC45BD2C3BAFBBF6BC653C03BCACBCD7BB1ABC233ACDBC953AB639D53B82BC933CD8BA61BC553D443DF63C5A3CAE3C13BBAFBBAABC8BBC053DF8BA883B1A3D51BB0E3CAABC843CA2BBA3BCEDBB663C8F3C4DBDA8BC99BBE83CA4BC23BD08BDFA3CEA3C7EBBC63C883CACBC87BB85BBE03B613DF9BCF6BC863BF63C473C793B81BA81BC3F3CAA3C95BCDB3CEB3C1E3DB43A8FBBC63C0CBD22BDF03C773A4ABB8CBBC03C7CBC563C9CBA863B6F3CCF3C04BD9E3B9CBC0BBB08BA773C7ABCA4BC92BCA83B19BCD0BC813CB9BC2BBA863CBA3CF0BC493C293BBDBC6C3A153DCCBADB3CC0BB15BC9E3C17BC623CD43CDA3BB8BCD13BA33C0BBC03BD793C82BC9FB71D3D5BBCD73BDD3C813C813D5CBC55BC4B3A76BCF63C303D253D833A1FBBC1BC3DBC81BCF8BC8E3CF83B8A3CD6BC59BA973BD2BCF23C973C623C753BE0B84CBC05BD2F3CDA3C62BC28BCCFBBB7BC5BBC443C7E3C563C0B3DC3BC253D61BBE8BC783CE7BB32BB0E3DD7BCCEBC1CBCFFBC9B3C9A3C9ABCAFBC963C58BB97BCBD3B50BB903C583C74BB103D663C083CCB3CA5BABABC90BCA83C113C04BDE43C51BB7BBCD2BBC8BC92BC823BCDBBAC3BC7BB173B0D3A423C8EBCB9BB8EBB193CE6BCBABBFBB9D73C0BBCEA3A803CC63CA9BBBCBC71BC913B693CA4BBCD3C79BC113CD93B6BBB5FBC99BACE3BD43CF7BCCA3B283BB9BC133DC2BCA3BBA1BCAEBCB9BCAC3CF8B9CBBCA13C5C3BEE3CDF3CD33C57BB3EBCA8BA253B323CD4BB3B3C973B9ABC73BB47BCE73C693CE33CC13CB63C5ABD0E3DE93CAE3CDDBA70BC953B5DBCB6BB0ABD5A3CC53AD2BB0BBD45BB83BB85BB7D3BBFBC203C20BC5B3B493C753BECBCB93A853C2CBC84B9F63B93BB8F3C2A3C323C083C4CBB653A1F3C60BC033CC0BA433B783CAB3CE8BC3A3CB8BB75BCFDBBBABCB43CC0BC093D6CBC3C3C9A3C893C56BBBB3C0ABDA4BAF9BB28BC453C0DBC9FBC8ABB8DBC9EBCBABC843C0FBD043D17BC5FBABEBB993CBB3B363DE4BC713C8D3C13BCD8BCBD3CE7BC1E3C533C2EBB5FBB88BC1F3CD33CA7BCC7BB663C8A3CE43B87BCB43A063BF03BC5BB16BD96B70DBD723CDA3C33BD05BCAD3C59BBB3BCDFBCDF3B013D173DF43B8A3C843922BD5ABD093C90BC9939ADBA19BCE03C1C3CDA3B1E3D99BCA1BCC43BB2BB383C2ABC993C483C423C31BC78BC49BCA53CC83B7ABC203B02BC973B19BD393C5DBDC3BBBEBCBF3CD03BBCBB8DBC8C3CA7BBF6BC7E3C26BBE93BF0BC323CF0BBC5BC8B3C7D3C673C4ABC9E3C413C99BB743B113C433C8A3C3D3CE6BC283C0A3BB0BB9E3CA83C1C3C03BB093DBC3C09BDC63C4EBC83BC40BC81BD91BCB43B11BCFC3BF53BD9BC833C0EBD923C61BCECBCA03C953C1A3DD23C24BDB9BB1EBD0A3DD33AF8BCF2BB633C373CC7B91D3B67BA913C5FBC573C0BBCF23CA93C8ABC23BD28BD15BC9DBA8C3C67BBBDBC6ABC78BC9C3C493C1BBC56BBA83CAA3C443B37BD5EBCB63BB73919BD1F3C2B3CACBB9EBB913C673D653CADBC88BBA1BB4F3B5BBC7F3C123D243C943C5E3B883CBF3C05BD1C3CB83CE6BBDEBB003D473CA23CCF3CEB3CCCBA71BB8C3C35BC883BD0BB86BB16BD1FBC3CBC9A3C34BCBA3C9ABA82BA48BC52BCF4BB5DBC5E3A08BD0DBD143AF6BC553D1C3DAABCB53C81BC1CBD023C583B883974BB9C3CB03C2E3C9F3CC63C5ABDD13CCE3B6C3CAA3BFDBC293C9EBC3F3CF4BCD93BDA3BADBC36BD0E3B97BC693D2DBC0BBD6EBC853CF2BCBF3CCA3CDF3BC1BB8F3B243CE33CE5BA7FBCAF3C8D3CECBC21BC5B3CBD3B60BC723B023CDCBBA03CFB3B643C2B3CC23CBCBC9BBC13BBB3BB163BCCBA7C3CA9BCAEBC00BD0FBDC73CD9BBB53B253CA1BB90BC95BB103B23BCC73CA0BB7A3B763A4B3AC43CB43C14BCA33BAC3BDBBC183D553CD6BABC3C03BD8E3CCA3A7C3D4BBC97BBE93C5CBCCABAA1BC05BDBABC9E3CDE3C843C0BBD7ABC9B3CD93C15BDC53C2D3A3A3C98BB8B3B173C04BD1F3DB5BC97BBCC3CE3BB4EBB0C3C8C3CF53CA1BC0BBD3DBB6FBC05BD1F3BBFBCD33B42BC813C333B363C193CA13CEE3CEFBC1F3DC3BCA73CA6BBD43C30BD4B3C89BB6BBB48BC87BCBE3B083C44BC2F3C9B3CEEBC3BB9A73C473D11BDD8BBF03AB33BEFBBB63BE2BC64BC1FBD5B3B053A83BC783C503BBA3CD53CA9BB93BCD8BC7D3B71BC1D3DA93C9A3B173C063DB3BB2CBDAF3C3FBCB5BB1EBD9A3CEB3C353C4B3CD2BB24BBCF3B973CE73B50BC4C3C43BC223C48BCCFBCD93B11BD08BD37BB87BC09BD8D3CC1BBEBBB65BC8A3C8CBCB43C433C233C733CA5BC8EBB0BBC133DBFBC07BC383CA73B1A3D07BDAA3C92BCBA3C333DE7BCD1BC83BCA33C753B11BC933CA1BB91BCA13CE13C1DBC303CE1BCAEBC9A3CF43CB7BCAD3915BD2E3B8DBBBCBC303C24B9653CEC3CAA3C923BD13CE73C5A3C91BAD1BC813BC3BC11BBED3C86BCB7BCA6BCFC3BEDBB9ABAA83C843C4B3C97BC06BD17BD263C09BC6BBB8F3C29BDF13A2C3BAD3CB6BA133D94BB673C52BCDA3CCA3B8FBBA6BC58BA093DF4BB8EBCA53C7FBC1A3D2B3DAB3BF13CB1BB3D3C823C543BF2BCAD3C0D3C0B3D853B943CF1BBD0BB95BCDA3C24BCF03B413928BDC43AAFBCDB3B693C643BA73C0ABD6B3C70BCBE3C8FBB4A3C343B913BE1BB973BA93CD8BA4E396C3B1F3DEA3C543C5D3D22BD853CC03CACBC03BC5A3C543CC4BB85BCBE3C78BC6D3CB23B98BC86BA47BC4CBD82BC7BBCE8BCD83BF03CF5BCF9BABC3BEA3C90BBBD3CBABBA7BC513C443B0FBCF4392B3BA33AD13BC9BC88BCA63C1BBCD03B4139003C0FBC11BD6D3B163CA3BCDABCD0BCF93B8DBA6C3CC43B603A183CEFBA9B3B2DBC58BCE5BC5BBC5BBC5B3C253CF13B1BBA013C0BBDC0BA1D3CDD3CB3BBB43CCBBCE33BFEBBF53B20BD4FBB393D9CBCAD3BF0BCE7BB38BB943C8FBCAF3C323C1C3CDC3C12BD1EBBDA3BB2BC68BC8FBCB039D2BC20BCA3BCC7BB9ABB89BC7EBC7ABC1D3D0FBBF53C82BCD7BC423C783B4BBCEB3CDC3CE8BB65BB67BC7ABBDF3B433C6FBBEC3CAD3CC33B3A3DC6BBF1BB64BC8CBCFC3CFC3C1CBCC6BC9C3CF0BBA53C2E3C1B3D1238E0BC80BD02BDA63CA43CAABAF73C3A3CD3BBDEBBFDBC1E3AFB3B413B85B8D7BAAFBC023CCA3B753CEE3A12BC92BC24BB4A3CB5BC42BCAE3C073C04BD683C21BDAFBC303D853CA73B853C42BBF0BC6FBCEE3BF6BC9FBC50BCA53C0F3CEFBC013D0F3D263BF2BBA63B90BB40BCC13BA43C8F3BCEBCC9BBDABB833C43BCC53B9ABC193CD2BC333D0D3C5EBC1ABDF9BB03BD89BCBBBC58BC1B3CD63CBBBBC2BBC43C31BC353C75BC2CBC02BD163B92BC04BDFC3B653C143D3CBD2E3C24BD73BC233DD6BC2FBBAC3CB6BCC23CBA3C3EBCB4BCA0BA97BC27BDF6BCCF3CAABCDF3A77BC4EBB9C3C2DBC193D123D33BD05BC0F3D01BDEBBC723B01BDB0BCFA3C103B7F3C07BDB63AF1BB4BBC10BC12BCA43B34BDECBA3CBDCB3C8B3B2F3C283C9EBBD83B9FBB22BD70BC43BCB6BCD03CDB3CDB3CF939B73BE0BC523CDFBB2BBC0E3CA1BC6ABC4FBB023B033B8EBC28BCAA3CA0BCC6BC14BB673C68BBB63BA73B8BBC7C3C983BCABB61BB2DBB92BC1EBDC13CB03CBABB7ABCF83B07BC743C65BCB1BBCC3B94BB713725BCAB3B2DBCCE3BED3C883C8CBD0BBC17BD32BCFABB2E3C013D3A3BD33B00BD033D0DBC73BC863BBDBCF73C063B843C363C983B493CC7BCB8BC71BC01BC72BC6F3CB3BC17BBE5BB123C2EBCAABB043D723BC6BCF2BC13BD043DB63A073D273DC83C9B3C1EBBC7BA2FBC643C7D3C61B9243DED3A99BC9EBCD23BA43C04BCA5BC6EBCDEBCB83C96BB84BCC6BC9C3CFA3C2EBB623C1C3CB13A03BD4EBBA4BC203D66BC9B3C7ABC1DBC82BC99BBA73CA5BC10BD863BEEBC6A3CAABCCABC1E3D49BC443CD7BCE53C56BC443D813C4ABC83BA9BBC3BBC1E3B023DC23B6F3C14BC873B7C3B05BA96BCA73B14BC88BC04BCCF3B59BC1EBD51BC5ABC3DBCEA3CD2BBA538913C39BC19BCF33B0DBCE53B173C9F3B6D3DC63A1F3DF03BD0BBFCBCE73BC83C48BB593A24BBC43BCE3B9C3B4F3CE6BC21BD033CE1BC0F3D203BF7BCACBCCC3CF43C823C9B3C0F3C3B3BD33A34BC103D1B3C313CA53C00BC15BD83BC34BDD63CEEBB73BB203D603C133D83BC6A3C8FBB7FBCC83BDABC0D3A873C5ABBCDBC71BCABBCC13C413D823B033C08BC7F3C47BCC33C5A3CA23C853C653CE03B89BC62BDA93CE2BA5A39E1B7073C033D053D92BCD63CE4BC013B83BB7F3B86BC3C3C06BBEE3CFEBCE2BCB7BB17BD75BCD9BACE3CEA3C1FBC603C71BC11BB5E3D763CBD3BAF3ACA3B34BDD9BCD33C883CA63CB63CA03CB73BBF3CA1BCCFBAD5BCCD3A24BCA13C5EBB963CAB3C3C3C1E3DB1B9E8392EBAADBC7F3B283B7ABB8CB99CBC843C703AF83C2F3D843C3BBCB0BCBABC663C41BCB6BC86BCC33C063C173A63BBB7BB6DBCA13C19BBAD3BCEBCDABB873CCC3B5A3CB2BCC53CEC3B8CB8D03C58BD85BCA53B853AAEBCFCBC2ABD2DBB553AD03CE4B9C8BCF5BC55BC093A523AFE3BAABC0FBD663CC23CC43CB4BB4B3DCABC4CBC1ABC6BBC323C89BC9B3A64BB063AB1BCD4BC5EBDABBCBA3C033C34BCBA3C023CEEBCA8BC103C4F3C103DC1BCA03B1CBD05BA813B86BC133C9ABC0C3B8E3C44BC3CBC6ABC8C3C233DC7BB693CB73CC7BAACBB35BC3839823CB7BC2FBBAABB423CA13C17BA893C493BAD3C7ABCDBBC8E3CA23BA1BB12BD163D043C88BC643CA0BC623C19BD50BC45BBDB3BBEBC08BC77BB13BB6E3BF6BC3BBC953C163C88BC25BD2C3CB939593C293BC5BB4ABC053C70BC3FBB5CBCA5BC743C99BC0DBDA3BC4F3D133D843B82BA2C3CE43CE93C8D3C233DF83CEA3B243B45BD4E3CF2B914BC013BCC3C08BD543CE23B093C1FBCD6BC50BD36BC5DBCD2BCA93C933C08BCF4BC143D6C3B43BC313D923C67BA97BB473C10BC8F3C4CBC183C33BC2EBB11BBAFBC843C9F3CDBB81EBD66BC1DBC39BB4C3C59BD4FBC5EBBF5BCB6BC123C203D44BBAC3B103B5C3A01BB103D6A3C02BD4CBCB9BCB1BC973CCE3C053CA0BC963B18BCE13BFBBB73BCE7BC8FBBD3BB203AB0BC643CB23CA6BADABBCC3B5DBC043CF7BC4F3D12BC80BB5D3A9ABC633C80BC473C10BBBABC4DBB41BD4FBD243D4BBC9ABC213DA33CC6BCAC3B84BC703B20BC763D7E3A3B3B22BDB8BCBC3CCEBC483C23BD85BC2C3D2FBBA8BB083DE23C95BC293D843A6A3C93BBB93CA93C77BAF53B0E3D8F3C103D5CBC6E3B9BBC1DBB613C66BD133D9DBA04BCEEBC743CCEBC46BBAC3C7A3B2CBDACBB1FBD7C3C603CD83AC2BCC93B3F3C66BBC73B2ABC913C20BD8DBC843C83BC2A3ADE3AE83B0C3B9ABCE0BBEDBB18BD7EBDC7B9B9BC9A3CD43C873C90BCC9BC093D6DBC5EBCDF3C353A653B3DBCD13CF0BCEDBAFBBB7C3C23BC5BBC35BCA73CBC3C06BC20BCCC3BA3BB55BC03BDF039AA3C31B9A2BBE83B60BCD5BC85BCD83CABBB51BA043D27BD3F3C723C57BB6B3CCEBC1EBC33B927BCF5BCD93B0DB9AD3C67BA50BCA1BCC13C383D743C9D3CDD3A05BB023C1A3CA53B3E3B8FBB783CE93C923C913D013CA0398CBBFABB3E3C023DE1BBB23C27BC153C3ABCA9BCCEBC503B2BBDED3BF8BB4D3C1B3D023DC13BC93B363B48BD76BAA3BC433CB73CAA3C57BCB7BC45BC303D04BCCDBBEC3C9A3C0BBD8CBC213CD6BCC5BC14BC8BBA52BCA7BC69BC133A253CE23CB33B64BBE4BC35BDDDBB2D3CA03BBE3CA73C3939FBBA053DA13C6C3C81BC37BC50BD8FBC86B826BC48BCA8BB083CE6BC8E3D343D46BC513CDEBB213D5F3BA53C693BEEBB7B3C35BCCA3C41BA133CB039C83CAA3CE3BA48B8CA3CF3BC843CAF3C323B753BA4BC823B323B4ABC273C913B88BD57BC3B3AD7BC8ABC683D03BDAF3C1B3C8A3CDF3C2B3D313CB53BC83B1ABD87BCAA3C493B42BBDEBC7FBC06BC803BDBBBFABB2F3C193DD63C293D103CCC3A2B3CDCBC1EBD64BC9D3CD0BCCDBC8EBC323CD2BC423B73BC00BDE13BA2B9853ABC3C373BF83CB73B223CA63BCFBCE5BCCFBCDDBB0ABCDC3C55BC163C09BBC8BCDCBB20BC243A703C0B3D273CF53C37BC41BC933B23BCD23CDB3B7CBCC7BC1C3C20BCD73ACCBCF9BAA93C43BC1EBC333C423C073BF13B3CBD44BDDB3B193BFA3B543C71BCC8BC013CEA3C86BD10BC8FBC37BD10BC983CF63CB03C693CB73C2A3C42BC8D3A93BC553CC0BC33BDCD3C3D3C07BC3D3AD3BCC3BCA83C463DE93C29BBA73CA5BC8D3CCB3B673C62BC9A3CAC3CC6BBFCBBD6BCEA3CD1BB6E3CBBBCED394F3C963BF23AEDBAE1BB1EBCD43C103C353D29BCD9BC41BCF0BCD93C49BCB23C7ABBCD3BA4BB073C6D3A12BD33BC513A1CBB78BC09BB94BCAFBB1BBD8EBC81BC303D49BB473C883A693BE03A15BCFCBB22BD683CFA3A58BB553C403A563CF53AD3BC883CA4BB5BBCC93B353C8DBCA23BB9BCB8BCA7BCC6BC27BC62BB92BC78BADBBCDEBB06BC9B3BA93C89BC23BC0E3B443C853C1BBCBA3B8E3B01BB4E3C0C3CD43C623CCF3CD4BCC83C9A3BA73C443D833CBCBC813C913BA23C643C86BBAABC7CBC85BC63BD05BC893BD33BC6BB133CE23C5BBC183CF3B9B5B90E3BF93B2EBDBBBA88BCE63CA63BD7BCDB3CF73B0F3D6D3C2DBBEA3B5D3C823C143D3DBD883B76BD0EBD00BD073C46BC0ABDE4BB04BC1FBD2D3CB53CD63A3EBC063B843CD73CC73C89BC01BB2BBCE33C4A3C49BC6FBCF63C083D833B283DBC3C243C7ABBDD3A8DBBC9BC883B82BCD0BBB03BD2BC3D3C1DBD68BBD13B453C3F3CE4BB383B373C74BC89BBC4BC9FBC28BD043B613B453CA03BBE3CADBCFBBB0D39D8BC0E3C0CBCCFBA813C9F3BC63CFE3B77BD64BD17BC47BC2FBAD83C033DCF3C913B4F3CA7BA25BDA13CAC3C13BDBF3CED3BFEBBA63BB03C74BBC1BC723CAD3C8C3C8A3B283B323C8E3C213CB13B083CF23CDEB92EBC1CBD9A3CDABCA9BC7DBBF6BB2FBCA1BC523CEFBB8BBC013D67BCA53BCDBBE33B93BC78BC853B80BA683CC4BCA1BC273C4C3A43BBACBCDEBCE1BB533CE83B7B3C583DD33C2CBC4EBDA1BC01BCBDBC023DD63C4C3CE8BCB43B5B3A5B3AE03CB83C99BC643B163B9EBC2C3C81BB3ABD48BCEFBA44BCB23C0FBDE83C013CA5BCEC3C173C31BA02BB04BCB43BCFBB1A3CA8BCB8BC9E3AEDBB83BBFEBC3F3DF4BA1C3BA33CF2BCD23C82BC0BBD88BB3F3DDF3C063D8C3CFC3C13BD1EBBD73AAF3C443CC73CA2BC7EBCA2BCC9BC98BC12BC803A0FBB1E3D3EBB113B07BCCDBBCE3CFD394D3CCABC5D3BA2BB783C43BC8EBC60BCB13C4ABBD33C9CBC5BBD733B83BC5FBCDA3AA53C53BCEF3CFF3C553BD9BB5FBC493BA6BC083DA63C383DF9BA87BC42BDE23C3C3CAE3A333D70BC9CBB61BC483CF5BB0DBCA3BB183D0ABCC73C623A35BC4CBC183D21B8F73C563CDABB24BC3ABC52BD023BC53C683CD73B9EBC82BCE93C853C96BCCE3C11BC7DBCA83C853A0BBC663B60BC363C9FBC9D3C8ABCA53CFE3A36BDC13B9C3C4BBC2DBD79BAB43CB0BBDD3B81BC3A3CA7BC54BCCFBC253CD53B533C2A3C093C713C1FBB16BD18BDBB3A10BC02BDDA3CACBC1E3DC33C5E3BA93B68BCEBBC223CC13CDBBB123DFC3B343D1EBCE8BC89BB36BC563D6CBA663C193D7ABCAB3C2A3BB13BB23C5A3CEFBC98BABB3A513BA9BCC8BC00BD94BC48BC303D5F3CFEBA08BD7C3CD2BBB3BC59BC7CBCA73C8BBC22BD55BCB13CA53CCB3B2A3C8B3C2DBC523C43BC22BB5ABC5CBCC7BC92BC9FBC7DBCC63C3A3C953CDEBB37BB9A3C723C61BC063D2E3C61BCB3384B3CABBA083D26BB9B3C0B3DFCBB073C443AC53B18BC0A3B283D953C3CBD213D4ABC633C09BC4CBCA63CED3C91BCA9BC873C5FBC043C773C633C143C903C083BB8BC59BC883AA2BC1B3CD93C2ABC833B96BCD1BC88BC663C883C233C0FBB16BCAD3C71BB263CC4BBB3BC37BB1A3DBEBC0F3DD4BCBF3C76BB2C3B513C8CBBB63CBC3B91BC2F3B263DBCBC85BAFB3C83BCC2BC2ABC303CB63CEB3B1B3C23BCADBCEC3B333CCFBB103BBF3B963BD43AE33C15BC713A04BDF5BC3DBB27BC31BA11BDD83B193D39BB37BD903B3D3C2BBB7EBCB7BC483C773C103B073B4E3DEE3C49BC7D3C233C93BC033D33BC31BC9A3CD83C9ABBBCBBB73CC63B3B3C283B253D3ABC1A3CD93BDEBC48BBC5BC103CA23C53BBD0BCA43C253BA8BCDB3BCCBB633C27BB813B06BBD13C6CBCABBC143CF2BCEDBC0E3D403BE2BC5ABC953C223B2FBC753CDC3B02BDA2BCAF3C383C2BBC313D973B3C3C10BDF3BB82BCA83A25BC333D183DC03CAF3C99BB91BB70BB7C3C1DBC02B8053CC83BBA3CB83CC0BBEDBA36BB27BB4BBD24BD4B39BDBA373DC7BB4DBCE23C41BCA3BCE1BB863B96BCC73CA9BCD43B21BDA0BC39BB94BC383C12BC543C06BDFDB8123B02BD94BC2ABA25BD923BFEBC9DBC7B3C92BC14BC8DBAC0BBC23CFC3BEDBB33BC703BEE3A60BC2CBC4B3C023CD2BA293D343CF5BCA63B54BA36BC033CE33C793ABBBCA43BCC3C68BBCA3B8E3C2F3C103ABABB903C96BC3F3C233DA1BC47BC733B03BDE5BBAC3C2C3DD23AEBBBACBC663C27B96EBC203C5ABBA2BB7E3CB03C4ABCDABC423B473C2D3C8F3AC5BB053DC33BB2BCC43C4BBC1EBD06BD8DBC72BCFEBCA7BC41BDB23CAEBCE4BBEDBC81BC1D3DB23CEFBC12BD2ABA113C69BCCB3BC43C7B3C943CFABCCFBC31BB93BC38BCECBCB2BCA0BB1F3BABBCBD3BB53C633C003DC0B824BD16BDDBBC81BC0D3CFC3C6CBCD13BC6BB27BCC03CEBBB0DBBBC3B9CBCAD3C48BBB9BC0BBC333CCE3CE8B869BC133CECBC8B3B383D2ABC2B3C17BD74BC93BC4E3A853B533C24BC3F3BCB3B973C8E3CD6BC4E3C773C893C67BC073D6FBC203D683C753C36BC74BBA8BC243C09BC38BD023DAEBB7B3C773C5DBC5A3CB23B213C093C253CB4BBDBBBDEBBBF3C72BB96BCB5BC7C3C87BCB53CBEBB0F3C94BC09BC8FBC123C463A3A3C803CFABBCCBB95BC773C1C3C46BCF9BB2EBC8CBA793BAABC9E3C593C6CBA653AF9BB68BA123CB8BC7DBC8BBB0DB9533D7ABBA0BBBBBCA73B11BC313D403CCD3AB03C8E3CD23BDDBC7EBC89BCF9BC01BDEF3B39BC943C163A013C4BBBB1BB2D3DB73B0DBD0B3B2A3C153D87BC13BCC43C013DE93B83BCC03B9F3C0A3D3A3BB73AD73AE9BC903CDC3C093D62BB9B3CB03CA03CBA3C45BB01BDF3BC0B3D513C0B3CDF3CD8BC183D7B3C58BC7F3C7CBC00BC153C293CEEBB0D3C883C24BC363CE83CC9BC96BC31BC633C99BC1FBC153C4FBC8CBC08BCBBBC2D3D16BD6B3B7DBB56BC9ABCBABAB2BA103C36BD1EBCEDBC6CBB9DBBDBBBC2BB9FBCAC3CC23B0ABC02BB463C823C393D7DBCCABC0ABB9D3C833C0EBC6F3C4FBCF63CAF3C69BCA3BB033C81BCF33C61BC3BBD623C03BDE33C7138E03C893BABBCC8BBE5BCEF3B0BBD1DBC13BDB03B1FBD1BBB8CBCEEBBC3BB0BBD22BAFB3A9B3C1CBA033D69BCF13C873C04BD92BD46BCA43A203B8CBCE639FBBCF8BB4DBC803C7F3C0C3C94BC11BA62BAA3BACA3B583B8C3CE8BCADBB81BC5FBC83BBB93C98BA4D3C233B36BBF13BA4BCD43C00BC293C19BC053A82BC80BC6FBCE5BB8B3C38BDBBBC893AA53CBE3C933C90BB16BCDC3C98BC78BC3CBB2ABA093D783C223CAB3CB0BCFCBC9B3CCEBCBABCA2398C3CB63C223CF5BC243D993A9A3A913C1C3C203C92BC7E3AD53C693BC1BC57BC123D2D3C0BBD81BDB63C4CBCB93BD0BB2DBBE0BB63BB8BBCA73938BDA33CEDBB8A3999BB433B25BB673C22BC4ABC223B06BC30BDB4BA78BCC5BB66BD143D163CC13CA93BC8BC243B6DBC35BBAD3C223C8ABCF53C253D65BC38BC643BA73CE33C0FBB84BCC03BC8BC603C8ABCE33A9B3C55BC293D2DBCFBBC05BC1D3D97BB8D3C403D403CB1BB90BC1B3D84BC193B0F3D68BC443CEFB9B33C84BC00BDEF3C0CBC72BCC93C0CBD7ABB833CA93C503C433A413C363BEC3CD43CD43B6E3C2839183C1EBC25BD933BD03B343C12BD71BB063D13BC5ABCBE3C813C223AB2BB90BC55BB353C9FBC573DF9BC6EBC3B3BE83BC13B20BD91BC363C32BBF63B57BC783CD43B4BBC413C7ABC6D3CF9BB853C443B84BC8FBC633BFFBB863C1E3DB83B7DBC863C9F3B063BA23C123C32BC03BC31BC09BC153CA0BCC63A23BB383C68BAAE3C963C59BCA4BB3E3C2DBCABBCC33BACBC5BBC05BC75BC123D9ABCC8BCA4BC75BA403C7CBC38BBCBBB",
      torch_tensor_128_torch.bfloat16: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_128_32_torch.bfloat16: "0x0200000079BAD6BB32BDA3BC0B3DFC3C6BBC473C7ABC9BB9043C8BBCC63CB7BC86BD70BC9A3C0F3D47BBAA396D3D07BD593CB4BBD73CEABC6BBC85BCA63CAA3C3B3C72BB9C3BCFBCAF3C353B34BC4C3C3EBBF5B9A4BC23BC22BCAF3C423C88BB97BAE9BC223CD8BC51BB91BC44BB5FBBBF3A543C973C7BBCAC3C18BCECBB2ABDBEBB273B3E3C01BB133C113D27BD8DBC0D3CC33C6A3C023B9EBC443CF13C923CCA3C1A3D5EBBFB3C48BD18BC2B3C193A353BD4BC0ABD683CD2BB293CFEBC11BDA03C6E3C00BDDD3C313CCA3A90BCCABCCFBCACBCA63CE83C15BCBFBC453C44BBD8BB413BB23C643CA1BBFEBC4CBAD13C673CF3BC01BBBCBCBDBB2C3C3BBDB2BB08BCCDBCA6BC233D02BACA3BB33C333C283B4BBC6F3B8FBCA2BC603C93BCC63CD9BA913C8E3C843C02BD8EBC323BF53C2A3BA9BC0C3C33BCA23BF73C81BC873B3ABC9D3A8B3BEE39993C48BCA83CD9BC2BBC25BC4BBBE3BCE63A3F3C9E3C063BCFBB6DBC9FBCF5BB1EBD373D18BB57BC80BC6BBCBABB733CD83C04BD17BCFB3B35BCCC3B98BC433C7FBBA9BC8B3B1FBB5F3C843C93BC213CF53BAFBC113C23BC1F3BC13C793C16BCEE3A78BB883C073D0F3C653CB83C923C03BC55BB90BC91BBC3BBC2BC593C423B563B043DA1BC593CFB3C273C0C3D343C1CBDB3BCD9BB2DBC0B3AA73C023DEBBC423C5EBC5339853DFA3B4DBD17BD3B3BE5BCA13CA03BB037533CA33B813A23BBAA3C95BB0FBBE23C6BBB613B34BC8F3CBFBC6A3AEA3CA13C3CBC5CBCA2BC00BDDB3B343D6BBB7B3BD3BCC23C01BD0A3BD5BCD1BC96BC153D22BD863ABBBCE63CA5BCA13B363C3F3C8CBB29BD4BBB0A3B8D3C213BC03C1D3C7BBBBE39D63BEEBCF53A793CF43C1DBCA6BC25BB943C283B6ABC1F3CEE3B573C42BC29BCE13C493C9ABB86BCAEBCBA3CCDBCDD39453C94BC8F3BA83C2CBB453CE23AAABB0DBCB63B543C1DBCC0BC8ABC673C3ABCE7BC01BCD73C11BDF1BC63BB3BBCA93B9F3C403C16BC4B3C373D423CECBAD33C173BA53A2F3D013D01BC0CBCAE3C133CA93B1C3B03BCE73BC6BC45BC6EBCAABCC3BAB7BC8ABB49BC913C473CB83B043B72BC103C013DBF3CB13ADCBB423CB03C21BC17BD383C713D81BB573B1C3C293C2F3DBA3C15BD333BB9BCA2BC983A463CFF3C0E3B39BBDEBB92B9A63C1BBCCBBCA4BC713C55BCE6BBB93BD63AD6BCD83B323CF23CD23B94BBC8BC6A3CB53C9D3C8BBC9CBC00BD973CE1BC0D3D2BBBA3BC633C083BE3BA83BC983C7B3BD8BAA43C5E3C2B3C01BAAABC5ABD033AF6BCE03CAC3C50BA7F3C6D3C2DBD55BBA53C3DBC63BC1E3C383BD4BC31BCAFBC99BB963C4D3CCFBB44BC8AB78ABAF03C0E3C9EBCF93B3FBDC63B963C48BC30BD2DBB82BC69BCFD3C213BB1BC31BCFF3BBA3CA3BCEA3CC93B92BC3A3C6EBBBA3CB33C1C3CA3BC3E3CB7BBE43C4DBC1DBD363D8B3C6EBC0A3D6DBBA93B20BCC33C85BA08BDFC3C3DBC2A3CB73CE13B60BC4EBC133C473C9ABC2ABD283CEFBCF9BC993C243C92BBCCBB08BDD13CF8BCA73C863C65BB9E3C0A3C083C44BD43BDBFBCC53AD8BB273B30BCC63B2C3D393B4A3D653D463C1A3DA6BC073C1C3C3E3C57BCA33B423BACBB673DE63CF93A213C8EBCEC3C2E3C173C40BDBE3C0ABB863CFA3BDDBB8B3CCE3C08B9B3BC363DB0BC3DBCE53CE1BCCBBCCF3B4C3C493C023D003CBC3AA13B23BDE2BC5FBC04BC333B73BADBBC143CEFBC15BBE13BCB3AE3BB90BBBDBB8CB954BD283C1F3D07BDF33BD3BC603CB63BED3CC0BCF73B5C3CDCBC963C113B1ABD91BCC6BC0BBCBC3C893C60BA783CB53CC73B193CF43C76BA5DBDAEBC4CBA233C413CF4BB1ABBAEBB183CDBB8043CF1BB05BDEE3C213C0BBD3E3C7ABC123C2A3C32BCBFBB06BD2B3D583A3ABC4BBC44BC2539493C57B9B7BCA73B5BBCB73BEDBB423C0FBD0E3CFCBB833A29BC70BCA8BB8FBC96BCEB3C3DBB843B39BC81BC6DBBF7BCFFBB1DBC9BBC1BBD31BCCEBCAF3C073DD0BC303CAEB9C3BC3CBDD63CD5BAFBBB1A3C82BCCB3C1F3C943CC4BC5E3CFA3B07BC1F3C32BDB13CFB3C9D3C6F3C543BADBA3EBDD7BBB6BB113CAB3B29BBD3BC883CE7BB273DCCBC2B3C063D123DA73B9A3C0C3BE0BC1D3DA43C133C72BCF93C483B763C0FBC1ABCAA3C593C243CCF3C263D583C17BD18BB0FBDB63C2F3C3A3C2E3D943C5CBD0EBD43BBEF3C4B3A94BC3B3C343B11BDE2BC083D17BDF0BB41BC35BD063DCFBA95BA3CBC02BD3DBC2D3CE7BCDC3CCD3B94BC563B8CBCCFBC07BD863C05BB2D3CEEB7973B823C8CBB183C803C2ABD9BBC38BCEDBC2FBCE6BB073D2C3D073C203C7DBBC5BC1D3D16BDBA3AF13B68BC3F3CEFBCB6BC89BBF93C22BD5C3C633C043BE33BB13C913AA63B4D3CD9BCE23B713C103C763C203C72BC7DBC9B3C0D3C17BCF23B153C2C3B4CBC5CBC533BACBC4C3C513D833C20BC833C873CE03C90BCDD3C073D65BB973C9D3CD6BBAEBB3D3DAE3CD6BC073CF33BFFBAD0BC8C3B05BCB0BB31BBA73C963C9EBC04BDD0BC8D3C0EBD653B8E3CBA3BC43BB7BB013D8E3C48BA843C50BB9D3C11BC1FBB6B3CA1BC6E3C013CE239E9BC0D3D2EBC03BDD93C9B3CD9BCB93C613C28BDBE3C6FBC43BC98BCC13BAD3CE73CEEBA843CDB3CDD3CADBA873A7DBCD9BB80BC12BCF3BC703C3ABBE33CA7BC8EBB88BC2EBB0A3D07BDD13C51BC22BC5FBB40BC453DB7BCF6BC98BC50BC323D28BAF63C6DBCFB3C023AC23C25BC013BEBBB38BBD23CE7BCA2BCF83C283C033D4F3ABA3C36BC6FBBC9BC613CE4BC523C69BD1E3C623C04BC50BBA3BBAC3B053DF23C96BAC23CF53BBA3AC93CB9BCB03C3ABB3FBBED3C563C27BCB4BC7D3CE33CAA3A1CBC35BC003C2B3C57BC113DF0BB4EBC40BCA83B4EBCC03C273C43BC24BDB8BC133B8ABB03BC1BBD1C3D34BBBCBC40BD613A90BC863C14BB02BB0F3D99BCB4BB1FBC433C0E3CE73BF9BB473CFFBB4FBC863CB03CFD3B013D11BB8C3C873C553CC03CD1BB0B3C173C53BCC43C57BCD53CFA3CAABA0E3DBCBB10BD203D87BA54BCEC3B3ABD143C253CEC3C8CBC8C3C7C3C39BCBC3BE93C8DB9FE390C3CEF3C623C443CB0BCCDBC4936A83A493B01BDD83CE03CCE3C963C753C3A3B803C663CB23CE43CB2BC28BC95BCE43B30BA353CA4B986BC5CBC15BCFF3BC63BD83CF93CD43CCABA9FBC6A3B563C673C2E3CBABC66BA3B3C41BDF7BC98BCAF3C7C3C013DD4BCFD3C06BA3C3C033DCB3CEBBB0DBBB53C3CBC40BBAA3BEF3BE73CA1BC80BCEABC283CB33C863CD33C6BBD22BD2ABD8DBCC1BC3D3DC73CFC3B013D0EBCB83CF8BCE93B033DA8BC8C3CB13CB73C603CEF3907BCBFBB31BC91BB013C683C5D3CF83CAF3AD2381F3D2DBB4B3D87BCADBB2A3C48BB813C343BB03C41BC973BFAB9013B30BCCEBB65BA553C88BB63BC243CC4BC223C0E3C9FBC88BC363C3A3C3E3C533C3C3C8A3A4BBB63BC22BA33BC823C6ABC00BC0E3C12BB333BE23C0A3B5E3CAB3CD8BB28BDA2BC06BCC23BFBBCDA3AA53C323D0B3CD93CC3BB0D3D7ABC853C023D023CA13C0DBC55BC62BCF63C30BDD03A703CB4BCB7BB173C50BDD43C723BE03A563BB33B5DBCE9BAB2BB363C66B92ABB0B3BD8BC6EBBD63BBE3CF0BCCF3C6D3CFABA213D58BB3DBC27BCB23C613C0A3C2ABCB23B08BD0D3D62BC983C12BC84BC3F3AD8BB2EBC38BC60BBF83AD43C863BD43CD4BC0EBDC13C393CED3C9F3C093D1BBCBABB89BC813C04BCDBBC273BA1BC913B8EBB353D03BC1DBD45BC0E3CAB3B2E3BF53B883B13BDDBBB1B39CC3A813B093C07BD663CBF3C74BC9EBC1E3D2ABCD03C31BB83BCBC3CB83C10399D3C4E3C0ABCAFBCCA3C213C75BCA43CE1BBBFBCE9BCDABBC439ADBBA73A68BCF2BC203C623C913CA73CC03C6EBC5E3A9B3C833C06BCB8BC52BC973CE2BC7DBAA53C99BC213CBD3BC33BF6BB86BB153CCBBB7BBCE43CE4BB0EBCEF3C9B3C91BC50BB093DC63AE83CBD3A923C1B3BAD3C91BC833C3CBCAC3C46BD0EBC413B0DBD10BAD43B81BCFB3B9B3B9EBC1D3C81BC1EBC41BC3F3CA63C783B7DBCE73B88BBDC3C613C9D3C4DBD043D713CB13C0B3C67BB333BAEBC59BC12BD85BCCDBB02BD703C64BC88BC09BA6C3CBE3BF9BC13BCF13CDF3C0A3D4E3B3BBCBD3B4DBCC8BC533A313CEEBB59BBA2BC8B3CCEBAD1BC59BDB93C27BCBB3C253CBBBC2C3A833CFBB92EBC1F3C01BD14BC5A3C243C02BC4E3CF13CE03C81BA8ABC8BBC94BC1FBC10BD303B04BBCC3C05BBEFBBBF3C57BB85BC173B123DCE3CC43B443CCDBA213CE03C6A3C883CCF3C7F3C453CFD3C393CFCBCC63B393C16BD54BC113DC13C8F3C82BBDBBCDB3B99BC443C3C3C01BA0F3DA4B9193CACBB80BC65BC47BC00BD853C8CBB993BA13C91BA8EBD843BC03CF2BCCE3B273CCCBB373CBABC38BDF5BB0C3DEE3C4EBCAC3C71BC913C82BCF83B47BC163D62BB96BBC23B1E3D11BC5FBCBE3B3E3C1E3D2B3D3B3A093A383DD83CC3BBEA3C39BBBC3ABEBBE7BB19BD433C0ABC283C07BD83BCA5BBA93C22BCCB3C71BB27BDD73BAC3BA53CE8BB26BDF73C66BCD13CAE3CAB3CF03B7C3B10BA29BC6D3C853C7A3D173DA63CCA3CBA3CA03CE33B673CD43C313CF3BA5E3CC63C2E3CBBBCBD3CBB3C053D3FBC5A3B48BC493C233C95BC99BC303CC8BB44BD733C52BC103D833C4FBB823B8C3CD6BBB73B97BCEEBBA6BAB3BC82BCA63C17BC2DBCEB3CA1BCED3CB6BC14BDF5BA31BB5ABD70BB0EBDE63B00BC623C1CBBD83CA8BC9539C13C9F3CC13CA8BAF63C353C02BD8DBC0BBC78BC933AB53C093D053D80BA523C4FBD3F3D043CB23CBFBB09BC613C433BB0BA1CBD23BDB6BA29BDF9BB7C3B093C953CA9BCE93C9C3CA0BBE53C39BC05BC8B3CED3BB83B0E3D2E3D34BCC23C9BBBB83C1BBD7ABC42BCFCBBD93C9B3BC43C92BC3B3D51BBB3BCFB3CD33BD83B3C3CF73BE1BBD8BB263CEB3B323CCF3B6DBB993CEB3A503CB93C213CDC3B893C973CA0BBC73CA4BCC0BAA4BC8D3BFC3A763CDABB903BE1BCA4BBD93CF2BB01BBBD3CE0BBD13CDE3BBCBC5ABB32BB38BCC9BC923CF53CACBC73BBA8BC023DBA3A1EBC21BCF43CDF3A9ABC1A3DF53C1EBC55BCE4BCAA3BAD3C68BCB83C2FBDE9BC52BC9EBC5A3C3BBCC23ADF3C0B3DA6BC17BD0EBD3BBD6DBCA3BCA7BC4D3B803B95BCB63C2ABDDA3BCE3C253CD2BBC4BCFB3BB2BCA63A0E3C05BDD5BB763B33BB18BD1CBCA13C9A3C47BC3FBC79BCB03C783B263DD03B323C513C2B3DED3C8FBC203D9B3B8BBC0FBDB23B1EBCC93C74BC893CF23B483C8F3B233C22BCD93C913C39BCA5BC2D3B8FBC01BD08BC293D3DBB423CF53B07BCF13AB03C913C873CC7B96EBC37BC9CBB153C28BCDCBC0B3C9D3AB5BBD33C253C5F3CFBBC503C833B98BC66BCBABCA03C313C81BC563CDDBB67BC053D8BBC8FBC69BC733CB13C393C9DBCAEBB293C313A0B3C12BC2A3C97BC323BC83CD139A73CA13C01BC10BD1ABCB83C47BC58BD26BB51BC9B3A2E3C2DBD56BCC73B06BCDABC0A3C903CA4BC99BB93BAA1BC863CAABC6B3C5D3CA6BC02BB083B4BBCBA3CB53CB0BC24BB8ABB8FBCEF3A1CBC823CF63CEA3CCD3A5F3B38BC2A3B893B46BB513B97BCCCBCE23C9BBCC53C763BE0BBE4BCA7BC6FBCE6BAB43C28BC523CD03C643CC839E63B10BB933C21BA18BCF6B95E3C123C833B053DC13CFC3B243DA83B32BD273BEABB92BBEA3BF9BCF83C403D7D3B4EBC5CBC06BD163C043C243D393B95BC733CE1BC343DA4BC18BC17BDBE3CDA3C6DBCAB3C4A3C86BCB5BBB6BC1EBC8F3B663CC63BDD3C58BBCF3A65BC313D86BB72BB9F3B193DC63B87BCAEBC9ABC27BC17BD473B823C03BD31BC643DDA3CA33AD0BCC83C303CCDBCB33A5E3C833B463CE2BBEABCA1BB6ABBAEBCE5BCF53B9FBCC43B3B3CFD3A23BB213DBCBCD1BCC9BCB1BC7CBC4BBD9BBC46BCBABC3FBD24BC52BD95BC82BC56BDBE3B613C0EBDF53B6E3CAF3B1B3C11BCF73A54BC8FBC943C6F3C5BBCAEBCB0BCBDBC993A993C093C6A3CBF3C173CB03C1C3C3ABCB13C7B3B373C58BCA73CDE3A08BDD13BB3BC21BCCBBB0F3D083CEBBBC4BA96BC16BC923C5B3B0ABD5DBC21BC79BABFBC173C773C6FBA4BBC93BC0DBDA13C84BB5FBCF53CB8BCDF3C763C973C083D8D3C7DB99EBC363C87B962BB1BBC933CD23B6EBCD43CBF3BFBBC2F3D88BB15BD753D0E3A093CE4BCB9BAFD3B183CA4BCD1BCDD3C85BC5A3BC5BBF738D33B2A3AB83B32B8C5BC053D5C3C8A3CF53B8D3C923C2CBD77BC0E3BE53CE73B1F3DAABC1BBC8B3C073DF3BC143D00BCE03C873C1CBD003D40BCDB3CC83C4E3D223CF5BC033D253CDDBB9ABCC93C20BC453C753C563CABBC93B9A93CA13CC43C183C6FB939BDA33AD13B453DC5BC9C3C0EBD803C3A3CD7BC1F3C93BCB4BA5EBC0ABBA33B03BCB53C14BB153C62BBC53A14BB243CEFBC043DA6BCFD3CB4BCD6BCA2BCD83C093CFF3CD9BAB5BCAD3CDF3C03BD2A3C52BCE13C923BF3BC1F3C673CA9BB1E3DB23CA33AC33C4CBD293DC83B1EBD993CD33C9DBCBF3BB23B83BB5ABDE6BC63BCC8BB0C3B8BBCD6BBC7BB9D3C0D3DABBC84BC723C443C803C85BCAF3A023B00BD38BC8B3BBA396E3CC0BC313C87BCEEBB483BA9BB4BBC4DBB5D3C683C73BC363C213CEEBC21BCA23CC2BC3FBCF0BC1D3B993C1FBB913C453C31BCA5BC3FBC0B3C81BC50BA0ABC2B3D6ABD59BC6B3CAE3BFC3C8CBC0BBCBA3C693C9239C0BCF03C10BD89BC79BBD0BAA9BB4F3CBD3BA2BC133D55BC1C3D7D3CC8BA6B3C09BCFDBCD8BB43BC86BC593C183C103D79BC22BDCC3CA0BC8FBCA4BCD8BC593BE83C82BB94BC033C5DBCA9BC893C213DA6BCB93AC53C26BD123D55BCA03B5ABC173C4F3A433CD2BC85BBC2BB20BCFF3B24BB98BC0BBD5D3CF03B3CBCA0BBE4BC9B3AD8BC8CBB0EBC943B043B2E3D9C3C393BD9BCAD382D3D813BD13B97BB853CCA3C3C3C8ABCA8BC3B3CA8BCC33BB13B5D3C823909BB0D3D3BBC15BDC0BCA5BC2DBC0EBD55BCA83CB4BBB53C253CE5392DBA14BBEE3B473CA4BB573B713CDB3CADBC1A3CADBA15BCCEBCA33CE73B1E3B293D2E39AD3CAC3C203B4DBCDA3B873C613B20BC9ABB9BBC303C7B3C1CBCB83B9ABCD6BBC63B473CF4BB3D3C4D3CA53C8BBC473C73BC5DBBB4BBDB3AC13C0F3C87BC2EBA183B343D193CA0BCD6BC953C433C773C7D3C54BC803B85BC1CBD383CC63910BD08BC9C3C12BD613C083DE6BBA23CC33CE73C6B3C943C30BDD2BC1F3C443CEFBC323C203D1ABD8ABC0ABCC8BCB6BCC4BCDB3CBDBC2ABCC9BB25BD8D3C053D8C3C19BCACBC3ABC903CECBCF83CE4BB1FBC423DD8BC943C0A3C3B3CCFBCACBC5FBC3FBC16BC4EBC49BCB4BB9E3B2BBD2CBCA13C2CBC29BD473B9BBC683C9A3B253D2DBA9EBCAD3CBF3CFDBCCEBC1DBC683BE3BCD5BB2EBBE73CBD399D3C11BCECBC21BDCDBC6C3C303C9D3C143D3E3D893B6ABCD33B37BCFCBB6A3C363CFBBBD43848BC69BA12BA41BBDD3B83BC893C743C873CB03BA13C03BD2FBD0CBD61BD5B3CBDBC17BD093D4FBCE5BCA13C98BC25BC593C61BCB2BCB63B173C493B53BC3F3D05BD5E3C883CF5BCBBBB5F3C84BC203C423B913B50BC44BC4C3C77BC84BCBABB083CD1BB8FBC983C453D4ABCE4BB87BC053C2BBDEEBBE3BCBF3C5D3D89BCF3BC8CBC74BB4BBBDA3C0CBC153B23BC903B5C3C91BB913BE9BC653D0F3C12BC113C0A3D2E3C9A3C7F38FE3A013DB33B98BCEF3C0FBCACBCA93B55BC99BC1C3B82BBC73A8DBADC3C37BD03BCD73B8DBC9ABC98BCC13A013DC7BCED3CA73C933ACA3CE2BB32BB2DBCB1BB03B81F3D43BC2D3C823C96BCBABB44BC513CF93CF63C043DD0BA9C3C0A3DA63C00BDE4BC8BBCC1BB35BBB7BB803CBC3A9D3C873C97BA15BC623C8B3C12BC463B8DBC63BCDD3C58BBAC3BC3BC103DB9BC18BD4ABB28BC91BC813C34BC43BDE23BE4BBEABBE6BB953C39BD4EBC82BC403A46BDEF3C8F3C083CFD3B113CBABC42BC203D893BDA3BC1BCBEBCA23B70BB0CBD833CDC3C433C0ABCB43B7F3CDFB9F13C17BDED3CF2BC8ABC98BCB53B0A3C8B3CE93BEABBB1BCDEBC033CF33C613C133DB63CD63C3EBC24BCA0BC7DBC89BC4F3C94BA1B3DC4BB8FBB29BAE23C17BB683C81BB6C3C093C1F3CFF3C71BC9D3BC1BCE4BB0D3C10BC873C753C9D3BDD3BA6BCD83C3ABD20BC843D0C3B2E3C903BE83CD6BC29BDC3BBF5BCCB3BE63C1B3D0C3C523A333C0BBC0ABCC8BB65BCC5BC163CC63C913C16BC243C74BCF4BCE7BA403C6ABCEBBCD43C15BD143C44BC733D2B3CE1BC503B39BACFB9C33CB4BCFC3B873B833C55BCB7BC263CA3B9423D8E3C6E3CF6BB243C76BC81BC1EBB8CBC87BCFE3C3ABA18BB5C3C233D2BBC45BCDB3CC23CBEBB6D3CB43CEB3C023B7B3CC53C9A3A1FBB873CDB3BF93C91BC583CE93BA5BCC23C8CBC30BC06BDDCBC65BCF7BCF9BC243D51BD023C083C053CE8B984BBB5BC02BCD33C8EBB383C96BCCFBCA03C723C903CC23C51BB24BC303C11BBBD3CF53CA4BC543930BC853C063D523C31BD3CBB6EBA203D79BC783A5D3C643B25BBB83C16BC543C61BC0CBC63BC733DF93B473CD8BA3BBC96BBA63CE9BC3A3C883C91BC7D3C033DC93C04BD183D8A3C75B920BDAC3C813AB6BA043D5B3C663C37BA0C3CAF3CC03C8CBC1F3CE53ADEBC903BAABC373C033D98BCBB3C4ABCD6BB82BC2FBCECBC223B92BCA73CD7BB3F3D3ABD033D2EBC6CBC14BB88BCBF3B14BC203C4EBB0A3C5FBD04BDD33CE0BC113B933CCABCA03CB7BBE9BB05BD10BCF13C33BB2DBCE93BDE3CCE3C683B8DBC04BC5F3B9F3ADFBB193D00BC90BCF03B85BC373B5FBC383C87BCBCBC293C0DBD19BCBB3A4CBBD53C9DBB153D743CD83CD13A9ABC95BCB7BC27BD6CBC823B49BCEB3CB63B4C3CBA3B603CA63CC9BC053CE9BC89BC603C8E3BA93CCDBBC73B74BB263D903CF63B40BDF93B153D843B693C283C9A3B5B3C023D81BC7D3C6B3CC03BC0BCCCBC60BCF43C84BCB73B6ABD08BD1C3BD83BAEBC473BFF3CD83B81BB2EBD2E3C99BC393A063D2A3D17BBE53C913C70BDAF3B563B5A3D37BCFC3BE0BC183CC93C15BC98BC93BC8FBCB83C383C5D3CFBBCBF3C1BBB423B9FBAAA3B733C87BBB03B023DF83CBB3C49BC523C0EBDBB3A583CCDBBA3BB5C3C78BCA93BA4BC7A39F3BCA5BCE83A0BBD773CD03C6D3CED3C3AB923BC023B24BC0ABD233B073CED3C85BAA8BB7E3C573CD93BD6BAF73B67BC833A2BBD23BCDE39403CDEBB3D3CF63B34BC193C243C813C8ABC5CBC71BC0B3D233C1B3C5E3DE0BC9ABB20BD333C9EBB143B33BD143C77BC0EBC73BCF5391ABC5B3CF53B59BB1C3C2CBC86BC53BCE8BB8739A33A7B3B083B67BC9E3B48BCBBBB00BBFFBCB93CEC3C383CAB3BBABBAC3C1E3CA3BC393D07BC1A3D673CF23B54BDAA3CFD3B5D3B063D293D4A3D79BC8FBB1D3D343DCEBC413C16BD093C753C87BC993C85BCB9BC213A1C3C1CBD18BD4BBC773C5F3CF2B919BDBABC763BEF3C2A3BB9BB4BBC8C3C983CAC3C473C9E3C053BC1BCDB3CD93B67BCE03CAB3B64BC10BD1E3DFE3C0DBC1D3C173CD53C5C3C2D3C2BBDA73C053DE83ADD3B1C3D35BC1FBC263C853A983CC43CA5BA503CC23B45BA903C70BAA73B40BB5D3C0F3C14BCBEBB203CDEBB9D3CE63BD8BCC13AF3BC14BA193D5FBCCEBCCBBB82BC84BC213D9D3B55BA7BBCF4BC613C3F3C24B955BB3C3B823C9BBB443C963C2ABC0F3DB23AE0BC663ACF3AB13C9D3AFEBC393C8A3C11BD563BBFBC453B94BCE33CA33C5F3C1CBA0EBD123A983CB83B513CECBC7C3A9DBB943CFCBB033B843CFBBB773B763C2C3BEC3CC2BC2E3C9D380CBC8E3CD0BB2FBD9ABCBFBCCEBCBDBCA8BCCDBA19BC67BCA03C4E3D02BD223CB63B47BB8DBC053CB93A1B3C79BC1E3C43BB5FBBC3BC603CBF3CFA3B2CBDEA3B22BC02BB84BC22396AB937BABB3A16BB90BC98BC613CCB3C4BBD6F3B1C3CEB3C81BC923B43BC943B813A673C04BDEC3CD13B9C3C953CD4BB82BB30BC60BC07BC073B633BACBC71BDA93CA33C98BC053D1D3D77BCE8BC1A3DACBCBB3D70BB6EBB1DBCAE3C533C34BCD03BC53CA43CE9BB30BBC1BC9A3B8ABB9EBB213CB23B903C86BC96BC7B3C25BC6D3C223C7A3CFC3B093C143C64BCC5BB5FBB303CF43A90BCFF3C86BB903BE8BC6D3C2E3C06BCD23C673D13BDA83CA6BC4BBCCCBCDE3C153C66BC2E3C9EBC2B39063C133C11BD8DBB1BBC593ADD3BCD3CC1BBCBBC51BCDB3B80BD16BCB03B50BB18BC943CE5BC34BD0CBC7D3B13BB23BCE6BCE33CD43C7ABC3BBCF53C8FBC5DBCDBBC05BD233CB83C1DBC493C723CE9BBB8BB273DF2BB0FBB003DFFBBCD3BAB3A0ABD27BB02BD17BD993B1D3B183C16BDAFBC433CF8BC403D0CBD113C08BC88BB673D5C3C19BDA3BC6B3C3ABC693C913B82BC29BCB7BAA43C64BB20BC0EBD2EBD2C39BABC8BBB273BF2BC803C55BCC63C3E3CE13B81BB1DBC02BC1CBD6FBCA73C9C3AE4BCCEBBDDBAD0BAA7BC0C3DE53CACBB913B19BDF33C8F3B99BC323CBBBCD9BC0B3CBE3BDDBCAA3C58BBE63CCFBC173CCE3CCD3A943C9D3CEA3CE2BB9EBCC1BB9BBB0CBC17BC0A3C1BBC363C3FBC3F37893B953C103C9FBCD53BC3BC263CF2BCF0BC913AD73C32BB90BCCEBB913C2B3B5D3D98BCBCB704BCD2BC33BDE83BEEBB303B05BCB9BC243BA1BC3ABCD9BCC4BCB6BA09BC2A3DA03CF13C90BC693C24BB443D1EBAC53BD73CEB3A873B013D9ABBD3BC323D4ABD20BB123C8DBC063D37BC0B3D283D4EBD453CBD3C1FBC02BC9DBADABC973C70BCE93B10BA8D3C51BCE53B25BC453C61BC033CCDBC3CBBA1BC65BBF6BAAEBC6DBC3CBCF23C09BD1EBC573CB6BBBCBC833B23BC8C3CDABC023C2FBCBC3CC1BB4D3CE13C763BDDBB103C9C3C533C2C3CB73CE4BCEBBB513D583A1FBC4A3B3E3CC4BC463C42BCFA3B083C2CBDC63CD4BC443DFE3BCABB1EBC45BCF13C1D3D3B3C5ABBF9BB8A3CA23C50BCC73AA53CFA3C9C3B533B793A8E3B593B9F3BCFBCEC3C9FBBA8BC4F3C5CBCE8BC99BBE43BE9BC4EBBFCBCD7BCD33B08BD25BC22BC393C4F3C0CBA3EBCCDBCCDBA0C3C5E3D04BD5E3C7CBB6DBC36BC083DA9BB053C0B3D19BD42BD073C153B193DDB3BD13B42BBE9BABDBCEABC58BC943C893CBA3A0EBC273C9A3BEF3ABABCD63A7F3B6F3B7EBC89BCB1BB623CFB3B31BC0D3C833C55BCF9BBC83B05BC9ABC683CB83C02BCEFBBCC3CE43BFB3B1A3B4DBC373DC7BC21BC543CF4BCB63C0F3DBD3CC1BC99BC65BC863C1F3A3CBB903B7ABC70BC273D36BC81BCA43B68BC6D3C16BDB6BC913C013C73BC5CBDCEBAC2BB893C09BCA03CC03C2CBCFBBC57BB323C443DD1381F3BF8BC09BDAC3C833B583CAE3C7A3B99BC8DBC873A2C3D87BCEE3B6C3CE13B0EBD9F3C01BDC0BC1E3CE8BC853C763C10BD26BDB4BC1E3C943C853BFA3A5ABCAD3C01BDB83C4F3C043D6CBC433CAD3A073DB1BC0ABDD2BC823C4C3C17BD10BC873B013D2ABBC23C1A3C06BCD93C4A3DC6BC58BC20BC21398B3CC33A353CEBBB2FBCFFBC953B44BC363C793CFDBBC33C843C703B6A3C7D3D29BCAB3BFBBCB0BBA1BB033B0B3D043D8E3CC5BC90BC883CD8BBD53BF23CAB3C46BCA53B833CABBBE5BC91BCADBC",
      torch_tensor_32_torch.bfloat16_6: "0x02000000B2B91C3ED93C6CBC5D3D1EBE843DE9BD783DF43DFA3D9ABBE0BDD13DAD3C493B143D023DB8BD83BD7E3D8ABC6EBD013EE43BF33D3A3E14BEB1BCC9BD13BE853D",
      torch_tensor_32_torch.bfloat16_5: "0x020000007E3F843F883F5C3F8B3F783F893F7B3F7C3F823F7F3F843F823F823F5D3F563F8D3F4E3F7C3F963F9C3F6F3F913F743F873F813F833F8B3FA03F7F3F783F683F",
      torch_tensor_32_torch.bfloat16_4: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_32_torch.bfloat16: "0x020000008D3CC73B3FBCC23AC93C9B3CE7BCFABC9ABC60BD913CBBBC79BC36BCE33BC0BCBB3C853C88BC1C3C84BCD13B9DBC20BB053CD1BBF53B22BD103DA53B2E3D353C9CBC90BC0F3CD9BBD5BCD83B3DBC25BB823C253C73BD823A5EBC03BC8CBC82BBB6BCE0BAEE3C863B83BB48BCBD3A1DBDD43B5FBC953C633C813C263D1E3CDCBCA6BBEEB9C23CB8BC503C123CE0BB14BC6D3CB93C343CAFBBBF3CB33CC0BA88BC103B223C78BB98BCB93B853B6B3C4A3A08BD1ABD31BAADB9443D14BBE83C7BBB4E3C6CBB513BC43CB03B27BDE4BC103DCF3B733C503C89BD9439CABC19BCBDBCFDBBBABC3C3C9B3C1FBC9C3DCC3CA5BC6C3C103D97BC74BCA6BB5FBC613C153DA7BCEABC00BCC63A403DB8BC91BB4C3B953C0FB9E43CA4BCD8BC9FBCBB3C0BBCAA3B353D0DBCB23BC2BC4ABC14BDFBBC3B3B06BD88BC2339653BEA3B0EBCA43CB13B253CB43B8A3A8C3D0BBB993CCCB60D3C06BD6F3D40BB2C3A8DBB923BD8BC1A3DEB3CF53BCABC90BCB6BBD9BBF53C5FBC12BDC63B983C7D3CECBBD83C823C5EBC2A3DA13BE9BC5CBD3DBC22B9C93BD7BB693B50BCF43CADBC913C0A3CDE3B983CC83CE93C1DBC7A3C0BBDDEBB2ABC0EBDB43B953CFB3BA63A043C83BC923C73BCCD3B293C00BD14BC46BC1FBD86BC003D3CBCF5BCBE3CF8BA833B693BE33CA93C0ABC5BBC6D3C9E3BA33C3A3B85BAABBC853C733A90BCBCBCD3BA80BC813BACBAACBB3F3C993CA4BCB93B4A3C833CC1BAD8BC82BCB13CCE3CBF3B4FBC80BBDA3B243D0A3DAF3C6EBC2C3DB3BC16BD74BC34BDBDBC7E3CDC3B93BA313D0BBD013DF93C843C63BC5DBBACBC4ABB733C12BD113C01BB2FBC423BF13CDB3B3BBBF1BACCBBE3BBD93CC63C28BC053C16BD853C6ABB4D3B013DBE3CC23AF8BC60BCB03C99BB35BB653C3F3CF23C26BC413C48BDAC3B5FBB70BACF3BEC3B813BABBC8CBCB9BCB23CAD3CAC3A18BCE7BCED3CEB3CC2BCADBB19BDC5BC88BBA4BC1DBC07BC123D55BC0B3CF5BC13BD1E3C633C63BD86BBEC3CB1BC993C423832BC92BC23BBFCBC8C3C813C2F3D0DBD91BCB6BC5BBCBBBC11BDFBBB08BC4DBC053D013C8F3CDE3CDCBCA03BE5BAA0BB863C323CC93BC0BC86BC053CD23BBBBCF0BC9C3CC3BB0C3C80BDA03CCE3C883CDEBC22BC0EBCC8BC0EBD653B8D3CCB3B8EBBC6BCD4BC3ABC82BDA73C0ABC9C3CAABBD4BBBA3BA53C4B3C5D3CB53CC73C48BCE1BC23BC8B3C533DFDBB38BC5EBC8DB9BF39173C6ABCEEBAB33C92BCDABCC13BB83CA0BC463C0DBD0FBA52BD5A3D05BC02BDB73C0D3CA43C41BDF8BC4D3CB23CEABC12BB9B3BE1BB953CE43C81BC8B3A64BA1DBD7D3B6A3C95BBCCBC1F3B78BC28BB2C3B9DBC983C253D81BBBA3B133B703CEB3C5CBBD2BCE1BC9BBB24BBD6BB8A3BFA3C1D3DD33C87BB67BCC73CE13CCABCAF3B843CA9BA9D3B923B4F3BCEBC82BCE6BC8ABB8D3C21BC353D24BB20BCC6BC5A3C28BDC23C2FBC86BC6FBB3CBB01BD533CE43B62BB9F3C1B3C913C8FBC28BD10BC40BDCF3B0CBD18BC65BC99BC643BD1BCF13C5ABC21BC703CABBC913CF53B7ABC033DFF3B5E3C32BC27BD0D3D163DDDBC913B3F3DEDBCD53AD73B7C3CF4BB51BC1F3CB03CDEBB6CBC1A3D54BDBC3A05BD893CCABB48BBC43A4B3DD6BA3DBDE5BBB63B6F3B25BC9FBC2A3B1A3C94BCFD3CBBBC393CD1BA853CAF3B443CF6BB023CCEBBF5BAA03CF2B992BC92BC61BCCBBB8F3CB53CDD3B7D3C73BCC8BC0ABC9D3C4B3C4DBC193CCDBC00BD2639DABBDF3B573B123BDFBCE9BC923CE5BCAD3CF03C17BD9BBA333D033DB0BB193C9B3CEC3BAABC33BDE1BA2C3CB1BC02BC60BD1D3C1E3DA73BAFBC923CC23C32BAB73B093DDDBC933A63BC25BD9B3C153C563C8EBBCD3C053DF23B22BD5ABCA7BC27BD35BC003D62BCCD3B21BBD1BC5E3C253DFFBBC83B533C87BCDF3CB83B14BD76BA80BC513C903C5E3CB0BCB5BC2B3CD03C3F3CB73C8DBC07BDB83C0ABD303C01BD20BC01BC8D3C43BCEABC4C3A843AF53C97BC3D3B02BD29BCFB3A79BCC5BC8EBC2FBB02BDB1BC6EBC973C4F3C13BCE539B2BB933C01BC36BC6839AABCA43CFC3AEF3B963B163DA1BC35BCDCBC3ABBE7BC96BC6B3CCA3C58BB143DBF3CE4BB823BEABB62BCB73C22BDAEBCAB3C7ABC8F3C2F3BB53C3C3BA9BC533C15BCA9BB75BCD03C66BC50BBC23CD5BC13BD49BD90BBA4BCA2BBBEBC8CBCEEBC5BBCABBC3A3CA43C043D1BBAACBC72BCAD3B333C61BC22BB843C42BC9E3CA33C343CA93C28BCE4BB4EBCA63CB2BCF03C1CBCDE3B253C903C1ABC8DBC533C323D603C893BBEBCB13BC13BC2BC19BC133D223C313B4B3C9ABA5EBCE0BB84BC1638DABB963C863AE1BCA9BCCC3B41BCABBC933CE3BB563C84BB64BC06BD0DBD813AC13C9A3C173BDCBC87BBCCBABC3CF33C88BA84BCA9BCF7BBCBBBBF3C153D973C323C913C0CBCDCBBE9BBFBBAAC3BD73CA7BCAABC5C3C08BD9A3C6BBB313CD5BC0B3CFFBBD33CC73C1D3C0BBD20BC20BCC73BF73C4A3C07BD91BA78BC71BC7CBC9EBC403B7D3C373C80BA4E3C373C9CBC1EBC7FBC4E3C703C4CBCFDBB543DD83BCBBB0ABBB83C41BB28BC0D3DDA3B9DBC8E3CB13CE43C10BB1E3CF43BBF3B9A3C28BBE53CB7BBA2BB483B70BCF8BB913C1DBCAABC68BC233C2FBD1B3C46BDEF3B2E3BB13B1E3BB2BBABBC91BCD93C3EBC8FBCD53CE5BC863C45BC89BC713C67BBD23B7D3C6E3CDFBBC4BB143D213C86BBD03C94BCD73A94BCA3BB79396BBC94BC973CDC3CABBC77BCE7BCF8BC3BBCE73CED3C583C8A3C10BD57BC873C3DBB25BD11BD9F3B93BB2BBC56BB063783BB3FBD02BCF6BA8A3C9BBC9A3C973C3F3CDB3C303B05BD953C713C363B313D3CBBB4BB89BB36BCA4BC13BC04BB743CF8BCA9BC70BC253C2B3D",
      torch_tensor_96_torch.bfloat16: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_96_32_torch.bfloat16: "0x0200000023BDAB3CA03C83BB853C413C21BB6DBC553DF1BB6BBD033CA73CC6BCF33CDCBC1F3B52BAFBBAA1BB36BCB1BC793D4DBC95BB6C3B4DBCD239403D98BCC5BB853C753BE3BA18BC40BA52BD813C843B09BD793C113D8BBC7ABC52BC513B8DBBE33C1F3D36BC99BA9ABC1FBC3CBB84BC3C3B8FBD9FBB9ABBCFBCD33B8DBC323CB23A983C0B3C01BC86BC683B183CF7BCBC3B323AAF3CB13B073A91BC2CBCB5BCA93CE6BC99BCA53B823CB8BBCFBA0B3AAD3BD9BC893CC2BCB6BC893AB93C8BBCA0BBE33C87BB23BD163C49BCE8BB473C773D83BBFCBA94BBA53AD5BC27BB32BD063C723C7ABCC63C4F3D3BBCA9BC143C1FBDA0BCC33C9E3C4EBB07BC51BD01BC98BCC7BCDFBBDA3C963B53BAFFBB5B3BF5BC2F3C03BC833B18BA24BC81BBFBBC673C8C3BC03A103CE3BCDFBCC6BB043CC0BCB2BA28BC95BC783C9B3C0B3D5DBC9DBCAABC9DBD1BBBCB3BB43B113B76BC9DBB60BDC2BAC9BCA63C873805BD993B003D8E3A90BCFCBC18BBEA3AB23CD9BC91BCE83B1D3C2E3CF1BC8FBCBA3C0A3BA5BC543CCEBCA13C01BCD1B9D93B1FBAE3BC3CBC8B3BCD3CBC3CA6BB263C6E3BB0BAB4BCCBBC88BB08BC10BC913CD73C10BCD7BC98BC603CD23B08BCE8BB203B8CBC84BCD2BC963B12BDF13B3FBC1FBD4B3A3D3C81BC0DBC15BDC93CE63B9EBC753C02BCF73B793B52BB41BB953C8EBCBBBC18BCF9BB88BCA2BC09BD42BC4ABBB7BC453BE43C903CA53B27BC8F3BD33A993CA7BC93BCC3BB1C3D043C243D333B99BBB9BC05BBBBBBBEBCA13CF93C4AB9B23CEE3C75BCC43B21BD36BCBABC6EBC97BB403C0CBB143CFDBA8DBB8D3C1FBC2F3C15BC56BC33BC3A3B95BC6E3B8DBC8CBC9D3C2DBCE43C27BDAB3C9E3C2B3CDD3BF43BD73C92BC8EBC863AB1BCFD3B123CCC3BC83C123D3D3B193B003C6FBC3A3CF9BB513BABBCB23B743BA43C7CBBB93C123C8CBC4F3A003DE43A863C403D0BBC9ABBD63CBF3C0BBC55BBDEBC29BC963C2F3CEA3CD5BCF43C793C7B3C43BC8E3C1C3C533CE9BC3E3DC9BBD7BC183CCEBC953B7C3C26BBE73BCFBC4FBCEC3A2E3C9C3BC93CA7BC633C013C7C3B8ABCF4BB1DBC6B3CEF3C703B34BCF83B883C433C92BB363CBEBB8A3BF43BCCBC7F3AF43C73BB963B9B3CFC3BC13B8CBCD7BC113CA73C5439DA3CF5BCEC3CE03BFE3B973C583D8D3C0CBCD73CE6BC143DD93B523BFEBC25BD11BDF63C9D3CB73BD73B863C32BCABBC0CBDB83C733CEB3A08BD9839703CC8BC9A3CB1BB0EBCD03A5CBC17BDB3BC493C1F3DC3BB1A3DCFBCDE3C583B25BD223B0B3DB8BC52BCD43C9F3B57BD553C55BC65BAECBABBBCECBB4CBB8DBC98BB9A3CB33B54BD643C24BCAE3C503CFFBB123DEB3C223BAFBC00BC91BBF4BCAEBC8ABCCBBC333C3DBC803C22BCBFBCB93C4F3CEBB9493C66BD82BB91BB803C173D78BCB13C77BC053D273CCB3BF93BE8BBA8BAED3C92BA9E3C0CBC34BB423C073C3FBB9F3BEA3C1FBD993B1C3C2D3DF53C883B0ABD65BBE93A54BB51BCADBC443D02BDD3BC9FBCF23CD83B81BC913BBE3CF1BC90BB3F3D2B3D523CD0BB5E3CD9BB1E3CAFBCD23CB9BC1DBC88BA153CF6BC993B2ABB763CD0BC17BD8DBCE13C9EB841BB593CEDBB2C3CE1BC21BC6EBC4C3CB8BBDBBC613C10BB583B2EBB7B3A5B3CA03CB239BEBADEB95ABCC8BCF7BCA839963CEC3CB73C5D3CB6BBA5BC413CE2BCA4BBADBBEB3B593CCEBC433CB4BCD3BC97BC94BAEFBB483CBF3B9FBCFDBC1BBD73BC35BB09BDF7BCBA3C6DBB773B44BD073C9B3CECBB543D883B01BC9F3CC33B993CF93C853BDD3CF53BBABC2F3DBD3CF7BB16BB32BCE33CDDBC00BDE93CC03B7A3CCB3BA53CC9BBE43CDABC93BC24BCFB3CDD3CB53C38BD253DF6BC3FBCFCBC86BC7ABCC13B4C3C12BD1FBD4EBC8DBB9C3C88BC0EBDAD3B04BC883C393B0CBCA83CC3BBFB3CB1BC0E3D123C46BC103CCD3C06BCEABCF5BCAD3C0FBCFD3BA9BBEB3C72BBDBBCB93C2CBD5F3C3EBCB33C13BD93BCE6BC903C983BC03BC33C133C0C3C073C09BDDBBC0FBCE83B953CD23BAD3B593C20BC9CBB9BBC1E3D35BDCEB9C3BC333C193CAD3A0D3D973CB43CAA3C553C09BB9DBB3C3B01BD33BCFC3CD23BA33CC93BDE399BBC1A3CC33C6C3C0FBD02BC9B3CAEBBDE3B293DCEBCF7BB8EBCA63CD83B463C02BD8DBCAD3BC63CA6BC17BC16BD9C3C25BDF2BCB4BC9739E13B2ABB0F3D4D399E3CE03C633CB13C4C3B34BCBCBC1FBCD8BCBABC8A398FBB5FBB05BCCABC48BC193C5B3CF73CB5BB94BB053C233DF7BC573CBABC353B8F3C9B3C9B3AD43B07BCCF3C22BD2C3CE63BDFBC88BB8D3CC2BB823CE83B8B3C2FBB853CDE3CA03C9A3BAE3C183C06BD83BC8ABC853B6FBCEEBC1B3CA2BBBCBC913C41BDA9BBE33AA13C133BFC3C1EBBB8BC47BDAABC3ABCB2BBBFBC493BF73C04BC3CBC2D3CE9BB0F3B0BBC58BCAF3C33BBA93BA3BB01BB21BD063DB2BB083DABBC0A3DECBCA3BCDDBB24BCD6BC563B193D323CDABCABBCF8BC30BCBFBBD83AACBB4C3B283AF0BB443CAC3AEEBCE2BC3BBC4DBC2B3C99BB57BCA53B1DBAF43CBEBAC6BC9F3BA33C8A3CA0BC1FBCE13A8A3C973B7B3CD53C923C75BC433C6BBDB13B893C42BB173BB3BB9D3C1ABD31BB14BDAB3C06BDB6BBF1BA833CDEBB83BCA33C8E3A763C15BCBCBC34B9E13CF2BC5C3CFCBC723C40BCE63BE83B8D3C3F3C0EBD193C373C043D0BBD353B34BC36BA063DE23C643C653CBC3CBABCA63CB2BC29BC633CEE3C5D3CBABCB4BCE93C0EBC48BC8BBCAC3C53BCD33C2D3C563CCFBB9FBC683C39BC0FBDB9BC203CE23C013C243D8D3C2FBC2DBBDFBC273CBDBCED3B11BB83BCC93B7BBCB1BC6BBCDDBBF6BB233BC8BCE23C853C1FBD10BC5EBCABBC0A3C043C573CE13BCDBA993C743C1A3C1FBAA23C21BD86BCA5BC253D013C17BC493BAB3A9E3CD33C02BD623C123D10BC8BBC143DB33C553C953B90BC103D67BCAE3C403CBCBB513CE1BB9BBBB8BA12BD4F3C823AF43CBB3C1A3D4E3DC13C1CBD26BC823C26BDA13B88BA99BCCE3BAB3B04BB24BC103C0D3DE6BB22BC293C113DC53B93BB4E3C573CCEBCD33B65BDC23B343CD63BE23C8E3CAA3CA8BBA43CDD3C90BCD73CDF3CAC3AC83C9EBC8E3B4FBA98BA0B3C9B3CC6BAE63BD43CA9BC333D153CC53CF3BB0F3CEA3CFB3B86BCF0BB083CFCBC4EBD6CBDDD3C073C283DC8BB833B593BC63B8B3C03BC10BB53BCBB3CFBBB393C15BC1D3C2E3CCC3C2C3C563B1CBC27BCB33C8ABB47BC5D3B53BCBFBBAEBBEABC73BC29BC06BC683C9FBB3FBD27BC28BD1E3C13BD5F3C3CBC0FBCBEBB073D9D3C253DA43B1FBCB83B433CA3BC3EBDFEBAAD3CB6BC063B753C1DBCCD3CF2BA143D58BB653B9EBA75BC09BC153BD7BC07BC973C5A3ABCBC86BC63B9F53BEBBC01BC45BBCBBCFE3CA93BA1BB09BD353C5E3CAC3CA6BCBEBCCC3CAABB0EBDE73BC4BCB83C2F3D923C3B3C72BCE63BFEBC5EBC16BD86BC143D2E3C5CBCDD3CBB3B8C3A5ABC1E3DAB3C083BD43CA03CFA3C6DBB1B3D2ABCA9BC783A51BC1CBC78BCE1BBB33B9A3A3E3BBCBCB93C4F3C413C0ABDC83CA83CBF3C1DBC99BC8F3C90BB92BC20BC9F3C29BB2CBDDD3C913C0A3D55BCCD3B103DA3BC7B3CB8B91EBC8F3C833C16BCA23C003CCBBC4D3CDBBB5F3C263C6DBCFB3B74BB5CBD7CBD593C83BC7C3C18BC06BD5E3C81BB3CBDA03C0C3C4F3B513C2CBB453C1F3CAF3C01BC1C39F2BB60BCB6BB97BC613B31BD8F3CDABBC8BB5ABB31BC0DBD573D03BDDCBB063DBA3C013D27BAF4BB673CCF3CD8BBE03AA43B14B9B03B603C053C0F3CF1BC663C183D90BCBD3CD8BB923B05BC88BA003BE8BCEBBB09BCAA3A9CBA073D00BC4E3ADFBC11BB0D3CB13B58BC26BC9CBCE13C9EBB1B3D1F3DEE3BF73CBC3CBB3C83BCABBC83BCF3BC1A3D9C3C893B8B3C13BC2F3C933C093B0D3C533BB6BB79BCEDBB503B01BD1E3D13BC56BCBCBB353B6F3C01BD8DBC3E3C27BC66BB723C3CBC543C1C3C953BA33C173C363D3FBB2FBC37BC17BC83BC9EBCCA3B6DBC323D64BCD8BCEFBCE5BB54BB8B3B8B3C323D15BD603B343DDD3C923C8A3CC8BAFDBB9CBCACBB18BB60BC813CF23B7FBC0C3D423B24BCE7BCC43C98BBB83CCABCA9BC3DBC2E3C85BCBEBC7ABB4BBC86BC0BBC7FBCDBBAABBC043D4A3BDA3B2EBCD33B58BC78BCFFBB253CB4BA393C883CF6BC913CFFBA06BCF43CF5BB263CA13C11BB0D3CDDBB853947BC453C4F3C303C8C3C653B3BBCF4396EBBFDBCF8BA073D4F3C123DA3BC803BBEBBB9BCCD3C81BCCC3BD0BC6DBC12BD39BCCBB8973B753CC5BCEFBAA7BCB4BBE93C123CC9BC863C64BCB53AB53C913CA7BC033C1ABCE73C863C64BB843C86BC273B5E3C85BBCC3B063DAABBC33B3D3C90BA843C6A3B0C3C59BCA2BB19BCD63B763B953C57BCBEBB6DBCD0BC5139C03C193C95BB11BC41BD37BD81BC38BD313DBD3B7B39CEBAE93C6ABC5DBB81BB97BB8EBC77BB66BB5DBCB43C0EBB01BC0E3D9B39F63CFE3BBBBCFE3C9A3C343B2C3DAF3B62BC353D41BCD3BBEEBCE0BC023DFF3BB23CD33CBABBEB3ACABCB13C5B3CC23B0EBD1D3C12BD6B3CCE3B7BBC70BB59BC073CE73C1EBB8ABCA2BC3DBD9BBC6FBC0D3C28BDD5BBED3C2BBD49BCA1BC6E3C02BD78BB163DA13C013B7F3C663BA8BC533B1D3D193CA83BAB3C99BBDABC7C3A0FBB81BCAE3C583B933C143D013CD73CF03A863C8CBCA2BB9EBC0B3D27BC1EBC19BCFDBA40BC2B3DB4BB7F3BA93C5FBB42BDE4BBA83C5CBC5CBCD8BC1B3D7DBCF23CB43CB0BBA13BFDBC1E3CC1BADABC6A3C24BCAC3C3FBC09BC983C9DBCBB3C003CE3BCE1BB8E3A16BCC53C87BC4DBD66BCDD3C543CC53C17BCA2BC7C3B23BD513C0DBDD5BB843C06BC88BC05BD8CBC0BBCC73C39BA053C2B3D913C24BC03BB6A3C8A3C28BC40BDB53B8F3CBFB91CBBB03CCFBC8BBCEBBC6DBC7C3B85BAADBB2B3C80BB803B163CFF3B76BCF3BB40BC763C423CE43B0FBC65BCE83C8A3C2BBAD0BC9D3C0B3CCE3C91BC1BBCC23C06BB203804BD863B443CB83B7DBC433C08BCC4BBC2BA943C223CFBBB953C00BD153C14BBA1BC93BCB13CA23CAABCEC3C06BC7ABBDABCDB3A17BC56BCC1BB043B55BCA3BC673C1D3DDDB9713ADEBBCCBC1B3A373A8C3CB9BC6A3CD0BCA53C7E3DBBBAB73B393D10BCB3BC9E3C1A3D353DA93C073DD03CD3BC7A3C043D43BDA23B963B6D3CD23AC3BC76BCC7BC2F3D0B3D773CFBBBC3BB40BB4A3DA4BA86BCFA3B113CC538313CD8BC9DBC223D403C43BC193CC0BC13BA403CEBBC99BC273B163DDF3CDF3CB33B55BCEA3BAFBB1DBC3ABC8B3C8ABC84BC73BC8C3BE23CEB3B0FBDCA3C003C133CA1BC0D3C1ABBEC3BC0B9183C2E3C293C0A3D83BBE43B8F3B363920BD04BC443D8B3C743C70BA253BA3BB063B84BC4BBBA93A77BCDFBBAB3C21BC0D3DFCBB633C103B223CD3BCB83BFBBC9ABCB1BC313CE1BC12BDFABCD33C263C983C923B303CA2B7AFBB093C1BBC04BDE73C843C1C3CC9BB27BC79BC7BBC8EBCABBBC1BB15BD123DA5BC81BC02BDDE3CEB3B8A3C09BC90BCE6BC4B3B38BD703D85BA38BCD93B693CAE3C623C6C3CB438AB3B873C0CBD1C3BE6BC8F3B963C39BC453C023C38BC7ABBD0BC883C3DBC4D3D82BB053A2DBB2E3D613C343D49BB353CB23C613B75BDB23C00BD673C3C3CA63C13BC43BDF53BA4BB1E3C9BBCB6BC9DBB883B00BDD7BA893C803C5EBC69BB703C95BCBB3CD9BA0BBC29BD8F3C323D9FBCA83C913A873C49BC003D5FBC8C3CBCB913BC44BCEB3BD93C003C423C28BB7BBB6D3B113D3F3CFE3BFFBC6F3C6A3BDF3C423C0A3BB0BB1C3D733BC1BC663C92BC073D1ABBEABB713C9C3CC4BC18BC53BC9E3CF13CBDBBD3BCD23CA73A773C2FBB7FBB163DB53CF1BCC03CAF3CA83CA23CEDBB973CB9BB5D3C96BBC9BCABBA2EBC18BDC0BC02BD92BBF5BC8E3C2ABC9D3BFABBEAB9C1BC43BD023DA03CBC3C22BC0E3C8FBC293BC03B01BD4A3B11BB123D2C3C97BCCABC0EBCD73B7E3C96BA773CE1BBB3BB3C3CCB3CF73B9B3CA93CCCBA0D3B9D3CCB3CFD3C15BB0EBDD83CAA3C8DBCE3BA01BD31BC6E3CF43A36BCDE3C6CBBAFBCC4BCE83C93BC4BBB97BC98BC77BC053CF9B9D43CFBBC2BBA11BC253C5ABBB0BCF9BCD33AC4BCD83BC8BC693C27BC92BB90BC87BA34BA053CE63BCBBCA8BCC3BBE9BBC4BC79BD9FBBC3BAC9BA80BC363BDE3CEBBB953C063C34BCEB3B5B3B8B3B8D3CCAB8183C93BC1E3D62BC0DBBD73BC93C33BC4ABB0E3BC63B893C66BC09BDF6BCA03C593CF9BC77BC8D3D1B3DC03CD03BC3BC94BC903CD53C993C863D61BDAD3C513C87BB2ABC853C3CBC42BA10BC653C9DBC11BD38BB0EBBD8BBEA3BEABB83BC0A3C18BB3FBBD3BCFCBBAF3C113DD6BB64BBBBBC21BDC7BBDFBC23BD18BB233CAD3C423CF0BBDD3B00BD483A483DC0BC9BBBC53BCF3A8DBCFDBB143C9B3C0DBDB5BB8DBB7DBCB93AA3BC43BBC6BC8AB93A3CDABB043D923B3C3B5BBCE7BC1D3DBCBC58BBA0BCB4BC7CBC283C253CAA3C38BC31BCA4BC0CBDC6BC9EBB8A3CCD3B90BC6C3BE63B78BB6E3CB83CE53B6B3C283C0D3D31BC123B3F3C923C51BAE43C7B3C413D26BC0ABC833C053DD03B0DBC68BCF7BBC03C73BC8DBB81BC413D1C3C9A39BB3CD53C06BD31BC2ABC79B9C6BB133BC83B083CDABC923C55BCEFBB4EBCADBCAD3CF73C81BBB63C663C20BDC4BC793C1ABBA0BCF03CDE3B8C3CA2BC28BCABBA2D3CCF3C9BBC2ABD16BD08BD77BC063D183CBF3C613C613B973B84BC4F3B363DCA3C43BCCABA08BC953C82BC52BBF2BC843B0C3D013CCA3C373B1F3DE1BB37BCB7BC15BB903B983C683CF43A0CBCA93C3F3C44BCB5BCF0BB2F3C1F3C9BBC3ABD69BC46BBA63C023DCE3C533D013C40BCE73A3F3B58BC0ABD213C813B86BC4D3C813B133DB7BB1BBC373C30BC98BCEFBC2C3DE73B20BD933C3D3C5FBD663C95BC873C563BB73CE2BB053C77BCE0BC23BD273D1C3C333DAA3C1A3B72BC28BC6F3CBEBCC33A893AD2BC203CB53C2D3C74BB29BD21BCC83C90BA143D10BD1EBD933CD63CECBC6DBC9D3A13BA9DBB84BBD43C81BCCE3BEFBBA6BB1F3D3A3D19BD48BC313C36BC953CBCBC8B3BEE3C1C3D7B3B82BC47BCD8BC15BCD7BCA2BCF83C583CC8BB84BC69BC803B17BD2DBD8CBCADBC61BD85BC84BCD7BC92BC533CB13B743CF1BC2BBB85BCF5BCC23A10BD673CEA3B02BC52BC73BB06BC963BE6BC98BCDA3CC13BA4BC173C07BC3D3C403C983CBD3C61BC10BDAB3C70BC14BCF63AD6BC6E3CDB3C9CBC343CC73C8DBC123BF0BB733CC83C463C0CBC803C613CA73B0EBC773C9E3A233C763B353B543B833C01BC7EBCF73BF1BC0F3B29BCD03C2FBC473CAABC8FBC06BDB43CE13A813C963C1F3C6A3C853CD33CA93CEBBCD6BCA9BC40BC863C783CDD3BCF3C3FBC85BCD8BB4F3CB93C05BDF3BC913BC6BC393CD8BCEF3B2FBC3FBC953C2FBC113C66BB2E3DAF3C22BC03BCEE3C83BC18BC4DBC283C843C823C80BC023B8ABC08BC45BB1C3A1C3C90BCBABB57BCB33A143B88BB873C5BBC513B78BADEBCA63C3A3B12BB043D703C873CDE3AB13C833C3FBCA5BBD73BEA3B21BD193D9B3B9F3CF2BAC03A14BD3CBC0A3C92BB563C03BD0C3DE73CABBC343D36BCF43A2DBC3EBB96BA123D03BCE53C2CBD433C5F3D133C07BC9FBC3ABC20BCBA3A703C0A3DBFBCD63AA7BB6CBC9ABA753C213C523DA7BCFDBB503C03BDD63CD0BCEBBC4D3BE6BBABBC24BB77BCDB3C223C023D4F3C513C933CD5BC0CBCF13C183BD6BC833CAFBCD23B443B9FBC313D64BC6F3A203D0FBC7C3B5C3DF53B24BBC4BCCB3C9C3C5B3B753C4BBD87BA413CAABAF03B07BC943C693C043BC43CF0BC053C333CE43CCDBBAA3B73BC74BCBB3BFCB983BCA13CCF3C103D903CF8BCC3BBD9BCE63CE43B40390F3DBEBB12BD14BC183D963B98BBAD3B973C50BA2C3DE43CB5BC30BDA93CA2BB2EBCB53C863C58BC6C3B7F3C233DAF3C04BBD83BBD3BBEBB97BB04BA20BCD03B713CBBBCB8BB05BDDD3CB13CEABB7D3905BD153DE33CACBCDABBBEBBD73C083C773C97BC633C46BDC1BB8FBC203C8FBC4A3CEEBB993B6F3CD33CDDBCB8BC86BC2BBDAFBB413CDC3C943CAFBC56BCF03B8A3CEFBCD33C0D3CC93BD93CA5BC00BDF3BC3C3C793CBBB9E43CABB95B3C233DC13C893C6EBB1ABDF33C28BDA83C993C2A3CBA3C3E3CA4BC12BA92BBD4BB743CB33CC23AFD3BA7BC76BA25BB913C05BC063CDDBC42BCBE3CCFBCA23CB73A0CBDDB3BA2BC2EBCB4BC9B3CA9BBB3BC88BB473C133D09BD90BA16BB6D3CC7BBD43C68BC26BB83BADDBCCCBC6BBCA6BCE23C323BC43A8A3C943CDE3C6CBCBA3C183C8C3C0FBC7FBC86BCD2BC873AC93CB6BA073D4F3D30BD9CBCA4BC09BC13BD233B613B213D203BEE3B263C25BC42BB07BDA63ADBBC873BCF3C2BBBBF3BDF3BFE3C14BCD83C8CBC0DBDAB3C6EBC1BBC503CCA3AF63BD0BB08BB0D3D1C3C363DAB3C8ABC33BCF2BB983B4ABC033CE43C553C1EBBA63C1C3B3FBC0A3C09B9DC3B193CA83C50BB2CBCF5BAA6BC17BD8B3C35BC59BCA83C05BBAD3BF03BC83CA53CEF3B0ABD21BC8C3CAF3BD93B33BC51BC453C953B2FBC953C42BD2F3C10BC383BDC3C123D8A3B56BC94BBFEB9D73CDBBB3E3D4EBCF63C473DDCBA20BD32BC60BC0CBCA73B803C143CD3BBB23C613CC8BBBE3CB9BC24BD293CAE3CF03CE43CFC3B0F3B",
      torch_tensor_32_torch.bfloat16_3: "0x020000002A3C10BDC63C843DB33DBEBD913CD13D46BD5EBD5BBD83BD673B43BD86BBF63D5C3D9EBC733D943D4F3D1C3E49BDBD3D76BDE5BDD33C94BDBDBD403ECF3D14BE",
      torch_tensor_32_torch.bfloat16_2: "0x020000008F3F703F5A3F7B3F6A3F953F7A3F8C3F9B3F673F823F7D3F793F843F823F9B3F8B3F813F7E3F8B3F873F6C3F843F823F9B3F8E3F803F8E3F5A3F7B3F653F583F",
      torch_tensor_32_torch.bfloat16_1: "0x020000009DBD3B3EE4BCDFBC05BE1FBBC1BC91BDED3D303DF3BD99BDBFBDB0BDC6BD22BCD1BD013D24BE3D3E933B223E72BDE83D9B3DF6BD6FBD35BD4BBE9F3D9FBD65BC",
      torch_tensor_32_torch.bfloat16: "0x02000000653F8C3F5F3F643F613F8F3F653F7D3F693F843F713F7A3F8D3F6D3F7A3F753F593F743F6A3F873F803F7F3F8E3F8B3F863F733F823FA33F823F8E3F843F963F",
      torch_tensor_64_32_torch.bfloat16: "0x02000000003DB7BC613C413CC33C55BC03BD023C5D3C84BB913C0ABBD2BC573CD8BCB5BBB2BB393B443BE3BB613C59B9F03B17BD7FBB29BD05BD173D873CBF3BDF3B10BD923CAB3A06BD063CFC3BDE3B0BBD4FBDC7BC043B9E3B253C633C0FBD243C5EBD193C4B3C913C7F3CE53C3A3B623C533C84BB04BC513C513C6F3C493B1ABDB5BC723B173D76BC423C823CB7BA45BAB8BCAD396CBCC73CBB3B12BD293D82BCB03C063D1D3C5DBC87BC333C05BDB13C9ABCA0BC313D0FBDE5BCFFBC80BB153DEEBB5BBC1A3D543C0EBDA2BCDABC34BCB4BCF5BC08BD8D3BCBBB96BC6DBD90BCEF3C45BC1A3B1F3DB6BBAF3BEABC13BCEEBB4BBB6EBB803CC3BCE93B88BC3F3C5E3B033D9CBC133C1F3C233B7CBC0ABD1A3C913C583C26BC15BD2B3C873C033D63BDBFBC61BC06BDD53AA9BCE73C1ABD75BB6DBC02BDCC3C733CA83C1D3CB73A9B3B3BBCC5BCC83A753CAABC503BC6BB733C1DBB583C843BDFBC86BC1BBD1E3C943CE03C50BCB1BAC73B223DE7BC2BBD2F3C933B923CCC3A20BB003AA43C02BD8ABCA33A793C0D3CB4BC11BC063D19BC1F3D78BCC03C64BCB13C3FBBAF3A1B3D2EBCA5BCBA3B8A3C803CBFBC943C333C043D463B813CC13A2F3BC83C3DBC6A3CFB3CAEBC0CBD513CBBBCCFBCE43C73BC96BC95BBCBBC1ABC413C43B8CBBC313CF5BB38BBA3BC51BB3ABB6A3C003ADC3CC93C5F3C3B3C1A3DB43C863B31BD173C113C25BBBE3C87BC50BC76BD0E3B49BC8C3C533B113D7C3C523CA53B5F3C153DD9BB2E3D90B999BC1BBD17BC18B7BBBC0CBD79BC043AD8BC133CE83CD2BC47BC98BB12BC02BD333D233C1F3C043CBC3C16BC9BBB85BB3E3D4B3C0FBBD83CDF3B4F3C26BD2EBC92BCBA3C203CDFBC8139503C303C193BE13CACBCC1BCC0BCC13C93BC5BBC0E3CABBCF4BBB13AF9B960BA21BC59BCC8BA673CA93CC23CCB3C543C153DB03BC2BC3B3CBF3C443D8ABB20BCA7BA253C723C60BCF43BE9BB47BB4A3C263DB73B80BB933C913C9E3CCC3C533BB83BB7BB79BCA0BC84BB2EBCADBCF53B58BD32BC97BAFE3B3CBCBBBC01BC1EBCF8BB1BBAD1BC3D3CA3BC89BA963C05BD95BC8FBCB9BBA73CA0BBBA3A8FBC9B3C43BCF03CB7BCF3BCF9BC52BC80BCC8BC543BFABC5F3BB1BC67BB5CBD773C143C24BA19BB46BC50BCF53C18BC0FBCCABCE73B94BC3C3AC23B893C5D3BE73BA5BBAD3C953B423C603D943C85BC373C64BBFDB9E2BCDFBB78BC03BD0C3CDB3C363A073CC8BCB0BC2D3DF8B9E83988BCA3BC1ABDE7BABBBC823C0538EE3CAABB15BD903A1C3D243D123C8EBA66BCE63B8B3C29BC193D7CBC9F3C77BBB33CE9BB443CBF39463BE2BC0E3C683C99BB863C933CDE3C643C083D96BCEB3CA0BB74396C3C88BC81BCD9BBDEBADEBB18BB423BBD3C38BC47BC0E3C633CFFBC56BC40BBAE3C16BBF8B797BCB4BBF13C7D3C11BD4DBBED3B243C91BC77BCC7BAD539CB3BD8BCBC3C123D86391FBD533B95BC193DD0BB3F3CBBBC1E3C1F3D233D0DBCC4BC553BE03C0ABA05BD9CBC82BCC6BCB9BCAB3C053B9BBC2BBC813BA4BC3F3CA03BC63CB1BC1ABD9C3CCE3B3ABD76BC45BBED3B91BB89BCA63CAEBC00BDF9BC983B69BA263C1ABB9B3C0C3CDEBAEF3B343C27BD69BDD63CC43B823C383D9F3B953C773C823CE5BC0A3DEDBCE13C90BC5ABCF13B0ABB18BC393CDABA643BBA3C1C3D83BB07BCD9BB513C0EBDA0BB473B8EBCC23C9A39F93C923CB0BCCCBA613C81BD0EBC21BD29BDCB3BAEBC1FBDD0BBEDBC673B663CD4BAABBC4D3CB1390BBB673CC5BC02BC3CBCA4397ABC49BB373D6ABC3ABCF8BBEFBCA33BBBBBA3BB19BCA43BC73C6FBDAB3BCDBCC63C0CBD4CBC8FBB4A3CB03C9EBC3A3D643C093C0E3D913BFE3B06BC13BB02BC993C83BC643C06BB303CB0BC58BCB53CD43C4CBB963B87BC3FBC62BC193C85BB023D54BCC43CE4BCD43BFB3B4B3B31BDC8BC46BDD63C5F3C4CBD8F3C2ABCB3BC2C3D8ABC06BB91BC01BB9D3C153CC5BC47BC4B3C24BCB5BB1D3C553CC73BD03CA03C343D433B483C92BB1FBCC339163AF33BE6BC19BC903B143D773CD4BB93BB5BBC38BC2A3B42BD0FBC97BB3D3C40BD71BC983C01BCA0BBCDBA81BC3B3B963CD53AAB3925BD693B9F3C3B3D08BC853C813C123C0F3CD2BB2CBAF53BE1BC8D3AE33C96BC03B9B5BCF13BE43CC03A02BDF1BC073D033DDFBCBF3CA8BC11BD92BCEDBCB2BCC4BA5BBA58BC19BC043CA63CEABCAABB243C133D123A893CC7BC97BCABBC4ABCBEBC41BC883BFD3CFD3BBE3B263D243C15BD11BD583CCCBB093A7C3D05BD643B0B3DC4BBC33C80BCD4BCCB3C913C53BC333B93BBB33CAFBB39BB22BBE2B88D3B583C603D2EBCC63BB43CCCBC70BB033C2ABD15BD2C3CCB3C95BB033B2C3CDABAB4B9313C9CBBC83CF53CB2BB1A3DA9BC69BC82BC223C4ABCECBB083C88BC2DBB46BB7D3C0ABCEFBC97BC0ABDF13B42BC083CC53CC9BCB33CA83C163D0CBC8E3B44BD0CBD933CE1BCF2BCC73CD6BCA93B7BBC573C72BBC1BC2CBD60BA233CB43B7A3BFE3B9C3C0BBCB4BCD73A803C313CFABCB33BCA3C2E3D0C3A54BC88BC09BD6DBCDABC38BC88BC8FBCC13CBCBC97BC78BACCBB753C7EBC423D4DBC243C44BC4C3C8E3C94BC5FBC89BCBCBC7D3CD8BBEDBB1B3C733B593BA13CB63B24BBB3BC853CF43C83BC52BC28BC38BB493C223C6DBCB83AAC3CCCBBEC3CD1BC59BC233C71BC0FBC4EBCC7BC993B7C3CD2BA2F3C0C3D4DBBBD3AFABC47BDE83C913B7D3C793CA0B96ABBE1BB90BC363C8CBA86BB9B3B983C96BC7DBCF53C5CBB883CFD3B19BC46BD533C4E3C03BC3FBDFAB9D1B931BCC33B2C3CF0BCF7BC1CBBFBBC0E3C3A3D053D573C003D8BBC293A1A3BAC3CB4BC8A3B093C79BC25BC86BCDDBBEEBCE8BC99BB403C773BA1BCAF39D6BB0ABC1FBC9C3B7B3CA43BE83CE53C0E3C5EBC88BCFABC4E3C013C03BC7839EABB943C0B3D0FBD953BB0BC1BBD453CE83B0FBB793BE13CC33C1FBBB53C73BCC1BC09BD0CBDB8BC19BD18BC043CAEBC453C003CE23C9E3A9E3C433CE63C53B914BC8DBCA7BCB23BCABC85BB54BDE73C3F3C0CBDA23BDC3BABBBD8BB0CBDCFBB89BC48BC993A2B3B8ABCA93C953CBABC023DDBBB483C1ABCBE3B1B3AC5BCF3BBA33BDBBB1A3C4E3CECB9FABB363C3C3B87BB88BC23BD0D3DBB3C65BCA5BC4D3C6DBC1CBD223CC9BB8ABC023D203D473C9A3B143D1B3C63BCFD3B11BC523A8D3C4E3D8D3AF13B6F3CE4BC183C163AD1BBC9BC1B3DE8BBF03AB9BC6BBC05BD82BAD7BC9B3CDBBC3EBD52BBA83B9F3AF73C973C873C03BD35BBE1B77DB9EDB91A3D6B3CE63B9B3BA93BC23B053D5B3DC33CB63C37BCECBC3D3C973A2ABD84BBF5BCB6BB8BBC9ABBCFBC70BB3CBDBABCC0BC08BC2D3CCEBC933CCBBC8CBCDBBC1CBDC8BC87BCC1BCD83B833C4EBC5CBC963CBDBBB7BBE33C133C15BA46BB9B3B193D8CBC3B3CA7BC2FBB0CBD293C33BCF7BCF3BB30BC3BBCE7BC56BC993BCE3BAC3C8D3B3FBC16BBDE3A88BC17BACD3C5EBC92BC84BCBFBB96BC22BBF93C663CA73C5CBC09BDF73B45BC04BD04BDA73B28BCB43AB03C763CA53C133D6C3C893CE33B8A3BAFBCAEBBB13CB03B5E3C213DD8BBAABB233CB13B80BC533DF1BAF33C4ABD3ABC453CDC3BF2BBB83B97BC26BBE83CBD3C74BC9DBC123CC2BB3D3DAF3C13BD01BC1EBC1ABD56BC9ABBD43AFB3B8A3BCC3BF33C303BBDBCCC3BED3C26BB1F3B6A3C7CBCF13C0B3C50BBE03C35BC17BDB03B1ABCA73A93BBC7BB84BC513C15BC923CB0BC39BCDD3C85BAE93CF1BAF53C6CBC60BB09BD713B273D35BD35BB973B12BBC63A8638513BBD3CDFBC94BCABBCFFBCA3BBD13CFA3AC0BB45BCFDBA8B3C4E3C453C56BC07BCE73BF3BCE1BC9ABB7FBC603CF9B8873BFB3C443C073BF7BB8B3B7EBAF1BCC7BBF93AB73BEF3B0EBBC0BB03BD5D3C1CBB59BCD5BA873DBB3B073CE03CCABB34BB6E3C47BC55BCBDBCAF3C973AF1B9B9BCB1BC383D9ABBC1BCB13C753CA03CAEBA323BCBBB8F3CBB3B5BBCA0BCE0BCA8BCD13C183C2DBB86BCCF3CE2BC943C0B3C34BC1EBC83BC633C383CDDBCB3BC863C8A3A263B13BC063CB63CAB3BA4BB733B803CD4BCFDBC1B3D963BCE3C98BC9DBC8C3BB3BB8FB9043C0ABCB23C91BB3C3C06BCEABC38BC303C793C28BA20BD9EBC07BC1BBDFC3BD1BA2EBD2E3C19BBBABC263D853B173D783CE6BC893CBEBBE43B39BD27BD943C22BD413C6F3B75BC0BBCB7BC84BC813C4A3C3B3C823C40BCC13C2FBC1ABC56BB8FBCEEBB71BC9DBA9FBAA53C9E3C9ABC06BD0BBD09BBCDBAEB3ADABB17BCAA3CA63A063C9DBCFCBC5DBC00BD153D643C9E3BCE3C2D3CC43936BBAABCE93B80BCB3BCCBBAA33CF13A71BC703B193D7C3C78BC9ABCE2BC833C80BC06BD98BC033D1D3B003DDABC233C823C42BBCFBCEEBA193C223DDFBCA6BC0FBDE3BC103BBDBBDBBA843C77BB66BBA9BC6E3C03BD573B853CD73B323B293C973CDA3CC73C84BC813CFE3BC9BC11BD723C8C3C8ABB20BDA13C1D3C0D3C09BCB53C88BC563CA13C29BAB4BCEDBC893CBF3CAF3C913C96BB9FBC43BCFCBC1BBB1B3BC7BB753C0D3C3BBC60BC293B053C81BB883CA5BCCA3C403C26BD3A3C043D2EBC17BC593CE53B93BA893C363C87BAD4BCE4BB0ABDCBBBAC3B503C823C0539EBBB3DBD24BC943C94BC6D3C71BC90BB54BCA8BC363C1ABBF4BBD1BCF1BB92BC14BD1F3DCABCF53BB63C31BCB6BCB3BB333C143DE4BB1C3B323CB1BC5D3B973C9FBB743B043BF63CAFBC9BBA143A083D3C3CD4BB183DBCBCE5BC213C93BC4E3D453C283C9F3CDC3CF6BAFBBC76BCCB3C82BC0DBD263CBEBB1E3D063D17BBD23BD93A053CC0BCD03CF63C973AC5BC1B3C1ABCD3BC12BBD3BBCA3C4BBC57BC24BC5BBCAF3CC43B85BC55BC9BBCA4BB433C77BB21BCE0BBD43C3E3C473903BD613CBC3C243C8F3CAFBCCA3C1BBDCEBB0D3C85BCC83CE6BB9CBACE3C7E3C953C07BD1F3C9B3C87BCFA3BB53CBBBCAFBC853C77BBE4BB483C0ABC1F3D3D3CA3BC8CB9A73B18BD31BCC3BA85BB733C25BCB63CEFBC24BC63BBA0BB44BDAE3C3EBC15BC553BFA3CB13B983B04BD49BAC63991BC963BFC3C10BDF13966BCA63C0A3CA4BB2D3CD8BB0DBD9C3BE73B2FBDEC3C44BB933C9DBB143CBC3CAFBCBA3C20BB013C4F3C84BC6A3CF83C03BDFCBB8BBC47BCA8BC8D3A35BCEDBCBF3C8A3C293CE4BC6B3B2B3C88B9E7BCEB39D23BB3BB2A3CBDBCBD3C803CDF3CCF3BEDBC983C3A3BFCB994BC843CF6BC693C6DBCBEBC3CBA703CDF3B78BCE6BC113C183D3B3B23BD873BA43C14BD30BCAB3C05BD5C3CD13BE03CF4BC313C993CF0BB2A3B9C3C72BC8EBC433B273CC4BC7ABB2ABDA33CA2BCA5BCA63CD13CDEBC35BC713C2ABC04BC8B3B4DBC82BC453BDCBC9BBCD13BFCBC81BB3ABC8BBC7D3C00BCE0BCD6BC16BDA63C69BCAE3C02BC233DC9BCB6BC36BC1DBDEFBBF7BB903CCBBB8CBC4EBC3FBC823B0A3B24BC1EBB843C19BC03BCFDBB42BC82BCF03A523C7A3AF4BCAA3C14BBA1BB0A3C0FBC41BBDA3C113B5A3CABBC39BC9DBB9F3C29BC8FBBC7BC013C233CF2BC643DCA3C85BCD1BC073C833B86BC13394D3B023C263D153DD3BCE4BCB93C9ABC4F3CC2BA44BCB0BB59BD1CBD363CC8BB44BD3D3CCE3A41BD973CB6BCA93B0BBA2A3CA4BC48BB8C3C85BCB63AC8BC74BC9E39A8BC783B04BD9D399D3CCF3AB63CB23CD13CB6BCAEBBBEBC76BCF93B753BD7BBA63BB63C0ABC333B01BC52BB20BB30BB203C293D1E3C103DB0BAE93B063BA13CEE3CD8BCC63CEBBC1EBC283CF8BC283DB5BB"
    }
  }
#-}
