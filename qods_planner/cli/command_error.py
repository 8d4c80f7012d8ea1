"""Errors a command reports to the user as one clear line, never as a traceback."""


class UserError(Exception):
    """A mistake the user can fix (a missing file, a bad argument); exit code 2."""

    exit_code = 2
