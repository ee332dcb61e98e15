"""``--smoke-test``: open the window, answer first run, visit every page, exit.

Exits 0 when every page filled and rendered, 1 on any reported error or when the
pages are not all filled within the time limit. CI runs it on the built package.
Pages made when first shown (``Page.waits_to_be_shown``) are filled as they are
visited; the others by the time the window says ``pagesFilled``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTimeZone,
)

from rrr_desktop.views.common.crash import ErrorReporter
from rrr_desktop.views.first_run import FirstRunDialog
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.startup import Startup

TIME_LIMIT_MS = 60_000


class SmokeTest(QObject):
    def __init__(self, window: MainWindow, startup: Startup, reporter: ErrorReporter,
                 trace: bool) -> None:
        super().__init__(window)
        self.window = window
        self._trace = trace
        self._waiting = "every page"
        self._remembered = ""
        startup.firstRunShown.connect(self._answer_first_run)
        startup.failed.connect(self._fail)
        reporter.reported.connect(lambda summary, _details: self._fail(summary))
        window.pagesFilled.connect(self._pages_filled)
        QTimer.singleShot(TIME_LIMIT_MS, self._time_out)

    def _answer_first_run(self, dialog: FirstRunDialog) -> None:
        uuids = dialog.seeded_uuids()
        if not uuids:
            self._fail("the first-run dialog offers no city")
            return
        dialog.choose_seeded(uuids[0])
        dialog.accept()

    def _pages_filled(self) -> None:
        if self._trace:
            print("all-pages-filled", flush=True)
        self._remembered = self.window.settings.last_page
        self._visit(0)

    def _visit(self, index: int) -> None:
        """Show page ``index``, and once it has its data check that it draws; then the next.
        A page made when first shown fills now: it is looked at once filled."""
        pages = self.window.pages
        if index == len(pages):
            self._finish()
            return
        page = pages[index]
        filling = page.waits_to_be_shown()
        self._waiting = page.key
        if filling:
            page.filled.connect(lambda: self._look_at(index),
                                type=Qt.ConnectionType.SingleShotConnection)
        self.window.show_page(page.key)
        if not filling:
            self._look_at(index)

    def _look_at(self, index: int) -> None:
        page = self.window.pages[index]
        shown = self.window.current_page()
        if shown is None or shown.key != page.key or page.grab().isNull():
            self._fail(f"the page {page.key} could not be shown")
            return
        self._visit(index + 1)

    def _finish(self) -> None:
        # The officer's page, as found: the next start opens on it, not on the last one
        # visited here (and a benchmark's runs all start on the same page).
        self.window.show_page(self._remembered)
        self.window.show_about().close()
        if problem := locale_data_problem():
            self._fail(problem)
            return
        print(f"smoke test passed: {len(self.window.pages)} pages shown", flush=True)
        QCoreApplication.exit(0)

    def _time_out(self) -> None:
        self._fail(f"pages not filled within {TIME_LIMIT_MS // 1000} s: {self._waiting}")

    def _fail(self, reason: str) -> None:
        print(f"smoke test failed: {reason}", file=sys.stderr, flush=True)
        QCoreApplication.exit(1)


def locale_data_problem() -> str | None:
    """What is wrong with the ICU data Qt sorts and names time zones with, if anything.

    The Linux build ships ICU's data cut to our languages (``packaging/trim_icu.py``):
    Polish sorting (C before Ć, unlike the root order) and a Polish time-zone name
    prove that the tailorings and names the app relies on are still there.
    """
    polish = QCollator(QLocale(QLocale.Language.Polish))
    if polish.compare("Częstochowa", "Ćmielów") >= 0:
        return "Polish sorting is missing from the ICU data"
    name = QTimeZone(b"Europe/Warsaw").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
        QLocale(QLocale.Language.Polish))
    if "środkowoeuropejski" not in name:
        return f"Polish time-zone names are missing from the ICU data ({name!r})"
    return None
