"""The record of every exchange: one row each, refused or not, never holding personal data."""
