"""The Space report panel: the committee's figures (area assigned, free, blocked and reserved
per hall; exhibitors, waitlisted and area per sector; stand kinds) for the plan on screen,
refreshed a moment after each change. The same tables as the workbook's sheet and the PDF."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QTextBrowser

from qods_planner.messages import format_number
from qods_planner.publishing.space import space_report, space_tables

from ..i18n import current_language

REFRESH_MS = 400


class SpaceReportPanel(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("SpaceReportPanel")
        self.setWindowTitle(self.tr("Space report"))
        self.window_ = window
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.setWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._unsubscribe = None
        window.document_changed.connect(self.bind)
        if getattr(window, "document", None) is not None:
            self.bind(window.document)

    def bind(self, document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = document.project.subscribe(lambda _change: self._timer.start())
        self.refresh()

    def tables(self):
        project = self.window_.document.project
        return space_tables(project, space_report(project), current_language())

    def refresh(self) -> None:
        language = current_language()
        rtl = language == "fa"
        parts = [f'<div dir="{"rtl" if rtl else "ltr"}">']
        for table in self.tables():
            parts.append(f"<h3>{escape(table.title)}</h3>")
            parts.append('<table cellspacing="0" cellpadding="3" border="1" width="100%">')
            parts.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.headers) + "</tr>")
            last = len(table.rows) - 1
            for i, row in enumerate(table.rows):
                bold = i == last and table.key != "kinds"
                cells = []
                for value in row:
                    text = value if isinstance(value, str) else format_number(value, language, 1)
                    text = escape(text)
                    cells.append(f"<td>{'<b>' + text + '</b>' if bold else text}</td>")
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("</table>")
        parts.append("</div>")
        self.view.setHtml("".join(parts))
        self.view.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
