"""The command's exit codes, defined once: 0 ok, 1 some input failed, 2 usage, 130 interrupted."""

EXIT_OK = 0
EXIT_FAILED = 1  # some input could not be cleaned (or written)
EXIT_USAGE = 2  # a wrong option, file name or setting (click's own code for usage errors too)
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, as shells report it
