"""`qods-planner publish` and the re-solve's command-line side of issue 15: moves counted
against the published plan (as the desktop program counts them), the frontier and evictions
in the report, `--may-waitlist-confirmed` and `--extra-moves`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from helpers.builders import TinyProject

from qods_planner.cli.main import main
from qods_planner.files import load_project, save_project
from qods_planner.model import BoothStatus, PriorityTier
from qods_planner.snapshot import build_problem
from solver import SolveParams, solve


@pytest.fixture
def tiny() -> TinyProject:
    t = TinyProject()
    t.row("A", 4, x=600, y=0)
    t.row("B", 2, x=600, y=1400)
    for i in range(1, 5):
        t.exhibitor(f"e{i}", m2=9, max_m2=9)
    t.place(e1=["A1"], e2=["A2"], e3=["A3"], e4=["A4"])
    return t


def _save(tiny: TinyProject, tmp_path, name: str = "fair.qods.json"):
    path = tmp_path / name
    save_project(tiny.project, path)
    return path


def test_publish_makes_the_current_plan_the_published_one(tiny, tmp_path, capsys):
    path = _save(tiny, tmp_path)
    assert main(["publish", str(path)]) == 0
    assert load_project(path).baseline == tiny.project.plan
    assert "published: 4 stands" in capsys.readouterr().out
    assert main(["publish", str(path)]) == 0
    assert "already published" in capsys.readouterr().out


def test_publish_writes_to_out_and_leaves_the_input(tiny, tmp_path):
    path = _save(tiny, tmp_path)
    before = path.read_bytes()
    out = tmp_path / "published.qods.json"
    assert main(["publish", str(path), "--out", str(out)]) == 0
    assert path.read_bytes() == before
    assert load_project(out).baseline == tiny.project.plan


def test_publish_refuses_a_plan_that_breaks_a_hard_rule(tiny, tmp_path, capsys):
    tiny.place(e1=["A1"], e2=["A1"], e3=["A3"], e4=["A4"])  # two stands on one booth
    path = _save(tiny, tmp_path)
    before = path.read_bytes()
    assert main(["publish", str(path)]) == 1
    out = capsys.readouterr().out
    assert "not published" in out and "HARD:" in out
    assert path.read_bytes() == before
    assert load_project(path).baseline is None


def test_publish_without_a_plan_says_so(tmp_path, capsys):
    tiny = TinyProject()
    tiny.row("A", 2, x=600, y=0)
    path = _save(tiny, tmp_path)
    assert main(["publish", str(path)]) == 1
    assert "no plan to publish" in capsys.readouterr().out


def test_the_command_line_counts_moves_against_the_published_plan(tiny, tmp_path):
    tiny.project.set_baseline(tiny.project.plan)
    tiny.place(e1=["B1"], e2=["A2"], e3=["A3"], e4=["A4"])  # moved by hand since publishing
    path = _save(tiny, tmp_path)
    report = tmp_path / "r.json"
    assert main(["solve", str(path), "--time-limit", "0.5", "--report", str(report)]) == 0
    doc = json.loads(report.read_text("utf-8"))
    # The same project solved as the desktop program solves it (the job's snapshot).
    app = solve(build_problem(tiny.project), SolveParams(time_limit_s=0.5))
    assert doc["moves"] == app.moves == 0  # e1 goes back home: no move against the published
    assert doc["frontier"][0]["moves"] == 0


def test_the_report_has_the_frontier_and_extra_moves_sets_its_reach(tiny, tmp_path, capsys):
    tiny.project.set_baseline(tiny.project.plan)
    path = _save(tiny, tmp_path)
    report = tmp_path / "r.json"
    args = ["solve", str(path), "--time-limit", "0.5", "--report", str(report)]
    assert main([*args, "--extra-moves", "2"]) == 0
    doc = json.loads(report.read_text("utf-8"))
    assert [p["moves"] for p in doc["frontier"]] == [0, 1, 2]
    for point in doc["frontier"]:
        assert point.keys() >= {"moves", "score", "proven", "gap"}
    assert doc["evicted"] == [] and doc["settings"]["extra_moves"] == 2
    assert "+2 moves:" in capsys.readouterr().out


def test_may_waitlist_confirmed_lets_a_late_sponsor_in_and_reports_the_eviction(tiny, tmp_path):
    tiny.project.set_baseline(tiny.project.plan)
    for b in ("B1", "B2"):
        tiny.project.put_booth(replace(tiny.project.booths[b], status=BoothStatus.BLOCKED))
    tiny.exhibitor("e5", m2=9, max_m2=9, priority=PriorityTier.SPONSOR)
    path = _save(tiny, tmp_path)
    report = tmp_path / "r.json"
    args = ["solve", str(path), "--time-limit", "0.5", "--report", str(report)]
    assert main(args) == 0
    kept = json.loads(report.read_text("utf-8"))
    assert kept["evicted"] == [] and [w["exhibitor"] for w in kept["waitlisted"]] == ["e5"]
    assert kept["settings"]["keep_confirmed"] is True
    assert main([*args, "--may-waitlist-confirmed"]) == 0
    allowed = json.loads(report.read_text("utf-8"))
    (evicted,) = allowed["evicted"]
    assert evicted["why"].startswith("loses its stand: ") and evicted["to"] == []
    assert allowed["settings"]["keep_confirmed"] is False


def test_extra_moves_must_be_a_small_whole_number(tiny, tmp_path, capsys):
    path = _save(tiny, tmp_path)
    with pytest.raises(SystemExit):
        main(["solve", str(path), "--extra-moves", "x"])
    with pytest.raises(SystemExit):
        main(["solve", str(path), "--extra-moves", "99"])
    assert "extra moves must be" in capsys.readouterr().err
