// RUN: norm-opt %s --norm-raise --norm-fuse-residual | FileCheck %s

// Regression (found by tools/norm-fuzz): --norm-raise read the result of
// every linalg.generic whose narrowing it might fold into a norm, and a
// generic on buffers has none (out-of-bounds result access, a segfault in
// norm-opt). Generics on buffers are left alone.

// CHECK-LABEL: func @buffers
// CHECK-COUNT-2: linalg.generic
// CHECK-NOT: norm.
// CHECK: return
#id = affine_map<(d0) -> (d0)>
func.func @buffers(%x: memref<8xf32>, %y: memref<8xbf16>) {
  %t = memref.alloc() : memref<8xf32>
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%x : memref<8xf32>) outs(%t : memref<8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %a : f32
    linalg.yield %s : f32
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]} ins(%t : memref<8xf32>) outs(%y : memref<8xbf16>) {
  ^bb0(%a: f32, %b: bf16):
    %s = arith.truncf %a : f32 to bf16
    linalg.yield %s : bf16
  }
  memref.dealloc %t : memref<8xf32>
  return
}
