# RUN: %python %s
# REQUIRES: numpy
#
# The CPU kernel of norm.batch_norm_grad with saved statistics
# (lib/Conversion/NormToCPU/BatchNormGrad.cpp) through --norm-cpu-pipeline,
# vector lowering (ordinary and streamed dx), and the linalg lowering as a
# control, against the float64 formulas of docs/Semantics.md ("Backward")
# (their own check by finite differences is in batch_norm_backward.py).
# Matrix: f32, bf16, f16 x NCHW planes (channel_axis 1, dynamic H and W)
# and channels-last rows (NHWC, channel_axis 3; and [M, C]) x channels 1,
# 7, 64, 130 x (N, H, W) = (1, 1, 1) (M = 1), (2, 5, 7), (3, 3, 1),
# (4, 13, 13) (M = 676: channels-last rows in 64 blocks of unequal size,
# planes longer than a vector chunk) x normal and offset data (f32: 1e4 +
# N(0, 1); 16-bit: the type's offset, normtest.OFFSET). With scale and
# both parameter gradients, and without scale with dx only; and NCHW and
# NHWC dy and x that are every other element of a longer last dim (strided
# memrefs once bufferized, which the kernel reads through contiguous
# copies). Saved statistics are f32, as the training forward returns them.
#
# Then determinism: one library per type called in separate processes with
# OMP_NUM_THREADS = 1, 2, 2 again and 3 must give bit-identical dx, dscale
# and dbias (the partial sums are grouped by the shape, not the threads).

import itertools
import os
import subprocess
import sys
import tempfile

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, make_data,
                      round_to, tensor_type, to_f64, to_storage, STORAGE)

EPS = 1e-5
CHANNELS = (1, 7, 64, 130)
BATCHES = ((1, 1, 1), (2, 5, 7), (3, 3, 1), (4, 13, 13))


def ref_grad(dy, x, scale, mean, var, axis):
    """float64 dx, dscale, dbias from the saved statistics, and the
    magnitudes each is checked relative to (dx: the size of its three
    terms; dscale, dbias: the sums of absolute values)."""
    axes = tuple(d for d in range(x.ndim) if d != axis)
    m = int(np.prod([x.shape[d] for d in axes]))
    view = [1] * x.ndim
    view[axis] = -1
    rstd = 1.0 / np.sqrt(var + EPS)
    xhat = (x - mean.reshape(view)) * rstd.reshape(view)
    s = scale.reshape(view) if scale is not None else 1.0
    dbias = dy.sum(axis=axes)
    dscale = (dy * xhat).sum(axis=axes)
    factor = rstd.reshape(view) * s
    dx = factor * (dy - (dbias / m).reshape(view) -
                   xhat * (dscale / m).reshape(view))
    abs_dy = (np.abs(dy).sum(axis=axes) / m).reshape(view)
    abs_dyx = (np.abs(dy * xhat).sum(axis=axes) / m).reshape(view)
    dx_mag = np.abs(factor) * (np.abs(dy) + abs_dy + np.abs(xhat) * abs_dyx)
    return ((dx, dscale, dbias),
            (dx_mag, np.abs(dy * xhat).sum(axis=axes),
             np.abs(dy).sum(axis=axes)))


