"""Checks sample payloads against the webhook event models of OpenAI's Python SDK.

Run by `cargo xtask regen` in the virtual environment where it exported the models. Reads a
JSON list of {"type": ..., "payload": ...} on stdin and prints one JSON object on stdout:
event type -> null when the SDK's model of that type reads the payload strictly, with no
field the model lacks, else the problem.
"""

import json
import sys
import typing

import pydantic
from openai.types import webhooks


def extra_fields(value, path):
    """Paths of fields the SDK kept only as extras: the payload has them, the model does not."""
    if isinstance(value, pydantic.BaseModel):
        for name in value.model_extra or {}:
            yield f"{path}.{name}".lstrip(".")
        for name in type(value).model_fields:
            yield from extra_fields(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from extra_fields(item, f"{path}[{i}]")


def models_by_type():
    """Event type -> the SDK's model of it, from the `type` literal of each union member."""
    union = typing.get_args(webhooks.UnwrapWebhookEvent)[0]
    models = {}
    for model in typing.get_args(union):
        for event_type in typing.get_args(model.model_fields["type"].annotation):
            models[event_type] = model
    return models


def problem(models, event_type, payload):
    model = models.get(event_type)
    if model is None:
        return "the SDK has no model of this type"
    try:
        event = model.model_validate_json(payload, strict=True)
    except pydantic.ValidationError as error:
        return "; ".join(
            ": ".join(filter(None, [".".join(str(p) for p in e["loc"]), e["msg"]]))
            for e in error.errors()
        )
    extras = list(extra_fields(event, ""))
    if extras:
        return "fields the model does not have: " + ", ".join(extras)
    return None


def main():
    models = models_by_type()
    results = {
        item["type"]: problem(models, item["type"], item["payload"])
        for item in json.load(sys.stdin)
    }
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
