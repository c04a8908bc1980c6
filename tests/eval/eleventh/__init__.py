"""The eleventh blind evaluation corpus: running prose and conversation, written without reading the detector."""
