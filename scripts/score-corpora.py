#!/usr/bin/env python3
"""Build every corpus in ../shared/corpora (or the folders given) and score it against its gold.

usage: score-corpora.py [--binary PATH] [--verbose] [CORPUS_DIR ...]
Prints one Markdown table, a row per corpus, a column per measure of the scorer
(../shared/eval/score.py); --verbose also prints each corpus's misses after the table.
"""
import os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
shared = os.path.join(os.path.dirname(root), 'shared')
args = sys.argv[1:]
verbose = '--verbose' in args
binary = os.path.join(root, '.build', 'release', 'briefing')
if '--binary' in args:
    binary = args[args.index('--binary') + 1]
    args.remove(binary)
folders = [a for a in args if not a.startswith('--')]
if not folders:
    base = os.path.join(shared, 'corpora')
    if not os.path.isdir(base):
        sys.exit(f'no corpora: {base} is missing')
    folders = sorted(os.path.join(base, n) for n in os.listdir(base) if os.path.isfile(os.path.join(base, n, 'gold.json')))
scorer = os.path.join(shared, 'eval', 'score.py')

# The measures the issue tracks, as the scorer names them, and their column headings.
columns = [
    ('publication dates', 'dates'),
    ('people with actor', 'people with side'),
    ('quotes found', 'quotes found'),
    ('quotes that are real quotes', 'real quotes'),
    ('quote speakers right', 'speakers'),
    ('quote actors right', 'sides'),
    ('issues with status', 'issue status'),
    ('position key points', 'key points'),
    ('timeline F1', 'timeline F1'),
]

rows, details = [], []
with tempfile.TemporaryDirectory() as tmp:
    for folder in folders:
        name = os.path.basename(os.path.normpath(folder))
        out = os.path.join(tmp, name)
        build = subprocess.run([binary, 'build', '--quiet', '--corpus', folder, '--output', out,
                                '--templates', os.path.join(root, 'templates')], capture_output=True, text=True)
        if build.returncode != 0:
            rows.append((name, ['build failed'] + [''] * (len(columns) - 1)))
            details.append((name, build.stderr))
            continue
        cmd = [sys.executable, scorer, os.path.join(out, 'data', 'briefing.json'), '--gold', os.path.join(folder, 'gold.json')]
        if verbose:
            cmd.append('--verbose')
        text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        found = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in re.finditer(r'^([a-z ]+): (\d+)/(\d+)', text, re.M)}
        f1 = re.search(r'timeline F1 (\d+)', text)
        cells = []
        for key, _ in columns:
            if key == 'timeline F1':
                cells.append(f1.group(1) if f1 else '?')
            elif key in found:
                n, d = found[key]
                cells.append(f'{n}/{d} ({100 * n // d if d else 0} %)' if d else 'n/a')
            else:
                cells.append('?')
        rows.append((name, cells))
        details.append((name, text))

print('| corpus | ' + ' | '.join(h for _, h in columns) + ' |')
print('| --- |' + ' ---: |' * len(columns))
for name, cells in rows:
    print(f'| {name} | ' + ' | '.join(cells) + ' |')
if verbose:
    for name, text in details:
        print(f'\n## {name}\n{text}')
