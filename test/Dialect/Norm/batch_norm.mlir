// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// CHECK-LABEL: func @inference
// CHECK: norm.batch_norm %{{.*}} : tensor<?x16x8x8xf32> scale(%{{.*}} : tensor<16xf32>) bias(%{{.*}} : tensor<16xf32>) running(%{{.*}}, %{{.*}} : tensor<16xf32>, tensor<16xf32>) outs(%{{.*}} : tensor<?x16x8x8xf32>){{$}}
func.func @inference(%x: tensor<?x16x8x8xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %m: tensor<16xf32>, %v: tensor<16xf32>, %e: tensor<?x16x8x8xf32>) -> tensor<?x16x8x8xf32> {
  %y = norm.batch_norm %x : tensor<?x16x8x8xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) running(%m, %v : tensor<16xf32>, tensor<16xf32>) outs(%e : tensor<?x16x8x8xf32>)
  return %y : tensor<?x16x8x8xf32>
}

// CHECK-LABEL: func @training_channels_last
// CHECK: %{{.*}}:5 = norm.batch_norm %{{.*}} : tensor<4x5x3xbf16> running(%{{.*}}, %{{.*}} : tensor<3xf32>, tensor<3xf32>) outs(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<4x5x3xbf16>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {channel_axis = -1 : i64, momentum = 8.000000e-01 : f64, training}
func.func @training_channels_last(%x: tensor<4x5x3xbf16>, %m: tensor<3xf32>, %v: tensor<3xf32>, %e: tensor<4x5x3xbf16>) -> tensor<4x5x3xbf16> {
  %y:5 = norm.batch_norm %x : tensor<4x5x3xbf16> running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%e, %m, %v, %m, %v : tensor<4x5x3xbf16>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {channel_axis = -1 : i64, momentum = 0.8 : f64, training}
  return %y#0 : tensor<4x5x3xbf16>
}
