"""A new project is ready for registrations: the standard sectors with both names, colours and
the value-chain complementarity, named in the organiser's language; any sector can go."""

from __future__ import annotations

from qods_planner import messages
from qods_planner.default_sectors import default_complementarity, default_sectors
from ui.document import Document, new_project
from ui.planning import RemoveSector


def test_a_new_project_has_the_standard_sector_catalogue():
    project = new_project()
    assert list(project.sectors.values()) == default_sectors()
    assert len(project.sectors) == 16
    assert project.complementarity == default_complementarity()
    assert project.complementarity.weight("mining", "basic-metals") == 3


def test_names_follow_the_interface_language():
    before = messages.get_language()
    try:
        messages.set_language("en")
        assert new_project().event.language == "en"
        messages.set_language("fa")
        assert new_project().event.language == "fa"
    finally:
        messages.set_language(before)


def test_any_standard_sector_can_be_removed_and_undone(qtbot):
    document = Document(new_project())
    project = document.project
    for sector_id in list(project.sectors):
        document.undo_stack.push(RemoveSector(project, sector_id))
    assert not project.sectors and not project.complementarity.weights
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    # (An undone removal puts the sector back at the end of the list, as before.)
    assert sorted(project.sectors.values(), key=lambda s: s.id) == sorted(
        default_sectors(), key=lambda s: s.id
    )
    assert project.complementarity == default_complementarity()
