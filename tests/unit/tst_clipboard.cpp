// Copy and paste, headless: what a copied selection holds, and what a paste adds (fresh ids,
// names, subnets and addresses; objects back into their own host), or why it adds nothing.
#include "testsupport.h"

#include "commands/clipboard.h"
#include "model/topologydocument.h"
#include "model/validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace studio;

namespace {

QStringList errorsOf(const Topology &t)
{
    QStringList errors;
    for (const Problem &p : validate(t)) {
        if (p.severity == Severity::Error)
            errors << p.text();
    }
    return errors;
}

// Pastes what `selection` (display names) copies from the document into the document itself.
Result<Snapshot> copyAndPaste(TopologyDocument &doc, const QStringList &selection)
{
    QList<ObjectId> ids;
    for (const QString &name : selection)
        ids << test::idOf(doc.topology(), name);
    const auto copied = clipboard::copy(doc.topology(), ids);
    if (!copied)
        return copied.error();
    return clipboard::paste(&doc, copied.value(), QPointF(60, 60));
}

} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json"))); }

    void copyHoldsTheSelectionInTheFileFormat()
    {
        const Topology &t = m_doc.topology();
        const auto copied = clipboard::copy(t, {test::idOf(t, QStringLiteral("host1/container1"))});
        QVERIFY(copied.ok());
        const QJsonObject json = QJsonDocument::fromJson(copied.value()).object();
        QVERIFY(json.contains(QStringLiteral("format")));
        const QByteArray text = copied.value();
        QVERIFY(text.contains("container1"));
        QVERIFY(!text.contains("container2")); // not selected
        QVERIFY(!text.contains("host2"));      // not the context of anything selected
        // The container's bridge stays behind; the fragment says where to re-attach it.
        QCOMPARE(json.value(QStringLiteral("attachments")).toObject().size(), 1);
    }

    void wholeHostPastesAsANewHostWithoutAnAddress()
    {
        const std::size_t hosts = m_doc.topology().hosts().size();
        const auto pasted = copyAndPaste(m_doc, {QStringLiteral("host1")});
        QVERIFY2(pasted.ok(), qPrintable(pasted ? QString() : pasted.error().toString()));
        const Snapshot &s = pasted.value();
        QCOMPARE(s.hosts.size(), std::size_t(1));
        QCOMPARE(s.bridges.size(), std::size_t(2));
        QCOMPARE(s.containers.size(), std::size_t(2));
        QCOMPARE(s.links.size(), std::size_t(0)); // the other ends stayed behind
        const Host &host = s.hosts.front();
        QCOMPARE(host.name, QStringLiteral("host3"));
        QVERIFY(host.managementAddress.isEmpty()); // two hosts at one address would be one host
        QCOMPARE(host.position, m_doc.topology().host(1)->position + QPointF(60, 60));
        QVERIFY(!m_doc.topology().contains(host.id));
        for (const Bridge &b : s.bridges)
            QCOMPARE(b.host, host.id);
        for (const Container &c : s.containers) {
            QCOMPARE(c.host, host.id);
            QVERIFY(c.name != QStringLiteral("container1")
                    && c.name != QStringLiteral("container2"));
        }
        QVERIFY(m_doc.restore(s).ok());
        QCOMPARE(m_doc.topology().hosts().size(), hosts + 1);
    }

    void bothEndsCopiedKeepTheirLink()
    {
        const auto pasted = copyAndPaste(m_doc, {QStringLiteral("host1"), QStringLiteral("host2")});
        QVERIFY(pasted.ok());
        const Snapshot &s = pasted.value();
        QCOMPARE(s.links.size(), m_doc.topology().links().size());
        QSet<ObjectId> bridges;
        for (const Bridge &b : s.bridges)
            bridges.insert(b.id);
        for (const VxlanLink &l : s.links)
            QVERIFY(bridges.contains(l.bridgeA) && bridges.contains(l.bridgeB));
    }

    void bridgeGoesBackIntoItsHostWithAFreeSubnet()
    {
        const auto pasted = copyAndPaste(m_doc, {QStringLiteral("host1/br0")});
        QVERIFY(pasted.ok());
        const Snapshot &s = pasted.value();
        QVERIFY(s.hosts.empty());
        QCOMPARE(s.bridges.size(), std::size_t(1));
        const Bridge &b = s.bridges.front();
        QCOMPARE(b.host, test::idOf(m_doc.topology(), QStringLiteral("host1")));
        QCOMPARE(b.name, QStringLiteral("br2"));
        QCOMPARE(b.gatewayPort, QStringLiteral("veth2"));
        // The next /24 after the highest in use (10.3.3.0/24), overlapping none of host1's.
        QCOMPARE(b.gatewayAddress, QStringLiteral("10.3.4.1/24"));
        const QStringList before = errorsOf(m_doc.topology());
        QVERIFY(m_doc.restore(s).ok());
        QCOMPARE(errorsOf(m_doc.topology()), before);
    }

    void containerRejoinsItsBridgeWithAFreeAddress()
    {
        const auto pasted = copyAndPaste(m_doc, {QStringLiteral("host1/container1")});
        QVERIFY(pasted.ok());
        const Snapshot &s = pasted.value();
        QCOMPARE(s.containers.size(), std::size_t(1));
        const Container &c = s.containers.front();
        QCOMPARE(c.bridge, test::idOf(m_doc.topology(), QStringLiteral("host1/br0")));
        QCOMPARE(c.name, QStringLiteral("container5"));
        // 10.2.2.1 is the gateway, .2 and .3 are containers of the segment (on both hosts).
        QCOMPARE(c.address, QStringLiteral("10.2.2.4/24"));
        const QStringList before = errorsOf(m_doc.topology());
        QVERIFY(m_doc.restore(s).ok());
        QCOMPARE(errorsOf(m_doc.topology()), before);
    }

    void pastingTwiceGivesDistinctNamesAndAddresses()
    {
        const auto first = copyAndPaste(m_doc, {QStringLiteral("host1/container1")});
        QVERIFY(first.ok());
        QVERIFY(m_doc.restore(first.value()).ok());
        const auto second = copyAndPaste(m_doc, {QStringLiteral("host1/container1")});
        QVERIFY(second.ok());
        QVERIFY(second.value().containers.front().name != first.value().containers.front().name);
        QVERIFY(second.value().containers.front().address
                != first.value().containers.front().address);
    }

    void whatCannotBePastedSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("not ours") << QByteArray("hello") << "holds no OverlayStudio objects";
        QTest::newRow("not json") << QByteArray("{\"format\": ")
                                  << "holds no OverlayStudio objects";
    }
    void whatCannotBePastedSaysWhy()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto pasted = clipboard::paste(&m_doc, data, QPointF());
        QVERIFY(!pasted.ok());
        QVERIFY2(pasted.error().toString().contains(message),
                 qPrintable(pasted.error().toString()));
    }

    void nothingSelectedPastesNothing()
    {
        const auto copied = clipboard::copy(m_doc.topology(), {});
        QVERIFY(copied.ok());
        const auto pasted = clipboard::paste(&m_doc, copied.value(), QPointF());
        QVERIFY(!pasted.ok());
        QVERIFY2(pasted.error().toString().contains(QStringLiteral("Nothing to paste")),
                 qPrintable(pasted.error().toString()));
    }

    void objectsOfAHostThatIsGoneCannotBePasted()
    {
        const Topology &t = m_doc.topology();
        const auto copied = clipboard::copy(t, {test::idOf(t, QStringLiteral("host2/container3"))});
        QVERIFY(copied.ok());
        m_doc.remove(test::idOf(t, QStringLiteral("host2")));
        const auto pasted = clipboard::paste(&m_doc, copied.value(), QPointF());
        QVERIFY(!pasted.ok());
        const QString text = pasted.error().toString();
        QVERIFY2(text.contains(QStringLiteral("host2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("copy whole hosts")), qPrintable(text));
    }

private:
    TopologyDocument m_doc;
};

QTEST_GUILESS_MAIN(TestClipboard)
#include "tst_clipboard.moc"
