// RUN: norm-opt %s --norm-cpu-pipeline | FileCheck %s --check-prefix=VECTOR
// RUN: norm-opt %s --norm-cpu-pipeline=lowering=linalg | FileCheck %s --check-prefix=LINALG
// RUN: norm-opt %s --convert-norm-to-linalg=keep-row-norm-grads | FileCheck %s --check-prefix=KEEP
// RUN: norm-opt %s --convert-norm-to-linalg=keep-row-norms | FileCheck %s --check-prefix=GPU

// The CPU pipeline's vector lowering keeps the backward ops for the
// backward row kernels (convert-norm-to-linalg's keep-row-norm-grads) and
// outlines one kernel per distinct op; its linalg lowering, and the GPU
// pipeline (which keeps only the forward row norms: keep-row-norms),
// decompose them into linalg.

// VECTOR-LABEL: llvm.func @backward(
// VECTOR:         llvm.call @norm_cpu_layer_norm_grad(
// VECTOR:         llvm.call @norm_cpu_add_rms_norm_grad(
// VECTOR-DAG:   llvm.func @norm_cpu_layer_norm_grad(
// VECTOR-DAG:   llvm.func @norm_cpu_add_rms_norm_grad(
// LINALG-LABEL: llvm.func @backward(
// LINALG-NOT:     norm_cpu_layer_norm_grad
// LINALG-NOT:     norm_cpu_add_rms_norm_grad
// KEEP-LABEL: func.func @backward(
// KEEP:         norm.layer_norm_grad
// KEEP:         norm.add_rms_norm_grad
// KEEP-NOT:     linalg.generic
// GPU-LABEL: func.func @backward(
// GPU-NOT:     {{^ *(%[^ ]+ = )?norm\.}}
// GPU:         linalg.generic
func.func @backward(%dy: tensor<?x768xf32>, %x: tensor<?x768xf32>,
                    %g: tensor<768xf32>, %dh: tensor<?x768xbf16>,
                    %hb: tensor<?x768xbf16>, %gb: tensor<768xbf16>)
    -> (tensor<?x768xf32>, tensor<768xf32>, tensor<768xf32>,
        tensor<?x768xbf16>, tensor<?x768xbf16>, tensor<768xbf16>) {
  %c0 = arith.constant 0 : index
  %rows = tensor.dim %dy, %c0 : tensor<?x768xf32>
  %e = tensor.empty(%rows) : tensor<?x768xf32>
  %eg = tensor.empty() : tensor<768xf32>
  %eb = tensor.empty() : tensor<768xf32>
  %dx, %dg, %db = norm.layer_norm_grad %dy, %x : tensor<?x768xf32>, tensor<?x768xf32>
      scale(%g : tensor<768xf32>) outs(%e, %eg, %eb : tensor<?x768xf32>, tensor<768xf32>, tensor<768xf32>)
  %ex = tensor.empty(%rows) : tensor<?x768xbf16>
  %er = tensor.empty(%rows) : tensor<?x768xbf16>
  %egb = tensor.empty() : tensor<768xbf16>
  %dxb, %drb, %dgb = norm.add_rms_norm_grad %dh, %hb : tensor<?x768xbf16>, tensor<?x768xbf16>
      scale(%gb : tensor<768xbf16>) outs(%ex, %er, %egb : tensor<?x768xbf16>, tensor<?x768xbf16>, tensor<768xbf16>)
      {alpha = 0.5 : f64, offset = 1.0 : f64}
  return %dx, %dg, %db, %dxb, %drb, %dgb : tensor<?x768xf32>, tensor<768xf32>, tensor<768xf32>,
         tensor<?x768xbf16>, tensor<?x768xbf16>, tensor<768xbf16>
}
