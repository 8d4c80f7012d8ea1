"""The damaged-file fixture set: every reader of a user's workbook (registrations, booths, the
preview, an edited export) answers with the project's own error naming the file and the
damage, the command exits 2, and the project is untouched."""

from __future__ import annotations

import pytest

from qods_planner.cli.main import main
from qods_planner.excel import (
    ExcelError,
    import_plan_from_export,
    preview,
    read_booths,
    read_exhibitors,
)
from qods_planner.files import save_project
from qods_planner.messages import set_language

from .conftest import build_project
from .xlsx_surgery import damaged_set

DAMAGED = damaged_set()


@pytest.fixture(params=sorted(DAMAGED), ids=sorted(DAMAGED))
def damaged(request, tmp_path):
    data, fragment = DAMAGED[request.param]
    path = tmp_path / "registrations.xlsx"
    path.write_bytes(data)
    return path, fragment


def _read_all(path, project):
    yield lambda: read_exhibitors(path, project)
    yield lambda: read_booths(path, project)
    yield lambda: preview(path, project)
    yield lambda: import_plan_from_export(project, path)


def test_every_reader_raises_the_projects_own_error(damaged):
    path, fragment = damaged
    project = build_project()
    for read in _read_all(path, project):
        with pytest.raises(ExcelError) as caught:
            read()
        message = str(caught.value)
        assert message.startswith(f"cannot read {path}: ")
        assert fragment in message
        assert "Traceback" not in message and "\n" not in message


def test_bytes_are_named_the_workbook():
    data, fragment = DAMAGED["broken sheet XML"]
    with pytest.raises(ExcelError, match=r"^cannot read the workbook: the workbook is damaged"):
        read_exhibitors(data, build_project())


def test_the_message_is_in_the_readers_language():
    data, _ = DAMAGED["broken sheet XML"]
    set_language("fa")
    try:
        with pytest.raises(ExcelError) as caught:
            read_exhibitors(data, build_project())
    finally:
        set_language("en")
    assert str(caught.value) == (
        "خواندن فایل اکسل ممکن نیست: فایل اکسل آسیب دیده است"
        " (برگهٔ 'Registrations'، خطای XML در سطر 3)"  # a place, like a cell: ASCII
    )


@pytest.mark.parametrize("command", ["import-exhibitors", "import-booths", "import-plan"])
def test_the_commands_exit_2_and_leave_the_project_alone(damaged, command, capsys):
    path, fragment = damaged
    project_file = path.parent / "fair.qods.json"
    save_project(build_project(), project_file)
    before = project_file.read_bytes()
    assert main(["--language", "en", command, str(project_file), str(path)]) == 2
    captured = capsys.readouterr()
    assert fragment in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.count("\n") == 1
    assert project_file.read_bytes() == before
