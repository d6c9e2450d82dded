// RUN: norm-opt %s --split-input-file --norm-deallocate-after-last-use | FileCheck %s

// A straight-line body: each owned buffer is freed right after the last op
// that uses it or one of its views; the returned buffer stays with the
// final bufferization.dealloc (retained), as does a function argument.
// CHECK-LABEL: func @chain(
// CHECK-SAME: %[[ARG:.*]]: memref<8xf32>
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK:      %[[B:.*]] = memref.alloc()
// CHECK:      memref.copy %[[ARG]], %[[A]]
// CHECK:      %[[VIEW:.*]] = memref.subview %[[A]][0] [4] [1]
// CHECK:      memref.copy %[[VIEW]], %[[B]]
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK:      %[[C:.*]] = memref.alloc()
// CHECK:      memref.copy %[[B]], %[[C]]
// CHECK-NEXT: memref.dealloc %[[B]]
// CHECK:      bufferization.dealloc (%{{.*}} : memref<f32>) if (%false) retain (%[[C]] : memref<4xf32>)
// CHECK-NEXT: return %[[C]]
func.func @chain(%arg: memref<8xf32>) -> memref<4xf32> {
  %true = arith.constant true
  %false = arith.constant false
  %a = memref.alloc() : memref<8xf32>
  %b = memref.alloc() : memref<4xf32>
  memref.copy %arg, %a : memref<8xf32> to memref<8xf32>
  %view = memref.subview %a[0] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1]>>
  memref.copy %view, %b : memref<4xf32, strided<[1]>> to memref<4xf32>
  %c = memref.alloc() : memref<4xf32>
  memref.copy %b, %c : memref<4xf32> to memref<4xf32>
  %base_a, %o_a, %s_a, %st_a = memref.extract_strided_metadata %a : memref<8xf32> -> memref<f32>, index, index, index
  %base_b, %o_b, %s_b, %st_b = memref.extract_strided_metadata %b : memref<4xf32> -> memref<f32>, index, index, index
  %base_arg, %o_arg, %s_arg, %st_arg = memref.extract_strided_metadata %arg : memref<8xf32> -> memref<f32>, index, index, index
  %r = bufferization.dealloc (%base_a, %base_b, %base_arg : memref<f32>, memref<f32>, memref<f32>) if (%true, %true, %false) retain (%c : memref<4xf32>)
  return %c : memref<4xf32>
}

// -----

// A use inside a region: the buffer is freed after the op that holds it.
// CHECK-LABEL: func @region(
// CHECK:      %[[A:.*]] = memref.alloc()
// CHECK:      scf.for
// CHECK:        memref.load %[[A]]
// CHECK:      }
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NOT:  bufferization.dealloc
func.func @region(%n: index, %out: memref<f32>) {
  %true = arith.constant true
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = memref.alloc() : memref<8xf32>
  scf.for %i = %c0 to %n step %c1 {
    %v = memref.load %a[%i] : memref<8xf32>
    memref.store %v, %out[] : memref<f32>
  }
  %base, %o, %s, %st = memref.extract_strided_metadata %a : memref<8xf32> -> memref<f32>, index, index, index
  bufferization.dealloc (%base : memref<f32>) if (%true)
  return
}

// -----

// Buffers that may outlive their uses stay with the final dealloc: one
// passed to a call, one a loop yields, one stored into memory, one whose
// ownership is not known to be true; an unused one is freed at once.
// CHECK-LABEL: func @kept(
// CHECK:      %[[UNUSED:.*]] = memref.alloc() : memref<2xf32>
// CHECK-NEXT: memref.dealloc %[[UNUSED]]
// CHECK-NOT:  memref.dealloc
// CHECK:      bufferization.dealloc (%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : memref<f32>, memref<f32>, memref<f32>, memref<f32>) if (%true, %true, %true, %[[OWNED:.*]])
// CHECK-NOT:  memref.dealloc
func.func private @callee(memref<8xf32>)
func.func @kept(%n: index, %slot: memref<memref<8xf32>>, %owned: i1) {
  %true = arith.constant true
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %unused = memref.alloc() : memref<2xf32>
  %called = memref.alloc() : memref<8xf32>
  func.call @callee(%called) : (memref<8xf32>) -> ()
  %yielded = memref.alloc() : memref<8xf32>
  %loop = scf.for %i = %c0 to %n step %c1 iter_args(%m = %yielded) -> (memref<8xf32>) {
    scf.yield %m : memref<8xf32>
  }
  %stored = memref.alloc() : memref<8xf32>
  memref.store %stored, %slot[] : memref<memref<8xf32>>
  %maybe = memref.alloc() : memref<8xf32>
  %b0, %o0, %s0, %t0 = memref.extract_strided_metadata %unused : memref<2xf32> -> memref<f32>, index, index, index
  %b1, %o1, %s1, %t1 = memref.extract_strided_metadata %called : memref<8xf32> -> memref<f32>, index, index, index
  %b2, %o2, %s2, %t2 = memref.extract_strided_metadata %yielded : memref<8xf32> -> memref<f32>, index, index, index
  %b3, %o3, %s3, %t3 = memref.extract_strided_metadata %stored : memref<8xf32> -> memref<f32>, index, index, index
  %b4, %o4, %s4, %t4 = memref.extract_strided_metadata %maybe : memref<8xf32> -> memref<f32>, index, index, index
  bufferization.dealloc (%b0, %b1, %b2, %b3, %b4 : memref<f32>, memref<f32>, memref<f32>, memref<f32>, memref<f32>) if (%true, %true, %true, %true, %owned)
  return
}

