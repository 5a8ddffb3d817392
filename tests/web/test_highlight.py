"""highlight.js in the browser: nesting, crossing spans, code point offsets, text-only rendering."""

from __future__ import annotations

from typing import Any

import pytest

# Render TEXT with ANNOTATIONS by the page's own module; RETURNS the markup and the text.
RENDER = """async ([text, annotations]) => {
  const { renderHighlighted } = await import('/static/highlight.js');
  const el = document.createElement('div');
  renderHighlighted(el, text, annotations.map(a => ({cls: 'hl hl-' + a.kind, why: a.kind, id: null,
                                                    data: {}, ...a})));
  return [el.innerHTML.replace(/ (class|data-why|tabindex)="[^"]*"/g, ''), el.textContent];
}"""


@pytest.mark.parametrize(("text", "annotations", "markup"), [
    # A time inside a quote nests inside it.
    ("say 'on May 3' ok", [{"kind": "quote", "start": 5, "end": 13}, {"kind": "time", "start": 8, "end": 13}],
     "say '<mark data-kind=\"quote\">on <mark data-kind=\"time\">May 3</mark></mark>' ok"),
    # A span crossing the end of another is cut; the continuation is marked as such.
    ("abcdefghij", [{"kind": "quote", "start": 0, "end": 6}, {"kind": "time", "start": 4, "end": 9}],
     ('<mark data-kind="quote">abcd<mark data-kind="time">ef</mark></mark>'
      '<mark data-kind="time" data-part="continued">ghi</mark>j')),
    # Offsets are code points: the emoji before the name is one, not two.
    ("\U0001F6A3 Ann rows", [{"kind": "mention", "start": 2, "end": 5}],
     '\U0001F6A3 <mark data-kind="mention">Ann</mark> rows'),
    # Article text is text: markup in it is shown, never interpreted.
    ("<img src=x onerror=alert(1)> hi", [{"kind": "mention", "start": 29, "end": 31}],
     '&lt;img src=x onerror=alert(1)&gt; <mark data-kind="mention">hi</mark>'),
    # Spans outside the text are ignored rather than breaking the page.
    ("short", [{"kind": "time", "start": 3, "end": 99}], "short"),
])
def test_render_highlighted_nests_and_cuts_spans(own_page: Any, own_url: str, text: str, annotations: list,
                                                 markup: str) -> None:
    own_page.goto(f"{own_url}/read")
    html, shown = own_page.evaluate(RENDER, [text, annotations])
    assert html == markup
    assert shown == text  # highlighting never changes the text
