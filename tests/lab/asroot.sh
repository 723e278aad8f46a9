#!/bin/sh
# Runs a lab test or lab fixture as given, or, when not root, reports it skipped with the reason
# (exit 77: the SKIP_RETURN_CODE of every lab test). The local lab needs network namespaces, its
# own Open vSwitch per host and the machine's Docker engine.
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: the local lab needs root (network namespaces, Open vSwitch, Docker)." \
         "Run 'ctest -LE lab' for the unit and GUI tests only."
    exit 77
fi
exec "$@"
