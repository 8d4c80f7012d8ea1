<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Autosave</name>
    <message>
        <source>Could not write the recovery file: {reason}</source>
        <translation>فایل بازیابی نوشته نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>BoothForm</name>
    <message>
        <source>Power</source>
        <translation>برق</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>آب</translation>
    </message>
    <message>
        <source>Heavy floor</source>
        <translation>کف مقاوم</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Automatic: premium when near an entrance. Yes or No overrides it.</source>
        <translation>خودکار: غرفهٔ نزدیک ورودی ممتاز حساب می‌شود. «بله» یا «خیر» جای حالت خودکار را می‌گیرد.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>آزاد</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>رزروشده</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>شماره غرفه</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>عمق</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>مساحت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع غرفه</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>ممتاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Booth {label}</source>
        <translation>غرفه {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n booths selected</source>
        <translation>
            <numerusform>%Ln غرفه انتخاب شده</numerusform>
        </translation>
    </message>
    <message>
        <source>(each booth keeps its label)</source>
        <translation>(هر غرفه شمارهٔ خودش را نگه می‌دارد)</translation>
    </message>
    <message>
        <source>{area:.2f} m²</source>
        <translation>{area:.2f} متر مربع</translation>
    </message>
    <message>
        <source>{area:.2f} m² in total</source>
        <translation>جمعاً {area:.2f} متر مربع</translation>
    </message>
    <message>
        <source>Automatic (yes)</source>
        <translation>خودکار (بله)</translation>
    </message>
    <message>
        <source>Automatic (no)</source>
        <translation>خودکار (خیر)</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>یک‌بر</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>دوبر (نبش)</translation>
    </message>
    <message>
        <source>peninsula</source>
        <translation>سه‌بر</translation>
    </message>
    <message>
        <source>island</source>
        <translation>چهاربر (جزیره)</translation>
    </message>
    <message>
        <source>A booth needs a label</source>
        <translation>غرفه باید شماره داشته باشد</translation>
    </message>
</context>
<context>
    <name>CalibrateTool</name>
    <message>
        <source>Load a background picture first</source>
        <translation>اول یک تصویر زمینه بارگذاری کنید</translation>
    </message>
    <message>
        <source>Click two points of the picture a known distance apart</source>
        <translation>روی دو نقطه از تصویر که فاصلهٔ آن‌ها را می‌دانید کلیک کنید</translation>
    </message>
    <message>
        <source>Background picture calibrated</source>
        <translation>مقیاس تصویر زمینه تنظیم شد</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Search…</source>
        <translation>جستجو…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>A row needs at least one booth</source>
        <translation>هر ردیف دست‌کم یک غرفه لازم دارد</translation>
    </message>
    <message>
        <source>Each side of a booth must be at least {0} cm</source>
        <translation>هر ضلع غرفه باید دست‌کم {0} سانتی‌متر باشد</translation>
    </message>
    <message>
        <source>The label pattern “{0}” is not valid; write it like B-{{n:02}}</source>
        <translation>الگوی شماره‌گذاری «{0}» درست نیست؛ آن را به شکل B-{{n:02}} بنویسید</translation>
    </message>
    <message>
        <source>The label pattern “{0}” must contain {{n}} to number the booths</source>
        <translation>الگوی شماره‌گذاری «{0}» باید {{n}} داشته باشد تا غرفه‌ها شماره بخورند</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>بی‌نام</translation>
    </message>
</context>
<context>
    <name>DrawRectTool</name>
    <message>
        <source>Draw inside a hall</source>
        <translation>داخل یک سالن رسم کنید</translation>
    </message>
    <message>
        <source>Each side must be at least {0} cm</source>
        <translation>هر ضلع باید دست‌کم {0} سانتی‌متر باشد</translation>
    </message>
</context>
<context>
    <name>ExhibitorTableModel</name>
    <message>
        <source>Requested area in square metres (smallest – largest accepted)</source>
        <translation>مساحت درخواستی به متر مربع (کمترین – بیشترین مساحت قابل قبول)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>رسته</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>مساحت (متر مربع)</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>غرفه</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>سالن</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>نیازها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>حامی</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>سابقه‌دار</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>power</source>
        <translation>برق</translation>
    </message>
    <message>
        <source>water</source>
        <translation>آب</translation>
    </message>
    <message>
        <source>heavy floor</source>
        <translation>کف مقاوم</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انصراف‌داده</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>غرفه تخصیص یافته</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>در فهرست انتظار</translation>
    </message>
    <message>
        <source>{req} m² requested; accepts {min} – {max} m²</source>
        <translation>درخواست: {req} متر مربع؛ قابل قبول: {min} تا {max} متر مربع</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جدید</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>ذخیره &amp;با نام دیگر…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Start a new exhibition with one empty hall</source>
        <translation>شروع یک نمایشگاه تازه با یک سالن خالی</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>باز کردن فایل پروژه</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>ذخیرهٔ پروژه</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>ذخیرهٔ پروژه با نامی دیگر</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فایل‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>پروژه باز نشد</translation>
    </message>
    <message>
        <source>Could not open the project file
{path}

{reason}

The current project was left as it was.</source>
        <translation>فایل پروژه باز نشد:
{path}

{reason}

پروژهٔ فعلی بدون تغییر باقی ماند.</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>باز شد: {path}</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>ذخیرهٔ پروژه با نام دیگر</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.
Save them first?</source>
        <translation>تغییرات «{name}» ذخیره نشده است.
اول ذخیره شود؟</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>پروژه ذخیره نشد</translation>
    </message>
    <message>
        <source>Could not save the project to
{path}

{reason}

Nothing was overwritten; the project is still open.</source>
        <translation>پروژه در این مسیر ذخیره نشد:
{path}

{reason}

هیچ فایلی بازنویسی نشد؛ پروژه همچنان باز است.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>ذخیره شد: {path}</translation>
    </message>
    <message>
        <source>Qods Planner projects (*{ext});;All files (*)</source>
        <translation>پروژه‌های برنامه‌ریز نمایشگاه قدس (*{ext});;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
</context>
<context>
    <name>HallForm</name>
    <message>
        <source>No booth selected. Hall:</source>
        <translation>غرفه‌ای انتخاب نشده است. سالن:</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>عمق</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>مساحت</translation>
    </message>
    <message>
        <source>Booths</source>
        <translation>غرفه‌ها</translation>
    </message>
    <message>
        <source>{area:.0f} m²</source>
        <translation>{area:.0f} متر مربع</translation>
    </message>
    <message>
        <source>{count} ({area:.0f} m²)</source>
        <translation>{count} ({area:.0f} متر مربع)</translation>
    </message>
</context>
<context>
    <name>JalaliDateEdit</name>
    <message>
        <source>(no date)</source>
        <translation>(بدون تاریخ)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name}[*]</source>
        <translation>{name}[*]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;پنل‌ها</translation>
    </message>
    <message>
        <source>&amp;Tool bars</source>
        <translation>&amp;نوار ابزارها</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;درج</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Qods Planner</source>
        <translation>&amp;درباره برنامه‌ریز نمایشگاه قدس</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>درباره &amp;Qt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>ترسیم</translation>
    </message>
    <message>
        <source>About Qods Planner</source>
        <translation>درباره برنامه‌ریز نمایشگاه قدس</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qods Planner {version}&lt;/h3&gt;&lt;p&gt;Plans industrial exhibitions: halls, booths, exhibitors, and automatic booth allocation with OR-Tools.&lt;/p&gt;&lt;p&gt;Made for the first Qods County Industries Exhibition.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;برنامه‌ریز نمایشگاه قدس {version}&lt;/h3&gt;&lt;p&gt;برنامه‌ریزی نمایشگاه‌های صنعتی: سالن‌ها، غرفه‌ها، مشارکت‌کنندگان و تخصیص خودکار غرفه‌ها با OR-Tools.&lt;/p&gt;&lt;p&gt;ساخته‌شده برای نخستین نمایشگاه صنایع شهرستان قدس.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Not changed</source>
        <translation>تغییری داده نشد</translation>
    </message>
    <message>
        <source>This breaks a rule</source>
        <translation>این کار یک قاعده را نقض می‌کند</translation>
    </message>
    <message>
        <source>This change breaks {count} rule(s):

