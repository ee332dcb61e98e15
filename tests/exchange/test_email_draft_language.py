"""The email draft that goes with a bundle reads in the officer's language."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from rrr_desktop.messages import set_language
from rrr_desktop.services.exchange.email_draft import write_email_draft


def test_a_spanish_officer_gets_a_spanish_draft(tmp_path: Path) -> None:
    bundle = tmp_path / "bilbao.rrrbundle"
    bundle.write_bytes(b"PK")
    set_language("es")
    draft = write_email_draft(bundle, tmp_path / "bilbao.eml", "Bilbao")
    message = message_from_bytes(draft.read_bytes(), policy=default)
    assert message["Subject"] == "Paquete de intercambio RRR de Bilbao"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.startswith("Hola:\n\nAdjuntamos el paquete de intercambio de Bilbao "
                           "(bilbao.rrrbundle)")
    assert "Archivo › Importar paquete" in text
    assert [part.get_filename() for part in message.iter_attachments()] == ["bilbao.rrrbundle"]
