"""Validated records: what the pipeline outputs and what a label file holds.

Field names and values follow ../shared/ANNOTATION.md, so that a result and an
`.expected.yaml` file can be compared field by field.
"""

from __future__ import annotations

from typing import Literal, Optional, Union

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from .errors import DateError
from .figures.types import TYPE_NAMES

MentionType = Literal[TYPE_NAMES]
Qualifier = Literal["exact", "approximately", "almost", "more_than", "at_least", "less_than", "at_most"]
Change = Literal["increase", "decrease"]
ActorKind = Literal["person", "organization", "group", "place"]

DATE_PATTERN = regex.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


def check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = str(value)
    if not DATE_PATTERN.match(value):
        raise DateError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


class FigureCore(Record):
    type: MentionType
    text: str
    value: float


class FigureAttributes(Record):
    """What ANNOTATION.md says about a figure besides its value: shared by results and labels."""

    qualifier: Qualifier = "exact"
    unit: Optional[str] = None
    counted: Optional[str] = None
    change: Optional[Change] = None
    relative: bool = False
    percentage_point: bool = False
    source: Optional[str] = None


class Mention(FigureAttributes, FigureCore):
    """One number, percentage or year found in an article."""

    start: int = Field(ge=0, description="character offset into the file's text as read")
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="index of the sentence the mention starts in")
    rule: str = Field(description="the rule that produced the mention")

    @model_validator(mode="after")
    def span_matches_text(self, info: ValidationInfo) -> "Mention":
        if self.end <= self.start or self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit text {self.text!r}")
        source = (info.context or {}).get("source")
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(
                f"source[{self.start}:{self.end}] is {source[self.start:self.end]!r}, not {self.text!r}"
            )
        return self


class ActorMention(Record):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def span_matches_text(self, info: ValidationInfo) -> "ActorMention":
        source = (info.context or {}).get("source")
        if self.end - self.start != len(self.text) or (
            source is not None and source[self.start : self.end] != self.text
        ):
            raise ValueError(f"actor mention span {self.start}:{self.end} does not fit {self.text!r}")
        return self


class Actor(Record):
    name: str
    kind: ActorKind
    aliases: list[str] = []
    mentions: list[ActorMention] = []
    rule: str = Field(description="the rule or model that proposed the actor")


class ModelInfo(Record):
    name: str
    version: str


class ArticleResult(Record):
    document: str
    date: Optional[str] = None
    model: ModelInfo
    mentions: list[Mention] = []
    actors: list[Actor] = []

    @field_validator("date")
    @classmethod
    def date_format(cls, value):
        return check_date(value)

    @classmethod
    def validated(cls, data: dict, source: str) -> "ArticleResult":
        """Build a result and check every span against the article text."""
        return cls.model_validate(data, context={"source": source})


class ExpectedMention(FigureAttributes, FigureCore):
    occurrence: Optional[int] = Field(default=None, ge=1)
    optional: bool = False

    @field_validator("text", mode="before")
    @classmethod
    def text_as_string(cls, value: Union[str, int, float]) -> str:
        # YAML reads an unquoted `2021` as a number; the label means the string.
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("unit", "counted", "source", mode="before")
    @classmethod
    def optional_string(cls, value):
        return None if value is None else str(value)


class ExpectedActor(Record):
    name: str
    aliases: list[str] = []
    kind: ActorKind
    optional: bool = False

    @field_validator("name", mode="before")
    @classmethod
    def name_as_string(cls, value):
        return str(value)

    @field_validator("aliases", mode="before")
    @classmethod
    def aliases_as_strings(cls, value):
        return [str(alias) for alias in (value or [])]


class Expected(Record):
    """The contents of a `NAME.expected.yaml` label file."""

    document: str
    date: Optional[str] = None
    mentions: list[ExpectedMention] = []
    actors: list[ExpectedActor] = []

    @field_validator("date", mode="before")
    @classmethod
    def date_as_string(cls, value):
        return check_date(None if value is None else str(value))

    @field_validator("mentions", "actors", mode="before")
    @classmethod
    def empty_list(cls, value):
        return [] if value is None else value
