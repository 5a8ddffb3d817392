"""The web pages in a real browser (Debian's Chromium via Playwright) against a real server.

Flow of issue 9: the reference article is ingested into a temp store; a user searches
its main person (name found at run time), reads the timeline in date order, opens the
article and sees "A month earlier" highlighted with its value. Screenshots land in
build/screenshots/ (timeline.png, article.png, read.png, phone-*.png).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import SEED_ID
from tests.web.conftest import screenshot

RELATIVE_DATE = ("A month earlier", "2020-10")  # expected of the time layer on the reference article
PASTED = ("\U0001F6A3 Nadia Brooks, the head of the Ashcombe rowing club, retired on 14 May 2022. "
          "“Forty seasons on the river is enough,” Brooks said.")


def tab_to(page: Any, selector: str, max_tabs: int = 40) -> None:
    """Press Tab until the element matching ``selector`` has focus (keyboard-only use)."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


@pytest.mark.parametrize("viewport", ["desktop"])
def test_timeline_search_by_keyboard_shows_events_in_date_order(page, web_url: str, main_person: dict,
                                                                viewport: str) -> None:
    page.goto(f"{web_url}/")
    tab_to(page, "#q")
    page.keyboard.type(main_person["name"])
    page.keyboard.press("Enter")
    result = f'#result-list a[data-entity="{main_person["id"]}"]'
    page.wait_for_selector(result)
    tab_to(page, result)
    page.keyboard.press("Enter")
    page.wait_for_selector("#events li.event")
    assert page.inner_text("#timeline-title") == f"Timeline of {main_person['name']}"
    assert f"entity={main_person['id']}" in page.url  # the view can be linked and reloaded

    events = page.locator("#events li.event")
    earliest = events.evaluate_all("items => items.map(li => li.dataset.earliest)")
    assert len(earliest) >= 3 and earliest == sorted(earliest), earliest
    first = events.first
    assert first.locator("time").get_attribute("datetime")
    assert first.locator(".what").inner_text().strip()
    assert first.locator("blockquote.sentence").inner_text().strip()
    assert first.locator(f'a[href^="/articles/{SEED_ID}#at="]').count() >= 1
    screenshot(page, "timeline")


@pytest.mark.parametrize(("expression", "value"), [RELATIVE_DATE])
def test_article_highlights_times_with_values_and_says_why(page, web_url: str, main_person: dict,
                                                           expression: str, value: str) -> None:
    page.goto(f"{web_url}/?q={main_person['name']}&entity={main_person['id']}")
    page.locator(f'#events a[href^="/articles/{SEED_ID}#at="]').first.click()
    page.wait_for_selector("#article-text mark.hl")
    # The cited span is marked and has focus (the link's #at=START-END).
    assert page.evaluate("document.activeElement.id") == "source-span"

    time_mark = page.locator("#article-text mark.hl-time", has_text=expression).first
    assert time_mark.inner_text() == expression
    assert time_mark.get_attribute("data-value") == value, (
        f"{expression!r} shows value {time_mark.get_attribute('data-value')!r}, expected {value!r} "
        "(the value comes from the time layer)")
    time_mark.focus()
    tip = page.locator("#hl-tip")
    assert tip.is_visible() and value in tip.inner_text()
    assert time_mark.get_attribute("aria-describedby") == "hl-tip"

    quote = page.locator("#article-text mark.hl-quote").first
    quote.hover(position={"x": 2, "y": 2})
    assert re.search(r"Quote by \S", tip.inner_text())

    # Mentions are coloured by entity: every mention of the main person has one colour.
    colours = page.locator("#article-text mark.hl-mention").evaluate_all(
        "(ms, id) => ms.filter(m => m.dataset.entity === id).map(m => m.className)", main_person["local_id"])
    assert len(colours) >= 2 and len(set(colours)) == 1
    page.mouse.move(0, 0)  # leaving the quote brings back the focused time's tip
    assert value in tip.inner_text()

    # Keyboard: the fact list's entry for the expression moves focus to its highlight.
    page.locator("aside.facts button", has_text=expression).first.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("[document.activeElement.dataset.value, document.activeElement.textContent]") == [
        value, expression]
    screenshot(page, "article")


