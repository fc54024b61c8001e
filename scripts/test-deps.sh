#!/usr/bin/env bash
# What the test suite needs outside Python: Debian's Chromium for the browser tests (driven by the
# `playwright` Python package from the dev extras, never by a browser build of its own), and a
# font so that the screenshots it writes to test-artifacts/ show text.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "test-deps: missing ${missing[*]}; install them with apt-get as root" >&2
    fi
fi
