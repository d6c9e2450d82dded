#!/usr/bin/env python3
"""Checks the model zoo (test/Zoo, issue 19) against its expected facts.

For every export in test/Zoo/Inputs (scripts/export-zoo.py) and the facts
in test/Zoo/models.json, written from each architecture:

1. `norm-opt --norm-raise`: the norm ops, each with its kind, offset,
   whether it has a scale (gamma) and a bias (beta), its epsilon and its
   result's element type, against the family's norms (no fused op yet);
2. `--norm-raise --norm-fuse-residual`: the numbers of fused add + norm
   ops, of norm.sandwich_norm ops and of plain norms left, and the same
   per-norm facts (a fused op holds one norm, a sandwich_norm two);
3. `--norm-placement-report`, after --norm-raise and again after the
   fusion: the per-function summary's counts per placement and its
   residual depth;
4. unless --no-run: the raised and fused model compiled whole with the CPU
   pipeline through python/norm_aot.py, run on the inputs in MODEL.npz and
   compared with PyTorch's output there: f32 within 1e-4 of the output's
   scale max|y| (as test/Integration/CPU/torch_blocks.py), bf16 within
   1.6e-2 of it (docs/Semantics.md's bf16 tolerance, two bf16 ulps).

Prints one line per model (PASS or FAIL with every mismatch) and exits
non-zero if any model fails. Needs numpy, norm-opt and, for the run, the
LLVM 22 tools (mlir-translate, clang, llvm-config) on PATH; outside lit it
adds build/bin and /usr/lib/llvm-22/bin when they are not.

    python3 test/lib/zoo_check.py                 # everything
    python3 test/lib/zoo_check.py --only llama    # a family or one file
    python3 test/lib/zoo_check.py --only gpt2_bf16,bert --no-run
    python3 test/lib/zoo_check.py --baseline      # also run the exported IR
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
ZOO = os.path.join(ROOT, "test", "Zoo")
INPUTS = os.path.join(ZOO, "Inputs")

# |got - y| <= TOLERANCE * max|y| against PyTorch.
TOLERANCE = {"f32": 1e-4, "bf16": 1.6e-2}

NORM_OPS = ("layer_norm", "rms_norm", "add_layer_norm", "add_rms_norm",
            "sandwich_norm", "deep_norm", "batch_norm")
FUSED_ADD_OPS = ("add_layer_norm", "add_rms_norm")
DEFAULT_EPSILON = 1e-5


def setup_path():
    """Puts the build's and LLVM 22's tools first on PATH where they are
    missing (lit puts them there already): clang and llvm-config must be
    LLVM 22's, not an older default."""
    extra = []
    if not shutil.which("norm-opt"):
        extra.append(os.path.join(ROOT, "build", "bin"))
    if not shutil.which("mlir-translate"):
        extra.append("/usr/lib/llvm-22/bin")
    if extra:
        os.environ["PATH"] = os.pathsep.join(
            extra + [os.environ.get("PATH", "")])


# ---------------------------------------------------------------------------
# Expected facts
# ---------------------------------------------------------------------------


def eps_key(value):
    return float(f"{value:.6g}")


def expectations():
    """{file: expected facts} from models.json."""
    with open(os.path.join(ZOO, "models.json")) as f:
        families = json.load(f)["families"]
    result = {}
    for family, spec in families.items():
        for name in spec["files"]:
            dtype = name.rsplit("_", 1)[1]
            norms, placements, fusion = [], Counter(), Counter()
            for module, placement, fused in spec["norms"]:
                gamma = spec["gamma"]
                if dtype == "bf16" and spec["bf16_gamma"] == "separate":
                    gamma = False
                norms.append((spec["kind"], float(spec["offset"]), gamma,
                              spec["beta"], eps_key(spec["epsilon"]), dtype))
                placements[placement] += 1
                fusion[fused] += 1
            result[name] = {
                "family": family,
                "dtype": dtype,
                "norms": Counter(norms),
                "count": len(norms),
                "placements": placements,
                "depth": spec["residual_depth"],
                "fused_add": fusion["add"] + fusion["add-embedding"],
                "sandwich": fusion["sandwich-outer"],
                "plain": fusion["none"],
            }
            if fusion["sandwich-outer"] != fusion["sandwich-inner"]:
                sys.exit(f"models.json: {family}: sandwich-inner and "
                         f"sandwich-outer norms do not pair up")
    return result


# ---------------------------------------------------------------------------
# Reading norm-opt's output
# ---------------------------------------------------------------------------

OP_RE = re.compile(r"\bnorm\.(" + "|".join(NORM_OPS) + r")\b(.*)$")


