"""Bytes to text: binary detection and encoding detection for every reader.

Decision on the order of attempts (``decode_bytes``):

1. a byte-order mark: unambiguous, so it comes first (UTF-8, UTF-16, UTF-32);
2. NUL bytes in the head (without a BOM) mean binary data: refused;
3. strict UTF-8: the web's and our own default; valid UTF-8 is almost never a legacy
   encoding by accident;
4. a declared charset: the HTTP ``Content-Type`` of a WARC response, then an HTML
   ``<meta charset>``; ``latin-1``/``ascii`` declarations are read as windows-1252, as the
   WHATWG encoding standard tells browsers to, because that is what such pages really hold;
5. windows-1252, then latin-1 (which never fails) as the fallback.

charset_normalizer is installed (trafilatura pulls it in) but deliberately not used: Dateline
reads English, and legacy English text is overwhelmingly windows-1252/latin-1. A statistical
detector guesses cp1250, mac_roman or a UTF-16 variant on short English texts with a few
accented letters, which would be worse than the fallback; text in another language and another
legacy encoding is refused by the language check whichever way it is decoded.

After decoding, a text whose head is more than ``MAX_CONTROL_SHARE`` control characters is
binary data that happened to decode (latin-1 decodes anything).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from dateline.errors import BinaryInputError, DecodeError

# How much of the input the binary checks look at: binary files show themselves early.
HEAD_BYTES = 8192
# Share of control characters (other than whitespace) above which a text is binary data.
MAX_CONTROL_SHARE = 0.10
# Where an HTML charset declaration must appear (the HTML standard's prescan reads 1024 bytes;
# we read more because some pages put long comments or scripts before their <meta>).
META_PRESCAN_BYTES = 4096
FALLBACK_ENCODINGS = ("cp1252", "latin-1")

# UTF-32 marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Declarations browsers read as windows-1252 (WHATWG Encoding, "windows-1252" labels).
CP1252_LABELS = frozenset({"ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1",
                           "iso_8859-1", "l1", "cp819", "windows-1252", "cp1252", "x-cp1252"})
META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# Control characters that are ordinary in text.
TEXT_CONTROLS = frozenset("\t\n\r\f\v")


@dataclass(frozen=True)
class Decoded:
    """A decoded input: its text, the codec used and how that codec was chosen."""

    text: str
    encoding: str
    how: str  # "bom", "utf-8", "declared", "fallback"


def decode_bytes(data: bytes, where: str, declared: tuple[str | None, ...] = (),
                 html: bool = False, rid: str | None = None) -> Decoded:
    """Decode ``data`` to text (see the module docstring for the order of attempts).

    data (bytes): the raw input.
    where (str): names the input in error messages ("path", "path#record").
    declared (tuple): charsets declared outside the data (an HTTP header), tried in order.
    html (bool): also look for a ``<meta charset>`` declaration in the head.
    rid (str): the article id the errors carry, if known.
    RETURNS (Decoded): the text, without any byte-order mark.
    Raises BinaryInputError for binary data, DecodeError if a BOM'd text is broken.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                raise DecodeError(f"{where}: starts with a {encoding} byte-order mark but is not "
                                  f"valid {encoding} (byte {e.start + len(bom)})", rid) from None
            return _checked(rid, Decoded(text, encoding, "bom"), where)
    if b"\x00" in data[:HEAD_BYTES]:
        raise BinaryInputError(f"{where}: binary data (NUL bytes), not text", rid)
    try:
        return _checked(rid, Decoded(data.decode("utf-8"), "utf-8", "utf-8"), where)
    except UnicodeDecodeError:
        pass
    candidates = [c for c in declared if c]
    if html:
        candidates.extend(meta_charsets(data))
    for label in candidates:
        codec = _codec(label)
        if codec is None or codec == "utf-8":  # utf-8 already failed: the label is wrong
            continue
        try:
            return _checked(rid, Decoded(data.decode(codec), codec, "declared"), where)
        except UnicodeDecodeError:
            continue
    for encoding in FALLBACK_ENCODINGS:
        try:
            return _checked(rid, Decoded(data.decode(encoding), encoding, "fallback"), where)
        except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 none
            continue
    raise DecodeError(f"{where}: cannot decode", rid)  # unreachable: latin-1 decodes any bytes


def meta_charsets(data: bytes) -> list[str]:
    """RETURNS the charsets declared by ``<meta>`` tags in the head of an HTML page, in order."""
    return [m.group(1).decode("ascii") for m in META_CHARSET.finditer(data[:META_PRESCAN_BYTES])]


def control_share(text: str) -> float:
    """RETURNS the share of control characters (other than whitespace) in the head of ``text``."""
    head = text[:HEAD_BYTES]
    if not head:
        return 0.0
    n = sum(1 for ch in head if (ch < " " or "\x7f" <= ch <= "\x9f") and ch not in TEXT_CONTROLS)
    return n / len(head)


def check_not_binary(text: str, where: str, rid: str | None = None) -> None:
    """Raise BinaryInputError if ``text`` is mostly control characters (binary data decoded)."""
    if "\x00" in text[:HEAD_BYTES]:
        raise BinaryInputError(f"{where}: binary data (NUL characters), not text", rid)
    share = control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise BinaryInputError(f"{where}: binary data ({share:.0%} control characters), not text", rid)


def _checked(rid: str | None, decoded: Decoded, where: str) -> Decoded:
    check_not_binary(decoded.text, where, rid)
    return decoded


def _codec(label: str) -> str | None:
    """RETURNS Python's codec name for a declared charset label, or None if unknown."""
    label = label.strip().lower()
    if label in CP1252_LABELS:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # "base64", "rot13" ... are codecs but not text encodings; UTF-16/32 without a BOM cannot
    # hold a readable <meta> tag and no NUL bytes, so such a label is wrong (browsers agree).
    if not getattr(info, "_is_text_encoding", True) or info.name.startswith(("utf-16", "utf-32")):
        return None
    return "utf-8" if info.name in ("utf-8", "utf-8-sig") else info.name
