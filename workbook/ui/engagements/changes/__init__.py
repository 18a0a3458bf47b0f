"""Change requests in the window: the editor's Changes page, the Changes tab, the cost notice."""
