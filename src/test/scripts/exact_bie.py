"""Combined-field boundary integral solution of 2D scattering, Kress's Nystrom quadrature (float64).

Conventions and formulas of docs/exact.md:
  - Colton & Kress, Inverse Acoustic and Electromagnetic Scattering Theory, 3rd ed. (2013),
    sections 3.5-3.6 (combined-field ansatz, Kress's quadrature for the logarithmic kernels);
  - R. Kress, On the numerical solution of a hypersingular integral equation in scattering theory,
    J. Comput. Appl. Math. 61 (1995) 345-360 (the hypersingular operator T, Maue's formula).

Curves are complex numbers z = x + i y throughout: for a tangent z', the (non-unit) normal
n = (z2', -z1') is -i z', a.b = Re(conj(a) b) and a x b = Im(conj(a) b).

  u_s(x) = int { dPhi(x,y)/dnu(y) - i eta Phi(x,y) } phi(y) ds(y),  Phi = (i/4) H0(k|x-y|), eta = k
  soft:  phi + K phi - i eta S phi = -2 u_inc
  hard:  T phi - i eta K' phi + i eta phi = -2 du_inc/dnu
"""
import numpy as np
from scipy.special import j0, j1, y0, y1

EULER = 0.5772156649015329
GEOMETRY_FLOOR = 1e-15    # top half of the curve's spectrum below this fraction of the largest
MODE_FLOOR = 1e-16        # Fourier modes of the curve at or below this fraction of the largest are dropped
NOISE_FACTOR = 4          # ... and so are those at or below 4 times the largest in the top half
DENSITY_TOL = 1e-12       # doubling of n stops when the density changes less than this
CLOSE_FACTOR = 8          # close evaluation below CLOSE_FACTOR local spacings
MAX_REFINE = 64           # largest upsampling factor m before the graded rule
INSIDE_TOL = 1e-9         # nodes with (x - z*).nu* below this fraction of the size are inside

_GL_X, _GL_W = np.polynomial.legendre.leggauss(16)


def _namespace(module):
    names = ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos', 'arctan']
    ns = {name: getattr(module, name) for name in names}
    ns['abs'] = module.abs if hasattr(module, 'abs') else abs
    ns['pi'] = module.pi
    ns['e'] = module.e
    return ns


def evaluate_expression(text, t):
    """x(t) or y(t) as the Java ContourExpression reads it ('^' or '**' for powers), float64 numpy."""
    ns = _namespace(np)
    ns['t'] = np.asarray(t, float)
    value = eval(text.replace('^', '**'), {'__builtins__': {}}, ns)
    return np.asarray(value, float) * np.ones_like(ns['t'])


