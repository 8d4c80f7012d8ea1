"""The domain model's sectors, complementarity and exhibitors: construction rules and messages."""

from __future__ import annotations

import math

import pytest
from helpers.model_entities import exhibitor, fails

from qods_planner.model import (
    Complementarity,
    Exhibitor,
    ExhibitorStatus,
    Needs,
    PriorityTier,
    Sector,
    Wishes,
)

# -- sectors and complementarity -----------------------------------------------------------------


def test_sector_rules():
    with fails("sector auto colour must be a colour like #1f77b4, got 'red'"):
        Sector("auto", "خودرو", "Auto", "red")
    with fails("sector auto colour must be a colour like #1f77b4, got '#12345'"):
        Sector("auto", "خودرو", "Auto", "#12345")
    with fails("sector auto English name must not be empty"):
        Sector("auto", "خودرو", "", "#123456")
    assert Sector("auto", "خودرو", "Auto", "#AbCdEf").name("en") == "Auto"


def test_complementarity_is_symmetric_and_drops_zero():
    m = Complementarity({("metal", "auto"): 3, ("auto", "food"): 0})
    assert m.weight("auto", "metal") == m.weight("metal", "auto") == 3
    assert m.weight("auto", "food") == 0 and m.weight("auto", "auto") == 0
    assert dict(m.weights) == {("auto", "metal"): 3}
    assert m.with_weight("food", "auto", 2).weight("auto", "food") == 2
    assert m.without_sector("metal").weights == {}
    # the same pair given in both orders with the same weight is fine
    assert Complementarity({("a", "b"): 2, ("b", "a"): 2}).weight("a", "b") == 2


@pytest.mark.parametrize("w", [4, -1, 1.0, True, "2"])
def test_complementarity_weights_are_whole_0_to_3(w):
    with fails("complementarity auto–metal must be a whole number 0–3, got"):
        Complementarity({("auto", "metal"): w})


def test_complementarity_rejects_self_and_contradictions():
    with fails("complementarity of sector auto with itself is not allowed"):
        Complementarity({("auto", "auto"): 1})
    with fails("complementarity metal–auto is given twice with different weights"):
        Complementarity({("auto", "metal"): 1, ("metal", "auto"): 2})
    with fails("complementarity metal–auto is given twice with different weights"):
        Complementarity.from_triples([("auto", "metal", 1), ("metal", "auto", 2)])
    assert Complementarity.from_triples([("b", "a", 3)]).weight("a", "b") == 3


# -- exhibitors -------------------------------------------------------------------------------


def test_exhibitor_areas():
    with fails(
        "exhibitor E-1 areas must satisfy smallest ≤ requested ≤ largest, got 12 ≤ 9 ≤ 18 m²"
    ):
        exhibitor(req=9, lo=12, hi=18)
    with fails("got 9 ≤ 18 ≤ 12 m²"):
        exhibitor(req=18, lo=9, hi=12)
    with fails("exhibitor E-1 requested area must be > 0 m²"):
        exhibitor(req=0)
    with fails("exhibitor E-1 smallest acceptable area must be > 0 m²"):
        exhibitor(req=9, lo=-1)
    with fails("exhibitor E-1 requested_m2 must be a number of m², got nan"):
        exhibitor(req=math.nan)
    with fails("exhibitor E-1 max_m2 must be a number of m², got True"):
        exhibitor(req=9, hi=True)
    e = exhibitor(req=12.5, lo=9, hi=18)
    assert (e.requested_cm2, e.min_cm2, e.max_cm2) == (125_000, 90_000, 180_000)


def test_exhibitor_relations():
    with fails("exhibitor E-1 cannot be its own competitor"):
        exhibitor(competitors=("E-1",))
    with fails("exhibitor E-1 cannot be its own partner"):
        exhibitor(partners=("E-1",))
    with fails("exhibitor E-1 lists the same company as competitor and partner"):
        exhibitor(competitors=("E-2",), partners=("E-2", "E-3"))
    with fails("exhibitor E-1 competitors lists an id twice"):
        exhibitor(competitors=("E-2", "E-2"))
    with fails("exhibitor E-1 pinned booths must be a tuple of ids, got ['b1']"):
        exhibitor(pinned_booths=["b1"])


def test_exhibitor_other_fields():
    with fails(
        "exhibitor E-1 registration date must be an ISO date like 2026-10-05, optionally with a"
        " time like 2026-10-05T09:30; got '1405/07/12'"
    ):
        exhibitor(registered_on="1405/07/12")
    with fails("exhibitor E-1 priority must be sponsor, returning or regular"):
        exhibitor(priority="sponsor")
    with fails("exhibitor E-1 status must be registered or withdrawn"):
        exhibitor(status="gone")
    with fails("exhibitor E-1 Persian name must not be empty"):
        Exhibitor("E-1", "", "Co", "auto", 9, 9, 9)
    with fails("exhibitor E-1 sector id must be letters"):
        exhibitor(sector="")
    with fails("a required hall needs a preferred hall"):
        Wishes(hall_required=True)
    with fails("preferred hall id must be letters"):
        Wishes(preferred_hall="hall 1")
    e = Exhibitor("E-1", "شرکت", "", "auto", 9, 9, 9, status=ExhibitorStatus.WITHDRAWN)
    assert e.name("en") == "شرکت"  # no English name: fall back to Persian
    assert not e.registered and e.needs == Needs() and e.priority is PriorityTier.REGULAR
