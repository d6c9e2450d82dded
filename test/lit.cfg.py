# -*- Python -*-
# lit configuration of the norm regression suite.

import os
import shutil
import subprocess

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "NORM"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".py", ".test"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "Inputs", "CMakeLists.txt", "lib"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.norm_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%mlir_lib_dir", config.mlir_lib_dir))
config.substitutions.append(("%norm_lib_dir", config.norm_lib_dir))
config.substitutions.append(("%norm_obj_root", config.norm_obj_root))
config.substitutions.append(("%mlir_cmake_dir", config.mlir_cmake_dir))
config.substitutions.append(("%host_cxx", config.host_cxx))
config.substitutions.append(("%norm_src_root", os.path.dirname(config.test_source_root)))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%fake_cuda_dir", os.path.join(config.norm_obj_root, "test", "fake-cuda")))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

tool_dirs = [config.norm_tools_dir, config.llvm_tools_dir]
tools = [
    "norm-opt",
    "norm-capi-test",
    "norm-capi-attr-test",
    "norm-lsp-server",
    "norm-cuda-info",
    "mlir-opt",
    "mlir-runner",
    "mlir-translate",
    "llc",
    ToolSubst("%cc", command=config.host_cxx, unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.norm_tools_dir, append_path=True)
llvm_config.with_environment("PYTHONPATH", os.path.join(config.test_source_root, "lib"), append_path=True)

# The host rounds f32 to bf16 in one instruction (what bf16-rounding=auto
# picks): AVX512-BF16 with AVX512-VL, or AVX-NE-CONVERT.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        cpu_flags = next((line.split(":", 1)[1].split() for line in cpuinfo
                          if line.startswith("flags")), [])
except OSError:
    cpu_flags = []
if ("avx512_bf16" in cpu_flags and "avx512vl" in cpu_flags) or \
        "avx_ne_convert" in cpu_flags:
    config.available_features.add("bf16-host")

# numpy is the float64 reference of the integration tests.
if subprocess.call([config.python_executable, "-c", "import numpy"],
                   stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("numpy")
# PyTorch is an optional second reference.
if subprocess.call([config.python_executable, "-c", "import torch"],
                   stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("torch")

# Under scripts/sanitize.sh norm's tools are ASan-instrumented; hosts that
# are not (Debian's mlir-opt loading the plugins) cannot load them.
if lit_config.params.get("sanitized"):
    config.available_features.add("sanitized")

# OpenMPI (scripts/setup.sh installs it) runs the partitioned modules.
if shutil.which("mpirun"):
    config.available_features.add("mpirun")

# ptxas (CUDA toolkit) assembles the PTX the GPU pipeline emits.
cuda_bin = os.path.join(os.environ.get("CUDA_HOME", "/usr/local/cuda"), "bin")
ptxas = shutil.which("ptxas") or shutil.which("ptxas", path=cuda_bin)
if ptxas:
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", ptxas))
    llvm_config.with_environment("PATH", os.path.dirname(ptxas), append_path=True)

# libdevice, which gpu-module-to-binary links into kernels that call math
# functions (__nv_erff), from the CUDA toolkit that MLIR looks up in
# CUDA_ROOT, CUDA_HOME or CUDA_PATH (Debian's MLIR has no default path):
# those variables reach the tests.
llvm_config.with_system_environment(["CUDA_ROOT", "CUDA_HOME", "CUDA_PATH"])
cuda_root = next((os.environ[v] for v in ("CUDA_ROOT", "CUDA_HOME", "CUDA_PATH")
                  if os.environ.get(v)), None)
if cuda_root and os.path.exists(os.path.join(
        cuda_root, "nvvm", "libdevice", "libdevice.10.bc")):
    config.available_features.add("libdevice")

# A CUDA device, as libnorm_cuda_runtime sees it, runs the GPU execution
# tests.
if subprocess.call([os.path.join(config.norm_tools_dir, "norm-cuda-info")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("cuda-device")
