"""Instructions and cycles per element of the CPU row kernels, per target.

For each op, element type and target CPU, compiles a 8192x4096 kernel with
`--norm-cpu-pipeline="target-cpu=CPU"` and `llc -mcpu=CPU`, finds its main
row loops (the unrolled vector loops of the statistics and output passes:
the innermost loops that step 32 elements or more) and runs `llvm-mca
-mcpu=CPU` on each. Prints, per pass, instructions and predicted cycles
per element and the most used execution ports, and writes
bench/results/mca-DATE.md. A static model of the core (no memory system):
it tells whether a kernel can issue fast enough for the memory ceiling on
a target, and which instructions cost the most, on any host.
"""

import argparse
import collections
import datetime
import os
import re
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LLVM = "/usr/lib/llvm-22/bin"

OPS = {
    "rms_norm": "norm.rms_norm %x : {T} scale(%g : {P}) outs(%e : {T})",
    "layer_norm": "norm.layer_norm %x : {T} scale(%g : {P}) bias(%g : {P}) outs(%e : {T})",
    "add_rms_norm": "norm.add_rms_norm %x, %x : {T}, {T} scale(%g : {P}) outs(%e, %e : {T}, {T})",
    "add_layer_norm": "norm.add_layer_norm %x, %x : {T}, {T} scale(%g : {P}) bias(%g : {P}) outs(%e, %e : {T}, {T})",
}


