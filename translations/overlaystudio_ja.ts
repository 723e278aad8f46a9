<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>main</name>
    <message>
        <source>Design, deploy and watch container overlay networks.</source>
        <translation>コンテナのオーバーレイネットワークを設計、デプロイ、監視します。</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>開くトポロジ。</translation>
    </message>
    <message>
        <source>Render the window to an image file and quit.</source>
        <translation>ウィンドウを画像ファイルに描画して終了します。</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Deploy the topology as soon as it is open.</source>
        <translation>トポロジを開いたらすぐにデプロイします。</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業の復元</translation>
    </message>
    <message>
        <source>OverlayStudio stopped without saving your last changes. Restore them?</source>
        <translation>OverlayStudio は最後の変更を保存せずに停止しました。復元しますか？</translation>
    </message>
</context>
<context>
    <name>studio::AboutDialog</name>
    <message>
        <source>About OverlayStudio</source>
        <translation>OverlayStudio について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;Design, deploy and watch multi-host container overlay networks.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OverlayStudio %1&lt;/h2&gt;&lt;p&gt;複数ホストにまたがるコンテナのオーバーレイネットワークを設計、デプロイ、監視します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>windows, canvas, threads</source>
        <translation>ウィンドウ、キャンバス、スレッド</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 (or GPL 2.0 / 3.0)</source>
        <translation>GNU LGPL 3.0（または GPL 2.0 / 3.0）</translation>
    </message>
    <message>
        <source>SSH connections to the hosts</source>
        <translation>ホストへの SSH 接続</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 以降</translation>
    </message>
    <message>
        <source>live graphs</source>
        <translation>ライブグラフ</translation>
    </message>
    <message>
        <source>GNU GPL 3.0 or later</source>
        <translation>GNU GPL 3.0 以降</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio is free software: you can redistribute it and/or modify it under the terms of the &lt;b&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/b&gt; (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;the licence&lt;/a&gt;; on Debian systems it is in /usr/share/common-licenses/GPL-3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio はフリーソフトウェアです。&lt;b&gt;GNU 一般公衆利用許諾書 バージョン 3、または（任意で）それ以降のバージョン&lt;/b&gt;（GPL-3.0-or-later）の条件に従って再頒布および改変できます。本ソフトウェアは一切無保証です。&lt;a href="https://www.gnu.org/licenses/gpl-3.0.html"&gt;ライセンス&lt;/a&gt;を参照してください。Debian システムでは /usr/share/common-licenses/GPL-3 にあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built with&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;使用しているコンポーネント&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed there.&lt;/p&gt;&lt;p&gt;Icons: drawn for OverlayStudio, under its licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ホスト上では、インストール済みの Open vSwitch、Docker、iproute2、iptables を操作します。&lt;/p&gt;&lt;p&gt;アイコン: OverlayStudio 用に作成され、そのライセンスで提供されています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>studio::AddressRules</name>
    <message>
        <source>is empty</source>
        <translation>は空です</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)</source>
        <translation>'%1' は IPv4 アドレスではありません（0〜255 の 4 つの数値。例: 10.2.2.1）</translation>
    </message>
    <message>
        <source>'%1' has no prefix length; write it like 10.2.2.1/24</source>
        <translation>'%1' にプレフィックス長がありません。10.2.2.1/24 のように記述してください</translation>
    </message>
    <message>
        <source>'%1' has prefix length '%2'; use 1 to 30 (24 is usual)</source>
        <translation>'%1' のプレフィックス長は '%2' です。1〜30 を使用してください（通常は 24）</translation>
    </message>
    <message>
        <source>'%1' is not an IPv6 address</source>
        <translation>'%1' は IPv6 アドレスではありません</translation>
    </message>
</context>
<context>
    <name>studio::Addressing</name>
    <message>
        <source>has no free /24 subnet left for a new bridge</source>
        <translation>には新しいブリッジに使える空きの /24 サブネットがありません</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address by hand.</source>
        <translation>ブリッジのゲートウェイアドレスを手動で入力してください。</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>そのようなブリッジはありません。</translation>
    </message>
    <message>
        <source>has no valid gateway address to take a subnet from: %1</source>
        <translation>にはサブネットを決める有効なゲートウェイアドレスがありません: %1</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>ゲートウェイアドレスをプレフィックス付きで入力してください（例: 10.2.2.1/24）。</translation>
    </message>
    <message>
        <source>has no free address left in subnet %1</source>
        <translation>にはサブネット %1 の空きアドレスが残っていません</translation>
    </message>
    <message>
        <source>Use a larger subnet (a shorter prefix) for this segment.</source>
        <translation>このセグメントにはより大きなサブネット（より短いプレフィックス）を使ってください。</translation>
    </message>
</context>
<context>
    <name>studio::BuildContext</name>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>Put the file beside the project file, or remove it from the context files of %1 in Images (Deploy menu).</source>
        <translation>ファイルをプロジェクトファイルのフォルダーに置くか、「イメージ」(デプロイ メニュー) で %1 のコンテキストファイルから外してください。</translation>
    </message>
    <message>
        <source>its context files (%1) are read beside the project file, but the project has not been saved yet.</source>
        <translation>コンテキストファイル（%1）はプロジェクトファイルのフォルダーから読み込まれますが、プロジェクトがまだ保存されていません。</translation>
    </message>
    <message>
        <source>Save the project next to those files, then apply again.</source>
        <translation>それらのファイルと同じフォルダーにプロジェクトを保存してから、もう一度適用してください。</translation>
    </message>
    <message>
        <source>its context file '%1' %2.</source>
        <translation>コンテキストファイル「%1」%2。</translation>
    </message>
    <message>
        <source>its context file %1 does not exist in %2.</source>
        <translation>コンテキストファイル %1 が %2 にありません。</translation>
    </message>
    <message>
        <source>its context file %1 is not a file (a folder?).</source>
        <translation>コンテキストファイル %1 はファイルではありません（フォルダー?）。</translation>
    </message>
    <message>
        <source>List the files inside it one by one in Images (Deploy menu).</source>
        <translation>「イメージ」(デプロイ メニュー) で、その中のファイルを 1 つずつ指定してください。</translation>
    </message>
    <message>
        <source>its context file %1 is a link to %2, outside the project file's folder.</source>
        <translation>コンテキストファイル %1 は、プロジェクトファイルのフォルダーの外にある %2 へのリンクです。</translation>
    </message>
    <message>
        <source>Copy the file into the project file's folder instead of linking to it.</source>
        <translation>リンクではなく、ファイルをプロジェクトファイルのフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>its context file %1 cannot be read: %2.</source>
        <translation>コンテキストファイル %1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>Make the file readable, then apply again.</source>
        <translation>ファイルを読み取り可能にしてから、もう一度適用してください。</translation>
    </message>
    <message>
        <source>its context file %1 is larger than 8 GiB.</source>
        <translation>コンテキストファイル %1 が 8 GiB を超えています。</translation>
    </message>
    <message>
        <source>its context file %1 became shorter while it was sent.</source>
        <translation>コンテキストファイル %1 が送信中に短くなりました。</translation>
    </message>
    <message>
        <source>Apply again once nothing writes to the file.</source>
        <translation>ファイルへの書き込みが止まってから、もう一度適用してください。</translation>
    </message>
    <message>
        <source>its context file %1 grew while it was sent.</source>
        <translation>コンテキストファイル %1 が送信中に大きくなりました。</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>studio::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
</context>
<context>
    <name>studio::Cli</name>
    <message>
        <source>The topology file (.json).</source>
        <translation>トポロジファイル（.json）。</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: %2</source>
        <translation>overlaystudio-cli %1: %2</translation>
    </message>
    <message>
        <source>overlaystudio-cli %1: expected exactly one topology file.</source>
        <translation>overlaystudio-cli %1: トポロジファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 links.</source>
        <translation>%1: エラー %2 件、警告 %3 件（ホスト %4、ブリッジ %5、コンテナ %6、リンク %7）。</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>プランを JSON で出力します。</translation>
    </message>
    <message>
        <source>Only the plan of this host.</source>
        <translation>このホストのプランのみ。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Plan the removal of the topology instead.</source>
        <translation>代わりにトポロジの削除をプランします。</translation>
    </message>
    <message>
        <source>Write one script per host, HOST.sh, into this folder.</source>
        <translation>ホストごとに 1 つのスクリプト HOST.sh をこのフォルダーに書き出します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'; its hosts are: %3.</source>
        <translation>エラー: %1 に '%2' という名前のホストはありません。ホストは次のとおりです: %3。</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>overlaystudio-cli: unknown command '%1'.</source>
        <translation>overlaystudio-cli: 不明なコマンド '%1' です。</translation>
    </message>
    <message>
        <source>fast (default: containers side by side, plugged at once) or guide (ovs-docker, one container after another, as the tutorial does).</source>
        <translation>fast（既定：コンテナを並行して起動し、まとめて接続）または guide（ovs-docker、チュートリアルどおり1つずつ）。</translation>
    </message>
    <message>
        <source>style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>overlaystudio-cli plan: unknown style '%1'; use fast or guide.</source>
        <translation>overlaystudio-cli plan: 不明なスタイル '%1'。fast か guide を指定してください。</translation>
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
        <translation>使い方: overlaystudio-cli COMMAND FILE [options]

コマンド:
  validate FILE [--json]        トポロジを検査します。エラーがあれば 1 で終了します。
  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]
                                トポロジを構築（または削除）するコマンドを、
                                ホストごとのシェルスクリプトとして出力します。
  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]
             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]
                                SSH でデプロイします: apply は差分だけを変更し、
                                destroy はトポロジが作ったものを削除し、status は
                                ホストを設計と比較します。
  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]
               [--known-hosts FILE] [--accept-new-host-keys]
                                デプロイ済みのトポロジを監視します: ping の RTT と損失、
                                リンクおよびコンテナごとのトラフィック、状態。N 回の
                                間隔が終わるか Ctrl+C まで、1 サンプルにつき 1 行。
  guide FILE [--output DIR] [--format md|html]
                                トポロジを手作業で構築するラボガイドを書き出します:
                                図付きの Markdown、または HTML。
  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]
  lab down | lab status [--json]
                                このマシン上のシミュレートされたホスト（root で実行）。

終了コード: 0 正常、1 問題あり、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>Each command explains its options with --help, e.g. overlaystudio-cli apply --help.
</source>
        <translation>各コマンドは --help でオプションを説明します（例: overlaystudio-cli apply --help）。
</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli validate FILE [--json]</source>
        <translation>使い方: overlaystudio-cli validate FILE [--json]</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</source>
        <translation>使い方: overlaystudio-cli plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR] [--style fast|guide]</translation>
    </message>
</context>
<context>
    <name>studio::Clipboard</name>
    <message>
        <source>The clipboard holds no OverlayStudio objects.</source>
        <translation>クリップボードに OverlayStudio のオブジェクトがありません。</translation>
    </message>
    <message>
        <source>Host %1, where the copied objects lived, is gone; copy whole hosts instead.</source>
        <translation>コピーしたオブジェクトがあったホスト %1 はもう存在しません。代わりにホスト全体をコピーしてください。</translation>
    </message>
    <message>
        <source>Nothing to paste: select hosts, bridges or containers and copy them.</source>
        <translation>貼り付けるものがありません: ホスト、ブリッジ、コンテナを選択してコピーしてください。</translation>
    </message>
</context>
<context>
    <name>studio::ClipboardController</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Remove the selection and keep it on the clipboard</source>
        <translation>選択範囲を削除してクリップボードに保持します</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selection to the clipboard</source>
        <translation>選択範囲をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste with fresh names and addresses</source>
        <translation>新しい名前とアドレスで貼り付けます</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selection next to itself, with fresh names and addresses</source>
        <translation>選択範囲を新しい名前とアドレスで隣に複製します</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを複製</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::Commands</name>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Change %1 of the topology</source>
        <translation>トポロジの %1 を変更</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <source>Change image definitions</source>
        <translation>イメージ定義を変更</translation>
    </message>
</context>
<context>
    <name>studio::DeployCli</name>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>このホストのみ（複数指定可）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Stop every host when one fails.</source>
        <translation>1 つのホストが失敗したら、すべてのホストを停止します。</translation>
    </message>
    <message>
        <source>Read the hosts and show what would change; change nothing.</source>
        <translation>ホストを読み取り、変更される内容を表示します。何も変更しません。</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>ホスト鍵の照合に使う known_hosts ファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>初めて見るホスト鍵を信頼します（変更された鍵は常に拒否されます）。</translation>
    </message>
    <message>
        <source>Seconds a command may take.</source>
        <translation>1 つのコマンドにかけられる秒数。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>トポロジファイル。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.</source>
        <translation>%1 にエラーがあります。何もデプロイしていません。'overlaystudio-cli validate %1' を実行してください。</translation>
    </message>
    <message>
        <source>error: %1 has no host named '%2'.</source>
        <translation>エラー: %1 に '%2' という名前のホストはありません。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known yet: %3 %4.</source>
        <translation>%1（%2）のホスト鍵はまだ不明です: %3 %4。</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> 信頼しました（--accept-new-host-keys）。</translation>
    </message>
    <message>
        <source> Trust it? [y/N] </source>
        <translation> 信頼しますか？ [y/N] </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2 のパスワード: </translation>
    </message>
    <message>
        <source>Cancelling: every host stops now; a command already running may still finish on its host (Ctrl-C again to quit at once).</source>
        <translation>キャンセル中: すべてのホストが今すぐ停止します。すでに実行中のコマンドはホスト上で完了する場合があります（すぐに終了するにはもう一度 Ctrl-C）。</translation>
    </message>
    <message>
        <source>UNKNOWN: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>競合: %1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1: 失敗: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: would run %n step(s)</source>
        <translation>
            <numerusform>%1: %n ステップを実行予定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: up to date, nothing changed (%2 ms)</source>
        <translation>%1: 最新の状態です。何も変更していません（%2 ms）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) run in %2 ms</source>
        <translation>
            <numerusform>%1: %n ステップを %2 ms で実行しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms.</source>
        <translation>%1 は%2（%3 ms）。</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功しました</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>How containers are started and plugged: fast (default) or guide (ovs-docker, one after another, as the tutorial does).</source>
        <translation>コンテナの起動と接続の方法: fast（既定）または guide（ovs-docker、チュートリアルどおり1つずつ）。</translation>
    </message>
    <message>
        <source>style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>At most this many hosts connected at once (0: all; default %1).</source>
        <translation>同時に接続するホストの上限（0: すべて、既定 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --forks takes a number of hosts (0: all), not '%1'.</source>
        <translation>エラー: --forks にはホスト数（0: すべて）を指定します。'%1' は使えません。</translation>
    </message>
    <message>
        <source>error: unknown style '%1'; use fast or guide.</source>
        <translation>エラー: 不明なスタイル '%1'。fast か guide を指定してください。</translation>
    </message>
    <message>
        <source>destroy: also remove the images this topology built or copied.</source>
        <translation>destroy: このトポロジーがビルドまたはコピーしたイメージも削除します。</translation>
    </message>
    <message>
        <source>error: --remove-images is for destroy only.</source>
        <translation>エラー: --remove-images は destroy 専用です。</translation>
    </message>
    <message>
        <source>apply only: show each step and ask before running it (y/n/all/quit).</source>
        <translation>apply 専用: 各ステップを表示し、実行前に確認します（y/n/all/quit）。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] [--dry-run] [--known-hosts FILE] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</source>
        <translation>使い方: overlaystudio-cli %1 ファイル [--host 名前] [--json] [--fail-fast] [--dry-run] [--known-hosts ファイル] [--accept-new-host-keys] [--style fast|guide] [--forks N]%2%3</translation>
    </message>
    <message>
        <source>error: --step goes with apply only, and not with --dry-run.</source>
        <translation>エラー: --step は apply でのみ使用でき、--dry-run とは併用できません。</translation>
    </message>
    <message>
        <source>
[%1] step %2 of %3: %4
</source>
        <translation>
[%1] ステップ %2/%3: %4
</translation>
    </message>
    <message>
        <source>  creates: %1
</source>
        <translation>  作成: %1
</translation>
    </message>
    <message>
        <source>Run it? [y]es, [n]o (skip), [a]ll, [q]uit: </source>
        <translation>実行しますか? [y]はい、[n]いいえ（スキップ）、[a]すべて、[q]終了: </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップしました</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>終了ステータスなしで終了しました（%1）</translation>
    </message>
    <message>
        <source>%1: %2 step(s) run, %3 skipped: the host may differ from the design (see status)</source>
        <translation>%1: %2 ステップを実行、%3 ステップをスキップ: ホストが設計と異なる可能性があります（status を確認してください）</translation>
    </message>
</context>
<context>
    <name>studio::DeployController</name>
    <message>
        <source>Destroy topology</source>
        <translation>トポロジの破棄</translation>
    </message>
    <message>
        <source>Remove everything topology %1 created on its hosts (containers, ports, bridges, NAT rules)? Objects OverlayStudio did not create are left alone.</source>
        <translation>トポロジ %1 がホスト上に作成したもの（コンテナ、ポート、ブリッジ、NAT ルール）をすべて削除しますか？OverlayStudio が作成していないオブジェクトはそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Build the topology on its hosts; only what differs is changed</source>
        <translation>ホスト上にトポロジを構築します。差分のみが変更されます</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <source>Compare the hosts with the design without changing anything</source>
        <translation>何も変更せずにホストを設計と比較します</translation>
    </message>
    <message>
        <source>&amp;Destroy...</source>
        <translation>破棄(&amp;D)...</translation>
    </message>
    <message>
        <source>Remove everything the topology created on its hosts</source>
        <translation>トポロジがホスト上に作成したものをすべて削除します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop every host after its current step</source>
        <translation>各ホストを現在のステップの後で停止します</translation>
    </message>
    <message>
        <source>Wait for the running deploy to finish, or cancel it, before opening another topology.</source>
        <translation>別のトポロジを開く前に、実行中のデプロイが終わるのを待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Cannot deploy</source>
        <translation>デプロイできません</translation>
    </message>
    <message>
        <source>The topology has errors; fix those listed under Problems first.</source>
        <translation>トポロジにエラーがあります。先に「問題」に表示されているエラーを修正してください。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The deploy could not start: another one is still running.</source>
        <translation>デプロイを開始できませんでした: 別のデプロイがまだ実行中です。</translation>
    </message>
    <message>
        <source>Deploy running</source>
        <translation>デプロイ実行中</translation>
    </message>
    <message>
        <source>A deploy is still running on the hosts. Stopping it now leaves each host after its current step; Apply again later converges, Destroy removes what was made.</source>
        <translation>ホスト上でデプロイがまだ実行中です。今停止すると、各ホストは現在のステップの後で止まります。後でもう一度「適用」すれば設計どおりの状態になり、「破棄」すれば作成されたものが削除されます。</translation>
    </message>
    <message>
        <source>Cancel Deploy and Quit</source>
        <translation>デプロイをキャンセルして終了</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>不明なホスト鍵</translation>
    </message>
    <message>
        <source>&lt;p&gt;OverlayStudio has never connected to &lt;b&gt;%1&lt;/b&gt; (%2) before.&lt;/p&gt;&lt;p&gt;It presents this %3 key:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the host's own fingerprint (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt; on the host). Trust it and remember it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;OverlayStudio はこれまで &lt;b&gt;%1&lt;/b&gt;（%2）に接続したことがありません。&lt;/p&gt;&lt;p&gt;このホストは次の %3 鍵を提示しています:&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;ホスト自身のフィンガープリント（ホスト上で &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;）と比較してください。この鍵を信頼して記憶しますか？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password for %1 (kept only in memory, until OverlayStudio quits):</source>
        <translation>%1 のパスワード（OverlayStudio が終了するまでメモリ内にのみ保持されます）:</translation>
    </message>
    <message>
        <source>Deploy S&amp;ettings...</source>
        <translation>デプロイ設定(&amp;E)...</translation>
    </message>
    <message>
        <source>How containers are started and plugged, and how many hosts are connected at once</source>
        <translation>コンテナの起動と接続の方法、および同時に接続するホスト数</translation>
    </message>
</context>
<context>
    <name>studio::DeployDock</name>
    <message>
        <source>Nothing deployed yet. Use Deploy &gt; Apply to build the topology on its hosts.</source>
        <translation>まだ何もデプロイされていません。「デプロイ &gt; 適用」でホスト上にトポロジを構築します。</translation>
    </message>
    <message>
        <source>Host / step</source>
        <translation>ホスト / ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message numerus="yes">
        <source>%1 running on %n host(s)...</source>
        <translation>
            <numerusform>%n 台のホストで「%1」を実行中...</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message numerus="yes">
        <source>as designed (%n object(s))</source>
        <translation>
            <numerusform>設計どおり（%n 個のオブジェクト）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ</source>
        <translation>
            <numerusform>%n 個のオブジェクトに差異があります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done: %n step(s) in %1 ms</source>
        <translation>
            <numerusform>完了: %n ステップ（%1 ms）</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date, nothing changed</source>
        <translation>最新の状態です。何も変更していません</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished on %n host(s).</source>
        <translation>
            <numerusform>「%1」が %n 台のホストで完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FAILED on %2 of %3 host(s); see the red entries.</source>
        <translation>「%1」が %3 台中 %2 台のホストで失敗しました。赤い項目を確認してください。</translation>
    </message>
</context>
<context>
    <name>studio::DeployEngine</name>
    <message>
        <source>uses password authentication, but no password can be asked for here.</source>
        <translation>パスワード認証を使用していますが、ここではパスワードを尋ねられません。</translation>
    </message>
    <message>
        <source>Use a key or the SSH agent, or run interactively.</source>
        <translation>鍵または SSH エージェントを使うか、対話モードで実行してください。</translation>
    </message>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 では、ユーザー %2 にパスワードなしの sudo（sudo -n）を設定する必要があります。</translation>
    </message>
    <message>
        <source>authentication failed.</source>
        <translation>認証に失敗しました。</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>終了ステータスなしで終了しました（%1）</translation>
    </message>
    <message>
        <source>%1: step "%2" failed (%3).
  command: %4
  error: %5</source>
        <translation>%1: ステップ「%2」が失敗しました（%3）。
  コマンド: %4
  エラー: %5</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（出力なし）</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was done: the topology has %n error(s); the first: %2</source>
        <translation>
            <numerusform>%1: 何も実行していません: トポロジに %n 件のエラーがあります。最初のエラー: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was done: the topology has no host named %2.</source>
        <translation>%1: 何も実行していません: トポロジに %2 という名前のホストはありません。</translation>
    </message>
    <message>
        <source>%1: cancelled by the user %2.</source>
        <translation>%1: ユーザーによりキャンセルされました（%2）。</translation>
    </message>
    <message>
        <source>before connecting; nothing was changed</source>
        <translation>接続前のため、何も変更していません</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>while connecting; nothing was changed</source>
        <translation>接続中のため、何も変更していません</translation>
    </message>
    <message>
        <source>reading state</source>
        <translation>状態を読み取り中</translation>
    </message>
    <message>
        <source>while reading the host's state; nothing was changed</source>
        <translation>ホストの状態の読み取り中のため、何も変更していません</translation>
    </message>
    <message>
        <source>%1: reading the host's state failed: %2</source>
        <translation>%1: ホストの状態の読み取りに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 には %2 がありません</translation>
    </message>
    <message>
        <source>before any change; nothing was changed</source>
        <translation>変更前のため、何も変更していません</translation>
    </message>
    <message>
        <source>%1: nothing was changed, because: %2</source>
        <translation>%1: 次の理由により何も変更していません: %2</translation>
    </message>
    <message>
        <source>%1: cancelled by the user after %2 of %3 steps.</source>
        <translation>%1: %3 ステップ中 %2 ステップ実行後にユーザーによりキャンセルされました。</translation>
    </message>
    <message>
        <source>%1: stopped after %2 of %3 steps because another host failed.</source>
        <translation>%1: 別のホストが失敗したため、%3 ステップ中 %2 ステップ実行後に停止しました。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>%1: cancelled by the user during step %2 of %3 ("%4"); that command may still be running on the host.</source>
        <translation>%1: ステップ %2/%3（「%4」）の実行中にユーザーによりキャンセルされました。そのコマンドはホスト上でまだ実行中の可能性があります。</translation>
    </message>
    <message>
        <source>waiting for its turn (%1 hosts at a time)</source>
        <translation>順番待ち（同時に %1 ホスト）</translation>
    </message>
    <message>
        <source>nothing was changed: prerequisites are missing (%1). Install them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), then apply again.</source>
        <translation>何も変更されていません: 前提条件が不足しています (%1)。インストールしてから (openvswitch-switch、docker.io、iproute2、iptables、util-linux)、もう一度適用してください。</translation>
    </message>
    <message>
        <source>note: %1 is missing; the deploy does not need it, but Capture (Show Packet Path) does. Install it (apt-get install %1).</source>
        <translation>注意: %1 がありません。デプロイには不要ですが、キャプチャ（パケット経路の表示）には必要です。インストールしてください（apt-get install %1）。</translation>
    </message>
    <message>
        <source>%1: another host on this machine got it (they share one Docker engine)</source>
        <translation>%1: このマシン上の別のホストが取得しました（同じ Docker エンジンを共有しています）</translation>
    </message>
