#!/usr/bin/env bash
# Installs everything OverlayStudio needs to build, test and run its local lab.
# Idempotent, apt-get only (Debian 12), no downloads outside Debian's archive.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config clang clang-format libbenchmark-dev
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libxkbcommon-dev
  libssh-dev libqcustomplot-dev
  openvswitch-switch openssh-server openssh-client docker.io busybox-static
  iptables ethtool iproute2 iputils-ping procps util-linux
  tcpdump
  xvfb xauth xdotool
  lintian desktop-file-utils appstream shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian's service scripts must not start system-wide daemons during install:
  # the lab starts its own instances and stops them by PID.
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "install-deps: all ${#packages[@]} packages present"
