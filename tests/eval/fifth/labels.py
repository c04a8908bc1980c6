
"""Label words for identifiers, in the many ways people write them (abbreviated, English, with typos)."""

from __future__ import annotations

LABELS: dict[str, list[str]] = {
    "PHONE_NUMBER": ["電話番号", "TEL", "連絡先", "携帯", "℡", "電話", "Phone", "自宅電話", "緊急連絡先", "でんわ"],
    "POSTAL_CODE": ["〒", "郵便番号", "〒", "ZIP", "郵便"],
    "MY_NUMBER": ["個人番号", "マイナンバー", "マイナ", "個人番号（マイナンバー）", "My Number", "個人番合"],
    "RESIDENT_CODE": ["住民票コード", "住基", "住民票ｺｰﾄﾞ", "住基コード", "住民票CD"],
    "HEALTH_INSURANCE": ["保険者番号", "被保険者番号", "保険証記号番号", "記号番号", "国保番号", "後期高齢 被保番号"],
    "PENSION_NUMBER": ["基礎年金番号", "基礎年金", "年金番号", "基礎年金番合", "Pension No."],
    "DRIVER_LICENSE": ["運転免許証番号", "免許証No.", "免許番号", "運免", "Driver's license"],
    "PASSPORT": ["旅券番号", "パスポート番号", "Passport No.", "旅券No", "パスポート"],
    "RESIDENCE_CARD": ["在留カード番号", "在留カード", "Residence card No.", "在留ｶｰﾄﾞNo", "カード番号"],
    "BANK_ACCOUNT": ["口座番号", "普通", "口座", "Account No.", "記号番号", "口座No"],
    "CREDIT_CARD": ["カード番号", "クレジットカード", "Card No.", "クレカ番号"],
    "CARE_INSURANCE": ["介護保険被保険者番号", "介保", "介護保険番号", "被保番号（介護）", "介保No."],
    "DISABILITY_CERTIFICATE": ["身体障害者手帳番号", "身障手帳", "療育手帳番号", "精神手帳番号", "手帳番号", "手帳No"],
}

FOREIGN_LABELS: dict[str, list[str]] = {
    "PHONE_NUMBER": ["Số điện thoại", "Telefone", "Numero ng telepono", "फोन नम्बर", "电话"],
    "PASSPORT": ["Số hộ chiếu", "Número do passaporte", "Pasaporte No.", "护照号码", "राहदानी नम्बर"],
    "RESIDENCE_CARD": ["Số thẻ cư trú", "Cartão de residência", "Residence Card", "在留卡号"],
    "POSTAL_CODE": ["Mã bưu điện", "CEP", "Zip code"],
}


def label(ctx_rng, entity: str) -> str:
    return ctx_rng.choice(LABELS[entity])
