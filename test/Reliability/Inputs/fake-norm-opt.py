#!/usr/bin/env python3
"""A norm-opt stand-in with known bugs, to test norm_sweep.py's classes.

It reads the input (split at `// -----` with -split-input-file), prints
each part back as its "output", and misbehaves where a configuration flag
meets a case whose text contains a keyword:

  --norm-raise              memref       crashes (stack dump, SIGSEGV)
  --canonicalize            rms_norm     "invalid IR": a verifier error only
                                         with --verify-each=true
  --norm-fuse-residual      layer_norm   refuses cleanly (error either way)
  --norm-expand-sublayers   batch_norm   fails without a diagnostic
  --norm-placement-report   deep_norm    reports an error and exits 0
  --norm-cpu-pipeline       sandwich     refuses: a reason no document gives
  --norm-gpu-pipeline=...   xf64>        refuses as documented
  --norm-erase-self-copies  one f64 memref deep_norm   hangs
"""

import os
import signal
import sys
import time

MISBEHAVIOR = {
    "--norm-raise": ("memref", "crash"),
    "--canonicalize": ("rms_norm", "invalid"),
    "--norm-fuse-residual": ("layer_norm", "refuse"),
    "--norm-expand-sublayers": ("batch_norm", "silent"),
    "--norm-placement-report": ("deep_norm", "ignored"),
    "--norm-cpu-pipeline": ("sandwich", "refuse-undocumented"),
    "--norm-gpu-pipeline=format=isa": ("xf64>", "refuse-documented"),
    "--norm-erase-self-copies": ("norm.deep_norm %x, %r : memref<4x64xf64>",
                                 "hang"),
}

STACK = """PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace.
Stack dump:
0.\tProgram arguments: norm-opt
Stack dump without symbol names (ensure you have llvm-symbolizer in your PATH):
0  libLLVM.so.22.1 0x00007fa662ab8786 llvm::sys::PrintStackTrace(llvm::raw_ostream&, int) + 54
1  libLLVM.so.22.1 0x00007fa662ab5fd3 llvm::sys::RunSignalHandlers() + 131
2  libLLVM.so.22.1 0x00007fa662ab94f4
3  libc.so.6       0x00007fa65d65a050
4  libMLIR.so.22.1 0x00007fa66cd8f937 mlir::Attribute::getContext() const + 4
5  norm-opt        0x000056281b18412c fakeRaiseStep(mlir::Operation*) + 12
6  norm-opt        0x000056281b18401c fakeRaisePass::runOnOperation() + 40
7  norm-opt        0x000056281b134381 _start + 33
"""


def main() -> int:
    args = sys.argv[1:]
    if "--version" in args:
        print("fake norm-opt")
        return 0
    path = next(a for a in args if not a.startswith("-"))
    verify = "--verify-each=false" not in args
    split = "-split-input-file" in args
    text = open(path).read()
    parts = text.split("// -----\n") if split else [text]
    outputs, failed, line = [], False, 1
    for part in parts:
        behavior = None
        for flag, (keyword, what) in MISBEHAVIOR.items():
            if flag in args and keyword in part:
                behavior = what
        where = f"{path}:{line + 1}:3"
        output = part
        if behavior == "crash":
            sys.stdout.flush()
            sys.stderr.write(STACK)
            sys.stderr.flush()
            os.kill(os.getpid(), signal.SIGSEGV)
        elif behavior == "hang":
            time.sleep(60)
        elif behavior == "invalid" and verify:
            print(f"{where}: error: 'vector.store' op most minor memref dim "
                  "must have unit stride", file=sys.stderr)
            output, failed = "", True
        elif behavior == "refuse":
            print(f"{where}: error: cannot be fused: a refusal by design",
                  file=sys.stderr)
            output, failed = "", True
        elif behavior == "silent":
            output, failed = "", True
        elif behavior == "ignored":
            print(f"{where}: error: something went wrong", file=sys.stderr)
        elif behavior == "refuse-undocumented":
            print(f"{where}: error: Yield operand #0 is not equivalent to "
                  "the corresponding iter bbArg", file=sys.stderr)
            output, failed = "", True
        elif behavior == "refuse-documented":
            print(f"{where}: error: cannot be lowered to the GPU: supports "
                  "f32, bf16 and f16 data", file=sys.stderr)
            output, failed = "", True
        outputs.append(output)
        line += part.count("\n") + 1
    sys.stdout.write("// -----\n".join(outputs))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
