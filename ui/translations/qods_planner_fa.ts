<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Application</name>
    <message>
        <source>Qods Planner</source>
        <translation>برنامه‌ریز نمایشگاه قدس</translation>
    </message>
</context>
<context>
    <name>AreaField</name>
    <message>
        <source> m²</source>
        <translation> متر مربع</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>(چند مقدار)</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Could not write the recovery file: {reason}</source>
        <translation>فایل بازیابی نوشته نشد: {reason}</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>بازیابی کارهای ذخیره‌نشده؟</translation>
    </message>
    <message>
        <source>Qods Planner did not close properly last time. Unsaved work on “{name}” from {time} was kept.

Recover it? (Discard deletes it; Cancel keeps it for the next start.)</source>
        <translation>برنامه‌ریز نمایشگاه قدس دفعهٔ پیش درست بسته نشد. کارهای ذخیره‌نشدهٔ «{name}» از {time} نگه داشته شده است.

بازیابی شود؟ («دور انداختن» آن را پاک می‌کند؛ «انصراف» آن را برای اجرای بعدی نگه می‌دارد.)</translation>
    </message>
    <message>
        <source>Could not recover</source>
        <translation>بازیابی انجام نشد</translation>
    </message>
    <message>
        <source>The recovery file
{path}
could not be read:

{reason}</source>
        <translation>فایل بازیابی
{path}
خوانده نشد:

{reason}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cannot read the picture {0}</source>
        <translation>تصویر {0} خوانده نشد</translation>
    </message>
    <message>
        <source>Load a background picture first</source>
        <translation>اول یک تصویر زمینه بارگذاری کنید</translation>
    </message>
    <message>
        <source>The background picture is locked</source>
        <translation>تصویر زمینه قفل است</translation>
    </message>
    <message>
        <source>Click two different points and give a distance above zero</source>
        <translation>روی دو نقطهٔ متفاوت کلیک کنید و فاصله‌ای بیشتر از صفر بدهید</translation>
    </message>
</context>
<context>
    <name>BoothActions</name>
    <message>
        <source>Swap the two selected stands</source>
        <translation>جابه‌جایی دو غرفهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Unassign the selected stands</source>
        <translation>پس گرفتن غرفه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Lock the selected stands</source>
        <translation>قفل کردن غرفه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Unlock the selected stands</source>
        <translation>باز کردن قفل غرفه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Exchange the exhibitors of two selected stands</source>
        <translation>جابه‌جا کردن غرفه‌داران دو غرفهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Put the exhibitors of the selected booths on the waiting list</source>
        <translation>غرفه‌داران غرفه‌های انتخاب‌شده به فهرست انتظار بروند</translation>
    </message>
    <message>
        <source>A re-solve keeps locked stands where they are</source>
        <translation>در حل دوباره، غرفه‌های قفل‌شده سر جایشان می‌مانند</translation>
    </message>
    <message>
        <source>Select booths of exactly two stands to swap them</source>
        <translation>برای جابه‌جایی، غرفه‌های دقیقاً دو غرفه‌دار را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>BoothDropHandler</name>
    <message>
        <source>Drop the exhibitor on a booth</source>
        <translation>مشارکت‌کننده را روی یک غرفه رها کنید</translation>
    </message>
    <message>
        <source>Drag one exhibitor at a time onto a booth</source>
        <translation>هر بار فقط یک مشارکت‌کننده را روی غرفه بکشید</translation>
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
        <source>Only exhibitors of the ticked sectors may use the booth</source>
        <translation>فقط مشارکت‌کنندگانِ رسته‌های علامت‌خورده می‌توانند از این غرفه استفاده کنند</translation>
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
        <source>Sectors allowed</source>
        <translation>رسته‌های مجاز</translation>
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
        <source>{area} in total</source>
        <translation>در مجموع {area}</translation>
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
        <source>None ticked: the hall&apos;s zone applies ({0})</source>
        <translation>هیچ‌کدام علامت نخورده: رسته‌های مجاز سالن اعمال می‌شود ({0})</translation>
    </message>
    <message>
        <source>None ticked: any sector</source>
        <translation>هیچ‌کدام علامت نخورده: همهٔ رسته‌ها مجازند</translation>
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
    <name>ChangesPanel</name>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
    <message>
        <source>Publish plan</source>
        <translation>انتشار نقشه</translation>
    </message>
    <message>
        <source>Record this plan as the one exhibitors were told; re-solving keeps to it</source>
        <translation>این نقشه به عنوان نقشهٔ اعلام‌شده به مشارکت‌کنندگان ثبت شود؛ حل دوباره به آن پایبند می‌ماند</translation>
    </message>
    <message>
        <source>Re-solve</source>
        <translation>حل دوباره</translation>
    </message>
    <message>
        <source>Repair the plan after changes, moving as few exhibitors as possible</source>
        <translation>ترمیم نقشه پس از تغییرات، با جابه‌جایی کمترین تعداد مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Exhibitor</source>
        <translation>مشارکت‌کننده</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Stands the solve proposes: {n}</source>
        <translation>غرفه‌هایی که حل پیشنهاد می‌کند: {n}</translation>
    </message>
    <message>
        <source>Moves the re-solve proposes: {n}</source>
        <translation>جابه‌جایی‌هایی که حل دوباره پیشنهاد می‌کند: {n}</translation>
    </message>
    <message>
        <source>Stands in the published plan: {n}</source>
        <translation>غرفه‌های نقشه پایه منتشرشده: {n}</translation>
    </message>
    <message>
        <source>{name}: from {before} to {after}</source>
        <translation>{name}: از {before} به {after}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <source>Apply these moves (one undo step)</source>
        <translation>اعمال این جابه‌جایی‌ها (یک گام واگرد)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Keep the plan as it is</source>
        <translation>نقشه همان‌طور که هست بماند</translation>
    </message>
    <message>
        <source>Changes since publishing: {n}</source>
        <translation>تغییرات پس از انتشار: {n}</translation>
    </message>
    <message>
        <source>Publish the plan to follow later changes.</source>
        <translation>برای پیگیری تغییرات بعدی، نقشه را منتشر کنید.</translation>
    </message>
    <message>
        <source>No plan published yet.</source>
        <translation>هنوز نقشه‌ای منتشر نشده است.</translation>
    </message>
    <message>
        <source>(no stand)</source>
        <translation>(بدون غرفه)</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>فهرست انتظار</translation>
    </message>
</context>
<context>
    <name>ChoicePicker</name>
    <message>
        <source>Search…</source>
        <translation>جستجو…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>چیزی انتخاب نشده</translation>
    </message>
    <message>
        <source> (+{0} for some of them)</source>
        <translation> (+{0} برای برخی از آن‌ها)</translation>
    </message>
