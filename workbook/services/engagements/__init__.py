"""Engagements: list, read, create, edit, the status flow and its history."""
