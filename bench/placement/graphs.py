"""The transformer blocks of the placement study (issue 23) and their
forward and backward graphs: PyTorch modules, captured by AOTAutograd with
the core decompositions and the min-cut partitioner (the recipe of
scripts/export-backward.py), imported by torch-mlir's FX importer as
linalg-on-tensors, raised (--norm-raise), fused (--norm-fuse-residual) and
compiled by norm's CPU pipeline (python/norm_aot.py).

One block's forward and backward graph serve every layer of a stack: the
weights are arguments of the graphs, so a stack of L blocks runs the same
two compiled functions L times each (the forward from the first block up,
keeping what each block's forward saves; the backward from the last block
down, the residual stream's gradient passed from one block to the one
below). Only DeepNorm's block depends on the depth (alpha is a constant of
the graph), so it is compiled once per depth.
"""

import os
import re
import subprocess
import sys
import time

import numpy as np
import torch
import torch.nn as nn

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(ROOT, "python"))
import norm_aot  # noqa: E402

PLACEMENTS = ("post", "pre", "sandwich", "deepnorm")
NAMES = {"post": "Post-LN", "pre": "Pre-LN", "sandwich": "Sandwich-LN",
         "deepnorm": "DeepNorm"}
PASSES = ("--norm-raise", "--norm-fuse-residual")


_DEEPNORM = {}


def deepnorm_constants(layers):
    """(alpha, beta) of an encoder-only DeepNet of `layers` layers, as the
    dialect computes them (computeDeepNormAlpha/Beta through
    DeepNormOp::getEffectiveAlpha/getDeepNormBeta): read off
    --norm-placement-report's remark on a norm.deep_norm with
    arch = encoder, 6 decimals, and checked against DeepNet's table,
    (2N)^(1/4) and (8N)^(-1/4)."""
    if layers not in _DEEPNORM:
        source = (
            "func.func @f(%f: tensor<2x64xf32>, %x: tensor<2x64xf32>) -> "
            "tensor<2x64xf32> {\n  %y = norm.deep_norm %f, %x : "
            "tensor<2x64xf32>, tensor<2x64xf32> outs(%f : tensor<2x64xf32>) "
            f"{{arch = #norm.arch<encoder>, encoder_layers = {layers}}}\n"
            "  return %y : tensor<2x64xf32>\n}\n")
        out = subprocess.run(["norm-opt", "-", "--norm-placement-report",
                              "-o", "/dev/null"], input=source, check=True,
                             capture_output=True, text=True).stderr
        m = re.search(r"alpha = ([0-9.e+-]+), init gain beta = ([0-9.e+-]+)",
                      out)
        alpha, beta = float(m.group(1)), float(m.group(2))
        for got, want in ((alpha, (2.0 * layers) ** 0.25),
                          (beta, (8.0 * layers) ** -0.25)):
            if abs(got - want) > 1e-6 * want + 1e-6:
                raise RuntimeError(f"DeepNorm L={layers}: norm says {got}, "
                                   f"DeepNet's table {want}")
        _DEEPNORM[layers] = (alpha, beta)
    return _DEEPNORM[layers]


def deepnorm_alpha(layers):
    return deepnorm_constants(layers)[0]


def deepnorm_beta(layers):
    return deepnorm_constants(layers)[1]


class Attention(nn.Module):
    def __init__(self, hidden, heads):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(hidden, hidden, bias=False)
        self.k = nn.Linear(hidden, hidden, bias=False)
        self.v = nn.Linear(hidden, hidden, bias=False)
        self.o = nn.Linear(hidden, hidden, bias=False)

    def forward(self, x):
        b, s, d = x.shape
        hd = d // self.heads

        def split(t):
            return t.view(b, s, self.heads, hd).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        p = torch.softmax(torch.matmul(q, k.transpose(2, 3)) / hd ** 0.5, -1)
        return self.o(torch.matmul(p, v).transpose(1, 2).reshape(b, s, d))


