"""The mention types and the fields of a mention: the one definition the rest reads.

The records (`records.py`), the CSV and Parquet columns, the descriptions and highlights of
the views, the evaluator's types and attributes, and the figure finder's order all come from
here. A new type is a `MentionKind` in `MENTION_TYPES` and its finders in `FINDERS`, with
its rule module in `figures/` (whose `figure_rules(source, patterns, windows)` builds the
object those finders are methods of) and its rule files.

Nothing here imports the rest of the package: the records import it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MentionKind:
    """A kind of figure, and what the shared rules, views and outputs do with it."""

    name: str
    label: str
    """How its value is shown beside it: `percent` (`+14%`, `0.5 pp`), `unit` (`≈300`, `5 jaar`) or `plain` (`2021`)."""
    sample: str
    """A text of its kind, for the legend of the HTML views."""
    colour: str
    edge: str
    border: str
    """The CSS border of its highlight (width and style): with the colour, it tells the types apart in greyscale too."""
    attributes: bool = True
    """Qualifier, sign, change and range rules apply to it."""
    counts: bool = False
    """A count or an amount: a unit or a counted noun after it is its own, a sign before it may be its
    value's, and as the bare first end of a range it takes the other end's type and unit."""
    sourced: bool = True
    """Attribution looks for the actor it comes from."""


# In the order of the evaluator's score table.
MENTION_TYPES: tuple[MentionKind, ...] = (
    MentionKind("percentage", "percent", "14 procent", "#ffe0b3", "#c46a00", "1.5px dashed"),
    MentionKind("year", "plain", "2021", "#e6d9ff", "#6a3fc1", "2px dotted", attributes=False, sourced=False),
    MentionKind("number", "unit", "285", "#cfe3ff", "#1f5fbf", "1.5px solid", counts=True),
)
TYPE_NAMES: tuple[str, ...] = tuple(kind.name for kind in MENTION_TYPES)
TYPES_BY_NAME: dict[str, MentionKind] = {kind.name: kind for kind in MENTION_TYPES}


@dataclass(frozen=True)
class MentionField:
    """A field of a mention, as the records, the CSV columns and the descriptions name it."""

    name: str
    attribute: bool = False
    """Labelled besides the value (ANNOTATION.md): a description names it where it is not `default`."""
    default: object = None
    scored: bool = False
    """The evaluator compares it on correct matches."""


# In the order of a CSV row; the attributes in ANNOTATION.md's order.
MENTION_FIELDS: tuple[MentionField, ...] = (
    MentionField("type"),
    MentionField("text"),
    MentionField("start"),
    MentionField("end"),
    MentionField("value"),
    MentionField("qualifier", attribute=True, default="exact", scored=True),
    MentionField("unit", attribute=True, scored=True),
    MentionField("counted", attribute=True, scored=True),
    MentionField("change", attribute=True, scored=True),
    MentionField("relative", attribute=True, default=False, scored=True),
    MentionField("percentage_point", attribute=True, default=False),
    MentionField("source", attribute=True, scored=True),
    MentionField("sentence"),
    MentionField("rule"),
)
FIELD_NAMES: tuple[str, ...] = tuple(field.name for field in MENTION_FIELDS)
ATTRIBUTE_DEFAULTS: dict[str, object] = {field.name: field.default for field in MENTION_FIELDS if field.attribute}
SCORED_ATTRIBUTES: tuple[str, ...] = tuple(field.name for field in MENTION_FIELDS if field.scored)

# The figure finder runs these `module.method` finders of the rule modules in `figures/`, in this
# order: each skips the text an earlier one claimed. `ignored.claim` finds no figure; it claims
# what only looks like one (clock times, phone numbers).
FINDERS: tuple[str, ...] = (
    "years.full_dates",
    "ignored.claim",
    "years.relative",
    "years.ranges",
    "years.single",
    "years.spelled",
    "quantities.percentages",
    "quantities.ratios",
    "quantities.fractions",
    "quantities.halves",
    "quantities.elided_ranges",
    "quantities.numbers",
    "quantities.slash_shares",
    "quantities.vague_counts",
)