@pytest.mark.parametrize("text", [PASTED])
def test_read_box_shows_a_pasted_article_with_aligned_highlights(own_page, own_url: str, text: str) -> None:
    page = own_page
    page.goto(f"{own_url}/read")
    page.get_by_label("Article text").fill(text)
    page.get_by_label("Publication date").fill("2022-05-15")
    page.get_by_role("button", name="Read").click()
    page.wait_for_selector("#article-text mark.hl-time")
    # The emoji is one code point but two UTF-16 units: highlights must still align.
    mentions = page.locator("#article-text mark.hl-mention").all_inner_texts()
    assert "Nadia Brooks" in mentions
    time_mark = page.locator("#article-text mark.hl-time", has_text="14 May 2022")
    assert time_mark.get_attribute("data-value") == "2022-05-14"
    assert page.locator("#article-text mark.hl-quote").first.inner_text().startswith("Forty seasons")
    screenshot(page, "read")


@pytest.mark.parametrize(("text", "words"), [("   ", "must contain some non-space text")])
def test_read_box_shows_the_api_refusal(own_page, own_url: str, text: str, words: str) -> None:
    page = own_page
    page.goto(f"{own_url}/read")
    page.get_by_label("Article text").fill(text)
    page.get_by_role("button", name="Read").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert words in alert.inner_text()


@pytest.mark.parametrize("path", ["/", "/read", f"/articles/{SEED_ID}"])
def test_pages_are_labelled_for_assistive_technology(page, web_url: str, path: str) -> None:
    page.goto(f"{web_url}{path}")
    page.wait_for_load_state("networkidle")
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, textarea, select')]
        .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label')).map(el => el.id)""")
    assert unlabelled == []
    nameless = page.evaluate("""() => [...document.querySelectorAll('button, a')]
        .filter(el => !el.textContent.trim() && !el.getAttribute('aria-label')).map(el => el.outerHTML)""")
    assert nameless == []
    assert page.locator("main h1").count() == 1
    assert page.locator("nav[aria-label='Main']").count() == 1


@pytest.mark.parametrize("width", [390])
def test_pages_fit_a_phone_width(phone_page, web_url: str, main_person: dict, width: int) -> None:
    page = phone_page
    page.goto(f"{web_url}/?q={main_person['name']}&entity={main_person['id']}")
    page.wait_for_selector("#events li.event")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, "phone-timeline")

    page.goto(f"{web_url}/articles/{SEED_ID}")
    page.wait_for_selector("#article-text mark.hl")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    text_box = page.locator("#article-text").bounding_box()
    facts_box = page.locator("aside.facts").bounding_box()
    assert facts_box["y"] >= text_box["y"] + text_box["height"]  # one column: facts below the text
    screenshot(page, "phone-article")

    page.goto(f"{web_url}/read")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.get_by_label("Article text").bounding_box()["width"] <= width


@pytest.mark.parametrize(("path", "selector", "words"), [
    ("/articles/no-such-article", "#status", "no article with id 'no-such-article'"),
    ("/?q=Zebulon%20Quartermaine", "#status", "Nothing in the store answers to “Zebulon Quartermaine”"),
])
def test_pages_say_what_is_missing(own_page, own_url: str, path: str, selector: str, words: str) -> None:
    own_page.goto(f"{own_url}{path}")
    own_page.wait_for_function("([s, w]) => document.querySelector(s).textContent.includes(w)", arg=[selector, words])


REPORTED = ("Nadia Brooks, the head of the Ashcombe rowing club, said on 14 May 2022 that the boathouse "
            "would close for the winter. “Forty seasons on the river is enough,” Brooks said.")


@pytest.mark.parametrize("text", [REPORTED])
def test_read_box_marks_reported_statements_in_a_style_of_their_own(own_page, own_url: str, text: str) -> None:
    page = own_page
    page.goto(f"{own_url}/read")
    page.get_by_label("Article text").fill(text)
    page.get_by_label("Publication date").fill("2022-05-15")
    page.get_by_role("button", name="Read").click()
    page.wait_for_selector("#article-text mark.hl-reported")
    reported = page.locator("#article-text mark.hl-reported").first
    assert reported.inner_text().startswith("the boathouse would close")
    assert reported.get_attribute("data-quote-kind") == "indirect"
    direct = page.locator("#article-text mark.hl-quote").first
    assert direct.inner_text().startswith("Forty seasons")
    # the two styles differ in shape, not colour alone
    styles = [m.evaluate("m => getComputedStyle(m).borderBottomStyle") for m in (reported, direct)]
    assert styles[0] == "dotted" and styles[1] != "dotted"
    reported.hover(position={"x": 2, "y": 2})
    assert re.search(r"Reported statement of \S", page.locator("#hl-tip").inner_text())
    assert page.locator("section.key mark.hl-reported").count() == 1
