#!/usr/bin/env python3
"""Runs the norm_matrix cases through every norm pass and pipeline.

Each (case, configuration) run is `norm-opt CASE --verify-each=true ARGS`
and ends in one class:

  ok             exit 0
  diagnostic     the pass refused the input cleanly: exit 1 with an
                 `error:` diagnostic that the pass itself emitted (below)
  CRASH          a signal, or a crash marker in the output: "PLEASE submit
                 a bug report", "Stack dump:", an assertion, "LLVM ERROR:",
                 "UNREACHABLE executed", a sanitizer report
  INVALID-IR     a pass returned IR that does not verify
  SILENT         exit != 0 without any `error:` diagnostic
  ERROR-IGNORED  exit 0 after an `error:` diagnostic
  TIMEOUT        no answer within --timeout seconds
  REFUSED        a clean diagnostic, but a pipeline refusing a valid input
                 for a reason its documentation does not give (below)
  BAD-INPUT      the case itself does not parse and verify (configuration
                 `verify`, no pass): a generator bug

Every class in capitals is a failure (`--check` exits 1).

Telling a refusal from invalid IR. With verification on, MLIR's pass
manager verifies the IR after every pass that succeeded; a failure prints
the op verifier's error at the offending op and stops, exactly as a pass
that signals failure after emitting its own error. So every failed run is
run again with `--verify-each=false`. A pass that refused emits the same
first error again (passes are deterministic; the input itself verified when
it was parsed). Where a pass returned invalid IR, that error came from the
verifier, which no longer runs: the first error is then absent, or another
one (a later pass stumbling on the invalid IR), or the run crashes. So a
failed run is a diagnostic when its first error (message and location
relative to the case) is the same with and without verification, and
INVALID-IR otherwise. (A pass that itself calls the verifier and reports
its failure, as none of norm's do, would look like a refusal.)

Pipelines are documented to take every valid input except a few forms
they name (docs/Pipelines.md): a refusal by a pipeline that is not one of
those, by message and by the kind of case (`EXPECTED_REFUSALS`), is
reported as REFUSED, a valid input refused (a wrong reason, or a missing
feature).

Speed: cases are run in batches of --batch through one norm-opt process
with `-split-input-file` (errors are attributed to cases by line; a failed
case prints no module). A batch that crashes, times out, or fails in a way
it cannot attribute is run again one case per process. At most --jobs
processes run at once.

Sites: crashes are grouped by the top project frame of the stack dump (the
first frame in the norm-opt binary, norm's code, libLLVM and libMLIR being
shared libraries; named by llvm-symbolizer from its file address), or by
the message of an assertion or fatal error; invalid IR and refusals by the
first error's message with numbers and SSA names made generic; silent
failures and timeouts by configuration. One smallest reproducer per site is
written to --out, with summary.txt and results.json.

Examples:
  norm_sweep.py --norm-opt build/bin/norm-opt --out build/sweep
  norm_sweep.py --sample 300 --cover --seed 20 --check   (the lit sample;
                                                    exit 1 on a bad run)
  norm_sweep.py --list-configs
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import norm_matrix  # noqa: E402

# ---------------------------------------------------------------------------
# Configurations: every norm pass and pipeline, with their options.
# ---------------------------------------------------------------------------

CONFIGS: List[Tuple[str, List[str]]] = [
    ("verify", []),
    ("canonicalize", ["--canonicalize"]),
    ("raise", ["--norm-raise"]),
    ("fuse-residual", ["--norm-fuse-residual"]),
    ("fuse-residual-report", ["--norm-fuse-residual=report"]),
    ("raise+fuse-residual", ["--norm-raise", "--norm-fuse-residual"]),
    ("placement-report", ["--norm-placement-report"]),
    ("expand-sublayers", ["--norm-expand-sublayers"]),
    ("expand+fuse+report", ["--norm-expand-sublayers",
                            "--norm-fuse-residual=report",
                            "--norm-placement-report"]),
    ("to-linalg", ["--convert-norm-to-linalg"]),
    ("to-linalg-keep-row", ["--convert-norm-to-linalg=keep-row-norms"]),
    ("to-linalg-keep-batch", ["--convert-norm-to-linalg=keep-batch-norms"]),
    ("to-linalg-keep-both",
     ["--convert-norm-to-linalg=keep-row-norms keep-batch-norms"]),
    ("to-cpu", ["--convert-norm-to-cpu"]),
    ("to-cpu-stream0", ["--convert-norm-to-cpu=streaming-threshold=0"]),
    ("to-cpu-vw8", ["--convert-norm-to-cpu=vector-width=8"]),
    ("to-cpu-no-outline", ["--convert-norm-to-cpu=outline=false"]),
    ("to-cpu-small",
     ["--convert-norm-to-cpu=vector-width=4 unroll=1 streaming-threshold=0 "
      "prefetch=false bf16-row-buffer=false"]),
    ("bufferize+to-cpu", ["--one-shot-bufferize=bufferize-function-boundaries",
                          "--convert-norm-to-cpu=streaming-threshold=0"]),
    ("to-gpu", ["--convert-norm-to-gpu"]),
    ("to-gpu-vb0", ["--convert-norm-to-gpu=vector-bytes=0"]),
    ("bufferize+to-gpu", ["--one-shot-bufferize=bufferize-function-boundaries",
                          "--convert-norm-to-gpu"]),
    ("cpu-pipeline", ["--norm-cpu-pipeline"]),
    ("cpu-pipeline-linalg", ["--norm-cpu-pipeline=lowering=linalg"]),
    ("cpu-pipeline-stream0",
     ["--norm-cpu-pipeline=streaming-threshold=0 num-threads=1 "
      "bf16-rounding=software vector-width=8"]),
    ("fuse+cpu-pipeline", ["--norm-fuse-residual", "--norm-cpu-pipeline"]),
    ("gpu-pipeline", ["--norm-gpu-pipeline=format=isa"]),
    ("gpu-pipeline-vb0", ["--norm-gpu-pipeline=format=isa vector-bytes=0"]),
    ("read-only-arguments", ["--norm-read-only-arguments"]),
    ("split-empty-tensors", ["--norm-split-empty-tensors"]),
    ("emit-c-interface", ["--norm-emit-c-interface"]),
    ("drop-argument-results", ["--norm-drop-argument-results"]),
    ("deallocate-after-last-use", ["--norm-deallocate-after-last-use"]),
    ("erase-self-copies", ["--norm-erase-self-copies"]),
    ("fuse-elementwise", ["--norm-fuse-elementwise"]),
    ("gpu-device-memory", ["--norm-gpu-device-memory"]),
    ("gpu-register-budget", ["--norm-gpu-register-budget"]),
    ("gpu-tile-parallel-loops", ["--norm-gpu-tile-parallel-loops"]),
    ("cpu-pipeline+llvm-passes",
     ["--norm-cpu-pipeline=num-threads=1", "--norm-bf16-memory-as-i16",
      "--norm-flush-before-abort", "--norm-sanitize-address",
      "--norm-llvm-target-features=features=+avx2"]),
]

# Refusals by design, per configuration family: (message regex, which
# cases docs/Pipelines.md lets the pipeline refuse with that message). A
# pipeline refusing anything else is REFUSED. Only the pipelines are held
# to this; a single pass may refuse forms the rest of its pipeline takes
# care of.
Case = norm_matrix.Case
EXPECTED_REFUSALS: Dict[str, List[Tuple[str, Callable[[Case], bool]]]] = {
    "gpu-pipeline": [
        # "What neither path takes is an error, not a silent fallback: f64
        # row norms and normalized dims that are not contiguous in memory"
        (r"cannot be lowered to the GPU: supports f32, bf16 and f16 data",
         lambda case: norm_matrix.TYPES[case.types][0] == "f64"),
        (r"cannot be lowered to the GPU: has an operand whose layout does "
         r"not collapse to rows",
         lambda case: not norm_matrix.rows_contiguous(case) or
         not norm_matrix.leading_dims_collapse(case)),
        # "and an scf.for whose body yields a new tensor instead of writing
        # its iter_arg (a stack of blocks x_{k+1} = Block(x_k))"
        (r"Yield operand #\d+ is not equivalent to the corresponding iter "
         r"bbArg", lambda case: case.context == "for_input"),
        # "a norm with statistics results over every dim of its input"
        (r"accesses a buffer on the host; on the GPU path buffers live in "
         r"device memory",
         lambda case: norm_matrix.has_statistics(case) and
         norm_matrix.normalized_axis(case) == 0),
        # "a norm.sandwich_norm on memrefs whose h is written over its input
        # or residual"
        (r"cannot be lowered to the GPU: writes h over an operand the second "
         r"kernel still reads",
         lambda case: case.op == "sandwich_norm" and case.is_memref() and
         case.context == "inplace"),
    ],
    "cpu-pipeline": [],
}


def _pipeline_family(config: str) -> Optional[str]:
    """Which EXPECTED_REFUSALS entry holds a configuration to it."""
    if config.startswith("gpu-pipeline"):
        return "gpu-pipeline"
    if "cpu-pipeline" in config:
        return "cpu-pipeline"
    return None


CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:",
                 "Assertion `", "LLVM ERROR:", "UNREACHABLE executed",
                 "AddressSanitizer", "UndefinedBehaviorSanitizer",
                 "runtime error:", "terminate called")

BAD_CLASSES = ("CRASH", "INVALID-IR", "SILENT", "ERROR-IGNORED", "TIMEOUT",
               "REFUSED", "BAD-INPUT")

DIAG_RE = re.compile(
    r"^(?P<file>[^\n]*?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<sev>error|warning|remark|note): (?P<msg>[^\n]*)$", re.M)
# Stack frames as LLVM prints them without llvm-symbolizer:
# "4  norm-opt  0x000055ba1c5e0010 [symbol + offset]".
UNSYM_FRAME_RE = re.compile(
    r"^(\d+)\s+(\S+)\s+0x([0-9a-fA-F]+)(?: (.*))?$", re.M)
SPLIT_MARK = "// -----"

# ---------------------------------------------------------------------------
# Running norm-opt
# ---------------------------------------------------------------------------


@dataclass
class Run:
    """One norm-opt process."""
    rc: Optional[int]  # None: timed out
    stdout: str
    stderr: str
    seconds: float

    @property
    def crashed(self) -> bool:
        if self.rc is not None and self.rc < 0:
            return True
        return any(marker in self.stderr for marker in CRASH_MARKERS)


@dataclass
class Result:
    """The class of one (case, configuration) run."""
    case: str
    config: str
    cls: str
    detail: str = ""        # first error, crash frame, ...
    site: str = ""          # dedupe key
    log: str = ""           # stderr excerpt (bad classes only)


class Runner:
    def __init__(self, norm_opt: str, timeout: float, workdir: str):
        self.norm_opt = norm_opt
        self.timeout = timeout
        self.workdir = workdir
        self.env = dict(os.environ)
        # Stack dumps unsymbolized (fast); the sweep names the frames.
        self.env["LLVM_DISABLE_SYMBOLIZATION"] = "1"
        self._count = 0
        self._lock = threading.Lock()
        self.processes = 0

    def _path(self) -> str:
        with self._lock:
            self._count += 1
            return os.path.join(self.workdir, f"in{self._count}.mlir")

    def run(self, text: str, args: Sequence[str], split: bool,
            verify: bool = True) -> Tuple[Run, str]:
        """Runs norm-opt on `text`; returns the run and the file's path
        (diagnostics name it)."""
        path = self._path()
        with open(path, "w") as f:
            f.write(text)
        cmd = [self.norm_opt, path, f"--verify-each={str(verify).lower()}"]
        if split:
            cmd.append("-split-input-file")
        cmd += list(args)
        env = self.env
        start = time.monotonic()
        with self._lock:
            self.processes += 1
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True,
                                  errors="replace", timeout=self.timeout,
                                  env=env)
            run = Run(proc.returncode, proc.stdout, proc.stderr,
                      time.monotonic() - start)
        except subprocess.TimeoutExpired as e:
            out = e.stdout.decode(errors="replace") if isinstance(
                e.stdout, bytes) else (e.stdout or "")
            err = e.stderr.decode(errors="replace") if isinstance(
                e.stderr, bytes) else (e.stderr or "")
            run = Run(None, out, err, time.monotonic() - start)
        finally:
            os.unlink(path)
        return run, path


def _normalize(message: str) -> str:
    """A message with its numbers and SSA names made generic, as a site
    key."""
    message = re.sub(r"%[\w#]+", "%V", message)
    message = re.sub(r"\b\d+\b", "N", message)
    return message.strip()


def first_error(stderr: str, path: Optional[str] = None,
                start: int = 1, end: Optional[int] = None
                ) -> Optional[Tuple[int, int, str]]:
    """(line relative to `start`, column, message) of the first error in
    [start, end) of `path`, or anywhere when path is None."""
    for m in DIAG_RE.finditer(stderr):
        if m.group("sev") != "error":
            continue
        if path is None:
            return (int(m.group("line")), int(m.group("col")), m.group("msg"))
        line = int(m.group("line"))
        if m.group("file") == path and start <= line and (
                end is None or line < end):
            return (line - start, int(m.group("col")), m.group("msg"))
    return None


# ---------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------


class Sweep:
    def __init__(self, runner: Runner, symbolizer: Optional[str],
                 cases: Dict[str, "norm_matrix.Case"]):
        self.runner = runner
        self.cases = cases  # by name, for EXPECTED_REFUSALS
        self.symbolizer = symbolizer
        self._lock = threading.Lock()
        self._start_ret: Optional[int] = None
        self._names: Dict[int, str] = {}

    # A batch file: cases joined by the split marker; start line per case.
    @staticmethod
    def _join(texts: Sequence[str]) -> Tuple[str, List[int]]:
        starts, line, parts = [], 1, []
        for text in texts:
            starts.append(line)
            if not text.endswith("\n"):
                text += "\n"
            parts.append(text)
            line += text.count("\n") + 1  # the marker line
        return (SPLIT_MARK + "\n").join(parts), starts

    def run_config(self, config: str, args: List[str],
                   cases: List[Tuple[str, str]]) -> List[Result]:
        """Classifies `cases` (name, text) under one configuration."""
        if len(cases) == 1:
            return [self._single(config, args, *cases[0])]
        text, starts = self._join([t for _, t in cases])
        run, path = self.runner.run(text, args, split=True)
        if run.rc is None or run.crashed:
            return [self._single(config, args, n, t) for n, t in cases]
        outputs = re.split(r"^" + SPLIT_MARK + r"$", run.stdout, flags=re.M)
        # Every error must belong to a case; otherwise run them one by one.
        bounds = starts[1:] + [None]
        errors = [first_error(run.stderr, path, s, e)
                  for s, e in zip(starts, bounds)]
        attributed = sum(
            1 for m in DIAG_RE.finditer(run.stderr)
            if m.group("sev") == "error" and m.group("file") == path)
        total = sum(1 for m in DIAG_RE.finditer(run.stderr)
                    if m.group("sev") == "error")
        if (len(outputs) != len(cases) or attributed != total or
                (run.rc != 0 and not any(errors)) or
                (run.rc == 0 and any(errors))):
            return [self._single(config, args, n, t) for n, t in cases]
        results: List[Optional[Result]] = [None] * len(cases)
        failed = []
        for i, ((name, case_text), error, output) in enumerate(
                zip(cases, errors, outputs)):
            if error is None and output.strip():
                results[i] = Result(name, config, "ok")
            elif error is None:  # no module printed and no error
                results[i] = self._single(config, args, name, case_text)
            else:
                failed.append(i)
        if failed:
            for i, result in zip(failed, self._refusals(
                    config, args, [cases[i] for i in failed],
                    [errors[i] for i in failed], run.stderr)):
                results[i] = result
        return results  # type: ignore[return-value]

    def _refusals(self, config: str, args: List[str],
                  cases: List[Tuple[str, str]],
                  errors: List[Tuple[int, int, str]],
                  stderr: str) -> List[Result]:
        """Diagnostic or INVALID-IR for failed cases: their first error
        again with verification off?"""
        text, starts = self._join([t for _, t in cases])
        run, path = self.runner.run(text, args, split=len(cases) > 1,
                                    verify=False)
        if len(cases) > 1 and (run.rc is None or run.crashed):
            # One of them crashes without the verifier: decide one by one.
            out = []
            for case, error in zip(cases, errors):
                out += self._refusals(config, args, [case], [error], stderr)
            return out
        bounds = starts[1:] + [None]
        results = []
        for (name, _), error, s, e in zip(cases, errors, starts, bounds):
            again = first_error(run.stderr, path, s, e)
            if again == error:
                results.append(self._diagnostic(config, name, error))
            else:
                results.append(Result(
                    name, config, "INVALID-IR", detail=error[2],
                    site=f"INVALID-IR: {_normalize(error[2])}",
                    log=self._excerpt(stderr, error[2])))
        return results

    def _diagnostic(self, config: str, name: str,
                    error: Tuple[int, int, str]) -> Result:
        message = error[2]
        family = _pipeline_family(config)
        case = self.cases.get(name)
        if family is not None and not any(
                re.search(m, message) and case is not None and allowed(case)
                for m, allowed in EXPECTED_REFUSALS[family]):
            return Result(name, config, "REFUSED", detail=message,
                          site=f"REFUSED [{family}]: {_normalize(message)}",
                          log=message)
        return Result(name, config, "diagnostic", detail=message,
                      site=_normalize(message))

    @staticmethod
    def _excerpt(stderr: str, message: str) -> str:
        index = stderr.find(message)
        index = max(0, index - 200) if index >= 0 else 0
        return stderr[index:index + 3000]

    def _single(self, config: str, args: List[str], name: str,
                text: str) -> Result:
        """One case, one process."""
        run, path = self.runner.run(text, args, split=False)
        if run.rc is None:
            return Result(name, config, "TIMEOUT",
                          detail=f"no answer in {self.runner.timeout:.0f}s",
                          site=f"TIMEOUT [{config}]")
        if run.crashed:
            site, stack = self._crash_site(run.stderr)
            return Result(name, config, "CRASH",
                          detail=self._crash_line(run.stderr), site=site,
                          log=stack or run.stderr[-6000:])
        error = first_error(run.stderr)
        if run.rc == 0 and error is not None:
            return Result(name, config, "ERROR-IGNORED", detail=error[2],
                          site=f"ERROR-IGNORED: {_normalize(error[2])}",
                          log=run.stderr[-3000:])
        if run.rc == 0:
            return Result(name, config, "ok")
        if error is None:
            return Result(name, config, "SILENT",
                          detail=f"exit {run.rc} without an error",
                          site=f"SILENT [{config}]", log=run.stderr[-3000:])
        # Line numbers: this file holds the case alone, from line 1.
        error = (error[0] - 1, error[1], error[2])
        return self._refusals(config, args, [(name, text)], [error],
                              run.stderr)[0]

    # -- crash sites -------------------------------------------------------

    @staticmethod
    def _crash_line(stderr: str) -> str:
        for marker in ("LLVM ERROR:", "Assertion `", "UNREACHABLE",
                       "runtime error:", "AddressSanitizer"):
            for line in stderr.splitlines():
                if marker in line:
                    return line.strip()[:300]
        return "crash (signal)"

    def _start_return(self) -> Optional[int]:
        """The file address the outermost frame of norm-opt (`_start`,
        returning from its call of __libc_start_main) has in stack dumps:
        the anchor that turns run-time addresses of norm-opt frames into
        file addresses, ASLR notwithstanding."""
        if self._start_ret is not None or not self.symbolizer:
            return self._start_ret or None
        self._start_ret = 0  # not found (yet): 0, and no second try
        objdump = os.path.join(os.path.dirname(self.symbolizer),
                               "llvm-objdump")
        try:
            dump = subprocess.run(
                [objdump, "-d", "--disassemble-symbols=_start",
                 self.runner.norm_opt], capture_output=True, text=True,
                timeout=120).stdout
        except (OSError, subprocess.TimeoutExpired):
            return None
        addresses = re.findall(r"^\s*([0-9a-f]+):.*?\t(\w+)", dump, re.M)
        for (_, mnemonic), (after, _) in zip(addresses, addresses[1:]):
            if mnemonic.startswith("call"):
                self._start_ret = int(after, 16)
                break
        return self._start_ret or None

    def _name(self, offset: int) -> str:
        """The function at a file address of norm-opt (llvm-symbolizer)."""
        if offset in self._names:
            return self._names[offset]
        name = f"norm-opt+{offset:#x}"
        if self.symbolizer:
            try:
                out = subprocess.run(
                    [self.symbolizer, "--obj", self.runner.norm_opt,
                     "--functions=linkage", "--demangle", "--no-inlines",
                     f"{offset:#x}"], capture_output=True, text=True,
                    timeout=60).stdout.strip()
                if out and not out.startswith("??"):
                    name = out.splitlines()[0]
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._names[offset] = name
        return name

    def _crash_site(self, stderr: str) -> Tuple[str, str]:
        """(site, stack) of a crash. The stack is the dump's frames past the
        signal handler's, norm-opt's named by llvm-symbolizer from their
        file addresses; the site is its top project frame: the first frame
        in norm-opt (norm's code; libLLVM, libMLIR and libc are shared
        libraries)."""
        line = self._crash_line(stderr)
        frames = UNSYM_FRAME_RE.findall(stderr)
        binary = os.path.basename(self.runner.norm_opt)
        ours = [int(addr, 16) for _, module, addr, _ in frames
                if module == binary]
        anchor = self._start_return()
        stack, site = [], None
        with self._lock:
            for _, module, addr, sym in frames[4:18]:
                if sym:
                    name = sym.rsplit(" + ", 1)[0]
                elif module == binary and anchor is not None:
                    name = self._name(int(addr, 16) - ours[-1] + anchor)
                else:
                    name = f"{module}+?"
                name = _frame_name(name, 200)
                stack.append(f"{name} ({module})")
                if module == binary and site is None:
                    site = name
        if line.startswith(("LLVM ERROR:", "Assertion", "UNREACHABLE")):
            return f"CRASH: {_normalize(line)}", "\n".join(stack)
        if site is None:
            site = stack[0] if stack else line
        return f"CRASH in {_frame_name(site)}", "\n".join(stack)


def _frame_name(frame: str, width: int = 160) -> str:
    """A frame's function name, shortened to `width`."""
    return frame if len(frame) <= width else frame[:width] + "..."


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def _default_norm_opt() -> str:
    here = os.path.dirname(os.path.abspath(__file__))
    candidate = os.path.join(here, "..", "..", "build", "bin", "norm-opt")
    return os.path.normpath(candidate) if os.path.exists(candidate) else \
        (shutil.which("norm-opt") or "norm-opt")


