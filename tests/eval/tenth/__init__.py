"""The tenth blind evaluation corpus (written without reading the detector or the other corpora)."""
