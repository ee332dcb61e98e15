"""The bundle wizard and dialogs, as an officer uses them (offscreen)."""

from __future__ import annotations

import email
import email.policy
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import directory
from rrr_desktop.views.common import mail_program
from rrr_desktop.views.common.labels import date_label
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.exchange.export_wizard import BundleExportWizard
from rrr_desktop.views.exchange.history_dialog import BundleHistoryDialog
from rrr_desktop.views.exchange.import_dialog import BundleImportDialog
from rrr_desktop.views.exchange.signing_key_dialog import SigningKeyDialog, fingerprint_of
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from tests.factories import (
    OTHER_KEY,
    add_stakeholders,
    city_card,
    content_bundle,
    peer_stakeholder,
    posing_bundle,
)


def peer_names(home: Home) -> list[str]:
    with home.db.reading() as connection:
        return [row[0] for row in connection.execute(
            "SELECT name FROM peer_stakeholder ORDER BY name")]


def test_export_wizard_writes_a_bundle_and_an_email_draft_that_carries_it(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_stakeholders(rotterdam.db, 2, email="x@y.example", consent_given=True)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(mail_program, "has_mail_program", lambda: True)
    wizard = BundleExportWizard(rotterdam, "Rotterdam")
    qtbot.addWidget(wizard)
    wizard.file.path.setText(str(tmp_path / "out" / "Rotterdam-test"))
    (tmp_path / "out").mkdir()
    wizard.open()
    wizard.next()
    qtbot.waitUntil(wizard.summary.isComplete)
    assert "2 stakeholders" in wizard.summary.counts.text()
    assert "2 stakeholders whose consent" in wizard.summary.contacts.text()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.done_page.isComplete)
    bundle = tmp_path / "out" / "Rotterdam-test.rrrbundle"
    assert bundle.exists()
    wizard.resize(640, 420)
    wizard.grab().save(str(tmp_path / "wizard.png"))

    wizard.done_page.email_button.click()

    eml = bundle.with_suffix(".eml")
    qtbot.waitUntil(lambda: opened == [QUrl.fromLocalFile(str(eml))])
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and message["To"] is None
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename() == bundle.name
    assert attachment.get_content() == bundle.read_bytes()
    assert "opened with your mail program" in wizard.done_page.email_note.text()

    opened.clear()  # a computer without a mail program: the folder, and what to do
    monkeypatch.setattr(mail_program, "has_mail_program", lambda: False)
    wizard.done_page.email_button.click()
    qtbot.waitUntil(lambda: opened == [QUrl.fromLocalFile(str(bundle.parent))])
    note = wizard.done_page.email_note.text()
    assert "No mail program is set up" in note
    assert f"attach the file {bundle.name}" in note

    # Nothing opens files here (no file manager): it must not claim the folder is open.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) and False)
    wizard.done_page.email_button.click()
    qtbot.waitUntil(lambda: "could not be opened either" in wizard.done_page.email_note.text())
    note = wizard.done_page.email_note.text()
    assert f"The bundle is in {bundle.parent}" in note and "is open instead" not in note


def test_import_dialog_previews_and_applies_what_is_left_ticked(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1), peer_stakeholder(2)]})
    dialog = BundleImportDialog(rotterdam, [bundle])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    assert "first bundle from this city" in dialog.sender_label.text()
    records = zip(dialog.tree.record_items, dialog.tree.records, strict=True)
    first = next(item for item, (_, record) in records if record.title == "Peer co-op 1")
    first.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.tree.setCurrentItem(first)
    dialog.grab().save(str(tmp_path / "import.png"))

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        dialog.apply_button.click()

    assert peer_names(rotterdam) == ["Peer co-op 2"]
    assert imported.args == [  # where the peer's stakeholders went, not to our register
        "Bundle imported: 2 records added, updated or withdrawn. File > Bundle History can "
        "undo it. The stakeholders Bilbao shares are in its profile on the Peer cities page; "
        "your own register is unchanged."]


