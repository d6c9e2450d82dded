// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --check-prefix=DEFAULT
// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=1" | FileCheck %s --check-prefix=SERIAL --implicit-check-not=omp.
// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=4" | FileCheck %s --check-prefix=FOUR
// RUN: norm-opt %s --norm-cpu-pipeline="lowering=linalg num-threads=1" | FileCheck %s --check-prefix=LINALG --implicit-check-not=omp. --implicit-check-not="vector<"
// RUN: norm-opt %s --norm-cpu-pipeline="vector-width=8 unroll=1" | FileCheck %s --check-prefix=NARROW --implicit-check-not="{{vector<(16|32|64)x}}"
// RUN: not norm-opt %s --norm-cpu-pipeline="lowering=magic" 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: norm-opt %s --norm-cpu-pipeline="bf16-rounding=software target-triple=x86_64-unknown-linux-gnu target-cpu=sapphirerapids" | FileCheck %s --check-prefix=SOFT
// RUN: norm-opt %s --norm-cpu-pipeline="bf16-rounding=native target-triple=x86_64-unknown-linux-gnu target-cpu=znver3" | FileCheck %s --check-prefix=NATIVE
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=sapphirerapids" | FileCheck %s --check-prefix=AUTO-NATIVE
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=znver3" | FileCheck %s --check-prefix=SOFT
// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --check-prefix=%if bf16-host %{HOST-NATIVE%} %else %{HOST-SOFT%}

// The default: vector kernels, rows across OpenMP threads.
// DEFAULT: omp.parallel
// DEFAULT: omp.wsloop
// DEFAULT: llvm.intr.masked.load
// DEFAULT: vector<{{(64|32|16)}}xf32>

// One thread: no OpenMP (anywhere: --implicit-check-not), still vectorized.
// SERIAL-LABEL: llvm.func @norm_cpu_rms_norm(
// SERIAL: vector<{{(64|32|16)}}xf32>

// FOUR: %[[T:.*]] = llvm.mlir.constant(4 : i32) : i32
// FOUR: omp.parallel num_threads(%[[T]] : i32)

// The linalg baseline: scalar loops, no vectors, no threads (in no
// function: --implicit-check-not).
// LINALG-LABEL: llvm.func @rms(
// LINALG: llvm.intr.sqrt{{.*}} : (f32) -> f32
// LINALG-LABEL: llvm.func @rms_bf16(
// LINALG: llvm.intr.sqrt{{.*}} : (f32) -> f32

// Eight lanes and no wider vector in any kernel (--implicit-check-not).
// NARROW-LABEL: llvm.func @norm_cpu_rms_norm(
// NARROW: vector<8xf32>
// NARROW-LABEL: llvm.func @norm_cpu_rms_norm_{{[0-9]+}}(
// NARROW: vector<8xf32>

// BAD: for the --lowering option: Cannot find option named 'magic'!

// bf16 results: integer rounding (software, even where the target has an
// instruction), LLVM's fptrunc (native: the target's instruction, or
// __truncsfbf2 on a target without one, as Zen 3), or, by default, fptrunc
// with the features that select the target's instruction where it has one
// (Sapphire Rapids), integer rounding otherwise (Zen 3); and on the host
// (the bf16-host lit feature says which).
// SOFT-LABEL: llvm.func @norm_cpu_rms_norm_{{[0-9]+}}(
// SOFT-NOT: target_features
// SOFT-NOT: llvm.fptrunc
// SOFT: llvm.lshr %{{.*}} : vector<{{[0-9]+}}xi32>
// SOFT-NOT: llvm.fptrunc
// NATIVE-LABEL: llvm.func @norm_cpu_rms_norm_{{[0-9]+}}(
// NATIVE-NOT: target_features
// NATIVE: llvm.fptrunc %{{.*}} : vector<{{[0-9]+}}xf32> to vector<{{[0-9]+}}xbf16>
// AUTO-NATIVE-LABEL: llvm.func @norm_cpu_rms_norm_{{[0-9]+}}(
// AUTO-NATIVE-SAME: target_cpu = "sapphirerapids"
// AUTO-NATIVE-SAME: target_features = #llvm.target_features<["+avx512bf16", "+avx512vl"]>
// AUTO-NATIVE: llvm.fptrunc %{{.*}} : vector<16xf32> to vector<16xbf16>
// HOST-NATIVE-LABEL: llvm.func @norm_cpu_rms_norm_{{[0-9]+}}(
// HOST-NATIVE-SAME: target_features = #llvm.target_features<[{{.*}}{{"\+avx512bf16"|"\+avxneconvert"}}
// HOST-NATIVE: llvm.fptrunc %{{.*}} : vector<{{[0-9]+}}xf32> to vector<{{[0-9]+}}xbf16>
// HOST-SOFT-LABEL: llvm.func @norm_cpu_rms_norm_{{[0-9]+}}(
// HOST-SOFT-NOT: llvm.fptrunc
// HOST-SOFT: llvm.lshr %{{.*}} : vector<{{[0-9]+}}xi32>
func.func @rms(%x: tensor<?x?xf32>, %g: tensor<?xf32>, %y: tensor<?x?xf32> {bufferization.writable = true}) -> tensor<?x?xf32> {
  %r = norm.rms_norm %x : tensor<?x?xf32> scale(%g : tensor<?xf32>) outs(%y : tensor<?x?xf32>)
  return %r : tensor<?x?xf32>
}

func.func @rms_bf16(%x: tensor<?x?xbf16>, %g: tensor<?xbf16>, %y: tensor<?x?xbf16> {bufferization.writable = true}) -> tensor<?x?xbf16> {
  %r = norm.rms_norm %x : tensor<?x?xbf16> scale(%g : tensor<?xbf16>) outs(%y : tensor<?x?xbf16>)
  return %r : tensor<?x?xbf16>
}
