// RUN: norm-opt %s --convert-norm-to-linalg --split-input-file | FileCheck %s

// Inference: one element-wise map with per-channel operands.
// CHECK-DAG: #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-LABEL: func @inference
// CHECK-NOT: iterator_types = ["parallel", "reduction"
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[CH]], #[[CH]], #[[CH]], #[[CH]], #{{.*}}], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
func.func @inference(%x: tensor<2x3x4x5xf32>, %g: tensor<3xf32>, %b: tensor<3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %y = norm.batch_norm %x : tensor<2x3x4x5xf32> scale(%g : tensor<3xf32>) bias(%b : tensor<3xf32>) running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%x : tensor<2x3x4x5xf32>)
  return %y : tensor<2x3x4x5xf32>
}

// -----

// Training: reductions over every axis but the channel, shifted by the
// channel's first element, and the ONNX running-statistic update.
// CHECK-DAG: #[[SHIFT:.*]] = affine_map<(d0, d1, d2, d3) -> (0, d1, 0, 0)>
// CHECK-LABEL: func @training
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[SHIFT]], #{{.*}}], iterator_types = ["reduction", "parallel", "reduction", "reduction"]}
// CHECK: %[[M:.*]] = arith.constant 8.000000e-01 : f32
// CHECK: %[[OM:.*]] = arith.constant 2.000000e-01 : f32
// CHECK: arith.mulf %{{.*}}, %[[M]] : f32
// CHECK: arith.mulf %{{.*}}, %[[OM]] : f32
func.func @training(%x: tensor<2x3x4x5xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %y:5 = norm.batch_norm %x : tensor<2x3x4x5xf32> running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%x, %m, %v, %m, %v : tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {momentum = 0.8 : f64, training}
  return %y#0 : tensor<2x3x4x5xf32>
}
