# RUN: %python %s
# REQUIRES: numpy
#
# norm.batch_norm in inference and training form (ONNX convention) through
# --norm-cpu-pipeline against the float64 reference, with every lowering
# (the vector kernels, with and without streaming stores, and the linalg
# path): NCHW planes of sizes that straddle the vector steps, channels-last
# (NHWC, static C whose short rows the kernel groups, and NCHW with static
# 1x1 planes), static NCHW planes that the kernel groups when y streams,
# 16-bit running statistics and
# parameters, NaN and Inf, a large common offset, and no batch at all.

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, empty_like,
                      make_data, ref_batch_norm_inference,
                      ref_batch_norm_training, round_to, tensor_type, to_f64,
                      to_storage, STORAGE)

EPS = 1e-5
MOMENTUM = 0.9
# NCHW with static C, H and W: streamed, the kernel runs several planes per
# kernel row (a divisor of C: 20 or all 40 of 5x7, 48 of 96 or all 96 of
# 4x4), a vector chunk spanning two or three planes.
PLANES = {"planes_5x7": (40, 5, 7), "planes_4x4": (96, 4, 4)}


def module(ty):
    x = tensor_type([None, None, None, None], ty)
    c = tensor_type([None], "f32")
    cp = tensor_type([None], ty)
    x11 = tensor_type([None, None, 1, 1], ty)
    xs = tensor_type([None, None, None, 24], ty)
    es = empty_like('e', 'x', [None, None, None, 24], ty)
    xl = tensor_type([None, None], ty)
    ex = empty_like('e', 'x', [None, None, None, None], ty)
    e11 = empty_like('e', 'x', [None, None, 1, 1], ty)
    el = empty_like('e', 'x', [None, None], ty)
    planes = {name: (tensor_type([None, *dims], ty),
                     empty_like('e', 'x', [None, *dims], ty))
              for name, dims in PLANES.items()}
    stats = "\n  ".join(
        f"%s{i} = tensor.empty(%ch) : {c}" for i in range(4))
    return f"""
func.func @inference(%x: {x}, %g: {c}, %b: {c}, %m: {c}, %v: {c}) -> {x} {{
  {ex}
  %y = norm.batch_norm %x : {x} scale(%g : {c}) bias(%b : {c}) running(%m, %v : {c}, {c}) outs(%e : {x})
  return %y : {x}
}}
func.func @training(%x: {x}, %g: {c}, %b: {c}, %m: {c}, %v: {c}) -> ({x}, {c}, {c}, {c}, {c}) {{
  {ex}
  %c1 = arith.constant 1 : index
  %ch = tensor.dim %x, %c1 : {x}
  {stats}
  %y:5 = norm.batch_norm %x : {x} scale(%g : {c}) bias(%b : {c}) running(%m, %v : {c}, {c}) outs(%e, %s0, %s1, %s2, %s3 : {x}, {c}, {c}, {c}, {c}) {{training}}
  return %y#0, %y#1, %y#2, %y#3, %y#4 : {x}, {c}, {c}, {c}, {c}
}}
func.func @training_channels_last(%x: {xl}, %g: {c}, %b: {c}, %m: {c}, %v: {c}) -> ({xl}, {c}, {c}, {c}, {c}) {{
  {el}
  %c1 = arith.constant 1 : index
  %ch = tensor.dim %x, %c1 : {xl}
  {stats}
  %y:5 = norm.batch_norm %x : {xl} scale(%g : {c}) bias(%b : {c}) running(%m, %v : {c}, {c}) outs(%e, %s0, %s1, %s2, %s3 : {xl}, {c}, {c}, {c}, {c}) {{training, channel_axis = -1 : i64}}
  return %y#0, %y#1, %y#2, %y#3, %y#4 : {xl}, {c}, {c}, {c}, {c}
}}
func.func @channels_last(%x: {xl}, %m: {c}, %v: {c}) -> {xl} {{
  {el}
  %y = norm.batch_norm %x : {xl} running(%m, %v : {c}, {c}) outs(%e : {xl}) {{channel_axis = -1 : i64}}
  return %y : {xl}
}}
func.func @nhwc(%x: {x}, %g: {cp}, %b: {cp}, %m: {cp}, %v: {cp}) -> {x} {{
  {ex}
  %y = norm.batch_norm %x : {x} scale(%g : {cp}) bias(%b : {cp}) running(%m, %v : {cp}, {cp}) outs(%e : {x}) {{channel_axis = 3 : i64}}
  return %y : {x}
}}
func.func @nhwc_static(%x: {xs}, %g: {cp}, %b: {cp}, %m: {c}, %v: {c}) -> {xs} {{
  {es}
  %y = norm.batch_norm %x : {xs} scale(%g : {cp}) bias(%b : {cp}) running(%m, %v : {c}, {c}) outs(%e : {xs}) {{channel_axis = 3 : i64}}
  return %y : {xs}
}}
""" + "".join(f"""
func.func @{name}(%x: {xp}, %g: {c}, %b: {c}, %m: {c}, %v: {c}) -> {xp} {{
  {ep}
  %y = norm.batch_norm %x : {xp} scale(%g : {c}) bias(%b : {c}) running(%m, %v : {c}, {c}) outs(%e : {xp})
  return %y : {xp}
}}""" for name, (xp, ep) in planes.items()) + f"""
func.func @planes_1x1(%x: {x11}, %g: {c}, %m: {c}, %v: {c}) -> {x11} {{
  {e11}
  %y = norm.batch_norm %x : {x11} scale(%g : {c}) running(%m, %v : {c}, {c}) outs(%e : {x11})
  return %y : {x11}
}}
"""


