"""A profile's free texts in several languages (standard library only).

A profile's texts (summary, contact office, the notes on its topics, the titles and
descriptions of its practices) are written in its ``text_language``; each may also be
written in any other of :data:`TEXT_LANGUAGES` (the draft's ``*_in`` fields). Here:

- the document and database shape of those other languages (one block per language,
  ``{"es": {"summary": ..., "offers": {topic: note}, ...}}``, and per practice
  ``{"es": {"title": ..., "description": ...}}``) and back;
- the editor's view of a draft in one language (:func:`in_language`) and putting an
  edited view back (:func:`with_language`), which languages hold which texts
  (:func:`coverage`);
- which text a reader sees (:func:`shown_text`): theirs when it was written, else the
  original, with its language named.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from rrr_desktop.messages import LANGUAGES, message
from rrr_desktop.services.profile.draft import (
    ROLES,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
    Texts,
    TopicEntry,
)

TEXT_LANGUAGES: tuple[str, ...] = LANGUAGES
CITY_TEXTS = ("summary", "contact_office")
PRACTICE_TEXTS = ("title", "description")


def text_in(texts: Texts, language: str) -> str:
    """The text in ``language`` ("" when not written in it)."""
    return next((text for code, text in texts if code == language), "")


def with_text(texts: Texts, language: str, text: str) -> Texts:
    """``texts`` with ``text`` in ``language`` (removed when empty), by language."""
    kept = {code: value for code, value in texts if code != language}
    if text.strip():
        kept[language] = text
    return tuple(sorted(kept.items()))


def guessed_text_language(languages: tuple[str, ...] | list[str]) -> str:
    """The language of texts written before profiles had one: the city's first language
    among :data:`TEXT_LANGUAGES`, else English."""
    return next((code for code in languages if code in TEXT_LANGUAGES), "en")


# --- the document and database shape --------------------------------------------------------


def translations_data(draft: ProfileDraft) -> dict[str, dict[str, Any]]:
    """The profile's texts in its other languages, one block per language (empty ones left
    out, and any in the texts' own language): summary, contact office, and per role the
    notes by topic id or own words."""
    blocks: dict[str, dict[str, Any]] = {}

    def put(language: str, key: str, text: str, entry: str | None = None) -> None:
        if language == draft.text_language:
            return
        block = blocks.setdefault(language, {})
        if entry is None:
            block[key] = text
        else:
            block.setdefault(key, {})[entry] = text

    for name in CITY_TEXTS:
        for language, text in getattr(draft, f"{name}_in"):
            put(language, name, text)
    for role in ROLES:
        for topic in draft.topics(role):
            for language, text in topic.note_in:
                put(language, role, text, topic.topic_id)
        for free in draft.free_topics(role):
            for language, text in free.note_in:
                put(language, f"free_{role}", text, free.text)
    return {language: blocks[language] for language in sorted(blocks)}


def practice_translations_data(practice: PracticeDraft, text_language: str
                               ) -> dict[str, dict[str, str]]:
    """A practice's title and description in its other languages than ``text_language``,
    by language."""
    blocks: dict[str, dict[str, str]] = {}
    for name in PRACTICE_TEXTS:
        for language, text in getattr(practice, f"{name}_in"):
            if language != text_language:
                blocks.setdefault(language, {})[name] = text
    return {language: blocks[language] for language in sorted(blocks)}


def practice_texts(data: Mapping[str, Mapping[str, str]]) -> dict[str, Texts]:
    """A practice's ``title_in`` and ``description_in`` from its translations' shape."""
    return {f"{name}_in": _texts((language, block.get(name, ""))
                                 for language, block in data.items())
            for name in PRACTICE_TEXTS}


def with_translations(draft: ProfileDraft, data: Mapping[str, Mapping[str, Any]]
                      ) -> tuple[ProfileDraft, list[str]]:
    """``draft`` given the texts of ``data`` (the shape of :func:`translations_data`), and
    the paths of translations of nothing the draft holds (a note of an unlisted topic)."""
    unmatched: list[str] = []
    changes: dict[str, Any] = {}
    for name in CITY_TEXTS:
        changes[f"{name}_in"] = _texts(
            (language, block.get(name, "")) for language, block in data.items())
    for role in ROLES:
        changes[role] = _notes(draft.topics(role), role, data, unmatched,
                               lambda e: e.topic_id)
        changes[f"free_{role}"] = _notes(draft.free_topics(role), f"free_{role}", data,
                                         unmatched, lambda e: e.text)
    return replace(draft, **changes), unmatched


def _texts(pairs: Iterable[tuple[str, str]]) -> Texts:
    return tuple(sorted((code, text) for code, text in pairs if text.strip()))


def _notes(entries: tuple[Any, ...], key: str, data: Mapping[str, Mapping[str, Any]],
           unmatched: list[str], key_of: Callable[[Any], str]) -> tuple[Any, ...]:
    listed = {key_of(entry) for entry in entries}
    for language, block in data.items():
        unmatched += [f"translations.{language}.{key}.{name}" for name in block.get(key, {})
                      if name not in listed]
    return tuple(replace(entry, note_in=_texts(
        (language, block.get(key, {}).get(key_of(entry), "")) for language, block in data.items()))
        for entry in entries)


# --- the editor: one language at a time -----------------------------------------------------


def in_language(draft: ProfileDraft, language: str) -> ProfileDraft:
    """The draft with its texts in ``language`` where its text fields are ("" where not
    written in it); the draft itself for its own ``text_language``."""
    if language == draft.text_language:
        return draft

    def topic(entry: Any) -> Any:
        return replace(entry, note=text_in(entry.note_in, language))

    changes: dict[str, Any] = {name: text_in(getattr(draft, f"{name}_in"), language)
                               for name in CITY_TEXTS}
    for role in ROLES:
        changes[role] = tuple(topic(e) for e in draft.topics(role))
        changes[f"free_{role}"] = tuple(topic(e) for e in draft.free_topics(role))
    changes["practices"] = tuple(replace(
        p, title=text_in(p.title_in, language),
        description=text_in(p.description_in, language)) for p in draft.practices)
    return replace(draft, **changes)


def with_language(full: ProfileDraft, language: str, shown: ProfileDraft) -> ProfileDraft:
    """``full`` as the editor changed it while showing ``in_language(full, language)``:
    everything but the texts comes from ``shown``; its texts go to ``language``, the
    other languages' texts are kept (matched by topic, own words and practice UUID)."""
    original = language == full.text_language

    def merged(old: Any, new: Any, names: tuple[str, ...]) -> Any:
        changes: dict[str, Any] = {}
        for name in names:
            typed, kept = getattr(new, name), getattr(old, f"{name}_in") if old else ()
            if original:
                changes[f"{name}_in"] = kept
            else:
                changes[name] = getattr(old, name) if old else ""
                changes[f"{name}_in"] = with_text(kept, language, typed)
        return replace(new, **changes)

    changes: dict[str, Any] = {}
    for name in CITY_TEXTS:
        changes.update({name: getattr(shown, name) if original else getattr(full, name),
                        f"{name}_in": getattr(full, f"{name}_in") if original else with_text(
                            getattr(full, f"{name}_in"), language, getattr(shown, name))})
    for role in ROLES:
        topics = {e.topic_id: e for e in full.topics(role)}
        changes[role] = tuple(merged(topics.get(e.topic_id), e, ("note",))
                              for e in shown.topics(role))
        changes[f"free_{role}"] = tuple(merged(old, e, ("note",)) for old, e in _paired(
            full.free_topics(role), shown.free_topics(role)))
    practices = {p.uuid: p for p in full.practices}
    changes["practices"] = tuple(merged(practices.get(p.uuid), p, PRACTICE_TEXTS)
                                 for p in shown.practices)
    return replace(shown, **changes)


