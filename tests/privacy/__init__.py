"""Tests of gateway.privacy."""