</context>
<context>
    <name>ChoicePicking</name>
    <message>
        <source>Click booths in order of preference; Esc or Enter ends picking</source>
        <translation>غرفه‌ها را به ترتیب اولویت روی نقشه کلیک کنید؛ Esc یا Enter انتخاب را تمام می‌کند</translation>
    </message>
    <message numerus="yes">
        <source>%n booth choice(s)</source>
        <translation>
            <numerusform>%Ln غرفهٔ انتخابی</numerusform>
        </translation>
    </message>
    <message>
        <source>Booth {booth} is already choice {number}</source>
        <translation>غرفهٔ {booth} پیش‌تر انتخاب {number} است</translation>
    </message>
    <message>
        <source>Choice {number}: booth {booth}</source>
        <translation>انتخاب {number}: غرفهٔ {booth}</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Booth choices, best first</source>
        <translation>غرفه‌های انتخابی، بهترین اول</translation>
    </message>
    <message>
        <source>Booth to add</source>
        <translation>غرفه برای افزودن</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Take the booth off the list (Delete)</source>
        <translation>غرفه را از فهرست بردار (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;بالاتر</translation>
    </message>
    <message>
        <source>A better choice (Alt+Up)</source>
        <translation>انتخاب بهتر (Alt+بالا)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;پایین‌تر</translation>
    </message>
    <message>
        <source>A lesser choice (Alt+Down)</source>
        <translation>انتخاب کم‌اهمیت‌تر (Alt+پایین)</translation>
    </message>
    <message>
        <source>&amp;Pick on plan</source>
        <translation>انتخاب روی &amp;نقشه</translation>
    </message>
    <message>
        <source>Click booths on the plan in order of preference; Esc ends</source>
        <translation>غرفه‌ها را به ترتیب اولویت روی نقشه کلیک کنید؛ Esc پایان می‌دهد</translation>
    </message>
    <message>
        <source>The exhibitors chose differently; each keeps its own choices unless you change this list (then all get the same list).</source>
        <translation>انتخاب‌های این مشارکت‌کنندگان یکسان نیست؛ هر کدام انتخاب‌های خود را نگه می‌دارد، مگر این فهرست را تغییر دهید (آن‌گاه همه همین فهرست را می‌گیرند).</translation>
    </message>
    <message>
        <source>The first is the best. Empty: no choices.</source>
        <translation>اولی بهترین است. خالی: بدون غرفهٔ انتخابی.</translation>
    </message>
    <message>
        <source>{number}. {booth}</source>
        <translation>{number}. {booth}</translation>
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
    <message>
        <source>Booth {0} no longer exists</source>
        <translation>غرفهٔ {0} دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>Select one or more booths first</source>
        <translation>اول یک یا چند غرفه انتخاب کنید</translation>
    </message>
    <message>
        <source>Booth id {0} is already used</source>
        <translation>شناسهٔ غرفهٔ {0} قبلاً استفاده شده است</translation>
    </message>
    <message>
        <source>Add %n booth(s)</source>
        <translation>افزودن %Ln غرفه</translation>
    </message>
    <message>
        <source>Delete %n booth(s)</source>
        <translation>حذف %Ln غرفه</translation>
    </message>
    <message>
        <source>Move %n booth(s)</source>
        <translation>جابه‌جایی %Ln غرفه</translation>
    </message>
    <message>
        <source>Resize booth {0}</source>
        <translation>تغییر اندازهٔ غرفهٔ {0}</translation>
    </message>
    <message>
        <source>Booths have no field {0}</source>
        <translation>غرفه فیلدی به نام {0} ندارد</translation>
    </message>
    <message>
        <source>Several booths cannot share one label</source>
        <translation>چند غرفه نمی‌توانند یک شماره داشته باشند</translation>
    </message>
    <message>
        <source>Booth status must be available, blocked or reserved</source>
        <translation>وضعیت غرفه باید آزاد، مسدود یا رزروشده باشد</translation>
    </message>
    <message>
        <source>Edit %n booth(s)</source>
        <translation>ویرایش %Ln غرفه</translation>
    </message>
    <message>
        <source>Rotate %n booth(s)</source>
        <translation>چرخاندن %Ln غرفه</translation>
    </message>
    <message>
        <source>Renumbering needs one label per booth</source>
        <translation>برای شماره‌گذاری دوباره، هر غرفه یک شماره لازم دارد</translation>
    </message>
    <message>
        <source>Renumber %n booth(s)</source>
        <translation>شماره‌گذاری دوبارهٔ %Ln غرفه</translation>
    </message>
    <message>
        <source>Select two or more adjacent booths to merge</source>
        <translation>برای ادغام، دو یا چند غرفهٔ کنار هم را انتخاب کنید</translation>
    </message>
    <message>
        <source>Booths in different halls cannot be merged</source>
        <translation>غرفه‌های سالن‌های مختلف را نمی‌توان ادغام کرد</translation>
    </message>
    <message>
        <source>Only booths side by side in one straight row can be merged</source>
        <translation>فقط غرفه‌هایی که در یک ردیف مستقیم کنار هم هستند ادغام می‌شوند</translation>
    </message>
    <message>
        <source>Booths {0} and {1} belong to different stands</source>
        <translation>غرفه‌های {0} و {1} به غرفه‌داران مختلف تعلق دارند</translation>
    </message>
    <message>
        <source>Merge %n booths</source>
        <translation>ادغام %Ln غرفه</translation>
    </message>
    <message>
        <source>A booth is split into two or more parts</source>
        <translation>غرفه باید به دو بخش یا بیشتر تقسیم شود</translation>
    </message>
    <message>
        <source>Booth {0} is too small to split into {1}: each part would be {2} cm wide</source>
        <translation>غرفهٔ {0} برای تقسیم به {1} بخش کوچک است: عرض هر بخش {2} سانتی‌متر می‌شود</translation>
    </message>
    <message>
        <source>Split booth {0} into {1}</source>
        <translation>تقسیم غرفهٔ {0} به {1} بخش</translation>
    </message>
    <message>
        <source>Obstacle {0} no longer exists</source>
        <translation>مانع {0} دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>Obstacle id {0} is already used</source>
        <translation>شناسهٔ مانع {0} قبلاً استفاده شده است</translation>
    </message>
    <message>
        <source>Hall {0} does not exist</source>
        <translation>سالن {0} وجود ندارد</translation>
    </message>
    <message>
        <source>Add obstacle</source>
        <translation>افزودن مانع</translation>
    </message>
    <message>
        <source>Delete %n obstacle(s)</source>
        <translation>حذف %Ln مانع</translation>
    </message>
    <message>
        <source>Move %n obstacle(s)</source>
        <translation>جابه‌جایی %Ln مانع</translation>
    </message>
    <message>
        <source>Obstacles have no field {0}</source>
        <translation>مانع فیلدی به نام {0} ندارد</translation>
    </message>
    <message>
        <source>Unknown obstacle kind</source>
        <translation>نوع مانع ناشناخته است</translation>
    </message>
    <message>
        <source>Edit obstacle</source>
        <translation>ویرایش مانع</translation>
    </message>
    <message>
        <source>Add hall {0}</source>
        <translation>افزودن سالن {0}</translation>
    </message>
    <message>
        <source>Edit hall {0}</source>
        <translation>ویرایش سالن {0}</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>تغییر نقشهٔ چیدمان</translation>
    </message>
    <message>
        <source>Edit the exhibition&apos;s details</source>
        <translation>ویرایش اطلاعات نمایشگاه</translation>
    </message>
    <message>
        <source>Unknown sector {0}</source>
        <translation>رستهٔ ناشناخته {0}</translation>
    </message>
    <message>
        <source>The zone is already so</source>
        <translation>رسته‌های مجاز همین حالا همین است</translation>
    </message>
    <message>
        <source>Set the sectors allowed on %n booth(s)</source>
        <translation>تعیین رسته‌های مجاز %Ln غرفه</translation>
    </message>
    <message>
        <source>Set the sectors allowed in hall {0}</source>
        <translation>تعیین رسته‌های مجاز سالن {0}</translation>
    </message>
</context>
<context>
    <name>ComplementarityModel</name>
    <message>
        <source>{a} ↔ {b}: {w} ({meaning})</source>
        <translation>{a} ↔ {b}: {w} ({meaning})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>strong: a value chain</source>
        <translation>زیاد: یک زنجیره ارزش</translation>
    </message>
</context>
<context>
    <name>CopyChoicesAction</name>
    <message>
        <source>Copy choices from an earlier fair…</source>
        <translation>رونوشت غرفه‌های انتخابی از نمایشگاه پیشین…</translation>
    </message>
    <message>
        <source>Make last year&apos;s booths each returning exhibitor&apos;s first choices</source>
        <translation>غرفه‌های سال گذشتهٔ هر مشارکت‌کنندهٔ بازگشته را انتخاب اول او می‌کند</translation>
    </message>
    <message>
        <source>Copy choices from an earlier fair</source>
        <translation>رونوشت غرفه‌های انتخابی از نمایشگاه پیشین</translation>
    </message>
    <message>
        <source>Projects and exported workbooks (*.json *.xlsx)</source>
        <translation>پروژه‌ها و کارپوشه‌های خروجی (*.json *.xlsx)</translation>
    </message>
    <message>
        <source>{path} could not be read:
{reason}</source>
        <translation>{path} خوانده نشد:
{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibitor(s) got last year&apos;s booths as their first choices.</source>
        <translation>
            <numerusform>غرفه‌های سال گذشتهٔ %Ln مشارکت‌کننده انتخاب اول آن‌ها شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not matched (%n): </source>
        <translation>
            <numerusform>یافته نشد (%Ln): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibitor(s) had booths this venue no longer has.</source>
        <translation>
            <numerusform>%Ln مشارکت‌کننده غرفه‌هایی داشتند که دیگر در این محل نیست.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source> m</source>
        <translation> متر</translation>
    </message>
</context>
<context>
    <name>DiffPage</name>
    <message>
        <source>What</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از ورود</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از ورود</translation>
    </message>
    <message>
        <source>New ({n})</source>
        <translation>تازه ({n})</translation>
    </message>
    <message>
        <source>Changed ({n})</source>
        <translation>تغییرکرده ({n})</translation>
    </message>
    <message>
        <source>Unchanged ({n})</source>
        <translation>بدون تغییر ({n})</translation>
    </message>
    <message>
        <source>In the project but not in the sheet, left as they are ({n})</source>
        <translation>در پروژه هست ولی در برگه نیست؛ دست‌نخورده می‌ماند ({n})</translation>
    </message>
    <message>
        <source>Nothing to change: the project already holds what the sheet says.</source>
        <translation>تغییری لازم نیست: پروژه همین حالا همان چیزی را دارد که در برگه آمده است.</translation>
    </message>
    <message>
        <source>Apply puts {n} new or changed entries into the project as one step (Undo takes it back).</source>
        <translation>«اعمال» {n} مورد تازه یا تغییرکرده را در یک گام به پروژه می‌افزاید (با «واگرد» برمی‌گردد).</translation>
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
    <name>DrawBoothTool</name>
    <message>
        <source>Drag a booth&apos;s rectangle, or click to place one</source>
        <translation>مستطیل غرفه را بکشید، یا برای گذاشتن یک غرفه کلیک کنید</translation>
    </message>
</context>
<context>
    <name>DrawObstacleTool</name>
    <message>
        <source>Drag the obstacle&apos;s rectangle, or click to place a pillar</source>
        <translation>مستطیل مانع را بکشید، یا برای گذاشتن یک ستون کلیک کنید</translation>
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
    <name>Editor</name>
    <message>
        <source>Use “Calibrate picture” to set its true scale</source>
        <translation>با «تنظیم مقیاس تصویر» مقیاس واقعی آن را تعیین کنید</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>Select</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>Select, move (drag or arrow keys) and resize; Alt+drag moves the picture</source>
        <translation>انتخاب، جابه‌جایی (کشیدن یا کلیدهای جهت) و تغییر اندازه؛ Alt+کشیدن تصویر زمینه را جابه‌جا می‌کند</translation>
    </message>
    <message>
        <source>Draw booth</source>
        <translation>رسم غرفه</translation>
    </message>
    <message>
        <source>Drag a rectangle, or click for one booth</source>
        <translation>یک مستطیل بکشید، یا برای یک غرفه کلیک کنید</translation>
    </message>
    <message>
        <source>Draw obstacle</source>
        <translation>رسم مانع</translation>
    </message>
    <message>
        <source>Drag a pillar, stage or fire exit</source>
        <translation>ستون، سن یا خروج اضطراری را بکشید</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Drag along a hall wall to add an entrance; click one to remove it</source>
        <translation>برای افزودن ورودی در امتداد دیوار سالن بکشید؛ برای حذف، روی ورودی کلیک کنید</translation>
    </message>
    <message>
        <source>Calibrate picture</source>
        <translation>تنظیم مقیاس تصویر</translation>
    </message>
    <message>
        <source>Click two points of the background picture and type their distance</source>
        <translation>روی دو نقطه از تصویر زمینه کلیک کنید و فاصلهٔ آن‌ها را وارد کنید</translation>
    </message>
    <message>
        <source>Row of booths…</source>
        <translation>ردیف غرفه‌ها…</translation>
    </message>
    <message>
        <source>Add a row or island of equal booths</source>
        <translation>افزودن یک ردیف یا جزیره از غرفه‌های هم‌اندازه</translation>
    </message>
    <message>
        <source>Merge booths</source>
        <translation>ادغام غرفه‌ها</translation>
    </message>
    <message>
        <source>Merge adjacent booths in one straight row into one booth</source>
        <translation>ادغام غرفه‌های کنار هم در یک ردیف مستقیم به یک غرفه</translation>
    </message>
    <message>
        <source>Split booth…</source>
        <translation>تقسیم غرفه…</translation>
    </message>
    <message>
        <source>Split the selected booth into equal parts</source>
        <translation>تقسیم غرفهٔ انتخاب‌شده به بخش‌های برابر</translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation>چرخش ۹۰ درجه</translation>
    </message>
    <message>
        <source>Turn the selection a quarter clockwise</source>
        <translation>چرخاندن موارد انتخاب‌شده یک ربع دور در جهت عقربه‌های ساعت</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <source>Copy the selected booths next to them</source>
        <translation>کپی غرفه‌های انتخاب‌شده در کنارشان</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected booths and obstacles</source>
        <translation>حذف غرفه‌ها و موانع انتخاب‌شده</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>شماره‌گذاری دوباره…</translation>
    </message>
    <message>
        <source>Give the selected booths new labels in reading order</source>
        <translation>شماره‌های تازه به ترتیب خواندن به غرفه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Fit hall</source>
        <translation>نمایش کل سالن</translation>
    </message>
    <message>
        <source>Show the whole current hall</source>
        <translation>نمایش کامل سالن جاری</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>نمایش همهٔ سالن‌ها</translation>
    </message>
    <message>
        <source>Show every hall</source>
        <translation>نمایش همهٔ سالن‌ها با هم</translation>
    </message>
    <message>
        <source>Metre grid</source>
        <translation>شبکهٔ متری</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>رنگ بر اساس</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>رسته</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع غرفه</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>سالن</translation>
    </message>
    <message>
        <source>Next hall</source>
        <translation>سالن بعدی</translation>
    </message>
    <message>
        <source>Previous hall</source>
        <translation>سالن قبلی</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>گام جابه‌جایی</translation>
    </message>
    <message>
        <source>{0} cm</source>
        <translation>{0} سانتی‌متر</translation>
    </message>
    <message>
        <source>{0} m</source>
        <translation>{0} متر</translation>
    </message>
    <message>
        <source>Obstacle kind</source>
        <translation>نوع مانع</translation>
    </message>
    <message>
        <source>Background picture…</source>
        <translation>تصویر زمینه…</translation>
    </message>
    <message>
        <source>Show a PNG or JPG plan of the venue under the halls</source>
        <translation>نمایش نقشهٔ PNG یا JPG محل برگزاری زیر سالن‌ها</translation>
    </message>
    <message>
        <source>Picture opacity…</source>
        <translation>میزان پیدایی تصویر…</translation>
    </message>
    <message>
        <source>Lock picture</source>
        <translation>قفل کردن تصویر</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>برداشتن تصویر</translation>
    </message>
</context>
<context>
    <name>EntranceTool</name>
    <message>
        <source>Drag along a hall wall to add an entrance; click one to remove it</source>
        <translation>برای افزودن ورودی در امتداد دیوار سالن بکشید؛ برای حذف، روی ورودی کلیک کنید</translation>
    </message>
    <message>
        <source>Press on a hall&apos;s wall to place an entrance</source>
        <translation>برای گذاشتن ورودی، روی دیوار سالن فشار دهید</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Exhibition details</source>
        <translation>اطلاعات نمایشگاه</translation>
    </message>
    <message>
        <source>New exhibition</source>
        <translation>نمایشگاه جدید</translation>
    </message>
    <message>
        <source>Exhibitors, sectors and halls are named in this language on the plan</source>
        <translation>نام مشارکت‌کنندگان، رسته‌ها و سالن‌ها روی نقشه به این زبان نوشته می‌شود</translation>
    </message>
    <message>
        <source>Printed on the letters to exhibitors: office, phone, e-mail</source>
        <translation>در نامه‌های مشارکت‌کنندگان چاپ می‌شود: دفتر، تلفن، رایانامه</translation>
    </message>
    <message>
        <source>Printed on the letters to exhibitors: set-up days and hours, what to bring</source>
        <translation>در نامه‌های مشارکت‌کنندگان چاپ می‌شود: روز و ساعت استقرار، آنچه باید همراه بیاورند</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>روز نخست</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>روز پایانی</translation>
    </message>
    <message>
        <source>Names on the plan in</source>
        <translation>زبان نام‌ها روی نقشه</translation>
    </message>
    <message>
        <source>Organiser contact (Persian)</source>
        <translation>تماس با برگزارکننده (فارسی)</translation>
    </message>
    <message>
        <source>Organiser contact (English)</source>
        <translation>تماس با برگزارکننده (انگلیسی)</translation>
    </message>
    <message>
        <source>Move-in notes (Persian)</source>
        <translation>نکات استقرار (فارسی)</translation>
    </message>
    <message>
        <source>Move-in notes (English)</source>
        <translation>نکات استقرار (انگلیسی)</translation>
    </message>
    <message>
        <source>Name the exhibition and its days; the printed plan and the letters use them.</source>
        <translation>نام و روزهای نمایشگاه را بنویسید؛ نقشهٔ چاپی و نامه‌ها از آن‌ها استفاده می‌کنند.</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import from {file}</source>
        <translation>ورود از {file}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>فقط ردیف‌های درست وارد شوند</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Registration template…</source>
        <translation>فرم خام ثبت‌نام…</translation>
    </message>
    <message>
        <source>Save the blank workbook to send to exhibitors, with this fair&apos;s sectors</source>
        <translation>فایل اکسل خام برای فرستادن به مشارکت‌کنندگان، با رسته‌های این نمایشگاه، ذخیره شود</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Import exhibitors from Excel</source>
        <translation>ورود مشارکت‌کنندگان از اکسل</translation>
    </message>
    <message>
        <source>Import booths from Excel</source>
        <translation>ورود غرفه‌ها از اکسل</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>فایل‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Import %n exhibitor(s) from {file}</source>
        <translation>ورود %Ln مشارکت‌کننده از {file}</translation>
    </message>
    <message>
        <source>Import %n booth(s) from {file}</source>
        <translation>ورود %Ln غرفه از {file}</translation>
    </message>
    <message>
        <source>Add %n sector(s) from the sheet</source>
        <translation>افزودن %Ln رسته از فایل اکسل</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Exhibitors from Excel…</source>
        <translation>مشارکت‌کنندگان از اکسل…</translation>
    </message>
    <message>
        <source>Booths from Excel…</source>
        <translation>غرفه‌ها از اکسل…</translation>
    </message>
    <message>
        <source>Plan edited in an exported workbook…</source>
        <translation>نقشهٔ ویرایش‌شده در خروجی اکسل…</translation>
    </message>
    <message>
        <source>Plan as Excel workbook…</source>
        <translation>نقشه چیدمان به صورت فایل اکسل…</translation>
    </message>
    <message>
        <source>Floor plan as PDF…</source>
        <translation>نقشهٔ سالن‌ها به صورت PDF…</translation>
    </message>
    <message>
        <source>Floor plan as PNG picture…</source>
        <translation>نقشهٔ سالن‌ها به صورت تصویر PNG…</translation>
    </message>
    <message>
        <source>Floor plan as SVG drawing…</source>
        <translation>نقشهٔ سالن‌ها به صورت SVG…</translation>
    </message>
    <message>
        <source>Registration template…</source>
        <translation>فرم خام ثبت‌نام…</translation>
    </message>
    <message>
        <source>The blank workbook exhibitors fill in, with this fair&apos;s sectors</source>
        <translation>فایل اکسل خامی که مشارکت‌کنندگان پر می‌کنند، با رسته‌های این نمایشگاه</translation>
    </message>
    <message>
        <source>&amp;Print floor plan…</source>
        <translation type="vanished">&amp;چاپ نقشهٔ سالن‌ها…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>نوشته شد: {path}</translation>
    </message>
    <message>
        <source>Read back an edited plan</source>
        <translation>خواندن نقشهٔ ویرایش‌شده</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>فایل‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was changed; the workbook has these problems:
{lines}</source>
        <translation>چیزی تغییر نکرد؛ فایل اکسل این مشکلات را دارد:
{lines}</translation>
    </message>
    <message>
        <source>The workbook has no changes.</source>
        <translation>فایل اکسل تغییری ندارد.</translation>
    </message>
    <message>
        <source>Read back the plan from {file}</source>
        <translation>خواندن دوبارهٔ نقشه از {file}</translation>
    </message>
    <message>
        <source>Export the plan to Excel</source>
        <translation>خروجی اکسل از نقشه چیدمان</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>اندازهٔ کاغذ:</translation>
    </message>
    <message>
        <source>Export the floor plan as PDF</source>
        <translation>خروجی PDF از نقشهٔ سالن‌ها</translation>
    </message>
    <message>
        <source>Export the floor plan as a PNG picture</source>
        <translation>خروجی تصویر PNG از نقشهٔ سالن‌ها</translation>
    </message>
    <message>
        <source>Export the floor plan as an SVG drawing</source>
        <translation>خروجی SVG از نقشهٔ سالن‌ها</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>تصویرهای PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>نقشه‌های SVG (*.svg)</translation>
    </message>
    <message>
        <source>Print the floor plan</source>
        <translation>چاپ نقشهٔ سالن‌ها</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;خروجی</translation>
    </message>
</context>
<context>
    <name>ExhibitorDialog</name>
    <message>
        <source>Add exhibitor</source>
        <translation>افزودن مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Edit exhibitor {0}</source>
        <translation>ویرایش مشارکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Edit {0} exhibitors</source>
        <translation type="vanished">ویرایش {0} مشارکت‌کننده</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n exhibitor(s)</source>
        <translation>
            <numerusform>ویرایش %Ln مشارکت‌کننده</numerusform>
        </translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>غرفه</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
    </message>
    <message>
        <source>Booth choices</source>
        <translation>غرفه‌های انتخابی</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>رسته</translation>
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
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Priority points</source>
        <translation>امتیاز اولویت</translation>
    </message>
    <message>
        <source>More points come first in the fair order among exhibitors of one tier</source>
        <translation>در ترتیب اولویت، میان مشارکت‌کنندگان یک رده، امتیاز بیشتر جلوتر است</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انصراف‌داده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تاریخ ثبت‌نام</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>زبان نامه‌ها</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>مساحت</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>درخواستی</translation>
    </message>
    <message>
        <source>Smallest accepted</source>
        <translation>کمترین قابل قبول</translation>
    </message>
    <message>
        <source>Largest accepted</source>
        <translation>بیشترین قابل قبول</translation>
    </message>
    <message>
        <source>Needs (every booth of the stand must offer them)</source>
        <translation>نیازها (همهٔ غرفه‌های او باید آن‌ها را داشته باشند)</translation>
    </message>
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
        <source>Wishes</source>
        <translation>خواسته‌ها</translation>
    </message>
    <message>
        <source>A corner stand</source>
        <translation>غرفهٔ دوبر (نبش)</translation>
    </message>
    <message>
        <source>An island stand</source>
        <translation>غرفهٔ چهاربر (جزیره)</translation>
    </message>
    <message>
        <source>(no preference)</source>
        <translation>(فرقی نمی‌کند)</translation>
    </message>
    <message>
        <source>Preferred hall</source>
        <translation>سالن دلخواه</translation>
    </message>
    <message>
        <source>Only this hall (a hard rule)</source>
        <translation>فقط همین سالن (قاعدهٔ قطعی)</translation>
    </message>
    <message>
        <source>Competitors (never neighbours)</source>
        <translation>رقیبان (هرگز همسایه نشوند)</translation>
    </message>
    <message>
        <source>Partners (neighbours if possible)</source>
        <translation>شریکان (در صورت امکان همسایه شوند)</translation>
    </message>
    <message>
        <source>Pinned booths (the stand is fixed)</source>
        <translation>غرفه‌های ثابت‌شده (جای غرفه تغییر نمی‌کند)</translation>
    </message>
    <message>
        <source>Accept only these booths (a hard rule)</source>
        <translation>فقط همین غرفه‌ها پذیرفته است (قاعدهٔ قطعی)</translation>
    </message>
    <message>
        <source>The whole stand must lie inside the chosen booths, or the exhibitor waits</source>
        <translation>کل غرفهٔ مشارکت‌کننده باید درون غرفه‌های انتخابی باشد، وگرنه در فهرست انتظار می‌ماند</translation>
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
        <translation>دارای غرفه</translation>
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
    <name>ExhibitorsPanel</name>
    <message>
        <source>Exhibitors</source>
        <translation>مشارکت‌کنندگان</translation>
    </message>
    <message>
        <source>Search name, id, phone or booth…</source>
        <translation>جستجوی نام، شناسه، تلفن یا غرفه…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌نام‌شده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>انصراف‌داده</translation>
    </message>
    <message>
        <source>Any stand</source>
        <translation>با غرفه و بی‌غرفه</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>دارای غرفه</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>در فهرست انتظار</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Register a new exhibitor</source>
        <translation>ثبت مشارکت‌کنندهٔ تازه</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Edit the chosen exhibitors (several at once)</source>
        <translation>ویرایش مشارکت‌کنندگان انتخاب‌شده (چند مورد با هم)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Mark as withdrawn; the stand is freed</source>
        <translation>ثبت انصراف؛ غرفهٔ او آزاد می‌شود</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Register a withdrawn exhibitor again</source>
        <translation>ثبت دوبارهٔ مشارکت‌کننده‌ای که انصراف داده بود</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the chosen exhibitors</source>
        <translation>حذف مشارکت‌کنندگان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Assign to selected booths</source>
        <translation>واگذاری غرفه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>Give the chosen exhibitor the booths selected on the plan</source>
        <translation>غرفه‌هایی که روی نقشه انتخاب شده‌اند به مشارکت‌کنندهٔ انتخاب‌شده داده شوند</translation>
    </message>
    <message>
        <source>Swap stands</source>
        <translation>جابه‌جایی غرفه‌ها</translation>
    </message>
    <message>
        <source>Exchange the stands of two exhibitors</source>
        <translation>جابه‌جا کردن غرفه‌های دو مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>پس گرفتن غرفه</translation>
    </message>
    <message>
        <source>Take the stand away (waiting list)</source>
        <translation>غرفه پس گرفته شود (فهرست انتظار)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Keep the stand on re-solve</source>
        <translation>در حل دوباره غرفه‌اش حفظ شود</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Let re-solve move it</source>
        <translation>حل دوباره بتواند جابه‌جایش کند</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>همهٔ رسته‌ها</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} از {total}</translation>
    </message>
    <message>
        <source>Remove exhibitors</source>
        <translation>حذف مشارکت‌کنندگان</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n exhibitor(s): {names}?

To keep them on record, withdraw them instead.</source>
        <translation>
            <numerusform>%Ln مشارکت‌کننده حذف شوند: {names}؟

اگر می‌خواهید سابقه‌شان بماند، به جای حذف، انصراف آن‌ها را ثبت کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {count} exhibitor(s): {names}?

To keep them on record, withdraw them instead.</source>
        <translation type="vanished">{count} مشارکت‌کننده حذف شوند: {names}؟

اگر می‌خواهید سابقه‌شان بماند، به جای حذف، انصراف آن‌ها را ثبت کنید.</translation>
    </message>
    <message>
        <source>Choose one exhibitor to assign</source>
        <translation>یک مشارکت‌کننده را برای واگذاری غرفه انتخاب کنید</translation>
    </message>
    <message>
        <source>Select the booths on the plan first</source>
        <translation>اول غرفه‌ها را روی نقشه انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose two exhibitors to swap</source>
        <translation>دو مشارکت‌کننده را برای جابه‌جایی انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>ExplanationsPanel</name>
    <message>
        <source>Explanations</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Rule check failed: {e}</source>
        <translation>بررسی قواعد انجام نشد: {e}</translation>
    </message>
    <message>
        <source>Broken rules ({n})</source>
        <translation>قواعد نقض‌شده ({n})</translation>
    </message>
    <message>
        <source>Shortfalls ({n})</source>
        <translation>کاستی‌ها ({n})</translation>
    </message>
    <message>
        <source>{placed} placed, {waiting} waitlisted, score {score}</source>
        <translation>{placed} غرفه‌دار، {waiting} در فهرست انتظار، امتیاز {score}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>Waitlisted ({n})</source>
        <translation>در فهرست انتظار ({n})</translation>
    </message>
    <message>
        <source>No stand yet: solve or re-solve to place it or learn why</source>
        <translation>هنوز غرفه ندارد: حل یا حل دوباره را اجرا کنید تا جا بگیرد یا دلیلش معلوم شود</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Requirements that cannot be met ({n})</source>
        <translation>نیازهایی که برآورده نمی‌شوند ({n})</translation>
    </message>
    <message>
        <source>Sectors split apart ({n})</source>
        <translation>رسته‌های پراکنده ({n})</translation>
    </message>
    <message>
        <source>Partners apart ({n})</source>
        <translation>شریکان دور از هم ({n})</translation>
    </message>
    <message>
        <source>Corner wishes unmet ({n})</source>
        <translation>خواستهٔ غرفهٔ دوبر برآورده نشده ({n})</translation>
    </message>
    <message>
        <source>Island wishes unmet ({n})</source>
        <translation>خواستهٔ غرفهٔ جزیره برآورده نشده ({n})</translation>
    </message>
    <message>
        <source>Hall wishes unmet ({n})</source>
        <translation>خواستهٔ سالن برآورده نشده ({n})</translation>
    </message>
    <message>
        <source>Stands larger than asked ({n})</source>
        <translation>غرفه‌های بزرگ‌تر از درخواست ({n})</translation>
    </message>
    <message>
        <source>Moved from the published plan ({n})</source>
        <translation>جابه‌جاشده نسبت به نقشهٔ منتشرشده ({n})</translation>
    </message>
</context>
<context>
    <name>FairOrderBox</name>
    <message>
        <source>Fair order</source>
        <translation>ترتیب اولویت</translation>
    </message>
    <message>
        <source>Who is served first when exhibitors compete for a place or a choice: the first key decides, the next breaks its ties.</source>
        <translation>وقتی مشارکت‌کنندگان بر سر یک جا یا یک غرفهٔ انتخابی رقابت می‌کنند، چه کسی جلوتر است: معیار اول تصمیم می‌گیرد و معیار بعدی تساوی آن را می‌شکند.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>بالاتر</translation>
    </message>
    <message>
        <source>Decides earlier (Alt+Up)</source>
        <translation>زودتر تصمیم بگیرد (Alt+بالا)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>پایین‌تر</translation>
    </message>
    <message>
        <source>Decides later (Alt+Down)</source>
        <translation>دیرتر تصمیم بگیرد (Alt+پایین)</translation>
    </message>
    <message>
        <source>Priority tier (sponsor, returning, regular)</source>
        <translation>ردهٔ اولویت (حامی، سابقه‌دار، عادی)</translation>
    </message>
    <message>
        <source>Priority points (more first)</source>
        <translation>امتیاز اولویت (بیشتر جلوتر)</translation>
    </message>
    <message>
        <source>Registration time (earlier first)</source>
        <translation>زمان ثبت‌نام (زودتر جلوتر)</translation>
    </message>
    <message>
        <source>Exhibitor ID (the last word)</source>
        <translation>شناسهٔ مشارکت‌کننده (حرف آخر)</translation>
    </message>
    <message>
        <source>Change the fair order</source>
        <translation>تغییر ترتیب اولویت</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="vanished">&amp;جدید</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
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
        <translation>&amp;بستن برنامه</translation>
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
    <name>FrontierView</name>
    <message>
        <source>More moves, a better plan? Choose:</source>
        <translation>جابه‌جایی بیشتر، نقشه‌ای بهتر؟ انتخاب کنید:</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>بهبود</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>اثبات</translation>
    </message>
    <message>
        <source>fewest: {n}</source>
        <translation>کمترین: {n}</translation>
    </message>
    <message numerus="yes">
        <source>+%n move(s)</source>
        <translation>
            <numerusform>%Ln جابه‌جایی بیشتر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best plan found moves %n exhibitor(s)</source>
        <translation>
            <numerusform>بهترین نقشهٔ یافته‌شده %Ln مشارکت‌کننده را جابه‌جا می‌کند</numerusform>
        </translation>
    </message>
    <message>
        <source>+{k} move</source>
        <translation type="vanished">{k} جابه‌جایی بیشتر</translation>
    </message>
    <message>
        <source>+{k} moves</source>
        <translation type="vanished">{k} جابه‌جایی بیشتر</translation>
    </message>
    <message>
        <source>proven best</source>
        <translation>بهترینِ اثبات‌شده</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>اثبات‌نشده</translation>
    </message>
    <message>
        <source>within {p} %</source>
        <translation>فاصله تا {p}٪</translation>
    </message>
    <message>
        <source>{sign}{p} %</source>
        <translation>{sign}{p}٪</translation>
    </message>
    <message>
        <source>The best plan found moves {n} exhibitors</source>
        <translation type="vanished">بهترین نقشهٔ یافته‌شده {n} مشارکت‌کننده را جابه‌جا می‌کند</translation>
    </message>
</context>
<context>
    <name>HallActions</name>
    <message>
        <source>&amp;Add hall</source>
        <translation>&amp;افزودن سالن</translation>
    </message>
    <message>
        <source>A new empty 40 × 30 m hall beside the others</source>
        <translation>سالن خالی تازه ۴۰ × ۳۰ متری کنار سالن‌های دیگر</translation>
    </message>
    <message>
        <source>D&amp;uplicate hall</source>
        <translation>&amp;رونوشت سالن</translation>
    </message>
    <message>
        <source>A copy of the current hall with its booths</source>
        <translation>رونوشتی از سالن کنونی با غرفه‌هایش</translation>
    </message>
    <message>
        <source>De&amp;lete hall…</source>
        <translation>&amp;حذف سالن…</translation>
    </message>
    <message>
        <source>Remove the current hall with its booths</source>
        <translation>حذف سالن کنونی با غرفه‌هایش</translation>
    </message>
    <message>
        <source>Move hall &amp;earlier</source>
        <translation>سالن یک جا &amp;بالاتر</translation>
    </message>
    <message>
        <source>Move hall la&amp;ter</source>
        <translation>سالن یک جا &amp;پایین‌تر</translation>
    </message>
    <message numerus="yes">
        <source>Delete hall {name} with its %n booth(s)?</source>
        <translation>
            <numerusform>سالن {name} با %Ln غرفه‌اش حذف شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exhibitor(s) lose their stand and go to the waiting list.</source>
        <translation>
            <numerusform>%Ln مشارکت‌کننده غرفه‌شان را از دست می‌دهند و به فهرست انتظار می‌روند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete hall</source>
        <translation>حذف سالن</translation>
    </message>
    <message>
        <source>&amp;Halls</source>
        <translation>&amp;سالن‌ها</translation>
    </message>
</context>
<context>
    <name>HallForm</name>
    <message>
        <source>No booth selected. Hall:</source>
        <translation>غرفه‌ای انتخاب نشده است. سالن:</translation>
    </message>
    <message>
        <source>Only exhibitors of the ticked sectors may use the hall&apos;s booths</source>
        <translation>فقط مشارکت‌کنندگانِ رسته‌های علامت‌خورده می‌توانند از غرفه‌های این سالن استفاده کنند</translation>
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
        <source>Sectors allowed</source>
        <translation>رسته‌های مجاز</translation>
    </message>
    <message>
        <source>None ticked: any sector. A booth&apos;s own zone wins over the hall&apos;s.</source>
        <translation>هیچ‌کدام علامت نخورده: همهٔ رسته‌ها مجازند. رسته‌های مجاز خود غرفه بر رسته‌های سالن مقدم است.</translation>
    </message>
    <message>
        <source>{count} ({area})</source>
        <comment>booths in the hall and their total area</comment>
        <translation>{count} ({area})</translation>
    </message>
</context>
<context>
    <name>Halls</name>
    <message>
        <source>(copy)</source>
        <translation>(رونوشت)</translation>
    </message>
    <message>
        <source>Duplicate hall {0}</source>
        <translation>رونوشت سالن {0}</translation>
    </message>
    <message>
        <source>Delete hall {0}</source>
        <translation>حذف سالن {0}</translation>
    </message>
    <message>
        <source>Move hall {0}</source>
        <translation>جابه‌جایی سالن {0} در فهرست</translation>
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
    <name>JalaliDates</name>
    <message>
        <source>{size} KB</source>
        <translation>{size} کیلوبایت</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>پروندهٔ {suffix}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>Corner mark: only the marked sectors may use the booth</source>
        <translation>نشان گوشه: فقط رسته‌های نشان‌داده‌شده می‌توانند از غرفه استفاده کنند</translation>
    </message>
    <message>
        <source>Numbered badge: the selected exhibitor&apos;s booth choices (1 = best)</source>
        <translation>نشان شماره‌دار: غرفه‌های انتخابی مشارکت‌کنندهٔ برگزیده (۱ = بهترین)</translation>
    </message>
    <message>
        <source>Legend — by sector</source>
        <translation>راهنمای رنگ‌ها — بر اساس رسته</translation>
    </message>
    <message>
        <source>Legend — by status</source>
        <translation>راهنمای رنگ‌ها — بر اساس وضعیت</translation>
    </message>
    <message>
        <source>Legend — by kind</source>
        <translation>راهنمای رنگ‌ها — بر اساس نوع غرفه</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>راهنمای رنگ‌ها</translation>
    </message>
</context>
<context>
    <name>LetterProgress</name>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Writing {count} of {total}: {name}</source>
        <translation>نوشتن {count} از {total}: {name}</translation>
    </message>
    <message>
        <source>Writing one file with all of them, for printing…</source>
        <translation>نوشتن یک فایل با همهٔ آن‌ها، برای چاپ…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The chosen language is used from the next start of Qods Planner: close the program and open it again.</source>
        <translation>زبان انتخاب‌شده از اجرای بعدی برنامه‌ریز نمایشگاه قدس به کار می‌رود: برنامه را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <source>{name}[*]</source>
        <translation>{name}[*]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>E&amp;xhibition details…</source>
        <translation>اطلاعات &amp;نمایشگاه…</translation>
    </message>
    <message>
        <source>The exhibition&apos;s names and dates</source>
        <translation>نام و تاریخ‌های نمایشگاه</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
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
    <message>
        <source>&amp;Plan</source>
        <translation type="vanished">&amp;چیدمان</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>ردیف عنوان‌ها</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>ستون در برگه</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>نخستین مقدارها</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>یعنی</translation>
    </message>
    <message>
        <source>Sectors written in the sheet</source>
        <translation>رسته‌هایی که در برگه نوشته شده‌اند</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>در برگه</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>رسته</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— وارد نمی‌شود —</translation>
    </message>
    <message>
        <source>No header row was recognised. Choose the header row, then say what each column means.</source>
        <translation>ردیف عنوان‌ها شناخته نشد. ردیف عنوان‌ها را انتخاب کنید، سپس معنای هر ستون را مشخص کنید.</translation>
    </message>
    <message>
        <source>Check what each column means; columns marked * are needed.</source>
        <translation>معنای هر ستون را بررسی کنید؛ ستون‌های دارای * لازم‌اند.</translation>
    </message>
    <message>
        <source>— no sector —</source>
        <translation>— بدون رسته —</translation>
    </message>
    <message numerus="yes">
        <source>Add these %n sector(s) to the project</source>
        <translation>
            <numerusform>افزودن این %Ln رسته به پروژه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <source>(several values)</source>
        <translation>(چند مقدار)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Select one or more booths first</source>
        <translation>اول یک یا چند غرفه انتخاب کنید</translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>چیزی انتخاب نشده است</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>حذف موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>No room to duplicate here: {0}</source>
        <translation>جایی برای تکثیر اینجا نیست: {0}</translation>
    </message>
    <message>
        <source>Select exactly one booth to split</source>
        <translation>برای تقسیم، دقیقاً یک غرفه انتخاب کنید</translation>
    </message>
    <message>
        <source>Add a hall first</source>
        <translation>اول یک سالن اضافه کنید</translation>
    </message>
</context>
<context>
    <name>PlanMoves</name>
    <message>
        <source>removed from the project</source>
        <translation type="vanished">از پروژه حذف شد</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="vanished">انصراف داد</translation>
    </message>
    <message>
        <source>newly placed</source>
        <translation type="vanished">تازه جانمایی شد</translation>
    </message>
    <message>
        <source>its booth was removed</source>
        <translation type="vanished">غرفه‌اش حذف شد</translation>
    </message>
    <message>
        <source>its booth was blocked</source>
        <translation type="vanished">غرفه‌اش مسدود شد</translation>
    </message>
    <message>
        <source>its stand size changed</source>
        <translation type="vanished">متراژ غرفه‌اش تغییر کرد</translation>
    </message>
    <message>
        <source>no stand fits any more</source>
        <translation type="vanished">دیگر هیچ غرفه‌ای مناسبش نیست</translation>
    </message>
</context>
<context>
    <name>PlanPrint</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} تا {end}</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>چاپ: {date}</translation>
    </message>
    <message>
        <source>{length} m</source>
        <translation>{length} متر</translation>
    </message>
    <message>
        <source>sheet {n} of {count}</source>
        <translation>برگ {n} از {count}</translation>
    </message>
    <message>
        <source>continues on sheet {n}</source>
        <translation>ادامه در برگ {n}</translation>
    </message>
    <message>
        <source>Key to the numbered stands</source>
        <translation>راهنمای غرفه‌های شماره‌دار</translation>
    </message>
    <message>
        <source>Key to the numbered stands — {hall}, {sheet}</source>
        <translation>راهنمای غرفه‌های شماره‌دار — {hall}، {sheet}</translation>
    </message>
    <message>
        <source>Key to the numbered stands — {hall}</source>
        <translation>راهنمای غرفه‌های شماره‌دار — {hall}</translation>
    </message>
    <message>
        <source>N</source>
        <translation>شمال</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Fire exit</source>
        <translation>خروج اضطراری</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>رزروشده</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Index of exhibitors</source>
        <translation>فهرست الفبایی غرفه‌گذاران</translation>
    </message>
