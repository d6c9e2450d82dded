// RUN: norm-opt %s | norm-opt | FileCheck %s
// RUN: norm-opt %s --mlir-print-op-generic | norm-opt | FileCheck %s

// CHECK-LABEL: func @given_alpha
// CHECK: norm.deep_norm %{{.*}}, %{{.*}} : tensor<8x512xf32>, tensor<8x512xf32> scale(%{{.*}} : tensor<512xf32>) bias(%{{.*}} : tensor<512xf32>) outs(%{{.*}} : tensor<8x512xf32>) {alpha = 2.500000e+00 : f64}
func.func @given_alpha(%f: tensor<8x512xf32>, %x: tensor<8x512xf32>, %g: tensor<512xf32>, %b: tensor<512xf32>) -> tensor<8x512xf32> {
  %e = tensor.empty() : tensor<8x512xf32>
  %y = norm.deep_norm %f, %x : tensor<8x512xf32>, tensor<8x512xf32> scale(%g : tensor<512xf32>) bias(%b : tensor<512xf32>) outs(%e : tensor<8x512xf32>) {alpha = 2.5 : f64}
  return %y : tensor<8x512xf32>
}

// CHECK-LABEL: func @architectures
// CHECK: norm.deep_norm {{.*}} {arch = #norm.arch<encoder>, encoder_layers = 18 : i64}
// CHECK: norm.deep_norm {{.*}} {arch = #norm.arch<decoder>, decoder_layers = 1000 : i64}
// CHECK: norm.deep_norm {{.*}} {arch = #norm.arch<encdec_encoder>, decoder_layers = 6 : i64, encoder_layers = 12 : i64}
// CHECK: norm.deep_norm {{.*}} {arch = #norm.arch<encdec_decoder>, decoder_layers = 6 : i64}
func.func @architectures(%f: tensor<?x?xbf16>, %x: tensor<?x?xbf16>) -> (tensor<?x?xbf16>, tensor<?x?xbf16>, tensor<?x?xbf16>, tensor<?x?xbf16>) {
  %a = norm.deep_norm %f, %x : tensor<?x?xbf16>, tensor<?x?xbf16> outs(%f : tensor<?x?xbf16>) {arch = #norm.arch<encoder>, encoder_layers = 18}
  %b = norm.deep_norm %f, %x : tensor<?x?xbf16>, tensor<?x?xbf16> outs(%f : tensor<?x?xbf16>) {arch = #norm.arch<decoder>, decoder_layers = 1000}
  %c = norm.deep_norm %f, %x : tensor<?x?xbf16>, tensor<?x?xbf16> outs(%f : tensor<?x?xbf16>) {arch = #norm.arch<encdec_encoder>, encoder_layers = 12, decoder_layers = 6}
  %d = norm.deep_norm %f, %x : tensor<?x?xbf16>, tensor<?x?xbf16> outs(%f : tensor<?x?xbf16>) {arch = #norm.arch<encdec_decoder>, decoder_layers = 6}
  return %a, %b, %c, %d : tensor<?x?xbf16>, tensor<?x?xbf16>, tensor<?x?xbf16>, tensor<?x?xbf16>
}
