# RUN: %python %s
# REQUIRES: numpy
#
# norm.deep_norm (alpha derived from the architecture) and norm.sublayer in
# every placement, through --norm-cpu-pipeline, against float64 references
# of the block formulas in docs/Semantics.md. The sublayer body F is x * W (an
# element-wise weight) so the reference is exact.

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, empty_like,
                      make_data, ref_layer_norm, ref_rms_norm, round_to, tensor_type,
                      to_f64, to_storage, STORAGE)

EPS = 1e-5


def module(ty):
    x = tensor_type([None, None], ty)
    g = tensor_type([None], ty)
    e = empty_like('e', 'x', [None, None], ty)

    def sublayer(name, placement, kind, params, attrs=""):
        return f"""
func.func @{name}(%x: {x}, %w: {x}, %g: {g}, %b: {g}) -> {x} {{
  %y = norm.sublayer {placement} {kind} %x : {x} {params} {attrs} {{
  ^bb0(%a: {x}):
    %f = arith.mulf %a, %w : {x}
    norm.yield %f : {x}
  }}
  return %y : {x}
}}"""

    return f"""
func.func @deep_norm(%f: {x}, %x: {x}, %g: {g}, %b: {g}) -> {x} {{
  {e}
  %y = norm.deep_norm %f, %x : {x}, {x} scale(%g : {g}) bias(%b : {g}) outs(%e : {x}) {{arch = #norm.arch<encdec_encoder>, encoder_layers = 12, decoder_layers = 6}}
  return %y : {x}
}}
""" + "".join([
        sublayer("post", "post", "layer_norm",
                 f"scale(%g : {g}) bias(%b : {g})"),
        sublayer("pre", "pre", "rms_norm", f"scale(%g : {g})",
                 "attributes {offset = 1.0 : f64}"),
        sublayer("sandwich", "sandwich", "layer_norm",
                 f"scale(%g : {g}) out_scale(%b : {g})"),
        sublayer("deepnorm", "deepnorm", "layer_norm",
                 f"scale(%g : {g}) bias(%b : {g})",
                 "attributes {alpha = 2.5 : f64}"),
    ])


def main():
    rng = np.random.default_rng(4)
    check = Checker()
    alpha = 0.81 * (12 ** 4 * 6) ** (1 / 16)
    for ty, lowering in itertools.product(("f32", "bf16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        dtype = STORAGE[ty]
        out = [(2, dtype)]
        for rows, hidden in ((0, 8), (1, 1), (5, 768), (64, 4097)):
            x = make_data("normal", (rows, hidden), ty, rng)
            w = make_data("normal", (rows, hidden), ty, rng)
            g = round_to(rng.standard_normal(hidden), ty)
            b = round_to(rng.standard_normal(hidden), ty)
            args = [to_storage(a, ty) for a in (x, w, g, b)]
            what = f"{lowering} {ty} {rows}x{hidden}"

            # DeepNorm: LN(alpha * x + F), with h rounded to its type.
            (y,) = call(lib, "deep_norm", [args[1], args[0], args[2], args[3]],
                        out)
            h = round_to(alpha * x + w, ty)
            check.close(to_f64(y, ty), round_to(
                ref_layer_norm(h, -1, EPS, g, b)[0], ty), ty,
                "deep_norm " + what,
                magnitude=np.abs(alpha * x) + np.abs(w))

            f = lambda a: round_to(a * w, ty)
            ln = lambda a, s, t: round_to(ref_layer_norm(a, -1, EPS, s, t)[0],
                                          ty)
            rms = lambda a, s: round_to(ref_rms_norm(a, -1, EPS, s, 1.0)[0], ty)
            wants = {
                "post": ln(round_to(x + f(x), ty), g, b),
                "pre": round_to(x + f(rms(x, g)), ty),
                "sandwich": round_to(x + ln(f(ln(x, g, None)), b, None), ty),
                "deepnorm": ln(round_to(2.5 * x + f(x), ty), g, b),
            }
            for name, want in wants.items():
                (y,) = call(lib, name, args, out)
                check.close(to_f64(y, ty), want, ty, f"sublayer {name} {what}",
                            magnitude=np.abs(x) + np.abs(f(x)) * 4)
    check.finish()


main()
