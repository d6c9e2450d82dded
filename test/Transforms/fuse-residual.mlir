// RUN: norm-opt %s --norm-fuse-residual --split-input-file | FileCheck %s

// Post-LN: Norm(x + F(x)), the sum used once.
// CHECK-LABEL: func @post_ln
// CHECK-SAME: (%[[X:.*]]: tensor<8x768xf32>, %[[F:.*]]: tensor<8x768xf32>, %[[G:.*]]: tensor<768xf32>, %[[B:.*]]: tensor<768xf32>)
// CHECK-NOT: arith.addf
// h is written over the sublayer output F, which is dead after the add.
// CHECK: %[[E:.*]] = tensor.empty() : tensor<8x768xf32>
// CHECK: %[[R:.*]]:2 = norm.add_layer_norm %[[F]], %[[X]] : tensor<8x768xf32>, tensor<8x768xf32> scale(%[[G]] : tensor<768xf32>) bias(%[[B]] : tensor<768xf32>) outs(%[[E]], %[[F]] : tensor<8x768xf32>, tensor<8x768xf32>) {epsilon = 9.9999999999999998E-13 : f64}
// CHECK-NOT: arith.addf
// CHECK: return %[[R]]#0
func.func @post_ln(%x: tensor<8x768xf32>, %f: tensor<8x768xf32>, %g: tensor<768xf32>, %b: tensor<768xf32>) -> tensor<8x768xf32> {
  %s = arith.addf %x, %f : tensor<8x768xf32>
  %e = tensor.empty() : tensor<8x768xf32>
  %y = norm.layer_norm %s : tensor<8x768xf32> scale(%g : tensor<768xf32>) bias(%b : tensor<768xf32>) outs(%e : tensor<8x768xf32>) {epsilon = 1.0e-12 : f64}
  return %y : tensor<8x768xf32>
}

// -----

// Pre-LN chain: the sum is normalized and is also the next residual; the
// fused op's h replaces that use.
// CHECK-LABEL: func @pre_ln_chain
// CHECK-SAME: (%[[H0:.*]]: tensor<?x1024xbf16>, %[[F0:.*]]: tensor<?x1024xbf16>, %[[G:.*]]: tensor<1024xbf16>, %[[F1:.*]]: tensor<?x1024xbf16>)
// CHECK: %[[R:.*]]:2 = norm.add_rms_norm %[[F0]], %[[H0]] : tensor<?x1024xbf16>, tensor<?x1024xbf16> scale(%[[G]] : tensor<1024xbf16>)
// CHECK: %[[NEXT:.*]] = arith.addf %[[R]]#1, %[[F1]]
// CHECK: return %[[R]]#0, %[[NEXT]]
func.func @pre_ln_chain(%h0: tensor<?x1024xbf16>, %f0: tensor<?x1024xbf16>, %g: tensor<1024xbf16>, %f1: tensor<?x1024xbf16>) -> (tensor<?x1024xbf16>, tensor<?x1024xbf16>) {
  %h1 = arith.addf %h0, %f0 : tensor<?x1024xbf16>
  %n1 = norm.rms_norm %h1 : tensor<?x1024xbf16> scale(%g : tensor<1024xbf16>) outs(%h0 : tensor<?x1024xbf16>)
  %h2 = arith.addf %h1, %f1 : tensor<?x1024xbf16>
  return %n1, %h2 : tensor<?x1024xbf16>, tensor<?x1024xbf16>
}

// -----

