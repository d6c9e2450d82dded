// RUN: norm-opt %s --convert-norm-to-cpu="outline=false" --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="streaming-threshold=0 outline=false" --split-input-file | FileCheck %s

// BatchNorm of x with a static dim of 0 has nothing to compute. The kernels'
// views into a static empty dim do not verify ("offset 0 is out-of-bounds"),
// so none are built: inference leaves nothing behind, training keeps only
// its check that the reduced size is not 0.

// CHECK-LABEL: func.func @inference_nhwc
// CHECK-NEXT: return
func.func @inference_nhwc(%x: memref<0x3xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<0x3xf32>) {
  norm.batch_norm %x : memref<0x3xf32> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y : memref<0x3xf32>)
  return
}

// -----

// CHECK-LABEL: func.func @training_nchw
// CHECK-NEXT: %[[FALSE:.*]] = arith.constant false
// CHECK-NEXT: cf.assert %[[FALSE]], "norm.batch_norm: the reduced size N is 0 at run time"
// CHECK-NEXT: return
func.func @training_nchw(%x: memref<0x3x4x4xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<0x3x4x4xf32>, %s0: memref<3xf32>, %s1: memref<3xf32>, %s2: memref<3xf32>, %s3: memref<3xf32>) {
  norm.batch_norm %x : memref<0x3x4x4xf32> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y, %s0, %s1, %s2, %s3 : memref<0x3x4x4xf32>, memref<3xf32>, memref<3xf32>, memref<3xf32>, memref<3xf32>) {training}
  return
}

// -----

// CHECK-LABEL: func.func @training_channels_last
// CHECK-NEXT: %[[FALSE:.*]] = arith.constant false
// CHECK-NEXT: cf.assert %[[FALSE]], "norm.batch_norm: the reduced size N is 0 at run time"
// CHECK-NEXT: return
func.func @training_channels_last(%x: memref<0x4x4x3xf32>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<0x4x4x3xf32>, %s0: memref<3xf32>, %s1: memref<3xf32>, %s2: memref<3xf32>, %s3: memref<3xf32>) {
  norm.batch_norm %x : memref<0x4x4x3xf32> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y, %s0, %s1, %s2, %s3 : memref<0x4x4x3xf32>, memref<3xf32>, memref<3xf32>, memref<3xf32>, memref<3xf32>) {training, channel_axis = 3 : i64}
  return
}

// -----

// No channels: the statistics are empty and nothing is computed.
// CHECK-LABEL: func.func @no_channels
// CHECK-NEXT: return
func.func @no_channels(%x: memref<2x0x4xf32>, %m: memref<0xf32>, %v: memref<0xf32>, %y: memref<2x0x4xf32>, %s0: memref<0xf32>, %s1: memref<0xf32>, %s2: memref<0xf32>, %s3: memref<0xf32>) {
  norm.batch_norm %x : memref<2x0x4xf32> running(%m, %v : memref<0xf32>, memref<0xf32>) outs(%y, %s0, %s1, %s2, %s3 : memref<2x0x4xf32>, memref<0xf32>, memref<0xf32>, memref<0xf32>, memref<0xf32>) {training}
  return
}
