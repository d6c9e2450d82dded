// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --check-prefix=DEFAULT
// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=1" | FileCheck %s --check-prefix=SERIAL
// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=4" | FileCheck %s --check-prefix=FOUR
// RUN: norm-opt %s --norm-cpu-pipeline="lowering=linalg num-threads=1" | FileCheck %s --check-prefix=LINALG
// RUN: norm-opt %s --norm-cpu-pipeline="vector-width=8 unroll=1" | FileCheck %s --check-prefix=NARROW
// RUN: not norm-opt %s --norm-cpu-pipeline="lowering=magic" 2>&1 | FileCheck %s --check-prefix=BAD

// The default: vector kernels, rows across OpenMP threads.
// DEFAULT: omp.parallel
// DEFAULT: omp.wsloop
// DEFAULT: llvm.intr.masked.load
// DEFAULT: vector<{{(64|32|16)}}xf32>

// One thread: no OpenMP, still vectorized.
// SERIAL-NOT: omp.
// SERIAL: vector<{{(64|32|16)}}xf32>
// SERIAL-NOT: omp.

// FOUR: %[[T:.*]] = llvm.mlir.constant(4 : i32) : i32
// FOUR: omp.parallel num_threads(%[[T]] : i32)

// The linalg baseline: scalar loops, no vectors, no threads.
// LINALG-NOT: omp.
// LINALG-NOT: vector<
// LINALG: llvm.intr.sqrt{{.*}} : (f32) -> f32

// NARROW: vector<8xf32>
// NARROW-NOT: vector<64xf32>

// BAD: for the --lowering option: Cannot find option named 'magic'!
func.func @rms(%x: tensor<?x?xf32>, %g: tensor<?xf32>, %y: tensor<?x?xf32> {bufferization.writable = true}) -> tensor<?x?xf32> {
  %r = norm.rms_norm %x : tensor<?x?xf32> scale(%g : tensor<?xf32>) outs(%y : tensor<?x?xf32>)
  return %r : tensor<?x?xf32>
}
