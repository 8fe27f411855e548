#!/usr/bin/env python3
"""Writes Tests/TensorEngineTests/Fixtures/numpy_golden.json: forward values computed by
real NumPy for the TensorEngine core ops (broadcasting arithmetic, comparisons, unary
functions, reductions, softmax, matmul, shape ops, indexing, linear algebra).

Each case is {"name", "op", "inputs": [{"shape", "data"}], "params": {...},
"expected": {"shape", "data"}} with data flattened in C order. Inputs are float32 (what the
engine stores); expected values are computed in float64 from those float32 inputs and then
rounded to float32, so the Swift tests compare against the exact mathematical answer.

Run from the repository root:  python3 scripts/golden/numpy_golden.py
"""
import json
import os

import numpy as np

rng = np.random.default_rng(20261129)
cases = []


def arr(x):
    x = np.asarray(x, dtype=np.float32)
    return {"shape": list(x.shape), "data": [float(v) for v in x.reshape(-1)]}


def rand(*shape, low=-2.0, high=2.0):
    return rng.uniform(low, high, size=shape).astype(np.float32)


def add(name, op, inputs, expected, **params):
    cases.append({
        "name": name,
        "op": op,
        "inputs": [arr(x) for x in inputs],
        "params": params,
        "expected": arr(np.asarray(expected, dtype=np.float64)),
    })


def f64(x):
    return np.asarray(x, dtype=np.float64)


# Broadcasting binary arithmetic.
shape_pairs = [((3, 4), (4,)), ((2, 1, 3), (4, 1)), ((5,), ()), ((1,), (3, 2)),
               ((2, 3, 1), (1, 1, 4)), ((3, 1), (1, 3)), ((1, 4), (3, 1)), ((2, 3), (2, 3))]
binary = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide,
    "maximum": np.maximum, "minimum": np.minimum,
}
for op, fn in binary.items():
    for a_shape, b_shape in shape_pairs:
        a, b = rand(*a_shape), rand(*b_shape)
        if op == "div":
            b = np.where(np.abs(b) < 0.3, 0.7, b).astype(np.float32)
        add(f"{op} {a_shape} {b_shape}", op, [a, b], fn(f64(a), f64(b)))
for a_shape, b_shape in shape_pairs[:4]:
    a, b = rand(*a_shape, low=0.2, high=2.0), rand(*b_shape)
    add(f"pow {a_shape} {b_shape}", "pow", [a, b], np.power(f64(a), f64(b)))

# Comparisons (integer values so that equality happens).
compare = {"eq": np.equal, "ne": np.not_equal, "lt": np.less, "le": np.less_equal,
           "gt": np.greater, "ge": np.greater_equal}
for op, fn in compare.items():
    a = rng.integers(0, 3, size=(3, 4)).astype(np.float32)
    b = rng.integers(0, 3, size=(4,)).astype(np.float32)
    add(f"{op} (3,4) (4,)", op, [a, b], fn(a, b))

# Python-style integer division and remainder (the remainder takes the divisor's sign).
a, b = rand(3, 4, low=-5, high=5), rand(4, low=-3, high=3)
b = np.where(np.abs(b) < 0.5, 1.5, b).astype(np.float32)
add("floorDivide (3,4) (4,)", "floorDivide", [a, b], np.floor_divide(f64(a), f64(b)))
add("mod (3,4) (4,)", "mod", [a, b], np.mod(f64(a), f64(b)))
x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.4, -3.7], dtype=np.float32)
add("round half to even", "round", [x], np.round(x))
add("floor", "floor", [x], np.floor(x))
add("ceil", "ceil", [x], np.ceil(x))
add("sign", "sign", [x], np.sign(x))
m1 = np.array([[1, 0, 1], [0, 0, 1]], dtype=np.float32)
m2 = np.array([1, 1, 0], dtype=np.float32)
add("logicalAnd", "logicalAnd", [m1, m2], np.logical_and(m1, m2))
add("logicalOr", "logicalOr", [m1, m2], np.logical_or(m1, m2))
add("logicalNot", "logicalNot", [m1], np.logical_not(m1))
for axis in [None, 0, 1]:
    np_axis = axis
    add(f"any axis={axis}", "any", [m1], np.any(m1, axis=np_axis), axis=axis)
    add(f"all axis={axis}", "all", [m1], np.all(m1, axis=np_axis), axis=axis)
