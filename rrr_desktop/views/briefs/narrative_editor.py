"""The texts of a brief the officer may rewrite before generating it: the six parts of
the city brief, and the open questions of each peer meeting brief.

Pre-filled texts follow the data and the language; a text the officer edited is kept
when the options change, and from one session to the next (the page stores
:meth:`NarrativeEditor.rewritten` in the home), until "Reset texts" is pressed.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.briefs.narrative_texts import Narrative
from rrr_desktop.services.briefs.rewritten_texts import RewrittenTexts, question_lines
from rrr_desktop.views.briefs.options_panel import section_title
from rrr_desktop.views.common.undo import ChangeCommand

NARRATIVE_FIELDS = tuple(f.name for f in fields(Narrative))
# Field names of Narrative are the city sections that print them.
_SECTION_OF_FIELD = dict(zip(NARRATIVE_FIELDS, ("purpose", "background", "current_situation",
                                                "considerations", "options", "recommendation"),
                             strict=True))


class _Text(QPlainTextEdit):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(56)


class NarrativeEditor(QWidget):
    """``narrative()`` and ``open_questions(peer)`` give the texts to print;
    ``resetRequested`` asks the page for fresh defaults. What the officer rewrites is
    kept in the file given to :meth:`restore` a moment after the typing pauses."""

    resetRequested = Signal()
    edited = Signal()  # the officer changed a text (not a suggestion filling it)
    keepRefused = Signal(str)  # the disk refused the texts (why, in words)
    changeShown = Signal()  # Undo or Redo of a Reset put texts back: show them

    def __init__(self, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack  # a Reset is a step of the window's undo
        self._kept_in: Path | None = None
        self._unkept = False  # rewritten (or reset) since last kept
        self._keep_timer = QTimer(self, singleShot=True, interval=800)
        self._keep_timer.timeout.connect(self.keep_now)
        for typed in (self.edited, self.resetRequested):
            typed.connect(self._typed)
        self._edited: set[str] = set()  # narrative fields the officer changed
        self._questions: dict[str, str] = {}  # per peer UUID: the officer's questions
        self._peer = ""
        self._filling = False
        self.texts: dict[str, _Text] = {}
        self.labels: dict[str, QLabel] = {}
        city = QWidget()
        city_layout = QVBoxLayout(city)
        city_layout.setContentsMargins(0, 0, 0, 0)
        for name in NARRATIVE_FIELDS:
            title = section_title(_SECTION_OF_FIELD[name])
            editor = _Text(title)
            label = QLabel(f"&{title}:")
            label.setBuddy(editor)
            editor.textChanged.connect(lambda name=name: self._narrative_edited(name))
            city_layout.addWidget(label)
            city_layout.addWidget(editor)
            self.texts[name] = editor
            self.labels[name] = label
        peer = QWidget()
        peer_layout = QVBoxLayout(peer)
        peer_layout.setContentsMargins(0, 0, 0, 0)
        self.questions = _Text(self.tr("Open questions to raise"))
        self.questions.textChanged.connect(self._questions_edited)
        questions_label = QLabel(self.tr("Open &questions to raise (one per line):"))
        questions_label.setBuddy(self.questions)
        peer_layout.addWidget(questions_label)
        peer_layout.addWidget(self.questions, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(city)
        self.pages.addWidget(peer)
        self.reset = QPushButton(self.tr("&Reset texts to the suggestions"))
        self.reset.setToolTip(self.tr("Replace your edits with the texts RRR Desktop suggests"))
        self.reset.clicked.connect(self._reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addWidget(self.reset)

    # --- city brief ----------------------------------------------------------

    def show_city(self) -> None:
        self.pages.setCurrentIndex(0)

    def set_default_narrative(self, defaults: Narrative) -> None:
        """Fill every text the officer has not edited with the suggestion."""
        self._filling = True
        for name, editor in self.texts.items():
            if name not in self._edited:
                editor.setPlainText(getattr(defaults, name))
        self._filling = False

    def narrative(self) -> Narrative:
        return Narrative(**{name: editor.toPlainText() for name, editor in self.texts.items()})

    def _narrative_edited(self, name: str) -> None:
        if not self._filling:
            if name not in self._edited:
                self._edited.add(name)
                self._show_rewritten()
            self.edited.emit()

    def _show_rewritten(self) -> None:
        """Each part's label says whether the text is the officer's (it no longer
        follows the data) or the suggestion."""
        for name, label in self.labels.items():
            title = section_title(_SECTION_OF_FIELD[name])
            rewritten = name in self._edited
            label.setText(self.tr("&{part} (your text):").format(part=title) if rewritten
                          else f"&{title}:")
            tip = self.tr("You rewrote this text: it no longer follows the data. Reset "
                          "texts to the suggestions brings the suggestion back.")
            for widget in (label, self.texts[name]):
                widget.setToolTip(tip if rewritten else "")

    # --- peer meeting brief -----------------------------------------------------

    def show_peer(self, peer: str) -> None:
        """Show the questions for ``peer`` (a UUID): the officer's, if any, else empty
        until :meth:`set_default_questions` fills them."""
        self.pages.setCurrentIndex(1)
        self._peer = peer
        self._filling = True
        self.questions.setPlainText(self._questions.get(peer, ""))
        self._filling = False

    def set_default_questions(self, peer: str, questions: tuple[str, ...]) -> None:
        if peer == self._peer and peer not in self._questions:
            self._filling = True
            self.questions.setPlainText("\n".join(questions))
            self._filling = False

    def open_questions(self) -> tuple[str, ...]:
        return question_lines(self.questions.toPlainText())

    def _questions_edited(self) -> None:
        if not self._filling and self._peer:
            self._questions[self._peer] = self.questions.toPlainText()
            self.edited.emit()

    def rewritten(self) -> RewrittenTexts:
        """What the officer rewrote: the texts to keep."""
        return RewrittenTexts({name: self.texts[name].toPlainText() for name in self._edited},
                              dict(self._questions))

    def restore(self, kept: RewrittenTexts, kept_in: Path | None) -> None:
        """Show the texts the officer rewrote in an earlier session (read from
        ``kept_in``), as rewritten; keep the next ones there."""
        self._kept_in = kept_in
        self._put(kept)

    def _put(self, kept: RewrittenTexts) -> None:
        """``kept`` becomes what the officer rewrote: shown as such, the other texts
        left for the suggestions to fill."""
        self._filling = True
        self._edited = set(kept.narrative)
        for name, text in kept.narrative.items():
            self.texts[name].setPlainText(text)
        self._questions = dict(kept.questions)
        if self._peer in kept.questions:
            self.questions.setPlainText(kept.questions[self._peer])
        self._filling = False
        self._show_rewritten()

    def _typed(self) -> None:
        self._unkept = True
        self._keep_timer.start()

    def keep_now(self) -> str:
        """Keep what the officer rewrote now; "" once kept, else why it could not be
        (the texts stay here)."""
        self._keep_timer.stop()
        if self._kept_in is None or not self._unkept:
            return ""
        from rrr_desktop.services.briefs.rewritten_texts import write_rewritten_texts

        try:
            write_rewritten_texts(self._kept_in, self.rewritten())
        except RejectedInput as refusal:
            self.keepRefused.emit(str(refusal))
            return str(refusal)
        self._unkept = False
        return ""

    def _reset(self) -> None:
        """Only the texts shown: the city brief's, or the questions for this peer (the
        officer's texts for the other briefs stay theirs). Edit › Undo brings them back."""
        before = self.rewritten()
        if self.pages.currentIndex() == 0:
            self._edited.clear()
            self._show_rewritten()
        else:
            self._questions.pop(self._peer, None)
        after = self.rewritten()
        self.resetRequested.emit()
        if self._undo_stack is not None and after != before:
            self._undo_stack.push(ChangeCommand(self.tr("Reset the brief's texts"),
                                                lambda: self._put_back(before),
                                                lambda: self._put_back(after)))

    def _put_back(self, texts: RewrittenTexts) -> bool:
        """Undo or Redo of a Reset: the suggestions fill what is not rewritten."""
        self._put(texts)
        self.resetRequested.emit()
        self.changeShown.emit()
        return True
