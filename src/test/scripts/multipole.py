"""Plane-wave scattering by several circular cylinders: the multipole (T-matrix) method (float64,
with the Bessel and Hankel values that overflow float64 taken from mpmath as mantissa and exponent).

P. A. Martin, Multiple Scattering (Cambridge 2006), chapter 4; V. Twersky, J. Acoust. Soc. Am. 24
(1952) 42-46. Conventions of docs/exact.md: time factor e^{-i omega t}, u_inc = exp(i k d.x),
d = (cos alpha, sin alpha), outgoing H_n = H_n^(1); sound-soft u = 0, sound-hard du/dnu = 0 on every
circle. Cylinder j: centre c_j, radius a_j; r_j, th_j polar coordinates about c_j.

  u_s(x)  = sum_j sum_{|n| <= N_j} b_jn H_n(k r_j) e^{i n th_j}
  u_inc   = e^{i k d.c_j} sum_n i^n e^{-i n alpha} J_n(k r_j) e^{i n th_j}            (Jacobi-Anger)
  Graf:     H_m(k r_l) e^{i m th_l} = sum_n H_{m-n}(k d_jl) e^{i (m-n) phi_jl} J_n(k r_j) e^{i n th_j}
            for r_j < d_jl, with d_jl e^{i phi_jl} = c_j - c_l (DLMF 10.23.7)
so near cylinder j the field not scattered by j is sum_n A_jn J_n(k r_j) e^{i n th_j} with
  A_jn = e^{i k d.c_j} i^n e^{-i n alpha} + sum_{l != j} sum_m H_{m-n}(k d_jl) e^{i (m-n) phi_jl} b_lm,
and the boundary condition holds mode by mode on r_j = a_j:
  soft: b_jn H_n(k a_j) = -A_jn J_n(k a_j);   hard: b_jn H_n'(k a_j) = -A_jn J_n'(k a_j).
The unknowns are beta_jn = b_jn H_n(k a_j) (the boundary values of each cylinder's outgoing field):
  beta_jn + t_jn sum_{l != j} sum_m [H_{m-n}(k d_jl) e^{i (m-n) phi_jl} / H_m(k a_l)] beta_lm
      = -t_jn e^{i k d.c_j} i^n e^{-i n alpha},
  t_jn = J_n(k a_j) (soft) or J_n'(k a_j) H_n(k a_j) / H_n'(k a_j) (hard).
Each coefficient of the system is bounded (roughly by ((a_j + a_l)/d_jl)^{|n| + |m|}), but its
factors overflow float64 at high orders: they are kept as mantissa * 2^exponent and multiplied
before they are rounded to float64.
Far field (H_n(kr) ~ sqrt(2/(pi k r)) e^{i (k r - n pi/2 - pi/4)}):
  f(theta) = sqrt(2/(pi k)) e^{-i pi/4} sum_j e^{-i k xhat.c_j} sum_n b_jn (-i)^n e^{i n theta}.

Truncation N_j = ceil(k a_j) + max(25, ceil(ln(1e-17) / ln q_j)), or more if |J_n(k a_j)| is not
yet below 1e-17 there (the incident wave's share of beta_jn). The outgoing field of cylinder j
continues analytically into the disc down to the nearest limiting point of the coaxal system of j
and a neighbour (the accumulation point of the images between the two circles), at distance
q_j a_j from c_j, so beta_jn decays like q_j^|n| past k a_j. The self-checks raise every N_j by 10.
"""
import math

import mpmath as mp
import numpy as np
from scipy.special import hankel1, jv

DPS = 30               # mpmath digits for the Bessel tables (float64 needs 16; the rest is margin)
TAIL = 1e-17           # the truncation aims at |beta_jn| below this past N_j
MIN_EXTRA = 25         # orders past k a_j at least (docs/exact.md "Several obstacles")
SAFE_EXPONENT = 900    # scipy's hankel1 is used directly while |H_n(k a)| < 2^900, then recurrence
CHUNK = 1024           # points per block in the field sums (memory)
I_POWERS = np.array([1, 1j, -1, -1j])   # i^n by n mod 4, exactly


