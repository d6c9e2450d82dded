"""GPU execution tests of norm's compiled kernels (run on the GPU machine).

    python3 run_tests.py [--quick]

Every compiled function of manifest.json on PyTorch CUDA tensors: LayerNorm,
RMSNorm and the fused residual ops, f32 and bf16, the hidden sizes compiled
(and more through the run-time-size functions), 0 to 1000 rows, data
classes from normtest.py (normal, 1e4 + N(0,1), a far-from-mean first
element, NaN/Inf). Results are compared with normtest's independent float64
references and with PyTorch (F.layer_norm / F.rms_norm), within the
tolerances of docs/Semantics.md. Also: misaligned data (the element-wise
kernel), in-place outputs, a tensor of 600,000 x 4096 f32 (more than 2^31
elements: 64-bit indexing), and what the pipeline compiles through the
linalg reference lowering (BatchNorm inference and training, LayerNorm with
mean and rstd results; empty batches too). Exits 2 without a CUDA device, 1 on any
mismatch.
"""

import argparse
import sys

import numpy as np

import normtest as nt
from norm_gpu import (Artifacts, Runtime, TORCH_DTYPES, batch_seconds,
                      operands)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runtime = Runtime()
    why = runtime.init()
    if why:
        print(f"norm GPU tests: {why}")
        sys.exit(2)
    import torch
    import torch.nn.functional as F

    print(f"device: {runtime.device_name()}, torch {torch.__version__}")
    artifacts = Artifacts()
    eps = artifacts.manifest["epsilon"]
    check = nt.Checker()
    rng = np.random.default_rng(0)

    def to_torch(values, dtype):
        return torch.from_numpy(values).to(
            getattr(torch, TORCH_DTYPES[dtype])).cuda()

    def to_f64(tensor):
        return tensor.double().cpu().numpy()

    def run_case(entry, rows, hidden, kind, layout="plain"):
        op, dtype = entry["op"], entry["dtype"]
        fused = op.startswith("add_")
        layer = op.endswith("layer_norm")
        shape = (rows, hidden)
        x64 = nt.make_data(kind, shape, dtype, rng)
        r64 = nt.make_data("normal", shape, dtype, rng)
        g64 = nt.make_data("normal", (hidden,), dtype, rng)
        b64 = nt.make_data("normal", (hidden,), dtype, rng)
        x, r = to_torch(x64, dtype), to_torch(r64, dtype)
        g, b = to_torch(g64, dtype), to_torch(b64, dtype)
        if layout == "misaligned":
            # Contiguous rows one element past an aligned address.
            flat = torch.empty(rows * hidden + 1, dtype=x.dtype,
                               device="cuda")
            flat[1:].copy_(x.reshape(-1))
            x = flat[1:].view(rows, hidden)
        y = torch.empty_like(x)
        h = torch.empty_like(x)
        if layout == "in-place":
            y = x if not fused else r
            h = x if fused else h
        source = x64
        h_ref = None
        if fused:
            h_ref = nt.ref_residual_sum(x64, r64, h_type=dtype)
            source = h_ref
        if layer:
            y_ref = nt.ref_layer_norm(source, eps=eps, scale=g64,
                                      bias=b64)[0]
        else:
            y_ref = nt.ref_rms_norm(source, eps=eps, scale=g64)[0]
        artifacts.call(entry, operands(op, x, r, g, b, y, h))
        torch.cuda.synchronize()
        what = f"{entry['name']} rows={rows} N={hidden} {kind} {layout}"
        if runtime.error():
            check._fail(what, runtime.error())
            runtime.clear_error()
            return
        check.close(to_f64(y), y_ref, dtype, what + " y vs float64")
        if fused:
            check.close(to_f64(h), h_ref, dtype, what + " h vs float64")
        if kind == "normal" and layout == "plain":
            src = to_torch(source, dtype)
            if layer:
                want = F.layer_norm(src, (hidden,), g, b, eps)
            else:
                want = F.rms_norm(src, (hidden,), g, eps)
            check.close(to_f64(y), to_f64(want), dtype,
                        what + " y vs PyTorch")

    for entry in artifacts.functions():
        sizes = [entry["hidden"]] if entry["hidden"] else [5, 1000, 4096,
                                                           4097]
        for hidden in sizes:
            row_counts = [0, 1, 3, 1000] if hidden <= 16384 else [1, 64]
            if args.quick:
                row_counts = [3]
            for rows in row_counts:
                kinds = ["normal"]
                if rows == 3 and not args.quick:
                    kinds += ["offset", "far_first", "special"]
                for kind in kinds:
                    run_case(entry, rows, hidden, kind)
            if hidden > 1:
                run_case(entry, 5, hidden, "normal", "misaligned")
                run_case(entry, 5, hidden, "normal", "in-place")

    # The ops compiled through the linalg reference lowering (parallel
    # loops): BatchNorm in both forms, LayerNorm with its statistics.
    linalg = artifacts.manifest.get("linalg")
    if linalg:
        channels = linalg["channels"]

        def entry(name):
            return {"library": linalg["library"], "name": name}

        def f32(values):
            return to_torch(values, "f32")

        for batch in (1, 3, 64, 0):
            shape = (batch, channels, 4, 5)
            x64 = nt.make_data("offset", shape, "f32", rng)
            g64, b64, m64 = (nt.make_data("normal", (channels,), "f32", rng)
                             for _ in range(3))
            v64 = nt.round_to(0.5 + rng.random(channels), "f32")
            y = torch.empty(shape, device="cuda")
            artifacts.call(entry("batch_norm_inference_f32"),
                           [f32(x64), f32(g64), f32(b64), f32(m64),
                            f32(v64), y])
            torch.cuda.synchronize()
            what = f"batch_norm_inference_f32 N={batch}"
            check.close(to_f64(y), nt.ref_batch_norm_inference(
                x64, m64, v64, eps, g64, b64), "f32", what)
            if batch == 0:
                continue
            outs = [torch.empty(shape, device="cuda")] + [
                torch.empty(channels, device="cuda") for _ in range(4)]
            artifacts.call(entry("batch_norm_training_f32"),
                           [f32(x64), f32(m64), f32(v64)] + outs)
            torch.cuda.synchronize()
            want = nt.ref_batch_norm_training(x64, m64, v64, eps, 0.9, None,
                                              None)
            for name, got, ref in zip(
                    ("y", "batch mean", "batch var", "running mean",
                     "running var"), outs, want):
                check.close(to_f64(got), ref, "f32",
                            f"batch_norm_training_f32 N={batch} {name}")
        for rows, hidden in ((1, 1), (5, 7), (300, 64), (3, 1000), (0, 8)):
            x64 = nt.make_data("offset", (rows, hidden), "f32", rng)
            y = torch.empty(rows, hidden, device="cuda")
            mean = torch.empty(rows, 1, device="cuda")
            rstd = torch.empty(rows, 1, device="cuda")
            artifacts.call(entry("layer_norm_statistics_f32"),
                           [f32(x64), y, mean, rstd])
            torch.cuda.synchronize()
            want = nt.ref_layer_norm(x64, -1, eps)
            for name, got, ref in zip(("y", "mean", "rstd"),
                                      (y, mean, rstd), want):
                check.close(to_f64(got).reshape(np.shape(ref)), ref, "f32",
                            f"layer_norm_statistics_f32 {rows}x{hidden} "
                            f"{name}")
        # An unfused residual add (parallel loops in 256-thread blocks): its
        # result, and its speed against a copy of the same bytes.
        for rows, hidden in ((0, 64), (3, 5), (16384, 4096)):
            x = torch.randn(rows, hidden, device="cuda")
            r = torch.randn_like(x)
            h = torch.empty_like(x)
            add = artifacts.prepare(entry("add_f32"), [x, r, h])
            add()
            torch.cuda.synchronize()
            # IEEE addition is correctly rounded: the f32 rounding of the
            # exact sum, bit for bit.
            check.close(to_f64(h), nt.round_to(to_f64(x) + to_f64(r), "f32"),
                        "f32", f"add_f32 {rows}x{hidden}",
                        tolerance=(0.0, 0.0))
            if rows == 16384:
                src = torch.empty(3 * x.numel() * 4 // 2, dtype=torch.uint8,
                                  device="cuda")
                dst = torch.empty_like(src)
                for fn in (add, lambda: dst.copy_(src)):
                    fn()
                t_add = min(batch_seconds(add, 20) for _ in range(5))
                t_copy = min(batch_seconds(lambda: dst.copy_(src), 20)
                             for _ in range(5))
                print(f"add_f32 {rows}x{hidden}: "
                      f"{3 * x.numel() * 4 / t_add / 1e9:.0f} GB/s, "
                      f"{100 * t_copy / t_add:.0f} % of a copy of the same "
                      f"bytes")
        if runtime.error():
            check._fail("linalg functions", runtime.error())
            runtime.clear_error()

    # More than 2^31 elements: rows far into the tensor are addressed with
    # 64-bit offsets. Checked on the first and last rows.
    entry = artifacts.find("rms_norm", "f32", 4096)
    if entry and not args.quick:
        rows, hidden = 600_000, 4096
        x = torch.randn(rows, hidden, device="cuda")
        g = torch.randn(hidden, device="cuda")
        y = torch.empty_like(x)
        artifacts.call(entry, operands("rms_norm", x, None, g, None, y, None))
        torch.cuda.synchronize()
        for part in (slice(0, 256), slice(rows - 256, rows)):
            x64 = to_f64(x[part])
            want = nt.ref_rms_norm(x64, eps=eps, scale=to_f64(g))[0]
            check.close(to_f64(y[part]), want, "f32",
                        f"rms_norm_f32_4096 rows={rows} part={part}")
        del x, y
    check.finish()


if __name__ == "__main__":
    main()
