<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation>Container-Overlay-Netzwerke entwerfen, bereitstellen und überwachen.</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>Zu öffnende Topologie.</translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation>Das Fenster als Bilddatei speichern und beenden.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation>Die Topologie bereitstellen, sobald sie geöffnet ist.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation>OverlayStudio wurde beendet, ohne Ihre letzten Änderungen zu speichern. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation>Über OverlayStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Container-Overlay-Netzwerke über mehrere Hosts entwerfen, bereitstellen und überwachen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation>Fenster, Zeichenfläche, Threads</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation>GNU LGPL 3.0 (oder GPL 2.0 / 3.0)</translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation>SSH-Verbindungen zu den Hosts</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 oder neuer</translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation>Live-Diagramme</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation>GNU GPL 3.0 oder neuer</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio ist freie Software: Sie können sie unter den Bedingungen der &lt;b&gt;GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version&lt;/b&gt; (GPL-3.0-or-later) weitergeben und/oder verändern. Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Siehe &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;die Lizenz&lt;/a&gt;; auf Debian-Systemen liegt sie unter /usr/share/common-licenses/GPL-3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Erstellt mit&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf den Hosts steuert es Open vSwitch, Docker, iproute2 und iptables, wie sie dort installiert sind.&lt;/p&gt;&lt;p&gt;Symbole: für OverlayStudio gezeichnet, unter dessen Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation>„%1“ ist keine IPv4-Adresse (vier Zahlen 0–255, z. B. 10.2.2.1)</translation>
    </message>
    <message>
        <source>'%1' has no prefix length; write it like 10.2.2.1/24</source>
        <translation>„%1“ hat keine Präfixlänge; schreiben Sie z. B. 10.2.2.1/24</translation>
    </message>
    <message>
        <source>'%1' has prefix length '%2'; use 1 to 30 (24 is usual)</source>
        <translation>„%1“ hat die Präfixlänge „%2“; verwenden Sie 1 bis 30 (üblich ist 24)</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
</context>
<context>
    <name>studio::Addressing</name>
    <message>
        <source>has no free /24 subnet left for a new bridge</source>
        <translation>hat kein freies /24-Subnetz mehr für eine neue Bridge</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address by hand.</source>
        <translation>Geben Sie die Gateway-Adresse der Bridge von Hand ein.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>Diese Bridge gibt es nicht.</translation>
    </message>
    <message>
        <source>has no valid gateway address to take a subnet from: %1</source>
        <translation>hat keine gültige Gateway-Adresse, aus der sich ein Subnetz ergibt: %1</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Geben Sie die Gateway-Adresse mit ihrem Präfix ein, z. B. 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>has no free address left in subnet %1</source>
        <translation>hat keine freie Adresse mehr im Subnetz %1</translation>
    </message>
    <message>
        <source>Use a larger subnet (a shorter prefix) for this segment.</source>
        <translation>Verwenden Sie für dieses Segment ein größeres Subnetz (ein kürzeres Präfix).</translation>
    </message>
</context>
<context>
    <name>studio::BuildContext</name>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Put the file beside the project file, or remove it from the context files of %1 in Images (Deploy menu).</source>
        <translation>Legen Sie die Datei neben die Projektdatei oder entfernen Sie sie unter Images (Menü Bereitstellen) aus den Kontextdateien von %1.</translation>
    </message>
    <message>
        <source>its context files (%1) are read beside the project file, but the project has not been saved yet.</source>
        <translation>seine Kontextdateien (%1) werden neben der Projektdatei gelesen, aber das Projekt wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save the project next to those files, then apply again.</source>
        <translation>Speichern Sie das Projekt neben diesen Dateien und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <source>its context file '%1' %2.</source>
        <translation>seine Kontextdatei „%1“ %2.</translation>
    </message>
    <message>
        <source>its context file %1 does not exist in %2.</source>
        <translation>seine Kontextdatei %1 existiert nicht in %2.</translation>
    </message>
    <message>
        <source>its context file %1 is not a file (a folder?).</source>
        <translation>seine Kontextdatei %1 ist keine Datei (ein Ordner?).</translation>
    </message>
    <message>
        <source>List the files inside it one by one in Images (Deploy menu).</source>
        <translation>Führen Sie die Dateien darin einzeln unter Images (Menü Bereitstellen) auf.</translation>
    </message>
    <message>
        <source>its context file %1 is a link to %2, outside the project file's folder.</source>
        <translation>seine Kontextdatei %1 ist ein Link auf %2, außerhalb des Ordners der Projektdatei.</translation>
    </message>
    <message>
        <source>Copy the file into the project file's folder instead of linking to it.</source>
        <translation>Kopieren Sie die Datei in den Ordner der Projektdatei, statt auf sie zu verlinken.</translation>
    </message>
    <message>
        <source>its context file %1 cannot be read: %2.</source>
        <translation>seine Kontextdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Make the file readable, then apply again.</source>
        <translation>Machen Sie die Datei lesbar und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <source>its context file %1 is larger than 8 GiB.</source>
        <translation>seine Kontextdatei %1 ist größer als 8 GiB.</translation>
    </message>
    <message>
        <source>its context file %1 became shorter while it was sent.</source>
        <translation>seine Kontextdatei %1 wurde während des Sendens kürzer.</translation>
    </message>
    <message>
        <source>Apply again once nothing writes to the file.</source>
        <translation>Wenden Sie erneut an, sobald nichts mehr in die Datei schreibt.</translation>
    </message>
    <message>
        <source>its context file %1 grew while it was sent.</source>
        <translation>seine Kontextdatei %1 wurde während des Sendens größer.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation>Die Topologiedatei (.json).</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation>overlaystudio-cli %1: %2</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation>overlaystudio-cli %1: Es wird genau eine Topologiedatei erwartet.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation>%1: %2 Fehler, %3 Warnung(en) in %4 Hosts, %5 Bridges, %6 Containern, %7 Links.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation>Nur der Plan dieses Hosts.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation>Stattdessen das Entfernen der Topologie planen.</translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation>Ein Skript pro Host, HOST.sh, in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'; its hosts are: %3.</source>
        <translation>Fehler: %1 hat keinen Host namens „%2“; seine Hosts sind: %3.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command '%1'.</source>
        <translation>overlaystudio-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>fast (default: containers side by side, plugged at once) or guide (ovs-docker, one container after another, as the tutorial does).</source>
        <translation>fast (Standard: Container nebeneinander, auf einmal angeschlossen) oder guide (ovs-docker, ein Container nach dem anderen, wie in der Anleitung).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>overlaystudio-cli plan: unknown style '%1'; use fast or guide.</source>
        <translation>overlaystudio-cli plan: unbekannter Stil '%1'; fast oder guide verwenden.</translation>
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
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                Watch a deployed topology: ping RTT and loss,
                                traffic per link and container, states; one
                                line per sample until N intervals or Ctrl+C.
  guide FILE [--output DIR] [--format md|html]
                                Write a lab guide that builds the topology by
                                hand: Markdown with its diagram, or HTML.
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                Simulated hosts on this machine (as root).

Exit codes: 0 ok, 1 problems found, 2 usage error.
</source>
        <translation>Aufruf: overlaystudio-cli BEFEHL DATEI [Optionen]

Befehle:
  validate FILE [--json]        Eine Topologie prüfen; Exit-Code 1 bei Fehlern.
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                Die Befehle ausgeben, die die Topologie aufbauen
                                (oder entfernen), als Shell-Skript pro Host.
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                Über SSH bereitstellen: apply ändert nur, was abweicht,
                                destroy entfernt, was die Topologie angelegt hat, status
                                vergleicht die Hosts mit dem Entwurf.
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                Eine bereitgestellte Topologie überwachen: Ping-RTT und
                                -Verlust, Verkehr pro Link und Container, Zustände; eine
                                Zeile pro Messung bis N Intervalle oder Strg+C.
  guide FILE [--output DIR] [--format md|html]
                                Eine Laboranleitung schreiben, die die Topologie von Hand
                                aufbaut: Markdown mit Diagramm, oder HTML.
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                Simulierte Hosts auf diesem Rechner (als root).

Exit-Codes: 0 ok, 1 Probleme gefunden, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>Each command explains its options with --help, e.g. overlaystudio-cli apply --help.
</source>
        <translation>Jeder Befehl erklärt seine Optionen mit --help, z. B. overlaystudio-cli apply --help.
</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli validate FILE [--json]</source>
        <translation>Aufruf: overlaystudio-cli validate FILE [--json]</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</source>
        <translation>Aufruf: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</translation>
    </message>
