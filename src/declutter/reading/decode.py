"""Bytes to text: BOMs, declared charsets, detection, then mojibake repair."""
from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from declutter.errors import NotTextError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x">, <meta http-equiv=... content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# Bytes that never occur in text: C0 controls other than tab, newlines, form feed, escape.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# How much more "chaos" (charset-normalizer's mess ratio, 0-1) cp1252 may
# show than the best guess and still be preferred: 0.05 covers the sibling
# code pages' scores on French and German samples (0.00 vs 0.02).
CP1252_CHAOS_MARGIN = 0.05
# Sequences that UTF-8 read as cp1252/latin-1 leaves behind ("cafÃ©", "â€™"):
# one of the first characters of such a trace, then one of the second.
_MOJIBAKE_LEADS = "ÃÂâÐÑØÙ"
_MOJIBAKE_SECONDS = "[\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u02c6\u02dc]"
# A pattern per first character: one that opens with a literal character is
# searched from one occurrence of it to the next, where a set of first
# characters is tested against every character of the page.
_MOJIBAKE_TRACES = tuple((lead, re.compile(lead + _MOJIBAKE_SECONDS)) for lead in _MOJIBAKE_LEADS)


def decode_page(data: bytes | str, *, repair: bool = True) -> str:
    """Decode ``data`` and repair mojibake; raise NotTextError for binary input.

    ``repair=False`` leaves the repair to the caller: the HTML path repairs
    only the text it extracts, which is far shorter than the markup.
    """
    text = replace_surrogates(data) if isinstance(data, str) else _decode_bytes(data)
    text = text.removeprefix("\ufeff")  # a BOM left in a str, or after a declared utf-8
    if "\r" in text:  # the check is much cheaper than two replaces on a large page
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return repair_mojibake(text) if repair else text


def replace_surrogates(text: str) -> str:
    """``text`` as valid Unicode: a surrogate pair (two code points, as some JSON
    escapes give) becomes its character, a lone surrogate U+FFFD. Such a str
    cannot be written as UTF-8, so it must not reach a Document's text."""
    if text.isascii() or _utf8_encodable(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _utf8_encodable(text: str) -> bool:
    """Whether ``text`` holds no surrogate (UTF-8 encodes every other code point;
    encoding is a fast pass, a regex looking for one a slow one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage with ftfy, only where its traces are seen (ftfy is slow)."""
    if not has_mojibake(text):
        return text
    import ftfy

    # Only the encoding repair: quotes, ligatures, full-width characters and
    # line breaks are the page's own and stay as they are.
    config = ftfy.TextFixerConfig(
        normalization=None, unescape_html=False, fix_line_breaks=False,
        uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
    )
    # ftfy fixes a text line by line, each line with its line break on its own
    # (fix_text's segments); on a page with traces most lines are left alone.
    *lines, last = text.split("\n")
    segments = [line + "\n" for line in lines]
    segments.append(last)
    return "".join(segment if _left_alone(segment) else ftfy.fix_text(segment, config) for segment in segments)


def _left_alone(segment: str) -> bool:
    """Whether ftfy, with the fixes repair_mojibake asks for, leaves ``segment``
    (a line and its line break) as it is, told without its passes over the line.

    Those fixes change a line only where ftfy's badness heuristic (is_bad) sees
    mojibake in it, never in ASCII, or to replace or drop a control character
    (C0, C1, surrogates, terminal escapes, and the format characters of its
    remove_control_chars, all unprintable but U+FFFC). is_bad is asked about
    the segment, as ftfy asks it: a line break can complete one of its patterns.
    """
    line = segment.removesuffix("\n")
    if not line.isprintable() or "\ufffc" in line:
        return False
    if line.isascii():
        return True
    from ftfy.badness import is_bad

    return not is_bad(segment)


def has_mojibake(text: str) -> bool:
    """Whether ``text`` shows traces of UTF-8 read as cp1252 (a cheap test, no repair)."""
    # Looking for each first character of a trace alone (str's own search)
    # rules out 95% of the corpus' text pages before a pattern runs.
    return any(lead in text and trace.search(text) is not None for lead, trace in _MOJIBAKE_TRACES)


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if _looks_binary(data):
        raise NotTextError("not a text or HTML page: it holds binary data")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(data)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII text."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for zeros, chars, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.4 * half and chars.count(0) < 0.05 * half:
            # The other half holds the characters: text, not binary control bytes.
            controls = len(_BINARY_BYTES.findall(chars.replace(b"\x00", b"")))
            return encoding if controls <= 0.05 * half else None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return len(_BINARY_BYTES.findall(sample)) > max(2, len(sample) // 200)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    # Browsers read latin-1 and ascii declarations as windows-1252 (WHATWG Encoding).
    if name in {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"}:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        raise NotTextError("not a text or HTML page: no character encoding fits its bytes")
    return data.decode(_prefer_cp1252(matches, best), errors="replace")


def _prefer_cp1252(matches: CharsetMatches, best: CharsetMatch) -> str:
    """cp1252 when it reads the bytes about as cleanly as charset-normalizer's pick.

    On short Western text charset-normalizer often ranks a sibling code page
    first (cp1257 turns "crème" into "crčme" with no more "chaos" than cp1252).
    cp1252 is what browsers assume for undeclared Western pages (WHATWG), so
    it wins among near-equals; a clearly better fit (Cyrillic in cp1251, any
    multi-byte encoding) still wins.
    """
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + CP1252_CHAOS_MARGIN:
            return "cp1252"
    return best.encoding
