#pragma once

#include <QCoreApplication>

namespace studio {

// The translation context of undo command texts ("Move host1", "Delete host2/br0").
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(studio::Commands)
};

} // namespace studio
