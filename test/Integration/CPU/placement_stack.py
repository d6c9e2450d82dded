# RUN: %python %s
# REQUIRES: numpy
#
# The placement study's method on a two-block Post-LN stack (issue 23,
# docs/PlacementStudy.md): one block's forward and backward graphs as
# AOTAutograd + torch-mlir export them (Inputs/placement, written by
# bench/placement/study.py --export-test), raised, fused and compiled by
# the CPU pipeline, called once per layer (forward up, head, backward
# down), reproduce PyTorch's float64 autograd gradients of every layer's
# weights and of the residual stream: max |got - want| / max |want| per
# layer <= 1e-4, the study's documented tolerance. The raised backward
# holds a norm.layer_norm_grad (the Post-LN block's upper norm; before
# the fix tested by test/Raise/backward-post-ln-chain.mlir it held none).

import os
import re
import subprocess

import numpy as np
import normtest as nt

INPUTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs",
                      "placement")
PASSES = ["--norm-raise", "--norm-fuse-residual"]
TOLERANCE = 1e-4


class Graph:
    """A compiled graph; results that are @main's arguments returned as
    they are do not come out of the C interface (-norm-drop-argument-
    results): they are taken from the arguments."""

    def __init__(self, name):
        with open(os.path.join(INPUTS, f"post_ln_{name}.mlir")) as f:
            text = f.read()
        body = text.split("{-#")[0]
        head = re.search(r"func\.func @main\(.*?\) -> \((.*?)\) \{", body)
        types = re.findall(r"tensor<([^>]*)>", head.group(1))
        returned = re.search(r"^\s*return (.*?) :", body, re.M).group(1)
        self.from_arg = [int(v[4:]) if re.fullmatch(r"%arg\d+", v) else None
                         for v in returned.split(", ")]
        assert len(types) == len(self.from_arg), name
        self.results = [(t.count("x"), np.float32) for t, a in
                        zip(types, self.from_arg) if a is None]
        self.library = nt.compile_module(text, pre_passes=PASSES)
        self.raised = subprocess.run(
            ["norm-opt", os.path.join(INPUTS, f"post_ln_{name}.mlir"),
             *PASSES], check=True, capture_output=True, text=True).stdout

    def __call__(self, *args):
        args = [np.ascontiguousarray(a, dtype=np.float32) for a in args]
        got = iter(nt.call(self.library, "main", args, self.results))
        return [next(got) if a is None else args[a] for a in self.from_arg]


def main():
    data = np.load(os.path.join(INPUTS, "post_ln_stack.npz"))
    layers = 1 + max(int(k[1:].split("_")[0]) for k in data.files
                     if re.fullmatch(r"w\d+_\d+", k))
    params = [[data[f"w{l}_{i}"] for i in range(
        sum(1 for k in data.files if k.startswith(f"w{l}_")))]
        for l in range(layers)]
    head = [data[k] for k in sorted(k for k in data.files
                                    if k.startswith("head_"))]
    block_fwd, block_bwd = Graph("block_fwd"), Graph("block_bwd")
    head_fwd, head_bwd = Graph("head_fwd"), Graph("head_bwd")

    failures = []
    if "norm.layer_norm_grad" not in block_bwd.raised:
        failures.append("the block's backward holds no norm.layer_norm_grad")

    h, saved = data["x"], []
    for p in params:
        out = block_fwd(h, *p)
        h = out[0]
        saved.append(out[1:])
    hout = head_fwd(h, data["onehot"], *head)
    dh = head_bwd(*hout[1:], np.ones((), np.float32))[0]
    dxs, grads = [dh], []
    for s in reversed(saved):
        out = block_bwd(*s, dh)
        dh = out[0]
        dxs.append(dh)
        grads.append(out[1:])
    dxs, grads = dxs[::-1], grads[::-1]

    checked = 0
    for l in range(layers):
        got = np.concatenate([g.ravel() for g in grads[l]])
        want = np.concatenate([data[f"dw{l}_{i}"].ravel()
                               for i in range(len(params[l]))])
        for what, g, w in (("weights", got, want),
                           ("residual", dxs[l], data[f"dx{l}"])):
            w = w.astype(np.float64)
            error = float(np.abs(g - w).max() / np.abs(w).max())
            print(f"layer {l} {what}: {error:.2g} off float64 autograd")
            checked += 1
            if not error <= TOLERANCE:
                failures.append(f"layer {l} {what}: {error:.3g} > "
                                f"{TOLERANCE:g}")
    for failure in failures:
        print("FAIL", failure)
    print(f"{checked} comparisons, {len(failures)} failed")
    if failures:
        raise SystemExit(1)


main()
