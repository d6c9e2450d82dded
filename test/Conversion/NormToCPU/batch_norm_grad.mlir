// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=2 streaming-threshold=-1 outline=false" --canonicalize --split-input-file | FileCheck %s --implicit-check-not=linalg. --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=2 streaming-threshold=0 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=STREAM
// RUN: norm-opt %s --convert-norm-to-linalg=keep-batch-norms --split-input-file | FileCheck %s --check-prefix=KEEP

// The batch_norm_grad kernel (BatchNormGrad.cpp), chunks of 16 lanes in
// vectors of 8. No linalg op and no norm op is left (--implicit-check-not).
//
// NCHW planes (8 x 64 planes of 63 elements): per channel mean, rstd and
// rstd * scale once; one scf.forall over the planes, each summing dy and
// dy * (x - mean) in two 16-lane accumulators into its own two partial
// values; then per chunk of channels the partial values of the 8 batch
// entries added in order, dscale and dbias stored; then dx per plane with
// its channel's four values broadcast.
// CHECK-LABEL: func @nchw
// CHECK:         math.rsqrt %{{.*}} : vector<16xf32>
// CHECK:         %[[PDY:.*]] = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
// CHECK:         %[[PDC:.*]] = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
// CHECK:         scf.forall (%[[PLANE:.*]]) in (512) {
// CHECK:           scf.for {{.*}} -> (vector<16xf32>, vector<16xf32>) {
// CHECK:             vector.fma {{.*}} : vector<16xf32>
// CHECK:           vector.reduction <add>, %{{.*}} fastmath<reassoc> : vector<16xf32> into f32
// CHECK:           memref.store %{{.*}}, %[[PDY]][%[[PLANE]]]
// CHECK:           memref.store %{{.*}}, %[[PDC]][%[[PLANE]]]
// CHECK:         scf.for %{{.*}} = %c0 to %c8 step %c1 iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>) {
// CHECK:         vector.transfer_write {{.*}} memref<64xf32>
// CHECK:         vector.transfer_write {{.*}} memref<64xf32>
// CHECK:         scf.forall (%{{.*}}) in (512) {
// CHECK:           vector.broadcast
// CHECK:           vector.transfer_write {{.*}} : vector<16xf32>, memref<63xf32, strided<[1], offset: ?>>
// CHECK:         memref.dealloc %[[PDY]]
// CHECK:         memref.dealloc %[[PDC]]
// STREAM-LABEL: func @nchw
// STREAM:         scf.forall
// STREAM:         scf.forall
// STREAM:           nontemporal = true
// STREAM:           llvm.call_intrinsic "llvm.x86.sse.sfence"
// KEEP-LABEL: func @nchw
// KEEP:         norm.batch_norm_grad
func.func @nchw(%dy: memref<8x64x7x9xf32>, %x: memref<8x64x7x9xf32>, %g: memref<64xf32>,
                %mean: memref<64xf32>, %var: memref<64xf32>,
                %dx: memref<8x64x7x9xf32>, %dg: memref<64xf32>, %db: memref<64xf32>) {
  norm.batch_norm_grad %dy, %x : memref<8x64x7x9xf32>, memref<8x64x7x9xf32>
      scale(%g : memref<64xf32>) mean(%mean : memref<64xf32>) var(%var : memref<64xf32>)
      outs(%dx, %dg, %db : memref<8x64x7x9xf32>, memref<64xf32>, memref<64xf32>)
  return
}

// -----

// Channels-last bf16 rows of 130 channels, a dynamic number of positions:
// P blocks decided at run time, two [P, 130] f32 buffers of partial sums,
// each block's rows zeroed then added 4 rows at a time (then one at a
// time) with one read and write of the partial rows per step; the P
// partial rows added in block order; dx from per-channel vectors.
// CHECK-LABEL: func @channels_last
// CHECK:         arith.ceildivui
// CHECK:         %[[P:.*]] = arith.ceildivui
// CHECK:         %[[PDY:.*]] = memref.alloc(%[[P]]) {alignment = 64 : i64} : memref<?x130xf32>
// CHECK:         %[[PDC:.*]] = memref.alloc(%[[P]]) {alignment = 64 : i64} : memref<?x130xf32>
// CHECK:         scf.forall (%[[BLOCK:.*]]) in (%[[P]]) {
// CHECK:           scf.for %{{.*}} step %c4 {
// CHECK-COUNT-4:     vector.fma
// CHECK:           scf.for %{{.*}} step %c1 {
// CHECK:         scf.for %{{.*}} = %c0 to %[[P]] step %c1 iter_args
// CHECK:         scf.forall
// CHECK:           vector.transfer_write {{.*}} : vector<16xbf16>
// CHECK:         memref.dealloc %[[PDY]]
// CHECK:         memref.dealloc %[[PDC]]
// KEEP-LABEL: func @channels_last
// KEEP:         norm.batch_norm_grad
func.func @channels_last(%dy: memref<?x4x130xbf16>, %x: memref<?x4x130xbf16>, %g: memref<130xbf16>,
                         %mean: memref<130xf32>, %var: memref<130xf32>,
                         %dx: memref<?x4x130xbf16>, %dg: memref<130xbf16>, %db: memref<130xbf16>) {
  norm.batch_norm_grad %dy, %x : memref<?x4x130xbf16>, memref<?x4x130xbf16>
      scale(%g : memref<130xbf16>) mean(%mean : memref<130xf32>) var(%var : memref<130xf32>)
      outs(%dx, %dg, %db : memref<?x4x130xbf16>, memref<130xbf16>, memref<130xbf16>)
      {channel_axis = 2 : i64}
  return
}

