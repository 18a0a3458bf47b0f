"""Clients and their contacts: list, read, create, edit, archive, restore."""
