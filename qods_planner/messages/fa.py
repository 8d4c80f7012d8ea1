"""Persian catalogue of the core's and the command line's messages (see docs/i18n.md).

Key: the English `str.format` template exactly as the code passes it to `tr()`. Value: the
Persian template with the same placeholders. Write numbers that are part of the sentence in
Persian digits; never translate a placeholder's name. Terms follow the glossary in docs/i18n.md.
"""

MESSAGES: dict[str, str] = {
    # --- command line ------------------------------------------------------------------------
    "qods-planner: interrupted": "qods-planner: کار متوقف شد",
    # --- booths ------------------------------------------------------------------------------
    "booth {id} must have a rectangle": "غرفه {id} باید یک مستطیل داشته باشد",
    "booth {label} is {width} × {depth} cm; each side must be at least {min_side} cm": (
        "ابعاد غرفه {label} {width} × {depth} سانتی‌متر است؛"
        " هر ضلع باید دست‌کم {min_side} سانتی‌متر باشد"
    ),
    "booth {label} status must be available, blocked or reserved": (
        "وضعیت غرفه {label} باید «آزاد»، «مسدود» یا «رزروشده» باشد"
    ),
    "booth {label} premium must be true, false or unset": (
        "ممتاز بودن غرفه {label} باید «بله»، «خیر» یا «تعیین‌نشده» باشد"
    ),
    # --- exhibitors --------------------------------------------------------------------------
    "a required hall needs a preferred hall": (
        "وقتی سالن الزامی است، سالن ترجیحی هم باید تعیین شود"
    ),
    "exhibitor {id} requested area must be > 0 m²": (
        "مساحت درخواستی مشارکت‌کننده {id} باید بیشتر از ۰ متر مربع باشد"
    ),
    "exhibitor {id} areas must satisfy smallest ≤ requested ≤ largest,"
    " got {smallest} ≤ {requested} ≤ {largest} m²": (
        "مساحت‌های مشارکت‌کننده {id} باید به ترتیب کمینه ≤ درخواستی ≤ بیشینه باشند؛"
        " مقدار داده‌شده: {smallest} ≤ {requested} ≤ {largest} متر مربع"
    ),
    "exhibitor {id} smallest acceptable area must be > 0 m²": (
        "کمترین مساحت قابل قبول برای مشارکت‌کننده {id} باید بیشتر از ۰ متر مربع باشد"
    ),
    "exhibitor {id} priority must be sponsor, returning or regular": (
        "اولویت مشارکت‌کننده {id} باید «حامی»، «سابقه‌دار» یا «عادی» باشد"
    ),
    "exhibitor {id} status must be registered or withdrawn": (
        "وضعیت مشارکت‌کننده {id} باید «ثبت‌نام‌شده» یا «انصراف‌داده» باشد"
    ),
    "exhibitor {id} cannot be its own competitor": ("مشارکت‌کننده {id} نمی‌تواند رقیب خودش باشد"),
    "exhibitor {id} cannot be its own partner": ("مشارکت‌کننده {id} نمی‌تواند شریک خودش باشد"),
    "exhibitor {id} lists the same company as competitor and partner": (
        "مشارکت‌کننده {id} یک شرکت را هم رقیب و هم شریک خود معرفی کرده است"
    ),
    "exhibitor {id} has unknown sector {sector!r}": (
        "رسته {sector!r} که برای مشارکت‌کننده {id} آمده، تعریف نشده است"
    ),
    # --- geometry, halls, obstacles ----------------------------------------------------------
    "width and depth must be > 0 cm, got {width} × {depth}": (
        "عرض و عمق باید بیشتر از ۰ سانتی‌متر باشند؛ مقدار داده‌شده: {width} × {depth}"
    ),
    "entrance side must be one of top/right/bottom/left, got {side!r}": (
        "ضلع ورودی باید یکی از top/right/bottom/left باشد؛ مقدار داده‌شده: {side!r}"
    ),
    "entrance offset must be ≥ 0 cm, got {offset}": (
        "فاصله ورودی از گوشه سالن باید ۰ سانتی‌متر یا بیشتر باشد؛ مقدار داده‌شده: {offset}"
    ),
    "entrance width must be > 0 cm, got {width}": (
        "عرض ورودی باید بیشتر از ۰ سانتی‌متر باشد؛ مقدار داده‌شده: {width}"
    ),
    "hall {id} outline must be a rectangle": "محدوده سالن {id} باید یک مستطیل باشد",
    "hall {id} still has booths; remove them first": (
        "سالن {id} هنوز غرفه دارد؛ اول غرفه‌های آن را حذف کنید"
    ),
    "obstacle {id} must have a rectangle": "مانع {id} باید یک مستطیل داشته باشد",
    # --- sectors -----------------------------------------------------------------------------
    "sector {id} is used by exhibitors {ids}": ("رسته {id} به مشارکت‌کنندگان {ids} داده شده است"),
    "complementarity of sector {id} with itself is not allowed": (
        "تعریف مکمل بودن رسته {id} با خودش مجاز نیست"
    ),
    "complementarity {a}–{b} must be a whole number 0–{max}, got {value!r}": (
        "میزان مکمل بودن {a}–{b} باید عدد صحیحی از ۰ تا {max} باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "complementarity {a}–{b} is given twice with different weights": (
        "مکمل بودن {a}–{b} دو بار با وزن‌های متفاوت آمده است"
    ),
    # --- project and solver settings ---------------------------------------------------------
    "exhibition ends ({end}) before it starts ({start})": (
        "تاریخ پایان نمایشگاه ({end}) پیش از تاریخ شروع آن ({start}) است"
    ),
    "time limit must be a number of seconds, got {value!r}": (
        "محدودیت زمان باید عددی به ثانیه باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "time limit must be between 0 and 3600 s, got {value}": (
        "محدودیت زمان باید بین ۰ تا ۳۶۰۰ ثانیه باشد؛ مقدار داده‌شده: {value}"
    ),
    "seed must be a whole number ≥ 0, got {value!r}": (
        "بذر تصادفی باید عدد صحیح ۰ یا بیشتر باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "workers must be 1–16, got {value!r}": (
        "تعداد رشته‌های پردازش باید از ۱ تا ۱۶ باشد؛ مقدار داده‌شده: {value!r}"
    ),
}
