"""What is agreed in an engagement: wishes, goals, the service catalogue."""
