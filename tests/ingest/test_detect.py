"""Encoding and binary detection (dateline.ingest.detect)."""

from __future__ import annotations

import codecs

import pytest

from dateline.errors import BinaryInputError, DecodeError
from dateline.ingest.detect import control_share, decode_bytes

TEXT = "The café’s owner said “we open at noon” on Tuesday."


@pytest.mark.parametrize("data,encoding,how", [
    (TEXT.encode("utf-8"), "utf-8", "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", "bom"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", "bom"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", "bom"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le", "bom"),
    (TEXT.encode("cp1252"), "cp1252", "fallback"),
])
def test_decode_bytes_recovers_the_text(data: bytes, encoding: str, how: str) -> None:
    decoded = decode_bytes(data, "x")
    assert decoded.text == TEXT  # BOM removed, curly quotes and accents intact
    assert (decoded.encoding, decoded.how) == (encoding, how)


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin-1", "ascii"])
def test_decode_bytes_reads_latin1_labels_as_cp1252(declared: str) -> None:
    # Pages that say latin-1 hold windows-1252 curly quotes (0x93/0x94), as browsers assume.
    page = f'<meta charset="{declared}"><p>\x93Yes,\x94 she said.</p>'.encode("latin-1")
    decoded = decode_bytes(page, "x", html=True)
    assert "“Yes,” she said." in decoded.text and decoded.how == "declared"


@pytest.mark.parametrize("declared,how", [("koi8-r", "declared"), ("no-such-charset", "fallback"),
                                          ("base64", "fallback"), ("utf-16", "fallback")])
def test_decode_bytes_trusts_only_usable_declarations(declared: str, how: str) -> None:
    page = f'<meta charset="{declared}"><p>'.encode() + "Привет".encode("koi8-r")
    decoded = decode_bytes(page, "x", html=True)
    assert decoded.how == how
    assert ("Привет" in decoded.text) == (how == "declared")


def test_decode_bytes_prefers_http_charset_to_fallback() -> None:
    decoded = decode_bytes("Zoë".encode("iso-8859-15"), "x", declared=("iso-8859-15",))
    assert decoded.text == "Zoë" and decoded.encoding == "iso8859-15"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),   # NUL bytes
    bytes(range(1, 32)) * 40 + b"some words",                   # control characters, no NUL
    bytes((i * 37 + 11) % 256 or 1 for i in range(4000)),        # noise that latin-1 would "decode"
])
def test_decode_bytes_refuses_binary(data: bytes) -> None:
    with pytest.raises(BinaryInputError) as err:
        decode_bytes(data, "blob.txt")
    assert err.value.message.startswith("blob.txt: binary data")


def test_decode_bytes_names_a_broken_bom_text() -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(codecs.BOM_UTF8 + b"caf\xe9", "f.txt")
    assert "f.txt" in err.value.message and "byte 6" in err.value.message


@pytest.mark.parametrize("text,expected", [("plain\ttext\r\n", 0.0), ("\x01\x02ab", 0.5), ("", 0.0)])
def test_control_share_ignores_whitespace_controls(text: str, expected: float) -> None:
    assert control_share(text) == expected
