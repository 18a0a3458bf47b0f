"""Bringing rows from a file into the workbook through the services' own rules and writes."""
