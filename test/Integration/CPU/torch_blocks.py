# RUN: %python %s
# REQUIRES: numpy
#
# Real frontend output end to end: torch-mlir's exports of a block of every
# residual placement: a LLaMA-style decoder block (Pre-LN RMSNorm,
# attention, SwiGLU), a BERT layer (Post-LN LayerNorm, attention and GELU
# with biases), a DeepNet block (DeepNorm, alpha 2) and two CogView-style
# Sandwich-LN blocks, and a ResNet-style block of two inference BatchNorms
# (NCHW), f32 and bf16, with fixed
# weights (test/Raise/Inputs, made by scripts/export-torch.py together with
# PyTorch's output on a fixed input). Compiled as exported and after
# --norm-raise --norm-fuse-residual through the CPU pipeline, both must
# reproduce PyTorch, and the raised + fused build must match the build of
# the exported IR.

import os

import numpy as np
import normtest as nt

INPUTS = os.path.join(os.path.dirname(__file__), "..", "..", "Raise",
                      "Inputs")
# Against PyTorch: matmul and tanh/exp differ in the last bits (f32), one
# bf16 rounding apart at most (bf16).
VS_TORCH = {"f32": (1e-4, 1e-4), "bf16": (8e-3, 8e-3)}
# Raised + fused against as-exported: the norms compute in f32 either way,
# in another order (vector kernels, FMAs): a norm's f32 tolerance.
VS_EXPORTED = {"f32": (2e-5, 2e-5), "bf16": (8e-3, 8e-3)}

check = nt.Checker()
for name in ("llama_block_f32", "llama_block_bf16", "bert_layer_f32",
             "bert_layer_bf16", "deepnet_block_f32", "deepnet_block_bf16",
             "sandwich_blocks_f32", "sandwich_blocks_bf16",
             "convnet_block_f32", "convnet_block_bf16"):
    ty = name.rsplit("_", 1)[1]
    source = open(os.path.join(INPUTS, f"torch_{name}.mlir")).read()
    data = np.load(os.path.join(INPUTS, f"torch_{name}.npz"))
    x = nt.to_storage(data["x"].astype(np.float64), ty)
    want = data["y"].astype(np.float64)
    outputs = {}
    for label, passes in (("exported", []),
                          ("raised+fused", ["--norm-raise",
                                            "--norm-fuse-residual"])):
        library = nt.compile_module(source, pre_passes=passes)
        got = nt.call(library, "main", [x], [(x.ndim, x.dtype)])[0]
        outputs[label] = nt.to_f64(got, ty)
        check.close(outputs[label], want, ty, f"{name} {label} vs PyTorch",
                    tolerance=VS_TORCH[ty])
    check.close(outputs["raised+fused"], outputs["exported"], ty,
                f"{name} raised+fused vs exported", tolerance=VS_EXPORTED[ty])
check.finish()
