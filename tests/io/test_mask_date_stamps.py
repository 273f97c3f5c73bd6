"""A stamp beside the item's date on a posting line ("| Updated: ...") loses its label but
keeps its date; a line of stamps alone is masked whole."""

from __future__ import annotations

import pytest

from pressparse.io.mask import mask_noise

KEPT_CASES = [
    ("Publication date: 3 March 2025, 09:10   |   Updated: 4 March 2025, 16:02",
     ["3 March 2025", "4 March 2025"], ["Updated"]),
    ("Posted: June 9, 2024 | Last modified: June 11, 2024 | Share",
     ["June 9, 2024", "June 11, 2024"], ["Last modified", "Share"]),
    ("21.05.2025, 10:15 | Print", ["21.05.2025"], ["Print"]),
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
]


@pytest.mark.parametrize("line", MASKED_LINES)
def test_stamp_line_alone_is_masked(line: str) -> None:
    text = f"Customs seize cocaine at the port\n{line}\n\nOfficers found 40 kg of cocaine."
    assert line.split(":")[1].strip()[:6] not in mask_noise(text)[0]
