"""Deterministic demo data for every table (main.py demo); not a use case, so not a service."""
