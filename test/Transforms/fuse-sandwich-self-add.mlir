// RUN: norm-opt %s --norm-fuse-residual | FileCheck %s
// RUN: norm-opt %s --norm-expand-sublayers --norm-fuse-residual | FileCheck %s --check-prefix=SUB

// Regression (found by tools/norm-fuzz): a norm added to itself, then
// normed, was fused as a sandwich whose residual was the inner norm's own
// result, which the fusion erases (a null operand, then a segfault in the
// greedy driver). It fuses as add + norm only; the inner norm stays.

// CHECK-LABEL: func.func @self_add
// CHECK:       %[[N:.*]] = norm.layer_norm %arg0
// CHECK:       norm.add_layer_norm %[[N]], %[[N]]
// CHECK-NOT:   norm.sandwich_norm
func.func @self_add(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %e0 = tensor.empty() : tensor<4x8xf32>
  %n = norm.layer_norm %x : tensor<4x8xf32> outs(%e0 : tensor<4x8xf32>)
  %s = arith.addf %n, %n : tensor<4x8xf32>
  %e1 = tensor.empty() : tensor<4x8xf32>
  %y = norm.layer_norm %s : tensor<4x8xf32> scale(%g : tensor<8xf32>) outs(%e1 : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// The fuzzer's input: a sandwich sublayer whose body adds its input to
// itself.
// SUB-LABEL: func.func @sublayer_self_add
// SUB-NOT:   norm.sandwich_norm
// SUB:       norm.add_layer_norm
// SUB:       return
func.func @sublayer_self_add(%x: tensor<0x3x8xf32>, %g: tensor<3x8xbf16>, %b: tensor<3x8xbf16>) -> tensor<0x3x8xf32> {
  %r = norm.sublayer sandwich layer_norm %x : tensor<0x3x8xf32> out_scale(%g : tensor<3x8xbf16>) out_bias(%b : tensor<3x8xbf16>) attributes {axis = 1 : i64} {
  ^bb0(%a: tensor<0x3x8xf32>):
    %f = arith.addf %a, %a : tensor<0x3x8xf32>
    norm.yield %f : tensor<0x3x8xf32>
  }
  return %r : tensor<0x3x8xf32>
}
