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
    "wrote {path}: {halls} hall(s), {booths} booths, {exhibitors} exhibitors"
    " (infeasible, seed {seed})": (
        "{path} نوشته شد: {halls} سالن، {booths} غرفه، {exhibitors} مشارکت‌کننده"
        " (نشدنی، بذر تصادفی {seed})"
    ),
    "wrote {path}: {halls} hall(s), {booths} booths, {exhibitors} exhibitors"
    " (feasible by construction, seed {seed})": (
        "{path} نوشته شد: {halls} سالن، {booths} غرفه، {exhibitors} مشارکت‌کننده"
        " (شدنی از روی ساخت، بذر تصادفی {seed})"
    ),
    "{halls} halls need at least {booths} booths": (
        "{halls} سالن دست‌کم به {booths} غرفه نیاز دارد"
    ),
    "{exhibitors} exhibitors cannot all get a stand from {booths} booths; ask for more booths"
    " or an infeasible instance": (
        "از {booths} غرفه نمی‌توان به همهٔ {exhibitors} مشارکت‌کننده غرفه داد؛ غرفهٔ بیشتری"
        " بخواهید یا نمونهٔ نشدنی (--infeasible)"
    ),
    "{exhibitors} exhibitors cannot all get one of {booths} booths": (
        "همهٔ {exhibitors} مشارکت‌کننده نمی‌توانند یکی از {booths} غرفه را بگیرند"
    ),
    "there are not {count} booths of at most {area} m² to reserve": (
        "{count} غرفهٔ حداکثر {area} متر مربعی برای رزرو وجود ندارد"
    ),
    "halls must be 1–{maximum}, got {value}": (
        "تعداد سالن‌ها باید از ۱ تا {maximum} باشد؛ مقدار داده‌شده: {value}"
    ),
    "argument {name}: {message}": "آرگومان {name}: {message}",
    "a hall cannot be drawn for {count} booths": "سالنی برای {count} غرفه کشیده نمی‌شود",
    # --- dates as organisers write them (qods_planner/text/jalali.py) ------------------------
    "{date} is not a Jalali date": "{date} تاریخ شمسی درستی نیست",
    "{date} is not a date": "{date} تاریخ درستی نیست",
    "year {year:d} is neither Jalali ({jalali_from:d}–{jalali_to:d}) nor Gregorian"
    " ({gregorian_from:d}–{gregorian_to:d})": (
        "سال {year:d} نه شمسی است ({jalali_from:d} تا {jalali_to:d}) و نه میلادی"
        " ({gregorian_from:d} تا {gregorian_to:d})"
    ),
    "{value!r} is not a date": "{value!r} تاریخ نیست",
    "{value!r} is not a date; write it like {example}": (
        "{value!r} تاریخ نیست؛ آن را به شکل {example} بنویسید"
    ),
    "{value!r} is not a date; write it like {example} or {iso_example}": (
        "{value!r} تاریخ نیست؛ آن را به شکل {example} یا {iso_example} بنویسید"
    ),
}
