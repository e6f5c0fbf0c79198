#!/usr/bin/env python3
"""Reference values for scatter.physics.ReferenceNodesTest: src/test/resources/scatter/default_nodes.csv.

The incident and scattered field of the default case (-lambda 0.5 -nx 128 -ny 128 -nc 128, the
teaching code's contour) at 25 nodes: the corners, interior nodes, nodes next to the obstacle and
random ones, as computed by reference.py beside this script (float64, scipy.special.hankel1, the
winding-number inside test; nodes inside hold 0). The nodes are those already listed in the file;
this script recomputes their values and rewrites it. Run from the project root:

    python3 src/test/scripts/default_nodes.py
"""
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, '..', 'resources', 'scatter', 'default_nodes.csv')
HEADER = ('# default case: -lambda 0.5 -nx 128 -ny 128 -nc 128, contour x=cos(2*pi*t + 0.5*sin(2*pi*t + 0.9)),'
          ' y=sin(2*pi*t)\n'
          '# float64 values from scipy.special.hankel1; k = j*(nx+1) + i; inside nodes hold 0\n'
          'i,j,k,x,y,inside,incident_re,incident_im,scattered_re,scattered_im\n')


def main():
    nodes = []
    with open(CSV) as f:
        for line in f:
            if not line.startswith('#') and not line.startswith('i,'):
                i, j = line.split(',')[:2]
                nodes.append((int(i), int(j)))
    with tempfile.TemporaryDirectory() as tmp:
        npz = os.path.join(tmp, 'default.npz')
        subprocess.run([sys.executable, os.path.join(HERE, 'reference.py'), '--inside', 'winding', '--npz', npz],
                       check=True)
        d = np.load(npz)
        x, y, inc, scat, inside = d['x'], d['y'], d['incident'], d['scattered'], d['inside']
    with open(CSV, 'w') as f:
        f.write(HEADER)
        for i, j in nodes:
            vals = [x[i], y[j], inc[j, i].real, inc[j, i].imag, scat[j, i].real, scat[j, i].imag]
            f.write('{},{},{},{},{},{},{}\n'.format(i, j, j * len(x) + i, *('%.17g' % v for v in vals[:2]),
                                                   int(inside[j, i]), ','.join('%.17g' % v for v in vals[2:])))
    print('{} nodes -> {}'.format(len(nodes), os.path.normpath(CSV)))


if __name__ == '__main__':
    main()
