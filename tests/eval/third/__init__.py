"""Third held-out evaluation corpus (written without looking at the detector)."""
