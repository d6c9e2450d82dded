// RUN: norm-opt %s --norm-fuse-residual --split-input-file | FileCheck %s

// Residual adds in the form torch-mlir and other linalg frontends emit: an
// element-wise linalg.generic over identity maps whose body adds its two
// inputs (and, for DeepNorm, one that scales by a constant).

#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

// The fused functions are the destination, the fused op and the return,
// line after line: no generic is left before the op either.
// CHECK-LABEL: func.func @generic_add
// CHECK-NEXT:    tensor.empty
// CHECK-NEXT:    %[[F:.*]]:2 = norm.add_rms_norm %arg1, %arg0
// CHECK-NEXT:    return %[[F]]#0
func.func @generic_add(%x: tensor<2x8x32xf32>, %f: tensor<2x8x32xf32>) -> tensor<2x8x32xf32> {
  %e = tensor.empty() : tensor<2x8x32xf32>
  %s = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x, %f : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%e : tensor<2x8x32xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<2x8x32xf32>
  %y = norm.rms_norm %s : tensor<2x8x32xf32> outs(%e : tensor<2x8x32xf32>)
  return %y : tensor<2x8x32xf32>
}

// -----

#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>

// DeepNorm: alpha * x + F(x) with alpha inside a generic.
// CHECK-LABEL: func.func @generic_deepnorm
// CHECK-NEXT:    tensor.empty
// CHECK-NEXT:    %[[D:.*]]:2 = norm.add_layer_norm %arg1, %arg0 {{.*}}{alpha = 2.500000e+00 : f64}
// CHECK-NEXT:    return %[[D]]#0
func.func @generic_deepnorm(%x: tensor<2x8x32xf32>, %f: tensor<2x8x32xf32>) -> tensor<2x8x32xf32> {
  %e = tensor.empty() : tensor<2x8x32xf32>
  %c = arith.constant 2.5 : f32
  %ax = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<2x8x32xf32>) outs(%e : tensor<2x8x32xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.mulf %a, %c : f32
    linalg.yield %r : f32
  } -> tensor<2x8x32xf32>
  %s = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%ax, %f : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%e : tensor<2x8x32xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<2x8x32xf32>
  %y = norm.layer_norm %s : tensor<2x8x32xf32> outs(%e : tensor<2x8x32xf32>)
  return %y : tensor<2x8x32xf32>
}

// -----

#id = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#row = affine_map<(d0, d1, d2) -> (d0, d1, 0)>

// Not a residual sum: a broadcasting generic (one input per row), a body
// that does more than add, and a generic adding an input to itself plus a
// constant: all left alone.
// CHECK-LABEL: func.func @generic_not_fused
// CHECK-NOT:     norm.add_
// CHECK:         norm.rms_norm
// CHECK-NOT:     norm.add_
// CHECK:         norm.rms_norm
// CHECK-NOT:     norm.add_
// CHECK:         norm.rms_norm
// CHECK-NOT:     norm.add_
func.func @generic_not_fused(%x: tensor<2x8x32xf32>, %f: tensor<2x8x32xf32>, %r: tensor<2x8x1xf32>) -> (tensor<2x8x32xf32>, tensor<2x8x32xf32>, tensor<2x8x32xf32>) {
  %e = tensor.empty() : tensor<2x8x32xf32>
  %b = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x, %r : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%e : tensor<2x8x32xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    linalg.yield %s : f32
  } -> tensor<2x8x32xf32>
  %m = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x, %f : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%e : tensor<2x8x32xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %c : f32
    %t = arith.mulf %s, %s : f32
    linalg.yield %t : f32
  } -> tensor<2x8x32xf32>
  %one = arith.constant 1.0 : f32
  %k = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%x : tensor<2x8x32xf32>) outs(%e : tensor<2x8x32xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.addf %a, %one : f32
    linalg.yield %s : f32
  } -> tensor<2x8x32xf32>
  %y0 = norm.rms_norm %b : tensor<2x8x32xf32> outs(%e : tensor<2x8x32xf32>)
  %y1 = norm.rms_norm %m : tensor<2x8x32xf32> outs(%e : tensor<2x8x32xf32>)
  %y2 = norm.rms_norm %k : tensor<2x8x32xf32> outs(%e : tensor<2x8x32xf32>)
  return %y0, %y1, %y2 : tensor<2x8x32xf32>, tensor<2x8x32xf32>, tensor<2x8x32xf32>
}
