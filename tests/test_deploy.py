"""deploy/: the Dockerfile (hadolint), compose and Kubernetes manifests (parsed, built with kustomize and
checked for what an operator relies on: probes, resources, non-root, secrets, the rules ConfigMap)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"


def _docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _manifests() -> dict[str, dict[str, Any]]:
    """Every object of the kustomization, by kind."""
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    objects = [doc for name in kustomization["resources"] for doc in _docs(K8S / name)]
    return {doc["kind"]: doc for doc in objects}


def test_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(ROOT / ".venv/bin/hadolint"))
    result = subprocess.run([hadolint, str(DEPLOY / "Dockerfile")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_is_multi_stage_non_root_frozen_with_a_health_check() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert text.count("\nFROM ") == 2
    assert " AS build" in text
    assert "uv sync --frozen --no-dev" in text
    assert "\nUSER 10001" in text
    assert "\nHEALTHCHECK " in text
    assert "/healthz" in text
    ignored = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8")
    assert "!gateway/" in ignored
    assert "!uv.lock" in ignored


def test_compose_runs_two_replicas_behind_a_load_balancer_with_shared_state() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert {"postgres", "redis", "migrate", "gateway", "lb", "prometheus", "grafana"} <= set(services)
    gateway = services["gateway"]
    assert gateway["deploy"]["replicas"] == 2
    assert gateway["environment"]["GATEWAY_DATABASE_URL"].startswith("postgresql://")
    assert gateway["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["migrate"]["command"] == ["db", "upgrade"]
    for service in services.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith(".") and not source.endswith("audit-signing.key"):  # made by `audit keygen`
                assert (DEPLOY / source).exists(), f"compose mounts a missing file: {source}"
    nginx = (DEPLOY / "compose/nginx.conf").read_text(encoding="utf-8")
    assert "proxy_buffering off" in nginx, "streams must not be buffered by the load balancer"


def test_kustomize_builds_the_manifests() -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed")
    result = subprocess.run([kubectl, "kustomize", str(K8S)], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    kinds = {doc["kind"] for doc in yaml.safe_load_all(result.stdout) if doc}
    assert {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Job"} <= kinds


def test_every_manifest_is_a_named_object_in_the_namespace() -> None:
    for path in sorted(K8S.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for doc in _docs(path):
            assert doc.get("apiVersion"), path.name
            assert doc.get("kind"), path.name
            assert doc["metadata"].get("name"), path.name
            if doc["kind"] != "Namespace":
                assert doc["metadata"].get("namespace") == "privacy-gateway", path.name


def test_the_deployment_probes_sizes_and_hardens_the_gateway() -> None:
    objects = _manifests()
    deployment = objects["Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    container = pod["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["resources"]["requests"]["cpu"]
    assert container["resources"]["requests"]["memory"]
    assert container["resources"]["limits"]["memory"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    shutdown = float(container["args"][container["args"].index("--shutdown-timeout") + 1])
    assert pod["terminationGracePeriodSeconds"] > shutdown + 5, "Kubernetes must not kill streams it lets finish"
    for kind in ("Service", "PodDisruptionBudget"):
        selector = objects[kind]["spec"]["selector"]
        selector = selector.get("matchLabels", selector)
        assert selector.items() <= labels.items(), kind
    assert objects["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert objects["Job"]["spec"]["template"]["spec"]["containers"][0]["args"] == ["db", "upgrade"]


def test_secrets_hold_the_keys_and_are_not_applied_with_placeholders() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    assert "secret.example.yaml" not in kustomization["resources"]
    secret = _docs(K8S / "secret.example.yaml")[0]
    assert {"AZURE_OPENAI_API_KEY", "GATEWAY_AUDIT_SIGNING_KEY", "GATEWAY_DATABASE_URL"} <= set(secret["stringData"])
    settings = _docs(K8S / "settings.yaml")[0]
    assert not {k for k in settings["data"] if "KEY" in k}, "no key in a ConfigMap"


def test_the_rules_configmap_is_rules_as_committed() -> None:
    """Run deploy/k8s/make-rules-configmap.sh after changing rules/."""
    configmap = _docs(K8S / "rules-configmap.yaml")[0]
    expected = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "rules").glob("*.yaml"))}
    assert configmap["data"] == expected
