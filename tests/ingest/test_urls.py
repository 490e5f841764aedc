"""URL normalisation: one spelling per article, whatever the feed or the share button made of it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.urls import is_tracking_parameter, local_path, normalise_url, try_normalise_url


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM:80/a/./b/../c?b=2&a=1#frag", "http://example.com/a/c?a=1&b=2"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("https://example.com/news?utm_source=rss&utm_medium=feed&id=7", "https://example.com/news?id=7"),
        ("https://example.com/?fbclid=abc&gclid=def&mc_eid=1&ref=home", "https://example.com/?ref=home"),
        ("https://example.com/%7euser/a%2fb?q=%e2%82%ac", "https://example.com/~user/a%2Fb?q=%E2%82%AC"),
        ("https://example.com/a b/é", "https://example.com/a%20b/%C3%A9"),
        ("https://example.com./x", "https://example.com/x"),
        (
            "https://пример.рф/новости",
            "https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8",
        ),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://example.com/?a=&b&&a=2", "https://example.com/?a=&a=2&b"),
    ],
)
def test_examples(raw: str, expected: str) -> None:
    assert normalise_url(raw) == expected


def test_relative_links_resolve_against_the_base() -> None:
    assert normalise_url("../b?x=1", "https://example.com/a/c/index.html") == "https://example.com/a/b?x=1"


@pytest.mark.parametrize(
    "raw", ["mailto:desk@example.com", "javascript:alert(1)", "ftp://example.com/x", "/only/path"]
)
def test_non_web_urls_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_url(raw)
    assert try_normalise_url(raw) is None


def test_local_paths_are_recognised() -> None:
    assert str(local_path("file:///tmp/feed.xml")) == "/tmp/feed.xml"
    assert str(local_path("feeds/a.xml")) == "feeds/a.xml"
    assert local_path("https://example.com/feed") is None


# --- properties --------------------------------------------------------------------------------------

_label = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
_host = st.lists(_label, min_size=1, max_size=3).map(".".join).map(lambda h: h + ".test")
# Characters a link may carry unescaped; control characters and spaces at the ends of a URL are trimmed by
# any URL parser, so they are left out of the generated parts.
_TYPED = ("Cs", "Cc", "Zs", "Zl", "Zp")
_segment = st.text(
    alphabet=st.characters(blacklist_characters="/?#%", blacklist_categories=_TYPED), max_size=8
)
_path = st.lists(st.one_of(_segment, st.sampled_from([".", "..", "%41", "%2f", "%zz"])), max_size=5).map(
    lambda parts: "/" + "/".join(parts)
)
_name = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
_value = st.text(alphabet=st.characters(blacklist_characters="&#=%", blacklist_categories=_TYPED), max_size=8)
_params = st.lists(st.tuples(_name, _value), max_size=5)
_tracking = st.lists(
    st.tuples(
        st.sampled_from(["utm_source", "utm_campaign", "fbclid", "gclid", "UTM_Medium", "msclkid"]), _value
    ),
    max_size=3,
)


def _build(
    scheme: str, host: str, port: int | None, path: str, params: list[tuple[str, str]], frag: str
) -> str:
    netloc = host if port is None else f"{host}:{port}"
    query = "&".join(f"{k}={v}" for k, v in params)
    return f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "") + (f"#{frag}" if frag else "")


_url = st.builds(
    _build,
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    _host,
    st.one_of(st.none(), st.integers(1, 65535)),
    _path,
    _params,
    _value,
)


@given(_url)
def test_normalising_is_idempotent(url: str) -> None:
    once = normalise_url(url)
    assert normalise_url(once) == once


@given(_url)
def test_the_result_is_lower_case_scheme_and_host_without_fragment(url: str) -> None:
    parts = urlsplit(normalise_url(url))
    assert parts.scheme in ("http", "https")
    assert parts.hostname == (parts.hostname or "").lower()
    assert parts.fragment == ""
    assert parts.path.startswith("/")
    assert "/./" not in parts.path + "/" and "/../" not in parts.path + "/"


@given(_host, _path, _params, _tracking, st.randoms(use_true_random=False))
def test_tracking_parameters_and_parameter_order_do_not_matter(host, path, params, tracking, rnd) -> None:  # type: ignore[no-untyped-def]
    plain = normalise_url(_build("https", host, None, path, params, ""))
    noisy = params + tracking
    rnd.shuffle(noisy)

    assert normalise_url(_build("https", host, None, path, noisy, "section-2")) == plain
    assert not any(
        is_tracking_parameter(pair.split("=")[0]) for pair in urlsplit(plain).query.split("&") if pair
    )


@given(_host, _path, st.sampled_from([("http", 80), ("https", 443)]))
def test_default_ports_and_host_case_do_not_matter(host: str, path: str, default: tuple[str, int]) -> None:
    scheme, port = default
    assert normalise_url(_build(scheme.upper(), host.upper(), port, path, [], "")) == normalise_url(
        _build(scheme, host, None, path, [], "")
    )
