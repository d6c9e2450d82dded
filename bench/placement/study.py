#!/usr/bin/env python3
"""The placement study (issue 23): gradient norms through depth at
initialization for Post-LN, Pre-LN, Sandwich-LN and DeepNorm transformer
stacks, computed by norm's compiled forward and backward, with PyTorch
autograd's beside them.

Run by scripts/placement-study.sh (which finds or makes the Python and puts
norm-opt and the LLVM tools on PATH). Needs torch, torch-mlir, numpy,
matplotlib. Writes bench/results/placement-DATE-HOST.{md,json,png} (and
-train.png with --train). docs/PlacementStudy.md explains the method and
the results.
"""

import argparse
import datetime
import json
import math
import os
import platform
import socket
import sys
import tempfile
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import graphs as G  # noqa: E402

RESULTS = os.path.join(G.ROOT, "bench", "results")

# The documented tolerance (docs/PlacementStudy.md): for each layer of a
# cell, the gradient of all its parameters (one vector) and the residual
# stream's gradient at its input, max |norm - PyTorch| / max |PyTorch|,
# both in float32. PyTorch's own float32 gradients are that
# far from float64 too (the table shows both).
TOLERANCE = 1e-4


def rel(got, want):
    scale = max(float(np.abs(want).max()), 1e-30)
    return float(np.abs(np.asarray(got, np.float64) - want).max()) / scale


class Setup:
    """The fixed batch, embeddings, one-hot targets and head weights."""

    def __init__(self, a):
        g = torch.Generator().manual_seed(a.seed)
        self.tokens = torch.randint(0, a.vocab, (a.batch, a.seq), generator=g)
        # Toy task for training: each position predicts its own token
        # (copy); learnable within a hundred steps at any depth, so that
        # what differs between placements is the optimization.
        self.targets = self.tokens
        self.embed = torch.randn(a.vocab, a.hidden, generator=g)
        self.pos = torch.randn(a.seq, a.hidden, generator=g) * 0.5
        self.x = (self.embed[self.tokens] + self.pos).contiguous()
        self.onehot = torch.nn.functional.one_hot(self.targets,
                                                  a.vocab).float()


def make_head(a, placement, seed):
    torch.manual_seed(seed + 7919)
    head = G.Head(a.hidden, a.vocab, placement in ("pre", "sandwich"))
    torch.nn.init.xavier_normal_(head.out.weight)
    return head


def make_blocks(a, placement, layers, seed):
    torch.manual_seed(seed)
    alpha = G.deepnorm_alpha(layers) if placement == "deepnorm" else 1.0
    blocks = torch.nn.ModuleList(
        G.Block(placement, a.hidden, a.heads, a.ffn, alpha)
        for _ in range(layers))
    for b in blocks:
        G.init_block(b, placement, layers)
    return blocks


def weight_names(pnames):
    return [n for n in pnames if n.startswith(("attn.", "mlp."))]


# ---------------------------------------------------------------------------
# norm: the stack as L calls of the block's compiled forward, the head's,
# and back
# ---------------------------------------------------------------------------


def rms(t):
    return float(np.sqrt(np.mean(np.square(t, dtype=np.float64))))


def norm_stack(bg, hg, params, head_params, x, onehot, acts=None):
    """Returns (loss, [dL/dx_l for l = 1..L+1], [per-block gradient lists],
    head gradients, stack output); appends the RMS of the residual stream
    at each block's input and at the stack's output to `acts`."""
    saved, h = [], x
    for p in params:
        if acts is not None:
            acts.append(rms(h))
        h, s = bg.forward([h], p)
        saved.append(s)
    if acts is not None:
        acts.append(rms(h))
    loss, hs = hg.forward([h, onehot], head_params)
    (dh, _), dhead = hg.backward(hs, np.ones((), np.float32))
    dxs, grads = [dh], []
    for s in reversed(saved):
        (dh,), dp = bg.backward(s, dh)
        dxs.append(dh)
        grads.append(dp)
    return float(loss), dxs[::-1], grads[::-1], dhead, h


def norm_output(bg, params, x):
    h = x
    for p in params:
        h, _ = bg.forward([h], p)
    return h


# ---------------------------------------------------------------------------
# PyTorch autograd over the same stack (eager), float32 and float64
# ---------------------------------------------------------------------------


