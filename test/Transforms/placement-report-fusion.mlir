// RUN: norm-opt %s --split-input-file --norm-placement-report -o /dev/null 2>&1 | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-fuse-residual --norm-placement-report -o /dev/null 2>&1 | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-fuse-residual=report -o /dev/null 2>&1 | FileCheck %s --check-prefix=FUSED

// The placement report reads the same placements from the unfused IR and
// from the IR after --norm-fuse-residual (the first two RUN lines check the
// same lines), for the structures of real exports, in torch-mlir's form
// (adds as element-wise linalg.generic, norms already raised). Expected
// placements follow from the architectures:
//
// BERT: the LayerNorm of the embeddings sum (word + token type + position)
// before the first layer is an embedding norm; each layer's two
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
func.func @bert(%word: tensor<8x16xf32>, %type: tensor<8x16xf32>, %pos: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e2 = tensor.empty() : tensor<8x16xf32>
  %add1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%word, %type : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e2 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e4 = tensor.empty() : tensor<8x16xf32>
  %add3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add1, %pos : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e4 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e6 = tensor.empty() : tensor<8x16xf32>
  %ln5 = norm.layer_norm %add3 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e6 : tensor<8x16xf32>)
  %e8 = tensor.empty() : tensor<8x16xf32>
  %mm10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln5 : tensor<8x16xf32>) outs(%e8 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z9 = linalg.fill ins(%zero : f32) outs(%e8 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f7 = linalg.matmul ins(%mm10, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z9 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e12 = tensor.empty() : tensor<8x16xf32>
  %add11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f7, %ln5 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e12 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e14 = tensor.empty() : tensor<8x16xf32>
  %ln13 = norm.layer_norm %add11 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e14 : tensor<8x16xf32>)
  %e16 = tensor.empty() : tensor<8x16xf32>
  %mm18 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln13 : tensor<8x16xf32>) outs(%e16 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z17 = linalg.fill ins(%zero : f32) outs(%e16 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f15 = linalg.matmul ins(%mm18, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z17 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e20 = tensor.empty() : tensor<8x16xf32>
  %add19 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f15, %ln13 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e20 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e22 = tensor.empty() : tensor<8x16xf32>
  %ln21 = norm.layer_norm %add19 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e22 : tensor<8x16xf32>)
  %e24 = tensor.empty() : tensor<8x16xf32>
  %mm26 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln21 : tensor<8x16xf32>) outs(%e24 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z25 = linalg.fill ins(%zero : f32) outs(%e24 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f23 = linalg.matmul ins(%mm26, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z25 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e28 = tensor.empty() : tensor<8x16xf32>
  %add27 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f23, %ln21 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e28 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e30 = tensor.empty() : tensor<8x16xf32>
  %ln29 = norm.layer_norm %add27 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e30 : tensor<8x16xf32>)
  %e32 = tensor.empty() : tensor<8x16xf32>
  %mm34 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln29 : tensor<8x16xf32>) outs(%e32 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z33 = linalg.fill ins(%zero : f32) outs(%e32 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f31 = linalg.matmul ins(%mm34, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z33 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e36 = tensor.empty() : tensor<8x16xf32>
  %add35 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f31, %ln29 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e36 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e38 = tensor.empty() : tensor<8x16xf32>
  %ln37 = norm.layer_norm %add35 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e38 : tensor<8x16xf32>)
  return %ln37 : tensor<8x16xf32>
}

// -----

// ViT
func.func @vit(%x: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e40 = tensor.empty() : tensor<8x16xf32>
  %ln39 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e40 : tensor<8x16xf32>)
  %e42 = tensor.empty() : tensor<8x16xf32>
  %mm44 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln39 : tensor<8x16xf32>) outs(%e42 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z43 = linalg.fill ins(%zero : f32) outs(%e42 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f41 = linalg.matmul ins(%mm44, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z43 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e46 = tensor.empty() : tensor<8x16xf32>
  %add45 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f41, %x : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e46 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e48 = tensor.empty() : tensor<8x16xf32>
  %ln47 = norm.layer_norm %add45 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e48 : tensor<8x16xf32>)
  %e50 = tensor.empty() : tensor<8x16xf32>
  %mm52 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln47 : tensor<8x16xf32>) outs(%e50 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z51 = linalg.fill ins(%zero : f32) outs(%e50 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f49 = linalg.matmul ins(%mm52, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z51 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e54 = tensor.empty() : tensor<8x16xf32>
  %add53 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f49, %add45 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e54 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e56 = tensor.empty() : tensor<8x16xf32>
  %ln55 = norm.layer_norm %add53 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e56 : tensor<8x16xf32>)
  %e58 = tensor.empty() : tensor<8x16xf32>
  %mm60 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln55 : tensor<8x16xf32>) outs(%e58 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z59 = linalg.fill ins(%zero : f32) outs(%e58 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f57 = linalg.matmul ins(%mm60, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z59 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e62 = tensor.empty() : tensor<8x16xf32>
  %add61 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f57, %add53 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e62 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e64 = tensor.empty() : tensor<8x16xf32>
  %ln63 = norm.layer_norm %add61 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e64 : tensor<8x16xf32>)
  %e66 = tensor.empty() : tensor<8x16xf32>
  %mm68 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln63 : tensor<8x16xf32>) outs(%e66 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z67 = linalg.fill ins(%zero : f32) outs(%e66 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f65 = linalg.matmul ins(%mm68, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z67 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e70 = tensor.empty() : tensor<8x16xf32>
  %add69 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f65, %add61 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e70 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e72 = tensor.empty() : tensor<8x16xf32>
  %ln71 = norm.layer_norm %add69 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e72 : tensor<8x16xf32>)
  return %ln71 : tensor<8x16xf32>
}

// -----

// GPT-NeoX
func.func @gpt_neox(%x: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e74 = tensor.empty() : tensor<8x16xf32>
  %ln73 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e74 : tensor<8x16xf32>)
  %e76 = tensor.empty() : tensor<8x16xf32>
  %ln75 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e76 : tensor<8x16xf32>)
  %e78 = tensor.empty() : tensor<8x16xf32>
  %mm80 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln73 : tensor<8x16xf32>) outs(%e78 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z79 = linalg.fill ins(%zero : f32) outs(%e78 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f77 = linalg.matmul ins(%mm80, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z79 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e82 = tensor.empty() : tensor<8x16xf32>
  %mm84 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln75 : tensor<8x16xf32>) outs(%e82 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z83 = linalg.fill ins(%zero : f32) outs(%e82 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f81 = linalg.matmul ins(%mm84, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z83 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e86 = tensor.empty() : tensor<8x16xf32>
  %add85 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f81, %f77 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e86 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e88 = tensor.empty() : tensor<8x16xf32>
  %add87 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add85, %x : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e88 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e90 = tensor.empty() : tensor<8x16xf32>
  %ln89 = norm.layer_norm %add87 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e90 : tensor<8x16xf32>)
  %e92 = tensor.empty() : tensor<8x16xf32>
  %ln91 = norm.layer_norm %add87 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e92 : tensor<8x16xf32>)
  %e94 = tensor.empty() : tensor<8x16xf32>
  %mm96 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln89 : tensor<8x16xf32>) outs(%e94 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z95 = linalg.fill ins(%zero : f32) outs(%e94 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f93 = linalg.matmul ins(%mm96, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z95 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e98 = tensor.empty() : tensor<8x16xf32>
  %mm100 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln91 : tensor<8x16xf32>) outs(%e98 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z99 = linalg.fill ins(%zero : f32) outs(%e98 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f97 = linalg.matmul ins(%mm100, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z99 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e102 = tensor.empty() : tensor<8x16xf32>
  %add101 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f97, %f93 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e102 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e104 = tensor.empty() : tensor<8x16xf32>
  %add103 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add101, %add87 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e104 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e106 = tensor.empty() : tensor<8x16xf32>
  %ln105 = norm.layer_norm %add103 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e106 : tensor<8x16xf32>)
  return %ln105 : tensor<8x16xf32>
}

// -----

// Phi
func.func @phi(%x: tensor<8x16xf32>, %g: tensor<16xf32>, %b: tensor<16xf32>, %w: tensor<16x16xf32>) -> tensor<8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e108 = tensor.empty() : tensor<8x16xf32>
  %ln107 = norm.layer_norm %x : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e108 : tensor<8x16xf32>)
  %e110 = tensor.empty() : tensor<8x16xf32>
  %mm112 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln107 : tensor<8x16xf32>) outs(%e110 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z111 = linalg.fill ins(%zero : f32) outs(%e110 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f109 = linalg.matmul ins(%mm112, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z111 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e114 = tensor.empty() : tensor<8x16xf32>
  %mm116 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln107 : tensor<8x16xf32>) outs(%e114 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z115 = linalg.fill ins(%zero : f32) outs(%e114 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f113 = linalg.matmul ins(%mm116, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z115 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e118 = tensor.empty() : tensor<8x16xf32>
  %add117 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f109, %f113 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e118 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e120 = tensor.empty() : tensor<8x16xf32>
  %add119 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add117, %x : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e120 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e122 = tensor.empty() : tensor<8x16xf32>
  %ln121 = norm.layer_norm %add119 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e122 : tensor<8x16xf32>)
  %e124 = tensor.empty() : tensor<8x16xf32>
  %mm126 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln121 : tensor<8x16xf32>) outs(%e124 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z125 = linalg.fill ins(%zero : f32) outs(%e124 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f123 = linalg.matmul ins(%mm126, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z125 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e128 = tensor.empty() : tensor<8x16xf32>
  %mm130 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%ln121 : tensor<8x16xf32>) outs(%e128 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t = math.tanh %in : f32
    linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %z129 = linalg.fill ins(%zero : f32) outs(%e128 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %f127 = linalg.matmul ins(%mm130, %w : tensor<8x16xf32>, tensor<16x16xf32>) outs(%z129 : tensor<8x16xf32>) -> tensor<8x16xf32>
  %e132 = tensor.empty() : tensor<8x16xf32>
  %add131 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%f123, %f127 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e132 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e134 = tensor.empty() : tensor<8x16xf32>
  %add133 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add131, %add119 : tensor<8x16xf32>, tensor<8x16xf32>) outs(%e134 : tensor<8x16xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<8x16xf32>
  %e136 = tensor.empty() : tensor<8x16xf32>
  %ln135 = norm.layer_norm %add133 : tensor<8x16xf32> scale(%g : tensor<16xf32>) bias(%b : tensor<16xf32>) outs(%e136 : tensor<8x16xf32>)
  return %ln135 : tensor<8x16xf32>
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
