"""``rrr-desktop stakeholders ...``: list, import and export the register."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rrr_desktop.collector import collector_paused
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message, message_text
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.importing import importer as stakeholder_import
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.column_mapping import (
    ColumnChoice,
    column_choices,
    field_name,
    mapping_with_choices,
    suggestion,
)
from rrr_desktop.services.stakeholders.importing.encodings import encoding_name
from rrr_desktop.services.stakeholders.importing.failed_rows import save_failed_rows
from rrr_desktop.services.stakeholders.importing.guessing import Guess, guess_columns
from rrr_desktop.services.stakeholders.importing.importer import ImportMode
from rrr_desktop.services.stakeholders.importing.table import Table
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.vocabulary import kind_label, stage_label

if TYPE_CHECKING:  # the list's modules load only for list and export (import is quicker)
    from rrr_desktop.services.stakeholders.listing import StakeholderRow

MAX_ROWS_SHOWN = 10  # failed rows, then skipped rows, listed in an import's summary


def stakeholders_list_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    from rrr_desktop.services.stakeholders import listing as stakeholder_list

    query = stakeholder_list.StakeholderFilter(search=args.search, persons=args.persons,
                                               include_archived=args.archived)
    total = stakeholder_list.count_stakeholders(home.db, query)
    rows = stakeholder_list.list_stakeholders(home.db, query, limit=max(total, 1))
    if args.json:
        json.dump([_row_json(r) for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for row in rows:
        print(message_text("cli_stakeholders.line", {
            "name": row.name, "what": _what(row),
            "details": ", ".join(part for part in (stage_label(row.stage), row.district)
                                 if part)}), file=out)
    print(message_text("counted.stakeholders", {"count": total}), file=out)
    return 0


def _what(row: StakeholderRow) -> str:
    """An organisation's kind; a person as one, with the organisation they belong to."""
    if not row.is_person:
        return kind_label(row.kind)
    if row.organisation:
        return message_text("cli_stakeholders.person_of", {"organisation": row.organisation})
    return message_text("cli_stakeholders.person")


def _row_json(row: StakeholderRow) -> dict[str, object]:
    return {"id": str(row.uuid), "name": row.name, "person": row.is_person,
            "organisation": row.organisation or None,
            "kind": None if row.is_person else row.kind, "stage": row.stage,
            "district": row.district, "owner": row.owner, "tags": list(row.tags),
            "shareable": row.shareable, "archived": row.archived}


# Every row read, every value planned stays alive until the command ends: a collection
# would only search them (tens of milliseconds for 7,000 rows).
@collector_paused()
def stakeholders_import_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    source = Path(args.file)
    table = read_table(source, args.encoding)
    if not table.rows and not table.headings:
        print(message("import_cli.no_rows", file=source.name).text(), file=out)
        return 0
    if table.encoding is not None:
        print(message("import_cli.read_as", encoding=encoding_name(table.encoding)).text(),
              file=out)
    table, suggested, guesses, choices = _suggested(table, args.keep_headings)
    mapping = mapping_with_choices(table.headers, suggested, args.map)
    def planned() -> stakeholder_import.ImportPlan:
        return stakeholder_import.plan_import(home.db, table, source.name, mapping=mapping,
                                              mode=ImportMode(args.mode), share=args.share)

    plan = planned()
    for index, field in plan.mapping.items():
        print(message("import_cli.column", header=repr(table.headers[index]),
                      field=field_name(field)).text(), file=out)
    for guess in guesses:
        print(message_text("import.cli_guessed", {"guess": guess}), file=out)
    for choice in choices:
        print(message("import_cli.column_choice", field=field_name(choice.field),
                      used=repr(table.headers[choice.used]), used_filled=choice.used_filled,
                      other=repr(table.headers[choice.passed_over]),
                      other_filled=choice.passed_over_filled).text(), file=out)
    joined = {column for guess in guesses for column in guess.joined}
    left_out = [repr(h) for i, h in enumerate(table.headers)
                if i not in plan.mapping and i not in joined]
    if left_out:
        print(message("import_cli.left_out", columns=", ".join(left_out)).text(), file=out)
    if not args.dry_run:
        plan = _applied(home, plan, planned)
    _print_import_outcome(plan, args.dry_run, out)
    if args.dry_run:
        print(message("import_cli.dry_run").text(), file=out)
    elif plan.failures:
        saved = save_failed_rows(plan, table, source, home.paths.home)
        print(message("import_cli.failed_rows_saved", path=saved).text(), file=out)
    counts = plan.counts
    if plan.failures and counts["add"] + counts["update"] + counts["fill"] == 0:
        if args.dry_run:
            code = "import_cli.nothing_would_be_imported" + ("_new" if counts["skip"] else "")
            print(message(code).text(), file=out)
            return 3
        first = plan.failures[0]
        raise RejectedInput("import.every_row_failed", file=source.name,
                            failed=len(plan.failures), row=first.row_number,
                            problem=first.message)
    return 0


