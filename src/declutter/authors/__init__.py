"""Authors: the shape of a person's name, and bylines the phrase books' single-line
pattern does not read (the opener on one line, the name on the next)."""
