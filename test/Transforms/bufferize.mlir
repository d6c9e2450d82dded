// RUN: norm-opt %s --one-shot-bufferize="bufferize-function-boundaries" --split-input-file | FileCheck %s

// Upstream one-shot bufferization turns norm ops on tensors into the same
// ops on memrefs: the destination is written in place (here the caller's
// writable argument), inputs are only read.
// CHECK-LABEL: func @in_place
// CHECK-SAME: (%[[X:.*]]: memref<4x64xf32{{.*}}>, %[[G:.*]]: memref<64xf32{{.*}}>, %[[Y:.*]]: memref<4x64xf32{{.*}}>)
// CHECK-NOT: memref.alloc
// CHECK-NOT: memref.copy
// CHECK: norm.rms_norm %[[X]] : memref<{{.*}}> scale(%[[G]] : memref<{{.*}}>) outs(%[[Y]] : memref<{{.*}}>)
// CHECK: return %[[Y]]
func.func @in_place(%x: tensor<4x64xf32>, %g: tensor<64xf32>, %y: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %r = norm.rms_norm %x : tensor<4x64xf32> scale(%g : tensor<64xf32>) outs(%y : tensor<4x64xf32>)
  return %r : tensor<4x64xf32>
}

// -----

// A fused op reads its destination-to-be `%f` as an input, which dies
// there: norm ops are element-wise for bufferization (each element of an
// input is read before the same element of an output is written, and the
// row's statistics are complete before any of it is), so h is written over
// %f in place; y gets a fresh buffer, with nothing copied into it.
// CHECK-LABEL: func @fused
// CHECK-SAME: (%[[F:.*]]: memref<4x64xf32{{.*}}>, %[[R:.*]]: memref<4x64xf32{{.*}}>)
// CHECK: %[[A:.*]] = memref.alloc() {{.*}} : memref<4x64xf32>
// CHECK-NOT: memref.alloc
// CHECK-NOT: memref.copy
// CHECK: norm.add_layer_norm %[[F]], %[[R]] : {{.*}} outs(%[[A]], %[[F]] : {{.*}})
func.func @fused(%f: tensor<4x64xf32>, %r: tensor<4x64xf32>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %e = tensor.empty() : tensor<4x64xf32>
  %o:2 = norm.add_layer_norm %f, %r : tensor<4x64xf32>, tensor<4x64xf32> outs(%e, %f : tensor<4x64xf32>, tensor<4x64xf32>)
  return %o#0, %o#1 : tensor<4x64xf32>, tensor<4x64xf32>
}

// -----

// An input used after the op cannot be overwritten: the result goes to a new
// buffer, again without a copy of the (unread) destination.
// CHECK-LABEL: func @not_in_place
// CHECK-SAME: (%[[X:.*]]: memref<4x64xf32{{.*}}>)
// CHECK: %[[A:.*]] = memref.alloc() {{.*}} : memref<4x64xf32>
// CHECK-NOT: memref.copy
// CHECK: norm.rms_norm %[[X]] : {{.*}} outs(%[[A]] : memref<4x64xf32>)
// CHECK: linalg.add ins(%[[X]], %[[A]] : {{.*}})
func.func @not_in_place(%x: tensor<4x64xf32>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %r = norm.rms_norm %x : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %e = tensor.empty() : tensor<4x64xf32>
  %s = linalg.add ins(%x, %r : tensor<4x64xf32>, tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  return %r, %s : tensor<4x64xf32>, tensor<4x64xf32>
}

// -----

// Statistics results: each of the three results is its own destination's
// buffer (the destinations are the trailing operands, in order).
// CHECK-LABEL: func @statistics
// CHECK-SAME: (%[[X:.*]]: memref<4x64xf32{{.*}}>, %[[Y:.*]]: memref<4x64xf32{{.*}}>, %[[M:.*]]: memref<4x1xf32{{.*}}>, %[[S:.*]]: memref<4x1xf32{{.*}}>)
// CHECK-NOT: memref.alloc
// CHECK: norm.layer_norm %[[X]] : {{.*}} outs(%[[Y]], %[[M]], %[[S]] : {{.*}})
// CHECK: return %[[Y]], %[[M]], %[[S]]
func.func @statistics(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>, %m: tensor<4x1xf32>, %s: tensor<4x1xf32>) -> (tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>) {
  %r:3 = norm.layer_norm %x : tensor<4x64xf32> outs(%y, %m, %s : tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  return %r#0, %r#1, %r#2 : tensor<4x64xf32>, tensor<4x1xf32>, tensor<4x1xf32>
}
