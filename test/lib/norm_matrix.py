#!/usr/bin/env python3
"""Generator of the pass x input matrix: valid norm IR, systematically.

Every case is one small module holding one norm op (or one `norm.sublayer`)
in one setting. A setting is a point on these axes:

  op       layer_norm, rms_norm, batch_norm, deep_norm, add_layer_norm,
           add_rms_norm, sandwich_norm, sublayer
  variant  the op's optional parts: scale / bias / add_bias, statistics
           results, offset 0 or 1, alpha, DeepNorm's arch, BatchNorm's
           training form, the sandwich norm's kind, the sublayer's placement
  form     tensor; memref (identity layout); rowpad (padded row stride);
           allpad (every stride padded: BatchNorm's strided channel dim,
           hidden 1 with a padded stride); offset (static offset);
           inner2 (stride 2 along the row); anystride (strides and offset
           all dynamic, as a subview gives)
  dims     static; dynrows (the row / batch dims dynamic); dynall
  types    data and parameter element types: f32, f16, bf16, f64, and
           mixed ones (bf16 data with f32 parameters, ...)
  shape    edge shapes: 0 rows, 1 row, hidden 1, odd hidden (7, 4097),
           rank 1, rank 3, axis choices (BatchNorm: empty batch, NCHW,
           channels-last, [N, C, 1], ...)
  context  plain function; inside scf.if; inside scf.for with the op's
           destinations as iter_args (for_dest) or its input as one
           (for_input); several blocks joined by cf.cond_br / cf.br; in a
           callee; inside a norm.sublayer's body; in place (destination =
           input); the input a residual sum (arith.addf, Post-LN;
           linalg.add or residual + Norm(x), Sandwich-LN, returned too as
           the next residual, a Pre-LN chain)

The full product is far too large, so the matrix is the union of three
planes, each a full product over some axes with the others at a default:

  variants  every variant x every form x {static, dynrows} x {f32, bf16}
            on the typical shape, plain context;
  shapes    two variants per op (bare and full) x every edge shape x
            {f32, f16, bf16, f64} x forms x {static, dynrows} (and dynall
            for tensor, memref, rowpad, anystride), plus the mixed types
            (16-bit data with f32 parameters, ...) on tensors and memrefs,
            plain context;
  contexts  two variants per op x {tensor, memref, rowpad, anystride} x
            {static, dynrows} x {f32, bf16} x {typical, 0 rows, hidden 1}
            x every context.

Combinations the verifier rejects by design (docs/Semantics.md; the
"Errors" rules that NormOps.cpp checks) are never generated: the sublayer
takes tensors only, the normalized size N must not be statically 0, a norm
inside a sublayer needs a non-empty last dim (the sublayer's own norm).
Cases whose text is identical to an earlier case (a dynamic 0-row shape is
the dynamic typical shape) are dropped. `--check` parses and verifies every
case with norm-opt: every case must pass.

Usage:
  norm_matrix.py --count                    how many cases
  norm_matrix.py --list [--sample N]        case names
  norm_matrix.py --case NAME                one case's MLIR
  norm_matrix.py --emit DIR [--sample N]    one .mlir file per case
  norm_matrix.py --corpus DIR               seed corpus for tools/norm-fuzz
                                            (files named by content hash)
  norm_matrix.py --check NORM_OPT           parse + verify every case

Enumeration order is fixed; `--sample N --seed S` draws N cases with
Python's seeded `random.Random(S)`, so a sample is reproducible; with
`--cover` the sample first covers every pair of values of the main axes
(COVER_PAIRS), then fills up at random.
"""

import argparse
import hashlib
import itertools
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

# ---------------------------------------------------------------------------
# Axes
# ---------------------------------------------------------------------------

OPS = ("layer_norm", "rms_norm", "batch_norm", "deep_norm", "add_layer_norm",
       "add_rms_norm", "sandwich_norm", "sublayer")

FORMS = ("tensor", "memref", "rowpad", "allpad", "offset", "inner2",
         "anystride")
MEMREF_FORMS = FORMS[1:]

DIMS = ("static", "dynrows", "dynall")

# name -> (data element type, parameter element type)
TYPES = {
    "f32": ("f32", "f32"),
    "f16": ("f16", "f16"),
    "bf16": ("bf16", "bf16"),
    "f64": ("f64", "f64"),
    "bf16p32": ("bf16", "f32"),
    "f16p32": ("f16", "f32"),
    "f32pbf16": ("f32", "bf16"),
    "f64p32": ("f64", "f32"),
}

# Row-wise norms: name -> (dims, axis).
ROW_SHAPES = {
    "typical": ((4, 64), -1),
    "rows0": ((0, 64), -1),
    "rows1": ((1, 64), -1),
    "hidden1": ((4, 1), -1),
    "odd7": ((3, 7), -1),
    "odd4097": ((2, 4097), -1),
    "rank1": ((64,), -1),
    "rank3": ((2, 3, 8), -1),
    "rank3ax1": ((2, 3, 8), 1),
    "alldims": ((2, 8), -2),
    "rank3rows0": ((2, 0, 8), -1),
}

# BatchNorm: name -> (dims, channel_axis). The row shapes' names map onto
# these where a plane names a row shape (typical -> nchw and so on).
BN_SHAPES = {
    "nchw": ((2, 3, 4, 5), 1),
    "batch0": ((0, 3, 4, 5), 1),
    "spatial1": ((2, 3, 1, 1), 1),
    "nc1": ((2, 3, 1), 1),
    "rank2": ((4, 3), 1),
    "rank1": ((5,), 0),
    "nhwc": ((2, 4, 4, 3), -1),
    "odd": ((3, 5, 7), 1),
    "long": ((2, 2, 4097), 1),
    "c1": ((4, 1, 8), 1),
    "spatial0": ((2, 3, 0), 1),
}
BN_FOR_ROW = {"typical": "nchw", "rows0": "batch0", "hidden1": "nc1"}

# The forms the contexts plane crosses with every context, and the forms
# the shapes plane crosses with dynamic sizes in every dim.
CONTEXT_FORMS = ("tensor", "memref", "rowpad", "anystride")
PLANE2_DYNALL_FORMS = ("tensor", "memref", "rowpad", "anystride")

