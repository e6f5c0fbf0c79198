"""Checks the far field scatter writes, with independent readers: h5py for the HDF5 result's
far-field datasets and attributes, the CSV module for --far-field's table, and a PNG decoder made of
zlib and the PNG specification for the pictures (every chunk's CRC, the image data inflated to the
size its header promises).

Usage: check_farfield.py EXACT.h5 FF.csv KIRCHHOFF.h5 PICTURE.png...
EXACT.h5 and FF.csv: `scatter --model exact --far-field FF.csv -o EXACT.h5` of the default case;
KIRCHHOFF.h5: the default case's Kirchhoff result.
"""
import csv
import struct
import sys
import zlib

import h5py
import numpy as np

SIGMA_S = 3.680289481167096                              # docs/exact.md, the independent implementation
FORWARD = -1.6092020769807536 + 2.0710874041863456j      # f(alpha = 0), the same
exact_h5, ff_csv, kirchhoff_h5, *pictures = sys.argv[1:]


def far_field(path):
    with h5py.File(path, "r") as f:
        angle = f["far_field_angle_deg"][...]
        far = f["far_field_re"][...] + 1j * f["far_field_im"][...]
        attrs = {k: float(f.attrs[k]) for k in ("sigma_s", "sigma_ext", "optical_theorem_residual")}
    assert angle.shape == far.shape == (360,), (path, angle.shape, far.shape)
    assert np.array_equal(angle, np.arange(360.0)), f"{path}: directions not 0, 1, ..., 359 degrees"
    return far, attrs


far, a = far_field(exact_h5)
assert abs(far[0] - FORWARD) <= 1e-9 * abs(FORWARD), far[0]
assert abs(a["sigma_s"] - SIGMA_S) <= 1e-9 * SIGMA_S, a
assert abs(a["optical_theorem_residual"]) < 1e-10, a
# sigma_s from the 360 stored directions alone (the trapezoid rule is exact once there are enough)
assert abs(2 * np.pi * np.mean(abs(far) ** 2) - SIGMA_S) <= 1e-9 * SIGMA_S
with open(ff_csv, newline="") as f:
    rows = list(csv.reader(f))
assert rows[0] == ["angle_deg", "f_re", "f_im", "f_abs2", "echo_width", "echo_width_db"], rows[0]
assert len(rows) == 361, len(rows)
table = np.array([[float(v) for v in r] for r in rows[1:]])
assert np.array_equal(table[:, 1] + 1j * table[:, 2], far), "the CSV and the HDF5 result differ"
print(f"{exact_h5}: f(0) = {far[0]:.15g}, sigma_s {a['sigma_s']!r}, residual {a['optical_theorem_residual']:.1e};"
      f" {ff_csv}: 360 rows, the same f")

far, a = far_field(kirchhoff_h5)
assert abs(far[0] - (-2 + 2j)) < 1e-12, far[0]               # the shadow's forward amplitude
assert abs(a["sigma_ext"] - 4) < 1e-12 and abs(a["sigma_s"] - 4.0751) < 5e-5, a
print(f"{kirchhoff_h5}: Kirchhoff f(0) = {far[0]:.15g}, sigma_s {a['sigma_s']:.6g}, "
      f"residual {a['optical_theorem_residual']:.4f}")

CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
for path in pictures:
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG file"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"{path}: chunk {kind} damaged"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
        if kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    assert interlace == 0 and depth == 8, header
    pixels = zlib.decompress(idat)
    assert len(pixels) == height * (1 + width * CHANNELS[colour]), (path, len(pixels))
    assert width >= 800 and height >= 500, (path, width, height)
    print(f"{path}: PNG {width} x {height}, decoded")
