"""Everything Qt: the desktop planner."""
