#!/usr/bin/env python3
"""Validates a briefing export (data/briefing.json) against its JSON Schema.

usage: validate-export.py SCHEMA EXPORT
"""
import json
import sys

import jsonschema


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        export = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(export), key=lambda e: list(e.absolute_path))
    for error in errors:
        path = "/".join(str(p) for p in error.absolute_path) or "(top)"
        print(f"{sys.argv[2]}: {path}: {error.message}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} schema errors", file=sys.stderr)
        return 1
    print(f"{sys.argv[2]} matches {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
