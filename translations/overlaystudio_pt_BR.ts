<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation>Projete, implante e monitore redes overlay de contêineres.</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>Topologia a abrir.</translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation>Renderiza a janela em um arquivo de imagem e sai.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation>Implanta a topologia assim que ela for aberta.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabalho não salvo</translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation>O OverlayStudio foi encerrado sem salvar suas últimas alterações. Deseja restaurá-las?</translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation>Sobre o OverlayStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Projete, implante e monitore redes overlay de contêineres em vários hosts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation>janelas, tela de desenho, threads</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation>GNU LGPL 3.0 (ou GPL 2.0 / 3.0)</translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation>conexões SSH com os hosts</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 ou posterior</translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation>gráficos ao vivo</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation>GNU GPL 3.0 ou posterior</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O OverlayStudio é software livre: você pode redistribuí-lo e/ou modificá-lo sob os termos da &lt;b&gt;Licença Pública Geral GNU, versão 3 ou (a seu critério) qualquer versão posterior&lt;/b&gt; (GPL-3.0-or-later). Ele vem SEM NENHUMA GARANTIA. Consulte &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;a licença&lt;/a&gt;; em sistemas Debian, ela está em /usr/share/common-licenses/GPL-3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Feito com&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nos hosts, ele controla Open vSwitch, Docker, iproute2 e iptables, conforme instalados lá.&lt;/p&gt;&lt;p&gt;Ícones: desenhados para o OverlayStudio, sob sua licença.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation>'%1' não é um endereço IPv4 (quatro números de 0 a 255, por exemplo, 10.2.2.1)</translation>
    </message>
    <message>
        <source>'%1' has no prefix length; write it like 10.2.2.1/24</source>
        <translation>'%1' não tem comprimento de prefixo; escreva assim: 10.2.2.1/24</translation>
    </message>
    <message>
        <source>'%1' has prefix length '%2'; use 1 to 30 (24 is usual)</source>
        <translation>'%1' tem o comprimento de prefixo '%2'; use de 1 a 30 (24 é o usual)</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address</source>
        <translation>'%1' não é um endereço IPv6</translation>
    </message>
</context>
<context>
    <name>studio::Addressing</name>
    <message>
        <source>has no free /24 subnet left for a new bridge</source>
        <translation>não tem mais nenhuma sub-rede /24 livre para uma nova ponte</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address by hand.</source>
        <translation>Informe manualmente o endereço do gateway da ponte.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>Essa ponte não existe.</translation>
    </message>
    <message>
        <source>has no valid gateway address to take a subnet from: %1</source>
        <translation>não tem um endereço de gateway válido do qual tirar uma sub-rede: %1</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Informe o endereço do gateway com o prefixo, por exemplo, 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>has no free address left in subnet %1</source>
        <translation>não tem mais nenhum endereço livre na sub-rede %1</translation>
    </message>
    <message>
        <source>Use a larger subnet (a shorter prefix) for this segment.</source>
        <translation>Use uma sub-rede maior (um prefixo mais curto) para este segmento.</translation>
    </message>
</context>
<context>
    <name>studio::BuildContext</name>
    <message>
        <source>image %1</source>
        <translation>imagem %1</translation>
    </message>
    <message>
        <source>Put the file beside the project file, or remove it from the context files of %1 in Images (Deploy menu).</source>
        <translation>Coloque o arquivo ao lado do arquivo de projeto, ou remova-o dos arquivos de contexto de %1 em Imagens (menu Implantar).</translation>
    </message>
    <message>
        <source>its context files (%1) are read beside the project file, but the project has not been saved yet.</source>
        <translation>seus arquivos de contexto (%1) são lidos da pasta do arquivo de projeto, mas o projeto ainda não foi salvo.</translation>
    </message>
    <message>
        <source>Save the project next to those files, then apply again.</source>
        <translation>Salve o projeto na mesma pasta desses arquivos e aplique novamente.</translation>
    </message>
    <message>
        <source>its context file '%1' %2.</source>
        <translation>seu arquivo de contexto '%1' %2.</translation>
    </message>
    <message>
        <source>its context file %1 does not exist in %2.</source>
        <translation>seu arquivo de contexto %1 não existe em %2.</translation>
    </message>
    <message>
        <source>its context file %1 is not a file (a folder?).</source>
        <translation>seu arquivo de contexto %1 não é um arquivo (é uma pasta?).</translation>
    </message>
    <message>
        <source>List the files inside it one by one in Images (Deploy menu).</source>
        <translation>Liste um por um os arquivos que ela contém em Imagens (menu Implantar).</translation>
    </message>
    <message>
        <source>its context file %1 is a link to %2, outside the project file's folder.</source>
        <translation>seu arquivo de contexto %1 é um link para %2, fora da pasta do arquivo de projeto.</translation>
    </message>
    <message>
        <source>Copy the file into the project file's folder instead of linking to it.</source>
        <translation>Copie o arquivo para a pasta do arquivo de projeto em vez de criar um link para ele.</translation>
    </message>
    <message>
        <source>its context file %1 cannot be read: %2.</source>
        <translation>seu arquivo de contexto %1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <source>Make the file readable, then apply again.</source>
        <translation>Torne o arquivo legível e aplique novamente.</translation>
    </message>
    <message>
        <source>its context file %1 is larger than 8 GiB.</source>
        <translation>seu arquivo de contexto %1 tem mais de 8 GiB.</translation>
    </message>
    <message>
        <source>its context file %1 became shorter while it was sent.</source>
        <translation>seu arquivo de contexto %1 ficou menor enquanto era enviado.</translation>
    </message>
    <message>
        <source>Apply again once nothing writes to the file.</source>
        <translation>Aplique novamente quando nada mais estiver gravando no arquivo.</translation>
    </message>
    <message>
        <source>its context file %1 grew while it was sent.</source>
        <translation>seu arquivo de contexto %1 cresceu enquanto era enviado.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não pode ser gravado: %1</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Tela de desenho</translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation>O arquivo de topologia (.json).</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation>overlaystudio-cli %1: %2</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation>overlaystudio-cli %1: era esperado exatamente um arquivo de topologia.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Exibe o resultado em JSON.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation>%1: %2 erros, %3 avisos em %4 hosts, %5 pontes, %6 contêineres, %7 links.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Exibe o plano em JSON.</translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation>Somente o plano deste host.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation>Planeja a remoção da topologia.</translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation>Grava um script por host, HOST.sh, nesta pasta.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'; its hosts are: %3.</source>
        <translation>erro: %1 não tem nenhum host chamado '%2'; seus hosts são: %3.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 gravado</translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command '%1'.</source>
        <translation>overlaystudio-cli: comando desconhecido '%1'.</translation>
    </message>
    <message>
        <source>fast (default: containers side by side, plugged at once) or guide (ovs-docker, one container after another, as the tutorial does).</source>
        <translation>fast (padrão: contêineres lado a lado, conectados de uma vez) ou guide (ovs-docker, um contêiner após o outro, como no tutorial).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>overlaystudio-cli plan: unknown style '%1'; use fast or guide.</source>
        <translation>overlaystudio-cli plan: estilo desconhecido '%1'; use fast ou guide.</translation>
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
        <translation>Uso: overlaystudio-cli COMANDO ARQUIVO [opções]

Comandos:
  validate FILE [--json]        Verifica uma topologia; sai com 1 se ela tiver erros.
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                Exibe os comandos que criam (ou removem) a
                                topologia, como um script de shell por host.
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                Implanta via SSH: apply altera só o que difere,
                                destroy remove o que a topologia criou, status
                                compara os hosts com o projeto.
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                Monitora uma topologia implantada: RTT e perda do ping,
                                tráfego por link e contêiner, estados; uma
                                linha por amostra até N intervalos ou Ctrl+C.
  guide FILE [--output DIR] [--format md|html]
                                Grava um guia de laboratório que cria a topologia
                                à mão: Markdown com seu diagrama, ou HTML.
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                Hosts simulados nesta máquina (como root).

Códigos de saída: 0 ok, 1 problemas encontrados, 2 erro de uso.
</translation>
    </message>
    <message>
        <source>Each command explains its options with --help, e.g. overlaystudio-cli apply --help.
</source>
        <translation>Cada comando explica suas opções com --help, por exemplo overlaystudio-cli apply --help.
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
        <translation>A área de transferência não contém objetos do OverlayStudio.</translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation>O host %1, onde estavam os objetos copiados, não existe mais; copie hosts inteiros.</translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation>Nada para colar: selecione hosts, pontes ou contêineres e copie-os.</translation>
    </message>
