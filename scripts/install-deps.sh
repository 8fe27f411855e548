#!/usr/bin/env bash
# Installs the Debian packages dltutor needs to build, test and run, if any is missing.
# Idempotent: does nothing (and needs no network) when everything is already installed.
set -euo pipefail

packages=(pkg-config libncursesw5-dev libopenblas-dev zlib1g-dev tmux dataset-fashion-mnist)

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "dltutor: installing missing packages: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "dltutor: the Swift toolchain (6.x) is not on PATH; install it from swift.org first." >&2
    exit 1
fi
