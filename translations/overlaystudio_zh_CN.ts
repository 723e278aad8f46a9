<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation>设计、部署和监视容器 Overlay 网络。</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>要打开的拓扑。</translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation>将窗口渲染为图像文件后退出。</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation>拓扑一打开就立即部署。</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation>OverlayStudio 意外停止，您最近的更改尚未保存。要恢复它们吗？</translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation>关于 OverlayStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;设计、部署和监视多主机容器 Overlay 网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation>窗口、画布、线程</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation>GNU LGPL 3.0（或 GPL 2.0 / 3.0）</translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation>与主机的 SSH 连接</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 或更高版本</translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation>实时图表</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation>GNU GPL 3.0 或更高版本</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio 是自由软件：您可以依据&lt;b&gt;GNU 通用公共许可证第 3 版或（由您选择）任何更高版本&lt;/b&gt;（GPL-3.0-or-later）的条款重新分发和/或修改它。本软件不提供任何担保。请参阅&lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;许可证&lt;/a&gt;；在 Debian 系统上，它位于 /usr/share/common-licenses/GPL-3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;构建所用组件&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在主机上，它驱动已安装的 Open vSwitch、Docker、iproute2 和 iptables。&lt;/p&gt;&lt;p&gt;图标：专为 OverlayStudio 绘制，采用其许可证。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation>“%1”不是 IPv4 地址（四个 0-255 的数字，例如 10.2.2.1）</translation>
    </message>
    <message>
        <source>'%1' has no prefix length; write it like 10.2.2.1/24</source>
        <translation>“%1”没有前缀长度；请写成 10.2.2.1/24 这样的形式</translation>
    </message>
    <message>
        <source>'%1' has prefix length '%2'; use 1 to 30 (24 is usual)</source>
        <translation>“%1”的前缀长度为“%2”；请使用 1 到 30（通常为 24）</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
</context>
<context>
    <name>studio::Addressing</name>
    <message>
        <source>has no free /24 subnet left for a new bridge</source>
        <translation>已没有可供新网桥使用的空闲 /24 子网</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address by hand.</source>
        <translation>请手动输入网桥的网关地址。</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>没有这个网桥。</translation>
    </message>
    <message>
        <source>has no valid gateway address to take a subnet from: %1</source>
        <translation>没有可用于确定子网的有效网关地址：%1</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>请输入带前缀的网关地址，例如 10.2.2.1/24。</translation>
    </message>
    <message>
        <source>has no free address left in subnet %1</source>
        <translation>在子网 %1 中已没有空闲地址</translation>
    </message>
    <message>
        <source>Use a larger subnet (a shorter prefix) for this segment.</source>
        <translation>请为此网段使用更大的子网（更短的前缀）。</translation>
    </message>
</context>
<context>
    <name>studio::BuildContext</name>
    <message>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <source>Put the file beside the project file, or remove it from the context files of %1 in Images (Deploy menu).</source>
        <translation>请将该文件放到项目文件旁边，或在“镜像”（部署菜单）中将其从 %1 的上下文文件中移除。</translation>
    </message>
    <message>
        <source>its context files (%1) are read beside the project file, but the project has not been saved yet.</source>
        <translation>其上下文文件（%1）从项目文件所在的文件夹读取，但项目尚未保存。</translation>
    </message>
    <message>
        <source>Save the project next to those files, then apply again.</source>
        <translation>请将项目保存到这些文件旁边，然后重新应用。</translation>
    </message>
    <message>
        <source>its context file '%1' %2.</source>
        <translation>其上下文文件“%1”%2。</translation>
    </message>
    <message>
        <source>its context file %1 does not exist in %2.</source>
        <translation>其上下文文件 %1 在 %2 中不存在。</translation>
    </message>
    <message>
        <source>its context file %1 is not a file (a folder?).</source>
        <translation>其上下文文件 %1 不是文件（是文件夹？）。</translation>
    </message>
    <message>
        <source>List the files inside it one by one in Images (Deploy menu).</source>
        <translation>请在“镜像”（部署菜单）中逐个列出其中的文件。</translation>
    </message>
    <message>
        <source>its context file %1 is a link to %2, outside the project file's folder.</source>
        <translation>其上下文文件 %1 是指向 %2 的链接，位于项目文件所在的文件夹之外。</translation>
    </message>
    <message>
        <source>Copy the file into the project file's folder instead of linking to it.</source>
        <translation>请将该文件复制到项目文件所在的文件夹中，而不是链接到它。</translation>
    </message>
    <message>
        <source>its context file %1 cannot be read: %2.</source>
        <translation>无法读取其上下文文件 %1：%2。</translation>
    </message>
    <message>
        <source>Make the file readable, then apply again.</source>
        <translation>请使该文件可读，然后重新应用。</translation>
    </message>
    <message>
        <source>its context file %1 is larger than 8 GiB.</source>
        <translation>其上下文文件 %1 大于 8 GiB。</translation>
    </message>
    <message>
        <source>its context file %1 became shorter while it was sent.</source>
        <translation>其上下文文件 %1 在发送过程中变短了。</translation>
    </message>
    <message>
        <source>Apply again once nothing writes to the file.</source>
        <translation>待没有程序再写入该文件后重新应用。</translation>
    </message>
    <message>
        <source>its context file %1 grew while it was sent.</source>
        <translation>其上下文文件 %1 在发送过程中变大了。</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation>拓扑文件（.json）。</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation>overlaystudio-cli %1：%2</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation>overlaystudio-cli %1：需要且仅需要一个拓扑文件。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation>%1：%2 个错误，%3 个警告，涉及 %4 台主机、%5 个网桥、%6 个容器、%7 条链路。</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>以 JSON 格式输出计划。</translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation>仅输出此主机的计划。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation>改为计划拆除该拓扑。</translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation>为每台主机写一个脚本 HOST.sh 到此文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'; its hosts are: %3.</source>
        <translation>错误：%1 中没有名为“%2”的主机；其主机有：%3。</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command '%1'.</source>
        <translation>overlaystudio-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <source>fast (default: containers side by side, plugged at once) or guide (ovs-docker, one container after another, as the tutorial does).</source>
        <translation>fast（默认：容器并行启动，一次性接入）或 guide（ovs-docker，逐个容器，与教程一致）。</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>overlaystudio-cli plan: unknown style '%1'; use fast or guide.</source>
        <translation>overlaystudio-cli plan：未知风格 '%1'；请使用 fast 或 guide。</translation>
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
        <translation>用法：overlaystudio-cli COMMAND FILE [options]

命令：
  validate FILE [--json]        检查拓扑；有错误时以 1 退出。
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                打印构建（或删除）拓扑的命令，
                                每台主机一个 shell 脚本。
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                通过 SSH 部署：apply 只更改有差异的部分，
                                destroy 删除拓扑创建的内容，status
                                将主机与设计进行比较。
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                监控已部署的拓扑：ping 的 RTT 和丢包、
                                每条链路和每个容器的流量、状态；每个采样
                                一行，直到 N 个间隔结束或按下 Ctrl+C。
  guide FILE [--output DIR] [--format md|html]
                                编写手动构建该拓扑的实验指南：
                                带拓扑图的 Markdown，或 HTML。
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                在本机上模拟的主机（需以 root 运行）。

退出码：0 正常，1 发现问题，2 用法错误。
</translation>
    </message>
    <message>
        <source>Each command explains its options with --help, e.g. overlaystudio-cli apply --help.
</source>
        <translation>每个命令都可用 --help 说明其选项，例如 overlaystudio-cli apply --help。
</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli validate FILE [--json]</source>
        <translation>用法：overlaystudio-cli validate FILE [--json]</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</source>
        <translation>用法：overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</translation>
    </message>
</context>
<context>
    <name>studio::Clipboard</name>
    <message>
        <source>The clipboard holds no OverlayStudio objects.</source>
        <translation>剪贴板中没有 OverlayStudio 对象。</translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation>复制的对象所在的主机 %1 已不存在；请改为复制整台主机。</translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation>没有可粘贴的内容：请选择主机、网桥或容器并复制。</translation>
    </message>
</context>
<context>
    <name>studio::ClipboardController</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Remove the selection and keep it on the clipboard</source>
        <translation>删除所选内容并保留在剪贴板中</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>将所选内容复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste with fresh names and addresses</source>
        <translation>使用新的名称和地址粘贴</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selection next to itself, with fresh names and addresses</source>
        <translation>在旁边复制所选内容，使用新的名称和地址</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>创建 %n 个对象的副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>粘贴 %n 个对象</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>移动 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Change %1 of the topology</source>
        <translation>更改拓扑的 %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
    <message>
        <source>Change image definitions</source>
        <translation>更改镜像定义</translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>仅此主机（可重复）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation>一台主机失败时停止所有主机。</translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation>读取主机并显示将会更改的内容；不做任何更改。</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>用于核对主机密钥的 known_hosts 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>信任从未见过的主机密钥（已更改的密钥始终拒绝）。</translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation>一条命令允许耗费的秒数。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>拓扑文件。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.</source>
        <translation>%1 有错误；未部署任何内容。请运行“overlaystudio-cli validate %1”。</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'.</source>
        <translation>错误：%1 中没有名为“%2”的主机。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation>%1（%2）的主机密钥尚未知：%3 %4。</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> 已信任（--accept-new-host-keys）。</translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation> 是否信任？[y/N] </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2 的密码： </translation>
    </message>
    <message>
        <source>Cancelling: every host stops now; a command already running may still finish on its host (Ctrl-C again to quit at once).</source>
        <translation>正在取消：所有主机现在停止；已在运行的命令可能仍会在其主机上完成（再按一次 Ctrl-C 立即退出）。</translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1：将运行 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation>%1：已是最新，未做任何更改（%2 毫秒）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1：已在 %2 毫秒内运行 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation>%1 %2，用时 %3 毫秒。</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>How containers are started and plugged: fast (default) or guide (ovs-docker, one after another, as the tutorial does).</source>
        <translation>容器的启动与接入方式：fast（默认）或 guide（ovs-docker，逐个进行，与教程一致）。</translation>
    </message>
    <message>
        <source>style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>At most this many hosts connected at once (0: all; default %1).</source>
        <translation>同时连接的主机数上限（0：全部；默认 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --forks takes a number of hosts (0: all), not '%1'.</source>
        <translation>错误：--forks 需要主机数量（0：全部），而不是 '%1'。</translation>
    </message>
    <message>
        <source>error: unknown style '%1'; use fast or guide.</source>
        <translation>错误：未知风格 '%1'；请使用 fast 或 guide。</translation>
    </message>
    <message>
        <source>destroy: also remove the images this topology built or copied.</source>
        <translation>destroy：同时删除此拓扑构建或复制的镜像。</translation>
    </message>
    <message>
        <source>error: --remove-images is for destroy only.</source>
        <translation>错误：--remove-images 仅用于 destroy。</translation>
    </message>
    <message>
        <source>apply only: show each step and ask before running it (y/n/all/quit).</source>
        <translation>仅用于 apply：显示每个步骤，并在运行前询问（y/n/all/quit）。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</source>
        <translation>用法：overlaystudio-cli %1 文件 [--host 名称] [--json] [--fail-fast] [--dry-run] [--known-hosts 文件] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</translation>
    </message>
    <message>
        <source>error: --step goes with apply only, and not with --dry-run.</source>
        <translation>错误：--step 只能与 apply 一起使用，且不能与 --dry-run 同用。</translation>
    </message>
    <message>
        <source>
[%1] step %2 of %3: %4
</source>
        <translation>
[%1] 第 %2 步，共 %3 步：%4
</translation>
    </message>
    <message>
        <source>  creates: %1
</source>
        <translation>  创建：%1
</translation>
    </message>
    <message>
        <source>Run it? [y]es, [n]o (skip), [a]ll, [q]uit: </source>
        <translation>运行吗？[y]是，[n]否（跳过），[a]全部，[q]退出： </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>结束时没有退出状态（%1）</translation>
    </message>
    <message>
        <source>%1: %2 step(s) run, %3 skipped: the host may differ from the design (see status)</source>
        <translation>%1：已运行 %2 个步骤，跳过 %3 个：主机可能与设计不一致（请查看 status）</translation>
    </message>
</context>
<context>
    <name>studio::DeployController</name>
    <message>
        <source>Destroy topology</source>
        <translation>销毁拓扑</translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation>要删除拓扑 %1 在其主机上创建的所有内容（容器、端口、网桥、NAT 规则）吗？不是 OverlayStudio 创建的对象将保持不变。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation>在主机上构建拓扑；只更改有差异的部分</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation>将主机与设计进行比较，不做任何更改</translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation>销毁(&amp;D)...</translation>
    </message>
    <message>
        <source>Remove everything the topology created on its hosts</source>
        <translation>删除拓扑在其主机上创建的所有内容</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation>让每台主机在当前步骤完成后停止</translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation>请等待正在进行的部署完成或将其取消，然后再打开其他拓扑。</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>无法部署</translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation>拓扑有错误；请先修复“问题”中列出的错误。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The deploy could not start: another one is still running.</source>
        <translation>无法开始部署：另一个部署仍在运行。</translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation>部署正在运行</translation>
    </message>
    <message>
        <source>A deploy is still running on the hosts. Stopping it now leaves each host after its current step; Apply again later converges, Destroy removes what was made.</source>
        <translation>主机上仍有部署正在运行。现在停止会让每台主机停在当前步骤之后；稍后再次“应用”即可达到设计状态，“销毁”则会删除已创建的内容。</translation>
    </message>
    <message>
        <source>Cancel Deploy and Quit</source>
        <translation>取消部署并退出</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio 以前从未连接过 &lt;b&gt;%1&lt;/b&gt;（%2）。&lt;/p&gt;&lt;p&gt;它出示了以下 %3 密钥：&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;请将其与主机自己的指纹进行比较（在主机上运行 &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;）。是否信任并记住它？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1 (kept only in memory, until OverlayStudio quits):</source>
        <translation>%1 的密码（仅保存在内存中，直到 OverlayStudio 退出）：</translation>
    </message>
    <message>
        <source>Deploy S&amp;ettings...</source>
        <translation>部署设置(&amp;E)...</translation>
    </message>
    <message>
        <source>How containers are started and plugged, and how many hosts are connected at once</source>
        <translation>容器的启动与接入方式，以及同时连接的主机数</translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation>尚未部署任何内容。使用“部署 &gt; 应用”在主机上构建拓扑。</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>主机 / 步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>正在 %n 台主机上执行“%1”...</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>与设计一致（%n 个对象）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n 个对象有差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>完成：%n 个步骤，用时 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation>已是最新，未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>“%1”已在 %n 台主机上完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation>“%1”在 %3 台主机中的 %2 台上失败；请查看红色条目。</translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation>使用密码认证，但此处无法询问密码。</translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation>请使用密钥或 SSH agent，或以交互方式运行。</translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 需要为用户 %2 配置免密码 sudo（sudo -n）。</translation>
    </message>
    <message>
        <source>authentication failed.</source>
        <translation>认证失败。</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>结束时没有退出状态（%1）</translation>
    </message>
    <message>
        <source>%1: step "%2" failed (%3).
  command: %4
  error: %5</source>
        <translation>%1：步骤“%2”失败（%3）。
  命令：%4
  错误：%5</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1：未执行任何操作：拓扑有 %n 个错误；第一个：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was done: the topology has no host named %2.</source>
        <translation>%1：未执行任何操作：拓扑中没有名为 %2 的主机。</translation>
    </message>
    <message>
        <source>%1: cancelled by the user %2.</source>
        <translation>%1：已被用户取消，%2。</translation>
    </message>
    <message>
        <source>before connecting; nothing was changed</source>
        <translation>发生在连接之前；未做任何更改</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>while connecting; nothing was changed</source>
        <translation>发生在连接期间；未做任何更改</translation>
    </message>
    <message>
        <source>reading state</source>
        <translation>正在读取状态</translation>
    </message>
    <message>
        <source>while reading the host's state; nothing was changed</source>
        <translation>发生在读取主机状态期间；未做任何更改</translation>
    </message>
    <message>
        <source>%1: reading the host's state failed: %2</source>
        <translation>%1：读取主机状态失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 缺少 %2</translation>
    </message>
    <message>
        <source>before any change; nothing was changed</source>
        <translation>发生在任何更改之前；未做任何更改</translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation>%1：未做任何更改，原因：%2</translation>
    </message>
    <message>
        <source>%1: cancelled by the user after %2 of %3 steps.</source>
        <translation>%1：用户在完成 %3 个步骤中的 %2 个后取消。</translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation>%1：在完成 %3 个步骤中的 %2 个后停止，因为另一台主机失败。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>%1: cancelled by the user during step %2 of %3 ("%4"); that command may still be running on the host.</source>
        <translation>%1：用户在第 %2 步（共 %3 步，“%4”）期间取消；该命令可能仍在主机上运行。</translation>
    </message>
    <message>
        <source>waiting for its turn (%1 hosts at a time)</source>
        <translation>等待轮到它（每次 %1 台主机）</translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), then apply again.</source>
        <translation>未做任何更改：缺少前提条件（%1）。请安装它们（openvswitch-switch、docker.io、iproute2、iptables、util-linux），然后重新应用。</translation>
    </message>
    <message>
        <source>note: %1 is missing; the deploy does not need it, but Capture (Show Packet Path) does. Install it (apt-get install %1).</source>
        <translation>注意：缺少 %1；部署不需要它，但捕获（显示数据包路径）需要。请安装它（apt-get install %1）。</translation>
    </message>
    <message>
        <source>%1: another host on this machine got it (they share one Docker engine)</source>
        <translation>%1：本机上的另一台主机已获取（它们共用一个 Docker 引擎）</translation>
    </message>
