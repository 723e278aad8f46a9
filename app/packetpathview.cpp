#include "packetpathview.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace studio {

namespace {

const QColor kFailed(220, 50, 47);
const QColor kDone(64, 160, 43);

QString hopIcon(PathHop::Kind kind)
{
    switch (kind) {
    case PathHop::Kind::Send:
        return QStringLiteral("➜");
    case PathHop::Kind::Bridge:
        return QStringLiteral("⇄");
    case PathHop::Kind::Encapsulate:
        return QStringLiteral("⊕");
    case PathHop::Kind::Underlay:
        return QStringLiteral("⇢");
    case PathHop::Kind::Decapsulate:
        return QStringLiteral("⊖");
    case PathHop::Kind::Route:
        return QStringLiteral("↱");
    case PathHop::Kind::Deliver:
        return QStringLiteral("✔");
    case PathHop::Kind::Drop:
        return QStringLiteral("✖");
    }
    return {};
}

} // namespace

PacketPathView::PacketPathView(QWidget *parent)
    : QWidget(parent)
{
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    auto *pair = new QFormLayout;
    pair->addRow(m_fromLabel, m_from);
    pair->addRow(m_toLabel, m_to);
    for (QComboBox *box : {m_from, m_to}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit pairChosen(from(), to());
        });
    }

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_hops = new QTextBrowser(this);
    m_hops->setOpenLinks(false);
    m_hops->setOpenExternalLinks(false);
    connect(m_hops, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { emit hopActivated(ObjectId(url.path().toUInt())); });

    m_mtu = new QLabel(this);
    m_mtu->setWordWrap(true);
    m_mtu->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Three columns, each layer a full-width row above its fields: fits a side panel.
    m_headers = new QTableWidget(0, 3, this);
    m_headers->verticalHeader()->hide();
    m_headers->verticalHeader()->setDefaultSectionSize(m_headers->fontMetrics().height() + 6);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setWordWrap(false);
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_headers->setColumnHidden(2, true);

    m_capture = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setEnabled(false);
    m_captureStatus = new QLabel(this);
    m_captureStatus->setWordWrap(true);
    connect(m_capture, &QPushButton::clicked, this, &PacketPathView::captureRequested);
    connect(m_save, &QPushButton::clicked, this, &PacketPathView::saveRequested);
    auto *captureRow = new QHBoxLayout;
    captureRow->addWidget(m_capture);
    captureRow->addWidget(m_save);
    captureRow->addStretch(1);

    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_mtu);
    belowLayout->addWidget(m_headers, 1);
    belowLayout->addLayout(captureRow);
    belowLayout->addWidget(m_captureStatus);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_hops);
    split->addWidget(below);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(pair);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);
    retranslate();
    showPath(Error{{}, hint(), {}});
}

