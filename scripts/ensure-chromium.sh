#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (e2e tests and Lighthouse drive /usr/bin/chromium).
# Idempotent and silent when the browser is already there; CHROME_PATH overrides the location.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium est absent ($chrome) et l'installation demande les droits root." >&2
  echo "Installez-le avec : sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium" >&2
  echo "ou indiquez un autre navigateur par la variable CHROME_PATH." >&2
  exit 1
fi

echo "Chromium absent : installation du paquet Debian chromium…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
if [ ! -x "$chrome" ]; then
  echo "Chromium a été installé mais $chrome reste introuvable : définissez CHROME_PATH." >&2
  exit 1
fi
echo "Chromium installé : $("$chrome" --version 2>/dev/null || echo "$chrome")"
