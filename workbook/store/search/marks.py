"""How a search snippet marks the matched words: characters no stored text contains, which each
view replaces by its own highlighting (bold in the window, brackets on the command line)."""

MARK_START, MARK_END = "\x02", "\x03"
