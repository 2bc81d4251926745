"""Reading a settings file (TOML) into ``Settings``, and finding one in ``pyproject.toml``.

Every key is checked: an unknown one is a ConfigError naming it, the keys
valid where it stands, the file and the line; a value of the wrong type names
its key and the type expected; a pattern that does not compile, or that may
take exponential time (compiled.pattern_problem), names its key too. The
keys are those of README.md's "Tuning a site".
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from declutter.config.presets import PRESETS, with_preset
from declutter.config.rules import FIELD_RULES, DropRule, FieldRule, KeepRule, RuleOrigin, Rules, SiteRules
from declutter.config.typecheck import is_instance, type_hints
from declutter.errors import ConfigError
from declutter.kinds import Kind
from declutter.settings import Settings

PYPROJECT = "pyproject.toml"
_KINDS = tuple(kind.value for kind in Kind)
# Settings fields the file may not set: the pipeline is changed with "skip"
# (and --skip, --extractor on the command line), the rules are the file's own.
_NOT_SETTABLE = ("pipeline", "rules")
_LANGUAGE = re.compile(r"[a-z]{2,3}")  # an ISO 639 code, as the phrase books are named
_HEADER = re.compile(r"^\s*\[\[?(.*?)\]\]?\s*(?:#.*)?$")
_HEADER_PART = re.compile(r'"([^"]*)"|\'([^\']*)\'|([^.\s]+)')


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` from ``start`` (the working folder) upwards
    that holds a ``[tool.declutter]`` table, or None. The nearest pyproject.toml
    is its project's: one without the table ends the search."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / PYPROJECT
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return path if "declutter" in text and _parse(text, str(path)).get("tool", {}).get("declutter") is not None else None
    return None


def load_settings(
    path: str | Path | None = None, *, settings: Settings | None = None, preset: str | None = None, start: Path | None = None
) -> Settings:
    """Settings from the TOML file ``path``; without one, from ``[tool.declutter]``
    of the nearest pyproject.toml (find_pyproject), else ``settings`` unchanged.

    ``settings`` is what the file changes (default ``Settings()``); ``preset``
    ("precision" or "recall") replaces the file's own preset key.
    """
    base = settings or Settings()
    prefix: tuple[str, ...] = ()
    if path is None:
        found = find_pyproject(start)
        if found is None:
            return with_preset(base, preset) if preset else base
        path, prefix = found, ("tool", "declutter")
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"no such settings file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the settings file {path}: {exc}") from None
    table: Any = _parse(text, str(path))
    for part in prefix:
        table = table.get(part, {})
    return _Reader(str(path), text, prefix).settings(table, base, preset)


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{name}: not valid TOML: {exc}") from None


class _Reader:
    """One file's table read into Settings, each error with the file and line."""

    def __init__(self, name: str, text: str, prefix: tuple[str, ...]) -> None:
        self.name, self.lines, self.prefix = name, text.split("\n"), prefix

    def settings(self, table: dict[str, Any], base: Settings, preset: str | None) -> Settings:
        options = [f.name for f in fields(Settings) if f.name not in _NOT_SETTABLE]
        self._known((), table, ["precision", "recall", "keep", "skip", "phrases", "sites", *options])
        chosen = [name for name in PRESETS if self._value((), table, name, bool, "true or false", False)]
        if len(chosen) > 1:
            self._fail((), "recall", "precision and recall are opposite presets: set one")
        settings = base
        if preset or chosen:
            settings = with_preset(settings, preset or chosen[0])
        hints = type_hints(Settings)
        for name in options:
            if name not in table:
                continue
            value = getattr(settings, name)
            if is_dataclass(value) and not isinstance(value, type):
                section = self._table((), table, name)
                settings = replace(settings, **{name: self._options(name, section, value)})
            else:
                settings = replace(settings, **{name: self._typed((), name, table[name], hints[name])})
        rules = Rules(
            drop=self._phrases(self._table((), table, "phrases")),
            keep=self._keep((), table),
            sites=tuple(self._site(key, self._table(("sites",), self._table((), table, "sites"), key)) for key in table.get("sites", {})),
        )
        for site in rules.sites:
            self._extractors(("sites", site.key), site.skip)
        skip = self._strings((), table, "skip")
        self._extractors((), skip)
        settings = replace(settings, rules=rules)
        present = settings.step_names()
        return settings.without(*(name for name in skip if name in present)) if skip else settings

    # -- sections ----------------------------------------------------------------
    def _options(self, name: str, table: dict[str, Any], options: Any) -> Any:
        """A per-extractor dataclass (``[content]``) with the table's values."""
        kind: type = type(options)
        hints = type_hints(kind)
        self._known((name,), table, [f.name for f in fields(options)])
        return replace(options, **{key: self._typed((name,), key, value, hints[key]) for key, value in table.items()})

    def _phrases(self, table: dict[str, Any]) -> tuple[DropRule, ...]:
        rules = []
        for language, kinds in table.items():
            if not _LANGUAGE.fullmatch(language):
                self._fail(("phrases",), language, f"[phrases.{language}]: a section of [phrases] is a language code such as en or de")
            section = ("phrases", language)
            kinds = self._table(("phrases",), table, language)
            self._known(section, kinds, _KINDS)
            rules += [DropRule(kind, self._patterns(section, kinds, kind), self._origin(section, kind), language) for kind in kinds]
        return tuple(rules)

    def _site(self, key: str, table: dict[str, Any]) -> SiteRules:
        section = ("sites", key)
        self._known(section, table, ["keep", "skip", *FIELD_RULES, *_KINDS])
        return SiteRules(
            key=key,
            drop=tuple(
                DropRule(kind, self._patterns(section, table, kind), self._origin(section, kind)) for kind in _KINDS if kind in table
            ),
            keep=self._keep(section, table),
            fields=tuple(
                FieldRule(name, self._patterns(section, table, name, one=True), self._origin(section, name))
                for name in FIELD_RULES
                if name in table
            ),
            skip=self._strings(section, table, "skip"),
        )

    def _keep(self, section: tuple[str, ...], table: dict[str, Any]) -> tuple[KeepRule, ...]:
        if "keep" not in table:
            return ()
        return (KeepRule(self._patterns(section, table, "keep"), self._origin(section, "keep")),)

    def _extractors(self, section: tuple[str, ...], names: tuple[str, ...]) -> None:
        from declutter.extractors import EXTRACTORS

        for name in names:
            if name not in EXTRACTORS:
                self._fail(section, "skip", f"{self._where(section)}skip names no extractor {name!r}; known: {', '.join(EXTRACTORS)}")

    # -- values ------------------------------------------------------------------
    def _patterns(self, section: tuple[str, ...], table: dict[str, Any], key: str, one: bool = False) -> tuple[str, ...]:
        value = table[key]
        expected = "a string or a list of strings" if one else None
        patterns = (value,) if one and isinstance(value, str) else self._strings(section, table, key, expected)
        from declutter.config.compiled import pattern_problem  # with the phrase books' matching: only for a file's patterns

        for pattern in patterns:
            problem = pattern_problem(pattern)
            if problem:
                self._fail(section, key, f"{self._where(section)}{key}: the pattern {pattern!r} {problem}")
        return patterns

    def _strings(self, section: tuple[str, ...], table: dict[str, Any], key: str, expected: str | None = None) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._bad(section, key, value, expected or "a list of strings")
        return tuple(value)

    def _value(self, section: tuple[str, ...], table: dict[str, Any], key: str, kind: type, expected: str, default: Any) -> Any:
        value = table.get(key, default)
        if not is_instance(value, kind):
            self._bad(section, key, value, expected)
        return value

    def _typed(self, section: tuple[str, ...], key: str, value: Any, hint: Any) -> Any:
        if isinstance(value, list):
            value = tuple(value)
        if not is_instance(value, hint):
            self._bad(section, key, value, _describe(hint))
        return value

    def _table(self, section: tuple[str, ...], table: dict[str, Any], key: str) -> dict[str, Any]:
        value = table.get(key, {})
        if not isinstance(value, dict):
            self._bad(section, key, value, f"a table ([{'.'.join((*section, key))}])")
        found: dict[str, Any] = value
        return found

    def _known(self, section: tuple[str, ...], table: dict[str, Any], valid: list[str] | tuple[str, ...]) -> None:
        for key in table:
            if key not in valid:
                where = f"in [{self._title(section)}]" if section or self.prefix else "at the top level"
                self._fail(section, key, f"unknown key {key!r} {where}; valid keys: {', '.join(valid)}")

    # -- messages ------------------------------------------------------------------
    def _origin(self, section: tuple[str, ...], key: str) -> RuleOrigin:
        return RuleOrigin(self.name, self._title(section), key)

    def _title(self, section: tuple[str, ...]) -> str:
        return ".".join(part if re.fullmatch(r"[\w-]+", part) else f'"{part}"' for part in (*self.prefix, *section))

    def _where(self, section: tuple[str, ...]) -> str:
        return f"[{self._title(section)}] " if section or self.prefix else ""

    def _bad(self, section: tuple[str, ...], key: str, value: Any, expected: str) -> None:
        self._fail(section, key, f"{self._where(section)}{key} must be {expected}, not {value!r}")

    def _fail(self, section: tuple[str, ...], key: str, message: str) -> None:
        line = self._line_of((*self.prefix, *section), key)
        raise ConfigError(f"{self.name}{f', line {line}' if line else ''}: {message}")

    def _line_of(self, section: tuple[str, ...], key: str) -> int | None:
        """Where ``key`` of the table ``section`` is written: its "key =" line under
        the table's header, or the header of its own table, or any line naming it."""
        inside = not section
        assignment = re.compile(rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=""")
        for number, line in enumerate(self.lines, start=1):
            header = _header(line)
            if header is not None:
                if header[: len(section) + 1] == (*section, key):
                    return number
                inside = header == section
            elif inside and assignment.match(line):
                return number
        return next((number for number, line in enumerate(self.lines, start=1) if key in line), None)


def _header(line: str) -> tuple[str, ...] | None:
    found = _HEADER.match(line)
    if found is None:
        return None
    return tuple(next(part for part in parts if part) if any(parts) else "" for parts in _HEADER_PART.findall(found.group(1)))


def _describe(hint: Any) -> str:
    names = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}
    if hint in names:
        return names[hint]
    text = str(hint)
    if text.startswith("tuple["):
        return "a list of strings"
    if "None" in text:
        return " or ".join(names.get(part, str(part)) for part in getattr(hint, "__args__", ()) if part is not type(None))
    return text
