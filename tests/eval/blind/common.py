"""Small shared helpers for the genre templates."""

from __future__ import annotations

from .context import Ctx
from .model import Val
from .people import JName
from .places import CITY_DEPTS

HONORIFICS = ("さん", "さん", "様", "様", "氏", "さん")
RELATIONS = ("長男", "長女", "次男", "次女", "妻", "夫", "娘", "息子", "孫", "弟", "姉", "甥", "姪")
CARE_LEVELS = ("要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5")


def time_text(ctx: Ctx) -> str:
    return f"{ctx.num(8, 17)}:{ctx.pick(['00', '05', '10', '15', '20', '30', '40', '45', '50', '55'])}"


def dept(ctx: Ctx) -> Val:
    return ctx.org(ctx.pick(CITY_DEPTS))


def jperson_form(ctx: Ctx) -> str:
    """A rotated form for a Japanese resident's full name in office documents."""
    return ctx.rotate("PERSON_office", ("kanji", "kanji", "fullwidth_space", "kana"), 0)


def full(ctx: Ctx, name: JName, form: str | None = None) -> Val:
    return ctx.person(name, form or jperson_form(ctx))


def age(ctx: Ctx, lo: int = 65, hi: int = 98) -> str:
    return str(ctx.num(lo, hi))
