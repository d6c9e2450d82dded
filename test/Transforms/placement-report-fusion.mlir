// RUN: norm-opt %s --split-input-file --norm-placement-report -o /dev/null 2>&1 | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-fuse-residual --norm-placement-report -o /dev/null 2>&1 | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-fuse-residual=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=FUSED

// The placement report reads the same placements from the unfused IR and
// from the IR after --norm-fuse-residual (the first two RUN lines check the
// same lines), for the structures of real exports, in torch-mlir's form
// (adds as element-wise linalg.generic, norms already raised). Expected
// placements follow from the architectures:
//
// BERT: the LayerNorm of the embeddings sum (word + token type + position,
// each looked up in its table) before the first layer is an embedding norm; each layer's two
// LayerNorm(F(x) + x) (HF's operand order) are Post-LN.
// CHECK:      placement: embedding-norm (Norm of the embeddings: the residual stream of the first block)
// CHECK-COUNT-3: placement: post-ln (Norm(x + F(x)); its output is the next residual)
// CHECK:      placement: post-ln (Norm(x + F(x)) of the last block)
// CHECK:      norm placements: 1 embedding-norm; 4 post-ln; residual depth 4
// FUSED:      fused 5 residual add(s) into norms (0 Pre-LN chain(s))
//
// ViT: Pre-LN blocks whose adds are written F(x) + x, then the final norm.
// CHECK:      norm placements: 4 pre-ln; 1 pre-ln-final; residual depth 4
// FUSED:      fused 4 residual add(s) into norms (3 Pre-LN chain(s))
//
// GPT-NeoX: parallel attention and MLP, each with its own norm of x,
// h = (mlp(ln2(x)) + attn(ln1(x))) + x: both norms are Pre-LN (the sum of
// the two sublayer outputs is not a residual connection: depth 2).
// CHECK:      placement: pre-ln (x + F(Norm(x)))
// CHECK:      placement: pre-ln (x + F(Norm(x)))
// CHECK:      placement: pre-ln (normalizes the residual stream, which is also the next block's residual)
// CHECK:      placement: pre-ln (normalizes the residual stream, which is also the next block's residual)
// CHECK:      placement: pre-ln-final (final norm of a Pre-LN stack)
// CHECK:      norm placements: 4 pre-ln; 1 pre-ln-final; residual depth 2
// FUSED:      fused 2 residual add(s) into norms (1 Pre-LN chain(s))
//
// Phi, Falcon: one norm shared by the parallel attention and MLP.
// CHECK:      norm placements: 2 pre-ln; 1 pre-ln-final; residual depth 2
// FUSED:      fused 2 residual add(s) into norms (1 Pre-LN chain(s))
//
// OPT: Pre-LN layers whose adds reach the next norm through [B, S, H] <->
// [B*S, H] reshapes (the first layer x + F(x), the second F(x) + x), and
// the final norm.
// CHECK:      norm placements: 4 pre-ln; 1 pre-ln-final; residual depth 4
// FUSED:      fused 4 residual add(s) into norms (3 Pre-LN chain(s))

