"""HTTP routes: the OpenAI/Azure API for applications, health, metrics."""
