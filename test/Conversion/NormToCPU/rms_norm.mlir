// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=16 unroll=4" --canonicalize --split-input-file | FileCheck %s --check-prefix=AVX512
// RUN: norm-opt %s --convert-norm-to-cpu="vector-width=8 unroll=2" --canonicalize --split-input-file | FileCheck %s --check-prefix=AVX2

// Aligned hidden size: rows in parallel, 64-lane chunks (4 x 16), no mask,
// no tail, no scalar code; statistics in one pass, y in a second pass over
// the cached row.
// AVX512-LABEL: func @aligned
// AVX512: scf.forall (%[[ROW:.*]]) in (8) shared_outs
// AVX512: %[[X:.*]] = tensor.extract_slice %{{.*}}[%[[ROW]], 0] [1, 4096] [1, 1] : tensor<8x4096xf32> to tensor<4096xf32>
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64 iter_args(%{{.*}} = %{{.*}}) -> (vector<64xf32>)
// AVX512:   vector.transfer_read %[[X]][%{{.*}}], %{{.*}} {in_bounds = [true]} : tensor<4096xf32>, vector<64xf32>
// AVX512: vector.reduction <add>
// AVX512: math.rsqrt
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64 iter_args(%{{.*}} = %{{.*}}) -> (tensor<4096xf32>)
// AVX512:   vector.transfer_write %{{.*}} {in_bounds = [true]} : vector<64xf32>, tensor<4096xf32>
// AVX512: tensor.parallel_insert_slice
// AVX512-NOT: vector.create_mask
// AVX512-NOT: tensor.extract %
// AVX2-LABEL: func @aligned
// AVX2: vector<16xf32>
// AVX2-NOT: vector<64xf32>
func.func @aligned(%x: tensor<8x4096xf32>, %g: tensor<4096xf32>, %y: tensor<8x4096xf32>) -> tensor<8x4096xf32> {
  %r = norm.rms_norm %x : tensor<8x4096xf32> scale(%g : tensor<4096xf32>) outs(%y : tensor<8x4096xf32>)
  return %r : tensor<8x4096xf32>
}

// -----

// 4097 = 64 * 64 + 1: full chunks to 4096, then one masked chunk at 4096
// whose lanes past the row are zeroed before they reach the sum.
// AVX512-LABEL: func @odd
// AVX512: scf.for %{{.*}} = %c0 to %c4096 step %c64
// AVX512: %[[MASK:.*]] = vector.constant_mask [1] : vector<64xi1>
// AVX512: vector.transfer_read %{{.*}}[%c4096], %{{.*}} : tensor<4097xf32>, vector<64xf32>
// AVX512: arith.select %[[MASK]]
// AVX512: vector.transfer_write %{{.*}}, %{{.*}}[%c4096] : vector<64xf32>, tensor<4097xf32>
func.func @odd(%x: tensor<3x4097xf32>, %y: tensor<3x4097xf32>) -> tensor<3x4097xf32> {
  %r = norm.rms_norm %x : tensor<3x4097xf32> outs(%y : tensor<3x4097xf32>)
  return %r : tensor<3x4097xf32>
}

// -----

// Gemma's offset is added to gamma per chunk.
// AVX512-LABEL: func @gemma
// AVX512: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : vector<64xf32>
// AVX512: %[[G:.*]] = vector.transfer_read %arg1[%{{.*}}], %{{.*}} : tensor<4096xf32>, vector<64xf32>
// AVX512-NEXT: arith.addf %[[G]], %[[ONE]] : vector<64xf32>
func.func @gemma(%x: tensor<8x4096xf32>, %g: tensor<4096xf32>, %y: tensor<8x4096xf32>) -> tensor<8x4096xf32> {
  %r = norm.rms_norm %x : tensor<8x4096xf32> scale(%g : tensor<4096xf32>) outs(%y : tensor<8x4096xf32>) {offset = 1.0 : f64}
  return %r : tensor<8x4096xf32>
}