// -----

// An allocation that follows the free of an interchangeable buffer (same
// type, run-time sizes and alignment) takes that buffer: one allocation,
// one free after the last use of either. Other types get their own.
// CHECK-LABEL: func @reuse(
// CHECK-SAME:  %[[ARG:.*]]: memref<?xf32>, %[[N:.*]]: index,
// CHECK:       %[[A:.*]] = memref.alloc(%[[N]]) {alignment = 64 : i64} : memref<?xf32>
// CHECK-NEXT:  memref.copy %[[ARG]], %[[A]]
// CHECK-NEXT:  memref.copy %[[A]], %[[OUT1:.*]] :
// CHECK-NEXT:  memref.copy %[[ARG]], %[[A]]
// CHECK-NEXT:  memref.copy %[[A]], %[[OUT2:.*]] :
// CHECK-NEXT:  memref.dealloc %[[A]]
// CHECK-NEXT:  %[[C:.*]] = memref.alloc(%[[N]]) : memref<?xf32>
// CHECK-NEXT:  memref.copy %[[ARG]], %[[C]]
// CHECK-NEXT:  memref.dealloc %[[C]]
// CHECK-NEXT:  return
func.func @reuse(%arg: memref<?xf32>, %n: index, %out1: memref<?xf32>, %out2: memref<?xf32>) {
  %true = arith.constant true
  %a = memref.alloc(%n) {alignment = 64 : i64} : memref<?xf32>
  memref.copy %arg, %a : memref<?xf32> to memref<?xf32>
  memref.copy %a, %out1 : memref<?xf32> to memref<?xf32>
  %b = memref.alloc(%n) {alignment = 64 : i64} : memref<?xf32>
  memref.copy %arg, %b : memref<?xf32> to memref<?xf32>
  memref.copy %b, %out2 : memref<?xf32> to memref<?xf32>
  %c = memref.alloc(%n) : memref<?xf32>
  memref.copy %arg, %c : memref<?xf32> to memref<?xf32>
  %ba, %oa, %sa, %ta = memref.extract_strided_metadata %a : memref<?xf32> -> memref<f32>, index, index, index
  %bb, %ob, %sb, %tb = memref.extract_strided_metadata %b : memref<?xf32> -> memref<f32>, index, index, index
  %bc, %oc, %sc, %tc = memref.extract_strided_metadata %c : memref<?xf32> -> memref<f32>, index, index, index
  bufferization.dealloc (%ba, %bb, %bc : memref<f32>, memref<f32>, memref<f32>) if (%true, %true, %true)
  return
}

// -----

// A buffer the final deallocation lists twice (through two views) stays
// there: it frees the buffer once.
// CHECK-LABEL: func @listed_twice(
// CHECK-NOT:   memref.dealloc
// CHECK:       bufferization.dealloc ({{.*}}, {{.*}} : memref<f32>, memref<f32>) if (%true, %true)
// CHECK-NOT:   memref.dealloc
func.func @listed_twice(%arg: memref<8xf32>) {
  %true = arith.constant true
  %a = memref.alloc() : memref<8xf32>
  memref.copy %arg, %a : memref<8xf32> to memref<8xf32>
  %view = memref.subview %a[0] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1]>>
  %b0, %o0, %s0, %t0 = memref.extract_strided_metadata %a : memref<8xf32> -> memref<f32>, index, index, index
  %b1, %o1, %s1, %t1 = memref.extract_strided_metadata %view : memref<4xf32, strided<[1]>> -> memref<f32>, index, index, index
  bufferization.dealloc (%b0, %b1 : memref<f32>, memref<f32>) if (%true, %true)
  return
}
