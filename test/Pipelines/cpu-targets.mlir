// The CPU pipeline compiles for target-triple / target-cpu / target-features,
// on any host: the kernels' vector width and bf16 rounding follow from the
// target, every function carries target_cpu and target_features, and the
// module its triple, so llc (or clang, or a JIT) builds each for that CPU.

// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=sapphirerapids" | FileCheck %s --check-prefix=SPR-IR
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=sapphirerapids" | mlir-translate --mlir-to-llvmir | llc -O2 | FileCheck %s --check-prefix=SPR-ASM
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=znver3" | FileCheck %s --check-prefix=ZEN3-IR
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=znver3" | mlir-translate --mlir-to-llvmir | llc -O2 | FileCheck %s --check-prefix=ZEN3-ASM --implicit-check-not=zmm
// RUN: norm-opt %s --norm-cpu-pipeline="target-triple=x86_64-unknown-linux-gnu target-cpu=x86-64" | mlir-translate --mlir-to-llvmir | llc -O2 | FileCheck %s --check-prefix=SSE-ASM --implicit-check-not=zmm --implicit-check-not=ymm
// RUN: not norm-opt %s --norm-cpu-pipeline="target-cpu=pentium9000 lowering=linalg" 2>&1 | FileCheck %s --check-prefix=BAD

// Sapphire Rapids: 16-lane kernels (chunks of four vectors: rows of 4096
// need no narrower ones), bf16 rounded by AVX512-BF16.
// SPR-IR: llvm.target_triple = "x86_64-unknown-linux-gnu"
// SPR-IR: llvm.func @norm_cpu_rms_norm(
// SPR-IR-SAME: target_cpu = "sapphirerapids"
// SPR-IR-SAME: target_features = #llvm.target_features<[{{.*}}"+avx512bf16", "+avx512vl"]>
// SPR-IR: vector<64xf32>
// SPR-IR: llvm.fptrunc {{.*}} : vector<64xf32> to vector<64xbf16>
// SPR-ASM-LABEL: norm_cpu_rms_norm:
// SPR-ASM: vcvtneps2bf16 {{.*}}zmm
// SPR-ASM-LABEL: norm_cpu_layer_norm:
// SPR-ASM: vfmadd{{.*}}zmm

// Zen 3 (AVX2, no AVX-512, no bf16 instruction): 8-lane kernels, bf16
// rounded with integer arithmetic, no 512-bit registers anywhere.
// ZEN3-IR: llvm.func @norm_cpu_rms_norm(
// ZEN3-IR-SAME: target_cpu = "znver3"
// ZEN3-IR-NOT: avx512bf16
// ZEN3-IR: vector<32xf32>
// ZEN3-IR-NOT: vector<64xf32>
// ZEN3-IR-NOT: xbf16>
// ZEN3-IR: llvm.func @norm_cpu_layer_norm(
// ZEN3-ASM-LABEL: norm_cpu_rms_norm:
// ZEN3-ASM: vfmadd{{.*}}ymm
// ZEN3-ASM-LABEL: norm_cpu_layer_norm:
// ZEN3-ASM: ymm

// Generic x86-64: SSE2's 4-lane registers only.
// SSE-ASM-LABEL: norm_cpu_rms_norm:
// SSE-ASM: mulps {{.*}}xmm
// SSE-ASM-LABEL: norm_cpu_layer_norm:
// SSE-ASM: xmm

// BAD: error: convert-norm-to-cpu: unknown x86 CPU 'pentium9000'

func.func @rms(%x: tensor<64x4096xbf16>, %g: tensor<4096xbf16>) -> tensor<64x4096xbf16> {
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = norm.rms_norm %x : tensor<64x4096xbf16> scale(%g : tensor<4096xbf16>) outs(%e : tensor<64x4096xbf16>)
  return %y : tensor<64x4096xbf16>
}

func.func @ln(%x: tensor<64x4096xf32>, %g: tensor<4096xf32>, %b: tensor<4096xf32>) -> tensor<64x4096xf32> {
  %e = tensor.empty() : tensor<64x4096xf32>
  %y = norm.layer_norm %x : tensor<64x4096xf32> scale(%g : tensor<4096xf32>) bias(%b : tensor<4096xf32>) outs(%e : tensor<64x4096xf32>)
  return %y : tensor<64x4096xf32>
}
