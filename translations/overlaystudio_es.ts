<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation>Diseña, despliega y supervisa redes overlay de contenedores.</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>Topología que se abrirá.</translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation>Guarda la ventana como archivo de imagen y sale.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation>Despliega la topología en cuanto se abra.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo no guardado</translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation>OverlayStudio se cerró sin guardar tus últimos cambios. ¿Quieres restaurarlos?</translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation>Acerca de OverlayStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Diseña, despliega y supervisa redes overlay de contenedores en varios hosts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation>ventanas, lienzo, hilos</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation>GNU LGPL 3.0 (o GPL 2.0 / 3.0)</translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation>conexiones SSH con los hosts</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 o posterior</translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation>gráficos en vivo</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation>GNU GPL 3.0 o posterior</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio es software libre: puedes redistribuirlo y/o modificarlo según los términos de la &lt;b&gt;Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior&lt;/b&gt; (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA. Consulta &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;la licencia&lt;/a&gt;; en los sistemas Debian está en /usr/share/common-licenses/GPL-3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Creado con&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En los hosts controla Open vSwitch, Docker, iproute2 e iptables, tal como estén instalados allí.&lt;/p&gt;&lt;p&gt;Iconos: dibujados para OverlayStudio, bajo su licencia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation>'%1' no es una dirección IPv4 (cuatro números de 0 a 255, p. ej., 10.2.2.1)</translation>
    </message>
    <message>
        <source>'%1' has no prefix length; write it like 10.2.2.1/24</source>
        <translation>'%1' no tiene longitud de prefijo; escríbela así: 10.2.2.1/24</translation>
    </message>
    <message>
        <source>'%1' has prefix length '%2'; use 1 to 30 (24 is usual)</source>
        <translation>'%1' tiene la longitud de prefijo '%2'; usa de 1 a 30 (lo habitual es 24)</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address</source>
        <translation>'%1' no es una dirección IPv6</translation>
    </message>
</context>
<context>
    <name>studio::Addressing</name>
    <message>
        <source>has no free /24 subnet left for a new bridge</source>
        <translation>no tiene ninguna subred /24 libre para un puente nuevo</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address by hand.</source>
        <translation>Introduce a mano la dirección de la puerta de enlace del puente.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>No existe ese puente.</translation>
    </message>
    <message>
        <source>has no valid gateway address to take a subnet from: %1</source>
        <translation>no tiene una dirección de puerta de enlace válida de la que tomar una subred: %1</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Introduce la dirección de la puerta de enlace con su prefijo, p. ej., 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>has no free address left in subnet %1</source>
        <translation>no tiene ninguna dirección libre en la subred %1</translation>
    </message>
    <message>
        <source>Use a larger subnet (a shorter prefix) for this segment.</source>
        <translation>Usa una subred más grande (un prefijo más corto) para este segmento.</translation>
    </message>
</context>
<context>
    <name>studio::BuildContext</name>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>Put the file beside the project file, or remove it from the context files of %1 in Images (Deploy menu).</source>
        <translation>Pon el archivo junto al archivo de proyecto, o quítalo de los archivos de contexto de %1 en Imágenes (menú Desplegar).</translation>
    </message>
    <message>
        <source>its context files (%1) are read beside the project file, but the project has not been saved yet.</source>
        <translation>sus archivos de contexto (%1) se leen junto al archivo de proyecto, pero el proyecto aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Save the project next to those files, then apply again.</source>
        <translation>Guarda el proyecto junto a esos archivos y vuelve a aplicar.</translation>
    </message>
    <message>
        <source>its context file '%1' %2.</source>
        <translation>su archivo de contexto '%1' %2.</translation>
    </message>
    <message>
        <source>its context file %1 does not exist in %2.</source>
        <translation>su archivo de contexto %1 no existe en %2.</translation>
    </message>
    <message>
        <source>its context file %1 is not a file (a folder?).</source>
        <translation>su archivo de contexto %1 no es un archivo (¿una carpeta?).</translation>
    </message>
    <message>
        <source>List the files inside it one by one in Images (Deploy menu).</source>
        <translation>Indica uno a uno los archivos que contiene en Imágenes (menú Desplegar).</translation>
    </message>
    <message>
        <source>its context file %1 is a link to %2, outside the project file's folder.</source>
        <translation>su archivo de contexto %1 es un enlace a %2, fuera de la carpeta del archivo de proyecto.</translation>
    </message>
    <message>
        <source>Copy the file into the project file's folder instead of linking to it.</source>
        <translation>Copia el archivo en la carpeta del archivo de proyecto en lugar de enlazarlo.</translation>
    </message>
    <message>
        <source>its context file %1 cannot be read: %2.</source>
        <translation>su archivo de contexto %1 no se puede leer: %2.</translation>
    </message>
    <message>
        <source>Make the file readable, then apply again.</source>
        <translation>Haz que el archivo se pueda leer y vuelve a aplicar.</translation>
    </message>
    <message>
        <source>its context file %1 is larger than 8 GiB.</source>
        <translation>su archivo de contexto %1 supera 8 GiB.</translation>
    </message>
    <message>
        <source>its context file %1 became shorter while it was sent.</source>
        <translation>su archivo de contexto %1 se acortó mientras se enviaba.</translation>
    </message>
    <message>
        <source>Apply again once nothing writes to the file.</source>
        <translation>Vuelve a aplicar cuando nada esté escribiendo en el archivo.</translation>
    </message>
    <message>
        <source>its context file %1 grew while it was sent.</source>
        <translation>su archivo de contexto %1 creció mientras se enviaba.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation>El archivo de topología (.json).</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation>overlaystudio-cli %1: %2</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation>overlaystudio-cli %1: se esperaba exactamente un archivo de topología.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado en JSON.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation>%1: %2 errores, %3 advertencias en %4 hosts, %5 puentes, %6 contenedores, %7 enlaces.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Muestra el plan en JSON.</translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation>Solo el plan de este host.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation>Planifica la eliminación de la topología.</translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation>Escribe un script por host, HOST.sh, en esta carpeta.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'; its hosts are: %3.</source>
        <translation>error: %1 no tiene ningún host llamado '%2'; sus hosts son: %3.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>se escribió %1</translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command '%1'.</source>
        <translation>overlaystudio-cli: comando desconocido '%1'.</translation>
    </message>
    <message>
        <source>fast (default: containers side by side, plugged at once) or guide (ovs-docker, one container after another, as the tutorial does).</source>
        <translation>fast (predeterminado: contenedores en paralelo, conectados de una vez) o guide (ovs-docker, un contenedor tras otro, como en el tutorial).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>overlaystudio-cli plan: unknown style '%1'; use fast or guide.</source>
        <translation>overlaystudio-cli plan: estilo desconocido '%1'; use fast o guide.</translation>
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
        <translation>Uso: overlaystudio-cli COMANDO ARCHIVO [opciones]

Comandos:
  validate FILE [--json]        Comprueba una topología; sale con 1 si tiene errores.
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                Muestra los comandos que construyen (o eliminan) la
                                topología, como un script de shell por host.
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                Despliega por SSH: apply cambia solo lo que difiere,
                                destroy elimina lo que creó la topología, status
                                compara los hosts con el diseño.
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                Supervisa una topología desplegada: RTT y pérdida de ping,
                                tráfico por enlace y contenedor, estados; una
                                línea por muestra hasta N intervalos o Ctrl+C.
  guide FILE [--output DIR] [--format md|html]
                                Escribe una guía de laboratorio que construye la topología
                                a mano: Markdown con su diagrama, o HTML.
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                Hosts simulados en esta máquina (como root).

Códigos de salida: 0 correcto, 1 se encontraron problemas, 2 error de uso.
</translation>
    </message>
    <message>
        <source>Each command explains its options with --help, e.g. overlaystudio-cli apply --help.
</source>
        <translation>Cada orden explica sus opciones con --help, p. ej. overlaystudio-cli apply --help.
</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli validate FILE [--json]</source>
        <translation>uso: overlaystudio-cli validate FILE [--json]</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</source>
        <translation>uso: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</translation>
    </message>
</context>
<context>
    <name>studio::Clipboard</name>
    <message>
        <source>The clipboard holds no OverlayStudio objects.</source>
        <translation>El portapapeles no contiene objetos de OverlayStudio.</translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation>El host %1, donde estaban los objetos copiados, ya no existe; copia hosts completos.</translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation>Nada que pegar: selecciona hosts, puentes o contenedores y cópialos.</translation>
    </message>
</context>
<context>
    <name>studio::ClipboardController</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Remove the selection and keep it on the clipboard</source>
        <translation>Quita la selección y la guarda en el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>Copia la selección al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste with fresh names and addresses</source>
        <translation>Pega con nombres y direcciones nuevos</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selection next to itself, with fresh names and addresses</source>
        <translation>Copia la selección junto a sí misma, con nombres y direcciones nuevos</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>Duplicar %n objeto</numerusform>
            <numerusform>Duplicar %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Pegar %n objeto</numerusform>
            <numerusform>Pegar %n objetos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Mover %n objeto</numerusform>
            <numerusform>Mover %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Change %1 of the topology</source>
        <translation>Cambiar %1 de la topología</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Change image definitions</source>
        <translation>Cambiar las definiciones de imágenes</translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>Solo este host (se puede repetir).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado en JSON.</translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation>Detiene todos los hosts cuando uno falla.</translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation>Lee los hosts y muestra lo que cambiaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>Archivo known_hosts con el que verificar las claves de los hosts.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Confía en claves de host nunca vistas (las claves cambiadas siempre se rechazan).</translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation>Segundos que puede tardar un comando.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>El archivo de topología.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.</source>
        <translation>%1 tiene errores; no se desplegó nada. Ejecuta 'overlaystudio-cli validate %1'.</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'.</source>
        <translation>error: %1 no tiene ningún host llamado '%2'.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation>La clave de host de %1 (%2) aún no es conocida: %3 %4.</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> De confianza (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation> ¿Confiar en ella? [y/N] </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Contraseña de %1@%2: </translation>
    </message>
    <message>
        <source>Cancelling: every host stops now; a command already running may still finish on its host (Ctrl-C again to quit at once).</source>
        <translation>Cancelando: todos los hosts se detienen ahora; un comando que ya se esté ejecutando puede terminar en su host (pulsa Ctrl-C otra vez para salir de inmediato).</translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation>DESCONOCIDO: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: FALLÓ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1: ejecutaría %n paso</numerusform>
            <numerusform>%1: ejecutaría %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation>%1: actualizado, no se cambió nada (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1: %n paso ejecutado en %2 ms</numerusform>
            <numerusform>%1: %n pasos ejecutados en %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation>%1 %2 en %3 ms.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>How containers are started and plugged: fast (default) or guide (ovs-docker, one after another, as the tutorial does).</source>
        <translation>Cómo se inician y conectan los contenedores: fast (predeterminado) o guide (ovs-docker, uno tras otro, como en el tutorial).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>At most this many hosts connected at once (0: all; default %1).</source>
        <translation>Como máximo, estos hosts conectados a la vez (0: todos; predeterminado %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --forks takes a number of hosts (0: all), not '%1'.</source>
        <translation>error: --forks espera un número de hosts (0: todos), no '%1'.</translation>
    </message>
    <message>
        <source>error: unknown style '%1'; use fast or guide.</source>
        <translation>error: estilo desconocido '%1'; use fast o guide.</translation>
    </message>
    <message>
        <source>destroy: also remove the images this topology built or copied.</source>
        <translation>destroy: eliminar también las imágenes que esta topología construyó o copió.</translation>
    </message>
    <message>
        <source>error: --remove-images is for destroy only.</source>
        <translation>error: --remove-images es solo para destroy.</translation>
    </message>
    <message>
        <source>apply only: show each step and ask before running it (y/n/all/quit).</source>
        <translation>solo apply: muestra cada paso y pregunta antes de ejecutarlo (y/n/all/quit).</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</source>
        <translation>uso: overlaystudio-cli %1 ARCHIVO [--host NOMBRE] [--json] [--fail-fast] [--dry-run] [--known-hosts ARCHIVO] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</translation>
    </message>
    <message>
        <source>error: --step goes with apply only, and not with --dry-run.</source>
        <translation>error: --step solo va con apply, y no con --dry-run.</translation>
    </message>
    <message>
        <source>
[%1] step %2 of %3: %4
</source>
        <translation>
[%1] paso %2 de %3: %4
</translation>
    </message>
    <message>
        <source>  creates: %1
</source>
        <translation>  crea: %1
</translation>
    </message>
    <message>
        <source>Run it? [y]es, [n]o (skip), [a]ll, [q]uit: </source>
        <translation>¿Ejecutarlo? [y] sí, [n] no (omitir), [a] todos, [q] salir: </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminó sin estado de salida (%1)</translation>
    </message>
    <message>
        <source>%1: %2 step(s) run, %3 skipped: the host may differ from the design (see status)</source>
        <translation>%1: %2 paso(s) ejecutado(s), %3 omitido(s): el host puede diferir del diseño (consulta status)</translation>
    </message>
</context>
<context>
    <name>studio::DeployController</name>
    <message>
        <source>Destroy topology</source>
        <translation>Destruir la topología</translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation>¿Eliminar todo lo que la topología %1 creó en sus hosts (contenedores, puertos, puentes, reglas NAT)? Los objetos que no creó OverlayStudio no se tocan.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation>Construye la topología en sus hosts; solo se cambia lo que difiere</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation>Compara los hosts con el diseño sin cambiar nada</translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation>&amp;Destruir...</translation>
    </message>
    <message>
        <source>Remove everything the topology created on its hosts</source>
        <translation>Elimina todo lo que la topología creó en sus hosts</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation>Detiene cada host después de su paso actual</translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation>Espera a que termine el despliegue en curso, o cancélalo, antes de abrir otra topología.</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>No se puede desplegar</translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation>La topología tiene errores; corrige primero los que aparecen en Problemas.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destruir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The deploy could not start: another one is still running.</source>
        <translation>No se pudo iniciar el despliegue: todavía hay otro en curso.</translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation>Despliegue en curso</translation>
    </message>
    <message>
        <source>A deploy is still running on the hosts. Stopping it now leaves each host after its current step; Apply again later converges, Destroy removes what was made.</source>
        <translation>Todavía hay un despliegue en curso en los hosts. Si lo detienes ahora, cada host se queda tras su paso actual; más tarde, Aplicar de nuevo lo completa y Destruir elimina lo creado.</translation>
    </message>
    <message>
        <source>Cancel Deploy and Quit</source>
        <translation>Cancelar el despliegue y salir</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clave de host desconocida</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio nunca se ha conectado antes a &lt;b&gt;%1&lt;/b&gt; (%2).&lt;/p&gt;&lt;p&gt;Presenta esta clave %3:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compárala con la huella del propio host (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; en el host). ¿Confiar en ella y recordarla?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1 (kept only in memory, until OverlayStudio quits):</source>
        <translation>Contraseña de %1 (solo se guarda en memoria, hasta que OverlayStudio se cierre):</translation>
    </message>
    <message>
        <source>Deploy S&amp;ettings...</source>
        <translation>Configuración de d&amp;espliegue...</translation>
    </message>
    <message>
        <source>How containers are started and plugged, and how many hosts are connected at once</source>
        <translation>Cómo se inician y conectan los contenedores y cuántos hosts se conectan a la vez</translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation>Aún no se ha desplegado nada. Usa Desplegar &gt; Aplicar para construir la topología en sus hosts.</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>Host / paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%1 en ejecución en %n host...</numerusform>
            <numerusform>%1 en ejecución en %n hosts...</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>como en el diseño (%n objeto)</numerusform>
            <numerusform>como en el diseño (%n objetos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n objeto difiere</numerusform>
            <numerusform>%n objetos difieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>hecho: %n paso en %1 ms</numerusform>
            <numerusform>hecho: %n pasos en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation>actualizado, no se cambió nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>%1 terminó en %n host.</numerusform>
            <numerusform>%1 terminó en %n hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation>%1 FALLÓ en %2 de %3 hosts; mira las entradas en rojo.</translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation>usa autenticación por contraseña, pero aquí no se puede pedir la contraseña.</translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation>Usa una clave o el agente SSH, o ejecútalo de forma interactiva.</translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 necesita sudo sin contraseña para %2 (sudo -n).</translation>
    </message>
    <message>
        <source>authentication failed.</source>
        <translation>la autenticación falló.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminó sin estado de salida (%1)</translation>
    </message>
    <message>
        <source>%1: step "%2" failed (%3).
  command: %4
  error: %5</source>
        <translation>%1: el paso "%2" falló (%3).
  comando: %4
  error: %5</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1: no se hizo nada: la topología tiene %n error; el primero: %2</numerusform>
            <numerusform>%1: no se hizo nada: la topología tiene %n errores; el primero: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was done: the topology has no host named %2.</source>
        <translation>%1: no se hizo nada: la topología no tiene ningún host llamado %2.</translation>
    </message>
    <message>
        <source>%1: cancelled by the user %2.</source>
        <translation>%1: cancelado por el usuario %2.</translation>
    </message>
    <message>
        <source>before connecting; nothing was changed</source>
        <translation>antes de conectar; no se cambió nada</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
    <message>
        <source>while connecting; nothing was changed</source>
        <translation>durante la conexión; no se cambió nada</translation>
    </message>
    <message>
        <source>reading state</source>
        <translation>leyendo el estado</translation>
    </message>
    <message>
        <source>while reading the host's state; nothing was changed</source>
        <translation>al leer el estado del host; no se cambió nada</translation>
    </message>
    <message>
        <source>%1: reading the host's state failed: %2</source>
        <translation>%1: no se pudo leer el estado del host: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>a %1 le falta %2</translation>
    </message>
    <message>
        <source>before any change; nothing was changed</source>
        <translation>antes de cualquier cambio; no se cambió nada</translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation>%1: no se cambió nada porque: %2</translation>
    </message>
    <message>
        <source>%1: cancelled by the user after %2 of %3 steps.</source>
        <translation>%1: cancelado por el usuario después de %2 de %3 pasos.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation>%1: detenido después de %2 de %3 pasos porque otro host falló.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>%1: cancelled by the user during step %2 of %3 ("%4"); that command may still be running on the host.</source>
        <translation>%1: cancelado por el usuario durante el paso %2 de %3 ("%4"); ese comando puede seguir ejecutándose en el host.</translation>
    </message>
    <message>
        <source>waiting for its turn (%1 hosts at a time)</source>
        <translation>esperando su turno (%1 hosts a la vez)</translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), then apply again.</source>
        <translation>no se cambió nada: faltan requisitos (%1). Instálelos (openvswitch-switch, docker.io, iproute2, iptables, util-linux) y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>note: %1 is missing; the deploy does not need it, but Capture (Show Packet Path) does. Install it (apt-get install %1).</source>
        <translation>nota: falta %1; el despliegue no lo necesita, pero Capturar (Mostrar la ruta del paquete) sí. Instálalo (apt-get install %1).</translation>
    </message>
    <message>
        <source>%1: another host on this machine got it (they share one Docker engine)</source>
        <translation>%1: otro host de esta máquina ya la obtuvo (comparten un mismo motor de Docker)</translation>
    </message>
</context>
<context>
    <name>studio::DeploySettingsDialog</name>
    <message>
        <source>Deploy Settings</source>
        <translation>Configuración de despliegue</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged all at once</source>
        <translation>Rápido: contenedores en paralelo, todos conectados de una vez</translation>
    </message>
    <message>
        <source>Guide: ovs-docker, one container after another</source>
        <translation>Guía: ovs-docker, un contenedor tras otro</translation>
    </message>
    <message>
        <source>Deploy style</source>
        <translation>Estilo de despliegue</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Hosts connected at once</source>
        <translation>Hosts conectados a la vez</translation>
    </message>
    <message>
        <source>Hosts beyond this number wait for their turn; 0 connects all of them at once.</source>
        <translation>Los hosts que superen este número esperan su turno; 0 los conecta todos a la vez.</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>&amp;Hosts at once:</source>
        <translation>&amp;Hosts a la vez:</translation>
    </message>
    <message>
        <source>Starts each host's containers side by side (8 at a time), then plugs them all at once: one docker inspect, a veth pair per container set up with nsenter, every port in one Open vSwitch transaction. The new address is announced, so peers reach a re-created container at once.</source>
        <translation>Inicia los contenedores de cada host en paralelo (8 a la vez) y luego los conecta todos de una vez: un solo docker inspect, un par veth por contenedor configurado con nsenter, todos los puertos en una transacción de Open vSwitch. La nueva dirección se anuncia, así que los vecinos alcanzan enseguida un contenedor recreado.</translation>
    </message>
    <message>
        <source>Runs the commands of the guide: docker run, then ovs-docker add-port, one container after another. Slower; best for following the tutorial step by step. Both styles build the same network and recognise each other's ports.</source>
        <translation>Ejecuta los comandos de la guía: docker run y luego ovs-docker add-port, un contenedor tras otro. Más lento; ideal para seguir el tutorial paso a paso. Ambos estilos construyen la misma red y reconocen los puertos del otro.</translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation>La topología: hosts, puentes, contenedores y enlaces. Las flechas mueven la selección y Supr la elimina.</translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation>Red overlay dibujada con OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>no se pudo escribir.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Elige una carpeta en la que puedas escribir y un nombre .png o .svg.</translation>
    </message>
</context>
<context>
    <name>studio::DocumentController</name>
    <message>
        <source>Deploy running</source>
        <translation>Despliegue en curso</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>No se puede abrir la topología</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Abrir topología</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)</source>
        <translation>Topologías de OverlayStudio (*.ovstudio.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>Guardar topología</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation>Topologías de OverlayStudio (*.ovstudio.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation>Se restauró el trabajo que no se había guardado antes de que OverlayStudio se cerrara.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
</context>
<context>
    <name>studio::DumpPorts</name>
    <message>
        <source>ovs-ofctl dump-ports did not print port statistics: %1</source>
        <translation>ovs-ofctl dump-ports no mostró estadísticas de puertos: %1</translation>
    </message>
    <message>
        <source>Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).</source>
        <translation>Comprueba que ovs-vswitchd está en ejecución y que el puente existe (ovs-vsctl show).</translation>
    </message>
    <message>
        <source>cannot read the port name in "%1".</source>
        <translation>no se puede leer el nombre del puerto en "%1".</translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message>
        <source>Add host %1</source>
        <translation>Añadir el host %1</translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation>Se añadió el host %1; introduce su dirección de administración en las propiedades.</translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation>Un puente está en un host: suéltalo dentro del marco de un host.</translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation>Añadir el puente %1 en %2</translation>
    </message>
    <message>
        <source>Added bridge %1 on %2 with subnet %3.</source>
        <translation>Se añadió el puente %1 en %2 con la subred %3.</translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation>Un contenedor se ejecuta en un host: suéltalo dentro del marco de un host.</translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation>Añadir el contenedor %1 en %2</translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation>Se añadió %1; arrastra desde su tirador hasta un puente para conectarlo.</translation>
    </message>
    <message>
        <source>There is no such container.</source>
        <translation>No existe ese contenedor.</translation>
    </message>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Detached %1.</source>
        <translation>Se desconectó %1.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>No existe ese puente.</translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation>%1 se ejecuta en %2; solo puede conectarse a un puente de ese host.</translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation>%1 ya está conectado a %2.</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation>Se conectó %1 a %2 con la dirección %3.</translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation>Conecta un contenedor a un puente de su host, o un puente a un puente de otro host.</translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation>Un enlace VXLAN une puentes de hosts distintos; %1 y %2 están ambos en %3.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 y %2 ya están enlazados.</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>Enlazar %1 y %2</translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation>Se enlazaron %1 y %2 con el VNI %3.</translation>
    </message>
    <message>
        <source>%1 gets %2</source>
        <translation>%1 recibe %2</translation>
    </message>
    <message>
        <source>Subnet %1 has no room for the other side; give both sides one subnet.</source>
        <translation>La subred %1 no tiene espacio para el otro lado; usa una sola subred en ambos lados.</translation>
    </message>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>Un segmento necesita una sola subred, así que el otro lado se unió a %1 (%2; se cambió la dirección de %n contenedor). Deshacer lo revierte todo.</numerusform>
            <numerusform>Un segmento necesita una sola subred, así que el otro lado se unió a %1 (%2; se cambió la dirección de %n contenedores). Deshacer lo revierte todo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added bridge %1 on %2; %3 %4. %5</source>
        <translation>Se añadió el puente %1 en %2; %3 %4. %5</translation>
    </message>
    <message>
        <source>Attached %1 to %2, but %3 %4. %5</source>
        <translation>Se conectó %1 a %2, pero %3 %4. %5</translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation>Dos hosts, dos segmentos (la guía)</translation>
    </message>
    <message>
        <source>The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don't deploy it.</source>
        <translation>La topología de la guía del manual: dos hosts, con los puentes br0 (VNI 100) y br1 (VNI 200) en cada uno y dos contenedores por host. Sus direcciones son ejemplos: planifícala, pero no la despliegues.</translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation>Dos hosts en el laboratorio local</translation>
    </message>
    <message>
        <source>The guide's topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation>La topología de la guía sobre los dos hosts simulados de un laboratorio local: lista para desplegar en esta máquina.</translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation>Tres hosts en malla, con NAT</translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation>Tres hosts unidos en una malla completa con el VNI 300 (horizonte dividido en los puertos de túnel); host1 enmascara el segmento hacia fuera.</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
</context>
<context>
    <name>studio::Firewall</name>
    <message>
        <source>isolation of %1</source>
        <translation>aislamiento de %1</translation>
    </message>
    <message>
        <source>Isolate %1 (%2): drop anything the host would forward into %3 unless it answers a connection that a container on %1 opened. Other networks and the outside cannot reach in, whatever the host's FORWARD policy. The rule is in the mangle table, which the host reads before its filter rules, so no ACCEPT rule there can open it again.</source>
        <translation>Aislar %1 (%2): descartar todo lo que el host reenviaría hacia %3, salvo que responda a una conexión abierta por un contenedor de %1. Ni las demás redes ni el exterior pueden entrar, sea cual sea la política FORWARD del host. La regla está en la tabla mangle, que el host lee antes que sus reglas de filtrado, así que ninguna regla ACCEPT de allí puede volver a abrirla.</translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation>NAT %1</translation>
    </message>
    <message>
        <source>Let containers on %1 send through the host (from %2 out to the uplink). Other networks of the host stay closed: their isolation rules come first.</source>
        <translation>Permitir que los contenedores de %1 envíen a través del host (de %2 hacia el enlace de salida). Las demás redes del host siguen cerradas: sus reglas de aislamiento van primero.</translation>
    </message>
    <message>
        <source>Let replies back into %1, and only replies: connection tracking knows which packets answer a connection a container opened.</source>
        <translation>Dejar entrar las respuestas en %1, y solo las respuestas: el seguimiento de conexiones sabe qué paquetes responden a una conexión que abrió un contenedor.</translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host's address (NAT), so replies find their way back.</source>
        <translation>Enmascarar %1 tras la dirección del host (NAT), para que las respuestas encuentren el camino de vuelta.</translation>
    </message>
    <message>
        <source>routing %1 to %2</source>
        <translation>enrutamiento de %1 a %2</translation>
    </message>
    <message>
        <source>Route from %1 to %2, as the design chooses: let packets from %3 into %4 before %2's isolation rule sees them (inserted above it).</source>
        <translation>Enrutar de %1 a %2, como elige el diseño: dejar pasar los paquetes de %3 hacia %4 antes de que los vea la regla de aislamiento de %2 (insertada encima de ella).</translation>
    </message>
    <message>
        <source>Accept the routed packets from %1 to %2 also where the host's FORWARD policy is DROP.</source>
        <translation>Aceptar los paquetes enrutados de %1 a %2 también donde la política FORWARD del host es DROP.</translation>
    </message>
    <message>
        <source>Do not masquerade what %1 routes to %2: containers there see the real sender (inserted above the NAT rule).</source>
        <translation>No enmascarar lo que %1 enruta a %2: los contenedores de allí ven el remitente real (insertada encima de la regla NAT).</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added (%1).</source>
        <translation>Eliminar una regla de cortafuegos que añadió OverlayStudio (%1).</translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT and routing; the isolation rules decide what may pass).</source>
        <translation>Permitir que el host reenvíe paquetes entre sus interfaces (necesario para NAT y enrutamiento; las reglas de aislamiento deciden qué puede pasar).</translation>
    </message>
</context>
<context>
    <name>studio::GuideCli</name>
    <message>
        <source>Folder to write the guide to (default: here).</source>
        <translation>Carpeta en la que escribir la guía (por defecto: aquí).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>md (Markdown and its images) or html.</source>
        <translation>md (Markdown y sus imágenes) o html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>El archivo de topología.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</source>
        <translation>uso: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</translation>
    </message>
    <message>
        <source>error: unknown format '%1'; use md or html.</source>
        <translation>error: formato desconocido '%1'; usa md o html.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>%1 has errors; no guide was written.</source>
        <translation>%1 tiene errores; no se escribió ninguna guía.</translation>
    </message>
</context>
<context>
    <name>studio::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide: first steps, the local lab, troubleshooting</source>
        <translation>La guía del usuario: primeros pasos, el laboratorio local, solución de problemas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Página de bienvenida</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Lab...</source>
        <translation>Probar en un &amp;laboratorio local...</translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation>Inicia hosts simulados en esta máquina y abre el ejemplo para ellos</translation>
    </message>
    <message>
        <source>&amp;About OverlayStudio</source>
        <translation>Acerca &amp;de OverlayStudio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>studio::HostMonitor</name>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 necesita sudo sin contraseña para %2 (sudo -n).</translation>
    </message>
    <message>
        <source>the ping process ended.</source>
        <translation>el proceso de ping terminó.</translation>
    </message>
    <message>
        <source>%1: the ping stream ended unexpectedly.</source>
        <translation>%1: el flujo de ping terminó inesperadamente.</translation>
    </message>
    <message>
        <source>Open vSwitch does not answer on %1: %2</source>
        <translation>Open vSwitch no responde en %1: %2</translation>
    </message>
    <message>
        <source>Docker does not answer on %1: %2</source>
        <translation>Docker no responde en %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 no existe en %2.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 no está en ejecución.</translation>
    </message>
    <message>
        <source>the state of %1 is not known yet.</source>
        <translation>aún no se conoce el estado de %1.</translation>
    </message>
    <message>
        <source>the ping printed nothing for %1 s.</source>
        <translation>el ping no mostró nada durante %1 s.</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation>estado del host</translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation>el informe de estado del host está incompleto.</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation>Comprueba que el host tiene un shell POSIX y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation>Open vSwitch</translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation>ovs-vsctl no mostró los puentes, puertos e interfaces: %1</translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation>Comprueba que Open vSwitch está en ejecución en el host (ovs-vsctl show).</translation>
    </message>
</context>
<context>
    <name>studio::ImageDefinition</name>
    <message>
        <source>Pull from a registry</source>
        <translation>Descargar de un registro</translation>
    </message>
    <message>
        <source>Build from a Dockerfile</source>
        <translation>Construir desde un Dockerfile</translation>
    </message>
    <message>
        <source>Copy from this machine</source>
        <translation>Copiar desde esta máquina</translation>
    </message>
    <message>
        <source>Image definition '%1' %2.</source>
        <translation>La definición de imagen «%1» %2.</translation>
    </message>
    <message>
        <source>Image %1 is named by digest; only a pulled image can be.</source>
        <translation>La imagen %1 se nombra por digest; solo una imagen descargada puede serlo.</translation>
    </message>
    <message>
        <source>Image %1 is built from a Dockerfile, but the Dockerfile is empty.</source>
        <translation>La imagen %1 se construye desde un Dockerfile, pero el Dockerfile está vacío.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 starts with %2; it must start with FROM.</source>
        <translation>El Dockerfile de la imagen %1 empieza con %2; debe empezar con FROM.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 is larger than 1 MB.</source>
        <translation>El Dockerfile de la imagen %1 supera 1 MB.</translation>
    </message>
    <message>
        <source>Image %1 is copied from the local image '%2', which %3.</source>
        <translation>La imagen %1 se copia de la imagen local «%2», que %3.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write a Dockerfile that starts with FROM, e.g. FROM ubuntu.</source>
        <translation>Edite la imagen en Imágenes (menú Desplegar): escriba un Dockerfile que empiece con FROM, p. ej. FROM ubuntu.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): name an image on this machine, e.g. ubuntu:v1.</source>
        <translation>Edite la imagen en Imágenes (menú Desplegar): indique una imagen de esta máquina, p. ej. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write it like ubuntu:v1.</source>
        <translation>Edite la imagen en Imágenes (menú Desplegar): escríbala como ubuntu:v1.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>El archivo de contexto '%1' de la imagen %2 %3.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 is listed twice.</source>
        <translation>El archivo de contexto '%1' de la imagen %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): list each context file once, by its path relative to the project file's folder, e.g. files/motd.</source>
        <translation>Edita la imagen en Imágenes (menú Desplegar): indica cada archivo de contexto una sola vez, con su ruta relativa a la carpeta del archivo de proyecto, p. ej., files/motd.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is absolute; give it relative to the project file's folder</source>
        <translation>es absoluto; indica la ruta relativa a la carpeta del archivo de proyecto</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>contiene una barra invertida; separa las carpetas con /</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>is longer than 4096 bytes</source>
        <translation>supera los 4096 bytes</translation>
    </message>
    <message>
        <source>leaves the project file's folder (..)</source>
        <translation>sale de la carpeta del archivo de proyecto (..)</translation>
    </message>
    <message>
        <source>has an empty or '.' part</source>
        <translation>tiene una parte vacía o '.'</translation>
    </message>
    <message>
        <source>is named Dockerfile, which the context holds already (the text in the project)</source>
        <translation>se llama Dockerfile, que el contexto ya contiene (el texto del proyecto)</translation>
    </message>
</context>
<context>
    <name>studio::ImagePhase</name>
    <message>
        <source>cancelled by the user before image %1.</source>
        <translation>cancelado por el usuario antes de la imagen %1.</translation>
    </message>
    <message>
        <source>docker save %1 | gzip -c (here) | %2 (on %3)</source>
        <translation>docker save %1 | gzip -c (aquí) | %2 (en %3)</translation>
    </message>
    <message>
        <source>copying image %1: %2 MB sent, %3 MB/s</source>
        <translation>copiando la imagen %1: %2 MB enviados, %3 MB/s</translation>
    </message>
    <message>
        <source>building image %1</source>
        <translation>construyendo la imagen %1</translation>
    </message>
    <message>
        <source>getting image %1</source>
        <translation>obteniendo la imagen %1</translation>
    </message>
    <message>
        <source>not run to the end</source>
        <translation>no se ejecutó hasta el final</translation>
    </message>
    <message>
        <source>cancelled by the user while getting image %1.</source>
        <translation>cancelado por el usuario mientras se obtenía la imagen %1.</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2</source>
        <translation>no se pudo construir la imagen %1: %2</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2 failed: %3</source>
        <translation>no se pudo construir la imagen %1: %2 falló: %3</translation>
    </message>
    <message>
        <source>Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.</source>
        <translation>Corrija el Dockerfile de %1 en Imágenes (menú Desplegar) y vuelva a aplicar.</translation>
    </message>
    <message>
        <source>image %1 could not be copied: %2</source>
        <translation>no se pudo copiar la imagen %1: %2</translation>
    </message>
    <message>
        <source>Apply again once the host is reachable and has free disk space.</source>
        <translation>Vuelva a aplicar cuando el host sea accesible y tenga espacio libre en disco.</translation>
    </message>
    <message>
        <source>image %1 could not be pulled: %2</source>
        <translation>no se pudo descargar la imagen %1: %2</translation>
    </message>
    <message>
        <source>Give %1 access to the registry, or define %2 in Images (Deploy menu) to build it or copy it from this machine.</source>
        <translation>Dé a %1 acceso al registro, o defina %2 en Imágenes (menú Desplegar) para construirla o copiarla desde esta máquina.</translation>
    </message>
    <message>
        <source>the host lacks it; apply builds it from the design's Dockerfile</source>
        <translation>el host no la tiene; aplicar la construye desde el Dockerfile del diseño</translation>
    </message>
    <message>
        <source>the host lacks it; apply copies it from this machine</source>
        <translation>el host no la tiene; aplicar la copia desde esta máquina</translation>
    </message>
    <message>
        <source>the host lacks it; apply pulls it</source>
        <translation>el host no la tiene; aplicar la descarga</translation>
    </message>
    <message>
        <source>the host lacks it and the design does not define it; apply tries docker pull (define it in Images to build or copy it)</source>
        <translation>el host no la tiene y el diseño no la define; aplicar intenta docker pull (defínala en Imágenes para construirla o copiarla)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>Remove the images this topology built or copied (label %1=%2), because --remove-images was asked for.</source>
        <translation>Eliminar las imágenes que esta topología construyó o copió (etiqueta %1=%2), porque se pidió --remove-images.</translation>
    </message>
    <message>
        <source>tar of the Dockerfile and its context files (here) | %1 (on %2)</source>
        <translation>tar del Dockerfile y sus archivos de contexto (aquí) | %1 (en %2)</translation>
    </message>
    <message>
        <source>has no definition.</source>
        <translation>no tiene definición.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no se ejecutó</translation>
    </message>
    <message>
        <source>building image %1 (sending %2 KB of build context)</source>
        <translation>construyendo la imagen %1 (enviando %2 KB de contexto de construcción)</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>cancelado.</translation>
    </message>
</context>
<context>
    <name>studio::ImageScripts</name>
    <message>
        <source>If the host lacks %1: pull it from its registry (docker pull).</source>
        <translation>Si el host no tiene %1: descargarla de su registro (docker pull).</translation>
    </message>
    <message>
        <source>If the host lacks %1: build it from the design's Dockerfile, labelled as this topology's.</source>
        <translation>Si el host no tiene %1: construirla desde el Dockerfile del diseño, etiquetada como de esta topología.</translation>
    </message>
    <message>
        <source>stdin: %1 beside this script, a tar of the Dockerfile and %2</source>
        <translation>stdin: %1 junto a este script, un tar del Dockerfile y %2</translation>
    </message>
    <message>
        <source>Check that %1 is here: images-%2.sh copies it from the machine that has it.</source>
        <translation>Comprobar que %1 está aquí: images-%2.sh la copia desde la máquina que la tiene.</translation>
    </message>
    <message>
        <source>%1 lacks image %2: run %3 on the machine that has it first.</source>
        <translation>A %1 le falta la imagen %2: ejecuta primero %3 en la máquina que la tiene.</translation>
    </message>
    <message>
        <source>First run %1 on the machine that has the copied images (not on this host): it sends them here over ssh.</source>
        <translation>Ejecuta primero %1 en la máquina que tiene las imágenes copiadas (no en este host): las envía aquí por ssh.</translation>
    </message>
    <message>
        <source>Copy %1 into the same folder as this script: an image build reads it.</source>
        <translation>Copia %1 en la misma carpeta que este script: la construcción de una imagen lo lee.</translation>
    </message>
    <message>
        <source># %1. Copy image %2 (here: %3) to %4, unless it has it.</source>
        <translation># %1. Copiar la imagen %2 (aquí: %3) a %4, salvo que ya la tenga.</translation>
    </message>
    <message>
        <source>%1 has no image ID here.</source>
        <translation>%1 no tiene ID de imagen aquí.</translation>
    </message>
    <message>
        <source>%1 has %2 already.</source>
        <translation>%1 ya tiene %2.</translation>
    </message>
    <message>
        <source># OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.</source>
        <translation># OverlayStudio: enviar al host %1 (%2) las imágenes que la topología %3 copia desde esta máquina.</translation>
    </message>
    <message>
        <source># Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs docker here and ssh to %2; a host that has an image already is skipped.</source>
        <translation># Ejecútalo AQUÍ, en la máquina que tiene las imágenes, antes de que %1.sh se ejecute en %1. Necesita docker aquí y ssh a %2; si un host ya tiene una imagen, se omite.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>no se puede crear.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message>
        <source>Pull image %1 from its registry (docker pull).</source>
        <translation>Descargar la imagen %1 de su registro (docker pull).</translation>
    </message>
    <message>
        <source>Pull image %1 from its registry (docker pull): the design does not say how to build or copy it.</source>
        <translation>Descargar la imagen %1 de su registro (docker pull): el diseño no dice cómo construirla o copiarla.</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>Construir la imagen %1 desde el Dockerfile del diseño (%n instrucción), como hace la guía antes de cualquier docker run.</numerusform>
            <numerusform>Construir la imagen %1 desde el Dockerfile del diseño (%n instrucciones), como hace la guía antes de cualquier docker run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy image %1 from this machine: docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Copiar la imagen %1 desde esta máquina: docker save aquí, comprimida por la conexión SSH de este host hacia docker load.</translation>
    </message>
    <message>
        <source>Copy image %1 from this machine (where it is %2): docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Copiar la imagen %1 desde esta máquina (donde es %2): docker save aquí, comprimida por la conexión SSH de este host hacia docker load.</translation>
    </message>
    <message>
        <source>Name the copied image %1 and label it as this topology's.</source>
        <translation>Nombrar la imagen copiada %1 y etiquetarla como de esta topología.</translation>
    </message>
    <message>
        <source>If the host lacks %1: %2</source>
        <translation>Si el host no tiene %1: %2</translation>
    </message>
    <message>
        <source>stdin: docker save %1 | gzip -c, run on this machine</source>
        <translation>stdin: docker save %1 | gzip -c, ejecutado en esta máquina</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>el paso %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>Construir la imagen %1 desde el Dockerfile del diseño (%n instrucción) con %2 (junto al archivo de proyecto), todo enviado como un tar por la conexión SSH de este host.</numerusform>
            <numerusform>Construir la imagen %1 desde el Dockerfile del diseño (%n instrucciones) con %2 (junto al archivo de proyecto), todo enviado como un tar por la conexión SSH de este host.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ID of %1&gt;</source>
        <translation>&lt;ID de %1&gt;</translation>
    </message>
    <message>
        <source>stdin: a tar of the Dockerfile and %1, made on this machine from the files beside the project file</source>
        <translation>stdin: un tar del Dockerfile y %1, creado en esta máquina a partir de los archivos junto al archivo de proyecto</translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>e.g. ubuntu:v1</source>
        <translation>p. ej. ubuntu:v1</translation>
    </message>
    <message>
        <source>New image name</source>
        <translation>Nombre de la nueva imagen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Añadir imagen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove image definition</source>
        <translation>Quitar la definición de imagen</translation>
    </message>
    <message>
        <source>How hosts get the image</source>
        <translation>Cómo obtienen los hosts la imagen</translation>
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
        <translation>Usar el Dockerfile de la &amp;guía</translation>
    </message>
    <message>
        <source>Use the guide's Dockerfile</source>
        <translation>Usar el Dockerfile de la guía</translation>
    </message>
    <message>
        <source>Image on this machine</source>
        <translation>Imagen en esta máquina</translation>
    </message>
    <message>
        <source>Hosts that lack the image run docker pull: they need access to its registry.</source>
        <translation>Los hosts que no tienen la imagen ejecutan docker pull: necesitan acceso a su registro.</translation>
    </message>
    <message>
        <source>docker save runs here; the image goes compressed over each host's SSH connection into docker load. For hosts without internet.</source>
        <translation>docker save se ejecuta aquí; la imagen va comprimida por la conexión SSH de cada host hacia docker load. Para hosts sin Internet.</translation>
    </message>
    <message>
        <source>Image on this &amp;machine:</source>
        <translation>Imagen en esta &amp;máquina:</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>el mismo nombre</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>pull, not defined</source>
        <translation>pull, sin definir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not used by any container.</source>
        <translation>%1 no la usa ningún contenedor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 la usa %n contenedor.</numerusform>
            <numerusform>%1 la usan %n contenedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses an image yet. Add one to define it.</source>
        <translation>Ningún contenedor usa todavía una imagen. Añada una para definirla.</translation>
    </message>
    <message>
        <source>Image '%1' %2.</source>
        <translation>La imagen «%1» %2.</translation>
    </message>
    <message>
        <source>Context files</source>
        <translation>Archivos de contexto</translation>
    </message>
    <message>
        <source>Files beside the project file sent with the Dockerfile, so COPY can use them</source>
        <translation>Archivos junto al archivo de proyecto que se envían con el Dockerfile para que COPY pueda usarlos</translation>
    </message>
    <message>
        <source>Context file path</source>
        <translation>Ruta del archivo de contexto</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. files/motd</source>
        <translation>relativa al archivo de proyecto, p. ej., files/motd</translation>
    </message>
    <message>
        <source>Add Fi&amp;le</source>
        <translation>Añadir a&amp;rchivo</translation>
    </message>
    <message>
        <source>Add context file</source>
        <translation>Añadir archivo de contexto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose context files</source>
        <translation>Elegir archivos de contexto</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove context file</source>
        <translation>Quitar archivo de contexto</translation>
    </message>
    <message>
        <source>Hosts that lack the image build it from this Dockerfile (docker build). The context files go with it, so COPY and ADD can use them.</source>
        <translation>Los hosts que no tienen la imagen la construyen desde este Dockerfile (docker build). Los archivos de contexto van con él, para que COPY y ADD puedan usarlos.</translation>
    </message>
    <message>
        <source>&amp;Context files (beside the project file):</source>
        <translation>Archivos de &amp;contexto (junto al archivo de proyecto):</translation>
    </message>
    <message>
        <source>Save the project first: context files are picked from the project file's folder.</source>
        <translation>Guarda primero el proyecto: los archivos de contexto se eligen en la carpeta del archivo de proyecto.</translation>
    </message>
    <message>
        <source>Pick files in %1</source>
        <translation>Elegir archivos en %1</translation>
    </message>
    <message>
        <source>%1 (not found beside the project file)</source>
        <translation>%1 (no se encuentra junto al archivo de proyecto)</translation>
    </message>
    <message>
        <source>%1 is outside the project file's folder (%2): copy it there first, so the project and its files travel together.</source>
        <translation>%1 está fuera de la carpeta del archivo de proyecto (%2): cópialo primero allí, para que el proyecto y sus archivos vayan juntos.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>El archivo de contexto '%1' de la imagen %2 %3.</translation>
    </message>
    <message>
        <source>Context Files</source>
        <translation>Archivos de contexto</translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation>no apareció ningún archivo PID; el demonio no se inició.</translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation>Mira los registros que hay junto a él.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation>Construyendo la imagen %1 a partir de busybox-static</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>no está instalado.</translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation>Instala busybox-static.</translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation>no se puede copiar busybox en la imagen.</translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation>Iniciando un motor de Docker</translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation>no se pudo iniciar.</translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation>Instala docker.io.</translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation>no llegó a estar listo; consulta %1.</translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation>Iniciando el host %1 en %2</translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation>faltan estos programas: %1.</translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation>Instálalos con .ci/install-deps.sh.</translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation>Creando el puente underlay %1 (%2/24)</translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation>no es una imagen del motor de Docker local.</translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation>Impórtala o constrúyela primero, o no indiques la imagen para usar %1.</translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation>no responde a SSH en %1:22.</translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation>Consulta %1/log/sshd.log.</translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation>crear hosts simulados requiere root (espacios de nombres de red, Open vSwitch).</translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation>Ejecútalo como root, p. ej., con sudo.</translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation>debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation>ya hay un laboratorio en marcha.</translation>
    </message>
    <message>
        <source>Run 'lab down' first.</source>
        <translation>Ejecuta primero 'lab down'.</translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation>%1 ya existen: hay otro laboratorio en marcha.</translation>
    </message>
    <message>
        <source>Take it down with 'lab down' (with its --run-dir) first.</source>
        <translation>Detenlo primero con 'lab down' (con su --run-dir).</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>no se puede crear.</translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation>aquí no hay ningún laboratorio en marcha.</translation>
    </message>
    <message>
        <source>Start one with 'lab up'.</source>
        <translation>Inicia uno con 'lab up'.</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>está dañado.</translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation>Elimina a mano los espacios de nombres oslab-h* y el puente %1.</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: no start time was recorded for it, so it cannot be told from another process with that PID</source>
        <translation>el proceso %1 (%2) se dejó en ejecución: no se registró su hora de inicio, así que no se puede distinguir de otro proceso con ese PID</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: it started at another time than the lab's, so it is not the lab's</source>
        <translation>el proceso %1 (%2) se dejó en ejecución: se inició en un momento distinto al del laboratorio, así que no es del laboratorio</translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation>Deteniendo el host %1</translation>
    </message>
    <message>
        <source>namespace '%1' was left alone: it is not a lab name</source>
        <translation>el espacio de nombres '%1' no se tocó: no es un nombre del laboratorio</translation>
    </message>
    <message>
        <source>link '%1' was left alone: it is not a lab name</source>
        <translation>el enlace '%1' no se tocó: no es un nombre del laboratorio</translation>
    </message>
    <message>
        <source>%1 was left alone: it is not below the lab's run directory %2</source>
        <translation>%1 no se tocó: no está dentro del directorio de ejecución del laboratorio %2</translation>
    </message>
    <message>
        <source>link '%1' was left alone: the lab's bridge is %2</source>
        <translation>el enlace '%1' no se tocó: el puente del laboratorio es %2</translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation>Deteniendo el motor de Docker que inició el laboratorio</translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation>el laboratorio está detenido, pero: %1</translation>
    </message>
    <message>
        <source>its sshd is not running.</source>
        <translation>su sshd no está en ejecución.</translation>
    </message>
    <message>
        <source>is not a host of the lab in %1.</source>
        <translation>no es un host del laboratorio en %1.</translation>
    </message>
    <message>
        <source>its sshd runs already.</source>
        <translation>su sshd ya está en ejecución.</translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation>Hosts del laboratorio local.</translation>
    </message>
    <message>
        <source>Rolling back also failed: %1</source>
        <translation>La reversión también falló: %1</translation>
    </message>
</context>
<context>
    <name>studio::LabCli</name>
    <message>
        <source>Number of hosts (up).</source>
        <translation>Número de hosts (up).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Container image the lab provides (up); default: build %1 from busybox-static.</source>
        <translation>Imagen de contenedor que ofrece el laboratorio (up); por defecto: construir %1 a partir de busybox-static.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab's (up).</source>
        <translation>Escribe una topología cuyos hosts son los del laboratorio (up).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation>Dónde guarda el laboratorio su estado.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation>Dónde guarda el laboratorio sus claves SSH (se reutilizan).</translation>
    </message>
    <message>
        <source>known_hosts file to record the lab's host keys in.</source>
        <translation>Archivo known_hosts en el que registrar las claves de host del laboratorio.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Muestra el estado en JSON.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation>uso: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation>--hosts requiere un número.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation>El laboratorio está en marcha en %1 s: %2 hosts, imagen %3.</translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation>Clave SSH: %1</translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation>Claves de host: %1 (también registradas en %2)</translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation>Puerta de enlace underlay (esta máquina): %1</translation>
    </message>
    <message>
        <source>Topology with the lab's hosts: %1</source>
        <translation>Topología con los hosts del laboratorio: %1</translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation>El laboratorio está detenido.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation>DEGRADADO: espacio de nombres %1, SSH %2, detenidos: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>lab: unknown action '%1'; use up, down or status.</source>
        <translation>lab: acción desconocida '%1'; usa up, down o status.</translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message>
        <source>%1: a multi-host container overlay with Open vSwitch, VXLAN and Docker</source>
        <translation>%1: una red overlay de contenedores en varios hosts con Open vSwitch, VXLAN y Docker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, underlay %3)</source>
        <translation>%1 (%2, underlay %3)</translation>
    </message>
    <message>
        <source>Open vSwitch (OVS) is a virtual switch for software-defined networks. VXLAN (Virtual Extensible LAN) carries Ethernet frames inside UDP packets over an IP network, so a layer-2 network can span several hosts. Together they let Docker containers on different hosts talk as if they shared one switch, each network isolated by its own VXLAN network identifier (VNI).</source>
        <translation>Open vSwitch (OVS) es un switch virtual para redes definidas por software. VXLAN (Virtual Extensible LAN) transporta tramas Ethernet dentro de paquetes UDP sobre una red IP, de modo que una red de capa 2 puede abarcar varios hosts. Juntos permiten que contenedores Docker en hosts distintos se comuniquen como si compartieran un mismo switch, con cada red aislada por su propio identificador de red VXLAN (VNI).</translation>
    </message>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>Esta guía construye a mano la topología **%1**: %n host, </numerusform>
            <numerusform>Esta guía construye a mano la topología **%1**: %n hosts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>%n puente, </numerusform>
            <numerusform>%n puentes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>%n contenedor </numerusform>
            <numerusform>%n contenedores </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>y %n túnel VXLAN</numerusform>
            <numerusform>y %n túneles VXLAN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> que transporta %n red (VNI).</numerusform>
            <numerusform> que transportan %n redes (VNI).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command below is the one OverlayStudio runs; each is safe to run again.</source>
        <translation>Cada comando de abajo es el que ejecuta OverlayStudio; se puede volver a ejecutar sin peligro.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <source>Topology %1</source>
        <translation>Topología %1</translation>
    </message>
    <message>
        <source>The diagram as a drawing: [%1](%2).</source>
        <translation>El diagrama como dibujo: [%1](%2).</translation>
    </message>
    <message>
        <source>%1 (gateway %2 on %3)</source>
        <translation>%1 (puerta de enlace %2 en %3)</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Underlay (VTEP)</source>
        <translation>Underlay (VTEP)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Puentes</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>(solo este host)</translation>
    </message>
    <message>
        <source>The networks: bridges joined by VXLAN tunnels form one layer-2 network, named by its VNI. Networks are isolated from each other unless the design routes between them.</source>
        <translation>Las redes: los puentes unidos por túneles VXLAN forman una red de capa 2, identificada por su VNI. Las redes están aisladas entre sí, salvo que el diseño enrute entre ellas.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Linux hosts that reach each other over IP: %1%2.</source>
        <translation>Hosts Linux que se alcanzan entre sí por IP: %1%2.</translation>
    </message>
    <message>
        <source>, with UDP port %1 open between them</source>
        <translation>, con el puerto UDP %1 abierto entre ellos</translation>
    </message>
    <message>
        <source>On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and %6.</source>
        <translation>En cada host: Docker (%1), Open vSwitch (%2, que incluye %3 y %4), %5 y %6.</translation>
    </message>
    <message>
        <source>A shell as root on each host (%1): every command below runs as root.</source>
        <translation>Un shell como root en cada host (%1): todos los comandos de abajo se ejecutan como root.</translation>
    </message>
    <message>
        <source>The container image(s) %1 on the hosts that run containers (%2, or build them).</source>
        <translation>La(s) imagen(es) de contenedor %1 en los hosts que ejecutan contenedores (%2, o constrúyelas).</translation>
    </message>
    <message>
        <source>Hosts without the Open vSwitch kernel module use its userspace datapath (%1), as the design says for them; their underlay address must sit on an OVS bridge holding the NIC.</source>
        <translation>Los hosts sin el módulo de kernel de Open vSwitch usan su datapath en espacio de usuario (%1), como indica el diseño para ellos; su dirección underlay debe estar en un puente OVS que contenga la NIC.</translation>
    </message>
    <message>
        <source>Step %1: build %2</source>
        <translation>Paso %1: construir %2</translation>
    </message>
    <message>
        <source>Nothing to do on %1: it has no bridges or containers.</source>
        <translation>Nada que hacer en %1: no tiene puentes ni contenedores.</translation>
    </message>
    <message>
        <source>On %1, as root, in this order:</source>
        <translation>En %1, como root, en este orden:</translation>
    </message>
    <message>
        <source>Step %1: test it</source>
        <translation>Paso %1: probarlo</translation>
    </message>
    <message>
        <source>There are no two containers plugged into bridges to ping between.</source>
        <translation>No hay dos contenedores conectados a puentes entre los que hacer ping.</translation>
    </message>
    <message>
        <source>Ping from each container to the others. Within a network (one VNI) the pings must get replies; between networks they must fail: each VNI is its own isolated network, unless the design routes between them.</source>
        <translation>Haz ping desde cada contenedor a los demás. Dentro de una red (un VNI) los pings deben recibir respuesta; entre redes deben fallar: cada VNI es su propia red aislada, salvo que el diseño enrute entre ellas.</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Ejecutar en</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>On %1, these must get replies:</source>
        <translation>En %1, estos deben recibir respuesta:</translation>
    </message>
    <message>
        <source>On %1, these must fail (100% packet loss):</source>
        <translation>En %1, estos deben fallar (100% de pérdida de paquetes):</translation>
    </message>
    <message>
        <source>same host, switched by its bridge</source>
        <translation>mismo host, conmutado por su puente</translation>
    </message>
    <message>
        <source>VNI %1 via %2</source>
        <translation>VNI %1 a través de %2</translation>
    </message>
    <message>
        <source>routed by the design, then %1</source>
        <translation>enrutado por el diseño, luego %1</translation>
    </message>
    <message>
        <source>same network, %1</source>
        <translation>misma red, %1</translation>
    </message>
    <message>
        <source>The MTU check</source>
        <translation>La comprobación de MTU</translation>
    </message>
    <message>
        <source>VXLAN adds %1 bytes to every frame: %2. So the containers' packets may be at most %3 bytes, and the bridges and containers here use MTU %4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that must not be fragmented passes; one byte more is refused.</source>
        <translation>VXLAN añade %1 bytes a cada trama: %2. Así que los paquetes de los contenedores pueden tener como máximo %3 bytes, y los puentes y contenedores de aquí usan MTU %4. Un ping de %5 bytes de datos (más 8 de ICMP y 20 de IP: %4) que no debe fragmentarse pasa; con un byte más se rechaza.</translation>
    </message>
    <message>
        <source>The first prints %1, the second gets a reply, the third fails with "message too long". (%2 needs iputils ping; BusyBox's ping has no %2.)</source>
        <translation>El primero muestra %1, el segundo recibe respuesta y el tercero falla con "message too long". (%2 necesita el ping de iputils; el ping de BusyBox no tiene %2.)</translation>
    </message>
    <message>
        <source>Step %1: what a ping looks like on the wire</source>
        <translation>Paso %1: cómo se ve un ping en el cable</translation>
    </message>
    <message>
        <source>One echo request from %1 to %2 (%3), step by step:</source>
        <translation>Una solicitud de eco de %1 a %2 (%3), paso a paso:</translation>
    </message>
    <message>
        <source>On the underlay between %1 and %2 the frame has these headers (see them for real with %3 on %1):</source>
        <translation>En el underlay entre %1 y %2 la trama lleva estas cabeceras (velas de verdad con %3 en %1):</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Step %1: remove it all</source>
        <translation>Paso %1: eliminarlo todo</translation>
    </message>
    <message>
        <source>On each host, as root: this removes the containers, firewall rules and bridges this topology made, and nothing else (each is checked for the topology's tag first).</source>
        <translation>En cada host, como root: esto elimina los contenedores, las reglas de cortafuegos y los puentes que creó esta topología, y nada más (antes se comprueba en cada uno la etiqueta de la topología).</translation>
    </message>
</context>
<context>
    <name>studio::LabGuideExport</name>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>no se puede crear.</translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation>Buscando un laboratorio local...</translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation>Laboratorio local</translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation>hay un laboratorio en marcha, pero %1.</translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation>tiene menos de %1 hosts</translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation>estos hosts no funcionan: %1</translation>
    </message>
    <message>
        <source>Take it down with '%1' and try again.</source>
        <translation>Detenlo con '%1' y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>El laboratorio local ya estaba en marcha: %n host.</numerusform>
            <numerusform>El laboratorio local ya estaba en marcha: %n hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation>El laboratorio local está en marcha: %1.</translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation>No se puede iniciar el laboratorio local</translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation>El ejemplo preparado para él está abierto. ¿Desplegarlo ahora en el laboratorio?</translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and '%1' takes the lab down.</source>
        <translation>Cuando termines, Desplegar &gt; Destruir elimina lo que creó y '%1' detiene el laboratorio.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation>El laboratorio local necesita root</translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation>El laboratorio local simula hosts en esta máquina: crea espacios de nombres de red, inicia Open vSwitch y un servidor SSH para cada host y añade una regla de cortafuegos. Eso requiere root, y OverlayStudio se ejecuta como usuario normal.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Inicia un laboratorio de dos hosts en una terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;luego abre el ejemplo preparado para él (Ayuda &amp;gt; Abrir ejemplo &amp;gt; Dos hosts en el laboratorio local) y despliégalo con Desplegar &amp;gt; Aplicar. Cuando termines:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation>&amp;Abrir el ejemplo del laboratorio</translation>
    </message>
</context>
<context>
    <name>studio::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Idioma del &amp;sistema (%1)</translation>
    </message>
</context>
<context>
    <name>studio::LocalCommand</name>
    <message>
        <source>could not start: %1.</source>
        <translation>no se pudo iniciar: %1.</translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation>Instala el programa (consulta .ci/install-deps.sh).</translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation>no terminó en %1 s.</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>falló con el código de salida %1: %2</translation>
    </message>
</context>
<context>
    <name>studio::LocalImageStream</name>
    <message>
        <source>image %1 on this machine</source>
        <translation>imagen %1 en esta máquina</translation>
    </message>
    <message>
        <source>Check that Docker runs here and that "docker image ls" lists the image.</source>
        <translation>Compruebe que Docker se ejecuta aquí y que «docker image ls» muestra la imagen.</translation>
    </message>
    <message>
        <source>docker cannot be started here: %1</source>
        <translation>docker no se puede iniciar aquí: %1</translation>
    </message>
    <message>
        <source>this machine does not have it (%1).</source>
        <translation>esta máquina no la tiene (%1).</translation>
    </message>
    <message>
        <source>docker save cannot be started: %1</source>
        <translation>docker save no se puede iniciar: %1</translation>
    </message>
    <message>
        <source>gzip cannot be started: %1</source>
        <translation>gzip no se puede iniciar: %1</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>cancelado.</translation>
    </message>
    <message>
        <source>docker save produced nothing for 5 minutes.</source>
        <translation>docker save no produjo nada durante 5 minutos.</translation>
    </message>
    <message>
        <source>docker save failed: %1</source>
        <translation>docker save falló: %1</translation>
    </message>
    <message>
        <source>gzip failed: %1</source>
        <translation>gzip falló: %1</translation>
    </message>
    <message>
        <source>docker image inspect gave no image ID (%1).</source>
        <translation>docker image inspect no devolvió ningún ID de imagen (%1).</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new, empty topology</source>
        <translation>Empieza una topología nueva y vacía</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>Abre un archivo de topología</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the topology</source>
        <translation>Guarda la topología</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>Exportar &amp;imagen...</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation>Exportar &amp;plan...</translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation>Exportar los scripts por host a</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>A&amp;justar a la cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation>Añadir &amp;host aquí</translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation>Añadir &amp;puente aquí</translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation>Añadir c&amp;ontenedor aquí</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Se exportó el diagrama a %1</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>No se puede exportar el plan</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>Se escribió %n script en %1</numerusform>
            <numerusform>Se escribieron %n scripts en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation>%1[*] - OverlayStudio</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation>%1: %2 hosts, %3 puentes, %4 contenedores, %5 enlaces; %6 errores, %7 advertencias</translation>
    </message>
    <message>
        <source>&amp;Images…</source>
        <translation>&amp;Imágenes…</translation>
    </message>
    <message>
        <source>How hosts that lack an image get it: pull, build or copy</source>
        <translation>Cómo obtienen una imagen los hosts que no la tienen: descargar, construir o copiar</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Supervisión</translation>
    </message>
</context>
<context>
    <name>studio::Monitor</name>
    <message>
        <source>is already being monitored.</source>
        <translation>ya se está supervisando.</translation>
    </message>
    <message>
        <source>Stop monitoring first.</source>
        <translation>Detén primero la supervisión.</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>must be from 0.2 to 60 seconds, not %1.</source>
        <translation>debe estar entre 0,2 y 60 segundos, no %1.</translation>
    </message>
    <message>
        <source>Fix the topology's errors first: only a valid topology can be deployed and monitored.</source>
        <translation>Corrige primero los errores de la topología: solo una topología válida se puede desplegar y supervisar.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCli</name>
    <message>
        <source>Seconds between samples (0.2 to 60).</source>
        <translation>Segundos entre muestras (de 0,2 a 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Stop after this many intervals (default: run until Ctrl+C).</source>
        <translation>Se detiene tras este número de intervalos (por defecto: se ejecuta hasta Ctrl+C).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>CSV with a header line.</source>
        <translation>CSV con una línea de cabecera.</translation>
    </message>
    <message>
        <source>Cap on the container pairs pinged.</source>
        <translation>Límite de pares de contenedores a los que se hace ping.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>Archivo known_hosts con el que verificar las claves de los hosts.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Confía en claves de host nunca vistas (las claves cambiadas siempre se rechazan).</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>El archivo de topología.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation>uso: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known: %3 %4.%5</source>
        <translation>La clave de host de %1 (%2) no es conocida: %3 %4.%5</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> De confianza (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Not trusted: run 'status' or 'apply' once to confirm it, or pass --accept-new-host-keys.</source>
        <translation> No es de confianza: ejecuta 'status' o 'apply' una vez para confirmarla, o usa --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. Ctrl+C stops.</source>
        <translation>Supervisando %1: %2 hosts, %3 sondas de ping, cada %4 s. Ctrl+C lo detiene.</translation>
    </message>
    <message>
        <source>Stopping: ending the remote pings...</source>
        <translation>Deteniendo: finalizando los pings remotos...</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCsv</name>
    <message>
        <source>could not be written: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Check the free space and choose a folder you may write to.</source>
        <translation>Comprueba el espacio libre y elige una carpeta en la que puedas escribir.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message>
        <source>Monitor</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Monitor tools</source>
        <translation>Herramientas de supervisión</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Stop drawing new samples (recording goes on); press again to catch up</source>
        <translation>Deja de dibujar muestras nuevas (se siguen registrando); pulsa de nuevo para ponerte al día</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Keep the newest samples in view (zooming or panning a graph stops following; End or a double click on a graph comes back)</source>
        <translation>Mantiene a la vista las muestras más recientes (hacer zoom o desplazar un gráfico deja de seguirlas; Fin o un doble clic en un gráfico vuelve a seguirlas)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Ventana de tiempo</translation>
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
        <translation>&amp;Tráfico en:</translation>
    </message>
    <message>
        <source>Throughput unit</source>
        <translation>Unidad de tráfico</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>paquetes/s</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Recorded Samples as &amp;CSV...</source>
        <translation>Muestras registradas como &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Round-Trip Graph as PNG or SVG...</source>
        <translation>Gráfico de tiempo de &amp;ida y vuelta como PNG o SVG...</translation>
    </message>
    <message>
        <source>&amp;Bit Rate Graph as PNG or SVG...</source>
        <translation>Gráfico de tasa de &amp;bits como PNG o SVG...</translation>
    </message>
    <message>
        <source>P&amp;acket Rate Graph as PNG or SVG...</source>
        <translation>Gráfico de tasa de p&amp;aquetes como PNG o SVG...</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>Estado de la supervisión</translation>
    </message>
    <message>
        <source>Problems found by monitoring</source>
        <translation>Problemas detectados por la supervisión</translation>
    </message>
    <message>
        <source>What the graphs show</source>
        <translation>Qué muestran los gráficos</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Show all graphs</source>
        <translation>Mostrar todos los gráficos</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tiempo de ida y vuelta</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Monitoring.</source>
        <translation>Supervisando.</translation>
    </message>
    <message>
        <source>Not monitoring. Apply the topology, then start monitoring (Deploy menu).</source>
        <translation>Sin supervisión. Aplica la topología y luego inicia la supervisión (menú Desplegar).</translation>
    </message>
    <message>
        <source>Paused: samples are still recorded; press Pause again to draw them.</source>
        <translation>En pausa: las muestras se siguen registrando; pulsa Pausa de nuevo para dibujarlas.</translation>
    </message>
    <message>
        <source>Nothing is watched yet.</source>
        <translation>Todavía no se supervisa nada.</translation>
    </message>
    <message>
        <source>Showing the ping %1 and the links it crosses.</source>
        <translation>Se muestra el ping %1 y los enlaces que atraviesa.</translation>
    </message>
    <message>
        <source>Showing every ping and link. Select a host, container or link on the canvas to see its own graphs.</source>
        <translation>Se muestran todos los pings y enlaces. Selecciona un host, contenedor o enlace en el lienzo para ver sus propios gráficos.</translation>
    </message>
    <message>
        <source>an object added after monitoring began</source>
        <translation>un objeto añadido después de empezar la supervisión</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Se muestra %1.</translation>
    </message>
    <message>
        <source>No graphs for %1 yet.</source>
        <translation>Todavía no hay gráficos para %1.</translation>
    </message>
    <message>
        <source>Median round trip: %1 through the tunnel, %2 on the underlay beneath it (the tunnel adds %3).</source>
        <translation>Ida y vuelta mediana: %1 a través del túnel, %2 en el underlay que hay debajo (el túnel añade %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation>
            <numerusform>%n problema: </numerusform>
            <numerusform>%n problemas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the table)</source>
        <translation>
            <numerusform>(%n más en la tabla)</numerusform>
            <numerusform>(%n más en la tabla)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>No se registró nada.</translation>
    </message>
    <message>
        <source>Start monitoring first.</source>
        <translation>Inicia primero la supervisión.</translation>
    </message>
    <message>
        <source>Export Recorded Samples</source>
        <translation>Exportar muestras registradas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>The longest time the graphs show while following; a shorter recording fills them from its start</source>
        <translation>El tiempo más largo que muestran los gráficos al seguir; una grabación más corta los llena desde su inicio</translation>
    </message>
</context>
<context>
    <name>studio::MonitorPlot</name>
    <message>
        <source>no reply</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1
%2  %3</source>
        <translation>%1
%2  %3</translation>
    </message>
    <message>
        <source>Graph recorded by OverlayStudio</source>
        <translation>Gráfico registrado por OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>no se pudo escribir.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Elige una carpeta en la que puedas escribir y un nombre .png o .svg.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message>
        <source>Monitored objects</source>
        <translation>Objetos supervisados</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>A probe's last round-trip time; a link's or container's current rates (→ sent, ← received)</source>
        <translation>El último tiempo de ida y vuelta de una sonda; las tasas actuales de un enlace o contenedor (→ enviado, ← recibido)</translation>
    </message>
    <message>
        <source>90% of the round trips were at most this long</source>
        <translation>El 90% de las idas y vueltas duraron como mucho esto</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
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
        <translation>Ping entre las direcciones underlay de los hosts: sobre lo que viajan los túneles</translation>
    </message>
    <message>
        <source>Ping from %1 to %2 through the overlay</source>
        <translation>Ping de %1 a %2 a través del overlay</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>clave de host rechazada</translation>
    </message>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>%n perdido de %1 pings en la ventana</numerusform>
            <numerusform>%n perdidos de %1 pings en la ventana</numerusform>
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
        <translation>%1 no es alcanzable.</translation>
    </message>
    <message>
        <source>Unknown: %1 is unreachable.</source>
        <translation>Desconocido: %1 no es alcanzable.</translation>
    </message>
    <message>
        <source>%1 has no bridge %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 no tiene el puente %2: la topología no está aplicada allí. Aplícala primero.</translation>
    </message>
    <message>
        <source>%1 runs but has no port on its bridge (it was restarted after the apply?). Apply the topology again.</source>
        <translation>%1 está en ejecución pero no tiene puerto en su puente (¿se reinició después de aplicar?). Vuelve a aplicar la topología.</translation>
    </message>
    <message>
        <source>%1 on %2 is not running (%3).</source>
        <translation>%1 en %2 no está en ejecución (%3).</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 no existe en %2: la topología no está aplicada allí. Aplícala primero.</translation>
    </message>
    <message>
        <source>%1: the ping stopped: %2</source>
        <translation>%1: el ping se detuvo: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer to the last %2 pings.</source>
        <translation>%1: sin respuesta a los últimos %2 pings.</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 pings lost.</source>
        <translation>%1: %2 de los últimos %3 pings perdidos.</translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message>
        <source>Monitoring the topology as it was when monitoring started; the design has changed since. Apply it and monitoring restarts.</source>
        <translation>Se supervisa la topología tal como estaba al iniciar la supervisión; el diseño ha cambiado desde entonces. Aplícalo y la supervisión se reinicia.</translation>
    </message>
    <message>
        <source>Start &amp;Monitoring</source>
        <translation>Iniciar la &amp;supervisión</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>toolbar button: start monitoring</comment>
        <translation>Supervisar</translation>
    </message>
    <message>
        <source>Watch the deployed topology: pings between containers and hosts, traffic on every link and container, the state of every object</source>
        <translation>Supervisa la topología desplegada: pings entre contenedores y hosts, tráfico en cada enlace y contenedor, el estado de cada objeto</translation>
    </message>
    <message>
        <source>Stop M&amp;onitoring</source>
        <translation>Detener la su&amp;pervisión</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>toolbar button: stop monitoring</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the pings and counter reads on every host</source>
        <translation>Detiene los pings y las lecturas de contadores en cada host</translation>
    </message>
    <message>
        <source>Monitor After &amp;Apply</source>
        <translation>Supervisar después de &amp;aplicar</translation>
    </message>
    <message>
        <source>Start monitoring by itself after every successful Apply</source>
        <translation>Inicia la supervisión automáticamente después de cada Aplicar correcto</translation>
    </message>
    <message>
        <source>There is nothing to monitor: the topology has no hosts.</source>
        <translation>No hay nada que supervisar: la topología no tiene hosts.</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>No se puede supervisar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>Supervisando %1 desde %2: %n ping cada %3 s.</numerusform>
            <numerusform>Supervisando %1 desde %2: %n pings cada %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring %1.</source>
        <translation>Supervisando %1.</translation>
    </message>
    <message>
        <source>Stopping the probes on every host...</source>
        <translation>Deteniendo las sondas en cada host...</translation>
    </message>
    <message>
        <source>Now: %1 from %2, %3 from %4</source>
        <translation>Ahora: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Monitoring stopped at %1. What was recorded stays here until the next start; export it from the Export menu.</source>
        <translation>La supervisión se detuvo a las %1. Lo registrado se queda aquí hasta el próximo inicio; expórtalo desde el menú Exportar.</translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains a space</source>
        <translation>contiene un espacio</translation>
    </message>
    <message>
        <source>contains '%1'</source>
        <translation>contiene '%1'</translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation>contiene el carácter U+%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>; use only letters, digits, '_', '.' and '-'</source>
        <translation>; usa solo letras, dígitos, '_', '.' y '-'</translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation>tiene %1 caracteres; %2 admite como máximo %3</translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation>es demasiado corto; %1 necesita al menos %2 caracteres</translation>
    </message>
    <message>
        <source>starts with '%1'; start with a letter or digit</source>
        <translation>empieza por '%1'; empieza por una letra o un dígito</translation>
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
        <translation>tiene %1 caracteres; Docker admite como máximo 255</translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation>; una imagen se escribe como ubuntu:v1 o registry:5000/team/app:1.2</translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation>no es una referencia de imagen de Docker; escríbela como ubuntu:v1 (nombre en minúsculas, :etiqueta opcional)</translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', starting with a letter</source>
        <translation>no es un nombre de usuario válido; usa hasta 32 letras minúsculas, dígitos, '_' o '-', empezando por una letra</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation>no es una dirección IPv4 válida (cuatro números de 0 a 255, p. ej., 192.168.0.8)</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation>no es ni una dirección IP ni un nombre de host</translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message>
        <source>is not plugged into a bridge, so no packet can leave or reach it.</source>
        <translation>no está conectado a un puente, así que ningún paquete puede salir de él ni llegar a él.</translation>
    </message>
    <message>
        <source>Connect the container to a bridge.</source>
        <translation>Conecta el contenedor a un puente.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 sends on %2</source>
        <translation>%1 envía por %2</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so it is on-link: %1 asks for its MAC address with ARP and sends the frame straight to it, out of %5 (MTU %6).</source>
        <translation>%1 (%2) hace ping a %3. %3 está dentro de %4, la red de su interfaz %5, así que está en el mismo enlace: %1 pide su dirección MAC con ARP y le envía la trama directamente, por %5 (MTU %6).</translation>
    </message>
    <message>
        <source>the frame for %1</source>
        <translation>la trama para %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>puerta de enlace %1</translation>
    </message>
    <message>
        <source>%1 sends to its gateway</source>
        <translation>%1 envía a su puerta de enlace</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so its default route sends the packet to gateway %6: the frame goes to the gateway's MAC address (learned with ARP), out of %5 (MTU %7).</source>
        <translation>%1 (%2) hace ping a %3. %3 está fuera de %4, la red de su interfaz %5, así que su ruta por defecto envía el paquete a la puerta de enlace %6: la trama va a la dirección MAC de la puerta de enlace (obtenida con ARP), por %5 (MTU %7).</translation>
    </message>
    <message>
        <source>No gateway answers</source>
        <translation>Ninguna puerta de enlace responde</translation>
    </message>
    <message>
        <source>No bridge of %1's network has the gateway address %2: its ARP request goes unanswered and the packet is never sent.</source>
        <translation>Ningún puente de la red de %1 tiene la dirección de puerta de enlace %2: su solicitud ARP queda sin respuesta y el paquete nunca se envía.</translation>
    </message>
    <message>
        <source>Set %1's gateway to the gateway address of its bridge.</source>
        <translation>Configura como puerta de enlace de %1 la dirección de puerta de enlace de su puente.</translation>
    </message>
    <message>
        <source>the frame for gateway %1</source>
        <translation>la trama para la puerta de enlace %1</translation>
    </message>
    <message>
        <source>%1 takes it in on %2</source>
        <translation>%1 lo recibe por %2</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 finds %5 in %6, the network of its bridge %7, and would forward it out of %8.</source>
        <translation>El puerto de puerta de enlace %1 de %2 (%3) entrega el paquete a la pila IP de %4. %4 encuentra %5 en %6, la red de su puente %7, y lo reenviaría por %8.</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, which looks for a route to %5.</source>
        <translation>El puerto de puerta de enlace %1 de %2 (%3) entrega el paquete a la pila IP de %4, que busca una ruta hacia %5.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2. Its default route would send the packet out to the underlay, masqueraded by the NAT of %3, where nobody knows %2: it is lost.</source>
        <translation>%1 no tiene ninguna red que contenga %2. Su ruta por defecto enviaría el paquete al underlay, enmascarado por el NAT de %3, donde nadie conoce %2: se pierde.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2 and no route to it: the packet is dropped.</source>
        <translation>%1 no tiene ninguna red que contenga %2 ni ninguna ruta hacia ella: el paquete se descarta.</translation>
    </message>
    <message>
        <source>No route on %1</source>
        <translation>No hay ruta en %1</translation>
    </message>
    <message>
        <source>Put both containers on one network (the same VNI), or give %1 a bridge in %2's network and set routing on both bridges.</source>
        <translation>Pon ambos contenedores en una misma red (el mismo VNI), o da a %1 un puente en la red de %2 y activa el enrutamiento en ambos puentes.</translation>
    </message>
    <message>
        <source>Isolation of %1 drops it</source>
        <translation>El aislamiento de %1 lo descarta</translation>
    </message>
    <message>
        <source>The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not a reply) drops it. The networks are isolated%4, and the design does not route between %5 and %1.</source>
        <translation>La regla de aislamiento de %1 en %2 (tabla mangle, FORWARD: sale por %3 y no es una respuesta) lo descarta. Las redes están aisladas%4, y el diseño no enruta entre %5 y %1.</translation>
    </message>
    <message>
        <source>: the VNIs differ (%1 and %2)</source>
        <translation>: los VNI son distintos (%1 y %2)</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 of %3 (and on every host that has both networks), or put the containers on the same VNI.</source>
        <translation>Activa el enrutamiento en %1 y %2 de %3 (y en cada host que tenga ambas redes), o pon los contenedores en el mismo VNI.</translation>
    </message>
    <message>
        <source>%1 routes it out of %2</source>
        <translation>%1 lo enruta por %2</translation>
    </message>
    <message>
        <source>Routing between %1 and %2 is part of the design: the rule that lets %3 into %4 comes before the isolation rule. The TTL drops to 63 and the frame leaves %4 with the gateway port's MAC address as its source.</source>
        <translation>El enrutamiento entre %1 y %2 forma parte del diseño: la regla que deja pasar %3 a %4 va antes que la regla de aislamiento. El TTL baja a 63 y la trama sale de %4 con la dirección MAC del puerto de puerta de enlace como origen.</translation>
    </message>
    <message>
        <source>%1 receives it on %2</source>
        <translation>%1 lo recibe por %2</translation>
    </message>
    <message>
        <source>%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 and answers it with an echo reply, which takes the way back.</source>
        <translation>%1 conmuta la trama al puerto de %2; %2 (%3) recibe la solicitud de eco por %4 y la contesta con una respuesta de eco, que hace el camino de vuelta.</translation>
    </message>
    <message>
        <source>The echo request from %1 reaches %2.</source>
        <translation>La solicitud de eco de %1 llega a %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 takes in %2 and looks for where it should go.</source>
        <translation>%1 recibe %2 y busca adónde debe ir.</translation>
    </message>
    <message>
        <source>No link to %1</source>
        <translation>No hay enlace a %1</translation>
    </message>
    <message>
        <source>No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate networks even though their addresses look alike.</source>
        <translation>Ningún enlace VXLAN une %1 con %2, así que %3 nunca sale de %4: son redes separadas aunque sus direcciones se parezcan.</translation>
    </message>
    <message>
        <source>Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the other).</source>
        <translation>Une %1 y %2 con un enlace VXLAN (arrastra desde el asa de un puente hasta el otro).</translation>
    </message>
    <message>
        <source>%1 switches %2 from one of its ports to another: both ends are on this bridge, so the frame never leaves %3.</source>
        <translation>%1 conmuta %2 de uno de sus puertos a otro: ambos extremos están en este puente, así que la trama nunca sale de %3.</translation>
    </message>
    <message>
        <source>Outer Ethernet</source>
        <translation>Ethernet externa</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>MAC de origen</translation>
    </message>
    <message>
        <source>%1's underlay interface</source>
        <translation>interfaz underlay de %1</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>MAC de destino</translation>
    </message>
    <message>
        <source>the next hop to %1</source>
        <translation>el siguiente salto hacia %1</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>EtherType</translation>
    </message>
    <message>
        <source>Outer IPv6</source>
        <translation>IPv6 externa</translation>
    </message>
    <message>
        <source>Outer IPv4</source>
        <translation>IPv4 externa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Longitud de la carga útil</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Longitud total</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Puerto de origen</translation>
    </message>
    <message>
        <source>from a hash of the inner headers</source>
        <translation>a partir de un hash de las cabeceras internas</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Puerto de destino</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>0x08 (VNI present)</source>
        <translation>0x08 (VNI presente)</translation>
    </message>
    <message>
        <source>%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it learned that from earlier frames, or floods the first one), so it sends the frame there.</source>
        <translation>%1 recibe %2; la dirección MAC del destino está detrás de su puerto VXLAN %3 (lo aprendió de tramas anteriores, o inunda la primera), así que envía la trama por ahí.</translation>
    </message>
    <message>
        <source>%1 wraps it in VXLAN, VNI %2</source>
        <translation>%1 lo encapsula en VXLAN, VNI %2</translation>
    </message>
    <message>
        <source>The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. The MTU arithmetic: %6.</source>
        <translation>El puerto VXLAN %1 (key=%2, remote_ip=%3) mete la trama Ethernet completa dentro de un paquete UDP hacia %3, puerto %4, con el VNI %2 en la cabecera VXLAN: %5 bytes más. La aritmética de la MTU: %6.</translation>
    </message>
    <message>
        <source>The underlay carries it from %1 to %2</source>
        <translation>El underlay lo lleva de %1 a %2</translation>
    </message>
    <message>
        <source>%1 sends the UDP packet from %2 to %3 like any other; the routers in between see only the outer headers.</source>
        <translation>%1 envía el paquete UDP de %2 a %3 como cualquier otro; los routers intermedios solo ven las cabeceras externas.</translation>
    </message>
    <message>
        <source>%1 on %2 unwraps it</source>
        <translation>%1 en %2 lo desencapsula</translation>
    </message>
    <message>
        <source>On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers and hands the original frame to %6.</source>
        <translation>En %1, el puerto UDP %2 pertenece a Open vSwitch. El paquete viene de %3, el remote_ip de %4, con el VNI %5, su key: %4 lo recoge, quita las cabeceras externas y entrega la trama original a %6.</translation>
    </message>
    <message>
        <source>MTU %1 is too large for this tunnel</source>
        <translation>La MTU %1 es demasiado grande para este túnel</translation>
    </message>
    <message>
        <source>%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger packets are lost. Lower the bridge's MTU to %3.</source>
        <translation>La MTU de %1 es %2, pero el túnel transporta como máximo %3 bytes (%4): los paquetes más grandes se pierden. Baja la MTU del puente a %3.</translation>
    </message>
    <message>
        <source>%1 learns the sender's MAC address behind %2 and switches the frame on.</source>
        <translation>%1 aprende que la dirección MAC del remitente está detrás de %2 y conmuta la trama.</translation>
    </message>
    <message>
        <source>Inner Ethernet</source>
        <translation>Ethernet interna</translation>
    </message>
    <message>
        <source>Inner IPv4</source>
        <translation>IPv4 interna</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>Solicitud de eco ICMP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8 (solicitud de eco)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>ping's timestamp and pattern</source>
        <translation>marca de tiempo y patrón de ping</translation>
    </message>
    <message>
        <source>%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)</source>
        <translation>%1 %2 %3 = %4 (%5 externa %6 + UDP %7 + VXLAN %8 + Ethernet interna %9)</translation>
    </message>
    <message>
        <source>is not a container.</source>
        <translation>no es un contenedor.</translation>
    </message>
    <message>
        <source>Choose two containers, or one VXLAN link.</source>
        <translation>Elige dos contenedores o un enlace VXLAN.</translation>
    </message>
    <message>
        <source>would ping itself; that never leaves it.</source>
        <translation>se haría ping a sí mismo; eso nunca sale de él.</translation>
    </message>
    <message>
        <source>Choose two different containers.</source>
        <translation>Elige dos contenedores distintos.</translation>
    </message>
    <message>
        <source>the topology has errors, so its packets cannot be followed: %1</source>
        <translation>la topología tiene errores, así que no se pueden seguir sus paquetes: %1</translation>
    </message>
    <message>
        <source>is not a VXLAN link.</source>
        <translation>no es un enlace VXLAN.</translation>
    </message>
    <message>
        <source>Choose a link, or two containers.</source>
        <translation>Elige un enlace o dos contenedores.</translation>
    </message>
    <message>
        <source>has no container on %1 to send or receive a ping.</source>
        <translation>no tiene ningún contenedor en %1 que envíe o reciba un ping.</translation>
    </message>
    <message>
        <source>Plug a container into each end's bridge.</source>
        <translation>Conecta un contenedor al puente de cada extremo.</translation>
    </message>
    <message>
        <source>the captured frame ends inside its %1 header.</source>
        <translation>la trama capturada termina dentro de su cabecera %1.</translation>
    </message>
    <message>
        <source>Capture with a larger snap length (tcpdump -s 0).</source>
        <translation>Captura con una longitud de captura mayor (tcpdump -s 0).</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>Cabecera Linux cooked</translation>
    </message>
    <message>
        <source>the capture's link type %1 is not Ethernet.</source>
        <translation>el tipo de enlace %1 de la captura no es Ethernet.</translation>
    </message>
    <message>
        <source>Capture on the underlay interface itself.</source>
        <translation>Captura en la propia interfaz underlay.</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (protocol %1).</source>
        <translation>el paquete capturado no es UDP (protocolo %1).</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Límite de saltos</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (next header %1).</source>
        <translation>el paquete capturado no es UDP (siguiente cabecera %1).</translation>
    </message>
    <message>
        <source>the captured frame is not IP (EtherType %1).</source>
        <translation>la trama capturada no es IP (EtherType %1).</translation>
    </message>
    <message>
        <source>the UDP payload is not VXLAN (flags 0x%1, no VNI).</source>
        <translation>la carga útil UDP no es VXLAN (indicadores 0x%1, sin VNI).</translation>
    </message>
    <message>
        <source>0x%1 (VNI present)</source>
        <translation>0x%1 (VNI presente)</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>Respuesta de eco ICMP</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0 (respuesta de eco)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::PacketPathController</name>
    <message>
        <source>Save Capture</source>
        <translation>Guardar captura</translation>
    </message>
    <message>
        <source>Packet capture (*.pcap)</source>
        <translation>Captura de paquetes (*.pcap)</translation>
    </message>
    <message>
        <source>Packet Path</source>
        <translation>Ruta del paquete</translation>
    </message>
    <message>
        <source>Show &amp;Packet Path</source>
        <translation>Mostrar la ruta del &amp;paquete</translation>
    </message>
    <message>
        <source>Follow one ping between the selected containers (or across the selected link): every hop, header and byte</source>
        <translation>Sigue un ping entre los contenedores seleccionados (o a través del enlace seleccionado): cada salto, cabecera y byte</translation>
    </message>
    <message>
        <source>Capturing on %1: tcpdump on its underlay, then one ping from %2 to %3...</source>
        <translation>Capturando en %1: tcpdump en su underlay y luego un ping de %2 a %3...</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>No se puede guardar la captura</translation>
    </message>
    <message>
        <source>Saved the captured packet to %1 (open it with Wireshark).</source>
        <translation>Se guardó el paquete capturado en %1 (ábrelo con Wireshark).</translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hacia:</translation>
    </message>
    <message>
        <source>From container</source>
        <translation>Contenedor de origen</translation>
    </message>
    <message>
        <source>To container</source>
        <translation>Contenedor de destino</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>MTU arithmetic</source>
        <translation>Aritmética de la MTU</translation>
    </message>
    <message>
        <source>Headers on the wire</source>
        <translation>Cabeceras en el cable</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explicado</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturado</translation>
    </message>
    <message>
        <source>&amp;Capture a Ping</source>
        <translation>&amp;Capturar un ping</translation>
    </message>
    <message>
        <source>On the deployed topology: send one ping and catch it on the underlay with tcpdump</source>
        <translation>En la topología desplegada: envía un ping y lo atrapa en el underlay con tcpdump</translation>
    </message>
    <message>
        <source>Save Capt&amp;ure...</source>
        <translation>Guardar capt&amp;ura...</translation>
    </message>
    <message>
        <source>Save the captured packet as a .pcap file Wireshark opens</source>
        <translation>Guarda el paquete capturado como un archivo .pcap que abre Wireshark</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Choose two containers, or select them (or a link) on the canvas and use Show Packet Path.</source>
        <translation>Elige dos contenedores, o selecciónalos (o un enlace) en el lienzo y usa Mostrar la ruta del paquete.</translation>
    </message>
    <message>
        <source>Dropped: %1 %2</source>
        <translation>Descartado: %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTU:&lt;/b&gt; %1. The bridges use MTU %2%3.</source>
        <translation>&lt;b&gt;MTU:&lt;/b&gt; %1. Los puentes usan MTU %2%3.</translation>
    </message>
    <message>
        <source>, which fits</source>
        <translation>, que cabe</translation>
    </message>
    <message>
        <source>, which does NOT fit</source>
        <translation>, que NO cabe</translation>
    </message>
    <message>
        <source>No tunnel: the frame stays on one host, so VXLAN adds nothing and the bridge's MTU is all there is.</source>
        <translation>Sin túnel: la trama se queda en un host, así que VXLAN no añade nada y la MTU del puente es todo lo que hay.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n byte</numerusform>
            <numerusform>%1: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture failed: %1</source>
        <translation>La captura falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>tcpdump en %1 de %2 atrapó %n paquete, pero no la solicitud de eco a %3%4. ¿Está desplegada la topología?</numerusform>
            <numerusform>tcpdump en %1 de %2 atrapó %n paquetes, pero no la solicitud de eco a %3%4. ¿Está desplegada la topología?</numerusform>
        </translation>
    </message>
    <message>
        <source> (the ping got no reply)</source>
        <translation> (el ping no recibió respuesta)</translation>
    </message>
    <message>
        <source>Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; the design says %8%9). The ping %10.</source>
        <translation>Capturado en %1 de %2: de %3 a %4, UDP %5 → %6, VNI %7 (tomado del paquete; el diseño dice %8%9). El ping %10.</translation>
    </message>
    <message>
        <source>: they differ!</source>
        <translation>: ¡son distintos!</translation>
    </message>
    <message>
        <source>got its reply</source>
        <translation>recibió su respuesta</translation>
    </message>
    <message>
        <source>got no reply</source>
        <translation>no recibió respuesta</translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation>Selecciona primero un host: los puentes y contenedores se añaden dentro del host seleccionado.</translation>
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
        <translation>Una máquina con Open vSwitch y Docker; suéltala en cualquier lugar.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation>Un puente de Open vSwitch con un puerto de puerta de enlace; suéltalo dentro de un host.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation>Un contenedor de Docker; suéltalo dentro de un host y luego conéctalo a un puente.</translation>
    </message>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation>Intro añade uno en el centro del lienzo.</translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation>Intro añade uno dentro del host seleccionado.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
