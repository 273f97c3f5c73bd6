"""A stamp beside the item's date on a posting line ("| Updated: ...") loses its label but
keeps its date; a stamp line alone under the headline is the item's posting line and keeps
its date; in the page's footer, under the body, it is masked whole."""

from __future__ import annotations

import pytest

from pressparse.io.mask import mask_noise

KEPT_CASES = [
    ("Publication date: 3 March 2025, 09:10   |   Updated: 4 March 2025, 16:02",
     ["3 March 2025", "4 March 2025"], ["Updated"]),
    ("Posted: June 9, 2024 | Last modified: June 11, 2024 | Share",
     ["June 9, 2024", "June 11, 2024"], ["Last modified", "Share"]),
    ("21.05.2025, 10:15 | Print", ["21.05.2025"], ["Print"]),
    # under the headline, over the body, a stamp line alone is the item's posting line
    ("Updated: 4 March 2025 | Print", ["4 March 2025"], ["Updated", "Print"]),
    ("Last modified: June 11, 2024", ["June 11, 2024"], []),
    ("Updated 7:48 PM PDT, September 6, 2026", ["September 6, 2026"], []),
    ("Last Updated : Mar 12 2026 | 4:21 PM IST", ["Mar 12 2026"], []),
]


@pytest.mark.parametrize(("line", "kept", "masked"), KEPT_CASES)
def test_stamp_beside_the_date_keeps_its_date(line: str, kept: list[str],
                                              masked: list[str]) -> None:
    text = f"Customs seize cocaine at the port\n{line}\n\nOfficers found 40 kg of cocaine."
    result, _ = mask_noise(text)
    assert len(result) == len(text)
    for date in kept:
        assert date in result
    for word in masked:
        assert word not in result


MASKED_LINES = [
    "Updated: 4 March 2025 | Print",
    "Last modified: June 11, 2024",
    "Updated June 18, 2025",
    "Last Modified: Apr 22, 2025",
    "Last Updated : Mar 12 2026 | 4:21 PM IST",
    "AP AUDIO: Customs find cocaine in banana boxes",  # a media link (session 17)
    "WATCH: Officers unload the container",
]


@pytest.mark.parametrize("line", MASKED_LINES)
def test_stamp_line_alone_is_masked_in_the_footer(line: str) -> None:
    """Under the body (a page's footer) a stamp line is masked whole."""
    text = (f"Customs seize cocaine at the port\n\nOfficers found 40 kg of cocaine in a "
            f"container of bananas at the port on Monday, the service said.\n\n{line}\n"
            "Topic\nDrug Trafficking\n")
    masked = mask_noise(text)[0]
    assert masked.split("\n")[4].strip() == ""
    assert "Officers found 40 kg" in masked


def test_a_media_link_line_over_the_body_stays() -> None:
    """Over the body, a line labelled like a media link is the item's headline."""
    text = ("WATCH: Coast Guard offloads 2 tonnes of cocaine in Miami\n\nThe crew of the "
            "cutter offloaded the cocaine seized in four interdictions on Tuesday.\n")
    assert mask_noise(text)[0] == text
