"""Bomb benchmark: what each hostile file of the attack campaign costs before it is refused.

Each case is generated, then read in a fresh child process (``multiprocessing`` with
``spawn``), which reports its wall time and the peak resident memory it reached; the
reader must refuse it (a case that is accepted is reported as such). Never a test:
it prints the figures, which go into ``docs/bundle-format.md`` and ``docs/importing.md``.

    .venv/bin/python benchmarks/bombs.py
"""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.exchange.container import open_bundle
from rrr_desktop.services.exchange.container.limits import BundleLimits
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from tests.factories import CONTENT, forged_bundle

NO_RATIO = BundleLimits(max_ratio=10**9)  # the ratio check would refuse these before parsing


def _keys(count: int) -> bytes:
    return b"".join(b"k%d: 0\n" % n for n in range(count))


def _bundle(path: Path, member: str, data: bytes) -> None:
    path.write_bytes(forged_bundle({**CONTENT, member: data}))


def _xlsx(path: Path, sheet: Iterator[bytes], strings: Iterator[bytes]) -> None:
    types = (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             b'<Default Extension="xml" ContentType="application/xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        for member, pieces in (("xl/worksheets/sheet1.xml", sheet),
                               ("xl/sharedStrings.xml", strings)):
            with archive.open(member, "w", force_zip64=True) as stream:
                for piece in pieces:
                    stream.write(piece)


def _repeat(head: bytes, piece: bytes, times: int, tail: bytes) -> Iterator[bytes]:
    yield head
    for start in range(0, times, 100_000):
        yield piece * min(100_000, times - start)
    yield tail


def make_cases(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, reader): the files of the campaign and their neighbours."""
    cases = {
        "profile.yaml, 1.8 million keys (4 MB bundle)": ("key-bomb.rrrbundle", "bundle"),
        "profile.yaml, 300,000 keys (under 2 MB)": ("keys-300k.rrrbundle", "bundle"),
        "practices.json, one object of 1.8 million keys": ("json-keys.rrrbundle", "bundle"),
        "stakeholders.json, one object of 1.8 million keys": ("json-keys2.rrrbundle",
                                                               "bundle"),
        "stakeholders.json, 3 million values (the limit: read)": ("values.rrrbundle",
                                                                   "bundle"),
        ".xlsx, 27 million shared strings (1 MB)": ("strings.xlsx", "table"),
        ".xlsx, 20 million cells in one row (600 KB)": ("row.xlsx", "table"),
        ".xlsx, 2.1 million shared strings (27 MB unpacked)": ("strings2.xlsx", "table"),
    }
    files = {name: (folder / file, reader) for name, (file, reader) in cases.items()}
    makers: list[Callable[[Path], None]] = [
        lambda p: _bundle(p, "profile.yaml", _keys(1_800_000)),
        lambda p: _bundle(p, "profile.yaml", _keys(300_000)[:2_000_000]),
        lambda p: _bundle(p, "practices.json", b"[{" + b",".join(
            b'"k%d":0' % n for n in range(1_800_000)) + b"}]"),
        lambda p: _bundle(p, "stakeholders.json", b"[{" + b",".join(
            b'"k%d":0' % n for n in range(1_800_000)) + b"}]"),
        lambda p: _bundle(p, "stakeholders.json", dump_json([0] * 3_000_000)),
        lambda p: _xlsx(p, iter([b"<worksheet><sheetData/></worksheet>"]),
                        _repeat(b"<sst>", b"<si><t/></si>", 27_000_000, b"</sst>")),
        lambda p: _xlsx(p, _repeat(b'<worksheet><sheetData><row r="1">', b"<c/>", 20_000_000,
                                   b"</row></sheetData></worksheet>"), iter([b"<sst/>"])),
        lambda p: _xlsx(p, iter([b"<worksheet><sheetData/></worksheet>"]),
                        _repeat(b"<sst>", b"<si><t/></si>", 2_100_000, b"</sst>")),
    ]
    for (path, _reader), make in zip(files.values(), makers, strict=True):
        make(path)
    return files


def _memory_mb(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process, from Linux's /proc: ru_maxrss
    would carry the parent's peak over the exec of a spawned child."""
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith(f"{field}:"))
    return int(line.split()[1]) / 1024


def _read(path: str, reader: str,
          results: multiprocessing.Queue[tuple[float, float, float, str]]) -> None:
    before = _memory_mb("VmRSS")
    started = time.perf_counter()
    outcome = "ACCEPTED"
    try:
        if reader == "bundle":
            open_bundle(Path(path), NO_RATIO)
        else:
            read_table(Path(path))
    except RejectedInput as refusal:
        outcome = "refused: " + str(refusal)[:110]
    elapsed = time.perf_counter() - started
    peak = _memory_mb("VmHWM")
    results.put((elapsed, before, peak, outcome))


def main() -> None:
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder:
        for name, (path, reader) in make_cases(Path(folder)).items():
            results: multiprocessing.Queue[tuple[float, float, float, str]] = context.Queue()
            child = context.Process(target=_read, args=(str(path), reader, results))
            child.start()
            elapsed, before, peak, outcome = results.get(timeout=600)
            child.join()
            print(f"{name}: {path.stat().st_size / 1e6:.2f} MB file, {elapsed:.2f} s, "
                  f"+{max(peak - before, 0):.0f} MB (peak RSS {peak:.0f} MB), {outcome}")


if __name__ == "__main__":
    main()