class MLP(nn.Module):
    def __init__(self, hidden, ffn):
        super().__init__()
        self.up = nn.Linear(hidden, ffn, bias=False)
        self.down = nn.Linear(ffn, hidden, bias=False)

    def forward(self, x):
        # tanh GELU written out: torch-mlir lowers F.gelu(approximate=
        # "tanh") with sqrt(2/pi) as 0.797724 instead of 0.7978846, which
        # moves the output by 4e-5 of its size from PyTorch's (not norm's
        # doing; bugs/README.md).
        u = self.up(x)
        g = 0.5 * u * (1.0 + torch.tanh(0.7978845608028654 *
                                        (u + 0.044715 * u * u * u)))
        return self.down(g)


class Block(nn.Module):
    """One transformer block, self-attention then MLP, in a placement:
    post:     x = LN(x + F(x))                 (Vaswani et al., BERT)
    pre:      x = x + F(LN(x))                 (GPT-2, LLaMA)
    sandwich: x = x + LN_out(F(LN_in(x)))      (CogView)
    deepnorm: x = LN(alpha * x + F(x))         (DeepNet)
    """

    def __init__(self, placement, hidden, heads, ffn, alpha=1.0):
        super().__init__()
        self.placement, self.alpha = placement, alpha
        self.attn = Attention(hidden, heads)
        self.mlp = MLP(hidden, ffn)
        count = 4 if placement == "sandwich" else 2
        self.norms = nn.ModuleList(nn.LayerNorm(hidden) for _ in range(count))

    def forward(self, x):
        n, p = self.norms, self.placement
        for i, f in enumerate((self.attn, self.mlp)):
            if p == "post":
                x = n[i](x + f(x))
            elif p == "pre":
                x = x + f(n[i](x))
            elif p == "sandwich":
                x = x + n[2 * i + 1](f(n[2 * i](x)))
            else:
                x = n[i](self.alpha * x + f(x))
        return x


class Head(nn.Module):
    """The final LayerNorm (Pre-LN and Sandwich-LN stacks end with one; a
    Post-LN or DeepNorm block's output is normalized already), a linear
    read-out to the vocabulary and the mean cross-entropy against one-hot
    targets (an input, written as a sum so that it stays elementwise)."""

    def __init__(self, hidden, vocab, final_norm):
        super().__init__()
        self.norm = nn.LayerNorm(hidden) if final_norm else None
        self.out = nn.Linear(hidden, vocab, bias=False)

    def forward(self, x, onehot):
        if self.norm is not None:
            x = self.norm(x)
        logp = torch.log_softmax(self.out(x), -1)
        return -(logp * onehot).sum() / (onehot.shape[0] * onehot.shape[1])


def init_block(block, placement, layers):
    """Xavier (normal) for every weight matrix, LayerNorm gains 1 and biases
    0; DeepNorm: Xavier with gain beta for the MLP's, the value's and the
    output projection's weights, 1 for the query and key (Wang et al. 2022,
    Figure 2)."""
    beta = deepnorm_beta(layers) if placement == "deepnorm" else 1.0
    with torch.no_grad():
        for name, p in block.named_parameters():
            if p.dim() < 2:
                continue
            scaled = not (name.startswith("attn.q") or
                          name.startswith("attn.k"))
            nn.init.xavier_normal_(p, gain=beta if scaled else 1.0)


# ---------------------------------------------------------------------------
# Capture and export
# ---------------------------------------------------------------------------


def capture(module, inputs):
    """AOTAutograd of module(*inputs) with every input and parameter
    requiring a gradient: (forward GraphModule, backward GraphModule,
    parameter names in argument order)."""
    from torch._decomp import core_aten_decompositions, get_decompositions
    from torch._functorch.aot_autograd import aot_function, make_boxed_func
    from torch._functorch.partitioners import \
        min_cut_rematerialization_partition

    decompositions = dict(core_aten_decompositions())
    decompositions.update(get_decompositions(
        [torch.ops.aten.native_layer_norm_backward]))
    params = dict(module.named_parameters())
    pnames = list(params)

    def f(*flat):
        ins = flat[:len(inputs)]
        ps = dict(zip(pnames, flat[len(inputs):]))
        out = torch.func.functional_call(module, ps, ins)
        return out if isinstance(out, tuple) else (out,)

    graphs = {}

    def fw_compiler(gm, example):
        graphs["fw"] = gm
        return make_boxed_func(gm.forward)

    def bw_compiler(gm, example):
        graphs["bw"] = gm
        return make_boxed_func(gm.forward)

    compiled = aot_function(f, fw_compiler, bw_compiler,
                            partition_fn=min_cut_rematerialization_partition,
                            decompositions=decompositions)
    leaves = [t.detach().clone().requires_grad_() for t in inputs]
    leaves += [params[p].detach().clone().requires_grad_() for p in pnames]
    outs = compiled(*leaves)
    torch.autograd.backward(outs, [torch.ones_like(o) for o in outs])
    return graphs["fw"], graphs["bw"], pnames


