"""pressparse's spaCy components; importing this package registers their factories."""

from ..regex_cache import cached_patterns

# the patterns their modules compile, from the regex cache (start-up); the window loading the
# pipeline writes what is new
with cached_patterns(deferred=True):
    from . import dates, events, gazetteer, organizations, quantities

__all__ = ["dates", "events", "gazetteer", "organizations", "quantities"]
