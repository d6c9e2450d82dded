# RUN: %python %s
# REQUIRES: numpy, mpirun
#
# Norm ops sharded across processes, end to end: each module is annotated
# with shard.shard ops, propagated and partitioned by upstream's passes
# (norm's ops through their ShardingInterface), compiled by the CPU
# pipeline against OpenMPI and run under `mpirun -np 2` and `-np 4`, one
# rank per grid process. Rows sharded: each rank normalizes whole rows, and
# the gathered result must be identical to the single-process build's.
# Hidden dim sharded: each rank holds a slice of every row, the row sums
# are all-reduced, and the result must match float64 within the op's f32
# tolerance (also on 1e4 + N(0, 1) data, where E[x^2] - E[x]^2 would lose
# every digit) and the single-process result closely.

import numpy as np
import normtest as nt
import norm_mpi

ROWS, HIDDEN = 8, 64
T = f"tensor<{ROWS}x{HIDDEN}xf32>"
TD = f"tensor<?x{HIDDEN}xf32>"
P = f"tensor<{HIDDEN}xf32>"

# name -> (arguments, results, body); %x, %r inputs of the full shape, %g,
# %b parameters; every result has the full shape.
OPS = {
    "layer_norm": (["x", "g", "b"], 1, """
  %y = norm.layer_norm %x : {T} scale(%g : {P}) bias(%b : {P}) outs(%e : {T})"""),
    "rms_norm": (["x", "g"], 1, """
  %y = norm.rms_norm %x : {T} scale(%g : {P}) outs(%e : {T})"""),
    "rms_norm_gemma": (["x", "g"], 1, """
  %y = norm.rms_norm %x : {T} scale(%g : {P}) outs(%e : {T}) {{offset = 1.0 : f64}}"""),
    "add_layer_norm": (["x", "r", "g", "b"], 2, """
  %y:2 = norm.add_layer_norm %x, %r : {T}, {T} scale(%g : {P}) bias(%b : {P}) outs(%e, %e : {T}, {T}) {{alpha = 2.0 : f64}}"""),
    "add_rms_norm": (["x", "r", "g"], 2, """
  %y:2 = norm.add_rms_norm %x, %r : {T}, {T} scale(%g : {P}) outs(%e, %e : {T}, {T})"""),
    "sandwich_norm": (["x", "r", "g", "b"], 2, """
  %y:2 = norm.sandwich_norm layer_norm %x, %r : {T}, {T} scale(%g : {P}) bias(%b : {P}) outs(%e, %e : {T}, {T})"""),
    # A two-block Pre-LN stack (identity sublayers): each block adds the
    # previous block's output to the residual stream and normalizes it.
    "pre_ln_stack": (["x", "r", "g", "b"], 2, """
  %a:2 = norm.add_rms_norm %x, %r : {T}, {T} scale(%g : {P}) outs(%e, %e : {T}, {T})
  %e2 = tensor.empty({dims}) : {T}
  %y:2 = norm.add_layer_norm %a#0, %a#1 : {T}, {T} scale(%g : {P}) bias(%b : {P}) outs(%e2, %e2 : {T}, {T})"""),
}


def module(op, nprocs, split, dynamic=False):
    """The annotated module: every full-shape argument and result split by
    `split` ("rows" or "hidden") over a 1-D grid of `nprocs` processes."""
    args, nresults, body = OPS[op]
    t = TD if dynamic else T
    axes = "[[0]]" if split == "rows" else "[[], [0]]"
    paxes = "[[]]" if split == "rows" else "[[0]]"
    lines = [f"shard.grid @grid(shape = {nprocs})",
             f"func.func @main("
             + ", ".join(f"%{a}0: {P if a in 'gb' else t}" for a in args)
             + ") -> (" + ", ".join([t] * nresults) + ") {",
             f"  %s = shard.sharding @grid split_axes = {axes} : !shard.sharding",
             f"  %ps = shard.sharding @grid split_axes = {paxes} : !shard.sharding"]
    for a in args:
        ty, sh = (P, "%ps") if a in "gb" else (t, "%s")
        lines.append(f"  %{a} = shard.shard %{a}0 to {sh} annotate_for_users"
                     f" : {ty}")
    # tensor.dim has no sharding: dynamic rows write into the input.
    body = body.format(T=t, P=P, dims="").strip("\n")
    if dynamic:
        body = body.replace("outs(%e ", "outs(%x ")
    else:
        lines.append(f"  %e = tensor.empty() : {t}")
    lines.append(body)
    results = ["%y"] if nresults == 1 else [f"%y#{i}" for i in range(nresults)]
    for i, res in enumerate(results):
        lines.append(f"  %o{i} = shard.shard {res} to %s : {t}")
    lines.append("  return " + ", ".join(f"%o{i}" for i in range(nresults))
                 + " : " + ", ".join([t] * nresults))
    lines.append("}")
    return "\n".join(lines) + "\n"


