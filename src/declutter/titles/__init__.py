"""What the headline and publisher extractors ask about titles: the page's
<title> line and its parts (``line``), and the evidence a line needs before
it is taken as the title (``evidence``)."""
