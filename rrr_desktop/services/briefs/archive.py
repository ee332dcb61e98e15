"""What makes a brief a PDF/A-2b file that a city's records system accepts.

PDF/A-2b asks for: every font embedded (the canvas must not start with Helvetica,
see ``layout``), XMP metadata that repeats the document information dictionary
(title, author, subject, keywords, creator, producer and the dates, written the same
way), the ``pdfaid`` part and conformance, an output intent with an ICC profile for
the RGB colours, and a document ID (reportlab always writes one). reportlab writes
the catalogue; :func:`declare_pdfa` adds the metadata stream and the output intent to
it just before the file is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (  # type: ignore[import-untyped]
    XMP,
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from rrr_desktop.resources import resource_path

SRGB = "sRGB IEC61966-2.1"
# XML 1.0 forbids most control characters; names from bundles may carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    language: str


@cache
def _srgb_profile() -> bytes:
    return resource_path("color", "sRGB.icc").read_bytes()


def declare_pdfa(canvas: Canvas, metadata: Metadata) -> None:
    """Add the PDF/A-2b metadata stream and sRGB output intent to the canvas's
    document; call once, before ``save``."""
    document: PDFDocument = canvas._doc
    catalog: PDFCatalog = document.Catalog
    profile = PDFStream(PDFDictionary({"N": 3}), _srgb_profile(), filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(SRGB), "Info": PDFString(SRGB),
        "DestOutputProfile": document.Reference(profile)})
    # reportlab's catalogue writes only the keys it lists; OutputIntents is not one.
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
    # Streams without filters stay uncompressed, as PDF/A wants the metadata.
    catalog.Metadata = XMP(creator=lambda doc: xmp_packet(doc, metadata))


def xmp_packet(document: PDFDocument, metadata: Metadata) -> bytes:
    """The XMP packet: every value equal to its counterpart in the information
    dictionary, which reportlab writes from ``document.info`` and its time stamp."""
    info = document.info
    stamp = document._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    when = (f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
            f"{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}")
    language = _text(metadata.language or "x-default")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_text(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{_text(info.subject)}</rdf:li>
   </rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{_text(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdf:Producer>{_text(info.producer)}</pdf:Producer>
   <pdf:Keywords>{_text(info.keywords)}</pdf:Keywords>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", str(value)))