class Scaled:
    """Complex numbers as mantissa * 2^exponent (float64 mantissa, integer exponent)."""

    def __init__(self, mant, expo):
        self.mant = np.asarray(mant, complex)
        self.expo = np.asarray(expo, np.int64)

    @staticmethod
    def from_mp(values):
        mant, expo = [], []
        for v in values:
            if v == 0:
                mant.append(0j)
                expo.append(0)
                continue
            e = int(mp.floor(mp.log(abs(v), 2))) + 1
            mant.append(complex(mp.ldexp(mp.re(v), -e), mp.ldexp(mp.im(v), -e)))
            expo.append(e)
        return Scaled(mant, expo)

    def __getitem__(self, index):
        return Scaled(self.mant[index], self.expo[index])

    def __mul__(self, other):
        if isinstance(other, Scaled):
            return Scaled(self.mant * other.mant, self.expo + other.expo)
        return Scaled(self.mant * other, self.expo)

    def __truediv__(self, other):
        return Scaled(self.mant / other.mant, self.expo - other.expo)

    def value(self):
        """The float64 value (0 where it underflows)."""
        e = np.broadcast_to(self.expo, self.mant.shape)
        return np.ldexp(self.mant.real, e) + 1j * np.ldexp(self.mant.imag, e)


def signed(table, nmax):
    """Orders -nmax..nmax of an integer-order Bessel table (index = order): C_{-n} = (-1)^n C_n."""
    n = np.arange(-nmax, nmax + 1)
    part = table[np.abs(n)]
    return Scaled(part.mant * np.where((n < 0) & (n % 2 == 1), -1.0, 1.0), part.expo)


_TABLES = {}


def bessel_tables(x, nmax):
    """J_n(x), J_n'(x), H_n(x), H_n'(x) for n = 0..nmax (Scaled), mpmath at DPS digits; Y_n by
    forward recurrence Y_{n+1} = (2n/x) Y_n - Y_{n-1} (stable: Y_n grows with n), the derivatives
    from C_n' = C_{n-1} - (n/x) C_n (DLMF 10.6.2) and C_{-1} = -C_1."""
    key = (float(x), nmax)
    if key not in _TABLES:
        with mp.workdps(DPS):
            xm = mp.mpf(float(x))
            J = [mp.besselj(n, xm) for n in range(nmax + 2)]
            Y = [mp.bessely(0, xm), mp.bessely(1, xm)]
            for n in range(1, nmax + 1):
                Y.append(2 * n / xm * Y[n] - Y[n - 1])
            H = [J[n] + 1j * Y[n] for n in range(nmax + 2)]
            dJ = [-J[1]] + [J[n - 1] - n / xm * J[n] for n in range(1, nmax + 1)]
            dH = [-H[1]] + [H[n - 1] - n / xm * H[n] for n in range(1, nmax + 1)]
            _TABLES[key] = tuple(Scaled.from_mp(v) for v in (J[:nmax + 1], dJ, H[:nmax + 1], dH))
    return _TABLES[key]


class Cylinders:
    """Circles (centre cx + i cy, radius a) and the truncation order of each."""

    def __init__(self, circles, k, extra_orders=0):
        self.c = np.array([complex(cx, cy) for cx, cy, _ in circles])
        self.a = np.array([a for _, _, a in circles], float)
        self.k = k
        self.orders = [o + extra_orders for o in default_orders(self.c, self.a, k)]

    def __len__(self):
        return len(self.a)


def limiting_ratio(a1, a2, d):
    """q = rho/a1: rho = distance from the centre of circle 1 (radius a1) of the limiting point of
    the coaxal system of circles 1 and 2 (centres d apart) that lies inside circle 1."""
    h = (d * d + a1 * a1 - a2 * a2) / (2 * d)      # the radical axis, from centre 1
    return (h - math.sqrt(h * h - a1 * a1)) / a1


def default_orders(c, a, k):
    """N_j = the largest of ceil(k a_j) + MIN_EXTRA; the first order past k a_j with |J_n(k a_j)| < TAIL
    (the incident wave's part, |beta_jn| ~ |J_n(k a_j)|: k a + 25 leaves 4e-13 at the boundary at
    k a = 20); ceil(k a_j) + ceil(ln(TAIL)/ln(q_j)) (the coupling's part)."""
    orders = []
    for j in range(len(a)):
        ka = k * a[j]
        n = np.arange(int(math.ceil(ka)), int(math.ceil(ka)) + 200)
        incident = int(n[np.flatnonzero(np.abs(jv(n, ka)) < TAIL)[0]])
        q = max([limiting_ratio(a[j], a[l], abs(c[j] - c[l])) for l in range(len(a)) if l != j], default=0.0)
        coupling = math.ceil(math.log(TAIL) / math.log(q)) if q > 0 else 0
        orders.append(max(int(math.ceil(ka)) + max(MIN_EXTRA, coupling), incident))
    return orders


