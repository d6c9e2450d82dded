// RUN: norm-opt %s --norm-expand-sublayers --split-input-file | FileCheck %s --implicit-check-not=norm.sublayer --implicit-check-not=norm.yield
// RUN: norm-opt %s --norm-expand-sublayers --norm-fuse-residual --split-input-file | FileCheck %s --check-prefix=FUSED

// No sublayer or its yield is left anywhere (--implicit-check-not, which
// does not look between the matches of a CHECK-COUNT: one line per op).

// post: Norm(x + F(x)).
// CHECK-LABEL: func @post
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<4x8xf32>, %[[G:.*]]: tensor<8xf32>)
// CHECK: %[[F:.*]] = arith.mulf %[[X]], %[[W]]
// CHECK: %[[S:.*]] = arith.addf %[[X]], %[[F]]
// CHECK: %[[Y:.*]] = norm.layer_norm %[[S]] : tensor<4x8xf32> scale(%[[G]] : tensor<8xf32>)
// CHECK: return %[[Y]]
// FUSED-LABEL: func @post
// FUSED: norm.add_layer_norm
func.func @post(%x: tensor<4x8xf32>, %w: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer post layer_norm %x : tensor<4x8xf32> scale(%g : tensor<8xf32>) {
  ^bb0(%a: tensor<4x8xf32>):
    %f = arith.mulf %a, %w : tensor<4x8xf32>
    norm.yield %f : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// pre: x + F(Norm(x)).
// CHECK-LABEL: func @pre
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<4x8xf32>, %[[G:.*]]: tensor<8xf32>)
// CHECK: %[[N:.*]] = norm.rms_norm %[[X]] : tensor<4x8xf32> scale(%[[G]] : tensor<8xf32>) {{.*}} {offset = 1.000000e+00 : f64}
// CHECK: %[[F:.*]] = arith.mulf %[[N]], %[[W]]
// CHECK: %[[S:.*]] = arith.addf %[[X]], %[[F]]
// CHECK: return %[[S]]
func.func @pre(%x: tensor<4x8xf32>, %w: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer pre rms_norm %x : tensor<4x8xf32> scale(%g : tensor<8xf32>) attributes {offset = 1.0 : f64} {
  ^bb0(%a: tensor<4x8xf32>):
    %f = arith.mulf %a, %w : tensor<4x8xf32>
    norm.yield %f : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// sandwich: x + Norm_out(F(Norm(x))), each norm with its own parameters.
// CHECK-LABEL: func @sandwich
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<4x8xf32>, %[[G:.*]]: tensor<8xf32>, %[[G2:.*]]: tensor<8xf32>)
// CHECK: %[[N:.*]] = norm.layer_norm %[[X]] : tensor<4x8xf32> scale(%[[G]] : tensor<8xf32>)
// CHECK: %[[F:.*]] = arith.mulf %[[N]], %[[W]]
// CHECK: %[[M:.*]] = norm.layer_norm %[[F]] : tensor<4x8xf32> scale(%[[G2]] : tensor<8xf32>)
// CHECK: %[[S:.*]] = arith.addf %[[X]], %[[M]]
// CHECK: return %[[S]]
func.func @sandwich(%x: tensor<4x8xf32>, %w: tensor<4x8xf32>, %g: tensor<8xf32>, %g2: tensor<8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer sandwich layer_norm %x : tensor<4x8xf32> scale(%g : tensor<8xf32>) out_scale(%g2 : tensor<8xf32>) {
  ^bb0(%a: tensor<4x8xf32>):
    %f = arith.mulf %a, %w : tensor<4x8xf32>
    norm.yield %f : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// deepnorm: LN(alpha * x + F(x)) as norm.deep_norm.
// CHECK-LABEL: func @deepnorm
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<4x8xf32>)
// CHECK: %[[F:.*]] = arith.mulf %[[X]], %[[W]]
// CHECK: %[[Y:.*]] = norm.deep_norm %[[F]], %[[X]] : tensor<4x8xf32>, tensor<4x8xf32> outs(%{{.*}} : tensor<4x8xf32>) {alpha = 3.000000e+00 : f64}
// CHECK: return %[[Y]]
func.func @deepnorm(%x: tensor<4x8xf32>, %w: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer deepnorm layer_norm %x : tensor<4x8xf32> attributes {alpha = 3.0 : f64} {
  ^bb0(%a: tensor<4x8xf32>):
    %f = arith.mulf %a, %w : tensor<4x8xf32>
    norm.yield %f : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// Nested sublayers expand inside out; dynamic shapes are fine.
// CHECK-LABEL: func @nested
// CHECK: norm.rms_norm
// CHECK: norm.rms_norm
func.func @nested(%x: tensor<?x8xf32>) -> tensor<?x8xf32> {
  %y = norm.sublayer pre rms_norm %x : tensor<?x8xf32> {
  ^bb0(%a: tensor<?x8xf32>):
    %z = norm.sublayer pre rms_norm %a : tensor<?x8xf32> {
    ^bb0(%b: tensor<?x8xf32>):
      %f = arith.negf %b : tensor<?x8xf32>
      norm.yield %f : tensor<?x8xf32>
    }
    norm.yield %z : tensor<?x8xf32>
  }
  return %y : tensor<?x8xf32>
}
