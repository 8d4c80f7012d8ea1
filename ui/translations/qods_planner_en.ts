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
    </context>
<context>
    <name>PublishingActions</name>
    <message numerus="yes">
        <source>%n letter(s) written into {folder}</source>
        <translation><numerusform>%n letter written into {folder}</numerusform><numerusform>%n letters written into {folder}</numerusform></translation>
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
</TS>