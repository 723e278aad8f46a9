#pragma once

#include "deploysettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace studio {

// Deploy > Deploy Settings: how containers are started and plugged (the fast way, or ovs-docker
// as the guide does it) and how many hosts are connected at once.
class DeploySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DeploySettingsDialog(const DeploySettings &settings, QWidget *parent = nullptr);

    DeploySettings settings() const;
    QComboBox *styleChoice() const { return m_style; }
    QSpinBox *hostsAtOnce() const { return m_hosts; }

private:
    void explainStyle();

    QComboBox *m_style;
    QLabel *m_explanation;
    QSpinBox *m_hosts;
};

} // namespace studio