def torch_stack(blocks, head, x, onehot, dtype):
    blocks = [b.to(dtype) for b in blocks]
    head = head.to(dtype)
    for m in blocks + [head]:
        m.zero_grad(set_to_none=True)
    h = x.to(dtype).clone().requires_grad_()
    inputs = []
    for b in blocks:
        inputs.append(h)
        h = b(h)
        h.retain_grad()
    inputs.append(h)
    loss = head(h, onehot.to(dtype))
    loss.backward()
    dxs = [t.grad.detach().double().numpy() for t in inputs]
    grads = [[p.grad.detach().double().numpy() for p in b.parameters()]
             for b in blocks]
    for m in blocks + [head]:
        m.float()
    return loss.item(), dxs, grads


def norms(grads, pnames, select):
    idx = [i for i, n in enumerate(pnames) if n in select]
    return [math.sqrt(sum(float(np.sum(np.square(g[i], dtype=np.float64)))
                          for i in idx)) for g in grads]


def cell(a, setup, placement, layers, bg, hg, seed):
    """One placement, depth and initialization seed: norm's and PyTorch's
    gradients, compared."""
    blocks = make_blocks(a, placement, layers, seed)
    head = make_head(a, placement, seed)
    params = [[p.detach().numpy().copy() for p in b.parameters()]
              for b in blocks]
    head_params = [p.detach().numpy().copy() for p in head.parameters()]
    x, onehot = setup.x.numpy(), setup.onehot.numpy()

    start = time.perf_counter()
    acts = []
    loss, dxs, grads, _, out = norm_stack(bg, hg, params, head_params, x,
                                          onehot, acts)
    run_s = time.perf_counter() - start
    t_loss, t_dxs, t_grads = torch_stack(blocks, head, setup.x, setup.onehot,
                                         torch.float32)
    _, d_dxs, d_grads = torch_stack(blocks, head, setup.x, setup.onehot,
                                    torch.float64)

    pnames = bg.pnames
    wsel = weight_names(pnames)
    ffn = ["mlp.down.weight"]
    err = {"norm_vs_torch": 0.0, "norm_vs_f64": 0.0, "torch_vs_f64": 0.0}
    # Per layer: all of the block's parameter gradients as one vector, and
    # the residual stream's gradient at its input. (Per tensor would divide
    # by gradients that are zero but for rounding: the query and key
    # weights of a deep Post-LN stack's upper blocks get 1e-13 where the
    # others get 1e-1, its tokens' representations having collapsed to one.)
    def flat(gl):
        return np.concatenate([np.ravel(g) for g in gl])

    for ours, theirs, exact in zip(
            [flat(gl) for gl in grads] + dxs,
            [flat(gl) for gl in t_grads] + t_dxs,
            [flat(gl) for gl in d_grads] + d_dxs):
        err["norm_vs_torch"] = max(err["norm_vs_torch"], rel(ours, theirs))
        err["norm_vs_f64"] = max(err["norm_vs_f64"], rel(ours, exact))
        err["torch_vs_f64"] = max(err["torch_vs_f64"], rel(theirs, exact))

    result = {
        "placement": placement, "layers": layers, "seed": seed,
        "alpha": G.deepnorm_alpha(layers) if placement == "deepnorm" else None,
        "beta": G.deepnorm_beta(layers) if placement == "deepnorm" else None,
        "loss": {"norm": loss, "torch": t_loss},
        "weights": {"norm": norms(grads, pnames, wsel),
                    "torch": norms(t_grads, pnames, wsel)},
        "ffn_w2": {"norm": norms(grads, pnames, ffn),
                   "torch": norms(t_grads, pnames, ffn)},
        "residual": {"norm": [float(np.linalg.norm(d)) for d in dxs],
                     "torch": [float(np.linalg.norm(d)) for d in t_dxs]},
        "activations": acts,
        "errors": err, "run_s": run_s,
    }
    nrm = result["weights"]["norm"] + result["residual"]["norm"]
    trc = result["weights"]["torch"] + result["residual"]["torch"]
    result["errors"]["norms"] = max(abs(p - q) / max(q, 1e-30)
                                    for p, q in zip(nrm, trc))

    # The size of the model update after one Adam step (Adam's first step
    # is lr * sign(g) up to epsilon): ||F(x; theta - lr sign g) - F(x;
    # theta)|| / ||F(x; theta)|| at the stack's output, by norm's forward.
    # Wang et al. 2022 bound this quantity for DeepNorm.
    stepped = [[p - a.update_lr * np.sign(g).astype(np.float32)
                for p, g in zip(pl, gl)] for pl, gl in zip(params, grads)]
    out2 = norm_output(bg, stepped, x)
    result["update"] = float(np.linalg.norm(out2 - out) / np.linalg.norm(out))
    return result


# ---------------------------------------------------------------------------
# Training (optional): Adam, with and without warm-up, through norm
# ---------------------------------------------------------------------------


