"""Short human-readable descriptions of mentions, shared by `explain` and the HTML views."""

from __future__ import annotations

from typing import Union

from ..figures.types import ATTRIBUTE_DEFAULTS, TYPES_BY_NAME
from ..records import ExpectedMention, Mention


def format_value(value: float) -> str:
    """A value as written in the labels: `285`, `14.5`, `1200000`."""
    if value == int(value):
        return str(int(value))
    return f"{value:.4f}".rstrip("0")


# Signs for the qualifiers, so a label says `≥5 jaar` where the text says `vijf jaar of meer`.
QUALIFIER_SIGNS = {
    "exact": "",
    "approximately": "\u2248",
    "almost": "\u2272",
    "more_than": ">",
    "at_least": "\u2265",
    "less_than": "<",
    "at_most": "\u2264",
}


def readable_value(value: float) -> str:
    """A value rounded to hundredths, its thousands grouped by thin spaces: `17 800 000`, `66.67`.

    The exact value stays in the hover title and the data attributes.
    """
    value = round(value, 2)
    whole, _, fraction = format_value(value).partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    if len(digits) <= 4:
        # As in Dutch typesetting: 1973 and 4150 stay whole, 17 800 000 is grouped.
        return format_value(value)
    groups = [digits[max(i - 3, 0) : i] for i in range(len(digits), 0, -3)][::-1]
    return sign + "\u2009".join(groups) + (f".{fraction}" if fraction else "")


def attributes_of(mention: Union[Mention, ExpectedMention]) -> dict[str, object]:
    """The attributes that differ from their defaults, in ANNOTATION.md's order."""
    return {
        name: getattr(mention, name)
        for name, default in ATTRIBUTE_DEFAULTS.items()
        if getattr(mention, name) != default
    }


def attributes_text(mention: Union[Mention, ExpectedMention]) -> str:
    return ", ".join(
        name if value is True else f"{name} {value}" for name, value in attributes_of(mention).items()
    )


def value_label(mention: Union[Mention, ExpectedMention]) -> str:
    """The value as shown beside a highlighted mention, as its type's `label` says: `+14%`, `≥5 jaar`, `2021`."""
    value = readable_value(mention.value)
    label = TYPES_BY_NAME[mention.type].label
    if label == "plain":
        return value
    sign = QUALIFIER_SIGNS[mention.qualifier] + {"increase": "+", "decrease": "\u2212"}.get(mention.change or "", "")
    if label == "percent":
        return f"{sign}{value}{' pp' if mention.percentage_point else '%'}"
    return f"{sign}{value}{' ' + mention.unit if mention.unit else ''}"
