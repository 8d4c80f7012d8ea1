"""How long reading a registration workbook with merged blocks takes (issue 17's figure).

The workbook: ROWS companies under a header; the sector merged down each block of 10 rows,
and a note merged across three columns beside each block (the shape that made the old reader
quadratic: 5,000 rows took 2.3–2.8 s, 20,000 rows 22–30 s). Prints one line per size: rows,
seconds to parse the file with openpyxl, seconds for the whole `read_exhibitors`, rows read.
Wall time depends on what else the machine runs; the CPU time less so.

    python -m benchmarks.excel_merged [ROWS ...]      # default: 5000 20000
"""

from __future__ import annotations

import io
import sys
import time

from openpyxl import Workbook

from qods_planner.excel import read_exhibitors
from qods_planner.excel.workbook import open_workbook
from qods_planner.model import EventInfo, Project, Sector

BLOCK = 10
GOAL_SECONDS = 3.0  # for 20,000 rows


def merged_workbook(rows: int) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Registrations"
    ws.append(["نام شرکت", "رسته", "متراژ", "توضیحات", None, None])
    for i in range(rows):
        first = i % BLOCK == 0
        ws.append(
            [
                f"شرکت {i}",
                "قطعات خودرو" if first else None,
                9 + i % 4 * 3,
                f"بلوک {i // BLOCK}" if first else None,
                None,
                None,
            ]
        )
    for start in range(2, rows + 2, BLOCK):
        end = min(start + BLOCK - 1, rows + 1)
        ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
        ws.merge_cells(start_row=start, start_column=4, end_row=end, end_column=6)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def project() -> Project:
    p = Project(event=EventInfo("نمایشگاه", "Fair", "2026-09-27", "2026-09-30", "fa"), id="b")
    p.put_sector(Sector("auto", "قطعات خودرو", "Automotive parts", "#d62728"))
    return p


def read_seconds(data: bytes) -> float:
    start = time.perf_counter()
    read_exhibitors(data, project())
    return time.perf_counter() - start


def main(sizes: list[int]) -> None:
    for rows in sizes:
        data = merged_workbook(rows)
        start = time.perf_counter()
        open_workbook(data)
        parse = time.perf_counter() - start
        start, cpu = time.perf_counter(), time.process_time()
        result = read_exhibitors(data, project())
        total, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{rows} rows: openpyxl parse {parse:.2f} s, read_exhibitors {total:.2f} s "
            f"({cpu:.2f} s of CPU), {len(result.rows)} rows read, {len(result.problems)} problems"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5_000, 20_000])
