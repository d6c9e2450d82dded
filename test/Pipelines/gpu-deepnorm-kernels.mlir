// RUN: norm-opt %s --norm-gpu-pipeline --mlir-print-ir-after=gpu-kernel-outlining -o /dev/null 2>&1 | FileCheck %s

// DeepNorm through the GPU pipeline, in the outlined kernels (gpu dialect,
// no GPU needed): canonicalization makes norm.deep_norm the fused LayerNorm
// with alpha from the architecture, and the kernel computes
// h = alpha * x + F(x) (alpha on the skip branch, the residual operand) and
// y = LayerNorm(h) * gamma + beta. The alphas, from DeepNet's table
// (docs/Dialect.md, docs/Semantics.md) and rounded to f32 as the kernels use them:
//   encoder, N = 18:         (2N)^(1/4) = 36^(1/4) = 2.449489742783178
//                            -> f32 2.4494898319244385, printed 2.44948983
//   encdec_decoder, M = 6:   (3M)^(1/4) = 18^(1/4) = 2.0597671439071177
//                            -> f32 2.059767246246338, printed 2.05976725
// Kernel arguments (outlining order): F(x), x, h, [gamma, beta,] y. (The
// second function's kernel modules take the suffixes _0 and _1.)

// CHECK-LABEL: IR Dump After GpuKernelOutliningPass
// CHECK-LABEL: gpu.module @norm_add_layer_norm_f32_v4_warp {
// CHECK:       gpu.func @norm_add_layer_norm_f32_v4_warp(
// CHECK-SAME:    %arg0: memref<?x64xf32>, %arg1: memref<?x64xf32>, %arg2: memref<?x64xf32>, %arg3: memref<64xf32>, %arg4: memref<64xf32>, %arg5: memref<?x64xf32>)
// CHECK:         %[[A:.*]] = arith.constant dense<2.44948983> : vector<4xf32>
// CHECK:         %[[F:.*]] = vector.load %arg0[
// CHECK:         %[[X:.*]] = vector.load %arg1[
// CHECK-NEXT:    %[[AX:.*]] = arith.mulf %[[X]], %[[A]] : vector<4xf32>
// CHECK-NEXT:    %[[H:.*]] = arith.addf %[[AX]], %[[F]] : vector<4xf32>
// CHECK:         vector.store %[[H]], %arg2[
// CHECK:         arith.negf
// CHECK:         %[[N:.*]] = arith.addf %{{.*}}, %{{.*}} : vector<4xf32>
// CHECK:         %[[G:.*]] = vector.load %arg3[
// CHECK-NEXT:    %[[YG:.*]] = arith.mulf %[[N]], %[[G]] : vector<4xf32>
// CHECK:         %[[B:.*]] = vector.load %arg4[
// CHECK-NEXT:    %[[YB:.*]] = arith.addf %[[YG]], %[[B]] : vector<4xf32>
// CHECK:         vector.store %[[YB]], %arg5[
// CHECK-LABEL: gpu.module @norm_add_layer_norm_f32_scalar_warp {
// CHECK:         %[[SA:.*]] = arith.constant dense<2.44948983> : vector<1xf32>
// CHECK:         %[[SL:.*]] = memref.load %arg1[
// CHECK-NEXT:    %[[SX:.*]] = vector.broadcast %[[SL]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SAX:.*]] = arith.mulf %[[SX]], %[[SA]] : vector<1xf32>
// CHECK-NEXT:    arith.addf %[[SAX]], %{{.*}} : vector<1xf32>
// CHECK-LABEL: gpu.module @norm_add_layer_norm_f32_v4_warp_0 {
// CHECK:         %[[A2:.*]] = arith.constant dense<2.05976725> : vector<4xf32>
// CHECK:         %[[F2:.*]] = vector.load %arg0[
// CHECK:         %[[X2:.*]] = vector.load %arg1[
// CHECK-NEXT:    %[[AX2:.*]] = arith.mulf %[[X2]], %[[A2]] : vector<4xf32>
// CHECK-NEXT:    %[[H2:.*]] = arith.addf %[[AX2]], %[[F2]] : vector<4xf32>
// CHECK:         vector.store %[[H2]], %arg2[
// CHECK-LABEL: gpu.module @norm_add_layer_norm_f32_scalar_warp_1 {
// CHECK:         arith.constant dense<2.05976725> : vector<1xf32>
func.func @deep_encoder(%f: tensor<?x64xf32>, %x: tensor<?x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>,
                        %y: tensor<?x64xf32> {bufferization.writable = true}) -> tensor<?x64xf32> {
  %0 = norm.deep_norm %f, %x : tensor<?x64xf32>, tensor<?x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%y : tensor<?x64xf32>) {arch = #norm.arch<encoder>, encoder_layers = 18}
  return %0 : tensor<?x64xf32>
}
func.func @deep_encdec_decoder(%f: tensor<?x64xf32>, %x: tensor<?x64xf32>,
                               %y: tensor<?x64xf32> {bufferization.writable = true}) -> tensor<?x64xf32> {
  %0 = norm.deep_norm %f, %x : tensor<?x64xf32>, tensor<?x64xf32> outs(%y : tensor<?x64xf32>) {arch = #norm.arch<encdec_decoder>, decoder_layers = 6}
  return %0 : tensor<?x64xf32>
}
