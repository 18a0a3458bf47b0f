"""What lists and sheets show, Qt-free: column specs, enum labels, the .ts reader."""
