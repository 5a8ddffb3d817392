"""Rules on raw text that several layers share: no parse, no layer of its own.

A module here works on the article's characters alone and imports no other
Dateline package, so every layer (entities, time, quotes, events) may use it
without an import running back up a layer. ``quotation`` finds quotation marks.
"""
