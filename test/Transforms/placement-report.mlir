// RUN: norm-opt %s --norm-placement-report --split-input-file --verify-diagnostics

// Post-LN (BERT): Norm(x + F(x)), the output is the next residual.
// expected-remark @below {{norm placements: 2 post-ln; residual depth 3}}
func.func @post_ln(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %f = arith.mulf %x, %w : tensor<4x64xf32>
  %s = arith.addf %x, %f : tensor<4x64xf32>
  // expected-remark @below {{placement: post-ln (Norm(x + F(x)); its output is the next residual)}}
  %h = norm.layer_norm %s : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %f2 = arith.mulf %h, %w : tensor<4x64xf32>
  %s2 = arith.addf %h, %f2 : tensor<4x64xf32>
  // expected-remark @below {{placement: post-ln}}
  %h2 = norm.layer_norm %s2 : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %o = arith.addf %h2, %x : tensor<4x64xf32>
  return %o : tensor<4x64xf32>
}

// -----

// Pre-LN (LLaMA) with its final norm.
// expected-remark @below {{norm placements: 2 pre-ln; 1 pre-ln-final; residual depth 2}}
func.func @pre_ln(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  // expected-remark @below {{placement: pre-ln (x + F(Norm(x)))}}
  %n0 = norm.rms_norm %x : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  %f0 = arith.mulf %n0, %w : tensor<4x64xf32>
  %h1 = arith.addf %x, %f0 : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln (normalizes the residual stream, which is also the next block's residual)}}
  %n1 = norm.rms_norm %h1 : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  %f1 = arith.mulf %n1, %w : tensor<4x64xf32>
  %h2 = arith.addf %h1, %f1 : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln-final (final norm of a Pre-LN stack)}}
  %y = norm.rms_norm %h2 : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}

// -----

// Sandwich-LN (CogView): x + Norm_out(F(Norm_in(x))).
// expected-remark @below {{norm placements: 2 sandwich; residual depth 1}}
func.func @sandwich(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  // expected-remark @below {{placement: sandwich (Norm_in: x + Norm_out(F(Norm_in(x))))}}
  %n = norm.layer_norm %x : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  %f = arith.mulf %n, %w : tensor<4x64xf32>
  // expected-remark @below {{placement: sandwich (Norm_out: x + Norm_out(F(Norm(x))))}}
  %m = norm.layer_norm %f : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  %h = arith.addf %x, %m : tensor<4x64xf32>
  %o = arith.mulf %h, %w : tensor<4x64xf32>
  return %o : tensor<4x64xf32>
}

// -----

// DeepNorm: LN(alpha * x + F(x)); the summary gives DeepNet's alpha and beta
// for a decoder-only stack of that depth: M = 2, alpha = (2M)^(1/4) =
// 1.414..., beta = (8M)^(-1/4) = 0.5; the op with arch = decoder and M = 2
// says the same.
// expected-remark @below {{norm placements: 2 deepnorm; residual depth 2; as a decoder-only DeepNet with M = 2 sublayers: alpha = 1.41421, beta = 0.5}}
func.func @deepnorm(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %alpha = arith.constant dense<1.5> : tensor<4x64xf32>
  %f = arith.mulf %x, %w : tensor<4x64xf32>
  %ax = arith.mulf %x, %alpha : tensor<4x64xf32>
  %s = arith.addf %ax, %f : tensor<4x64xf32>
  // expected-remark @below {{placement: deepnorm (LN(alpha * x + F(x)) with alpha = 1.500000)}}
  %h = norm.layer_norm %s : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  // expected-remark @below {{placement: deepnorm (alpha = 1.414214, init gain beta = 0.500000)}}
  %d = norm.deep_norm %f, %h : tensor<4x64xf32>, tensor<4x64xf32> outs(%w : tensor<4x64xf32>) {arch = #norm.arch<decoder>, decoder_layers = 2}
  return %d : tensor<4x64xf32>
}

// -----

// BLOOM: the embedding output is normalized and is the residual stream.
// expected-remark @below {{norm placements: 1 embedding-norm; 1 pre-ln; 1 pre-ln-final; residual depth 1}}
func.func @bloom(%embed: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  // expected-remark @below {{placement: embedding-norm (Norm of the embeddings: the residual stream of the first block)}}
  %h0 = norm.layer_norm %embed : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  // expected-remark @below {{placement: pre-ln}}
  %n = norm.layer_norm %h0 : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  %f = arith.mulf %n, %w : tensor<4x64xf32>
  %h1 = arith.addf %h0, %f : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln-final}}
  %y = norm.layer_norm %h1 : tensor<4x64xf32> outs(%w : tensor<4x64xf32>)
  return %y : tensor<4x64xf32>
}

// -----

// Fused ops are classified as the adds and norms they replace (the same
// words: the report is the same before and after fusion); a norm with no
// residual connection around it is standalone.
// expected-remark @below {{norm placements: 1 pre-ln; 1 post-ln; 1 standalone; residual depth 4}}
func.func @fused(%x: tensor<4x64xf32>, %w: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %f = arith.mulf %x, %w : tensor<4x64xf32>
  // expected-remark @below {{placement: pre-ln (normalizes the residual stream, which is also the next block's residual)}}
  %a:2 = norm.add_rms_norm %f, %x : tensor<4x64xf32>, tensor<4x64xf32> outs(%x, %f : tensor<4x64xf32>, tensor<4x64xf32>)
  %g = arith.mulf %a#0, %w : tensor<4x64xf32>
  %h = arith.addf %a#1, %g : tensor<4x64xf32>
  %f3 = arith.mulf %h, %w : tensor<4x64xf32>
  // expected-remark @below {{placement: post-ln (Norm(x + F(x)); its output is the next residual)}}
  %b:2 = norm.add_layer_norm %f3, %h : tensor<4x64xf32>, tensor<4x64xf32> outs(%x, %f : tensor<4x64xf32>, tensor<4x64xf32>)
  %f4 = arith.mulf %b#0, %w : tensor<4x64xf32>
  %o = arith.addf %f4, %b#0 : tensor<4x64xf32>
  %sq = arith.mulf %w, %w : tensor<4x64xf32>
  // expected-remark @below {{placement: standalone (no residual connection around it)}}
  %z = norm.rms_norm %sq : tensor<4x64xf32> outs(%x : tensor<4x64xf32>)
  %r = arith.mulf %o, %z : tensor<4x64xf32>
  return %r : tensor<4x64xf32>
}