// -----

// dx only, no scale, dynamic channels: rstd is the dx factor; the sizes
// the verifier could not compare are checked at run time.
// CHECK-LABEL: func @dx_only
// CHECK:         cf.assert %{{.*}}, "norm.batch_norm_grad: grad does not match the input at run time (dimension 1)"
// CHECK:         cf.assert %{{.*}}, "norm.batch_norm_grad: dx does not match the input at run time (dimension 1)"
// CHECK:         cf.assert %{{.*}}, "norm.batch_norm_grad: mean does not match the channel size at run time (dimension 1)"
// CHECK:         cf.assert %{{.*}}, "norm.batch_norm_grad: var does not match the channel size at run time (dimension 1)"
// CHECK:         scf.forall
// CHECK:         scf.forall
// KEEP-LABEL: func @dx_only
// KEEP:         norm.batch_norm_grad
func.func @dx_only(%dy: memref<2x?x5xf16>, %x: memref<2x?x5xf16>, %mean: memref<?xf16>, %var: memref<?xf16>,
                   %dx: memref<2x?x5xf16>) {
  norm.batch_norm_grad %dy, %x : memref<2x?x5xf16>, memref<2x?x5xf16>
      mean(%mean : memref<?xf16>) var(%var : memref<?xf16>) outs(%dx : memref<2x?x5xf16>)
  return
}

// -----

// Channel-first views of channels-last storage (unit channel stride): x
// and dy do not collapse to unit-stride planes, so they are copied into
// contiguous buffers first, and dx is written to one and copied out after
// the kernel (OperandStaging).
// CHECK-LABEL: func @strided
// CHECK:         %[[DY:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x8x3x3xf32>
// CHECK:         linalg.copy ins(%{{.*}} : memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>) outs(%[[DY]] : memref<2x8x3x3xf32>)
// CHECK:         %[[X:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x8x3x3xf32>
// CHECK:         linalg.copy ins(%{{.*}} : memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>) outs(%[[X]] : memref<2x8x3x3xf32>)
// CHECK:         %[[DX:.*]] = memref.alloc() {alignment = 64 : i64} : memref<2x8x3x3xf32>
// CHECK:         scf.forall
// CHECK:         scf.forall
// CHECK:         linalg.copy ins(%[[DX]] : memref<2x8x3x3xf32>) outs(%{{.*}} : memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>)
// CHECK:         memref.dealloc %[[DY]]
// CHECK:         memref.dealloc %[[X]]
// CHECK:         memref.dealloc %[[DX]]
// KEEP-LABEL: func @strided
// KEEP:         norm.batch_norm_grad
func.func @strided(%dy: memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>, %x: memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>,
                   %mean: memref<8xf32>, %var: memref<8xf32>, %dx: memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>) {
  norm.batch_norm_grad %dy, %x : memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>, memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>
      mean(%mean : memref<8xf32>) var(%var : memref<8xf32>) outs(%dx : memref<2x8x3x3xf32, strided<[72, 1, 24, 8]>>)
  return
}

// -----

// An empty batch (a static dim of 0): no kernel, dscale and dbias zeroed.
// CHECK-LABEL: func @empty_batch
// CHECK-NOT:     scf.forall
// CHECK:         linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : memref<3xf32>)
// CHECK:         linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : memref<3xf32>)
// CHECK-NEXT:    return
// KEEP-LABEL: func @empty_batch
// KEEP:         norm.batch_norm_grad
func.func @empty_batch(%dy: memref<0x3x4xf32>, %x: memref<0x3x4xf32>, %mean: memref<3xf32>, %var: memref<3xf32>,
                       %dx: memref<0x3x4xf32>, %dg: memref<3xf32>, %db: memref<3xf32>) {
  norm.batch_norm_grad %dy, %x : memref<0x3x4xf32>, memref<0x3x4xf32>
      mean(%mean : memref<3xf32>) var(%var : memref<3xf32>)
      outs(%dx, %dg, %db : memref<0x3x4xf32>, memref<3xf32>, memref<3xf32>)
  return
}

// -----

// Statistics recomputed from x: no kernel takes the op (its kernel family
// is none), so the CPU pipeline's convert-norm-to-linalg decomposes it.
// CHECK-LABEL: func @recomputed
// CHECK-NEXT:    norm.batch_norm_grad
// KEEP-LABEL: func @recomputed
// KEEP-NOT:     norm.batch_norm_grad
// KEEP:         linalg.generic
func.func @recomputed(%dy: memref<4x3xf32>, %x: memref<4x3xf32>, %dx: memref<4x3xf32>) {
  norm.batch_norm_grad %dy, %x : memref<4x3xf32>, memref<4x3xf32> outs(%dx : memref<4x3xf32>)
  return
}
