// REQUIRES: libdevice
// RUN: norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py | FileCheck %s --implicit-check-not=.extern
// RUN: %if ptxas %{ norm-opt %s --norm-gpu-pipeline | %python %S/../lib/gpu_binary.py --ptxas %ptxas | FileCheck %s --check-prefix=PTXAS %}

// With the CUDA toolkit's libdevice, gpu-module-to-binary links the
// libdevice functions the kernels call (exact GELU's __nv_erff): the PTX
// defines everything it uses (no .extern .func, which would fail to link
// when the driver loads the module), and ptxas accepts it.

// CHECK-LABEL: // gpu.binary @gelu_kernel
// CHECK:       .entry gelu_kernel(
// CHECK:       fma.rn.f32
// CHECK:       st.global.b32

// PTXAS: Compiling entry function 'gelu_kernel'
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
