"""Change requests: their workflow, the scope creep they add and the cost notice to the client."""
