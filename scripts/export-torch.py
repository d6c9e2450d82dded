#!/usr/bin/env python3
"""Exports PyTorch norm modules to linalg-on-tensors IR with torch-mlir.

Needs torch and torch-mlir (PyPI) in the running Python, e.g. a virtual
environment: `python3 -m venv v && v/bin/pip install torch torch-mlir`.
Writes one .mlir file per module into the directory given (default:
test/Raise/Inputs); the committed outputs let the test suite run without
torch. All exports are raised by --norm-raise.

Besides single norms it exports transformer blocks of every residual
placement with small fixed weights (seed 0), in f32 and bf16: a LLaMA-style
decoder block (Pre-LN RMSNorm, attention, SwiGLU MLP, residual adds), a BERT
layer (Post-LN LayerNorm, attention and GELU MLP with biases), a DeepNet
block (DeepNorm, alpha = 2) and two CogView-style Sandwich-LN blocks. For those it also writes
NAME.npz with the input `x` and PyTorch's output `y` (bf16 values stored as
float32, which holds them exactly), so that the tests can check that
raising + fusion + the CPU pipeline reproduce PyTorch.
"""

import os
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch_mlir import fx


class RMSNorm(nn.Module):
    """x * rsqrt(mean(x^2) + 1e-6) * w, w = ones."""

    def __init__(self, hidden):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden))

    def forward(self, x):
        rstd = torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6)
        return x * rstd * self.weight


class RMSNormBF16(nn.Module):
    """bf16 in and out, statistics in f32 (the LLaMA reference code)."""

    def __init__(self, hidden):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden, dtype=torch.bfloat16))

    def forward(self, x):
        xf = x.float()
        y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + 1e-6)
        return y.to(torch.bfloat16) * self.weight


class LlamaRMSNorm(nn.Module):
    """LLaMA's RMSNorm: statistics in f32, the result cast back, then the
    weight."""

    def __init__(self, hidden, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(hidden))

    def forward(self, x):
        xf = x.float()
        y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + self.eps)
        return y.to(x.dtype) * self.weight


class RMSNormOfInputs(nn.Module):
    """x * rsqrt(mean(x^2) + 1e-6) * w, the weight an input."""

    def forward(self, x, w):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * w


class RMSNormNoWeight(nn.Module):
    """x * rsqrt(mean(x^2) + 1e-6)."""

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6)


class LayerNormOfInputs(nn.Module):
    """F.layer_norm over the last `dims` dims (sizes read off x), eps 1e-5,
    weight and bias inputs when given."""

    def __init__(self, dims=1):
        super().__init__()
        self.dims = dims

    def forward(self, x, weight=None, bias=None):
        return F.layer_norm(x, x.shape[-self.dims:], weight, bias)


class SelfAttention(nn.Module):
    def __init__(self, hidden, heads, bias):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(hidden, hidden, bias=bias)
        self.k = nn.Linear(hidden, hidden, bias=bias)
        self.v = nn.Linear(hidden, hidden, bias=bias)
        self.o = nn.Linear(hidden, hidden, bias=bias)

    def forward(self, x):
        b, s, d = x.shape
        hd = d // self.heads

        def split(t):
            return t.view(b, s, self.heads, hd).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = torch.matmul(q, k.transpose(2, 3)) / (hd ** 0.5)
        p = torch.softmax(scores.float(), dim=-1).to(x.dtype)
        return self.o(torch.matmul(p, v).transpose(1, 2).reshape(b, s, d))


class LlamaBlock(nn.Module):
    """Pre-LN: h = x + Attn(RMS(x)); out = h + MLP(RMS(h))."""

    def __init__(self, hidden=32, heads=2, ffn=64):
        super().__init__()
        self.attn_norm = LlamaRMSNorm(hidden)
        self.attn = SelfAttention(hidden, heads, bias=False)
        self.mlp_norm = LlamaRMSNorm(hidden)
        self.gate = nn.Linear(hidden, ffn, bias=False)
        self.up = nn.Linear(hidden, ffn, bias=False)
        self.down = nn.Linear(ffn, hidden, bias=False)

    def forward(self, x):
        h = x + self.attn(self.attn_norm(x))
        n = self.mlp_norm(h)
        return h + self.down(F.silu(self.gate(n)) * self.up(n))


