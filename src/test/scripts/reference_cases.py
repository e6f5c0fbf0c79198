#!/usr/bin/env python3
"""Reference fields for scatter.physics.ReferenceCasesTest, from the independent numpy/scipy
implementation reference.py beside this script (float64, scipy.special.hankel1).

Run from the project root:

    python3 src/test/scripts/reference_cases.py [CASE ...]

For each case it runs reference.py with --inside winding and --npz, and writes
src/test/resources/scatter/cases/<name>.csv with
  - the reference.py command line,
  - the checksum (sum of |u_scat|^2 over the nodes off the obstacle) and the number of nodes on
    the obstacle,
  - the obstacle mask of every node, run-length encoded (alternating runs of 0 and 1, starting
    with 0; flat index k = j*(nx+1) + i),
  - incident and scattered values at about 40 nodes: the corners, nodes next to the obstacle
    and random ones (fixed seed), written with repr() so they round-trip exactly.

"On the obstacle" is reference.py's winding-number inside test plus the boundary rule of
scatter.geometry.Obstacle: nodes within 1e-9 of the contour's size of a contour segment
(computed here in float64 with numpy). reference.py itself returns inf or NaN at nodes that are
exactly on a segment midpoint; those nodes are on the obstacle and are not compared.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

import numpy as np

STAR_X = '(1+0.3*cos(6*pi*t))*cos(2*pi*t)'
STAR_Y = '(1+0.3*cos(6*pi*t))*sin(2*pi*t)'
DEFAULT_X = 'cos(2*pi*t + 0.5*sin(2*pi*t + 0.9))'
DEFAULT_Y = 'sin(2*pi*t)'

# name -> reference.py options (besides --inside winding --npz)
CASES = {
    # the default case with the wave turned; grid margins as in the teaching code
    'angle30': ['-angle', '30'],
    'angle135': ['-angle', '135'],
    # a non-convex obstacle: the teaching code's inside test gets it wrong
    'star': ['-xc', STAR_X, '-yc', STAR_Y],
    # the default obstacle's points in the opposite order, t -> 1 - t: the test gives scatter the
    # clockwise form (-yc '-sin(2*pi*t)'), which it must reverse into this anticlockwise one
    'clockwise': ['-xc', 'cos(2*pi*(1-t) + 0.5*sin(2*pi*(1-t) + 0.9))', '-yc', 'sin(2*pi*(t-1))'],
    # a diamond |x| + |y| = 1 of 8 segments on a grid of spacing 0.25: grid nodes fall exactly on
    # every vertex and every segment midpoint (lambda 0.5 puts xmin at -3.5, ymin at -2.5)
    'diamond': ['-lambda', '0.5', '-nx', '24', '-ny', '22', '-nc', '8',
                '-xc', 'abs(4*t-2)-1', '-yc', 'abs(2-abs(4*t-1))-1'],
}

BOUNDARY_DISTANCE = 1e-9  # scatter.geometry.Obstacle.BOUNDARY_DISTANCE
SAMPLE_RANDOM = 20
SAMPLE_NEAR = 16


def contour(args):
    """The contour points as reference.py samples them."""
    opts = dict(zip(args[::2], args[1::2]))
    nc = int(opts.get('-nc', 128))
    t = np.linspace(0.0, 1.0, nc + 1)
    env = {'t': t, 'cos': np.cos, 'sin': np.sin, 'pi': np.pi, 'abs': abs, 'np': np}
    xc = np.asarray(eval(opts.get('-xc', DEFAULT_X), env), dtype=float) * np.ones_like(t)
    yc = np.asarray(eval(opts.get('-yc', DEFAULT_Y), env), dtype=float) * np.ones_like(t)
    return xc, yc


def near_contour(px, py, xc, yc):
    """Nodes within BOUNDARY_DISTANCE * size of a segment."""
    size = max(xc.max() - xc.min(), yc.max() - yc.min())
    near = np.zeros(px.shape, bool)
    for s in range(len(xc) - 1):
        dx, dy = xc[s + 1] - xc[s], yc[s + 1] - yc[s]
        rx, ry = px - xc[s], py - yc[s]
        length2 = dx * dx + dy * dy
        u = np.clip((dx * rx + dy * ry) / length2, 0, 1) if length2 > 0 else 0 * px
        near |= np.hypot(rx - u * dx, ry - u * dy) <= BOUNDARY_DISTANCE * size
    return near


def runs(mask):
    """Alternating run lengths of 0 and 1, starting with 0."""
    out, current, count = [], False, 0
    for v in mask:
        if bool(v) == current:
            count += 1
        else:
            out.append(count)
            current, count = bool(v), 1
    out.append(count)
    return out


def write_case(name, args, reference, outdir):
    with tempfile.TemporaryDirectory() as tmp:
        npz = os.path.join(tmp, name + '.npz')
        cmd = [sys.executable, reference] + args + ['--inside', 'winding', '--npz', npz]
        with np.errstate(all='ignore'):
            printed = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        d = np.load(npz)
        x, y = d['x'], d['y']
        inc, scat, inside = d['incident'].ravel(), d['scattered'].ravel(), d['inside'].ravel()
    nx1 = len(x)
    px, py = np.meshgrid(x, y)
    px, py = px.ravel(), py.ravel()
    xc, yc = contour(args)
    on = inside | near_contour(px, py, xc, yc)
    off = ~on
    assert np.all(np.isfinite(scat[off])), name + ': non-finite reference value off the obstacle'
    checksum = float((scat[off] * np.conj(scat[off])).sum().real)

    rng = np.random.default_rng(20240607)
    ny1 = len(y)
    corners = [0, nx1 - 1, (ny1 - 1) * nx1, ny1 * nx1 - 1]
    grid_on = on.reshape(ny1, nx1)
    next_to = np.zeros_like(grid_on)
    next_to[:, 1:] |= grid_on[:, :-1]
    next_to[:, :-1] |= grid_on[:, 1:]
    next_to[1:, :] |= grid_on[:-1, :]
    next_to[:-1, :] |= grid_on[1:, :]
    near_nodes = np.flatnonzero(next_to.ravel() & off)
    inside_nodes = np.flatnonzero(on)
    picks = set(corners)
    picks |= set(rng.choice(near_nodes, min(SAMPLE_NEAR, len(near_nodes)), replace=False).tolist())
    picks |= set(rng.choice(np.flatnonzero(off), SAMPLE_RANDOM, replace=False).tolist())
    picks |= set(rng.choice(inside_nodes, min(4, len(inside_nodes)), replace=False).tolist())

    path = os.path.join(outdir, name + '.csv')
    with open(path, 'w') as f:
        f.write('# generated by src/test/scripts/reference_cases.py: do not edit\n')
        f.write('# command: reference.py ' + ' '.join(shlex.quote(a) for a in args + ['--inside', 'winding']) + '\n')
        f.write('# reference.py printed: ' + ' | '.join(printed.strip().splitlines()) + '\n')
        f.write('# nx1: {}\n# ny1: {}\n'.format(nx1, ny1))
        f.write('# checksum: {!r}\n'.format(checksum))
        f.write('# obstacle_nodes: {}\n'.format(int(on.sum())))
        f.write('# obstacle_runs: ' + ' '.join(str(r) for r in runs(on)) + '\n')
        f.write('i,j,k,x,y,obstacle,incident_re,incident_im,scattered_re,scattered_im\n')
        for k in sorted(picks):
            i, j = k % nx1, k // nx1
            zero = on[k]
            vals = [0.0] * 4 if zero else [inc[k].real, inc[k].imag, scat[k].real, scat[k].imag]
            f.write('{},{},{},{!r},{!r},{},{!r},{!r},{!r},{!r}\n'.format(
                i, j, k, float(px[k]), float(py[k]), int(zero), *map(float, vals)))
    print('{}: checksum {!r}, {} on the obstacle ({} by winding number), {} sample nodes -> {}'.format(
        name, checksum, int(on.sum()), int(inside.sum()), len(picks), path))


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--reference', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'reference.py'))
    ap.add_argument('--out', default=os.path.join(root, 'src', 'test', 'resources', 'scatter', 'cases'))
    ap.add_argument('cases', nargs='*', default=list(CASES))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name in a.cases:
        write_case(name, CASES[name], a.reference, a.out)


if __name__ == '__main__':
    main()