</context>
<context>
    <name>studio::DeploySettingsDialog</name>
    <message>
        <source>Deploy Settings</source>
        <translation>部署设置</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged all at once</source>
        <translation>快速：容器并行启动，一次性全部接入</translation>
    </message>
    <message>
        <source>Guide: ovs-docker, one container after another</source>
        <translation>教程：ovs-docker，逐个容器</translation>
    </message>
    <message>
        <source>Deploy style</source>
        <translation>部署风格</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Hosts connected at once</source>
        <translation>同时连接的主机</translation>
    </message>
    <message>
        <source>Hosts beyond this number wait for their turn; 0 connects all of them at once.</source>
        <translation>超出此数量的主机将排队等待；0 表示全部同时连接。</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>风格(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Hosts at once:</source>
        <translation>同时主机数(&amp;H)：</translation>
    </message>
    <message>
        <source>Starts each host's containers side by side (8 at a time), then plugs them all at once: one docker inspect, a veth pair per container set up with nsenter, every port in one Open vSwitch transaction. The new address is announced, so peers reach a re-created container at once.</source>
        <translation>并行启动每台主机的容器（每次 8 个），然后一次性全部接入：一次 docker inspect，每个容器一对用 nsenter 配置的 veth，所有端口在一个 Open vSwitch 事务中添加。新地址会被通告，因此对端能立即访问重新创建的容器。</translation>
    </message>
    <message>
        <source>Runs the commands of the guide: docker run, then ovs-docker add-port, one container after another. Slower; best for following the tutorial step by step. Both styles build the same network and recognise each other's ports.</source>
        <translation>执行教程中的命令：docker run，然后 ovs-docker add-port，逐个容器进行。较慢；适合按教程逐步操作。两种风格构建相同的网络，并能识别彼此的端口。</translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation>拓扑：主机、网桥、容器和链路。方向键移动所选内容，Delete 键删除所选内容。</translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation>使用 OverlayStudio 绘制的 Overlay 网络</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>无法写入。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>请选择一个您有写入权限的文件夹，以及 .png 或 .svg 文件名。</translation>
    </message>
</context>
<context>
    <name>studio::DocumentController</name>
    <message>
        <source>Deploy running</source>
        <translation>部署正在运行</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>无法打开拓扑</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>打开拓扑</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)</source>
        <translation>OverlayStudio 拓扑 (*.ovstudio.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>保存拓扑</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation>OverlayStudio 拓扑 (*.ovstudio.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation>已恢复 OverlayStudio 停止前未保存的工作。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>studio::DumpPorts</name>
    <message>
        <source>ovs-ofctl dump-ports did not print port statistics: %1</source>
        <translation>ovs-ofctl dump-ports 未输出端口统计信息：%1</translation>
    </message>
    <message>
        <source>Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).</source>
        <translation>请检查 ovs-vswitchd 是否在运行以及网桥是否存在（ovs-vsctl show）。</translation>
    </message>
    <message>
        <source>cannot read the port name in "%1".</source>
        <translation>无法读取“%1”中的端口名称。</translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message>
        <source>Add host %1</source>
        <translation>添加主机 %1</translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation>已添加主机 %1；请在属性中输入其管理地址。</translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation>网桥位于主机上：请将其放到主机框内。</translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation>在 %2 上添加网桥 %1</translation>
    </message>
    <message>
        <source>Added bridge %1 on %2 with subnet %3.</source>
        <translation>已在 %2 上添加网桥 %1，子网为 %3。</translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation>容器运行在主机上：请将其放到主机框内。</translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation>在 %2 上添加容器 %1</translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation>已添加 %1；从它的手柄拖到网桥上即可连接。</translation>
    </message>
    <message>
        <source>There is no such container.</source>
        <translation>没有这个容器。</translation>
    </message>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>断开 %1</translation>
    </message>
    <message>
        <source>Detached %1.</source>
        <translation>已断开 %1。</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>没有这个网桥。</translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation>%1 运行在 %2 上；它只能连接到该主机上的网桥。</translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation>%1 已连接到 %2。</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation>已将 %1 连接到 %2，地址为 %3。</translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation>请将容器连接到其主机上的网桥，或将网桥连接到另一台主机上的网桥。</translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation>VXLAN 链路连接不同主机上的网桥；%1 和 %2 都在 %3 上。</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 和 %2 已经相连。</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>连接 %1 和 %2</translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation>已用 VNI %3 连接 %1 和 %2。</translation>
    </message>
    <message>
        <source>%1 gets %2</source>
        <translation>%1 获得 %2</translation>
    </message>
    <message>
        <source>Subnet %1 has no room for the other side; give both sides one subnet.</source>
        <translation>子网 %1 没有空间容纳另一侧；请让两侧使用同一个子网。</translation>
    </message>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>一个网段需要一个子网，因此另一侧已加入 %1（%2；%n 个容器已重新分配地址）。撤销可全部恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added bridge %1 on %2; %3 %4. %5</source>
        <translation>已在 %2 上添加网桥 %1；%3 %4。%5</translation>
    </message>
    <message>
        <source>Attached %1 to %2, but %3 %4. %5</source>
        <translation>已将 %1 连接到 %2，但 %3 %4。%5</translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation>两台主机、两个网段（指南示例）</translation>
    </message>
    <message>
        <source>The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don't deploy it.</source>
        <translation>手册指南中的拓扑：两台主机，每台上有网桥 br0（VNI 100）和 br1（VNI 200），每台主机两个容器。其地址仅为示例：可以生成计划，但不要部署。</translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation>本地实验环境中的两台主机</translation>
    </message>
    <message>
        <source>The guide's topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation>指南中的拓扑，运行在本地实验环境的两台模拟主机上：可直接在本机部署。</translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation>全互联的三台主机，带 NAT</translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation>三台主机在 VNI 300 上组成全互联（隧道端口启用水平分割）；host1 将网段伪装（masquerade）后发往外部。</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
</context>
<context>
    <name>studio::Firewall</name>
    <message>
        <source>isolation of %1</source>
        <translation>%1 的隔离</translation>
    </message>
    <message>
        <source>Isolate %1 (%2): drop anything the host would forward into %3 unless it answers a connection that a container on %1 opened. Other networks and the outside cannot reach in, whatever the host's FORWARD policy. The rule is in the mangle table, which the host reads before its filter rules, so no ACCEPT rule there can open it again.</source>
        <translation>隔离 %1（%2）：丢弃主机将转发到 %3 的所有数据包，除非它是对 %1 上某个容器发起的连接的应答。无论主机的 FORWARD 策略如何，其他网络和外部都无法访问进来。该规则位于 mangle 表中，主机会在 filter 规则之前读取它，因此那里的任何 ACCEPT 规则都无法重新放行。</translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation>NAT %1</translation>
    </message>
    <message>
        <source>Let containers on %1 send through the host (from %2 out to the uplink). Other networks of the host stay closed: their isolation rules come first.</source>
        <translation>允许 %1 上的容器经由主机发送数据（从 %2 发往上行链路）。主机的其他网络保持关闭：它们的隔离规则优先。</translation>
    </message>
    <message>
        <source>Let replies back into %1, and only replies: connection tracking knows which packets answer a connection a container opened.</source>
        <translation>允许应答返回 %1，且仅限应答：连接跟踪知道哪些数据包是对容器发起的连接的应答。</translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host's address (NAT), so replies find their way back.</source>
        <translation>将 %1 伪装（masquerade）为主机的地址（NAT），以便应答能够返回。</translation>
    </message>
    <message>
        <source>routing %1 to %2</source>
        <translation>从 %1 路由到 %2</translation>
    </message>
    <message>
        <source>Route from %1 to %2, as the design chooses: let packets from %3 into %4 before %2's isolation rule sees them (inserted above it).</source>
        <translation>按照设计，从 %1 路由到 %2：在 %2 的隔离规则检查之前，允许从 %3 进入 %4 的数据包（插入在该规则之上）。</translation>
    </message>
    <message>
        <source>Accept the routed packets from %1 to %2 also where the host's FORWARD policy is DROP.</source>
        <translation>即使主机的 FORWARD 策略为 DROP，也接受从 %1 路由到 %2 的数据包。</translation>
    </message>
    <message>
        <source>Do not masquerade what %1 routes to %2: containers there see the real sender (inserted above the NAT rule).</source>
        <translation>不对 %1 路由到 %2 的流量做伪装：那里的容器看到的是真实的发送方（插入在 NAT 规则之上）。</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added (%1).</source>
        <translation>删除 OverlayStudio 添加的一条防火墙规则（%1）。</translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT and routing; the isolation rules decide what may pass).</source>
        <translation>允许主机在其接口之间转发数据包（NAT 和路由需要；由隔离规则决定哪些可以通过）。</translation>
    </message>
</context>
<context>
    <name>studio::GuideCli</name>
    <message>
        <source>Folder to write the guide to (default: here).</source>
        <translation>写入指南的文件夹（默认：当前目录）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>md (Markdown and its images) or html.</source>
        <translation>md（Markdown 及其图片）或 html。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>拓扑文件。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</source>
        <translation>用法：overlaystudio-cli guide FILE [--output DIR] [--format md|html]</translation>
    </message>
    <message>
        <source>error: unknown format '%1'; use md or html.</source>
        <translation>错误：未知格式“%1”；请使用 md 或 html。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 has errors; no guide was written.</source>
        <translation>%1 有错误；未写入指南。</translation>
    </message>
</context>
<context>
    <name>studio::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide: first steps, the local lab, troubleshooting</source>
        <translation>用户指南：入门、本地实验环境、故障排除</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Lab...</source>
        <translation>在本地实验环境中试用(&amp;L)...</translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation>在本机上启动模拟主机，并为其打开示例</translation>
    </message>
    <message>
        <source>&amp;About OverlayStudio</source>
        <translation>关于 OverlayStudio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>studio::HostMonitor</name>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 需要为用户 %2 配置免密码 sudo（sudo -n）。</translation>
    </message>
    <message>
        <source>the ping process ended.</source>
        <translation>ping 进程已结束。</translation>
    </message>
    <message>
        <source>%1: the ping stream ended unexpectedly.</source>
        <translation>%1：ping 数据流意外结束。</translation>
    </message>
    <message>
        <source>Open vSwitch does not answer on %1: %2</source>
        <translation>Open vSwitch 在 %1 上没有响应：%2</translation>
    </message>
    <message>
        <source>Docker does not answer on %1: %2</source>
        <translation>Docker 在 %1 上没有响应：%2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 在 %2 上不存在。</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 未在运行。</translation>
    </message>
    <message>
        <source>the state of %1 is not known yet.</source>
        <translation>%1 的状态尚未知。</translation>
    </message>
    <message>
        <source>the ping printed nothing for %1 s.</source>
        <translation>ping 已有 %1 秒没有输出。</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation>主机状态</translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation>主机的状态报告不完整。</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation>请检查主机是否运行 POSIX shell，然后重试。</translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation>Open vSwitch</translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation>ovs-vsctl 未列出网桥、端口和接口：%1</translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation>请检查主机上的 Open vSwitch 是否在运行（ovs-vsctl show）。</translation>
    </message>
</context>
<context>
    <name>studio::ImageDefinition</name>
    <message>
        <source>Pull from a registry</source>
        <translation>从镜像仓库拉取</translation>
    </message>
    <message>
        <source>Build from a Dockerfile</source>
        <translation>从 Dockerfile 构建</translation>
    </message>
    <message>
        <source>Copy from this machine</source>
        <translation>从本机复制</translation>
    </message>
    <message>
        <source>Image definition '%1' %2.</source>
        <translation>镜像定义“%1”%2。</translation>
    </message>
    <message>
        <source>Image %1 is named by digest; only a pulled image can be.</source>
        <translation>镜像 %1 以摘要命名；只有拉取的镜像可以这样命名。</translation>
    </message>
    <message>
        <source>Image %1 is built from a Dockerfile, but the Dockerfile is empty.</source>
        <translation>镜像 %1 从 Dockerfile 构建，但 Dockerfile 为空。</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 starts with %2; it must start with FROM.</source>
        <translation>镜像 %1 的 Dockerfile 以 %2 开头；它必须以 FROM 开头。</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 is larger than 1 MB.</source>
        <translation>镜像 %1 的 Dockerfile 大于 1 MB。</translation>
    </message>
    <message>
        <source>Image %1 is copied from the local image '%2', which %3.</source>
        <translation>镜像 %1 从本地镜像“%2”复制，该名称%3。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write a Dockerfile that starts with FROM, e.g. FROM ubuntu.</source>
        <translation>在“镜像”（部署菜单）中编辑该镜像：编写以 FROM 开头的 Dockerfile，例如 FROM ubuntu。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): name an image on this machine, e.g. ubuntu:v1.</source>
        <translation>在“镜像”（部署菜单）中编辑该镜像：指定本机上的一个镜像，例如 ubuntu:v1。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write it like ubuntu:v1.</source>
        <translation>在“镜像”（部署菜单）中编辑该镜像：写法如 ubuntu:v1。</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>镜像 %2 的上下文文件“%1”%3。</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 is listed twice.</source>
        <translation>镜像 %2 的上下文文件“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): list each context file once, by its path relative to the project file's folder, e.g. files/motd.</source>
        <translation>在“镜像”（部署菜单）中编辑该镜像：每个上下文文件只列出一次，使用相对于项目文件所在文件夹的路径，例如 files/motd。</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is absolute; give it relative to the project file's folder</source>
        <translation>是绝对路径；请使用相对于项目文件所在文件夹的路径</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>包含反斜杠；请用 / 分隔文件夹</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>is longer than 4096 bytes</source>
        <translation>超过 4096 字节</translation>
    </message>
    <message>
        <source>leaves the project file's folder (..)</source>
        <translation>超出了项目文件所在的文件夹（..）</translation>
    </message>
    <message>
        <source>has an empty or '.' part</source>
        <translation>包含空的部分或“.”部分</translation>
    </message>
    <message>
        <source>is named Dockerfile, which the context holds already (the text in the project)</source>
        <translation>名为 Dockerfile，而上下文中已包含 Dockerfile（即项目中的文本）</translation>
    </message>
