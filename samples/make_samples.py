"""Rebuild the sample exhibitions in this folder: `python samples/make_samples.py`.

- qods-industries-2026.qods.json — the Qods County Industries Exhibition (2 halls, 150 booths,
  131 exhibitors over 16 sectors, industrial estates pinned near the entrances).
- small-demo.qods.json — 20 booths, 16 exhibitors, one hall, for quick demos.

Both come from the instance generator (`qods_planner.generate`) with hand-written data: the
event, the halls, sector sizes and the names of the flagship firms, the industrial estates,
government service desks and banks. Each is built from a hidden assignment that obeys every
hard rule (`build_qods()` / `build_small()` return it), so a full plan exists; the files keep
the plan empty for the solver to fill. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from qods_planner.files import save_project
from qods_planner.generate import Spec, build
from qods_planner.model import Plan, Project

HERE = Path(__file__).resolve().parent
QODS_FILE = HERE / "qods-industries-2026.qods.json"
SMALL_FILE = HERE / "small-demo.qods.json"

# The flagship sector: automotive parts makers of Qods (invented names in the local style).
AUTO_PARTS = [
    ("صنایع قطعه‌سازی البرز قدس", "Alborz Qods Auto Parts Industries"),
    ("لنت ترمز پارس قدس", "Pars Qods Brake Pads"),
    ("فنرسازی زاگرس", "Zagros Spring Works"),
    ("رینگ‌سازی آریا", "Arya Wheel Rims"),
    ("سیم‌کشی خودرو سپهر", "Sepehr Automotive Wire Harness"),
    ("فیلترسازی کاوه", "Kaveh Filters"),
    ("پیستون‌سازی دماوند", "Damavand Pistons"),
    ("کلاچ‌سازی نوین", "Novin Clutch"),
    ("چراغ‌سازی خودرو ماهان", "Mahan Automotive Lighting"),
    ("صندلی خودرو آرمان", "Arman Car Seats"),
    ("رادیاتورسازی تکین", "Takin Radiators"),
    ("یاتاقان‌سازی سهند", "Sahand Bearings"),
    ("قطعات لاستیکی خودرو کیان", "Kian Automotive Rubber Parts"),
    ("صنایع اگزوزسازی پویا", "Pouya Exhaust Systems"),
    ("آینه‌سازی خودرو فراز", "Faraz Car Mirrors"),
    ("شیشه خودرو آسیا", "Asia Automotive Glass"),
    ("گروه صنعتی محورسازان ملارد", "Malard Axle Makers Industrial Group"),
    ("صنایع دنده‌سازی پیشرو", "Pishro Gear Works"),
    ("کمک‌فنر بهین", "Behin Shock Absorbers"),
    ("قطعه‌سازان شهریار", "Shahriar Parts Makers"),
    ("پمپ بنزین خودرو رهنورد", "Rahnavard Fuel Pumps"),
    ("تسمه‌سازی آرین", "Arian Belts"),
]

BASIC_METALS = [
    ("ریخته‌گری دقیق قدس", "Qods Precision Casting"),
    ("فولاد آلیاژی البرز غرب", "West Alborz Alloy Steel"),
    ("ذوب آلومینیوم پارس", "Pars Aluminium Smelting"),
    ("آهنگری صنعتی سپهر", "Sepehr Industrial Forging"),
    ("نورد و پروفیل آریا", "Arya Rolling and Profiles"),
    ("ریخته‌گری چدن کاوه", "Kaveh Cast Iron Foundry"),
    ("مس و برنج دماوند", "Damavand Copper and Brass"),
    ("پرس و فورج توس", "Tous Press and Forge"),
    ("شمش‌ریزی زاگرس", "Zagros Ingot Casting"),
    ("ریخته‌گری تحت فشار نوین", "Novin Die Casting"),
    ("گالوانیزه سهند", "Sahand Galvanizing"),
    ("فولادسازان ملارد", "Malard Steelmakers"),
]

# Permanent booths of the industrial estates (pinned on reserved booths near an entrance).
ESTATES = [
    ("شرکت شهرک‌های صنعتی استان تهران", "Tehran Province Industrial Estates Company"),
    ("شهرک صنعتی قدس", "Qods Industrial Estate"),
    ("شهرک صنعتی نصیرآباد", "Nasirabad Industrial Estate"),
    ("ناحیه صنعتی قدس", "Qods Industrial Zone"),
]

# Service desks of the production facilitation headquarters' member offices.
OFFICES = [
    ("میز خدمت اداره صمت شهرستان قدس", "Qods Industry, Mine and Trade Office desk"),
    ("میز خدمت ستاد تسهیل و رفع موانع تولید", "Production Facilitation Headquarters desk"),
    ("میز خدمت سازمان تأمین اجتماعی", "Social Security Organisation desk"),
    ("میز خدمت اداره امور مالیاتی قدس", "Qods Tax Affairs Office desk"),
    ("میز خدمت اداره تعاون، کار و رفاه اجتماعی", "Labour and Social Welfare Office desk"),
    ("میز خدمت شرکت توزیع برق غرب استان تهران", "West Tehran Province Power Distribution desk"),
    ("میز خدمت اداره استاندارد", "Standards Office desk"),
    ("میز خدمت اداره حفاظت محیط زیست", "Environmental Protection Office desk"),
]

BANKS = [
    ("بانک صنعت و معدن", "Bank of Industry and Mine"),
    ("بانک توسعه صادرات ایران", "Export Development Bank of Iran"),
    ("بانک ملی ایران", "Bank Melli Iran"),
    ("بانک صادرات ایران", "Bank Saderat Iran"),
    ("صندوق نوآوری و شکوفایی", "Innovation and Prosperity Fund"),
    ("بیمه ایران", "Iran Insurance"),
]

# Exhibitors per sector, pinned estates excluded. Automotive parts is the flagship.
QODS_SECTORS = {
    "auto-parts": len(AUTO_PARTS),
    "basic-metals": len(BASIC_METALS),
    "machinery": 11,
    "food": 11,
    "high-tech": 10,
    "chemicals": 8,
    "plastics": 8,
    "electrical": 7,
    "construction": 6,
    "packaging": 6,
    "mining": 5,
    "textiles": 4,
    "electronics": 3,
    "gov-services": len(OFFICES),
    "banks": len(BANKS),
}
QODS_BOOTHS_PER_HALL = [90, 60]
QODS_COMPETITOR_PAIRS = 12
QODS_SEED = 1405


def qods_spec() -> Spec:
    """The Qods County Industries Exhibition, Mehr 1405 (4–7 October 2026)."""
    return Spec(
        exhibitors=sum(QODS_SECTORS.values()) + len(ESTATES),
        booths=sum(QODS_BOOTHS_PER_HALL),
        halls=len(QODS_BOOTHS_PER_HALL),
        seed=QODS_SEED,
        name_fa="نخستین نمایشگاه توانمندی‌های صنعتی شهرستان قدس",
        name_en="The Qods County Industries Exhibition",
        start="2026-10-04",
        end="2026-10-07",
        project_id="qods-industries-2026",
        hall_names=[("سالن خلیج فارس", "Persian Gulf Hall"), ("سالن البرز", "Alborz Hall")],
        per_hall=QODS_BOOTHS_PER_HALL,
        sector_counts=dict(QODS_SECTORS),
        pinned=len(ESTATES),
        competitors=QODS_COMPETITOR_PAIRS,
        partners=8,
        sponsors=3,
        name_pool={
            "auto-parts": AUTO_PARTS,
            "basic-metals": BASIC_METALS,
            "industrial-estates": ESTATES,
            "gov-services": OFFICES,
            "banks": BANKS,
        },
    )


def small_spec() -> Spec:
    """A one-hall fair of 20 booths and 16 exhibitors."""
    return Spec(
        exhibitors=16,
        booths=20,
        halls=1,
        seed=7,
        name_fa="نمایشگاه نمونه کوچک",
        name_en="Small demo fair",
        start="2026-10-04",
        end="2026-10-05",
        project_id="small-demo",
        hall_names=[("سالن نمونه", "Demo hall")],
        sector_counts={
            "auto-parts": 5,
            "basic-metals": 2,
            "machinery": 2,
            "plastics": 2,
            "food": 2,
            "high-tech": 2,
        },
        pinned=1,
        competitors=2,
        partners=2,
        sponsors=1,
        name_pool={"industrial-estates": ESTATES[1:2]},
    )


# What the letters to exhibitors say about the organiser and the move-in (invented details).
QODS_CONTACT = (
    "دبیرخانه نمایشگاه، اداره صنعت، معدن و تجارت شهرستان قدس — تلفن 021-46801234 —"
    " expo@qods-samt.example",
    "Exhibition secretariat, Qods County Office of Industry, Mine and Trade — phone"
    " +98 21 4680 1234 — expo@qods-samt.example",
)
QODS_MOVE_IN = (
    "تحویل غرفه‌ها: ۱۰ و ۱۱ مهر ۱۴۰۵، ساعت ۸ تا ۲۰. ورود کامیون از درِ شمالی. غرفه‌های"
    " بلندتر از ۳ متر تا ۲۰ شهریور نقشه بفرستند.",
    "Stand hand-over: 2 and 3 October 2026, 8:00 to 20:00. Lorries enter by the north gate."
    " Stands taller than 3 m send their drawings by 11 September.",
)
# Exhibitors whose letters are written in English (foreign-owned or export-minded firms).
QODS_ENGLISH_LETTERS = ("E005", "E017", "E042")


def build_qods() -> tuple[Project, Plan]:
    """The Qods sample and its hidden assignment (a plan with no hard violation)."""
    project, plan = build(qods_spec())
    project.set_event(
        replace(
            project.event,
            contact_fa=QODS_CONTACT[0],
            contact_en=QODS_CONTACT[1],
            move_in_fa=QODS_MOVE_IN[0],
            move_in_en=QODS_MOVE_IN[1],
        )
    )
    project.put_exhibitors(
        [replace(project.exhibitors[e], language="en") for e in QODS_ENGLISH_LETTERS]
    )
    return project, plan


def build_small() -> tuple[Project, Plan]:
    """The small demo and its hidden assignment."""
    return build(small_spec())


def main() -> int:
    for path, builder in ((QODS_FILE, build_qods), (SMALL_FILE, build_small)):
        project, _ = builder()
        save_project(project, path)
        print(
            f"wrote {path.name}: {len(project.booths)} booths, {len(project.exhibitors)} exhibitors"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
