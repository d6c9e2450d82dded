// The payload of execute.py: one function per op and flow, each
// transformed by the sequence of the same name in execute-schedule.mlir.

#id2 = affine_map<(d0, d1) -> (d0, d1)>

// LayerNorm over the last two dims with its statistics; rows tiled by 3
// (10 rows: a partial last tile).
func.func @ln_stats(%x: tensor<10x4x24xf32>, %g: tensor<4x24xf32>, %b: tensor<4x24xf32>)
    -> (tensor<10x4x24xf32>, tensor<10x1x1xf32>, tensor<10x1x1xf32>) {
  %e = tensor.empty() : tensor<10x4x24xf32>
  %m = tensor.empty() : tensor<10x1x1xf32>
  %s = tensor.empty() : tensor<10x1x1xf32>
  %y:3 = norm.layer_norm %x : tensor<10x4x24xf32> scale(%g : tensor<4x24xf32>) bias(%b : tensor<4x24xf32>)
           outs(%e, %m, %s : tensor<10x4x24xf32>, tensor<10x1x1xf32>, tensor<10x1x1xf32>) {axis = 1 : i64, epsilon = 1.0e-3 : f64}
  return %y#0, %y#1, %y#2 : tensor<10x4x24xf32>, tensor<10x1x1xf32>, tensor<10x1x1xf32>
}

// RMSNorm with run-time rows and its rstd; tiled by 4 with scf.for.
func.func @rms(%x: tensor<?x64xf32>, %g: tensor<64xf32>) -> (tensor<?x64xf32>, tensor<?x1xf32>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x64xf32>
  %e = tensor.empty(%n) : tensor<?x64xf32>
  %s = tensor.empty(%n) : tensor<?x1xf32>
  %y:2 = norm.rms_norm %x : tensor<?x64xf32> scale(%g : tensor<64xf32>) outs(%e, %s : tensor<?x64xf32>, tensor<?x1xf32>) {offset = 1.0 : f64}
  return %y#0, %y#1 : tensor<?x64xf32>, tensor<?x1xf32>
}

// The fused residual ops, y and h.
func.func @add_ln(%x: tensor<9x48xf32>, %r: tensor<9x48xf32>, %ab: tensor<48xf32>, %g: tensor<48xf32>, %b: tensor<48xf32>)
    -> (tensor<9x48xf32>, tensor<9x48xf32>) {
  %ey = tensor.empty() : tensor<9x48xf32>
  %eh = tensor.empty() : tensor<9x48xf32>
  %y:2 = norm.add_layer_norm %x, %r : tensor<9x48xf32>, tensor<9x48xf32> add_bias(%ab : tensor<48xf32>)
           scale(%g : tensor<48xf32>) bias(%b : tensor<48xf32>) outs(%ey, %eh : tensor<9x48xf32>, tensor<9x48xf32>) {alpha = 0.5 : f64}
  return %y#0, %y#1 : tensor<9x48xf32>, tensor<9x48xf32>
}
func.func @add_rms(%x: tensor<7x40xf32>, %r: tensor<7x40xf32>, %g: tensor<40xf32>) -> (tensor<7x40xf32>, tensor<7x40xf32>) {
  %ey = tensor.empty() : tensor<7x40xf32>
  %eh = tensor.empty() : tensor<7x40xf32>
  %y:2 = norm.add_rms_norm %x, %r : tensor<7x40xf32>, tensor<7x40xf32> scale(%g : tensor<40xf32>)
           outs(%ey, %eh : tensor<7x40xf32>, tensor<7x40xf32>) {alpha = 2.0 : f64}
  return %y#0, %y#1 : tensor<7x40xf32>, tensor<7x40xf32>
}

// DeepNorm, alpha = 1.5: y = LN(1.5 * r + x).
func.func @deep(%x: tensor<8x32xf32>, %r: tensor<8x32xf32>, %g: tensor<32xf32>) -> tensor<8x32xf32> {
  %e = tensor.empty() : tensor<8x32xf32>
  %y = norm.deep_norm %x, %r : tensor<8x32xf32>, tensor<8x32xf32> scale(%g : tensor<32xf32>) outs(%e : tensor<8x32xf32>) {alpha = 1.5 : f64}
  return %y : tensor<8x32xf32>
}

// Sandwich-LN: y = LN(r + LN(x) * g1 + b1) * g2 + b2, and h.
func.func @sandwich(%x: tensor<6x32xf32>, %r: tensor<6x32xf32>, %g1: tensor<32xf32>, %b1: tensor<32xf32>, %g2: tensor<32xf32>, %b2: tensor<32xf32>)
    -> (tensor<6x32xf32>, tensor<6x32xf32>) {
  %ey = tensor.empty() : tensor<6x32xf32>
  %eh = tensor.empty() : tensor<6x32xf32>
  %y:2 = norm.sandwich_norm layer_norm %x, %r : tensor<6x32xf32>, tensor<6x32xf32>
           inner_scale(%g1 : tensor<32xf32>) inner_bias(%b1 : tensor<32xf32>) scale(%g2 : tensor<32xf32>) bias(%b2 : tensor<32xf32>)
           outs(%ey, %eh : tensor<6x32xf32>, tensor<6x32xf32>)
  return %y#0, %y#1 : tensor<6x32xf32>, tensor<6x32xf32>
}

