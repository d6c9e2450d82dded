// RUN: norm-opt %s --transform-preload-library=transform-library-paths=%S/Inputs/decompose-all.mlir --transform-interpreter --canonicalize --cse -o %t.interface
// RUN: norm-opt %s --convert-norm-to-linalg --canonicalize --cse -o %t.pass
// RUN: diff %t.interface %t.pass
// RUN: FileCheck %s --input-file=%t.interface --implicit-check-not="{{^ *(%[^ ]+ = )?norm\.}}"

// decompose_interface (AggregatedOpInterface) and --convert-norm-to-linalg
// build the same IR: one decomposition per op, shared. (The fused ops with
// two results decompose through the interface too, but upstream's
// decompose_interface hands back one handle per result and accepts only
// single-result ops.)

// CHECK-LABEL: func @layer_norm
// CHECK-LABEL: func @rms_norm
// CHECK-LABEL: func @deep_norm
// CHECK-LABEL: func @batch_norm_inference
func.func @layer_norm(%x: tensor<8x64xf32>, %g: tensor<64xf32>, %b: tensor<64xf32>) -> tensor<8x64xf32> {
  %e = tensor.empty() : tensor<8x64xf32>
  %y = norm.layer_norm %x : tensor<8x64xf32> scale(%g : tensor<64xf32>) bias(%b : tensor<64xf32>) outs(%e : tensor<8x64xf32>) {epsilon = 1.0e-6 : f64}
  return %y : tensor<8x64xf32>
}
func.func @rms_norm(%x: tensor<?x?xbf16>, %g: tensor<?xbf16>) -> tensor<?x?xbf16> {
  %y = norm.rms_norm %x : tensor<?x?xbf16> scale(%g : tensor<?xbf16>) outs(%x : tensor<?x?xbf16>) {offset = 1.0 : f64}
  return %y : tensor<?x?xbf16>
}
func.func @deep_norm(%x: tensor<4x2x32xf16>, %r: tensor<4x2x32xf16>, %g: tensor<2x32xf32>) -> tensor<4x2x32xf16> {
  %y = norm.deep_norm %x, %r : tensor<4x2x32xf16>, tensor<4x2x32xf16> scale(%g : tensor<2x32xf32>) outs(%x : tensor<4x2x32xf16>) {alpha = 1.5 : f64, axis = 1 : i64}
  return %y : tensor<4x2x32xf16>
}
func.func @batch_norm_inference(%x: tensor<?x3x4x4xf32>, %m: tensor<3xf32>, %v: tensor<3xf32>, %g: tensor<3xbf16>) -> tensor<?x3x4x4xf32> {
  %y = norm.batch_norm %x : tensor<?x3x4x4xf32> scale(%g : tensor<3xbf16>) running(%m, %v : tensor<3xf32>, tensor<3xf32>) outs(%x : tensor<?x3x4x4xf32>)
  return %y : tensor<?x3x4x4xf32>
}
