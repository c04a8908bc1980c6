"""Privacy-filtering Azure OpenAI gateway."""