def attribute(rest, name, default):
    m = re.search(r"\b" + name + r"\s*=\s*([-+0-9.eE]+)", rest)
    return float(m.group(1)) if m else default


def operand(rest, name):
    """Whether the op has the optional operand group `name(...)`; `scale(`
    is not `inner_scale(`, `bias(` not `add_bias(`."""
    return re.search(r"(?<![\w])" + name + r"\(", rest) is not None


def result_type(rest):
    m = re.search(r"\bouts\([^:]*:\s*tensor<([^>]*)>", rest)
    return m.group(1).split("x")[-1] if m else "?"


def parse_norms(text):
    """(op names, per-norm facts) of the norm ops in norm-opt's output."""
    ops, norms = Counter(), []
    for line in text.splitlines():
        m = OP_RE.search(line)
        if not m or line.lstrip().startswith("//"):
            continue
        op, rest = m.groups()
        ops[op] += 1
        offset = attribute(rest, "offset", 0.0)
        epsilon = eps_key(attribute(rest, "epsilon", DEFAULT_EPSILON))
        dtype = result_type(rest)
        if op == "sandwich_norm":
            kind = rest.split()[0]
            inner_eps = eps_key(attribute(rest, "inner_epsilon",
                                          DEFAULT_EPSILON))
            # n = Norm_out(input) is rounded to the input's type, which is
            # the model's type like y's.
            norms.append((kind, offset, operand(rest, "inner_scale"),
                          operand(rest, "inner_bias"), inner_eps, dtype))
            norms.append((kind, offset, operand(rest, "scale"),
                          operand(rest, "bias"), epsilon, dtype))
            continue
        kind = {"add_layer_norm": "layer_norm", "add_rms_norm": "rms_norm",
                "deep_norm": "layer_norm"}.get(op, op)
        norms.append((kind, offset, operand(rest, "scale"),
                      operand(rest, "bias"), epsilon, dtype))
    return ops, norms


SUMMARY_RE = re.compile(r"norm placements:(.*?)\s*residual depth (\d+)")


def parse_placements(stderr):
    """(counts per placement, residual depth) of the summary remark, or
    None where there is none."""
    m = SUMMARY_RE.search(stderr)
    if not m:
        return None
    counts = Counter()
    for item in m.group(1).split(";"):
        item = item.strip()
        if item:
            number, name = item.split(None, 1)
            counts[name] += int(number)
    return counts, int(m.group(2))


def norm_opt(path, *passes, want_stderr=False):
    command = ["norm-opt", path, *passes] + (["-o", os.devnull]
                                             if want_stderr else [])
    for attempt in range(5):
        try:
            proc = subprocess.run(command, capture_output=True, text=True)
            break
        except OSError as e:  # norm-opt being relinked by a build
            if attempt == 4:
                raise RuntimeError(f"cannot run norm-opt: {e}")
            time.sleep(3)
    if proc.returncode != 0:
        first = next((l for l in proc.stderr.splitlines() if "error" in l),
                     proc.stderr.strip()[:300])
        raise RuntimeError(f"norm-opt {' '.join(passes)} failed: {first}")
    return proc.stderr if want_stderr else proc.stdout


# ---------------------------------------------------------------------------
# Numerics
# ---------------------------------------------------------------------------


def signature(source):
    """(name, argument shapes + types, result shape + type) of the module's
    public function: @main from torch-mlir's fx importer, @main_graph from
    its ONNX importer."""
    m = re.search(r"func\.func @([\w.]+)\((.*?)\)\s*->\s*(\S+?)\s*"
                  r"(?:attributes|\{)", source)
    if not m:
        raise RuntimeError("no public func.func returning one tensor")
    args = re.findall(r"tensor<([^>]*)>", m.group(2))
    return (m.group(1), [a.split("x") for a in args],
            m.group(3)[len("tensor<"):-1].split("x"))


