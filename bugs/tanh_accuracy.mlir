// norm's CPU pipeline: f32 math.tanh and math.fpowi as torch-mlir emits them
// for tanh-approximated GELU. Results: tanh(x), x^3 (fpowi, i64 exponent).
func.func @main(%x: tensor<1024xf32>) -> (tensor<1024xf32>, tensor<1024xf32>) {
  %c3 = arith.constant 3 : i64
  %e = tensor.empty() : tensor<1024xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<1024xf32>) outs(%e : tensor<1024xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.tanh %in : f32
    linalg.yield %r : f32
  } -> tensor<1024xf32>
  %p = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} ins(%x : tensor<1024xf32>) outs(%e : tensor<1024xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.fpowi %in, %c3 : f32, i64
    linalg.yield %r : f32
  } -> tensor<1024xf32>
  return %t, %p : tensor<1024xf32>, tensor<1024xf32>
}