</context>
<context>
    <name>studio::Clipboard</name>
    <message>
        <source>The clipboard holds no OverlayStudio objects.</source>
        <translation>Die Zwischenablage enthält keine OverlayStudio-Objekte.</translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation>Host %1, auf dem die kopierten Objekte lagen, existiert nicht mehr; kopieren Sie stattdessen ganze Hosts.</translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation>Nichts einzufügen: Wählen Sie Hosts, Bridges oder Container aus und kopieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>studio::ClipboardController</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>Remove the selection and keep it on the clipboard</source>
        <translation>Die Auswahl entfernen und in der Zwischenablage behalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>Die Auswahl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste with fresh names and addresses</source>
        <translation>Mit neuen Namen und Adressen einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selection next to itself, with fresh names and addresses</source>
        <translation>Die Auswahl daneben kopieren, mit neuen Namen und Adressen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>%n Objekt duplizieren</numerusform>
            <numerusform>%n Objekte duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>%n Objekt einfügen</numerusform>
            <numerusform>%n Objekte einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>%n Objekt verschieben</numerusform>
            <numerusform>%n Objekte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Change %1 of the topology</source>
        <translation>%1 der Topologie ändern</translation>
    </message>
    <message>
        <source>Change image definitions</source>
        <translation>Image-Definitionen ändern</translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>Nur dieser Host (wiederholbar).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation>Alle Hosts anhalten, wenn einer fehlschlägt.</translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation>Die Hosts lesen und zeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>known_hosts-Datei, mit der Host-Schlüssel geprüft werden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Noch nie gesehenen Host-Schlüsseln vertrauen (geänderte Schlüssel werden immer abgelehnt).</translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation>Sekunden, die ein Befehl dauern darf.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>Die Topologiedatei.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.</source>
        <translation>%1 enthält Fehler; nichts wurde bereitgestellt. Führen Sie „overlaystudio-cli validate %1“ aus.</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'.</source>
        <translation>Fehler: %1 hat keinen Host namens „%2“.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation>Der Host-Schlüssel von %1 (%2) ist noch nicht bekannt: %3 %4.</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> Vertraut (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation> Vertrauen? [y/N] </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Passwort für %1@%2: </translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation>UNBEKANNT: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: FEHLGESCHLAGEN: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1: würde %n Schritt ausführen</numerusform>
            <numerusform>%1: würde %n Schritte ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation>%1: aktuell, nichts geändert (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1: %n Schritt in %2 ms ausgeführt</numerusform>
            <numerusform>%1: %n Schritte in %2 ms ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation>%1 %2 in %3 ms.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Cancelling: every host stops now; a command already running may still finish on its host (Ctrl-C again to quit at once).</source>
        <translation>Abbruch: Alle Hosts halten jetzt an; ein bereits laufender Befehl kann auf seinem Host noch zu Ende laufen (erneut Strg+C zum sofortigen Beenden).</translation>
    </message>
    <message>
        <source>How containers are started and plugged: fast (default) or guide (ovs-docker, one after another, as the tutorial does).</source>
        <translation>Wie Container gestartet und angeschlossen werden: fast (Standard) oder guide (ovs-docker, einer nach dem anderen, wie in der Anleitung).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>At most this many hosts connected at once (0: all; default %1).</source>
        <translation>Höchstens so viele Hosts gleichzeitig verbunden (0: alle; Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --forks takes a number of hosts (0: all), not '%1'.</source>
        <translation>Fehler: --forks erwartet eine Anzahl von Hosts (0: alle), nicht '%1'.</translation>
    </message>
    <message>
        <source>error: unknown style '%1'; use fast or guide.</source>
        <translation>Fehler: unbekannter Stil '%1'; fast oder guide verwenden.</translation>
    </message>
    <message>
        <source>destroy: also remove the images this topology built or copied.</source>
        <translation>destroy: auch die Images entfernen, die diese Topologie gebaut oder kopiert hat.</translation>
    </message>
    <message>
        <source>error: --remove-images is for destroy only.</source>
        <translation>Fehler: --remove-images gibt es nur für destroy.</translation>
    </message>
    <message>
        <source>apply only: show each step and ask before running it (y/n/all/quit).</source>
        <translation>nur apply: jeden Schritt zeigen und vor dem Ausführen nachfragen (y/n/all/quit).</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</source>
        <translation>Aufruf: overlaystudio-cli %1 DATEI [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts DATEI] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</translation>
    </message>
    <message>
        <source>error: --step goes with apply only, and not with --dry-run.</source>
        <translation>Fehler: --step gibt es nur mit apply und nicht mit --dry-run.</translation>
    </message>
    <message>
        <source>
[%1] step %2 of %3: %4
</source>
        <translation>
[%1] Schritt %2 von %3: %4
</translation>
    </message>
    <message>
        <source>  creates: %1
</source>
        <translation>  legt an: %1
</translation>
    </message>
    <message>
        <source>Run it? [y]es, [n]o (skip), [a]ll, [q]uit: </source>
        <translation>Ausführen? [y] ja, [n] nein (überspringen), [a] alle, [q] beenden: </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>ohne Exit-Status beendet (%1)</translation>
    </message>
    <message>
        <source>%1: %2 step(s) run, %3 skipped: the host may differ from the design (see status)</source>
        <translation>%1: %2 Schritt(e) ausgeführt, %3 übersprungen: Der Host kann vom Entwurf abweichen (siehe status)</translation>
    </message>
</context>
<context>
    <name>studio::DeployController</name>
    <message>
        <source>Destroy topology</source>
        <translation>Topologie abbauen</translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation>Alles entfernen, was Topologie %1 auf ihren Hosts angelegt hat (Container, Ports, Bridges, NAT-Regeln)? Objekte, die OverlayStudio nicht angelegt hat, bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation>Die Topologie auf ihren Hosts aufbauen; nur Abweichungen werden geändert</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation>Die Hosts mit dem Entwurf vergleichen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation>A&amp;bbauen...</translation>
    </message>
    <message>
        <source>Remove everything the topology created on its hosts</source>
        <translation>Alles entfernen, was die Topologie auf ihren Hosts angelegt hat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation>Jeden Host nach seinem aktuellen Schritt anhalten</translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation>Warten Sie, bis die laufende Bereitstellung fertig ist, oder brechen Sie sie ab, bevor Sie eine andere Topologie öffnen.</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Bereitstellung nicht möglich</translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation>Die Topologie enthält Fehler; beheben Sie zuerst die unter „Probleme“ aufgeführten.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Abbauen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The deploy could not start: another one is still running.</source>
        <translation>Die Bereitstellung konnte nicht starten: Eine andere läuft noch.</translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <source>A deploy is still running on the hosts. Stopping it now leaves each host after its current step; Apply again later converges, Destroy removes what was made.</source>
        <translation>Auf den Hosts läuft noch eine Bereitstellung. Wenn Sie sie jetzt anhalten, bleibt jeder Host nach seinem aktuellen Schritt stehen; ein späteres erneutes Anwenden bringt alles auf den Sollzustand, Abbauen entfernt, was angelegt wurde.</translation>
    </message>
    <message>
        <source>Cancel Deploy and Quit</source>
        <translation>Bereitstellung abbrechen und beenden</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio hat sich noch nie mit &lt;b&gt;%1&lt;/b&gt; (%2) verbunden.&lt;/p&gt;&lt;p&gt;Der Host zeigt diesen %3-Schlüssel:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie ihn mit dem Fingerabdruck des Hosts (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; auf dem Host). Vertrauen und merken?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 (kept only in memory, until OverlayStudio quits):</source>
        <translation>Passwort für %1 (nur im Speicher gehalten, bis OverlayStudio beendet wird):</translation>
    </message>
    <message>
        <source>Deploy S&amp;ettings...</source>
        <translation>Bereitstellungs&amp;einstellungen...</translation>
    </message>
    <message>
        <source>How containers are started and plugged, and how many hosts are connected at once</source>
        <translation>Wie Container gestartet und angeschlossen werden und wie viele Hosts gleichzeitig verbunden sind</translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation>Noch nichts bereitgestellt. Mit Bereitstellen &gt; Anwenden bauen Sie die Topologie auf ihren Hosts auf.</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>Host / Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%1 läuft auf %n Host...</numerusform>
            <numerusform>%1 läuft auf %n Hosts...</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>wie entworfen (%n Objekt)</numerusform>
            <numerusform>wie entworfen (%n Objekte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n Objekt weicht ab</numerusform>
            <numerusform>%n Objekte weichen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>fertig: %n Schritt in %1 ms</numerusform>
            <numerusform>fertig: %n Schritte in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation>aktuell, nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>%1 auf %n Host abgeschlossen.</numerusform>
            <numerusform>%1 auf %n Hosts abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation>%1 FEHLGESCHLAGEN auf %2 von %3 Host(s); siehe die roten Einträge.</translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation>verwendet Passwort-Authentifizierung, aber hier kann kein Passwort abgefragt werden.</translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation>Verwenden Sie einen Schlüssel oder den SSH-Agenten, oder führen Sie es interaktiv aus.</translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 benötigt sudo ohne Passwort für %2 (sudo -n).</translation>
    </message>
    <message>
        <source>authentication failed.</source>
        <translation>Authentifizierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>ohne Exit-Status beendet (%1)</translation>
    </message>
    <message>
        <source>%1: step "%2" failed (%3).
  command: %4
  error: %5</source>
        <translation>%1: Schritt „%2“ fehlgeschlagen (%3).
  Befehl: %4
  Fehler: %5</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1: Es wurde nichts ausgeführt: Die Topologie hat %n Fehler: %2</numerusform>
            <numerusform>%1: Es wurde nichts ausgeführt: Die Topologie hat %n Fehler; der erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was done: the topology has no host named %2.</source>
        <translation>%1: Es wurde nichts ausgeführt: Die Topologie hat keinen Host namens %2.</translation>
    </message>
    <message>
        <source>%1: cancelled by the user %2.</source>
        <translation>%1: vom Benutzer abgebrochen %2.</translation>
    </message>
    <message>
        <source>before connecting; nothing was changed</source>
        <translation>vor dem Verbinden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>while connecting; nothing was changed</source>
        <translation>während des Verbindens; nichts wurde geändert</translation>
    </message>
    <message>
        <source>reading state</source>
        <translation>Zustand wird gelesen</translation>
    </message>
    <message>
        <source>while reading the host's state; nothing was changed</source>
        <translation>beim Lesen des Host-Zustands; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: reading the host's state failed: %2</source>
        <translation>%1: Lesen des Host-Zustands fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>Auf %1 fehlt %2</translation>
    </message>
    <message>
        <source>before any change; nothing was changed</source>
        <translation>vor jeder Änderung; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation>%1: Es wurde nichts geändert, weil: %2</translation>
    </message>
    <message>
        <source>%1: cancelled by the user after %2 of %3 steps.</source>
        <translation>%1: vom Benutzer nach %2 von %3 Schritten abgebrochen.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation>%1: nach %2 von %3 Schritten angehalten, weil ein anderer Host fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>%1: cancelled by the user during step %2 of %3 ("%4"); that command may still be running on the host.</source>
        <translation>%1: vom Benutzer während Schritt %2 von %3 („%4“) abgebrochen; dieser Befehl läuft möglicherweise noch auf dem Host.</translation>
    </message>
    <message>
        <source>waiting for its turn (%1 hosts at a time)</source>
        <translation>wartet, bis es an der Reihe ist (%1 Hosts gleichzeitig)</translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), then apply again.</source>
        <translation>nichts wurde geändert: Voraussetzungen fehlen (%1). Installieren Sie sie (openvswitch-switch, docker.io, iproute2, iptables, util-linux) und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <source>note: %1 is missing; the deploy does not need it, but Capture (Show Packet Path) does. Install it (apt-get install %1).</source>
        <translation>Hinweis: %1 fehlt; die Bereitstellung braucht es nicht, aber Mitschnitt (Paketweg anzeigen) schon. Installieren Sie es (apt-get install %1).</translation>
    </message>
    <message>
        <source>%1: another host on this machine got it (they share one Docker engine)</source>
        <translation>%1: ein anderer Host auf diesem Rechner hat es geholt (sie teilen sich eine Docker-Engine)</translation>
    </message>
</context>
<context>
    <name>studio::DeploySettingsDialog</name>
    <message>
        <source>Deploy Settings</source>
        <translation>Bereitstellungseinstellungen</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged all at once</source>
        <translation>Schnell: Container nebeneinander, alle auf einmal angeschlossen</translation>
    </message>
    <message>
        <source>Guide: ovs-docker, one container after another</source>
        <translation>Anleitung: ovs-docker, ein Container nach dem anderen</translation>
    </message>
    <message>
        <source>Deploy style</source>
        <translation>Bereitstellungsstil</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Hosts connected at once</source>
        <translation>Gleichzeitig verbundene Hosts</translation>
    </message>
    <message>
        <source>Hosts beyond this number wait for their turn; 0 connects all of them at once.</source>
        <translation>Weitere Hosts warten, bis sie an der Reihe sind; 0 verbindet alle gleichzeitig.</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>&amp;Hosts at once:</source>
        <translation>&amp;Hosts gleichzeitig:</translation>
    </message>
    <message>
        <source>Starts each host's containers side by side (8 at a time), then plugs them all at once: one docker inspect, a veth pair per container set up with nsenter, every port in one Open vSwitch transaction. The new address is announced, so peers reach a re-created container at once.</source>
        <translation>Startet die Container jedes Hosts nebeneinander (8 gleichzeitig) und schließt dann alle auf einmal an: ein docker inspect, ein mit nsenter eingerichtetes veth-Paar pro Container, alle Ports in einer Open-vSwitch-Transaktion. Die neue Adresse wird angekündigt, sodass Gegenstellen einen neu erstellten Container sofort erreichen.</translation>
    </message>
    <message>
        <source>Runs the commands of the guide: docker run, then ovs-docker add-port, one container after another. Slower; best for following the tutorial step by step. Both styles build the same network and recognise each other's ports.</source>
        <translation>Führt die Befehle der Anleitung aus: docker run, dann ovs-docker add-port, ein Container nach dem anderen. Langsamer; ideal, um der Anleitung Schritt für Schritt zu folgen. Beide Stile bauen dasselbe Netz und erkennen die Ports des anderen.</translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation>Die Topologie: Hosts, Bridges, Container und Links. Pfeiltasten verschieben die Auswahl, Entf entfernt sie.</translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation>Overlay-Netzwerk, gezeichnet mit OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und einen Namen mit .png oder .svg.</translation>
    </message>
</context>
<context>
    <name>studio::DocumentController</name>
    <message>
        <source>Deploy running</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>Topologie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)</source>
        <translation>OverlayStudio-Topologien (*.ovstudio.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>Topologie speichern</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation>OverlayStudio-Topologien (*.ovstudio.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation>Die Arbeit, die vor dem Beenden von OverlayStudio nicht gespeichert war, wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>studio::DumpPorts</name>
    <message>
        <source>ovs-ofctl dump-ports did not print port statistics: %1</source>
        <translation>ovs-ofctl dump-ports hat keine Port-Statistiken ausgegeben: %1</translation>
    </message>
    <message>
        <source>Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).</source>
        <translation>Prüfen Sie, ob ovs-vswitchd läuft und die Bridge existiert (ovs-vsctl show).</translation>
    </message>
    <message>
        <source>cannot read the port name in "%1".</source>
        <translation>Der Portname in „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message>
        <source>Add host %1</source>
        <translation>Host %1 hinzufügen</translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation>Host %1 hinzugefügt; geben Sie seine Management-Adresse in den Eigenschaften ein.</translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation>Eine Bridge gehört zu einem Host: Legen Sie sie in einem Host-Rahmen ab.</translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation>Bridge %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <source>Added bridge %1 on %2 with subnet %3.</source>
        <translation>Bridge %1 auf %2 mit Subnetz %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation>Ein Container läuft auf einem Host: Legen Sie ihn in einem Host-Rahmen ab.</translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation>Container %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation>%1 hinzugefügt; ziehen Sie von seinem Anfasser zu einer Bridge, um ihn anzuschließen.</translation>
    </message>
    <message>
        <source>There is no such container.</source>
        <translation>Diesen Container gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1 ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>Detached %1.</source>
        <translation>%1 getrennt.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>Diese Bridge gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation>%1 läuft auf %2; er kann nur an eine Bridge dort angeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation>%1 ist bereits an %2 angeschlossen.</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 an %2 anschließen</translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation>%1 an %2 mit Adresse %3 angeschlossen.</translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation>Verbinden Sie einen Container mit einer Bridge auf seinem Host oder eine Bridge mit einer Bridge auf einem anderen Host.</translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation>Ein VXLAN-Link verbindet Bridges auf verschiedenen Hosts; %1 und %2 liegen beide auf %3.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 und %2 sind bereits verbunden.</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1 und %2 verbinden</translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation>%1 und %2 mit VNI %3 verbunden.</translation>
    </message>
    <message>
        <source>%1 gets %2</source>
        <translation>%1 erhält %2</translation>
    </message>
    <message>
        <source>Subnet %1 has no room for the other side; give both sides one subnet.</source>
        <translation>Subnetz %1 hat keinen Platz für die andere Seite; geben Sie beiden Seiten ein gemeinsames Subnetz.</translation>
    </message>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>Ein Segment braucht ein Subnetz, daher wurde die andere Seite in %1 aufgenommen (%2; %n Container neu adressiert). Rückgängig macht alles rückgängig.</numerusform>
            <numerusform>Ein Segment braucht ein Subnetz, daher wurde die andere Seite in %1 aufgenommen (%2; %n Container neu adressiert). Rückgängig macht alles rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added bridge %1 on %2; %3 %4. %5</source>
        <translation>Bridge %1 auf %2 hinzugefügt; %3 %4. %5</translation>
    </message>
    <message>
        <source>Attached %1 to %2, but %3 %4. %5</source>
        <translation>%1 an %2 angeschlossen, aber %3 %4. %5</translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation>Zwei Hosts, zwei Segmente (das Handbuch)</translation>
    </message>
    <message>
        <source>The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don't deploy it.</source>
        <translation>Die Topologie aus dem Handbuch: zwei Hosts, jeweils mit den Bridges br0 (VNI 100) und br1 (VNI 200), zwei Container pro Host. Die Adressen sind Beispiele: planen Sie sie, stellen Sie sie nicht bereit.</translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation>Zwei Hosts im lokalen Labor</translation>
    </message>
    <message>
        <source>The guide's topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation>Die Topologie aus dem Handbuch auf den zwei simulierten Hosts eines lokalen Labors: bereit zur Bereitstellung auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation>Drei Hosts im Vollmaschennetz, mit NAT</translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation>Drei Hosts, vollvermascht über VNI 300 verbunden (Split Horizon an den Tunnel-Ports); host1 maskiert das Segment nach außen (Masquerading).</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Beispi&amp;el öffnen</translation>
    </message>
</context>
<context>
    <name>studio::Firewall</name>
    <message>
        <source>isolation of %1</source>
        <translation>Isolation von %1</translation>
    </message>
    <message>
        <source>Isolate %1 (%2): drop anything the host would forward into %3 unless it answers a connection that a container on %1 opened. Other networks and the outside cannot reach in, whatever the host's FORWARD policy. The rule is in the mangle table, which the host reads before its filter rules, so no ACCEPT rule there can open it again.</source>
        <translation>%1 (%2) isolieren: Alles verwerfen, was der Host in %3 weiterleiten würde, sofern es nicht eine Antwort auf eine Verbindung ist, die ein Container in %1 geöffnet hat. Andere Netze und die Außenwelt kommen nicht hinein, unabhängig von der FORWARD-Policy des Hosts. Die Regel steht in der mangle-Tabelle, die der Host vor seinen filter-Regeln auswertet, daher kann keine ACCEPT-Regel dort sie wieder öffnen.</translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation>NAT %1</translation>
    </message>
    <message>
        <source>Let containers on %1 send through the host (from %2 out to the uplink). Other networks of the host stay closed: their isolation rules come first.</source>
        <translation>Containern in %1 erlauben, über den Host zu senden (von %2 hinaus zum Uplink). Andere Netze des Hosts bleiben geschlossen: Ihre Isolationsregeln kommen zuerst.</translation>
    </message>
    <message>
        <source>Let replies back into %1, and only replies: connection tracking knows which packets answer a connection a container opened.</source>
        <translation>Antworten zurück in %1 lassen, und nur Antworten: Das Connection Tracking weiß, welche Pakete zu einer Verbindung gehören, die ein Container geöffnet hat.</translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host's address (NAT), so replies find their way back.</source>
        <translation>%1 hinter der Adresse des Hosts maskieren (NAT), damit Antworten zurückfinden.</translation>
    </message>
    <message>
        <source>routing %1 to %2</source>
        <translation>Routing von %1 nach %2</translation>
    </message>
    <message>
        <source>Route from %1 to %2, as the design chooses: let packets from %3 into %4 before %2's isolation rule sees them (inserted above it).</source>
        <translation>Von %1 nach %2 routen, wie im Entwurf festgelegt: Pakete von %3 nach %4 durchlassen, bevor die Isolationsregel von %2 sie sieht (darüber eingefügt).</translation>
    </message>
    <message>
        <source>Accept the routed packets from %1 to %2 also where the host's FORWARD policy is DROP.</source>
        <translation>Die gerouteten Pakete von %1 nach %2 auch dann akzeptieren, wenn die FORWARD-Policy des Hosts DROP ist.</translation>
    </message>
    <message>
        <source>Do not masquerade what %1 routes to %2: containers there see the real sender (inserted above the NAT rule).</source>
        <translation>Nicht maskieren, was %1 nach %2 routet: Container dort sehen den echten Absender (über der NAT-Regel eingefügt).</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added (%1).</source>
        <translation>Eine von OverlayStudio hinzugefügte Firewall-Regel entfernen (%1).</translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT and routing; the isolation rules decide what may pass).</source>
        <translation>Dem Host erlauben, Pakete zwischen seinen Schnittstellen weiterzuleiten (nötig für NAT und Routing; die Isolationsregeln entscheiden, was durchkommt).</translation>
    </message>
</context>
<context>
    <name>studio::GuideCli</name>
    <message>
        <source>Folder to write the guide to (default: here).</source>
        <translation>Ordner, in den die Anleitung geschrieben wird (Standard: hier).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>md (Markdown and its images) or html.</source>
        <translation>md (Markdown mit seinen Bildern) oder html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>Die Topologiedatei.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</source>
        <translation>Aufruf: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</translation>
    </message>
    <message>
        <source>error: unknown format '%1'; use md or html.</source>
        <translation>Fehler: unbekanntes Format „%1“; verwenden Sie md oder html.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 has errors; no guide was written.</source>
        <translation>%1 enthält Fehler; es wurde keine Anleitung geschrieben.</translation>
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
        <translation>Das Benutzerhandbuch: erste Schritte, das lokale Labor, Fehlerbehebung</translation>
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
        <translation>Im &amp;lokalen Labor ausprobieren...</translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation>Simulierte Hosts auf diesem Rechner starten und das passende Beispiel öffnen</translation>
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
    <name>studio::HostMonitor</name>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 benötigt sudo ohne Passwort für %2 (sudo -n).</translation>
    </message>
    <message>
        <source>the ping process ended.</source>
        <translation>Der Ping-Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>%1: the ping stream ended unexpectedly.</source>
        <translation>%1: Der Ping-Datenstrom endete unerwartet.</translation>
    </message>
    <message>
        <source>Open vSwitch does not answer on %1: %2</source>
        <translation>Open vSwitch antwortet nicht auf %1: %2</translation>
    </message>
    <message>
        <source>Docker does not answer on %1: %2</source>
        <translation>Docker antwortet nicht auf %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 existiert nicht auf %2.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <source>the state of %1 is not known yet.</source>
        <translation>Der Zustand von %1 ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>the ping printed nothing for %1 s.</source>
        <translation>Der Ping hat seit %1 s nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation>Host-Zustand</translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation>Der Zustandsbericht des Hosts ist unvollständig.</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation>Prüfen Sie, ob der Host eine POSIX-Shell hat, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation>Open vSwitch</translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation>ovs-vsctl hat keine Bridges, Ports und Schnittstellen aufgelistet: %1</translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation>Prüfen Sie, ob Open vSwitch auf dem Host läuft (ovs-vsctl show).</translation>
    </message>
</context>
<context>
    <name>studio::ImageDefinition</name>
    <message>
        <source>Pull from a registry</source>
        <translation>Aus einer Registry laden</translation>
    </message>
    <message>
        <source>Build from a Dockerfile</source>
        <translation>Aus einem Dockerfile bauen</translation>
    </message>
    <message>
        <source>Copy from this machine</source>
        <translation>Von diesem Rechner kopieren</translation>
    </message>
    <message>
        <source>Image definition '%1' %2.</source>
        <translation>Image-Definition „%1“ %2.</translation>
    </message>
    <message>
        <source>Image %1 is named by digest; only a pulled image can be.</source>
        <translation>Image %1 ist per Digest benannt; das geht nur bei geladenen (pull) Images.</translation>
    </message>
    <message>
        <source>Image %1 is built from a Dockerfile, but the Dockerfile is empty.</source>
        <translation>Image %1 wird aus einem Dockerfile gebaut, aber das Dockerfile ist leer.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 starts with %2; it must start with FROM.</source>
        <translation>Das Dockerfile von Image %1 beginnt mit %2; es muss mit FROM beginnen.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 is larger than 1 MB.</source>
        <translation>Das Dockerfile von Image %1 ist größer als 1 MB.</translation>
    </message>
    <message>
        <source>Image %1 is copied from the local image '%2', which %3.</source>
        <translation>Image %1 wird vom lokalen Image „%2“ kopiert, das %3.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write a Dockerfile that starts with FROM, e.g. FROM ubuntu.</source>
        <translation>Bearbeiten Sie das Image unter Images (Menü Bereitstellen): Schreiben Sie ein Dockerfile, das mit FROM beginnt, z. B. FROM ubuntu.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): name an image on this machine, e.g. ubuntu:v1.</source>
        <translation>Bearbeiten Sie das Image unter Images (Menü Bereitstellen): Nennen Sie ein Image auf diesem Rechner, z. B. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write it like ubuntu:v1.</source>
        <translation>Bearbeiten Sie das Image unter Images (Menü Bereitstellen): Schreiben Sie es wie ubuntu:v1.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>Kontextdatei „%1“ von Image %2 %3.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 is listed twice.</source>
        <translation>Kontextdatei „%1“ von Image %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): list each context file once, by its path relative to the project file's folder, e.g. files/motd.</source>
        <translation>Bearbeiten Sie das Image unter Images (Menü Bereitstellen): Führen Sie jede Kontextdatei nur einmal auf, mit ihrem Pfad relativ zum Ordner der Projektdatei, z. B. files/motd.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is absolute; give it relative to the project file's folder</source>
        <translation>ist absolut; geben Sie den Pfad relativ zum Ordner der Projektdatei an</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>enthält einen Backslash; trennen Sie Ordner mit /</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>is longer than 4096 bytes</source>
        <translation>ist länger als 4096 Byte</translation>
    </message>
    <message>
        <source>leaves the project file's folder (..)</source>
        <translation>verlässt den Ordner der Projektdatei (..)</translation>
    </message>
    <message>
        <source>has an empty or '.' part</source>
        <translation>enthält einen leeren Teil oder einen Teil „.“</translation>
    </message>
    <message>
        <source>is named Dockerfile, which the context holds already (the text in the project)</source>
        <translation>heißt Dockerfile, das der Kontext bereits enthält (der Text im Projekt)</translation>
    </message>
</context>
<context>
    <name>studio::ImagePhase</name>
    <message>
        <source>cancelled by the user before image %1.</source>
        <translation>vom Benutzer vor Image %1 abgebrochen.</translation>
    </message>
    <message>
        <source>docker save %1 | gzip -c (here) | %2 (on %3)</source>
        <translation>docker save %1 | gzip -c (hier) | %2 (auf %3)</translation>
    </message>
    <message>
        <source>copying image %1: %2 MB sent, %3 MB/s</source>
        <translation>kopiere Image %1: %2 MB gesendet, %3 MB/s</translation>
    </message>
    <message>
        <source>building image %1</source>
        <translation>baue Image %1</translation>
    </message>
    <message>
        <source>getting image %1</source>
        <translation>hole Image %1</translation>
    </message>
    <message>
        <source>not run to the end</source>
        <translation>nicht zu Ende ausgeführt</translation>
    </message>
    <message>
        <source>cancelled by the user while getting image %1.</source>
        <translation>vom Benutzer abgebrochen, während Image %1 geholt wurde.</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2</source>
        <translation>Image %1 konnte nicht gebaut werden: %2</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2 failed: %3</source>
        <translation>Image %1 konnte nicht gebaut werden: %2 schlug fehl: %3</translation>
    </message>
    <message>
        <source>Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.</source>
        <translation>Korrigieren Sie das Dockerfile von %1 unter Images (Menü Bereitstellen) und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <source>image %1 could not be copied: %2</source>
        <translation>Image %1 konnte nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>Apply again once the host is reachable and has free disk space.</source>
        <translation>Wenden Sie erneut an, sobald der Host erreichbar ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <source>image %1 could not be pulled: %2</source>
        <translation>Image %1 konnte nicht geladen werden (pull): %2</translation>
    </message>
    <message>
        <source>Give %1 access to the registry, or define %2 in Images (Deploy menu) to build it or copy it from this machine.</source>
        <translation>Geben Sie %1 Zugang zur Registry oder definieren Sie %2 unter Images (Menü Bereitstellen), um es zu bauen oder von diesem Rechner zu kopieren.</translation>
    </message>
    <message>
        <source>the host lacks it; apply builds it from the design's Dockerfile</source>
        <translation>dem Host fehlt es; Anwenden baut es aus dem Dockerfile des Entwurfs</translation>
    </message>
    <message>
        <source>the host lacks it; apply copies it from this machine</source>
        <translation>dem Host fehlt es; Anwenden kopiert es von diesem Rechner</translation>
    </message>
    <message>
        <source>the host lacks it; apply pulls it</source>
        <translation>dem Host fehlt es; Anwenden lädt es (pull)</translation>
    </message>
    <message>
        <source>the host lacks it and the design does not define it; apply tries docker pull (define it in Images to build or copy it)</source>
        <translation>dem Host fehlt es und der Entwurf definiert es nicht; Anwenden versucht docker pull (definieren Sie es unter Images, um es zu bauen oder zu kopieren)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Remove the images this topology built or copied (label %1=%2), because --remove-images was asked for.</source>
        <translation>Die Images entfernen, die diese Topologie gebaut oder kopiert hat (Label %1=%2), weil --remove-images verlangt wurde.</translation>
    </message>
    <message>
        <source>tar of the Dockerfile and its context files (here) | %1 (on %2)</source>
        <translation>tar aus dem Dockerfile und seinen Kontextdateien (hier) | %1 (auf %2)</translation>
    </message>
    <message>
        <source>has no definition.</source>
        <translation>hat keine Definition.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>building image %1 (sending %2 KB of build context)</source>
        <translation>baue Image %1 (sende %2 KB Build-Kontext)</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