</context>
<context>
    <name>studio::ImagePhase</name>
    <message>
        <source>cancelled by the user before image %1.</source>
        <translation>在镜像 %1 之前被用户取消。</translation>
    </message>
    <message>
        <source>docker save %1 | gzip -c (here) | %2 (on %3)</source>
        <translation>docker save %1 | gzip -c（本机）| %2（在 %3 上）</translation>
    </message>
    <message>
        <source>copying image %1: %2 MB sent, %3 MB/s</source>
        <translation>正在复制镜像 %1：已发送 %2 MB，%3 MB/s</translation>
    </message>
    <message>
        <source>building image %1</source>
        <translation>正在构建镜像 %1</translation>
    </message>
    <message>
        <source>getting image %1</source>
        <translation>正在获取镜像 %1</translation>
    </message>
    <message>
        <source>not run to the end</source>
        <translation>未运行完成</translation>
    </message>
    <message>
        <source>cancelled by the user while getting image %1.</source>
        <translation>获取镜像 %1 时被用户取消。</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2</source>
        <translation>无法构建镜像 %1：%2</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2 failed: %3</source>
        <translation>无法构建镜像 %1：%2 失败：%3</translation>
    </message>
    <message>
        <source>Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.</source>
        <translation>在“镜像”（部署菜单）中修正 %1 的 Dockerfile，然后重新应用。</translation>
    </message>
    <message>
        <source>image %1 could not be copied: %2</source>
        <translation>无法复制镜像 %1：%2</translation>
    </message>
    <message>
        <source>Apply again once the host is reachable and has free disk space.</source>
        <translation>待主机可访问且有可用磁盘空间后重新应用。</translation>
    </message>
    <message>
        <source>image %1 could not be pulled: %2</source>
        <translation>无法拉取镜像 %1：%2</translation>
    </message>
    <message>
        <source>Give %1 access to the registry, or define %2 in Images (Deploy menu) to build it or copy it from this machine.</source>
        <translation>让 %1 能访问镜像仓库，或在“镜像”（部署菜单）中定义 %2，以便构建它或从本机复制。</translation>
    </message>
    <message>
        <source>the host lacks it; apply builds it from the design's Dockerfile</source>
        <translation>主机缺少该镜像；应用时将从设计中的 Dockerfile 构建它</translation>
    </message>
    <message>
        <source>the host lacks it; apply copies it from this machine</source>
        <translation>主机缺少该镜像；应用时将从本机复制它</translation>
    </message>
    <message>
        <source>the host lacks it; apply pulls it</source>
        <translation>主机缺少该镜像；应用时将拉取它</translation>
    </message>
    <message>
        <source>the host lacks it and the design does not define it; apply tries docker pull (define it in Images to build or copy it)</source>
        <translation>主机缺少该镜像且设计未定义它；应用时将尝试 docker pull（在“镜像”中定义它即可构建或复制）</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <source>Remove the images this topology built or copied (label %1=%2), because --remove-images was asked for.</source>
        <translation>删除此拓扑构建或复制的镜像（标签 %1=%2），因为指定了 --remove-images。</translation>
    </message>
    <message>
        <source>tar of the Dockerfile and its context files (here) | %1 (on %2)</source>
        <translation>Dockerfile 及其上下文文件的 tar（本机）| %1（在 %2 上）</translation>
    </message>
    <message>
        <source>has no definition.</source>
        <translation>没有定义。</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>building image %1 (sending %2 KB of build context)</source>
        <translation>正在构建镜像 %1（正在发送 %2 KB 的构建上下文）</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>studio::ImageScripts</name>
    <message>
        <source>If the host lacks %1: pull it from its registry (docker pull).</source>
        <translation>如果主机缺少 %1：从其镜像仓库拉取（docker pull）。</translation>
    </message>
    <message>
        <source>If the host lacks %1: build it from the design's Dockerfile, labelled as this topology's.</source>
        <translation>如果主机缺少 %1：从设计中的 Dockerfile 构建它，并标记为属于此拓扑。</translation>
    </message>
    <message>
        <source>stdin: %1 beside this script, a tar of the Dockerfile and %2</source>
        <translation>stdin：此脚本旁边的 %1，即 Dockerfile 和 %2 的 tar</translation>
    </message>
    <message>
        <source>Check that %1 is here: images-%2.sh copies it from the machine that has it.</source>
        <translation>检查 %1 是否在此：images-%2.sh 会从拥有它的机器上复制它。</translation>
    </message>
    <message>
        <source>%1 lacks image %2: run %3 on the machine that has it first.</source>
        <translation>%1 缺少镜像 %2：请先在拥有该镜像的机器上运行 %3。</translation>
    </message>
    <message>
        <source>First run %1 on the machine that has the copied images (not on this host): it sends them here over ssh.</source>
        <translation>请先在拥有要复制的镜像的机器上（而不是此主机上）运行 %1：它会通过 ssh 将镜像发送到这里。</translation>
    </message>
    <message>
        <source>Copy %1 into the same folder as this script: an image build reads it.</source>
        <translation>请将 %1 复制到此脚本所在的文件夹：构建镜像时会读取它。</translation>
    </message>
    <message>
        <source># %1. Copy image %2 (here: %3) to %4, unless it has it.</source>
        <translation># %1. 将镜像 %2（本机：%3）复制到 %4，除非它已有该镜像。</translation>
    </message>
    <message>
        <source>%1 has no image ID here.</source>
        <translation>%1 在本机上没有镜像 ID。</translation>
    </message>
    <message>
        <source>%1 has %2 already.</source>
        <translation>%1 已有 %2。</translation>
    </message>
    <message>
        <source># OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.</source>
        <translation># OverlayStudio：将拓扑 %3 从本机复制的镜像发送到主机 %1（%2）。</translation>
    </message>
    <message>
        <source># Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs docker here and ssh to %2; a host that has an image already is skipped.</source>
        <translation># 请在此处（拥有这些镜像的机器上）运行本脚本，且要在 %1 上运行 %1.sh 之前运行。它需要本机的 docker 以及到 %2 的 ssh；已有某个镜像的主机会跳过该镜像。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>无法创建。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message>
        <source>Pull image %1 from its registry (docker pull).</source>
        <translation>从镜像仓库拉取镜像 %1（docker pull）。</translation>
    </message>
    <message>
        <source>Pull image %1 from its registry (docker pull): the design does not say how to build or copy it.</source>
        <translation>从镜像仓库拉取镜像 %1（docker pull）：设计未说明如何构建或复制它。</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>从设计中的 Dockerfile 构建镜像 %1（%n 条指令），就像指南在任何 docker run 之前所做的那样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy image %1 from this machine: docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>从本机复制镜像 %1：在本机运行 docker save，压缩后经此主机的 SSH 连接送入 docker load。</translation>
    </message>
    <message>
        <source>Copy image %1 from this machine (where it is %2): docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>从本机复制镜像 %1（在本机名为 %2）：在本机运行 docker save，压缩后经此主机的 SSH 连接送入 docker load。</translation>
    </message>
    <message>
        <source>Name the copied image %1 and label it as this topology's.</source>
        <translation>将复制的镜像命名为 %1，并标记为属于此拓扑。</translation>
    </message>
    <message>
        <source>If the host lacks %1: %2</source>
        <translation>如果主机缺少 %1：%2</translation>
    </message>
    <message>
        <source>stdin: docker save %1 | gzip -c, run on this machine</source>
        <translation>stdin：docker save %1 | gzip -c，在本机运行</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>从设计中的 Dockerfile（%n 条指令）构建镜像 %1，附带项目文件旁边的 %2，以 tar 形式经此主机的 SSH 连接发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ID of %1&gt;</source>
        <translation>&lt;%1 的 ID&gt;</translation>
    </message>
    <message>
        <source>stdin: a tar of the Dockerfile and %1, made on this machine from the files beside the project file</source>
        <translation>stdin：Dockerfile 和 %1 的 tar，在本机由项目文件旁边的文件生成</translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>e.g. ubuntu:v1</source>
        <translation>例如 ubuntu:v1</translation>
    </message>
    <message>
        <source>New image name</source>
        <translation>新镜像名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>添加镜像</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove image definition</source>
        <translation>移除镜像定义</translation>
    </message>
    <message>
        <source>How hosts get the image</source>
        <translation>主机如何获取镜像</translation>
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
        <translation>使用指南的 Dockerfile(&amp;G)</translation>
    </message>
    <message>
        <source>Use the guide's Dockerfile</source>
        <translation>使用指南的 Dockerfile</translation>
    </message>
    <message>
        <source>Image on this machine</source>
        <translation>本机上的镜像</translation>
    </message>
    <message>
        <source>Hosts that lack the image run docker pull: they need access to its registry.</source>
        <translation>缺少该镜像的主机会运行 docker pull：它们需要能访问其镜像仓库。</translation>
    </message>
    <message>
        <source>docker save runs here; the image goes compressed over each host's SSH connection into docker load. For hosts without internet.</source>
        <translation>docker save 在本机运行；镜像压缩后经各主机的 SSH 连接送入 docker load。适用于无法上网的主机。</translation>
    </message>
    <message>
        <source>Image on this &amp;machine:</source>
        <translation>本机上的镜像(&amp;M)：</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>相同名称</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>pull, not defined</source>
        <translation>pull，未定义</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not used by any container.</source>
        <translation>没有容器使用 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%n 个容器使用 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses an image yet. Add one to define it.</source>
        <translation>还没有容器使用镜像。添加一个镜像来定义它。</translation>
    </message>
    <message>
        <source>Image '%1' %2.</source>
        <translation>镜像“%1”%2。</translation>
    </message>
    <message>
        <source>Context files</source>
        <translation>上下文文件</translation>
    </message>
    <message>
        <source>Files beside the project file sent with the Dockerfile, so COPY can use them</source>
        <translation>项目文件旁边的文件，随 Dockerfile 一起发送，以便 COPY 使用</translation>
    </message>
    <message>
        <source>Context file path</source>
        <translation>上下文文件路径</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. files/motd</source>
        <translation>相对于项目文件，例如 files/motd</translation>
    </message>
    <message>
        <source>Add Fi&amp;le</source>
        <translation>添加文件(&amp;L)</translation>
    </message>
    <message>
        <source>Add context file</source>
        <translation>添加上下文文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose context files</source>
        <translation>选择上下文文件</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove context file</source>
        <translation>移除上下文文件</translation>
    </message>
    <message>
        <source>Hosts that lack the image build it from this Dockerfile (docker build). The context files go with it, so COPY and ADD can use them.</source>
        <translation>缺少该镜像的主机会从此 Dockerfile 构建它（docker build）。上下文文件会一并发送，以便 COPY 和 ADD 使用。</translation>
    </message>
    <message>
        <source>&amp;Context files (beside the project file):</source>
        <translation>上下文文件（项目文件旁边）(&amp;C)：</translation>
    </message>
    <message>
        <source>Save the project first: context files are picked from the project file's folder.</source>
        <translation>请先保存项目：上下文文件从项目文件所在的文件夹中选取。</translation>
    </message>
    <message>
        <source>Pick files in %1</source>
        <translation>在 %1 中选择文件</translation>
    </message>
    <message>
        <source>%1 (not found beside the project file)</source>
        <translation>%1（在项目文件旁边未找到）</translation>
    </message>
    <message>
        <source>%1 is outside the project file's folder (%2): copy it there first, so the project and its files travel together.</source>
        <translation>%1 位于项目文件所在的文件夹（%2）之外：请先将其复制到该文件夹，让项目和它的文件始终放在一起。</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>镜像 %2 的上下文文件“%1”%3。</translation>
    </message>
    <message>
        <source>Context Files</source>
        <translation>上下文文件</translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation>没有出现 PID 文件；守护进程未启动。</translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation>请查看旁边的日志。</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation>正在从 busybox-static 构建镜像 %1</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation>请安装 busybox-static。</translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation>无法将 busybox 复制到镜像中。</translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation>正在启动 Docker 引擎</translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation>无法启动。</translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation>请安装 docker.io。</translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation>未能就绪；请查看 %1。</translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation>正在启动主机 %1（%2）</translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation>缺少以下程序：%1。</translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation>请使用 .ci/install-deps.sh 安装它们。</translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation>正在创建 Underlay 网桥 %1（%2/24）</translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation>不是本地 Docker 引擎中的镜像。</translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation>请先导入或构建它，或者不指定镜像以使用 %1。</translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation>在 %1:22 上没有 SSH 响应。</translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation>请查看 %1/log/sshd.log。</translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation>创建模拟主机需要 root 权限（网络命名空间、Open vSwitch）。</translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation>请以 root 身份运行，例如使用 sudo。</translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation>必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation>实验环境已经启动。</translation>
    </message>
    <message>
        <source>Run 'lab down' first.</source>
        <translation>请先运行“lab down”。</translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation>%1 已存在：另一个实验环境已启动。</translation>
    </message>
    <message>
        <source>Take it down with 'lab down' (with its --run-dir) first.</source>
        <translation>请先用“lab down”（带上其 --run-dir）将其关闭。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>无法创建。</translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation>此处没有已启动的实验环境。</translation>
    </message>
    <message>
        <source>Start one with 'lab up'.</source>
        <translation>请用“lab up”启动一个。</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>已损坏。</translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation>请手动删除命名空间 oslab-h* 和网桥 %1。</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: no start time was recorded for it, so it cannot be told from another process with that PID</source>
        <translation>未终止进程 %1（%2）：没有记录它的启动时间，因此无法将它与具有相同 PID 的其他进程区分开</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: it started at another time than the lab's, so it is not the lab's</source>
        <translation>未终止进程 %1（%2）：它的启动时间与实验环境不同，因此不属于实验环境</translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation>正在停止主机 %1</translation>
    </message>
    <message>
        <source>namespace '%1' was left alone: it is not a lab name</source>
        <translation>未改动命名空间“%1”：它不是实验环境的名称</translation>
    </message>
    <message>
        <source>link '%1' was left alone: it is not a lab name</source>
        <translation>未改动链路“%1”：它不是实验环境的名称</translation>
    </message>
    <message>
        <source>%1 was left alone: it is not below the lab's run directory %2</source>
        <translation>未改动 %1：它不在实验环境的运行目录 %2 之下</translation>
    </message>
    <message>
        <source>link '%1' was left alone: the lab's bridge is %2</source>
        <translation>未改动链路“%1”：实验环境的网桥是 %2</translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation>正在停止实验环境启动的 Docker 引擎</translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation>实验环境已关闭，但是：%1</translation>
    </message>
    <message>
        <source>its sshd is not running.</source>
        <translation>其 sshd 未在运行。</translation>
    </message>
    <message>
        <source>is not a host of the lab in %1.</source>
        <translation>不是 %1 中实验环境的主机。</translation>
    </message>
    <message>
        <source>its sshd runs already.</source>
        <translation>其 sshd 已在运行。</translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation>本地实验环境的主机。</translation>
    </message>
    <message>
        <source>Rolling back also failed: %1</source>
        <translation>回滚也失败了：%1</translation>
    </message>
