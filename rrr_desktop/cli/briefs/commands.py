"""``rrr-desktop brief FILE.pdf``: a briefing note from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from rrr_desktop.cli.words import decimal_text
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import current_language, message_text
from rrr_desktop.services.briefs.generate import BriefRequest, generate_brief
from rrr_desktop.services.briefs.history import record_brief
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions, Paper
from rrr_desktop.services.briefs.rewritten_texts import RewrittenTexts, rewritten_or_refusal
from rrr_desktop.services.home import Home


def brief_options(args: argparse.Namespace) -> BriefOptions:
    """The options the arguments ask for; :class:`RejectedInput` names what is wrong."""
    sections = frozenset(s.strip() for s in args.sections.split(",") if s.strip())
    kind = (BriefKind.GROUP if getattr(args, "group", None) else
            BriefKind.PEER if args.peer else BriefKind.CITY)
    return BriefOptions(kind=kind, sections=sections, paper=Paper(args.paper),
                        language=args.lang or current_language(),
                        include_personal_data=args.include_personal_data,
                        key_stakeholders=args.key_stakeholders)


def brief_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    target = Path(args.file).expanduser()
    if target.suffix.lower() != ".pdf":
        raise RejectedInput("brief.not_pdf", field="file", name=repr(target.name))
    if not target.parent.is_dir():
        raise RejectedInput("brief.no_folder", field="file", folder=target.parent)
    options = brief_options(args)
    if args.peer and args.group:
        raise RejectedInput("workgroup.brief_peer_or_group", field="group")
    rewritten = RewrittenTexts() if args.suggested_texts else _rewritten(home)
    request = BriefRequest(options, peer=args.peer or "", group=args.group or "",
                           rewritten=rewritten)
    brief = generate_brief(home.db, request, target.resolve(), datetime.now().astimezone())
    record_brief(home.db, options, brief.title, brief.path, peer=brief.peer)
    pages = message_text("cli_brief.pages", {"count": brief.pages})
    print(message_text("cli_brief.wrote", {"title": brief.title, "path": brief.path,
                                           "pages": pages, "size": _size(brief.size)}),
          file=out)
    if brief.unprintable:
        print(message_text("brief.characters_replaced", {
            "count": len(brief.unprintable), "characters": " ".join(brief.unprintable)}),
            file=sys.stderr)
    if (rewritten.narrative if options.kind == BriefKind.CITY
            else brief.peer is not None and str(brief.peer) in rewritten.questions):
        print(message_text("cli_brief.rewritten_used"), file=out)
    if options.include_personal_data:
        print(message_text("cli_brief.personal_data"), file=out)
    return 0


def _rewritten(home: Home) -> RewrittenTexts:
    """The texts the officer rewrote on the Briefs page (none, and stderr says why, when
    they cannot be read)."""
    texts, refusal = rewritten_or_refusal(home.paths.brief_texts)
    if refusal is not None:
        print(refusal.text(), file=sys.stderr)
    return texts


def _size(size: int) -> str:
    """``"84 KB"``, ``"1.2 MB"``: in French ``"84 Ko"``, ``"1,2 Mo"``."""
    if size < 1024 * 1024:
        return message_text("cli_brief.kilobytes", {"size": f"{size / 1024:.0f}"})
    return message_text("cli_brief.megabytes",
                        {"size": decimal_text(f"{size / 1024 / 1024:.1f}")})
