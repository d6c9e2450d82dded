"""Plots bench.py's results.json: bandwidth per shape against the copy
ceiling and the PyTorch peers.

    python3 plot.py results.json gpu.png
"""

import json
import sys


def plot(results, png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with open(results) as f:
        data = json.load(f)
    rows = data["rows"]
    groups = sorted({(r["op"], r["dtype"]) for r in rows})
    fig, axes = plt.subplots(1, len(groups), figsize=(5 * len(groups), 4),
                             squeeze=False)
    for ax, (op, dtype) in zip(axes[0], groups):
        cells = [r for r in rows if r["op"] == op and r["dtype"] == dtype]
        labels = [f"{r['rows']}×{r['hidden']}" for r in cells]
        xs = range(len(cells))
        for key, name in (("copy_s", "copy ceiling"), ("norm_s", "norm"),
                          ("compile_s", "torch.compile"),
                          ("eager_s", "eager")):
            ax.plot(xs, [r["bytes"] / r[key] / 1e9 for r in cells],
                    marker="o", label=name)
        ax.set_xticks(list(xs))
        ax.set_xticklabels(labels, rotation=45, ha="right")
        ax.set_title(f"{op} {dtype}")
        ax.set_ylabel("GB/s (bytes the fused op moves)")
        ax.legend()
    fig.suptitle(f"norm on {data['device']}")
    fig.tight_layout()
    fig.savefig(png, dpi=120)


if __name__ == "__main__":
    plot(sys.argv[1], sys.argv[2])