CONTEXTS = ("plain", "if", "for_dest", "for_input", "cfg", "callee",
            "sublayer", "inplace", "residual", "residual_linalg",
            "sandwich_chain")
# Contexts that build the op's input from a residual add (tensors only):
# what --norm-fuse-residual, --norm-placement-report and --norm-raise
# look for.
RESIDUAL_CONTEXTS = ("residual", "residual_linalg", "sandwich_chain")

# ---------------------------------------------------------------------------
# Op variants
# ---------------------------------------------------------------------------
# A variant is a tuple of flags (strings); its name joins them with '-'
# ("bare" when empty). Every op lists all its variants, and names the two
# the shapes and contexts planes use: the bare op and the op with every
# optional part.


def _product(*axes: Sequence[Sequence[str]]) -> List[Tuple[str, ...]]:
    """All combinations of one choice per axis; '' choices are dropped."""
    out = []
    for combo in itertools.product(*axes):
        out.append(tuple(flag for flag in combo if flag))
    return out


SUBLAYER_PLACEMENTS = [
    ("post", "layer_norm"), ("pre", "layer_norm"), ("sandwich", "layer_norm"),
    ("deepnorm", "layer_norm"), ("post", "rms_norm"), ("pre", "rms_norm"),
    ("sandwich", "rms_norm"),
]


def _sublayer_variants() -> List[Tuple[str, ...]]:
    out = []
    for placement, kind in SUBLAYER_PLACEMENTS:
        offsets = ("", "offset1") if kind == "rms_norm" else ("",)
        for offset in offsets:
            for params in ("", "params"):
                for body in ("mul", "identity"):
                    if body == "identity" and (params or offset):
                        continue
                    out.append(tuple(f for f in (placement, kind, offset,
                                                 params, body) if f))
    return out


VARIANTS: Dict[str, List[Tuple[str, ...]]] = {
    "layer_norm": _product(("", "scale"), ("", "bias"), ("", "stats")),
    "rms_norm": _product(("", "scale"), ("", "offset1"), ("", "stats")),
    "batch_norm": _product(("", "training"), ("", "scale", "scale+bias")),
    "deep_norm": _product(("alpha", "encoder", "decoder", "encdec_encoder",
                           "encdec_decoder"), ("", "scale+bias")),
    "add_layer_norm": _product(("", "add_bias"), ("", "alpha"),
                               ("", "scale", "scale+bias")),
    "add_rms_norm": _product(("", "add_bias"), ("", "alpha"), ("", "offset1"),
                             ("", "scale")),
    "sandwich_norm": (
        _product(("layer_norm",), ("", "inner"), ("", "outer")) +
        _product(("rms_norm",), ("", "offset1"), ("", "inner_scale"),
                 ("", "scale"))),
    "sublayer": _sublayer_variants(),
}

# The two variants of each op the shapes and contexts planes use.
PLANE_VARIANTS = {
    "layer_norm": [(), ("scale", "bias", "stats")],
    "rms_norm": [(), ("scale", "offset1", "stats")],
    "batch_norm": [(), ("training", "scale+bias")],
    "deep_norm": [("alpha",), ("decoder", "scale+bias")],
    "add_layer_norm": [(), ("add_bias", "alpha", "scale+bias")],
    "add_rms_norm": [(), ("add_bias", "alpha", "offset1", "scale")],
    "sandwich_norm": [("layer_norm", "inner", "outer"),
                      ("rms_norm", "offset1", "inner_scale", "scale")],
    "sublayer": [("pre", "rms_norm", "mul"),
                 ("sandwich", "layer_norm", "params", "mul")],
}


def variant_name(variant: Tuple[str, ...]) -> str:
    return "-".join(variant).replace("+", "_") if variant else "bare"


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    op: str
    variant: Tuple[str, ...]
    form: str
    dims: str
    types: str
    shape: str
    context: str

    @property
    def name(self) -> str:
        return ".".join((self.op, variant_name(self.variant), self.form,
                         self.dims, self.types, self.shape, self.context))

    def is_memref(self) -> bool:
        return self.form != "tensor"


def _shape_of(case: Case) -> Tuple[Tuple[int, ...], int]:
    if case.op == "batch_norm":
        return BN_SHAPES[case.shape]
    return ROW_SHAPES[case.shape]


def _dynamic_mask(case: Case) -> Tuple[bool, ...]:
    """Which dims of x are dynamic."""
    dims, axis = _shape_of(case)
    rank = len(dims)
    axis = axis + rank if axis < 0 else axis
    if case.dims == "static":
        return (False,) * rank
    if case.dims == "dynall":
        return (True,) * rank
    if case.op == "batch_norm":  # dynrows: the batch dim
        return tuple(d == 0 and axis != 0 for d in range(rank))
    return tuple(d < axis for d in range(rank))  # dynrows: the row dims


def is_valid(case: Case) -> bool:
    """Whether the case is a valid input (the verifier's rules) that the
    generator can express."""
    if case.op == "sublayer" and case.is_memref():
        return False  # norm.sublayer takes tensors only
    if case.context == "sublayer" and case.is_memref():
        return False  # a sublayer body works on tensors
    if case.context in RESIDUAL_CONTEXTS and case.is_memref():
        return False  # residual adds on tensors
    if case.context == "for_input" and case.is_memref():
        return False  # same text as for_dest: buffers have no iter_args
    dims, axis = _shape_of(case)
    rank = len(dims)
    axis = axis + rank if axis < 0 else axis
    if case.op != "batch_norm" and any(d == 0 for d in dims[axis:]):
        return False  # N must not be statically 0
    if case.context == "sublayer" and dims[-1] == 0:
        return False  # the enclosing sublayer normalizes the last dim
    if case.dims == "dynrows" and not any(_dynamic_mask(case)):
        return False  # identical to static
    return True


def normalized_axis(case: Case) -> int:
    """The first normalized dim (BatchNorm: the channel dim), in [0, rank)."""
    dims, axis = _shape_of(case)
    return axis + len(dims) if axis < 0 else axis


def has_statistics(case: Case) -> bool:
    """Whether the op returns per-row statistics."""
    return case.op in ("layer_norm", "rms_norm") and "stats" in case.variant


