// RUN: norm-opt %s --norm-gpu-pipeline --split-input-file | FileCheck %s
// RUN: norm-opt %s --norm-gpu-pipeline --split-input-file | %python %S/../lib/gpu_binary.py | FileCheck %s --check-prefix=PTX

// What the row kernels do not take goes through the linalg reference
// lowering (convert-norm-to-linalg, keep-row-norms) and parallel loops:
// BatchNorm, statistics results. Each loop nest is one dimension in blocks
// of 256 threads (norm-gpu-tile-parallel-loops); the row kernels stay.
// Execution on a GPU: bench/gpu/run_tests.py. (f64 row norms:
// gpu-f64-error.mlir.)

// CHECK-LABEL: llvm.func @bn_inference
// CHECK:         gpu.launch_func <%{{.*}} : !llvm.ptr> @bn_inference_kernel{{.*}} blocks in (%{{.*}}, %[[ONE:.*]], %[[ONE]]) threads in (%{{.*}}, %[[ONE]], %[[ONE]])
// CHECK:         llvm.return
// PTX-LABEL: // gpu.binary @bn_inference_kernel
// PTX:       .maxntid 256, 1, 1
// PTX:       rsqrt
func.func @bn_inference(%x: tensor<?x8x4x5xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>,
                        %m: tensor<8xf32>, %v: tensor<8xf32>,
                        %y: tensor<?x8x4x5xf32> {bufferization.writable = true}) -> tensor<?x8x4x5xf32> {
  %0 = norm.batch_norm %x : tensor<?x8x4x5xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) running(%m, %v : tensor<8xf32>, tensor<8xf32>) outs(%y : tensor<?x8x4x5xf32>)
  return %0 : tensor<?x8x4x5xf32>
}

// -----

// LayerNorm with mean and rstd results: linalg kernels; the plain
// LayerNorm next to it keeps its row kernel.
// CHECK-LABEL: llvm.func @ln_statistics
// CHECK:         gpu.launch_func {{.*}} @ln_statistics_kernel
// CHECK:         gpu.launch_func {{.*}} @norm_layer_norm_f32_v4_warp
// PTX-LABEL: // gpu.binary @ln_statistics_kernel
// PTX:       .maxntid 256, 1, 1
func.func @ln_statistics(%x: tensor<?x64xf32>,
                         %y: tensor<?x64xf32> {bufferization.writable = true},
                         %mean: tensor<?x1xf32> {bufferization.writable = true},
                         %rstd: tensor<?x1xf32> {bufferization.writable = true},
                         %z: tensor<?x64xf32> {bufferization.writable = true})
    -> (tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x1xf32>, tensor<?x64xf32>) {
  %0:3 = norm.layer_norm %x : tensor<?x64xf32> outs(%y, %mean, %rstd : tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x1xf32>)
  %1 = norm.layer_norm %x : tensor<?x64xf32> outs(%z : tensor<?x64xf32>)
  return %0#0, %0#1, %0#2, %1 : tensor<?x64xf32>, tensor<?x1xf32>, tensor<?x1xf32>, tensor<?x64xf32>
}

