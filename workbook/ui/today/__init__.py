"""The Today tab: what needs the consultant today, in sections, and its charts."""
