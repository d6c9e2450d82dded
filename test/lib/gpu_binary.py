"""Extracts the kernel objects that gpu-module-to-binary embedded in MLIR.

    python3 gpu_binary.py [--ptxas PTXAS] [FILE]

prints the PTX (format=isa) of every gpu.binary in FILE (stdin by default),
each preceded by a line `// gpu.binary @NAME`; cubins (format=bin) are
reported by size and ELF magic instead of printed. With --ptxas, each PTX
object is assembled for its .target instead and ptxas's resource report
(registers, spills, stack) is printed. MLIR prints the object as
a string attribute whose non-printable bytes are written \\XX (hex).
"""

import os
import re
import subprocess
import sys
import tempfile

_BINARY = re.compile(r'gpu\.binary @(\w+).*?(?:assembly|bin) = "((?:[^"\\]|\\.)*)"', re.S)


def decode(escaped):
    out = bytearray()
    i = 0
    while i < len(escaped):
        c = escaped[i]
        if c == "\\":
            nxt = escaped[i + 1]
            if nxt in '\\"':
                out.append(ord(nxt))
                i += 2
            else:
                out.append(int(escaped[i + 1:i + 3], 16))
                i += 3
        else:
            out.extend(c.encode())
            i += 1
    return bytes(out)


def objects(text):
    return [(m.group(1), decode(m.group(2))) for m in _BINARY.finditer(text)]


def assemble(ptxas, ptx):
    """ptxas -v on one PTX module; returns its report (or exits on error)."""
    target = re.search(r"^\.target\s+(\w+)", ptx, re.M).group(1)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "kernel.ptx")
        with open(source, "w") as f:
            f.write(ptx)
        done = subprocess.run([ptxas, f"-arch={target}", "-v", source, "-o",
                               os.path.join(tmp, "kernel.cubin")],
                              capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: ptxas rejected the PTX:\n{done.stderr}")
    return done.stderr


def main(argv):
    args = argv[1:]
    ptxas = None
    if args[:1] == ["--ptxas"]:
        ptxas, args = args[1], args[2:]
    text = open(args[0]).read() if args else sys.stdin.read()
    found = objects(text)
    if not found:
        print("error: no gpu.binary object found", file=sys.stderr)
        return 1
    for name, data in found:
        print(f"// gpu.binary @{name}")
        if data.startswith(b"\x7fELF"):
            print(f"// ELF object, {len(data)} bytes")
        elif ptxas:
            sys.stdout.write(assemble(ptxas, data.decode()))
        else:
            sys.stdout.write(data.decode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