def quiet_call(function, *args, **kwargs):
    """Runs function with the process's stderr in a file (norm_aot's tools
    write to it); returns (result, None) or (None, the first error line)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+") as log:
        os.dup2(log.fileno(), 2)
        try:
            result = function(*args, **kwargs)
            error = None
        except (subprocess.CalledProcessError, OSError, AttributeError,
                SystemExit) as e:  # norm_aot exits when a tool is missing
            result = None
            error = str(e)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        if error is not None:
            log.seek(0)
            lines = [l.strip() for l in log.read().splitlines()]
            first = next((l for l in lines if "error" in l.lower()), None)
            error = (first or error)[:300]
    return result, error


def run_model(name, source, passes):
    """Max |got - y| / max|y| and max|y| of the model compiled with
    `passes` before the CPU pipeline, or raises with the first error. Runs
    in a child process: a failed run-time check of the compiled model
    aborts the process that calls it."""
    del source
    proc = subprocess.run([sys.executable, os.path.abspath(__file__),
                           "--execute", name, *passes],
                          capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            _, err, scale = line.split()
            return float(err), float(scale)
    lines = [l.strip() for l in (proc.stderr + proc.stdout).splitlines()
             if l.strip()]
    first = next((l for l in lines if "error" in l.lower()),
                 lines[-1] if lines else "")
    how = (f"killed by signal {-proc.returncode}" if proc.returncode < 0
           else f"exit {proc.returncode}")
    raise RuntimeError(f"{how}: {first[:300]}")


def execute(name, passes):
    """The child of run_model: prints RESULT err scale."""
    with open(os.path.join(INPUTS, name + ".mlir")) as f:
        source = f.read()
    sys.path.insert(0, os.path.join(ROOT, "python"))
    import norm_aot
    data = np.load(os.path.join(INPUTS, name + ".npz"))
    function, arg_types, result = signature(source)
    args = []
    for i, shape_type in enumerate(arg_types):
        ty = shape_type[-1]
        value = data[f"arg{i}"]
        if ty == "bf16":
            args.append(norm_aot.to_storage(value, "bf16"))
        elif ty in norm_aot.STORAGE:
            args.append(value.astype(norm_aot.STORAGE[ty]))
        elif ty in ("i64", "i32"):
            args.append(value.astype(np.int64 if ty == "i64" else np.int32))
        else:
            raise RuntimeError(f"argument type {ty}")
    ty = result[-1]
    library, error = quiet_call(norm_aot.compile_module, source,
                                pre_passes=list(passes))
    if error:
        sys.exit(f"compile: {error}")
    got = norm_aot.call(library, function, args,
                        [(len(result) - 1, norm_aot.STORAGE[ty])])[0]
    got = norm_aot.to_f64(got, ty)
    want = data["y"].astype(np.float64)
    if got.shape != want.shape:
        sys.exit(f"error: result shape {got.shape}, PyTorch {want.shape}")
    scale = float(np.max(np.abs(want)))
    err = (float(np.max(np.abs(got - want))) / scale
           if np.all(np.isfinite(got)) else float("inf"))
    print(f"RESULT {err!r} {scale!r}", flush=True)


# ---------------------------------------------------------------------------
# One model
# ---------------------------------------------------------------------------


def describe(facts):
    kind, offset, gamma, beta, eps, dtype = facts
    parts = [kind]
    if offset:
        parts.append(f"offset {offset:g}")
    parts.append("γ" if gamma else "no γ")
    if kind == "layer_norm":
        parts.append("β" if beta else "no β")
    parts.append(f"eps {eps:g}")
    parts.append(dtype)
    return " ".join(parts)


def diff_norms(got, want):
    """Readable difference of two multisets of norm facts."""
    missing, extra = want - got, got - want
    out = []
    for facts, n in missing.items():
        out.append(f"missing {n}x [{describe(facts)}]")
    for facts, n in extra.items():
        out.append(f"unexpected {n}x [{describe(facts)}]")
    return "; ".join(out)


def check_model(name, want, run, baseline):
    """(passed, line)."""
    try:
        return check_model_or_raise(name, want, run, baseline)
    except Exception as e:  # one model's crash is that model's failure
        return False, f"FAIL {name}: checker error: {type(e).__name__}: {e}"


def check_model_or_raise(name, want, run, baseline):
    path = os.path.join(INPUTS, name + ".mlir")
    problems, info = [], []
    try:
        raised = norm_opt(path, "--norm-raise")
        ops, norms = parse_norms(raised)
        got = Counter(norms)
        info.append(f"raised {len(norms)}/{want['count']}")
        fused_now = sum(ops[o] for o in FUSED_ADD_OPS + ("sandwich_norm",))
        if got != want["norms"]:
            problems.append(f"raise: {len(norms)} norm(s) for "
                            f"{want['count']}: {diff_norms(got, want['norms'])}")
        if fused_now:
            problems.append(f"raise: {fused_now} fused op(s) before fusion")
        left = len(re.findall(r"\bmath\.rsqrt\b", raised))
        if left:
            info.append(f"{left} math.rsqrt left")

        fused = norm_opt(path, "--norm-raise", "--norm-fuse-residual")
        fops, fnorms = parse_norms(fused)
        adds = sum(fops[o] for o in FUSED_ADD_OPS)
        sandwiches = fops["sandwich_norm"]
        plain = fops["layer_norm"] + fops["rms_norm"]
        info.append(f"fused {adds}+{sandwiches}s/{want['fused_add']}"
                    f"+{want['sandwich']}s")
        if (adds, sandwiches, plain) != (want["fused_add"], want["sandwich"],
                                         want["plain"]):
            problems.append(
                f"fuse: {adds} add+norm, {sandwiches} sandwich_norm, {plain} "
                f"plain norm(s); want {want['fused_add']}, "
                f"{want['sandwich']}, {want['plain']}")
        if Counter(fnorms) != want["norms"]:
            problems.append("fuse: norm facts after fusion: "
                            + diff_norms(Counter(fnorms), want["norms"]))

        for label, passes in (("report", ("--norm-raise",)),
                              ("report after fusion",
                               ("--norm-raise", "--norm-fuse-residual"))):
            stderr = norm_opt(path, *passes, "--norm-placement-report",
                              want_stderr=True)
            summary = parse_placements(stderr)
            if summary is None:
                problems.append(f"{label}: no summary remark")
                continue
            counts, depth = summary
            if counts != want["placements"] or depth != want["depth"]:
                shown = "; ".join(f"{n} {p}" for p, n in sorted(counts.items()))
                wanted = "; ".join(f"{n} {p}" for p, n in
                                   sorted(want["placements"].items()))
                problems.append(f"{label}: {shown}; depth {depth}; want "
                                f"{wanted}; depth {want['depth']}")
    except RuntimeError as e:
        problems.append(str(e))

    if run:
        with open(path) as f:
            source = f.read()
        tol = TOLERANCE[want["dtype"]]
        if baseline:
            try:
                err, _ = run_model(name, source, ())
                info.append(f"exported err {err:.2g}")
            except RuntimeError as e:
                info.append(f"exported: {e}")
        try:
            err, scale = run_model(name, source, ("--norm-raise",
                                                  "--norm-fuse-residual"))
            info.append(f"err {err:.2g} of max|y| {scale:.3g}")
            if not err <= tol:
                problems.append(f"numerics: max|got - torch| = {err:.3g} "
                                f"of max|y|, tolerance {tol:g}")
        except RuntimeError as e:
            problems.append(f"run: {e}")
    status = "FAIL" if problems else "PASS"
    line = f"{status} {name}: {', '.join(info)}"
    if problems:
        line += "\n    " + "\n    ".join(problems)
    return not problems, line


def main():
    parser = argparse.ArgumentParser(
        description="Check test/Zoo's models against test/Zoo/models.json.")
    parser.add_argument("--only", default="",
                        help="comma-separated files (llama_bf16) or "
                        "families (llama)")
    parser.add_argument("--no-run", action="store_true",
                        help="skip compiling and running (numerics)")
    parser.add_argument("--baseline", action="store_true",
                        help="also compile and run the exported IR as it "
                        "is (reported, not asserted)")
    parser.add_argument("-j", "--jobs", type=int,
                        default=max(1, min(4, os.cpu_count() or 1)))
    parser.add_argument("--execute", metavar="NAME",
                        help=argparse.SUPPRESS)  # run_model's child
    args, passes = parser.parse_known_args()
    setup_path()
    if args.execute:
        execute(args.execute, passes)
        return 0
    if passes:
        parser.error(f"unrecognized arguments: {' '.join(passes)}")

    want = expectations()
    failures = []
    on_disk = {f[:-len(".mlir")] for f in os.listdir(INPUTS)
               if f.endswith(".mlir")}
    for name in sorted(on_disk - set(want)):
        failures.append(f"FAIL {name}: in test/Zoo/Inputs but not in "
                        f"models.json")
    for name in sorted(set(want) - on_disk):
        failures.append(f"FAIL {name}: in models.json but not in "
                        f"test/Zoo/Inputs")
    names = sorted(set(want) & on_disk)
    if args.only:
        selected = set(args.only.split(","))
        names = [n for n in names
                 if n in selected or want[n]["family"] in selected]
        failures = []
        if not names:
            sys.exit(f"no model matches {args.only}")

    passed = 0
    with concurrent.futures.ProcessPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(check_model, n, want[n], not args.no_run,
                               args.baseline) for n in names]
        for future in futures:
            ok, line = future.result()
            print(line, flush=True)
            passed += ok
    for line in failures:
        print(line)
    total = len(names) + len(failures)
    print(f"zoo: {passed} of {total} model(s) as expected")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
