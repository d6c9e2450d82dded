"""GPU benchmark of norm's fused residual + norm kernels (run on the GPU).

    python3 bench.py [--out DIR] [--quick]

For add + RMSNorm and add + LayerNorm, bf16 and f32, on the shapes of
docs/Performance.md (16384x4096, 2048x16384, 4096x3584, 32768x8192) and decode
shapes (1 to 64 rows x 4096), measures in one process:

- the ceiling: a device-to-device copy (torch copy_) moving the same bytes;
- PyTorch eager: h = x + r, then F.rms_norm / F.layer_norm of h;
- torch.compile of the same function (Inductor's fused Triton kernel);
- norm's compiled kernel, launched on PyTorch's stream without a
  synchronization per call (libnorm_cuda_runtime's normCudaUseStream).

Times are CUDA-event medians over repeated batches of back-to-back calls
after warm-up; bandwidth counts the bytes the fused op must move (x, r read;
h, y written). Prints a Markdown table (GB/s, % of the copy ceiling, ratios
to each peer, decode latency in microseconds) and writes results.json and,
where matplotlib is installed, a PNG plot.
"""

import argparse
import json
import os
import platform
import statistics
import sys

from norm_gpu import Artifacts, Runtime, batch_seconds, operands

SHAPES = [(16384, 4096), (2048, 16384), (4096, 3584), (32768, 8192)]
DECODE = [(1, 4096), (8, 4096), (32, 4096), (64, 4096)]
OPS = ("add_rms_norm", "add_layer_norm")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="results")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runtime = Runtime()
    why = runtime.init()
    if why:
        print(f"norm GPU benchmark: {why}")
        sys.exit(2)
    import torch
    import torch.nn.functional as F

    # One compiled graph per op, dtype and shape: keep them all rather than
    # falling back to eager after dynamo's default recompile limit.
    for limit in ("cache_size_limit", "recompile_limit",
                  "accumulated_cache_size_limit"):
        if hasattr(torch._dynamo.config, limit):
            setattr(torch._dynamo.config, limit, 512)
    artifacts = Artifacts()
    eps = artifacts.manifest["epsilon"]
    stream = torch.cuda.current_stream()
    runtime.use_stream(stream.cuda_stream, synchronize=False)

    def timed(fn, iterations):
        """Median seconds per call over 7 batches of `iterations` calls."""
        for _ in range(3):
            fn()
        torch.cuda.synchronize()
        samples = [batch_seconds(fn, iterations)
                   for _ in range(3 if args.quick else 7)]
        return statistics.median(samples), (max(samples) - min(samples)) / \
            statistics.median(samples)

    def eager_fn(op):
        def fn(x, r, g, b):
            h = x + r
            if op == "add_rms_norm":
                return F.rms_norm(h, (h.shape[-1],), g, eps), h
            return F.layer_norm(h, (h.shape[-1],), g, b, eps), h
        return fn

    rows_out = []
    shapes = SHAPES + DECODE
    if args.quick:
        shapes = [(4096, 3584), (8, 4096)]
    for op in OPS:
        eager = eager_fn(op)
        compiled = torch.compile(eager, dynamic=False)
        for dtype_name, dtype in (("bf16", torch.bfloat16),
                                  ("f32", torch.float32)):
            for rows, hidden in shapes:
                entry = artifacts.find(op, dtype_name, hidden)
                if entry is None:
                    continue
                x = torch.randn(rows, hidden, device="cuda", dtype=dtype)
                r = torch.randn_like(x)
                g = torch.randn(hidden, device="cuda", dtype=dtype)
                b = torch.randn(hidden, device="cuda", dtype=dtype)
                y = torch.empty_like(x)
                h = torch.empty_like(x)
                traffic = 4 * x.numel() * x.element_size()
                decode = rows <= 64
                iterations = 200 if decode else 20
                # Ceiling: copy traffic/2 bytes (read + write = traffic).
                src = torch.empty(traffic // 2, dtype=torch.uint8,
                                  device="cuda")
                dst = torch.empty_like(src)
                t_copy, _ = timed(lambda: dst.copy_(src), iterations)
                ours = artifacts.prepare(entry,
                                         operands(op, x, r, g, b, y, h))
                t_norm, spread = timed(ours, iterations)
                if runtime.error():
                    sys.exit(f"runtime error: {runtime.error()}")
                t_eager, _ = timed(lambda: eager(x, r, g, b), iterations)
                try:
                    compiled(x, r, g, b)
                    t_compile, _ = timed(lambda: compiled(x, r, g, b),
                                         iterations)
                except Exception as error:  # Inductor unavailable
                    print(f"torch.compile failed: {error}", file=sys.stderr)
                    t_compile = float("nan")
                # Correctness against eager on the same inputs.
                want_y, want_h = eager(x, r, g, b)
                ours()
                torch.cuda.synchronize()
                agree = bool(torch.allclose(y.float(), want_y.float(),
                                            rtol=2e-2, atol=2e-2) and
                             torch.equal(h, want_h))
                rows_out.append({
                    "op": op, "dtype": dtype_name, "rows": rows,
                    "hidden": hidden, "bytes": traffic,
                    "norm_s": t_norm, "spread": spread, "copy_s": t_copy,
                    "eager_s": t_eager, "compile_s": t_compile,
                    "agrees_with_eager": agree})
                del x, r, y, h, src, dst
    runtime.use_stream(None, synchronize=True)

    device = torch.cuda.get_device_name()
    print(f"\nnorm GPU benchmark on {device} (torch {torch.__version__}, "
          f"{platform.node()})\n")
    print("| op | dtype | rows×hidden | norm GB/s | % of copy | vs "
          "torch.compile | vs eager | norm µs | compile µs | spread | "
          "matches eager |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows_out:
        gbs = row["bytes"] / row["norm_s"] / 1e9
        print(f"| {row['op']} | {row['dtype']} | {row['rows']}×"
              f"{row['hidden']} | {gbs:.0f} | "
              f"{100 * row['copy_s'] / row['norm_s']:.0f} % | "
              f"{row['compile_s'] / row['norm_s']:.2f}× | "
              f"{row['eager_s'] / row['norm_s']:.2f}× | "
              f"{row['norm_s'] * 1e6:.1f} | {row['compile_s'] * 1e6:.1f} | "
              f"{100 * row['spread']:.0f} % | "
              f"{'yes' if row['agrees_with_eager'] else 'NO'} |")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"device": device, "torch": torch.__version__,
                   "rows": rows_out}, f, indent=1)
    try:
        import plot
        plot.plot(os.path.join(args.out, "results.json"),
                  os.path.join(args.out, "gpu.png"))
    except ImportError as error:
        print(f"no plot: {error}", file=sys.stderr)


if __name__ == "__main__":
    main()
