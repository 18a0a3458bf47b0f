"""The Engagements tab and the engagement editor with its pages."""
