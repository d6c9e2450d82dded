// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s --implicit-check-not=linalg. --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"

// A LayerNorm that also returns its statistics (PyTorch's forward, which
// saves them for the backward) runs in the row kernel: the sizes of mean
// and rstd are checked against the input's rows at run time, and each row
// stores its mean (the shift K plus mean - K) and rstd after its
// statistics pass, before its output pass.
// CHECK-LABEL: func @layer_norm_statistics
// CHECK-SAME:    (%[[X:.*]]: memref<?x768xf32>, %{{.*}}: memref<768xf32>, %{{.*}}: memref<768xf32>, %{{.*}}: memref<?x768xf32>, %[[MEAN:.*]]: memref<?x1xf32>, %[[RSTD:.*]]: memref<?x1xf32>)
// CHECK:         cf.assert %{{.*}}, "norm.layer_norm: mean does not match the input at run time (dimension 0)"
// CHECK:         cf.assert %{{.*}}, "norm.layer_norm: rstd does not match the input at run time (dimension 0)"
// CHECK:         scf.forall
// CHECK:           %[[K:.*]] = memref.load %{{.*}}[%c0] : memref<768xf32, strided<[1], offset: ?>>
// CHECK:           %[[R:.*]] = math.rsqrt
// CHECK:           %[[M:.*]] = arith.addf %[[K]], %{{.*}} : f32
// CHECK:           memref.store %[[M]], %[[MEAN]][%{{.*}}, %c0]
// CHECK:           memref.store %[[R]], %[[RSTD]][%{{.*}}, %c0]
// CHECK:           vector.transfer_write
func.func @layer_norm_statistics(%x: memref<?x768xf32>, %g: memref<768xf32>, %b: memref<768xf32>,
                                 %y: memref<?x768xf32>, %mean: memref<?x1xf32>, %rstd: memref<?x1xf32>) {
  norm.layer_norm %x : memref<?x768xf32> scale(%g : memref<768xf32>) bias(%b : memref<768xf32>)
      outs(%y, %mean, %rstd : memref<?x768xf32>, memref<?x1xf32>, memref<?x1xf32>)
  return
}

// -----

// RMSNorm of a [B, S, H] input returns rstd as [B, S, 1]: staged as rows x 1
// like the input's rows; the fused add_rms_norm stores the rstd of h.
// CHECK-LABEL: func @rms_norm_statistics_3d
// CHECK:         memref.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : memref<2x?x1xf32> into memref<?x1xf32>
// CHECK:         scf.forall
// CHECK:           math.rsqrt
// CHECK:           memref.store %{{.*}}[%{{.*}}, %c0] : memref<?x1xf32>
func.func @rms_norm_statistics_3d(%x: memref<2x?x512xbf16>, %y: memref<2x?x512xbf16>, %rstd: memref<2x?x1xf32>) {
  norm.rms_norm %x : memref<2x?x512xbf16> outs(%y, %rstd : memref<2x?x512xbf16>, memref<2x?x1xf32>)
  return
}

// -----

// CHECK-LABEL: func @add_rms_norm_statistics
// CHECK:         scf.forall
// CHECK:           math.rsqrt
// CHECK:           memref.store %{{.*}}, %{{.*}}[%{{.*}}, %c0] : memref<8x1xf32>
func.func @add_rms_norm_statistics(%x: memref<8x256xf32>, %r: memref<8x256xf32>, %y: memref<8x256xf32>,
                                   %h: memref<8x256xf32>, %rstd: memref<8x1xf32>) {
  norm.add_rms_norm %x, %r : memref<8x256xf32>, memref<8x256xf32>
      outs(%y, %h, %rstd : memref<8x256xf32>, memref<8x256xf32>, memref<8x1xf32>)
  return
}