</context>
<context>
    <name>studio::DeploySettingsDialog</name>
    <message>
        <source>Deploy Settings</source>
        <translation>デプロイ設定</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged all at once</source>
        <translation>高速: コンテナを並行して起動し、まとめて接続</translation>
    </message>
    <message>
        <source>Guide: ovs-docker, one container after another</source>
        <translation>ガイド: ovs-docker、1つずつ</translation>
    </message>
    <message>
        <source>Deploy style</source>
        <translation>デプロイのスタイル</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Hosts connected at once</source>
        <translation>同時に接続するホスト</translation>
    </message>
    <message>
        <source>Hosts beyond this number wait for their turn; 0 connects all of them at once.</source>
        <translation>この数を超えるホストは順番を待ちます。0 ならすべて同時に接続します。</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>スタイル(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Hosts at once:</source>
        <translation>同時ホスト数(&amp;H):</translation>
    </message>
    <message>
        <source>Starts each host's containers side by side (8 at a time), then plugs them all at once: one docker inspect, a veth pair per container set up with nsenter, every port in one Open vSwitch transaction. The new address is announced, so peers reach a re-created container at once.</source>
        <translation>各ホストのコンテナを並行して起動し（同時に 8 個）、まとめて接続します。docker inspect は1回、コンテナごとに nsenter で設定する veth ペア、すべてのポートを1つの Open vSwitch トランザクションで追加します。新しいアドレスは通知されるので、再作成したコンテナにすぐ届きます。</translation>
    </message>
    <message>
        <source>Runs the commands of the guide: docker run, then ovs-docker add-port, one container after another. Slower; best for following the tutorial step by step. Both styles build the same network and recognise each other's ports.</source>
        <translation>ガイドのコマンドを実行します: docker run、続いて ovs-docker add-port を1つずつ。遅めですが、チュートリアルを一歩ずつ追うのに最適です。どちらのスタイルも同じネットワークを作り、互いのポートを認識します。</translation>
    </message>
</context>
<context>
    <name>studio::DesktopController</name>
    <message>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <source>The topology: hosts, bridges, containers and links. Arrow keys move the selection, Delete removes it.</source>
        <translation>トポロジ: ホスト、ブリッジ、コンテナ、リンク。矢印キーで選択範囲を移動し、Delete キーで削除します。</translation>
    </message>
</context>
<context>
    <name>studio::DiagramExport</name>
    <message>
        <source>Overlay network drawn with OverlayStudio</source>
        <translation>OverlayStudio で描画したオーバーレイネットワーク</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>書き込めませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>書き込み可能なフォルダーと、.png または .svg のファイル名を選んでください。</translation>
    </message>
</context>
<context>
    <name>studio::DocumentController</name>
    <message>
        <source>Deploy running</source>
        <translation>デプロイ実行中</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>トポロジを開けません</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>トポロジを開く</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)</source>
        <translation>OverlayStudio トポロジ (*.ovstudio.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Topology</source>
        <translation>トポロジを保存</translation>
    </message>
    <message>
        <source>OverlayStudio topologies (*.ovstudio.json *.json)</source>
        <translation>OverlayStudio トポロジ (*.ovstudio.json *.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>Restored the work that was not saved before OverlayStudio stopped.</source>
        <translation>OverlayStudio が停止する前に保存されていなかった作業を復元しました。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
</context>
<context>
    <name>studio::DumpPorts</name>
    <message>
        <source>ovs-ofctl dump-ports did not print port statistics: %1</source>
        <translation>ovs-ofctl dump-ports がポート統計を出力しませんでした: %1</translation>
    </message>
    <message>
        <source>Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).</source>
        <translation>ovs-vswitchd が実行中で、ブリッジが存在することを確認してください（ovs-vsctl show）。</translation>
    </message>
    <message>
        <source>cannot read the port name in "%1".</source>
        <translation>"%1" のポート名を読み取れません。</translation>
    </message>
</context>
<context>
    <name>studio::EditingPolicy</name>
    <message>
        <source>Add host %1</source>
        <translation>ホスト %1 を追加</translation>
    </message>
    <message>
        <source>Added host %1; enter its management address in the properties.</source>
        <translation>ホスト %1 を追加しました。プロパティで管理アドレスを入力してください。</translation>
    </message>
    <message>
        <source>A bridge lives on a host: drop it inside a host frame.</source>
        <translation>ブリッジはホスト上に置かれます: ホストの枠内にドロップしてください。</translation>
    </message>
    <message>
        <source>Add bridge %1 on %2</source>
        <translation>%2 にブリッジ %1 を追加</translation>
    </message>
    <message>
        <source>Added bridge %1 on %2 with subnet %3.</source>
        <translation>%2 にブリッジ %1 をサブネット %3 で追加しました。</translation>
    </message>
    <message>
        <source>A container runs on a host: drop it inside a host frame.</source>
        <translation>コンテナはホスト上で動作します: ホストの枠内にドロップしてください。</translation>
    </message>
    <message>
        <source>Add container %1 on %2</source>
        <translation>%2 にコンテナ %1 を追加</translation>
    </message>
    <message>
        <source>Added %1; drag from its handle to a bridge to attach it.</source>
        <translation>%1 を追加しました。ハンドルからブリッジへドラッグすると接続できます。</translation>
    </message>
    <message>
        <source>There is no such container.</source>
        <translation>そのようなコンテナはありません。</translation>
    </message>
    <message>
        <source>%1 is not attached.</source>
        <translation>%1 は接続されていません。</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>%1 を切断</translation>
    </message>
    <message>
        <source>Detached %1.</source>
        <translation>%1 を切断しました。</translation>
    </message>
    <message>
        <source>There is no such bridge.</source>
        <translation>そのようなブリッジはありません。</translation>
    </message>
    <message>
        <source>%1 runs on %2; it can only attach to a bridge there.</source>
        <translation>%1 は %2 上で動作しています。接続できるのはそのホスト上のブリッジだけです。</translation>
    </message>
    <message>
        <source>%1 is already attached to %2.</source>
        <translation>%1 はすでに %2 に接続されています。</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>%1 を %2 に接続</translation>
    </message>
    <message>
        <source>Attached %1 to %2 with address %3.</source>
        <translation>%1 をアドレス %3 で %2 に接続しました。</translation>
    </message>
    <message>
        <source>Connect a container to a bridge on its host, or a bridge to a bridge on another host.</source>
        <translation>コンテナはそのホスト上のブリッジに、ブリッジは別のホスト上のブリッジに接続してください。</translation>
    </message>
    <message>
        <source>A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.</source>
        <translation>VXLAN リンクは異なるホスト上のブリッジをつなぎます。%1 と %2 はどちらも %3 上にあります。</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 と %2 はすでにリンクされています。</translation>
    </message>
    <message>
        <source>Link %1 and %2</source>
        <translation>%1 と %2 をリンク</translation>
    </message>
    <message>
        <source>Linked %1 and %2 with VNI %3.</source>
        <translation>%1 と %2 を VNI %3 でリンクしました。</translation>
    </message>
    <message>
        <source>%1 gets %2</source>
        <translation>%1 に %2 を割り当て</translation>
    </message>
    <message>
        <source>Subnet %1 has no room for the other side; give both sides one subnet.</source>
        <translation>サブネット %1 には相手側のための空きがありません。両側に 1 つのサブネットを割り当ててください。</translation>
    </message>
    <message numerus="yes">
        <source>One segment needs one subnet, so the other side joined %1 (%2; %n container(s) re-addressed). Undo reverts it all.</source>
        <translation>
            <numerusform>1 つのセグメントには 1 つのサブネットが必要なため、相手側を %1 に参加させました（%2、%n 個のコンテナのアドレスを再割り当て）。元に戻すとすべて取り消されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added bridge %1 on %2; %3 %4. %5</source>
        <translation>%2 にブリッジ %1 を追加しました。%3 %4。%5</translation>
    </message>
    <message>
        <source>Attached %1 to %2, but %3 %4. %5</source>
        <translation>%1 を %2 に接続しましたが、%3 %4。%5</translation>
    </message>
</context>
<context>
    <name>studio::ExamplesMenu</name>
    <message>
        <source>Two Hosts, Two Segments (the Guide)</source>
        <translation>2 台のホスト、2 つのセグメント（ガイド）</translation>
    </message>
    <message>
        <source>The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on each, two containers per host. Its addresses are examples: plan it, don't deploy it.</source>
        <translation>マニュアルのガイドのトポロジ: 2 台のホストそれぞれにブリッジ br0（VNI 100）と br1（VNI 200）、ホストごとに 2 つのコンテナ。アドレスは例です。プランは作成できますが、デプロイはしないでください。</translation>
    </message>
    <message>
        <source>Two Hosts on the Local Lab</source>
        <translation>ローカルラボ上の 2 台のホスト</translation>
    </message>
    <message>
        <source>The guide's topology on the two simulated hosts of a local lab: ready to deploy on this machine.</source>
        <translation>ローカルラボの 2 台のシミュレートされたホスト上のガイドのトポロジ: このマシンにすぐデプロイできます。</translation>
    </message>
    <message>
        <source>Three Hosts in a Mesh, with NAT</source>
        <translation>NAT 付きフルメッシュの 3 台のホスト</translation>
    </message>
    <message>
        <source>Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); host1 masquerades the segment out.</source>
        <translation>3 台のホストを VNI 300 のフルメッシュで結合（トンネルポートはスプリットホライズン）。host1 がセグメントを外部へマスカレードします。</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
</context>
<context>
    <name>studio::Firewall</name>
    <message>
        <source>isolation of %1</source>
        <translation>%1 の隔離</translation>
    </message>
    <message>
        <source>Isolate %1 (%2): drop anything the host would forward into %3 unless it answers a connection that a container on %1 opened. Other networks and the outside cannot reach in, whatever the host's FORWARD policy. The rule is in the mangle table, which the host reads before its filter rules, so no ACCEPT rule there can open it again.</source>
        <translation>%1（%2）を隔離: ホストが %3 へ転送しようとするものは、%1 上のコンテナが開いた接続への応答でない限りすべて破棄します。ホストの FORWARD ポリシーにかかわらず、他のネットワークや外部からは入れません。このルールは mangle テーブルにあり、ホストは filter ルールより先にこれを読むため、そこにある ACCEPT ルールで再び開くことはできません。</translation>
    </message>
    <message>
        <source>NAT %1</source>
        <translation>NAT %1</translation>
    </message>
    <message>
        <source>Let containers on %1 send through the host (from %2 out to the uplink). Other networks of the host stay closed: their isolation rules come first.</source>
        <translation>%1 上のコンテナがホスト経由で送信できるようにします（%2 からアップリンクへ）。ホストの他のネットワークは閉じたままです: それらの隔離ルールが先に適用されます。</translation>
    </message>
    <message>
        <source>Let replies back into %1, and only replies: connection tracking knows which packets answer a connection a container opened.</source>
        <translation>%1 への応答のみを戻れるようにします: コネクショントラッキングにより、どのパケットがコンテナの開いた接続への応答かが分かります。</translation>
    </message>
    <message>
        <source>Masquerade %1 behind the host's address (NAT), so replies find their way back.</source>
        <translation>%1 をホストのアドレスの背後にマスカレード（NAT）し、応答が戻れるようにします。</translation>
    </message>
    <message>
        <source>routing %1 to %2</source>
        <translation>%1 から %2 へのルーティング</translation>
    </message>
    <message>
        <source>Route from %1 to %2, as the design chooses: let packets from %3 into %4 before %2's isolation rule sees them (inserted above it).</source>
        <translation>設計どおりに %1 から %2 へルーティング: %2 の隔離ルールが見る前に、%3 から %4 へのパケットを通します（そのルールの上に挿入）。</translation>
    </message>
    <message>
        <source>Accept the routed packets from %1 to %2 also where the host's FORWARD policy is DROP.</source>
        <translation>ホストの FORWARD ポリシーが DROP の場合でも、%1 から %2 へルーティングされるパケットを受け入れます。</translation>
    </message>
    <message>
        <source>Do not masquerade what %1 routes to %2: containers there see the real sender (inserted above the NAT rule).</source>
        <translation>%1 から %2 へルーティングされるものはマスカレードしません: そこのコンテナには実際の送信元が見えます（NAT ルールの上に挿入）。</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added (%1).</source>
        <translation>OverlayStudio が追加したファイアウォールルールを削除します（%1）。</translation>
    </message>
    <message>
        <source>Let the host forward packets between its interfaces (needed for NAT and routing; the isolation rules decide what may pass).</source>
        <translation>ホストがインターフェース間でパケットを転送できるようにします（NAT とルーティングに必要。何を通すかは隔離ルールが決めます）。</translation>
    </message>
</context>
<context>
    <name>studio::GuideCli</name>
    <message>
        <source>Folder to write the guide to (default: here).</source>
        <translation>ガイドを書き出すフォルダー（既定: 現在のフォルダー）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>md (Markdown and its images) or html.</source>
        <translation>md（Markdown とその画像）または html。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>トポロジファイル。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</source>
        <translation>使い方: overlaystudio-cli guide FILE [--output DIR] [--format md|html]</translation>
    </message>
    <message>
        <source>error: unknown format '%1'; use md or html.</source>
        <translation>エラー: 不明な形式 '%1' です。md または html を使用してください。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>%1 has errors; no guide was written.</source>
        <translation>%1 にエラーがあります。ガイドは書き出されませんでした。</translation>
    </message>
</context>
<context>
    <name>studio::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide: first steps, the local lab, troubleshooting</source>
        <translation>ユーザーガイド: はじめに、ローカルラボ、トラブルシューティング</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>ようこそページ(&amp;W)</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Lab...</source>
        <translation>ローカルラボで試す(&amp;L)...</translation>
    </message>
    <message>
        <source>Start simulated hosts on this machine and open the example for them</source>
        <translation>このマシン上でシミュレートされたホストを起動し、そのためのサンプルを開きます</translation>
    </message>
    <message>
        <source>&amp;About OverlayStudio</source>
        <translation>OverlayStudio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>studio::HostMonitor</name>
    <message>
        <source>%1 needs passwordless sudo for %2 (sudo -n).</source>
        <translation>%1 では、ユーザー %2 にパスワードなしの sudo（sudo -n）を設定する必要があります。</translation>
    </message>
    <message>
        <source>the ping process ended.</source>
        <translation>ping プロセスが終了しました。</translation>
    </message>
    <message>
        <source>%1: the ping stream ended unexpectedly.</source>
        <translation>%1: ping ストリームが予期せず終了しました。</translation>
    </message>
    <message>
        <source>Open vSwitch does not answer on %1: %2</source>
        <translation>%1 の Open vSwitch が応答しません: %2</translation>
    </message>
    <message>
        <source>Docker does not answer on %1: %2</source>
        <translation>%1 の Docker が応答しません: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on %2.</source>
        <translation>%1 は %2 に存在しません。</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 は実行されていません。</translation>
    </message>
    <message>
        <source>the state of %1 is not known yet.</source>
        <translation>%1 の状態はまだ不明です。</translation>
    </message>
    <message>
        <source>the ping printed nothing for %1 s.</source>
        <translation>ping が %1 秒間何も出力していません。</translation>
    </message>
</context>
<context>
    <name>studio::HostStateReader</name>
    <message>
        <source>host state</source>
        <translation>ホストの状態</translation>
    </message>
    <message>
        <source>the state report of the host is incomplete.</source>
        <translation>ホストの状態レポートが不完全です。</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell and try again.</source>
        <translation>ホストで POSIX シェルが動作していることを確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>Open vSwitch</source>
        <translation>Open vSwitch</translation>
    </message>
    <message>
        <source>ovs-vsctl did not list bridges, ports and interfaces: %1</source>
        <translation>ovs-vsctl がブリッジ、ポート、インターフェースを一覧表示しませんでした: %1</translation>
    </message>
    <message>
        <source>Check that Open vSwitch runs on the host (ovs-vsctl show).</source>
        <translation>ホスト上で Open vSwitch が動作していることを確認してください（ovs-vsctl show）。</translation>
    </message>
</context>
<context>
    <name>studio::ImageDefinition</name>
    <message>
        <source>Pull from a registry</source>
        <translation>レジストリから取得</translation>
    </message>
    <message>
        <source>Build from a Dockerfile</source>
        <translation>Dockerfile からビルド</translation>
    </message>
    <message>
        <source>Copy from this machine</source>
        <translation>このマシンからコピー</translation>
    </message>
    <message>
        <source>Image definition '%1' %2.</source>
        <translation>イメージ定義「%1」%2。</translation>
    </message>
    <message>
        <source>Image %1 is named by digest; only a pulled image can be.</source>
        <translation>イメージ %1 はダイジェストで指定されています。それが可能なのは取得 (pull) するイメージだけです。</translation>
    </message>
    <message>
        <source>Image %1 is built from a Dockerfile, but the Dockerfile is empty.</source>
        <translation>イメージ %1 は Dockerfile からビルドされますが、Dockerfile が空です。</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 starts with %2; it must start with FROM.</source>
        <translation>イメージ %1 の Dockerfile が %2 で始まっています。FROM で始める必要があります。</translation>
    </message>
    <message>
        <source>The Dockerfile of image %1 is larger than 1 MB.</source>
        <translation>イメージ %1 の Dockerfile が 1 MB を超えています。</translation>
    </message>
    <message>
        <source>Image %1 is copied from the local image '%2', which %3.</source>
        <translation>イメージ %1 はローカルイメージ「%2」からコピーされますが、その名前は%3。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write a Dockerfile that starts with FROM, e.g. FROM ubuntu.</source>
        <translation>「イメージ」(デプロイ メニュー) でイメージを編集してください: FROM で始まる Dockerfile を書きます (例: FROM ubuntu)。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): name an image on this machine, e.g. ubuntu:v1.</source>
        <translation>「イメージ」(デプロイ メニュー) でイメージを編集してください: このマシン上のイメージを指定します (例: ubuntu:v1)。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): write it like ubuntu:v1.</source>
        <translation>「イメージ」(デプロイ メニュー) でイメージを編集してください: ubuntu:v1 のように書きます。</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>イメージ %2 のコンテキストファイル「%1」%3。</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 is listed twice.</source>
        <translation>イメージ %2 のコンテキストファイル「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>Edit the image in Images (Deploy menu): list each context file once, by its path relative to the project file's folder, e.g. files/motd.</source>
        <translation>「イメージ」(デプロイ メニュー) でイメージを編集してください: 各コンテキストファイルを、プロジェクトファイルのフォルダーからの相対パスで 1 回ずつ指定します (例: files/motd)。</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>は空です</translation>
    </message>
    <message>
        <source>is absolute; give it relative to the project file's folder</source>
        <translation>は絶対パスです。プロジェクトファイルのフォルダーからの相対パスで指定してください</translation>
    </message>
    <message>
        <source>contains a backslash; separate folders with /</source>
        <translation>にはバックスラッシュが含まれています。フォルダーは / で区切ってください</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>には制御文字が含まれています</translation>
    </message>
    <message>
        <source>is longer than 4096 bytes</source>
        <translation>は 4096 バイトを超えています</translation>
    </message>
    <message>
        <source>leaves the project file's folder (..)</source>
        <translation>はプロジェクトファイルのフォルダーの外を指しています（..）</translation>
    </message>
    <message>
        <source>has an empty or '.' part</source>
        <translation>には空または '.' の部分があります</translation>
    </message>
    <message>
        <source>is named Dockerfile, which the context holds already (the text in the project)</source>
        <translation>は Dockerfile という名前ですが、Dockerfile（プロジェクト内のテキスト）はすでにコンテキストに含まれています</translation>
    </message>
</context>
<context>
    <name>studio::ImagePhase</name>
    <message>
        <source>cancelled by the user before image %1.</source>
        <translation>イメージ %1 の前にユーザーが取り消しました。</translation>
    </message>
    <message>
        <source>docker save %1 | gzip -c (here) | %2 (on %3)</source>
        <translation>docker save %1 | gzip -c (ここ) | %2 (%3 上)</translation>
    </message>
    <message>
        <source>copying image %1: %2 MB sent, %3 MB/s</source>
        <translation>イメージ %1 をコピー中: %2 MB 送信、%3 MB/s</translation>
    </message>
    <message>
        <source>building image %1</source>
        <translation>イメージ %1 をビルド中</translation>
    </message>
    <message>
        <source>getting image %1</source>
        <translation>イメージ %1 を取得中</translation>
    </message>
    <message>
        <source>not run to the end</source>
        <translation>最後まで実行されませんでした</translation>
    </message>
    <message>
        <source>cancelled by the user while getting image %1.</source>
        <translation>イメージ %1 の取得中にユーザーが取り消しました。</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2</source>
        <translation>イメージ %1 をビルドできませんでした: %2</translation>
    </message>
    <message>
        <source>image %1 could not be built: %2 failed: %3</source>
        <translation>イメージ %1 をビルドできませんでした: %2 が失敗しました: %3</translation>
    </message>
    <message>
        <source>Fix the Dockerfile of %1 in Images (Deploy menu), then apply again.</source>
        <translation>「イメージ」(デプロイ メニュー) で %1 の Dockerfile を直してから、もう一度適用してください。</translation>
    </message>
    <message>
        <source>image %1 could not be copied: %2</source>
        <translation>イメージ %1 をコピーできませんでした: %2</translation>
    </message>
    <message>
        <source>Apply again once the host is reachable and has free disk space.</source>
        <translation>ホストに到達でき、ディスクに空きがある状態で、もう一度適用してください。</translation>
    </message>
    <message>
        <source>image %1 could not be pulled: %2</source>
        <translation>イメージ %1 を取得 (pull) できませんでした: %2</translation>
    </message>
    <message>
        <source>Give %1 access to the registry, or define %2 in Images (Deploy menu) to build it or copy it from this machine.</source>
        <translation>%1 からレジストリにアクセスできるようにするか、「イメージ」(デプロイ メニュー) で %2 を定義して、ビルドするかこのマシンからコピーしてください。</translation>
    </message>
    <message>
        <source>the host lacks it; apply builds it from the design's Dockerfile</source>
        <translation>ホストにありません。適用時に設計の Dockerfile からビルドします</translation>
    </message>
    <message>
        <source>the host lacks it; apply copies it from this machine</source>
        <translation>ホストにありません。適用時にこのマシンからコピーします</translation>
    </message>
    <message>
        <source>the host lacks it; apply pulls it</source>
        <translation>ホストにありません。適用時に取得 (pull) します</translation>
    </message>
    <message>
        <source>the host lacks it and the design does not define it; apply tries docker pull (define it in Images to build or copy it)</source>
        <translation>ホストになく、設計でも定義されていません。適用時に docker pull を試みます (ビルドまたはコピーするには「イメージ」で定義してください)</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>Remove the images this topology built or copied (label %1=%2), because --remove-images was asked for.</source>
        <translation>--remove-images が指定されたため、このトポロジーがビルドまたはコピーしたイメージ (ラベル %1=%2) を削除します。</translation>
    </message>
    <message>
        <source>tar of the Dockerfile and its context files (here) | %1 (on %2)</source>
        <translation>Dockerfile とコンテキストファイルの tar (ここ) | %1 (%2 上)</translation>
    </message>
    <message>
        <source>has no definition.</source>
        <translation>定義がありません。</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>building image %1 (sending %2 KB of build context)</source>
        <translation>イメージ %1 をビルド中（ビルドコンテキスト %2 KB を送信中）</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>取り消されました。</translation>
    </message>
