"""Reading pages: files (gzip), bytes to text (encodings, mojibake), telling HTML from text."""
