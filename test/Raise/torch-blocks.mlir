// RUN: norm-opt %S/Inputs/torch_llama_block_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=LLAMA --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_llama_block_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=LLAMA --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_bert_layer_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=BERT --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_bert_layer_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=BERT --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_deepnet_block_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=DEEPNET --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_deepnet_block_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=DEEPNET --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_sandwich_blocks_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=SANDWICH --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_sandwich_blocks_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=SANDWICH-BF16 --implicit-check-not=norm. --implicit-check-not=math.rsqrt
// RUN: norm-opt %S/Inputs/torch_llama_block_bf16.mlir --norm-raise --norm-fuse-residual=report 2>&1 >/dev/null | FileCheck %s --check-prefix=LLAMA-REPORT
// RUN: norm-opt %S/Inputs/torch_bert_layer_f32.mlir --norm-raise --norm-fuse-residual=report 2>&1 >/dev/null | FileCheck %s --check-prefix=BERT-REPORT
// RUN: norm-opt %S/Inputs/torch_llama_block_f32.mlir --norm-raise --norm-placement-report 2>&1 | FileCheck %s --check-prefix=LLAMA-PLACE
// RUN: norm-opt %S/Inputs/torch_bert_layer_f32.mlir --norm-raise --norm-placement-report 2>&1 | FileCheck %s --check-prefix=BERT-PLACE

// Whole transformer blocks as torch-mlir exports them (scripts/export-torch.py):
// every norm is raised, and every residual add that feeds a norm is fused,
// including torch-mlir's element-wise linalg.generic adds over 3-D tensors.
// No math.rsqrt (an unraised norm) and no norm op but the ones named below
// is left anywhere (--implicit-check-not; it does not look between the
// matches of a CHECK-COUNT, so each op has its own line).
// Execution against PyTorch: test/Integration/CPU/torch_blocks.py.

// LLaMA (Pre-LN): the first RMSNorm reads the block input; the attention
// residual add and the second RMSNorm fuse, and h (the sum) also feeds the
// block's final residual add.
// LLAMA-REPORT: remark: fused 1 residual add(s) into norms (1 Pre-LN chain(s)), removing 1024 bytes
// LLAMA: norm.rms_norm %arg0
// LLAMA: %[[S:.*]]:2 = norm.add_rms_norm %{{.*}}, %arg0
// LLAMA: linalg.generic {{.*}} ins(%[[S]]#1, %{{.*}} : tensor<2x8x32x{{(f32|bf16)}}>, tensor<2x8x32x{{(f32|bf16)}}>)

// BERT (Post-LN): both LayerNorms take their residual add.
// BERT-REPORT: remark: fused 2 residual add(s) into norms (0 Pre-LN chain(s)), removing 4096 bytes
// BERT: norm.add_layer_norm
// BERT: norm.add_layer_norm

// LLaMA block: two residual connections, x + attn and h + mlp (the block's
// output).
// LLAMA-PLACE: placement: pre-ln (x + F(Norm(x)))
// LLAMA-PLACE: placement: pre-ln
// LLAMA-PLACE: norm placements: 2 pre-ln; residual depth 2
// BERT-PLACE: placement: post-ln (Norm(x + F(x)); its output is the next residual)
// BERT-PLACE: placement: post-ln (Norm(x + F(x)) of the last block)
// BERT-PLACE: norm placements: 2 post-ln; residual depth 2

// DeepNet: alpha * x (an element-wise generic multiplying by 2) + F(x),
// normalized: both fuse with alpha on the skip branch.
// DEEPNET: norm.add_layer_norm {{.*}}alpha = 2.000000e+00
// DEEPNET: norm.add_layer_norm {{.*}}alpha = 2.000000e+00

// Sandwich-LN, f32: each x + LN_out(F) and the next LN_in become one
// norm.sandwich_norm; only the first block's LN_in stays.
// SANDWICH: norm.layer_norm %arg0
// SANDWICH: norm.sandwich_norm layer_norm
// SANDWICH: norm.sandwich_norm layer_norm

// Sandwich-LN, bf16: the export applies LN_out's weight and bias in f32 and
// rounds to bf16 once after them (the widened bf16 gamma/beta are read inside
// the generics), so LN_out raises whole, with its bf16 result, and the blocks
// fuse as in f32.
// SANDWICH-BF16: norm.layer_norm %arg0 : tensor<2x8x32xbf16> scale(%{{.*}} : tensor<32xbf16>) bias(%{{.*}} : tensor<32xbf16>)
// SANDWICH-BF16: norm.sandwich_norm layer_norm
// SANDWICH-BF16: norm.sandwich_norm layer_norm
