#!/usr/bin/env python3
"""Regenerates the demo event banners (pure Python: zlib PNG). The PNGs are committed; this
documents how they were made. Each is a diagonal two-colour gradient with soft circles."""
import math, os, random, struct, zlib

W, H = 480, 270
THEMES = {
    "tech": ((15, 32, 39), (44, 83, 100)), "music": ((66, 39, 90), (115, 75, 109)),
    "sport": ((19, 78, 94), (113, 178, 128)), "food": ((192, 72, 72), (72, 0, 72)),
    "business": ((31, 28, 44), (146, 141, 171)), "film": ((10, 10, 10), (67, 67, 67)),
    "family": ((247, 151, 30), (255, 210, 0)), "outdoor": ((86, 171, 47), (168, 224, 99)),
    "art": ((142, 45, 226), (74, 0, 224)), "science": ((0, 180, 219), (0, 131, 176)),
}

def png(path, rows):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def banner(name, a, b, seed):
    rnd = random.Random(seed)
    circles = [(rnd.uniform(0, W), rnd.uniform(0, H), rnd.uniform(20, 90), rnd.uniform(0.08, 0.22))
               for _ in range(9)]
    rows = []
    for y in range(H):
        row = []
        for x in range(W):
            t = (x / W + y / H) / 2
            c = [a[i] + (b[i] - a[i]) * t for i in range(3)]
            for cx, cy, r, alpha in circles:
                d = math.hypot(x - cx, y - cy)
                if d < r:
                    k = alpha * (1 - (d / r) ** 4)
                    c = [v + (255 - v) * k for v in c]
            row += [int(v) // 4 * 4 for v in c]  # posterised a little: much smaller files
        rows.append(row)
    png(os.path.join(os.path.dirname(os.path.abspath(__file__)), "images", name + ".png"), rows)

for i, (name, (a, b)) in enumerate(sorted(THEMES.items())):
    banner(name, a, b, i)
