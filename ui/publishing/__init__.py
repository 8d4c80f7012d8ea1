"""Telling exhibitors and visitors: letters and move notices, the catalogue, the space report
(PDFs through the printed plan's drawing code), the floor map's export and the app's actions.
The content comes from `qods_planner.publishing`; this package only lays it out with Qt."""
