// Everything target-dependent in the kernels follows from target-triple,
// target-cpu and target-features, whatever machine compiles them.
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=sapphirerapids outline=false" | FileCheck %s --check-prefixes=STREAM,AVX512
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=znver4 outline=false" | FileCheck %s --check-prefixes=STREAM,AVX512
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=znver3 outline=false" | FileCheck %s --check-prefixes=STREAM,AVX2 --implicit-check-not="vector<16xf32>"
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=x86-64 outline=false" | FileCheck %s --check-prefixes=STREAM,SSE --implicit-check-not="vector<8xf32>"
// A feature switched off takes what it implies with it (AVX-512 without
// AVX2 is no AVX-512); one switched on adds to the CPU's.
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=sapphirerapids target-features=-avx2 outline=false" | FileCheck %s --check-prefixes=STREAM,AVX1 --implicit-check-not="vector<16xf32>"
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=znver3 target-features=+avx512f outline=false" | FileCheck %s --check-prefixes=STREAM,AVX512
// An explicit vector width overrides the target's.
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=x86-64 vector-width=8 outline=false" | FileCheck %s --check-prefixes=STREAM,AVX2
// Non-temporal stores and store fences are x86's: none on AArch64 (NEON:
// four lanes).
// RUN: norm-opt %s --convert-norm-to-cpu="target-triple=aarch64-unknown-linux-gnu target-cpu=neoverse-v1 outline=false" | FileCheck %s --check-prefix=SSE --implicit-check-not=nontemporal --implicit-check-not=sfence --implicit-check-not="vector<8xf32>"

// RUN: not norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=pentium9000" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not norm-opt %s --convert-norm-to-cpu="target-triple=x86_64-unknown-linux-gnu target-cpu=znver3 target-features=avx2" 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not norm-opt %s --convert-norm-to-cpu="target-triple=riscv64-unknown-linux-gnu" 2>&1 | FileCheck %s --check-prefix=CROSS-HOST

// UNKNOWN: error: convert-norm-to-cpu: unknown x86 CPU 'pentium9000'
// SYNTAX: error: convert-norm-to-cpu: target feature 'avx2' must start with + or -
// CROSS-HOST: error: convert-norm-to-cpu: target-cpu=host names the compiling machine's CPU, which cannot run target-triple=riscv64-unknown-linux-gnu

// Chunks are four hardware vectors; a 64 MiB output streams (x86 only).
// AVX512: vector.transfer_read {{.*}} vector<64xf32>
// AVX512: vector<16xf32>
// AVX2: vector.transfer_read {{.*}} vector<32xf32>
// AVX2: vector<8xf32>
// AVX1: vector.transfer_read {{.*}} vector<32xf32>
// AVX1: vector<8xf32>
// SSE: vector.transfer_read {{.*}} vector<16xf32>
// SSE: vector<4xf32>
// STREAM: llvm.x86.sse.sfence
func.func @rms(%x: memref<4096x4096xf32>, %g: memref<4096xf32>,
               %y: memref<4096x4096xf32>) {
  norm.rms_norm %x : memref<4096x4096xf32> scale(%g : memref<4096xf32>)
      outs(%y : memref<4096x4096xf32>)
  return
}
