"""User-facing errors: one catalogue, each message names the input and says what is wrong.

The CLI prints ``str(error)`` on one line and never a traceback for these; anything else that
escapes is a bug in corroborate.
"""

from __future__ import annotations


class CorroborateError(Exception):
    """Base of every error a user can cause and fix."""


class InputError(CorroborateError):
    """One input could not be read. In a run over many inputs it is skipped and named."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class MissingPathError(InputError):
    """A named path does not exist: the run fails, since the user most likely mistyped it."""


class NothingToAnalyzeError(CorroborateError):
    """Every input was skipped or empty."""


class ConfigurationError(CorroborateError):
    """A setting names something that is not installed or not valid (a spaCy pipeline, a model)."""


class StoreError(CorroborateError):
    """The document store could not be opened or written; what was stored before is intact."""
