<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>studio::ClipboardController</name>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>Duplicate %n object</numerusform>
            <numerusform>Duplicate %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Paste %n object</numerusform>
            <numerusform>Paste %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Move %n object</numerusform>
            <numerusform>Move %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1: would run %n step</numerusform>
            <numerusform>%1: would run %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1: %n step run in %2 ms</numerusform>
            <numerusform>%1: %n steps run in %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%1 running on %n host...</numerusform>
            <numerusform>%1 running on %n hosts...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>as designed (%n object)</numerusform>
            <numerusform>as designed (%n objects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n object differs</numerusform>
            <numerusform>%n objects differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>done: %n step in %1 ms</numerusform>
            <numerusform>done: %n steps in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>%1 finished on %n host.</numerusform>
            <numerusform>%1 finished on %n hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1: nothing was done: the topology has %n error; the first: %2</numerusform>
            <numerusform>%1: nothing was done: the topology has %n errors; the first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>One segment needs one subnet, so the other side joined %1 (%2; %n container re-addressed). Undo reverts it all.</numerusform>
            <numerusform>One segment needs one subnet, so the other side joined %1 (%2; %n containers re-addressed). Undo reverts it all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message numerus="yes">
        <source>Build image %1 from the design&apos;s Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>Build image %1 from the design&apos;s Dockerfile (%n instruction), as the guide does before any docker run.</numerusform>
            <numerusform>Build image %1 from the design&apos;s Dockerfile (%n instructions), as the guide does before any docker run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 is used by %n container.</numerusform>
            <numerusform>%1 is used by %n containers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>The local lab was already up: %n host.</numerusform>
            <numerusform>The local lab was already up: %n hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>Wrote %n script to %1</numerusform>
            <numerusform>Wrote %n scripts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>the topology has %n error and cannot be planned; the first: %1</numerusform>
            <numerusform>the topology has %n errors and cannot be planned; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProblemsDock</name>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n warning; the topology can be deployed.</numerusform>
            <numerusform>%n warnings; the topology can be deployed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Delete %n object</numerusform>
            <numerusform>Delete %n objects</numerusform>
        </translation>
    </message>
</context>
</TS>
