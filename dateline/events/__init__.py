"""What happened when: events with participants and times.

Public entry point: ``extract_events(doc, index, time_result) -> list[Event]``.
"""

from dateline.events.extract import extract_events

__all__ = ["extract_events"]
