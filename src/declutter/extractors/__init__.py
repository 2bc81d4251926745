"""The extractors: each labels blocks or fills metadata of a Document.

Each module holds one extractor (a callable ``Document -> Document``); the
registry that names them is ``declutter.pipeline.EXTRACTORS``.
"""
