"""Dialogs of the planner."""
