"""Golden values for the engine's deep-learning ops, computed by real PyTorch (CPU, float32).

Writes Tests/TensorEngineTests/Fixtures/torch_golden.json. Each case stores its inputs, an
upstream gradient `g`, the forward result and the gradients of sum(output * g), so the Swift
tests can replay it without Python. Run from the repository root:

    ~/anchors-venv/bin/python scripts/golden/torch_golden.py
"""
import json
import math
import os

import numpy as np
import torch
import torch.nn.functional as F

torch.set_num_threads(1)
rng = np.random.default_rng(20260101)


def arr(shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def t(x):
    """A tensor fixture: shape plus row-major data."""
    x = x.detach().cpu().numpy() if isinstance(x, torch.Tensor) else np.asarray(x, dtype=np.float32)
    return {"shape": list(x.shape), "data": [float(v) for v in x.reshape(-1)]}


def leaf(x):
    return torch.tensor(x, requires_grad=True)


def conv_cases():
    configs = [
        # name, N, C, H, W, O, kH, kW, stride, padding, bias
        ("basic", 2, 3, 6, 5, 4, 3, 3, 1, 0, True),
        ("pad1_stride2", 2, 2, 7, 7, 3, 3, 3, 2, 1, True),
        ("batch1_nobias", 1, 3, 5, 6, 2, 2, 3, 1, 1, False),
        ("lenet_like", 3, 1, 12, 12, 6, 5, 5, 1, 2, True),
        ("one_by_one_stride2", 2, 4, 6, 6, 3, 1, 1, 2, 0, True),
    ]
    cases = []
    for name, n, c, h, w, o, kh, kw, s, p, has_bias in configs:
        x, wt = leaf(arr((n, c, h, w))), leaf(arr((o, c, kh, kw), 0.5))
        b = leaf(arr((o,))) if has_bias else None
        y = F.conv2d(x, wt, b, stride=s, padding=p)
        g = torch.tensor(arr(tuple(y.shape)))
        (y * g).sum().backward()
        case = {"name": name, "stride": s, "padding": p, "x": t(x), "weight": t(wt), "y": t(y),
                "g": t(g), "dx": t(x.grad), "dweight": t(wt.grad)}
        if b is not None:
            case["bias"], case["dbias"] = t(b), t(b.grad)
        cases.append(case)
    return cases


def pool_cases():
    configs = [("max", 2, 2, (2, 3, 6, 6)), ("max", 3, 2, (1, 2, 7, 8)), ("max", 2, 1, (2, 1, 4, 5)),
               ("avg", 2, 2, (2, 3, 6, 6)), ("avg", 3, 1, (1, 2, 5, 7)), ("avg", 2, 3, (2, 2, 8, 7))]
    cases = []
    for kind, k, s, shape in configs:
        x = leaf(arr(shape))
        y = F.max_pool2d(x, k, s) if kind == "max" else F.avg_pool2d(x, k, s)
        g = torch.tensor(arr(tuple(y.shape)))
        (y * g).sum().backward()
        cases.append({"kind": kind, "kernel": k, "stride": s, "x": t(x), "y": t(y), "g": t(g),
                      "dx": t(x.grad)})
    return cases


def batchnorm_cases():
    cases = []
    for name, shape, training in [("train_4d", (4, 3, 5, 5), True), ("train_2d", (6, 4), True),
                                  ("eval_4d", (2, 3, 4, 4), False), ("train_batch1_4d", (1, 2, 3, 3), True)]:
        c = shape[1]
        x = leaf(arr(shape, 2.0) + 1.5)
        gamma, beta = leaf(arr((c,), 0.5) + 1.0), leaf(arr((c,)))
        running_mean = torch.tensor(arr((c,), 0.1))
        running_var = torch.tensor(np.abs(arr((c,))) + 0.5)
        rm0, rv0 = running_mean.clone(), running_var.clone()
        y = F.batch_norm(x, running_mean, running_var, gamma, beta, training=training, momentum=0.1, eps=1e-5)
        g = torch.tensor(arr(tuple(y.shape)))
        (y * g).sum().backward()
        cases.append({"name": name, "training": training, "momentum": 0.1, "eps": 1e-5, "x": t(x),
                      "gamma": t(gamma), "beta": t(beta), "running_mean": t(rm0), "running_var": t(rv0),
                      "y": t(y), "new_running_mean": t(running_mean), "new_running_var": t(running_var),
                      "g": t(g), "dx": t(x.grad), "dgamma": t(gamma.grad), "dbeta": t(beta.grad)})
    return cases


def focal_loss(logits, labels, gamma, alpha):
    """Multi-class focal loss (Lin et al. 2017): mean of -alpha[y] (1 - p_y)^gamma log p_y."""
    logp = F.log_softmax(logits, dim=1).gather(1, labels[:, None]).squeeze(1)
    loss = -((1 - logp.exp()) ** gamma) * logp
    if alpha is not None:
        loss = loss * alpha[labels]
    return loss.mean()


def binary_focal_loss(logits, target, gamma, alpha):
    """torchvision.ops.sigmoid_focal_loss with reduction="mean", written out in torch ops."""
    p = torch.sigmoid(logits)
    ce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    p_t = p * target + (1 - p) * (1 - target)
    loss = ce * ((1 - p_t) ** gamma)
    if alpha is not None:
        loss = (alpha * target + (1 - alpha) * (1 - target)) * loss
    return loss.mean()


def loss_cases():
    cases = []
    pred, target = leaf(arr((4, 3))), torch.tensor(arr((4, 3)))
    loss = F.mse_loss(pred, target)
    loss.backward()
    cases.append({"kind": "mse", "input": t(pred), "target": t(target), "loss": float(loss.detach()),
                  "dinput": t(pred.grad)})
    for n, classes, scale in [(5, 4, 1.0), (1, 3, 1.0), (3, 6, 40.0)]:
        logits = leaf(arr((n, classes), scale))
        labels = rng.integers(0, classes, n)
        loss = F.cross_entropy(logits, torch.tensor(labels))
        loss.backward()
        cases.append({"kind": "cross_entropy", "input": t(logits), "labels": [int(v) for v in labels],
                      "loss": float(loss.detach()), "dinput": t(logits.grad)})
    probs = leaf(rng.uniform(0.05, 0.95, (6,)).astype(np.float32))
    target = torch.tensor(rng.integers(0, 2, (6,)).astype(np.float32))
    loss = F.binary_cross_entropy(probs, target)
    loss.backward()
    cases.append({"kind": "bce", "input": t(probs), "target": t(target), "loss": float(loss.detach()),
                  "dinput": t(probs.grad)})
    logits = leaf(arr((2, 4), 30.0))
    target = torch.tensor(rng.integers(0, 2, (2, 4)).astype(np.float32))
    loss = F.binary_cross_entropy_with_logits(logits, target)
    loss.backward()
    cases.append({"kind": "bce_logits", "input": t(logits), "target": t(target), "loss": float(loss.detach()),
                  "dinput": t(logits.grad)})
    for gamma, alpha in [(2.0, None), (0.0, None), (1.5, [0.25, 0.5, 1.0, 2.0])]:
        logits = leaf(arr((5, 4), 2.0))
        labels = rng.integers(0, 4, 5)
        alpha_t = torch.tensor(alpha, dtype=torch.float32) if alpha is not None else None
        loss = focal_loss(logits, torch.tensor(labels), gamma, alpha_t)
        loss.backward()
        case = {"kind": "focal", "input": t(logits), "labels": [int(v) for v in labels], "gamma": gamma,
                "loss": float(loss.detach()), "dinput": t(logits.grad)}
        if alpha is not None:
            case["alpha"] = alpha
        cases.append(case)
    for gamma, alpha, scale in [(2.0, 0.25, 2.0), (0.0, None, 1.0), (1.0, 0.75, 8.0)]:
        logits = leaf(arr((3, 4), scale))
        target = torch.tensor(rng.integers(0, 2, (3, 4)).astype(np.float32))
        loss = binary_focal_loss(logits, target, gamma, alpha)
        loss.backward()
        case = {"kind": "binary_focal", "input": t(logits), "target": t(target), "gamma": gamma,
                "loss": float(loss.detach()), "dinput": t(logits.grad)}
        if alpha is not None:
            case["binary_alpha"] = alpha
        cases.append(case)
    return cases


def optimizer_cases():
    """Three steps of each optimizer from the same start with a fixed gradient sequence."""
    start = arr((2, 3))
    grads = [arr((2, 3)) for _ in range(3)]
    configs = [
        ("sgd", dict(lr=0.1)),
        ("sgd", dict(lr=0.1, momentum=0.9)),
        ("sgd", dict(lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01)),
        ("sgd", dict(lr=0.05, momentum=0.5, dampening=0.0, weight_decay=0.1)),
        ("rmsprop", dict(lr=0.01, alpha=0.99, eps=1e-8)),
        ("rmsprop", dict(lr=0.01, alpha=0.9, eps=1e-8, momentum=0.5, weight_decay=0.01)),
        ("adam", dict(lr=0.01, betas=(0.9, 0.999), eps=1e-8)),
        ("adam", dict(lr=0.1, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.05)),
        ("adamw", dict(lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.1)),
    ]
    makers = {"sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam,
              "adamw": torch.optim.AdamW}
    cases = []
    for kind, options in configs:
        p = torch.nn.Parameter(torch.tensor(start))
        opt = makers[kind]([p], **options)
        after = []
        for g in grads:
            p.grad = torch.tensor(g)
            opt.step()
            after.append(t(p))
        opts = {k: (list(v) if isinstance(v, tuple) else v) for k, v in options.items()}
        cases.append({"kind": kind, "options": opts, "start": t(start), "grads": [t(g) for g in grads],
                      "after": after})
    return cases


def schedule_cases():
    def lrs(make, steps=12):
        p = torch.nn.Parameter(torch.zeros(1))
        opt = torch.optim.SGD([p], lr=0.1)
        sched = make(opt)
        out = []
        for _ in range(steps):
            out.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
        return out
    return [
        {"kind": "step", "base_lr": 0.1, "step_size": 3, "gamma": 0.5,
         "lrs": lrs(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5))},
        {"kind": "exponential", "base_lr": 0.1, "gamma": 0.9,
         "lrs": lrs(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9))},
        {"kind": "cosine", "base_lr": 0.1, "t_max": 10, "eta_min": 0.001,
         "lrs": lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10, eta_min=0.001), 11)},
    ]


