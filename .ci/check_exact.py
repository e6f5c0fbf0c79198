"""Reads an exact-model result of the default case (scatter --model exact) with h5py and checks it
against the independent implementation's figures (docs/exact.md): the checksum, the inside count,
the boundary points (on the curve), and the forward far field computed here from the stored
boundary points and density alone.

Usage: check_exact.py RESULT.h5
"""
import sys

import h5py
import numpy as np

CHECKSUM = 4273.050524205765          # docs/exact.md, the independent numpy/scipy implementation
FORWARD = -1.6092020769807536 + 2.0710874041863456j   # f(alpha = 0), the same
path = sys.argv[1]

with h5py.File(path, "r") as f:
    a = dict(f.attrs)
    for key, want in (("model", b"exact"), ("bc", b"hard"), ("inside_test", b"smooth"), ("points", 512)):
        assert a[key] == want, f"{path}: attribute {key} = {a[key]!r}, expected {want!r}"
    assert 0 < a["change"] < 1e-12, a["change"]
    sr, si = f["scattered_re"][...], f["scattered_im"][...]
    checksum = float((sr * sr + si * si).sum())
    assert abs(checksum - CHECKSUM) <= 1e-9 * CHECKSUM, checksum
    assert int(f["inside"][...].sum()) == 1452, f["inside"][...].sum()
    x, y = f["boundary_x"][...], f["boundary_y"][...]
    psi = f["density_re"][...] + 1j * f["density_im"][...]
    assert x.shape == y.shape == psi.shape == (512,), (x.shape, psi.shape)

n = len(x)
t = np.arange(n) / n
phase = 2 * np.pi * t + 0.5 * np.sin(2 * np.pi * t + 0.9)
assert np.abs(x - np.cos(phase)).max() < 1e-13 and np.abs(y - np.sin(2 * np.pi * t)).max() < 1e-13
# z'(s), s = 2 pi t, by hand; f(0) = e^{-i pi/4}/sqrt(8 pi k) sum (2 pi/n) [k n.xhat + k |z'|] e^{-ik x} psi
dx = -np.sin(phase) * (1 + 0.5 * np.cos(2 * np.pi * t + 0.9))
dy = np.cos(2 * np.pi * t)
k = 2 * np.pi / a["lambda"]
f0 = np.exp(-1j * np.pi / 4) / np.sqrt(8 * np.pi * k) * np.sum(
    2 * np.pi / n * (k * dy + k * np.hypot(dx, dy)) * np.exp(-1j * k * x) * psi)
assert abs(f0 - FORWARD) <= 1e-9 * abs(FORWARD), f0
print(f"{path}: checksum {checksum!r}, 1452 inside, 512 boundary points, change {a['change']:.1e}, "
      f"f(0) = {f0:.15g} (off by {abs(f0 - FORWARD) / abs(FORWARD):.1e})")
