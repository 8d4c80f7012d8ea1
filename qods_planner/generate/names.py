"""Invented but plausible Iranian company names, in Persian with an English rendering.

Names are built from a brand word and a sector's product line in the forms companies in Qods
use ("صنایع ... البرز", "شرکت ... پارس", "گروه صنعتی ..."). Every name is unique in one
project: when the simple forms run out, two brand words are combined.
"""

from __future__ import annotations

import random

from ..messages import to_persian_digits

BRANDS: tuple[tuple[str, str], ...] = (
    ("البرز", "Alborz"),
    ("آریا", "Arya"),
    ("پارس", "Pars"),
    ("دماوند", "Damavand"),
    ("سپهر", "Sepehr"),
    ("کاوه", "Kaveh"),
    ("نوین", "Novin"),
    ("ایران", "Iran"),
    ("زاگرس", "Zagros"),
    ("آرمان", "Arman"),
    ("پیشرو", "Pishro"),
    ("تکین", "Takin"),
    ("راد", "Rad"),
    ("بهین", "Behin"),
    ("سینا", "Sina"),
    ("مهر", "Mehr"),
    ("آسیا", "Asia"),
    ("پویا", "Pouya"),
    ("ستاره", "Setareh"),
    ("کیان", "Kian"),
    ("ماهان", "Mahan"),
    ("آفرین", "Afarin"),
    ("نیکان", "Nikan"),
    ("فراز", "Faraz"),
    ("آرین", "Arian"),
    ("شایان", "Shayan"),
    ("رهنورد", "Rahnavard"),
    ("پاسارگاد", "Pasargad"),
    ("توس", "Tous"),
    ("سهند", "Sahand"),
    ("الوند", "Alvand"),
    ("بامداد", "Bamdad"),
    ("صدرا", "Sadra"),
    ("آتیه", "Atiyeh"),
    ("هیرمند", "Hirmand"),
    ("ارس", "Aras"),
    ("قدس", "Qods"),
    ("شهریار", "Shahriar"),
    ("ملارد", "Malard"),
    ("اندیشه", "Andisheh"),
)

