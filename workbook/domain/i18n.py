"""Marking strings for translation in code that must not import Qt."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """pyside6-lupdate collects these; the UI translates them later with the same context."""
    return source
