"""Persian catalogue of the messages of letters, the catalogue book, the floor map and the
space report (see docs/publishing.md). Same rules as `fa.py`."""

MESSAGES: dict[str, str] = {
    # --- model ---------------------------------------------------------------------------------
    "organiser contact (Persian)": "نشانی تماس برگزارکننده (فارسی)",
    "organiser contact (English)": "نشانی تماس برگزارکننده (انگلیسی)",
    "move-in notes (Persian)": "نکات استقرار (فارسی)",
    "move-in notes (English)": "نکات استقرار (انگلیسی)",
    "exhibitor {id} letter language must be fa or en, got {value!r}": (
        "زبان نامه‌های مشارکت‌کننده {id} باید fa یا en باشد؛ مقدار داده‌شده: {value!r}"
    ),
    # --- stands ------------------------------------------------------------------------------
    "inline (one open side)": "ردیفی (یک بر)",
    "corner (two open sides)": "گوشه (دو بر)",
    "end of row (three open sides)": "سر ردیف (سه بر)",
    "island (four open sides)": "جزیره (چهار بر)",
    "no power, water or heavy floor": "بدون برق، آب و کف مقاوم",
    "the hall has no entrance drawn": "درِ ورودی سالن روی نقشه کشیده نشده است",
    "the entrance on the {side}, right beside the stand": "ورودی {side}، درست کنار غرفه",
    "the entrance on the {side}, about {metres} m away": "ورودی {side}، حدود {metres} متر دورتر",
    # --- space report -------------------------------------------------------------------------
    "Total": "جمع",
    "Booth floor per hall (m²)": "فضای غرفه‌ها در هر سالن (متر مربع)",
    "Hall": "سالن",
    "Booths": "غرفه‌ها",
    "All booths": "همه غرفه‌ها",
    "Assigned": "واگذارشده",
    "Assigned %": "درصد واگذارشده",
    "Free": "آزاد",
    "Blocked": "مسدود",
    "Reserved": "رزروشده",
    "Exhibitors and area per sector": "مشارکت‌کنندگان و فضای هر رسته",
    "Sector": "رسته",
    "Placed": "جای‌گرفته",
    "Waitlisted": "در فهرست انتظار",
    "Area assigned (m²)": "فضای واگذارشده (متر مربع)",
    "Share of assigned %": "سهم از فضای واگذارشده (درصد)",
    "Asked by the waitlisted (m²)": "درخواست فهرست انتظار (متر مربع)",
    "Stands by kind": "غرفه‌ها بر پایه نوع",
    "Kind": "نوع",
    "Stands": "غرفه‌ها",
    "Area (m²)": "مساحت (متر مربع)",
    # --- letters ------------------------------------------------------------------------------
    "Exhibitor": "مشارکت‌کننده",
    "Booth(s)": "غرفه",
    "Area": "مساحت",
    "Services": "امکانات",
    "Stand kind": "نوع غرفه",
    "Nearest entrance": "نزدیک‌ترین ورودی",
    "To: {name}": "{name} گرامی",
    "Move-in": "استقرار و تحویل غرفه",
    "Contact": "تماس با برگزارکننده",
    "{hall}: your stand {booths} is outlined; the arrow marks the nearest entrance": (
        "{hall}: غرفه شما ({booths}) با کادر پررنگ نشان داده شده و پیکان، نزدیک‌ترین ورودی"
        " را نشان می‌دهد"
    ),
    "Your stand at {event} is ready. Its booths, hall and services are below, with a"
    " map of the hall.": (
        "غرفه شما در {event} تعیین شد. شماره غرفه، سالن و امکانات آن همراه با نقشه سالن در"
        " ادامه آمده است."
    ),
    "You were placed after the plan was first published.": (
        "غرفه شما پس از انتشار نخستین نقشه نمایشگاه تعیین شده است."
    ),
    "Your stand": "غرفه شما",
    "your previous booth is no longer on the hall plan": ("غرفه پیشین شما دیگر در نقشه سالن نیست"),
    "your previous booth {booths} can no longer be used (for example a fire exit or"
    " a venue change)": (
        "غرفه پیشین شما ({booths}) دیگر قابل استفاده نیست (برای نمونه به سبب خروج اضطراری یا"
        " تغییر در سالن)"
    ),
    "the size of your stand now matches your changed request": (
        "اندازه غرفه شما با درخواست تازه‌تان هماهنگ شده است"
    ),
    "your previous booth lacks the power, water or heavy floor you asked for": (
        "غرفه پیشین شما برق، آب یا کف مقاومی را که خواسته بودید ندارد"
    ),
    "the organiser moved your stand": "برگزارکننده غرفه شما را جابه‌جا کرده است",
    "the plan was rearranged after late changes (withdrawals, new registrations, larger"
    " stands); your stand was moved as little as possible": (
        "نقشه پس از تغییرهای دقیقه آخر (انصراف‌ها، ثبت‌نام‌های تازه، غرفه‌های بزرگ‌تر) دوباره"
        " چیده شد و غرفه شما تا جای ممکن کم جابه‌جا شده است"
    ),
    "Your stand has changed since the plan we sent you: it was {old}, it is now {new}."
    " Please use the new booths in your promotion.": (
        "غرفه شما نسبت به نقشه‌ای که پیش‌تر فرستاده بودیم تغییر کرده است: پیش‌تر {old} بود و"
        " اکنون {new} است. لطفاً در تبلیغات خود شماره تازه را به کار ببرید."
    ),
    "Why: {reason}.": "علت: {reason}.",
    "Previous booth(s)": "غرفه پیشین",
    "Reason": "علت",
    "New booth(s)": "غرفه تازه",
    "{hall}: the new stand {new} is outlined, the old one is dashed; the arrow"
    " marks the nearest entrance": (
        "{hall}: غرفه تازه ({new}) با کادر پررنگ و غرفه پیشین با خط‌چین نشان داده شده؛ پیکان،"
        " نزدیک‌ترین ورودی را نشان می‌دهد"
    ),
    "{hall}: your previous stand (dashed)": "{hall}: غرفه پیشین شما (خط‌چین)",
    "Notice: your stand has moved": "اطلاعیه: جابه‌جایی غرفه شما",
    "We are sorry: your stand {old} could not be kept in the new plan. You are on the"
    " waitlist and will be offered the first suitable stand that becomes free.": (
        "متأسفیم: غرفه {old} در نقشه تازه برای شما نگه داشته نشد. نام شما در فهرست انتظار است"
        " و نخستین غرفه مناسبی که آزاد شود به شما پیشنهاد می‌شود."
    ),
    "Notice: your stand is withdrawn": "اطلاعیه: لغو غرفه شما",
    "there is no published plan to compare with: publish the plan before the"
    " re-solve (qods-planner publish)": (
        "نقشه منتشرشده‌ای برای مقایسه نیست: پیش از برنامه‌ریزی دوباره، نقشه را منتشر کنید"
        " (qods-planner publish)"
    ),
    # --- floor map ----------------------------------------------------------------------------
    "{event} — floor map": "{event} — نقشه نمایشگاه",
    "Skip to the list of exhibitors": "رفتن به فهرست مشارکت‌کنندگان",
    "Language": "زبان",
    "Search exhibitors or booths": "جست‌وجوی مشارکت‌کننده یا غرفه",
    "A name in Persian or English, or a booth label": ("نام به فارسی یا انگلیسی، یا شماره غرفه"),
    "{n} found": "{n} مورد پیدا شد",
    "Nothing found": "چیزی پیدا نشد",
    "Sectors": "رسته‌ها",
    "Show all": "نمایش همه",
    "Hide all": "پنهان کردن همه",
    "Zoom in": "بزرگ‌نمایی",
    "Zoom out": "کوچک‌نمایی",
    "Whole hall": "کل سالن",
    "Plan of {hall}: + and − zoom, arrow keys move; choose a stand in the list": (
        "نقشه {hall}: با + و − بزرگ و کوچک کنید و با کلیدهای جهت جابه‌جا شوید؛ غرفه را از"
        " فهرست برگزینید"
    ),
    "List of exhibitors": "فهرست مشارکت‌کنندگان",
    "{n} of {total} exhibitors shown": "{n} از {total} مشارکت‌کننده نمایش داده شده",
    "Show the supply chain": "نمایش زنجیره تأمین",
    "Supply chain of {sector}: {sectors}": "زنجیره تأمین {sector}: {sectors}",
    "No sector complements {sector}": "هیچ رسته‌ای مکمل {sector} نیست",
    "Clear": "پاک کردن",
    "Close": "بستن",
    "Entrance": "ورودی",
    "{name}, booth {booths}": "{name}، غرفه {booths}",
    # --- printed --------------------------------------------------------------------------
    "Space report": "گزارش فضای نمایشگاه",
    "Catalogue of exhibitors": "فهرست مشارکت‌کنندگان",
    "Exhibitors by sector": "مشارکت‌کنندگان به ترتیب رسته",
    "Alphabetical index": "نمایه الفبایی",
    "Plans of the halls": "نقشه سالن‌ها",
    "{exhibitors} exhibitors in {halls} halls": "{exhibitors} مشارکت‌کننده در {halls} سالن",
    "Sectors in the order of their supply chains": "رسته‌ها به ترتیب زنجیره تأمین",
    # --- command line -----------------------------------------------------------------------
    "write a letter to each placed exhibitor into this folder (<id>-<name>.pdf, in the "
    "exhibitor's language) and all of them in one PDF": (
        "برای هر مشارکت‌کننده جای‌گرفته نامه‌ای در این پوشه بنویس (<id>-<name>.pdf، به زبان"
        " مشارکت‌کننده) و همه را در یک PDF نیز"
    ),
    "with --letters: only move notices, for the exhibitors whose stand differs from "
    "the published plan": (
        "همراه با --letters: فقط اطلاعیه جابه‌جایی، برای مشارکت‌کنندگانی که غرفه‌شان با نقشه"
        " منتشرشده فرق دارد"
    ),
    "write the bilingual catalogue for visitors here (.pdf): sectors in value-chain "
    "order, Persian and English indexes, the halls' plans": (
        "کاتالوگ دوزبانه بازدیدکنندگان را اینجا بنویس (.pdf): رسته‌ها به ترتیب زنجیره ارزش،"
        " نمایه فارسی و انگلیسی، نقشه سالن‌ها"
    ),
    "write the offline floor map for visitors here (.html): one file, no network": (
        "نقشه آفلاین نمایشگاه برای بازدیدکنندگان را اینجا بنویس (.html): یک پرونده، بی‌نیاز از"
        " اینترنت"
    ),
    "write the space report for the organising committee here (.pdf)": (
        "گزارش فضای نمایشگاه برای ستاد برگزاری را اینجا بنویس (.pdf)"
    ),
    "--changed-only goes with --letters DIR": "--changed-only باید همراه --letters DIR بیاید",
    "--letters {path} is a file; give a folder": ("--letters {path} یک پرونده است؛ یک پوشه بدهید"),
    "wrote {count} move notice(s) into {folder}": ("{count} اطلاعیه جابه‌جایی در {folder} نوشته شد"),
    "wrote {count} letter(s) into {folder}": "{count} نامه در {folder} نوشته شد",
    "wrote {path} ({pages} page(s))": "{path} نوشته شد ({pages} صفحه)",
    "nothing to export: give --xlsx, --pdf, --index, --png, --svg, --letters, "
    "--catalogue, --html or --space-report": (
        "خروجی‌ای خواسته نشده است: --xlsx، --pdf، --index، --png، --svg، --letters،"
        " --catalogue، --html یا --space-report را بدهید"
    ),
}
