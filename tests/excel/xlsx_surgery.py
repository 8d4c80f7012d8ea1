"""Workbooks made by the tests and then damaged or edited at the byte level, the way e-mail
attachments, interrupted downloads and scripts leave them (the damaged-file fixture set)."""

from __future__ import annotations

import io
import re
import zipfile

from openpyxl import Workbook

SHEET_XML = "xl/worksheets/sheet1.xml"
HEADER = ["نام شرکت", "رسته", "متراژ", "تاریخ ثبت‌نام", "رقبا"]


def build(rows: list[list[object]] | None = None, title: str = "Registrations") -> bytes:
    """A sound registration workbook (header in row 1) as bytes."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append(HEADER)
    for row in rows if rows is not None else good_rows():
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def good_rows() -> list[list[object]]:
    return [
        ["ایران پیستون", "قطعات خودرو", 12, "1405/05/12", None],
        ["فولاد قدس", "فلزات پایه", 18, "1405/05/13", "ایران پیستون"],
        ["لبنیات کاله", "مواد غذایی", 9, None, None],
    ]


SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def with_shared_strings(data: bytes) -> bytes:
    """The same workbook with its texts in xl/sharedStrings.xml, as Excel writes them
    (openpyxl writes them inline)."""
    members = parts(data)
    texts: list[str] = []

    def shared(m: re.Match) -> str:
        texts.append(m[2])
        return f'<c r="{m[1]}" t="s"><v>{len(texts) - 1}</v></c>'

    sheet = re.sub(
        r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>',
        shared,
        members[SHEET_XML].decode(),
    )
    members[SHEET_XML] = sheet.encode()
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    members["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{MAIN_NS}" count="{len(texts)}" uniqueCount="{len(texts)}">\n'
        + items.replace("</si><si>", "</si>\n<si>")
        + "\n</sst>"
    ).encode()
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_TYPE}"/></Types>'
    ).encode()
    rels = members["xl/_rels/workbook.xml.rels"].decode()
    members["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdSST" Type="{SST_REL}" Target="sharedStrings.xml"/></Relationships>',
    ).encode()
    return rezip(members)


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, raw in members.items():
            archive.writestr(name, raw)
    return out.getvalue()


def replace_part(data: bytes, name: str, raw: bytes) -> bytes:
    members = parts(data)
    members[name] = raw
    return rezip(members)


def edit_part(data: bytes, name: str, edit) -> bytes:
    return replace_part(data, name, edit(parts(data)[name]))


def corrupt_deflate(data: bytes, name: str = SHEET_XML) -> bytes:
    """Flip bytes in the middle of one member's compressed data (the zip directory stays)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    buf = bytearray(data)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    for i in range(middle, min(middle + 8, start + info.compress_size)):
        buf[i] ^= 0xA5
    return bytes(buf)


def set_cell(data: bytes, ref: str, raw_v: str, t: str | None = None) -> bytes:
    """Replace cell `ref` of the first sheet with `<c r=ref t=t><v>raw_v</v></c>`: a raw value
    injected into the sheet XML, whatever openpyxl would have written."""

    def edit(xml: bytes) -> bytes:
        text = xml.decode()
        kind = f' t="{t}"' if t else ""
        cell = f'<c r="{ref}"{kind}><v>{raw_v}</v></c>'
        pattern = re.compile(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', re.S)
        if pattern.search(text):
            return pattern.sub(lambda _: cell, text, count=1).encode()
        row = re.sub(r"\D", "", ref)
        row_pattern = re.compile(rf'(<row r="{row}"[^>]*>)(.*?)(</row>)', re.S)
        if row_pattern.search(text):  # cells must stay in column order: put it last if it is
            return row_pattern.sub(lambda m: m[1] + m[2] + cell + m[3], text, count=1).encode()
        return text.replace("</sheetData>", f'<row r="{row}">{cell}</row></sheetData>').encode()

    return edit_part(data, SHEET_XML, edit)


def damaged_set() -> dict[str, tuple[bytes, str]]:
    """name → (file bytes, a fragment the English error message must hold)."""
    good = with_shared_strings(build())
    members = parts(good)
    sheet = members[SHEET_XML].decode()
    lines_sheet = sheet.replace("<sheetData>", "\n<sheetData>\n", 1)
    broken_sheet = lines_sheet.replace("</row>", "</rov>", 1)
    return {
        "not a zip": (b"Company,Sector,Area\nIran Piston,Auto,12\n", "not an .xlsx file"),
        "old xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old .xls"),
        "truncated zip": (good[: len(good) // 2], "cut short"),
        "empty file": (b"", "not an .xlsx file"),
        "a zip without a workbook": (rezip({"hello.txt": b"hi"}), "not an Excel workbook"),
        "broken sheet XML": (
            replace_part(good, SHEET_XML, broken_sheet.encode()),
            "sheet 'Registrations', XML error at line 3",
        ),
        "broken shared strings": (
            edit_part(good, "xl/sharedStrings.xml", lambda x: x[: len(x) // 2]),
            "shared texts (xl/sharedStrings.xml), XML error at line",
        ),
        "garbage styles": (
            replace_part(good, "xl/styles.xml", b"<styleSheet><<numFmts>"),
            "styles (xl/styles.xml), XML error",
        ),
        "damaged deflate data": (corrupt_deflate(good), "compressed data of sheet 'Registrations'"),
        "shared string index out of range": (
            set_cell(good, "A2", "999", "s"),
            "cell A2 refers to text number 999",
        ),
        "text in a number cell": (
            set_cell(good, "C2", "NaN"),
            "sheet 'Registrations', cell C2: 'NaN' cannot be read as a number",
        ),
        "missing sheet part": (
            rezip({k: v for k, v in members.items() if k != SHEET_XML}),
            "the workbook is damaged (it has no sheet)",
        ),
    }
