// RUN: norm-opt %s --convert-norm-to-cpu="outline=false" --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="outline=false streaming-threshold=0" --split-input-file | FileCheck %s

// Rows of one element keep their column stride. A row view of a hidden-1
// memref with a padded row stride has the column stride 1 (inferring the
// rank-reduced type is ambiguous there and picked the row stride, which
// vector stores reject).

// CHECK-LABEL: func.func @hidden_one
// CHECK-NOT: linalg.copy
// CHECK: memref.subview %{{.*}}[%{{.*}}, 0] [1, 1] [1, 1] : memref<8x1xf32, strided<[4, 1]>> to memref<1xf32, strided<[1], offset: ?>>
// CHECK-NOT: strided<[4], offset
// CHECK: return
func.func @hidden_one(%x: memref<8x1xf32, strided<[4, 1]>>, %y: memref<8x1xf32, strided<[4, 1]>>) {
  norm.rms_norm %x : memref<8x1xf32, strided<[4, 1]>> outs(%y : memref<8x1xf32, strided<[4, 1]>>)
  return
}

// -----

// BatchNorm of x[N, C, 1] with a channel stride of 4: the collapsed rows of
// channels have stride 4, so x is read through a contiguous copy and y
// written back from one.

// CHECK-LABEL: func.func @channels_strided
// CHECK-SAME: (%[[X:.*]]: memref<2x3x1xf32, strided<[12, 4, 1]>>, %{{.*}}: memref<3xf32>, %{{.*}}: memref<3xf32>, %[[Y:.*]]: memref<2x3x1xf32, strided<[12, 4, 1]>>)
// CHECK: %[[XC:.*]] = memref.alloc() {{.*}} : memref<2x3x1xf32>
// CHECK: linalg.copy ins(%[[X]] : {{.*}}) outs(%[[XC]] : memref<2x3x1xf32>)
// CHECK: %[[YC:.*]] = memref.alloc() {{.*}} : memref<2x3x1xf32>
// CHECK: memref.collapse_shape %[[XC]] {{\[\[}}0], [1, 2]] : memref<2x3x1xf32> into memref<2x3xf32>
// CHECK: linalg.copy ins(%[[YC]] : memref<2x3x1xf32>) outs(%[[Y]] : {{.*}})
// CHECK: return
func.func @channels_strided(%x: memref<2x3x1xf32, strided<[12, 4, 1]>>, %m: memref<3xf32>, %v: memref<3xf32>, %y: memref<2x3x1xf32, strided<[12, 4, 1]>>) {
  norm.batch_norm %x : memref<2x3x1xf32, strided<[12, 4, 1]>> running(%m, %v : memref<3xf32>, memref<3xf32>) outs(%y : memref<2x3x1xf32, strided<[12, 4, 1]>>)
  return
}
