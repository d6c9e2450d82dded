// RUN: norm-opt %S/Inputs/torch_convnet_block_f32.mlir --norm-raise | FileCheck %s --check-prefix=F32 --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_convnet_block_bf16.mlir --norm-raise | FileCheck %s --check-prefix=BF16 --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_convnet_block_f32.mlir --norm-raise=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT

// Inference BatchNorm as torch-mlir exports nn.BatchNorm2d in eval mode
// (scripts/export-torch.py, a ResNet-style block): rsqrt(running_var + eps)
// on the channel vector, expanded to [C, 1, 1], then (x - running_mean) *
// rstd * weight + bias over NCHW. Both become norm.batch_norm with the
// running statistics, scale and bias in their roles and each its own
// epsilon (1e-5 and 1e-3); in bf16 the widening of x and of the per-channel
// tensors and the final narrowing fold into the op. No rsqrt is left
// (--implicit-check-not). The residual add after the second stays outside.
// F32: norm.batch_norm %{{.*}} : tensor<2x8x6x6xf32> scale(%{{.*}} : tensor<8xf32>) bias(%{{.*}} : tensor<8xf32>) running(%{{.*}}, %{{.*}} : tensor<8xf32>, tensor<8xf32>) outs(%{{.*}} : tensor<2x8x6x6xf32>){{$}}
// F32: norm.batch_norm %{{.*}} : tensor<2x8x6x6xf32> {{.*}} {epsilon = 1.000000e-03 : f64}
// BF16: norm.batch_norm %{{.*}} : tensor<2x8x6x6xbf16> scale(%{{.*}} : tensor<8xbf16>) bias(%{{.*}} : tensor<8xbf16>) running(%{{.*}}, %{{.*}} : tensor<8xbf16>, tensor<8xbf16>) outs(%{{.*}} : tensor<2x8x6x6xbf16>){{$}}
// BF16: norm.batch_norm %{{.*}} : tensor<2x8x6x6xbf16> {{.*}} {epsilon = 1.000000e-03 : f64}
// REPORT-DAG: remark: raised into norm.batch_norm (channel axis 1, epsilon 1.000000e-05, scale, bias)
// REPORT-DAG: remark: raised into norm.batch_norm (channel axis 1, epsilon 1.000000e-03, scale, bias); the op that reads it stays outside: it combines different tensors over every dim
