<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>error: cannot create folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: overlaystudio-cli COMMAND FILE [options]

Commands:
  validate FILE [--json]        Check a topology; exit 1 if it has errors.
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                Print the commands that build (or remove) the
                                topology, as a shell script per host.

Exit codes: 0 ok, 1 problems found, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>OverlayStudio topologies (*.json)</source>
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
        <source>%1 - OverlayStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2:%3, underlay %4, datapath %5</source>
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
        <source>gateway %1 on %2, MTU %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, image %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VXLAN to %1, VNI %2, UDP %3</source>
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
        <source># No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
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
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
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
</TS>
