#pragma once

#include <QtGlobal>

namespace studio {

// Every object of a topology has an id that is unique across the whole topology and stays the
// same for the object's life; the scene, undo commands and the deploy engine refer to objects
// by id, never by pointer, so they survive edits, reloads and undo.
using ObjectId = quint32;
inline constexpr ObjectId kNoObject = 0;

enum class ObjectKind { None, Host, Bridge, Container, Link };

} // namespace studio
