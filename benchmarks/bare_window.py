"""Baseline for the start-up benchmark: the least a PySide6 desktop program must do.

A QApplication and a QMainWindow with a label, shown. It prints ``first-shown`` the
way RRR Desktop does (queued with ``QTimer.singleShot(0)`` right after the window's
first show event, flushed) and then quits, so its process ends on its own.

``startup.py`` runs it with the same Python, the same Qt and the same platform
plugin as the app, so the app's start-up can be stated as a multiple of this.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

MARKER = "first-shown"


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._shown_once = False
        self.setWindowTitle("Bare window")
        self.setCentralWidget(QLabel("Bare PySide6 window"))
        self.resize(1100, 720)  # the app's default size, so both paint the same area

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._first_shown)

    @staticmethod
    def _first_shown() -> None:
        print(MARKER, flush=True)
        QCoreApplication.quit()


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = BareWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
