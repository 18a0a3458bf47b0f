"""Order clarification: the question catalogue and each engagement's answers."""
