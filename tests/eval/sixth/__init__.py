"""Sixth held-out evaluation corpus: municipal prose plus machine-shaped text (JSON, CSV, logs, prompts, code)."""
