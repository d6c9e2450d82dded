// RUN: norm-opt %s --norm-split-empty-tensors | FileCheck %s --implicit-check-not=tensor.empty

// Each use of a shared tensor.empty gets its own, created just before the
// user (dynamic sizes reused), and the shared one is gone; a single-use
// empty is left alone. Every tensor.empty of the output is one named below
// (--implicit-check-not: the shared one must be gone from everywhere).
// CHECK-LABEL: func @shared
// CHECK-SAME: (%[[X:.*]]: tensor<?x8xf32>, %[[N:.*]]: index)
// CHECK: %[[E0:.*]] = tensor.empty(%[[N]]) : tensor<?x8xf32>
// CHECK: %[[A:.*]] = norm.rms_norm %[[X]] : tensor<?x8xf32> outs(%[[E0]] : tensor<?x8xf32>)
// CHECK: %[[E1:.*]] = tensor.empty(%[[N]]) : tensor<?x8xf32>
// CHECK: %[[B:.*]] = norm.rms_norm %[[A]] : tensor<?x8xf32> outs(%[[E1]] : tensor<?x8xf32>)
// CHECK: scf.for
// CHECK:   %[[E2:.*]] = tensor.empty(%[[N]]) : tensor<?x8xf32>
// CHECK:   norm.rms_norm %{{.*}} : tensor<?x8xf32> outs(%[[E2]] : tensor<?x8xf32>)
// CHECK: %[[S:.*]] = tensor.empty() : tensor<4xf32>
func.func @shared(%x: tensor<?x8xf32>, %n: index) -> (tensor<?x8xf32>, tensor<4xf32>) {
  %e = tensor.empty(%n) : tensor<?x8xf32>
  %a = norm.rms_norm %x : tensor<?x8xf32> outs(%e : tensor<?x8xf32>)
  %b = norm.rms_norm %a : tensor<?x8xf32> outs(%e : tensor<?x8xf32>)
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %r = scf.for %i = %c0 to %c2 step %c1 iter_args(%t = %b) -> tensor<?x8xf32> {
    %n2 = norm.rms_norm %t : tensor<?x8xf32> outs(%e : tensor<?x8xf32>)
    scf.yield %n2 : tensor<?x8xf32>
  }
  %s = tensor.empty() : tensor<4xf32>
  return %r, %s : tensor<?x8xf32>, tensor<4xf32>
}
