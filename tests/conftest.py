import os

from hypothesis import settings

# Qt tests run without a display, on every machine and in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# On CI every hypothesis test draws the same examples run after run, so a failure belongs to
# the commit that brought it, never to an unrelated one; locally they keep exploring.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    settings.load_profile("ci")
