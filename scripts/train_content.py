"""Train the content classifier by distillation from trafilatura (reproducible).

Labels never come from the corpus annotations. Two teachers, trafilatura's
default and its favor_precision mode, extract each page's HTML; a line of the
page's plain-text renderings (htmltext, inscriptis, and a bare copy without
blank lines or indentation) is labelled by each teacher 1 when its text is in
the teacher's output (letters and digits compared; lines under SHORT_CHARS
must equal one of its paragraphs, so "Home" inside a sentence does not count),
and the soft label is the teachers' mean. Two logistic regressions are fitted
on general features (declutter.features): stage 1 on the block alone, stage 2
adding its neighbours' stage-1 probabilities, the densest run of prose and
page-wide yardsticks. The cut is the best F0.5 agreement with the labels.

    python scripts/train_content.py                    # all pages -> src/declutter/models/content.json
    python scripts/train_content.py --half 0 --out /tmp/even.json   # cross-validation halves

trafilatura's output is cached in build/trafilatura-cache.json (delete it to redo).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import RENDERINGS, corpus_root, load_pages, read_html, read_text  # noqa: E402
from declutter import features  # noqa: E402
from declutter.api import clean  # noqa: E402
from declutter.settings import Settings  # noqa: E402

CACHE = ROOT / "build" / "trafilatura-cache.json"
# Lines shorter than this must equal a whole paragraph of trafilatura's output.
SHORT_CHARS = 25
# L2 penalty of the logistic regressions: enough to keep rare features tame.
L2 = 1.0
# Renderings differ from trafilatura's text in punctuation, list markers,
# table separators and spacing: compare only letters and digits, space-separated.
_NON_WORD = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().lower()


# Two teachers: trafilatura's default and its precision-first mode. Their
# mean is the soft label: a line both keep is article, a line only the
# default keeps is half-way (it is often a caption or a teaser).
TEACHERS = {"default": {}, "favor_precision": {"favor_precision": True}}


def trafilatura_texts(page_ids: list[str], root: Path) -> dict[str, dict[str, str]]:
    """Per teacher, trafilatura's text of each page's HTML (cached)."""
    import trafilatura

    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    for name, options in TEACHERS.items():
        texts = cache.setdefault(name, {})
        for page_id in page_ids:
            if page_id not in texts:
                texts[page_id] = trafilatura.extract(read_html(root, page_id), **options) or ""
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(cache))
    return cache


def page_rows(text: str, references: list[str]):
    """Blocks after the rule extractors, their local features, and soft labels."""
    doc = clean(text, settings=Settings().without("content", "published"))
    per_teacher = [line_labels(doc.blocks, reference) for reference in references]
    labels = [sum(votes) / len(votes) for votes in zip(*per_teacher)]
    return doc, features.local_features(doc.blocks, doc.language, doc.source_text), labels


def line_labels(blocks, reference: str) -> list[float]:
    """1.0 for each block whose text is in the teacher's output, else 0.0."""
    ref_all = " " + norm(reference) + " "
    ref_lines = {norm(line) for line in reference.splitlines() if line.strip()}
    labels = []
    for block in blocks:
        line = norm(block.text)
        labels.append(float(line in ref_lines or (len(line) >= SHORT_CHARS and f" {line} " in ref_all)))
    return labels


def renderings(root: Path, page_id: str) -> list[str]:
    """The corpus' renderings of a page, and a bare one without blank lines or
    indentation: other scrapers give no layout, and the model must cope."""
    texts = [read_text(root, r, page_id) for r in RENDERINGS]
    bare = "\n".join(line.strip() for line in texts[0].splitlines() if line.strip())
    return texts + [bare]


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton's method on standardised columns; weights for raw columns."""
    mean, std = x.mean(0), x.std(0)
    mean[0], std[0] = 0.0, 1.0  # the bias column
    std[std == 0] = 1.0
    z = (x - mean) / std
    w = np.zeros(x.shape[1])
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + L2 * np.r_[0, w[1:]]
        hess = (z * (p * (1 - p))[:, None]).T @ z + L2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    raw = w / std
    raw[0] = w[0] - np.sum(w[1:] * mean[1:] / std[1:])
    return raw


# The cut weighs precision over recall (F-beta, beta 0.5): a reader forgives
# a lost caption more than a menu or a teaser left in the article.
BETA = 0.5


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The cut that best agrees with the teachers' labels (F-beta of 'article')."""
    best = (0.0, 0.5)
    positive = y >= 0.5
    for t in np.arange(0.2, 0.81, 0.02):
        keep = p >= t
        tp = np.sum(keep & positive)
        precision, recall = tp / max(keep.sum(), 1), tp / max(positive.sum(), 1)
        score = (1 + BETA**2) * precision * recall / max(BETA**2 * precision + recall, 1e-9)
        best = max(best, (score, round(float(t), 2)))
    return best[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", type=int, choices=(0, 1), help="train on even (0) or odd (1) pages only")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "declutter" / "models" / "content.json")
    args = parser.parse_args()
    root = corpus_root()
    pages = load_pages(root)
    if args.half is not None:
        pages = pages[args.half :: 2]
    reference = trafilatura_texts([p.id for p in pages], root)
    pages_data = [
        page_rows(text, [reference[name][p.id] for name in TEACHERS]) for p in pages for text in renderings(root, p.id)
    ]

    x1 = np.vstack([local.rows for _, local, _ in pages_data])
    y1 = np.array([label for _, _, labels in pages_data for label in labels])
    w1 = fit(x1, y1)

    x2, y2 = [], []
    for doc, local, labels in pages_data:
        if not doc.blocks:
            continue
        probs = features.scores(local.rows, w1)
        ctx = features.context_features(doc.blocks, local.rows, probs, local.words)
        kept = [block.index for block in doc.blocks if block.kept]
        x2.append(np.hstack([local.rows[kept], ctx[kept]]))
        y2.extend(labels[i] for i in kept)
    x2, y2 = np.vstack(x2), np.array(y2)
    w2 = fit(x2, y2)
    p2 = 1 / (1 + np.exp(-np.clip(x2 @ w2, -30, 30)))
    model = {
        "about": "content classifier distilled from trafilatura; built by scripts/train_content.py",
        "pages": len(pages),
        "stage1": dict(zip(features.LOCAL_NAMES, map(float, w1))),
        "stage2": dict(zip(features.LOCAL_NAMES + features.CONTEXT_NAMES, map(float, w2))),
        "threshold": best_threshold(p2, y2),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n")


if __name__ == "__main__":
    main()
