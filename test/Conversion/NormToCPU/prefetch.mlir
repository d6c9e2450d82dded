// REQUIRES: x86-host
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 prefetch=false outline=false" --split-input-file | FileCheck %s --check-prefix=OFF
// RUN: norm-opt %s --norm-cpu-pipeline="vector-width=16" --split-input-file | FileCheck %s --check-prefix=PIPELINE
// RUN: norm-opt %s --norm-cpu-pipeline="vector-width=16 prefetch=false" --split-input-file | FileCheck %s --check-prefix=OFF

// A plain norm whose output streams prefetches the next row of x (the
// last row: itself) while it writes the current row: one prefetch per
// 64-byte line of each full streamed chunk, none in the ordinary-store
// head or tail.
// OFF-NOT: prefetch
// PIPELINE: "llvm.intr.prefetch"(%{{.*}}) <{cache = 1 : i32, hint = 3 : i32, rw = 0 : i32}>

// CHECK-LABEL: func @layer_norm
// CHECK-SAME: (%[[X:[a-z0-9]+]]: memref<1024x4096xf32>
// CHECK: scf.for %[[ROW:.*]] = %{{.*}} to %{{.*}} step %c1 {
// CHECK:   %[[XROW:.*]] = memref.subview %[[X]][%[[ROW]], 0]
// CHECK-NOT: prefetch
// CHECK:   math.rsqrt
// CHECK:   %[[NEXT1:.*]] = arith.addi %[[ROW]], %c1
// CHECK:   %[[NEXT:.*]] = arith.minui %[[NEXT1]], %c1023
// CHECK:   %[[NEXTROW:.*]] = memref.subview %[[X]][%[[NEXT]], 0]
// CHECK:   scf.for %{{.*}} step %c16 {
// CHECK-NOT: prefetch
// CHECK:     vector.transfer_write
// CHECK:   scf.for %[[I:.*]] = %{{.*}} step %c64 {
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[I]]], read, locality<3>, data
// CHECK-NEXT: %[[I16:.*]] = arith.addi %[[I]], %c16
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[I16]]], read, locality<3>, data
// CHECK-NEXT: %[[I32:.*]] = arith.addi %[[I]], %c32
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[I32]]], read, locality<3>, data
// CHECK-NEXT: %[[I48:.*]] = arith.addi %[[I]], %c48
// CHECK-NEXT: memref.prefetch %[[NEXTROW]][%[[I48]]], read, locality<3>, data
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

// bf16: 32 elements per line, so two prefetches per chunk of 64.
// CHECK-LABEL: func @rms_norm_bf16
// CHECK: math.rsqrt
// CHECK: memref.prefetch %{{.*}}[%[[I:.*]]], read
// CHECK-NEXT: %[[I32:.*]] = arith.addi %[[I]], %c32
// CHECK-NEXT: memref.prefetch %{{.*}}[%[[I32]]]
// CHECK-NOT: prefetch
// CHECK: vector.store {{.*}}nontemporal = true
func.func @rms_norm_bf16(%x: memref<2048x4096xbf16>, %y: memref<2048x4096xbf16>) {
  norm.rms_norm %x : memref<2048x4096xbf16> outs(%y : memref<2048x4096xbf16>)
  return
}

// -----

// Dynamic rows: only the streaming branch prefetches.
// CHECK-LABEL: func @dynamic
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

// Outputs that stay in cache, and the fused ops (their passes stream h and
// y themselves), do not prefetch.
// CHECK-LABEL: func @not_streamed
// CHECK-NOT: prefetch
// CHECK-LABEL: func @fused
// CHECK-NOT: prefetch
func.func @not_streamed(%x: memref<16x4096xf32>, %y: memref<16x4096xf32>) {
  norm.rms_norm %x : memref<16x4096xf32> outs(%y : memref<16x4096xf32>)
  return
}
func.func @fused(%x: memref<1024x4096xf32>, %r: memref<1024x4096xf32>, %y: memref<1024x4096xf32>, %h: memref<1024x4096xf32>) {
  norm.add_rms_norm %x, %r : memref<1024x4096xf32>, memref<1024x4096xf32> outs(%y, %h : memref<1024x4096xf32>, memref<1024x4096xf32>)
  return
}