def module(ty):
    t4 = tensor_type([None] * 4, ty)
    t2 = tensor_type([None] * 2, ty)
    v = tensor_type([None], ty)
    s = tensor_type([None], "f32")

    def dims(rank, t, of="x"):
        lines = []
        for d in range(rank):
            lines.append(f"%c{d} = arith.constant {d} : index")
            lines.append(f"%d{d} = tensor.dim %{of}, %c{d} : {t}")
        return "\n  ".join(lines)

    funcs = []
    for name, t, rank, axis in (("nchw", t4, 4, 1), ("nhwc", t4, 4, 3),
                                ("rows", t2, 2, 1)):
        sizes = ", ".join(f"%d{d}" for d in range(rank))
        funcs.append(f"""
func.func @{name}(%dy: {t}, %x: {t}, %g: {v}, %mean: {s}, %var: {s})
    -> ({t}, {v}, {v}) {{
  {dims(rank, t)}
  %e = tensor.empty({sizes}) : {t}
  %eg = tensor.empty(%d{axis}) : {v}
  %eb = tensor.empty(%d{axis}) : {v}
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x : {t}, {t} scale(%g : {v})
      mean(%mean : {s}) var(%var : {s}) outs(%e, %eg, %eb : {t}, {v}, {v})
      {{channel_axis = {axis} : i64}}
  return %dx, %dg, %db : {t}, {v}, {v}
}}
func.func @{name}_dx(%dy: {t}, %x: {t}, %mean: {s}, %var: {s}) -> {t} {{
  {dims(rank, t)}
  %e = tensor.empty({sizes}) : {t}
  %dx = norm.batch_norm_grad %dy, %x : {t}, {t}
      mean(%mean : {s}) var(%var : {s}) outs(%e : {t})
      {{channel_axis = {axis} : i64}}
  return %dx : {t}
}}""")
    # Every other element of the last dim of dy and x (element stride 2:
    # the kernel reads contiguous copies, OperandStaging).
    for name, axis in (("nchw", 1), ("nhwc", 3)):
        sizes = ", ".join(f"%d{d}" for d in range(4))
        funcs.append(f"""
func.func @{name}_strided(%dy2: {t4}, %x2: {t4}, %g: {v}, %mean: {s},
                          %var: {s}) -> ({t4}, {v}, {v}) {{
  {dims(4, t4, of='x2')}
  %d3h = arith.divui %d3, %c2 : index
  %dy = tensor.extract_slice %dy2[0, 0, 0, 1] [%d0, %d1, %d2, %d3h] [1, 1, 1, 2]
      : {t4} to {t4}
  %x = tensor.extract_slice %x2[0, 0, 0, 1] [%d0, %d1, %d2, %d3h] [1, 1, 1, 2]
      : {t4} to {t4}
  %dc = tensor.dim %x, %c{axis} : {t4}
  %e = tensor.empty(%d0, %d1, %d2, %d3h) : {t4}
  %eg = tensor.empty(%dc) : {v}
  %eb = tensor.empty(%dc) : {v}
  %dx, %dg, %db = norm.batch_norm_grad %dy, %x : {t4}, {t4} scale(%g : {v})
      mean(%mean : {s}) var(%var : {s}) outs(%e, %eg, %eb : {t4}, {v}, {v})
      {{channel_axis = {axis} : i64}}
  return %dx, %dg, %db : {t4}, {v}, {v}
}}""")
    return "\n".join(funcs)


def cases(ty, rng, datas=("normal", "offset")):
    """(what, function, channel axis, float64 dy, x, scale, mean, var)."""
    for c, (n, h, w), data, layout in itertools.product(
            CHANNELS, BATCHES, datas, ("nchw", "nhwc", "rows")):
        shape = {"nchw": (n, c, h, w), "nhwc": (n, h, w, c),
                 "rows": (n * h * w, c)}[layout]
        axis = {"nchw": 1, "nhwc": 3, "rows": 1}[layout]
        x = make_data(data, shape, ty, rng)
        dy = round_to(rng.standard_normal(shape), ty)
        g = round_to(1.0 + 0.1 * rng.standard_normal(c), ty)
        axes = tuple(d for d in range(len(shape)) if d != axis)
        # Saved statistics as the forward stores them: f32.
        mean = x.mean(axis=axes).astype(np.float32).astype(np.float64)
        var = x.var(axis=axes).astype(np.float32).astype(np.float64)
        what = f"{ty} {layout} {'x'.join(map(str, shape))} {data}"
        yield what, layout, axis, dy, x, g, mean, var