</context>
<context>
    <name>studio::ImageScripts</name>
    <message>
        <source>If the host lacks %1: pull it from its registry (docker pull).</source>
        <translation>ホストに %1 がない場合: レジストリから取得します (docker pull)。</translation>
    </message>
    <message>
        <source>If the host lacks %1: build it from the design's Dockerfile, labelled as this topology's.</source>
        <translation>ホストに %1 がない場合: 設計の Dockerfile からビルドし、このトポロジのものとしてラベルを付けます。</translation>
    </message>
    <message>
        <source>stdin: %1 beside this script, a tar of the Dockerfile and %2</source>
        <translation>stdin: このスクリプトと同じフォルダーの %1（Dockerfile と %2 の tar）</translation>
    </message>
    <message>
        <source>Check that %1 is here: images-%2.sh copies it from the machine that has it.</source>
        <translation>%1 がここにあることを確認します: images-%2.sh が、それを持つマシンからコピーします。</translation>
    </message>
    <message>
        <source>%1 lacks image %2: run %3 on the machine that has it first.</source>
        <translation>%1 にはイメージ %2 がありません: 先に、それを持つマシンで %3 を実行してください。</translation>
    </message>
    <message>
        <source>First run %1 on the machine that has the copied images (not on this host): it sends them here over ssh.</source>
        <translation>先に、コピーするイメージを持つマシン（このホストではありません）で %1 を実行してください: ssh でイメージをここに送ります。</translation>
    </message>
    <message>
        <source>Copy %1 into the same folder as this script: an image build reads it.</source>
        <translation>%1 をこのスクリプトと同じフォルダーにコピーしてください: イメージのビルドで読み込みます。</translation>
    </message>
    <message>
        <source># %1. Copy image %2 (here: %3) to %4, unless it has it.</source>
        <translation># %1. イメージ %2（ここでは %3）を %4 にコピーします（すでにある場合を除く）。</translation>
    </message>
    <message>
        <source>%1 has no image ID here.</source>
        <translation>ここでは %1 にイメージ ID がありません。</translation>
    </message>
    <message>
        <source>%1 has %2 already.</source>
        <translation>%1 にはすでに %2 があります。</translation>
    </message>
    <message>
        <source># OverlayStudio: send host %1 (%2) the images topology %3 copies from this machine.</source>
        <translation># OverlayStudio: トポロジ %3 がこのマシンからコピーするイメージをホスト %1（%2）に送ります。</translation>
    </message>
    <message>
        <source># Run it HERE, on the machine that has the images, before %1.sh runs on %1. It needs docker here and ssh to %2; a host that has an image already is skipped.</source>
        <translation># ここ（イメージを持つマシン）で、%1 上で %1.sh を実行する前に実行してください。ここでの docker と %2 への ssh が必要です。すでにイメージがあるホストはスキップされます。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>作成できません。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>studio::ImageSteps</name>
    <message>
        <source>Pull image %1 from its registry (docker pull).</source>
        <translation>イメージ %1 をレジストリから取得します (docker pull)。</translation>
    </message>
    <message>
        <source>Pull image %1 from its registry (docker pull): the design does not say how to build or copy it.</source>
        <translation>イメージ %1 をレジストリから取得します (docker pull): 設計にビルドやコピーの方法が書かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)), as the guide does before any docker run.</source>
        <translation>
            <numerusform>指南がどの docker run よりも先に行うように、設計の Dockerfile (%n 個の命令) からイメージ %1 をビルドします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy image %1 from this machine: docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>イメージ %1 をこのマシンからコピーします: ここで docker save し、圧縮してこのホストの SSH 接続経由で docker load に渡します。</translation>
    </message>
    <message>
        <source>Copy image %1 from this machine (where it is %2): docker save here, compressed over this host's SSH connection into docker load.</source>
        <translation>イメージ %1 をこのマシン (ここでは %2) からコピーします: ここで docker save し、圧縮してこのホストの SSH 接続経由で docker load に渡します。</translation>
    </message>
    <message>
        <source>Name the copied image %1 and label it as this topology's.</source>
        <translation>コピーしたイメージに %1 と名前を付け、このトポロジーのものとしてラベルを付けます。</translation>
    </message>
    <message>
        <source>If the host lacks %1: %2</source>
        <translation>ホストに %1 がない場合: %2</translation>
    </message>
    <message>
        <source>stdin: docker save %1 | gzip -c, run on this machine</source>
        <translation>stdin: docker save %1 | gzip -c (このマシンで実行)</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>ステップ %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Build image %1 from the design's Dockerfile (%n instruction(s)) with %2 from beside the project file, sent as a tar over this host's SSH connection.</source>
        <translation>
            <numerusform>設計の Dockerfile（%n 個の命令）と、プロジェクトファイルのフォルダーにある %2 からイメージ %1 をビルドします。これらは tar としてこのホストの SSH 接続経由で送られます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;ID of %1&gt;</source>
        <translation>&lt;%1 の ID&gt;</translation>
    </message>
    <message>
        <source>stdin: a tar of the Dockerfile and %1, made on this machine from the files beside the project file</source>
        <translation>stdin: Dockerfile と %1 の tar（このマシンで、プロジェクトファイルのフォルダーにあるファイルから作成）</translation>
    </message>
</context>
<context>
    <name>studio::ImagesDialog</name>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>e.g. ubuntu:v1</source>
        <translation>例: ubuntu:v1</translation>
    </message>
    <message>
        <source>New image name</source>
        <translation>新しいイメージ名</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>イメージを追加</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove image definition</source>
        <translation>イメージ定義を削除</translation>
    </message>
    <message>
        <source>How hosts get the image</source>
        <translation>ホストがイメージを入手する方法</translation>
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
        <translation>ガイドの Dockerfile を使う(&amp;G)</translation>
    </message>
    <message>
        <source>Use the guide's Dockerfile</source>
        <translation>ガイドの Dockerfile を使う</translation>
    </message>
    <message>
        <source>Image on this machine</source>
        <translation>このマシン上のイメージ</translation>
    </message>
    <message>
        <source>Hosts that lack the image run docker pull: they need access to its registry.</source>
        <translation>イメージのないホストは docker pull を実行します: レジストリへのアクセスが必要です。</translation>
    </message>
    <message>
        <source>docker save runs here; the image goes compressed over each host's SSH connection into docker load. For hosts without internet.</source>
        <translation>docker save はここで実行され、イメージは圧縮されて各ホストの SSH 接続経由で docker load に渡されます。インターネットのないホスト向けです。</translation>
    </message>
    <message>
        <source>Image on this &amp;machine:</source>
        <translation>このマシン上のイメージ(&amp;M):</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>同じ名前</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>入手元(&amp;S):</translation>
    </message>
    <message>
        <source>pull, not defined</source>
        <translation>pull、未定義</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not used by any container.</source>
        <translation>%1 を使うコンテナーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n container(s).</source>
        <translation>
            <numerusform>%1 は %n 個のコンテナーで使われています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No container uses an image yet. Add one to define it.</source>
        <translation>まだイメージを使うコンテナーがありません。追加して定義してください。</translation>
    </message>
    <message>
        <source>Image '%1' %2.</source>
        <translation>イメージ「%1」%2。</translation>
    </message>
    <message>
        <source>Context files</source>
        <translation>コンテキストファイル</translation>
    </message>
    <message>
        <source>Files beside the project file sent with the Dockerfile, so COPY can use them</source>
        <translation>プロジェクトファイルのフォルダーにあり、Dockerfile と一緒に送られるファイル。COPY で使えます</translation>
    </message>
    <message>
        <source>Context file path</source>
        <translation>コンテキストファイルのパス</translation>
    </message>
    <message>
        <source>relative to the project file, e.g. files/motd</source>
        <translation>プロジェクトファイルからの相対パス。例: files/motd</translation>
    </message>
    <message>
        <source>Add Fi&amp;le</source>
        <translation>ファイルを追加(&amp;L)</translation>
    </message>
    <message>
        <source>Add context file</source>
        <translation>コンテキストファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose context files</source>
        <translation>コンテキストファイルを選択</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>ファイルを削除</translation>
    </message>
    <message>
        <source>Remove context file</source>
        <translation>コンテキストファイルを削除</translation>
    </message>
    <message>
        <source>Hosts that lack the image build it from this Dockerfile (docker build). The context files go with it, so COPY and ADD can use them.</source>
        <translation>イメージのないホストは、この Dockerfile からビルドします（docker build）。コンテキストファイルも一緒に送られるので、COPY や ADD で使えます。</translation>
    </message>
    <message>
        <source>&amp;Context files (beside the project file):</source>
        <translation>コンテキストファイル（プロジェクトファイルのフォルダー内）(&amp;C):</translation>
    </message>
    <message>
        <source>Save the project first: context files are picked from the project file's folder.</source>
        <translation>先にプロジェクトを保存してください: コンテキストファイルはプロジェクトファイルのフォルダーから選びます。</translation>
    </message>
    <message>
        <source>Pick files in %1</source>
        <translation>%1 内のファイルを選択</translation>
    </message>
    <message>
        <source>%1 (not found beside the project file)</source>
        <translation>%1（プロジェクトファイルのフォルダーに見つかりません）</translation>
    </message>
    <message>
        <source>%1 is outside the project file's folder (%2): copy it there first, so the project and its files travel together.</source>
        <translation>%1 はプロジェクトファイルのフォルダー（%2）の外にあります: プロジェクトとそのファイルを一緒に持ち運べるよう、先にそこへコピーしてください。</translation>
    </message>
    <message>
        <source>Context file '%1' of image %2 %3.</source>
        <translation>イメージ %2 のコンテキストファイル「%1」%3。</translation>
    </message>
    <message>
        <source>Context Files</source>
        <translation>コンテキストファイル</translation>
    </message>