</context>
<context>
    <name>studio::ClipboardController</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>Remove the selection and keep it on the clipboard</source>
        <translation>Remove a seleção e a mantém na área de transferência</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>Copia a seleção para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Paste with fresh names and addresses</source>
        <translation>Cola com nomes e endereços novos</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selection next to itself, with fresh names and addresses</source>
        <translation>Copia a seleção ao lado dela mesma, com nomes e endereços novos</translation>
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
            <numerusform>Colar %n objeto</numerusform>
            <numerusform>Colar %n objetos</numerusform>
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
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Change %1 of the topology</source>
        <translation>Alterar %1 da topologia</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Alterar %1 de %2</translation>
    </message>
    <message>
        <source>Change image definitions</source>
        <translation>Alterar as definições de imagens</translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>Somente este host (pode ser repetido).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Exibe o resultado em JSON.</translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation>Interrompe todos os hosts quando um falha.</translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation>Lê os hosts e mostra o que mudaria, sem alterar nada.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>Arquivo known_hosts para verificar as chaves dos hosts.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Confia em chaves de host nunca vistas antes (chaves alteradas são sempre recusadas).</translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation>Segundos que um comando pode levar.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>O arquivo de topologia.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.</source>
        <translation>%1 tem erros; nada foi implantado. Execute 'overlaystudio-cli validate %1'.</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'.</source>
        <translation>erro: %1 não tem nenhum host chamado '%2'.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation>A chave de host de %1 (%2) ainda não é conhecida: %3 %4.</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> Confiável (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation> Confiar nela? [y/N] </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>Senha de %1@%2: </translation>
    </message>
    <message>
        <source>Cancelling: every host stops now; a command already running may still finish on its host (Ctrl-C again to quit at once).</source>
        <translation>Cancelando: todos os hosts param agora; um comando já em execução ainda pode terminar no seu host (pressione Ctrl-C de novo para sair imediatamente).</translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation>DESCONHECIDO: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflito: %1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: FALHOU: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1: executaria %n etapa</numerusform>
            <numerusform>%1: executaria %n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation>%1: atualizado, nada foi alterado (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1: %n etapa executada em %2 ms</numerusform>
            <numerusform>%1: %n etapas executadas em %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation>%1 %2 em %3 ms.</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>How containers are started and plugged: fast (default) or guide (ovs-docker, one after another, as the tutorial does).</source>
        <translation>Como os contêineres são iniciados e conectados: fast (padrão) ou guide (ovs-docker, um após o outro, como no tutorial).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>estilo</translation>
    </message>
    <message>
        <source>At most this many hosts connected at once (0: all; default %1).</source>
        <translation>No máximo este número de hosts conectados ao mesmo tempo (0: todos; padrão %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --forks takes a number of hosts (0: all), not '%1'.</source>
        <translation>erro: --forks espera um número de hosts (0: todos), não '%1'.</translation>
    </message>
    <message>
        <source>error: unknown style '%1'; use fast or guide.</source>
        <translation>erro: estilo desconhecido '%1'; use fast ou guide.</translation>
    </message>
    <message>
        <source>destroy: also remove the images this topology built or copied.</source>
        <translation>destroy: remover também as imagens que esta topologia construiu ou copiou.</translation>
    </message>
    <message>
        <source>error: --remove-images is for destroy only.</source>
        <translation>erro: --remove-images é apenas para destroy.</translation>
    </message>
    <message>
        <source>apply only: show each step and ask before running it (y/n/all/quit).</source>
        <translation>somente apply: mostra cada etapa e pergunta antes de executá-la (y/n/all/quit).</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</source>
        <translation>uso: overlaystudio-cli %1 ARQUIVO [--host NOME] [--json] [--fail-fast] [--dry-run] [--known-hosts ARQUIVO] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</translation>
    </message>
    <message>
        <source>error: --step goes with apply only, and not with --dry-run.</source>
        <translation>erro: --step só funciona com apply, e não com --dry-run.</translation>
    </message>
    <message>
        <source>
[%1] step %2 of %3: %4
</source>
        <translation>
[%1] etapa %2 de %3: %4
</translation>
    </message>
    <message>
        <source>  creates: %1
</source>
        <translation>  cria: %1
</translation>
    </message>
    <message>
        <source>Run it? [y]es, [n]o (skip), [a]ll, [q]uit: </source>
        <translation>Executar? [y] sim, [n] não (pular), [a] todas, [q] sair: </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>status de saída %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminou sem status de saída (%1)</translation>
    </message>
    <message>
        <source>%1: %2 step(s) run, %3 skipped: the host may differ from the design (see status)</source>
        <translation>%1: %2 etapa(s) executada(s), %3 pulada(s): o host pode diferir do projeto (veja status)</translation>
    </message>
</context>
<context>
    <name>studio::DeployController</name>
    <message>
        <source>Destroy topology</source>
        <translation>Destruir topologia</translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation>Remover tudo o que a topologia %1 criou nos seus hosts (contêineres, portas, pontes, regras de NAT)? Objetos que o OverlayStudio não criou são deixados como estão.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation>Cria a topologia nos seus hosts; só o que difere é alterado</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation>Compara os hosts com o projeto sem alterar nada</translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation>&amp;Destruir...</translation>
    </message>
    <message>
        <source>Remove everything the topology created on its hosts</source>
        <translation>Remove tudo o que a topologia criou nos seus hosts</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation>Interrompe cada host após a etapa atual</translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation>Aguarde o término da implantação em andamento, ou cancele-a, antes de abrir outra topologia.</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>Não é possível implantar</translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation>A topologia tem erros; corrija primeiro os listados em Problemas.</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>The deploy could not start: another one is still running.</source>
        <translation>Não foi possível iniciar a implantação: outra ainda está em andamento.</translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation>Implantação em andamento</translation>
    </message>
    <message>
        <source>A deploy is still running on the hosts. Stopping it now leaves each host after its current step; Apply again later converges, Destroy removes what was made.</source>
        <translation>Ainda há uma implantação em andamento nos hosts. Se você interrompê-la agora, cada host fica após a etapa atual; depois, Aplicar novamente completa o trabalho e Destruir remove o que foi criado.</translation>
    </message>
    <message>
        <source>Cancel Deploy and Quit</source>
        <translation>Cancelar implantação e sair</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuar executando</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Chave de host desconhecida</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;O OverlayStudio nunca se conectou a &lt;b&gt;%1&lt;/b&gt; (%2) antes.&lt;/p&gt;&lt;p&gt;Ele apresenta esta chave %3:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare-a com a impressão digital do próprio host (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; no host). Confiar nela e lembrá-la?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password for %1 (kept only in memory, until OverlayStudio quits):</source>
        <translation>Senha de %1 (mantida apenas na memória, até o OverlayStudio ser fechado):</translation>
    </message>
    <message>
        <source>Deploy S&amp;ettings...</source>
        <translation>Configurações d&amp;e implantação...</translation>
    </message>
    <message>
        <source>How containers are started and plugged, and how many hosts are connected at once</source>
        <translation>Como os contêineres são iniciados e conectados, e quantos hosts são conectados ao mesmo tempo</translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation>Nada implantado ainda. Use Implantar &gt; Aplicar para criar a topologia nos seus hosts.</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>Host / etapa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%1 em execução em %n host...</numerusform>
            <numerusform>%1 em execução em %n hosts...</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>etapa %1 de %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>conforme o projeto (%n objeto)</numerusform>
            <numerusform>conforme o projeto (%n objetos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n objeto difere</numerusform>
            <numerusform>%n objetos diferem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>concluído: %n etapa em %1 ms</numerusform>
            <numerusform>concluído: %n etapas em %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation>atualizado, nada foi alterado</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>%1 concluído em %n host.</numerusform>
            <numerusform>%1 concluído em %n hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation>%1 FALHOU em %2 de %3 hosts; veja as entradas em vermelho.</translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation>usa autenticação por senha, mas aqui não é possível pedir a senha.</translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation>Use uma chave ou o agente SSH, ou execute de forma interativa.</translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 precisa de sudo sem senha para %2 (sudo -n).</translation>
    </message>
    <message>
        <source>authentication failed.</source>
        <translation>a autenticação falhou.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>status de saída %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminou sem status de saída (%1)</translation>
    </message>
    <message>
        <source>%1: step "%2" failed (%3).
  command: %4
  error: %5</source>
        <translation>%1: a etapa "%2" falhou (%3).
  comando: %4
  erro: %5</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sem saída)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1: nada foi feito: a topologia tem %n erro; o primeiro: %2</numerusform>
            <numerusform>%1: nada foi feito: a topologia tem %n erros; o primeiro: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was done: the topology has no host named %2.</source>
        <translation>%1: nada foi feito: a topologia não tem nenhum host chamado %2.</translation>
    </message>
    <message>
        <source>%1: cancelled by the user %2.</source>
        <translation>%1: cancelado pelo usuário %2.</translation>
    </message>
    <message>
        <source>before connecting; nothing was changed</source>
        <translation>antes de conectar; nada foi alterado</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>conectando a %1</translation>
    </message>
    <message>
        <source>while connecting; nothing was changed</source>
        <translation>durante a conexão; nada foi alterado</translation>
    </message>
    <message>
        <source>reading state</source>
        <translation>lendo o estado</translation>
    </message>
    <message>
        <source>while reading the host's state; nothing was changed</source>
        <translation>ao ler o estado do host; nada foi alterado</translation>
    </message>
    <message>
        <source>%1: reading the host's state failed: %2</source>
        <translation>%1: falha ao ler o estado do host: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>falta %2 em %1</translation>
    </message>
    <message>
        <source>before any change; nothing was changed</source>
        <translation>antes de qualquer alteração; nada foi alterado</translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation>%1: nada foi alterado porque: %2</translation>
    </message>
    <message>
        <source>%1: cancelled by the user after %2 of %3 steps.</source>
        <translation>%1: cancelado pelo usuário após %2 de %3 etapas.</translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation>%1: interrompido após %2 de %3 etapas porque outro host falhou.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>%1: cancelled by the user during step %2 of %3 ("%4"); that command may still be running on the host.</source>
        <translation>%1: cancelado pelo usuário durante a etapa %2 de %3 ("%4"); esse comando ainda pode estar em execução no host.</translation>
    </message>
    <message>
        <source>waiting for its turn (%1 hosts at a time)</source>
        <translation>aguardando a vez (%1 hosts por vez)</translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), then apply again.</source>
        <translation>nada foi alterado: faltam pré-requisitos (%1). Instale-os (openvswitch-switch, docker.io, iproute2, iptables, util-linux) e aplique novamente.</translation>
    </message>
    <message>
        <source>note: %1 is missing; the deploy does not need it, but Capture (Show Packet Path) does. Install it (apt-get install %1).</source>
        <translation>observação: %1 não está instalado; a implantação não precisa dele, mas Capturar (Mostrar caminho do pacote) precisa. Instale-o (apt-get install %1).</translation>
    </message>
    <message>
        <source>%1: another host on this machine got it (they share one Docker engine)</source>
        <translation>%1: outro host desta máquina já a obteve (eles compartilham um mesmo mecanismo Docker)</translation>
    </message>
</context>
<context>
    <name>studio::DeploySettingsDialog</name>
    <message>
        <source>Deploy Settings</source>
        <translation>Configurações de implantação</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged all at once</source>
        <translation>Rápido: contêineres lado a lado, todos conectados de uma vez</translation>
    </message>
    <message>
        <source>Guide: ovs-docker, one container after another</source>
        <translation>Guia: ovs-docker, um contêiner após o outro</translation>
    </message>
    <message>
        <source>Deploy style</source>
        <translation>Estilo de implantação</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Hosts connected at once</source>
        <translation>Hosts conectados ao mesmo tempo</translation>
    </message>
    <message>
        <source>Hosts beyond this number wait for their turn; 0 connects all of them at once.</source>
        <translation>Hosts além deste número aguardam a vez; 0 conecta todos ao mesmo tempo.</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>&amp;Hosts at once:</source>
        <translation>&amp;Hosts por vez:</translation>
    </message>
    <message>
        <source>Starts each host's containers side by side (8 at a time), then plugs them all at once: one docker inspect, a veth pair per container set up with nsenter, every port in one Open vSwitch transaction. The new address is announced, so peers reach a re-created container at once.</source>
        <translation>Inicia os contêineres de cada host lado a lado (8 por vez) e depois conecta todos de uma vez: um único docker inspect, um par veth por contêiner configurado com nsenter, todas as portas em uma transação do Open vSwitch. O novo endereço é anunciado, então os vizinhos alcançam na hora um contêiner recriado.</translation>
    </message>
    <message>
        <source>Runs the commands of the guide: docker run, then ovs-docker add-port, one container after another. Slower; best for following the tutorial step by step. Both styles build the same network and recognise each other's ports.</source>
        <translation>Executa os comandos do guia: docker run e depois ovs-docker add-port, um contêiner após o outro. Mais lento; ideal para seguir o tutorial passo a passo. Os dois estilos constroem a mesma rede e reconhecem as portas um do outro.</translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation>Tela de desenho</translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation>A topologia: hosts, pontes, contêineres e links. As setas movem a seleção e Delete a remove.</translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation>Rede overlay desenhada com o OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>não pôde ser gravado.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Escolha uma pasta em que você possa gravar e um nome .png ou .svg.</translation>
    </message>
</context>
<context>
    <name>studio::DocumentController</name>
    <message>
        <source>Deploy running</source>
        <translation>Implantação em andamento</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>Não é possível abrir a topologia</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Abrir topologia</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)</source>
        <translation>Topologias do OverlayStudio (*.ovstudio.json *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível salvar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>Salvar topologia</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation>Topologias do OverlayStudio (*.ovstudio.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tem alterações que não foram salvas. Deseja salvá-las?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falha no salvamento automático: %1</translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation>O trabalho que não havia sido salvo antes de o OverlayStudio ser encerrado foi restaurado.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
</context>
<context>
    <name>studio::DumpPorts</name>
    <message>
        <source>ovs-ofctl dump-ports did not print port statistics: %1</source>
        <translation>ovs-ofctl dump-ports não exibiu estatísticas de portas: %1</translation>
    </message>
    <message>
        <source>Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).</source>
        <translation>Verifique se o ovs-vswitchd está em execução e se a ponte existe (ovs-vsctl show).</translation>
    </message>
    <message>
        <source>cannot read the port name in "%1".</source>
        <translation>não é possível ler o nome da porta em "%1".</translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message>
        <source>Add host %1</source>
        <translation>Adicionar host %1</translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation>Host %1 adicionado; informe o endereço de gerenciamento dele nas propriedades.</translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation>Uma ponte fica em um host: solte-a dentro da moldura de um host.</translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation>Adicionar ponte %1 em %2</translation>
    </message>
    <message>
        <source>Added bridge %1 on %2 with subnet %3.</source>
        <translation>Ponte %1 adicionada em %2 com a sub-rede %3.</translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation>Um contêiner é executado em um host: solte-o dentro da moldura de um host.</translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation>Adicionar contêiner %1 em %2</translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation>%1 adicionado; arraste da alça dele até uma ponte para conectá-lo.</translation>
    </message>
    <message>
        <source>There is no such container.</source>
        <translation>Esse contêiner não existe.</translation>
    </message>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1 não está conectado.</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Desconectar %1</translation>
    </message>
    <message>
        <source>Detached %1.</source>
        <translation>%1 desconectado.</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>Essa ponte não existe.</translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation>%1 é executado em %2; ele só pode se conectar a uma ponte desse host.</translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation>%1 já está conectado a %2.</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation>%1 conectado a %2 com o endereço %3.</translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation>Conecte um contêiner a uma ponte do host dele, ou uma ponte a uma ponte de outro host.</translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation>Um link VXLAN une pontes em hosts diferentes; %1 e %2 estão ambas em %3.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 e %2 já estão ligadas.</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>Ligar %1 e %2</translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation>%1 e %2 ligadas com o VNI %3.</translation>
    </message>
    <message>
        <source>%1 gets %2</source>
        <translation>%1 recebe %2</translation>
    </message>
    <message>
        <source>Subnet %1 has no room for the other side; give both sides one subnet.</source>
        <translation>A sub-rede %1 não tem espaço para o outro lado; use uma única sub-rede nos dois lados.</translation>
    </message>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>Um segmento precisa de uma única sub-rede, então o outro lado passou para %1 (%2; %n contêiner recebeu novo endereço). Desfazer reverte tudo.</numerusform>
            <numerusform>Um segmento precisa de uma única sub-rede, então o outro lado passou para %1 (%2; %n contêineres receberam novos endereços). Desfazer reverte tudo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added bridge %1 on %2; %3 %4. %5</source>
        <translation>Ponte %1 adicionada em %2; %3 %4. %5</translation>
    </message>
    <message>
        <source>Attached %1 to %2, but %3 %4. %5</source>
        <translation>%1 conectado a %2, mas %3 %4. %5</translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation>Dois hosts, dois segmentos (o guia)</translation>
    </message>
    <message>
        <source>The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don't deploy it.</source>
        <translation>A topologia do guia do manual: dois hosts, com as pontes br0 (VNI 100) e br1 (VNI 200) em cada um e dois contêineres por host. Os endereços são exemplos: planeje-a, mas não a implante.</translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation>Dois hosts no laboratório local</translation>
    </message>
    <message>
        <source>The guide's topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation>A topologia do guia nos dois hosts simulados de um laboratório local: pronta para implantar nesta máquina.</translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation>Três hosts em malha, com NAT</translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation>Três hosts unidos em malha completa no VNI 300 (split horizon nas portas de túnel); o host1 mascara o segmento para fora.</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;exemplo</translation>
    </message>
</context>
<context>
    <name>studio::Firewall</name>
    <message>
        <source>isolation of %1</source>
        <translation>isolamento de %1</translation>
    </message>
    <message>
        <source>Isolate %1 (%2): drop anything the host would forward into %3 unless it answers a connection that a container on %1 opened. Other networks and the outside cannot reach in, whatever the host's FORWARD policy. The rule is in the mangle table, which the host reads before its filter rules, so no ACCEPT rule there can open it again.</source>
        <translation>Isolar %1 (%2): descartar tudo o que o host encaminharia para %3, a menos que responda a uma conexão aberta por um contêiner em %1. Outras redes e o exterior não conseguem entrar, seja qual for a política FORWARD do host. A regra fica na tabela mangle, que o host lê antes das suas regras de filtro, então nenhuma regra ACCEPT lá pode reabri-la.</translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation>NAT %1</translation>
    </message>
    <message>
        <source>Let containers on %1 send through the host (from %2 out to the uplink). Other networks of the host stay closed: their isolation rules come first.</source>
        <translation>Permitir que os contêineres em %1 enviem pelo host (de %2 para o uplink). As outras redes do host continuam fechadas: as regras de isolamento delas vêm primeiro.</translation>
    </message>
    <message>
        <source>Let replies back into %1, and only replies: connection tracking knows which packets answer a connection a container opened.</source>
        <translation>Deixar as respostas voltarem para %1, e só as respostas: o rastreamento de conexões sabe quais pacotes respondem a uma conexão aberta por um contêiner.</translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host's address (NAT), so replies find their way back.</source>
        <translation>Mascarar %1 atrás do endereço do host (NAT), para que as respostas encontrem o caminho de volta.</translation>
    </message>
    <message>
        <source>routing %1 to %2</source>
        <translation>roteamento de %1 para %2</translation>
    </message>
    <message>
        <source>Route from %1 to %2, as the design chooses: let packets from %3 into %4 before %2's isolation rule sees them (inserted above it).</source>
        <translation>Rotear de %1 para %2, como o projeto escolhe: deixar os pacotes de %3 entrarem em %4 antes que a regra de isolamento de %2 os veja (inserida acima dela).</translation>
    </message>
    <message>
        <source>Accept the routed packets from %1 to %2 also where the host's FORWARD policy is DROP.</source>
        <translation>Aceitar os pacotes roteados de %1 para %2 também onde a política FORWARD do host é DROP.</translation>
    </message>
    <message>
        <source>Do not masquerade what %1 routes to %2: containers there see the real sender (inserted above the NAT rule).</source>
        <translation>Não mascarar o que %1 roteia para %2: os contêineres lá veem o remetente real (inserida acima da regra de NAT).</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added (%1).</source>
        <translation>Remover uma regra de firewall que o OverlayStudio adicionou (%1).</translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT and routing; the isolation rules decide what may pass).</source>
        <translation>Permitir que o host encaminhe pacotes entre suas interfaces (necessário para NAT e roteamento; as regras de isolamento decidem o que pode passar).</translation>
    </message>
</context>
<context>
    <name>studio::GuideCli</name>
    <message>
        <source>Folder to write the guide to (default: here).</source>
        <translation>Pasta em que o guia será gravado (padrão: aqui).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>md (Markdown and its images) or html.</source>
        <translation>md (Markdown e suas imagens) ou html.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>O arquivo de topologia.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</source>
        <translation>uso: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</translation>
    </message>
    <message>
        <source>error: unknown format '%1'; use md or html.</source>
        <translation>erro: formato desconhecido '%1'; use md ou html.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>%1 has errors; no guide was written.</source>
        <translation>%1 tem erros; nenhum guia foi gravado.</translation>
    </message>
</context>
<context>
    <name>studio::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>The user guide: first steps, the local lab, troubleshooting</source>
        <translation>O guia do usuário: primeiros passos, o laboratório local, solução de problemas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Página de boas-vindas</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Lab...</source>
        <translation>Experimentar em um &amp;laboratório local...</translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation>Inicia hosts simulados nesta máquina e abre o exemplo feito para eles</translation>
    </message>
    <message>
        <source>&amp;About OverlayStudio</source>
        <translation>&amp;Sobre o OverlayStudio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>studio::HostMonitor</name>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 precisa de sudo sem senha para %2 (sudo -n).</translation>
    </message>
    <message>
        <source>the ping process ended.</source>
        <translation>o processo de ping terminou.</translation>
    </message>
    <message>
        <source>%1: the ping stream ended unexpectedly.</source>
        <translation>%1: o fluxo de ping terminou inesperadamente.</translation>
    </message>
    <message>
        <source>Open vSwitch does not answer on %1: %2</source>
        <translation>O Open vSwitch não responde em %1: %2</translation>
    </message>
    <message>
        <source>Docker does not answer on %1: %2</source>
        <translation>O Docker não responde em %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 não existe em %2.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 não está em execução.</translation>
    </message>
    <message>
        <source>the state of %1 is not known yet.</source>
        <translation>o estado de %1 ainda não é conhecido.</translation>
    </message>
    <message>
        <source>the ping printed nothing for %1 s.</source>
        <translation>o ping não exibiu nada por %1 s.</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation>estado do host</translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation>o relatório de estado do host está incompleto.</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation>Verifique se o host tem um shell POSIX e tente novamente.</translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation>Open vSwitch</translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation>ovs-vsctl não listou pontes, portas e interfaces: %1</translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation>Verifique se o Open vSwitch está em execução no host (ovs-vsctl show).</translation>
    </message>
</context>
<context>
    <name>studio::ImageDefinition</name>
    <message>
        <source>Pull from a registry</source>
        <translation>Baixar de um registro</translation>
    </message>
    <message>
        <source>Build from a Dockerfile</source>
        <translation>Construir a partir de um Dockerfile</translation>
    </message>
    <message>
        <source>Copy from this machine</source>
        <translation>Copiar desta máquina</translation>
    </message>
    <message>
        <source>Image definition '%1' %2.</source>
        <translation>A definição de imagem '%1' %2.</translation>
    </message>
    <message>
        <source>Image %1 is named by digest; only a pulled image can be.</source>
        <translation>A imagem %1 é nomeada por digest; só uma imagem baixada pode ser.</translation>
    </message>
    <message>
        <source>Image %1 is built from a Dockerfile, but the Dockerfile is empty.</source>
        <translation>A imagem %1 é construída a partir de um Dockerfile, mas o Dockerfile está vazio.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 starts with %2; it must start with FROM.</source>
        <translation>O Dockerfile da imagem %1 começa com %2; ele deve começar com FROM.</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 is larger than 1 MB.</source>
        <translation>O Dockerfile da imagem %1 tem mais de 1 MB.</translation>
    </message>
    <message>
        <source>Image %1 is copied from the local image '%2', which %3.</source>
        <translation>A imagem %1 é copiada da imagem local '%2', que %3.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write a Dockerfile that starts with FROM, e.g. FROM ubuntu.</source>
        <translation>Edite a imagem em Imagens (menu Implantar): escreva um Dockerfile que comece com FROM, p. ex. FROM ubuntu.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): name an image on this machine, e.g. ubuntu:v1.</source>
        <translation>Edite a imagem em Imagens (menu Implantar): indique uma imagem desta máquina, p. ex. ubuntu:v1.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write it like ubuntu:v1.</source>
        <translation>Edite a imagem em Imagens (menu Implantar): escreva-a como ubuntu:v1.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>O arquivo de contexto '%1' da imagem %2 %3.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 is listed twice.</source>
        <translation>O arquivo de contexto '%1' da imagem %2 está listado duas vezes.</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): list each context file once, by its path relative to the project file's folder, e.g. files/motd.</source>
        <translation>Edite a imagem em Imagens (menu Implantar): liste cada arquivo de contexto uma única vez, pelo caminho relativo à pasta do arquivo de projeto, p. ex. files/motd.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>is absolute; give it relative to the project file's folder</source>
        <translation>é absoluto; indique-o em relação à pasta do arquivo de projeto</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>contém uma barra invertida; separe as pastas com /</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contém um caractere de controle</translation>
    </message>
    <message>
        <source>is longer than 4096 bytes</source>
        <translation>tem mais de 4096 bytes</translation>
    </message>
    <message>
        <source>leaves the project file's folder (..)</source>
        <translation>sai da pasta do arquivo de projeto (..)</translation>
    </message>
    <message>
        <source>has an empty or '.' part</source>
        <translation>tem uma parte vazia ou '.'</translation>
    </message>
    <message>
        <source>is named Dockerfile, which the context holds already (the text in the project)</source>
        <translation>se chama Dockerfile, que o contexto já contém (o texto no projeto)</translation>
    </message>
