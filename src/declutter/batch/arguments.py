"""The arguments of a ``BatchRun``, checked before anything runs.

Each problem is a ConfigError that names the argument and what it must be:
a batch that would fail on its first page, or silently read a string's
characters as file names, stops here instead.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from declutter.batch.output import OutputDir
from declutter.batch.sinks import TextStream
from declutter.errors import ConfigError

T = TypeVar("T")


def input_paths(inputs: object) -> list[Path]:
    """The inputs as paths: a list (any iterable) of existing files and folders, at least one."""
    if inputs is None:
        raise ConfigError("no inputs: give BatchRun a list of files and folders")
    if isinstance(inputs, (str, bytes, os.PathLike)):
        raise ConfigError(f"inputs must be a list of files and folders, not one path; write [{str(inputs)!r}]")
    if not isinstance(inputs, Iterable):
        raise ConfigError(f"inputs must be a list of files and folders, not {type(inputs).__name__}")
    given = list(inputs)
    if not given:
        raise ConfigError("no inputs: give at least one file or folder")
    paths = []
    for item in given:
        if not isinstance(item, (str, os.PathLike)):
            raise ConfigError(f"an input must be a path (str or Path), not {item!r}")
        path = Path(item)
        if not path.exists():
            raise ConfigError(f"no such file or folder: {item}")
        paths.append(path)
    return paths


def destination(output_dir: object, jsonl: object, stdout: object) -> OutputDir | Path | TextStream:
    """Exactly one destination: an output folder, a JSONL file, or a text stream (jsonl None or "-")."""
    if output_dir is not None and jsonl is not None:
        raise ConfigError("give either an output folder (one file per page) or a JSONL file, not both")
    if output_dir is not None:
        folder = _path(output_dir, "output_dir")
        if folder.exists() and not folder.is_dir():
            raise ConfigError(f"the output folder {folder} is a file: a batch writes one file per page into a folder (or use a JSONL file)")
        return OutputDir(folder)
    if jsonl is not None and jsonl != "-":
        file = _path(jsonl, "jsonl")
        if file.is_dir():
            raise ConfigError(f"the JSONL file {file} is a folder")
        return file
    if stdout is None:
        raise ConfigError("say where the records go: output_dir (a folder), jsonl (a file) or stdout (a text stream)")
    if not isinstance(stdout, TextStream):
        raise ConfigError(f"stdout must be a text stream (with write and flush), not {stdout!r}")
    return stdout


def not_an_input(target: OutputDir | Path | TextStream, inputs: list[Path]) -> None:
    """An output (the folder, the JSONL file) must not be one of the inputs: it
    would overwrite the page it reads, or its outputs would land among its inputs.
    Paths are compared resolved (links, "..", a folder given twice by two names)."""
    if isinstance(target, OutputDir):
        path, what = target.root, "output folder"
    elif isinstance(target, Path):
        path, what = target, "JSONL file"
    else:
        return
    real = os.path.realpath(path)
    for given in inputs:
        if os.path.realpath(given) == real:
            raise ConfigError(f"the {what} {path} is also an input; write the outputs somewhere else")


def instance_or_default(value: object, kind: type[T], name: str) -> T:
    """``value`` when it is a ``kind``, ``kind()`` for None."""
    if value is None:
        return kind()
    if not isinstance(value, kind):
        raise ConfigError(f"{name} must be a {kind.__name__}, not {value!r}")
    return value


def callback(value: object, name: str) -> Callable[[Any], None]:
    """``value`` when it is callable; a callback that does nothing for None."""
    if value is None:
        return _nothing
    if not callable(value):
        raise ConfigError(f"{name} must be a function or None, not {value!r}")
    return value


def _nothing(_: object) -> None:
    pass


def _path(value: object, name: str) -> Path:
    if not isinstance(value, (str, os.PathLike)):
        raise ConfigError(f"{name} must be a path (str or Path), not {value!r}")
    return Path(value)