class BertLayer(nn.Module):
    """Post-LN: h = LN(x + Attn(x)); out = LN(h + MLP(h))."""

    def __init__(self, hidden=32, heads=2, ffn=64):
        super().__init__()
        self.attn = SelfAttention(hidden, heads, bias=True)
        self.ln1 = nn.LayerNorm(hidden, eps=1e-12)
        self.up = nn.Linear(hidden, ffn)
        self.down = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=1e-12)

    def forward(self, x):
        h = self.ln1(x + self.attn(x))
        return self.ln2(h + self.down(F.gelu(self.up(h), approximate="tanh")))


class DeepNetBlock(nn.Module):
    """DeepNorm: h = LN(alpha * x + Attn(x)); out = LN(alpha * h + MLP(h))."""

    def __init__(self, hidden=32, heads=2, ffn=64, alpha=2.0):
        super().__init__()
        self.alpha = alpha
        self.attn = SelfAttention(hidden, heads, bias=True)
        self.ln1 = nn.LayerNorm(hidden)
        self.up = nn.Linear(hidden, ffn)
        self.down = nn.Linear(ffn, hidden)
        self.ln2 = nn.LayerNorm(hidden)

    def forward(self, x):
        h = self.ln1(self.alpha * x + self.attn(x))
        return self.ln2(self.alpha * h + self.down(F.gelu(self.up(h),
                                                          approximate="tanh")))


class SandwichBlocks(nn.Module):
    """Sandwich-LN (CogView), two blocks and the final norm:
    x + LN_out(F(LN_in(x)))."""

    def __init__(self, hidden=32, heads=2, ffn=64):
        super().__init__()
        self.attn = SelfAttention(hidden, heads, bias=True)
        self.norms = nn.ModuleList(nn.LayerNorm(hidden) for _ in range(5))
        self.up = nn.Linear(hidden, ffn)
        self.down = nn.Linear(ffn, hidden)

    def forward(self, x):
        x = x + self.norms[1](self.attn(self.norms[0](x)))
        mlp = self.down(F.gelu(self.up(self.norms[2](x)), approximate="tanh"))
        x = x + self.norms[3](mlp)
        return self.norms[4](x)


class ConvNetBlock(nn.Module):
    """A ResNet-style block in inference: conv, BatchNorm, ReLU, conv,
    BatchNorm, plus the input, ReLU (NCHW)."""

    def __init__(self, channels=8):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels, eps=1e-3)

    def forward(self, x):
        h = F.relu(self.bn1(self.conv1(x)))
        return F.relu(x + self.bn2(self.conv2(h)))


BLOCKS = (("llama_block", LlamaBlock, (2, 8, 32)),
          ("bert_layer", BertLayer, (2, 8, 32)),
          ("deepnet_block", DeepNetBlock, (2, 8, 32)),
          ("sandwich_blocks", SandwichBlocks, (2, 8, 32)),
          ("convnet_block", ConvNetBlock, (2, 8, 6, 6)))


def blocks(only=None):
    """(name, module, input) of the transformer blocks, fixed weights."""
    for dtype, suffix in ((torch.float32, "f32"), (torch.bfloat16, "bf16")):
        for name, cls, shape in BLOCKS:
            if only and name not in only:
                continue
            torch.manual_seed(0)
            module = cls().to(dtype)
            for pname, parameter in module.named_parameters():
                if parameter.dim() > 1:
                    nn.init.normal_(parameter, std=0.3)
                else:
                    # Norm gains around 1, biases around 0.
                    gain = pname.endswith("weight")
                    nn.init.normal_(parameter, mean=1.0 if gain else 0.0,
                                    std=0.1)
            with torch.no_grad():
                for buffer_name, buffer in module.named_buffers():
                    if buffer_name.endswith("running_mean"):
                        buffer.normal_(0.0, 0.3)
                    elif buffer_name.endswith("running_var"):
                        buffer.uniform_(0.5, 2.0)
            x = torch.randn(*shape).to(dtype)
            yield f"torch_{name}_{suffix}", module.eval(), x