def rows_contiguous(case: Case) -> bool:
    """Whether x's normalized dims are one unit-stride run in memory (what
    a row kernel needs); tensors always are, once bufferized. A dynamic
    stride is not known to be."""
    if not case.is_memref():
        return True
    static_dims, _ = _shape_of(case)
    dims = [None if dyn else d
            for d, dyn in zip(static_dims, _dynamic_mask(case))]
    layout = _strides(dims, case.form)
    if layout is None:
        return True
    strides, _ = layout
    expected: Optional[int] = 1
    for d in range(len(dims) - 1, normalized_axis(case) - 1, -1):
        if strides[d] is None or strides[d] != expected:
            return False
        expected = None if dims[d] is None else dims[d] * strides[d]
        if expected is None and d > normalized_axis(case):
            return False
    return True


def leading_dims_collapse(case: Case) -> bool:
    """Whether x's dims before the normalized ones are known to collapse to
    one row dim (memref.collapse_shape's rule: each stride is the next dim's
    size times its stride, all static); tensors always do, once
    bufferized."""
    if not case.is_memref():
        return True
    axis = normalized_axis(case)
    static_dims, _ = _shape_of(case)
    dims = [None if dyn else d
            for d, dyn in zip(static_dims, _dynamic_mask(case))]
    layout = _strides(dims, case.form)
    if layout is None or axis <= 1:
        return True
    strides, _ = layout
    for d in range(axis - 2, -1, -1):
        if (strides[d] is None or strides[d + 1] is None or
                dims[d + 1] is None or
                strides[d] != dims[d + 1] * strides[d + 1]):
            return False
    return True


def enumerate_cases() -> List[Case]:
    """Every case of the matrix, in a fixed order, without duplicates of
    name; see `unique_cases` for duplicates of text."""
    seen = set()
    out: List[Case] = []

    def add(case: Case) -> None:
        if case not in seen and is_valid(case):
            seen.add(case)
            out.append(case)

    def shapes_for(op: str, names: Sequence[str]) -> List[str]:
        if op != "batch_norm":
            return list(names)
        return [BN_FOR_ROW.get(n, n) for n in names]

    for op in OPS:
        # Plane 1: every variant.
        for variant, form, dims, types in itertools.product(
                VARIANTS[op], FORMS, ("static", "dynrows"), ("f32", "bf16")):
            add(Case(op, variant, form, dims, types,
                     shapes_for(op, ["typical"])[0], "plain"))
        # Plane 2: every edge shape and type: the four element types in
        # every form (all three dims settings where the layout can be
        # dynamic), the mixed types on plain tensors and memrefs.
        all_shapes = BN_SHAPES if op == "batch_norm" else ROW_SHAPES
        for variant, form, dims, types, shape in itertools.product(
                PLANE_VARIANTS[op], FORMS, DIMS, TYPES, all_shapes):
            mixed = TYPES[types][0] != TYPES[types][1]
            if mixed and (form not in ("tensor", "memref") or
                          dims == "dynall"):
                continue
            if dims == "dynall" and form not in PLANE2_DYNALL_FORMS:
                continue
            add(Case(op, variant, form, dims, types, shape, "plain"))
        # Plane 3: every context.
        for variant, form, dims, types, shape, context in itertools.product(
                PLANE_VARIANTS[op], CONTEXT_FORMS, ("static", "dynrows"),
                ("f32", "bf16"), shapes_for(op, ["typical", "rows0",
                                                 "hidden1"]), CONTEXTS):
            add(Case(op, variant, form, dims, types, shape, context))
    return out


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


def _dim_text(size: Optional[int]) -> str:
    return "?" if size is None else str(size)


def _strides(dims: Sequence[Optional[int]], form: str):
    """(strides, offset) of a strided layout for `form`, None entries being
    dynamic; None for the identity layout."""
    rank = len(dims)
    if form == "memref":
        return None
    if form == "anystride":
        return [None] * rank, None
    strides: List[Optional[int]] = [0] * rank
    strides[-1] = 2 if form == "inner2" else 1
    for d in range(rank - 2, -1, -1):
        inner, size = strides[d + 1], dims[d + 1]
        if inner is None or size is None:
            strides[d] = None
            continue
        stride = size * inner
        if form == "allpad" or (form == "rowpad" and d == rank - 2):
            stride += 1
        strides[d] = stride
    offset = 5 if form == "offset" else 0
    return strides, offset


class TypeMaker:
    """Spells the operand types of a case."""

    def __init__(self, case: Case):
        self.case = case
        self.memref = case.is_memref()

    def shaped(self, dims: Sequence[Optional[int]], elem: str,
               strided: bool = False) -> str:
        shape = "x".join(_dim_text(d) for d in dims)
        shape = shape + "x" if dims else ""
        if not self.memref:
            return f"tensor<{shape}{elem}>"
        layout = _strides(dims, self.case.form) if strided else None
        if layout is None:
            return f"memref<{shape}{elem}>"
        strides, offset = layout
        text = ", ".join(_dim_text(s) for s in strides)
        suffix = "" if offset == 0 else f", offset: {_dim_text(offset)}"
        return f"memref<{shape}{elem}, strided<[{text}]{suffix}>>"


class Body:
    """Lines of one block. SSA names come from one counter per module, so
    a name is never defined twice where nested regions could see both."""

    _counter = itertools.count()

    def __init__(self, indent: str = "  "):
        self.lines: List[str] = []
        self.indent = indent
        self.counter = Body._counter
        self.constants: Dict[int, str] = {}

    def fresh(self, stem: str) -> str:
        return f"%{stem}{next(self.counter)}"

    def emit(self, line: str) -> None:
        self.lines.append(self.indent + line)


@dataclass
class Operand:
    role: str
    type: str
    # Dims (None = dynamic) and, for dynamic ones, which dim of x they are.
    dims: Tuple[Optional[int], ...]
    xdims: Tuple[Optional[int], ...]


