"""pressparse's spaCy components; importing this package registers their factories."""

from . import dates, events, gazetteer, organizations, quantities

__all__ = ["dates", "events", "gazetteer", "organizations", "quantities"]
