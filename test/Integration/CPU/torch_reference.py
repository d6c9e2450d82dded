# RUN: %python %s
# REQUIRES: numpy, torch
#
# A second, outside reference: PyTorch's CPU F.layer_norm / F.rms_norm on the
# same inputs (f32 and bf16) agree with norm's compiled kernels. Runs where
# torch is installed for the test Python; elsewhere lit reports it
# unsupported.

import numpy as np
import torch
import torch.nn.functional as F
from normtest import (Checker, call, compile_module, empty_like, tensor_type,
                      to_f64, to_storage, STORAGE, f32_from_bf16)


def module(ty):
    x = tensor_type([None, None], ty)
    g = tensor_type([None], ty)
    return f"""
func.func @ln(%x: {x}, %g: {g}, %b: {g}) -> {x} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.layer_norm %x : {x} scale(%g : {g}) bias(%b : {g}) outs(%e : {x})
  return %y : {x}
}}
func.func @rms(%x: {x}, %g: {g}) -> {x} {{
  {empty_like('e', 'x', [None, None], ty)}
  %y = norm.rms_norm %x : {x} scale(%g : {g}) outs(%e : {x}) {{epsilon = 1.0e-6 : f64}}
  return %y : {x}
}}
"""


def main():
    rng = np.random.default_rng(10)
    check = Checker()
    for ty, tt in (("f32", torch.float32), ("bf16", torch.bfloat16)):
        lib = compile_module(module(ty))
        for rows, hidden in ((3, 7), (64, 768), (16, 4097)):
            x32 = rng.standard_normal((rows, hidden)).astype(np.float32)
            g32 = rng.standard_normal(hidden).astype(np.float32)
            b32 = rng.standard_normal(hidden).astype(np.float32)
            xs, gs, bs = (to_storage(a, ty) for a in (x32, g32, b32))
            tx, tg, tb = (torch.from_numpy(to_f64(a, ty).astype(np.float32))
                          .to(tt) for a in (xs, gs, bs))
            (y,) = call(lib, "ln", [xs, gs, bs], [(2, STORAGE[ty])])
            want = F.layer_norm(tx, (hidden,), tg, tb, 1e-5).float().numpy()
            check.close(to_f64(y, ty), want, ty, f"{ty} ln {rows}x{hidden}")
            (y,) = call(lib, "rms", [xs, gs], [(2, STORAGE[ty])])
            want = F.rms_norm(tx, (hidden,), tg, 1e-6).float().numpy()
            check.close(to_f64(y, ty), want, ty, f"{ty} rms {rows}x{hidden}")
    check.finish()


main()
