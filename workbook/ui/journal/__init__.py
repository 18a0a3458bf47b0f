"""The Journal tab and the journal entry form (quick add with Ctrl+J from anywhere)."""
