"""Briefs a city's records system accepts: PDF/A-2b with every font embedded."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from xml.dom.minidom import Element, Text

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from rrr_desktop.resources import resource_path
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.render import render_city_brief, render_peer_brief
from tests.briefs.test_briefs import city_data, peer_data

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XMP_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}


@pytest.fixture(scope="module", params=["city", "peer"])
def brief(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("archive") / f"{request.param}.pdf"
    if request.param == "city":
        render_city_brief(city_data(80), BriefOptions(language="pl", author="Urząd"), path)
    else:
        render_peer_brief(peer_data(), BriefOptions(kind=BriefKind.PEER, language="fr"), path)
    return path


def _resolved(value: object) -> object:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    """Every font any page or drawing uses, by its PDF name."""
    found: dict[str, DictionaryObject] = {}

    def visit(resources: object) -> None:
        resources = _resolved(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for reference in (_resolved(resources.get("/Font")) or {}).values():
            font = _resolved(reference)
            found[str(font["/BaseFont"])] = font
        for xobject in (_resolved(resources.get("/XObject")) or {}).values():
            visit(_resolved(xobject).get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def _xmp_values(rdf: Element, uri: str, local: str) -> list[str]:
    """The texts of one XMP property: its list items, or its own text."""
    texts = []
    for element in rdf.getElementsByTagNameNS(uri, local):
        items = element.getElementsByTagNameNS(RDF, "li") or [element]
        texts += ["".join(node.data for node in item.childNodes
                          if isinstance(node, Text)) for item in items]
    return texts


def test_every_font_a_brief_names_is_embedded(brief: Path) -> None:
    fonts = _fonts(PdfReader(brief))
    assert fonts, "a brief with text names its fonts"
    for name, font in fonts.items():
        descriptor = _resolved(font.get("/FontDescriptor"))
        assert isinstance(descriptor, DictionaryObject), f"{name} is declared, not embedded"
        assert "/FontFile2" in descriptor, f"{name} is declared, not embedded"
    assert not any("Helvetica" in name for name in fonts)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts not installed")
def test_pdffonts_lists_every_font_as_embedded(brief: Path) -> None:
    lines = subprocess.run(["pdffonts", str(brief)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert " yes yes yes " in line, line


def test_the_xmp_metadata_declares_pdfa_2b_and_repeats_the_document_information(
        brief: Path) -> None:
    reader = PdfReader(brief)
    info = reader.metadata
    assert info is not None
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert "/Filter" not in stream, "PDF/A wants the metadata stream unfiltered"
    xmp = reader.xmp_metadata
    assert xmp is not None
    values = {f"{prefix}:{local}": _xmp_values(xmp.rdf_root, uri, local)
              for prefix, uri in XMP_NAMESPACES.items()
              for local in ("title", "creator", "description", "language", "part",
                            "conformance", "CreatorTool", "Producer", "Keywords")}
    assert values["pdfaid:part"] == ["2"]
    assert values["pdfaid:conformance"] == ["B"]
    assert values["dc:title"] == [info.title]
    assert values["dc:creator"] == [info.author]
    assert values["dc:description"] == [info.subject]
    assert values["dc:language"] == [str(reader.trailer["/Root"]["/Lang"])]
    assert values["xmp:CreatorTool"] == [info.creator] == ["RRR Desktop"]
    assert values["pdf:Producer"] == [info.producer]
    assert values["pdf:Keywords"] == [info.get("/Keywords", "")]
    assert xmp.xmp_create_date == info.creation_date.replace(tzinfo=None)
    assert xmp.xmp_modify_date == info.modification_date.replace(tzinfo=None)


def test_names_outside_ascii_survive_in_the_xmp(brief: Path) -> None:
    xmp = PdfReader(brief).xmp_metadata
    assert xmp is not None and xmp.dc_title is not None
    if brief.stem == "city":
        assert xmp.dc_creator == ["Urząd"]
        assert xmp.dc_title["x-default"].endswith("– Gdańsk")
    else:
        assert xmp.dc_title["x-default"].endswith("– Łódź")


def test_an_srgb_output_intent_carries_the_shipped_icc_profile(brief: Path) -> None:
    reader = PdfReader(brief)
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    assert profile.get_data() == resource_path("color", "sRGB.icc").read_bytes()


def test_a_document_id_is_set(brief: Path) -> None:
    identifier = PdfReader(brief).trailer["/ID"]
    assert len(identifier) == 2 and all(len(part.original_bytes) == 16 for part in identifier)


def test_nothing_is_transparent(brief: Path) -> None:
    raw = brief.read_bytes()
    reader = PdfReader(io.BytesIO(raw))
    for page in reader.pages:
        states = _resolved(page["/Resources"].get("/ExtGState")) or {}
        for reference in states.values():
            state = _resolved(reference)
            assert float(state.get("/ca", 1)) == 1 and float(state.get("/CA", 1)) == 1
            assert state.get("/SMask", "/None") == "/None"
    assert b"/SMask" not in raw and b"/Transparency" not in raw


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_qpdf_finds_no_structural_error(brief: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(brief)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