def train(a, setup, placement, layers, bg, hg, warmup):
    blocks = make_blocks(a, placement, layers, a.seed)
    head = make_head(a, placement, a.seed)
    params = [[p.detach().numpy().copy() for p in b.parameters()]
              for b in blocks]
    head_params = [p.detach().numpy().copy() for p in head.parameters()]
    flat = [p for pl in params for p in pl] + head_params
    m = [np.zeros_like(p) for p in flat]
    v = [np.zeros_like(p) for p in flat]
    b1, b2, eps = 0.9, 0.98, 1e-8
    rng = np.random.default_rng(a.seed + 1)
    losses, peaks = [], []
    embed = setup.embed.numpy()
    pos = setup.pos.numpy()
    for step in range(1, a.train_steps + 1):
        tokens = rng.integers(0, a.vocab, (a.batch, a.seq))
        x = (embed[tokens] + pos).astype(np.float32)
        onehot = np.eye(a.vocab, dtype=np.float32)[tokens]
        acts = []
        loss, _, grads, dhead, _ = norm_stack(bg, hg, params, head_params, x,
                                              onehot, acts)
        losses.append(loss)
        peaks.append(max(acts))
        if not math.isfinite(loss):
            break
        lr = a.train_lr * (min(1.0, step / a.warmup_steps) if warmup else 1.0)
        gflat = [g for gl in grads for g in gl] + list(dhead)
        for i, (p, g) in enumerate(zip(flat, gflat)):
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            mh = m[i] / (1 - b1 ** step)
            vh = v[i] / (1 - b2 ** step)
            p -= (lr * mh / (np.sqrt(vh) + eps)).astype(np.float32)
    return {"loss": losses, "peak_rms": peaks}


def train_torch(a, setup, placement, layers, warmup):
    """The same training (initialization, batches, Adam, schedule) by
    PyTorch eager, float32: the reference curve."""
    blocks = make_blocks(a, placement, layers, a.seed)
    head = make_head(a, placement, a.seed)
    params = list(blocks.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=a.train_lr, betas=(0.9, 0.98),
                           eps=1e-8)
    rng = np.random.default_rng(a.seed + 1)
    losses = []
    for step in range(1, a.train_steps + 1):
        for group in opt.param_groups:
            group["lr"] = a.train_lr * (min(1.0, step / a.warmup_steps)
                                        if warmup else 1.0)
        tokens = torch.from_numpy(rng.integers(0, a.vocab,
                                               (a.batch, a.seq)))
        h = setup.embed[tokens] + setup.pos
        for b in blocks:
            h = b(h)
        loss = head(h, torch.nn.functional.one_hot(tokens, a.vocab).float())
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
        if not math.isfinite(losses[-1]):
            break
    return losses


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def rounded(value):
    """`value` with every float to 5 significant digits (the JSON's size)."""
    if isinstance(value, float):
        return float(f"{value:.5g}")
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    return value


def fmt(v):
    return f"{v:.3g}"


def groups(results):
    """(placement, L) -> the results of all seeds, first seed first."""
    out = {}
    for r in results:
        out.setdefault((r["placement"], r["layers"]), []).append(r)
    return out


def w_ratio(r, who="norm"):
    return r["weights"][who][-1] / r["weights"][who][0]


def x_ratio(r, who="norm"):
    return r["residual"][who][0] / r["residual"][who][-2]


def a_ratio(r):
    return r["activations"][-1] / r["activations"][0]


def w_mean(r, who="norm"):
    return float(np.mean(r["weights"][who]))


def geo(values):
    return float(np.exp(np.mean(np.log(values))))


def spread(values):
    return (f"{fmt(geo(values))} [{fmt(min(values))}, {fmt(max(values))}]"
            if len(values) > 1 else fmt(values[0]))


