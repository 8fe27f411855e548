#!/usr/bin/env python3
"""Runs every TensorScript oracle snippet under real Python + NumPy and records its output.

Writes Tests/TensorScriptTests/Fixtures/oracle.json: a list of
{"name", "source", "output", "error"} where "error" lists the exception's class names
(the class and its bases) when the snippet raises, and is null otherwise.

Running a snippet here proves the transfer property: each one is valid Python 3 with NumPy.
Snippets marked with the "dl" prelude use the deep-learning helpers that TensorScript
provides as built-ins (softmax, conv2d, ...); for Python a plain NumPy definition of each
helper is executed first, written the way a learner would write it.

Usage: python3 scripts/oracle/generate_oracle.py
"""
import contextlib
import io
import json
import os
import sys

import numpy as np

from snippets import SNIPPETS, DL_PRELUDE

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "..", "Tests", "TensorScriptTests", "Fixtures", "oracle.json")


def run(source, prelude):
    namespace = {}
    buffer = io.StringIO()
    error = None
    with contextlib.redirect_stdout(buffer):
        try:
            if prelude:
                exec(DL_PRELUDE, namespace)
            exec(compile(source, "<snippet>", "exec"), namespace)
        except Exception as exc:  # the snippet's expected error
            error = [cls.__name__ for cls in type(exc).__mro__ if cls not in (object, BaseException)]
    return buffer.getvalue(), error


def main():
    names = set()
    cases = []
    for entry in SNIPPETS:
        name, source = entry[0], entry[1]
        flags = entry[2] if len(entry) > 2 else ""
        if name in names:
            sys.exit(f"duplicate snippet name {name}")
        names.add(name)
        output, error = run(source, "dl" in flags)
        if error and "error" not in flags:
            sys.exit(f"snippet {name} raised {error[0]} unexpectedly:\n{source}\n{output}")
        if not error and "error" in flags:
            sys.exit(f"snippet {name} was expected to raise but did not")
        cases.append({"name": name, "source": source, "output": output, "error": error})
    os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
    with open(FIXTURE, "w") as handle:
        json.dump({"numpy": np.__version__, "cases": cases}, handle, indent=1)
        handle.write("\n")
    print(f"wrote {len(cases)} cases to {os.path.normpath(FIXTURE)}")


if __name__ == "__main__":
    main()
