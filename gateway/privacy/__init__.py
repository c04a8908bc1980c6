"""Detection of Japanese personal information, masking on the way out and restoring on the way back."""
