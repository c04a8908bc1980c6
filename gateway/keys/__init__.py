"""Client keys: the store (issue, list, rotate, revoke), the lookup cache, and the failed-attempt throttle."""
