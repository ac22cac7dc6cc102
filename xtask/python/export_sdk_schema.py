"""Prints the JSON Schema of the webhook events that OpenAI's Python SDK types.

Run by `cargo xtask regen` / `cargo xtask export-sdk` inside a throwaway virtual environment
where `openai` is installed. Each event model's schema comes from pydantic; the field
docstrings, which pydantic leaves out, are read from the model sources and added as
`description`s. Output: one JSON document on stdout.
"""

import ast
import inspect
import json
import sys
import typing

import pydantic
import openai
from openai.types import webhooks


def field_docs(cls):
    """Field name -> docstring, read from the string that follows each annotated field."""
    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    node = tree.body[0]
    docs = {}
    body = node.body
    for stmt, after in zip(body, body[1:]):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[stmt.target.id] = inspect.cleandoc(after.value.value)
    return docs


def models_in(annotation, found):
    """Every pydantic model class reachable from a type annotation."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        if annotation.__name__ not in found:
            found[annotation.__name__] = annotation
            for field in annotation.model_fields.values():
                models_in(field.annotation, found)
        return
    for arg in typing.get_args(annotation):
        models_in(arg, found)


def add_docs(schema, cls):
    for name, doc in field_docs(cls).items():
        prop = schema.get("properties", {}).get(name)
        if prop is not None:
            prop["description"] = doc


def event_schema(model):
    schema = pydantic.TypeAdapter(model).json_schema()
    classes = {}
    models_in(model, classes)
    add_docs(schema, model)
    for key, definition in schema.get("$defs", {}).items():
        cls = classes.get(definition.get("title", key))
        if cls is not None:
            add_docs(definition, cls)
    return schema


def main():
    union = typing.get_args(webhooks.UnwrapWebhookEvent)[0]
    events = {model.__name__: event_schema(model) for model in typing.get_args(union)}
    json.dump(
        {
            "package": "openai",
            "version": openai.__version__,
            # pydantic shapes the schema: a later regen can install the same one.
            "pydantic": pydantic.VERSION,
            "events": events,
        },
        sys.stdout,
        indent=1,
        sort_keys=True,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
