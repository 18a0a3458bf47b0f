"""Small reusable widgets and helpers."""

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """Give a widget the objectName tests and style sheets find it by (the stubs lack the kwarg)."""
    obj.setObjectName(name)
    return obj