a = np.array([1.0, 1.0, 1.0, 100.0], dtype=np.float32)
b = np.array([1.0, 1.000001, 1.1, 100.0001], dtype=np.float32)
add("isClose", "isClose", [a, b], np.isclose(a, b))

# Sorting (distinct values, so any sort algorithm agrees).
x = rand(3, 4, 5)
for axis in [-1, 0, 1]:
    add(f"sort axis={axis}", "sort", [x], np.sort(x, axis=axis), axis=axis)
    add(f"argsort axis={axis}", "argsort", [x], np.argsort(x, axis=axis), axis=axis)

# Reduced precision: float16 by NumPy's cast, bfloat16 by round-half-even on the top 16 bits.
x = np.concatenate([rand(20, low=-3, high=3), np.array([1e-8, 65519, -65519, 1 / 3, 2.5e-6],
                                                        dtype=np.float32)])
add("roundedToFloat16", "roundedToFloat16", [x], x.astype(np.float16).astype(np.float32))
bits = x.view(np.uint32).astype(np.uint64)
bf16 = ((bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000).astype(np.uint32).view(np.float32)
add("roundedToBFloat16", "roundedToBFloat16", [x], bf16)
add("trunc", "trunc", [x], np.trunc(x))

# Unary functions.
unary = {
    "exp": np.exp, "tanh": np.tanh, "abs": np.abs, "square": np.square, "sin": np.sin,
    "cos": np.cos, "relu": lambda x: np.maximum(x, 0), "neg": np.negative,
    "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
}
for op, fn in unary.items():
    x = rand(2, 3, 4)
    add(f"{op} (2,3,4)", op, [x], fn(f64(x)))
x = np.array([-100, -20, -1, 0, 1, 20, 100], dtype=np.float32)
add("sigmoid extremes", "sigmoid", [x], 1 / (1 + np.exp(-f64(x))))
for op, fn in {"log": np.log, "sqrt": np.sqrt}.items():
    x = rand(3, 5, low=0.1, high=5.0)
    add(f"{op} (3,5)", op, [x], fn(f64(x)))

# Reductions with axis / keepdims.
reductions = {"sum": np.sum, "mean": np.mean, "var": np.var, "std": np.std, "max": np.max,
              "min": np.min}
axes_list = [None, 0, 1, -1, [0, 2], [1, 2], [0, 1, 2]]
for op, fn in reductions.items():
    x = rand(3, 4, 5)
    for axis in axes_list:
        for keep in (False, True):
            np_axis = tuple(axis) if isinstance(axis, list) else axis
            add(f"{op} axis={axis} keepdims={keep}", op, [x], fn(f64(x), axis=np_axis, keepdims=keep),
                axis=axis, keepDims=keep)
for op, fn in {"argmax": np.argmax, "argmin": np.argmin}.items():
    x = rand(3, 4, 5)
    for axis in [None, 0, 1, 2, -1]:
        add(f"{op} axis={axis}", op, [x], fn(x, axis=axis), axis=axis, keepDims=False)
    add(f"{op} axis=1 keepdims", op, [x], fn(x, axis=1, keepdims=True), axis=1, keepDims=True)


x = rand(4, 5)
for axis in [0, 1]:
    add(f"var ddof=1 axis={axis}", "var", [x], np.var(f64(x), axis=axis, ddof=1), axis=axis, ddof=1)
    add(f"std ddof=1 axis={axis}", "std", [x], np.std(f64(x), axis=axis, ddof=1), axis=axis, ddof=1)
    add(f"cumsum axis={axis}", "cumsum", [x], np.cumsum(f64(x), axis=axis), axis=axis)
add("cumsum flattened", "cumsum", [x], np.cumsum(f64(x)), axis=None)
v = rand(4)
add("diag of vector", "diag", [v], np.diag(v))
add("diag of wide matrix", "diag", [x], np.diag(x))
m = rand(3, 3)
add("trace", "trace", [m], np.trace(f64(m)))


# Softmax / log-softmax, stable in float64.
def log_softmax(x, axis):
    x = f64(x)
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


for axis in [-1, 0, 1]:
    x = rand(3, 4, 5, low=-5, high=5)
    add(f"softmax axis={axis}", "softmax", [x], np.exp(log_softmax(x, axis)), axis=axis)
    add(f"logSoftmax axis={axis}", "logSoftmax", [x], log_softmax(x, axis), axis=axis)
for axis in [-1, 0]:
    x = rand(3, 4, low=-5, high=5)
    add(f"logSumExp axis={axis}", "logSumExp", [x], np.log(np.exp(f64(x)).sum(axis=axis)), axis=axis)
big = np.array([[1000, -1000, 999], [-1000, -999, -1000.5], [0, 0, 0]], dtype=np.float32)
add("softmax large logits", "softmax", [big], np.exp(log_softmax(big, -1)), axis=-1)
add("logSoftmax large logits", "logSoftmax", [big], log_softmax(big, -1), axis=-1)
add("logSumExp large logits", "logSumExp", [big],
    f64(big).max(axis=-1) + np.log(np.exp(f64(big) - f64(big).max(axis=-1, keepdims=True)).sum(axis=-1)), axis=-1)

# Matrix products.
matmul_shapes = [((3, 4), (4, 5)), ((4,), (4, 5)), ((3, 4), (4,)), ((4,), (4,)),
                 ((2, 3, 4), (2, 4, 5)), ((2, 1, 3, 4), (3, 4, 2)), ((5, 3, 4), (4, 2)),
                 ((3, 4), (2, 4, 5)), ((1, 4), (4, 1)), ((2, 3, 4), (4,))]
for a_shape, b_shape in matmul_shapes:
    a, b = rand(*a_shape), rand(*b_shape)
    add(f"matmul {a_shape} {b_shape}", "matmul", [a, b], np.matmul(f64(a), f64(b)))
a, b = rand(6), rand(6)
add("dot 1d", "dot", [a, b], np.dot(f64(a), f64(b)))
a, b = rand(3), rand(4)
add("outer", "outer", [a, b], np.outer(f64(a), f64(b)))

# Shape manipulation.
x = rand(2, 3, 4)
add("reshape -1", "reshape", [x], x.reshape(4, -1), shape=[4, -1])
add("transpose", "transpose", [x], x.T)
add("permute", "permute", [x], np.transpose(x, (1, 2, 0)), axes=[1, 2, 0])
add("expandDims", "expandDims", [x], np.expand_dims(x, 1), axis=1)
y = rand(1, 3, 1)
add("squeeze all", "squeeze", [y], np.squeeze(y))
add("squeeze axis", "squeeze", [y], np.squeeze(y, axis=2), axis=2)
a, b, c = rand(2, 3), rand(2, 1), rand(2, 2)
add("concatenate axis 1", "concatenate", [a, b, c], np.concatenate([a, b, c], axis=1), axis=1)
a, b = rand(2, 3), rand(4, 3)
add("concatenate axis 0", "concatenate", [a, b], np.concatenate([a, b], axis=0), axis=0)
a, b = rand(2, 3), rand(2, 3)
for axis in [0, 1, 2, -1]:
    add(f"stack axis {axis}", "stack", [a, b], np.stack([a, b], axis=axis), axis=axis)
x = rand(2, 3)
add("pad", "pad", [x], np.pad(x, ((1, 2), (0, 1)), constant_values=1.5), widths=[[1, 2], [0, 1]], value=1.5)
cond = (rand(3, 4) > 0).astype(np.float32)
a, b = rand(3, 1), rand(4)
add("where broadcast", "where", [cond, a, b], np.where(cond != 0, a, b))
x = rand(4, 5)
add("clip", "clip", [x], np.clip(x, -0.5, 0.7), min=-0.5, max=0.7)
add("clip min only", "clip", [x], np.clip(x, 0, None), min=0.0, max=None)
y = rand(3, 1)
add("broadcastTo", "broadcastTo", [y], np.broadcast_to(y, (2, 3, 4)), shape=[2, 3, 4])


# Indexing. Index items are encoded as {"int": i}, {"slice": [start, stop, step]},
# {"newaxis": true}, {"ellipsis": true}, {"indices": array}, {"mask": array}.
def encode(item):
    if item is None:
        return {"newaxis": True}
    if item is Ellipsis:
        return {"ellipsis": True}
    if isinstance(item, slice):
        return {"slice": [item.start, item.stop, item.step]}
    if isinstance(item, (int, np.integer)):
        return {"int": int(item)}
    item = np.asarray(item)
    if item.dtype == bool:
        return {"mask": arr(item)}
    return {"indices": arr(item)}


x = np.arange(60, dtype=np.float32).reshape(3, 4, 5)
index_cases = {
    "int": (1,),
    "negative int": (-1,),
    "two ints": (2, -3),
    "scalar element": (1, 2, 3),
    "slice": (slice(1, None),),
    "slice step": (slice(None, None, 2),),
    "negative step": (slice(None, None, -1),),
    "negative step bounds": (slice(-2, 0, -1), slice(4, None, -2)),
    "slice out of range clamps": (slice(-10, 10), slice(2, 100, 3)),
    "empty slice": (slice(2, 1),),
    "newaxis": (None, 1, None),
    "ellipsis": (Ellipsis, 2),
    "ellipsis middle": (0, Ellipsis, slice(1, 3)),
    "newaxis ellipsis": (Ellipsis, None),
    "int array": ([2, 0, 2],),
    "int array negative": (slice(None), [-1, 0]),
    "int array 2d": (np.array([[0, 1], [2, 2]]),),
    "two int arrays broadcast": (np.array([[0], [2]]), slice(None), np.array([1, 3, 4])),
    "adjacent arrays": (slice(None), [0, 3], [1, 4]),
    "int with array (separated)": (0, slice(None), [1, 2]),
    "arrays separated by slice": ([0, 2], slice(1, 3), [1, 4]),
    "mask first axis": (np.array([True, False, True]),),
    "mask 2d": (np.arange(12).reshape(3, 4) % 3 == 0,),
    "mask last axis": (Ellipsis, np.array([True, False, False, True, True])),
    "mask with slice": (slice(None, 2), np.array([False, True, True, False])),
}
for name, index in index_cases.items():
    cases.append({
        "name": f"index {name}",
        "op": "index",
        "inputs": [arr(x)],
        "params": {"index": [encode(i) for i in index]},
        "expected": arr(x[index]),
    })


# Randomised index expressions (a fuzz against NumPy): mixes of ints, slices with random
# bounds and steps, None, Ellipsis, integer arrays and masks on random shapes.
def random_index(shape):
    items = []
    axis = 0
    used_ellipsis = False
    while axis < len(shape) and rng.random() < 0.85:
        size = shape[axis]
        kind = rng.choice(["int", "slice", "slice", "none", "array", "mask", "ellipsis"])
        if kind == "int" and size > 0:
            items.append(int(rng.integers(-size, size)))
            axis += 1
        elif kind == "slice":
            def bound():
                return None if rng.random() < 0.3 else int(rng.integers(-size - 2, size + 3))
            step = None if rng.random() < 0.3 else int(rng.choice([-3, -2, -1, 1, 2, 3]))
            items.append(slice(bound(), bound(), step))
            axis += 1
        elif kind == "none":
            items.append(None)
        elif kind == "array" and size > 0:
            count = int(rng.integers(1, 4))
            items.append(rng.integers(-size, size, size=count))
            axis += 1
        elif kind == "mask":
            items.append(rng.random(size) < 0.5)
            axis += 1
        elif kind == "ellipsis" and not used_ellipsis:
            items.append(Ellipsis)
            used_ellipsis = True
            axis = len(shape) - int(rng.integers(0, len(shape) - axis + 1))
    return tuple(items)


fuzz_count = 0
error_count = 0
while fuzz_count < 80:
    shape = tuple(int(v) for v in rng.integers(1, 5, size=int(rng.integers(1, 4))))
    fx = np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape)
    index = random_index(shape)
    try:
        expected = fx[index]
    except IndexError:
        # NumPy rejects this index: the engine must throw too (expected holds no values).
        if error_count < 20:
            cases.append({
                "name": f"index error {error_count} shape={shape}",
                "op": "indexError",
                "inputs": [arr(fx)],
                "params": {"index": [encode(i) for i in index]},
                "expected": arr(np.zeros(0)),
            })
            error_count += 1
        continue
    cases.append({
        "name": f"index fuzz {fuzz_count} shape={shape}",
        "op": "index",
        "inputs": [arr(fx)],
        "params": {"index": [encode(i) for i in index]},
        "expected": arr(expected),
    })
    fuzz_count += 1

