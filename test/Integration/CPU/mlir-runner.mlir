// RUN: norm-opt %s --norm-cpu-pipeline | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_lib_dir/libmlir_c_runner_utils.so,%mlir_lib_dir/libmlir_runner_utils.so,%mlir_lib_dir/libomp.so | \
// RUN:   FileCheck %s
// Single-threaded code needs no OpenMP runtime; the linalg baseline neither.
// RUN: norm-opt %s --norm-cpu-pipeline="num-threads=1" | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_lib_dir/libmlir_c_runner_utils.so,%mlir_lib_dir/libmlir_runner_utils.so | \
// RUN:   FileCheck %s
// RUN: norm-opt %s --norm-cpu-pipeline="lowering=linalg num-threads=1" | \
// RUN:   mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_lib_dir/libmlir_c_runner_utils.so,%mlir_lib_dir/libmlir_runner_utils.so | \
// RUN:   FileCheck %s

// The output of --norm-cpu-pipeline runs under mlir-runner, the way
// upstream integration tests run. Expected values are worked by hand:
//   x = [1, 2, 3, 4]: mean 2.5, var 1.25,
//   LayerNorm  = (x - 2.5) / sqrt(1.25 + 1e-5) = [-1.34163, -0.447212, ...]
//   RMSNorm    = x / sqrt(7.5 + 1e-5)          = [0.365148, 0.730296, ...]
//   with the residual r = x: h = 2x, LayerNorm(h) = LayerNorm(x) up to eps.

func.func private @printMemrefF32(tensor<*xf32>) attributes {llvm.emit_c_interface}

func.func @main() {
  %x = arith.constant dense<[[1.0, 2.0, 3.0, 4.0], [-4.0, -3.0, -2.0, -1.0]]> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<2x4xf32>
  %ln = norm.layer_norm %x : tensor<2x4xf32> outs(%e : tensor<2x4xf32>)
  %u0 = tensor.cast %ln : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u0) : (tensor<*xf32>) -> ()
  // CHECK: [-1.3416{{[0-9]*}}, -0.44721{{[0-9]*}}, 0.44721{{[0-9]*}}, 1.3416{{[0-9]*}}],
  // CHECK-NEXT: [-1.3416{{[0-9]*}}, -0.44721{{[0-9]*}}, 0.44721{{[0-9]*}}, 1.3416{{[0-9]*}}]

  %rms = norm.rms_norm %x : tensor<2x4xf32> outs(%e : tensor<2x4xf32>)
  %u1 = tensor.cast %rms : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u1) : (tensor<*xf32>) -> ()
  // CHECK: [0.36514{{[0-9]*}}, 0.7302{{[0-9]*}}, 1.0954{{[0-9]*}}, 1.4605{{[0-9]*}}],
  // CHECK-NEXT: [-1.4605{{[0-9]*}}, -1.0954{{[0-9]*}}, -0.7302{{[0-9]*}}, -0.36514{{[0-9]*}}]

  %f:2 = norm.add_layer_norm %x, %x : tensor<2x4xf32>, tensor<2x4xf32> outs(%e, %e : tensor<2x4xf32>, tensor<2x4xf32>)
  %u2 = tensor.cast %f#1 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u2) : (tensor<*xf32>) -> ()
  // CHECK: [2, 4, 6, 8],
  // CHECK-NEXT: [-8, -6, -4, -2]
  %u3 = tensor.cast %f#0 : tensor<2x4xf32> to tensor<*xf32>
  call @printMemrefF32(%u3) : (tensor<*xf32>) -> ()
  // CHECK: [-1.3416{{[0-9]*}}, -0.44721{{[0-9]*}}, 0.44721{{[0-9]*}}, 1.3416{{[0-9]*}}],
  return
}
