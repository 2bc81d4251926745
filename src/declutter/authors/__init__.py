"""Authors: the shape of a person's name, bylines the phrase books' single-line
pattern does not read (the opener on one line, the name on the next; a byline on
a date line), and names printed beside the date by the headline with no byline phrase."""
