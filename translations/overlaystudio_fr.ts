<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation>Concevoir, déployer et surveiller des réseaux overlay de conteneurs.</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>Topologie à ouvrir.</translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation>Enregistrer la fenêtre dans un fichier image et quitter.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation>Déployer la topologie dès qu'elle est ouverte.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation>OverlayStudio s'est arrêté sans enregistrer vos dernières modifications. Les restaurer ?</translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation>À propos d'OverlayStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Concevoir, déployer et surveiller des réseaux overlay de conteneurs sur plusieurs hôtes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation>fenêtres, zone de dessin, threads</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation>GNU LGPL 3.0 (ou GPL 2.0 / 3.0)</translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation>connexions SSH aux hôtes</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 ou ultérieure</translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation>graphiques en direct</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation>GNU GPL 3.0 ou ultérieure</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;b&gt;GNU General Public License, version 3 ou (à votre choix) toute version ultérieure&lt;/b&gt; (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE. Consultez &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;la licence&lt;/a&gt; ; sur les systèmes Debian, elle se trouve dans /usr/share/common-licenses/GPL-3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Construit avec&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sur les hôtes, il pilote Open vSwitch, Docker, iproute2 et iptables, tels qu'ils y sont installés.&lt;/p&gt;&lt;p&gt;Icônes : dessinées pour OverlayStudio, sous sa licence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation>« %1 » n'est pas une adresse IPv4 (quatre nombres de 0 à 255, p. ex. 10.2.2.1)</translation>
    </message>
    <message>
        <source>'%1' has no prefix length; write it like 10.2.2.1/24</source>
        <translation>« %1 » n'a pas de longueur de préfixe ; écrivez-la comme 10.2.2.1/24</translation>
    </message>
    <message>
        <source>'%1' has prefix length '%2'; use 1 to 30 (24 is usual)</source>
        <translation>« %1 » a la longueur de préfixe « %2 » ; utilisez 1 à 30 (24 est courant)</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address</source>
        <translation>« %1 » n'est pas une adresse IPv6</translation>
    </message>
</context>
<context>
    <name>studio::Addressing</name>
    <message>
        <source>has no free /24 subnet left for a new bridge</source>
        <translation>n'a plus de sous-réseau /24 libre pour un nouveau pont</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address by hand.</source>
        <translation>Saisissez à la main l'adresse de passerelle du pont.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>Ce pont n'existe pas.</translation>
    </message>
    <message>
        <source>has no valid gateway address to take a subnet from: %1</source>
        <translation>n'a pas d'adresse de passerelle valide dont tirer un sous-réseau : %1</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Saisissez l'adresse de passerelle avec son préfixe, p. ex. 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>has no free address left in subnet %1</source>
        <translation>n'a plus d'adresse libre dans le sous-réseau %1</translation>
    </message>
    <message>
        <source>Use a larger subnet (a shorter prefix) for this segment.</source>
        <translation>Utilisez un sous-réseau plus grand (un préfixe plus court) pour ce segment.</translation>
    </message>
</context>
<context>
    <name>studio::BuildContext</name>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>Put the file beside the project file, or remove it from the context files of %1 in Images (Deploy menu).</source>
        <translation>Placez le fichier à côté du fichier de projet, ou retirez-le des fichiers de contexte de %1 dans Images (menu Déployer).</translation>
    </message>
    <message>
        <source>its context files (%1) are read beside the project file, but the project has not been saved yet.</source>
        <translation>ses fichiers de contexte (%1) sont lus à côté du fichier de projet, mais le projet n'a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Save the project next to those files, then apply again.</source>
        <translation>Enregistrez le projet à côté de ces fichiers, puis appliquez à nouveau.</translation>
    </message>
    <message>
        <source>its context file '%1' %2.</source>
        <translation>son fichier de contexte « %1 » %2.</translation>
    </message>
    <message>
        <source>its context file %1 does not exist in %2.</source>
        <translation>son fichier de contexte %1 n'existe pas dans %2.</translation>
    </message>
    <message>
        <source>its context file %1 is not a file (a folder?).</source>
        <translation>son fichier de contexte %1 n'est pas un fichier (un dossier ?).</translation>
    </message>
    <message>
        <source>List the files inside it one by one in Images (Deploy menu).</source>
        <translation>Indiquez un par un les fichiers qu'il contient dans Images (menu Déployer).</translation>
    </message>
    <message>
        <source>its context file %1 is a link to %2, outside the project file's folder.</source>
        <translation>son fichier de contexte %1 est un lien vers %2, hors du dossier du fichier de projet.</translation>
    </message>
    <message>
        <source>Copy the file into the project file's folder instead of linking to it.</source>
        <translation>Copiez le fichier dans le dossier du fichier de projet au lieu de créer un lien vers lui.</translation>
    </message>
    <message>
        <source>its context file %1 cannot be read: %2.</source>
        <translation>son fichier de contexte %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Make the file readable, then apply again.</source>
        <translation>Rendez le fichier lisible, puis appliquez à nouveau.</translation>
    </message>
    <message>
        <source>its context file %1 is larger than 8 GiB.</source>
        <translation>son fichier de contexte %1 dépasse 8 GiB.</translation>
    </message>
    <message>
        <source>its context file %1 became shorter while it was sent.</source>
        <translation>son fichier de contexte %1 a raccourci pendant son envoi.</translation>
    </message>
    <message>
        <source>Apply again once nothing writes to the file.</source>
        <translation>Appliquez à nouveau une fois que plus rien n'écrit dans le fichier.</translation>
    </message>
    <message>
        <source>its context file %1 grew while it was sent.</source>
        <translation>son fichier de contexte %1 a grossi pendant son envoi.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossible d'écrire : %1</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Zone de dessin</translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation>Le fichier de topologie (.json).</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation>overlaystudio-cli %1 : %2</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation>overlaystudio-cli %1 : un seul fichier de topologie est attendu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation>%1 : %2 erreur(s), %3 avertissement(s) dans %4 hôtes, %5 ponts, %6 conteneurs, %7 liens.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Afficher le plan en JSON.</translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation>Uniquement le plan de cet hôte.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation>Planifier plutôt la suppression de la topologie.</translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation>Écrire un script par hôte, HOST.sh, dans ce dossier.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'; its hosts are: %3.</source>
        <translation>erreur : %1 n'a pas d'hôte nommé « %2 » ; ses hôtes sont : %3.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command '%1'.</source>
        <translation>overlaystudio-cli : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>fast (default: containers side by side, plugged at once) or guide (ovs-docker, one container after another, as the tutorial does).</source>
        <translation>fast (par défaut : conteneurs côte à côte, branchés d’un coup) ou guide (ovs-docker, un conteneur après l’autre, comme le tutoriel).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>overlaystudio-cli plan: unknown style '%1'; use fast or guide.</source>
        <translation>overlaystudio-cli plan : style inconnu '%1' ; utilisez fast ou guide.</translation>
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
        <translation>Usage : overlaystudio-cli COMMANDE FICHIER [options]

Commandes :
  validate FILE [--json]        Vérifier une topologie ; code de sortie 1 en cas d'erreurs.
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                Afficher les commandes qui construisent (ou suppriment)
                                la topologie, sous forme d'un script shell par hôte.
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                Déployer via SSH : apply ne modifie que ce qui diffère,
                                destroy supprime ce que la topologie a créé, status
                                compare les hôtes à la conception.
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                Surveiller une topologie déployée : RTT et pertes des pings,
                                trafic par lien et par conteneur, états ; une ligne
                                par mesure jusqu'à N intervalles ou Ctrl+C.
  guide FILE [--output DIR] [--format md|html]
                                Écrire un guide de TP qui construit la topologie à la
                                main : Markdown avec son diagramme, ou HTML.
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                Hôtes simulés sur cette machine (en root).

Codes de sortie : 0 ok, 1 problèmes trouvés, 2 erreur d'utilisation.
</translation>
    </message>
    <message>
        <source>Each command explains its options with --help, e.g. overlaystudio-cli apply --help.
</source>
        <translation>Chaque commande explique ses options avec --help, par ex. overlaystudio-cli apply --help.
</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli validate FILE [--json]</source>
        <translation>usage : overlaystudio-cli validate FILE [--json]</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</source>
        <translation>usage : overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</translation>
    </message>
</context>
<context>
    <name>studio::Clipboard</name>
    <message>
        <source>The clipboard holds no OverlayStudio objects.</source>
        <translation>Le presse-papiers ne contient aucun objet OverlayStudio.</translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation>L'hôte %1, où se trouvaient les objets copiés, n'existe plus ; copiez plutôt des hôtes entiers.</translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation>Rien à coller : sélectionnez des hôtes, des ponts ou des conteneurs et copiez-les.</translation>
    </message>