class OpBuilder:
    """The op of a case: its operands (inputs and destinations) and its
    text, given SSA names for them."""

    def __init__(self, case: Case):
        self.case = case
        self.types = TypeMaker(case)
        data_elem, param_elem = TYPES[case.types]
        self.data_elem = data_elem
        self.param_elem = param_elem
        self.stat_elem = "f64" if data_elem == "f64" else "f32"
        static_dims, axis = _shape_of(case)
        mask = _dynamic_mask(case)
        self.rank = len(static_dims)
        self.axis_attr = axis
        self.axis = axis + self.rank if axis < 0 else axis
        self.x_dims = tuple(None if dyn else d
                            for d, dyn in zip(static_dims, mask))
        self.static_dims = static_dims
        v = set(case.variant)
        self.v = v
        self.inputs: List[Operand] = []
        self.outs: List[Operand] = []
        getattr(self, "_" + case.op)(v)

    # -- operand helpers ---------------------------------------------------

    def _full(self, role: str, elem: Optional[str] = None) -> Operand:
        dims = self.x_dims
        return Operand(role, self.types.shaped(dims, elem or self.data_elem,
                                               strided=True),
                       dims, tuple(range(self.rank)))

    def _normalized(self, role: str) -> Operand:
        dims = self.x_dims[self.axis:]
        return Operand(role, self.types.shaped(dims, self.param_elem), dims,
                       tuple(range(self.axis, self.rank)))

    def _row_stat(self, role: str) -> Operand:
        dims = self.x_dims[:self.axis] + (1,) * (self.rank - self.axis)
        xdims = tuple(range(self.axis)) + (None,) * (self.rank - self.axis)
        return Operand(role, self.types.shaped(dims, self.stat_elem), dims,
                       xdims)

    def _channel(self, role: str, elem: str) -> Operand:
        dims = (self.x_dims[self.axis],)
        return Operand(role, self.types.shaped(dims, elem), dims,
                       (self.axis,))

    # -- ops ---------------------------------------------------------------

    def _attrs(self, attrs: List[str]) -> str:
        return " {" + ", ".join(attrs) + "}" if attrs else ""

    def _axis_attrs(self) -> List[str]:
        if self.axis_attr == -1:
            return []
        return [f"axis = {self.axis_attr} : i64"]

    def _layer_norm(self, v):
        self.inputs = [self._full("input")]
        if "scale" in v:
            self.inputs.append(self._normalized("scale"))
        if "bias" in v:
            self.inputs.append(self._normalized("bias"))
        self.outs = [self._full("y")]
        if "stats" in v:
            self.outs += [self._row_stat("mean"), self._row_stat("rstd")]
        self.attrs = self._axis_attrs()

    def _rms_norm(self, v):
        self.inputs = [self._full("input")]
        if "scale" in v:
            self.inputs.append(self._normalized("scale"))
        self.outs = [self._full("y")]
        if "stats" in v:
            self.outs.append(self._row_stat("rstd"))
        self.attrs = self._axis_attrs()
        if "offset1" in v:
            self.attrs.append("offset = 1.0 : f64")

    def _batch_norm(self, v):
        self.inputs = [self._full("input")]
        if "scale" in v or "scale+bias" in v:
            self.inputs.append(self._channel("scale", self.param_elem))
        if "scale+bias" in v:
            self.inputs.append(self._channel("bias", self.param_elem))
        self.inputs += [self._channel("running_mean", self.param_elem),
                        self._channel("running_var", self.param_elem)]
        self.outs = [self._full("y")]
        self.attrs = []
        if self.axis_attr != 1:
            self.attrs.append(f"channel_axis = {self.axis_attr} : i64")
        if "training" in v:
            self.outs += [self._channel(r, self.stat_elem) for r in
                          ("batch_mean", "batch_var")]
            self.outs += [self._channel(r, self.param_elem) for r in
                          ("new_running_mean", "new_running_var")]
            self.attrs += ["momentum = 0.8 : f64", "training"]

    def _deep_norm(self, v):
        self.inputs = [self._full("input"), self._full("residual")]
        if "scale+bias" in v:
            self.inputs += [self._normalized("scale"),
                            self._normalized("bias")]
        self.outs = [self._full("y")]
        self.attrs = self._axis_attrs()
        if "alpha" in v:
            self.attrs.append("alpha = 2.5 : f64")
        elif "encoder" in v:
            self.attrs += ["arch = #norm.arch<encoder>", "encoder_layers = 6"]
        elif "decoder" in v:
            self.attrs += ["arch = #norm.arch<decoder>", "decoder_layers = 24"]
        elif "encdec_encoder" in v:
            self.attrs += ["arch = #norm.arch<encdec_encoder>",
                           "encoder_layers = 12", "decoder_layers = 6"]
        else:
            self.attrs += ["arch = #norm.arch<encdec_decoder>",
                           "decoder_layers = 6"]

    def _add_norm(self, v, layer: bool):
        self.inputs = [self._full("input"), self._full("residual")]
        if "add_bias" in v:
            self.inputs.append(self._normalized("add_bias"))
        if "scale" in v or "scale+bias" in v:
            self.inputs.append(self._normalized("scale"))
        if layer and "scale+bias" in v:
            self.inputs.append(self._normalized("bias"))
        self.outs = [self._full("y"), self._full("h")]
        self.attrs = self._axis_attrs()
        if "alpha" in v:
            self.attrs.append(("alpha = 0.5 : f64" if layer
                               else "alpha = 2.0 : f64"))
        if "offset1" in v:
            self.attrs.append("offset = 1.0 : f64")

    def _add_layer_norm(self, v):
        self._add_norm(v, True)

    def _add_rms_norm(self, v):
        self._add_norm(v, False)

    def _sandwich_norm(self, v):
        self.inputs = [self._full("input"), self._full("residual")]
        if "layer_norm" in v:
            self.kind = "layer_norm"
            if "inner" in v:
                self.inputs += [self._normalized("inner_scale"),
                                self._normalized("inner_bias")]
            if "outer" in v:
                self.inputs += [self._normalized("scale"),
                                self._normalized("bias")]
        else:
            self.kind = "rms_norm"
            if "inner_scale" in v:
                self.inputs.append(self._normalized("inner_scale"))
            if "scale" in v:
                self.inputs.append(self._normalized("scale"))
        self.outs = [self._full("y"), self._full("h")]
        self.attrs = self._axis_attrs() + ["inner_epsilon = 1.0e-06 : f64"]
        if "offset1" in v:
            self.attrs.append("offset = 1.0 : f64")

    def _sublayer(self, v):
        placement, kind = self.case.variant[0], self.case.variant[1]
        self.placement, self.kind = placement, kind
        self.inputs = [self._full("input")]
        if "params" in v:
            if placement == "sandwich":
                self.inputs += [self._normalized("out_scale")]
                if kind == "layer_norm":
                    self.inputs += [self._normalized("out_bias")]
            else:
                self.inputs += [self._normalized("scale")]
                if kind == "layer_norm":
                    self.inputs += [self._normalized("bias")]
        self.outs = []
        self.attrs = self._axis_attrs()
        if placement == "deepnorm":
            self.attrs.append("alpha = 2.0 : f64")
        if "offset1" in v:
            self.attrs.append("offset = 1.0 : f64")

    # -- text --------------------------------------------------------------

    def result_types(self) -> List[str]:
        if self.case.op == "sublayer":
            return [self.inputs[0].type]
        return [] if self.case.is_memref() else [o.type for o in self.outs]

    def render(self, body: Body, names: Dict[str, str],
               out_names: List[str]) -> List[str]:
        """Emits the op into `body`; returns the SSA names of its results."""
        op = self.case.op
        results = self.result_types()
        lhs, result_names = "", []
        if results:
            stem = body.fresh("r")
            lhs = f"{stem} = " if len(results) == 1 else \
                f"{stem}:{len(results)} = "
            result_names = [stem] if len(results) == 1 else \
                [f"{stem}#{i}" for i in range(len(results))]

        def clause(role: str, keyword: Optional[str] = None) -> str:
            for operand in self.inputs:
                if operand.role == role:
                    name = keyword or role
                    return f" {name}({names[role]} : {operand.type})"
            return ""

        first = self.inputs[0]
        if op == "sublayer":
            text = (f"{lhs}norm.sublayer {self.placement} {self.kind} "
                    f"{names['input']} : {first.type}")
            for role in ("scale", "bias", "out_scale", "out_bias"):
                text += clause(role)
            if self.attrs:
                text += " attributes" + self._attrs(self.attrs)
            body.emit(text + " {")
            arg = body.fresh("a")
            body.lines.append(f"{body.indent}^bb0({arg}: {first.type}):")
            if "identity" in self.v:
                body.emit(f"  norm.yield {arg} : {first.type}")
            else:
                f = body.fresh("f")
                body.emit(f"  {f} = arith.mulf {arg}, {arg} : {first.type}")
                body.emit(f"  norm.yield {f} : {first.type}")
            body.emit("}")
            return result_names

        outs = (f" outs({', '.join(out_names)} : "
                f"{', '.join(o.type for o in self.outs)})")
        if op in ("layer_norm", "rms_norm"):
            text = f"norm.{op} {names['input']} : {first.type}"
            text += clause("scale") + clause("bias")
        elif op == "batch_norm":
            mean, var = (o for o in self.inputs
                         if o.role in ("running_mean", "running_var"))
            text = f"norm.batch_norm {names['input']} : {first.type}"
            text += clause("scale") + clause("bias")
            text += (f" running({names['running_mean']}, "
                     f"{names['running_var']} : {mean.type}, {var.type})")
        else:
            second = self.inputs[1]
            kind = f"{self.kind} " if op == "sandwich_norm" else ""
            text = (f"norm.{op} {kind}{names['input']}, {names['residual']} "
                    f": {first.type}, {second.type}")
            for role in ("add_bias", "inner_scale", "inner_bias", "scale",
                         "bias"):
                text += clause(role)
        body.emit(lhs + text + outs + self._attrs(self.attrs))
        return result_names


