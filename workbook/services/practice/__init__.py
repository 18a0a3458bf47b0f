"""The consultant's own practice: profile, competences and capacity (hours a week, days off)."""
