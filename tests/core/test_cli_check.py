"""`qods-planner check PROJECT [--json]`: output, exit codes 0/1/2, the JSON document."""

from __future__ import annotations

import json

import pytest
from helpers.builders import TinyProject

from qods_planner.cli.main import main
from qods_planner.files import save_project
from qods_planner.model import Wishes


def saved(tmp_path, *, clash: bool):
    """A project file whose plan breaks the competitor rule when `clash`."""
    b = TinyProject()
    b.row("A", 4, x=600, y=0)
    b.exhibitor("e1", wishes=Wishes(corner=True), competitors=("e2",))
    b.exhibitor("e2")
    b.exhibitor("e3")
    b.place(e1=["A2"], e2=["A3" if clash else "A4"])
    path = tmp_path / "fair.json"
    save_project(b.project, path)
    return path


def test_a_plan_without_hard_violations_exits_0(tmp_path, capsys):
    path = saved(tmp_path, clash=False)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("soft waitlisted (-5000): Company e3 (e3)")
    assert "soft wish_corner_unmet (-8): Company e1 (e1)" in "\n".join(out)
    assert not any(line.startswith("HARD") for line in out)
    assert out[-1] == (
        "score -5000 (waitlist -5000); 2 assigned, 1 waitlisted; "
        "0 hard violations, 4 soft shortfalls"  # + two sector_isolated
    )


def test_a_hard_violation_exits_1_and_is_printed_first(tmp_path, capsys):
    path = saved(tmp_path, clash=True)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "HARD competitors_adjacent: competitors Company e1 (e1) and Company e2 (e2) are"
        " neighbours: A2 and A3 are side by side"
    )
    assert out[-1].startswith("score -4980 (same_sector +20, waitlist -5000);")
    assert out[-1].endswith("1 hard violation, 2 soft shortfalls")


def test_json_output_parses_and_keeps_the_exit_code(tmp_path, capsys):
    path = saved(tmp_path, clash=True)
    assert main(["check", str(path), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "qods-planner-check" and doc["format_version"] == 1
    assert doc["project"] == str(path)
    assert doc["ok"] is False and doc["hard_count"] == 1 and doc["soft_count"] == 2
    assert doc["assigned"] == 2 and doc["waitlisted"] == 1
    assert doc["score"]["total"] == sum(doc["score"]["breakdown"].values()) == -4980
    first = doc["violations"][0]
    assert first["rule"] == "competitors_adjacent" and first["hard"] is True
    assert first["exhibitors"] == ["e1", "e2"] and first["booths"] == ["A2", "A3"]
    assert {v["rule"]: v["points"] for v in doc["violations"][1:]} == {
        "waitlisted": 5000,
        "wish_corner_unmet": 8,
    }


def test_json_keeps_persian_readable(tmp_path, capsys):
    b = TinyProject()
    b.booth("A1", 0, 0)
    b.exhibitor("e1", name_en="")  # falls back to the Persian name
    path = tmp_path / "fa.json"
    save_project(b.project, path)
    assert main(["check", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "شرکت e1 (e1)" in out


def test_a_missing_file_exits_2_without_a_traceback(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert "no such project file" in err and "nope.json" in err
    assert "Traceback" not in err


def test_a_damaged_file_exits_2_without_a_traceback(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text("{ this is not json", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("qods-planner check:") and "broken.json" in err
    assert "Traceback" not in err


def test_help(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--help"])
    assert exc.value.code == 0
    assert "--json" in capsys.readouterr().out