// DeepNorm: alpha scales the skip branch; bias added through a broadcast;
// linalg.add is recognized as well as arith.addf.
// CHECK-LABEL: func @deep_norm_bias
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>, %[[F:.*]]: tensor<4x64xf32>, %[[BIAS:.*]]: tensor<64xf32>)
// Nothing but the destination, the fused op and the return (the multiply,
// the add and the broadcast all sat before the op, where a NOT after it
// did not look).
// CHECK-NEXT: tensor.empty
// CHECK-NEXT: %[[D:.*]]:2 = norm.add_layer_norm %[[F]], %[[X]] : tensor<4x64xf32>, tensor<4x64xf32> add_bias(%[[BIAS]] : tensor<64xf32>) outs({{.*}}) {alpha = 2.5{{0*}}e+00 : f64}
// CHECK-NEXT: return %[[D]]#0
func.func @deep_norm_bias(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>, %bias: tensor<64xf32>) -> tensor<4x64xf32> {
  %alpha = arith.constant dense<2.5> : tensor<4x64xf32>
  %ax = arith.mulf %x, %alpha : tensor<4x64xf32>
  %e = tensor.empty() : tensor<4x64xf32>
  %s = linalg.add ins(%ax, %f : tensor<4x64xf32>, tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  %bb = linalg.broadcast ins(%bias : tensor<64xf32>) outs(%e : tensor<4x64xf32>) dimensions = [0]
  %sb = arith.addf %s, %bb : tensor<4x64xf32>
  %y = norm.layer_norm %sb : tensor<4x64xf32> outs(%e : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}

// -----

// A use of the sum before the norm: the fused op goes before that use.
// CHECK-LABEL: func @early_use
// CHECK: %[[R:.*]]:2 = norm.add_rms_norm
// CHECK: %[[U:.*]] = arith.negf %[[R]]#1
// CHECK: return %[[R]]#0, %[[U]]
func.func @early_use(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %s = arith.addf %x, %f : tensor<4x64xf32>
  %u = arith.negf %s : tensor<4x64xf32>
  %y = norm.rms_norm %s : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %y, %u : tensor<4x64xf32>, tensor<4x64xf32>
}

// -----

// Left alone: the norm needs the sum in another element type.
// CHECK-LABEL: func @converted_sum
// CHECK: arith.addf
// CHECK: arith.truncf
// CHECK: norm.rms_norm
// CHECK-NOT: norm.add_rms_norm
func.func @converted_sum(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>, %e: tensor<4x64xbf16>) -> tensor<4x64xbf16> {
  %s = arith.addf %x, %f : tensor<4x64xf32>
  %t = arith.truncf %s : tensor<4x64xf32> to tensor<4x64xbf16>
  %y = norm.rms_norm %t : tensor<4x64xbf16> outs(%e : tensor<4x64xbf16>)
  return %y : tensor<4x64xbf16>
}

// -----

// A norm that returns statistics (a training forward) fuses into the fused
// op that returns the same statistics, of h.
// CHECK-LABEL: func @statistics
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>, %[[F:.*]]: tensor<4x64xf32>, %[[S:.*]]: tensor<4x1xf32>)
// CHECK-NOT: arith.addf
// CHECK: %[[R:.*]]:4 = norm.add_layer_norm %[[F]], %[[X]] : tensor<4x64xf32>, tensor<4x64xf32> outs(%[[X]], %{{.*}}, %[[S]], %[[S]] : tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
// CHECK: return %[[R]]#0, %[[R]]#2
func.func @statistics(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>, %s1: tensor<4x1xf32>) -> (tensor<4x64xf32>, tensor<4x1xf32>) {
  %s = arith.addf %x, %f : tensor<4x64xf32>
  %y:3 = norm.layer_norm %s : tensor<4x64xf32> outs(%x, %s1, %s1 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %y#0, %y#1 : tensor<4x64xf32>, tensor<4x1xf32>
}

// -----

// Pre-LN RMSNorm returning rstd: the sum (the residual stream) is also
// used after the norm; h takes its place.
// CHECK-LABEL: func @pre_ln_rms_statistics
// CHECK: %[[R:.*]]:3 = norm.add_rms_norm {{.*}} outs(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x64xbf16>, tensor<4x64xbf16>, tensor<4x1xf32>)
// CHECK: return %[[R]]#0, %[[R]]#2, %[[R]]#1
func.func @pre_ln_rms_statistics(%x: tensor<4x64xbf16>, %f: tensor<4x64xbf16>, %g: tensor<64xbf16>) -> (tensor<4x64xbf16>, tensor<4x1xf32>, tensor<4x64xbf16>) {
  %s = arith.addf %x, %f : tensor<4x64xbf16>
  %e = tensor.empty() : tensor<4x64xbf16>
  %es = tensor.empty() : tensor<4x1xf32>
  %y:2 = norm.rms_norm %s : tensor<4x64xbf16> scale(%g : tensor<64xbf16>) outs(%e, %es : tensor<4x64xbf16>, tensor<4x1xf32>)
  return %y#0, %y#1, %s : tensor<4x64xbf16>, tensor<4x1xf32>, tensor<4x64xbf16>
}

// -----

// Left alone: the add is outside the loop that normalizes its sum; fusing
// would repeat the add on every iteration.
// CHECK-LABEL: func @add_outside_loop
// CHECK: arith.addf
// CHECK: scf.for
// CHECK: norm.rms_norm
// CHECK-NOT: norm.add_rms_norm
func.func @add_outside_loop(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>, %n: index) -> tensor<4x64xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = arith.addf %x, %f : tensor<4x64xf32>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> tensor<4x64xf32> {
    %y = norm.rms_norm %s : tensor<4x64xf32> outs(%acc : tensor<4x64xf32>)
    scf.yield %y : tensor<4x64xf32>
  }
  return %r : tensor<4x64xf32>
}

// -----

// Left alone: a broadcasting add is not a residual connection.
// CHECK-LABEL: func @broadcast_add
// CHECK: linalg.generic
// CHECK: norm.rms_norm
// CHECK-NOT: norm.add_rms_norm
#row = affine_map<(d0, d1) -> (d1)>
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @broadcast_add(%x: tensor<4x64xf32>, %v: tensor<64xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %s = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %v : tensor<4x64xf32>, tensor<64xf32>) outs(%e : tensor<4x64xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %t = arith.addf %a, %b : f32
    linalg.yield %t : f32
  } -> tensor<4x64xf32>
  %y = norm.rms_norm %s : tensor<4x64xf32> outs(%e : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}

// -----

// Left alone: gamma is defined only after the sum's first use.
// CHECK-LABEL: func @late_operand
// CHECK: arith.addf
// CHECK: norm.rms_norm
// CHECK-NOT: norm.add_rms_norm
func.func @late_operand(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>, %g0: tensor<64xf32>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %s = arith.addf %x, %f : tensor<4x64xf32>
  %u = arith.negf %s : tensor<4x64xf32>
  %g = arith.negf %g0 : tensor<64xf32>
  %y = norm.rms_norm %s : tensor<4x64xf32> scale(%g : tensor<64xf32>) outs(%x : tensor<4x64xf32>)
  return %y, %u : tensor<4x64xf32>, tensor<4x64xf32>
}
