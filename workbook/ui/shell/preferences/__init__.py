"""The Preferences dialog (Edit ▸ Preferences…, Ctrl+,): settings and the practice's pages."""
