#!/usr/bin/env python3
"""u_s at every grid node of several circular cylinders (the multipole method of multipole.py:
P. A. Martin, Multiple Scattering, Cambridge 2006, ch. 4), for the cases two_hard, two_soft and
three_short_hard of multipole_reference.py, whose case definitions, grid, inside rule and number
format this script reuses (multi_cases.csv samples about 60 nodes per case; this file holds them all).

Run from the project root:

    python3 src/test/scripts/multipole_grid.py

It writes src/test/resources/scatter/exact/multi_grid.csv; rerunning it reproduces the file byte
for byte (one BLAS thread, as multipole_reference.py sets). The values are the ones whose sum of
|u_s|^2 is multi_cases.csv's checksum.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import multipole_reference as ref  # noqa: E402  (sets one BLAS thread before numpy is imported)

import math  # noqa: E402

import numpy as np  # noqa: E402

import multipole  # noqa: E402

GRID_CASES = ['two_hard', 'two_soft', 'three_short_hard']


def case_grid(case):
    """Rows (case, i, j, inside, us_re, us_im) for every node, and the checksum over them."""
    name, bc, circles, lam, angle = case
    k = 2 * np.pi / lam
    exprs = [ref.contour(cx, cy, a) for cx, cy, a in circles]
    cyl = multipole.Cylinders(circles, k)
    # the incidence angles of multipole_reference.py (its reciprocity checks too): the same solve, the same digits
    alpha = math.radians(angle)
    sol = multipole.Solution(cyl, bc, [alpha] + [math.radians(d) + math.pi for d in ref.RECIPROCITY_DEG])
    _, _, P = ref.grid(exprs, lam)
    dist = ref.distances(P, cyl)
    inside = ((dist - ref.INSIDE_TOL * 2 * cyl.a[:, None]) < 0).any(axis=0)
    outside = np.flatnonzero(~inside)
    us = np.zeros(P.size, complex)
    us[outside] = sol.field(P[outside])
    nx1 = ref.NX + 1
    rows = [[name, p % nx1, p // nx1, int(inside[p]), ref.num(us[p].real), ref.num(us[p].imag)]
            for p in range(P.size)]
    checksum = float(np.sum(np.abs(us) ** 2))
    ref.log('  %-16s inside %5d checksum %r max |u_s| %r' % (name, inside.sum(), checksum, float(np.abs(us).max())))
    return rows


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    path = os.path.join(root, 'src', 'test', 'resources', 'scatter', 'exact', 'multi_grid.csv')
    cases = {c[0]: c for c in ref.CASES}
    rows = [r for name in GRID_CASES for r in case_grid(cases[name])]
    header = ref.HEADER.replace('multipole_reference.py', 'multipole_grid.py')
    with open(path, 'w', newline='') as f:
        f.write(header)
        f.write('# cases two_hard, two_soft, three_short_hard of multi_cases.csv (obstacles in multi_obstacles.csv);'
                ' grid: nx = ny = nc = 128, bounds from all obstacles\' nc + 1 contour samples as in'
                ' scatter.geometry.Grid; node index j * (nx + 1) + i, x_i = x_min + (x_max - x_min) i / nx\n')
        f.write('# every node; inside = 1 where |x - c_m| - a_m < 1e-9 * 2 a_m for some obstacle m (u_s = 0'
                ' there); the sum of |u_s|^2 over a case is its checksum in multi_cases.csv\n')
        f.write('case,i,j,inside,us_re,us_im\n')
        for r in rows:
            f.write(','.join(map(str, r)) + '\n')
    ref.log('wrote %s (%d rows, %d bytes)' % (os.path.relpath(path), len(rows), os.path.getsize(path)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