def to_mlir(gm):
    from torch_mlir import fx
    return str(fx.stateless_fx_import(gm, output_type="linalg-on-tensors",
                                      model_name="main"))


def norm_ops(text):
    """norm.* ops of a module and their counts."""
    counts = {}
    for op in re.findall(r"\bnorm\.([a-z_]+)\b", text.split("{-#")[0]):
        counts[op] = counts.get(op, 0) + 1
    return counts


class Compiled:
    """A graph compiled by norm: call(*arrays) -> list of float32 arrays."""

    def __init__(self, gm, example_args, label, workdir):
        self.label = label
        with torch.no_grad():
            outs = gm(*example_args)
        text = to_mlir(gm)
        # A result that is one of @main's arguments, returned unchanged (the
        # forward hands weights on to the backward that way), is not a
        # result of the compiled function: norm's CPU pipeline drops it
        # (-norm-drop-argument-results, docs/Passes.md; the caller holds
        # the buffer). It is taken from the arguments instead.
        returned = re.search(r"^\s*return (.*?) :", text.split("{-#")[0],
                             re.M).group(1).split(", ")
        self.from_arg = [int(v[4:]) if re.fullmatch(r"%arg\d+", v) else None
                         for v in returned]
        if len(self.from_arg) != len(outs):
            raise RuntimeError(f"{label}: {len(outs)} results, "
                               f"{len(self.from_arg)} returned")
        self.results = [(o.dim(), np.float32) for o, a in
                        zip(outs, self.from_arg) if a is None]
        path = os.path.join(workdir, label + ".mlir")
        with open(path, "w") as f:
            f.write(text)
        raised = subprocess.run(["norm-opt", path, *PASSES], check=True,
                                capture_output=True, text=True).stdout
        with open(os.path.join(workdir, label + ".raised.mlir"), "w") as f:
            f.write(raised)
        self.norm_ops = norm_ops(raised)
        self.left_reductions = len(re.findall(r'"reduction"', raised))
        start = time.perf_counter()
        self.library = norm_aot.compile_module(text, pre_passes=PASSES)
        self.compile_s = time.perf_counter() - start
        self.text_bytes = len(text)

    def __call__(self, *args):
        arrays = [np.ascontiguousarray(a, dtype=np.float32) for a in args]
        invoke = norm_aot.prepare(self.library, "main", arrays, self.results)
        invoke()
        descs = norm_aot.result_descriptors(invoke, len(self.results))
        got = iter([norm_aot.from_descriptor(d, rank, dtype)
                    for d, (rank, dtype) in zip(descs, self.results)])
        # A training loop of thousands of calls must free what each call
        # allocated for its results.
        norm_aot.free_results(descs, arrays)
        return [next(got) if a is None else arrays[a]
                for a in self.from_arg]


class Graphs:
    """A module's forward and backward (one output), compiled by norm.
    forward(inputs, params) -> (output, saved); backward(saved, doutput)
    -> (gradients of the inputs, of the parameters in parameter order)."""

    def __init__(self, module, example_inputs, label, workdir):
        self.n_inputs = len(example_inputs)
        fw, bw, self.pnames = capture(module, tuple(example_inputs))
        params = [p.detach() for p in module.parameters()]
        with torch.no_grad():
            fw_out = fw(*example_inputs, *params)
        bw_example = list(fw_out[1:]) + [torch.ones_like(fw_out[0])]
        self.fw = Compiled(fw, [*example_inputs, *params], label + "_fwd",
                           workdir)
        self.bw = Compiled(bw, bw_example, label + "_bwd", workdir)

    def forward(self, inputs, params):
        out = self.fw(*inputs, *params)
        return out[0], out[1:]

    def backward(self, saved, dout):
        out = self.bw(*saved, dout)
        return out[:self.n_inputs], out[self.n_inputs:]
