"""Build src/declutter/language/stopwords.json from jusText's stop lists (a dev extra).

At run time declutter reads only the JSON: jusText is not a dependency. For
each language (ISO 639-1 code, as py3langid reports it) we keep the shortest
words of jusText's list, up to LIMIT: function words are short, and the short
ones are the frequent ones (Zipf), which is what a density measure needs.

    python scripts/build_stopwords.py
"""
from __future__ import annotations

import json
from pathlib import Path

import justext

# The lists have 270-7000 words; their shortest 200 are the frequent function
# words (Zipf) that a density measure needs; 600 whole lists scored no better
# on the corpus and took 170 kB.
LIMIT = 200
# py3langid's codes for the jusText lists of the languages news is written in.
LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "gl": "Galician", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "id": "Indonesian", "it": "Italian", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "ms": "Malay", "nb": "Norwegian_Bokmal", "nl": "Dutch", "no": "Norwegian_Bokmal",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian",
    "vi": "Vietnamese",
}
# In language/: the package data that ships JSON (pyproject includes language/*.json).
OUT = Path(__file__).resolve().parent.parent / "src" / "declutter" / "language" / "stopwords.json"


def main() -> None:
    table = {}
    for code, name in sorted(LANGUAGES.items()):
        words = sorted(justext.get_stoplist(name), key=lambda w: (len(w), w))
        table[code] = [w.lower() for w in words[:LIMIT]]
    OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
