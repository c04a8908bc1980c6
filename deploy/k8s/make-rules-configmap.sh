#!/usr/bin/env bash
# Regenerate deploy/k8s/rules-configmap.yaml from rules/ (a test fails when they differ).
set -euo pipefail
cd "$(dirname "$0")/../.."
{
  echo "# Generated from rules/ by deploy/k8s/make-rules-configmap.sh: edit rules/, then run it again."
  kubectl create configmap gateway-rules --namespace privacy-gateway --from-file=rules/ --dry-run=client -o yaml
} > deploy/k8s/rules-configmap.yaml
