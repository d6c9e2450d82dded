# RUN: %python %s
# REQUIRES: numpy
#
# Every placement of the bundled examples (LLaMA Pre-LN RMSNorm, BERT Post-LN,
# DeepNet, CogView Sandwich-LN, BLOOM embedding norm) computes the same
# numbers with and without --norm-fuse-residual, and both match a float64
# numpy model of the stack written from the block formulas in docs/Semantics.md. The
# stacks come from examples/generate.py with fewer blocks than the committed
# examples, to keep compile time in the suite short.

import os
import sys

import numpy as np
from normtest import Checker, call, compile_module

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..")
sys.path.insert(0, os.path.join(ROOT, "examples"))
import generate  # noqa: E402

EPS = 1e-5


def ln(h, g, b):
    m = h.mean(-1, keepdims=True)
    v = ((h - m) ** 2).mean(-1, keepdims=True)
    return (h - m) / np.sqrt(v + EPS) * g + b


def rms(h, g, _=None):
    return h / np.sqrt((h * h).mean(-1, keepdims=True) + EPS) * g


def attn(n, w):
    return n * w


def mlp(n, w):
    return n * w * n


def pre_ln(norm, blocks, embedding_norm=False):
    def model(x, w, g, b):
        h = norm(x, g, b) if embedding_norm else x
        for _ in range(blocks):
            for f in (attn, mlp):
                h = h + f(norm(h, g, b), w)
        return norm(h, g, b)
    return model


def post_ln(blocks, alpha=1.0):
    def model(x, w, g, b):
        h = x
        for _ in range(blocks):
            for f in (attn, mlp):
                h = ln(alpha * h + f(h, w), g, b)
        return h
    return model


def sandwich(blocks):
    def model(x, w, g, b):
        h = x
        for _ in range(blocks):
            for f in (attn, mlp):
                h = h + ln(f(ln(h, g, b), w), b, g)
        return ln(h, g, b)
    return model


# name: (source, shape, float64 model, takes a bias)
EXAMPLES = {
    "llama": (generate.pre_ln("llama", "rms_norm", 3, 16, 4096),
              (16, 4096), pre_ln(rms, 3), False),
    "bert": (generate.post_ln("bert", 3, 32, 768), (32, 768), post_ln(3),
             True),
    "deepnet": (generate.post_ln("deepnet", 6, 8, 512,
                                 alpha=(2 * 12) ** 0.25),
                (8, 512), post_ln(6, (2 * 12) ** 0.25), True),
    "cogview": (generate.sandwich("cogview", 3, 16, 1024), (16, 1024),
                sandwich(3), True),
    "bloom": (generate.pre_ln("bloom", "layer_norm", 3, 16, 1024,
                              embedding_norm=True),
              (16, 1024), pre_ln(ln, 3, embedding_norm=True), True),
}


def main():
    check = Checker()
    rng = np.random.default_rng(5)
    for name, (source, shape, model, has_bias) in EXAMPLES.items():
        x = rng.standard_normal(shape).astype(np.float32)
        w = (0.5 * rng.standard_normal(shape)).astype(np.float32)
        g = (1 + 0.1 * rng.standard_normal(shape[1])).astype(np.float32)
        b = (0.1 * rng.standard_normal(shape[1])).astype(np.float32)
        args = [x, w, g, b] if has_bias else [x, w, g]
        want = model(*(a.astype(np.float64) for a in (x, w, g, b)))
        outputs = {}
        for variant, passes in (("unfused", ()),
                                ("fused", ("--norm-fuse-residual",))):
            lib = compile_module(source, pre_passes=passes)
            (outputs[variant],) = call(lib, name, args, [(2, np.float32)])
            check.close(outputs[variant], want, "f32",
                        f"{name} {variant} vs float64",
                        tolerance=(2e-3, 2e-3))
        check.close(outputs["fused"], outputs["unfused"], "f32",
                    f"{name} fused vs unfused", tolerance=(1e-4, 1e-4))
    check.finish()


main()
