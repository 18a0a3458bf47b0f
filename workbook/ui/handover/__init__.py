"""The handover review: every milestone across clients by due window, at-risk handovers first."""
