#!/usr/bin/env python3
"""`make bench`: full builds of synthetic corpora of N articles, side by side with Hugo rendering the
same number of Markdown pages with a minimal layout, in one run on one machine. Prints wall time,
each phase (from `briefing build --timings`), peak memory, and the ratios the targets name:
briefing / Hugo at each size, and the growth from 1,000 to 10,000 articles. Full builds keep no
cache (`--no-cache`). Then, at each size, a rebuild after one article changed, with the cache a
first build filled: its time as a share of the full build, and how many files of the site it wrote
anew (the rest are the previous site's files, linked). Also times the sample corpus and one 5 MB
article of repetitive text on a single line, and Markdown rendering (the site's renderer, timed by
BriefingBench) beside the `cmark` command on the same Markdown: every page of the smallest site.

    python3 Benchmarks/bench.py [--sizes 100,1000,10000] [--binary .build/release/briefing]

Corpora are generated once into .build-bench/ (deterministic, see generate_corpus.py) and reused.
No figure here is a test: nothing fails on a slow run.
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / ".build-bench"
PHASES = ["configuration", "ingest", "analyse", "compose", "render", "check", "write"]


def briefing_build(binary, corpus, output, cache=None):
    """Wall seconds, phase seconds and peak MB of one build: a full one without a cache, or one that
    keeps the previous site and uses `cache`."""
    if cache is None:
        shutil.rmtree(output, ignore_errors=True)
    start = time.monotonic()
    run = subprocess.run([binary, "build", "--quiet", "--timings", "--corpus", corpus, "--output", output,
                          "--templates", str(ROOT / "templates")] + (["--cache", cache] if cache else ["--no-cache"]),
                         capture_output=True, text=True)
    wall = time.monotonic() - start
    if run.returncode != 0:
        sys.exit(f"briefing build failed on {corpus}:\n{run.stderr}")
    phases, peak = {}, None
    for line in run.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["timing"]:
            phases[parts[1]] = float(parts[2])
        elif line.startswith("peak memory"):
            peak = float(parts[2])
    return wall, phases, peak


def inodes(folder):
    return {str(p.relative_to(folder)): p.stat().st_ino for p in pathlib.Path(folder).rglob("*") if p.is_file()}


def rebuild_after_one_change(binary, corpus, n):
    """Wall seconds of a rebuild after one article of a copy of the corpus changed, and the number of
    the site's files it wrote anew."""
    copy, output, cache = WORK / f"rebuild-corpus-{n}", WORK / f"rebuild-site-{n}", WORK / f"rebuild-cache-{n}"
    for folder in (copy, output, cache):
        shutil.rmtree(folder, ignore_errors=True)
    copy.mkdir()
    for f in pathlib.Path(corpus).iterdir():
        os.link(f, copy / f.name)
    briefing_build(binary, str(copy), str(output), cache=str(cache))
    before = inodes(output)
    middle = sorted(copy.glob("*.txt"))[n // 2]
    text = middle.read_text(encoding="utf-8")
    middle.unlink()  # the link is broken, so the generated corpus stays as it is
    middle.write_text(text + "\nThe talks resumed on Tuesday, a spokesman said.\n", encoding="utf-8")
    wall, _, _ = briefing_build(binary, str(copy), str(output), cache=str(cache))
    after = inodes(output)
    return wall, sum(1 for name, inode in after.items() if before.get(name) != inode)


def markdown_throughput(n):
    """Every Markdown page of the site of n articles as one file, rendered by the site's renderer and
    by the cmark command, each the fastest of five runs."""
    if shutil.which("cmark") is None:
        print("cmark not found (Debian: apt-get install cmark): Markdown throughput not compared", file=sys.stderr)
        return
    markdown = WORK / f"markdown-{n}.md"
    with open(markdown, "wb") as out:
        for page in sorted((WORK / f"site-{n}").rglob("*.md")):
            out.write(page.read_bytes() + b"\n")
    size = markdown.stat().st_size / 1e6
    ours = subprocess.run([str(ROOT / ".build/release/BriefingBench"), "markdown", str(markdown)],
                          capture_output=True, text=True, check=True).stdout
    ours_seconds = float(ours.split(": ")[1].split(" s")[0])
    theirs_seconds = float("inf")
    for _ in range(5):
        start = time.monotonic()
        subprocess.run(["cmark", str(markdown)], stdout=subprocess.DEVNULL, check=True)
        theirs_seconds = min(theirs_seconds, time.monotonic() - start)
    print(f"Markdown of the {n:,}-article site ({size:.1f} MB): briefing {size / ours_seconds:.1f} MB/s, "
          f"cmark command {size / theirs_seconds:.1f} MB/s, ratio {theirs_seconds / ours_seconds:.2f} (target at least 0.5)")


def hugo_site(corpus, folder):
    """A Hugo site of one Markdown page per article of the corpus, with a minimal layout."""
    if folder.exists():
        return folder
    (folder / "content" / "posts").mkdir(parents=True)
    (folder / "layouts" / "_default").mkdir(parents=True)
    (folder / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "bench"\n'
                                      'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    (folder / "layouts" / "_default" / "single.html").write_text(
        "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n")
    (folder / "layouts" / "_default" / "list.html").write_text(
        "<!DOCTYPE html><html><body>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>\n")
    for article in sorted(pathlib.Path(corpus).glob("*.txt")):
        lines = article.read_text(encoding="utf-8").splitlines()
        title = lines[0].replace('"', "'") if lines else article.stem
        body = "\n".join(lines[1:])
        (folder / "content" / "posts" / (article.stem + ".md")).write_text(f'---\ntitle: "{title}"\n---\n{body}\n', encoding="utf-8")
    return folder


def hugo_build(site):
    out = site / "public"
    shutil.rmtree(out, ignore_errors=True)
    start = time.monotonic()
    subprocess.run(["hugo", "--quiet", "--source", str(site), "--destination", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--binary", default=str(ROOT / ".build/release/briefing"))
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    has_hugo = shutil.which("hugo") is not None
    if not has_hugo:
        print("hugo not found (Debian: apt-get install hugo): the Hugo column is left empty", file=sys.stderr)

    sample_wall, _, sample_peak = briefing_build(args.binary, str(ROOT / "seeds"), str(WORK / "site-sample"))
    long_corpus = WORK / "corpus-long-line"
    if not long_corpus.exists():
        long_corpus.mkdir()
        sentence = '"We will sign the harbour treaty in March," the ferry minister said on Monday in the capital. '
        (long_corpus / "long.txt").write_text("Harbour treaty\n\n" + sentence * (5_000_000 // len(sentence)) + "\n")
        (long_corpus / "briefing.yml").write_text("title: One long line\n")
    long_wall, _, long_peak = briefing_build(args.binary, str(long_corpus), str(WORK / "site-long-line"))

    print(f"machine: {os.cpu_count()} cores; {os.uname().sysname} {os.uname().release}")
    print(f"sample corpus (5 articles): {sample_wall * 1000:.0f} ms, peak {sample_peak:.0f} MB")
    print(f"one 5 MB article on one line: {long_wall:.1f} s, peak {long_peak:.0f} MB")
    header = ["articles", "MB", "briefing s"] + [f"{p} s" for p in PHASES] + ["peak MB", "Hugo s", "ratio",
                                                                              "rebuild s", "rebuild %", "files rewritten"]
    print("| " + " | ".join(header) + " |")
    print("|" + " --- |" * len(header))
    walls = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        corpus = WORK / f"corpus-{n}"
        if not corpus.exists():
            subprocess.run([sys.executable, str(ROOT / "Benchmarks/generate_corpus.py"), str(n), str(corpus)], check=True)
        size = sum(f.stat().st_size for f in corpus.glob("*.txt")) / 1e6
        wall, phases, peak = briefing_build(args.binary, str(corpus), str(WORK / f"site-{n}"))
        walls[n] = wall
        hugo = hugo_build(hugo_site(corpus, WORK / f"hugo-{n}")) if has_hugo else None
        row = [f"{n:,}", f"{size:.1f}", f"{wall:.2f}"] + [f"{phases.get(p, 0):.2f}" for p in PHASES]
        row += [f"{peak:.0f}", f"{hugo:.2f}" if hugo else "", f"{wall / hugo:.1f}" if hugo else ""]
        rebuild, rewritten = rebuild_after_one_change(args.binary, corpus, n)
        row += [f"{rebuild:.2f}", f"{100 * rebuild / wall:.0f}", f"{rewritten:,} of {len(inodes(WORK / f'site-{n}')):,}"]
        print("| " + " | ".join(row) + " |", flush=True)
    markdown_throughput(min(walls))
    if 1000 in walls and 10000 in walls:
        print(f"growth 1,000 → 10,000 articles: {walls[10000] / walls[1000]:.1f} × (target at most 11 ×)")


if __name__ == "__main__":
    main()
