// RUN: norm-opt %s --split-input-file --norm-raise | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-raise=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK

// Inference BatchNorm written other ways than torch-mlir's: one fused body,
// dividing by sqrt(var + eps), operands in another order, channels last;
// the roles of the four per-channel tensors are found by what the body
// computes, whatever their order as operands.

// CHECK-LABEL: func.func @fused_body
// CHECK-SAME: (%[[X:.*]]: tensor<2x4x5x5xf32>, %[[G:.*]]: tensor<4xf32>, %[[B:.*]]: tensor<4xf32>, %[[M:.*]]: tensor<4xf32>, %[[V:.*]]: tensor<4xf32>)
// CHECK: norm.batch_norm %[[X]] : tensor<2x4x5x5xf32> scale(%[[G]] : tensor<4xf32>) bias(%[[B]] : tensor<4xf32>) running(%[[M]], %[[V]] : tensor<4xf32>, tensor<4xf32>) outs(%{{.*}}) {epsilon = 0.0010000000474974513 : f64}
// CHECK-NOT: linalg.generic
#nchw = affine_map<(n, c, h, w) -> (n, c, h, w)>
#ch = affine_map<(n, c, h, w) -> (c)>
func.func @fused_body(%x: tensor<2x4x5x5xf32>, %g: tensor<4xf32>, %b: tensor<4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) -> tensor<2x4x5x5xf32> {
  %eps = arith.constant 1.0e-3 : f32
  %e = tensor.empty() : tensor<2x4x5x5xf32>
  %y = linalg.generic {indexing_maps = [#ch, #ch, #nchw, #ch, #ch, #nchw], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v, %b, %x, %g, %m : tensor<4xf32>, tensor<4xf32>, tensor<2x4x5x5xf32>, tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<2x4x5x5xf32>) {
  ^bb0(%vi: f32, %bi: f32, %xi: f32, %gi: f32, %mi: f32, %o: f32):
    %d = arith.subf %xi, %mi : f32
    %s = arith.addf %eps, %vi : f32
    %r = math.sqrt %s : f32
    %n = arith.divf %d, %r : f32
    %t = arith.mulf %gi, %n : f32
    %u = arith.addf %bi, %t : f32
    linalg.yield %u : f32
  } -> tensor<2x4x5x5xf32>
  return %y : tensor<2x4x5x5xf32>
}

// -----

// Channels last (NHWC): the channel axis is 3.
// CHECK-LABEL: func.func @channels_last
// CHECK: norm.batch_norm %arg0 : tensor<2x5x5x4xf32> running(%arg1, %arg2 : tensor<4xf32>, tensor<4xf32>) outs(%{{.*}}) {channel_axis = 3 : i64, epsilon = 9.9999997473787516E-6 : f64}
#nhwc = affine_map<(n, h, w, c) -> (n, h, w, c)>
#last = affine_map<(n, h, w, c) -> (c)>
func.func @channels_last(%x: tensor<2x5x5x4xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) -> tensor<2x5x5x4xf32> {
  %eps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : tensor<2x5x5x4xf32>
  %y = linalg.generic {indexing_maps = [#nhwc, #last, #last, #nhwc], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %m, %v : tensor<2x5x5x4xf32>, tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<2x5x5x4xf32>) {
  ^bb0(%xi: f32, %mi: f32, %vi: f32, %o: f32):
    %d = arith.subf %xi, %mi : f32
    %s = arith.addf %vi, %eps : f32
    %r = math.rsqrt %s : f32
    %n = arith.mulf %d, %r : f32
    linalg.yield %n : f32
  } -> tensor<2x5x5x4xf32>
  return %y : tensor<2x5x5x4xf32>
}

// -----

// Near miss: epsilon outside the square root.
#nchw = affine_map<(n, c, h, w) -> (n, c, h, w)>
#ch = affine_map<(n, c, h, w) -> (c)>
// CHECK-LABEL: func.func @eps_outside
// CHECK-NOT: norm.batch_norm
// REMARK: remark: raised into norm.batch_norm (channel axis 1, epsilon 1.000000e-03, scale, bias)
// REMARK: remark: raised into norm.batch_norm (channel axis 3, epsilon 1.000000e-05)
// REMARK: remark: not raised: eps is added outside the square root
func.func @eps_outside(%x: tensor<2x4x5x5xf32>, %m: tensor<4xf32>, %v: tensor<4xf32>) -> tensor<2x4x5x5xf32> {
  %eps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : tensor<2x4x5x5xf32>
  %y = linalg.generic {indexing_maps = [#nchw, #ch, #ch, #nchw], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %m, %v : tensor<2x4x5x5xf32>, tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<2x4x5x5xf32>) {
  ^bb0(%xi: f32, %mi: f32, %vi: f32, %o: f32):
    %d = arith.subf %xi, %mi : f32
    %r = math.sqrt %vi : f32
    %s = arith.addf %r, %eps : f32
    %n = arith.divf %d, %s : f32
    linalg.yield %n : f32
  } -> tensor<2x4x5x5xf32>
  return %y : tensor<2x4x5x5xf32>
}

// -----

// Near miss: the mean varies over the batch too (not a per-channel tensor).
// CHECK-LABEL: func.func @mean_per_sample
// CHECK-NOT: norm.batch_norm
// REMARK: remark: not raised: a statistic or parameter varies over more than one dim
#nchw = affine_map<(n, c, h, w) -> (n, c, h, w)>
#ch = affine_map<(n, c, h, w) -> (c)>
#nc = affine_map<(n, c, h, w) -> (n, c)>
func.func @mean_per_sample(%x: tensor<2x4x5x5xf32>, %m: tensor<2x4xf32>, %v: tensor<4xf32>) -> tensor<2x4x5x5xf32> {
  %eps = arith.constant 1.0e-5 : f32
  %e = tensor.empty() : tensor<2x4x5x5xf32>
  %y = linalg.generic {indexing_maps = [#nchw, #nc, #ch, #nchw], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %m, %v : tensor<2x4x5x5xf32>, tensor<2x4xf32>, tensor<4xf32>) outs(%e : tensor<2x4x5x5xf32>) {
  ^bb0(%xi: f32, %mi: f32, %vi: f32, %o: f32):
    %d = arith.subf %xi, %mi : f32
    %s = arith.addf %vi, %eps : f32
    %r = math.rsqrt %s : f32
    %n = arith.mulf %d, %r : f32
    linalg.yield %n : f32
  } -> tensor<2x4x5x5xf32>
  return %y : tensor<2x4x5x5xf32>
}
