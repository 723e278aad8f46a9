# The Debian package (cmake --build build --target package, or cpack -G DEB in the build dir).
# Depends comes from dpkg-shlibdeps: the exact runtime packages of the libraries we link (Qt 6,
# libssh, ...), with their versions. What the local lab runs on this machine is recommended, not
# required: designing, planning and deploying to remote hosts needs none of it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME overlaystudio)
set(CPACK_PACKAGE_VENDOR "OverlayStudio")
set(CPACK_PACKAGE_CONTACT "${STUDIO_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STUDIO_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "design, deploy and watch multi-host container overlay networks")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "OverlayStudio draws Open vSwitch bridges, Docker containers and VXLAN links
between hosts on a canvas, validates the design, turns it into per-host
command plans that read like a hand-written guide, and deploys them over SSH
to all hosts at once: re-applying changes only what differs, destroying
removes exactly what was made.

A local lab of simulated hosts (network namespaces with their own sshd and
Open vSwitch) lets you try it without servers. The package contains the
desktop application and overlaystudio-cli for scripts and CI.")
# The local lab (overlaystudio-cli lab up, Help > Try it on a local lab): Open vSwitch, sshd and
# Docker on this machine, busybox-static for the containers' image, iproute2/iptables/ethtool for
# the simulated hosts' network. Qt's own translations for the standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "openvswitch-switch, docker.io, openssh-server, busybox-static, iptables, iproute2, ethtool, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "openssh-client")
include(CPack)
