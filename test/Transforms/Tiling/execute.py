# RUN: %python %s %S/Inputs/execute-payload.mlir %S/Inputs/execute-schedule.mlir
# REQUIRES: numpy
#
# The norm ops tiled, fused and decomposed by upstream transform scripts
# (TilingInterface, AggregatedOpInterface) compute what the untransformed
# ops compute: execute-payload.mlir is compiled through --norm-cpu-pipeline
# as written and after --transform-interpreter has applied
# execute-schedule.mlir (tile_using_forall / tile_using_for on every op,
# BatchNorm tiled along N and C in inference form and along C in training
# form, fuse_into_containing_op of an element-wise producer and of the norm
# into a tiled consumer, decompose_interface of a tiled LayerNorm, and the
# long rows of a decomposed RMSNorm reduced in partial sums by
# tile_reduction_using_for), with the vector kernels and with the linalg
# lowering, and both are compared with the float64 references of
# test/lib/normtest.py.

import sys

import numpy as np
from normtest import (Checker, call, compile_module, ref_batch_norm_inference,
                      ref_batch_norm_training, ref_layer_norm, ref_rms_norm)

PAYLOAD, SCHEDULE = sys.argv[1], sys.argv[2]
TRANSFORM = (f"--transform-preload-library=transform-library-paths={SCHEDULE}",
             "--transform-interpreter", "--canonicalize")
F32 = np.float32


def f64(a):
    return np.asarray(a, dtype=np.float64)


