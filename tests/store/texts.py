"""Invented news articles for ingest tests: varied, deterministic, written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

PEOPLE = ("Mara Quill", "Tobias Renner", "Ines Holloway", "Victor Osei", "Lena Farrow", "Paul Dumont")
CITIES = ("Cedar Falls", "Port Alden", "Millbrook", "Eastwick", "Ravenna", "Kingsford")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
PLANS = ("a new rail line", "a school budget", "a flood barrier", "a housing plan", "a tax cut")


def article_text(i: int) -> str:
    """The text of invented article ``i`` (several paragraphs, a quote, dates)."""
    a, b = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 2) % len(PEOPLE)]
    city, day, plan = CITIES[i % len(CITIES)], DAYS[i % len(DAYS)], PLANS[i % len(PLANS)]
    month = ("March", "April", "May")[i % 3]
    return (
        f"{city} council backs {plan}\n\n"
        f"{a} met {b} in {city} on {day} to discuss {plan}, officials said.\n\n"
        f"\u201cWe have waited long enough for {plan},\u201d {a} told reporters after the meeting. "
        f"\u201cThe vote will come in {month}.\u201d\n\n"
        f"{b} said the council would publish its report on {month} {3 + i % 20}, 2016. "
        f"Last year {b} opposed a similar proposal, which failed by two votes.\n\n"
        f"The meeting was the {i + 1}th of its kind since January. {a} plans to visit "
        f"{CITIES[(i + 1) % len(CITIES)]} next week, her office said."
    )


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    """Write articles ``start``..``start+n-1`` as contract input lines. RETURNS ``path``."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            rec = {
                "id": f"inv-{i:03d}",
                "text": article_text(i),
                "published": f"2016-0{3 + i % 3}-0{1 + i % 9}",
                "title": f"Invented story {i}",
            }
            f.write(json.dumps(rec) + "\n")
    return path
