// RUN: norm-opt %S/Inputs/torch_layer_norm_2d.mlir --norm-raise | FileCheck %s --implicit-check-not=linalg. --implicit-check-not=math.

// nn.LayerNorm((8, 64)) as torch-mlir exports it: the statistics reduce
// over the last two dims; the raised op normalizes from axis 1, with weight
// and bias of the normalized shape. Numbers: Integration/CPU/raise_torch.py.
// No linalg or math op is left anywhere (--implicit-check-not).
// CHECK:     norm.layer_norm %arg0 : tensor<2x8x64xf32> scale(%{{.*}} : tensor<8x64xf32>) bias(%{{.*}} : tensor<8x64xf32>) outs(%{{.*}} : tensor<2x8x64xf32>) {axis = 1 : i64}
