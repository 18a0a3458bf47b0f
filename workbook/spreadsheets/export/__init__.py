"""Writing the status workbook and the client dossier (openpyxl, write-only)."""
