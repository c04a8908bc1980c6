"""The "fourth" held-out corpus of Japanese municipal text for the personal-data detector.

Written without looking at the detector. `corpus.build_fourth()` returns ~550 BlindDocs: ten kinds with personal
data (news, encyclopedic, minutes, chat, foreign_resident, counter_memo, welfare, form, email, bank) and six
`negative_*` kinds with none. Gold offsets are recorded by `Builder` while the text is written. Every identifier
is fictitious; check digits are valid where the real identifier has one (個人番号, クレジットカード Luhn,
保険者番号 Luhn; the 運転免許証 digit follows the unofficial modulus-11 rule). Written forms of numbers are chosen
least-used-first per entity, so each (entity, form) pair stays well represented whatever the seed.
"""
