// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 streaming-threshold=-1 outline=false" --split-input-file | FileCheck %s --check-prefix=NEVER --implicit-check-not=nontemporal --implicit-check-not=sfence
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512 vector-width=16 streaming-threshold=0 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=ALWAYS
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=skylake-avx512" --split-input-file | FileCheck %s --check-prefix=PIPELINE

// Non-temporal (streaming) stores of large outputs; x86 hosts only.
// streaming-threshold: negative never streams (no size test, no fence), 0
// always does, for any size: with a negative threshold no function has a
// non-temporal store or a fence (--implicit-check-not, which looks at the
// whole output; NEVER-NOTs before the first NEVER-LABEL would stop there).
// Through the pipeline: LLVM stores with the nontemporal flag, and the
// x86 store fence.
// PIPELINE: llvm.store {{.*}} {alignment = 64 : i64, nontemporal} : vector<{{.*}}xf32>, !llvm.ptr
// PIPELINE: llvm.call_intrinsic "llvm.x86.sse.sfence"() : () -> ()

// 16 MiB of y (over the default 8 MiB threshold): rows in blocks of 4
// (64 KiB of y), per row ordinary stores up to the first 64-byte boundary
// of y's row (single vectors, then a masked one), aligned non-temporal
// stores of full chunks from there, ordinary stores for the rest; a store
// fence after each block.
// CHECK-LABEL: func @streaming
// CHECK: scf.forall (%[[BLOCK:.*]]) in (256) {
// CHECK:   %[[FIRST:.*]] = arith.muli %[[BLOCK]], %c4
// CHECK:   scf.for %[[ROW:.*]] = %[[FIRST]] to %{{.*}} step %c1 {
// CHECK:     %[[Y:.*]] = memref.subview %arg2[%[[ROW]], 0]
// CHECK:     %[[PTR:.*]] = memref.extract_aligned_pointer_as_index %[[Y]]
// CHECK:     %[[MIS:.*]] = arith.remui %{{.*}}, %c64
// CHECK:     %[[HEAD:.*]] = arith.minui
// CHECK:     scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c16 {
// CHECK:       vector.transfer_write {{.*}} : vector<16xf32>, memref<4096xf32, strided<[1], offset: ?>>
// CHECK:     scf.if
// CHECK:       vector.create_mask %{{.*}} : vector<16xi1>
// CHECK:       vector.transfer_write {{.*}} : vector<16xf32>, memref<4096xf32, strided<[1], offset: ?>>
// CHECK:     scf.for %{{.*}} = %[[HEAD]] to %{{.*}} step %c64 {
// CHECK:       vector.store %{{.*}}, %[[Y]][%{{.*}}] {alignment = 64 : i64, nontemporal = true} : memref<4096xf32, strided<[1], offset: ?>>, vector<64xf32>
// CHECK:     scf.if
// CHECK:       vector.transfer_write
// CHECK:   llvm.call_intrinsic "llvm.x86.sse.sfence"() : () -> ()
func.func @streaming(%x: memref<1024x4096xf32>, %g: memref<4096xf32>, %y: memref<1024x4096xf32>) {
  norm.rms_norm %x : memref<1024x4096xf32> scale(%g : memref<4096xf32>) outs(%y : memref<1024x4096xf32>)
  return
}

// -----

// BatchNorm's output streams like the row norms': with a dynamic batch,
// y's size decides at run time; each plane streams from its first aligned
// element, and each block of planes ends with a store fence.
// CHECK-LABEL: func @batch_norm_streaming
// CHECK: %[[BIG:.*]] = arith.cmpi uge, %{{.*}}, %c8388608
// CHECK: scf.forall
// CHECK:   arith.remui
// CHECK:   scf.if %[[BIG]] {
// CHECK:     vector.fma
// CHECK:     vector.store {{.*}}nontemporal = true
// CHECK:   } else {
// CHECK-NOT: nontemporal
// CHECK:   llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @batch_norm_streaming(%x: memref<?x64x56x56xf32>, %m: memref<64xf32>, %v: memref<64xf32>, %b: memref<64xf32>, %y: memref<?x64x56x56xf32>) {
  norm.batch_norm %x : memref<?x64x56x56xf32> bias(%b : memref<64xf32>) running(%m, %v : memref<64xf32>, memref<64xf32>) outs(%y : memref<?x64x56x56xf32>)
  return
}

// -----

