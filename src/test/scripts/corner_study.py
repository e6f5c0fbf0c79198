#!/usr/bin/env python3
"""Which boundary integral formulation converges on a contour with corners, and how fast: a float64
study on polygons with Kress's graded mesh, checked against an interior source (docs/exact.md,
"Corners").

Run from the project root (about two minutes on one core):

    python3 src/test/scripts/corner_study.py [--quick]

It prints tables and writes nothing. Each case puts a line source at x0 inside the polygon, feeds
the boundary data of u_s = H0(k|x - x0|) to the solver as its incident field, and reports the
largest error of the computed u_s at four points 1 to 3 sizes away, relative to the largest exact
value: the exact solution is known, so no reference solver is needed.

Discretisation (R. Kress, A Nystrom method for boundary integral equations in domains with
corners, Numer. Math. 58 (1990) 145-161; Colton & Kress, Inverse Acoustic and Electromagnetic
Scattering Theory, 3rd ed. 2013, section 3.6): the m sides are mapped to equal parameter intervals
of [0, 2 pi) and, on each, the local parameter tau in [0, 1] is graded by
  g(tau) = v(tau)^p / (v(tau)^p + v(1 - tau)^p),
  v(tau) = (1/p - 1/2)(1 - 2 tau)^3 + (1/p)(2 tau - 1) + 1/2 = tau [(3 - 4/p) + tau ((12/p - 6) + tau (4 - 8/p))],
so that z and its derivatives vanish to order p - 1 at the corners. Nodes s_j = pi j/n
(2n = m * nper), corners on nodes; a corner node has weight zero (|z'| = 0) and is left out of the
system, as in Kress 1990. Positions near a corner are kept as offsets from it (z - corner =
g(tau) E or -(1 - g(tau)) E for the side E), so that the differences of nodes 1e-30 apart are
exact. The derivatives of g come from mpmath (numerical differentiation at 60 digits).

Formulations, with the operators of docs/exact.md (S, K, K', T with the factor 2):
  soft:  phi + K phi - i eta S phi = -2 u_inc (the exact model's, Kress's log-split quadrature);
  hard:  T phi - i eta K' phi + i eta phi = -2 du_inc/dnu (the exact model's, Kress 1995's
         quadrature for the hypersingular T);
  hard-reg: the single-layer ansatz with a regularised double layer,
         u_s = SL phi + i eta DL(S_rho phi), S_rho the Laplace single layer with kernel
         -(1/pi) ln(|x - y|/rho), rho = 4 R0 (positive definite: rho beyond the capacity), giving
         (K' - I) phi + i eta [ (T - T_0) S_rho + K_0'^2 - I ] phi = -2 du_inc/dnu
         (Calderon: T_0 S_0 = K_0'^2 - I, and T_0 kills the constant that rho adds). T - T_0 has
         only a logarithmic singularity, so every operator here is of the second kind on a
         Lipschitz boundary, with no hypersingular quadrature; uniquely solvable for every k > 0
         (R. Kress, Q. J. Mech. Appl. Math. 38 (1985) 323-341; O. Steinbach & W. Wendland,
         J. Math. Anal. Appl. 264 (2001) 290-304).
"""
import argparse
import os

os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')
os.environ.setdefault('OMP_NUM_THREADS', '1')

import mpmath as mp  # noqa: E402
import numpy as np  # noqa: E402
from scipy.special import digamma, factorial, hankel1, j0, j1, y0, y1  # noqa: E402

from exact_bie import EULER, hard_diagonal_h2, kress_weights  # noqa: E402

mp.mp.dps = 60

SHAPES = {
    'square': (np.array([-1 - 1j, 1 - 1j, 1 + 1j, -1 + 1j]), 0.1 + 0.05j),
    'L': (np.array([0, 2, 2 + 1j, 1 + 1j, 1 + 2j, 2j]) - (0.5 + 0.5j), -0.2 - 0.25j),
}
POINTS = np.array([3 + 0.2j, -2.5 + 1.7j, 0.3 - 3j, 1.9 + 1.9j])


def grading(p, nper):
    """g, 1 - g and g', g'', g''' at tau = j/nper, j = 0..nper-1."""
    def v(t):
        return t * ((3 - mp.mpf(4) / p) + t * ((mp.mpf(12) / p - 6) + t * (4 - mp.mpf(8) / p)))

    def g(t):
        return v(t) ** p / (v(t) ** p + v(1 - t) ** p)

    def h(t):
        return v(1 - t) ** p / (v(t) ** p + v(1 - t) ** p)

    out = np.zeros((5, nper))
    for j in range(nper):
        t = mp.mpf(j) / nper
        out[0, j] = float(g(t))
        out[1, j] = float(h(t))
        for d in (1, 2, 3):
            out[1 + d, j] = float(mp.diff(g, t, d)) if j > 0 else 0.0
    return out


