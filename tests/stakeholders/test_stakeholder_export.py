"""Exporting the register: what the filter shows, formulas neutralised, personal data kept in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.models.entities import Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.export import export_stakeholders
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from tests.factories import home_arguments


@pytest.fixture
def register(home: Home) -> Home:
    with home.db.session() as session:
        session.add_all([
            Stakeholder(name="=HYPERLINK(\"http://evil\")", kind=StakeholderKind.BUSINESS,
                        description="@SUM(A1)", tags=["x"]),
            Stakeholder(name="Łódź Co-op", kind=StakeholderKind.COOPERATIVE, tags=["food", "youth"],
                        contact_person="Ana", email="ana@coop.example", consent_given=True,
                        consent_on=date(2026, 1, 2)),
            Stakeholder(name="Quiet Person", kind=StakeholderKind.OTHER, email="q@example.org"),
            Stakeholder(name="Old Mill", kind=StakeholderKind.FOUNDATION, archived=True),
        ])
    return home


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back_with_formulas_neutralised(register: Home, tmp_path: Path,
                                                     suffix: str) -> None:
    path = tmp_path / f"out{suffix}"
    report = export_stakeholders(register.db, StakeholderFilter(), path)
    table = read_table(path)
    assert report.rows == 3 == len(table.rows)  # archived left out, as on the page
    names = [row[0] for row in table.rows]
    assert names == ["'=HYPERLINK(\"http://evil\")", "Łódź Co-op", "Quiet Person"]
    assert table.rows[0][table.headers.index("Description")] == "'@SUM(A1)"
    assert table.rows[names.index("Łódź Co-op")][table.headers.index("Tags")] == "food; youth"
    assert "Email" not in table.headers  # personal data only when asked for


def test_personal_data_only_with_recorded_consent(register: Home, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    report = export_stakeholders(register.db, StakeholderFilter(search="o"), path,
                                 include_personal=True)
    table = read_table(path)
    emails = {row[0]: row[table.headers.index("Email")] for row in table.rows}
    assert emails == {"Łódź Co-op": "ana@coop.example", "Quiet Person": ""}
    assert (report.personal_rows, report.withheld_rows) == (1, 1)


def test_a_failed_export_leaves_the_old_file(register: Home, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.csv"
    path.write_text("previous export")

    def broken(*_args: object, **_options: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("csv.writer", broken)
    with pytest.raises(OSError):
        export_stakeholders(register.db, StakeholderFilter(), path)
    assert path.read_text() == "previous export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_command(register: Home, capsys: pytest.CaptureFixture[str],
                        tmp_path: Path) -> None:
    register.close()
    home = home_arguments(register)
    assert main([*home, "stakeholders", "export", str(tmp_path / "all.xlsx"),
                 "--archived"]) == 0
    assert "Exported 4 stakeholders" in capsys.readouterr().out
    assert main([*home, "stakeholders", "export", str(tmp_path / "x.pdf")]) == 3
    assert ".csv or .xlsx" in capsys.readouterr().err
