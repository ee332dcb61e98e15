"""An email draft (``.eml``) with a bundle attached, for the officer's own mail program.

The draft has no recipients (the officer chooses them) and carries ``X-Unsent: 1``,
which makes Outlook open it as a draft ready to send; Thunderbird and Apple Mail open
``.eml`` files too. Nothing is sent by the app.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file

BUNDLE_MEDIA_TYPE = ("application", "vnd.rrr-desktop.bundle+zip")


def write_email_draft(bundle_path: Path, eml_path: Path, sender_city: str) -> Path:
    """Write the draft to ``eml_path`` and return it; RejectedInput if it cannot be written."""
    message = EmailMessage()
    message["Subject"] = f"RRR exchange bundle from {sender_city}"
    message["X-Unsent"] = "1"
    message.set_content(
        f"Hello,\n\nAttached is the exchange bundle of {sender_city} ({bundle_path.name}): our "
        "city profile and the data we share with peer cities in the RRR network.\n\n"
        "To read it, open RRR Desktop and choose File > Import Bundle, or drag the file onto "
        "its window. The first time, please phone us to compare the key fingerprint shown in "
        "the import preview with the one in our Help > Your Signing Key.\n\nBest regards,\n")
    try:
        content = bundle_path.read_bytes()
        maintype, subtype = BUNDLE_MEDIA_TYPE
        message.add_attachment(content, maintype=maintype, subtype=subtype,
                               filename=bundle_path.name)
        with atomic_file(eml_path, "wb", shared=True) as handle:
            handle.write(message.as_bytes(policy=SMTP))
    except OSError as error:
        raise RejectedInput("bundle.email_unwritable", path=eml_path, bundle=bundle_path,
                            reason=error.strerror or str(error)) from error
    return eml_path
