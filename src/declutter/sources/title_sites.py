"""The outer parts of a page's <title> line that may name its site ("Headline |
Site", "Site: Headline"), for the publisher extractor (extractors/publisher.py)
to weigh against what else the page prints."""
from __future__ import annotations

from declutter.blocks import MAX_NAME_WORDS, edge_stripped
from declutter.document import Document
from declutter.sources.hosts import HOST_NAME
from declutter.titles.line import folded_lines

# How an image's alt text names the site's logo: "Logo Der Spiegel", "The Daily Courier logo".
_LOGO_PREFIX, _LOGO_SUFFIX = "logo ", " logo"
# How much longer a line printing a name is with a logo's words.
LOGO_WORDS = len(_LOGO_PREFIX) + len(_LOGO_SUFFIX)


def site_names(parts: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    """The outer parts of a title line's ``parts`` that may name the site (short,
    and shorter than the rest), each with the rest of the line and whether it leads."""
    if len(parts) < 2:
        return []
    ends = [(parts[-1], parts[:-1], False)]
    # A host name before the last part names the site, the last a section
    # ("Headline | hessenschau.de | Bücher & Autoren"); a line ending in a
    # host name opens with its headline ("Vom Boden aus gedacht - Ann Cotten
    # verwebt ... : literaturkritik.de"). On the eval corpus' text pages
    # (bench meta) each was wrong where it was read the other way (2 in 2).
    if len(parts) > 2 and HOST_NAME.fullmatch(edge_stripped(parts[-2])):
        ends.insert(0, (parts[-2], parts[:-2] + parts[-1:], False))
    if not HOST_NAME.fullmatch(edge_stripped(parts[-1])):
        ends.append((parts[0], parts[1:], True))
    names = []
    for site, rest, leading in ends:
        name, others = edge_stripped(site), " - ".join(rest)
        # Shorter than the longest other part, not only than all of them: a
        # line of short parts is a menu's row ("Foren-Registrierung |
        # Foren-Login | Anwalts-Login"), and "Site » Section » Headline" ends in its headline.
        if len(name) < max(len(part) for part in rest) and len(name.split()) <= MAX_NAME_WORDS:
            names.append((name, edge_stripped(others), leading))
    return names


def without_logo(line: str) -> str:
    """A logo's alt text (case-folded) names the site too."""
    return line.removeprefix(_LOGO_PREFIX).removesuffix(_LOGO_SUFFIX)


def printed_alone(doc: Document, text: str) -> bool:
    """Whether a line of the page prints ``text`` alone, case aside, a logo's words too."""
    folded = text.casefold()
    return any(without_logo(line) == folded for line in folded_lines(doc.blocks, len(folded) + LOGO_WORDS))