</context>
<context>
    <name>studio::ImagePhase</name>
    <message>
        <source>cancelled by the user before image %1.</source>
        <translation>cancelado pelo usuário antes da imagem %1.</translation>
    </message>
    <message>
        <source>docker save %1 | gzip -c (here) | %2 (on %3)</source>
        <translation>docker save %1 | gzip -c (aqui) | %2 (em %3)</translation>
    </message>
    <message>
        <source>copying image %1: %2 MB sent, %3 MB/s</source>
        <translation>copiando a imagem %1: %2 MB enviados, %3 MB/s</translation>
    </message>
    <message>
        <source>building image %1</source>
        <translation>construindo a imagem %1</translation>
    </message>
    <message>
        <source>getting image %1</source>
        <translation>obtendo a imagem %1</translation>
    </message>
    <message>
        <source>not run to the end</source>
        <translation>não executado até o fim</translation>
    </message>
    <message>
        <source>cancelled by the user while getting image %1.</source>
        <translation>cancelado pelo usuário enquanto obtinha a imagem %1.</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2</source>
        <translation>não foi possível construir a imagem %1: %2</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2 failed: %3</source>
        <translation>não foi possível construir a imagem %1: %2 falhou: %3</translation>
    </message>
    <message>
        <source>Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.</source>
        <translation>Corrija o Dockerfile de %1 em Imagens (menu Implantar) e aplique novamente.</translation>
    </message>
    <message>
        <source>image %1 could not be copied: %2</source>
        <translation>não foi possível copiar a imagem %1: %2</translation>
    </message>
    <message>
        <source>Apply again once the host is reachable and has free disk space.</source>
        <translation>Aplique novamente quando o host estiver acessível e tiver espaço livre em disco.</translation>
    </message>
    <message>
        <source>image %1 could not be pulled: %2</source>
        <translation>não foi possível baixar a imagem %1: %2</translation>
    </message>
    <message>
        <source>Give %1 access to the registry, or define %2 in Images (Deploy menu) to build it or copy it from this machine.</source>
        <translation>Dê a %1 acesso ao registro, ou defina %2 em Imagens (menu Implantar) para construí-la ou copiá-la desta máquina.</translation>
    </message>
    <message>
        <source>the host lacks it; apply builds it from the design's Dockerfile</source>
        <translation>o host não a tem; aplicar a constrói a partir do Dockerfile do projeto</translation>
    </message>
    <message>
        <source>the host lacks it; apply copies it from this machine</source>
        <translation>o host não a tem; aplicar a copia desta máquina</translation>
    </message>
    <message>
        <source>the host lacks it; apply pulls it</source>
        <translation>o host não a tem; aplicar a baixa</translation>
    </message>
    <message>
        <source>the host lacks it and the design does not define it; apply tries docker pull (define it in Images to build or copy it)</source>
        <translation>o host não a tem e o projeto não a define; aplicar tenta docker pull (defina-a em Imagens para construí-la ou copiá-la)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagem %1</translation>
    </message>
    <message>
        <source>Remove the images this topology built or copied (label %1=%2), because --remove-images was asked for.</source>
        <translation>Remover as imagens que esta topologia construiu ou copiou (rótulo %1=%2), porque --remove-images foi pedido.</translation>
    </message>
    <message>
        <source>tar of the Dockerfile and its context files (here) | %1 (on %2)</source>
        <translation>tar do Dockerfile e dos seus arquivos de contexto (aqui) | %1 (em %2)</translation>
    </message>
    <message>
        <source>has no definition.</source>
        <translation>não tem definição.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>não executado</translation>
    </message>
    <message>
        <source>building image %1 (sending %2 KB of build context)</source>
        <translation>construindo a imagem %1 (enviando %2 KB de contexto de build)</translation>
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
        <translation>Se o host não tiver %1: baixá-la do seu registro (docker pull).</translation>
    </message>
    <message>
        <source>If the host lacks %1: build it from the design's Dockerfile, labelled as this topology's.</source>
        <translation>Se o host não tiver %1: construí-la a partir do Dockerfile do projeto, rotulada como desta topologia.</translation>
    </message>
    <message>
        <source>stdin: %1 beside this script, a tar of the Dockerfile and %2</source>
        <translation>stdin: %1 ao lado deste script, um tar do Dockerfile e de %2</translation>
    </message>
    <message>
        <source>Check that %1 is here: images-%2.sh copies it from the machine that has it.</source>
        <translation>Verificar se %1 está aqui: images-%2.sh a copia da máquina que a tem.</translation>
    </message>
    <message>
        <source>%1 lacks image %2: run %3 on the machine that has it first.</source>
        <translation>Falta a imagem %2 em %1: execute %3 primeiro na máquina que a tem.</translation>
    </message>
    <message>
        <source>First run %1 on the machine that has the copied images (not on this host): it sends them here over ssh.</source>
        <translation>Execute primeiro %1 na máquina que tem as imagens copiadas (não neste host): ele as envia para cá por ssh.</translation>
    </message>
    <message>
        <source>Copy %1 into the same folder as this script: an image build reads it.</source>
        <translation>Copie %1 para a mesma pasta deste script: ele é lido ao construir uma imagem.</translation>
    </message>
    <message>
        <source># %1. Copy image %2 (here: %3) to %4, unless it has it.</source>
        <translation># %1. Copiar a imagem %2 (aqui: %3) para %4, a menos que ele já a tenha.</translation>
    </message>
    <message>
        <source>%1 has no image ID here.</source>
        <translation>%1 não tem ID de imagem aqui.</translation>
    </message>
    <message>
        <source>%1 has %2 already.</source>
        <translation>%1 já tem %2.</translation>
    </message>
    <message>
        <source># OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.</source>
        <translation># OverlayStudio: enviar ao host %1 (%2) as imagens que a topologia %3 copia desta máquina.</translation>
    </message>
    <message>
        <source># Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs docker here and ssh to %2; a host that has an image already is skipped.</source>
        <translation># Execute-o AQUI, na máquina que tem as imagens, antes de %1.sh ser executado em %1. Ele precisa do docker aqui e de ssh para %2; um host que já tem uma imagem é pulado.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>não pode ser criado.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message>
        <source>Pull image %1 from its registry (docker pull).</source>
        <translation>Baixar a imagem %1 do seu registro (docker pull).</translation>
    </message>
    <message>
        <source>Pull image %1 from its registry (docker pull): the design does not say how to build or copy it.</source>
        <translation>Baixar a imagem %1 do seu registro (docker pull): o projeto não diz como construí-la ou copiá-la.</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>Construir a imagem %1 a partir do Dockerfile do projeto (%n instrução), como o guia faz antes de qualquer docker run.</numerusform>
            <numerusform>Construir a imagem %1 a partir do Dockerfile do projeto (%n instruções), como o guia faz antes de qualquer docker run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy image %1 from this machine: docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Copiar a imagem %1 desta máquina: docker save aqui, comprimida pela conexão SSH deste host para docker load.</translation>
    </message>
    <message>
        <source>Copy image %1 from this machine (where it is %2): docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>Copiar a imagem %1 desta máquina (onde ela é %2): docker save aqui, comprimida pela conexão SSH deste host para docker load.</translation>
    </message>
    <message>
        <source>Name the copied image %1 and label it as this topology's.</source>
        <translation>Nomear a imagem copiada %1 e rotulá-la como desta topologia.</translation>
    </message>
    <message>
        <source>If the host lacks %1: %2</source>
        <translation>Se o host não tiver %1: %2</translation>
    </message>
    <message>
        <source>stdin: docker save %1 | gzip -c, run on this machine</source>
        <translation>stdin: docker save %1 | gzip -c, executado nesta máquina</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>o passo %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>Construir a imagem %1 a partir do Dockerfile do projeto (%n instrução) com %2, da pasta do arquivo de projeto, enviados como tar pela conexão SSH deste host.</numerusform>
            <numerusform>Construir a imagem %1 a partir do Dockerfile do projeto (%n instruções) com %2, da pasta do arquivo de projeto, enviados como tar pela conexão SSH deste host.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ID of %1&gt;</source>
        <translation>&lt;ID de %1&gt;</translation>
    </message>
    <message>
        <source>stdin: a tar of the Dockerfile and %1, made on this machine from the files beside the project file</source>
        <translation>stdin: um tar do Dockerfile e de %1, feito nesta máquina a partir dos arquivos ao lado do arquivo de projeto</translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>e.g. ubuntu:v1</source>
        <translation>p. ex. ubuntu:v1</translation>
    </message>
    <message>
        <source>New image name</source>
        <translation>Nome da nova imagem</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove image definition</source>
        <translation>Remover a definição de imagem</translation>
    </message>
    <message>
        <source>How hosts get the image</source>
        <translation>Como os hosts obtêm a imagem</translation>
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
        <translation>Usar o Dockerfile do &amp;guia</translation>
    </message>
    <message>
        <source>Use the guide's Dockerfile</source>
        <translation>Usar o Dockerfile do guia</translation>
    </message>
    <message>
        <source>Image on this machine</source>
        <translation>Imagem nesta máquina</translation>
    </message>
    <message>
        <source>Hosts that lack the image run docker pull: they need access to its registry.</source>
        <translation>Os hosts que não têm a imagem executam docker pull: precisam de acesso ao seu registro.</translation>
    </message>
    <message>
        <source>docker save runs here; the image goes compressed over each host's SSH connection into docker load. For hosts without internet.</source>
        <translation>docker save roda aqui; a imagem vai comprimida pela conexão SSH de cada host para docker load. Para hosts sem internet.</translation>
    </message>
    <message>
        <source>Image on this &amp;machine:</source>
        <translation>Imagem nesta &amp;máquina:</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>o mesmo nome</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>pull, not defined</source>
        <translation>pull, não definida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not used by any container.</source>
        <translation>%1 não é usada por nenhum contêiner.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 é usada por %n contêiner.</numerusform>
            <numerusform>%1 é usada por %n contêineres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses an image yet. Add one to define it.</source>
        <translation>Nenhum contêiner usa uma imagem ainda. Adicione uma para defini-la.</translation>
    </message>
    <message>
        <source>Image '%1' %2.</source>
        <translation>A imagem '%1' %2.</translation>
    </message>
    <message>
        <source>Context files</source>
        <translation>Arquivos de contexto</translation>
    </message>
    <message>
        <source>Files beside the project file sent with the Dockerfile, so COPY can use them</source>
        <translation>Arquivos ao lado do arquivo de projeto enviados com o Dockerfile, para que COPY possa usá-los</translation>
    </message>
    <message>
        <source>Context file path</source>
        <translation>Caminho do arquivo de contexto</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. files/motd</source>
        <translation>relativo ao arquivo de projeto, p. ex. files/motd</translation>
    </message>
    <message>
        <source>Add Fi&amp;le</source>
        <translation>Adicionar arqui&amp;vo</translation>
    </message>
    <message>
        <source>Add context file</source>
        <translation>Adicionar arquivo de contexto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose context files</source>
        <translation>Escolher arquivos de contexto</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>Remover arquivo</translation>
    </message>
    <message>
        <source>Remove context file</source>
        <translation>Remover arquivo de contexto</translation>
    </message>
    <message>
        <source>Hosts that lack the image build it from this Dockerfile (docker build). The context files go with it, so COPY and ADD can use them.</source>
        <translation>Os hosts que não têm a imagem a constroem a partir deste Dockerfile (docker build). Os arquivos de contexto vão junto, para que COPY e ADD possam usá-los.</translation>
    </message>
    <message>
        <source>&amp;Context files (beside the project file):</source>
        <translation>Arquivos de &amp;contexto (ao lado do arquivo de projeto):</translation>
    </message>
    <message>
        <source>Save the project first: context files are picked from the project file's folder.</source>
        <translation>Salve o projeto primeiro: os arquivos de contexto são escolhidos na pasta do arquivo de projeto.</translation>
    </message>
    <message>
        <source>Pick files in %1</source>
        <translation>Escolher arquivos em %1</translation>
    </message>
    <message>
        <source>%1 (not found beside the project file)</source>
        <translation>%1 (não encontrado ao lado do arquivo de projeto)</translation>
    </message>
    <message>
        <source>%1 is outside the project file's folder (%2): copy it there first, so the project and its files travel together.</source>
        <translation>%1 está fora da pasta do arquivo de projeto (%2): copie-o para lá primeiro, para que o projeto e seus arquivos fiquem sempre juntos.</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>O arquivo de contexto '%1' da imagem %2 %3.</translation>
    </message>
    <message>
        <source>Context Files</source>
        <translation>Arquivos de contexto</translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation>nenhum arquivo PID apareceu; o daemon não iniciou.</translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation>Veja os logs ao lado dele.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation>Criando a imagem %1 a partir do busybox-static</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>não está instalado.</translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation>Instale o busybox-static.</translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation>não é possível copiar o busybox para a imagem.</translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation>Iniciando um engine do Docker</translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation>não pôde ser iniciado.</translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation>Instale o docker.io.</translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation>não ficou pronto; veja %1.</translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation>Iniciando o host %1 em %2</translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation>estes programas estão faltando: %1.</translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation>Instale-os com .ci/install-deps.sh.</translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation>Criando a ponte de underlay %1 (%2/24)</translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation>não é uma imagem do engine do Docker local.</translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation>Importe-a ou crie-a primeiro, ou omita a imagem para usar %1.</translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation>não responde via SSH em %1:22.</translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation>Veja %1/log/sshd.log.</translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation>criar hosts simulados requer root (namespaces de rede, Open vSwitch).</translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation>Execute como root, por exemplo, com sudo.</translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation>deve ser de 1 a %1.</translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation>já existe um laboratório ativo.</translation>
    </message>
    <message>
        <source>Run 'lab down' first.</source>
        <translation>Execute 'lab down' primeiro.</translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation>%1 já existem: outro laboratório está ativo.</translation>
    </message>
    <message>
        <source>Take it down with 'lab down' (with its --run-dir) first.</source>
        <translation>Desative-o primeiro com 'lab down' (com o --run-dir dele).</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>não pode ser criado.</translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation>não há nenhum laboratório ativo aqui.</translation>
    </message>
    <message>
        <source>Start one with 'lab up'.</source>
        <translation>Inicie um com 'lab up'.</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>está danificado.</translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation>Remova manualmente os namespaces oslab-h* e a ponte %1.</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: no start time was recorded for it, so it cannot be told from another process with that PID</source>
        <translation>o processo %1 (%2) foi deixado em execução: nenhum horário de início foi registrado para ele, então não é possível distingui-lo de outro processo com esse PID</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: it started at another time than the lab's, so it is not the lab's</source>
        <translation>o processo %1 (%2) foi deixado em execução: ele foi iniciado em um horário diferente do laboratório, então não é do laboratório</translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation>Parando o host %1</translation>
    </message>
    <message>
        <source>namespace '%1' was left alone: it is not a lab name</source>
        <translation>o namespace '%1' foi deixado como está: não é um nome do laboratório</translation>
    </message>
    <message>
        <source>link '%1' was left alone: it is not a lab name</source>
        <translation>o link '%1' foi deixado como está: não é um nome do laboratório</translation>
    </message>
    <message>
        <source>%1 was left alone: it is not below the lab's run directory %2</source>
        <translation>%1 foi deixado como está: não está dentro do diretório de execução do laboratório, %2</translation>
    </message>
    <message>
        <source>link '%1' was left alone: the lab's bridge is %2</source>
        <translation>o link '%1' foi deixado como está: a ponte do laboratório é %2</translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation>Parando o engine do Docker que o laboratório iniciou</translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation>o laboratório foi desativado, mas: %1</translation>
    </message>
    <message>
        <source>its sshd is not running.</source>
        <translation>o sshd dele não está em execução.</translation>
    </message>
    <message>
        <source>is not a host of the lab in %1.</source>
        <translation>não é um host do laboratório em %1.</translation>
    </message>
    <message>
        <source>its sshd runs already.</source>
        <translation>o sshd dele já está em execução.</translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation>Hosts do laboratório local.</translation>
    </message>
    <message>
        <source>Rolling back also failed: %1</source>
        <translation>A reversão também falhou: %1</translation>
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
        <translation>Imagem de contêiner que o laboratório fornece (up); padrão: criar %1 a partir do busybox-static.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab's (up).</source>
        <translation>Grava uma topologia cujos hosts são os do laboratório (up).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation>Onde o laboratório guarda seu estado.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation>Onde o laboratório guarda suas chaves SSH (reutilizadas).</translation>
    </message>
    <message>
        <source>known_hosts file to record the lab's host keys in.</source>
        <translation>Arquivo known_hosts em que registrar as chaves de host do laboratório.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Exibe o status em JSON.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation>uso: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation>--hosts requer um número.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation>O laboratório está ativo em %1 s: %2 hosts, imagem %3.</translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation>Chave SSH: %1</translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation>Chaves de host: %1 (também registradas em %2)</translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation>Gateway de underlay (esta máquina): %1</translation>
    </message>
    <message>
        <source>Topology with the lab's hosts: %1</source>
        <translation>Topologia com os hosts do laboratório: %1</translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation>O laboratório está desativado.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation>DEGRADADO: namespace %1, SSH %2, parados: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>não responde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>lab: unknown action '%1'; use up, down or status.</source>
        <translation>lab: ação desconhecida '%1'; use up, down ou status.</translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message>
        <source>%1: a multi-host container overlay with Open vSwitch, VXLAN and Docker</source>
        <translation>%1: um overlay de contêineres em vários hosts com Open vSwitch, VXLAN e Docker</translation>
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
        <translation>O Open vSwitch (OVS) é um switch virtual para redes definidas por software. O VXLAN (Virtual Extensible LAN) transporta quadros Ethernet dentro de pacotes UDP sobre uma rede IP, de modo que uma rede de camada 2 pode se estender por vários hosts. Juntos, eles permitem que contêineres Docker em hosts diferentes se comuniquem como se compartilhassem um único switch, com cada rede isolada pelo seu próprio identificador de rede VXLAN (VNI).</translation>
    </message>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>Este guia cria à mão a topologia **%1**: %n host, </numerusform>
            <numerusform>Este guia cria à mão a topologia **%1**: %n hosts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>%n ponte, </numerusform>
            <numerusform>%n pontes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>%n contêiner </numerusform>
            <numerusform>%n contêineres </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>e %n túnel VXLAN</numerusform>
            <numerusform>e %n túneis VXLAN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> que transporta %n rede (VNI).</numerusform>
            <numerusform> que transportam %n redes (VNIs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command below is the one OverlayStudio runs; each is safe to run again.</source>
        <translation>Cada comando abaixo é o que o OverlayStudio executa; todos podem ser executados de novo com segurança.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>Topology %1</source>
        <translation>Topologia %1</translation>
    </message>
    <message>
        <source>The diagram as a drawing: [%1](%2).</source>
        <translation>O diagrama como desenho: [%1](%2).</translation>
    </message>
    <message>
        <source>%1 (gateway %2 on %3)</source>
        <translation>%1 (gateway %2 em %3)</translation>
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
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Underlay (VTEP)</source>
        <translation>Underlay (VTEP)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Pontes</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Contêineres</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>(somente este host)</translation>
    </message>
    <message>
        <source>The networks: bridges joined by VXLAN tunnels form one layer-2 network, named by its VNI. Networks are isolated from each other unless the design routes between them.</source>
        <translation>As redes: pontes unidas por túneis VXLAN formam uma rede de camada 2, identificada pelo seu VNI. As redes ficam isoladas umas das outras, a menos que o projeto faça roteamento entre elas.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Sub-rede</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Pré-requisitos</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Linux hosts that reach each other over IP: %1%2.</source>
        <translation>Hosts Linux que se alcançam por IP: %1%2.</translation>
    </message>
    <message>
        <source>, with UDP port %1 open between them</source>
        <translation>, com a porta UDP %1 aberta entre eles</translation>
    </message>
    <message>
        <source>On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and %6.</source>
        <translation>Em cada host: Docker (%1), Open vSwitch (%2, que traz %3 e %4), %5 e %6.</translation>
    </message>
    <message>
        <source>A shell as root on each host (%1): every command below runs as root.</source>
        <translation>Um shell como root em cada host (%1): todos os comandos abaixo são executados como root.</translation>
    </message>
    <message>
        <source>The container image(s) %1 on the hosts that run containers (%2, or build them).</source>
        <translation>A(s) imagem(ns) de contêiner %1 nos hosts que executam contêineres (%2, ou crie-as).</translation>
    </message>
    <message>
        <source>Hosts without the Open vSwitch kernel module use its userspace datapath (%1), as the design says for them; their underlay address must sit on an OVS bridge holding the NIC.</source>
        <translation>Hosts sem o módulo de kernel do Open vSwitch usam o datapath em espaço de usuário (%1), como o projeto indica para eles; o endereço de underlay deles precisa estar em uma ponte OVS que contenha a NIC.</translation>
    </message>
    <message>
        <source>Step %1: build %2</source>
        <translation>Etapa %1: criar %2</translation>
    </message>
    <message>
        <source>Nothing to do on %1: it has no bridges or containers.</source>
        <translation>Nada a fazer em %1: ele não tem pontes nem contêineres.</translation>
    </message>
    <message>
        <source>On %1, as root, in this order:</source>
        <translation>Em %1, como root, nesta ordem:</translation>
    </message>
    <message>
        <source>Step %1: test it</source>
        <translation>Etapa %1: testar</translation>
    </message>
    <message>
        <source>There are no two containers plugged into bridges to ping between.</source>
        <translation>Não há dois contêineres conectados a pontes para fazer ping entre eles.</translation>
    </message>
    <message>
        <source>Ping from each container to the others. Within a network (one VNI) the pings must get replies; between networks they must fail: each VNI is its own isolated network, unless the design routes between them.</source>
        <translation>Faça ping de cada contêiner para os outros. Dentro de uma rede (um VNI) os pings devem receber resposta; entre redes eles devem falhar: cada VNI é uma rede isolada, a menos que o projeto faça roteamento entre elas.</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>Executar em</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>On %1, these must get replies:</source>
        <translation>Em %1, estes devem receber resposta:</translation>
    </message>
    <message>
        <source>On %1, these must fail (100% packet loss):</source>
        <translation>Em %1, estes devem falhar (100% de perda de pacotes):</translation>
    </message>
    <message>
        <source>same host, switched by its bridge</source>
        <translation>mesmo host, comutado pela ponte</translation>
    </message>
    <message>
        <source>VNI %1 via %2</source>
        <translation>VNI %1 via %2</translation>
    </message>
    <message>
        <source>routed by the design, then %1</source>
        <translation>roteado pelo projeto, depois %1</translation>
    </message>
    <message>
        <source>same network, %1</source>
        <translation>mesma rede, %1</translation>
    </message>
    <message>
        <source>The MTU check</source>
        <translation>A verificação de MTU</translation>
    </message>
    <message>
        <source>VXLAN adds %1 bytes to every frame: %2. So the containers' packets may be at most %3 bytes, and the bridges and containers here use MTU %4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that must not be fragmented passes; one byte more is refused.</source>
        <translation>O VXLAN acrescenta %1 bytes a cada quadro: %2. Portanto, os pacotes dos contêineres podem ter no máximo %3 bytes, e as pontes e contêineres aqui usam MTU %4. Um ping de %5 bytes de dados (mais 8 de ICMP e 20 de IP: %4) que não pode ser fragmentado passa; com um byte a mais, é recusado.</translation>
    </message>
    <message>
        <source>The first prints %1, the second gets a reply, the third fails with "message too long". (%2 needs iputils ping; BusyBox's ping has no %2.)</source>
        <translation>O primeiro exibe %1, o segundo recebe resposta e o terceiro falha com "message too long". (%2 precisa do ping do iputils; o ping do BusyBox não tem %2.)</translation>
    </message>
    <message>
        <source>Step %1: what a ping looks like on the wire</source>
        <translation>Etapa %1: como um ping aparece no fio</translation>
    </message>
    <message>
        <source>One echo request from %1 to %2 (%3), step by step:</source>
        <translation>Uma solicitação de eco de %1 para %2 (%3), passo a passo:</translation>
    </message>
    <message>
        <source>On the underlay between %1 and %2 the frame has these headers (see them for real with %3 on %1):</source>
        <translation>No underlay entre %1 e %2 o quadro tem estes cabeçalhos (veja-os de verdade com %3 em %1):</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
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
        <translation>Etapa %1: remover tudo</translation>
    </message>
    <message>
        <source>On each host, as root: this removes the containers, firewall rules and bridges this topology made, and nothing else (each is checked for the topology's tag first).</source>
        <translation>Em cada host, como root: isto remove os contêineres, as regras de firewall e as pontes que esta topologia criou, e nada mais (antes, cada um é verificado quanto à tag da topologia).</translation>
    </message>
</context>
<context>
    <name>studio::LabGuideExport</name>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>não pode ser criado.</translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation>Procurando um laboratório local...</translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation>Laboratório local</translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation>há um laboratório ativo, mas %1.</translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation>ele tem menos de %1 hosts</translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation>estes hosts não funcionam: %1</translation>
    </message>
    <message>
        <source>Take it down with '%1' and try again.</source>
        <translation>Desative-o com '%1' e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>O laboratório local já estava ativo: %n host.</numerusform>
            <numerusform>O laboratório local já estava ativo: %n hosts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation>O laboratório local está ativo: %1.</translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation>Não é possível iniciar o laboratório local</translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation>O exemplo feito para ele está aberto. Implantá-lo no laboratório agora?</translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and '%1' takes the lab down.</source>
        <translation>Quando terminar, Implantar &gt; Destruir remove o que ele criou, e '%1' desativa o laboratório.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Implantar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation>O laboratório local precisa de root</translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation>O laboratório local simula hosts nesta máquina: ele cria namespaces de rede, inicia o Open vSwitch e um servidor SSH para cada host e adiciona uma regra de firewall. Isso requer root, e o OverlayStudio é executado como usuário comum.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;Inicie um laboratório com dois hosts em um terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;depois abra o exemplo feito para ele (Ajuda &amp;gt; Abrir exemplo &amp;gt; Dois hosts no laboratório local) e implante-o com Implantar &amp;gt; Aplicar. Quando terminar:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation>&amp;Abrir o exemplo do laboratório</translation>
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
        <translation>Idioma do &amp;sistema (%1)</translation>
    </message>
</context>
<context>
    <name>studio::LocalCommand</name>
    <message>
        <source>could not start: %1.</source>
        <translation>não pôde ser iniciado: %1.</translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation>Instale o programa (veja .ci/install-deps.sh).</translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation>não terminou em %1 s.</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>falhou com o código de saída %1: %2</translation>
    </message>
</context>
<context>
    <name>studio::LocalImageStream</name>
    <message>
        <source>image %1 on this machine</source>
        <translation>imagem %1 nesta máquina</translation>
    </message>
    <message>
        <source>Check that Docker runs here and that "docker image ls" lists the image.</source>
        <translation>Verifique se o Docker está rodando aqui e se "docker image ls" lista a imagem.</translation>
    </message>
    <message>
        <source>docker cannot be started here: %1</source>
        <translation>o docker não pode ser iniciado aqui: %1</translation>
    </message>
    <message>
        <source>this machine does not have it (%1).</source>
        <translation>esta máquina não a tem (%1).</translation>
    </message>
    <message>
        <source>docker save cannot be started: %1</source>
        <translation>o docker save não pode ser iniciado: %1</translation>
    </message>
    <message>
        <source>gzip cannot be started: %1</source>
        <translation>o gzip não pode ser iniciado: %1</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>cancelado.</translation>
    </message>
    <message>
        <source>docker save produced nothing for 5 minutes.</source>
        <translation>o docker save não produziu nada por 5 minutos.</translation>
    </message>
    <message>
        <source>docker save failed: %1</source>
        <translation>o docker save falhou: %1</translation>
    </message>
    <message>
        <source>gzip failed: %1</source>
        <translation>o gzip falhou: %1</translation>
    </message>
    <message>
        <source>docker image inspect gave no image ID (%1).</source>
        <translation>o docker image inspect não retornou um ID de imagem (%1).</translation>
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
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estrutura</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;aberto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Implantação</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>Start a new, empty topology</source>
        <translation>Inicia uma topologia nova e vazia</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>Abre um arquivo de topologia</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;exemplo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the topology</source>
        <translation>Salva a topologia</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Salvar &amp;como...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>Exportar i&amp;magem...</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation>Exportar &amp;plano...</translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation>Exportar os scripts por host para</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Ajustar à &amp;grade</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar à &amp;janela</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Implantar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation>Adicionar &amp;host aqui</translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation>Adicionar &amp;ponte aqui</translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation>Adicionar c&amp;ontêiner aqui</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>Diagrama exportado para %1</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Não é possível exportar o plano</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>%n script gravado em %1</numerusform>
            <numerusform>%n scripts gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation>%1[*] - OverlayStudio</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation>%1: %2 hosts, %3 pontes, %4 contêineres, %5 links; %6 erros, %7 avisos</translation>
    </message>
    <message>
        <source>&amp;Images…</source>
        <translation>&amp;Imagens…</translation>
    </message>
    <message>
        <source>How hosts that lack an image get it: pull, build or copy</source>
        <translation>Como os hosts sem uma imagem a obtêm: baixar, construir ou copiar</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitoramento</translation>
    </message>
</context>
<context>
    <name>studio::Monitor</name>
    <message>
        <source>is already being monitored.</source>
        <translation>já está sendo monitorado.</translation>
    </message>
    <message>
        <source>Stop monitoring first.</source>
        <translation>Pare o monitoramento primeiro.</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>intervalo</translation>
    </message>
    <message>
        <source>must be from 0.2 to 60 seconds, not %1.</source>
        <translation>deve ser de 0,2 a 60 segundos, não %1.</translation>
    </message>
    <message>
        <source>Fix the topology's errors first: only a valid topology can be deployed and monitored.</source>
        <translation>Corrija primeiro os erros da topologia: só uma topologia válida pode ser implantada e monitorada.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCli</name>
    <message>
        <source>Seconds between samples (0.2 to 60).</source>
        <translation>Segundos entre amostras (de 0,2 a 60).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Stop after this many intervals (default: run until Ctrl+C).</source>
        <translation>Para após este número de intervalos (padrão: executa até Ctrl+C).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Um objeto JSON por linha.</translation>
    </message>
    <message>
        <source>CSV with a header line.</source>
        <translation>CSV com uma linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Cap on the container pairs pinged.</source>
        <translation>Limite de pares de contêineres que recebem ping.</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>Arquivo known_hosts para verificar as chaves dos hosts.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>Confia em chaves de host nunca vistas antes (chaves alteradas são sempre recusadas).</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>O arquivo de topologia.</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation>uso: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known: %3 %4.%5</source>
        <translation>A chave de host de %1 (%2) não é conhecida: %3 %4.%5</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> Confiável (--accept-new-host-keys).</translation>
    </message>
    <message>
        <source> Not trusted: run 'status' or 'apply' once to confirm it, or pass --accept-new-host-keys.</source>
        <translation> Não confiável: execute 'status' ou 'apply' uma vez para confirmá-la, ou use --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. Ctrl+C stops.</source>
        <translation>Monitorando %1: %2 host(s), %3 sonda(s) de ping, a cada %4 s. Ctrl+C interrompe.</translation>
    </message>
    <message>
        <source>Stopping: ending the remote pings...</source>
        <translation>Parando: encerrando os pings remotos...</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCsv</name>
    <message>
        <source>could not be written: %1</source>
        <translation>não pôde ser gravado: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>Check the free space and choose a folder you may write to.</source>
        <translation>Verifique o espaço livre e escolha uma pasta em que você possa gravar.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message>
        <source>Monitor</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <source>Monitor tools</source>
        <translation>Ferramentas de monitoramento</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop drawing new samples (recording goes on); press again to catch up</source>
        <translation>Para de desenhar novas amostras (a gravação continua); pressione de novo para acompanhar</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Acompanhar</translation>
    </message>
    <message>
        <source>Keep the newest samples in view (zooming or panning a graph stops following; End or a double click on a graph comes back)</source>
        <translation>Mantém as amostras mais recentes visíveis (aplicar zoom ou deslocar um gráfico para de acompanhar; End ou um clique duplo em um gráfico volta a acompanhar)</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Janela de tempo</translation>
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
        <translation>&amp;Vazão em:</translation>
    </message>
    <message>
        <source>Throughput unit</source>
        <translation>Unidade de vazão</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>bits/s</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>pacotes/s</translation>
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
        <translation>Amostras gravadas como &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Round-Trip Graph as PNG or SVG...</source>
        <translation>Gráfico de tempo de &amp;ida e volta como PNG ou SVG...</translation>
    </message>
    <message>
        <source>&amp;Bit Rate Graph as PNG or SVG...</source>
        <translation>Gráfico de taxa de &amp;bits como PNG ou SVG...</translation>
    </message>
    <message>
        <source>P&amp;acket Rate Graph as PNG or SVG...</source>
        <translation>Gráfico de taxa de p&amp;acotes como PNG ou SVG...</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>Estado do monitoramento</translation>
    </message>
    <message>
        <source>Problems found by monitoring</source>
        <translation>Problemas encontrados pelo monitoramento</translation>
    </message>
    <message>
        <source>What the graphs show</source>
        <translation>O que os gráficos mostram</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Mostrar &amp;tudo</translation>
    </message>
    <message>
        <source>Show all graphs</source>
        <translation>Mostrar todos os gráficos</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tempo de ida e volta</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Vazão</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Monitoring.</source>
        <translation>Monitorando.</translation>
    </message>
    <message>
        <source>Not monitoring. Apply the topology, then start monitoring (Deploy menu).</source>
        <translation>Sem monitoramento. Aplique a topologia e depois inicie o monitoramento (menu Implantar).</translation>
    </message>
    <message>
        <source>Paused: samples are still recorded; press Pause again to draw them.</source>
        <translation>Pausado: as amostras continuam sendo gravadas; pressione Pausar de novo para desenhá-las.</translation>
    </message>
    <message>
        <source>Nothing is watched yet.</source>
        <translation>Nada está sendo monitorado ainda.</translation>
    </message>
    <message>
        <source>Showing the ping %1 and the links it crosses.</source>
        <translation>Mostrando o ping %1 e os links que ele atravessa.</translation>
    </message>
    <message>
        <source>Showing every ping and link. Select a host, container or link on the canvas to see its own graphs.</source>
        <translation>Mostrando todos os pings e links. Selecione um host, contêiner ou link na tela de desenho para ver os gráficos dele.</translation>
    </message>
    <message>
        <source>an object added after monitoring began</source>
        <translation>um objeto adicionado depois do início do monitoramento</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Mostrando %1.</translation>
    </message>
    <message>
        <source>No graphs for %1 yet.</source>
        <translation>Ainda não há gráficos para %1.</translation>
    </message>
    <message>
        <source>Median round trip: %1 through the tunnel, %2 on the underlay beneath it (the tunnel adds %3).</source>
        <translation>Ida e volta mediana: %1 pelo túnel, %2 no underlay abaixo dele (o túnel acrescenta %3).</translation>
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
            <numerusform>(mais %n na tabela)</numerusform>
            <numerusform>(mais %n na tabela)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nada foi gravado.</translation>
    </message>
    <message>
        <source>Start monitoring first.</source>
        <translation>Inicie o monitoramento primeiro.</translation>
    </message>
    <message>
        <source>Export Recorded Samples</source>
        <translation>Exportar amostras gravadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>The longest time the graphs show while following; a shorter recording fills them from its start</source>
        <translation>O maior intervalo que os gráficos mostram ao acompanhar; uma gravação mais curta os preenche a partir do seu início</translation>
    </message>
</context>
<context>
    <name>studio::MonitorPlot</name>
    <message>
        <source>no reply</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>%1
%2  %3</source>
        <translation>%1
%2  %3</translation>
    </message>
    <message>
        <source>Graph recorded by OverlayStudio</source>
        <translation>Gráfico gravado pelo OverlayStudio</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>não pôde ser gravado.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>Escolha uma pasta em que você possa gravar e um nome .png ou .svg.</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message>
        <source>Monitored objects</source>
        <translation>Objetos monitorados</translation>
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
        <translation>Agora</translation>
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
        <translation>Perda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>A probe's last round-trip time; a link's or container's current rates (→ sent, ← received)</source>
        <translation>O último tempo de ida e volta de uma sonda; as taxas atuais de um link ou contêiner (→ enviado, ← recebido)</translation>
    </message>
    <message>
        <source>90% of the round trips were at most this long</source>
        <translation>90% das idas e voltas levaram no máximo este tempo</translation>
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
        <translation>Ping entre os endereços de underlay dos hosts: a base sobre a qual os túneis trafegam</translation>
    </message>
    <message>
        <source>Ping from %1 to %2 through the overlay</source>
        <translation>Ping de %1 para %2 pelo overlay</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>chave de host recusada</translation>
    </message>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>%n perdido de %1 pings na janela</numerusform>
            <numerusform>%n perdidos de %1 pings na janela</numerusform>
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
        <translation>%1 está inacessível.</translation>
    </message>
    <message>
        <source>Unknown: %1 is unreachable.</source>
        <translation>Desconhecido: %1 está inacessível.</translation>
    </message>
    <message>
        <source>%1 has no bridge %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 não tem a ponte %2: a topologia não foi aplicada lá. Aplique-a primeiro.</translation>
    </message>
    <message>
        <source>%1 runs but has no port on its bridge (it was restarted after the apply?). Apply the topology again.</source>
        <translation>%1 está em execução, mas não tem porta na sua ponte (foi reiniciado após a aplicação?). Aplique a topologia novamente.</translation>
    </message>
    <message>
        <source>%1 on %2 is not running (%3).</source>
        <translation>%1 em %2 não está em execução (%3).</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 não existe em %2: a topologia não foi aplicada lá. Aplique-a primeiro.</translation>
    </message>
    <message>
        <source>%1: the ping stopped: %2</source>
        <translation>%1: o ping parou: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer to the last %2 pings.</source>
        <translation>%1: sem resposta aos últimos %2 pings.</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 pings lost.</source>
        <translation>%1: %2 dos últimos %3 pings perdidos.</translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message>
        <source>Monitoring the topology as it was when monitoring started; the design has changed since. Apply it and monitoring restarts.</source>
        <translation>Monitorando a topologia como ela estava quando o monitoramento começou; o projeto mudou desde então. Aplique-o e o monitoramento será reiniciado.</translation>
    </message>
    <message>
        <source>Start &amp;Monitoring</source>
        <translation>Iniciar &amp;monitoramento</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>toolbar button: start monitoring</comment>
        <translation>Monitorar</translation>
    </message>
    <message>
        <source>Watch the deployed topology: pings between containers and hosts, traffic on every link and container, the state of every object</source>
        <translation>Monitora a topologia implantada: pings entre contêineres e hosts, tráfego em cada link e contêiner, o estado de cada objeto</translation>
    </message>
    <message>
        <source>Stop M&amp;onitoring</source>
        <translation>Parar m&amp;onitoramento</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>toolbar button: stop monitoring</comment>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the pings and counter reads on every host</source>
        <translation>Para os pings e as leituras de contadores em cada host</translation>
    </message>
    <message>
        <source>Monitor After &amp;Apply</source>
        <translation>Monitorar após &amp;aplicar</translation>
    </message>
    <message>
        <source>Start monitoring by itself after every successful Apply</source>
        <translation>Inicia o monitoramento automaticamente após cada Aplicar bem-sucedido</translation>
    </message>
    <message>
        <source>There is nothing to monitor: the topology has no hosts.</source>
        <translation>Não há nada para monitorar: a topologia não tem hosts.</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>Não é possível monitorar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>Monitorando %1 desde %2: %n ping a cada %3 s.</numerusform>
            <numerusform>Monitorando %1 desde %2: %n pings a cada %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring %1.</source>
        <translation>Monitorando %1.</translation>
    </message>
    <message>
        <source>Stopping the probes on every host...</source>
        <translation>Parando as sondas em cada host...</translation>
    </message>
    <message>
        <source>Now: %1 from %2, %3 from %4</source>
        <translation>Agora: %1 de %2, %3 de %4</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Monitoring stopped at %1. What was recorded stays here until the next start; export it from the Export menu.</source>
        <translation>O monitoramento parou às %1. O que foi gravado fica aqui até o próximo início; exporte-o pelo menu Exportar.</translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains a space</source>
        <translation>contém um espaço</translation>
    </message>
    <message>
        <source>contains '%1'</source>
        <translation>contém '%1'</translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation>contém o caractere U+%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>; use only letters, digits, '_', '.' and '-'</source>
        <translation>; use somente letras, dígitos, '_', '.' e '-'</translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation>tem %1 caracteres; %2 permite no máximo %3</translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation>é curto demais; %1 precisa de pelo menos %2 caracteres</translation>
    </message>
    <message>
        <source>starts with '%1'; start with a letter or digit</source>
        <translation>começa com '%1'; comece com uma letra ou um dígito</translation>
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
        <translation>tem %1 caracteres; o Docker permite no máximo 255</translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation>; uma imagem é escrita como ubuntu:v1 ou registry:5000/team/app:1.2</translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation>não é uma referência de imagem do Docker; escreva como ubuntu:v1 (nome em minúsculas, :tag opcional)</translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', starting with a letter</source>
        <translation>não é um nome de usuário válido; use até 32 letras minúsculas, dígitos, '_' ou '-', começando com uma letra</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation>não é um endereço IPv4 válido (quatro números de 0 a 255, por exemplo, 192.168.0.8)</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>não é um endereço IPv6 válido</translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation>não é nem um endereço IP nem um nome de host</translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message>
        <source>is not plugged into a bridge, so no packet can leave or reach it.</source>
        <translation>não está conectado a uma ponte, então nenhum pacote pode sair dele nem chegar até ele.</translation>
    </message>
    <message>
        <source>Connect the container to a bridge.</source>
        <translation>Conecte o contêiner a uma ponte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 sends on %2</source>
        <translation>%1 envia por %2</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so it is on-link: %1 asks for its MAC address with ARP and sends the frame straight to it, out of %5 (MTU %6).</source>
        <translation>%1 (%2) faz ping em %3. %3 está dentro de %4, a rede da sua interface %5, então está no mesmo enlace: %1 pede o endereço MAC dele com ARP e envia o quadro diretamente a ele, pela %5 (MTU %6).</translation>
    </message>
    <message>
        <source>the frame for %1</source>
        <translation>o quadro para %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <source>%1 sends to its gateway</source>
        <translation>%1 envia ao seu gateway</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so its default route sends the packet to gateway %6: the frame goes to the gateway's MAC address (learned with ARP), out of %5 (MTU %7).</source>
        <translation>%1 (%2) faz ping em %3. %3 está fora de %4, a rede da sua interface %5, então a rota padrão envia o pacote ao gateway %6: o quadro vai para o endereço MAC do gateway (obtido com ARP), pela %5 (MTU %7).</translation>
    </message>
    <message>
        <source>No gateway answers</source>
        <translation>Nenhum gateway responde</translation>
    </message>
    <message>
        <source>No bridge of %1's network has the gateway address %2: its ARP request goes unanswered and the packet is never sent.</source>
        <translation>Nenhuma ponte da rede de %1 tem o endereço de gateway %2: a solicitação ARP fica sem resposta e o pacote nunca é enviado.</translation>
    </message>
    <message>
        <source>Set %1's gateway to the gateway address of its bridge.</source>
        <translation>Defina o gateway de %1 como o endereço de gateway da sua ponte.</translation>
    </message>
    <message>
        <source>the frame for gateway %1</source>
        <translation>o quadro para o gateway %1</translation>
    </message>
    <message>
        <source>%1 takes it in on %2</source>
        <translation>%1 o recebe por %2</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 finds %5 in %6, the network of its bridge %7, and would forward it out of %8.</source>
        <translation>A porta de gateway %1 de %2 (%3) entrega o pacote à pilha IP de %4. %4 encontra %5 em %6, a rede da sua ponte %7, e o encaminharia pela %8.</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, which looks for a route to %5.</source>
        <translation>A porta de gateway %1 de %2 (%3) entrega o pacote à pilha IP de %4, que procura uma rota para %5.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2. Its default route would send the packet out to the underlay, masqueraded by the NAT of %3, where nobody knows %2: it is lost.</source>
        <translation>%1 não tem nenhuma rede que contenha %2. A rota padrão enviaria o pacote para o underlay, mascarado pelo NAT de %3, onde ninguém conhece %2: ele se perde.</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2 and no route to it: the packet is dropped.</source>
        <translation>%1 não tem nenhuma rede que contenha %2 nem rota para ele: o pacote é descartado.</translation>
    </message>
    <message>
        <source>No route on %1</source>
        <translation>Sem rota em %1</translation>
    </message>
    <message>
        <source>Put both containers on one network (the same VNI), or give %1 a bridge in %2's network and set routing on both bridges.</source>
        <translation>Coloque os dois contêineres em uma mesma rede (o mesmo VNI) ou dê a %1 uma ponte na rede de %2 e ative o roteamento nas duas pontes.</translation>
    </message>
    <message>
        <source>Isolation of %1 drops it</source>
        <translation>O isolamento de %1 o descarta</translation>
    </message>
    <message>
        <source>The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not a reply) drops it. The networks are isolated%4, and the design does not route between %5 and %1.</source>
        <translation>A regra de isolamento de %1 em %2 (tabela mangle, FORWARD: sai por %3 e não é uma resposta) o descarta. As redes estão isoladas%4, e o projeto não faz roteamento entre %5 e %1.</translation>
    </message>
    <message>
        <source>: the VNIs differ (%1 and %2)</source>
        <translation>: os VNIs são diferentes (%1 e %2)</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 of %3 (and on every host that has both networks), or put the containers on the same VNI.</source>
        <translation>Ative o roteamento em %1 e %2 de %3 (e em cada host que tenha as duas redes) ou coloque os contêineres no mesmo VNI.</translation>
    </message>
    <message>
        <source>%1 routes it out of %2</source>
        <translation>%1 o roteia pela %2</translation>
    </message>
    <message>
        <source>Routing between %1 and %2 is part of the design: the rule that lets %3 into %4 comes before the isolation rule. The TTL drops to 63 and the frame leaves %4 with the gateway port's MAC address as its source.</source>
        <translation>O roteamento entre %1 e %2 faz parte do projeto: a regra que deixa %3 entrar em %4 vem antes da regra de isolamento. O TTL cai para 63 e o quadro sai de %4 com o endereço MAC da porta de gateway como origem.</translation>
    </message>
    <message>
        <source>%1 receives it on %2</source>
        <translation>%1 o recebe por %2</translation>
    </message>
    <message>
        <source>%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 and answers it with an echo reply, which takes the way back.</source>
        <translation>%1 comuta o quadro para a porta de %2; %2 (%3) recebe a solicitação de eco por %4 e a responde com uma resposta de eco, que faz o caminho de volta.</translation>
    </message>
    <message>
        <source>The echo request from %1 reaches %2.</source>
        <translation>A solicitação de eco de %1 chega a %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 takes in %2 and looks for where it should go.</source>
        <translation>%1 recebe %2 e procura para onde ele deve ir.</translation>
    </message>
    <message>
        <source>No link to %1</source>
        <translation>Nenhum link para %1</translation>
    </message>
    <message>
        <source>No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate networks even though their addresses look alike.</source>
        <translation>Nenhum link VXLAN une %1 a %2, então %3 nunca sai de %4: são redes separadas, mesmo que os endereços pareçam semelhantes.</translation>
    </message>
    <message>
        <source>Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the other).</source>
        <translation>Ligue %1 e %2 com um link VXLAN (arraste da alça de uma ponte até a outra).</translation>
    </message>
    <message>
        <source>%1 switches %2 from one of its ports to another: both ends are on this bridge, so the frame never leaves %3.</source>
        <translation>%1 comuta %2 de uma de suas portas para outra: as duas pontas estão nesta ponte, então o quadro nunca sai de %3.</translation>
    </message>
    <message>
        <source>Outer Ethernet</source>
        <translation>Ethernet externo</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>MAC de origem</translation>
    </message>
    <message>
        <source>%1's underlay interface</source>
        <translation>interface de underlay de %1</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>MAC de destino</translation>
    </message>
    <message>
        <source>the next hop to %1</source>
        <translation>o próximo salto para %1</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>EtherType</translation>
    </message>
    <message>
        <source>Outer IPv6</source>
        <translation>IPv6 externo</translation>
    </message>
    <message>
        <source>Outer IPv4</source>
        <translation>IPv4 externo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
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
        <translation>Tamanho da carga útil</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Tamanho total</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Porta de origem</translation>
    </message>
    <message>
        <source>from a hash of the inner headers</source>
        <translation>a partir de um hash dos cabeçalhos internos</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Porta de destino</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>0x08 (VNI present)</source>
        <translation>0x08 (VNI presente)</translation>
    </message>
    <message>
        <source>%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it learned that from earlier frames, or floods the first one), so it sends the frame there.</source>
        <translation>%1 recebe %2; o endereço MAC do destino está atrás da sua porta VXLAN %3 (aprendido de quadros anteriores, ou o primeiro é inundado), então envia o quadro por ela.</translation>
    </message>
    <message>
        <source>%1 wraps it in VXLAN, VNI %2</source>
        <translation>%1 o encapsula em VXLAN, VNI %2</translation>
    </message>
    <message>
        <source>The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. The MTU arithmetic: %6.</source>
        <translation>A porta VXLAN %1 (key=%2, remote_ip=%3) coloca o quadro Ethernet inteiro dentro de um pacote UDP para %3, porta %4, com o VNI %2 no cabeçalho VXLAN: %5 bytes a mais. A aritmética da MTU: %6.</translation>
    </message>
    <message>
        <source>The underlay carries it from %1 to %2</source>
        <translation>O underlay o leva de %1 a %2</translation>
    </message>
    <message>
        <source>%1 sends the UDP packet from %2 to %3 like any other; the routers in between see only the outer headers.</source>
        <translation>%1 envia o pacote UDP de %2 para %3 como qualquer outro; os roteadores no caminho veem apenas os cabeçalhos externos.</translation>
    </message>
    <message>
        <source>%1 on %2 unwraps it</source>
        <translation>%1 em %2 o desencapsula</translation>
    </message>
    <message>
        <source>On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers and hands the original frame to %6.</source>
        <translation>Em %1, a porta UDP %2 pertence ao Open vSwitch. O pacote vem de %3, o remote_ip de %4, com o VNI %5, sua key: %4 o recebe, remove os cabeçalhos externos e entrega o quadro original a %6.</translation>
    </message>
    <message>
        <source>MTU %1 is too large for this tunnel</source>
        <translation>A MTU %1 é grande demais para este túnel</translation>
    </message>
    <message>
        <source>%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger packets are lost. Lower the bridge's MTU to %3.</source>
        <translation>A MTU de %1 é %2, mas o túnel transporta no máximo %3 bytes (%4): pacotes maiores se perdem. Reduza a MTU da ponte para %3.</translation>
    </message>
    <message>
        <source>%1 learns the sender's MAC address behind %2 and switches the frame on.</source>
        <translation>%1 aprende que o endereço MAC do remetente está atrás de %2 e comuta o quadro adiante.</translation>
    </message>
    <message>
        <source>Inner Ethernet</source>
        <translation>Ethernet interno</translation>
    </message>
    <message>
        <source>Inner IPv4</source>
        <translation>IPv4 interno</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>Solicitação de eco ICMP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8 (solicitação de eco)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>ping's timestamp and pattern</source>
        <translation>timestamp e padrão do ping</translation>
    </message>
    <message>
        <source>%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)</source>
        <translation>%1 %2 %3 = %4 (%5 externo %6 + UDP %7 + VXLAN %8 + Ethernet interno %9)</translation>
    </message>
    <message>
        <source>is not a container.</source>
        <translation>não é um contêiner.</translation>
    </message>
    <message>
        <source>Choose two containers, or one VXLAN link.</source>
        <translation>Escolha dois contêineres ou um link VXLAN.</translation>
    </message>
    <message>
        <source>would ping itself; that never leaves it.</source>
        <translation>faria ping em si mesmo; isso nunca sai dele.</translation>
    </message>
    <message>
        <source>Choose two different containers.</source>
        <translation>Escolha dois contêineres diferentes.</translation>
    </message>
    <message>
        <source>the topology has errors, so its packets cannot be followed: %1</source>
        <translation>a topologia tem erros, então os pacotes dela não podem ser acompanhados: %1</translation>
    </message>
    <message>
        <source>is not a VXLAN link.</source>
        <translation>não é um link VXLAN.</translation>
    </message>
    <message>
        <source>Choose a link, or two containers.</source>
        <translation>Escolha um link ou dois contêineres.</translation>
    </message>
    <message>
        <source>has no container on %1 to send or receive a ping.</source>
        <translation>não tem nenhum contêiner em %1 para enviar ou receber um ping.</translation>
    </message>
    <message>
        <source>Plug a container into each end's bridge.</source>
        <translation>Conecte um contêiner à ponte de cada ponta.</translation>
    </message>
    <message>
        <source>the captured frame ends inside its %1 header.</source>
        <translation>o quadro capturado termina dentro do cabeçalho %1.</translation>
    </message>
    <message>
        <source>Capture with a larger snap length (tcpdump -s 0).</source>
        <translation>Capture com um snap length maior (tcpdump -s 0).</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>Cabeçalho Linux cooked</translation>
    </message>
    <message>
        <source>the capture's link type %1 is not Ethernet.</source>
        <translation>o tipo de link %1 da captura não é Ethernet.</translation>
    </message>
    <message>
        <source>Capture on the underlay interface itself.</source>
        <translation>Capture na própria interface de underlay.</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (protocol %1).</source>
        <translation>o pacote capturado não é UDP (protocolo %1).</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Limite de saltos</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (next header %1).</source>
        <translation>o pacote capturado não é UDP (próximo cabeçalho %1).</translation>
    </message>
    <message>
        <source>the captured frame is not IP (EtherType %1).</source>
        <translation>o quadro capturado não é IP (EtherType %1).</translation>
    </message>
    <message>
        <source>the UDP payload is not VXLAN (flags 0x%1, no VNI).</source>
        <translation>a carga útil UDP não é VXLAN (flags 0x%1, sem VNI).</translation>
    </message>
    <message>
        <source>0x%1 (VNI present)</source>
        <translation>0x%1 (VNI presente)</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>Resposta de eco ICMP</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0 (resposta de eco)</translation>
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
        <translation>Salvar captura</translation>
    </message>
    <message>
        <source>Packet capture (*.pcap)</source>
        <translation>Captura de pacotes (*.pcap)</translation>
    </message>
    <message>
        <source>Packet Path</source>
        <translation>Caminho do pacote</translation>
    </message>
    <message>
        <source>Show &amp;Packet Path</source>
        <translation>Mostrar caminho do &amp;pacote</translation>
    </message>
    <message>
        <source>Follow one ping between the selected containers (or across the selected link): every hop, header and byte</source>
        <translation>Acompanha um ping entre os contêineres selecionados (ou pelo link selecionado): cada salto, cabeçalho e byte</translation>
    </message>
    <message>
        <source>Capturing on %1: tcpdump on its underlay, then one ping from %2 to %3...</source>
        <translation>Capturando em %1: tcpdump no underlay dele e depois um ping de %2 para %3...</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>Não é possível salvar a captura</translation>
    </message>
    <message>
        <source>Saved the captured packet to %1 (open it with Wireshark).</source>
        <translation>O pacote capturado foi salvo em %1 (abra-o com o Wireshark).</translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>From container</source>
        <translation>Contêiner de origem</translation>
    </message>
    <message>
        <source>To container</source>
        <translation>Contêiner de destino</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>MTU arithmetic</source>
        <translation>Aritmética da MTU</translation>
    </message>
    <message>
        <source>Headers on the wire</source>
        <translation>Cabeçalhos no fio</translation>
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
        <translation>&amp;Capturar um ping</translation>
    </message>
    <message>
        <source>On the deployed topology: send one ping and catch it on the underlay with tcpdump</source>
        <translation>Na topologia implantada: envia um ping e o captura no underlay com o tcpdump</translation>
    </message>
    <message>
        <source>Save Capt&amp;ure...</source>
        <translation>Salvar capt&amp;ura...</translation>
    </message>
    <message>
        <source>Save the captured packet as a .pcap file Wireshark opens</source>
        <translation>Salva o pacote capturado como um arquivo .pcap que o Wireshark abre</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Choose two containers, or select them (or a link) on the canvas and use Show Packet Path.</source>
        <translation>Escolha dois contêineres, ou selecione-os (ou um link) na tela de desenho e use Mostrar caminho do pacote.</translation>
    </message>
    <message>
        <source>Dropped: %1 %2</source>
        <translation>Descartado: %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTU:&lt;/b&gt; %1. The bridges use MTU %2%3.</source>
        <translation>&lt;b&gt;MTU:&lt;/b&gt; %1. As pontes usam MTU %2%3.</translation>
    </message>
    <message>
        <source>, which fits</source>
        <translation>, que cabe</translation>
    </message>
    <message>
        <source>, which does NOT fit</source>
        <translation>, que NÃO cabe</translation>
    </message>
    <message>
        <source>No tunnel: the frame stays on one host, so VXLAN adds nothing and the bridge's MTU is all there is.</source>
        <translation>Sem túnel: o quadro fica em um host, então o VXLAN não acrescenta nada e a MTU da ponte é tudo o que há.</translation>
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
        <translation>A captura falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>O tcpdump em %1 de %2 capturou %n pacote, mas não a solicitação de eco para %3%4. A topologia está implantada?</numerusform>
            <numerusform>O tcpdump em %1 de %2 capturou %n pacotes, mas não a solicitação de eco para %3%4. A topologia está implantada?</numerusform>
        </translation>
    </message>
    <message>
        <source> (the ping got no reply)</source>
        <translation> (o ping não recebeu resposta)</translation>
    </message>
    <message>
        <source>Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; the design says %8%9). The ping %10.</source>
        <translation>Capturado em %1 de %2: de %3 para %4, UDP %5 → %6, VNI %7 (tirado do pacote; o projeto diz %8%9). O ping %10.</translation>
    </message>
    <message>
        <source>: they differ!</source>
        <translation>: eles são diferentes!</translation>
    </message>
    <message>
        <source>got its reply</source>
        <translation>recebeu sua resposta</translation>
    </message>
    <message>
        <source>got no reply</source>
        <translation>não recebeu resposta</translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation>Selecione um host primeiro: pontes e contêineres são adicionados dentro do host selecionado.</translation>
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
        <translation>Uma máquina com Open vSwitch e Docker; solte-a em qualquer lugar.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Ponte</translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation>Uma ponte do Open vSwitch com uma porta de gateway; solte-a dentro de um host.</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation>Um contêiner do Docker; solte-o dentro de um host e depois conecte-o a uma ponte.</translation>
    </message>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation>Enter adiciona um no centro da tela de desenho.</translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation>Enter adiciona um dentro do host selecionado.</translation>
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
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Próximo painel</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>Painel &amp;anterior</translation>
    </message>
