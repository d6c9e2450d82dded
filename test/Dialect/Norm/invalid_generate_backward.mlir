// RUN: norm-opt %s --norm-generate-backward --split-input-file --verify-diagnostics

// What --norm-generate-backward does not differentiate, each with its
// error; no backward function is added then (checked by the RUN below).

func.func @exp(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.layer_norm %x : tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  // expected-error @+1 {{'math.exp' op has no gradient rule in --norm-generate-backward}}
  %z = math.exp %y : tensor<4x8xf32>
  return %z : tensor<4x8xf32>
}

// -----

func.func @returned_statistic(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x1xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %s = tensor.empty() : tensor<4x1xf32>
  // expected-error @+1 {{has a gradient flowing into its mean/rstd result #2: the backward differentiates the normalized output and the residual stream, not the saved statistics}}
  %y, %m, %r = norm.layer_norm %x : tensor<4x8xf32> outs(%e, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %y, %r : tensor<4x8xf32>, tensor<4x1xf32>
}

// -----

func.func @returned_fused_statistic(%x: tensor<4x8xf32>) -> tensor<4x1xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %s = tensor.empty() : tensor<4x1xf32>
  // expected-error @+1 {{has a gradient flowing into its statistic result #2}}
  %y, %h, %r = norm.add_rms_norm %x, %x : tensor<4x8xf32>, tensor<4x8xf32> outs(%e, %e, %s : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x1xf32>)
  return %r : tensor<4x1xf32>
}

// -----

func.func @inference_batch_norm(%x: tensor<2x3xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>) -> tensor<2x3xf32> {
  %e = tensor.empty() : tensor<2x3xf32>
  // expected-error @+1 {{is inference-form BatchNorm}}
  %y = norm.batch_norm %x : tensor<2x3xf32> running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%e : tensor<2x3xf32>)
  return %y : tensor<2x3xf32>
}

// -----

// expected-error @+1 {{has argument #1 of type 'f32': the backward takes ranked float tensors only}}
func.func @scalar_argument(%x: tensor<4x8xf32>, %s: f32) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.rms_norm %x : tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

// expected-error @+1 {{has argument #0 of type 'memref<4x8xf32>': the backward takes ranked float tensors only}}
func.func @buffers(%x: memref<4x8xf32>, %y: memref<4x8xf32>) {
  norm.rms_norm %x : memref<4x8xf32> outs(%y : memref<4x8xf32>)
  return
}

// -----

func.func @sublayer(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{is not a forward norm op with a gradient builder}}
  %y = norm.sublayer pre rms_norm %x : tensor<4x8xf32> {
  ^bb0(%n: tensor<4x8xf32>):
    norm.yield %n : tensor<4x8xf32>
  }
  return %y : tensor<4x8xf32>
}

// -----

// expected-error @+1 {{has a backward name @taken_backward that is already taken}}
func.func @taken(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %y = norm.rms_norm %x : tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}
func.func @taken_backward() {
  return
}

// -----

// expected-error @+1 {{has several blocks: --norm-generate-backward differentiates straight-line bodies}}
func.func @blocks(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  cf.br ^next
^next:
  %y = norm.rms_norm %x : tensor<4x8xf32> outs(%e : tensor<4x8xf32>)
  return %y : tensor<4x8xf32>
}

// -----

func.func @through_buffer(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{'memref.alloc' op works on memrefs: --norm-generate-backward differentiates tensor programs, before bufferization}}
  %b = memref.alloc() : memref<4x8xf32>
  %m = bufferization.to_buffer %x : tensor<4x8xf32> to memref<4x8xf32>
  norm.rms_norm %m : memref<4x8xf32> outs(%b : memref<4x8xf32>)
  %y = bufferization.to_tensor %b : memref<4x8xf32> to tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}

// -----

// RUN: not norm-opt %s --norm-generate-backward --split-input-file 2>/dev/null | FileCheck %s --check-prefix=NONE
// NONE-NOT: _backward(
