#!/usr/bin/env bash
# Builds the Debian package from an up-to-date build tree and checks it as a user's machine and
# Debian's tools would: its files, its dependencies (real packages of the libraries we link), that
# the binaries it holds run, that its desktop entry, MIME type and AppStream data validate, and
# that lintian finds no errors.   usage: check_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
}
deb=$(find "$work/out" -maxdepth 1 -name 'overlaystudio_*.deb')
[ -n "$deb" ] || { echo "FAIL: no overlaystudio_*.deb in $work/out" >&2; exit 1; }
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Contents: what a desktop needs, and nothing from the build or the tests.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/overlaystudio /usr/bin/overlaystudio-cli
    /usr/share/applications/overlaystudio.desktop
    /usr/share/mime/packages/overlaystudio.xml
    /usr/share/metainfo/overlaystudio.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/overlaystudio.svg
    /usr/share/man/man1/overlaystudio.1.gz /usr/share/man/man1/overlaystudio-cli.1.gz
    /usr/share/doc/overlaystudio/copyright /usr/share/doc/overlaystudio/changelog.gz
    /usr/share/doc/overlaystudio/examples/lab-two-hosts.json
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/overlaystudio.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" "$work/files" || fail "the package lacks $f"
done
if grep -v -E '^/usr/(bin|share)(/|$)|^/$|^/usr/$' "$work/files" | grep -q .; then
    fail "files outside /usr/bin and /usr/share: $(grep -v -E '^/usr/(bin|share)(/|$)|^/$|^/usr/$' "$work/files" | tr '\n' ' ')"
fi
if grep -q -E '/tst_|studio_iconrender|\.a$|\.h$' "$work/files"; then
    fail "test, build-tool or development files in the package"
fi

# Control fields: the version, and dependencies that are real Debian packages.
[ "$(dpkg-deb -f "$deb" Package)" = overlaystudio ] || fail "Package is not overlaystudio"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libssh-4 libc6 libstdc++6; do
    grep -qE "(^|, )${p//+/\\+}( |,|$)" <<<"$depends" || fail "Depends lacks $p"
done
for p in openvswitch-switch docker.io openssh-server busybox-static iptables qt6-translations-l10n; do
    grep -qE "(^|, )$p( |,|$)" <<<"$recommends" || fail "Recommends lacks $p"
done
# Every package named in Depends is one this machine has installed: the names are real.
for p in $(sed -e 's/([^)]*)//g' -e 's/|/,/g' -e 's/,/ /g' <<<"$depends"); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || fail "Depends names $p, which is not an installed Debian package here"
done

# The binaries it holds run (stripped, with the system's libraries).
root="$work/root"
dpkg-deb -x "$deb" "$root"
file "$root/usr/bin/overlaystudio" | grep -q "not stripped" && fail "overlaystudio is not stripped"
cli_version=$("$root/usr/bin/overlaystudio-cli" --version) || fail "overlaystudio-cli --version failed"
[ "$cli_version" = "overlaystudio-cli $version" ] || fail "overlaystudio-cli --version said '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/overlaystudio" --version 2>/dev/null) \
    || fail "overlaystudio --version failed"
grep -qF "$version" <<<"$gui_version" || fail "overlaystudio --version said '$gui_version'"

# Icons: PNGs of the size their directory names.
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/overlaystudio.png"
    [ -f "$png" ] && { file "$png" | grep -q "PNG image data, $size x $size" \
        || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"; }
done

# Desktop entry, MIME type (the project-file glob wins over *.json) and AppStream data.
desktop-file-validate "$root/usr/share/applications/overlaystudio.desktop" \
    || fail "desktop-file-validate rejects the desktop entry"
grep -qx 'MimeType=application/x-overlaystudio+json;' "$root/usr/share/applications/overlaystudio.desktop" \
    || fail "the desktop entry does not open project files"
grep -qx 'Exec=overlaystudio %f' "$root/usr/share/applications/overlaystudio.desktop" \
    || fail "the desktop entry does not pass the file to the app"
mkdir -p "$work/mime/packages"
cp "$root/usr/share/mime/packages/overlaystudio.xml" "$work/mime/packages/"
update-mime-database "$work/mime" >/dev/null 2>&1 || fail "update-mime-database rejects the MIME type"
grep -qx '50:application/x-overlaystudio+json:\*.ovstudio.json' "$work/mime/globs2" \
    || fail "the MIME type's glob is not *.ovstudio.json: $(cat "$work/mime/globs2" 2>/dev/null)"
appstreamcli validate --no-net "$root/usr/share/metainfo/overlaystudio.metainfo.xml" >"$work/appstream.log" 2>&1 || true
if grep -q '^E:' "$work/appstream.log"; then
    cat "$work/appstream.log" >&2
    fail "appstreamcli finds errors in the metainfo"
fi

# lintian: no errors (warnings are printed for the record).
lintian --allow-root --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 \
    || { cat "$work/lintian.log" >&2; fail "lintian reports errors"; }
sed 's/^/lintian: /' "$work/lintian.log"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
