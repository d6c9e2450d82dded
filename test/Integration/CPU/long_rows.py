# RUN: %python %s
# REQUIRES: numpy
#
# Rows of 64K+ elements (docs/Semantics.md): 65536 and 65537 wide, f32 and bf16, both
# lowerings, zero-mean data and data with a large common offset (1e4 in f32;
# in bf16 an offset the type keeps N(0,1) apart at, see normtest.OFFSET: at
# 1e4 bf16 rows round to constants, whose norm is 0, and a kernel writing
# any constant passed). The RMSNorm of offset data is 1 +- 1e-4: zero-mean
# data is what makes an output of all ones fail. The linalg reference
# lowering sums a row sequentially in one f32 accumulator, whose rounding
# error grows with N (at most about N * 2^-25 relative, 2e-3 at 64K): the
# sum of squares of the offset rows (1e8 each) comes within 9.1e-5 of the
# float64 reference, so that case alone is allowed 2e-4; every other case,
# the vector kernels' 64 partial sums included, stays within the usual
# tolerance (at most 6e-6 in f32).

import itertools

import numpy as np
from normtest import (LOWERINGS, Checker, call, compile_module, empty_like,
                      make_data, ref_layer_norm, ref_rms_norm, round_to,
                      tensor_type, to_f64, to_storage, STORAGE)


def module(ty):
    x = tensor_type([None, None], ty)
    return f"""
func.func @ln(%x: {x}) -> {x} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.layer_norm %x : {x} outs(%e : {x})
  return %y : {x}
}}
func.func @rms(%x: {x}) -> {x} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.rms_norm %x : {x} outs(%e : {x})
  return %y : {x}
}}
"""


def main():
    rng = np.random.default_rng(9)
    check = Checker()
    for ty, lowering in itertools.product(("f32", "bf16"), LOWERINGS):
        lib = compile_module(module(ty), options=lowering)
        for hidden, kind in itertools.product((65536, 65537),
                                              ("normal", "offset")):
            x = make_data(kind, (3, hidden), ty, rng)
            for name, ref in (("ln", ref_layer_norm), ("rms", ref_rms_norm)):
                (y,) = call(lib, name, [to_storage(x, ty)],
                            [(2, STORAGE[ty])])
                tolerance = (2e-4, 2e-4) if (
                    ty == "f32" and lowering == "lowering=linalg" and
                    name == "rms" and kind == "offset") else None
                check.close(to_f64(y, ty), round_to(ref(x)[0], ty), ty,
                            f"{lowering} {ty} {name} 3x{hidden} {kind}",
                            tolerance=tolerance)
    check.finish()


main()
