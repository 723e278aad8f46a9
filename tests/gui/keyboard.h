#pragma once

// Keys as a user types them: each goes to whatever would receive it now, never to a widget the
// test picks.
#include <QApplication>
#include <QTest>

namespace studio::test {

// Where a key typed now goes: an open menu, the focused widget, a modal dialog, the active window.
inline QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return QApplication::activeWindow();
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "nothing would receive the key");
    QTest::keyClick(target, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

} // namespace studio::test
