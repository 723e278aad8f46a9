#include "deploysettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace studio {

DeploySettingsDialog::DeploySettingsDialog(const DeploySettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_style(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_hosts(new QSpinBox(this))
{
    setWindowTitle(tr("Deploy Settings"));
    m_style->addItem(tr("Fast: containers side by side, plugged all at once"),
                     int(PlanStyle::Fast));
    m_style->addItem(tr("Guide: ovs-docker, one container after another"), int(PlanStyle::Guide));
    m_style->setCurrentIndex(m_style->findData(int(settings.style)));
    m_style->setAccessibleName(tr("Deploy style"));
    m_explanation->setWordWrap(true);
    m_explanation->setMinimumWidth(420);
    m_hosts->setRange(0, 10000);
    m_hosts->setSpecialValueText(tr("all"));
    m_hosts->setValue(settings.maxParallelHosts);
    m_hosts->setAccessibleName(tr("Hosts connected at once"));
    m_hosts->setMaximumWidth(m_hosts->fontMetrics().horizontalAdvance(QStringLiteral("000000"))
                             * 2);
    m_hosts->setToolTip(tr("Hosts beyond this number wait for their turn; 0 connects all of "
                           "them at once."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Style:"), m_style);
    form->addRow(QString(), m_explanation);
    form->addRow(tr("&Hosts at once:"), m_hosts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_style, &QComboBox::currentIndexChanged, this, &DeploySettingsDialog::explainStyle);
    explainStyle();
}

DeploySettings DeploySettingsDialog::settings() const
{
    DeploySettings s;
    s.style = PlanStyle(m_style->currentData().toInt());
    s.maxParallelHosts = m_hosts->value();
    return s;
}

void DeploySettingsDialog::explainStyle()
{
    m_explanation->setText(
        PlanStyle(m_style->currentData().toInt()) == PlanStyle::Fast
            ? tr("Starts each host's containers side by side (8 at a time), then plugs them "
                 "all at once: one docker inspect, a veth pair per container set up with "
                 "nsenter, every port in one Open vSwitch transaction. The new address is "
                 "announced, so peers reach a re-created container at once.")
            : tr("Runs the commands of the guide: docker run, then ovs-docker add-port, one "
                 "container after another. Slower; best for following the tutorial step by "
                 "step. Both styles build the same network and recognise each other's ports."));
}

} // namespace studio
