// RUN: norm-opt %s --convert-norm-to-cpu | FileCheck %s

// Left for --convert-norm-to-linalg: statistics results, normalization over
// every dim (no row dim), BatchNorm and sublayers.
// CHECK-LABEL: func @left_alone
// CHECK-NOT: scf.forall
// CHECK: norm.layer_norm {{.*}} outs(%{{.*}}, %{{.*}}, %{{.*}} :
// CHECK: norm.rms_norm {{.*}} {axis = 0 : i64}
// CHECK: norm.batch_norm
// CHECK: norm.sublayer
func.func @left_alone(%x: tensor<4x8xf32>, %s: tensor<4x1xf32>, %v: tensor<8xf32>, %c: tensor<8x4xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<8x4xf32>, tensor<4x8xf32>) {
  %a:3 = norm.layer_norm %x : tensor<4x8xf32> outs(%x, %s, %s : tensor<4x8xf32>, tensor<4x1xf32>, tensor<4x1xf32>)
  %b = norm.rms_norm %x : tensor<4x8xf32> outs(%x : tensor<4x8xf32>) {axis = 0 : i64}
  %m = arith.constant dense<0.0> : tensor<4xf32>
  %bn = norm.batch_norm %c : tensor<8x4xf32> running(%m, %m : tensor<4xf32>, tensor<4xf32>) outs(%c : tensor<8x4xf32>)
  %sl = norm.sublayer pre rms_norm %x : tensor<4x8xf32> {
  ^bb0(%arg: tensor<4x8xf32>):
    %n = arith.negf %arg : tensor<4x8xf32>
    norm.yield %n : tensor<4x8xf32>
  }
  return %a#0, %b, %bn, %sl : tensor<4x8xf32>, tensor<4x8xf32>, tensor<8x4xf32>, tensor<4x8xf32>
}
