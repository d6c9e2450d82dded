// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=1" | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-linalg | FileCheck %s --check-prefix=LINALG

// Sandwich-LN in one row-parallel kernel: per row the input's statistics,
// then h = x + Norm(f) written in the pass that reads f and x, then h's
// statistics and y. One scf.forall; h is written over f (its destination), no
// tensor holds Norm(f).
// CHECK-LABEL: func.func @sandwich
// CHECK:         scf.forall (%{{.*}}) in (%c128) shared_outs(%{{.*}} = %{{.*}}, %{{.*}} = %arg0)
// CHECK-NOT:     scf.forall
// CHECK:           vector.transfer_read {{.*}} : tensor<1024xf32>, vector<8xf32>
// CHECK:           vector.reduction <add>
// CHECK:           math.rsqrt
// The h pass: f normalized, x added, h written.
// CHECK:           scf.for
// CHECK:             vector.transfer_read
// CHECK:             arith.mulf
// CHECK:             arith.addf
// CHECK:             vector.transfer_write {{.*}} : vector<8xf32>, tensor<1024xf32>
// CHECK:           math.rsqrt
// CHECK:         scf.forall.in_parallel
// CHECK-NOT:     norm.

// The reference lowering goes through the unfused form.
// LINALG-LABEL: func.func @sandwich
// LINALG-NOT:   norm.
// LINALG:       linalg.generic
func.func @sandwich(%f: tensor<128x1024xf32>, %x: tensor<128x1024xf32>, %g: tensor<1024xf32>) -> (tensor<128x1024xf32>, tensor<128x1024xf32>) {
  %e = tensor.empty() : tensor<128x1024xf32>
  %y, %h = norm.sandwich_norm layer_norm %f, %x : tensor<128x1024xf32>, tensor<128x1024xf32> inner_scale(%g : tensor<1024xf32>) scale(%g : tensor<1024xf32>) outs(%e, %f : tensor<128x1024xf32>, tensor<128x1024xf32>)
  return %y, %h : tensor<128x1024xf32>, tensor<128x1024xf32>
}
