// RUN: norm-opt %S/Inputs/torch_rms_norm_dynamic.mlir --norm-raise | FileCheck %s --check-prefix=RMS --implicit-check-not=linalg. --implicit-check-not=math.
// RUN: norm-opt %S/Inputs/torch_layer_norm_dynamic.mlir --norm-raise | FileCheck %s --check-prefix=LN --implicit-check-not=linalg. --implicit-check-not=math.

// torch-mlir exports with a run-time row count (tensor<?x64xf32>): the
// statistics still divide by the static row length 64, and raise.
// Numbers for several row counts: test/Integration/CPU/raise_torch.py.
// No linalg or math op is left anywhere (--implicit-check-not).

// RMS:      %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?x64xf32>
// RMS:      norm.rms_norm %arg0 : tensor<?x64xf32> scale(%{{.*}} : tensor<64xf32>) outs(%[[E]] : tensor<?x64xf32>)

// LN:       norm.layer_norm %arg0 : tensor<?x64xf32> scale(%{{.*}} : tensor<64xf32>) bias(%{{.*}} : tensor<64xf32>) outs(%{{.*}} : tensor<?x64xf32>)