# Gradients of random index expressions: d/dx sum(x[index] * w) scatters w back with
# repeated positions summed (numpy.add.at).
grad_count = 0
while grad_count < 25:
    shape = tuple(int(v) for v in rng.integers(1, 5, size=int(rng.integers(1, 4))))
    fx = rand(*shape)
    index = random_index(shape)
    try:
        selected = fx[index].shape
    except IndexError:
        continue
    weights = rand(*selected)
    gradient = np.zeros(shape, dtype=np.float64)
    np.add.at(gradient, index, f64(weights))
    cases.append({
        "name": f"index gradient fuzz {grad_count} shape={shape}",
        "op": "indexGrad",
        "inputs": [arr(fx), arr(weights)],
        "params": {"index": [encode(i) for i in index]},
        "expected": arr(gradient),
    })
    grad_count += 1

# Randomised assignments x[index] = value with a value broadcast to the selection.
assign_count = 0
while assign_count < 30:
    shape = tuple(int(v) for v in rng.integers(1, 5, size=int(rng.integers(1, 4))))
    fx = np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape)
    index = random_index(shape)
    try:
        selected = fx[index].shape
    except IndexError:
        continue
    dims = selected[int(rng.integers(0, len(selected) + 1)):]
    value = rand(*tuple(1 if rng.random() < 0.3 else d for d in dims)) if dims else np.float32(rng.random())
    result = fx.copy()
    result[index] = value
    cases.append({
        "name": f"assign fuzz {assign_count} shape={shape} value={np.shape(value)}",
        "op": "assign",
        "inputs": [arr(fx), arr(value)],
        "params": {"index": [encode(i) for i in index]},
        "expected": arr(result),
    })
    assign_count += 1

