"""``rrr-desktop bundle ...``: export, inspect, import, undo, erase and list bundles."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from rrr_desktop.collector import collector_paused
from rrr_desktop.errors import EXIT_OK, EXIT_REJECTED
from rrr_desktop.messages import message, message_text
from rrr_desktop.services.exchange.changes import day_words, describe, moment_words
from rrr_desktop.services.exchange.container import BUNDLE_EXTENSION
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.history import (
    bundle_history,
    erase_bundle,
    erase_peer_data,
    peer_holdings,
    undo_bundle_import,
)
from rrr_desktop.services.exchange.importing import (
    apply_bundle,
    inspect_bundle,
    refuse_unless_importable,
)
from rrr_desktop.services.exchange.preview import BundlePreview, RecordStatus
from rrr_desktop.services.home import Home

MAX_DIFFS_SHOWN = 20
TRUST_SHOWN = {"first-use": "bundle_cli.trust_first_use", "same-key": "bundle_cli.trust_same_key",
               "changed-refused": "bundle_cli.trust_changed_refused",
               "changed-accepted": "bundle_cli.trust_changed_accepted"}
KIND_SHOWN = {"city": "bundle_cli.kind_city", "practice": "bundle_cli.kind_practice",
              "stakeholder": "bundle_cli.kind_stakeholder", "group": "bundle_cli.kind_group",
              "meeting": "bundle_cli.kind_meeting", "action": "bundle_cli.kind_action",
              "group_note": "bundle_cli.kind_group_note"}
STATUS_SHOWN = {"new": "bundle_cli.status_new", "updated": "bundle_cli.status_updated",
                "conflicting": "bundle_cli.status_conflicting",
                "older": "bundle_cli.status_older", "withdrawn": "bundle_cli.status_withdrawn",
                "refused": "bundle_cli.status_refused"}


def bundle_export_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    path = Path(args.file)
    if path.suffix.lower() != BUNDLE_EXTENSION:
        path = path.with_name(path.name + BUNDLE_EXTENSION)
    options = ExportOptions(profile=not args.no_profile, practices=not args.no_practices,
                            self_assessment=not args.no_self_assessment,
                            stakeholders=not args.no_stakeholders,
                            include_contacts=args.include_contacts,
                            profile_contacts=args.include_profile_contacts,
                            groups=not args.no_groups)
    summary = export_bundle(home.db, home.paths, path, options)
    _say(out, "bundle_cli.written", path=path)
    _say(out, "bundle_cli.contents_profile" if summary.profile
         else "bundle_cli.contents_no_profile", practices=summary.practices,
         assessments=summary.assessments, stakeholders=summary.stakeholders,
         tombstones=summary.tombstones,
         groups=summary.groups + summary.meetings + summary.actions)
    _say(out, "bundle_cli.export_personal", included=summary.personal_data_included,
         withheld=summary.with_personal_data - summary.personal_data_included)
    if summary.contacts_in_descriptions:
        print(message_text("export.contacts_in_descriptions",
                           {"count": summary.contacts_in_descriptions}), file=out)
    if summary.contacts_in_texts:
        _say(out, "bundle_cli.contacts_in_texts_kept" if options.profile_contacts
             else "bundle_cli.contacts_in_texts_left_out", count=summary.contacts_in_texts)
    return EXIT_OK


def bundle_inspect_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    preview = inspect_bundle(home.db, Path(args.file), args.accept_new_key)
    _print_preview(preview, args.json, out)
    if preview.own_city:
        return EXIT_OK
    return EXIT_OK if preview.trust.accepted and not preview.rename_refused else EXIT_REJECTED


# The preview's records stay alive until the import is written: a collection between
# the two would only search them (benchmarks/BUNDLES.md). The window's import collects
# on the GUI thread's timer meanwhile, while the officer reads the preview.
@collector_paused()
def bundle_import_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    preview = inspect_bundle(home.db, Path(args.file), args.accept_new_key, args.accept_rename)
    refuse_unless_importable(preview, command_line=True)
    taken = preview.conflicting if args.take_conflicts else frozenset()
    if not args.yes:
        _print_preview(preview, args.json, out)
        if not args.json:
            _print_conflicts(preview, taken, out)
            _say(out, "bundle_cli.run_with_yes")
        return EXIT_OK
    result = apply_bundle(home.db, preview, included_conflicts=taken)
    if args.json:
        _dump({**_preview_json(preview), "import_id": result.import_id,
               "applied": dict(result.applied), "refused": list(result.refused)}, out)
    elif result.changed:
        applied = {status: result.applied.get(status, 0)
                   for status in ("new", "updated", "conflicting", "withdrawn")}
        _say(out, "bundle_cli.imported", file=preview.path.name, city=preview.sender.name,
             number=result.import_id, **applied)
    elif preview.confirms_only:
        _say(out, "bundle_cli.nothing_to_import", file=preview.path.name,
             city=preview.sender.name, made=day_words(preview.created_at.date()))
    if result.refused and not args.json:
        _say(out, "bundle_cli.refused_records", count=len(result.refused))
        for reason in result.refused:
            print(f"  {reason}", file=out)
    if not args.json:
        _print_conflicts(preview, taken, out)
    return EXIT_OK


def _print_conflicts(preview: BundlePreview, taken: frozenset[Any], out: TextIO) -> None:
    """Say what happens to records that differ from ours at the same revision."""
    if preview.conflicting:
        code = "bundle.conflicts_taken" if taken else "bundle.conflicts_kept"
        print(message_text(code, {"count": len(preview.conflicting)}), file=out)


def bundle_undo_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    undone = undo_bundle_import(home.db, args.import_id)
    _say(out, "bundle_cli.undone", file=undone.file_name, city=undone.sender_name)
    return EXIT_OK


def bundle_erase_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    if args.peer:
        holdings = peer_holdings(home.db, args.peer)
        count = erase_peer_data(home.db, holdings.city_uuid)
        _say(out, "bundle_cli.erased_peer", city=holdings.name, count=count)
    else:
        erased = erase_bundle(home.db, args.import_id)
        _say(out, "bundle_cli.erased_bundle", file=erased.file_name, city=erased.sender_name)
    return EXIT_OK


def bundle_history_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    history = bundle_history(home.db)
    if args.json:
        _dump({"received": [{"id": b.id, "file": b.file_name, "sender": b.sender_name,
                             "sender_uuid": str(b.sender_uuid), "fingerprint": b.fingerprint,
                             "created_at": b.created_at.isoformat(),
                             "imported_at": b.imported_at.isoformat(),
                             "undone_at": b.undone_at.isoformat() if b.undone_at else None,
                             "summary": b.summary} for b in history.received],
               "sent": [{"id": b.id, "file": b.file_name, "created_at": b.created_at.isoformat(),
                         "summary": b.summary} for b in history.sent]}, out)
        return EXIT_OK
    _say(out, "bundle_cli.received" if history.received else "bundle_cli.none_received")
    for got in history.received:
        line = {"number": got.id, "when": moment_words(got.imported_at.astimezone()),
                    "file": got.file_name, "city": got.sender_name}
        if got.undone_at:
            _say(out, "bundle_cli.received_undone_line", undone=day_words(got.undone_at.date()),
                 indent=2, **line)
        elif got.confirmation:
            _say(out, "bundle_cli.received_confirmed_line", indent=2, **line)
        else:
            _say(out, "bundle_cli.received_line", indent=2, **line)
    _say(out, "bundle_cli.sent" if history.sent else "bundle_cli.none_sent")
    for sent in history.sent:
        print(f"  {moment_words(sent.created_at.astimezone())} {sent.file_name}", file=out)
    return EXIT_OK


def _preview_json(preview: BundlePreview) -> dict[str, Any]:
    summary = preview.summary
    return {
        "file": str(preview.path), "sha256": preview.file_sha256,
        "sender": {"city_uuid": str(preview.sender.city_uuid), "name": preview.sender.name,
                   "country_code": preview.sender.country_code},
        "fingerprint": preview.fingerprint, "trust": preview.trust.trust.value,
        "pinned_fingerprint": preview.trust.pinned_fingerprint,
        "created_at": preview.created_at.isoformat(), "warnings": list(preview.warnings),
        "already_imported_at": (preview.already_imported_at.isoformat()
                                if preview.already_imported_at else None),
        "own_city": preview.own_city,
        "rename": None if preview.rename is None else {
            "old_name": preview.rename.old_name, "old_country": preview.rename.old_country,
            "new_name": preview.rename.new_name, "new_country": preview.rename.new_country,
            "accepted": preview.rename_accepted},
        "contents": {"profile": summary.profile, "practices": summary.practices,
                     "assessments": summary.assessments, "stakeholders": summary.stakeholders,
                     "tombstones": summary.tombstones,
                     "with_personal_data": summary.with_personal_data,
                     "contacts_in_descriptions": summary.contacts_in_descriptions},
        "counts": preview.counts(),
        "records": [{"entity": r.entity, "uuid": str(r.uuid), "title": r.title,
                     "status": r.status.value, "our_revision": r.our_revision,
                     "their_revision": r.their_revision, "reason": r.reason,
                     "changes": [{"field": c.field, "ours": c.ours, "theirs": c.theirs}
                                 for c in r.changes]} for r in preview.records],
    }


def _print_preview(preview: BundlePreview, as_json: bool, out: TextIO) -> None:
    if as_json:
        _dump(_preview_json(preview), out)
        return
    sender = preview.sender
    _say(out, "bundle_cli.header", file=preview.path.name, city=sender.name,
         country=sender.country_code, made=moment_words(preview.created_at))
    if preview.own_city:
        _say(out, "bundle_cli.fingerprint", fingerprint=preview.fingerprint)
        _print_contents(preview, out)
        _say(out, "bundle_cli.own_city")
        return
    _say(out, "bundle_cli.fingerprint_trust", fingerprint=preview.fingerprint,
         trust=message(TRUST_SHOWN[preview.trust.trust.value]))
    if preview.rename is not None:
        _say(out, "bundle.renamed", old=preview.rename.old_name,
             old_country=preview.rename.old_country, name=preview.rename.new_name,
             country=preview.rename.new_country)
    for warning in preview.warnings:
        _say(out, "bundle_cli.warning", warning=warning)
    if preview.already_imported_at is not None:
        _say(out, "bundle_cli.already_imported",
             day=day_words(preview.already_imported_at.date()))
    _say(out, "bundle_cli.counts", **preview.counts())
    if not preview.changes_anything and not preview.conflicting:
        _say(out, "bundle_cli.changes_nothing")
    listed = [r for r in preview.records if r.status is not RecordStatus.UNCHANGED]
    for record in listed[:MAX_DIFFS_SHOWN]:
        _say(out, "bundle_cli.record", kind=message(KIND_SHOWN[record.entity]),
             title=record.title, status=message(STATUS_SHOWN[record.status.value]), indent=2)
        if record.reason:
            print(f"      {record.reason}", file=out)
        for change in preview.readable(record):
            for line in describe(change):
                print(f"      {line}", file=out)
    if len(listed) > MAX_DIFFS_SHOWN:
        _say(out, "bundle_cli.more_records", count=len(listed) - MAX_DIFFS_SHOWN, indent=2)


def _print_contents(preview: BundlePreview, out: TextIO) -> None:
    held = preview.summary
    _say(out, "bundle_cli.contents_profile" if held.profile else "bundle_cli.contents_no_profile",
         practices=held.practices, assessments=held.assessments,
         stakeholders=held.stakeholders, tombstones=held.tombstones, groups=held.group_records)
    if held.with_personal_data:
        _say(out, "bundle_cli.personal_included", count=held.with_personal_data,
             total=held.stakeholders)
    else:
        _say(out, "bundle_cli.personal_none")
    if held.contacts_in_descriptions:
        _say(out, "bundle.contacts_in_descriptions", count=held.contacts_in_descriptions)


def _say(out: TextIO, code: str, indent: int = 0, **params: Any) -> None:
    """One line of the catalogue's ``code`` in the officer's language."""
    print(" " * indent + message(code, **params).text(), file=out)


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
