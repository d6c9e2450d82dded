// RUN: norm-opt %s --norm-fuse-elementwise --split-input-file | FileCheck %s --implicit-check-not=linalg.generic

// Every linalg.generic of the output is one a check below names: none other
// is left anywhere (--implicit-check-not).

// A per-channel producer read through a broadcast (BatchNorm's rsqrt of the
// running variance) stays a loop of its own: fused, it would run once per
// element of x instead of once per channel. The element-wise chain over x
// itself is fused.
// CHECK-LABEL: func @broadcast_producer
// CHECK: %[[RSTD:.*]] = linalg.generic {{.*}} iterator_types = ["parallel"]
// CHECK:   math.rsqrt
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// CHECK-SAME: ins(%{{.*}}, %[[RSTD]] :
// CHECK-NOT: math.rsqrt
// CHECK:   arith.subf
// CHECK:   arith.mulf
#id1 = affine_map<(d0) -> (d0)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#chan = affine_map<(d0, d1) -> (d1)>
func.func @broadcast_producer(%x: tensor<64x32xf32>, %var: tensor<32xf32>) -> tensor<64x32xf32> {
  %e1 = tensor.empty() : tensor<32xf32>
  %rstd = linalg.generic {indexing_maps = [#id1, #id1], iterator_types = ["parallel"]} ins(%var : tensor<32xf32>) outs(%e1 : tensor<32xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.rsqrt %v : f32
    linalg.yield %r : f32
  } -> tensor<32xf32>
  %e2 = tensor.empty() : tensor<64x32xf32>
  %centered = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<64x32xf32>) outs(%e2 : tensor<64x32xf32>) {
  ^bb0(%a: f32, %o: f32):
    %c = arith.constant 1.0 : f32
    %s = arith.subf %a, %c : f32
    linalg.yield %s : f32
  } -> tensor<64x32xf32>
  %e3 = tensor.empty() : tensor<64x32xf32>
  %y = linalg.generic {indexing_maps = [#id2, #chan, #id2], iterator_types = ["parallel", "parallel"]} ins(%centered, %rstd : tensor<64x32xf32>, tensor<32xf32>) outs(%e3 : tensor<64x32xf32>) {
  ^bb0(%a: f32, %r: f32, %o: f32):
    %m = arith.mulf %a, %r : f32
    linalg.yield %m : f32
  } -> tensor<64x32xf32>
  return %y : tensor<64x32xf32>
}

// -----

// A producer with the consumer's iteration space is fused, a transposed
// read (a permutation) included.
// CHECK-LABEL: func @transposed_producer
// CHECK: linalg.generic
// CHECK:   math.exp
// CHECK:   arith.addf
#t = affine_map<(d0, d1) -> (d1, d0)>
#i2 = affine_map<(d0, d1) -> (d0, d1)>
func.func @transposed_producer(%x: tensor<16x16xf32>, %z: tensor<16x16xf32>) -> tensor<16x16xf32> {
  %e1 = tensor.empty() : tensor<16x16xf32>
  %p = linalg.generic {indexing_maps = [#i2, #i2], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<16x16xf32>) outs(%e1 : tensor<16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<16x16xf32>
  %e2 = tensor.empty() : tensor<16x16xf32>
  %y = linalg.generic {indexing_maps = [#t, #i2, #i2], iterator_types = ["parallel", "parallel"]} ins(%p, %z : tensor<16x16xf32>, tensor<16x16xf32>) outs(%e2 : tensor<16x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<16x16xf32>
  return %y : tensor<16x16xf32>
}
