// RUN: norm-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(sharding-propagation,shard-partition),canonicalize,cse)' | FileCheck %s

// Rows split: the op itself on each process's rows, no communication.
// CHECK-LABEL: func.func @rows
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>, %[[G:.*]]: tensor<8xf32>)
// CHECK-NOT: shard.all_reduce
// CHECK: norm.rms_norm %[[X]] : tensor<2x8xf32> scale(%[[G]] : tensor<8xf32>) outs(%{{.*}} : tensor<2x8xf32>)
shard.grid @grid(shape = 2)
func.func @rows(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.rms_norm %xs : tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  %ys = shard.shard %y to %s : tensor<4x8xf32>
  return %ys : tensor<4x8xf32>
}

// -----

// Hidden dim split: scale is split with it; sum(x^2) is all-reduced once
// and RMSNorm's N is the whole row's (8).
// CHECK-LABEL: func.func @rms_hidden
// CHECK-SAME: (%{{.*}}: tensor<4x4xf32>, %{{.*}}: tensor<4xf32>) -> tensor<4x4xf32>
// CHECK-DAG: arith.constant 8.000000e+00 : f32
// CHECK: linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK: shard.all_reduce %{{.*}} on @grid grid_axes = [0] : tensor<4xf32> -> tensor<4xf32>
// CHECK-NOT: shard.all_reduce
// CHECK-NOT: norm.
// CHECK: return
shard.grid @grid(shape = 2)
func.func @rms_hidden(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.rms_norm %xs : tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e : tensor<4x8xf32>)
  %ys = shard.shard %y to %s : tensor<4x8xf32>
  return %ys : tensor<4x8xf32>
}

// -----

