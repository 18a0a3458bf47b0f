"""The contact journal: meetings, calls, e-mails, feedback — the feedback loop with a client."""
