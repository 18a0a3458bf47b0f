"""Your practice in the window: the profile form with its logo, competences, capacity."""
