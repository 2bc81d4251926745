"""Generated pages for the batch tests (no corpus files are copied into the project)."""
from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

WORDS = (
    "council budget river bridge school minister police harbour festival election court museum "
    "farmers weather railway hospital mayor storm library stadium teachers union report village "
    "water prices energy project plans residents funding market airport journey community"
).split()

MENU = "Home | World | Politics | Business | Sport | Weather"
FOOTER = "Copyright 2025 The Example Gazette. All rights reserved."
TEMPLATE = "Get the Example Gazette morning briefing every weekday at seven"


def story(seed: int, words: int = 120) -> str:
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + ".")
    half = len(sentences) // 2
    return " ".join(sentences[:half]) + "\n\n" + " ".join(sentences[half:])


def page(seed: int, title: str | None = None) -> str:
    title = title or f"Story {seed} about the {WORDS[seed % len(WORDS)]}"
    return f"{MENU}\n\n{title}\n\n{story(seed)}\n\n{TEMPLATE}\n{FOOTER}\n"


def write_tree(root: Path, count: int, sites: int = 2) -> list[Path]:
    paths = []
    for i in range(count):
        path = root / f"site{i % sites}" / f"page{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(i), encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")


def write_gz(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))


def write_warc(path: Path, records: list[tuple[str, str, str]], gz: bool = True) -> None:
    """``records``: (kind, url, body) with kind "html" (a response), "image" or "wet" (a conversion)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for kind, url, body in records:
            payload = io.BytesIO(body.encode("utf-8"))
            if kind == "wet":
                record = writer.create_warc_record(url, "conversion", payload=payload, warc_content_type="text/plain")
            else:
                content_type = "text/html; charset=utf-8" if kind == "html" else "image/png"
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
            writer.write_record(record)


def html_page(seed: int) -> str:
    paragraphs = "".join(f"<p>{para}</p>" for para in story(seed).split("\n\n"))
    head = f"<head><title>Story {seed}</title></head>"
    return f"<html>{head}<body><nav>{MENU}</nav><article><h1>Story {seed}</h1>{paragraphs}</article></body></html>"


SKIPPED = ("_declutter_report.json", "_declutter_state.jsonl")


def tree_bytes(root: Path, skip: tuple[str, ...] = SKIPPED) -> dict[str, bytes]:
    """Every file under ``root`` by relative path (the report, which holds timings, and the state memo, which holds file times, left out)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.name not in skip}
