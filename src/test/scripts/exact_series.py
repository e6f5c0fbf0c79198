"""Exact series solution for a plane wave scattered by a circular cylinder (float64, scipy).

Bowman, Senior & Uslenghi, Electromagnetic and Acoustic Scattering by Simple Shapes (1969),
sections 2.2 and 5.3, in the conventions of docs/exact.md (time factor e^{-i omega t},
u_inc = exp(i k d.x), d = (cos alpha, sin alpha)). Cylinder of radius a about the centre c;
r, theta polar coordinates about c:

  u_s(x)   = -exp(i k d.c) sum_n i^n c_n H_n(k r) e^{i n (theta - alpha)}
  f(theta) = -sqrt(2/(pi k)) e^{-i pi/4} exp(i k (d - xhat).c) sum_n c_n e^{i n (theta - alpha)}
  sigma_s  = int_0^{2 pi} |f|^2 dtheta = (4/k) sum_n |c_n|^2

with c_n = J_n(ka)/H_n(ka) (sound-soft) or J_n'(ka)/H_n'(ka) (sound-hard), H_n = H_n^(1).
Since c_{-n} = c_n, each pair n, -n is summed as one term 2 i^n c_n H_n(kr) cos(n(theta - alpha)).
"""
import numpy as np
from scipy.special import h1vp, hankel1, jv, jvp

TERM_FLOOR = 1e-17  # stop when the terms are below this fraction of the largest


def coefficients(ka, bc):
    """c_n for n = 0..N and the boundary values c_n H_n(ka) (the size of the near-field terms).

    N is the smallest order past max(ka, 0) + 30 beyond which both |c_n| and |c_n H_n(ka)| stay
    below TERM_FLOOR of their largest value for 10 more orders (|H_n(kr)| decreases in r, so
    |c_n H_n(kr)| <= |c_n H_n(ka)| for r >= a: the same N serves every point outside).
    """
    nmax = int(np.ceil(ka)) + 30
    while True:
        n = np.arange(nmax + 1)
        if bc == 'soft':
            c = jv(n, ka) / hankel1(n, ka)
        elif bc == 'hard':
            c = jvp(n, ka) / h1vp(n, ka)
        else:
            raise ValueError(bc)
        boundary = c * hankel1(n, ka)
        small = (np.abs(c) < TERM_FLOOR * np.abs(c).max()) & \
                (np.abs(boundary) < TERM_FLOOR * np.abs(boundary).max())
        # first order from which all further orders are small
        tail = np.flatnonzero(~small)
        last = tail[-1] if len(tail) else 0
        if last + 10 <= nmax:
            return c[:last + 1], boundary[:last + 1]
        nmax *= 2


def scattered(points, centre, a, k, alpha, bc):
    """u_s at complex points x + i y (outside the cylinder) from the series."""
    c, _ = coefficients(k * a, bc)
    d = np.exp(1j * alpha)
    cc = complex(*centre)
    rel = np.asarray(points, complex) - cc
    r = np.abs(rel)
    phi = np.angle(rel) - alpha
    total = np.zeros(rel.shape, complex)
    for n in range(len(c) - 1, -1, -1):   # smallest terms first
        term = (1j ** n) * c[n] * hankel1(n, k * r) * np.cos(n * phi)
        total += term if n == 0 else 2 * term
    phase = np.exp(1j * k * (d.real * cc.real + d.imag * cc.imag))
    return -phase * total


def far_field(theta, centre, a, k, alpha, bc):
    """f(theta) from the series."""
    c, _ = coefficients(k * a, bc)
    theta = np.asarray(theta, float)
    cx, cy = centre
    total = np.zeros(theta.shape, complex)
    for n in range(len(c) - 1, -1, -1):
        term = c[n] * np.cos(n * (theta - alpha))
        total += term if n == 0 else 2 * term
    phase = np.exp(1j * k * ((np.cos(alpha) - np.cos(theta)) * cx + (np.sin(alpha) - np.sin(theta)) * cy))
    return -np.sqrt(2 / (np.pi * k)) * np.exp(-0.25j * np.pi) * phase * total


def scattering_width(a, k, bc):
    """sigma_s = (4/k) sum_{n=-N}^{N} |c_n|^2 and the number of terms 2N + 1."""
    c, _ = coefficients(k * a, bc)
    s = np.abs(c[::-1]) ** 2
    s[-1] *= 0.5       # n = 0 counted once
    return float(8 / k * s.sum()), 2 * len(c) - 1


def scattered_mp(x, y, centre, a, k, alpha, bc, dps=40):
    """u_s at one point with mpmath at dps digits (a check of the float64 series)."""
    import mpmath as mp
    with mp.workdps(dps):
        k, a, alpha = mp.mpf(k), mp.mpf(a), mp.mpf(alpha)
        cx, cy = mp.mpf(centre[0]), mp.mpf(centre[1])
        dx, dy = mp.mpf(x) - cx, mp.mpf(y) - cy
        r = mp.sqrt(dx * dx + dy * dy)
        phi = mp.atan2(dy, dx) - alpha
        ka = k * a
        total = mp.mpc(0)
        biggest = mp.mpf(0)
        n = 0
        while True:
            if bc == 'soft':
                cn = mp.besselj(n, ka) / mp.hankel1(n, ka)
            else:
                cn = mp.besselj(n, ka, derivative=1) / (mp.besselj(n, ka, derivative=1)
                                                        + 1j * mp.bessely(n, ka, derivative=1))
            size = abs(cn * mp.hankel1(n, k * r))
            total += (1j ** n) * cn * mp.hankel1(n, k * r) * mp.cos(n * phi) * (1 if n == 0 else 2)
            biggest = max(biggest, size)
            if n > ka + 10 and size < mp.mpf(10) ** (-dps + 5) * biggest:
                break
            n += 1
        phase = mp.expj(k * (mp.cos(alpha) * cx + mp.sin(alpha) * cy))
        return complex(-phase * total)
