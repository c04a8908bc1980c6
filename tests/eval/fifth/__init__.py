"""Fifth held-out evaluation corpus: written independently of the detector."""