</context>
<context>
    <name>studio::Lab</name>
    <message>
        <source>no PID file appeared; the daemon did not start.</source>
        <translation>PID ファイルが作成されませんでした。デーモンは起動していません。</translation>
    </message>
    <message>
        <source>Look at the logs next to it.</source>
        <translation>その隣にあるログを確認してください。</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>Building image %1 from busybox-static</source>
        <translation>busybox-static からイメージ %1 をビルド中</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>Install busybox-static.</source>
        <translation>busybox-static をインストールしてください。</translation>
    </message>
    <message>
        <source>cannot copy busybox into the image.</source>
        <translation>busybox をイメージにコピーできません。</translation>
    </message>
    <message>
        <source>Starting a Docker engine</source>
        <translation>Docker エンジンを起動中</translation>
    </message>
    <message>
        <source>could not start.</source>
        <translation>起動できませんでした。</translation>
    </message>
    <message>
        <source>Install docker.io.</source>
        <translation>docker.io をインストールしてください。</translation>
    </message>
    <message>
        <source>did not become ready; see %1.</source>
        <translation>準備完了になりませんでした。%1 を参照してください。</translation>
    </message>
    <message>
        <source>Starting host %1 at %2</source>
        <translation>ホスト %1 を %2 で起動中</translation>
    </message>
    <message>
        <source>these programs are missing: %1.</source>
        <translation>次のプログラムがありません: %1。</translation>
    </message>
    <message>
        <source>Install them with .ci/install-deps.sh.</source>
        <translation>.ci/install-deps.sh でインストールしてください。</translation>
    </message>
    <message>
        <source>Creating the underlay bridge %1 (%2/24)</source>
        <translation>アンダーレイブリッジ %1（%2/24）を作成中</translation>
    </message>
    <message>
        <source>is not an image of the local Docker engine.</source>
        <translation>ローカルの Docker エンジンのイメージではありません。</translation>
    </message>
    <message>
        <source>Import or build it first, or leave the image out to use %1.</source>
        <translation>先にインポートまたはビルドするか、イメージの指定を省略して %1 を使用してください。</translation>
    </message>
    <message>
        <source>does not answer SSH at %1:22.</source>
        <translation>%1:22 で SSH に応答しません。</translation>
    </message>
    <message>
        <source>See %1/log/sshd.log.</source>
        <translation>%1/log/sshd.log を参照してください。</translation>
    </message>
    <message>
        <source>creating simulated hosts needs root (network namespaces, Open vSwitch).</source>
        <translation>シミュレートされたホストの作成には root 権限が必要です（ネットワーク名前空間、Open vSwitch）。</translation>
    </message>
    <message>
        <source>Run it as root, e.g. with sudo.</source>
        <translation>root で実行してください（例: sudo を使用）。</translation>
    </message>
    <message>
        <source>must be from 1 to %1.</source>
        <translation>1〜%1 でなければなりません。</translation>
    </message>
    <message>
        <source>a lab is already up.</source>
        <translation>ラボはすでに起動しています。</translation>
    </message>
    <message>
        <source>Run 'lab down' first.</source>
        <translation>先に 'lab down' を実行してください。</translation>
    </message>
    <message>
        <source>%1 exist already: another lab is up.</source>
        <translation>%1 はすでに存在します: 別のラボが起動しています。</translation>
    </message>
    <message>
        <source>Take it down with 'lab down' (with its --run-dir) first.</source>
        <translation>先に 'lab down'（その --run-dir を指定）で停止してください。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>作成できません。</translation>
    </message>
    <message>
        <source>no lab is up here.</source>
        <translation>ここで起動しているラボはありません。</translation>
    </message>
    <message>
        <source>Start one with 'lab up'.</source>
        <translation>'lab up' で起動してください。</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <translation>破損しています。</translation>
    </message>
    <message>
        <source>Remove the namespaces oslab-h* and the bridge %1 by hand.</source>
        <translation>名前空間 oslab-h* とブリッジ %1 を手動で削除してください。</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: no start time was recorded for it, so it cannot be told from another process with that PID</source>
        <translation>プロセス %1（%2）は終了させずに残しました: 開始時刻が記録されていないため、同じ PID を持つ別のプロセスと区別できません</translation>
    </message>
    <message>
        <source>process %1 (%2) was left running: it started at another time than the lab's, so it is not the lab's</source>
        <translation>プロセス %1（%2）は終了させずに残しました: ラボとは異なる時刻に開始されているため、ラボのプロセスではありません</translation>
    </message>
    <message>
        <source>Stopping host %1</source>
        <translation>ホスト %1 を停止中</translation>
    </message>
    <message>
        <source>namespace '%1' was left alone: it is not a lab name</source>
        <translation>名前空間 '%1' はそのままにしました: ラボの名前ではありません</translation>
    </message>
    <message>
        <source>link '%1' was left alone: it is not a lab name</source>
        <translation>リンク '%1' はそのままにしました: ラボの名前ではありません</translation>
    </message>
    <message>
        <source>%1 was left alone: it is not below the lab's run directory %2</source>
        <translation>%1 はそのままにしました: ラボの実行ディレクトリ %2 の下にありません</translation>
    </message>
    <message>
        <source>link '%1' was left alone: the lab's bridge is %2</source>
        <translation>リンク '%1' はそのままにしました: ラボのブリッジは %2 です</translation>
    </message>
    <message>
        <source>Stopping the Docker engine the lab started</source>
        <translation>ラボが起動した Docker エンジンを停止中</translation>
    </message>
    <message>
        <source>the lab is down, but: %1</source>
        <translation>ラボは停止しましたが、次の問題があります: %1</translation>
    </message>
    <message>
        <source>its sshd is not running.</source>
        <translation>sshd が実行されていません。</translation>
    </message>
    <message>
        <source>is not a host of the lab in %1.</source>
        <translation>%1 のラボのホストではありません。</translation>
    </message>
    <message>
        <source>its sshd runs already.</source>
        <translation>sshd はすでに実行中です。</translation>
    </message>
    <message>
        <source>Hosts of the local lab.</source>
        <translation>ローカルラボのホスト。</translation>
    </message>
    <message>
        <source>Rolling back also failed: %1</source>
        <translation>ロールバックも失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>studio::LabCli</name>
    <message>
        <source>Number of hosts (up).</source>
        <translation>ホスト数（up）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Container image the lab provides (up); default: build %1 from busybox-static.</source>
        <translation>ラボが提供するコンテナイメージ（up）。既定: busybox-static から %1 をビルド。</translation>
    </message>
    <message>
        <source>image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Write a topology whose hosts are the lab's (up).</source>
        <translation>ラボのホストを使うトポロジを書き出します（up）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Where the lab keeps its state.</source>
        <translation>ラボが状態を保存する場所。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Where the lab keeps its SSH keys (reused).</source>
        <translation>ラボが SSH 鍵を保存する場所（再利用されます）。</translation>
    </message>
    <message>
        <source>known_hosts file to record the lab's host keys in.</source>
        <translation>ラボのホスト鍵を記録する known_hosts ファイル。</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>状態を JSON で出力します。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</source>
        <translation>使い方: overlaystudio-cli lab up [--hosts N] [--image IMAGE] [--write-topology FILE] | lab down | lab status [--json]</translation>
    </message>
    <message>
        <source>--hosts takes a number.</source>
        <translation>--hosts には数値を指定します。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Lab is up in %1 s: %2 hosts, image %3.</source>
        <translation>ラボが %1 秒で起動しました: ホスト %2 台、イメージ %3。</translation>
    </message>
    <message>
        <source>SSH key: %1</source>
        <translation>SSH 鍵: %1</translation>
    </message>
    <message>
        <source>Host keys: %1 (also recorded in %2)</source>
        <translation>ホスト鍵: %1（%2 にも記録済み）</translation>
    </message>
    <message>
        <source>Underlay gateway (this machine): %1</source>
        <translation>アンダーレイゲートウェイ（このマシン）: %1</translation>
    </message>
    <message>
        <source>Topology with the lab's hosts: %1</source>
        <translation>ラボのホストを使うトポロジ: %1</translation>
    </message>
    <message>
        <source>Lab is down.</source>
        <translation>ラボは停止しています。</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>DEGRADED: namespace %1, SSH %2, stopped: %3</source>
        <translation>縮退: 名前空間 %1、SSH %2、停止: %3</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>lab: unknown action '%1'; use up, down or status.</source>
        <translation>lab: 不明な操作 '%1' です。up、down、status のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>studio::LabGuide</name>
    <message>
        <source>%1: a multi-host container overlay with Open vSwitch, VXLAN and Docker</source>
        <translation>%1: Open vSwitch、VXLAN、Docker による複数ホストのコンテナオーバーレイ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, underlay %3)</source>
        <translation>%1（%2、アンダーレイ %3）</translation>
    </message>
    <message>
        <source>Open vSwitch (OVS) is a virtual switch for software-defined networks. VXLAN (Virtual Extensible LAN) carries Ethernet frames inside UDP packets over an IP network, so a layer-2 network can span several hosts. Together they let Docker containers on different hosts talk as if they shared one switch, each network isolated by its own VXLAN network identifier (VNI).</source>
        <translation>Open vSwitch（OVS）は、ソフトウェア定義ネットワーク向けの仮想スイッチです。VXLAN（Virtual Extensible LAN）は、Ethernet フレームを UDP パケットに格納して IP ネットワーク上で運ぶため、レイヤー 2 ネットワークを複数のホストにまたがらせることができます。この 2 つを組み合わせると、異なるホスト上の Docker コンテナが 1 台のスイッチを共有しているかのように通信でき、各ネットワークはそれぞれの VXLAN ネットワーク識別子（VNI）で分離されます。</translation>
    </message>
    <message numerus="yes">
        <source>This guide builds topology **%1** by hand: %n host(s), </source>
        <translation>
            <numerusform>このガイドでは、トポロジ **%1** を手作業で構築します: ホスト %n 台、 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge(s), </source>
        <translation>
            <numerusform>ブリッジ %n 個、 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) </source>
        <translation>
            <numerusform>コンテナ %n 個 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n VXLAN tunnel(s)</source>
        <translation>
            <numerusform>および VXLAN トンネル %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> carrying %n network(s) (VNIs).</source>
        <translation>
            <numerusform> で、%n 個のネットワーク（VNI）を運びます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every command below is the one OverlayStudio runs; each is safe to run again.</source>
        <translation>以下のコマンドはすべて OverlayStudio が実行するものと同じで、何度実行しても安全です。</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジ</translation>
    </message>
    <message>
        <source>Topology %1</source>
        <translation>トポロジ %1</translation>
    </message>
    <message>
        <source>The diagram as a drawing: [%1](%2).</source>
        <translation>図の画像: [%1](%2)。</translation>
    </message>
    <message>
        <source>%1 (gateway %2 on %3)</source>
        <translation>%1（ゲートウェイ %2、%3 上）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Underlay (VTEP)</source>
        <translation>アンダーレイ（VTEP）</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>(this host only)</source>
        <translation>（このホストのみ）</translation>
    </message>
    <message>
        <source>The networks: bridges joined by VXLAN tunnels form one layer-2 network, named by its VNI. Networks are isolated from each other unless the design routes between them.</source>
        <translation>ネットワーク: VXLAN トンネルで結ばれたブリッジは 1 つのレイヤー 2 ネットワークを形成し、その VNI で呼ばれます。設計でネットワーク間のルーティングを指定しない限り、ネットワーク同士は分離されています。</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Linux hosts that reach each other over IP: %1%2.</source>
        <translation>IP で互いに到達できる Linux ホスト: %1%2。</translation>
    </message>
    <message>
        <source>, with UDP port %1 open between them</source>
        <translation>、ホスト間で UDP ポート %1 が開いていること</translation>
    </message>
    <message>
        <source>On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and %6.</source>
        <translation>すべてのホストに: Docker（%1）、Open vSwitch（%2。%3 と %4 を含む）、%5、%6。</translation>
    </message>
    <message>
        <source>A shell as root on each host (%1): every command below runs as root.</source>
        <translation>各ホストの root シェル（%1）: 以下のコマンドはすべて root で実行します。</translation>
    </message>
    <message>
        <source>The container image(s) %1 on the hosts that run containers (%2, or build them).</source>
        <translation>コンテナを実行するホストにコンテナイメージ %1（%2、またはビルドしてください）。</translation>
    </message>
    <message>
        <source>Hosts without the Open vSwitch kernel module use its userspace datapath (%1), as the design says for them; their underlay address must sit on an OVS bridge holding the NIC.</source>
        <translation>Open vSwitch のカーネルモジュールがないホストは、設計の指定どおりユーザー空間データパス（%1）を使います。そのアンダーレイアドレスは、NIC を収容する OVS ブリッジ上に置く必要があります。</translation>
    </message>
    <message>
        <source>Step %1: build %2</source>
        <translation>ステップ %1: %2 を構築する</translation>
    </message>
    <message>
        <source>Nothing to do on %1: it has no bridges or containers.</source>
        <translation>%1 では何もする必要はありません: ブリッジもコンテナもありません。</translation>
    </message>
    <message>
        <source>On %1, as root, in this order:</source>
        <translation>%1 で、root として次の順序で実行します:</translation>
    </message>
    <message>
        <source>Step %1: test it</source>
        <translation>ステップ %1: テストする</translation>
    </message>
    <message>
        <source>There are no two containers plugged into bridges to ping between.</source>
        <translation>ブリッジに接続されたコンテナが 2 つないため、ping を行えません。</translation>
    </message>
    <message>
        <source>Ping from each container to the others. Within a network (one VNI) the pings must get replies; between networks they must fail: each VNI is its own isolated network, unless the design routes between them.</source>
        <translation>各コンテナから他のコンテナへ ping します。同じネットワーク（同じ VNI）内では応答が返る必要があり、ネットワーク間では失敗する必要があります: 設計でルーティングしない限り、各 VNI はそれぞれ分離されたネットワークです。</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Run on</source>
        <translation>実行場所</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待される結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>On %1, these must get replies:</source>
        <translation>%1 で、次の ping は応答が返る必要があります:</translation>
    </message>
    <message>
        <source>On %1, these must fail (100% packet loss):</source>
        <translation>%1 で、次の ping は失敗する必要があります（100% パケット損失）:</translation>
    </message>
    <message>
        <source>same host, switched by its bridge</source>
        <translation>同じホスト、そのブリッジでスイッチング</translation>
    </message>
    <message>
        <source>VNI %1 via %2</source>
        <translation>VNI %1、%2 経由</translation>
    </message>
    <message>
        <source>routed by the design, then %1</source>
        <translation>設計によりルーティング、その後 %1</translation>
    </message>
    <message>
        <source>same network, %1</source>
        <translation>同じネットワーク、%1</translation>
    </message>
    <message>
        <source>The MTU check</source>
        <translation>MTU の確認</translation>
    </message>
    <message>
        <source>VXLAN adds %1 bytes to every frame: %2. So the containers' packets may be at most %3 bytes, and the bridges and containers here use MTU %4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that must not be fragmented passes; one byte more is refused.</source>
        <translation>VXLAN はすべてのフレームに %1 バイトを追加します: %2。そのため、コンテナのパケットは最大 %3 バイトで、ここでのブリッジとコンテナは MTU %4 を使います。フラグメント禁止で %5 バイトのデータ（ICMP の 8 バイトと IP の 20 バイトを加えて %4）を送る ping は通り、1 バイト増やすと拒否されます。</translation>
    </message>
    <message>
        <source>The first prints %1, the second gets a reply, the third fails with "message too long". (%2 needs iputils ping; BusyBox's ping has no %2.)</source>
        <translation>1 つ目は %1 を出力し、2 つ目は応答を受け取り、3 つ目は "message too long" で失敗します。（%2 には iputils の ping が必要です。BusyBox の ping には %2 がありません。）</translation>
    </message>
    <message>
        <source>Step %1: what a ping looks like on the wire</source>
        <translation>ステップ %1: ping は回線上でどう見えるか</translation>
    </message>
    <message>
        <source>One echo request from %1 to %2 (%3), step by step:</source>
        <translation>%1 から %2（%3）への 1 つのエコー要求を、順を追って説明します:</translation>
    </message>
    <message>
        <source>On the underlay between %1 and %2 the frame has these headers (see them for real with %3 on %1):</source>
        <translation>%1 と %2 の間のアンダーレイでは、フレームに次のヘッダーが付きます（%1 で %3 を使うと実際に確認できます）:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Step %1: remove it all</source>
        <translation>ステップ %1: すべて削除する</translation>
    </message>
    <message>
        <source>On each host, as root: this removes the containers, firewall rules and bridges this topology made, and nothing else (each is checked for the topology's tag first).</source>
        <translation>各ホストで root として実行します: このトポロジが作成したコンテナ、ファイアウォールルール、ブリッジを削除し、それ以外は削除しません（それぞれ、先にトポロジのタグを確認します）。</translation>
    </message>
</context>
<context>
    <name>studio::LabGuideExport</name>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>作成できません。</translation>
    </message>
</context>
<context>
    <name>studio::LabLauncher</name>
    <message>
        <source>Looking for a local lab...</source>
        <translation>ローカルラボを探しています...</translation>
    </message>
    <message>
        <source>Local Lab</source>
        <translation>ローカルラボ</translation>
    </message>
    <message>
        <source>a lab is up, but %1.</source>
        <translation>ラボは起動していますが、%1。</translation>
    </message>
    <message>
        <source>it has fewer than %1 hosts</source>
        <translation>ホストが %1 台未満です</translation>
    </message>
    <message>
        <source>these hosts do not work: %1</source>
        <translation>次のホストが動作していません: %1</translation>
    </message>
    <message>
        <source>Take it down with '%1' and try again.</source>
        <translation>'%1' で停止してから、もう一度試してください。</translation>
    </message>
    <message numerus="yes">
        <source>The local lab was already up: %n host(s).</source>
        <translation>
            <numerusform>ローカルラボはすでに起動しています: ホスト %n 台。</numerusform>
        </translation>
    </message>
    <message>
        <source>The local lab is up: %1.</source>
        <translation>ローカルラボが起動しました: %1。</translation>
    </message>
    <message>
        <source>Cannot start the local lab</source>
        <translation>ローカルラボを起動できません</translation>
    </message>
    <message>
        <source>The example made for it is open. Deploy it to the lab now?</source>
        <translation>ラボ用のサンプルを開きました。今すぐラボにデプロイしますか？</translation>
    </message>
    <message>
        <source>When you are done, Deploy &gt; Destroy removes what it made, and '%1' takes the lab down.</source>
        <translation>終わったら、「デプロイ &gt; 破棄」で作成したものを削除し、'%1' でラボを停止します。</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>The Local Lab Needs Root</source>
        <translation>ローカルラボには root 権限が必要です</translation>
    </message>
    <message>
        <source>The local lab simulates hosts on this machine: it creates network namespaces, starts Open vSwitch and an SSH server for each host and adds a firewall rule. That needs root, and OverlayStudio runs as a normal user.</source>
        <translation>ローカルラボはこのマシン上でホストをシミュレートします: ネットワーク名前空間を作成し、ホストごとに Open vSwitch と SSH サーバーを起動し、ファイアウォールルールを追加します。これには root 権限が必要ですが、OverlayStudio は一般ユーザーとして実行されています。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start a two-host lab in a terminal:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;then open the example made for it (Help &amp;gt; Open Example &amp;gt; Two Hosts on the Local Lab) and deploy it with Deploy &amp;gt; Apply. When you are done:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;ターミナルで 2 台のホストのラボを起動します:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;次に、ラボ用のサンプル（ヘルプ &amp;gt; サンプルを開く &amp;gt; ローカルラボ上の 2 台のホスト）を開き、「デプロイ &amp;gt; 適用」でデプロイします。終わったら:&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the Lab Example</source>
        <translation>ラボのサンプルを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>studio::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>システムの言語(&amp;S)（%1）</translation>
    </message>
</context>
<context>
    <name>studio::LocalCommand</name>
    <message>
        <source>could not start: %1.</source>
        <translation>起動できませんでした: %1。</translation>
    </message>
    <message>
        <source>Install the program (see .ci/install-deps.sh).</source>
        <translation>プログラムをインストールしてください（.ci/install-deps.sh を参照）。</translation>
    </message>
    <message>
        <source>did not finish within %1 s.</source>
        <translation>%1 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <source>failed with exit code %1: %2</source>
        <translation>終了コード %1 で失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>studio::LocalImageStream</name>
    <message>
        <source>image %1 on this machine</source>
        <translation>このマシン上のイメージ %1</translation>
    </message>
    <message>
        <source>Check that Docker runs here and that "docker image ls" lists the image.</source>
        <translation>ここで Docker が動いていて、「docker image ls」にイメージが表示されることを確認してください。</translation>
    </message>
    <message>
        <source>docker cannot be started here: %1</source>
        <translation>ここで docker を起動できません: %1</translation>
    </message>
    <message>
        <source>this machine does not have it (%1).</source>
        <translation>このマシンにはありません (%1)。</translation>
    </message>
    <message>
        <source>docker save cannot be started: %1</source>
        <translation>docker save を起動できません: %1</translation>
    </message>
    <message>
        <source>gzip cannot be started: %1</source>
        <translation>gzip を起動できません: %1</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>取り消されました。</translation>
    </message>
    <message>
        <source>docker save produced nothing for 5 minutes.</source>
        <translation>docker save が 5 分間何も出力していません。</translation>
    </message>
    <message>
        <source>docker save failed: %1</source>
        <translation>docker save が失敗しました: %1</translation>
    </message>
    <message>
        <source>gzip failed: %1</source>
        <translation>gzip が失敗しました: %1</translation>
    </message>
    <message>
        <source>docker image inspect gave no image ID (%1).</source>
        <translation>docker image inspect からイメージ ID が得られませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>studio::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>構造</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた状態&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty topology</source>
        <translation>新しい空のトポロジを作成します</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>トポロジファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the topology</source>
        <translation>トポロジを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>画像をエクスポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>Export &amp;Plan...</source>
        <translation>プランをエクスポート(&amp;P)...</translation>
    </message>
    <message>
        <source>Export the per-host scripts to</source>
        <translation>ホストごとのスクリプトのエクスポート先</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>グリッドに吸着(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Add &amp;Host Here</source>
        <translation>ここにホストを追加(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;Bridge Here</source>
        <translation>ここにブリッジを追加(&amp;B)</translation>
    </message>
    <message>
        <source>Add C&amp;ontainer Here</source>
        <translation>ここにコンテナを追加(&amp;O)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>図を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>プランをエクスポートできません</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n script(s) to %1</source>
        <translation>
            <numerusform>%n 個のスクリプトを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] - OverlayStudio</source>
        <translation>%1[*] - OverlayStudio</translation>
    </message>
    <message>
        <source>%1: %2 hosts, %3 bridges, %4 containers, %5 links; %6 errors, %7 warnings</source>
        <translation>%1: ホスト %2、ブリッジ %3、コンテナ %4、リンク %5、エラー %6、警告 %7</translation>
    </message>
    <message>
        <source>&amp;Images…</source>
        <translation>イメージ(&amp;I)…</translation>
    </message>
    <message>
        <source>How hosts that lack an image get it: pull, build or copy</source>
        <translation>イメージのないホストがそれを入手する方法: 取得、ビルド、またはコピー</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>監視</translation>
    </message>
</context>
<context>
    <name>studio::Monitor</name>
    <message>
        <source>is already being monitored.</source>
        <translation>すでに監視中です。</translation>
    </message>
    <message>
        <source>Stop monitoring first.</source>
        <translation>先に監視を停止してください。</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>must be from 0.2 to 60 seconds, not %1.</source>
        <translation>0.2〜60 秒の範囲で指定してください（%1 は範囲外です）。</translation>
    </message>
    <message>
        <source>Fix the topology's errors first: only a valid topology can be deployed and monitored.</source>
        <translation>先にトポロジのエラーを修正してください: デプロイと監視ができるのは有効なトポロジだけです。</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCli</name>
    <message>
        <source>Seconds between samples (0.2 to 60).</source>
        <translation>サンプル間の秒数（0.2〜60）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Stop after this many intervals (default: run until Ctrl+C).</source>
        <translation>この回数の間隔の後に停止します（既定: Ctrl+C まで実行）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクト。</translation>
    </message>
    <message>
        <source>CSV with a header line.</source>
        <translation>ヘッダー行付きの CSV。</translation>
    </message>
    <message>
        <source>Cap on the container pairs pinged.</source>
        <translation>ping するコンテナペア数の上限。</translation>
    </message>
    <message>
        <source>known_hosts file to check host keys against.</source>
        <translation>ホスト鍵の照合に使う known_hosts ファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Trust host keys never seen before (changed keys are always refused).</source>
        <translation>初めて見るホスト鍵を信頼します（変更された鍵は常に拒否されます）。</translation>
    </message>
    <message>
        <source>The topology file.</source>
        <translation>トポロジファイル。</translation>
    </message>
    <message>
        <source>usage: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</source>
        <translation>使い方: overlaystudio-cli monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N] [--known-hosts FILE] [--accept-new-host-keys]</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is not known: %3 %4.%5</source>
        <translation>%1（%2）のホスト鍵は不明です: %3 %4。%5</translation>
    </message>
    <message>
        <source> Trusted (--accept-new-host-keys).</source>
        <translation> 信頼しました（--accept-new-host-keys）。</translation>
    </message>
    <message>
        <source> Not trusted: run 'status' or 'apply' once to confirm it, or pass --accept-new-host-keys.</source>
        <translation> 信頼されていません: 一度 'status' か 'apply' を実行して確認するか、--accept-new-host-keys を指定してください。</translation>
    </message>
    <message>
        <source>Monitoring %1: %2 host(s), %3 ping probe(s), every %4 s. Ctrl+C stops.</source>
        <translation>%1 を監視中: ホスト %2 台、ping プローブ %3 個、%4 秒ごと。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Stopping: ending the remote pings...</source>
        <translation>停止中: リモートの ping を終了しています...</translation>
    </message>
</context>
<context>
    <name>studio::MonitorCsv</name>
    <message>
        <source>could not be written: %1</source>
        <translation>書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Check the free space and choose a folder you may write to.</source>
        <translation>空き容量を確認し、書き込み可能なフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>studio::MonitorDock</name>
    <message>
        <source>Monitor</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Monitor tools</source>
        <translation>監視ツール</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop drawing new samples (recording goes on); press again to catch up</source>
        <translation>新しいサンプルの描画を止めます（記録は続きます）。もう一度押すと追いつきます</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest samples in view (zooming or panning a graph stops following; End or a double click on a graph comes back)</source>
        <translation>最新のサンプルを表示し続けます（グラフを拡大・移動すると追従が止まります。End キーかグラフのダブルクリックで戻ります）</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>時間範囲(&amp;W):</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>時間範囲</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Throughput in:</source>
        <translation>スループット単位(&amp;T):</translation>
    </message>
    <message>
        <source>Throughput unit</source>
        <translation>スループットの単位</translation>
    </message>
    <message>
        <source>bits/s</source>
        <translation>ビット/秒</translation>
    </message>
    <message>
        <source>packets/s</source>
        <translation>パケット/秒</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Recorded Samples as &amp;CSV...</source>
        <translation>記録したサンプルを CSV で(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Round-Trip Graph as PNG or SVG...</source>
        <translation>往復時間のグラフを PNG または SVG で(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Bit Rate Graph as PNG or SVG...</source>
        <translation>ビットレートのグラフを PNG または SVG で(&amp;B)...</translation>
    </message>
    <message>
        <source>P&amp;acket Rate Graph as PNG or SVG...</source>
        <translation>パケットレートのグラフを PNG または SVG で(&amp;A)...</translation>
    </message>
    <message>
        <source>Monitoring state</source>
        <translation>監視の状態</translation>
    </message>
    <message>
        <source>Problems found by monitoring</source>
        <translation>監視で見つかった問題</translation>
    </message>
    <message>
        <source>What the graphs show</source>
        <translation>グラフの内容</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>すべて表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show all graphs</source>
        <translation>すべてのグラフを表示</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>往復時間</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>Monitoring.</source>
        <translation>監視中。</translation>
    </message>
    <message>
        <source>Not monitoring. Apply the topology, then start monitoring (Deploy menu).</source>
        <translation>監視していません。トポロジを適用してから、監視を開始してください（「デプロイ」メニュー）。</translation>
    </message>
    <message>
        <source>Paused: samples are still recorded; press Pause again to draw them.</source>
        <translation>一時停止中: サンプルは記録されています。もう一度 「一時停止」を押すと描画されます。</translation>
    </message>
    <message>
        <source>Nothing is watched yet.</source>
        <translation>まだ何も監視していません。</translation>
    </message>
    <message>
        <source>Showing the ping %1 and the links it crosses.</source>
        <translation>ping %1 と、それが通るリンクを表示しています。</translation>
    </message>
    <message>
        <source>Showing every ping and link. Select a host, container or link on the canvas to see its own graphs.</source>
        <translation>すべての ping とリンクを表示しています。キャンバスでホスト、コンテナ、リンクを選択すると、それぞれのグラフを表示できます。</translation>
    </message>
    <message>
        <source>an object added after monitoring began</source>
        <translation>監視開始後に追加されたオブジェクト</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>%1 を表示しています。</translation>
    </message>
    <message>
        <source>No graphs for %1 yet.</source>
        <translation>%1 のグラフはまだありません。</translation>
    </message>
    <message>
        <source>Median round trip: %1 through the tunnel, %2 on the underlay beneath it (the tunnel adds %3).</source>
        <translation>往復時間の中央値: トンネル経由で %1、その下のアンダーレイで %2（トンネルによる増加は %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation>
            <numerusform>%n 件の問題: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the table)</source>
        <translation>
            <numerusform>（ほか %n 件は表に表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>何も記録されていません。</translation>
    </message>
    <message>
        <source>Start monitoring first.</source>
        <translation>先に監視を開始してください。</translation>
    </message>
    <message>
        <source>Export Recorded Samples</source>
        <translation>記録したサンプルのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>The longest time the graphs show while following; a shorter recording fills them from its start</source>
        <translation>追従中にグラフが表示する最長の時間。それより短い記録は開始時点からグラフを埋めます</translation>
    </message>
</context>
<context>
    <name>studio::MonitorPlot</name>
    <message>
        <source>no reply</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1
%2  %3</source>
        <translation>%1
%2  %3</translation>
    </message>
    <message>
        <source>Graph recorded by OverlayStudio</source>
        <translation>OverlayStudio で記録したグラフ</translation>
    </message>
    <message>
        <source>could not be written.</source>
        <translation>書き込めませんでした。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, and a .png or .svg name.</source>
        <translation>書き込み可能なフォルダーと、.png または .svg のファイル名を選んでください。</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStatusTree</name>
    <message>
        <source>Monitored objects</source>
        <translation>監視対象のオブジェクト</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>A probe's last round-trip time; a link's or container's current rates (→ sent, ← received)</source>
        <translation>プローブの直近の往復時間。リンクまたはコンテナの現在のレート（→ 送信、← 受信）</translation>
    </message>
    <message>
        <source>90% of the round trips were at most this long</source>
        <translation>往復の 90% がこの時間以内でした</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>VNI %1: %2</source>
        <translation>VNI %1: %2</translation>
    </message>
    <message>
        <source>Pings</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Ping between the hosts' underlay addresses: what the tunnels ride on</source>
        <translation>ホストのアンダーレイアドレス間の ping: トンネルが通る土台です</translation>
    </message>
    <message>
        <source>Ping from %1 to %2 through the overlay</source>
        <translation>オーバーレイ経由の %1 から %2 への ping</translation>
    </message>
    <message>
        <source>host key refused</source>
        <translation>ホスト鍵が拒否されました</translation>
    </message>
    <message numerus="yes">
        <source>%n lost of %1 pings in the window</source>
        <translation>
            <numerusform>時間範囲内の ping %1 回のうち %n 回が損失</numerusform>
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
        <translation>→ %1、%2
← %3、%4</translation>
    </message>
</context>
<context>
    <name>studio::MonitorStore</name>
    <message>
        <source>%1 is unreachable.</source>
        <translation>%1 に到達できません。</translation>
    </message>
    <message>
        <source>Unknown: %1 is unreachable.</source>
        <translation>不明: %1 に到達できません。</translation>
    </message>
    <message>
        <source>%1 has no bridge %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 にブリッジ %2 がありません: トポロジがそこに適用されていません。先に適用してください。</translation>
    </message>
    <message>
        <source>%1 runs but has no port on its bridge (it was restarted after the apply?). Apply the topology again.</source>
        <translation>%1 は実行中ですが、ブリッジ上にポートがありません（適用後に再起動されましたか？）。トポロジをもう一度適用してください。</translation>
    </message>
    <message>
        <source>%1 on %2 is not running (%3).</source>
        <translation>%2 上の %1 は実行されていません（%3）。</translation>
    </message>
    <message>
        <source>%1 does not exist on %2: the topology is not applied there. Apply it first.</source>
        <translation>%1 は %2 に存在しません: トポロジがそこに適用されていません。先に適用してください。</translation>
    </message>
    <message>
        <source>%1: the ping stopped: %2</source>
        <translation>%1: ping が停止しました: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer to the last %2 pings.</source>
        <translation>%1: 直近 %2 回の ping に応答がありません。</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 pings lost.</source>
        <translation>%1: 直近 %3 回の ping のうち %2 回が失われました。</translation>
    </message>
</context>
<context>
    <name>studio::MonitoringController</name>
    <message>
        <source>Monitoring the topology as it was when monitoring started; the design has changed since. Apply it and monitoring restarts.</source>
        <translation>監視開始時点のトポロジを監視しています。その後、設計が変更されました。適用すると監視が再開されます。</translation>
    </message>
    <message>
        <source>Start &amp;Monitoring</source>
        <translation>監視を開始(&amp;M)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <comment>toolbar button: start monitoring</comment>
        <translation>監視</translation>
    </message>
    <message>
        <source>Watch the deployed topology: pings between containers and hosts, traffic on every link and container, the state of every object</source>
        <translation>デプロイ済みのトポロジを監視します: コンテナ間とホスト間の ping、すべてのリンクとコンテナのトラフィック、すべてのオブジェクトの状態</translation>
    </message>
    <message>
        <source>Stop M&amp;onitoring</source>
        <translation>監視を停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>toolbar button: stop monitoring</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the pings and counter reads on every host</source>
        <translation>すべてのホストで ping とカウンターの読み取りを停止します</translation>
    </message>
    <message>
        <source>Monitor After &amp;Apply</source>
        <translation>適用後に監視(&amp;A)</translation>
    </message>
    <message>
        <source>Start monitoring by itself after every successful Apply</source>
        <translation>適用が成功するたびに自動的に監視を開始します</translation>
    </message>
    <message>
        <source>There is nothing to monitor: the topology has no hosts.</source>
        <translation>監視するものがありません: トポロジにホストがありません。</translation>
    </message>
    <message>
        <source>Cannot monitor: %1</source>
        <translation>監視できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 since %2: %n ping(s) every %3 s.</source>
        <translation>
            <numerusform>%2 から %1 を監視中: %3 秒ごとに %n 件の ping。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring %1.</source>
        <translation>%1 を監視中。</translation>
    </message>
    <message>
        <source>Stopping the probes on every host...</source>
        <translation>すべてのホストでプローブを停止中...</translation>
    </message>
    <message>
        <source>Now: %1 from %2, %3 from %4</source>
        <translation>現在: %2 から %1、%4 から %3</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Monitoring stopped at %1. What was recorded stays here until the next start; export it from the Export menu.</source>
        <translation>%1 に監視を停止しました。記録した内容は次回の開始まで保持されます。「エクスポート」メニューからエクスポートできます。</translation>
    </message>
</context>
<context>
    <name>studio::NameRules</name>
    <message>
        <source>contains a space</source>
        <translation>には空白が含まれています</translation>
    </message>
    <message>
        <source>contains '%1'</source>
        <translation>には '%1' が含まれています</translation>
    </message>
    <message>
        <source>contains the character U+%1</source>
        <translation>には文字 U+%1 が含まれています</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>は空です</translation>
    </message>
    <message>
        <source>; use only letters, digits, '_', '.' and '-'</source>
        <translation>。英字、数字、'_'、'.'、'-' のみを使用してください</translation>
    </message>
    <message>
        <source>is %1 characters long; %2 allows at most %3</source>
        <translation>は %1 文字です。%2 では最大 %3 文字です</translation>
    </message>
    <message>
        <source>is too short; %1 needs at least %2 characters</source>
        <translation>は短すぎます。%1 では少なくとも %2 文字必要です</translation>
    </message>
    <message>
        <source>starts with '%1'; start with a letter or digit</source>
        <translation>は '%1' で始まっています。英字または数字で始めてください</translation>
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
        <translation>は %1 文字です。Docker では最大 255 文字です</translation>
    </message>
    <message>
        <source>; an image is written like ubuntu:v1 or registry:5000/team/app:1.2</source>
        <translation>。イメージは ubuntu:v1 や registry:5000/team/app:1.2 のように記述します</translation>
    </message>
    <message>
        <source>is not a Docker image reference; write it like ubuntu:v1 (lower-case name, optional :tag)</source>
        <translation>は Docker イメージ参照ではありません。ubuntu:v1 のように記述してください（小文字の名前、:tag は任意）</translation>
    </message>
    <message>
        <source>is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', starting with a letter</source>
        <translation>は有効なユーザー名ではありません。英字で始まる 32 文字以内の小文字英字、数字、'_'、'-' を使用してください</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)</source>
        <translation>は有効な IPv4 アドレスではありません（0〜255 の 4 つの数値。例: 192.168.0.8）</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>は有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>is neither an IP address nor a host name</source>
        <translation>は IP アドレスでもホスト名でもありません</translation>
    </message>
</context>
<context>
    <name>studio::PacketPath</name>
    <message>
        <source>is not plugged into a bridge, so no packet can leave or reach it.</source>
        <translation>ブリッジに接続されていないため、パケットを送受信できません。</translation>
    </message>
    <message>
        <source>Connect the container to a bridge.</source>
        <translation>コンテナをブリッジに接続してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 sends on %2</source>
        <translation>%1 が %2 から送信</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is inside %4, the network of its interface %5, so it is on-link: %1 asks for its MAC address with ARP and sends the frame straight to it, out of %5 (MTU %6).</source>
        <translation>%1（%2）が %3 に ping します。%3 はインターフェース %5 のネットワーク %4 内にあるため、オンリンクです: %1 は ARP で MAC アドレスを問い合わせ、フレームを %5（MTU %6）から直接送ります。</translation>
    </message>
    <message>
        <source>the frame for %1</source>
        <translation>%1 宛てのフレーム</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>ゲートウェイ %1</translation>
    </message>
    <message>
        <source>%1 sends to its gateway</source>
        <translation>%1 がゲートウェイへ送信</translation>
    </message>
    <message>
        <source>%1 (%2) pings %3. %3 is outside %4, the network of its interface %5, so its default route sends the packet to gateway %6: the frame goes to the gateway's MAC address (learned with ARP), out of %5 (MTU %7).</source>
        <translation>%1（%2）が %3 に ping します。%3 はインターフェース %5 のネットワーク %4 の外にあるため、デフォルトルートによりパケットはゲートウェイ %6 へ送られます: フレームはゲートウェイの MAC アドレス（ARP で取得）宛てに %5（MTU %7）から送信されます。</translation>
    </message>
    <message>
        <source>No gateway answers</source>
        <translation>ゲートウェイが応答しない</translation>
    </message>
    <message>
        <source>No bridge of %1's network has the gateway address %2: its ARP request goes unanswered and the packet is never sent.</source>
        <translation>%1 のネットワークのどのブリッジもゲートウェイアドレス %2 を持っていません: ARP 要求に応答がなく、パケットは送信されません。</translation>
    </message>
    <message>
        <source>Set %1's gateway to the gateway address of its bridge.</source>
        <translation>%1 のゲートウェイを、そのブリッジのゲートウェイアドレスに設定してください。</translation>
    </message>
    <message>
        <source>the frame for gateway %1</source>
        <translation>ゲートウェイ %1 宛てのフレーム</translation>
    </message>
    <message>
        <source>%1 takes it in on %2</source>
        <translation>%1 が %2 で受信</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack. %4 finds %5 in %6, the network of its bridge %7, and would forward it out of %8.</source>
        <translation>%2 のゲートウェイポート %1（%3）がパケットを %4 の IP スタックに渡します。%4 はブリッジ %7 のネットワーク %6 に %5 を見つけ、%8 から転送します。</translation>
    </message>
    <message>
        <source>The gateway port %1 of %2 (%3) hands the packet to %4's IP stack, which looks for a route to %5.</source>
        <translation>%2 のゲートウェイポート %1（%3）がパケットを %4 の IP スタックに渡し、%5 へのルートを探します。</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2. Its default route would send the packet out to the underlay, masqueraded by the NAT of %3, where nobody knows %2: it is lost.</source>
        <translation>%1 には %2 を含むネットワークがありません。デフォルトルートによりパケットは %3 の NAT でマスカレードされてアンダーレイに送られますが、そこでは誰も %2 を知らないため、失われます。</translation>
    </message>
    <message>
        <source>%1 has no network that holds %2 and no route to it: the packet is dropped.</source>
        <translation>%1 には %2 を含むネットワークも、そこへのルートもありません: パケットは破棄されます。</translation>
    </message>
    <message>
        <source>No route on %1</source>
        <translation>%1 にルートがない</translation>
    </message>
    <message>
        <source>Put both containers on one network (the same VNI), or give %1 a bridge in %2's network and set routing on both bridges.</source>
        <translation>両方のコンテナを 1 つのネットワーク（同じ VNI）に置くか、%1 に %2 のネットワーク内のブリッジを追加し、両方のブリッジでルーティングを設定してください。</translation>
    </message>
    <message>
        <source>Isolation of %1 drops it</source>
        <translation>%1 の分離ルールにより破棄</translation>
    </message>
    <message>
        <source>The isolation rule of %1 on %2 (mangle table, FORWARD: out of %3 and not a reply) drops it. The networks are isolated%4, and the design does not route between %5 and %1.</source>
        <translation>%2 上の %1 の分離ルール（mangle テーブル、FORWARD: %3 から出て応答ではないもの）により破棄されます。ネットワークは分離されており%4、設計では %5 と %1 の間をルーティングしていません。</translation>
    </message>
    <message>
        <source>: the VNIs differ (%1 and %2)</source>
        <translation>（VNI が異なります: %1 と %2）</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 of %3 (and on every host that has both networks), or put the containers on the same VNI.</source>
        <translation>%3 の %1 と %2 で（および両方のネットワークを持つすべてのホストで）ルーティングを設定するか、コンテナを同じ VNI に置いてください。</translation>
    </message>
    <message>
        <source>%1 routes it out of %2</source>
        <translation>%1 が %2 へルーティング</translation>
    </message>
    <message>
        <source>Routing between %1 and %2 is part of the design: the rule that lets %3 into %4 comes before the isolation rule. The TTL drops to 63 and the frame leaves %4 with the gateway port's MAC address as its source.</source>
        <translation>%1 と %2 の間のルーティングは設計の一部です: %3 から %4 への通過を許可するルールが分離ルールより前にあります。TTL は 63 に減り、フレームはゲートウェイポートの MAC アドレスを送信元として %4 から出ていきます。</translation>
    </message>
    <message>
        <source>%1 receives it on %2</source>
        <translation>%1 が %2 で受信</translation>
    </message>
    <message>
        <source>%1 switches the frame to %2's port; %2 (%3) receives the echo request on %4 and answers it with an echo reply, which takes the way back.</source>
        <translation>%1 がフレームを %2 のポートへスイッチングし、%2（%3）は %4 でエコー要求を受け取ってエコー応答を返します。応答は同じ道を戻ります。</translation>
    </message>
    <message>
        <source>The echo request from %1 reaches %2.</source>
        <translation>%1 からのエコー要求が %2 に届きます。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>%1 takes in %2 and looks for where it should go.</source>
        <translation>%1 が %2 を受け取り、転送先を探します。</translation>
    </message>
    <message>
        <source>No link to %1</source>
        <translation>%1 へのリンクがない</translation>
    </message>
    <message>
        <source>No VXLAN link joins %1 to %2, so %3 never leaves %4: they are separate networks even though their addresses look alike.</source>
        <translation>%1 と %2 を結ぶ VXLAN リンクがないため、%3 は %4 から出ることはありません: アドレスが似ていても別々のネットワークです。</translation>
    </message>
    <message>
        <source>Link %1 and %2 with a VXLAN link (drag from one bridge's handle to the other).</source>
        <translation>%1 と %2 を VXLAN リンクで結んでください（一方のブリッジのハンドルからもう一方へドラッグします）。</translation>
    </message>
    <message>
        <source>%1 switches %2 from one of its ports to another: both ends are on this bridge, so the frame never leaves %3.</source>
        <translation>%1 は %2 をあるポートから別のポートへスイッチングします: 両端がこのブリッジ上にあるため、フレームは %3 から出ません。</translation>
    </message>
    <message>
        <source>Outer Ethernet</source>
        <translation>外側 Ethernet</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>送信元 MAC</translation>
    </message>
    <message>
        <source>%1's underlay interface</source>
        <translation>%1 のアンダーレイインターフェース</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>宛先 MAC</translation>
    </message>
    <message>
        <source>the next hop to %1</source>
        <translation>%1 へのネクストホップ</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>EtherType</translation>
    </message>
    <message>
        <source>Outer IPv6</source>
        <translation>外側 IPv6</translation>
    </message>
    <message>
        <source>Outer IPv4</source>
        <translation>外側 IPv4</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>ペイロード長</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>全長</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>送信元ポート</translation>
    </message>
    <message>
        <source>from a hash of the inner headers</source>
        <translation>内側ヘッダーのハッシュから算出</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>0x08 (VNI present)</source>
        <translation>0x08（VNI あり）</translation>
    </message>
    <message>
        <source>%1 takes in %2; the destination's MAC address is behind its VXLAN port %3 (it learned that from earlier frames, or floods the first one), so it sends the frame there.</source>
        <translation>%1 が %2 を受け取ります。宛先の MAC アドレスは VXLAN ポート %3 の先にある（以前のフレームから学習済み、または最初のフレームはフラッディング）ため、フレームをそこへ送ります。</translation>
    </message>
    <message>
        <source>%1 wraps it in VXLAN, VNI %2</source>
        <translation>%1 が VXLAN でカプセル化、VNI %2</translation>
    </message>
    <message>
        <source>The VXLAN port %1 (key=%2, remote_ip=%3) puts the whole Ethernet frame inside a UDP packet to %3, port %4, with VNI %2 in the VXLAN header: %5 bytes more. The MTU arithmetic: %6.</source>
        <translation>VXLAN ポート %1（key=%2、remote_ip=%3）は、Ethernet フレーム全体を %3 のポート %4 宛ての UDP パケットに入れ、VXLAN ヘッダーに VNI %2 を書き込みます: %5 バイト増えます。MTU の計算: %6。</translation>
    </message>
    <message>
        <source>The underlay carries it from %1 to %2</source>
        <translation>アンダーレイが %1 から %2 へ運ぶ</translation>
    </message>
    <message>
        <source>%1 sends the UDP packet from %2 to %3 like any other; the routers in between see only the outer headers.</source>
        <translation>%1 は UDP パケットを他のパケットと同じように %2 から %3 へ送ります。途中のルーターには外側のヘッダーしか見えません。</translation>
    </message>
    <message>
        <source>%1 on %2 unwraps it</source>
        <translation>%2 上の %1 がカプセル化を解除</translation>
    </message>
    <message>
        <source>On %1, UDP port %2 belongs to Open vSwitch. The packet comes from %3, the remote_ip of %4, with VNI %5, its key: %4 takes it, removes the outer headers and hands the original frame to %6.</source>
        <translation>%1 では UDP ポート %2 は Open vSwitch のものです。パケットは %4 の remote_ip である %3 から、その key である VNI %5 で届きます: %4 がそれを受け取り、外側のヘッダーを外して元のフレームを %6 に渡します。</translation>
    </message>
    <message>
        <source>MTU %1 is too large for this tunnel</source>
        <translation>MTU %1 はこのトンネルには大きすぎる</translation>
    </message>
    <message>
        <source>%1's MTU is %2, but the tunnel carries at most %3 bytes (%4): larger packets are lost. Lower the bridge's MTU to %3.</source>
        <translation>%1 の MTU は %2 ですが、トンネルが運べるのは最大 %3 バイト（%4）です: それより大きいパケットは失われます。ブリッジの MTU を %3 に下げてください。</translation>
    </message>
    <message>
        <source>%1 learns the sender's MAC address behind %2 and switches the frame on.</source>
        <translation>%1 は送信元の MAC アドレスが %2 の先にあることを学習し、フレームをスイッチングします。</translation>
    </message>
    <message>
        <source>Inner Ethernet</source>
        <translation>内側 Ethernet</translation>
    </message>
    <message>
        <source>Inner IPv4</source>
        <translation>内側 IPv4</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>ICMP エコー要求</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>8 (echo request)</source>
        <translation>8（エコー要求）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>シーケンス</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>ping's timestamp and pattern</source>
        <translation>ping のタイムスタンプとパターン</translation>
    </message>
    <message>
        <source>%1 %2 %3 = %4 (outer %5 %6 + UDP %7 + VXLAN %8 + inner Ethernet %9)</source>
        <translation>%1 %2 %3 = %4（外側 %5 %6 + UDP %7 + VXLAN %8 + 内側 Ethernet %9）</translation>
    </message>
    <message>
        <source>is not a container.</source>
        <translation>はコンテナではありません。</translation>
    </message>
    <message>
        <source>Choose two containers, or one VXLAN link.</source>
        <translation>コンテナを 2 つ、または VXLAN リンクを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>would ping itself; that never leaves it.</source>
        <translation>は自分自身に ping することになります。そのパケットは外に出ません。</translation>
    </message>
    <message>
        <source>Choose two different containers.</source>
        <translation>異なるコンテナを 2 つ選んでください。</translation>
    </message>
    <message>
        <source>the topology has errors, so its packets cannot be followed: %1</source>
        <translation>トポロジにエラーがあるため、パケットを追跡できません: %1</translation>
    </message>
    <message>
        <source>is not a VXLAN link.</source>
        <translation>は VXLAN リンクではありません。</translation>
    </message>
    <message>
        <source>Choose a link, or two containers.</source>
        <translation>リンクを 1 つ、またはコンテナを 2 つ選んでください。</translation>
    </message>
    <message>
        <source>has no container on %1 to send or receive a ping.</source>
        <translation>には、ping を送受信するコンテナが %1 上にありません。</translation>
    </message>
    <message>
        <source>Plug a container into each end's bridge.</source>
        <translation>両端のブリッジにそれぞれコンテナを接続してください。</translation>
    </message>
    <message>
        <source>the captured frame ends inside its %1 header.</source>
        <translation>キャプチャしたフレームが %1 ヘッダーの途中で終わっています。</translation>
    </message>
    <message>
        <source>Capture with a larger snap length (tcpdump -s 0).</source>
        <translation>より大きなスナップ長でキャプチャしてください（tcpdump -s 0）。</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Linux cooked header</source>
        <translation>Linux cooked ヘッダー</translation>
    </message>
    <message>
        <source>the capture's link type %1 is not Ethernet.</source>
        <translation>キャプチャのリンクタイプ %1 は Ethernet ではありません。</translation>
    </message>
    <message>
        <source>Capture on the underlay interface itself.</source>
        <translation>アンダーレイインターフェース自体でキャプチャしてください。</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (protocol %1).</source>
        <translation>キャプチャしたパケットは UDP ではありません（プロトコル %1）。</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>ホップリミット</translation>
    </message>
    <message>
        <source>the captured packet is not UDP (next header %1).</source>
        <translation>キャプチャしたパケットは UDP ではありません（次ヘッダー %1）。</translation>
    </message>
    <message>
        <source>the captured frame is not IP (EtherType %1).</source>
        <translation>キャプチャしたフレームは IP ではありません（EtherType %1）。</translation>
    </message>
    <message>
        <source>the UDP payload is not VXLAN (flags 0x%1, no VNI).</source>
        <translation>UDP ペイロードは VXLAN ではありません（フラグ 0x%1、VNI なし）。</translation>
    </message>
    <message>
        <source>0x%1 (VNI present)</source>
        <translation>0x%1（VNI あり）</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>ICMP エコー応答</translation>
    </message>
    <message>
        <source>0 (echo reply)</source>
        <translation>0（エコー応答）</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::PacketPathController</name>
    <message>
        <source>Save Capture</source>
        <translation>キャプチャの保存</translation>
    </message>
    <message>
        <source>Packet capture (*.pcap)</source>
        <translation>パケットキャプチャ (*.pcap)</translation>
    </message>
    <message>
        <source>Packet Path</source>
        <translation>パケット経路</translation>
    </message>
    <message>
        <source>Show &amp;Packet Path</source>
        <translation>パケット経路を表示(&amp;P)</translation>
    </message>
    <message>
        <source>Follow one ping between the selected containers (or across the selected link): every hop, header and byte</source>
        <translation>選択したコンテナ間（または選択したリンク越し）の 1 回の ping を追跡します: すべてのホップ、ヘッダー、バイト</translation>
    </message>
    <message>
        <source>Capturing on %1: tcpdump on its underlay, then one ping from %2 to %3...</source>
        <translation>%1 でキャプチャ中: アンダーレイで tcpdump を実行し、%2 から %3 へ ping を 1 回送ります...</translation>
    </message>
    <message>
        <source>Cannot save the capture</source>
        <translation>キャプチャを保存できません</translation>
    </message>
    <message>
        <source>Saved the captured packet to %1 (open it with Wireshark).</source>
        <translation>キャプチャしたパケットを %1 に保存しました（Wireshark で開けます）。</translation>
    </message>
</context>
<context>
    <name>studio::PacketPathView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>送信元(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>宛先(&amp;O):</translation>
    </message>
    <message>
        <source>From container</source>
        <translation>送信元コンテナ</translation>
    </message>
    <message>
        <source>To container</source>
        <translation>宛先コンテナ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <source>MTU arithmetic</source>
        <translation>MTU の計算</translation>
    </message>
    <message>
        <source>Headers on the wire</source>
        <translation>回線上のヘッダー</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>キャプチャ結果</translation>
    </message>
    <message>
        <source>&amp;Capture a Ping</source>
        <translation>ping をキャプチャ(&amp;C)</translation>
    </message>
    <message>
        <source>On the deployed topology: send one ping and catch it on the underlay with tcpdump</source>
        <translation>デプロイ済みのトポロジで: ping を 1 回送り、アンダーレイで tcpdump を使ってキャプチャします</translation>
    </message>
    <message>
        <source>Save Capt&amp;ure...</source>
        <translation>キャプチャを保存(&amp;U)...</translation>
    </message>
    <message>
        <source>Save the captured packet as a .pcap file Wireshark opens</source>
        <translation>キャプチャしたパケットを、Wireshark で開ける .pcap ファイルとして保存します</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>Choose two containers, or select them (or a link) on the canvas and use Show Packet Path.</source>
        <translation>コンテナを 2 つ選ぶか、キャンバスでそれら（またはリンク）を選択して「パケット経路を表示」を使ってください。</translation>
    </message>
    <message>
        <source>Dropped: %1 %2</source>
        <translation>破棄: %1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;MTU:&lt;/b&gt; %1. The bridges use MTU %2%3.</source>
        <translation>&lt;b&gt;MTU:&lt;/b&gt; %1。ブリッジは MTU %2 を使います%3。</translation>
    </message>
    <message>
        <source>, which fits</source>
        <translation>（収まります）</translation>
    </message>
    <message>
        <source>, which does NOT fit</source>
        <translation>（収まりません）</translation>
    </message>
    <message>
        <source>No tunnel: the frame stays on one host, so VXLAN adds nothing and the bridge's MTU is all there is.</source>
        <translation>トンネルなし: フレームは 1 台のホスト内にとどまるため、VXLAN による追加はなく、ブリッジの MTU だけが関係します。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s)</source>
        <translation>
            <numerusform>%1: %n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture failed: %1</source>
        <translation>キャプチャに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the topology deployed?</source>
        <translation>
            <numerusform>%2 の %1 での tcpdump は %n 個のパケットを捕捉しましたが、%3 宛てのエコー要求%4 はありませんでした。トポロジはデプロイされていますか?</numerusform>
        </translation>
    </message>
    <message>
        <source> (the ping got no reply)</source>
        <translation> （ping に応答がありませんでした）</translation>
    </message>
    <message>
        <source>Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; the design says %8%9). The ping %10.</source>
        <translation>%2 の %1 でキャプチャ: %3 から %4、UDP %5 → %6、VNI %7（パケットから取得。設計では %8%9）。ping は%10。</translation>
    </message>
    <message>
        <source>: they differ!</source>
        <translation>: 異なります!</translation>
    </message>
    <message>
        <source>got its reply</source>
        <translation>応答を受け取りました</translation>
    </message>
    <message>
        <source>got no reply</source>
        <translation>応答を受け取りませんでした</translation>
    </message>
</context>
<context>
    <name>studio::PaletteInserter</name>
    <message>
        <source>Select a host first: bridges and containers are added inside the selected host.</source>
        <translation>先にホストを選択してください: ブリッジとコンテナは選択したホスト内に追加されます。</translation>
    </message>
</context>
<context>
    <name>studio::PaletteWidget</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>A machine running Open vSwitch and Docker; drop it anywhere.</source>
        <translation>Open vSwitch と Docker が動作するマシン。どこにでもドロップできます。</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>An Open vSwitch bridge with a gateway port; drop it inside a host.</source>
        <translation>ゲートウェイポートを持つ Open vSwitch ブリッジ。ホスト内にドロップします。</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>A Docker container; drop it inside a host, then connect it to a bridge.</source>
        <translation>Docker コンテナ。ホスト内にドロップしてから、ブリッジに接続します。</translation>
    </message>
    <message>
        <source>Enter adds one in the middle of the canvas.</source>
        <translation>Enter キーでキャンバスの中央に追加します。</translation>
    </message>
    <message>
        <source>Enter adds one inside the selected host.</source>
        <translation>Enter キーで選択したホスト内に追加します。</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
</context>
<context>
    <name>studio::PanelsMenu</name>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>次のパネル(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>前のパネル(&amp;P)</translation>
    </message>
</context>
<context>
    <name>studio::PcapFile</name>
    <message>
        <source>is not a capture file: %1 bytes, less than a pcap header.</source>
        <translation>キャプチャファイルではありません: %1 バイトで、pcap ヘッダーより短いです。</translation>
    </message>
    <message>
        <source>Capture again.</source>
        <translation>もう一度キャプチャしてください。</translation>
    </message>
    <message>
        <source>is not a pcap file (magic number 0x%1).</source>
        <translation>pcap ファイルではありません（マジックナンバー 0x%1）。</translation>
    </message>
    <message>
        <source>Save captures as classic .pcap (pcapng is not read here).</source>
        <translation>キャプチャは従来の .pcap 形式で保存してください（ここでは pcapng は読めません）。</translation>
    </message>
    <message>
        <source>has a packet of %1 bytes at offset %2: the file is corrupt.</source>
        <translation>オフセット %2 に %1 バイトのパケットがあります: ファイルが破損しています。</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>読み込めません: %1。</translation>
    </message>
</context>
<context>
    <name>studio::PingCapture</name>
    <message>
        <source>is not a container.</source>
        <translation>はコンテナではありません。</translation>
    </message>
    <message>
        <source>reaches %1 without a VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>は VXLAN トンネルを通らずに %1 に届きます: アンダーレイを通るものがないため、キャプチャできません。</translation>
    </message>
    <message>
        <source>is dropped before any VXLAN tunnel: nothing crosses the underlay to capture.</source>
        <translation>は VXLAN トンネルに入る前に破棄されます: アンダーレイを通るものがないため、キャプチャできません。</translation>
    </message>
    <message>
        <source>Choose two containers on different hosts.</source>
        <translation>異なるホスト上のコンテナを 2 つ選んでください。</translation>
    </message>
    <message>
        <source>the tunnel's remote address: %1</source>
        <translation>トンネルのリモートアドレス: %1</translation>
    </message>
    <message>
        <source>the address to ping: %1</source>
        <translation>ping するアドレス: %1</translation>
    </message>
    <message>
        <source>UDP port %1 is out of range.</source>
        <translation>UDP ポート %1 が範囲外です。</translation>
    </message>
    <message>
        <source>the capture script ended early.</source>
        <translation>キャプチャスクリプトが途中で終了しました。</translation>
    </message>
    <message>
        <source>tcpdump caught nothing readable: %1</source>
        <translation>tcpdump は読み取れるものを何も捕捉しませんでした: %1</translation>
    </message>
    <message>
        <source>Check that tcpdump runs as root on the host.</source>
        <translation>ホスト上で tcpdump が root で実行されているか確認してください。</translation>
    </message>
    <message>
        <source>the capture failed: %1</source>
        <translation>キャプチャに失敗しました: %1</translation>
    </message>
    <message>
        <source>Install tcpdump on %1 (apt-get install tcpdump).</source>
        <translation>%1 に tcpdump をインストールしてください（apt-get install tcpdump）。</translation>
    </message>
</context>
<context>
    <name>studio::PlanDock</name>
    <message>
        <source>Build (apply)</source>
        <translation>構築（apply）</translation>
    </message>
    <message>
        <source>Remove (destroy)</source>
        <translation>削除（destroy）</translation>
    </message>
    <message>
        <source>Plan kind</source>
        <translation>プランの種類</translation>
    </message>
    <message>
        <source>Host whose plan is shown</source>
        <translation>プランを表示するホスト</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>すべてのホスト</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>ホスト(&amp;T):</translation>
    </message>
    <message>
        <source>No plan while the topology has errors: fix those listed under Problems first.</source>
        <translation>トポロジにエラーがある間はプランを作成できません: 先に「問題」に表示されているエラーを修正してください。</translation>
    </message>
    <message>
        <source>No plan yet: %1</source>
        <translation>まだプランがありません: %1</translation>
    </message>
    <message>
        <source>What %1 runs, step by step; every step is safe to run again.</source>
        <translation>%1 が実行する内容（ステップごと）。どのステップも安全に再実行できます。</translation>
    </message>
    <message>
        <source>each host</source>
        <translation>各ホスト</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>高速</translation>
    </message>
    <message>
        <source>Guide (ovs-docker)</source>
        <translation>ガイド（ovs-docker）</translation>
    </message>
    <message>
        <source>Plan style</source>
        <translation>計画のスタイル</translation>
    </message>
    <message>
        <source>Fast: containers side by side, plugged at once (what Apply runs by default). Guide: ovs-docker, one container after another, as the tutorial does.</source>
        <translation>高速: コンテナを並行して起動し、まとめて接続（「適用」の既定）。ガイド: ovs-docker、チュートリアルどおり1つずつ。</translation>
    </message>
    <message>
        <source>Cop&amp;y Script</source>
        <translation>スクリプトをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy Script</source>
        <translation>スクリプトをコピー</translation>
    </message>
    <message>
        <source>Copy the shell script of the hosts shown, exactly as File &gt; Export Plan writes it, with every script whole.</source>
        <translation>表示中のホストのシェルスクリプトを、ファイル &gt; プランをエクスポートが書き出すとおりに、各スクリプトを省略せずにコピーします。</translation>
    </message>
    <message>
        <source>(goes on)</source>
        <translation>（続行）</translation>
    </message>
    <message>
        <source>Hide the script</source>
        <translation>スクリプトを隠す</translation>
    </message>
    <message numerus="yes">
        <source>Show the script (%n lines)</source>
        <translation>
            <numerusform>スクリプトを表示（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do on this host.</source>
        <translation>このホストで行うことはありません。</translation>
    </message>
    <message>
        <source>A step that goes on does not stop its host when it fails (one container that cannot start must not keep the others unplugged); the host is reported failed at the end.</source>
        <translation>続行とされたステップは失敗してもホストを止めません（起動できないコンテナが 1 つあっても他のコンテナを未接続のままにしてはならないため）。ホストは最後に失敗として報告されます。</translation>
    </message>
</context>
<context>
    <name>studio::PlanSteps</name>
    <message>
        <source>Give gateway port %1 the address %2, the default gateway of containers on %3.</source>
        <translation>ゲートウェイポート %1 に、%3 上のコンテナのデフォルトゲートウェイとなるアドレス %2 を割り当てます。</translation>
    </message>
    <message>
        <source>Remove the old address %1 from gateway port %2.</source>
        <translation>ゲートウェイポート %2 から古いアドレス %1 を削除します。</translation>
    </message>
    <message>
        <source>Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.</source>
        <translation>VXLAN ヘッダー分の余裕を残して、ゲートウェイポート %1 を MTU %2 で起動します。</translation>
    </message>
    <message>
        <source>Start container %1 from image %2 with no network (--net=none); OverlayStudio gives it one next.</source>
        <translation>コンテナ %1 をイメージ %2 からネットワークなし（--net=none）で起動します。ネットワークはこの後 OverlayStudio が与えます。</translation>
    </message>
    <message>
        <source>Unplug container %1 from bridge %2.</source>
        <translation>コンテナ %1 をブリッジ %2 から外します。</translation>
    </message>
    <message>
        <source>Remove container %1 and its port.</source>
        <translation>コンテナ %1 とそのポートを削除します。</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and MTU %6.</source>
        <translation>コンテナ %1 を %3 としてブリッジ %2 に接続します（アドレス %4、ゲートウェイ %5、MTU %6）。</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7</source>
        <translation>%1: %2 を %3 に接続（ポート %4_l）、アドレス %5、ゲートウェイ %6、MTU %7</translation>
    </message>
    <message>
        <source>Plug container %1 into bridge %2: a veth pair moved into the container and set up there with nsenter (which announces the new address), its port added and tagged as ovs-docker tags it.</source>
        <translation>コンテナ %1 をブリッジ %2 に接続します: veth ペアをコンテナに移して nsenter で設定し（新しいアドレスを通知）、ポートを追加して ovs-docker と同じタグを付けます。</translation>
    </message>
    <message>
        <source>Plug containers %1 into their bridges at once: one docker inspect for their PIDs, a veth pair each moved into the container and set up there with nsenter (which announces the new address), every port added in one OVS transaction and tagged as ovs-docker tags it.</source>
        <translation>コンテナ %1 をまとめてブリッジに接続します: PID は docker inspect 1回で取得し、各コンテナに veth ペアを移して nsenter で設定（新しいアドレスを通知）、すべてのポートを1つの OVS トランザクションで追加して ovs-docker と同じタグを付けます。</translation>
    </message>
    <message>
        <source>Remove containers %1 (side by side); their ports' veth pairs go with them.</source>
        <translation>コンテナ %1 を削除します（並行）。ポートの veth ペアも一緒に消えます。</translation>
    </message>
    <message>
        <source>Unplug containers %1: delete their veth pairs (the OVS ports go in the transaction that follows).</source>
        <translation>コンテナ %1 を切断します: veth ペアを削除します（OVS ポートは次のトランザクションで削除）。</translation>
    </message>
    <message>
        <source>%1: from image %2, files in %3</source>
        <translation>%1: イメージ %2 から、ファイルは %3</translation>
    </message>
    <message>
        <source>%1: stopped, started again</source>
        <translation>%1: 停止中、再び起動</translation>
    </message>
    <message>
        <source>Start containers %1 side by side (at most %2 at a time). A missing one is created through Docker's Engine API with networking disabled, as --net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts and /etc/resolv.conf as Docker writes them, kept in files of our own; without curl, docker run --net=none.</source>
        <translation>コンテナ %1 を並行して起動します（同時に最大 %2 個）。存在しないコンテナは Docker の Engine API でネットワークを無効にして作成します（--net=none と同じ状態。この後 OverlayStudio が接続します）。/etc/hosts と /etc/resolv.conf は Docker と同じ内容で書き、独自のファイルとして保持します。curl がなければ docker run --net=none を使います。</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for containers %1.</source>
        <translation>OverlayStudio がコンテナ %1 のために保持していた /etc/hosts と /etc/resolv.conf のファイルを削除します。</translation>
    </message>
    <message>
        <source>Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept for the containers of %1 (%2).</source>
        <translation>OverlayStudio が %1 のコンテナのために保持していた /etc/hosts と /etc/resolv.conf のファイルを削除します（%2）。</translation>
    </message>
</context>
<context>
    <name>studio::Planner</name>
    <message numerus="yes">
        <source>the topology has %n error(s) and cannot be planned; the first: %1</source>
        <translation>
            <numerusform>トポロジに %n 件のエラーがあるため、プランを作成できません。最初のエラー: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems listed by validation.</source>
        <translation>検証で表示された問題を修正してください。</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges and their gateway ports (one transaction).</source>
        <translation>Open vSwitch ブリッジとそのゲートウェイポートを作成します（1 つのトランザクション）。</translation>
    </message>
    <message>
        <source>Create the Open vSwitch bridges, their gateway ports and the VXLAN tunnel ports (one transaction).</source>
        <translation>Open vSwitch ブリッジ、そのゲートウェイポート、VXLAN トンネルポートを作成します（1 つのトランザクション）。</translation>
    </message>
    <message>
        <source>Remove container %1 and its port, if OverlayStudio created it.</source>
        <translation>OverlayStudio が作成した場合、コンテナ %1 とそのポートを削除します。</translation>
    </message>
    <message>
        <source>Remove the rule for %1 that OverlayStudio added.</source>
        <translation>OverlayStudio が追加した %1 のルールを削除します。</translation>
    </message>
    <message>
        <source>Delete bridge %1 with its gateway and tunnel ports, if OverlayStudio created it.</source>
        <translation>OverlayStudio が作成した場合、ブリッジ %1 をゲートウェイポートおよびトンネルポートとともに削除します。</translation>
    </message>
    <message>
        <source>%1: a virtual switch, using the userspace datapath (netdev)</source>
        <translation>%1: ユーザー空間データパス（netdev）を使う仮想スイッチ</translation>
    </message>
    <message>
        <source>%1: a virtual switch</source>
        <translation>%1: 仮想スイッチ</translation>
    </message>
    <message>
        <source>%1: an internal port of %2, the gateway that containers on %3 route through (MTU %4)</source>
        <translation>%1: %2 の内部ポート。%3 上のコンテナがルーティングに使うゲートウェイ（MTU %4）</translation>
    </message>
    <message>
        <source>%1: a VXLAN tunnel from %2 to %3 (%4), VNI %5, UDP port %6%7</source>
        <translation>%1: %2 から %3（%4）への VXLAN トンネル、VNI %5、UDP ポート %6%7</translation>
    </message>
    <message>
        <source>; protected, so frames from one tunnel never flood into another (full mesh)</source>
        <translation>。保護ポートのため、あるトンネルからのフレームが別のトンネルにフラッディングされることはありません（フルメッシュ）</translation>
    </message>
    <message>
        <source># OverlayStudio: build topology %1 on host %2 (%3).</source>
        <translation># OverlayStudio: ホスト %2（%3）にトポロジ %1 を構築します。</translation>
    </message>
    <message>
        <source># OverlayStudio: remove topology %1 from host %2 (%3).</source>
        <translation># OverlayStudio: ホスト %2（%3）からトポロジ %1 を削除します。</translation>
    </message>
    <message>
        <source># Run as root on %1. Every step is safe to run again.</source>
        <translation># %1 上で root として実行してください。どのステップも安全に再実行できます。</translation>
    </message>
    <message>
        <source># Nothing to do on this host.</source>
        <translation># このホストで行うことはありません。</translation>
    </message>
    <message>
        <source>cannot be created.</source>
        <translation>作成できません。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Remove the containers OverlayStudio created on %1 (labelled with the topology and the host), side by side.</source>
        <translation>OverlayStudio が %1 に作成したコンテナ（トポロジとホストのラベル付き）を並行して削除します。</translation>
    </message>
    <message>
        <source>Delete bridges %1 with all their ports, those OverlayStudio created (one transaction).</source>
        <translation>ブリッジ %1 をすべてのポートとともに削除します。OverlayStudio が作成したもののみ（1トランザクション）。</translation>
    </message>
    <message>
        <source># A step marked "goes on" does not stop the script when it fails (one container that cannot start must not keep the others unplugged); the script fails at the end.</source>
        <translation># 「続行」と記された手順は失敗してもスクリプトを止めません（起動できないコンテナがあっても他は接続します）。スクリプトは最後に失敗を返します。</translation>
    </message>
    <message>
        <source> (goes on)</source>
        <translation>（続行）</translation>
    </message>
</context>
<context>
    <name>studio::ProbeSelection</name>
    <message>
        <source>probe %1 → %2</source>
        <translation>プローブ %1 → %2</translation>
    </message>
    <message>
        <source>is not a pair of containers of this topology.</source>
        <translation>このトポロジのコンテナのペアではありません。</translation>
    </message>
    <message>
        <source>needs both containers on a bridge with an address.</source>
        <translation>両方のコンテナがアドレスを持ってブリッジに接続されている必要があります。</translation>
    </message>
    <message>
        <source>stays on one host: no VXLAN link to watch.</source>
        <translation>1 台のホスト内で完結しています: 監視する VXLAN リンクがありません。</translation>
    </message>
    <message>
        <source>Pick containers on different hosts.</source>
        <translation>異なるホスト上のコンテナを選んでください。</translation>
    </message>
    <message>
        <source>the containers are not on the same VNI.</source>
        <translation>コンテナが同じ VNI 上にありません。</translation>
    </message>
    <message>
        <source>Pick containers whose bridges a VXLAN link joins.</source>
        <translation>VXLAN リンクで結ばれたブリッジ上のコンテナを選んでください。</translation>
    </message>
    <message>
        <source>underlay %1 → %2</source>
        <translation>アンダーレイ %1 → %2</translation>
    </message>
</context>
<context>
    <name>studio::ProblemsDock</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>topology</source>
        <translation>トポロジ</translation>
    </message>
    <message>
        <source>No problems: the topology can be deployed.</source>
        <translation>問題はありません: トポロジをデプロイできます。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); the topology can be deployed.</source>
        <translation>
            <numerusform>警告 %n 件。トポロジはデプロイできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2: fix the errors before deploying.</source>
        <translation>%1、%2: デプロイする前にエラーを修正してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::ProjectFile</name>
    <message>
        <source>is missing.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>Add the field or re-save the file.</source>
        <translation>フィールドを追加するか、ファイルを保存し直してください。</translation>
    </message>
    <message>
        <source>should be a string, not %1.</source>
        <translation>文字列である必要があります（%1 ではなく）。</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>数値である必要があります（%1 ではなく）。</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3.</source>
        <translation>%1 は %2〜%3 の整数ではありません。</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2.</source>
        <translation>'%1' は次のいずれでもありません: %2。</translation>
    </message>
    <message>
        <source>should be true or false, not %1.</source>
        <translation>true または false である必要があります（%1 ではなく）。</translation>
    </message>
    <message>
        <source>should be a coordinate (a number within ±10,000,000).</source>
        <translation>座標（±10,000,000 以内の数値）である必要があります。</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>オブジェクトである必要があります（%1 ではなく）。</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>リストである必要があります（%1 ではなく）。</translation>
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
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>this file has format %1, written by a newer OverlayStudio; this version reads format %2 and older.</source>
        <translation>このファイルの形式は %1 で、より新しい OverlayStudio で書かれています。このバージョンが読めるのは形式 %2 以前です。</translation>
    </message>
    <message>
        <source>Update OverlayStudio to open it.</source>
        <translation>開くには OverlayStudio を更新してください。</translation>
    </message>
    <message>
        <source>format %1 does not exist.</source>
        <translation>形式 %1 は存在しません。</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>ファイルが破損しています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1).</source>
        <translation>ファイルが有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>Fix the file in a text editor or restore it from a backup.</source>
        <translation>テキストエディターでファイルを修正するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>the file does not contain an OverlayStudio project.</source>
        <translation>ファイルに OverlayStudio プロジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>開けません: %1。</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>is %1 MB; project files are at most %2 MB.</source>
        <translation>サイズが %1 MB です。プロジェクトファイルは最大 %2 MB です。</translation>
    </message>
    <message>
        <source>Open an OverlayStudio project file.</source>
        <translation>OverlayStudio のプロジェクトファイルを開いてください。</translation>
    </message>
    <message>
        <source>cannot be written: %1.</source>
        <translation>書き込めません: %1。</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>could not be saved: %1.</source>
        <translation>保存できませんでした: %1。</translation>
    </message>
    <message>
        <source>Check the free disk space and try again; the previous file is unchanged.</source>
        <translation>ディスクの空き容量を確認して、もう一度試してください。以前のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Open a .ovstudio.json file saved by OverlayStudio.</source>
        <translation>OverlayStudio で保存した .ovstudio.json ファイルを開いてください。</translation>
    </message>
    <message>
        <source>should be a path relative to the project file, e.g. files/motd.</source>
        <translation>プロジェクトファイルからの相対パス（例: files/motd）である必要があります。</translation>
    </message>
</context>
<context>
    <name>studio::Properties</name>
    <message>
        <source>the topology</source>
        <translation>トポロジ</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2.</source>
        <translation>%1 は %2 の整数でなければなりません。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 は次のいずれかでなければなりません: %2。</translation>
    </message>
    <message>
        <source>a position lies within ±10,000,000.</source>
        <translation>位置は ±10,000,000 以内でなければなりません。</translation>
    </message>
    <message>
        <source>a host frame is at least %1 x %2.</source>
        <translation>ホストの枠は %1 x %2 以上でなければなりません。</translation>
    </message>
    <message>
        <source>has no property '%1'.</source>
        <translation>プロパティ '%1' はありません。</translation>
    </message>
    <message>
        <source>object %1 does not exist.</source>
        <translation>オブジェクト %1 は存在しません。</translation>
    </message>
    <message>
        <source>can only attach to a bridge on its own host.</source>
        <translation>接続できるのは自身のホスト上のブリッジだけです。</translation>
    </message>
    <message>
        <source>Choose one of %1's bridges.</source>
        <translation>%1 のブリッジのいずれかを選んでください。</translation>
    </message>
</context>
<context>
    <name>studio::PropertyEditor</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>VXLAN link</source>
        <translation>VXLAN リンク</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジ</translation>
    </message>
    <message>
        <source>Problems of this object</source>
        <translation>このオブジェクトの問題</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>(not attached)</source>
        <translation>（未接続）</translation>
    </message>
    <message>
        <source>Select a host, bridge, container or link to edit it.</source>
        <translation>編集するホスト、ブリッジ、コンテナ、リンクを選択してください。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
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
        <translation>トポロジ名</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Tags everything the topology creates on its hosts: letters, digits, '.', '_' and '-'.</source>
        <translation>トポロジがホスト上に作成するすべてのものに付けるタグ: 英字、数字、'.'、'_'、'-'。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What this topology is for, in your own words.</source>
        <translation>このトポロジの目的を自由に記述します。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The host's name in this design.</source>
        <translation>この設計におけるホストの名前。</translation>
    </message>
    <message>
        <source>Management address</source>
        <translation>管理アドレス</translation>
    </message>
    <message>
        <source>management address</source>
        <translation>管理アドレス</translation>
    </message>
    <message>
        <source>The IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>OverlayStudio が SSH で接続する IP アドレスまたは DNS 名。</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH ポート</translation>
    </message>
    <message>
        <source>The port sshd listens on (22 is usual).</source>
        <translation>sshd が待ち受けるポート（通常は 22）。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The account to log in as.</source>
        <translation>ログインに使うアカウント。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH エージェント</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>Password (asked when needed)</source>
        <translation>パスワード（必要なときに入力）</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>The private key file, for key file authentication.</source>
        <translation>鍵ファイル認証に使う秘密鍵ファイル。</translation>
    </message>
    <message>
        <source>Use sudo</source>
        <translation>sudo を使用</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>Run commands through 'sudo -n' (for a user other than root).</source>
        <translation>'sudo -n' 経由でコマンドを実行します（root 以外のユーザーの場合）。</translation>
    </message>
    <message>
        <source>Underlay (VTEP) address</source>
        <translation>アンダーレイ（VTEP）アドレス</translation>
    </message>
    <message>
        <source>underlay address</source>
        <translation>アンダーレイアドレス</translation>
    </message>
    <message>
        <source>The address VXLAN tunnels use; empty means the management address.</source>
        <translation>VXLAN トンネルが使うアドレス。空の場合は管理アドレスを使います。</translation>
    </message>
    <message>
        <source>Underlay MTU</source>
        <translation>アンダーレイ MTU</translation>
    </message>
    <message>
        <source>underlay MTU</source>
        <translation>アンダーレイ MTU</translation>
    </message>
    <message>
        <source>The MTU of the host's network card (1500 is usual).</source>
        <translation>ホストのネットワークカードの MTU（通常は 1500）。</translation>
    </message>
    <message>
        <source>OVS datapath</source>
        <translation>OVS データパス</translation>
    </message>
    <message>
        <source>Kernel (system)</source>
        <translation>カーネル（system）</translation>
    </message>
    <message>
        <source>Userspace (netdev)</source>
        <translation>ユーザー空間（netdev）</translation>
    </message>
    <message>
        <source>Userspace (netdev) for hosts without the OVS kernel module, such as the local lab.</source>
        <translation>ユーザー空間（netdev）: ローカルラボのように OVS カーネルモジュールがないホスト用。</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>枠のサイズ</translation>
    </message>
    <message>
        <source>frame size</source>
        <translation>枠のサイズ</translation>
    </message>
    <message>
        <source>The OVS bridge, e.g. br0.</source>
        <translation>OVS ブリッジ（例: br0）。</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>ゲートウェイポート</translation>
    </message>
    <message>
        <source>gateway port</source>
        <translation>ゲートウェイポート</translation>
    </message>
    <message>
        <source>The internal port that holds the gateway address, e.g. veth0.</source>
        <translation>ゲートウェイアドレスを持つ内部ポート（例: veth0）。</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>ゲートウェイアドレス</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>ゲートウェイアドレス</translation>
    </message>
    <message>
        <source>Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet.</source>
        <translation>アドレスとプレフィックス（例: 10.2.2.1/24）。そのネットワークがブリッジのサブネットになります。</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>1450 なら 1500 バイトのネットワーク上の VXLAN トンネルに収まります。</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>外部への NAT</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Masquerade the subnet out of the host, so containers reach the outside.</source>
        <translation>サブネットをホストの外へマスカレードし、コンテナが外部に到達できるようにします。</translation>
    </message>
    <message>
        <source>Route to other networks</source>
        <translation>他のネットワークへのルーティング</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Networks are isolated on their host. The host routes between the networks of those of its bridges that have this set.</source>
        <translation>ネットワークはホスト上で互いに隔離されています。ホストは、この設定が有効なブリッジのネットワーク間でルーティングします。</translation>
    </message>
    <message>
        <source>The Docker container's name.</source>
        <translation>Docker コンテナの名前。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>The Docker image to run, e.g. ubuntu:v1.</source>
        <translation>実行する Docker イメージ（例: ubuntu:v1）。</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>The interface inside the container, e.g. eth0.</source>
        <translation>コンテナ内のインターフェース（例: eth0）。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24.</source>
        <translation>ブリッジのサブネット内のアドレスとプレフィックス（例: 10.2.2.2/24）。</translation>
    </message>
    <message>
        <source>Gateway (empty: the bridge's)</source>
        <translation>ゲートウェイ（空: ブリッジのもの）</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>The container's default route; empty means the bridge's gateway address.</source>
        <translation>コンテナのデフォルトルート。空の場合はブリッジのゲートウェイアドレスを使います。</translation>
    </message>
    <message>
        <source>Attached to bridge</source>
        <translation>接続先ブリッジ</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>The bridge on the container's host it is plugged into.</source>
        <translation>コンテナのホスト上で、コンテナが接続されるブリッジ。</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>The VXLAN network identifier: links with the same VNI form one segment.</source>
        <translation>VXLAN ネットワーク識別子: 同じ VNI のリンクが 1 つのセグメントを構成します。</translation>
    </message>
    <message>
        <source>UDP port</source>
        <translation>UDP ポート</translation>
    </message>
    <message>
        <source>4789 is the VXLAN port.</source>
        <translation>4789 は VXLAN のポートです。</translation>
    </message>
    <message>
        <source>Tunnel port, first end</source>
        <translation>トンネルポート（第 1 端）</translation>
    </message>
    <message>
        <source>first tunnel port</source>
        <translation>第 1 トンネルポート</translation>
    </message>
    <message>
        <source>The VXLAN port on the first bridge's host, e.g. vxlan0.</source>
        <translation>1 つ目のブリッジのホスト上の VXLAN ポート（例: vxlan0）。</translation>
    </message>
    <message>
        <source>Tunnel port, second end</source>
        <translation>トンネルポート（第 2 端）</translation>
    </message>
    <message>
        <source>second tunnel port</source>
        <translation>第 2 トンネルポート</translation>
    </message>
    <message>
        <source>The VXLAN port on the second bridge's host, e.g. vxlan0.</source>
        <translation>2 つ目のブリッジのホスト上の VXLAN ポート（例: vxlan0）。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>studio::Reconciler</name>
    <message>
        <source>as designed</source>
        <translation>設計どおり</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>差異あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>not in the design</source>
        <translation>設計外</translation>
    </message>
    <message>
        <source>Create, change or delete Open vSwitch bridges and ports (one transaction).</source>
        <translation>Open vSwitch のブリッジとポートを作成、変更、削除します（1 つのトランザクション）。</translation>
    </message>
    <message>
        <source>was not created by OverlayStudio</source>
        <translation>OverlayStudio が作成したものではありません</translation>
    </message>
    <message>
        <source>belongs to topology %1</source>
        <translation>トポロジ %1 に属しています</translation>
    </message>
    <message>
        <source>Bridge %1 already exists on %2 and %3; OverlayStudio leaves it alone. Rename the bridge in the design or remove it from the host.</source>
        <translation>ブリッジ %1 はすでに %2 に存在し、%3。OverlayStudio はこれに手を触れません。設計でブリッジの名前を変更するか、ホストから削除してください。</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the gateway port in the design.</source>
        <translation>ポート %1 はすでに %2（ブリッジ %3）に存在し、%4。設計でゲートウェイポートの名前を変更してください。</translation>
    </message>
    <message>
        <source>Port %1 already exists on %2 (bridge %3) and %4. Rename the tunnel port in the design.</source>
        <translation>ポート %1 はすでに %2（ブリッジ %3）に存在し、%4。設計でトンネルポートの名前を変更してください。</translation>
    </message>
    <message>
        <source>A container named %1 already exists on %2 and %3. Rename the container in the design.</source>
        <translation>%1 という名前のコンテナはすでに %2 に存在し、%3。設計でコンテナの名前を変更してください。</translation>
    </message>
    <message>
        <source>belongs to %1</source>
        <translation>%1 に属しています</translation>
    </message>
    <message>
        <source>%1: datapath %2</source>
        <translation>%1: データパス %2</translation>
    </message>
    <message>
        <source>datapath is '%1'</source>
        <translation>データパスが '%1'</translation>
    </message>
    <message>
        <source>type '%1', MTU request %2</source>
        <translation>タイプ '%1'、MTU 要求 %2</translation>
    </message>
    <message>
        <source>on bridge %1</source>
        <translation>ブリッジ %1 上</translation>
    </message>
    <message>
        <source>type '%1'</source>
        <translation>タイプ '%1'</translation>
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
        <translation>保護あり</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>保護なし</translation>
    </message>
    <message>
        <source>%1: deleted, no longer in the design</source>
        <translation>%1: 削除しました（設計にはもうありません）</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>old address %1</source>
        <translation>古いアドレス %1</translation>
    </message>
    <message>
        <source>link state or MTU</source>
        <translation>リンク状態または MTU</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状態 %1</translation>
    </message>
    <message>
        <source>attached to %1</source>
        <translation>%1 に接続</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>no interface %1</source>
        <translation>インターフェース %1 なし</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>アドレス %1</translation>
    </message>
    <message>
        <source>MTU %1</source>
        <translation>MTU %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>ゲートウェイ %1</translation>
    </message>
    <message>
        <source>rule order</source>
        <translation>ルールの順序</translation>
    </message>
    <message>
        <source>Remove a firewall rule the design no longer has: %1</source>
        <translation>設計にもうないファイアウォールルールを削除します: %1</translation>
    </message>
    <message>
        <source>Remove a firewall rule OverlayStudio added: %1</source>
        <translation>OverlayStudio が追加したファイアウォールルールを削除します: %1</translation>
    </message>
    <message>
        <source>%1: deleted with its gateway and tunnel ports</source>
        <translation>%1: ゲートウェイポートおよびトンネルポートとともに削除しました</translation>
    </message>
    <message>
        <source>Remove an isolation rule OverlayStudio added: %1</source>
        <translation>OverlayStudio が追加した隔離ルールを削除します: %1</translation>
    </message>
    <message>
        <source>%1: port of container %2, deleted</source>
        <translation>%1: コンテナ %2 のポート、削除</translation>
    </message>
    <message>
        <source>Delete the ports of OverlayStudio's containers (one transaction).</source>
        <translation>OverlayStudio のコンテナのポートを削除します（1トランザクション）。</translation>
    </message>
    <message>
        <source>Delete the bridges OverlayStudio created, with every port (one transaction).</source>
        <translation>OverlayStudio が作成したブリッジをすべてのポートとともに削除します（1トランザクション）。</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Remove containers %1 and, at the same time, delete the firewall rules, bridges and ports OverlayStudio created (one transaction; the isolation rules once the bridges are gone); the containers' veth pairs go with them.</source>
        <translation>コンテナ %1 を削除し、同時に OverlayStudio が作成したファイアウォールルール、ブリッジ、ポートを削除します（1 回のトランザクション。分離ルールはブリッジが消えてから）。コンテナの veth ペアも一緒に消えます。</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
</context>
<context>
    <name>studio::SaveFile</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>Choose a folder you may write to.</source>
        <translation>書き込み可能なフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>studio::SegmentLegend</name>
    <message>
        <source>Segments legend</source>
        <translation>セグメントの凡例</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment. Drag it anywhere over the canvas.</source>
        <translation>各 VXLAN セグメントの色。キャンバス上の好きな場所にドラッグできます。</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>VNI %1</source>
        <translation>VNI %1</translation>
    </message>
    <message>
        <source>1 kb/s or less</source>
        <translation>1 kb/s 以下</translation>
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
        <translation>障害: ping が失敗</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded, losing pings</source>
        <translation>劣化、ping が損失</translation>
    </message>
    <message>
        <source>down, unreachable</source>
        <translation>ダウン、到達不能</translation>
    </message>
    <message>
        <source>unknown, not applied</source>
        <translation>不明、未適用</translation>
    </message>
    <message>
        <source>The colour of each VXLAN segment, and what monitoring shows: a link's width and colour are its traffic now, a red crossed-out link loses every ping, a dot is an object's state. Drag it anywhere over the canvas.</source>
        <translation>各 VXLAN セグメントの色と、監視で表示される内容: リンクの太さと色は現在のトラフィック、赤い × 印のリンクはすべての ping が損失、点はオブジェクトの状態を表します。キャンバス上の好きな場所にドラッグできます。</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
</context>
<context>
    <name>studio::SeriesCatalog</name>
    <message>
        <source>probe %1</source>
        <translation>プローブ %1</translation>
    </message>
    <message>
        <source>VNI %1: %2 → %3</source>
        <extracomment>a link's direction in a legend: VNI, from bridge, to bridge</extracomment>
        <translation>VNI %1: %2 → %3</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>リンク %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 送信</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 受信</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>コンテナ %1</translation>
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
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>操作またはキーで絞り込み</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>ショートカットの絞り込み</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
</context>
<context>
    <name>studio::SshSession</name>
    <message>
        <source>A command that had started may still be running on the host.</source>
        <translation>開始済みのコマンドはホスト上でまだ実行中の可能性があります。</translation>
    </message>
    <message>
        <source>cancelled by the user.</source>
        <translation>ユーザーによりキャンセルされました。</translation>
    </message>
    <message>
        <source>the SSH library could not be initialised.</source>
        <translation>SSH ライブラリを初期化できませんでした。</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory?).</source>
        <translation>SSH セッションを作成できません（メモリ不足？）。</translation>
    </message>
    <message>
        <source>invalid SSH settings: %1</source>
        <translation>SSH の設定が無効です: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>no SSH answer within %1 s</source>
        <translation>%1 秒以内に SSH の応答がありません</translation>
    </message>
    <message>
        <source>Check that the host is up, the address and port are right, and sshd runs.</source>
        <translation>ホストが起動していること、アドレスとポートが正しいこと、sshd が動作していることを確認してください。</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 がホスト鍵を送信しませんでした。</translation>
    </message>
    <message>
        <source>cannot compute the host key fingerprint of %1.</source>
        <translation>%1 のホスト鍵のフィンガープリントを計算できません。</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting the connection, or the host was reinstalled. Refusing to connect.</source>
        <translation>%1 のホスト鍵が変更されています（現在は %2 %3）。接続が傍受されているか、ホストが再インストールされた可能性があります。接続を拒否します。</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2 and connect again.</source>
        <translation>変更が想定どおりの場合は、%2 から %1 の古いエントリを削除して、もう一度接続してください。</translation>
    </message>
    <message>
        <source>%1 presents a %2 host key, but a key of another type is recorded for it. Refusing to connect.</source>
        <translation>%1 は %2 ホスト鍵を提示していますが、記録されているのは別の種類の鍵です。接続を拒否します。</translation>
    </message>
    <message>
        <source>If the change is expected, remove the old entry for %1 from %2.</source>
        <translation>変更が想定どおりの場合は、%2 から %1 の古いエントリを削除してください。</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted.</source>
        <translation>%1 のホスト鍵は不明で（%2 %3）、受け入れられませんでした。</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the host's own (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub) and accept it.</source>
        <translation>フィンガープリントをホスト自身のもの（ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub）と比較してから受け入れてください。</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>%1 にホスト鍵を記録できません: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1: %2</source>
        <translation>%1 のホスト鍵を確認できません: %2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>%1 による認証に失敗しました: %2</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>キーボードインタラクティブ</translation>
    </message>
    <message>
        <source>no method we know</source>
        <translation>対応している方式がありません</translation>
    </message>
    <message>
        <source>%1@%2 does not accept %3 authentication.</source>
        <translation>%1@%2 は %3 認証を受け付けません。</translation>
    </message>
    <message>
        <source>The server accepts: %1. Choose another authentication method for this host.</source>
        <translation>サーバーが受け付ける方式: %1。このホストには別の認証方式を選んでください。</translation>
    </message>
    <message>
        <source>cannot read the private key %1.</source>
        <translation>秘密鍵 %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Check the path and that the key has no passphrase (or use the SSH agent).</source>
        <translation>パスを確認し、鍵にパスフレーズがないことを確認してください（または SSH エージェントを使用してください）。</translation>
    </message>
    <message>
        <source>none of the SSH agent's keys was accepted</source>
        <translation>SSH エージェントの鍵はどれも受け入れられませんでした</translation>
    </message>
    <message>
        <source>the key %1 was not accepted</source>
        <translation>鍵 %1 は受け入れられませんでした</translation>
    </message>
    <message>
        <source>the password was not accepted</source>
        <translation>パスワードは受け入れられませんでした</translation>
    </message>
    <message>
        <source>%1@%2: %3%4.</source>
        <translation>%1@%2: %3%4。</translation>
    </message>
    <message>
        <source>The server accepts: %1. Check the user, key or password.</source>
        <translation>サーバーが受け付ける方式: %1。ユーザー、鍵、パスワードを確認してください。</translation>
    </message>
    <message>
        <source>not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>cannot open a channel: %1</source>
        <translation>チャネルを開けません: %1</translation>
    </message>
    <message>
        <source>cannot watch the channel for an exit signal: %1</source>
        <translation>チャネルの終了シグナルを監視できません: %1</translation>
    </message>
    <message>
        <source>cannot start the command: %1</source>
        <translation>コマンドを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot send input: %1</source>
        <translation>入力を送信できません: %1</translation>
    </message>
    <message>
        <source>cannot end the command's input: %1</source>
        <translation>コマンドの入力を終了できません: %1</translation>
    </message>
    <message>
        <source>the connection failed while running a command: %1</source>
        <translation>コマンドの実行中に接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was abandoned.</source>
        <translation>コマンドが %1 秒以内に終了しなかったため、中止しました。</translation>
    </message>
    <message>
        <source>Check the host's load; the command may still be running there.</source>
        <translation>ホストの負荷を確認してください。コマンドはホスト上でまだ実行中の可能性があります。</translation>
    </message>
    <message>
        <source>the connection was lost while running a command: %1</source>
        <translation>コマンドの実行中に接続が切断されました: %1</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>終了ステータスなし</translation>
    </message>
    <message>
        <source>cannot start a shell: %1</source>
        <translation>シェルを開始できません: %1</translation>
    </message>
    <message>
        <source>the remote shell is gone (the connection was lost or the host rebooted).</source>
        <translation>リモートシェルがなくなりました（接続が切断されたか、ホストが再起動しました）。</translation>
    </message>
    <message>
        <source>Run again once the host is reachable.</source>
        <translation>ホストに到達できるようになったら、もう一度実行してください。</translation>
    </message>
    <message>
        <source>cannot send the command: %1</source>
        <translation>コマンドを送信できません: %1</translation>
    </message>
    <message>
        <source>the remote shell ended while running the command (exit status %1).</source>
        <translation>コマンドの実行中にリモートシェルが終了しました（終了ステータス %1）。</translation>
    </message>
    <message>
        <source>A command that ends the shell (exit, exec) cannot be run this way.</source>
        <translation>シェルを終了させるコマンド（exit、exec）はこの方法では実行できません。</translation>
    </message>
    <message>
        <source>the remote command has ended.</source>
        <translation>リモートコマンドは終了しました。</translation>
    </message>
    <message>
        <source>cannot send to the remote command: %1</source>
        <translation>リモートコマンドに送信できません: %1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>接続が切断されました: %1</translation>
    </message>
    <message>
        <source>the connection failed while sending data: %1</source>
        <translation>データ送信中に接続が失敗しました: %1</translation>
    </message>
    <message>
        <source>nothing moved for %1 s; the command was abandoned.</source>
        <translation>%1 秒間何も転送されなかったため、コマンドを中止しました。</translation>
    </message>
    <message>
        <source>Check the host's load and its free disk space.</source>
        <translation>ホストの負荷とディスクの空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>studio::StepThroughController</name>
    <message>
        <source>Step Through</source>
        <translation>ステップ実行</translation>
    </message>
    <message>
        <source>Step &amp;Through Deploy...</source>
        <translation>ステップ実行でデプロイ(&amp;T)...</translation>
    </message>
    <message>
        <source>Apply one command at a time: see each before it runs and what it did after</source>
        <translation>コマンドを 1 つずつ適用します: 実行前に各コマンドを確認し、実行後に結果を確認できます</translation>
    </message>
    <message>
        <source>Connecting to %1 and reading what is there...</source>
        <translation>%1 に接続して現在の状態を読み取り中...</translation>
    </message>
    <message>
        <source>the tunnel port %1 of %2</source>
        <translation>%2 のトンネルポート %1</translation>
    </message>
    <message>
        <source>Running the remaining steps...</source>
        <translation>残りのステップを実行中...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止中...</translation>
    </message>
    <message>
        <source>Destroying what topology %1 made on %2...</source>
        <translation>トポロジ %1 が %2 上に作成したものを破棄中...</translation>
    </message>
    <message numerus="yes">
        <source>Destroy FAILED on %n host(s); see the Deploy panel.</source>
        <translation>
            <numerusform>%n 台のホストで破棄に失敗しました。「デプロイ」パネルを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroyed: nothing this topology made is left on the hosts.</source>
        <translation>破棄しました: このトポロジが作成したものはホスト上に残っていません。</translation>
    </message>
    <message numerus="yes">
        <source>The apply FAILED on %n host(s); see the result and the Deploy panel.</source>
        <translation>
            <numerusform>%n 台のホストで適用に失敗しました。結果と「デプロイ」パネルを確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s). What was built stays: Back removes it, Apply finishes it.</source>
        <translation>
            <numerusform>%n ステップ後に停止しました。構築したものは残ります: 「戻る」で削除、「適用」で完成させます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) run; the topology is built.</source>
        <translation>
            <numerusform>完了: %n ステップを実行しました。トポロジが構築されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::StepThroughDock</name>
    <message>
        <source>&amp;Which hosts:</source>
        <translation>対象ホスト(&amp;W):</translation>
    </message>
    <message>
        <source>Hosts to step through</source>
        <translation>ステップ実行するホスト</translation>
    </message>
    <message>
        <source>All hosts, in turn</source>
        <translation>すべてのホスト（順番に）</translation>
    </message>
    <message>
        <source>Read the hosts and stop before the first step of the apply</source>
        <translation>ホストを読み取り、適用の最初のステップの前で停止します</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>ステップの内容</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>ステップの詳細</translation>
    </message>
    <message>
        <source>Objects the step creates</source>
        <translation>ステップが作成するオブジェクト</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>直前のステップの結果</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Steps so far</source>
        <translation>これまでのステップ</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Run this step, then stop before the next one (Return)</source>
        <translation>このステップを実行し、次のステップの前で停止します（Return キー）</translation>
    </message>
    <message>
        <source>&amp;Run to End</source>
        <translation>最後まで実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run every remaining step without stopping</source>
        <translation>残りのステップをすべて止まらずに実行します</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop here; what was built stays on the hosts</source>
        <translation>ここで停止します。構築したものはホスト上に残ります</translation>
    </message>
    <message>
        <source>&amp;Back: Destroy What Was Built</source>
        <translation>戻る: 構築したものを破棄(&amp;B)</translation>
    </message>
    <message>
        <source>Stop, and remove everything this topology made on the hosts</source>
        <translation>停止し、このトポロジがホスト上に作成したものをすべて削除します</translation>
    </message>
    <message>
        <source>Choose the hosts and press Start: OverlayStudio reads them, then stops before every command of the apply so you can see what it does, run it, and see what it did.</source>
        <translation>ホストを選んで「開始」を押してください: OverlayStudio はホストを読み取り、適用の各コマンドの前で停止するので、その内容を確認し、実行し、結果を確認できます。</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>もう一度開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>%1: step %2 of %3 there</source>
        <translation>%1: このホストのステップ %2/%3</translation>
    </message>
    <message>
        <source>Creates nothing new: it configures or connects.</source>
        <translation>新しく作成するものはありません: 設定または接続を行います。</translation>
    </message>
    <message>
        <source>Creates: %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 in all. Next runs it; Run to End runs the rest.</source>
        <translation>全体でステップ %1/%2。「次へ」でこのステップを、「最後まで実行」で残りを実行します。</translation>
    </message>
    <message>
        <source>Running step %1 on %2...</source>
        <translation>%2 でステップ %1 を実行中...</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップしました</translation>
    </message>
    <message>
        <source>ended without exit status (%1)</source>
        <translation>終了ステータスなしで終了しました（%1）</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1、ステップ %2: %3</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（出力なし）</translation>
    </message>
    <message>
        <source>The command of the next step appears here, before it runs.</source>
        <translation>次のステップのコマンドは、実行前にここに表示されます。</translation>
    </message>
    <message>
        <source>What the step printed appears here once it ran.</source>
        <translation>ステップが出力した内容は、実行後にここに表示されます。</translation>
    </message>