def snapshot(norm_opt: str, workdir: str, attempts: int = 30) -> str:
    """A private copy of norm-opt: others may relink the build's binary
    while the sweep runs. Retries while the binary is being written."""
    target = os.path.join(workdir, "norm-opt")
    for _ in range(attempts):
        try:
            shutil.copy2(norm_opt, target)
            if subprocess.run([target, "--version"], capture_output=True,
                              timeout=60).returncode == 0:
                return target
        except (OSError, subprocess.TimeoutExpired):
            pass
        time.sleep(10)
    raise SystemExit(f"cannot run {norm_opt}")


def _slug(text: str, width: int = 60) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:width]


def write_report(results: List[Result], cases: Dict[str, str],
                 config_args: Dict[str, List[str]], sweep: Sweep,
                 out: Optional[str], header: str) -> str:
    """The summary text; reproducers (and results.json) under `out`."""
    counts = collections.Counter(r.cls for r in results)
    per_config: Dict[str, collections.Counter] = collections.defaultdict(
        collections.Counter)
    for r in results:
        per_config[r.config][r.cls] += 1
    lines = [header, ""]
    lines.append("runs per class: " + ", ".join(
        f"{cls} {counts[cls]}" for cls in
        ("ok", "diagnostic") + BAD_CLASSES if counts[cls] or cls in
        ("ok", "diagnostic", "CRASH", "INVALID-IR")))
    lines.append("")
    lines.append("per configuration (ok / diagnostic / bad):")
    for config, _ in CONFIGS:
        if config not in per_config:
            continue
        c = per_config[config]
        bad = sum(c[k] for k in BAD_CLASSES)
        detail = ", ".join(f"{k} {c[k]}" for k in BAD_CLASSES if c[k])
        lines.append(f"  {config:28} {c['ok']:6} {c['diagnostic']:6} "
                     f"{bad:6}" + (f"  ({detail})" if detail else ""))

    # Sites of the bad classes.
    sites: Dict[str, List[Result]] = collections.defaultdict(list)
    for r in results:
        if r.cls in BAD_CLASSES:
            sites[r.site].append(r)
    merged = sites
    lines.append("")
    lines.append(f"distinct bad sites: {len(merged)}")
    if out:
        os.makedirs(out, exist_ok=True)
        for stale in os.listdir(out):
            if stale.startswith("site-") and stale.endswith(".mlir"):
                os.unlink(os.path.join(out, stale))
    for index, (site, members) in enumerate(
            sorted(merged.items(), key=lambda kv: (kv[1][0].cls, -len(kv[1]),
                                                   kv[0])), 1):
        smallest = min(members, key=lambda r: (len(cases[r.case]), r.case))
        configs = collections.Counter(r.config for r in members)
        lines.append(f"[{index}] {members[0].cls} x{len(members)}: {site}")
        lines.append(f"    detail: {smallest.detail}")
        lines.append("    configs: " + ", ".join(
            f"{c} ({n})" for c, n in configs.most_common()))
        lines.append(f"    smallest: {smallest.case} under {smallest.config}")
        if out:
            args = " ".join(config_args[smallest.config])
            path = os.path.join(
                out, f"site-{index:02d}-{members[0].cls}-"
                f"{_slug(re.sub(r'^[A-Z-]+(:| in| at)?', '', site))}.mlir")
            frames = smallest.log.splitlines() if members[0].cls == \
                "CRASH" else []
            with open(path, "w") as f:
                f.write(f"// {members[0].cls} x{len(members)}: {site}\n")
                f.write(f"// RUN: norm-opt %s --verify-each {args}\n")
                f.write(f"// {smallest.detail}\n")
                for frame in frames:
                    f.write(f"//   {frame}\n")
                f.write(cases[smallest.case])
            lines.append(f"    reproducer: {path}")
    # Clean refusals, for the record.
    refusals: Dict[str, collections.Counter] = collections.defaultdict(
        collections.Counter)
    for r in results:
        if r.cls == "diagnostic":
            refusals[r.site][r.config] += 1
    if refusals:
        lines.append("")
        lines.append(f"clean diagnostics (refusals by design), "
                     f"{len(refusals)} distinct:")
        for site, configs in sorted(refusals.items(),
                                    key=lambda kv: -sum(kv[1].values())):
            lines.append(f"  {sum(configs.values()):6}  {site}  [" + ", ".join(
                f"{c} {n}" for c, n in configs.most_common(4)) +
                (", ..." if len(configs) > 4 else "") + "]")
    text = "\n".join(lines) + "\n"
    if out:
        with open(os.path.join(out, "summary.txt"), "w") as f:
            f.write(text)
        with open(os.path.join(out, "results.json"), "w") as f:
            json.dump([r.__dict__ for r in results if r.cls != "ok"], f,
                      indent=0)
    return text


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--norm-opt", default=_default_norm_opt(),
                        help="the binary (copied before use; default "
                        "build/bin/norm-opt)")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="a seeded sample of N cases of the matrix")
    parser.add_argument("--seed", type=int, default=0,
                        help="the sample's seed (default 0)")
    parser.add_argument("--filter", help="regex on case names")
    parser.add_argument("--cover", action="store_true",
                        help="a sample that covers every pair of values of "
                        "the matrix's main axes (norm_matrix.COVER_PAIRS)")
    parser.add_argument("--configs", help="regex on configuration names")
    parser.add_argument("--jobs", type=int, default=2,
                        help="norm-opt processes at once (default 2)")
    parser.add_argument("--batch", type=int, default=25,
                        help="cases per norm-opt process")
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds per norm-opt process")
    parser.add_argument("--out", help="reproducers, summary.txt, "
                        "results.json")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 on any run of a bad class")
    parser.add_argument("--list-configs", action="store_true",
                        help="print the configurations and exit")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress lines on stderr")
    args = parser.parse_args(argv)

    if args.list_configs:
        for name, config_args in CONFIGS:
            print(f"{name:28} {' '.join(config_args)}")
        return 0
    configs = [(n, a) for n, a in CONFIGS
               if not args.configs or re.search(args.configs, n)]
    selected = norm_matrix.select(norm_matrix.unique_cases(), args.sample,
                                  args.seed, args.filter, args.cover)
    cases = {case.name: text for case, text in selected}
    symbolizer = shutil.which("llvm-symbolizer") or (
        "/usr/lib/llvm-22/bin/llvm-symbolizer"
        if os.path.exists("/usr/lib/llvm-22/bin/llvm-symbolizer") else None)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="norm-sweep-") as workdir:
        norm_opt = snapshot(args.norm_opt, workdir)
        runner = Runner(norm_opt, args.timeout, workdir)
        sweep = Sweep(runner, symbolizer,
                      {case.name: case for case, _ in selected})
        items = list(cases.items())
        # Batch-major: every configuration of a batch before the next
        # batch, so that a sweep cut short has covered every configuration.
        tasks = [(name, config_args, items[i:i + args.batch])
                 for i in range(0, len(items), args.batch)
                 for name, config_args in configs]
        results: List[Result] = []
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            futures = [pool.submit(sweep.run_config, *task) for task in tasks]
            for done, future in enumerate(
                    concurrent.futures.as_completed(futures), 1):
                results += future.result()
                if not args.quiet and (done % 50 == 0 or done == len(tasks)):
                    bad = sum(1 for r in results if r.cls in BAD_CLASSES)
                    print(f"[{time.monotonic() - start:7.1f}s] "
                          f"{done}/{len(tasks)} batches, {len(results)} runs,"
                          f" {bad} bad", file=sys.stderr, flush=True)
        elapsed = time.monotonic() - start
        # Baseline: every case must parse and verify.
        for r in results:
            if r.config == "verify" and r.cls != "ok":
                r.cls, r.site = "BAD-INPUT", f"BAD-INPUT: {r.detail}"
        header = (f"norm sweep: {len(cases)} inputs x {len(configs)} "
                  f"configurations = {len(results)} runs in {elapsed:.0f}s "
                  f"({runner.processes} norm-opt processes, --jobs "
                  f"{args.jobs}); norm-opt: {args.norm_opt}")
        print(write_report(results, cases, dict(configs), sweep, args.out,
                           header))
    if args.check and any(r.cls in BAD_CLASSES for r in results):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
