#!/usr/bin/env python3
"""Plots a CPU benchmark table (bench/results/cpu-*.md, backward-cpu-*.md,
...) as a PNG next to it: effective GB/s of the ceiling, norm and every
peer column of the table, for the largest thread count in the table.

Kept apart from bench.py so that it runs with Debian's python3-matplotlib
even when the benchmark ran in a virtual environment with other numpy."""

import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def parse(path):
    """The first table of the file (the measurements; a targets table may
    follow), the machine line and the title (the first heading, without
    its date)."""
    lines = []
    with open(path) as f:
        for line in f:
            if line.startswith("|"):
                lines.append(line.strip())
            elif lines:
                break
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    rows = []
    for line in lines[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.append(dict(zip(header, cells)))
    machine, title = "", ""
    with open(path) as f:
        for line in f:
            if line.startswith("Machine:"):
                machine = line[len("Machine: "):].split(". Effective")[0]
            elif line.startswith("# ") and not title:
                title = re.sub(r" \(\d{4}-\d\d-\d\d\)$", "",
                               line[2:].strip())
    return header, rows, machine, title


def value(cell):
    match = re.match(r"([0-9.]+)", cell)
    return float(match.group(1)) if match else 0.0


def main(path):
    header, rows, machine, title = parse(path)
    threads = max(int(r["thr"]) for r in rows)
    rows = [r for r in rows if int(r["thr"]) == threads]
    systems = ["ceiling GB/s", "norm GB/s"] + [
        h for h in header if h.endswith("(norm ×)")]
    fig, ax = plt.subplots(figsize=(15, 5.5))
    width = 0.8 / len(systems)
    for i, system in enumerate(systems):
        ax.bar([j + i * width for j in range(len(rows))],
               [value(r[system]) for r in rows], width,
               label=system.replace(" GB/s (norm ×)", "").replace(" GB/s", ""))
    ax.set_xticks([j + 0.4 for j in range(len(rows))])
    ax.set_xticklabels([f"{r['op']}\n{r['shape']} {r['type']}" for r in rows],
                       rotation=90, fontsize=7)
    ax.set_ylabel("effective GB/s (traffic model)")
    ax.margins(y=0.15)  # room for the legend above the bars
    ax.set_title(f"{title or 'norm on the CPU'}, {threads} threads — "
                 f"{machine}", fontsize=10)
    ax.legend(fontsize=8, ncol=4)
    fig.tight_layout()
    out = os.path.splitext(path)[0] + ".png"
    fig.savefig(out, dpi=110)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1])
