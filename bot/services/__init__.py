"""Plain async functions holding the bot's rules; they take a session and return results."""
