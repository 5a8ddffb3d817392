"""The readable report ``dateline read FILE`` prints: date, timeline, quotes, entities."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dateline.types import Article

console = Console()


def print_report(article: Article, text: str, out: Console | None = None) -> None:
    """Print one article's report (date and clues, timeline, quotes, entities)."""
    con = out or console
    pub = article.published
    con.rule(f"[bold]{article.title or article.id}")
    if pub.source == "given":
        con.print(f"Published: [bold]{pub.value}[/] (given)")
    elif pub.source == "inferred":
        con.print(f"Published: [bold]{pub.value}[/] (inferred; between {pub.earliest} and {pub.latest})")
    else:
        rng = f" (between {pub.earliest} and {pub.latest})" if pub.earliest or pub.latest else ""
        con.print(f"Published: unknown{rng}")
    for clue in pub.clues:
        con.print(f"  clue: {clue}")

    names = {e.id: e.name for e in article.entities}
    timeline = article.timeline()
    table = Table(title=f"Timeline ({len(timeline)} events)", show_lines=False, expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("what happened")
    table.add_column("who")
    for ev in timeline:
        who = ", ".join(dict.fromkeys(names.get(p.entity, p.entity) for p in ev.participants))
        table.add_row(ev.time.value if ev.time else "", ev.summary, who)
    con.print(table)

    if article.quotes:
        qt = Table(title=f"Quotes ({len(article.quotes)})", expand=False)
        qt.add_column("said", no_wrap=True)
        qt.add_column("who (as the text names them)")
        qt.add_column("cue")
        qt.add_column("quote")
        for q in article.quotes:
            sp = q.speaker
            who = sp.name or (sp.mention.text if sp.mention else "?")
            via = f" ({sp.mention.text})" if sp.mention and sp.mention.text != who else ""
            said = f"“{_clip(q.text, 90)}”" if q.kind == "direct" else f"(reported) {_clip(q.text, 90)}"
            qt.add_row(q.time or "", who + via, q.cue.text if q.cue else "", said)
        con.print(qt)

    people = [e for e in article.entities if len(e.mentions) > 1 or e.attributes]
    if people:
        con.print(f"[bold]Entities ({len(article.entities)}; those mentioned more than once)")
        for e in people:
            descs = [m.text for m in e.mentions if m.kind == "descriptor"]
            attrs = [f"{a.name}={a.value}" + (f" (as of {a.as_of})" if a.as_of else "") for a in e.attributes]
            extra = "; ".join(filter(None, [", ".join(dict.fromkeys(descs)), ", ".join(attrs)]))
            con.print(f"  {e.id} {e.name} [{e.type}] x{len(e.mentions)}" + (f": {extra}" if extra else ""),
                      highlight=False)
    times = article.times
    if times:
        con.print(f"[bold]Times ({len(times)})")
        con.print("  " + "; ".join(f"{t.text!r}={t.value}" for t in times), highlight=False)
    con.print()


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
