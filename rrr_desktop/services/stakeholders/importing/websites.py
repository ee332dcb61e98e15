"""What identifies an organisation's website, whatever way a file writes its address."""

from __future__ import annotations

import re
from functools import lru_cache

# [scheme://][user@]host[:port][/path]: the host and the path
_URL = re.compile(r"(?:[a-z][\w+.-]*://|//)?(?:[^@/?#]*@)?([^/?#:]*)[^/?#]*([^?#]*)",
                  re.IGNORECASE)
# Hosts where many organisations have a page: the path tells them apart.
_SHARED_HOSTS = ("facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com",
                 "linkedin.com", "youtube.com", "tiktok.com", "google.com", "wixsite.com",
                 "pitchero.com", "linktr.ee")
_SHARED_SUBDOMAINS = tuple("." + host for host in _SHARED_HOSTS)


@lru_cache(maxsize=8192)  # a row's website is read, then matched: one parse
def host_and_path(url: str) -> tuple[str, str]:
    """The lower-case host without "www." and the path without its end slashes, of an
    address with or without scheme (query and fragment left out)."""
    parts = _URL.match(url.strip())
    assert parts is not None  # every part of the pattern is optional
    host = parts.group(1).lower().rstrip(".").removeprefix("www.")
    return host, parts.group(2).strip("/")


def is_shared_host(host: str) -> bool:
    """Whether many organisations have a page on this host (facebook.com, en-gb.facebook.com)."""
    return host in _SHARED_HOSTS or host.endswith(_SHARED_SUBDOMAINS)


def website_key(url: str) -> str:
    """What identifies a website: its host and path ("agency.org/alpha"), or the host alone
    for a bare domain. Scheme, "www.", the host's case, end slashes, query and fragment
    do not count. On shared hosts (facebook.com) the path is read in lower case, and the
    bare host identifies no one (""): many organisations have a page there.
    """
    host, path = host_and_path(url)
    if not host:
        return ""
    if not is_shared_host(host):  # most hosts
        return f"{host}/{path}" if path else host
    shared = next(h for h in _SHARED_HOSTS if host == h or host.endswith("." + h))
    return f"{shared}/{path.lower()}" if path else ""
