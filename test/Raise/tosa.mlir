// RUN: norm-opt %S/Inputs/tosa_layer_norm.mlir --norm-raise | FileCheck %s --check-prefix=LN --implicit-check-not=tosa.reduce_sum --implicit-check-not=tosa.rsqrt --implicit-check-not=tosa.mul --implicit-check-not=tosa.sub
// RUN: norm-opt %S/Inputs/tosa_layer_norm_2d.mlir --norm-raise | FileCheck %s --check-prefix=LN2D --implicit-check-not=tosa.reduce_sum --implicit-check-not=tosa.rsqrt --implicit-check-not=tosa.mul --implicit-check-not=tosa.sub
// RUN: norm-opt %S/Inputs/tosa_rms_norm.mlir --norm-raise | FileCheck %s --check-prefix=RMS --implicit-check-not=tosa.reduce_sum --implicit-check-not=tosa.pow --implicit-check-not=tosa.rsqrt --implicit-check-not=tosa.mul
// RUN: norm-opt %S/Inputs/tosa_rms_norm_bf16.mlir --norm-raise | FileCheck %s --check-prefix=BF16 --implicit-check-not=tosa.cast --implicit-check-not=tosa.reduce_sum --implicit-check-not=tosa.rsqrt

// torch-mlir's TOSA exports (scripts/export-torch.py) raised: every
// statistic step disappears, gamma/beta ([1, N] constants) become the scale
// and bias. Numbers: test/Integration/CPU/raise_torch.py. No statistics
// step is left anywhere (--implicit-check-not; NOTs after the norm looked
// only below it).

// LN-LABEL: func.func @main
// LN-DAG:     %[[G:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1]] : tensor<1x64xf32> into tensor<64xf32>
// LN-DAG:     %[[B:.*]] = tensor.collapse_shape %{{.*}} {{\[\[}}0, 1]] : tensor<1x64xf32> into tensor<64xf32>
// LN:         %[[Y:.*]] = norm.layer_norm %arg0 : tensor<4x64xf32> scale(%[[G]] : tensor<64xf32>) bias(%[[B]] : tensor<64xf32>) outs(%{{.*}}) {axis = 1 : i64, epsilon = 9.99999{{.*}}E-6 : f64}
// LN:         return %[[Y]]

// Normalized over (8, 64): one reduce_sum per dim in the export.
// LN2D:       tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : tensor<1x8x64xf32> into tensor<8x64xf32>
// LN2D:       norm.layer_norm %arg0 : tensor<2x8x64xf32> scale(%{{.*}} : tensor<8x64xf32>) bias(%{{.*}} : tensor<8x64xf32>) outs(%{{.*}}) {axis = 1 : i64

// RMS:        norm.rms_norm %arg0 : tensor<4x64xf32> scale(%{{.*}} : tensor<64xf32>) outs(%{{.*}}) {axis = 1 : i64, epsilon = 9.99999{{.*}}E-7 : f64}

// bf16: the casts to f32 and back fold into the op (it computes in f32 and
// rounds once); the weight multiply after the rounding to bf16 stays.
// BF16:       %[[N:.*]] = norm.rms_norm %arg0 : tensor<2x4x64xbf16> outs(%{{.*}} : tensor<2x4x64xbf16>) {axis = 2 : i64
// BF16:       tosa.mul %[[N]], %{{.*}} : (tensor<2x4x64xbf16>, tensor<1x1x64xbf16>, tensor<1xi8>)
