#pragma once

#include "teach/packetpath.h"
#include "teach/pingcapture.h"

#include "model/topology.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace studio {

// The Packet Path panel: one ping followed from a container to another (chosen here, or from
// the canvas's selection): every hop with what happens there and why, the headers on the wire
// with their sizes, the MTU arithmetic, and the verdict. After a capture, the headers of the
// real packet stand beside the explained ones. A view: PacketPathController fills it.
class PacketPathView : public QWidget
{
    Q_OBJECT

public:
    explicit PacketPathView(QWidget *parent = nullptr);

    // The containers to choose from; keeps the choice when it still exists.
    void setTopology(const Topology &topology);
    void choose(ObjectId from, ObjectId to);
    void rename(ObjectId container, const QString &name); // a container renamed in the design
    ObjectId from() const;
    ObjectId to() const;

    void showPath(const Result<PacketPath> &path);
    void showCapturing(const QString &text);
    void showCapture(const CaptureOutcome &outcome);
    const std::optional<PacketPath> &path() const { return m_path; }

    QComboBox *fromChoice() const { return m_from; }
    QComboBox *toChoice() const { return m_to; }
    QLabel *verdict() const { return m_verdict; }
    QTextBrowser *hops() const { return m_hops; }
    QTableWidget *headers() const { return m_headers; }
    QLabel *mtu() const { return m_mtu; }
    QPushButton *captureButton() const { return m_capture; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *captureStatus() const { return m_captureStatus; }

    // The language changed: every fixed text again.
    void retranslate();

signals:
    void pairChosen(ObjectId from, ObjectId to);
    void hopActivated(ObjectId object);
    void captureRequested();
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString hint() const;
    void fillHeaders(const std::vector<PacketHeader> &explained,
                     const std::vector<PacketHeader> &captured);

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_verdict = nullptr;
    QTextBrowser *m_hops = nullptr;
    QLabel *m_mtu = nullptr;
    QTableWidget *m_headers = nullptr;
    QPushButton *m_capture = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_captureStatus = nullptr;
    std::optional<PacketPath> m_path;
    bool m_filling = false;
};

} // namespace studio
