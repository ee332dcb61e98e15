"""An email draft (``.eml``) with a bundle attached, for the officer's own mail program.

The draft has no recipients (the officer chooses them) and carries ``X-Unsent: 1``,
which makes Outlook open it as a draft ready to send; Thunderbird and Apple Mail open
``.eml`` files too. Nothing is sent by the app. Its text is in the officer's language
(the catalogue's ``email_draft.*``); they may edit it before sending.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file
from rrr_desktop.messages import message_text

BUNDLE_MEDIA_TYPE = ("application", "vnd.rrr-desktop.bundle+zip")


def write_email_draft(bundle_path: Path, eml_path: Path, sender_city: str) -> Path:
    """Write the draft to ``eml_path`` and return it; RejectedInput if it cannot be written."""
    message = EmailMessage()
    message["Subject"] = message_text("email_draft.subject", {"city": sender_city})
    message["X-Unsent"] = "1"
    message.set_content(message_text("email_draft.body",
                                     {"city": sender_city, "file": bundle_path.name}))
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
