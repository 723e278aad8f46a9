<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>studio::ClipboardController</name>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>Duplicate %n object</numerusform><numerusform>Duplicate %n objects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Paste %n object</numerusform><numerusform>Paste %n objects</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Move %n object</numerusform><numerusform>Move %n objects</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1: would run %n step</numerusform><numerusform>%1: would run %n steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1: %n step run in %2 ms</numerusform><numerusform>%1: %n steps run in %2 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%1 running on %n host...</numerusform><numerusform>%1 running on %n hosts...</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>as designed (%n object)</numerusform><numerusform>as designed (%n objects)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n object differs</numerusform><numerusform>%n objects differ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>done: %n step in %1 ms</numerusform><numerusform>done: %n steps in %1 ms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>%1 finished on %n host.</numerusform><numerusform>%1 finished on %n hosts.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1: nothing was done: the topology has %n error; the first: %2</numerusform><numerusform>%1: nothing was done: the topology has %n errors; the first: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>One segment needs one subnet, so the other side joined %1 (%2; %n container re-addressed). Undo reverts it all.</numerusform><numerusform>One segment needs one subnet, so the other side joined %1 (%2; %n containers re-addressed). Undo reverts it all.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>Build image %1 from the design's Dockerfile (%n instruction), as the guide does before any docker run.</numerusform><numerusform>Build image %1 from the design's Dockerfile (%n instructions), as the guide does before any docker run.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>Build image %1 from the design's Dockerfile (%n instruction) with %2 from beside the project file, sent as a tar over this host's SSH connection.</numerusform><numerusform>Build image %1 from the design's Dockerfile (%n instructions) with %2 from beside the project file, sent as a tar over this host's SSH connection.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 is used by %n container.</numerusform><numerusform>%1 is used by %n containers.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>This guide builds topology **%1** by hand: %n host, </numerusform><numerusform>This guide builds topology **%1** by hand: %n hosts, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>%n bridge, </numerusform><numerusform>%n bridges, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>%n container </numerusform><numerusform>%n containers </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>and %n VXLAN tunnel</numerusform><numerusform>and %n VXLAN tunnels</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> carrying %n network (VNIs).</numerusform><numerusform> carrying %n networks (VNIs).</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>The local lab was already up: %n host.</numerusform><numerusform>The local lab was already up: %n hosts.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>Wrote %n script to %1</numerusform><numerusform>Wrote %n scripts to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation>
            <numerusform>%n problem: </numerusform><numerusform>%n problems: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the table)</source>
        <translation>
            <numerusform>(%n more in the table)</numerusform><numerusform>(%n more in the table)</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>%n lost of %1 pings in the window</numerusform><numerusform>%n lost of %1 pings in the window</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>Monitoring %1 since %2: %n ping every %3 s.</numerusform><numerusform>Monitoring %1 since %2: %n pings every %3 s.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message numerus="yes">
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n byte</numerusform><numerusform>%1: %n bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>tcpdump on %1 of %2 caught %n packet, but not the echo request to %3%4. Is the topology deployed?</numerusform><numerusform>tcpdump on %1 of %2 caught %n packets, but not the echo request to %3%4. Is the topology deployed?</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>Show the script (%n lines)</numerusform><numerusform>Show the script (%n lines)</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>the topology has %n error and cannot be planned; the first: %1</numerusform><numerusform>the topology has %n errors and cannot be planned; the first: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::ProblemsDock</name>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n warning; the topology can be deployed.</numerusform><numerusform>%n warnings; the topology can be deployed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>Destroy FAILED on %n host; see the Deploy panel.</numerusform><numerusform>Destroy FAILED on %n hosts; see the Deploy panel.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>The apply FAILED on %n host; see the result and the Deploy panel.</numerusform><numerusform>The apply FAILED on %n hosts; see the result and the Deploy panel.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>Stopped after %n step. What was built stays: Back removes it, Apply finishes it.</numerusform><numerusform>Stopped after %n steps. What was built stays: Back removes it, Apply finishes it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>Done: %n step run; the topology is built.</numerusform><numerusform>Done: %n steps run; the topology is built.</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>Wrote the lab guide %1 and its %n image</numerusform><numerusform>Wrote the lab guide %1 and its %n images</numerusform></translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform><numerusform>Delete %n objects</numerusform></translation>
    </message>
</context>
</TS>