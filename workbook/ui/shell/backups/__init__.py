"""Backups in the window: taken automatically, restored from File ▸ Restore from backup…, and
the database checked from Help ▸ Check database…."""
