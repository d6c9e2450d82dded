// RUN: norm-opt %s -split-input-file -verify-diagnostics

// Malformed text ends in a located diagnostic, never a crash.

func.func @missing_outs(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %y = norm.layer_norm %x : tensor<4x8xf32>
  // expected-error @+1 {{custom op 'norm.layer_norm' expected 'outs'}}
  return %y : tensor<4x8xf32>
}

// -----

func.func @wrong_keyword(%x: tensor<4x8xf32>, %g: tensor<8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expected 'outs'}}
  %y = norm.rms_norm %x : tensor<4x8xf32> gamma(%g : tensor<8xf32>) outs(%x : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

// On memrefs the op has no results to name.
func.func @memref_result(%x: memref<4x8xf32>) {
  // expected-error @+1 {{cannot name an operation with no results}}
  %y = norm.layer_norm %x : memref<4x8xf32> outs(%x : memref<4x8xf32>)
  return
}

// -----

func.func @unranked(%x: tensor<*xf32>) {
  // expected-error @+1 {{'norm.rms_norm' op operand #0 must be ranked tensor or strided memref, but got 'tensor<*xf32>'}}
  norm.rms_norm %x : tensor<*xf32> outs(%x : tensor<*xf32>)
  return
}

// -----

func.func @bad_attribute_type(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'epsilon' failed to satisfy constraint: 64-bit float attribute}}
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {epsilon = 1 : i32}
  return %y : tensor<4x8xf32>
}

// -----

func.func @result_count(%x: tensor<4x8xf32>) {
  // expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
  %y:2 = norm.layer_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>)
  return
}

// -----

func.func @truncated(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{expected ':'}}
  %y = norm.layer_norm %x
}

// -----

func.func @unknown_enum_attribute(%f: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+2 {{expected ::mlir::norm::DeepNormArch to be one of}}
  // expected-error @+1 {{failed to parse Norm_DeepNormArchAttr parameter}}
  %y = norm.deep_norm %f, %f : tensor<2x8xf32>, tensor<2x8xf32> outs(%f : tensor<2x8xf32>) {arch = #norm.arch<gpt>}
  return %y : tensor<2x8xf32>
}

// -----

func.func @unknown_norm_attribute(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{unknown attribute `placements` in dialect `norm`}}
  %y = norm.layer_norm %x : tensor<2x8xf32> outs(%x : tensor<2x8xf32>) {p = #norm.placements<pre>}
  return %y : tensor<2x8xf32>
}

// -----

func.func @bad_dim(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // expected-error @+1 {{expected ':'}}
  %y = norm.layer_norm %x : tensor<2x8xf32> outs(%x) {axis = 1 : i64}
  return %y : tensor<2x8xf32>
}

// -----

// A misspelled argument attribute of an entry point (found by the fuzzer:
// the pipelines read `bufferization.writable`) is rejected with a location.
// expected-error @+1 {{not supported as a region arg attribute by the bufferization dialect}}
func.func @misspelled_writable(%y: tensor<4xf32> {bufferization.wrdtable = true}) -> tensor<4xf32> {
  return %y : tensor<4xf32>
}