</context>
<context>
    <name>PlanStyle</name>
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
        <source>Inline</source>
        <translation>یک‌بر</translation>
    </message>
    <message>
        <source>Corner</source>
        <translation>دوبر (نبش)</translation>
    </message>
    <message>
        <source>Peninsula</source>
        <translation>سه‌بر</translation>
    </message>
    <message>
        <source>Island</source>
        <translation>چهاربر (جزیره)</translation>
    </message>
    <message>
        <source>Free booth</source>
        <translation>غرفهٔ خالی</translation>
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
        <translation type="vanished">این تغییر {count} قاعده را نقض می‌کند:

{rules}

با این حال نگه داشته شود؟</translation>
    </message>
    <message numerus="yes">
        <source>This change breaks %n rule(s):

{rules}

Keep it anyway?</source>
        <translation>
            <numerusform>این تغییر %Ln قاعده را نقض می‌کند:

{rules}

با این حال نگه داشته شود؟</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Remove %n exhibitor(s)</source>
        <translation>
            <numerusform>حذف %Ln مشارکت‌کننده</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {0} exhibitors</source>
        <translation type="vanished">حذف {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Add exhibitor {0}</source>
        <translation>افزودن مشارکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Exhibitor id {0} is already used</source>
        <translation>شناسهٔ مشارکت‌کننده {0} قبلاً استفاده شده است</translation>
    </message>
    <message>
        <source>Choose a sector for the exhibitor</source>
        <translation>برای مشارکت‌کننده یک رسته انتخاب کنید</translation>
    </message>
    <message>
        <source>Edit exhibitor {0}</source>
        <translation>ویرایش مشارکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Edit %n exhibitor(s)</source>
        <translation>ویرایش %Ln مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Withdraw %n exhibitor(s)</source>
        <translation>ثبت انصراف %Ln مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Restore %n exhibitor(s)</source>
        <translation>بازگرداندن %Ln مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Edit {0} exhibitors</source>
        <translation type="vanished">ویرایش {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>The chosen exhibitors are already withdrawn</source>
        <translation>انصراف مشارکت‌کنندگان انتخاب‌شده قبلاً ثبت شده است</translation>
    </message>
    <message>
        <source>Withdraw exhibitor {0}</source>
        <translation>ثبت انصراف مشارکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Withdraw {0} exhibitors</source>
        <translation type="vanished">ثبت انصراف {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>The chosen exhibitors are not withdrawn</source>
        <translation>مشارکت‌کنندگان انتخاب‌شده انصراف نداده‌اند</translation>
    </message>
    <message>
        <source>Restore exhibitor {0}</source>
        <translation>بازگرداندن مشارکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Restore {0} exhibitors</source>
        <translation type="vanished">بازگرداندن {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Add sector {0}</source>
        <translation>افزودن رستهٔ {0}</translation>
    </message>
    <message>
        <source>Sector id {0} is already used</source>
        <translation>شناسهٔ رستهٔ {0} قبلاً استفاده شده است</translation>
    </message>
    <message>
        <source>Edit sector {0}</source>
        <translation>ویرایش رستهٔ {0}</translation>
    </message>
    <message>
        <source>Remove sector {0}</source>
        <translation>حذف رستهٔ {0}</translation>
    </message>
    <message>
        <source>Sector {0} is used by %n exhibitor(s); move them to another sector first</source>
        <translation>رستهٔ {0} را %Ln مشارکت‌کننده دارند؛ اول آن‌ها را به رستهٔ دیگری ببرید</translation>
    </message>
    <message>
        <source>Complementarity of %n pair(s): {0}</source>
        <translation>مکمل بودن %Ln جفت رسته: {0}</translation>
    </message>
    <message>
        <source>Sector {0} is used by {1} exhibitors; move them to another sector first</source>
        <translation type="vanished">رستهٔ {0} را {1} مشارکت‌کننده دارند؛ اول آن‌ها را به رستهٔ دیگری ببرید</translation>
    </message>
    <message>
        <source>Choose a pair of sectors</source>
        <translation>یک جفت رسته انتخاب کنید</translation>
    </message>
    <message>
        <source>Complementarity {0}–{1}: {2}</source>
        <translation>مکمل بودن {0} و {1}: {2}</translation>
    </message>
    <message>
        <source>Complementarity of {0} pairs: {1}</source>
        <translation type="vanished">مکمل بودن {0} جفت رسته: {1}</translation>
    </message>
    <message>
        <source>A sector&apos;s complementarity with itself is fixed</source>
        <translation>مکمل بودن یک رسته با خودش ثابت است</translation>
    </message>
    <message>
        <source>Unknown sector {0}</source>
        <translation>رستهٔ ناشناخته: {0}</translation>
    </message>
    <message>
        <source>Choose at least one booth</source>
        <translation>دست‌کم یک غرفه انتخاب کنید</translation>
    </message>
    <message>
        <source>Unknown exhibitor {0}</source>
        <translation>مشارکت‌کنندهٔ ناشناخته: {0}</translation>
    </message>
    <message>
        <source>{0} has withdrawn; restore it first</source>
        <translation>{0} انصراف داده است؛ اول او را بازگردانید</translation>
    </message>
    <message>
        <source>Unknown booth {0}</source>
        <translation>غرفهٔ ناشناخته: {0}</translation>
    </message>
    <message>
        <source>Assign {0} to {1}</source>
        <translation>واگذاری غرفهٔ {1} به {0}</translation>
    </message>
    <message>
        <source>Choose two different exhibitors to swap</source>
        <translation>برای جابه‌جایی دو مشارکت‌کنندهٔ متفاوت انتخاب کنید</translation>
    </message>
    <message>
        <source>Exhibitor {0} has no stand to swap</source>
        <translation>{0} غرفه‌ای برای جابه‌جایی ندارد</translation>
    </message>
    <message>
        <source>Swap the stands of {0} and {1}</source>
        <translation>جابه‌جایی غرفه‌های {0} و {1}</translation>
    </message>
    <message>
        <source>None of the chosen exhibitors has a stand</source>
        <translation>هیچ‌یک از مشارکت‌کنندگان انتخاب‌شده غرفه ندارد</translation>
    </message>
    <message>
        <source>Unassign {0}</source>
        <translation>پس گرفتن غرفهٔ {0}</translation>
    </message>
    <message>
        <source>Unassign %n exhibitor(s)</source>
        <translation>پس گرفتن غرفهٔ %Ln مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Lock %n exhibitor(s)</source>
        <translation>قفل کردن %Ln مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Unlock %n exhibitor(s)</source>
        <translation>باز کردن قفل %Ln مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Unassign {0} exhibitors</source>
        <translation type="vanished">پس گرفتن غرفهٔ {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Only an exhibitor with a stand can be locked</source>
        <translation>فقط مشارکت‌کننده‌ای که غرفه دارد قفل می‌شود</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>قفل کردن {0}</translation>
    </message>
    <message>
        <source>Lock {0} exhibitors</source>
        <translation type="vanished">قفل کردن {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation>باز کردن قفل {0}</translation>
    </message>
    <message>
        <source>Unlock {0} exhibitors</source>
        <translation type="vanished">باز کردن قفل {0} مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Copy choices from an earlier fair</source>
        <translation>رونوشت غرفه‌های انتخابی از نمایشگاه پیشین</translation>
    </message>
</context>
<context>
    <name>PlanningMenu</name>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;برنامه‌ریزی</translation>
    </message>
    <message>
        <source>Add e&amp;xhibitor…</source>
        <translation>افزودن &amp;مشارکت‌کننده…</translation>
    </message>
    <message>
        <source>&amp;Edit exhibitors…</source>
        <translation>&amp;ویرایش مشارکت‌کنندگان…</translation>
    </message>
</context>
<context>
    <name>PointsField</name>
    <message>
        <source>(several)</source>
        <translation>(چند مقدار)</translation>
    </message>
</context>
<context>
    <name>PrintError</name>
    <message>
        <source>paper must be one of {papers}, got {paper!r}</source>
        <translation>کاغذ باید یکی از {papers} باشد؛ مقدار داده‌شده: {paper!r}</translation>
    </message>
    <message>
        <source>orientation must be landscape or portrait, got {value!r}</source>
        <translation>جهت صفحه باید افقی (landscape) یا عمودی (portrait) باشد؛ مقدار داده‌شده: {value!r}</translation>
    </message>
    <message>
        <source>tiling must be auto or fit, got {value!r}</source>
        <translation>چیدن برگ‌ها باید auto یا fit باشد؛ مقدار داده‌شده: {value!r}</translation>
    </message>
    <message>
        <source>choose the plan, the index or both</source>
        <translation>نقشه، فهرست یا هر دو را انتخاب کنید</translation>
    </message>
    <message>
        <source>printing needs a running QApplication</source>
        <translation>برای چاپ، برنامه باید در حال اجرا باشد (QApplication)</translation>
    </message>
    <message>
        <source>the project has no halls to print</source>
        <translation>پروژه سالنی برای چاپ ندارد</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="vanished">نوشتن {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>the printer could not start</source>
        <translation>چاپگر به کار نیفتاد</translation>
    </message>
    <message>
        <source>the resolution must be 20 to 1200 dpi, got {dpi}</source>
        <translation>وضوح باید بین ۲۰ تا ۱۲۰۰ dpi باشد؛ مقدار داده‌شده: {dpi}</translation>
    </message>
    <message>
        <source>cannot encode {path} as PNG</source>
        <translation>ساختن تصویر PNG برای {path} ممکن نشد</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>پیش‌نمایش چاپ</translation>
    </message>
    <message>
        <source>Plan and index</source>
        <translation>نقشه و فهرست</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>فقط نقشه</translation>
    </message>
    <message>
        <source>Index only</source>
        <translation>فقط فهرست</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>As many sheets as the names need</source>
        <translation>هر چند برگ که نام‌ها لازم دارند</translation>
    </message>
    <message>
        <source>One sheet per hall (small stands unnamed)</source>
        <translation>هر سالن در یک برگ (غرفه‌های کوچک بی‌نام)</translation>
    </message>
    <message>
        <source>The project&apos;s</source>
        <translation>زبان پروژه</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>چاپ:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>جهت:</translation>
    </message>
    <message>
        <source>Large halls:</source>
        <translation>سالن‌های بزرگ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln صفحه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) or name(s) do not fit at 6 pt and are left out: choose more sheets or a larger paper.</source>
        <translation>
            <numerusform>%Ln شماره یا نام با اندازهٔ دست‌کم ۶ پوینت جا نمی‌شود و چاپ نمی‌شود: برگ‌های بیشتر یا کاغذ بزرگ‌تر را انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} page(s)</source>
        <translation type="vanished">{count} صفحه</translation>
    </message>
    <message>
        <source>{count} labels or names do not fit at 6 pt and are left out: choose more sheets or a larger paper.</source>
        <translation type="vanished">{count} شماره یا نام با اندازهٔ دست‌کم ۶ پوینت جا نمی‌شود و چاپ نمی‌شود: برگ‌های بیشتر یا کاغذ بزرگ‌تر را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Also show what was corrected automatically</source>
        <translation>موارد خودکار اصلاح‌شده هم نشان داده شوند</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln مشکل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln ردیف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%Ln مقدار</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems} in {bad} of {rows}; {fixes} corrected automatically. Fix the workbook and check again, or import the valid rows only.</source>
        <translation>{problems} در {bad} ردیف از {rows}؛ {fixes} خودکار اصلاح شد. فایل اکسل را درست کنید و دوباره بررسی کنید، یا فقط ردیف‌های درست را وارد کنید.</translation>
    </message>
    <message>
        <source>No problems in {rows}; {fixes} corrected automatically.</source>
        <translation>در {rows} مشکلی نیست؛ {fixes} خودکار اصلاح شد.</translation>
    </message>
    <message>
        <source>{problems} problem(s) in {bad} of {rows} row(s); {fixes} value(s) corrected automatically. Fix the workbook and check again, or import the valid rows only.</source>
        <translation type="vanished">{problems} مشکل در {bad} ردیف از {rows} ردیف؛ {fixes} مقدار خودکار اصلاح شد. فایل اکسل را درست کنید و دوباره بررسی کنید، یا فقط ردیف‌های درست را وارد کنید.</translation>
    </message>
    <message>
        <source>No problems in {rows} row(s); {fixes} value(s) corrected automatically.</source>
        <translation type="vanished">در {rows} ردیف مشکلی نیست؛ {fixes} مقدار خودکار اصلاح شد.</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Calibrate</source>
        <translation>تنظیم مقیاس</translation>
    </message>
    <message>
        <source>Real distance between the points (m):</source>
        <translation>فاصلهٔ واقعی دو نقطه (متر):</translation>
    </message>
    <message>
        <source>Split booth</source>
        <translation>تقسیم غرفه</translation>
    </message>
    <message>
        <source>Number of parts:</source>
        <translation>تعداد بخش‌ها:</translation>
    </message>
    <message>
        <source>Background picture</source>
        <translation>تصویر زمینه</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>پیدایی تصویر زمینه</translation>
    </message>
    <message>
        <source>Opacity (%):</source>
        <translation>میزان پیدایی (٪):</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source> m</source>
        <comment>metres after a length</comment>
        <translation> متر</translation>
    </message>
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
    <name>Publishing</name>
    <message>
        <source>there is nothing to print</source>
        <translation>چیزی برای چاپ نیست</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="vanished">نوشتن {path} ممکن نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <source>Letters to exhibitors…</source>
        <translation>نامه به مشارکت‌کنندگان…</translation>
    </message>
    <message>
        <source>A PDF letter to each placed exhibitor, in its language, with a map</source>
        <translation>برای هر مشارکت‌کننده جای‌گرفته یک نامه PDF به زبان خودش، همراه با نقشه</translation>
    </message>
    <message>
        <source>Move notices…</source>
        <translation>اطلاعیه‌های جابه‌جایی…</translation>
    </message>
    <message>
        <source>A notice to each exhibitor whose stand changed since the published plan</source>
        <translation>اطلاعیه برای هر مشارکت‌کننده‌ای که غرفه‌اش نسبت به نقشه منتشرشده تغییر کرده است</translation>
    </message>
    <message>
        <source>Catalogue for visitors (PDF)…</source>
        <translation>کاتالوگ بازدیدکنندگان (PDF)…</translation>
    </message>
    <message>
        <source>Floor map for visitors (HTML)…</source>
        <translation>نقشه نمایشگاه برای بازدیدکنندگان (HTML)…</translation>
    </message>
    <message>
        <source>One web page that works offline: search, sectors, supply chains</source>
        <translation>یک صفحه وب که بدون اینترنت کار می‌کند: جست‌وجو، رسته‌ها، زنجیره‌های تأمین</translation>
    </message>
    <message>
        <source>Space report (PDF)…</source>
        <translation>گزارش فضا (PDF)…</translation>
    </message>
    <message>
        <source>Fair order (PDF)…</source>
        <translation>ترتیب اولویت (PDF)…</translation>
    </message>
    <message>
        <source>For each place refused: who holds it and why (the fairness certificate)</source>
        <translation>برای هر جای داده‌نشده: در اختیار کیست و چرا (گواهی ترتیب اولویت)</translation>
    </message>
    <message>
        <source>Move notices</source>
        <translation>اطلاعیه‌های جابه‌جایی</translation>
    </message>
    <message>
        <source>Letters to exhibitors</source>
        <translation>نامه به مشارکت‌کنندگان</translation>
    </message>
    <message>
        <source>There is no published plan to compare with: publish the plan (Planning ▸ Publish plan) before re-solving.</source>
        <translation>نقشه منتشرشده‌ای برای مقایسه نیست: پیش از برنامه‌ریزی دوباره، نقشه را منتشر کنید (برنامه‌ریزی ◂ انتشار نقشه).</translation>
    </message>
    <message numerus="yes">
        <source>%n move notice(s) written into {folder}</source>
        <translation>
            <numerusform>%Ln اطلاعیه جابه‌جایی در {folder} نوشته شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the move notices</source>
        <translation>پوشه اطلاعیه‌های جابه‌جایی</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>پوشه نامه‌ها</translation>
    </message>
    <message>
        <source>Fair order</source>
        <translation>ترتیب اولویت</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written into {folder}</source>
        <translation>
            <numerusform>%Ln نامه در {folder} نوشته شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n move notice(s), each one complete, in the folder
{folder}

The file with all of them was not written.</source>
        <translation>
            <numerusform>پس از نوشتن %Ln اطلاعیه جابه‌جایی متوقف شد؛ هر کدام کامل است و در این پوشه است:
{folder}

فایلی که همه آن‌ها را یک‌جا دارد نوشته نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n letter(s), each one complete, in the folder
{folder}

The file with all of them was not written.</source>
        <translation>
            <numerusform>پس از نوشتن %Ln نامه متوقف شد؛ هر کدام کامل است و در این پوشه است:
{folder}

فایلی که همه آن‌ها را یک‌جا دارد نوشته نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n move notice(s) had been written; each one is complete.</source>
        <translation>
            <numerusform>پیش از این، %Ln اطلاعیه جابه‌جایی نوشته شده بود؛ هر کدام کامل است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n letter(s) had been written; each one is complete.</source>
        <translation>
            <numerusform>پیش از این، %Ln نامه نوشته شده بود؛ هر کدام کامل است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue for visitors</source>
        <translation>کاتالوگ بازدیدکنندگان</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>نوشته شد: {path}</translation>
    </message>
    <message>
        <source>Floor map for visitors</source>
        <translation>نقشه نمایشگاه برای بازدیدکنندگان</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحه‌های وب (*.html)</translation>
    </message>
    <message>
        <source>Space report</source>
        <translation>گزارش فضا</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;کد HTML:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>جستجو در:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>پرونده‌هایی از نوع:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>ذخیره نکن</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>بله برای همه</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>نه برای همه</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Backspace</source>
        <translation>پس‌بر</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>خلاص</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>جهش</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>فاصله</translation>
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
    <name>ResolveSettings</name>
    <message>
        <source>Published exhibitors always keep a stand</source>
        <translation>مشارکت‌کنندگان نقشهٔ منتشرشده همیشه غرفه دارند</translation>
    </message>
    <message>
        <source>A re-solve may move an exhibitor of the published plan, but never sends it to the waitlist</source>
        <translation>حل دوباره ممکن است مشارکت‌کننده‌ای از نقشهٔ منتشرشده را جابه‌جا کند، اما هرگز او را به فهرست انتظار نمی‌فرستد</translation>
    </message>
    <message>
        <source>A re-solve also offers the best plans with up to this many more moves</source>
        <translation>حل دوباره بهترین نقشه‌ها با حداکثر این تعداد جابه‌جایی بیشتر را هم پیشنهاد می‌کند</translation>
    </message>
    <message>
        <source>Extra moves offered</source>
        <translation>جابه‌جایی‌های بیشترِ پیشنهادی</translation>
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
    <message>
        <source>Booth {0} is in no known hall</source>
        <translation>غرفهٔ {0} در هیچ سالن شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>Booth {0} would lie outside hall {1}</source>
        <translation>غرفهٔ {0} بیرون از سالن {1} می‌افتد</translation>
    </message>
    <message>
        <source>Label {0} is already used by another booth</source>
        <translation>شمارهٔ {0} مال غرفهٔ دیگری است</translation>
    </message>
    <message>
        <source>Booth {0} would overlap booth {1}</source>
        <translation>غرفهٔ {0} روی غرفهٔ {1} می‌افتد</translation>
    </message>
    <message>
        <source>Booth {0} would cover {1}</source>
        <translation>غرفهٔ {0} روی {1} می‌افتد</translation>
    </message>
    <message>
        <source>The {0} is in no known hall</source>
        <translation>{0} در هیچ سالن شناخته‌شده‌ای نیست</translation>
    </message>
    <message>
        <source>The {0} would lie outside hall {1}</source>
        <translation>{0} بیرون از سالن {1} می‌افتد</translation>
    </message>
    <message>
        <source>The {0} would lie under booth {1}</source>
        <translation>{0} زیر غرفهٔ {1} می‌افتد</translation>
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
    <name>SectorNameDialog</name>
    <message>
        <source>No cap</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <source>How many of the sector&apos;s exhibitors may get a stand</source>
        <translation>چند مشارکت‌کننده از این رسته می‌توانند غرفه بگیرند</translation>
    </message>
    <message>
        <source>Give the sector a name in both languages.</source>
        <translation>برای رسته در هر دو زبان نام بنویسید.</translation>
    </message>
    <message>
        <source>Another sector is already called “{0}”.</source>
        <translation>رستهٔ دیگری با نام «{0}» هست.</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>افزودن رسته</translation>
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
        <source>Most stands</source>
        <translation>سقف غرفه‌ها</translation>
    </message>
</context>
<context>
    <name>SectorTableModel</name>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Exhibitors</source>
        <translation>مشارکت‌کنندگان</translation>
    </message>
    <message>
        <source>Stands / most</source>
        <translation>غرفه‌ها / سقف</translation>
    </message>
    <message>
        <source>{colour} (double-click to change)</source>
        <translation>{colour} (برای تغییر دوبار کلیک کنید)</translation>
    </message>
    <message>
        <source>{placed} / {most}</source>
        <translation>{placed} / {most}</translation>
    </message>
    <message>
        <source>Stands placed; no cap. Double-click to set the most stands.</source>
        <translation>غرفه‌های داده‌شده؛ بدون سقف. برای تعیین سقف غرفه‌ها دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Stands placed, and the most the sector may have. Double-click to change; empty: no cap.</source>
        <translation>غرفه‌های داده‌شده و سقف غرفه‌های رسته. برای تغییر دوبار کلیک کنید؛ خالی: بدون سقف.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <source>Most stands of sector {0}: {1}</source>
        <translation>سقف غرفه‌های رستهٔ {0}: {1}</translation>
    </message>
    <message>
        <source>The most stands is a whole number, or empty</source>
        <translation>سقف غرفه‌ها باید عدد صحیح یا خالی باشد</translation>
    </message>
</context>
<context>
    <name>SectorsPanel</name>
    <message>
        <source>Sectors</source>
        <translation>رسته‌ها</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>افزودن رسته</translation>
    </message>
    <message>
        <source>Remove sector</source>
        <translation>حذف رسته</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>رنگ…</translation>
    </message>
    <message>
        <source>Most stands…</source>
        <translation>سقف غرفه‌ها…</translation>
    </message>
    <message>
        <source>Cap how many of the sector&apos;s exhibitors get a stand</source>
        <translation>تعیین سقف تعداد مشارکت‌کنندگانی از این رسته که غرفه می‌گیرند</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complementarity&lt;/b&gt;: how much two sectors feed each other</source>
        <translation>&lt;b&gt;مکمل بودن&lt;/b&gt;: دو رسته چه اندازه به کار هم می‌آیند</translation>
    </message>
    <message>
        <source>Double-click a cell, or select cells and type 0–3.</source>
        <translation>روی یک خانه دوبار کلیک کنید، یا خانه‌ها را انتخاب کنید و عددی از ۰ تا ۳ بنویسید.</translation>
    </message>
    <message>
        <source>Colour of {0}</source>
        <translation>رنگ {0}</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Move selection</source>
        <translation>جابه‌جایی موارد انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
</context>
<context>
    <name>SolvePanel</name>
    <message>
        <source>Solve</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>The solver stops after this many seconds (a re-solve after at most 10)</source>
        <translation>حل‌کننده پس از این چند ثانیه می‌ایستد (حل دوباره حداکثر پس از ۱۰ ثانیه)</translation>
    </message>
    <message>
        <source>The same project and seed give the same plan</source>
        <translation>پروژه و بذر تصادفی یکسان، نقشهٔ یکسان می‌دهد</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متعادل</translation>
    </message>
    <message>
        <source>Group sectors strongly</source>
        <translation>کنار هم بودن رسته‌ها</translation>
    </message>
    <message>
        <source>Respect wishes</source>
        <translation>توجه به خواسته‌ها</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>دلخواه</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>محدودیت زمان</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>بذر تصادفی</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>وزن‌ها</translation>
    </message>
    <message>
        <source>Points per rule</source>
        <translation>امتیاز هر قاعده</translation>
    </message>
    <message>
        <source>Same sector as neighbour</source>
        <translation>همسایهٔ هم‌رسته</translation>
    </message>
    <message>
        <source>Complementary sectors as neighbours</source>
        <translation>همسایگی رسته‌های مکمل</translation>
    </message>
    <message>
        <source>Priority exhibitors on premium booths</source>
        <translation>مشارکت‌کنندگان اولویت‌دار در غرفه‌های ممتاز</translation>
    </message>
    <message>
        <source>Corner wish met</source>
        <translation>برآوردن خواستهٔ غرفهٔ دوبر</translation>
    </message>
    <message>
        <source>Island wish met</source>
        <translation>برآوردن خواستهٔ غرفهٔ جزیره</translation>
    </message>
    <message>
        <source>Hall wish met</source>
        <translation>برآوردن خواستهٔ سالن</translation>
    </message>
    <message>
        <source>Booth choice met (first choice × 5)</source>
        <translation>غرفهٔ انتخابی داده شد (انتخاب اول × ۵)</translation>
    </message>
    <message>
        <source>Partners near each other</source>
        <translation>نزدیکی شریکان به هم</translation>
    </message>
    <message>
        <source>Wasted area (per m²)</source>
        <translation>مساحت هدررفته (هر متر مربع)</translation>
    </message>
    <message>
        <source>Waitlisting an exhibitor</source>
        <translation>رفتن یک مشارکت‌کننده به فهرست انتظار</translation>
    </message>
    <message>
        <source>Moving a published stand</source>
        <translation>جابه‌جایی غرفهٔ منتشرشده</translation>
    </message>
    <message>
        <source>Plan from scratch; locked stands stay</source>
        <translation>چیدمان از صفر؛ غرفه‌های قفل‌شده سر جایشان می‌مانند</translation>
    </message>
    <message>
        <source>Re-solve</source>
        <translation>حل دوباره</translation>
    </message>
    <message>
        <source>Plan again from the current plan, moving as few exhibitors as possible</source>
        <translation>چیدمان دوباره از روی نقشهٔ فعلی، با جابه‌جایی کمترین تعداد مشارکت‌کننده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop and keep the best plan found so far</source>
        <translation>توقف و نگه داشتن بهترین چیدمانی که تا این لحظه پیدا شده</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>زمان سپری‌شده</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>بهترین امتیاز ممکن</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>فاصله تا بهترین</translation>
    </message>
    <message>
        <source>Plans found</source>
        <translation>چیدمان‌های پیداشده</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>فهرست انتظار</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>در حال حل…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist — no plan can place more (by priority)</source>
        <translation>
            <numerusform>%Ln در فهرست انتظار — هیچ نقشه‌ای بیشتر جا نمی‌دهد (به ترتیب اولویت)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist — not proven the shortest</source>
        <translation>
            <numerusform>%Ln در فهرست انتظار — کوتاه‌ترین بودنش ثابت نشده</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimal: no better plan exists</source>
        <translation>بهینه: چیدمانی بهتر از این وجود ندارد</translation>
    </message>
    <message>
        <source>Good plan (not proven best)</source>
        <translation>چیدمان خوب (بهترین بودنش اثبات نشده)</translation>
    </message>
    <message>
        <source>Time limit reached: best plan found</source>
        <translation>زمان تمام شد: بهترین چیدمان پیداشده</translation>
    </message>
    <message>
        <source>Cancelled: best plan found so far</source>
        <translation>لغو شد: بهترین چیدمانی که تا آن لحظه پیدا شده بود</translation>
    </message>
    <message>
        <source>No plan can meet every hard rule</source>
        <translation>هیچ چیدمانی همهٔ قواعد قطعی را رعایت نمی‌کند</translation>
    </message>
    <message>
        <source>No plan found</source>
        <translation>چیدمانی پیدا نشد</translation>
    </message>
    <message>
        <source>The solver failed</source>
        <translation>حل‌کننده با خطا متوقف شد</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} ثانیه</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p}٪</translation>
    </message>
</context>
<context>
    <name>SolvingActions</name>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;حل</translation>
    </message>
    <message>
        <source>Plan from scratch; locked stands stay</source>
        <translation>چیدمان از نو؛ غرفه‌های قفل‌شده سر جایشان می‌مانند</translation>
    </message>
    <message>
        <source>&amp;Re-solve</source>
        <translation>حل &amp;دوباره</translation>
    </message>
    <message>
        <source>Plan again with the fewest moves</source>
        <translation>چیدمان دوباره با کمترین جابه‌جایی</translation>
    </message>
    <message>
        <source>&amp;Cancel solving</source>
        <translation>&amp;لغو حل</translation>
    </message>
    <message>
        <source>Stop and keep the best plan found so far</source>
        <translation>توقف و نگه‌داشتن بهترین چیدمانی که تا اینجا پیدا شده</translation>
    </message>
    <message>
        <source>&amp;Accept the proposed plan</source>
        <translation>&amp;پذیرفتن نقشهٔ پیشنهادی</translation>
    </message>
    <message>
        <source>Apply the plan the solve proposes (one undo step)</source>
        <translation>نقشه‌ای که حل پیشنهاد می‌کند اعمال شود (یک گام واگرد)</translation>
    </message>
    <message>
        <source>&amp;Discard the proposed plan</source>
        <translation>&amp;کنار گذاشتن نقشهٔ پیشنهادی</translation>
    </message>
    <message>
        <source>Keep the plan as it is</source>
        <translation>نقشه همان‌طور که هست بماند</translation>
    </message>
    <message>
        <source>&amp;Publish plan</source>
        <translation>&amp;انتشار نقشه</translation>
    </message>
    <message>
        <source>Record this plan as the one exhibitors were told</source>
        <translation>ثبت این نقشه به‌عنوان نقشه‌ای که به غرفه‌داران اعلام شد</translation>
    </message>
</context>
<context>
    <name>SolvingCommands</name>
    <message>
        <source>Change the settings</source>
        <translation>تغییر تنظیمات</translation>
    </message>
    <message>
        <source>Publish the plan</source>
        <translation>انتشار نقشه</translation>
    </message>
</context>
<context>
    <name>SolvingController</name>
    <message>
        <source>The project changed, so the proposed moves were dropped</source>
        <translation>پروژه تغییر کرد، پس جابه‌جایی‌های پیشنهادی کنار گذاشته شد</translation>
    </message>
    <message>
        <source>Solve from scratch</source>
        <translation>حل از صفر</translation>
    </message>
    <message>
        <source>A plan was published. Solving from scratch may move exhibitors who were already told their booth; Re-solve keeps moves to a minimum.

Solve from scratch anyway?</source>
        <translation>نقشه‌ای منتشر شده است. حل از صفر ممکن است غرفه‌دارانی را که غرفه‌شان به آن‌ها اعلام شده جابه‌جا کند؛ «حل دوباره» جابه‌جایی‌ها را به کمترین می‌رساند.

با این حال از صفر حل شود؟</translation>
    </message>
    <message>
        <source>A solve is already running</source>
        <translation>یک حل در جریان است</translation>
    </message>
    <message>
        <source>There is no registered exhibitor to plan</source>
        <translation>هیچ مشارکت‌کنندهٔ ثبت‌نام‌شده‌ای برای چیدمان نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibitor(s)</source>
        <translation>
            <numerusform>%Ln مشارکت‌کننده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booth(s)</source>
        <translation>
            <numerusform>%Ln غرفه</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning {exhibitors} on {booths} from scratch…</source>
        <translation>چیدمان {exhibitors} در {booths} از صفر…</translation>
    </message>
    <message>
        <source>Re-planning {exhibitors} with the fewest moves…</source>
        <translation>چیدمان دوبارهٔ {exhibitors} با کمترین جابه‌جایی…</translation>
    </message>
    <message>
        <source>Cancelling: keeping the best plan found so far…</source>
        <translation>در حال لغو: بهترین چیدمانی که تا این لحظه پیدا شده نگه داشته می‌شود…</translation>
    </message>
    <message>
        <source>The solve ended without a plan</source>
        <translation>حل بدون چیدمان پایان یافت</translation>
    </message>
    <message>
        <source>Re-solve: the current plan needs no change</source>
        <translation>حل دوباره: نقشهٔ فعلی نیازی به تغییر ندارد</translation>
    </message>
    <message>
        <source>The re-solve needs no move. Changes lists better plans that move a few exhibitors: choose one and accept it, or discard.</source>
        <translation>حل دوباره به هیچ جابه‌جایی نیاز ندارد. پنل تغییرات نقشه‌های بهتری را که چند مشارکت‌کننده را جابه‌جا می‌کنند فهرست کرده است: یکی را انتخاب کنید و بپذیرید، یا کنار بگذارید.</translation>
    </message>
    <message>
        <source>The re-solve proposes {moves}, {placed} and {waiting}. Accept or discard them.</source>
        <translation>حل دوباره {moves}، {placed} و {waiting} پیشنهاد می‌کند. آن‌ها را بپذیرید یا کنار بگذارید.</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%Ln جابه‌جایی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly placed</source>
        <translation>
            <numerusform>%Ln جانمایی تازه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted</source>
        <translation>
            <numerusform>%Ln رفتن به فهرست انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The re-solve proposes %n move(s). Accept or discard them.</source>
        <translation type="vanished">
            <numerusform>حل دوباره %Ln جابه‌جایی پیشنهاد می‌کند. آن‌ها را بپذیرید یا کنار بگذارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot solve: {reason}</source>
        <translation>چیدمان ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>Planning {exhibitors} exhibitors on {booths} booths from scratch…</source>
        <translation type="vanished">چیدمان {exhibitors} مشارکت‌کننده در {booths} غرفه از صفر…</translation>
    </message>
    <message>
        <source>Re-planning {exhibitors} exhibitors with the fewest moves…</source>
        <translation type="vanished">چیدمان دوبارهٔ {exhibitors} مشارکت‌کننده با کمترین جابه‌جایی…</translation>
    </message>
    <message>
        <source>No plan can keep every hard rule: see Explanations</source>
        <translation>هیچ نقشه‌ای نمی‌تواند همهٔ قاعده‌ها را رعایت کند: «توضیحات» را ببینید</translation>
    </message>
    <message>
        <source>The solve proposes a plan: {placed} placed, {waiting} waitlisted. Accept or discard it.</source>
        <translation>حل نقشه‌ای پیشنهاد می‌کند: {placed} جای‌گرفته، {waiting} در فهرست انتظار. آن را بپذیرید یا کنار بگذارید.</translation>
    </message>
    <message>
        <source>Moves the re-solve proposes: {n}. Accept or discard them.</source>
        <translation type="vanished">جابه‌جایی‌هایی که حل دوباره پیشنهاد می‌کند: {n}. آن‌ها را بپذیرید یا کنار بگذارید.</translation>
    </message>
    <message>
        <source>The project changed while solving, so the result was not applied. Solve again to plan the project as it is now.</source>
        <translation>پروژه در حین حل تغییر کرد، پس نتیجه اعمال نشد. برای چیدمان پروژه در وضع کنونی، دوباره حل کنید.</translation>
    </message>
    <message>
        <source>The solver kept the current plan</source>
        <translation>حل‌کننده نقشهٔ فعلی را نگه داشت</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>Re-solve</source>
        <translation>حل دوباره</translation>
    </message>
    <message>
        <source>{what}: {placed} placed, {waiting} waitlisted</source>
        <translation>{what}: {placed} غرفه‌دار، {waiting} در فهرست انتظار</translation>
    </message>
    <message>
        <source>There is no plan to publish</source>
        <translation>نقشه‌ای برای انتشار نیست</translation>
    </message>
    <message>
        <source>This plan is already published</source>
        <translation>این نقشه قبلاً منتشر شده است</translation>
    </message>
    <message>
        <source>The plan breaks a hard rule and cannot be published: see Explanations</source>
        <translation>نقشه یک قاعدهٔ الزامی را می‌شکند و منتشر نمی‌شود: «توضیحات» را ببینید</translation>
    </message>
    <message>
        <source>Plan published. Stands: {n}</source>
        <translation>نقشه منتشر شد. غرفه‌ها: {n}</translation>
    </message>
</context>
<context>
    <name>SpaceReportPanel</name>
    <message>
        <source>Space report</source>
        <translation>گزارش فضا</translation>
    </message>
</context>
<context>
    <name>StatusIndicators</name>
    <message>
        <source>x –  y –</source>
        <translation>افقی –  عمودی –</translation>
    </message>
    <message>
        <source>x {x} m  y {y} m</source>
        <translation>افقی {x} متر  عمودی {y} متر</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>بزرگ‌نمایی {percent}٪</translation>
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
    <name>TemplateExport</name>
    <message>
        <source>Export registration template</source>
        <translation>خروجی فرم خام ثبت‌نام</translation>
    </message>
    <message>
        <source>registration.xlsx</source>
        <translation>ثبت‌نام.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>فایل‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="vanished">نوشتن {path} ممکن نشد: {reason}</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>(several values)</source>
        <translation>(چند مقدار)</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>{0} × {1} m, {2} m²</source>
        <translation>{0} × {1} متر، {2} متر مربع</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>نوع: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>وضعیت: {0}</translation>
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
        <source>Services: {0}</source>
        <translation>امکانات: {0}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Premium location</source>
        <translation>جای ممتاز</translation>
    </message>
    <message>
        <source>Exhibitor: {0}</source>
        <translation>غرفه‌دار: {0}</translation>
    </message>
    <message>
        <source>Sector: {0}</source>
        <translation>رسته: {0}</translation>
    </message>
    <message>
        <source>Locked in place</source>
        <translation>قفل‌شده سر جایش</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>خالی</translation>
    </message>
    <message>
        <source>{0} × {1} m</source>
        <translation>{0} × {1} متر</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>Could not write the file
{path}

The folder it goes in does not exist:
{folder}</source>
        <translation>نوشتن این فایل ممکن نشد:
{path}

پوشه‌ای که فایل باید در آن نوشته شود وجود ندارد:
{folder}</translation>
    </message>
    <message>
        <source>Could not write the file
{path}

You have no permission to write in the folder:
{folder}</source>
        <translation>نوشتن این فایل ممکن نشد:
{path}

اجازه نوشتن در این پوشه را ندارید:
{folder}</translation>
    </message>
    <message>
        <source>Could not write the file
{path}

The disk is full: make room and try again.</source>
        <translation>نوشتن این فایل ممکن نشد:
{path}

دیسک پر است: جا باز کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Could not write the file
{path}

The system says: {reason}</source>
        <translation>نوشتن این فایل ممکن نشد:
{path}

پیام سیستم: {reason}</translation>
    </message>
</context>
</TS>
