"""An email draft (``.eml``) with a bundle attached, for the officer's own mail program;
:func:`write_draft` also writes the working groups' invitations.

A bundle's draft has no recipients (the officer chooses them); every draft carries ``X-Unsent: 1``,
which makes Outlook open it as a draft ready to send; Thunderbird and Apple Mail open
``.eml`` files too. Nothing is sent by the app. Its text is in the officer's language
(the catalogue's ``email_draft.*``); they may edit it before sending.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file
from rrr_desktop.messages import message_text

BUNDLE_MEDIA_TYPE = ("application", "vnd.rrr-desktop.bundle+zip")


def write_email_draft(bundle_path: Path, eml_path: Path, sender_city: str) -> Path:
    """Write the draft to ``eml_path`` and return it; RejectedInput if it cannot be written."""
    try:
        content = bundle_path.read_bytes()
        write_draft(eml_path, message_text("email_draft.subject", {"city": sender_city}),
                    message_text("email_draft.body",
                                 {"city": sender_city, "file": bundle_path.name}),
                    [Attachment(bundle_path.name, BUNDLE_MEDIA_TYPE, content)])
    except OSError as error:
        raise RejectedInput("bundle.email_unwritable", path=eml_path, bundle=bundle_path,
                            reason=error.strerror or str(error)) from error
    return eml_path


@dataclass(frozen=True)
class Attachment:
    file_name: str
    media_type: tuple[str, str]  # (maintype, subtype)
    content: bytes
    parameters: Mapping[str, str] = field(default_factory=dict)  # e.g. method=REQUEST


def write_draft(eml_path: Path, subject: str, body: str, attachments: Sequence[Attachment],
                recipients: Sequence[str] = ()) -> None:
    """Write an unsent draft (``X-Unsent: 1``) with ``attachments``; OSError if it cannot
    be written. ``recipients`` are plain addresses (none: the officer chooses)."""
    message = EmailMessage()
    message["Subject"] = subject
    if recipients:
        message["To"] = ", ".join(recipients)
    message["X-Unsent"] = "1"
    message.set_content(body)
    for attachment in attachments:
        maintype, subtype = attachment.media_type
        message.add_attachment(attachment.content, maintype=maintype, subtype=subtype,
                               filename=attachment.file_name, params=dict(attachment.parameters))
    with atomic_file(eml_path, "wb", shared=True) as handle:
        handle.write(message.as_bytes(policy=SMTP))
