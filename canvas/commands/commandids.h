#pragma once

namespace studio {

// The ids of undo commands that merge with the one before them (QUndoCommand::id()).
namespace commandids {
enum { SetProperty = 1, Nudge = 2 };
}

} // namespace studio
