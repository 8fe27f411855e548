#!/usr/bin/env python3
"""Writes Tests/TensorEngineTests/Fixtures/numpy_npy.json: .npy files produced by real NumPy
(base64) with the values they hold, for the engine's .npy reader and writer.

Each case is {"name", "npy": base64 bytes, "expected": {"shape", "data"}}. Cases marked
"exact": true are float32 C-order arrays saved by numpy.save, whose bytes the engine's
writer must reproduce exactly.

Run from the repository root:  python3 scripts/golden/numpy_npy.py
"""
import base64
import io
import json
import os

import numpy as np

rng = np.random.default_rng(7)
cases = []


def add(name, array, version=None, exact=False):
    buffer = io.BytesIO()
    if version is None:
        np.save(buffer, array)
    else:
        np.lib.format.write_array(buffer, array, version=version)
    values = np.asarray(array, dtype=np.float32)
    cases.append({
        "name": name,
        "npy": base64.b64encode(buffer.getvalue()).decode("ascii"),
        "exact": exact,
        "expected": {"shape": list(values.shape), "data": [float(v) for v in values.reshape(-1)]},
    })


add("float32 matrix", rng.standard_normal((3, 4)).astype(np.float32), exact=True)
add("float32 vector", rng.standard_normal(5).astype(np.float32), exact=True)
add("float32 scalar", np.array(2.5, dtype=np.float32), exact=True)
add("float32 empty", np.zeros((0, 3), dtype=np.float32), exact=True)
add("float32 4-d", rng.standard_normal((2, 1, 3, 2)).astype(np.float32), exact=True)
add("float32 long header", np.zeros((1,) * 30, dtype=np.float32), exact=True)
add("float64", rng.standard_normal((2, 3)))
add("float16", rng.standard_normal(6).astype(np.float16))
add("int8", np.array([-128, -1, 0, 1, 127], dtype=np.int8))
add("int16", np.array([-32768, 5, 32767], dtype=np.int16))
add("int32", np.arange(-3, 3, dtype=np.int32).reshape(2, 3))
add("int64", np.array([-(2 ** 40), 7, 2 ** 40], dtype=np.int64))
add("uint8", np.array([0, 200, 255], dtype=np.uint8))
add("uint16", np.array([0, 65535], dtype=np.uint16))
add("bool", np.array([[True, False], [False, True]]))
add("big-endian float32", np.arange(6, dtype=">f4").reshape(2, 3))
add("big-endian int32", np.array([-5, 6], dtype=">i4"))
add("fortran order", np.asfortranarray(np.arange(12, dtype=np.float32).reshape(3, 4)))
add("fortran order 3-d", np.asfortranarray(np.arange(24, dtype=np.float64).reshape(2, 3, 4)))
add("version 2.0", np.arange(4, dtype=np.float32), version=(2, 0))

out = os.path.join("Tests", "TensorEngineTests", "Fixtures", "numpy_npy.json")
with open(out, "w") as handle:
    json.dump({"generator": "scripts/golden/numpy_npy.py", "numpy": np.__version__, "cases": cases},
              handle, separators=(",", ":"), allow_nan=False)
print(f"wrote {len(cases)} cases to {out}")
