"""GPU execution tests of norm's backward kernels (run on the GPU machine).

    python3 run_backward.py [--quick]

Every backward function of manifest.json ("backward": layer_norm_grad with
statistics recomputed or saved, rms_norm_grad likewise, add_layer_norm_grad
with the residual stream's gradient and alpha 0.5, add_rms_norm_grad with
Gemma's offset 1; f32, bf16, f16) on PyTorch CUDA tensors: hidden sizes as
compiled (and more through the run-time-size functions), 0 to 1000 rows
(256 for the widest),
normal, 1e4 + N(0, 1) and variance-near-epsilon data. dx, dr, dscale and
dbias are compared with the float64 analytic gradients of
test/Integration/CPU/backward.py (copied here as backward_ref.py, itself
checked there against central finite differences), dx relative to the terms
it is the difference of and dscale/dbias relative to the sums of absolute
values they add up, within the tolerances of docs/Semantics.md. Also:
outputs are all written (they start as NaN), misaligned data (the
element-wise kernel), run-to-run determinism (bit-identical dscale/dbias and
dx), and 8192 rows (more partial-sum units than the GPU has blocks resident)
against float64. Exits 2 without a CUDA device, 1 on any mismatch.
"""

import argparse
import sys

import numpy as np

import normtest as nt
from backward_ref import ref_grad
from norm_gpu import Artifacts, Runtime, TORCH_DTYPES


def inputs_for(entry, rows, hidden, data, eps, rng):
    """float64 inputs of one case, representable in the entry's type, by
    argument name (statistics as the forward saves them: f32)."""
    op, ty = entry["op"], entry["dtype"]
    layer = "layer_norm" in op
    values = {
        "x": nt.make_data(data, (rows, hidden), ty, rng, eps=eps),
        "dy": nt.round_to(rng.standard_normal((rows, hidden)), ty),
        "g": nt.round_to(1.0 + 0.1 * rng.standard_normal(hidden), ty),
        "rg": nt.round_to(rng.standard_normal((rows, hidden)), ty),
    }
    x = values["x"]
    with np.errstate(all="ignore"):
        mean = x.mean(-1, keepdims=True) if layer else np.zeros((rows, 1))
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        values["mean"] = nt.round_to(mean, "f32")
        values["rstd"] = nt.round_to(1.0 / np.sqrt(var + eps), "f32")
    return values


def expected(entry, values, eps):
    """float64 dx (dr), dscale, dbias and the magnitudes they are checked
    relative to, by output name."""
    op = entry["op"]
    kind = "ln" if "layer_norm" in op else "rms"
    offset = 1.0 if op == "add_rms_norm_grad" else 0.0
    with np.errstate(all="ignore"):
        want, mag = ref_grad(kind, values["dy"], values["x"], values["g"],
                             eps=eps, offset=offset,
                             saved=op.endswith("_saved"))
    result = {"dx": (want[0], mag[0]), "dg": (want[1], mag[1]),
              "db": (want[2], mag[2])}
    if op == "add_layer_norm_grad":
        total = want[0] + values["rg"]
        total_mag = mag[0] + np.abs(values["rg"])
        result["dx"] = (total, total_mag)
        result["dr"] = (0.5 * total, 0.5 * total_mag)
    elif op == "add_rms_norm_grad":
        result["dr"] = result["dx"]
    return result


def check_outputs(check, entry, values, got, what, eps):
    """Compares the outputs `got` (float64 arrays by name) with float64."""
    names = entry["arguments"][1]
    for name, (want, mag) in expected(entry, values, eps).items():
        if name in names:
            check.close(got[name], nt.round_to(want, entry["dtype"]),
                        entry["dtype"], f"{what} {name} vs float64",
                        magnitude=mag)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runtime = Runtime()
    why = runtime.init()
    if why:
        print(f"norm GPU backward tests: {why}")
        sys.exit(2)
    import torch

    print(f"device: {runtime.device_name()}, torch {torch.__version__}")
    artifacts = Artifacts()
    eps = artifacts.manifest["epsilon"]
    entries = artifacts.manifest.get("backward", [])
    if not entries:
        print("no backward functions in manifest.json")
        sys.exit(1)
    check = nt.Checker()
    rng = np.random.default_rng(22)

    def to_torch(values, dtype):
        return torch.from_numpy(np.ascontiguousarray(values)).to(
            getattr(torch, TORCH_DTYPES[dtype])).cuda()

    def to_f64(tensor):
        return tensor.double().cpu().numpy()

    def call(entry, values, layout="plain"):
        """The outputs, by name, of one call (NaN where not written)."""
        ty = entry["dtype"]
        names, outs = entry["arguments"]
        rows, hidden = values["x"].shape
        tensors = []
        for name in names:
            tensor = to_torch(values[name],
                              "f32" if name in ("mean", "rstd") else ty)
            if layout == "misaligned" and name == "dy" and tensor.numel():
                # Contiguous rows one element past an aligned address.
                flat = torch.empty(tensor.numel() + 1, dtype=tensor.dtype,
                                   device="cuda")
                flat[1:].copy_(tensor.reshape(-1))
                tensor = flat[1:].view(rows, hidden)
            tensors.append(tensor)
        results = {}
        for name in outs:
            shape = (hidden,) if name in ("dg", "db") else (rows, hidden)
            results[name] = torch.full(
                shape, float("nan"), device="cuda",
                dtype=getattr(torch, TORCH_DTYPES[ty]))
        artifacts.call(entry, tensors + [results[n] for n in outs])
        torch.cuda.synchronize()
        return results

    def run_case(entry, rows, hidden, data, layout="plain"):
        what = f"{entry['name']} rows={rows} N={hidden} {data} {layout}"
        values = inputs_for(entry, rows, hidden, data, eps, rng)
        got = call(entry, values, layout)
        if runtime.error():
            check._fail(what, runtime.error())
            runtime.clear_error()
            return
        check_outputs(check, entry, values,
                      {name: to_f64(t) for name, t in got.items()}, what,
                      eps)

    for entry in entries:
        sizes = [entry["hidden"]] if entry["hidden"] else [5, 1000, 4096,
                                                           4097]
        for hidden in sizes:
            # Fewer rows for the widest (the float64 references run on the
            # host; the whole run stays within a few minutes).
            most = 1000 if hidden <= 4097 else 256
            row_counts = [3] if args.quick else [0, 1, 3, most]
            for rows in row_counts:
                kinds = ["normal"]
                if rows == most and not args.quick:
                    kinds += ["offset", "near_eps"]
                for data in kinds:
                    run_case(entry, rows, hidden, data)
            if hidden > 1:
                run_case(entry, 5, hidden, "normal", "misaligned")
            if not args.quick:
                # The same inputs twice: bit-identical results.
                values = inputs_for(entry, most, hidden, "normal", eps, rng)
                first = call(entry, values)
                second = call(entry, values)
                for name in first:
                    same = torch.equal(first[name], second[name])
                    check.close(np.array([0.0 if same else 1.0]),
                                np.array([0.0]), "f32",
                                f"{entry['name']} N={hidden} {name} "
                                f"run to run", tolerance=(0.0, 0.0))

    # More rows than units: every unit adds many rows.
    if not args.quick:
        for entry in entries:
            if entry["hidden"] == 4096 and entry["dtype"] == "bf16":
                run_case(entry, 8192, 4096, "normal")
    check.finish()


if __name__ == "__main__":
    main()
