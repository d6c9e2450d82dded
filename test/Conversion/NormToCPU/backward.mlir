// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 streaming-threshold=-1 outline=false" --canonicalize --split-input-file | FileCheck %s --implicit-check-not=linalg. --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 streaming-threshold=0 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=STREAM

// The backward row kernels (RowNormGrads.cpp). LayerNorm with recomputed
// statistics and both parameter gradients: two [P, N] f32 scratch buffers
// of partial sums (P = 64 blocks of 4 rows for 256 rows), one scf.forall
// over the blocks, each block's partial rows zeroed, then its rows in
// pairs: each row's statistics pass (Σd, Σd² in 32-lane accumulators), one
// pass over both rows' dy and x (Σg·xhat, Σg of each row: four 32-lane
// accumulators; the partial rows updated once for both), each row's dx
// pass; then the rows left one at a time. After the loop the partial rows
// are summed in block order into dscale and dbias (bf16, rounded once).
// The partial sums are views of the module's scratch buffer when its flag
// was clear (taken by an atomic exchange), else heap buffers; at the end
// the flag is cleared, or the heap buffers freed.
// CHECK:       memref.global "private" @__norm_cpu_scratch_busy : memref<i32> = dense<0>
// CHECK:       memref.global "private" @__norm_cpu_scratch : memref<8388608xi8> = uninitialized {alignment = 64 : i64}
// CHECK-LABEL: func @ln_grad
// CHECK:         %[[FLAG:.*]] = memref.get_global @__norm_cpu_scratch_busy
// CHECK:         %[[OLD:.*]] = memref.atomic_rmw assign %c1_i32, %[[FLAG]][]
// CHECK:         %[[FREE:.*]] = arith.cmpi eq, %[[OLD]], %c0_i32
// CHECK:         %[[P:.*]]:2 = scf.if %[[FREE]] -> (memref<?x?xf32>, memref<?x?xf32>) {
// CHECK:           %[[BUF:.*]] = memref.get_global @__norm_cpu_scratch
// CHECK:           memref.view %[[BUF]][%c0][] : memref<8388608xi8> to memref<64x4096xf32>
// CHECK:           memref.view %[[BUF]][%c1048576][] : memref<8388608xi8> to memref<64x4096xf32>
// CHECK:         } else {
// CHECK:           memref.alloc() {alignment = 64 : i64} : memref<64x4096xf32>
// CHECK:           memref.alloc() {alignment = 64 : i64} : memref<64x4096xf32>
// CHECK:         }
// CHECK:         scf.forall (%[[BLOCK:.*]]) in (64) {
// CHECK:           memref.subview %[[P]]#0[%[[BLOCK]], 0] [1, 4096]
// CHECK:           memref.subview %[[P]]#1[%[[BLOCK]], 0] [1, 4096]
// CHECK:           scf.for %{{.*}} = %{{.*}} to %[[PAIRS:.*]] step %c2 {
// CHECK:             scf.for {{.*}} -> (vector<32xf32>, vector<32xf32>) {
// CHECK:             math.rsqrt
// CHECK:             scf.for {{.*}} -> (vector<32xf32>, vector<32xf32>) {
// CHECK:             math.rsqrt
// CHECK:             scf.for {{.*}} -> (vector<32xf32>, vector<32xf32>, vector<32xf32>, vector<32xf32>) {
// CHECK-COUNT-2:       vector.transfer_write {{.*}} : vector<32xf32>, memref<4096xf32, strided<[1], offset: ?>>
// CHECK:             vector.reduction <add>, %{{.*}} fastmath<reassoc> : vector<32xf32> into f32
// CHECK:             scf.for
// CHECK:               vector.transfer_write {{.*}} : vector<32xbf16>
// CHECK:             scf.for
// CHECK:               vector.transfer_write {{.*}} : vector<32xbf16>
// CHECK:           scf.for %{{.*}} = %[[PAIRS]] to %{{.*}} step %c1 {
// CHECK:         scf.for {{.*}} step %c32 {
// CHECK:           scf.for %{{.*}} = %c0 to %c64 step %c1 iter_args({{.*}}) -> (vector<32xf32>, vector<32xf32>) {
// CHECK:           vector.transfer_write {{.*}} memref<4096xbf16>
// CHECK:           vector.transfer_write {{.*}} memref<4096xbf16>
// CHECK:         scf.if %[[FREE]] {
// CHECK:           memref.atomic_rmw assign %c0_i32, %{{.*}}[]
// CHECK:         } else {
// CHECK:           memref.dealloc %[[P]]#0
// CHECK:           memref.dealloc %[[P]]#1
// CHECK:         }
// Streamed (STREAM), each bf16 dx pass also prefetches the rows of dy and
// x a group (2 rows) ahead, clamped to the last row, one line (32 bf16)
// per 32-element chunk; the f32 kernel below prefetches nothing (measured
// slower).
// STREAM-LABEL: func @ln_grad
// STREAM:         scf.forall
// STREAM:           %[[AHEAD:.*]] = arith.minui %{{.*}}, %c255 : index
// STREAM:           %[[DY:.*]] = memref.subview %arg0[%[[AHEAD]], 0] [1, 4096]
// STREAM:           %[[X:.*]] = memref.subview %arg1[%[[AHEAD]], 0] [1, 4096]
// STREAM:             memref.prefetch %[[DY]][%[[I:.*]]], read, locality<3>, data
// STREAM-NEXT:        memref.prefetch %[[X]][%[[I]]], read, locality<3>, data
// STREAM-NEXT:        vector.transfer_read
// STREAM:             vector.store {{.*}}nontemporal = true
func.func @ln_grad(%dy: memref<256x4096xbf16>, %x: memref<256x4096xbf16>, %g: memref<4096xbf16>,
                   %dx: memref<256x4096xbf16>, %dg: memref<4096xbf16>, %db: memref<4096xbf16>) {
  norm.layer_norm_grad %dy, %x : memref<256x4096xbf16>, memref<256x4096xbf16>
      scale(%g : memref<4096xbf16>) outs(%dx, %dg, %db : memref<256x4096xbf16>, memref<4096xbf16>, memref<4096xbf16>)
  return
}