</context>
<context>
    <name>studio::ClipboardController</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Remove the selection and keep it on the clipboard</source>
        <translation>Supprimer la sélection et la garder dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>Copier la sélection dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste with fresh names and addresses</source>
        <translation>Coller avec de nouveaux noms et de nouvelles adresses</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selection next to itself, with fresh names and addresses</source>
        <translation>Copier la sélection à côté d'elle-même, avec de nouveaux noms et de nouvelles adresses</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>Dupliquer %n objet</numerusform>
            <numerusform>Dupliquer %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>Coller %n objet</numerusform>
            <numerusform>Coller %n objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>Déplacer %n objet</numerusform>
            <numerusform>Déplacer %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Change %1 of the topology</source>
        <translation>Modifier %1 de la topologie</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Change image definitions</source>
        <translation>Modifier les définitions d'images</translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>Uniquement cet hôte (répétable).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation>Arrêter tous les hôtes dès que l'un d'eux échoue.</translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation>Lire les hôtes et montrer ce qui changerait ; ne rien modifier.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>Fichier known_hosts avec lequel vérifier les clés d'hôte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Faire confiance aux clés d'hôte jamais vues (les clés modifiées sont toujours refusées).</translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation>Durée maximale d'une commande, en secondes.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>Le fichier de topologie.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.</source>
        <translation>%1 contient des erreurs ; rien n'a été déployé. Lancez « overlaystudio-cli validate %1 ».</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'.</source>
        <translation>erreur : %1 n'a pas d'hôte nommé « %2 ».</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation>La clé d'hôte de %1 (%2) n'est pas encore connue : %3 %4.</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> Acceptée (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation> Lui faire confiance ? [y/N] </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Mot de passe pour %1@%2 : </translation>
    </message>
    <message>
        <source>Cancelling: every host stops now; a command already running may still finish on its host (Ctrl-C again to quit at once).</source>
        <translation>Annulation : tous les hôtes s'arrêtent maintenant ; une commande déjà lancée peut encore se terminer sur son hôte (Ctrl-C à nouveau pour quitter immédiatement).</translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation>INCONNU : %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1 : ÉCHEC : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1 : exécuterait %n étape</numerusform>
            <numerusform>%1 : exécuterait %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation>%1 : à jour, rien n'a été modifié (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1 : %n étape exécutée en %2 ms</numerusform>
            <numerusform>%1 : %n étapes exécutées en %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation>%1 %2 en %3 ms.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>How containers are started and plugged: fast (default) or guide (ovs-docker, one after another, as the tutorial does).</source>
        <translation>Comment les conteneurs sont démarrés et branchés : fast (par défaut) ou guide (ovs-docker, l’un après l’autre, comme le tutoriel).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>At most this many hosts connected at once (0: all; default %1).</source>
        <translation>Au plus ce nombre d’hôtes connectés à la fois (0 : tous ; par défaut %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --forks takes a number of hosts (0: all), not '%1'.</source>
        <translation>erreur : --forks attend un nombre d’hôtes (0 : tous), pas '%1'.</translation>
    </message>
    <message>
        <source>error: unknown style '%1'; use fast or guide.</source>
        <translation>erreur : style inconnu '%1' ; utilisez fast ou guide.</translation>
    </message>
    <message>
        <source>destroy: also remove the images this topology built or copied.</source>
        <translation>destroy : supprimer aussi les images que cette topologie a construites ou copiées.</translation>
    </message>
    <message>
        <source>error: --remove-images is for destroy only.</source>
        <translation>erreur : --remove-images ne sert qu'à destroy.</translation>
    </message>
    <message>
        <source>apply only: show each step and ask before running it (y/n/all/quit).</source>
        <translation>apply uniquement : afficher chaque étape et demander avant de l'exécuter (y/n/all/quit).</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</source>
        <translation>usage : overlaystudio-cli %1 FICHIER [--host NOM] [--json] [--fail-fast] [--dry-run] [--known-hosts FICHIER] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</translation>
    </message>
    <message>
        <source>error: --step goes with apply only, and not with --dry-run.</source>
        <translation>erreur : --step s'utilise uniquement avec apply, et pas avec --dry-run.</translation>
    </message>
    <message>
        <source>
[%1] step %2 of %3: %4
</source>
        <translation>
[%1] étape %2 sur %3 : %4
</translation>
    </message>
    <message>
        <source>  creates: %1
</source>
        <translation>  crée : %1
</translation>
    </message>
    <message>
        <source>Run it? [y]es, [n]o (skip), [a]ll, [q]uit: </source>
        <translation>L'exécuter ? [y] oui, [n] non (ignorer), [a] tout, [q] quitter : </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminé sans code de sortie (%1)</translation>
    </message>
    <message>
        <source>%1: %2 step(s) run, %3 skipped: the host may differ from the design (see status)</source>
        <translation>%1 : %2 étape(s) exécutée(s), %3 ignorée(s) : l'hôte peut différer de la conception (voir status)</translation>
    </message>
</context>
<context>
    <name>studio::DeployController</name>
    <message>
        <source>Destroy topology</source>
        <translation>Démonter la topologie</translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation>Supprimer tout ce que la topologie %1 a créé sur ses hôtes (conteneurs, ports, ponts, règles NAT) ? Les objets qu'OverlayStudio n'a pas créés ne sont pas touchés.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation>Construire la topologie sur ses hôtes ; seul ce qui diffère est modifié</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation>Comparer les hôtes à la conception sans rien modifier</translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation>&amp;Démonter...</translation>
    </message>
    <message>
        <source>Remove everything the topology created on its hosts</source>
        <translation>Supprimer tout ce que la topologie a créé sur ses hôtes</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation>Arrêter chaque hôte après son étape en cours</translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation>Attendez la fin du déploiement en cours, ou annulez-le, avant d'ouvrir une autre topologie.</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Déploiement impossible</translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation>La topologie contient des erreurs ; corrigez d'abord celles listées sous Problèmes.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Démonter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The deploy could not start: another one is still running.</source>
        <translation>Le déploiement n'a pas pu démarrer : un autre est encore en cours.</translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation>Déploiement en cours</translation>
    </message>
    <message>
        <source>A deploy is still running on the hosts. Stopping it now leaves each host after its current step; Apply again later converges, Destroy removes what was made.</source>
        <translation>Un déploiement est encore en cours sur les hôtes. L'arrêter maintenant laisse chaque hôte après son étape en cours ; appliquer à nouveau plus tard rétablit l'état voulu, Démonter supprime ce qui a été créé.</translation>
    </message>
    <message>
        <source>Cancel Deploy and Quit</source>
        <translation>Annuler le déploiement et quitter</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Laisser continuer</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d'hôte inconnue</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio ne s'est encore jamais connecté à &lt;b&gt;%1&lt;/b&gt; (%2).&lt;/p&gt;&lt;p&gt;L'hôte présente cette clé %3 :&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Comparez-la avec l'empreinte de l'hôte lui-même (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; sur l'hôte). Lui faire confiance et la mémoriser ?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 (kept only in memory, until OverlayStudio quits):</source>
        <translation>Mot de passe pour %1 (gardé uniquement en mémoire, jusqu'à la fermeture d'OverlayStudio) :</translation>
    </message>
    <message>
        <source>Deploy S&amp;ettings...</source>
        <translation>Param&amp;ètres de déploiement...</translation>
    </message>
    <message>
        <source>How containers are started and plugged, and how many hosts are connected at once</source>
        <translation>Comment les conteneurs sont démarrés et branchés, et combien d’hôtes sont connectés à la fois</translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation>Rien n'est encore déployé. Utilisez Déployer &gt; Appliquer pour construire la topologie sur ses hôtes.</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>Hôte / étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%1 en cours sur %n hôte...</numerusform>
            <numerusform>%1 en cours sur %n hôtes...</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>conforme à la conception (%n objet)</numerusform>
            <numerusform>conforme à la conception (%n objets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n objet diffère</numerusform>
            <numerusform>%n objets diffèrent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>terminé : %n étape en %1 ms</numerusform>
            <numerusform>terminé : %n étapes en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation>à jour, rien n'a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>%1 terminé sur %n hôte.</numerusform>
            <numerusform>%1 terminé sur %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation>%1 a ÉCHOUÉ sur %2 hôte(s) sur %3 ; voir les entrées en rouge.</translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation>utilise l'authentification par mot de passe, mais aucun mot de passe ne peut être demandé ici.</translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation>Utilisez une clé ou l'agent SSH, ou lancez la commande en mode interactif.</translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 a besoin de sudo sans mot de passe pour %2 (sudo -n).</translation>
    </message>
    <message>
        <source>authentication failed.</source>
        <translation>échec de l'authentification.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminé sans code de sortie (%1)</translation>
    </message>
    <message>
        <source>%1: step "%2" failed (%3).
  command: %4
  error: %5</source>
        <translation>%1 : l'étape « %2 » a échoué (%3).
  commande : %4
  erreur : %5</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1 : rien n'a été fait : la topologie contient %n erreur ; la première : %2</numerusform>
            <numerusform>%1 : rien n'a été fait : la topologie contient %n erreurs ; la première : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was done: the topology has no host named %2.</source>
        <translation>%1 : rien n'a été fait : la topologie n'a pas d'hôte nommé %2.</translation>
    </message>
    <message>
        <source>%1: cancelled by the user %2.</source>
        <translation>%1 : annulé par l'utilisateur %2.</translation>
    </message>
    <message>
        <source>before connecting; nothing was changed</source>
        <translation>avant la connexion ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>while connecting; nothing was changed</source>
        <translation>pendant la connexion ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>reading state</source>
        <translation>lecture de l'état</translation>
    </message>
    <message>
        <source>while reading the host's state; nothing was changed</source>
        <translation>pendant la lecture de l'état de l'hôte ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>%1: reading the host's state failed: %2</source>
        <translation>%1 : la lecture de l'état de l'hôte a échoué : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>il manque %2 sur %1</translation>
    </message>
    <message>
        <source>before any change; nothing was changed</source>
        <translation>avant toute modification ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation>%1 : rien n'a été modifié, car : %2</translation>
    </message>
    <message>
        <source>%1: cancelled by the user after %2 of %3 steps.</source>
        <translation>%1 : annulé par l'utilisateur après %2 étapes sur %3.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation>%1 : arrêté après %2 étapes sur %3, car un autre hôte a échoué.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>%1: cancelled by the user during step %2 of %3 ("%4"); that command may still be running on the host.</source>
        <translation>%1 : annulé par l'utilisateur pendant l'étape %2 sur %3 (« %4 ») ; cette commande peut encore être en cours sur l'hôte.</translation>
    </message>
    <message>
        <source>waiting for its turn (%1 hosts at a time)</source>
        <translation>attend son tour (%1 hôtes à la fois)</translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), then apply again.</source>
        <translation>rien n'a été modifié : des prérequis manquent (%1). Installez-les (openvswitch-switch, docker.io, iproute2, iptables, util-linux), puis appliquez à nouveau.</translation>
    </message>
    <message>
        <source>note: %1 is missing; the deploy does not need it, but Capture (Show Packet Path) does. Install it (apt-get install %1).</source>
        <translation>remarque : %1 est absent ; le déploiement n'en a pas besoin, mais la capture (Afficher le chemin des paquets) si. Installez-le (apt-get install %1).</translation>
    </message>
    <message>
        <source>%1: another host on this machine got it (they share one Docker engine)</source>
        <translation>%1 : un autre hôte de cette machine l’a obtenue (ils partagent un même moteur Docker)</translation>
    </message>
</context>
<context>
    <name>studio::DeploySettingsDialog</name>
    <message>
        <source>Deploy Settings</source>
        <translation>Paramètres de déploiement</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged all at once</source>
        <translation>Rapide : conteneurs côte à côte, tous branchés d’un coup</translation>
    </message>
    <message>
        <source>Guide: ovs-docker, one container after another</source>
        <translation>Tutoriel : ovs-docker, un conteneur après l’autre</translation>
    </message>
    <message>
        <source>Deploy style</source>
        <translation>Style de déploiement</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Hosts connected at once</source>
        <translation>Hôtes connectés à la fois</translation>
    </message>
    <message>
        <source>Hosts beyond this number wait for their turn; 0 connects all of them at once.</source>
        <translation>Les hôtes au-delà de ce nombre attendent leur tour ; 0 les connecte tous à la fois.</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Style :</translation>
    </message>
    <message>
        <source>&amp;Hosts at once:</source>
        <translation>&amp;Hôtes à la fois :</translation>
    </message>
    <message>
        <source>Starts each host's containers side by side (8 at a time), then plugs them all at once: one docker inspect, a veth pair per container set up with nsenter, every port in one Open vSwitch transaction. The new address is announced, so peers reach a re-created container at once.</source>
        <translation>Démarre les conteneurs de chaque hôte côte à côte (8 à la fois), puis les branche tous d’un coup : un seul docker inspect, une paire veth par conteneur configurée avec nsenter, tous les ports en une transaction Open vSwitch. La nouvelle adresse est annoncée, les pairs joignent donc aussitôt un conteneur recréé.</translation>
    </message>
    <message>
        <source>Runs the commands of the guide: docker run, then ovs-docker add-port, one container after another. Slower; best for following the tutorial step by step. Both styles build the same network and recognise each other's ports.</source>
        <translation>Exécute les commandes du tutoriel : docker run, puis ovs-docker add-port, un conteneur après l’autre. Plus lent ; idéal pour suivre le tutoriel pas à pas. Les deux styles construisent le même réseau et reconnaissent les ports l’un de l’autre.</translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation>La topologie : hôtes, ponts, conteneurs et liens. Les touches fléchées déplacent la sélection, Suppr la supprime.</translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation>Réseau overlay dessiné avec OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>n'a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, et un nom en .png ou .svg.</translation>
    </message>
</context>
<context>
    <name>studio::DocumentController</name>
    <message>
        <source>Deploy running</source>
        <translation>Déploiement en cours</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>Impossible d'ouvrir la topologie</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Ouvrir une topologie</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)</source>
        <translation>Topologies OverlayStudio (*.ovstudio.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>Enregistrer la topologie</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation>Topologies OverlayStudio (*.ovstudio.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l'enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation>Le travail non enregistré avant l'arrêt d'OverlayStudio a été restauré.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l'instant)</translation>
    </message>
</context>
<context>
    <name>studio::DumpPorts</name>
    <message>
        <source>ovs-ofctl dump-ports did not print port statistics: %1</source>
        <translation>ovs-ofctl dump-ports n'a affiché aucune statistique de port : %1</translation>
    </message>
    <message>
        <source>Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).</source>
        <translation>Vérifiez que ovs-vswitchd tourne et que le pont existe (ovs-vsctl show).</translation>
    </message>
    <message>
        <source>cannot read the port name in "%1".</source>
        <translation>impossible de lire le nom du port dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message>
        <source>Add host %1</source>
        <translation>Ajouter l'hôte %1</translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation>Hôte %1 ajouté ; saisissez son adresse de gestion dans les propriétés.</translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation>Un pont appartient à un hôte : déposez-le dans le cadre d'un hôte.</translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation>Ajouter le pont %1 sur %2</translation>
    </message>
    <message>
        <source>Added bridge %1 on %2 with subnet %3.</source>
        <translation>Pont %1 ajouté sur %2 avec le sous-réseau %3.</translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation>Un conteneur tourne sur un hôte : déposez-le dans le cadre d'un hôte.</translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation>Ajouter le conteneur %1 sur %2</translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation>%1 ajouté ; faites glisser sa poignée vers un pont pour le raccorder.</translation>
    </message>
    <message>
        <source>There is no such container.</source>
        <translation>Ce conteneur n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1 n'est pas raccordé.</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Détacher %1</translation>
    </message>
    <message>
        <source>Detached %1.</source>
        <translation>%1 détaché.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>Ce pont n'existe pas.</translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation>%1 tourne sur %2 ; il ne peut être raccordé qu'à un pont de cet hôte.</translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation>%1 est déjà raccordé à %2.</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Raccorder %1 à %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation>%1 raccordé à %2 avec l'adresse %3.</translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation>Reliez un conteneur à un pont de son hôte, ou un pont à un pont d'un autre hôte.</translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation>Un lien VXLAN relie des ponts situés sur des hôtes différents ; %1 et %2 sont tous deux sur %3.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 et %2 sont déjà reliés.</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>Relier %1 et %2</translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation>%1 et %2 reliés avec le VNI %3.</translation>
    </message>
    <message>
        <source>%1 gets %2</source>
        <translation>%1 reçoit %2</translation>
    </message>
    <message>
        <source>Subnet %1 has no room for the other side; give both sides one subnet.</source>
        <translation>Le sous-réseau %1 n'a pas de place pour l'autre côté ; donnez un même sous-réseau aux deux côtés.</translation>
    </message>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>Un segment nécessite un seul sous-réseau, l'autre côté a donc rejoint %1 (%2 ; %n conteneur réadressé). Annuler rétablit le tout.</numerusform>
            <numerusform>Un segment nécessite un seul sous-réseau, l'autre côté a donc rejoint %1 (%2 ; %n conteneurs réadressés). Annuler rétablit le tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added bridge %1 on %2; %3 %4. %5</source>
        <translation>Pont %1 ajouté sur %2 ; %3 %4. %5</translation>
    </message>
    <message>
        <source>Attached %1 to %2, but %3 %4. %5</source>
        <translation>%1 raccordé à %2, mais %3 %4. %5</translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation>Deux hôtes, deux segments (le guide)</translation>
    </message>
    <message>
        <source>The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don't deploy it.</source>
        <translation>La topologie du guide : deux hôtes, avec chacun les ponts br0 (VNI 100) et br1 (VNI 200), deux conteneurs par hôte. Ses adresses sont des exemples : planifiez-la, ne la déployez pas.</translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation>Deux hôtes sur le labo local</translation>
    </message>
    <message>
        <source>The guide's topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation>La topologie du guide sur les deux hôtes simulés d'un labo local : prête à être déployée sur cette machine.</translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation>Trois hôtes en maillage, avec NAT</translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation>Trois hôtes reliés en maillage complet sur le VNI 300 (split horizon sur les ports de tunnel) ; host1 masque le segment vers l'extérieur (masquerading).</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
</context>
<context>
    <name>studio::Firewall</name>
    <message>
        <source>isolation of %1</source>
        <translation>isolation de %1</translation>
    </message>
    <message>
        <source>Isolate %1 (%2): drop anything the host would forward into %3 unless it answers a connection that a container on %1 opened. Other networks and the outside cannot reach in, whatever the host's FORWARD policy. The rule is in the mangle table, which the host reads before its filter rules, so no ACCEPT rule there can open it again.</source>
        <translation>Isoler %1 (%2) : rejeter tout ce que l'hôte transmettrait vers %3, sauf les réponses à une connexion ouverte par un conteneur de %1. Les autres réseaux et l'extérieur ne peuvent pas y entrer, quelle que soit la politique FORWARD de l'hôte. La règle se trouve dans la table mangle, que l'hôte consulte avant ses règles filter, si bien qu'aucune règle ACCEPT ne peut la rouvrir.</translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation>NAT %1</translation>
    </message>
    <message>
        <source>Let containers on %1 send through the host (from %2 out to the uplink). Other networks of the host stay closed: their isolation rules come first.</source>
        <translation>Permettre aux conteneurs de %1 d'émettre via l'hôte (de %2 vers la liaison montante). Les autres réseaux de l'hôte restent fermés : leurs règles d'isolation passent en premier.</translation>
    </message>
    <message>
        <source>Let replies back into %1, and only replies: connection tracking knows which packets answer a connection a container opened.</source>
        <translation>Laisser revenir les réponses dans %1, et uniquement les réponses : le suivi de connexions (conntrack) sait quels paquets répondent à une connexion ouverte par un conteneur.</translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host's address (NAT), so replies find their way back.</source>
        <translation>Masquer %1 derrière l'adresse de l'hôte (NAT), pour que les réponses retrouvent leur chemin.</translation>
    </message>
    <message>
        <source>routing %1 to %2</source>
        <translation>routage de %1 vers %2</translation>
    </message>
    <message>
        <source>Route from %1 to %2, as the design chooses: let packets from %3 into %4 before %2's isolation rule sees them (inserted above it).</source>
        <translation>Router de %1 vers %2, comme le prévoit la conception : laisser passer les paquets de %3 vers %4 avant que la règle d'isolation de %2 ne les voie (insérée au-dessus d'elle).</translation>
    </message>
    <message>
        <source>Accept the routed packets from %1 to %2 also where the host's FORWARD policy is DROP.</source>
        <translation>Accepter les paquets routés de %1 vers %2, même là où la politique FORWARD de l'hôte est DROP.</translation>
    </message>
    <message>
        <source>Do not masquerade what %1 routes to %2: containers there see the real sender (inserted above the NAT rule).</source>
        <translation>Ne pas masquer ce que %1 route vers %2 : les conteneurs de destination voient le véritable expéditeur (inséré au-dessus de la règle NAT).</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added (%1).</source>
        <translation>Supprimer une règle de pare-feu ajoutée par OverlayStudio (%1).</translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT and routing; the isolation rules decide what may pass).</source>
        <translation>Permettre à l'hôte de transmettre des paquets entre ses interfaces (nécessaire pour le NAT et le routage ; les règles d'isolation décident de ce qui peut passer).</translation>
    </message>
</context>
<context>
    <name>studio::GuideCli</name>
    <message>
        <source>Folder to write the guide to (default: here).</source>
        <translation>Dossier où écrire le guide (par défaut : ici).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>md (Markdown and its images) or html.</source>
        <translation>md (Markdown et ses images) ou html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>Le fichier de topologie.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</source>
        <translation>usage : overlaystudio-cli guide FILE [--output DIR] [--format md|html]</translation>
    </message>
    <message>
        <source>error: unknown format '%1'; use md or html.</source>
        <translation>erreur : format inconnu « %1 » ; utilisez md ou html.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1 has errors; no guide was written.</source>
        <translation>%1 contient des erreurs ; aucun guide n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>studio::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>The user guide: first steps, the local lab, troubleshooting</source>
        <translation>Le guide de l'utilisateur : premiers pas, le labo local, dépannage</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>Page d'&amp;accueil</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Lab...</source>
        <translation>Essayer sur un &amp;labo local...</translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation>Démarrer des hôtes simulés sur cette machine et ouvrir l'exemple prévu pour eux</translation>
    </message>
    <message>
        <source>&amp;About OverlayStudio</source>
        <translation>À &amp;propos d'OverlayStudio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>studio::HostMonitor</name>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 a besoin de sudo sans mot de passe pour %2 (sudo -n).</translation>
    </message>
    <message>
        <source>the ping process ended.</source>
        <translation>le processus ping s'est terminé.</translation>
    </message>
    <message>
        <source>%1: the ping stream ended unexpectedly.</source>
        <translation>%1 : le flux du ping s'est interrompu de façon inattendue.</translation>
    </message>
    <message>
        <source>Open vSwitch does not answer on %1: %2</source>
        <translation>Open vSwitch ne répond pas sur %1 : %2</translation>
    </message>
    <message>
        <source>Docker does not answer on %1: %2</source>
        <translation>Docker ne répond pas sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 n'existe pas sur %2.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 n'est pas en cours d'exécution.</translation>
    </message>
    <message>
        <source>the state of %1 is not known yet.</source>
        <translation>l'état de %1 n'est pas encore connu.</translation>
    </message>
    <message>
        <source>the ping printed nothing for %1 s.</source>
        <translation>le ping n'a rien affiché depuis %1 s.</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation>état de l'hôte</translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation>le rapport d'état de l'hôte est incomplet.</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation>Vérifiez que l'hôte dispose d'un shell POSIX et réessayez.</translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation>Open vSwitch</translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation>ovs-vsctl n'a pas listé les ponts, ports et interfaces : %1</translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation>Vérifiez qu'Open vSwitch tourne sur l'hôte (ovs-vsctl show).</translation>
    </message>
</context>
<context>
    <name>studio::ImageDefinition</name>
    <message>
        <source>Pull from a registry</source>
        <translation>Télécharger depuis un registre</translation>
    </message>
    <message>
        <source>Build from a Dockerfile</source>
        <translation>Construire depuis un Dockerfile</translation>
    </message>
    <message>
        <source>Copy from this machine</source>
        <translation>Copier depuis cette machine</translation>
    </message>
    <message>
        <source>Image definition '%1' %2.</source>
        <translation>La définition d'image « %1 » %2.</translation>
    </message>
    <message>
        <source>Image %1 is named by digest; only a pulled image can be.</source>
        <translation>L'image %1 est nommée par empreinte ; seule une image téléchargée peut l'être.</translation>
    </message>
    <message>
        <source>Image %1 is built from a Dockerfile, but the Dockerfile is empty.</source>
        <translation>L'image %1 est construite depuis un Dockerfile, mais le Dockerfile est vide.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 starts with %2; it must start with FROM.</source>
        <translation>Le Dockerfile de l'image %1 commence par %2 ; il doit commencer par FROM.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 is larger than 1 MB.</source>
        <translation>Le Dockerfile de l'image %1 dépasse 1 Mo.</translation>
    </message>
    <message>
        <source>Image %1 is copied from the local image '%2', which %3.</source>
        <translation>L'image %1 est copiée depuis l'image locale « %2 », qui %3.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write a Dockerfile that starts with FROM, e.g. FROM ubuntu.</source>
        <translation>Modifiez l'image dans Images (menu Déployer) : écrivez un Dockerfile qui commence par FROM, p. ex. FROM ubuntu.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): name an image on this machine, e.g. ubuntu:v1.</source>
        <translation>Modifiez l'image dans Images (menu Déployer) : indiquez une image de cette machine, p. ex. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write it like ubuntu:v1.</source>
        <translation>Modifiez l'image dans Images (menu Déployer) : écrivez-la comme ubuntu:v1.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>Le fichier de contexte « %1 » de l'image %2 %3.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 is listed twice.</source>
        <translation>Le fichier de contexte « %1 » de l'image %2 figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): list each context file once, by its path relative to the project file's folder, e.g. files/motd.</source>
        <translation>Modifiez l'image dans Images (menu Déployer) : indiquez chaque fichier de contexte une seule fois, par son chemin relatif au dossier du fichier de projet, p. ex. files/motd.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is absolute; give it relative to the project file's folder</source>
        <translation>est absolu ; indiquez un chemin relatif au dossier du fichier de projet</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>contient une barre oblique inverse ; séparez les dossiers par /</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>is longer than 4096 bytes</source>
        <translation>dépasse 4096 octets</translation>
    </message>
    <message>
        <source>leaves the project file's folder (..)</source>
        <translation>sort du dossier du fichier de projet (..)</translation>
    </message>
    <message>
        <source>has an empty or '.' part</source>
        <translation>contient une partie vide ou « . »</translation>
    </message>
    <message>
        <source>is named Dockerfile, which the context holds already (the text in the project)</source>
        <translation>s'appelle Dockerfile, que le contexte contient déjà (le texte du projet)</translation>
    </message>
</context>
<context>
    <name>studio::ImagePhase</name>
    <message>
        <source>cancelled by the user before image %1.</source>
        <translation>annulé par l'utilisateur avant l'image %1.</translation>
    </message>
    <message>
        <source>docker save %1 | gzip -c (here) | %2 (on %3)</source>
        <translation>docker save %1 | gzip -c (ici) | %2 (sur %3)</translation>
    </message>
    <message>
        <source>copying image %1: %2 MB sent, %3 MB/s</source>
        <translation>copie de l'image %1 : %2 Mo envoyés, %3 Mo/s</translation>
    </message>
    <message>
        <source>building image %1</source>
        <translation>construction de l'image %1</translation>
    </message>
    <message>
        <source>getting image %1</source>
        <translation>récupération de l'image %1</translation>
    </message>
    <message>
        <source>not run to the end</source>
        <translation>pas exécuté jusqu'au bout</translation>
    </message>
    <message>
        <source>cancelled by the user while getting image %1.</source>
        <translation>annulé par l'utilisateur pendant la récupération de l'image %1.</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2</source>
        <translation>l'image %1 n'a pas pu être construite : %2</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2 failed: %3</source>
        <translation>l'image %1 n'a pas pu être construite : %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.</source>
        <translation>Corrigez le Dockerfile de %1 dans Images (menu Déployer), puis appliquez à nouveau.</translation>
    </message>
    <message>
        <source>image %1 could not be copied: %2</source>
        <translation>l'image %1 n'a pas pu être copiée : %2</translation>
    </message>
    <message>
        <source>Apply again once the host is reachable and has free disk space.</source>
        <translation>Appliquez à nouveau une fois l'hôte joignable et doté d'espace disque libre.</translation>
    </message>
    <message>
        <source>image %1 could not be pulled: %2</source>
        <translation>l'image %1 n'a pas pu être téléchargée : %2</translation>
    </message>
    <message>
        <source>Give %1 access to the registry, or define %2 in Images (Deploy menu) to build it or copy it from this machine.</source>
        <translation>Donnez à %1 l'accès au registre, ou définissez %2 dans Images (menu Déployer) pour la construire ou la copier depuis cette machine.</translation>
    </message>
    <message>
        <source>the host lacks it; apply builds it from the design's Dockerfile</source>
        <translation>l'hôte ne l'a pas ; l'application la construit depuis le Dockerfile du modèle</translation>
    </message>
    <message>
        <source>the host lacks it; apply copies it from this machine</source>
        <translation>l'hôte ne l'a pas ; l'application la copie depuis cette machine</translation>
    </message>
    <message>
        <source>the host lacks it; apply pulls it</source>
        <translation>l'hôte ne l'a pas ; l'application la télécharge</translation>
    </message>
    <message>
        <source>the host lacks it and the design does not define it; apply tries docker pull (define it in Images to build or copy it)</source>
        <translation>l'hôte ne l'a pas et le modèle ne la définit pas ; l'application essaie docker pull (définissez-la dans Images pour la construire ou la copier)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>Remove the images this topology built or copied (label %1=%2), because --remove-images was asked for.</source>
        <translation>Supprimer les images que cette topologie a construites ou copiées (étiquette %1=%2), car --remove-images a été demandé.</translation>
    </message>
    <message>
        <source>tar of the Dockerfile and its context files (here) | %1 (on %2)</source>
        <translation>tar du Dockerfile et de ses fichiers de contexte (ici) | %1 (sur %2)</translation>
    </message>
    <message>
        <source>has no definition.</source>
        <translation>n'a pas de définition.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>pas exécuté</translation>
    </message>
    <message>
        <source>building image %1 (sending %2 KB of build context)</source>
        <translation>construction de l'image %1 (envoi de %2 KB de contexte de construction)</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>annulé.</translation>
    </message>
