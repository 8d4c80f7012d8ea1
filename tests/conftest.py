import os

# Qt tests run without a display, on every machine and in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
