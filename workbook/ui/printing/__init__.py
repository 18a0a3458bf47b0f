"""Printing and PDF: Qt renders documents built without Qt (workbook.documents)."""