# Product lines of each sector: (Persian, English).
PRODUCTS: dict[str, tuple[tuple[str, str], ...]] = {
    "auto-parts": (
        ("قطعه‌سازی", "Auto Parts"),
        ("لنت ترمز", "Brake Pads"),
        ("فنرسازی", "Springs"),
        ("رینگ و چرخ", "Wheels"),
        ("سیم‌کشی خودرو", "Wire Harness"),
        ("فیلتر", "Filters"),
        ("پیستون", "Pistons"),
        ("کلاچ", "Clutch"),
        ("چراغ خودرو", "Automotive Lighting"),
        ("صندلی خودرو", "Car Seats"),
        ("رادیاتور", "Radiators"),
        ("یاتاقان", "Bearings"),
    ),
    "basic-metals": (
        ("ریخته‌گری", "Foundry"),
        ("فولاد", "Steel"),
        ("آلومینیوم", "Aluminium"),
        ("نورد", "Rolling Mills"),
        ("آهنگری", "Forging"),
        ("ذوب فلزات", "Smelting"),
        ("پروفیل", "Profiles"),
        ("مس", "Copper"),
    ),
    "machinery": (
        ("ماشین‌سازی", "Machine Works"),
        ("تراشکاری", "Machining"),
        ("قالب‌سازی", "Tool & Die"),
        ("پمپ", "Pumps"),
        ("جرثقیل", "Cranes"),
        ("ماشین‌آلات صنعتی", "Industrial Machinery"),
        ("ابزار دقیق", "Precision Tools"),
        ("گیربکس", "Gearboxes"),
    ),
    "mining": (
        ("معدنی", "Minerals"),
        ("سنگ‌شکن", "Crushers"),
        ("کانی", "Mining"),
        ("سیلیس", "Silica"),
        ("گچ", "Gypsum"),
        ("آهک", "Lime"),
    ),
    "construction": (
        ("مصالح ساختمانی", "Building Materials"),
        ("سیمان", "Cement"),
        ("آجر", "Brick"),
        ("کاشی و سرامیک", "Tiles & Ceramics"),
        ("بتن", "Concrete"),
        ("عایق", "Insulation"),
    ),
    "chemicals": (
        ("شیمیایی", "Chemicals"),
        ("رنگ و رزین", "Paints & Resins"),
        ("شوینده", "Detergents"),
        ("چسب", "Adhesives"),
        ("پتروشیمی", "Petrochemicals"),
        ("روغن صنعتی", "Industrial Oils"),
    ),
    "plastics": (
        ("پلاستیک", "Plastics"),
        ("لاستیک", "Rubber"),
        ("پلیمر", "Polymers"),
        ("لوله و اتصالات", "Pipes & Fittings"),
        ("تزریق پلاستیک", "Injection Moulding"),
        ("واشر و اورینگ", "Seals & O-Rings"),
    ),
    "packaging": (
        ("بسته‌بندی", "Packaging"),
        ("کارتن‌سازی", "Cartons"),
        ("چاپ و بسته‌بندی", "Print & Pack"),
        ("ظروف یکبار مصرف", "Disposables"),
        ("فیلم و لفاف", "Films & Wraps"),
    ),
    "food": (
        ("غذایی", "Foods"),
        ("لبنیات", "Dairy"),
        ("نان و شیرینی", "Bakery"),
        ("کنسرو", "Canning"),
        ("آشامیدنی", "Beverages"),
        ("خشکبار", "Dried Fruits"),
        ("روغن نباتی", "Edible Oils"),
        ("ادویه", "Spices"),
    ),
    "textiles": (
        ("نساجی", "Textiles"),
        ("پوشاک", "Clothing"),
        ("ریسندگی", "Spinning"),
        ("فرش ماشینی", "Machine Carpets"),
        ("لباس کار", "Workwear"),
    ),
    "electrical": (
        ("تجهیزات برقی", "Electrical Equipment"),
        ("کابل", "Cables"),
        ("تابلو برق", "Switchboards"),
        ("الکتروموتور", "Electric Motors"),
        ("ترانسفورماتور", "Transformers"),
        ("روشنایی", "Lighting"),
    ),
    "electronics": (
        ("الکترونیک", "Electronics"),
        ("برد الکترونیکی", "Circuit Boards"),
        ("حسگر", "Sensors"),
        ("مخابرات", "Telecom"),
        ("اتوماسیون", "Automation"),
    ),
    "high-tech": (
        ("فناوران", "Technologies"),
        ("هوشمندسازی", "Smart Systems"),
        ("نانو", "Nano"),
        ("رباتیک", "Robotics"),
        ("نرم‌افزار صنعتی", "Industrial Software"),
        ("مهندسی پزشکی", "Biomedical"),
        ("لیزر", "Laser"),
    ),
}

# Non-commercial stands have proper names, not brands.
ESTATES: tuple[tuple[str, str], ...] = (
    ("شرکت شهرک‌های صنعتی استان تهران", "Tehran Province Industrial Estates Company"),
    ("شهرک صنعتی قدس", "Qods Industrial Estate"),
    ("شهرک صنعتی نصیرآباد", "Nasirabad Industrial Estate"),
    ("ناحیه صنعتی قدس", "Qods Industrial Zone"),
    ("شهرک صنعتی شمس‌آباد", "Shamsabad Industrial Estate"),
    ("شهرک صنعتی سیمین‌دشت", "Simin-Dasht Industrial Estate"),
    ("شهرک صنعتی پرند", "Parand Industrial Estate"),
    ("شهرک صنعتی چرمشهر", "Charmshahr Industrial Estate"),
)
OFFICES: tuple[tuple[str, str], ...] = (
    ("اداره صمت", "Industry, Mine and Trade Office"),
    ("سازمان تأمین اجتماعی", "Social Security Organisation"),
    ("اداره امور مالیاتی", "Tax Affairs Office"),
    ("اداره تعاون، کار و رفاه اجتماعی", "Cooperatives, Labour and Social Welfare Office"),
    ("ستاد تسهیل و رفع موانع تولید", "Production Facilitation Headquarters"),
    ("اداره استاندارد", "Standards Office"),
    ("اداره حفاظت محیط زیست", "Environmental Protection Office"),
    ("شرکت توزیع نیروی برق", "Power Distribution Company"),
    ("شرکت گاز", "Gas Company"),
    ("شرکت آب و فاضلاب", "Water and Wastewater Company"),
    ("اداره گمرک", "Customs Office"),
    ("اتاق بازرگانی", "Chamber of Commerce"),
)
BANKS: tuple[tuple[str, str], ...] = (
    ("بانک صنعت و معدن", "Bank of Industry and Mine"),
    ("بانک ملی ایران", "Bank Melli Iran"),
    ("بانک صادرات ایران", "Bank Saderat Iran"),
    ("بانک توسعه صادرات ایران", "Export Development Bank of Iran"),
    ("بانک ملت", "Bank Mellat"),
    ("بانک تجارت", "Tejarat Bank"),
    ("بانک کشاورزی", "Bank Keshavarzi"),
    ("بانک رفاه کارگران", "Refah Bank"),
    ("صندوق نوآوری و شکوفایی", "Innovation and Prosperity Fund"),
    ("بیمه ایران", "Iran Insurance"),
    ("بیمه آسیا", "Asia Insurance"),
    ("بیمه البرز", "Alborz Insurance"),
    ("بیمه دانا", "Dana Insurance"),
)
COUNTIES: tuple[tuple[str, str], ...] = (
    ("قدس", "Qods"),
    ("شهریار", "Shahriar"),
    ("ملارد", "Malard"),
    ("رباط‌کریم", "Robat Karim"),
    ("بهارستان", "Baharestan"),
    ("اسلامشهر", "Eslamshahr"),
    ("تهران", "Tehran"),
)
PROPER_NAMES = {"industrial-estates": ESTATES, "gov-services": OFFICES, "banks": BANKS}

