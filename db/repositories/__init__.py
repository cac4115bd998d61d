"""Small keyword-only query functions; handlers and services never build queries."""
