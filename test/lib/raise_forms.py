#!/usr/bin/env python3
"""Equivalent decomposed forms of LayerNorm and RMSNorm, written the way other
IR producers write them (issue 19, "raising by meaning").

Each form is one small `func.func` on tensors that computes a LayerNorm or an
RMSNorm (positive forms) or something that looks like one but is not (near
misses). Every form carries its expected result, derived from the math it
spells and not from what `--norm-raise` does today:

  positive: kind (layer_norm / rms_norm), axis, epsilon, offset (0, or 1 for
            Gemma's `1 + w`), has scale, has bias, input and result element
            types, and the function arguments that must be the op's
            input / scale / bias;
  negative: no norm op, and a remark `not raised: ...` at one of the form's
            reductions (for eps outside the square root the remark must say
            `eps is added outside the square root`).

How a form is built: the math is written once as an expression DAG
(`Node`), in a chosen *spelling* (how the mean, square, inverse standard
deviation, eps, gamma/beta, widening are written), then an *emitter* turns
the DAG into MLIR in a producer's *style*:

  steps      one linalg.generic per step (torch-mlir's TorchToLinalg)
  statfused  one generic per reduction, the per-row statistics chain fused
             into one generic, the output chain into another
  fused      every step fused into the reductions' and the output's bodies
             (centering + square + sum in one reduction generic; rsqrt +
             multiply + gamma + beta in one element-wise generic)
  named      linalg.reduce, linalg.broadcast and named element-wise ops
             (linalg.add/sub/mul/div/rsqrt/sqrt/reciprocal/square/powf)
  elementwise  linalg.elementwise (MLIR 22's category op) with broadcasting
             indexing maps, linalg.reduce
  map        linalg.map with scalar bodies, linalg.reduce, linalg.broadcast
  tosa       tosa.reduce_sum / mul (with the shift operand) / add / sub /
             rsqrt / reciprocal / pow / cast / const

The generic styles additionally vary the layout of the per-row statistics:
keep-dims (`tensor<4x6x1xf32>` read through `(d0, d1, 0)`), rank-reduced
(`tensor<4x6xf32>` read through `(d0, d1)`), rank-reduced then
`tensor.expand_shape` to keep-dims, and `linalg.reduce` + `linalg.broadcast`.

The matrix: for every style, a greedy all-pairs cover of its axes (every
pair of values of any two axes appears in at least one form), plus forms
with random shapes / gamma / beta / eps from a fixed seed, plus near misses
in several styles. Forms are deduplicated by text.

Usage:
  raise_forms.py --list                 names and expectations
  raise_forms.py --dump DIR             one .mlir per form (+ expected.json)
  raise_forms.py --verify [MLIR_OPT]    parse + verify every form with mlir-opt
Library: `forms()` returns a list of `Form`.
"""

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------------------
# Shapes

# name -> (sizes (None = dynamic), axis)
SHAPES = {
    "4x6x32.last": ([4, 6, 32], 2),
    "4x6x32.last2": ([4, 6, 32], 1),
    "8x64": ([8, 64], 1),
    "?x?x32": ([None, None, 32], 2),      # dynamic rows, static row length
    "?x?": ([None, None], 1),             # dynamic row length: N from tensor.dim
    "2x?x?.last2": ([2, None, None], 1),  # N = dim1 * dim2 from tensor.dim
}


def fmt_float(v):
    s = "%.9e" % v
    return s


def tensor_type(shape, ety):
    if not shape:
        return "tensor<%s>" % ety
    return "tensor<%sx%s>" % ("x".join("?" if s is None else str(s) for s in shape), ety)


# ---------------------------------------------------------------------------
# The math as a DAG

class Node:
    _ids = itertools.count()

    def __init__(self, op, *args, **kw):
        self.op = op
        self.args = list(args)
        self.kw = kw
        self.inline = kw.pop("inline", False)
        self.id = next(Node._ids)

    # dims of x the value spans (frozenset); None for scalars
    def dims(self, ctx):
        if self.op == "x":
            return frozenset(range(ctx.rank))
        if self.op == "param":
            return frozenset(self.kw["dims"])
        if self.op in ("const", "ndyn"):
            return frozenset()
        if self.op == "reduce":
            return self.args[0].dims(ctx) - frozenset(self.kw["rdims"])
        d = frozenset()
        for a in self.args:
            d |= a.dims(ctx)
        return d

    def ety(self, ctx):
        if self.op == "x":
            return ctx.ety
        if self.op == "param":
            return self.kw["ety"]
        if self.op == "ext":
            return "f32"
        if self.op == "trunc":
            return ctx.ety
        if self.op in ("const", "ndyn"):
            return "f32"
        return self.args[0].ety(ctx) if self.args else "f32"


def X():
    return Node("x")


def P(name, dims, ety="f32", values=None):
    return Node("param", name=name, dims=dims, ety=ety, values=values)


def C(v, sp="outside"):
    """A scalar constant; sp: outside (arith.constant in the function, used
    in bodies), body (arith.constant inside each body), rank0 (a
    `dense<v> : tensor<f32>` read through `() -> ()` or broadcast), extract
    (tensor.extract of a rank-0 constant), arg (a function argument)."""
    return Node("const", value=v, sp=sp)


def U(op, a, **kw):
    return Node(op, a, **kw)


def B(op, a, b, **kw):
    return Node(op, a, b, **kw)


# ---------------------------------------------------------------------------
# Spellings -> DAG

