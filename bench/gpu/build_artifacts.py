"""Builds the self-contained GPU test and benchmark artifacts.

    python3 bench/gpu/build_artifacts.py OUT [--quick] [--format bin|isa]
        [--pipeline-options 'chunks-per-thread=8 ...'] [--ops OP,...]
        [--sizes N,...]

Runs on the build machine (norm-opt, mlir-translate and clang on PATH).
Compiles norm ops through --norm-gpu-pipeline ahead of time into shared
libraries that need only libnorm_cuda_runtime.so (copied next to them, found
through $ORIGIN) and the CUDA driver, and copies the Python harness that
runs them on PyTorch CUDA tensors. OUT is what travels to the GPU machine:

    manifest.json          every compiled function: op, dtype, hidden size
                           ("functions": forward, "backward": backward ops)
    libnorm_gpu_*.so       the compiled functions, one library per op/dtype
    libnorm_cuda_runtime.so, norm-cuda-info
    norm_aot.py, normtest.py, backward_ref.py (the float64 gradients of
    test/Integration/CPU/backward.py), norm_gpu.py, run_tests.py,
    run_backward.py, bench.py, bench_backward.py, plot.py, run.sh
    src/*.mlir             the sources the libraries were compiled from
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "python"))

OPS = ("layer_norm", "rms_norm", "add_layer_norm", "add_rms_norm")
DTYPES = ("f32", "bf16")
# The hidden sizes the tests and benchmarks use (issue 6, docs/Performance.md);
# None is a row length known only at run time.
SIZES = (1, 768, 3584, 4096, 4097, 8192, 16384, 65536, None)
QUICK_SIZES = (64, 4097, None)
EPSILON = 1e-5


def function_name(op, dtype, size):
    return f"{op}_{dtype}_{size if size else 'dyn'}"


def function_source(op, dtype, size):
    """One entry point: inputs, parameters, then the writable outputs."""
    n = str(size) if size else "?"
    mat = f"tensor<?x{n}x{dtype}>"
    vec = f"tensor<{n}x{dtype}>"
    fused = op.startswith("add_")
    layer = op.endswith("layer_norm")
    args = ["%x: " + mat]
    if fused:
        args.append("%r: " + mat)
    args.append("%g: " + vec)
    if layer:
        args.append("%b: " + vec)
    writable = " {bufferization.writable = true}"
    args.append("%y: " + mat + writable)
    if fused:
        args.append("%h: " + mat + writable)
    operands = "%x, %r : " + mat + ", " + mat if fused else "%x : " + mat
    params = f" scale(%g : {vec})" + (f" bias(%b : {vec})" if layer else "")
    outs = (f"outs(%y, %h : {mat}, {mat})" if fused else f"outs(%y : {mat})")
    attrs = f"{{epsilon = {EPSILON:e} : f64}}"
    name = function_name(op, dtype, size)
    if fused:
        return (f"func.func @{name}({', '.join(args)}) -> ({mat}, {mat}) {{\n"
                f"  %0:2 = norm.{op} {operands}{params} {outs} {attrs}\n"
                f"  return %0#0, %0#1 : {mat}, {mat}\n}}\n")
    return (f"func.func @{name}({', '.join(args)}) -> {mat} {{\n"
            f"  %0 = norm.{op} {operands}{params} {outs} {attrs}\n"
            f"  return %0 : {mat}\n}}\n")


# The backward ops (issue 22), each with its parameter gradients:
# layer_norm_grad (statistics recomputed), layer_norm_grad_saved (the
# forward's mean and rstd), rms_norm_grad, rms_norm_grad_saved,
# add_layer_norm_grad (residual_grad, alpha 0.5) and add_rms_norm_grad
# (Gemma's offset 1). Parameter gradients have the data's type.
GRAD_OPS = ("layer_norm_grad", "layer_norm_grad_saved", "rms_norm_grad",
            "rms_norm_grad_saved", "add_layer_norm_grad", "add_rms_norm_grad")
GRAD_DTYPES = ("f32", "bf16", "f16")
GRAD_SIZES = (1, 768, 3584, 4096, 4097, 16384, None)
QUICK_GRAD_SIZES = (64, 4097, None)
QUICK_GRAD_DTYPES = ("f32", "bf16")


def grad_arguments(op):
    """The argument names of a backward function, in order: inputs, then
    the writable outputs (bench/gpu/norm_gpu.py grad_operands)."""
    layer = "layer_norm" in op
    fused = op.startswith("add_")
    args = ["dy", "x"]
    if op == "add_layer_norm_grad":
        args.append("rg")
    args.append("g")
    if op.endswith("_saved"):
        args += ["mean", "rstd"] if layer else ["rstd"]
    outs = ["dx"] + (["dr"] if fused else []) + ["dg"] + (
        ["db"] if layer else [])
    return args, outs


def grad_function_source(op, dtype, size):
    n = str(size) if size else "?"
    types = {"mat": f"tensor<?x{n}x{dtype}>", "vec": f"tensor<{n}x{dtype}>",
             "stat": "tensor<?x1xf32>"}
    kind = {"dy": "mat", "x": "mat", "rg": "mat", "g": "vec", "mean": "stat",
            "rstd": "stat", "dx": "mat", "dr": "mat", "dg": "vec",
            "db": "vec"}
    args, outs = grad_arguments(op)
    writable = " {bufferization.writable = true}"
    params = [f"%{a}: {types[kind[a]]}" for a in args]
    params += [f"%{o}: {types[kind[o]]}{writable}" for o in outs]
    base = op[:-len("_saved")] if op.endswith("_saved") else op
    mat = types["mat"]
    text = f"%dy, %x : {mat}, {mat}"
    if "rg" in args:
        text += f" residual_grad(%rg : {mat})"
    text += f" scale(%g : {types['vec']})"
    if "mean" in args:
        text += f" mean(%mean : {types['stat']})"
    if "rstd" in args:
        text += f" rstd(%rstd : {types['stat']})"
    out_types = [types[kind[o]] for o in outs]
    text += (f" outs({', '.join('%' + o for o in outs)} : "
             f"{', '.join(out_types)})")
    attrs = [f"epsilon = {EPSILON:e} : f64"]
    if op == "add_layer_norm_grad":
        attrs.append("alpha = 5.000000e-01 : f64")
    if op == "add_rms_norm_grad":
        attrs.append("offset = 1.000000e+00 : f64")
    results = ", ".join(out_types)
    name = function_name(op, dtype, size)
    k = len(outs)
    return (f"func.func @{name}({', '.join(params)}) -> ({results}) {{\n"
            f"  %0:{k} = norm.{base} {text} {{{', '.join(attrs)}}}\n"
            f"  return {', '.join(f'%0#{i}' for i in range(k))} : "
            f"{results}\n}}\n")


# Ops the row kernels do not take, compiled through the pipeline's linalg
# reference lowering (parallel loops on the GPU): BatchNorm in both forms
# and LayerNorm with its statistics results, and an unfused residual add.
# name: source.
LINALG_CHANNELS = 8
LINALG_FUNCTIONS = {
    "batch_norm_inference_f32": f"""
