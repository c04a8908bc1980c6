"""The generator's state: a seeded RNG and the count of values written per (entity, form)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from tests.eval.blind.model import Val

TODAY = dt.date(2026, 11, 20)
T = TypeVar("T")


class Gen:
    """Seeded randomness plus form balancing: each value is drawn in the least-written allowed form."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()

    # ---- balancing -------------------------------------------------------------------------------------------
    def form(self, entity: str, allowed: Sequence[str]) -> str:
        """The least-written form of `entity` among `allowed` (ties broken at random)."""
        low = min(self.counts[(entity, f)] for f in allowed)
        return self.rng.choice([f for f in allowed if self.counts[(entity, f)] == low])

    def val(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        return Val(entity, text, form)

    def least(self, entities: Sequence[str], k: int = 1) -> list[str]:
        """The `k` entities with the fewest values so far."""
        total = Counter[str]()
        for (entity, _form), n in self.counts.items():
            total[entity] += n
        ranked = sorted(entities, key=lambda e: (total[e], self.rng.random()))
        return ranked[:k]

    # ---- not personal ----------------------------------------------------------------------------------------
    def org(self, name: str) -> Val:
        return self.val("ORGANIZATION", name, "name")

    def loc(self, name: str) -> Val:
        return self.val("LOCATION", name, "name")

    # ---- plain helpers ---------------------------------------------------------------------------------------
    def choice(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def date_between(self, lo: dt.date, hi: dt.date) -> dt.date:
        return lo + dt.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def recent(self) -> dt.date:
        return self.date_between(dt.date(2026, 4, 1), dt.date(2026, 11, 30))

    def other_date(self) -> str:
        """A non-birth date (受付日, 予約日 …) written in one of several ways; never labelled."""
        d = self.recent()
        way = self.rng.randrange(5)
        if way == 0:
            return f"令和{d.year - 2018}年{d.month}月{d.day}日"
        if way == 1:
            return f"{d.year}年{d.month}月{d.day}日"
        if way == 2:
            return f"{d.year}/{d.month}/{d.day}"
        if way == 3:
            return f"{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）"
        return f"R{d.year - 2018}.{d.month}.{d.day}"

    def time(self) -> str:
        return f"{self.rng.randint(8, 18)}:{self.rng.choice(('00', '15', '30', '45', '05', '20'))}"

    def amount(self) -> str:
        return f"{self.rng.randint(1, 300) * 1000:,}円"

    def case_no(self) -> str:
        return f"{self.choice(('受付番号', '案件番号', '整理番号'))} {self.rng.randint(2026, 2026)}-{self.digits(5)}"
