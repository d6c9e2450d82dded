# RUN: %python %s
# REQUIRES: numpy
#
# Dynamic-shape entry points check at run time what the verifier cannot:
# mismatched sizes (of a fused norm and of a BatchNorm's per-channel
# operands), an empty normalized shape and training batch statistics of no
# elements stop the program with a message naming the op and the operand,
# before any memory is touched; an inference BatchNorm of empty planes
# returns, and so does batch_norm_grad with saved statistics of an empty
# batch.

import subprocess
import sys

import numpy as np
from normtest import compile_module, empty_like, tensor_type

X = tensor_type([None, None], "f32")
G = tensor_type([None], "f32")
X3 = tensor_type([None, None, None], "f32")
SOURCE = f"""
func.func @add_ln(%x: {X}, %r: {X}, %g: {G}) -> ({X}, {X}) {{
  {empty_like('e', 'x', [None, None], 'f32')}
  {empty_like('h', 'x', [None, None], 'f32')}
  %y:2 = norm.add_layer_norm %x, %r : {X}, {X} scale(%g : {G}) outs(%e, %h : {X}, {X})
  return %y#0, %y#1 : {X}, {X}
}}
func.func @bn(%x: {X3}, %m: {G}, %v: {G}) -> {X3} {{
  {empty_like('e', 'x', [None, None, None], 'f32')}
  %y = norm.batch_norm %x : {X3} running(%m, %v : {G}, {G}) outs(%e : {X3})
  return %y : {X3}
}}
func.func @bn_train(%x: {X3}, %m: {G}, %v: {G}) -> ({X3}, {G}) {{
  {empty_like('e', 'x', [None, None, None], 'f32')}
  %c1 = arith.constant 1 : index
  %ch = tensor.dim %x, %c1 : {X3}
  %s = tensor.empty(%ch) : {G}
  %y:5 = norm.batch_norm %x : {X3} running(%m, %v : {G}, {G}) outs(%e, %s, %s, %s, %s : {X3}, {G}, {G}, {G}, {G}) {{training}}
  return %y#0, %y#4 : {X3}, {G}
}}
func.func @bn_grad(%dy: {X3}, %x: {X3}, %m: {G}, %v: {G}) -> {X3} {{
  {empty_like('e', 'x', [None, None, None], 'f32')}
  %dx = norm.batch_norm_grad %dy, %x : {X3}, {X3} mean(%m : {G}) var(%v : {G}) outs(%e : {X3})
  return %dx : {X3}
}}
"""

CHILD = """
import sys
import numpy as np
from normtest import call, compile_module
import ctypes
lib = ctypes.CDLL(sys.argv[1])
if sys.argv[2] == "add_ln":
    rows, hidden, r_rows, g_size = map(int, sys.argv[3:7])
    x = np.ones((rows, hidden), np.float32)
    r = np.ones((r_rows, hidden), np.float32)
    g = np.ones((g_size,), np.float32)
    call(lib, "add_ln", [x, r, g], [(2, np.float32), (2, np.float32)])
elif sys.argv[2] == "bn_grad":
    channels, mean_size, var_size, batch, dy_batch = map(int, sys.argv[3:8])
    x = np.ones((batch, channels, 5), np.float32)
    dy = np.ones((dy_batch, channels, 5), np.float32)
    m = np.zeros((mean_size,), np.float32)
    v = np.ones((var_size,), np.float32)
    call(lib, "bn_grad", [dy, x, m, v], [(3, np.float32)])
else:
    channels, mean_size, var_size, batch, plane = map(int, sys.argv[3:8])
    x = np.ones((batch, channels, plane), np.float32)
    m = np.zeros((mean_size,), np.float32)
    v = np.ones((var_size,), np.float32)
    if sys.argv[2] == "bn":
        call(lib, "bn", [x, m, v], [(3, np.float32)])
    else:
        call(lib, "bn_train", [x, m, v], [(3, np.float32), (1, np.float32)])
print("returned normally")
"""


def run_child(library, function, *sizes):
    return subprocess.run([sys.executable, "-c", CHILD, library, function,
                           *map(str, sizes)], capture_output=True, text=True)


def main():
    lib = compile_module(SOURCE)
    library = lib._name
    failures = 0
    cases = [
        (("add_ln", 4, 8, 4, 8), None),
        (("add_ln", 4, 8, 3, 8),
         "norm.add_layer_norm: residual does not match the input at run time "
         "(dimension 0)"),
        (("add_ln", 4, 8, 4, 7),
         "norm.add_layer_norm: scale does not match the normalized shape at "
         "run time"),
        (("add_ln", 4, 0, 4, 0), "norm.add_layer_norm: the reduced size N is "
         "0 at run time"),
        (("bn", 3, 3, 3, 2, 5), None),
        (("bn", 3, 4, 3, 2, 5),
         "norm.batch_norm: running_mean does not match the channel size at "
         "run time"),
        (("bn", 3, 3, 2, 2, 5),
         "norm.batch_norm: running_var does not match the channel size at "
         "run time"),
        # Empty planes: y is empty too, nothing to check.
        (("bn", 3, 3, 3, 2, 0), None),
        (("bn_train", 3, 3, 3, 2, 5), None),
        # Batch statistics of nothing.
        (("bn_train", 3, 3, 3, 0, 5),
         "norm.batch_norm: the reduced size N is 0 at run time"),
        (("bn_train", 3, 3, 3, 2, 0),
         "norm.batch_norm: the reduced size N is 0 at run time"),
        (("bn_train", 3, 4, 3, 2, 5),
         "norm.batch_norm: running_mean does not match the channel size at "
         "run time"),
        # The backward with saved statistics (the CPU kernel): an empty
        # batch is legal.
        (("bn_grad", 3, 3, 3, 2, 2), None),
        (("bn_grad", 3, 3, 3, 0, 0), None),
        (("bn_grad", 3, 4, 3, 2, 2),
         "norm.batch_norm_grad: mean does not match the channel size at "
         "run time"),
        (("bn_grad", 3, 3, 2, 2, 2),
         "norm.batch_norm_grad: var does not match the channel size at "
         "run time"),
        (("bn_grad", 3, 3, 3, 2, 1),
         "norm.batch_norm_grad: grad does not match the input at run time"),
    ]
    for sizes, message in cases:
        result = run_child(library, *sizes)
        output = result.stdout + result.stderr
        if message is None:
            ok = result.returncode == 0 and "returned normally" in output
        else:
            ok = (result.returncode != 0 and message in output and
                  "returned normally" not in output)
        print(("ok  " if ok else "FAIL"), sizes, repr(output.strip()[-160:]))
        failures += not ok
    print(f"{len(cases)} cases, {failures} failed")
    sys.exit(1 if failures else 0)


main()
