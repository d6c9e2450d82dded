// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 unroll=4 outline=false" --canonicalize --cse --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 bf16-row-buffer=false outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=OFF
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 bf16-rounding=software" --split-input-file | FileCheck %s --check-prefix=PIPELINE

// A fused op whose bf16 h streams keeps h's row, as stored (rounded) but
// in f32, in a buffer allocated per block of rows: the first pass writes it
// next to the streamed h, the output pass reads it instead of computing h
// again from x and r (a second rounding to bf16). Where the rounding is
// software, the pipeline turns the buffer on. The buffer has a cache
// line's worth (16 f32) to spare: each row uses it from element
// (h's misalignment in elements) mod 16, so that where h[i] starts a cache
// line (the streamed chunks), so does the buffer's element i (rows of odd
// length are misaligned).
// CHECK-LABEL: func @add_rms_bf16
// CHECK-SAME: (%[[X:[a-z0-9]+]]: memref<1024x4096xbf16>, %[[R:[a-z0-9]+]]: memref<1024x4096xbf16>, %[[Y:[a-z0-9]+]]: memref<1024x4096xbf16>, %[[H:[a-z0-9]+]]: memref<1024x4096xbf16>)
// CHECK: scf.forall
// CHECK-NEXT: %[[BASE:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4112xf32>
// CHECK: scf.for %[[ROW:.*]] = {{.*}} step %c1 {
// CHECK-DAG: %[[XROW:.*]] = memref.subview %[[X]][%[[ROW]], 0]
// CHECK-DAG: %[[RROW:.*]] = memref.subview %[[R]][%[[ROW]], 0]
// CHECK-DAG: %[[HROW:.*]] = memref.subview %[[H]][%[[ROW]], 0]
// CHECK-DAG: %[[YROW:.*]] = memref.subview %[[Y]][%[[ROW]], 0]
// CHECK: %[[HPTR:.*]] = memref.extract_aligned_pointer_as_index %[[HROW]]
// CHECK: %[[HBYTES:.*]] = arith.remui %{{.*}}, %c64
// CHECK: %[[HELEMS:.*]] = arith.divui %[[HBYTES]], %c2
// CHECK: %[[SHIFT:.*]] = arith.remui %[[HELEMS]], %c16
// CHECK: %[[BUF:.*]] = memref.subview %[[BASE]][%[[SHIFT]]] [4096] [1] : memref<4112xf32> to memref<4096xf32, strided<[1], offset: ?>>
// CHECK: scf.if %{{.*}} {
// First pass: h streamed, and its rounded value kept in the buffer.
// CHECK:   vector.store %[[HSTORED:.*]], %[[HROW]][%[[I:.*]]] {alignment = 64 : i64, nontemporal = true} : memref<4096xbf16, strided<[1], offset: ?>>, vector<64xbf16>
// CHECK:   %[[WIDE:.*]] = arith.extf %[[HSTORED]] : vector<64xbf16> to vector<64xf32>
// CHECK:   vector.transfer_write %[[WIDE]], %[[BUF]][%[[I]]] {in_bounds = [true]} : vector<64xf32>, memref<4096xf32, strided<[1], offset: ?>>
// CHECK:   math.rsqrt
// Output pass: from the buffer, not from x or r.
// CHECK-NOT: vector.transfer_read %[[XROW]][
// CHECK-NOT: vector.transfer_read %[[RROW]][
// CHECK:   vector.transfer_read %[[BUF]][
// CHECK-NOT: vector.transfer_read %[[XROW]][
// CHECK-NOT: vector.transfer_read %[[RROW]][
// CHECK:   vector.store %{{.*}}, %[[YROW]][%{{.*}}] {alignment = 64 : i64, nontemporal = true}
// CHECK: } else {
// h overlaps x or r: written in place, read back from cache; no buffer.
// CHECK-NOT: %[[BUF]]
// CHECK: memref.dealloc %[[BASE]] : memref<4112xf32>
// CHECK-NEXT: llvm.call_intrinsic "llvm.x86.sse.sfence"

