"""Data protection: what is stored about a person, handed out or erased, and an audit of it."""
