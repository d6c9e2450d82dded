// RUN: norm-opt %s --norm-erase-self-copies | FileCheck %s

// CHECK-LABEL: func @copies
// CHECK-SAME: (%[[A:.*]]: memref<8xf32>, %[[B:.*]]: memref<8xf32>)
// CHECK-NEXT: memref.copy %[[A]], %[[B]]
// CHECK-NEXT: return
func.func @copies(%a: memref<8xf32>, %b: memref<8xf32>) {
  memref.copy %a, %a : memref<8xf32> to memref<8xf32>
  memref.copy %a, %b : memref<8xf32> to memref<8xf32>
  return
}