func.func @batch_norm_inference_f32(%x: tensor<?x{LINALG_CHANNELS}x4x5xf32>,
    %g: tensor<{LINALG_CHANNELS}xf32>, %b: tensor<{LINALG_CHANNELS}xf32>,
    %m: tensor<{LINALG_CHANNELS}xf32>, %v: tensor<{LINALG_CHANNELS}xf32>,
    %y: tensor<?x{LINALG_CHANNELS}x4x5xf32> {{bufferization.writable = true}})
    -> tensor<?x{LINALG_CHANNELS}x4x5xf32> {{
  %0 = norm.batch_norm %x : tensor<?x{LINALG_CHANNELS}x4x5xf32> scale(%g : tensor<{LINALG_CHANNELS}xf32>) bias(%b : tensor<{LINALG_CHANNELS}xf32>) running(%m, %v : tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>) outs(%y : tensor<?x{LINALG_CHANNELS}x4x5xf32>) {{epsilon = {EPSILON:e} : f64}}
  return %0 : tensor<?x{LINALG_CHANNELS}x4x5xf32>
}}
""",
    "batch_norm_training_f32": f"""
func.func @batch_norm_training_f32(%x: tensor<?x{LINALG_CHANNELS}x4x5xf32>,
    %m: tensor<{LINALG_CHANNELS}xf32>, %v: tensor<{LINALG_CHANNELS}xf32>,
    %y: tensor<?x{LINALG_CHANNELS}x4x5xf32> {{bufferization.writable = true}},
    %bm: tensor<{LINALG_CHANNELS}xf32> {{bufferization.writable = true}},
    %bv: tensor<{LINALG_CHANNELS}xf32> {{bufferization.writable = true}},
    %rm: tensor<{LINALG_CHANNELS}xf32> {{bufferization.writable = true}},
    %rv: tensor<{LINALG_CHANNELS}xf32> {{bufferization.writable = true}})
    -> (tensor<?x{LINALG_CHANNELS}x4x5xf32>, tensor<{LINALG_CHANNELS}xf32>,
        tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>,
        tensor<{LINALG_CHANNELS}xf32>) {{
  %0:5 = norm.batch_norm %x : tensor<?x{LINALG_CHANNELS}x4x5xf32> running(%m, %v : tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>) outs(%y, %bm, %bv, %rm, %rv : tensor<?x{LINALG_CHANNELS}x4x5xf32>, tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>) {{epsilon = {EPSILON:e} : f64, momentum = 0.9 : f64, training}}
  return %0#0, %0#1, %0#2, %0#3, %0#4 : tensor<?x{LINALG_CHANNELS}x4x5xf32>, tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>, tensor<{LINALG_CHANNELS}xf32>
}}
""",
    "add_f32": """
