#!/usr/bin/env python3
"""Turns bench/run's hyperfine exports (out/json), peak-RSS files (out/rss) and rows (out/rows.tsv) into the
markdown tables of docs/performance.md. Usage: table.py OUT MODE LOAD NPROC"""
import json, os, sys

out, mode, load, nproc = sys.argv[1:5]

def mean(name):
    try:
        with open(os.path.join(out, "json", name + ".json")) as f:
            return json.load(f)["results"][0]["mean"]
    except OSError:
        return None   # a memory-only figure

def rss(name):
    try:
        with open(os.path.join(out, "rss", name)) as f:
            return int(f.read().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        return None

def t(s):
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"

rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(out, "rows.tsv")) if line.strip()]
startup = mean("help")
lines = ["| figure | value | anchor | anchor value | ratio | target | met | peak RSS |", "|---|---|---|---|---|---|---|---|"]
lines.append(f"| .NET hello-world (anchor) | {t(mean('hello'))} | | | | | | {rss('hello') or 0:.0f} MB |")
scaling = {}
for figure, name, anchor, kind, limit, group, factor in rows:
    v, a = mean(name), mean(anchor)
    r = rss(name)
    if kind == "flat":
        base = rss(anchor)
        ratio = r / base if r and base else None
        met = None if ratio is None else ratio <= float(limit)
        shown = {True: "yes", False: "**no**", None: "—"}[met]
        lines.append(f"| {figure} | {'' if r is None else f'{r:.0f} MB'} | {anchor} | {'' if base is None else f'{base:.0f} MB'} | "
                     f"{'—' if ratio is None else f'{ratio:.2f}x'} | peak RSS within {float(limit):g}x of the smallest | {shown} | {'' if r is None else f'{r:.0f} MB'} |")
        continue
    ratio = v / a
    if kind == "ratio":
        lim = float(limit)
        target = f"within {round((lim - 1) * 100)}% of 4 plugins" if lim < 1.5 else f"within {lim:g}x"
        met = ratio <= lim
    elif kind == "rss":
        target, met = f"streaming, peak < {limit} MB", r is not None and r < float(limit)
    elif kind == "beyond":
        target, met = f"< {limit} s beyond start-up ({t(v - startup)})", v - startup < float(limit)
    elif kind == "abs":
        target, met = f"< {limit} s", v < float(limit)
    else:
        target, met = "—", None
    shown = {True: "yes", False: "**no**", None: "—"}[met]
    lines.append(f"| {figure} | {t(v)} | {anchor} | {t(a)} | {ratio:.2f}x | {target} | {shown} | {'' if r is None else f'{r:.0f} MB'} |")
    if group:
        scaling.setdefault(group, []).append((int(factor), figure, v, a, r))

text = [f"mode: {mode}; nproc {nproc}; load average at the end of the run: {load}", ""]
if mode == "tiny":
    text.insert(0, "(tiny run: a smoke test, the figures mean nothing)\n")
text += lines
if any(len(v) > 1 for v in scaling.values()):
    text += ["", "Scaling (1x = the sizes named in the 1x rows above). Growth is the time beyond start-up "
             f"(ops --help, {t(startup)}) from 10x to 100x; 10.0 is linear.", "",
             "| figure | 1x | 10x | 100x | anchor 1x / 10x / 100x | growth 10x→100x | linear or better |",
             "|---|---|---|---|---|---|---|"]
    for group, points in scaling.items():
        points.sort()
        by = {f: (v, a) for f, _, v, a, _ in points}
        if not all(f in by for f in (1, 10, 100)):
            continue
        grow = (by[100][0] - startup) / max(by[10][0] - startup, 1e-3)
        text.append(f"| {group} | {t(by[1][0])} | {t(by[10][0])} | {t(by[100][0])} | "
                    f"{t(by[1][1])} / {t(by[10][1])} / {t(by[100][1])} | {grow:.1f} | {'yes' if grow <= 12 else '**no**'} |")
print("\n".join(text))
