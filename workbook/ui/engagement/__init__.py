"""The engagement editor: overview, clarification, wishes, goals, service catalogue, history."""
