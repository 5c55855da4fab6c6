"""Messages that cross widgets and screens (past-tense events, as toolong
names them).  A widget's own messages live with the widget."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class SessionOpened(Message):
    """The session is loaded (ruleset, evidence, saved answers)."""

    session: object


@dataclass
class SessionFailed(Message):
    """The session could not be opened; ``message`` says why, in words."""

    message: str


@dataclass
class RepliesReady(Message):
    """The assistant has answered one line of input."""

    replies: list


@dataclass
class AnswerSubmitted(Message):
    """The person sent a line: an answer, a quick reply or a command."""

    text: str


@dataclass
class PlanEdited(Message):
    """A cell of the action plan was changed (already saved)."""

    row: int
    field: str
    value: str
