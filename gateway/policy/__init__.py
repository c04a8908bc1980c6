"""Usage policy: which application may use which deployment (limits and budgets join here)."""