def check_accuracy(check):
    for ty, lowering in itertools.product(("f32", "bf16", "f16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        st = STORAGE[ty]
        rng = np.random.default_rng(22)
        for what, name, axis, dy, x, g, mean, var in cases(ty, rng):
            what = f"{what} ({lowering})"
            rank = x.ndim
            dy_, x_, g_ = (to_storage(a, ty) for a in (dy, x, g))
            mean_, var_ = np.float32(mean), np.float32(var)
            got = call(lib, name, [dy_, x_, g_, mean_, var_],
                       [(rank, st), (1, st), (1, st)])
            want, mag = ref_grad(dy, x, g, mean, var, axis)
            for out, w, mg, label in zip(got, want, mag,
                                         ("dx", "dscale", "dbias")):
                check.close(to_f64(out, ty), round_to(w, ty), ty,
                            f"{name} {label} {what}", magnitude=mg)
            got = call(lib, f"{name}_dx", [dy_, x_, mean_, var_],
                       [(rank, st)])
            want, mag = ref_grad(dy, x, None, mean, var, axis)
            check.close(to_f64(got[0], ty), round_to(want[0], ty), ty,
                        f"{name}_dx dx {what}", magnitude=mag[0])
            if name == "rows":
                continue
            # The same values at the odd positions of a last dim twice as
            # long (the even ones hold other data).
            wide = lambda a: np.stack(
                [round_to(rng.standard_normal(a.shape), ty) + 7.0, a],
                axis=-1).reshape(a.shape[:-1] + (2 * a.shape[-1],))
            got = call(lib, f"{name}_strided",
                       [to_storage(wide(dy), ty), to_storage(wide(x), ty), g_,
                        mean_, var_], [(rank, st), (1, st), (1, st)])
            want, mag = ref_grad(dy, x, g, mean, var, axis)
            for out, w, mg, label in zip(got, want, mag,
                                         ("dx", "dscale", "dbias")):
                check.close(to_f64(out, ty), round_to(w, ty), ty,
                            f"{name}_strided {label} {what}", magnitude=mg)


def run_all(library_paths):
    """Calls the kernels on every case (fixed seed); returns the outputs'
    bytes by name."""
    import ctypes
    outputs = {}
    for ty, path in library_paths.items():
        lib = ctypes.CDLL(path)
        st = STORAGE[ty]
        rng = np.random.default_rng(7)
        for what, name, axis, dy, x, g, mean, var in cases(
                ty, rng, datas=("offset",)):
            got = call(lib, name,
                       [to_storage(a, ty) for a in (dy, x, g)] +
                       [np.float32(mean), np.float32(var)],
                       [(x.ndim, st), (1, st), (1, st)])
            for label, out in zip(("dx", "dscale", "dbias"), got):
                outputs[f"{what} {label}"] = np.ascontiguousarray(out).tobytes()
    return outputs


def worker(argv):
    paths = dict(arg.split("=", 1) for arg in argv[1:-1])
    np.savez(argv[-1], **{k: np.frombuffer(v, np.uint8)
                          for k, v in run_all(paths).items()})


def check_determinism(check):
    libs = {ty: compile_module(module(ty))._name for ty in ("f32", "bf16")}
    workdir = tempfile.mkdtemp(prefix="normtest-bn-determinism-")
    runs = {}
    for label, threads in (("1", 1), ("2", 2), ("2 again", 2), ("3", 3)):
        out = os.path.join(workdir, f"run{len(runs)}.npz")
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        subprocess.run([sys.executable, __file__, "--worker",
                        *(f"{ty}={path}" for ty, path in libs.items()), out],
                       check=True, env=env)
        with np.load(out) as data:
            runs[label] = {k: data[k] for k in data.files}
    reference = runs["1"]
    for label, outputs in runs.items():
        if label == "1":
            continue
        assert outputs.keys() == reference.keys()
        for key in sorted(reference):
            check.identical(outputs[key], reference[key],
                            f"{key}: OMP_NUM_THREADS={label} against 1")


def main():
    check = Checker()
    check_accuracy(check)
    check_determinism(check)
    check.finish()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[1:])
    else:
        main()
