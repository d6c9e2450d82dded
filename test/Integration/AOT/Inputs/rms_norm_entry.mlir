// An entry point that writes into a caller-provided output buffer.
func.func @rms_norm(%x: tensor<?x?xf32>, %g: tensor<?xf32>,
                    %y: tensor<?x?xf32> {bufferization.writable = true}) -> tensor<?x?xf32> {
  %r = norm.rms_norm %x : tensor<?x?xf32> scale(%g : tensor<?xf32>) outs(%y : tensor<?x?xf32>) {epsilon = 1.0e-6 : f64}
  return %r : tensor<?x?xf32>
}
