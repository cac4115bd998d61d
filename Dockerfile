# Steady: python -m bot with long polling. SQLite lives in the /app/data volume
# unless DATABASE_URL points at PostgreSQL. `python -m db.migrate` (same image) applies
# the migrations and exits: compose.yaml runs it once before the bot starts.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --create-home --uid 10001 steady

# The dependencies first, in a layer of their own: only a change to pyproject.toml
# rebuilds it, an edit to the source does not. The list is pyproject's own
# [project] dependencies, read with the standard library (tomllib).
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# Then the source, installed without touching the dependencies installed above.
COPY README.md ./
COPY bot ./bot
COPY db ./db
COPY domain ./domain
COPY jobs ./jobs
# The local demo ships too (python -m demo; loopback only, so of no use in a container
# unless run there by hand); it is one package of the project like the others.
COPY demo ./demo
RUN pip install --no-deps . && mkdir -p /app/data && chown steady:steady /app/data

USER steady
ENV DATABASE_URL=sqlite:////app/data/steady.db \
    OPS_PORT=8081 \
    OPS_LISTEN=0.0.0.0
EXPOSE 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot.ops.healthcheck", "/healthz"]
VOLUME ["/app/data"]
CMD ["python", "-m", "bot"]
