"""Personal data used as canaries: after the suite, none of it may appear upstream, in logs or in records."""

from __future__ import annotations

NAME = "佐藤花子"
NAME_2 = "鈴木一郎"
PHONE = "090-4821-7733"
PHONE_FULLWIDTH = "０９０－４８２１－７７３３"
EMAIL = "hanako.sato@example.jp"
ADDRESS = "茨城県つくば市竹園二丁目7番地3"
MY_NUMBER = "1234 5678 9018"  # check digit valid (stdnum.jp.in_)
AWS_KEY = "AKIAIOSFODNN7CANARY1"

ALL = (NAME, NAME_2, PHONE, PHONE_FULLWIDTH, "09048217733", EMAIL, ADDRESS, MY_NUMBER, "123456789018", AWS_KEY)
