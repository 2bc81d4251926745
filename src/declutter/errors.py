"""Every error declutter raises on purpose is a DeclutterError.

Library code raises these; only the CLI (``declutter.cli``) turns them into exit codes.
"""


class DeclutterError(Exception):
    """Base class: something about the input or the configuration is wrong."""


class InputError(DeclutterError):
    """The page itself cannot be cleaned (the CLI exits 1 for these)."""


class NotTextError(InputError):
    """The bytes are not a text or HTML page (binary, or no encoding fits)."""


class ConfigError(DeclutterError):
    """The settings or the pipeline are wrong (the CLI exits 2 for these)."""


class UnknownExtractorError(ConfigError):
    """A pipeline names an extractor that is not registered."""


class BatchError(DeclutterError):
    """A batch run cannot go on (a worker process died, an output cannot be written)."""
