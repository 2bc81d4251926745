"""The ``declutter`` command: the only code that prints or knows exit codes.

``main.py`` holds the commands (clean, explain, extractors); ``batch.py`` the
batch side of ``clean``; ``exits.py`` the exit codes.
"""
from declutter.cli.main import main

__all__ = ["main"]
