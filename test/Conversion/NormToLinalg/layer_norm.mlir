// RUN: norm-opt %s --convert-norm-to-linalg --split-input-file | FileCheck %s

// Static LayerNorm: shifted sum, corrected second pass, rsqrt, then the
// element-wise map with gamma and beta broadcast over rows. No run-time
// checks are needed when every size is static.

// CHECK-DAG: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[FIRST:.*]] = affine_map<(d0, d1) -> (d0, 0)>
// CHECK-DAG: #[[ROW:.*]] = affine_map<(d0, d1) -> (d0)>
// CHECK-DAG: #[[COL:.*]] = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func @static
// CHECK-NOT: cf.assert
// CHECK: %[[N:.*]] = arith.uitofp %{{.*}} : i64 to f32
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[FIRST]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK:   arith.subf
// CHECK:   arith.addf
// CHECK: arith.divf %{{.*}}, %[[N]] : f32
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[FIRST]], #[[ROW]], #[[ROW]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK:   arith.mulf
// CHECK:   linalg.yield %{{.*}}, %{{.*}} : f32, f32
// CHECK: arith.maximumf
// CHECK: math.rsqrt
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ROW]], #[[FIRST]], #[[ROW]], #[[COL]], #[[COL]], #[[ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME: outs(%{{.*}} : tensor<16x64xf32>)
// CHECK-NOT: norm.
func.func @static(%x: tensor<16x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<16x64xf32> {
  %e = tensor.empty() : tensor<16x64xf32>
  %y = norm.layer_norm %x : tensor<16x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%e : tensor<16x64xf32>)
  return %y : tensor<16x64xf32>
}

// -----

// bf16 data is widened to f32 for the statistics and rounded once at the
// end; dynamic sizes get run-time checks.
// CHECK-LABEL: func @dynamic_bf16
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: y does not match the input at run time (dimension 0)"
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: scale does not match the normalized shape at run time (dimension 1)"
// CHECK: cf.assert %{{.*}}, "norm.layer_norm: the reduced size N is 0 at run time"
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: %[[Y:.*]] = arith.truncf %{{.*}} : f32 to bf16
// CHECK-NEXT: linalg.yield %[[Y]] : bf16
func.func @dynamic_bf16(%x: tensor<?x?xbf16>, %g: tensor<?xf32>, %e: tensor<?x?xbf16>) -> tensor<?x?xbf16> {
  %y = norm.layer_norm %x : tensor<?x?xbf16> scale(%g : tensor<?xf32>) outs(%e : tensor<?x?xbf16>)
  return %y : tensor<?x?xbf16>
}

// -----

// Statistics are written into inits of shape (rows, 1, 1).
// CHECK-DAG: #[[STAT:.*]] = affine_map<(d0, d1, d2) -> (d0)>
// CHECK-LABEL: func @statistics
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<4x1x1xf32>)
// CHECK: %[[RSTD:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<4x1x1xf32>)
// CHECK: return %{{.*}}, %[[MEAN]], %[[RSTD]]
func.func @statistics(%x: tensor<4x8x16xf16>, %s: tensor<4x1x1xf32>) -> (tensor<4x8x16xf16>, tensor<4x1x1xf32>, tensor<4x1x1xf32>) {
  %y:3 = norm.layer_norm %x : tensor<4x8x16xf16> outs(%x, %s, %s : tensor<4x8x16xf16>, tensor<4x1x1xf32>, tensor<4x1x1xf32>) {axis = 1 : i64}
  return %y#0, %y#1, %y#2 : tensor<4x8x16xf16>, tensor<4x1x1xf32>, tensor<4x1x1xf32>
}