func.func @add_f32(%x: tensor<?x?xf32>, %r: tensor<?x?xf32>,
    %h: tensor<?x?xf32> {bufferization.writable = true}) -> tensor<?x?xf32> {
  %0 = linalg.add ins(%x, %r : tensor<?x?xf32>, tensor<?x?xf32>) outs(%h : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
""",
    "layer_norm_statistics_f32": f"""
func.func @layer_norm_statistics_f32(%x: tensor<?x?xf32>,
    %y: tensor<?x?xf32> {{bufferization.writable = true}},
    %mean: tensor<?x1xf32> {{bufferization.writable = true}},
    %rstd: tensor<?x1xf32> {{bufferization.writable = true}})
    -> (tensor<?x?xf32>, tensor<?x1xf32>, tensor<?x1xf32>) {{
  %0:3 = norm.layer_norm %x : tensor<?x?xf32> outs(%y, %mean, %rstd : tensor<?x?xf32>, tensor<?x1xf32>, tensor<?x1xf32>) {{epsilon = {EPSILON:e} : f64}}
  return %0#0, %0#1, %0#2 : tensor<?x?xf32>, tensor<?x1xf32>, tensor<?x1xf32>
}}
""",
}


def run(cmd):
    subprocess.run(cmd, check=True)


def build_library(out, op, dtype, sizes, fmt, options="", source=None):
    if source is None:
        source = "".join(function_source(op, dtype, s) for s in sizes)
    stem = f"libnorm_gpu_{op}_{dtype}"
    src = os.path.join(out, "src", stem + ".mlir")
    with open(src, "w") as f:
        f.write(source)
    lowered = os.path.join(out, "src", stem + ".llvm.mlir")
    ll = os.path.join(out, "src", stem + ".ll")
    run(["norm-opt", src, f"--norm-gpu-pipeline=format={fmt} {options}".strip(),
         "-o", lowered])
    run(["mlir-translate", "--mlir-to-llvmir", lowered, "-o", ll])
    library = os.path.join(out, stem + ".so")
    run(["clang", "-O2", "-shared", "-fPIC", "-Wno-override-module", ll,
         "-o", library, f"-L{out}", "-lnorm_cuda_runtime",
         "-Wl,-rpath,$ORIGIN"])
    return os.path.basename(library)


def check_self_contained(out):
    """No artifact may need libMLIR or anything but libc, libstdc++ and the
    runtime (the GPU machine has no MLIR)."""
    for name in sorted(os.listdir(out)):
        path = os.path.join(out, name)
        if not (name.endswith(".so") or name == "norm-cuda-info"):
            continue
        deps = subprocess.run(["ldd", path], capture_output=True, text=True,
                              check=True).stdout
        for line in deps.splitlines():
            lib = line.split()[0]
            allowed = ("linux-vdso", "ld-linux", "libc.so", "libm.so",
                       "libstdc++", "libgcc_s", "libnorm_cuda_runtime")
            if not lib.startswith(allowed) and "ld-linux" not in lib:
                sys.exit(f"error: {name} depends on {lib}")
            if "not found" in line:
                sys.exit(f"error: {name}: {line.strip()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--quick", action="store_true",
                        help="one size per kind of kernel (for the tests)")
    parser.add_argument("--format", choices=("bin", "isa"), default=None,
                        help="cubin (default where ptxas is found) or PTX")
    parser.add_argument("--pipeline-options", default="",
                        help="more --norm-gpu-pipeline options (variants)")
    parser.add_argument("--ops", default=",".join(OPS),
                        help="comma-separated ops to build")
    parser.add_argument("--grad-ops", default=None,
                        help="comma-separated backward ops to build (default "
                        "all; 'none' for none)")
    parser.add_argument("--sizes", default=None,
                        help="comma-separated hidden sizes ('dyn': run-time)")
    parser.add_argument("--lib-dir", default=os.path.join(ROOT, "build", "lib"))
    parser.add_argument("--bin-dir", default=os.path.join(ROOT, "build", "bin"))
    args = parser.parse_args()
    fmt = args.format
    if fmt is None:
        cuda_bin = os.path.join(os.environ.get("CUDA_HOME", "/usr/local/cuda"),
                                "bin")
        have_ptxas = shutil.which("ptxas") or shutil.which("ptxas",
                                                            path=cuda_bin)
        fmt = "bin" if have_ptxas else "isa"
        if have_ptxas and not shutil.which("ptxas"):
            os.environ["PATH"] += os.pathsep + cuda_bin
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "src"))
    shutil.copy(os.path.join(args.lib_dir, "libnorm_cuda_runtime.so"), out)
    shutil.copy(os.path.join(args.bin_dir, "norm-cuda-info"), out)
    sizes = QUICK_SIZES if args.quick else SIZES
    if args.sizes:
        sizes = tuple(None if s == "dyn" else int(s)
                      for s in args.sizes.split(","))
    manifest = {"format": fmt, "epsilon": EPSILON, "functions": [],
                "pipeline_options": args.pipeline_options}
    for op in [o for o in args.ops.split(",") if o and o != "none"]:
        if op not in OPS:
            sys.exit(f"error: unknown op {op}; known: {', '.join(OPS)}")
        for dtype in DTYPES:
            library = build_library(out, op, dtype, sizes, fmt,
                                    args.pipeline_options)
            for size in sizes:
                manifest["functions"].append({
                    "name": function_name(op, dtype, size), "op": op,
                    "dtype": dtype, "hidden": size, "library": library})
            print(f"built {library} ({len(sizes)} functions, {fmt})")
    grad_sizes = QUICK_GRAD_SIZES if args.quick else GRAD_SIZES
    if args.sizes:
        grad_sizes = sizes
    grad_ops = [op for op in GRAD_OPS if not args.grad_ops or
                op in args.grad_ops.split(",")]
    manifest["backward"] = []
    for op in grad_ops:
        for dtype in QUICK_GRAD_DTYPES if args.quick else GRAD_DTYPES:
            library = build_library(
                out, op, dtype, grad_sizes, fmt, args.pipeline_options,
                "".join(grad_function_source(op, dtype, s)
                        for s in grad_sizes))
            for size in grad_sizes:
                manifest["backward"].append({
                    "name": function_name(op, dtype, size), "op": op,
                    "dtype": dtype, "hidden": size, "library": library,
                    "arguments": grad_arguments(op)})
            print(f"built {library} ({len(grad_sizes)} backward functions, "
                  f"{fmt})")
    if not args.sizes:
        library = build_library(out, "linalg", "f32", (), fmt,
                                args.pipeline_options,
                                "".join(LINALG_FUNCTIONS.values()))
        manifest["linalg"] = {"library": library,
                              "functions": sorted(LINALG_FUNCTIONS),
                              "channels": LINALG_CHANNELS}
        print(f"built {library} ({len(LINALG_FUNCTIONS)} functions through "
              f"the linalg reference lowering, {fmt})")
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    for script in ("norm_gpu.py", "run_tests.py", "run_backward.py",
                   "bench.py", "bench_backward.py", "plot.py", "sweep.py",
                   "run.sh"):
        shutil.copy(os.path.join(HERE, script), out)
    shutil.copy(os.path.join(ROOT, "test", "Integration", "CPU",
                             "backward.py"),
                os.path.join(out, "backward_ref.py"))
    shutil.copy(os.path.join(ROOT, "python", "norm_aot.py"), out)
    shutil.copy(os.path.join(ROOT, "test", "lib", "normtest.py"), out)
    # Keep the MLIR sources (small, for reading), not the LLVM IR.
    for name in os.listdir(os.path.join(out, "src")):
        if not name.endswith(".mlir") or name.endswith(".llvm.mlir"):
            os.remove(os.path.join(out, "src", name))
    check_self_contained(out)
    total = sum(os.path.getsize(os.path.join(out, n)) for n in os.listdir(out))
    print(f"artifacts in {out}: {len(manifest['functions'])} functions, "
          f"{len(manifest['backward'])} backward functions, "
          f"{total / 2**20:.1f} MiB, self-contained")


if __name__ == "__main__":
    main()