class Spec:
    """One form: the math (kind, spelling knobs) and its expected result."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def build_dag(s, ctx):
    """Returns (root node, params list, expected dict)."""
    sizes, axis = SHAPES[s.shape]
    rank = len(sizes)
    ndims = list(range(axis, rank))
    static_n = all(sizes[d] is not None for d in ndims)
    n_val = 1
    for d in ndims:
        n_val *= sizes[d] if sizes[d] is not None else 1
    neg = getattr(s, "neg", None)
    rnd = getattr(s, "rand", None)

    def Nnode(divisor=None):
        if static_n and divisor != "rows":
            v = float(n_val if divisor is None else divisor)
            return C(v, "outside")
        return Node("ndyn", dims=ndims, minus=(divisor == "n-1"),
                    rows=(divisor == "rows"))

    x = X()
    widen = s.dtype != "f32"
    body_widen = s.dtype.endswith("_body")
    xf = U("ext", x, inline=body_widen) if widen else x

    def sq(e, inline=False):
        return U("square", e, sp=s.square, inline=inline)

    def mean(e, rdims=None, divisor=None):
        rdims = ndims if rdims is None else rdims
        if rdims != ndims:
            cnt = C(float(sizes[rdims[0]]))
            return B("div", U("reduce", e, rdims=rdims), cnt)
        N = Nnode(divisor)
        if s.mean == "div":
            return B("div", U("reduce", e, rdims=rdims), N)
        if s.mean == "mulrecip":
            return B("mul", U("reduce", e, rdims=rdims), inv(N))
        if s.mean == "divin":
            return U("reduce", B("div", e, N, inline=True), rdims=rdims)
        if s.mean == "mulin":
            return U("reduce", B("mul", e, inv(N), inline=True), rdims=rdims)
        raise ValueError(s.mean)

    def inv(N):
        if N.op == "const":
            return C(1.0 / N.kw["value"], N.kw["sp"])
        return B("div", C(1.0), N)  # scalar 1/N computed in the function

    eps_v = s.eps
    eps = C(eps_v, "arg" if neg == "eps_arg" else s.eps_sp)

    if s.kind == "rms":
        if neg == "no_square":
            v = mean(xf)
        elif neg == "wrong_divisor":
            v = mean(sq(xf), divisor=(n_val // 2 if sizes[0] is not None else "rows"))
        else:
            v = mean(sq(xf))
        d = xf
    elif s.kind == "ln2":
        if neg == "mean_axis":
            mu = mean(xf, rdims=[1])
        else:
            mu = mean(xf)
        d = B("sub", xf, mu)
        if neg == "no_square":
            v = mean(d)
        elif neg == "unbiased":
            v = mean(sq(d), divisor=(n_val - 1 if static_n else "n-1"))
        else:
            v = mean(sq(d))
    elif s.kind == "ln1":
        mu = mean(xf)
        m2 = mean(sq(xf))
        v = B("sub", m2, B("mul", mu, mu))
        d = B("sub", xf, mu)
    else:
        raise ValueError(s.kind)

    ve = B("add", v, eps) if s.eps_order == "v+e" else B("add", eps, v)
    if neg == "eps_outside":
        y = B("div", d, B("add", U("sqrt", v), eps))
    elif neg == "sqrt_not_rsqrt":
        y = B("mul", d, U("sqrt", ve))
    elif s.rstd == "rsqrt":
        y = B("mul", d, U("rsqrt", ve))
    elif s.rstd == "recip_sqrt":
        y = B("mul", d, U("recip", U("sqrt", ve)))
    elif s.rstd == "powf":
        y = B("mul", d, U("pow", ve, exp=-0.5))
    elif s.rstd == "div_sqrt":
        y = B("div", d, U("sqrt", ve))
    else:
        raise ValueError(s.rstd)

    params = []
    pety = s.pdtype
    gvals = bvals = None
    if rnd is not None:
        gvals, bvals = rnd["gamma"], rnd["beta"]
    gdims = [1, 2] if neg == "scale_rows" else ndims

    def param(name, vals):
        p = P(name, gdims if name == "gamma" else ndims, pety, vals)
        params.append(p)
        return U("ext", p, inline=True) if pety != "f32" else p

    aff = s.affine
    swap = aff.endswith("_swap")
    if aff.startswith("g") and not aff.startswith("gemma"):
        g = param("gamma", gvals)
        y = B("mul", g, y) if swap else B("mul", y, g)
        if aff.startswith("gb"):
            b = param("beta", bvals)
            y = B("add", b, y) if swap else B("add", y, b)
    elif aff.startswith("gemma"):
        g = param("gamma", gvals)
        one_g = B("add", C(1.0), g) if swap else B("add", g, C(1.0))
        y = B("mul", y, one_g)
    if widen:
        if body_widen:
            y.inline = True
        y = U("trunc", y)

    if neg == "scale_rows" and not params:
        raise ValueError("scale_rows needs a gamma")
    exp = {
        "kind": "rms_norm" if s.kind == "rms" else "layer_norm",
        "axis": axis,
        "epsilon": eps_v,
        "offset": 1.0 if aff.startswith("gemma") else 0.0,
        "scale": aff != "none",
        "bias": aff.startswith("gb"),
        "input_type": s.dtype.split("_")[0],
        "result_type": s.dtype.split("_")[0],
        "scale_arg": 1 if (aff != "none" and gvals is None) else None,
        "bias_arg": 2 if (aff.startswith("gb") and bvals is None) else None,
    }
    return y, params, exp


# ---------------------------------------------------------------------------
# Emission

class Val:
    def __init__(self, name, dims, keep, ety, shape):
        self.name, self.dims, self.keep, self.ety, self.shape = name, dims, keep, ety, shape

    @property
    def type(self):
        return tensor_type(self.shape, self.ety)


class Emitter:
    """Emits one function. style: steps / statfused / fused / named /
    elementwise / map / tosa; layout (generic styles): keep / rr / expand /
    bcast."""

    def __init__(self, name, spec, root, params):
        self.name = name
        self.s = spec
        self.root = root
        self.params = params
        self.sizes, self.axis = SHAPES[spec.shape]
        self.rank = len(self.sizes)
        self.ety = spec.dtype.split("_")[0]
        self.style = spec.style
        self.layout = getattr(spec, "layout", "rr")
        if self.style in ("named", "elementwise", "map"):
            self.layout = "rr"
        if self.style == "tosa":
            self.layout = "keep"
        self.lines = []
        self.top = []  # function-level constants
        self.counter = itertools.count()
        self.cache = {}
        self.scalar_cache = {}
        self.dimvals = {}
        self.red_lines = []  # indices into self.lines of reduction ops
        self.args = [("x", tensor_type(self.sizes, self.ety))]
        self.argnames = {}
        for p in params:
            if p.kw["values"] is None:
                shape = [self.sizes[d] for d in p.kw["dims"]]
                if self.style == "tosa":
                    shape = [self.sizes[d] if d in p.kw["dims"] else 1 for d in range(self.rank)]
                self.args.append((p.kw["name"], tensor_type(shape, p.kw["ety"])))
        self.shift = None

    # -- helpers ----------------------------------------------------------
    def fresh(self, hint="v"):
        return "%%%s%d" % (hint, next(self.counter))

    def emit(self, line, reduction=False):
        if reduction:
            self.red_lines.append(len(self.lines))
        self.lines.append("  " + line)

    def const_top(self, text, hint="c"):
        key = text
        if key in self.scalar_cache:
            return self.scalar_cache[key]
        n = self.fresh(hint)
        self.top.append("  %s = %s" % (n, text))
        self.scalar_cache[key] = n
        return n

    def index(self, i):
        return self.const_top("arith.constant %d : index" % i, "c")

    def dim(self, i):
        if i not in self.dimvals:
            n = self.fresh("dim")
            self.top.append("  %s = tensor.dim %%x, %s : %s" % (n, self.index(i), self.args[0][1]))
            self.dimvals[i] = n
        return self.dimvals[i]

    def shape_of(self, dims, keep):
        if keep:
            return [self.sizes[d] if d in dims else 1 for d in range(self.rank)]
        return [self.sizes[d] for d in sorted(dims)]

    def dyn_operands(self, dims, keep):
        ops = []
        for d in (range(self.rank) if keep else sorted(dims)):
            if d in dims and self.sizes[d] is None:
                ops.append(self.dim(d))
        return ops

    def empty(self, dims, keep, ety):
        shape = self.shape_of(dims, keep)
        n = self.fresh("e")
        self.emit("%s = tensor.empty(%s) : %s" % (n, ", ".join(self.dyn_operands(dims, keep)),
                                                  tensor_type(shape, ety)))
        return Val(n, dims, keep, ety, shape)

    def fill(self, value_name, dims, keep, ety="f32"):
        e = self.empty(dims, keep, ety)
        n = self.fresh("fill")
        self.emit("%s = linalg.fill ins(%s : %s) outs(%s : %s) -> %s" % (
            n, value_name, ety, e.name, e.type, e.type))
        return Val(n, dims, keep, ety, e.shape)

    def is_full(self, dims):
        return len(dims) == self.rank

    def val_keep(self, dims):
        """Layout of a computed value spanning dims."""
        if self.is_full(dims):
            return True
        if not dims:
            return False
        return self.layout == "keep" or self.layout == "expand"

    def amap(self, space_dims, space_keep, v_dims, v_keep):
        """Indexing map of a value (v_dims, v_keep) in an iteration space."""
        if space_keep:
            nd = self.rank
            pos = {d: d for d in range(self.rank)}
        else:
            sd = sorted(space_dims)
            nd = len(sd)
            pos = {d: i for i, d in enumerate(sd)}
        dvars = ", ".join("d%d" % i for i in range(nd))
        if v_keep:
            # a size-1 dim of a keep-dims iteration space is read as itself
            res = ["d%d" % pos[d] if (d in v_dims or (space_keep and d not in space_dims))
                   else "0" for d in range(self.rank)]
        else:
            res = ["d%d" % pos[d] for d in sorted(v_dims)]
        return "affine_map<(%s) -> (%s)>" % (dvars, ", ".join(res))

    # -- scalars ------------------------------------------------------------
    def is_scalar(self, n):
        return n.op in ("const", "ndyn") or (
            n.op in ("add", "sub", "mul", "div") and all(self.is_scalar(a) for a in n.args))

    def scalar_outside(self, n):
        """SSA name of a scalar computed at function level (f32)."""
        key = ("s", self.skey(n))
        if key in self.cache:
            return self.cache[key]
        if n.op == "const":
            sp = n.kw["sp"]
            v = n.kw["value"]
            if sp == "arg":
                r = "%eps"
                if ("eps", "f32") not in self.args:
                    self.args.append(("eps", "f32"))
            elif sp in ("rank0", "extract"):
                t = self.const_top("arith.constant dense<%s> : tensor<f32>" % fmt_float(v), "t")
                r = self.fresh("ext")
                self.top.append("  %s = tensor.extract %s[] : tensor<f32>" % (r, t))
            else:
                r = self.const_top("arith.constant %s : f32" % fmt_float(v), "cst")
        elif n.op == "ndyn":
            acc = None
            for d in n.kw["dims"] if not n.kw["rows"] else [0]:
                if self.sizes[d] is None:
                    di = self.dim(d)
                    t = self.cache.get(("icast", d))
                    if t is None:
                        t = self.fresh("i")
                        self.top.append("  %s = arith.index_cast %s : index to i64" % (t, di))
                        self.cache[("icast", d)] = t
                else:
                    t = self.const_top("arith.constant %d : i64" % self.sizes[d], "ci")
                if acc is None:
                    acc = t
                else:
                    m = self.fresh("i")
                    self.top.append("  %s = arith.muli %s, %s : i64" % (m, acc, t))
                    acc = m
            if n.kw["minus"]:
                one = self.const_top("arith.constant 1 : i64", "ci")
                m = self.fresh("i")
                self.top.append("  %s = arith.subi %s, %s : i64" % (m, acc, one))
                acc = m
            r = self.fresh("n")
            self.top.append("  %s = arith.sitofp %s : i64 to f32" % (r, acc))
        else:
            a = self.scalar_outside(n.args[0])
            b = self.scalar_outside(n.args[1])
            r = self.fresh("s")
            self.top.append("  %s = arith.%sf %s, %s : f32" % (r, n.op, a, b))
        self.cache[key] = r
        return r

    def skey(self, n):
        """structural key of a scalar expression (one computation each)"""
        if n.op == "const":
            return ("const", n.kw["value"], n.kw["sp"])
        if n.op == "ndyn":
            return ("ndyn", tuple(n.kw["dims"]), n.kw["minus"], n.kw["rows"])
        return (n.op,) + tuple(self.skey(a) for a in n.args)

    def rank0_tensor(self, n):
        """The rank-0 tensor of a scalar spelled rank0."""
        return self.const_top("arith.constant dense<%s> : tensor<f32>" % fmt_float(n.kw["value"]), "t")

    # -- generic styles -----------------------------------------------------
    def cut(self, n, root):
        """Whether n (below root) is computed by its own op."""
        if n.op in ("x", "param") or self.is_scalar(n):
            return False
        if n.op == "reduce":
            return True
        if self.layout == "bcast" and False:
            return True
        st = self.style
        if st == "steps":
            return not n.inline
        if st == "fused":
            return False
        if st == "statfused":
            # the per-row chain is one generic, the row chain another
            return (not self.is_full(n.dims(self)) and self.is_full(root.dims(self))
                    and root.op != "reduce") and not n.inline
        raise ValueError(st)

    def materialize(self, n):
        if n.id in self.cache:
            return self.cache[n.id]
        if n.op == "x":
            v = Val("%x", frozenset(range(self.rank)), True, self.ety, self.sizes)
        elif n.op == "param":
            if n.kw["values"] is None:
                shape = [self.sizes[d] for d in n.kw["dims"]]
                if self.style == "tosa":
                    shape = [self.sizes[d] if d in n.kw["dims"] else 1 for d in range(self.rank)]
                v = Val("%" + n.kw["name"], frozenset(n.kw["dims"]), self.style == "tosa",
                        n.kw["ety"], shape)
            else:
                shape = [self.sizes[d] for d in n.kw["dims"]]
                if self.style == "tosa":
                    shape = [self.sizes[d] if d in n.kw["dims"] else 1 for d in range(self.rank)]
                vals = ", ".join(fmt_float(f) for f in n.kw["values"])
                ty = tensor_type(shape, n.kw["ety"])
                if self.style == "tosa":
                    nm = self.fresh(n.kw["name"])
                    nest = "[%s]" % vals
                    for _ in range(len(shape) - 1):
                        nest = "[%s]" % nest
                    self.top.append('  %s = "tosa.const"() <{values = dense<%s> : %s}> : () -> %s' % (
                        nm, nest, ty, ty))
                else:
                    nm = self.const_top("arith.constant dense<[%s]> : %s" % (vals, ty), n.kw["name"])
                v = Val(nm, frozenset(n.kw["dims"]), self.style == "tosa", n.kw["ety"], shape)
        elif self.style in ("named", "elementwise", "map"):
            v = self.named_op(n)
        elif self.style == "tosa":
            v = self.tosa_op(n)
        else:
            v = self.generic_kernel(n)
        self.cache[n.id] = v
        return v

    def _nest(self, values, shape):
        s = "[" + ", ".join(fmt_float(f) for f in values) + "]"
        for _ in range(len(shape) - 1):
            s = "[" + s + "]"
        return s[1:-1]

    def generic_kernel(self, root):
        is_red = root.op == "reduce"
        body_root = root.args[0] if is_red else root
        if is_red:
            sdims, skeep = frozenset(range(self.rank)), True
            odims = root.dims(self)
            okeep = self.layout == "keep"
        else:
            sdims = root.dims(self)
            skeep = self.val_keep(sdims)
            odims, okeep = sdims, skeep
        # operands
        ins = []  # (Val or rank0 name, map, key)
        leaf_index = {}

        def collect(n):
            if n.id in leaf_index:
                return
            if n is not body_root and (self.cut(n, root) or n.op in ("x", "param")):
                v = self.materialize(n)
                v = self.for_full_consumer(v, sdims)
                leaf_index[n.id] = len(ins)
                ins.append((v.name, v.type, self.amap(sdims, skeep, v.dims, v.keep), v.ety))
                return
            if n.op == "const" and n.kw["sp"] == "rank0":
                t = self.rank0_tensor(n)
                leaf_index[n.id] = len(ins)
                nd = self.rank if skeep else len(sdims)
                ins.append((t, "tensor<f32>", "affine_map<(%s) -> ()>" % ", ".join(
                    "d%d" % i for i in range(nd)), "f32"))
                return
            if self.is_scalar(n):
                return
            for a in n.args:
                collect(a)

        if is_red and body_root.op not in ("x", "param") and self.cut(body_root, root):
            # the reduced expression is its own step: sum a materialized tensor
            v = self.materialize(body_root)
            body_root = Node("leafr")
            body_root.ety = lambda ctx, e=v.ety: e
            leaf_index[body_root.id] = 0
            ins.append((v.name, v.type, self.amap(sdims, skeep, v.dims, v.keep), v.ety))
        elif body_root.op in ("x", "param"):
            v = self.materialize(body_root)
            v = self.for_full_consumer(v, sdims)
            leaf_index[body_root.id] = 0
            ins.append((v.name, v.type, self.amap(sdims, skeep, v.dims, v.keep), v.ety))
        else:
            collect(body_root)
        oety = root.ety(self)
        if is_red and self.layout == "bcast":
            return self.reduce_op(root, body_root, ins, leaf_index)
        if is_red:
            e = self.empty(odims, okeep, "f32")
            zero = self.const_top("arith.constant %s : f32" % fmt_float(0.0), "cst")
            init = self.fresh("z")
            self.emit("%s = linalg.fill ins(%s : f32) outs(%s : %s) -> %s" % (
                init, zero, e.name, e.type, e.type))
            out = Val(init, odims, okeep, "f32", e.shape)
        else:
            out = self.empty(odims, okeep, oety)
        omap = self.amap(sdims, skeep, odims, okeep)
        nd = self.rank if skeep else len(sdims)
        iters = ", ".join(['"parallel"'] * nd)
        if is_red:
            iters = ", ".join('"reduction"' if d in root.kw["rdims"] else '"parallel"'
                              for d in range(self.rank))
        res = self.fresh("r")
        maps = ", ".join([i[2] for i in ins] + [omap])
        head = "%s = linalg.generic {indexing_maps = [%s], iterator_types = [%s]} ins(%s : %s) outs(%s : %s) {" % (
            res, maps, iters, ", ".join(i[0] for i in ins), ", ".join(i[1] for i in ins),
            out.name, out.type)
        self.emit(head, reduction=is_red)
        bargs = [self.fresh("in") for _ in ins]
        bout = self.fresh("out")
        self.lines.append("  ^bb0(%s):" % ", ".join(
            ["%s: %s" % (a, i[3]) for a, i in zip(bargs, ins)] + ["%s: %s" % (bout, out.ety)]))
        memo = {}
        val = self.body_expr(body_root, leaf_index, bargs, memo)
        if is_red:
            t = self.fresh("b")
            self.lines.append("    %s = arith.addf %s, %s : f32" % (t, val, bout))
            val = t
        self.lines.append("    linalg.yield %s : %s" % (val, out.ety))
        self.lines.append("  } -> %s" % out.type)
        v = Val(res, odims, okeep, out.ety, out.shape)
        if is_red and self.layout == "expand":
            v = self.expand(v)
        return v

    def reduce_op(self, root, body_root, ins, leaf_index):
        """linalg.reduce: the reduced expression in its body when it reads
        one full-size tensor, else computed by its own generic first."""
        full_t = tensor_type(self.sizes, "")
        if len(ins) != 1 or not ins[0][1].startswith(full_t[:-1]):
            save = body_root.inline
            v = self.generic_kernel(body_root)
            body_root = Node("leafr")
            body_root.ety = lambda ctx, e=v.ety: e
            leaf_index = {body_root.id: 0}
            ins = [(v.name, v.type, None, v.ety)]
        odims = root.dims(self)
        e = self.empty(odims, False, "f32")
        zero = self.const_top("arith.constant %s : f32" % fmt_float(0.0), "cst")
        init = self.fresh("z")
        self.emit("%s = linalg.fill ins(%s : f32) outs(%s : %s) -> %s" % (
            init, zero, e.name, e.type, e.type))
        r = self.fresh("red")
        a, o = self.fresh("in"), self.fresh("acc")
        self.emit("%s = linalg.reduce ins(%s : %s) outs(%s : %s) dimensions = [%s]" % (
            r, ins[0][0], ins[0][1], init, e.type, ", ".join(map(str, root.kw["rdims"]))),
            reduction=True)
        self.lines.append("    (%s: %s, %s: f32) {" % (a, ins[0][3], o))
        val = self.body_expr(body_root, leaf_index, [a], {})
        t = self.fresh("b")
        self.lines.append("      %s = arith.addf %s, %s : f32" % (t, val, o))
        self.lines.append("      linalg.yield %s : f32" % t)
        self.lines.append("    }")
        return Val(r, odims, False, "f32", e.shape)

    def axis_of(self, root):
        return min(root.kw["rdims"])

    def expand(self, v):
        """rank-reduced statistics -> keep-dims through tensor.expand_shape"""
        sd = sorted(v.dims)
        if not sd or sd != list(range(len(sd))):
            return v  # not a prefix of the dims: stays rank-reduced
        shape = self.shape_of(v.dims, True)
        reass = [[d] for d in sd[:-1]] + [list(range(sd[-1], self.rank))]
        n = self.fresh("ex")
        outshape = ", ".join(
            (self.dim(d) if self.sizes[d] is None else str(self.sizes[d])) if d in v.dims else "1"
            for d in range(self.rank))
        self.emit("%s = tensor.expand_shape %s %s output_shape [%s] : %s into %s" % (
            n, v.name, str(reass).replace(" ", ""), outshape, v.type, tensor_type(shape, v.ety)))
        return Val(n, v.dims, True, v.ety, shape)

    def for_full_consumer(self, v, sdims):
        """linalg.reduce + linalg.broadcast layout: statistics read by a
        full-size kernel are broadcast first."""
        if self.layout != "bcast" or not self.is_full(sdims) or self.is_full(v.dims) or v.keep:
            return v
        if v.dims == frozenset(self.s_ndims()) and v.dims:
            return v  # gamma/beta are read through their indexing map
        key = ("bc", v.name)
        if key in self.cache:
            return self.cache[key]
        b = self.broadcast(v, frozenset(range(self.rank)))
        self.cache[key] = b
        return b

    def s_ndims(self):
        return list(range(self.axis, self.rank))

    def body_expr(self, n, leaf_index, bargs, memo):
        if n.id in leaf_index:
            return bargs[leaf_index[n.id]]
        if n.id in memo:
            return memo[n.id]
        L = self.lines
        if n.op == "const":
            sp = n.kw["sp"]
            if sp == "body":
                r = self.fresh("k")
                L.append("    %s = arith.constant %s : f32" % (r, fmt_float(n.kw["value"])))
            else:
                r = self.scalar_outside(n)
        elif self.is_scalar(n):
            r = self.scalar_outside(n)
        else:
            a = [self.body_expr(x, leaf_index, bargs, memo) for x in n.args]
            r = self.fresh("b")
            ety = n.args[0].ety(self)
            if n.op == "ext":
                L.append("    %s = arith.extf %s : %s to f32" % (r, a[0], ety))
            elif n.op == "trunc":
                L.append("    %s = arith.truncf %s : f32 to %s" % (r, a[0], self.ety))
            elif n.op in ("add", "sub", "mul", "div"):
                L.append("    %s = arith.%sf %s, %s : f32" % (r, n.op, a[0], a[1]))
            elif n.op == "square":
                sp = n.kw["sp"]
                if sp == "mul":
                    L.append("    %s = arith.mulf %s, %s : f32" % (r, a[0], a[0]))
                elif sp == "fpowi":
                    two = self.const_top("arith.constant 2 : i64", "ci")
                    L.append("    %s = math.fpowi %s, %s : f32, i64" % (r, a[0], two))
                elif sp == "powf":
                    two = self.const_top("arith.constant %s : f32" % fmt_float(2.0), "cst")
                    L.append("    %s = math.powf %s, %s : f32" % (r, a[0], two))
                else:
                    raise ValueError(sp)
            elif n.op == "rsqrt":
                L.append("    %s = math.rsqrt %s : f32" % (r, a[0]))
            elif n.op == "sqrt":
                L.append("    %s = math.sqrt %s : f32" % (r, a[0]))
            elif n.op == "recip":
                one = self.const_top("arith.constant %s : f32" % fmt_float(1.0), "cst")
                L.append("    %s = arith.divf %s, %s : f32" % (r, one, a[0]))
            elif n.op == "pow":
                e = self.const_top("arith.constant %s : f32" % fmt_float(n.kw["exp"]), "cst")
                L.append("    %s = math.powf %s, %s : f32" % (r, a[0], e))
            else:
                raise ValueError(n.op)
        memo[n.id] = r
        return r

    # -- named ops ------------------------------------------------------------
    def broadcast(self, v, tdims):
        """linalg.broadcast of a rank-reduced value to tdims (rr layout)."""
        tkeep = self.is_full(tdims)
        e = self.empty(tdims, tkeep, v.ety)
        tsorted = sorted(tdims) if not tkeep else list(range(self.rank))
        added = [i for i, d in enumerate(tsorted) if d not in v.dims]
        n = self.fresh("bc")
        self.emit("%s = linalg.broadcast ins(%s : %s) outs(%s : %s) dimensions = [%s]" % (
            n, v.name, v.type, e.name, e.type, ", ".join(map(str, added))))
        return Val(n, tdims, tkeep, v.ety, e.shape)

    def scalar_tensor(self, n, tdims):
        """A scalar as a tensor for named ops."""
        tkeep = self.is_full(tdims)
        if n.op == "const" and n.kw["sp"] == "rank0":
            t = self.rank0_tensor(n)
            if self.style == "elementwise":
                return Val(t, frozenset(), False, "f32", [])
            v = Val(t, frozenset(), False, "f32", [])
            return self.broadcast(v, tdims)
        s = self.scalar_outside(n)
        if self.style == "elementwise":
            return self.fill(s, frozenset(), False)
        return self.fill(s, tdims, tkeep)

    def named_op(self, n):
        st = self.style
        if n.op == "reduce":
            a = self.materialize(n.args[0])
            odims = n.dims(self)
            e = self.empty(odims, False, "f32")
            zero = self.const_top("arith.constant %s : f32" % fmt_float(0.0), "cst")
            init = self.fresh("z")
            self.emit("%s = linalg.fill ins(%s : f32) outs(%s : %s) -> %s" % (
                init, zero, e.name, e.type, e.type))
            r = self.fresh("red")
            self.emit("%s = linalg.reduce { arith.addf } ins(%s : %s) outs(%s : %s) dimensions = [%s]" % (
                r, a.name, a.type, init, e.type, ", ".join(map(str, n.kw["rdims"]))),
                reduction=True)
            return Val(r, odims, False, "f32", e.shape)
        tdims = n.dims(self)
        tkeep = self.is_full(tdims)
        ops = []
        for a in n.args:
            if self.is_scalar(a):
                ops.append(("scalar", a))
            else:
                ops.append(("val", self.materialize(a)))
        oety = n.ety(self)
        out = self.empty(tdims, tkeep, oety)
        res = self.fresh("y")

        if st == "elementwise":
            vals = []
            for kind, o in ops:
                vals.append(self.scalar_tensor(o, tdims) if kind == "scalar" else o)
            if n.op in ("ext", "trunc"):
                return self._map_cast(n, vals[0], out, res)
            kindname, vals = self._ew_kind(n, vals, tdims)
            maps = [self.amap(tdims, tkeep, v.dims, v.keep) for v in vals] + [
                self.amap(tdims, tkeep, tdims, tkeep)]
            self.emit("%s = linalg.elementwise kind=#linalg.elementwise_kind<%s> indexing_maps = [%s] ins(%s : %s) outs(%s : %s) -> %s" % (
                res, kindname, ", ".join(maps), ", ".join(v.name for v in vals),
                ", ".join(v.type for v in vals), out.name, out.type, out.type))
            return Val(res, tdims, tkeep, oety, out.shape)

        # named and map: operands broadcast to the result's shape
        vals = []
        for kind, o in ops:
            if kind == "scalar":
                if st == "map" and not (o.op == "const" and o.kw["sp"] == "rank0"):
                    vals.append(("cap", self.scalar_outside(o)))
                else:
                    vals.append(("val", self.scalar_tensor(o, tdims)))
            else:
                if o.dims != tdims:
                    o = self.broadcast(o, tdims)
                vals.append(("val", o))
        if st == "map" or n.op in ("ext", "trunc"):
            tens = [v for k, v in vals if k == "val"]
            bargs = [self.fresh("m") for _ in tens]
            bout = self.fresh("mo")
            self.emit("%s = linalg.map ins(%s : %s) outs(%s : %s)" % (
                res, ", ".join(v.name for v in tens), ", ".join(v.type for v in tens), out.name, out.type))
            self.lines.append("    (%s) {" % ", ".join(
                ["%s: %s" % (b, v.ety) for b, v in zip(bargs, tens)] + ["%s: %s" % (bout, oety)]))
            it = iter(bargs)
            scal = [next(it) if k == "val" else v for k, v in vals]
            fake = Node(n.op, *[Node("leaf%d" % i) for i in range(len(scal))], **n.kw)
            leaf_index = {a.id: i for i, a in enumerate(fake.args)}
            # ety of leaves: reuse the original operands' types
            for fa, oa in zip(fake.args, n.args):
                fa.ety = (lambda oa: (lambda ctx: oa.ety(ctx)))(oa)
            r = self.body_expr(fake, leaf_index, scal, {})
            self.lines.append("      linalg.yield %s : %s" % (r, oety))
            self.lines.append("    }")
            return Val(res, tdims, tkeep, oety, out.shape)
        tens = [v for k, v in vals]
        if n.op == "square":
            sp = n.kw["sp"]
            if sp == "mul":
                opname, tens = "mul", [tens[0], tens[0]]
            elif sp == "fpowi":
                opname = "square"
            else:
                two = self.fill(self.const_top("arith.constant %s : f32" % fmt_float(2.0), "cst"), tdims, tkeep)
                opname, tens = "powf", [tens[0], two]
        elif n.op == "pow":
            ex = self.fill(self.const_top("arith.constant %s : f32" % fmt_float(n.kw["exp"]), "cst"), tdims, tkeep)
            opname, tens = "powf", [tens[0], ex]
        else:
            opname = {"add": "add", "sub": "sub", "mul": "mul", "div": "div", "rsqrt": "rsqrt",
                      "sqrt": "sqrt", "recip": "reciprocal"}[n.op]
        self.emit("%s = linalg.%s ins(%s : %s) outs(%s : %s) -> %s" % (
            res, opname, ", ".join(v.name for v in tens), ", ".join(v.type for v in tens),
            out.name, out.type, out.type))
        return Val(res, tdims, tkeep, oety, out.shape)

    def _ew_kind(self, n, vals, tdims):
        if n.op == "square":
            sp = n.kw["sp"]
            if sp == "mul":
                return "mul", [vals[0], vals[0]]
            if sp == "fpowi":
                return "square", vals
            two = self.fill(self.const_top("arith.constant %s : f32" % fmt_float(2.0), "cst"), frozenset(), False)
            return "powf", [vals[0], two]
        if n.op == "pow":
            ex = self.fill(self.const_top("arith.constant %s : f32" % fmt_float(n.kw["exp"]), "cst"), frozenset(), False)
            return "powf", [vals[0], ex]
        return {"add": "add", "sub": "sub", "mul": "mul", "div": "div", "rsqrt": "rsqrt",
                "sqrt": "sqrt", "recip": "reciprocal"}[n.op], vals

    def _map_cast(self, n, v, out, res):
        if v.dims != out.dims:
            v = self.broadcast(v, out.dims)
        a, o = self.fresh("m"), self.fresh("mo")
        self.emit("%s = linalg.map ins(%s : %s) outs(%s : %s)" % (res, v.name, v.type, out.name, out.type))
        self.lines.append("    (%s: %s, %s: %s) {" % (a, v.ety, o, out.ety))
        c = self.fresh("b")
        if n.op == "ext":
            self.lines.append("      %s = arith.extf %s : %s to f32" % (c, a, v.ety))
        else:
            self.lines.append("      %s = arith.truncf %s : f32 to %s" % (c, a, out.ety))
        self.lines.append("      linalg.yield %s : %s" % (c, out.ety))
        self.lines.append("    }")
        return Val(res, out.dims, out.keep, out.ety, out.shape)

    # -- tosa -----------------------------------------------------------------
    def tosa_shift(self):
        return self.const_top('"tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>', "sh")

    def tosa_scalar(self, n):
        if n.op != "const":
            raise ValueError("tosa forms need static sizes")
        ty = tensor_type([1] * self.rank, "f32")
        return Val(self.const_top('"tosa.const"() <{values = dense<%s> : %s}> : () -> %s' % (
            fmt_float(n.kw["value"]), ty, ty), "tc"), frozenset(), True, "f32", [1] * self.rank)

    def tosa_op(self, n):
        def val(a):
            return self.tosa_scalar(a) if self.is_scalar(a) else self.materialize(a)
        if n.op == "reduce":
            v = val(n.args[0])
            dims = set(v.dims)
            for d in n.kw["rdims"]:
                dims.discard(d)
                shape = [self.sizes[i] if i in dims else 1 for i in range(self.rank)]
                r = self.fresh("rs")
                ty = tensor_type(shape, v.ety)
                self.emit("%s = tosa.reduce_sum %s {axis = %d : i32} : (%s) -> %s" % (
                    r, v.name, d, v.type, ty), reduction=True)
                v = Val(r, frozenset(dims), True, v.ety, shape)
            return v
        tdims = n.dims(self)
        shape = self.shape_of(tdims, True)
        oety = n.ety(self)
        oty = tensor_type(shape, oety)
        args = [val(a) for a in n.args]
        r = self.fresh("t")
        if n.op in ("ext", "trunc"):
            self.emit("%s = tosa.cast %s : (%s) -> %s" % (r, args[0].name, args[0].type, oty))
        elif n.op in ("add", "sub"):
            self.emit("%s = tosa.%s %s, %s : (%s, %s) -> %s" % (
                r, n.op, args[0].name, args[1].name, args[0].type, args[1].type, oty))
        elif n.op == "mul":
            self.emit("%s = tosa.mul %s, %s, %s : (%s, %s, tensor<1xi8>) -> %s" % (
                r, args[0].name, args[1].name, self.tosa_shift(), args[0].type, args[1].type, oty))
        elif n.op == "div":
            # tosa has no float division: a * reciprocal(b) (a constant b: * (1/b))
            inv = self.fresh("t")
            if True:
                self.emit("%s = tosa.reciprocal %s : (%s) -> %s" % (inv, args[1].name, args[1].type, args[1].type))
                inv = Val(inv, args[1].dims, True, "f32", args[1].shape)
            self.emit("%s = tosa.mul %s, %s, %s : (%s, %s, tensor<1xi8>) -> %s" % (
                r, args[0].name, inv.name, self.tosa_shift(), args[0].type, inv.type, oty))
        elif n.op == "square":
            if n.kw["sp"] == "mul":
                self.emit("%s = tosa.mul %s, %s, %s : (%s, %s, tensor<1xi8>) -> %s" % (
                    r, args[0].name, args[0].name, self.tosa_shift(), args[0].type, args[0].type, oty))
            else:
                two = self.tosa_scalar(C(2.0))
                self.emit("%s = tosa.pow %s, %s : (%s, %s) -> %s" % (
                    r, args[0].name, two.name, args[0].type, two.type, oty))
        elif n.op == "pow":
            e = self.tosa_scalar(C(n.kw["exp"]))
            self.emit("%s = tosa.pow %s, %s : (%s, %s) -> %s" % (r, args[0].name, e.name, args[0].type, e.type, oty))
        elif n.op == "sqrt":
            h = self.tosa_scalar(C(0.5))
            self.emit("%s = tosa.pow %s, %s : (%s, %s) -> %s" % (r, args[0].name, h.name, args[0].type, h.type, oty))
        elif n.op == "rsqrt":
            self.emit("%s = tosa.rsqrt %s : (%s) -> %s" % (r, args[0].name, args[0].type, oty))
        elif n.op == "recip":
            self.emit("%s = tosa.reciprocal %s : (%s) -> %s" % (r, args[0].name, args[0].type, oty))
        else:
            raise ValueError(n.op)
        return Val(r, tdims, True, oety, shape)

    # -- the function -------------------------------------------------------
    def function(self):
        y = self.materialize(self.root)
        self.emit("return %s : %s" % (y.name, y.type))
        # the function's signature (eps may have been added as an argument)
        sig = ", ".join("%%%s: %s" % (n, t) for n, t in self.args)
        head = "func.func @%s(%s) -> %s {" % (self.name, sig, y.type)
        body = self.top + self.lines
        red = [len(self.top) + i for i in self.red_lines]
        return head, body, red


# ---------------------------------------------------------------------------
# The matrix

class Form:
    def __init__(self, name, text, expect, axes, red_lines):
        self.name = name
        self.text = text          # a whole module, one function
        self.expect = expect      # dict; expect["raised"] False for near misses
        self.axes = axes          # axis name -> value (for the summary)
        self.red_lines = red_lines  # 1-based lines of the reductions in text

    def file_text(self):
        return self.text


AXES_GENERIC = {
    "kind": ["rms", "ln2", "ln1"],
    "layout": ["keep", "rr", "expand", "bcast"],
    "mean": ["div", "mulrecip", "divin", "mulin"],
    "square": ["mul", "fpowi", "powf"],
    "rstd": ["rsqrt", "recip_sqrt", "powf", "div_sqrt"],
    "eps_sp": ["outside", "body", "rank0", "extract"],
    "eps_order": ["v+e", "e+v"],
    "affine": ["none", "g", "g_swap", "gb", "gb_swap", "gemma", "gemma_swap"],
    "pdtype": ["f32", "bf16"],
    "dtype": ["f32", "bf16_gen", "bf16_body", "f16_gen", "f16_body"],
    "shape": list(SHAPES),
}
AXES_NAMED = dict(AXES_GENERIC)
AXES_NAMED.update({"layout": ["rr"], "dtype": ["f32", "bf16_gen", "f16_gen"]})
AXES_TOSA = dict(AXES_GENERIC)
AXES_TOSA.update({
    "layout": ["keep"], "mean": ["div", "mulrecip"], "rstd": ["rsqrt", "recip_sqrt", "powf"],
    "eps_sp": ["outside"], "dtype": ["f32", "bf16_gen", "f16_gen"],
    "shape": ["4x6x32.last", "4x6x32.last2", "8x64"], "pdtype": ["f32"],
})
STYLE_AXES = {
    "steps": AXES_GENERIC, "statfused": AXES_GENERIC, "fused": AXES_GENERIC,
    "named": AXES_NAMED, "elementwise": AXES_NAMED, "map": AXES_NAMED, "tosa": AXES_TOSA,
}


def valid(style, c):
    k = c.get("kind")
    a = c.get("affine")
    if k is not None and a is not None:
        if k == "rms" and a.startswith("gb"):
            return False
        if k != "rms" and a.startswith("gemma"):
            return False
    if a == "none" and c.get("pdtype") == "bf16":
        return False
    if style == "fused" and c.get("dtype", "").endswith("_gen"):
        return False  # fused bodies widen inside the body by construction
    if style in ("steps", "statfused", "fused") and c.get("layout") == "bcast" and style == "fused":
        return True
    return True


def pairwise(style, axes, rng, tries=60):
    """Greedy all-pairs cover of the axes under valid()."""
    names = list(axes)
    uncovered = set()
    for i, j in itertools.combinations(range(len(names)), 2):
        for a in axes[names[i]]:
            for b in axes[names[j]]:
                c = {names[i]: a, names[j]: b}
                if valid(style, c):
                    uncovered.add((names[i], a, names[j], b))
    rows = []
    while uncovered:
        best, best_cov = None, -1
        target = next(iter(sorted(uncovered)))
        for _ in range(tries):
            c = {n: rng.choice(axes[n]) for n in names}
            c[target[0]], c[target[2]] = target[1], target[3]
            if not valid(style, c):
                continue
            cov = sum(1 for i, j in itertools.combinations(names, 2) if (i, c[i], j, c[j]) in uncovered)
            if cov > best_cov:
                best, best_cov = c, cov
        if best is None:
            uncovered.discard(target)
            continue
        rows.append(best)
        for i, j in itertools.combinations(names, 2):
            uncovered.discard((i, best[i], j, best[j]))
    return rows


def make_form(name, spec, axes):
    root, params, exp = build_dag(spec, None)
    em = Emitter(name, spec, root, params)
    head, body, red = em.function()
    text_lines = ["// form %s" % name, head] + body + ["}"]
    # 1-based line numbers of the reductions (body starts at line 3)
    red_lines = [3 + i for i in red]
    text = "\n".join(text_lines) + "\n"
    return Form(name, text, exp, axes, red_lines)


NEGATIVES = [
    # (name, kind, expected remark substring)
    ("eps_outside", "ln2", "eps is added outside the square root"),
    ("eps_outside", "rms", "eps is added outside the square root"),
    ("unbiased", "ln2", "not raised:"),
    ("mean_axis", "ln2", "not raised:"),
    # The norm itself is raised where the multiply by a scale that varies
    # over rows is its own op (it stays outside, and the remark on the
    # raised norm says why); else a near miss with that reason.
    ("scale_rows", "rms", "not constant over rows"),
    ("scale_rows", "ln2", "not constant over rows"),
    ("eps_arg", "rms", "not raised:"),
    ("eps_arg", "ln2", "not raised:"),
    ("wrong_divisor", "rms", "not raised:"),
    ("no_square", "ln2", "not raised:"),
    ("no_square", "rms", "not raised:"),
    ("sqrt_not_rsqrt", "rms", "not raised:"),
]


def forms(seed=19):
    Node._ids = itertools.count()
    rng = random.Random(seed)
    out = []
    seen = {}
    eps_choices = [1e-5, 1e-6, 1e-12, 9.999999974752427e-7]

    def add(name, spec, axes, expect_extra=None):
        f = make_form(name, spec, axes)
        if expect_extra:
            f.expect.update(expect_extra)
        f.expect.setdefault("raised", True)
        key = f.text.split("\n", 2)[2]
        if key in seen:
            return
        seen[key] = name
        out.append(f)

    for style in ["steps", "statfused", "fused", "named", "elementwise", "map", "tosa"]:
        axes = STYLE_AXES[style]
        for i, c in enumerate(pairwise(style, axes, rng)):
            c = dict(c)
            eps = eps_choices[i % len(eps_choices)]
            spec = Spec(style=style, eps=eps, **c)
            name = "%s_%02d" % (style, i)
            ax = dict(c)
            ax["style"] = style
            add(name, spec, ax)

    # anchors: torch-mlir's own spelling (what --norm-raise was written
    # for), so that a checker bug cannot pass for an engine bug
    for i, (kind, aff, dt, shape) in enumerate([
            ("rms", "g", "f32", "8x64"), ("rms", "none", "bf16_gen", "4x6x32.last"),
            ("rms", "g", "f32", "?x?x32"), ("rms", "g", "f32", "4x6x32.last2")]):
        spec = Spec(style="steps", layout="keep", kind=kind, mean="div", square="fpowi",
                    rstd="rsqrt", eps_sp="outside", eps_order="v+e", affine=aff, pdtype="f32",
                    dtype=dt, shape=shape, eps=1e-6)
        ax = {k: getattr(spec, k) for k in AXES_GENERIC}
        ax["style"] = "anchor"
        add("anchor_%02d" % i, spec, ax)

    # generated numbers: random shapes, gamma, beta, eps
    for i in range(16):
        kind = rng.choice(["rms", "ln2", "ln1"])
        style = rng.choice(["steps", "statfused", "fused", "named", "elementwise", "map", "tosa"])
        rows, hidden = rng.choice([1, 3, 5, 16]), rng.choice([8, 24, 48, 96, 100, 128])
        shape = "%dx%d" % (rows, hidden)
        SHAPES[shape] = ([rows, hidden], 1)
        eps = float("%.3g" % (10 ** rng.uniform(-8, -2)))
        affine = rng.choice(["g", "gemma"] if kind == "rms" else ["g", "gb", "gb_swap"])
        g = [round(rng.uniform(-2, 2), 4) for _ in range(hidden)]
        b = [round(rng.uniform(-1, 1), 4) for _ in range(hidden)]
        axes = STYLE_AXES[style]
        spec = Spec(style=style, kind=kind, layout=rng.choice(axes["layout"]),
                    mean=rng.choice(axes["mean"]), square=rng.choice(axes["square"]),
                    rstd=rng.choice(axes["rstd"]), eps_sp=rng.choice(axes["eps_sp"]),
                    eps_order=rng.choice(axes["eps_order"]), affine=affine, pdtype="f32",
                    dtype="f32", shape=shape, eps=eps, rand={"gamma": g, "beta": b})
        ax = {k: getattr(spec, k) for k in AXES_GENERIC if k != "shape"}
        ax.update(style=style, numbers="random")
        add("random_%02d" % i, spec, ax)

    # near misses, each in a few styles
    neg_styles = [("steps", "keep"), ("fused", "rr"), ("named", "rr"), ("statfused", "expand")]
    for (neg, kind, remark) in NEGATIVES:
        for style, layout in neg_styles:
            shape = "4x6x32.last"
            if neg == "wrong_divisor" and style == "named":
                shape = "?x?x32"  # divides by the number of rows, from tensor.dim
            affine = "none"
            if neg == "scale_rows":
                affine = "g" if kind == "rms" else "gb"
            spec = Spec(style=style, layout=layout, kind=kind, mean="div", square="mul",
                        rstd="rsqrt", eps_sp="outside", eps_order="v+e", affine=affine,
                        pdtype="f32", dtype="f32", shape=shape, eps=1e-5, neg=neg)
            name = "neg_%s_%s_%s" % (neg, kind, style)
            add(name, spec, {"neg": neg, "style": style, "kind": kind},
                {"raised": False, "remark": remark,
                 # where the multiply is its own op; fused into the
                 # normalizing body, nothing can be raised: a near miss.
                 "partial": neg == "scale_rows" and style in ("steps", "named")})
    # a tosa near miss: eps outside the root
    spec = Spec(style="tosa", kind="ln2", mean="mulrecip", square="mul", rstd="rsqrt",
                eps_sp="outside", eps_order="v+e", affine="gb", pdtype="f32", dtype="f32",
                shape="8x64", eps=1e-5, neg="eps_outside")
    add("neg_eps_outside_ln2_tosa", spec, {"neg": "eps_outside", "style": "tosa", "kind": "ln2"},
        {"raised": False, "remark": "eps is added outside the square root"})
    return out


def verify(fs, mlir_opt):
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for f in fs:
            p = os.path.join(d, f.name + ".mlir")
            with open(p, "w") as fh:
                fh.write(f.text)
            r = subprocess.run([mlir_opt, p, "-o", os.devnull], capture_output=True, text=True)
            if r.returncode != 0:
                bad += 1
                print("INVALID %s\n%s" % (f.name, r.stderr[:2000]))
    return bad



def dump(fs, directory):
    """Writes each form to DIRECTORY/NAME.mlir and the expectations to
    DIRECTORY/expected.json."""
    os.makedirs(directory, exist_ok=True)
    for f in fs:
        with open(os.path.join(directory, f.name + ".mlir"), "w") as fh:
            fh.write(f.text)
    with open(os.path.join(directory, "expected.json"), "w") as fh:
        json.dump({f.name: f.expect for f in fs}, fh, indent=1, sort_keys=True)

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--dump", metavar="DIR")
    ap.add_argument("--verify", nargs="?", const="/usr/lib/llvm-22/bin/mlir-opt", metavar="MLIR_OPT")
    ap.add_argument("--only", metavar="SUBSTR")
    ap.add_argument("--seed", type=int, default=19)
    a = ap.parse_args()
    fs = forms(a.seed)
    if a.only:
        fs = [f for f in fs if a.only in f.name]
    if a.list:
        for f in fs:
            print(f.name, json.dumps(f.expect, sort_keys=True))
    if a.dump:
        dump(fs, a.dump)
    if a.verify:
        bad = verify(fs, a.verify)
        print("%d forms, %d invalid" % (len(fs), bad))
        return 1 if bad else 0
    if not (a.list or a.dump):
        print("%d forms (%d positive, %d near misses)" % (
            len(fs), sum(f.expect["raised"] for f in fs), sum(not f.expect["raised"] for f in fs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
