// RUN: norm-opt %s --convert-norm-to-linalg --canonicalize | FileCheck %s

// LayerNorm's backward from recomputed statistics: the forward's shifted
// moments (a sum per row relative to its first element, then the corrected
// second pass), then one reduction per row for sum(g) and sum(g * xhat),
// dx element-wise, and dscale/dbias as one reduction over the rows, rounded
// into their destinations. No norm op is left.
// CHECK-LABEL: func.func @ln
// CHECK: cf.assert %{{.*}}, "norm.layer_norm_grad: grad does not match the input at run time (dimension 0)"
// CHECK-NOT: = norm.
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X:.*]], %[[X]] :
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X]], %[[X]], %{{.*}} :
// CHECK: %[[SUMS:.*]]:2 = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%arg0, %arg1, %arg2, %arg1,
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1, %arg2, %arg1, {{.*}}, %[[SUMS]]#0, %[[SUMS]]#1 : {{.*}}) outs(%arg3 :
// CHECK: %[[PARAMS:.*]]:2 = linalg.generic {{.*}} iterator_types = ["reduction", "parallel"]}
// CHECK: linalg.generic {{.*}} ins(%[[PARAMS]]#0 : tensor<64xf32>) outs(%arg4 : tensor<64xbf16>)
// CHECK: arith.truncf
// An f32 dbias needs no rounding: the sum is the result.
// CHECK: return %{{.*}}, %{{.*}}, %[[PARAMS]]#1 :
func.func @ln(%dy: tensor<?x64xf32>, %x: tensor<?x64xf32>, %g: tensor<64xf32>,
              %e: tensor<?x64xf32>, %eg: tensor<64xbf16>, %eb: tensor<64xf32>)
    -> (tensor<?x64xf32>, tensor<64xbf16>, tensor<64xf32>) {
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x : tensor<?x64xf32>, tensor<?x64xf32>
      scale(%g : tensor<64xf32>)
      outs(%e, %eg, %eb : tensor<?x64xf32>, tensor<64xbf16>, tensor<64xf32>)
  return %dx, %dg, %db : tensor<?x64xf32>, tensor<64xbf16>, tensor<64xf32>
}

// RMSNorm's backward from the saved rstd: no statistics pass; one row
// reduction for sum(g * xhat), then dx.
// CHECK-LABEL: func.func @rms_saved
// CHECK-NOT: = norm.
// CHECK: %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%arg0, %arg1, %arg2, %arg3 : {{.*}}tensor<?x1xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]} ins(%arg0, %arg1, %arg2, %arg3, %[[SUM]] :
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @rms_saved(%dy: tensor<?x64xbf16>, %x: tensor<?x64xbf16>,
                     %g: tensor<64xbf16>, %rstd: tensor<?x1xf32>,
                     %e: tensor<?x64xbf16>) -> tensor<?x64xbf16> {
  %dx = norm.rms_norm_grad %dy, %x : tensor<?x64xbf16>, tensor<?x64xbf16>
      scale(%g : tensor<64xbf16>) rstd(%rstd : tensor<?x1xf32>)
      outs(%e : tensor<?x64xbf16>) {offset = 1.0 : f64}
  return %dx : tensor<?x64xbf16>
}