</context>
<context>
    <name>studio::ImageScripts</name>
    <message>
        <source>If the host lacks %1: pull it from its registry (docker pull).</source>
        <translation>Falls dem Host %1 fehlt: aus seiner Registry laden (docker pull).</translation>
    </message>
    <message>
        <source>If the host lacks %1: build it from the design's Dockerfile, labelled as this topology's.</source>
        <translation>Falls dem Host %1 fehlt: aus dem Dockerfile des Entwurfs bauen und als Image dieser Topologie kennzeichnen.</translation>
    </message>
    <message>
        <source>stdin: %1 beside this script, a tar of the Dockerfile and %2</source>
        <translation>stdin: %1 neben diesem Skript, ein tar-Archiv mit dem Dockerfile und %2</translation>
    </message>
    <message>
        <source>Check that %1 is here: images-%2.sh copies it from the machine that has it.</source>
        <translation>Prüfen, ob %1 hier vorhanden ist: images-%2.sh kopiert es von dem Rechner, der es hat.</translation>
    </message>
    <message>
        <source>%1 lacks image %2: run %3 on the machine that has it first.</source>
        <translation>Auf %1 fehlt Image %2: Führen Sie zuerst %3 auf dem Rechner aus, der es hat.</translation>
    </message>
    <message>
        <source>First run %1 on the machine that has the copied images (not on this host): it sends them here over ssh.</source>
        <translation>Führen Sie zuerst %1 auf dem Rechner aus, der die kopierten Images hat (nicht auf diesem Host): Es sendet sie per ssh hierher.</translation>
    </message>
    <message>
        <source>Copy %1 into the same folder as this script: an image build reads it.</source>
        <translation>Kopieren Sie %1 in denselben Ordner wie dieses Skript: Der Bau eines Images liest die Datei.</translation>
    </message>
    <message>
        <source># %1. Copy image %2 (here: %3) to %4, unless it has it.</source>
        <translation># %1. Image %2 (hier: %3) nach %4 kopieren, falls es dort noch fehlt.</translation>
    </message>
    <message>
        <source>%1 has no image ID here.</source>
        <translation>%1 hat hier keine Image-ID.</translation>
    </message>
    <message>
        <source>%1 has %2 already.</source>
        <translation>%1 hat %2 bereits.</translation>
    </message>
    <message>
        <source># OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.</source>
        <translation># OverlayStudio: Host %1 (%2) die Images senden, die Topologie %3 von diesem Rechner kopiert.</translation>
    </message>
    <message>
        <source># Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs docker here and ssh to %2; a host that has an image already is skipped.</source>
        <translation># Führen Sie es HIER aus, auf dem Rechner, der die Images hat, bevor %1.sh auf %1 läuft. Es braucht docker hier und ssh zu %2; hat ein Host ein Image bereits, wird es übersprungen.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message>
        <source>Pull image %1 from its registry (docker pull).</source>
        <translation>Image %1 aus seiner Registry laden (docker pull).</translation>
    </message>
    <message>
        <source>Pull image %1 from its registry (docker pull): the design does not say how to build or copy it.</source>
        <translation>Image %1 aus seiner Registry laden (docker pull): Der Entwurf sagt nicht, wie es gebaut oder kopiert wird.</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>Image %1 aus dem Dockerfile des Entwurfs bauen (%n Anweisung), wie es die Anleitung vor jedem docker run tut.</numerusform>
            <numerusform>Image %1 aus dem Dockerfile des Entwurfs bauen (%n Anweisungen), wie es die Anleitung vor jedem docker run tut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy image %1 from this machine: docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Image %1 von diesem Rechner kopieren: docker save hier, komprimiert über die SSH-Verbindung dieses Hosts in docker load.</translation>
    </message>
    <message>
        <source>Copy image %1 from this machine (where it is %2): docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Image %1 von diesem Rechner kopieren (wo es %2 heißt): docker save hier, komprimiert über die SSH-Verbindung dieses Hosts in docker load.</translation>
    </message>
    <message>
        <source>Name the copied image %1 and label it as this topology's.</source>
        <translation>Das kopierte Image %1 nennen und als Image dieser Topologie kennzeichnen.</translation>
    </message>
    <message>
        <source>If the host lacks %1: %2</source>
        <translation>Falls dem Host %1 fehlt: %2</translation>
    </message>
    <message>
        <source>stdin: docker save %1 | gzip -c, run on this machine</source>
        <translation>stdin: docker save %1 | gzip -c, auf diesem Rechner ausgeführt</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>Image %1 aus dem Dockerfile des Entwurfs bauen (%n Anweisung), mit %2 aus dem Ordner der Projektdatei, als tar-Archiv über die SSH-Verbindung dieses Hosts gesendet.</numerusform>
            <numerusform>Image %1 aus dem Dockerfile des Entwurfs bauen (%n Anweisungen), mit %2 aus dem Ordner der Projektdatei, als tar-Archiv über die SSH-Verbindung dieses Hosts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ID of %1&gt;</source>
        <translation>&lt;ID von %1&gt;</translation>
    </message>
    <message>
        <source>stdin: a tar of the Dockerfile and %1, made on this machine from the files beside the project file</source>
        <translation>stdin: ein tar-Archiv mit dem Dockerfile und %1, auf diesem Rechner aus den Dateien neben der Projektdatei erstellt</translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>e.g. ubuntu:v1</source>
        <translation>z. B. ubuntu:v1</translation>
    </message>
    <message>
        <source>New image name</source>
        <translation>Name des neuen Images</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Image hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove image definition</source>
        <translation>Image-Definition entfernen</translation>
    </message>
    <message>
        <source>How hosts get the image</source>
        <translation>Wie Hosts das Image bekommen</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>FROM ubuntu
RUN apt update &amp;&amp; apt install -y iproute2</source>
        <translation>FROM ubuntu
