"""The ninth blind evaluation corpus."""