</context>
<context>
    <name>studio::ImageScripts</name>
    <message>
        <source>If the host lacks %1: pull it from its registry (docker pull).</source>
        <translation>Si l'hôte n'a pas %1 : la télécharger depuis son registre (docker pull).</translation>
    </message>
    <message>
        <source>If the host lacks %1: build it from the design's Dockerfile, labelled as this topology's.</source>
        <translation>Si l'hôte n'a pas %1 : la construire depuis le Dockerfile du modèle, étiquetée comme appartenant à cette topologie.</translation>
    </message>
    <message>
        <source>stdin: %1 beside this script, a tar of the Dockerfile and %2</source>
        <translation>stdin : %1 à côté de ce script, une archive tar du Dockerfile et de %2</translation>
    </message>
    <message>
        <source>Check that %1 is here: images-%2.sh copies it from the machine that has it.</source>
        <translation>Vérifier que %1 est présente ici : images-%2.sh la copie depuis la machine qui l'a.</translation>
    </message>
    <message>
        <source>%1 lacks image %2: run %3 on the machine that has it first.</source>
        <translation>Il manque l'image %2 sur %1 : exécutez d'abord %3 sur la machine qui l'a.</translation>
    </message>
    <message>
        <source>First run %1 on the machine that has the copied images (not on this host): it sends them here over ssh.</source>
        <translation>Exécutez d'abord %1 sur la machine qui a les images copiées (pas sur cet hôte) : il les envoie ici par ssh.</translation>
    </message>
    <message>
        <source>Copy %1 into the same folder as this script: an image build reads it.</source>
        <translation>Copiez %1 dans le même dossier que ce script : la construction d'une image le lit.</translation>
    </message>
    <message>
        <source># %1. Copy image %2 (here: %3) to %4, unless it has it.</source>
        <translation># %1. Copier l'image %2 (ici : %3) vers %4, sauf s'il l'a déjà.</translation>
    </message>
    <message>
        <source>%1 has no image ID here.</source>
        <translation>%1 n'a pas d'ID d'image ici.</translation>
    </message>
    <message>
        <source>%1 has %2 already.</source>
        <translation>%1 a déjà %2.</translation>
    </message>
    <message>
        <source># OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.</source>
        <translation># OverlayStudio : envoyer à l'hôte %1 (%2) les images que la topologie %3 copie depuis cette machine.</translation>
    </message>
    <message>
        <source># Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs docker here and ssh to %2; a host that has an image already is skipped.</source>
        <translation># Exécutez-le ICI, sur la machine qui a les images, avant que %1.sh ne s'exécute sur %1. Il a besoin de docker ici et de ssh vers %2 ; une image que l'hôte a déjà est ignorée.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>impossible de créer.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message>
        <source>Pull image %1 from its registry (docker pull).</source>
        <translation>Télécharger l'image %1 depuis son registre (docker pull).</translation>
    </message>
    <message>
        <source>Pull image %1 from its registry (docker pull): the design does not say how to build or copy it.</source>
        <translation>Télécharger l'image %1 depuis son registre (docker pull) : le modèle ne dit pas comment la construire ou la copier.</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>Construire l'image %1 depuis le Dockerfile du modèle (%n instruction), comme le guide le fait avant tout docker run.</numerusform>
            <numerusform>Construire l'image %1 depuis le Dockerfile du modèle (%n instructions), comme le guide le fait avant tout docker run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy image %1 from this machine: docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Copier l'image %1 depuis cette machine : docker save ici, compressée via la connexion SSH de cet hôte vers docker load.</translation>
    </message>
    <message>
        <source>Copy image %1 from this machine (where it is %2): docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Copier l'image %1 depuis cette machine (où elle s'appelle %2) : docker save ici, compressée via la connexion SSH de cet hôte vers docker load.</translation>
    </message>
    <message>
        <source>Name the copied image %1 and label it as this topology's.</source>
        <translation>Nommer l'image copiée %1 et l'étiqueter comme appartenant à cette topologie.</translation>
    </message>
    <message>
        <source>If the host lacks %1: %2</source>
        <translation>Si l'hôte n'a pas %1 : %2</translation>
    </message>
    <message>
        <source>stdin: docker save %1 | gzip -c, run on this machine</source>
        <translation>stdin : docker save %1 | gzip -c, exécuté sur cette machine</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>l'étape %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>Construire l'image %1 depuis le Dockerfile du modèle (%n instruction) avec %2 (à côté du fichier de projet), le tout envoyé en archive tar via la connexion SSH de cet hôte.</numerusform>
            <numerusform>Construire l'image %1 depuis le Dockerfile du modèle (%n instructions) avec %2 (à côté du fichier de projet), le tout envoyé en archive tar via la connexion SSH de cet hôte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ID of %1&gt;</source>
        <translation>&lt;ID de %1&gt;</translation>
    </message>
    <message>
        <source>stdin: a tar of the Dockerfile and %1, made on this machine from the files beside the project file</source>
        <translation>stdin : une archive tar du Dockerfile et de %1, créée sur cette machine à partir des fichiers situés à côté du fichier de projet</translation>
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
        <translation>p. ex. ubuntu:v1</translation>
    </message>
    <message>
        <source>New image name</source>
        <translation>Nom de la nouvelle image</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Ajouter l'image</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove image definition</source>
        <translation>Retirer la définition d'image</translation>
    </message>
    <message>
        <source>How hosts get the image</source>
        <translation>Comment les hôtes obtiennent l'image</translation>
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
        <translation>Utiliser le Dockerfile du &amp;guide</translation>
    </message>
    <message>
        <source>Use the guide's Dockerfile</source>
        <translation>Utiliser le Dockerfile du guide</translation>
    </message>
    <message>
        <source>Image on this machine</source>
        <translation>Image sur cette machine</translation>
    </message>
    <message>
        <source>Hosts that lack the image run docker pull: they need access to its registry.</source>
        <translation>Les hôtes qui n'ont pas l'image lancent docker pull : ils ont besoin d'accéder à son registre.</translation>
    </message>
    <message>
        <source>docker save runs here; the image goes compressed over each host's SSH connection into docker load. For hosts without internet.</source>
        <translation>docker save s'exécute ici ; l'image passe compressée par la connexion SSH de chaque hôte vers docker load. Pour les hôtes sans Internet.</translation>
    </message>
    <message>
        <source>Image on this &amp;machine:</source>
        <translation>Image sur cette &amp;machine :</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>le même nom</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>pull, not defined</source>
        <translation>pull, non définie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not used by any container.</source>
        <translation>%1 n'est utilisée par aucun conteneur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 est utilisée par %n conteneur.</numerusform>
            <numerusform>%1 est utilisée par %n conteneurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses an image yet. Add one to define it.</source>
        <translation>Aucun conteneur n'utilise encore d'image. Ajoutez-en une pour la définir.</translation>
    </message>
    <message>
        <source>Image '%1' %2.</source>
        <translation>L'image « %1 » %2.</translation>
    </message>
    <message>
        <source>Context files</source>
        <translation>Fichiers de contexte</translation>
    </message>
    <message>
        <source>Files beside the project file sent with the Dockerfile, so COPY can use them</source>
        <translation>Fichiers situés à côté du fichier de projet, envoyés avec le Dockerfile pour que COPY puisse les utiliser</translation>
    </message>
    <message>
        <source>Context file path</source>
        <translation>Chemin du fichier de contexte</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. files/motd</source>
        <translation>relatif au fichier de projet, p. ex. files/motd</translation>
    </message>
    <message>
        <source>Add Fi&amp;le</source>
        <translation>Ajouter un &amp;fichier</translation>
    </message>
    <message>
        <source>Add context file</source>
        <translation>Ajouter un fichier de contexte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose context files</source>
        <translation>Choisir des fichiers de contexte</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove context file</source>
        <translation>Retirer le fichier de contexte</translation>
    </message>
    <message>
        <source>Hosts that lack the image build it from this Dockerfile (docker build). The context files go with it, so COPY and ADD can use them.</source>
        <translation>Les hôtes qui n'ont pas l'image la construisent depuis ce Dockerfile (docker build). Les fichiers de contexte sont envoyés avec lui, pour que COPY et ADD puissent les utiliser.</translation>
    </message>
    <message>
        <source>&amp;Context files (beside the project file):</source>
        <translation>Fichiers de &amp;contexte (à côté du fichier de projet) :</translation>
    </message>
    <message>
        <source>Save the project first: context files are picked from the project file's folder.</source>
        <translation>Enregistrez d'abord le projet : les fichiers de contexte sont choisis dans le dossier du fichier de projet.</translation>
    </message>
    <message>
        <source>Pick files in %1</source>
        <translation>Choisir des fichiers dans %1</translation>
    </message>
    <message>
        <source>%1 (not found beside the project file)</source>
        <translation>%1 (introuvable à côté du fichier de projet)</translation>
    </message>
    <message>
        <source>%1 is outside the project file's folder (%2): copy it there first, so the project and its files travel together.</source>
        <translation>%1 est hors du dossier du fichier de projet (%2) : copiez-le d'abord dans ce dossier, pour que le projet et ses fichiers restent ensemble.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>Le fichier de contexte « %1 » de l'image %2 %3.</translation>
    </message>
    <message>
        <source>Context Files</source>
        <translation>Fichiers de contexte</translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation>aucun fichier PID n'est apparu ; le démon n'a pas démarré.</translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation>Consultez les journaux situés à côté.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossible d'écrire : %1</translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation>Construction de l'image %1 à partir de busybox-static</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation>Installez busybox-static.</translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation>impossible de copier busybox dans l'image.</translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation>Démarrage d'un moteur Docker</translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation>n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation>Installez docker.io.</translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation>n'est pas devenu prêt ; voir %1.</translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation>Démarrage de l'hôte %1 à l'adresse %2</translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation>ces programmes sont absents : %1.</translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation>Installez-les avec .ci/install-deps.sh.</translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation>Création du pont underlay %1 (%2/24)</translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation>n'est pas une image du moteur Docker local.</translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation>Importez-la ou construisez-la d'abord, ou omettez l'image pour utiliser %1.</translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation>ne répond pas en SSH sur %1:22.</translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation>Voir %1/log/sshd.log.</translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation>la création d'hôtes simulés nécessite les droits root (espaces de noms réseau, Open vSwitch).</translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation>Lancez-la en root, p. ex. avec sudo.</translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation>doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation>un labo est déjà lancé.</translation>
    </message>
    <message>
        <source>Run 'lab down' first.</source>
        <translation>Lancez d'abord « lab down ».</translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation>%1 existe déjà : un autre labo est lancé.</translation>
    </message>
    <message>
        <source>Take it down with 'lab down' (with its --run-dir) first.</source>
        <translation>Arrêtez-le d'abord avec « lab down » (avec son --run-dir).</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>impossible de créer.</translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation>aucun labo n'est lancé ici.</translation>
    </message>
    <message>
        <source>Start one with 'lab up'.</source>
        <translation>Démarrez-en un avec « lab up ».</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>est endommagé.</translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation>Supprimez à la main les espaces de noms oslab-h* et le pont %1.</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: no start time was recorded for it, so it cannot be told from another process with that PID</source>
        <translation>le processus %1 (%2) a été laissé en cours d'exécution : aucune heure de démarrage n'a été enregistrée pour lui, il est donc impossible de le distinguer d'un autre processus ayant ce PID</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: it started at another time than the lab's, so it is not the lab's</source>
        <translation>le processus %1 (%2) a été laissé en cours d'exécution : il a démarré à un autre moment que le labo, il n'appartient donc pas au labo</translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation>Arrêt de l'hôte %1</translation>
    </message>
    <message>
        <source>namespace '%1' was left alone: it is not a lab name</source>
        <translation>l'espace de noms « %1 » n'a pas été touché : ce n'est pas un nom du labo</translation>
    </message>
    <message>
        <source>link '%1' was left alone: it is not a lab name</source>
        <translation>le lien « %1 » n'a pas été touché : ce n'est pas un nom du labo</translation>
    </message>
    <message>
        <source>%1 was left alone: it is not below the lab's run directory %2</source>
        <translation>%1 n'a pas été touché : il ne se trouve pas sous le répertoire d'exécution %2 du labo</translation>
    </message>
    <message>
        <source>link '%1' was left alone: the lab's bridge is %2</source>
        <translation>le lien « %1 » n'a pas été touché : le pont du labo est %2</translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation>Arrêt du moteur Docker démarré par le labo</translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation>le labo est arrêté, mais : %1</translation>
    </message>
    <message>
        <source>its sshd is not running.</source>
        <translation>son sshd ne tourne pas.</translation>
    </message>
    <message>
        <source>is not a host of the lab in %1.</source>
        <translation>n'est pas un hôte du labo dans %1.</translation>
    </message>
    <message>
        <source>its sshd runs already.</source>
        <translation>son sshd tourne déjà.</translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation>Hôtes du labo local.</translation>
    </message>
    <message>
        <source>Rolling back also failed: %1</source>
        <translation>L'annulation a elle aussi échoué : %1</translation>
    </message>
