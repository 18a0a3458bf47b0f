"""Documents to print and sign, built without Qt from the services' data (Qt only renders)."""