</context>
<context>
    <name>studio::StructureDock</name>
    <message>
        <source>Structure</source>
        <translation>構造</translation>
    </message>
</context>
<context>
    <name>studio::StructureModel</name>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1@%2, datapath %3</source>
        <translation>%1@%2、データパス %3</translation>
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
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>VNI %1 to %2</source>
        <translation>VNI %1、%2 へ</translation>
    </message>
</context>
<context>
    <name>studio::TeachController</name>
    <message>
        <source>Export Lab Guide</source>
        <translation>ラボガイドのエクスポート</translation>
    </message>
    <message>
        <source>Markdown with images beside it (*.md);;HTML, images embedded (*.html)</source>
        <translation>画像を別に置く Markdown (*.md);;画像を埋め込んだ HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Lab &amp;Guide...</source>
        <translation>ラボガイドをエクスポート(&amp;G)...</translation>
    </message>
    <message>
        <source>Write a step-by-step guide that builds this topology by hand: Markdown with its diagram, or HTML</source>
        <translation>このトポロジを手作業で構築する手順ガイドを書き出します: 図付きの Markdown、または HTML</translation>
    </message>
    <message>
        <source>Cannot export the lab guide</source>
        <translation>ラボガイドをエクスポートできません</translation>
    </message>
    <message>
        <source>Wrote the lab guide %1</source>
        <translation>ラボガイド %1 を書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the lab guide %1 and its %n image(s)</source>
        <translation>
            <numerusform>ラボガイド %1 と画像 %n 個を書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>studio::TickCommand</name>
    <message>
        <source>the monitoring command's report is incomplete: %1</source>
        <translation>監視コマンドのレポートが不完全です: %1</translation>
    </message>
    <message>
        <source>Check that the host runs a POSIX shell.</source>
        <translation>ホストで POSIX シェルが動作していることを確認してください。</translation>
    </message>
    <message>
        <source>a container named %1 exists on %2, but this topology did not create it (labels %3/%4). Rename one of them.</source>
        <translation>%2 に %1 という名前のコンテナがありますが、このトポロジが作成したものではありません（ラベル %3/%4）。どちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>ovs-vswitchd does not answer.</source>
        <translation>ovs-vswitchd が応答しません。</translation>
    </message>
    <message>
        <source>Docker does not answer.</source>
        <translation>Docker が応答しません。</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未読み取り</translation>
    </message>
