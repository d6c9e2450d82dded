"""Sharded norms under MPI: time per call on 1, 2 and 4 processes.

LayerNorm and RMSNorm (f32), rows split and hidden dim split across
processes (python/norm_mpi.py: shard annotations, propagation, partition,
the CPU pipeline on OpenMPI, mpirun), against the single-process kernel in
the same run. Each process runs one thread (OMP_NUM_THREADS=1), so P
processes use P cores where the host has them; on a host with fewer cores
than processes they share cores (the report says so). The ceiling is the
single-process time divided by P (perfect scaling). Bytes communicated per
row come from the model in docs/Sharding.md next to an all-gather of the
row. Writes bench/results/mpi-<date>-<isa>.{md,png}.
"""

import argparse
import datetime
import os
import sys
import time

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "python"))
sys.path.insert(0, os.path.join(ROOT, "bench", "cpu"))
import norm_aot  # noqa: E402
import norm_mpi  # noqa: E402
from bench import machine, vector_isa  # noqa: E402

OPS = {
    "layer_norm": ("norm.layer_norm %x : {T} scale(%g : {P}) bias(%b : {P}) "
                   "outs(%e : {T})", ["x", "g", "b"], 3),
    "rms_norm": ("norm.rms_norm %x : {T} scale(%g : {P}) outs(%e : {T})",
                 ["x", "g"], 1),
}


def source(op, rows, hidden, nprocs=None, split=None):
    """The op's function; with `nprocs`, its arguments and result annotated
    as split by `split` ("rows" or "hidden") over a grid of that many."""
    body, args, _ = OPS[op]
    t, p = f"tensor<{rows}x{hidden}xf32>", f"tensor<{hidden}xf32>"
    suffix = "0" if nprocs else ""
    params = ", ".join(f"%{a}{suffix}: {t if a == 'x' else p}" for a in args)
    lines = [f"func.func @main({params}) -> {t} {{"]
    if nprocs:
        axes = "[[0]]" if split == "rows" else "[[], [0]]"
        paxes = "[[]]" if split == "rows" else "[[0]]"
        lines.insert(0, f"shard.grid @grid(shape = {nprocs})")
        lines += [f"  %s = shard.sharding @grid split_axes = {axes} : "
                  "!shard.sharding",
                  f"  %ps = shard.sharding @grid split_axes = {paxes} : "
                  "!shard.sharding"]
        for a in args:
            sharding, ty = ("%s", t) if a == "x" else ("%ps", p)
            lines.append(f"  %{a} = shard.shard %{a}0 to {sharding} "
                         f"annotate_for_users : {ty}")
    lines.append(f"  %e = tensor.empty() : {t}")
    lines.append("  %y = " + body.format(T=t, P=p))
    result = "%y"
    if nprocs:
        lines.append(f"  %o = shard.shard %y to %s : {t}")
        result = "%o"
    lines += [f"  return {result} : {t}", "}"]
    return "\n".join(lines) + "\n"


def local_inputs(arrays, args, split, nprocs, rank):
    out = []
    for a, v in zip(args, arrays):
        if split == "rows":
            n = v.shape[0] // nprocs
            part = v[rank * n:(rank + 1) * n] if a == "x" else v
        else:
            n = v.shape[-1] // nprocs
            part = v[..., rank * n:(rank + 1) * n]
        out.append(np.ascontiguousarray(part))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shapes", default="2048x4096,16x4096")
    parser.add_argument("--procs", default="2,4")
    parser.add_argument("--reps", type=int, default=50)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench",
                                                      "results"))
    args = parser.parse_args()
    os.environ["OMP_NUM_THREADS"] = "1"
    procs = [int(p) for p in args.procs.split(",")]
    rng = np.random.default_rng(0)
    rows_out = []
    for shape in args.shapes.split(","):
        rows, hidden = (int(v) for v in shape.split("x"))
        for op, (_, names, stats_floats) in OPS.items():
            arrays = [rng.standard_normal((rows, hidden)).astype(np.float32)
                      if a == "x" else
                      rng.standard_normal(hidden).astype(np.float32)
                      for a in names]
            single = norm_aot.compile_module(source(op, rows, hidden),
                                             options="num-threads=1")
            invoke = norm_aot.prepare(single, "main", arrays,
                                      [(2, np.float32)])
            invoke()
            start = time.perf_counter()
            for _ in range(args.reps):
                invoke()
            t1 = (time.perf_counter() - start) / args.reps
            rows_out.append((shape, op, 1, "-", t1, t1, 0, 0))
            print(f"{shape} {op} P=1 {t1 * 1e6:.1f} us", flush=True)
            for nprocs in procs:
                for split in ("rows", "hidden"):
                    lib = norm_mpi.compile_partitioned(
                        source(op, rows, hidden, nprocs, split),
                        options="num-threads=1")
                    inputs = [local_inputs(arrays, names, split, nprocs, r)
                              for r in range(nprocs)]
                    _, times = norm_mpi.run(nprocs, lib, "main", inputs,
                                            [(2, np.float32)],
                                            repeat=args.reps)
                    t = max(times)
                    sent = stats_floats * 4 if split == "hidden" else 0
                    gather = hidden * (nprocs - 1) // nprocs * 4 \
                        if split == "hidden" else 0
                    rows_out.append((shape, op, nprocs, split, t, t1, sent,
                                     gather))
                    print(f"{shape} {op} P={nprocs} {split} {t * 1e6:.1f} us",
                          flush=True)
    write_report(args.out, rows_out, procs, args.reps)


