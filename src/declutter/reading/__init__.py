"""Reading pages: files (gzip), bytes to text (encodings, mojibake), telling HTML, markdown and text apart, splitting markdown."""
