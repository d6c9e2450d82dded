#!/usr/bin/env python3
"""Exports PyTorch norm modules to linalg-on-tensors IR with torch-mlir.

Needs torch and torch-mlir (PyPI) in the running Python, e.g. a virtual
environment: `python3 -m venv v && v/bin/pip install torch torch-mlir`.
Writes one .mlir file per module into the directory given (default:
test/Raise/Inputs); the committed outputs let the test suite run without
torch. All exports are raised by --norm-raise.
"""

import os
import sys

import torch
import torch.nn as nn
from torch_mlir import fx


class RMSNorm(nn.Module):
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


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "test", "Raise", "Inputs")
    os.makedirs(out, exist_ok=True)
    modules = {
        "torch_rms_norm": (RMSNorm(64), torch.randn(4, 64)),
        "torch_layer_norm": (nn.LayerNorm(64), torch.randn(4, 64)),
        "torch_rms_norm_bf16": (RMSNormBF16(64),
                                torch.randn(4, 64, dtype=torch.bfloat16)),
    }
    for name, (module, example) in modules.items():
        exported = fx.export_and_import(module, example,
                                        output_type="linalg-on-tensors")
        with open(os.path.join(out, name + ".mlir"), "w") as f:
            f.write(str(exported))
        print(f"wrote {name}.mlir")


if __name__ == "__main__":
    main()
