// RUN: norm-opt %s -canonicalize -split-input-file | FileCheck %s

// A gamma of ones and a beta of zeros do not change the result: dropped.
// CHECK-LABEL: func @identity_params
// CHECK: norm.layer_norm %{{.*}} : tensor<4x8xf32> outs(%{{.*}} : tensor<4x8xf32>){{$}}
func.func @identity_params(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %one = arith.constant dense<1.0> : tensor<8xf32>
  %zero = arith.constant dense<0.0> : tensor<8xf32>
  %y = norm.layer_norm %x : tensor<4x8xf32> scale(%one : tensor<8xf32>) bias(%zero : tensor<8xf32>) outs(%x : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

// Any other constant gamma or beta is kept.
// CHECK-LABEL: func @non_identity_params
// CHECK: norm.layer_norm %{{.*}} : tensor<4x8xf32> scale(%{{.*}} : tensor<8xf32>) bias(%{{.*}} : tensor<8xf32>) outs
func.func @non_identity_params(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %two = arith.constant dense<2.0> : tensor<8xf32>
  %b = arith.constant dense<[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]> : tensor<8xf32>
  %y = norm.layer_norm %x : tensor<4x8xf32> scale(%two : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%x : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

// Gemma-style RMSNorm: gamma + 1 == 1 when gamma is zero; offset resets.
// CHECK-LABEL: func @gemma_zero_gamma
// CHECK: norm.rms_norm %{{.*}} : tensor<4x8xbf16> outs(%{{.*}} : tensor<4x8xbf16>){{$}}
func.func @gemma_zero_gamma(%x: tensor<4x8xbf16>) -> tensor<4x8xbf16> {
  %zero = arith.constant dense<0.0> : tensor<8xbf16>
  %y = norm.rms_norm %x : tensor<4x8xbf16> scale(%zero : tensor<8xbf16>) outs(%x : tensor<4x8xbf16>) {offset = 1.0 : f64}
  return %y : tensor<4x8xbf16>
}

// -----

// With offset 1, a gamma of ones scales by 2: kept.
// CHECK-LABEL: func @gemma_one_gamma
// CHECK: norm.rms_norm %{{.*}} scale(%{{.*}} : tensor<8xbf16>) outs(%{{.*}} : tensor<4x8xbf16>) {offset = 1.000000e+00 : f64}
func.func @gemma_one_gamma(%x: tensor<4x8xbf16>) -> tensor<4x8xbf16> {
  %one = arith.constant dense<1.0> : tensor<8xbf16>
  %y = norm.rms_norm %x : tensor<4x8xbf16> scale(%one : tensor<8xbf16>) outs(%x : tensor<4x8xbf16>) {offset = 1.0 : f64}
  return %y : tensor<4x8xbf16>
}

// -----

// Unused statistics are not computed.
// CHECK-LABEL: func @unused_statistics
// CHECK: %[[Y:.*]] = norm.layer_norm %{{.*}} : tensor<4x8xf32> outs(%{{.*}} : tensor<4x8xf32>){{$}}
// CHECK: %[[R:.*]] = norm.rms_norm %{{.*}} : tensor<4x8xf32> outs(%{{.*}} : tensor<4x8xf32>){{$}}
// CHECK: return %[[Y]], %[[R]]
func.func @unused_statistics(%x: tensor<4x8xf32>, %s: tensor<4x1xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %y:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%x, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  %r:2 = norm.rms_norm %x : tensor<4x8xf32> outs(%x, %s : tensor<4x8xf32>, tensor<4x1xf32>)
  return %y#0, %r#0 : tensor<4x8xf32>, tensor<4x8xf32>
}

// -----

// A used statistic keeps all of them.
// CHECK-LABEL: func @used_statistics
// CHECK: %[[Y:.*]]:3 = norm.layer_norm
// CHECK: return %[[Y]]#0, %[[Y]]#2
func.func @used_statistics(%x: tensor<4x8xf32>, %s: tensor<4x1xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %y:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%x, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %y#0, %y#2 : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

// DeepNorm is add + LayerNorm with alpha on the skip branch. For a
// 24-layer decoder-only model alpha = (2 * 24)^(1/4) = 2.6321480259049848.
// CHECK-LABEL: func @deep_norm_decoder
// CHECK-SAME: (%[[F:.*]]: tensor<?x64xf32>, %[[X:.*]]: tensor<?x64xf32>
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK: %[[D:.*]] = tensor.dim %[[F]], %[[C0]]
// CHECK: %[[H:.*]] = tensor.empty(%[[D]]) : tensor<?x64xf32>
// CHECK: %[[R:.*]]:2 = norm.add_layer_norm %[[F]], %[[X]] : tensor<?x64xf32>, tensor<?x64xf32> scale(%{{.*}} : tensor<64xf32>) outs(%{{.*}}, %[[H]] : tensor<?x64xf32>, tensor<?x64xf32>) {alpha = 2.6321480259049848 : f64}
// CHECK: return %[[R]]#0
func.func @deep_norm_decoder(%f: tensor<?x64xf32>, %x: tensor<?x64xf32>, %g: tensor<64xf32>) -> tensor<?x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<?x64xf32>, tensor<?x64xf32> scale(%g : tensor<64xf32>) outs(%f : tensor<?x64xf32>) {arch = #norm.arch<decoder>, decoder_layers = 24}
  return %y : tensor<?x64xf32>
}

// -----

// Encoder-decoder, encoder side, N = 12, M = 6:
// alpha = 0.81 * (12^4 * 6)^(1/16) = 1.686222125536953.
// CHECK-LABEL: func @deep_norm_encdec
// CHECK: norm.add_layer_norm {{.*}} {alpha = 1.68622212553695{{[0-9]*}} : f64}
func.func @deep_norm_encdec(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {arch = #norm.arch<encdec_encoder>, encoder_layers = 12, decoder_layers = 6}
  return %y : tensor<2x64xf32>
}

// -----

// A zero add bias is dropped from the fused ops; a zero LayerNorm beta too.
// CHECK-LABEL: func @zero_add_bias
// CHECK: norm.add_layer_norm %{{.*}}, %{{.*}} : tensor<2x8xf32>, tensor<2x8xf32> outs(
// CHECK: norm.add_rms_norm %{{.*}}, %{{.*}} : tensor<2x8xf32>, tensor<2x8xf32> outs(
func.func @zero_add_bias(%x: tensor<2x8xf32>, %r: tensor<2x8xf32>) -> (tensor<2x8xf32>, tensor<2x8xf32>) {
  %zero = arith.constant dense<0.0> : tensor<8xf32>
  %a:2 = norm.add_layer_norm %x, %r : tensor<2x8xf32>, tensor<2x8xf32> add_bias(%zero : tensor<8xf32>) bias(%zero : tensor<8xf32>) outs(%x, %r : tensor<2x8xf32>, tensor<2x8xf32>)
  %b:2 = norm.add_rms_norm %x, %r : tensor<2x8xf32>, tensor<2x8xf32> add_bias(%zero : tensor<8xf32>) outs(%x, %r : tensor<2x8xf32>, tensor<2x8xf32>)
  return %a#0, %b#0 : tensor<2x8xf32>, tensor<2x8xf32>
}

// -----

// A sublayer whose body is the identity is expanded into explicit ops.
// CHECK-LABEL: func @identity_sublayer_pre
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>
// CHECK: %[[N:.*]] = norm.rms_norm %[[X]]
// CHECK: %[[S:.*]] = arith.addf %[[X]], %[[N]]
// CHECK: return %[[S]]
func.func @identity_sublayer_pre(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer pre rms_norm %x : tensor<4x8xf32> scale(%g : tensor<8xf32>) {
  ^bb0(%a: tensor<4x8xf32>):
    norm.yield %a : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// A sublayer with a real body stays.
// CHECK-LABEL: func @real_sublayer
// CHECK: norm.sublayer post layer_norm
// CHECK: arith.negf
// CHECK: norm.yield
func.func @real_sublayer(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = norm.sublayer post layer_norm %x : tensor<4x8xf32> {
  ^bb0(%a: tensor<4x8xf32>):
    %n = arith.negf %a : tensor<4x8xf32>
    norm.yield %n : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// Norms whose results are unused are erased (they are pure).
// CHECK-LABEL: func @dead_norm
// CHECK-NOT: norm.
// CHECK: return
func.func @dead_norm(%x: tensor<4x8xf32>) {
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>)
  return
}