class Curve:
    """A smooth closed curve z(s) = x(t) + i y(t), s = 2 pi t, oriented anticlockwise.

    If the expressions run clockwise (negative signed area) the curve is z(s) = expr(1 - s/(2 pi)).
    Positions at quadrature points come from the expressions; derivatives (and differences of
    nearby positions) from the Fourier coefficients of M equispaced samples, M doubled from 64
    until the top half of the spectrum (|m| >= M/4) is below GEOMETRY_FLOOR of the largest; modes
    no larger than NOISE_FACTOR times the top half's largest (rounding noise) are set to zero.
    That test cannot see detail finer than the samples (a ripple of 60 aliases onto low modes at
    M = 64): for such curves give `samples`, a known M (a power of two) whose top half is noise.
    """

    def __init__(self, xc, yc, samples=None):
        self.xc, self.yc = xc, yc
        self.reversed = False
        M = 64 if samples is None else samples
        while True:
            t = np.arange(M) / M
            z = evaluate_expression(xc, t) + 1j * evaluate_expression(yc, t)
            c = np.fft.fft(z) / M
            m = np.fft.fftfreq(M, 1.0 / M).round().astype(int)
            if (samples is not None or M >= 2 ** 16
                    or np.abs(c[np.abs(m) >= M // 4]).max() < GEOMETRY_FLOOR * np.abs(c).max()):
                break
            M *= 2
        area = 0.5 * np.sum((np.conj(z) * np.roll(z, -1)).imag)
        if area < 0:
            self.reversed = True
            z = z[(-np.arange(M)) % M]
            c = np.fft.fft(z) / M
        c[np.abs(m) == M // 2] = 0.0
        self.samples = M
        # the top half of the spectrum is rounding noise: drop every mode not clearly above it
        # (noisy high modes would be amplified m^p times in the derivatives)
        noise = np.abs(c[np.abs(m) >= M // 4]).max()
        floor = max(NOISE_FACTOR * noise, MODE_FLOOR * np.abs(c).max())
        self.top = float(noise / np.abs(c).max())
        c[np.abs(c) <= floor] = 0.0
        K = int(np.abs(m[c != 0]).max())
        self.K = K
        self.modes = np.arange(-K, K + 1)
        self.coef = c[self.modes % M]
        poly = self.equispaced(4096)
        N = 4096
        while True:
            size = max(np.ptp(poly.real), np.ptp(poly.imag))
            side = np.abs(np.roll(poly, -1) - poly).max()
            if side < 2e-3 * size:
                break
            N *= 2
            poly = self.equispaced(N)
        self.poly, self.size, self.side = poly, size, side
        centre = 0.5 * (poly.real.min() + poly.real.max()) + 0.5j * (poly.imag.min() + poly.imag.max())
        self.R0 = float(np.abs(poly - centre).max())

    # ----- positions from the expressions
    def points(self, N):
        """z(s_j) at s_j = 2 pi j / N from the expressions (t = j/N, or 1 - j/N if reversed)."""
        j = np.arange(N)
        t = (((N - j) % N) if self.reversed else j) / N
        return evaluate_expression(self.xc, t) + 1j * evaluate_expression(self.yc, t)

    # ----- the Fourier series
    def at(self, tau, deriv=0):
        """d^p z / ds^p at arbitrary parameters tau (Fourier series, direct sum)."""
        tau = np.asarray(tau, float)
        w = self.coef * (1j * self.modes) ** deriv
        out = np.empty(tau.shape, complex)
        flat, res = tau.ravel(), out.ravel()
        for a in range(0, flat.size, 4096):
            res[a:a + 4096] = np.exp(1j * np.outer(flat[a:a + 4096], self.modes)) @ w
        return out

    def equispaced(self, N, deriv=0):
        """d^p z / ds^p at s_j = 2 pi j / N, by FFT of the (zero-padded) coefficients."""
        if N < 2 * self.K + 1:
            return self.at(2 * np.pi * np.arange(N) / N, deriv)
        a = np.zeros(N, complex)
        a[self.modes % N] = self.coef * (1j * self.modes) ** deriv
        return np.fft.ifft(a) * N

    def shifts(self, N, h):
        """z(s_j + h) - z(s_j) at s_j = 2 pi j / N for each shift in the array h: rows by h.

        sum_m c_m e^{i m s_j} (e^{i m h} - 1) with e^{i m h} - 1 = 2 i sin(m h/2) e^{i m h/2}:
        no difference of two nearly equal positions.
        """
        h = np.asarray(h, float)
        fac = self.coef[None, :] * 2j * np.sin(np.outer(h, self.modes) / 2) * np.exp(0.5j * np.outer(h, self.modes))
        P = N
        while P < 2 * self.K + 1:
            P *= 2
        a = np.zeros((len(h), P), complex)
        a[:, self.modes % P] = fac
        return (np.fft.ifft(a, axis=1) * P)[:, ::P // N]

    def shift_from(self, tau0, u):
        """z(tau0 + u) - z(tau0) for a scalar tau0 and an array u (Fourier series, no cancellation)."""
        e0 = self.coef * np.exp(1j * self.modes * tau0)
        out = np.empty(np.shape(u), complex)
        flat, res = np.ravel(u), out.ravel()
        for a in range(0, flat.size, 4096):
            mu = np.outer(flat[a:a + 4096], self.modes)
            res[a:a + 4096] = (2j * np.sin(mu / 2) * np.exp(0.5j * mu)) @ e0
        return out

    # ----- nearest point and inside test (EXACT.md "Inside the smooth curve")
    def nearest_vertex(self, x):
        """Index of and distance to the nearest vertex of the fine polygon, for complex points x."""
        x = np.asarray(x, complex).ravel()
        idx = np.empty(x.size, int)
        dist = np.empty(x.size)
        for a in range(0, x.size, 256):
            d = np.abs(x[a:a + 256, None] - self.poly[None, :])
            idx[a:a + 256] = d.argmin(axis=1)
            dist[a:a + 256] = d.min(axis=1)
        return idx, dist

    def nearest(self, x, idx=None):
        """Nearest point z(tau*) of the smooth curve by Newton's method on (z(tau) - x).z'(tau) = 0,
        started at the nearest fine-polygon vertex. Returns tau*, |x - z*|, (x - z*).nu(tau*)."""
        x = np.asarray(x, complex).ravel()
        if idx is None:
            idx, _ = self.nearest_vertex(x)
        N = len(self.poly)
        tau = 2 * np.pi * idx / N
        step_max = 2 * (2 * np.pi / N)
        for _ in range(60):
            z, zp, zpp = self.at(tau, 0), self.at(tau, 1), self.at(tau, 2)
            g = (np.conj(z - x) * zp).real
            gp = np.abs(zp) ** 2 + (np.conj(z - x) * zpp).real
            gp = np.where(gp > 0.1 * np.abs(zp) ** 2, gp, np.abs(zp) ** 2)
            step = np.clip(-g / gp, -step_max, step_max)
            tau = tau + step
            if np.abs(step).max() < 1e-15:
                break
        tau = np.mod(tau, 2 * np.pi)
        z, zp = self.at(tau, 0), self.at(tau, 1)
        nu = -1j * zp / np.abs(zp)
        return tau, np.abs(x - z), (np.conj(x - z) * nu).real

    def winding(self, x):
        """Winding number of the fine polygon about the complex points x (signed crossings)."""
        x = np.asarray(x, complex).ravel()
        a, b = self.poly, np.roll(self.poly, -1)
        w = np.zeros(x.size, int)
        for s in range(0, len(a), 512):
            A, B = a[None, s:s + 512], b[None, s:s + 512]
            px, py = x.real[:, None], x.imag[:, None]
            left = (B.real - A.real) * (py - A.imag) - (px - A.real) * (B.imag - A.imag)
            up = (A.imag <= py) & (B.imag > py) & (left > 0)
            down = (A.imag > py) & (B.imag <= py) & (left < 0)
            w += up.sum(axis=1) - down.sum(axis=1)
        return w

    def inside(self, x):
        """EXACT.md's inside rule: winding number far from the fine polygon (>= 4 sides), otherwise
        (x - z(tau*)).nu(tau*) < INSIDE_TOL * size at the nearest point. Also returns, for every
        point, the signed distance where it was computed (nan elsewhere)."""
        x = np.asarray(x, complex).ravel()
        idx, dv = self.nearest_vertex(x)
        near = dv < 4.5 * self.side
        result = np.zeros(x.size, bool)
        signed = np.full(x.size, np.nan)
        far = np.flatnonzero(~near)
        result[far] = self.winding(x[far]) != 0
        close = np.flatnonzero(near)
        if close.size:
            _, _, sd = self.nearest(x[close], idx[close])
            signed[close] = sd
            result[close] = sd < INSIDE_TOL * self.size
        return result, signed


# ---------------------------------------------------------------------------- quadrature weights
def kress_weights(n):
    """R_q = -(2 pi/n) sum_{m=1}^{n-1} cos(m q pi/n)/m - (pi/n^2)(-1)^q and
    T_q = -(1/n) sum_{m=1}^{n-1} m cos(m q pi/n) - (1/2)(-1)^q, q = 0..2n-1.

    T_q is taken in its closed form (summing the series above in floating point loses about
    n eps): T_0 = -n/2, T_q = 0 for even q > 0, T_q = 1/(2n sin^2(q pi/(2n))) for odd q.
    """
    q = np.arange(2 * n)
    m = np.arange(1, n)
    C = np.cos(np.pi * (np.outer(q, m) % (2 * n)) / n)
    sign = np.where(q % 2 == 0, 1.0, -1.0)
    R = -(2 * np.pi / n) * (C @ (1.0 / m)) - (np.pi / n ** 2) * sign
    T = np.zeros(2 * n)
    odd = q % 2 == 1
    qs = np.minimum(q, 2 * n - q)           # sin(q pi/(2n)) = sin(qs pi/(2n)), argument <= pi/2
    T[odd] = 1.0 / (2 * n * np.sin(qs[odd] * np.pi / (2 * n)) ** 2)
    T[0] = -n / 2
    return R, T


def hard_diagonal_h2(zp, zpp, zppp, k):
    """H2(s,s) = (z' x z'')^2/(2 pi |z'|^4) + [(z'.z''')/6 - |z''|^2/4]/(pi |z'|^2) - 1/(12 pi)
    + i k^2 |z'|^2/4 - (k^2 |z'|^2/(2 pi)) [ln(k|z'|/2) + C - 1/2]   (EXACT.md; re-derived)."""
    sp2 = np.abs(zp) ** 2
    cross = (np.conj(zp) * zpp).imag
    dot3 = (np.conj(zp) * zppp).real
    return (cross ** 2 / (2 * np.pi * sp2 ** 2) + (dot3 / 6 - np.abs(zpp) ** 2 / 4) / (np.pi * sp2)
            - 1 / (12 * np.pi) + 0.25j * k * k * sp2
            - (k * k * sp2 / (2 * np.pi)) * (np.log(k * np.sqrt(sp2) / 2) + EULER - 0.5))


class Solution:
    """A density psi_j at s_j = pi j / n with the geometry it was solved on."""

    def __init__(self, curve, k, eta, bc, n, psi, z, zp):
        self.curve, self.k, self.eta, self.bc, self.n = curve, k, eta, bc, n
        self.psi, self.z, self.zp = psi, z, zp
        self.change = None
        self.history = []


def system_matrix(curve, k, n, bc, eta):
    """The Nystrom matrix of EXACT.md for 2n points (rows i, columns j), with z, z' at the points."""
    N = 2 * n
    z = curve.points(N)
    zp, zpp, zppp = (curve.equispaced(N, p) for p in (1, 2, 3))
    sp = np.abs(zp)
    nrm = -1j * zp                                   # n = (z2', -z1') = |z'| nu
    R, T = kress_weights(n)
    qidx = np.arange(N)
    qsym = np.where(qidx > n, qidx - N, qidx)        # i - j taken in (-n, n]
    D = curve.shifts(N, qsym * np.pi / n)            # D[q, j] = z(s_j + h_q) - z(s_j)
    i, j = np.indices((N, N))
    q = (i - j) % N
    d = D[q, j]                                      # z(s_i) - z(s_j)
    diag = q == 0
    r = np.abs(d)
    r[diag] = 1.0
    kr = k * r
    J0, J1, Y0, Y1 = j0(kr), j1(kr), y0(kr), y1(kr)
    sin_half = np.sin(qsym * np.pi / (2 * n))[q]
    sin_half[diag] = 1.0
    lg = np.log(4 * sin_half ** 2)
    Rm = R[q]
    w = np.pi / n
    cross = (np.conj(zp) * zpp).imag
    if bc == 'soft':
        # S: M = (i/2) H0 |z'(sigma)|, M1 = -(1/2 pi) J0 |z'(sigma)|
        M = 0.5j * (J0 + 1j * Y0) * sp[None, :]
        M1 = -(1 / (2 * np.pi)) * J0 * sp[None, :]
        M2 = M - M1 * lg
        M1[diag] = -(1 / (2 * np.pi)) * sp
        M2[diag] = (0.5j - EULER / np.pi - np.log(k * sp / 2) / np.pi) * sp
        # K: L = (ik/2)(d.n(sigma)) H1/r, L1 = -(k/2 pi)(d.n(sigma)) J1/r
        dn = (np.conj(d) * nrm[None, :]).real
        L = 0.5j * k * dn * (J1 + 1j * Y1) / r
        L1 = -(k / (2 * np.pi)) * dn * J1 / r
        L2 = L - L1 * lg
        L1[diag] = 0.0
        L2[diag] = -cross / (2 * np.pi * sp ** 2)
        A = Rm * L1 + w * L2 - 1j * eta * (Rm * M1 + w * M2)
        A[diag] += 1.0
    elif bc == 'hard':
        dns = (np.conj(d) * nrm[:, None]).real        # d.n(s)
        dnt = (np.conj(d) * nrm[None, :]).real        # d.n(sigma)
        nn = (np.conj(nrm[:, None]) * nrm[None, :]).real
        H0, H1 = J0 + 1j * Y0, J1 + 1j * Y1
        H = 0.5j * (k * (k * H0 - 2 * H1 / r) * dns * dnt / r ** 2 + k * H1 / r * nn)
        Hl = -(1 / (2 * np.pi)) * (k * (k * J0 - 2 * J1 / r) * dns * dnt / r ** 2 + k * J1 / r * nn)
        H2 = H - 1 / (4 * np.pi * sin_half ** 2) - Hl * lg
        Hl[diag] = -k * k * sp ** 2 / (4 * np.pi)
        H2[diag] = hard_diagonal_h2(zp, zpp, zppp, k)
        ratio = sp[None, :] / sp[:, None]
        Lp = -0.5j * k * dns * H1 / r * ratio
        Lp1 = (k / (2 * np.pi)) * dns * J1 / r * ratio
        Lp2 = Lp - Lp1 * lg
        Lp1[diag] = 0.0
        Lp2[diag] = -cross / (2 * np.pi * sp ** 2)
        A = (T[q] + Rm * Hl + w * H2) / sp[:, None] - 1j * eta * (Rm * Lp1 + w * Lp2)
        A[diag] += 1j * eta
    else:
        raise ValueError(bc)
    return A, z, zp


def plane_wave_data(k, alpha):
    """Boundary data of u_inc = exp(i k d.x): returns f(z, zp) -> right-hand side for a bc."""
    d = np.exp(1j * alpha)

    def rhs(z, zp, bc):
        u = np.exp(1j * k * (d.real * z.real + d.imag * z.imag))
        if bc == 'soft':
            return -2 * u
        nu = -1j * zp / np.abs(zp)
        return -2 * 1j * k * (d.real * nu.real + d.imag * nu.imag) * u
    return rhs


def point_source_data(k, x0):
    """Boundary data making the exact scattered field u_s = H0(k|x - x0|) (x0 inside the obstacle):
    u_inc := -u_s on the boundary."""
    def rhs(z, zp, bc):
        rel = z - x0
        rho = np.abs(rel)
        if bc == 'soft':
            return 2 * (j0(k * rho) + 1j * y0(k * rho))
        nu = -1j * zp / np.abs(zp)
        # du_s/dnu = -k H1(k rho) (rel.nu)/rho; -2 du_inc/dnu = +2 du_s/dnu
        return 2 * (-k * (j1(k * rho) + 1j * y1(k * rho)) * (np.conj(rel) * nu).real / rho)
    return rhs


def solve(curve, k, bc, rhs, eta=None, n_start=16, tol=DENSITY_TOL, n_max=2048):
    """Doubles n from n_start until max|psi_2n - psi_n| / max|psi_2n| < tol on the common points;
    returns the finer Solution (with .change, the last relative change, and .history)."""
    eta = k if eta is None else eta
    n = n_start
    prev = None
    history = []
    while True:
        A, z, zp = system_matrix(curve, k, n, bc, eta)
        psi = np.linalg.solve(A, rhs(z, zp, bc))
        sol = Solution(curve, k, eta, bc, n, psi, z, zp)
        if prev is not None:
            change = float(np.abs(psi[::2] - prev.psi).max() / np.abs(psi).max())
            history.append((2 * n, change))
            sol.change, sol.history = change, list(history)
            if change < tol:
                return sol
        if n >= n_max:
            raise RuntimeError('no convergence by n = %d: %r' % (n, history))
        prev = sol
        n *= 2


# ---------------------------------------------------------------------------- field
def _kernel_sum(x, z, nrm, sp, wpsi, k, eta, rel=None):
    """sum_j wpsi_j [ (ik/4) H1(k r_j) (x - z_j).n_j / r_j + (eta/4) H0(k r_j) |z'_j| ] for one or
    more points x (rows); rel, if given, is x - z_j formed more accurately."""
    if rel is None:
        rel = x[:, None] - z[None, :]
    r = np.abs(rel)
    kr = k * r
    dn = (np.conj(rel) * nrm).real
    term = 0.25j * k * (j1(kr) + 1j * y1(kr)) * dn / r + 0.25 * eta * (j0(kr) + 1j * y0(kr)) * sp
    return (term * wpsi).sum(axis=1)


def _upsampled(sol, m):
    """Geometry and density on 2nm points (zero-padded FFT of psi, Nyquist term split)."""
    n, N = sol.n, 2 * sol.n
    if m == 1:
        return sol.z, sol.zp, sol.psi
    P = N * m
    z = sol.curve.equispaced(P, 0)
    zp = sol.curve.equispaced(P, 1)
    c = np.fft.fft(sol.psi)
    a = np.zeros(P, complex)
    a[:n] = c[:n]
    a[P - n + 1:] = c[n + 1:]
    a[n] = 0.5 * c[n]
    a[P - n] = 0.5 * c[n]
    return z, zp, np.fft.ifft(a) * m


def density_at(sol, tau):
    """The trigonometric interpolant of psi at parameters tau."""
    n, N = sol.n, 2 * sol.n
    c = np.fft.fft(sol.psi) / N
    m = np.arange(-n + 1, n)
    E = np.exp(1j * np.outer(tau, m))
    return E @ c[m % N] + c[n] * np.cos(n * np.asarray(tau))


def _graded_nodes(n, delta_s):
    """Parameters u (relative to tau*) and weights of the graded composite 16-point Gauss-Legendre
    rule: a centre panel [-a0, a0], a0 = min(delta_s, L)/2, panels doubling in length on each side up to
    |u| = L = 8 pi/n, then uniform panels of length <= 4 pi/n over the rest of the period."""
    L = 8 * np.pi / n
    a0 = min(0.5 * delta_s, 0.5 * L)
    edges = [a0]
    while 2 * edges[-1] < L:
        edges.append(2 * edges[-1])
    edges.append(L)
    right = np.array(edges)
    rest = 2 * np.pi - 2 * L
    count = int(np.ceil(rest / (4 * np.pi / n)))
    uniform = L + rest * np.arange(1, count + 1) / count
    breaks = np.concatenate([-right[::-1], right, uniform])
    lo, hi = breaks[:-1], breaks[1:]
    half = 0.5 * (hi - lo)
    mid = 0.5 * (hi + lo)
    u = (mid[:, None] + half[:, None] * _GL_X[None, :]).ravel()
    w = (half[:, None] * _GL_W[None, :]).ravel()
    return u, w


def field(sol, x, delta=None, tau_star=None, stats=None):
    """u_s at complex points x outside the obstacle: trapezoid rule on the 2n points where the
    distance delta to the curve is >= 8 local spacings h = |z'| pi/n, the rule on 2nm points
    (m = 2^ceil(log2(8h/delta))) up to m = 64, the graded rule still closer.
    delta and tau_star (nearest points) are computed where needed if not given."""
    x = np.asarray(x, complex).ravel()
    curve, k, eta, n = sol.curve, sol.k, sol.eta, sol.n
    out = np.empty(x.size, complex)
    hmax = np.abs(sol.zp).max() * np.pi / n
    if delta is None:
        idx, dv = curve.nearest_vertex(x)
        delta = np.full(x.size, np.inf)
        tau_star = np.zeros(x.size)
        cand = np.flatnonzero(dv < CLOSE_FACTOR * hmax * 1.5 + curve.side)
        if cand.size:
            t_, d_, _ = curve.nearest(x[cand], idx[cand])
            delta[cand], tau_star[cand] = d_, t_
    h = np.full(x.size, hmax)
    finite = np.isfinite(delta)
    h[finite] = np.abs(curve.at(tau_star[finite], 1)) * np.pi / n
    with np.errstate(divide='ignore'):
        ratio = CLOSE_FACTOR * h / delta
    m = np.ones(x.size, int)
    close = ratio > 1
    m[close] = 2 ** np.ceil(np.log2(ratio[close])).astype(int)
    graded = m > MAX_REFINE
    m[graded] = 0
    if stats is not None:
        for value in np.unique(m):
            stats[int(value)] = stats.get(int(value), 0) + int((m == value).sum())
    for level in np.unique(m):
        sel = np.flatnonzero(m == level)
        if level == 0:
            for p in sel:
                out[p] = _graded_point(sol, x[p], tau_star[p], delta[p])
            continue
        z, zp, psi = _upsampled(sol, int(level))
        w = np.pi / (n * level)
        nrm, sp = -1j * zp, np.abs(zp)
        wpsi = w * psi
        chunk = max(1, 2 ** 20 // len(z))
        for a in range(0, sel.size, chunk):
            s = sel[a:a + chunk]
            out[s] = _kernel_sum(x[s], z, nrm[None, :], sp[None, :], wpsi[None, :], k, eta)
    return out


def _graded_point(sol, x, tau0, delta):
    """u_s at one point very close to the curve: graded Gauss-Legendre panels about tau* with
    x - z(tau) = (x - z*) - (z(tau) - z*), the second difference from the Fourier series."""
    curve = sol.curve
    zs = curve.at(np.array([tau0]))[0]
    delta_s = delta / np.abs(curve.at(np.array([tau0]), 1)[0])
    u, w = _graded_nodes(sol.n, delta_s)
    tau = tau0 + u
    rel = (x - zs) - curve.shift_from(tau0, u)
    zp = curve.at(tau, 1)
    psi = density_at(sol, tau)
    return _kernel_sum(np.array([x]), None, (-1j * zp)[None, :], np.abs(zp)[None, :],
                       (w * psi)[None, :], sol.k, sol.eta, rel=rel[None, :])[0]


# ---------------------------------------------------------------------------- far field
def far_field(sol, theta):
    """f(theta) = e^{-i pi/4}/sqrt(8 pi k) int {k nu.xhat + eta} e^{-ik xhat.y} phi ds (trapezoid)."""
    theta = np.asarray(theta, float)
    k, eta, n = sol.k, sol.eta, sol.n
    xh = np.exp(1j * theta)
    nrm = -1j * sol.zp
    ndx = (np.conj(nrm)[None, :] * xh[:, None]).real
    phase = np.exp(-1j * k * (np.conj(sol.z)[None, :] * xh[:, None]).real)
    integrand = (k * ndx + eta * np.abs(sol.zp)[None, :]) * phase * sol.psi[None, :]
    return np.exp(-0.25j * np.pi) / np.sqrt(8 * np.pi * k) * (np.pi / n) * integrand.sum(axis=1)


def scattering_width(f_of_theta, k, R0):
    """sigma_s = int |f|^2 dtheta, trapezoid on ceil(4 k R0) + 256 equally spaced angles."""
    count = int(np.ceil(4 * k * R0)) + 256
    theta = 2 * np.pi * np.arange(count) / count
    return float((2 * np.pi / count) * np.sum(np.abs(f_of_theta(theta)) ** 2)), count


def optical_residual(sigma, f_forward, k):
    """(sigma_s + sqrt(8 pi/k) Re[e^{i pi/4} f(alpha)]) / sigma_s."""
    return float((sigma + np.sqrt(8 * np.pi / k) * (np.exp(0.25j * np.pi) * f_forward).real) / sigma)
