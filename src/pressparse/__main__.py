"""``python -m pressparse``: the same command as ``pressparse``."""

from .cli import app

if __name__ == "__main__":
    app()
