// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s
// RUN: norm-opt %s --norm-cpu-pipeline="lowering=linalg" | FileCheck %s

// Statistics outputs passed as writable arguments are written in place like
// y: the entry points return nothing and their C interfaces take exactly one
// descriptor per argument (no extra results pointer). Before, the vector
// pipeline's element-wise fusion swapped the unread destinations of the
// statistics' linalg form for empty tensors, and the linalg form of
// training BatchNorm folded its same-type statistics copies away: both
// returned new buffers.

// CHECK-LABEL: llvm.func @layer_norm(
// CHECK-SAME: ) attributes
// CHECK-NOT: llvm.func
// CHECK: llvm.return{{$}}
// CHECK-LABEL: llvm.func @_mlir_ciface_layer_norm(
// CHECK-SAME: %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr) attributes
func.func @layer_norm(%x: tensor<?x768xf32>,
                      %y: tensor<?x768xf32> {bufferization.writable = true},
                      %mean: tensor<?x1xf32> {bufferization.writable = true},
                      %rstd: tensor<?x1xf32> {bufferization.writable = true})
    -> (tensor<?x768xf32>, tensor<?x1xf32>, tensor<?x1xf32>) {
  %o:3 = norm.layer_norm %x : tensor<?x768xf32> outs(%y, %mean, %rstd : tensor<?x768xf32>, tensor<?x1xf32>, tensor<?x1xf32>)
  return %o#0, %o#1, %o#2 : tensor<?x768xf32>, tensor<?x1xf32>, tensor<?x1xf32>
}

// CHECK-LABEL: llvm.func @rms_norm(
// CHECK-SAME: ) attributes
// CHECK-NOT: llvm.func
// CHECK: llvm.return{{$}}
// CHECK-LABEL: llvm.func @_mlir_ciface_rms_norm(
// CHECK-SAME: %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr) attributes
func.func @rms_norm(%x: tensor<?x768xbf16>,
                    %y: tensor<?x768xbf16> {bufferization.writable = true},
                    %rstd: tensor<?x1xf32> {bufferization.writable = true})
    -> (tensor<?x768xbf16>, tensor<?x1xf32>) {
  %o:2 = norm.rms_norm %x : tensor<?x768xbf16> outs(%y, %rstd : tensor<?x768xbf16>, tensor<?x1xf32>)
  return %o#0, %o#1 : tensor<?x768xbf16>, tensor<?x1xf32>
}

// CHECK-LABEL: llvm.func @batch_norm_training(
// CHECK-SAME: ) attributes
// CHECK-NOT: llvm.func
// CHECK: llvm.return{{$}}
// CHECK-LABEL: llvm.func @_mlir_ciface_batch_norm_training(
// CHECK-SAME: %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr, %{{[^:]*}}: !llvm.ptr) attributes
func.func @batch_norm_training(%x: tensor<?x8x4x4xf32>, %m: tensor<8xf32>, %v: tensor<8xf32>,
    %y: tensor<?x8x4x4xf32> {bufferization.writable = true},
    %batch_mean: tensor<8xf32> {bufferization.writable = true},
    %batch_var: tensor<8xf32> {bufferization.writable = true},
    %new_mean: tensor<8xf32> {bufferization.writable = true},
    %new_var: tensor<8xf32> {bufferization.writable = true})
    -> (tensor<?x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
  %o:5 = norm.batch_norm %x : tensor<?x8x4x4xf32> running(%m, %v : tensor<8xf32>, tensor<8xf32>) outs(%y, %batch_mean, %batch_var, %new_mean, %new_var : tensor<?x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {training}
  return %o#0, %o#1, %o#2, %o#3, %o#4 : tensor<?x8x4x4xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
}
