"""The right-hand pane of the Clients tab, built from sections (pane.SECTIONS)."""