def unsharded(op, dynamic=False):
    """The same function with no sharding, for one process."""
    args, nresults, body = OPS[op]
    t = TD if dynamic else T
    lines = ["func.func @main("
             + ", ".join(f"%{a}: {P if a in 'gb' else t}" for a in args)
             + ") -> (" + ", ".join([t] * nresults) + ") {"]
    dims = ""
    if dynamic:
        lines += ["  %c0 = arith.constant 0 : index",
                  f"  %n = tensor.dim %x, %c0 : {t}"]
        dims = "%n"
    lines.append(f"  %e = tensor.empty({dims}) : {t}")
    lines.append(body.format(T=t, P=P, dims=dims).strip("\n"))
    results = ["%y"] if nresults == 1 else [f"%y#{i}" for i in range(nresults)]
    lines.append("  return " + ", ".join(results) + " : "
                 + ", ".join([t] * nresults))
    lines.append("}")
    return "\n".join(lines) + "\n"


def reference(op, data):
    """float64 results of the op (docs/Semantics.md)."""
    x, g = data["x"], data["g"]
    b, r = data.get("b"), data.get("r")

    def ln(v):
        return nt.ref_layer_norm(v, scale=g, bias=b)[0]

    def rms(v, offset=0.0):
        rstd = 1.0 / np.sqrt((v * v).mean(-1, keepdims=True) + 1e-5)
        return v * rstd * (g + offset)

    if op == "layer_norm":
        return [ln(x)]
    if op == "rms_norm":
        return [rms(x)]
    if op == "rms_norm_gemma":
        return [rms(x, 1.0)]
    if op == "add_layer_norm":
        h = nt.round_to(x + 2.0 * r, "f32")
        return [ln(h), h]
    if op == "add_rms_norm":
        h = nt.round_to(x + r, "f32")
        return [rms(h), h]
    if op == "sandwich_norm":
        # The inner norm has no parameters here (inner_scale/inner_bias).
        n = nt.round_to(nt.ref_layer_norm(x)[0], "f32")
        h = nt.round_to(n + r, "f32")
        return [ln(h), h]
    if op == "pre_ln_stack":
        h1 = nt.round_to(x + r, "f32")
        y1 = nt.round_to(rms(h1), "f32")
        h2 = nt.round_to(y1 + h1, "f32")
        return [ln(h2), h2]
    raise ValueError(op)


def slices(array, name, split, nprocs, rank):
    if split == "rows":
        if name in "gb":
            return array
        n = array.shape[0] // nprocs
        return array[rank * n:(rank + 1) * n]
    n = HIDDEN // nprocs
    part = array[rank * n:(rank + 1) * n] if name in "gb" else \
        array[:, rank * n:(rank + 1) * n]
    return np.ascontiguousarray(part)


def gather(parts, split):
    return np.concatenate(parts, axis=0 if split == "rows" else 1)


rng = np.random.default_rng(24)
check = nt.Checker()
cases = [(op, 0.0) for op in OPS]
cases.append(("layer_norm", 1e4))
cases.append(("add_layer_norm", 1e4))
for op, offset in cases:
    args, nresults, _ = OPS[op]
    data = {}
    for a in args:
        shape = (HIDDEN,) if a in "gb" else (ROWS, HIDDEN)
        values = rng.standard_normal(shape)
        if a == "x":
            values = values + offset
        data[a] = nt.round_to(values, "f32")
    inputs = [data[a].astype(np.float32) for a in args]
    want = reference(op, data)
    single = nt.call(nt.compile_module(unsharded(op)), "main", inputs,
                     [(2, np.float32)] * nresults)
    for nprocs in (2, 4):
        for split in ("rows", "hidden"):
            library = norm_mpi.compile_partitioned(module(op, nprocs, split))
            rank_inputs = [[slices(v, a, split, nprocs, rank).astype(np.float32)
                            for a, v in zip(args, inputs)]
                           for rank in range(nprocs)]
            outputs = norm_mpi.run(nprocs, library, "main", rank_inputs,
                                   [(2, np.float32)] * nresults)
            label = f"{op} (x ~ {offset:g} + N(0,1)) -np {nprocs} {split} sharded"
            for i in range(nresults):
                got = gather([o[i] for o in outputs], split)
                if split == "rows":
                    check.identical(got, single[i], f"{label} result {i} "
                                    "vs one process")
                else:
                    check.close(got.astype(np.float64), want[i], "f32",
                                f"{label} result {i} vs float64")
                    check.close(got.astype(np.float64),
                                single[i].astype(np.float64), "f32",
                                f"{label} result {i} vs one process")

# Dynamic rows, rows and hidden dim sharded.
for split in ("rows", "hidden"):
    op = "layer_norm"
    args = OPS[op][0]
    data = {a: nt.round_to(rng.standard_normal((HIDDEN,) if a in "gb" else
                                               (ROWS, HIDDEN)), "f32")
            for a in args}
    inputs = [data[a].astype(np.float32) for a in args]
    single = nt.call(nt.compile_module(unsharded(op, dynamic=True)), "main",
                     inputs, [(2, np.float32)])
    library = norm_mpi.compile_partitioned(module(op, 2, split, dynamic=True))
    rank_inputs = [[slices(v, a, split, 2, rank) for a, v in zip(args, inputs)]
                   for rank in range(2)]
    outputs = norm_mpi.run(2, library, "main", rank_inputs, [(2, np.float32)])
    got = gather([o[0] for o in outputs], split)
    if split == "rows":
        check.identical(got, single[0], f"dynamic rows, {split} sharded")
    else:
        check.close(got.astype(np.float64), reference(op, data)[0], "f32",
                    f"dynamic rows, {split} sharded vs float64")
check.finish()