</context>
<context>
    <name>studio::Topology</name>
    <message>
        <source>id %1 is used by another object (%2).</source>
        <translation>ID %1 は別のオブジェクト（%2）で使用されています。</translation>
    </message>
    <message>
        <source>Give every object its own id.</source>
        <translation>各オブジェクトに固有の ID を付けてください。</translation>
    </message>
    <message>
        <source>bridge refers to host id %1, which does not exist.</source>
        <translation>ブリッジが参照しているホスト ID %1 は存在しません。</translation>
    </message>
    <message>
        <source>Place the bridge inside an existing host.</source>
        <translation>ブリッジを既存のホスト内に配置してください。</translation>
    </message>
    <message>
        <source>container refers to host id %1, which does not exist.</source>
        <translation>コンテナが参照しているホスト ID %1 は存在しません。</translation>
    </message>
    <message>
        <source>Place the container inside an existing host.</source>
        <translation>コンテナを既存のホスト内に配置してください。</translation>
    </message>
    <message>
        <source>container refers to bridge id %1, which does not exist.</source>
        <translation>コンテナが参照しているブリッジ ID %1 は存在しません。</translation>
    </message>
    <message>
        <source>Attach it to an existing bridge or to none.</source>
        <translation>既存のブリッジに接続するか、接続しないでください。</translation>
    </message>
    <message>
        <source>container is attached to bridge %1 on another host.</source>
        <translation>コンテナが別のホスト上のブリッジ %1 に接続されています。</translation>
    </message>
    <message>
        <source>Attach it to a bridge on its own host.</source>
        <translation>自身のホスト上のブリッジに接続してください。</translation>
    </message>
    <message>
        <source>link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>link refers to bridge id %1, which does not exist.</source>
        <translation>リンクが参照しているブリッジ ID %1 は存在しません。</translation>
    </message>
    <message>
        <source>Connect two existing bridges.</source>
        <translation>既存の 2 つのブリッジを接続してください。</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
