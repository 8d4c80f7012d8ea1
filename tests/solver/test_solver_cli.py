"""`qods-planner solve`: files in and out, the JSON report, exit codes."""

from __future__ import annotations

import json

import pytest
from helpers.solving import save_clashing_project

from qods_planner.cli.main import main
from qods_planner.files import load_project, save_project
from qods_planner.generate import generate_project

REPORT_FIELDS = {
    "status",
    "objective",
    "breakdown",
    "bound",
    "gap",
    "seconds",
    "first_plan_seconds",
    "assigned",
    "waitlisted",
    "moves",
    "changes",
    "hard_violations",
}


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "fair.qods.json"
    save_project(generate_project(20, 24, 1, seed=2), path)
    return path


def test_solve_writes_the_solved_project_beside_the_input_and_a_report(project_file, capsys):
    before = project_file.read_bytes()
    report = project_file.with_name("report.json")
    code = main(["solve", str(project_file), "--time-limit", "0.5", "--report", str(report)])
    assert code == 0
    assert project_file.read_bytes() == before  # the input is never overwritten by default
    solved = load_project(project_file.with_name("fair.solved.qods.json"))
    doc = json.loads(report.read_text("utf-8"))
    assert doc.keys() >= REPORT_FIELDS
    assert doc["hard_violations"] == []
    assert doc["objective"] == doc["validator_score"]
    assert doc["assigned"] == len(solved.plan.stands) == 20
    assert doc["mode"] == "fresh" and doc["moves"] == 0
    assert "status:" in capsys.readouterr().out


def test_solve_re_solves_a_planned_project_and_lists_changes(project_file, tmp_path):
    out = tmp_path / "solved.json"
    assert main(["solve", str(project_file), "--time-limit", "0.5", "--out", str(out)]) == 0
    report = tmp_path / "again.json"
    args = ["solve", str(out), "--time-limit", "0.5", "--out", str(out), "--report", str(report)]
    assert main(args) == 0  # --out naming the input overwrites it, as asked
    doc = json.loads(report.read_text("utf-8"))
    assert doc["mode"] == "resolve"
    assert doc["moves"] == 0 and doc["changes"] == []
    assert doc["hard_violations"] == []


def test_a_withdrawal_is_printed_with_the_name_and_no_stand_after(project_file, tmp_path, capsys):
    from dataclasses import replace

    from qods_planner.model import ExhibitorStatus

    out = tmp_path / "solved.json"
    assert main(["solve", str(project_file), "--time-limit", "0.5", "--out", str(out)]) == 0
    project = load_project(out)
    leaving = project.exhibitors[sorted(project.plan.stands)[0]]
    project.put_exhibitor(replace(leaving, status=ExhibitorStatus.WITHDRAWN))
    save_project(project, out)
    capsys.readouterr()
    assert main(["solve", str(out), "--time-limit", "0.5", "--out", str(out)]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("change ")]
    assert line.startswith(f"change {leaving.name('en')} ({leaving.id}): ")
    assert "-> no stand (withdrawn: its stand is released)" in line
    # The stand is named by its labels, as on the plan ("A-1"), not by its ids ("A-001").
    labels = ", ".join(project.booths[b].label for b in project.plan.stands[leaving.id])
    assert f": {labels} -> no stand" in line


def test_solve_fresh_ignores_the_current_plan(project_file, tmp_path):
    out = tmp_path / "solved.json"
    main(["solve", str(project_file), "--time-limit", "0.3", "--out", str(out)])
    report = tmp_path / "fresh.json"
    code = main(["solve", str(out), "--fresh", "--time-limit", "0.3", "--report", str(report)])
    assert code == 0
    assert json.loads(report.read_text("utf-8"))["mode"] == "fresh"


def test_a_tight_fresh_solve_reports_its_waitlist_bound_and_reproducibility(tmp_path, capsys):
    from qods_planner.generate import SHAPES, generate_tight

    path = tmp_path / "tight.qods.json"
    save_project(generate_tight(30, 30, 1, 4, SHAPES["clique"]), path)
    report = tmp_path / "r.json"
    assert main(["solve", str(path), "--time-limit", "3", "--report", str(report)]) == 0
    doc = json.loads(report.read_text("utf-8"))
    assert doc["waitlisted"] and doc["waitlist_cost"] >= doc["waitlist_bound"] > 0
    assert doc["waitlist_proven"] is (doc["waitlist_cost"] == doc["waitlist_bound"])
    assert isinstance(doc["reproducible"], bool)
    assert (doc["not_reproducible_because"] is None) is doc["reproducible"]
    assert all(w["brief"] and w["reason"] for w in doc["waitlisted"])
    out = capsys.readouterr().out
    if doc["waitlist_proven"]:
        assert "on the waitlist — no plan can place more (by priority)" in out


def test_a_missing_file_is_a_clear_error(tmp_path, capsys):
    assert main(["solve", str(tmp_path / "nope.json")]) == 2
    assert "no such project file" in capsys.readouterr().err


def test_an_infeasible_project_exits_1_with_the_explanation(tmp_path, capsys):
    path = save_clashing_project(tmp_path)
    report = tmp_path / "r.json"
    assert main(["solve", str(path), "--time-limit", "0.3", "--report", str(report)]) == 1
    doc = json.loads(report.read_text("utf-8"))
    assert doc["status"] == "infeasible" and doc["explanation"]
    assert "cannot plan:" in capsys.readouterr().out
    assert not path.with_name("clash.solved.qods.json").exists()
