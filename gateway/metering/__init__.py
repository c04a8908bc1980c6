"""Metering: usage read or estimated, priced in yen, the ledger, monthly reports and Prometheus metrics."""
