"""Python's repr(float) for a set of doubles, for PythonFloatTest: how scatter prints checksums.

The teaching code prints its checksum with print(), that is repr(float): the shortest digits that
read back as the same double, in positional form from 1e-4 up to below 1e16 and in exponent form
(at least two exponent digits, 'e-06') outside, 'inf' and 'nan' for the special values. Each row
holds a double's IEEE-754 bits in hex (so the value is exact) and its repr.

Cases: edge values (zero, powers of two and ten around the switches to exponent form, the
smallest and largest doubles, subnormals, ties of the shortest-digit search), then 1500 random
doubles: 500 from random bit patterns, 1000 log-uniform between 1e-12 and 1e22 (both signs).

Usage: python3 src/test/scripts/python_repr.py > src/test/resources/scatter/output/python_repr.csv
"""
import math
import random
import struct
import sys


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def main():
    edge = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.0, 10.0, 100.0, 1e-4, 9.999999999999999e-05, 0.00011,
            1e-5, 1e15, 1e16, 9999999999999998.0, 1e16 - 2, 1.2345e16, 1e17, 1e22, 1e23, 2e23,
            5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            2.0 ** -1074 * 3, 2.0 ** 52, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** -20, 2.0 ** 60, 2.0 ** -60,
            2.6411851745050654e-06, 4273.050524205767, 295629.87700830627, 1.0 / 3.0, 2.0 / 3.0,
            123456789.0, 0.30000000000000004, 1e-7, 9.5e-5, 12345678901234567890.0,
            math.pi, math.e, float("inf"), float("-inf"), float("nan")]
    edge += [2.0 ** k for k in range(-1074, 1024, 37)]
    rng = random.Random(20261207)
    values = list(edge)
    while len(values) < len(edge) + 500:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isfinite(x):
            values.append(x)
    for _ in range(1000):
        values.append(rng.choice((1, -1)) * 10.0 ** rng.uniform(-12, 22))
    out = sys.stdout
    out.write("bits,repr\n")
    for x in values:
        out.write("%016x,%s\n" % (bits(x), repr(x)))


if __name__ == "__main__":
    main()
