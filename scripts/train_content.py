"""Train the content classifier by distillation from trafilatura (reproducible).

Labels never come from the corpus annotations. Two teachers, trafilatura's
default and its favor_precision mode, both without reader comments, extract
each page's HTML; a line of the page's plain-text renderings (htmltext,
inscriptis, and a bare copy without blank lines or indentation) is labelled by
each teacher 1 when its text is in the teacher's output (letters and digits
compared; lines under SHORT_CHARS must equal one of its paragraphs, so "Home"
inside a sentence does not count), and the soft label is the teachers' mean.
Lines only the same teachers with comments keep (reader comments) are left
out of training: see COMMENTS. The word weights (declutter.lexicon) are
log-odds of the labels per word. Two logistic regressions are then fitted on
general features: stage 1 on the block alone (declutter.features), stage 2
adding its neighbours, the densest run of prose and page-wide yardsticks
(declutter.context). The cut is THRESHOLD.

    python scripts/train_content.py                    # all pages -> src/declutter/content/model.json
    python scripts/train_content.py --half 0 --out /tmp/even.json   # cross-validation halves

trafilatura's output is cached in build/trafilatura-cache.json (delete it to redo).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import RENDERINGS, corpus_root, load_pages, read_html, read_text  # noqa: E402
from declutter.api import clean  # noqa: E402
from declutter.blocks import WORD  # noqa: E402
from declutter.content import context, features  # noqa: E402
from declutter.document import Document  # noqa: E402
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
TEACHERS = {
    "default-no-comments": {"include_comments": False},
    "favor_precision-no-comments": {"favor_precision": True, "include_comments": False},
}
# The same teachers with reader comments (trafilatura's default). A line they
# keep and TEACHERS do not is a comment: prose, after the article's end, that
# the annotations count as article on some pages and not on others (a teacher
# keeping exactly its no-comment lines scores F1 0.917, with comments 0.915).
# Labelled 0, comments taught the model to cut the article's last lines
# (cross-validated recall -0.016 htmltext, -0.026 inscriptis). Left out of
# training, precision rose 0.01 and F1 by 0.003-0.006 on htmltext, within
# 0.002 on inscriptis.
COMMENTS = {"default": {}, "favor_precision": {"favor_precision": True}}


def trafilatura_texts(page_ids: list[str], root: Path) -> dict[str, dict[str, str]]:
    """Per teacher, trafilatura's text of each page's HTML (cached)."""
    import trafilatura

    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    for name, options in {**TEACHERS, **COMMENTS}.items():
        texts = cache.setdefault(name, {})
        for page_id in page_ids:
            if page_id not in texts:
                texts[page_id] = trafilatura.extract(read_html(root, page_id), **options) or ""
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(cache))
    return cache


@dataclass
class PageRows:
    """A rendering's blocks after the rule extractors, with soft labels and training weights."""

    doc: Document
    labels: np.ndarray
    weights: np.ndarray  # 0 for a reader comment (COMMENTS), else 1
    local: features.LocalFeatures | None = None


def page_rows(text: str, references: dict[str, str]) -> PageRows:
    doc = clean(text, settings=Settings().without("content", "published"))
    labels = np.mean([line_labels(doc.blocks, references[name]) for name in TEACHERS], axis=0).reshape(-1)
    with_comments = np.max([line_labels(doc.blocks, references[name]) for name in COMMENTS], axis=0).reshape(-1)
    return PageRows(doc, labels, np.where((with_comments > 0) & (labels == 0), 0.0, 1.0))


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


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted logistic regression by Newton's method on standardised columns; weights for raw columns."""
    x, y = x[weights > 0], y[weights > 0]
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


# The cut, a little above the probability at which a block is as likely
# article as not by the teachers' mean label, for precision: a reader forgives
# a lost caption more than a menu or a teaser left in the article. On the eval
# corpus (htmltext | inscriptis): cross-validated F1 0.893 | 0.897 at 0.45
# (precision 0.888 | 0.911), 0.891 | 0.896 at 0.5 (P 0.896 | 0.919), 0.887 |
# 0.894 at 0.55 (P 0.904 | 0.925); in-sample precision at 0.5 was 0.898 on
# htmltext, under the project's 0.90, at 0.55 0.906. The best F0.5 agreement
# with the labels, the cut before, chose 0.64 (F1 0.877 | 0.883); the best F1
# agreement chose 0.37 (P 0.864 | 0.891).
THRESHOLD = 0.55


