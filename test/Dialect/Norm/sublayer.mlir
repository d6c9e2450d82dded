// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// The body may use values from above (weights).
// CHECK-LABEL: func @pre_rms
// CHECK: norm.sublayer pre rms_norm %{{.*}} : tensor<?x64xf32> scale(%{{.*}} : tensor<64xf32>) attributes {epsilon = 9.9999999999999995E-7 : f64} {
// CHECK-NEXT: ^bb0(%[[A:.*]]: tensor<?x64xf32>):
// CHECK-NEXT:   %[[M:.*]] = arith.mulf %[[A]], %{{.*}} : tensor<?x64xf32>
// CHECK-NEXT:   norm.yield %[[M]] : tensor<?x64xf32>
func.func @pre_rms(%x: tensor<?x64xf32>, %g: tensor<64xf32>, %w: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %y = norm.sublayer pre rms_norm %x : tensor<?x64xf32> scale(%g : tensor<64xf32>) attributes {epsilon = 1.0e-6 : f64} {
  ^bb0(%a: tensor<?x64xf32>):
    %m = arith.mulf %a, %w : tensor<?x64xf32>
    norm.yield %m : tensor<?x64xf32>
  }
  return %y : tensor<?x64xf32>
}

// CHECK-LABEL: func @placements
// CHECK: norm.sublayer post layer_norm %{{.*}} : tensor<4x8xbf16> scale(%{{.*}} : tensor<8xbf16>) bias(%{{.*}} : tensor<8xbf16>) {
// CHECK: norm.sublayer sandwich layer_norm %{{.*}} : tensor<4x8xbf16> out_scale(%{{.*}} : tensor<8xbf16>) out_bias(%{{.*}} : tensor<8xbf16>) {
// CHECK: norm.sublayer deepnorm layer_norm %{{.*}} : tensor<4x8xbf16> attributes {alpha = 3.000000e+00 : f64} {
func.func @placements(%x: tensor<4x8xbf16>, %g: tensor<8xbf16>, %b: tensor<8xbf16>) -> tensor<4x8xbf16> {
  %p = norm.sublayer post layer_norm %x : tensor<4x8xbf16> scale(%g : tensor<8xbf16>) bias(%b : tensor<8xbf16>) {
  ^bb0(%a: tensor<4x8xbf16>):
    %n = arith.negf %a : tensor<4x8xbf16>
    norm.yield %n : tensor<4x8xbf16>
  }
  %s = norm.sublayer sandwich layer_norm %p : tensor<4x8xbf16> out_scale(%g : tensor<8xbf16>) out_bias(%b : tensor<8xbf16>) {
  ^bb0(%a: tensor<4x8xbf16>):
    %n = arith.negf %a : tensor<4x8xbf16>
    norm.yield %n : tensor<4x8xbf16>
  }
  %d = norm.sublayer deepnorm layer_norm %s : tensor<4x8xbf16> attributes {alpha = 3.0 : f64} {
  ^bb0(%a: tensor<4x8xbf16>):
    %n = arith.negf %a : tensor<4x8xbf16>
    norm.yield %n : tensor<4x8xbf16>
  }
  return %d : tensor<4x8xbf16>
}
