"""Compares kernel variants of norm's fused ops on the GPU, in one process.

    python3 sweep.py DIR [DIR ...]    (each an artifact directory)

Each DIR is an artifact directory built with a different
`--pipeline-options` (e.g. `chunks-per-thread`, `max-register-values`;
`bash scripts/gpu-sweep.sh` builds a set). For every shape of bench.py's
large ones, op and dtype, times each variant and a device copy of the same
bytes, round-robin over 5 rounds (medians of CUDA-event timed batches), and
prints a Markdown table of GB/s and % of the copy ceiling per variant, with
the best marked. Outputs are checked against the first variant's.
"""

import os
import statistics
import sys

from norm_gpu import Artifacts, Runtime, batch_seconds, operands

SHAPES = [(16384, 4096), (2048, 16384), (4096, 3584), (32768, 8192)]
OPS = ("add_rms_norm", "add_layer_norm")


def main():
    dirs = [os.path.abspath(d) for d in sys.argv[1:]]
    if not dirs:
        sys.exit(__doc__)
    runtime = Runtime()
    why = runtime.init()
    if why:
        print(f"norm GPU sweep: {why}")
        sys.exit(2)
    import torch

    variants = [(os.path.basename(d), Artifacts(d)) for d in dirs]
    stream = torch.cuda.current_stream()
    runtime.use_stream(stream.cuda_stream, synchronize=False)

    print("| op | dtype | shape | copy GB/s | " +
          " | ".join(name for name, _ in variants) + " |")
    print("|---|---|---|---|" + "---|" * len(variants))
    for op in OPS:
        for dtype_name, dtype in (("bf16", torch.bfloat16),
                                  ("f32", torch.float32)):
            for rows, hidden in SHAPES:
                x = torch.randn(rows, hidden, device="cuda", dtype=dtype)
                r = torch.randn_like(x)
                g = torch.randn(hidden, device="cuda", dtype=dtype)
                b = torch.randn(hidden, device="cuda", dtype=dtype)
                traffic = 4 * x.numel() * x.element_size()
                src = torch.empty(traffic // 2, dtype=torch.uint8,
                                  device="cuda")
                dst = torch.empty_like(src)
                calls, outputs = [], []
                for _, artifacts in variants:
                    entry = artifacts.find(op, dtype_name, hidden)
                    y, h = torch.empty_like(x), torch.empty_like(x)
                    calls.append(artifacts.prepare(
                        entry, operands(op, x, r, g, b, y, h)))
                    outputs.append((y, h))
                fns = [lambda: dst.copy_(src)] + calls
                for fn in fns:
                    fn()
                torch.cuda.synchronize()
                samples = [[] for _ in fns]
                for _ in range(5):
                    for i, fn in enumerate(fns):
                        samples[i].append(batch_seconds(fn, 20))
                if runtime.error():
                    sys.exit(f"runtime error: {runtime.error()}")
                times = [statistics.median(s) for s in samples]
                same = all(torch.equal(h, outputs[0][1]) and
                           torch.allclose(y.float(), outputs[0][0].float(),
                                          rtol=1e-2, atol=1e-2)
                           for y, h in outputs)
                best = min(times[1:])
                cells = []
                for t in times[1:]:
                    mark = " **best**" if t == best else ""
                    cells.append(f"{traffic / t / 1e9:.0f} "
                                 f"({100 * times[0] / t:.0f} %){mark}")
                print(f"| {op} | {dtype_name} | {rows}×{hidden} | "
                      f"{traffic / times[0] / 1e9:.0f} | " +
                      " | ".join(cells) + " |" +
                      ("" if same else " outputs DIFFER"))
                del x, r, src, dst, calls, outputs
    runtime.use_stream(None, synchronize=True)
    print("\nvariants: " + "; ".join(
        f"{name}: '{a.manifest.get('pipeline_options', '')}'"
        for name, a in variants))


if __name__ == "__main__":
    main()