RUN apt update &amp;&amp; apt install -y iproute2</translation>
    </message>
    <message>
        <source>Use the &amp;Guide's Dockerfile</source>
        <translation>Dockerfile der &amp;Anleitung verwenden</translation>
    </message>
    <message>
        <source>Use the guide's Dockerfile</source>
        <translation>Dockerfile der Anleitung verwenden</translation>
    </message>
    <message>
        <source>Image on this machine</source>
        <translation>Image auf diesem Rechner</translation>
    </message>
    <message>
        <source>Hosts that lack the image run docker pull: they need access to its registry.</source>
        <translation>Hosts, denen das Image fehlt, führen docker pull aus: Sie brauchen Zugang zu seiner Registry.</translation>
    </message>
    <message>
        <source>docker save runs here; the image goes compressed over each host's SSH connection into docker load. For hosts without internet.</source>
        <translation>docker save läuft hier; das Image geht komprimiert über die SSH-Verbindung jedes Hosts in docker load. Für Hosts ohne Internet.</translation>
    </message>
    <message>
        <source>Image on this &amp;machine:</source>
        <translation>Image auf diesem &amp;Rechner:</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>derselbe Name</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>pull, not defined</source>
        <translation>pull, nicht definiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not used by any container.</source>
        <translation>%1 wird von keinem Container verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 wird von %n Container verwendet.</numerusform>
            <numerusform>%1 wird von %n Containern verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses an image yet. Add one to define it.</source>
        <translation>Noch verwendet kein Container ein Image. Fügen Sie eines hinzu, um es zu definieren.</translation>
    </message>
    <message>
        <source>Image '%1' %2.</source>
        <translation>Image „%1“ %2.</translation>
    </message>
    <message>
        <source>Context files</source>
        <translation>Kontextdateien</translation>
    </message>
    <message>
        <source>Files beside the project file sent with the Dockerfile, so COPY can use them</source>
        <translation>Dateien neben der Projektdatei, die mit dem Dockerfile gesendet werden, damit COPY sie verwenden kann</translation>
    </message>
    <message>
        <source>Context file path</source>
        <translation>Pfad der Kontextdatei</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. files/motd</source>
        <translation>relativ zur Projektdatei, z. B. files/motd</translation>
    </message>
    <message>
        <source>Add Fi&amp;le</source>
        <translation>&amp;Datei hinzufügen</translation>
    </message>
    <message>
        <source>Add context file</source>
        <translation>Kontextdatei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose context files</source>
        <translation>Kontextdateien auswählen</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Remove context file</source>
        <translation>Kontextdatei entfernen</translation>
    </message>
    <message>
        <source>Hosts that lack the image build it from this Dockerfile (docker build). The context files go with it, so COPY and ADD can use them.</source>
        <translation>Hosts, denen das Image fehlt, bauen es aus diesem Dockerfile (docker build). Die Kontextdateien werden mitgesendet, sodass COPY und ADD sie verwenden können.</translation>
    </message>
    <message>
        <source>&amp;Context files (beside the project file):</source>
        <translation>&amp;Kontextdateien (neben der Projektdatei):</translation>
    </message>
    <message>
        <source>Save the project first: context files are picked from the project file's folder.</source>
        <translation>Speichern Sie zuerst das Projekt: Kontextdateien werden aus dem Ordner der Projektdatei ausgewählt.</translation>
    </message>
    <message>
        <source>Pick files in %1</source>
        <translation>Dateien in %1 auswählen</translation>
    </message>
    <message>
        <source>%1 (not found beside the project file)</source>
        <translation>%1 (nicht neben der Projektdatei gefunden)</translation>
    </message>
    <message>
        <source>%1 is outside the project file's folder (%2): copy it there first, so the project and its files travel together.</source>
        <translation>%1 liegt außerhalb des Ordners der Projektdatei (%2): Kopieren Sie die Datei zuerst dorthin, damit das Projekt und seine Dateien zusammenbleiben.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>Kontextdatei „%1“ von Image %2 %3.</translation>
    </message>
    <message>
        <source>Context Files</source>
        <translation>Kontextdateien</translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation>Es ist keine PID-Datei erschienen; der Daemon ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation>Sehen Sie sich die Logs daneben an.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation>Image %1 wird aus busybox-static gebaut</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation>Installieren Sie busybox-static.</translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation>busybox kann nicht in das Image kopiert werden.</translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation>Eine Docker-Engine wird gestartet</translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation>konnte nicht starten.</translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation>Installieren Sie docker.io.</translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation>wurde nicht bereit; siehe %1.</translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation>Host %1 wird unter %2 gestartet</translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation>Diese Programme fehlen: %1.</translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation>Installieren Sie sie mit .ci/install-deps.sh.</translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation>Die Underlay-Bridge %1 (%2/24) wird angelegt</translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation>ist kein Image der lokalen Docker-Engine.</translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation>Importieren oder bauen Sie es zuerst, oder lassen Sie das Image weg, um %1 zu verwenden.</translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation>antwortet nicht auf SSH unter %1:22.</translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation>Siehe %1/log/sshd.log.</translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation>Das Anlegen simulierter Hosts erfordert root (Netzwerk-Namespaces, Open vSwitch).</translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation>Führen Sie es als root aus, z. B. mit sudo.</translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation>muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation>Es läuft bereits ein Labor.</translation>
    </message>
    <message>
        <source>Run 'lab down' first.</source>
        <translation>Führen Sie zuerst „lab down“ aus.</translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation>%1 existiert bereits: Ein anderes Labor läuft.</translation>
    </message>
    <message>
        <source>Take it down with 'lab down' (with its --run-dir) first.</source>
        <translation>Fahren Sie es zuerst mit „lab down“ (mit seinem --run-dir) herunter.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation>Hier läuft kein Labor.</translation>
    </message>
    <message>
        <source>Start one with 'lab up'.</source>
        <translation>Starten Sie eines mit „lab up“.</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>ist beschädigt.</translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation>Entfernen Sie die Namespaces oslab-h* und die Bridge %1 von Hand.</translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation>Host %1 wird angehalten</translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation>Die vom Labor gestartete Docker-Engine wird angehalten</translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation>Das Labor ist heruntergefahren, aber: %1</translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation>Hosts des lokalen Labors.</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: no start time was recorded for it, so it cannot be told from another process with that PID</source>
        <translation>Prozess %1 (%2) läuft weiter: Für ihn wurde keine Startzeit aufgezeichnet, daher kann er nicht von einem anderen Prozess mit dieser PID unterschieden werden</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: it started at another time than the lab's, so it is not the lab's</source>
        <translation>Prozess %1 (%2) läuft weiter: Er wurde zu einer anderen Zeit gestartet als das Labor, gehört also nicht zum Labor</translation>
    </message>
    <message>
        <source>namespace '%1' was left alone: it is not a lab name</source>
        <translation>Namespace „%1“ wurde nicht angetastet: Er trägt keinen Labornamen</translation>
    </message>
    <message>
        <source>link '%1' was left alone: it is not a lab name</source>
        <translation>Link „%1“ wurde nicht angetastet: Er trägt keinen Labornamen</translation>
    </message>
    <message>
        <source>%1 was left alone: it is not below the lab's run directory %2</source>
        <translation>%1 wurde nicht angetastet: Es liegt nicht unter dem Laufzeitverzeichnis %2 des Labors</translation>
    </message>
    <message>
        <source>link '%1' was left alone: the lab's bridge is %2</source>
        <translation>Link „%1“ wurde nicht angetastet: Die Bridge des Labors ist %2</translation>
    </message>
    <message>
        <source>its sshd is not running.</source>
        <translation>Sein sshd läuft nicht.</translation>
    </message>
    <message>
        <source>is not a host of the lab in %1.</source>
        <translation>ist kein Host des Labors in %1.</translation>
    </message>
    <message>
        <source>its sshd runs already.</source>
        <translation>Sein sshd läuft bereits.</translation>
    </message>
    <message>
        <source>Rolling back also failed: %1</source>
        <translation>Auch das Zurücknehmen schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>studio::LabCli</name>
    <message>
        <source>Number of hosts (up).</source>
        <translation>Anzahl der Hosts (up).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Container image the lab provides (up); default: build %1 from busybox-static.</source>
        <translation>Container-Image, das das Labor bereitstellt (up); Standard: %1 aus busybox-static bauen.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab's (up).</source>
        <translation>Eine Topologie schreiben, deren Hosts die des Labors sind (up).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation>Wo das Labor seinen Zustand ablegt.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation>Wo das Labor seine SSH-Schlüssel ablegt (wiederverwendet).</translation>
    </message>
    <message>
        <source>known_hosts file to record the lab's host keys in.</source>
        <translation>known_hosts-Datei, in der die Host-Schlüssel des Labors eingetragen werden.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation>Aufruf: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation>--hosts erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation>Labor läuft nach %1 s: %2 Hosts, Image %3.</translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation>SSH-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation>Host-Schlüssel: %1 (auch eingetragen in %2)</translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation>Underlay-Gateway (dieser Rechner): %1</translation>
    </message>
    <message>
        <source>Topology with the lab's hosts: %1</source>
        <translation>Topologie mit den Hosts des Labors: %1</translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation>Labor ist heruntergefahren.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation>BEEINTRÄCHTIGT: Namespace %1, SSH %2, angehalten: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>lab: unknown action '%1'; use up, down or status.</source>
        <translation>lab: unbekannte Aktion „%1“; verwenden Sie up, down oder status.</translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message>
        <source>%1: a multi-host container overlay with Open vSwitch, VXLAN and Docker</source>
        <translation>%1: ein Container-Overlay über mehrere Hosts mit Open vSwitch, VXLAN und Docker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, underlay %3)</source>
        <translation>%1 (%2, Underlay %3)</translation>
    </message>
    <message>
        <source>Open vSwitch (OVS) is a virtual switch for software-defined networks. VXLAN (Virtual Extensible LAN) carries Ethernet frames inside UDP packets over an IP network, so a layer-2 network can span several hosts. Together they let Docker containers on different hosts talk as if they shared one switch, each network isolated by its own VXLAN network identifier (VNI).</source>
        <translation>Open vSwitch (OVS) ist ein virtueller Switch für softwaredefinierte Netze. VXLAN (Virtual Extensible LAN) transportiert Ethernet-Frames in UDP-Paketen über ein IP-Netz, sodass sich ein Layer-2-Netz über mehrere Hosts erstrecken kann. Zusammen lassen sie Docker-Container auf verschiedenen Hosts so miteinander sprechen, als hingen sie an einem Switch – jedes Netz isoliert durch seine eigene VXLAN-Netzkennung (VNI).</translation>
    </message>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>Diese Anleitung baut die Topologie **%1** von Hand auf: %n Host, </numerusform>
            <numerusform>Diese Anleitung baut die Topologie **%1** von Hand auf: %n Hosts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>%n Bridge, </numerusform>
            <numerusform>%n Bridges, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>%n Container </numerusform>
            <numerusform>%n Container </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>und %n VXLAN-Tunnel</numerusform>
            <numerusform>und %n VXLAN-Tunnel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> mit %n Netz (VNI).</numerusform>
            <numerusform> mit %n Netzen (VNIs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command below is the one OverlayStudio runs; each is safe to run again.</source>
        <translation>Jeder Befehl unten ist genau der, den OverlayStudio ausführt; jeder kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Topology %1</source>
        <translation>Topologie %1</translation>
    </message>
    <message>
        <source>The diagram as a drawing: [%1](%2).</source>
        <translation>Das Diagramm als Zeichnung: [%1](%2).</translation>
    </message>
    <message>
        <source>%1 (gateway %2 on %3)</source>
        <translation>%1 (Gateway %2 auf %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Underlay (VTEP)</source>
        <translation>Underlay (VTEP)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>(nur dieser Host)</translation>
    </message>
    <message>
        <source>The networks: bridges joined by VXLAN tunnels form one layer-2 network, named by its VNI. Networks are isolated from each other unless the design routes between them.</source>
        <translation>Die Netze: Bridges, die durch VXLAN-Tunnel verbunden sind, bilden ein Layer-2-Netz, benannt nach seinem VNI. Die Netze sind voneinander isoliert, sofern der Entwurf nicht zwischen ihnen routet.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Linux hosts that reach each other over IP: %1%2.</source>
        <translation>Linux-Hosts, die sich über IP erreichen: %1%2.</translation>
    </message>
    <message>
        <source>, with UDP port %1 open between them</source>
        <translation>, mit offenem UDP-Port %1 zwischen ihnen</translation>
    </message>
    <message>
        <source>On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and %6.</source>
        <translation>Auf jedem Host: Docker (%1), Open vSwitch (%2, das %3 und %4 mitbringt), %5 und %6.</translation>
    </message>
    <message>
        <source>A shell as root on each host (%1): every command below runs as root.</source>
        <translation>Eine root-Shell auf jedem Host (%1): Jeder Befehl unten läuft als root.</translation>
    </message>
    <message>
        <source>The container image(s) %1 on the hosts that run containers (%2, or build them).</source>
        <translation>Das/die Container-Image(s) %1 auf den Hosts, die Container ausführen (%2, oder selbst bauen).</translation>
    </message>
    <message>
        <source>Hosts without the Open vSwitch kernel module use its userspace datapath (%1), as the design says for them; their underlay address must sit on an OVS bridge holding the NIC.</source>
        <translation>Hosts ohne das Open-vSwitch-Kernelmodul verwenden seinen Userspace-Datapath (%1), wie es der Entwurf für sie vorsieht; ihre Underlay-Adresse muss auf einer OVS-Bridge liegen, die die Netzwerkkarte enthält.</translation>
    </message>
    <message>
        <source>Step %1: build %2</source>
        <translation>Schritt %1: %2 aufbauen</translation>
    </message>
    <message>
        <source>Nothing to do on %1: it has no bridges or containers.</source>
        <translation>Auf %1 ist nichts zu tun: Es hat keine Bridges oder Container.</translation>
    </message>
    <message>
        <source>On %1, as root, in this order:</source>
        <translation>Auf %1, als root, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Step %1: test it</source>
        <translation>Schritt %1: testen</translation>
    </message>
    <message>
        <source>There are no two containers plugged into bridges to ping between.</source>
        <translation>Es gibt keine zwei an Bridges angeschlossenen Container, zwischen denen man pingen könnte.</translation>
    </message>
    <message>
        <source>Ping from each container to the others. Within a network (one VNI) the pings must get replies; between networks they must fail: each VNI is its own isolated network, unless the design routes between them.</source>
        <translation>Pingen Sie von jedem Container zu den anderen. Innerhalb eines Netzes (ein VNI) müssen die Pings Antworten erhalten; zwischen Netzen müssen sie scheitern: Jeder VNI ist ein eigenes, isoliertes Netz, sofern der Entwurf nicht zwischen ihnen routet.</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>On %1, these must get replies:</source>
        <translation>Auf %1 müssen diese Antworten erhalten:</translation>
    </message>
    <message>
        <source>On %1, these must fail (100% packet loss):</source>
        <translation>Auf %1 müssen diese scheitern (100% Paketverlust):</translation>
    </message>
    <message>
        <source>same host, switched by its bridge</source>
        <translation>gleicher Host, von seiner Bridge geswitcht</translation>
    </message>
    <message>
        <source>VNI %1 via %2</source>
        <translation>VNI %1 über %2</translation>
    </message>
    <message>
        <source>routed by the design, then %1</source>
        <translation>vom Entwurf geroutet, dann %1</translation>
    </message>
    <message>
        <source>same network, %1</source>
        <translation>gleiches Netz, %1</translation>
    </message>
    <message>
        <source>The MTU check</source>
        <translation>Die MTU-Prüfung</translation>
    </message>
    <message>
        <source>VXLAN adds %1 bytes to every frame: %2. So the containers' packets may be at most %3 bytes, and the bridges and containers here use MTU %4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that must not be fragmented passes; one byte more is refused.</source>
        <translation>VXLAN fügt jedem Frame %1 Bytes hinzu: %2. Die Pakete der Container dürfen also höchstens %3 Bytes groß sein, und die Bridges und Container hier verwenden MTU %4. Ein Ping mit %5 Bytes Daten (plus 8 für ICMP und 20 für IP: %4), der nicht fragmentiert werden darf, geht durch; ein Byte mehr wird abgewiesen.</translation>
    </message>
    <message>
        <source>The first prints %1, the second gets a reply, the third fails with "message too long". (%2 needs iputils ping; BusyBox's ping has no %2.)</source>
        <translation>Der erste gibt %1 aus, der zweite erhält eine Antwort, der dritte scheitert mit „message too long“. (%2 braucht den Ping aus iputils; der Ping von BusyBox kennt kein %2.)</translation>
    </message>
    <message>
        <source>Step %1: what a ping looks like on the wire</source>
        <translation>Schritt %1: So sieht ein Ping auf der Leitung aus</translation>
    </message>
    <message>
        <source>One echo request from %1 to %2 (%3), step by step:</source>
        <translation>Eine Echo-Anfrage von %1 an %2 (%3), Schritt für Schritt:</translation>
    </message>
    <message>
        <source>On the underlay between %1 and %2 the frame has these headers (see them for real with %3 on %1):</source>
        <translation>Im Underlay zwischen %1 und %2 hat der Frame diese Header (in echt zu sehen mit %3 auf %1):</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Step %1: remove it all</source>
        <translation>Schritt %1: alles entfernen</translation>
    </message>
    <message>
        <source>On each host, as root: this removes the containers, firewall rules and bridges this topology made, and nothing else (each is checked for the topology's tag first).</source>
        <translation>Auf jedem Host, als root: Dies entfernt die Container, Firewall-Regeln und Bridges, die diese Topologie angelegt hat, und sonst nichts (bei jedem wird zuerst die Kennzeichnung der Topologie geprüft).</translation>
    </message>
</context>
<context>
    <name>studio::LabGuideExport</name>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation>Lokales Labor wird gesucht...</translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation>Lokales Labor</translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation>Ein Labor läuft, aber %1.</translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation>Es hat weniger als %1 Hosts</translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation>Diese Hosts funktionieren nicht: %1</translation>
    </message>
    <message>
        <source>Take it down with '%1' and try again.</source>
        <translation>Fahren Sie es mit „%1“ herunter und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>Das lokale Labor lief bereits: %n Host.</numerusform>
            <numerusform>Das lokale Labor lief bereits: %n Hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation>Das lokale Labor läuft: %1.</translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation>Das lokale Labor kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation>Das passende Beispiel ist geöffnet. Jetzt im Labor bereitstellen?</translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and '%1' takes the lab down.</source>
        <translation>Wenn Sie fertig sind, entfernt Bereitstellen &gt; Abbauen, was angelegt wurde, und „%1“ fährt das Labor herunter.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation>Das lokale Labor braucht root-Rechte</translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation>Das lokale Labor simuliert Hosts auf diesem Rechner: Es legt Netzwerk-Namespaces an, startet für jeden Host Open vSwitch und einen SSH-Server und fügt eine Firewall-Regel hinzu. Dafür sind root-Rechte nötig, und OverlayStudio läuft als normaler Benutzer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Starten Sie ein Labor mit zwei Hosts in einem Terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Öffnen Sie dann das passende Beispiel (Hilfe &amp;gt; Beispiel öffnen &amp;gt; Zwei Hosts im lokalen Labor) und stellen Sie es mit Bereitstellen &amp;gt; Anwenden bereit. Wenn Sie fertig sind:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation>Labor-Beispiel ö&amp;ffnen</translation>
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
        <translation>konnte nicht starten: %1.</translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation>Installieren Sie das Programm (siehe .ci/install-deps.sh).</translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation>wurde nicht innerhalb von %1 s fertig.</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>mit Exit-Code %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>studio::LocalImageStream</name>
    <message>
        <source>image %1 on this machine</source>
        <translation>Image %1 auf diesem Rechner</translation>
    </message>
    <message>
        <source>Check that Docker runs here and that "docker image ls" lists the image.</source>
        <translation>Prüfen Sie, dass Docker hier läuft und „docker image ls“ das Image auflistet.</translation>
    </message>
    <message>
        <source>docker cannot be started here: %1</source>
        <translation>docker kann hier nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>this machine does not have it (%1).</source>
        <translation>dieser Rechner hat es nicht (%1).</translation>
    </message>
    <message>
        <source>docker save cannot be started: %1</source>
        <translation>docker save kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>gzip cannot be started: %1</source>
        <translation>gzip kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>docker save produced nothing for 5 minutes.</source>
        <translation>docker save hat 5 Minuten lang nichts ausgegeben.</translation>
    </message>
    <message>
        <source>docker save failed: %1</source>
        <translation>docker save schlug fehl: %1</translation>
    </message>
    <message>
        <source>gzip failed: %1</source>
        <translation>gzip schlug fehl: %1</translation>
    </message>
    <message>
        <source>docker image inspect gave no image ID (%1).</source>
        <translation>docker image inspect hat keine Image-ID geliefert (%1).</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Beispi&amp;el öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation>%1: %2 Hosts, %3 Bridges, %4 Container, %5 Links; %6 Fehler, %7 Warnungen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Bereit&amp;stellen</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation>%1[*] - OverlayStudio</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>Als B&amp;ild exportieren...</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation>&amp;Plan exportieren...</translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation>Die Skripte pro Host exportieren nach</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Der Plan kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>%n Skript nach %1 geschrieben</numerusform>
            <numerusform>%n Skripte nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am Ra&amp;ster ausrichten</translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation>&amp;Host hier hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation>&amp;Bridge hier hinzufügen</translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation>C&amp;ontainer hier hinzufügen</translation>
    </message>
    <message>
        <source>Start a new, empty topology</source>
        <translation>Eine neue, leere Topologie beginnen</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>Eine Topologiedatei öffnen</translation>
    </message>
    <message>
        <source>Save the topology</source>
        <translation>Die Topologie speichern</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Images…</source>
        <translation>&amp;Images…</translation>
    </message>
    <message>
        <source>How hosts that lack an image get it: pull, build or copy</source>
        <translation>Wie Hosts, denen ein Image fehlt, es bekommen: laden, bauen oder kopieren</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
</context>
<context>
    <name>studio::Monitor</name>
    <message>
        <source>is already being monitored.</source>
        <translation>wird bereits überwacht.</translation>
    </message>
    <message>
        <source>Stop monitoring first.</source>
        <translation>Beenden Sie zuerst die Überwachung.</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>must be from 0.2 to 60 seconds, not %1.</source>
        <translation>muss zwischen 0,2 und 60 Sekunden liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Fix the topology's errors first: only a valid topology can be deployed and monitored.</source>
        <translation>Beheben Sie zuerst die Fehler der Topologie: Nur eine gültige Topologie kann bereitgestellt und überwacht werden.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCli</name>
    <message>
        <source>Seconds between samples (0.2 to 60).</source>
        <translation>Sekunden zwischen Messungen (0,2 bis 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Stop after this many intervals (default: run until Ctrl+C).</source>
        <translation>Nach so vielen Intervallen anhalten (Standard: laufen bis Strg+C).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>CSV with a header line.</source>
        <translation>CSV mit Kopfzeile.</translation>
    </message>
    <message>
        <source>Cap on the container pairs pinged.</source>
        <translation>Obergrenze für die angepingten Container-Paare.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>known_hosts-Datei, mit der Host-Schlüssel geprüft werden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Noch nie gesehenen Host-Schlüsseln vertrauen (geänderte Schlüssel werden immer abgelehnt).</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>Die Topologiedatei.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation>Aufruf: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known: %3 %4.%5</source>
        <translation>Der Host-Schlüssel von %1 (%2) ist nicht bekannt: %3 %4.%5</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> Vertraut (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Not trusted: run 'status' or 'apply' once to confirm it, or pass --accept-new-host-keys.</source>
        <translation> Nicht vertraut: Führen Sie einmal „status“ oder „apply“ aus, um ihn zu bestätigen, oder geben Sie --accept-new-host-keys an.</translation>
    </message>
    <message>
        <source>Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. Ctrl+C stops.</source>
        <translation>Überwache %1: %2 Host(s), %3 Ping-Sonde(n), alle %4 s. Strg+C hält an.</translation>
    </message>
    <message>
        <source>Stopping: ending the remote pings...</source>
        <translation>Wird angehalten: Die entfernten Pings werden beendet...</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCsv</name>
    <message>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Check the free space and choose a folder you may write to.</source>
        <translation>Prüfen Sie den freien Speicherplatz und wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Monitor tools</source>
        <translation>Überwachungswerkzeuge</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop drawing new samples (recording goes on); press again to catch up</source>
        <translation>Keine neuen Messungen mehr zeichnen (die Aufzeichnung läuft weiter); erneut drücken, um aufzuholen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep the newest samples in view (zooming or panning a graph stops following; End or a double click on a graph comes back)</source>
        <translation>Die neuesten Messungen im Blick behalten (Zoomen oder Verschieben eines Diagramms beendet das Folgen; Ende oder ein Doppelklick auf ein Diagramm stellt es wieder her)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Throughput in:</source>
        <translation>&amp;Durchsatz in:</translation>
    </message>
    <message>
        <source>Throughput unit</source>
        <translation>Durchsatzeinheit</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>Bit/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>Pakete/s</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Recorded Samples as &amp;CSV...</source>
        <translation>Aufgezeichnete Messungen als &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Round-Trip Graph as PNG or SVG...</source>
        <translation>&amp;Round-Trip-Diagramm als PNG oder SVG...</translation>
    </message>
    <message>
        <source>&amp;Bit Rate Graph as PNG or SVG...</source>
        <translation>&amp;Bitraten-Diagramm als PNG oder SVG...</translation>
    </message>
    <message>
        <source>P&amp;acket Rate Graph as PNG or SVG...</source>
        <translation>P&amp;aketraten-Diagramm als PNG oder SVG...</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>Überwachungszustand</translation>
    </message>
    <message>
        <source>Problems found by monitoring</source>
        <translation>Von der Überwachung gefundene Probleme</translation>
    </message>
    <message>
        <source>What the graphs show</source>
        <translation>Was die Diagramme zeigen</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Show all graphs</source>
        <translation>Alle Diagramme zeigen</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Round-Trip-Zeit</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>Bit/s</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Monitoring.</source>
        <translation>Überwachung läuft.</translation>
    </message>
    <message>
        <source>Not monitoring. Apply the topology, then start monitoring (Deploy menu).</source>
        <translation>Keine Überwachung. Wenden Sie die Topologie an und starten Sie dann die Überwachung (Menü Bereitstellen).</translation>
    </message>
    <message>
        <source>Paused: samples are still recorded; press Pause again to draw them.</source>
        <translation>Pausiert: Messungen werden weiter aufgezeichnet; drücken Sie erneut Pause, um sie zu zeichnen.</translation>
    </message>
    <message>
        <source>Nothing is watched yet.</source>
        <translation>Noch wird nichts überwacht.</translation>
    </message>
    <message>
        <source>Showing the ping %1 and the links it crosses.</source>
        <translation>Angezeigt: der Ping %1 und die Links, die er durchquert.</translation>
    </message>
    <message>
        <source>Showing every ping and link. Select a host, container or link on the canvas to see its own graphs.</source>
        <translation>Angezeigt: alle Pings und Links. Wählen Sie einen Host, Container oder Link auf der Zeichenfläche, um seine eigenen Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>an object added after monitoring began</source>
        <translation>ein Objekt, das nach Beginn der Überwachung hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Angezeigt: %1.</translation>
    </message>
    <message>
        <source>No graphs for %1 yet.</source>
        <translation>Noch keine Diagramme für %1.</translation>
    </message>
    <message>
        <source>Median round trip: %1 through the tunnel, %2 on the underlay beneath it (the tunnel adds %3).</source>
        <translation>Median-Round-Trip: %1 durch den Tunnel, %2 im Underlay darunter (der Tunnel fügt %3 hinzu).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation>
            <numerusform>%n Problem: </numerusform>
            <numerusform>%n Probleme: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the table)</source>
        <translation>
            <numerusform>(%n weiteres in der Tabelle)</numerusform>
            <numerusform>(%n weitere in der Tabelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Start monitoring first.</source>
        <translation>Starten Sie zuerst die Überwachung.</translation>
    </message>
    <message>
        <source>Export Recorded Samples</source>
        <translation>Aufgezeichnete Messungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The longest time the graphs show while following; a shorter recording fills them from its start</source>
        <translation>Die längste Zeitspanne, die die Graphen beim Folgen zeigen; eine kürzere Aufzeichnung füllt sie von ihrem Beginn an</translation>
    </message>
</context>
<context>
    <name>studio::MonitorPlot</name>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1
%2  %3</source>
        <translation>%1
%2  %3</translation>
    </message>
    <message>
        <source>Graph recorded by OverlayStudio</source>
        <translation>Von OverlayStudio aufgezeichnetes Diagramm</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und einen Namen mit .png oder .svg.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message>
        <source>Monitored objects</source>
        <translation>Überwachte Objekte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>A probe's last round-trip time; a link's or container's current rates (→ sent, ← received)</source>
        <translation>Die letzte Round-Trip-Zeit einer Sonde; die aktuellen Raten eines Links oder Containers (→ gesendet, ← empfangen)</translation>
    </message>
    <message>
        <source>90% of the round trips were at most this long</source>
        <translation>90% der Round-Trips dauerten höchstens so lange</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>VNI %1: %2</source>
        <translation>VNI %1: %2</translation>
    </message>
    <message>
        <source>Pings</source>
        <translation>Pings</translation>
    </message>
    <message>
        <source>Ping between the hosts' underlay addresses: what the tunnels ride on</source>
        <translation>Ping zwischen den Underlay-Adressen der Hosts: worauf die Tunnel laufen</translation>
    </message>
    <message>
        <source>Ping from %1 to %2 through the overlay</source>
        <translation>Ping von %1 nach %2 durch das Overlay</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>Host-Schlüssel abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>%n von %1 Pings im Zeitfenster verloren</numerusform>
            <numerusform>%n von %1 Pings im Zeitfenster verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1  ← %2</source>
        <extracomment>current rates: → sent (a link: A to B), ← received (a link: B to A)</extracomment>
        <translation>→ %1  ← %2</translation>
    </message>
    <message>
        <source>→ %1, %2
← %3, %4</source>
        <translation>→ %1, %2
← %3, %4</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStore</name>
    <message>
        <source>%1 is unreachable.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Unknown: %1 is unreachable.</source>
        <translation>Unbekannt: %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 has no bridge %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 hat keine Bridge %2: Die Topologie ist dort nicht angewendet. Wenden Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>%1 runs but has no port on its bridge (it was restarted after the apply?). Apply the topology again.</source>
        <translation>%1 läuft, hat aber keinen Port an seiner Bridge (wurde er nach dem Anwenden neu gestartet?). Wenden Sie die Topologie erneut an.</translation>
    </message>
    <message>
        <source>%1 on %2 is not running (%3).</source>
        <translation>%1 auf %2 läuft nicht (%3).</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 existiert nicht auf %2: Die Topologie ist dort nicht angewendet. Wenden Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>%1: the ping stopped: %2</source>
        <translation>%1: Der Ping wurde beendet: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer to the last %2 pings.</source>
        <translation>%1: keine Antwort auf die letzten %2 Pings.</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 pings lost.</source>
        <translation>%1: %2 der letzten %3 Pings verloren.</translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message>
        <source>Monitoring the topology as it was when monitoring started; the design has changed since. Apply it and monitoring restarts.</source>
        <translation>Überwacht wird die Topologie so, wie sie beim Start der Überwachung war; der Entwurf hat sich seitdem geändert. Wenden Sie ihn an, dann startet die Überwachung neu.</translation>
    </message>
    <message>
        <source>Start &amp;Monitoring</source>
        <translation>Über&amp;wachung starten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>toolbar button: start monitoring</comment>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Watch the deployed topology: pings between containers and hosts, traffic on every link and container, the state of every object</source>
        <translation>Die bereitgestellte Topologie überwachen: Pings zwischen Containern und Hosts, Verkehr auf jedem Link und Container, der Zustand jedes Objekts</translation>
    </message>
    <message>
        <source>Stop M&amp;onitoring</source>
        <translation>Überwachung be&amp;enden</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>toolbar button: stop monitoring</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the pings and counter reads on every host</source>
        <translation>Die Pings und das Auslesen der Zähler auf allen Hosts beenden</translation>
    </message>
    <message>
        <source>Monitor After &amp;Apply</source>
        <translation>Nach &amp;Anwenden überwachen</translation>
    </message>
    <message>
        <source>Start monitoring by itself after every successful Apply</source>
        <translation>Die Überwachung nach jedem erfolgreichen Anwenden automatisch starten</translation>
    </message>
    <message>
        <source>There is nothing to monitor: the topology has no hosts.</source>
        <translation>Es gibt nichts zu überwachen: Die Topologie hat keine Hosts.</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>Überwachung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>Überwachung von %1 seit %2: %n Ping alle %3 s.</numerusform>
            <numerusform>Überwachung von %1 seit %2: %n Pings alle %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring %1.</source>
        <translation>Überwachung von %1.</translation>
    </message>
    <message>
        <source>Stopping the probes on every host...</source>
        <translation>Die Sonden auf allen Hosts werden beendet...</translation>
    </message>
    <message>
        <source>Now: %1 from %2, %3 from %4</source>
        <translation>Jetzt: %1 von %2, %3 von %4</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Monitoring stopped at %1. What was recorded stays here until the next start; export it from the Export menu.</source>
        <translation>Überwachung um %1 beendet. Das Aufgezeichnete bleibt bis zum nächsten Start hier; exportieren Sie es über das Menü Exportieren.</translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains '%1'</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation>enthält das Zeichen U+%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>; use only letters, digits, '_', '.' and '-'</source>
        <translation>; verwenden Sie nur Buchstaben, Ziffern, „_“, „.“ und „-“</translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation>ist %1 Zeichen lang; %2 erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation>ist zu kurz; %1 braucht mindestens %2 Zeichen</translation>
    </message>
    <message>
        <source>starts with '%1'; start with a letter or digit</source>
        <translation>beginnt mit „%1“; beginnen Sie mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>OverlayStudio</source>
        <translation>OverlayStudio</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>is %1 characters long; Docker allows at most 255</source>
        <translation>ist %1 Zeichen lang; Docker erlaubt höchstens 255</translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation>; ein Image schreibt man z. B. ubuntu:v1 oder registry:5000/team/app:1.2</translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation>ist keine Docker-Image-Referenz; schreiben Sie sie z. B. als ubuntu:v1 (Name in Kleinbuchstaben, optional :tag)</translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', starting with a letter</source>
        <translation>ist kein gültiger Benutzername; verwenden Sie bis zu 32 Kleinbuchstaben, Ziffern, „_“ oder „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation>ist keine gültige IPv4-Adresse (vier Zahlen 0–255, z. B. 192.168.0.8)</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation>ist weder eine IP-Adresse noch ein Hostname</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>enthält ein Leerzeichen</translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message>
        <source>is not plugged into a bridge, so no packet can leave or reach it.</source>
        <translation>ist an keine Bridge angeschlossen, daher kann kein Paket ihn verlassen oder erreichen.</translation>
    </message>
    <message>
        <source>Connect the container to a bridge.</source>
        <translation>Schließen Sie den Container an eine Bridge an.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 sends on %2</source>
        <translation>%1 sendet über %2</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so it is on-link: %1 asks for its MAC address with ARP and sends the frame straight to it, out of %5 (MTU %6).</source>
        <translation>%1 (%2) pingt %3. %3 liegt in %4, dem Netz seiner Schnittstelle %5, ist also direkt erreichbar (on-link): %1 fragt per ARP nach seiner MAC-Adresse und sendet den Frame direkt dorthin, über %5 (MTU %6).</translation>
    </message>
    <message>
        <source>the frame for %1</source>
        <translation>der Frame für %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>%1 sends to its gateway</source>
        <translation>%1 sendet an sein Gateway</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so its default route sends the packet to gateway %6: the frame goes to the gateway's MAC address (learned with ARP), out of %5 (MTU %7).</source>
        <translation>%1 (%2) pingt %3. %3 liegt außerhalb von %4, dem Netz seiner Schnittstelle %5, daher schickt seine Standardroute das Paket an Gateway %6: Der Frame geht an die MAC-Adresse des Gateways (per ARP ermittelt), über %5 (MTU %7).</translation>
    </message>
    <message>
        <source>No gateway answers</source>
        <translation>Kein Gateway antwortet</translation>
    </message>
    <message>
        <source>No bridge of %1's network has the gateway address %2: its ARP request goes unanswered and the packet is never sent.</source>
        <translation>Keine Bridge im Netz von %1 hat die Gateway-Adresse %2: Seine ARP-Anfrage bleibt unbeantwortet, und das Paket wird nie gesendet.</translation>
    </message>
    <message>
        <source>Set %1's gateway to the gateway address of its bridge.</source>
        <translation>Setzen Sie das Gateway von %1 auf die Gateway-Adresse seiner Bridge.</translation>
    </message>
    <message>
        <source>the frame for gateway %1</source>
        <translation>der Frame für Gateway %1</translation>
    </message>
    <message>
        <source>%1 takes it in on %2</source>
        <translation>%1 nimmt ihn an %2 entgegen</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 finds %5 in %6, the network of its bridge %7, and would forward it out of %8.</source>
        <translation>Der Gateway-Port %1 von %2 (%3) übergibt das Paket an den IP-Stack von %4. %4 findet %5 in %6, dem Netz seiner Bridge %7, und würde es über %8 weiterleiten.</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, which looks for a route to %5.</source>
        <translation>Der Gateway-Port %1 von %2 (%3) übergibt das Paket an den IP-Stack von %4, der eine Route zu %5 sucht.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2. Its default route would send the packet out to the underlay, masqueraded by the NAT of %3, where nobody knows %2: it is lost.</source>
        <translation>%1 hat kein Netz, das %2 enthält. Seine Standardroute würde das Paket ins Underlay schicken, maskiert durch das NAT von %3, wo niemand %2 kennt: Es geht verloren.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2 and no route to it: the packet is dropped.</source>
        <translation>%1 hat kein Netz, das %2 enthält, und keine Route dorthin: Das Paket wird verworfen.</translation>
    </message>
    <message>
        <source>No route on %1</source>
        <translation>Keine Route auf %1</translation>
    </message>
    <message>
        <source>Put both containers on one network (the same VNI), or give %1 a bridge in %2's network and set routing on both bridges.</source>
        <translation>Legen Sie beide Container in ein Netz (denselben VNI), oder geben Sie %1 eine Bridge im Netz von %2 und aktivieren Sie Routing auf beiden Bridges.</translation>
    </message>
    <message>
        <source>Isolation of %1 drops it</source>
        <translation>Die Isolation von %1 verwirft es</translation>
    </message>
    <message>
        <source>The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not a reply) drops it. The networks are isolated%4, and the design does not route between %5 and %1.</source>
        <translation>Die Isolationsregel von %1 auf %2 (mangle-Tabelle, FORWARD: aus %3 heraus und keine Antwort) verwirft es. Die Netze sind isoliert%4, und der Entwurf routet nicht zwischen %5 und %1.</translation>
    </message>
    <message>
        <source>: the VNIs differ (%1 and %2)</source>
        <translation>: Die VNIs unterscheiden sich (%1 und %2)</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 of %3 (and on every host that has both networks), or put the containers on the same VNI.</source>
        <translation>Aktivieren Sie Routing auf %1 und %2 von %3 (und auf jedem Host, der beide Netze hat), oder legen Sie die Container in denselben VNI.</translation>
    </message>
    <message>
        <source>%1 routes it out of %2</source>
        <translation>%1 routet es über %2 weiter</translation>
    </message>
    <message>
        <source>Routing between %1 and %2 is part of the design: the rule that lets %3 into %4 comes before the isolation rule. The TTL drops to 63 and the frame leaves %4 with the gateway port's MAC address as its source.</source>
        <translation>Routing zwischen %1 und %2 ist Teil des Entwurfs: Die Regel, die %3 nach %4 durchlässt, steht vor der Isolationsregel. Die TTL sinkt auf 63, und der Frame verlässt %4 mit der MAC-Adresse des Gateway-Ports als Absender.</translation>
    </message>
    <message>
        <source>%1 receives it on %2</source>
        <translation>%1 empfängt es auf %2</translation>
    </message>
    <message>
        <source>%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 and answers it with an echo reply, which takes the way back.</source>
        <translation>%1 switcht den Frame zum Port von %2; %2 (%3) empfängt die Echo-Anfrage auf %4 und beantwortet sie mit einer Echo-Antwort, die den Weg zurück nimmt.</translation>
    </message>
    <message>
        <source>The echo request from %1 reaches %2.</source>
        <translation>Die Echo-Anfrage von %1 erreicht %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 takes in %2 and looks for where it should go.</source>
        <translation>%1 nimmt %2 entgegen und sucht, wohin es gehen soll.</translation>
    </message>
    <message>
        <source>No link to %1</source>
        <translation>Kein Link zu %1</translation>
    </message>
    <message>
        <source>No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate networks even though their addresses look alike.</source>
        <translation>Kein VXLAN-Link verbindet %1 mit %2, daher verlässt %3 niemals %4: Es sind getrennte Netze, auch wenn ihre Adressen ähnlich aussehen.</translation>
    </message>
    <message>
        <source>Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the other).</source>
        <translation>Verbinden Sie %1 und %2 mit einem VXLAN-Link (ziehen Sie vom Anfasser einer Bridge zur anderen).</translation>
    </message>
    <message>
        <source>%1 switches %2 from one of its ports to another: both ends are on this bridge, so the frame never leaves %3.</source>
        <translation>%1 switcht %2 von einem seiner Ports zu einem anderen: Beide Enden liegen an dieser Bridge, daher verlässt der Frame %3 nie.</translation>
    </message>
    <message>
        <source>Outer Ethernet</source>
        <translation>Äußeres Ethernet</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>Quell-MAC</translation>
    </message>
    <message>
        <source>%1's underlay interface</source>
        <translation>die Underlay-Schnittstelle von %1</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>Ziel-MAC</translation>
    </message>
    <message>
        <source>the next hop to %1</source>
        <translation>der nächste Hop zu %1</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>EtherType</translation>
    </message>
    <message>
        <source>Outer IPv6</source>
        <translation>Äußeres IPv6</translation>
    </message>
    <message>
        <source>Outer IPv4</source>
        <translation>Äußeres IPv4</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Nutzdatenlänge</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Gesamtlänge</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>from a hash of the inner headers</source>
        <translation>aus einem Hash der inneren Header</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>0x08 (VNI present)</source>
        <translation>0x08 (VNI vorhanden)</translation>
    </message>
    <message>
        <source>%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it learned that from earlier frames, or floods the first one), so it sends the frame there.</source>
        <translation>%1 nimmt %2 entgegen; die MAC-Adresse des Ziels liegt hinter seinem VXLAN-Port %3 (das hat er aus früheren Frames gelernt, oder er flutet den ersten), also sendet er den Frame dorthin.</translation>
    </message>
    <message>
        <source>%1 wraps it in VXLAN, VNI %2</source>
        <translation>%1 verpackt es in VXLAN, VNI %2</translation>
    </message>
    <message>
        <source>The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. The MTU arithmetic: %6.</source>
        <translation>Der VXLAN-Port %1 (key=%2, remote_ip=%3) packt den ganzen Ethernet-Frame in ein UDP-Paket an %3, Port %4, mit VNI %2 im VXLAN-Header: %5 Bytes mehr. Die MTU-Rechnung: %6.</translation>
    </message>
    <message>
        <source>The underlay carries it from %1 to %2</source>
        <translation>Das Underlay transportiert es von %1 nach %2</translation>
    </message>
    <message>
        <source>%1 sends the UDP packet from %2 to %3 like any other; the routers in between see only the outer headers.</source>
        <translation>%1 sendet das UDP-Paket von %2 an %3 wie jedes andere; die Router dazwischen sehen nur die äußeren Header.</translation>
    </message>
    <message>
        <source>%1 on %2 unwraps it</source>
        <translation>%1 auf %2 entpackt es</translation>
    </message>
    <message>
        <source>On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers and hands the original frame to %6.</source>
        <translation>Auf %1 gehört UDP-Port %2 zu Open vSwitch. Das Paket kommt von %3, der remote_ip von %4, mit VNI %5, seinem key: %4 nimmt es an, entfernt die äußeren Header und übergibt den ursprünglichen Frame an %6.</translation>
    </message>
    <message>
        <source>MTU %1 is too large for this tunnel</source>
        <translation>MTU %1 ist zu groß für diesen Tunnel</translation>
    </message>
    <message>
        <source>%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger packets are lost. Lower the bridge's MTU to %3.</source>
        <translation>Die MTU von %1 ist %2, aber der Tunnel transportiert höchstens %3 Bytes (%4): Größere Pakete gehen verloren. Senken Sie die MTU der Bridge auf %3.</translation>
    </message>
    <message>
        <source>%1 learns the sender's MAC address behind %2 and switches the frame on.</source>
        <translation>%1 lernt die MAC-Adresse des Absenders hinter %2 und switcht den Frame weiter.</translation>
    </message>
    <message>
        <source>Inner Ethernet</source>
        <translation>Inneres Ethernet</translation>
    </message>
    <message>
        <source>Inner IPv4</source>
        <translation>Inneres IPv4</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>ICMP-Echo-Anfrage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8 (Echo-Anfrage)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>ping's timestamp and pattern</source>
        <translation>Zeitstempel und Muster von ping</translation>
    </message>
    <message>
        <source>%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)</source>
        <translation>%1 %2 %3 = %4 (äußeres %5 %6 + UDP %7 + VXLAN %8 + inneres Ethernet %9)</translation>
    </message>
    <message>
        <source>is not a container.</source>
        <translation>ist kein Container.</translation>
    </message>
    <message>
        <source>Choose two containers, or one VXLAN link.</source>
        <translation>Wählen Sie zwei Container oder einen VXLAN-Link.</translation>
    </message>
    <message>
        <source>would ping itself; that never leaves it.</source>
        <translation>würde sich selbst anpingen; das verlässt ihn nie.</translation>
    </message>
    <message>
        <source>Choose two different containers.</source>
        <translation>Wählen Sie zwei verschiedene Container.</translation>
    </message>
    <message>
        <source>the topology has errors, so its packets cannot be followed: %1</source>
        <translation>Die Topologie enthält Fehler, daher können ihre Pakete nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>is not a VXLAN link.</source>
        <translation>ist kein VXLAN-Link.</translation>
    </message>
    <message>
        <source>Choose a link, or two containers.</source>
        <translation>Wählen Sie einen Link oder zwei Container.</translation>
    </message>
    <message>
        <source>has no container on %1 to send or receive a ping.</source>
        <translation>hat keinen Container auf %1, der einen Ping senden oder empfangen könnte.</translation>
    </message>
    <message>
        <source>Plug a container into each end's bridge.</source>
        <translation>Schließen Sie an die Bridge jedes Endes einen Container an.</translation>
    </message>
    <message>
        <source>the captured frame ends inside its %1 header.</source>
        <translation>der mitgeschnittene Frame endet innerhalb seines %1-Headers.</translation>
    </message>
    <message>
        <source>Capture with a larger snap length (tcpdump -s 0).</source>
        <translation>Schneiden Sie mit einer größeren Snap-Länge mit (tcpdump -s 0).</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>Linux-cooked-Header</translation>
    </message>
    <message>
        <source>the capture's link type %1 is not Ethernet.</source>
        <translation>Der Link-Typ %1 des Mitschnitts ist nicht Ethernet.</translation>
    </message>
    <message>
        <source>Capture on the underlay interface itself.</source>
        <translation>Schneiden Sie direkt auf der Underlay-Schnittstelle mit.</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (protocol %1).</source>
        <translation>Das mitgeschnittene Paket ist kein UDP (Protokoll %1).</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Hop-Limit</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (next header %1).</source>
        <translation>Das mitgeschnittene Paket ist kein UDP (Next Header %1).</translation>
    </message>
    <message>
        <source>the captured frame is not IP (EtherType %1).</source>
        <translation>Der mitgeschnittene Frame ist kein IP (EtherType %1).</translation>
    </message>
    <message>
        <source>the UDP payload is not VXLAN (flags 0x%1, no VNI).</source>
        <translation>Die UDP-Nutzdaten sind kein VXLAN (Flags 0x%1, kein VNI).</translation>
    </message>
    <message>
        <source>0x%1 (VNI present)</source>
        <translation>0x%1 (VNI vorhanden)</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>ICMP-Echo-Antwort</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0 (Echo-Antwort)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::PacketPathController</name>
    <message>
        <source>Save Capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Packet capture (*.pcap)</source>
        <translation>Paketmitschnitt (*.pcap)</translation>
    </message>
    <message>
        <source>Packet Path</source>
        <translation>Paketweg</translation>
    </message>
    <message>
        <source>Show &amp;Packet Path</source>
        <translation>&amp;Paketweg anzeigen</translation>
    </message>
    <message>
        <source>Follow one ping between the selected containers (or across the selected link): every hop, header and byte</source>
        <translation>Einen Ping zwischen den ausgewählten Containern (oder über den ausgewählten Link) verfolgen: jeder Hop, jeder Header, jedes Byte</translation>
    </message>
    <message>
        <source>Capturing on %1: tcpdump on its underlay, then one ping from %2 to %3...</source>
        <translation>Mitschnitt auf %1: tcpdump auf seinem Underlay, dann ein Ping von %2 an %3...</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>Der Mitschnitt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the captured packet to %1 (open it with Wireshark).</source>
        <translation>Das mitgeschnittene Paket wurde in %1 gespeichert (öffnen Sie es mit Wireshark).</translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>From container</source>
        <translation>Von Container</translation>
    </message>
    <message>
        <source>To container</source>
        <translation>Zu Container</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>MTU arithmetic</source>
        <translation>MTU-Rechnung</translation>
    </message>
    <message>
        <source>Headers on the wire</source>
        <translation>Header auf der Leitung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Mitgeschnitten</translation>
    </message>
    <message>
        <source>&amp;Capture a Ping</source>
        <translation>Einen Ping &amp;mitschneiden</translation>
    </message>
    <message>
        <source>On the deployed topology: send one ping and catch it on the underlay with tcpdump</source>
        <translation>Auf der bereitgestellten Topologie: einen Ping senden und ihn im Underlay mit tcpdump abfangen</translation>
    </message>
    <message>
        <source>Save Capt&amp;ure...</source>
        <translation>Mitschnitt s&amp;peichern...</translation>
    </message>
    <message>
        <source>Save the captured packet as a .pcap file Wireshark opens</source>
        <translation>Das mitgeschnittene Paket als .pcap-Datei speichern, die Wireshark öffnet</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Choose two containers, or select them (or a link) on the canvas and use Show Packet Path.</source>
        <translation>Wählen Sie zwei Container, oder wählen Sie sie (oder einen Link) auf der Zeichenfläche aus und verwenden Sie Paketweg anzeigen.</translation>
    </message>
    <message>
        <source>Dropped: %1 %2</source>
        <translation>Verworfen: %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTU:&lt;/b&gt; %1. The bridges use MTU %2%3.</source>
        <translation>&lt;b&gt;MTU:&lt;/b&gt; %1. Die Bridges verwenden MTU %2%3.</translation>
    </message>
    <message>
        <source>, which fits</source>
        <translation>, was passt</translation>
    </message>
    <message>
        <source>, which does NOT fit</source>
        <translation>, was NICHT passt</translation>
    </message>
    <message>
        <source>No tunnel: the frame stays on one host, so VXLAN adds nothing and the bridge's MTU is all there is.</source>
        <translation>Kein Tunnel: Der Frame bleibt auf einem Host, also fügt VXLAN nichts hinzu, und es zählt nur die MTU der Bridge.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n Byte</numerusform>
            <numerusform>%1: %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture failed: %1</source>
        <translation>Mitschnitt fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>tcpdump auf %1 von %2 hat %n Paket abgefangen, aber nicht die Echo-Anfrage an %3%4. Ist die Topologie bereitgestellt?</numerusform>
            <numerusform>tcpdump auf %1 von %2 hat %n Pakete abgefangen, aber nicht die Echo-Anfrage an %3%4. Ist die Topologie bereitgestellt?</numerusform>
        </translation>
    </message>
    <message>
        <source> (the ping got no reply)</source>
        <translation> (der Ping bekam keine Antwort)</translation>
    </message>
    <message>
        <source>Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; the design says %8%9). The ping %10.</source>
        <translation>Mitgeschnitten auf %1 von %2: von %3 an %4, UDP %5 → %6, VNI %7 (aus dem Paket entnommen; laut Entwurf %8%9). Der Ping %10.</translation>
    </message>
    <message>
        <source>: they differ!</source>
        <translation>: Sie unterscheiden sich!</translation>
    </message>
    <message>
        <source>got its reply</source>
        <translation>bekam seine Antwort</translation>
    </message>
    <message>
        <source>got no reply</source>
        <translation>bekam keine Antwort</translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation>Wählen Sie zuerst einen Host aus: Bridges und Container werden im ausgewählten Host hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>studio::PaletteWidget</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>A machine running Open vSwitch and Docker; drop it anywhere.</source>
        <translation>Ein Rechner mit Open vSwitch und Docker; legen Sie ihn irgendwo ab.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation>Eine Open-vSwitch-Bridge mit einem Gateway-Port; legen Sie sie in einem Host ab.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation>Ein Docker-Container; legen Sie ihn in einem Host ab und verbinden Sie ihn dann mit einer Bridge.</translation>
    </message>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation>Eingabe fügt einen in der Mitte der Zeichenfläche hinzu.</translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation>Eingabe fügt einen im ausgewählten Host hinzu.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
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
    <name>studio::PcapFile</name>
    <message>
        <source>is not a capture file: %1 bytes, less than a pcap header.</source>
        <translation>ist keine Mitschnittdatei: %1 Bytes, weniger als ein pcap-Header.</translation>
    </message>
    <message>
        <source>Capture again.</source>
        <translation>Schneiden Sie erneut mit.</translation>
    </message>
    <message>
        <source>is not a pcap file (magic number 0x%1).</source>
        <translation>ist keine pcap-Datei (Magic Number 0x%1).</translation>
    </message>
    <message>
        <source>Save captures as classic .pcap (pcapng is not read here).</source>
        <translation>Speichern Sie Mitschnitte als klassisches .pcap (pcapng wird hier nicht gelesen).</translation>
    </message>
    <message>
        <source>has a packet of %1 bytes at offset %2: the file is corrupt.</source>
        <translation>enthält ein Paket mit %1 Bytes an Offset %2: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>studio::PingCapture</name>
    <message>
        <source>is not a container.</source>
        <translation>ist kein Container.</translation>
    </message>
    <message>
        <source>reaches %1 without a VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>erreicht %1 ohne VXLAN-Tunnel: Nichts durchquert das Underlay, das man mitschneiden könnte.</translation>
    </message>
    <message>
        <source>is dropped before any VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>wird vor jedem VXLAN-Tunnel verworfen: Nichts durchquert das Underlay, das man mitschneiden könnte.</translation>
    </message>
    <message>
        <source>Choose two containers on different hosts.</source>
        <translation>Wählen Sie zwei Container auf verschiedenen Hosts.</translation>
    </message>
    <message>
        <source>the tunnel's remote address: %1</source>
        <translation>die entfernte Adresse des Tunnels: %1</translation>
    </message>
    <message>
        <source>the address to ping: %1</source>
        <translation>die zu pingende Adresse: %1</translation>
    </message>
    <message>
        <source>UDP port %1 is out of range.</source>
        <translation>UDP-Port %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>the capture script ended early.</source>
        <translation>Das Mitschnitt-Skript wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>tcpdump caught nothing readable: %1</source>
        <translation>tcpdump hat nichts Lesbares abgefangen: %1</translation>
    </message>
    <message>
        <source>Check that tcpdump runs as root on the host.</source>
        <translation>Prüfen Sie, ob tcpdump auf dem Host als root läuft.</translation>
    </message>
    <message>
        <source>the capture failed: %1</source>
        <translation>Der Mitschnitt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Install tcpdump on %1 (apt-get install tcpdump).</source>
        <translation>Installieren Sie tcpdump auf %1 (apt-get install tcpdump).</translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message>
        <source>Build (apply)</source>
        <translation>Aufbauen (apply)</translation>
    </message>
    <message>
        <source>Remove (destroy)</source>
        <translation>Entfernen (destroy)</translation>
    </message>
    <message>
        <source>Plan kind</source>
        <translation>Art des Plans</translation>
    </message>
    <message>
        <source>Host whose plan is shown</source>
        <translation>Host, dessen Plan angezeigt wird</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <source>No plan while the topology has errors: fix those listed under Problems first.</source>
        <translation>Kein Plan, solange die Topologie Fehler enthält: Beheben Sie zuerst die unter „Probleme“ aufgeführten.</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>Noch kein Plan: %1</translation>
    </message>
    <message>
        <source>What %1 runs, step by step; every step is safe to run again.</source>
        <translation>Was %1 Schritt für Schritt ausführt; jeder Schritt kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>each host</source>
        <translation>jeder Host</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Guide (ovs-docker)</source>
        <translation>Anleitung (ovs-docker)</translation>
    </message>
    <message>
        <source>Plan style</source>
        <translation>Planstil</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged at once (what Apply runs by default). Guide: ovs-docker, one container after another, as the tutorial does.</source>
        <translation>Schnell: Container nebeneinander, auf einmal angeschlossen (was Anwenden standardmäßig ausführt). Anleitung: ovs-docker, ein Container nach dem anderen, wie in der Anleitung.</translation>
    </message>
    <message>
        <source>Cop&amp;y Script</source>
        <translation>Skript kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy Script</source>
        <translation>Skript kopieren</translation>
    </message>
    <message>
        <source>Copy the shell script of the hosts shown, exactly as File &gt; Export Plan writes it, with every script whole.</source>
        <translation>Kopiert das Shell-Skript der gezeigten Hosts, genau wie Datei &gt; Plan exportieren es schreibt, mit jedem Skript vollständig.</translation>
    </message>
    <message>
        <source>(goes on)</source>
        <translation>(geht weiter)</translation>
    </message>
    <message>
        <source>Hide the script</source>
        <translation>Skript ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>Skript zeigen (%n Zeile)</numerusform>
            <numerusform>Skript zeigen (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do on this host.</source>
        <translation>Auf diesem Host ist nichts zu tun.</translation>
    </message>
    <message>
        <source>A step that goes on does not stop its host when it fails (one container that cannot start must not keep the others unplugged); the host is reported failed at the end.</source>
        <translation>Ein Schritt, der weitergeht, hält seinen Host nicht an, wenn er fehlschlägt (ein Container, der nicht starten kann, darf die anderen nicht ungesteckt lassen); der Host wird am Ende als fehlgeschlagen gemeldet.</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation>Gateway-Port %1 die Adresse %2 geben, das Standard-Gateway der Container in %3.</translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation>Die alte Adresse %1 vom Gateway-Port %2 entfernen.</translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation>Gateway-Port %1 mit MTU %2 aktivieren, damit Platz für den VXLAN-Header bleibt.</translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation>Container %1 aus Image %2 ohne Netzwerk starten (--net=none); OverlayStudio gibt ihm danach eines.</translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation>Container %1 von Bridge %2 trennen.</translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation>Container %1 und seinen Port entfernen.</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation>Container %1 an Bridge %2 als %3 anschließen, mit Adresse %4, Gateway %5 und MTU %6.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7</source>
        <translation>%1: %2 an %3 (Port %4_l), Adresse %5, Gateway %6, MTU %7</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2: a veth pair moved into the container and set up there with nsenter (which announces the new address), its port added and tagged as ovs-docker tags it.</source>
        <translation>Container %1 an Bridge %2 anschließen: ein veth-Paar, in den Container verschoben und dort mit nsenter eingerichtet (was die neue Adresse ankündigt); sein Port wird hinzugefügt und wie von ovs-docker markiert.</translation>
    </message>
    <message>
        <source>Plug containers %1 into their bridges at once: one docker inspect for their PIDs, a veth pair each moved into the container and set up there with nsenter (which announces the new address), every port added in one OVS transaction and tagged as ovs-docker tags it.</source>
        <translation>Container %1 auf einmal an ihre Bridges anschließen: ein docker inspect für ihre PIDs, je ein veth-Paar, in den Container verschoben und dort mit nsenter eingerichtet (was die neue Adresse ankündigt), alle Ports in einer OVS-Transaktion hinzugefügt und wie von ovs-docker markiert.</translation>
    </message>
    <message>
        <source>Remove containers %1 (side by side); their ports' veth pairs go with them.</source>
        <translation>Container %1 entfernen (nebeneinander); die veth-Paare ihrer Ports verschwinden mit ihnen.</translation>
    </message>
    <message>
        <source>Unplug containers %1: delete their veth pairs (the OVS ports go in the transaction that follows).</source>
        <translation>Container %1 abtrennen: ihre veth-Paare löschen (die OVS-Ports gehen in der folgenden Transaktion).</translation>
    </message>
    <message>
        <source>%1: from image %2, files in %3</source>
        <translation>%1: aus Image %2, Dateien in %3</translation>
    </message>
    <message>
        <source>%1: stopped, started again</source>
        <translation>%1: gestoppt, wird wieder gestartet</translation>
    </message>
    <message>
        <source>Start containers %1 side by side (at most %2 at a time). A missing one is created through Docker's Engine API with networking disabled, as --net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts and /etc/resolv.conf as Docker writes them, kept in files of our own; without curl, docker run --net=none.</source>
        <translation>Container %1 nebeneinander starten (höchstens %2 gleichzeitig). Ein fehlender wird über die Engine-API von Docker mit abgeschaltetem Netzwerk angelegt, wie --net=none ihn lässt (OverlayStudio schließt ihn danach an), und mit /etc/hosts und /etc/resolv.conf, wie Docker sie schreibt, in eigenen Dateien gehalten; ohne curl docker run --net=none.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for containers %1.</source>
        <translation>Die Dateien /etc/hosts und /etc/resolv.conf entfernen, die OverlayStudio für die Container %1 angelegt hat.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for the containers of %1 (%2).</source>
        <translation>Die Dateien /etc/hosts und /etc/resolv.conf entfernen, die OverlayStudio für die Container von %1 angelegt hat (%2).</translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>Die Topologie hat %n Fehler und kann nicht geplant werden: %1</numerusform>
            <numerusform>Die Topologie hat %n Fehler und kann nicht geplant werden; der erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation>Beheben Sie die von der Validierung aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation>%1: ein virtueller Switch mit Userspace-Datapath (netdev)</translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation>%1: ein virtueller Switch</translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation>%1: ein interner Port von %2, das Gateway, über das die Container in %3 routen (MTU %4)</translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation>%1: ein VXLAN-Tunnel von %2 nach %3 (%4), VNI %5, UDP-Port %6%7</translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation>; geschützt, sodass Frames aus einem Tunnel nie in einen anderen geflutet werden (Vollvermaschung)</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation>Die Open-vSwitch-Bridges und ihre Gateway-Ports anlegen (eine Transaktion).</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation>Die Open-vSwitch-Bridges, ihre Gateway-Ports und die VXLAN-Tunnel-Ports anlegen (eine Transaktion).</translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation>Container %1 und seinen Port entfernen, falls OverlayStudio ihn angelegt hat.</translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation>Bridge %1 mit ihren Gateway- und Tunnel-Ports löschen, falls OverlayStudio sie angelegt hat.</translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation># OverlayStudio: Topologie %1 auf Host %2 (%3) aufbauen.</translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation># OverlayStudio: Topologie %1 von Host %2 (%3) entfernen.</translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation># Als root auf %1 ausführen. Jeder Schritt kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation># Auf diesem Host ist nichts zu tun.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Remove the rule for %1 that OverlayStudio added.</source>
        <translation>Die von OverlayStudio hinzugefügte Regel für %1 entfernen.</translation>
    </message>
    <message>
        <source>Remove the containers OverlayStudio created on %1 (labelled with the topology and the host), side by side.</source>
        <translation>Die Container, die OverlayStudio auf %1 erstellt hat (mit Topologie und Host beschriftet), nebeneinander entfernen.</translation>
    </message>
    <message>
        <source>Delete bridges %1 with all their ports, those OverlayStudio created (one transaction).</source>
        <translation>Bridges %1 mit allen Ports löschen, soweit OverlayStudio sie erstellt hat (eine Transaktion).</translation>
    </message>
    <message>
        <source># A step marked "goes on" does not stop the script when it fails (one container that cannot start must not keep the others unplugged); the script fails at the end.</source>
        <translation># Ein mit „geht weiter“ markierter Schritt hält das Skript bei einem Fehler nicht an (ein Container, der nicht startet, darf die anderen nicht vom Anschluss abhalten); das Skript schlägt am Ende fehl.</translation>
    </message>
    <message>
        <source> (goes on)</source>
        <translation> (geht weiter)</translation>
    </message>
</context>
<context>
    <name>studio::ProbeSelection</name>
    <message>
        <source>probe %1 → %2</source>
        <translation>Sonde %1 → %2</translation>
    </message>
    <message>
        <source>is not a pair of containers of this topology.</source>
        <translation>ist kein Container-Paar dieser Topologie.</translation>
    </message>
    <message>
        <source>needs both containers on a bridge with an address.</source>
        <translation>erfordert, dass beide Container an einer Bridge mit Adresse hängen.</translation>
    </message>
    <message>
        <source>stays on one host: no VXLAN link to watch.</source>
        <translation>bleibt auf einem Host: kein VXLAN-Link zu überwachen.</translation>
    </message>
    <message>
        <source>Pick containers on different hosts.</source>
        <translation>Wählen Sie Container auf verschiedenen Hosts.</translation>
    </message>
    <message>
        <source>the containers are not on the same VNI.</source>
        <translation>Die Container liegen nicht im selben VNI.</translation>
    </message>
    <message>
        <source>Pick containers whose bridges a VXLAN link joins.</source>
        <translation>Wählen Sie Container, deren Bridges durch einen VXLAN-Link verbunden sind.</translation>
    </message>
    <message>
        <source>underlay %1 → %2</source>
        <translation>Underlay %1 → %2</translation>
    </message>
</context>
<context>
    <name>studio::ProblemsDock</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>No problems: the topology can be deployed.</source>
        <translation>Keine Probleme: Die Topologie kann bereitgestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n Warnung; die Topologie kann bereitgestellt werden.</numerusform>
            <numerusform>%n Warnungen; die Topologie kann bereitgestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before deploying.</source>
        <translation>%1 und %2: Beheben Sie die Fehler vor der Bereitstellung.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation>Fügen Sie das Feld hinzu oder speichern Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation>sollte eine Zeichenkette sein, nicht %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>sollte eine Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation>sollte true oder false sein, nicht %1.</translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation>sollte eine Koordinate sein (eine Zahl innerhalb von ±10.000.000).</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>sollte ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>sollte eine Liste sein, nicht %1.</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation>Diese Datei hat das Format %1 und wurde von einem neueren OverlayStudio geschrieben; diese Version liest Format %2 und älter.</translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation>Aktualisieren Sie OverlayStudio, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation>Format %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>Die Datei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>Die Datei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation>Korrigieren Sie die Datei in einem Texteditor oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation>Die Datei enthält kein OverlayStudio-Projekt.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation>ist %1 MB groß; Projektdateien sind höchstens %2 MB groß.</translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation>Öffnen Sie eine OverlayStudio-Projektdatei.</translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation>kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation>konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation>Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut; die vorherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Open a .ovstudio.json file saved by OverlayStudio.</source>
        <translation>Öffnen Sie eine von OverlayStudio gespeicherte .ovstudio.json-Datei.</translation>
    </message>
    <message>
        <source>should be a path relative to the project file, e.g. files/motd.</source>
        <translation>sollte ein Pfad relativ zur Projektdatei sein, z. B. files/motd.</translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>has no property '%1'.</source>
        <translation>hat keine Eigenschaft „%1“.</translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation>kann nur an eine Bridge auf seinem eigenen Host angeschlossen werden.</translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation>Objekt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>the topology</source>
        <translation>die Topologie</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2.</source>
        <translation>%1 muss eine ganze Zahl ab %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>a position lies within ±10,000,000.</source>
        <translation>Eine Position liegt innerhalb von ±10.000.000.</translation>
    </message>
    <message>
        <source>a host frame is at least %1 x %2.</source>
        <translation>Ein Host-Rahmen ist mindestens %1 x %2 groß.</translation>
    </message>
    <message>
        <source>Choose one of %1's bridges.</source>
        <translation>Wählen Sie eine der Bridges von %1.</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation>Wählen Sie einen Host, eine Bridge, einen Container oder einen Link aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation>VXLAN-Link</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation>(nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Problems of this object</source>
        <translation>Probleme dieses Objekts</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>studio::PropertySpec</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Topology name</source>
        <translation>Topologiename</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tags everything the topology creates on its hosts: letters, digits, '.', '_' and '-'.</source>
        <translation>Kennzeichnet alles, was die Topologie auf ihren Hosts anlegt: Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What this topology is for, in your own words.</source>
        <translation>Wofür diese Topologie gedacht ist, in Ihren eigenen Worten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The host's name in this design.</source>
        <translation>Der Name des Hosts in diesem Entwurf.</translation>
    </message>
    <message>
        <source>Management address</source>
        <translation>Management-Adresse</translation>
    </message>
    <message>
        <source>management address</source>
        <translation>Management-Adresse</translation>
    </message>
    <message>
        <source>The IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>Die IP-Adresse oder der DNS-Name, mit dem sich OverlayStudio per SSH verbindet.</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>The port sshd listens on (22 is usual).</source>
        <translation>Der Port, auf dem sshd lauscht (üblich ist 22).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The account to log in as.</source>
        <translation>Das Konto, mit dem angemeldet wird.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password (asked when needed)</source>
        <translation>Passwort (bei Bedarf abgefragt)</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>The private key file, for key file authentication.</source>
        <translation>Die private Schlüsseldatei, für die Authentifizierung per Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Use sudo</source>
        <translation>sudo verwenden</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Run commands through 'sudo -n' (for a user other than root).</source>
        <translation>Befehle über „sudo -n“ ausführen (für einen anderen Benutzer als root).</translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation>Underlay-Adresse (VTEP)</translation>
    </message>
    <message>
        <source>underlay address</source>
        <translation>Underlay-Adresse</translation>
    </message>
    <message>
        <source>The address VXLAN tunnels use; empty means the management address.</source>
        <translation>Die Adresse, die VXLAN-Tunnel verwenden; leer bedeutet die Management-Adresse.</translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation>Underlay-MTU</translation>
    </message>
    <message>
        <source>underlay MTU</source>
        <translation>Underlay-MTU</translation>
    </message>
    <message>
        <source>The MTU of the host's network card (1500 is usual).</source>
        <translation>Die MTU der Netzwerkkarte des Hosts (üblich ist 1500).</translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation>OVS-Datapath</translation>
    </message>
    <message>
        <source>Kernel (system)</source>
        <translation>Kernel (system)</translation>
    </message>
    <message>
        <source>Userspace (netdev)</source>
        <translation>Userspace (netdev)</translation>
    </message>
    <message>
        <source>Userspace (netdev) for hosts without the OVS kernel module, such as the local lab.</source>
        <translation>Userspace (netdev) für Hosts ohne OVS-Kernelmodul, etwa das lokale Labor.</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Rahmengröße</translation>
    </message>
    <message>
        <source>frame size</source>
        <translation>Rahmengröße</translation>
    </message>
    <message>
        <source>The OVS bridge, e.g. br0.</source>
        <translation>Die OVS-Bridge, z. B. br0.</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <source>gateway port</source>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <source>The internal port that holds the gateway address, e.g. veth0.</source>
        <translation>Der interne Port, der die Gateway-Adresse trägt, z. B. veth0.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway-Adresse</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>Gateway-Adresse</translation>
    </message>
    <message>
        <source>Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet.</source>
        <translation>Adresse und Präfix, z. B. 10.2.2.1/24; ihr Netz ist das Subnetz der Bridge.</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>1450 passt für einen VXLAN-Tunnel über ein Netz mit 1500 Byte.</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT nach außen</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Masquerade the subnet out of the host, so containers reach the outside.</source>
        <translation>Das Subnetz beim Verlassen des Hosts maskieren, damit Container nach außen kommen.</translation>
    </message>
    <message>
        <source>Route to other networks</source>
        <translation>Zu anderen Netzen routen</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Networks are isolated on their host. The host routes between the networks of those of its bridges that have this set.</source>
        <translation>Netze sind auf ihrem Host voneinander isoliert. Der Host routet zwischen den Netzen derjenigen seiner Bridges, bei denen dies gesetzt ist.</translation>
    </message>
    <message>
        <source>The Docker container's name.</source>
        <translation>Der Name des Docker-Containers.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>The Docker image to run, e.g. ubuntu:v1.</source>
        <translation>Das auszuführende Docker-Image, z. B. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>The interface inside the container, e.g. eth0.</source>
        <translation>Die Schnittstelle im Container, z. B. eth0.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24.</source>
        <translation>Adresse und Präfix im Subnetz der Bridge, z. B. 10.2.2.2/24.</translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge's)</source>
        <translation>Gateway (leer: das der Bridge)</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>The container's default route; empty means the bridge's gateway address.</source>
        <translation>Die Standardroute des Containers; leer bedeutet die Gateway-Adresse der Bridge.</translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation>Angeschlossen an Bridge</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>The bridge on the container's host it is plugged into.</source>
        <translation>Die Bridge auf dem Host des Containers, an die er angeschlossen ist.</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>The VXLAN network identifier: links with the same VNI form one segment.</source>
        <translation>Die VXLAN-Netzwerkkennung: Links mit demselben VNI bilden ein Segment.</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>UDP-Port</translation>
    </message>
    <message>
        <source>4789 is the VXLAN port.</source>
        <translation>4789 ist der VXLAN-Port.</translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation>Tunnel-Port, erstes Ende</translation>
    </message>
    <message>
        <source>first tunnel port</source>
        <translation>erster Tunnel-Port</translation>
    </message>
    <message>
        <source>The VXLAN port on the first bridge's host, e.g. vxlan0.</source>
        <translation>Der VXLAN-Port auf dem Host der ersten Bridge, z. B. vxlan0.</translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation>Tunnel-Port, zweites Ende</translation>
    </message>
    <message>
        <source>second tunnel port</source>
        <translation>zweiter Tunnel-Port</translation>
    </message>
    <message>
        <source>The VXLAN port on the second bridge's host, e.g. vxlan0.</source>
        <translation>Der VXLAN-Port auf dem Host der zweiten Bridge, z. B. vxlan0.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 zu %2</translation>
    </message>
</context>
<context>
    <name>studio::Reconciler</name>
    <message>
        <source>as designed</source>
        <translation>wie entworfen</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation>nicht im Entwurf</translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation>Open-vSwitch-Bridges und -Ports anlegen, ändern oder löschen (eine Transaktion).</translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation>wurde nicht von OverlayStudio angelegt</translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation>gehört zu Topologie %1</translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation>Bridge %1 existiert bereits auf %2 und %3; OverlayStudio lässt sie unverändert. Benennen Sie die Bridge im Entwurf um oder entfernen Sie sie vom Host.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation>Port %1 existiert bereits auf %2 (Bridge %3) und %4. Benennen Sie den Gateway-Port im Entwurf um.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation>Port %1 existiert bereits auf %2 (Bridge %3) und %4. Benennen Sie den Tunnel-Port im Entwurf um.</translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation>Ein Container namens %1 existiert bereits auf %2 und %3. Benennen Sie den Container im Entwurf um.</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>gehört zu %1</translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation>%1: Datapath %2</translation>
    </message>
    <message>
        <source>datapath is '%1'</source>
        <translation>Datapath ist „%1“</translation>
    </message>
    <message>
        <source>type '%1', MTU request %2</source>
        <translation>Typ „%1“, angeforderte MTU %2</translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation>an Bridge %1</translation>
    </message>
    <message>
        <source>type '%1'</source>
        <translation>Typ „%1“</translation>
    </message>
    <message>
        <source>remote_ip %1</source>
        <translation>remote_ip %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>dst_port %1</source>
        <translation>dst_port %1</translation>
    </message>
    <message>
        <source>local_ip '%1'</source>
        <translation>local_ip „%1“</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>nicht geschützt</translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation>%1: gelöscht, nicht mehr im Entwurf</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation>alte Adresse %1</translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation>Link-Status oder MTU</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>attached to %1</source>
        <translation>angeschlossen an %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation>keine Schnittstelle %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation>%1: mit seinen Gateway- und Tunnel-Ports gelöscht</translation>
    </message>
    <message>
        <source>rule order</source>
        <translation>Regelreihenfolge</translation>
    </message>
    <message>
        <source>Remove a firewall rule the design no longer has: %1</source>
        <translation>Eine Firewall-Regel entfernen, die der Entwurf nicht mehr enthält: %1</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added: %1</source>
        <translation>Eine von OverlayStudio hinzugefügte Firewall-Regel entfernen: %1</translation>
    </message>
    <message>
        <source>Remove an isolation rule OverlayStudio added: %1</source>
        <translation>Eine von OverlayStudio hinzugefügte Isolationsregel entfernen: %1</translation>
    </message>
    <message>
        <source>%1: port of container %2, deleted</source>
        <translation>%1: Port von Container %2, gelöscht</translation>
    </message>
    <message>
        <source>Delete the ports of OverlayStudio's containers (one transaction).</source>
        <translation>Die Ports der Container von OverlayStudio löschen (eine Transaktion).</translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created, with every port (one transaction).</source>
        <translation>Die von OverlayStudio erstellten Bridges mit allen Ports löschen (eine Transaktion).</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Remove containers %1 and, at the same time, delete the firewall rules, bridges and ports OverlayStudio created (one transaction; the isolation rules once the bridges are gone); the containers' veth pairs go with them.</source>
        <translation>Container %1 entfernen und gleichzeitig die Firewall-Regeln, Bridges und Ports löschen, die OverlayStudio angelegt hat (eine Transaktion; die Isolationsregeln, sobald die Bridges weg sind); die veth-Paare der Container verschwinden mit ihnen.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>studio::SaveFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>studio::SegmentLegend</name>
    <message>
        <source>Segments legend</source>
        <translation>Segmentlegende</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment. Drag it anywhere over the canvas.</source>
        <translation>Die Farbe jedes VXLAN-Segments. Lässt sich beliebig über die Zeichenfläche ziehen.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>1 kb/s or less</source>
        <translation>1 kb/s oder weniger</translation>
    </message>
    <message>
        <source>1 Mb/s</source>
        <translation>1 Mb/s</translation>
    </message>
    <message>
        <source>1 Gb/s</source>
        <translation>1 Gb/s</translation>
    </message>
    <message>
        <source>broken: pings fail</source>
        <translation>gestört: Pings scheitern</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>degraded, losing pings</source>
        <translation>beeinträchtigt, Pings gehen verloren</translation>
    </message>
    <message>
        <source>down, unreachable</source>
        <translation>ausgefallen, nicht erreichbar</translation>
    </message>
    <message>
        <source>unknown, not applied</source>
        <translation>unbekannt, nicht angewendet</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment, and what monitoring shows: a link's width and colour are its traffic now, a red crossed-out link loses every ping, a dot is an object's state. Drag it anywhere over the canvas.</source>
        <translation>Die Farbe jedes VXLAN-Segments und was die Überwachung zeigt: Breite und Farbe eines Links stehen für seinen aktuellen Verkehr, ein rot durchgestrichener Link verliert jeden Ping, ein Punkt zeigt den Zustand eines Objekts. Ziehen Sie die Legende an eine beliebige Stelle der Zeichenfläche.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>studio::SeriesCatalog</name>
    <message>
        <source>probe %1</source>
        <translation>Sonde %1</translation>
    </message>
    <message>
        <source>VNI %1: %2 → %3</source>
        <extracomment>a link's direction in a legend: VNI, from bridge, to bridge</extracomment>
        <translation>VNI %1: %2 → %3</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
</context>
<context>
    <name>studio::ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>studio::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>studio::SshSession</name>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation>Es kann keine SSH-Sitzung angelegt werden (kein Speicher mehr?).</translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation>ungültige SSH-Einstellungen: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation>Prüfen Sie, ob der Host läuft, Adresse und Port stimmen und sshd läuft.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels von %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT (jetzt %2 %3). Möglicherweise fängt jemand die Verbindung ab, oder der Host wurde neu installiert. Verbindung wird verweigert.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation>Wenn die Änderung erwartet ist, entfernen Sie den alten Eintrag für %1 aus %2 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation>%1 zeigt einen %2-Host-Schlüssel, für ihn ist aber ein Schlüssel eines anderen Typs eingetragen. Verbindung wird verweigert.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation>Wenn die Änderung erwartet ist, entfernen Sie den alten Eintrag für %1 aus %2.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation>Der Host-Schlüssel von %1 ist nicht bekannt (%2 %3) und wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem des Hosts selbst (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) und akzeptieren Sie ihn.</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>Der Host-Schlüssel kann nicht in %1 eingetragen werden: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>Der Host-Schlüssel von %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation>Prüfen Sie den Pfad und ob der Schlüssel keine Passphrase hat (oder verwenden Sie den SSH-Agenten).</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>Public Key</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>Keyboard-Interactive</translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation>Der Server akzeptiert: %1. Prüfen Sie Benutzer, Schlüssel oder Passwort.</translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation>nicht verbunden.</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>Es kann kein Kanal geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation>Der Befehl kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation>Eingabe kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation>Die Verbindung ist während eines Befehls fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation>Der Befehl wurde nicht innerhalb von %1 s fertig und wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Check the host's load; the command may still be running there.</source>
        <translation>Prüfen Sie die Last des Hosts; der Befehl läuft dort möglicherweise noch.</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>kein Exit-Status</translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation>Es kann keine Shell gestartet werden: %1</translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation>Die entfernte Shell ist weg (die Verbindung ging verloren oder der Host wurde neu gestartet).</translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation>Führen Sie es erneut aus, sobald der Host erreichbar ist.</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>Der Befehl kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation>Die entfernte Shell wurde während des Befehls beendet (Exit-Status %1).</translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation>Ein Befehl, der die Shell beendet (exit, exec), kann so nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>Die Verbindung ging verloren: %1</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>Authentifizierung mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation>keine uns bekannte Methode</translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation>%1@%2 akzeptiert keine %3-Authentifizierung.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation>Der Server akzeptiert: %1. Wählen Sie eine andere Authentifizierungsmethode für diesen Host.</translation>
    </message>
    <message>
        <source>none of the SSH agent's keys was accepted</source>
        <translation>keiner der Schlüssel des SSH-Agenten wurde akzeptiert</translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation>der Schlüssel %1 wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>das Passwort wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation>%1@%2: %3%4.</translation>
    </message>
    <message>
        <source>A command that had started may still be running on the host.</source>
        <translation>Ein bereits gestarteter Befehl läuft möglicherweise noch auf dem Host.</translation>
    </message>
    <message>
        <source>cancelled by the user.</source>
        <translation>vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>the SSH library could not be initialised.</source>
        <translation>Die SSH-Bibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s</source>
        <translation>keine SSH-Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cannot watch the channel for an exit signal: %1</source>
        <translation>Der Kanal kann nicht auf ein Exit-Signal überwacht werden: %1</translation>
    </message>
    <message>
        <source>cannot end the command's input: %1</source>
        <translation>Die Eingabe des Befehls kann nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>the connection was lost while running a command: %1</source>
        <translation>Die Verbindung ging während eines Befehls verloren: %1</translation>
    </message>
    <message>
        <source>the remote command has ended.</source>
        <translation>Der entfernte Befehl wurde beendet.</translation>
    </message>
    <message>
        <source>cannot send to the remote command: %1</source>
        <translation>An den entfernten Befehl kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the connection failed while sending data: %1</source>
        <translation>die Verbindung brach beim Senden von Daten ab: %1</translation>
    </message>
    <message>
        <source>nothing moved for %1 s; the command was abandoned.</source>
        <translation>%1 s lang bewegte sich nichts; der Befehl wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Check the host's load and its free disk space.</source>
        <translation>Prüfen Sie die Last des Hosts und seinen freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message>
        <source>Step Through</source>
        <translation>Schrittweise Bereitstellung</translation>
    </message>
    <message>
        <source>Step &amp;Through Deploy...</source>
        <translation>&amp;Schrittweise bereitstellen...</translation>
    </message>
    <message>
        <source>Apply one command at a time: see each before it runs and what it did after</source>
        <translation>Einen Befehl nach dem anderen anwenden: jeden vor dem Ausführen sehen und danach, was er bewirkt hat</translation>
    </message>
    <message>
        <source>Connecting to %1 and reading what is there...</source>
        <translation>Verbindung zu %1 wird hergestellt und der Ist-Zustand gelesen...</translation>
    </message>
    <message>
        <source>the tunnel port %1 of %2</source>
        <translation>der Tunnel-Port %1 von %2</translation>
    </message>
    <message>
        <source>Running the remaining steps...</source>
        <translation>Die restlichen Schritte werden ausgeführt...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
    <message>
        <source>Destroying what topology %1 made on %2...</source>
        <translation>Was Topologie %1 auf %2 angelegt hat, wird abgebaut...</translation>
    </message>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>Abbau auf %n Host FEHLGESCHLAGEN; siehe Bereich „Bereitstellen“.</numerusform>
            <numerusform>Abbau auf %n Hosts FEHLGESCHLAGEN; siehe Bereich „Bereitstellen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: nothing this topology made is left on the hosts.</source>
        <translation>Abgebaut: Nichts, was diese Topologie angelegt hat, ist auf den Hosts übrig.</translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>Das Anwenden ist auf %n Host FEHLGESCHLAGEN; siehe Ergebnis und Bereich „Bereitstellen“.</numerusform>
            <numerusform>Das Anwenden ist auf %n Hosts FEHLGESCHLAGEN; siehe Ergebnis und Bereich „Bereitstellen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>Nach %n Schritt angehalten. Was aufgebaut wurde, bleibt: Zurück entfernt es, Anwenden stellt es fertig.</numerusform>
            <numerusform>Nach %n Schritten angehalten. Was aufgebaut wurde, bleibt: Zurück entfernt es, Anwenden stellt es fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>Fertig: %n Schritt ausgeführt; die Topologie ist aufgebaut.</numerusform>
            <numerusform>Fertig: %n Schritte ausgeführt; die Topologie ist aufgebaut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::StepThroughDock</name>
    <message>
        <source>&amp;Which hosts:</source>
        <translation>&amp;Welche Hosts:</translation>
    </message>
    <message>
        <source>Hosts to step through</source>
        <translation>Hosts, die schrittweise durchlaufen werden</translation>
    </message>
    <message>
        <source>All hosts, in turn</source>
        <translation>Alle Hosts, nacheinander</translation>
    </message>
    <message>
        <source>Read the hosts and stop before the first step of the apply</source>
        <translation>Die Hosts lesen und vor dem ersten Schritt des Anwendens anhalten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>Was der Schritt tut</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>Details des Schritts</translation>
    </message>
    <message>
        <source>Objects the step creates</source>
        <translation>Objekte, die der Schritt anlegt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>Ergebnis des letzten Schritts</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Bisherige Schritte</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Run this step, then stop before the next one (Return)</source>
        <translation>Diesen Schritt ausführen, dann vor dem nächsten anhalten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Run to End</source>
        <translation>&amp;Bis zum Ende ausführen</translation>
    </message>
    <message>
        <source>Run every remaining step without stopping</source>
        <translation>Alle verbleibenden Schritte ohne Anhalten ausführen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop here; what was built stays on the hosts</source>
        <translation>Hier anhalten; was aufgebaut wurde, bleibt auf den Hosts</translation>
    </message>
    <message>
        <source>&amp;Back: Destroy What Was Built</source>
        <translation>&amp;Zurück: Aufgebautes abbauen</translation>
    </message>
    <message>
        <source>Stop, and remove everything this topology made on the hosts</source>
        <translation>Anhalten und alles entfernen, was diese Topologie auf den Hosts angelegt hat</translation>
    </message>
    <message>
        <source>Choose the hosts and press Start: OverlayStudio reads them, then stops before every command of the apply so you can see what it does, run it, and see what it did.</source>
        <translation>Wählen Sie die Hosts und drücken Sie Starten: OverlayStudio liest sie und hält dann vor jedem Befehl des Anwendens an, sodass Sie sehen, was er tut, ihn ausführen und sehen, was er bewirkt hat.</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 there</source>
        <translation>%1: Schritt %2 von %3 dort</translation>
    </message>
    <message>
        <source>Creates nothing new: it configures or connects.</source>
        <translation>Legt nichts Neues an: konfiguriert oder verbindet.</translation>
    </message>
    <message>
        <source>Creates: %1</source>
        <translation>Legt an: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 in all. Next runs it; Run to End runs the rest.</source>
        <translation>Schritt %1 von insgesamt %2. Weiter führt ihn aus; Bis zum Ende ausführen führt den Rest aus.</translation>
    </message>
    <message>
        <source>Running step %1 on %2...</source>
        <translation>Schritt %1 wird auf %2 ausgeführt...</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>ohne Exit-Status beendet (%1)</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, Schritt %2: %3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>The command of the next step appears here, before it runs.</source>
        <translation>Hier erscheint der Befehl des nächsten Schritts, bevor er läuft.</translation>
    </message>
    <message>
        <source>What the step printed appears here once it ran.</source>
        <translation>Hier erscheint, was der Schritt ausgegeben hat, sobald er gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>studio::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
</context>
<context>
    <name>studio::StructureModel</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1@%2, datapath %3</source>
        <translation>%1@%2, Datapath %3</translation>
    </message>
    <message>
        <source>netdev</source>
        <translation>netdev</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation>VNI %1 zu %2</translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message>
        <source>Export Lab Guide</source>
        <translation>Laboranleitung exportieren</translation>
    </message>
    <message>
        <source>Markdown with images beside it (*.md);;HTML, images embedded (*.html)</source>
        <translation>Markdown mit Bildern daneben (*.md);;HTML, Bilder eingebettet (*.html)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Guide...</source>
        <translation>Labor&amp;anleitung exportieren...</translation>
    </message>
    <message>
        <source>Write a step-by-step guide that builds this topology by hand: Markdown with its diagram, or HTML</source>
        <translation>Eine Schritt-für-Schritt-Anleitung schreiben, die diese Topologie von Hand aufbaut: Markdown mit Diagramm, oder HTML</translation>
    </message>
    <message>
        <source>Cannot export the lab guide</source>
        <translation>Die Laboranleitung kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the lab guide %1</source>
        <translation>Laboranleitung %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>Laboranleitung %1 und ihr %n Bild geschrieben</numerusform>
            <numerusform>Laboranleitung %1 und ihre %n Bilder geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TickCommand</name>
    <message>
        <source>the monitoring command's report is incomplete: %1</source>
        <translation>Der Bericht des Überwachungsbefehls ist unvollständig: %1</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell.</source>
        <translation>Prüfen Sie, ob der Host eine POSIX-Shell hat.</translation>
    </message>
    <message>
        <source>a container named %1 exists on %2, but this topology did not create it (labels %3/%4). Rename one of them.</source>
        <translation>Auf %2 existiert ein Container namens %1, aber diese Topologie hat ihn nicht angelegt (Labels %3/%4). Benennen Sie einen von beiden um.</translation>
    </message>
    <message>
        <source>ovs-vswitchd does not answer.</source>
        <translation>ovs-vswitchd antwortet nicht.</translation>
    </message>
    <message>
        <source>Docker does not answer.</source>
        <translation>Docker antwortet nicht.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation>ID %1 wird von einem anderen Objekt verwendet (%2).</translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation>Geben Sie jedem Objekt eine eigene ID.</translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation>Bridge verweist auf Host-ID %1, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation>Platzieren Sie die Bridge in einem vorhandenen Host.</translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation>Container verweist auf Host-ID %1, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation>Platzieren Sie den Container in einem vorhandenen Host.</translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation>Container verweist auf Bridge-ID %1, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation>Schließen Sie ihn an eine vorhandene Bridge an oder an keine.</translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation>Container ist an Bridge %1 auf einem anderen Host angeschlossen.</translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation>Schließen Sie ihn an eine Bridge auf seinem eigenen Host an.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation>Link verweist auf Bridge-ID %1, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation>Verbinden Sie zwei vorhandene Bridges.</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>VNI %1 · UDP %2</source>
        <translation>VNI %1 · UDP %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation>Auf einer Bridge (oder einem Container) loslassen, um zu verbinden.</translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Verbinden abgebrochen.</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Verschieben abgebrochen.</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT nach außen</translation>
    </message>
    <message>
        <source>%1@%2, SSH port %3</source>
        <translation>%1@%2, SSH-Port %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>Last deploy: as designed</source>
        <translation>Letzte Bereitstellung: wie entworfen</translation>
    </message>
    <message>
        <source>Last deploy failed: %1</source>
        <translation>Letzte Bereitstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>gateway %1 on port %2, MTU %3</source>
        <translation>Gateway %1 an Port %2, MTU %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <source>%1 on %2, address %3</source>
        <translation>%1 an %2, Adresse %3</translation>
    </message>
    <message>
        <source>VNI %1, UDP port %2, ports %3 / %4</source>
        <translation>VNI %1, UDP-Port %2, Ports %3 / %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The frame of %1 now overlaps %2; move one of them apart.</source>
        <translation>Der Rahmen von %1 überlappt jetzt %2; schieben Sie einen davon beiseite.</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>Überwachung: %1</translation>
    </message>
    <message>
        <source>Monitoring: %1. %2</source>
        <translation>Überwachung: %1. %2</translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation>OverlayStudio-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation>Im Handbuch suchen, z. B. nach einer Fehlermeldung (Eingabe: weiter)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Found in "%1"</source>
        <translation>Gefunden in „%1“</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name '%1' %2.</source>
        <translation>Der Topologiename „%1“ %2.</translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. 'lab-overlay'.</source>
        <translation>Er kennzeichnet alles, was die Topologie auf den Hosts anlegt; benennen Sie ihn um, z. B. in „lab-overlay“.</translation>
    </message>
    <message>
        <source>Host name '%1' %2.</source>
        <translation>Hostname „%1“ %2.</translation>
    </message>
    <message>
        <source>Rename the host, e.g. 'host1'.</source>
        <translation>Benennen Sie den Host um, z. B. in „host1“.</translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation>Host %1 hat keine Management-Adresse.</translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>Geben Sie die IP-Adresse oder den DNS-Namen ein, mit dem sich OverlayStudio per SSH verbindet.</translation>
    </message>
    <message>
        <source>Management address '%1' of host %2 %3.</source>
        <translation>Management-Adresse „%1“ von Host %2 %3.</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation>Geben Sie eine IP-Adresse wie 192.168.0.8 oder einen Hostnamen ein.</translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation>SSH-Port %1 von Host %2 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation>Verwenden Sie einen Port von 1 bis 65535 (üblich ist 22).</translation>
    </message>
    <message>
        <source>SSH user '%1' of host %2 %3.</source>
        <translation>SSH-Benutzer „%1“ von Host %2 %3.</translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation>Geben Sie das Konto ein, mit dem angemeldet wird, z. B. root.</translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation>Host %1 authentifiziert sich mit einer Schlüsseldatei, aber es ist keine angegeben.</translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation>Wählen Sie die private Schlüsseldatei oder authentifizieren Sie sich mit dem SSH-Agenten.</translation>
    </message>
    <message>
        <source>Host %1 logs in as '%2' without sudo; creating bridges and containers needs root.</source>
        <translation>Host %1 meldet sich als „%2“ ohne sudo an; das Anlegen von Bridges und Containern erfordert root.</translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation>Schalten Sie sudo für diesen Host ein oder melden Sie sich als root an.</translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation>Underlay-MTU %1 von Host %2 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation>Host %1 hat keine Underlay-Adresse.</translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation>Geben Sie die IP-Adresse ein, die die VXLAN-Tunnel dieses Hosts verwenden.</translation>
    </message>
    <message>
        <source>Host %1 is reached by the name '%2', but VXLAN tunnels need an IP address.</source>
        <translation>Host %1 wird über den Namen „%2“ erreicht, aber VXLAN-Tunnel brauchen eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter the host's underlay IP address.</source>
        <translation>Geben Sie die Underlay-IP-Adresse des Hosts ein.</translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation>Underlay-Adresse von Host %1: %2.</translation>
    </message>
    <message>
        <source>Two hosts are named '%1'.</source>
        <translation>Zwei Hosts heißen „%1“.</translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation>Geben Sie jedem Host einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation>Die Hosts %1 und %2 verwenden beide Management-Adresse %3 Port %4.</translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation>Jeder Host braucht eine eigene Adresse (oder einen eigenen SSH-Port).</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation>Die Hosts %1 und %2 verwenden beide die Underlay-Adresse %3; Tunnel könnten sie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation>Geben Sie jedem Host eine eigene Underlay-Adresse.</translation>
    </message>
    <message>
        <source>Bridge name '%1' on %2 %3.</source>
        <translation>Bridge-Name „%1“ auf %2 %3.</translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. 'br0'.</source>
        <translation>Benennen Sie die Bridge um, z. B. in „br0“.</translation>
    </message>
    <message>
        <source>Gateway port name '%1' of bridge %2 %3.</source>
        <translation>Gateway-Port-Name „%1“ von Bridge %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'veth0'.</source>
        <translation>Benennen Sie den Port um, z. B. in „veth0“.</translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation>Gateway-Adresse von Bridge %1: %2.</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Geben Sie die Gateway-Adresse mit ihrem Präfix ein, z. B. 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation>Gateway-Adresse %1 von Bridge %2 ist die Netz- oder Broadcast-Adresse ihres Subnetzes.</translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation>Verwenden Sie eine Host-Adresse wie %1/%2.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation>MTU %1 von Bridge %2 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>Verwenden Sie %1 bis %2; 1450 passt für einen VXLAN-Tunnel über ein Netz mit 1500 Byte.</translation>
    </message>
    <message>
        <source>Container name '%1' on %2 %3.</source>
        <translation>Container-Name „%1“ auf %2 %3.</translation>
    </message>
    <message>
        <source>Rename the container, e.g. 'container1'.</source>
        <translation>Benennen Sie den Container um, z. B. in „container1“.</translation>
    </message>
    <message>
        <source>Image '%1' of container %2 %3.</source>
        <translation>Image „%1“ von Container %2 %3.</translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation>Geben Sie ein Image ein, das auf dem Host existiert, z. B. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface name '%1' of container %2 %3.</source>
        <translation>Schnittstellenname „%1“ von Container %2 %3.</translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation>Verwenden Sie einen Namen wie eth0.</translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation>Container %1 ist an keine Bridge angeschlossen; er läuft ohne Netzwerk.</translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation>Verbinden Sie ihn mit einer Bridge auf %1.</translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation>Adresse von Container %1: %2.</translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation>Geben Sie eine Adresse in %1 ein, z. B. %2.</translation>
    </message>
    <message>
        <source>the bridge's subnet</source>
        <translation>das Subnetz der Bridge</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation>Adresse %1 von Container %2 liegt nicht im Subnetz %3 von Bridge %4.</translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation>Verwenden Sie eine Adresse in %1 mit Präfix /%2 oder schließen Sie den Container an eine andere Bridge an.</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation>Adresse %1 von Container %2 ist die Netz- oder Broadcast-Adresse von %3.</translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation>Wählen Sie eine Host-Adresse innerhalb des Subnetzes.</translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation>Gateway von Container %1: %2.</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address, or leave it empty to use it.</source>
        <translation>Geben Sie die Gateway-Adresse der Bridge ein oder lassen Sie das Feld leer, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation>Gateway %1 von Container %2 liegt nicht im Subnetz %3, daher kann der Container es nicht erreichen.</translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation>Verwenden Sie %1 (das Gateway von Bridge %2) oder lassen Sie das Gateway leer.</translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation>VNI %1 von Link %2 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation>UDP-Port %1 von Link %2 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation>Verwenden Sie 4789, den VXLAN-Port, sofern das Netz keinen anderen braucht (1–65535).</translation>
    </message>
    <message>
        <source>Tunnel port name '%1' of link %2 %3.</source>
        <translation>Tunnel-Port-Name „%1“ von Link %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'vxlan0'.</source>
        <translation>Benennen Sie den Port um, z. B. in „vxlan0“.</translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation>Link %1 verbindet zwei Bridges auf demselben Host %2; ein VXLAN-Tunnel verbindet verschiedene Hosts.</translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation>Verbinden Sie die Bridge mit einer Bridge auf einem anderen Host.</translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation>Link %1 verbindet Subnetz %2 mit Subnetz %3; ein Layer-2-Segment braucht ein einziges Subnetz.</translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation>Geben Sie beiden Bridges Adressen im selben Subnetz oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation>Die Bridges %1 und %2 sind durch zwei Links verbunden.</translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation>Entfernen Sie einen davon; ein Tunnel trägt das ganze Segment.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation>MTU %1 von Bridge %2 ist größer, als ihr VXLAN-Tunnel transportieren kann: Die Underlay-MTU ist %3 und VXLAN fügt %4 Byte hinzu.</translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation>Setzen Sie die MTU der Bridge auf %1 oder weniger.</translation>
    </message>
    <message>
        <source>%1 uses the name '%2' twice on host %3.</source>
        <translation>%1 verwendet den Namen „%2“ zweimal auf Host %3.</translation>
    </message>
    <message>
        <source>The name '%1' is used by both %2 and %3 on host %4.</source>
        <translation>Der Name „%1“ wird auf Host %4 sowohl von %2 als auch von %3 verwendet.</translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation>Bridges, Gateway-Ports und Tunnel-Ports eines Hosts brauchen jeweils einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Two containers on host %1 are named '%2'.</source>
        <translation>Zwei Container auf Host %1 heißen „%2“.</translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation>Geben Sie jedem Container auf einem Host einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation>Subnetz %1 von Bridge %2 überschneidet sich mit Subnetz %3 von Bridge %4 auf demselben Host.</translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation>Geben Sie jeder Bridge eines Hosts ein eigenes Subnetz, z. B. 10.2.2.0/24 und 10.3.3.0/24.</translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation>Die Links %1 und %2 tunneln beide von %3 nach %4 mit VNI %5; OVS kann sie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation>Geben Sie einem der Links einen anderen VNI.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation>VNI %1 verbindet Bridges mit verschiedenen Subnetzen: %2.</translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation>Bridges, die ein VNI verbindet, bilden ein Netz: Geben Sie ihnen dasselbe Subnetz oder verwenden Sie für das andere Subnetz einen anderen VNI.</translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation>Die durch VNI %2 verbundenen Bridges %1 bilden eine Schleife (%3 Links zwischen %4 Bridges): Geflutete Frames kreisen darin, das MAC-Lernen versagt, und Unicast geht verloren.</translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation>Entfernen Sie Links, bis sie einen Baum bilden, oder verbinden Sie jedes Bridge-Paar (eine Vollvermaschung, die Split Horizon erhält).</translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation>Die Bridges %1 bilden ein Netz, aber ihre Links verwenden verschiedene VNIs (%2).</translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network's identity.</source>
        <translation>Verwenden Sie einen VNI für alle Links eines Netzes; er ist die Identität des Netzes.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host's reply.</source>
        <translation>Die Bridges %1 und %2 eines Netzes haben beide die Gateway-Adresse %3; ein Container kann die Antwort von jedem der beiden Hosts erhalten.</translation>
    </message>
    <message>
        <source>Give each host's gateway port its own address, e.g. .1 and .254 (containers keep using their own host's gateway).</source>
        <translation>Geben Sie dem Gateway-Port jedes Hosts eine eigene Adresse, z. B. .1 und .254 (Container verwenden weiterhin das Gateway ihres eigenen Hosts).</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation>Adresse %1 von Container %2 wird im selben Netz bereits von %3 verwendet.</translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation>Geben Sie dem Container eine freie Adresse in %1.</translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation>Die Bridges %1 eines Netzes haben unterschiedliche MTUs; große Frames gehen in einer Richtung verloren.</translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation>Geben Sie allen Bridges eines Netzes dieselbe MTU.</translation>
    </message>
    <message>
        <source>Use the MTU of the host's network card, %1 to %2 (1500 is usual).</source>
        <translation>Verwenden Sie die MTU der Netzwerkkarte des Hosts, %1 bis %2 (üblich ist 1500).</translation>
    </message>
    <message>
        <source>Use a VNI from %1 to %2.</source>
        <translation>Verwenden Sie einen VNI von %1 bis %2.</translation>
    </message>
    <message>
        <source>Bridge %1 is set to route, but no other bridge on %2 is: there is nothing to route to.</source>
        <translation>Bridge %1 ist auf Routing gesetzt, aber keine andere Bridge auf %2: Es gibt nichts, wohin geroutet werden könnte.</translation>
    </message>
    <message>
        <source>Set routing on the bridge its segment should reach, or turn it off.</source>
        <translation>Schalten Sie Routing an der Bridge ein, die ihr Segment erreichen soll, oder schalten Sie es aus.</translation>
    </message>
    <message>
        <source>%1 routes between the networks of %2 and %3, but %4 does not route between %5 and %6, which are in the same two networks: containers on %4 answer through their own host, which drops what is routed to them.</source>
        <translation>%1 routet zwischen den Netzen von %2 und %3, aber %4 routet nicht zwischen %5 und %6, die in denselben zwei Netzen liegen: Container auf %4 antworten über ihren eigenen Host, der verwirft, was zu ihnen geroutet wird.</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 as well, or on neither host.</source>
        <translation>Schalten Sie Routing auch an %1 und %2 ein, oder auf keinem der beiden Hosts.</translation>
    </message>
    <message>
        <source>Image %1 is defined twice.</source>
        <translation>Image %1 ist zweimal definiert.</translation>
    </message>
    <message>
        <source>Remove one of its definitions in Images (Deploy menu).</source>
        <translation>Entfernen Sie eine seiner Definitionen unter Images (Menü Bereitstellen).</translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation>Willkommensseite</translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation>Willkommen bei OverlayStudio</translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation>Entwerfen Sie Container-Overlay-Netzwerke auf der Zeichenfläche: Hosts, Open-vSwitch-Bridges, Docker-Container und VXLAN-Links. OverlayStudio prüft den Entwurf, zeigt die Befehle, die ihn aufbauen, und stellt ihn per SSH bereit. Das Benutzerhandbuch finden Sie unter Hilfe (F1).</translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation>Willkommensseite schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation>Willkommensseite schließen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation>Neuer leerer Entwurf</translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation>Ziehen Sie Hosts, Bridges und Container aus der Palette auf die Zeichenfläche.</translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation>Im lokalen Labor ausprobieren</translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation>Zwei simulierte Hosts auf diesem Rechner, dann das Labor-Beispiel zum Bereitstellen darauf. Erfordert root.</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>Beispiel öffnen</translation>
    </message>
</context>
<context>
    <name>studio::livestyle</name>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
</context>
<context>
    <name>studio::monitorformat</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 %2b/s</source>
        <extracomment>a bit rate: number, SI prefix (k, M, G), "b/s"</extracomment>
        <translation>%1 %2bit/s</translation>
    </message>
    <message>
        <source>%1 %2pkt/s</source>
        <extracomment>a packet rate: number, SI prefix (k, M), "pkt/s"</extracomment>
        <translation>%1 %2Pkt/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
</context>
</TS>