#!/usr/bin/env python3
"""Reference fields of the Kirchhoff model with several obstacles, for
scatter.physics.ObstaclesReferenceTest: an independent numpy/scipy implementation (float64,
scipy.special.hankel1), the physics of reference.py (beside this script) applied to each contour
and summed.

Run from the project root:

    python3 src/test/scripts/obstacles_reference.py [CASE ...]

The several-obstacle rule (docs/physics.md): each obstacle is lit by the incident wave on its own,
so the scattered field is the sum over obstacles of reference.py's segment terms of that
obstacle's contour alone. The grid is the teaching code's margins (5 wavelengths on -x, 3 on +x
and -y, 4 on +y) around the bounding box of all the contours' points together. A node is in
obstacle i (numbered from 1) if the winding number of contour i about it is non-zero, or if it is
within 1e-9 of contour i's size of one of its segments (scatter.geometry.Obstacle's boundary
rule); 0 if it is in none.

For each case it writes src/test/resources/scatter/cases/obstacles_<name>.csv with
  - the obstacles' expressions and the inputs,
  - the checksum (sum of |u_scat|^2 over the nodes outside every obstacle),
  - the obstacle number of every node, run-length encoded as value*count words,
  - incident and scattered values at about 40 nodes (corners, nodes next to an obstacle,
    random ones with a fixed seed), written with repr() so they round-trip exactly,
  - the Kirchhoff far field f(theta) at 8 directions, sigma_s (trapezoid rule on 8192 directions)
    and sigma_ext (optical theorem), f being the sum over obstacles of
    (k/4) sqrt(2/(pi k)) e^{-i pi/4} sum_s l_s e^{ik (d - xhat).m_s} [n_s.d - sigma_s n_s.xhat].
"""
import argparse
import os

import numpy as np
from scipy.special import hankel1

BOUNDARY_DISTANCE = 1e-9  # scatter.geometry.Obstacle.BOUNDARY_DISTANCE
SAMPLE_RANDOM = 20
SAMPLE_NEAR = 16
FAR_ANGLES = 8
SIGMA_ANGLES = 8192

DEFAULT_X = 'cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))'
DEFAULT_Y = 'sin(2*pi*t)'

CASES = {
    # the acceptance geometry: a circle of radius 1 and one of radius 0.5
    'two': dict(lmbda=0.5, nx=128, ny=128, nc=128, angle=0.0, obstacles=[
        ('cos(2*pi*t)-1.5', 'sin(2*pi*t)'),
        ('0.5*cos(2*pi*t)+1.2', '0.5*sin(2*pi*t)+0.3')]),
    # three shapes, one traced clockwise, a non-convex star, the wave at an angle, a coarser grid
    'three': dict(lmbda=0.7, nx=100, ny=90, nc=64, angle=30.0, obstacles=[
        (DEFAULT_X, DEFAULT_Y),
        ('(1+0.3*cos(6*pi*t))*cos(2*pi*t)+3', '-(1+0.3*cos(6*pi*t))*sin(2*pi*t)+0.5'),
        ('0.3*cos(2*pi*t)+0.5', '0.3*sin(2*pi*t)+2.2')]),
}


def contour(xc, yc, nc):
    t = np.linspace(0.0, 1.0, nc + 1)
    env = {'t': t, 'cos': np.cos, 'sin': np.sin, 'pi': np.pi, 'abs': abs, 'np': np}
    x = np.asarray(eval(xc, env), dtype=float) * np.ones_like(t)
    y = np.asarray(eval(yc, env), dtype=float) * np.ones_like(t)
    # anticlockwise, as scatter makes it (the inward normal of the Kirchhoff terms)
    area = 0.5 * np.sum(x[:-1] * y[1:] - x[1:] * y[:-1])
    if area < 0:
        x, y = x[::-1].copy(), y[::-1].copy()
    return x, y