{rules}

Keep it anyway?</source>
        <translation>این تغییر {count} قاعده را نقض می‌کند:

{rules}

با این حال نگه داشته شود؟</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>تغییری داده نشد: {0}</translation>
    </message>
    <message>
        <source>Broken: {0}</source>
        <translation>نقض‌شده: {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>هشدار: {0}</translation>
    </message>
    <message>
        <source>Booths are taken</source>
        <translation>غرفه‌ها در اختیار دیگران است</translation>
    </message>
    <message>
        <source>Booths {booths} are held by {names}.

Give them to {who}? {names} will go to the waiting list.</source>
        <translation>غرفه‌های {booths} در اختیار {names} است.

به {who} داده شوند؟ {names} به فهرست انتظار منتقل می‌شود.</translation>
    </message>
    <message>
        <source>Remove exhibitor {0}</source>
        <translation>حذف مشارکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Remove {0} exhibitors</source>
        <translation>حذف {0} مشارکت‌کننده</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>mixed</source>
        <translation>متفاوت</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>ویژگی‌ها</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber booths</source>
        <translation>شماره‌گذاری دوبارهٔ غرفه‌ها</translation>
    </message>
    <message>
        <source>{n} is replaced by the number, e.g. B-{n:02} gives B-07</source>
        <translation>به جای {n} شماره می‌نشیند؛ مثلاً B-{n:02} می‌شود B-07</translation>
    </message>
    <message>
        <source>Rows left to right</source>
        <translation>ردیف‌ها از چپ به راست</translation>
    </message>
    <message>
        <source>Rows right to left</source>
        <translation>ردیف‌ها از راست به چپ</translation>
    </message>
    <message>
        <source>Label pattern</source>
        <translation>الگوی شماره‌گذاری</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>اولین شماره</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ترتیب</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <source>Row of booths</source>
        <translation>ردیف غرفه‌ها</translation>
    </message>
    <message>
        <source>Single row</source>
        <translation>تک‌ردیف</translation>
    </message>
    <message>
        <source>Back to back (island)</source>
        <translation>پشت‌به‌پشت (جزیره)</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>از چپ به راست</translation>
    </message>
    <message>
        <source>Top to bottom</source>
        <translation>از بالا به پایین</translation>
    </message>
    <message>
        <source>{n} is replaced by the number, e.g. B-{n:02} gives B-07</source>
        <translation>به جای {n} شماره می‌نشیند؛ مثلاً B-{n:02} می‌شود B-07</translation>
    </message>
    <message>
        <source>Booths per row</source>
        <translation>تعداد غرفه در هر ردیف</translation>
    </message>
    <message>
        <source>Booth width</source>
        <translation>عرض غرفه</translation>
    </message>
    <message>
        <source>Booth depth</source>
        <translation>عمق غرفه</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>چیدمان</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Label pattern</source>
        <translation>الگوی شماره‌گذاری</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>اولین شماره</translation>
    </message>
    <message>
        <source>From the hall&apos;s left</source>
        <translation>فاصله از ضلع چپ سالن</translation>
    </message>
    <message>
        <source>From the hall&apos;s top</source>
        <translation>فاصله از ضلع بالای سالن</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>pillar</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>سن</translation>
    </message>
    <message>
        <source>fire exit</source>
        <translation>خروج اضطراری</translation>
    </message>
    <message>
        <source>service area</source>
        <translation>محوطهٔ خدماتی</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>{0} km</source>
        <translation>{0} کیلومتر</translation>
    </message>
    <message>
        <source>{0} m</source>
        <translation>{0} متر</translation>
    </message>
    <message>
        <source>{0} cm</source>
        <translation>{0} سانتی‌متر</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>x –  y –</source>
        <translation>x –  y –</translation>
    </message>
    <message>
        <source>x {x:.2f} m  y {y:.2f} m</source>
        <translation>x: {x:.2f} متر  y: {y:.2f} متر</translation>
    </message>
    <message>
        <source>Zoom {percent:.0f} %</source>
        <translation>بزرگ‌نمایی {percent:.0f}٪</translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation>✔ بدون مشکل</translation>
    </message>
    <message>
        <source>⚠ Broken rules: {hard} · Shortfalls: {soft}</source>
        <translation>⚠ قواعد نقض‌شده: {hard} · کاستی‌ها: {soft}</translation>
    </message>
    <message>
        <source>Rule check failed</source>
        <translation>بررسی قواعد انجام نشد</translation>
    </message>
</context>
<context>
    <name>self.editor</name>
    <message>
        <source>Move selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="vanished">کار ذخیره‌نشده بازیابی شود؟</translation>
    </message>
    <message>
        <source>Qods Planner did not close properly last time. Unsaved work on “{name}” from {time} was kept.

Recover it? (Discard deletes it; Cancel keeps it for the next start.)</source>
        <translation type="vanished">برنامه‌ریز نمایشگاه قدس دفعهٔ قبل درست بسته نشد. کار ذخیره‌نشده روی «{name}» از {time} نگه داشته شده است.

بازیابی شود؟ («دورانداختن» آن را پاک می‌کند؛ «انصراف» آن را برای اجرای بعدی نگه می‌دارد.)</translation>
    </message>
    <message>
        <source>Could not recover</source>
        <translation type="vanished">بازیابی انجام نشد</translation>
    </message>
    <message>
        <source>The recovery file
{path}
could not be read:

{reason}</source>
        <translation type="vanished">فایل بازیابی
{path}
خوانده نشد:

{reason}</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="vanished">ویژگی‌ها</translation>
    </message>
</context>
</TS>
