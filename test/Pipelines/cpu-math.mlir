// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --implicit-check-not="{{(^|[^a-z_.])math\.}}"
// RUN: norm-opt %s --norm-cpu-pipeline="lowering=linalg num-threads=1" | FileCheck %s --implicit-check-not="{{(^|[^a-z_.])math\.}}"
// RUN: norm-opt %s --norm-cpu-pipeline | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM --implicit-check-not=erff

// Every math op of a transformer export lowers on the CPU pipeline, so the
// whole model translates to LLVM IR: exact GELU's erf on f32 (and on bf16,
// widened to f32) as upstream's polynomial approximation, inline with no
// call; the functions LLVM has intrinsics for as intrinsics (libm calls or
// instructions by the backend's choice); those it has none for (f64 erf,
// cbrt, asinh, acosh, atanh) as libm calls; isinf/isnormal as comparisons;
// integer powers as an outlined loop.

// CHECK-DAG:   llvm.func @erf(f64) -> f64
// CHECK-DAG:   llvm.func @cbrtf(f32) -> f32
// CHECK-LABEL: llvm.func @gelu(
// CHECK-NOT:     llvm.call @erff
// CHECK:         llvm.intr.fma
// CHECK-NOT:     llvm.call @erff
// CHECK:         llvm.return
// CHECK-LABEL: llvm.func @gelu_bf16(
// CHECK-NOT:     llvm.call @erff
// CHECK:         llvm.intr.fma
// CHECK:         llvm.return
// CHECK-LABEL: llvm.func @functions(
// CHECK-DAG:     llvm.call @erf(%{{.*}}) : (f64) -> f64
// CHECK-DAG:     llvm.call @erfc(%{{.*}}) : (f64) -> f64
// CHECK-DAG:     llvm.call @cbrtf(
// CHECK-DAG:     llvm.call @asinhf(
// CHECK-DAG:     llvm.call @acoshf(
// CHECK-DAG:     llvm.call @atanhf(
// CHECK-DAG:     llvm.intr.tanh
// CHECK-DAG:     llvm.intr.exp
// CHECK-DAG:     llvm.intr.log
// CHECK-DAG:     llvm.intr.pow
// CHECK-DAG:     llvm.intr.sqrt
// CHECK-DAG:     llvm.intr.cos
// CHECK-DAG:     llvm.intr.sin
// CHECK-DAG:     llvm.intr.fabs
// CHECK-DAG:     llvm.intr.powi
// CHECK-DAG:     llvm.fcmp "oeq"
// CHECK-DAG:     llvm.call @__mlir_math_ipowi_i32(
// CHECK:         llvm.return
// CHECK:       llvm.func linkonce_odr @__mlir_math_ipowi_i32(

// LLVM-DAG:   declare double @erf(double)
// LLVM-DAG:   declare float @cbrtf(float)
// LLVM:       define {{.*}} @gelu(
// LLVM:       define {{.*}} @functions(

#map = affine_map<(d0, d1) -> (d0, d1)>

// nn.GELU() as torch-mlir exports it.
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

func.func @functions(%x: f32, %d: f64, %i: i32) -> (f32, f64, i1, i32) {
  %0 = math.tanh %x : f32
  %1 = math.exp %0 : f32
  %2 = math.log %1 : f32
  %3 = math.powf %2, %x : f32
  %4 = math.sqrt %3 : f32
  %5 = math.rsqrt %4 : f32
  %6 = math.cos %5 : f32
  %7 = math.sin %6 : f32
  %8 = math.absf %7 : f32
  %9 = math.fpowi %8, %i : f32, i32
  %10 = math.cbrt %9 : f32
  %11 = math.asinh %10 : f32
  %12 = math.acosh %11 : f32
  %13 = math.atanh %12 : f32
  %14 = math.erf %d : f64
  %15 = math.erfc %14 : f64
  %16 = math.isinf %13 : f32
  %17 = math.ipowi %i, %i : i32
  return %13, %15, %16, %17 : f32, f64, i1, i32
}
