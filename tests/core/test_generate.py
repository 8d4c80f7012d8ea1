"""The sector catalogue, the instance generator and `qods-planner generate`."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from qods_planner.cli.main import main
from qods_planner.default_sectors import (
    NON_COMMERCIAL,
    contrast,
    default_complementarity,
    default_sectors,
    text_colour,
)
from qods_planner.files import load_project, save_project
from qods_planner.generate import (
    generate_project,
    generate_with_witness,
    needs_water_clash,
    water_clash_capacity,
)
from qods_planner.layout import Relation, layout_of
from qods_planner.model import BoothKind, BoothStatus, ObstacleKind, project_problems
from qods_planner.validation import check

# -- catalogue ----------------------------------------------------------------------------


def test_default_sectors_cover_qods_industries_and_non_commercial_stands():
    sectors = default_sectors()
    ids = [s.id for s in sectors]
    assert len(ids) == len(set(ids)) == 16
    assert ids[0] == "auto-parts"  # the flagship comes first
    for sid in (
        "mining",
        "basic-metals",
        "machinery",
        "construction",
        "chemicals",
        "plastics",
        "packaging",
        "food",
        "textiles",
        "electrical",
        "electronics",
        "high-tech",
    ):
        assert sid in ids
    assert set(ids) >= NON_COMMERCIAL
    assert all(s.name_fa.strip() and s.name_en.strip() for s in sectors)


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def test_sector_colours_are_distinct_and_readable():
    sectors = default_sectors()
    for a, b in itertools.combinations(sectors, 2):
        pairs = zip(_rgb(a.colour), _rgb(b.colour), strict=True)
        distance = sum((x - y) ** 2 for x, y in pairs) ** 0.5
        assert distance >= 60, (a.id, b.id)
    for s in sectors:
        assert contrast(s.colour, text_colour(s.colour)) >= 4.5, s.id


def test_text_colour_picks_the_readable_one():
    assert text_colour("#ffffff") == "#000000"
    assert text_colour("#000000") == "#ffffff"
    assert contrast("#000000", "#ffffff") == pytest.approx(21)


def test_default_complementarity_follows_the_value_chains():
    m = default_complementarity()
    for a, b in [
        ("mining", "basic-metals"),
        ("basic-metals", "machinery"),
        ("machinery", "auto-parts"),
        ("chemicals", "plastics"),
        ("plastics", "packaging"),
        ("packaging", "food"),
        ("electrical", "electronics"),
        ("electronics", "high-tech"),
        ("construction", "mining"),
    ]:
        assert m.weight(a, b) == m.weight(b, a) == 3, (a, b)
    assert m.weight("mining", "machinery") == 2  # two steps along the chain
    assert m.weight("mining", "auto-parts") == 1  # three steps
    assert m.weight("food", "auto-parts") == 0
    ids = {s.id for s in default_sectors()}
    assert all(a in ids and b in ids for a, b in m.weights)
    assert all(1 <= w <= 3 for w in m.weights.values())


# -- the generated project ----------------------------------------------------------------

SIZES = [(16, 20, 1, 0), (60, 70, 1, 3), (130, 150, 2, 5)]


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"e{s[0]}-b{s[1]}-h{s[2]}-s{s[3]}")
def generated(request):
    n, b, h, seed = request.param
    project, witness = generate_with_witness(n, b, h, seed)
    return request.param, project, witness


def test_counts_and_integrity(generated):
    (n, b, h, _), project, _ = generated
    assert len(project.exhibitors) == n
    assert len(project.booths) == b
    assert len(project.halls) == h
    assert project_problems(project) == []
    assert not project.plan.stands  # the hidden assignment is not stored
    assert list(project.exhibitors) == sorted(project.exhibitors)
    assert list(project.booths) == sorted(project.booths)


def test_booths_are_on_the_module_from_9_to_72_m2(generated):
    _, project, _ = generated
    for booth in project.booths.values():
        assert booth.rect.w % 100 == 0 and booth.rect.h % 100 == 0
        assert min(booth.rect.w, booth.rect.h) >= 300
        assert 9 <= booth.area / 10_000 <= 72


def test_venue_has_entrances_pillars_and_a_fire_exit(generated):
    _, project, _ = generated
    for hall in project.halls.values():
        assert hall.entrances
        kinds = {o.kind for o in project.obstacles.values() if o.hall_id == hall.id}
        assert {ObstacleKind.PILLAR, ObstacleKind.FIRE_EXIT} <= kinds


def test_layout_sees_rows_corners_islands_and_facing_pairs():
    project = generate_project(130, 150, 2, seed=5)
    layout = layout_of(project)
    kinds = Counter(layout.kind(b) for b in project.booths)
    assert kinds[BoothKind.INLINE] and kinds[BoothKind.CORNER]
    assert kinds[BoothKind.ISLAND] and kinds[BoothKind.PENINSULA]
    relations = Counter(rel for _, _, rel in layout.neighbour_pairs())
    assert all(relations[r] >= 10 for r in Relation)
    assert sum(1 for row in layout.rows if len(row) >= 4) >= 5
    assert any(layout.premium.values())


def test_witness_passes_the_validator(generated):
    (n, *_), project, witness = generated
    report = check(project, witness)
    assert report.ok, [v.message for v in report.hard]
    assert report.assigned == n and report.waitlisted == 0


def test_witness_uses_multi_booth_runs_pins_and_blocked_booths():
    project, witness = generate_with_witness(300, 360, 2, seed=11)
    layout = layout_of(project)
    runs = [s for s in witness.stands.values() if len(s) > 1]
    assert runs and all(layout.is_straight_run(s) for s in runs)
    reserved = {b.id for b in project.booths.values() if b.status is BoothStatus.RESERVED}
    pinned = {b for e in project.exhibitors.values() for b in e.pinned_booths}
    assert reserved and reserved == pinned
    assert any(b.status is BoothStatus.BLOCKED for b in project.booths.values())
    assert check(project, witness).ok


def test_exhibitor_data_is_varied_and_consistent():
    project, witness = generate_with_witness(300, 360, 2, seed=2)
    exhibitors = list(project.exhibitors.values())
    tiers = Counter(e.priority.value for e in exhibitors)
    assert 1 <= tiers["sponsor"] < tiers["returning"] < tiers["regular"]
    assert any(e.needs.power for e in exhibitors)
    assert any(e.needs.water for e in exhibitors)
    assert any(e.needs.heavy_floor for e in exhibitors)
    assert all(e.registered_on and e.registered_on < project.event.start for e in exhibitors)
    assert len({e.name_fa for e in exhibitors}) == len(exhibitors)
    competitors = project.symmetric_pairs("competitors")
    partners = project.symmetric_pairs("partners")
    assert len(competitors) >= 10 and partners and not competitors & partners
    sector = {e.id: e.sector_id for e in exhibitors}
    assert all(sector[a] == sector[b] for a, b in competitors)
    weight = project.complementarity.weight
    assert all(weight(sector[a], sector[b]) >= 2 for a, b in partners)
    # Zipf-sized: the flagship is the largest sector, several sectors are small.
    sizes = Counter(e.sector_id for e in exhibitors if e.sector_id not in NON_COMMERCIAL)
    assert sizes.most_common(1)[0][0] == "auto-parts"
    assert sizes["auto-parts"] >= 3 * min(sizes.values())


def test_large_instance_is_built_and_its_witness_holds():
    project, witness = generate_with_witness(2000, 2500, 4, seed=1)
    assert (len(project.exhibitors), len(project.booths), len(project.halls)) == (2000, 2500, 4)
    assert check(project, witness).ok


# -- determinism --------------------------------------------------------------------------


def _saved(tmp_path, name, **kwargs) -> bytes:
    path = tmp_path / name
    save_project(generate_project(**kwargs), path)
    return path.read_bytes()


def test_same_arguments_give_the_same_bytes(tmp_path):
    args = dict(exhibitors=80, booths=95, halls=2, seed=4)
    assert _saved(tmp_path, "a.qods.json", **args) == _saved(tmp_path, "b.qods.json", **args)


def test_another_seed_gives_another_file(tmp_path):
    a = _saved(tmp_path, "a.qods.json", exhibitors=80, booths=95, seed=4)
    b = _saved(tmp_path, "b.qods.json", exhibitors=80, booths=95, seed=5)
    assert a != b


# -- infeasible instances -----------------------------------------------------------------


def test_infeasible_instance_has_a_clash_real_by_counting():
    project, witness = generate_with_witness(130, 150, 2, seed=3, feasible=False)
    clashing = [e.id for e in project.exhibitors.values() if needs_water_clash(e)]
    assert len(clashing) > water_clash_capacity(project)
    # The witness of the instance before the clash now fails only for clashing exhibitors.
    report = check(project, witness)
    assert not report.ok
    assert {e for v in report.hard for e in v.exhibitors} <= set(clashing)


def test_infeasible_clash_keeps_the_exhibitor_count_even_with_plenty_of_water():
    # Few exhibitors in a large hall: water is taken from booths until the clash is real.
    project = generate_project(6, 300, 2, seed=263626, feasible=False)
    assert len(project.exhibitors) == 6
    clashing = sum(needs_water_clash(e) for e in project.exhibitors.values())
    assert clashing > water_clash_capacity(project)


def test_infeasible_instance_may_have_more_exhibitors_than_booths():
    project = generate_project(40, 30, seed=1, feasible=False)
    assert len(project.exhibitors) == 40 and len(project.booths) == 30
    assert project_problems(project) == []


@pytest.mark.parametrize(
    "args",
    [(0, 10, 1), (10, 0, 1), (10, 10, 0), (5, 3, 4), (40, 30, 1)],
    ids=["no-exhibitors", "no-booths", "no-halls", "halls>booths", "exhibitors>booths"],
)
def test_impossible_arguments_are_refused(args):
    with pytest.raises(ValueError):
        generate_project(*args)


# -- command line -------------------------------------------------------------------------


def test_cli_writes_a_loadable_project(tmp_path, capsys):
    out = tmp_path / "fair.qods.json"
    code = main(
        [
            "generate",
            "--exhibitors",
            "40",
            "--booths",
            "48",
            "--halls",
            "2",
            "--seed",
            "9",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    project = load_project(out)
    assert (len(project.exhibitors), len(project.booths), len(project.halls)) == (40, 48, 2)
    assert "48 booths" in capsys.readouterr().out
    assert out.read_bytes() == _saved(
        tmp_path, "again.qods.json", exhibitors=40, booths=48, halls=2, seed=9
    )


def test_cli_infeasible_flag(tmp_path):
    out = tmp_path / "bad.qods.json"
    assert main(["generate", "-e", "60", "-b", "70", "--infeasible", "-o", str(out)]) == 0
    project = load_project(out)
    assert sum(needs_water_clash(e) for e in project.exhibitors.values()) > (
        water_clash_capacity(project)
    )


def test_cli_help_describes_the_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["generate", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    assert "--exhibitors" in text and "--infeasible" in text and "same arguments" in text


@pytest.mark.parametrize(
    "bad",
    [
        ["-e", "x"],
        ["-e", "0"],
        ["-e", "10", "-b", "-3"],
        ["-e", "10", "--halls", "99"],
        ["-e", "10", "--seed", "-1"],
    ],
)
def test_cli_rejects_bad_numbers(tmp_path, capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["generate", *bad, "--out", str(tmp_path / "x.qods.json")])
    assert exc.value.code == 2
    assert "must be" in capsys.readouterr().err
    assert not (tmp_path / "x.qods.json").exists()


def test_cli_reports_user_mistakes_without_traceback(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "x.qods.json"
    assert main(["generate", "-e", "10", "-o", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["generate", "-e", "50", "-b", "10", "-o", str(tmp_path / "y.qods.json")]) == 2
    assert "cannot all get a stand" in capsys.readouterr().err
    existing = tmp_path / "z.qods.json"
    existing.write_text("keep me")
    assert main(["generate", "-e", "10", "-o", str(existing)]) == 2
    assert "--force" in capsys.readouterr().err
    assert existing.read_text() == "keep me"
    assert main(["generate", "-e", "10", "-o", str(existing), "--force"]) == 0
    assert main(["generate", "-e", "10", "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_cli_tight_venue_options(tmp_path, capsys):
    from qods_planner.generate.tight_venues import available_area_cm2, requested_area_cm2

    out = tmp_path / "tight.qods.json"
    args = ["generate", "-e", "60", "--tight", "clique", "--demand", "125", "-s", "4"]
    assert main([*args, "-o", str(out)]) == 0
    assert "tight: 12" in capsys.readouterr().out  # 125 % or a little above
    project = load_project(out)
    assert requested_area_cm2(project) >= 1.25 * available_area_cm2(project)
    assert project_problems(project) == []
    only = tmp_path / "pillars.qods.json"
    assert main(["generate", "-e", "60", "--pressures", "pillars", "-o", str(only)]) == 0
    pillars = load_project(only)
    assert any("row-pillar" in o for o in pillars.obstacles)
    assert all(b.rect.h != 250 for b in pillars.booths.values())  # no odd depths asked for


@pytest.mark.parametrize(
    "bad",
    [["--demand", "30"], ["--demand", "x"], ["--pressures", "pillars,nope"], ["--tight", "round"]],
)
def test_cli_tight_rejects_bad_options(tmp_path, capsys, bad):
    with pytest.raises(SystemExit) as stop:
        main(["generate", "-e", "20", *bad, "-o", str(tmp_path / "t.qods.json")])
    assert stop.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_cli_tight_and_infeasible_do_not_combine(tmp_path, capsys):
    out = tmp_path / "t.qods.json"
    assert main(["generate", "-e", "20", "--tight", "odd", "--infeasible", "-o", str(out)]) == 2
    assert "cannot be combined" in capsys.readouterr().err