def run_all(lib, rng, check, what):
    # LayerNorm over (4, 24) with mean and rstd of shape (10, 1, 1).
    x = rng.standard_normal((10, 4, 24)).astype(F32) * 3 + 5
    g = rng.standard_normal((4, 24)).astype(F32)
    b = rng.standard_normal((4, 24)).astype(F32)
    y, mean, rstd = call(lib, "ln_stats", [x, g, b],
                         [(3, F32), (3, F32), (3, F32)])
    want_y, want_mean, want_rstd = ref_layer_norm(f64(x), 1, 1e-3, f64(g),
                                                  f64(b))
    check.close(y, want_y, "f32", f"{what} ln_stats y")
    check.close(mean, want_mean, "f32", f"{what} ln_stats mean")
    check.close(rstd, want_rstd, "f32", f"{what} ln_stats rstd")

    # RMSNorm with 1 + gamma, run-time rows (13: a partial last tile of 4,
    # and no rows at all).
    for rows in (13, 0):
        x = rng.standard_normal((rows, 64)).astype(F32)
        g = rng.standard_normal(64).astype(F32)
        y, rstd = call(lib, "rms", [x, g], [(2, F32), (2, F32)])
        want_y, want_rstd = ref_rms_norm(f64(x), -1, 1e-5, f64(g), 1.0)
        check.close(y, want_y, "f32", f"{what} rms y {rows} rows")
        check.close(rstd, want_rstd, "f32", f"{what} rms rstd {rows} rows")

    # add_layer_norm: h = 0.5 r + x + ab, y = LN(h) g + b.
    x = rng.standard_normal((9, 48)).astype(F32)
    r = rng.standard_normal((9, 48)).astype(F32)
    ab, g, b = (rng.standard_normal(48).astype(F32) for _ in range(3))
    y, h = call(lib, "add_ln", [x, r, ab, g, b], [(2, F32), (2, F32)])
    want_h = 0.5 * f64(r) + f64(x) + f64(ab)
    check.close(h, want_h, "f32", f"{what} add_ln h",
                magnitude=np.abs(0.5 * f64(r)) + np.abs(f64(x)) + np.abs(ab))
    check.close(y, ref_layer_norm(f64(h), -1, 1e-5, f64(g), f64(b))[0], "f32",
                f"{what} add_ln y")

    # add_rms_norm: h = 2 r + x, y = RMSNorm(h) g.
    x = rng.standard_normal((7, 40)).astype(F32)
    r = rng.standard_normal((7, 40)).astype(F32)
    g = rng.standard_normal(40).astype(F32)
    y, h = call(lib, "add_rms", [x, r, g], [(2, F32), (2, F32)])
    check.close(h, 2 * f64(r) + f64(x), "f32", f"{what} add_rms h",
                magnitude=np.abs(2 * f64(r)) + np.abs(f64(x)))
    check.close(y, ref_rms_norm(f64(h), -1, 1e-5, f64(g))[0], "f32",
                f"{what} add_rms y")

    # deep_norm: y = LN(1.5 r + x) g.
    x = rng.standard_normal((8, 32)).astype(F32)
    r = rng.standard_normal((8, 32)).astype(F32)
    g = rng.standard_normal(32).astype(F32)
    (y,) = call(lib, "deep", [x, r, g], [(2, F32)])
    check.close(y, ref_layer_norm(1.5 * f64(r) + f64(x), -1, 1e-5, f64(g))[0],
                "f32", f"{what} deep y")

    # sandwich_norm: n = LN(x) g1 + b1 (rounded to f32), h = r + n,
    # y = LN(h) g2 + b2.
    x = rng.standard_normal((6, 32)).astype(F32)
    r = rng.standard_normal((6, 32)).astype(F32)
    g1, b1, g2, b2 = (rng.standard_normal(32).astype(F32) for _ in range(4))
    y, h = call(lib, "sandwich", [x, r, g1, b1, g2, b2], [(2, F32), (2, F32)])
    n = ref_layer_norm(f64(x), -1, 1e-5, f64(g1), f64(b1))[0]
    check.close(h, f64(r) + n, "f32", f"{what} sandwich h",
                magnitude=np.abs(f64(r)) + np.abs(n))
    check.close(y, ref_layer_norm(f64(h), -1, 1e-5, f64(g2), f64(b2))[0],
                "f32", f"{what} sandwich y")

    # batch_norm, inference form.
    x = rng.standard_normal((3, 6, 5, 4)).astype(F32)
    m = rng.standard_normal(6).astype(F32)
    v = rng.random(6).astype(F32) + 0.5
    g, b = (rng.standard_normal(6).astype(F32) for _ in range(2))
    (y,) = call(lib, "bn_inference", [x, m, v, g, b], [(4, F32)])
    want = ref_batch_norm_inference(f64(x), f64(m), f64(v), 1e-5, f64(g),
                                    f64(b))
    check.close(y, want, "f32", f"{what} bn_inference y",
                magnitude=np.abs(f64(x)) + np.abs(f64(m)).reshape(1, 6, 1, 1))

    # batch_norm, training form (momentum 0.8).
    x = rng.standard_normal((3, 6, 5)).astype(F32) + 2
    m = rng.standard_normal(6).astype(F32)
    v = rng.random(6).astype(F32) + 0.5
    g = rng.standard_normal(6).astype(F32)
    got = call(lib, "bn_training", [x, m, v, g],
               [(3, F32), (1, F32), (1, F32), (1, F32), (1, F32)])
    want = ref_batch_norm_training(f64(x), f64(m), f64(v), 1e-5, 0.8, f64(g),
                                   None)
    for name, got_value, want_value in zip(
            ("y", "batch_mean", "batch_var", "running_mean", "running_var"),
            got, want):
        check.close(got_value, want_value, "f32", f"{what} bn_training {name}")

    # Producer -> RMSNorm -> consumer, fused into the consumer's tiles.
    a = rng.standard_normal((12, 64)).astype(F32)
    g = rng.standard_normal(64).astype(F32)
    (z,) = call(lib, "fuse_consumer", [a, g], [(2, F32)])
    want_y = ref_rms_norm(2 * f64(a) + 1, -1, 1e-5, f64(g))[0]
    check.close(z, want_y * want_y, "f32", f"{what} fuse_consumer z")

    # Producer fused into the tiled LayerNorm.
    (y,) = call(lib, "fuse_producer", [a, g], [(2, F32)])
    check.close(y, ref_layer_norm(2 * f64(a) + 1, -1, 1e-5, f64(g))[0], "f32",
                f"{what} fuse_producer y")

    # LayerNorm tiles decomposed into linalg.
    x = (1e4 + rng.standard_normal((10, 48))).astype(F32)
    g, b = (rng.standard_normal(48).astype(F32) for _ in range(2))
    (y,) = call(lib, "decompose", [x, g, b], [(2, F32)])
    check.close(y, ref_layer_norm(f64(x), -1, 1e-5, f64(g), f64(b))[0], "f32",
                f"{what} decompose y")

    # Long rows, their sum of squares split in 8 partial sums.
    x = rng.standard_normal((3, 8192)).astype(F32)
    g = rng.standard_normal(8192).astype(F32)
    (y,) = call(lib, "split_rows", [x, g], [(2, F32)])
    check.close(y, ref_rms_norm(f64(x), -1, 1e-5, f64(g))[0], "f32",
                f"{what} split_rows y")


def main():
    with open(PAYLOAD) as f:
        source = f.read()
    check = Checker()
    for options in ("lowering=vector", "lowering=linalg"):
        for transformed in (False, True):
            lib = compile_module(source, options=options,
                                 pre_passes=TRANSFORM if transformed else ())
            what = f"{options} {'transformed' if transformed else 'as written'}"
            run_all(lib, np.random.default_rng(21), check, what)
    check.finish()


main()