def kernel_asm(op, ty, cpu, norm_opt):
    t, p = f"tensor<8192x4096x{ty}>", f"tensor<4096x{ty}>"
    results = 2 if op.startswith("add_") else 1
    body = OPS[op].format(T=t, P=p)
    res = "%y#0" if results == 2 else "%y"
    lhs = "%y:2" if results == 2 else "%y"
    src = (f"func.func @main(%x: {t}, %g: {p}) -> {t} {{\n"
           f"  %e = tensor.empty() : {t}\n  {lhs} = {body}\n"
           f"  return {res} : {t}\n}}\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "k.mlir")
        with open(path, "w") as f:
            f.write(src)
        lowered = subprocess.run(
            [norm_opt, path, f"--norm-cpu-pipeline=target-cpu={cpu}"],
            check=True, capture_output=True, text=True).stdout
        ll = subprocess.run([f"{LLVM}/mlir-translate", "--mlir-to-llvmir"],
                            input=lowered, check=True, capture_output=True,
                            text=True).stdout
        return subprocess.run([f"{LLVM}/llc", "-O3", f"-mcpu={cpu}", "-o",
                               "-"], input=ll, check=True,
                              capture_output=True, text=True).stdout


def inner_loops(asm):
    """(elements per iteration, instruction lines) of each innermost loop
    that steps at least 32 elements."""
    lines = asm.splitlines()
    loops = []
    for i, line in enumerate(lines):
        if "Inner Loop Header" not in line:
            continue
        label = None
        for previous in reversed(lines[:i]):
            match = re.match(r"^(\.LBB\w+):", previous)
            if match:
                label = match.group(1)
                break
        if not label:
            continue
        body = []
        for following in lines[i + 1:]:
            text = following.split("#")[0].strip()
            if not text or text.startswith("."):
                continue
            body.append(text)
            if text.split()[0].startswith("j") and label in text:
                break
        steps = [int(m.group(1)) for m in
                 (re.match(r"addq\s+\$(\d+), %r\w+$", b) for b in body) if m]
        stores = sum(1 for b in body if re.match(r"v?mov\w*\s+%[xyz]mm\d+, ", b)
                     or b.startswith("vmovnt"))
        if steps and max(steps) >= 32:
            loops.append((max(steps), body, stores))
    return loops


def mca(body, cpu):
    """(cycles per iteration, busiest ports), or None where llvm-mca does
    not finish (it hangs on a few loop bodies)."""
    try:
        return _mca(body, cpu)
    except subprocess.TimeoutExpired:
        return None


def _mca(body, cpu):
    out = subprocess.run([f"{LLVM}/llvm-mca", f"-mcpu={cpu}",
                          "-iterations=200"],
                         input="\n".join(body) + "\n", check=True,
                         capture_output=True, text=True, timeout=20).stdout
    cycles = float(re.search(r"Block RThroughput:\s+([\d.]+)", out).group(1))
    pressure = re.search(r"Resource pressure per iteration:\n(.*)\n(.*)\n",
                         out)
    ports = ""
    if pressure:
        names = pressure.group(1).split()
        values = pressure.group(2).split()
        used = sorted(((float(v), n) for n, v in zip(names, values)
                       if v != "-"), reverse=True)[:3]
        ports = ", ".join(f"{n} {v:.1f}" for v, n in used)
    return cycles, ports


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cpus", default="znver3,znver4,sapphirerapids")
    parser.add_argument("--norm-opt", default=os.path.join(ROOT, "build",
                                                           "bin", "norm-opt"))
    parser.add_argument("--out", default=os.path.join(ROOT, "bench",
                                                      "results"))
    args = parser.parse_args()
    rows = []
    for cpu in args.cpus.split(","):
        for op in OPS:
            for ty in ("f32", "bf16"):
                asm = kernel_asm(op, ty, cpu, args.norm_opt)
                seen = set()
                for elements, body, stores in inner_loops(asm):
                    # The kernels have variants of a pass (alignment
                    # peeling, streaming stores); identical bodies once.
                    key = tuple(re.sub(r"\.LBB\w+", "L", b) for b in body)
                    if key in seen:
                        continue
                    seen.add(key)
                    analysis = mca(body, cpu)
                    if analysis is None:
                        print(f"{cpu} {op} {ty}: llvm-mca did not finish "
                              "on a loop; skipped", flush=True)
                        continue
                    cycles, ports = analysis
                    kind = "output pass" if stores else "statistics pass"
                    rows.append((cpu, op, ty, kind, elements, len(body),
                                 cycles, ports))
                    print(f"{cpu:15} {op:15} {ty:5} {kind:16} "
                          f"{len(body) / elements:.2f} instr/elem "
                          f"{cycles / elements:.3f} cycles/elem  {ports}",
                          flush=True)
    date = datetime.date.today().isoformat()
    lines = [f"# Row kernels under llvm-mca ({date})", "",
             "`python3 bench/cpu/mca.py`: each kernel (8192×4096, the "
             "default CPU pipeline for `target-cpu=CPU`) compiled by `llc "
             "-mcpu=CPU`; its main vector loops (innermost loops stepping "
             "≥ 32 elements, the unrolled body of each pass over a row) "
             "analyzed by `llvm-mca -mcpu=CPU`. Static core model: no "
             "caches or memory, so these are lower bounds on time per "
             "element; a pass is compute-bound where they exceed the "
             "memory ceiling's time per element.", "",
             "| target | op | type | loop | elements / iteration | "
             "instructions / element | cycles / element (mca) | "
             "busiest ports (cycles / iteration) |",
             "|---|---|---|---|--:|--:|--:|---|"]
    for cpu, op, ty, kind, elements, n, cycles, ports in rows:
        lines.append(f"| {cpu} | {op} | {ty} | {kind} | {elements} | "
                     f"{n / elements:.2f} | {cycles / elements:.3f} | "
                     f"{ports} |")
    slowest = collections.defaultdict(float)
    for cpu, op, ty, kind, elements, n, cycles, ports in rows:
        key = (cpu, op, ty, kind)
        slowest[key] = max(slowest[key], cycles / elements)
    totals = collections.defaultdict(float)
    for (cpu, op, ty, kind), cycles in slowest.items():
        totals[(cpu, op, ty)] += cycles
    lines += ["", "Per row element: the slowest variant of the statistics "
              "pass plus that of the output pass (cycles / element; at "
              "3 GHz, 0.25 cycles per element is 12 G elements/s per "
              "core):", "",
              "| target | op | f32 | bf16 | bf16 / f32 |",
              "|---|---|--:|--:|--:|"]
    for cpu in args.cpus.split(","):
        for op in OPS:
            f32 = totals[(cpu, op, "f32")]
            bf16 = totals[(cpu, op, "bf16")]
            lines.append(f"| {cpu} | {op} | {f32:.3f} | {bf16:.3f} | "
                         f"{bf16 / f32 if f32 else 0:.2f} |")
    path = os.path.join(args.out, f"mca-{date}.md")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
