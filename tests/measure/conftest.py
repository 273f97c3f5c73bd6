"""A scanner over the bundled QUANTITY data, shared by the measure tests."""

from __future__ import annotations

import pytest

from pressparse.measure import QuantityScanner, load_lexicon
from pressparse.pipeline import model_path


@pytest.fixture(scope="session")
def scanner() -> QuantityScanner:
    return QuantityScanner(load_lexicon(model_path() / "pressparse_quantities"))
