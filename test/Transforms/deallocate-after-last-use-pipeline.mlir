// RUN: norm-opt %s --ownership-based-buffer-deallocation --canonicalize --norm-deallocate-after-last-use | FileCheck %s

// After upstream's ownership-based deallocation of a two-step body: the
// intermediate is freed after its last reader, the result is returned.
// CHECK-LABEL: func @two_steps(
// CHECK:      %[[T:.*]] = memref.alloc()
// CHECK:      linalg.generic {{.*}} outs(%[[T]]
// CHECK:      %[[R:.*]] = memref.alloc()
// CHECK:      linalg.generic {{.*}} ins(%[[T]] {{.*}} outs(%[[R]]
// CHECK:      }
// CHECK-NEXT: memref.dealloc %[[T]]
// CHECK-NOT:  memref.dealloc
// CHECK:      return %[[R]]
#id = affine_map<(d0) -> (d0)>
func.func @two_steps(%x: memref<8xf32>) -> memref<8xf32> {
  %t = memref.alloc() : memref<8xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : memref<8xf32>) outs(%t : memref<8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %a : f32
    linalg.yield %s : f32
  }
  %r = memref.alloc() : memref<8xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%t : memref<8xf32>) outs(%r : memref<8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.mulf %a, %a : f32
    linalg.yield %s : f32
  }
  return %r : memref<8xf32>
}
