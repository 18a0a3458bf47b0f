"""Excel and CSV: the status workbook and dossier export, and the import of client lists."""
