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
    "a new hall order must name every hall once": (
        "ترتیب تازه سالن‌ها باید هر سالن را یک بار نام ببرد"
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
    # --- names of fields and entities ({what} in the checks below) ---------------------------
    "booth": "غرفه",
    "booth {label}": "غرفه {label}",
    "booth {id} label": "شماره غرفه {id}",
    "booth {id} hall": "سالن غرفه {id}",
    "exhibitor": "مشارکت‌کننده",
    "exhibitor {id} Persian name": "نام فارسی مشارکت‌کننده {id}",
    "exhibitor {id} English name": "نام انگلیسی مشارکت‌کننده {id}",
    "exhibitor {id} sector": "رسته مشارکت‌کننده {id}",
    "exhibitor {id} registration date": "تاریخ ثبت‌نام مشارکت‌کننده {id}",
    "exhibitor {id} competitors": "رقبای مشارکت‌کننده {id}",
    "exhibitor {id} partners": "شرکای مشارکت‌کننده {id}",
    "exhibitor {id} pinned booths": "غرفه‌های ثابت‌شدهٔ مشارکت‌کننده {id}",
    "exhibitor {id} phone": "تلفن مشارکت‌کننده {id}",
    "exhibitor {id} note": "یادداشت مشارکت‌کننده {id}",
    "preferred hall": "سالن ترجیحی",
    "plan exhibitor": "مشارکت‌کنندهٔ نقشه چیدمان",
    "exhibition Persian name": "نام فارسی نمایشگاه",
    "exhibition English name": "نام انگلیسی نمایشگاه",
    "exhibition start date": "تاریخ شروع نمایشگاه",
    "exhibition end date": "تاریخ پایان نمایشگاه",
    "project": "پروژه",
    "hall": "سالن",
    "hall {id} Persian name": "نام فارسی سالن {id}",
    "hall {id} English name": "نام انگلیسی سالن {id}",
    "obstacle": "مانع",
    "obstacle {id}": "مانع {id}",
    "obstacle {id} hall": "سالن مانع {id}",
    "obstacle {id} label": "برچسب مانع {id}",
    "sector": "رسته",
    "sector {id} Persian name": "نام فارسی رسته {id}",
    "sector {id} English name": "نام انگلیسی رسته {id}",
    "sector {id} colour": "رنگ رسته {id}",
    # sides of a hall and kinds of obstacle, as words inside a sentence
    "top side": "ضلع بالا",
    "right side": "ضلع راست",
    "bottom side": "ضلع پایین",
    "left side": "ضلع چپ",
    "pillar": "ستون",
    "stage": "سن",
    "fire exit": "خروج اضطراری",
    "service": "محوطهٔ خدماتی",
    # --- field checks ------------------------------------------------------------------------
    "{what} id must be letters, digits, '_', '-' or '.', starting with a letter or digit;"
    " got {value!r}": (
        "شناسه {what} باید از حروف لاتین، رقم، '_'، '-' یا '.' ساخته شود و با حرف یا رقم"
        " شروع شود؛ مقدار داده‌شده: {value!r}"
    ),
    "{what} must be text, got {value!r}": "{what} باید متن باشد؛ مقدار داده‌شده: {value!r}",
    "{what} must not be empty": "{what} نباید خالی باشد",
    "{what} must be a colour like {example}, got {value!r}": (
        "{what} باید رنگی به شکل {example} باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "{what} must be an ISO date like {example}, got {value!r}": (
        "{what} باید تاریخ میلادی به شکل ISO مانند {example} باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "{what} must be a tuple of ids, got {values!r}": (
        "{what} باید فهرستی از شناسه‌ها باشد؛ مقدار داده‌شده: {values!r}"
    ),
    "{what} lists an id twice: {values!r}": "در {what} یک شناسه دو بار آمده است: {values!r}",
    "{what} is in unknown hall {hall!r}": "{what} در سالن ناشناختهٔ {hall!r} است",
    "{field} must be whole centimetres, got {value!r}": (
        "{field} باید عدد صحیحی به سانتی‌متر باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "{field} must be a whole number ≥ {minimum}, got {value!r}": (
        "{field} باید عدد صحیح {minimum} یا بیشتر باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "booth {label} {field} must be true or false": (
        "مقدار {field} برای غرفه {label} باید «بله» یا «خیر» باشد"
    ),
    "exhibitor {id} {field} must be a number of m², got {value!r}": (
        "مقدار {field} برای مشارکت‌کننده {id} باید عددی به متر مربع باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "obstacle {id} kind must be one of {kinds}, got {kind!r}": (
        "نوع مانع {id} باید یکی از {kinds} باشد؛ مقدار داده‌شده: {kind!r}"
    ),
    "hall {id}: entrance on the {side} runs past the corner"
    " ({offset} + {width} cm > {length} cm)": (
        "سالن {id}: ورودی {side} از گوشهٔ سالن بیرون زده است"
        " ({offset} + {width} سانتی‌متر > {length} سانتی‌متر)"
    ),
    "language must be one of {languages}, got {value!r}": (
        "زبان باید یکی از {languages} باشد؛ مقدار داده‌شده: {value!r}"
    ),
    # --- plans -------------------------------------------------------------------------------
    "plan gives exhibitor {id} a stand with no booth": (
        "در نقشه چیدمان هیچ غرفه‌ای برای مشارکت‌کننده {id} فهرست نشده است"
    ),
    "plan lists a booth twice in the stand of exhibitor {id}": (
        "در نقشه چیدمان یک غرفه دو بار برای مشارکت‌کننده {id} آمده است"
    ),
    "plan locks exhibitor {id}, who has no stand": (
        "نقشه چیدمان مشارکت‌کننده {id} را قفل کرده است، اما او غرفه‌ای ندارد"
    ),
    # --- whole-project problems: "{where}: {message}", the message continues the entity ----
    "exhibitor {id}": "مشارکت‌کننده {id}",
    "complementarity": "جدول مکمل بودن رسته‌ها",
    "plan": "نقشه چیدمان",
    "baseline plan": "نقشه پایه منتشرشده",
    "is in unknown hall {hall!r}": "در سالن ناشناختهٔ {hall!r} است",
    "lies outside hall {hall}": "بیرون از محدودهٔ سالن {hall} است",
    "has the same label as booth {other}": "همان شماره‌ای را دارد که غرفه {other} دارد",
    "overlaps booth {other}": "با غرفه {other} هم‌پوشانی دارد",
    "covers {obstacle} {id}": "روی {obstacle} {id} قرار گرفته است",
    "has unknown sector {sector!r}": "رسته‌ای ناشناخته دارد: {sector!r}",
    "names unknown competitor {id!r}": "رقیبی ناشناخته را نام برده است: {id!r}",
    "names unknown partner {id!r}": "شریکی ناشناخته را نام برده است: {id!r}",
    "is pinned to unknown booth {booth!r}": "به غرفه‌ای ناشناخته ثابت شده است: {booth!r}",
    "prefers unknown hall {hall!r}": "سالنی ناشناخته را ترجیح داده است: {hall!r}",
    "names unknown sector {sector!r}": "رسته‌ای ناشناخته در آن آمده است: {sector!r}",
    "gives a stand to unknown exhibitor {id!r}": (
        "به مشارکت‌کننده‌ای ناشناخته غرفه داده است: {id!r}"
    ),
    "gives exhibitor {id} unknown booth {booth!r}": (
        "به مشارکت‌کننده {id} غرفه‌ای ناشناخته داده است: {booth!r}"
    ),
    # --- project files: "{file}: {message}" or "{file}: {json path}: {message}" ---------------
    "{count} problems": "{count} مشکل",
    "{count} problems:": "{count} مشکل:",
    "… and {count} more": "… و {count} مشکل دیگر",
    "is empty, not a project": "خالی است و پروژه نیست",
    "is not valid JSON: {reason}": "JSON معتبر نیست: {reason}",
    "line {line}, column {column}": "سطر {line}، ستون {column}",
    "is nested too deeply to be a project": "بیش از حد تودرتو است و نمی‌تواند پروژه باشد",
    "cannot be read: {reason}": "خوانده نمی‌شود: {reason}",
    "cannot be saved: {reason}": "ذخیره نمی‌شود: {reason}",
    "is not {encoding} text (bad byte at position {position})": (
        "متن {encoding} نیست (بایت نادرست در جایگاه {position})"
    ),
    "{name} is not a number JSON allows": "{name} عددی نیست که JSON بپذیرد",
    "the object with id {id} has the field {field!r} twice": (
        "در شیء با شناسهٔ {id} فیلد {field!r} دو بار آمده است"
    ),
    "an object has the field {field!r} twice": "در یک شیء فیلد {field!r} دو بار آمده است",
    "is not a Qods Planner project: the file must hold a JSON object, not {kind}": (
        "پروژهٔ برنامه‌ریز نمایشگاه قدس نیست: فایل باید یک شیء JSON داشته باشد، نه {kind}"
    ),
    "is not a Qods Planner project: format is {found!r}, expected {expected!r}": (
        "پروژهٔ برنامه‌ریز نمایشگاه قدس نیست: قالب آن {found!r} است، نه {expected!r}"
    ),
    "format_version must be a whole number ≥ 1, got {value!r}": (
        "format_version باید عدد صحیح ۱ یا بیشتر باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "made by a newer Qods Planner: format_version {version}, this program reads up to"
    " {supported}": (
        "با نسخهٔ جدیدتری از برنامه‌ریز نمایشگاه قدس ساخته شده است: format_version {version}؛"
        " این برنامه تا نسخهٔ {supported} را می‌خواند"
    ),
    "the id {id} is used by another item too": "شناسهٔ {id} برای مورد دیگری هم به کار رفته است",
    "sector {id} cannot complement itself": "رسته {id} نمی‌تواند مکمل خودش باشد",
    "{a}–{b} has weight {weight} here but {earlier} at {path}": (
        "وزن {a}–{b} اینجا {weight} است، اما در {path} {earlier} آمده است"
    ),
    # kinds of JSON value, inside "must be …, got …"
    "an object": "یک شیء",
    "a list": "یک فهرست",
    "text": "متن",
    "true or false": "«بله» یا «خیر» (true/false)",
    "a whole number": "عدد صحیح",
    "a number": "عدد",
    "null": "تهی",
    "a value": "یک مقدار",
    # schema violations: "{json path}: {message}"
    "must be {expected}, got {kind} {value}": (
        "باید {expected} باشد؛ مقدار داده‌شده: {kind} {value}"
    ),
    "is required but missing": "لازم است اما نیامده است",
    "is not a known field (misspelt?)": "فیلد شناخته‌شده‌ای نیست (غلط املایی؟)",
    "has unknown fields {fields}": "فیلدهای ناشناخته دارد: {fields}",
    "must be one of {values}, got {value}": ("باید یکی از {values} باشد؛ مقدار داده‌شده: {value}"),
    "must be {expected}, got {value}": "باید {expected} باشد؛ مقدار داده‌شده: {value}",
    "must be {sign} {limit}, got {value}": "باید {sign} {limit} باشد؛ مقدار داده‌شده: {value}",
    "must be a colour like {example}, got {value}": (
        "باید رنگی به شکل {example} باشد؛ مقدار داده‌شده: {value}"
    ),
    "must be an id of letters, digits, '_', '-' or '.', starting with a letter or digit;"
    " got {value}": (
        "باید شناسه‌ای از حروف لاتین، رقم، '_'، '-' یا '.' باشد که با حرف یا رقم شروع شود؛"
        " مقدار داده‌شده: {value}"
    ),
    "must not be empty": "نباید خالی باشد",
    "must list at least one item": "باید دست‌کم یک مورد داشته باشد",
    "lists an item twice: {value}": "یک مورد را دو بار آورده است: {value}",
    "must be an ISO date like {example}, got {value}": (
        "باید تاریخ میلادی به شکل ISO مانند {example} باشد؛ مقدار داده‌شده: {value}"
    ),
    # --- the validator: hard rules -----------------------------------------------------------
    "unknown exhibitor {id!r}": "مشارکت‌کنندهٔ ناشناختهٔ {id!r}",
    "the plan gives booths {booths} to exhibitor {id!r}, who is not in the project": (
        "نقشه چیدمان غرفه‌های {booths} را به مشارکت‌کنندهٔ {id!r} داده است که در پروژه نیست"
    ),
    "{who} has withdrawn but still holds booths {booths}": (
        "{who} انصراف داده است، اما هنوز غرفه‌های {booths} را در اختیار دارد"
    ),
    "the stand of {who} uses booths that do not exist: {booths}": (
        "غرفهٔ {who} از غرفه‌هایی استفاده می‌کند که وجود ندارند: {booths}"
    ),
    "booth {label} is given to {names}": "غرفه {label} به {names} داده شده است",
    "the stand of {who} ({booths}) spans halls {halls}": (
        "غرفهٔ {who} ({booths}) در چند سالن پخش شده است: {halls}"
    ),
    "the booths of {who} ({booths}) are not a straight run of adjacent booths in one row": (
        "غرفه‌های {who} ({booths}) ردیف پیوسته‌ای از غرفه‌های کنار هم در یک راستا نیستند"
    ),
    "the stand of {who} ({booths}) is {area:g} m²; it accepts {smallest:g}–{largest:g} m²": (
        "مساحت غرفهٔ {who} ({booths}) {area:g} متر مربع است؛"
        " مساحت قابل قبول برای او {smallest:g} تا {largest:g} متر مربع است"
    ),
    "power": "برق",
    "water": "آب",
    "heavy floor": "کف مقاوم",
    "{label} lacks {services}": "{label} {services} ندارد",
    "{who} needs services its booths lack: {detail}": (
        "{who} به امکاناتی نیاز دارد که غرفه‌هایش ندارند: {detail}"
    ),
    "{who} is given blocked booth(s) {booths}": "به {who} غرفهٔ مسدود داده شده است: {booths}",
    "{who} is given reserved booth(s) {booths}, which are kept for the exhibitor pinned there": (
        "به {who} غرفهٔ رزروشده داده شده است: {booths}؛ این غرفه‌ها برای مشارکت‌کننده‌ای"
        " نگه داشته می‌شوند که به آن‌ها ثابت شده است"
    ),
    "{who} requires hall {hall} but is given {booths} in hall {halls}": (
        "{who} سالن {hall} را الزامی کرده است، اما {booths} در سالن {halls} به او داده شده است"
    ),
    "{who} is pinned to {pinned} but holds {booths}": (
        "{who} به {pinned} ثابت شده است، اما {booths} را در اختیار دارد"
    ),
    "{who} is pinned to {pinned} but is waitlisted": (
        "{who} به {pinned} ثابت شده است، اما در فهرست انتظار است"
    ),
    "{who} is locked on {before} but now holds {booths}": (
        "{who} روی {before} قفل شده است، اما اکنون {booths} را در اختیار دارد"
    ),
    "{who} is locked on {before} but is now waitlisted": (
        "{who} روی {before} قفل شده است، اما اکنون در فهرست انتظار است"
    ),
    "{a} and {b} are side by side": "{a} و {b} کنار هم هستند",
    "{a} and {b} are back to back": "{a} و {b} پشت به پشت هستند",
    "{a} and {b} are facing across the aisle": "{a} و {b} دو سوی راهرو روبه‌روی هم هستند",
    "competitors {first} and {second} are neighbours: {detail}": (
        "رقیبان {first} و {second} همسایهٔ هم شده‌اند: {detail}"
    ),
    # --- the validator: soft shortfalls ------------------------------------------------------
    "sponsor": "حامی",
    "returning": "سابقه‌دار",
    "regular": "عادی",
    "{who} is waitlisted ({tier} tier)": "{who} در فهرست انتظار است (اولویت: {tier})",
    "stand": "غرفه",
    "inline stand": "غرفهٔ یک‌بر",
    "corner stand": "غرفهٔ دوبر (نبش)",
    "peninsula stand": "غرفهٔ سه‌بر",
    "island stand": "غرفهٔ چهاربر (جزیره)",
    "{who} wished a corner but has the {stand} {booths}": (
        "{who} غرفهٔ نبش خواسته بود، اما {stand} {booths} به او رسیده است"
    ),
    "{who} wished an island but has the {stand} {booths}": (
        "{who} غرفهٔ جزیره خواسته بود، اما {stand} {booths} به او رسیده است"
    ),
    "no known hall": "نامعلوم",
    "{who} prefers hall {hall} but has {booths} in hall {halls}": (
        "{who} سالن {hall} را ترجیح می‌دهد، اما {booths} در سالن {halls} به او رسیده است"
    ),
    "{who} asked for {requested:g} m² but {booths} cover {area:g} m² ({excess:g} m² more)": (
        "{who} {requested:g} متر مربع خواسته بود، اما مساحت {booths} {area:g} متر مربع است"
        " ({excess:g} متر مربع بیشتر)"
    ),
    "partners {first} ({first_booths}) and {second} ({second_booths}) are not neighbours": (
        "شریکان {first} ({first_booths}) و {second} ({second_booths}) همسایهٔ هم نیستند"
    ),
    "{who} at {booths} has no {sector} neighbour, though {others} other {sector}"
    " exhibitor(s) stand in hall {hall}": (
        "{who} در {booths} هیچ همسایه‌ای از رستهٔ {sector} ندارد، هرچند {others}"
        " مشارکت‌کنندهٔ دیگر از رستهٔ {sector} در سالن {hall} هستند"
    ),
    "{who} held {before} in the baseline plan and now holds {booths}": (
        "{who} در نقشه پایه منتشرشده {before} را داشت و اکنون {booths} را دارد"
    ),
    "{who} held {before} in the baseline plan and is now waitlisted": (
        "{who} در نقشه پایه منتشرشده {before} را داشت و اکنون در فهرست انتظار است"
    ),
    # --- command line: the dispatcher --------------------------------------------------------
    "usage: ": "طرز استفاده: ",
    "positional arguments": "آرگومان‌های جایگاهی",
    "options": "گزینه‌ها",
    "show this help message and exit": "نمایش این راهنما و خروج",
    "{prog}: error: {message}": "{prog}: خطا: {message}",
    "Plan an industrial exhibition: halls, booths, exhibitors, and automatic booth allocation."
    " With no command, opens the desktop planner.": (
        "برنامه‌ریزی نمایشگاه صنعتی: سالن‌ها، غرفه‌ها، مشارکت‌کنندگان و چیدمان خودکار غرفه‌ها."
        " بدون فرمان، برنامهٔ رومیزی باز می‌شود."
    ),
    "language of messages and help: fa (Persian) or en (English); default:"
    " $QODS_PLANNER_LANGUAGE, else the system's language": (
        "زبان پیام‌ها و راهنما: fa (فارسی) یا en (انگلیسی)؛ پیش‌فرض:"
        " $QODS_PLANNER_LANGUAGE و در نبود آن زبان سیستم"
    ),
    "{option} must be one of {choices}, got {value!r}": (
        "{option} باید یکی از {choices} باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "command {name!r} is unavailable: {error}": "فرمان {name!r} در دسترس نیست: {error}",
    # --- command line: check -----------------------------------------------------------------
    "check the project's plan against every rule": "بررسی نقشه چیدمان پروژه با همهٔ قاعده‌ها",
    "Check the project's current plan: print every broken hard rule and every soft-rule"
    " shortfall, then the score. Exit code 0: no hard violation; 1: at least one hard"
    " violation; 2: the file could not be read.": (
        "نقشه چیدمان کنونی پروژه را بررسی می‌کند: همهٔ قاعده‌های نقض‌شده و همهٔ هشدارها و سپس"
        " امتیاز را چاپ می‌کند. کد خروج ۰: هیچ قاعده‌ای نقض نشده است؛ ۱: دست‌کم یک قاعده"
        " نقض شده است؛ ۲: فایل خوانده نشد."
    ),
    "project file (.json)": "فایل پروژه (.json)",
    "print a machine-readable JSON document instead": "به جای آن، یک سند JSON ماشین‌خوان چاپ شود",
    "no such project file: {path}": "چنین فایل پروژه‌ای وجود ندارد: {path}",
    "HARD {rule}: {message}": "قاعدهٔ نقض‌شده {rule}: {message}",
    "soft {rule} (-{points}): {message}": "هشدار {rule} (کسر {points} امتیاز): {message}",
    "soft {rule}: {message}": "هشدار {rule}: {message}",
    "same_sector": "هم‌رسته",
    "complementary": "رسته‌های مکمل",
    "premium": "غرفهٔ ممتاز",
    "corner_wish": "خواستهٔ نبش",
    "island_wish": "خواستهٔ جزیره",
    "hall_wish": "خواستهٔ سالن",
    "partners": "شریکان",
    "waste": "مساحت اضافه",
    "waitlist": "فهرست انتظار",
    "moves": "جابه‌جایی",
    "score {total} ({terms})": "امتیاز {total} ({terms})",
    "score {total}": "امتیاز {total}",
    "{assigned} assigned, {waitlisted} waitlisted": (
        "{assigned} غرفه‌دار، {waitlisted} در فهرست انتظار"
    ),
    "{count} hard violation": "{count} قاعدهٔ نقض‌شده",
    "{count} hard violations": "{count} قاعدهٔ نقض‌شده",
    "{count} soft shortfall": "{count} هشدار",
    "{count} soft shortfalls": "{count} هشدار",
    "{score}; {counts}; {hard}, {soft}": "{score}؛ {counts}؛ {hard}، {soft}",
    # --- command line: generate --------------------------------------------------------------
    "write a realistic generated exhibition (for demos, tests, benchmarks)": (
        "ساختن یک نمایشگاه نمونهٔ واقع‌گرایانه (برای نمایش، آزمون و سنجش سرعت)"
    ),
    "Generate an exhibition: halls with perimeter rows, back-to-back island blocks and aisles,"
    " booths of {smallest}–{largest} m², Zipf-sized sectors, competitors, partners, priorities"
    " and needs. It is feasible by construction (every exhibitor can get a stand that breaks no"
    " hard rule) unless --infeasible is given. The plan is left empty. The same arguments always"
    " give the same file.": (
        "یک نمایشگاه می‌سازد: سالن‌هایی با ردیف‌های کنار دیوار، بلوک‌های جزیره‌ای پشت به پشت و"
        " راهروها، غرفه‌های {smallest} تا {largest} متر مربعی، رسته‌هایی با اندازه‌های زیپفی،"
        " رقیبان، شریکان، اولویت‌ها و نیازها. نمایشگاه ساخته‌شده همیشه شدنی است (هر"
        " مشارکت‌کننده می‌تواند غرفه‌ای بگیرد که هیچ قاعده‌ای را نقض نکند)، مگر اینکه"
        " --infeasible داده شود. نقشه چیدمان خالی می‌ماند. آرگومان‌های یکسان همیشه همان فایل را"
        " می‌سازند."
    ),
    "number of exhibitors": "تعداد مشارکت‌کنندگان",
    "number of booths (default: {percent}%% more than exhibitors)": (
        "تعداد غرفه‌ها (پیش‌فرض: {percent}٪ بیشتر از تعداد مشارکت‌کنندگان)"
    ),
    "number of halls (default: {count})": "تعداد سالن‌ها (پیش‌فرض: {count})",
    "random seed (default: {seed})": "بذر تصادفی (پیش‌فرض: {seed})",
    "add a clash no plan can meet: more exhibitors needing water and at least {area} m² than"
    " the water booths can hold (and any exhibitors beyond the booth count)": (
        "افزودن تعارضی که هیچ نقشه‌ای نمی‌تواند برآورده کند: مشارکت‌کنندگانی که آب و دست‌کم"
        " {area} متر مربع می‌خواهند، بیش از گنجایش غرفه‌های آب‌دار (و مشارکت‌کنندگانی بیش از"
        " تعداد غرفه‌ها)"
    ),
    "the exhibition's name (default: a generic one)": "نام نمایشگاه (پیش‌فرض: یک نام عمومی)",
    "project file to write": "فایل پروژه‌ای که نوشته می‌شود",
    "replace FILE if it exists": "اگر FILE وجود دارد، جایگزین شود",
    "{name} must be a whole number, got {text!r}": (
        "{name} باید عدد صحیح باشد؛ مقدار داده‌شده: {text!r}"
    ),
    "{name} must be between {minimum} and {maximum:,}, got {value}": (
        "{name} باید بین {minimum} و {maximum:,} باشد؛ مقدار داده‌شده: {value}"
    ),
    "{path} is a folder; give a file name such as {example}": (
        "{path} یک پوشه است؛ نام یک فایل را بدهید، مانند {example}"
    ),
    "cannot write {path}: the folder {folder} does not exist": (
        "نوشتن {path} ممکن نیست: پوشهٔ {folder} وجود ندارد"
    ),
    "cannot write {path}: {folder} is not a folder": "نوشتن {path} ممکن نیست: {folder} پوشه نیست",
    "{path} exists already; use --force to replace it": (
        "{path} از قبل وجود دارد؛ برای جایگزینی آن از --force استفاده کنید"
    ),
    "booths must be at most {maximum:,}, got {value}": (
        "تعداد غرفه‌ها باید حداکثر {maximum:,} باشد؛ مقدار داده‌شده: {value}"
    ),
    "wrote {path}: {halls} hall(s), {booths} booth(s), {exhibitors} exhibitor(s)"
    " (infeasible, seed {seed})": (
        "{path} نوشته شد: {halls} سالن، {booths} غرفه، {exhibitors} مشارکت‌کننده"
        " (نشدنی، بذر تصادفی {seed})"
    ),
    "wrote {path}: {halls} hall(s), {booths} booth(s), {exhibitors} exhibitor(s)"
    " (feasible by construction, seed {seed})": (
        "{path} نوشته شد: {halls} سالن، {booths} غرفه، {exhibitors} مشارکت‌کننده"
        " (شدنی از روی ساخت، بذر تصادفی {seed})"
    ),
    # --- tight venues (qods_planner/generate/tight_venues.py, cmd_generate.py) ----
    "wrote {path}: {halls} hall(s), {booths} booth(s), {exhibitors} exhibitor(s)"
    " (tight: {demand} % of the available area requested, seed {seed})": (
        "{path} نوشته شد: {halls} سالن، {booths} غرفه، {exhibitors} مشارکت‌کننده"
        " (فشرده: {demand} درصد مساحت آزاد درخواست شده، بذر تصادفی {seed})"
    ),
    "a sold-out venue in odd halls, not feasible by construction: {shapes}"
    " (see --demand and --pressures)": (
        "نمایشگاهی پُرشده در سالن‌های نامنظم که از روی ساخت شدنی نیست: {shapes}"
        " (‎--demand و ‎--pressures را ببینید)"
    ),
    "requested area as a percentage of the available booths' area, {low}–{high}"
    " (implies --tight mixed)": (
        "مساحت درخواستی به درصدِ مساحت غرفه‌های آزاد، {low} تا {high} (یعنی ‎--tight mixed)"
    ),
    "comma-separated pressures of a tight venue (implies --tight mixed): {names}": (
        "فشارهای نمایشگاه فشرده، جداشده با ویرگول (یعنی ‎--tight mixed): {names}"
    ),
    "unknown pressure {name!r}; choose from {names}": (
        "فشار ناشناختهٔ {name!r}؛ یکی از این‌ها را برگزینید: {names}"
    ),
    "--tight and --infeasible cannot be combined": (
        "‎--tight و ‎--infeasible را نمی‌توان با هم به کار برد"
    ),
    "demand must lie between {low} and {high} %, got {value}": (
        "تقاضا باید میان {low} و {high} درصد باشد، {value} داده شد"
    ),
    "{halls} halls need at least {booths} booths": (
        "{halls} سالن دست‌کم به {booths} غرفه نیاز دارد"
    ),
    "{exhibitors} exhibitor(s) cannot all get a stand from {booths} booth(s); ask for more booths"
    " or an infeasible instance": (
        "از {booths} غرفه نمی‌توان به همهٔ {exhibitors} مشارکت‌کننده غرفه داد؛ غرفهٔ بیشتری"
        " بخواهید یا نمونهٔ نشدنی (--infeasible)"
    ),
    "{exhibitors} exhibitor(s) cannot all get one of {booths} booth(s)": (
        "همهٔ {exhibitors} مشارکت‌کننده نمی‌توانند یکی از {booths} غرفه را بگیرند"
    ),
    "there are not {count} booth(s) of at most {area} m² to reserve": (
        "{count} غرفهٔ حداکثر {area} متر مربعی برای رزرو وجود ندارد"
    ),
    "halls must be 1–{maximum}, got {value}": (
        "تعداد سالن‌ها باید از ۱ تا {maximum} باشد؛ مقدار داده‌شده: {value}"
    ),
    "argument {name}: {message}": "آرگومان {name}: {message}",
    "a hall cannot be drawn for {count} booth(s)": "سالنی برای {count} غرفه کشیده نمی‌شود",
    # --- dates as organisers write them (qods_planner/text/jalali.py) ------------------------
    "{date} is not a Jalali date": "{date} تاریخ شمسی درستی نیست",
    "{date} is not a date": "{date} تاریخ درستی نیست",
    "year {year:d} is neither Jalali ({jalali_from:d}–{jalali_to:d}) nor Gregorian"
    " ({gregorian_from:d}–{gregorian_to:d})": (
        "سال {year:d} نه شمسی است ({jalali_from:d} تا {jalali_to:d}) و نه میلادی"
        " ({gregorian_from:d} تا {gregorian_to:d})"
    ),
    "{value!r} is not a date": "{value!r} تاریخ نیست",
    "{value} is not a date; write it like {example}": (
        "{value} تاریخ نیست؛ آن را به شکل {example} بنویسید"
    ),
    "{value!r} is not a date; write it like {example} or {iso_example}": (
        "{value!r} تاریخ نیست؛ آن را به شکل {example} یا {iso_example} بنویسید"
    ),
    # --- Excel import: cells, rows and workbooks (qods_planner/excel) ------------------------
    "{cell}: {message}; suggestion: {suggestion}": "{cell}: {message}؛ پیشنهاد: {suggestion}",
    "{cell}: {message} (cell holds {raw!r})": "{cell}: {message} (مقدار خانه: {raw!r})",
    "{cell}: {message} (cell holds {raw!r}); suggestion: {suggestion}": (
        "{cell}: {message} (مقدار خانه: {raw!r})؛ پیشنهاد: {suggestion}"
    ),
    "cannot read {path}: {reason}": "خواندن {path} ممکن نیست: {reason}",
    "this is an old .xls workbook or a password-protected one; save it as .xlsx (Excel"
    " Workbook) and try again": (
        "این فایل اکسل قدیمی (.xls) یا رمزدار است؛ آن را با قالب .xlsx (Excel Workbook) ذخیره"
        " کنید و دوباره امتحان کنید"
    ),
    "not a readable .xlsx workbook ({reason})": "فایل اکسل .xlsx خواندنی نیست ({reason})",
    "the workbook has no sheet {sheet!r}": "فایل اکسل برگه‌ای به نام {sheet!r} ندارد",
    "the workbook has no such sheet": "فایل اکسل چنین برگه‌ای ندارد",
    "choose one of: {sheets}": "یکی از این‌ها را انتخاب کنید: {sheets}",
    "no header row found in the first {rows} rows": (
        "در {rows} ردیف نخست، ردیف عنوان ستون‌ها پیدا نشد"
    ),
    "add a header row naming the columns, e.g. نام شرکت، رسته، متراژ": (
        "یک ردیف عنوان بیفزایید که نام ستون‌ها را بگوید، مثلاً «نام شرکت، رسته، متراژ»"
    ),
    "add a header row, e.g. Label, Hall, X (m), Y (m), Width (m), Depth (m)": (
        "یک ردیف عنوان بیفزایید، مثلاً «شماره غرفه، سالن، x، y، عرض، عمق» (به متر)"
    ),
    "no column for {names}": "ستونی برای {names} نیست",
    "add the column, or choose it in the column mapping": (
        "این ستون را بیفزایید، یا در تطبیق ستون‌ها آن را انتخاب کنید"
    ),
    "{problems} problem(s) in {rows} row(s); fix the file or import the valid rows only": (
        "{problems} مشکل در {rows} ردیف؛ فایل را درست کنید یا فقط ردیف‌های درست را وارد کنید"
    ),
    "skipped a heading row (one merged cell across the table)": (
        "ردیف سرفصل (یک خانهٔ ادغام‌شده در پهنای جدول) کنار گذاشته شد"
    ),
    "skipped the template's example row": "ردیف نمونهٔ فرم کنار گذاشته شد",
    "value taken from merged cell {cell}": "مقدار از خانهٔ ادغام‌شدهٔ {cell} برداشته شد",
    "area": "متراژ",
    "requested area": "متراژ درخواستی",
    "smallest area": "حداقل متراژ",
    "largest area": "حداکثر متراژ",
    "corner": "نبش",
    "island": "جزیره",
    "hall required": "سالن الزامی",
    "locked": "قفل",
    "x": "مختصات x",
    "y": "مختصات y",
    "width": "عرض",
    "depth": "عمق",
    "{what} must be a number, not a yes/no value": "{what} باید عدد باشد، نه بله یا خیر",
    "{what} must be a number": "{what} باید عدد باشد",
    "{what} is not a number": "{what} عدد نیست",
    "write a number, e.g. {example:g}": "عدد بنویسید، مثلاً {example:g}",
    "read {raw!r} as {width:g} × {depth:g} = {result:g}": (
        "{raw!r} به صورت {width:g} × {depth:g} = {result:g} خوانده شد"
    ),
    "read {raw!r} as {result:g}": "{raw!r} به صورت {result:g} خوانده شد",
    "write the area in square metres, e.g. {example:g}": (
        "متراژ را به متر مربع بنویسید، مثلاً {example:g}"
    ),
    "phone number has characters other than digits": "شماره تلفن نویسه‌ای جز رقم دارد",
    "write only digits, e.g. {example}": "فقط رقم بنویسید، مثلاً {example}",
    "restored the leading zero of {phone}": "صفر اول {phone} برگردانده شد",
    "phone number {phone} has {count} digits": "شماره تلفن {phone} دارای {count} رقم است",
    "write {length} digits with the leading zero ({mobile}, {landline}) or an {local}-digit"
    " local number": (
        "{length} رقم با صفر اول بنویسید ({mobile}، {landline}) یا شمارهٔ {local} رقمی شهری"
    ),
    "{what} must be yes or no": "{what} باید «بله» یا «خیر» باشد",
    "write بله or خیر (yes or no)": "«بله» یا «خیر» بنویسید",
    "priority must be sponsor, returning or regular": (
        "اولویت باید «حامی»، «سابقه‌دار» یا «عادی» باشد"
    ),
    "write حامی، سابقه‌دار or عادی (sponsor, returning or regular)": (
        "«حامی»، «سابقه‌دار» یا «عادی» بنویسید"
    ),
    "status must be registered or withdrawn": "وضعیت باید «ثبت‌نام» یا «انصراف» باشد",
    "write ثبت‌نام or انصراف (registered or withdrawn)": "«ثبت‌نام» یا «انصراف» بنویسید",
    "an id may only use Latin letters, digits, '_', '-' and '.'": (
        "شناسه فقط می‌تواند حروف لاتین، رقم، '_'، '-' و '.' داشته باشد"
    ),
    "write {id!r}, or leave it blank for a new id": (
        "{id!r} بنویسید، یا خالی بگذارید تا شناسهٔ تازه داده شود"
    ),
    "leave it blank for a new id": "خالی بگذارید تا شناسهٔ تازه داده شود",
    "no Persian name: the English name is used": "نام فارسی ندارد: نام انگلیسی به کار رفت",
    "the company name is missing": "نام شرکت نیامده است",
    "write the company's name": "نام شرکت را بنویسید",
    "the requested area is missing": "متراژ درخواستی نیامده است",
    "the sector is missing": "رسته نیامده است",
    "choose a sector, e.g. {names}": "یک رسته انتخاب کنید، مثلاً {names}",
    "did you mean {name}?": "منظورتان {name} است؟",
    "did you mean {name!r}?": "منظورتان {name!r} است؟",
    "add this sector to the project, or map it to one in the import dialog": (
        "این رسته را به پروژه بیفزایید، یا در پنجرهٔ ورود اطلاعات آن را با یکی از رسته‌ها تطبیق دهید"
    ),
    "unknown sector {sector!r}": "رستهٔ ناشناختهٔ {sector!r}",
    "unknown hall {hall!r}": "سالن ناشناختهٔ {hall!r}",
    "write a hall's name or id: {halls}": "نام یا شناسهٔ یک سالن را بنویسید: {halls}",
    "write a date like {example}": "تاریخ را به شکل {example} بنویسید",
    "Excel stored the Jalali date {date} as a Gregorian date; read it as {iso}": (
        "اکسل تاریخ شمسی {date} را میلادی ذخیره کرده بود؛ به تاریخ میلادی {iso} خوانده شد"
    ),
    "read the Jalali date {date} as {iso}": "تاریخ شمسی {date} به تاریخ میلادی {iso} خوانده شد",
    "the same company as row {row}": "همان شرکت ردیف {row} است",
    "remove the repeated row or give each row its own id": (
        "ردیف تکراری را پاک کنید یا به هر ردیف شناسهٔ جداگانه بدهید"
    ),
    "the same id as row {row}": "همان شناسهٔ ردیف {row} است",
    "give each company its own id, or leave it blank": (
        "به هر شرکت شناسهٔ جداگانه بدهید، یا آن را خالی بگذارید"
    ),
    "no company called {name!r}": "شرکتی به نام {name!r} نیست",
    "write the company's name as in its own row": (
        "نام شرکت را همان‌طور بنویسید که در ردیف خودش آمده است"
    ),
    "a company cannot be its own competitor": "یک شرکت نمی‌تواند رقیب خودش باشد",
    "a company cannot be its own partner": "یک شرکت نمی‌تواند شریک خودش باشد",
    "no booth labelled {label!r}": "غرفه‌ای با شمارهٔ {label!r} نیست",
    "write booth labels as on the plan, e.g. {example}": (
        "شمارهٔ غرفه‌ها را همان‌طور که روی نقشه است بنویسید، مثلاً {example}"
    ),
    "the smallest area {smallest:g} m² is more than the requested {requested:g} m²": (
        "حداقل متراژ ({smallest:g} متر مربع) بیشتر از متراژ درخواستی ({requested:g} متر مربع) است"
    ),
    "the largest area {largest:g} m² is less than the requested {requested:g} m²": (
        "حداکثر متراژ ({largest:g} متر مربع) کمتر از متراژ درخواستی ({requested:g} متر مربع) است"
    ),
    "write at most {value:g}": "حداکثر {value:g} بنویسید",
    "write at least {value:g}": "دست‌کم {value:g} بنویسید",
    "a required hall needs a hall": "وقتی سالن الزامی است، نام سالن هم باید بیاید",
    "write the hall in the hall column, or answer خیر (no)": (
        "نام سالن را در ستون «سالن» بنویسید، یا در این ستون «خیر» بنویسید"
    ),
    "{added} new, {changed} changed, {unchanged} unchanged, {absent} not in the sheet": (
        "{added} تازه، {changed} تغییرکرده، {unchanged} بدون تغییر، {absent} نیامده در برگه"
    ),
    "the booth label is missing": "شمارهٔ غرفه نیامده است",
    "write a label, e.g. {example}": "شمارهٔ غرفه را بنویسید، مثلاً {example}",
    "the same label as row {row}": "همان شمارهٔ غرفهٔ ردیف {row} است",
    "give each booth its own label": "به هر غرفه شمارهٔ جداگانه بدهید",
    "the hall is missing": "سالن نیامده است",
    "write one of: {names}": "یکی از این‌ها را بنویسید: {names}",
    "{what} is missing": "{what} نیامده است",
    "write metres, e.g. {example:g}": "به متر بنویسید، مثلاً {example:g}",
    "a booth side must be at least {metres:g} m": "هر ضلع غرفه باید دست‌کم {metres:g} متر باشد",
    "status must be available, blocked or reserved": "وضعیت باید «آزاد»، «مسدود» یا «رزروشده» باشد",
    "write آزاد، مسدود or رزروشده (available, blocked or reserved)": (
        "«آزاد»، «مسدود» یا «رزروشده» بنویسید"
    ),
    "the booth runs outside {hall} ({width:g} × {depth:g} m)": (
        "غرفه از محدودهٔ {hall} ({width:g} × {depth:g} متر) بیرون زده است"
    ),
    "check x, y, width and depth (in metres)": "مختصات x و y، عرض و عمق را (به متر) بررسی کنید",
    "row {row} ({label})": "ردیف {row} ({label})",
    "booth {label} overlaps {clash}": "غرفه {label} با {clash} هم‌پوشانی دارد",
    "move it (x, y) or make it smaller": "آن را جابه‌جا کنید (x، y) یا کوچک‌ترش کنید",
    "this workbook is not an export of Qods Planner": (
        "این فایل اکسل خروجی برنامه‌ریز نمایشگاه قدس نیست"
    ),
    "export the plan again and edit that workbook": (
        "نقشه چیدمان را دوباره خروجی بگیرید و همان فایل را ویرایش کنید"
    ),
    "the hidden {sheet} sheet is damaged": "برگهٔ پنهان {sheet} آسیب دیده است",
    "exported by a newer version of Qods Planner": (
        "با نسخهٔ جدیدتری از برنامه‌ریز نمایشگاه قدس خروجی گرفته شده است"
    ),
    "update Qods Planner": "برنامه‌ریز نمایشگاه قدس را به‌روز کنید",
    "exported from another project": "از پروژهٔ دیگری خروجی گرفته شده است",
    "open the project this workbook was exported from": (
        "پروژه‌ای را باز کنید که این فایل از آن خروجی گرفته شده است"
    ),
    "no Assignments sheet with ID and Booths columns": (
        "برگهٔ «تخصیص غرفه‌ها» با ستون‌های «شناسه» و «غرفه» پیدا نشد"
    ),
    "keep the Assignments sheet and its header row": (
        "برگهٔ «تخصیص غرفه‌ها» و ردیف عنوان آن را نگه دارید"
    ),
    "the exhibitor id is missing": "شناسهٔ مشارکت‌کننده نیامده است",
    "keep the ID column of every row": "ستون «شناسه» را در همهٔ ردیف‌ها نگه دارید",
    "no exhibitor with id {id!r}": "مشارکت‌کننده‌ای با شناسهٔ {id!r} نیست",
    "keep the ids as exported": "شناسه‌ها را همان‌طور که در خروجی آمده نگه دارید",
    "exhibitor {id} has two rows": "مشارکت‌کننده {id} دو ردیف دارد",
    "keep one row per exhibitor": "برای هر مشارکت‌کننده فقط یک ردیف نگه دارید",
    "write booth labels as on the plan, separated by commas": (
        "شمارهٔ غرفه‌ها را همان‌طور که روی نقشه است، جداشده با ویرگول بنویسید"
    ),
    "a locked exhibitor needs a booth": "مشارکت‌کنندهٔ قفل‌شده باید غرفه داشته باشد",
    "clear the lock or add a booth": "قفل را بردارید یا غرفه‌ای بیفزایید",
    "booth {label} would be held by both {first} and {second}": (
        "غرفه {label} هم به {first} می‌رسد و هم به {second}"
    ),
    "give each booth to one exhibitor (it may have changed in the program since the export)": (
        "هر غرفه را به یک مشارکت‌کننده بدهید (شاید پس از خروجی گرفتن در برنامه تغییر کرده باشد)"
    ),
    # --- command line: template, import-exhibitors, import-booths, import-plan ---------------
    "write a blank registration workbook (.xlsx)": "ساختن فرم خالی ثبت‌نام در اکسل (.xlsx)",
    "Write an empty registration workbook: every column the import reads, a sector drop-down,"
    " yes/no and priority drop-downs, and an example row (skipped on import). Sectors and halls"
    " come from PROJECT if given, else the default Qods sectors.": (
        "یک فرم خالی ثبت‌نام در اکسل می‌سازد: همهٔ ستون‌هایی که ورود اطلاعات می‌خواند، فهرست"
        " بازشوی رسته‌ها، فهرست‌های بازشوی بله/خیر و اولویت، و یک ردیف نمونه (که هنگام ورود"
        " کنار گذاشته می‌شود). رسته‌ها و سالن‌ها از PROJECT برداشته می‌شوند، و اگر داده نشود"
        " رسته‌های پیش‌فرض نمایشگاه قدس."
    ),
    "workbook to write": "فایل اکسلی که نوشته می‌شود",
    "take sectors and halls from here": "رسته‌ها و سالن‌ها از این پروژه برداشته شوند",
    "column names in Persian or English (default: the project's, or fa)": (
        "نام ستون‌ها به فارسی یا انگلیسی (پیش‌فرض: زبان پروژه، و در نبود آن fa)"
    ),
    "{path} must end in .xlsx": "نام {path} باید به .xlsx ختم شود",
    "cannot write {path}: {reason}": "نوشتن {path} ممکن نیست: {reason}",
    "wrote {path}: {count} sector(s) in the drop-down": (
        "{path} نوشته شد: {count} رسته در فهرست بازشو"
    ),
    "project file": "فایل پروژه",
    "workbook to read (never written)": "فایل اکسلی که خوانده می‌شود (هرگز در آن نوشته نمی‌شود)",
    "import the rows without problems, leave the others out": (
        "ردیف‌های بی‌مشکل وارد شوند و بقیه کنار گذاشته شوند"
    ),
    "write the updated project here (default: PROJECT itself)": (
        "پروژهٔ به‌روزشده اینجا نوشته شود (پیش‌فرض: خود PROJECT)"
    ),
    "the sheet to read (default: the one that fits)": (
        "برگه‌ای که خوانده می‌شود (پیش‌فرض: برگه‌ای که جور درمی‌آید)"
    ),
    "the header's row number (default: found by itself)": (
        "شمارهٔ ردیف عنوان ستون‌ها (پیش‌فرض: خودکار پیدا می‌شود)"
    ),
    "report problems and differences, write nothing": (
        "فقط مشکلات و تفاوت‌ها گزارش شوند و چیزی نوشته نشود"
    ),
    "import exhibitors from an Excel workbook (.xlsx)": "ورود مشارکت‌کنندگان از فایل اکسل (.xlsx)",
    "Import exhibitors from FILE.xlsx into PROJECT. The header row and columns are found by"
    " their Persian or English names. Every problem is listed with its cell; if there is any,"
    " nothing is imported unless --valid-rows-only. Re-importing updates exhibitors by id (or"
    " by name/label) and lists the differences.": (
        "مشارکت‌کنندگان را از FILE.xlsx به PROJECT وارد می‌کند. ردیف عنوان و ستون‌ها از روی نام"
        " فارسی یا انگلیسی‌شان پیدا می‌شوند. هر مشکل با خانهٔ آن فهرست می‌شود؛ اگر مشکلی باشد،"
        " چیزی وارد نمی‌شود مگر با --valid-rows-only. ورود دوباره، مشارکت‌کنندگان را با شناسه"
        " (یا نام) به‌روز می‌کند و تفاوت‌ها را فهرست می‌کند."
    ),
    "import booths from an Excel workbook (.xlsx)": "ورود غرفه‌ها از فایل اکسل (.xlsx)",
    "Import booths from FILE.xlsx into PROJECT. The header row and columns are found by their"
    " Persian or English names. Every problem is listed with its cell; if there is any, nothing"
    " is imported unless --valid-rows-only. Re-importing updates booths by id (or by"
    " name/label) and lists the differences.": (
        "غرفه‌ها را از FILE.xlsx به PROJECT وارد می‌کند. ردیف عنوان و ستون‌ها از روی نام فارسی"
        " یا انگلیسی‌شان پیدا می‌شوند. هر مشکل با خانهٔ آن فهرست می‌شود؛ اگر مشکلی باشد، چیزی"
        " وارد نمی‌شود مگر با --valid-rows-only. ورود دوباره، غرفه‌ها را با شناسه (یا شمارهٔ"
        " غرفه) به‌روز می‌کند و تفاوت‌ها را فهرست می‌کند."
    ),
    "read back the plan of an exported workbook edited in Excel": (
        "خواندن دوبارهٔ نقشه چیدمان از خروجی اکسلی که در اکسل ویرایش شده است"
    ),
    "Read the Assignments sheet of a workbook made by `export --xlsx` and edited in Excel:"
    " booths changed, rows removed or added, locks set or cleared. Only those edits are applied"
    " to the project's current plan. With any problem nothing is applied (exit code 1).": (
        "برگهٔ «تخصیص غرفه‌ها» را از فایلی که با `export --xlsx` ساخته و در اکسل ویرایش شده"
        " می‌خواند: غرفه‌های عوض‌شده، ردیف‌های حذف‌شده یا افزوده، قفل‌های گذاشته یا برداشته."
        " فقط همین ویرایش‌ها روی نقشه چیدمان کنونی پروژه اعمال می‌شوند. اگر مشکلی باشد، هیچ چیز"
        " اعمال نمی‌شود (کد خروج ۱)."
    ),
    "the edited export (never written)": "خروجی ویرایش‌شده (هرگز در آن نوشته نمی‌شود)",
    "report, write nothing": "فقط گزارش، بی‌آنکه چیزی نوشته شود",
    "no such workbook: {path}": "چنین فایل اکسلی وجود ندارد: {path}",
    "no known column names in row {row} of sheet {sheet!r}": (
        "در ردیف {row} برگهٔ {sheet!r} نام ستون شناخته‌شده‌ای نیست"
    ),
    "no known column names in the first {rows} rows of sheet {sheet!r}": (
        "در {rows} ردیف نخست برگهٔ {sheet!r} نام ستون شناخته‌شده‌ای نیست"
    ),
    "problem  {issue}": "مشکل    {issue}",
    "fixed    {issue}": "اصلاح   {issue}",
    "fixed    … and {count} more corrections": "اصلاح   … و {count} اصلاح دیگر",
    "{count} problem(s): nothing imported. Fix the workbook, or use --valid-rows-only to import"
    " the rows without problems.": (
        "{count} مشکل: چیزی وارد نشد. فایل اکسل را درست کنید، یا با --valid-rows-only ردیف‌های"
        " بی‌مشکل را وارد کنید."
    ),
    "dry run: nothing written": "اجرای آزمایشی: چیزی نوشته نشد",
    "wrote {path}": "{path} نوشته شد",
    "new      {id}  {name}": "تازه     {id}  {name}",
    "changed  {id}  {name}: {fields}": "تغییر    {id}  {name}: {fields}",
    "{summary}; {count} row(s) left out": "{summary}؛ {count} ردیف کنار گذاشته شد",
    "{new} new booth(s), {changed} changed; {count} row(s) left out": (
        "{new} غرفهٔ تازه، {changed} غرفهٔ تغییرکرده؛ {count} ردیف کنار گذاشته شد"
    ),
    "{count} problem(s): nothing applied.": "{count} مشکل: هیچ چیز اعمال نشد.",
    "moved    {id}: {before} → {after}": "جابه‌جا  {id}: {before} → {after}",
    "locked  {id}": "قفل شد  {id}",
    "unlocked  {id}": "قفل برداشته شد  {id}",
    "no edits found: the plan is as exported": "ویرایشی پیدا نشد: نقشه چیدمان همان خروجی است",
    "id": "شناسه",
    "name_fa": "نام فارسی",
    "name_en": "نام انگلیسی",
    "sector_id": "رسته",
    "requested_m2": "متراژ درخواستی",
    "min_m2": "حداقل متراژ",
    "max_m2": "حداکثر متراژ",
    "needs.power": "نیاز به برق",
    "needs.water": "نیاز به آب",
    "needs.heavy_floor": "نیاز به کف مقاوم",
    "wishes.corner": "غرفهٔ نبش می‌خواهد",
    "wishes.island": "غرفهٔ جزیره می‌خواهد",
    "wishes.preferred_hall": "سالن ترجیحی",
    "wishes.hall_required": "سالن الزامی",
    "priority": "اولویت",
    "registered_on": "تاریخ ثبت‌نام",
    "competitors": "رقبا",
    "pinned_booths": "غرفه‌های ثابت",
    "status": "وضعیت",
    "phone": "تلفن",
    "note": "توضیحات",
    "yes": "بله",
    "no": "خیر",
    "registered": "ثبت‌نام‌شده",
    "withdrawn": "انصراف‌داده",
    # --- the exported workbook: reasons and the floor plan (qods_planner/excel/export) -------
    "a heavy floor": "کف مقاوم",
    "its pinned booth no longer exists": "غرفهٔ ثابت آن دیگر وجود ندارد",
    "its pinned booth is blocked: {booths}": "غرفهٔ ثابت آن مسدود است: {booths}",
    "its pinned booth is taken: {booths}": "غرفهٔ ثابت آن به دیگری داده شده است: {booths}",
    "no booth in {hall} offers {needs}": "هیچ غرفه‌ای در {hall} {needs} ندارد",
    "no booth offers {needs}": "هیچ غرفه‌ای {needs} ندارد",
    "no open booth in {hall}": "هیچ غرفهٔ آزادی در {hall} نیست",
    "no open booth": "هیچ غرفهٔ آزادی نیست",
    "no booth or row of booths between {smallest:g} and {largest:g} m² suits it": (
        "هیچ غرفه یا ردیف غرفه‌ای با متراژ {smallest:g} تا {largest:g} متر مربع برای آن نیست"
    ),
    "every suitable booth or run ({count}) is taken": (
        "همهٔ غرفه‌ها یا ردیف‌های مناسب آن ({count}) پر شده‌اند"
    ),
    "the free suitable booths are next to a competitor": (
        "غرفه‌های آزاد مناسب آن همسایهٔ یک رقیب هستند"
    ),
    "not placed (a re-solve may place it)": "جا داده نشده است (شاید با چیدمان دوباره جا بگیرد)",
    "removed from the project": "از پروژه حذف شد",
    "withdrew": "انصراف داد",
    "was not in the published plan": "در نقشه پایه منتشرشده نبود",
    "waitlisted: {reason}": "به فهرست انتظار رفت: {reason}",
    "its old booth was removed": "غرفهٔ پیشین آن حذف شد",
    "its old booth was blocked: {booths}": "غرفهٔ پیشین آن مسدود شد: {booths}",
    "its request changed (the old stand has {area:g} m²)": (
        "درخواستش تغییر کرد (غرفهٔ پیشین {area:g} متر مربع است)"
    ),
    "the old stand lacks what it now needs": "غرفهٔ پیشین امکانات تازهٔ مورد نیاز آن را ندارد",
    "moved by hand": "دستی جابه‌جا شد",
    "re-planned by the solver": "در چیدمان دوباره جابه‌جا شد",
    "{width:g} × {depth:g} m · each cell = {cell:g} m": (
        "{width:g} × {depth:g} متر · هر خانه = {cell:g} متر"
    ),
    # --- command line: export (ui/export_cli.py, ui/open_cli.py) ----------------------------------
    "export the plan as an Excel workbook, a PDF, a PNG or an SVG": (
        "خروجی گرفتن از نقشه چیدمان به صورت فایل اکسل، PDF، PNG یا SVG"
    ),
    "Export the project's plan. --xlsx: a workbook with Assignments, Booths, By sector,"
    " Waitlist (with reasons), Changes since the published plan and one floor-plan sheet per"
    " hall; an edited copy can be read back. --pdf: a vector PDF of each hall (tiled over"
    " several sheets when its names need it; no text under 6 pt), the key to the numbered"
    " stands and the index of exhibitors; with --index the index is its own PDF. --png/--svg:"
    " the plan sheets, one below the other. Give at least one output.": (
        "از نقشه چیدمان پروژه خروجی می‌گیرد. --xlsx: فایل اکسلی با برگه‌های تخصیص غرفه‌ها،"
        " غرفه‌ها، به تفکیک رسته، فهرست انتظار (با علت)، تغییرات نسبت به نقشه پایه منتشرشده و"
        " یک برگهٔ نقشه برای هر سالن؛ نسخهٔ ویرایش‌شدهٔ آن را می‌توان دوباره خواند. --pdf: یک"
        " PDF برداری از هر سالن (اگر نام‌ها جا نشوند در چند برگ؛ هیچ نوشته‌ای کوچک‌تر از ۶"
        " پوینت نیست)، راهنمای غرفه‌های شماره‌دار و فهرست الفبایی غرفه‌گذاران؛ با --index فهرست"
        " در PDF جداگانه‌ای می‌آید. --png/--svg: برگ‌های نقشه، یکی زیر دیگری. دست‌کم یک خروجی"
        " بدهید."
    ),
    "write the workbook here": "فایل اکسل اینجا نوشته شود",
    "write the printable PDF here": "PDF چاپی اینجا نوشته شود",
    "write the index of exhibitors here, as its own PDF": (
        "فهرست الفبایی غرفه‌گذاران جداگانه در این PDF نوشته شود"
    ),
    "page orientation (default {value})": "جهت صفحه (پیش‌فرض {value})",
    "auto: a hall takes as many sheets as its names need to be printed at 6 pt or more; fit:"
    " one sheet per hall, leaving out the words that do not fit": (
        "auto: هر سالن در هر چند برگی که لازم است تا نام‌ها دست‌کم ۶ پوینت چاپ شوند؛ fit: هر"
        " سالن در یک برگ، و نوشته‌هایی که جا نشوند چاپ نمی‌شوند"
    ),
    "resolution of the PNG (default {value})": "وضوح تصویر PNG (پیش‌فرض {value})",
    "{count} labels or names do not fit at 6 pt on {paper} and were left out (--tiling auto"
    " prints them on more sheets)": (
        "{count} شماره یا نام در کاغذ {paper} با اندازهٔ دست‌کم ۶ پوینت جا نشد و چاپ نشد"
        " (--tiling auto آن‌ها را در برگ‌های بیشتری چاپ می‌کند)"
    ),
    "write a PNG image here": "تصویر PNG اینجا نوشته شود",
    "write an SVG drawing here": "نقشهٔ SVG اینجا نوشته شود",
    "paper size of the PDF, PNG and SVG pages (default {paper})": (
        "اندازهٔ کاغذ صفحه‌های PDF، PNG و SVG (پیش‌فرض {paper})"
    ),
    "language of the workbook and drawings (default: the project's)": (
        "زبان فایل اکسل و نقشه‌ها (پیش‌فرض: زبان پروژه)"
    ),
    "--{option} {path}: the file name must end in {suffix}": (
        "--{option} {path}: نام فایل باید به {suffix} ختم شود"
    ),
    "--{option} {path} is a folder; give a file name": (
        "--{option} {path} یک پوشه است؛ نام یک فایل را بدهید"
    ),
    "nothing to export: give --xlsx, --pdf, --index, --png or --svg": (
        "خروجی‌ای خواسته نشده است: --xlsx، --pdf، --index، --png یا --svg را بدهید"
    ),
    "an export would overwrite the project file itself": "این خروجی روی خود فایل پروژه نوشته می‌شد",
    "wrote {path} ({paper}, {pages} page(s))": "{path} نوشته شد ({paper}، {pages} صفحه)",
    "wrote {path} ({paper}, {width} × {height} px)": (
        "{path} نوشته شد ({paper}، {width} × {height} پیکسل)"
    ),
    # --- the fields of a booth, in the differences a booth import shows ----------------------
    "label": "شماره غرفه",
    "hall_id": "سالن",
    "heavy_floor": "کف مقاوم",
    "available": "آزاد",
    "blocked": "مسدود",
    "reserved": "رزروشده",
    # --- the solver: why a place cannot be an exhibitor's stand (solver/stand_rules/) ---------
    "{area:g} m²": "{area:g} متر مربع",
    "{low:g}–{high:g} m²": "{low:g} تا {high:g} متر مربع",
    "pinned": "تثبیت‌شده",
    "{size} with {needs}": "{size} با {needs}",
    "{size} with {needs} in {hall}": "{size} با {needs} در {hall}",
    "{size} in {hall}": "{size} در {hall}",
    "uses blocked booth {labels}": "از غرفهٔ مسدود {labels} استفاده می‌کند",
    "uses booth {labels}, reserved for another exhibitor": (
        "از غرفهٔ {labels} استفاده می‌کند که برای مشارکت‌کنندهٔ دیگری رزرو شده است"
    ),
    "spans two halls": "در دو سالن قرار می‌گیرد",
    "is not a straight run of adjacent booths": "ردیف مستقیمی از غرفه‌های کنار هم نیست",
    "is {size}; it accepts {accepted}": "{size} است؛ این مشارکت‌کننده {accepted} می‌پذیرد",
    "lacks {needs}": "{needs} ندارد",
    "is in {hall}, not the required hall {required}": (
        "در سالن {hall} است، نه در سالن الزامی {required}"
    ),
    "is kept for {kind} {name}": "برای {name} ({kind}) نگه داشته شده است",
    "is next to competitor {name}, who is {kind}": "کنار رقیب، {name}، است که غرفه‌اش {kind} است",
    # --- the solver: why an exhibitor is waitlisted, why fixed stands clash (solver/explain.py)
    "{items} and {count} more": "{items} و {count} مورد دیگر",
    " in this plan, by {names}": "، در این نقشه به دست {names}",
    "; it could be placed only by waitlisting someone of equal or higher priority ({names})": (
        "؛ تنها با فرستادن کسی با اولویت برابر یا بالاتر به فهرست انتظار جا می‌گرفت ({names})"
    ),
    "; it could be placed by waitlisting others instead ({names})": (
        "؛ با فرستادن دیگران به فهرست انتظار جا می‌گرفت ({names})"
    ),
    "; it could be placed only by moving others, at a cost at least as high": (
        "؛ تنها با جابه‌جا کردن دیگران، با هزینه‌ای دست‌کم به همین اندازه، جا می‌گرفت"
    ),
    "; making room would move other exhibitors, which costs more than it gains": (
        "؛ باز کردن جا مشارکت‌کنندگان دیگری را جابه‌جا می‌کرد که هزینه‌اش از سودش بیشتر است"
    ),
    "; room could be made by moving others, but the search ended first": (
        "؛ با جابه‌جا کردن دیگران می‌شد جا باز کرد، اما جست‌وجو پیش از آن به پایان رسید"
    ),
    "; not analysed in time whether another plan could place it": (
        "؛ فرصت نشد بررسی شود که نقشهٔ دیگری می‌توانست جایش دهد یا نه"
    ),
    "; no plan that waitlists and moves no more places it": (
        "؛ هیچ نقشه‌ای با فهرست انتظار و جابه‌جایی نه بیشتر از این، جایش نمی‌دهد"
    ),
    "; no plan with a waitlist as short places it": (
        "؛ هیچ نقشه‌ای با فهرست انتظاری به همین کوتاهی جایش نمی‌دهد"
    ),
    "{count} on the waitlist — no plan can place more (by priority)": (
        "{count} در فهرست انتظار — هیچ نقشه‌ای بیشتر جا نمی‌دهد (به ترتیب اولویت)"
    ),
    "waitlist cost {cost}; no plan can cost less than {bound} (not proven minimal)": (
        "هزینهٔ فهرست انتظار {cost}؛ هیچ نقشه‌ای کمتر از {bound} هزینه ندارد (کمینه بودنش ثابت نشده)"
    ),
    "the fast profile races its search against the wall clock": (
        "حالت سریع جست‌وجو را با ساعت واقعی مسابقه می‌دهد"
    ),
    "the time limit ({seconds} s of wall time) ended {phases} before its fixed budget of work": (
        "مهلت ({seconds} ثانیهٔ واقعی) {phases} را پیش از پایان بودجهٔ ثابت کارش متوقف کرد"
    ),
    "not reproducible: {why}": "تکرارپذیر نیست: {why}",
    "waitlist share must lie in (0, 1), got {value}": (
        "سهم فهرست انتظار باید میان ۰ و ۱ باشد، {value} داده شد"
    ),
    "no booth or straight run of booths measures {size}": (
        "هیچ غرفه یا ردیف مستقیمی از غرفه‌ها {size} نیست"
    ),
    "none of the {count} places of {size} offers {needs}": (
        "هیچ‌یک از {count} جای {size} {needs} ندارد"
    ),
    "no place in the required {hall} fits {request}": (
        "در {hall}، سالن الزامی، هیچ جایی با {request} جور نیست"
    ),
    "every place that fits ({request}) uses a blocked or reserved booth": (
        "هر جایی که جور است ({request}) از غرفه‌ای مسدود یا رزروشده استفاده می‌کند"
    ),
    "every place that fits ({request}) is kept for pinned or locked exhibitors ({names})": (
        "هر جایی که جور است ({request}) برای مشارکت‌کنندگان تثبیت‌شده یا قفل‌شده ({names})"
        " نگه داشته شده است"
    ),
    "every place that fits ({request}) is next to its competitor {names}, whose stand is fixed": (
        "هر جایی که جور است ({request}) کنار رقیب آن، {names}، است که غرفه‌اش ثابت است"
    ),
    "all {count} place that fit ({request}) are taken": (
        "هر {count} جایی که جور است ({request}) گرفته شده است"
    ),
    "all {count} places that fit ({request}) are taken": (
        "همهٔ {count} جایی که جور است ({request}) گرفته شده‌اند"
    ),
    " by exhibitors placed first ({names})": (
        "، به دست مشارکت‌کنندگانی که زودتر جا گرفته‌اند ({names})"
    ),
    " or next to its competitor {names}": " یا کنار رقیب آن، {names}، است",
    "≥ {size}": "دست‌کم {size}",
    "{count} exhibitor ({names}) need {need}": (
        "{count} مشارکت‌کننده ({names}) به {need} نیاز دارد"
    ),
    "{count} exhibitors ({names}) need {need}": (
        "{count} مشارکت‌کننده ({names}) به {need} نیاز دارند"
    ),
    "{who}; only {count} such booth is available ({labels})": (
        "{who}؛ فقط {count} غرفه با این ویژگی آزاد است ({labels})"
    ),
    "{who}; only {count} such booths are available ({labels})": (
        "{who}؛ فقط {count} غرفه با این ویژگی آزاد است ({labels})"
    ),
    "{who}; the booths that fit them ({labels}) cannot keep competitors apart ({rivals})": (
        "{who}؛ غرفه‌هایی که برایشان جور است ({labels}) رقیبان را از هم دور نگه نمی‌دارند ({rivals})"
    ),
    "{who}; the booths that fit them ({labels}) hold at most {room} of these stands at once": (
        "{who}؛ غرفه‌هایی که برایشان جور است ({labels}) هم‌زمان حداکثر {room} غرفه از این‌ها"
        " را جا می‌دهند"
    ),
    "{first} ({first_kind}) and {second} ({second_kind}) both hold booth {labels}": (
        "{first} ({first_kind}) و {second} ({second_kind}) هر دو غرفهٔ {labels} را دارند"
    ),
    "competitors {first} ({first_kind} to {first_labels}) and {second}"
    " ({second_kind} to {second_labels}) would be neighbours": (
        "رقیبان {first} ({first_kind} در {first_labels}) و {second}"
        " ({second_kind} در {second_labels}) همسایه می‌شدند"
    ),
    "the pinned or locked stands of {names} cannot all be kept": (
        "غرفه‌های تثبیت‌شده یا قفل‌شدهٔ {names} را نمی‌توان همه با هم نگه داشت"
    ),
    # --- the solver: why a re-solve moved an exhibitor (solver/change_list.py, solver/repair.py) --
    "newly placed: not in the previous plan": "تازه جا گرفت: در نقشهٔ قبلی نبود",
    "its stand {labels} uses booths that no longer exist": (
        "غرفهٔ او ({labels}) از غرفه‌هایی استفاده می‌کند که دیگر وجود ندارند"
    ),
    "no longer fits its requirements": "دیگر با نیازهای او جور نیست",
    "its stand {labels} {why}": "غرفهٔ او ({labels}): {why}",
    "its stand {labels} would be next to competitor {names}": (
        "غرفهٔ او ({labels}) کنار رقیب، {names}، قرار می‌گرفت"
    ),
    "its stand was changed by hand since the previous plan": (
        "غرفهٔ او پس از نقشهٔ قبلی با دست تغییر کرده است"
    ),
    "withdrawn: its stand is released": "انصراف داد: غرفهٔ او آزاد شد",
    "moved to make room for {names}": "جابه‌جا شد تا برای {names} جا باز شود",
    "moved so that the changed stands fit": "جابه‌جا شد تا غرفه‌های تغییرکرده جا شوند",
    "no place left": "جایی نماند",
    "loses its stand: {head}; waitlisted: {reason}": (
        "غرفه‌اش را از دست می‌دهد: {head}؛ در فهرست انتظار: {reason}"
    ),
    "its booths are now used by {name}": "غرفه‌های او اکنون در اختیار {name} است",
    "its stand is next to competitor {name}": "غرفهٔ او کنار رقیب، {name}، است",
    "its stand can no longer be kept": "غرفهٔ او دیگر نگه داشته نمی‌شود",
    # --- the solver: pinned and locked stands that cannot hold (solver/instance.py) ----------
    "{who} is pinned to booths that do not exist: {ids}": (
        "{who} به غرفه‌هایی تثبیت شده که وجود ندارند: {ids}"
    ),
    "{who} is locked on {locked} but pinned to {pinned}": (
        "{who} روی {locked} قفل شده ولی به {pinned} تثبیت شده است"
    ),
    "{who} is {kind} to {labels}, but that stand {why}": (
        "{who} در {labels} {kind} است، ولی آن غرفه {why}"
    ),
    # --- the solver's command line (solver/solve_cli.py) ----------------------------------------
    "assign booths to every exhibitor with the OR-Tools solver": (
        "به هر مشارکت‌کننده با حل‌کنندهٔ OR-Tools غرفه بده"
    ),
    "Assign booths. With a plan in the project, re-solve it with the fewest moves; with "
    "--fresh, plan from scratch. Writes the solved project to --out (default: "
    "NAME.solved.qods.json beside the input; the input is never overwritten unless --out "
    "names it) and, with --report, a JSON report (docs/solve-report.md).": (
        "غرفه‌ها را واگذار کن. اگر پروژه نقشهٔ چیدمان دارد، آن را با کمترین جابه‌جایی دوباره "
        "حل می‌کند؛ با --fresh از نو می‌چیند. پروژهٔ حل‌شده را در --out می‌نویسد (پیش‌فرض: "
        "NAME.solved.qods.json کنار فایل ورودی؛ فایل ورودی هرگز بازنویسی نمی‌شود مگر آنکه "
        "--out همان را بدهد) و با --report یک گزارش JSON (docs/solve-report.md)."
    ),
    "seconds of search (default: the project's solver settings, and at most 10 s for a re-solve)": (
        "ثانیه‌های جست‌وجو (پیش‌فرض: تنظیمات حل‌کنندهٔ پروژه، و برای حل دوباره حداکثر ۱۰ ثانیه)"
    ),
    "random seed (default: project's)": "بذر تصادفی (پیش‌فرض: بذر پروژه)",
    "ignore the current plan's stands": "غرفه‌های نقشهٔ چیدمان فعلی نادیده گرفته شود",
    "race the search against the wall clock (faster, but runs may differ)": (
        "جست‌وجو با ساعت واقعی مسابقه دهد (سریع‌تر، ولی اجراها ممکن است فرق کنند)"
    ),
    "where to write the solved project": "پروژهٔ حل‌شده کجا نوشته شود",
    "write a JSON report here": "گزارش JSON اینجا نوشته شود",
    "time limit must be a number, got {text!r}": "محدودیت زمان باید عدد باشد، داده شد: {text!r}",
    "time limit must be between 0 and 3600 s, got {text}": (
        "محدودیت زمان باید بین ۰ و ۳۶۰۰ ثانیه باشد، داده شد: {text}"
    ),
    "seed must be a whole number, got {text!r}": "بذر تصادفی باید عدد صحیح باشد، داده شد: {text!r}",
    "seed must be ≥ 0, got {value}": "بذر تصادفی باید ≥ ۰ باشد، داده شد: {value}",
    "status: {status}": "وضعیت: {status}",
    ", gap {gap:.1f} %": "، فاصله {gap:.1f}٪",
    "score {score} (bound {bound}{gap}); {assigned} assigned, {waitlisted} waitlisted, "
    "{moved} moved; {seconds:.1f} s": (
        "امتیاز {score} (کران {bound}{gap})؛ {assigned} غرفه‌دار، {waitlisted} در فهرست "
        "انتظار، {moved} جابه‌جایی؛ {seconds:.1f} ثانیه"
    ),
    "waitlisted {name} ({id}): {reason}": "در فهرست انتظار: {name} ({id}): {reason}",
    "change {name} ({id}): {before} -> {after} ({why})": (
        "تغییر {name} ({id}): {before} ← {after} ({why})"
    ),
    "no stand": "بدون غرفه",
    "cannot plan: {reason}": "چیدمان ممکن نیست: {reason}",
    "written: {path}": "نوشته شد: {path}",
    "optimal": "بهینه",
    "feasible": "معتبر",
    "time_limit": "پایان محدودیت زمان",
    "cancelled": "لغوشده",
    "infeasible": "ناشدنی",
    "no_plan": "بی‌نقشه",
    "cannot write the report {path}: {reason}": "گزارش {path} نوشته نشد: {reason}",
    # --- the solver's settings (solver/params.py) ------------------------------------------
    "time limit must be > 0 s, got {value}": "محدودیت زمان باید > ۰ ثانیه باشد، داده شد: {value}",
    "workers must be ≥ 1, got {value}": "تعداد کارگرها باید ≥ ۱ باشد، داده شد: {value}",
    "presolve must be one of {choices}, got {value!r}": (
        "پیش‌حل باید یکی از {choices} باشد، داده شد: {value!r}"
    ),
    "anneal share must lie in [0, 1), got {value}": (
        "سهم بهبود محلی باید در بازهٔ [۰، ۱) باشد، داده شد: {value}"
    ),
    "resolve share must lie in (0, 1), got {value}": (
        "سهم حل دوباره باید در بازهٔ (۰، ۱) باشد، داده شد: {value}"
    ),
    # --- the problem handed to the solver (qods_planner/snapshot/problem.py) ----------------
    "booth {id} area must be > 0 cm²": "مساحت غرفهٔ {id} باید > ۰ سانتی‌متر مربع باشد",
    "booth {id} status must be one of {choices}": "وضعیت غرفهٔ {id} باید یکی از {choices} باشد",
    "booth {id} kind must be one of {choices}": "نوع غرفهٔ {id} باید یکی از {choices} باشد",
    "edge {a}–{b} must list the smaller booth id first": (
        "در لبهٔ {a}–{b} باید شناسهٔ کوچک‌تر غرفه اول بیاید"
    ),
    "edge {a}–{b} factor must be > 0": "ضریب لبهٔ {a}–{b} باید > ۰ باشد",
    "stand shape {booths} must list two or more sorted booth ids": (
        "شکل غرفهٔ {booths} باید دو شناسهٔ غرفهٔ مرتب یا بیشتر داشته باشد"
    ),
    "stand shape {booths} kind must be one of {choices}": (
        "نوع شکل غرفهٔ {booths} باید یکی از {choices} باشد"
    ),
    "exhibitor {id} requested area must be > 0 cm²": (
        "مساحت درخواستی مشارکت‌کنندهٔ {id} باید > ۰ سانتی‌متر مربع باشد"
    ),
    "exhibitor {id} needs 0 < smallest ≤ requested ≤ largest": (
        "برای مشارکت‌کنندهٔ {id} باید ۰ < کمترین ≤ درخواستی ≤ بیشترین باشد"
    ),
    "exhibitor {id} tier must be one of {choices}": (
        "سطح اولویت مشارکت‌کنندهٔ {id} باید یکی از {choices} باشد"
    ),
    "exhibitor {id} requires a hall but names none": (
        "مشارکت‌کنندهٔ {id} سالن الزامی دارد ولی سالنی نام نبرده است"
    ),
    "exhibitor {id} pinned booths must be sorted and distinct": (
        "غرفه‌های تثبیت‌شدهٔ مشارکت‌کنندهٔ {id} باید مرتب و بی‌تکرار باشند"
    ),
    "problem halls must be sorted by id without duplicates": (
        "سالن‌های مسئله باید به ترتیب شناسه و بی‌تکرار باشند"
    ),
    "problem sectors must be sorted by id without duplicates": (
        "رسته‌های مسئله باید به ترتیب شناسه و بی‌تکرار باشند"
    ),
    "problem booths must be sorted by id without duplicates": (
        "غرفه‌های مسئله باید به ترتیب شناسه و بی‌تکرار باشند"
    ),
    "problem exhibitors must be sorted by id without duplicates": (
        "مشارکت‌کنندگان مسئله باید به ترتیب شناسه و بی‌تکرار باشند"
    ),
    "edge {a}–{b} names an unknown booth": "لبهٔ {a}–{b} غرفه‌ای ناشناخته را نام می‌برد",
    "locked exhibitor {id} has no stand in the start plan": (
        "مشارکت‌کنندهٔ قفل‌شدهٔ {id} در نقشهٔ آغازین غرفه ندارد"
    ),
    "competitor pair {a}–{b} must be sorted registered exhibitors": (
        "جفت رقیب {a}–{b} باید مشارکت‌کنندگان ثبت‌نام‌شده و مرتب باشند"
    ),
    "partner pair {a}–{b} must be sorted registered exhibitors": (
        "جفت شریک {a}–{b} باید مشارکت‌کنندگان ثبت‌نام‌شده و مرتب باشند"
    ),
    # --- the solver (solver/api.py) ---------------------------------------------------------
    "the pinned and locked stands cannot all be kept": (
        "غرفه‌های تثبیت‌شده و قفل‌شده را نمی‌توان همه با هم نگه داشت"
    ),
    # --- reading damaged or odd workbooks (excel/damage.py, cell_kinds.py) -----------------
    "the workbook": "فایل اکسل",
    "the workbook is damaged ({detail})": "فایل اکسل آسیب دیده است ({detail})",
    "it is not an .xlsx file": "این فایل از نوع .xlsx نیست",
    "it has no {part}: it is not an Excel workbook": "{part} را ندارد: فایل اکسل نیست",
    "the file is cut short or its zip structure is broken": (
        "فایل نیمه‌کاره است یا ساختار zip آن خراب است"
    ),
    "the compressed data of {part} is damaged": "داده‌های فشردهٔ {part} خراب است",
    "{part}, XML error at line {line}": "{part}، خطای XML در سطر {line}",
    "{part}, cell {cell} refers to text number {index}, but the workbook holds {count} texts": (
        "{part}، خانهٔ {cell} به متن شمارهٔ {index} اشاره می‌کند، ولی فایل فقط {count} متن دارد"
    ),
    "sheet {sheet!r}": "برگهٔ {sheet!r}",
    "the shared texts ({part})": "متن‌های مشترک ({part})",
    "the styles ({part})": "قالب‌بندی‌ها ({part})",
    "the list of sheets ({part})": "فهرست برگه‌ها ({part})",
    "part {part}": "بخش {part}",
    "it has no sheet": "هیچ برگه‌ای ندارد",
    "{part}, cell {cell}: {value!r} cannot be read as {kind}": (
        "{part}، خانهٔ {cell}: {value!r} را نمی‌توان {kind} خواند"
    ),
    "{what} must be at least {minimum} and at most {maximum:,} m²": (
        "{what} باید دست‌کم {minimum} و حداکثر {maximum:,} متر مربع باشد"
    ),
    "{first} and {second} both name the column {column}": (
        "{first} و {second} هر دو نام ستون «{column}» هستند"
    ),
    "delete or rename one of them; now only {first} is read": (
        "یکی را پاک کنید یا نامش را عوض کنید؛ اکنون فقط {first} خوانده می‌شود"
    ),
    "the cell holds the error {error}": "خانه خطای {error} را نشان می‌دهد",
    "correct the formula or type the value": "فرمول را درست کنید یا خود مقدار را بنویسید",
    "formula without a saved value": "فرمولی که مقدارش ذخیره نشده است",
    "open and save the workbook in Excel or LibreOffice, or type the value": (
        "فایل را یک بار در اکسل یا لیبره‌آفیس باز و ذخیره کنید، یا خود مقدار را بنویسید"
    ),
    "this column holds text, and the cell holds {kind}": (
        "این ستون متن می‌خواهد و در خانه {kind} آمده است"
    ),
    "a yes/no value (TRUE/FALSE)": "مقدار بله/خیر (TRUE/FALSE)",
    "a date": "تاریخ",
    "a time": "زمان",
    "type the text itself (format the cell as Text if Excel changes it)": (
        "خود متن را بنویسید (اگر اکسل آن را تغییر می‌دهد، قالب خانه را «متن» کنید)"
    ),
    "a name is at most {limit} characters; this one has {count}": (
        "نام حداکثر {limit} نویسه است؛ این نام {count} نویسه دارد"
    ),
    "keep the name, and put the rest in the note column": (
        "فقط نام را نگه دارید و بقیه را در ستون توضیحات بنویسید"
    ),
    "{name} is both a competitor and a partner": "{name} هم رقیب آمده است و هم همکار",
    "keep the company in one of the two columns": "شرکت را فقط در یکی از این دو ستون بیاورید",
    "{what} is too large (more than {maximum:,})": (
        "{what} بیش از اندازه بزرگ است (بیش از {maximum:,})"
    ),
    "write metres or square metres, e.g. {example:g}": "متر یا متر مربع بنویسید، مثلاً {example:g}",
    "an id is at most {limit} characters": "شناسه حداکثر {limit} نویسه است",
    "{value} is a time or a duration, not a date": "{value} زمان یا مدت است، نه تاریخ",
    "{value} is a duration or a small number shown as a date, not a date": (
        "{value} مدت یا عددی کوچک است که به شکل تاریخ نمایش داده شده، نه تاریخ"
    ),
    # --- re-solving: confirmed exhibitors, the trade-off frontier, publish (issue 15) -------
    "keep_confirmed must be true or false, got {value!r}": (
        "keep_confirmed باید true یا false باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "extra moves must be a whole number 0–{most}, got {value!r}": (
        "جابه‌جایی‌های اضافه باید عددی صحیح از ۰ تا {most} باشد؛ مقدار داده‌شده: {value!r}"
    ),
    "extra moves must be a whole number, got {text!r}": (
        "جابه‌جایی‌های اضافه باید عددی صحیح باشد؛ مقدار داده‌شده: {text!r}"
    ),
    "extra moves must lie in [0, 20], got {value}": (
        "جابه‌جایی‌های اضافه باید بین ۰ و ۲۰ باشد؛ مقدار داده‌شده: {value}"
    ),
    "confirmed exhibitors must be sorted registered exhibitors": (
        "مشارکت‌کنندگان تأییدشده باید مرتب و ثبت‌نام‌شده باشند"
    ),
    "confirmed exhibitors ({count}) need at least {need} together and the booths still"
    " open offer {have}; without a stand: {names}": (
        "مشارکت‌کنندگان تأییدشده ({count}) روی هم دست‌کم {need} جا می‌خواهند و غرفه‌هایی که"
        " هنوز باز است {have} جا دارد؛ بی‌غرفه: {names}"
    ),
    "no arrangement of the booths still open gives every confirmed exhibitor ({count}) a"
    " stand it fits (even split fractionally); without a stand: {names}": (
        "هیچ چیدمانی از غرفه‌هایی که هنوز باز است به همهٔ مشارکت‌کنندگان تأییدشده ({count})"
        " غرفه‌ای درخور نمی‌دهد (حتی با تقسیم کسری)؛ بی‌غرفه: {names}"
    ),
    "no plan that keeps a stand for every confirmed exhibitor was found in {seconds:.0f} s;"
    " try a longer time limit, or allow confirmed exhibitors to be waitlisted": (
        "در {seconds:.0f} ثانیه نقشه‌ای پیدا نشد که برای همهٔ مشارکت‌کنندگان تأییدشده غرفه"
        " نگه دارد؛ زمان بیشتری بدهید یا اجازه دهید مشارکت‌کنندگان تأییدشده به فهرست انتظار"
        " بروند"
    ),
    "confirmed exhibitors cannot all keep a stand: {why}. Allow confirmed exhibitors to be"
    " waitlisted (solver settings, or --may-waitlist-confirmed) to plan anyway": (
        "همهٔ مشارکت‌کنندگان تأییدشده نمی‌توانند غرفه داشته باشند: {why}. برای برنامه‌ریزی با"
        " این حال، اجازه دهید مشارکت‌کنندگان تأییدشده به فهرست انتظار بروند (تنظیمات"
        " حل‌کننده یا --may-waitlist-confirmed)"
    ),
    "let the re-solve waitlist exhibitors that have a stand in the published plan"
    " (default: the project's setting; normally they always keep a stand)": (
        "اجازه بده حل دوباره مشارکت‌کنندگانی را که در نقشه منتشرشده غرفه دارند به فهرست"
        " انتظار بفرستد (پیش‌فرض: تنظیم پروژه؛ معمولاً همیشه غرفه‌شان می‌ماند)"
    ),
    "re-solve: the trade-off frontier goes from the fewest moves m to m + K"
    " (default: the project's setting)": (
        "حل دوباره: منحنی بده‌بستان از کمترین جابه‌جایی m تا m + K می‌رود (پیش‌فرض: تنظیم پروژه)"
    ),
    "trade-off (moves: score without the moves penalty):": (
        "بده‌بستان (جابه‌جایی: امتیاز بدون جریمهٔ جابه‌جایی):"
    ),
    "proven": "اثبات‌شده",
    "gap unknown": "فاصله نامعلوم",
    "gap {gap:.1f} %": "فاصله {gap:.1f}٪",
    "{moves} move(s) (fewest)": "{moves} جابه‌جایی (کمترین)",
    "+1 move: {gain:+.1f} %": "یک جابه‌جایی بیشتر: {gain:+.1f}٪",
    "+{extra} moves: {gain:+.1f} %": "{extra} جابه‌جایی بیشتر: {gain:+.1f}٪",
    "{head}: score {score} ({proof})": "{head}: امتیاز {score} ({proof})",
    "make the current plan the published one": "نقشهٔ کنونی را نقشهٔ منتشرشده کن",
    "Make the project's current plan the published plan, the one exhibitors were "
    "told: re-solves count moves against it and keep a stand for everyone in it. A "
    "plan that breaks a hard rule is refused. Writes the project to --out (default: "
    "PROJECT itself).": (
        "نقشهٔ کنونی پروژه را نقشهٔ منتشرشده می‌کند، همان که به مشارکت‌کنندگان اعلام شده است:"
        " حل‌های دوباره جابه‌جایی‌ها را نسبت به آن می‌شمارند و برای همهٔ کسانی که در آن"
        " غرفه دارند غرفه نگه می‌دارند. نقشه‌ای که یک قاعدهٔ الزامی را بشکند پذیرفته نمی‌شود."
        " پروژه در --out نوشته می‌شود (پیش‌فرض: خود PROJECT)."
    ),
    "where to write the project": "پروژه کجا نوشته شود",
    "there is no plan to publish": "نقشه‌ای برای انتشار نیست",
    "not published: the plan breaks a hard rule": ("منتشر نشد: نقشه یک قاعدهٔ الزامی را می‌شکند"),
    "HARD: {message}": "الزامی: {message}",
    "this plan is already published": "این نقشه پیش‌تر منتشر شده است",
    "published: {count} stand(s); written: {path}": ("منتشر شد: {count} غرفه؛ نوشته شد: {path}"),
    "loses its stand: waitlisted: {reason}": ("غرفه‌اش را از دست می‌دهد: در فهرست انتظار: {reason}"),
}
