"""What the publisher extractor asks about a page's names: what a publication's
name looks like and where a page prints it (``names``), and the host names a
page's addresses print (``hosts``)."""
