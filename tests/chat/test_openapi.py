"""The OpenAPI document (DESIGN §1.6): served at /api/schema, equal to docs/openapi.json."""

from __future__ import annotations

import json
from pathlib import Path

from django.test import Client

from chat.contract import FAILURES, FailureReason, FailureType

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_the_served_document_is_the_committed_one(client: Client) -> None:
    response = client.get("/api/schema")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == json.loads(COMMITTED.read_text()), (
        "docs/openapi.json is stale: python manage.py openapi_schema > docs/openapi.json"
    )


def test_every_status_failure_type_and_reason_of_the_contract_is_described(client: Client) -> None:
    document = client.get("/api/schema").json()
    assert document["openapi"] == "3.1.0"
    responses = document["paths"]["/api/chat"]["post"]["responses"]
    for failure_type, (status, _action, _reason) in FAILURES.items():
        envelope = responses[str(status)]["content"]["application/json"]["schema"]
        assert str(failure_type) in envelope["properties"]["failure_type"]["enum"]
    served = responses["200"]["content"]["application/json"]["schema"]["properties"]
    assert served["failure_type"]["enum"] == [None, FailureType.MODEL_FAILED_FALLBACK_USED]
    reasons = document["components"]["schemas"]["FailureReason"]["enum"]
    assert reasons == [str(reason) for reason in FailureReason]
    assert {"X-Request-ID", "X-Session-Id", "Retry-After"} <= set(responses["429"]["headers"])
    assert set(document["paths"]) == {"/api/chat", "/health", "/ready"}


def test_the_schema_is_served_only_to_get(client: Client) -> None:
    assert client.post("/api/schema").status_code == 405
