<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoothForm</name>
    <message numerus="yes">
        <source>%n booths selected</source>
        <translation><numerusform>%n booths selected</numerusform><numerusform>%n booths selected</numerusform></translation>
    </message>
    </context>
<context>
    <name>ChoicePicking</name>
    <message numerus="yes">
        <source>%n booth choice(s)</source>
        <translation><numerusform>%n booth choice</numerusform><numerusform>%n booth choices</numerusform></translation>
    </message>
    </context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n booth(s)</source>
        <translation><numerusform>Add %n booth</numerusform><numerusform>Add %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n booth(s)</source>
        <translation><numerusform>Delete %n booth</numerusform><numerusform>Delete %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n booth(s)</source>
        <translation><numerusform>Move %n booth</numerusform><numerusform>Move %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n booth(s)</source>
        <translation><numerusform>Edit %n booth</numerusform><numerusform>Edit %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n booth(s)</source>
        <translation><numerusform>Rotate %n booth</numerusform><numerusform>Rotate %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n booth(s)</source>
        <translation><numerusform>Renumber %n booth</numerusform><numerusform>Renumber %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n booths</source>
        <translation><numerusform>Merge %n booths</numerusform><numerusform>Merge %n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n obstacle(s)</source>
        <translation><numerusform>Delete %n obstacle</numerusform><numerusform>Delete %n obstacles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n obstacle(s)</source>
        <translation><numerusform>Move %n obstacle</numerusform><numerusform>Move %n obstacles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set the sectors allowed on %n booth(s)</source>
        <translation><numerusform>Set the sectors allowed on %n booth</numerusform><numerusform>Set the sectors allowed on %n booths</numerusform></translation>
    </message>
    </context>
<context>
    <name>CopyChoicesAction</name>
    <message numerus="yes">
        <source>%n exhibitor(s) got last year's booths as their first choices.</source>
        <translation><numerusform>%n exhibitor got last year's booths as their first choices.</numerusform><numerusform>%n exhibitors got last year's booths as their first choices.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not matched (%n): </source>
        <translation><numerusform>Not matched (%n): </numerusform><numerusform>Not matched (%n): </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibitor(s) had booths this venue no longer has.</source>
        <translation><numerusform>%n exhibitor had booths this venue no longer has.</numerusform><numerusform>%n exhibitors had booths this venue no longer has.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message numerus="yes">
        <source>Import %n exhibitor(s) from {file}</source>
        <translation><numerusform>Import %n exhibitor from {file}</numerusform><numerusform>Import %n exhibitors from {file}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n booth(s) from {file}</source>
        <translation><numerusform>Import %n booth from {file}</numerusform><numerusform>Import %n booths from {file}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n sector(s) from the sheet</source>
        <translation><numerusform>Add %n sector from the sheet</numerusform><numerusform>Add %n sectors from the sheet</numerusform></translation>
    </message>
</context>
<context>
    <name>ExhibitorDialog</name>
    <message numerus="yes">
        <source>Edit %n exhibitor(s)</source>
        <translation><numerusform>Edit %n exhibitor</numerusform><numerusform>Edit %n exhibitors</numerusform></translation>
    </message>
    </context>
<context>
    <name>ExhibitorsPanel</name>
    <message numerus="yes">
        <source>Delete %n exhibitor(s): {names}?

To keep them on record, withdraw them instead.</source>
        <translation><numerusform>Delete %n exhibitor: {names}?

To keep them on record, withdraw them instead.</numerusform><numerusform>Delete %n exhibitors: {names}?

To keep them on record, withdraw them instead.</numerusform></translation>
    </message>
    </context>
<context>
    <name>FrontierView</name>
    <message numerus="yes">
        <source>+%n move(s)</source>
        <translation><numerusform>+%n move</numerusform><numerusform>+%n moves</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The best plan found moves %n exhibitor(s)</source>
        <translation><numerusform>The best plan found moves %n exhibitor</numerusform><numerusform>The best plan found moves %n exhibitors</numerusform></translation>
    </message>
</context>
<context>
    <name>HallActions</name>
    <message numerus="yes">
        <source>Delete hall {name} with its %n booth(s)?</source>
        <translation><numerusform>Delete hall {name} with its %n booth?</numerusform><numerusform>Delete hall {name} with its %n booths?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibitor(s) lose their stand and go to the waiting list.</source>
        <translation><numerusform>%n exhibitor lose their stand and go to the waiting list.</numerusform><numerusform>%n exhibitors lose their stand and go to the waiting list.</numerusform></translation>
    </message>
    </context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>Add these %n sector(s) to the project</source>
        <translation><numerusform>Add these %n sector to the project</numerusform><numerusform>Add these %n sectors to the project</numerusform></translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message numerus="yes">
        <source>This change breaks %n rule(s):

