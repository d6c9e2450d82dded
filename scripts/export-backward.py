#!/usr/bin/env python3
"""Exports PyTorch's own backward graphs of norm modules (issue 22, "two
ways in (a)"): the graphs AOTAutograd produces with PyTorch's core
decompositions, partitioned by the min-cut partitioner (the one
torch.compile uses), imported by torch-mlir's FX importer to
linalg-on-tensors. They are the corpus --norm-raise must learn to recognize:
real backward graphs nobody on the team wrote.

How to run (needs torch, torch-mlir and transformers; the test suite does
not, it reads the committed outputs). The virtual environment of
scripts/export-zoo.py does:

    python3 -m venv /work/venv-zoo
    /work/venv-zoo/bin/pip install torch torch-mlir transformers numpy
    /work/venv-zoo/bin/python scripts/export-backward.py           # all
    /work/venv-zoo/bin/python scripts/export-backward.py layer_norm # some

Written with PyTorch 2.15, torch-mlir 20261001 and transformers 5.25.

For every case (module) and dtype (f32, bf16: module and inputs in that
dtype) it writes into test/Raise/Inputs/backward (or --out):

- CASE_DTYPE_fwd.mlir, CASE_DTYPE_bwd.mlir: the partitioned forward graph
  (user outputs, then the tensors saved for the backward) and the backward
  graph (saved tensors, then the upstream gradients -> the gradients of the
  inputs in order), each imported alone by `fx.stateless_fx_import(...,
  output_type="linalg-on-tensors")`, unchanged but for a header.
- CASE_DTYPE.npz: the forward inputs (x, r, weight, bias), the forward's
  output y (the captured forward graph's), the upstream
  gradients (dy, dh), the saved tensors the backward takes that are not
  inputs (mean and rstd of native_layer_norm, rstd of the RMS norms, h of
  the fused blocks; the manifest maps the FX placeholders to them), the
  gradients of the inputs by plain torch.autograd in float64 from the same
  (rounded) inputs (dx_f64, ...) and in the module's dtype (dx_f32 or
  dx_bf16, ...), and the results of the captured FX backward graph run by
  PyTorch (fx_dx, ...).
  bf16 arrays are stored as uint16 bit patterns (the manifest's "encoding"
  says so per key), float32 ones as float32, float64 as float64.
- manifest.json: per case the files, the backward function's arguments
  (placeholder name -> npz key) and results (-> gradient name), the op kind,
  epsilon, dtype, shapes and the ops of each graph.

Self-check (the script fails if it does not hold): the captured FX backward
run by PyTorch on the saved arguments reproduces autograd's gradients in the
module's dtype and the float64 ones, within the dtype's tolerance; and so
does the imported CASE_DTYPE_bwd.mlir, lowered with upstream MLIR passes and
run by the MLIR execution engine torch-mlir ships. The imported forward's
results are compared with the captured forward's and the error recorded
(manifest "fwd_check"), not required: torch-mlir lowers a bf16
native_layer_norm in bf16 arithmetic.

Deterministic: torch.manual_seed per case, weights drawn in f32 then cast.
"""

import argparse
import json
import os
import re
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEFAULT_OUT = os.path.join(ROOT, "test", "Raise", "Inputs", "backward")

SHAPE = (2, 4, 64)  # 8 rows of hidden 64
HIDDEN = SHAPE[-1]
DTYPES = (("f32", torch.float32), ("bf16", torch.bfloat16))

# Tolerances of the self-check, relative to the largest magnitude of the
# reference gradient: (vs autograd in the same dtype, vs float64).
TOLERANCE = {"f32": (1e-5, 1e-5), "bf16": (1.6e-2, 1.6e-2)}


# ---------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------


def llama_rms_norm(hidden):
    from transformers.models.llama.modeling_llama import LlamaRMSNorm
    return LlamaRMSNorm(hidden, eps=1e-6)


def gemma_rms_norm(hidden):
    from transformers.models.gemma.modeling_gemma import GemmaRMSNorm
    return GemmaRMSNorm(hidden, eps=1e-6)