// -----

// RMSNorm from the saved rstd, dx only, dynamic rows: no scratch buffer,
// rows one at a time, one accumulator (Σg·xhat); P decided at run time
// from the row count.
// Streamed dx (STREAM) ends each block with a store fence.
// CHECK-LABEL: func @rms_grad_saved
// CHECK-NOT:     memref.alloc
// CHECK:         scf.forall
// CHECK-NOT:       step %c2
// CHECK:           memref.load %{{.*}}[%{{.*}}, %c0] : memref<?x1xf32>
// CHECK:           scf.for {{.*}} -> (vector<32xf32>) {
// CHECK-NOT:     memref.alloc
// STREAM-LABEL: func @rms_grad_saved
// STREAM-NOT:     memref.prefetch
// STREAM:         scf.forall
// STREAM:           nontemporal = true
// STREAM:           llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @rms_grad_saved(%dy: memref<?x1000xf32>, %x: memref<?x1000xf32>, %g: memref<1000xf32>,
                          %rstd: memref<?x1xf32>, %dx: memref<?x1000xf32>) {
  norm.rms_norm_grad %dy, %x : memref<?x1000xf32>, memref<?x1000xf32>
      scale(%g : memref<1000xf32>) rstd(%rstd : memref<?x1xf32>) outs(%dx : memref<?x1000xf32>)
  return
}

// -----

// The fused op: dx and dr = alpha * dx in the same pass, the residual
// stream's gradient added; one partial buffer (dscale).
// CHECK-LABEL: func @add_rms_grad
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<8x768xf32>
// CHECK-NOT:     memref.alloc
// CHECK:         scf.forall (%{{.*}}) in (8) {
// CHECK:           arith.mulf %{{.*}}, %cst{{.*}} : vector<32xf32>
// CHECK:         memref.dealloc
func.func @add_rms_grad(%dy: memref<8x768xf32>, %h: memref<8x768xf32>, %dh: memref<8x768xf32>,
                        %g: memref<768xf32>, %dx: memref<8x768xf32>, %dr: memref<8x768xf32>,
                        %dg: memref<768xf32>) {
  norm.add_rms_norm_grad %dy, %h : memref<8x768xf32>, memref<8x768xf32>
      residual_grad(%dh : memref<8x768xf32>) scale(%g : memref<768xf32>)
      outs(%dx, %dr, %dg : memref<8x768xf32>, memref<8x768xf32>, memref<768xf32>)
      {alpha = 0.5 : f64}
  return
}
