// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 prefetch=false outline=false" --split-input-file | FileCheck %s --check-prefix=OFF
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16" --split-input-file | FileCheck %s --check-prefix=PIPELINE
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 prefetch=false" --split-input-file | FileCheck %s --check-prefix=OFF
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=8 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=NARROW

// A plain norm whose output streams prefetches the next row of x (the
// last row: itself) while it works on the current one, at half the rate
// it moves along its own row: each full chunk of the statistics pass
// prefetches the lines at half its offset (the next row's first half), each
// full streamed chunk of the output pass those at half its offset past the
// middle of the row (the second half). One prefetch per 64-byte line;
// none in the short-chunk loops, the ordinary-store head or the tail.
// OFF-NOT: prefetch
// PIPELINE: "llvm.intr.prefetch"(%{{.*}}) <{cache = 1 : i32, hint = 3 : i32, rw = 0 : i32}>

// CHECK-LABEL: func @layer_norm
// CHECK-SAME: (%[[X:[a-z0-9]+]]: memref<1024x4096xf32>
// CHECK: scf.for %[[ROW:.*]] = %{{.*}} to %{{.*}} step %c1 {
// CHECK:   %[[XROW:.*]] = memref.subview %[[X]][%[[ROW]], 0]
// CHECK:   %[[NEXT1:.*]] = arith.addi %[[ROW]], %c1
// CHECK:   %[[NEXT:.*]] = arith.minui %[[NEXT1]], %c1023
// CHECK:   %[[NEXTROW:.*]] = memref.subview %[[X]][%[[NEXT]], 0]
// CHECK:   scf.for %[[S:.*]] = %c0 to %c4096 step %c64 iter_args
// CHECK-NEXT: %[[SH:.*]] = arith.shrui %[[S]], %c1
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[SH]]], read, locality<3>, data
// CHECK-NEXT: %[[SH16:.*]] = arith.addi %[[SH]], %c16
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[SH16]]], read, locality<3>, data
// CHECK-NEXT: vector.transfer_read %[[XROW]][%[[S]]]
// CHECK-NOT: prefetch
// CHECK:   math.rsqrt
// CHECK:   scf.for %{{.*}} step %c16 {
// CHECK-NOT: prefetch
// CHECK:     vector.transfer_write
// CHECK:   scf.for %[[I:.*]] = %{{.*}} step %c64 {
// CHECK-NEXT: %[[IH:.*]] = arith.shrui %[[I]], %c1
// CHECK-NEXT: %[[IH0:.*]] = arith.addi %[[IH]], %c2048
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[IH0]]], read, locality<3>, data
// CHECK-NEXT: %[[IH16:.*]] = arith.addi %[[IH]], %c2064
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[IH16]]], read, locality<3>, data
// CHECK-NOT: prefetch
// CHECK:     vector.store {{.*}}nontemporal = true
// CHECK:   }
// CHECK-NOT: prefetch
// CHECK: llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @layer_norm(%x: memref<1024x4096xf32>, %g: memref<4096xf32>, %b: memref<4096xf32>, %y: memref<1024x4096xf32>) {
  norm.layer_norm %x : memref<1024x4096xf32> scale(%g : memref<4096xf32>) bias(%b : memref<4096xf32>) outs(%y : memref<1024x4096xf32>)
  return
}

// -----

// bf16: 32 elements per line, so one prefetch per chunk of 64 in each
// pass (half a chunk is a line).
// CHECK-LABEL: func @rms_norm_bf16
// CHECK: arith.shrui
// CHECK-NEXT: memref.prefetch %{{.*}}[%{{.*}}], read
// CHECK-NEXT: vector.transfer_read
// CHECK: math.rsqrt
// CHECK: arith.shrui
// CHECK-NEXT: arith.addi %{{.*}}, %c2048
// CHECK-NEXT: memref.prefetch %{{.*}}[%{{.*}}], read
// CHECK-NEXT: vector.transfer_read
// CHECK-NOT: prefetch
// CHECK: vector.store {{.*}}nontemporal = true

// With 8-lane vectors half a chunk of 32 bf16 is half a line: the statistics
// pass does not prefetch, and the output pass prefetches the next row's
// line at its own offset (the whole row, one prefetch per chunk).
// NARROW-LABEL: func @rms_norm_bf16
// NARROW: %[[N:.*]] = arith.minui %{{.*}}, %c2047
// NARROW-NEXT: %[[NEXT:.*]] = memref.subview %{{.*}}[%[[N]], 0] [1, 4096]
// NARROW-NOT: prefetch
// NARROW: math.rsqrt
// NARROW-NOT: prefetch
// NARROW: memref.prefetch %[[NEXT]][%[[I:.*]]], read
// NARROW-NEXT: vector.transfer_read %{{.*}}[%[[I]]]
// NARROW-NOT: prefetch
// NARROW: vector.store {{.*}}nontemporal = true
// NARROW-NOT: prefetch
// NARROW: return
func.func @rms_norm_bf16(%x: memref<2048x4096xbf16>, %y: memref<2048x4096xbf16>) {
  norm.rms_norm %x : memref<2048x4096xbf16> outs(%y : memref<2048x4096xbf16>)
  return
}

// -----

// Dynamic rows: the statistics pass (before the run-time choice) always
// prefetches; of the output passes, only the streaming branch.
// CHECK-LABEL: func @dynamic
// CHECK: memref.prefetch
// CHECK: math.rsqrt
// CHECK: scf.if
// CHECK:   memref.prefetch
// CHECK:   vector.store {{.*}}nontemporal = true
// CHECK: } else {
// CHECK-NOT: prefetch
// CHECK: llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @dynamic(%x: memref<?x4096xf32>, %y: memref<?x4096xf32>) {
  norm.rms_norm %x : memref<?x4096xf32> outs(%y : memref<?x4096xf32>)
  return
}