// BatchNorm, inference form: tiled along N and C.
func.func @bn_inference(%x: tensor<3x6x5x4xf32>, %m: tensor<6xf32>, %v: tensor<6xf32>, %g: tensor<6xf32>, %b: tensor<6xf32>) -> tensor<3x6x5x4xf32> {
  %e = tensor.empty() : tensor<3x6x5x4xf32>
  %y = norm.batch_norm %x : tensor<3x6x5x4xf32> scale(%g : tensor<6xf32>) bias(%b : tensor<6xf32>)
         running(%m, %v : tensor<6xf32>, tensor<6xf32>) outs(%e : tensor<3x6x5x4xf32>)
  return %y : tensor<3x6x5x4xf32>
}

// BatchNorm, training form: tiled along C only.
func.func @bn_training(%x: tensor<3x6x5xf32>, %m: tensor<6xf32>, %v: tensor<6xf32>, %g: tensor<6xf32>)
    -> (tensor<3x6x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {
  %e = tensor.empty() : tensor<3x6x5xf32>
  %c1 = tensor.empty() : tensor<6xf32>
  %c2 = tensor.empty() : tensor<6xf32>
  %c3 = tensor.empty() : tensor<6xf32>
  %c4 = tensor.empty() : tensor<6xf32>
  %y:5 = norm.batch_norm %x : tensor<3x6x5xf32> scale(%g : tensor<6xf32>) running(%m, %v : tensor<6xf32>, tensor<6xf32>)
           outs(%e, %c1, %c2, %c3, %c4 : tensor<3x6x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) {training, momentum = 0.8 : f64}
  return %y#0, %y#1, %y#2, %y#3, %y#4 : tensor<3x6x5xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>, tensor<6xf32>
}

// x = 2a + 1 (element-wise producer) -> RMSNorm -> z = y * y (consumer).
// The consumer is tiled 4x16; the norm and the producer are fused into its
// loop (each tile computes its 4 whole rows and uses 16 columns).
func.func @fuse_consumer(%a: tensor<12x64xf32>, %g: tensor<64xf32>) -> tensor<12x64xf32> {
  %e0 = tensor.empty() : tensor<12x64xf32>
  %e1 = tensor.empty() : tensor<12x64xf32>
  %e2 = tensor.empty() : tensor<12x64xf32>
  %x = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<12x64xf32>) outs(%e0 : tensor<12x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %c2 = arith.constant 2.0 : f32
    %c1 = arith.constant 1.0 : f32
    %t = arith.mulf %in, %c2 : f32
    %s = arith.addf %t, %c1 : f32
    linalg.yield %s : f32
  } -> tensor<12x64xf32>
  %y = norm.rms_norm %x : tensor<12x64xf32> scale(%g : tensor<64xf32>) outs(%e1 : tensor<12x64xf32>)
  %z = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%y : tensor<12x64xf32>) outs(%e2 : tensor<12x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.mulf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<12x64xf32>
  return %z : tensor<12x64xf32>
}

// The same producer fused into the tiled LayerNorm (rows by 5).
func.func @fuse_producer(%a: tensor<12x64xf32>, %g: tensor<64xf32>) -> tensor<12x64xf32> {
  %e0 = tensor.empty() : tensor<12x64xf32>
  %e1 = tensor.empty() : tensor<12x64xf32>
  %x = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%a : tensor<12x64xf32>) outs(%e0 : tensor<12x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    %c2 = arith.constant 2.0 : f32
    %c1 = arith.constant 1.0 : f32
    %t = arith.mulf %in, %c2 : f32
    %s = arith.addf %t, %c1 : f32
    linalg.yield %s : f32
  } -> tensor<12x64xf32>
  %y = norm.layer_norm %x : tensor<12x64xf32> scale(%g : tensor<64xf32>) outs(%e1 : tensor<12x64xf32>)
  return %y : tensor<12x64xf32>
}

// LayerNorm tiled by rows, each tile then decomposed into linalg.
func.func @decompose(%x: tensor<10x48xf32>, %g: tensor<48xf32>, %b: tensor<48xf32>) -> tensor<10x48xf32> {
  %e = tensor.empty() : tensor<10x48xf32>
  %y = norm.layer_norm %x : tensor<10x48xf32> scale(%g : tensor<48xf32>) bias(%b : tensor<48xf32>) outs(%e : tensor<10x48xf32>)
  return %y : tensor<10x48xf32>
}

// Long rows: RMSNorm decomposed, its sum of squares split into 8 partial
// sums per row (tile_reduction_using_for) and merged.
func.func @split_rows(%x: tensor<3x8192xf32>, %g: tensor<8192xf32>) -> tensor<3x8192xf32> {
  %e = tensor.empty() : tensor<3x8192xf32>
  %y = norm.rms_norm %x : tensor<3x8192xf32> scale(%g : tensor<8192xf32>) outs(%e : tensor<3x8192xf32>)
  return %y : tensor<3x8192xf32>
}
