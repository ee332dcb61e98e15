"""The Linux build's ICU data keeps what Qt needs for our languages, and nothing breaks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import trim_icu  # noqa: E402

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
ICU_DATA = sorted(QT_LIB.glob("libicudata.so.*"))

needs_icu = pytest.mark.skipif(not (sys.platform.startswith("linux") and ICU_DATA
                                    and shutil.which("gcc")),
                               reason="Linux with PySide6's ICU and gcc only")

PROBE = ("from PySide6.QtCore import QCoreApplication\n"
         "from rrr_desktop.views.smoke import locale_data_problem\n"
         "app = QCoreApplication([])\n"
         "maps = open('/proc/self/maps').read()\n"
         "print(next(l.split()[-1] for l in maps.splitlines() if 'icudata' in l))\n"
         "print(locale_data_problem())\n")


@pytest.mark.parametrize(("item", "kept"), [
    ("icudt73l/pl.res", True),
    ("icudt73l/pt_BR.res", True),
    ("icudt73l/root.res", True),
    ("icudt73l/zoneinfo64.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/coll/pl.res", True),
    ("icudt73l/coll/es__TRADITIONAL.res", True),
    ("icudt73l/zone/fr_CA.res", True),
    ("icudt73l/region/nl.res", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/uts46.nrm", False),
    ("icudt73l/unames.icu", False),
    ("icudt73l/rfc3491.spp", False),
    ("icudt73l/confusables.cfu", False),
    ("icudt73l/de.res", False),
    ("icudt73l/de_.res", False),
    ("icudt73l/coll/ja.res", False),
    ("icudt73l/zone/zh_Hant.res", False),
    ("icudt73l/lang/pl.res", False),
    ("icudt73l/curr/es.res", False),
    ("icudt73l/brkitr/thaidict.dict", False),
    ("icudt73l/ibm-5348_P100-1997.cnv", False),
])
def test_which_items_are_kept(item: str, kept: bool) -> None:
    assert trim_icu.keep_item(item) is kept


@needs_icu
def test_rewriting_every_item_gives_the_same_bytes() -> None:
    library = ICU_DATA[0].read_bytes()
    _name, offset, size = trim_icu._elf_symbol(library, b"icudt")
    blob = library[offset:offset + size]
    _header, items = trim_icu._items(blob)
    assert len(items) > 3000
    everything = pytest.MonkeyPatch()
    everything.setattr(trim_icu, "keep_item", lambda _name: True)
    try:
        assert trim_icu.trimmed_blob(blob) == blob
    finally:
        everything.undo()


def _probe(library_dir: Path) -> list[str]:
    env = {**os.environ, "LD_LIBRARY_PATH": str(library_dir), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, cwd=REPO, check=True, timeout=120)
    return result.stdout.splitlines()


@needs_icu
def test_the_trimmed_library_is_small_and_qt_still_sorts_and_names_zones(
        tmp_path: Path) -> None:
    target = tmp_path / ICU_DATA[0].name
    before, after = trim_icu.trim_library(ICU_DATA[0], target)
    assert after < before / 5
    loaded, problem = _probe(tmp_path)
    assert loaded == str(target)
    assert problem == "None"


@needs_icu
def test_the_smoke_check_notices_missing_polish_data(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    keep = trim_icu.keep_item
    monkeypatch.setattr(trim_icu, "keep_item",
                        lambda name: keep(name) and "/pl" not in name and "/coll/pl" not in name)
    trim_icu.trim_library(ICU_DATA[0], tmp_path / ICU_DATA[0].name)
    assert "Polish" in _probe(tmp_path)[1]