def geometry(V, p, nper):
    """Nodes of the graded polygon: z, z', z'', z''', the vertex each is kept relative to, the offset."""
    m = len(V)
    H = 2 * np.pi / m
    G = grading(p, nper)
    z, zp, zpp, zppp, ref, off = [], [], [], [], [], []
    for a in range(m):
        E = V[(a + 1) % m] - V[a]
        for j in range(nper):
            if 2 * j < nper:
                ref.append(a)
                off.append(G[0, j] * E)
            else:
                ref.append((a + 1) % m)
                off.append(-G[1, j] * E)
            z.append(V[ref[-1]] + off[-1])
            zp.append(G[2, j] * E / H)
            zpp.append(G[3, j] * E / H ** 2)
            zppp.append(G[4, j] * E / H ** 3)
    return tuple(np.array(a) for a in (z, zp, zpp, zppp, ref, off))


def y1_regular(x):
    """Y1(x) + 2/(pi x), by its series below x = 0.5 (DLMF 10.8.1), where the difference cancels."""
    out = y1(x) + 2 / (np.pi * x)
    small = x < 0.5
    xs = x[small]
    acc = np.zeros_like(xs)
    for m in range(14):
        acc += (digamma(m + 1) + digamma(m + 2)) * (-xs * xs / 4) ** m * (xs / 2) / (factorial(m) * factorial(m + 1))
    out[small] = (2 / np.pi) * j1(xs) * np.log(xs / 2) - acc / np.pi
    return out


