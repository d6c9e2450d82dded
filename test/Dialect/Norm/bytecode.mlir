// RUN: norm-opt %s --emit-bytecode | norm-opt | FileCheck %s

// Every op survives a trip through MLIR bytecode (properties, optional
// operands, enum attributes, the region).
// CHECK-LABEL: func @all
// CHECK: norm.layer_norm %{{.*}} scale(%{{.*}} : tensor<64xf32>) bias(%{{.*}} : tensor<64xf32>) outs(%{{.*}} : tensor<?x64xf32>) {axis = 1 : i64, epsilon = 1.000000e-03 : f64}
// CHECK: norm.rms_norm %{{.*}} outs(%{{.*}}, %{{.*}} : tensor<?x64xf32>, tensor<?x1xf32>) {offset = 1.000000e+00 : f64}
// CHECK: norm.batch_norm {{.*}} {channel_axis = -1 : i64, training}
// CHECK: norm.deep_norm {{.*}} {arch = #norm.arch<encdec_decoder>, decoder_layers = 6 : i64}
// CHECK: norm.add_layer_norm {{.*}} add_bias(%{{.*}} : tensor<64xf32>) {{.*}} {alpha = 2.000000e+00 : f64}
// CHECK: norm.add_rms_norm
// CHECK: norm.sublayer sandwich layer_norm {{.*}} out_scale(%{{.*}} : tensor<64xf32>)
// CHECK:   norm.yield
func.func @all(%x: tensor<?x64xf32>, %g: tensor<64xf32>, %s: tensor<?x1xf32>, %c: tensor<64xf32>) {
  %a = norm.layer_norm %x : tensor<?x64xf32> scale(%g : tensor<64xf32>) bias(%g : tensor<64xf32>) outs(%x : tensor<?x64xf32>) {axis = 1 : i64, epsilon = 1.0e-3 : f64}
  %b:2 = norm.rms_norm %x : tensor<?x64xf32> outs(%x, %s : tensor<?x64xf32>, tensor<?x1xf32>) {offset = 1.0 : f64}
  %n:5 = norm.batch_norm %x : tensor<?x64xf32> running(%c, %c : tensor<64xf32>, tensor<64xf32>) outs(%x, %c, %c, %c, %c : tensor<?x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) {channel_axis = -1 : i64, training}
  %d = norm.deep_norm %x, %x : tensor<?x64xf32>, tensor<?x64xf32> outs(%x : tensor<?x64xf32>) {arch = #norm.arch<encdec_decoder>, decoder_layers = 6}
  %e:2 = norm.add_layer_norm %x, %x : tensor<?x64xf32>, tensor<?x64xf32> add_bias(%g : tensor<64xf32>) outs(%x, %x : tensor<?x64xf32>, tensor<?x64xf32>) {alpha = 2.0 : f64}
  %f:2 = norm.add_rms_norm %x, %x : tensor<?x64xf32>, tensor<?x64xf32> outs(%x, %x : tensor<?x64xf32>, tensor<?x64xf32>)
  %h = norm.sublayer sandwich layer_norm %x : tensor<?x64xf32> out_scale(%g : tensor<64xf32>) {
  ^bb0(%arg: tensor<?x64xf32>):
    norm.yield %arg : tensor<?x64xf32>
  }
  return
}
