"""The command line's own words in the officer's language: its help, and argparse's.

Help texts, descriptions and metavars are catalogue codes (``cli_help.*``,
``cli_metavar.*``) read when the parser is built, so the parser must be built once
the language is set (:func:`rrr_desktop.cli.parser.requested_language`). argparse's
own words (``usage:``, the headings, its usage errors) pass through
``gettext.gettext``, which argparse calls ``_``; :func:`argparse_in_language` hands
argparse :func:`argparse_text` instead while a parser is built and used, so those
words come from the same catalogue (``cli_argparse.*``) and nothing outside the
command line sees the change.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rrr_desktop.messages import catalogue, current_language, message_text

# argparse's texts an officer can meet, with the catalogue code of each. Their
# English catalogue text is the argparse text with ``{names}`` for its ``%``
# conversions, in the same order (``%s`` and ``%r`` get names of their own), so the
# translations can put them where their grammar wants. Texts that only a
# programmer's mistake would show stay as argparse has them.
ARGPARSE_WORDS = {
    "usage: ": "cli_argparse.usage",
    "positional arguments": "cli_argparse.positional_arguments",
    "options": "cli_argparse.options",
    "show this help message and exit": "cli_argparse.help",
    "%(prog)s: error: %(message)s\n": "cli_argparse.error",
    "argument %(argument_name)s: %(message)s": "cli_argparse.argument",
    "unrecognized arguments: %s": "cli_argparse.unrecognized",
    "the following arguments are required: %s": "cli_argparse.required",
    "one of the arguments %s is required": "cli_argparse.one_required",
    "not allowed with argument %s": "cli_argparse.not_allowed_with",
    "ignored explicit argument %r": "cli_argparse.ignored_value",
    "expected one argument": "cli_argparse.expected_one",
    "ambiguous option: %(option)s could match %(matches)s": "cli_argparse.ambiguous",
    "invalid %(type)s value: %(value)r": "cli_argparse.invalid_value",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli_argparse.invalid_choice",
}
_CONVERSION = re.compile(r"%(?:\(\w+\))?[sr]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def argparse_text(text: str) -> str:
    """argparse's ``text`` in the current language, its ``%`` conversions kept.

    ``"invalid choice: %(value)r (choose from %(choices)s)"`` is in French
    ``"choix non valide : %(value)r (choisissez parmi %(choices)s)"``; a text the
    catalogue does not hold is returned as it is.
    """
    code = ARGPARSE_WORDS.get(text)
    if code is None:
        return text
    body = text.rstrip("\n")
    english = catalogue("en")[code]
    conversions = dict(zip(_PLACEHOLDER.findall(english), _CONVERSION.findall(body),
                           strict=True))
    translated = catalogue(current_language()).get(code, english).replace("%", "%%")
    return _PLACEHOLDER.sub(lambda name: conversions[name.group(1)],
                            translated) + text[len(body):]


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While inside, argparse builds headings and reports usage errors with
    :func:`argparse_text` (argparse looks its ``_`` up each time it needs a text)."""
    names = vars(argparse)
    original: Callable[[str], str] = names["_"]
    names["_"] = argparse_text
    try:
        yield
    finally:
        names["_"] = original


def help_text(code: str, /, **params: Any) -> str:
    """The catalogue's text for an argument's ``help``, with its ``%`` doubled: argparse
    fills ``%(default)s`` and the like into help texts, so a lone ``%`` would break."""
    return message_text(code, params).replace("%", "%%")


def decimal_text(text: str) -> str:
    """A number written with a point (``"3.5"``) as the officer's language writes it
    (``"3,5"``: every language but English puts a comma)."""
    return text if current_language() == "en" else text.replace(".", ",")


def whole_number(text: str) -> int:
    """An argument's ``type`` for a whole number, refused in the officer's words."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            message_text("cli_argparse.not_whole_number", {"value": repr(text)})) from None


def positive_number(text: str) -> int:
    """An argument's ``type`` for a whole number of 1 or more."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            message_text("cli_argparse.not_positive", {"value": repr(text)}))
    return number