</context>
<context>
    <name>studio::PanelsMenu</name>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>Panel &amp;anterior</translation>
    </message>
</context>
<context>
    <name>studio::PcapFile</name>
    <message>
        <source>is not a capture file: %1 bytes, less than a pcap header.</source>
        <translation>no es un archivo de captura: %1 bytes, menos que una cabecera pcap.</translation>
    </message>
    <message>
        <source>Capture again.</source>
        <translation>Vuelve a capturar.</translation>
    </message>
    <message>
        <source>is not a pcap file (magic number 0x%1).</source>
        <translation>no es un archivo pcap (número mágico 0x%1).</translation>
    </message>
    <message>
        <source>Save captures as classic .pcap (pcapng is not read here).</source>
        <translation>Guarda las capturas como .pcap clásico (aquí no se lee pcapng).</translation>
    </message>
    <message>
        <source>has a packet of %1 bytes at offset %2: the file is corrupt.</source>
        <translation>tiene un paquete de %1 bytes en el desplazamiento %2: el archivo está dañado.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>no se puede leer: %1.</translation>
    </message>
</context>
<context>
    <name>studio::PingCapture</name>
    <message>
        <source>is not a container.</source>
        <translation>no es un contenedor.</translation>
    </message>
    <message>
        <source>reaches %1 without a VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>llega a %1 sin túnel VXLAN: nada cruza el underlay que se pueda capturar.</translation>
    </message>
    <message>
        <source>is dropped before any VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>se descarta antes de cualquier túnel VXLAN: nada cruza el underlay que se pueda capturar.</translation>
    </message>
    <message>
        <source>Choose two containers on different hosts.</source>
        <translation>Elige dos contenedores en hosts distintos.</translation>
    </message>
    <message>
        <source>the tunnel's remote address: %1</source>
        <translation>la dirección remota del túnel: %1</translation>
    </message>
    <message>
        <source>the address to ping: %1</source>
        <translation>la dirección a la que hacer ping: %1</translation>
    </message>
    <message>
        <source>UDP port %1 is out of range.</source>
        <translation>El puerto UDP %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>the capture script ended early.</source>
        <translation>el script de captura terminó antes de tiempo.</translation>
    </message>
    <message>
        <source>tcpdump caught nothing readable: %1</source>
        <translation>tcpdump no atrapó nada legible: %1</translation>
    </message>
    <message>
        <source>Check that tcpdump runs as root on the host.</source>
        <translation>Comprueba que tcpdump se ejecuta como root en el host.</translation>
    </message>
    <message>
        <source>the capture failed: %1</source>
        <translation>la captura falló: %1</translation>
    </message>
    <message>
        <source>Install tcpdump on %1 (apt-get install tcpdump).</source>
        <translation>Instala tcpdump en %1 (apt-get install tcpdump).</translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message>
        <source>Build (apply)</source>
        <translation>Construir (apply)</translation>
    </message>
    <message>
        <source>Remove (destroy)</source>
        <translation>Eliminar (destroy)</translation>
    </message>
    <message>
        <source>Plan kind</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Host whose plan is shown</source>
        <translation>Host cuyo plan se muestra</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Todos los hosts</translation>
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
        <translation>No hay plan mientras la topología tenga errores: corrige primero los que aparecen en Problemas.</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>Aún no hay plan: %1</translation>
    </message>
    <message>
        <source>What %1 runs, step by step; every step is safe to run again.</source>
        <translation>Lo que ejecuta %1, paso a paso; cada paso se puede volver a ejecutar sin riesgo.</translation>
    </message>
    <message>
        <source>each host</source>
        <translation>cada host</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Guide (ovs-docker)</source>
        <translation>Guía (ovs-docker)</translation>
    </message>
    <message>
        <source>Plan style</source>
        <translation>Estilo del plan</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged at once (what Apply runs by default). Guide: ovs-docker, one container after another, as the tutorial does.</source>
        <translation>Rápido: contenedores en paralelo, conectados de una vez (lo que Aplicar ejecuta por defecto). Guía: ovs-docker, un contenedor tras otro, como en el tutorial.</translation>
    </message>
    <message>
        <source>Cop&amp;y Script</source>
        <translation>Cop&amp;iar script</translation>
    </message>
    <message>
        <source>Copy Script</source>
        <translation>Copiar script</translation>
    </message>
    <message>
        <source>Copy the shell script of the hosts shown, exactly as File &gt; Export Plan writes it, with every script whole.</source>
        <translation>Copia el script de shell de los hosts mostrados, exactamente como lo escribe Archivo &gt; Exportar plan, con cada script completo.</translation>
    </message>
    <message>
        <source>(goes on)</source>
        <translation>(continúa)</translation>
    </message>
    <message>
        <source>Hide the script</source>
        <translation>Ocultar el script</translation>
    </message>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>Mostrar el script (%n línea)</numerusform>
            <numerusform>Mostrar el script (%n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do on this host.</source>
        <translation>Nada que hacer en este host.</translation>
    </message>
    <message>
        <source>A step that goes on does not stop its host when it fails (one container that cannot start must not keep the others unplugged); the host is reported failed at the end.</source>
        <translation>Un paso que continúa no detiene su host cuando falla (un contenedor que no puede arrancar no debe dejar a los demás sin conectar); el host se informa como fallido al final.</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation>Dar al puerto de puerta de enlace %1 la dirección %2, la puerta de enlace predeterminada de los contenedores de %3.</translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation>Quitar la dirección antigua %1 del puerto de puerta de enlace %2.</translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation>Activar el puerto de puerta de enlace %1 con MTU %2, dejando espacio para la cabecera VXLAN.</translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation>Iniciar el contenedor %1 a partir de la imagen %2 sin red (--net=none); OverlayStudio se la asigna después.</translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation>Desconectar el contenedor %1 del puente %2.</translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation>Eliminar el contenedor %1 y su puerto.</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation>Conectar el contenedor %1 al puente %2 como %3 con la dirección %4, la puerta de enlace %5 y MTU %6.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7</source>
        <translation>%1: %2 en %3 (puerto %4_l), dirección %5, puerta de enlace %6, MTU %7</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2: a veth pair moved into the container and set up there with nsenter (which announces the new address), its port added and tagged as ovs-docker tags it.</source>
        <translation>Conectar el contenedor %1 al puente %2: un par veth movido al contenedor y configurado allí con nsenter (que anuncia la nueva dirección); su puerto se añade y se etiqueta como lo hace ovs-docker.</translation>
    </message>
    <message>
        <source>Plug containers %1 into their bridges at once: one docker inspect for their PIDs, a veth pair each moved into the container and set up there with nsenter (which announces the new address), every port added in one OVS transaction and tagged as ovs-docker tags it.</source>
        <translation>Conectar los contenedores %1 a sus puentes de una vez: un docker inspect para sus PID, un par veth cada uno movido al contenedor y configurado allí con nsenter (que anuncia la nueva dirección), todos los puertos añadidos en una transacción de OVS y etiquetados como lo hace ovs-docker.</translation>
    </message>
    <message>
        <source>Remove containers %1 (side by side); their ports' veth pairs go with them.</source>
        <translation>Eliminar los contenedores %1 (en paralelo); los pares veth de sus puertos se van con ellos.</translation>
    </message>
    <message>
        <source>Unplug containers %1: delete their veth pairs (the OVS ports go in the transaction that follows).</source>
        <translation>Desconectar los contenedores %1: borrar sus pares veth (los puertos OVS se borran en la transacción siguiente).</translation>
    </message>
    <message>
        <source>%1: from image %2, files in %3</source>
        <translation>%1: desde la imagen %2, archivos en %3</translation>
    </message>
    <message>
        <source>%1: stopped, started again</source>
        <translation>%1: detenido, se vuelve a iniciar</translation>
    </message>
    <message>
        <source>Start containers %1 side by side (at most %2 at a time). A missing one is created through Docker's Engine API with networking disabled, as --net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts and /etc/resolv.conf as Docker writes them, kept in files of our own; without curl, docker run --net=none.</source>
        <translation>Iniciar los contenedores %1 en paralelo (como máximo %2 a la vez). Uno que falta se crea mediante la Engine API de Docker con la red desactivada, como lo deja --net=none (OverlayStudio lo conecta después), y con /etc/hosts y /etc/resolv.conf como los escribe Docker, guardados en archivos propios; sin curl, docker run --net=none.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for containers %1.</source>
        <translation>Eliminar los archivos /etc/hosts y /etc/resolv.conf que OverlayStudio guardó para los contenedores %1.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for the containers of %1 (%2).</source>
        <translation>Eliminar los archivos /etc/hosts y /etc/resolv.conf que OverlayStudio guardó para los contenedores de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>la topología tiene %n error y no se puede planificar; el primero: %1</numerusform>
            <numerusform>la topología tiene %n errores y no se puede planificar; el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation>Corrige los problemas que indica la validación.</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation>Crear los puentes de Open vSwitch y sus puertos de puerta de enlace (una transacción).</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation>Crear los puentes de Open vSwitch, sus puertos de puerta de enlace y los puertos de túnel VXLAN (una transacción).</translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation>Eliminar el contenedor %1 y su puerto, si lo creó OverlayStudio.</translation>
    </message>
    <message>
        <source>Remove the rule for %1 that OverlayStudio added.</source>
        <translation>Eliminar la regla para %1 que añadió OverlayStudio.</translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation>Eliminar el puente %1 con sus puertos de puerta de enlace y de túnel, si lo creó OverlayStudio.</translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation>%1: un switch virtual, con el datapath de espacio de usuario (netdev)</translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation>%1: un switch virtual</translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation>%1: un puerto interno de %2, la puerta de enlace por la que enrutan los contenedores de %3 (MTU %4)</translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation>%1: un túnel VXLAN de %2 a %3 (%4), VNI %5, puerto UDP %6%7</translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation>; protegido, para que las tramas de un túnel nunca se inunden hacia otro (malla completa)</translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation># OverlayStudio: construir la topología %1 en el host %2 (%3).</translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation># OverlayStudio: eliminar la topología %1 del host %2 (%3).</translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation># Ejecutar como root en %1. Cada paso se puede volver a ejecutar sin riesgo.</translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation># Nada que hacer en este host.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>no se puede crear.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Remove the containers OverlayStudio created on %1 (labelled with the topology and the host), side by side.</source>
        <translation>Eliminar en paralelo los contenedores que OverlayStudio creó en %1 (etiquetados con la topología y el host).</translation>
    </message>
    <message>
        <source>Delete bridges %1 with all their ports, those OverlayStudio created (one transaction).</source>
        <translation>Borrar los puentes %1 con todos sus puertos, los que creó OverlayStudio (una transacción).</translation>
    </message>
    <message>
        <source># A step marked "goes on" does not stop the script when it fails (one container that cannot start must not keep the others unplugged); the script fails at the end.</source>
        <translation># Un paso marcado «continúa» no detiene el script si falla (un contenedor que no arranca no debe impedir conectar los demás); el script falla al final.</translation>
    </message>
    <message>
        <source> (goes on)</source>
        <translation> (continúa)</translation>
    </message>
</context>
<context>
    <name>studio::ProbeSelection</name>
    <message>
        <source>probe %1 → %2</source>
        <translation>sonda %1 → %2</translation>
    </message>
    <message>
        <source>is not a pair of containers of this topology.</source>
        <translation>no es un par de contenedores de esta topología.</translation>
    </message>
    <message>
        <source>needs both containers on a bridge with an address.</source>
        <translation>necesita que ambos contenedores estén en un puente con dirección.</translation>
    </message>
    <message>
        <source>stays on one host: no VXLAN link to watch.</source>
        <translation>se queda en un host: no hay enlace VXLAN que supervisar.</translation>
    </message>
    <message>
        <source>Pick containers on different hosts.</source>
        <translation>Elige contenedores de hosts distintos.</translation>
    </message>
    <message>
        <source>the containers are not on the same VNI.</source>
        <translation>los contenedores no están en el mismo VNI.</translation>
    </message>
    <message>
        <source>Pick containers whose bridges a VXLAN link joins.</source>
        <translation>Elige contenedores cuyos puentes estén unidos por un enlace VXLAN.</translation>
    </message>
    <message>
        <source>underlay %1 → %2</source>
        <translation>underlay %1 → %2</translation>
    </message>
</context>
<context>
    <name>studio::ProblemsDock</name>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>topología</translation>
    </message>
    <message>
        <source>No problems: the topology can be deployed.</source>
        <translation>Sin problemas: la topología se puede desplegar.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n advertencia; la topología se puede desplegar.</numerusform>
            <numerusform>%n advertencias; la topología se puede desplegar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before deploying.</source>
        <translation>%1 y %2: corrige los errores antes de desplegar.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation>falta.</translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation>Añade el campo o vuelve a guardar el archivo.</translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation>debería ser una cadena, no %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>debería ser un número, no %1.</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 no es un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2.</source>
        <translation>'%1' no es uno de estos: %2.</translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation>debería ser true o false, no %1.</translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation>debería ser una coordenada (un número dentro de ±10.000.000).</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>debería ser un objeto, no %1.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>debería ser una lista, no %1.</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation>este archivo tiene el formato %1, escrito por un OverlayStudio más reciente; esta versión lee el formato %2 y anteriores.</translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation>Actualiza OverlayStudio para abrirlo.</translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation>el formato %1 no existe.</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>El archivo está dañado; restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>el archivo no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation>Corrige el archivo en un editor de texto o restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation>el archivo no contiene un proyecto de OverlayStudio.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>no se puede abrir: %1.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Comprueba que el archivo existe y que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation>ocupa %1 MB; los archivos de proyecto ocupan como máximo %2 MB.</translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation>Abre un archivo de proyecto de OverlayStudio.</translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation>no se puede escribir: %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation>no se pudo guardar: %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation>Comprueba el espacio libre en disco y vuelve a intentarlo; el archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>Open a .ovstudio.json file saved by OverlayStudio.</source>
        <translation>Abre un archivo .ovstudio.json guardado por OverlayStudio.</translation>
    </message>
    <message>
        <source>should be a path relative to the project file, e.g. files/motd.</source>
        <translation>debería ser una ruta relativa al archivo de proyecto, p. ej., files/motd.</translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>the topology</source>
        <translation>la topología</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2.</source>
        <translation>%1 debe ser un número entero a partir de %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos: %2.</translation>
    </message>
    <message>
        <source>a position lies within ±10,000,000.</source>
        <translation>una posición está dentro de ±10.000.000.</translation>
    </message>
    <message>
        <source>a host frame is at least %1 x %2.</source>
        <translation>el marco de un host mide al menos %1 x %2.</translation>
    </message>
    <message>
        <source>has no property '%1'.</source>
        <translation>no tiene la propiedad '%1'.</translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation>el objeto %1 no existe.</translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation>solo puede conectarse a un puente de su propio host.</translation>
    </message>
    <message>
        <source>Choose one of %1's bridges.</source>
        <translation>Elige uno de los puentes de %1.</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation>Enlace VXLAN</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <source>Problems of this object</source>
        <translation>Problemas de este objeto</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation>(sin conectar)</translation>
    </message>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation>Selecciona un host, puente, contenedor o enlace para editarlo.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>studio::PropertySpec</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>Topology name</source>
        <translation>Nombre de la topología</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Tags everything the topology creates on its hosts: letters, digits, '.', '_' and '-'.</source>
        <translation>Etiqueta todo lo que la topología crea en sus hosts: letras, dígitos, '.', '_' y '-'.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>What this topology is for, in your own words.</source>
        <translation>Para qué sirve esta topología, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The host's name in this design.</source>
        <translation>El nombre del host en este diseño.</translation>
    </message>
    <message>
        <source>Management address</source>
        <translation>Dirección de administración</translation>
    </message>
    <message>
        <source>management address</source>
        <translation>dirección de administración</translation>
    </message>
    <message>
        <source>The IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>La dirección IP o el nombre DNS al que OverlayStudio se conecta por SSH.</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>The port sshd listens on (22 is usual).</source>
        <translation>El puerto en el que escucha sshd (lo habitual es 22).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>The account to log in as.</source>
        <translation>La cuenta con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Password (asked when needed)</source>
        <translation>Contraseña (se pide cuando hace falta)</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>archivo de clave</translation>
    </message>
    <message>
        <source>The private key file, for key file authentication.</source>
        <translation>El archivo de clave privada, para la autenticación con archivo de clave.</translation>
    </message>
    <message>
        <source>Use sudo</source>
        <translation>Usar sudo</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Run commands through 'sudo -n' (for a user other than root).</source>
        <translation>Ejecuta los comandos a través de 'sudo -n' (para un usuario distinto de root).</translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation>Dirección underlay (VTEP)</translation>
    </message>
    <message>
        <source>underlay address</source>
        <translation>dirección underlay</translation>
    </message>
    <message>
        <source>The address VXLAN tunnels use; empty means the management address.</source>
        <translation>La dirección que usan los túneles VXLAN; si está vacía, se usa la dirección de administración.</translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation>MTU underlay</translation>
    </message>
    <message>
        <source>underlay MTU</source>
        <translation>MTU underlay</translation>
    </message>
    <message>
        <source>The MTU of the host's network card (1500 is usual).</source>
        <translation>La MTU de la tarjeta de red del host (lo habitual es 1500).</translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation>Datapath de OVS</translation>
    </message>
    <message>
        <source>Kernel (system)</source>
        <translation>Kernel (system)</translation>
    </message>
    <message>
        <source>Userspace (netdev)</source>
        <translation>Espacio de usuario (netdev)</translation>
    </message>
    <message>
        <source>Userspace (netdev) for hosts without the OVS kernel module, such as the local lab.</source>
        <translation>Espacio de usuario (netdev) para hosts sin el módulo de kernel de OVS, como el laboratorio local.</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Tamaño del marco</translation>
    </message>
    <message>
        <source>frame size</source>
        <translation>tamaño del marco</translation>
    </message>
    <message>
        <source>The OVS bridge, e.g. br0.</source>
        <translation>El puente OVS, p. ej., br0.</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Puerto de puerta de enlace</translation>
    </message>
    <message>
        <source>gateway port</source>
        <translation>puerto de puerta de enlace</translation>
    </message>
    <message>
        <source>The internal port that holds the gateway address, e.g. veth0.</source>
        <translation>El puerto interno que tiene la dirección de la puerta de enlace, p. ej., veth0.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Dirección de la puerta de enlace</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>dirección de la puerta de enlace</translation>
    </message>
    <message>
        <source>Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet.</source>
        <translation>Dirección y prefijo, p. ej., 10.2.2.1/24; su red es la subred del puente.</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>1450 cabe en un túnel VXLAN sobre una red de 1500 bytes.</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT hacia el exterior</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Masquerade the subnet out of the host, so containers reach the outside.</source>
        <translation>Enmascara la subred hacia fuera del host, para que los contenedores lleguen al exterior.</translation>
    </message>
    <message>
        <source>Route to other networks</source>
        <translation>Enrutar a otras redes</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>enrutamiento</translation>
    </message>
    <message>
        <source>Networks are isolated on their host. The host routes between the networks of those of its bridges that have this set.</source>
        <translation>Las redes están aisladas en su host. El host enruta entre las redes de aquellos puentes suyos que tengan esta opción activada.</translation>
    </message>
    <message>
        <source>The Docker container's name.</source>
        <translation>El nombre del contenedor de Docker.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>The Docker image to run, e.g. ubuntu:v1.</source>
        <translation>La imagen de Docker que se ejecutará, p. ej., ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interfaz</translation>
    </message>
    <message>
        <source>The interface inside the container, e.g. eth0.</source>
        <translation>La interfaz dentro del contenedor, p. ej., eth0.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24.</source>
        <translation>Dirección y prefijo en la subred del puente, p. ej., 10.2.2.2/24.</translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge's)</source>
        <translation>Puerta de enlace (vacía: la del puente)</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>puerta de enlace</translation>
    </message>
    <message>
        <source>The container's default route; empty means the bridge's gateway address.</source>
        <translation>La ruta predeterminada del contenedor; si está vacía, se usa la dirección de la puerta de enlace del puente.</translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation>Conectado al puente</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>puente</translation>
    </message>
    <message>
        <source>The bridge on the container's host it is plugged into.</source>
        <translation>El puente del host del contenedor al que está conectado.</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>The VXLAN network identifier: links with the same VNI form one segment.</source>
        <translation>El identificador de red VXLAN: los enlaces con el mismo VNI forman un segmento.</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>Puerto UDP</translation>
    </message>
    <message>
        <source>4789 is the VXLAN port.</source>
        <translation>4789 es el puerto de VXLAN.</translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation>Puerto de túnel, primer extremo</translation>
    </message>
    <message>
        <source>first tunnel port</source>
        <translation>primer puerto de túnel</translation>
    </message>
    <message>
        <source>The VXLAN port on the first bridge's host, e.g. vxlan0.</source>
        <translation>El puerto VXLAN en el host del primer puente, p. ej., vxlan0.</translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation>Puerto de túnel, segundo extremo</translation>
    </message>
    <message>
        <source>second tunnel port</source>
        <translation>segundo puerto de túnel</translation>
    </message>
    <message>
        <source>The VXLAN port on the second bridge's host, e.g. vxlan0.</source>
        <translation>El puerto VXLAN en el host del segundo puente, p. ej., vxlan0.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>studio::Reconciler</name>
    <message>
        <source>as designed</source>
        <translation>como en el diseño</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation>no está en el diseño</translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation>Crear, cambiar o eliminar puentes y puertos de Open vSwitch (una transacción).</translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation>no lo creó OverlayStudio</translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation>pertenece a la topología %1</translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation>El puente %1 ya existe en %2 y %3; OverlayStudio no lo toca. Cambia el nombre del puente en el diseño o elimínalo del host.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation>El puerto %1 ya existe en %2 (puente %3) y %4. Cambia el nombre del puerto de puerta de enlace en el diseño.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation>El puerto %1 ya existe en %2 (puente %3) y %4. Cambia el nombre del puerto de túnel en el diseño.</translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation>Ya existe un contenedor llamado %1 en %2 y %3. Cambia el nombre del contenedor en el diseño.</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>pertenece a %1</translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation>%1: datapath %2</translation>
    </message>
    <message>
        <source>datapath is '%1'</source>
        <translation>el datapath es '%1'</translation>
    </message>
    <message>
        <source>type '%1', MTU request %2</source>
        <translation>tipo '%1', MTU solicitada %2</translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation>en el puente %1</translation>
    </message>
    <message>
        <source>type '%1'</source>
        <translation>tipo '%1'</translation>
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
        <translation>local_ip '%1'</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protegido</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>no protegido</translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation>%1: eliminado, ya no está en el diseño</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation>dirección antigua %1</translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation>estado del enlace o MTU</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>attached to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation>sin la interfaz %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>dirección %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>puerta de enlace %1</translation>
    </message>
    <message>
        <source>rule order</source>
        <translation>orden de las reglas</translation>
    </message>
    <message>
        <source>Remove a firewall rule the design no longer has: %1</source>
        <translation>Eliminar una regla de cortafuegos que el diseño ya no tiene: %1</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added: %1</source>
        <translation>Eliminar una regla de cortafuegos que añadió OverlayStudio: %1</translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation>%1: eliminado con sus puertos de puerta de enlace y de túnel</translation>
    </message>
    <message>
        <source>Remove an isolation rule OverlayStudio added: %1</source>
        <translation>Eliminar una regla de aislamiento que añadió OverlayStudio: %1</translation>
    </message>
    <message>
        <source>%1: port of container %2, deleted</source>
        <translation>%1: puerto del contenedor %2, borrado</translation>
    </message>
    <message>
        <source>Delete the ports of OverlayStudio's containers (one transaction).</source>
        <translation>Borrar los puertos de los contenedores de OverlayStudio (una transacción).</translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created, with every port (one transaction).</source>
        <translation>Borrar los puentes que creó OverlayStudio, con todos sus puertos (una transacción).</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>contenedores</translation>
    </message>
    <message>
        <source>Remove containers %1 and, at the same time, delete the firewall rules, bridges and ports OverlayStudio created (one transaction; the isolation rules once the bridges are gone); the containers' veth pairs go with them.</source>
        <translation>Eliminar los contenedores %1 y, al mismo tiempo, las reglas de cortafuegos, puentes y puertos que creó OverlayStudio (una transacción; las reglas de aislamiento una vez eliminados los puentes); los pares veth de los contenedores desaparecen con ellos.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
</context>
<context>
    <name>studio::SaveFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Elige una carpeta en la que puedas escribir.</translation>
    </message>
</context>
<context>
    <name>studio::SegmentLegend</name>
    <message>
        <source>Segments legend</source>
        <translation>Leyenda de segmentos</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment. Drag it anywhere over the canvas.</source>
        <translation>El color de cada segmento VXLAN. Arrástrala a cualquier lugar sobre el lienzo.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>1 kb/s or less</source>
        <translation>1 kb/s o menos</translation>
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
        <translation>roto: los pings fallan</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>degraded, losing pings</source>
        <translation>degradado, pierde pings</translation>
    </message>
    <message>
        <source>down, unreachable</source>
        <translation>caído, inalcanzable</translation>
    </message>
    <message>
        <source>unknown, not applied</source>
        <translation>desconocido, no aplicado</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment, and what monitoring shows: a link's width and colour are its traffic now, a red crossed-out link loses every ping, a dot is an object's state. Drag it anywhere over the canvas.</source>
        <translation>El color de cada segmento VXLAN y lo que muestra la supervisión: el grosor y el color de un enlace son su tráfico actual, un enlace rojo tachado pierde todos los pings y un punto es el estado de un objeto. Arrástrala a cualquier lugar del lienzo.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
</context>
<context>
    <name>studio::SeriesCatalog</name>
    <message>
        <source>probe %1</source>
        <translation>sonda %1</translation>
    </message>
    <message>
        <source>VNI %1: %2 → %3</source>
        <extracomment>a link's direction in a legend: VNI, from bridge, to bridge</extracomment>
        <translation>VNI %1: %2 → %3</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>enlace %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviado</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibido</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>contenedor %1</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>studio::SshSession</name>
    <message>
        <source>A command that had started may still be running on the host.</source>
        <translation>Un comando que ya había empezado puede seguir ejecutándose en el host.</translation>
    </message>
    <message>
        <source>cancelled by the user.</source>
        <translation>cancelado por el usuario.</translation>
    </message>
    <message>
        <source>the SSH library could not be initialised.</source>
        <translation>no se pudo inicializar la biblioteca SSH.</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation>no se puede crear una sesión SSH (¿falta memoria?).</translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation>configuración SSH no válida: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s</source>
        <translation>sin respuesta SSH en %1 s</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation>Comprueba que el host está encendido, que la dirección y el puerto son correctos y que sshd está en ejecución.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 no envió ninguna clave de host.</translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation>no se puede calcular la huella de la clave de host de %1.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation>la clave de host de %1 ha CAMBIADO (ahora %2 %3). Alguien podría estar interceptando la conexión, o el host se reinstaló. Se rechaza la conexión.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation>Si el cambio es esperado, elimina la entrada antigua de %1 de %2 y vuelve a conectar.</translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation>%1 presenta una clave de host %2, pero tiene registrada una clave de otro tipo. Se rechaza la conexión.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation>Si el cambio es esperado, elimina la entrada antigua de %1 de %2.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation>la clave de host de %1 no es conocida (%2 %3) y no se aceptó.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation>Compara la huella con la del propio host (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) y acéptala.</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>no se puede registrar la clave de host en %1: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>no se puede verificar la clave de host de %1: %2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>falló la autenticación con %1: %2</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clave pública</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>teclado interactivo</translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation>ningún método que conozcamos</translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation>%1@%2 no acepta la autenticación por %3.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation>El servidor acepta: %1. Elige otro método de autenticación para este host.</translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation>no se puede leer la clave privada %1.</translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation>Comprueba la ruta y que la clave no tiene frase de contraseña (o usa el agente SSH).</translation>
    </message>
    <message>
        <source>none of the SSH agent's keys was accepted</source>
        <translation>no se aceptó ninguna de las claves del agente SSH</translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation>no se aceptó la clave %1</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>no se aceptó la contraseña</translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation>%1@%2: %3%4.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation>El servidor acepta: %1. Comprueba el usuario, la clave o la contraseña.</translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation>no conectado.</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>no se puede abrir un canal: %1</translation>
    </message>
    <message>
        <source>cannot watch the channel for an exit signal: %1</source>
        <translation>no se puede vigilar el canal para detectar una señal de salida: %1</translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation>no se puede iniciar el comando: %1</translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation>no se puede enviar la entrada: %1</translation>
    </message>
    <message>
        <source>cannot end the command's input: %1</source>
        <translation>no se puede cerrar la entrada del comando: %1</translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation>la conexión falló mientras se ejecutaba un comando: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation>el comando no terminó en %1 s y se abandonó.</translation>
    </message>
    <message>
        <source>Check the host's load; the command may still be running there.</source>
        <translation>Comprueba la carga del host; el comando puede seguir ejecutándose allí.</translation>
    </message>
    <message>
        <source>the connection was lost while running a command: %1</source>
        <translation>se perdió la conexión mientras se ejecutaba un comando: %1</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>sin estado de salida</translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation>no se puede iniciar un shell: %1</translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation>el shell remoto ya no existe (se perdió la conexión o el host se reinició).</translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation>Vuelve a ejecutarlo cuando el host sea alcanzable.</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>no se puede enviar el comando: %1</translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation>el shell remoto terminó mientras se ejecutaba el comando (estado de salida %1).</translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation>Un comando que termina el shell (exit, exec) no se puede ejecutar así.</translation>
    </message>
    <message>
        <source>the remote command has ended.</source>
        <translation>el comando remoto ha terminado.</translation>
    </message>
    <message>
        <source>cannot send to the remote command: %1</source>
        <translation>no se puede enviar al comando remoto: %1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>la conexión falló: %1</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>se perdió la conexión: %1</translation>
    </message>
    <message>
        <source>the connection failed while sending data: %1</source>
        <translation>la conexión falló al enviar datos: %1</translation>
    </message>
    <message>
        <source>nothing moved for %1 s; the command was abandoned.</source>
        <translation>nada se movió durante %1 s; se abandonó el comando.</translation>
    </message>
    <message>
        <source>Check the host's load and its free disk space.</source>
        <translation>Compruebe la carga del host y su espacio libre en disco.</translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message>
        <source>Step Through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Step &amp;Through Deploy...</source>
        <translation>Despliegue &amp;paso a paso...</translation>
    </message>
    <message>
        <source>Apply one command at a time: see each before it runs and what it did after</source>
        <translation>Aplica un comando cada vez: mira cada uno antes de que se ejecute y lo que hizo después</translation>
    </message>
    <message>
        <source>Connecting to %1 and reading what is there...</source>
        <translation>Conectando con %1 y leyendo lo que hay...</translation>
    </message>
    <message>
        <source>the tunnel port %1 of %2</source>
        <translation>el puerto de túnel %1 de %2</translation>
    </message>
    <message>
        <source>Running the remaining steps...</source>
        <translation>Ejecutando los pasos restantes...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Deteniendo...</translation>
    </message>
    <message>
        <source>Destroying what topology %1 made on %2...</source>
        <translation>Destruyendo lo que la topología %1 creó en %2...</translation>
    </message>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>La destrucción FALLÓ en %n host; consulta el panel Despliegue.</numerusform>
            <numerusform>La destrucción FALLÓ en %n hosts; consulta el panel Despliegue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: nothing this topology made is left on the hosts.</source>
        <translation>Destruido: no queda en los hosts nada de lo que creó esta topología.</translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>La aplicación FALLÓ en %n host; consulta el resultado y el panel Despliegue.</numerusform>
            <numerusform>La aplicación FALLÓ en %n hosts; consulta el resultado y el panel Despliegue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>Detenido tras %n paso. Lo construido se queda: Atrás lo elimina, Aplicar lo termina.</numerusform>
            <numerusform>Detenido tras %n pasos. Lo construido se queda: Atrás lo elimina, Aplicar lo termina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>Listo: %n paso ejecutado; la topología está construida.</numerusform>
            <numerusform>Listo: %n pasos ejecutados; la topología está construida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::StepThroughDock</name>
    <message>
        <source>&amp;Which hosts:</source>
        <translation>&amp;Qué hosts:</translation>
    </message>
    <message>
        <source>Hosts to step through</source>
        <translation>Hosts que recorrer paso a paso</translation>
    </message>
    <message>
        <source>All hosts, in turn</source>
        <translation>Todos los hosts, uno tras otro</translation>
    </message>
    <message>
        <source>Read the hosts and stop before the first step of the apply</source>
        <translation>Lee los hosts y se detiene antes del primer paso de la aplicación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>Qué hace el paso</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>Detalles del paso</translation>
    </message>
    <message>
        <source>Objects the step creates</source>
        <translation>Objetos que crea el paso</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>Resultado del último paso</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Pasos hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Run this step, then stop before the next one (Return)</source>
        <translation>Ejecuta este paso y se detiene antes del siguiente (Intro)</translation>
    </message>
    <message>
        <source>&amp;Run to End</source>
        <translation>&amp;Ejecutar hasta el final</translation>
    </message>
    <message>
        <source>Run every remaining step without stopping</source>
        <translation>Ejecuta todos los pasos restantes sin detenerse</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop here; what was built stays on the hosts</source>
        <translation>Se detiene aquí; lo construido se queda en los hosts</translation>
    </message>
    <message>
        <source>&amp;Back: Destroy What Was Built</source>
        <translation>&amp;Atrás: destruir lo construido</translation>
    </message>
    <message>
        <source>Stop, and remove everything this topology made on the hosts</source>
        <translation>Se detiene y elimina todo lo que esta topología creó en los hosts</translation>
    </message>
    <message>
        <source>Choose the hosts and press Start: OverlayStudio reads them, then stops before every command of the apply so you can see what it does, run it, and see what it did.</source>
        <translation>Elige los hosts y pulsa Iniciar: OverlayStudio los lee y luego se detiene antes de cada comando de la aplicación para que veas qué hace, lo ejecutes y veas qué hizo.</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>&amp;Volver a iniciar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 there</source>
        <translation>%1: paso %2 de %3 allí</translation>
    </message>
    <message>
        <source>Creates nothing new: it configures or connects.</source>
        <translation>No crea nada nuevo: configura o conecta.</translation>
    </message>
    <message>
        <source>Creates: %1</source>
        <translation>Crea: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 in all. Next runs it; Run to End runs the rest.</source>
        <translation>Paso %1 de %2 en total. Siguiente lo ejecuta; Ejecutar hasta el final ejecuta el resto.</translation>
    </message>
    <message>
        <source>Running step %1 on %2...</source>
        <translation>Ejecutando el paso %1 en %2...</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminó sin estado de salida (%1)</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>estado de salida %1</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, paso %2: %3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
    <message>
        <source>The command of the next step appears here, before it runs.</source>
        <translation>Aquí aparece la orden del siguiente paso, antes de ejecutarse.</translation>
    </message>
    <message>
        <source>What the step printed appears here once it ran.</source>
        <translation>Aquí aparece lo que el paso imprimió, una vez ejecutado.</translation>
    </message>
</context>
<context>
    <name>studio::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
</context>
<context>
    <name>studio::StructureModel</name>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1@%2, datapath %3</source>
        <translation>%1@%2, datapath %3</translation>
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
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation>VNI %1 a %2</translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message>
        <source>Export Lab Guide</source>
        <translation>Exportar guía de laboratorio</translation>
    </message>
    <message>
        <source>Markdown with images beside it (*.md);;HTML, images embedded (*.html)</source>
        <translation>Markdown con las imágenes al lado (*.md);;HTML, con las imágenes incrustadas (*.html)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Guide...</source>
        <translation>Exportar &amp;guía de laboratorio...</translation>
    </message>
    <message>
        <source>Write a step-by-step guide that builds this topology by hand: Markdown with its diagram, or HTML</source>
        <translation>Escribe una guía paso a paso que construye esta topología a mano: Markdown con su diagrama, o HTML</translation>
    </message>
    <message>
        <source>Cannot export the lab guide</source>
        <translation>No se puede exportar la guía de laboratorio</translation>
    </message>
    <message>
        <source>Wrote the lab guide %1</source>
        <translation>Se escribió la guía de laboratorio %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>Se escribió la guía de laboratorio %1 y su imagen (%n)</numerusform>
            <numerusform>Se escribió la guía de laboratorio %1 y sus %n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TickCommand</name>
    <message>
        <source>the monitoring command's report is incomplete: %1</source>
        <translation>el informe del comando de supervisión está incompleto: %1</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell.</source>
        <translation>Comprueba que el host tiene un shell POSIX.</translation>
    </message>
    <message>
        <source>a container named %1 exists on %2, but this topology did not create it (labels %3/%4). Rename one of them.</source>
        <translation>existe un contenedor llamado %1 en %2, pero no lo creó esta topología (etiquetas %3/%4). Cambia el nombre de uno de ellos.</translation>
    </message>
    <message>
        <source>ovs-vswitchd does not answer.</source>
        <translation>ovs-vswitchd no responde.</translation>
    </message>
    <message>
        <source>Docker does not answer.</source>
        <translation>Docker no responde.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>sin leer</translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation>el id %1 lo usa otro objeto (%2).</translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation>Da a cada objeto su propio id.</translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation>el puente hace referencia al id de host %1, que no existe.</translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation>Coloca el puente dentro de un host existente.</translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation>el contenedor hace referencia al id de host %1, que no existe.</translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation>Coloca el contenedor dentro de un host existente.</translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation>el contenedor hace referencia al id de puente %1, que no existe.</translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation>Conéctalo a un puente existente o a ninguno.</translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation>el contenedor está conectado al puente %1 de otro host.</translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation>Conéctalo a un puente de su propio host.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation>el enlace hace referencia al id de puente %1, que no existe.</translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation>Conecta dos puentes existentes.</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>objeto %1</translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT hacia el exterior</translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>VNI %1 · UDP %2</source>
        <translation>VNI %1 · UDP %2</translation>
    </message>
    <message>
        <source>%1@%2, SSH port %3</source>
        <translation>%1@%2, puerto SSH %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <source>Last deploy: as designed</source>
        <translation>Último despliegue: como en el diseño</translation>
    </message>
    <message>
        <source>Last deploy failed: %1</source>
        <translation>El último despliegue falló: %1</translation>
    </message>
    <message>
        <source>gateway %1 on port %2, MTU %3</source>
        <translation>puerta de enlace %1 en el puerto %2, MTU %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <source>%1 on %2, address %3</source>
        <translation>%1 en %2, dirección %3</translation>
    </message>
    <message>
        <source>VNI %1, UDP port %2, ports %3 / %4</source>
        <translation>VNI %1, puerto UDP %2, puertos %3 / %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Eliminar %n objeto</numerusform>
            <numerusform>Eliminar %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Conexión cancelada.</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Movimiento cancelado.</translation>
    </message>
    <message>
        <source>The frame of %1 now overlaps %2; move one of them apart.</source>
        <translation>El marco de %1 ahora se superpone a %2; separa uno de ellos.</translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation>Suelta sobre un puente (o un contenedor) para conectar.</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>roto</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>Supervisión: %1</translation>
    </message>
    <message>
        <source>Monitoring: %1. %2</source>
        <translation>Supervisión: %1. %2</translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation>Guía del usuario de OverlayStudio</translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation>Busca en la guía, p. ej., un mensaje de error (Intro: siguiente)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Found in "%1"</source>
        <translation>Encontrado en "%1"</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name '%1' %2.</source>
        <translation>El nombre de topología '%1' %2.</translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. 'lab-overlay'.</source>
        <translation>Etiqueta todo lo que la topología crea en los hosts; cámbiale el nombre, p. ej., 'lab-overlay'.</translation>
    </message>
    <message>
        <source>Host name '%1' %2.</source>
        <translation>El nombre de host '%1' %2.</translation>
    </message>
    <message>
        <source>Rename the host, e.g. 'host1'.</source>
        <translation>Cambia el nombre del host, p. ej., 'host1'.</translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation>El host %1 no tiene dirección de administración.</translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>Introduce la dirección IP o el nombre DNS al que OverlayStudio se conecta por SSH.</translation>
    </message>
    <message>
        <source>Management address '%1' of host %2 %3.</source>
        <translation>La dirección de administración '%1' del host %2 %3.</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation>Introduce una dirección IP como 192.168.0.8 o un nombre de host.</translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation>El puerto SSH %1 del host %2 está fuera de rango.</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation>Usa un puerto de 1 a 65535 (lo habitual es 22).</translation>
    </message>
    <message>
        <source>SSH user '%1' of host %2 %3.</source>
        <translation>El usuario SSH '%1' del host %2 %3.</translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation>Introduce la cuenta con la que iniciar sesión, p. ej., root.</translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation>El host %1 se autentica con un archivo de clave, pero no se ha indicado ninguno.</translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation>Elige el archivo de clave privada o autentícate con el agente SSH.</translation>
    </message>
    <message>
        <source>Host %1 logs in as '%2' without sudo; creating bridges and containers needs root.</source>
        <translation>El host %1 inicia sesión como '%2' sin sudo; crear puentes y contenedores requiere root.</translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation>Activa sudo para este host o inicia sesión como root.</translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation>La MTU underlay %1 del host %2 está fuera de rango.</translation>
    </message>
    <message>
        <source>Use the MTU of the host's network card, %1 to %2 (1500 is usual).</source>
        <translation>Usa la MTU de la tarjeta de red del host, de %1 a %2 (lo habitual es 1500).</translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation>El host %1 no tiene dirección underlay.</translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation>Introduce la dirección IP que usan los túneles VXLAN de este host.</translation>
    </message>
    <message>
        <source>Host %1 is reached by the name '%2', but VXLAN tunnels need an IP address.</source>
        <translation>Al host %1 se llega por el nombre '%2', pero los túneles VXLAN necesitan una dirección IP.</translation>
    </message>
    <message>
        <source>Enter the host's underlay IP address.</source>
        <translation>Introduce la dirección IP underlay del host.</translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation>Dirección underlay del host %1: %2.</translation>
    </message>
    <message>
        <source>Two hosts are named '%1'.</source>
        <translation>Hay dos hosts llamados '%1'.</translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation>Da a cada host su propio nombre.</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation>Los hosts %1 y %2 usan ambos la dirección de administración %3 y el puerto %4.</translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation>Cada host necesita su propia dirección (o su propio puerto SSH).</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation>Los hosts %1 y %2 usan ambos la dirección underlay %3; los túneles no podrían distinguirlos.</translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation>Da a cada host su propia dirección underlay.</translation>
    </message>
    <message>
        <source>Bridge name '%1' on %2 %3.</source>
        <translation>El nombre de puente '%1' en %2 %3.</translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. 'br0'.</source>
        <translation>Cambia el nombre del puente, p. ej., 'br0'.</translation>
    </message>
    <message>
        <source>Gateway port name '%1' of bridge %2 %3.</source>
        <translation>El nombre del puerto de puerta de enlace '%1' del puente %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'veth0'.</source>
        <translation>Cambia el nombre del puerto, p. ej., 'veth0'.</translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation>Dirección de la puerta de enlace del puente %1: %2.</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Introduce la dirección de la puerta de enlace con su prefijo, p. ej., 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation>La dirección de puerta de enlace %1 del puente %2 es la dirección de red o de difusión de su subred.</translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation>Usa una dirección de host como %1/%2.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation>La MTU %1 del puente %2 está fuera de rango.</translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>Usa de %1 a %2; 1450 cabe en un túnel VXLAN sobre una red de 1500 bytes.</translation>
    </message>
    <message>
        <source>Container name '%1' on %2 %3.</source>
        <translation>El nombre de contenedor '%1' en %2 %3.</translation>
    </message>
    <message>
        <source>Rename the container, e.g. 'container1'.</source>
        <translation>Cambia el nombre del contenedor, p. ej., 'container1'.</translation>
    </message>
    <message>
        <source>Image '%1' of container %2 %3.</source>
        <translation>La imagen '%1' del contenedor %2 %3.</translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation>Introduce una imagen que exista en el host, p. ej., ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface name '%1' of container %2 %3.</source>
        <translation>El nombre de interfaz '%1' del contenedor %2 %3.</translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation>Usa un nombre como eth0.</translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation>El contenedor %1 no está conectado a ningún puente; se ejecutará sin red.</translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation>Conéctalo a un puente de %1.</translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation>Dirección del contenedor %1: %2.</translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation>Introduce una dirección en %1, p. ej., %2.</translation>
    </message>
    <message>
        <source>the bridge's subnet</source>
        <translation>la subred del puente</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation>La dirección %1 del contenedor %2 no está en la subred %3 del puente %4.</translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation>Usa una dirección en %1 con el prefijo /%2, o conecta el contenedor a otro puente.</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation>La dirección %1 del contenedor %2 es la dirección de red o de difusión de %3.</translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation>Elige una dirección de host dentro de la subred.</translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation>Puerta de enlace del contenedor %1: %2.</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address, or leave it empty to use it.</source>
        <translation>Introduce la dirección de la puerta de enlace del puente, o déjala vacía para usarla.</translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation>La puerta de enlace %1 del contenedor %2 no está en la subred %3, así que el contenedor no puede alcanzarla.</translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation>Usa %1 (la puerta de enlace del puente %2) o deja vacía la puerta de enlace.</translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation>El VNI %1 del enlace %2 está fuera de rango.</translation>
    </message>
    <message>
        <source>Use a VNI from %1 to %2.</source>
        <translation>Usa un VNI de %1 a %2.</translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation>El puerto UDP %1 del enlace %2 está fuera de rango.</translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation>Usa 4789, el puerto de VXLAN, salvo que la red necesite otro (1-65535).</translation>
    </message>
    <message>
        <source>Tunnel port name '%1' of link %2 %3.</source>
        <translation>El nombre del puerto de túnel '%1' del enlace %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'vxlan0'.</source>
        <translation>Cambia el nombre del puerto, p. ej., 'vxlan0'.</translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation>El enlace %1 une dos puentes del mismo host %2; un túnel VXLAN une hosts distintos.</translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation>Conecta el puente a un puente de otro host.</translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation>El enlace %1 une la subred %2 con la subred %3; un segmento de capa 2 necesita una sola subred.</translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation>Da a ambos puentes direcciones de la misma subred, o elimina el enlace.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation>Los puentes %1 y %2 están unidos por dos enlaces.</translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation>Elimina uno de ellos; un solo túnel transporta todo el segmento.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation>La MTU %1 del puente %2 es mayor de lo que puede transportar su túnel VXLAN: la MTU underlay es %3 y VXLAN añade %4 bytes.</translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation>Ajusta la MTU del puente a %1 o menos.</translation>
    </message>
    <message>
        <source>%1 uses the name '%2' twice on host %3.</source>
        <translation>%1 usa el nombre '%2' dos veces en el host %3.</translation>
    </message>
    <message>
        <source>The name '%1' is used by both %2 and %3 on host %4.</source>
        <translation>El nombre '%1' lo usan tanto %2 como %3 en el host %4.</translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation>Los puentes, puertos de puerta de enlace y puertos de túnel de un host necesitan cada uno su propio nombre.</translation>
    </message>
    <message>
        <source>Two containers on host %1 are named '%2'.</source>
        <translation>Hay dos contenedores en el host %1 llamados '%2'.</translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation>Da a cada contenedor de un host su propio nombre.</translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation>La subred %1 del puente %2 se superpone a la subred %3 del puente %4 en el mismo host.</translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation>Da a cada puente de un host su propia subred, p. ej., 10.2.2.0/24 y 10.3.3.0/24.</translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation>Los enlaces %1 y %2 hacen ambos un túnel de %3 a %4 con el VNI %5; OVS no puede distinguirlos.</translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation>Da a uno de los enlaces otro VNI.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation>El VNI %1 une puentes con subredes distintas: %2.</translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation>Los puentes unidos por un VNI forman una red: dales la misma subred o usa otro VNI para la otra subred.</translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation>Los puentes %1 unidos por el VNI %2 forman un bucle (%3 enlaces entre %4 puentes): las tramas inundadas dan vueltas por él y el aprendizaje de MAC falla, así que se pierde el tráfico unicast.</translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation>Elimina enlaces hasta que formen un árbol, o enlaza cada par de puentes (una malla completa, que usa horizonte dividido).</translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation>Los puentes %1 forman una red, pero sus enlaces usan VNI distintos (%2).</translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network's identity.</source>
        <translation>Usa un solo VNI para todos los enlaces de una red; es la identidad de la red.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host's reply.</source>
        <translation>Los puentes %1 y %2 de una misma red tienen ambos la dirección de puerta de enlace %3; un contenedor puede recibir la respuesta de cualquiera de los dos hosts.</translation>
    </message>
    <message>
        <source>Give each host's gateway port its own address, e.g. .1 and .254 (containers keep using their own host's gateway).</source>
        <translation>Da al puerto de puerta de enlace de cada host su propia dirección, p. ej., .1 y .254 (los contenedores siguen usando la puerta de enlace de su propio host).</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation>La dirección %1 del contenedor %2 ya la usa %3 en la misma red.</translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation>Da al contenedor una dirección libre en %1.</translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation>Los puentes %1 de una misma red tienen MTU distintas; las tramas grandes se perderán en un sentido.</translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation>Da a todos los puentes de una red la misma MTU.</translation>
    </message>
    <message>
        <source>Bridge %1 is set to route, but no other bridge on %2 is: there is nothing to route to.</source>
        <translation>El puente %1 está configurado para enrutar, pero ningún otro puente de %2 lo está: no hay adónde enrutar.</translation>
    </message>
    <message>
        <source>Set routing on the bridge its segment should reach, or turn it off.</source>
        <translation>Activa el enrutamiento en el puente al que debe llegar su segmento, o desactívalo.</translation>
    </message>
    <message>
        <source>%1 routes between the networks of %2 and %3, but %4 does not route between %5 and %6, which are in the same two networks: containers on %4 answer through their own host, which drops what is routed to them.</source>
        <translation>%1 enruta entre las redes de %2 y %3, pero %4 no enruta entre %5 y %6, que están en las mismas dos redes: los contenedores de %4 responden a través de su propio host, que descarta lo que se les enruta.</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 as well, or on neither host.</source>
        <translation>Activa el enrutamiento también en %1 y %2, o en ninguno de los dos hosts.</translation>
    </message>
    <message>
        <source>Image %1 is defined twice.</source>
        <translation>La imagen %1 está definida dos veces.</translation>
    </message>
    <message>
        <source>Remove one of its definitions in Images (Deploy menu).</source>
        <translation>Quite una de sus definiciones en Imágenes (menú Desplegar).</translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation>Página de bienvenida</translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation>Te damos la bienvenida a OverlayStudio</translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation>Diseña redes overlay de contenedores en el lienzo: hosts, puentes de Open vSwitch, contenedores de Docker y enlaces VXLAN. OverlayStudio comprueba el diseño, muestra los comandos que lo construyen y lo despliega por SSH. La guía del usuario está en Ayuda (F1).</translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation>Cerrar la página de bienvenida (Esc)</translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation>Cerrar la página de bienvenida</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation>Nuevo diseño vacío</translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation>Arrastra hosts, puentes y contenedores desde la paleta al lienzo.</translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation>Probar en un laboratorio local</translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation>Dos hosts simulados en esta máquina y, después, el ejemplo del laboratorio para desplegarlo en ellos. Requiere root.</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>Abrir un ejemplo</translation>
    </message>
</context>
<context>
    <name>studio::livestyle</name>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>no aplicado</translation>
    </message>
</context>
<context>
    <name>studio::monitorformat</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 %2b/s</source>
        <extracomment>a bit rate: number, SI prefix (k, M, G), "b/s"</extracomment>
        <translation>%1 %2b/s</translation>
    </message>
    <message>
        <source>%1 %2pkt/s</source>
        <extracomment>a packet rate: number, SI prefix (k, M), "pkt/s"</extracomment>
        <translation>%1 %2paq/s</translation>
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
        <translation>esperando</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inalcanzable</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>roto</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>no aplicado</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencioso</translation>
    </message>
</context>
</TS>