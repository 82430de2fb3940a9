#!/usr/bin/env python3
"""Writes the hostile grid cases that are copies of assets/content/liesbreuk.toml with one
change each, so the corpus follows the content format. Run from the repository root after a
change of format or of liesbreuk.toml, then review every .expect file it writes (made by the
real checker) before committing: a case must show the one finding it is about.

    python3 tests/corpus/make_grid_cases.py target/debug/keuzekaart
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GRIDS = ROOT / "tests/corpus/grids"
BASE = (ROOT / "assets/content/liesbreuk.toml").read_text()
AFWACHTEN = 'option = "afwachten"\nnumerator = 5\ndenominator = 100\ntime_frame = { amount = 2, unit = "years" }\n'
OPERATIE = 'option = "operatie"\nnumerator = 2\ndenominator = 100\ntime_frame = { amount = 2, unit = "years" }\n'


def once(text, old, new):
    assert text.count(old) >= 1, f"not in liesbreuk.toml: {old!r}"
    return text.replace(old, new, 1)


def operatie_block(text):
    start = text.index("[[outcomes.values]]\n" + OPERATIE)
    end = text.index("\n\n", start)
    return start, end


def without_operatie_value(text):
    start, end = operatie_block(text)
    return text[:start] + text[end + 2:]


CASES = {
    # Structure and numbers (the checks of format 1, on a format-2 grid).
    "denominator-mismatch": lambda t: once(t, OPERATIE, OPERATIE.replace("numerator = 2\ndenominator = 100", "numerator = 22\ndenominator = 1000")),
    "duplicate-id": lambda t: once(t, 'id = "vastzitten"', 'id = "later-toch-operatie"'),
    "markup-in-text": lambda t: once(t, 'summary.nl = "', 'summary.nl = "<b>Let op</b> '),
    "relative-without-absolute": lambda t: once(
        without_operatie_value(t),
        'certainty = "low"\ncertainty_reason.nl = "Eén onderzoek. Veel',
        'relative_effects = [{ measure = "rr", value = 0.4, compares = ["operatie", "afwachten"] }]\ncertainty = "low"\ncertainty_reason.nl = "Eén onderzoek. Veel',
    ),
    "timeframe-mismatch": lambda t: once(t, OPERATIE, OPERATIE.replace('{ amount = 2, unit = "years" }', '{ amount = 24, unit = "months" }')),
    "unresolved-citation": lambda t: once(t, 'source = { reference = "fitzgibbons-2006", arm = "watchful waiting", population = "minimal-symptoms", reported = { percent = 5.1', 'source = { reference = "fitzgibbons-2060", arm = "watchful waiting", population = "minimal-symptoms", reported = { percent = 5.1'),
    # Format 2: the source data behind every figure.
    "source-block-missing": lambda t: re.sub(r'(option = "afwachten"\nnumerator = 5\n[^\n]*\n[^\n]*\n)source = [^\n]*\n', r"\1", t, count=1),
    "figure-does-not-follow": lambda t: once(t, AFWACHTEN, AFWACHTEN.replace("numerator = 5", "numerator = 8")),
    "follow-up-differs": lambda t: once(t, "reported = { percent = 5.1, of = 364 }, follow_up = { amount = 2, unit = \"years\" }", "reported = { percent = 5.1, of = 364 }, follow_up = { amount = 3, unit = \"years\" }"),
    "range-without-interval": lambda t: once(t, AFWACHTEN, AFWACHTEN.replace("denominator = 100\n", "denominator = 100\nrange = [3, 8]\n")),
    "reported-two-shapes": lambda t: once(t, "reported = { percent = 5.1, of = 364 }", "reported = { percent = 5.1, of = 364, events = 19 }"),
    "population-differs": lambda t: once(t, 'population.nl = "Mannen met een liesbreuk met weinig of geen klachten"\npopulation.en', 'population.nl = "Mannen van 55 jaar en ouder met een liesbreuk"\npopulation.en'),
    "choice-reason-missing": lambda t: once(t, "reported = { percent = 2.2, of = 356 }, follow_up = { amount = 2, unit = \"years\" }, location", "reported = { percent = 2.2, of = 356 }, follow_up = { amount = 2, unit = \"years\" }, supporting = [\"de-goede-2018\"], location"),
    "typed-number-unsourced": lambda t: once(t, 'answers.afwachten.nl = "U gaat niet naar het ziekenhuis.', 'answers.afwachten.nl = "U gaat niet naar het ziekenhuis. Dat geldt voor 37 van de 100 mannen.'),
}


def expect_lines(binary, path):
    run = subprocess.run([binary, "check", path.name], cwd=path.parent, capture_output=True, text=True,
                         env={"LANG": "en_GB.UTF-8"})
    lines = []
    for line in run.stdout.splitlines():
        m = re.match(r"\s+[^:]+:(\d+):(\d+): (error|warning)\[([a-z0-9-]+)\]: .*?(?: \[([a-z_][^ ]*)\])?$", line)
        if m:
            lines.append(f"{m[3]} {m[4]} {m[1]}:{m[2]} {m[5] or '-'}")
    return sorted(lines)


def main():
    binary = str(Path(sys.argv[1]).resolve())
    for name, change in CASES.items():
        text = change(BASE)
        assert text != BASE, name
        path = GRIDS / f"{name}.toml"
        path.write_text(text)
        lines = expect_lines(binary, path)
        head = "# severity code line:column field (\"-\": the whole file)\n"
        (GRIDS / f"{name}.expect").write_text(head + "\n".join(lines) + "\n")
        print(f"{name}: {lines}")


if __name__ == "__main__":
    main()