// OFF-LABEL: func @add_rms_bf16
// OFF-NOT: memref.alloc
// OFF: math.rsqrt
// OFF: vector.transfer_read
// OFF: vector.transfer_read
// OFF: arith.addf
// OFF: vector.store {{.*}}nontemporal = true

// PIPELINE-LABEL: llvm.func @norm_cpu_add_rms_norm
// PIPELINE: llvm.call @malloc
// PIPELINE: llvm.call @free
func.func @add_rms_bf16(%x: memref<1024x4096xbf16>, %r: memref<1024x4096xbf16>, %y: memref<1024x4096xbf16>, %h: memref<1024x4096xbf16>) {
  norm.add_rms_norm %x, %r : memref<1024x4096xbf16>, memref<1024x4096xbf16> outs(%y, %h : memref<1024x4096xbf16>, memref<1024x4096xbf16>)
  return
}

// -----

// Run-time row length: a buffer of that length and 16 more.
// CHECK-LABEL: func @add_layer_bf16_dynamic
// CHECK: %[[N:.*]] = memref.dim %arg0, %c1
// CHECK: scf.forall
// CHECK-NEXT: %[[SIZE:.*]] = arith.addi %[[N]], %c16
// CHECK-NEXT: %[[BUF:.*]] = memref.alloc(%[[SIZE]]) {alignment = 64 : i64} : memref<?xf32>
// CHECK: memref.subview %[[BUF]][%{{.*}}] [%[[N]]] [1]
// CHECK: memref.dealloc %[[BUF]]
func.func @add_layer_bf16_dynamic(%x: memref<?x?xbf16>, %r: memref<?x?xbf16>, %y: memref<?x?xbf16>, %h: memref<?x?xbf16>) {
  norm.add_layer_norm %x, %r : memref<?x?xbf16>, memref<?x?xbf16> outs(%y, %h : memref<?x?xbf16>, memref<?x?xbf16>)
  return
}

// -----

// f32 h (no rounding to repeat), h over x (it cannot stream), and outputs
// that stay in cache take no buffer; the f32 output pass computes h again.
// CHECK-LABEL: func @add_rms_f32
// CHECK-NOT: memref.alloc
// CHECK-LABEL: func @add_rms_bf16_in_place
// CHECK-NOT: memref.alloc
// CHECK-LABEL: func @add_rms_bf16_small
// CHECK-NOT: memref.alloc
// PIPELINE-LABEL: llvm.func @add_rms_f32
// PIPELINE-NOT: @malloc
func.func @add_rms_f32(%x: memref<1024x4096xf32>, %r: memref<1024x4096xf32>, %y: memref<1024x4096xf32>, %h: memref<1024x4096xf32>) {
  norm.add_rms_norm %x, %r : memref<1024x4096xf32>, memref<1024x4096xf32> outs(%y, %h : memref<1024x4096xf32>, memref<1024x4096xf32>)
  return
}
func.func @add_rms_bf16_in_place(%x: memref<1024x4096xbf16>, %r: memref<1024x4096xbf16>, %y: memref<1024x4096xbf16>) {
  norm.add_rms_norm %x, %r : memref<1024x4096xbf16>, memref<1024x4096xbf16> outs(%y, %x : memref<1024x4096xbf16>, memref<1024x4096xbf16>)
  return
}
func.func @add_rms_bf16_small(%x: memref<16x4096xbf16>, %r: memref<16x4096xbf16>, %y: memref<16x4096xbf16>, %h: memref<16x4096xbf16>) {
  norm.add_rms_norm %x, %r : memref<16x4096xbf16>, memref<16x4096xbf16> outs(%y, %h : memref<16x4096xbf16>, memref<16x4096xbf16>)
  return
}
