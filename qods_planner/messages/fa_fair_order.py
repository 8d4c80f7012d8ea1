"""Persian catalogue of booth choices, sector zones and caps, and the fair order (see
docs/rules.md). Same rules as `fa.py`."""

MESSAGES: dict[str, str] = {
    # --- model and file ----------------------------------------------------------------------
    "must be an ISO date like {example}, optionally with a time like {moment}; got {value}": (
        "باید تاریخی به قالب ISO مانند {example} باشد، در صورت نیاز با ساعت مانند {moment}؛"
        " مقدار داده‌شده: {value}"
    ),
    "{what} must be an ISO date like {example}, optionally with a time like {moment};"
    " got {value!r}": (
        "{what} باید تاریخی به قالب ISO مانند {example} باشد، در صورت نیاز با ساعت مانند"
        " {moment}؛ مقدار داده‌شده: {value!r}"
    ),
    "booth {id} sectors": "رسته‌های غرفه {id}",
    "hall {id} sectors": "رسته‌های سالن {id}",
    "hall {id}": "سالن {id}",
    "exhibitor {id} booth choices": "غرفه‌های انتخابی مشارکت‌کننده {id}",
    "exhibitor {id} choices only must be true or false": (
        "«فقط غرفه‌های انتخابی» برای مشارکت‌کننده {id} باید true یا false باشد"
    ),
    "exhibitor {id} accepts only its booth choices but lists none": (
        "مشارکت‌کننده {id} فقط غرفه‌های انتخابی‌اش را می‌پذیرد اما هیچ غرفه‌ای انتخاب نکرده است"
    ),
    "exhibitor {id} priority points must be a whole number ≥ 0, got {value!r}": (
        "امتیاز اولویت مشارکت‌کننده {id} باید عدد صحیح ≥ ۰ باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "sector {id} most stands must be a whole number ≥ 0, got {value!r}": (
        "سقف غرفه‌های رسته {id} باید عدد صحیح ≥ ۰ باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "the priority order must name each of {keys} once, got {value!r}": (
        "ترتیب اولویت باید هر یک از {keys} را یک بار نام ببرد؛ مقدار داده‌شده: {value!r}"
    ),
    "is bound to unknown sector {sector!r}": "به رسته‌ای ناشناخته اختصاص یافته است: {sector!r}",
    "chooses unknown booth {booth!r}": "غرفه‌ای ناشناخته را انتخاب کرده است: {booth!r}",
    "sector {id} is the zone of {places}": "رسته {id} محدودهٔ اختصاصی {places} است",
    # --- validator -----------------------------------------------------------------------------
    "{who} accepts only its chosen booths ({choices}) but is given {booths}": (
        "{who} فقط غرفه‌های انتخابی‌اش ({choices}) را می‌پذیرد اما {booths} به او داده شده است"
    ),
    "{who} chose {choices} but has {booths}": (
        "{who} غرفه‌های {choices} را انتخاب کرده اما {booths} را دارد"
    ),
    "{who} is given {booths}, which are kept for {sectors}": (
        "{booths} به {who} داده شده است، در حالی که ویژهٔ {sectors} است"
    ),
    "sector {sector} has {count} stand(s); it may have at most {cap}": (
        "رسته {sector} {count} غرفه دارد؛ سقف آن {cap} غرفه است"
    ),
    "{higher} is waitlisted although it ranks above {lower} and fits its stand {booths}": (
        "{higher} در فهرست انتظار است، با آنکه در ترتیب اولویت بالاتر از {lower} است و در غرفهٔ"
        " او ({booths}) جا می‌شود"
    ),
    "{higher} chose {booths} above its own stand and ranks above {lower}, who holds them;"
    " the two could trade": (
        "{higher} غرفه‌های {booths} را بالاتر از غرفهٔ خود انتخاب کرده و در ترتیب اولویت بالاتر"
        " از {lower} است که آن‌ها را دارد؛ این دو می‌توانستند جا عوض کنند"
    ),
    "choice": "غرفهٔ انتخابی",
    # --- the registration workbook -------------------------------------------------------------
    "choices only": "فقط غرفه‌های انتخابی",
    "priority points": "امتیاز اولویت",
    "choices": "غرفه‌های انتخابی",
    "choices_only": "فقط غرفه‌های انتخابی",
    "priority_points": "امتیاز اولویت",
    "{what} must be a whole number, 0 or more": "{what} باید عدد صحیح ۰ یا بیشتر باشد",
    # --- the fairness certificate --------------------------------------------------------------
    "held by a higher-ranked exhibitor": "در اختیار مشارکت‌کننده‌ای با اولویت بالاتر",
    "held by a pinned or locked exhibitor, or one kept on its published stand": (
        "در اختیار مشارکت‌کننده‌ای ثابت‌شده یا قفل‌شده، یا مشارکت‌کننده‌ای که غرفهٔ منتشرشده‌اش"
        " را نگه داشته است"
    ),
    "its holder may not be waitlisted for it: a higher tier, or a confirmed stand": (
        "دارندهٔ آن را نمی‌توان به خاطر آن به فهرست انتظار برد: ردهٔ بالاتر یا غرفهٔ تأییدشده"
    ),
    "taking it would break a hard rule": "گرفتن آن یک قاعدهٔ الزامی را می‌شکند",
    "a priority inversion: it should have been given": ("وارونگی اولویت: باید به او داده می‌شد"),
    # --- solver --------------------------------------------------------------------------------
    "every place that fits ({request}) is kept for other sectors": (
        "همهٔ جاهای مناسب ({request}) ویژهٔ رسته‌های دیگر است"
    ),
    "none of its chosen booths ({labels}) can hold a place that fits ({request})": (
        "در هیچ‌یک از غرفه‌های انتخابی‌اش ({labels}) جای مناسب ({request}) نیست"
    ),
    "its sector {sector} is full (cap: {cap})": "رسته‌اش، {sector}، پر است (سقف: {cap})",
    "uses {labels}, not among its chosen booths": (
        "از {labels} استفاده می‌کند که جزو غرفه‌های انتخابی‌اش نیست"
    ),
    "uses {labels}, kept for {sectors}": "از {labels} استفاده می‌کند که ویژهٔ {sectors} است",
    # --- last year's place -------------------------------------------------------------------
    "copied last year's booths into the choices of {count} exhibitor(s); written: {path}": (
        "غرفه‌های سال گذشته در غرفه‌های انتخابی {count} مشارکت‌کننده نوشته شد؛ نوشته شد: {path}"
    ),
    "make last year's booths each returning exhibitor's first choices": (
        "غرفه‌های سال گذشتهٔ هر مشارکت‌کنندهٔ بازگشته را انتخاب اول او کن"
    ),
    "Copy an earlier fair's stands into this fair's booth choices: each returning exhibitor"
    " (matched by id, else by name) gets its booths of that fair (matched by label) as its"
    " first choices. Reads the earlier fair's project file or exported workbook. Writes the"
    " project to --out (default: PROJECT itself).": (
        "غرفه‌های یک نمایشگاه پیشین را در غرفه‌های انتخابی این نمایشگاه می‌نویسد: هر"
        " مشارکت‌کنندهٔ بازگشته (یافته با شناسه، وگرنه با نام) غرفه‌های خود در آن نمایشگاه را"
        " (یافته با شمارهٔ غرفه) انتخاب اول خود می‌یابد. فایل پروژه یا کارپوشهٔ خروجی نمایشگاه"
        " پیشین را می‌خواند. پروژه در --out نوشته می‌شود (پیش‌فرض: خود PROJECT)."
    ),
    "the earlier fair's project file or exported workbook (.xlsx)": (
        "فایل پروژه یا کارپوشهٔ خروجی (.xlsx) نمایشگاه پیشین"
    ),
    "not matched: {name} ({id})": "یافته نشد: {name} ({id})",
    "{id}: booths no longer in this venue: {labels}": (
        "{id}: غرفه‌هایی که دیگر در این محل نیستند: {labels}"
    ),
    "no such file: {path}": "چنین فایلی نیست: {path}",
    "this workbook has no Assignments sheet of a Qods Planner export": (
        "این کارپوشه برگهٔ «تخصیص غرفه‌ها»ی خروجی برنامه‌ریز نمایشگاه قدس را ندارد"
    ),
    # --- re-solves ------------------------------------------------------------------------------
    "newly placed on its choice {k} ({labels})": "تازه جای گرفت، در انتخاب {k} خود ({labels})",
    "{head}; now on its choice {k}": "{head}؛ اکنون در انتخاب {k} خود",
    # --- the certificate on paper ------------------------------------------------------------
    "Fair order": "ترتیب اولویت",
    "write the fairness certificate here (.pdf): each place refused, who holds it, and why": (
        "گواهی ترتیب اولویت را اینجا بنویس (.pdf): هر جای داده‌نشده، در اختیار چه کسی است و چرا"
    ),
}
