#!/usr/bin/env python3
"""Runs `--norm-raise` on every form of raise_forms.py and checks the result
against the form's expectation (issue 19, "raising by meaning").

Positive forms: `norm-opt FILE --norm-raise --canonicalize` must leave
exactly one norm op, of the expected kind, whose input is the function's x
argument, with the expected axis, epsilon (relative 1e-6), offset, scale
(the gamma argument) and bias (the beta argument), input and result element
types; its result must be what the function returns (gamma/beta and the
final rounding folded in) and no reduction may be left (no linalg.generic
with a "reduction" iterator, no linalg.reduce, no tosa.reduce_sum).

Near misses: `norm-opt FILE --norm-raise=report` must leave no norm op and
emit `remark: not raised: ...` located at one of the form's reductions (for
eps outside the square root the remark must contain "eps is added outside
the square root").

Prints a table by axis of variation (how many forms of each spelling were
raised) and ends with `N passed, M failed`; exits 1 on any failure.
"""

import argparse
import collections
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import raise_forms  # noqa: E402

NORM_OPS = ("layer_norm", "rms_norm", "batch_norm", "deep_norm", "add_layer_norm",
            "add_rms_norm", "sandwich_norm", "sublayer")
DEFAULTS = {"axis": -1, "epsilon": 1e-5, "offset": 0.0}


def elem(ty):
    m = re.search(r"x?([a-z]+[0-9]+)>$", ty)
    if not m:
        return None
    return m.group(1)


def rank(ty):
    inner = ty[len("tensor<"):-1]
    return inner.count("x")


def parse_norms(text):
    ops = []
    for line in text.splitlines():
        m = re.search(r"(%[\w.#]+)(?::\d+)? = norm\.(\w+) ", line)
        if not m:
            continue
        op = {"result": m.group(1), "kind": m.group(2), "line": line.strip()}
        mi = re.search(r"norm\.\w+ (%[\w.#]+)(?:, %[\w.#]+)? : (tensor<[^>]*>)", line)
        if mi:
            op["input"], op["input_type"] = mi.group(1), mi.group(2)
        for k in ("scale", "bias"):
            mk = re.search(r"\b%s\((%%[\w.#]+) : (tensor<[^>]*>)\)" % k, line)
            op[k] = mk.group(1) if mk else None
        mo = re.search(r"outs\([^:]*: (tensor<[^>]*>)", line)
        op["result_type"] = mo.group(1) if mo else None
        attrs = dict(DEFAULTS)
        ma = re.search(r"\{([^{}]*)\}\s*$", line)
        if ma:
            for key, val in re.findall(r"(\w+) = ([-+0-9.eE]+)", ma.group(1)):
                attrs[key] = float(val) if key != "axis" else int(val)
        op.update(attrs)
        ops.append(op)
    return ops


def leftover_reductions(text):
    n = 0
    for line in text.splitlines():
        if "linalg.generic" in line and '"reduction"' in line:
            n += 1
        elif re.search(r"\blinalg\.reduce\b", line) or "tosa.reduce_sum" in line:
            n += 1
    return n


def run(cmd, timeout=60):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return -1, "", "timeout"


def check_positive(form, path, norm_opt):
    e = form.expect
    rc, out, err = run([norm_opt, path, "--norm-raise", "--canonicalize"])
    if rc != 0:
        return ["norm-opt failed (rc %d): %s" % (rc, err.strip()[-400:])], out
    errs = []
    norms = parse_norms(out)
    if len(norms) != 1:
        errs.append("%d norm ops (expected 1 %s)" % (len(norms), e["kind"]))
    left = leftover_reductions(out)
    if left:
        errs.append("%d reductions left" % left)
    if len(norms) == 1:
        op = norms[0]
        if op["kind"] != e["kind"]:
            errs.append("norm.%s, expected norm.%s" % (op["kind"], e["kind"]))
        if op.get("input") != "%arg0":
            errs.append("input %s is not the function's x (%%arg0)" % op.get("input"))
        it = op.get("input_type") or ""
        r = rank(it) if it else 0
        axis = op["axis"] + r if op["axis"] < 0 else op["axis"]
        if axis != e["axis"]:
            errs.append("axis %d, expected %d" % (axis, e["axis"]))
        if abs(op["epsilon"] - e["epsilon"]) > 1e-6 * abs(e["epsilon"]):
            errs.append("epsilon %r, expected %r" % (op["epsilon"], e["epsilon"]))
        if op["kind"] == "rms_norm" and abs(op["offset"] - e["offset"]) > 1e-12:
            errs.append("offset %r, expected %r" % (op["offset"], e["offset"]))
        if bool(op["scale"]) != e["scale"]:
            errs.append("scale %s, expected %s" % ("present" if op["scale"] else "absent",
                                                   "present" if e["scale"] else "absent"))
        elif e.get("scale_arg") is not None and op["scale"].startswith("%arg") and \
                op["scale"] != "%%arg%d" % e["scale_arg"]:
            errs.append("scale %s, expected the gamma argument %%arg%d" % (op["scale"], e["scale_arg"]))
        if bool(op["bias"]) != e["bias"]:
            errs.append("bias %s, expected %s" % ("present" if op["bias"] else "absent",
                                                  "present" if e["bias"] else "absent"))
        elif e.get("bias_arg") is not None and op["bias"].startswith("%arg") and \
                op["bias"] != "%%arg%d" % e["bias_arg"]:
            errs.append("bias %s, expected the beta argument %%arg%d" % (op["bias"], e["bias_arg"]))
        if elem(it) != e["input_type"]:
            errs.append("input type %s, expected %s" % (elem(it), e["input_type"]))
        rt = elem(op.get("result_type") or "")
        if rt != e["result_type"]:
            errs.append("result type %s, expected %s" % (rt, e["result_type"]))
        mr = re.search(r"^\s*return (%[\w.#]+)", out, re.M)
        if not mr or mr.group(1) != op["result"]:
            errs.append("the function returns %s, not the norm's result %s" % (
                mr.group(1) if mr else "?", op["result"]))
    return errs, out


