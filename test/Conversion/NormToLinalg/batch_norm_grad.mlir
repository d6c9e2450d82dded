// RUN: norm-opt %s --convert-norm-to-linalg --canonicalize | FileCheck %s

// Training BatchNorm's backward from the saved batch statistics: rstd per
// channel from the saved var, one reduction over every dim but the channel
// for sum(dy) and sum(dy * xhat), dx element-wise from both, and the two
// sums rounded into dscale (bf16) and dbias (f32: the sum itself). No norm
// op is left.
// CHECK-LABEL: func.func @saved
// CHECK: cf.assert %{{.*}}, "norm.batch_norm_grad: grad does not match the input at run time (dimension 0)"
// CHECK: cf.assert %{{.*}}, "norm.batch_norm_grad: dx does not match the input at run time (dimension 2)"
// CHECK-NOT: = norm.
// CHECK: %[[RSTD:.*]] = linalg.generic {{.*}} ins(%arg4 : tensor<8xf32>)
// CHECK: math.rsqrt
// CHECK: %[[SUMS:.*]]:2 = linalg.generic {{.*}} iterator_types = ["reduction", "parallel", "reduction"]} ins(%arg0, %arg1, %arg3, %[[RSTD]], %arg2 :
// CHECK: %[[DX:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %arg1, %arg3, %[[RSTD]], %arg2, %[[SUMS]]#0, %[[SUMS]]#1 : {{.*}}) outs(%arg5 : tensor<?x8x?xbf16>)
// CHECK: arith.truncf
// CHECK: %[[DSCALE:.*]] = linalg.generic {{.*}} ins(%[[SUMS]]#1 : tensor<8xf32>) outs(%arg6 : tensor<8xbf16>)
// CHECK: return %[[DX]], %[[DSCALE]], %[[SUMS]]#0 :
func.func @saved(%dy: tensor<?x8x?xbf16>, %x: tensor<?x8x?xbf16>, %g: tensor<8xbf16>,
                 %m: tensor<8xf32>, %v: tensor<8xf32>, %e: tensor<?x8x?xbf16>,
                 %eg: tensor<8xbf16>, %eb: tensor<8xf32>)
    -> (tensor<?x8x?xbf16>, tensor<8xbf16>, tensor<8xf32>) {
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x : tensor<?x8x?xbf16>, tensor<?x8x?xbf16>
      scale(%g : tensor<8xbf16>) mean(%m : tensor<8xf32>) var(%v : tensor<8xf32>)
      outs(%e, %eg, %eb : tensor<?x8x?xbf16>, tensor<8xbf16>, tensor<8xf32>)
  return %dx, %dg, %db : tensor<?x8x?xbf16>, tensor<8xbf16>, tensor<8xf32>
}

// Without saved statistics they are recomputed as the forward computes
// them (the shifted moments: the channel's first element K read through
// (0, d1)), and xhat is ((x - K) - meanOffset) * rstd in both passes.
// CHECK-LABEL: func.func @recomputed
// CHECK: linalg.generic {indexing_maps = [#{{.*}}, #[[SHIFT:map[0-9]*]], #{{.*}}], iterator_types = ["reduction", "parallel"]} ins(%arg1, %arg1 :
// CHECK: math.rsqrt
// CHECK: %[[SUMS:.*]]:2 = linalg.generic {{.*}} iterator_types = ["reduction", "parallel"]} ins(%arg0, %arg1, %{{.*}}, %{{.*}}, %arg1 :
// CHECK: %[[DX:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1, %{{.*}}, %{{.*}}, %arg1, %[[SUMS]]#0, %[[SUMS]]#1 : {{.*}}) outs(%arg2 :
// CHECK: return %[[DX]] :
func.func @recomputed(%dy: tensor<4x8xf32>, %x: tensor<4x8xf32>, %e: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %dx = norm.batch_norm_grad %dy, %x : tensor<4x8xf32>, tensor<4x8xf32>
      outs(%e : tensor<4x8xf32>) {channel_axis = -1 : i64}
  return %dx : tensor<4x8xf32>
}

// On memrefs (after bufferization) the op reads its operands as tensors,
// is lowered the same way, and stores each result into its destination.
// CHECK-LABEL: func.func @buffers
// CHECK-NOT: norm.batch_norm_grad
// CHECK: bufferization.materialize_in_destination %{{.*}} in restrict writable %arg3
// CHECK: bufferization.materialize_in_destination %{{.*}} in restrict writable %arg4
// CHECK: bufferization.materialize_in_destination %{{.*}} in restrict writable %arg5
func.func @buffers(%dy: memref<8x16xf32>, %x: memref<8x16xf32>, %g: memref<16xf32>,
                   %dx: memref<8x16xf32>, %dg: memref<16xf32>, %db: memref<16xf32>) {
  norm.batch_norm_grad %dy, %x : memref<8x16xf32>, memref<8x16xf32> scale(%g : memref<16xf32>)
      outs(%dx, %dg, %db : memref<8x16xf32>, memref<16xf32>, memref<16xf32>)
  return
}
