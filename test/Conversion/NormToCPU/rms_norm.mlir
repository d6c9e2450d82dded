// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=AVX512
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=2 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=AVX2 --implicit-check-not="vector<64x"
// What a whole function must not contain (the WHOLE512 NOTs run from one
// function's label to the next, not only after the last positive match).
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4 outline=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=WHOLE512

// Aligned hidden size: rows in parallel, 64-lane chunks (4 x 16), no mask,
// no tail, no scalar code; statistics in one pass, y in a second pass over
// the cached row. 128 KiB of y: ordinary stores. The accumulators' lanes
// are summed as a tree (reassociated), not as a chain of scalar additions.
// AVX512-LABEL: func @aligned
// AVX512: scf.forall (%[[ROW:.*]]) in (8) {
// AVX512: %[[X:.*]] = memref.subview %{{.*}}[%[[ROW]], 0] [1, 4096] [1, 1] : memref<8x4096xf32> to memref<4096xf32, strided<[1], offset: ?>>
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64 iter_args(%{{.*}} = %{{.*}}) -> (vector<64xf32>)
// AVX512:   vector.transfer_read %[[X]][%{{.*}}], %{{.*}} {in_bounds = [true]} : memref<4096xf32, strided<[1], offset: ?>>, vector<64xf32>
// AVX512: vector.reduction <add>, %{{.*}} fastmath<reassoc> : vector<64xf32> into f32
// AVX512: math.rsqrt
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64 {
// AVX512:   vector.transfer_write %{{.*}} {in_bounds = [true]} : vector<64xf32>, memref<4096xf32, strided<[1], offset: ?>>
// WHOLE512-LABEL: func @aligned
// WHOLE512-NOT: vector.create_mask
// WHOLE512-NOT: vector.constant_mask
// WHOLE512-NOT: memref.load
// WHOLE512-NOT: nontemporal
// WHOLE512-NOT: sfence
// WHOLE512-LABEL: func @odd
// At most 16 lanes (8 x 2) anywhere in the output (--implicit-check-not).
// AVX2-LABEL: func @aligned
// AVX2: vector<16xf32>
func.func @aligned(%x: memref<8x4096xf32>, %g: memref<4096xf32>, %y: memref<8x4096xf32>) {
  norm.rms_norm %x : memref<8x4096xf32> scale(%g : memref<4096xf32>) outs(%y : memref<8x4096xf32>)
  return
}

// -----

// 4097 = 64 * 64 + 1: full chunks to 4096, then one masked single-vector
// chunk at 4096 whose lanes past the row are zeroed before they reach the
// sum (added into the first lanes of the accumulators).
// AVX512-LABEL: func @odd
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64
// AVX512: %[[MASK:.*]] = vector.constant_mask [1] : vector<16xi1>
// AVX512: vector.transfer_read %{{.*}}[%c4096], %{{.*}}, %[[MASK]] : memref<4097xf32, strided<[1], offset: ?>>, vector<16xf32>
// AVX512: %[[T:.*]] = arith.select %[[MASK]]
// AVX512: %[[W:.*]] = vector.insert_strided_slice %[[T]], %{{.*}} {offsets = [0], strides = [1]} : vector<16xf32> into vector<64xf32>
// AVX512: vector.fma %[[W]], %[[W]]
// AVX512: vector.transfer_write %{{.*}}, %{{.*}}[%c4096], %{{.*}} : vector<16xf32>, memref<4097xf32, strided<[1], offset: ?>>
// No 64-lane mask anywhere in the function.
// WHOLE512-NOT: vector<64xi1>
// WHOLE512-LABEL: func @remainder
func.func @odd(%x: memref<3x4097xf32>, %y: memref<3x4097xf32>) {
  norm.rms_norm %x : memref<3x4097xf32> outs(%y : memref<3x4097xf32>)
  return
}

// -----

// 4096 + 40: after the 64-lane chunks, two unmasked single-vector chunks
// (4096 and 4112), then an 8-lane masked remainder at 4128.
// AVX512-LABEL: func @remainder
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64
// AVX512: scf.for %{{.*}} = %c4096 to %c4128 step %c16
// AVX512:   vector.transfer_read {{.*}} {in_bounds = [true]} : memref<4136xf32, strided<[1], offset: ?>>, vector<16xf32>
// AVX512: vector.constant_mask [8] : vector<16xi1>
func.func @remainder(%x: memref<3x4136xf32>, %y: memref<3x4136xf32>) {
  norm.rms_norm %x : memref<3x4136xf32> outs(%y : memref<3x4136xf32>)
  return
}

// -----

// Gemma's offset is added to gamma per chunk.
// AVX512-LABEL: func @gemma
// AVX512: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : vector<64xf32>
// AVX512: %[[G:.*]] = vector.transfer_read %arg1[%{{.*}}], %{{.*}} : memref<4096xf32>, vector<64xf32>
// AVX512-NEXT: arith.addf %[[G]], %[[ONE]] : vector<64xf32>
func.func @gemma(%x: memref<8x4096xf32>, %g: memref<4096xf32>, %y: memref<8x4096xf32>) {
  norm.rms_norm %x : memref<8x4096xf32> scale(%g : memref<4096xf32>) outs(%y : memref<8x4096xf32>) {offset = 1.0 : f64}
  return
}