// Streamed NCHW planes of 7x7 (196 bytes) would each pay for an alignment
// head: where y streams, rows of 16 planes (16 divides C = 64; 16 x 196
// bytes fit in 4 KiB) run as one kernel row of 784 elements. Kernel row r
// starts at channel 16 r mod 64; a 64-lane chunk at `off` starts in plane
// p = off / 49 and touches up to three planes, so each lane selects its
// plane's value by two masks (lanes < (p + 1) * 49 - off, and 49 more).
// Where y does not stream, each plane is a row (no selects).
// CHECK-LABEL: func @batch_norm_small_planes
// CHECK: %[[BIG:.*]] = arith.cmpi uge, %{{.*}}, %c8388608
// CHECK: scf.if %[[BIG]] {
// CHECK:   memref.collapse_shape %{{.*}} {{\[}}[0], [1, 2]] : memref<?x16x49xf32, strided<[784, 49, 1]>> into memref<?x784xf32, strided<[784, 1]>>
// CHECK:   scf.forall
// CHECK:     %[[R16:.*]] = arith.muli %{{.*}}, %c16
// CHECK:     %[[FIRST:.*]] = arith.remui %[[R16]], %c64
// CHECK:     scf.for %[[OFF:.*]] = %{{.*}} step %c64 {
// CHECK:       %[[P:.*]] = arith.divui %[[OFF]], %c49
// CHECK:       %[[P1:.*]] = arith.addi %[[P]], %c1
// CHECK:       %[[END:.*]] = arith.muli %[[P1]], %c49
// CHECK:       %[[Q:.*]] = arith.subi %[[END]], %[[OFF]]
// CHECK:       %[[HERE:.*]] = arith.addi %[[FIRST]], %[[P]]
// CHECK:       %[[IN_P:.*]] = vector.create_mask %[[Q]] : vector<64xi1>
// CHECK:       %[[Q2:.*]] = arith.addi %[[Q]], %c49
// CHECK:       %[[IN_P1:.*]] = vector.create_mask %[[Q2]] : vector<64xi1>
// CHECK:       %[[X:.*]] = vector.transfer_read
// CHECK:       %[[M_NEXT:.*]] = arith.select %[[IN_P1]], %{{.*}}, %{{.*}} : vector<64xi1>, vector<64xf32>
// CHECK:       %[[M:.*]] = memref.load %{{.*}}[%[[HERE]]]
// CHECK:       %[[M_HERE:.*]] = vector.broadcast %[[M]] : f32 to vector<64xf32>
// CHECK:       %[[MEAN:.*]] = arith.select %[[IN_P]], %[[M_HERE]], %[[M_NEXT]]
// CHECK:       arith.subf %[[X]], %[[MEAN]] : vector<64xf32>
// CHECK:       vector.fma
// CHECK:       vector.store {{.*}}nontemporal = true
// CHECK:     llvm.call_intrinsic "llvm.x86.sse.sfence"
// CHECK: } else {
// CHECK:   scf.forall
// CHECK:     arith.remui %{{.*}}, %c64
// CHECK-NOT: arith.select
// CHECK-NOT: nontemporal
// CHECK:     vector.fma
// CHECK: memref.dealloc
// NEVER-LABEL: func @batch_norm_small_planes
// NEVER-NOT: vector.create_mask %{{.*}} : vector<64xi1>
// NEVER: return
// ALWAYS-LABEL: func @batch_norm_small_planes
// ALWAYS-NOT: scf.if
// ALWAYS: memref<?x784xf32, strided<[784, 1]>>
// ALWAYS: arith.select
// ALWAYS: vector.store {{.*}}nontemporal = true
func.func @batch_norm_small_planes(%x: memref<?x64x7x7xf32>, %m: memref<64xf32>, %v: memref<64xf32>, %b: memref<64xf32>, %y: memref<?x64x7x7xf32>) {
  norm.batch_norm %x : memref<?x64x7x7xf32> bias(%b : memref<64xf32>) running(%m, %v : memref<64xf32>, memref<64xf32>) outs(%y : memref<?x64x7x7xf32>)
  return
}

// -----

// Dynamic rows: y's size decides at run time between the streaming and the
// ordinary output loop.
// CHECK-LABEL: func @dynamic_streaming
// CHECK: cf.assert %{{.*}}, "norm.rms_norm: y does not match the input at run time (dimension 0)"
// CHECK: %[[ROWS:.*]] = memref.dim %arg0, %c0
// CHECK: %[[BYTES:.*]] = arith.muli %[[ROWS]], %c16384
// CHECK: %[[BIG:.*]] = arith.cmpi uge, %[[BYTES]], %c8388608
// CHECK: scf.forall
// CHECK:   scf.if %[[BIG]] {
// CHECK:     vector.store {{.*}}nontemporal = true
// CHECK:   } else {
// CHECK:     vector.transfer_write
// CHECK-NOT: nontemporal
// CHECK:   llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @dynamic_streaming(%x: memref<?x4096xf32>, %y: memref<?x4096xf32>) {
  norm.rms_norm %x : memref<?x4096xf32> outs(%y : memref<?x4096xf32>)
  return
}