def segments(x, y, kvec):
    dx, dy = np.diff(x), np.diff(y)
    ds = np.sqrt(dx * dx + dy * dy)
    mx, my = 0.5 * (x[1:] + x[:-1]), 0.5 * (y[1:] + y[:-1])
    nvx, nvy = -dy / ds, dx / ds
    nk = nvx * kvec[0] + nvy * kvec[1]
    return ds, mx, my, nvx, nvy, nk, np.where(nk > 0, 1.0, -1.0)


def scattered(px, py, x, y, knum, kvec):
    """reference.py's Kirchhoff sum over one contour's segments."""
    ds, mx, my, nvx, nvy, nk, shadow = segments(x, y, kvec)
    inc_m = np.exp(1j * (kvec[0] * mx + kvec[1] * my))
    out = np.zeros(px.shape, complex)
    for c0 in range(0, px.size, 4096):
        sl = slice(c0, c0 + 4096)
        rx = px[sl, None] - mx[None, :]
        ry = py[sl, None] - my[None, :]
        r = np.sqrt(rx * rx + ry * ry)
        g = 0.25j * hankel1(0, knum * r)
        dgdn = -0.25j * hankel1(1, knum * r) * knum * (nvx * rx + nvy * ry) / r
        out[sl] = (-ds * g * (1j * nk * inc_m) + shadow * ds * dgdn * inc_m).sum(axis=1)
    return out


def inside(px, py, x, y):
    """Winding number about each point, plus the boundary rule."""
    ang = np.zeros(px.shape)
    near = np.zeros(px.shape, bool)
    size = max(x.max() - x.min(), y.max() - y.min())
    for s in range(len(x) - 1):
        ax_, ay_ = x[s] - px, y[s] - py
        bx_, by_ = x[s + 1] - px, y[s + 1] - py
        ang += np.arctan2(ax_ * by_ - ay_ * bx_, ax_ * bx_ + ay_ * by_)
        dx, dy = x[s + 1] - x[s], y[s + 1] - y[s]
        rx, ry = px - x[s], py - y[s]
        u = np.clip((dx * rx + dy * ry) / (dx * dx + dy * dy), 0, 1)
        near |= np.hypot(rx - u * dx, ry - u * dy) <= BOUNDARY_DISTANCE * size
    return (np.abs(ang) > np.pi) | near


def far_field(theta, contours, knum, kvec):
    d = kvec / knum
    f = np.zeros(theta.shape, complex)
    for x, y in contours:
        ds, mx, my, nvx, nvy, nk, shadow = segments(x, y, kvec)
        cx, cy = np.cos(theta)[:, None], np.sin(theta)[:, None]
        phase = knum * ((d[0] - cx) * mx + (d[1] - cy) * my)
        factor = ds * (nvx * d[0] + nvy * d[1] - shadow * (nvx * cx + nvy * cy))
        f += (factor * np.exp(1j * phase)).sum(axis=1)
    return 0.25 * knum * np.sqrt(2 / (np.pi * knum)) * np.exp(-0.25j * np.pi) * f


