"""Test-session settings shared by every test module."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_OWN_CACHE_KEY = "_pressparse_own_cache_dir"


def pytest_configure(config: pytest.Config) -> None:
    """Keep the gazetteer build cache of this run in a temporary directory (unless the caller
    chose one): the suite must not write into the user's ~/.cache, and subprocess tests
    inherit the variable."""
    if "PRESSPARSE_CACHE_DIR" not in os.environ:
        directory = tempfile.mkdtemp(prefix="pressparse-test-cache-")
        os.environ["PRESSPARSE_CACHE_DIR"] = directory
        setattr(config, _OWN_CACHE_KEY, directory)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the temporary cache directory this run made."""
    directory = getattr(config, _OWN_CACHE_KEY, None)
    if directory:
        shutil.rmtree(directory, ignore_errors=True)
        os.environ.pop("PRESSPARSE_CACHE_DIR", None)
