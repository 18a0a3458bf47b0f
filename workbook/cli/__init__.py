"""The command line (no Qt): one module per group of sub-commands."""