@pytest.mark.usefixtures("portuguese")
def test_a_big_bundle_already_held_is_previewed_without_rechecking_every_record(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reopening a bundle of 7,000 records already imported hung the dialog: each record
    added to the list looked at every record before it to decide on the Import button."""
    bundle = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(n) for n in range(1200)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    decided: list[bool] = []
    offer = BundleImportDialog._update_apply
    monkeypatch.setattr(BundleImportDialog, "_update_apply",
                        lambda self: decided.append(True) or offer(self))
    before = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))  # as the app sets it for the officer's language
    try:
        dialog = BundleImportDialog(rotterdam, [bundle])
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: len(dialog.tree.record_items) == 1201)
    finally:
        QLocale.setDefault(before)
    assert len(decided) <= 2  # once shown (and once when the work ends), not per record
    assert "já está aqui" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()
    unchanged = dialog.tree.topLevelItem(0).child(0).child(0)  # type: ignore[union-attr]
    assert unchanged.text(0) == "Sem alteração (1.201)"  # counted as Portuguese writes it


def test_a_bundle_that_changes_nothing_says_the_data_is_confirmed(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, content_bundle(
        tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})))
    bundle = content_bundle(tmp_path / "b.rrrbundle", {"profile.yaml": city_card(),
                                                       "stakeholders.json": []})
    dialog = BundleImportDialog(rotterdam, [bundle])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    made = dialog.previews[0].created_at
    assert imported.args == [
        "Nothing was imported: everything was already here. Bilbao's data is confirmed as "
        f"current on {date_label(made)}."]
    history = BundleHistoryDialog(rotterdam)
    qtbot.addWidget(history)
    history.start()
    qtbot.waitUntil(lambda: history.received.topLevelItemCount() == 2)
    item = history.received.topLevelItem(0)
    assert item is not None and item.text(3) == "changed nothing; confirmed the data as current"


def test_cancelling_an_import_says_so_and_writes_nothing(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "big.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(n) for n in range(2500)]})
    dialog = BundleImportDialog(rotterdam, [bundle])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=20_000)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=20_000)
    assert dialog.status.text() == "Import cancelled: nothing was changed."
    assert dialog.isVisible()
    assert peer_names(rotterdam) == []


def test_a_changed_key_is_shown_in_red_and_applies_only_once_accepted(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    first = content_bundle(tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    other = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1)]}, key=OTHER_KEY)
    dialog = BundleImportDialog(rotterdam, [other])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.accept_key.isVisible)
    assert not dialog.apply_button.isEnabled()
    assert "KEY CHANGED" in dialog.sender_label.text()
    assert "b00020" in dialog.sender_label.styleSheet()

    dialog.accept_key.setChecked(True)
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply_button.click()
    assert peer_names(rotterdam) == ["Peer co-op 1"]


def test_a_renamed_city_is_shown_in_red_and_applies_only_once_accepted(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    lyon = uuid.UUID("5d0c1e2f-0000-4000-8000-000000000001")
    first = posing_bundle(tmp_path / "a.rrrbundle", lyon, "Lyon", "FR", OTHER_KEY)
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, first))
    renamed = posing_bundle(tmp_path / "b.rrrbundle", lyon, "Lugdunum", "FR", OTHER_KEY,
                            revision=9)
    dialog = BundleImportDialog(rotterdam, [renamed])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.accept_rename.isVisible)
    assert not dialog.apply_button.isEnabled()
    assert "NAME CHANGED" in dialog.sender_label.text()
    assert "Lyon (FR) now calls itself Lugdunum (FR)" in dialog.sender_label.text()
    assert "b00020" in dialog.sender_label.styleSheet()

    qtbot.mouseClick(dialog.accept_rename, Qt.MouseButton.LeftButton,  # on the box itself
                     pos=QPoint(8, dialog.accept_rename.height() // 2))
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Lugdunum" in [city.name for city in directory.peer_cities(rotterdam.db)]


def test_control_characters_in_a_bundle_are_shown_as_placeholders(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1, name="Co-op\u202eevil\u202c\x1b[2K")]})
    dialog = BundleImportDialog(rotterdam, [bundle])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.apply_button.isEnabled)
    records = zip(dialog.tree.record_items, dialog.tree.records, strict=True)
    [item] = [item for item, (_, record) in records if record.entity == "stakeholder"]
    assert item.text(0) == "Co-op⟨U+202E⟩evil⟨U+202C⟩␛[2K"


def test_a_refused_bundle_says_why_and_cannot_be_applied(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    bad = content_bundle(tmp_path / "bad.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1, kind="cult")]})
    dialog = BundleImportDialog(rotterdam, [bad])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: "refused" in dialog.status.text())
    assert "stakeholders[0].kind" in dialog.status.text()
    assert not dialog.apply_button.isEnabled()


def test_history_dialog_undoes_the_last_import(qtbot: QtBot, rotterdam: Home,
                                               tmp_path: Path) -> None:
    bundle = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    dialog = BundleHistoryDialog(rotterdam)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.undo_button.isEnabled)
    dialog.grab().save(str(tmp_path / "history.png"))
    box = dialog.confirm_undo()
    assert box is not None and "b.rrrbundle" in box.text()
    confirm = next(b for b in box.buttons() if "Undo" in b.text())
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        confirm.click()
    assert peer_names(rotterdam) == []
    qtbot.waitUntil(lambda: not dialog.undo_button.isEnabled())


def test_signing_key_dialog_shows_and_copies_the_fingerprint(qtbot: QtBot, rotterdam: Home
                                                             ) -> None:
    fingerprint = fingerprint_of(rotterdam.paths.signing_key)
    dialog = SigningKeyDialog(fingerprint)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint_label.text().split() == fingerprint.split()
    assert dialog.fingerprint_label.text().count("\n") == 1
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == fingerprint
    assert fingerprint_of(rotterdam.paths.signing_key) == fingerprint  # made once, kept


def drop(window: MainWindow, *files: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return event


def test_dropping_bundles_opens_the_import_and_other_files_are_refused(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    window = MainWindow(rotterdam.paths, Settings(rotterdam.paths.settings_file))
    qtbot.addWidget(window)
    our_city = directory.our_city(rotterdam.db)
    assert our_city is not None
    window.open_home(rotterdam, our_city)
    text = tmp_path / "notes.txt"
    text.write_text("hello")

    drop(window, text)
    assert window.findChildren(BundleImportDialog) == []

    bundles = [content_bundle(tmp_path / f"{n}.rrrbundle", {"profile.yaml": city_card(
        revision=n)}) for n in (2, 3)]
    drop(window, text, *bundles)
    [dialog] = window.findChildren(BundleImportDialog)
    assert dialog.paths == bundles
    qtbot.waitUntil(lambda: len(dialog.previews) == 2)
    wait_for_background_work()


def test_enter_in_the_history_never_undoes_an_import(qtbot: QtBot, rotterdam: Home,
                                                     tmp_path: Path) -> None:
    """Undo Last Import was the focused default button, and Undo Import the default of
    its question: pressing Enter twice took a peer's bundle back."""
    bundle = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(), "stakeholders.json": [peer_stakeholder(1)]})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    dialog = BundleHistoryDialog(rotterdam)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(dialog.undo_button.isEnabled)
    dialog.undo_button.setFocus()
    qtbot.keyClick(dialog.undo_button, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    dialog.start()
    qtbot.waitUntil(dialog.undo_button.isEnabled)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # asks
    box = next(w for w in dialog.findChildren(QMessageBox) if w.isVisible())
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.wait(300)
    assert peer_names(rotterdam) != []


def test_history_dialog_writes_dates_as_the_officers_language_does(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    bundle = content_bundle(tmp_path / "b.rrrbundle", {"profile.yaml": city_card()})
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        dialog = BundleHistoryDialog(rotterdam)
        qtbot.addWidget(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.received.topLevelItemCount() == 1)
        when = dialog.received.topLevelItem(0).text(0)
    finally:
        QLocale.setDefault(before)
    today = datetime.now().astimezone()
    assert when.startswith(f"{today.day}.{today.month:02d}.{today.year} "), when  # 7.12.2026