{rules}

Keep it anyway?</source>
        <translation><numerusform>This change breaks %n rule:

{rules}

Keep it anyway?</numerusform><numerusform>This change breaks %n rules:

{rules}

Keep it anyway?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exhibitor(s)</source>
        <translation><numerusform>Remove %n exhibitor</numerusform><numerusform>Remove %n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n exhibitor(s)</source>
        <translation><numerusform>Edit %n exhibitor</numerusform><numerusform>Edit %n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n exhibitor(s)</source>
        <translation><numerusform>Withdraw %n exhibitor</numerusform><numerusform>Withdraw %n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n exhibitor(s)</source>
        <translation><numerusform>Restore %n exhibitor</numerusform><numerusform>Restore %n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sector {0} is used by %n exhibitor(s); move them to another sector first</source>
        <translation><numerusform>Sector {0} is used by %n exhibitor; move them to another sector first</numerusform><numerusform>Sector {0} is used by %n exhibitors; move them to another sector first</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Complementarity of %n pair(s): {0}</source>
        <translation><numerusform>Complementarity of %n pair: {0}</numerusform><numerusform>Complementarity of %n pairs: {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n exhibitor(s)</source>
        <translation><numerusform>Unassign %n exhibitor</numerusform><numerusform>Unassign %n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lock %n exhibitor(s)</source>
        <translation><numerusform>Lock %n exhibitor</numerusform><numerusform>Lock %n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n exhibitor(s)</source>
        <translation><numerusform>Unlock %n exhibitor</numerusform><numerusform>Unlock %n exhibitors</numerusform></translation>
    </message>
    </context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) or name(s) do not fit at 6 pt and are left out: choose more sheets or a larger paper.</source>
        <translation><numerusform>%n label or name do not fit at 6 pt and are left out: choose more sheets or a larger paper.</numerusform><numerusform>%n labels or names do not fit at 6 pt and are left out: choose more sheets or a larger paper.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation><numerusform>%n value</numerusform><numerusform>%n values</numerusform></translation>
    </message>
    </context>
<context>
    <name>PublishingActions</name>
    <message numerus="yes">
        <source>%n move notice(s) written into {folder}</source>
        <translation><numerusform>%n move notice written into {folder}</numerusform><numerusform>%n move notices written into {folder}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written into {folder}</source>
        <translation><numerusform>%n letter written into {folder}</numerusform><numerusform>%n letters written into {folder}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n move notice(s), each one complete, in the folder
{folder}

The file with all of them was not written.</source>
        <translation><numerusform>Stopped after %n move notice, each one complete, in the folder
{folder}

The file with all of them was not written.</numerusform><numerusform>Stopped after %n move notices, each one complete, in the folder
{folder}

The file with all of them was not written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n letter(s), each one complete, in the folder
{folder}

The file with all of them was not written.</source>
        <translation><numerusform>Stopped after %n letter, each one complete, in the folder
{folder}

The file with all of them was not written.</numerusform><numerusform>Stopped after %n letters, each one complete, in the folder
{folder}

The file with all of them was not written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n move notice(s) had been written; each one is complete.</source>
        <translation><numerusform>Before this, %n move notice had been written; each one is complete.</numerusform><numerusform>Before this, %n move notices had been written; each one is complete.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n letter(s) had been written; each one is complete.</source>
        <translation><numerusform>Before this, %n letter had been written; each one is complete.</numerusform><numerusform>Before this, %n letters had been written; each one is complete.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SolvePanel</name>
    <message numerus="yes">
        <source>%n on the waitlist — no plan can place more (by priority)</source>
        <translation><numerusform>%n on the waitlist — no plan can place more (by priority)</numerusform><numerusform>%n on the waitlist — no plan can place more (by priority)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n on the waitlist — not proven the shortest</source>
        <translation><numerusform>%n on the waitlist — not proven the shortest</numerusform><numerusform>%n on the waitlist — not proven the shortest</numerusform></translation>
    </message>
    </context>
<context>
    <name>SolvingController</name>
    <message numerus="yes">
        <source>%n exhibitor(s)</source>
        <translation><numerusform>%n exhibitor</numerusform><numerusform>%n exhibitors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n booth(s)</source>
        <translation><numerusform>%n booth</numerusform><numerusform>%n booths</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation><numerusform>%n move</numerusform><numerusform>%n moves</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n newly placed</source>
        <translation><numerusform>%n newly placed</numerusform><numerusform>%n newly placed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted</source>
        <translation><numerusform>%n waitlisted</numerusform><numerusform>%n waitlisted</numerusform></translation>
    </message>
    </context>
</TS>