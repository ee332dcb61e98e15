"""Briefs page: choose a city, peer meeting or working group brief, edit its texts,
preview, print, save.

Generating runs on a worker thread with a progress bar and Cancel; the preview goes
to a hidden file under the home's ``briefs`` folder, removed when another preview
replaces it and when the app quits, and "Save as PDF…" copies it where the officer
wants (that copy is what the recent briefs list remembers). Once the options or texts
change, the preview no longer shows what would print: it says so, and Print and Save
wait for a new preview. The texts the officer rewrote are kept in the home a moment
after the typing pauses (and at File › Save and on closing), for the next session too.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import RejectedInput
from rrr_desktop.progress import Cancelled
from rrr_desktop.services.briefs.options import BriefKind
from rrr_desktop.services.briefs.rewritten_texts import RewrittenTexts
from rrr_desktop.views.briefs.narrative_editor import NarrativeEditor
from rrr_desktop.views.briefs.options_panel import BriefOptionsPanel
from rrr_desktop.views.briefs.preview import BriefPreview
from rrr_desktop.views.briefs.recent_briefs import RecentBriefsList
from rrr_desktop.views.briefs.saving import BriefSaving
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.briefs.choices import BriefChoices
    from rrr_desktop.services.briefs.generate import GeneratedBrief
    from rrr_desktop.services.briefs.suggestions import SuggestedTexts
    from rrr_desktop.services.home import Home

PREVIEW_PREFIX = ".preview-"


class BriefsPage(Page):
    key = "briefs"
    icon_name = "briefs"
    progressed = Signal(float)
    changeShown = Signal()  # Undo or Redo changed the texts: show this page

    def __init__(self, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.home: Home | None = None
        self.city = ""
        self.shown: Path | None = None  # the brief in the preview
        self.stale = False  # the options or texts changed since the preview
        self._changes = 0  # options and text changes so far
        self._cancel: threading.Event | None = None
        self._defaults_round = 0
        self._defaults_wanted = False
        self.status = plain_label()

        self.options = BriefOptionsPanel()
        self.options.changed.connect(self._options_changed)
        self.texts = NarrativeEditor(undo_stack=undo_stack)
        self.texts.resetRequested.connect(self._load_defaults)
        self.texts.edited.connect(self._changed)
        self.texts.keepRefused.connect(self.status.setText)
        self.recent = RecentBriefsList()
        self.recent.openRequested.connect(self.open_brief)
        self.saving = BriefSaving(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(self.options), self.tr("Options"))
        self.texts_area = self._scrolled(self.texts)
        self.texts.changeShown.connect(self._show_texts)
        self.tabs.addTab(self.texts_area, self.tr("Texts"))
        self.tabs.addTab(self.recent, self.tr("Recent briefs"))

        self.preview_button = _button(self.tr("&Preview"), self.tr(
            "Make the brief with these choices and show it"), self.generate_preview)
        self.preview_button.setDefault(True)
        self.cancel_button = _button(self.tr("Cancel"), self.tr("Stop making the brief"),
                                     self.cancel_preview)
        self.cancel_button.setVisible(False)  # shown, with the progress, while generating
        self.print_button = _button(self.tr("P&rint…"), self.tr("Print the brief shown"),
                                    self._print)
        self.save_button = _button(self.tr("&Save as PDF…"), self.tr(
            "Save a copy of the brief shown as a PDF file"), self.saving.choose_path)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the brief"))
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progressed.connect(lambda f: self.progress.setValue(round(f * 100)))
        self.preview = BriefPreview()
        self.preview.printed.connect(self._printed)
        self._lay_out()
        self._update_buttons()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._discard_preview)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        # Wide enough for the options in the officer's language (French and Spanish
        # labels are longer), within reason; the preview takes the rest.
        splitter.setSizes([min(max(420, self.options.sizeHint().width() + 40), 620), 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def title(self) -> str:
        return self.tr("Briefs")

    def refresh(self, home: Home) -> None:
        first = self.home is None
        self.home = home

        def work() -> tuple[BriefChoices, RewrittenTexts, str]:
            from rrr_desktop.services.briefs.choices import brief_choices
            from rrr_desktop.services.briefs.rewritten_texts import rewritten_or_refusal

            if not first:
                return brief_choices(home.db), RewrittenTexts(), ""
            _remove_old_previews(home.paths.briefs)
            texts, refusal = rewritten_or_refusal(home.paths.brief_texts)
            return brief_choices(home.db), texts, str(refusal) if refusal else ""

        self.load(work, lambda loaded: self._show_loaded(*loaded))

    def _show_loaded(self, choices: BriefChoices, texts: RewrittenTexts,
                     texts_problem: str) -> None:
        """``texts`` rewritten in an earlier session (read at the first load only), or
        why they could not be read."""
        self.city = choices.city
        self.options.set_peers(choices.peers)
        self.options.set_groups(choices.groups)
        self.saving.show_recent(choices.recent)
        self.texts.restore(texts, self.home.paths.brief_texts if self.home else None)
        if not choices.city:
            self.status.setText(self.tr("Choose your city first: a brief is about it."))
        elif texts_problem:
            self.status.setText(texts_problem)
        self._options_changed()

    # --- options and texts --------------------------------------------------------------

    def _options_changed(self) -> None:
        self._changed()
        kind = self.options.kind()
        grouped = kind == BriefKind.GROUP  # a group brief has no texts to edit
        texts_tab = self.tabs.indexOf(self.texts_area)
        self.tabs.setTabEnabled(texts_tab, not grouped)
        self.tabs.setTabToolTip(texts_tab, self.tr(
            "A working group brief prints the group's own records: it has no texts to "
            "edit") if grouped else "")
        if kind == BriefKind.CITY:
            self.texts.show_city()
        elif kind == BriefKind.PEER:
            self.texts.show_peer(self.options.peer_id())
        # Suggesting the texts reads (and imports) much: only once the officer is here.
        self._defaults_wanted = True
        if self.isVisible():
            self._load_defaults()

    def _show_texts(self) -> None:
        self.tabs.setCurrentWidget(self.texts_area)
        self.changeShown.emit()

    def keep_now(self) -> str:
        return self.texts.keep_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._defaults_wanted:
            self._load_defaults()

    def _load_defaults(self) -> None:
        """Suggested texts (and the consent count) for the current options, read in the
        background; an answer for options changed since is dropped."""
        home = self.home
        if home is None or not self.city or not self.options.has_sections():
            return
        self._defaults_wanted = False
        options = self.options.options()
        peer = self.options.peer_id()
        if (options.kind == BriefKind.PEER and not peer) or options.kind == BriefKind.GROUP:
            return
        self._defaults_round += 1
        round_ = self._defaults_round

        def work() -> SuggestedTexts:
            from rrr_desktop.services.briefs.suggestions import suggested_texts

            return suggested_texts(home.db, options, peer, datetime.now().astimezone())

        def show(suggested: SuggestedTexts) -> None:
            if round_ != self._defaults_round:
                return
            if suggested.narrative is not None and suggested.consent is not None:
                self.texts.set_default_narrative(suggested.narrative)
                self.options.set_consent(suggested.consent.with_consent, suggested.consent.rows)
            else:
                self.texts.set_default_questions(peer, suggested.open_questions)

        run_in_background(self, work, show, self.show_failure)

    # --- preview ------------------------------------------------------------------------

    def generate_preview(self) -> None:
        home = self.home
        if home is None or self._cancel is not None:
            return
        if not self.options.has_sections():
            self.status.setText(self.tr("Choose at least one section to print."))
            return
        try:
            options = self.options.options()
        except RejectedInput as problem:
            self.status.setText(str(problem))
            return
        from rrr_desktop.services.briefs.generate import BriefRequest

        city = options.kind == BriefKind.CITY
        peer = options.kind == BriefKind.PEER
        request = BriefRequest(options, peer=self.options.peer_id(), group=self.options.group_id(),
                               narrative=self.texts.narrative() if city else None,
                               open_questions=self.texts.open_questions() if peer else None)
        target = home.paths.briefs / f"{PREVIEW_PREFIX}{uuid.uuid4().hex}.pdf"
        cancel = threading.Event()
        self._cancel = cancel

        def moved(fraction: float) -> None:
            try:
                self.progressed.emit(fraction)
            except RuntimeError:  # the page was closed meanwhile
                cancel.set()

        def work() -> GeneratedBrief:
            from rrr_desktop.services.briefs.generate import generate_brief

            home.paths.briefs.mkdir(parents=True, exist_ok=True)
            brief = generate_brief(home.db, request, target, datetime.now().astimezone(),
                                   progress=moved, cancelled=cancel.is_set)
            if cancel.is_set():  # cancelled (or the app quit) as the file was written
                target.unlink(missing_ok=True)
                raise Cancelled
            return brief

        self.progress.setValue(0)
        self.status.setText(self.tr("Generating the brief…"))
        self._set_busy(True)
        changes = self._changes
        run_in_background(self, work, lambda brief: self._preview_ready(brief, changes),
                          self._preview_failed)

    def cancel_preview(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    def _preview_ready(self, brief: GeneratedBrief, changes: int) -> None:
        """Show the new preview; ``changes`` counted the changes when it was asked for."""
        self._set_busy(False)
        previous = self.shown
        self.open_brief(brief.path)
        if previous is not None and previous.name.startswith(PREVIEW_PREFIX):
            previous.unlink(missing_ok=True)
        status = self.tr("{title}: {pages} pages. Print it or save it as a PDF.").format(
            title=brief.title, pages=brief.pages)
        if brief.unprintable:
            status += "\n" + self.tr(
                "Some characters cannot be printed with the brief's font and show as “�”: "
                "{characters}. Check those names before you print.").format(
                    characters=" ".join(brief.unprintable))
        self.status.setText(status)
        if changes != self._changes:  # changed while it was being made
            self._mark_stale()

    def _preview_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Preview cancelled."))
        else:
            self.show_failure(error)

    def show_failure(self, error: BaseException) -> None:
        refusal = refusal_of(error)
        if refusal is not None:
            self.status.setText(str(refusal))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._cancel = None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.shown is not None and self._cancel is None and not self.stale
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def open_brief(self, path: Path) -> None:
        """Show a brief (just generated, or from the recent list) in the preview."""
        self.preview.show_pdf(path)
        self.shown = path
        self.stale = False
        self._update_buttons()

    def _changed(self) -> None:
        self._changes += 1
        self._mark_stale()

    def _mark_stale(self) -> None:
        """The preview no longer matches the options and texts: no printing or saving
        it as if it did."""
        if self.shown is None or self.stale:
            return
        self.stale = True
        self.status.setText(self.tr("The options or texts changed since this preview. "
                                    "Press Preview to see the brief as it will print."))
        self._update_buttons()

    def _discard_preview(self) -> None:
        """When the app quits: stop a preview being made and remove the one shown."""
        if self._cancel is not None:
            self._cancel.set()
        if self.shown is not None and self.shown.name.startswith(PREVIEW_PREFIX):
            self.preview.clear()
            self.shown.unlink(missing_ok=True)
            self.shown = None

    def _print(self) -> None:
        self.preview.print_brief()

    def _printed(self, sent: bool) -> None:
        if sent:
            self.status.setText(self.tr("The brief was sent to the printer."))


def _button(text: str, tip: str, pressed: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(pressed)
    return button


def _remove_old_previews(folder: Path) -> None:
    """Previews left by an earlier session (a preview is kept only while it is shown)."""
    if folder.is_dir():
        for path in folder.glob(f"{PREVIEW_PREFIX}*.pdf"):
            path.unlink(missing_ok=True)
