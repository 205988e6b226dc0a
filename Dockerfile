# syntax=docker/dockerfile:1
# claimwatch worker image (used by docker-compose.yml: `docker compose up --scale worker=2`).
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Install from a read-write bind mount of the build context instead of COPY: only the
# installed package lands in the image, never .venv/, kafka/jars/ or other local files.
# (Needs BuildKit, the default builder of current Docker and docker compose.)
RUN --mount=type=bind,source=.,target=/src,rw \
    pip install /src

# Unprivileged user; Faust keeps its table state (RocksDB) under the working directory.
RUN useradd --create-home --home-dir /var/lib/claimwatch claimwatch
USER claimwatch
WORKDIR /var/lib/claimwatch

ENV CLAIMWATCH_BROKER=kafka://kafka:9092 \
    CLAIMWATCH_WEB_PORT=6066
EXPOSE 6066

CMD ["claimwatch", "worker"]