class AddNorm(nn.Module):
    """Pre-LN residual: h = x + r; y = norm(h); returns (y, h)."""

    def __init__(self, norm):
        super().__init__()
        self.norm = norm

    def forward(self, x, r):
        h = x + r
        return self.norm(h), h


# name -> (builder, op kind, rms offset, inputs besides x, doc)
CASES = {
    "layer_norm": (lambda: nn.LayerNorm(HIDDEN), "layer_norm", None, (),
                   "nn.LayerNorm(64): weight and bias, eps 1e-5"),
    "layer_norm_nobias": (lambda: nn.LayerNorm(HIDDEN, bias=False),
                          "layer_norm", None, (),
                          "nn.LayerNorm(64, bias=False): weight only"),
    "layer_norm_noaffine": (
        lambda: nn.LayerNorm(HIDDEN, elementwise_affine=False),
        "layer_norm", None, (),
        "nn.LayerNorm(64, elementwise_affine=False): no weight, no bias"),
    "llama_rms_norm": (lambda: llama_rms_norm(HIDDEN), "rms_norm", 0, (),
                       "transformers' LlamaRMSNorm(64), eps 1e-6: statistics "
                       "in f32, cast back, then * weight"),
    "gemma_rms_norm": (lambda: gemma_rms_norm(HIDDEN), "rms_norm", 1, (),
                       "transformers' GemmaRMSNorm(64), eps 1e-6: f32 "
                       "throughout, * (1 + weight), cast back"),
    "add_layer_norm": (lambda: AddNorm(nn.LayerNorm(HIDDEN)),
                       "add_layer_norm", None, ("r",),
                       "h = x + r; y = nn.LayerNorm(64)(h); returns (y, h)"),
    "add_rms_norm": (lambda: AddNorm(llama_rms_norm(HIDDEN)), "add_rms_norm",
                     0, ("r",),
                     "h = x + r; y = LlamaRMSNorm(64)(h); returns (y, h)"),
}


def epsilon(module):
    norm = module.norm if isinstance(module, AddNorm) else module
    for attr in ("eps", "variance_epsilon"):
        if hasattr(norm, attr):
            return float(getattr(norm, attr))
    raise RuntimeError("no epsilon")


def build(name, dtype):
    """(module, inputs dict, parameter names -> keys) for a case, weights
    drawn in f32 (seed 0) and cast."""
    builder, kind, offset, extra, _ = CASES[name]
    torch.manual_seed(0)
    module = builder()
    with torch.no_grad():
        for pname, p in module.named_parameters():
            if pname.endswith("bias"):
                p.normal_(0.0, 0.1)
            elif offset == 1:
                p.normal_(0.0, 0.1)  # Gemma: the gain is 1 + weight
            else:
                p.normal_(1.0, 0.1)
    module = module.to(dtype)
    g = torch.Generator().manual_seed(1)
    inputs = {"x": torch.randn(*SHAPE, generator=g).to(dtype)}
    for key in extra:
        inputs[key] = torch.randn(*SHAPE, generator=g).to(dtype)
    return module, inputs


def param_key(pname):
    return pname.split(".")[-1]  # weight, bias


# ---------------------------------------------------------------------------
# float64 references: the same math written in float64 (the modules' own
# .float() casts would bring float64 down to float32)
# ---------------------------------------------------------------------------


def reference_f64(name, args):
    _, kind, offset, _, _ = CASES[name]
    x = args["x"]
    h = x + args["r"] if "r" in args else x
    if kind.endswith("layer_norm"):
        y = F.layer_norm(h, (HIDDEN,), args.get("weight"), args.get("bias"),
                         1e-5)
    else:
        rstd = torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + 1e-6)
        w = args["weight"] + (1.0 if offset == 1 else 0.0)
        y = h * rstd * w
    return (y, h) if "r" in args else (y,)


# ---------------------------------------------------------------------------
# AOTAutograd capture
# ---------------------------------------------------------------------------


