"""URL normalisation: one spelling per article, so that a URL can key it.

`normalise_url` makes the variants a feed or a share button produces collapse into one string: scheme and
host in lower case, default ports dropped, `.`/`..` path segments resolved, percent escapes in one form,
tracking parameters (utm_*, fbclid, gclid and the like) removed, the remaining query sorted, the fragment
dropped. It is idempotent: a normalised URL normalises to itself. Only http and https URLs key articles;
anything else raises `ValueError`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.request import url2pathname

WEB_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Parameters that say who shared a link or which campaign it came from, never what the page is.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "s_cid",
        "vero_conv",
        "vero_id",
        "wickedid",
        "at_medium",
        "at_campaign",
        "cmpid",
        "ocid",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "ito",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# What a URL parser trims from both ends (WHATWG): str.strip() would also eat Unicode spaces such as U+0085.
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_HEX = frozenset("0123456789abcdefABCDEF")
# Characters that may stand unescaped in a path or a query (RFC 3986 pchar plus '/' and '?'); the query
# additionally keeps '&' and '=' as separators, which the caller splits on first.
_PATH_SAFE = _UNRESERVED | frozenset("!$&'()*+,;=:@/")
_QUERY_PART_SAFE = (_UNRESERVED | frozenset("!$'()*+,;:@/?")) - frozenset("&=")


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(_TRACKING_PREFIXES)


def normalise_url(url: str, base: str | None = None) -> str:
    """The canonical spelling of an http(s) URL, resolved against `base` when relative."""
    text = url.strip(_C0_AND_SPACE)
    if base is not None:
        text = urljoin(base, text)
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = _normalise_host(parts.hostname or "")
    if not host:
        raise ValueError(f"URL without a host: {url!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"bad port in URL: {url!r}") from exc
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if userinfo:
        netloc = f"{_escape(userinfo, _UNRESERVED | frozenset('!$&()*+,;=:'))}@{netloc}"
    # Escapes first: %2E is a dot, and dot segments must be gone before the result is stable.
    path = _remove_dot_segments(_escape(parts.path or "/", _PATH_SAFE))
    query = _normalise_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def try_normalise_url(url: str | None, base: str | None = None) -> str | None:
    """`normalise_url`, or None when the input is not a usable http(s) URL."""
    if not url:
        return None
    try:
        return normalise_url(url, base)
    except ValueError:
        return None


def local_path(url: str) -> Path | None:
    """The file a source URL names when it is a `file://` URL or a plain path, else None."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return Path(url2pathname(parts.path))
    if parts.scheme == "":
        return Path(url)
    return None


def _normalise_host(host: str) -> str:
    host = host.rstrip(".").lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        # Labels the IDNA codec rejects are kept as typed; they still compare equal to themselves.
        return host


def _normalise_query(query: str) -> str:
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        name, sep, value = piece.partition("=")
        if is_tracking_parameter(_unescape_unreserved(name)):
            continue
        name = _escape(name, _QUERY_PART_SAFE)
        kept.append(f"{name}{sep}{_escape(value, _QUERY_PART_SAFE)}" if sep else name)
    return "&".join(sorted(kept))


def _unescape_unreserved(text: str) -> str:
    return _escape(text, _UNRESERVED)


def _escape(text: str, safe: frozenset[str]) -> str:
    """Percent escapes in one form: unreserved characters decoded, others upper-case hex, unsafe escaped."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "%" and i + 2 < len(text) and text[i + 1] in _HEX and text[i + 2] in _HEX:
            decoded = chr(int(text[i + 1 : i + 3], 16))
            out.append(decoded if decoded in _UNRESERVED else "%" + text[i + 1 : i + 3].upper())
            i += 3
            continue
        if char in safe:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, so that /a/./b/../c and /a/c are one article."""
    segments = path.split("/")
    output: list[str] = []
    for segment in segments:
        if segment == ".":
            continue
        if segment == "..":
            if len(output) > 1:
                output.pop()
            continue
        output.append(segment)
    if segments[-1] in (".", ".."):
        output.append("")
    result = "/".join(output)
    return result if result.startswith("/") else "/" + result
