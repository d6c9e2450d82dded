"""Extracts the kernel objects that gpu-module-to-binary embedded in MLIR.

    python3 gpu_binary.py [--index N] [FILE]

prints the PTX (format=isa) of every gpu.binary in FILE (stdin by default),
each preceded by a line `// gpu.binary @NAME`; cubins (format=bin) are
reported by size and ELF magic instead of printed. MLIR prints the object as
a string attribute whose non-printable bytes are written \\XX (hex).
"""

import re
import sys

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


def main(argv):
    path = argv[-1] if len(argv) > 1 and not argv[-1].startswith("-") else None
    text = open(path).read() if path else sys.stdin.read()
    found = objects(text)
    if not found:
        print("error: no gpu.binary object found", file=sys.stderr)
        return 1
    for name, data in found:
        print(f"// gpu.binary @{name}")
        if data.startswith(b"\x7fELF"):
            print(f"// ELF object, {len(data)} bytes")
        else:
            sys.stdout.write(data.decode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
