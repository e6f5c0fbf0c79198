"""Reads scatter's result files with independent readers (h5py, VTK) and checks them.

Usage: check_outputs.py RESULT.h5 RESULT.vtk FRAME.vtk...
The HDF5 file must hold the default case; the VTK files must agree with it.
"""
import sys

import h5py
import numpy as np
import vtk
from vtk.util.numpy_support import vtk_to_numpy

REFERENCE_CHECKSUM = 4686.3393277255545  # float64 numpy/scipy re-implementation
h5_path, vtk_path, *frames = sys.argv[1:]

with h5py.File(h5_path, "r") as f:
    for name in ("x", "y", "incident_re", "incident_im", "scattered_re", "scattered_im", "inside"):
        assert name in f, f"{h5_path}: no dataset {name}"
    nx1, ny1 = f["x"].shape[0], f["y"].shape[0]
    assert f["scattered_re"].shape == (ny1, nx1), f["scattered_re"].shape
    for key in ("lambda", "nx", "ny", "nc", "xc", "yc", "evaluation", "threads"):
        assert key in f.attrs, f"{h5_path}: no attribute {key}"
    evaluation = f.attrs["evaluation"]
    evaluation = evaluation.decode() if isinstance(evaluation, bytes) else str(evaluation)
    assert evaluation == "direct" and "fmm_tol" not in f.attrs, (evaluation, dict(f.attrs))
    sr, si = f["scattered_re"][...], f["scattered_im"][...]
    ir, ii = f["incident_re"][...], f["incident_im"][...]
    inside = f["inside"][...]
    checksum = float((sr * sr + si * si).sum())
    assert abs(checksum - REFERENCE_CHECKSUM) <= 1e-9 * REFERENCE_CHECKSUM, checksum
    assert int(inside.sum()) == 1450, inside.sum()
    print(f"{h5_path}: {ny1}x{nx1}, checksum {checksum!r}, {int(inside.sum())} inside, attrs {dict(f.attrs)}")


def read_vtk(path):
    reader = vtk.vtkRectilinearGridReader()
    reader.SetFileName(path)
    reader.ReadAllScalarsOn()
    reader.Update()
    grid = reader.GetOutput()
    assert grid.GetDimensions() == (nx1, ny1, 1), grid.GetDimensions()
    data = grid.GetPointData()
    return {data.GetArrayName(i): vtk_to_numpy(data.GetArray(i)).reshape(ny1, nx1)
            for i in range(data.GetNumberOfArrays())}


arrays = read_vtk(vtk_path)
for name, ref in (("incident_re", ir), ("incident_im", ii), ("scattered_re", sr), ("scattered_im", si)):
    assert np.array_equal(arrays[name], ref), f"{vtk_path}: {name} differs from the HDF5 file"
assert np.allclose(arrays["total"], ir + sr, rtol=0, atol=1e-15)
print(f"{vtk_path}: arrays {sorted(arrays)} equal to the HDF5 file")

for frame in frames:
    it = int(frame.rsplit("_", 1)[1].split(".")[0])
    total = read_vtk(frame)["total"]
    expected = (np.exp(-2j * np.pi * it / 20) * (sr + 1j * si + ir + 1j * ii)).real
    assert np.allclose(total, expected, rtol=0, atol=1e-12), frame
    print(f"{frame}: total field of frame {it} as expected")