# Randomised broadcasting: shapes built by dropping leading axes and setting sizes to 1.
for fuzz in range(30):
    full = [int(v) for v in rng.integers(1, 5, size=int(rng.integers(1, 5)))]
    def variant():
        dims = full[int(rng.integers(0, len(full))):]
        return tuple(1 if rng.random() < 0.3 else d for d in dims)
    fa, fb = rand(*variant()), rand(*variant())
    op = ["add", "sub", "mul", "maximum"][fuzz % 4]
    add(f"{op} fuzz {fuzz} {fa.shape} {fb.shape}", op, [fa, fb], binary[op](f64(fa), f64(fb)))

# Randomised matmul shapes: 1-D promotion, batch dimensions that broadcast.
for fuzz in range(20):
    m, k, n = (int(v) for v in rng.integers(1, 6, size=3))
    batch = [int(v) for v in rng.integers(1, 4, size=int(rng.integers(0, 3)))]
    def batched(core):
        if len(core) == 1 or not batch:
            return tuple(core)
        dims = batch[int(rng.integers(0, len(batch) + 1)):]
        return tuple([1 if rng.random() < 0.3 else d for d in dims] + core)
    left = batched([k] if rng.random() < 0.15 else [m, k])
    right = batched([k] if rng.random() < 0.15 else [k, n])
    fa, fb = rand(*left), rand(*right)
    add(f"matmul fuzz {fuzz} {left} {right}", "matmul", [fa, fb], np.matmul(f64(fa), f64(fb)))

