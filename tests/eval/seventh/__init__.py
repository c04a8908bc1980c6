"""The seventh held-out corpus: plain municipal text and machine-shaped records, written blind."""
