"""Reference values of the FMM's scaled cylinder functions (scatter.physics.fmm.CylinderFunctions),
by mpmath at 40 digits: with t = min(1, x), f_m = J_m(x) / t^m and g_m = H_m(x) t^m, for small
arguments with high orders (boxes small next to the wavelength) and arguments near and far above
the order. Rows whose g would overflow a double are left out.

Writes src/test/resources/scatter/physics/fmm/bessel.csv: x, m, f, Re g, Im g."""
import mpmath as mp

mp.mp.dps = 40
rows = []
for x in ["1e-6", "0.001", "0.3", "1", "2.5", "9.7", "40", "333.3", "1500"]:
    for m in [0, 1, 2, 5, 10, 20, 40, 60, 100, 200, 400, 1000, 1600]:
        xv = mp.mpf(x)
        t = min(mp.mpf(1), xv)
        f = mp.besselj(m, xv) / t**m
        g_re = mp.besselj(m, xv) * t**m
        g_im = mp.bessely(m, xv) * t**m
        if abs(g_im) > mp.mpf("1e300"):
            continue
        rows.append((x, m) + tuple(mp.nstr(v, 20) if abs(v) > mp.mpf("1e-300") else "0" for v in (f, g_re, g_im)))
with open("src/test/resources/scatter/physics/fmm/bessel.csv", "w") as out:
    out.write("x,m,f,g_re,g_im\n")
    for r in rows:
        out.write(",".join(str(v) for v in r) + "\n")
