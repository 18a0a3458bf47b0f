"""Import of clients (with contacts), contacts and journal entries from .xlsx/.ods/.xls/.csv.

Reading (reading.py) refuses malformed files; fields.py names what a column may hold and maps
headers automatically; preview.py parses and validates every row; commit.py writes all rows in
one transaction and undoes or redoes them as one step. No Qt here: the dialog builds on this."""
