"""Italian addresses the officer with "tu", as Italian desktop software does (Windows,
macOS, LibreOffice, Firefox): no text in the window, the messages or the guide uses
"Lei" or "voi" for the officer. Letters to other cities' officers (the bundle's email,
meeting invitations) speak to several people: their "voi" is the plural of "tu"."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

from rrr_desktop.resources import resource_path

# Forms that address the officer as "Lei" (imperatives, possessives) or as "voi".
LEI = re.compile(
    r"\b(Lei|Suo|Sua|Suoi|Sue|[Ss]celga|[Aa]pra|[Uu]si|[Ss]criva|[Aa]ggiunga|[Cc]ontrolli|"
    r"[Ii]ndichi|[Cc]hieda|[Ss]alvi|[Ii]mporti|[Rr]ipristini|[Aa]ccetti|[Ss]elezioni|"
    r"[Ii]nserisca|[Vv]erifichi|[Aa]ttenda|[Rr]iprovi|[Tt]enga|[Cc]rei|[Cc]orregga|[Tt]rasformi|"
    r"[Ll]avora(?=\?)|vi ha scritto)\b")
VOI = re.compile(r"\b([Vv]ostr[aoie]|con voi|[Cc]ollaborate|[Ll]avorate|[Vv]olete|[Pp]otete|"
                 r"[Aa]vete|[Ss]cegliete|[Aa]prite|[Tt]enetene|"
                 r"[Cc]ontrollate|[Pp]remete|[Ss]crivete|[Cc]hiedete|[Oo]ffrite|[Cc]ercate)\b")
LETTERS = ("email_draft.", "invite.")


def italian_texts() -> list[tuple[str, str]]:
    texts = []
    root = ElementTree.parse(resource_path("translations") / "rrr_desktop_it.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        for text in forms or [translation.text or ""]:
            texts.append((f"window: {message.findtext('source')}", text))
    catalogue = json.loads((resource_path("messages") / "it.json").read_text(encoding="utf-8"))
    for key, value in catalogue.items():  # a counted message holds its plural forms
        if not key.startswith(LETTERS):
            texts += [(f"message {key}", text)
                      for text in (value.values() if isinstance(value, dict) else [value])]
    for page in sorted((resource_path("guide") / "it").glob("*.md")):
        texts += [(f"guide {page.name}", line) for line in page.read_text().splitlines()]
    return texts


def test_italian_says_tu_to_the_officer() -> None:
    found = [f"{where}: {text}" for where, text in italian_texts()
             if LEI.search(text) or VOI.search(text)]
    assert found == []


def test_the_check_recognises_the_other_forms() -> None:
    assert LEI.search("Scelga un'altra cartella.") and VOI.search("il vostro registro")
    assert not LEI.search("Scegli un'altra cartella.") and not VOI.search("il tuo registro")
    assert LEI.search("Per quale città lavora?") and LEI.search("Lo corregga.")
    assert not LEI.search("Per quale città lavori?") and not LEI.search("Correggilo.")
