"""The `qods-planner` command line."""