def capture(module, inputs):
    """Runs the module through aot_function with the core decompositions and
    the min-cut partitioner; returns (fw graph, bw graph, input names,
    forward outputs of the compiled fw graph, number of user outputs)."""
    from torch._decomp import core_aten_decompositions, get_decompositions
    from torch._functorch.aot_autograd import aot_function, make_boxed_func
    from torch._functorch.partitioners import \
        min_cut_rematerialization_partition

    decompositions = dict(core_aten_decompositions())
    decompositions.update(get_decompositions(
        [torch.ops.aten.native_layer_norm_backward]))
    params = dict(module.named_parameters())
    pnames = list(params)
    in_names = list(inputs)
    names = in_names + [param_key(p) for p in pnames]

    def f(*flat):
        ins = flat[:len(in_names)]
        ps = dict(zip(pnames, flat[len(in_names):]))
        out = torch.func.functional_call(module, ps, ins)
        return out if isinstance(out, tuple) else (out,)

    graphs, fw_outputs = {}, []

    def fw_compiler(gm, example):
        graphs["fw"] = gm

        def run(args):
            outs = gm(*args)
            fw_outputs.append([o.detach().clone() if torch.is_tensor(o) else o
                               for o in outs])
            return outs
        run._boxed_call = True
        return run

    def bw_compiler(gm, example):
        graphs["bw"] = gm
        return make_boxed_func(gm.forward)

    compiled = aot_function(f, fw_compiler, bw_compiler,
                            partition_fn=min_cut_rematerialization_partition,
                            decompositions=decompositions)
    leaves = [inputs[k].detach().clone().requires_grad_() for k in in_names]
    leaves += [params[p].detach().clone().requires_grad_() for p in pnames]
    outs = compiled(*leaves)
    # The backward is compiled when it first runs.
    torch.autograd.backward(outs, [torch.ones_like(o) for o in outs])
    return graphs["fw"], graphs["bw"], names, leaves, fw_outputs[0], len(outs)


def saved_key(fw, name):
    """The npz key of a saved tensor: what the forward node is (mean and
    rstd of native_layer_norm, rstd = rsqrt(mean(x^2) + eps), h = x + r),
    else saved_NAME."""
    import operator
    node = next(n for n in fw.graph.nodes if n.name == name)
    if node.target is operator.getitem and \
            node.args[0].target == torch.ops.aten.native_layer_norm.default:
        return {1: "mean", 2: "rstd"}[node.args[1]]
    if node.target == torch.ops.aten.rsqrt.default:
        return "rstd"
    if node.target == torch.ops.aten.add.Tensor and all(
            getattr(a, "op", None) == "placeholder" for a in node.args):
        return "h"
    return "saved_" + name


def placeholders(gm):
    return [n for n in gm.graph.nodes if n.op == "placeholder"]


def graph_ops(gm):
    """The aten ops of a graph in order of first appearance, with counts."""
    counts = {}
    for n in gm.graph.nodes:
        if n.op == "call_function":
            name = getattr(n.target, "__name__", str(n.target))
            name = str(n.target).replace("aten.", "") if "aten." in str(
                n.target) else name
            counts[name] = counts.get(name, 0) + 1
    return counts


# ---------------------------------------------------------------------------
# Storage
# ---------------------------------------------------------------------------


def bf16_bits(t):
    return t.detach().contiguous().view(torch.int16).numpy().view(np.uint16)


def store(arrays, encoding, key, t):
    t = t.detach()
    if t.dtype == torch.bfloat16:
        arrays[key], encoding[key] = bf16_bits(t), "bf16_bits"
    elif t.dtype == torch.float32:
        arrays[key], encoding[key] = t.numpy().copy(), "f32"
    elif t.dtype == torch.float64:
        arrays[key], encoding[key] = t.numpy().copy(), "f64"
    else:
        raise RuntimeError(f"{key}: unexpected dtype {t.dtype}")


def check_pure(text, name):
    left = sorted(set(re.findall(
        r"(?<![\w.])(?:torch|torch_c|tm_tensor)\.[a-z_.]+",
        text.split("{-#")[0])))
    if left:
        raise RuntimeError(f"{name}: not pure linalg-on-tensors: {left[:5]}")


def linalg_ops(text):
    counts = {}
    for op in re.findall(r"\b((?:linalg|arith|math|tensor)\.[a-z_]+)",
                         text.split("{-#")[0]):
        counts[op] = counts.get(op, 0) + 1
    return counts