class ModuleWriter:
    """Renders a case as a module: function(s) around the op in its
    context."""

    def __init__(self, case: Case):
        self.case = case
        self.op = OpBuilder(case)

    # Destinations on tensors are tensor.empty ops sized from x.
    def _index(self, body: Body, value: int) -> str:
        """An index constant defined in `body` (once per body)."""
        if value not in body.constants:
            name = body.fresh(f"c{value}_")
            body.constants[value] = name
            body.emit(f"{name} = arith.constant {value} : index")
        return body.constants[value]

    def _empties(self, body: Body, x: str) -> List[str]:
        """tensor.empty destinations, dynamic sizes read off x."""
        x_type = self.op.inputs[0].type
        dim_names: Dict[int, str] = {}
        names = []
        for out in self.op.outs:
            sizes = []
            for size, xdim in zip(out.dims, out.xdims):
                if size is not None:
                    continue
                if xdim not in dim_names:
                    index = self._index(body, xdim)
                    dim_names[xdim] = body.fresh("d")
                    body.emit(f"{dim_names[xdim]} = tensor.dim {x}, {index} "
                              f": {x_type}")
                sizes.append(dim_names[xdim])
            name = body.fresh("e")
            body.emit(f"{name} = tensor.empty({', '.join(sizes)}) : "
                      f"{out.type}")
            names.append(name)
        return names

    def _signature(self, names: Dict[str, str]) -> List[str]:
        args = [f"{names[o.role]}: {o.type}" for o in self.op.inputs]
        if self.case.is_memref():
            args += [f"{names['out:' + o.role]}: {o.type}"
                     for o in self.op.outs]
        return args

    def _arg_names(self) -> Dict[str, str]:
        short = {"input": "x", "residual": "r", "scale": "g", "bias": "b",
                 "add_bias": "ab", "inner_scale": "g1", "inner_bias": "b1",
                 "out_scale": "g2", "out_bias": "b2", "running_mean": "m",
                 "running_var": "v"}
        names = {o.role: "%" + short[o.role] for o in self.op.inputs}
        for i, o in enumerate(self.op.outs):
            names["out:" + o.role] = f"%o{i}"
        return names

    def _emit_op(self, body: Body, names: Dict[str, str],
                 outs: Optional[List[str]] = None) -> List[str]:
        """The op (with its tensor.empty destinations unless `outs`)."""
        if self.case.op == "sublayer":
            return self.op.render(body, names, [])
        if outs is None:
            if self.case.is_memref():
                outs = [names["out:" + o.role] for o in self.op.outs]
            else:
                outs = self._empties(body, names["input"])
        return self.op.render(body, names, outs)

    def render(self) -> str:
        case = self.case
        context = case.context
        names = self._arg_names()
        rtypes = self.op.result_types()
        ret = f" -> ({', '.join(rtypes)})" if rtypes else ""
        sig = self._signature(names)
        lines: List[str] = [f"// norm-matrix case: {case.name}"]
        body = Body("    ")

        def ret_line(values: List[str]) -> str:
            if not values:
                return "return"
            return f"return {', '.join(values)} : {', '.join(rtypes)}"

        if context in ("plain", "inplace"):
            if context == "inplace":
                outs = self._inplace_outs(body, names)
                results = self._emit_op(body, names, outs)
            else:
                results = self._emit_op(body, names)
            body.emit(ret_line(results))
            self._func(lines, "f", sig, ret, body)

        elif context == "callee":
            results = self._emit_op(body, names)
            body.emit(ret_line(results))
            self._func(lines, "callee", sig, ret, body, private=True)
            outer = Body("    ")
            args = [a.split(":")[0] for a in sig]
            argtypes = [a.split(": ", 1)[1] for a in sig]
            call = (f"func.call @callee({', '.join(args)}) : "
                    f"({', '.join(argtypes)}){ret or ' -> ()'}")
            if rtypes:
                stem = outer.fresh("c")
                call = (f"{stem} = " if len(rtypes) == 1 else
                        f"{stem}:{len(rtypes)} = ") + call
                vals = [stem] if len(rtypes) == 1 else [
                    f"{stem}#{i}" for i in range(len(rtypes))]
            else:
                vals = []
            outer.emit(call)
            outer.emit(ret_line(vals))
            self._func(lines, "f", sig, ret, outer)

        elif context == "sublayer":
            x_type = self.op.inputs[0].type
            outer = Body("    ")
            res = outer.fresh("s")
            outer.emit(f"{res} = norm.sublayer pre rms_norm %x : {x_type} {{")
            inner = Body("      ")
            inner.lines.append(f"{outer.indent}^bb0(%n: {x_type}):")
            inner_names = dict(names)
            inner_names["input"] = "%n"
            results = self._emit_op(inner, inner_names)
            inner.emit(f"norm.yield {results[0]} : {x_type}")
            outer.lines += inner.lines
            outer.emit("}")
            outer.emit(f"return {res} : {x_type}")
            self._func(lines, "f", sig, f" -> ({x_type})", outer)

        elif context in ("if", "cfg"):
            sig = sig + ["%cond: i1"]
            if case.is_memref():
                if context == "if":
                    body.emit("scf.if %cond {")
                    inner = Body(body.indent + "  ")
                    self._emit_op(inner, names)
                    body.lines += inner.lines
                    body.emit("}")
                    body.emit("return")
                else:
                    body.emit("cf.cond_br %cond, ^bb1, ^bb2")
                    body.lines.append("  ^bb1:")
                    self._emit_op(body, names)
                    body.emit("cf.br ^bb2")
                    body.lines.append("  ^bb2:")
                    body.emit("return")
            else:
                inits = self._inits(body, names)
                if context == "if":
                    res = body.fresh("i")
                    n = len(rtypes)
                    lhs = f"{res} = " if n == 1 else f"{res}:{n} = "
                    body.emit(f"{lhs}scf.if %cond -> ({', '.join(rtypes)}) {{")
                    inner = Body(body.indent + "  ")
                    results = self._emit_op(inner, names, inits)
                    inner.emit(f"scf.yield {', '.join(results)} : "
                               f"{', '.join(rtypes)}")
                    body.lines += inner.lines
                    body.emit("} else {")
                    fallback = ", ".join(self._fallback(names, inits))
                    body.emit(f"  scf.yield {fallback} : "
                              f"{', '.join(rtypes)}")
                    body.emit("}")
                    vals = [res] if n == 1 else [
                        f"{res}#{i}" for i in range(n)]
                    body.emit(ret_line(vals))
                else:
                    body.emit("cf.cond_br %cond, ^bb1, ^bb2")
                    body.lines.append("  ^bb1:")
                    results = self._emit_op(body, names, inits)
                    body.emit(f"cf.br ^bb3({', '.join(results)} : "
                              f"{', '.join(rtypes)})")
                    body.lines.append("  ^bb2:")
                    fallback = ", ".join(self._fallback(names, inits))
                    body.emit(f"cf.br ^bb3({fallback} : "
                              f"{', '.join(rtypes)})")
                    joined = ", ".join(f"%j{i}: {t}" for i, t in
                                       enumerate(rtypes))
                    body.lines.append(f"  ^bb3({joined}):")
                    body.emit(ret_line([f"%j{i}" for i in range(len(rtypes))]))
            self._func(lines, "f", sig, ret, body)

        elif context in RESIDUAL_CONTEXTS:
            # x' = x + res (residual: arith.addf, Post-LN, the sum used
            # once; residual_linalg: linalg.add, and the function returns
            # x' too, the next block's residual: a Pre-LN chain), or, for
            # sandwich_chain, x' = res + Norm(x) with a norm of the op's
            # kind, returned too; the op normalizes x'.
            x_type = self.op.inputs[0].type
            sig = sig + [f"%res: {x_type}"]
            total = body.fresh("s")
            if context == "residual":
                body.emit(f"{total} = arith.addf %x, %res : {x_type}")
            elif context == "residual_linalg":
                empty = self._empty_like_x(body, "%x")
                body.emit(f"{total} = linalg.add ins(%x, %res : {x_type}, "
                          f"{x_type}) outs({empty} : {x_type}) -> {x_type}")
            else:
                empty = self._empty_like_x(body, "%x")
                kind = "layer_norm" if self.case.op in (
                    "layer_norm", "add_layer_norm", "deep_norm") or (
                    getattr(self.op, "kind", "") == "layer_norm") \
                    else "rms_norm"
                normed = body.fresh("n")
                body.emit(f"{normed} = norm.{kind} %x : {x_type} outs("
                          f"{empty} : {x_type})"
                          + self.op._attrs(self.op._axis_attrs()))
                body.emit(f"{total} = arith.addf %res, {normed} : {x_type}")
            inner_names = dict(names)
            inner_names["input"] = total
            results = self._emit_op(body, inner_names)
            types = list(rtypes)
            if context != "residual":  # Post-LN: the sum has one use
                results, types = results + [total], types + [x_type]
            body.emit(f"return {', '.join(results)} : {', '.join(types)}")
            self._func(lines, "f", sig, f" -> ({', '.join(types)})", body)

        elif context in ("for_dest", "for_input"):
            lb, ub, step = (self._index(body, 0), self._index(body, 3),
                            self._index(body, 1))
            if case.is_memref():
                body.emit(f"scf.for %i = {lb} to {ub} step {step} {{")
                inner = Body(body.indent + "  ")
                self._emit_op(inner, names)
                body.lines += inner.lines
                body.emit("}")
                body.emit("return")
            elif context == "for_dest" and case.op != "sublayer":
                inits = self._inits(body, names)
                n = len(rtypes)
                res = body.fresh("l")
                iters = [f"%it{i}" for i in range(n)]
                lhs = f"{res} = " if n == 1 else f"{res}:{n} = "
                body.emit(f"{lhs}scf.for %i = {lb} to {ub} step {step} "
                          f"iter_args({_bind(iters, inits)})"
                          f" -> ({', '.join(rtypes)}) {{")
                inner = Body(body.indent + "  ")
                results = self._emit_op(inner, names, iters)
                inner.emit(f"scf.yield {', '.join(results)} : "
                           f"{', '.join(rtypes)}")
                body.lines += inner.lines
                body.emit("}")
                vals = [res] if n == 1 else [f"{res}#{i}" for i in range(n)]
                body.emit(ret_line(vals))
            else:
                # The loop carries the op's data inputs (x, and r for the
                # fused ops; BatchNorm's running statistics in training
                # form), fed by the op's results: a stack of blocks.
                carried = self._carried()
                res = body.fresh("l")
                n = len(carried)
                iters = [f"%it{i}" for i in range(n)]
                ctypes = [self._role_type(role) for role, _ in carried]
                lhs = f"{res} = " if n == 1 else f"{res}:{n} = "
                body.emit(f"{lhs}scf.for %i = {lb} to {ub} step {step} "
                          f"iter_args("
                          f"{_bind(iters, [names[r] for r, _ in carried])})"
                          f" -> ({', '.join(ctypes)}) {{")
                inner = Body(body.indent + "  ")
                inner_names = dict(names)
                for it, (role, _) in zip(iters, carried):
                    inner_names[role] = it
                results = self._emit_op(inner, inner_names)
                yielded = ", ".join(results[i] for _, i in carried)
                inner.emit(f"scf.yield {yielded} : "
                           f"{', '.join(ctypes)}")
                body.lines += inner.lines
                body.emit("}")
                vals = [res] if n == 1 else [f"{res}#{i}" for i in range(n)]
                body.emit(f"return {', '.join(vals)} : {', '.join(ctypes)}")
                ret = f" -> ({', '.join(ctypes)})"
            self._func(lines, "f", sig, ret, body)
        else:
            raise ValueError(f"unknown context {context}")
        return "\n".join(lines) + "\n"

    # -- context helpers ---------------------------------------------------

    def _role_type(self, role: str) -> str:
        return next(o.type for o in self.op.inputs if o.role == role)

    def _empty_like_x(self, body: Body, x: str) -> str:
        """A tensor.empty of x's type."""
        x_op = self.op.inputs[0]
        sizes = []
        for d, size in enumerate(x_op.dims):
            if size is None:
                dim = body.fresh("d")
                body.emit(f"{dim} = tensor.dim {x}, {self._index(body, d)} "
                          f": {x_op.type}")
                sizes.append(dim)
        name = body.fresh("e")
        body.emit(f"{name} = tensor.empty({', '.join(sizes)}) : {x_op.type}")
        return name

    def _carried(self) -> List[Tuple[str, int]]:
        """(input role, index of the result that feeds it) for for_input."""
        op = self.case.op
        if op == "batch_norm" and "training" in self.op.v:
            return [("input", 0), ("running_mean", 3), ("running_var", 4)]
        if op in ("add_layer_norm", "add_rms_norm", "sandwich_norm"):
            return [("input", 0), ("residual", 1)]
        return [("input", 0)]

    def _inits(self, body: Body, names: Dict[str, str]) -> List[str]:
        if self.case.op == "sublayer":
            return []
        return self._empties(body, names["input"])

    def _fallback(self, names: Dict[str, str], inits: List[str]) -> List[str]:
        """Values of the result types for the branch that skips the op."""
        if self.case.op == "sublayer":
            return [names["input"]]
        return inits

    def _inplace_outs(self, body: Body, names: Dict[str, str]) -> List[str]:
        """Destinations over the inputs: y over x, h over r (tensors:
        the values themselves; memrefs: the same buffers)."""
        if self.case.op == "sublayer":
            return []
        if self.case.is_memref():
            outs = [names["out:" + o.role] for o in self.op.outs]
        else:
            outs = self._empties(body, names["input"])
        outs[0] = names["input"]
        if self.case.op in ("add_layer_norm", "add_rms_norm", "sandwich_norm"):
            outs[1] = names["residual"]
        if self.case.op == "batch_norm" and "training" in self.op.v:
            # running statistics updated in place, when their types agree
            for i, role in ((3, "running_mean"), (4, "running_var")):
                if self.op.outs[i].type == self._role_type(role):
                    outs[i] = names[role]
        return outs

    def _func(self, lines: List[str], name: str, sig: List[str], ret: str,
              body: Body, private: bool = False) -> None:
        vis = "private " if private else ""
        lines.append(f"func.func {vis}@{name}({', '.join(sig)}){ret} {{")
        lines += [ln[2:] if ln.startswith("  ") else ln for ln in body.lines]
        lines.append("}")


