// RUN: norm-opt %s --canonicalize | FileCheck %s
// RUN: norm-opt %s --norm-placement-report -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPORT

// DeepNorm's alpha and beta for every architecture against DeepNet's table
// (Wang et al. 2022; docs/Semantics.md "DeepNorm", docs/Dialect.md), N encoder and M
// decoder layers:
//   encoder         alpha = (2N)^(1/4)              beta = (8N)^(-1/4)
//   decoder         alpha = (2M)^(1/4)              beta = (8M)^(-1/4)
//   encdec_encoder  alpha = 0.81 (N^4 M)^(1/16)     beta = 0.87 (N^4 M)^(-1/16)
//   encdec_decoder  alpha = (3M)^(1/4)              beta = (12M)^(-1/4)
// The expected numbers were computed outside the compiler, to 40 digits
// (Python's decimal module, Newton roots), and are checked to 15 significant
// digits where alpha is an f64 attribute (the canonical norm.add_layer_norm)
// and to the placement report's 6 decimals for alpha and beta (beta enters
// no computation: the report is where it is seen). Every op is given both
// layer counts where the verifier allows it, so a formula that reads the
// wrong one is caught too.

// encoder, N = 18 (M = 7 given and unused):
//   alpha = 36^(1/4)  = 2.449489742783178098..., beta = 144^(-1/4) = 0.288675134594812882...
// CHECK-LABEL: func.func @encoder
// CHECK: norm.add_layer_norm {{.*}} {alpha = 2.44948974278317{{[0-9]*}} : f64}
// REPORT: remark: placement: deepnorm (alpha = 2.449490, init gain beta = 0.288675)
func.func @encoder(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {arch = #norm.arch<encoder>, encoder_layers = 18, decoder_layers = 7}
  return %y : tensor<2x64xf32>
}

// decoder, M = 1000 (N = 3 given and unused):
//   alpha = 2000^(1/4) = 6.687403049764220240..., beta = 8000^(-1/4) = 0.105737126344056411...
// CHECK-LABEL: func.func @decoder
// CHECK: norm.add_layer_norm {{.*}} {alpha = 6.68740304976422{{[0-9]*}} : f64}
// REPORT: remark: placement: deepnorm (alpha = 6.687403, init gain beta = 0.105737)
func.func @decoder(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {arch = #norm.arch<decoder>, decoder_layers = 1000, encoder_layers = 3}
  return %y : tensor<2x64xf32>
}

// encoder-decoder, encoder side, N = 12, M = 6 (N^4 M = 124416):
//   alpha = 0.81 * 124416^(1/16) = 1.686222125536952891...,
//   beta  = 0.87 * 124416^(-1/16) = 0.417916470984271151...
// CHECK-LABEL: func.func @encdec_encoder
// CHECK: norm.add_layer_norm {{.*}} {alpha = 1.68622212553695{{[0-9]*}} : f64}
// REPORT: remark: placement: deepnorm (alpha = 1.686222, init gain beta = 0.417916)
func.func @encdec_encoder(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {arch = #norm.arch<encdec_encoder>, encoder_layers = 12, decoder_layers = 6}
  return %y : tensor<2x64xf32>
}

// The same counts swapped (N = 6, M = 12; N^4 M = 15552): a formula that
// mixes up N and M gives the other's numbers.
//   alpha = 0.81 * 15552^(1/16) = 1.480715625421765262...,
//   beta  = 0.87 * 15552^(-1/16) = 0.475918527434512685...
// CHECK-LABEL: func.func @encdec_encoder_swapped
// CHECK: norm.add_layer_norm {{.*}} {alpha = 1.48071562542176{{[0-9]*}} : f64}
// REPORT: remark: placement: deepnorm (alpha = 1.480716, init gain beta = 0.475919)
func.func @encdec_encoder_swapped(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {arch = #norm.arch<encdec_encoder>, encoder_layers = 6, decoder_layers = 12}
  return %y : tensor<2x64xf32>
}

// encoder-decoder, decoder side, M = 6 (N = 12 given and unused):
//   alpha = 18^(1/4) = 2.059767143907117755..., beta = 72^(-1/4) = 0.343294523984519625...
// CHECK-LABEL: func.func @encdec_decoder
// CHECK: norm.add_layer_norm {{.*}} {alpha = 2.05976714390711{{[0-9]*}} : f64}
// REPORT: remark: placement: deepnorm (alpha = 2.059767, init gain beta = 0.343295)
func.func @encdec_decoder(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {arch = #norm.arch<encdec_decoder>, encoder_layers = 12, decoder_layers = 6}
  return %y : tensor<2x64xf32>
}

// A given alpha wins over nothing: no beta is reported for it.
// CHECK-LABEL: func.func @given
// CHECK: norm.add_layer_norm {{.*}} {alpha = 1.250000e+00 : f64}
// REPORT: remark: placement: deepnorm (alpha = 1.250000)
func.func @given(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %y = norm.deep_norm %f, %x : tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) {alpha = 1.25 : f64}
  return %y : tensor<2x64xf32>
}
