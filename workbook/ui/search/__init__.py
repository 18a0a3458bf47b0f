"""Searching everything from the window: the field in the toolbar (Ctrl+K) and its results."""