</context>
<context>
    <name>studio::LabCli</name>
    <message>
        <source>Number of hosts (up).</source>
        <translation>Nombre d'hôtes (up).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Container image the lab provides (up); default: build %1 from busybox-static.</source>
        <translation>Image de conteneur fournie par le labo (up) ; par défaut : construire %1 à partir de busybox-static.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab's (up).</source>
        <translation>Écrire une topologie dont les hôtes sont ceux du labo (up).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation>Où le labo conserve son état.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation>Où le labo conserve ses clés SSH (réutilisées).</translation>
    </message>
    <message>
        <source>known_hosts file to record the lab's host keys in.</source>
        <translation>Fichier known_hosts dans lequel enregistrer les clés d'hôte du labo.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Afficher l'état en JSON.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation>usage : overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation>--hosts attend un nombre.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation>Le labo est lancé en %1 s : %2 hôtes, image %3.</translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation>Clé SSH : %1</translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation>Clés d'hôte : %1 (également enregistrées dans %2)</translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation>Passerelle underlay (cette machine) : %1</translation>
    </message>
    <message>
        <source>Topology with the lab's hosts: %1</source>
        <translation>Topologie avec les hôtes du labo : %1</translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation>Le labo est arrêté.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation>DÉGRADÉ : espace de noms %1, SSH %2, arrêtés : %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>lab: unknown action '%1'; use up, down or status.</source>
        <translation>lab : action inconnue « %1 » ; utilisez up, down ou status.</translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message>
        <source>%1: a multi-host container overlay with Open vSwitch, VXLAN and Docker</source>
        <translation>%1 : un overlay de conteneurs multi-hôtes avec Open vSwitch, VXLAN et Docker</translation>
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
        <translation>Open vSwitch (OVS) est un commutateur virtuel pour les réseaux définis par logiciel. VXLAN (Virtual Extensible LAN) transporte des trames Ethernet dans des paquets UDP sur un réseau IP, ce qui permet à un réseau de couche 2 de s'étendre sur plusieurs hôtes. Ensemble, ils permettent à des conteneurs Docker sur des hôtes différents de communiquer comme s'ils partageaient un même commutateur, chaque réseau étant isolé par son propre identifiant de réseau VXLAN (VNI).</translation>
    </message>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>Ce guide construit la topologie **%1** à la main : %n hôte, </numerusform>
            <numerusform>Ce guide construit la topologie **%1** à la main : %n hôtes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>%n pont, </numerusform>
            <numerusform>%n ponts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>%n conteneur </numerusform>
            <numerusform>%n conteneurs </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>et %n tunnel VXLAN</numerusform>
            <numerusform>et %n tunnels VXLAN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> transportant %n réseau (VNI).</numerusform>
            <numerusform> transportant %n réseaux (VNI).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command below is the one OverlayStudio runs; each is safe to run again.</source>
        <translation>Chaque commande ci-dessous est celle qu'exécute OverlayStudio ; chacune peut être relancée sans risque.</translation>
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
        <translation>Le diagramme sous forme de dessin : [%1](%2).</translation>
    </message>
    <message>
        <source>%1 (gateway %2 on %3)</source>
        <translation>%1 (passerelle %2 sur %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Ponts</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>(cet hôte uniquement)</translation>
    </message>
    <message>
        <source>The networks: bridges joined by VXLAN tunnels form one layer-2 network, named by its VNI. Networks are isolated from each other unless the design routes between them.</source>
        <translation>Les réseaux : des ponts reliés par des tunnels VXLAN forment un réseau de couche 2, nommé d'après son VNI. Les réseaux sont isolés les uns des autres, sauf si la conception prévoit un routage entre eux.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sous-réseau</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Linux hosts that reach each other over IP: %1%2.</source>
        <translation>Des hôtes Linux qui se joignent en IP : %1%2.</translation>
    </message>
    <message>
        <source>, with UDP port %1 open between them</source>
        <translation>, avec le port UDP %1 ouvert entre eux</translation>
    </message>
    <message>
        <source>On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and %6.</source>
        <translation>Sur chaque hôte : Docker (%1), Open vSwitch (%2, qui fournit %3 et %4), %5 et %6.</translation>
    </message>
    <message>
        <source>A shell as root on each host (%1): every command below runs as root.</source>
        <translation>Un shell root sur chaque hôte (%1) : toutes les commandes ci-dessous s'exécutent en root.</translation>
    </message>
    <message>
        <source>The container image(s) %1 on the hosts that run containers (%2, or build them).</source>
        <translation>La ou les images de conteneur %1 sur les hôtes qui exécutent des conteneurs (%2, ou construisez-les).</translation>
    </message>
    <message>
        <source>Hosts without the Open vSwitch kernel module use its userspace datapath (%1), as the design says for them; their underlay address must sit on an OVS bridge holding the NIC.</source>
        <translation>Les hôtes sans le module noyau Open vSwitch utilisent son datapath en espace utilisateur (%1), comme le prévoit la conception pour eux ; leur adresse underlay doit se trouver sur un pont OVS qui contient la carte réseau.</translation>
    </message>
    <message>
        <source>Step %1: build %2</source>
        <translation>Étape %1 : construire %2</translation>
    </message>
    <message>
        <source>Nothing to do on %1: it has no bridges or containers.</source>
        <translation>Rien à faire sur %1 : il n'a ni pont ni conteneur.</translation>
    </message>
    <message>
        <source>On %1, as root, in this order:</source>
        <translation>Sur %1, en root, dans cet ordre :</translation>
    </message>
    <message>
        <source>Step %1: test it</source>
        <translation>Étape %1 : tester</translation>
    </message>
    <message>
        <source>There are no two containers plugged into bridges to ping between.</source>
        <translation>Il n'y a pas deux conteneurs raccordés à des ponts entre lesquels lancer un ping.</translation>
    </message>
    <message>
        <source>Ping from each container to the others. Within a network (one VNI) the pings must get replies; between networks they must fail: each VNI is its own isolated network, unless the design routes between them.</source>
        <translation>Lancez un ping de chaque conteneur vers les autres. Au sein d'un réseau (un VNI), les pings doivent recevoir une réponse ; entre réseaux, ils doivent échouer : chaque VNI est un réseau isolé, sauf si la conception prévoit un routage entre eux.</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Exécuter sur</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>On %1, these must get replies:</source>
        <translation>Sur %1, ceux-ci doivent recevoir une réponse :</translation>
    </message>
    <message>
        <source>On %1, these must fail (100% packet loss):</source>
        <translation>Sur %1, ceux-ci doivent échouer (100 % de perte de paquets) :</translation>
    </message>
    <message>
        <source>same host, switched by its bridge</source>
        <translation>même hôte, commuté par son pont</translation>
    </message>
    <message>
        <source>VNI %1 via %2</source>
        <translation>VNI %1 via %2</translation>
    </message>
    <message>
        <source>routed by the design, then %1</source>
        <translation>routé par la conception, puis %1</translation>
    </message>
    <message>
        <source>same network, %1</source>
        <translation>même réseau, %1</translation>
    </message>
    <message>
        <source>The MTU check</source>
        <translation>La vérification de la MTU</translation>
    </message>
    <message>
        <source>VXLAN adds %1 bytes to every frame: %2. So the containers' packets may be at most %3 bytes, and the bridges and containers here use MTU %4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that must not be fragmented passes; one byte more is refused.</source>
        <translation>VXLAN ajoute %1 octets à chaque trame : %2. Les paquets des conteneurs peuvent donc faire au plus %3 octets, et les ponts et conteneurs utilisent ici une MTU de %4. Un ping de %5 octets de données (plus 8 pour ICMP et 20 pour IP : %4) qui ne doit pas être fragmenté passe ; un octet de plus est refusé.</translation>
    </message>
    <message>
        <source>The first prints %1, the second gets a reply, the third fails with "message too long". (%2 needs iputils ping; BusyBox's ping has no %2.)</source>
        <translation>Le premier affiche %1, le deuxième reçoit une réponse, le troisième échoue avec « message too long ». (%2 nécessite le ping d'iputils ; le ping de BusyBox n'a pas %2.)</translation>
    </message>
    <message>
        <source>Step %1: what a ping looks like on the wire</source>
        <translation>Étape %1 : à quoi ressemble un ping sur le fil</translation>
    </message>
    <message>
        <source>One echo request from %1 to %2 (%3), step by step:</source>
        <translation>Une requête echo de %1 vers %2 (%3), étape par étape :</translation>
    </message>
    <message>
        <source>On the underlay between %1 and %2 the frame has these headers (see them for real with %3 on %1):</source>
        <translation>Sur l'underlay entre %1 et %2, la trame porte ces en-têtes (voyez-les en vrai avec %3 sur %1) :</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Step %1: remove it all</source>
        <translation>Étape %1 : tout supprimer</translation>
    </message>
    <message>
        <source>On each host, as root: this removes the containers, firewall rules and bridges this topology made, and nothing else (each is checked for the topology's tag first).</source>
        <translation>Sur chaque hôte, en root : ceci supprime les conteneurs, règles de pare-feu et ponts créés par cette topologie, et rien d'autre (le marquage de la topologie est d'abord vérifié pour chacun).</translation>
    </message>
</context>
<context>
    <name>studio::LabGuideExport</name>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>impossible de créer.</translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation>Recherche d'un labo local...</translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation>Labo local</translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation>un labo est lancé, mais %1.</translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation>il a moins de %1 hôtes</translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation>ces hôtes ne fonctionnent pas : %1</translation>
    </message>
    <message>
        <source>Take it down with '%1' and try again.</source>
        <translation>Arrêtez-le avec « %1 » et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>Le labo local était déjà lancé : %n hôte.</numerusform>
            <numerusform>Le labo local était déjà lancé : %n hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation>Le labo local est lancé : %1.</translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation>Impossible de démarrer le labo local</translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation>L'exemple prévu pour lui est ouvert. Le déployer sur le labo maintenant ?</translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and '%1' takes the lab down.</source>
        <translation>Quand vous avez terminé, Déployer &gt; Démonter supprime ce qui a été créé, et « %1 » arrête le labo.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation>Le labo local nécessite les droits root</translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation>Le labo local simule des hôtes sur cette machine : il crée des espaces de noms réseau, démarre Open vSwitch et un serveur SSH pour chaque hôte et ajoute une règle de pare-feu. Cela nécessite les droits root, et OverlayStudio tourne en tant qu'utilisateur normal.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Démarrez un labo à deux hôtes dans un terminal :&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;puis ouvrez l'exemple prévu pour lui (Aide &amp;gt; Ouvrir un exemple &amp;gt; Deux hôtes sur le labo local) et déployez-le avec Déployer &amp;gt; Appliquer. Quand vous avez terminé :&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation>&amp;Ouvrir l'exemple du labo</translation>
    </message>
</context>
<context>
    <name>studio::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
</context>
<context>
    <name>studio::LocalCommand</name>
    <message>
        <source>could not start: %1.</source>
        <translation>n'a pas pu démarrer : %1.</translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation>Installez le programme (voir .ci/install-deps.sh).</translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation>ne s'est pas terminé en %1 s.</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>a échoué avec le code de sortie %1 : %2</translation>
    </message>
</context>
<context>
    <name>studio::LocalImageStream</name>
    <message>
        <source>image %1 on this machine</source>
        <translation>image %1 sur cette machine</translation>
    </message>
    <message>
        <source>Check that Docker runs here and that "docker image ls" lists the image.</source>
        <translation>Vérifiez que Docker tourne ici et que « docker image ls » liste l'image.</translation>
    </message>
    <message>
        <source>docker cannot be started here: %1</source>
        <translation>docker ne peut pas être lancé ici : %1</translation>
    </message>
    <message>
        <source>this machine does not have it (%1).</source>
        <translation>cette machine ne l'a pas (%1).</translation>
    </message>
    <message>
        <source>docker save cannot be started: %1</source>
        <translation>docker save ne peut pas être lancé : %1</translation>
    </message>
    <message>
        <source>gzip cannot be started: %1</source>
        <translation>gzip ne peut pas être lancé : %1</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>annulé.</translation>
    </message>
    <message>
        <source>docker save produced nothing for 5 minutes.</source>
        <translation>docker save n'a rien produit pendant 5 minutes.</translation>
    </message>
    <message>
        <source>docker save failed: %1</source>
        <translation>docker save a échoué : %1</translation>
    </message>
    <message>
        <source>gzip failed: %1</source>
        <translation>gzip a échoué : %1</translation>
    </message>
    <message>
        <source>docker image inspect gave no image ID (%1).</source>
        <translation>docker image inspect n'a donné aucun ID d'image (%1).</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty topology</source>
        <translation>Commencer une nouvelle topologie vide</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>Ouvrir un fichier de topologie</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the topology</source>
        <translation>Enregistrer la topologie</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>Exporter en &amp;image...</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation>Exporter le &amp;plan...</translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation>Exporter les scripts par hôte vers</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Aligner sur la &amp;grille</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Dé&amp;ployer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation>Ajouter un &amp;hôte ici</translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation>Ajouter un &amp;pont ici</translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation>Ajouter un c&amp;onteneur ici</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagramme exporté vers %1</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Impossible d'exporter le plan</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>%n script écrit dans %1</numerusform>
            <numerusform>%n scripts écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation>%1[*] - OverlayStudio</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation>%1 : %2 hôtes, %3 ponts, %4 conteneurs, %5 liens ; %6 erreurs, %7 avertissements</translation>
    </message>
    <message>
        <source>&amp;Images…</source>
        <translation>&amp;Images…</translation>
    </message>
    <message>
        <source>How hosts that lack an image get it: pull, build or copy</source>
        <translation>Comment les hôtes sans une image l'obtiennent : télécharger, construire ou copier</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
</context>
<context>
    <name>studio::Monitor</name>
    <message>
        <source>is already being monitored.</source>
        <translation>est déjà surveillé.</translation>
    </message>
    <message>
        <source>Stop monitoring first.</source>
        <translation>Arrêtez d'abord la surveillance.</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalle</translation>
    </message>
    <message>
        <source>must be from 0.2 to 60 seconds, not %1.</source>
        <translation>doit être compris entre 0,2 et 60 secondes, et non %1.</translation>
    </message>
    <message>
        <source>Fix the topology's errors first: only a valid topology can be deployed and monitored.</source>
        <translation>Corrigez d'abord les erreurs de la topologie : seule une topologie valide peut être déployée et surveillée.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCli</name>
    <message>
        <source>Seconds between samples (0.2 to 60).</source>
        <translation>Secondes entre deux mesures (0,2 à 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Stop after this many intervals (default: run until Ctrl+C).</source>
        <translation>S'arrêter après ce nombre d'intervalles (par défaut : jusqu'à Ctrl+C).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>CSV with a header line.</source>
        <translation>CSV avec une ligne d'en-tête.</translation>
    </message>
    <message>
        <source>Cap on the container pairs pinged.</source>
        <translation>Nombre maximal de paires de conteneurs pingées.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>Fichier known_hosts avec lequel vérifier les clés d'hôte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Faire confiance aux clés d'hôte jamais vues (les clés modifiées sont toujours refusées).</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>Le fichier de topologie.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation>usage : overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known: %3 %4.%5</source>
        <translation>La clé d'hôte de %1 (%2) n'est pas connue : %3 %4.%5</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> Acceptée (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Not trusted: run 'status' or 'apply' once to confirm it, or pass --accept-new-host-keys.</source>
        <translation> Non acceptée : lancez une fois « status » ou « apply » pour la confirmer, ou passez --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. Ctrl+C stops.</source>
        <translation>Surveillance de %1 : %2 hôte(s), %3 sonde(s) ping, toutes les %4 s. Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Stopping: ending the remote pings...</source>
        <translation>Arrêt : fin des pings distants...</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCsv</name>
    <message>
        <source>could not be written: %1</source>
        <translation>n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Check the free space and choose a folder you may write to.</source>
        <translation>Vérifiez l'espace disque libre et choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Monitor tools</source>
        <translation>Outils de surveillance</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stop drawing new samples (recording goes on); press again to catch up</source>
        <translation>Ne plus tracer les nouvelles mesures (l'enregistrement continue) ; appuyez à nouveau pour rattraper</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Keep the newest samples in view (zooming or panning a graph stops following; End or a double click on a graph comes back)</source>
        <translation>Garder les mesures les plus récentes en vue (zoomer ou déplacer un graphique arrête le suivi ; Fin ou un double-clic sur un graphique le reprend)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre :</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
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
        <translation>&amp;Débit en :</translation>
    </message>
    <message>
        <source>Throughput unit</source>
        <translation>Unité de débit</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>paquets/s</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Recorded Samples as &amp;CSV...</source>
        <translation>Mesures enregistrées en &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Round-Trip Graph as PNG or SVG...</source>
        <translation>Graphique des temps d'aller-&amp;retour en PNG ou SVG...</translation>
    </message>
    <message>
        <source>&amp;Bit Rate Graph as PNG or SVG...</source>
        <translation>Graphique du débit en &amp;bits en PNG ou SVG...</translation>
    </message>
    <message>
        <source>P&amp;acket Rate Graph as PNG or SVG...</source>
        <translation>Graphique du débit en p&amp;aquets en PNG ou SVG...</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>État de la surveillance</translation>
    </message>
    <message>
        <source>Problems found by monitoring</source>
        <translation>Problèmes détectés par la surveillance</translation>
    </message>
    <message>
        <source>What the graphs show</source>
        <translation>Ce que montrent les graphiques</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Tout &amp;afficher</translation>
    </message>
    <message>
        <source>Show all graphs</source>
        <translation>Afficher tous les graphiques</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Temps d'aller-retour</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Monitoring.</source>
        <translation>Surveillance en cours.</translation>
    </message>
    <message>
        <source>Not monitoring. Apply the topology, then start monitoring (Deploy menu).</source>
        <translation>Pas de surveillance. Appliquez la topologie, puis démarrez la surveillance (menu Déployer).</translation>
    </message>
    <message>
        <source>Paused: samples are still recorded; press Pause again to draw them.</source>
        <translation>En pause : les mesures sont toujours enregistrées ; appuyez à nouveau sur Pause pour les tracer.</translation>
    </message>
    <message>
        <source>Nothing is watched yet.</source>
        <translation>Rien n'est encore surveillé.</translation>
    </message>
    <message>
        <source>Showing the ping %1 and the links it crosses.</source>
        <translation>Affichage du ping %1 et des liens qu'il traverse.</translation>
    </message>
    <message>
        <source>Showing every ping and link. Select a host, container or link on the canvas to see its own graphs.</source>
        <translation>Affichage de tous les pings et liens. Sélectionnez un hôte, un conteneur ou un lien dans la zone de dessin pour voir ses propres graphiques.</translation>
    </message>
    <message>
        <source>an object added after monitoring began</source>
        <translation>un objet ajouté après le début de la surveillance</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Affichage de %1.</translation>
    </message>
    <message>
        <source>No graphs for %1 yet.</source>
        <translation>Pas encore de graphiques pour %1.</translation>
    </message>
    <message>
        <source>Median round trip: %1 through the tunnel, %2 on the underlay beneath it (the tunnel adds %3).</source>
        <translation>Aller-retour médian : %1 à travers le tunnel, %2 sur l'underlay en dessous (le tunnel ajoute %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation>
            <numerusform>%n problème : </numerusform>
            <numerusform>%n problèmes : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the table)</source>
        <translation>
            <numerusform>(%n autre dans le tableau)</numerusform>
            <numerusform>(%n autres dans le tableau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Start monitoring first.</source>
        <translation>Démarrez d'abord la surveillance.</translation>
    </message>
    <message>
        <source>Export Recorded Samples</source>
        <translation>Exporter les mesures enregistrées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The longest time the graphs show while following; a shorter recording fills them from its start</source>
        <translation>La durée la plus longue que les graphiques montrent en suivant ; un enregistrement plus court les remplit depuis son début</translation>
    </message>
</context>
<context>
    <name>studio::MonitorPlot</name>
    <message>
        <source>no reply</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1
%2  %3</source>
        <translation>%1
%2  %3</translation>
    </message>
    <message>
        <source>Graph recorded by OverlayStudio</source>
        <translation>Graphique enregistré par OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>n'a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, et un nom en .png ou .svg.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message>
        <source>Monitored objects</source>
        <translation>Objets surveillés</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>A probe's last round-trip time; a link's or container's current rates (→ sent, ← received)</source>
        <translation>Le dernier temps d'aller-retour d'une sonde ; les débits actuels d'un lien ou d'un conteneur (→ envoyé, ← reçu)</translation>
    </message>
    <message>
        <source>90% of the round trips were at most this long</source>
        <translation>90 % des allers-retours ont duré au plus ce temps</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>VNI %1: %2</source>
        <translation>VNI %1 : %2</translation>
    </message>
    <message>
        <source>Pings</source>
        <translation>Pings</translation>
    </message>
    <message>
        <source>Ping between the hosts' underlay addresses: what the tunnels ride on</source>
        <translation>Ping entre les adresses underlay des hôtes : ce sur quoi reposent les tunnels</translation>
    </message>
    <message>
        <source>Ping from %1 to %2 through the overlay</source>
        <translation>Ping de %1 vers %2 à travers l'overlay</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>clé d'hôte refusée</translation>
    </message>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>%n ping perdu sur %1 dans la fenêtre</numerusform>
            <numerusform>%n pings perdus sur %1 dans la fenêtre</numerusform>
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
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <source>Unknown: %1 is unreachable.</source>
        <translation>Inconnu : %1 est injoignable.</translation>
    </message>
    <message>
        <source>%1 has no bridge %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 n'a pas de pont %2 : la topologie n'y est pas appliquée. Appliquez-la d'abord.</translation>
    </message>
    <message>
        <source>%1 runs but has no port on its bridge (it was restarted after the apply?). Apply the topology again.</source>
        <translation>%1 tourne mais n'a pas de port sur son pont (a-t-il été redémarré après l'application ?). Appliquez à nouveau la topologie.</translation>
    </message>
    <message>
        <source>%1 on %2 is not running (%3).</source>
        <translation>%1 sur %2 n'est pas en cours d'exécution (%3).</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 n'existe pas sur %2 : la topologie n'y est pas appliquée. Appliquez-la d'abord.</translation>
    </message>
    <message>
        <source>%1: the ping stopped: %2</source>
        <translation>%1 : le ping s'est arrêté : %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no answer to the last %2 pings.</source>
        <translation>%1 : aucune réponse aux %2 derniers pings.</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 pings lost.</source>
        <translation>%1 : %2 des %3 derniers pings perdus.</translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message>
        <source>Monitoring the topology as it was when monitoring started; the design has changed since. Apply it and monitoring restarts.</source>
        <translation>La surveillance porte sur la topologie telle qu'elle était au démarrage de la surveillance ; la conception a changé depuis. Appliquez-la et la surveillance redémarre.</translation>
    </message>
    <message>
        <source>Start &amp;Monitoring</source>
        <translation>Démarrer la &amp;surveillance</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>toolbar button: start monitoring</comment>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Watch the deployed topology: pings between containers and hosts, traffic on every link and container, the state of every object</source>
        <translation>Surveiller la topologie déployée : pings entre conteneurs et hôtes, trafic sur chaque lien et chaque conteneur, état de chaque objet</translation>
    </message>
    <message>
        <source>Stop M&amp;onitoring</source>
        <translation>Arrêter la s&amp;urveillance</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>toolbar button: stop monitoring</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the pings and counter reads on every host</source>
        <translation>Arrêter les pings et la lecture des compteurs sur chaque hôte</translation>
    </message>
    <message>
        <source>Monitor After &amp;Apply</source>
        <translation>Surveiller après &amp;Appliquer</translation>
    </message>
    <message>
        <source>Start monitoring by itself after every successful Apply</source>
        <translation>Démarrer la surveillance automatiquement après chaque Appliquer réussi</translation>
    </message>
    <message>
        <source>There is nothing to monitor: the topology has no hosts.</source>
        <translation>Il n'y a rien à surveiller : la topologie n'a aucun hôte.</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>Surveillance impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>Surveillance de %1 depuis %2 : %n ping toutes les %3 s.</numerusform>
            <numerusform>Surveillance de %1 depuis %2 : %n pings toutes les %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring %1.</source>
        <translation>Surveillance de %1.</translation>
    </message>
    <message>
        <source>Stopping the probes on every host...</source>
        <translation>Arrêt des sondes sur chaque hôte...</translation>
    </message>
    <message>
        <source>Now: %1 from %2, %3 from %4</source>
        <translation>Actuel : %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Monitoring stopped at %1. What was recorded stays here until the next start; export it from the Export menu.</source>
        <translation>Surveillance arrêtée à %1. Les mesures enregistrées restent ici jusqu'au prochain démarrage ; exportez-les depuis le menu Exporter.</translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains a space</source>
        <translation>contient une espace</translation>
    </message>
    <message>
        <source>contains '%1'</source>
        <translation>contient « %1 »</translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation>contient le caractère U+%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>; use only letters, digits, '_', '.' and '-'</source>
        <translation>; utilisez uniquement des lettres, des chiffres, « _ », « . » et « - »</translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation>fait %1 caractères ; %2 en autorise au plus %3</translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation>est trop court ; %1 exige au moins %2 caractères</translation>
    </message>
    <message>
        <source>starts with '%1'; start with a letter or digit</source>
        <translation>commence par « %1 » ; commencez par une lettre ou un chiffre</translation>
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
        <translation>fait %1 caractères ; Docker en autorise au plus 255</translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation>; une image s'écrit par exemple ubuntu:v1 ou registry:5000/team/app:1.2</translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation>n'est pas une référence d'image Docker ; écrivez-la par exemple ubuntu:v1 (nom en minuscules, :tag facultatif)</translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', starting with a letter</source>
        <translation>n'est pas un nom d'utilisateur valide ; utilisez jusqu'à 32 lettres minuscules, chiffres, « _ » ou « - », en commençant par une lettre</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation>n'est pas une adresse IPv4 valide (quatre nombres de 0 à 255, p. ex. 192.168.0.8)</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>n'est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation>n'est ni une adresse IP ni un nom d'hôte</translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message>
        <source>is not plugged into a bridge, so no packet can leave or reach it.</source>
        <translation>n'est raccordé à aucun pont : aucun paquet ne peut en partir ni l'atteindre.</translation>
    </message>
    <message>
        <source>Connect the container to a bridge.</source>
        <translation>Raccordez le conteneur à un pont.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 sends on %2</source>
        <translation>%1 envoie sur %2</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so it is on-link: %1 asks for its MAC address with ARP and sends the frame straight to it, out of %5 (MTU %6).</source>
        <translation>%1 (%2) envoie un ping à %3. %3 se trouve dans %4, le réseau de son interface %5 : il est donc directement joignable (on-link). %1 demande son adresse MAC par ARP et lui envoie la trame directement, par %5 (MTU %6).</translation>
    </message>
    <message>
        <source>the frame for %1</source>
        <translation>la trame pour %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
    <message>
        <source>%1 sends to its gateway</source>
        <translation>%1 envoie à sa passerelle</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so its default route sends the packet to gateway %6: the frame goes to the gateway's MAC address (learned with ARP), out of %5 (MTU %7).</source>
        <translation>%1 (%2) envoie un ping à %3. %3 est hors de %4, le réseau de son interface %5 : sa route par défaut envoie donc le paquet à la passerelle %6. La trame part vers l'adresse MAC de la passerelle (apprise par ARP), par %5 (MTU %7).</translation>
    </message>
    <message>
        <source>No gateway answers</source>
        <translation>Aucune passerelle ne répond</translation>
    </message>
    <message>
        <source>No bridge of %1's network has the gateway address %2: its ARP request goes unanswered and the packet is never sent.</source>
        <translation>Aucun pont du réseau de %1 n'a l'adresse de passerelle %2 : sa requête ARP reste sans réponse et le paquet n'est jamais envoyé.</translation>
    </message>
    <message>
        <source>Set %1's gateway to the gateway address of its bridge.</source>
        <translation>Réglez la passerelle de %1 sur l'adresse de passerelle de son pont.</translation>
    </message>
    <message>
        <source>the frame for gateway %1</source>
        <translation>la trame pour la passerelle %1</translation>
    </message>
    <message>
        <source>%1 takes it in on %2</source>
        <translation>%1 la reçoit sur %2</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 finds %5 in %6, the network of its bridge %7, and would forward it out of %8.</source>
        <translation>Le port passerelle %1 de %2 (%3) remet le paquet à la pile IP de %4. %4 trouve %5 dans %6, le réseau de son pont %7, et le ferait sortir par %8.</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, which looks for a route to %5.</source>
        <translation>Le port passerelle %1 de %2 (%3) remet le paquet à la pile IP de %4, qui cherche une route vers %5.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2. Its default route would send the packet out to the underlay, masqueraded by the NAT of %3, where nobody knows %2: it is lost.</source>
        <translation>%1 n'a aucun réseau contenant %2. Sa route par défaut enverrait le paquet vers l'underlay, masqué par le NAT de %3, où personne ne connaît %2 : il est perdu.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2 and no route to it: the packet is dropped.</source>
        <translation>%1 n'a aucun réseau contenant %2 ni de route vers lui : le paquet est abandonné.</translation>
    </message>
    <message>
        <source>No route on %1</source>
        <translation>Aucune route sur %1</translation>
    </message>
    <message>
        <source>Put both containers on one network (the same VNI), or give %1 a bridge in %2's network and set routing on both bridges.</source>
        <translation>Placez les deux conteneurs dans un même réseau (le même VNI), ou donnez à %1 un pont dans le réseau de %2 et activez le routage sur les deux ponts.</translation>
    </message>
    <message>
        <source>Isolation of %1 drops it</source>
        <translation>L'isolation de %1 l'abandonne</translation>
    </message>
    <message>
        <source>The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not a reply) drops it. The networks are isolated%4, and the design does not route between %5 and %1.</source>
        <translation>La règle d'isolation de %1 sur %2 (table mangle, FORWARD : sortant de %3 et pas une réponse) l'abandonne. Les réseaux sont isolés%4, et la conception ne prévoit pas de routage entre %5 et %1.</translation>
    </message>
    <message>
        <source>: the VNIs differ (%1 and %2)</source>
        <translation>, car les VNI diffèrent (%1 et %2)</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 of %3 (and on every host that has both networks), or put the containers on the same VNI.</source>
        <translation>Activez le routage sur %1 et %2 de %3 (et sur chaque hôte qui a les deux réseaux), ou placez les conteneurs sur le même VNI.</translation>
    </message>
    <message>
        <source>%1 routes it out of %2</source>
        <translation>%1 le route et le fait sortir par %2</translation>
    </message>
    <message>
        <source>Routing between %1 and %2 is part of the design: the rule that lets %3 into %4 comes before the isolation rule. The TTL drops to 63 and the frame leaves %4 with the gateway port's MAC address as its source.</source>
        <translation>Le routage entre %1 et %2 fait partie de la conception : la règle qui laisse entrer %3 dans %4 passe avant la règle d'isolation. Le TTL descend à 63 et la trame quitte %4 avec l'adresse MAC du port passerelle comme source.</translation>
    </message>
    <message>
        <source>%1 receives it on %2</source>
        <translation>%1 le reçoit sur %2</translation>
    </message>
    <message>
        <source>%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 and answers it with an echo reply, which takes the way back.</source>
        <translation>%1 commute la trame vers le port de %2 ; %2 (%3) reçoit la requête echo sur %4 et y répond par une réponse echo, qui fait le chemin inverse.</translation>
    </message>
    <message>
        <source>The echo request from %1 reaches %2.</source>
        <translation>La requête echo de %1 atteint %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 takes in %2 and looks for where it should go.</source>
        <translation>%1 reçoit %2 et cherche où l'envoyer.</translation>
    </message>
    <message>
        <source>No link to %1</source>
        <translation>Aucun lien vers %1</translation>
    </message>
    <message>
        <source>No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate networks even though their addresses look alike.</source>
        <translation>Aucun lien VXLAN ne relie %1 à %2, donc %3 ne quitte jamais %4 : ce sont des réseaux distincts, même si leurs adresses se ressemblent.</translation>
    </message>
    <message>
        <source>Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the other).</source>
        <translation>Reliez %1 et %2 par un lien VXLAN (faites glisser la poignée d'un pont vers l'autre).</translation>
    </message>
    <message>
        <source>%1 switches %2 from one of its ports to another: both ends are on this bridge, so the frame never leaves %3.</source>
        <translation>%1 commute %2 d'un de ses ports à un autre : les deux extrémités sont sur ce pont, la trame ne quitte donc jamais %3.</translation>
    </message>
    <message>
        <source>Outer Ethernet</source>
        <translation>Ethernet externe</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>MAC source</translation>
    </message>
    <message>
        <source>%1's underlay interface</source>
        <translation>l'interface underlay de %1</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>MAC de destination</translation>
    </message>
    <message>
        <source>the next hop to %1</source>
        <translation>le prochain saut vers %1</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>EtherType</translation>
    </message>
    <message>
        <source>Outer IPv6</source>
        <translation>IPv6 externe</translation>
    </message>
    <message>
        <source>Outer IPv4</source>
        <translation>IPv4 externe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Longueur de la charge utile</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Longueur totale</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Port source</translation>
    </message>
    <message>
        <source>from a hash of the inner headers</source>
        <translation>d'après un hachage des en-têtes internes</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Port de destination</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>0x08 (VNI present)</source>
        <translation>0x08 (VNI présent)</translation>
    </message>
    <message>
        <source>%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it learned that from earlier frames, or floods the first one), so it sends the frame there.</source>
        <translation>%1 reçoit %2 ; l'adresse MAC de la destination se trouve derrière son port VXLAN %3 (il l'a appris des trames précédentes, ou inonde la première), il y envoie donc la trame.</translation>
    </message>
    <message>
        <source>%1 wraps it in VXLAN, VNI %2</source>
        <translation>%1 l'encapsule en VXLAN, VNI %2</translation>
    </message>
    <message>
        <source>The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. The MTU arithmetic: %6.</source>
        <translation>Le port VXLAN %1 (key=%2, remote_ip=%3) place toute la trame Ethernet dans un paquet UDP vers %3, port %4, avec le VNI %2 dans l'en-tête VXLAN : %5 octets de plus. Le calcul de la MTU : %6.</translation>
    </message>
    <message>
        <source>The underlay carries it from %1 to %2</source>
        <translation>L'underlay le transporte de %1 à %2</translation>
    </message>
    <message>
        <source>%1 sends the UDP packet from %2 to %3 like any other; the routers in between see only the outer headers.</source>
        <translation>%1 envoie le paquet UDP de %2 à %3 comme n'importe quel autre ; les routeurs intermédiaires ne voient que les en-têtes externes.</translation>
    </message>
    <message>
        <source>%1 on %2 unwraps it</source>
        <translation>%1 sur %2 le désencapsule</translation>
    </message>
    <message>
        <source>On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers and hands the original frame to %6.</source>
        <translation>Sur %1, le port UDP %2 appartient à Open vSwitch. Le paquet vient de %3, le remote_ip de %4, avec le VNI %5, sa key : %4 le prend, retire les en-têtes externes et remet la trame d'origine à %6.</translation>
    </message>
    <message>
        <source>MTU %1 is too large for this tunnel</source>
        <translation>La MTU %1 est trop grande pour ce tunnel</translation>
    </message>
    <message>
        <source>%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger packets are lost. Lower the bridge's MTU to %3.</source>
        <translation>La MTU de %1 est %2, mais le tunnel transporte au plus %3 octets (%4) : les paquets plus grands sont perdus. Réduisez la MTU du pont à %3.</translation>
    </message>
    <message>
        <source>%1 learns the sender's MAC address behind %2 and switches the frame on.</source>
        <translation>%1 apprend l'adresse MAC de l'expéditeur derrière %2 et commute la trame.</translation>
    </message>
    <message>
        <source>Inner Ethernet</source>
        <translation>Ethernet interne</translation>
    </message>
    <message>
        <source>Inner IPv4</source>
        <translation>IPv4 interne</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>Requête echo ICMP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8 (requête echo)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>ping's timestamp and pattern</source>
        <translation>horodatage et motif de ping</translation>
    </message>
    <message>
        <source>%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)</source>
        <translation>%1 %2 %3 = %4 (%5 externe %6 + UDP %7 + VXLAN %8 + Ethernet interne %9)</translation>
    </message>
    <message>
        <source>is not a container.</source>
        <translation>n'est pas un conteneur.</translation>
    </message>
    <message>
        <source>Choose two containers, or one VXLAN link.</source>
        <translation>Choisissez deux conteneurs, ou un lien VXLAN.</translation>
    </message>
    <message>
        <source>would ping itself; that never leaves it.</source>
        <translation>se pinguerait lui-même ; cela ne le quitte jamais.</translation>
    </message>
    <message>
        <source>Choose two different containers.</source>
        <translation>Choisissez deux conteneurs différents.</translation>
    </message>
    <message>
        <source>the topology has errors, so its packets cannot be followed: %1</source>
        <translation>la topologie contient des erreurs, ses paquets ne peuvent donc pas être suivis : %1</translation>
    </message>
    <message>
        <source>is not a VXLAN link.</source>
        <translation>n'est pas un lien VXLAN.</translation>
    </message>
    <message>
        <source>Choose a link, or two containers.</source>
        <translation>Choisissez un lien, ou deux conteneurs.</translation>
    </message>
    <message>
        <source>has no container on %1 to send or receive a ping.</source>
        <translation>n'a aucun conteneur sur %1 pour envoyer ou recevoir un ping.</translation>
    </message>
    <message>
        <source>Plug a container into each end's bridge.</source>
        <translation>Raccordez un conteneur au pont de chaque extrémité.</translation>
    </message>
    <message>
        <source>the captured frame ends inside its %1 header.</source>
        <translation>la trame capturée s'arrête à l'intérieur de son en-tête %1.</translation>
    </message>
    <message>
        <source>Capture with a larger snap length (tcpdump -s 0).</source>
        <translation>Capturez avec une longueur de capture plus grande (tcpdump -s 0).</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>En-tête Linux cooked</translation>
    </message>
    <message>
        <source>the capture's link type %1 is not Ethernet.</source>
        <translation>le type de lien %1 de la capture n'est pas Ethernet.</translation>
    </message>
    <message>
        <source>Capture on the underlay interface itself.</source>
        <translation>Capturez directement sur l'interface underlay.</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (protocol %1).</source>
        <translation>le paquet capturé n'est pas de l'UDP (protocole %1).</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Limite de sauts</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (next header %1).</source>
        <translation>le paquet capturé n'est pas de l'UDP (en-tête suivant %1).</translation>
    </message>
    <message>
        <source>the captured frame is not IP (EtherType %1).</source>
        <translation>la trame capturée n'est pas de l'IP (EtherType %1).</translation>
    </message>
    <message>
        <source>the UDP payload is not VXLAN (flags 0x%1, no VNI).</source>
        <translation>la charge utile UDP n'est pas du VXLAN (drapeaux 0x%1, pas de VNI).</translation>
    </message>
    <message>
        <source>0x%1 (VNI present)</source>
        <translation>0x%1 (VNI présent)</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>Réponse echo ICMP</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0 (réponse echo)</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::PacketPathController</name>
    <message>
        <source>Save Capture</source>
        <translation>Enregistrer la capture</translation>
    </message>
    <message>
        <source>Packet capture (*.pcap)</source>
        <translation>Capture de paquets (*.pcap)</translation>
    </message>
    <message>
        <source>Packet Path</source>
        <translation>Chemin des paquets</translation>
    </message>
    <message>
        <source>Show &amp;Packet Path</source>
        <translation>Afficher le chemin des &amp;paquets</translation>
    </message>
    <message>
        <source>Follow one ping between the selected containers (or across the selected link): every hop, header and byte</source>
        <translation>Suivre un ping entre les conteneurs sélectionnés (ou à travers le lien sélectionné) : chaque saut, chaque en-tête, chaque octet</translation>
    </message>
    <message>
        <source>Capturing on %1: tcpdump on its underlay, then one ping from %2 to %3...</source>
        <translation>Capture sur %1 : tcpdump sur son underlay, puis un ping de %2 vers %3...</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>Impossible d'enregistrer la capture</translation>
    </message>
    <message>
        <source>Saved the captured packet to %1 (open it with Wireshark).</source>
        <translation>Paquet capturé enregistré dans %1 (ouvrez-le avec Wireshark).</translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>From container</source>
        <translation>Conteneur source</translation>
    </message>
    <message>
        <source>To container</source>
        <translation>Conteneur de destination</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>MTU arithmetic</source>
        <translation>Calcul de la MTU</translation>
    </message>
    <message>
        <source>Headers on the wire</source>
        <translation>En-têtes sur le fil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <source>&amp;Capture a Ping</source>
        <translation>&amp;Capturer un ping</translation>
    </message>
    <message>
        <source>On the deployed topology: send one ping and catch it on the underlay with tcpdump</source>
        <translation>Sur la topologie déployée : envoyer un ping et l'intercepter sur l'underlay avec tcpdump</translation>
    </message>
    <message>
        <source>Save Capt&amp;ure...</source>
        <translation>Enregistrer la capt&amp;ure...</translation>
    </message>
    <message>
        <source>Save the captured packet as a .pcap file Wireshark opens</source>
        <translation>Enregistrer le paquet capturé dans un fichier .pcap lisible par Wireshark</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Choose two containers, or select them (or a link) on the canvas and use Show Packet Path.</source>
        <translation>Choisissez deux conteneurs, ou sélectionnez-les (ou un lien) dans la zone de dessin et utilisez Afficher le chemin des paquets.</translation>
    </message>
    <message>
        <source>Dropped: %1 %2</source>
        <translation>Abandonné : %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTU:&lt;/b&gt; %1. The bridges use MTU %2%3.</source>
        <translation>&lt;b&gt;MTU :&lt;/b&gt; %1. Les ponts utilisent une MTU de %2%3.</translation>
    </message>
    <message>
        <source>, which fits</source>
        <translation>, ce qui convient</translation>
    </message>
    <message>
        <source>, which does NOT fit</source>
        <translation>, ce qui ne convient PAS</translation>
    </message>
    <message>
        <source>No tunnel: the frame stays on one host, so VXLAN adds nothing and the bridge's MTU is all there is.</source>
        <translation>Pas de tunnel : la trame reste sur un seul hôte, VXLAN n'ajoute donc rien et seule compte la MTU du pont.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1 : %n octet</numerusform>
            <numerusform>%1 : %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture failed: %1</source>
        <translation>Échec de la capture : %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>tcpdump sur %1 de %2 a intercepté %n paquet, mais pas la requête echo vers %3%4. La topologie est-elle déployée ?</numerusform>
            <numerusform>tcpdump sur %1 de %2 a intercepté %n paquets, mais pas la requête echo vers %3%4. La topologie est-elle déployée ?</numerusform>
        </translation>
    </message>
    <message>
        <source> (the ping got no reply)</source>
        <translation> (le ping n'a pas reçu de réponse)</translation>
    </message>
    <message>
        <source>Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; the design says %8%9). The ping %10.</source>
        <translation>Capturé sur %1 de %2 : de %3 vers %4, UDP %5 → %6, VNI %7 (lu dans le paquet ; la conception indique %8%9). Le ping %10.</translation>
    </message>
    <message>
        <source>: they differ!</source>
        <translation>, ce qui diffère !</translation>
    </message>
    <message>
        <source>got its reply</source>
        <translation>a reçu sa réponse</translation>
    </message>
    <message>
        <source>got no reply</source>
        <translation>n'a pas reçu de réponse</translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation>Sélectionnez d'abord un hôte : les ponts et les conteneurs sont ajoutés dans l'hôte sélectionné.</translation>
    </message>