def write_case(name, case, outdir):
    lmbda, nx, ny, nc = case['lmbda'], case['nx'], case['ny'], case['nc']
    knum = 2 * np.pi / lmbda
    th = np.deg2rad(case['angle'])
    kvec = np.array([knum * np.cos(th), knum * np.sin(th)])
    contours = [contour(xc, yc, nc) for xc, yc in case['obstacles']]
    xs = np.concatenate([c[0] for c in contours])
    ys = np.concatenate([c[1] for c in contours])
    xg = np.linspace(xs.min() - 5 * lmbda, xs.max() + 3 * lmbda, nx + 1)
    yg = np.linspace(ys.min() - 3 * lmbda, ys.max() + 4 * lmbda, ny + 1)
    px, py = (a.ravel() for a in np.meshgrid(xg, yg))
    number = np.zeros(px.shape, int)
    for i, (x, y) in enumerate(contours):
        number[(number == 0) & inside(px, py, x, y)] = i + 1
    off = number == 0
    inc = np.exp(1j * (kvec[0] * px + kvec[1] * py))
    scat = np.zeros(px.shape, complex)
    with np.errstate(all='ignore'):
        for x, y in contours:
            scat += scattered(px, py, x, y, knum, kvec)
    assert np.all(np.isfinite(scat[off])), name + ': non-finite reference value off the obstacles'
    checksum = float((scat[off] * np.conj(scat[off])).sum().real)

    nx1, ny1 = nx + 1, ny + 1
    rng = np.random.default_rng(20261207)
    on = ~off
    grid_on = on.reshape(ny1, nx1)
    next_to = np.zeros_like(grid_on)
    next_to[:, 1:] |= grid_on[:, :-1]
    next_to[:, :-1] |= grid_on[:, 1:]
    next_to[1:, :] |= grid_on[:-1, :]
    next_to[:-1, :] |= grid_on[1:, :]
    picks = {0, nx1 - 1, (ny1 - 1) * nx1, ny1 * nx1 - 1}
    picks |= set(rng.choice(np.flatnonzero(next_to.ravel() & off), SAMPLE_NEAR, replace=False).tolist())
    picks |= set(rng.choice(np.flatnonzero(off), SAMPLE_RANDOM, replace=False).tolist())
    picks |= set(rng.choice(np.flatnonzero(on), 4, replace=False).tolist())

    runs, value, count = [], number[0], 0
    for v in number:
        if v == value:
            count += 1
        else:
            runs.append('{}*{}'.format(value, count))
            value, count = v, 1
    runs.append('{}*{}'.format(value, count))

    theta = 2 * np.pi * np.arange(FAR_ANGLES) / FAR_ANGLES
    f = far_field(theta, contours, knum, kvec)
    fs = far_field(2 * np.pi * np.arange(SIGMA_ANGLES) / SIGMA_ANGLES, contours, knum, kvec)
    sigma_s = float(2 * np.pi * np.mean(np.abs(fs) ** 2))
    forward = far_field(np.array([th]), contours, knum, kvec)[0]
    sigma_ext = float(-np.sqrt(8 * np.pi / knum) * (np.exp(0.25j * np.pi) * forward).real)

    path = os.path.join(outdir, 'obstacles_' + name + '.csv')
    with open(path, 'w') as out:
        out.write('# generated by src/test/scripts/obstacles_reference.py: do not edit\n')
        out.write('# lambda: {!r}\n# nx: {}\n# ny: {}\n# nc: {}\n# angle: {!r}\n'.format(lmbda, nx, ny, nc,
                                                                                        case['angle']))
        for i, (xc, yc) in enumerate(case['obstacles']):
            out.write('# xc_{}: {}\n# yc_{}: {}\n'.format(i + 1, xc, i + 1, yc))
        out.write('# checksum: {!r}\n'.format(checksum))
        out.write('# obstacle_nodes: {}\n'.format(int(on.sum())))
        out.write('# obstacle_numbers: ' + ' '.join(runs) + '\n')
        out.write('# far_field: ' + ' '.join('{!r}/{!r}'.format(float(v.real), float(v.imag)) for v in f) + '\n')
        out.write('# sigma_s: {!r}\n# sigma_ext: {!r}\n'.format(sigma_s, sigma_ext))
        out.write('i,j,k,x,y,obstacle,incident_re,incident_im,scattered_re,scattered_im\n')
        for k in sorted(picks):
            vals = [0.0] * 4 if on[k] else [inc[k].real, inc[k].imag, scat[k].real, scat[k].imag]
            out.write('{},{},{},{!r},{!r},{},{!r},{!r},{!r},{!r}\n'.format(
                k % nx1, k // nx1, k, float(px[k]), float(py[k]), int(number[k]), *map(float, vals)))
    print('{}: checksum {!r}, {} nodes in obstacles {}, sigma_s {!r}, sigma_ext {!r} -> {}'.format(
        name, checksum, int(on.sum()), [int((number == i + 1).sum()) for i in range(len(contours))], sigma_s,
        sigma_ext, path))


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', default=os.path.join(root, 'src', 'test', 'resources', 'scatter', 'cases'))
    ap.add_argument('cases', nargs='*', default=list(CASES))
    a = ap.parse_args()
    for name in a.cases:
        write_case(name, CASES[name], a.out)


if __name__ == '__main__':
    main()
