"""The one error a bundle from a stranger can raise."""

from __future__ import annotations

from typing import Any

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message_text


class BundleRejected(RejectedInput):
    """A bundle (or a member of it) that was refused; ``str()`` says why and what to do.

    Unless ``ask_again`` is False, the text ends by asking for a new export
    (``bundle.ask_again``), in the same language. Nothing has been changed on disk or
    in the database when this is raised.
    """

    def __init__(self, code: str, /, *, ask_again: bool = True, field: str | None = None,
                 **params: Any) -> None:
        self.ask_again = ask_again
        super().__init__(code, field=field, **params)

    def text(self, language: str | None = None) -> str:
        text = super().text(language)
        if not self.ask_again:
            return text
        return f"{text} {message_text('bundle.ask_again', language=language)}"


class UnsafeDocument(RejectedInput):
    """A YAML or JSON document refused by the safe loaders (``safe_yaml``, ``safe_json``).

    The message names the problem and, for YAML, the line; callers that know which
    file or member it came from wrap it (the bundle reader turns it into
    :class:`BundleRejected` naming the member).
    """