def table(results):
    rows = ["| placement | L | α / β | first seed: ‖∇W‖ layer 1; layer L "
            "(norm / PyTorch) | first seed: last/first (norm / PyTorch) | "
            "last/first ‖∇W‖ | ‖∂L/∂x₁‖/‖∂L/∂x_L‖ | mean ‖∇W‖ | update | "
            "RMS x_out / x_in | "
            "max rel diff norm vs PyTorch | norm / PyTorch vs f64 |",
            "|---|--:|---|---|---|---|---|---|---|---|--:|---|"]
    for (p, L), rs in groups(results).items():
        r = rs[0]
        wn, wt = r["weights"]["norm"], r["weights"]["torch"]
        ab = (f"{r['alpha']:.3f} / {r['beta']:.3f}" if r["alpha"] else "")
        worst = max(x["errors"]["norm_vs_torch"] for x in rs)
        ok = "" if worst <= TOLERANCE else " ✗"
        rows.append(
            f"| {G.NAMES[p]} | {L} | {ab} | "
            f"{fmt(wn[0])} / {fmt(wt[0])}; {fmt(wn[-1])} / {fmt(wt[-1])} | "
            f"{fmt(w_ratio(r))} / {fmt(w_ratio(r, 'torch'))} | "
            f"{spread([w_ratio(x) for x in rs])} | "
            f"{spread([x_ratio(x) for x in rs])} | "
            f"{spread([w_mean(x) for x in rs])} | "
            f"{spread([x['update'] for x in rs])} | "
            f"{spread([a_ratio(x) for x in rs])} | "
            f"{worst:.2g}{ok} | "
            f"{max(x['errors']['norm_vs_f64'] for x in rs):.2g} / "
            f"{max(x['errors']['torch_vs_f64'] for x in rs):.2g} |")
    return "\n".join(rows)


def slope(xs, ys):
    """Least-squares slope of log y against log x."""
    return float(np.polyfit(np.log(xs), np.log(ys), 1)[0])


def plot(results, path, train_curves=None, train_path=None):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    placements = [p for p in G.PLACEMENTS
                  if any(r["placement"] == p for r in results)]
    fig, axes = plt.subplots(3, len(placements),
                             figsize=(4.2 * len(placements), 10.5),
                             squeeze=False)
    cmap = plt.get_cmap("viridis")
    depths = sorted({r["layers"] for r in results})
    color = {d: cmap(i / max(1, len(depths) - 1)) for i, d in
             enumerate(depths)}
    for j, p in enumerate(placements):
        for r in (r for r in results if r["placement"] == p and
                  r["seed"] == results[0]["seed"]):
            L = r["layers"]
            idx = np.arange(1, L + 1)
            ax = axes[0][j]
            ax.plot(idx, r["weights"]["norm"], color=color[L], label=f"L={L}")
            ax.plot(idx, r["weights"]["torch"], color="k", lw=0.6, ls=":")
            axes[1][j].plot(idx, r["residual"]["norm"][:-1], color=color[L])
            axes[1][j].plot(idx, r["residual"]["torch"][:-1], color="k",
                            lw=0.6, ls=":")
            axes[2][j].plot(idx / L, r["weights"]["norm"], color=color[L])
        axes[0][j].set_title(G.NAMES[p])
        for i in range(3):
            axes[i][j].set_yscale("log")
            axes[i][j].grid(True, alpha=0.3)
        axes[0][j].set_xlabel("layer index l")
        axes[1][j].set_xlabel("layer index l")
        axes[2][j].set_xlabel("l / L")
    axes[0][0].set_ylabel("‖∇ weights of layer l‖ (attention + MLP)")
    axes[1][0].set_ylabel("‖∂loss/∂x_l‖ (residual stream at layer l's input)")
    axes[2][0].set_ylabel("‖∇ weights of layer l‖ vs relative depth")
    axes[0][-1].legend(fontsize=8, title="norm (colour), PyTorch (dotted)",
                       title_fontsize=7)
    fig.suptitle("Gradient norms at initialization, computed by norm's "
                 "compiled backward (PyTorch autograd dotted)")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)

    fig, axes = plt.subplots(1, 5, figsize=(21, 4.2))
    markers = {"post": "o", "pre": "s", "sandwich": "^", "deepnorm": "D"}
    g = groups(results)
    for p in placements:
        Ls = sorted(L for (pp, L) in g if pp == p)
        for ax, f in zip(axes, (w_ratio, x_ratio, w_mean,
                                lambda r: r["update"], a_ratio)):
            vals = [[f(r) for r in g[(p, L)]] for L in Ls]
            mid = [geo(v) for v in vals]
            ax.errorbar(Ls, mid,
                        yerr=[[max(0.0, m - min(v)) for m, v in zip(mid, vals)],
                              [max(0.0, max(v) - m) for m, v in
                               zip(mid, vals)]],
                        marker=markers[p], label=G.NAMES[p], capsize=2)
    Ls = sorted(L for (pp, L) in g if pp == "pre")
    if Ls:
        m0 = geo([w_mean(r) for r in g[("pre", Ls[0])]])
        axes[2].plot(Ls, [m0 * math.sqrt(Ls[0] / L) for L in Ls], "k--",
                     lw=0.8, label="∝ 1/√L (Xiong et al., Pre-LN)")
    titles = ("‖∇W‖ last layer / first layer (seeds: geo-mean, range)", "‖∂L/∂x₁‖ / ‖∂L/∂x_L‖",
              "mean over layers of ‖∇W‖",
              "model update after one Adam step (relative)",
              "RMS of the residual stream: output / input")
    for ax, t in zip(axes, titles):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("depth L (blocks)")
        ax.set_title(t, fontsize=10)
        ax.grid(True, alpha=0.3)
    axes[0].axhline(1, color="k", lw=0.5)
    axes[1].axhline(1, color="k", lw=0.5)
    axes[0].legend(fontsize=8)
    axes[2].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path.replace(".png", "-depth.png"), dpi=110)
    plt.close(fig)

    if train_curves:
        fig, axes = plt.subplots(2, len(placements),
                                 figsize=(4.2 * len(placements), 6.6),
                                 squeeze=False, sharey="row")
        for j, p in enumerate(placements):
            for (pp, L, warm), curve in train_curves.items():
                if pp != p:
                    continue
                label = f"L={L}, " + ("warm-up" if warm else "no warm-up")
                steps = np.arange(1, len(curve["loss"]) + 1)
                line, = axes[0][j].plot(steps, curve["loss"], label=label,
                                        lw=0.9)
                axes[0][j].plot(np.arange(1, len(curve["torch"]) + 1),
                                curve["torch"], color=line.get_color(),
                                lw=0.7, ls=":")
                axes[1][j].plot(steps, curve["peak_rms"], label=label, lw=0.9)
            axes[0][j].set_title(G.NAMES[p])
            axes[1][j].set_yscale("log")
            for i in range(2):
                axes[i][j].set_xlabel("step")
                axes[i][j].grid(True, alpha=0.3)
            axes[0][j].legend(fontsize=8)
        axes[0][0].set_ylabel("training loss: norm (solid), PyTorch "
                              "(dotted)")
        axes[1][0].set_ylabel("largest RMS of the residual stream")
        fig.tight_layout()
        fig.savefig(train_path, dpi=110)
        plt.close(fig)


