# RUN: %python %s
# REQUIRES: numpy, mpirun
#
# A row-parallel sublayer, then the residual add and the norm, as tensor
# parallelism lays them out: the activations are split along the hidden dim
# and the weight along its rows, so each process's matmul gives partial
# sums; partitioning all-reduces them (upstream's linalg sharding) and the
# fused add_rms_norm / add_layer_norm of the reduced output and the
# residual runs on whole rows in every process. Checked under `mpirun -np 2`
# and `-np 4` against float64 and the single-process build.

import numpy as np
import normtest as nt
import norm_mpi

M, K, N = 8, 32, 16
NORMS = {
    "add_rms_norm": "norm.add_rms_norm %ps, %r : {T}, {T} scale(%g : {P}) outs(%e, %e : {T}, {T})",
    "add_layer_norm": "norm.add_layer_norm %ps, %r : {T}, {T} scale(%g : {P}) outs(%e, %e : {T}, {T}) {{alpha = 1.5 : f64}}",
}


def module(norm, nprocs=None):
    a, w, t, p = (f"tensor<{M}x{K}xf32>", f"tensor<{K}x{N}xf32>",
                  f"tensor<{M}x{N}xf32>", f"tensor<{N}xf32>")
    lines = [f"func.func @main(%a0: {a}, %w0: {w}, %r: {t}, %g: {p}) -> "
             f"({t}, {t}) {{"]
    if nprocs:
        lines = [f"shard.grid @grid(shape = {nprocs})"] + lines + [
            "  %sa = shard.sharding @grid split_axes = [[], [0]] : "
            "!shard.sharding",
            "  %sw = shard.sharding @grid split_axes = [[0]] : !shard.sharding",
            "  %rep = shard.sharding @grid split_axes = [[]] : !shard.sharding",
            f"  %a = shard.shard %a0 to %sa annotate_for_users : {a}",
            f"  %w = shard.shard %w0 to %sw annotate_for_users : {w}"]
    else:
        lines += [f"  %a = tensor.cast %a0 : {a} to {a}",
                  f"  %w = tensor.cast %w0 : {w} to {w}"]
    lines += ["  %c0 = arith.constant 0.0 : f32",
              f"  %e0 = tensor.empty() : {t}",
              f"  %z = linalg.fill ins(%c0 : f32) outs(%e0 : {t}) -> {t}",
              f"  %p = linalg.matmul ins(%a, %w : {a}, {w}) outs(%z : {t}) "
              f"-> {t}"]
    lines.append(f"  %ps = shard.shard %p to %rep : {t}" if nprocs else
                 f"  %ps = tensor.cast %p : {t} to {t}")
    lines += [f"  %e = tensor.empty() : {t}",
              "  %y:2 = " + NORMS[norm].format(T=t, P=p)]
    if nprocs:
        lines += [f"  %y0 = shard.shard %y#0 to %rep : {t}",
                  f"  %y1 = shard.shard %y#1 to %rep : {t}",
                  f"  return %y0, %y1 : {t}, {t}"]
    else:
        lines.append(f"  return %y#0, %y#1 : {t}, {t}")
    lines.append("}")
    return "\n".join(lines) + "\n"


rng = np.random.default_rng(6)
check = nt.Checker()
for norm in NORMS:
    a = nt.round_to(rng.standard_normal((M, K)), "f32")
    w = nt.round_to(rng.standard_normal((K, N)) / np.sqrt(K), "f32")
    r = nt.round_to(rng.standard_normal((M, N)), "f32")
    g = nt.round_to(1 + 0.1 * rng.standard_normal(N), "f32")
    f32 = [v.astype(np.float32) for v in (a, w, r, g)]
    specs = [(2, np.float32)] * 2
    single = nt.call(nt.compile_module(module(norm)), "main", f32, specs)
    if norm == "add_rms_norm":
        h = a @ w + r
        want_y = nt.ref_rms_norm(h, scale=g)[0]
    else:
        h = a @ w + 1.5 * r
        want_y = nt.ref_layer_norm(h, scale=g)[0]
    for nprocs in (2, 4):
        lib = norm_mpi.compile_partitioned(module(norm, nprocs))
        k = K // nprocs
        inputs = [[np.ascontiguousarray(f32[0][:, i * k:(i + 1) * k]),
                   np.ascontiguousarray(f32[1][i * k:(i + 1) * k]),
                   f32[2], f32[3]] for i in range(nprocs)]
        outputs = norm_mpi.run(nprocs, lib, "main", inputs, specs)
        for rank, (y, hs) in enumerate(outputs):
            label = f"{norm} after a row-parallel matmul -np {nprocs} rank {rank}"
            # The matmul's partial sums add up in another order than one
            # process's: h agrees to f32 rounding of K terms.
            check.close(hs, h, "f32", f"{label} h vs float64",
                        tolerance=(1e-5, 1e-5),
                        magnitude=np.abs(a) @ np.abs(w) + np.abs(r) * 1.5)
            check.close(y, want_y, "f32", f"{label} y vs float64",
                        tolerance=(1e-4, 1e-4))
            check.close(y, single[0], "f32", f"{label} y vs one process",
                        tolerance=(1e-4, 1e-4))
check.finish()
