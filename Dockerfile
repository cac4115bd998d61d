# Steady: python -m bot with long polling. SQLite lives in the /app/data volume
# unless DATABASE_URL points at PostgreSQL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 10001 steady

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY db ./db
COPY domain ./domain
COPY jobs ./jobs
RUN pip install . && mkdir -p /app/data && chown steady:steady /app/data

USER steady
ENV DATABASE_URL=sqlite:////app/data/steady.db \
    OPS_PORT=8081 \
    OPS_LISTEN=0.0.0.0
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot.ops.healthcheck", "/healthz"]
VOLUME ["/app/data"]
CMD ["python", "-m", "bot"]
