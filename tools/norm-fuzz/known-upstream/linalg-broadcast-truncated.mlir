// LLVM 22 (Debian 1:22.1.8): `mlir-opt` (and any tool parsing linalg)
// segfaults on this file after reporting "expected ']'": the
// linalg.broadcast parser goes on with a null dimensions attribute.
// Found by scripts/fuzz.sh; not a norm bug, kept to report upstream.
func.func @f(%b: tensor<64xf32>, %e: tensor<4x64xf32>) {
  %bb = linalg.broadcast ins(%b : tensor<64xf32>) outs(%e : tensor<4x64xf32>) dimensions = [0