// LayerNorm over a split hidden dim: sum(x) first (its mean becomes the
// shift), then sum(d) and sum(d^2) about it, stacked into one collective:
// two all-reduces, never of x^2. The statistics results keep their rows
// (not split) and are replicated.
// CHECK-LABEL: func.func @layer_norm_hidden
// CHECK-SAME: -> (tensor<3x2x4xbf16>, tensor<3x2x1xf32>, tensor<3x2x1xf32>)
// Statistics cross the wire flat (1-D).
// CHECK: shard.all_reduce %{{.*}} on @grid grid_axes = [0] : tensor<6xf32> -> tensor<6xf32>
// CHECK: %[[D:.*]] = tensor.insert_slice %{{.*}}[0, 0, 0] [1, 3, 2] [1, 1, 1] : tensor<3x2xf32> into tensor<2x3x2xf32>
// CHECK: %[[DD:.*]] = tensor.insert_slice %{{.*}} into %[[D]][1, 0, 0] [1, 3, 2] [1, 1, 1]
// CHECK: %[[FLAT:.*]] = tensor.collapse_shape %[[DD]] {{\[\[}}0, 1, 2]] : tensor<2x3x2xf32> into tensor<12xf32>
// CHECK: shard.all_reduce %[[FLAT]] on @grid grid_axes = [0] : tensor<12xf32> -> tensor<12xf32>
// CHECK-NOT: shard.all_reduce
shard.grid @grid(shape = 4)
func.func @layer_norm_hidden(%x: tensor<3x2x16xbf16>, %g: tensor<16xf32>) -> (tensor<3x2x16xbf16>, tensor<3x2x1xf32>, tensor<3x2x1xf32>) {
  %s = shard.sharding @grid split_axes = [[], [], [0]] : !shard.sharding
  %r = shard.sharding @grid split_axes = [[]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<3x2x16xbf16>
  %e = tensor.empty() : tensor<3x2x16xbf16>
  %m = tensor.empty() : tensor<3x2x1xf32>
  %y:3 = norm.layer_norm %xs : tensor<3x2x16xbf16> scale(%g : tensor<16xf32>) outs(%e, %m, %m : tensor<3x2x16xbf16>, tensor<3x2x1xf32>, tensor<3x2x1xf32>)
  %ys = shard.shard %y#0 to %s : tensor<3x2x16xbf16>
  %ms = shard.shard %y#1 to %r : tensor<3x2x1xf32>
  %rs = shard.shard %y#2 to %r : tensor<3x2x1xf32>
  return %ys, %ms, %rs : tensor<3x2x16xbf16>, tensor<3x2x1xf32>, tensor<3x2x1xf32>
}

// -----

// The fused op: h keeps x's sharding; residual and h split alike.
// CHECK-LABEL: func.func @add_layer_norm_hidden
// CHECK-SAME: (%{{.*}}: tensor<4x4xf32>, %{{.*}}: tensor<4x4xf32>, %{{.*}}: tensor<4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
// CHECK-COUNT-2: shard.all_reduce
// CHECK-NOT: shard.all_reduce
shard.grid @grid(shape = 2)
func.func @add_layer_norm_hidden(%x: tensor<4x8xf32>, %r: tensor<4x8xf32>, %g: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %s = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %y:2 = norm.add_layer_norm %xs, %r : tensor<4x8xf32>, tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e, %e : tensor<4x8xf32>, tensor<4x8xf32>) {alpha = 2.0 : f64}
  %ys = shard.shard %y#0 to %s : tensor<4x8xf32>
  %hs = shard.shard %y#1 to %s : tensor<4x8xf32>
  return %ys, %hs : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// Backward with rows split (sequence parallelism): dx of the local rows,
// and dscale/dbias summed over every process's rows.
// CHECK-LABEL: func.func @layer_norm_grad_rows
// CHECK-SAME: (%{{.*}}: tensor<2x8xbf16>, %{{.*}}: tensor<2x8xbf16>, %{{.*}}: tensor<8xbf16>, %{{.*}}: tensor<2x1xf32>, %{{.*}}: tensor<2x1xf32>)
// CHECK: %[[G:.*]]:3 = norm.layer_norm_grad {{.*}} outs({{.*}} : tensor<2x8xbf16>, tensor<8xf32>, tensor<8xf32>)
// CHECK-DAG: shard.all_reduce %[[G]]#1 on @grid grid_axes = [0] : tensor<8xf32> -> tensor<8xf32>
// CHECK-DAG: shard.all_reduce %[[G]]#2 on @grid grid_axes = [0] : tensor<8xf32> -> tensor<8xf32>
shard.grid @grid(shape = 2)
func.func @layer_norm_grad_rows(%dy: tensor<4x8xbf16>, %x: tensor<4x8xbf16>, %g: tensor<8xbf16>, %mean: tensor<4x1xf32>, %rstd: tensor<4x1xf32>) -> (tensor<4x8xbf16>, tensor<8xf32>, tensor<8xf32>) {
  %s = shard.sharding @grid split_axes = [[0]] : !shard.sharding
  %r = shard.sharding @grid split_axes = [[]] : !shard.sharding
  %dys = shard.shard %dy to %s annotate_for_users : tensor<4x8xbf16>
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xbf16>
  %e = tensor.empty() : tensor<4x8xbf16>
  %p = tensor.empty() : tensor<8xf32>
  %d:3 = norm.layer_norm_grad %dys, %xs : tensor<4x8xbf16>, tensor<4x8xbf16> scale(%g : tensor<8xbf16>) mean(%mean : tensor<4x1xf32>) rstd(%rstd : tensor<4x1xf32>) outs(%e, %p, %p : tensor<4x8xbf16>, tensor<8xf32>, tensor<8xf32>)
  %dx = shard.shard %d#0 to %s : tensor<4x8xbf16>
  %dg = shard.shard %d#1 to %r : tensor<8xf32>
  %db = shard.shard %d#2 to %r : tensor<8xf32>
  return %dx, %dg, %db : tensor<4x8xbf16>, tensor<8xf32>, tensor<8xf32>
}

// -----

// A row-parallel sublayer (activations split along K, weight along its
// rows) then residual + norm: after partitioning the matmul's partial sums
// are all-reduced and the fused norm takes them directly, on whole rows.
// CHECK-LABEL: func.func @row_parallel_then_norm
// CHECK: %[[P:.*]] = linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<8x8xf32>, tensor<8x8xf32>)
// CHECK: %[[S:.*]] = shard.all_reduce %[[P]] on @grid grid_axes = [0] : tensor<8x8xf32> -> tensor<8x8xf32>
// CHECK: norm.add_rms_norm %[[S]], %{{.*}} : tensor<8x8xf32>, tensor<8x8xf32>
shard.grid @grid(shape = 2)
func.func @row_parallel_then_norm(%a0: tensor<8x16xf32>, %w0: tensor<16x8xf32>, %r: tensor<8x8xf32>, %g: tensor<8xf32>) -> (tensor<8x8xf32>, tensor<8x8xf32>) {
  %sa = shard.sharding @grid split_axes = [[], [0]] : !shard.sharding
  %sw = shard.sharding @grid split_axes = [[0]] : !shard.sharding
  %rep = shard.sharding @grid split_axes = [[]] : !shard.sharding
  %a = shard.shard %a0 to %sa annotate_for_users : tensor<8x16xf32>
  %w = shard.shard %w0 to %sw annotate_for_users : tensor<16x8xf32>
  %c0 = arith.constant 0.0 : f32
  %e0 = tensor.empty() : tensor<8x8xf32>
  %z = linalg.fill ins(%c0 : f32) outs(%e0 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %p = linalg.matmul ins(%a, %w : tensor<8x16xf32>, tensor<16x8xf32>) outs(%z : tensor<8x8xf32>) -> tensor<8x8xf32>
  %ps = shard.shard %p to %rep : tensor<8x8xf32>
  %e = tensor.empty() : tensor<8x8xf32>
  %y:2 = norm.add_rms_norm %ps, %r : tensor<8x8xf32>, tensor<8x8xf32> scale(%g : tensor<8xf32>) outs(%e, %e : tensor<8x8xf32>, tensor<8x8xf32>)
  %y0 = shard.shard %y#0 to %rep : tensor<8x8xf32>
  %y1 = shard.shard %y#1 to %rep : tensor<8x8xf32>
  return %y0, %y1 : tensor<8x8xf32>, tensor<8x8xf32>
}