// -----

// Outputs that stay in cache do not prefetch.
// CHECK-LABEL: func @not_streamed
// CHECK-NOT: prefetch
// CHECK: return
func.func @not_streamed(%x: memref<16x4096xf32>, %y: memref<16x4096xf32>) {
  norm.rms_norm %x : memref<16x4096xf32> outs(%y : memref<16x4096xf32>)
  return
}

// -----

// The fused ops' first pass reads x and r and writes h; their output pass,
// which only writes y, prefetches the first halves of the next rows of x
// and r (one line of each per chunk of 64). The first pass prefetches
// nothing.
// CHECK-LABEL: func @fused
// CHECK-SAME: (%[[X:[a-z0-9]+]]: memref<1024x4096xf32>, %[[R:[a-z0-9]+]]: memref<1024x4096xf32>
// CHECK: %[[NEXT:.*]] = arith.minui %{{.*}}, %c1023
// CHECK: %[[NX:.*]] = memref.subview %[[X]][%[[NEXT]], 0]
// CHECK-NEXT: %[[NR:.*]] = memref.subview %[[R]][%[[NEXT]], 0]
// CHECK-NOT: prefetch
// CHECK: math.rsqrt
// CHECK: %[[IH:.*]] = arith.shrui %[[I:.*]], %c1
// CHECK-NEXT: memref.prefetch %[[NX]][%[[IH]]], read
// CHECK-NEXT: %[[IH16:.*]] = arith.addi %[[IH]], %c16
// CHECK-NEXT: memref.prefetch %[[NX]][%[[IH16]]], read
// CHECK-NEXT: %[[IHR:.*]] = arith.shrui %[[I]], %c1
// CHECK-NEXT: memref.prefetch %[[NR]][%[[IHR]]], read
// CHECK-NEXT: %[[IHR16:.*]] = arith.addi %[[IHR]], %c16
// CHECK-NEXT: memref.prefetch %[[NR]][%[[IHR16]]], read
// CHECK-NOT: prefetch
// CHECK: vector.store {{.*}}nontemporal = true
func.func @fused(%x: memref<1024x4096xf32>, %r: memref<1024x4096xf32>, %y: memref<1024x4096xf32>, %h: memref<1024x4096xf32>) {
  norm.add_rms_norm %x, %r : memref<1024x4096xf32>, memref<1024x4096xf32> outs(%y, %h : memref<1024x4096xf32>, memref<1024x4096xf32>)
  return
}

// -----

// Training BatchNorm, NCHW: each plane's moments take two passes (the second
// from cache); where y may stream, they fetch the next plane (this one for
// the last), its first half in the first pass and its second half (from
// 4096 / 2 = 2048 on) in the second.
// CHECK-LABEL: func @batch_norm_training
// CHECK-SAME: (%[[X:[a-z0-9]+]]: memref<8x64x64x64xf32>
// CHECK: scf.forall (%[[P:.*]]) in (512) {
// CHECK:   %[[N1:.*]] = arith.addi %[[P]], %c1
// CHECK:   %[[N:.*]] = arith.minui %[[N1]], %c511
// CHECK:   %[[NEXT:.*]] = memref.subview %{{.*}}[%[[N]], 0]
// CHECK:   scf.for %[[I:.*]] = %c0 to %c4096 step %c64 iter_args
// CHECK-NEXT: %[[H:.*]] = arith.shrui %[[I]], %c1
// CHECK-NEXT: memref.prefetch %[[NEXT]][%[[H]]], read
// CHECK-NEXT: %[[H16:.*]] = arith.addi %[[H]], %c16
// CHECK-NEXT: memref.prefetch %[[NEXT]][%[[H16]]], read
// CHECK:   scf.for %[[J:.*]] = %c0 to %c4096 step %c64 iter_args
// CHECK-NEXT: %[[G:.*]] = arith.shrui %[[J]], %c1
// CHECK-NEXT: %[[G0:.*]] = arith.addi %[[G]], %c2048
// CHECK-NEXT: memref.prefetch %[[NEXT]][%[[G0]]], read
// CHECK-NEXT: %[[G16:.*]] = arith.addi %[[G]], %c2064
// CHECK-NEXT: memref.prefetch %[[NEXT]][%[[G16]]], read
// A small x (y stays in cache) does not prefetch.
// CHECK-LABEL: func @batch_norm_training_small
// CHECK-NOT: prefetch
// CHECK: return
func.func @batch_norm_training(%x: memref<8x64x64x64xf32>, %c: memref<64xf32>, %s: memref<64xf32>, %y: memref<8x64x64x64xf32>, %bm: memref<64xf32>, %bv: memref<64xf32>, %rm: memref<64xf32>, %rv: memref<64xf32>) {
  norm.batch_norm %x : memref<8x64x64x64xf32> running(%c, %s : memref<64xf32>, memref<64xf32>) outs(%y, %bm, %bv, %rm, %rv : memref<8x64x64x64xf32>, memref<64xf32>, memref<64xf32>, memref<64xf32>, memref<64xf32>) {training}
  return
}
func.func @batch_norm_training_small(%x: memref<2x4x32x32xf32>, %c: memref<4xf32>, %s: memref<4xf32>, %y: memref<2x4x32x32xf32>, %bm: memref<4xf32>, %bv: memref<4xf32>, %rm: memref<4xf32>, %rv: memref<4xf32>) {
  norm.batch_norm %x : memref<2x4x32x32xf32> running(%c, %s : memref<4xf32>, memref<4xf32>) outs(%y, %bm, %bv, %rm, %rv : memref<2x4x32x32xf32>, memref<4xf32>, memref<4xf32>, memref<4xf32>, memref<4xf32>) {training}
  return
}
