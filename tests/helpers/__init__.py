"""What several test folders share, imported by name (`from helpers.builders import …`;
pytest puts `tests/` on the path): never `from conftest import …`, which picks whichever
folder's conftest was imported first when folders are collected together."""