</context>
<context>
    <name>studio::LabCli</name>
    <message>
        <source>Number of hosts (up).</source>
        <translation>主机数量（up）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Container image the lab provides (up); default: build %1 from busybox-static.</source>
        <translation>实验环境提供的容器镜像（up）；默认：从 busybox-static 构建 %1。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab's (up).</source>
        <translation>写入一个以实验环境主机为主机的拓扑（up）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation>实验环境保存其状态的位置。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation>实验环境保存其 SSH 密钥的位置（会重复使用）。</translation>
    </message>
    <message>
        <source>known_hosts file to record the lab's host keys in.</source>
        <translation>用于记录实验环境主机密钥的 known_hosts 文件。</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>以 JSON 格式输出状态。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation>用法：overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation>--hosts 需要一个数字。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation>实验环境已在 %1 秒内启动：%2 台主机，镜像 %3。</translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation>SSH 密钥：%1</translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation>主机密钥：%1（也已记录在 %2 中）</translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation>Underlay 网关（本机）：%1</translation>
    </message>
    <message>
        <source>Topology with the lab's hosts: %1</source>
        <translation>使用实验环境主机的拓扑：%1</translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation>实验环境已关闭。</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation>降级：命名空间 %1，SSH %2，已停止：%3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>有响应</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>lab: unknown action '%1'; use up, down or status.</source>
        <translation>lab：未知操作“%1”；请使用 up、down 或 status。</translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message>
        <source>%1: a multi-host container overlay with Open vSwitch, VXLAN and Docker</source>
        <translation>%1：使用 Open vSwitch、VXLAN 和 Docker 的多主机容器 Overlay 网络</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, underlay %3)</source>
        <translation>%1（%2，Underlay %3）</translation>
    </message>
    <message>
        <source>Open vSwitch (OVS) is a virtual switch for software-defined networks. VXLAN (Virtual Extensible LAN) carries Ethernet frames inside UDP packets over an IP network, so a layer-2 network can span several hosts. Together they let Docker containers on different hosts talk as if they shared one switch, each network isolated by its own VXLAN network identifier (VNI).</source>
        <translation>Open vSwitch（OVS）是用于软件定义网络的虚拟交换机。VXLAN（虚拟可扩展局域网）将以太网帧封装在 UDP 数据包中，经由 IP 网络传输，使二层网络可以跨越多台主机。两者结合，不同主机上的 Docker 容器就能像连接在同一台交换机上一样互相通信，而每个网络都由自己的 VXLAN 网络标识符（VNI）相互隔离。</translation>
    </message>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>本指南手动构建拓扑 **%1**：%n 台主机， </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>%n 个网桥， </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>%n 个容器 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>以及 %n 条 VXLAN 隧道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> 承载 %n 个网络（VNI）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command below is the one OverlayStudio runs; each is safe to run again.</source>
        <translation>下面的每条命令都与 OverlayStudio 运行的命令相同；每条都可以安全地重复运行。</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Topology %1</source>
        <translation>拓扑 %1</translation>
    </message>
    <message>
        <source>The diagram as a drawing: [%1](%2).</source>
        <translation>拓扑图：[%1](%2)。</translation>
    </message>
    <message>
        <source>%1 (gateway %2 on %3)</source>
        <translation>%1（网关 %2，位于 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Underlay (VTEP)</source>
        <translation>Underlay（VTEP）</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>（仅此主机）</translation>
    </message>
    <message>
        <source>The networks: bridges joined by VXLAN tunnels form one layer-2 network, named by its VNI. Networks are isolated from each other unless the design routes between them.</source>
        <translation>网络：由 VXLAN 隧道连接的网桥组成一个二层网络，以其 VNI 命名。除非设计在网络之间进行路由，否则各网络相互隔离。</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，地址 %2</translation>
    </message>
    <message>
        <source>Linux hosts that reach each other over IP: %1%2.</source>
        <translation>能通过 IP 互相访问的 Linux 主机：%1%2。</translation>
    </message>
    <message>
        <source>, with UDP port %1 open between them</source>
        <translation>，且它们之间开放 UDP 端口 %1</translation>
    </message>
    <message>
        <source>On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and %6.</source>
        <translation>每台主机上：Docker（%1）、Open vSwitch（%2，包含 %3 和 %4）、%5 和 %6。</translation>
    </message>
    <message>
        <source>A shell as root on each host (%1): every command below runs as root.</source>
        <translation>每台主机上的 root shell（%1）：下面的每条命令都以 root 身份运行。</translation>
    </message>
    <message>
        <source>The container image(s) %1 on the hosts that run containers (%2, or build them).</source>
        <translation>运行容器的主机上需有容器镜像 %1（%2，或自行构建）。</translation>
    </message>
    <message>
        <source>Hosts without the Open vSwitch kernel module use its userspace datapath (%1), as the design says for them; their underlay address must sit on an OVS bridge holding the NIC.</source>
        <translation>没有 Open vSwitch 内核模块的主机按设计使用其用户空间数据路径（%1）；它们的 Underlay 地址必须位于包含该网卡的 OVS 网桥上。</translation>
    </message>
    <message>
        <source>Step %1: build %2</source>
        <translation>第 %1 步：构建 %2</translation>
    </message>
    <message>
        <source>Nothing to do on %1: it has no bridges or containers.</source>
        <translation>%1 上无需操作：它没有网桥或容器。</translation>
    </message>
    <message>
        <source>On %1, as root, in this order:</source>
        <translation>在 %1 上，以 root 身份按以下顺序执行：</translation>
    </message>
    <message>
        <source>Step %1: test it</source>
        <translation>第 %1 步：测试</translation>
    </message>
    <message>
        <source>There are no two containers plugged into bridges to ping between.</source>
        <translation>没有两个接入网桥的容器可以互相 ping。</translation>
    </message>
    <message>
        <source>Ping from each container to the others. Within a network (one VNI) the pings must get replies; between networks they must fail: each VNI is its own isolated network, unless the design routes between them.</source>
        <translation>从每个容器 ping 其他容器。在同一网络（同一 VNI）内，ping 必须收到回复；在不同网络之间，ping 必须失败：每个 VNI 都是独立隔离的网络，除非设计在它们之间进行路由。</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>有回复</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>无回复</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>On %1, these must get replies:</source>
        <translation>在 %1 上，以下命令必须收到回复：</translation>
    </message>
    <message>
        <source>On %1, these must fail (100% packet loss):</source>
        <translation>在 %1 上，以下命令必须失败（100% 丢包）：</translation>
    </message>
    <message>
        <source>same host, switched by its bridge</source>
        <translation>同一主机，由其网桥交换</translation>
    </message>
    <message>
        <source>VNI %1 via %2</source>
        <translation>VNI %1，经由 %2</translation>
    </message>
    <message>
        <source>routed by the design, then %1</source>
        <translation>按设计路由，然后 %1</translation>
    </message>
    <message>
        <source>same network, %1</source>
        <translation>同一网络，%1</translation>
    </message>
    <message>
        <source>The MTU check</source>
        <translation>MTU 检查</translation>
    </message>
    <message>
        <source>VXLAN adds %1 bytes to every frame: %2. So the containers' packets may be at most %3 bytes, and the bridges and containers here use MTU %4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that must not be fragmented passes; one byte more is refused.</source>
        <translation>VXLAN 给每个帧增加 %1 字节：%2。因此容器的数据包最多为 %3 字节，这里的网桥和容器使用 MTU %4。发送 %5 字节数据（加上 8 字节 ICMP 和 20 字节 IP：%4）且禁止分片的 ping 可以通过；多一个字节就会被拒绝。</translation>
    </message>
    <message>
        <source>The first prints %1, the second gets a reply, the third fails with "message too long". (%2 needs iputils ping; BusyBox's ping has no %2.)</source>
        <translation>第一条命令输出 %1，第二条收到回复，第三条失败并显示“message too long”。（%2 需要 iputils 的 ping；BusyBox 的 ping 没有 %2。）</translation>
    </message>
    <message>
        <source>Step %1: what a ping looks like on the wire</source>
        <translation>第 %1 步：ping 在线路上是什么样子</translation>
    </message>
    <message>
        <source>One echo request from %1 to %2 (%3), step by step:</source>
        <translation>从 %1 到 %2（%3）的一个回显请求，逐步说明：</translation>
    </message>
    <message>
        <source>On the underlay between %1 and %2 the frame has these headers (see them for real with %3 on %1):</source>
        <translation>在 %1 和 %2 之间的 Underlay 上，帧带有以下报头（可在 %1 上用 %3 实际查看）：</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>报头</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Step %1: remove it all</source>
        <translation>第 %1 步：全部删除</translation>
    </message>
    <message>
        <source>On each host, as root: this removes the containers, firewall rules and bridges this topology made, and nothing else (each is checked for the topology's tag first).</source>
        <translation>在每台主机上以 root 身份执行：这会删除此拓扑创建的容器、防火墙规则和网桥，不会删除其他任何内容（每一项都会先检查是否带有该拓扑的标记）。</translation>
    </message>
</context>
<context>
    <name>studio::LabGuideExport</name>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>无法创建。</translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation>正在查找本地实验环境...</translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation>本地实验环境</translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation>实验环境已启动，但%1。</translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation>它的主机少于 %1 台</translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation>以下主机无法工作：%1</translation>
    </message>
    <message>
        <source>Take it down with '%1' and try again.</source>
        <translation>请用“%1”将其关闭后重试。</translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>本地实验环境已经启动：%n 台主机。</numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation>本地实验环境已启动：%1。</translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation>无法启动本地实验环境</translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation>为其准备的示例已打开。现在将它部署到实验环境吗？</translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and '%1' takes the lab down.</source>
        <translation>完成后，“部署 &gt; 销毁”会删除它创建的内容，“%1”会关闭实验环境。</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation>本地实验环境需要 root 权限</translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation>本地实验环境在本机上模拟主机：它会创建网络命名空间，为每台主机启动 Open vSwitch 和 SSH 服务器，并添加一条防火墙规则。这需要 root 权限，而 OverlayStudio 以普通用户身份运行。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;在终端中启动一个两台主机的实验环境：&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;然后打开为其准备的示例（帮助 &amp;gt; 打开示例 &amp;gt; 本地实验环境中的两台主机），并用“部署 &amp;gt; 应用”进行部署。完成后：&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation>打开实验环境示例(&amp;O)</translation>
    </message>
</context>
<context>
    <name>studio::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>系统语言(&amp;S)（%1）</translation>
    </message>
</context>
<context>
    <name>studio::LocalCommand</name>
    <message>
        <source>could not start: %1.</source>
        <translation>无法启动：%1。</translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation>请安装该程序（参见 .ci/install-deps.sh）。</translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation>未在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>失败，退出码 %1：%2</translation>
    </message>
</context>
<context>
    <name>studio::LocalImageStream</name>
    <message>
        <source>image %1 on this machine</source>
        <translation>本机上的镜像 %1</translation>
    </message>
    <message>
        <source>Check that Docker runs here and that "docker image ls" lists the image.</source>
        <translation>请检查本机 Docker 是否在运行，以及“docker image ls”是否列出该镜像。</translation>
    </message>
    <message>
        <source>docker cannot be started here: %1</source>
        <translation>无法在本机启动 docker：%1</translation>
    </message>
    <message>
        <source>this machine does not have it (%1).</source>
        <translation>本机没有该镜像（%1）。</translation>
    </message>
    <message>
        <source>docker save cannot be started: %1</source>
        <translation>无法启动 docker save：%1</translation>
    </message>
    <message>
        <source>gzip cannot be started: %1</source>
        <translation>无法启动 gzip：%1</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>docker save produced nothing for 5 minutes.</source>
        <translation>docker save 已 5 分钟没有输出。</translation>
    </message>
    <message>
        <source>docker save failed: %1</source>
        <translation>docker save 失败：%1</translation>
    </message>
    <message>
        <source>gzip failed: %1</source>
        <translation>gzip 失败：%1</translation>
    </message>
    <message>
        <source>docker image inspect gave no image ID (%1).</source>
        <translation>docker image inspect 未给出镜像 ID（%1）。</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty topology</source>
        <translation>新建一个空白拓扑</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>打开拓扑文件</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the topology</source>
        <translation>保存拓扑</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>导出图像(&amp;I)...</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation>导出计划(&amp;P)...</translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation>将每台主机的脚本导出到</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation>在此添加主机(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation>在此添加网桥(&amp;B)</translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation>在此添加容器(&amp;O)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>已将图表导出到 %1</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>无法导出计划</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个脚本写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation>%1[*] - OverlayStudio</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation>%1：%2 台主机、%3 个网桥、%4 个容器、%5 条链路；%6 个错误、%7 个警告</translation>
    </message>
    <message>
        <source>&amp;Images…</source>
        <translation>镜像(&amp;I)…</translation>
    </message>
    <message>
        <source>How hosts that lack an image get it: pull, build or copy</source>
        <translation>缺少镜像的主机如何获取它：拉取、构建或复制</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
</context>
<context>
    <name>studio::Monitor</name>
    <message>
        <source>is already being monitored.</source>
        <translation>已在监视中。</translation>
    </message>
    <message>
        <source>Stop monitoring first.</source>
        <translation>请先停止监视。</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>must be from 0.2 to 60 seconds, not %1.</source>
        <translation>必须在 0.2 到 60 秒之间，而不是 %1。</translation>
    </message>
    <message>
        <source>Fix the topology's errors first: only a valid topology can be deployed and monitored.</source>
        <translation>请先修复拓扑的错误：只有有效的拓扑才能部署和监视。</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCli</name>
    <message>
        <source>Seconds between samples (0.2 to 60).</source>
        <translation>两次采样之间的秒数（0.2 到 60）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Stop after this many intervals (default: run until Ctrl+C).</source>
        <translation>经过这么多个间隔后停止（默认：一直运行到按 Ctrl+C）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>CSV with a header line.</source>
        <translation>带标题行的 CSV。</translation>
    </message>
    <message>
        <source>Cap on the container pairs pinged.</source>
        <translation>ping 的容器对数量上限。</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>用于核对主机密钥的 known_hosts 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>信任从未见过的主机密钥（已更改的密钥始终拒绝）。</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>拓扑文件。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation>用法：overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known: %3 %4.%5</source>
        <translation>%1（%2）的主机密钥未知：%3 %4。%5</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> 已信任（--accept-new-host-keys）。</translation>
    </message>
    <message>
        <source> Not trusted: run 'status' or 'apply' once to confirm it, or pass --accept-new-host-keys.</source>
        <translation> 未信任：请先运行一次“status”或“apply”进行确认，或传入 --accept-new-host-keys。</translation>
    </message>
    <message>
        <source>Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. Ctrl+C stops.</source>
        <translation>正在监视 %1：%2 台主机，%3 个 ping 探测，每 %4 秒一次。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Stopping: ending the remote pings...</source>
        <translation>正在停止：正在结束远程 ping...</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCsv</name>
    <message>
        <source>could not be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Check the free space and choose a folder you may write to.</source>
        <translation>请检查可用空间，并选择一个您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Monitor tools</source>
        <translation>监控工具</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Stop drawing new samples (recording goes on); press again to catch up</source>
        <translation>停止绘制新的采样（记录仍在继续）；再按一次即可追上</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest samples in view (zooming or panning a graph stops following; End or a double click on a graph comes back)</source>
        <translation>保持显示最新的采样（缩放或平移图表会停止跟随；按 End 键或双击图表可恢复）</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间窗口</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Throughput in:</source>
        <translation>吞吐量单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Throughput unit</source>
        <translation>吞吐量单位</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>比特/秒</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>包/秒</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Recorded Samples as &amp;CSV...</source>
        <translation>已记录的采样，导出为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Round-Trip Graph as PNG or SVG...</source>
        <translation>往返时间图，导出为 PNG 或 SVG(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Bit Rate Graph as PNG or SVG...</source>
        <translation>比特率图，导出为 PNG 或 SVG(&amp;B)...</translation>
    </message>
    <message>
        <source>P&amp;acket Rate Graph as PNG or SVG...</source>
        <translation>包速率图，导出为 PNG 或 SVG(&amp;A)...</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>监控状态</translation>
    </message>
    <message>
        <source>Problems found by monitoring</source>
        <translation>监控发现的问题</translation>
    </message>
    <message>
        <source>What the graphs show</source>
        <translation>图表显示的内容</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>全部显示(&amp;A)</translation>
    </message>
    <message>
        <source>Show all graphs</source>
        <translation>显示所有图表</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Monitoring.</source>
        <translation>正在监控。</translation>
    </message>
    <message>
        <source>Not monitoring. Apply the topology, then start monitoring (Deploy menu).</source>
        <translation>未在监控。请先应用拓扑，然后开始监控（“部署”菜单）。</translation>
    </message>
    <message>
        <source>Paused: samples are still recorded; press Pause again to draw them.</source>
        <translation>已暂停：采样仍在记录；再按一次“暂停”即可绘制它们。</translation>
    </message>
    <message>
        <source>Nothing is watched yet.</source>
        <translation>尚未监控任何对象。</translation>
    </message>
    <message>
        <source>Showing the ping %1 and the links it crosses.</source>
        <translation>正在显示 ping %1 及其经过的链路。</translation>
    </message>
    <message>
        <source>Showing every ping and link. Select a host, container or link on the canvas to see its own graphs.</source>
        <translation>正在显示所有 ping 和链路。在画布上选择主机、容器或链路可查看其各自的图表。</translation>
    </message>
    <message>
        <source>an object added after monitoring began</source>
        <translation>监控开始后添加的对象</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>正在显示 %1。</translation>
    </message>
    <message>
        <source>No graphs for %1 yet.</source>
        <translation>%1 暂无图表。</translation>
    </message>
    <message>
        <source>Median round trip: %1 through the tunnel, %2 on the underlay beneath it (the tunnel adds %3).</source>
        <translation>往返时间中位数：经隧道 %1，其下方的 Underlay 上 %2（隧道增加了 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation>
            <numerusform>%n 个问题： </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the table)</source>
        <translation>
            <numerusform>（表格中还有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>没有记录任何内容。</translation>
    </message>
    <message>
        <source>Start monitoring first.</source>
        <translation>请先开始监控。</translation>
    </message>
    <message>
        <source>Export Recorded Samples</source>
        <translation>导出已记录的采样</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The longest time the graphs show while following; a shorter recording fills them from its start</source>
        <translation>跟随时图表显示的最长时间；较短的记录从其开始处填满图表</translation>
    </message>
</context>
<context>
    <name>studio::MonitorPlot</name>
    <message>
        <source>no reply</source>
        <translation>无回复</translation>
    </message>
    <message>
        <source>%1
%2  %3</source>
        <translation>%1
%2  %3</translation>
    </message>
    <message>
        <source>Graph recorded by OverlayStudio</source>
        <translation>由 OverlayStudio 记录的图表</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>无法写入。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>请选择一个您有写入权限的文件夹，以及 .png 或 .svg 文件名。</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message>
        <source>Monitored objects</source>
        <translation>受监控的对象</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>丢包</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>A probe's last round-trip time; a link's or container's current rates (→ sent, ← received)</source>
        <translation>探测的最近一次往返时间；链路或容器的当前速率（→ 发送，← 接收）</translation>
    </message>
    <message>
        <source>90% of the round trips were at most this long</source>
        <translation>90% 的往返时间不超过此值</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>VNI %1: %2</source>
        <translation>VNI %1：%2</translation>
    </message>
    <message>
        <source>Pings</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Ping between the hosts' underlay addresses: what the tunnels ride on</source>
        <translation>主机 Underlay 地址之间的 ping：隧道所依托的网络</translation>
    </message>
    <message>
        <source>Ping from %1 to %2 through the overlay</source>
        <translation>经 Overlay 从 %1 到 %2 的 ping</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>主机密钥被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>时间窗口内 %1 次 ping 中丢失 %n 次</numerusform>
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
        <translation>→ %1，%2
← %3，%4</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStore</name>
    <message>
        <source>%1 is unreachable.</source>
        <translation>%1 不可达。</translation>
    </message>
    <message>
        <source>Unknown: %1 is unreachable.</source>
        <translation>未知：%1 不可达。</translation>
    </message>
    <message>
        <source>%1 has no bridge %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 上没有网桥 %2：拓扑尚未在该主机上应用。请先应用。</translation>
    </message>
    <message>
        <source>%1 runs but has no port on its bridge (it was restarted after the apply?). Apply the topology again.</source>
        <translation>%1 正在运行，但在其网桥上没有端口（应用后被重启过？）。请重新应用拓扑。</translation>
    </message>
    <message>
        <source>%1 on %2 is not running (%3).</source>
        <translation>%2 上的 %1 未在运行（%3）。</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 在 %2 上不存在：拓扑尚未在该主机上应用。请先应用。</translation>
    </message>
    <message>
        <source>%1: the ping stopped: %2</source>
        <translation>%1：ping 已停止：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no answer to the last %2 pings.</source>
        <translation>%1：最近 %2 次 ping 均无应答。</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 pings lost.</source>
        <translation>%1：最近 %3 次 ping 丢失了 %2 次。</translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message>
        <source>Monitoring the topology as it was when monitoring started; the design has changed since. Apply it and monitoring restarts.</source>
        <translation>正在按监控开始时的拓扑进行监控；此后设计已更改。应用它后监控会重新开始。</translation>
    </message>
    <message>
        <source>Start &amp;Monitoring</source>
        <translation>开始监控(&amp;M)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>toolbar button: start monitoring</comment>
        <translation>监控</translation>
    </message>
    <message>
        <source>Watch the deployed topology: pings between containers and hosts, traffic on every link and container, the state of every object</source>
        <translation>监控已部署的拓扑：容器和主机之间的 ping、每条链路和每个容器上的流量、每个对象的状态</translation>
    </message>
    <message>
        <source>Stop M&amp;onitoring</source>
        <translation>停止监控(&amp;O)</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>toolbar button: stop monitoring</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the pings and counter reads on every host</source>
        <translation>停止每台主机上的 ping 和计数器读取</translation>
    </message>
    <message>
        <source>Monitor After &amp;Apply</source>
        <translation>应用后自动监控(&amp;A)</translation>
    </message>
    <message>
        <source>Start monitoring by itself after every successful Apply</source>
        <translation>每次成功应用后自动开始监控</translation>
    </message>
    <message>
        <source>There is nothing to monitor: the topology has no hosts.</source>
        <translation>没有可监控的内容：拓扑中没有主机。</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>无法监控：%1</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>自 %2 起监控 %1：每 %3 秒 %n 次 ping。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring %1.</source>
        <translation>正在监控 %1。</translation>
    </message>
    <message>
        <source>Stopping the probes on every host...</source>
        <translation>正在停止每台主机上的探测...</translation>
    </message>
    <message>
        <source>Now: %1 from %2, %3 from %4</source>
        <translation>当前：%1 来自 %2，%3 来自 %4</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Monitoring stopped at %1. What was recorded stays here until the next start; export it from the Export menu.</source>
        <translation>监控已于 %1 停止。记录的内容会保留到下次开始；可从“导出”菜单导出。</translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains a space</source>
        <translation>包含空格</translation>
    </message>
    <message>
        <source>contains '%1'</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation>包含字符 U+%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>; use only letters, digits, '_', '.' and '-'</source>
        <translation>；只能使用字母、数字、“_”、“.”和“-”</translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation>长度为 %1 个字符；%2 最多允许 %3 个</translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation>太短；%1 至少需要 %2 个字符</translation>
    </message>
    <message>
        <source>starts with '%1'; start with a letter or digit</source>
        <translation>以“%1”开头；请以字母或数字开头</translation>
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
        <translation>长度为 %1 个字符；Docker 最多允许 255 个</translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation>；镜像的写法如 ubuntu:v1 或 registry:5000/team/app:1.2</translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation>不是 Docker 镜像引用；请写成 ubuntu:v1 这样的形式（小写名称，可选 :tag）</translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', starting with a letter</source>
        <translation>不是有效的用户名；请使用最多 32 个小写字母、数字、“_”或“-”，并以字母开头</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation>不是有效的 IPv4 地址（四个 0-255 的数字，例如 192.168.0.8）</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>不是有效的 IPv6 地址</translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation>既不是 IP 地址，也不是主机名</translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message>
        <source>is not plugged into a bridge, so no packet can leave or reach it.</source>
        <translation>未接入网桥，因此没有数据包能离开或到达它。</translation>
    </message>
    <message>
        <source>Connect the container to a bridge.</source>
        <translation>请将该容器连接到网桥。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 sends on %2</source>
        <translation>%1 从 %2 发送</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so it is on-link: %1 asks for its MAC address with ARP and sends the frame straight to it, out of %5 (MTU %6).</source>
        <translation>%1（%2）ping %3。%3 位于 %4 内，即其接口 %5 所在的网络，因此它是直连的：%1 通过 ARP 询问其 MAC 地址，并将帧直接发送给它，从 %5 发出（MTU %6）。</translation>
    </message>
    <message>
        <source>the frame for %1</source>
        <translation>发往 %1 的帧</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>网关 %1</translation>
    </message>
    <message>
        <source>%1 sends to its gateway</source>
        <translation>%1 发送到其网关</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so its default route sends the packet to gateway %6: the frame goes to the gateway's MAC address (learned with ARP), out of %5 (MTU %7).</source>
        <translation>%1（%2）ping %3。%3 位于 %4 之外（%4 是其接口 %5 所在的网络），因此其默认路由将数据包发送到网关 %6：帧发往网关的 MAC 地址（通过 ARP 获知），从 %5 发出（MTU %7）。</translation>
    </message>
    <message>
        <source>No gateway answers</source>
        <translation>没有网关应答</translation>
    </message>
    <message>
        <source>No bridge of %1's network has the gateway address %2: its ARP request goes unanswered and the packet is never sent.</source>
        <translation>%1 所在网络的网桥中没有一个具有网关地址 %2：其 ARP 请求得不到应答，数据包永远不会发出。</translation>
    </message>
    <message>
        <source>Set %1's gateway to the gateway address of its bridge.</source>
        <translation>请将 %1 的网关设置为其网桥的网关地址。</translation>
    </message>
    <message>
        <source>the frame for gateway %1</source>
        <translation>发往网关 %1 的帧</translation>
    </message>
    <message>
        <source>%1 takes it in on %2</source>
        <translation>%1 在 %2 上接收它</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 finds %5 in %6, the network of its bridge %7, and would forward it out of %8.</source>
        <translation>%2 的网关端口 %1（%3）将数据包交给 %4 的 IP 协议栈。%4 在 %6 中找到 %5（%6 是其网桥 %7 的网络），并会从 %8 转发出去。</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, which looks for a route to %5.</source>
        <translation>%2 的网关端口 %1（%3）将数据包交给 %4 的 IP 协议栈，由其查找到 %5 的路由。</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2. Its default route would send the packet out to the underlay, masqueraded by the NAT of %3, where nobody knows %2: it is lost.</source>
        <translation>%1 没有包含 %2 的网络。其默认路由会把数据包发往 Underlay，经 %3 的 NAT 伪装，而那里没有人知道 %2：数据包丢失。</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2 and no route to it: the packet is dropped.</source>
        <translation>%1 没有包含 %2 的网络，也没有到它的路由：数据包被丢弃。</translation>
    </message>
    <message>
        <source>No route on %1</source>
        <translation>%1 上没有路由</translation>
    </message>
    <message>
        <source>Put both containers on one network (the same VNI), or give %1 a bridge in %2's network and set routing on both bridges.</source>
        <translation>请将两个容器放在同一网络（相同的 VNI）中，或者给 %1 一个位于 %2 所在网络中的网桥，并在两个网桥上都设置路由。</translation>
    </message>
    <message>
        <source>Isolation of %1 drops it</source>
        <translation>%1 的隔离规则将其丢弃</translation>
    </message>
    <message>
        <source>The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not a reply) drops it. The networks are isolated%4, and the design does not route between %5 and %1.</source>
        <translation>%2 上 %1 的隔离规则（mangle 表，FORWARD：从 %3 发出且不是回复）将其丢弃。各网络相互隔离%4，且设计中没有在 %5 和 %1 之间进行路由。</translation>
    </message>
    <message>
        <source>: the VNIs differ (%1 and %2)</source>
        <translation>：VNI 不同（%1 和 %2）</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 of %3 (and on every host that has both networks), or put the containers on the same VNI.</source>
        <translation>请在 %3 的 %1 和 %2 上（以及同时拥有这两个网络的每台主机上）设置路由，或将容器放在同一个 VNI 中。</translation>
    </message>
    <message>
        <source>%1 routes it out of %2</source>
        <translation>%1 将其路由到 %2</translation>
    </message>
    <message>
        <source>Routing between %1 and %2 is part of the design: the rule that lets %3 into %4 comes before the isolation rule. The TTL drops to 63 and the frame leaves %4 with the gateway port's MAC address as its source.</source>
        <translation>%1 和 %2 之间的路由是设计的一部分：允许 %3 进入 %4 的规则位于隔离规则之前。TTL 降为 63，帧从 %4 发出，源地址为网关端口的 MAC 地址。</translation>
    </message>
    <message>
        <source>%1 receives it on %2</source>
        <translation>%1 在 %2 上收到它</translation>
    </message>
    <message>
        <source>%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 and answers it with an echo reply, which takes the way back.</source>
        <translation>%1 将帧交换到 %2 的端口；%2（%3）在 %4 上收到回显请求，并以回显应答回复，应答沿原路返回。</translation>
    </message>
    <message>
        <source>The echo request from %1 reaches %2.</source>
        <translation>来自 %1 的回显请求到达 %2。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>%1 takes in %2 and looks for where it should go.</source>
        <translation>%1 接收 %2，并查找它应发往何处。</translation>
    </message>
    <message>
        <source>No link to %1</source>
        <translation>没有到 %1 的链路</translation>
    </message>
    <message>
        <source>No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate networks even though their addresses look alike.</source>
        <translation>没有 VXLAN 链路将 %1 连接到 %2，因此 %3 永远不会离开 %4：即使它们的地址看起来相似，它们也是不同的网络。</translation>
    </message>
    <message>
        <source>Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the other).</source>
        <translation>请用 VXLAN 链路连接 %1 和 %2（从一个网桥的手柄拖到另一个网桥）。</translation>
    </message>
    <message>
        <source>%1 switches %2 from one of its ports to another: both ends are on this bridge, so the frame never leaves %3.</source>
        <translation>%1 将 %2 从它的一个端口交换到另一个端口：两端都在这个网桥上，因此帧永远不会离开 %3。</translation>
    </message>
    <message>
        <source>Outer Ethernet</source>
        <translation>外层以太网</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>源 MAC</translation>
    </message>
    <message>
        <source>%1's underlay interface</source>
        <translation>%1 的 Underlay 接口</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>目的 MAC</translation>
    </message>
    <message>
        <source>the next hop to %1</source>
        <translation>到 %1 的下一跳</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>EtherType</translation>
    </message>
    <message>
        <source>Outer IPv6</source>
        <translation>外层 IPv6</translation>
    </message>
    <message>
        <source>Outer IPv4</source>
        <translation>外层 IPv4</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>负载长度</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>from a hash of the inner headers</source>
        <translation>由内层报头的哈希值得出</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>0x08 (VNI present)</source>
        <translation>0x08（存在 VNI）</translation>
    </message>
    <message>
        <source>%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it learned that from earlier frames, or floods the first one), so it sends the frame there.</source>
        <translation>%1 接收 %2；目的 MAC 地址位于其 VXLAN 端口 %3 之后（这是它从之前的帧中学到的，或者对第一个帧进行泛洪），因此它将帧发往那里。</translation>
    </message>
    <message>
        <source>%1 wraps it in VXLAN, VNI %2</source>
        <translation>%1 将其封装进 VXLAN，VNI %2</translation>
    </message>
    <message>
        <source>The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. The MTU arithmetic: %6.</source>
        <translation>VXLAN 端口 %1（key=%2，remote_ip=%3）将整个以太网帧放入发往 %3 端口 %4 的 UDP 数据包中，并在 VXLAN 报头中写入 VNI %2：增加 %5 字节。MTU 计算：%6。</translation>
    </message>
    <message>
        <source>The underlay carries it from %1 to %2</source>
        <translation>Underlay 将其从 %1 传送到 %2</translation>
    </message>
    <message>
        <source>%1 sends the UDP packet from %2 to %3 like any other; the routers in between see only the outer headers.</source>
        <translation>%1 像发送其他任何数据包一样，把 UDP 数据包从 %2 发往 %3；中间的路由器只能看到外层报头。</translation>
    </message>
    <message>
        <source>%1 on %2 unwraps it</source>
        <translation>%2 上的 %1 将其解封装</translation>
    </message>
    <message>
        <source>On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers and hands the original frame to %6.</source>
        <translation>在 %1 上，UDP 端口 %2 属于 Open vSwitch。数据包来自 %3（即 %4 的 remote_ip），VNI 为 %5（即其 key）：%4 接收它，去掉外层报头，并将原始帧交给 %6。</translation>
    </message>
    <message>
        <source>MTU %1 is too large for this tunnel</source>
        <translation>MTU %1 对此隧道来说过大</translation>
    </message>
    <message>
        <source>%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger packets are lost. Lower the bridge's MTU to %3.</source>
        <translation>%1 的 MTU 是 %2，但隧道最多承载 %3 字节（%4）：更大的数据包会丢失。请将该网桥的 MTU 降低到 %3。</translation>
    </message>
    <message>
        <source>%1 learns the sender's MAC address behind %2 and switches the frame on.</source>
        <translation>%1 学习到发送方的 MAC 地址位于 %2 之后，并继续交换该帧。</translation>
    </message>
    <message>
        <source>Inner Ethernet</source>
        <translation>内层以太网</translation>
    </message>
    <message>
        <source>Inner IPv4</source>
        <translation>内层 IPv4</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>ICMP 回显请求</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8（回显请求）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>ping's timestamp and pattern</source>
        <translation>ping 的时间戳和填充模式</translation>
    </message>
    <message>
        <source>%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)</source>
        <translation>%1 %2 %3 = %4（外层 %5 %6 + UDP %7 + VXLAN %8 + 内层以太网 %9）</translation>
    </message>
    <message>
        <source>is not a container.</source>
        <translation>不是容器。</translation>
    </message>
    <message>
        <source>Choose two containers, or one VXLAN link.</source>
        <translation>请选择两个容器，或一条 VXLAN 链路。</translation>
    </message>
    <message>
        <source>would ping itself; that never leaves it.</source>
        <translation>会 ping 自己；这样的数据包永远不会离开它。</translation>
    </message>
    <message>
        <source>Choose two different containers.</source>
        <translation>请选择两个不同的容器。</translation>
    </message>
    <message>
        <source>the topology has errors, so its packets cannot be followed: %1</source>
        <translation>拓扑有错误，因此无法跟踪其数据包：%1</translation>
    </message>
    <message>
        <source>is not a VXLAN link.</source>
        <translation>不是 VXLAN 链路。</translation>
    </message>
    <message>
        <source>Choose a link, or two containers.</source>
        <translation>请选择一条链路，或两个容器。</translation>
    </message>
    <message>
        <source>has no container on %1 to send or receive a ping.</source>
        <translation>在 %1 上没有可以发送或接收 ping 的容器。</translation>
    </message>
    <message>
        <source>Plug a container into each end's bridge.</source>
        <translation>请在每一端的网桥上接入一个容器。</translation>
    </message>
    <message>
        <source>the captured frame ends inside its %1 header.</source>
        <translation>捕获的帧在其 %1 报头内部就结束了。</translation>
    </message>
    <message>
        <source>Capture with a larger snap length (tcpdump -s 0).</source>
        <translation>请使用更大的抓取长度进行捕获（tcpdump -s 0）。</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>Linux cooked 报头</translation>
    </message>
    <message>
        <source>the capture's link type %1 is not Ethernet.</source>
        <translation>捕获的链路类型 %1 不是以太网。</translation>
    </message>
    <message>
        <source>Capture on the underlay interface itself.</source>
        <translation>请直接在 Underlay 接口上捕获。</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (protocol %1).</source>
        <translation>捕获的数据包不是 UDP（协议 %1）。</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>跳数限制</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (next header %1).</source>
        <translation>捕获的数据包不是 UDP（下一报头 %1）。</translation>
    </message>
    <message>
        <source>the captured frame is not IP (EtherType %1).</source>
        <translation>捕获的帧不是 IP（EtherType %1）。</translation>
    </message>
    <message>
        <source>the UDP payload is not VXLAN (flags 0x%1, no VNI).</source>
        <translation>UDP 负载不是 VXLAN（标志 0x%1，无 VNI）。</translation>
    </message>
    <message>
        <source>0x%1 (VNI present)</source>
        <translation>0x%1（存在 VNI）</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>ICMP 回显应答</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0（回显应答）</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::PacketPathController</name>
    <message>
        <source>Save Capture</source>
        <translation>保存捕获</translation>
    </message>
    <message>
        <source>Packet capture (*.pcap)</source>
        <translation>数据包捕获 (*.pcap)</translation>
    </message>
    <message>
        <source>Packet Path</source>
        <translation>数据包路径</translation>
    </message>
    <message>
        <source>Show &amp;Packet Path</source>
        <translation>显示数据包路径(&amp;P)</translation>
    </message>
    <message>
        <source>Follow one ping between the selected containers (or across the selected link): every hop, header and byte</source>
        <translation>跟踪所选容器之间（或跨越所选链路）的一次 ping：每一跳、每个报头和每个字节</translation>
    </message>
    <message>
        <source>Capturing on %1: tcpdump on its underlay, then one ping from %2 to %3...</source>
        <translation>正在 %1 上捕获：在其 Underlay 上运行 tcpdump，然后从 %2 向 %3 发送一次 ping...</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>无法保存捕获</translation>
    </message>
    <message>
        <source>Saved the captured packet to %1 (open it with Wireshark).</source>
        <translation>已将捕获的数据包保存到 %1（可用 Wireshark 打开）。</translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <source>From container</source>
        <translation>源容器</translation>
    </message>
    <message>
        <source>To container</source>
        <translation>目的容器</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>MTU arithmetic</source>
        <translation>MTU 计算</translation>
    </message>
    <message>
        <source>Headers on the wire</source>
        <translation>线路上的报头</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>捕获结果</translation>
    </message>
    <message>
        <source>&amp;Capture a Ping</source>
        <translation>捕获一次 Ping(&amp;C)</translation>
    </message>
    <message>
        <source>On the deployed topology: send one ping and catch it on the underlay with tcpdump</source>
        <translation>在已部署的拓扑上：发送一次 ping，并用 tcpdump 在 Underlay 上捕获它</translation>
    </message>
    <message>
        <source>Save Capt&amp;ure...</source>
        <translation>保存捕获(&amp;U)...</translation>
    </message>
    <message>
        <source>Save the captured packet as a .pcap file Wireshark opens</source>
        <translation>将捕获的数据包保存为 Wireshark 可打开的 .pcap 文件</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>捕获</translation>
    </message>
    <message>
        <source>Choose two containers, or select them (or a link) on the canvas and use Show Packet Path.</source>
        <translation>请选择两个容器，或在画布上选中它们（或一条链路）后使用“显示数据包路径”。</translation>
    </message>
    <message>
        <source>Dropped: %1 %2</source>
        <translation>已丢弃：%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTU:&lt;/b&gt; %1. The bridges use MTU %2%3.</source>
        <translation>&lt;b&gt;MTU：&lt;/b&gt;%1。网桥使用 MTU %2%3。</translation>
    </message>
    <message>
        <source>, which fits</source>
        <translation>，可以容纳</translation>
    </message>
    <message>
        <source>, which does NOT fit</source>
        <translation>，无法容纳</translation>
    </message>
    <message>
        <source>No tunnel: the frame stays on one host, so VXLAN adds nothing and the bridge's MTU is all there is.</source>
        <translation>没有隧道：帧停留在同一台主机上，因此 VXLAN 不增加任何开销，只需考虑网桥的 MTU。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture failed: %1</source>
        <translation>捕获失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>%2 的 %1 上的 tcpdump 捕获到 %n 个数据包，但没有发往 %3 的回显请求%4。拓扑已经部署了吗？</numerusform>
        </translation>
    </message>
    <message>
        <source> (the ping got no reply)</source>
        <translation> （ping 未收到回复）</translation>
    </message>
    <message>
        <source>Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; the design says %8%9). The ping %10.</source>
        <translation>在 %2 的 %1 上捕获：从 %3 到 %4，UDP %5 → %6，VNI %7（取自数据包；设计中为 %8%9）。该 ping %10。</translation>
    </message>
    <message>
        <source>: they differ!</source>
        <translation>：两者不同！</translation>
    </message>
    <message>
        <source>got its reply</source>
        <translation>收到了回复</translation>
    </message>
    <message>
        <source>got no reply</source>
        <translation>未收到回复</translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation>请先选择一台主机：网桥和容器会添加到所选主机内。</translation>
    </message>