</context>
<context>
    <name>studio::PaletteWidget</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>A machine running Open vSwitch and Docker; drop it anywhere.</source>
        <translation>Une machine avec Open vSwitch et Docker ; déposez-la où vous voulez.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation>Un pont Open vSwitch avec un port passerelle ; déposez-le dans un hôte.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation>Un conteneur Docker ; déposez-le dans un hôte, puis reliez-le à un pont.</translation>
    </message>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation>Entrée en ajoute un au milieu de la zone de dessin.</translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation>Entrée en ajoute un dans l'hôte sélectionné.</translation>
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
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
</context>
<context>
    <name>studio::PcapFile</name>
    <message>
        <source>is not a capture file: %1 bytes, less than a pcap header.</source>
        <translation>n'est pas un fichier de capture : %1 octets, moins qu'un en-tête pcap.</translation>
    </message>
    <message>
        <source>Capture again.</source>
        <translation>Refaites la capture.</translation>
    </message>
    <message>
        <source>is not a pcap file (magic number 0x%1).</source>
        <translation>n'est pas un fichier pcap (nombre magique 0x%1).</translation>
    </message>
    <message>
        <source>Save captures as classic .pcap (pcapng is not read here).</source>
        <translation>Enregistrez les captures au format .pcap classique (pcapng n'est pas lu ici).</translation>
    </message>
    <message>
        <source>has a packet of %1 bytes at offset %2: the file is corrupt.</source>
        <translation>contient un paquet de %1 octets à la position %2 : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>impossible de lire : %1.</translation>
    </message>
</context>
<context>
    <name>studio::PingCapture</name>
    <message>
        <source>is not a container.</source>
        <translation>n'est pas un conteneur.</translation>
    </message>
    <message>
        <source>reaches %1 without a VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>atteint %1 sans tunnel VXLAN : rien ne traverse l'underlay, il n'y a rien à capturer.</translation>
    </message>
    <message>
        <source>is dropped before any VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>est abandonné avant tout tunnel VXLAN : rien ne traverse l'underlay, il n'y a rien à capturer.</translation>
    </message>
    <message>
        <source>Choose two containers on different hosts.</source>
        <translation>Choisissez deux conteneurs sur des hôtes différents.</translation>
    </message>
    <message>
        <source>the tunnel's remote address: %1</source>
        <translation>l'adresse distante du tunnel : %1</translation>
    </message>
    <message>
        <source>the address to ping: %1</source>
        <translation>l'adresse à pinguer : %1</translation>
    </message>
    <message>
        <source>UDP port %1 is out of range.</source>
        <translation>Le port UDP %1 est hors limites.</translation>
    </message>
    <message>
        <source>the capture script ended early.</source>
        <translation>le script de capture s'est terminé prématurément.</translation>
    </message>
    <message>
        <source>tcpdump caught nothing readable: %1</source>
        <translation>tcpdump n'a rien intercepté de lisible : %1</translation>
    </message>
    <message>
        <source>Check that tcpdump runs as root on the host.</source>
        <translation>Vérifiez que tcpdump s'exécute en root sur l'hôte.</translation>
    </message>
    <message>
        <source>the capture failed: %1</source>
        <translation>la capture a échoué : %1</translation>
    </message>
    <message>
        <source>Install tcpdump on %1 (apt-get install tcpdump).</source>
        <translation>Installez tcpdump sur %1 (apt-get install tcpdump).</translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message>
        <source>Build (apply)</source>
        <translation>Construire (apply)</translation>
    </message>
    <message>
        <source>Remove (destroy)</source>
        <translation>Supprimer (destroy)</translation>
    </message>
    <message>
        <source>Plan kind</source>
        <translation>Type de plan</translation>
    </message>
    <message>
        <source>Host whose plan is shown</source>
        <translation>Hôte dont le plan est affiché</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Hô&amp;te :</translation>
    </message>
    <message>
        <source>No plan while the topology has errors: fix those listed under Problems first.</source>
        <translation>Pas de plan tant que la topologie contient des erreurs : corrigez d'abord celles listées sous Problèmes.</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>Pas encore de plan : %1</translation>
    </message>
    <message>
        <source>What %1 runs, step by step; every step is safe to run again.</source>
        <translation>Ce que %1 exécute, étape par étape ; chaque étape peut être relancée sans risque.</translation>
    </message>
    <message>
        <source>each host</source>
        <translation>chaque hôte</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Guide (ovs-docker)</source>
        <translation>Tutoriel (ovs-docker)</translation>
    </message>
    <message>
        <source>Plan style</source>
        <translation>Style du plan</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged at once (what Apply runs by default). Guide: ovs-docker, one container after another, as the tutorial does.</source>
        <translation>Rapide : conteneurs côte à côte, branchés d’un coup (ce qu’Appliquer exécute par défaut). Tutoriel : ovs-docker, un conteneur après l’autre, comme le tutoriel.</translation>
    </message>
    <message>
        <source>Cop&amp;y Script</source>
        <translation>Cop&amp;ier le script</translation>
    </message>
    <message>
        <source>Copy Script</source>
        <translation>Copier le script</translation>
    </message>
    <message>
        <source>Copy the shell script of the hosts shown, exactly as File &gt; Export Plan writes it, with every script whole.</source>
        <translation>Copie le script shell des hôtes affichés, exactement comme Fichier &gt; Exporter le plan l'écrit, avec chaque script en entier.</translation>
    </message>
    <message>
        <source>(goes on)</source>
        <translation>(continue)</translation>
    </message>
    <message>
        <source>Hide the script</source>
        <translation>Masquer le script</translation>
    </message>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>Afficher le script (%n ligne)</numerusform>
            <numerusform>Afficher le script (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do on this host.</source>
        <translation>Rien à faire sur cet hôte.</translation>
    </message>
    <message>
        <source>A step that goes on does not stop its host when it fails (one container that cannot start must not keep the others unplugged); the host is reported failed at the end.</source>
        <translation>Une étape qui continue n'arrête pas son hôte quand elle échoue (un conteneur qui ne peut pas démarrer ne doit pas laisser les autres débranchés) ; l'hôte est signalé en échec à la fin.</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation>Donner au port passerelle %1 l'adresse %2, la passerelle par défaut des conteneurs de %3.</translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation>Retirer l'ancienne adresse %1 du port passerelle %2.</translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation>Activer le port passerelle %1 avec une MTU de %2, pour laisser de la place à l'en-tête VXLAN.</translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation>Démarrer le conteneur %1 à partir de l'image %2 sans réseau (--net=none) ; OverlayStudio lui en donne un ensuite.</translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation>Débrancher le conteneur %1 du pont %2.</translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation>Supprimer le conteneur %1 et son port.</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation>Brancher le conteneur %1 sur le pont %2 en tant que %3, avec l'adresse %4, la passerelle %5 et une MTU de %6.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7</source>
        <translation>%1 : %2 sur %3 (port %4_l), adresse %5, passerelle %6, MTU %7</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2: a veth pair moved into the container and set up there with nsenter (which announces the new address), its port added and tagged as ovs-docker tags it.</source>
        <translation>Brancher le conteneur %1 sur le pont %2 : une paire veth déplacée dans le conteneur et configurée avec nsenter (qui annonce la nouvelle adresse) ; son port est ajouté et marqué comme le fait ovs-docker.</translation>
    </message>
    <message>
        <source>Plug containers %1 into their bridges at once: one docker inspect for their PIDs, a veth pair each moved into the container and set up there with nsenter (which announces the new address), every port added in one OVS transaction and tagged as ovs-docker tags it.</source>
        <translation>Brancher les conteneurs %1 sur leurs ponts d’un coup : un docker inspect pour leurs PID, une paire veth chacun déplacée dans le conteneur et configurée avec nsenter (qui annonce la nouvelle adresse), tous les ports ajoutés en une transaction OVS et marqués comme le fait ovs-docker.</translation>
    </message>
    <message>
        <source>Remove containers %1 (side by side); their ports' veth pairs go with them.</source>
        <translation>Supprimer les conteneurs %1 (côte à côte) ; les paires veth de leurs ports partent avec eux.</translation>
    </message>
    <message>
        <source>Unplug containers %1: delete their veth pairs (the OVS ports go in the transaction that follows).</source>
        <translation>Débrancher les conteneurs %1 : supprimer leurs paires veth (les ports OVS partent dans la transaction suivante).</translation>
    </message>
    <message>
        <source>%1: from image %2, files in %3</source>
        <translation>%1 : depuis l’image %2, fichiers dans %3</translation>
    </message>
    <message>
        <source>%1: stopped, started again</source>
        <translation>%1 : arrêté, redémarré</translation>
    </message>
    <message>
        <source>Start containers %1 side by side (at most %2 at a time). A missing one is created through Docker's Engine API with networking disabled, as --net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts and /etc/resolv.conf as Docker writes them, kept in files of our own; without curl, docker run --net=none.</source>
        <translation>Démarrer les conteneurs %1 côte à côte (au plus %2 à la fois). Un conteneur absent est créé par l’API Engine de Docker avec le réseau désactivé, comme --net=none le laisse (OverlayStudio le branche ensuite), avec /etc/hosts et /etc/resolv.conf tels que Docker les écrit, gardés dans nos propres fichiers ; sans curl, docker run --net=none.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for containers %1.</source>
        <translation>Supprimer les fichiers /etc/hosts et /etc/resolv.conf qu’OverlayStudio a gardés pour les conteneurs %1.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for the containers of %1 (%2).</source>
        <translation>Supprimer les fichiers /etc/hosts et /etc/resolv.conf qu’OverlayStudio a gardés pour les conteneurs de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>la topologie contient %n erreur et ne peut pas être planifiée : %1</numerusform>
            <numerusform>la topologie contient %n erreurs et ne peut pas être planifiée ; la première : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation>Corrigez les problèmes signalés par la validation.</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation>Créer les ponts Open vSwitch et leurs ports passerelle (une seule transaction).</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation>Créer les ponts Open vSwitch, leurs ports passerelle et les ports de tunnel VXLAN (une seule transaction).</translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation>Supprimer le conteneur %1 et son port, s'il a été créé par OverlayStudio.</translation>
    </message>
    <message>
        <source>Remove the rule for %1 that OverlayStudio added.</source>
        <translation>Supprimer la règle pour %1 ajoutée par OverlayStudio.</translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation>Supprimer le pont %1 avec ses ports passerelle et de tunnel, s'il a été créé par OverlayStudio.</translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation>%1 : un commutateur virtuel, utilisant le datapath en espace utilisateur (netdev)</translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation>%1 : un commutateur virtuel</translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation>%1 : un port interne de %2, la passerelle par laquelle routent les conteneurs de %3 (MTU %4)</translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation>%1 : un tunnel VXLAN de %2 vers %3 (%4), VNI %5, port UDP %6%7</translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation>; protégé, afin que les trames d'un tunnel ne soient jamais inondées vers un autre (maillage complet)</translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation># OverlayStudio : construire la topologie %1 sur l'hôte %2 (%3).</translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation># OverlayStudio : supprimer la topologie %1 de l'hôte %2 (%3).</translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation># À exécuter en root sur %1. Chaque étape peut être relancée sans risque.</translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation># Rien à faire sur cet hôte.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>impossible de créer.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Remove the containers OverlayStudio created on %1 (labelled with the topology and the host), side by side.</source>
        <translation>Supprimer côte à côte les conteneurs créés par OverlayStudio sur %1 (étiquetés avec la topologie et l’hôte).</translation>
    </message>
    <message>
        <source>Delete bridges %1 with all their ports, those OverlayStudio created (one transaction).</source>
        <translation>Supprimer les ponts %1 avec tous leurs ports, ceux qu’OverlayStudio a créés (une transaction).</translation>
    </message>
    <message>
        <source># A step marked "goes on" does not stop the script when it fails (one container that cannot start must not keep the others unplugged); the script fails at the end.</source>
        <translation># Une étape marquée « continue » n’arrête pas le script en cas d’échec (un conteneur qui ne démarre pas ne doit pas empêcher de brancher les autres) ; le script échoue à la fin.</translation>
    </message>
    <message>
        <source> (goes on)</source>
        <translation> (continue)</translation>
    </message>
</context>
<context>
    <name>studio::ProbeSelection</name>
    <message>
        <source>probe %1 → %2</source>
        <translation>sonde %1 → %2</translation>
    </message>
    <message>
        <source>is not a pair of containers of this topology.</source>
        <translation>n'est pas une paire de conteneurs de cette topologie.</translation>
    </message>
    <message>
        <source>needs both containers on a bridge with an address.</source>
        <translation>nécessite que les deux conteneurs soient sur un pont et aient une adresse.</translation>
    </message>
    <message>
        <source>stays on one host: no VXLAN link to watch.</source>
        <translation>reste sur un seul hôte : aucun lien VXLAN à surveiller.</translation>
    </message>
    <message>
        <source>Pick containers on different hosts.</source>
        <translation>Choisissez des conteneurs sur des hôtes différents.</translation>
    </message>
    <message>
        <source>the containers are not on the same VNI.</source>
        <translation>les conteneurs ne sont pas sur le même VNI.</translation>
    </message>
    <message>
        <source>Pick containers whose bridges a VXLAN link joins.</source>
        <translation>Choisissez des conteneurs dont les ponts sont reliés par un lien VXLAN.</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>topologie</translation>
    </message>
    <message>
        <source>No problems: the topology can be deployed.</source>
        <translation>Aucun problème : la topologie peut être déployée.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n avertissement ; la topologie peut être déployée.</numerusform>
            <numerusform>%n avertissements ; la topologie peut être déployée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before deploying.</source>
        <translation>%1 et %2 : corrigez les erreurs avant de déployer.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation>Ajoutez le champ ou enregistrez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation>devrait être une chaîne, et non %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>devrait être un nombre, et non %1.</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 n'est pas un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2.</source>
        <translation>« %1 » ne fait pas partie de : %2.</translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation>devrait être true ou false, et non %1.</translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation>devrait être une coordonnée (un nombre compris dans ±10 000 000).</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>devrait être un objet, et non %1.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>devrait être une liste, et non %1.</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation>ce fichier est au format %1, écrit par une version plus récente d'OverlayStudio ; cette version lit le format %2 et les formats antérieurs.</translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation>Mettez OverlayStudio à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation>le format %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>Le fichier est endommagé ; restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>le fichier n'est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation>Corrigez le fichier dans un éditeur de texte ou restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation>le fichier ne contient pas de projet OverlayStudio.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>impossible d'ouvrir : %1.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation>fait %1 Mo ; les fichiers de projet font au plus %2 Mo.</translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation>Ouvrez un fichier de projet OverlayStudio.</translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation>impossible d'écrire : %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation>n'a pas pu être enregistré : %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation>Vérifiez l'espace disque libre et réessayez ; le fichier précédent n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Open a .ovstudio.json file saved by OverlayStudio.</source>
        <translation>Ouvrez un fichier .ovstudio.json enregistré par OverlayStudio.</translation>
    </message>
    <message>
        <source>should be a path relative to the project file, e.g. files/motd.</source>
        <translation>devrait être un chemin relatif au fichier de projet, p. ex. files/motd.</translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>the topology</source>
        <translation>la topologie</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2.</source>
        <translation>%1 doit être un nombre entier à partir de %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l'une des valeurs suivantes : %2.</translation>
    </message>
    <message>
        <source>a position lies within ±10,000,000.</source>
        <translation>une position est comprise dans ±10 000 000.</translation>
    </message>
    <message>
        <source>a host frame is at least %1 x %2.</source>
        <translation>le cadre d'un hôte mesure au moins %1 x %2.</translation>
    </message>
    <message>
        <source>has no property '%1'.</source>
        <translation>n'a pas de propriété « %1 ».</translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation>l'objet %1 n'existe pas.</translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation>ne peut être raccordé qu'à un pont de son propre hôte.</translation>
    </message>
    <message>
        <source>Choose one of %1's bridges.</source>
        <translation>Choisissez l'un des ponts de %1.</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation>Lien VXLAN</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Problems of this object</source>
        <translation>Problèmes de cet objet</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation>(non raccordé)</translation>
    </message>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation>Sélectionnez un hôte, un pont, un conteneur ou un lien pour le modifier.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
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
        <translation>la position</translation>
    </message>
    <message>
        <source>Topology name</source>
        <translation>Nom de la topologie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>Tags everything the topology creates on its hosts: letters, digits, '.', '_' and '-'.</source>
        <translation>Marque tout ce que la topologie crée sur ses hôtes : lettres, chiffres, « . », « _ » et « - ».</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>What this topology is for, in your own words.</source>
        <translation>À quoi sert cette topologie, avec vos propres mots.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The host's name in this design.</source>
        <translation>Le nom de l'hôte dans cette conception.</translation>
    </message>
    <message>
        <source>Management address</source>
        <translation>Adresse de gestion</translation>
    </message>
    <message>
        <source>management address</source>
        <translation>l'adresse de gestion</translation>
    </message>
    <message>
        <source>The IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>L'adresse IP ou le nom DNS auquel OverlayStudio se connecte en SSH.</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>The port sshd listens on (22 is usual).</source>
        <translation>Le port sur lequel sshd écoute (22 est courant).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>l'utilisateur</translation>
    </message>
    <message>
        <source>The account to log in as.</source>
        <translation>Le compte avec lequel se connecter.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>l'authentification</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password (asked when needed)</source>
        <translation>Mot de passe (demandé si nécessaire)</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>le fichier de clé</translation>
    </message>
    <message>
        <source>The private key file, for key file authentication.</source>
        <translation>Le fichier de clé privée, pour l'authentification par fichier de clé.</translation>
    </message>
    <message>
        <source>Use sudo</source>
        <translation>Utiliser sudo</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Run commands through 'sudo -n' (for a user other than root).</source>
        <translation>Exécuter les commandes via « sudo -n » (pour un utilisateur autre que root).</translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation>Adresse underlay (VTEP)</translation>
    </message>
    <message>
        <source>underlay address</source>
        <translation>l'adresse underlay</translation>
    </message>
    <message>
        <source>The address VXLAN tunnels use; empty means the management address.</source>
        <translation>L'adresse utilisée par les tunnels VXLAN ; vide signifie l'adresse de gestion.</translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation>MTU underlay</translation>
    </message>
    <message>
        <source>underlay MTU</source>
        <translation>la MTU underlay</translation>
    </message>
    <message>
        <source>The MTU of the host's network card (1500 is usual).</source>
        <translation>La MTU de la carte réseau de l'hôte (1500 est courant).</translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation>Datapath OVS</translation>
    </message>
    <message>
        <source>Kernel (system)</source>
        <translation>Noyau (system)</translation>
    </message>
    <message>
        <source>Userspace (netdev)</source>
        <translation>Espace utilisateur (netdev)</translation>
    </message>
    <message>
        <source>Userspace (netdev) for hosts without the OVS kernel module, such as the local lab.</source>
        <translation>Espace utilisateur (netdev) pour les hôtes sans module noyau OVS, comme le labo local.</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Taille du cadre</translation>
    </message>
    <message>
        <source>frame size</source>
        <translation>la taille du cadre</translation>
    </message>
    <message>
        <source>The OVS bridge, e.g. br0.</source>
        <translation>Le pont OVS, p. ex. br0.</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Port passerelle</translation>
    </message>
    <message>
        <source>gateway port</source>
        <translation>le port passerelle</translation>
    </message>
    <message>
        <source>The internal port that holds the gateway address, e.g. veth0.</source>
        <translation>Le port interne qui porte l'adresse de la passerelle, p. ex. veth0.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>l'adresse de la passerelle</translation>
    </message>
    <message>
        <source>Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet.</source>
        <translation>Adresse et préfixe, p. ex. 10.2.2.1/24 ; son réseau est le sous-réseau du pont.</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>1450 convient à un tunnel VXLAN sur un réseau à 1500 octets.</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT vers l'extérieur</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>le NAT</translation>
    </message>
    <message>
        <source>Masquerade the subnet out of the host, so containers reach the outside.</source>
        <translation>Masquer le sous-réseau en sortie de l'hôte, pour que les conteneurs atteignent l'extérieur.</translation>
    </message>
    <message>
        <source>Route to other networks</source>
        <translation>Router vers les autres réseaux</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>le routage</translation>
    </message>
    <message>
        <source>Networks are isolated on their host. The host routes between the networks of those of its bridges that have this set.</source>
        <translation>Les réseaux sont isolés sur leur hôte. L'hôte route entre les réseaux de ceux de ses ponts pour lesquels cette option est activée.</translation>
    </message>
    <message>
        <source>The Docker container's name.</source>
        <translation>Le nom du conteneur Docker.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>image</source>
        <translation>l'image</translation>
    </message>
    <message>
        <source>The Docker image to run, e.g. ubuntu:v1.</source>
        <translation>L'image Docker à exécuter, p. ex. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>l'interface</translation>
    </message>
    <message>
        <source>The interface inside the container, e.g. eth0.</source>
        <translation>L'interface à l'intérieur du conteneur, p. ex. eth0.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>l'adresse</translation>
    </message>
    <message>
        <source>Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24.</source>
        <translation>Adresse et préfixe dans le sous-réseau du pont, p. ex. 10.2.2.2/24.</translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge's)</source>
        <translation>Passerelle (vide : celle du pont)</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>la passerelle</translation>
    </message>
    <message>
        <source>The container's default route; empty means the bridge's gateway address.</source>
        <translation>La route par défaut du conteneur ; vide signifie l'adresse de passerelle du pont.</translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation>Raccordé au pont</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>le pont</translation>
    </message>
    <message>
        <source>The bridge on the container's host it is plugged into.</source>
        <translation>Le pont de l'hôte du conteneur auquel il est branché.</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>The VXLAN network identifier: links with the same VNI form one segment.</source>
        <translation>L'identifiant de réseau VXLAN : les liens ayant le même VNI forment un segment.</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>Port UDP</translation>
    </message>
    <message>
        <source>4789 is the VXLAN port.</source>
        <translation>4789 est le port VXLAN.</translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation>Port de tunnel, première extrémité</translation>
    </message>
    <message>
        <source>first tunnel port</source>
        <translation>le premier port de tunnel</translation>
    </message>
    <message>
        <source>The VXLAN port on the first bridge's host, e.g. vxlan0.</source>
        <translation>Le port VXLAN sur l'hôte du premier pont, p. ex. vxlan0.</translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation>Port de tunnel, seconde extrémité</translation>
    </message>
    <message>
        <source>second tunnel port</source>
        <translation>le second port de tunnel</translation>
    </message>
    <message>
        <source>The VXLAN port on the second bridge's host, e.g. vxlan0.</source>
        <translation>Le port VXLAN sur l'hôte du second pont, p. ex. vxlan0.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
</context>
<context>
    <name>studio::Reconciler</name>
    <message>
        <source>as designed</source>
        <translation>conforme à la conception</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation>absent de la conception</translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation>Créer, modifier ou supprimer des ponts et ports Open vSwitch (une seule transaction).</translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation>n'a pas été créé par OverlayStudio</translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation>appartient à la topologie %1</translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation>Le pont %1 existe déjà sur %2 et %3 ; OverlayStudio n'y touche pas. Renommez le pont dans la conception ou supprimez-le de l'hôte.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation>Le port %1 existe déjà sur %2 (pont %3) et %4. Renommez le port passerelle dans la conception.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation>Le port %1 existe déjà sur %2 (pont %3) et %4. Renommez le port de tunnel dans la conception.</translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation>Un conteneur nommé %1 existe déjà sur %2 et %3. Renommez le conteneur dans la conception.</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>appartient à %1</translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation>%1 : datapath %2</translation>
    </message>
    <message>
        <source>datapath is '%1'</source>
        <translation>le datapath est « %1 »</translation>
    </message>
    <message>
        <source>type '%1', MTU request %2</source>
        <translation>type « %1 », MTU demandée %2</translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation>sur le pont %1</translation>
    </message>
    <message>
        <source>type '%1'</source>
        <translation>type « %1 »</translation>
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
        <translation>local_ip « %1 »</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>non protégé</translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation>%1 : supprimé, ne fait plus partie de la conception</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation>ancienne adresse %1</translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation>état du lien ou MTU</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>attached to %1</source>
        <translation>raccordé à %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>non raccordé</translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation>pas d'interface %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresse %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
    <message>
        <source>rule order</source>
        <translation>ordre des règles</translation>
    </message>
    <message>
        <source>Remove a firewall rule the design no longer has: %1</source>
        <translation>Supprimer une règle de pare-feu que la conception ne contient plus : %1</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added: %1</source>
        <translation>Supprimer une règle de pare-feu ajoutée par OverlayStudio : %1</translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation>%1 : supprimé avec ses ports passerelle et de tunnel</translation>
    </message>
    <message>
        <source>Remove an isolation rule OverlayStudio added: %1</source>
        <translation>Supprimer une règle d'isolation ajoutée par OverlayStudio : %1</translation>
    </message>
    <message>
        <source>%1: port of container %2, deleted</source>
        <translation>%1 : port du conteneur %2, supprimé</translation>
    </message>
    <message>
        <source>Delete the ports of OverlayStudio's containers (one transaction).</source>
        <translation>Supprimer les ports des conteneurs d’OverlayStudio (une transaction).</translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created, with every port (one transaction).</source>
        <translation>Supprimer les ponts créés par OverlayStudio, avec tous leurs ports (une transaction).</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>conteneurs</translation>
    </message>
    <message>
        <source>Remove containers %1 and, at the same time, delete the firewall rules, bridges and ports OverlayStudio created (one transaction; the isolation rules once the bridges are gone); the containers' veth pairs go with them.</source>
        <translation>Supprimer les conteneurs %1 et, en même temps, les règles de pare-feu, ponts et ports qu’OverlayStudio a créés (une transaction ; les règles d’isolation une fois les ponts supprimés) ; les paires veth des conteneurs disparaissent avec eux.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
</context>
<context>
    <name>studio::SaveFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>impossible d'écrire : %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>studio::SegmentLegend</name>
    <message>
        <source>Segments legend</source>
        <translation>Légende des segments</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment. Drag it anywhere over the canvas.</source>
        <translation>La couleur de chaque segment VXLAN. Faites-la glisser où vous voulez sur la zone de dessin.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>1 kb/s or less</source>
        <translation>1 kb/s ou moins</translation>
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
        <translation>rompu : les pings échouent</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>degraded, losing pings</source>
        <translation>dégradé, perd des pings</translation>
    </message>
    <message>
        <source>down, unreachable</source>
        <translation>hors service, injoignable</translation>
    </message>
    <message>
        <source>unknown, not applied</source>
        <translation>inconnu, non appliqué</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment, and what monitoring shows: a link's width and colour are its traffic now, a red crossed-out link loses every ping, a dot is an object's state. Drag it anywhere over the canvas.</source>
        <translation>La couleur de chaque segment VXLAN, et ce que montre la surveillance : l'épaisseur et la couleur d'un lien indiquent son trafic actuel, un lien barré en rouge perd tous ses pings, un point indique l'état d'un objet. Faites-la glisser n'importe où sur la zone de dessin.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
</context>
<context>
    <name>studio::SeriesCatalog</name>
    <message>
        <source>probe %1</source>
        <translation>sonde %1</translation>
    </message>
    <message>
        <source>VNI %1: %2 → %3</source>
        <extracomment>a link's direction in a legend: VNI, from bridge, to bridge</extracomment>
        <translation>VNI %1 : %2 → %3</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>lien %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 envoyé</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 reçu</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>conteneur %1</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>studio::SshSession</name>
    <message>
        <source>A command that had started may still be running on the host.</source>
        <translation>Une commande déjà lancée peut encore être en cours sur l'hôte.</translation>
    </message>
    <message>
        <source>cancelled by the user.</source>
        <translation>annulé par l'utilisateur.</translation>
    </message>
    <message>
        <source>the SSH library could not be initialised.</source>
        <translation>la bibliothèque SSH n'a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation>impossible de créer une session SSH (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation>paramètres SSH non valides : %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s</source>
        <translation>aucune réponse SSH en %1 s</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation>Vérifiez que l'hôte est démarré, que l'adresse et le port sont corrects et que sshd tourne.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 n'a envoyé aucune clé d'hôte.</translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation>impossible de calculer l'empreinte de la clé d'hôte de %1.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation>la clé d'hôte de %1 a CHANGÉ (maintenant %2 %3). Quelqu'un intercepte peut-être la connexion, ou l'hôte a été réinstallé. Connexion refusée.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation>Si ce changement est attendu, supprimez l'ancienne entrée de %1 dans %2 et reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation>%1 présente une clé d'hôte %2, mais une clé d'un autre type est enregistrée pour lui. Connexion refusée.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation>Si ce changement est attendu, supprimez l'ancienne entrée de %1 dans %2.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation>la clé d'hôte de %1 n'est pas connue (%2 %3) et n'a pas été acceptée.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation>Comparez l'empreinte avec celle de l'hôte lui-même (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) et acceptez-la.</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>impossible d'enregistrer la clé d'hôte dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>impossible de vérifier la clé d'hôte de %1 : %2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>échec de l'authentification avec %1 : %2</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>clavier interactif</translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation>aucune méthode que nous connaissons</translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation>%1@%2 n'accepte pas l'authentification par %3.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation>Le serveur accepte : %1. Choisissez une autre méthode d'authentification pour cet hôte.</translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation>impossible de lire la clé privée %1.</translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation>Vérifiez le chemin et que la clé n'a pas de phrase de passe (ou utilisez l'agent SSH).</translation>
    </message>
    <message>
        <source>none of the SSH agent's keys was accepted</source>
        <translation>aucune des clés de l'agent SSH n'a été acceptée</translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation>la clé %1 n'a pas été acceptée</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>le mot de passe n'a pas été accepté</translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation>%1@%2 : %3%4.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation>Le serveur accepte : %1. Vérifiez l'utilisateur, la clé ou le mot de passe.</translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation>non connecté.</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>impossible d'ouvrir un canal : %1</translation>
    </message>
    <message>
        <source>cannot watch the channel for an exit signal: %1</source>
        <translation>impossible de surveiller le canal pour un signal de sortie : %1</translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation>impossible de lancer la commande : %1</translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation>impossible d'envoyer l'entrée : %1</translation>
    </message>
    <message>
        <source>cannot end the command's input: %1</source>
        <translation>impossible de fermer l'entrée de la commande : %1</translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation>la connexion a échoué pendant l'exécution d'une commande : %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation>la commande ne s'est pas terminée en %1 s et a été abandonnée.</translation>
    </message>
    <message>
        <source>Check the host's load; the command may still be running there.</source>
        <translation>Vérifiez la charge de l'hôte ; la commande y tourne peut-être encore.</translation>
    </message>
    <message>
        <source>the connection was lost while running a command: %1</source>
        <translation>la connexion a été perdue pendant l'exécution d'une commande : %1</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>pas de code de sortie</translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation>impossible de lancer un shell : %1</translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation>le shell distant a disparu (la connexion a été perdue ou l'hôte a redémarré).</translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation>Relancez dès que l'hôte est joignable.</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>impossible d'envoyer la commande : %1</translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation>le shell distant s'est terminé pendant l'exécution de la commande (code de sortie %1).</translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation>Une commande qui termine le shell (exit, exec) ne peut pas être exécutée de cette façon.</translation>
    </message>
    <message>
        <source>the remote command has ended.</source>
        <translation>la commande distante s'est terminée.</translation>
    </message>
    <message>
        <source>cannot send to the remote command: %1</source>
        <translation>impossible d'envoyer à la commande distante : %1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>la connexion a échoué : %1</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>la connexion a été perdue : %1</translation>
    </message>
    <message>
        <source>the connection failed while sending data: %1</source>
        <translation>la connexion a échoué pendant l'envoi de données : %1</translation>
    </message>
    <message>
        <source>nothing moved for %1 s; the command was abandoned.</source>
        <translation>rien n'a bougé pendant %1 s ; la commande a été abandonnée.</translation>
    </message>
    <message>
        <source>Check the host's load and its free disk space.</source>
        <translation>Vérifiez la charge de l'hôte et son espace disque libre.</translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message>
        <source>Step Through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Step &amp;Through Deploy...</source>
        <translation>Déploiement &amp;pas à pas...</translation>
    </message>
    <message>
        <source>Apply one command at a time: see each before it runs and what it did after</source>
        <translation>Appliquer une commande à la fois : voir chacune avant son exécution, puis ce qu'elle a fait</translation>
    </message>
    <message>
        <source>Connecting to %1 and reading what is there...</source>
        <translation>Connexion à %1 et lecture de l'existant...</translation>
    </message>
    <message>
        <source>the tunnel port %1 of %2</source>
        <translation>le port de tunnel %1 de %2</translation>
    </message>
    <message>
        <source>Running the remaining steps...</source>
        <translation>Exécution des étapes restantes...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt en cours...</translation>
    </message>
    <message>
        <source>Destroying what topology %1 made on %2...</source>
        <translation>Démontage de ce que la topologie %1 a créé sur %2...</translation>
    </message>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>Le démontage a ÉCHOUÉ sur %n hôte ; voir le panneau Déployer.</numerusform>
            <numerusform>Le démontage a ÉCHOUÉ sur %n hôtes ; voir le panneau Déployer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: nothing this topology made is left on the hosts.</source>
        <translation>Démonté : plus rien de ce que cette topologie a créé ne reste sur les hôtes.</translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>L'application a ÉCHOUÉ sur %n hôte ; voir le résultat et le panneau Déployer.</numerusform>
            <numerusform>L'application a ÉCHOUÉ sur %n hôtes ; voir le résultat et le panneau Déployer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>Arrêté après %n étape. Ce qui a été construit reste : Retour le supprime, Appliquer le termine.</numerusform>
            <numerusform>Arrêté après %n étapes. Ce qui a été construit reste : Retour le supprime, Appliquer le termine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>Terminé : %n étape exécutée ; la topologie est construite.</numerusform>
            <numerusform>Terminé : %n étapes exécutées ; la topologie est construite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::StepThroughDock</name>
    <message>
        <source>&amp;Which hosts:</source>
        <translation>&amp;Quels hôtes :</translation>
    </message>
    <message>
        <source>Hosts to step through</source>
        <translation>Hôtes à parcourir pas à pas</translation>
    </message>
    <message>
        <source>All hosts, in turn</source>
        <translation>Tous les hôtes, tour à tour</translation>
    </message>
    <message>
        <source>Read the hosts and stop before the first step of the apply</source>
        <translation>Lire les hôtes et s'arrêter avant la première étape de l'application</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>Ce que fait l'étape</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>Détails de l'étape</translation>
    </message>
    <message>
        <source>Objects the step creates</source>
        <translation>Objets créés par l'étape</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>Résultat de la dernière étape</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Étapes effectuées</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Run this step, then stop before the next one (Return)</source>
        <translation>Exécuter cette étape, puis s'arrêter avant la suivante (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Run to End</source>
        <translation>&amp;Exécuter jusqu'à la fin</translation>
    </message>
    <message>
        <source>Run every remaining step without stopping</source>
        <translation>Exécuter toutes les étapes restantes sans s'arrêter</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop here; what was built stays on the hosts</source>
        <translation>S'arrêter ici ; ce qui a été construit reste sur les hôtes</translation>
    </message>
    <message>
        <source>&amp;Back: Destroy What Was Built</source>
        <translation>&amp;Retour : démonter ce qui a été construit</translation>
    </message>
    <message>
        <source>Stop, and remove everything this topology made on the hosts</source>
        <translation>Arrêter, et supprimer tout ce que cette topologie a créé sur les hôtes</translation>
    </message>
    <message>
        <source>Choose the hosts and press Start: OverlayStudio reads them, then stops before every command of the apply so you can see what it does, run it, and see what it did.</source>
        <translation>Choisissez les hôtes et appuyez sur Démarrer : OverlayStudio les lit, puis s'arrête avant chaque commande de l'application pour que vous puissiez voir ce qu'elle fait, l'exécuter, et voir ce qu'elle a fait.</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 there</source>
        <translation>%1 : étape %2 sur %3 sur cet hôte</translation>
    </message>
    <message>
        <source>Creates nothing new: it configures or connects.</source>
        <translation>Ne crée rien de nouveau : configure ou connecte.</translation>
    </message>
    <message>
        <source>Creates: %1</source>
        <translation>Crée : %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 in all. Next runs it; Run to End runs the rest.</source>
        <translation>Étape %1 sur %2 au total. Suivant l'exécute ; Exécuter jusqu'à la fin exécute le reste.</translation>
    </message>
    <message>
        <source>Running step %1 on %2...</source>
        <translation>Exécution de l'étape %1 sur %2...</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminé sans code de sortie (%1)</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, étape %2 : %3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>The command of the next step appears here, before it runs.</source>
        <translation>La commande de l’étape suivante s’affiche ici, avant son exécution.</translation>
    </message>
    <message>
        <source>What the step printed appears here once it ran.</source>
        <translation>Ce que l’étape a affiché apparaît ici une fois exécutée.</translation>
    </message>
</context>
<context>
    <name>studio::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>studio::StructureModel</name>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>non raccordé</translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation>VNI %1 vers %2</translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message>
        <source>Export Lab Guide</source>
        <translation>Exporter le guide de TP</translation>
    </message>
    <message>
        <source>Markdown with images beside it (*.md);;HTML, images embedded (*.html)</source>
        <translation>Markdown avec les images à côté (*.md);;HTML, images intégrées (*.html)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Guide...</source>
        <translation>Exporter le &amp;guide de TP...</translation>
    </message>
    <message>
        <source>Write a step-by-step guide that builds this topology by hand: Markdown with its diagram, or HTML</source>
        <translation>Écrire un guide pas à pas qui construit cette topologie à la main : Markdown avec son diagramme, ou HTML</translation>
    </message>
    <message>
        <source>Cannot export the lab guide</source>
        <translation>Impossible d'exporter le guide de TP</translation>
    </message>
    <message>
        <source>Wrote the lab guide %1</source>
        <translation>Guide de TP %1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>Guide de TP %1 et son image (%n) écrits</numerusform>
            <numerusform>Guide de TP %1 et ses %n images écrits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TickCommand</name>
    <message>
        <source>the monitoring command's report is incomplete: %1</source>
        <translation>le rapport de la commande de surveillance est incomplet : %1</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell.</source>
        <translation>Vérifiez que l'hôte dispose d'un shell POSIX.</translation>
    </message>
    <message>
        <source>a container named %1 exists on %2, but this topology did not create it (labels %3/%4). Rename one of them.</source>
        <translation>un conteneur nommé %1 existe sur %2, mais cette topologie ne l'a pas créé (étiquettes %3/%4). Renommez l'un des deux.</translation>
    </message>
    <message>
        <source>ovs-vswitchd does not answer.</source>
        <translation>ovs-vswitchd ne répond pas.</translation>
    </message>
    <message>
        <source>Docker does not answer.</source>
        <translation>Docker ne répond pas.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation>l'id %1 est utilisé par un autre objet (%2).</translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation>Donnez à chaque objet son propre id.</translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation>le pont fait référence à l'id d'hôte %1, qui n'existe pas.</translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation>Placez le pont dans un hôte existant.</translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation>le conteneur fait référence à l'id d'hôte %1, qui n'existe pas.</translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation>Placez le conteneur dans un hôte existant.</translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation>le conteneur fait référence à l'id de pont %1, qui n'existe pas.</translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation>Raccordez-le à un pont existant ou à aucun.</translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation>le conteneur est raccordé au pont %1 d'un autre hôte.</translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation>Raccordez-le à un pont de son propre hôte.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation>le lien fait référence à l'id de pont %1, qui n'existe pas.</translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation>Reliez deux ponts existants.</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>objet %1</translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message>
        <source>no address</source>
        <translation>pas d'adresse</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT vers l'extérieur</translation>
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
        <translation>%1@%2, port SSH %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(pas d'adresse)</translation>
    </message>
    <message>
        <source>Last deploy: as designed</source>
        <translation>Dernier déploiement : conforme à la conception</translation>
    </message>
    <message>
        <source>Last deploy failed: %1</source>
        <translation>Échec du dernier déploiement : %1</translation>
    </message>
    <message>
        <source>gateway %1 on port %2, MTU %3</source>
        <translation>passerelle %1 sur le port %2, MTU %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>image %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>non raccordé</translation>
    </message>
    <message>
        <source>%1 on %2, address %3</source>
        <translation>%1 sur %2, adresse %3</translation>
    </message>
    <message>
        <source>VNI %1, UDP port %2, ports %3 / %4</source>
        <translation>VNI %1, port UDP %2, ports %3 / %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Supprimer %n objet</numerusform>
            <numerusform>Supprimer %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Déplacement annulé.</translation>
    </message>
    <message>
        <source>The frame of %1 now overlaps %2; move one of them apart.</source>
        <translation>Le cadre de %1 chevauche maintenant %2 ; éloignez l'un des deux.</translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation>Relâchez sur un pont (ou un conteneur) pour relier.</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rompu</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>Surveillance : %1</translation>
    </message>
    <message>
        <source>Monitoring: %1. %2</source>
        <translation>Surveillance : %1. %2</translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation>Guide de l'utilisateur d'OverlayStudio</translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation>Rechercher dans le guide, p. ex. un message d'erreur (Entrée : suivant)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <source>Found in "%1"</source>
        <translation>Trouvé dans « %1 »</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name '%1' %2.</source>
        <translation>Le nom de topologie « %1 » %2.</translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. 'lab-overlay'.</source>
        <translation>Il marque tout ce que la topologie crée sur les hôtes ; renommez-la, p. ex. « lab-overlay ».</translation>
    </message>
    <message>
        <source>Host name '%1' %2.</source>
        <translation>Le nom d'hôte « %1 » %2.</translation>
    </message>
    <message>
        <source>Rename the host, e.g. 'host1'.</source>
        <translation>Renommez l'hôte, p. ex. « host1 ».</translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation>L'hôte %1 n'a pas d'adresse de gestion.</translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>Saisissez l'adresse IP ou le nom DNS auquel OverlayStudio se connecte en SSH.</translation>
    </message>
    <message>
        <source>Management address '%1' of host %2 %3.</source>
        <translation>L'adresse de gestion « %1 » de l'hôte %2 %3.</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation>Saisissez une adresse IP comme 192.168.0.8 ou un nom d'hôte.</translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation>Le port SSH %1 de l'hôte %2 est hors limites.</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation>Utilisez un port de 1 à 65535 (22 est courant).</translation>
    </message>
    <message>
        <source>SSH user '%1' of host %2 %3.</source>
        <translation>L'utilisateur SSH « %1 » de l'hôte %2 %3.</translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation>Saisissez le compte avec lequel se connecter, p. ex. root.</translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation>L'hôte %1 s'authentifie par fichier de clé, mais aucun n'est indiqué.</translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation>Choisissez le fichier de clé privée, ou authentifiez-vous avec l'agent SSH.</translation>
    </message>
    <message>
        <source>Host %1 logs in as '%2' without sudo; creating bridges and containers needs root.</source>
        <translation>L'hôte %1 se connecte en tant que « %2 » sans sudo ; la création de ponts et de conteneurs nécessite les droits root.</translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation>Activez sudo pour cet hôte ou connectez-vous en root.</translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation>La MTU underlay %1 de l'hôte %2 est hors limites.</translation>
    </message>
    <message>
        <source>Use the MTU of the host's network card, %1 to %2 (1500 is usual).</source>
        <translation>Utilisez la MTU de la carte réseau de l'hôte, de %1 à %2 (1500 est courant).</translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation>L'hôte %1 n'a pas d'adresse underlay.</translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation>Saisissez l'adresse IP qu'utilisent les tunnels VXLAN de cet hôte.</translation>
    </message>
    <message>
        <source>Host %1 is reached by the name '%2', but VXLAN tunnels need an IP address.</source>
        <translation>L'hôte %1 est joint par le nom « %2 », mais les tunnels VXLAN ont besoin d'une adresse IP.</translation>
    </message>
    <message>
        <source>Enter the host's underlay IP address.</source>
        <translation>Saisissez l'adresse IP underlay de l'hôte.</translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation>Adresse underlay de l'hôte %1 : %2.</translation>
    </message>
    <message>
        <source>Two hosts are named '%1'.</source>
        <translation>Deux hôtes s'appellent « %1 ».</translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation>Donnez à chaque hôte son propre nom.</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation>Les hôtes %1 et %2 utilisent tous deux l'adresse de gestion %3, port %4.</translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation>Chaque hôte a besoin de sa propre adresse (ou de son propre port SSH).</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation>Les hôtes %1 et %2 utilisent tous deux l'adresse underlay %3 ; les tunnels ne pourraient pas les distinguer.</translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation>Donnez à chaque hôte sa propre adresse underlay.</translation>
    </message>
    <message>
        <source>Bridge name '%1' on %2 %3.</source>
        <translation>Le nom de pont « %1 » sur %2 %3.</translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. 'br0'.</source>
        <translation>Renommez le pont, p. ex. « br0 ».</translation>
    </message>
    <message>
        <source>Gateway port name '%1' of bridge %2 %3.</source>
        <translation>Le nom de port passerelle « %1 » du pont %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'veth0'.</source>
        <translation>Renommez le port, p. ex. « veth0 ».</translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation>Adresse de passerelle du pont %1 : %2.</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Saisissez l'adresse de passerelle avec son préfixe, p. ex. 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation>L'adresse de passerelle %1 du pont %2 est l'adresse réseau ou de diffusion de son sous-réseau.</translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation>Utilisez une adresse d'hôte comme %1/%2.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation>La MTU %1 du pont %2 est hors limites.</translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>Utilisez une valeur de %1 à %2 ; 1450 convient à un tunnel VXLAN sur un réseau à 1500 octets.</translation>
    </message>
    <message>
        <source>Container name '%1' on %2 %3.</source>
        <translation>Le nom de conteneur « %1 » sur %2 %3.</translation>
    </message>
    <message>
        <source>Rename the container, e.g. 'container1'.</source>
        <translation>Renommez le conteneur, p. ex. « container1 ».</translation>
    </message>
    <message>
        <source>Image '%1' of container %2 %3.</source>
        <translation>L'image « %1 » du conteneur %2 %3.</translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation>Saisissez une image qui existe sur l'hôte, p. ex. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface name '%1' of container %2 %3.</source>
        <translation>Le nom d'interface « %1 » du conteneur %2 %3.</translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation>Utilisez un nom comme eth0.</translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation>Le conteneur %1 n'est raccordé à aucun pont ; il tournera sans réseau.</translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation>Reliez-le à un pont sur %1.</translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation>Adresse du conteneur %1 : %2.</translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation>Saisissez une adresse dans %1, p. ex. %2.</translation>
    </message>
    <message>
        <source>the bridge's subnet</source>
        <translation>le sous-réseau du pont</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation>L'adresse %1 du conteneur %2 n'est pas dans le sous-réseau %3 du pont %4.</translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation>Utilisez une adresse dans %1 avec le préfixe /%2, ou raccordez le conteneur à un autre pont.</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation>L'adresse %1 du conteneur %2 est l'adresse réseau ou de diffusion de %3.</translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation>Choisissez une adresse d'hôte à l'intérieur du sous-réseau.</translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation>Passerelle du conteneur %1 : %2.</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address, or leave it empty to use it.</source>
        <translation>Saisissez l'adresse de passerelle du pont, ou laissez le champ vide pour l'utiliser.</translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation>La passerelle %1 du conteneur %2 n'est pas dans le sous-réseau %3 ; le conteneur ne peut donc pas l'atteindre.</translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation>Utilisez %1 (la passerelle du pont %2) ou laissez la passerelle vide.</translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation>Le VNI %1 du lien %2 est hors limites.</translation>
    </message>
    <message>
        <source>Use a VNI from %1 to %2.</source>
        <translation>Utilisez un VNI de %1 à %2.</translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation>Le port UDP %1 du lien %2 est hors limites.</translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation>Utilisez 4789, le port VXLAN, sauf si le réseau en exige un autre (1-65535).</translation>
    </message>
    <message>
        <source>Tunnel port name '%1' of link %2 %3.</source>
        <translation>Le nom de port de tunnel « %1 » du lien %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'vxlan0'.</source>
        <translation>Renommez le port, p. ex. « vxlan0 ».</translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation>Le lien %1 relie deux ponts sur le même hôte %2 ; un tunnel VXLAN relie des hôtes différents.</translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation>Reliez le pont à un pont d'un autre hôte.</translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation>Le lien %1 relie le sous-réseau %2 au sous-réseau %3 ; un segment de couche 2 nécessite un seul sous-réseau.</translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation>Donnez aux deux ponts des adresses dans le même sous-réseau, ou supprimez le lien.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation>Les ponts %1 et %2 sont reliés par deux liens.</translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation>Supprimez-en un ; un seul tunnel transporte tout le segment.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation>La MTU %1 du pont %2 est supérieure à ce que son tunnel VXLAN peut transporter : la MTU underlay est de %3 et VXLAN ajoute %4 octets.</translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation>Réglez la MTU du pont sur %1 ou moins.</translation>
    </message>
    <message>
        <source>%1 uses the name '%2' twice on host %3.</source>
        <translation>%1 utilise deux fois le nom « %2 » sur l'hôte %3.</translation>
    </message>
    <message>
        <source>The name '%1' is used by both %2 and %3 on host %4.</source>
        <translation>Le nom « %1 » est utilisé à la fois par %2 et par %3 sur l'hôte %4.</translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation>Les ponts, ports passerelle et ports de tunnel d'un hôte ont chacun besoin de leur propre nom.</translation>
    </message>
    <message>
        <source>Two containers on host %1 are named '%2'.</source>
        <translation>Deux conteneurs de l'hôte %1 s'appellent « %2 ».</translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation>Donnez à chaque conteneur d'un hôte son propre nom.</translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation>Le sous-réseau %1 du pont %2 chevauche le sous-réseau %3 du pont %4 sur le même hôte.</translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation>Donnez à chaque pont d'un hôte son propre sous-réseau, p. ex. 10.2.2.0/24 et 10.3.3.0/24.</translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation>Les liens %1 et %2 forment tous deux un tunnel de %3 vers %4 avec le VNI %5 ; OVS ne peut pas les distinguer.</translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation>Donnez un autre VNI à l'un des liens.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation>Le VNI %1 relie des ponts ayant des sous-réseaux différents : %2.</translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation>Les ponts reliés par un même VNI forment un seul réseau : donnez-leur le même sous-réseau, ou utilisez un autre VNI pour l'autre sous-réseau.</translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation>Les ponts %1 reliés par le VNI %2 forment une boucle (%3 liens entre %4 ponts) : les trames inondées y tournent en rond et l'apprentissage MAC ne fonctionne plus, si bien que l'unicast est perdu.</translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation>Supprimez des liens jusqu'à obtenir un arbre, ou reliez chaque paire de ponts (un maillage complet, qui bénéficie du split horizon).</translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation>Les ponts %1 forment un seul réseau, mais leurs liens utilisent des VNI différents (%2).</translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network's identity.</source>
        <translation>Utilisez un seul VNI pour tous les liens d'un réseau ; c'est l'identité du réseau.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host's reply.</source>
        <translation>Les ponts %1 et %2 d'un même réseau ont tous deux l'adresse de passerelle %3 ; un conteneur peut recevoir la réponse de l'un ou l'autre hôte.</translation>
    </message>
    <message>
        <source>Give each host's gateway port its own address, e.g. .1 and .254 (containers keep using their own host's gateway).</source>
        <translation>Donnez au port passerelle de chaque hôte sa propre adresse, p. ex. .1 et .254 (les conteneurs continuent d'utiliser la passerelle de leur propre hôte).</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation>L'adresse %1 du conteneur %2 est déjà utilisée par %3 dans le même réseau.</translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation>Donnez au conteneur une adresse libre dans %1.</translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation>Les ponts %1 d'un même réseau ont des MTU différentes ; les grandes trames seront perdues dans un sens.</translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation>Donnez la même MTU à tous les ponts d'un réseau.</translation>
    </message>
    <message>
        <source>Bridge %1 is set to route, but no other bridge on %2 is: there is nothing to route to.</source>
        <translation>Le pont %1 est configuré pour router, mais aucun autre pont de %2 ne l'est : il n'y a rien vers quoi router.</translation>
    </message>
    <message>
        <source>Set routing on the bridge its segment should reach, or turn it off.</source>
        <translation>Activez le routage sur le pont que son segment doit atteindre, ou désactivez-le.</translation>
    </message>
    <message>
        <source>%1 routes between the networks of %2 and %3, but %4 does not route between %5 and %6, which are in the same two networks: containers on %4 answer through their own host, which drops what is routed to them.</source>
        <translation>%1 route entre les réseaux de %2 et %3, mais %4 ne route pas entre %5 et %6, qui sont dans les deux mêmes réseaux : les conteneurs de %4 répondent via leur propre hôte, qui rejette ce qui leur est routé.</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 as well, or on neither host.</source>
        <translation>Activez aussi le routage sur %1 et %2, ou sur aucun des deux hôtes.</translation>
    </message>
    <message>
        <source>Image %1 is defined twice.</source>
        <translation>L'image %1 est définie deux fois.</translation>
    </message>
    <message>
        <source>Remove one of its definitions in Images (Deploy menu).</source>
        <translation>Retirez l'une de ses définitions dans Images (menu Déployer).</translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation>Page d'accueil</translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation>Bienvenue dans OverlayStudio</translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation>Concevez des réseaux overlay de conteneurs sur la zone de dessin : hôtes, ponts Open vSwitch, conteneurs Docker et liens VXLAN. OverlayStudio vérifie la conception, montre les commandes qui la construisent et la déploie via SSH. Le guide de l'utilisateur se trouve dans Aide (F1).</translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation>Fermer la page d'accueil (Échap)</translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation>Fermer la page d'accueil</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation>Nouvelle conception vide</translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation>Faites glisser des hôtes, des ponts et des conteneurs depuis la palette vers la zone de dessin.</translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation>Essayer sur un labo local</translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation>Deux hôtes simulés sur cette machine, puis l'exemple du labo à y déployer. Nécessite les droits root.</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>Ouvrir un exemple</translation>
    </message>
</context>
<context>
    <name>studio::livestyle</name>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliqué</translation>
    </message>
</context>
<context>
    <name>studio::monitorformat</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
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
        <translation>en attente</translation>
    </message>
    <message>
        <source>up</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rompu</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliqué</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
</context>
</TS>