def write_export(out, name, module, example,
                 output_type="linalg-on-tensors", dynamic_rows=False,
                 dynamic_shapes=None):
    """`example` is the input tensor or a tuple of them; `dynamic_shapes`
    (one dict per input) as torch.export takes it."""
    if dynamic_rows:
        dynamic_shapes = [{0: torch.export.Dim("rows")}]
    example = example if isinstance(example, tuple) else (example,)
    exported = fx.export_and_import(module, *example, output_type=output_type,
                                    dynamic_shapes=dynamic_shapes)
    summary = (type(module).__doc__ or type(module).__name__).splitlines()[0]
    with open(os.path.join(out, name + ".mlir"), "w") as f:
        f.write(f"// Exported by scripts/export-torch.py (torch-mlir, PyTorch "
                f"{torch.__version__.split('+')[0]}) as {output_type} IR, "
                f"unchanged:\n// {type(module).__name__}: {summary}\n")
        f.write(str(exported))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith(
        "--") else os.path.join(
        os.path.dirname(__file__), "..", "test", "Raise", "Inputs")
    os.makedirs(out, exist_ok=True)
    modules = {
        "torch_rms_norm": (RMSNorm(64), torch.randn(4, 64)),
        "torch_layer_norm": (nn.LayerNorm(64), torch.randn(4, 64)),
        "torch_rms_norm_bf16": (RMSNormBF16(64),
                                torch.randn(4, 64, dtype=torch.bfloat16)),
    }
    for name, (module, example) in modules.items():
        write_export(out, name, module, example)
        print(f"wrote {name}.mlir")
    # Normalized over the last two dims.
    write_export(out, "torch_layer_norm_2d", nn.LayerNorm((8, 64)),
                 torch.randn(2, 8, 64))
    print("wrote torch_layer_norm_2d.mlir")
    # A row count known only at run time (batch x sequence, flattened).
    for name, module, example in (
            ("torch_rms_norm_dynamic", RMSNorm(64), torch.randn(4, 64)),
            ("torch_layer_norm_dynamic", nn.LayerNorm(64), torch.randn(4, 64))):
        write_export(out, name, module, example, dynamic_rows=True)
        print(f"wrote {name}.mlir")
    # A normalized size known only at run time too: N is read with
    # tensor.dim (a product of them over several normalized dims).
    rows, hidden = torch.export.Dim("rows"), torch.export.Dim("hidden")
    seq = torch.export.Dim("seq")
    for name, module, example, dynamic in (
            ("torch_rms_norm_dynamic_hidden", RMSNormNoWeight(),
             torch.randn(4, 64), [{0: rows, 1: hidden}]),
            ("torch_layer_norm_dynamic_hidden", LayerNormOfInputs(),
             torch.randn(4, 64), [{0: rows, 1: hidden}]),
            ("torch_layer_norm_2d_dynamic", LayerNormOfInputs(2),
             torch.randn(2, 8, 64), [{1: seq, 2: hidden}]),
            ("torch_rms_norm_dynamic_weight", RMSNormOfInputs(),
             (torch.randn(4, 64), torch.randn(64)),
             [{0: rows, 1: hidden}, {0: hidden}]),
            ("torch_layer_norm_dynamic_weight", LayerNormOfInputs(),
             (torch.randn(4, 64), torch.randn(64), torch.randn(64)),
             [{0: rows, 1: hidden}, {0: hidden}, {0: hidden}])):
        write_export(out, name, module, example, dynamic_shapes=dynamic)
        print(f"wrote {name}.mlir")
    # The same norms through torch-mlir's TOSA backend.
    tosa_modules = {
        "tosa_rms_norm": (RMSNorm(64), torch.randn(4, 64)),
        "tosa_layer_norm": (nn.LayerNorm(64), torch.randn(4, 64)),
        "tosa_layer_norm_2d": (nn.LayerNorm((8, 64)), torch.randn(2, 8, 64)),
        "tosa_rms_norm_bf16": (RMSNormBF16(64),
                               torch.randn(2, 4, 64, dtype=torch.bfloat16)),
    }
    for name, (module, example) in tosa_modules.items():
        write_export(out, name, module, example, output_type="tosa")
        print(f"wrote {name}.mlir")
    # `--blocks NAME,...`: only those blocks (a new block without rewriting
    # the other exports).
    if "--blocks" in sys.argv:
        only = sys.argv[sys.argv.index("--blocks") + 1].split(",")
        for name, module, x in blocks(only):
            with torch.no_grad():
                y = module(x)
            write_export(out, name, module, x)
            np.savez(os.path.join(out, name + ".npz"),
                     x=x.float().numpy(), y=y.float().numpy())
            print(f"wrote {name}.mlir and {name}.npz")
        return
    for name, module, x in blocks():
        with torch.no_grad():
            y = module(x)
        write_export(out, name, module, x)
        np.savez(os.path.join(out, name + ".npz"),
                 x=x.float().numpy(), y=y.float().numpy())
        print(f"wrote {name}.mlir and {name}.npz")


if __name__ == "__main__":
    main()