# Randomised reductions over random axis sets.
for fuzz in range(20):
    shape = tuple(int(v) for v in rng.integers(1, 5, size=int(rng.integers(1, 5))))
    fx = rand(*shape)
    count = int(rng.integers(0, len(shape) + 1))
    axes = sorted(int(v) - len(shape) if rng.random() < 0.3 else int(v)
                  for v in rng.choice(len(shape), size=count, replace=False))
    keep = bool(rng.random() < 0.5)
    op = ["sum", "mean", "max", "min", "var"][fuzz % 5]
    axis = axes if axes else None
    np_axis = tuple(axes) if axes else None
    add(f"{op} fuzz {fuzz} {shape} axis={axis} keepdims={keep}", op, [fx],
        reductions[op](f64(fx), axis=np_axis, keepdims=keep), axis=axis, keepDims=keep)

# Assignment: the expected value is the whole tensor after x[index] = value.
assign_cases = {
    "assign row": ((1,), np.float32(7)),
    "assign column broadcast": ((slice(None), 0), np.array([1, 2, 3, 4, 5], dtype=np.float32)),
    "assign step": ((Ellipsis, slice(None, None, 2)), np.float32(-1)),
    "assign int array": (([0, 2], 1), np.array([[10, 11, 12, 13, 14]], dtype=np.float32)),
    "assign mask": ((x > 50,), np.float32(0)),
}
for name, (index, value) in assign_cases.items():
    y = x.copy()
    y[index] = value
    cases.append({
        "name": name,
        "op": "assign",
        "inputs": [arr(x), arr(value)],
        "params": {"index": [encode(i) for i in index]},
        "expected": arr(y),
    })