def _paired(old: tuple[FreeTopicEntry, ...], new: tuple[FreeTopicEntry, ...]
            ) -> Iterator[tuple[FreeTopicEntry | None, FreeTopicEntry]]:
    """Each own-words topic shown with the one it was: the same words, else (renamed) the
    one at its place whose words are no longer shown."""
    by_text = {e.text: e for e in old}
    shown = {e.text for e in new}
    for index, entry in enumerate(new):
        before = by_text.get(entry.text)
        if before is None and index < len(old) and old[index].text not in shown:
            before = old[index]
        yield before, entry


@dataclass(frozen=True)
class Coverage:
    """How many of the profile's texts are written in one language."""

    language: str
    written: int
    total: int
    missing: tuple[str, ...]  # field paths of the texts not written in it

    @property
    def complete(self) -> bool:
        return self.written == self.total


def coverage(draft: ProfileDraft, language: str) -> Coverage:
    """The texts written in ``language``, of those written in any language."""
    total = written = 0
    missing: list[str] = []
    for path, base, texts in _all_texts(draft):
        if not base.strip() and not texts:
            continue
        total += 1
        here = base if language == draft.text_language else text_in(texts, language)
        if here.strip():
            written += 1
        else:
            missing.append(path)
    return Coverage(language, written, total, tuple(missing))