def _bind(names: Sequence[str], values: Sequence[str]) -> str:
    """`%a = %b, ...` for an iter_args list."""
    return ", ".join(f"{a} = {b}" for a, b in zip(names, values))


def render(case: Case) -> str:
    """The MLIR text of a case (the same text on every call)."""
    Body._counter = itertools.count()
    return ModuleWriter(case).render()


def unique_cases() -> List[Tuple[Case, str]]:
    """Every case with its text, cases whose text repeats an earlier one's
    (comment line aside) dropped."""
    seen = set()
    out = []
    for case in enumerate_cases():
        text = render(case)
        key = text.split("\n", 1)[1]
        if key in seen:
            continue
        seen.add(key)
        out.append((case, text))
    return out


# The pairs of axes a covering sample (`select(..., cover=True)`) has every
# combination of, where the matrix has it. (Adding ("op", "variant") takes
# the lit sample from about 320 to 390 cases.)
COVER_PAIRS = (("op", "form"), ("op", "dims"),
               ("op", "types"), ("op", "shape"), ("op", "context"),
               ("form", "context"), ("form", "shape"), ("form", "dims"),
               ("form", "types"), ("dims", "context"), ("shape", "context"))


def _pairs(case: Case) -> List[Tuple[str, str, object, object]]:
    return [(a, b, getattr(case, a), getattr(case, b))
            for a, b in COVER_PAIRS]


