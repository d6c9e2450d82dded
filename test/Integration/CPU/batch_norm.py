# RUN: %python %s
# REQUIRES: numpy
#
# norm.batch_norm in inference and training form (ONNX convention) through
# --norm-cpu-pipeline against the float64 reference, NCHW and channels-last,
# with a large common offset in training mode.

import numpy as np
from normtest import (Checker, call, compile_module, empty_like, make_data,
                      ref_batch_norm_inference, ref_batch_norm_training,
                      round_to, tensor_type, to_f64, to_storage, STORAGE)

EPS = 1e-5
MOMENTUM = 0.9


def module(ty):
    x = tensor_type([None, None, None, None], ty)
    c = tensor_type([None], "f32")
    xl = tensor_type([None, None], ty)
    ex = empty_like('e', 'x', [None, None, None, None], ty)
    el = empty_like('e', 'x', [None, None], ty)
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
func.func @channels_last(%x: {xl}, %m: {c}, %v: {c}) -> {xl} {{
  {el}
  %y = norm.batch_norm %x : {xl} running(%m, %v : {c}, {c}) outs(%e : {xl}) {{channel_axis = -1 : i64}}
  return %y : {xl}
}}
"""


def main():
    rng = np.random.default_rng(3)
    check = Checker()
    for ty in ("f32", "f16", "bf16"):
        lib = compile_module(module(ty))
        dtype = STORAGE[ty]
        f32 = lambda a: a.astype(np.float32)
        for shape in ((1, 1, 1, 1), (2, 3, 4, 5), (8, 16, 7, 7), (4, 64, 1, 33)):
            channels = shape[1]
            for kind in ("normal", "offset"):
                x = make_data(kind, shape, ty, rng)
                g, b = (round_to(rng.standard_normal(channels), "f32")
                        for _ in range(2))
                m = round_to(rng.standard_normal(channels), "f32")
                v = round_to(rng.random(channels) + 0.5, "f32")
                what = f"{ty} {shape} {kind}"
                (y,) = call(lib, "inference",
                            [to_storage(x, ty), f32(g), f32(b), f32(m), f32(v)],
                            [(4, dtype)])
                want = ref_batch_norm_inference(x, m, v, EPS, g, b)
                check.close(to_f64(y, ty), round_to(want, ty), ty,
                            "inference " + what,
                            magnitude=np.abs(x - m.reshape(1, -1, 1, 1)) *
                            np.abs(g.reshape(1, -1, 1, 1)))
                results = call(lib, "training",
                               [to_storage(x, ty), f32(g), f32(b), f32(m),
                                f32(v)],
                               [(4, dtype)] + [(1, np.float32)] * 4)
                wants = ref_batch_norm_training(x, m, v, EPS, MOMENTUM, g, b)
                check.close(to_f64(results[0], ty), round_to(wants[0], ty), ty,
                            "training y " + what)
                names = ["batch_mean", "batch_var", "running_mean",
                         "running_var"]
                for got, want, name in zip(results[1:], wants[1:], names):
                    check.close(got, want, "f32", f"training {name} {what}",
                                tolerance=(1e-5, 1e-6))
        x = make_data("normal", (37, 12), ty, rng)
        m = round_to(rng.standard_normal(12), "f32")
        v = round_to(rng.random(12) + 0.5, "f32")
        (y,) = call(lib, "channels_last", [to_storage(x, ty), f32(m), f32(v)],
                    [(2, dtype)])
        want = ref_batch_norm_inference(x, m, v, EPS, None, None,
                                        channel_axis=1)
        check.close(to_f64(y, ty), round_to(want, ty), ty,
                    f"{ty} channels last")
    check.finish()


main()