</context>
<context>
    <name>studio::TopologyScene</name>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>NAT to the outside</source>
        <translation>外部への NAT</translation>
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
        <translation>%1@%2、SSH ポート %3</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（アドレスなし）</translation>
    </message>
    <message>
        <source>Last deploy: as designed</source>
        <translation>前回のデプロイ: 設計どおり</translation>
    </message>
    <message>
        <source>Last deploy failed: %1</source>
        <translation>前回のデプロイは失敗しました: %1</translation>
    </message>
    <message>
        <source>gateway %1 on port %2, MTU %3</source>
        <translation>ゲートウェイ %1（ポート %2、MTU %3）</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>イメージ %1</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>%1 on %2, address %3</source>
        <translation>%2 上の %1、アドレス %3</translation>
    </message>
    <message>
        <source>VNI %1, UDP port %2, ports %3 / %4</source>
        <translation>VNI %1、UDP ポート %2、ポート %3 / %4</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>接続をキャンセルしました。</translation>
    </message>
    <message>
        <source>Move cancelled.</source>
        <translation>移動をキャンセルしました。</translation>
    </message>
    <message>
        <source>The frame of %1 now overlaps %2; move one of them apart.</source>
        <translation>%1 の枠が %2 と重なっています。どちらかを離してください。</translation>
    </message>
    <message>
        <source>Release on a bridge (or a container) to connect.</source>
        <translation>ブリッジ（またはコンテナ）の上で離すと接続します。</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Monitoring: %1</source>
        <translation>監視: %1</translation>
    </message>
    <message>
        <source>Monitoring: %1. %2</source>
        <translation>監視: %1。%2</translation>
    </message>
