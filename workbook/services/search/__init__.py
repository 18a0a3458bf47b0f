"""Searching everything at once: what the search index finds, with where each hit belongs."""
