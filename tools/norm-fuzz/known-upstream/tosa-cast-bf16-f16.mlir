// LLVM 22 (Debian 1:22.1.8): `mlir-opt FILE
// --pass-pipeline='builtin.module(func.func(tosa-to-linalg))'` emits IR that
// does not verify: tosa.cast from bf16 to f16 (both 16 bits) becomes
// `arith.truncf %x : bf16 to f16` ("operand type 'bf16' and result type 'f16'
// are cast incompatible"); f16 to bf16 likewise. `norm-opt
// --norm-cpu-pipeline` runs tosa-to-linalg first and so reports that error
// (found by scripts/fuzz.sh from test/Raise/Inputs/tosa_rms_norm_bf16.mlir
// with its f32 statistics mutated to f16). Not a norm bug; the pipelines fail
// cleanly with the verifier's diagnostic. The fuzz target skips modules with
// such a cast (hasUpstreamInvalidTosaCast). Norm could lower these casts
// itself (extf to f32, then truncf) before tosa-to-linalg (lib/Pipelines).
func.func @f(%x: tensor<4xbf16>) -> tensor<4xf16> {
  %0 = tosa.cast %x : (tensor<4xbf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}