def clip_cases():
    grads = [arr((3,), 2.0), arr((2, 2), 2.0)]
    ps = [torch.nn.Parameter(torch.zeros(g.shape)) for g in grads]
    for p, g in zip(ps, grads):
        p.grad = torch.tensor(g)
    total = torch.nn.utils.clip_grad_norm_(ps, max_norm=1.0)
    by_norm = {"max_norm": 1.0, "grads": [t(g) for g in grads], "total_norm": float(total),
               "clipped": [t(p.grad) for p in ps]}
    for p, g in zip(ps, grads):
        p.grad = torch.tensor(g)
    torch.nn.utils.clip_grad_value_(ps, clip_value=0.5)
    by_value = {"clip_value": 0.5, "grads": [t(g) for g in grads], "clipped": [t(p.grad) for p in ps]}
    return {"norm": by_norm, "value": by_value}


golden = {
    "generator": f"scripts/golden/torch_golden.py with torch {torch.__version__}",
    "conv2d": conv_cases(),
    "pool": pool_cases(),
    "batchnorm": batchnorm_cases(),
    "losses": loss_cases(),
    "optimizers": optimizer_cases(),
    "schedules": schedule_cases(),
    "clipping": clip_cases(),
}
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
path = os.path.join(root, "Tests", "TensorEngineTests", "Fixtures", "torch_golden.json")
with open(path, "w") as f:
    json.dump(golden, f, separators=(",", ":"))
    f.write("\n")
print(f"wrote {os.path.relpath(path, root)}")
