"""Held-out evaluation corpus, written independently of the detector and of the main corpus templates."""