# Linear algebra.
a = rand(4, 3)
add("svd singular values tall", "svd_s", [a], np.linalg.svd(f64(a), compute_uv=False))
a = rand(3, 5)
add("svd singular values wide", "svd_s", [a], np.linalg.svd(f64(a), compute_uv=False))
m = rand(4, 4)
sym = ((m + m.T) / 2).astype(np.float32)
add("eigh eigenvalues", "eigh_values", [sym], np.linalg.eigh(f64(sym))[0])
well = (rand(4, 4) + 4 * np.eye(4)).astype(np.float32)
add("inv", "inv", [well], np.linalg.inv(f64(well)))
add("det", "det", [well], np.linalg.det(f64(well)))
m = rand(3, 3)
add("det general", "det", [m], np.linalg.det(f64(m)))
x = rand(3, 4)
add("norm frobenius", "norm", [x], np.linalg.norm(f64(x)), axis=None)
add("norm axis 1", "norm", [x], np.linalg.norm(f64(x), axis=1), axis=1)
v = rand(6)
for order in [1, 2, 3, 0.5, np.inf, -np.inf, 0]:
    add(f"norm vector ord={order}", "normOrd", [v], np.linalg.norm(f64(v), ord=order), ord=str(order))
for order in [1, -1, np.inf, -np.inf, 2]:
    add(f"norm matrix ord={order}", "normOrd", [x], np.linalg.norm(f64(x), ord=order), ord=str(order))
add("norm ord=1 axis 0", "normOrd", [x], np.linalg.norm(f64(x), ord=1, axis=0), ord="1", axis=0)

out = os.path.join("Tests", "TensorEngineTests", "Fixtures", "numpy_golden.json")
with open(out, "w") as handle:
    json.dump({"generator": "scripts/golden/numpy_golden.py", "numpy": np.__version__, "cases": cases},
              handle, separators=(",", ":"), allow_nan=False)
print(f"wrote {len(cases)} cases to {out}")
