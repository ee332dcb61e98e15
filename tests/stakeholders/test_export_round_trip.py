"""What the export writes, the import reads back unchanged, and a re-import updates the
same records; the export reads well in a spreadsheet."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from rrr_desktop.__main__ import main
from rrr_desktop.messages import message, set_language
from rrr_desktop.models.entities import CollaborationStage, Stakeholder, StakeholderKind, Topic
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.stakeholders.essglobal_export import HEADER, export_essglobal
from rrr_desktop.services.stakeholders.export import export_stakeholders
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.importer import ImportMode, plan_import
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from tests.factories import REAL_WORLD, home_arguments

UK_COOPS = REAL_WORLD / "uk-worker-coops-essglobal.csv"
EVERY_FIELD = ("uuid", "name", "kind", "is_person", "sectors", "district", "address",
               "locality", "postcode", "country_code", "latitude", "longitude", "website",
               "description", "tags", "owner", "stage", "influence", "interest", "trust",
               "archived", "shareable", "external_id", "contact_person", "email", "phone",
               "consent_given", "consent_on", "consent_source")
ALL = StakeholderFilter(include_archived=True)


@pytest.fixture
def other_home(tmp_path: Path) -> Iterator[Home]:
    opened = open_home(resolve_paths(tmp_path / "other-home"))
    yield opened
    opened.close()


@pytest.fixture
def full_register(home: Home) -> Home:
    with home.db.session() as session:
        topics = [session.get(Topic, "digital-inclusion"),
                  session.get(Topic, "connecting-platforms")]
        coop = Stakeholder(
            name="Łódź Co-op", kind=StakeholderKind.COOPERATIVE, sectors=["ICA140", "bakery"],
            district="Bałuty", address="ul. Piotrkowska 1\nII piętro", locality="Łódź",
            postcode="90-001", country_code="PL", latitude=51.7592, longitude=19.456,
            website="https://lodz.coop", description="Bakery; café, \"open\" daily",
            tags=["food", "youth"], owner="Ana", topics=topics,
            stage=CollaborationStage.CO_CREATING,
            influence=4, interest=5, trust=3, archived=False, shareable=True,
            external_id="PL-001", contact_person="Ewa Nowak", email="ewa@lodz.coop",
            phone="+48 42 000 00 00", consent_given=True, consent_on=date(2026, 1, 2),
            consent_source="Signed form, fair 2025")
        session.add(coop)
        session.flush()
        session.add_all([
            Stakeholder(name="Ewa Nowak", kind=StakeholderKind.OTHER, is_person=True,
                        organisation_id=coop.id, email="ewa.nowak@lodz.coop",
                        phone="+48 600 000 000", consent_given=True,
                        consent_on=date(2026, 2, 3), consent_source="Email of 3 Feb"),
            Stakeholder(name="Old Mill", kind=StakeholderKind.FOUNDATION, archived=True,
                        influence=1, website="https://mill.example.org/about"),
        ])
    return home


def stored(home: Home, columns: tuple[str, ...] = EVERY_FIELD) -> list[tuple[object, ...]]:
    """The columns, the UUID of each one's organisation and its topics, of every record."""
    with home.db.reading() as connection:
        topics = ("(SELECT string_agg(topic_id, ',' ORDER BY topic_id) FROM stakeholder_topic "
                  "WHERE stakeholder_id = s.id)" if connection.postgres else
                  "(SELECT group_concat(topic_id) FROM (SELECT topic_id FROM stakeholder_topic "
                  "WHERE stakeholder_id = s.id ORDER BY topic_id))")
        rows = connection.execute(
            f"SELECT {', '.join(columns)}, (SELECT o.uuid FROM stakeholder o "
            f"WHERE o.id = s.organisation_id), {topics} FROM stakeholder s").fetchall()
    return sorted(rows, key=repr)


@pytest.mark.parametrize(("suffix", "language"), [
    (".xlsx", "en"), (".csv", "en"), (".csv", "pl"), (".xlsx", "pl"), (".csv", "es"),
    (".xlsx", "es"), (".xlsx", "fr"), (".csv", "pt"), (".csv", "it"), (".csv", "nl")])
def test_every_field_survives_export_and_import(
        full_register: Home, other_home: Home, tmp_path: Path, suffix: str,
        language: str) -> None:
    set_language(language)
    try:
        path = tmp_path / f"register{suffix}"
        export_stakeholders(full_register.db, ALL, path, include_personal=True)
        table = read_table(path)
        summary = apply_import(other_home.db, plan_import(other_home.db, table, path.name))
        assert (summary.added, summary.failed) == (3, 0)
        assert stored(other_home) == stored(full_register)
        again = plan_import(other_home.db, table, path.name, mode=ImportMode.UPDATE)
        assert again.counts["add"] == again.counts["update"] == 0
        assert {row.reason for row in again.rows} == {
            message("import_row.up_to_date",
                    how=message("match.as", how=message("match.same_uuid"), name=name)).text()
            for name in ("Łódź Co-op", "Ewa Nowak", "Old Mill")}
    finally:
        set_language("en")


