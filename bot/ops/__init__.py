"""Operations: metrics, health and readiness, webhook mode, and their wiring into the app."""
