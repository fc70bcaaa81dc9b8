#!/bin/sh
# Asks Ownership's security gate whether an artifact may deploy, after uploading the
# reports of the checks that ran on it. Prints every reason and warning; exits 0 on pass,
# 1 on fail, 2 when Ownership refused a request (the problem's detail is printed).
#
#   OWNERSHIP_URL=https://ownership.example.org OWNERSHIP_TOKEN=own_… OWNERSHIP_PRODUCT=<product id> \
#   ARTIFACT=shop-api VERSION=1.4.2 SCA_REPORT=trivy.cdx.json SAST_REPORT=semgrep.sarif sh gate.sh
#
# Optional: ENVIRONMENT (default production), COMMIT, SCA_TOOL (default trivy),
# SAST_TOOL (default semgrep), CONTAINER_REPORT (a Trivy image scan in CycloneDX).
# Needs curl and jq.
set -eu

: "${OWNERSHIP_URL:?set OWNERSHIP_URL}" "${OWNERSHIP_TOKEN:?set OWNERSHIP_TOKEN}"
: "${OWNERSHIP_PRODUCT:?set OWNERSHIP_PRODUCT}" "${ARTIFACT:?set ARTIFACT}"
VERSION=${VERSION:-}
ENVIRONMENT=${ENVIRONMENT:-production}
COMMIT=${COMMIT:-}
API="${OWNERSHIP_URL%/}/api/v1/products/$OWNERSHIP_PRODUCT"
body=$(mktemp)
trap 'rm -f "$body"' EXIT

refused() {
  echo "Ownership refused the request (HTTP $1): $(jq -r '.detail // .' "$body" 2>/dev/null || cat "$body")" >&2
  exit 2
}

upload() { # kind tool file
  query=$(jq -rn --arg a "$ARTIFACT" --arg v "$VERSION" --arg c "$COMMIT" --arg k "$1" --arg t "$2" \
    '"artifact=\($a|@uri)&version=\($v|@uri)&commit=\($c|@uri)&kind=\($k)&tool=\($t|@uri)"')
  status=$(curl -sS -o "$body" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $OWNERSHIP_TOKEN" -H 'Content-Type: application/json' \
    --data-binary "@$3" "$API/check-runs?$query")
  [ "$status" = 201 ] || refused "$status"
  echo "Reported $1 ($2): $(jq -r '.findings' "$body") findings"
}

[ -z "${SAST_REPORT:-}" ] || upload sast "${SAST_TOOL:-semgrep}" "$SAST_REPORT"
[ -z "${SCA_REPORT:-}" ] || upload sca "${SCA_TOOL:-trivy}" "$SCA_REPORT"
[ -z "${CONTAINER_REPORT:-}" ] || upload container-scan "${CONTAINER_TOOL:-trivy}" "$CONTAINER_REPORT"

question=$(jq -n --arg a "$ARTIFACT" --arg v "$VERSION" --arg e "$ENVIRONMENT" \
  '{artifact: {name: $a, version: (if $v == "" then null else $v end)}, environment: $e}')
status=$(curl -sS -o "$body" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $OWNERSHIP_TOKEN" -H 'Content-Type: application/json' \
  -d "$question" "$API/gate")
[ "$status" = 200 ] || refused "$status"

decision=$(jq -r '.decision' "$body")
echo "Security gate: $decision (mode $(jq -r '.mode' "$body"), level $(jq -r '.policy.level' "$body"))"
jq -r '.reasons[] | "  FAIL \(.code): \(.text)\n       \(.link)"' "$body"
jq -r '.warnings[] | "  WARN \(.code): \(.text)\n       \(.link)"' "$body"
[ "$decision" = pass ]