def write_report(out, rows, procs, reps):
    date = datetime.date.today().isoformat()
    name = f"mpi-{date}-{vector_isa()}"
    cores = os.cpu_count()
    lines = [f"# Sharded norms under MPI ({date})", "",
             f"Machine: {machine()}.", "",
             f"`python3 bench/mpi/sharded.py` (OpenMPI, `mpirun --oversubscribe`,"
             f" one thread per process, {reps} timed calls after a barrier; "
             "the slowest rank's time per call). f32. The ceiling is the "
             "single-process kernel's time divided by P (perfect scaling)."]
    if max(procs) > cores:
        lines += ["", f"This host has {cores} logical CPUs: runs with more "
                  "processes share cores, so they cannot reach the ceiling "
                  "and mostly show the cost of the collectives."]
    lines += ["", "| shape | op | P | split | µs per call | ceiling (1-process µs / P) "
              "| of the ceiling | all-reduce bytes per row | all-gather of the "
              "row instead (bytes received per process) |",
              "|---|---|---|---|---|---|---|---|---|"]
    for shape, op, p, split, t, t1, sent, gather in rows:
        ceiling = t1 / p
        lines.append(f"| {shape} | {op} | {p} | {split} | {t * 1e6:.1f} | "
                     f"{ceiling * 1e6:.1f} | {ceiling / t:.0%} | "
                     f"{sent if p > 1 else '-'} | {gather if p > 1 else '-'} |")
    lines += ["", "Every call returns a freshly allocated output (the entry "
              "points' convention), in every configuration alike: at the "
              "large shape its page faults are part of each time.",
              "", "Rows split: no communication, each process runs the "
              "vector kernel on its rows. Hidden split: the linalg "
              "decomposition on each process's slice with the row sums "
              "all-reduced (RMSNorm one collective, LayerNorm two); see "
              "docs/Sharding.md for the model and what limits it.", ""]
    with open(os.path.join(out, name + ".md"), "w") as f:
        f.write("\n".join(lines))
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except Exception as error:  # noqa: BLE001
        print(f"no plot: {error}")
        return
    shapes = sorted({r[0] for r in rows})
    fig, axes = plt.subplots(1, len(shapes), figsize=(6 * len(shapes), 4))
    axes = np.atleast_1d(axes)
    for ax, shape in zip(axes, shapes):
        for op in OPS:
            for split, style in (("rows", "-o"), ("hidden", "--s")):
                pts = [(1, r[5]) for r in rows if r[0] == shape and
                       r[1] == op and r[2] == 1]
                pts += [(r[2], r[4]) for r in rows if r[0] == shape and
                        r[1] == op and r[3] == split]
                ax.plot([p for p, _ in pts], [t * 1e6 for _, t in pts], style,
                        label=f"{op}, {split} split")
        ax.set_title(f"{shape} f32")
        ax.set_xlabel("processes")
        ax.set_ylabel("µs per call")
        ax.set_yscale("log")
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(out, name + ".png"), dpi=110)
    print(f"wrote {os.path.join(out, name)}.md/.png")


if __name__ == "__main__":
    main()
