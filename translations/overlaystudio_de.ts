<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step &quot;%2&quot; failed (%3).
  command: %4
  error: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the host&apos;s state failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the image(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux) and load or build the images, then apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length; write it like 10.2.2.1/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has prefix length &apos;%2&apos;; use 1 to 30 (24 is usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 has no host named &apos;%2&apos;; its hosts are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: overlaystudio-cli COMMAND FILE [options]

Commands:
  validate FILE [--json]        Check a topology; exit 1 if it has errors.
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                Print the commands that build (or remove) the
                                topology, as a shell script per host.
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                Deploy over SSH: apply changes only what differs,
                                destroy removes what the topology made, status
                                compares the hosts with the design.
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                Simulated hosts on this machine (as root).

Exit codes: 0 ok, 1 problems found, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Clipboard</name>
    <message>
        <source>The clipboard holds no OverlayStudio objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run &apos;overlaystudio-cli validate %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 has no host named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual guide&apos;s topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don&apos;t deploy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide: first steps, the local lab, troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Lab...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OverlayStudio</source>
        <translation>Ü&amp;ber OverlayStudio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;lab down&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it down with &apos;lab down&apos; (with its --run-dir) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one with &apos;lab up&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::LabCli</name>
    <message>
        <source>Number of hosts (up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image the lab provides (up); default: build %1 from busybox-static.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab&apos;s (up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file to record the lab&apos;s host keys in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology with the lab&apos;s hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab: unknown action &apos;%1&apos;; use up, down or status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it down with &apos;%1&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and &apos;%1&apos; takes the lab down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>S&amp;ystemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>studio::LocalCommand</name>
    <message>
        <source>could not start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netdev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host&apos;s own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2 (kept only until OverlayStudio quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2, datapath %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># No plan yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; use only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with &apos;%1&apos;; start with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; Docker allows at most 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::PaletteWidget</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine running Open vSwitch and Docker; drop it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::PanelsMenu</name>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept packets forwarded from %1 (containers going out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept packets forwarded to %1 (replies coming back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host&apos;s address (NAT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the NAT rule for %1 that OverlayStudio added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .overlay.json file saved by OverlayStudio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>has no property &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth must be agent, keyFile or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datapath must be system or netdev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host frame is at least 200 x 120.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Reconciler</name>
    <message>
        <source>as designed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datapath is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;%1&apos;, MTU request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote_ip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dst_port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_ip &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a NAT rule the design no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a NAT rule OverlayStudio added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created (one transaction).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::SshSession</name>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s load; the command may still be running there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the SSH agent&apos;s keys was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message>
        <source>%1
VNI %2, UDP port %3, ports %4 / %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI %1 · UDP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name &apos;%1&apos; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. &apos;lab-overlay&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name &apos;%1&apos; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the host, e.g. &apos;host1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management address &apos;%1&apos; of host %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user &apos;%1&apos; of host %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 logs in as &apos;%2&apos; without sudo; creating bridges and containers needs root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the MTU of the host&apos;s network card, 1280 to %1 (1500 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 is reached by the name &apos;%2&apos;, but VXLAN tunnels need an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host&apos;s underlay IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two hosts are named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge name &apos;%1&apos; on %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. &apos;br0&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway port name &apos;%1&apos; of bridge %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the port, e.g. &apos;veth0&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name &apos;%1&apos; on %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the container, e.g. &apos;container1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &apos;%1&apos; of container %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface name &apos;%1&apos; of container %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bridge&apos;s subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bridge&apos;s gateway address, or leave it empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a VNI from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel port name &apos;%1&apos; of link %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the port, e.g. &apos;vxlan0&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the name &apos;%2&apos; twice on host %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is used by both %2 and %3 on host %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two containers on host %1 are named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each host&apos;s gateway port its own address, e.g. .1 and .254 (containers keep using their own host&apos;s gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
