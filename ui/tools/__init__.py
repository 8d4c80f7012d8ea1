"""The editor's tools: select, draw, entrances, calibration, and their menus and prompts."""
