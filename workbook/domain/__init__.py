"""Pure-Python domain: enums, rules and derived figures. No Qt, no database."""