# (Persian pattern, English pattern) with {b} brand and {p} product.
_FORMS: tuple[tuple[str, str], ...] = (
    ("صنایع {p} {b}", "{b} {p} Industries"),
    ("شرکت {p} {b}", "{b} {p} Co."),
    ("{p} {b}", "{b} {p}"),
    ("تولیدی {p} {b}", "{b} {p} Manufacturing"),
    ("گروه صنعتی {p} {b}", "{b} {p} Industrial Group"),
)
_HIGH_TECH_FORMS: tuple[tuple[str, str], ...] = (
    ("دانش‌بنیان {p} {b}", "{b} {p} (knowledge-based)"),
    ("{p} {b}", "{b} {p}"),
    ("شرکت {p} {b}", "{b} {p} Co."),
)


class Namer:
    """Gives each new exhibitor of a sector a name no other exhibitor of the project has."""

    def __init__(self, rng: random.Random, taken: set[str] | None = None) -> None:
        self.rng = rng
        self.taken: set[str] = set(taken or ())

    def name(self, sector_id: str) -> tuple[str, str]:
        if sector_id in PROPER_NAMES:
            return self._proper(PROPER_NAMES[sector_id])
        products = PRODUCTS.get(sector_id) or (("تولیدی", "Manufacturing"),)
        forms = _HIGH_TECH_FORMS if sector_id == "high-tech" else _FORMS
        for attempt in range(60):
            (p_fa, p_en), (f_fa, f_en) = self.rng.choice(products), self.rng.choice(forms)
            b_fa, b_en = self.rng.choice(BRANDS)
            if attempt >= 30:  # simple forms exhausted: two brand words
                b2_fa, b2_en = self.rng.choice(BRANDS)
                b_fa, b_en = f"{b_fa} {b2_fa}", f"{b_en} {b2_en}"
            fa = f_fa.format(p=p_fa, b=b_fa)
            if fa not in self.taken:
                self.taken.add(fa)
                return fa, f_en.format(p=p_en, b=b_en)
        return self._numbered(fa, f_en.format(p=p_en, b=b_en))

    def _proper(self, names: tuple[tuple[str, str], ...]) -> tuple[str, str]:
        """The next unused proper name, then the same names for neighbouring counties."""
        fresh = [n for n in names if n[0] not in self.taken]
        if fresh:
            fa, en = self.rng.choice(fresh)
        else:
            (fa, en), (c_fa, c_en) = self.rng.choice(names), self.rng.choice(COUNTIES)
            fa, en = f"{fa} {c_fa}", f"{en}, {c_en}"
        if fa in self.taken:
            return self._numbered(fa, en)
        self.taken.add(fa)
        return fa, en

    def _numbered(self, fa: str, en: str) -> tuple[str, str]:
        """A last resort that keeps names unique whatever happens: a number is added."""
        n = 2
        while f"{fa} {to_persian_digits(str(n))}" in self.taken:
            n += 1
        fa = f"{fa} {to_persian_digits(str(n))}"
        self.taken.add(fa)
        return fa, f"{en} {n}"
