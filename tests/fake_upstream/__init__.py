"""A fake Azure OpenAI / OpenAI upstream for loopback tests.

``with FakeUpstream() as up:`` serves on ``up.url``; see ``FakeUpstream`` and ``Behaviour``.
"""

from .model import Behaviour, Recorded, error_body
from .server import FakeUpstream

__all__ = ["Behaviour", "FakeUpstream", "Recorded", "error_body"]
