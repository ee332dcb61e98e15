"""Headings stay with what follows them without leaving half a page empty.

reportlab keeps a flowable whose style says ``keepWithNext`` (our headings) together
with the next one by moving both to the next page when they do not fit: before a
long table that leaves the rest of the page blank. :class:`KeepHeadingWithStart`
keeps the heading with the *start* of what follows instead: the first rows of a
table or the first lines of a paragraph print under it and the rest goes on over
the page. Only when not even that start fits (or what follows cannot split: a
chart, a topic with its reasons) do they move on together, so a heading is never
the last thing on a page.

:func:`ending_with` keeps the closing section (Sources) from standing alone on the
last page: the end of the last section goes over the page with it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Table  # type: ignore[import-untyped]
from reportlab.platypus.doctemplate import ActionFlowable  # type: ignore[import-untyped]


class KeepHeadingWithStart(KeepTogether):  # type: ignore[misc]  # reportlab is untyped
    """The document's ``keepTogetherClass``: the headings, then what follows."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        if available_height < self._H and self._starts_here(available_width,
                                                            available_height):
            return list(self._content)  # the frame splits what follows where it must
        moved: list[Flowable] = super().split(available_width, available_height)
        return moved

    def _starts_here(self, width: float, height: float) -> bool:
        """Whether the first piece of what follows fits under the headings in
        ``height`` (counting the spaces around each in full: the frame gives as much
        room or more)."""
        *headings, following = self._content
        room = height - following.getSpaceBefore()
        for heading in headings:
            room -= (heading.wrapOn(self.canv, width, room)[1] + heading.getSpaceBefore()
                     + heading.getSpaceAfter())
        if room <= 0:
            return False
        if isinstance(following, Table):
            return _rows_start_here(following, width, room, self.canv)
        pieces = following.splitOn(self.canv, width, room)
        # Fewer than two pieces: it cannot split; an action first: it asks to move on
        # (a KeepTogether that does not fit).
        return len(pieces) >= 2 and not isinstance(pieces[0], ActionFlowable)


def _rows_start_here(table: Table, width: float, room: float, canvas: object) -> bool:
    """Whether a table's header rows and first row fit in ``room``. Measured rather than
    split (a trial split of a 1,000-row table costs as much as laying it out), with the
    row heights the group's own wrap has just computed at this width."""
    first = table.repeatRows + 1
    heights = table._rowHeights[:first]
    if None in heights:  # not measured yet
        table.wrapOn(canvas, width, room)
        heights = table._rowHeights[:first]
    return (len(table._rowHeights) > first and None not in heights
            and sum(heights) <= room)


TAIL_HEIGHT = 200  # points: the most of the last section that may go over with Sources


class Unbroken(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Flowables printed one under the other, never split across pages. Unlike a
    KeepTogether it may follow a heading that keeps with the next flowable."""

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__()
        self.flowables = flowables
        self._heights: list[float] = []

    def _gap(self, index: int) -> float:
        """The space above flowable ``index`` (none above the first: the frame adds it)."""
        if index == 0:
            return 0.0
        return float(max(self.flowables[index - 1].getSpaceAfter(),
                         self.flowables[index].getSpaceBefore()))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [f.wrapOn(self.canv, available_width, available_height)[1]
                         for f in self.flowables]
        self.width = available_width
        self.height = sum(self._heights) + sum(self._gap(i) for i in range(len(self.flowables)))
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for index, (flowable, height) in enumerate(zip(self.flowables, self._heights,
                                                       strict=True)):
            y -= self._gap(index) + height
            flowable.drawOn(self.canv, 0, y)

    def getSpaceBefore(self) -> float:
        return float(self.flowables[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.flowables[-1].getSpaceAfter())


def ending_with(story: list[Flowable], closing: list[Flowable],
                width: float) -> list[Flowable]:
    """``story`` then ``closing``, the last flowable of the story kept on the same page
    as the closing section when it is short (a list of questions, a paragraph), so the
    last page never holds the closing section alone. A long table is left to split."""
    if not story or not closing:
        return [*story, *closing]
    *body, last = story
    if last.wrapOn(None, width, 10 * TAIL_HEIGHT)[1] > TAIL_HEIGHT:  # no canvas needed
        return [*story, *closing]
    return [*body, Unbroken([last, *closing])]
