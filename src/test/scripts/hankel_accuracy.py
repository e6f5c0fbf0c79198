#!/usr/bin/env python3
"""Accuracy survey of scatter.physics.Hankel: maximum relative error of H0 and H1 per argument range.

Run from the project root after building the benchmarks (which hold the Java side):

    mvn -q -P bench -DskipTests package
    python3 src/test/scripts/hankel_accuracy.py

Points: 10,000 log-spaced over [1e-3, 1e4]; for every branch switch T (THRESHOLDS in
hankel_reference.py) T and its two neighbouring doubles plus 300 points uniform in
T*(1 -+ 1e-6); 300 log-spaced points inside each branch between 1e-3 and 1e12; 200 log-spaced over
[1e-300, 1e-3] and 400 over [1e4, 1e12]. The Java side (src/bench/java/scatter/bench/HankelAccuracyMain.java) evaluates them with Hankel.evaluate.

Error measure per order n: |H_computed - H_ref| / |H_ref| with H = J + i Y, against
scipy.special.hankel1 (the project's stated reference) and against mpmath.hankel1 at 40 digits
(the exact value of the double argument; cached in target/ since it takes a minute or two).
"""
import math
import os
import subprocess
import sys

import numpy as np
import scipy.special as sp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hankel_reference import THRESHOLDS, mpmath_ref  # noqa: E402

TARGET = "target"
JAR = os.path.join(TARGET, "bench", "benchmarks.jar")


def survey_points():
    rng = np.random.default_rng(20240601)
    xs = list(np.logspace(-3, 4, 10000))
    edges = sorted(set([1e-3, 1e12] + list(THRESHOLDS)))
    for lo, hi in zip(edges[:-1], edges[1:]):
        xs += list(np.logspace(math.log10(lo), math.log10(hi), 302)[1:-1])
    for t in THRESHOLDS:
        xs += [t, math.nextafter(t, 0.0), math.nextafter(t, math.inf)]
        xs += list(t * (1 + rng.uniform(-1e-6, 1e-6, 300)))
    xs += list(np.logspace(-300, -3, 200)) + list(np.logspace(4, 12, 400))
    return np.array(sorted(set(float(x) for x in xs)))


def mpmath_refs(xs):
    cache = os.path.join(TARGET, "hankel_mpmath_cache.npz")
    if os.path.exists(cache):
        c = np.load(cache)
        if c["x"].shape == xs.shape and np.array_equal(c["x"], xs):
            return c["h0"], c["h1"]
    h0 = np.empty(len(xs), complex)
    h1 = np.empty(len(xs), complex)
    for i, x in enumerate(xs):
        h0[i], h1[i] = mpmath_ref(float(x))
    np.savez(cache, x=xs, h0=h0, h1=h1)
    return h0, h1


def main():
    xs = survey_points()
    inp = os.path.join(TARGET, "hankel_accuracy_x.txt")
    out = os.path.join(TARGET, "hankel_accuracy_out.csv")
    with open(inp, "w") as f:
        for x in xs:
            f.write(repr(float(x)) + "\n")
    subprocess.run(["java", "-cp", JAR, "scatter.bench.HankelAccuracyMain", inp, out], check=True)
    got = np.loadtxt(out, delimiter=",")
    assert np.array_equal(got[:, 0], xs), "argument mismatch"
    c0 = got[:, 1] + 1j * got[:, 2]
    c1 = got[:, 3] + 1j * got[:, 4]
    s0 = sp.hankel1(0, xs)
    s1 = sp.hankel1(1, xs)
    m0, m1 = mpmath_refs(xs)

    def rel(a, b):
        return np.abs(a - b) / np.abs(b)

    err = {"scipy H0": rel(c0, s0), "scipy H1": rel(c1, s1),
           "mpmath H0": rel(c0, m0), "mpmath H1": rel(c1, m1),
           "scipy-vs-mpmath H0": rel(s0, m0), "scipy-vs-mpmath H1": rel(s1, m1)}
    edges = sorted(set([0.0, 1e-3, 0.1, 1.0] + list(THRESHOLDS) + [8.0, 100.0, 1e4, 1e7, 1e12]))
    rows = [("(%.3g, %.3g]" % (lo, hi), (xs > lo) & (xs <= hi)) for lo, hi in zip(edges[:-1], edges[1:])]
    near = np.zeros(len(xs), bool)
    for t in THRESHOLDS:
        near |= np.abs(xs / t - 1) <= 1.01e-6
    rows.append(("within 1e-6 of a switch", near))
    rows.append(("[1e-3, 1e4] all", (xs >= 1e-3) & (xs <= 1e4)))
    rows.append(("all", np.ones(len(xs), bool)))
    keys = list(err)
    print("%d points; relative error |H - H_ref| / |H_ref|, maximum per range" % len(xs))
    print("%-26s %6s " % ("range of x", "points") + " ".join("%19s" % k for k in keys)
          + "  worst x (scipy)")
    both = np.maximum(err["scipy H0"], err["scipy H1"])
    for name, mask in rows:
        worst_x = xs[mask][np.argmax(both[mask])]
        print("%-26s %6d " % (name, mask.sum()) + " ".join("%19.2e" % err[k][mask].max() for k in keys)
              + "  %.6g" % worst_x)
    worst = max(err["scipy H0"].max(), err["scipy H1"].max())
    print("worst against scipy: %.3g (bound 1e-13: %s)" % (worst, "met" if worst <= 1e-13 else "NOT met"))


if __name__ == "__main__":
    main()
