"""Furniture of exported layouts (session 30): a draft's markup status line, a clipping
digest's header fields, and a notification log's stamp lines (they date their alerts) and a
map legend's routes, which are text, not breadcrumbs."""

from __future__ import annotations

import pytest

from pressparse.io.mask import mask_noise


def _kept(text: str) -> list[str]:
    """The words of ``text`` left unmasked, line by line (blank lines left out)."""
    masked, _spans = mask_noise(text)
    return [" ".join(line.split()) for line in masked.split("\n") if line.strip()]


STORY = "Customs seized 14 kg of heroin at the port on Monday."


@pytest.mark.parametrize(("line", "kept"), [
    # a word processor's markup status over a draft, with its fields
    ("Track Changes: ON | Markup: All Markup | Author: J. Mwangi, P. Otieno", []),
    ("Track changes: off    Reviewers: DCI Press; JM    Last saved 03-06-2026 14:22", []),
    # a clipping digest's header fields
    ("Client copy: 04/06/2026 | 7 clippings | Language: EN", []),
    ("Client: Andean security desk  -  3 clippings  -  Keywords: cocaína, decomiso", []),
    # a notification log's stamp line is text; breadcrumbs still go
    ("03.06.2026 09:40 · KBC · Security", ["03.06.2026 09:40 · KBC · Security"]),
    # a map legend's route is text
    ('➜ "Eastern route": Kenya → Uganda → Juba', ['➜ "Eastern route": Kenya → Uganda → Juba']),
    ("You are here: Home > News > Police", []),
    ("Press centre → News → Security", []),
    ("Home > News > Security", []),
    ("News · Security · Coast", []),
    # an app article's follow prompts and reading counters (session 31)
    ("👆 Click the blue words above to follow us", []),
    ('Click the blue words "Border Daily" above ↑ to follow us', []),
    ("Scan the QR code to follow Border Daily", []),
    ('👇 Click "Read the original" to visit the website', []),
    ("Read 10W+   👍 1,204   ♡ Wow 311", []),
    ("Reading 2.6万   👍 97   Wow 40", []),
    ("Read the full statement on the ministry's website.",
     ["Read the full statement on the ministry's website."]),
    # an online editor's export header over a draft (session 31)
    ("PR_heroin_port_v3 — exported from Google Docs (suggestions and comments included)", []),
    ("Release_Kigoma_draft – Google Docs", []),
    ("Last edited by Neema Juma, Mar 3, 2027 09:41", []),
    ("Shared with: Press Unit · Last edit was 5 minutes ago by Neema Juma", []),
    # a professional network's post furniture and a site's qualified tag line (session 31)
    ("+ Follow", []),
    ("…see more", []),
    ("Related Tags: Customs, Heroin, Port of Tema", []),
    ("I will see more of this.", ["I will see more of this."]),
])
def test_export_layout_lines(line: str, kept: list[str]) -> None:
    assert _kept(f"{line}\n{STORY}\n") == [*kept, STORY]
