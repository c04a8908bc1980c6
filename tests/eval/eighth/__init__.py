"""Eighth blind evaluation corpus: what a city's staff paste into a chat assistant."""