</context>
<context>
    <name>studio::PaletteWidget</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>A machine running Open vSwitch and Docker; drop it anywhere.</source>
        <translation>运行 Open vSwitch 和 Docker 的机器；可放在任意位置。</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation>带网关端口的 Open vSwitch 网桥；请放到主机内。</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation>Docker 容器；请放到主机内，然后将其连接到网桥。</translation>
    </message>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation>按 Enter 在画布中央添加一个。</translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation>按 Enter 在所选主机内添加一个。</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
</context>
<context>
    <name>studio::PanelsMenu</name>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>下一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>上一个面板(&amp;P)</translation>
    </message>
</context>
<context>
    <name>studio::PcapFile</name>
    <message>
        <source>is not a capture file: %1 bytes, less than a pcap header.</source>
        <translation>不是捕获文件：只有 %1 字节，比 pcap 文件头还短。</translation>
    </message>
    <message>
        <source>Capture again.</source>
        <translation>请重新捕获。</translation>
    </message>
    <message>
        <source>is not a pcap file (magic number 0x%1).</source>
        <translation>不是 pcap 文件（魔数 0x%1）。</translation>
    </message>
    <message>
        <source>Save captures as classic .pcap (pcapng is not read here).</source>
        <translation>请将捕获保存为经典 .pcap 格式（此处无法读取 pcapng）。</translation>
    </message>
    <message>
        <source>has a packet of %1 bytes at offset %2: the file is corrupt.</source>
        <translation>在偏移量 %2 处有一个 %1 字节的数据包：文件已损坏。</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>无法读取：%1。</translation>
    </message>