def header(case, dtype, part, doc):
    import transformers
    from importlib.metadata import version
    return (f"// Exported by scripts/export-backward.py (AOTAutograd with "
            f"core_aten_decompositions + native_layer_norm_backward's,\n"
            f"// min-cut partitioner; PyTorch "
            f"{torch.__version__.split('+')[0]}, torch-mlir "
            f"{version('torch-mlir')}, transformers "
            f"{transformers.__version__})\n// as linalg-on-tensors IR by "
            f"fx.stateless_fx_import, unchanged: the {part} graph of\n"
            f"// {case} ({dtype}): {doc}\n")


# ---------------------------------------------------------------------------
# The imported IR run by the MLIR execution engine torch-mlir ships
# (upstream passes only: bufferize, loops, LLVM)
# ---------------------------------------------------------------------------

LOWERING = (
    "builtin.module(func.func(linalg-generalize-named-ops),"
    "one-shot-bufferize{bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map},"
    "buffer-results-to-out-params{modify-public-functions},"
    "func.func(convert-linalg-to-loops,lower-affine,convert-scf-to-cf),"
    "expand-strided-metadata,finalize-memref-to-llvm,convert-math-to-llvm,"
    "convert-arith-to-llvm,convert-func-to-llvm,convert-cf-to-llvm,"
    "reconcile-unrealized-casts)")


def run_linalg(text, args):
    """Runs @main of linalg-on-tensors IR on tensors; returns its results
    as tensors."""
    import ctypes
    from torch_mlir import execution_engine, ir, passmanager
    from torch_mlir.runtime import get_ranked_memref_descriptor

    storage = {"f32": (np.float32, torch.float32),
               "bf16": (np.uint16, torch.bfloat16)}
    with ir.Context():
        module = ir.Module.parse(text)
        main = next(op for op in module.body.operations
                    if op.operation.name == "func.func")
        main.attributes["llvm.emit_c_interface"] = ir.UnitAttr.get()
        ftype = ir.FunctionType(ir.TypeAttr(main.attributes[
            "function_type"]).value)
        results = [(list(ir.RankedTensorType(t).shape),
                    str(ir.RankedTensorType(t).element_type))
                   for t in ftype.results]
        passmanager.PassManager.parse(LOWERING).run(module.operation)
        engine = execution_engine.ExecutionEngine(module, opt_level=2)
        ins = []
        for a in args:
            a = a.detach().contiguous()
            ins.append(a.view(torch.int16).numpy().view(np.uint16).copy()
                       if a.dtype == torch.bfloat16 else a.numpy().copy())
        outs = [np.zeros(shape, dtype=storage[ty][0]) for shape, ty in results]
        engine.invoke("main", *[ctypes.pointer(ctypes.pointer(
            get_ranked_memref_descriptor(a))) for a in ins + outs])
    return [torch.from_numpy(o.view(np.int16)).view(torch.bfloat16)
            if ty == "bf16" else torch.from_numpy(o)
            for o, (_, ty) in zip(outs, results)]


def relative(got, want):
    scale = max(want.double().abs().max().item(), 1e-30)
    return (got.double() - want.double()).abs().max().item() / scale


# ---------------------------------------------------------------------------
# One case
# ---------------------------------------------------------------------------


