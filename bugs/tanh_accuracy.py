# Runs bugs/tanh_accuracy.mlir through norm's CPU pipeline and prints the
# error of f32 tanh and fpowi(x, 3) against float64.
import os, sys
import numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
import norm_aot as na
x = np.linspace(-4, 4, 1024).astype(np.float32)
lib = na.compile_module(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tanh_accuracy.mlir")).read())
t, p = na.call(lib, "main", [x], [(1, np.float32), (1, np.float32)])
x64 = x.astype(np.float64)
for name, got, want in (("tanh", t, np.tanh(x64)), ("fpowi3", p, x64 ** 3)):
    rel = np.abs(got - want) / np.maximum(np.abs(want), 1e-30)
    i = rel.argmax()
    print(f"{name}: max rel err {rel.max():.3g} at x={x[i]!r} (got {got[i]!r}, want {want[i]!r}); f32 ulp ~6e-8")