TEST_INPUTS = os.path.join(G.ROOT, "test", "Integration", "CPU", "Inputs",
                           "placement")


def export_test(a, setup, workdir):
    """Writes the inputs of test/Integration/CPU/placement_stack.py: the
    graphs of a Post-LN block and its head as torch-mlir imports them, and
    a two-block stack's weights, batch and PyTorch's gradients (float64
    autograd from the same float32 values) in an npz."""
    os.makedirs(TEST_INPUTS, exist_ok=True)
    layers, placement = 2, "post"
    blocks = make_blocks(a, placement, layers, a.seed)
    head = make_head(a, placement, a.seed)
    bg = G.Graphs(blocks[0], [setup.x], "block", workdir)
    hg = G.Graphs(head, [setup.x, setup.onehot], "head", workdir)
    from importlib.metadata import version
    for g, name in ((bg, "block"), (hg, "head")):
        for part in ("fwd", "bwd"):
            with open(os.path.join(workdir, f"{name}_{part}.mlir")) as f:
                text = f.read()
            with open(os.path.join(TEST_INPUTS, f"post_ln_{name}_{part}.mlir"),
                      "w") as f:
                f.write(f"// Exported by bench/placement/study.py "
                        f"--export-test (AOTAutograd, core decompositions, "
                        f"min-cut partitioner;\n// PyTorch "
                        f"{torch.__version__.split('+')[0]}, torch-mlir "
                        f"{version('torch-mlir')}) as linalg-on-tensors, "
                        f"unchanged: the {part} graph of\n// "
                        f"{'one Post-LN block (attention + MLP, hidden 32)' if name == 'block' else 'the head (read-out, cross-entropy)'}"
                        f"\n")
                f.write(text)
    _, d_dxs, d_grads = torch_stack(list(blocks), head, setup.x,
                                    setup.onehot, torch.float64)
    arrays = {"x": setup.x.numpy(), "onehot": setup.onehot.numpy()}
    # The float64 gradients rounded to float32: 6e-8 relative, far inside
    # the test's 1e-4.
    for l, b in enumerate(blocks):
        for i, p in enumerate(b.parameters()):
            arrays[f"w{l}_{i}"] = p.detach().numpy()
            arrays[f"dw{l}_{i}"] = d_grads[l][i].astype(np.float32)
    for i, p in enumerate(head.parameters()):
        arrays[f"head_{i}"] = p.detach().numpy()
    for l, d in enumerate(d_dxs):
        arrays[f"dx{l}"] = d.astype(np.float32)
    np.savez_compressed(os.path.join(TEST_INPUTS, "post_ln_stack.npz"),
                        **arrays)
    print(f"wrote {TEST_INPUTS}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--depths", type=int, nargs="+",
                    default=[6, 12, 24, 48, 96])
    ap.add_argument("--deepnorm-depths", type=int, nargs="*",
                    default=[192, 384, 768],
                    help="further depths for DeepNorm only")
    ap.add_argument("--placements", nargs="+", default=list(G.PLACEMENTS))
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ffn", type=int, default=256)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--seq", type=int, default=16)
    ap.add_argument("--vocab", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0,
                    help="of the batch and of the first initialization")
    ap.add_argument("--seeds", type=int, default=5,
                    help="initializations per placement and depth")
    ap.add_argument("--extra-seeds", type=int, default=2,
                    help="initializations at the further DeepNorm depths")
    ap.add_argument("--update-lr", type=float, default=1e-4)
    ap.add_argument("--train", action="store_true")
    ap.add_argument("--train-depth", type=int, default=24)
    ap.add_argument("--train-steps", type=int, default=100)
    ap.add_argument("--train-lr", type=float, default=1e-3)
    ap.add_argument("--warmup-steps", type=int, default=30)
    ap.add_argument("--out", default=RESULTS)
    ap.add_argument("--name", default=None)
    ap.add_argument("--replot", metavar="JSON",
                    help="only redraw the plots of a study's .json")
    ap.add_argument("--export-test", action="store_true",
                    help="only write the test inputs of "
                    "test/Integration/CPU/placement_stack.py")
    a = ap.parse_args()
    if a.replot:
        with open(a.replot) as f:
            d = json.load(f)
        curves = {}
        for key, v in d.get("train", {}).items():
            p, L, w = key.split()
            curves[(p, int(L[2:]), w == "warmup=True")] = v
        base = a.replot[:-len(".json")]
        plot(d["results"], base + ".png", curves, base + "-train.png")
        # The tables again, from the numbers (the title line is kept).
        with open(base + ".md") as f:
            title = f.readline().strip()
        for k, v in d["config"].items():
            setattr(a, k, v)
        write_markdown(a, base, os.path.basename(base), d["results"],
                       d["graphs"], d["study_s"], d["train_s"], curves,
                       None, title=title)
        return 0
    torch.set_num_threads(1)
    setup = Setup(a)
    workdir = tempfile.mkdtemp(prefix="placement-")
    if a.export_test:
        # Small: hidden 32, 2 heads, MLP 64, 2 sequences of 8.
        a.hidden, a.heads, a.ffn, a.batch, a.seq = 32, 2, 64, 2, 8
        export_test(a, Setup(a), workdir)
        return 0
    started = time.perf_counter()
    results, graphs_info, train_curves = [], {}, {}

    def compile_for(placement, layers):
        key = (placement, layers if placement == "deepnorm" else 0)
        if key in graphs_info:
            return graphs_info[key]["graphs"]
        blocks = make_blocks(a, placement, layers if placement == "deepnorm"
                             else 1, a.seed)
        head = make_head(a, placement, a.seed)
        label = f"{placement}{key[1] or ''}"
        t = time.perf_counter()
        bg = G.Graphs(blocks[0], [setup.x], label + "_block", workdir)
        hg = G.Graphs(head, [setup.x, setup.onehot], label + "_head", workdir)
        graphs_info[key] = {
            "graphs": (bg, hg), "total_s": time.perf_counter() - t,
            "compile_s": sum(c.compile_s for c in (bg.fw, bg.bw, hg.fw,
                                                   hg.bw)),
            "norm_ops": {part: c.norm_ops for part, c in
                         (("block_fwd", bg.fw), ("block_bwd", bg.bw),
                          ("head_fwd", hg.fw), ("head_bwd", hg.bw))},
            "left_reductions": {part: c.left_reductions for part, c in
                                (("block_fwd", bg.fw), ("block_bwd", bg.bw),
                                 ("head_fwd", hg.fw), ("head_bwd", hg.bw))}}
        return bg, hg

    for placement in a.placements:
        depths = list(a.depths)
        if placement == "deepnorm":
            depths += [d for d in a.deepnorm_depths if d not in depths]
        for layers in depths:
            bg, hg = compile_for(placement, layers)
            seeds = a.seeds if layers in a.depths else min(a.seeds,
                                                           a.extra_seeds)
            for seed in range(a.seed, a.seed + seeds):
                r = cell(a, setup, placement, layers, bg, hg, seed)
                results.append(r)
            w = r["weights"]["norm"]
            print(f"{G.NAMES[placement]:12s} L={layers:4d} seed {seed}: "
                  f"grad W first "
                  f"{w[0]:.3g} last {w[-1]:.3g} ratio {w[-1] / w[0]:.3g}; "
                  f"residual ratio "
                  f"{r['residual']['norm'][0] / r['residual']['norm'][-2]:.3g}"
                  f"; update {r['update']:.3g}; norm vs PyTorch "
                  f"{r['errors']['norm_vs_torch']:.2g} (run {r['run_s']:.1f}"
                  f" s, {time.perf_counter() - started:.0f} s total)",
                  flush=True)
    study_s = time.perf_counter() - started

    if a.train:
        t = time.perf_counter()
        for placement in a.placements:
            bg, hg = compile_for(placement, a.train_depth)
            for warm in (False, True):
                train_curves[(placement, a.train_depth, warm)] = train(
                    a, setup, placement, a.train_depth, bg, hg, warm)
                train_curves[(placement, a.train_depth, warm)]["torch"] = \
                    train_torch(a, setup, placement, a.train_depth, warm)
                losses = train_curves[(placement, a.train_depth,
                                       warm)]["loss"]
                print(f"train {G.NAMES[placement]} L={a.train_depth} "
                      f"warm-up={warm}: loss {losses[0]:.3f} -> "
                      f"{losses[-1]:.3f} ({time.perf_counter() - t:.0f} s)",
                      flush=True)
        train_s = time.perf_counter() - t
    else:
        train_s = 0.0

    now = datetime.datetime.now(datetime.timezone.utc)
    name = a.name or f"placement-{now:%Y-%m-%d}-{socket.gethostname()}"
    os.makedirs(a.out, exist_ok=True)
    base = os.path.join(a.out, name)
    plot(results, base + ".png", train_curves, base + "-train.png")
    info = {f"{p}{'' if not L else ' L=' + str(L)}":
            {k: v for k, v in d.items() if k != "graphs"}
            for (p, L), d in graphs_info.items()}
    with open(base + ".json", "w") as f:
        json.dump(rounded({"config": vars(a), "results": results, "graphs": info,
                   "study_s": study_s, "train_s": train_s,
                   "train": {f"{p} L={L} warmup={w}": v for (p, L, w), v in
                             train_curves.items()}}), f)
    write_markdown(a, base, name, results, info, study_s, train_s,
                   train_curves, now)
    print(f"wrote {base}.md, .json, .png, -depth.png"
          + (", -train.png" if train_curves else ""))
    worst = max(r["errors"]["norm_vs_torch"] for r in results)
    if worst > TOLERANCE:
        print(f"FAIL: norm's gradients are {worst:.3g} off PyTorch's "
              f"(> {TOLERANCE:g})")
        return 1
    return 0


