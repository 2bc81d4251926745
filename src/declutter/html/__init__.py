"""HTML pages: trafilatura picks the main content and metadata, readability-lxml gives a second opinion."""
