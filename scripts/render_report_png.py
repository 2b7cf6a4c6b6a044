"""Render the HTML report of two bundled examples and photograph it in headless Chromium.

    python scripts/render_report_png.py            # PNGs (and HTML) in scripts/out/
    python scripts/render_report_png.py --pdf      # also print both to PDF, on A4 and on Letter
    python scripts/render_report_png.py --full-page  # photograph the whole page, not the first screen
    python scripts/render_report_png.py --case my-case.yaml:MX:en   # another case (repeatable), instead
    python scripts/render_report_png.py --brief    # also the short form (render(..., brief=True)), *-brief.*
    python scripts/render_report_png.py --case cr.yaml:CR:es --as-of 2026-11-25 --brief --pdf

The Brazil example is rendered in Portuguese and the Mexico example in Spanish, with a fixed
law date and production date so the pictures only change when the report does. Look at the
PNGs after any change to templates/html/: the issue's "done when" asks a person to check them.

Chromium: /usr/bin/chromium (Debian: `apt-get install -y chromium`), or $CHROMIUM. It runs
offline in a throw-away profile; the report itself loads nothing from the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
CASES = [
    ("venezuelan-in-brazil", "BR", "pt"),
    ("honduran-woman-mexico", "MX", "es"),
]
AS_OF = "2026-03-02"
PRODUCED = "2026-03-05"
WINDOW = "1240,1754"  # A4 proportions at 150 dpi


def chromium() -> str:
    for cand in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if cand and shutil.which(cand):
            return shutil.which(cand)  # type: ignore[return-value]
    sys.exit("Chromium not found: install it (apt-get install -y chromium) or set $CHROMIUM")


def run_chromium(exe: str, url: str, *extra: str) -> None:
    with tempfile.TemporaryDirectory(prefix="screening-chromium-") as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={profile}", *extra, url]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            sys.exit(f"chromium failed ({done.returncode}):\n{done.stderr[-2000:]}")


def render_html(case: str, country: str, lang: str, *, as_of: str = AS_OF, produced: str = PRODUCED,
                brief: bool = False) -> Path:
    """`case` is the name of a bundled example or the path of a case file."""
    import datetime as dt

    from screening.assess.screener import Screener, load_case
    from screening.report.render import render

    screener = Screener()
    path = Path(case) if case.endswith((".yaml", ".yml", ".json")) else ROOT / "examples" / f"{case}.yaml"
    case = path.stem
    c = load_case(path, screener.lib)
    result = screener.assess(c, country, dt.date.fromisoformat(as_of), lang)
    html = render(result, "html", screener.lib, narrative=c.narrative, produced=dt.date.fromisoformat(produced),
                  brief=brief)
    out = OUT / f"{case}-{lang}{'-brief' if brief else ''}.html"
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", action="store_true", help="also print each report to PDF")
    ap.add_argument("--full-page", action="store_true", help="screenshot the whole page, not only the first screen")
    ap.add_argument("--case", action="append", default=[], metavar="FILE:COUNTRY:LANG",
                    help="photograph this case file instead of the bundled examples (repeatable)")
    ap.add_argument("--brief", action="store_true", help="also render the short form of each case (*-brief.*)")
    ap.add_argument("--as-of", default=AS_OF, help=f"the law's date and the assessment date (default {AS_OF})")
    ap.add_argument("--produced", default=None, help="the production date (default: the --as-of date, or "
                    f"{PRODUCED} with the default --as-of)")
    args = ap.parse_args()
    produced = args.produced or (PRODUCED if args.as_of == AS_OF else args.as_of)
    cases = CASES
    if args.case:
        try:
            cases = [(f, c.upper(), lang) for f, c, lang in (x.rsplit(":", 2) for x in args.case)]
        except ValueError:
            ap.error("--case takes FILE:COUNTRY:LANG, e.g. my-case.yaml:MX:en")
    OUT.mkdir(parents=True, exist_ok=True)
    exe = chromium()
    for case, country, lang in cases:
        for brief in (False, True) if args.brief else (False,):
            html = render_html(case, country, lang, as_of=args.as_of, produced=produced, brief=brief)
            png = html.with_suffix(".png")
            size = WINDOW
            if args.full_page:
                size = f"1240,{_page_height(exe, html)}"
            run_chromium(exe, html.as_uri(), f"--screenshot={png}", f"--window-size={size}")
            print(png)
            if args.pdf:
                # The report sets no paper size (it prints on whatever the printer has); try both here.
                for paper in ("A4", "letter"):
                    sized = OUT / f"{html.stem}-{paper.lower()}.print.html"
                    sized.write_text(html.read_text(encoding="utf-8").replace(
                        "</head>", f"<style>@page {{ size: {paper}; }}</style></head>"), encoding="utf-8")
                    pdf = OUT / f"{html.stem}-{paper.lower()}.pdf"
                    run_chromium(exe, sized.as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
                    sized.unlink()
                    print(f"{pdf} ({_pdf_pages(pdf)} pages)")


def _pdf_pages(pdf: Path) -> int:
    """Pages in a PDF Chromium printed (its page objects; no PDF library needed)."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def _page_height(exe: str, html: Path) -> int:
    """The rendered height of the page at 1240 px wide (from Chromium's DOM dump), for a full-page shot."""
    with tempfile.TemporaryDirectory(prefix="screening-chromium-") as profile:
        probe = html.read_text(encoding="utf-8").replace(
            "</body>", '<div id="end-probe"></div></body>')
        # No script may run in the report itself (its CSP forbids it), so measure a copy without the CSP.
        probe = probe.replace('<meta http-equiv="Content-Security-Policy"', '<meta name="x-csp-removed"')
        probe = probe.replace("</body>", "<script>document.title=String(document.documentElement.scrollHeight)"
                              "</script></body>")
        tmp = Path(profile) / "probe.html"
        tmp.write_text(probe, encoding="utf-8")
        done = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               f"--user-data-dir={profile}/p", "--window-size=1240,1754", "--dump-dom", tmp.as_uri()],
                              capture_output=True, text=True, timeout=120)
        import re

        m = re.search(r"<title>(\d+)</title>", done.stdout)
        return int(m.group(1)) if m else 6000


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