def write_markdown(a, base, name, results, info, study_s, train_s,
                   train_curves, now, title=None):
    from importlib.metadata import version
    lines = [
        title or (f"# Placement study: gradient norms at initialization "
                  f"({now:%Y-%m-%d %H:%M} UTC, {socket.gethostname()})"), "",
        f"Made by `scripts/placement-study.sh` (bench/placement/study.py); "
        f"method and reading in docs/PlacementStudy.md. Blocks: "
        f"self-attention ({a.heads} heads) + MLP (GELU, {a.ffn}), hidden "
        f"{a.hidden}, no linear biases, LayerNorm; batch {a.batch} × "
        f"sequence {a.seq} of random tokens (vocabulary {a.vocab}), "
        f"embedding N(0, 1) + positions N(0, 0.25); head: final LayerNorm "
        f"(Pre-LN, Sandwich-LN), linear read-out, mean cross-entropy. "
        f"Xavier-normal init; DeepNorm: α = (2L)^¼, Xavier gain β = "
        f"(8L)^-¼ on the MLP, value and output projections (the "
        f"dialect's `computeDeepNormAlpha/Beta` for an encoder, read off "
        f"`--norm-placement-report`). Batch seed {a.seed}, "
        f"initialization seeds {a.seed}..{a.seed + a.seeds - 1} (ranges in "
        f"brackets: geometric mean [min, max] over them). "
        f"float32 throughout.", "",
        f"Every gradient comes from PyTorch's own backward graph of one "
        f"block (AOTAutograd, core decompositions, min-cut partitioner; "
        f"torch-mlir linalg-on-tensors), raised (`--norm-raise`), fused "
        f"(`--norm-fuse-residual`) and compiled by `--norm-cpu-pipeline`, "
        f"the block's compiled forward and backward called once per layer; "
        f"PyTorch's numbers are eager autograd over the whole stack.",
        "",
        f"Versions: torch {torch.__version__.split('+')[0]}, torch-mlir "
        f"{version('torch-mlir')}, Python {platform.python_version()}. "
        f"Study {study_s:.0f} s" + (f", training {train_s:.0f} s" if train_s
                                    else "") + ".", "",
        f"![gradient norms per layer]({name}.png)", "",
        f"![ratios against depth]({name}-depth.png)", "",
        "## Per placement and depth", "",
        "‖∇W‖: the norm of the gradient of all of a block's weight "
        "matrices (attention q, k, v, o; MLP up, down). ‖∂L/∂x_l‖: the "
        "residual stream's gradient at block l's input. update: "
        "‖F(θ − η·sign ∇) − F(θ)‖ / ‖F(θ)‖ at the stack's output "
        "(Adam's first step, η = " f"{a.update_lr:g}). RMS x_out / x_in: "
        "the residual stream's RMS at the stack's output over that of the "
        "embeddings. Max rel diff: over the layers and seeds "
        "of the cell, for the gradient of all of a layer's parameters (one "
        "vector) and for the residual gradient at its input, "
        "max |norm − PyTorch| / max |PyTorch|; documented "
        f"tolerance {TOLERANCE:g} (✗ marks a cell over it). Last column: the same measure against float64 autograd for "
        "norm and for PyTorch's float32.", "",
        table(results), "",
        "## Fitted slopes (log-log, over depth)", "",
        "Geometric means over the seeds, fitted against L. Xiong et al.: "
        "Post-LN's last layer O(1) in L, Pre-LN's O(L^-½).", "",
        "| placement | ‖∇W‖ first layer ∝ L^s | ‖∇W‖ last layer ∝ L^s | "
        "mean ‖∇W‖ ∝ L^s | last/first ratio ∝ L^s | update ∝ L^s |",
        "|---|--:|--:|--:|--:|--:|"]
    g = groups(results)
    for p in G.PLACEMENTS:
        Ls = sorted(L for (pp, L) in g if pp == p)
        if len(Ls) < 2:
            continue
        cols = [slope(Ls, [geo([f(r) for r in g[(p, L)]]) for L in Ls])
                for f in (lambda r: r["weights"]["norm"][0],
                          lambda r: r["weights"]["norm"][-1], w_mean,
                          w_ratio, lambda r: r["update"])]
        lines.append(f"| {G.NAMES[p]} | " +
                     " | ".join(f"{c:.2f}" for c in cols) + " |")
    lines += ["", "## The compiled graphs", "",
              "| graph | compile (s) | norm ops after raise + fuse | "
              "reductions left in linalg (block fwd / bwd) |",
              "|---|--:|---|---|"]
    for k, d in info.items():
        ops = "; ".join(f"{part}: " + (", ".join(
            f"{n}×{c}" for n, c in sorted(v.items())) or "none")
            for part, v in d["norm_ops"].items())
        lr = d["left_reductions"]
        lines.append(f"| {k} | {d['compile_s']:.1f} | {ops} | "
                     f"{lr['block_fwd']} / {lr['block_bwd']} |")
    if train_curves:
        lines += ["", "## Training", "",
                  f"Adam (β₂ 0.98), lr {a.train_lr:g}, {a.train_steps} steps, "
                  f"warm-up: linear over {a.warmup_steps} steps; task: "
                  f"copy a sequence of {a.seq} random tokens; fresh "
                  f"batch of {a.batch} each step; forward and backward by "
                  f"norm's compiled graphs, the optimizer in numpy; dotted: "
                  f"the same run (initialization, batches, Adam) in PyTorch "
                  f"eager.", "",
                  f"![training loss]({name}-train.png)", "",
                  "| placement | L | warm-up | loss at step 1 | mean of the "
                  "last 20: norm / PyTorch | max | largest RMS of the "
                  "residual stream, step 1 → last |",
                  "|---|--:|---|--:|--:|--:|---|"]
        for (p, L, w), curve in train_curves.items():
            losses, peaks = curve["loss"], curve["peak_rms"]
            lines.append(f"| {G.NAMES[p]} | {L} | {'yes' if w else 'no'} | "
                         f"{losses[0]:.3f} | {np.mean(losses[-20:]):.3f} / "
                         f"{np.mean(curve['torch'][-20:]):.3f} | "
                         f"{max(losses):.3f} | {peaks[0]:.3g} → "
                         f"{peaks[-1]:.3g} |")
    with open(base + ".md", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
