"""Reading pages: files, decoding, format sniffing, markdown."""
