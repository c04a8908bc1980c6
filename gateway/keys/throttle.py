"""Failed key attempts, per client address: a burst of wrong keys is answered ever more slowly.

After `FREE` failures within a minute, each further failure from the same address waits
`STEP × (failures − FREE)` seconds (at most `MAX_DELAY`) before its 401, so guessing gets slower,
never faster. Per process; the slowest answer is still an answer, so nobody is locked out.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque

FREE = 5
STEP = 0.2
MAX_DELAY = 5.0
WINDOW = 60.0
MAX_ADDRESSES = 50_000


class FailedAttempts:
    """Recent failures by address, bounded in memory (the oldest addresses are forgotten first)."""

    def __init__(self) -> None:
        self._recent: OrderedDict[str, deque[float]] = OrderedDict()

    def fail(self, address: str) -> float:
        """Note one failure; returns the seconds to wait before answering it."""
        now = time.monotonic()
        times = self._recent.pop(address, None) or deque()
        while times and times[0] <= now - WINDOW:
            times.popleft()
        times.append(now)
        self._recent[address] = times
        while len(self._recent) > MAX_ADDRESSES:
            self._recent.popitem(last=False)
        return min(MAX_DELAY, STEP * max(0, len(times) - FREE))
