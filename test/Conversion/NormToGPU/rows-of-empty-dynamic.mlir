// RUN: norm-opt %s --convert-norm-to-gpu | FileCheck %s

// Regression (found by tools/norm-fuzz): rows of a dynamic dim and a static
// 0 collapse to a dynamic row count (upstream's builder made it a static 0
// that memref.collapse_shape's verifier rejects).

// CHECK-LABEL: func.func @dynamic_then_zero
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : memref<?x0x4xf32> into memref<?x4xf32>
func.func @dynamic_then_zero(%x: memref<?x0x4xf32>, %y: memref<?x0x4xf32>) {
  norm.rms_norm %x : memref<?x0x4xf32> outs(%y : memref<?x0x4xf32>)
  return
}
