// RUN: norm-opt %s --norm-gpu-pipeline --mlir-print-ir-before=gpu-module-to-binary -o /dev/null 2>&1 | FileCheck %s --implicit-check-not="{{(^|[^a-z_.])math\.}}"

// The GPU pipeline lowers the math of transformer exports in kernels:
// what NVVM has functions for becomes libdevice calls (convert-gpu-to-nvvm
// maps math.erf to __nv_erff; bf16 is widened to f32 around the call), and
// gpu-module-to-binary links libdevice from the CUDA toolkit
// (gpu-math-libdevice.mlir checks the PTX); isinf/isnormal, which have no
// NVVM lowering, become comparisons first. The kernels, before
// serialization:

// CHECK-LABEL: gpu.module @gelu_kernel
// CHECK:         llvm.func @__nv_erff(f32) -> f32
// CHECK:         llvm.call @__nv_erff(%{{.*}}) : (f32) -> f32
// CHECK-LABEL: gpu.module @gelu_bf16_kernel
// CHECK:         llvm.fpext %{{.*}} : bf16 to f32
// CHECK:         llvm.call @__nv_erff(%{{.*}}) : (f32) -> f32
// CHECK-LABEL: gpu.module @functions_kernel
// CHECK-DAG:     llvm.call @__nv_tanhf(
// CHECK-DAG:     llvm.call @__nv_expf(
// CHECK-DAG:     llvm.call @__nv_logf(
// CHECK-DAG:     llvm.call @__nv_powf(
// CHECK-DAG:     llvm.call @__nv_cosf(
// CHECK-DAG:     llvm.call @__nv_sinf(
// CHECK-DAG:     llvm.call @__nv_cbrtf(
// CHECK-DAG:     llvm.call @__nv_erf(%{{.*}}) : (f64) -> f64
// CHECK-DAG:     llvm.fcmp "oeq"
// CHECK-DAG:     llvm.fcmp "oge"
#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @gelu(%x: tensor<?x768xf32>) -> tensor<?x768xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x768xf32>
  %e = tensor.empty(%n) : tensor<?x768xf32>
  %r = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x768xf32>) outs(%e : tensor<?x768xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = arith.constant 0.70710678118654757 : f32
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %u = arith.mulf %a, %s : f32
    %erf = math.erf %u : f32
    %p = arith.addf %erf, %one : f32
    %q = arith.mulf %a, %half : f32
    %g = arith.mulf %q, %p : f32
    linalg.yield %g : f32
  } -> tensor<?x768xf32>
  return %r : tensor<?x768xf32>
}

func.func @gelu_bf16(%x: tensor<?x768xbf16>) -> tensor<?x768xbf16> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x768xbf16>
  %e = tensor.empty(%n) : tensor<?x768xbf16>
  %r = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x768xbf16>) outs(%e : tensor<?x768xbf16>) {
  ^bb0(%a: bf16, %o: bf16):
    %s = arith.constant 0.70710678118654757 : bf16
    %half = arith.constant 0.5 : bf16
    %one = arith.constant 1.0 : bf16
    %u = arith.mulf %a, %s : bf16
    %erf = math.erf %u : bf16
    %p = arith.addf %erf, %one : bf16
    %q = arith.mulf %a, %half : bf16
    %g = arith.mulf %q, %p : bf16
    linalg.yield %g : bf16
  } -> tensor<?x768xbf16>
  return %r : tensor<?x768xbf16>
}

// tanh GELU, exp/log (softmax), pow, rotary cos/sin, cbrt, f64 erf, and
// the classification ops, in one kernel.
func.func @functions(%x: tensor<64xf32>, %d: tensor<64xf64>) -> tensor<64xf32> {
  %e = tensor.empty() : tensor<64xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%x, %d : tensor<64xf32>, tensor<64xf64>) outs(%e : tensor<64xf32>) {
  ^bb0(%a: f32, %b: f64, %o: f32):
    %0 = math.tanh %a : f32
    %1 = math.exp %0 : f32
    %2 = math.log %1 : f32
    %3 = math.powf %2, %a : f32
    %4 = math.cos %3 : f32
    %5 = math.sin %4 : f32
    %6 = math.cbrt %5 : f32
    %7 = math.erf %b : f64
    %8 = arith.truncf %7 : f64 to f32
    %9 = arith.addf %6, %8 : f32
    %i = math.isinf %9 : f32
    %n = math.isnormal %9 : f32
    %c = arith.andi %i, %n : i1
    %10 = arith.select %c, %a, %9 : f32
    linalg.yield %10 : f32
  } -> tensor<64xf32>
  return %r : tensor<64xf32>
}