</context>
<context>
    <name>studio::PingCapture</name>
    <message>
        <source>is not a container.</source>
        <translation>不是容器。</translation>
    </message>
    <message>
        <source>reaches %1 without a VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>不经过 VXLAN 隧道即可到达 %1：没有数据经过 Underlay，无从捕获。</translation>
    </message>
    <message>
        <source>is dropped before any VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>在经过任何 VXLAN 隧道之前就被丢弃：没有数据经过 Underlay，无从捕获。</translation>
    </message>
    <message>
        <source>Choose two containers on different hosts.</source>
        <translation>请选择位于不同主机上的两个容器。</translation>
    </message>
    <message>
        <source>the tunnel's remote address: %1</source>
        <translation>隧道的远端地址：%1</translation>
    </message>
    <message>
        <source>the address to ping: %1</source>
        <translation>要 ping 的地址：%1</translation>
    </message>
    <message>
        <source>UDP port %1 is out of range.</source>
        <translation>UDP 端口 %1 超出范围。</translation>
    </message>
    <message>
        <source>the capture script ended early.</source>
        <translation>捕获脚本提前结束。</translation>
    </message>
    <message>
        <source>tcpdump caught nothing readable: %1</source>
        <translation>tcpdump 没有捕获到可读取的内容：%1</translation>
    </message>
    <message>
        <source>Check that tcpdump runs as root on the host.</source>
        <translation>请检查 tcpdump 是否在该主机上以 root 身份运行。</translation>
    </message>
    <message>
        <source>the capture failed: %1</source>
        <translation>捕获失败：%1</translation>
    </message>
    <message>
        <source>Install tcpdump on %1 (apt-get install tcpdump).</source>
        <translation>请在 %1 上安装 tcpdump（apt-get install tcpdump）。</translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message>
        <source>Build (apply)</source>
        <translation>构建（apply）</translation>
    </message>
    <message>
        <source>Remove (destroy)</source>
        <translation>删除（destroy）</translation>
    </message>
    <message>
        <source>Plan kind</source>
        <translation>计划类型</translation>
    </message>
    <message>
        <source>Host whose plan is shown</source>
        <translation>显示其计划的主机</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>主机(&amp;T)：</translation>
    </message>
    <message>
        <source>No plan while the topology has errors: fix those listed under Problems first.</source>
        <translation>拓扑有错误时无法生成计划：请先修复“问题”中列出的错误。</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>尚无计划：%1</translation>
    </message>
    <message>
        <source>What %1 runs, step by step; every step is safe to run again.</source>
        <translation>%1 逐步运行的内容；每个步骤都可以安全地重复运行。</translation>
    </message>
    <message>
        <source>each host</source>
        <translation>每台主机</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Guide (ovs-docker)</source>
        <translation>教程（ovs-docker）</translation>
    </message>
    <message>
        <source>Plan style</source>
        <translation>计划风格</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged at once (what Apply runs by default). Guide: ovs-docker, one container after another, as the tutorial does.</source>
        <translation>快速：容器并行启动，一次性接入（“应用”默认执行的方式）。教程：ovs-docker，逐个容器，与教程一致。</translation>
    </message>
    <message>
        <source>Cop&amp;y Script</source>
        <translation>复制脚本(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy Script</source>
        <translation>复制脚本</translation>
    </message>
    <message>
        <source>Copy the shell script of the hosts shown, exactly as File &gt; Export Plan writes it, with every script whole.</source>
        <translation>复制所示主机的 shell 脚本，与“文件 &gt; 导出计划”写出的完全相同，每个脚本都完整。</translation>
    </message>
    <message>
        <source>(goes on)</source>
        <translation>（继续）</translation>
    </message>
    <message>
        <source>Hide the script</source>
        <translation>隐藏脚本</translation>
    </message>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>显示脚本（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do on this host.</source>
        <translation>此主机上无事可做。</translation>
    </message>
    <message>
        <source>A step that goes on does not stop its host when it fails (one container that cannot start must not keep the others unplugged); the host is reported failed at the end.</source>
        <translation>标为继续的步骤失败时不会停止其主机（一个无法启动的容器不能让其他容器保持未接入）；该主机在最后报告为失败。</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation>为网关端口 %1 分配地址 %2，作为 %3 上容器的默认网关。</translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation>从网关端口 %2 删除旧地址 %1。</translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation>以 MTU %2 启用网关端口 %1，为 VXLAN 头部留出空间。</translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation>从镜像 %2 启动容器 %1，不带网络（--net=none）；随后由 OverlayStudio 为其配置网络。</translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation>将容器 %1 从网桥 %2 拔出。</translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation>删除容器 %1 及其端口。</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation>将容器 %1 接入网桥 %2，接口为 %3，地址 %4，网关 %5，MTU %6。</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7</source>
        <translation>%1：%2 接在 %3（端口 %4_l），地址 %5，网关 %6，MTU %7</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2: a veth pair moved into the container and set up there with nsenter (which announces the new address), its port added and tagged as ovs-docker tags it.</source>
        <translation>将容器 %1 接入网桥 %2：一对 veth 移入容器并用 nsenter 在其中配置（会通告新地址），添加其端口并按 ovs-docker 的方式打标签。</translation>
    </message>
    <message>
        <source>Plug containers %1 into their bridges at once: one docker inspect for their PIDs, a veth pair each moved into the container and set up there with nsenter (which announces the new address), every port added in one OVS transaction and tagged as ovs-docker tags it.</source>
        <translation>一次性将容器 %1 接入各自的网桥：一次 docker inspect 获取 PID，每个容器一对 veth 移入容器并用 nsenter 配置（会通告新地址），所有端口在一个 OVS 事务中添加并按 ovs-docker 的方式打标签。</translation>
    </message>
    <message>
        <source>Remove containers %1 (side by side); their ports' veth pairs go with them.</source>
        <translation>删除容器 %1（并行）；其端口的 veth 对随之删除。</translation>
    </message>
    <message>
        <source>Unplug containers %1: delete their veth pairs (the OVS ports go in the transaction that follows).</source>
        <translation>断开容器 %1：删除其 veth 对（OVS 端口在随后的事务中删除）。</translation>
    </message>
    <message>
        <source>%1: from image %2, files in %3</source>
        <translation>%1：来自镜像 %2，文件在 %3</translation>
    </message>
    <message>
        <source>%1: stopped, started again</source>
        <translation>%1：已停止，重新启动</translation>
    </message>
    <message>
        <source>Start containers %1 side by side (at most %2 at a time). A missing one is created through Docker's Engine API with networking disabled, as --net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts and /etc/resolv.conf as Docker writes them, kept in files of our own; without curl, docker run --net=none.</source>
        <translation>并行启动容器 %1（每次最多 %2 个）。缺少的容器通过 Docker 的 Engine API 以禁用网络的方式创建，与 --net=none 的效果相同（OverlayStudio 随后将其接入），并带有按 Docker 的方式写入的 /etc/hosts 和 /etc/resolv.conf，保存在我们自己的文件中；没有 curl 时使用 docker run --net=none。</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for containers %1.</source>
        <translation>删除 OverlayStudio 为容器 %1 保存的 /etc/hosts 和 /etc/resolv.conf 文件。</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for the containers of %1 (%2).</source>
        <translation>删除 OverlayStudio 为 %1 的容器保存的 /etc/hosts 和 /etc/resolv.conf 文件（%2）。</translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>拓扑有 %n 个错误，无法生成计划；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation>请修复验证列出的问题。</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation>创建 Open vSwitch 网桥及其网关端口（一个事务）。</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation>创建 Open vSwitch 网桥、其网关端口和 VXLAN 隧道端口（一个事务）。</translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation>删除容器 %1 及其端口（如果是由 OverlayStudio 创建的）。</translation>
    </message>
    <message>
        <source>Remove the rule for %1 that OverlayStudio added.</source>
        <translation>删除 OverlayStudio 为 %1 添加的规则。</translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation>删除网桥 %1 及其网关端口和隧道端口（如果是由 OverlayStudio 创建的）。</translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation>%1：一个虚拟交换机，使用用户态数据路径（netdev）</translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation>%1：一个虚拟交换机</translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation>%1：%2 的内部端口，是 %3 上容器路由所经的网关（MTU %4）</translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation>%1：从 %2 到 %3（%4）的 VXLAN 隧道，VNI %5，UDP 端口 %6%7</translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation>；已设为受保护，因此来自一个隧道的帧不会泛洪到另一个隧道（全互联）</translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation># OverlayStudio：在主机 %2（%3）上构建拓扑 %1。</translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation># OverlayStudio：从主机 %2（%3）上删除拓扑 %1。</translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation># 请在 %1 上以 root 身份运行。每个步骤都可以安全地重复运行。</translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation># 此主机上无需执行任何操作。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>无法创建。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Remove the containers OverlayStudio created on %1 (labelled with the topology and the host), side by side.</source>
        <translation>并行删除 OverlayStudio 在 %1 上创建的容器（带有拓扑和主机标签）。</translation>
    </message>
    <message>
        <source>Delete bridges %1 with all their ports, those OverlayStudio created (one transaction).</source>
        <translation>删除网桥 %1 及其所有端口，仅限 OverlayStudio 创建的（一个事务）。</translation>
    </message>
    <message>
        <source># A step marked "goes on" does not stop the script when it fails (one container that cannot start must not keep the others unplugged); the script fails at the end.</source>
        <translation># 标记为“继续”的步骤失败时不会中止脚本（一个无法启动的容器不应妨碍其他容器接入）；脚本在最后报告失败。</translation>
    </message>
    <message>
        <source> (goes on)</source>
        <translation>（继续）</translation>
    </message>
</context>
<context>
    <name>studio::ProbeSelection</name>
    <message>
        <source>probe %1 → %2</source>
        <translation>探测 %1 → %2</translation>
    </message>
    <message>
        <source>is not a pair of containers of this topology.</source>
        <translation>不是此拓扑中的一对容器。</translation>
    </message>
    <message>
        <source>needs both containers on a bridge with an address.</source>
        <translation>需要两个容器都连接在网桥上并有地址。</translation>
    </message>
    <message>
        <source>stays on one host: no VXLAN link to watch.</source>
        <translation>位于同一台主机内：没有可监视的 VXLAN 链路。</translation>
    </message>
    <message>
        <source>Pick containers on different hosts.</source>
        <translation>请选择位于不同主机上的容器。</translation>
    </message>
    <message>
        <source>the containers are not on the same VNI.</source>
        <translation>这些容器不在同一个 VNI 上。</translation>
    </message>
    <message>
        <source>Pick containers whose bridges a VXLAN link joins.</source>
        <translation>请选择其网桥由 VXLAN 链路连接的容器。</translation>
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
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>No problems: the topology can be deployed.</source>
        <translation>没有问题：可以部署该拓扑。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>%n 个警告；可以部署该拓扑。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before deploying.</source>
        <translation>%1，%2：请在部署前修复错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation>请添加该字段或重新保存文件。</translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation>应为字符串，而不是 %1。</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>应为数字，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 不是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2.</source>
        <translation>“%1”不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation>应为 true 或 false，而不是 %1。</translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation>应为坐标（±10,000,000 以内的数字）。</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>应为对象，而不是 %1。</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>应为列表，而不是 %1。</translation>
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
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation>此文件的格式为 %1，由更新版本的 OverlayStudio 写入；此版本只能读取格式 %2 及更早的格式。</translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation>请更新 OverlayStudio 以打开它。</translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation>格式 %1 不存在。</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>文件已损坏；请从备份恢复。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>该文件不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation>请在文本编辑器中修复该文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation>该文件不包含 OverlayStudio 项目。</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>无法打开：%1。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation>大小为 %1 MB；项目文件最大为 %2 MB。</translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation>请打开 OverlayStudio 项目文件。</translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation>无法写入：%1。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation>无法保存：%1。</translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation>请检查可用磁盘空间后重试；之前的文件未被更改。</translation>
    </message>
    <message>
        <source>Open a .ovstudio.json file saved by OverlayStudio.</source>
        <translation>请打开由 OverlayStudio 保存的 .ovstudio.json 文件。</translation>
    </message>
    <message>
        <source>should be a path relative to the project file, e.g. files/motd.</source>
        <translation>应为相对于项目文件的路径，例如 files/motd。</translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>the topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2.</source>
        <translation>%1 必须是 %2 之间的整数。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下值之一：%2。</translation>
    </message>
    <message>
        <source>a position lies within ±10,000,000.</source>
        <translation>位置必须在 ±10,000,000 以内。</translation>
    </message>
    <message>
        <source>a host frame is at least %1 x %2.</source>
        <translation>主机框至少需要 %1 x %2。</translation>
    </message>
    <message>
        <source>has no property '%1'.</source>
        <translation>没有属性“%1”。</translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation>对象 %1 不存在。</translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation>只能连接到其所在主机上的网桥。</translation>
    </message>
    <message>
        <source>Choose one of %1's bridges.</source>
        <translation>请选择 %1 的某个网桥。</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation>VXLAN 链路</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Problems of this object</source>
        <translation>此对象的问题</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation>（未连接）</translation>
    </message>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation>选择主机、网桥、容器或链路即可编辑。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>studio::PropertySpec</name>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Topology name</source>
        <translation>拓扑名称</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tags everything the topology creates on its hosts: letters, digits, '.', '_' and '-'.</source>
        <translation>标记拓扑在其主机上创建的所有内容：字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What this topology is for, in your own words.</source>
        <translation>用您自己的话说明此拓扑的用途。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The host's name in this design.</source>
        <translation>此设计中主机的名称。</translation>
    </message>
    <message>
        <source>Management address</source>
        <translation>管理地址</translation>
    </message>
    <message>
        <source>management address</source>
        <translation>管理地址</translation>
    </message>
    <message>
        <source>The IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>OverlayStudio 通过 SSH 连接的 IP 地址或 DNS 名称。</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>The port sshd listens on (22 is usual).</source>
        <translation>sshd 监听的端口（通常为 22）。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The account to log in as.</source>
        <translation>登录使用的账户。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Password (asked when needed)</source>
        <translation>密码（需要时询问）</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>The private key file, for key file authentication.</source>
        <translation>私钥文件，用于密钥文件认证。</translation>
    </message>
    <message>
        <source>Use sudo</source>
        <translation>使用 sudo</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Run commands through 'sudo -n' (for a user other than root).</source>
        <translation>通过“sudo -n”运行命令（用于 root 以外的用户）。</translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation>Underlay（VTEP）地址</translation>
    </message>
    <message>
        <source>underlay address</source>
        <translation>Underlay 地址</translation>
    </message>
    <message>
        <source>The address VXLAN tunnels use; empty means the management address.</source>
        <translation>VXLAN 隧道使用的地址；为空表示使用管理地址。</translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation>Underlay MTU</translation>
    </message>
    <message>
        <source>underlay MTU</source>
        <translation>Underlay MTU</translation>
    </message>
    <message>
        <source>The MTU of the host's network card (1500 is usual).</source>
        <translation>主机网卡的 MTU（通常为 1500）。</translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation>OVS 数据路径</translation>
    </message>
    <message>
        <source>Kernel (system)</source>
        <translation>内核（system）</translation>
    </message>
    <message>
        <source>Userspace (netdev)</source>
        <translation>用户态（netdev）</translation>
    </message>
    <message>
        <source>Userspace (netdev) for hosts without the OVS kernel module, such as the local lab.</source>
        <translation>用户态（netdev），用于没有 OVS 内核模块的主机，例如本地实验环境。</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>框大小</translation>
    </message>
    <message>
        <source>frame size</source>
        <translation>框大小</translation>
    </message>
    <message>
        <source>The OVS bridge, e.g. br0.</source>
        <translation>OVS 网桥，例如 br0。</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>网关端口</translation>
    </message>
    <message>
        <source>gateway port</source>
        <translation>网关端口</translation>
    </message>
    <message>
        <source>The internal port that holds the gateway address, e.g. veth0.</source>
        <translation>持有网关地址的内部端口，例如 veth0。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet.</source>
        <translation>地址和前缀，例如 10.2.2.1/24；其网络即为网桥的子网。</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>1450 适合在 1500 字节的网络上承载 VXLAN 隧道。</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT 到外部</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Masquerade the subnet out of the host, so containers reach the outside.</source>
        <translation>将子网伪装（masquerade）后发出主机，使容器能够访问外部。</translation>
    </message>
    <message>
        <source>Route to other networks</source>
        <translation>路由到其他网络</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Networks are isolated on their host. The host routes between the networks of those of its bridges that have this set.</source>
        <translation>各网络在其主机上相互隔离。主机会在设置了此项的网桥的网络之间进行路由。</translation>
    </message>
    <message>
        <source>The Docker container's name.</source>
        <translation>Docker 容器的名称。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The Docker image to run, e.g. ubuntu:v1.</source>
        <translation>要运行的 Docker 镜像，例如 ubuntu:v1。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>The interface inside the container, e.g. eth0.</source>
        <translation>容器内的接口，例如 eth0。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24.</source>
        <translation>网桥子网中的地址和前缀，例如 10.2.2.2/24。</translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge's)</source>
        <translation>网关（为空：使用网桥的）</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>The container's default route; empty means the bridge's gateway address.</source>
        <translation>容器的默认路由；为空表示使用网桥的网关地址。</translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation>连接到网桥</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>The bridge on the container's host it is plugged into.</source>
        <translation>容器所在主机上它接入的网桥。</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>The VXLAN network identifier: links with the same VNI form one segment.</source>
        <translation>VXLAN 网络标识符：VNI 相同的链路构成一个网段。</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>UDP 端口</translation>
    </message>
    <message>
        <source>4789 is the VXLAN port.</source>
        <translation>4789 是 VXLAN 端口。</translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation>隧道端口，第一端</translation>
    </message>
    <message>
        <source>first tunnel port</source>
        <translation>第一个隧道端口</translation>
    </message>
    <message>
        <source>The VXLAN port on the first bridge's host, e.g. vxlan0.</source>
        <translation>第一个网桥所在主机上的 VXLAN 端口，例如 vxlan0。</translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation>隧道端口，第二端</translation>
    </message>
    <message>
        <source>second tunnel port</source>
        <translation>第二个隧道端口</translation>
    </message>
    <message>
        <source>The VXLAN port on the second bridge's host, e.g. vxlan0.</source>
        <translation>第二个网桥所在主机上的 VXLAN 端口，例如 vxlan0。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
</context>
<context>
    <name>studio::Reconciler</name>
    <message>
        <source>as designed</source>
        <translation>与设计一致</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>有差异</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation>不在设计中</translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation>创建、更改或删除 Open vSwitch 网桥和端口（一个事务）。</translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation>不是由 OverlayStudio 创建的</translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation>属于拓扑 %1</translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation>网桥 %1 已存在于 %2 上，并且%3；OverlayStudio 不会改动它。请在设计中重命名该网桥，或从主机上删除它。</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation>端口 %1 已存在于 %2 上（网桥 %3），并且%4。请在设计中重命名网关端口。</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation>端口 %1 已存在于 %2 上（网桥 %3），并且%4。请在设计中重命名隧道端口。</translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation>名为 %1 的容器已存在于 %2 上，并且%3。请在设计中重命名该容器。</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>属于 %1</translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation>%1：数据路径 %2</translation>
    </message>
    <message>
        <source>datapath is '%1'</source>
        <translation>数据路径为“%1”</translation>
    </message>
    <message>
        <source>type '%1', MTU request %2</source>
        <translation>类型“%1”，MTU 请求 %2</translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation>在网桥 %1 上</translation>
    </message>
    <message>
        <source>type '%1'</source>
        <translation>类型“%1”</translation>
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
        <translation>local_ip“%1”</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>未受保护</translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation>%1：已删除，不再在设计中</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation>旧地址 %1</translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation>链路状态或 MTU</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>attached to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation>没有接口 %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>网关 %1</translation>
    </message>
    <message>
        <source>rule order</source>
        <translation>规则顺序</translation>
    </message>
    <message>
        <source>Remove a firewall rule the design no longer has: %1</source>
        <translation>删除设计中已不再有的防火墙规则：%1</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added: %1</source>
        <translation>删除 OverlayStudio 添加的防火墙规则：%1</translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation>%1：已连同其网关端口和隧道端口一起删除</translation>
    </message>
    <message>
        <source>Remove an isolation rule OverlayStudio added: %1</source>
        <translation>删除 OverlayStudio 添加的隔离规则：%1</translation>
    </message>
    <message>
        <source>%1: port of container %2, deleted</source>
        <translation>%1：容器 %2 的端口，已删除</translation>
    </message>
    <message>
        <source>Delete the ports of OverlayStudio's containers (one transaction).</source>
        <translation>删除 OverlayStudio 容器的端口（一个事务）。</translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created, with every port (one transaction).</source>
        <translation>删除 OverlayStudio 创建的网桥及其所有端口（一个事务）。</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Remove containers %1 and, at the same time, delete the firewall rules, bridges and ports OverlayStudio created (one transaction; the isolation rules once the bridges are gone); the containers' veth pairs go with them.</source>
        <translation>删除容器 %1，同时删除 OverlayStudio 创建的防火墙规则、网桥和端口（一个事务；隔离规则在网桥删除后再删）；容器的 veth 对随之消失。</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>studio::SaveFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>请选择一个您有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>studio::SegmentLegend</name>
    <message>
        <source>Segments legend</source>
        <translation>网段图例</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment. Drag it anywhere over the canvas.</source>
        <translation>每个 VXLAN 网段的颜色。可将其拖到画布上的任意位置。</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>1 kb/s or less</source>
        <translation>1 kb/s 或更低</translation>
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
        <translation>故障：ping 失败</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded, losing pings</source>
        <translation>降级，ping 有丢失</translation>
    </message>
    <message>
        <source>down, unreachable</source>
        <translation>中断，不可达</translation>
    </message>
    <message>
        <source>unknown, not applied</source>
        <translation>未知，未应用</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment, and what monitoring shows: a link's width and colour are its traffic now, a red crossed-out link loses every ping, a dot is an object's state. Drag it anywhere over the canvas.</source>
        <translation>每个 VXLAN 网段的颜色，以及监控显示的内容：链路的宽度和颜色表示其当前流量，带红叉的链路表示所有 ping 都丢失，圆点表示对象的状态。可将其拖到画布上的任意位置。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
</context>
<context>
    <name>studio::SeriesCatalog</name>
    <message>
        <source>probe %1</source>
        <translation>探测 %1</translation>
    </message>
    <message>
        <source>VNI %1: %2 → %3</source>
        <extracomment>a link's direction in a legend: VNI, from bridge, to bridge</extracomment>
        <translation>VNI %1：%2 → %3</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>链路 %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 发送</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 接收</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>容器 %1</translation>
    </message>
</context>
<context>
    <name>studio::ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>studio::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>按操作或按键筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>studio::SshSession</name>
    <message>
        <source>A command that had started may still be running on the host.</source>
        <translation>已开始的命令可能仍在主机上运行。</translation>
    </message>
    <message>
        <source>cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <source>the SSH library could not be initialised.</source>
        <translation>无法初始化 SSH 库。</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation>无法创建 SSH 会话（内存不足？）。</translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation>SSH 设置无效：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s</source>
        <translation>%1 秒内没有 SSH 响应</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation>请检查主机是否已启动、地址和端口是否正确，以及 sshd 是否在运行。</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 未发送主机密钥。</translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation>无法计算 %1 的主机密钥指纹。</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation>%1 的主机密钥已更改（现在为 %2 %3）。可能有人正在截获连接，或者主机已重新安装。拒绝连接。</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation>如果此更改是预期的，请从 %2 中删除 %1 的旧条目，然后重新连接。</translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation>%1 出示了 %2 主机密钥，但为它记录的是另一种类型的密钥。拒绝连接。</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation>如果此更改是预期的，请从 %2 中删除 %1 的旧条目。</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation>%1 的主机密钥未知（%2 %3），且未被接受。</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation>请将该指纹与主机自己的指纹（ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub）进行比较，然后接受它。</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>无法在 %1 中记录主机密钥：%2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>无法检查 %1 的主机密钥：%2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>使用%1认证失败：%2</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>键盘交互式</translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation>没有我们支持的方法</translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation>%1@%2 不接受%3认证。</translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation>服务器接受：%1。请为此主机选择其他认证方式。</translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation>无法读取私钥 %1。</translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation>请检查路径，并确认该密钥没有密码短语（或使用 SSH agent）。</translation>
    </message>
    <message>
        <source>none of the SSH agent's keys was accepted</source>
        <translation>SSH agent 中的密钥均未被接受</translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation>密钥 %1 未被接受</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>密码未被接受</translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation>%1@%2：%3%4。</translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation>服务器接受：%1。请检查用户、密钥或密码。</translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>无法打开通道：%1</translation>
    </message>
    <message>
        <source>cannot watch the channel for an exit signal: %1</source>
        <translation>无法监视通道的退出信号：%1</translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation>无法启动命令：%1</translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation>无法发送输入：%1</translation>
    </message>
    <message>
        <source>cannot end the command's input: %1</source>
        <translation>无法结束命令的输入：%1</translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation>运行命令时连接失败：%1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation>命令未在 %1 秒内完成，已放弃。</translation>
    </message>
    <message>
        <source>Check the host's load; the command may still be running there.</source>
        <translation>请检查主机的负载；该命令可能仍在主机上运行。</translation>
    </message>
    <message>
        <source>the connection was lost while running a command: %1</source>
        <translation>运行命令时连接断开：%1</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>没有退出状态</translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation>无法启动 shell：%1</translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation>远程 shell 已消失（连接断开或主机已重启）。</translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation>请在主机可访问后重新运行。</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>无法发送命令：%1</translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation>运行命令时远程 shell 已结束（退出状态 %1）。</translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation>无法以这种方式运行会结束 shell 的命令（exit、exec）。</translation>
    </message>
    <message>
        <source>the remote command has ended.</source>
        <translation>远程命令已结束。</translation>
    </message>
    <message>
        <source>cannot send to the remote command: %1</source>
        <translation>无法向远程命令发送数据：%1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>连接已断开：%1</translation>
    </message>
    <message>
        <source>the connection failed while sending data: %1</source>
        <translation>发送数据时连接失败：%1</translation>
    </message>
    <message>
        <source>nothing moved for %1 s; the command was abandoned.</source>
        <translation>%1 秒内没有任何数据传输；已放弃该命令。</translation>
    </message>
    <message>
        <source>Check the host's load and its free disk space.</source>
        <translation>请检查主机的负载和可用磁盘空间。</translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message>
        <source>Step Through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>Step &amp;Through Deploy...</source>
        <translation>逐步执行部署(&amp;T)...</translation>
    </message>
    <message>
        <source>Apply one command at a time: see each before it runs and what it did after</source>
        <translation>一次应用一条命令：运行前查看每条命令，运行后查看它做了什么</translation>
    </message>
    <message>
        <source>Connecting to %1 and reading what is there...</source>
        <translation>正在连接 %1 并读取现有内容...</translation>
    </message>
    <message>
        <source>the tunnel port %1 of %2</source>
        <translation>%2 的隧道端口 %1</translation>
    </message>
    <message>
        <source>Running the remaining steps...</source>
        <translation>正在运行剩余的步骤...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Destroying what topology %1 made on %2...</source>
        <translation>正在销毁拓扑 %1 在 %2 上创建的内容...</translation>
    </message>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>在 %n 台主机上销毁失败；请查看“部署”面板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: nothing this topology made is left on the hosts.</source>
        <translation>已销毁：主机上不再有此拓扑创建的任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>在 %n 台主机上应用失败；请查看结果和“部署”面板。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>已在 %n 个步骤后停止。已构建的内容会保留：“返回”会将其删除，“应用”会完成构建。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>完成：已运行 %n 个步骤；拓扑已构建。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::StepThroughDock</name>
    <message>
        <source>&amp;Which hosts:</source>
        <translation>哪些主机(&amp;W)：</translation>
    </message>
    <message>
        <source>Hosts to step through</source>
        <translation>要逐步执行的主机</translation>
    </message>
    <message>
        <source>All hosts, in turn</source>
        <translation>所有主机，依次进行</translation>
    </message>
    <message>
        <source>Read the hosts and stop before the first step of the apply</source>
        <translation>读取主机，并在应用的第一步之前停下</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>该步骤的作用</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>步骤详细信息</translation>
    </message>
    <message>
        <source>Objects the step creates</source>
        <translation>该步骤创建的对象</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>上一步的结果</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>已执行的步骤</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Run this step, then stop before the next one (Return)</source>
        <translation>运行此步骤，然后在下一步之前停下（Return 键）</translation>
    </message>
    <message>
        <source>&amp;Run to End</source>
        <translation>运行到结束(&amp;R)</translation>
    </message>
    <message>
        <source>Run every remaining step without stopping</source>
        <translation>不停顿地运行所有剩余步骤</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop here; what was built stays on the hosts</source>
        <translation>在此停止；已构建的内容保留在主机上</translation>
    </message>
    <message>
        <source>&amp;Back: Destroy What Was Built</source>
        <translation>返回：销毁已构建的内容(&amp;B)</translation>
    </message>
    <message>
        <source>Stop, and remove everything this topology made on the hosts</source>
        <translation>停止，并删除此拓扑在主机上创建的所有内容</translation>
    </message>
    <message>
        <source>Choose the hosts and press Start: OverlayStudio reads them, then stops before every command of the apply so you can see what it does, run it, and see what it did.</source>
        <translation>选择主机并按“开始”：OverlayStudio 会先读取这些主机，然后在应用的每条命令之前停下，让您查看它的作用、运行它，并查看它做了什么。</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 there</source>
        <translation>%1：该主机上的第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Creates nothing new: it configures or connects.</source>
        <translation>不创建新对象：只进行配置或连接。</translation>
    </message>
    <message>
        <source>Creates: %1</source>
        <translation>创建：%1</translation>
    </message>
    <message>
        <source>Step %1 of %2 in all. Next runs it; Run to End runs the rest.</source>
        <translation>总共第 %1 步，共 %2 步。“下一步”运行此步骤；“运行到结束”运行其余步骤。</translation>
    </message>
    <message>
        <source>Running step %1 on %2...</source>
        <translation>正在 %2 上运行第 %1 步...</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>结束时没有退出状态（%1）</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1，第 %2 步：%3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source>The command of the next step appears here, before it runs.</source>
        <translation>下一步的命令会在运行前显示在这里。</translation>
    </message>
    <message>
        <source>What the step printed appears here once it ran.</source>
        <translation>步骤运行后，其输出会显示在这里。</translation>
    </message>
</context>
<context>
    <name>studio::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
</context>
<context>
    <name>studio::StructureModel</name>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>%1@%2, datapath %3</source>
        <translation>%1@%2，数据路径 %3</translation>
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
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation>VNI %1，通往 %2</translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message>
        <source>Export Lab Guide</source>
        <translation>导出实验指南</translation>
    </message>
    <message>
        <source>Markdown with images beside it (*.md);;HTML, images embedded (*.html)</source>
        <translation>带旁置图片的 Markdown (*.md);;嵌入图片的 HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Guide...</source>
        <translation>导出实验指南(&amp;G)...</translation>
    </message>
    <message>
        <source>Write a step-by-step guide that builds this topology by hand: Markdown with its diagram, or HTML</source>
        <translation>编写一份手动构建此拓扑的分步指南：带拓扑图的 Markdown，或 HTML</translation>
    </message>
    <message>
        <source>Cannot export the lab guide</source>
        <translation>无法导出实验指南</translation>
    </message>
    <message>
        <source>Wrote the lab guide %1</source>
        <translation>已写入实验指南 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>已写入实验指南 %1 及其 %n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TickCommand</name>
    <message>
        <source>the monitoring command's report is incomplete: %1</source>
        <translation>监视命令的报告不完整：%1</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell.</source>
        <translation>请检查主机是否运行 POSIX shell。</translation>
    </message>
    <message>
        <source>a container named %1 exists on %2, but this topology did not create it (labels %3/%4). Rename one of them.</source>
        <translation>%2 上存在名为 %1 的容器，但它不是由此拓扑创建的（标签 %3/%4）。请重命名其中一个。</translation>
    </message>
    <message>
        <source>ovs-vswitchd does not answer.</source>
        <translation>ovs-vswitchd 没有响应。</translation>
    </message>
    <message>
        <source>Docker does not answer.</source>
        <translation>Docker 没有响应。</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation>id %1 已被另一个对象（%2）使用。</translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation>请为每个对象指定各自的 id。</translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation>网桥引用的主机 id %1 不存在。</translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation>请将网桥放在现有主机内。</translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation>容器引用的主机 id %1 不存在。</translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation>请将容器放在现有主机内。</translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation>容器引用的网桥 id %1 不存在。</translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation>请将其连接到现有网桥，或不连接。</translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation>容器连接到了另一台主机上的网桥 %1。</translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation>请将其连接到其所在主机上的网桥。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation>链路引用的网桥 id %1 不存在。</translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation>请连接两个现有网桥。</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>对象 %1</translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message>
        <source>no address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>NAT 到外部</translation>
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
        <translation>%1@%2，SSH 端口 %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>Last deploy: as designed</source>
        <translation>上次部署：与设计一致</translation>
    </message>
    <message>
        <source>Last deploy failed: %1</source>
        <translation>上次部署失败：%1</translation>
    </message>
    <message>
        <source>gateway %1 on port %2, MTU %3</source>
        <translation>网关 %1，端口 %2，MTU %3</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 on %2, address %3</source>
        <translation>%2 上的 %1，地址 %3</translation>
    </message>
    <message>
        <source>VNI %1, UDP port %2, ports %3 / %4</source>
        <translation>VNI %1，UDP 端口 %2，端口 %3 / %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>删除 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>连接已取消。</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>移动已取消。</translation>
    </message>
    <message>
        <source>The frame of %1 now overlaps %2; move one of them apart.</source>
        <translation>%1 的框现在与 %2 重叠；请将其中一个移开。</translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation>在网桥（或容器）上松开即可连接。</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>监控：%1</translation>
    </message>
    <message>
        <source>Monitoring: %1. %2</source>
        <translation>监控：%1。%2</translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation>OverlayStudio 用户指南</translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation>搜索指南，例如错误消息（Enter：下一个）</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Found in "%1"</source>
        <translation>在“%1”中找到</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name '%1' %2.</source>
        <translation>拓扑名称“%1”%2。</translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. 'lab-overlay'.</source>
        <translation>它会标记拓扑在主机上创建的所有内容；请重命名，例如“lab-overlay”。</translation>
    </message>
    <message>
        <source>Host name '%1' %2.</source>
        <translation>主机名“%1”%2。</translation>
    </message>
    <message>
        <source>Rename the host, e.g. 'host1'.</source>
        <translation>请重命名主机，例如“host1”。</translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation>主机 %1 没有管理地址。</translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>请输入 OverlayStudio 通过 SSH 连接的 IP 地址或 DNS 名称。</translation>
    </message>
    <message>
        <source>Management address '%1' of host %2 %3.</source>
        <translation>主机 %2 的管理地址“%1”%3。</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation>请输入 IP 地址（如 192.168.0.8）或主机名。</translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation>主机 %2 的 SSH 端口 %1 超出范围。</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation>请使用 1 到 65535 之间的端口（通常为 22）。</translation>
    </message>
    <message>
        <source>SSH user '%1' of host %2 %3.</source>
        <translation>主机 %2 的 SSH 用户“%1”%3。</translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation>请输入登录使用的账户，例如 root。</translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation>主机 %1 使用密钥文件认证，但未指定密钥文件。</translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation>请选择私钥文件，或使用 SSH agent 认证。</translation>
    </message>
    <message>
        <source>Host %1 logs in as '%2' without sudo; creating bridges and containers needs root.</source>
        <translation>主机 %1 以“%2”身份登录且未使用 sudo；创建网桥和容器需要 root 权限。</translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation>请为此主机启用 sudo，或以 root 身份登录。</translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation>主机 %2 的 Underlay MTU %1 超出范围。</translation>
    </message>
    <message>
        <source>Use the MTU of the host's network card, %1 to %2 (1500 is usual).</source>
        <translation>请使用主机网卡的 MTU，%1 到 %2（通常为 1500）。</translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation>主机 %1 没有 Underlay 地址。</translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation>请输入此主机的 VXLAN 隧道使用的 IP 地址。</translation>
    </message>
    <message>
        <source>Host %1 is reached by the name '%2', but VXLAN tunnels need an IP address.</source>
        <translation>主机 %1 通过名称“%2”访问，但 VXLAN 隧道需要 IP 地址。</translation>
    </message>
    <message>
        <source>Enter the host's underlay IP address.</source>
        <translation>请输入主机的 Underlay IP 地址。</translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation>主机 %1 的 Underlay 地址：%2。</translation>
    </message>
    <message>
        <source>Two hosts are named '%1'.</source>
        <translation>有两台主机都名为“%1”。</translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation>请为每台主机指定各自的名称。</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation>主机 %1 和 %2 使用相同的管理地址 %3 端口 %4。</translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation>每台主机都需要各自的地址（或 SSH 端口）。</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation>主机 %1 和 %2 使用相同的 Underlay 地址 %3；隧道无法区分它们。</translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation>请为每台主机指定各自的 Underlay 地址。</translation>
    </message>
    <message>
        <source>Bridge name '%1' on %2 %3.</source>
        <translation>%2 上的网桥名称“%1”%3。</translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. 'br0'.</source>
        <translation>请重命名网桥，例如“br0”。</translation>
    </message>
    <message>
        <source>Gateway port name '%1' of bridge %2 %3.</source>
        <translation>网桥 %2 的网关端口名称“%1”%3。</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'veth0'.</source>
        <translation>请重命名端口，例如“veth0”。</translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation>网桥 %1 的网关地址：%2。</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>请输入带前缀的网关地址，例如 10.2.2.1/24。</translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation>网桥 %2 的网关地址 %1 是其子网的网络地址或广播地址。</translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation>请使用主机地址，例如 %1/%2。</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation>网桥 %2 的 MTU %1 超出范围。</translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>请使用 %1 到 %2；1450 适合在 1500 字节的网络上承载 VXLAN 隧道。</translation>
    </message>
    <message>
        <source>Container name '%1' on %2 %3.</source>
        <translation>%2 上的容器名称“%1”%3。</translation>
    </message>
    <message>
        <source>Rename the container, e.g. 'container1'.</source>
        <translation>请重命名容器，例如“container1”。</translation>
    </message>
    <message>
        <source>Image '%1' of container %2 %3.</source>
        <translation>容器 %2 的镜像“%1”%3。</translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation>请输入主机上已有的镜像，例如 ubuntu:v1。</translation>
    </message>
    <message>
        <source>Interface name '%1' of container %2 %3.</source>
        <translation>容器 %2 的接口名称“%1”%3。</translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation>请使用 eth0 这样的名称。</translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation>容器 %1 未连接到网桥；它将在没有网络的情况下运行。</translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation>请将其连接到 %1 上的网桥。</translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation>容器 %1 的地址：%2。</translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation>请输入 %1 中的地址，例如 %2。</translation>
    </message>
    <message>
        <source>the bridge's subnet</source>
        <translation>网桥的子网</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation>容器 %2 的地址 %1 不在网桥 %4 的子网 %3 中。</translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation>请使用 %1 中前缀为 /%2 的地址，或将容器连接到其他网桥。</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation>容器 %2 的地址 %1 是 %3 的网络地址或广播地址。</translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation>请在子网内选择一个主机地址。</translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation>容器 %1 的网关：%2。</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address, or leave it empty to use it.</source>
        <translation>请输入网桥的网关地址，或留空以使用该地址。</translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation>容器 %2 的网关 %1 不在子网 %3 中，因此容器无法访问它。</translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation>请使用 %1（网桥 %2 的网关），或将网关留空。</translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation>链路 %2 的 VNI %1 超出范围。</translation>
    </message>
    <message>
        <source>Use a VNI from %1 to %2.</source>
        <translation>请使用 %1 到 %2 之间的 VNI。</translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation>链路 %2 的 UDP 端口 %1 超出范围。</translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation>请使用 VXLAN 端口 4789，除非网络需要其他端口（1-65535）。</translation>
    </message>
    <message>
        <source>Tunnel port name '%1' of link %2 %3.</source>
        <translation>链路 %2 的隧道端口名称“%1”%3。</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'vxlan0'.</source>
        <translation>请重命名端口，例如“vxlan0”。</translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation>链路 %1 连接了同一台主机 %2 上的两个网桥；VXLAN 隧道用于连接不同的主机。</translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation>请将该网桥连接到另一台主机上的网桥。</translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation>链路 %1 将子网 %2 与子网 %3 相连；一个二层网段只需要一个子网。</translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation>请为两个网桥分配同一子网中的地址，或删除该链路。</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation>网桥 %1 和 %2 由两条链路相连。</translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation>请删除其中一条；一条隧道即可承载整个网段。</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation>网桥 %2 的 MTU %1 超过了其 VXLAN 隧道所能承载的大小：Underlay MTU 为 %3，而 VXLAN 会增加 %4 字节。</translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation>请将网桥 MTU 设为 %1 或更小。</translation>
    </message>
    <message>
        <source>%1 uses the name '%2' twice on host %3.</source>
        <translation>%1 在主机 %3 上两次使用名称“%2”。</translation>
    </message>
    <message>
        <source>The name '%1' is used by both %2 and %3 on host %4.</source>
        <translation>名称“%1”在主机 %4 上同时被 %2 和 %3 使用。</translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation>同一台主机上的网桥、网关端口和隧道端口都需要各自的名称。</translation>
    </message>
    <message>
        <source>Two containers on host %1 are named '%2'.</source>
        <translation>主机 %1 上有两个容器都名为“%2”。</translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation>请为同一主机上的每个容器指定各自的名称。</translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation>网桥 %2 的子网 %1 与同一主机上网桥 %4 的子网 %3 重叠。</translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation>请为主机上的每个网桥指定各自的子网，例如 10.2.2.0/24 和 10.3.3.0/24。</translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation>链路 %1 和 %2 都以 VNI %5 从 %3 建立隧道到 %4；OVS 无法区分它们。</translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation>请为其中一条链路指定其他 VNI。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation>VNI %1 连接了子网不同的网桥：%2。</translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation>由同一个 VNI 连接的网桥构成一个网络：请为它们指定相同的子网，或为另一个子网使用其他 VNI。</translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation>由 VNI %2 连接的网桥 %1 形成了环路（%4 个网桥之间有 %3 条链路）：泛洪的帧会在环路中循环，MAC 学习会失效，导致单播丢失。</translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation>请删除链路直到它们构成树形结构，或者将每对网桥都连接起来（全互联，会启用水平分割）。</translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation>网桥 %1 构成一个网络，但它们的链路使用了不同的 VNI（%2）。</translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network's identity.</source>
        <translation>请为一个网络的所有链路使用同一个 VNI；VNI 是网络的标识。</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host's reply.</source>
        <translation>同一网络中的网桥 %1 和 %2 都使用网关地址 %3；容器可能收到任一主机的应答。</translation>
    </message>
    <message>
        <source>Give each host's gateway port its own address, e.g. .1 and .254 (containers keep using their own host's gateway).</source>
        <translation>请为每台主机的网关端口指定各自的地址，例如 .1 和 .254（容器仍使用各自主机的网关）。</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation>容器 %2 的地址 %1 已被同一网络中的 %3 使用。</translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation>请为该容器分配 %1 中的空闲地址。</translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation>同一网络的网桥 %1 的 MTU 不同；大帧会在一个方向上丢失。</translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation>请为一个网络的所有网桥设置相同的 MTU。</translation>
    </message>
    <message>
        <source>Bridge %1 is set to route, but no other bridge on %2 is: there is nothing to route to.</source>
        <translation>网桥 %1 设置为路由，但 %2 上没有其他网桥设置路由：没有可路由的目标。</translation>
    </message>
    <message>
        <source>Set routing on the bridge its segment should reach, or turn it off.</source>
        <translation>请在其网段要访问的网桥上也设置路由，或关闭此项。</translation>
    </message>
    <message>
        <source>%1 routes between the networks of %2 and %3, but %4 does not route between %5 and %6, which are in the same two networks: containers on %4 answer through their own host, which drops what is routed to them.</source>
        <translation>%1 在 %2 和 %3 的网络之间路由，但 %4 没有在同属这两个网络的 %5 和 %6 之间路由：%4 上的容器会通过自己的主机应答，而该主机会丢弃路由给它们的流量。</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 as well, or on neither host.</source>
        <translation>请也在 %1 和 %2 上设置路由，或两台主机都不设置。</translation>
    </message>
    <message>
        <source>Image %1 is defined twice.</source>
        <translation>镜像 %1 被定义了两次。</translation>
    </message>
    <message>
        <source>Remove one of its definitions in Images (Deploy menu).</source>
        <translation>在“镜像”（部署菜单）中移除其中一个定义。</translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation>欢迎页</translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation>欢迎使用 OverlayStudio</translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation>在画布上设计容器 Overlay 网络：主机、Open vSwitch 网桥、Docker 容器和 VXLAN 链路。OverlayStudio 会检查设计、显示构建它的命令，并通过 SSH 进行部署。用户指南位于“帮助”菜单中（F1）。</translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation>关闭欢迎页（Esc）</translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation>关闭欢迎页</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation>新建空白设计</translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation>从组件面板将主机、网桥和容器拖到画布上。</translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation>在本地实验环境中试用</translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation>在本机上运行两台模拟主机，然后打开可部署到其上的实验环境示例。需要 root 权限。</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>打开示例</translation>
    </message>
</context>
<context>
    <name>studio::livestyle</name>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>down</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未应用</translation>
    </message>
</context>
<context>
    <name>studio::monitorformat</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %2b/s</source>
        <extracomment>a bit rate: number, SI prefix (k, M, G), "b/s"</extracomment>
        <translation>%1 %2b/s</translation>
    </message>
    <message>
        <source>%1 %2pkt/s</source>
        <extracomment>a packet rate: number, SI prefix (k, M), "pkt/s"</extracomment>
        <translation>%1 %2pkt/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>down</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>无流量</translation>
    </message>
</context>
</TS>