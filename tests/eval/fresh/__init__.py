"""Fresh held-out Japanese PII corpus, written blind to the detector and its rules."""
