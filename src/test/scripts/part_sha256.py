"""Reference SHA-256 digest of a tiny part file's data, for PartFileTest.

The part holds row 1 of a grid of 2 x 3 nodes (nx = 1, ny = 2, x in [-1.5, 2], y in [0, 0.5]).
Its digest is SHA-256 over x, y, incident_re, incident_im, scattered_re, scattered_im as
little-endian float64 and inside as little-endian int32, in that order (see PartFile's Javadoc).
Computed here with the standard library only, independently of the Java code.

Usage: python3 src/test/scripts/part_sha256.py
"""
import hashlib
import struct

x = [-1.5, 2.0]
y = [0.25]
incident_re = [1.0, -0.0]
incident_im = [1e-300, 3.5]
scattered_re = [0.0, -2.75]
scattered_im = [0.0, 1.0 / 3.0]
inside = [1, 0]

data = b"".join(struct.pack("<%dd" % len(a), *a)
                for a in (x, y, incident_re, incident_im, scattered_re, scattered_im))
data += struct.pack("<%di" % len(inside), *inside)
print(hashlib.sha256(data).hexdigest())
