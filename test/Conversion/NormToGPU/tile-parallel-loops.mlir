// RUN: norm-opt %s --norm-gpu-tile-parallel-loops --split-input-file | FileCheck %s
// RUN: norm-opt %s --norm-gpu-tile-parallel-loops="block-size=64" --split-input-file | FileCheck %s --check-prefix=B64
// RUN: not norm-opt %s --norm-gpu-tile-parallel-loops="block-size=2048" --split-input-file 2>&1 | FileCheck %s --check-prefix=BAD

// A 2-D loop nest becomes one dimension (the last dim fastest: rem by its
// trip count), tiled by the block size: an outer loop over tiles and an
// inner loop of 256 iterations (a constant: the launch's block size) that
// guards the last partial tile.
// (Canonicalization would merge the two loops back into one 2-D loop: the
// pipeline maps them right after this pass.)
// CHECK-LABEL: func.func @add
// CHECK-DAG:     %[[ROWS:.*]] = memref.dim %{{.*}}, %c0
// CHECK-DAG:     %[[COLS:.*]] = memref.dim %{{.*}}, %c1
// CHECK:         %[[N:.*]] = arith.muli %[[ROWS]], %[[COLS]] : index
// CHECK:         scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%[[N]]) step (%[[STEP:c256[_0-9]*]]) {
// CHECK:           scf.parallel (%[[I:.*]]) = (%{{.*}}) to (%[[STEP]]) step (%{{.*}}) {
// CHECK:             %[[K:.*]] = arith.addi %[[I]], %[[T]] : index
// CHECK:             %[[IN:.*]] = arith.cmpi ult, %{{.*}}, %[[N]] : index
// CHECK:             %[[GUARD:.*]] = arith.andi %{{.*}}, %[[IN]] : i1
// CHECK:             scf.if %[[GUARD]] {
// CHECK:               %[[J:.*]] = arith.remsi %[[K]], %[[COLS]] : index
// CHECK:               %[[ROW:.*]] = arith.divsi %[[K]], %[[COLS]] : index
// CHECK:               memref.load %{{.*}}[%[[ROW]], %[[J]]]
// CHECK:               arith.addf
// CHECK:               memref.store %{{.*}}, %{{.*}}[%[[ROW]], %[[J]]]
// B64-LABEL: func.func @add
// B64:         scf.parallel (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%[[C64:c64[_0-9]*]])
// B64:           scf.parallel (%{{.*}}) = (%{{.*}}) to (%[[C64]])
// BAD: block-size must be 1 to 1024, got 2048
func.func @add(%x: memref<?x?xf32>, %r: memref<?x?xf32>, %y: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %rows = memref.dim %x, %c0 : memref<?x?xf32>
  %cols = memref.dim %x, %c1 : memref<?x?xf32>
  scf.parallel (%i, %j) = (%c0, %c0) to (%rows, %cols) step (%c1, %c1) {
    %a = memref.load %x[%i, %j] : memref<?x?xf32>
    %b = memref.load %r[%i, %j] : memref<?x?xf32>
    %s = arith.addf %a, %b : f32
    memref.store %s, %y[%i, %j] : memref<?x?xf32>
    scf.reduce
  }
  return
}

// -----

// Left alone: a loop with a reduction, a loop nested in another parallel
// loop (only the outer one is shaped), and a loop inside a kernel.
// CHECK-LABEL: func.func @untouched
// CHECK:         scf.parallel (%{{.*}}) = (%c0) to (%c8) step (%c1) init
// CHECK:         gpu.launch
// CHECK:           scf.parallel (%{{.*}}) = (%c0) to (%c8) step (%c1) {
func.func @untouched(%x: memref<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  %sum = scf.parallel (%i) = (%c0) to (%c8) step (%c1) init (%zero) -> f32 {
    %a = memref.load %x[%i] : memref<8xf32>
    scf.reduce(%a : f32) {
    ^bb0(%l: f32, %r: f32):
      %s = arith.addf %l, %r : f32
      scf.reduce.return %s : f32
    }
  }
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    scf.parallel (%i) = (%c0) to (%c8) step (%c1) {
      memref.store %zero, %x[%i] : memref<8xf32>
      scf.reduce
    }
    gpu.terminator
  }
  return %sum : f32
}
