# RUN: %python %s
# REQUIRES: numpy, mpirun
#
# Backward ops with rows split across processes (sequence parallelism):
# each rank computes dx of its rows and dscale/dbias over them, which the
# partitioned module all-reduces. Run under `mpirun -np 2` and `-np 4`:
# dx must be bit-identical to the single-process build's (same rows, same
# kernel), dscale and dbias equal to float64's analytic gradients within
# the f32 tolerance and close to the single-process sums (another order).

import numpy as np
import normtest as nt
import norm_mpi

ROWS, HIDDEN = 16, 48
OPS = {
    "layer_norm_grad": "norm.layer_norm_grad %dy, %x : {T}, {T} scale(%g : {P}) outs(%e, %p, %p : {T}, {F}, {F})",
    "rms_norm_grad": "norm.rms_norm_grad %dy, %x : {T}, {T} scale(%g : {P}) outs(%e, %p : {T}, {F})",
}


def module(op, ty, nprocs=None):
    t, p, f = (f"tensor<{ROWS}x{HIDDEN}x{ty}>", f"tensor<{HIDDEN}x{ty}>",
               f"tensor<{HIDDEN}xf32>")
    nres = 3 if op == "layer_norm_grad" else 2
    results = [t] + [f] * (nres - 1)
    suffix = "0" if nprocs else ""
    lines = []
    if nprocs:
        lines.append(f"shard.grid @grid(shape = {nprocs})")
    lines.append(f"func.func @main(%dy{suffix}: {t}, %x{suffix}: {t}, "
                 f"%g: {p}) -> ({', '.join(results)}) {{")
    if nprocs:
        lines += ["  %s = shard.sharding @grid split_axes = [[0]] : "
                  "!shard.sharding",
                  "  %r = shard.sharding @grid split_axes = [[]] : "
                  "!shard.sharding",
                  f"  %dy = shard.shard %dy0 to %s annotate_for_users : {t}",
                  f"  %x = shard.shard %x0 to %s annotate_for_users : {t}"]
    lines += [f"  %e = tensor.empty() : {t}", f"  %p = tensor.empty() : {f}",
              f"  %d:{nres} = " + OPS[op].format(T=t, P=p, F=f)]
    names = [f"%d#{i}" for i in range(nres)]
    if nprocs:
        for i in range(nres):
            lines.append(f"  %o{i} = shard.shard %d#{i} to "
                         f"{'%s' if i == 0 else '%r'} : {results[i]}")
        names = [f"%o{i}" for i in range(nres)]
    lines += [f"  return {', '.join(names)} : {', '.join(results)}", "}"]
    return "\n".join(lines) + "\n"


def reference(op, x, dy, g):
    """float64 analytic gradients (docs/Semantics.md, Backward)."""
    n = x.shape[-1]
    if op == "layer_norm_grad":
        mean = x.mean(-1, keepdims=True)
        rstd = 1 / np.sqrt(((x - mean) ** 2).mean(-1, keepdims=True) + 1e-5)
        xhat = (x - mean) * rstd
    else:
        rstd = 1 / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-5)
        xhat = x * rstd
    gy = dy * g
    if op == "layer_norm_grad":
        dx = rstd * (gy - gy.sum(-1, keepdims=True) / n -
                     xhat * (gy * xhat).sum(-1, keepdims=True) / n)
        return [dx, (dy * xhat).sum(0), dy.sum(0)]
    dx = rstd * (gy - xhat * (gy * xhat).sum(-1, keepdims=True) / n)
    return [dx, (dy * xhat).sum(0)]


rng = np.random.default_rng(22)
check = nt.Checker()
for op in OPS:
    for ty in ("f32", "bf16"):
        x = nt.round_to(rng.standard_normal((ROWS, HIDDEN)) + 3.0, ty)
        dy = nt.round_to(rng.standard_normal((ROWS, HIDDEN)), ty)
        g = nt.round_to(1 + 0.1 * rng.standard_normal(HIDDEN), ty)
        args = [nt.to_storage(v, ty) for v in (dy, x, g)]
        nres = 3 if op == "layer_norm_grad" else 2
        specs = [(2, args[0].dtype)] + [(1, np.float32)] * (nres - 1)
        single = nt.call(nt.compile_module(module(op, ty)), "main", args,
                         specs)
        want = reference(op, x, dy, g)
        for nprocs in (2, 4):
            lib = norm_mpi.compile_partitioned(module(op, ty, nprocs))
            per = ROWS // nprocs
            inputs = [[np.ascontiguousarray(args[0][r * per:(r + 1) * per]),
                       np.ascontiguousarray(args[1][r * per:(r + 1) * per]),
                       args[2]] for r in range(nprocs)]
            outputs = norm_mpi.run(nprocs, lib, "main", inputs, specs)
            label = f"{op} {ty} -np {nprocs} rows split"
            dx = np.concatenate([o[0] for o in outputs])
            check.identical(dx, single[0], f"{label} dx vs one process")
            for i in range(1, nres):
                for rank, o in enumerate(outputs):
                    check.close(o[i], want[i], "f32",
                                f"{label} parameter grad {i} rank {rank} "
                                "vs float64",
                                magnitude=np.abs(dy).sum(0) * 4)
                    check.close(o[i], single[i], "f32",
                                f"{label} parameter grad {i} rank {rank} "
                                "vs one process",
                                magnitude=np.abs(dy).sum(0) * 4)
check.finish()
