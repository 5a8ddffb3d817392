"""The readable report ``dateline read FILE`` prints: date, timeline, quotes, entities, times.

Dates are in words ("3 February 2021", "8 April, unknown year"; ``dateline.cli.words``), and
every count in a heading is the number of rows listed under it.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dateline.cli.words import in_words
from dateline.types import Article, Entity

console = Console()
# How a page's date was found, for people (``Published.method``).
METHODS = {"htmldate:metadata": "from the page's metadata", "htmldate:url": "from the page's address"}


def print_report(article: Article, text: str, out: Console | None = None) -> None:
    """Print one article's report (date and clues, timeline, quotes, entities, times)."""
    con = out or console
    con.rule(f"[bold]{escape(article.title or article.id)}")
    con.print(published_line(article), highlight=False)
    for clue in article.published.clues:
        con.print(f"  clue: {clue}", markup=False, highlight=False)

    names = {e.id: e.name for e in article.entities}
    timeline = article.timeline()
    table = Table(title=f"Timeline ({len(timeline)} events)", show_lines=False, expand=False)
    table.add_column("when", no_wrap=True)
    table.add_column("what happened")
    table.add_column("who")
    for ev in timeline:
        who = ", ".join(dict.fromkeys(names.get(p.entity, p.entity) for p in ev.participants))
        when = in_words(ev.time.value) if ev.time else ""
        table.add_row(escape(when), escape(ev.summary), escape(who))
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
            qt.add_row(escape(in_words(q.time) if q.time else ""), escape(who + via),
                       escape(q.cue.text if q.cue else ""), escape(said))
        con.print(qt)

    if article.entities:
        shown = [e for e in article.entities if len(e.mentions) > 1 or e.attributes]
        once = [e for e in article.entities if e not in shown]
        con.print(f"[bold]Entities ({len(article.entities)})[/]: {len(shown)} mentioned more than once "
                  f"or described, {len(once)} mentioned once")
        for e in shown:
            con.print(f"  {_entity_line(e)}", markup=False, highlight=False)
        if once:
            con.print(f"  once: {', '.join(f'{e.name} [{e.type}]' for e in once)}", markup=False,
                      highlight=False)
    if article.times:
        con.print(f"[bold]Times ({len(article.times)})")
        con.print("  " + "; ".join(f"{t.text!r}: {in_words(t.value, t.type)}" for t in article.times),
                  markup=False, highlight=False)
    con.print()


def published_line(article: Article) -> str:
    """"Published: 14 March 2023 (inferred; between 14 March 2023 and 28 March 2023)"."""
    pub = article.published
    if pub.value is None:
        rng = (f" (between {in_words(pub.earliest)} and {in_words(pub.latest)})"
               if pub.earliest and pub.latest else "")
        return f"Published: unknown{rng}"
    how = {"given": "given", "page": METHODS.get(pub.method or "", "from the page")}.get(pub.source)
    if how is None:  # inferred
        how = "inferred"
        if pub.earliest and pub.latest and pub.earliest != pub.latest:
            how += f"; between {in_words(pub.earliest)} and {in_words(pub.latest)}"
    return f"Published: [bold]{in_words(pub.value)}[/] ({how})"


def _entity_line(e: Entity) -> str:
    descs = [m.text for m in e.mentions if m.kind == "descriptor"]
    attrs = [f"{a.name} {a.value}" + (f" (as of {in_words(a.as_of)})" if a.as_of else "") for a in e.attributes]
    extra = "; ".join(filter(None, [", ".join(dict.fromkeys(descs)), ", ".join(attrs)]))
    times = {1: "once", 2: "twice"}.get(len(e.mentions), f"{len(e.mentions)} times")
    return f"{e.name} [{e.type}], mentioned {times}" + (f": {extra}" if extra else "")


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
