// RUN: norm-opt %s --norm-drop-argument-results | FileCheck %s

// A public function stops returning its own argument buffers; other results
// and private functions stay.
// CHECK-LABEL: func.func @entry(%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>) -> memref<4xf32>
// CHECK: %[[N:.*]] = memref.alloc
// CHECK: return %[[N]] : memref<4xf32>
func.func @entry(%a: memref<4xf32>, %b: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
  %n = memref.alloc() : memref<4xf32>
  return %b, %n : memref<4xf32>, memref<4xf32>
}

// CHECK-LABEL: func.func private @helper(%{{.*}}: memref<4xf32>) -> memref<4xf32>
func.func private @helper(%a: memref<4xf32>) -> memref<4xf32> {
  return %a : memref<4xf32>
}

// A read-only argument returned unchanged is dropped too (the caller holds
// it), as docs/Pipelines.md's calling convention says.
// CHECK-LABEL: func.func @returns_input(%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>) -> memref<4xf32>
// CHECK: return %{{.*}} : memref<4xf32>
func.func @returns_input(%x: memref<4xf32>, %y: memref<4xf32>) -> (memref<4xf32>, memref<4xf32>) {
  %n = memref.alloc() : memref<4xf32>
  return %x, %n : memref<4xf32>, memref<4xf32>
}
