"""Team mode: the workbook on a PostgreSQL server — connecting, telling our database from a
foreign one, creating and migrating it. Everything here is PostgreSQL-aware; the services see
the same Database as for a file."""
