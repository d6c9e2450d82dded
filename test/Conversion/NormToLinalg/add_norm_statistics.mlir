// RUN: norm-opt %s --convert-norm-to-linalg --canonicalize | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-linalg="keep-row-norms" | FileCheck %s --check-prefix=KEEP

// The fused ops' statistics are those of the stored h: the moments and
// rstd are computed from h (the residual sum's result), and stored into
// the statistics destinations. The row kernels do not write statistics, so
// keep-row-norms does not keep these ops.
// CHECK-LABEL: func.func @ln
// CHECK: %[[H:.*]] = linalg.generic {{.*}} ins(%arg0, %arg1 : tensor<?x64xbf16>, tensor<?x64xbf16>) outs(%arg4 : tensor<?x64xbf16>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[H]], %[[H]] :
// CHECK: math.rsqrt
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[H]], %[[RSTD:.*]], %[[H]], %{{.*}}, %arg2 :
// CHECK: %[[MEAN:.*]] = linalg.generic {{.*}} outs(%arg5 : tensor<?x1xf32>)
// CHECK: %[[RSTDOUT:.*]] = linalg.generic {{.*}} ins(%[[RSTD]] : tensor<?xf32>) outs(%arg6 : tensor<?x1xf32>)
// CHECK: return %[[Y]], %[[H]], %[[MEAN]], %[[RSTDOUT]]
// KEEP-LABEL: func.func @ln
// KEEP-NOT: = norm.add_layer_norm
// KEEP-LABEL: func.func @rms
// KEEP-NOT: = norm.add_rms_norm
// KEEP-LABEL: func.func @no_statistics
// KEEP: = norm.add_rms_norm
func.func @ln(%x: tensor<?x64xbf16>, %r: tensor<?x64xbf16>, %g: tensor<64xbf16>,
              %ey: tensor<?x64xbf16>, %eh: tensor<?x64xbf16>, %em: tensor<?x1xf32>,
              %er: tensor<?x1xf32>)
    -> (tensor<?x64xbf16>, tensor<?x64xbf16>, tensor<?x1xf32>, tensor<?x1xf32>) {
  %y, %h, %m, %rstd = norm.add_layer_norm %x, %r : tensor<?x64xbf16>, tensor<?x64xbf16>
      scale(%g : tensor<64xbf16>)
      outs(%ey, %eh, %em, %er : tensor<?x64xbf16>, tensor<?x64xbf16>, tensor<?x1xf32>, tensor<?x1xf32>)
  return %y, %h, %m, %rstd : tensor<?x64xbf16>, tensor<?x64xbf16>, tensor<?x1xf32>, tensor<?x1xf32>
}

// CHECK-LABEL: func.func @rms
// CHECK: %[[H:.*]] = linalg.generic {{.*}} ins(%arg0, %arg1 : tensor<4x64xf32>, tensor<4x64xf32>) outs(%arg3 : tensor<4x64xf32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[H]] : tensor<4x64xf32>)
// CHECK: math.rsqrt
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[H]], %[[RSTD:.*]] : {{.*}}) outs(%arg2 : tensor<4x64xf32>)
// CHECK: %[[RSTDOUT:.*]] = linalg.generic {{.*}} ins(%[[RSTD]] : tensor<4xf32>) outs(%arg4 : tensor<4x1xf32>)
// CHECK: return %[[Y]], %[[H]], %[[RSTDOUT]]
func.func @rms(%x: tensor<4x64xf32>, %r: tensor<4x64xf32>, %ey: tensor<4x64xf32>,
               %eh: tensor<4x64xf32>, %es: tensor<4x1xf32>)
    -> (tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x1xf32>) {
  %y, %h, %rstd = norm.add_rms_norm %x, %r : tensor<4x64xf32>, tensor<4x64xf32>
      outs(%ey, %eh, %es : tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x1xf32>)
  return %y, %h, %rstd : tensor<4x64xf32>, tensor<4x64xf32>, tensor<4x1xf32>
}

func.func @no_statistics(%x: tensor<4x64xf32>, %r: tensor<4x64xf32>, %ey: tensor<4x64xf32>,
                         %eh: tensor<4x64xf32>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %y, %h = norm.add_rms_norm %x, %r : tensor<4x64xf32>, tensor<4x64xf32>
      outs(%ey, %eh : tensor<4x64xf32>, tensor<4x64xf32>)
  return %y, %h : tensor<4x64xf32>, tensor<4x64xf32>
}