REMARK = re.compile(r"^(.*?):(\d+):(\d+): remark: (.*)$")


def check_negative(form, path, norm_opt):
    e = form.expect
    rc, out, err = run([norm_opt, path, "--norm-raise=report"])
    errs = []
    if rc != 0:
        return ["norm-opt --norm-raise=report failed (rc %d): %s" % (rc, err.strip()[-300:])], out + err
    norms = parse_norms(out)
    partial = e.get("partial", False)
    if partial:
        # The norm without the parameter it cannot take: one op, no scale or
        # bias, and the remark on it says why the reader stays outside.
        if len(norms) != 1 or norms[0]["scale"] or norms[0]["bias"]:
            errs.append("expected one norm op without scale or bias, got %s" % (
                ", ".join("norm.%s" % n["kind"] for n in norms) or "none"))
    elif norms:
        errs.append("raised into norm.%s (a near miss must be left alone)" % norms[0]["kind"])
    remarks = []
    for line in err.splitlines():
        m = REMARK.match(line.strip())
        if m:
            remarks.append((int(m.group(2)), m.group(4)))
    want = e["remark"]
    prefix = "raised into" if partial else "not raised:"
    ok = [ln for ln, msg in remarks if msg.startswith(prefix) and want in msg]
    if partial:
        return (errs if ok else errs + ["no remark '%s ...%s' (remarks: %s)" % (
            prefix, want, "; ".join("%d: %s" % r for r in remarks) or "none")]), out + err
    if not ok:
        errs.append("no remark 'not raised: ...%s' (remarks: %s)" % (
            "" if want == "not raised:" else want,
            "; ".join("%d: %s" % r for r in remarks) or "none"))
    elif not any(ln in form.red_lines for ln in ok):
        errs.append("remark at line %s, not at a reduction (lines %s)" % (
            ok, form.red_lines))
    return errs, out + err


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--norm-opt", default=None, help="norm-opt binary (default: build/bin/norm-opt)")
    ap.add_argument("--only", metavar="SUBSTR", help="only the forms whose name contains SUBSTR")
    ap.add_argument("--list", action="store_true", help="list the forms and expectations")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each failure's output")
    ap.add_argument("--dump", metavar="DIR", help="write the forms (and expected.json) to DIR")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()

    norm_opt = a.norm_opt or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "build", "bin", "norm-opt")
    fs = raise_forms.forms(a.seed)
    if a.only:
        fs = [f for f in fs if a.only in f.name]
    if a.list:
        for f in fs:
            e = dict(f.expect)
            print("%-40s %s" % (f.name, " ".join("%s=%s" % kv for kv in sorted(e.items()))))
        return 0
    if a.dump:
        raise_forms.dump(fs, a.dump)

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        def one(f):
            p = os.path.join(tmp, f.name + ".mlir")
            with open(p, "w") as fh:
                fh.write(f.text)
            if f.expect["raised"]:
                return f, check_positive(f, p, norm_opt)
            return f, check_negative(f, p, norm_opt)
        with concurrent.futures.ThreadPoolExecutor(max(1, a.jobs)) as ex:
            for f, (errs, out) in ex.map(one, fs):
                results[f.name] = (f, errs, out)

    # the table: per axis of variation, forms of each spelling that passed
    table = collections.OrderedDict()
    for name in sorted(results):
        f, errs, _ = results[name]
        group = "positive" if f.expect["raised"] else "near miss"
        for ax, val in sorted(f.axes.items()):
            key = (group, ax, str(val))
            p, t = table.get(key, (0, 0))
            table[key] = (p + (not errs), t + 1)
    print("%-10s %-10s %-14s %s" % ("group", "axis", "spelling", "passed/forms"))
    for (group, ax, val), (p, t) in sorted(table.items()):
        print("%-10s %-10s %-14s %d/%d" % (group, ax, val, p, t))

    failed = 0
    for name in sorted(results):
        f, errs, out = results[name]
        if errs:
            failed += 1
            print("FAIL %s: %s" % (name, "; ".join(errs)))
            if a.verbose:
                print("---- form\n%s---- output\n%s----" % (f.text, out))
    passed = len(results) - failed
    pos = [r for r in results.values() if r[0].expect["raised"]]
    neg = [r for r in results.values() if not r[0].expect["raised"]]
    print("positive forms raised as expected: %d/%d; near misses left alone with the remark: %d/%d" % (
        sum(not r[1] for r in pos), len(pos), sum(not r[1] for r in neg), len(neg)))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
