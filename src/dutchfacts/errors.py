"""The errors dutchfacts raises: one type for input it cannot use, one for its own failures.

    try:
        result = dutchfacts.extract(text, date=date)
    except dutchfacts.InputError as error:   # bad date, text, label file or model: the message says which
        ...

Both carry a one-line message; the command line prints it as `dutchfacts: …`
or `error: …` and goes on with the other articles.
"""

from __future__ import annotations


class InputError(ValueError):
    """Input dutchfacts cannot use; the message names the input and says why."""


class DateError(InputError):
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD."""


class TextError(InputError):
    """Text that cannot be an article: not a string, not valid Unicode, a NUL character, too large."""


class OutputError(InputError):
    """An output file that must not or cannot be written: one of the inputs, or one that
    another run is writing."""


class InputWarning(UserWarning):
    """Input that is used, but not as it was probably meant (a ` date …` prefix that is no date)."""


class ExtractionError(RuntimeError):
    """The pipeline failed on an article: a fault of dutchfacts or of a component, not of the
    input. The failing exception is its `__cause__`."""
