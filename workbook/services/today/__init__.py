"""What is due today across all clients: the Today sections, the charts' figures, the calendar."""
