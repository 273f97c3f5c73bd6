"""Event records from a news item's entities: typing, roles, assembly and cross-item linking."""

from .assembly import assemble_events
from .cues import EventRules, load_event_rules
from .linking import link_events

__all__ = ["EventRules", "assemble_events", "link_events", "load_event_rules"]
