"""The output contract: field names, strict JSON, JSON Schema export."""

from __future__ import annotations

import math

import jsonschema
import orjson
import pytest
from pydantic import ValidationError

from pressparse.io.writer import dump_line
from pressparse.schema import Document, QuantityValue, Seizure, json_schema

CONTRACT_FIELDS = {
    "Document": {"id", "source", "published", "pressparse_version", "items", "errors"},
    "Item": {"start", "end", "title", "entities", "events"},
    "Entity": {"label", "text", "start", "end", "normalized"},
    "Event": {"type", "name", "start_date", "end_date", "location", "organizers",
              "participants", "observers", "seizures", "counts", "evidence"},
    "Seizure": {"substance", "value", "unit", "kg", "qualifier", "low", "high", "start", "end"},
    "Count": {"what", "value", "qualifier", "low", "high", "start", "end"},
}


@pytest.mark.parametrize(("model", "fields"), sorted(CONTRACT_FIELDS.items()))
def test_contract_field_names_are_present(model: str, fields: set[str]) -> None:
    schema = json_schema()
    definition = schema if model == "Document" else schema["$defs"][model]
    assert fields <= set(definition["properties"])


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
@pytest.mark.parametrize("model", [QuantityValue, Seizure])
def test_non_finite_numbers_are_refused_not_written_as_null(model: type, bad: float) -> None:
    extra = {"start": 0, "end": 1, "substance": "opium"} if model is Seizure else {}
    with pytest.raises(ValidationError, match="non-finite"):
        model(value=bad, **extra)


def test_substance_class_uses_the_json_key_class() -> None:
    from pressparse.schema import SubstanceValue

    value = SubstanceValue.model_validate({"name": "heroin", "class": "opioid"})
    assert value.model_dump(by_alias=True) == {"name": "heroin", "class": "opioid"}


def test_a_document_line_is_strict_json_and_validates_against_the_schema() -> None:
    document = Document.model_validate({
        "id": "kz-001", "source": "dump.txt", "published": "2024-06-30",
        "pressparse_version": "test",
        "items": [{"start": 0, "end": 40, "title": None, "entities": [
            {"label": "QUANTITY", "text": "1.2 tons", "start": 10, "end": 18,
             "normalized": {"value": 1200.0, "unit": "kg", "kind": "mass", "kg": 1200.0,
                            "qualifier": "exact"}}],
            "events": [{"type": "seizure", "evidence": [[0, 40]], "seizures": [
                {"substance": "hashish", "value": 1.2, "unit": "t", "kg": 1200.0,
                 "start": 10, "end": 18}]}]}],
    })
    line = dump_line(document)
    assert line.endswith(b"\n") and b"Infinity" not in line and b"NaN" not in line
    jsonschema.validate(orjson.loads(line), json_schema())
