// RUN: norm-opt %s --norm-gpu-device-memory --split-input-file --verify-diagnostics | FileCheck %s --implicit-check-not=memref.alloc --implicit-check-not=memref.copy --implicit-check-not=memref.dealloc

// Host buffers become device buffers: allocation, deallocation and copies
// go through the GPU runtime; no host allocation, copy or deallocation is
// left anywhere (--implicit-check-not).
// CHECK-LABEL: func.func @buffers
// CHECK:         %[[A:.*]] = gpu.alloc (%{{.*}}) : memref<?x64xf32>
// CHECK:         gpu.memcpy %[[A]], %{{.*}} : memref<?x64xf32>, memref<?x64xf32>
// CHECK:         gpu.dealloc %[[A]] : memref<?x64xf32>
func.func @buffers(%x: memref<?x64xf32>, %n: index) {
  %a = memref.alloc(%n) : memref<?x64xf32>
  memref.copy %x, %a : memref<?x64xf32> to memref<?x64xf32>
  memref.dealloc %a : memref<?x64xf32>
  return
}

// -----

// Reading a buffer on the host would read device memory.
func.func @host_load(%x: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{accesses a buffer on the host; on the GPU path buffers live in device memory}}
  %v = memref.load %x[%c0] : memref<4xf32>
  return %v : f32
}
