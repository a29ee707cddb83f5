#!/usr/bin/python3
"""Renders `salvo report` pages in headless Chromium (Debian's `chromium`) and checks the DOM.

  report_browser.py --salvo BIN --source DIR --workdir DIR

The events are real salvo output (samples/ and tests/gold/articles.jsonl run through
`salvo extract`) plus hostile records: script and markup in the title, evidence, actor and
event id, and javascript:, data: and disguised javascript URLs. The page is rendered with
`chromium --headless --dump-dom` and must show: every located event as one marker element
carrying its data-event-id, and no other; one table row per event; a timeline; every link
an http(s) one; none of the hostile markup as elements or attributes (it must appear only as
text). Exit 0 = pass, 1 = fail, 77 = skipped (no chromium on this machine).
"""

import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

PWN = "document.body.setAttribute('data-pwned','1')"
HOSTILE = [
    # (event_id suffix, changes to the template event)
    ("js-url", {"source_url": "javascript:" + PWN, "title": "</script><script>" + PWN + "</script>"}),
    ("js-url-spaced", {"source_url": "  JavaScript:" + PWN, "actor": "<b id=\"pwned-actor\">X</b>"}),
    ("js-url-tab", {"source_url": "java\tscript:" + PWN, "event_id": "\"><svg onload=\"" + PWN + "\">"}),
    ("data-url", {"source_url": "data:text/html,<script>" + PWN + "</script>",
                  "evidence": [{"start": 0, "end": 10, "text": "<img src=x onerror=\"" + PWN + "\"> <!-- </script>"}]}),
    ("https-url", {"source_url": "https://news.example.org/strike?a=1&b=<2>"}),
    ("unlocated", {"location": None, "source_url": None}),
]


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs dict)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def dump_dom(browser, page, profile):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--user-data-dir=" + profile, "--window-size=1280,1600", "--dump-dom", "file://" + page]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace")[-2000:])
        raise RuntimeError(f"chromium exited with {r.returncode}")
    return r.stdout.decode("utf-8")


def make_events(salvo, source, workdir):
    real = os.path.join(workdir, "real.jsonl")
    inputs = [os.path.join(source, "samples", "kryvyi-rih-2023-07-31.jsonl"),
              os.path.join(source, "tests", "gold", "articles.jsonl")]
    subprocess.run([salvo, "extract", "--quiet", *inputs, "-o", real], check=True)
    with open(real, encoding="utf-8") as f:
        events = [json.loads(line) for line in f]
    template = next(e for e in events if e.get("location") and e["location"].get("latitude") is not None)
    for suffix, changes in HOSTILE:
        e = json.loads(json.dumps(template))
        e["event_id"] = "hostile-" + suffix
        e.update(changes)
        events.append(e)
    path = os.path.join(workdir, "events.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for e in events:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return path, events


def check(dom_text, events):
    failures = []
    dom = Dom()
    dom.feed(dom_text)
    body = next((a for t, a in dom.elements if t == "body"), {})
    if body.get("data-ready") != "true":
        failures.append("the page's script did not finish (body has no data-ready=true)")
    if any("data-pwned" in a for _, a in dom.elements) or "pwned-actor" in [a.get("id") for _, a in dom.elements]:
        failures.append("hostile markup became live elements or attributes")
    if any(t == "img" for t, _ in dom.elements) or any(
            k.startswith("on") for _, a in dom.elements for k in a):
        failures.append("an <img> or an on* event-handler attribute made it into the DOM")
    for t, a in dom.elements:
        if t == "a" and "href" in a and not a["href"].startswith(("http://", "https://")):
            failures.append(f"a link that is not http(s): {a['href']!r}")

    ids = [e["event_id"] for e in events]
    located = {e["event_id"] for e in events if e.get("location") and e["location"].get("latitude") is not None
               and e["location"].get("longitude") is not None}
    markers = [a["data-event-id"] for t, a in dom.elements if t == "circle" and "data-event-id" in a]
    if sorted(markers) != sorted(located):
        failures.append(f"{len(markers)} markers for {len(located)} located events; "
                        f"missing {sorted(located - set(markers))[:5]}, extra {sorted(set(markers) - located)[:5]}")
    rows = [a["data-event-id"] for t, a in dom.elements if t == "tr" and "data-event-id" in a]
    if sorted(rows) != sorted(ids):
        failures.append(f"{len(rows)} table rows for {len(ids)} events")
    if not any(t == "section" and a.get("id") == "timeline" for t, a in dom.elements):
        failures.append("no element named timeline")
    if not any(t == "rect" for t, _ in dom.elements):
        failures.append("the timeline has no bars")
    links = [a["href"] for t, a in dom.elements if t == "a" and "href" in a]
    if "https://news.example.org/strike?a=1&b=%3C2%3E" not in links:
        failures.append(f"the https source did not become a link ({len(links)} links)")
    if any(t not in dom_text for t in ("&lt;img src=x onerror", "&lt;!-- &lt;/script&gt;", "&lt;b id=\"pwned-actor\"&gt;")):
        failures.append("the hostile text is not shown as text")
    return failures, len(markers), len(rows), body.get("data-render-ms")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--salvo", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    browser = chromium()
    if not browser:
        print("report_browser: no chromium on this machine (tools/setup.sh installs it); skipped")
        return 77
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    events_path, events = make_events(a.salvo, a.source, a.workdir)
    page = os.path.join(a.workdir, "report.html")
    subprocess.run([a.salvo, "report", "--quiet", events_path, "-o", page], check=True)
    with tempfile.TemporaryDirectory(prefix="salvo-chromium-") as profile:
        dom_text = dump_dom(browser, page, profile)
    failures, markers, rows, ms = check(dom_text, events)
    for f in failures:
        print("report_browser: " + f, file=sys.stderr)
    print(f"report_browser: {len(events)} events, {markers} markers, {rows} table rows, drawn in {ms} ms")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
