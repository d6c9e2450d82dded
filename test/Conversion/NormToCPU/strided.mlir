// RUN: norm-opt %s --convert-norm-to-cpu="outline=false" --canonicalize --split-input-file | FileCheck %s --implicit-check-not=memref.alloc --implicit-check-not=memref.dealloc --implicit-check-not=linalg.copy

// Every buffer, copy and deallocation is one the checks below name: no
// other is allowed anywhere (--implicit-check-not).

// An input with stride 2 along the row is copied to a contiguous buffer
// before the vector kernel, which reads the copy; the copy is freed after.
// CHECK-LABEL: func @strided_input
// CHECK: %[[S:.*]] = memref.subview %{{.*}}[0, 1] [4, 64] [1, 2]
// CHECK: %[[C:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4x64xf32>
// CHECK: linalg.copy ins(%[[S]] : memref<4x64xf32, strided<[128, 2], offset: 1>>) outs(%[[C]] : memref<4x64xf32>)
// CHECK: scf.forall
// CHECK:   memref.subview %[[C]]
// CHECK: memref.dealloc %[[C]]
func.func @strided_input(%x: memref<4x128xf32>, %y: memref<4x64xf32>) {
  %s = memref.subview %x[0, 1] [4, 64] [1, 2] : memref<4x128xf32> to memref<4x64xf32, strided<[128, 2], offset: 1>>
  norm.rms_norm %s : memref<4x64xf32, strided<[128, 2], offset: 1>> outs(%y : memref<4x64xf32>)
  return
}

// -----

// A strided output: the kernel writes a contiguous buffer, copied out after.
// CHECK-LABEL: func @strided_output
// CHECK: %[[S:.*]] = memref.subview %{{.*}}[0, 1] [4, 64] [1, 2]
// CHECK: %[[C:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4x64xf32>
// CHECK: scf.forall
// CHECK: linalg.copy ins(%[[C]] : memref<4x64xf32>) outs(%[[S]] : memref<4x64xf32, strided<[128, 2], offset: 1>>)
// CHECK: memref.dealloc %[[C]]
func.func @strided_output(%x: memref<4x64xf32>, %y: memref<4x128xf32>) {
  %s = memref.subview %y[0, 1] [4, 64] [1, 2] : memref<4x128xf32> to memref<4x64xf32, strided<[128, 2], offset: 1>>
  norm.rms_norm %x : memref<4x64xf32> outs(%s : memref<4x64xf32, strided<[128, 2], offset: 1>>)
  return
}

// -----

// The contiguous K slice of a QKV buffer is read in place: its rows are
// unit-stride runs 192 elements apart.
// CHECK-LABEL: func @k_slice
// CHECK: scf.forall
// CHECK:   memref.subview %{{.*}} : memref<4x64xf32, strided<[192, 1], offset: 64>> to memref<64xf32, strided<[1], offset: ?>>
func.func @k_slice(%qkv: memref<4x192xf32>, %y: memref<4x64xf32>) {
  %k = memref.subview %qkv[0, 64] [4, 64] [1, 1] : memref<4x192xf32> to memref<4x64xf32, strided<[192, 1], offset: 64>>
  norm.rms_norm %k : memref<4x64xf32, strided<[192, 1], offset: 64>> outs(%y : memref<4x64xf32>)
  return
}

// -----

// In place over a strided buffer (y is x): one copy, read in before the
// kernel and written back after it.
// CHECK-LABEL: func @strided_in_place
// CHECK: %[[C:.*]] = memref.alloc()
// CHECK: linalg.copy ins(%{{.*}} : memref<4x64xf32, strided<[128, 2]>>) outs(%[[C]] : memref<4x64xf32>)
// CHECK: scf.forall
// CHECK: linalg.copy ins(%[[C]] : memref<4x64xf32>) outs(%{{.*}} : memref<4x64xf32, strided<[128, 2]>>)
// CHECK: memref.dealloc %[[C]]
func.func @strided_in_place(%x: memref<4x128xf32>) {
  %s = memref.subview %x[0, 0] [4, 64] [1, 2] : memref<4x128xf32> to memref<4x64xf32, strided<[128, 2]>>
  norm.rms_norm %s : memref<4x64xf32, strided<[128, 2]>> outs(%s : memref<4x64xf32, strided<[128, 2]>>)
  return
}
