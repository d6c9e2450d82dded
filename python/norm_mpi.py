"""Runs modules partitioned with the shard dialect on several processes.

A module annotated with `shard.shard` ops goes through upstream's
`sharding-propagation` and `shard-partition` (norm's ops partition through
their ShardingInterface) and `--norm-cpu-pipeline`, which lowers the
collectives to calls into Debian's OpenMPI. `run` launches the compiled
library under `mpirun -np N`, one Python worker per rank: each worker
initializes MPI, calls the entry point on its rank's inputs and writes its
outputs, which `run` gathers.
"""

import ctypes
import ctypes.util
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
import norm_aot  # noqa: E402

# Propagation then partitioning, function by function (both are func
# passes), before the CPU pipeline.
PARTITION = "--pass-pipeline=builtin.module(func.func(sharding-propagation," \
    "shard-partition),canonicalize,cse)"


def mpirun_command(nprocs):
    """mpirun for N local processes, as root too (CI runs as root), more
    processes than cores allowed, without ssh (one host)."""
    return ["mpirun", "--allow-run-as-root", "--oversubscribe",
            "--mca", "plm", "isolated", "-np", str(nprocs)]


def partition(source, norm_opt=None):
    """The partitioned form of an annotated module (the IR each rank runs)."""
    result = subprocess.run([norm_opt or norm_aot._tool("norm-opt"), "-",
                             PARTITION], input=source, capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError(f"partitioning failed:\n{result.stderr}\n"
                           f"{source}")
    return result.stdout


def compile_partitioned(source, options="", norm_opt=None):
    """Partitions an annotated module and compiles it with the CPU pipeline
    against OpenMPI; returns the shared library's path."""
    library = norm_aot.compile_module(partition(source, norm_opt),
                                      options=options, norm_opt=norm_opt,
                                      link_args=["-lmpi"])
    return library._name


def run(nprocs, library, function, rank_inputs, results, repeat=0):
    """Calls `function` of `library` on `nprocs` MPI ranks.

    `rank_inputs[r]` are rank r's arguments (numpy arrays: its slices);
    `results` the (rank, dtype) of each result, as norm_aot.call takes them.
    Returns the list of each rank's results; with `repeat`, also each
    rank's seconds per call over `repeat` timed calls (after a barrier)."""
    workdir = tempfile.mkdtemp(prefix="norm-mpi-")
    for rank, arrays in enumerate(rank_inputs):
        np.savez(os.path.join(workdir, f"in{rank}.npz"), *arrays)
    spec = json.dumps({"library": library, "function": function,
                       "results": [[r, np.dtype(t).str] for r, t in results],
                       "repeat": repeat})
    command = mpirun_command(nprocs) + [sys.executable, __file__, "--worker",
                                        workdir, spec]
    done = subprocess.run(command, capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"mpirun failed ({done.returncode}):\n"
                           f"{done.stdout}\n{done.stderr}")
    outputs, times = [], []
    for rank in range(nprocs):
        with np.load(os.path.join(workdir, f"out{rank}.npz")) as data:
            outputs.append([data[f"arr_{i}"] for i in range(len(results))])
            if repeat:
                times.append(float(data["seconds"]))
    return (outputs, times) if repeat else outputs


def _worker(workdir, spec):
    spec = json.loads(spec)
    mpi = ctypes.CDLL(ctypes.util.find_library("mpi"), mode=ctypes.RTLD_GLOBAL)
    mpi.MPI_Init(None, None)
    rank = int(os.environ.get("OMPI_COMM_WORLD_RANK",
                              os.environ.get("PMI_RANK", "0")))
    with np.load(os.path.join(workdir, f"in{rank}.npz")) as data:
        args = [np.ascontiguousarray(data[f"arr_{i}"])
                for i in range(len(data.files))]
    library = ctypes.CDLL(spec["library"])
    results = [(r, np.dtype(t)) for r, t in spec["results"]]
    outputs = norm_aot.call(library, spec["function"], args, results)
    extra = {}
    if spec["repeat"]:
        import time
        invoke = norm_aot.prepare(library, spec["function"], args, results)
        barrier = mpi.MPI_Barrier
        world = ctypes.c_void_p.in_dll(mpi, "ompi_mpi_comm_world")
        barrier(ctypes.byref(world))
        start = time.perf_counter()
        for _ in range(spec["repeat"]):
            invoke()
        extra["seconds"] = (time.perf_counter() - start) / spec["repeat"]
    np.savez(os.path.join(workdir, f"out{rank}.npz"), *outputs, **extra)
    mpi.MPI_Finalize()


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    _worker(sys.argv[2], sys.argv[3])
