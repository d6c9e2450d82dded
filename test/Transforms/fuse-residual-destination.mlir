// RUN: norm-opt %s --norm-fuse-residual | FileCheck %s
// RUN: norm-opt %s --norm-fuse-residual --norm-cpu-pipeline | FileCheck %s --check-prefix=LLVM --implicit-check-not=@malloc --implicit-check-not=memcpy

// The add writes h into a buffer the caller passed (a writable argument):
// the fused op keeps it as h's destination, so h is still written there in
// place and the entry point still returns nothing. (Writing h over the
// summand x instead wrote into a read-only argument: bufferization then
// allocated and returned h, and a caller that passed its buffers crashed.)
// CHECK-LABEL: func.func @pair
// CHECK-SAME: %[[X:[^:]*]]: tensor<64x256xf32>, %[[R:[^:]*]]: tensor<64x256xf32>, %[[G:[^:]*]]: tensor<256xf32>, %[[H:[^:]*]]: tensor<64x256xf32> {bufferization.writable = true}, %[[Y:[^:]*]]: tensor<64x256xf32> {bufferization.writable = true}
// CHECK: %[[F:.*]]:2 = norm.add_rms_norm {{.*}} outs(%[[Y]], %[[H]] :
// CHECK: return %[[F]]#1, %[[F]]#0
// LLVM-LABEL: llvm.func @_mlir_ciface_pair(
// LLVM-SAME: %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr) attributes
// LLVM: llvm.return{{$}}
func.func @pair(%x: tensor<64x256xf32>, %r: tensor<64x256xf32>, %g: tensor<256xf32>,
                %ho: tensor<64x256xf32> {bufferization.writable = true},
                %yo: tensor<64x256xf32> {bufferization.writable = true})
    -> (tensor<64x256xf32>, tensor<64x256xf32>) {
  %h = linalg.add ins(%x, %r : tensor<64x256xf32>, tensor<64x256xf32>) outs(%ho : tensor<64x256xf32>) -> tensor<64x256xf32>
  %y = norm.rms_norm %h : tensor<64x256xf32> scale(%g : tensor<256xf32>) outs(%yo : tensor<64x256xf32>) {epsilon = 1.0e-5 : f64}
  return %h, %y : tensor<64x256xf32>, tensor<64x256xf32>
}
