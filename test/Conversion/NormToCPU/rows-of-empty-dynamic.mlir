// RUN: norm-opt %s --convert-norm-to-cpu=outline=false | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="streaming-threshold=0 outline=false" | FileCheck %s

// Regression (found by tools/norm-fuzz): collapsing x to rows when its row
// dims mix a dynamic dim and a static 0 built memref<0x4xf32>, which
// memref.collapse_shape's verifier rejects ("must be dynamic if and only if
// reassociation group is dynamic"): upstream's builder multiplies the 0
// through. The rows are a dynamic count.

// CHECK-LABEL: func.func @dynamic_then_zero
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0, 1], [2]] : memref<?x0x4xf32> into memref<?x4xf32>
func.func @dynamic_then_zero(%x: memref<?x0x4xf32>, %y: memref<?x0x4xf32>) {
  norm.rms_norm %x : memref<?x0x4xf32> outs(%y : memref<?x0x4xf32>)
  return
}

// CHECK-LABEL: func.func @zero_then_dynamic
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0, 1, 2], [3]] : memref<0x3x?x5xf32> into memref<?x5xf32>
func.func @zero_then_dynamic(%x: memref<0x3x?x5xf32>, %y: memref<0x3x?x5xf32>) {
  norm.layer_norm %x : memref<0x3x?x5xf32> outs(%y : memref<0x3x?x5xf32>)
  return
}