def _all_texts(draft: ProfileDraft) -> Iterator[tuple[str, str, Texts]]:
    for name in CITY_TEXTS:
        yield name, getattr(draft, name), getattr(draft, f"{name}_in")
    for role in ROLES:
        lists: tuple[tuple[str, tuple[TopicEntry | FreeTopicEntry, ...]], ...] = (
            (role, draft.topics(role)), (f"free_{role}", draft.free_topics(role)))
        for prefix, entries in lists:
            for index, entry in enumerate(entries):
                yield f"{prefix}[{index}].note", entry.note, entry.note_in
    for index, practice in enumerate(draft.practices):
        for name in PRACTICE_TEXTS:
            yield (f"practices[{index}].{name}", getattr(practice, name),
                   getattr(practice, f"{name}_in"))


# --- reading another city's texts ------------------------------------------------------------


def shown_text(original: str, original_language: str, texts: Texts, wanted: str
               ) -> tuple[str, str]:
    """(text, its language) a reader of ``wanted`` sees: the text in ``wanted`` when
    written, else the original, else the first language that has it."""
    if wanted == original_language and original.strip():
        return original, wanted
    translated = text_in(texts, wanted)
    if translated:
        return translated, wanted
    if original.strip():
        return original, original_language
    return next(((text, code) for code, text in texts), ("", wanted))


def labelled(text: str, language: str, wanted: str) -> str:
    """``text``, followed by the name of its language when it is not ``wanted``:
    "Ons programma… (in Dutch)", named in ``wanted``."""
    if not text or language == wanted or language not in TEXT_LANGUAGES:
        return text
    return f"{text} {message(f'profile_text.in_{language}').text(wanted)}"



@dataclass
class Reading:
    """A city's texts as a reader of ``wanted`` sees them (:func:`shown_text`, named by
    :func:`labelled`); ``others`` collects the languages shown that are not ``wanted``.

    ``translations`` has the stored shape (:func:`translations_data`); a practice passes
    its own."""

    original_language: str
    translations: Mapping[str, Mapping[str, Any]]
    wanted: str
    others: set[str] = field(default_factory=set)

    def text(self, original: str, key: str, entry: str | None = None,
             translations: Mapping[str, Mapping[str, Any]] | None = None) -> str:
        texts: list[tuple[str, str]] = []
        for language, block in (self.translations if translations is None
                                else translations).items():
            value = block.get(key, "")
            if entry is not None:
                value = value.get(entry, "") if isinstance(value, Mapping) else ""
            if isinstance(value, str) and value.strip():
                texts.append((language, value))
        text, language = shown_text(original, self.original_language, tuple(sorted(texts)),
                                    self.wanted)
        if text and language != self.wanted:
            self.others.add(language)
        return labelled(text, language, self.wanted)
