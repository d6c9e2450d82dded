// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=1 outline=false" | FileCheck %s --implicit-check-not=memref.alloc --implicit-check-not=scf.forall --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"

// Sandwich-LN in one row-parallel kernel: per row the input's statistics,
// then h = x + Norm(f) written in the pass that reads f and x, then h's
// statistics and y. One scf.forall; h is written over f (its destination in
// place), no buffer holds Norm(f): no other scf.forall, no memref.alloc and
// no norm op anywhere in the output (--implicit-check-not).
// CHECK-LABEL: func.func @sandwich
// CHECK:         scf.forall (%{{.*}}) in (%c128) {
// CHECK:           vector.transfer_read {{.*}} : memref<1024xf32, strided<[1], offset: ?>>, vector<8xf32>
// CHECK:           vector.reduction <add>
// CHECK:           math.rsqrt
// The h pass: f normalized, x added, h written.
// CHECK:           scf.for
// CHECK:             vector.transfer_read
// CHECK:             vector.fma
// CHECK:             arith.mulf
// CHECK:             arith.addf
// CHECK:             vector.transfer_write {{.*}} : vector<8xf32>, memref<1024xf32, strided<[1], offset: ?>>
// CHECK:           math.rsqrt
func.func @sandwich(%f: memref<128x1024xf32>, %x: memref<128x1024xf32>, %g: memref<1024xf32>, %y: memref<128x1024xf32>) {
  norm.sandwich_norm layer_norm %f, %x : memref<128x1024xf32>, memref<128x1024xf32> inner_scale(%g : memref<1024xf32>) scale(%g : memref<1024xf32>) outs(%y, %f : memref<128x1024xf32>, memref<128x1024xf32>)
  return
}
