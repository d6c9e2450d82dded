// RUN: norm-opt %s --split-input-file --norm-raise | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-raise=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// Backward graphs that are not the gradient of a norm (mutations of the
// corpus in Inputs/backward) stay as they are, with a `not raised:` remark;
// a parameter gradient that is not one stays while the rest is raised.

// A near miss: layer_norm_f32_bwd.mlir with N = 65 for 64 (both uses of the
// constant): not the gradient, left alone.
// CHECK-LABEL: func.func @wrong_n
// CHECK-NOT: norm.
// CHECK: return
// REMARK: remark: not raised: it computes no LayerNorm gradient of the tensors it reads (checked numerically)

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @wrong_n(%arg0: tensor<2x4x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x1xf32>, %arg4: tensor<2x4x64xf32>) -> (tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.500000e+01 : f32
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %arg1 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.mulf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %3 = tensor.empty() : tensor<2x4x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg3 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x1xf32>) outs(%3 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.divf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x4x1xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %16 = tensor.empty() : tensor<64xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<64xf32>) -> tensor<64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg4 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    return %14, %18, %19 : tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}

// -----

// A near miss: layer_norm_f32_bwd.mlir adding xhat * sum(g * xhat) instead
// of subtracting it.
// CHECK-LABEL: func.func @sign_flip
// CHECK-NOT: norm.
// CHECK: return
// REMARK: remark: not raised: it computes no LayerNorm gradient of the tensors it reads (checked numerically)

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @sign_flip(%arg0: tensor<2x4x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x1xf32>, %arg4: tensor<2x4x64xf32>) -> (tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %arg1 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.mulf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %3 = tensor.empty() : tensor<2x4x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg3 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.addf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x1xf32>) outs(%3 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.divf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x4x1xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %16 = tensor.empty() : tensor<64xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<64xf32>) -> tensor<64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg4 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    return %14, %18, %19 : tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}

// -----

// A near miss: llama_rms_norm_f32_bwd.mlir with +0.5 for autograd's -0.5.
// CHECK-LABEL: func.func @rms_half
// CHECK-NOT: norm.
// CHECK: return
// REMARK: remark: not raised: it computes no RMSNorm gradient of the tensors it reads (checked numerically)

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (0, 0, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
module {
  func.func @rms_half(%arg0: tensor<2x4x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x64xf32>) -> (tensor<2x4x64xf32>, tensor<64xf32>) {
    %c3_i64 = arith.constant 3 : i64
    %c1_i64 = arith.constant 1 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 5.000000e-01 : f32
    %cst_1 = arith.constant 6.400000e+01 : f32
    %cst_2 = arith.constant 2.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3, %arg1 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3, %2 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %4 = tensor.empty() : tensor<1x1x64xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<1x1x64xf32>) -> tensor<1x1x64xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map3], iterator_types = ["reduction", "reduction", "parallel"]} ins(%3 : tensor<2x4x64xf32>) outs(%5 : tensor<1x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.addf %in, %out : f32
      linalg.yield %21 : f32
    } -> tensor<1x1x64xf32>
    %collapsed = tensor.collapse_shape %6 [[0, 1, 2]] : tensor<1x1x64xf32> into tensor<64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %arg0 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %9 = tensor.empty() : tensor<2x4x1xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<2x4x64xf32>) outs(%10 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.addf %in, %out : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2 : tensor<2x4x1xf32>) outs(%9 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x4x1xf32>) outs(%9 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.mulf %in, %cst_0 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x4x1xf32>, tensor<2x4x1xf32>) outs(%9 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x1xf32>
    %collapsed_3 = tensor.collapse_shape %14 [[0], [1, 2]] : tensor<2x4x1xf32> into tensor<2x4xf32>
    %15 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_3 : tensor<2x4xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x64xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.divf %in, %cst_1 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = math.fpowi %in, %c1_i64 : f32, i64
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %21 = arith.mulf %in, %cst_2 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %18 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.mulf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %19 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %21 = arith.addf %in, %in_4 : f32
      linalg.yield %21 : f32
    } -> tensor<2x4x64xf32>
    return %20, %collapsed : tensor<2x4x64xf32>, tensor<64xf32>
  }
}

// -----

// Partly raised: layer_norm_f32_bwd.mlir whose dweight sums dy * x (not
// dy * xhat). dx and dbias become the op's; that sum stays (the op's dscale
// is unused).
// CHECK-LABEL: func.func @dweight_x
// CHECK: %[[G:.*]]:3 = norm.layer_norm_grad %arg4, %arg0
// CHECK: %[[DW:.*]] = linalg.generic {{.*}}iterator_types = ["reduction", "reduction", "parallel"]{{.*}}ins(%{{.*}} : tensor<2x4x64xf32>)
// CHECK: return %[[G]]#0, %[[DW]], %[[G]]#2
// REMARK: remark: raised into norm.layer_norm_grad (axis 2, saved mean and rstd, scale; dx, dbias)
// REMARK: remark: not raised: this sum over rows reads the raised gradient's tensors but is neither dscale (dy * xhat) nor dbias (dy) (checked numerically)

#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @dweight_x(%arg0: tensor<2x4x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<2x4x1xf32>, %arg3: tensor<2x4x1xf32>, %arg4: tensor<2x4x64xf32>) -> (tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x4x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %arg1 : tensor<2x4x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.mulf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %3 = tensor.empty() : tensor<2x4x1xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg2 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg3 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x4x64xf32>) outs(%4 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7, %9 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %5 : tensor<2x4x64xf32>, tensor<2x4x1xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %10 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.subf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg3 : tensor<2x4x1xf32>) outs(%3 : tensor<2x4x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.divf %in, %cst_0 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %12 : tensor<2x4x1xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %arg0 : tensor<2x4x64xf32>, tensor<2x4x64xf32>) outs(%0 : tensor<2x4x64xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %20 = arith.mulf %in, %in_1 : f32
      linalg.yield %20 : f32
    } -> tensor<2x4x64xf32>
    %16 = tensor.empty() : tensor<64xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<64xf32>) -> tensor<64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%15 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["reduction", "reduction", "parallel"]} ins(%arg4 : tensor<2x4x64xf32>) outs(%17 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<64xf32>
    return %14, %18, %19 : tensor<2x4x64xf32>, tensor<64xf32>, tensor<64xf32>
  }
}
