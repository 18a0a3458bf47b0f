"""The engagement editor's pages; editor.PAGES lists them."""
