// RUN: norm-opt %s -split-input-file -verify-diagnostics

func.func @yield_type(%x: tensor<2x8xf32>, %w: tensor<2x8xf16>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects the body to yield 'tensor<2x8xf32>', but it yields 'tensor<2x8xf16>'}}
  %y = norm.sublayer pre rms_norm %x : tensor<2x8xf32> {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %w : tensor<2x8xf16>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @argument_type(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects the body to take one argument of type 'tensor<2x8xf32>'}}
  %y = norm.sublayer post layer_norm %x : tensor<2x8xf32> {
  ^bb0(%a: tensor<8xf32>):
    norm.yield %x : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @out_scale_outside_sandwich(%x: tensor<2x8xf32>, %g: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects out_scale and out_bias only with the sandwich placement}}
  %y = norm.sublayer pre layer_norm %x : tensor<2x8xf32> out_scale(%g : tensor<8xf32>) {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @alpha_outside_deepnorm(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects alpha only with the deepnorm placement}}
  %y = norm.sublayer post layer_norm %x : tensor<2x8xf32> attributes {alpha = 2.0 : f64} {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @deepnorm_rms(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects kind layer_norm with the deepnorm placement}}
  %y = norm.sublayer deepnorm rms_norm %x : tensor<2x8xf32> attributes {alpha = 2.0 : f64} {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @rms_bias(%x: tensor<2x8xf32>, %b: tensor<8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects no bias with kind rms_norm}}
  %y = norm.sublayer pre rms_norm %x : tensor<2x8xf32> bias(%b : tensor<8xf32>) {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @layer_norm_offset(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects offset only with kind rms_norm}}
  %y = norm.sublayer pre layer_norm %x : tensor<2x8xf32> attributes {offset = 1.0 : f64} {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @scale_shape(%x: tensor<2x8xf32>, %g: tensor<2xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expects scale to have the normalized shape [8], but got [2]}}
  %y = norm.sublayer pre rms_norm %x : tensor<2x8xf32> scale(%g : tensor<2xf32>) {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @unknown_placement(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+2 {{expected ::mlir::norm::Placement to be one of: post, pre, sandwich, deepnorm}}
  // expected-error @+1 {{failed to parse Norm_PlacementAttr parameter 'value'}}
  %y = norm.sublayer middle rms_norm %x : tensor<2x8xf32> {
  ^bb0(%a: tensor<2x8xf32>):
    norm.yield %a : tensor<2x8xf32>
  }
  return %y : tensor<2x8xf32>
}

// -----

func.func @yield_outside(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'norm.yield' op expects parent op 'norm.sublayer'}}
  norm.yield %x : tensor<2x8xf32>
}
