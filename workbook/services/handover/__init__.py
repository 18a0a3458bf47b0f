"""Knowledge transfer up to the client's self-sufficiency: milestones, readiness, the review."""
