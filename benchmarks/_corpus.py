"""The texts the benchmarks run on: ../shared/eval/data/*.jsonl when present, else docs/examples/*.txt."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "data"
EXAMPLES = ROOT / "docs" / "examples"


def load_texts(max_words: int) -> tuple[str, list[str]]:
    """(where the texts came from, texts of about ``max_words`` words in all)."""
    files = sorted(EVAL.glob("*.jsonl")) if EVAL.is_dir() else []
    source = str(EVAL) if files else str(EXAMPLES)
    per_file = [[json.loads(line)["text"] for line in f.open(encoding="utf-8") if line.strip()] for f in files]
    if not per_file:
        per_file = [[p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]]
    texts: list[str] = []
    words = 0
    # Interleave the corpora so a small budget still samples every kind of text.
    for i in range(max(len(docs) for docs in per_file)):
        for docs in per_file:
            if i < len(docs) and words < max_words:
                texts.append(docs[i])
                words += len(docs[i].split())
    return source, texts