# A word gets a weight when it is in kept lines of at least this share of the
# training pages (40 of the corpus' 990): the shared vocabulary of pages, not
# one site's name or one story's topic. Twice the share lost 0.003-0.005 of
# cross-validated F1.
MIN_PAGES = 0.04
# Pseudo-count of the word weights' smoothing, split by the labels' base rate.
ALPHA = 2.0


def learn_lexicon(pages_data: list[tuple[int, PageRows]]) -> dict[str, float]:
    """Each common word's log-odds of being in a line the teachers keep, less the odds
    of any line (declutter.lexicon); a word counts once per line, digits not at all."""
    kept_with, kept_without, pages = Counter(), Counter(), defaultdict(set)
    for page, rows in pages_data:
        for block in rows.doc.blocks:
            if not block.kept or rows.weights[block.index] == 0:
                continue
            words = {w for w in WORD.findall(block.text.lower()) if not w.isdigit()}
            label = float(rows.labels[block.index])
            for word in words:
                kept_with[word] += label
                kept_without[word] += 1.0 - label
                pages[word].add(page)
    positive, negative = sum(kept_with.values()), sum(kept_without.values())
    share = positive / (positive + negative)
    prior = np.log(positive / negative)
    weights = {
        word: np.log((kept_with[word] + ALPHA * share) / (kept_without[word] + ALPHA * (1 - share))) - prior
        for word, seen in pages.items()
        if len(seen) >= MIN_PAGES * len({page for page, _ in pages_data})
    }
    return {word: round(float(w), 2) for word, w in sorted(weights.items())}


def stacked(pages_data: list[tuple[int, PageRows]], w1: np.ndarray | None = None):
    """The training rows, labels and weights of stage 1 (all blocks) or, given its
    weights ``w1``, of stage 2 (the blocks the rules kept, with their context)."""
    x, y, weights = [], [], []
    for _, rows in pages_data:
        doc, local = rows.doc, rows.local
        if not doc.blocks:
            continue
        at = np.arange(len(doc.blocks))
        if w1 is not None:
            around = context.context_features(doc.blocks, local, features.scores(local.rows(), w1))
            at = np.array([block.index for block in doc.blocks if block.kept], dtype=int)
            x.append(np.hstack([local.rows(at), around[at]]))
        else:
            x.append(local.rows())
        y.append(rows.labels[at])
        weights.append(rows.weights[at])
    return np.vstack(x), np.concatenate(y), np.concatenate(weights)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", type=int, choices=(0, 1), help="train on even (0) or odd (1) pages only")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "declutter" / "content" / "model.json")
    args = parser.parse_args()
    root = corpus_root()
    pages = load_pages(root)
    if args.half is not None:
        pages = pages[args.half :: 2]
    reference = trafilatura_texts([p.id for p in pages], root)
    pages_data = [
        (n, page_rows(text, {name: texts[p.id] for name, texts in reference.items()}))
        for n, p in enumerate(pages)
        for text in renderings(root, p.id)
    ]
    lexicon = learn_lexicon(pages_data)
    known = features.vocabulary(lexicon)  # built once for all pages
    for _, rows in pages_data:
        rows.local = features.local_features(rows.doc.blocks, rows.doc.language, rows.doc.source_text, known)

    w1 = fit(*stacked(pages_data))
    x2, y2, weights2 = stacked(pages_data, w1)
    w2 = fit(x2, y2, weights2)
    model = {
        "about": "content classifier distilled from trafilatura; built by scripts/train_content.py",
        "pages": len(pages),
        "stage1": dict(zip(features.LOCAL_NAMES, map(float, w1), strict=True)),
        "stage2": dict(zip(features.LOCAL_NAMES + context.CONTEXT_NAMES, map(float, w2), strict=True)),
        "threshold": THRESHOLD,
        "lexicon": lexicon,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
