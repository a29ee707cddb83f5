#!/usr/bin/python3
"""Interrupted runs never leave a partial FILE, and --resume finishes them byte for byte (issue 18).

The input is the gold set's texts (tests/gold/*.jsonl) and samples/, copied COPIES times with
unique ids and dates a week apart per copy (so the dedupe window moves), plus one unusable line
per copy (a reject). For each of three outputs -- out.jsonl with --rejects, out.xlsx (ACLED
columns too would work the same), out.jsonl with --dedupe -- an uninterrupted run gives the
reference. Then, at random points (fixed seed; the points spread over the whole run, rule
loading included), `salvo extract -o out.*` on 1 or 2 threads gets SIGTERM, and:

  * its exit status is 143 (or 0 if it had already finished, or death by the signal when it came
    before the handlers were installed);
  * out.* is either absent or complete (equal to the reference): never a partial file;
  * `--resume` (on the other thread count) exits 0 and gives out.* (and the rejects file)
    byte-identical to the reference, and leaves no .partial or .checkpoint behind.

Also: two SIGTERMs in a row (the second ends the process at once), and SIGKILL with frequent
checkpoints (nothing is flushed at the end: the resumed run cuts FILE.partial back to the
checkpoint). Exit 0 = pass, 1 = fail.

Usage: interrupt_resume.py --salvo BIN --source DIR --workdir DIR [--trials N] [--seed S]
"""

import argparse
import datetime
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

COPIES = 8


def make_input(source, path):
    texts = []
    for name in sorted(glob.glob(os.path.join(source, "tests", "gold", "*.jsonl"))) + \
            sorted(glob.glob(os.path.join(source, "samples", "*.jsonl"))):
        with open(name, encoding="utf-8") as f:
            texts += [json.loads(line) for line in f if line.strip()]
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for rec in texts:
                r = {"id": f"{rec.get('id', n)}-c{copy}", "text": rec["text"]}
                if rec.get("date"):
                    d = datetime.date.fromisoformat(rec["date"][:10]) + datetime.timedelta(days=7 * copy)
                    r["date"] = d.isoformat()
                if rec.get("title"):
                    r["title"] = rec["title"]
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
            out.write('{"id": "broken", "text": \n')  # a reject
    return n


def read(path):
    with open(path, "rb") as f:
        return f.read()


class Case:
    def __init__(self, name, out, extra):
        self.name, self.out, self.extra = name, out, extra


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--salvo", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--trials", type=int, default=24)
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    a.salvo = os.path.abspath(a.salvo)
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    w = lambda name: os.path.join(a.workdir, name)  # noqa: E731
    records = make_input(a.source, w("in.jsonl"))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")  # XLSX: reproducible workbook
    cases = [Case("jsonl+rejects", "out.jsonl", ["--rejects", "rej.jsonl"]),
             Case("xlsx", "out.xlsx", []),
             Case("jsonl+dedupe", "out.jsonl", ["--dedupe"])]

    def cmd(case, threads, *more):
        return [a.salvo, "extract", "-q", "--threads", str(threads), *case.extra, *more,
                "-o", case.out, "in.jsonl"]

    def clean():
        for p in glob.glob(w("out.*")) + glob.glob(w("rej.*")):
            os.remove(p)

    # References, and how long a run takes (the interruption points spread over it).
    refs, durations = {}, {}
    for case in cases:
        clean()
        t0 = time.monotonic()
        subprocess.run(cmd(case, 1), cwd=a.workdir, env=env, check=True)
        durations[case.name] = time.monotonic() - t0
        refs[case.name] = (read(w(case.out)), read(w("rej.jsonl")) if "--rejects" in case.extra else None)
    print(f"interrupt_resume: {records} records; reference runs "
          + ", ".join(f"{k} {v:.2f} s" for k, v in durations.items()))

    rng = random.Random(a.seed)
    failures = []
    plan = [("TERM", i) for i in range(a.trials)] + [("TERM TERM", i) for i in range(2)] + \
           [("KILL", i) for i in range(2)]
    outcomes = {}
    for kind, i in plan:
        case = cases[i % len(cases)]
        threads = 1 + (i // len(cases)) % 2
        clean()
        delay = rng.uniform(0.05, durations[case.name] * 1.05)
        more = ["--checkpoint-every", "0.05"] if kind == "KILL" else []
        p = subprocess.Popen(cmd(case, threads, *more), cwd=a.workdir, env=env, stderr=subprocess.PIPE)
        time.sleep(delay)
        for s in kind.split():
            try:
                p.send_signal(getattr(signal, "SIG" + s))
            except ProcessLookupError:
                pass
            time.sleep(0.01)
        _, err = p.communicate()
        rc = p.returncode
        where = f"{kind} at {delay:.2f} s, {case.name}, {threads} thread(s)"
        outcomes[rc] = outcomes.get(rc, 0) + 1
        allowed = {0, 143, -signal.SIGTERM} if kind != "KILL" else {0, -signal.SIGKILL}
        if rc not in allowed:
            failures.append(f"{where}: exit {rc}: {err.decode('utf-8', 'replace')}")
            continue
        ref_out, ref_rej = refs[case.name]
        if os.path.exists(w(case.out)) and read(w(case.out)) != ref_out:
            failures.append(f"{where}: {case.out} exists and is not the whole output")
        r = subprocess.run(cmd(case, 3 - threads, "--resume"), cwd=a.workdir, env=env, stderr=subprocess.PIPE)
        if r.returncode != 0:
            failures.append(f"{where}: --resume exited {r.returncode}: {r.stderr.decode('utf-8', 'replace')}")
            continue
        if read(w(case.out)) != ref_out:
            failures.append(f"{where}: after --resume, {case.out} differs from the uninterrupted run's")
        if ref_rej is not None and read(w("rej.jsonl")) != ref_rej:
            failures.append(f"{where}: after --resume, the rejects file differs")
        left = [p for p in os.listdir(a.workdir) if p.endswith((".partial", ".checkpoint", ".tmp"))]
        if left:
            failures.append(f"{where}: left behind after --resume: {left}")
    for f in failures:
        print("interrupt_resume: " + f, file=sys.stderr)
    print(f"interrupt_resume: {len(plan)} interrupted runs (exit statuses {outcomes}), "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