def select(cases: List[Tuple[Case, str]], sample: Optional[int] = None,
           seed: int = 0, pattern: Optional[str] = None,
           cover: bool = False) -> List[Tuple[Case, str]]:
    """Cases whose name matches `pattern` (a regex), then a seeded sample of
    `sample` of them, in enumeration order. With `cover`, the sample first
    takes (in seeded random order) every case that brings a combination of
    values of a pair of COVER_PAIRS not yet in it, so every op meets every
    variant, form, type, shape and context, every form every context and
    shape, and so on; then random cases up to `sample` (the sample can be
    larger than `sample` where covering takes more)."""
    if pattern:
        regex = re.compile(pattern)
        cases = [c for c in cases if regex.search(c[0].name)]
    if sample is None or sample >= len(cases):
        return cases
    order = list(range(len(cases)))
    random.Random(seed).shuffle(order)
    picked: List[int] = []
    if cover:
        seen = set()
        for i in order:
            pairs = _pairs(cases[i][0])
            if any(p not in seen for p in pairs):
                seen.update(pairs)
                picked.append(i)
    taken = set(picked)
    for i in order:
        if len(picked) >= sample:
            break
        if i not in taken:
            picked.append(i)
    return [cases[i] for i in sorted(picked)]


# ---------------------------------------------------------------------------
# Self-check and command line
# ---------------------------------------------------------------------------


