#!/usr/bin/env python3
"""Writes a synthetic corpus of N articles for benchmarks: deterministic for a given N and seed.

Sentences come from a corpus folder given on the command line (the sample corpus by default), read
at run time and recombined: each article gets an invented outlet, byline and publication date, a
headline, and paragraphs of sentences drawn from the pool, with weekdays, years, figures and
speakers varied, so that dates, quotes, people and issues give the analysis real work.

    python3 Benchmarks/generate_corpus.py 1000 /tmp/corpus-1000 [--from seeds] [--seed 1]
"""
import argparse
import datetime
import pathlib
import random
import re

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SYLLABLES = ["al", "ber", "cor", "dan", "el", "fen", "gar", "hol", "is", "jor", "kel", "lun", "mar",
             "nor", "os", "pel", "quin", "ras", "sol", "tor", "ul", "ven", "wes", "yar", "zel"]
OUTLET_KINDS = ["Herald", "Courier", "Gazette", "Daily", "Times", "Wire", "Observer", "Post"]
ROLES = ["a spokesperson for the ministry", "an analyst at the institute", "a senior official",
         "the committee chair", "a professor of international relations"]


def invented_name(rng, parts=2):
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() for _ in range(parts))


def sentences_of(folder):
    """Running-text sentences of the folder's articles (lines long enough to be prose)."""
    pool = []
    for path in sorted(pathlib.Path(folder).glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line.split()) < 8 or not line.endswith((".", '"', "\u201d")):
                continue
            pool.extend(s for s in re.split(r"(?<=[.!?\"\u201d]) (?=[A-Z\"\u201c])", line) if len(s.split()) >= 6)
    return pool


def varied(sentence, rng):
    sentence = re.sub("|".join(WEEKDAYS), lambda _: rng.choice(WEEKDAYS), sentence)
    sentence = re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group()) + rng.randint(-3, 3)), sentence)
    sentence = re.sub(r"\b\d{1,3}\b(?!-)", lambda m: str(rng.randint(2, 400)), sentence)
    if rng.random() < 0.15 and sentence.endswith("."):
        sentence = sentence[:-1] + f", said {invented_name(rng)}, {rng.choice(ROLES)}."
    return sentence


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("output")
    parser.add_argument("--from", dest="source", default=str(pathlib.Path(__file__).parent.parent / "seeds"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    pool = sentences_of(args.source)
    out = pathlib.Path(args.output)
    out.mkdir(parents=True, exist_ok=False)
    config = pathlib.Path(args.source, "briefing.yml").read_text(encoding="utf-8")
    # Names and aliases carry over; per-file metadata does not, the files being new.
    config = config.split("\nsources:")[0].rstrip() + "\n"
    (out / "briefing.yml").write_text(config, encoding="utf-8")

    outlets = [f"The {invented_name(rng, 1)} {rng.choice(OUTLET_KINDS)}" for _ in range(max(5, args.count // 40))]
    start = datetime.date(2011, 1, 3)
    for i in range(args.count):
        day = start + datetime.timedelta(days=(i * 7) % 1100 + rng.randint(0, 6))
        paragraphs = []
        for _ in range(rng.randint(8, 16)):
            paragraphs.append(" ".join(varied(rng.choice(pool), rng) for _ in range(rng.randint(1, 3))))
        headline = " ".join(rng.choice(pool).split()[:rng.randint(6, 11)]).rstrip(",.;:")
        text = "\n".join([
            headline, "",
            f"By {invented_name(rng)}", "",
            f"Published : {MONTHS[day.month - 1]} {day.day}, {day.year} - {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "",
            "\n\n".join(paragraphs), "",
            f"({rng.choice(outlets)})", "",
        ])
        (out / f"{i:05d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
