// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --implicit-check-not=@malloc --implicit-check-not=memcpy

// Outputs passed as writable arguments are written in place: no allocation,
// no copy, and the entry points return nothing (the caller holds y and h).
// No function calls or declares malloc or copies memory
// (--implicit-check-not; NOTs above the first label saw only @add_ln).
// CHECK-LABEL: llvm.func @_mlir_ciface_add_ln(
// CHECK-SAME: %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr) attributes
// CHECK: llvm.return{{$}}
func.func @add_ln(%x: tensor<?x768xf32>, %r: tensor<?x768xf32>, %g: tensor<768xf32>,
                  %y: tensor<?x768xf32> {bufferization.writable = true},
                  %h: tensor<?x768xf32> {bufferization.writable = true}) -> (tensor<?x768xf32>, tensor<?x768xf32>) {
  %o:2 = norm.add_layer_norm %x, %r : tensor<?x768xf32>, tensor<?x768xf32> scale(%g : tensor<768xf32>) outs(%y, %h : tensor<?x768xf32>, tensor<?x768xf32>)
  return %o#0, %o#1 : tensor<?x768xf32>, tensor<?x768xf32>
}