def export_case(out, name, dname, dtype, manifest):
    from torch_mlir import fx

    _, kind, offset, extra, doc = CASES[name]
    module, inputs = build(name, dtype)
    fw, bw, names, leaves, fw_out, n_user = capture(module, inputs)
    case = f"{name}_{dname}"

    # Upstream gradients: dy (and dh for the fused block).
    g = torch.Generator().manual_seed(2)
    grad_names = ["dy", "dh"][:n_user]
    grads = {k: torch.randn(*SHAPE, generator=g).to(dtype)
             for k in grad_names}
    values = dict(zip(names, [leaf.detach() for leaf in leaves]))

    # The backward's arguments: saved tensors (forward outputs after the
    # user outputs), then the tangents.
    bw_ph = placeholders(bw)
    saved = fw_out[n_user:]
    tangents = [ph for ph in bw_ph if ph.name.startswith("tangents")]
    if len(saved) + len(tangents) != len(bw_ph) or len(tangents) != n_user:
        raise RuntimeError(f"{case}: {len(bw_ph)} bw args, {len(saved)} "
                           f"saved, {len(tangents)} tangents")
    fw_ph = placeholders(fw)
    primal_of = {ph.name: names[i] for i, ph in enumerate(fw_ph)}
    arrays, encoding = {}, {}
    for k, v in list(values.items()) + list(grads.items()):
        store(arrays, encoding, k, v)
    bw_args, bw_values = [], []
    for i, ph in enumerate(bw_ph):
        if i < len(saved):
            value = saved[i]
            if ph.name in primal_of:  # an input saved as it is
                key = primal_of[ph.name]
                if not torch.equal(value, values[key]):
                    raise RuntimeError(f"{case}: {ph.name} is not {key}")
                role = "input"
            else:
                key, role = saved_key(fw, ph.name), "saved"
                store(arrays, encoding, key, value)
        else:
            key, role = grad_names[i - len(saved)], "upstream"
            value = grads[key]
        bw_args.append({"name": ph.name, "key": key, "role": role,
                        "shape": list(value.shape),
                        "dtype": str(value.dtype).replace("torch.", "")})
        bw_values.append(value)

    # The captured backward run by PyTorch.
    with torch.no_grad():
        fx_grads = bw(*bw_values)
    result_names = ["d" + n for n in names]
    if len(fx_grads) != len(result_names):
        raise RuntimeError(f"{case}: {len(fx_grads)} bw results")

    # Autograd in the module's dtype (eager, the module itself) ...
    leaves_e = {k: v.clone().requires_grad_() for k, v in values.items()}
    params = {p: leaves_e[param_key(p)] for p, _ in module.named_parameters()}
    ins = [leaves_e[k] for k in inputs]
    outs = torch.func.functional_call(module, params, tuple(ins))
    outs = outs if isinstance(outs, tuple) else (outs,)
    torch.autograd.backward(outs, [grads[k] for k in grad_names])
    # ... and in float64 from the same rounded values.
    leaves_64 = {k: v.double().requires_grad_() for k, v in values.items()}
    outs64 = reference_f64(name, leaves_64)
    torch.autograd.backward(outs64, [grads[k].double() for k in grad_names])

    tol_same, tol_64 = TOLERANCE[dname]
    checks = {}
    for rname, n, fxg in zip(result_names, names, fx_grads):
        same, ref = leaves_e[n].grad, leaves_64[n].grad
        store(arrays, encoding, f"{rname}_{dname}", same)
        store(arrays, encoding, f"{rname}_f64", ref)
        store(arrays, encoding, f"fx_{rname}", fxg)
        if fxg.dtype != dtype or fxg.shape != ref.shape:
            raise RuntimeError(f"{case}: {rname} {fxg.dtype} {fxg.shape}")
        scale = max(ref.abs().max().item(), 1e-30)
        e_same = (fxg.double() - same.double()).abs().max().item() / scale
        e_64 = (fxg.double() - ref).abs().max().item() / scale
        checks[rname] = {"vs_autograd_" + dname: e_same, "vs_f64": e_64}
        if not (e_same <= tol_same and e_64 <= tol_64):
            raise RuntimeError(f"{case}: self-check failed for {rname}: "
                               f"{e_same:.3g} vs autograd {dname}, "
                               f"{e_64:.3g} vs float64")

    # torch-mlir import of each graph alone.
    manifest_fwd_results = ["y", "h"][:n_user] + \
        [a["key"] for a in bw_args[:len(saved)]]
    for key, value in zip(manifest_fwd_results, fw_out):
        if key not in arrays:  # y (h is saved too)
            store(arrays, encoding, key, value)
    files, texts = {}, {}
    for part, gm in (("fwd", fw), ("bwd", bw)):
        text = str(fx.stateless_fx_import(gm,
                                          output_type="linalg-on-tensors",
                                          model_name="main"))
        check_pure(text, f"{case}_{part}")
        fname = f"{case}_{part}.mlir"
        with open(os.path.join(out, fname), "w") as f:
            f.write(header(case, dname, "forward" if part == "fwd"
                           else "backward", doc))
            f.write(text)
        files[part] = {"file": fname, "aten_ops": graph_ops(gm),
                       "linalg_ops": linalg_ops(text),
                       "bytes": os.path.getsize(os.path.join(out, fname))}
        texts[part] = text

    # The imported backward run (MLIR execution engine): it must reproduce
    # autograd too. The imported forward's results against the captured
    # forward's (recorded, not a condition: torch-mlir lowers bf16
    # native_layer_norm in bf16).
    got = run_linalg(texts["bwd"], bw_values)
    for rname, n, g in zip(result_names, names, got):
        e_64 = relative(g, leaves_64[n].grad)
        checks[rname]["linalg_vs_f64"] = e_64
        if not e_64 <= tol_64:
            raise RuntimeError(f"{case}: the imported backward's {rname} is "
                               f"{e_64:.3g} off float64")
    fwd_inputs = [values[k] for k in names]
    fwd_check = {}
    for i, (g, want) in enumerate(zip(run_linalg(texts["fwd"], fwd_inputs),
                                      fw_out)):
        key = manifest_fwd_results[i]
        fwd_check[key] = relative(g, want)
    np.savez_compressed(os.path.join(out, case + ".npz"), **arrays)

    manifest[case] = {
        "case": name, "dtype": dname, "kind": kind,
        "rms_offset": offset, "epsilon": epsilon(module),
        "description": doc, "shape": list(SHAPE),
        "normalized_dims": [len(SHAPE) - 1],
        "inputs": names, "upstream": grad_names,
        "fwd": files["fwd"]["file"], "bwd": files["bwd"]["file"],
        "npz": case + ".npz",
        "fwd_args": [{"name": ph.name, "key": names[i]}
                     for i, ph in enumerate(fw_ph)],
        "fwd_results": manifest_fwd_results,
        "bwd_args": bw_args,
        "bwd_results": result_names,
        "expected": {r: {"f64": f"{r}_f64", dname: f"{r}_{dname}",
                         "fx": f"fx_{r}"} for r in result_names},
        "encoding": encoding,
        "self_check": checks,
        "fwd_check": fwd_check,
        "tolerance": {"vs_autograd_same_dtype": tol_same,
                      "vs_f64": tol_64},
        "graphs": {p: {k: v for k, v in files[p].items() if k != "file"}
                   for p in files},
    }
    print(f"{case}: bwd args {[a['name'] for a in bw_args]} -> "
          f"{result_names}; max rel err vs f64 "
          f"{max(c['vs_f64'] for c in checks.values()):.2g}, imported "
          f"{max(c['linalg_vs_f64'] for c in checks.values()):.2g}; "
          f"imported fwd vs captured "
          f"{max(fwd_check.values()):.2g}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help=f"of {list(CASES)}")
    parser.add_argument("--out", default=DEFAULT_OUT)
    a = parser.parse_args()
    for c in a.cases:
        if c not in CASES:
            sys.exit(f"unknown case {c}; known: {list(CASES)}")
    os.makedirs(a.out, exist_ok=True)
    path = os.path.join(a.out, "manifest.json")
    manifest = {}
    if a.cases and os.path.exists(path):
        with open(path) as f:
            manifest = json.load(f)["cases"]
    for name in a.cases or CASES:
        for dname, dtype in DTYPES:
            export_case(a.out, name, dname, dtype, manifest)
    import transformers
    from importlib.metadata import version
    text = json.dumps({"generator": "scripts/export-backward.py",
                       "versions": {"torch": torch.__version__.split("+")[0],
                                    "torch-mlir": version("torch-mlir"),
                                    "transformers": transformers.__version__},
                       "cases": {k: manifest[k] for k in sorted(manifest)}},
                      indent=1)
    # Lists of numbers and names on one line.
    text = re.sub(r"\[\s+([^\[\]{}]*?)\s+\]",
                  lambda m: "[" + " ".join(m.group(1).split()) + "]", text)
    with open(path, "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
