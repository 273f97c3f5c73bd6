"""Entity recognition helpers: gazetteer records, phrase index, organization grammar, operations."""
