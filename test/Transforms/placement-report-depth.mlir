// RUN: norm-opt %s --norm-placement-report --verify-diagnostics -o /dev/null
// RUN: norm-opt %s --norm-fuse-residual --norm-placement-report -o /dev/null 2>&1 | FileCheck %s --check-prefix=FUSED

// The residual depth counts the residual connections of the stream, not
// every sum of a value and something computed from it: two Pre-LN blocks
// whose MLP is tanh GELU (u + 0.044715 * u^3, GPT-2 and Phi) and whose
// attention adds a bias that the first block computed (T5's position bias)
// have depth 2, before and after fusion.
// FUSED: norm placements: 2 pre-ln; 1 pre-ln-final; residual depth 2
// expected-remark @below {{norm placements: 2 pre-ln; 1 pre-ln-final; residual depth 2}}
func.func @blocks(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %c = arith.constant dense<0.044715> : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln}}
  %n0 = norm.rms_norm %x : tensor<4x64xf32> outs(%e : tensor<4x64xf32>)
  %s0 = arith.mulf %n0, %w : tensor<4x64xf32>
  %bias = arith.mulf %s0, %s0 : tensor<4x64xf32>
  %a0 = arith.addf %s0, %bias : tensor<4x64xf32>
  %h0 = arith.addf %x, %a0 : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln}}
  %n1 = norm.rms_norm %h0 : tensor<4x64xf32> outs(%e : tensor<4x64xf32>)
  %u = arith.mulf %n1, %w : tensor<4x64xf32>
  %u2 = arith.mulf %u, %u : tensor<4x64xf32>
  %u3 = arith.mulf %u2, %u : tensor<4x64xf32>
  %cu3 = arith.mulf %c, %u3 : tensor<4x64xf32>
  %inner = arith.addf %u, %cu3 : tensor<4x64xf32>
  %gelu = math.tanh %inner : tensor<4x64xf32>
  %s1 = arith.addf %gelu, %bias : tensor<4x64xf32>
  %h1 = arith.addf %h0, %s1 : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln-final}}
  %y = norm.rms_norm %h1 : tensor<4x64xf32> outs(%e : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}
