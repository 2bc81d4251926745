"""The command's exit codes, defined once, and which code a DeclutterError ends the command with."""
from __future__ import annotations

from declutter.errors import ConfigError, DeclutterError

EXIT_OK = 0
EXIT_FAILED = 1  # some input could not be cleaned (or written)
EXIT_USAGE = 2  # a wrong option, file name or setting (click's own code for usage errors too)
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # SIGTERM: 128 + SIGTERM


def exit_code_for(error: DeclutterError) -> int:
    """Wrong settings or arguments are usage errors; everything else is a failed input."""
    return EXIT_USAGE if isinstance(error, ConfigError) else EXIT_FAILED
