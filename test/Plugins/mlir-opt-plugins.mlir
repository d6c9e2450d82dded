// Debian's stock mlir-opt runs the norm passes through the plugins.
// Debian's mlir-opt is not instrumented and cannot load ASan-built plugins:
// UNSUPPORTED: sanitized
// RUN: mlir-opt %s --load-dialect-plugin=%norm_lib_dir/NormDialectPlugin.so \
// RUN:   --load-pass-plugin=%norm_lib_dir/NormPassPlugin.so \
// RUN:   --pass-pipeline="builtin.module(norm-fuse-residual)" \
// RUN:   | FileCheck %s --implicit-check-not=arith.addf --implicit-check-not=norm.layer_norm
// RUN: mlir-opt %s --load-dialect-plugin=%norm_lib_dir/NormDialectPlugin.so \
// RUN:   | FileCheck %s --check-prefix=ROUNDTRIP

// CHECK-LABEL: func @block
// The add is fused: no arith.addf or norm.layer_norm anywhere
// (--implicit-check-not).
// CHECK: norm.add_layer_norm
// CHECK: return
// ROUNDTRIP: norm.layer_norm
func.func @block(%x: tensor<4x64xf32>, %f: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %s = arith.addf %x, %f : tensor<4x64xf32>
  %y = norm.layer_norm %s : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}
