"""Reads an exact-model result with h5py and checks that its boundary points are the curve's own
points (x(t_j), y(t_j)), t_j = j/N, evaluated here from the expressions stored in the file's xc and
yc attributes, to 1e-12 of the curve's size (the curve may have been reversed, t -> 1 - t, when its
expressions run clockwise).

Usage: check_boundary.py RESULT.h5
"""
import sys

import h5py
import numpy as np

path = sys.argv[1]
with h5py.File(path, "r") as f:
    a = dict(f.attrs)
    x, y = f["boundary_x"][...], f["boundary_y"][...]


def text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def evaluate(expression, t):
    names = {name: getattr(np, name) for name in ("sin", "cos", "tan", "exp", "log", "sqrt", "sinh", "cosh", "tanh")}
    names.update(pi=np.pi, e=np.e, abs=np.abs, t=t)
    return np.asarray(eval(text(expression).replace("^", "**"), {"__builtins__": {}}, names), float) * np.ones_like(t)


n = len(x)
t = np.arange(n) / n
cx, cy = evaluate(a["xc"], t), evaluate(a["yc"], t)
size = max(np.ptp(cx), np.ptp(cy))
forward = max(np.abs(x - cx).max(), np.abs(y - cy).max()) / size
backward = max(np.abs(x - cx[(-np.arange(n)) % n]).max(), np.abs(y - cy[(-np.arange(n)) % n]).max()) / size
off = min(forward, backward)
assert off < 1e-12, f"{path}: boundary points off the curve by {off:.1e} of its size"
print(f"{path}: {n} boundary points on the curve x(t_j), y(t_j) to {off:.1e} of its size")
