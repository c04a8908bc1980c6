"""The auditor's page at /ui/: Japanese, server-rendered (Jinja), a vendored chart library, no build step."""
