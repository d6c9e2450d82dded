// RUN: norm-opt %s --convert-norm-to-gpu --split-input-file --verify-diagnostics

// On the GPU path nothing else would compute a norm the lowering leaves, so
// every one it cannot take is an error that says why.

func.func @tensors(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  // expected-error @+1 {{cannot be lowered to the GPU: expects memref operands (bufferize first)}}
  %y = norm.rms_norm %x : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}

// -----

func.func @f64(%x: memref<4x64xf64>, %y: memref<4x64xf64>) {
  // expected-error @+1 {{cannot be lowered to the GPU: supports f32, bf16 and f16 data}}
  norm.layer_norm %x : memref<4x64xf64> outs(%y : memref<4x64xf64>)
  return
}

// -----

func.func @statistics(%x: memref<4x64xf32>, %y: memref<4x64xf32>, %s: memref<4x1xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: statistics results have no GPU lowering}}
  norm.rms_norm %x : memref<4x64xf32> outs(%y, %s : memref<4x64xf32>, memref<4x1xf32>)
  return
}

// -----

func.func @batch_norm(%x: memref<2x3x4xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<2x3x4xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: BatchNorm has no GPU lowering}}
  norm.batch_norm %x : memref<2x3x4xf32> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y : memref<2x3x4xf32>)
  return
}

// -----

// Normalized dims that are not contiguous in memory cannot form a row.
func.func @gapped(%x: memref<4x8x8xf32, strided<[128, 16, 1]>>, %y: memref<4x8x8xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: has an operand whose layout does not collapse to rows}}
  norm.rms_norm %x : memref<4x8x8xf32, strided<[128, 16, 1]>> outs(%y : memref<4x8x8xf32>) {axis = 1 : i64}
  return
}

// -----

// h over the residual: the first kernel would overwrite the residual before
// the second reads it.
func.func @sandwich_h_over_residual(%f: memref<4x64xf32>, %x: memref<4x64xf32>, %y: memref<4x64xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: writes h over an operand the second kernel still reads}}
  norm.sandwich_norm layer_norm %f, %x : memref<4x64xf32>, memref<4x64xf32> outs(%y, %x : memref<4x64xf32>, memref<4x64xf32>)
  return
}

// -----

func.func @grad_tensors(%dy: tensor<4x64xf32>, %x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  // expected-error @+1 {{cannot be lowered to the GPU: expects memref operands (bufferize first)}}
  %dx = norm.layer_norm_grad %dy, %x : tensor<4x64xf32>, tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %dx : tensor<4x64xf32>
}

// -----

func.func @grad_f64(%dy: memref<4x64xf64>, %x: memref<4x64xf64>, %dx: memref<4x64xf64>) {
  // expected-error @+1 {{cannot be lowered to the GPU: supports f32, bf16 and f16 data}}
  norm.rms_norm_grad %dy, %x : memref<4x64xf64>, memref<4x64xf64> outs(%dx : memref<4x64xf64>)
  return
}

// -----

func.func @grad_rows_not_collapsible(%dy: memref<2x4x64xf32, strided<[1024, 128, 1]>>, %x: memref<2x4x64xf32>, %dx: memref<2x4x64xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: has an operand whose layout does not collapse to rows}}
  norm.layer_norm_grad %dy, %x : memref<2x4x64xf32, strided<[1024, 128, 1]>>, memref<2x4x64xf32> outs(%dx : memref<2x4x64xf32>)
  return
}

// -----

func.func @grad_strided_scale(%dy: memref<2x4x64xf32>, %x: memref<2x4x64xf32>, %g: memref<4x64xf32, strided<[128, 1]>>, %dx: memref<2x4x64xf32>, %dg: memref<4x64xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: has a parameter whose layout is not contiguous}}
  norm.rms_norm_grad %dy, %x : memref<2x4x64xf32>, memref<2x4x64xf32> scale(%g : memref<4x64xf32, strided<[128, 1]>>) outs(%dx, %dg : memref<2x4x64xf32>, memref<4x64xf32>) {axis = 1 : i64}
  return
}

// -----

func.func @grad_statistics_not_collapsible(%dy: memref<2x4x64xf32>, %x: memref<2x4x64xf32>, %rstd: memref<2x4x1xf32, strided<[8, 1, 1]>>, %dx: memref<2x4x64xf32>) {
  // expected-error @+1 {{cannot be lowered to the GPU: has saved statistics whose layout does not collapse to rows}}
  norm.rms_norm_grad %dy, %x : memref<2x4x64xf32>, memref<2x4x64xf32> rstd(%rstd : memref<2x4x1xf32, strided<[8, 1, 1]>>) outs(%dx : memref<2x4x64xf32>)
  return
}