void PacketPathView::retranslate()
{
    // Mnemonics: none of the menu bar's (F, E, V, D, H) nor the Step Through panel's
    // (W, S, N, R, P, B), which may be open beside this one.
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("T&o:"));
    m_from->setAccessibleName(tr("From container"));
    m_to->setAccessibleName(tr("To container"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_hops->setAccessibleName(tr("Hops"));
    m_mtu->setAccessibleName(tr("MTU arithmetic"));
    m_headers->setAccessibleName(tr("Headers on the wire"));
    m_headers->setHorizontalHeaderLabels({tr("Field"), tr("Explained"), tr("Captured")});
    m_capture->setText(tr("&Capture a Ping"));
    m_capture->setToolTip(tr("On the deployed topology: send one ping and catch it on the "
                             "underlay with tcpdump"));
    m_save->setText(tr("Save Capt&ure..."));
    m_save->setToolTip(tr("Save the captured packet as a .pcap file Wireshark opens"));
    m_captureStatus->setAccessibleName(tr("Capture"));
    if (!m_path)
        m_verdict->setText(hint());
}

QString PacketPathView::hint() const
{
    return tr("Choose two containers, or select them (or a link) on the canvas and use Show "
              "Packet Path.");
}

void PacketPathView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PacketPathView::setTopology(const Topology &topology)
{
    const ObjectId from = this->from(), to = this->to();
    m_filling = true;
    for (QComboBox *box : {m_from, m_to}) {
        box->clear();
        for (const Container &c : topology.containers())
            box->addItem(topology.displayName(c.id), c.id);
    }
    m_filling = false;
    choose(from, to);
}

void PacketPathView::rename(ObjectId container, const QString &name)
{
    for (QComboBox *box : {m_from, m_to}) {
        const int at = box->findData(container);
        if (at >= 0)
            box->setItemText(at, name);
    }
}

void PacketPathView::choose(ObjectId from, ObjectId to)
{
    m_filling = true;
    const int a = m_from->findData(from), b = m_to->findData(to);
    m_from->setCurrentIndex(a >= 0 ? a : 0);
    m_to->setCurrentIndex(b >= 0 ? b : std::min(1, m_to->count() - 1));
    m_filling = false;
}

ObjectId PacketPathView::from() const
{
    return m_from->currentData().toUInt();
}

ObjectId PacketPathView::to() const
{
    return m_to->currentData().toUInt();
}

void PacketPathView::showPath(const Result<PacketPath> &result)
{
    m_save->setEnabled(false);
    m_captureStatus->clear();
    m_headers->setColumnHidden(2, true);
    QPalette pal = m_verdict->palette();
    if (!result) {
        m_path.reset();
        m_verdict->setText(result.error().toString());
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        m_verdict->setPalette(pal);
        m_hops->clear();
        m_mtu->clear();
        m_headers->setRowCount(0);
        m_capture->setEnabled(false);
        return;
    }
    m_path = result.value();
    const PacketPath &p = *m_path;
    m_verdict->setText(p.delivered ? p.verdict : tr("Dropped: %1 %2").arg(p.verdict, p.fix));
    pal.setColor(QPalette::WindowText, p.delivered ? kDone : kFailed);
    m_verdict->setPalette(pal);

    QString html = QStringLiteral("<ol>");
    for (const PathHop &h : p.hops) {
        const QString title = h.object != kNoObject ? QStringLiteral("<a href=\"object:%1\">%2</a>")
                                                          .arg(h.object)
                                                          .arg(h.title.toHtmlEscaped())
                                                    : h.title.toHtmlEscaped();
        html += QStringLiteral("<li><p><b>%1 %2</b>%3<br>%4</p></li>")
                    .arg(hopIcon(h.kind), title,
                         h.host.isEmpty()
                             ? QString()
                             : QStringLiteral(" <i>(%1)</i>").arg(h.host.toHtmlEscaped()),
                         h.explanation.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    m_hops->setHtml(html);

    if (!p.tunnels.empty()) {
        const TunnelCrossing &t = p.tunnels.front();
        m_mtu->setText(tr("<b>MTU:</b> %1. The bridges use MTU %2%3.")
                           .arg(t.arithmetic().toHtmlEscaped())
                           .arg(t.bridgeMtu)
                           .arg(t.fits() ? tr(", which fits") : tr(", which does NOT fit")));
        fillHeaders(t.headers, {});
        m_capture->setEnabled(true);
    } else {
        m_mtu->setText(p.delivered ? tr("No tunnel: the frame stays on one host, so VXLAN adds "
                                        "nothing and the bridge's MTU is all there is.")
                                   : QString());
        fillHeaders(p.innerHeaders, {});
        m_capture->setEnabled(false);
    }
}

void PacketPathView::fillHeaders(const std::vector<PacketHeader> &explained,
                                 const std::vector<PacketHeader> &captured)
{
    m_headers->clearSpans();
    m_headers->setRowCount(0);
    int row = 0;
    for (std::size_t i = 0; i < explained.size(); ++i) {
        const PacketHeader &h = explained[i];
        // The captured header of the same layer, if the packet had it.
        const PacketHeader *real = nullptr;
        for (const PacketHeader &c : captured) {
            if (c.layer == h.layer)
                real = &c;
        }
        m_headers->insertRow(row);
        auto *layer = new QTableWidgetItem(
            tr("%1: %n byte(s)", nullptr, real ? real->bytes : h.bytes).arg(h.layer));
        QFont font = layer->font();
        font.setBold(true);
        layer->setFont(font);
        layer->setBackground(palette().color(QPalette::AlternateBase));
        m_headers->setItem(row, 0, layer);
        m_headers->setSpan(row, 0, 1, 3);
        ++row;
        for (int f = 0; f < h.fields.size(); ++f) {
            m_headers->insertRow(row);
            m_headers->setItem(row, 0, new QTableWidgetItem(h.fields[f].name));
            m_headers->setItem(row, 1, new QTableWidgetItem(h.fields[f].value));
            if (real) {
                const QString value = real->field(h.fields[f].name);
                auto *item = new QTableWidgetItem(value);
                // Values the design fixes (addresses, ports, the VNI) must be the same.
                if (!value.isEmpty() && value == h.fields[f].value)
                    item->setForeground(kDone);
                m_headers->setItem(row, 2, item);
            }
            ++row;
        }
    }
}

void PacketPathView::showCapturing(const QString &text)
{
    m_capture->setEnabled(false);
    m_captureStatus->setText(text);
}

void PacketPathView::showCapture(const CaptureOutcome &outcome)
{
    m_capture->setEnabled(m_path && !m_path->tunnels.empty());
    if (!outcome.ok) {
        m_captureStatus->setText(tr("Capture failed: %1").arg(outcome.error));
        return;
    }
    const CaptureResult &r = outcome.result;
    if (r.echoRequest < 0) {
        m_captureStatus->setText(
            tr("tcpdump on %1 of %2 caught %n packet(s), but not the echo request to %3%4. Is the "
               "topology deployed?",
               nullptr, int(r.capture.records.size()))
                .arg(r.interfaceName, outcome.request.host, outcome.request.destination,
                     r.pingReplied ? QString() : tr(" (the ping got no reply)")));
        return;
    }
    m_headers->setColumnHidden(2, false);
    if (m_path && !m_path->tunnels.empty())
        fillHeaders(m_path->tunnels.front().headers, r.decoded.headers);
    m_save->setEnabled(true);
    const bool same = r.decoded.vni == outcome.request.expectedVni;
    m_captureStatus->setText(
        tr("Captured on %1 of %2: from %3 to %4, UDP %5 → %6, VNI %7 (taken from the packet; "
           "the design says %8%9). The ping %10.")
            .arg(r.interfaceName, outcome.request.host, r.decoded.outerSource,
                 r.decoded.outerDestination)
            .arg(r.decoded.udpSource)
            .arg(r.decoded.udpDestination)
            .arg(r.decoded.vni)
            .arg(outcome.request.expectedVni)
            .arg(same ? QString() : tr(": they differ!"))
            .arg(r.pingReplied ? tr("got its reply") : tr("got no reply")));
}

} // namespace studio
