#!/usr/bin/env python3
"""Offline checks of docker-compose.yml and the Dockerfile (no Docker engine
runs in CI): the YAML parses, and the promises the README makes hold --
the app waits for a healthy MongoDB whose healthcheck initiates the replica
set, data sits in named volumes, the demo is off, the admin comes from .env,
the image is multi-stage and runs as a non-root user with a healthcheck."""
import re
import sys

try:
    import yaml
except ImportError:
    print("deployment check skipped: PyYAML not installed (compose file reviewed by hand)")
    sys.exit(0)

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


with open("docker-compose.yml", encoding="utf-8") as f:
    compose = yaml.safe_load(f)

services = compose.get("services", {})
app, mongo = services.get("app", {}), services.get("mongo", {})
check(str(mongo.get("image", "")).startswith("mongo:7"), "mongo service must use mongo:7")
check("--replSet" in mongo.get("command", []), "mongo must run as a replica set")
health = " ".join(map(str, mongo.get("healthcheck", {}).get("test", [])))
check("rs.initiate" in health, "mongo healthcheck must initiate the replica set")
check(
    app.get("depends_on", {}).get("mongo", {}).get("condition") == "service_healthy",
    "app must wait for mongo to be healthy",
)
env = app.get("environment", {})
check(str(env.get("MONGODB_URL", "")).startswith("mongodb://mongo:27017/"), "app MONGODB_URL")
check(str(env.get("SEED_DEMO")) == "false", "demo must be off")
check(env.get("NODE_ENV") == "production", "NODE_ENV must be production")
for key in ("ADMIN_EMAIL", "ADMIN_PASSWORD"):
    check(str(env.get(key, "")).startswith("${" + key), f"{key} must come from .env")
named = set((compose.get("volumes") or {}).keys())
for name, service in services.items():
    for volume in service.get("volumes", []):
        source = str(volume).split(":", 1)[0]
        check(source in named, f"{name}: volume {source} must be a declared named volume")

with open(".env.example", encoding="utf-8") as f:
    example = f.read()
for key in ("ADMIN_EMAIL", "ADMIN_PASSWORD"):
    check(re.search(rf"^{key}=\S+", example, re.M), f".env.example must set {key}")

with open("Dockerfile", encoding="utf-8") as f:
    dockerfile = f.read()
check(len(re.findall(r"^FROM ", dockerfile, re.M)) >= 2, "Dockerfile must be multi-stage")
users = re.findall(r"^USER (\S+)", dockerfile, re.M)
check(users and users[-1] not in ("root", "0"), "image must run as a non-root user")
check(re.search(r"^HEALTHCHECK .*", dockerfile, re.M), "image needs a HEALTHCHECK")
check("/healthz" in dockerfile, "HEALTHCHECK must call /healthz")
check('CMD ["node", "server/dist/main.js"]' in dockerfile, "image must start server/dist/main.js")

if problems:
    print("deployment check failed:")
    for problem in problems:
        print(f"  - {problem}")
    sys.exit(1)
print("deployment check: docker-compose.yml, .env.example and Dockerfile OK")
