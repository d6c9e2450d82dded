// RUN: norm-opt %s --norm-read-only-arguments | FileCheck %s
// RUN: norm-opt %s --norm-read-only-arguments --one-shot-bufferize="bufferize-function-boundaries" | FileCheck %s --check-prefix=BUF

// Tensor arguments of public functions are marked read-only; others are not.
// CHECK-LABEL: func.func @entry(
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = false},
// CHECK-SAME: %{{.*}}: index)
// CHECK-LABEL: func.func private @helper(
// CHECK-NOT: writable
// CHECK-SAME: )

// An in-place update of a read-only argument bufferizes to a copy, never to
// a write into the caller's buffer.
// BUF-LABEL: func.func @entry(
// BUF: %[[ALLOC:.*]] = memref.alloc
// BUF: memref.copy %{{.*}}, %[[ALLOC]]
// BUF: memref.store %{{.*}}, %[[ALLOC]]
func.func @entry(%x: tensor<4xf32>, %i: index) -> tensor<4xf32> {
  %c = arith.constant 1.0 : f32
  %y = tensor.insert %c into %x[%i] : tensor<4xf32>
  return %y : tensor<4xf32>
}
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// An argument marked writable is the caller's output buffer: it stays
// writable, and the result is written into it in place, with no allocation.
// CHECK-LABEL: func.func @destination(
// CHECK-SAME: %{{.*}}: tensor<4x8xf32> {bufferization.writable = false},
// CHECK-SAME: %{{.*}}: tensor<4x8xf32> {bufferization.writable = true})
// BUF-LABEL: func.func @destination(
// BUF-SAME: %[[X:.*]]: memref<4x8xf32{{.*}}>, %[[Y:.*]]: memref<4x8xf32{{.*}}>)
// BUF-NOT: memref.alloc
// BUF: linalg.add ins(%[[X]], %[[X]] : {{.*}}) outs(%[[Y]] : {{.*}})
// BUF: return %[[Y]]
func.func @destination(%x: tensor<4x8xf32>, %y: tensor<4x8xf32> {bufferization.writable = true}) -> tensor<4x8xf32> {
  %r = linalg.add ins(%x, %x : tensor<4x8xf32>, tensor<4x8xf32>) outs(%y : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
