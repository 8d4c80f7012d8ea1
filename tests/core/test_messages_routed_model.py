"""Model errors, whole-project problems and bad project files, in Persian with their identity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.builders import TinyProject
from helpers.routed_messages import (  # noqa: F401 (_english_environment is an autouse fixture)
    _english_environment,
    everything_broken,
)

from qods_planner import messages
from qods_planner.files import ProjectFileError, load_project, save_project
from qods_planner.messages import set_language
from qods_planner.model import (
    Booth,
    Entrance,
    Exhibitor,
    Hall,
    ModelError,
    Plan,
    Rect,
    Side,
    project_problems,
)

# -- whole-project problems and files ---------------------------------------------------------


def test_integrity_problems_in_persian_keep_their_identity():
    project, plan, _ = everything_broken()
    project.set_plan(plan)
    english = project_problems(project)
    set_language("fa")
    persian = project_problems(project)
    assert [str(p) for p in persian] == [
        "نقشه چیدمان: به مشارکت‌کننده e14 غرفه‌ای ناشناخته داده است: 'Z9'",
        "نقشه چیدمان: به مشارکت‌کننده‌ای ناشناخته غرفه داده است: 'ghost'",
    ]
    assert [(p.entity, p.key, p.attribute) for p in persian] == [
        (p.entity, p.key, p.attribute) for p in english
    ]


@pytest.fixture
def good_file(tmp_path) -> Path:
    b = TinyProject()
    b.booth("b1", 0, 0, label="A-1")
    b.booth("b2", 300, 0, label="A-2")
    b.exhibitor("e1")
    path = tmp_path / "fair.qods.json"
    save_project(b.project, path)
    return path


def _edit(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_broken_project_file_in_persian_keeps_json_paths(good_file):
    _edit(good_file, lambda d: d["booths"][1]["rect"].update(x=150))  # b2 overlaps b1
    set_language("fa")
    with pytest.raises(ProjectFileError) as info:
        load_project(good_file)
    assert info.value.where == "booths[b1].rect"
    assert info.value.message == "غرفه A-1 با غرفه A-2 هم‌پوشانی دارد"


def test_schema_problems_in_persian(good_file):
    def break_two(d):
        d["booths"][0]["rect"]["w"] = 0
        d["booths"][1]["status"] = "sold"

    _edit(good_file, break_two)
    set_language("fa")
    with pytest.raises(ProjectFileError) as info:
        load_project(good_file)
    text = str(info.value)
    assert f"{good_file}: ۲ مشکل:" in text
    assert "  - booths[b1].rect.w: باید ≥ ۱ باشد؛ مقدار داده‌شده: 0" in text
    assert "  - booths[b2].status: باید یکی از available, blocked, reserved باشد" in text


# -- the model --------------------------------------------------------------------------------

R = Rect(0, 0, 300, 300)


@pytest.mark.parametrize(
    ("build", "persian"),
    [
        (
            lambda: Booth("b1", "A-12", "H1", Rect(0, 0, 50, 1200)),
            "ابعاد غرفه A-12 ۵۰ × ۱٬۲۰۰ سانتی‌متر است؛ هر ضلع باید دست‌کم ۱۰۰ سانتی‌متر باشد",
        ),
        (
            lambda: Exhibitor("E-1", "x", "", "auto", 12.5, 9, 10),
            "مساحت‌های مشارکت‌کننده E-1 باید به ترتیب کمینه ≤ درخواستی ≤ بیشینه باشند؛"
            " مقدار داده‌شده: ۹ ≤ ۱۲٫۵ ≤ ۱۰ متر مربع",
        ),
        (
            lambda: Exhibitor("E-1", " ", "", "auto", 9, 9, 9),
            "نام فارسی مشارکت‌کننده E-1 نباید خالی باشد",
        ),
        (
            lambda: Exhibitor("E-1", "x", "", "auto", 9, 9, 9, partners=("E 2",)),
            "شناسه شرکای مشارکت‌کننده E-1 باید از حروف لاتین، رقم، '_'، '-' یا '.' ساخته شود"
            " و با حرف یا رقم شروع شود؛ مقدار داده‌شده: 'E 2'",
        ),
        (
            lambda: Hall(
                "H1", "سالن", "Hall", Rect(0, 0, 1000, 800), (Entrance(Side.LEFT, 600, 300),)
            ),
            "سالن H1: ورودی ضلع چپ از گوشهٔ سالن بیرون زده است (۶۰۰ + ۳۰۰ سانتی‌متر > ۸۰۰ سانتی‌متر)",
        ),
        (
            lambda: Plan({}, frozenset({"E-1"})),
            "نقشه چیدمان مشارکت‌کننده E-1 را قفل کرده است، اما او غرفه‌ای ندارد",
        ),
    ],
)
def test_model_errors_in_persian(build, persian):
    with pytest.raises(ModelError) as english:
        build()
    set_language("fa")
    with pytest.raises(ModelError) as info:
        build()
    assert info.value.message == persian
    assert info.value.message != english.value.message


def test_a_valid_entity_renders_no_message(monkeypatch):
    """Field names are rendered only when a check fails: entities are built by the thousand."""
    calls = []
    monkeypatch.setattr(messages, "render", lambda *a: calls.append(a) or "")
    Exhibitor("E-1", "x", "", "auto", 9, 9, 18, competitors=("E-2",), registered_on="2026-09-01")
    Booth("b1", "A-1", "H1", R)
    assert calls == []