</context>
<context>
    <name>studio::PcapFile</name>
    <message>
        <source>is not a capture file: %1 bytes, less than a pcap header.</source>
        <translation>não é um arquivo de captura: %1 bytes, menos que um cabeçalho pcap.</translation>
    </message>
    <message>
        <source>Capture again.</source>
        <translation>Capture novamente.</translation>
    </message>
    <message>
        <source>is not a pcap file (magic number 0x%1).</source>
        <translation>não é um arquivo pcap (número mágico 0x%1).</translation>
    </message>
    <message>
        <source>Save captures as classic .pcap (pcapng is not read here).</source>
        <translation>Salve as capturas como .pcap clássico (pcapng não é lido aqui).</translation>
    </message>
    <message>
        <source>has a packet of %1 bytes at offset %2: the file is corrupt.</source>
        <translation>tem um pacote de %1 bytes no deslocamento %2: o arquivo está corrompido.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>não pode ser lido: %1.</translation>
    </message>
</context>
<context>
    <name>studio::PingCapture</name>
    <message>
        <source>is not a container.</source>
        <translation>não é um contêiner.</translation>
    </message>
    <message>
        <source>reaches %1 without a VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>chega a %1 sem túnel VXLAN: nada atravessa o underlay para ser capturado.</translation>
    </message>
    <message>
        <source>is dropped before any VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>é descartado antes de qualquer túnel VXLAN: nada atravessa o underlay para ser capturado.</translation>
    </message>
    <message>
        <source>Choose two containers on different hosts.</source>
        <translation>Escolha dois contêineres em hosts diferentes.</translation>
    </message>
    <message>
        <source>the tunnel's remote address: %1</source>
        <translation>o endereço remoto do túnel: %1</translation>
    </message>
    <message>
        <source>the address to ping: %1</source>
        <translation>o endereço para o ping: %1</translation>
    </message>
    <message>
        <source>UDP port %1 is out of range.</source>
        <translation>A porta UDP %1 está fora do intervalo.</translation>
    </message>
    <message>
        <source>the capture script ended early.</source>
        <translation>o script de captura terminou antes do tempo.</translation>
    </message>
    <message>
        <source>tcpdump caught nothing readable: %1</source>
        <translation>o tcpdump não capturou nada legível: %1</translation>
    </message>
    <message>
        <source>Check that tcpdump runs as root on the host.</source>
        <translation>Verifique se o tcpdump é executado como root no host.</translation>
    </message>
    <message>
        <source>the capture failed: %1</source>
        <translation>a captura falhou: %1</translation>
    </message>
    <message>
        <source>Install tcpdump on %1 (apt-get install tcpdump).</source>
        <translation>Instale o tcpdump em %1 (apt-get install tcpdump).</translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message>
        <source>Build (apply)</source>
        <translation>Criar (apply)</translation>
    </message>
    <message>
        <source>Remove (destroy)</source>
        <translation>Remover (destroy)</translation>
    </message>
    <message>
        <source>Plan kind</source>
        <translation>Tipo de plano</translation>
    </message>
    <message>
        <source>Host whose plan is shown</source>
        <translation>Host cujo plano é exibido</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Todos os hosts</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <source>No plan while the topology has errors: fix those listed under Problems first.</source>
        <translation>Sem plano enquanto a topologia tiver erros: corrija primeiro os listados em Problemas.</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>Ainda sem plano: %1</translation>
    </message>
    <message>
        <source>What %1 runs, step by step; every step is safe to run again.</source>
        <translation>O que %1 executa, etapa por etapa; toda etapa pode ser executada novamente com segurança.</translation>
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
        <translation>Guia (ovs-docker)</translation>
    </message>
    <message>
        <source>Plan style</source>
        <translation>Estilo do plano</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged at once (what Apply runs by default). Guide: ovs-docker, one container after another, as the tutorial does.</source>
        <translation>Rápido: contêineres lado a lado, conectados de uma vez (o que Aplicar executa por padrão). Guia: ovs-docker, um contêiner após o outro, como no tutorial.</translation>
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
        <translation>Copia o script de shell dos hosts mostrados, exatamente como Arquivo &gt; Exportar plano o escreve, com cada script completo.</translation>
    </message>
    <message>
        <source>(goes on)</source>
        <translation>(continua)</translation>
    </message>
    <message>
        <source>Hide the script</source>
        <translation>Ocultar o script</translation>
    </message>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>Mostrar o script (%n linha)</numerusform>
            <numerusform>Mostrar o script (%n linhas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do on this host.</source>
        <translation>Nada a fazer neste host.</translation>
    </message>
    <message>
        <source>A step that goes on does not stop its host when it fails (one container that cannot start must not keep the others unplugged); the host is reported failed at the end.</source>
        <translation>Um passo que continua não interrompe seu host quando falha (um contêiner que não consegue iniciar não deve deixar os outros desconectados); o host é informado como falho no final.</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation>Dar à porta de gateway %1 o endereço %2, o gateway padrão dos contêineres em %3.</translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation>Remover o endereço antigo %1 da porta de gateway %2.</translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation>Ativar a porta de gateway %1 com MTU %2, deixando espaço para o cabeçalho VXLAN.</translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation>Iniciar o contêiner %1 a partir da imagem %2 sem rede (--net=none); o OverlayStudio dá uma rede a ele em seguida.</translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation>Desconectar o contêiner %1 da ponte %2.</translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation>Remover o contêiner %1 e sua porta.</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation>Conectar o contêiner %1 à ponte %2 como %3 com o endereço %4, gateway %5 e MTU %6.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7</source>
        <translation>%1: %2 em %3 (porta %4_l), endereço %5, gateway %6, MTU %7</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2: a veth pair moved into the container and set up there with nsenter (which announces the new address), its port added and tagged as ovs-docker tags it.</source>
        <translation>Conectar o contêiner %1 à ponte %2: um par veth movido para o contêiner e configurado lá com nsenter (que anuncia o novo endereço); sua porta é adicionada e marcada como o ovs-docker faz.</translation>
    </message>
    <message>
        <source>Plug containers %1 into their bridges at once: one docker inspect for their PIDs, a veth pair each moved into the container and set up there with nsenter (which announces the new address), every port added in one OVS transaction and tagged as ovs-docker tags it.</source>
        <translation>Conectar os contêineres %1 às suas pontes de uma vez: um docker inspect para seus PIDs, um par veth cada, movido para o contêiner e configurado lá com nsenter (que anuncia o novo endereço), todas as portas adicionadas em uma transação do OVS e marcadas como o ovs-docker faz.</translation>
    </message>
    <message>
        <source>Remove containers %1 (side by side); their ports' veth pairs go with them.</source>
        <translation>Remover os contêineres %1 (lado a lado); os pares veth das suas portas vão junto.</translation>
    </message>
    <message>
        <source>Unplug containers %1: delete their veth pairs (the OVS ports go in the transaction that follows).</source>
        <translation>Desconectar os contêineres %1: apagar seus pares veth (as portas OVS saem na transação seguinte).</translation>
    </message>
    <message>
        <source>%1: from image %2, files in %3</source>
        <translation>%1: da imagem %2, arquivos em %3</translation>
    </message>
    <message>
        <source>%1: stopped, started again</source>
        <translation>%1: parado, iniciado de novo</translation>
    </message>
    <message>
        <source>Start containers %1 side by side (at most %2 at a time). A missing one is created through Docker's Engine API with networking disabled, as --net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts and /etc/resolv.conf as Docker writes them, kept in files of our own; without curl, docker run --net=none.</source>
        <translation>Iniciar os contêineres %1 lado a lado (no máximo %2 por vez). Um que falta é criado pela Engine API do Docker com a rede desativada, como --net=none o deixa (o OverlayStudio o conecta em seguida), e com /etc/hosts e /etc/resolv.conf como o Docker os escreve, mantidos em arquivos próprios; sem curl, docker run --net=none.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for containers %1.</source>
        <translation>Remover os arquivos /etc/hosts e /etc/resolv.conf que o OverlayStudio manteve para os contêineres %1.</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for the containers of %1 (%2).</source>
        <translation>Remover os arquivos /etc/hosts e /etc/resolv.conf que o OverlayStudio manteve para os contêineres de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>a topologia tem %n erro e não pode ser planejada; o primeiro: %1</numerusform>
            <numerusform>a topologia tem %n erros e não pode ser planejada; o primeiro: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation>Corrija os problemas listados pela validação.</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation>Criar as pontes do Open vSwitch e suas portas de gateway (uma transação).</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation>Criar as pontes do Open vSwitch, suas portas de gateway e as portas de túnel VXLAN (uma transação).</translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation>Remover o contêiner %1 e sua porta, se o OverlayStudio o criou.</translation>
    </message>
    <message>
        <source>Remove the rule for %1 that OverlayStudio added.</source>
        <translation>Remover a regra para %1 que o OverlayStudio adicionou.</translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation>Excluir a ponte %1 com suas portas de gateway e de túnel, se o OverlayStudio a criou.</translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation>%1: um switch virtual, usando o datapath em espaço de usuário (netdev)</translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation>%1: um switch virtual</translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation>%1: uma porta interna de %2, o gateway pelo qual os contêineres em %3 roteiam (MTU %4)</translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation>%1: um túnel VXLAN de %2 para %3 (%4), VNI %5, porta UDP %6%7</translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation>; protegido, para que quadros de um túnel nunca sejam inundados para outro (malha completa)</translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation># OverlayStudio: criar a topologia %1 no host %2 (%3).</translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation># OverlayStudio: remover a topologia %1 do host %2 (%3).</translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation># Execute como root em %1. Toda etapa pode ser executada novamente com segurança.</translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation># Nada a fazer neste host.</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>não pode ser criado.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>Remove the containers OverlayStudio created on %1 (labelled with the topology and the host), side by side.</source>
        <translation>Remover lado a lado os contêineres que o OverlayStudio criou em %1 (rotulados com a topologia e o host).</translation>
    </message>
    <message>
        <source>Delete bridges %1 with all their ports, those OverlayStudio created (one transaction).</source>
        <translation>Apagar as pontes %1 com todas as suas portas, as que o OverlayStudio criou (uma transação).</translation>
    </message>
    <message>
        <source># A step marked "goes on" does not stop the script when it fails (one container that cannot start must not keep the others unplugged); the script fails at the end.</source>
        <translation># Um passo marcado "continua" não interrompe o script quando falha (um contêiner que não inicia não deve impedir a conexão dos outros); o script falha no final.</translation>
    </message>
    <message>
        <source> (goes on)</source>
        <translation> (continua)</translation>
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
        <translation>não é um par de contêineres desta topologia.</translation>
    </message>
    <message>
        <source>needs both containers on a bridge with an address.</source>
        <translation>precisa que os dois contêineres estejam em uma ponte com endereço.</translation>
    </message>
    <message>
        <source>stays on one host: no VXLAN link to watch.</source>
        <translation>fica em um único host: não há link VXLAN para observar.</translation>
    </message>
    <message>
        <source>Pick containers on different hosts.</source>
        <translation>Escolha contêineres em hosts diferentes.</translation>
    </message>
    <message>
        <source>the containers are not on the same VNI.</source>
        <translation>os contêineres não estão no mesmo VNI.</translation>
    </message>
    <message>
        <source>Pick containers whose bridges a VXLAN link joins.</source>
        <translation>Escolha contêineres cujas pontes sejam unidas por um link VXLAN.</translation>
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
        <translation>Gravidade</translation>
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
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>topologia</translation>
    </message>
    <message>
        <source>No problems: the topology can be deployed.</source>
        <translation>Nenhum problema: a topologia pode ser implantada.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n aviso; a topologia pode ser implantada.</numerusform>
            <numerusform>%n avisos; a topologia pode ser implantada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before deploying.</source>
        <translation>%1 e %2: corrija os erros antes de implantar.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation>está faltando.</translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation>Adicione o campo ou salve o arquivo novamente.</translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation>deveria ser uma string, não %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>deveria ser um número, não %1.</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 não é um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2.</source>
        <translation>'%1' não é um destes: %2.</translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation>deveria ser true ou false, não %1.</translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation>deveria ser uma coordenada (um número dentro de ±10.000.000).</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>deveria ser um objeto, não %1.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>deveria ser uma lista, não %1.</translation>
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
        <translation>um número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>uma string</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation>este arquivo tem o formato %1, gravado por um OverlayStudio mais recente; esta versão lê o formato %2 e anteriores.</translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation>Atualize o OverlayStudio para abri-lo.</translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation>o formato %1 não existe.</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>O arquivo está danificado; restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>o arquivo não é um JSON válido (%1).</translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation>Corrija o arquivo em um editor de texto ou restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation>o arquivo não contém um projeto do OverlayStudio.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>não pode ser aberto: %1.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Verifique se o arquivo existe e se você tem permissão para lê-lo.</translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation>tem %1 MB; arquivos de projeto têm no máximo %2 MB.</translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation>Abra um arquivo de projeto do OverlayStudio.</translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation>não pode ser gravado: %1.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation>não pôde ser salvo: %1.</translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation>Verifique o espaço livre em disco e tente novamente; o arquivo anterior não foi alterado.</translation>
    </message>
    <message>
        <source>Open a .ovstudio.json file saved by OverlayStudio.</source>
        <translation>Abra um arquivo .ovstudio.json salvo pelo OverlayStudio.</translation>
    </message>
    <message>
        <source>should be a path relative to the project file, e.g. files/motd.</source>
        <translation>deveria ser um caminho relativo ao arquivo de projeto, p. ex. files/motd.</translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>the topology</source>
        <translation>a topologia</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2.</source>
        <translation>%1 deve ser um número inteiro a partir de %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 deve ser um destes: %2.</translation>
    </message>
    <message>
        <source>a position lies within ±10,000,000.</source>
        <translation>uma posição fica dentro de ±10.000.000.</translation>
    </message>
    <message>
        <source>a host frame is at least %1 x %2.</source>
        <translation>a moldura de um host tem no mínimo %1 x %2.</translation>
    </message>
    <message>
        <source>has no property '%1'.</source>
        <translation>não tem a propriedade '%1'.</translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation>o objeto %1 não existe.</translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation>só pode se conectar a uma ponte do próprio host.</translation>
    </message>
    <message>
        <source>Choose one of %1's bridges.</source>
        <translation>Escolha uma das pontes de %1.</translation>
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
        <translation>Ponte</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation>Link VXLAN</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>Problems of this object</source>
        <translation>Problemas deste objeto</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation>(não conectado)</translation>
    </message>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation>Selecione um host, ponte, contêiner ou link para editá-lo.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>studio::PropertySpec</name>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posição</translation>
    </message>
    <message>
        <source>Topology name</source>
        <translation>Nome da topologia</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Tags everything the topology creates on its hosts: letters, digits, '.', '_' and '-'.</source>
        <translation>Marca tudo o que a topologia cria nos seus hosts: letras, dígitos, '.', '_' e '-'.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>What this topology is for, in your own words.</source>
        <translation>Para que serve esta topologia, com suas próprias palavras.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>The host's name in this design.</source>
        <translation>O nome do host neste projeto.</translation>
    </message>
    <message>
        <source>Management address</source>
        <translation>Endereço de gerenciamento</translation>
    </message>
    <message>
        <source>management address</source>
        <translation>endereço de gerenciamento</translation>
    </message>
    <message>
        <source>The IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>O endereço IP ou nome DNS ao qual o OverlayStudio se conecta via SSH.</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Porta SSH</translation>
    </message>
    <message>
        <source>The port sshd listens on (22 is usual).</source>
        <translation>A porta em que o sshd escuta (22 é o usual).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>The account to log in as.</source>
        <translation>A conta com a qual fazer login.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>autenticação</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Arquivo de chave</translation>
    </message>
    <message>
        <source>Password (asked when needed)</source>
        <translation>Senha (pedida quando necessário)</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>arquivo de chave</translation>
    </message>
    <message>
        <source>The private key file, for key file authentication.</source>
        <translation>O arquivo de chave privada, para autenticação por arquivo de chave.</translation>
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
        <translation>Executa os comandos via 'sudo -n' (para um usuário que não seja root).</translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation>Endereço de underlay (VTEP)</translation>
    </message>
    <message>
        <source>underlay address</source>
        <translation>endereço de underlay</translation>
    </message>
    <message>
        <source>The address VXLAN tunnels use; empty means the management address.</source>
        <translation>O endereço que os túneis VXLAN usam; vazio significa o endereço de gerenciamento.</translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation>MTU de underlay</translation>
    </message>
    <message>
        <source>underlay MTU</source>
        <translation>MTU de underlay</translation>
    </message>
    <message>
        <source>The MTU of the host's network card (1500 is usual).</source>
        <translation>A MTU da placa de rede do host (1500 é o usual).</translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation>Datapath do OVS</translation>
    </message>
    <message>
        <source>Kernel (system)</source>
        <translation>Kernel (system)</translation>
    </message>
    <message>
        <source>Userspace (netdev)</source>
        <translation>Espaço de usuário (netdev)</translation>
    </message>
    <message>
        <source>Userspace (netdev) for hosts without the OVS kernel module, such as the local lab.</source>
        <translation>Espaço de usuário (netdev) para hosts sem o módulo de kernel do OVS, como o laboratório local.</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Tamanho da moldura</translation>
    </message>
    <message>
        <source>frame size</source>
        <translation>tamanho da moldura</translation>
    </message>
    <message>
        <source>The OVS bridge, e.g. br0.</source>
        <translation>A ponte OVS, por exemplo, br0.</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Porta de gateway</translation>
    </message>
    <message>
        <source>gateway port</source>
        <translation>porta de gateway</translation>
    </message>
    <message>
        <source>The internal port that holds the gateway address, e.g. veth0.</source>
        <translation>A porta interna que tem o endereço do gateway, por exemplo, veth0.</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Endereço do gateway</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>endereço do gateway</translation>
    </message>
    <message>
        <source>Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet.</source>
        <translation>Endereço e prefixo, por exemplo, 10.2.2.1/24; a rede dele é a sub-rede da ponte.</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>1450 cabe em um túnel VXLAN sobre uma rede de 1500 bytes.</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT para o exterior</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Masquerade the subnet out of the host, so containers reach the outside.</source>
        <translation>Mascara a sub-rede para fora do host, para que os contêineres alcancem o exterior.</translation>
    </message>
    <message>
        <source>Route to other networks</source>
        <translation>Rotear para outras redes</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>roteamento</translation>
    </message>
    <message>
        <source>Networks are isolated on their host. The host routes between the networks of those of its bridges that have this set.</source>
        <translation>As redes ficam isoladas no seu host. O host roteia entre as redes das suas pontes que têm esta opção ativada.</translation>
    </message>
    <message>
        <source>The Docker container's name.</source>
        <translation>O nome do contêiner do Docker.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>The Docker image to run, e.g. ubuntu:v1.</source>
        <translation>A imagem do Docker a executar, por exemplo, ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>The interface inside the container, e.g. eth0.</source>
        <translation>A interface dentro do contêiner, por exemplo, eth0.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24.</source>
        <translation>Endereço e prefixo na sub-rede da ponte, por exemplo, 10.2.2.2/24.</translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge's)</source>
        <translation>Gateway (vazio: o da ponte)</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>gateway</translation>
    </message>
    <message>
        <source>The container's default route; empty means the bridge's gateway address.</source>
        <translation>A rota padrão do contêiner; vazio significa o endereço do gateway da ponte.</translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation>Conectado à ponte</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>ponte</translation>
    </message>
    <message>
        <source>The bridge on the container's host it is plugged into.</source>
        <translation>A ponte no host do contêiner à qual ele está conectado.</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>The VXLAN network identifier: links with the same VNI form one segment.</source>
        <translation>O identificador de rede VXLAN: links com o mesmo VNI formam um segmento.</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>Porta UDP</translation>
    </message>
    <message>
        <source>4789 is the VXLAN port.</source>
        <translation>4789 é a porta do VXLAN.</translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation>Porta de túnel, primeira ponta</translation>
    </message>
    <message>
        <source>first tunnel port</source>
        <translation>primeira porta de túnel</translation>
    </message>
    <message>
        <source>The VXLAN port on the first bridge's host, e.g. vxlan0.</source>
        <translation>A porta VXLAN no host da primeira ponte, por exemplo, vxlan0.</translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation>Porta de túnel, segunda ponta</translation>
    </message>
    <message>
        <source>second tunnel port</source>
        <translation>segunda porta de túnel</translation>
    </message>
    <message>
        <source>The VXLAN port on the second bridge's host, e.g. vxlan0.</source>
        <translation>A porta VXLAN no host da segunda ponte, por exemplo, vxlan0.</translation>
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
        <translation>conforme o projeto</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difere</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation>fora do projeto</translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation>Criar, alterar ou excluir pontes e portas do Open vSwitch (uma transação).</translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation>não foi criado pelo OverlayStudio</translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation>pertence à topologia %1</translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation>A ponte %1 já existe em %2 e %3; o OverlayStudio a deixa como está. Renomeie a ponte no projeto ou remova-a do host.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation>A porta %1 já existe em %2 (ponte %3) e %4. Renomeie a porta de gateway no projeto.</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation>A porta %1 já existe em %2 (ponte %3) e %4. Renomeie a porta de túnel no projeto.</translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation>Um contêiner chamado %1 já existe em %2 e %3. Renomeie o contêiner no projeto.</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>pertence a %1</translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation>%1: datapath %2</translation>
    </message>
    <message>
        <source>datapath is '%1'</source>
        <translation>o datapath é '%1'</translation>
    </message>
    <message>
        <source>type '%1', MTU request %2</source>
        <translation>tipo '%1', MTU solicitada %2</translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation>na ponte %1</translation>
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
        <translation>protegida</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>não protegida</translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation>%1: excluído, não está mais no projeto</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation>endereço antigo %1</translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation>estado do link ou MTU</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagem %1</translation>
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
        <translation>não conectado</translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation>sem a interface %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>endereço %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <source>rule order</source>
        <translation>ordem das regras</translation>
    </message>
    <message>
        <source>Remove a firewall rule the design no longer has: %1</source>
        <translation>Remover uma regra de firewall que o projeto não tem mais: %1</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added: %1</source>
        <translation>Remover uma regra de firewall que o OverlayStudio adicionou: %1</translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation>%1: excluída com suas portas de gateway e de túnel</translation>
    </message>
    <message>
        <source>Remove an isolation rule OverlayStudio added: %1</source>
        <translation>Remover uma regra de isolamento que o OverlayStudio adicionou: %1</translation>
    </message>
    <message>
        <source>%1: port of container %2, deleted</source>
        <translation>%1: porta do contêiner %2, apagada</translation>
    </message>
    <message>
        <source>Delete the ports of OverlayStudio's containers (one transaction).</source>
        <translation>Apagar as portas dos contêineres do OverlayStudio (uma transação).</translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created, with every port (one transaction).</source>
        <translation>Apagar as pontes que o OverlayStudio criou, com todas as portas (uma transação).</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>contêineres</translation>
    </message>
    <message>
        <source>Remove containers %1 and, at the same time, delete the firewall rules, bridges and ports OverlayStudio created (one transaction; the isolation rules once the bridges are gone); the containers' veth pairs go with them.</source>
        <translation>Remover os contêineres %1 e, ao mesmo tempo, as regras de firewall, pontes e portas que o OverlayStudio criou (uma transação; as regras de isolamento depois que as pontes saírem); os pares veth dos contêineres vão junto.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
</context>
<context>
    <name>studio::SaveFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>Escolha uma pasta em que você possa gravar.</translation>
    </message>
</context>
<context>
    <name>studio::SegmentLegend</name>
    <message>
        <source>Segments legend</source>
        <translation>Legenda dos segmentos</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment. Drag it anywhere over the canvas.</source>
        <translation>A cor de cada segmento VXLAN. Arraste-a para qualquer lugar sobre a tela de desenho.</translation>
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
        <translation>1 kb/s ou menos</translation>
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
        <translation>quebrado: os pings falham</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>degraded, losing pings</source>
        <translation>degradado, perdendo pings</translation>
    </message>
    <message>
        <source>down, unreachable</source>
        <translation>inativo, inacessível</translation>
    </message>
    <message>
        <source>unknown, not applied</source>
        <translation>desconhecido, não aplicado</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment, and what monitoring shows: a link's width and colour are its traffic now, a red crossed-out link loses every ping, a dot is an object's state. Drag it anywhere over the canvas.</source>
        <translation>A cor de cada segmento VXLAN e o que o monitoramento mostra: a largura e a cor de um link são o tráfego atual dele, um link vermelho riscado perde todos os pings e um ponto é o estado de um objeto. Arraste-a para qualquer lugar sobre a tela de desenho.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
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
        <translation>link %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviado</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recebido</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>contêiner %1</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por ação ou tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atalhos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atalhos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
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
        <translation>Um comando que já havia começado ainda pode estar em execução no host.</translation>
    </message>
    <message>
        <source>cancelled by the user.</source>
        <translation>cancelado pelo usuário.</translation>
    </message>
    <message>
        <source>the SSH library could not be initialised.</source>
        <translation>não foi possível inicializar a biblioteca SSH.</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation>não é possível criar uma sessão SSH (falta de memória?).</translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation>configurações SSH inválidas: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>não é possível conectar a %1: %2</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s</source>
        <translation>sem resposta SSH em %1 s</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation>Verifique se o host está ligado, se o endereço e a porta estão corretos e se o sshd está em execução.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 não enviou nenhuma chave de host.</translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation>não é possível calcular a impressão digital da chave de host de %1.</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation>a chave de host de %1 MUDOU (agora %2 %3). Alguém pode estar interceptando a conexão, ou o host foi reinstalado. A conexão foi recusada.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation>Se a mudança era esperada, remova a entrada antiga de %1 de %2 e conecte novamente.</translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation>%1 apresenta uma chave de host %2, mas uma chave de outro tipo está registrada para ele. A conexão foi recusada.</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation>Se a mudança era esperada, remova a entrada antiga de %1 de %2.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation>a chave de host de %1 não é conhecida (%2 %3) e não foi aceita.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation>Compare a impressão digital com a do próprio host (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) e aceite-a.</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>não é possível registrar a chave de host em %1: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>não é possível verificar a chave de host de %1: %2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>a autenticação com %1 falhou: %2</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>chave pública</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>teclado interativo</translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation>nenhum método que conhecemos</translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation>%1@%2 não aceita autenticação por %3.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation>O servidor aceita: %1. Escolha outro método de autenticação para este host.</translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation>não é possível ler a chave privada %1.</translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation>Verifique o caminho e se a chave não tem frase secreta (ou use o agente SSH).</translation>
    </message>
    <message>
        <source>none of the SSH agent's keys was accepted</source>
        <translation>nenhuma das chaves do agente SSH foi aceita</translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation>a chave %1 não foi aceita</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>a senha não foi aceita</translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation>%1@%2: %3%4.</translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation>O servidor aceita: %1. Verifique o usuário, a chave ou a senha.</translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation>não conectado.</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>não é possível abrir um canal: %1</translation>
    </message>
    <message>
        <source>cannot watch the channel for an exit signal: %1</source>
        <translation>não é possível monitorar o canal à espera de um sinal de saída: %1</translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation>não é possível iniciar o comando: %1</translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation>não é possível enviar a entrada: %1</translation>
    </message>
    <message>
        <source>cannot end the command's input: %1</source>
        <translation>não é possível encerrar a entrada do comando: %1</translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation>a conexão falhou durante a execução de um comando: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation>o comando não terminou em %1 s e foi abandonado.</translation>
    </message>
    <message>
        <source>Check the host's load; the command may still be running there.</source>
        <translation>Verifique a carga do host; o comando ainda pode estar em execução lá.</translation>
    </message>
    <message>
        <source>the connection was lost while running a command: %1</source>
        <translation>a conexão foi perdida durante a execução de um comando: %1</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>sem status de saída</translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation>não é possível iniciar um shell: %1</translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation>o shell remoto não existe mais (a conexão foi perdida ou o host reiniciou).</translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation>Execute novamente quando o host estiver acessível.</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>não é possível enviar o comando: %1</translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation>o shell remoto terminou durante a execução do comando (status de saída %1).</translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation>Um comando que encerra o shell (exit, exec) não pode ser executado desta forma.</translation>
    </message>
    <message>
        <source>the remote command has ended.</source>
        <translation>o comando remoto terminou.</translation>
    </message>
    <message>
        <source>cannot send to the remote command: %1</source>
        <translation>não é possível enviar ao comando remoto: %1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>a conexão falhou: %1</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>a conexão foi perdida: %1</translation>
    </message>
    <message>
        <source>the connection failed while sending data: %1</source>
        <translation>a conexão falhou ao enviar dados: %1</translation>
    </message>
    <message>
        <source>nothing moved for %1 s; the command was abandoned.</source>
        <translation>nada se moveu por %1 s; o comando foi abandonado.</translation>
    </message>
    <message>
        <source>Check the host's load and its free disk space.</source>
        <translation>Verifique a carga do host e seu espaço livre em disco.</translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message>
        <source>Step Through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>Step &amp;Through Deploy...</source>
        <translation>Implantação &amp;passo a passo...</translation>
    </message>
    <message>
        <source>Apply one command at a time: see each before it runs and what it did after</source>
        <translation>Aplica um comando de cada vez: veja cada um antes de ser executado e o que ele fez depois</translation>
    </message>
    <message>
        <source>Connecting to %1 and reading what is there...</source>
        <translation>Conectando a %1 e lendo o que existe lá...</translation>
    </message>
    <message>
        <source>the tunnel port %1 of %2</source>
        <translation>a porta de túnel %1 de %2</translation>
    </message>
    <message>
        <source>Running the remaining steps...</source>
        <translation>Executando as etapas restantes...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Parando...</translation>
    </message>
    <message>
        <source>Destroying what topology %1 made on %2...</source>
        <translation>Destruindo o que a topologia %1 criou em %2...</translation>
    </message>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>A destruição FALHOU em %n host; veja o painel Implantação.</numerusform>
            <numerusform>A destruição FALHOU em %n hosts; veja o painel Implantação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: nothing this topology made is left on the hosts.</source>
        <translation>Destruído: nada do que esta topologia criou ficou nos hosts.</translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>A aplicação FALHOU em %n host; veja o resultado e o painel Implantação.</numerusform>
            <numerusform>A aplicação FALHOU em %n hosts; veja o resultado e o painel Implantação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>Parado após %n etapa. O que foi criado permanece: Voltar remove, Aplicar conclui.</numerusform>
            <numerusform>Parado após %n etapas. O que foi criado permanece: Voltar remove, Aplicar conclui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>Concluído: %n etapa executada; a topologia está criada.</numerusform>
            <numerusform>Concluído: %n etapas executadas; a topologia está criada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::StepThroughDock</name>
    <message>
        <source>&amp;Which hosts:</source>
        <translation>&amp;Quais hosts:</translation>
    </message>
    <message>
        <source>Hosts to step through</source>
        <translation>Hosts a percorrer passo a passo</translation>
    </message>
    <message>
        <source>All hosts, in turn</source>
        <translation>Todos os hosts, um de cada vez</translation>
    </message>
    <message>
        <source>Read the hosts and stop before the first step of the apply</source>
        <translation>Lê os hosts e para antes da primeira etapa da aplicação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>O que a etapa faz</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>Detalhes da etapa</translation>
    </message>
    <message>
        <source>Objects the step creates</source>
        <translation>Objetos que a etapa cria</translation>
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
        <translation>Resultado da última etapa</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>Etapas até agora</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próxima</translation>
    </message>
    <message>
        <source>Run this step, then stop before the next one (Return)</source>
        <translation>Executa esta etapa e para antes da próxima (Enter)</translation>
    </message>
    <message>
        <source>&amp;Run to End</source>
        <translation>&amp;Executar até o fim</translation>
    </message>
    <message>
        <source>Run every remaining step without stopping</source>
        <translation>Executa todas as etapas restantes sem parar</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Stop here; what was built stays on the hosts</source>
        <translation>Para aqui; o que foi criado permanece nos hosts</translation>
    </message>
    <message>
        <source>&amp;Back: Destroy What Was Built</source>
        <translation>&amp;Voltar: destruir o que foi criado</translation>
    </message>
    <message>
        <source>Stop, and remove everything this topology made on the hosts</source>
        <translation>Para e remove tudo o que esta topologia criou nos hosts</translation>
    </message>
    <message>
        <source>Choose the hosts and press Start: OverlayStudio reads them, then stops before every command of the apply so you can see what it does, run it, and see what it did.</source>
        <translation>Escolha os hosts e pressione Iniciar: o OverlayStudio os lê e depois para antes de cada comando da aplicação, para que você veja o que ele faz, o execute e veja o que ele fez.</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>&amp;Iniciar novamente</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 there</source>
        <translation>%1: etapa %2 de %3 lá</translation>
    </message>
    <message>
        <source>Creates nothing new: it configures or connects.</source>
        <translation>Não cria nada novo: configura ou conecta.</translation>
    </message>
    <message>
        <source>Creates: %1</source>
        <translation>Cria: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 in all. Next runs it; Run to End runs the rest.</source>
        <translation>Etapa %1 de %2 no total. Próxima a executa; Executar até o fim executa o resto.</translation>
    </message>
    <message>
        <source>Running step %1 on %2...</source>
        <translation>Executando a etapa %1 em %2...</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulada</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>terminou sem status de saída (%1)</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>status de saída %1</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, etapa %2: %3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(sem saída)</translation>
    </message>
    <message>
        <source>The command of the next step appears here, before it runs.</source>
        <translation>O comando do próximo passo aparece aqui, antes de ser executado.</translation>
    </message>
    <message>
        <source>What the step printed appears here once it ran.</source>
        <translation>O que o passo imprimiu aparece aqui depois que ele for executado.</translation>
    </message>
</context>
<context>
    <name>studio::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>Estrutura</translation>
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
        <translation>Detalhes</translation>
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
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation>VNI %1 para %2</translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message>
        <source>Export Lab Guide</source>
        <translation>Exportar guia de laboratório</translation>
    </message>
    <message>
        <source>Markdown with images beside it (*.md);;HTML, images embedded (*.html)</source>
        <translation>Markdown com as imagens ao lado (*.md);;HTML, com as imagens incorporadas (*.html)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Guide...</source>
        <translation>Exportar &amp;guia de laboratório...</translation>
    </message>
    <message>
        <source>Write a step-by-step guide that builds this topology by hand: Markdown with its diagram, or HTML</source>
        <translation>Grava um guia passo a passo que cria esta topologia à mão: Markdown com seu diagrama, ou HTML</translation>
    </message>
    <message>
        <source>Cannot export the lab guide</source>
        <translation>Não é possível exportar o guia de laboratório</translation>
    </message>
    <message>
        <source>Wrote the lab guide %1</source>
        <translation>O guia de laboratório %1 foi gravado</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>O guia de laboratório %1 e sua imagem (%n) foram gravados</numerusform>
            <numerusform>O guia de laboratório %1 e suas %n imagens foram gravados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TickCommand</name>
    <message>
        <source>the monitoring command's report is incomplete: %1</source>
        <translation>o relatório do comando de monitoramento está incompleto: %1</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell.</source>
        <translation>Verifique se o host tem um shell POSIX.</translation>
    </message>
    <message>
        <source>a container named %1 exists on %2, but this topology did not create it (labels %3/%4). Rename one of them.</source>
        <translation>existe um contêiner chamado %1 em %2, mas esta topologia não o criou (rótulos %3/%4). Renomeie um deles.</translation>
    </message>
    <message>
        <source>ovs-vswitchd does not answer.</source>
        <translation>o ovs-vswitchd não responde.</translation>
    </message>
    <message>
        <source>Docker does not answer.</source>
        <translation>O Docker não responde.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation>o id %1 é usado por outro objeto (%2).</translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation>Dê a cada objeto seu próprio id.</translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation>a ponte se refere ao id de host %1, que não existe.</translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation>Coloque a ponte dentro de um host existente.</translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation>o contêiner se refere ao id de host %1, que não existe.</translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation>Coloque o contêiner dentro de um host existente.</translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation>o contêiner se refere ao id de ponte %1, que não existe.</translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation>Conecte-o a uma ponte existente ou a nenhuma.</translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation>o contêiner está conectado à ponte %1 em outro host.</translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation>Conecte-o a uma ponte do próprio host.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation>o link se refere ao id de ponte %1, que não existe.</translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation>Conecte duas pontes existentes.</translation>
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
        <translation>sem endereço</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT para o exterior</translation>
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
        <translation>%1@%2, porta SSH %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sem endereço)</translation>
    </message>
    <message>
        <source>Last deploy: as designed</source>
        <translation>Última implantação: conforme o projeto</translation>
    </message>
    <message>
        <source>Last deploy failed: %1</source>
        <translation>A última implantação falhou: %1</translation>
    </message>
    <message>
        <source>gateway %1 on port %2, MTU %3</source>
        <translation>gateway %1 na porta %2, MTU %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>imagem %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>%1 on %2, address %3</source>
        <translation>%1 em %2, endereço %3</translation>
    </message>
    <message>
        <source>VNI %1, UDP port %2, ports %3 / %4</source>
        <translation>VNI %1, porta UDP %2, portas %3 / %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Excluir %n objeto</numerusform>
            <numerusform>Excluir %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Conexão cancelada.</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>Movimentação cancelada.</translation>
    </message>
    <message>
        <source>The frame of %1 now overlaps %2; move one of them apart.</source>
        <translation>A moldura de %1 agora se sobrepõe à de %2; afaste uma da outra.</translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation>Solte sobre uma ponte (ou um contêiner) para conectar.</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>quebrado</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>Monitoramento: %1</translation>
    </message>
    <message>
        <source>Monitoring: %1. %2</source>
        <translation>Monitoramento: %1. %2</translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation>Guia do usuário do OverlayStudio</translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation>Pesquise no guia, por exemplo, uma mensagem de erro (Enter: próximo)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Pesquisar no guia</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Found in "%1"</source>
        <translation>Encontrado em "%1"</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name '%1' %2.</source>
        <translation>O nome de topologia '%1' %2.</translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. 'lab-overlay'.</source>
        <translation>Ele marca tudo o que a topologia cria nos hosts; renomeie-a, por exemplo, 'lab-overlay'.</translation>
    </message>
    <message>
        <source>Host name '%1' %2.</source>
        <translation>O nome de host '%1' %2.</translation>
    </message>
    <message>
        <source>Rename the host, e.g. 'host1'.</source>
        <translation>Renomeie o host, por exemplo, 'host1'.</translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation>O host %1 não tem endereço de gerenciamento.</translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>Informe o endereço IP ou nome DNS ao qual o OverlayStudio se conecta via SSH.</translation>
    </message>
    <message>
        <source>Management address '%1' of host %2 %3.</source>
        <translation>O endereço de gerenciamento '%1' do host %2 %3.</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation>Informe um endereço IP como 192.168.0.8 ou um nome de host.</translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation>A porta SSH %1 do host %2 está fora do intervalo.</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation>Use uma porta de 1 a 65535 (22 é o usual).</translation>
    </message>
    <message>
        <source>SSH user '%1' of host %2 %3.</source>
        <translation>O usuário SSH '%1' do host %2 %3.</translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation>Informe a conta com a qual fazer login, por exemplo, root.</translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation>O host %1 se autentica com um arquivo de chave, mas nenhum foi informado.</translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation>Escolha o arquivo de chave privada ou autentique-se com o agente SSH.</translation>
    </message>
    <message>
        <source>Host %1 logs in as '%2' without sudo; creating bridges and containers needs root.</source>
        <translation>O host %1 faz login como '%2' sem sudo; criar pontes e contêineres requer root.</translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation>Ative o sudo para este host ou faça login como root.</translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation>A MTU de underlay %1 do host %2 está fora do intervalo.</translation>
    </message>
    <message>
        <source>Use the MTU of the host's network card, %1 to %2 (1500 is usual).</source>
        <translation>Use a MTU da placa de rede do host, de %1 a %2 (1500 é o usual).</translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation>O host %1 não tem endereço de underlay.</translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation>Informe o endereço IP que os túneis VXLAN deste host usam.</translation>
    </message>
    <message>
        <source>Host %1 is reached by the name '%2', but VXLAN tunnels need an IP address.</source>
        <translation>O host %1 é acessado pelo nome '%2', mas os túneis VXLAN precisam de um endereço IP.</translation>
    </message>
    <message>
        <source>Enter the host's underlay IP address.</source>
        <translation>Informe o endereço IP de underlay do host.</translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation>Endereço de underlay do host %1: %2.</translation>
    </message>
    <message>
        <source>Two hosts are named '%1'.</source>
        <translation>Há dois hosts chamados '%1'.</translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation>Dê a cada host seu próprio nome.</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation>Os hosts %1 e %2 usam o mesmo endereço de gerenciamento %3 e a porta %4.</translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation>Cada host precisa do seu próprio endereço (ou porta SSH).</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation>Os hosts %1 e %2 usam o mesmo endereço de underlay %3; os túneis não conseguiriam distingui-los.</translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation>Dê a cada host seu próprio endereço de underlay.</translation>
    </message>
    <message>
        <source>Bridge name '%1' on %2 %3.</source>
        <translation>O nome de ponte '%1' em %2 %3.</translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. 'br0'.</source>
        <translation>Renomeie a ponte, por exemplo, 'br0'.</translation>
    </message>
    <message>
        <source>Gateway port name '%1' of bridge %2 %3.</source>
        <translation>O nome da porta de gateway '%1' da ponte %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'veth0'.</source>
        <translation>Renomeie a porta, por exemplo, 'veth0'.</translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation>Endereço do gateway da ponte %1: %2.</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>Informe o endereço do gateway com o prefixo, por exemplo, 10.2.2.1/24.</translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation>O endereço de gateway %1 da ponte %2 é o endereço de rede ou de broadcast da sua sub-rede.</translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation>Use um endereço de host como %1/%2.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation>A MTU %1 da ponte %2 está fora do intervalo.</translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>Use de %1 a %2; 1450 cabe em um túnel VXLAN sobre uma rede de 1500 bytes.</translation>
    </message>
    <message>
        <source>Container name '%1' on %2 %3.</source>
        <translation>O nome de contêiner '%1' em %2 %3.</translation>
    </message>
    <message>
        <source>Rename the container, e.g. 'container1'.</source>
        <translation>Renomeie o contêiner, por exemplo, 'container1'.</translation>
    </message>
    <message>
        <source>Image '%1' of container %2 %3.</source>
        <translation>A imagem '%1' do contêiner %2 %3.</translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation>Informe uma imagem que exista no host, por exemplo, ubuntu:v1.</translation>
    </message>
    <message>
        <source>Interface name '%1' of container %2 %3.</source>
        <translation>O nome de interface '%1' do contêiner %2 %3.</translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation>Use um nome como eth0.</translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation>O contêiner %1 não está conectado a uma ponte; ele será executado sem rede.</translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation>Conecte-o a uma ponte em %1.</translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation>Endereço do contêiner %1: %2.</translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation>Informe um endereço em %1, por exemplo, %2.</translation>
    </message>
    <message>
        <source>the bridge's subnet</source>
        <translation>a sub-rede da ponte</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation>O endereço %1 do contêiner %2 não está na sub-rede %3 da ponte %4.</translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation>Use um endereço em %1 com o prefixo /%2, ou conecte o contêiner a outra ponte.</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation>O endereço %1 do contêiner %2 é o endereço de rede ou de broadcast de %3.</translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation>Escolha um endereço de host dentro da sub-rede.</translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation>Gateway do contêiner %1: %2.</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address, or leave it empty to use it.</source>
        <translation>Informe o endereço do gateway da ponte, ou deixe vazio para usá-lo.</translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation>O gateway %1 do contêiner %2 não está na sub-rede %3, então o contêiner não consegue alcançá-lo.</translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation>Use %1 (o gateway da ponte %2) ou deixe o gateway vazio.</translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation>O VNI %1 do link %2 está fora do intervalo.</translation>
    </message>
    <message>
        <source>Use a VNI from %1 to %2.</source>
        <translation>Use um VNI de %1 a %2.</translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation>A porta UDP %1 do link %2 está fora do intervalo.</translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation>Use 4789, a porta do VXLAN, a menos que a rede precise de outra (1-65535).</translation>
    </message>
    <message>
        <source>Tunnel port name '%1' of link %2 %3.</source>
        <translation>O nome da porta de túnel '%1' do link %2 %3.</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'vxlan0'.</source>
        <translation>Renomeie a porta, por exemplo, 'vxlan0'.</translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation>O link %1 une duas pontes no mesmo host %2; um túnel VXLAN une hosts diferentes.</translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation>Conecte a ponte a uma ponte em outro host.</translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation>O link %1 une a sub-rede %2 à sub-rede %3; um segmento de camada 2 precisa de uma única sub-rede.</translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation>Dê às duas pontes endereços na mesma sub-rede, ou remova o link.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation>As pontes %1 e %2 estão unidas por dois links.</translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation>Remova um deles; um túnel transporta o segmento inteiro.</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation>A MTU %1 da ponte %2 é maior do que o túnel VXLAN dela consegue transportar: a MTU de underlay é %3 e o VXLAN adiciona %4 bytes.</translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation>Defina a MTU da ponte como %1 ou menos.</translation>
    </message>
    <message>
        <source>%1 uses the name '%2' twice on host %3.</source>
        <translation>%1 usa o nome '%2' duas vezes no host %3.</translation>
    </message>
    <message>
        <source>The name '%1' is used by both %2 and %3 on host %4.</source>
        <translation>O nome '%1' é usado tanto por %2 quanto por %3 no host %4.</translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation>Pontes, portas de gateway e portas de túnel de um host precisam, cada uma, do seu próprio nome.</translation>
    </message>
    <message>
        <source>Two containers on host %1 are named '%2'.</source>
        <translation>Dois contêineres no host %1 se chamam '%2'.</translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation>Dê a cada contêiner de um host seu próprio nome.</translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation>A sub-rede %1 da ponte %2 se sobrepõe à sub-rede %3 da ponte %4 no mesmo host.</translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation>Dê a cada ponte de um host sua própria sub-rede, por exemplo, 10.2.2.0/24 e 10.3.3.0/24.</translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation>Os links %1 e %2 fazem ambos um túnel de %3 para %4 com o VNI %5; o OVS não consegue distingui-los.</translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation>Dê outro VNI a um dos links.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation>O VNI %1 une pontes com sub-redes diferentes: %2.</translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation>Pontes unidas por um VNI formam uma rede: dê a elas a mesma sub-rede, ou use outro VNI para a outra sub-rede.</translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation>As pontes %1 unidas pelo VNI %2 formam um loop (%3 links entre %4 pontes): os quadros inundados circulam nele e o aprendizado de MAC falha, então o tráfego unicast se perde.</translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation>Remova links até que formem uma árvore, ou ligue todos os pares de pontes (uma malha completa, que recebe split horizon).</translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation>As pontes %1 formam uma rede, mas os links delas usam VNIs diferentes (%2).</translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network's identity.</source>
        <translation>Use um único VNI para todos os links de uma rede; ele é a identidade da rede.</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host's reply.</source>
        <translation>As pontes %1 e %2 de uma mesma rede têm o mesmo endereço de gateway %3; um contêiner pode receber a resposta de qualquer um dos hosts.</translation>
    </message>
    <message>
        <source>Give each host's gateway port its own address, e.g. .1 and .254 (containers keep using their own host's gateway).</source>
        <translation>Dê à porta de gateway de cada host seu próprio endereço, por exemplo, .1 e .254 (os contêineres continuam usando o gateway do próprio host).</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation>O endereço %1 do contêiner %2 já é usado por %3 na mesma rede.</translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation>Dê ao contêiner um endereço livre em %1.</translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation>As pontes %1 de uma mesma rede têm MTUs diferentes; quadros grandes serão perdidos em um dos sentidos.</translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation>Dê a todas as pontes de uma rede a mesma MTU.</translation>
    </message>
    <message>
        <source>Bridge %1 is set to route, but no other bridge on %2 is: there is nothing to route to.</source>
        <translation>A ponte %1 está configurada para rotear, mas nenhuma outra ponte em %2 está: não há para onde rotear.</translation>
    </message>
    <message>
        <source>Set routing on the bridge its segment should reach, or turn it off.</source>
        <translation>Ative o roteamento na ponte que o segmento dela deve alcançar, ou desative-o.</translation>
    </message>
    <message>
        <source>%1 routes between the networks of %2 and %3, but %4 does not route between %5 and %6, which are in the same two networks: containers on %4 answer through their own host, which drops what is routed to them.</source>
        <translation>%1 roteia entre as redes de %2 e %3, mas %4 não roteia entre %5 e %6, que estão nas mesmas duas redes: os contêineres em %4 respondem pelo próprio host, que descarta o que é roteado para eles.</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 as well, or on neither host.</source>
        <translation>Ative o roteamento também em %1 e %2, ou em nenhum dos dois hosts.</translation>
    </message>
    <message>
        <source>Image %1 is defined twice.</source>
        <translation>A imagem %1 está definida duas vezes.</translation>
    </message>
    <message>
        <source>Remove one of its definitions in Images (Deploy menu).</source>
        <translation>Remova uma de suas definições em Imagens (menu Implantar).</translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation>Página de boas-vindas</translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation>Boas-vindas ao OverlayStudio</translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation>Projete redes overlay de contêineres na tela de desenho: hosts, pontes do Open vSwitch, contêineres do Docker e links VXLAN. O OverlayStudio verifica o projeto, mostra os comandos que o criam e o implanta via SSH. O guia do usuário está em Ajuda (F1).</translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation>Fechar a página de boas-vindas (Esc)</translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation>Fechar a página de boas-vindas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation>Novo projeto vazio</translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation>Arraste hosts, pontes e contêineres da paleta para a tela de desenho.</translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation>Experimentar em um laboratório local</translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation>Dois hosts simulados nesta máquina e, em seguida, o exemplo do laboratório para implantar neles. Requer root.</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>Abrir um exemplo</translation>
    </message>
</context>
<context>
    <name>studio::livestyle</name>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inacessível</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>não aplicado</translation>
    </message>
</context>
<context>
    <name>studio::monitorformat</name>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>%1 %2b/s</source>
        <extracomment>a bit rate: number, SI prefix (k, M, G), "b/s"</extracomment>
        <translation>%1 %2b/s</translation>
    </message>
    <message>
        <source>%1 %2pkt/s</source>
        <extracomment>a packet rate: number, SI prefix (k, M), "pkt/s"</extracomment>
        <translation>%1 %2pct/s</translation>
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
        <translation>aguardando</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inacessível</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>quebrado</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>não aplicado</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencioso</translation>
    </message>
</context>
</TS>