// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --implicit-check-not="{{(^|[^a-z_.])(norm|linalg|tensor|memref|bufferization|arith|math|scf|cf|vector)\.}}"
// RUN: norm-opt %s --pass-pipeline="builtin.module(norm-cpu-pipeline)" | FileCheck %s --implicit-check-not="{{(^|[^a-z_.])(norm|linalg|tensor|memref|bufferization|arith|math|scf|cf|vector)\.}}"
// RUN: norm-opt %s --norm-cpu-pipeline="emit-c-interface=false" | FileCheck %s --check-prefix=NOCI

// The pipeline takes tensor-level IR with norm ops, element-wise tensor
// arithmetic and functions that take and return tensors all the way to the
// LLVM dialect, with a C entry point per public function; the norm kernel
// is a private function the entry point calls. Nothing of the input's
// dialects is left anywhere in the output (--implicit-check-not: a
// CHECK-NOT before the first CHECK-LABEL would only look above it).

// CHECK-LABEL: llvm.func @block(
// CHECK: llvm.call @malloc
// CHECK: llvm.call @norm_cpu_rms_norm(
// CHECK-LABEL: llvm.func @_mlir_ciface_block(
// CHECK-LABEL: llvm.func @norm_cpu_rms_norm(
// CHECK-SAME: attributes {sym_visibility = "private"
// CHECK: llvm.intr.sqrt

// NOCI-NOT: _mlir_ciface_
func.func @block(%x: tensor<?x768xbf16>, %r: tensor<?x768xbf16>, %g: tensor<768xf32>) -> (tensor<?x768xbf16>, tensor<?x768xbf16>) {
  %c0 = arith.constant 0 : index
  %rows = tensor.dim %x, %c0 : tensor<?x768xbf16>
  %e = tensor.empty(%rows) : tensor<?x768xbf16>
  %s = arith.addf %x, %r : tensor<?x768xbf16>
  %y = norm.rms_norm %s : tensor<?x768xbf16> scale(%g : tensor<768xf32>) outs(%e : tensor<?x768xbf16>)
  return %y, %s : tensor<?x768xbf16>, tensor<?x768xbf16>
}