def _suggested(table: Table, keep_headings: bool
               ) -> tuple[Table, dict[int, str], list[Guess], tuple[ColumnChoice, ...]]:
    """The table to import (with a joined address column, its headings kept as rows), the
    fields suggested for its columns, the guesses made from values and the choices made
    between columns naming one field."""
    suggested, choices = suggestion(table.headers, table.rows)
    guessed, suggested, guesses = guess_columns(table, suggested)
    if keep_headings:
        guessed = guessed.with_headings()
    if guessed is not table:  # other columns or rows: the choices are told for these
        choices = column_choices(guessed.headers, guessed.rows)
    return guessed, suggested, guesses, choices


IMPORT_ATTEMPTS = 3


def _applied(home: Home, plan: stakeholder_import.ImportPlan,
             planned: Callable[[], stakeholder_import.ImportPlan]
             ) -> stakeholder_import.ImportPlan:
    """Apply ``plan``; when colleagues changed a team's register since it was made, plan
    again on what is there now (a few times) rather than give up at once."""
    for attempt in range(IMPORT_ATTEMPTS):
        try:
            apply_import(home.db, plan)
            return plan
        except RejectedInput as refused:
            if refused.code != "import.register_changed" or attempt == IMPORT_ATTEMPTS - 1:
                raise
            plan = planned()
    raise AssertionError("unreachable")


def stakeholders_export_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    from rrr_desktop.services.stakeholders import listing as stakeholder_list
    from rrr_desktop.services.stakeholders.essglobal_export import export_essglobal
    from rrr_desktop.services.stakeholders.export import export_stakeholders

    path = Path(args.file)
    essglobal = args.format == "essglobal"
    if essglobal and path.suffix.lower() != ".csv":
        raise RejectedInput("export.essglobal_suffix", file=path.name)
    if path.suffix.lower() not in {".csv", ".xlsx"}:
        raise RejectedInput("export.suffix", file=path.name)
    query = stakeholder_list.StakeholderFilter(search=args.search, persons=args.persons,
                                               include_archived=args.archived)
    if essglobal:
        report = export_essglobal(home.db, query, path, args.include_personal_data)
    else:
        delimiter = {"comma": ",", "semicolon": ";"}.get(args.delimiter or "")
        report = export_stakeholders(home.db, query, path, args.include_personal_data,
                                     delimiter)
    print(message("export_cli.done", count=report.rows, path=report.path).text(), file=out)
    if report.descriptions_without_contacts:
        print(message_text("export.contacts_in_descriptions",
                           {"count": report.descriptions_without_contacts}), file=out)
    if args.include_personal_data:
        print(message("export_cli.personal_data", written=report.personal_rows,
                      withheld=report.withheld_rows).text(), file=out)
    return 0


def _print_import_outcome(plan: stakeholder_import.ImportPlan, dry_run: bool,
                          out: TextIO) -> None:
    """"Added 120, updated 0, skipped 3, failed 2 (...)." and the first failed and skipped
    rows with their reasons."""
    counts = plan.counts
    print(message("import_cli.would_do" if dry_run else "import_cli.done", add=counts["add"],
                  update=counts["update"] + counts["fill"], skip=counts["skip"],
                  fail=counts["fail"], personal=plan.personal_data_rows).text(), file=out)
    skipped = [stakeholder_import.RowProblem(row.row_number, row.reason)
               for row in plan.rows if row.action == "skip"]
    left_out = [stakeholder_import.RowProblem(number, reason)
                for number, reason in plan.skipped_lines]
    headings = [stakeholder_import.RowProblem(number, repr(text))
                for number, text in plan.headings]
    for title, rows in ((message("import_cli.failed").text(), plan.failures),
                        (message("import_cli.skipped").text(), skipped),
                        (message_text("import.cli_warnings"), plan.warnings),
                        (message_text("import.cli_headings"), headings),
                        (message_text("import.cli_lines_left_out"), left_out)):
        if rows:
            print(title, file=out)
        for problem in rows[:MAX_ROWS_SHOWN]:
            print(f"  {problem}", file=out)
        if len(rows) > MAX_ROWS_SHOWN:
            print("  " + message("import_cli.more", count=len(rows) - MAX_ROWS_SHOWN).text(),
                  file=out)