// -----

// Fused op with h in its own buffer: when h's storage is disjoint from x's
// and r's (a run-time test of their address ranges), h streams too and the
// output pass computes h again from x and r instead of reading it back;
// otherwise h is written with ordinary stores and read back from cache.
// CHECK-LABEL: func @add_rms_streaming
// CHECK-SAME: (%[[X:.*]]: memref<1024x4096xf32>, %[[R:.*]]: memref<1024x4096xf32>, %[[Y:.*]]: memref<1024x4096xf32>, %[[H:.*]]: memref<1024x4096xf32>)
// CHECK: memref.extract_aligned_pointer_as_index %[[H]]
// CHECK: memref.extract_aligned_pointer_as_index %[[X]]
// CHECK: arith.cmpi ule
// CHECK: memref.extract_aligned_pointer_as_index %[[R]]
// CHECK: %[[DISJOINT:.*]] = arith.andi
// CHECK: scf.forall
// CHECK-DAG: %[[XROW:.*]] = memref.subview %[[X]]
// CHECK-DAG: %[[RROW:.*]] = memref.subview %[[R]]
// CHECK-DAG: %[[HROW:.*]] = memref.subview %[[H]]
// CHECK-DAG: %[[YROW:.*]] = memref.subview %[[Y]]
// CHECK: scf.if %[[DISJOINT]] {
// CHECK:   vector.store %{{.*}}, %[[HROW]][%{{.*}}] {alignment = 64 : i64, nontemporal = true}
// CHECK:   math.rsqrt
// CHECK:   scf.for
// CHECK:     vector.transfer_read %[[RROW]]
// CHECK:     vector.transfer_read %[[XROW]]
// CHECK-NOT: vector.transfer_read %[[HROW]]
// CHECK:     vector.store %{{.*}}, %[[YROW]][%{{.*}}] {alignment = 64 : i64, nontemporal = true}
// CHECK: } else {
// CHECK-NOT: vector.store %{{.*}}, %[[HROW]]
// CHECK:   vector.transfer_read %[[HROW]]
// CHECK:   vector.store %{{.*}}, %[[YROW]][%{{.*}}] {alignment = 64 : i64, nontemporal = true}
// CHECK: }
// CHECK: llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @add_rms_streaming(%x: memref<1024x4096xf32>, %r: memref<1024x4096xf32>, %y: memref<1024x4096xf32>, %h: memref<1024x4096xf32>) {
  norm.add_rms_norm %x, %r : memref<1024x4096xf32>, memref<1024x4096xf32> outs(%y, %h : memref<1024x4096xf32>, memref<1024x4096xf32>)
  return
}

// -----

// h over x (bufferization's in-place h): h cannot be computed again, so it
// is written with ordinary stores and read back; only y streams.
// CHECK-LABEL: func @add_layer_in_place_streaming
// CHECK-NOT: arith.cmpi ule
// CHECK: scf.forall
// CHECK: vector.transfer_write {{.*}} {in_bounds = [true]} : vector<64xf32>, memref<4096xf32, strided<[1], offset: ?>>
// CHECK: vector.store {{.*}}nontemporal = true
// CHECK-NOT: vector.store
// CHECK: llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @add_layer_in_place_streaming(%x: memref<1024x4096xf32>, %r: memref<1024x4096xf32>, %y: memref<1024x4096xf32>) {
  norm.add_layer_norm %x, %r : memref<1024x4096xf32>, memref<1024x4096xf32> outs(%y, %x : memref<1024x4096xf32>, memref<1024x4096xf32>)
  return
}

// -----

// 512 bytes per row and dynamic rows: streamed only when told to (or when
// there are at least 16384 rows).
// CHECK-LABEL: func @small
// CHECK: arith.cmpi uge
// ALWAYS-LABEL: func @small
// ALWAYS-NOT: arith.cmpi uge
// ALWAYS: vector.store {{.*}}nontemporal = true
// ALWAYS: llvm.call_intrinsic "llvm.x86.sse.sfence"
func.func @small(%x: memref<?x128xf32>, %y: memref<?x128xf32>) {
  norm.rms_norm %x : memref<?x128xf32> outs(%y : memref<?x128xf32>)
  return
}
