"""Names in English sentences and lists: after an introduction, a title, a relation or a request (``I am LI MING``,
``Mr. Tanaka``, ``This is John Smith``, ``my mother, Maria Santos``, ``please call back Joel REYES``), before the
words that say whose it is (``Li Na WANG is my name``), the family name, a comma and the given names (``NGUYEN, Van
Nam``, ``Zhang, Ling``) and a name alone on its line with the family name in capitals (``Anita SHARMA``), as residents
and staff write, sign and list them (an initial and a family name, ``Y. Tanaka``: person_romanized.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.privacy.recognizers.person_romanized import known_name
from gateway.privacy.recognizers.person_text import a_thing, latin_person
from gateway.privacy.recognizers.person_words import OFFICE_WORDS, PLACE_WORDS, SYLLABLES, VOWEL, word_not_name

# a name in an English sentence, after an introduction, a title, a relation or a request (I am LI MING, Mr. Tanaka,
# This is John Smith, ask for Kim Minji, Dear Maria Santos, Hello Eto Seiji, my wife Ana Lima, on behalf of Jose
# Cruz); after all but "my name is" a word of four letters or more must be no English word, the last no common
# noun, and a name of one word follows only "I am" (I am Japanese, This is Urgent, my landlord Tsukuba Housing, My
# friend Said)
_RELATION = (r"\b(?:[Mm]y|[Oo]ur) (?:wife|husband|son|daughter|mother|father|child|children|sister|brother|friend"
             r"|neighbou?r|landlord|partner|grandmother|grandfather|grandson|granddaughter|mom|dad)")
_ENGLISH_CUE = re.compile(
    r"(?P<title>\bMrs?\.?|\bMs\.?|\bDr\.?|\bMx\.?|\bProf\.?)\s+(?P<titled>[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2})"
    r"|\b[Mm]y name is\s+(?P<given>[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2})"
    r"|(?:\bI am|\bI'm|\b[Tt]his is|\b[Ii]t is|\b[Aa]sk for|\b[Cc]ontact|\b[Cc]all(?: back)?"
    # a request in a sentence, never its first word (Visit Ushiku Daibutsu is a sight, please visit Ana Lima a person)
    r"|\bphone|\be-?mail|\btell|\binform|\bremind|\bvisit|\bmeet|\binvite|\baccompany|\bpick up"
    r"|\b[Ss]poke (?:to|with)|\b[Dd]ear|\bHello|\bHi|\bGood (?:morning|afternoon|evening)"
    r"|\b[Nn]amed|\b[Cc]alled|\b[Oo]n behalf of|\b[Tt]hank you,|\b[Tt]hanks,"
    rf"|{_RELATION},?)\s+(?!(?:Mrs?|Ms|Dr|Mx|Prof|Mayor|Sir|Madam|Team|All)\b)"
    r"(?P<name>[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2})"
    # or before the words that say whose it is (Li Na WANG is my name, Ana Lima is my wife)
    r"|(?<![A-Za-z'-])(?P<owned>[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){1,2})\s+(?:is|was) my\s"
    r"(?:name|wife|husband|son|daughter|mother|father|child|sister|brother|partner|friend)\b"
)
# a romanized Japanese name written in lower case after a title, an introduction, a relation or a closing (Mr. noguchi
# osamu, My name is gunji shizuka, Our son sugiyama aoi, Best regards,⏎aoki mai): words in the syllables of Japanese,
# each a Japanese name (person_romanized.known_name), all but one after "my name is"
_LOWER_CUED = re.compile(
    rf"(?:\b(?:Mrs?|Ms|Dr)\.?|\b[Mm]y name is|\bI am|\bI'm|\b[Tt]his is|{_RELATION},?"
    r"|(?i:regards|sincerely|thanks|thank you),?[ \t]*\n)\s*"
    r"(?P<name>[a-z]{2,14}(?: [a-z]{2,14}){1,2})(?![A-Za-z])"
)
# the family name in capitals, a comma, the given names capitalized, as foreign residents' names are listed
_COMMA_NAME = re.compile(
    r"(?<![A-Za-z0-9'\-])(?!(?:Dear|To|Attn|Hi|Hello|Mrs?|Ms|Dr)\b)(?P<family>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Z'\-]+)?), ?"
    r"(?P<given>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2})(?![A-Za-z0-9])")
# a name alone on its line (a signature, a list), written as foreign residents' names are on their cards: the family
# name in capitals after or before the given names (Anita SHARMA, Rafael DA COSTA / 広報課, KOWALSKI Piotr)
_CAPITALS_LINE = re.compile(
    r"^[ \t\u3000]*(?P<name>[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2} [A-Z]{2,}(?:[ \-][A-Z]{2,})?"
    r"|[A-Z]{2,}(?: [A-Z]{2,})? [A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2})"
    r"[ \t\u3000]*(?=$|[/／（(]|[ \t\u3000]*[|｜])",
    re.MULTILINE,
)


def english_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each name an English cue or the comma order stands for (see the module docstring)."""
    for m in _ENGLISH_CUE.finditer(text):
        group = m.lastgroup or "name"
        parts = m.group(group).split()
        if a_thing(parts):
            continue
        alone = len(parts) == 1 and not m.group().startswith("I")  # This is Urgent; I am Li
        if any(w.lower() in OFFICE_WORDS for w in parts):
            continue
        if group not in ("name", "owned") or (latin_person(m.group(group)) and not alone
                                              and not all(len(w) > 3 and word_not_name(w) for w in parts)):
            yield m.start(group), m.end(group), 0.75
    for m in _LOWER_CUED.finditer(text):  # the longest run of names (noguchi osamu at the counter)
        parts = m.group("name").split()
        unknown = 1 if "name is" in m.group() else 0  # My name is gunji shizuka: one name the lexicon lacks
        known = next((n for n in (3, 2) if n <= len(parts) and all(map(SYLLABLES.fullmatch, parts[:n]))
                      and sum(map(known_name, parts[:n])) >= n - unknown), 0)
        if known:
            yield m.start("name"), m.start("name") + len(" ".join(parts[:known])), 0.75
    for m in _CAPITALS_LINE.finditer(text):  # not Customer SERVICE, Tsukuba CITY, NHK Kohaku, Uniqlo UT
        parts = m.group("name").split()
        if (latin_person(m.group("name")) and not all(map(word_not_name, parts))
                and all(VOWEL.search(part) for part in parts)
                and not any(w.lower() in PLACE_WORDS for w in parts)):
            yield m.start("name"), m.end("name"), 0.75
    for m in _COMMA_NAME.finditer(text):  # NGUYEN, Van Nam; Zhang, Ling (not USA, Canada; ID, Password; MITO, Ibaraki)
        family, given = m.group("family").split(), m.group("given").split()
        if (latin_person(m.group()) and not all(map(word_not_name, family + given))
                and (m.group("family").isupper() or not word_not_name(family[0]))
                and not any(w.lower() in PLACE_WORDS for w in family + given)
                and not (len(given[-1]) > 3 and word_not_name(given[-1]))):
            yield m.start(), m.end(), 0.75
