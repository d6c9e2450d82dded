// RUN: norm-opt %S/Inputs/torch_llama_block_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=LLAMA
// RUN: norm-opt %S/Inputs/torch_llama_block_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=LLAMA
// RUN: norm-opt %S/Inputs/torch_bert_layer_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=BERT
// RUN: norm-opt %S/Inputs/torch_bert_layer_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=BERT
// RUN: norm-opt %S/Inputs/torch_deepnet_block_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=DEEPNET
// RUN: norm-opt %S/Inputs/torch_deepnet_block_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=DEEPNET
// RUN: norm-opt %S/Inputs/torch_sandwich_blocks_f32.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=SANDWICH
// RUN: norm-opt %S/Inputs/torch_sandwich_blocks_bf16.mlir --norm-raise --norm-fuse-residual | FileCheck %s --check-prefix=SANDWICH-BF16
// RUN: norm-opt %S/Inputs/torch_llama_block_bf16.mlir --norm-raise --norm-fuse-residual=report 2>&1 >/dev/null | FileCheck %s --check-prefix=LLAMA-REPORT
// RUN: norm-opt %S/Inputs/torch_bert_layer_f32.mlir --norm-raise --norm-fuse-residual=report 2>&1 >/dev/null | FileCheck %s --check-prefix=BERT-REPORT
// RUN: norm-opt %S/Inputs/torch_llama_block_f32.mlir --norm-raise --norm-placement-report 2>&1 | FileCheck %s --check-prefix=LLAMA-PLACE
// RUN: norm-opt %S/Inputs/torch_bert_layer_f32.mlir --norm-raise --norm-placement-report 2>&1 | FileCheck %s --check-prefix=BERT-PLACE

// Whole transformer blocks as torch-mlir exports them (scripts/export-torch.py):
// every norm is raised, and every residual add that feeds a norm is fused,
// including torch-mlir's element-wise linalg.generic adds over 3-D tensors.
// Execution against PyTorch: test/Integration/CPU/torch_blocks.py.

// LLaMA (Pre-LN): the first RMSNorm reads the block input; the attention
// residual add and the second RMSNorm fuse, and h (the sum) also feeds the
// block's final residual add.
// LLAMA-REPORT: remark: fused 1 residual add(s) into norms (1 Pre-LN chain(s)), removing 1024 bytes
// LLAMA: norm.rms_norm %arg0
// LLAMA-NOT: math.rsqrt
// LLAMA: %[[S:.*]]:2 = norm.add_rms_norm %{{.*}}, %arg0
// LLAMA-NOT: math.rsqrt
// LLAMA-NOT: norm.
// LLAMA: linalg.generic {{.*}} ins(%[[S]]#1, %{{.*}} : tensor<2x8x32x{{(f32|bf16)}}>, tensor<2x8x32x{{(f32|bf16)}}>)
// LLAMA-NOT: norm.

// BERT (Post-LN): both LayerNorms take their residual add.
// BERT-REPORT: remark: fused 2 residual add(s) into norms (0 Pre-LN chain(s)), removing 4096 bytes
// BERT-NOT: norm.layer_norm
// BERT: norm.add_layer_norm
// BERT-NOT: math.rsqrt
// BERT: norm.add_layer_norm
// BERT-NOT: math.rsqrt
// BERT-NOT: norm.layer_norm

// LLAMA-PLACE: placement: pre-ln (x + F(Norm(x)))
// LLAMA-PLACE: placement: pre-ln
// LLAMA-PLACE: norm placements: 2 pre-ln; residual depth 1
// BERT-PLACE: placement: post-ln (Norm(x + F(x)); its output is the next residual)
// BERT-PLACE: placement: post-ln (Norm(x + F(x)) of the last block)
// BERT-PLACE: norm placements: 2 post-ln; residual depth 2

// DeepNet: alpha * x (an element-wise generic multiplying by 2) + F(x),
// normalized: both fuse with alpha on the skip branch.
// DEEPNET-COUNT-2: norm.add_layer_norm {{.*}}alpha = 2.000000e+00
// DEEPNET-NOT: norm.layer_norm

// Sandwich-LN, f32: each x + LN_out(F) and the next LN_in become one
// norm.sandwich_norm; only the first block's LN_in stays.
// SANDWICH: norm.layer_norm %arg0
// SANDWICH-COUNT-2: norm.sandwich_norm layer_norm
// SANDWICH-NOT: norm.layer_norm
// SANDWICH-NOT: norm.add_layer_norm

// Sandwich-LN, bf16: PyTorch applies LN_out's weight and bias after rounding
// its result to bf16, so LN_out stays a separate op (merging the two
// roundings would change the numbers); the adds still fuse with LN_in.
// SANDWICH-BF16-NOT: norm.sandwich_norm
// SANDWICH-BF16-COUNT-2: norm.add_layer_norm
