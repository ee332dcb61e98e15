"""The streams commands print to: control characters escaped, never sent raw."""

from __future__ import annotations

from typing import Any, TextIO, cast

from rrr_desktop.text import escape_controls


class _Escaping:
    """A text stream that writes ``escape_controls(text)`` to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(escape_controls(text))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def escaping(stream: TextIO) -> TextIO:
    """``stream`` with control characters (ESC, CR, bidi overrides...) shown as ``\\uXXXX``."""
    return cast(TextIO, _Escaping(stream))