</context>
<context>
    <name>studio::UserGuide</name>
    <message>
        <source>OverlayStudio User Guide</source>
        <translation>OverlayStudio ユーザーガイド</translation>
    </message>
    <message>
        <source>Search the guide, e.g. an error message (Enter: next)</source>
        <translation>ガイドを検索（例: エラーメッセージ。Enter: 次へ）</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>ガイドを検索</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Found in "%1"</source>
        <translation>「%1」で見つかりました</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>studio::Validation</name>
    <message>
        <source>The topology name '%1' %2.</source>
        <translation>トポロジ名 '%1' %2。</translation>
    </message>
    <message>
        <source>It tags everything the topology creates on the hosts; rename it, e.g. 'lab-overlay'.</source>
        <translation>この名前はトポロジがホスト上に作成するすべてのものに付けられます。'lab-overlay' などに変更してください。</translation>
    </message>
    <message>
        <source>Host name '%1' %2.</source>
        <translation>ホスト名 '%1' %2。</translation>
    </message>
    <message>
        <source>Rename the host, e.g. 'host1'.</source>
        <translation>ホストの名前を 'host1' などに変更してください。</translation>
    </message>
    <message>
        <source>Host %1 has no management address.</source>
        <translation>ホスト %1 に管理アドレスがありません。</translation>
    </message>
    <message>
        <source>Enter the IP address or DNS name OverlayStudio connects to with SSH.</source>
        <translation>OverlayStudio が SSH で接続する IP アドレスまたは DNS 名を入力してください。</translation>
    </message>
    <message>
        <source>Management address '%1' of host %2 %3.</source>
        <translation>ホスト %2 の管理アドレス '%1' %3。</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.168.0.8 or a host name.</source>
        <translation>192.168.0.8 のような IP アドレスか、ホスト名を入力してください。</translation>
    </message>
    <message>
        <source>SSH port %1 of host %2 is out of range.</source>
        <translation>ホスト %2 の SSH ポート %1 が範囲外です。</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535 (22 is usual).</source>
        <translation>1〜65535 のポートを使用してください（通常は 22）。</translation>
    </message>
    <message>
        <source>SSH user '%1' of host %2 %3.</source>
        <translation>ホスト %2 の SSH ユーザー '%1' %3。</translation>
    </message>
    <message>
        <source>Enter the account to log in as, e.g. root.</source>
        <translation>ログインに使うアカウント（例: root）を入力してください。</translation>
    </message>
    <message>
        <source>Host %1 authenticates with a key file but none is given.</source>
        <translation>ホスト %1 は鍵ファイルで認証しますが、鍵ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Choose the private key file, or authenticate with the SSH agent.</source>
        <translation>秘密鍵ファイルを選ぶか、SSH エージェントで認証してください。</translation>
    </message>
    <message>
        <source>Host %1 logs in as '%2' without sudo; creating bridges and containers needs root.</source>
        <translation>ホスト %1 は sudo なしで '%2' としてログインします。ブリッジとコンテナの作成には root 権限が必要です。</translation>
    </message>
    <message>
        <source>Turn on sudo for this host or log in as root.</source>
        <translation>このホストで sudo を有効にするか、root でログインしてください。</translation>
    </message>
    <message>
        <source>Underlay MTU %1 of host %2 is out of range.</source>
        <translation>ホスト %2 のアンダーレイ MTU %1 が範囲外です。</translation>
    </message>
    <message>
        <source>Use the MTU of the host's network card, %1 to %2 (1500 is usual).</source>
        <translation>ホストのネットワークカードの MTU（%1〜%2、通常は 1500）を使用してください。</translation>
    </message>
    <message>
        <source>Host %1 has no underlay address.</source>
        <translation>ホスト %1 にアンダーレイアドレスがありません。</translation>
    </message>
    <message>
        <source>Enter the IP address VXLAN tunnels of this host use.</source>
        <translation>このホストの VXLAN トンネルが使う IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Host %1 is reached by the name '%2', but VXLAN tunnels need an IP address.</source>
        <translation>ホスト %1 には名前 '%2' で接続しますが、VXLAN トンネルには IP アドレスが必要です。</translation>
    </message>
    <message>
        <source>Enter the host's underlay IP address.</source>
        <translation>ホストのアンダーレイ IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Underlay address of host %1: %2.</source>
        <translation>ホスト %1 のアンダーレイアドレス: %2。</translation>
    </message>
    <message>
        <source>Two hosts are named '%1'.</source>
        <translation>2 台のホストが '%1' という名前です。</translation>
    </message>
    <message>
        <source>Give each host its own name.</source>
        <translation>各ホストに固有の名前を付けてください。</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use management address %3 port %4.</source>
        <translation>ホスト %1 と %2 が同じ管理アドレス %3、ポート %4 を使っています。</translation>
    </message>
    <message>
        <source>Each host needs its own address (or SSH port).</source>
        <translation>各ホストには固有のアドレス（または SSH ポート）が必要です。</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 both use underlay address %3; tunnels could not tell them apart.</source>
        <translation>ホスト %1 と %2 が同じアンダーレイアドレス %3 を使っています。トンネルで区別できません。</translation>
    </message>
    <message>
        <source>Give each host its own underlay address.</source>
        <translation>各ホストに固有のアンダーレイアドレスを割り当ててください。</translation>
    </message>
    <message>
        <source>Bridge name '%1' on %2 %3.</source>
        <translation>%2 上のブリッジ名 '%1' %3。</translation>
    </message>
    <message>
        <source>Rename the bridge, e.g. 'br0'.</source>
        <translation>ブリッジの名前を 'br0' などに変更してください。</translation>
    </message>
    <message>
        <source>Gateway port name '%1' of bridge %2 %3.</source>
        <translation>ブリッジ %2 のゲートウェイポート名 '%1' %3。</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'veth0'.</source>
        <translation>ポートの名前を 'veth0' などに変更してください。</translation>
    </message>
    <message>
        <source>Gateway address of bridge %1: %2.</source>
        <translation>ブリッジ %1 のゲートウェイアドレス: %2。</translation>
    </message>
    <message>
        <source>Enter the gateway address with its prefix, e.g. 10.2.2.1/24.</source>
        <translation>ゲートウェイアドレスをプレフィックス付きで入力してください（例: 10.2.2.1/24）。</translation>
    </message>
    <message>
        <source>Gateway address %1 of bridge %2 is the network or broadcast address of its subnet.</source>
        <translation>ブリッジ %2 のゲートウェイアドレス %1 は、サブネットのネットワークアドレスまたはブロードキャストアドレスです。</translation>
    </message>
    <message>
        <source>Use a host address such as %1/%2.</source>
        <translation>%1/%2 のようなホストアドレスを使用してください。</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is out of range.</source>
        <translation>ブリッジ %2 の MTU %1 が範囲外です。</translation>
    </message>
    <message>
        <source>Use %1 to %2; 1450 fits a VXLAN tunnel over a 1500-byte network.</source>
        <translation>%1〜%2 を使用してください。1450 なら 1500 バイトのネットワーク上の VXLAN トンネルに収まります。</translation>
    </message>
    <message>
        <source>Container name '%1' on %2 %3.</source>
        <translation>%2 上のコンテナ名 '%1' %3。</translation>
    </message>
    <message>
        <source>Rename the container, e.g. 'container1'.</source>
        <translation>コンテナの名前を 'container1' などに変更してください。</translation>
    </message>
    <message>
        <source>Image '%1' of container %2 %3.</source>
        <translation>コンテナ %2 のイメージ '%1' %3。</translation>
    </message>
    <message>
        <source>Enter an image that exists on the host, e.g. ubuntu:v1.</source>
        <translation>ホスト上に存在するイメージ（例: ubuntu:v1）を入力してください。</translation>
    </message>
    <message>
        <source>Interface name '%1' of container %2 %3.</source>
        <translation>コンテナ %2 のインターフェース名 '%1' %3。</translation>
    </message>
    <message>
        <source>Use a name such as eth0.</source>
        <translation>eth0 のような名前を使用してください。</translation>
    </message>
    <message>
        <source>Container %1 is not attached to a bridge; it will run without a network.</source>
        <translation>コンテナ %1 はブリッジに接続されていません。ネットワークなしで実行されます。</translation>
    </message>
    <message>
        <source>Connect it to a bridge on %1.</source>
        <translation>%1 上のブリッジに接続してください。</translation>
    </message>
    <message>
        <source>Address of container %1: %2.</source>
        <translation>コンテナ %1 のアドレス: %2。</translation>
    </message>
    <message>
        <source>Enter an address in %1, e.g. %2.</source>
        <translation>%1 内のアドレス（例: %2）を入力してください。</translation>
    </message>
    <message>
        <source>the bridge's subnet</source>
        <translation>ブリッジのサブネット</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is not in subnet %3 of bridge %4.</source>
        <translation>コンテナ %2 のアドレス %1 は、ブリッジ %4 のサブネット %3 に含まれていません。</translation>
    </message>
    <message>
        <source>Use an address in %1 with prefix /%2, or attach the container to another bridge.</source>
        <translation>%1 内でプレフィックス /%2 のアドレスを使うか、コンテナを別のブリッジに接続してください。</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is the network or broadcast address of %3.</source>
        <translation>コンテナ %2 のアドレス %1 は、%3 のネットワークアドレスまたはブロードキャストアドレスです。</translation>
    </message>
    <message>
        <source>Pick a host address inside the subnet.</source>
        <translation>サブネット内のホストアドレスを選んでください。</translation>
    </message>
    <message>
        <source>Gateway of container %1: %2.</source>
        <translation>コンテナ %1 のゲートウェイ: %2。</translation>
    </message>
    <message>
        <source>Enter the bridge's gateway address, or leave it empty to use it.</source>
        <translation>ブリッジのゲートウェイアドレスを入力するか、空のままにしてそれを使用してください。</translation>
    </message>
    <message>
        <source>Gateway %1 of container %2 is not in subnet %3, so the container cannot reach it.</source>
        <translation>コンテナ %2 のゲートウェイ %1 はサブネット %3 に含まれていないため、コンテナから到達できません。</translation>
    </message>
    <message>
        <source>Use %1 (the gateway of bridge %2) or leave the gateway empty.</source>
        <translation>%1（ブリッジ %2 のゲートウェイ）を使うか、ゲートウェイを空にしてください。</translation>
    </message>
    <message>
        <source>VNI %1 of link %2 is out of range.</source>
        <translation>リンク %2 の VNI %1 が範囲外です。</translation>
    </message>
    <message>
        <source>Use a VNI from %1 to %2.</source>
        <translation>%1〜%2 の VNI を使用してください。</translation>
    </message>
    <message>
        <source>UDP port %1 of link %2 is out of range.</source>
        <translation>リンク %2 の UDP ポート %1 が範囲外です。</translation>
    </message>
    <message>
        <source>Use 4789, the VXLAN port, unless the network needs another (1-65535).</source>
        <translation>ネットワーク上で別のポートが必要でない限り、VXLAN のポート 4789 を使用してください（1〜65535）。</translation>
    </message>
    <message>
        <source>Tunnel port name '%1' of link %2 %3.</source>
        <translation>リンク %2 のトンネルポート名 '%1' %3。</translation>
    </message>
    <message>
        <source>Rename the port, e.g. 'vxlan0'.</source>
        <translation>ポートの名前を 'vxlan0' などに変更してください。</translation>
    </message>
    <message>
        <source>Link %1 joins two bridges on the same host %2; a VXLAN tunnel joins different hosts.</source>
        <translation>リンク %1 は同じホスト %2 上の 2 つのブリッジをつないでいます。VXLAN トンネルは異なるホストをつなぐものです。</translation>
    </message>
    <message>
        <source>Connect the bridge to a bridge on another host.</source>
        <translation>このブリッジを別のホスト上のブリッジに接続してください。</translation>
    </message>
    <message>
        <source>Link %1 joins subnet %2 with subnet %3; one layer-2 segment needs one subnet.</source>
        <translation>リンク %1 はサブネット %2 とサブネット %3 をつないでいます。1 つのレイヤー 2 セグメントには 1 つのサブネットが必要です。</translation>
    </message>
    <message>
        <source>Give both bridges addresses in the same subnet, or remove the link.</source>
        <translation>両方のブリッジに同じサブネットのアドレスを割り当てるか、リンクを削除してください。</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 are joined by two links.</source>
        <translation>ブリッジ %1 と %2 が 2 本のリンクでつながっています。</translation>
    </message>
    <message>
        <source>Remove one of them; one tunnel carries the whole segment.</source>
        <translation>どちらかを削除してください。1 本のトンネルでセグメント全体を運べます。</translation>
    </message>
    <message>
        <source>MTU %1 of bridge %2 is larger than its VXLAN tunnel can carry: the underlay MTU is %3 and VXLAN adds %4 bytes.</source>
        <translation>ブリッジ %2 の MTU %1 は、VXLAN トンネルで運べる大きさを超えています: アンダーレイ MTU は %3 で、VXLAN は %4 バイトを追加します。</translation>
    </message>
    <message>
        <source>Set the bridge MTU to %1 or less.</source>
        <translation>ブリッジの MTU を %1 以下に設定してください。</translation>
    </message>
    <message>
        <source>%1 uses the name '%2' twice on host %3.</source>
        <translation>%1 はホスト %3 上で名前 '%2' を 2 回使っています。</translation>
    </message>
    <message>
        <source>The name '%1' is used by both %2 and %3 on host %4.</source>
        <translation>名前 '%1' はホスト %4 上で %2 と %3 の両方に使われています。</translation>
    </message>
    <message>
        <source>Bridges, gateway ports and tunnel ports of one host each need their own name.</source>
        <translation>1 台のホストのブリッジ、ゲートウェイポート、トンネルポートにはそれぞれ固有の名前が必要です。</translation>
    </message>
    <message>
        <source>Two containers on host %1 are named '%2'.</source>
        <translation>ホスト %1 上の 2 つのコンテナが '%2' という名前です。</translation>
    </message>
    <message>
        <source>Give each container on a host its own name.</source>
        <translation>ホスト上の各コンテナに固有の名前を付けてください。</translation>
    </message>
    <message>
        <source>Subnet %1 of bridge %2 overlaps subnet %3 of bridge %4 on the same host.</source>
        <translation>ブリッジ %2 のサブネット %1 が、同じホスト上のブリッジ %4 のサブネット %3 と重なっています。</translation>
    </message>
    <message>
        <source>Give each bridge of a host its own subnet, e.g. 10.2.2.0/24 and 10.3.3.0/24.</source>
        <translation>ホストの各ブリッジに固有のサブネットを割り当ててください（例: 10.2.2.0/24 と 10.3.3.0/24）。</translation>
    </message>
    <message>
        <source>Links %1 and %2 both tunnel from %3 to %4 with VNI %5; OVS cannot tell them apart.</source>
        <translation>リンク %1 と %2 はどちらも VNI %5 で %3 から %4 へトンネルを張っています。OVS では区別できません。</translation>
    </message>
    <message>
        <source>Give one of the links another VNI.</source>
        <translation>どちらかのリンクに別の VNI を割り当ててください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>VNI %1 joins bridges with different subnets: %2.</source>
        <translation>VNI %1 がサブネットの異なるブリッジをつないでいます: %2。</translation>
    </message>
    <message>
        <source>Bridges joined by one VNI form one network: give them the same subnet, or use another VNI for the other subnet.</source>
        <translation>1 つの VNI でつながったブリッジは 1 つのネットワークになります: 同じサブネットを割り当てるか、別のサブネットには別の VNI を使用してください。</translation>
    </message>
    <message>
        <source>The bridges %1 joined by VNI %2 form a loop (%3 links between %4 bridges): flooded frames circle it and MAC learning breaks, so unicast is lost.</source>
        <translation>VNI %2 でつながったブリッジ %1 がループを形成しています（%4 個のブリッジ間に %3 本のリンク）: フラッディングされたフレームがループを周回して MAC 学習が機能しなくなり、ユニキャストが失われます。</translation>
    </message>
    <message>
        <source>Remove links until they form a tree, or link every pair of bridges (a full mesh, which gets split horizon).</source>
        <translation>ツリー状になるまでリンクを削除するか、すべてのブリッジの組をリンクしてください（フルメッシュにするとスプリットホライズンが適用されます）。</translation>
    </message>
    <message>
        <source>The bridges %1 form one network but their links use different VNIs (%2).</source>
        <translation>ブリッジ %1 は 1 つのネットワークを構成していますが、リンクが異なる VNI（%2）を使っています。</translation>
    </message>
    <message>
        <source>Use one VNI for all links of a network; it is the network's identity.</source>
        <translation>ネットワークのすべてのリンクに 1 つの VNI を使用してください。VNI はネットワークの識別子です。</translation>
    </message>
    <message>
        <source>Bridges %1 and %2 of one network both have gateway address %3; a container may get either host's reply.</source>
        <translation>同じネットワークのブリッジ %1 と %2 が、どちらもゲートウェイアドレス %3 を持っています。コンテナはどちらのホストからも応答を受け取る可能性があります。</translation>
    </message>
    <message>
        <source>Give each host's gateway port its own address, e.g. .1 and .254 (containers keep using their own host's gateway).</source>
        <translation>各ホストのゲートウェイポートに固有のアドレスを割り当ててください（例: .1 と .254）。コンテナは引き続き自身のホストのゲートウェイを使います。</translation>
    </message>
    <message>
        <source>Address %1 of container %2 is already used by %3 in the same network.</source>
        <translation>コンテナ %2 のアドレス %1 は、同じネットワーク内の %3 がすでに使っています。</translation>
    </message>
    <message>
        <source>Give the container a free address in %1.</source>
        <translation>コンテナに %1 内の空いているアドレスを割り当ててください。</translation>
    </message>
    <message>
        <source>The bridges %1 of one network have different MTUs; large frames will be lost in one direction.</source>
        <translation>1 つのネットワークのブリッジ %1 の MTU が異なります。大きなフレームが一方向で失われます。</translation>
    </message>
    <message>
        <source>Give all bridges of a network the same MTU.</source>
        <translation>ネットワークのすべてのブリッジに同じ MTU を設定してください。</translation>
    </message>
    <message>
        <source>Bridge %1 is set to route, but no other bridge on %2 is: there is nothing to route to.</source>
        <translation>ブリッジ %1 はルーティングが設定されていますが、%2 上の他のブリッジには設定されていません: ルーティング先がありません。</translation>
    </message>
    <message>
        <source>Set routing on the bridge its segment should reach, or turn it off.</source>
        <translation>このセグメントの到達先となるブリッジにもルーティングを設定するか、この設定をオフにしてください。</translation>
    </message>
    <message>
        <source>%1 routes between the networks of %2 and %3, but %4 does not route between %5 and %6, which are in the same two networks: containers on %4 answer through their own host, which drops what is routed to them.</source>
        <translation>%1 は %2 と %3 のネットワーク間でルーティングしますが、%4 は同じ 2 つのネットワークに属する %5 と %6 の間でルーティングしません: %4 上のコンテナは自身のホスト経由で応答し、そのホストはルーティングされてきたものを破棄します。</translation>
    </message>
    <message>
        <source>Set routing on %1 and %2 as well, or on neither host.</source>
        <translation>%1 と %2 にもルーティングを設定するか、どちらのホストにも設定しないでください。</translation>
    </message>
    <message>
        <source>Image %1 is defined twice.</source>
        <translation>イメージ %1 が二重に定義されています。</translation>
    </message>
    <message>
        <source>Remove one of its definitions in Images (Deploy menu).</source>
        <translation>「イメージ」(デプロイ メニュー) で定義の一つを削除してください。</translation>
    </message>
</context>
<context>
    <name>studio::WelcomePage</name>
    <message>
        <source>Welcome page</source>
        <translation>ようこそページ</translation>
    </message>
    <message>
        <source>Welcome to OverlayStudio</source>
        <translation>OverlayStudio へようこそ</translation>
    </message>
    <message>
        <source>Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker containers and VXLAN links. OverlayStudio checks the design, shows the commands that build it, and deploys it over SSH. The user guide is under Help (F1).</source>
        <translation>キャンバス上でコンテナのオーバーレイネットワークを設計します: ホスト、Open vSwitch ブリッジ、Docker コンテナ、VXLAN リンク。OverlayStudio は設計を検査し、それを構築するコマンドを表示し、SSH でデプロイします。ユーザーガイドは「ヘルプ」にあります（F1）。</translation>
    </message>
    <message>
        <source>Close the welcome page (Esc)</source>
        <translation>ようこそページを閉じる（Esc）</translation>
    </message>
    <message>
        <source>Close the welcome page</source>
        <translation>ようこそページを閉じる</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>New Empty Design</source>
        <translation>新しい空の設計</translation>
    </message>
    <message>
        <source>Drag hosts, bridges and containers from the palette onto the canvas.</source>
        <translation>パレットからホスト、ブリッジ、コンテナをキャンバスにドラッグします。</translation>
    </message>
    <message>
        <source>Try It on a Local Lab</source>
        <translation>ローカルラボで試す</translation>
    </message>
    <message>
        <source>Two simulated hosts on this machine, then the lab example to deploy to them. Needs root.</source>
        <translation>このマシン上に 2 台のホストをシミュレートし、そこにデプロイするラボのサンプルを開きます。root 権限が必要です。</translation>
    </message>
    <message>
        <source>Open an example</source>
        <translation>サンプルを開く</translation>
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
        <translation>劣化</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未適用</translation>
    </message>
</context>
<context>
    <name>studio::monitorformat</name>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>劣化</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>無通信</translation>
    </message>
</context>
</TS>