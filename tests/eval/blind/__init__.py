"""Blind, independently written evaluation corpus of Japanese text for the PII detector."""
