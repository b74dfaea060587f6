#!/usr/bin/env python3
"""Draws the two Teams app icons for 督办助手 with nothing but the standard library.

color.png   192x192  a red seal (印章-like rounded square with an inner frame) and a white check mark
outline.png  32x32   the same emblem as white strokes on a transparent background

The shapes are described as signed-distance tests and rendered with 4x4 supersampling, so the
edges are smooth without an imaging library (the build has no network for pip).
Run: python3 manifest/draw-icons.py   (writes next to this script)
"""
import math
import os
import struct
import zlib

SEAL_RED = (200, 22, 29)      # 中国红-like; reads well on Teams' light and dark themes
WHITE = (255, 255, 255)
SUPERSAMPLE = 4


def rounded_rect_distance(x, y, cx, cy, half, radius):
    """Signed distance to a rounded square centred at (cx, cy); negative inside."""
    qx = abs(x - cx) - (half - radius)
    qy = abs(y - cy) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def segment_distance(x, y, ax, ay, bx, by):
    """Distance from (x, y) to the segment a-b."""
    dx, dy = bx - ax, by - ay
    t = ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def check_mark_distance(x, y, size):
    """A check mark drawn as two thick strokes meeting at the bottom, scaled to the icon size."""
    s = size / 192.0
    short = segment_distance(x, y, 58 * s, 100 * s, 84 * s, 128 * s)
    long = segment_distance(x, y, 84 * s, 128 * s, 136 * s, 68 * s)
    return min(short, long)


def coverage(size, inside):
    """Fraction of each pixel covered by the shape `inside(x, y)`, via supersampling."""
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(n):
                for sx in range(n):
                    if inside(px + (sx + 0.5) / n, py + (sy + 0.5) / n):
                        hits += 1
            row.append(hits / (n * n))
        rows.append(row)
    return rows


def write_png(path, size, pixels):
    """pixels: rows of (r, g, b, a) tuples; writes an 8-bit RGBA PNG."""
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", header))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def draw_color(path):
    size = 192
    c = size / 2
    # The seal fills the icon edge to edge: Teams masks it, and a margin would make it look small.
    seal = coverage(size, lambda x, y: rounded_rect_distance(x, y, c, c, 96, 30) <= 0)
    # The thin inner frame is what makes a red square read as a seal (印章) rather than a button.
    frame = coverage(size, lambda x, y: abs(rounded_rect_distance(x, y, c, c, 78, 18)) <= 3.5)
    check = coverage(size, lambda x, y: check_mark_distance(x, y, size) <= 11)
    pixels = []
    for py in range(size):
        row = []
        for px in range(size):
            white = max(frame[py][px], check[py][px])
            rgb = tuple(round(SEAL_RED[i] * (1 - white) + WHITE[i] * white) for i in range(3))
            row.append(rgb + (round(255 * seal[py][px]),))
        pixels.append(row)
    write_png(path, size, pixels)


def draw_outline(path):
    size = 32
    c = size / 2
    # Teams tints the outline icon itself; it must be pure white on transparency.
    frame = coverage(size, lambda x, y: abs(rounded_rect_distance(x, y, c, c, 14, 4)) <= 1.25)
    check = coverage(size, lambda x, y: check_mark_distance(x, y, size) <= 2.0)
    pixels = [
        [WHITE + (round(255 * max(frame[py][px], check[py][px])),) for px in range(size)]
        for py in range(size)
    ]
    write_png(path, size, pixels)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    draw_color(os.path.join(here, "color.png"))
    draw_outline(os.path.join(here, "outline.png"))
    print("wrote color.png (192x192) and outline.png (32x32) in", here)
