"""Writing files safely: atomic replacement, never a half-written target."""
