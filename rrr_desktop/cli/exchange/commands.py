"""``rrr-desktop bundle ...``: export, inspect, import, undo, erase and list bundles."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from rrr_desktop.errors import EXIT_OK, EXIT_REJECTED
from rrr_desktop.messages import message_text
from rrr_desktop.services.exchange.changes import describe
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
    BundlePreview,
    apply_bundle,
    inspect_bundle,
    refuse_unless_importable,
)
from rrr_desktop.services.home import Home

MAX_DIFFS_SHOWN = 20
TRUST_SHOWN = {
    "first-use": "first bundle from this city: its key will be remembered",
    "same-key": "same key as its earlier bundles",
    "changed-refused": "KEY CHANGED: compare the fingerprint with the sender by phone",
    "changed-accepted": "key changed, new key accepted",
}
OWN_CITY_NOTE = ("This is your own city's bundle: it cannot be imported here; send it to "
                 "your peers.")


def bundle_export_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    path = Path(args.file)
    if path.suffix.lower() != BUNDLE_EXTENSION:
        path = path.with_name(path.name + BUNDLE_EXTENSION)
    options = ExportOptions(profile=not args.no_profile, practices=not args.no_practices,
                            self_assessment=not args.no_self_assessment,
                            stakeholders=not args.no_stakeholders,
                            include_contacts=args.include_contacts, groups=not args.no_groups)
    summary = export_bundle(home.db, home.paths, path, options)
    print(f"Wrote {path}: profile {'included' if summary.profile else 'left out'}, "
          f"{summary.practices} practices, {summary.assessments} self-assessed topics, "
          f"{summary.stakeholders} stakeholders, {summary.tombstones} withdrawn records.",
          file=out)
    withheld = summary.with_personal_data - summary.personal_data_included
    print(f"Personal data: included for {summary.personal_data_included} records, left out "
          f"for {withheld}.", file=out)
    if summary.contacts_in_descriptions:
        print(message_text("export.contacts_in_descriptions",
                           {"count": summary.contacts_in_descriptions}), file=out)
    return EXIT_OK


def bundle_inspect_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    preview = inspect_bundle(home.db, Path(args.file), args.accept_new_key)
    _print_preview(preview, args.json, out)
    if preview.own_city:
        return EXIT_OK
    return EXIT_OK if preview.trust.accepted and not preview.rename_refused else EXIT_REJECTED


def bundle_import_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    preview = inspect_bundle(home.db, Path(args.file), args.accept_new_key, args.accept_rename)
    refuse_unless_importable(preview, command_line=True)
    taken = preview.conflicting if args.take_conflicts else frozenset()
    if not args.yes:
        _print_preview(preview, args.json, out)
        if not args.json:
            _print_conflicts(preview, taken, out)
            print("Nothing was changed. Run again with --yes to import.", file=out)
        return EXIT_OK
    result = apply_bundle(home.db, preview, included_conflicts=taken)
    if args.json:
        _dump({**_preview_json(preview), "import_id": result.import_id,
               "applied": dict(result.applied), "refused": list(result.refused)}, out)
    elif not result.changed and not preview.conflicting:
        print(f"Nothing to import from {preview.path.name}: everything in it is already here "
              "(or older than what is here).", file=out)
    else:
        applied = ", ".join(f"{count} {status}" for status, count in result.applied.items())
        print(f"Imported {preview.path.name} from {preview.sender.name} (import "
              f"{result.import_id}): {applied}. Undo with: rrr-desktop bundle undo.", file=out)
    if not args.json:
        _print_conflicts(preview, taken, out)
        for reason in result.refused:
            print(f"  {reason}", file=out)
    return EXIT_OK


def _print_conflicts(preview: BundlePreview, taken: frozenset[Any], out: TextIO) -> None:
    """Say what happens to records that differ from ours at the same revision."""
    if preview.conflicting:
        code = "bundle.conflicts_taken" if taken else "bundle.conflicts_kept"
        print(message_text(code, {"count": len(preview.conflicting)}), file=out)


def bundle_undo_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    undone = undo_bundle_import(home.db, args.import_id)
    print(f"Undid the import of {undone.file_name} from {undone.sender_name}.", file=out)
    return EXIT_OK


def bundle_erase_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    if args.peer:
        holdings = peer_holdings(home.db, args.peer)
        count = erase_peer_data(home.db, holdings.city_uuid)
        bundles = "1 bundle" if count == 1 else f"{count} bundles"
        print(f"Erased what came from {holdings.name} ({bundles}). Our own data and "
              "notes are unchanged.", file=out)
    else:
        erased = erase_bundle(home.db, args.import_id)
        print(f"Erased what still came from {erased.file_name} ({erased.sender_name}).",
              file=out)
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
    print("Received:" if history.received else "No bundle received yet.", file=out)
    for got in history.received:
        state = f", undone {got.undone_at:%Y-%m-%d}" if got.undone_at else ""
        print(f"  {got.id}. {got.imported_at:%Y-%m-%d %H:%M} {got.file_name} from "
              f"{got.sender_name}{state}", file=out)
    print("Sent:" if history.sent else "No bundle sent yet.", file=out)
    for sent in history.sent:
        print(f"  {sent.created_at:%Y-%m-%d %H:%M} {sent.file_name}", file=out)
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
    print(f"Bundle {preview.path.name} from {preview.sender.name} "
          f"({preview.sender.country_code}), made {preview.created_at:%Y-%m-%d %H:%M} UTC",
          file=out)
    if preview.own_city:
        print(f"Key fingerprint: {preview.fingerprint}", file=out)
        _print_contents(preview, out)
        print(OWN_CITY_NOTE, file=out)
        return
    print(f"Key fingerprint: {preview.fingerprint} "
          f"({TRUST_SHOWN[preview.trust.trust.value]})", file=out)
    if preview.rename is not None:
        print(message_text("bundle.renamed", {
            "old": preview.rename.old_name, "old_country": preview.rename.old_country,
            "name": preview.rename.new_name, "country": preview.rename.new_country}), file=out)
    for warning in preview.warnings:
        print(f"Warning: {warning}", file=out)
    if preview.already_imported_at is not None:
        print(f"This bundle was already imported on {preview.already_imported_at:%Y-%m-%d}.",
              file=out)
    counts = preview.counts()
    print(", ".join(f"{count} {status}" for status, count in counts.items()), file=out)
    if not preview.changes_anything and not preview.conflicting:
        print("Importing it would change nothing.", file=out)
    shown = 0
    for record in preview.records:
        if record.status.value == "unchanged" or shown >= MAX_DIFFS_SHOWN:
            continue
        shown += 1
        print(f"  [{record.status.value}] {record.entity} {record.title}", file=out)
        if record.reason:
            print(f"      {record.reason}", file=out)
        for change in preview.readable(record):
            for line in describe(change):
                print(f"      {line}", file=out)
    hidden = sum(1 for r in preview.records if r.status.value != "unchanged") - shown
    if hidden > 0:
        print(f"  ... and {hidden} more (see --json)", file=out)


def _print_contents(preview: BundlePreview, out: TextIO) -> None:
    held = preview.summary
    print(f"It holds: profile {'included' if held.profile else 'left out'}, "
          f"{held.practices} practices, {held.assessments} self-assessed topics, "
          f"{held.stakeholders} stakeholders, {held.tombstones} withdrawn records.", file=out)
    personal = (f"included for {held.with_personal_data} of {held.stakeholders} stakeholders"
                if held.with_personal_data else "not included")
    print(f"Personal data (contact person, email or phone): {personal}.", file=out)
    if held.contacts_in_descriptions:
        print(message_text("bundle.contacts_in_descriptions",
                           {"count": held.contacts_in_descriptions}), file=out)

def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
