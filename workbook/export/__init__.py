"""Column specs shared by table views and the Excel export; writers and importers."""