def test_the_xlsx_reads_well(full_register: Home, tmp_path: Path) -> None:
    set_language("es")
    try:
        path = tmp_path / "register.xlsx"
        export_stakeholders(full_register.db, ALL, path, include_personal=True)
    finally:
        set_language("en")
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}4"
    coop = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Łódź Co-op")
    value = dict(zip(header, coop, strict=True))
    assert (value["Tipo"].value, value["Kind code"].value) == ("Cooperativa", "cooperative")
    assert (value["País"].value, value["Country code"].value) == ("Polonia", "PL")
    assert value["Sectores"].value == "Servicios financieros; bakery"
    assert value["Influencia"].value == 4 and value["Latitud"].value == 51.7592
    consent_date = value["Fecha del consentimiento"]
    assert consent_date.is_date and consent_date.value.date() == date(2026, 1, 2)
    assert value["Teléfono"].value == "+48 42 000 00 00"  # no apostrophe in a text cell
    assert value["Teléfono"].data_type == "s"
    assert (value["Registro"].value, value["Compartible"].value,
            value["Archivado"].value, value["Consentimiento"].value) == (
        "Organización", "sí", "no", "sí")
    person = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Ewa Nowak")
    assert person[header.index("Registro")].value == "Persona"
    widths = {sheet.column_dimensions[value[t].column_letter].width
              for t in ("Nombre", "Sitio web")}
    assert all(8 <= width <= 60 for width in widths)


@pytest.mark.parametrize(("language", "delimiter", "start"), [
    ("en", ",", "Name,Record"), ("fr", ";", "Nom;Fiche"), ("pl", ";", "Nazwa;Rekord")])
def test_a_csv_is_utf8_with_bom_and_the_delimiter_of_the_officers_language(
        full_register: Home, tmp_path: Path, language: str, delimiter: str,
        start: str) -> None:
    set_language(language)
    try:
        path = tmp_path / "register.csv"
        export_stakeholders(full_register.db, ALL, path)
    finally:
        set_language("en")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + start.encode())
    assert read_table(path).delimiter == delimiter


def test_exported_files_are_readable_by_colleagues(full_register: Home, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        for name in ("r.xlsx", "r.csv"):
            export_stakeholders(full_register.db, ALL, tmp_path / name)
        export_essglobal(full_register.db, ALL, tmp_path / "e.csv")
    finally:
        os.umask(previous)
    modes = {stat.S_IMODE((tmp_path / name).stat().st_mode) for name in ("r.xlsx", "r.csv",
                                                                         "e.csv")}
    assert modes == {0o644}


def test_essglobal_export_has_the_open_data_layout(
        full_register: Home, other_home: Home, tmp_path: Path) -> None:
    path = tmp_path / "open-data.csv"
    report = export_essglobal(full_register.db, ALL, path)
    assert report.rows == 2  # the person is never published
    table = read_table(path)
    assert table.headers == HEADER and table.delimiter == ","
    row = dict(zip(table.headers, next(r for r in table.rows if r[1] == "Łódź Co-op"),
                   strict=True))
    assert row["Identifier"] == "PL-001"
    assert row["Organisational Structure"].endswith("/organisational-structure/OS115")
    assert row["Primary Activity"].endswith("/activities-ica/ICA140")
    assert (row["Country ID"], row["Geo Container Latitude"]) == ("PL", "51.7592")
    assert row["Email"] == row["Phone"] == ""  # personal data only when asked for
    apply_import(other_home.db, plan_import(other_home.db, table, path.name))
    assert stored(other_home, ("name", "kind", "sectors", "locality", "latitude"))[1] == (
        "Łódź Co-op", "cooperative", '["ICA140"]', "Łódź", 51.7592, None, None)


def test_essglobal_from_the_command_line(full_register: Home, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    home = home_arguments(full_register)
    assert main([*home, "stakeholders", "export", str(tmp_path / "o.csv"),
                 "--format", "essglobal", "--archived"]) == 0
    assert "Exported 2 stakeholders" in capsys.readouterr().out
    assert main([*home, "stakeholders", "export", str(tmp_path / "o.xlsx"),
                 "--format", "essglobal"]) == 3
    assert "give it a .csv ending" in capsys.readouterr().err
    assert main([*home, "stakeholders", "export", str(tmp_path / "s.csv"),
                 "--delimiter", "semicolon"]) == 0
    assert (tmp_path / "s.csv").read_bytes().startswith(b"\xef\xbb\xbfName;")


@pytest.mark.skipif(not UK_COOPS.exists(), reason=f"{UK_COOPS} is not available")
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_uk_cooperatives_round_trip(home: Home, other_home: Home, tmp_path: Path,
                                        suffix: str) -> None:
    apply_import(home.db, plan_import(home.db, read_table(UK_COOPS), UK_COOPS.name))
    path = tmp_path / f"uk{suffix}"
    export_stakeholders(home.db, ALL, path)
    apply_import(other_home.db, plan_import(other_home.db, read_table(path), path.name))
    columns = tuple(c for c in EVERY_FIELD if c not in (
        "contact_person", "email", "phone", "consent_given", "consent_on", "consent_source"))
    assert stored(other_home, columns) == stored(home, columns)