def check(norm_opt: str, cases: List[Tuple[Case, str]],
          batch: int = 200) -> List[Tuple[str, str]]:
    """Parses and verifies the cases with norm-opt; returns (name, error)
    for each case that fails."""
    failures = []
    for start in range(0, len(cases), batch):
        chunk = cases[start:start + batch]
        with tempfile.NamedTemporaryFile("w", suffix=".mlir",
                                         delete=False) as f:
            f.write("\n// -----\n".join(text for _, text in chunk))
            path = f.name
        try:
            proc = subprocess.run([norm_opt, path, "-split-input-file",
                                   "-o", os.devnull], capture_output=True,
                                  text=True)
        finally:
            os.unlink(path)
        if proc.returncode == 0:
            continue
        # Attribute each error to its chunk by line number.
        starts, line = [], 1
        for _, text in chunk:
            starts.append(line)
            line += text.count("\n") + 2
        for m in re.finditer(r"^[^\n:]*:(\d+):\d+: error: (.*)$",
                             proc.stderr, re.M):
            lineno = int(m.group(1))
            index = max(i for i, s in enumerate(starts) if s <= lineno)
            failures.append((chunk[index][0].name, m.group(2)))
        if not failures:
            failures.append(("<batch>", proc.stderr[-2000:]))
    return failures


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, metavar="N",
                        help="a seeded sample of N cases")
    parser.add_argument("--seed", type=int, default=0,
                        help="the sample's seed (default 0)")
    parser.add_argument("--filter", help="regex on case names")
    parser.add_argument("--cover", action="store_true",
                        help="make the sample cover every pair of values of "
                        "the axes in COVER_PAIRS")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--count", action="store_true",
                       help="print the number of cases")
    group.add_argument("--list", action="store_true",
                       help="print the case names")
    group.add_argument("--case", metavar="NAME", help="print one case")
    group.add_argument("--emit", metavar="DIR",
                       help="write each case to DIR/NAME.mlir")
    group.add_argument("--corpus", metavar="DIR",
                       help="write each case to DIR as a fuzzer seed, "
                       "named by the SHA-1 of its text")
    group.add_argument("--check", metavar="NORM_OPT",
                       help="parse and verify each case with NORM_OPT; "
                       "exit 1 if any fails")
    args = parser.parse_args(argv)

    cases = select(unique_cases(), args.sample, args.seed, args.filter,
                   args.cover)
    if args.count:
        print(len(cases))
    elif args.list:
        for case, _ in cases:
            print(case.name)
    elif args.case:
        for case, text in cases:
            if case.name == args.case:
                sys.stdout.write(text)
                return 0
        try:  # a valid name that text dedup dropped still renders
            fields = args.case.split(".")
            variant = () if fields[1] == "bare" else tuple(
                f.replace("scale_bias", "scale+bias")
                for f in fields[1].split("-"))
            sys.stdout.write(render(Case(fields[0], variant, *fields[2:])))
            return 0
        except (IndexError, KeyError, TypeError, AttributeError,
                StopIteration):
            print(f"no case {args.case}", file=sys.stderr)
            return 1
    elif args.emit or args.corpus:
        out = args.emit or args.corpus
        os.makedirs(out, exist_ok=True)
        for case, text in cases:
            if args.emit:
                name = case.name + ".mlir"
            else:
                name = hashlib.sha1(text.encode()).hexdigest()
            with open(os.path.join(out, name), "w") as f:
                f.write(text)
        print(f"{len(cases)} cases written to {out}", file=sys.stderr)
    elif args.check:
        failures = check(args.check, cases)
        for name, error in failures:
            print(f"INVALID {name}: {error}")
        print(f"{len(cases)} cases, {len(failures)} rejected")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
