#!/usr/bin/env python3
"""Lists the dependencies between the core's top-level modules (src/<module>) and fails when
they form a cycle, or when SQL is written outside the records module and the catalogue (the
shell in src-tauri/ and the command-line tool hold none).

A dependency is a path `crate::<module>` in code: comments and `#[cfg(test)]` modules do not
count (a test may reach anywhere). Run from the repository root:

    python3 scripts/module-cycles.py          # prints the graph; exit 1 on a cycle
"""
import re
import sys
from pathlib import Path

SRC = Path("src")
# Modules that may hold SQL: the records (patient data) and the catalogue (installed
# content, its own database).
SQL_HOMES = {"records", "catalogue"}
SQL = re.compile(r'"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|DROP|ALTER)\s', re.I)


def modules():
    for path in sorted(SRC.iterdir()):
        if path.name in ("lib.rs", "bin", "main.rs"):
            continue
        name = path.stem
        files = sorted(path.rglob("*.rs")) if path.is_dir() else [path]
        yield name, files


def code_lines(path):
    """The lines of a file outside comments and outside `#[cfg(test)]` items."""
    lines = path.read_text().splitlines()
    skip_depth = None
    depth = 0
    pending_test = False
    for line in lines:
        stripped = line.strip()
        if path.name in ("tests.rs",) and path.parent.name != "src":
            return
        if stripped.startswith("//"):
            continue
        if skip_depth is None and stripped.startswith("#[cfg(test)]"):
            pending_test = True
            continue
        opens, closes = line.count("{"), line.count("}")
        if pending_test and opens:
            skip_depth = depth
            pending_test = False
        depth += opens - closes
        if skip_depth is not None:
            if depth <= skip_depth:
                skip_depth = None
            continue
        yield line.split("//")[0]


def main():
    names = [n for n, _ in modules()]
    graph, sql = {}, []
    for name, files in modules():
        deps = set()
        for f in files:
            for line in code_lines(f):
                deps.update(m for m in re.findall(r"crate::([a-z_]+)", line) if m in names)
                if name not in SQL_HOMES and SQL.search(line):
                    sql.append(f"{f}: {line.strip()}")
        deps.discard(name)
        graph[name] = sorted(deps)
    # The shell and the command-line tool hold no SQL at all.
    for f in sorted(Path("src-tauri/src").rglob("*.rs")) + sorted(Path("src/bin").rglob("*.rs")):
        sql.extend(f"{f}: {line.strip()}" for line in code_lines(f) if SQL.search(line))
    for name in names:
        print(f"{name:10} -> {' '.join(graph[name]) or '(none)'}")
    sys.stdout.flush()

    cycles = []
    state = {}

    def visit(node, stack):
        state[node] = "open"
        stack.append(node)
        for dep in graph[node]:
            if state.get(dep) == "open":
                cycles.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[node] = "done"

    for name in names:
        if name not in state:
            visit(name, [])
    for cycle in cycles:
        print("cycle: " + " -> ".join(cycle), file=sys.stderr)
    for line in sql:
        print("SQL outside records/ and catalogue: " + line, file=sys.stderr)
    return 1 if cycles or sql else 0


if __name__ == "__main__":
    sys.exit(main())