class Graded:
    """Every kernel matrix on the graded polygon (corner nodes dropped), with Kress's weights."""

    def __init__(self, V, p, nper, k):
        z, zp, zpp, zppp, ref, off = geometry(V, p, nper)
        N = len(z)
        n = N // 2
        self.n, self.k = n, k
        R, T = kress_weights(n)
        i, j = np.indices((N, N))
        q = (i - j) % N
        qsym = np.where(np.arange(N) > n, np.arange(N) - N, np.arange(N))
        d = np.where(ref[:, None] == ref[None, :], off[:, None] - off[None, :], z[:, None] - z[None, :])
        keep = np.abs(zp) > 0
        sel = np.ix_(keep, keep)
        self.z, self.zp = z[keep], zp[keep]
        zpp, zppp = zpp[keep], zppp[keep]
        d, q = d[sel], q[sel]
        diag = q == 0
        sp = np.abs(self.zp)
        nrm = -1j * self.zp
        r = np.abs(d)
        r[diag] = 1.0
        kr = k * r
        J0, J1, Y0, Y1 = j0(kr), j1(kr), y0(kr), y1(kr)
        sin_half = np.sin(qsym * np.pi / (2 * n))[q]
        sin_half[diag] = 1.0
        lg = np.log(4 * sin_half ** 2)
        Rm, w = R[q], np.pi / n
        cross = (np.conj(self.zp) * zpp).imag
        dns = (np.conj(d) * nrm[:, None]).real
        dnt = (np.conj(d) * nrm[None, :]).real
        nn = (np.conj(nrm[:, None]) * nrm[None, :]).real
        ratio = sp[None, :] / sp[:, None]
        H0, H1 = J0 + 1j * Y0, J1 + 1j * Y1
        # S and K
        M1 = -(1 / (2 * np.pi)) * J0 * sp[None, :]
        M2 = 0.5j * H0 * sp[None, :] - M1 * lg
        M1[diag] = -(1 / (2 * np.pi)) * sp
        M2[diag] = (0.5j - EULER / np.pi - np.log(k * sp / 2) / np.pi) * sp
        self.S = Rm * M1 + w * M2
        L1 = -(k / (2 * np.pi)) * dnt * J1 / r
        L2 = 0.5j * k * dnt * H1 / r - L1 * lg
        L1[diag] = 0.0
        L2[diag] = -cross / (2 * np.pi * sp ** 2)
        self.K = Rm * L1 + w * L2
        # K'
        Lp1 = (k / (2 * np.pi)) * dns * J1 / r * ratio
        Lp2 = -0.5j * k * dns * H1 / r * ratio - Lp1 * lg
        Lp1[diag] = 0.0
        Lp2[diag] = -cross / (2 * np.pi * sp ** 2)
        self.Kp = Rm * Lp1 + w * Lp2
        # T (Kress 1995), per |z'(s)|
        Hl = -(1 / (2 * np.pi)) * (k * (k * J0 - 2 * J1 / r) * dns * dnt / r ** 2 + k * J1 / r * nn)
        Hk = 0.5j * (k * (k * H0 - 2 * H1 / r) * dns * dnt / r ** 2 + k * H1 / r * nn)
        H2 = Hk - 1 / (4 * np.pi * sin_half ** 2) - Hl * lg
        Hl[diag] = -k * k * sp ** 2 / (4 * np.pi)
        H2[diag] = hard_diagonal_h2(self.zp, zpp, zppp, k)
        self.T = (T[q] + Rm * Hl + w * H2) / sp[:, None]
        # T - T_0: (i/2) k^2 {[H0(x) - 2 H1(x)/x - 4i/(pi x^2)] (d.n(s))(d.n(sigma))/r^2 + [H1(x)/x + 2i/(pi x^2)] n.n}
        h1x = (J1 + 1j * y1_regular(kr)) / kr
        Hd = 0.5j * k * k * ((H0 - 2 * h1x) * dns * dnt / r ** 2 + h1x * nn)
        Hd2 = Hd - Hl * lg
        Hd2[diag] = 0.25j * k * k * sp ** 2 - (k * k * sp ** 2 / (2 * np.pi)) * (np.log(k * sp / 2) + EULER - 0.5)
        self.Td = (Rm * Hl + w * Hd2) / sp[:, None]
        # Laplace K_0' and S_rho
        rho = 4 * np.abs(V - V.mean()).max()
        K0 = -(1 / np.pi) * dns / r ** 2 * ratio
        K0[diag] = -cross / (2 * np.pi * sp ** 2)
        self.K0p = w * K0
        N1 = -(1 / (2 * np.pi)) * sp[None, :] * np.ones_like(r)
        N2 = -(1 / (2 * np.pi)) * np.log(r ** 2 / (rho ** 2 * 4 * sin_half ** 2)) * sp[None, :]
        N2[diag] = -(1 / np.pi) * np.log(sp / rho) * sp
        self.Srho = Rm * N1 + w * N2

    def solve(self, formulation, x0, eta):
        """u_s at POINTS for the interior source at x0."""
        k, z, zp = self.k, self.z, self.zp
        I = np.eye(len(z))
        rel = z - x0
        rho = np.abs(rel)
        nu = -1j * zp / np.abs(zp)
        u = hankel1(0, k * rho)
        du = -k * hankel1(1, k * rho) * (np.conj(rel) * nu).real / rho
        if formulation == 'soft':
            phi = np.linalg.solve(I + self.K - 1j * eta * self.S, 2 * u)
            return self.field(phi, None, eta, combined=True)
        if formulation == 'hard':
            phi = np.linalg.solve(self.T - 1j * eta * self.Kp + 1j * eta * I, 2 * du)
            return self.field(phi, None, eta, combined=True)
        A = (self.Kp - I) + 1j * eta * (self.Td @ self.Srho + self.K0p @ self.K0p - I)
        phi = np.linalg.solve(A, 2 * du)
        return self.field(phi, self.Srho @ phi, eta, combined=False)

    def field(self, phi, chi, eta, combined):
        """Combined: u_s = DL phi - i eta SL phi; else u_s = SL phi + i eta DL chi (trapezoid rule)."""
        k, z, zp = self.k, self.z, self.zp
        rel = POINTS[:, None] - z[None, :]
        r = np.abs(rel)
        dn = (np.conj(rel) * (-1j * zp)).real
        dl = 0.25j * k * hankel1(1, k * r) * dn / r
        sl = 0.25j * hankel1(0, k * r) * np.abs(zp)
        if combined:
            return ((dl - 1j * eta * sl) * phi).sum(axis=1) * np.pi / self.n
        return (sl * phi + 1j * eta * dl * chi).sum(axis=1) * np.pi / self.n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--quick', action='store_true', help='the square at p = 8 only')
    args = ap.parse_args()
    lam = 0.5
    k = 2 * np.pi / lam
    grades = (8,) if args.quick else (8, 12)
    shapes = ('square',) if args.quick else ('square', 'L')
    for shape in shapes:
        V, x0 = SHAPES[shape]
        exact = hankel1(0, k * np.abs(POINTS - x0))
        scale = np.abs(exact).max()
        print('\n%s, lambda %g, source at %s: error of u_s at 4 points, relative to max |u_s|' % (shape, lam, x0))
        print('| p | points per side | soft | hard (hypersingular) | hard (regularised) |')
        print('|---|---:|---:|---:|---:|')
        for p in grades:
            for nper in (32, 64, 128, 256):
                g = Graded(V, p, nper, k)
                errs = [np.abs(g.solve(f, x0, k) - exact).max() / scale for f in ('soft', 'hard', 'hard-reg')]
                print('| %d | %d | %.1e | %.1e | %.1e |' % (p, nper, *errs), flush=True)


if __name__ == '__main__':
    main()
