#!/usr/bin/python3
"""Builds the Debian package with CPack and checks it, installing nothing on the machine.

  package_test.py --build BUILD_DIR --source DIR --version X.Y.Z --workdir DIR

`cpack -G DEB` (the build's CPackConfig.cmake, output in WORKDIR) must write
salvo_<version>_amd64.deb whose file list holds /usr/bin/salvo, every file of rules/, data/ and
schemas/ under /usr/share/salvo, the gazetteer index, and LICENSE/NOTICE under
/usr/share/doc/salvo, and nothing elsewhere; whose Depends names the shared libraries salvo links.
The package is then unpacked into WORKDIR (dpkg-deb -x) and its binary run from there: it must
find the packaged rules, data and index next to itself (shown by editing the unpacked copies).
Exit 0 = pass, 1 = fail, 77 = skipped (no dpkg-deb or cpack).
"""

import argparse
import os
import shutil
import subprocess
import sys

failures = []


def fail(msg):
    failures.append(msg)
    print("package_test: " + msg, file=sys.stderr)


def run(cmd, **kw):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SALVO_")}
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **kw)


def source_files(source, folder):
    out = set()
    for root, _, files in os.walk(os.path.join(source, folder)):
        for f in files:
            out.add(os.path.relpath(os.path.join(root, f), source))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    if not shutil.which("dpkg-deb") or not shutil.which("cpack"):
        print("package_test: no dpkg-deb or cpack; skipped")
        return 77
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    r = run(["cpack", "-G", "DEB", "--config", os.path.join(a.build, "CPackConfig.cmake"), "-B", a.workdir])
    if r.returncode != 0:
        print(r.stdout + r.stderr, file=sys.stderr)
        fail(f"cpack exited with {r.returncode}")
        return 1
    deb = os.path.join(a.workdir, f"salvo_{a.version}_amd64.deb")
    if not os.path.isfile(deb):
        fail(f"no {os.path.basename(deb)}; cpack wrote {os.listdir(a.workdir)}")
        return 1

    listing = run(["dpkg-deb", "--contents", deb]).stdout.splitlines()
    files = {line.split()[-1].lstrip(".") for line in listing if not line.startswith("d")}
    want = {"/usr/bin/salvo", "/usr/share/salvo/places.idx", "/usr/share/doc/salvo/LICENSE",
            "/usr/share/doc/salvo/NOTICE"}
    for folder in ("rules", "data", "schemas"):
        want |= {"/usr/share/salvo/" + f for f in source_files(a.source, folder)}
    for f in sorted(want - files):
        fail(f"missing from the package: {f}")
    allowed = ("/usr/bin/salvo", "/usr/share/salvo/", "/usr/share/doc/salvo/")
    for f in sorted(files):
        if not f.startswith(allowed):
            fail(f"outside salvo's FHS paths: {f}")
    depends = run(["dpkg-deb", "--field", deb, "Depends"]).stdout
    for lib in ("libre2", "libxlsxwriter", "libboost-program-options", "libspdlog", "zlib1g", "libstdc++6"):
        if lib not in depends:
            fail(f"Depends does not name {lib}: {depends.strip()}")

    root = os.path.join(a.workdir, "root")
    run(["dpkg-deb", "--extract", deb, root], check=True)
    salvo = os.path.join(root, "usr", "bin", "salvo")
    share = os.path.join(root, "usr", "share", "salvo")
    r = run([salvo, "check-rules"])
    if r.returncode != 0 or os.path.join(share, "rules") not in r.stdout:
        fail(f"the packaged binary did not load the packaged rules: {r.stdout.strip()} {r.stderr.strip()}")
    # An edit to the unpacked tables shows in the output: the binary reads them, not the source tree's.
    countries = os.path.join(share, "data", "layouts", "countries.tsv")
    with open(countries, encoding="utf-8") as f:
        text = f.read()
    with open(countries, "w", encoding="utf-8") as f:
        f.write(text.replace("\tUkraine\tEurope\t", "\tUkraine (packaged)\tEurope\t"))
    sample = os.path.join(a.source, "samples", "kryvyi-rih-2023-07-31.jsonl")
    r = run([salvo, "extract", "-v", "-f", "acled", sample])
    if r.returncode != 0 or "Ukraine (packaged)" not in r.stdout:
        fail(f"-f acled did not use the packaged tables (exit {r.returncode}): {r.stderr[-500:]}")
    if "places.idx" not in r.stderr or share not in r.stderr:
        fail(f"the packaged gazetteer index was not used: {r.stderr[-500:]}")
    page = os.path.join(a.workdir, "report.html")
    events = os.path.join(a.source, "samples", "expected", "kryvyi-rih-2023-07-31.events.jsonl")
    r = run([salvo, "report", events, "-o", page])
    if r.returncode != 0 or os.path.getsize(page) < 100000:
        fail(f"the packaged binary could not write a report: {r.stderr[-500:]}")
    size = os.path.getsize(deb)
    print(f"package_test: {os.path.basename(deb)}: {size / 1e6:.1f} MB, {len(files)} files, Depends: {depends.strip()}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
