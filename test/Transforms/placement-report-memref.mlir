// RUN: norm-opt %s --norm-placement-report --split-input-file --verify-diagnostics

// Norms on buffers (after bufferization) have no results: the report does
// not classify them (the residual stream flows through memory) and says so,
// instead of following SSA results that are not there.

// expected-remark @below {{norm placements: 1 unclassified; residual depth 0}}
func.func @rms_norm(%x: memref<?x4096xf32>, %y: memref<?x4096xf32>) {
  // expected-remark @below {{placement: unclassified (a norm on buffers; the report follows tensor data flow, run it before bufferization)}}
  norm.rms_norm %x : memref<?x4096xf32> outs(%y : memref<?x4096xf32>)
  return
}

// -----

// The fused ops count as residual adds; a Sandwich-LN step on buffers is
// one unclassified op (its two norms are not told apart).
// expected-remark @below {{norm placements: 3 unclassified; residual depth 2}}
func.func @fused(%x: memref<4x64xf32>, %r: memref<4x64xf32>,
                 %y: memref<4x64xf32>, %h: memref<4x64xf32>) {
  // expected-remark @below {{placement: unclassified}}
  norm.add_rms_norm %x, %r : memref<4x64xf32>, memref<4x64xf32>
      outs(%y, %h : memref<4x64xf32>, memref<4x64xf32>)
  // expected-remark @below {{placement: unclassified}}
  norm.layer_norm %y : memref<4x64xf32> outs(%h : memref<4x64xf32>)
  // expected-remark @below {{placement: unclassified}}
  norm.sandwich_norm layer_norm %x, %r : memref<4x64xf32>, memref<4x64xf32>
      outs(%y, %h : memref<4x64xf32>, memref<4x64xf32>)
  return
}

// -----

// Tensor norms next to memref ones are still classified.
// expected-remark @below {{norm placements: 1 standalone; 1 unclassified; residual depth 0}}
func.func @mixed(%x: tensor<4x64xf32>, %b: memref<4x64xf32>) -> tensor<4x64xf32> {
  // expected-remark @below {{placement: standalone}}
  %y = norm.layer_norm %x : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  // expected-remark @below {{placement: unclassified}}
  norm.layer_norm %b : memref<4x64xf32> outs(%b : memref<4x64xf32>)
  return %y : tensor<4x64xf32>
}
