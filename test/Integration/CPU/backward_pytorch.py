# RUN: %python %s
# REQUIRES: numpy
#
# The backward ops on what PyTorch itself saves and passes: for each case of
# the committed backward-graph corpus (test/Raise/Inputs/backward: nn.LayerNorm
# with and without affine/bias, transformers' LlamaRMSNorm and GemmaRMSNorm,
# and the Pre-LN residual blocks, f32 and bf16), the matching
# norm.*_grad op is called on the arguments AOTAutograd's backward receives
# (x or the saved h, the weight, the saved f32 statistics, dy, and the
# residual stream's dh), compiled with --norm-cpu-pipeline in each of its
# lowerings (the backward row kernels and the linalg reference), and its
# gradients are compared with autograd's in float64 at the corpus' tolerance
# (max |got - want| / max |want|: 1e-5 in f32, 1.6e-2 in bf16). PyTorch's
# bf16 LayerNorm saves its mean and rstd in bf16 (8 bits): the op takes f32
# statistics, so those cases recompute them from x (the op's other form).

import sys

import numpy as np
import backward_graphs as bg
from normtest import LOWERINGS, call, compile_module, tensor_type, STORAGE

failures = []
checks = 0
for name in bg.case_names():
    c = bg.load_case(name)
    ty = {"float32": "f32", "bfloat16": "bf16"}[
        c.meta["bwd_args"][-1]["dtype"]]
    kind = c.meta["kind"]
    args = dict(zip(c.arg_names, c.args))
    fused = kind.startswith("add_")
    layer = "layer" in kind
    x_key = "h" if fused else "x"
    m = tensor_type([2, 4, 64], ty)
    v = tensor_type([64], ty)
    s = tensor_type([2, 4, 1], "f32")
    params, operands, order = [], [], []

    def take(key, type_):
        params.append(f"%{key}: {type_}")
        operands.append(args[key])
        order.append(key)

    take("dy", m)
    take(x_key, m)
    clauses = ""
    if fused:
        take("dh", m)
        clauses += f" residual_grad(%dh : {m})"
    if "weight" in args:
        take("weight", v)
        clauses += f" scale(%weight : {v})"
    saved = [k for k in (("mean", "rstd") if layer else ("rstd",))
             if k in args and args[k].dtype == np.float32]
    if len(saved) == (2 if layer else 1):
        for key in saved:
            take(key, s)
            clauses += f" {key}(%{key} : {s})"
    results = c.results
    outs_types = [m if r in ("dx", "dr") else v for r in results]
    if layer and "dweight" in results and "dbias" not in results:
        outs_types.append(v)      # the op returns dscale and dbias together
    inits = "\n  ".join(
        f"%e{i} = tensor.empty() : {t}" for i, t in enumerate(outs_types))
    names = ", ".join(f"%r{i}" for i in range(len(outs_types)))
    types = ", ".join(outs_types)
    attrs = []
    if not layer and c.meta["rms_offset"]:
        attrs.append(f"offset = {float(c.meta['rms_offset'])} : f64")
    attrs.append(f"epsilon = {c.meta['epsilon']:.6e} : f64")
    op = {"layer_norm": "layer_norm_grad", "rms_norm": "rms_norm_grad",
          "add_layer_norm": "add_layer_norm_grad",
          "add_rms_norm": "add_rms_norm_grad"}[kind]
    source = f"""
func.func @grad({', '.join(params)}) -> ({types}) {{
  {inits}
  {names} = norm.{op} %dy, %{x_key} : {m}, {m}{clauses}
      outs({', '.join(f'%e{i}' for i in range(len(outs_types)))} : {types})
      {{{', '.join(attrs)}}}
  return {names} : {types}
}}
"""
    for lowering in LOWERINGS:
        lib = compile_module(source, options=lowering)
        got = call(lib, "grad", operands,
                   [(len(t.split("x")) - 1, STORAGE[ty if t != s else "f32"])
                    for t in outs_types])
        decoded = [bg.decode(g, "bf16_bits" if ty == "bf16" else None)
                   for g in got[:len(results)]]
        for r, g in zip(results, decoded):
            checks += 1
            error = bg.relative_error(g, c.expected[r])
            status = "ok" if error <= c.tolerance else "FAIL"
            print(f"{name:28s} {r:8s} saved {'+'.join(saved) or '-':10s} "
                  f"{lowering:38s} error {error:.2e} "
                  f"(tolerance {c.tolerance:g}) {status}")
            if status != "ok":
                failures.append(f"{name} {r} {lowering}")

print(f"{checks} comparisons, {len(failures)} failed")
sys.exit(1 if failures else 0)