class Solution:
    """beta_jn for one configuration, one boundary condition and one or more incidence angles."""

    def __init__(self, cyl, bc, alphas):
        self.cyl, self.bc, self.alphas = cyl, bc, np.atleast_1d(np.asarray(alphas, float))
        k = cyl.k
        N = cyl.orders
        self.offsets = np.concatenate([[0], np.cumsum([2 * n + 1 for n in N])])
        size = self.offsets[-1]
        tables = [bessel_tables(k * a, n + 1) for a, n in zip(cyl.a, N)]
        t = []
        for (J, dJ, H, dH), n in zip(tables, N):
            if bc not in ('soft', 'hard'):
                raise ValueError(bc)
            t.append(signed(J if bc == 'soft' else (dJ * H) / dH, n))
        self.H = [signed(H, n + 1) for (_, _, H, _), n in zip(tables, N)]   # orders -N-1..N+1
        A = np.eye(size, dtype=complex)
        for j in range(len(cyl)):
            n = np.arange(-N[j], N[j] + 1)
            rows = slice(self.offsets[j], self.offsets[j + 1])
            for l in range(len(cyl)):
                if l == j:
                    continue
                w = cyl.c[j] - cyl.c[l]
                d, phi = abs(w), np.angle(w)
                m = np.arange(-N[l], N[l] + 1)
                _, _, Hd, _ = bessel_tables(k * d, N[j] + N[l])
                p = m[None, :] - n[:, None]
                sign = np.where((p < 0) & (p % 2 == 1), -1.0, 1.0)
                hm = Hd.mant[np.abs(p)] * sign * np.exp(1j * p * phi)
                he = Hd.expo[np.abs(p)]
                Hl = self.H[l][1:-1]      # H_m(k a_l), m = -N_l..N_l
                entry = Scaled(t[j].mant[:, None] * hm / Hl.mant[None, :],
                               t[j].expo[:, None] + he - Hl.expo[None, :]).value()
                if not np.isfinite(entry).all():
                    raise OverflowError('coupling of cylinders %d and %d' % (j, l))
                A[rows, self.offsets[l]:self.offsets[l + 1]] = entry
        rhs = np.zeros((size, len(self.alphas)), complex)
        for j in range(len(cyl)):
            n = np.arange(-N[j], N[j] + 1)
            for q, alpha in enumerate(self.alphas):
                d = complex(math.cos(alpha), math.sin(alpha))
                phase = np.exp(1j * k * (d.real * cyl.c[j].real + d.imag * cyl.c[j].imag))
                inc = phase * I_POWERS[n % 4] * np.exp(-1j * n * alpha)
                rhs[self.offsets[j]:self.offsets[j + 1], q] = -(t[j] * inc).value()
        self.matrix = A
        self.beta_all = np.linalg.solve(A, rhs)

    def beta(self, j, q=0):
        """beta_jn, n = -N_j..N_j, for incidence self.alphas[q]."""
        return self.beta_all[self.offsets[j]:self.offsets[j + 1], q]

    def b(self, j, q=0):
        """b_jn = beta_jn / H_n(k a_j) (0 where it underflows)."""
        H = self.H[j][1:-1]
        return Scaled(self.beta(j, q) / H.mant, -H.expo).value()

    # -------------------------------------------------------------------------- field
    def _ratios(self, j, r):
        """H_n(k r)/H_n(k a_j) for n = 0..N_j + 1 (rows) at radii r >= a_j (columns): scipy's hankel1
        while |H_n(k a_j)| < 2^SAFE_EXPONENT (|H_n(k r)| decreases in r: Nicholson's formula, DLMF
        10.9.30), then the forward recurrence H_{n+1} = (2n/x) H_n - H_{n-1} (stable for
        the Hankel function) scaled by H_n(k a_j) at every step."""
        k, nmax = self.cyl.k, self.cyl.orders[j] + 1
        Ha = self.H[j][nmax:]                      # orders 0..nmax
        kr = k * r
        big = np.flatnonzero(Ha.expo > SAFE_EXPONENT)
        direct = max(int(big[0]) if len(big) else nmax + 1, 2)
        R = np.empty((nmax + 1, len(r)), complex)
        n = np.arange(direct)
        R[:direct] = hankel1(n[:, None], kr[None, :]) / Ha[:direct].value()[:, None]
        if direct <= nmax:
            ratio = (Ha[1:] / Ha[:-1]).value()    # H_{n+1}(k a)/H_n(k a)
            # prev, cur = H_{n-1}(kr)/H_n(ka), H_n(kr)/H_n(ka) for n = direct - 1
            prev, cur = R[direct - 2] / ratio[direct - 2], R[direct - 1]
            for n in range(direct - 1, nmax):
                nxt = (2 * n / kr) * cur - prev
                R[n + 1] = nxt / ratio[n]
                prev, cur = cur / ratio[n], R[n + 1]
        return R

    def field(self, points, q=0):
        """u_s at complex points outside every cylinder (or on a boundary)."""
        points = np.asarray(points, complex)
        total = np.zeros(points.shape, complex)
        for j in range(len(self.cyl)):
            N = self.cyl.orders[j]
            beta = self.beta(j, q)
            n = np.arange(-N, N + 1)
            for s in range(0, len(points), CHUNK):
                z = points[s:s + CHUNK] - self.cyl.c[j]
                R = self._ratios(j, np.abs(z))[np.abs(n)]
                e = np.exp(1j * n[:, None] * np.angle(z)[None, :])
                total[s:s + CHUNK] += np.sum(beta[:, None] * R * e, axis=0)
        return total

    def gradient(self, points, q=0):
        """(du_s/dx, du_s/dy) from (d/dx + i d/dy)[H_n(kr) e^{in th}] = -k H_{n+1}(kr) e^{i(n+1) th}
        and (d/dx - i d/dy)[H_n(kr) e^{in th}] = k H_{n-1}(kr) e^{i(n-1) th} (DLMF 10.6.1)."""
        points = np.asarray(points, complex)
        plus = np.zeros(points.shape, complex)
        minus = np.zeros(points.shape, complex)
        k = self.cyl.k
        for j in range(len(self.cyl)):
            N = self.cyl.orders[j]
            beta = self.beta(j, q)
            n = np.arange(-N, N + 1)
            H = self.H[j]                                  # orders -N-1..N+1
            up = (H[2:] / H[1:-1]).value()                 # H_{n+1}(ka)/H_n(ka)
            down = (H[:-2] / H[1:-1]).value()              # H_{n-1}(ka)/H_n(ka)
            for s in range(0, len(points), CHUNK):
                z = points[s:s + CHUNK] - self.cyl.c[j]
                R = self._ratios(j, np.abs(z))
                th = np.angle(z)[None, :]
                Rp, Rm = R[np.abs(n + 1)], R[np.abs(n - 1)]
                ep, em = np.exp(1j * (n + 1)[:, None] * th), np.exp(1j * (n - 1)[:, None] * th)
                plus[s:s + CHUNK] += -k * np.sum((beta * up)[:, None] * Rp * ep, axis=0)
                minus[s:s + CHUNK] += k * np.sum((beta * down)[:, None] * Rm * em, axis=0)
        return (plus + minus) / 2, (plus - minus) / 2j

    def far_field(self, theta, q=0):
        theta = np.asarray(theta, float)
        k = self.cyl.k
        total = np.zeros(theta.shape, complex)
        xhat = np.exp(1j * theta)
        for j in range(len(self.cyl)):
            N = self.cyl.orders[j]
            n = np.arange(-N, N + 1)
            coef = self.b(j, q) * I_POWERS[-n % 4]
            series = np.sum(coef[:, None] * np.exp(1j * n[:, None] * theta[None, :]), axis=0)
            c = self.cyl.c[j]
            total += np.exp(-1j * k * (xhat.real * c.real + xhat.imag * c.imag)) * series
        return np.sqrt(2 / (np.pi * k)) * np.exp(-0.25j * np.pi) * total

    def scattering_width(self, q=0, factor=1):
        """sigma_s = int_0^{2 pi} |f|^2 dtheta by the trapezoid rule on M equally spaced angles,
        M > 2 (k R0 + max N_j) + 256 (f is band-limited to about that degree; R0: largest
        |c_j - centroid|)."""
        cyl = self.cyl
        R0 = np.abs(cyl.c - cyl.c.mean()).max()
        M = factor * (2 * (int(math.ceil(cyl.k * R0)) + max(cyl.orders)) + 256)
        theta = 2 * np.pi * np.arange(M) / M
        return float(2 * np.pi / M * np.sum(np.abs(self.far_field(theta, q)) ** 2)), M


def incident(points, k, alpha):
    return np.exp(1j * k * (math.cos(alpha) * points.real + math.sin(alpha) * points.imag))


def optical_residual(sigma, f_forward, k):
    """(sigma_s + sqrt(8 pi/k) Re[e^{i pi/4} f(alpha)]) / sigma_s (docs/exact.md)."""
    return float((sigma + math.sqrt(8 * math.pi / k) * (np.exp(0.25j * np.pi) * f_forward).real) / sigma)
