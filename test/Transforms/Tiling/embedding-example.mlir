// The transform script of docs/Embedding.md ("Tiling, fusion and
// decomposition") does what the page says on this payload, and the result
// compiles through --norm-cpu-pipeline as the page shows.
// RUN: awk '/^## Tiling, fusion and decomposition/{on=1} on && /^```mlir/{inside=1; next} inside && /^```/{exit} inside' %norm_src_root/docs/Embedding.md > %t.schedule.mlir
// RUN: norm-opt %s --transform-preload-library=transform-library-paths=%t.schedule.mlir --transform-interpreter --canonicalize | FileCheck %s --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"
// RUN: norm-opt %s --transform-preload-library=transform-library-paths=%t.schedule.mlir --transform-interpreter --canonicalize --norm-cpu-pipeline | FileCheck %s --check-prefix=LLVM

// CHECK-LABEL: func @block
// CHECK:       scf.forall (%{{.*}}) in (4)
// CHECK:         %[[AS:.*]] = tensor.extract_slice %arg0
// CHECK:         %[[X:.*]] = linalg.generic {{.*}} ins(%[[AS]] : tensor<8x256xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[X]], %[[X]] : tensor<8x256xf32>, tensor<8x256xf32>)
// CHECK:         math.rsqrt
// CHECK:         tensor.parallel_insert_slice
// LLVM: llvm.func @_mlir_ciface_block
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @block(%a: tensor<32x256xf32>, %g: tensor<256xf32>, %b: tensor<256xf32>) -> tensor<32x256xf32> {
  %e0 = tensor.empty() : tensor<32x256xf32>
  %x = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<32x256xf32>) outs(%e0 : tensor<32x256xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<32x256xf32>
  %e1 = tensor.empty() : tensor<32x256xf32>
  %y = norm.layer_norm %x : tensor<32x256xf32> scale(%g : tensor<256xf32>) bias(%b : tensor<256xf32>) outs(%e1 : tensor<32x256xf32>)
  return %y : tensor<32x256xf32>
}