// BERT
func.func @bert(%ids: tensor<8xi64>, %type_ids: tensor<8xi64>, %pos_ids: tensor<8xi64>, %word_table: tensor<100x16xf32>, %type_table: tensor<100x16xf32>, %pos_table: tensor<100x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e2 = tensor.empty() : tensor<8x16xf32>
  %emb1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ids : tensor<8xi64>) outs(%e2 : tensor<8x16xf32>) {
  ^bb0(%id: i64, %out: f32):
    %i = arith.index_cast %id : i64 to index
    %j = linalg.index 1 : index
    %x = tensor.extract %word_table[%i, %j] : tensor<100x16xf32>
    linalg.yield %x : f32
  } -> tensor<8x16xf32>
  %e4 = tensor.empty() : tensor<8x16xf32>
  %emb3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%type_ids : tensor<8xi64>) outs(%e4 : tensor<8x16xf32>) {
  ^bb0(%id: i64, %out: f32):
    %i = arith.index_cast %id : i64 to index
    %j = linalg.index 1 : index
    %x = tensor.extract %type_table[%i, %j] : tensor<100x16xf32>
    linalg.yield %x : f32
  } -> tensor<8x16xf32>
  %e6 = tensor.empty() : tensor<8x16xf32>
  %emb5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%pos_ids : tensor<8xi64>) outs(%e6 : tensor<8x16xf32>) {
  ^bb0(%id: i64, %out: f32):
    %i = arith.index_cast %id : i64 to index
    %j = linalg.index 1 : index
    %x = tensor.extract %pos_table[%i, %j] : tensor<100x16xf32>
    linalg.yield %x : f32
  } -> tensor<8x16xf32>
  %e8 = tensor.empty() : tensor<8x16xf32>
  %add7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%emb1, %emb3 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e8 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e10 = tensor.empty() : tensor<8x16xf32>
  %add9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add7, %emb5 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e10 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e12 = tensor.empty() : tensor<8x16xf32>
  %ln11 = norm.layer_norm %add9 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e12 : tensor<8x16xf32>)
  %e14 = tensor.empty() : tensor<8x16xf32>
  %mm16 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln11 : tensor<8x16xf32>) outs(%e14 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z15 = linalg.fill ins(%zero : f32) outs(%e14 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f13 = linalg.matmul ins(%mm16, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z15 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e18 = tensor.empty() : tensor<8x16xf32>
  %add17 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f13, %ln11 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e18 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e20 = tensor.empty() : tensor<8x16xf32>
  %ln19 = norm.layer_norm %add17 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e20 : tensor<8x16xf32>)
  %e22 = tensor.empty() : tensor<8x16xf32>
  %mm24 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln19 : tensor<8x16xf32>) outs(%e22 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z23 = linalg.fill ins(%zero : f32) outs(%e22 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f21 = linalg.matmul ins(%mm24, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z23 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e26 = tensor.empty() : tensor<8x16xf32>
  %add25 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f21, %ln19 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e26 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e28 = tensor.empty() : tensor<8x16xf32>
  %ln27 = norm.layer_norm %add25 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e28 : tensor<8x16xf32>)
  %e30 = tensor.empty() : tensor<8x16xf32>
  %mm32 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln27 : tensor<8x16xf32>) outs(%e30 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z31 = linalg.fill ins(%zero : f32) outs(%e30 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f29 = linalg.matmul ins(%mm32, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z31 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e34 = tensor.empty() : tensor<8x16xf32>
  %add33 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f29, %ln27 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e34 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e36 = tensor.empty() : tensor<8x16xf32>
  %ln35 = norm.layer_norm %add33 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e36 : tensor<8x16xf32>)
  %e38 = tensor.empty() : tensor<8x16xf32>
  %mm40 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln35 : tensor<8x16xf32>) outs(%e38 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z39 = linalg.fill ins(%zero : f32) outs(%e38 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f37 = linalg.matmul ins(%mm40, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z39 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e42 = tensor.empty() : tensor<8x16xf32>
  %add41 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f37, %ln35 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e42 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e44 = tensor.empty() : tensor<8x16xf32>
  %ln43 = norm.layer_norm %add41 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e44 : tensor<8x16xf32>)
  return %ln43 : tensor<8x16xf32>
}

// -----

// ViT
func.func @vit(%x: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e46 = tensor.empty() : tensor<8x16xf32>
  %ln45 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e46 : tensor<8x16xf32>)
  %e48 = tensor.empty() : tensor<8x16xf32>
  %mm50 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln45 : tensor<8x16xf32>) outs(%e48 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z49 = linalg.fill ins(%zero : f32) outs(%e48 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f47 = linalg.matmul ins(%mm50, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z49 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e52 = tensor.empty() : tensor<8x16xf32>
  %add51 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f47, %x : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e52 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e54 = tensor.empty() : tensor<8x16xf32>
  %ln53 = norm.layer_norm %add51 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e54 : tensor<8x16xf32>)
  %e56 = tensor.empty() : tensor<8x16xf32>
  %mm58 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln53 : tensor<8x16xf32>) outs(%e56 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z57 = linalg.fill ins(%zero : f32) outs(%e56 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f55 = linalg.matmul ins(%mm58, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z57 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e60 = tensor.empty() : tensor<8x16xf32>
  %add59 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f55, %add51 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e60 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e62 = tensor.empty() : tensor<8x16xf32>
  %ln61 = norm.layer_norm %add59 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e62 : tensor<8x16xf32>)
  %e64 = tensor.empty() : tensor<8x16xf32>
  %mm66 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln61 : tensor<8x16xf32>) outs(%e64 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z65 = linalg.fill ins(%zero : f32) outs(%e64 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f63 = linalg.matmul ins(%mm66, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z65 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e68 = tensor.empty() : tensor<8x16xf32>
  %add67 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f63, %add59 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e68 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e70 = tensor.empty() : tensor<8x16xf32>
  %ln69 = norm.layer_norm %add67 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e70 : tensor<8x16xf32>)
  %e72 = tensor.empty() : tensor<8x16xf32>
  %mm74 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln69 : tensor<8x16xf32>) outs(%e72 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z73 = linalg.fill ins(%zero : f32) outs(%e72 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f71 = linalg.matmul ins(%mm74, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z73 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e76 = tensor.empty() : tensor<8x16xf32>
  %add75 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f71, %add67 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e76 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e78 = tensor.empty() : tensor<8x16xf32>
  %ln77 = norm.layer_norm %add75 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e78 : tensor<8x16xf32>)
  return %ln77 : tensor<8x16xf32>
}

// -----

// GPT-NeoX
func.func @gpt_neox(%x: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e80 = tensor.empty() : tensor<8x16xf32>
  %ln79 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e80 : tensor<8x16xf32>)
  %e82 = tensor.empty() : tensor<8x16xf32>
  %ln81 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e82 : tensor<8x16xf32>)
  %e84 = tensor.empty() : tensor<8x16xf32>
  %mm86 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln79 : tensor<8x16xf32>) outs(%e84 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z85 = linalg.fill ins(%zero : f32) outs(%e84 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f83 = linalg.matmul ins(%mm86, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z85 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e88 = tensor.empty() : tensor<8x16xf32>
  %mm90 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln81 : tensor<8x16xf32>) outs(%e88 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z89 = linalg.fill ins(%zero : f32) outs(%e88 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f87 = linalg.matmul ins(%mm90, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z89 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e92 = tensor.empty() : tensor<8x16xf32>
  %add91 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f87, %f83 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e92 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e94 = tensor.empty() : tensor<8x16xf32>
  %add93 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add91, %x : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e94 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e96 = tensor.empty() : tensor<8x16xf32>
  %ln95 = norm.layer_norm %add93 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e96 : tensor<8x16xf32>)
  %e98 = tensor.empty() : tensor<8x16xf32>
  %ln97 = norm.layer_norm %add93 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e98 : tensor<8x16xf32>)
  %e100 = tensor.empty() : tensor<8x16xf32>
  %mm102 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln95 : tensor<8x16xf32>) outs(%e100 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z101 = linalg.fill ins(%zero : f32) outs(%e100 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f99 = linalg.matmul ins(%mm102, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z101 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e104 = tensor.empty() : tensor<8x16xf32>
  %mm106 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln97 : tensor<8x16xf32>) outs(%e104 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z105 = linalg.fill ins(%zero : f32) outs(%e104 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f103 = linalg.matmul ins(%mm106, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z105 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e108 = tensor.empty() : tensor<8x16xf32>
  %add107 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f103, %f99 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e108 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e110 = tensor.empty() : tensor<8x16xf32>
  %add109 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add107, %add93 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e110 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e112 = tensor.empty() : tensor<8x16xf32>
  %ln111 = norm.layer_norm %add109 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e112 : tensor<8x16xf32>)
  return %ln111 : tensor<8x16xf32>
}

// -----

// Phi
func.func @phi(%x: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e114 = tensor.empty() : tensor<8x16xf32>
  %ln113 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e114 : tensor<8x16xf32>)
  %e116 = tensor.empty() : tensor<8x16xf32>
  %mm118 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln113 : tensor<8x16xf32>) outs(%e116 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z117 = linalg.fill ins(%zero : f32) outs(%e116 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f115 = linalg.matmul ins(%mm118, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z117 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e120 = tensor.empty() : tensor<8x16xf32>
  %mm122 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln113 : tensor<8x16xf32>) outs(%e120 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z121 = linalg.fill ins(%zero : f32) outs(%e120 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f119 = linalg.matmul ins(%mm122, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z121 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e124 = tensor.empty() : tensor<8x16xf32>
  %add123 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f115, %f119 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e124 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e126 = tensor.empty() : tensor<8x16xf32>
  %add125 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add123, %x : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e126 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e128 = tensor.empty() : tensor<8x16xf32>
  %ln127 = norm.layer_norm %add125 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e128 : tensor<8x16xf32>)
  %e130 = tensor.empty() : tensor<8x16xf32>
  %mm132 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln127 : tensor<8x16xf32>) outs(%e130 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z131 = linalg.fill ins(%zero : f32) outs(%e130 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f129 = linalg.matmul ins(%mm132, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z131 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e134 = tensor.empty() : tensor<8x16xf32>
  %mm136 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln127 : tensor<8x16xf32>) outs(%e134 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z135 = linalg.fill ins(%zero : f32) outs(%e134 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f133 = linalg.matmul ins(%mm136, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z135 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e138 = tensor.empty() : tensor<8x16xf32>
  %add137 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f129, %f133 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e138 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e140 = tensor.empty() : tensor<8x16xf32>
  %add139 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add137, %add125 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e140 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e142 = tensor.empty() : tensor<8x16xf32>
  %ln141 = norm.layer_norm %add139 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e142 : tensor<8x16xf32>)
  return %ln141 : tensor<8x16xf32>
}


// -----

// OPT
func.func @opt_decoder(%x: tensor<2x4x8xf32>, %g: tensor<8xf32>, %b: tensor<8xf32>, %w: tensor<8x8xf32>) -> tensor<2x4x8xf32> {
  %e2 = tensor.empty() : tensor<2x4x8xf32>
  %ln1 = norm.layer_norm %x : tensor<2x4x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e2 : tensor<2x4x8xf32>)
  %e4 = tensor.empty() : tensor<2x4x8xf32>
  %attn3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ln1 : tensor<2x4x8xf32>) outs(%e4 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<2x4x8xf32>
  %e6 = tensor.empty() : tensor<2x4x8xf32>
  %add5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x, %attn3 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e6 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<2x4x8xf32>
  %collapsed7 = tensor.collapse_shape %add5 [[0, 1], [2]] : tensor<2x4x8xf32> into tensor<8x8xf32>
  %e9 = tensor.empty() : tensor<8x8xf32>
  %ln8 = norm.layer_norm %collapsed7 : tensor<8x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e9 : tensor<8x8xf32>)
  %e11 = tensor.empty() : tensor<8x8xf32>
  %cst12 = arith.constant 0.0 : f32
  %z12 = linalg.fill ins(%cst12 : f32) outs(%e11 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %mlp10 = linalg.matmul ins(%ln8, %w : tensor<8x8xf32>, tensor<8x8xf32>) outs(%z12 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %e14 = tensor.empty() : tensor<8x8xf32>
  %add13 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%collapsed7, %mlp10 : tensor<8x8xf32>, tensor<8x8xf32>) outs(%e14 : tensor<8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x8xf32>
  %expanded15 = tensor.expand_shape %add13 [[0, 1], [2]] output_shape [2, 4, 8] : tensor<8x8xf32> into tensor<2x4x8xf32>
  %e17 = tensor.empty() : tensor<2x4x8xf32>
  %ln16 = norm.layer_norm %expanded15 : tensor<2x4x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e17 : tensor<2x4x8xf32>)
  %e19 = tensor.empty() : tensor<2x4x8xf32>
  %attn18 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%ln16 : tensor<2x4x8xf32>) outs(%e19 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<2x4x8xf32>
  %e21 = tensor.empty() : tensor<2x4x8xf32>
  %add20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%attn18, %expanded15 : tensor<2x4x8xf32>, tensor<2x4x8xf32>) outs(%e21 : tensor<2x4x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<2x4x8xf32>
  %collapsed22 = tensor.collapse_shape %add20 [[0, 1], [2]] : tensor<2x4x8xf32> into tensor<8x8xf32>
  %e24 = tensor.empty() : tensor<8x8xf32>
  %ln23 = norm.layer_norm %collapsed22 : tensor<8x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e24 : tensor<8x8xf32>)
  %e26 = tensor.empty() : tensor<8x8xf32>
  %cst27 = arith.constant 0.0 : f32
  %z27 = linalg.fill ins(%cst27 : f32) outs(%e26 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %mlp25 = linalg.matmul ins(%ln23, %w : tensor<8x8xf32>, tensor<8x8xf32>) outs(%z27 : tensor<8x8xf32>) -> tensor<8x8xf32>
  %e29 = tensor.empty() : tensor<8x8xf32>
  %add28 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mlp25, %collapsed22 : tensor<8x8xf32>, tensor<8x8xf32>) outs(%e29 : tensor<8x8xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x8xf32>
  %expanded30 = tensor.expand_shape %add28 [[0, 1], [2]] output_shape [2, 4, 8] : tensor<8x8xf32> into tensor<2x4x8xf32>
  %e32 = tensor.empty() : tensor<2x4x8xf32>
  %ln31 = norm.layer_norm %expanded30 : tensor<2x4x8xf32> scale(%g : tensor<8xf32>) bias(%b : tensor<8xf32>) outs(%e32 : tensor<2x4x8xf32>)
  return %ln31 : tensor<2x4x8xf32>
}
