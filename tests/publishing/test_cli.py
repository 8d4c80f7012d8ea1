"""`qods-planner export` with --letters, --changed-only, --catalogue, --html and
--space-report, from the command line, on the Qods sample; move notices after a real re-solve."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from qods_planner.cli.main import main
from qods_planner.files import load_project, save_project
from qods_planner.model import ExhibitorStatus
from qods_planner.publishing.letters import file_name
from qods_planner.publishing.stand_facts import placed_stands

from .pdftext import needs_poppler, pdf_pages, pdf_text


@pytest.fixture
def solved_file(sample, tmp_path):
    path = tmp_path / "qods.qods.json"
    save_project(sample, path)
    return path


@needs_poppler
def test_every_output_from_one_command(solved_file, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        [
            "--language",
            "en",
            "export",
            str(solved_file),
            "--pdf",
            str(out / "plan.pdf"),
            "--letters",
            str(out / "letters"),
            "--catalogue",
            str(out / "catalogue.pdf"),
            "--html",
            str(out / "map.html"),
            "--space-report",
            str(out / "space.pdf"),
        ]
    )
    assert code == 0
    said = capsys.readouterr().out
    project = load_project(solved_file)
    placed = placed_stands(project)
    assert f"wrote {len(placed)} letters into" in said
    assert len(list((out / "letters").glob("E*.pdf"))) == len(placed)
    assert (out / "letters" / "letters-all.pdf").exists()
    assert "<!DOCTYPE html>" in (out / "map.html").read_text(encoding="utf-8")
    assert "Alphabetical index" in pdf_text(out / "catalogue.pdf")
    assert pdf_pages(out / "plan.pdf") >= 2
    assert "گزارش فضای نمایشگاه" in pdf_text(out / "space.pdf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--changed-only"], "--changed-only goes with --letters DIR"),
        (["--html", "map.htm"], "must end in .html"),
        (["--catalogue", "book.txt"], "must end in .pdf"),
    ],
)
def test_bad_options_are_refused_with_a_message(solved_file, tmp_path, capsys, args, message):
    args = [a if a.startswith("--") else str(tmp_path / a) for a in args]
    assert main(["--language", "en", "export", str(solved_file), *args]) == 2
    assert message in capsys.readouterr().err


def test_move_notices_need_a_published_plan(solved_file, tmp_path, capsys):
    code = main(
        [
            "--language",
            "en",
            "export",
            str(solved_file),
            "--letters",
            str(tmp_path / "notices"),
            "--changed-only",
        ]
    )
    assert code == 2
    assert "publish the plan" in capsys.readouterr().err


@pytest.mark.slow
@needs_poppler
def test_move_notices_after_a_real_re_solve_are_the_solvers_changes(solved_file, tmp_path):
    """Publish, withdraw an exhibitor and let a newcomer-sized request grow, re-solve with the
    real solver, then write the notices: one per exhibitor the solve report says moved."""
    cli = [sys.executable, "-m", "qods_planner.cli.main", "--language", "en"]
    subprocess.run([*cli, "publish", str(solved_file)], check=True, capture_output=True)
    project = load_project(solved_file)
    withdrawn = next(iter(project.plan.stands))
    project.put_exhibitor(replace(project.exhibitors[withdrawn], status=ExhibitorStatus.WITHDRAWN))
    bigger = next(e for e, ids in project.plan.stands.items() if len(ids) == 1 and e != withdrawn)
    ex = project.exhibitors[bigger]
    area = sum(project.booths[b].area for b in project.plan.stands[bigger]) / 10_000
    project.put_exhibitor(replace(ex, requested_m2=area * 2, min_m2=area * 1.8, max_m2=area * 2.5))
    save_project(project, solved_file)
    resolved = tmp_path / "resolved.qods.json"
    report = tmp_path / "report.json"
    subprocess.run(
        [
            *cli,
            "solve",
            str(solved_file),
            "--time-limit",
            "8",
            "--out",
            str(resolved),
            "--report",
            str(report),
        ],
        check=True,
        capture_output=True,
    )
    changes = json.loads(report.read_text(encoding="utf-8"))["changes"]
    after = load_project(resolved)
    folder = tmp_path / "notices"
    done = subprocess.run(
        [*cli, "export", str(resolved), "--letters", str(folder), "--changed-only"],
        check=True,
        capture_output=True,
        text=True,
    )
    expected = {c["exhibitor"] for c in changes if after.exhibitors[c["exhibitor"]].registered}
    assert bigger in expected and withdrawn not in expected
    written = {p.name for p in folder.glob("E*.pdf")}
    assert written == {file_name(after.exhibitors[e]) for e in expected}
    assert "move notice" in done.stdout
    text = pdf_text(folder / file_name(after.exhibitors[bigger]))
    for b in after.plan.stands[bigger]:
        assert after.booths[b].label in text
