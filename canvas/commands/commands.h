#pragma once

// Every undo command. One command per user gesture; commands hold the document and ids, never
// scene items, so undo/redo works (and is tested) without a GUI.
#include "addobjectcommand.h"
#include "movecommand.h"
#include "removeobjectcommand.h"
#include "setpropertycommand.h"