def channel_stats(rng, channels, ty="f32"):
    """scale, bias, running mean and running var, representable in `ty`."""
    g, b, m = (round_to(rng.standard_normal(channels), ty) for _ in range(3))
    v = round_to(rng.random(channels) + 0.5, ty)
    return g, b, m, v


def check_training(check, results, wants, ty, what):
    """y and the four statistics results against the float64 reference."""
    check.close(to_f64(results[0], ty), round_to(wants[0], ty), ty,
                "training y " + what)
    names = ["batch_mean", "batch_var", "running_mean", "running_var"]
    for got, want, name in zip(results[1:], wants[1:], names):
        check.close(got, want, "f32", f"training {name} {what}",
                    tolerance=(1e-5, 1e-6))


def main():
    rng = np.random.default_rng(3)
    check = Checker()
    for ty, lowering in itertools.product(("f32", "f16", "bf16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        dtype = STORAGE[ty]
        f32 = lambda a: a.astype(np.float32)
        for shape in ((1, 1, 1, 1), (2, 3, 4, 5), (8, 16, 7, 7),
                      (4, 64, 1, 33), (2, 5, 37, 3), (0, 3, 4, 5)):
            channels = shape[1]
            for kind in ("normal", "offset", "special"):
                x = make_data(kind, shape, ty, rng)
                g, b, m, v = channel_stats(rng, channels)
                what = f"{ty} {lowering} {shape} {kind}"
                (y,) = call(lib, "inference",
                            [to_storage(x, ty), f32(g), f32(b), f32(m), f32(v)],
                            [(4, dtype)])
                want = ref_batch_norm_inference(x, m, v, EPS, g, b)
                check.close(to_f64(y, ty), round_to(want, ty), ty,
                            "inference " + what,
                            magnitude=np.abs(x - m.reshape(1, -1, 1, 1)) *
                            np.abs(g.reshape(1, -1, 1, 1)))
                if kind == "special" or not x.size:
                    continue
                results = call(lib, "training",
                               [to_storage(x, ty), f32(g), f32(b), f32(m),
                                f32(v)],
                               [(4, dtype)] + [(1, np.float32)] * 4)
                wants = ref_batch_norm_training(x, m, v, EPS, MOMENTUM, g, b)
                check_training(check, results, wants, ty, what)
        # A dynamic C: positions grouped by max(1, 4096 bytes / row) at
        # run time, then the rest (37 x 12: no whole group; 200 x 12 and
        # 1000 x 5: whole groups and a rest; 3 x 777: groups of 1).
        for rows, channels in ((37, 12), (200, 12), (1000, 5), (3, 777),
                               (5, 1)):
            x = make_data("normal", (rows, channels), ty, rng)
            _, _, m, v = channel_stats(rng, channels)
            (y,) = call(lib, "channels_last",
                        [to_storage(x, ty), f32(m), f32(v)], [(2, dtype)])
            want = ref_batch_norm_inference(x, m, v, EPS, None, None,
                                            channel_axis=1)
            check.close(to_f64(y, ty), round_to(want, ty), ty,
                        f"{ty} {lowering} channels last {rows}x{channels}")
        # Training, channels-last: the kernel takes moments over blocks of
        # 256 KiB of positions (300 x 777: four blocks, the last partial).
        for rows, channels in ((37, 12), (300, 777), (2, 3)):
            for kind in ("normal", "offset"):
                x = make_data(kind, (rows, channels), ty, rng)
                g, b, m, v = channel_stats(rng, channels)
                results = call(lib, "training_channels_last",
                               [to_storage(x, ty), f32(g), f32(b), f32(m),
                                f32(v)],
                               [(2, dtype)] + [(1, np.float32)] * 4)
                wants = ref_batch_norm_training(x, m, v, EPS, MOMENTUM, g, b,
                                                channel_axis=1)
                what = f"{ty} {lowering} channels last {rows}x{channels} {kind}"
                check_training(check, results, wants, ty, what)
        # NHWC with the running statistics and parameters stored in the
        # data's type.
        for shape in ((2, 3, 5, 19), (1, 2, 2, 64), (2, 9, 9, 24)):
            x = make_data("normal", shape, ty, rng)
            params = channel_stats(rng, shape[3], ty)
            (y,) = call(lib, "nhwc",
                        [to_storage(a, ty) for a in (x, *params)],
                        [(4, dtype)])
            g, b, m, v = params
            want = ref_batch_norm_inference(x, m, v, EPS, g, b,
                                            channel_axis=3)
            check.close(to_f64(y, ty), round_to(want, ty), ty,
                        f"{ty} {lowering} nhwc {shape}")
        # NHWC with a static C of 24: short rows that the kernel groups
        # (4096 bytes' worth of positions per kernel row), and the
        # positions left over after the last whole group.
        for shape in ((2, 5, 7, 24), (1, 1, 3, 24), (3, 30, 30, 24)):
            x = make_data("special", shape, ty, rng)
            g, b = (round_to(a, ty) for a in channel_stats(rng, 24)[:2])
            _, _, m, v = channel_stats(rng, 24)
            (y,) = call(lib, "nhwc_static",
                        [to_storage(x, ty), to_storage(g, ty),
                         to_storage(b, ty), f32(m), f32(v)], [(4, dtype)])
            want = ref_batch_norm_inference(x, m, v, EPS, g, b,
                                            channel_axis=3)
            check.close(to_f64(y, ty), round_to(want, ty), ty,
                        f"{ty} {lowering} nhwc static C {shape}")
        for name, (channels, h, w) in PLANES.items():
            for batch, kind in ((3, "normal"), (1, "special"), (2, "offset"),
                                (0, "normal")):
                x = make_data(kind, (batch, channels, h, w), ty, rng)
                g, b, m, v = channel_stats(rng, channels)
                (y,) = call(lib, name,
                            [to_storage(x, ty), f32(g), f32(b), f32(m), f32(v)],
                            [(4, dtype)])
                want = ref_batch_norm_inference(x, m, v, EPS, g, b)
                check.close(to_f64(y, ty), round_to(want, ty), ty,
                            f"{ty} {lowering} {name} batch {batch} {kind}",
                            magnitude=np.abs(x - m.reshape(1, -1, 1, 1)) *
                            np.abs(g.reshape(1, -1, 1, 1)))
        x = make_data("normal", (6, 40, 1, 1), ty, rng)
        g, _, m, v = channel_stats(rng, 40)
        (y,) = call(lib, "planes_1x1",
                    [to_storage(x, ty), f32(g), f32(m), f32(v)], [(4, dtype)])
        want = ref_batch_norm_inference(x, m, v, EPS, g, None)
        check.close(to_f64(y, ty), round_to(want, ty), ty,
                    f"{ty} {lowering} 1x1 planes")
    check.finish()


main()
