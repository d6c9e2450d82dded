// RUN: not norm-opt %s --norm-gpu-pipeline 2>&1 | FileCheck %s

// f64 row norms stay row norms, which have no f64 GPU kernel: an error.
// CHECK: error: cannot be lowered to the GPU: supports f32, bf16 and f16 data
func.func @ln_f64(%x: tensor<?x64xf64>, %y: tensor<?x64xf64> {bufferization.writable = true}) -> tensor<?x64xf64> {
  %0 = norm.layer_norm %x : tensor<?x64xf64> outs(%y : tensor<?x64xf64>)
  return %0 : tensor<?x64xf64>
}
