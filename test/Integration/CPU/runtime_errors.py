# RUN: %python %s
# REQUIRES: numpy
#
# Dynamic-shape entry points check at run time what the verifier cannot:
# mismatched sizes and an empty normalized shape stop the program with a
# message naming the op and the operand, before any memory is touched.

import subprocess
import sys

import numpy as np
from normtest import compile_module, empty_like, tensor_type

X = tensor_type([None, None], "f32")
G = tensor_type([None], "f32")
SOURCE = f"""
func.func @add_ln(%x: {X}, %r: {X}, %g: {G}) -> ({X}, {X}) {{
  {empty_like('e', 'x', [None, None], 'f32')}
  {empty_like('h', 'x', [None, None], 'f32')}
  %y:2 = norm.add_layer_norm %x, %r : {X}, {X} scale(%g : {G}) outs(%e, %h : {X}, {X})
  return %y#0, %y#1 : {X}, {X}
}}
"""

CHILD = """
import sys
import numpy as np
from normtest import call, compile_module
import ctypes
lib = ctypes.CDLL(sys.argv[1])
rows, hidden, r_rows, g_size = map(int, sys.argv[2:6])
x = np.ones((rows, hidden), np.float32)
r = np.ones((r_rows, hidden), np.float32)
g = np.ones((g_size,), np.float32)
call(lib, "add_ln", [x, r, g], [(2, np.float32), (2, np.float32)])
print("returned normally")
"""


def run_child(library, *sizes):
    return subprocess.run([sys.executable, "-c", CHILD, library,
                           *map(str, sizes)], capture_output=True, text=True)


def main():
    lib = compile_module(SOURCE)
    library = lib._name
    failures = 0
    cases = [
        ((4, 8, 4, 8), None),
        ((4, 8, 3, 8),
         "norm.add_layer_norm: residual does not match the input at run time "
         "(dimension 0)"),
        ((4, 8, 4, 7),
         "norm.add_layer_norm: scale does not match the normalized shape at "
         "run time"),
        ((4, 0, 4, 0), "norm.add_layer_norm: the reduced size N is 0 at run "
         "time"),
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
