"""Forwarding to Azure OpenAI or an OpenAI-compatible service: pooled clients, retries, failover."""
