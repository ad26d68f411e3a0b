"""The exceptions libls raises. Both are ``ValueError`` subclasses."""

from __future__ import annotations

from typing import Any, List


class Error(ValueError):
    """Base of every libls error (the C++ ``ls::error``).

    Raised for misuse and for input that cannot be used at all: an unknown id, lengths
    that do not match, a file that cannot be read. The message says what and where.
    """


class ValidationError(Error):
    """Input was rejected: every problem found, not just the first (``ls::validation_error``).

    Parameters
    ----------
    message : str
        A one-line summary, e.g. how many problems there are.
    issues : list of Issue
        Every problem, each with ``code`` (stable, e.g. ``"json.type_mismatch"``), ``path``
        (a JSON pointer such as ``"/options/0/code"``), ``message`` and ``severity``.

    Attributes
    ----------
    issues : list of Issue
        A new list holding the issues given.
    """

    def __init__(self, message: str, issues: List[Any]) -> None:
        super().__init__(message)
        self.issues = list(issues)


# Shown as libls.Error / libls.ValidationError in tracebacks and reprs.
Error.__module__ = ValidationError.__module__ = "libls"
